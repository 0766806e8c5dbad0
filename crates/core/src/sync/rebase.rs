//! Records from the server are applied to a copy of a document read a moment before; the
//! person may have drawn, relabelled or deleted a span in between. Only what the records changed
//! in that copy is applied to the document as it is now, so nothing done meanwhile is undone.

use crate::edit::Edit;
use crate::SpanSet;

/// The span edits that bring `current` what changed from `base` (the copy the records were
/// applied to) to `new` (that copy after them). A span the person changed since `base` stays as
/// they left it: their change is the later one, and it goes to the server next.
pub fn span_edits(doc: usize, base: &SpanSet, new: &SpanSet, current: &SpanSet) -> Vec<Edit> {
    let mut edits = Vec::new();
    // Untouched here since the copy was read: the records may change it.
    let untouched = |id| current.get(id) == base.get(id);
    for gone in base.iter().filter(|s| new.get(&s.id).is_none()) {
        if current.get(&gone.id).is_some() && untouched(&gone.id) {
            edits.push(Edit::RemoveSpan { doc, span: gone.id.clone() });
        }
    }
    for span in new.iter().filter(|s| base.get(&s.id) != Some(s)) {
        if !untouched(&span.id) {
            continue;
        }
        if current.get(&span.id).is_some() {
            edits.push(Edit::RemoveSpan { doc, span: span.id.clone() });
        }
        edits.push(Edit::AddSpan { doc, span: span.clone() });
    }
    edits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{LabelId, Span, SpanId};

    fn set(spans: &[(&str, usize, usize, u32)]) -> SpanSet {
        let mut s = SpanSet::new();
        for &(id, a, b, l) in spans {
            s.insert(Span::new(SpanId::new(id), a, b, LabelId(l)));
        }
        s
    }

    /// The spans of `current` after the edits.
    fn after(base: &SpanSet, new: &SpanSet, current: &SpanSet) -> Vec<(String, usize, usize, u32)> {
        let mut out = current.clone();
        for e in span_edits(0, base, new, current) {
            match e {
                Edit::AddSpan { span, .. } => assert!(out.insert(span)),
                Edit::RemoveSpan { span, .. } => assert!(out.remove(&span).is_some()),
                other => panic!("unexpected edit {other:?}"),
            }
        }
        out.iter().map(|s| (s.id.as_str().to_string(), s.start, s.end, s.label.0)).collect()
    }

    fn row(id: &str, a: usize, b: usize, l: u32) -> (String, usize, usize, u32) {
        (id.to_string(), a, b, l)
    }

    #[test]
    fn what_the_records_changed_is_applied() {
        let base = set(&[("a", 0, 4, 1), ("b", 5, 9, 1), ("c", 10, 12, 1)]);
        // The server adds d, relabels b, deletes c.
        let new = set(&[("a", 0, 4, 1), ("b", 5, 9, 2), ("d", 13, 15, 3)]);
        assert_eq!(after(&base, &new, &base), [row("a", 0, 4, 1), row("b", 5, 9, 2), row("d", 13, 15, 3)]);
    }

    #[test]
    fn a_span_drawn_meanwhile_stays() {
        let base = set(&[("a", 0, 4, 1)]);
        let new = set(&[("a", 0, 4, 1), ("d", 13, 15, 3)]);
        let current = set(&[("a", 0, 4, 1), ("x", 5, 9, 2)]);
        assert_eq!(after(&base, &new, &current), [row("a", 0, 4, 1), row("x", 5, 9, 2), row("d", 13, 15, 3)]);
    }

    #[test]
    fn a_span_deleted_meanwhile_stays_deleted() {
        let base = set(&[("a", 0, 4, 1), ("b", 5, 9, 1)]);
        // The records relabel b; the person deleted it after the copy was read.
        let new = set(&[("a", 0, 4, 1), ("b", 5, 9, 2)]);
        let current = set(&[("a", 0, 4, 1)]);
        assert_eq!(after(&base, &new, &current), [row("a", 0, 4, 1)]);
    }

    #[test]
    fn a_span_relabelled_meanwhile_keeps_the_new_label() {
        let base = set(&[("a", 0, 4, 1), ("b", 5, 9, 1)]);
        // The records delete a and relabel b; the person relabelled both meanwhile.
        let new = set(&[("b", 5, 9, 2)]);
        let current = set(&[("a", 0, 4, 3), ("b", 5, 9, 3)]);
        assert_eq!(after(&base, &new, &current), [row("a", 0, 4, 3), row("b", 5, 9, 3)]);
    }

    #[test]
    fn the_copy_as_base_replaces_every_difference() {
        // No edit meanwhile: the document becomes what the records say.
        let current = set(&[("a", 0, 4, 1), ("b", 5, 9, 1)]);
        let new = set(&[("b", 5, 9, 2), ("c", 10, 12, 1)]);
        assert_eq!(after(&current, &new, &current), [row("b", 5, 9, 2), row("c", 10, 12, 1)]);
    }
}
