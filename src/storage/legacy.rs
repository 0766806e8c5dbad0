//! What earlier versions saved in `localStorage` (one record holding the draft, the workspace
//! and the snapping switch), read once to move it into a project; and the small settings that
//! stay in `localStorage`: the start page's draft, the snapping switch, and which document of
//! each project was open.

use gloo::storage::{LocalStorage, Storage};

/// The record of version 1; kept after migration (renamed), so nothing is ever deleted.
const SESSION_KEY: &str = "spanwright.session.v1";
const MIGRATED_KEY: &str = "spanwright.session.v1.migrated";
const DRAFT_KEY: &str = "spanwright.draft";
const SNAP_KEY: &str = "spanwright.snap";
const OPEN_DOC_PREFIX: &str = "spanwright.open.";

/// A write limit in bytes that tests set to see a full disk (Chromium's own quota override
/// does not reach IndexedDB): a write larger than this fails as a full disk would.
pub fn test_quota() -> Option<usize> {
    LocalStorage::raw().get_item("spanwright.test.quota").ok().flatten()?.parse().ok()
}

/// The document that was open in `project`.
pub fn open_doc(project: &str) -> Option<String> {
    LocalStorage::raw().get_item(&format!("{OPEN_DOC_PREFIX}{project}")).ok().flatten()
}

pub fn set_open_doc(project: &str, doc: &str) {
    let _ = LocalStorage::raw().set_item(&format!("{OPEN_DOC_PREFIX}{project}"), doc);
}

/// The record an earlier version left, if there is one still to migrate (the formats worker
/// reads it).
pub fn session() -> Option<String> {
    LocalStorage::raw().get_item(SESSION_KEY).ok().flatten()
}

/// Marks the earlier session as migrated: it moves to another key, so it is read once.
pub fn retire_session() {
    let raw = LocalStorage::raw();
    if let Ok(Some(v)) = raw.get_item(SESSION_KEY) {
        if raw.set_item(MIGRATED_KEY, &v).is_ok() {
            let _ = raw.remove_item(SESSION_KEY);
        }
    }
}

pub fn draft() -> String {
    LocalStorage::raw().get_item(DRAFT_KEY).ok().flatten().unwrap_or_default()
}

pub fn snap() -> bool {
    LocalStorage::raw().get_item(SNAP_KEY).ok().flatten().as_deref() != Some("off")
}

/// Saves the draft and the switch. A draft too large for `localStorage` is reported.
pub fn save_settings(draft: &str, snap: bool) -> Result<(), String> {
    let raw = LocalStorage::raw();
    let _ = raw.set_item(SNAP_KEY, if snap { "on" } else { "off" });
    raw.set_item(DRAFT_KEY, draft).map_err(|_| {
        "The text typed on the start page is too large to keep here; start annotating it to save it.".into()
    })
}
