//! What the timeline and map module (src/bin/spanwright_views, loaded on first use) reads of the
//! app: it asks, rather than being told, so the first load carries no more than these three
//! functions. The app keeps a handle on its latest state here at each render; the module polls
//! `views_version` once a frame while it is open and reads `views_data` when it changed.

use std::cell::RefCell;
use std::fmt::Write;

use gloo::timers::callback::Timeout;
use spanwright_core::project_store::doc_record;
use spanwright_core::{Document, SpanId};
use wasm_bindgen::prelude::*;
use yew::UseReducerDispatcher;

use crate::state::suggestions::Suggestions;
use crate::state::{Action, AppState, WsHandle};

struct Now {
    ws: WsHandle,
    s: Suggestions,
    cursor: Option<(usize, usize)>,
    d: UseReducerDispatcher<AppState>,
    /// The documents the list shows (its filter and search): the project view draws those.
    listed: std::rc::Rc<Vec<usize>>,
    key: (u64, Option<(usize, usize)>, usize),
}

thread_local! {
    static NOW: RefCell<(Option<Now>, u32)> = const { RefCell::new((None, 0)) };
    /// The dispatcher and this browser's annotator, with or without a project open (the tools
    /// import into an empty page too).
    static APP: RefCell<Option<(UseReducerDispatcher<AppState>, String, String)>> = const { RefCell::new(None) };
    /// Curation as the page shows it: on, and the current conflict.
    static CURATION: RefCell<(bool, usize)> = const { RefCell::new((false, 0)) };
}

/// Called by the app at each render: the state the views read next.
pub fn keep(state: &AppState, d: UseReducerDispatcher<AppState>) {
    let project = state.project.as_ref().map(|p| p.id.to_string()).unwrap_or_default();
    APP.with(|a| *a.borrow_mut() = Some((d.clone(), state.owner(), project)));
    CURATION.with(|c| *c.borrow_mut() = (state.curating, state.conflict));
    NOW.with(|n| {
        let mut n = n.borrow_mut();
        let now = state.ws.clone().map(|ws| {
            let s = &state.suggestions;
            // What the views draw changes with an edit (revision), the suggestions or the cursor.
            let key = (
                state.revision,
                state.cursor,
                s.items.as_ptr() as usize ^ s.rejected.len() ^ s.off.len() << 20 ^ (state.curating as usize) << 30,
            );
            let listed = state.doc_list.shown.clone();
            Now { ws, s: s.clone(), cursor: state.cursor, d, listed, key }
        });
        let changed = match (&n.0, &now) {
            (Some(a), Some(b)) => a.key != b.key || a.ws != b.ws || a.listed != b.listed,
            (None, None) => false,
            _ => true,
        };
        n.1 = n.1.wrapping_add(changed as u32);
        n.0 = now;
    });
}

/// A number that changes whenever what the views draw may have.
#[wasm_bindgen]
pub fn views_version() -> u32 {
    NOW.with(|n| n.borrow().1)
}

