//! spaCy's formats: the training tuples `[[text, {"entities": [[start, end, label]]}]]`, and
//! displaCy's manual input `{"text", "ents": [{"start", "end", "label"}], "title"}`. Both count
//! code points (spaCy is Python).

use serde_json::{json, Map, Value};

use super::spans_in::{take_string, LabelNames, SpanBuilder};
use super::{unit_from_name, unit_name, Imported};
use crate::document::Document;
use crate::format_v1::{add_kept, File};
use crate::import_error::ImportError;
use crate::offsets::OffsetUnit;
use crate::text::Text;

fn parse(input: &str) -> Result<Value, ImportError> {
    let de = &mut serde_json::Deserializer::from_str(input);
    serde_path_to_error::deserialize(de).map_err(ImportError::from_serde)
}

fn finish(names: LabelNames, documents: Vec<Document>) -> Result<Imported, ImportError> {
    if documents.is_empty() {
        return Err(ImportError::at("", "no documents in the file"));
    }
    Ok(Imported { corpus: File { labels: names.into_set()?, documents, extra: Map::new() }, warnings: Vec::new() })
}

pub fn import_training(input: &str, unit: OffsetUnit) -> Result<Imported, ImportError> {
    let Value::Array(items) = parse(input)? else {
        return Err(ImportError::at("", "expected a list of [text, {\"entities\": …}] pairs"));
    };
    let mut names = LabelNames::default();
    let mut documents = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        let at = |what: &str| format!("[{i}]{what}");
        let Value::Array(pair) = item else {
            return Err(ImportError::at(&at(""), "is not a [text, annotations] pair"));
        };
        let mut pair = pair.into_iter();
        let (Some(Value::String(text)), Some(Value::Object(mut annots)), None) =
            (pair.next(), pair.next(), pair.next())
        else {
            return Err(ImportError::at(&at(""), "is not a [text, {\"entities\": …}] pair"));
        };
        let text = Text::new(text);
        let mut spans = SpanBuilder::new(&text, unit);
        let entities = match annots.remove("entities") {
            None => Vec::new(),
            Some(Value::Array(e)) => e,
            Some(other) => return Err(ImportError::at(&at("[1].entities"), format!("{other} is not a list"))),
        };
        for (j, ent) in entities.iter().enumerate() {
            spans.add_triple(ent, &mut names, &at(&format!("[1].entities[{j}]")))?;
        }
        let mut doc = Document::new(format!("doc-{}", i + 1), text.shared());
        doc.spans = spans.spans;
        doc.extra = annots;
        documents.push(doc);
    }
    finish(names, documents)
}

/// spaCy refuses overlapping entities (E103 in `Example.from_dict`, E1010 on `doc.ents`): the
/// outermost spans are written, and a warning counts the others.
pub fn export_training(corpus: &File, unit: OffsetUnit) -> (String, Vec<String>) {
    let mut dropped = 0;
    let items: Vec<Value> = corpus
        .documents
        .iter()
        .map(|doc| {
            let at = |cp: usize| doc.text.from_code_point(cp, unit).expect("spans lie inside their text");
            let (kept, left_out) = doc.spans.outermost();
            dropped += left_out;
            let entities: Vec<Value> = kept
                .into_iter()
                .map(|s| json!([at(s.start), at(s.end), corpus.labels.get(s.label).map_or("", |l| l.name.as_str())]))
                .collect();
            let mut annots = Map::new();
            annots.insert("entities".into(), entities.into());
            add_kept(&mut annots, &doc.extra);
            json!([doc.text.as_str(), annots])
        })
        .collect();
    let mut warnings = Vec::new();
    if dropped > 0 {
        warnings.push(format!(
            "spaCy's entities cannot nest or overlap: {dropped} spans inside or across others were dropped"
        ));
    }
    (serde_json::to_string(&items).expect("JSON values serialize") + "\n", warnings)
}

pub fn import_displacy(input: &str, unit: OffsetUnit) -> Result<Imported, ImportError> {
    let (items, single) = match parse(input)? {
        Value::Array(items) => (items, false),
        one @ Value::Object(_) => (vec![one], true),
        _ => return Err(ImportError::at("", "expected a displaCy object or a list of them")),
    };
    let mut names = LabelNames::default();
    let mut documents = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        let at = |what: &str| if single { what.to_string() } else { format!("[{i}].{what}") };
        let Value::Object(mut obj) = item else { return Err(ImportError::at(&at(""), "is not an object")) };
        let text =
            take_string(&mut obj, "text").ok_or_else(|| ImportError::at(&at("text"), "missing, or not a string"))?;
        let unit = match take_string(&mut obj, "offset_unit") {
            Some(u) => {
                unit_from_name(&u).ok_or_else(|| ImportError::at(&at("offset_unit"), format!("{u:?} is not a unit")))?
            }
            None => unit,
        };
        let text = Text::new(text);
        let mut spans = SpanBuilder::new(&text, unit);
        let ents = match obj.remove("ents") {
            None => Vec::new(),
            Some(Value::Array(e)) => e,
            Some(other) => return Err(ImportError::at(&at("ents"), format!("{other} is not a list"))),
        };
        for (j, ent) in ents.iter().enumerate() {
            let what = at(&format!("ents[{j}]"));
            let field = |k: &str| ent.get(k).ok_or_else(|| ImportError::at(&format!("{what}.{k}"), "missing"));
            let range = (
                spans.offset(field("start")?, &format!("{what}.start"))?,
                spans.offset(field("end")?, &format!("{what}.end"))?,
            );
            let label =
                field("label")?.as_str().ok_or_else(|| ImportError::at(&format!("{what}.label"), "is not a string"))?;
            let label = names.id(label);
            spans.add(None, range, label, None, Map::new(), &what)?;
        }
        let title = match obj.remove("title") {
            Some(Value::String(t)) => Some(t),
            Some(Value::Null) | None => None,
            Some(other) => {
                obj.insert("title".into(), other);
                None
            }
        };
        let mut doc = Document::new(title.unwrap_or_else(|| format!("doc-{}", i + 1)), text.shared());
        doc.spans = spans.spans;
        doc.extra = obj;
        documents.push(doc);
    }
    finish(names, documents)
}

pub fn export_displacy(corpus: &File, unit: OffsetUnit) -> String {
    let items: Vec<Value> = corpus
        .documents
        .iter()
        .map(|doc| {
            let at = |cp: usize| doc.text.from_code_point(cp, unit).expect("spans lie inside their text");
            let ents: Vec<Value> = doc
                .spans
                .iter()
                .map(|s| json!({"start": at(s.start), "end": at(s.end), "label": corpus.labels.get(s.label).map_or("", |l| l.name.as_str())}))
                .collect();
            let mut obj = Map::new();
            obj.insert("text".into(), doc.text.as_str().into());
            obj.insert("ents".into(), ents.into());
            obj.insert("title".into(), doc.id.clone().into());
            if unit != OffsetUnit::Codepoint {
                obj.insert("offset_unit".into(), unit_name(unit).into());
            }
            add_kept(&mut obj, &doc.extra);
            Value::Object(obj)
        })
        .collect();
    serde_json::to_string_pretty(&items).expect("JSON values serialize") + "\n"
}
