//! How a project is stored in the browser: one record for the project (name, labels, the order
//! of its documents) and, per document, one record for its text (written once) and one for its
//! annotations (rewritten on every change). A change to one span rewrites one small record,
//! never the corpus.
//!
//! Records are JSON strings, so they read the same in any browser and in tests.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::document::{DocStatus, Document};
use crate::labels::LabelId;
use crate::labels::LabelSet;
use crate::spans::{Span, SpanId, SpanSet};
use crate::text::Text;
use crate::workspace::Workspace;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProjectRecord {
    pub id: String,
    pub name: String,
    pub labels: LabelSet,
    #[serde(default)]
    pub extra: Map<String, Value>,
    /// Document ids in the project's order.
    pub order: Vec<String>,
    /// How many documents are done, for the project list (which reads no document records).
    #[serde(default)]
    pub done: usize,
}

impl ProjectRecord {
    pub fn of(id: &str, name: &str, ws: &Workspace) -> Self {
        ProjectRecord {
            id: id.to_string(),
            name: name.to_string(),
            labels: ws.labels.clone(),
            extra: ws.file_extra.clone(),
            order: ws.docs().iter().map(|d| d.id.clone()).collect(),
            done: ws.docs().iter().filter(|d| d.status == DocStatus::Done).count(),
        }
    }
}

#[derive(Serialize)]
struct DocRecordRef<'a> {
    id: &'a str,
    date: &'a Option<String>,
    meta_extra: &'a Map<String, Value>,
    spans: CompactSpans<'a>,
    status: DocStatus,
    extra: &'a Map<String, Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    team: Option<TeamRef<'a>>,
}

/// A document's team, its versions' spans as compact rows too; absent for a one-person document.
#[derive(Serialize)]
struct TeamRef<'a> {
    annotator: &'a Option<String>,
    versions: Vec<(&'a str, CompactSpans<'a>)>,
    gold: bool,
    majority: bool,
    settled: &'a [String],
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    assigned: &'a [String],
}

#[derive(Deserialize)]
struct TeamRecord {
    annotator: Option<String>,
    versions: Vec<(String, Vec<SpanRow>)>,
    gold: bool,
    majority: bool,
    settled: Vec<String>,
    #[serde(default)]
    assigned: Vec<String>,
}

impl TeamRecord {
    fn into_team(self, text: &Text, doc: &str) -> Result<crate::team::Team, String> {
        let versions = self
            .versions
            .into_iter()
            .map(|(annotator, rows)| Ok(crate::team::Version { annotator, spans: spans_of(rows, text, doc)? }))
            .collect::<Result<_, String>>()?;
        Ok(crate::team::Team {
            annotator: self.annotator,
            versions,
            gold: self.gold,
            majority: self.majority,
            settled: self.settled,
            assigned: self.assigned,
            stamp: crate::team::next_stamp(),
        })
    }
}

fn spans_of(rows: Vec<SpanRow>, text: &Text, doc: &str) -> Result<SpanSet, String> {
    let mut spans = SpanSet::new();
    for (id, start, end, label, extra) in rows {
        if start >= end || end > text.len() {
            return Err(format!("document {doc:?}: span {id} does not fit its text"));
        }
        let mut span = Span::new(id, start, end, label);
        span.extra = extra;
        spans.insert(span);
    }
    Ok(spans)
}

/// Spans as `[id, start, end, label, extra]` arrays: a book's record is rewritten after every
/// edit, and arrays write in half the time of named fields (and take less room).
struct CompactSpans<'a>(&'a SpanSet);

impl Serialize for CompactSpans<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|sp| (&sp.id, sp.start, sp.end, sp.label, &sp.extra)))
    }
}

type SpanRow = (SpanId, usize, usize, LabelId, Map<String, Value>);

#[derive(Deserialize)]
struct DocRecord {
    id: String,
    date: Option<String>,
    #[serde(default)]
    meta_extra: Map<String, Value>,
    spans: Vec<SpanRow>,
    #[serde(default)]
    status: DocStatus,
    #[serde(default)]
    extra: Map<String, Value>,
    #[serde(default)]
    team: Option<TeamRecord>,
}

