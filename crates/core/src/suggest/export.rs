//! Suggestions as spans of a document: code point offsets, the label by name, the value in the
//! span's `attrs` (what export format v1 writes), and `"status": "suggested"` when asked.

use serde_json::{Map, Value};

use super::Suggestions;
use crate::offsets::OffsetUnit;
use crate::{Document, LabelId, LabelSet, Span, SpanId, Text};

/// The `attrs` of a span, if it has any.
pub fn attrs(span: &Span) -> Option<&Map<String, Value>> {
    span.extra.get("attrs").and_then(Value::as_object)
}

/// A span for a suggestion: its value in `attrs` (none when empty) and, when `mark_suggested`,
/// `"status": "suggested"` (a suggestion exported though not accepted).
pub fn suggested_span(
    id: String,
    start: usize,
    end: usize,
    label: LabelId,
    attrs: &Map<String, Value>,
    mark_suggested: bool,
) -> Span {
    let mut span = Span::new(SpanId::new(id), start, end, label);
    if !attrs.is_empty() {
        span.extra.insert("attrs".into(), Value::Object(attrs.clone()));
    }
    if mark_suggested {
        span.extra.insert("status".into(), "suggested".into());
    }
    span
}

/// Turns suggestions (byte offsets into `doc.text`) into spans of `doc` labelled by name in
/// `labels`, as the command line writes them; a suggestion whose label the set lacks is left out.
/// Ids continue from `s1`.
pub fn add_suggested_spans(doc: &mut Document, labels: &LabelSet, found: &Suggestions) {
    let text: &Text = &doc.text;
    let cp = |b: usize| text.to_code_point(b, OffsetUnit::Utf8).expect("suggestions fall on character boundaries");
    let mut n = doc.spans.len();
    let spans: Vec<Span> = found
        .spans
        .iter()
        .filter_map(|s| {
            let label = labels.by_name(s.label.name())?;
            n += 1;
            Some(suggested_span(format!("s{n}"), cp(s.start), cp(s.end), label.id, &found.attrs(s), false))
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

#[cfg(test)]
mod tests {
    use serde_json::{json, Map, Value};

    use crate::format_v1;
    use crate::{Document, LabelSet, Workspace};

    fn attrs(v: Value) -> Map<String, Value> {
        v.as_object().cloned().unwrap()
    }

    #[test]
    fn accepted_values_are_one_undo_step_and_exported_with_the_entity_table() {
        let mut ws = Workspace::new(Document::new("d", "IS struck. Islamic State said so."), LabelSet::default());
        let actor = ws.labels.by_name("Actor").unwrap().id;
        let entity = json!({"entity": "islamic-state", "canonical": "Islamic State"});
        let added = ws
            .add_spans_with_attrs(vec![(0, 2, actor, attrs(entity.clone())), (11, 24, actor, attrs(entity.clone()))])
            .unwrap();
        assert_eq!(added, 2);
        assert!(ws.add_spans_with_attrs(vec![(0, 2, actor, Map::new())]).is_err(), "an exact duplicate is refused");
        let out: Value = serde_json::from_str(&format_v1::export(&ws)).unwrap();
        let doc = &out["documents"][0];
        assert_eq!(doc["spans"][0]["attrs"], entity);
        assert_eq!(doc["entities"], json!([{"id": "islamic-state", "canonical": "Islamic State", "mentions": 2}]));
        assert!(ws.undo());
        assert!(ws.doc().spans.is_empty(), "one undo takes back every accepted suggestion");
    }

    #[test]
    fn a_changed_value_is_undone_and_survives_an_import() {
        let mut ws = Workspace::new(Document::new("d", "On Friday."), LabelSet::default());
        let date = ws.labels.by_name("Date").unwrap().id;
        ws.add_spans_with_attrs(vec![(3, 9, date, attrs(json!({"value": "2024-03-22"})))]).unwrap();
        let id = ws.doc().spans.iter().next().unwrap().id.clone();
        ws.set_span_attrs(&id, attrs(json!({"value": "2024-03-21"}))).unwrap();
        let file = format_v1::import(&format_v1::export(&ws)).unwrap();
        let span = file.documents[0].spans.iter().next().unwrap();
        assert_eq!(super::attrs(span).unwrap()["value"], "2024-03-21");
        assert!(!file.documents[0].extra.contains_key("entities"), "the table is derived, not kept");
        assert!(ws.undo());
        assert_eq!(super::attrs(ws.doc().spans.get(&id).unwrap()).unwrap()["value"], "2024-03-22");
    }
}
