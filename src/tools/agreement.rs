//! The Agreement view: figures between annotators for the project or the listed documents,
//! computed in the formats worker (the page never freezes on 10,000 documents) and drawn there
//! as HTML, which this overlay shows. A document's row (click, or Enter) opens it in curation.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::page::{self, Info};
use crate::dom::formats_client::ask;
use crate::formats_worker::{Request, Response};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub info: Info,
    pub close: Callback<()>,
}

/// Whether only the listed documents count, and the worker's HTML (empty while it computes).
#[derive(Clone, PartialEq, Default)]
struct View {
    listed: bool,
    html: String,
}

#[function_component(Agreement)]
pub fn agreement(p: &Props) -> Html {
    let view = use_state(View::default);
    let compute = {
        let (view, close, owner) = (view.clone(), p.close.clone(), p.info.owner.clone());
        move |listed: bool| {
            view.set(View { listed, html: String::new() });
            let (view, close) = (view.clone(), close.clone());
            let owner = if owner.is_empty() { "me".to_string() } else { owner.clone() };
            wasm_bindgen_futures::spawn_local(async move {
                let corpus = page::corpus_parts(listed).await;
                ask(Request::Agree { corpus, owner }, move |r| match r {
                    Response::Agreement(html) => view.set(View { listed, html }),
                    Response::Failed(e) => {
                        page::notify(&format!("Could not compute agreement: {e}"), true);
                        close.emit(());
                    }
                    _ => {}
                });
            });
        }
    };
    {
        let compute = compute.clone();
        use_effect_with((), move |_| compute(false));
    }
    let act = {
        let close = p.close.clone();
        move |e: &Event| {
            let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
            let sent = el.closest("[data-doc]").ok().flatten().and_then(|r| r.get_attribute("data-doc"));
            // Rows name the document's place in the project.
            if let Some(i) = sent.and_then(|i| i.parse::<usize>().ok()) {
                super::curation::ensure();
                page::curate(i);
                close.emit(());
            }
        }
    };
    let onclick = {
        let act = act.clone();
        Callback::from(move |e: MouseEvent| act(&e))
    };
    let onkeydown = {
        let close = p.close.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Enter" => act(&e),
            "Escape" => close.emit(()),
            _ => {}
        })
    };
    // Focus goes into the view as it opens (and back to the page's button as it closes).
    let scope = use_node_ref();
    super::use_focus_in_and_back(scope.clone(), "agreement");
    let on_scope = Callback::from(move |e: Event| {
        compute(e.target_unchecked_into::<web_sys::HtmlSelectElement>().value() == "listed")
    });
    let close = {
        let close = p.close.clone();
        Callback::from(move |_| close.emit(()))
    };
    html! {
        <section class="agreement-view" role="dialog" aria-label="Agreement" {onkeydown}>
            <header>
                <h2>{"Agreement"}</h2>
                <select aria-label="Documents" onchange={on_scope} ref={scope}>
                    <option value="all" selected={!view.listed}>{"Every document"}</option>
                    <option value="listed" selected={view.listed}>{ format!("The {} listed documents", p.info.listed) }</option>
                </select>
                <button onclick={close}>{"Close"}</button>
            </header>
            <div class="agreement-body" {onclick}>
                if view.html.is_empty() {
                    <p class="hint" role="status">{"Computing…"}</p>
                } else {
                    { Html::from_html_unchecked(view.html.clone().into()) }
                }
            </div>
        </section>
    }
}
