//! Team work: who annotates in this browser, adding another annotator's work, curating a
//! document's versions into gold.

use std::rc::Rc;

use spanwright_core::edit::Edit;
use spanwright_core::project_store::{doc_from_records, ProjectRecord};
use spanwright_core::sync::span_edits;
use spanwright_core::team::annotated;
use spanwright_core::{Span, SpanId, SpanSet};

use super::{AppState, Message};

/// Where this browser keeps the annotator's name.
pub const NAME_KEY: &str = "spanwright.annotator";

pub enum TeamAction {
    SetAnnotator(String),
    /// Another annotator's work, as the worker added it: the project's record (labels), the
    /// changed documents' records by index, and the message for the user. `bases`: the records
    /// of the copies they were made from, one each, or none: the person may have edited since.
    ApplyVersions {
        project: String,
        docs: Vec<(usize, String)>,
        bases: Vec<String>,
        message: String,
    },
    /// Curation mode on or off for the open document.
    Curate(bool),
    StartCuration {
        majority: bool,
    },
    /// Settles a conflict of the open document with annotator `choice` (its place), or none.
    Settle {
        id: String,
        choice: Option<usize>,
    },
    /// Opens document `i` in curation (from the agreement table).
    CurateDocument(usize),
    /// Makes conflict `i` (its place) the current one, and shows it in the text.
    Current(usize),
    /// The next (or previous) conflict becomes current.
    Step {
        forward: bool,
    },
}

impl AppState {
    /// Who owns spans nobody named: the name given in this browser.
    pub fn owner(&self) -> String {
        if self.annotator.is_empty() {
            "me".into()
        } else {
            self.annotator.to_string()
        }
    }

    /// The open document has two versions or more.
    pub(super) fn curatable(&self) -> bool {
        let owner = self.owner();
        self.with_ws(|ws| annotated(ws.doc(), &owner).len() >= 2).unwrap_or(false)
    }

    pub(super) fn apply_team(&mut self, action: TeamAction) {
        let owner = self.owner();
        match action {
            TeamAction::SetAnnotator(name) => {
                let name = name.trim().to_string();
                if let Some(storage) = gloo::utils::window().local_storage().ok().flatten() {
                    let _ = storage.set_item(NAME_KEY, &name);
                }
                self.ask_name = false;
                self.annotator = name.into();
            }
            TeamAction::ApplyVersions { project, docs, bases, message } => {
                let revision = self.revision;
                self.edit(|ws| {
                    let record: ProjectRecord = serde_json::from_str(&project).map_err(|e| e.to_string())?;
                    let mut edits: Vec<Edit> = record
                        .labels
                        .iter()
                        .filter(|l| ws.labels.get(l.id).is_none())
                        .map(|l| Edit::PutLabel { index: usize::MAX, label: l.clone() })
                        .collect();
                    for (k, (doc, r)) in docs.into_iter().enumerate() {
                        let old = ws.docs().get(doc).ok_or("the project changed meanwhile")?;
                        let new = doc_from_records(old.text.as_str(), &r)?;
                        // Sync may bring this person's own spans (another device, or gold); what
                        // they did since the copy was read stays.
                        let base = bases.get(k).map(|b| doc_from_records(old.text.as_str(), b)).transpose()?;
                        let base = base.as_ref().unwrap_or(old);
                        edits.extend(span_edits(doc, &base.spans, &new.spans, &old.spans));
                        if new.status != base.status || old.status == base.status {
                            edits.push(Edit::SetStatus { doc, status: new.status });
                        }
                        if new.team != base.team || old.team == base.team {
                            edits.push(Edit::SetTeam { doc, team: Box::new(new.team) });
                        }
                    }
                    ws.apply(Edit::Batch(edits))
                });
                if self.revision != revision && !message.is_empty() {
                    self.message = Some(Message::info(message));
                }
            }
            TeamAction::Curate(on) => {
                if on && !self.curatable() {
                    self.message = Some(Message::error("One version only: add another annotator's work first."));
                    return;
                }
                self.curating = on;
                self.popover = None;
                self.refresh_suggested();
                let first = self.with_ws(|ws| {
                    let all = super::conflicts::of(ws.doc(), &owner);
                    super::conflicts::next_open(ws.doc(), &all, 0)
                });
                self.conflict = first.flatten().unwrap_or(0);
                if on {
                    self.show_conflict();
                }
            }
            TeamAction::StartCuration { majority } => {
                self.edit(|ws| ws.start_curation(majority, &owner));
                self.conflict = 0;
                self.refresh_suggested();
                self.show_conflict();
            }
            TeamAction::Settle { id, choice } => {
                let Some(ws) = self.ws.clone() else { return };
                let all = super::conflicts::of(ws.borrow().doc(), &owner);
                let Some(at) = all.iter().position(|c| c.id == id) else { return };
                let c = &all[at];
                let revision = self.revision;
                self.edit(|ws| ws.settle_conflict(c, choice));
                if self.revision == revision {
                    return;
                }
                // The conflict's offered spans (ids `?{id}:k:n`) leave the drawing; the rest stay.
                let mut offered = (*self.view.suggested).clone();
                let prefix = format!("?{id}:");
                let gone: Vec<_> =
                    offered.iter().filter(|s| s.id.as_str().starts_with(&prefix)).map(|s| s.id.clone()).collect();
                for s in &gone {
                    offered.remove(s);
                }
                let offered = Rc::new(offered);
                self.view = self.view.refreshed_around(&ws.borrow(), offered, c.start, c.end);
                let next = super::conflicts::next_open(ws.borrow().doc(), &all, at + 1);
                self.conflict = next.unwrap_or(at);
                self.show_conflict();
            }
            TeamAction::Current(i) => {
                self.conflict = i;
                self.show_conflict();
            }
            TeamAction::Step { forward } => {
                let n = self.with_ws(|ws| super::conflicts::of(ws.doc(), &owner).len()).unwrap_or(0);
                if n > 0 {
                    self.conflict = if forward { (self.conflict + 1) % n } else { (self.conflict + n - 1) % n };
                    self.show_conflict();
                }
            }
            TeamAction::CurateDocument(i) => {
                self.apply(super::Action::OpenDocument(i));
                self.apply_team(TeamAction::Curate(true));
            }
        }
    }

    /// Puts the keyboard cursor on the current conflict, so the text scrolls to it.
    fn show_conflict(&mut self) {
        let owner = self.owner();
        let at = self.with_ws(|ws| {
            let all = super::conflicts::of(ws.doc(), &owner);
            all.get(self.conflict).map(|c| (c.start, c.end))
        });
        if let Some(Some(range)) = at {
            self.cursor = Some(range);
            self.popover = None;
        }
    }

    /// In curation, the spans the versions offer in unsettled conflicts, drawn as suggestions are
    /// (ids `?{conflict}:k:n`, `k` the annotator's place).
    pub(super) fn offered(&self) -> Option<SpanSet> {
        if !self.curating {
            return None;
        }
        let owner = self.owner();
        self.with_ws(|ws| {
            let d = ws.doc();
            let mut set = SpanSet::new();
            if d.team.gold {
                let all = super::conflicts::of(d, &owner);
                let settled = super::conflicts::settled(d, &all);
                for (c, _) in all.iter().zip(&settled).filter(|(_, s)| !**s) {
                    for (k, choice) in c.choices.iter().enumerate() {
                        for (n, s) in choice.iter().enumerate() {
                            let id = SpanId::new(format!("?{}:{k}:{n}", c.id));
                            set.insert(Span::new(id, s.start, s.end, s.label));
                        }
                    }
                }
            }
            set
        })
    }
}
