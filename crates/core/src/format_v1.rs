//! Spanwright JSON, version 1: the native export format (see `docs/format.md`).
//!
//! Offsets are written in code points; files naming `utf16` or `utf8` as their `offset_unit` are
//! read too. Fields this version does not know are kept and written back on export, so a file
//! survives a round trip through the app unchanged.

use serde::Deserialize;
use serde_json::{Map, Value};

use crate::document::{DocStatus, Document};
use crate::header::is_iso_date;
use crate::import_error::ImportError;
use crate::labels::{Label, LabelSet};
use crate::offsets::OffsetUnit;
use crate::spans::{Span, SpanId, SpanSet};
use crate::text::Text;
use crate::workspace::Workspace;

pub const FORMAT: &str = "spanwright";
pub const VERSION: u64 = 1;

/// A file as read: its labels, documents and the top-level fields this version does not know.
#[derive(Debug, Clone, PartialEq)]
pub struct File {
    pub labels: LabelSet,
    pub documents: Vec<Document>,
    pub extra: Map<String, Value>,
}

/// Writes the workspace as a version 1 file: pretty-printed, two-space indents, final newline.
pub fn export(ws: &Workspace) -> String {
    export_file(&ws.to_file())
}

pub fn export_file(file: &File) -> String {
    let mut root = Map::new();
    root.insert("format".into(), FORMAT.into());
    root.insert("version".into(), VERSION.into());
    root.insert("offset_unit".into(), "codepoint".into());
    root.insert("labels".into(), file.labels.iter().map(label_json).collect());
    root.insert("documents".into(), file.documents.iter().map(|d| document_json(d, &file.labels)).collect());
    add_kept(&mut root, &file.extra);
    let mut out = serde_json::to_string_pretty(&Value::Object(root)).expect("JSON values always serialize");
    out.push('\n');
    out
}

/// One document as a single line of JSON, as `documents[]` holds it (for JSON Lines output).
pub fn document_line(d: &Document, labels: &LabelSet) -> String {
    serde_json::to_string(&document_json(d, labels)).expect("JSON values always serialize")
}

/// Adds the kept fields of an imported object after the known ones; a kept field never
/// replaces a known one.
pub fn add_kept(m: &mut Map<String, Value>, kept: &Map<String, Value>) {
    for (k, v) in kept {
        if !m.contains_key(k) {
            m.insert(k.clone(), v.clone());
        }
    }
}

fn label_json(l: &Label) -> Value {
    let mut m = Map::new();
    m.insert("name".into(), l.name.clone().into());
    m.insert("color".into(), l.color.clone().into());
    if let Some(k) = l.hotkey {
        m.insert("hotkey".into(), k.to_string().into());
    }
    add_kept(&mut m, &l.extra);
    Value::Object(m)
}

fn spans_json(d: &Document, spans: &SpanSet, labels: &LabelSet) -> Value {
    spans
        .iter()
        .map(|s| {
            let mut m = Map::new();
            m.insert("id".into(), s.id.as_str().into());
            m.insert("start".into(), s.start.into());
            m.insert("end".into(), s.end.into());
            let label = labels.get(s.label).map_or("", |l| l.name.as_str());
            m.insert("label".into(), label.into());
            m.insert("text".into(), d.text.slice(s.start, s.end).into());
            add_kept(&mut m, &s.extra);
            Value::Object(m)
        })
        .collect()
}

fn document_json(d: &Document, labels: &LabelSet) -> Value {
    let mut meta = Map::new();
    if let Some(date) = &d.date {
        meta.insert("date".into(), date.clone().into());
    }
    add_kept(&mut meta, &d.meta_extra);
    let mut m = Map::new();
    m.insert("id".into(), d.id.clone().into());
    m.insert("meta".into(), Value::Object(meta));
    m.insert("text".into(), d.text.as_str().into());
    m.insert("spans".into(), spans_json(d, &d.spans, labels));
    if d.status != DocStatus::New {
        m.insert("status".into(), d.status.name().into());
    }
    let team = &d.team;
    match (&team.annotator, team.gold) {
        (_, true) => {
            let mut c = Map::new();
            c.insert("merge".into(), if team.majority { "majority" } else { "all" }.into());
            c.insert("settled".into(), team.settled.clone().into());
            m.insert("curation".into(), Value::Object(c));
        }
        (Some(a), false) => {
            m.insert("annotator".into(), a.clone().into());
        }
        (None, false) => {}
    }
    if !team.versions.is_empty() {
        let versions = team.versions.iter().map(|v| {
            let mut o = Map::new();
            o.insert("annotator".into(), v.annotator.clone().into());
            o.insert("spans".into(), spans_json(d, &v.spans, labels));
            Value::Object(o)
        });
        m.insert("versions".into(), versions.collect());
    }
    let entities = crate::suggest::export::entity_table(d);
    if !entities.is_empty() {
        m.insert("entities".into(), entities.into());
    }
    add_kept(&mut m, &d.extra);
    Value::Object(m)
}

