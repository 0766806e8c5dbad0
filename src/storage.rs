//! Saving the session in the browser, so a reload or a crash loses nothing.
//!
//! One record in `localStorage`, written after every change: the draft text, the workspace
//! (document, labels, undo history) and the snapping switch.

use gloo::storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};
use spanwright_core::Workspace;

const KEY: &str = "spanwright.session.v1";
/// Where an unreadable record is moved, so that a failed load never destroys it.
const UNREADABLE_KEY: &str = "spanwright.session.v1.unreadable";

#[derive(Serialize, Deserialize)]
pub struct Saved {
    pub draft: String,
    pub workspace: Option<Workspace>,
    pub snap: bool,
}

impl Default for Saved {
    fn default() -> Self {
        Saved { draft: String::new(), workspace: None, snap: true }
    }
}

/// The saved session, or a fresh one and a message when the record cannot be read.
pub fn load() -> (Saved, Option<String>) {
    let raw: Option<String> = LocalStorage::raw().get_item(KEY).ok().flatten();
    let Some(raw) = raw else { return (Saved::default(), None) };
    match serde_json::from_str(&raw) {
        Ok(saved) => (saved, None),
        Err(e) => {
            let _ = LocalStorage::raw().set_item(UNREADABLE_KEY, &raw);
            (
                Saved::default(),
                Some(format!("The saved session could not be read ({e}); it was kept under {UNREADABLE_KEY}.")),
            )
        }
    }
}

#[derive(Serialize)]
struct SavedRef<'a> {
    draft: &'a str,
    workspace: Option<&'a Workspace>,
    snap: bool,
}

pub fn save(draft: &str, workspace: Option<&Workspace>, snap: bool) -> Result<(), String> {
    let json = serde_json::to_string(&SavedRef { draft, workspace, snap }).map_err(|e| e.to_string())?;
    LocalStorage::raw().set_item(KEY, &json).map_err(|e| {
        format!("Could not save your work in this browser ({}). Export JSON to keep it.", js_error_text(&e))
    })
}

fn js_error_text(e: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(e, &"message".into()).ok().and_then(|m| m.as_string()).unwrap_or_else(|| format!("{e:?}"))
}
