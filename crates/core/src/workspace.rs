//! The workspace: documents, their label set and the undo history, changed only through edits.
//!
//! One document is open at a time; span and date methods act on it. The history is one list for
//! the whole workspace, so undo walks back through every change in order, whichever document it
//! touched (`undo` says which, so the app can show it).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::document::{DocStatus, Document};
use crate::edit::{Edit, Touched};
use crate::labels::{Label, LabelId, LabelSet};
use crate::spans::{Span, SpanId};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct History {
    /// Inverses of the applied edits, the latest last.
    undo: Vec<Edit>,
    /// Inverses of the undone edits, the latest undone last.
    redo: Vec<Edit>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    docs: Vec<Document>,
    current: usize,
    pub labels: LabelSet,
    /// Top-level fields of an imported file this version does not know, kept for export.
    #[serde(default)]
    pub file_extra: serde_json::Map<String, serde_json::Value>,
    history: History,
    next_span: u64,
    /// What changed since the last `take_changes`: what the next save writes.
    #[serde(skip)]
    changes: Changes,
}

/// What a save must write: documents by id, and whether the project record (labels, the order
/// of documents) changed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Changes {
    pub docs: std::collections::BTreeSet<String>,
    pub project: bool,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty() && !self.project
    }

    /// Adds `other` (a save that failed, to be written by the next one).
    pub fn merge(&mut self, other: Changes) {
        self.docs.extend(other.docs);
        self.project |= other.project;
    }
}

impl Workspace {
    pub fn new(doc: Document, labels: LabelSet) -> Self {
        Self::with_documents(vec![doc], labels)
    }

    /// A workspace over `docs`, which must not be empty.
    /// Document ids are made unique (a repeated id gets `-2` appended), since saving and the
    /// document list find documents by id.
    pub fn with_documents(mut docs: Vec<Document>, labels: LabelSet) -> Self {
        assert!(!docs.is_empty(), "a workspace holds at least one document");
        let mut taken = std::collections::HashSet::new();
        for d in &mut docs {
            while !taken.insert(d.id.clone()) {
                d.id.push_str("-2");
            }
        }
        let mut ws = Workspace {
            changes: Changes::default(),
            docs,
            current: 0,
            labels,
            file_extra: Default::default(),
            history: History::default(),
            next_span: 1,
        };
        ws.bump_span_ids();
        ws
    }

    /// A workspace over a file's documents; `None` when it has none.
    pub fn from_file(file: crate::format_v1::File) -> Option<Self> {
        if file.documents.is_empty() {
            return None;
        }
        let mut ws = Self::with_documents(file.documents, file.labels);
        ws.file_extra = file.extra;
        Some(ws)
    }

    /// The whole workspace as a file's content: labels, every document, kept fields.
    pub fn to_file(&self) -> crate::format_v1::File {
        crate::format_v1::File {
            labels: self.labels.clone(),
            documents: self.docs.clone(),
            extra: self.file_extra.clone(),
        }
    }

    fn bump_span_ids(&mut self) {
        let highest = self
            .docs
            .iter()
            .flat_map(|d| d.spans.iter())
            .filter_map(|s| s.id.as_str().strip_prefix('s')?.parse::<u64>().ok())
            .max();
        self.next_span = self.next_span.max(highest.map_or(1, |n| n + 1));
    }

    /// The open document.
    pub fn doc(&self) -> &Document {
        &self.docs[self.current]
    }

    pub fn docs(&self) -> &[Document] {
        &self.docs
    }

    pub fn current(&self) -> usize {
        self.current
    }

    /// Opens document `i` (clamped to the last one).
    pub fn open(&mut self, i: usize) {
        self.current = i.min(self.docs.len() - 1);
    }

