//! What the document view draws, derived from the workspace: chunks cut once per text, and the
//! spans of each chunk recomputed per change. A chunk whose spans did not change keeps the same
//! `Rc`, so its memoized component is not drawn again.

use std::rc::Rc;

use spanwright_core::segments::{chunks, dirty_chunks, spans_in_chunks, Chunk, MarkedSpan};
use spanwright_core::team::Curation;
use spanwright_core::{DocStatus, LabelId, LabelSet, Span, SpanId, SpanSet, Text, Workspace};

#[derive(Clone, Default)]
pub struct DocView {
    pub chunks: Rc<Vec<Chunk>>,
    /// Where each chunk starts, in order.
    pub chunk_starts: Rc<Vec<usize>>,
    pub chunk_spans: Rc<Vec<Rc<Vec<MarkedSpan>>>>,
    pub labels: Rc<LabelSet>,
    /// Every span in reading order, for the annotations panel.
    pub items: Rc<Vec<PanelItem>>,
    /// The open document's text.
    pub text: Text,
    /// Every document in the workspace, for the document list.
    pub docs: Rc<Vec<DocSummary>>,
    /// The suggestions shown among the spans (ids `?n`).
    pub suggested: Rc<SpanSet>,
    /// In curation, every annotator's version (name, spans), for `data-versions`; else empty.
    pub versions: Rc<Vec<(Rc<str>, SpanSet)>>,
}

/// Equal when every part is the same allocation: a view is rebuilt only through `of` and
/// `refreshed`, which keep the `Rc` of whatever did not change, so comparing pointers is exact
/// enough and costs nothing (comparing 13,000 panel items on every render did not).
impl PartialEq for DocView {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.chunks, &o.chunks)
            && Rc::ptr_eq(&self.chunk_starts, &o.chunk_starts)
            && Rc::ptr_eq(&self.chunk_spans, &o.chunk_spans)
            && Rc::ptr_eq(&self.labels, &o.labels)
            && Rc::ptr_eq(&self.items, &o.items)
            && Rc::ptr_eq(&self.docs, &o.docs)
            && Rc::ptr_eq(&self.suggested, &o.suggested)
            && Rc::ptr_eq(&self.versions, &o.versions)
            && self.text == o.text
    }
}

/// One row of the document list.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct DocSummary {
    pub id: String,
    pub status: DocStatus,
    pub spans: usize,
    /// Where curation is, for documents with two versions or more.
    pub curation: Option<Curation>,
    /// Who it is assigned to (a synced project).
    pub who: String,
    /// Its versions' stamp: versions that arrive (sync) change another document than the open one.
    pub stamp: u64,
}

fn badge(d: &spanwright_core::Document) -> Option<Curation> {
    if d.team.versions.is_empty() {
        return None;
    }
    let c = if d.team.gold {
        match super::conflicts::left(d, &super::conflicts::of(d, "")) {
            0 => Curation::Curated,
            n => Curation::Left(n),
        }
    } else {
        spanwright_core::team::curation(d, "")
    };
    (c != Curation::Single).then_some(c)
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct PanelItem {
    pub id: SpanId,
    pub label: LabelId,
    pub start: usize,
    pub end: usize,
}

/// Longer span texts are cut to this many characters in the panel.
const ITEM_CHARS: usize = 80;

/// Where the spans differ from the panel's list: the first `head` and the last `tail` entries are
/// the same, and what lies between covers the text `start..end` (old and new spans together).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Changed {
    head: usize,
    tail: usize,
    start: usize,
    end: usize,
}

impl Changed {
    /// The spans did not change.
    const NONE: Changed = Changed { head: 0, tail: 0, start: 0, end: 0 };
    /// Anything may have changed: every span and chunk is looked at.
    const ALL: Changed = Changed { head: 0, tail: 0, start: 0, end: usize::MAX };

    /// `NONE` when `new` holds the spans `old` lists.
    fn between(old: &[PanelItem], new: &[Span]) -> Changed {
        let same =
            |(o, n): &(&PanelItem, &Span)| o.start == n.start && o.end == n.end && o.label == n.label && o.id == n.id;
        let head = old.iter().zip(new).take_while(same).count();
        if head == old.len() && head == new.len() {
            return Changed::NONE;
        }
        let tail = old[head..].iter().rev().zip(new[head..].iter().rev()).take_while(same).count();
        let old = old[head..old.len() - tail].iter().map(|o| (o.start, o.end));
        let new = new[head..new.len() - tail].iter().map(|n| (n.start, n.end));
        let (start, end) = old.chain(new).fold((usize::MAX, 0), |(a, b), (s, e)| (a.min(s), b.max(e)));
        Changed { head, tail, start, end }
    }
}

impl PanelItem {
    fn of(s: &Span) -> Self {
        PanelItem { id: s.id.clone(), label: s.label, start: s.start, end: s.end }
    }

    /// The span's text as the list shows it: on one line, cut after `ITEM_CHARS` characters.
    /// Computed when a row is drawn, not for every span on every change.
    pub fn label_text(&self, text: &Text) -> String {
        let cut = self.end.min(self.start + ITEM_CHARS);
        let mut t = text.slice(self.start, cut).replace(['\n', '\r', '\t'], " ");
        if cut < self.end {
            t.push('…');
        }
        t
    }
}

