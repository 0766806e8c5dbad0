//! Adding documents to the open project: paste one, pick or drop several .txt files, or pick or
//! drop a folder (its .txt files, at any depth, are added in name order). Other formats go
//! through "Import from…".

use yew::prelude::*;

use crate::dom::files::{list_files, read_files};
use crate::dom::folders::{dropped_entries, files_under};
use crate::state::{Action, AppState, Message};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// Adds the .txt files among `list`; names the ones skipped.
fn add_files(files: Vec<web_sys::File>, d: UseReducerDispatcher<AppState>) {
    read_files(
        files,
        Box::new(move |r| {
            let files = match r {
                Ok(files) => files,
                Err(e) => return d.dispatch(Action::Notify(Message::error(e))),
            };
            let (mut texts, mut skipped) = (Vec::new(), Vec::new());
            for (name, bytes) in files {
                let base = name.rsplit('/').next().unwrap_or(&name).to_string();
                if !base.to_ascii_lowercase().ends_with(".txt") {
                    skipped.push(base);
                    continue;
                }
                match String::from_utf8(bytes) {
                    Ok(text) => texts.push((base, text)),
                    Err(_) => skipped.push(format!("{base} (not UTF-8 text)")),
                }
            }
            texts.sort_unstable_by(|a, b| a.0.cmp(&b.0));
            if texts.is_empty() {
                return d.dispatch(Action::Notify(Message::error("No .txt files to add.")));
            }
            d.dispatch(Action::AddTexts(texts));
            if !skipped.is_empty() {
                d.dispatch(Action::Notify(Message::info(format!("Skipped: {}.", skipped.join(", ")))));
            }
        }),
    );
}

#[function_component(AddDocuments)]
pub fn add_documents(p: &Props) -> Html {
    let text = use_state(String::new);
    let on_input = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| text.set(e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value()))
    };
    let add = {
        let (d, text) = (p.dispatch.clone(), text.clone());
        Callback::from(move |_| {
            if text.trim().is_empty() {
                d.dispatch(Action::Notify(Message::error("Paste or type a document first.")));
                return;
            }
            d.dispatch(Action::AddTexts(vec![(String::new(), (*text).clone())]));
            text.set(String::new());
        })
    };
    let on_files = {
        let d = p.dispatch.clone();
        Callback::from(move |e: Event| {
            let el = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            if let Some(list) = el.files() {
                add_files(list_files(&list), d.clone());
            }
            el.set_value("");
        })
    };
    let on_drop = {
        let d = p.dispatch.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            let Some(data) = e.data_transfer() else { return };
            let entries = dropped_entries(&data);
            // (Files dropped by a script carry no entries; their file list is read instead.)
            let listed = data.files().map(|l| list_files(&l)).unwrap_or_default();
            let d = d.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let files = if entries.is_empty() { listed } else { files_under(entries).await };
                add_files(files, d)
            });
        })
    };
    html! {
        <details class="panel add-documents" ondragover={Callback::from(|e: DragEvent| e.prevent_default())} ondrop={on_drop}>
            <summary>{"Add documents"}</summary>
            <p class="hint">{"Drop .txt files or a folder here."}</p>
            <textarea rows="4" aria-label="New document text" value={(*text).clone()} oninput={on_input}
                placeholder="Paste a document (a first line date YYYY-MM-DD sets its date)" />
            <div class="actions">
                <button onclick={add}>{"Add document"}</button>
                <label class="file-button">{"Add .txt files"}
                    <input type="file" multiple=true accept=".txt,text/plain" class="hidden" aria-label="Add text files" onchange={on_files.clone()} />
                </label>
                <label class="file-button">{"Add a folder"}
                    <input type="file" webkitdirectory=true class="hidden" aria-label="Add a folder" onchange={on_files} />
                </label>
            </div>
        </details>
    }
}
