//! "Export as…": every export format, with the offset unit to write (always shown), for the
//! whole project or only the documents the list shows.

use spanwright_core::formats::{unit_from_name, unit_name, Format};
use spanwright_core::suggest::export::suggested_span;
use yew::prelude::*;

use crate::dom::files::download_bytes;
use crate::dom::formats_client::ask;
use crate::formats_worker::{Request, Response};
use crate::state::suggestions::Suggestions;
use crate::state::{Action, AppState, Message, WsHandle};

/// The open document with its shown suggestions among its spans, marked as suggested.
fn suggested_doc(ws: &spanwright_core::Workspace, s: &Suggestions) -> spanwright_core::Document {
    let mut doc = ws.doc().clone();
    for (i, x) in s.items.iter().enumerate().filter(|(i, _)| s.is_shown(*i, ws)) {
        doc.spans.insert(suggested_span(format!("suggested-{i}"), x.start, x.end, x.label, &x.attrs(), true));
    }
    doc
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub ws: WsHandle,
    pub shown: std::rc::Rc<Vec<usize>>,
    /// The open document's suggestions, exported with `"status": "suggested"` when asked.
    pub suggestions: Suggestions,
    pub dispatch: UseReducerDispatcher<AppState>,
}

#[function_component(ExportMenu)]
pub fn export_menu(p: &Props) -> Html {
    let open = use_state(|| false);
    // `None`: each format's own unit.
    let unit = use_state(|| None);
    let only_shown = use_state(|| false);
    let with_suggested_state = use_state(|| false);
    let with_suggested = with_suggested_state.clone();
    // Which version each document's spans are: every one (Spanwright JSON keeps them all), the
    // document's own (gold where curated), or one annotator's.
    let pick = use_state(|| "every".to_string());
    let annotators: Vec<String> = {
        let ws = p.ws.borrow();
        let mut names: Vec<String> = Vec::new();
        for d in ws.docs() {
            for a in d.team.versions.iter().map(|v| &v.annotator).chain(&d.team.annotator) {
                if !names.contains(a) {
                    names.push(a.clone());
                }
            }
        }
        spanwright_core::team::sort_small(&mut names, |a, b| a > b);
        names
    };
    let on_pick = {
        let pick = pick.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            pick.set(v)
        })
    };
    let total = p.ws.borrow().docs().len();
    let filtered = p.shown.len() < total;
    let only = *only_shown && filtered;
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let on_unit = {
        let unit = unit.clone();
        Callback::from(move |e: Event| {
            unit.set(unit_from_name(&e.target_unchecked_into::<web_sys::HtmlSelectElement>().value()))
        })
    };
    // CoNLL is offered twice: BIO tags, and BILOU.
    let choices =
        Format::ALL
            .iter()
            .flat_map(|&f| if f == Format::Conll { vec![(f, false), (f, true)] } else { vec![(f, false)] });
    let with_suggested = *with_suggested;
    let items = choices.map(|(format, bilou)| {
        let title = if bilou { "CoNLL BILOU".to_string() } else { format.title().to_string() };
        let shown = match (format.native_unit(), *unit) {
            (None, _) => "no offsets".to_string(),
            (Some(own), None) => unit_name(own).to_string(),
            (Some(_), Some(_)) if format == Format::Spanwright => "codepoint (always)".to_string(),
            (Some(_), Some(u)) => unit_name(u).to_string(),
        };
        let onclick = {
            let (ws, d, unit, open, shown) = (p.ws.clone(), p.dispatch.clone(), *unit, open.clone(), p.shown.clone());
            let pick = (*pick).clone();
            let suggested = with_suggested.then(|| p.suggestions.clone());
            Callback::from(move |_| {
                let ws = ws.borrow();
                let patched = suggested.as_ref().map(|s| suggested_doc(&ws, s));
                let which = only.then_some(shown.as_slice());
                let corpus = crate::dom::formats_client::corpus(&ws, which, patched.as_ref());
                let stem = match corpus.docs.len() {
                    1 => format!("spanwright-{}", which.map_or(ws.doc().id.as_str(), |w| ws.docs()[w[0]].id.as_str())),
                    _ => "spanwright-corpus".to_string(),
                };
                let unit = if format == Format::Spanwright { None } else { unit };
                let request = Request::Export {
                    corpus,
                    format: format.name().to_string(),
                    unit: unit.map(|u| unit_name(u).to_string()),
                    stem,
                    bilou,
                    versions: pick.clone(),
                    backup: None,
                };
                let d = d.clone();
                ask(request, move |response| match response {
                    Response::Exported { name, bytes, warnings } => {
                        let mime = if format == Format::Brat { "application/zip" } else { "application/json" };
                        match download_bytes(&name, &bytes, mime) {
                            Ok(()) if warnings.is_empty() => {
                                d.dispatch(Action::Notify(Message::info(format!("Exported {name}."))))
                            }
                            Ok(()) => d.dispatch(Action::Notify(Message::info(format!(
                                "Exported {name}: {}.",
                                warnings.join("; ")
                            )))),
                            Err(e) => d.dispatch(Action::Notify(Message::error(format!("Could not export: {e}")))),
                        }
                    }
                    Response::Failed(e) => d.dispatch(Action::Notify(Message::error(format!("Could not export: {e}")))),
                    _ => {}
                });
                open.set(false);
            })
        };
        html! {
            <button role="menuitem" aria-label={title.clone()} {onclick}>
                { title }<span class="unit">{ shown }</span>
            </button>
        }
    });
    html! {
        <div class="export-wrap">
            <button aria-expanded={open.to_string()} onclick={toggle}>{"Export as…"}</button>
            if *open {
                <div class="menu" role="menu" aria-label="Export">
                    <label>{"Offset unit "}
                        <select aria-label="Offset unit" onchange={on_unit}>
                            <option value="" selected={unit.is_none()}>{"each format's own"}</option>
                            <option value="codepoint">{"code points (Python)"}</option>
                            <option value="utf16">{"UTF-16 units (JavaScript)"}</option>
                            <option value="utf8">{"UTF-8 bytes"}</option>
                        </select>
                    </label>
                    if filtered {
                        <label><input type="checkbox" aria-label="Only listed documents" checked={*only_shown}
                            onchange={let o = only_shown.clone(); Callback::from(move |_| o.set(!*o))} />
                            { format!("Only the {} listed documents (of {total})", p.shown.len()) }</label>
                    }
                    if !annotators.is_empty() {
                        <label>{"Versions "}
                            <select aria-label="Versions" onchange={on_pick}>
                                <option value="every" selected={*pick == "every"}>{"every version (Spanwright JSON; other formats: gold or own)"}</option>
                                <option value="own" selected={*pick == "own"}>{"gold only (own spans where not curated)"}</option>
                                { for annotators.iter().map(|a| html! {
                                    <option value={format!("of:{a}")} selected={*pick == format!("of:{a}")}>{ format!("{a}'s version") }</option>
                                }) }
                            </select>
                        </label>
                    }
                    <label><input type="checkbox" aria-label="With suggestions" checked={with_suggested}
                        onchange={let o = with_suggested_state.clone(); Callback::from(move |_| o.set(!*o))} />
                        {"With the open document's suggestions not yet accepted"}</label>
                    { for items }
                </div>
            }
        </div>
    }
}
