//! The suggestion bar: per label, a switch for its suggestions and "Accept all"; and the keys
//! that review them one by one.

use std::rc::Rc;

use spanwright_core::{LabelId, LabelSet};
use yew::prelude::*;

use crate::state::{Action, AppState, SuggestAction};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub labels: Rc<LabelSet>,
    /// Shown suggestions per label, in the label set's order.
    pub counts: Vec<(LabelId, usize)>,
    pub off: Rc<Vec<LabelId>>,
    /// Places inside actors' names are not suggested.
    pub nested_off: bool,
    /// False while the place names are still loading.
    pub places: bool,
    pub dispatch: UseReducerDispatcher<AppState>,
}

#[function_component(SuggestionBar)]
pub fn suggestion_bar(p: &Props) -> Html {
    let per_label = p.counts.iter().filter_map(|&(id, n)| {
        let l = p.labels.get(id)?;
        let on = !p.off.contains(&id);
        let d = p.dispatch.clone();
        let toggle = Callback::from(move |_| d.dispatch(Action::Suggest(SuggestAction::Toggle(id))));
        let d = p.dispatch.clone();
        let all = Callback::from(move |_| d.dispatch(Action::Suggest(SuggestAction::AcceptAll(Some(id)))));
        Some(html! {
            <span class="suggest-label" style={format!("--label-color:{}", l.color)}>
                <label><input type="checkbox" checked={on} onchange={toggle}
                    aria-label={format!("Suggest {}", l.name)} />{ format!("{} ({n})", l.name) }</label>
                <button disabled={!on || n == 0} onclick={all} aria-label={format!("Accept all {}", l.name)}>{"Accept all"}</button>
            </span>
        })
    });
    let d = p.dispatch.clone();
    let nested = Callback::from(move |_| d.dispatch(Action::Suggest(SuggestAction::ToggleNested)));
    html! {
        <div class="suggestion-bar" role="group" aria-label="Suggestions">
            <span class="hint">{"Suggestions (Tab, Enter, Backspace):"}</span>{ for per_label }
            <label title="A place inside an organization's name, as Laurel County in Laurel County Sheriff's Office">
                <input type="checkbox" checked={!p.nested_off} onchange={nested} />{"Places inside actors"}</label>
            if !p.places { <span class="hint" role="status">{"Loading place names…"}</span> }
        </div>
    }
}
