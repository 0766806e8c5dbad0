//! Building documents from foreign formats: label names in order of first use, and spans
//! checked against their text as they arrive.

use serde_json::{Map, Value};

use crate::import_error::ImportError;
use crate::labels::{LabelId, LabelSet};
use crate::offsets::OffsetUnit;
use crate::spans::{Span, SpanId, SpanSet};
use crate::text::Text;

/// Label names in the order a file first uses them; `LabelId(i)` is the i-th name.
#[derive(Debug, Default)]
pub struct LabelNames {
    names: Vec<String>,
}

impl LabelNames {
    pub fn id(&mut self, name: &str) -> LabelId {
        let i = self.names.iter().position(|n| n == name).unwrap_or_else(|| {
            self.names.push(name.to_string());
            self.names.len() - 1
        });
        LabelId(i as u32)
    }

    /// The label set, each label with the color and hotkey `LabelSet::look_for` gives it.
    pub fn into_set(self) -> Result<LabelSet, ImportError> {
        let mut set = LabelSet::empty();
        for name in &self.names {
            let (color, hotkey) = set.look_for(name);
            let label = set.new_label(name, &color, hotkey).map_err(|e| ImportError::at("label", e))?;
            set.put_new(label);
        }
        Ok(set)
    }
}

/// Adds spans to one document, converting offsets from the file's unit and checking each.
pub struct SpanBuilder<'a> {
    text: &'a Text,
    unit: OffsetUnit,
    pub spans: SpanSet,
    next_id: usize,
}

impl<'a> SpanBuilder<'a> {
    pub fn new(text: &'a Text, unit: OffsetUnit) -> Self {
        SpanBuilder { text, unit, spans: SpanSet::new(), next_id: 1 }
    }

    pub fn text(&self) -> &Text {
        self.text
    }

    /// Converts an offset read from a file; `what` names it in errors (e.g. `line 3: label[0][1]`).
    pub fn offset(&self, value: &Value, what: &str) -> Result<usize, ImportError> {
        let raw = value.as_u64().ok_or_else(|| ImportError::at(what, format!("{value} is not an offset")))?;
        self.text.to_code_point(raw as usize, self.unit).ok_or_else(|| {
            ImportError::at(
                what,
                format!(
                    "{raw} is past the end of the text ({} characters) or not on a character boundary ({} units)",
                    self.text.len(),
                    super::unit_name(self.unit)
                ),
            )
        })
    }

    /// Adds a span between code points `start..end`. `expected` is the text the file says the
    /// span covers, checked when given.
    pub fn add(
        &mut self,
        id: Option<String>,
        (start, end): (usize, usize),
        label: LabelId,
        expected: Option<&str>,
        extra: Map<String, Value>,
        what: &str,
    ) -> Result<SpanId, ImportError> {
        if start >= end {
            return Err(ImportError::at(what, format!("start {start} is not before end {end}")));
        }
        let covered = self.text.slice(start, end);
        if let Some(t) = expected {
            if t != covered {
                return Err(ImportError::at(
                    what,
                    format!("its text {t:?} does not match the text at its offsets, {covered:?}"),
                ));
            }
        }
        let id = match id {
            Some(id) => id,
            None => loop {
                let candidate = format!("s{}", self.next_id);
                self.next_id += 1;
                if self.spans.get(&SpanId::new(candidate.as_str())).is_none() {
                    break candidate;
                }
            },
        };
        let mut span = Span::new(SpanId::new(id.as_str()), start, end, label);
        span.extra = extra;
        let sid = span.id.clone();
        if !self.spans.insert(span) {
            return Err(ImportError::at(what, format!("span id {id:?} is used twice")));
        }
        Ok(sid)
    }
}

impl SpanBuilder<'_> {
    /// Adds a span written `[start, end, "label"]` (doccano's and spaCy's form); `what` is its path.
    pub fn add_triple(&mut self, triple: &Value, names: &mut LabelNames, what: &str) -> Result<(), ImportError> {
        let (s, e, l) = match triple.as_array().map(Vec::as_slice) {
            Some([s, e, Value::String(l)]) => (s, e, l),
            _ => return Err(ImportError::at(what, format!("{triple} is not a [start, end, \"label\"] triple"))),
        };
        let range = (self.offset(s, &format!("{what}[0]"))?, self.offset(e, &format!("{what}[1]"))?);
        let label = names.id(l);
        self.add(None, range, label, None, Map::new(), what).map(drop)
    }
}

/// Removes `key` from a JSON object as a string, if it is one.
pub fn take_string(map: &mut Map<String, Value>, key: &str) -> Option<String> {
    match map.remove(key) {
        Some(Value::String(s)) => Some(s),
        Some(other) => {
            map.insert(key.to_string(), other);
            None
        }
        None => None,
    }
}

/// Where a document keeps an id that was not a string (doccano and Label Studio number them),
/// so that exports write it back as it was.
pub const SOURCE_ID: &str = "source_id";

/// Takes a document id from `obj`. A numeric id is kept under `source_id` as well.
pub fn take_id(obj: &mut Map<String, Value>) -> Option<String> {
    match obj.remove("id") {
        Some(Value::String(s)) => Some(s),
        Some(Value::Number(n)) => {
            let id = n.to_string();
            obj.insert(SOURCE_ID.into(), Value::Number(n));
            Some(id)
        }
        Some(other) => {
            obj.insert("id".into(), other);
            None
        }
        None => None,
    }
}

/// The id to write for `doc`: its `source_id` when it had one, else its id.
pub fn source_id(doc: &crate::document::Document) -> Value {
    doc.extra.get(SOURCE_ID).cloned().unwrap_or_else(|| doc.id.clone().into())
}

pub fn without_source_id(extra: &Map<String, Value>) -> Map<String, Value> {
    let mut kept = extra.clone();
    kept.remove(SOURCE_ID);
    kept
}
