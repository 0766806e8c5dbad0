//! "Import from…": a dialog that reads files of any supported format, detects the format (the
//! user may override it), previews what it found, and only then changes the workspace. The
//! reading happens in the formats worker.

use std::rc::Rc;

use spanwright_core::formats::{counted, Format, MAX_INPUT_BYTES};
use yew::prelude::*;

use super::page;
use crate::dom::files::read_all;
use crate::dom::formats_client::ask;
use crate::formats_worker::{Request, Response};

#[derive(Properties, PartialEq)]
pub struct Props {
    /// True when a workspace is open: the dialog then asks whether to replace or add.
    pub has_workspace: bool,
    /// Adds another annotator's work to the project's documents, as their versions.
    #[prop_or_default]
    pub team: bool,
    /// Who owns spans nobody named (for `team`).
    #[prop_or_default]
    pub owner: AttrValue,
    pub close: Callback<()>,
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

#[function_component(ImportDialog)]
pub fn import_dialog(p: &Props) -> Html {
    let files = use_state(|| Rc::new(Vec::<(String, Vec<u8>)>::new()));
    let format = use_state(|| None::<Format>);
    let status = use_state(|| Status::Empty);
    let add = use_state(|| false);
    let name = use_state(String::new);
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

    let toggle = {
        let close = p.close.clone();
        Callback::from(move |_| close.emit(()))
    };
    let on_files = {
        let (files, status, name, team) = (files.clone(), status.clone(), name.clone(), p.team);
        Callback::from(move |e: Event| {
            let el = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            let Some(list) = el.files() else { return };
            // The annotator is named after the file (ann-2.json: ann-2) unless a name was typed.
            if let (true, true, Some(f)) = (team, name.is_empty(), list.get(0)) {
                let file = f.name();
                name.set(file.rsplit_once('.').map_or(file.as_str(), |(stem, _)| stem).to_string());
            }
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
        let (close, add, status) = (p.close.clone(), *add, status.clone());
        let team = p.team.then(|| (name.trim().to_string(), p.owner.clone(), files.clone()));
        Callback::from(move |_| {
            let Status::Ready(preview) = &*status else { return };
            status.set(Status::Adding(0, preview.documents));
            // Another annotator's work: the worker reads the file again and matches it to the
            // project's documents, and the page applies what it answers.
            if let Some((annotator, owner, files)) = &team {
                if annotator.is_empty() {
                    return status.set(Status::Failed("Name the annotator whose work this is.".into()));
                }
                let request = Request::AddVersions {
                    corpus: page::corpus_json(false, false),
                    files: (***files).clone(),
                    annotator: annotator.clone(),
                    owner: owner.to_string(),
                };
                let (close, status) = (close.clone(), status.clone());
                return ask(request, move |r| match r {
                    Response::Versions { project, docs, message } => {
                        // The dialog is modal: nothing changed since the corpus was read.
                        page::versions(project, &docs, None, message);
                        close.emit(());
                    }
                    Response::Failed(e) => status.set(Status::Failed(e)),
                    _ => {}
                });
            }
            match page::import(&preview.parts, add) {
                Ok(()) => close.emit(()),
                Err(e) => status.set(Status::Failed(e)),
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
        <div class="dialog" role="dialog" aria-label={if p.team { "Add annotator's work" } else { "Import" }}>
            <h2>{ if p.team { "Add an annotator's work" } else { "Import annotations" } }</h2>
            if p.team {
                <p class="hint">{"Another annotator's export of this project's documents (any format): it becomes their version of each document it matches, by id or else by identical text."}</p>
            }
            <label>{"File "}<input type="file" multiple=true aria-label="Import file" onchange={on_files} /></label>
            <label>{"Format "}
                <select aria-label="Import format" onchange={on_format}>
                    <option value="" selected={format.is_none()}>{"detect from the file"}</option>
                    { for options }
                </select>
            </label>
            { summary }
            if p.team {
                <label>{"Annotator "}<input aria-label="Annotator" value={(*name).clone()}
                    oninput={let name = name.clone(); Callback::from(move |e: InputEvent| name.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))} /></label>
            } else if p.has_workspace {
                <fieldset class="mode">
                    <legend>{"Into the open workspace"}</legend>
                    <label><input type="radio" name="import-mode" checked={!*add} onchange={set_add(false)} />{"Replace its documents"}</label>
                    <label><input type="radio" name="import-mode" checked={*add} onchange={set_add(true)} />{"Add to its documents"}</label>
                </fieldset>
            }
            <div class="actions">
                <button class="primary" disabled={!ready} onclick={confirm}>{ if p.team { "Add annotator's work" } else { "Import" } }</button>
                <button onclick={toggle}>{ if matches!(&*status, Status::Adding(..)) { "Cancel import" } else { "Cancel" } }</button>
            </div>
        </div>
    }
}
