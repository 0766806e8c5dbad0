//! Edits: every change to a workspace, each with an exact inverse so undo and redo are free of
//! snapshots (one edit costs memory in proportion to what it changed, not to the corpus).

use serde::{Deserialize, Serialize};

use crate::document::{DocStatus, Document};
use crate::header::is_iso_date;
use crate::labels::{Label, LabelId, LabelSet};
use crate::spans::{Span, SpanId};

fn get(docs: &mut [Document], i: usize) -> Result<&mut Document, String> {
    let n = docs.len();
    docs.get_mut(i).ok_or_else(|| format!("no document {i} (there are {n})"))
}

/// Span and date edits name their document by its index in the workspace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Edit {
    AddSpan {
        doc: usize,
        span: Span,
    },
    RemoveSpan {
        doc: usize,
        span: SpanId,
    },
    SetSpanLabel {
        doc: usize,
        span: SpanId,
        label: LabelId,
    },
    SetDate {
        doc: usize,
        date: Option<String>,
    },
    SetStatus {
        doc: usize,
        status: DocStatus,
    },
    /// Inserts the label at `index`, or replaces the label with the same id.
    PutLabel {
        index: usize,
        label: Label,
    },
    RemoveLabel(LabelId),
    /// Inserts documents at `at`.
    AddDocuments {
        at: usize,
        docs: Vec<Document>,
    },
    RemoveDocuments {
        at: usize,
        count: usize,
    },
    /// Replaces a document's versions, gold flag and settled conflicts.
    SetTeam {
        doc: usize,
        team: Box<crate::team::Team>,
    },
    /// Marks conflict `id` of a document settled or not.
    SetSettled {
        doc: usize,
        id: String,
        settled: bool,
    },
    /// Edits applied in order, all or none.
    Batch(Vec<Edit>),
}

/// What an edit changes, for saving only what changed.
#[derive(Debug, Default)]
pub struct Touched {
    /// Documents whose spans, date or status change, by index after the edit.
    pub docs: Vec<usize>,
    /// Documents whose annotations change (not only their status): a new one is now in progress.
    pub worked: Vec<usize>,
    /// The label set or the list of documents changes.
    pub project: bool,
}

impl Edit {
    /// Adds what this edit changes to `t`.
    pub fn touches(&self, t: &mut Touched) {
        match self {
            Edit::AddSpan { doc, .. }
            | Edit::RemoveSpan { doc, .. }
            | Edit::SetSpanLabel { doc, .. }
            | Edit::SetDate { doc, .. }
            | Edit::SetSettled { doc, .. } => {
                t.docs.push(*doc);
                t.worked.push(*doc);
            }
            // Others' versions arriving, or assignments, are not this person's work on it.
            Edit::SetStatus { doc, .. } | Edit::SetTeam { doc, .. } => t.docs.push(*doc),
            Edit::PutLabel { .. } | Edit::RemoveLabel(_) | Edit::RemoveDocuments { .. } => t.project = true,
            Edit::AddDocuments { at, docs } => {
                t.project = true;
                t.docs.extend(*at..*at + docs.len());
            }
            Edit::Batch(edits) => edits.iter().for_each(|e| e.touches(t)),
        }
    }

    /// The document this edit changes, if it changes one.
    pub fn document(&self) -> Option<usize> {
        match self {
            Edit::AddSpan { doc, .. }
            | Edit::RemoveSpan { doc, .. }
            | Edit::SetSpanLabel { doc, .. }
            | Edit::SetDate { doc, .. }
            | Edit::SetStatus { doc, .. }
            | Edit::SetTeam { doc, .. }
            | Edit::SetSettled { doc, .. } => Some(*doc),
            Edit::AddDocuments { at, .. } => Some(*at),
            Edit::Batch(edits) => edits.iter().find_map(Edit::document),
            _ => None,
        }
    }

