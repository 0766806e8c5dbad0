//! Spans and the ordered set that holds a document's spans.
//!
//! Spans may nest and overlap. The set keeps them in reading order (start ascending, the longer
//! first on a tie) so that segmenting and listing never sort.

use std::cmp::Reverse;
use std::collections::HashSet;
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::labels::LabelId;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct SpanId(pub Rc<str>);

impl SpanId {
    pub fn new(id: impl Into<Rc<str>>) -> Self {
        SpanId(id.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for SpanId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A labelled range of code points, `start..end` (end exclusive, `start < end`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Span {
    pub id: SpanId,
    pub start: usize,
    pub end: usize,
    pub label: LabelId,
    /// Fields of an imported span this version does not know, kept for the next export.
    #[serde(default)]
    pub extra: Map<String, Value>,
}

impl Span {
    pub fn new(id: SpanId, start: usize, end: usize, label: LabelId) -> Self {
        assert!(start < end, "a span needs at least one character: {start}..{end}");
        Span { id, start, end, label, extra: Map::new() }
    }

    pub fn contains(&self, cp: usize) -> bool {
        self.start <= cp && cp < self.end
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    fn order_key(&self) -> (usize, Reverse<usize>, &SpanId) {
        (self.start, Reverse(self.end), &self.id)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(from = "Vec<Span>")]
pub struct SpanSet {
    spans: Vec<Span>,
    /// The ids in use, so that inserting stays O(log n) (a linear check made importing a
    /// book-length document quadratic).
    ids: HashSet<SpanId>,
}

impl From<Vec<Span>> for SpanSet {
    fn from(spans: Vec<Span>) -> Self {
        let mut set = SpanSet::new();
        for s in spans {
            set.insert(s);
        }
        set
    }
}

impl From<SpanSet> for Vec<Span> {
    fn from(set: SpanSet) -> Self {
        set.spans
    }
}

/// Written as the list of spans, by reference: a save writes a book's 13,000 spans after every
/// edit, and going through an owned copy cost a clone of each.
impl Serialize for SpanSet {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(&self.spans)
    }
}

impl SpanSet {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `span` in reading order. Returns false (and changes nothing) if its id is taken.
    pub fn insert(&mut self, span: Span) -> bool {
        if !self.ids.insert(span.id.clone()) {
            return false;
        }
        let at = self.spans.partition_point(|s| s.order_key() < span.order_key());
        self.spans.insert(at, span);
        true
    }

    pub fn remove(&mut self, id: &SpanId) -> Option<Span> {
        if !self.ids.remove(id) {
            return None;
        }
        let i = self.spans.iter().position(|s| &s.id == id).expect("ids and spans agree");
        Some(self.spans.remove(i))
    }

    pub fn get(&self, id: &SpanId) -> Option<&Span> {
        if !self.ids.contains(id) {
            return None;
        }
        self.spans.iter().find(|s| &s.id == id)
    }

    pub(crate) fn get_mut(&mut self, id: &SpanId) -> Option<&mut Span> {
        self.spans.iter_mut().find(|s| &s.id == id)
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Span> {
        self.spans.iter()
    }

    /// The spans no earlier span contains or overlaps, for formats that cannot nest (CoNLL,
    /// spaCy's entities), and how many were left out. The longest of spans that start together
    /// comes first in this set's order, so the outermost is the one kept.
    pub fn outermost(&self) -> (Vec<&Span>, usize) {
        let mut kept: Vec<&Span> = Vec::new();
        for s in &self.spans {
            if kept.last().is_none_or(|k| s.start >= k.end) {
                kept.push(s);
            }
        }
        let dropped = self.spans.len() - kept.len();
        (kept, dropped)
    }

    /// Every span, in reading order.
    pub fn as_slice(&self) -> &[Span] {
        &self.spans
    }

    /// The spans that start in `from..to`, in reading order.
    pub fn starting_in(&self, from: usize, to: usize) -> &[Span] {
        let a = self.spans.partition_point(|s| s.start < from);
        let b = self.spans.partition_point(|s| s.start < to);
        &self.spans[a..b.max(a)]
    }

    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Spans that contain code point `cp`, innermost (shortest) first.
    pub fn covering(&self, cp: usize) -> Vec<&Span> {
        let end = self.spans.partition_point(|s| s.start <= cp);
        let mut found: Vec<&Span> = self.spans[..end].iter().filter(|s| s.contains(cp)).collect();
        found.sort_unstable_by(|a, b| a.len().cmp(&b.len()).then(a.start.cmp(&b.start)).then_with(|| a.id.cmp(&b.id)));
        found
    }

    /// A span with exactly this range and label, if one exists.
    pub fn find_same(&self, start: usize, end: usize, label: LabelId) -> Option<&Span> {
        let from = self.spans.partition_point(|s| s.start < start);
        self.spans[from..].iter().take_while(|s| s.start == start).find(|s| s.end == end && s.label == label)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(id: &str, start: usize, end: usize) -> Span {
        Span::new(SpanId::new(id), start, end, LabelId(0))
    }

    #[test]
    fn keeps_reading_order_with_the_outer_span_first() {
        let mut set = SpanSet::new();
        for s in [span("c", 10, 12), span("inner", 4, 6), span("outer", 0, 8), span("b", 4, 9)] {
            assert!(set.insert(s));
        }
        let ids: Vec<_> = set.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["outer", "b", "inner", "c"]);
        assert!(!set.insert(span("c", 1, 2)), "duplicate id refused");
    }

    #[test]
    fn covering_lists_innermost_first() {
        let mut set = SpanSet::new();
        set.insert(span("outer", 0, 10));
        set.insert(span("inner", 3, 5));
        let ids: Vec<_> = set.covering(4).iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["inner", "outer"]);
        assert!(set.covering(10).is_empty(), "end is exclusive");
    }
}
