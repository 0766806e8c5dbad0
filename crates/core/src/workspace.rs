//! The workspace: a document, its label set and the undo history, changed only through edits.

use serde::{Deserialize, Serialize};

use crate::document::Document;
use crate::edit::Edit;
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
    pub doc: Document,
    pub labels: LabelSet,
    /// Top-level fields of an imported file this version does not know, kept for export.
    #[serde(default)]
    pub file_extra: serde_json::Map<String, serde_json::Value>,
    history: History,
    next_span: u64,
}

impl Workspace {
    pub fn new(doc: Document, labels: LabelSet) -> Self {
        let next_span = doc
            .spans
            .iter()
            .filter_map(|s| s.id.as_str().strip_prefix('s')?.parse::<u64>().ok())
            .max()
            .map_or(1, |n| n + 1);
        Workspace { doc, labels, file_extra: Default::default(), history: History::default(), next_span }
    }

    /// Applies `edit` as one undoable step. On error nothing changes.
    pub fn apply(&mut self, edit: Edit) -> Result<(), String> {
        let inverse = edit.apply(&mut self.doc, &mut self.labels)?;
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

    pub fn undo(&mut self) -> bool {
        Self::step(&mut self.history.undo, &mut self.history.redo, &mut self.doc, &mut self.labels)
    }

    pub fn redo(&mut self) -> bool {
        Self::step(&mut self.history.redo, &mut self.history.undo, &mut self.doc, &mut self.labels)
    }

    fn step(from: &mut Vec<Edit>, to: &mut Vec<Edit>, doc: &mut Document, labels: &mut LabelSet) -> bool {
        let Some(edit) = from.pop() else { return false };
        let inverse = edit.apply(doc, labels).expect("history edits always apply");
        to.push(inverse);
        true
    }

    /// Labels `start..end` (code points). Refuses an exact duplicate of an existing span.
    pub fn add_span(&mut self, start: usize, end: usize, label: LabelId) -> Result<SpanId, String> {
        if let Some(same) = self.doc.spans.find_same(start, end, label) {
            return Err(format!("“{}” already has that label", self.doc.text.slice(same.start, same.end)));
        }
        if start >= end {
            return Err("nothing selected".into());
        }
        let id = SpanId::new(format!("s{}", self.next_span));
        self.apply(Edit::AddSpan(Span::new(id.clone(), start, end, label)))?;
        self.next_span += 1;
        Ok(id)
    }

    pub fn relabel(&mut self, span: &SpanId, label: LabelId) -> Result<(), String> {
        match self.doc.spans.get(span) {
            Some(s) if s.label == label => Ok(()),
            _ => self.apply(Edit::SetSpanLabel { span: span.clone(), label }),
        }
    }

    pub fn remove_span(&mut self, span: &SpanId) -> Result<(), String> {
        self.apply(Edit::RemoveSpan(span.clone()))
    }

    pub fn set_date(&mut self, date: Option<String>) -> Result<(), String> {
        if self.doc.date == date {
            return Ok(());
        }
        self.apply(Edit::SetDate(date))
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

    /// How many spans carry `label`: deleting it deletes them too, so the app asks first.
    pub fn label_use(&self, label: LabelId) -> usize {
        self.doc.spans.iter().filter(|s| s.label == label).count()
    }

    /// Deletes a label and every span that carries it, as one undoable step.
    pub fn remove_label(&mut self, label: LabelId) -> Result<(), String> {
        let mut edits: Vec<Edit> =
            self.doc.spans.iter().filter(|s| s.label == label).map(|s| Edit::RemoveSpan(s.id.clone())).collect();
        edits.push(Edit::RemoveLabel(label));
        self.apply(Edit::Batch(edits))
    }
}
