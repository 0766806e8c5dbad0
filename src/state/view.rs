//! What the document view draws, derived from the workspace: chunks cut once per text, and the
//! spans of each chunk recomputed per change. A chunk whose spans did not change keeps the same
//! `Rc`, so its memoized component is not drawn again.

use std::rc::Rc;

use spanwright_core::segments::{chunks, spans_and_suggestions_per_chunk, Chunk, MarkedSpan};
use spanwright_core::{DocStatus, LabelId, LabelSet, SpanId, SpanSet, Text, Workspace};

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
            && self.text == o.text
    }
}

/// One row of the document list.
#[derive(Clone, PartialEq, Debug)]
pub struct DocSummary {
    pub id: String,
    pub status: DocStatus,
    pub spans: usize,
}

#[derive(Clone, PartialEq, Debug)]
pub struct PanelItem {
    pub id: SpanId,
    pub label: LabelId,
    pub start: usize,
    pub end: usize,
}

/// Longer span texts are cut to this many characters in the panel.
const ITEM_CHARS: usize = 80;

impl PanelItem {
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
        view.refreshed(ws)
    }

    /// The view with other suggestions shown.
    pub fn with_suggested(&self, ws: &Workspace, suggested: Rc<SpanSet>) -> Self {
        DocView { suggested, ..self.clone() }.refreshed(ws)
    }

    /// The view after a change of spans or labels (the text is unchanged).
    pub fn refreshed(&self, ws: &Workspace) -> Self {
        let fresh = spans_and_suggestions_per_chunk(&self.chunks, &ws.doc().spans, &[&self.suggested]);
        let chunk_spans = fresh
            .into_iter()
            .enumerate()
            .map(|(i, spans)| match self.chunk_spans.get(i) {
                Some(old) if **old == spans => old.clone(),
                _ => Rc::new(spans),
            })
            .collect();
        let labels = if *self.labels == ws.labels { self.labels.clone() } else { Rc::new(ws.labels.clone()) };
        let items = ws
            .doc()
            .spans
            .iter()
            .map(|s| PanelItem { id: s.id.clone(), label: s.label, start: s.start, end: s.end })
            .collect();
        let docs = self.summaries(ws);
        DocView {
            chunks: self.chunks.clone(),
            chunk_starts: self.chunk_starts.clone(),
            text: self.text.clone(),
            chunk_spans: Rc::new(chunk_spans),
            labels,
            items: Rc::new(items),
            docs,
            suggested: self.suggested.clone(),
        }
    }

    /// The document list's rows, the same `Rc` when nothing in them changed. Only the open
    /// document can change without the count changing, except for label deletion and undo
    /// (which open the document they change), so the others are compared, not rebuilt.
    fn summaries(&self, ws: &Workspace) -> Rc<Vec<DocSummary>> {
        let of =
            |d: &spanwright_core::Document| DocSummary { id: d.id.clone(), status: d.status, spans: d.spans.len() };
        let old = &self.docs;
        let same_ids = old.len() == ws.docs().len() && old.iter().zip(ws.docs()).all(|(o, d)| o.id == d.id);
        if !same_ids {
            return Rc::new(ws.docs().iter().map(of).collect());
        }
        let changed: Vec<usize> = old
            .iter()
            .zip(ws.docs())
            .enumerate()
            .filter(|(_, (o, d))| o.status != d.status || o.spans != d.spans.len())
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
