//! Team work: who annotates in this browser, adding another annotator's work, curating a
//! document's versions into gold.

use std::rc::Rc;

use spanwright_core::format_v1::File;
use spanwright_core::formats::counted;
use spanwright_core::team::{annotated, conflicts};
use spanwright_core::{Span, SpanId, SpanSet};

use super::{AppState, Message};

/// Where this browser keeps the annotator's name.
pub const NAME_KEY: &str = "spanwright.annotator";

pub enum TeamAction {
    SetAnnotator(String),
    /// Another annotator's export, read by the import dialog, as `annotator`'s versions.
    AddVersions {
        file: Rc<File>,
        annotator: String,
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
            TeamAction::AddVersions { file, annotator } => {
                let file = (*file).clone();
                let mut matched = None;
                self.edit(|ws| {
                    matched = Some(ws.add_versions(file.documents, &file.labels, &annotator, &owner)?);
                    Ok(())
                });
                if let Some(m) = matched {
                    let mut text = format!(
                        "Added {annotator}'s work to {} ({} by id, {} by text).",
                        counted(m.by_id + m.by_text, "document"),
                        m.by_id,
                        m.by_text
                    );
                    if m.replaced > 0 {
                        text += &format!(" It replaced their earlier version of {}.", counted(m.replaced, "document"));
                    }
                    if !m.skipped.is_empty() {
                        text += &format!(" Not in this project, skipped: {}.", m.skipped.join(", "));
                    }
                    self.message = Some(Message::info(text));
                }
            }
            TeamAction::Curate(on) => {
                if on && !self.curatable() {
                    self.message = Some(Message::error(
                        "This document has one annotator's version: add another annotator's work (Import) to curate it.",
                    ));
                    return;
                }
                self.curating = on;
                self.popover = None;
                self.refresh_suggested();
            }
            TeamAction::StartCuration { majority } => {
                self.edit(|ws| ws.start_curation(majority, &owner));
                self.refresh_suggested();
            }
            TeamAction::Settle { id, choice } => {
                self.edit(|ws| ws.settle(&id, choice, &owner));
                self.refresh_suggested();
            }
            TeamAction::CurateDocument(i) => {
                self.apply(super::Action::OpenDocument(i));
                self.apply_team(TeamAction::Curate(true));
            }
        }
    }

    /// In curation, the spans the versions offer in unsettled conflicts, drawn as suggestions are
    /// (ids `?k:conflict`, `k` the annotator's place).
    pub(super) fn offered(&self) -> Option<SpanSet> {
        if !self.curating {
            return None;
        }
        let owner = self.owner();
        self.with_ws(|ws| {
            let d = ws.doc();
            let mut set = SpanSet::new();
            if d.team.gold {
                for c in conflicts::of(d, &owner).iter().filter(|c| !d.team.settled.contains(&c.id)) {
                    for (k, choice) in c.choices.iter().enumerate() {
                        for (n, s) in choice.iter().enumerate() {
                            let id = SpanId::new(format!("?{k}:{}:{n}", c.id));
                            set.insert(Span::new(id, s.start, s.end, s.label));
                        }
                    }
                }
            }
            set
        })
    }
}
