//! doccano's JSONL: one document a line, `{"text": …, "label": [[start, end, "Label"], …]}`,
//! or the `entities: [{id, start_offset, end_offset, label}]` variant on import. doccano counts
//! code points (it is Python). Keys this format does not define are kept for the export.

use serde_json::{Map, Value};

use super::spans_in::{source_id, take_id, take_string, without_source_id, LabelNames, SpanBuilder};
use super::{unit_from_name, unit_name, Imported};
use crate::document::Document;
use crate::format_v1::add_kept;
use crate::format_v1::File;
use crate::import_error::ImportError;
use crate::offsets::OffsetUnit;
use crate::text::Text;

pub fn import(input: &str, unit: OffsetUnit) -> Result<Imported, ImportError> {
    let mut names = LabelNames::default();
    let mut documents = Vec::new();
    for (n, line) in input.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = |what: &str| format!("line {}{}{what}", n + 1, if what.is_empty() { "" } else { ": " });
        let value: Value = serde_json::from_str(line).map_err(|e| ImportError::at(&at(""), e.to_string()))?;
        let Value::Object(obj) = value else { return Err(ImportError::at(&at(""), "is not a JSON object")) };
        documents.push(read_line(obj, &mut names, unit, documents.len(), &at)?);
    }
    if documents.is_empty() {
        return Err(ImportError::at("", "no documents: the file has no JSON lines"));
    }
    Ok(Imported { corpus: File { labels: names.into_set()?, documents, extra: Map::new() }, warnings: Vec::new() })
}

fn read_line(
    mut obj: Map<String, Value>,
    names: &mut LabelNames,
    unit: OffsetUnit,
    index: usize,
    at: &dyn Fn(&str) -> String,
) -> Result<Document, ImportError> {
    let text = take_string(&mut obj, "text").ok_or_else(|| ImportError::at(&at("text"), "missing, or not a string"))?;
    let unit = match take_string(&mut obj, "offset_unit") {
        Some(u) => {
            unit_from_name(&u).ok_or_else(|| ImportError::at(&at("offset_unit"), format!("{u:?} is not a unit")))?
        }
        None => unit,
    };
    let id = take_id(&mut obj);
    let text = Text::new(text);
    let mut spans = SpanBuilder::new(&text, unit);
    match (obj.remove("label"), obj.remove("entities")) {
        (Some(Value::Array(triples)), _) => {
            for (i, t) in triples.iter().enumerate() {
                spans.add_triple(t, names, &at(&format!("label[{i}]")))?;
            }
        }
        (Some(other), _) => return Err(ImportError::at(&at("label"), format!("{other} is not a list of spans"))),
        (None, Some(Value::Array(entities))) => {
            for (i, ent) in entities.iter().enumerate() {
                let what = at(&format!("entities[{i}]"));
                let Some(e) = ent.as_object() else { return Err(ImportError::at(&what, "is not an object")) };
                let field = |k: &str| e.get(k).ok_or_else(|| ImportError::at(&format!("{what}.{k}"), "missing"));
                let range = (
                    spans.offset(field("start_offset")?, &format!("{what}.start_offset"))?,
                    spans.offset(field("end_offset")?, &format!("{what}.end_offset"))?,
                );
                let label = field("label")?
                    .as_str()
                    .ok_or_else(|| ImportError::at(&format!("{what}.label"), "is not a string"))?;
                let label = names.id(label);
                let id = e.get("id").map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string));
                spans.add(id, range, label, None, Map::new(), &what)?;
            }
        }
        (None, Some(other)) => return Err(ImportError::at(&at("entities"), format!("{other} is not a list"))),
        (None, None) => {}
    }
    let mut doc = Document::new(id.unwrap_or_else(|| format!("doc-{}", index + 1)), text.shared());
    doc.spans = spans.spans;
    if let Some(Value::Object(meta)) = obj.remove("meta") {
        doc.set_meta(meta);
    }
    doc.extra = obj;
    Ok(doc)
}

pub fn export(corpus: &File, unit: OffsetUnit) -> String {
    let mut out = String::new();
    for doc in &corpus.documents {
        let text = doc.text.as_str();
        let at = |cp: usize| doc.text.from_code_point(cp, unit).expect("spans lie inside their text");
        let mut line = Map::new();
        line.insert("id".into(), source_id(doc));
        line.insert("text".into(), text.into());
        let labels = doc.spans.iter().map(|s| {
            let name = corpus.labels.get(s.label).map_or("", |l| l.name.as_str());
            Value::Array(vec![at(s.start).into(), at(s.end).into(), name.into()])
        });
        line.insert("label".into(), labels.collect());
        let meta = doc.meta();
        if !meta.is_empty() {
            line.insert("meta".into(), Value::Object(meta));
        }
        if unit != OffsetUnit::Codepoint {
            line.insert("offset_unit".into(), unit_name(unit).into());
        }
        add_kept(&mut line, &without_source_id(&doc.extra));
        out.push_str(&serde_json::to_string(&Value::Object(line)).expect("JSON values serialize"));
        out.push('\n');
    }
    out
}