/// `[labels, [[index, record, text], …], current index, suggestions, ids under the cursor]`:
/// the open document (for the project, every document the list shows), its shown suggestions as
/// `[[id, start, end, label, attrs], …]`; `null` with no project open.
#[wasm_bindgen]
pub fn views_data(project: bool) -> JsValue {
    NOW.with(|n| {
        let n = n.borrow();
        let Some(now) = &n.0 else { return JsValue::NULL };
        let (ws, s) = (now.ws.borrow(), &now.s);
        let docs = js_sys::Array::new();
        let row = |i: usize, d: &Document| {
            js_sys::Array::of3(&(i as f64).into(), &doc_record(d).into(), &d.text.as_str().into())
        };
        let listed = |i: &usize| now.listed.is_empty() || now.listed.contains(i);
        for (i, d) in ws.docs().iter().enumerate().filter(|(i, _)| if project { listed(i) } else { *i == ws.current() })
        {
            docs.push(&row(i, d));
        }
        let mut out = String::from("[");
        let mut ids: Vec<String> = Vec::new();
        if !project && *s.doc == *ws.doc().id {
            for (i, it) in s.items.iter().enumerate().filter(|(i, _)| s.is_shown(*i, &ws)) {
                let name = ws.labels.get(it.label).map_or("", |l| l.name.as_str());
                let _ = write!(
                    out,
                    "[\"?{i}\",{},{},{},{}],",
                    it.start,
                    it.end,
                    serde_json::to_string(name).unwrap_or_default(),
                    it.attrs
                );
                if now.cursor == Some((it.start, it.end)) {
                    ids.push(format!("?{i}"));
                }
            }
        }
        if out.len() > 1 {
            out.pop();
        }
        out.push(']');
        if let Some((a, b)) = now.cursor {
            ids.extend(
                ws.doc().spans.iter().filter(|sp| sp.start < b && sp.end > a).map(|sp| sp.id.as_str().to_string()),
            );
        }
        let labels = serde_json::to_string(&ws.labels).unwrap_or_default();
        let out: [JsValue; 5] =
            [labels.into(), docs.into(), (ws.current() as f64).into(), out.into(), ids.join(" ").into()];
        out.iter().collect::<js_sys::Array>().into()
    })
}

/// Opens document `doc` if it is not the open one, puts the cursor on the span (or suggestion,
/// `?` and its index) and, once it is drawn and scrolled to, opens its popover.
#[wasm_bindgen]
pub fn views_open(doc: usize, id: &str) {
    let Some((ws, s, d)) = NOW.with(|n| n.borrow().0.as_ref().map(|n| (n.ws.clone(), n.s.clone(), n.d.clone()))) else {
        return;
    };
    if ws.borrow().current() != doc {
        d.dispatch(Action::OpenDocument(doc));
    }
    let range = match id.strip_prefix('?') {
        Some(i) => i.parse::<usize>().ok().and_then(|i| s.items.get(i)).map(|x| (x.start, x.end)),
        None => ws.borrow().doc().spans.get(&SpanId::new(id)).map(|sp| (sp.start, sp.end)),
    };
    let Some((start, end)) = range else { return };
    d.dispatch(Action::Reveal { start, end });
    Timeout::new(60, move || {
        if let Ok(Some(el)) = gloo::utils::document().query_selector("#doc-text .piece.cursor") {
            let r = el.get_bounding_client_rect();
            d.dispatch(Action::OpenPopover { at: start, x: r.left() as i32 + 2, y: r.bottom() as i32 - 2 });
        }
    })
    .forget();
}

fn dispatch(action: Action) {
    if let Some((d, ..)) = APP.with(|a| a.borrow().clone()) {
        d.dispatch(action);
    }
}

/// What the tools (import, export, agreement, sync, in the module) show: `[has a project,
/// documents, listed, annotators of versions (newline-separated), this browser's annotator,
/// project id, revision, open document]`.
#[wasm_bindgen]
pub fn views_info() -> js_sys::Array {
    let (owner, project) = APP.with(|a| a.borrow().as_ref().map(|a| (a.1.clone(), a.2.clone()))).unwrap_or_default();
    NOW.with(|n| {
        let n = n.borrow();
        let (open, total, listed, names, revision, current) = match &n.0 {
            Some(now) => {
                let ws = now.ws.borrow();
                let mut names: Vec<&str> = Vec::new();
                for d in ws.docs() {
                    for a in d.team.versions.iter().map(|v| v.annotator.as_str()).chain(d.team.annotator.as_deref()) {
                        if !names.contains(&a) {
                            names.push(a);
                        }
                    }
                }
                (true, ws.docs().len(), now.listed.len(), names.join("\n"), now.key.0, ws.current())
            }
            None => (false, 0, 0, String::new(), 0, 0),
        };
        let out: [JsValue; 8] = [
            open.into(),
            (total as f64).into(),
            (listed as f64).into(),
            names.into(),
            owner.into(),
            project.into(),
            (revision as f64).into(),
            (current as f64).into(),
        ];
        out.iter().collect()
    })
}

