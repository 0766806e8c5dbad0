//! The popover a click on a span opens: its text and label, with buttons to relabel or delete.
//! Where spans overlap, every span under the click is listed.

use std::rc::Rc;

use spanwright_core::{LabelId, LabelSet, SpanId};
use yew::prelude::*;

use crate::state::{Action, AppState, Popover};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub popover: Popover,
    /// (id, label, text) of each span under the click, innermost first.
    pub spans: Vec<(SpanId, LabelId, String)>,
    pub labels: Rc<LabelSet>,
    pub dispatch: UseReducerDispatcher<AppState>,
}

#[function_component(SpanPopover)]
pub fn span_popover(p: &Props) -> Html {
    let close = {
        let d = p.dispatch.clone();
        Callback::from(move |_| d.dispatch(Action::ClosePopover))
    };
    let style = format!("left:{}px;top:{}px", p.popover.x.max(8), p.popover.y + 14);
    let rows = p.spans.iter().map(|(id, current, text)| {
        let choices = p.labels.iter().map(|l| {
            let (d, span, label) = (p.dispatch.clone(), id.clone(), l.id);
            let onclick = Callback::from(move |_| d.dispatch(Action::Relabel { span: span.clone(), label }));
            let pressed = (l.id == *current).to_string();
            html! {
                <button class="choice" aria-pressed={pressed} style={format!("--label-color:{}", l.color)} {onclick}>
                    { &l.name }
                </button>
            }
        });
        let delete = {
            let (d, span) = (p.dispatch.clone(), id.clone());
            Callback::from(move |_| d.dispatch(Action::RemoveSpan(span.clone())))
        };
        let label_name = p.labels.get(*current).map_or("?", |l| l.name.as_str()).to_string();
        html! {
            <div class="popover-span" data-span-id={id.to_string()}>
                <div class="popover-text">{"“"}{ text }{"”"} <span class="popover-label">{ label_name }</span></div>
                <div class="choices" role="group" aria-label="Change label">{ for choices }</div>
                <button class="danger" onclick={delete}>{"Delete span"}</button>
            </div>
        }
    });
    html! {
        <div class="popover" role="dialog" aria-label="Span" {style}>
            <button class="close" aria-label="Close" onclick={close}>{"×"}</button>
            { for rows }
        </div>
    }
}
