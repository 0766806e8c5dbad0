//! Label Studio's task JSON: `[{"data": {"text": …}, "annotations": [{"result": [{"id", "from_name",
//! "to_name", "type": "labels", "value": {"start", "end", "text", "labels": […]}}]}]}]`.
//!
//! Label Studio counts offsets in code points (its editor converts from the browser's UTF-16, and
//! its converters slice Python strings), so that is the unit written unless told otherwise; each
//! task's `meta.offset_unit` names it on export. Files from tools that counted UTF-16 units exist:
//! on import, unless a unit is given, the results' `value.text` tells which unit a file uses.
//! Predictions are imported as spans marked `"status": "suggested"`.

use serde_json::{json, Map, Value};

use super::spans_in::{source_id, take_id, take_string, without_source_id, LabelNames, SpanBuilder};
use super::{unit_from_name, unit_name, Imported};
use crate::document::Document;
use crate::format_v1::add_kept;
use crate::format_v1::File;
use crate::import_error::ImportError;
use crate::offsets::OffsetUnit;
use crate::text::Text;

/// Reads tasks; `unit` fixes the offset unit, `None` finds it from the results' texts.
pub fn import(input: &str, unit: Option<OffsetUnit>) -> Result<Imported, ImportError> {
    let de = &mut serde_json::Deserializer::from_str(input);
    let value: Value = serde_path_to_error::deserialize(de).map_err(ImportError::from_serde)?;
    let tasks = match value {
        Value::Array(tasks) => tasks,
        task @ Value::Object(_) => vec![task],
        _ => return Err(ImportError::at("", "expected a list of Label Studio tasks")),
    };
    let mut warnings = Vec::new();
    let reading = match unit {
        Some(unit) => Reading { unit, check_text: true },
        None => detect_unit(&tasks, &mut warnings),
    };
    let mut names = LabelNames::default();
    let mut documents = Vec::new();
    for (i, task) in tasks.into_iter().enumerate() {
        let Value::Object(task) = task else { return Err(ImportError::at(&format!("[{i}]"), "is not a task object")) };
        documents.push(read_task(task, &mut names, reading, i, &mut warnings)?);
    }
    Ok(Imported { corpus: File { labels: names.into_set()?, documents, extra: Map::new() }, warnings })
}

/// How a file's offsets are read: their unit, and whether a result's `value.text` must match.
#[derive(Clone, Copy)]
struct Reading {
    unit: OffsetUnit,
    check_text: bool,
}

/// The unit under which every result's `value.text` is the text at its offsets: code points, or
/// else UTF-16 units (said in a warning). Where neither fits every result, the offsets are read in
/// the unit that fits more of them, unchecked, and a warning counts the others.
fn detect_unit(tasks: &[Value], warnings: &mut Vec<String>) -> Reading {
    let units = [OffsetUnit::Codepoint, OffsetUnit::Utf16];
    let (mut fits, mut checked) = ([0usize; 2], 0usize);
    let mut first_misfit = None;
    for (i, task) in tasks.iter().enumerate() {
        let Some(text) = task.pointer("/data/text").and_then(Value::as_str) else { continue };
        if task.pointer("/meta/offset_unit").is_some() {
            continue;
        }
        let text = Text::new(text);
        let results = ["annotations", "predictions"]
            .into_iter()
            .flat_map(|k| task.get(k).and_then(Value::as_array).into_iter().flatten())
            .flat_map(|a| a.get("result").and_then(Value::as_array).into_iter().flatten());
        for value in results.filter_map(|r| r.get("value")) {
            let (Some(start), Some(end), Some(said)) = (
                value.get("start").and_then(Value::as_u64),
                value.get("end").and_then(Value::as_u64),
                value.get("text").and_then(Value::as_str),
            ) else {
                continue;
            };
            checked += 1;
            let fit = units.map(|u| {
                let cp = |o: u64| text.to_code_point(o as usize, u);
                matches!((cp(start), cp(end)), (Some(a), Some(b)) if a < b && text.slice(a, b) == said)
            });
            for (n, ok) in fits.iter_mut().zip(fit) {
                *n += usize::from(ok);
            }
            if fit == [false, false] && first_misfit.is_none() {
                first_misfit = Some(format!("task {i}: {said:?} at {start}–{end}"));
            }
        }
    }
    if fits[0] == checked {
        return Reading { unit: OffsetUnit::Codepoint, check_text: true };
    }
    if fits[1] == checked {
        warnings.push(format!(
            "offsets read as UTF-16 units: the results' texts fit them, not code points ({checked} checked)"
        ));
        return Reading { unit: OffsetUnit::Utf16, check_text: true };
    }
    let best = if fits[1] > fits[0] { 1 } else { 0 };
    warnings.push(format!(
        "{} of {checked} results' texts are not the text at their offsets, in code points or in UTF-16 units \
         (first: {}); every span was read at its offsets in {} units",
        checked - fits[best],
        first_misfit.unwrap_or_default(),
        unit_name(units[best])
    ));
    Reading { unit: units[best], check_text: false }
}