#[derive(Deserialize)]
struct RawFile {
    format: String,
    version: u64,
    #[serde(default)]
    offset_unit: OffsetUnit,
    labels: Vec<RawLabel>,
    documents: Vec<RawDocument>,
    #[serde(flatten)]
    extra: Map<String, Value>,
}

#[derive(Deserialize)]
struct RawLabel {
    name: String,
    #[serde(default)]
    color: Option<String>,
    #[serde(default)]
    hotkey: Option<String>,
    #[serde(flatten)]
    extra: Map<String, Value>,
}

#[derive(Deserialize)]
struct RawDocument {
    id: String,
    #[serde(default)]
    meta: Map<String, Value>,
    text: String,
    #[serde(default)]
    spans: Vec<RawSpan>,
    #[serde(default)]
    annotator: Option<String>,
    #[serde(default)]
    versions: Vec<RawVersion>,
    #[serde(default)]
    curation: Option<RawCuration>,
    #[serde(flatten)]
    extra: Map<String, Value>,
}

#[derive(Deserialize)]
struct RawVersion {
    annotator: String,
    #[serde(default)]
    spans: Vec<RawSpan>,
}

#[derive(Deserialize)]
struct RawCuration {
    #[serde(default)]
    merge: Option<String>,
    #[serde(default)]
    settled: Vec<String>,
}

#[derive(Deserialize)]
struct RawSpan {
    id: String,
    start: usize,
    end: usize,
    label: String,
    #[serde(default)]
    text: Option<String>,
    #[serde(flatten)]
    extra: Map<String, Value>,
}

/// Reads a version 1 file. Every problem names its place (`line`/`column` for syntax,
/// a field path such as `documents[0].spans[2].end` for content).
pub fn import(json: &str) -> Result<File, ImportError> {
    let de = &mut serde_json::Deserializer::from_str(json);
    let raw: RawFile = serde_path_to_error::deserialize(de).map_err(ImportError::from_serde)?;
    from_raw(raw)
}

/// Reads a version 1 file written by this app (the formats worker's answers), without
/// tracking field paths: the page then carries no path-tracking code. Files a person chose are
/// read with `import`, in the worker, so their errors name the field.
pub fn import_own(json: &str) -> Result<File, ImportError> {
    let raw: RawFile = serde_json::from_str(json).map_err(|e| ImportError::at("", e.to_string()))?;
    from_raw(raw)
}

fn from_raw(raw: RawFile) -> Result<File, ImportError> {
    if raw.format != FORMAT {
        return Err(ImportError::at("format", format!("is {:?}, expected {FORMAT:?}", raw.format)));
    }
    if raw.version != VERSION {
        return Err(ImportError::at(
            "version",
            format!("{} is not a version this app reads (it reads {VERSION})", raw.version),
        ));
    }
    let mut labels = LabelSet::empty();
    for (i, l) in raw.labels.into_iter().enumerate() {
        let path = format!("labels[{i}]");
        // A label written by hand may be just its name: it then looks as an imported label does.
        // A label with a color and no hotkey was written without one, and keeps none.
        let (default_color, default_key) = labels.look_for(&l.name);
        let hotkey = match l.hotkey.as_deref() {
            None if l.color.is_none() => default_key,
            None | Some("") => None,
            Some(k) if k.chars().count() == 1 => k.chars().next(),
            Some(k) => return Err(ImportError::at(&format!("{path}.hotkey"), format!("{k:?} is not a single key"))),
        };
        let color = l.color.unwrap_or(default_color);
        let mut label = labels.new_label(&l.name, &color, hotkey).map_err(|e| ImportError::at(&path, e))?;
        label.extra = l.extra;
        labels.put(usize::MAX, label);
    }
    let documents = raw
        .documents
        .into_iter()
        .enumerate()
        .map(|(i, d)| read_document(d, &labels, raw.offset_unit, &format!("documents[{i}]")))
        .collect::<Result<_, _>>()?;
    Ok(File { labels, documents, extra: raw.extra })
}

