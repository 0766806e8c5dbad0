//! Projects in IndexedDB: list, load, write changed records, rename, delete, and which project
//! is open.

use spanwright_core::project_store::{assemble, doc_from_records, ProjectRecord};
use spanwright_core::Workspace;
use wasm_bindgen::JsValue;
use web_sys::IdbDatabase as Database;

use super::db::{self, APP, DOCS, PROJECTS, TEXTS};

const ACTIVE: &str = "active";

/// Every project, by name.
pub async fn list(d: &Database) -> Result<Vec<ProjectRecord>, String> {
    let tx = db::tx(d, &[PROJECTS], false)?;
    let raw = db::all_strings(&db::store(&tx, PROJECTS)?, None).await?;
    let mut projects: Vec<ProjectRecord> = raw.iter().filter_map(|r| serde_json::from_str(r).ok()).collect();
    // ASCII case only: full Unicode case tables would cost the first load 10 KB.
    projects.sort_unstable_by(|a, b| {
        let key = |n: &str| n.bytes().map(|b| b.to_ascii_lowercase()).collect::<Vec<u8>>();
        key(&a.name).cmp(&key(&b.name)).then(a.id.cmp(&b.id))
    });
    Ok(projects)
}

/// A stored project: its record, workspace, and what could not be read (named, not hidden).
pub async fn load(d: &Database, id: &str) -> Result<(ProjectRecord, Workspace, Vec<String>), String> {
    let tx = db::tx(d, &[PROJECTS, TEXTS, DOCS], false)?;
    let record =
        db::get_string(&db::store(&tx, PROJECTS)?, &id.into()).await?.ok_or_else(|| format!("no project {id:?}"))?;
    let record: ProjectRecord = serde_json::from_str(&record).map_err(|e| format!("unreadable project record: {e}"))?;
    let texts = db::store(&tx, TEXTS)?;
    let range = db::project_range(id);
    let keys = db::all_keys(&texts, &range).await?;
    let values = db::all_strings(&texts, Some(&range)).await?;
    let text_ids: Vec<Option<String>> = keys.iter().map(db::doc_of_key).collect();
    let doc_store = db::store(&tx, DOCS)?;
    let doc_ids: Vec<Option<String>> = db::all_keys(&doc_store, &range).await?.iter().map(db::doc_of_key).collect();
    let records = db::all_strings(&doc_store, Some(&range)).await?;
    // Both stores hold the same keys in the same order, unless a write was cut short.
    let aligned = text_ids == doc_ids;
    let mut problems = Vec::new();
    let mut docs = Vec::with_capacity(records.len());
    for (i, r) in records.iter().enumerate() {
        let doc_id = doc_ids.get(i).cloned().flatten().unwrap_or_default();
        let text = match aligned {
            true => values.get(i),
            false => text_ids.iter().position(|t| t.as_deref() == Some(&doc_id)).and_then(|k| values.get(k)),
        };
        match text.map(|t| doc_from_records(t, r)) {
            Some(Ok(doc)) => docs.push(doc),
            Some(Err(e)) => problems.push(e),
            None => problems.push(format!("document {doc_id:?} has no stored text")),
        }
    }
    let (ws, more) = assemble(&record, docs)?;
    problems.extend(more);
    Ok((record, ws, problems))
}

/// One save: the project record (if it changed), document records, texts of new documents,
/// and documents to delete, in one transaction: all of it lands or none.
#[derive(Default)]
pub struct Batch {
    pub project: Option<String>,
    pub docs: Vec<(String, String)>,
    pub texts: Vec<(String, String)>,
    pub deleted: Vec<String>,
}

pub async fn write(d: &Database, project: &str, batch: &Batch) -> Result<(), String> {
    if let Some(limit) = super::legacy::test_quota() {
        let strings = batch.docs.iter().chain(&batch.texts).map(|(_, v)| v.len()).sum::<usize>();
        if strings + batch.project.as_ref().map_or(0, String::len) > limit {
            let e = js_sys::Error::new("test quota");
            e.set_name("QuotaExceededError");
            return Err(db::describe(&e.into()));
        }
    }
    let tx = db::tx(d, &[PROJECTS, TEXTS, DOCS], true)?;
    if let Some(record) = &batch.project {
        db::put(&db::store(&tx, PROJECTS)?, &JsValue::from_str(project), record)?;
    }
    let (texts, docs) = (db::store(&tx, TEXTS)?, db::store(&tx, DOCS)?);
    for (id, text) in &batch.texts {
        db::put(&texts, &db::doc_key(project, id), text)?;
    }
    for (id, record) in &batch.docs {
        db::put(&docs, &db::doc_key(project, id), record)?;
    }
    for id in &batch.deleted {
        db::delete(&texts, &db::doc_key(project, id))?;
        db::delete(&docs, &db::doc_key(project, id))?;
    }
    db::commit(tx).await
}

pub async fn rename(d: &Database, id: &str, name: &str) -> Result<(), String> {
    let tx = db::tx(d, &[PROJECTS], true)?;
    let projects = db::store(&tx, PROJECTS)?;
    let raw = db::get_string(&projects, &id.into()).await?.ok_or_else(|| format!("no project {id:?}"))?;
    let mut record: ProjectRecord = serde_json::from_str(&raw).map_err(|e| e.to_string())?;
    record.name = name.to_string();
    db::put(&projects, &JsValue::from_str(id), &serde_json::to_string(&record).expect("serializes"))?;
    db::commit(tx).await
}

pub async fn delete(d: &Database, id: &str) -> Result<(), String> {
    let tx = db::tx(d, &[PROJECTS, TEXTS, DOCS], true)?;
    db::delete(&db::store(&tx, PROJECTS)?, &JsValue::from_str(id))?;
    db::delete(&db::store(&tx, TEXTS)?, &db::project_range(id))?;
    db::delete(&db::store(&tx, DOCS)?, &db::project_range(id))?;
    db::commit(tx).await
}

pub async fn active(d: &Database) -> Result<Option<String>, String> {
    let tx = db::tx(d, &[APP], false)?;
    db::get_string(&db::store(&tx, APP)?, &ACTIVE.into()).await
}

/// Remembers the open project (`None`: the project list is showing).
pub async fn set_active(d: &Database, id: Option<&str>) -> Result<(), String> {
    let tx = db::tx(d, &[APP], true)?;
    let app = db::store(&tx, APP)?;
    match id {
        Some(id) => db::put(&app, &JsValue::from_str(ACTIVE), id)?,
        None => db::delete(&app, &JsValue::from_str(ACTIVE))?,
    }
    db::commit(tx).await
}

/// Stores `ws` whole as project `id` (a restored backup, a copy, migrated work).
pub async fn create(d: &Database, id: &str, name: &str, ws: &mut Workspace) -> Result<(), String> {
    write(d, id, &whole(id, name, ws)).await
}

/// Everything of a project, for storing it whole (a restored backup, a copy, migrated work).
pub fn whole(project: &str, name: &str, ws: &mut Workspace) -> Batch {
    ws.take_changes();
    let record = spanwright_core::project_store::ProjectRecord::of(project, name, ws);
    Batch {
        project: Some(serde_json::to_string(&record).expect("serializes")),
        docs: ws.docs().iter().map(|d| (d.id.clone(), spanwright_core::project_store::doc_record(d))).collect(),
        texts: ws.docs().iter().map(|d| (d.id.clone(), d.text.as_str().to_string())).collect(),
        deleted: Vec::new(),
    }
}
