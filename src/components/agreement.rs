//! The Agreement view: figures between annotators for the project or the listed documents,
//! computed in the formats worker (the page never freezes on 10,000 documents) and drawn there
//! as HTML, which this overlay shows. A document's row opens it in curation.
//!
//! Written as HTML with one listener, as the curation panel is, to keep it out of the first
//! load's weight.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::dom::formats_client::ask;
use crate::formats_worker::{Request, Response};
use crate::state::{Action, AppState, Message, TeamAction, WsHandle};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub ws: WsHandle,
    pub shown: std::rc::Rc<Vec<usize>>,
    pub owner: AttrValue,
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// The request for documents `which` (all when `None`).
fn request(ws: &spanwright_core::Workspace, which: Option<&[usize]>, owner: &str) -> Request {
    Request::Agree { corpus: crate::dom::formats_client::corpus(ws, which, None), owner: owner.to_string() }
}

/// `None`: closed; else whether only the listed documents count, and the worker's HTML (empty
/// while it computes).
type View = Option<(bool, String)>;

#[function_component(AgreementButton)]
pub fn agreement_button(p: &Props) -> Html {
    let view = use_state(|| None::<(bool, String)>);
    let node = use_node_ref();
    let compute = {
        let (ws, shown, view, d, owner) = (p.ws.clone(), p.shown.clone(), view.clone(), p.dispatch.clone(), p.owner.clone());
        move |listed: bool| {
            let req = request(&ws.borrow(), listed.then_some(shown.as_slice()), &owner);
            view.set(Some((listed, String::new())));
            let (view, d) = (view.clone(), d.clone());
            ask(req, move |r| match r {
                Response::Agreement(html) => view.set(Some((listed, html))),
                Response::Failed(e) => {
                    view.set(None);
                    d.dispatch(Action::Notify(Message::error(format!("Could not compute agreement: {e}"))));
                }
                _ => {}
            });
        }
    };
    {
        let (node, listed_count) = (node.clone(), p.shown.len());
        use_effect_with((*view).clone(), move |v: &View| {
            if let (Some(el), Some((listed, html))) = (node.cast::<web_sys::Element>(), v) {
                let body = if html.is_empty() { "<p class=\"hint\" role=\"status\">Computing…</p>" } else { html };
                el.set_inner_html(&format!(
                    "<header><h2>Agreement</h2><select aria-label=\"Documents\"><option value=\"all\"{}>Every document\
                     </option><option value=\"listed\"{}>The {listed_count} listed documents</option></select>\
                     <button data-close=\"\">Close</button></header>{body}",
                    if *listed { "" } else { " selected" },
                    if *listed { " selected" } else { "" },
                ));
            }
        });
    }
    let open = {
        let (view, compute) = (view.clone(), compute.clone());
        Callback::from(move |_| match *view {
            None => compute(false),
            Some(_) => view.set(None),
        })
    };
    // A document's row (click, or Enter on it) opens it in curation; the header's controls.
    let act = {
        let (d, view, shown, compute) = (p.dispatch.clone(), view.clone(), p.shown.clone(), compute.clone());
        move |e: &Event, enter: bool| {
            let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
            if el.tag_name() == "SELECT" {
                if !enter {
                    compute(el.unchecked_ref::<web_sys::HtmlSelectElement>().value() == "listed");
                }
                return;
            }
            if el.closest("[data-close]").ok().flatten().is_some() {
                return view.set(None);
            }
            let listed = view.as_ref().is_some_and(|v| v.0);
            let sent = el.closest("[data-doc]").ok().flatten().and_then(|r| r.get_attribute("data-doc"));
            // Indexes count the documents sent: with the listed ones only, the list's.
            let doc = sent.and_then(|i| i.parse::<usize>().ok()).and_then(|i| if listed { shown.get(i).copied() } else { Some(i) });
            if let Some(i) = doc {
                view.set(None);
                d.dispatch(Action::Team(TeamAction::CurateDocument(i)));
            }
        }
    };
    let onclick = {
        let act = act.clone();
        Callback::from(move |e: MouseEvent| act(&e, false))
    };
    let onchange = {
        let act = act.clone();
        Callback::from(move |e: Event| act(&e, false))
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" {
            act(&e, true)
        }
    });
    html! {
        <>
            <button aria-pressed={view.is_some().to_string()} onclick={open}>{"Agreement"}</button>
            if view.is_some() {
                <section class="agreement-view" role="dialog" aria-label="Agreement" ref={node} {onclick} {onchange} {onkeydown}></section>
            }
        </>
    }
}
