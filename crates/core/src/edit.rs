//! Edits: every change to a workspace, each with an exact inverse so undo and redo are free of
//! snapshots (one edit costs memory in proportion to what it changed, not to the document).

use serde::{Deserialize, Serialize};

use crate::document::Document;
use crate::header::is_iso_date;
use crate::labels::{Label, LabelId, LabelSet};
use crate::spans::{Span, SpanId};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Edit {
    AddSpan(Span),
    RemoveSpan(SpanId),
    SetSpanLabel {
        span: SpanId,
        label: LabelId,
    },
    SetDate(Option<String>),
    /// Inserts the label at `index`, or replaces the label with the same id.
    PutLabel {
        index: usize,
        label: Label,
    },
    RemoveLabel(LabelId),
    /// Edits applied in order, all or none.
    Batch(Vec<Edit>),
}

impl Edit {
    /// Applies the edit and returns its inverse. On error nothing has changed.
    pub fn apply(self, doc: &mut Document, labels: &mut LabelSet) -> Result<Edit, String> {
        match self {
            Edit::AddSpan(span) => {
                if span.start >= span.end || span.end > doc.text.len() {
                    return Err(format!(
                        "span {}..{} does not fit a text of {} characters",
                        span.start,
                        span.end,
                        doc.text.len()
                    ));
                }
                if labels.get(span.label).is_none() {
                    return Err(format!("span {} has no such label", span.id));
                }
                let id = span.id.clone();
                if !doc.spans.insert(span) {
                    return Err(format!("span id {id} is already used"));
                }
                Ok(Edit::RemoveSpan(id))
            }
            Edit::RemoveSpan(id) => match doc.spans.remove(&id) {
                Some(span) => Ok(Edit::AddSpan(span)),
                None => Err(format!("no span {id}")),
            },
            Edit::SetSpanLabel { span, label } => {
                if labels.get(label).is_none() {
                    return Err("no such label".into());
                }
                let s = doc.spans.get_mut(&span).ok_or_else(|| format!("no span {span}"))?;
                let old = std::mem::replace(&mut s.label, label);
                Ok(Edit::SetSpanLabel { span, label: old })
            }
            Edit::SetDate(date) => {
                if let Some(d) = &date {
                    if !is_iso_date(d) {
                        return Err(format!("{d:?} is not a date of the form YYYY-MM-DD"));
                    }
                }
                Ok(Edit::SetDate(std::mem::replace(&mut doc.date, date)))
            }
            Edit::PutLabel { index, label } => {
                labels.check(&label)?;
                let inverse = match labels.position(label.id) {
                    Some(i) => Edit::PutLabel { index: i, label: labels.get(label.id).cloned().expect("found") },
                    None => Edit::RemoveLabel(label.id),
                };
                labels.put(index, label);
                Ok(inverse)
            }
            Edit::RemoveLabel(id) => {
                if doc.spans.iter().any(|s| s.label == id) {
                    return Err("the label is still in use".into());
                }
                let (index, label) = labels.remove(id).ok_or("no such label")?;
                Ok(Edit::PutLabel { index, label })
            }
            Edit::Batch(edits) => {
                let mut inverses = Vec::with_capacity(edits.len());
                for edit in edits {
                    match edit.apply(doc, labels) {
                        Ok(inv) => inverses.push(inv),
                        Err(e) => {
                            for inv in inverses.into_iter().rev() {
                                inv.apply(doc, labels).expect("an inverse always applies");
                            }
                            return Err(e);
                        }
                    }
                }
                inverses.reverse();
                Ok(Edit::Batch(inverses))
            }
        }
    }
}
