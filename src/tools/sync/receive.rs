//! Records that arrived from the server (the changes feed, or a conflict read back), applied to
//! the page: new documents added, versions, gold and assignments applied to their documents by
//! core (`spanwright_core::sync::apply`), each changed document handed back to the page at once.

use std::collections::BTreeMap;

use serde_json::Value;
use spanwright_core::project_store::{doc_record, ProjectRecord};
use spanwright_core::sync::{self, Applied};
use spanwright_core::Document;

use super::couch::sleep;
use super::engine::Shared;
use super::records::{self, PART};
use crate::tools::page;

/// The page's project id, revision, number of documents and open document.
pub fn page_state() -> (String, f64, usize, usize) {
    let info = page::call("views_info", &[]).map(|v| js_sys::Array::from(&v));
    let Some(a) = info else { return (String::new(), 0.0, 0, 0) };
    let number = |k: u32| a.get(k).as_f64().unwrap_or(0.0);
    (a.get(5).as_string().unwrap_or_default(), number(6), number(1) as usize, number(7) as usize)
}

/// Applies `bodies` (whole records with `_id` and `_rev`). `conflicted`: they are the server's
/// side of records this device failed to write, so the local side is merged in.
pub async fn receive(engine: &Shared, mut bodies: Vec<Value>, conflicted: bool) {
    // Documents that came before the project's labels come again with them.
    let held = std::mem::take(&mut engine.borrow_mut().held);
    bodies.splice(0..0, held);
    let is_project = |b: &Value| b.get("type").and_then(Value::as_str) == Some("project");
    let labelled = engine.borrow().labels.is_some() || !page_state().0.is_empty() || bodies.iter().any(is_project);
    if !labelled {
        engine.borrow_mut().held = bodies;
        return;
    }
    let mut new_docs: Vec<(usize, Document)> = Vec::new();
    let mut by_doc: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for body in bodies {
        let id = body.get("_id").and_then(Value::as_str).unwrap_or("").to_string();
        let rev = body.get("_rev").and_then(Value::as_str).unwrap_or("").to_string();
        if id.starts_with('_') || body.get("_deleted").is_some() {
            continue;
        }
        let mut e = engine.borrow_mut();
        // Our own write coming back.
        if !conflicted && e.progress.known.get(&id).is_some_and(|k| k.rev == rev) {
            continue;
        }
        match body.get("type").and_then(Value::as_str) {
            Some("project") => {
                if let Ok(p) = serde_json::from_value::<sync::ProjectBody>(body.clone()) {
                    e.labels = Some(ProjectRecord {
                        id: String::new(),
                        name: p.name,
                        labels: p.labels,
                        extra: p.extra,
                        order: Vec::new(),
                        done: 0,
                    });
                }
                e.progress.known.insert(id, records::known_of(&body, &rev));
            }
            Some("doc") => {
                let doc = body.get("id").and_then(Value::as_str).unwrap_or("").to_string();
                if !e.places.contains_key(&doc) {
                    if let Some(d) = records::new_document(&body) {
                        let index = body.get("index").and_then(Value::as_u64).unwrap_or(u64::MAX) as usize;
                        new_docs.push((index, d));
                    }
                }
                e.progress.known.insert(id, records::known_of(&body, &rev));
            }
            Some(_) => {
                let doc = body.get("doc").and_then(Value::as_str).unwrap_or("").to_string();
                by_doc.entry(doc).or_default().push(body);
            }
            None => {}
        }
    }
    new_docs.sort_by_key(|d| d.0);
    let mut new_docs: Vec<Document> = new_docs.into_iter().map(|d| d.1).collect();
    let mut changed: Vec<(usize, Document)> = Vec::new();
    // The records of the page's copies as read, so that the page applies only what changed in
    // them: the person may edit before it does.
    let mut bases: Vec<String> = Vec::new();
    let mut merged = Vec::new();
    // Parked records (their document had not arrived) get another chance.
    let parked = std::mem::take(&mut engine.borrow_mut().parked);
    for body in parked {
        let doc = body.get("doc").and_then(Value::as_str).unwrap_or("").to_string();
        by_doc.entry(doc).or_default().push(body);
    }
    for (doc_id, list) in by_doc {
        let place = engine.borrow().places.get(&doc_id).copied();
        let mut target = if let Some(d) = new_docs.iter_mut().find(|d| d.id == doc_id) {
            Target::New(d)
        } else if let Some(i) = place {
            match changed.iter().position(|c| c.0 == i) {
                Some(k) => Target::Page(k),
                None => match records::read(i, i + 1).0.pop().filter(|(_, d)| d.id == doc_id) {
                    Some(found) => {
                        bases.push(doc_record(&found.1));
                        changed.push(found);
                        Target::Page(changed.len() - 1)
                    }
                    None => Target::Missing,
                },
            }
        } else {
            Target::Missing
        };
        for body in list {
            let doc = match &mut target {
                Target::New(d) => &mut **d,
                Target::Page(k) => &mut changed[*k].1,
                Target::Missing => {
                    engine.borrow_mut().parked.push(body);
                    continue;
                }
            };
            let id = body.get("_id").and_then(Value::as_str).unwrap_or("").to_string();
            let rev = body.get("_rev").and_then(Value::as_str).unwrap_or("").to_string();
            let mut e = engine.borrow_mut();
            let who = e.who.clone();
            // The record changed here since it was last sent: the two are merged, not replaced.
            let unsent = conflicted
                || sync::outgoing(doc, 0, &who.me, who.curator, |k| e.progress.known.get(k), 0.0)
                    .iter()
                    .any(|o| o.id == id);
            let applied = sync::apply(doc, &body, &who.me, who.curator, e.progress.known.get(&id), unsent);
            if applied == Ok(Applied::Merged) {
                merged.push(doc.id.clone());
                if let Some(i) = place {
                    e.dirty.insert(i);
                }
            }
            e.progress.known.insert(id, records::known_of(&body, &rev));
        }
    }
    let labels = engine.borrow().labels.clone().or_else(|| records::read(0, 0).1);
    let Some(labels) = labels else { return };
    let message = match merged.len() {
        0 => String::new(),
        1 => format!("“{}” had changed on another device too: both changes are kept (see docs/sync.md).", merged[0]),
        n => format!("{n} documents had changed on another device too: both changes are kept (see docs/sync.md)."),
    };
    if !changed.is_empty() {
        let docs: Vec<(usize, String)> = changed.iter().map(|(i, d)| (*i, doc_record(d))).collect();
        page::versions(serde_json::to_string(&labels).unwrap_or_default(), &docs, Some(&bases), message.clone());
    } else if !message.is_empty() {
        page::notify(&message, false);
    }
    if !new_docs.is_empty() {
        add_documents(engine, &labels, &new_docs).await;
    }
}

