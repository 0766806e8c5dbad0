//! Sending: what the page's documents should have on the server goes into the engine's queue
//! (compared by core, `spanwright_core::sync::outgoing`), and the queue goes out in `_bulk_docs`
//! calls; a conflict is read back and merged, a refusal reported and not sent again unchanged.

use serde_json::{json, Value};
use spanwright_core::formats::counted;
use spanwright_core::sync;

use super::couch::Failure;
use super::engine::{now, publish, save, Shared};
use super::receive::{page_state, receive};
use super::records::{self, PART};
use crate::tools::page;

/// Records sent in one `_bulk_docs` call.
const SEND: usize = 200;

/// Compares documents with what the server has and sends the difference: every document when
/// the engine starts, when documents were added, or after `rescan`; else the open one if the
/// page changed, and those a merge changed.
pub(super) async fn push(engine: &Shared) -> Result<(), Failure> {
    let (project, revision, n, current) = page_state();
    if project.is_empty() {
        return Ok(());
    }
    if engine.borrow().seen.1 != n {
        scan_all(engine);
    } else {
        let places = {
            let mut e = engine.borrow_mut();
            let mut places: Vec<usize> = std::mem::take(&mut e.dirty).into_iter().collect();
            if e.seen.0 != revision {
                places.push(current);
            }
            e.seen.0 = revision;
            places
        };
        take_owner(engine);
        for i in places.into_iter().filter(|&i| i < n) {
            scan(engine, i, i + 1, false);
        }
    }
    flush(engine).await
}

/// Puts what every document should send in the queue, a part at a time.
pub(super) fn scan_all(engine: &Shared) {
    let (_, revision, n, _) = page_state();
    take_owner(engine);
    for from in (0..n).step_by(PART) {
        scan(engine, from, (from + PART).min(n), from == 0);
    }
    let mut e = engine.borrow_mut();
    e.seen = (revision, n);
    e.dirty.clear();
}

/// Versions go under the page's annotator name (the server checks it is this user's).
fn take_owner(engine: &Shared) {
    let owner = page::info().owner;
    if !owner.is_empty() && owner != "me" {
        engine.borrow_mut().who.me = owner;
    }
}

/// Puts what documents `from..to` should send in the queue (and takes out what they no longer
/// need to); `project`: the lead's project record too.
fn scan(engine: &Shared, from: usize, to: usize, project: bool) {
    let (docs, record) = records::read(from, to);
    let mut e = engine.borrow_mut();
    let out = records::outgoing(&docs, &e.who, &e.progress.known, now());
    for (i, d) in &docs {
        e.places.insert(d.id.clone(), *i);
        let doc = d.id.clone();
        e.queue.retain(|_, (owner, _)| *owner != doc);
    }
    if project && e.who.lead {
        if let Some(r) = &record {
            let body = records::project_body(&page_name(), r);
            let hash = sync::hash_of(&body);
            if e.progress.known.get(sync::PROJECT_ID).is_none_or(|k| k.hash != hash) {
                let o = sync::Outgoing { id: sync::PROJECT_ID.into(), body, hash, ids: vec![], deleted: vec![] };
                e.queue.insert(queue_key(&o.id), (String::new(), o));
            }
        }
    }
    for o in out {
        if e.refused.get(&o.id) == Some(&o.hash) {
            continue;
        }
        let doc = o.body.get("doc").or_else(|| o.body.get("id")).and_then(Value::as_str).unwrap_or("").to_string();
        e.queue.insert(queue_key(&o.id), (doc, o));
    }
    e.status.waiting = e.queue.len();
}

/// Where a record waits in the queue: the project first (whoever joins needs its labels before
/// the documents), then documents' texts before their versions, in the project's id order.
fn queue_key(id: &str) -> String {
    let rank = match id.split(':').next() {
        Some("project") => 0,
        Some("doc") => 1,
        _ => 2,
    };
    format!("{rank}{id}")
}

