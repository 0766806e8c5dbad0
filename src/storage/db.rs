//! The IndexedDB database: four object stores, values as JSON (or plain text) strings.
//!
//! - `projects`: key = project id, value = a `ProjectRecord`.
//! - `texts`: key = `[project, document]`, value = the document's text, written once.
//! - `docs`: key = `[project, document]`, value = the document's annotations record.
//! - `app`: key = a name (`active`: the open project's id).
//!
//! A thin layer over `web-sys`: each request or transaction becomes a promise. (The `idb`
//! crate did the same in 24 KB more of wasm, which the first-load budget could not carry.)

use js_sys::{Array, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbKeyRange, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionMode};

const NAME: &str = "spanwright";
const VERSION: u32 = 1;
pub const PROJECTS: &str = "projects";
pub const TEXTS: &str = "texts";
pub const DOCS: &str = "docs";
pub const APP: &str = "app";

/// Says what failed in words a user can act on.
pub fn describe(e: &JsValue) -> String {
    let field = |k: &str| js_sys::Reflect::get(e, &k.into()).ok().and_then(|v| v.as_string());
    match (field("name"), field("message")) {
        (Some(name), _) if name == "QuotaExceededError" => "the browser's storage for this site is full".into(),
        (Some(name), Some(message)) if !message.is_empty() => format!("{name}: {message}"),
        (Some(name), _) => name,
        _ => "the browser refused to store it".into(),
    }
}

fn err(e: JsValue) -> String {
    describe(&e)
}

/// A promise settled by the target's `ok` event (with `value()`) or its `error`/`abort` events
/// (with the target's `error`).
fn settle(target: &web_sys::EventTarget, ok: &str, value: fn(&JsValue) -> JsValue) -> Promise {
    Promise::new(&mut |resolve, reject| {
        let source = JsValue::from(target.clone());
        let on_ok = Closure::once_into_js(move |_: web_sys::Event| resolve.call1(&JsValue::NULL, &value(&source)));
        let source = JsValue::from(target.clone());
        let on_err = Closure::once_into_js(move |e: web_sys::Event| {
            e.prevent_default();
            let error = js_sys::Reflect::get(&source, &"error".into()).unwrap_or(JsValue::NULL);
            reject.call1(&JsValue::NULL, &error)
        });
        let _ = target.add_event_listener_with_callback(ok, on_ok.unchecked_ref());
        let _ = target.add_event_listener_with_callback("error", on_err.unchecked_ref());
        let _ = target.add_event_listener_with_callback("abort", on_err.unchecked_ref());
    })
}

fn result_of(request: &JsValue) -> JsValue {
    request.unchecked_ref::<IdbRequest>().result().unwrap_or(JsValue::UNDEFINED)
}

/// The result of one request.
pub async fn done(request: IdbRequest) -> Result<JsValue, String> {
    JsFuture::from(settle(&request, "success", result_of)).await.map_err(err)
}

pub async fn open() -> Result<IdbDatabase, String> {
    let factory = gloo::utils::window()
        .indexed_db()
        .ok()
        .flatten()
        .ok_or_else(|| "IndexedDB is not available in this browser (private mode?)".to_string())?;
    let request =
        factory.open_with_u32(NAME, VERSION).map_err(|e| format!("IndexedDB is not available ({})", err(e)))?;
    let upgrade = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        let Some(db) = e.target().and_then(|t| t.unchecked_into::<IdbRequest>().result().ok()) else { return };
        let db: IdbDatabase = db.unchecked_into();
        let names = db.object_store_names();
        for store in [PROJECTS, TEXTS, DOCS, APP] {
            if !names.contains(store) {
                let _ = db.create_object_store(store);
            }
        }
    });
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let result = done(request.clone().unchecked_into()).await;
    request.set_onupgradeneeded(None);
    drop(upgrade);
    result.map(|db| db.unchecked_into()).map_err(|e| format!("IndexedDB is not available ({e})"))
}

pub fn doc_key(project: &str, doc: &str) -> JsValue {
    Array::of2(&project.into(), &doc.into()).into()
}

/// Every `[project, …]` key: arrays sort after strings, so `[project, []]` closes the range.
pub fn project_range(project: &str) -> JsValue {
    let lower: JsValue = Array::of1(&project.into()).into();
    let upper: JsValue = Array::of2(&project.into(), &Array::new()).into();
    IdbKeyRange::bound(&lower, &upper).expect("a valid range").into()
}

/// The document id in a `[project, document]` key.
pub fn doc_of_key(key: &JsValue) -> Option<String> {
    Array::from(key).get(1).as_string()
}

pub fn tx(db: &IdbDatabase, stores: &[&str], write: bool) -> Result<IdbTransaction, String> {
    let names: Array = stores.iter().map(|s| JsValue::from_str(s)).collect();
    let mode = if write { IdbTransactionMode::Readwrite } else { IdbTransactionMode::Readonly };
    db.transaction_with_str_sequence_and_mode(&names, mode).map_err(err)
}

pub fn store(tx: &IdbTransaction, name: &str) -> Result<IdbObjectStore, String> {
    tx.object_store(name).map_err(err)
}

/// Waits for a write transaction to land; an abort (a full disk aborts it) is an error.
pub async fn commit(tx: IdbTransaction) -> Result<(), String> {
    JsFuture::from(settle(&tx, "complete", |_| JsValue::UNDEFINED)).await.map(drop).map_err(err)
}

pub async fn get_string(s: &IdbObjectStore, key: &JsValue) -> Result<Option<String>, String> {
    Ok(done(s.get(key).map_err(err)?).await?.as_string())
}

pub async fn all_strings(s: &IdbObjectStore, range: Option<&JsValue>) -> Result<Vec<String>, String> {
    let request = match range {
        Some(r) => s.get_all_with_key(r),
        None => s.get_all(),
    };
    let all: Array = done(request.map_err(err)?).await?.unchecked_into();
    Ok(all.iter().filter_map(|v| v.as_string()).collect())
}

pub async fn all_keys(s: &IdbObjectStore, range: &JsValue) -> Result<Vec<JsValue>, String> {
    let all: Array = done(s.get_all_keys_with_key(range).map_err(err)?).await?.unchecked_into();
    Ok(all.iter().collect())
}

pub fn put(s: &IdbObjectStore, key: &JsValue, value: &str) -> Result<(), String> {
    s.put_with_key(&JsValue::from_str(value), key).map(drop).map_err(err)
}

pub fn delete(s: &IdbObjectStore, key: &JsValue) -> Result<(), String> {
    s.delete(key).map(drop).map_err(err)
}
