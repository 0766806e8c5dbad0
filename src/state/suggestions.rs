//! The open document's suggestions: what the worker's engine proposed (and what labelling a word
//! proposes for its other occurrences), minus what the annotator rejected, switched off or
//! already labelled. Shown as spans whose ids start with `?` (the index of the suggestion).

use std::rc::Rc;

use serde_json::{Map, Value};
use spanwright_core::{LabelId, Span, SpanId, SpanSet, Workspace};

// Eq lets `Rc<Vec<Suggested>>` compare by pointer first: comparing 15,000 suggestions' JSON on
// every render cost 2 ms an edit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggested {
    pub start: usize,
    pub end: usize,
    pub label: LabelId,
    /// The value the span gets when accepted (a date's, a place's, an actor's entity), as JSON:
    /// read only when needed, since a book has thousands of suggestions.
    pub attrs: Rc<str>,
    /// Other places of that name, as JSON (`[]` for other labels).
    pub candidates: Rc<str>,
    /// A place inside an organization's name, nested in its Actor.
    pub nested: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Suggestions {
    /// The document they were made for.
    pub doc: Rc<str>,
    pub items: Rc<Vec<Suggested>>,
    /// Rejected in this document, by range and label (so that they stay rejected when the
    /// suggestions are made again, as when the place names arrive).
    pub rejected: Rc<Vec<(usize, usize, LabelId)>>,
    /// Labels whose suggestions are switched off.
    pub off: Rc<Vec<LabelId>>,
    /// Places inside actors' names are switched off.
    pub nested_off: bool,
    /// False until the gazetteer has arrived: no place is suggested before.
    pub places: bool,
    /// The engine's entities (id, canonical name), for merging an actor into one.
    pub entities: Rc<Vec<(String, String)>>,
    /// The span just labelled whose repeats `=` labels: (start, end, label).
    pub repeat: Option<(usize, usize, LabelId)>,
}

impl Suggested {
    pub fn attrs(&self) -> Map<String, Value> {
        serde_json::from_str(&self.attrs).unwrap_or_default()
    }
}

/// The id a shown suggestion gets: `?` and its index.
fn shown_id(i: usize) -> SpanId {
    SpanId::new(format!("?{i}"))
}

impl Suggestions {
    /// Whether suggestion `i` is shown: not rejected, its label on, not labelled already.
    pub fn is_shown(&self, i: usize, ws: &Workspace) -> bool {
        let Some(s) = self.items.get(i) else { return false };
        !self.off.contains(&s.label)
            && !(s.nested && self.nested_off)
            && !self.rejected.contains(&(s.start, s.end, s.label))
            && ws.labels.get(s.label).is_some()
            && ws.doc().spans.find_same(s.start, s.end, s.label).is_none()
    }

    /// The shown suggestions as spans, for drawing.
    pub fn shown(&self, ws: &Workspace) -> SpanSet {
        let mut set = SpanSet::new();
        for (i, s) in self.items.iter().enumerate() {
            if self.is_shown(i, ws) {
                set.insert(Span::new(shown_id(i), s.start, s.end, s.label));
            }
        }
        set
    }

    /// The shown suggestion at exactly `start..end`, if any.
    pub fn at(&self, range: (usize, usize), ws: &Workspace) -> Option<usize> {
        (0..self.items.len()).find(|&i| (self.items[i].start, self.items[i].end) == range && self.is_shown(i, ws))
    }

    /// The next shown suggestion after `from` (or before it, going back), wrapping around.
    pub fn step(&self, from: Option<(usize, usize)>, forward: bool, ws: &Workspace) -> Option<usize> {
        let shown: Vec<usize> = (0..self.items.len()).filter(|&i| self.is_shown(i, ws)).collect();
        let key = |i: usize| (self.items[i].start, self.items[i].end);
        let next = match (from, forward) {
            (None, true) => shown.first(),
            (None, false) => shown.last(),
            (Some(c), true) => shown.iter().find(|&&i| key(i) > c).or(shown.first()),
            (Some(c), false) => shown.iter().rev().find(|&&i| key(i) < c).or(shown.last()),
        };
        next.copied()
    }

    /// The other occurrences of `start..end`'s words in the open document (whole words only, and
    /// not where `label` already is), as ranges.
    pub fn repeats(ws: &Workspace, start: usize, end: usize, label: LabelId) -> Vec<(usize, usize)> {
        let text = &ws.doc().text;
        let needle = text.slice(start, end);
        let hay = text.as_str();
        let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let mut out = Vec::new();
        for (b, _) in hay.match_indices(needle) {
            let after = b + needle.len();
            if is_word(hay[..b].chars().next_back()) || is_word(hay[after..].chars().next()) {
                continue;
            }
            let cp = |b: usize| text.to_code_point(b, spanwright_core::offsets::OffsetUnit::Utf8).unwrap_or(0);
            let (s, e) = (cp(b), cp(after));
            if (s, e) != (start, end) && ws.doc().spans.find_same(s, e, label).is_none() {
                out.push((s, e));
            }
        }
        out
    }
}

/// The open document with its shown suggestions among its spans, marked as suggested (an export
/// that asks for them).
pub fn with_suggested(ws: &spanwright_core::Workspace, s: &Suggestions) -> spanwright_core::Document {
    let mut doc = ws.doc().clone();
    for (i, x) in s.items.iter().enumerate().filter(|(i, _)| s.is_shown(*i, ws)) {
        let span = spanwright_core::suggest::export::suggested_span(
            format!("suggested-{i}"),
            x.start,
            x.end,
            x.label,
            &x.attrs(),
            true,
        );
        doc.spans.insert(span);
    }
    doc
}
