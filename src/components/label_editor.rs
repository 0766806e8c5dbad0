//! Add, rename, recolor, re-key and delete labels. Deleting a label in use asks first.

use std::rc::Rc;

use spanwright_core::{Label, LabelSet};
use yew::prelude::*;

use crate::state::{Action, AppState};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub labels: Rc<LabelSet>,
    /// How many spans carry each label, in label order.
    pub counts: Vec<usize>,
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// A callback that applies `change` to a copy of `label` from an input's new value.
fn on_field(d: &UseReducerDispatcher<AppState>, label: &Label, change: fn(&mut Label, String)) -> Callback<Event> {
    let (d, label) = (d.clone(), label.clone());
    Callback::from(move |e: Event| {
        let mut next = label.clone();
        change(&mut next, e.target_unchecked_into::<web_sys::HtmlInputElement>().value());
        d.dispatch(Action::UpdateLabel(next));
    })
}

#[function_component(LabelEditor)]
pub fn label_editor(p: &Props) -> Html {
    let rows = p.labels.iter().zip(p.counts.iter()).map(|(l, &count)| {
        let delete = {
            let (d, id, name) = (p.dispatch.clone(), l.id, l.name.clone());
            Callback::from(move |_| {
                let ask = format!("Delete the label {name} and its {count} span(s)? Undo brings them back.");
                if count == 0 || gloo::dialogs::confirm(&ask) {
                    d.dispatch(Action::RemoveLabel(id));
                }
            })
        };
        html! {
            <li class="label-row" key={l.id.0}>
                <input type="color" aria-label={format!("Color of {}", l.name)} value={l.color.to_ascii_lowercase()}
                    onchange={on_field(&p.dispatch, l, |l, v| l.color = v.to_ascii_uppercase())} />
                <input type="text" class="label-name" aria-label={format!("Name of {}", l.name)} value={l.name.clone()}
                    onchange={on_field(&p.dispatch, l, |l, v| l.name = v.trim().to_string())} />
                <input type="text" class="label-key" maxlength="1" aria-label={format!("Hotkey of {}", l.name)}
                    value={l.hotkey.map(String::from).unwrap_or_default()}
                    onchange={on_field(&p.dispatch, l, |l, v| l.hotkey = v.chars().next().map(|c| c.to_ascii_lowercase()))} />
                <button class="icon" aria-label={format!("Delete label {}", l.name)} onclick={delete}>{"🗑"}</button>
            </li>
        }
    });
    let add = {
        let d = p.dispatch.clone();
        Callback::from(move |_| d.dispatch(Action::AddLabel))
    };
    html! {
        <details class="labels-editor">
            <summary>{"Labels"}</summary>
            <ul class="label-rows">{ for rows }</ul>
            <button onclick={add}>{"Add label"}</button>
        </details>
    }
}
