//! The page, as the tools reach it from their module: the functions the app exports on
//! `window.wasmBindings` (src/dom/views_bridge.rs).

use wasm_bindgen::{JsCast, JsValue};

use crate::formats_worker::Corpus;

/// Calls the page's exported function `name`.
pub fn call(name: &str, args: &[JsValue]) -> Option<JsValue> {
    let window = web_sys::window()?;
    let bindings = js_sys::Reflect::get(&window, &"wasmBindings".into()).ok()?;
    let f: js_sys::Function = js_sys::Reflect::get(&bindings, &name.into()).ok()?.dyn_into().ok()?;
    f.apply(&JsValue::NULL, &args.iter().collect()).ok()
}

/// What the page has open.
#[derive(Clone, PartialEq, Default)]
pub struct Info {
    pub has_project: bool,
    pub total: usize,
    pub listed: usize,
    /// Annotators with a version somewhere in the project.
    pub annotators: Vec<String>,
    /// This browser's annotator.
    pub owner: String,
}

pub fn info() -> Info {
    let Some(a) = call("views_info", &[]).map(|v| js_sys::Array::from(&v)) else { return Info::default() };
    let names = a.get(3).as_string().unwrap_or_default();
    let mut annotators: Vec<String> = names.split('\n').filter(|n| !n.is_empty()).map(str::to_string).collect();
    annotators.sort();
    Info {
        has_project: a.get(0).as_bool().unwrap_or(false),
        total: a.get(1).as_f64().unwrap_or(0.0) as usize,
        listed: a.get(2).as_f64().unwrap_or(0.0) as usize,
        annotators,
        owner: a.get(4).as_string().unwrap_or_default(),
    }
}

/// The project for the formats worker (every document, or the listed ones), as JSON.
pub fn corpus_json(listed: bool, suggested: bool) -> String {
    part(listed, suggested, 0, u32::MAX as usize)
}

fn part(listed: bool, suggested: bool, from: usize, to: usize) -> String {
    let args = [listed.into(), suggested.into(), (from as f64).into(), (to as f64).into()];
    call("views_corpus", &args).and_then(|v| v.as_string()).unwrap_or_default()
}

/// Documents a part of the corpus holds: a part is written in a task of its own, so the page
/// stays responsive while a large corpus is handed over.
const PART: usize = 500;

/// The corpus as parts of `PART` documents, written a task apart.
pub async fn corpus_parts(listed: bool) -> Vec<String> {
    let info = info();
    let n = if listed { info.listed } else { info.total };
    let mut parts = Vec::new();
    for from in (0..n.max(1)).step_by(PART) {
        parts.push(part(listed, false, from, from + PART));
        gloo::timers::future::TimeoutFuture::new(0).await;
    }
    parts
}

/// The same, read.
pub fn corpus(listed: bool, suggested: bool) -> Corpus {
    Corpus::from_json(&corpus_json(listed, suggested)).unwrap_or_default()
}

/// Hands imported documents (the worker's parts) to the page; an error says why it could not.
pub fn import(parts: &[String], add: bool) -> Result<(), String> {
    let parts: js_sys::Array = parts.iter().map(|p| JsValue::from_str(p)).collect();
    match call("views_import", &[parts.into(), add.into()]).and_then(|v| v.as_string()) {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Documents' records to apply to the page's. `bases`: for each, the record of the page's copy
/// they were made from, so that only what they changed is applied (`None`: apply all of them).
pub fn versions(project: String, docs: &[(usize, String)], bases: Option<&[String]>, message: String) {
    let indexes: js_sys::Array = docs.iter().map(|d| JsValue::from(d.0 as f64)).collect();
    let records: js_sys::Array = docs.iter().map(|d| JsValue::from_str(&d.1)).collect();
    let bases: js_sys::Array = bases.unwrap_or_default().iter().map(|b| JsValue::from_str(b)).collect();
    call("views_versions", &[project.into(), indexes.into(), records.into(), bases.into(), message.into()]);
}

pub fn notify(text: &str, error: bool) {
    call("views_notify", &[text.into(), error.into()]);
}

pub fn curate(i: usize) {
    call("views_curate", &[(i as f64).into()]);
}
