//! "Import from…": a dialog that reads files of any supported format, detects the format (the
//! user may override it), previews what it found, and only then changes the workspace. The
//! reading happens in the formats worker.

use std::rc::Rc;

use spanwright_core::format_v1::File;
use spanwright_core::formats::{counted, Format, MAX_INPUT_BYTES};
use yew::prelude::*;

use crate::dom::files::read_all;
use crate::dom::formats_client::ask;
use crate::formats_worker::{add_part, Request, Response};
use crate::state::{Action, AppState};

#[derive(Properties, PartialEq)]
pub struct Props {
    /// True when a workspace is open: the dialog then asks whether to replace or add.
    pub has_workspace: bool,
    pub dispatch: UseReducerDispatcher<AppState>,
}

#[derive(Clone, PartialEq)]
struct Preview {
    summary: String,
    warnings: Vec<String>,
    /// The documents as v1 parts, read one by one once the user confirms.
    parts: Rc<Vec<String>>,
    documents: usize,
}

#[derive(Clone, PartialEq)]
enum Status {
    Empty,
    Reading,
    Ready(Preview),
    /// Reading the confirmed parts: documents read so far, of how many.
    Adding(usize, usize),
    Failed(String),
}

/// Reads the parts a task at a time (the page stays responsive and shows progress), then
/// hands the whole file over; stops, changing nothing, when `cancelled` is set.
async fn read_parts(
    preview: Preview,
    add: bool,
    status: UseStateHandle<Status>,
    cancelled: Rc<std::cell::Cell<bool>>,
    d: UseReducerDispatcher<AppState>,
    open: UseStateHandle<bool>,
) {
    let mut whole: Option<File> = None;
    for part in preview.parts.iter() {
        if cancelled.get() {
            return;
        }
        if let Err(e) = add_part(&mut whole, part) {
            return status.set(Status::Failed(e));
        }
        status.set(Status::Adding(whole.as_ref().map_or(0, |w| w.documents.len()), preview.documents));
        gloo::timers::future::TimeoutFuture::new(0).await;
    }
    if let (Some(file), false) = (whole, cancelled.get()) {
        d.dispatch(Action::ApplyImport { file: Rc::new(file), add });
        open.set(false);
    }
}

