//! The Agreement view: figures between annotators for the project or the listed documents,
//! computed in the formats worker (the page never freezes on 10,000 documents) and drawn there
//! as HTML, which this panel shows. A document's row opens it in curation.

use spanwright_core::project_store::doc_record;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::dom::formats_client::ask;
use crate::formats_worker::{Request, Response};
use crate::state::{Action, AppState, Message, TeamAction, WsHandle};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub ws: WsHandle,
    pub shown: std::rc::Rc<Vec<usize>>,
    pub dispatch: UseReducerDispatcher<AppState>,
}

#[derive(Clone, PartialEq)]
enum View {
    Closed,
    Computing,
    Shown(AttrValue),
}

/// The request for documents `which` (all when `None`).
fn request(ws: &spanwright_core::Workspace, which: Option<&[usize]>, owner: &str) -> Request {
    let pick = |i: usize| {
        let d = &ws.docs()[i];
        (d.text.as_str().to_string(), doc_record(d))
    };
    let docs = match which {
        Some(list) => list.iter().map(|&i| pick(i)).collect(),
        None => (0..ws.docs().len()).map(pick).collect(),
    };
    let labels = serde_json::to_string(&ws.labels).expect("labels serialize");
    Request::Agree { docs, labels, owner: owner.to_string() }
}

#[function_component(AgreementButton)]
pub fn agreement_button(p: &Props) -> Html {
    let view = use_state(|| View::Closed);
    let listed = use_state(|| false);
    let compute = {
        let (ws, shown, view, d) = (p.ws.clone(), p.shown.clone(), view.clone(), p.dispatch.clone());
        move |only_listed: bool| {
            let owner = gloo::utils::window()
                .local_storage()
                .ok()
                .flatten()
                .and_then(|s| s.get_item(crate::state::NAME_KEY).ok().flatten())
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| "me".into());
            let req = request(&ws.borrow(), only_listed.then_some(shown.as_slice()), &owner);
            view.set(View::Computing);
            let (view, d) = (view.clone(), d.clone());
            ask(req, move |r| match r {
                Response::Agreement(html) => view.set(View::Shown(html.into())),
                Response::Failed(e) => {
                    view.set(View::Closed);
                    d.dispatch(Action::Notify(Message::error(format!("Could not compute agreement: {e}"))));
                }
                _ => {}
            });
        }
    };
    let open = {
        let (view, compute, listed) = (view.clone(), compute.clone(), *listed);
        Callback::from(move |_| match *view {
            View::Closed => compute(listed),
            _ => view.set(View::Closed),
        })
    };
    let on_scope = {
        let (listed, compute) = (listed.clone(), compute.clone());
        Callback::from(move |e: Event| {
            let only = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value() == "listed";
            listed.set(only);
            compute(only);
        })
    };
    // A click on a document's row (or Enter on it) opens it in curation.
    let open_row = {
        let (d, view, shown, listed) = (p.dispatch.clone(), view.clone(), p.shown.clone(), *listed);
        move |e: &Event| {
            let row = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("[data-doc]").ok().flatten());
            let sent = row.and_then(|r| r.get_attribute("data-doc")).and_then(|i| i.parse::<usize>().ok());
            // Indexes count the documents sent: with the listed ones only, the list's.
            if let Some(i) = sent.and_then(|i| if listed { shown.get(i).copied() } else { Some(i) }) {
                view.set(View::Closed);
                d.dispatch(Action::Team(TeamAction::CurateDocument(i)));
            }
        }
    };
    let on_click = {
        let open_row = open_row.clone();
        Callback::from(move |e: MouseEvent| open_row(&e))
    };
    let on_key = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" {
            open_row(&e)
        }
    });
    let close = {
        let view = view.clone();
        Callback::from(move |_| view.set(View::Closed))
    };
    let pressed = (*view != View::Closed).to_string();
    html! {
        <>
            <button aria-pressed={pressed} onclick={open}>{"Agreement"}</button>
            if *view != View::Closed {
                <section class="agreement-view" role="dialog" aria-label="Agreement">
                    <header>
                        <h2>{"Agreement"}</h2>
                        <select aria-label="Documents" onchange={on_scope}>
                            <option value="all" selected={!*listed}>{"Every document"}</option>
                            <option value="listed" selected={*listed}>{ format!("The {} listed documents", p.shown.len()) }</option>
                        </select>
                        <button onclick={close}>{"Close"}</button>
                    </header>
                    <div class="agreement-body" onclick={on_click} onkeydown={on_key}>
                        { match &*view {
                            View::Shown(html) => Html::from_html_unchecked(html.clone()),
                            _ => html! { <p class="hint" role="status">{"Computing…"}</p> },
                        } }
                    </div>
                </section>
            }
        </>
    }
}
