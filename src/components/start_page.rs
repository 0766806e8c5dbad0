//! The start page: paste, type, open or drop an article, then start annotating.

use std::rc::Rc;

use yew::prelude::*;

use super::import_button::ImportButton;
use super::project_list::ProjectList;
use crate::dom::files::read_text;
use crate::state::{Action, AppState, Message};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub draft: Rc<str>,
    pub projects: Rc<Vec<spanwright_core::project_store::ProjectRecord>>,
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// Reads a text file into the draft (or a JSON file as an import).
fn open_file(file: web_sys::File, d: UseReducerDispatcher<AppState>) {
    let name = file.name();
    let is_json = name.to_ascii_lowercase().ends_with(".json");
    read_text(file, move |r| match r {
        Ok(text) if is_json => super::import_button::import_json(name, text, d),
        Ok(text) => d.dispatch(Action::SetDraft(text)),
        Err(e) => d.dispatch(Action::Notify(Message::error(e))),
    });
}

#[function_component(StartPage)]
pub fn start_page(p: &Props) -> Html {
    let dragging = use_state(|| false);
    let on_input = {
        let d = p.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            d.dispatch(Action::SetDraft(e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value()))
        })
    };
    let name = use_state(String::new);
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| name.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
    };
    let start = {
        let (d, name) = (p.dispatch.clone(), name.clone());
        Callback::from(move |_| d.dispatch(Action::Start(Some(name.trim().to_string()).filter(|n| !n.is_empty()))))
    };
    let on_pick = {
        let d = p.dispatch.clone();
        Callback::from(move |e: Event| {
            let el = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            if let Some(file) = el.files().and_then(|f| f.get(0)) {
                open_file(file, d.clone());
            }
            el.set_value("");
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let (d, dragging) = (p.dispatch.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e.data_transfer().and_then(|t| t.files()).and_then(|f| f.get(0)) {
                open_file(file, d.clone());
            }
        })
    };
    html! {
        <main class={classes!("start", dragging.then_some("dragging"))}
            ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
            <ProjectList projects={p.projects.clone()} dispatch={p.dispatch.clone()} />
            <h1>{"Start a project"}</h1>
            <p>{"Paste or type an article below, open a .txt file, or drop one anywhere on this page. "}
               {"A first line "}<code>{"date YYYY-MM-DD"}</code>{" becomes the document's date."}</p>
            <label class="textarea-label">{"Project name "}
                <input aria-label="Project name" value={(*name).clone()} oninput={on_name}
                    placeholder="optional: the article's first words otherwise" />
            </label>
            <label class="textarea-label" for="article">{"Article text"}</label>
            <textarea id="article" rows="16" value={p.draft.to_string()} oninput={on_input}
                placeholder="date 2024-03-23 On Friday, officials in the capital said…" />
            <div class="actions">
                <button class="primary" onclick={start}>{"Start annotating"}</button>
                <label class="file-button">{"Open .txt file"}
                    <input type="file" accept=".txt,text/plain,.json" class="hidden" aria-label="Open text file" onchange={on_pick} />
                </label>
                <ImportButton dispatch={p.dispatch.clone()} replaces={false} />
                <button data-views="import">{"Import from…"}</button>
                <button data-views="sync">{"Join a team's project…"}</button>
            </div>
        </main>
    }
}