impl DocView {
    /// A view of a new text.
    pub fn of(ws: &Workspace) -> Self {
        let cs = chunks(&ws.doc().text);
        let chunk_starts = Rc::new(cs.iter().map(|c| c.start).collect());
        let view = DocView { chunks: Rc::new(cs), chunk_starts, text: ws.doc().text.clone(), ..Default::default() };
        view.rebuilt(ws, Changed::ALL)
    }

    /// The view with other suggestions shown.
    pub fn with_suggested(&self, ws: &Workspace, suggested: Rc<SpanSet>) -> Self {
        DocView { suggested, ..self.clone() }.rebuilt(ws, Changed::ALL)
    }

    /// The view with other suggestions shown that differ from the old ones only within
    /// `start..end` (curation's conflicts, one settled), after a change of spans or none.
    pub fn refreshed_around(&self, ws: &Workspace, suggested: Rc<SpanSet>, start: usize, end: usize) -> Self {
        let mut c = Changed::between(&self.items, ws.doc().spans.as_slice());
        if c == Changed::NONE {
            c = Changed { head: self.items.len(), tail: 0, start, end };
        } else {
            c.start = c.start.min(start);
            c.end = c.end.max(end);
        }
        DocView { suggested, ..self.clone() }.rebuilt(ws, c)
    }

    /// The view after a change of spans or labels (the text is unchanged). Only the spans that
    /// differ from the panel's list, which mirrors the spans drawn, are looked at again.
    pub fn refreshed(&self, ws: &Workspace) -> Self {
        self.rebuilt(ws, Changed::between(&self.items, ws.doc().spans.as_slice()))
    }

    /// The view with the spans around what changed drawn again. `self.chunk_spans` must be what
    /// `self.items` and `self.suggested` draw, unless `c` is `Changed::ALL`.
    fn rebuilt(&self, ws: &Workspace, c: Changed) -> Self {
        let spans = &ws.doc().spans;
        let (n, old) = (self.chunks.len(), &self.chunk_spans);
        let dirty = if c == Changed::ALL || old.len() != n {
            0..n
        } else if c.start >= c.end {
            0..0
        } else {
            dirty_chunks(&self.chunks, old, c.start, c.end)
        };
        let mut chunk_spans = (**old).clone();
        chunk_spans.resize_with(n, Default::default);
        let fresh = spans_in_chunks(&self.chunks, dirty.clone(), spans, &[&self.suggested]);
        for (slot, list) in chunk_spans[dirty].iter_mut().zip(fresh) {
            if **slot != list {
                *slot = Rc::new(list);
            }
        }
        let (old, new) = (&self.items, spans.as_slice());
        let items = if c == Changed::NONE {
            old.clone()
        } else {
            let (head, tail) = (c.head, c.tail);
            let mut items = Vec::with_capacity(new.len());
            items.extend_from_slice(&old[..head]);
            items.extend(new[head..new.len() - tail].iter().map(PanelItem::of));
            items.extend_from_slice(&old[old.len() - tail..]);
            Rc::new(items)
        };
        let labels = if *self.labels == ws.labels { self.labels.clone() } else { Rc::new(ws.labels.clone()) };
        DocView {
            chunks: self.chunks.clone(),
            chunk_starts: self.chunk_starts.clone(),
            text: self.text.clone(),
            chunk_spans: Rc::new(chunk_spans),
            labels,
            items,
            docs: self.summaries(ws),
            suggested: self.suggested.clone(),
            versions: self.versions.clone(),
        }
    }

    /// The document list's rows, the same `Rc` when nothing in them changed. Only the open
    /// document can change without the count changing, except for label deletion and undo
    /// (which open the document they change) and versions set by sync or an import (which give
    /// the team a new stamp), so the others are compared, not rebuilt.
    fn summaries(&self, ws: &Workspace) -> Rc<Vec<DocSummary>> {
        let of = |d: &spanwright_core::Document| DocSummary {
            id: d.id.clone(),
            status: d.status,
            spans: d.spans.len(),
            curation: badge(d),
            who: d.team.assigned.join(", "),
            stamp: d.team.stamp,
        };
        let old = &self.docs;
        let same_ids = old.len() == ws.docs().len() && old.iter().zip(ws.docs()).all(|(o, d)| o.id == d.id);
        if !same_ids {
            return Rc::new(ws.docs().iter().map(of).collect());
        }
        let changed: Vec<usize> = old
            .iter()
            .zip(ws.docs())
            .enumerate()
            .filter(|(i, (o, d))| {
                o.status != d.status
                    || o.spans != d.spans.len()
                    || o.stamp != d.team.stamp
                    || (*i == ws.current() && o.curation != badge(d))
            })
            .map(|(i, _)| i)
            .collect();
        if changed.is_empty() {
            return old.clone();
        }
        let mut fresh = (**old).clone();
        for i in changed {
            fresh[i] = of(&ws.docs()[i]);
        }
        Rc::new(fresh)
    }
}
