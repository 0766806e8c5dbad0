//! "Import JSON": a button that opens a file picker and imports a Spanwright JSON file.

use yew::prelude::*;

use crate::dom::files::read_text;
use crate::dom::formats_client::read_v1;
use crate::state::{Action, AppState, Message};

/// Files larger than this are refused before they are read.
pub const MAX_IMPORT_BYTES: f64 = 200.0 * 1024.0 * 1024.0;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub dispatch: UseReducerDispatcher<AppState>,
    /// Ask before replacing the open document.
    pub replaces: bool,
}

/// Imports a Spanwright JSON file's text in place of the open documents (or as a new project).
pub fn import_json(name: String, text: String, d: UseReducerDispatcher<AppState>) {
    read_v1(name, text, move |r| match r {
        Ok(file) => d.dispatch(Action::ApplyImport { file: std::rc::Rc::new(file), add: false }),
        Err(e) => d.dispatch(Action::Notify(Message::error(format!("Not imported: {e}")))),
    });
}

#[function_component(ImportButton)]
pub fn import_button(p: &Props) -> Html {
    let input = use_node_ref();
    let open = {
        let input = input.clone();
        Callback::from(move |_| {
            if let Some(el) = input.cast::<web_sys::HtmlInputElement>() {
                el.click();
            }
        })
    };
    let on_file = {
        let (d, replaces) = (p.dispatch.clone(), p.replaces);
        Callback::from(move |e: Event| {
            let el = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            let file = el.files().and_then(|f| f.get(0));
            el.set_value("");
            let Some(file) = file else { return };
            if file.size() > MAX_IMPORT_BYTES {
                d.dispatch(Action::Notify(Message::error(format!(
                    "Not imported: {} is {} MB, more than the 200 MB this app opens.",
                    file.name(),
                    (file.size() / 1e6) as u64
                ))));
                return;
            }
            if replaces && !gloo::dialogs::confirm("Importing replaces the open document. Continue?") {
                return;
            }
            let (d, name) = (d.clone(), file.name());
            read_text(file, move |r| match r {
                Ok(text) => import_json(name, text, d),
                Err(e) => d.dispatch(Action::Notify(Message::error(format!("Not imported: {e}")))),
            });
        })
    };
    html! {
        <>
            <button onclick={open}>{"Import JSON"}</button>
            <input ref={input} type="file" accept=".json,application/json" class="hidden" aria-label="Import JSON file"
                onchange={on_file} />
        </>
    }
}
