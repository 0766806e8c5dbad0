//! What one device sends: the records a document should have on the server, compared with what
//! the device last knew of each, so that only changed records go out.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::bodies::{rows, AssignBody, DocBody, GoldBody, VersionBody};
use super::{assign_id, content_hash, doc_id, gold_id, version_id};
use crate::document::{DocStatus, Document};
use crate::spans::SpanSet;

/// What this device last knew of a record: the server's revision, the hash of the content sent
/// or received, and for a version the span ids then, so a span removed since leaves a tombstone.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Known {
    pub rev: String,
    pub hash: u64,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ids: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deleted: Vec<String>,
}

/// A record to send: its id, its body (with `time` set to `now`) and the hash of its content.
#[derive(Debug, Clone, PartialEq)]
pub struct Outgoing {
    pub id: String,
    pub body: Value,
    pub hash: u64,
    /// The span ids it holds (a version or gold), for the next `Known`.
    pub ids: Vec<String>,
    pub deleted: Vec<String>,
}

/// The hash of a body's content: everything but when it was written and, for gold, by which
/// curator (another curator's copy of the same gold is not a change to send back).
pub fn hash_of(body: &Value) -> u64 {
    let mut b = body.clone();
    if let Some(o) = b.as_object_mut() {
        for meta in ["_id", "_rev", "_revisions", "time", "curator"] {
            o.remove(meta);
        }
    }
    content_hash(&b.to_string())
}

/// Tombstones for a record: the ones it had, and every id it held when last synced that is gone.
fn tombstones(known: Option<&Known>, spans: &SpanSet) -> Vec<String> {
    let Some(k) = known else { return Vec::new() };
    let mut out = k.deleted.clone();
    out.extend(k.ids.iter().filter(|id| spans.get(&crate::spans::SpanId::new(id.as_str())).is_none()).cloned());
    out.sort_unstable();
    out.dedup();
    out
}

/// The records `doc` (the `index`th of its project) should have on the server, as `me` (a
/// curator or not) writes them, leaving out those `known` says the server has as they are.
/// A document's text goes once; a document with no spans of `me`'s, not marked done, sends no
/// version.
pub fn outgoing<'k>(
    doc: &Document,
    index: usize,
    me: &str,
    curator: bool,
    known: impl Fn(&str) -> Option<&'k Known>,
    now: f64,
) -> Vec<Outgoing> {
    let mut out = Vec::new();
    let mut push = |id: String, body: Value, spans: Option<&SpanSet>, deleted: Vec<String>| {
        let hash = hash_of(&body);
        let k = known(&id);
        if k.is_some_and(|k| k.hash == hash) {
            return;
        }
        let ids = spans.map(|s| s.iter().map(|s| s.id.as_str().to_string()).collect()).unwrap_or_default();
        out.push(Outgoing { id, body, hash, ids, deleted });
    };
    let id = doc_id(&doc.id);
    if known(&id).is_none() {
        let body = DocBody {
            kind: "doc".into(),
            id: doc.id.clone(),
            text: doc.text.as_str().to_string(),
            date: doc.date.clone(),
            meta_extra: doc.meta_extra.clone(),
            extra: doc.extra.clone(),
            index,
        };
        push(id, serde_json::to_value(body).expect("bodies serialize"), None, Vec::new());
    }
    let mine = if doc.team.gold {
        doc.team.version(me).map(|v| (&v.spans, doc.status))
    } else {
        Some((&doc.spans, doc.status))
    };
    if let Some((spans, status)) = mine {
        let id = version_id(&doc.id, me);
        let k = known(&id);
        // A version with nothing in it says something only once it is done (or was sent before).
        if k.is_some() || !spans.is_empty() || status == DocStatus::Done {
            let deleted = tombstones(k, spans);
            let body = VersionBody {
                kind: "version".into(),
                doc: doc.id.clone(),
                annotator: me.to_string(),
                spans: rows(spans),
                status,
                deleted: deleted.clone(),
                time: now,
            };
            push(id, serde_json::to_value(body).expect("bodies serialize"), Some(spans), deleted);
        }
    }
    if doc.team.gold && curator {
        let id = gold_id(&doc.id);
        let deleted = tombstones(known(&id), &doc.spans);
        let body = GoldBody {
            kind: "gold".into(),
            doc: doc.id.clone(),
            curator: me.to_string(),
            spans: rows(&doc.spans),
            deleted: deleted.clone(),
            settled: doc.team.settled.clone(),
            majority: doc.team.majority,
            time: now,
        };
        push(id, serde_json::to_value(body).expect("bodies serialize"), Some(&doc.spans), deleted);
    }
    let id = assign_id(&doc.id);
    if !doc.team.assigned.is_empty() || known(&id).is_some() {
        let body = AssignBody { kind: "assign".into(), doc: doc.id.clone(), annotators: doc.team.assigned.clone() };
        push(id, serde_json::to_value(body).expect("bodies serialize"), None, Vec::new());
    }
    out
}

/// `n` annotators for each document, spread evenly: document `i` goes to the `n` annotators
/// after the ones before it, round the list, so every annotator gets the same share (±1).
pub fn assign_evenly(docs: usize, annotators: &[String], n: usize) -> Vec<Vec<String>> {
    let n = n.min(annotators.len());
    let mut next = 0;
    (0..docs)
        .map(|_| {
            let mut these: Vec<String> = (0..n).map(|k| annotators[(next + k) % annotators.len()].clone()).collect();
            next = (next + n) % annotators.len().max(1);
            these.sort();
            these
        })
        .collect()
}