/// The project for the formats worker, as JSON (`formats_worker::Corpus`): every document, or
/// the listed ones, those from `from` to `to` of them (a part a task, for a large corpus);
/// `suggested`: the open document with its shown suggestions marked so.
#[wasm_bindgen]
pub fn views_corpus(listed: bool, suggested: bool, from: usize, to: usize) -> String {
    NOW.with(|n| {
        let n = n.borrow();
        let Some(now) = &n.0 else { return String::new() };
        let ws = now.ws.borrow();
        let patched = suggested.then(|| crate::state::suggestions::with_suggested(&ws, &now.s));
        let n = if listed { now.listed.len() } else { ws.docs().len() };
        let part: Vec<usize> = (from.min(n)..to.min(n)).map(|k| if listed { now.listed[k] } else { k }).collect();
        let corpus = crate::dom::formats_client::corpus(&ws, Some(&part), patched.as_ref());
        serde_json::to_string(&corpus).unwrap_or_default()
    })
}

/// Imported documents, as the formats worker's parts: they replace the project's documents, or
/// are added to them (`add`), or start a project.
#[wasm_bindgen]
pub fn views_import(parts: Vec<String>, add: bool) -> Option<String> {
    match crate::formats_worker::join_parts(&parts) {
        Ok(file) => {
            dispatch(Action::ApplyImport { file: std::rc::Rc::new(file), add });
            None
        }
        Err(e) => Some(e),
    }
}

/// Another annotator's work as the worker added it, or records from the server: the changed
/// documents' indexes and records, and the records of the copies they were made from (or none).
#[wasm_bindgen]
pub fn views_versions(project: String, indexes: Vec<u32>, records: Vec<String>, bases: Vec<String>, message: String) {
    let docs: Vec<(usize, String)> = indexes.into_iter().map(|i| i as usize).zip(records).collect();
    dispatch(Action::Team(crate::state::TeamAction::ApplyVersions { project, docs, bases, message }));
}

/// A message for the page's message line.
#[wasm_bindgen]
pub fn views_notify(text: String, error: bool) {
    let m = if error { crate::state::Message::error(text) } else { crate::state::Message::info(text) };
    dispatch(Action::Notify(m));
}

/// Opens document `i` in curation.
#[wasm_bindgen]
pub fn views_curate(i: usize) {
    dispatch(Action::Team(crate::state::TeamAction::CurateDocument(i)));
}

/// The open document for the curation panel: `[record, text, project record, annotator,
/// current conflict]`; `null` when curation is not shown.
#[wasm_bindgen]
pub fn views_curation() -> JsValue {
    let (on, current) = CURATION.with(|c| *c.borrow());
    let owner = APP.with(|a| a.borrow().as_ref().map(|a| a.1.clone())).unwrap_or_default();
    NOW.with(|n| {
        let n = n.borrow();
        let Some(now) = n.0.as_ref().filter(|_| on) else { return JsValue::NULL };
        let ws = now.ws.borrow();
        let project = serde_json::to_string(&spanwright_core::project_store::ProjectRecord::of("", "", &ws));
        let out: [JsValue; 5] = [
            doc_record(ws.doc()).into(),
            ws.doc().text.as_str().into(),
            project.unwrap_or_default().into(),
            owner.into(),
            (current as f64).into(),
        ];
        out.iter().collect::<js_sys::Array>().into()
    })
}

/// What the curation panel asks: `start-all`, `start-majority`, `close`, `settle` (conflict
/// `id`, annotator `choice`, or none when negative) and `current` (`id` is the conflict's place).
#[wasm_bindgen]
pub fn views_team(what: &str, id: &str, choice: i32) {
    use crate::state::TeamAction;
    let action = match what {
        "start-all" | "start-majority" => TeamAction::StartCuration { majority: what == "start-majority" },
        "close" => TeamAction::Curate(false),
        "settle" => TeamAction::Settle { id: id.to_string(), choice: usize::try_from(choice).ok() },
        "current" => match id.parse() {
            Ok(i) if CURATION.with(|c| c.borrow().1) != i => TeamAction::Current(i),
            _ => return,
        },
        _ => return,
    };
    dispatch(Action::Team(action));
}
