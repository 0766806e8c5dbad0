//! The side panel: every span grouped by label in text order, with counts. A click scrolls the
//! span into view and flashes it.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use spanwright_core::{LabelSet, SpanId};
use web_sys::{ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use crate::state::{Action, AppState, PanelItem};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub items: Rc<Vec<PanelItem>>,
    pub labels: Rc<LabelSet>,
    pub dispatch: UseReducerDispatcher<AppState>,
}

fn reveal(id: &SpanId, d: &UseReducerDispatcher<AppState>) {
    let selector = format!("#doc-text [data-spans~=\"{}\"]", id.as_str().replace('"', "\\\""));
    if let Ok(Some(el)) = gloo::utils::document().query_selector(&selector) {
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Center);
        options.set_behavior(ScrollBehavior::Smooth);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
    d.dispatch(Action::Flash(Some(id.clone())));
    let d = d.clone();
    Timeout::new(1500, move || d.dispatch(Action::Flash(None))).forget();
}

#[function_component(AnnotationsPanel)]
pub fn annotations_panel(p: &Props) -> Html {
    let groups = p.labels.iter().map(|l| {
        let items: Vec<&PanelItem> = p.items.iter().filter(|i| i.label == l.id).collect();
        let rows = items.iter().map(|i| {
            let (d, id) = (p.dispatch.clone(), i.id.clone());
            let onclick = Callback::from(move |_| reveal(&id, &d));
            html! {
                <li class="item" data-span-id={i.id.to_string()} data-label={l.name.clone()}
                    data-start={i.start.to_string()} data-end={i.end.to_string()}>
                    <button class="item-button" {onclick}>{ &i.text }</button>
                </li>
            }
        });
        html! {
            <li class="group" style={format!("--label-color:{}", l.color)}>
                <h3><span class="swatch"></span>{ &l.name }<span class="count">{ items.len() }</span></h3>
                <ul class="items">{ for rows }</ul>
            </li>
        }
    });
    html! {
        <section class="panel">
            <h2>{"Annotations "}<span class="count">{ p.items.len() }</span></h2>
            <ul class="groups" aria-label="Annotations">{ for groups }</ul>
        </section>
    }
}