/// Sends the queue, a batch at a time; a queue of more than one batch shows its progress.
async fn flush(engine: &Shared) -> Result<(), Failure> {
    let mut done = 0;
    loop {
        let batch: Vec<sync::Outgoing> = engine.borrow().queue.values().take(SEND).map(|(_, o)| o.clone()).collect();
        if batch.is_empty() {
            return Ok(());
        }
        let left = engine.borrow().queue.len();
        if done > 0 || left > SEND {
            engine.borrow_mut().status.batch = Some((done, done + left, "Sending"));
            publish(engine);
        }
        done += batch.len();
        send(engine, batch).await?;
        let waiting = engine.borrow().queue.len();
        engine.borrow_mut().status.waiting = waiting;
        save(engine).await;
        publish(engine);
    }
}

fn page_name() -> String {
    gloo::utils::document()
        .query_selector(".project-name")
        .ok()
        .flatten()
        .and_then(|h| h.text_content())
        .unwrap_or_default()
}

/// One `_bulk_docs` call; conflicts are read back and merged, refusals reported.
async fn send(engine: &Shared, out: Vec<sync::Outgoing>) -> Result<(), Failure> {
    let couch = engine.borrow().couch.clone();
    let bodies: Vec<Value> = {
        let e = engine.borrow();
        out.iter()
            .map(|o| {
                let mut b = o.body.clone();
                if let Some(m) = b.as_object_mut() {
                    m.insert("_id".into(), o.id.clone().into());
                    if let Some(k) = e.progress.known.get(&o.id) {
                        m.insert("_rev".into(), k.rev.clone().into());
                    }
                }
                b
            })
            .collect()
    };
    let answer = couch.call("POST", "_bulk_docs", Some(&json!({ "docs": bodies }))).await?;
    let mut conflicts = Vec::new();
    let mut refusals = Vec::new();
    {
        let mut e = engine.borrow_mut();
        for (o, r) in out.iter().zip(answer.as_array().cloned().unwrap_or_default()) {
            // A record compared again while it was on its way stays queued with its new content.
            if e.queue.get(&queue_key(&o.id)).is_some_and(|(_, q)| q.hash == o.hash) {
                e.queue.remove(&queue_key(&o.id));
            }
            if let Some(rev) = r.get("rev").and_then(Value::as_str).filter(|_| r.get("error").is_none()) {
                e.refused.remove(&o.id);
                let k = sync::Known { rev: rev.into(), hash: o.hash, ids: o.ids.clone(), deleted: o.deleted.clone() };
                e.progress.known.insert(o.id.clone(), k);
                continue;
            }
            match r.get("error").and_then(Value::as_str) {
                Some("conflict") => {
                    conflicts.push(o.id.clone());
                    let doc = o.body.get("doc").and_then(Value::as_str).unwrap_or("");
                    if let Some(&i) = e.places.get(doc) {
                        e.dirty.insert(i);
                    }
                }
                _ => {
                    let reason = r.get("reason").and_then(Value::as_str).unwrap_or("refused").to_string();
                    e.refused.insert(o.id.clone(), o.hash);
                    refusals.push(reason);
                }
            }
        }
    }
    if !refusals.is_empty() {
        let message = format!("The server refused {}: {}", counted(refusals.len(), "change"), refusals[0]);
        engine.borrow_mut().status.error = Some(message.clone());
        page::notify(&message, true);
    }
    if !conflicts.is_empty() {
        let got = couch.call("POST", "_all_docs?include_docs=true", Some(&json!({ "keys": conflicts }))).await?;
        let rows: Vec<Value> = got.get("rows").and_then(Value::as_array).cloned().unwrap_or_default();
        let bodies: Vec<Value> =
            rows.into_iter().filter_map(|r| r.get("doc").cloned()).filter(|d| d.is_object()).collect();
        receive(engine, bodies, true).await;
    }
    Ok(())
}
