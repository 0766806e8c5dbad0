//! The page's documents as sync sees them: read from the page in parts, each one's records to
//! send worked out by core (`spanwright_core::sync::outgoing`), and records that arrived applied
//! and handed back to the page.

use std::collections::HashMap;

use serde_json::Value;
use spanwright_core::project_store::{doc_from_records, doc_record, ProjectRecord};
use spanwright_core::sync::{self, Known, Outgoing};
use spanwright_core::Document;

use crate::formats_worker::Corpus;
use crate::tools::page;

/// Documents read at a time: a part is written by the page in one task.
pub const PART: usize = 250;

/// Who this person is on the server.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Who {
    /// The annotator name versions are written under (the page's).
    pub me: String,
    pub curator: bool,
    /// May write the project, documents and assignments.
    pub lead: bool,
}

/// Documents `from..to` of the page's project, with their places, and the project's record.
pub fn read(from: usize, to: usize) -> (Vec<(usize, Document)>, Option<ProjectRecord>) {
    let args = [false.into(), false.into(), (from as f64).into(), (to as f64).into()];
    let json = page::call("views_corpus", &args).and_then(|v| v.as_string()).unwrap_or_default();
    let Ok(corpus) = Corpus::from_json(&json) else { return (Vec::new(), None) };
    let project = serde_json::from_str(&corpus.project).ok();
    let docs = corpus
        .docs
        .iter()
        .zip(&corpus.indexes)
        .filter_map(|((text, record), &i)| doc_from_records(text, record).ok().map(|d| (i, d)))
        .collect();
    (docs, project)
}

/// The project record's body as the lead sends it.
pub fn project_body(name: &str, p: &ProjectRecord) -> Value {
    let body = sync::ProjectBody {
        kind: "project".into(),
        name: name.into(),
        labels: p.labels.clone(),
        extra: p.extra.clone(),
    };
    serde_json::to_value(body).unwrap_or_default()
}

/// What `docs` should send, given what the server `known`ly has. Only the lead sends texts and
/// assignments (the server would refuse them from anyone else).
pub fn outgoing(docs: &[(usize, Document)], who: &Who, known: &HashMap<String, Known>, now: f64) -> Vec<Outgoing> {
    let mut out = Vec::new();
    for (i, d) in docs {
        let mine = sync::outgoing(d, *i, &who.me, who.curator, |id| known.get(id), now);
        out.extend(mine.into_iter().filter(|o| who.lead || !(o.id.starts_with("doc:") || o.id.starts_with("assign:"))));
    }
    out
}

/// What the server's `body` (revision `rev`) tells this device it has.
pub fn known_of(body: &Value, rev: &str) -> Known {
    let ids = |key: &str| -> Vec<String> {
        let rows = body.get(key).and_then(Value::as_array).cloned().unwrap_or_default();
        rows.iter()
            .filter_map(|r| if key == "spans" { r.get(0).and_then(Value::as_str) } else { r.as_str() })
            .map(str::to_string)
            .collect()
    };
    Known { rev: rev.into(), hash: sync::hash_of(body), ids: ids("spans"), deleted: ids("deleted") }
}

/// A document that arrived as its text record.
pub fn new_document(body: &Value) -> Option<Document> {
    let b: sync::DocBody = serde_json::from_value(body.clone()).ok()?;
    let mut d = Document::new(b.id, b.text);
    d.date = b.date;
    d.meta_extra = b.meta_extra;
    d.extra = b.extra;
    Some(d)
}

/// Documents to add to the page, as the parts `views_import` reads.
pub fn parts(labels: &ProjectRecord, docs: &[Document]) -> Vec<String> {
    docs.chunks(PART)
        .map(|chunk| {
            let mut strings = vec![serde_json::to_string(labels).unwrap_or_default()];
            for d in chunk {
                strings.push(doc_record(d));
                strings.push(d.text.as_str().to_string());
            }
            serde_json::to_string(&strings).unwrap_or_default()
        })
        .collect()
}
