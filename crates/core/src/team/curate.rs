//! Team edits on a workspace: adding another annotator's work, starting curation, settling a
//! conflict. Each is one undoable step.

use super::{annotated, conflicts, Team, Version};
use crate::document::Document;
use crate::edit::Edit;
use crate::labels::LabelSet;
use crate::spans::{Span, SpanSet};
use crate::workspace::{relabelled, Workspace};

/// What adding an annotator's work matched.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Matched {
    pub by_id: usize,
    pub by_text: usize,
    /// Ids of the file's documents this project does not have.
    pub skipped: Vec<String>,
    /// Documents whose earlier version by the same annotator was replaced.
    pub replaced: usize,
}

/// Which spans an export writes as each document's own.
#[derive(Debug, Clone, PartialEq)]
pub enum VersionPick {
    /// The document's own spans (gold once curated) and every other version.
    Every,
    /// The document's own spans only.
    Own,
    /// This annotator's spans where the document has them, else its own.
    Annotator(String),
}

impl Workspace {
    /// Adds `docs` (another annotator's export, read with its labels) as `annotator`'s version of
    /// the documents they match: by id, else by identical text. A document with a project's id
    /// but another text refuses the whole file, as does a file that matches nothing, or a name
    /// that is already the documents' own annotator (`owner` when they name none).
    pub fn add_versions(
        &mut self,
        docs: Vec<Document>,
        their_labels: &LabelSet,
        annotator: &str,
        owner: &str,
    ) -> Result<Matched, String> {
        let annotator = annotator.trim();
        if annotator.is_empty() {
            return Err("name the annotator whose work this is".into());
        }
        let (mut edits, mapping) = self.map_labels(their_labels)?;
        let mut matched = Matched::default();
        let mut teams: Vec<(usize, Team)> = Vec::new();
        for d in docs {
            let (at, by_id) = match self.position(&d.id) {
                Some(i) => (i, true),
                None => match self.docs().iter().position(|m| m.text.as_str() == d.text.as_str()) {
                    Some(i) => (i, false),
                    None => {
                        matched.skipped.push(d.id);
                        continue;
                    }
                },
            };
            let mine = &self.docs()[at];
            if mine.text.as_str() != d.text.as_str() {
                return Err(format!(
                    "document {:?} has another text in this file than in the project; nothing was added",
                    d.id
                ));
            }
            if teams.iter().any(|(i, _)| *i == at) {
                return Err(format!("two documents of the file match {:?}; nothing was added", mine.id));
            }
            if !mine.team.gold && mine.team.annotator.as_deref().unwrap_or(owner) == annotator {
                return Err(format!(
                    "{annotator:?} made this project's own spans; add the work under another name (nothing was added)"
                ));
            }
            let mut team = mine.team.clone();
            let spans = relabelled(&d.spans, &mapping);
            match team.versions.iter_mut().find(|v| v.annotator == annotator) {
                Some(v) => {
                    v.spans = spans;
                    matched.replaced += 1;
                }
                None => team.versions.push(Version { annotator: annotator.to_string(), spans }),
            }
            if mine.team.annotator.is_none() && !mine.team.gold {
                team.annotator = Some(owner.to_string());
            }
            if by_id {
                matched.by_id += 1;
            } else {
                matched.by_text += 1;
            }
            teams.push((at, team));
        }
        if teams.is_empty() {
            return Err("none of the file's documents is in this project (by id or by text); nothing was added".into());
        }
        edits.extend(teams.into_iter().map(|(doc, team)| Edit::SetTeam { doc, team: Box::new(team) }));
        self.apply(Edit::Batch(edits))?;
        Ok(matched)
    }

    /// Starts curating the open document: every annotator's spans become versions, and gold
    /// starts from the spans all of them (or, with `majority`, more than half) share.
    pub fn start_curation(&mut self, majority: bool, owner: &str) -> Result<(), String> {
        let d = self.doc();
        if d.team.gold {
            return Err("this document is already being curated".into());
        }
        let versions: Vec<Version> = annotated(d, owner)
            .into_iter()
            .map(|(a, s)| Version { annotator: a.to_string(), spans: s.clone() })
            .collect();
        if versions.len() < 2 {
            return Err("curation needs at least two annotators' versions: add an annotator's work first".into());
        }
        let sets: Vec<&SpanSet> = versions.iter().map(|v| &v.spans).collect();
        let agreed = conflicts::agreed(&sets, majority);
        let doc = self.current();
        let mut edits: Vec<Edit> = d.spans.iter().map(|s| Edit::RemoveSpan { doc, span: s.id.clone() }).collect();
        let assigned = d.team.assigned.clone();
        let team = Team { annotator: None, versions, gold: true, majority, settled: Vec::new(), assigned, stamp: 0 };
        edits.push(Edit::SetTeam { doc, team: Box::new(team) });
        for mut s in agreed {
            s.id = self.new_span_id();
            edits.push(Edit::AddSpan { doc, span: s });
        }
        self.apply(Edit::Batch(edits))
    }

    /// Settles conflict `id` of the open document with annotator `choice`'s spans (by its place
    /// among the versions), or with none.
    pub fn settle(&mut self, id: &str, choice: Option<usize>, owner: &str) -> Result<(), String> {
        let all = conflicts::of(self.doc(), owner);
        let c = all.iter().find(|c| c.id == id).ok_or_else(|| format!("no conflict {id}"))?;
        self.settle_conflict(c, choice)
    }

    /// `settle` with the conflict at hand (the app keeps a document's conflicts, which a book's
    /// versions take milliseconds to compute).
    pub fn settle_conflict(&mut self, c: &conflicts::Conflict, choice: Option<usize>) -> Result<(), String> {
        let d = self.doc();
        if !d.team.gold {
            return Err("start curating this document first".into());
        }
        let id = c.id.as_str();
        let chosen: Vec<Span> = match choice {
            None => Vec::new(),
            Some(k) => c.choices.get(k).cloned().ok_or_else(|| format!("there is no annotator {}", k + 1))?,
        };
        let offered = |s: &Span| c.offered().any(|o| (o.start, o.end, o.label) == (s.start, s.end, s.label));
        let doc = self.current();
        let mut edits: Vec<Edit> =
            d.spans.iter().filter(|s| offered(s)).map(|s| Edit::RemoveSpan { doc, span: s.id.clone() }).collect();
        edits.push(Edit::SetSettled { doc, id: id.to_string(), settled: true });
        for mut s in chosen {
            s.id = self.new_span_id();
            edits.push(Edit::AddSpan { doc, span: s });
        }
        self.apply(Edit::Batch(edits))
    }

    /// The workspace as a file whose documents' own spans and versions follow `pick`.
    pub fn file_with(&self, pick: &VersionPick) -> crate::format_v1::File {
        let mut file = self.to_file();
        for d in &mut file.documents {
            match pick {
                VersionPick::Every => {}
                VersionPick::Own => d.team.versions.clear(),
                VersionPick::Annotator(a) => {
                    if let Some(v) = d.team.version(a) {
                        d.spans = v.spans.clone();
                        d.team = Team { annotator: Some(a.clone()), ..Team::default() };
                    } else {
                        d.team.versions.clear();
                    }
                }
            }
        }
        file
    }
}
