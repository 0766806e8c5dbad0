//! Suggestions as spans of a document: code point offsets, the label by name, the value in the
//! span's `attrs` (what export format v1 writes), and `"status": "suggested"` when asked.

use serde_json::{Map, Value};

use super::Suggestion;
use crate::offsets::OffsetUnit;
use crate::{Document, LabelSet, Span, SpanId, Text};

/// The `attrs` of a span, if it has any.
pub fn attrs(span: &Span) -> Option<&Map<String, Value>> {
    span.extra.get("attrs").and_then(Value::as_object)
}

/// Turns suggestions (byte offsets into `doc.text`) into spans of `doc` labelled by name in
/// `labels`; a suggestion whose label the set lacks is left out. Ids continue from `s1`.
pub fn add_suggested_spans(doc: &mut Document, labels: &LabelSet, found: &[Suggestion], mark_suggested: bool) {
    let text: &Text = &doc.text;
    let cp = |b: usize| text.to_code_point(b, OffsetUnit::Utf8).expect("suggestions fall on character boundaries");
    let mut n = doc.spans.len();
    let spans: Vec<Span> = found
        .iter()
        .filter_map(|s| {
            let label = labels.by_name(s.label.name())?;
            n += 1;
            let mut span = Span::new(SpanId::new(format!("s{n}")), cp(s.start), cp(s.end), label.id);
            span.extra.insert("attrs".into(), Value::Object(s.attrs.clone()));
            if mark_suggested {
                span.extra.insert("status".into(), "suggested".into());
            }
            Some(span)
        })
        .collect();
    for span in spans {
        doc.spans.insert(span);
    }
}

/// The document's entity table, derived from its spans' `attrs`: each entity once, in order of
/// first mention, with its canonical name and how many spans mention it.
pub fn entity_table(doc: &Document) -> Vec<Value> {
    let mut order: Vec<(&str, &str, usize)> = Vec::new();
    let mut index: rustc_hash::FxHashMap<&str, usize> = Default::default();
    for span in doc.spans.iter() {
        let Some(a) = attrs(span) else { continue };
        let (Some(id), Some(canonical)) =
            (a.get("entity").and_then(Value::as_str), a.get("canonical").and_then(Value::as_str))
        else {
            continue;
        };
        match index.get(id) {
            Some(&i) => order[i].2 += 1,
            None => {
                index.insert(id, order.len());
                order.push((id, canonical, 1));
            }
        }
    }
    order
        .into_iter()
        .map(|(id, canonical, n)| serde_json::json!({"id": id, "canonical": canonical, "mentions": n}))
        .collect()
}