#[function_component(ImportDialog)]
pub fn import_dialog(p: &Props) -> Html {
    let open = use_state(|| false);
    let files = use_state(|| Rc::new(Vec::<(String, Vec<u8>)>::new()));
    let format = use_state(|| None::<Format>);
    let status = use_state(|| Status::Empty);
    let add = use_state(|| false);
    // Answers to earlier requests than the latest are ignored.
    let generation = use_mut_ref(|| 0u32);

    {
        let (status, generation) = (status.clone(), generation.clone());
        use_effect_with(((*files).clone(), *format), move |(files, format)| {
            if !files.is_empty() {
                *generation.borrow_mut() += 1;
                let mine = *generation.borrow();
                status.set(Status::Reading);
                let request =
                    Request::Import { files: (**files).clone(), format: format.map(|f| f.name().to_string()) };
                ask(request, move |response| {
                    if *generation.borrow() != mine {
                        return;
                    }
                    status.set(match response {
                        Response::Imported { format, parts, documents, spans, warnings } => {
                            let title = Format::from_name(&format).map_or(format.clone(), |f| f.title().to_string());
                            let summary = format!(
                                "{title}: {}, {}, {}",
                                counted(documents, "document"),
                                counted(spans, "span"),
                                counted(warnings.len(), "warning")
                            );
                            Status::Ready(Preview { summary, warnings, parts: Rc::new(parts), documents })
                        }
                        Response::Failed(e) => Status::Failed(e),
                        _ => Status::Failed("unexpected answer".into()),
                    });
                });
            }
        });
    }

    let cancelled = use_mut_ref(|| Rc::new(std::cell::Cell::new(false)));
    let toggle = {
        let (open, files, status, cancelled) = (open.clone(), files.clone(), status.clone(), cancelled.clone());
        Callback::from(move |_| {
            cancelled.borrow().set(true);
            files.set(Rc::new(Vec::new()));
            status.set(Status::Empty);
            open.set(!*open);
        })
    };
    if !*open {
        return html! { <button onclick={toggle}>{"Import from…"}</button> };
    }
    let on_files = {
        let (files, status) = (files.clone(), status.clone());
        Callback::from(move |e: Event| {
            let el = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            let Some(list) = el.files() else { return };
            let total: f64 = (0..list.length()).filter_map(|i| list.get(i)).map(|f| f.size()).sum();
            if total > MAX_INPUT_BYTES as f64 {
                status.set(Status::Failed(format!(
                    "{} MB is more than the 200 MB this app opens.",
                    (total / 1e6) as u64
                )));
                return;
            }
            let (files, status) = (files.clone(), status.clone());
            read_all(list, move |r| match r {
                Ok(read) => files.set(Rc::new(read)),
                Err(e) => status.set(Status::Failed(e)),
            });
        })
    };
    let on_format = {
        let format = format.clone();
        Callback::from(move |e: Event| {
            format.set(Format::from_name(&e.target_unchecked_into::<web_sys::HtmlSelectElement>().value()))
        })
    };
    let confirm = {
        let (d, open, add, status, cancelled) =
            (p.dispatch.clone(), open.clone(), *add, status.clone(), cancelled.clone());
        Callback::from(move |_| {
            if let Status::Ready(preview) = &*status {
                let flag = Rc::new(std::cell::Cell::new(false));
                *cancelled.borrow_mut() = flag.clone();
                let task = read_parts(preview.clone(), add, status.clone(), flag, d.clone(), open.clone());
                wasm_bindgen_futures::spawn_local(task);
            }
        })
    };
    let set_add = |value: bool| {
        let add = add.clone();
        Callback::from(move |_| add.set(value))
    };
    let options = Format::ALL.iter().map(|f| {
        html! { <option value={f.name()} selected={*format == Some(*f)}>{ f.title() }</option> }
    });
    let summary = match &*status {
        Status::Empty => {
            html! { <p class="hint">{"Choose a file (for brat, a .zip, or the .txt and .ann files together)."}</p> }
        }
        Status::Reading => html! { <p class="hint">{"Reading…"}</p> },
        Status::Failed(e) => html! { <p class="import-error" role="alert">{ e }</p> },
        Status::Adding(done, total) => html! {
            <div class="import-progress">
                <progress aria-label="Import progress" max={total.to_string()} value={done.to_string()}></progress>
                <span>{ format!("Reading {done} of {total} documents…") }</span>
            </div>
        },
        Status::Ready(preview) => html! {
            <div class="import-preview" role="status">
                <p>{ &preview.summary }</p>
                <ul class="warnings">{ for preview.warnings.iter().map(|w| html! { <li>{ w }</li> }) }</ul>
            </div>
        },
    };
    let ready = matches!(&*status, Status::Ready(_));
    html! {
        <div class="dialog" role="dialog" aria-label="Import">
            <h2>{"Import annotations"}</h2>
            <label>{"File "}<input type="file" multiple=true aria-label="Import file" onchange={on_files} /></label>
            <label>{"Format "}
                <select aria-label="Import format" onchange={on_format}>
                    <option value="" selected={format.is_none()}>{"detect from the file"}</option>
                    { for options }
                </select>
            </label>
            { summary }
            if p.has_workspace {
                <fieldset class="mode">
                    <legend>{"Into the open workspace"}</legend>
                    <label><input type="radio" name="import-mode" checked={!*add} onchange={set_add(false)} />{"Replace its documents"}</label>
                    <label><input type="radio" name="import-mode" checked={*add} onchange={set_add(true)} />{"Add to its documents"}</label>
                </fieldset>
            }
            <div class="actions">
                <button class="primary" disabled={!ready} onclick={confirm}>{"Import"}</button>
                <button onclick={toggle}>{ if matches!(&*status, Status::Adding(..)) { "Cancel import" } else { "Cancel" } }</button>
            </div>
        </div>
    }
}