fn read_document(d: RawDocument, labels: &LabelSet, unit: OffsetUnit, path: &str) -> Result<Document, ImportError> {
    let mut meta_extra = d.meta;
    let date = match meta_extra.remove("date") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if is_iso_date(&s) => Some(s),
        Some(other) => {
            return Err(ImportError::at(
                &format!("{path}.meta.date"),
                format!("{other} is not a date of the form YYYY-MM-DD"),
            ))
        }
    };
    let text = Text::new(d.text);
    let spans = read_spans(d.spans, &text, labels, unit, path)?;
    let mut versions = Vec::new();
    for (j, v) in d.versions.into_iter().enumerate() {
        let at = format!("{path}.versions[{j}]");
        if v.annotator.trim().is_empty() {
            return Err(ImportError::at(&format!("{at}.annotator"), "is empty".to_string()));
        }
        if versions.iter().any(|w: &crate::team::Version| w.annotator == v.annotator) {
            return Err(ImportError::at(&format!("{at}.annotator"), format!("{:?} has another version", v.annotator)));
        }
        let spans = read_spans(v.spans, &text, labels, unit, &at)?;
        versions.push(crate::team::Version { annotator: v.annotator, spans });
    }
    let (gold, majority, settled) = match d.curation {
        None => (false, false, Vec::new()),
        Some(c) => match c.merge.as_deref() {
            None | Some("all") => (true, false, c.settled),
            Some("majority") => (true, true, c.settled),
            Some(other) => {
                return Err(ImportError::at(
                    &format!("{path}.curation.merge"),
                    format!("{other:?} is not all or majority"),
                ))
            }
        },
    };
    let team = crate::team::Team {
        annotator: d.annotator.filter(|_| !gold),
        versions,
        gold,
        majority,
        settled,
        assigned: Vec::new(),
        stamp: crate::team::next_stamp(),
    };
    let mut extra = d.extra;
    // Derived from the spans on export; a stale copy must not outlive the spans it listed.
    extra.remove("entities");
    let status = match extra.get("status") {
        Some(Value::String(s)) => match DocStatus::from_name(s) {
            Some(status) => {
                extra.remove("status");
                status
            }
            None => {
                return Err(ImportError::at(
                    &format!("{path}.status"),
                    format!("{s:?} is not new, in-progress or done"),
                ))
            }
        },
        _ => DocStatus::New,
    };
    Ok(Document { id: d.id, date, meta_extra, text, spans, status, extra, team })
}

fn read_spans(
    raw: Vec<RawSpan>,
    text: &Text,
    labels: &LabelSet,
    unit: OffsetUnit,
    path: &str,
) -> Result<SpanSet, ImportError> {
    let mut spans = SpanSet::new();
    for (i, s) in raw.into_iter().enumerate() {
        let at = |field: &str| format!("{path}.spans[{i}]{field}");
        let convert = |offset: usize, field: &str| {
            text.to_code_point(offset, unit).ok_or_else(|| {
                ImportError::at(
                    &at(field),
                    format!("{offset} is past the end of the text or not on a character boundary ({unit:?} offsets)"),
                )
            })
        };
        let (start, end) = (convert(s.start, ".start")?, convert(s.end, ".end")?);
        if start >= end {
            return Err(ImportError::at(&at(""), format!("start {} is not before end {}", s.start, s.end)));
        }
        let label = labels
            .by_name(&s.label)
            .ok_or_else(|| ImportError::at(&at(".label"), format!("{:?} is not among the file's labels", s.label)))?;
        let covered = text.slice(start, end);
        if let Some(t) = &s.text {
            if t != covered {
                return Err(ImportError::at(
                    &at(".text"),
                    format!("{t:?} does not match the text at its offsets, {covered:?}"),
                ));
            }
        }
        let mut span = Span::new(SpanId::new(s.id.as_str()), start, end, label.id);
        span.extra = s.extra;
        if !spans.insert(span) {
            return Err(ImportError::at(&at(".id"), format!("{:?} is used by another span", s.id)));
        }
    }
    Ok(spans)
}