fn read_task(
    mut task: Map<String, Value>,
    names: &mut LabelNames,
    reading: Reading,
    i: usize,
    warnings: &mut Vec<String>,
) -> Result<Document, ImportError> {
    let at = |what: &str| format!("[{i}].{what}");
    let Some(Value::Object(mut data)) = task.remove("data") else {
        return Err(ImportError::at(&at("data"), "missing, or not an object"));
    };
    let text =
        take_string(&mut data, "text").ok_or_else(|| ImportError::at(&at("data.text"), "missing, or not a string"))?;
    let mut task_meta = match task.remove("meta") {
        Some(Value::Object(m)) => m,
        _ => Map::new(),
    };
    let reading = match take_string(&mut task_meta, "offset_unit") {
        Some(u) => Reading {
            unit: unit_from_name(&u)
                .ok_or_else(|| ImportError::at(&at("meta.offset_unit"), format!("{u:?} is not a unit")))?,
            check_text: true,
        },
        None => reading,
    };
    if !task_meta.is_empty() {
        task.insert("meta".into(), Value::Object(task_meta));
    }
    let text = Text::new(text);
    let mut spans = SpanBuilder::new(&text, reading.unit);
    let annotations = list(task.remove("annotations"), &at("annotations"))?;
    let predictions = list(task.remove("predictions"), &at("predictions"))?;
    if annotations.len() > 1 {
        warnings.push(format!("task {i}: {} annotations; the first was read", annotations.len()));
    }
    let mut skipped = 0;
    for (a, ann) in annotations.iter().take(1).enumerate() {
        skipped += read_results(ann, &mut spans, names, &at(&format!("annotations[{a}]")), false, reading.check_text)?;
    }
    let mut predicted = 0;
    for (p, pred) in predictions.iter().enumerate() {
        let before = spans.spans.len();
        skipped += read_results(pred, &mut spans, names, &at(&format!("predictions[{p}]")), true, reading.check_text)?;
        predicted += spans.spans.len() - before;
    }
    if predicted > 0 {
        warnings.push(format!("task {i}: {predicted} predicted spans read as spans marked \"status\": \"suggested\""));
    }
    if skipped > 0 {
        warnings
            .push(format!("task {i}: {skipped} results that are not text labels (relations, choices…) were skipped"));
    }
    let mut doc = Document::new(take_id(&mut task).unwrap_or_else(|| format!("task-{}", i + 1)), text.shared());
    doc.spans = spans.spans;
    doc.set_meta(data);
    doc.extra = task;
    Ok(doc)
}

fn list(value: Option<Value>, what: &str) -> Result<Vec<Value>, ImportError> {
    match value {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => Ok(items),
        Some(other) => Err(ImportError::at(what, format!("{other} is not a list"))),
    }
}

/// Reads one annotation's or prediction's results; returns how many were not text labels.
fn read_results(
    ann: &Value,
    spans: &mut SpanBuilder,
    names: &mut LabelNames,
    what: &str,
    predicted: bool,
    check_text: bool,
) -> Result<usize, ImportError> {
    let results = ann
        .get("result")
        .and_then(Value::as_array)
        .ok_or_else(|| ImportError::at(&format!("{what}.result"), "missing, or not a list"))?;
    let mut skipped = 0;
    for (r, result) in results.iter().enumerate() {
        let here = format!("{what}.result[{r}]");
        let value = result.get("value");
        let Some(labels) = value.and_then(|v| v.get("labels")).and_then(Value::as_array) else {
            skipped += 1;
            continue;
        };
        let value = value.expect("has labels");
        let offset = |k: &str| {
            let v = value.get(k).ok_or_else(|| ImportError::at(&format!("{here}.value.{k}"), "missing"))?;
            spans.offset(v, &format!("{here}.value.{k}"))
        };
        let range = (offset("start")?, offset("end")?);
        let expected = value.get("text").and_then(Value::as_str).filter(|_| check_text);
        for (l, label) in labels.iter().enumerate() {
            let name = label
                .as_str()
                .ok_or_else(|| ImportError::at(&format!("{here}.value.labels[{l}]"), "is not a string"))?;
            let label = names.id(name);
            if predicted && spans.spans.find_same(range.0, range.1, label).is_some() {
                continue;
            }
            let id = result.get("id").and_then(Value::as_str).filter(|_| labels.len() == 1);
            let id = id.filter(|id| spans.spans.get(&crate::SpanId::new(*id)).is_none()).map(str::to_string);
            let mut extra = Map::new();
            if predicted {
                extra.insert("status".into(), "suggested".into());
            }
            spans.add(id, range, label, expected, extra, &here)?;
        }
    }
    Ok(skipped)
}

pub fn export(corpus: &File, unit: OffsetUnit) -> String {
    let tasks: Vec<Value> = corpus
        .documents
        .iter()
        .map(|doc| {
            let text = doc.text.as_str();
            let at = |cp: usize| doc.text.from_code_point(cp, unit).expect("spans lie inside their text");
            let result: Vec<Value> = doc
                .spans
                .iter()
                .map(|s| {
                    let name = corpus.labels.get(s.label).map_or("", |l| l.name.as_str());
                    json!({"id": s.id.as_str(), "from_name": "label", "to_name": "text", "type": "labels",
                        "value": {"start": at(s.start), "end": at(s.end), "text": doc.text.slice(s.start, s.end), "labels": [name]}})
                })
                .collect();
            let mut data = Map::new();
            data.insert("text".into(), text.into());
            add_kept(&mut data, &doc.meta());
            let mut task = Map::new();
            task.insert("id".into(), source_id(doc));
            task.insert("data".into(), Value::Object(data));
            task.insert("annotations".into(), json!([{ "result": result }]));
            let mut meta = match doc.extra.get("meta") {
                Some(Value::Object(m)) => m.clone(),
                _ => Map::new(),
            };
            meta.insert("offset_unit".into(), unit_name(unit).into());
            task.insert("meta".into(), Value::Object(meta));
            add_kept(&mut task, &without_source_id(&doc.extra));
            Value::Object(task)
        })
        .collect();
    serde_json::to_string_pretty(&tasks).expect("JSON values serialize") + "\n"
}
