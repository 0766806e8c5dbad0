//! What sync keeps between visits. Where to sync (the database URL and the user name, never the
//! password) goes in `localStorage`, so the loader can see at start-up that a project syncs; what
//! the server already has (each record's revision and content hash) and how far its changes feed
//! was read go in IndexedDB, written after each batch, so an interrupted first sync resumes.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use spanwright_core::sync::Known;

use crate::storage::db;

/// Where a project syncs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Config {
    pub url: String,
    pub user: String,
    /// The annotator name versions go under, and what the server let this user do when they
    /// last signed in (checked again by the server on every write).
    #[serde(default)]
    pub me: String,
    #[serde(default)]
    pub curator: bool,
    #[serde(default)]
    pub lead: bool,
}

fn config_key(project: &str) -> String {
    format!("spanwright.sync.{project}")
}

fn local() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

pub fn config(project: &str) -> Option<Config> {
    local()?.get_item(&config_key(project)).ok().flatten().and_then(|s| serde_json::from_str(&s).ok())
}

pub fn set_config(project: &str, config: Option<&Config>) {
    let Some(storage) = local() else { return };
    let key = config_key(project);
    let _ = match config {
        Some(c) => storage.set_item(&key, &serde_json::to_string(c).unwrap_or_default()),
        None => storage.remove_item(&key),
    };
}

/// What this device knows of the server's copy of a project.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Progress {
    /// The changes feed's position (a number for pouchdb-server, a string for CouchDB 3).
    #[serde(default)]
    pub since: Value,
    #[serde(default)]
    pub known: HashMap<String, Known>,
    /// When the last sync finished (ms since 1970).
    #[serde(default)]
    pub last: Option<f64>,
    /// The database these figures belong to: another URL starts again.
    #[serde(default)]
    pub url: String,
}

fn progress_key(project: &str) -> wasm_bindgen::JsValue {
    format!("sync:{project}").into()
}

pub async fn progress(project: &str, url: &str) -> Progress {
    let read = async {
        let database = crate::storage::database().await?;
        let tx = db::tx(&database, &["app"], false)?;
        db::get_string(&db::store(&tx, "app")?, &progress_key(project)).await
    };
    let kept: Option<Progress> = read.await.ok().flatten().and_then(|s| serde_json::from_str(&s).ok());
    kept.filter(|p| p.url == url).unwrap_or_else(|| Progress {
        since: Value::from(0),
        url: url.into(),
        ..Default::default()
    })
}

pub async fn save(project: &str, p: &Progress) -> Result<(), String> {
    let database = crate::storage::database().await?;
    let tx = db::tx(&database, &["app"], true)?;
    db::put(&db::store(&tx, "app")?, &progress_key(project), &serde_json::to_string(p).map_err(|e| e.to_string())?)?;
    db::commit(tx).await
}

/// The last database anyone synced with in this browser, offered when another project joins.
pub fn last_used() -> Option<Config> {
    let storage = local()?;
    (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with("spanwright.sync."))
        .find_map(|k| storage.get_item(&k).ok().flatten())
        .and_then(|s| serde_json::from_str(&s).ok())
}