    /// Applies the edit and returns its inverse. On error nothing has changed.
    pub fn apply(self, docs: &mut Vec<Document>, labels: &mut LabelSet) -> Result<Edit, String> {
        let count = docs.len();
        match self {
            Edit::AddSpan { doc, span } => {
                let d = get(docs, doc)?;
                if span.start >= span.end || span.end > d.text.len() {
                    return Err(format!(
                        "span {}..{} does not fit a text of {} characters",
                        span.start,
                        span.end,
                        d.text.len()
                    ));
                }
                if labels.get(span.label).is_none() {
                    return Err(format!("span {} has no such label", span.id));
                }
                let id = span.id.clone();
                if !d.spans.insert(span) {
                    return Err(format!("span id {id} is already used"));
                }
                Ok(Edit::RemoveSpan { doc, span: id })
            }
            Edit::RemoveSpan { doc, span } => match get(docs, doc)?.spans.remove(&span) {
                Some(removed) => Ok(Edit::AddSpan { doc, span: removed }),
                None => Err(format!("no span {span}")),
            },
            Edit::SetSpanLabel { doc, span, label } => {
                if labels.get(label).is_none() {
                    return Err("no such label".into());
                }
                let s = get(docs, doc)?.spans.get_mut(&span).ok_or_else(|| format!("no span {span}"))?;
                let old = std::mem::replace(&mut s.label, label);
                Ok(Edit::SetSpanLabel { doc, span, label: old })
            }
            Edit::SetDate { doc, date } => {
                if let Some(d) = &date {
                    if !is_iso_date(d) {
                        return Err(format!("{d:?} is not a date of the form YYYY-MM-DD"));
                    }
                }
                let d = get(docs, doc)?;
                Ok(Edit::SetDate { doc, date: std::mem::replace(&mut d.date, date) })
            }
            Edit::SetStatus { doc, status } => {
                let d = get(docs, doc)?;
                Ok(Edit::SetStatus { doc, status: std::mem::replace(&mut d.status, status) })
            }
            Edit::SetTeam { doc, team } => {
                let d = get(docs, doc)?;
                let spans = team.versions.iter().flat_map(|v| v.spans.iter());
                if let Some(bad) = spans.clone().find(|s| labels.get(s.label).is_none() || s.end > d.text.len()) {
                    return Err(format!("span {} of another version does not fit", bad.id));
                }
                let mut team = *team;
                team.stamp = crate::team::next_stamp();
                Ok(Edit::SetTeam { doc, team: Box::new(std::mem::replace(&mut d.team, team)) })
            }
            Edit::SetSettled { doc, id, settled } => {
                let s = &mut get(docs, doc)?.team.settled;
                let was = s.contains(&id);
                if settled && !was {
                    s.push(id.clone());
                } else if !settled {
                    s.retain(|x| *x != id);
                }
                Ok(Edit::SetSettled { doc, id, settled: was })
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
                let versions =
                    |d: &Document| d.team.versions.iter().flat_map(|v| v.spans.iter()).any(|s| s.label == id);
                if docs.iter().any(|d| d.spans.iter().any(|s| s.label == id) || versions(d)) {
                    return Err("the label is still in use".into());
                }
                let (index, label) = labels.remove(id).ok_or("no such label")?;
                Ok(Edit::PutLabel { index, label })
            }
            Edit::AddDocuments { at, docs: new } => {
                if at > count {
                    return Err(format!("cannot insert documents at {at} (there are {count})"));
                }
                if let Some(bad) = new.iter().flat_map(|d| d.spans.iter()).find(|s| labels.get(s.label).is_none()) {
                    return Err(format!("span {} has no such label", bad.id));
                }
                let n = new.len();
                docs.splice(at..at, new);
                Ok(Edit::RemoveDocuments { at, count: n })
            }
            Edit::RemoveDocuments { at, count: n } => {
                if at + n > count {
                    return Err(format!("cannot remove documents {at}..{} (there are {count})", at + n));
                }
                let removed: Vec<Document> = docs.drain(at..at + n).collect();
                Ok(Edit::AddDocuments { at, docs: removed })
            }
            Edit::Batch(edits) => {
                let mut inverses = Vec::with_capacity(edits.len());
                for edit in edits {
                    match edit.apply(docs, labels) {
                        Ok(inv) => inverses.push(inv),
                        Err(e) => {
                            for inv in inverses.into_iter().rev() {
                                inv.apply(docs, labels).expect("an inverse always applies");
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
