//! "Export as…": every export format, with the offset unit to write (always shown), for the
//! whole project or only the documents the list shows.

use spanwright_core::formats::{unit_from_name, unit_name, Format};
use yew::prelude::*;

use super::page::{self, Info};
use crate::dom::files::download_bytes;
use crate::dom::formats_client::ask;
use crate::formats_worker::{Request, Response};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub info: Info,
    pub close: Callback<()>,
}

#[function_component(ExportMenu)]
pub fn export_menu(p: &Props) -> Html {
    // `None`: each format's own unit.
    let unit = use_state(|| None);
    let only_shown = use_state(|| false);
    let with_suggested_state = use_state(|| false);
    let with_suggested = with_suggested_state.clone();
    // Which version each document's spans are: every one (Spanwright JSON keeps them all), the
    // document's own (gold where curated), or one annotator's.
    let pick = use_state(|| "every".to_string());
    let annotators = &p.info.annotators;
    let on_pick = {
        let pick = pick.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            pick.set(v)
        })
    };
    let (total, listed) = (p.info.total, p.info.listed);
    let filtered = listed < total;
    let only = *only_shown && filtered;
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
            let (close, unit) = (p.close.clone(), *unit);
            let pick = (*pick).clone();
            Callback::from(move |_| {
                let corpus = page::corpus(only, with_suggested);
                let stem = match corpus.docs.len() {
                    1 => format!("spanwright-{}", first_id(&corpus)),
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
                ask(request, move |response| match response {
                    Response::Exported { name, bytes, warnings } => {
                        let mime = if format == Format::Brat { "application/zip" } else { "application/json" };
                        match download_bytes(&name, &bytes, mime) {
                            Ok(()) if warnings.is_empty() => page::notify(&format!("Exported {name}."), false),
                            Ok(()) => page::notify(&format!("Exported {name}: {}.", warnings.join("; ")), false),
                            Err(e) => page::notify(&format!("Could not export: {e}"), true),
                        }
                    }
                    Response::Failed(e) => page::notify(&format!("Could not export: {e}"), true),
                    _ => {}
                });
                close.emit(());
            })
        };
        html! {
            <button role="menuitem" aria-label={title.clone()} {onclick}>
                { title }<span class="unit">{ shown }</span>
            </button>
        }
    });
    html! {
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
                            { format!("Only the {listed} listed documents (of {total})") }</label>
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
}

/// The id of the one document in `corpus`, for the file's name.
fn first_id(corpus: &crate::formats_worker::Corpus) -> String {
    let record = corpus.docs.first().map_or("", |d| d.1.as_str());
    serde_json::from_str::<serde_json::Value>(record)
        .ok()
        .and_then(|v| v["id"].as_str().map(str::to_string))
        .unwrap_or_default()
}