enum Target<'a> {
    New(&'a mut Document),
    Page(usize),
    Missing,
}

/// Adds documents to the page (starting its project when there is none), then waits until the
/// page shows them, so that their places are known.
async fn add_documents(engine: &Shared, labels: &ProjectRecord, docs: &[Document]) {
    let (project, _, before, open) = page_state();
    for (k, part) in records::parts(labels, docs).iter().enumerate() {
        let add = !project.is_empty() || k > 0;
        if let Err(e) = page::import(std::slice::from_ref(part), add) {
            page::notify(&format!("Documents from the server could not be added: {e}"), true);
            return;
        }
        // The page draws the added documents before the next part.
        for _ in 0..200 {
            let (_, _, n, _) = page_state();
            if n >= before + (k * PART + PART).min(docs.len()) {
                break;
            }
            sleep(15).await;
        }
    }
    let (now, ..) = page_state();
    if !project.is_empty() {
        // Adding documents opens the first of them: the person goes on where they were.
        page::call("views_open", &[(open as f64).into(), "".into()]);
    }
    {
        let mut e = engine.borrow_mut();
        for (k, d) in docs.iter().enumerate() {
            e.places.insert(d.id.clone(), before + k);
        }
        if e.project.is_empty() && !now.is_empty() {
            e.project = now;
            super::store::set_config(&e.project, Some(&e.config));
        }
    }
    if project.is_empty() {
        // A project joined from the server: this person annotates under their server name.
        let me = engine.borrow().who.me.clone();
        for _ in 0..200 {
            if super::name_annotator(&me) {
                break;
            }
            sleep(15).await;
        }
    }
}