    /// Index of the document with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.docs.iter().position(|d| d.id == id)
    }

    /// Everything changed since the last call; the app saves it.
    pub fn take_changes(&mut self) -> Changes {
        std::mem::take(&mut self.changes)
    }

    /// Marks every document and the project as changed: a new project is saved whole.
    pub fn mark_all_changed(&mut self) {
        self.changes.docs.extend(self.docs.iter().map(|d| d.id.clone()));
        self.changes.project = true;
    }

    /// Applies an edit and records what it changed.
    fn apply_tracked(&mut self, edit: Edit) -> Result<Edit, String> {
        let mut touched = Touched::default();
        edit.touches(&mut touched);
        let inverse = edit.apply(&mut self.docs, &mut self.labels)?;
        let docs = &self.docs;
        self.changes.docs.extend(touched.docs.iter().filter_map(|&i| docs.get(i)).map(|d| d.id.clone()));
        self.changes.project |= touched.project;
        Ok(inverse)
    }

    /// Applies `edit` as one undoable step. On error nothing changes. A new document the edit
    /// works on becomes "in progress" in the same step, so undo makes it new again.
    pub fn apply(&mut self, edit: Edit) -> Result<(), String> {
        let mut touched = Touched::default();
        edit.touches(&mut touched);
        touched.worked.dedup();
        let promote: Vec<Edit> = touched
            .worked
            .iter()
            .filter(|&&i| self.docs.get(i).is_some_and(|d| d.status == DocStatus::New))
            .map(|&doc| Edit::SetStatus { doc, status: DocStatus::InProgress })
            .collect();
        let edit = if promote.is_empty() { edit } else { Edit::Batch(std::iter::once(edit).chain(promote).collect()) };
        let inverse = self.apply_tracked(edit)?;
        self.history.undo.push(inverse);
        self.history.redo.clear();
        Ok(())
    }

    pub fn can_undo(&self) -> bool {
        !self.history.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.history.redo.is_empty()
    }

    /// Undoes the latest change and opens the document it touched. False when there is none.
    pub fn undo(&mut self) -> bool {
        self.step(true)
    }

    pub fn redo(&mut self) -> bool {
        self.step(false)
    }

    fn step(&mut self, undo: bool) -> bool {
        let edit = if undo { self.history.undo.pop() } else { self.history.redo.pop() };
        let Some(edit) = edit else { return false };
        let touched = edit.document();
        let inverse = self.apply_tracked(edit).expect("history edits always apply");
        if undo {
            self.history.redo.push(inverse);
        } else {
            self.history.undo.push(inverse);
        }
        if let Some(i) = touched {
            self.open(i);
        }
        self.open(self.current);
        true
    }

    /// Names `owner` as the maker of the open document's spans, when nobody is named, it is not
    /// gold and there are spans to name (a curator receiving others' versions has made none).
    /// Not an undoable step: it records who works, not what they did.
    pub fn claim(&mut self, owner: &str) {
        let d = &mut self.docs[self.current];
        if d.team.annotator.is_none() && !d.team.gold && !owner.is_empty() && !d.spans.is_empty() {
            d.team.annotator = Some(owner.to_string());
            self.changes.docs.insert(d.id.clone());
        }
    }

    /// A span id no span of the workspace uses.
    pub(crate) fn new_span_id(&mut self) -> SpanId {
        let id = SpanId::new(format!("s{}", self.next_span));
        self.next_span += 1;
        id
    }

    /// Labels `start..end` (code points) in the open document. Refuses an exact duplicate.
    pub fn add_span(&mut self, start: usize, end: usize, label: LabelId) -> Result<SpanId, String> {
        let doc = self.doc();
        if let Some(same) = doc.spans.find_same(start, end, label) {
            return Err(format!("“{}” already has that label", doc.text.slice(same.start, same.end)));
        }
        if start >= end {
            return Err("nothing selected".into());
        }
        let id = SpanId::new(format!("s{}", self.next_span));
        self.apply(Edit::AddSpan { doc: self.current, span: Span::new(id.clone(), start, end, label) })?;
        self.next_span += 1;
        Ok(id)
    }

    /// Adds spans with their `attrs` (accepted suggestions: a date's value, a place, an actor's
    /// entity) in one undoable step. Exact duplicates of existing spans are skipped; returns how
    /// many were added.
    pub fn add_spans_with_attrs(
        &mut self,
        spans: Vec<(usize, usize, LabelId, Map<String, Value>)>,
    ) -> Result<usize, String> {
        let mut edits = Vec::new();
        for (start, end, label, attrs) in spans {
            if start >= end || self.doc().spans.find_same(start, end, label).is_some() {
                continue;
            }
            let mut span = Span::new(SpanId::new(format!("s{}", self.next_span)), start, end, label);
            self.next_span += 1;
            if !attrs.is_empty() {
                span.extra.insert("attrs".into(), Value::Object(attrs));
            }
            edits.push(Edit::AddSpan { doc: self.current, span });
        }
        let n = edits.len();
        if n == 0 {
            return Err("already labelled".into());
        }
        self.apply(Edit::Batch(edits))?;
        Ok(n)
    }

    /// Sets a span's `attrs` (empty: removes them), as one undoable step.
    pub fn set_span_attrs(&mut self, id: &SpanId, attrs: Map<String, Value>) -> Result<(), String> {
        let mut span = self.doc().spans.get(id).cloned().ok_or_else(|| format!("no span {id}"))?;
        if attrs.is_empty() {
            span.extra.remove("attrs");
        } else {
            span.extra.insert("attrs".into(), Value::Object(attrs));
        }
        let doc = self.current;
        self.apply(Edit::Batch(vec![Edit::RemoveSpan { doc, span: id.clone() }, Edit::AddSpan { doc, span }]))
    }

    pub fn relabel(&mut self, span: &SpanId, label: LabelId) -> Result<(), String> {
        match self.doc().spans.get(span) {
            Some(s) if s.label == label => Ok(()),
            _ => self.apply(Edit::SetSpanLabel { doc: self.current, span: span.clone(), label }),
        }
    }

    pub fn remove_span(&mut self, span: &SpanId) -> Result<(), String> {
        self.apply(Edit::RemoveSpan { doc: self.current, span: span.clone() })
    }

    pub fn set_date(&mut self, date: Option<String>) -> Result<(), String> {
        if self.doc().date == date {
            return Ok(());
        }
        self.apply(Edit::SetDate { doc: self.current, date })
    }

    /// Sets the status of document `i`, as an undoable step.
    pub fn set_status(&mut self, i: usize, status: DocStatus) -> Result<(), String> {
        match self.docs.get(i) {
            Some(d) if d.status == status => Ok(()),
            _ => self.apply(Edit::SetStatus { doc: i, status }),
        }
    }

    pub fn add_label(&mut self, name: &str, color: &str, hotkey: Option<char>) -> Result<LabelId, String> {
        let label = self.labels.new_label(name, color, hotkey)?;
        let id = label.id;
        self.apply(Edit::PutLabel { index: usize::MAX, label })?;
        Ok(id)
    }

    /// Renames, recolors or re-keys a label (the one with `label.id`).
    pub fn update_label(&mut self, label: Label) -> Result<(), String> {
        if self.labels.get(label.id) == Some(&label) {
            return Ok(());
        }
        self.apply(Edit::PutLabel { index: 0, label })
    }

    /// How many spans, in all documents, carry `label`: deleting it deletes them too.
    pub fn label_use(&self, label: LabelId) -> usize {
        let versions =
            |d: &Document| d.team.versions.iter().flat_map(|v| v.spans.iter()).filter(|s| s.label == label).count();
        self.docs.iter().map(|d| d.spans.iter().filter(|s| s.label == label).count() + versions(d)).sum()
    }

    /// Deletes a label and every span that carries it, as one undoable step.
    pub fn remove_label(&mut self, label: LabelId) -> Result<(), String> {
        let mut edits: Vec<Edit> = Vec::new();
        for (doc, d) in self.docs.iter().enumerate() {
            edits.extend(
                d.spans.iter().filter(|s| s.label == label).map(|s| Edit::RemoveSpan { doc, span: s.id.clone() }),
            );
            if d.team.versions.iter().any(|v| v.spans.iter().any(|s| s.label == label)) {
                let mut team = d.team.clone();
                for v in &mut team.versions {
                    let kept: Vec<Span> = v.spans.iter().filter(|s| s.label != label).cloned().collect();
                    v.spans = kept.into();
                }
                edits.push(Edit::SetTeam { doc, team: Box::new(team) });
            }
        }
        edits.push(Edit::RemoveLabel(label));
        self.apply(Edit::Batch(edits))
    }

    /// The edits that add the labels of `theirs` this workspace lacks (matched by name), and
    /// each of their label ids with the id it has here.
    pub(crate) fn map_labels(&self, theirs: &LabelSet) -> Result<(Vec<Edit>, Vec<(LabelId, LabelId)>), String> {
        let mut edits = Vec::new();
        // A handful of labels: a list, not a map (a map costs the page's first load its code).
        let mut mapping: Vec<(LabelId, LabelId)> = Vec::new();
        let mut labels = self.labels.clone();
        for l in theirs.iter() {
            let id = match labels.by_name(&l.name) {
                Some(mine) => mine.id,
                None => {
                    let color = if labels.iter().any(|m| m.color.eq_ignore_ascii_case(&l.color)) {
                        labels.next_color()
                    } else {
                        l.color.clone()
                    };
                    let hotkey = l.hotkey.filter(|k| labels.iter().all(|m| m.hotkey != Some(*k)));
                    let new = labels.new_label(&l.name, &color, hotkey)?;
                    labels.put_new(new.clone());
                    edits.push(Edit::PutLabel { index: usize::MAX, label: new.clone() });
                    new.id
                }
            };
            mapping.push((l.id, id));
        }
        Ok((edits, mapping))
    }

    /// Appends documents read with their own label set, as one undoable step: labels are matched
    /// by name, and labels the workspace lacks are added. Opens the first added document.
    pub fn add_documents(&mut self, mut docs: Vec<Document>, their_labels: &LabelSet) -> Result<(), String> {
        let (mut edits, mapping) = self.map_labels(their_labels)?;
        let mut taken: std::collections::HashSet<String> = self.docs.iter().map(|d| d.id.clone()).collect();
        for d in &mut docs {
            d.spans = relabelled(&d.spans, &mapping);
            for v in &mut d.team.versions {
                v.spans = relabelled(&v.spans, &mapping);
            }
            while !taken.insert(d.id.clone()) {
                d.id.push_str("-2");
            }
        }
        let at = self.docs.len();
        edits.push(Edit::AddDocuments { at, docs });
        self.apply(Edit::Batch(edits))?;
        self.bump_span_ids();
        self.current = at;
        Ok(())
    }
}

/// `spans` with their label ids mapped (theirs → ours).
pub(crate) fn relabelled(spans: &crate::spans::SpanSet, mapping: &[(LabelId, LabelId)]) -> crate::spans::SpanSet {
    let mapped: Vec<Span> = spans
        .iter()
        .map(|s| {
            let mut s = s.clone();
            s.label = mapping.iter().find(|(theirs, _)| *theirs == s.label).map_or(s.label, |m| m.1);
            s
        })
        .collect();
    mapped.into()
}