/// A document's annotations record: everything but its text.
pub fn doc_record(d: &Document) -> String {
    serde_json::to_string(&DocRecordRef {
        id: &d.id,
        date: &d.date,
        meta_extra: &d.meta_extra,
        spans: CompactSpans(&d.spans),
        status: d.status,
        extra: &d.extra,
        team: (!d.team.is_empty()).then(|| TeamRef {
            annotator: &d.team.annotator,
            versions: d.team.versions.iter().map(|v| (v.annotator.as_str(), CompactSpans(&v.spans))).collect(),
            gold: d.team.gold,
            majority: d.team.majority,
            settled: &d.team.settled,
            assigned: &d.team.assigned,
        }),
    })
    .expect("records always serialize")
}

/// A document from its two records. Spans that do not fit the text are an error, not a crash.
pub fn doc_from_records(text: &str, record: &str) -> Result<Document, String> {
    let r: DocRecord = serde_json::from_str(record).map_err(|e| format!("unreadable document record: {e}"))?;
    let text = Text::new(text);
    let spans = spans_of(r.spans, &text, &r.id)?;
    let team = r.team.map(|t| t.into_team(&text, &r.id)).transpose()?.unwrap_or_default();
    Ok(Document {
        id: r.id,
        date: r.date,
        meta_extra: r.meta_extra,
        text,
        spans,
        status: r.status,
        extra: r.extra,
        team,
    })
}

/// The workspace of a stored project: documents in the project's order. A document the order
/// names but the store lacks is reported; a stored document the order lacks is appended (it was
/// saved by a change whose project record did not land).
pub fn assemble(record: &ProjectRecord, mut docs: Vec<Document>) -> Result<(Workspace, Vec<String>), String> {
    let mut problems = Vec::new();
    // Sorted by id and found by binary search (a map would cost the page's first load its code).
    docs.sort_unstable_by(|a, b| a.id.cmp(&b.id));
    let ids: Vec<String> = docs.iter().map(|d| d.id.clone()).collect();
    let mut slots: Vec<Option<Document>> = docs.into_iter().map(Some).collect();
    let mut ordered = Vec::with_capacity(record.order.len());
    for id in &record.order {
        match ids.binary_search(id).ok().and_then(|i| slots[i].take()) {
            Some(d) => ordered.push(d),
            None => problems.push(format!("document {id:?} is missing from storage")),
        }
    }
    ordered.extend(slots.into_iter().flatten());
    if ordered.is_empty() {
        return Err(format!("project {:?} has no documents", record.name));
    }
    let mut ws = Workspace::with_documents(ordered, record.labels.clone());
    ws.file_extra = record.extra.clone();
    Ok((ws, problems))
}

/// The key under which a backup file names its project.
const PROJECT_FIELD: &str = "project";

/// A backup: a Spanwright JSON file (every document, span, label and status) that also names
/// the project.
pub fn backup(name: &str, ws: &Workspace) -> String {
    let mut file = ws.to_file();
    let mut project = Map::new();
    project.insert("name".into(), name.into());
    file.extra.insert(PROJECT_FIELD.into(), Value::Object(project));
    crate::format_v1::export_file(&file)
}

/// The project a backup holds: its name (or `None` for a plain Spanwright file) and contents.
pub fn restore(json: &str) -> Result<(Option<String>, Workspace), crate::import_error::ImportError> {
    let file = crate::format_v1::import(json)?;
    restore_file(file).ok_or_else(|| crate::import_error::ImportError::at("documents", "the backup has no documents"))
}

/// The project a backup file read by `format_v1` holds; `None` when it has no documents.
pub fn restore_file(mut file: crate::format_v1::File) -> Option<(Option<String>, Workspace)> {
    let name = match file.extra.remove(PROJECT_FIELD) {
        Some(Value::Object(p)) => p.get("name").and_then(Value::as_str).map(str::to_string),
        Some(other) => {
            file.extra.insert(PROJECT_FIELD.into(), other);
            None
        }
        None => None,
    };
    Workspace::from_file(file).map(|ws| (name, ws))
}
