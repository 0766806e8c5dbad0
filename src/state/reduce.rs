//! The reducer: applies one action to the state through `spanwright_core`.

use std::rc::Rc;

use spanwright_core::doc_filter::{search, shown};
use spanwright_core::format_v1;
use spanwright_core::formats::counted;
use spanwright_core::words::{next_word, previous_word, snap_selection};
use spanwright_core::{DocStatus, Document, LabelSet, Workspace};
use yew::Reducible;

use super::names::{document_id_from, new_document_id, project_name};
use super::{Action, AppState, Direction, DocView, Message, Popover, ProjectInfo};

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

impl AppState {
    pub(super) fn apply(&mut self, action: Action) {
        match action {
            Action::SetDraft(text) => {
                self.draft = text.into();
                self.revision += 1;
            }
            Action::Start(name) => {
                if self.draft.trim().is_empty() {
                    self.message = Some(Message::error("Paste or type an article first."));
                    return;
                }
                let doc = Document::from_pasted(new_document_id(), &self.draft);
                let name = name.unwrap_or_else(|| project_name(doc.text.as_str()));
                self.open_new_project(&name, Workspace::new(doc, LabelSet::default()));
                self.draft = "".into();
            }
            Action::CloseProject => {
                self.ws = None;
                self.project = None;
                self.view = DocView::default();
                self.doc_list = Default::default();
                self.cursor = None;
                self.popover = None;
                self.revision += 1;
            }
            Action::ProjectsListed(list) => self.projects = Rc::new(list),
            Action::OpenProject { project, ws, problems } => {
                self.project = Some(project);
                self.open(*ws);
                self.message = (!problems.is_empty()).then(|| {
                    Message::error(format!("Some of this project could not be read: {}", problems.join("; ")))
                });
            }
            Action::StorageReady(ok) => {
                self.ready = true;
                self.storage_ok = ok;
            }
            Action::SetSaveStatus(status) => {
                if let crate::storage::saver::SaveStatus::Failed(e) = &status {
                    self.message = Some(
                        Message::error(format!(
                            "Could not save your work in this browser: {e}. It is kept in this tab; download a backup to keep it safe."
                        ))
                        .with_backup(),
                    );
                }
                if status == crate::storage::saver::SaveStatus::Paused {
                    self.message = Some(
                        Message::error(
                            "This project was changed in another tab. This tab stopped saving so that neither overwrites the other: reload it to continue with the saved work, or download a backup of what is here.",
                        )
                        .with_backup(),
                    );
                }
            }
            Action::SetStorageInfo(info) => self.storage = info,
            Action::AddTexts(texts) => {
                let docs: Vec<Document> =
                    texts.iter().map(|(name, text)| Document::from_pasted(document_id_from(name), text)).collect();
                let n = docs.len();
                if self.ws.is_none() {
                    let name = texts.first().map_or("New project".to_string(), |(name, _)| name.clone());
                    self.open_new_project(&name, Workspace::with_documents(docs, LabelSet::default()));
                } else {
                    self.edit(|ws| ws.add_documents(docs, &LabelSet::empty()));
                    if self.message.is_none() {
                        self.message = Some(Message::info(format!("Added {}.", counted(n, "document"))));
                    }
                }
            }
            Action::ToggleDone => {
                let Some(done) = self.with_ws(|ws| ws.doc().status == DocStatus::Done) else { return };
                let status = if done { DocStatus::InProgress } else { DocStatus::Done };
                self.edit(|ws| ws.set_status(ws.current(), status));
            }
            Action::StepDocument { forward, unfinished } => self.step_document(forward, unfinished),
            Action::SetDocFilter(status) => {
                self.doc_list.status = status;
                self.refresh_doc_list();
            }
            Action::SetDocQuery(query) => {
                self.doc_list.query = query.into();
                self.refresh_doc_list();
            }
            Action::AddSpan { start, end, label } => {
                let Some(range) = self.with_ws(|ws| snap_selection(&ws.doc().text, start, end, self.snap)).flatten()
                else {
                    self.message = Some(Message::error("Select some words first."));
                    return;
                };
                let revision = self.revision;
                self.edit(|ws| ws.add_span(range.0, range.1, label).map(drop));
                if self.revision != revision {
                    self.propagate(range.0, range.1, label);
                }
            }
            Action::LabelCursor(label) => match self.cursor {
                Some((start, end)) => {
                    let revision = self.revision;
                    self.edit(|ws| ws.add_span(start, end, label).map(drop));
                    if self.revision != revision {
                        self.propagate(start, end, label);
                    }
                }
                None => {
                    self.message =
                        Some(Message::error("Select words with the mouse, or move the cursor with the arrow keys."))
                }
            },
            Action::Relabel { span, label } => self.edit(|ws| ws.relabel(&span, label)),
            Action::RemoveSpan(span) => self.edit(|ws| ws.remove_span(&span)),
            Action::RemoveAtCursor => {
                let Some((start, _)) = self.cursor else { return };
                let innermost =
                    self.with_ws(|ws| ws.doc().spans.covering(start).first().map(|s| s.id.clone())).flatten();
                match innermost {
                    Some(id) => self.edit(|ws| ws.remove_span(&id)),
                    None => self.message = Some(Message::info("No span under the cursor.")),
                }
            }
            Action::Undo | Action::Redo => {
                let undo = matches!(action, Action::Undo);
                self.edit(|ws| match (undo, if undo { ws.undo() } else { ws.redo() }) {
                    (_, true) => Ok(()),
                    (true, false) => Err("Nothing to undo.".into()),
                    (false, false) => Err("Nothing to redo.".into()),
                });
                // A settled conflict undone is a conflict again: its versions are drawn again.
                if self.curating {
                    self.refresh_suggested();
                }
            }
            Action::SetDate(date) => self.edit(|ws| ws.set_date(date)),
            Action::AddLabel => self.edit(|ws| {
                let n = (ws.labels.len() + 1..)
                    .find(|n| ws.labels.by_name(&format!("Label {n}")).is_none())
                    .expect("unbounded");
                let color = ws.labels.next_color();
                ws.add_label(&format!("Label {n}"), &color, None).map(drop)
            }),
            Action::UpdateLabel(label) => self.edit(|ws| ws.update_label(label)),
            Action::RemoveLabel(label) => self.edit(|ws| ws.remove_label(label)),
            Action::ApplyImport { file, add } => {
                let file = (*file).clone();
                if add && self.ws.is_some() {
                    let (docs, spans) =
                        (file.documents.len(), file.documents.iter().map(|d| d.spans.len()).sum::<usize>());
                    self.edit(|ws| ws.add_documents(file.documents, &file.labels));
                    if self.message.is_none() {
                        self.message = Some(Message::info(format!(
                            "Added {} with {}.",
                            counted(docs, "document"),
                            counted(spans, "span")
                        )));
                    }
                } else {
                    self.replace_with(file);
                }
            }
            Action::OpenDocument(i) => {
                if let Some(ws) = self.ws.clone() {
                    ws.borrow_mut().open(i);
                    self.view = DocView::of(&ws.borrow());
                    self.cursor = None;
                    self.popover = None;
                    self.curating &= self.curatable();
                    self.conflict = 0;
                    self.revision += 1;
                    self.refresh_suggested();
                }
            }
            Action::MoveCursor { direction, extend } => self.move_cursor(direction, extend),
            Action::ClearCursor => self.cursor = None,
            Action::OpenPopover { at, x, y } => {
                let Some((spans, suggested)) = self.with_ws(|ws| {
                    let spans: Vec<_> = ws.doc().spans.covering(at).iter().map(|s| s.id.clone()).collect();
                    let s = &self.suggestions;
                    let under = (0..s.items.len())
                        .filter(|&i| s.items[i].start <= at && at < s.items[i].end && s.is_shown(i, ws));
                    (spans, under.collect::<Vec<_>>())
                }) else {
                    return;
                };
                let any = !spans.is_empty() || !suggested.is_empty();
                self.popover = any.then_some(Popover { spans, suggested, x, y });
            }
            Action::ClosePopover => self.popover = None,
            Action::Reveal { start, end } => {
                self.cursor = Some((start, end));
                self.popover = None;
            }
            Action::Flash(span) => self.flash = span,
            Action::SetSnap(on) => {
                self.snap = on;
                self.revision += 1;
            }
            Action::Notify(message) => self.message = Some(message),
            Action::DismissMessage => self.message = None,
            Action::Suggest(action) => self.apply_suggestion(action),
            Action::Team(action) => self.apply_team(action),
        }
    }

    /// Replaces the open project's documents with the file's (or starts a project with them).
    fn replace_with(&mut self, mut file: format_v1::File) {
        // A file without labels (plain texts) keeps the project's labels, or gets the defaults.
        if file.labels.is_empty() {
            file.labels = self.with_ws(|ws| ws.labels.clone()).unwrap_or_default();
        }
        let (docs, spans) = (file.documents.len(), file.documents.iter().map(|d| d.spans.len()).sum::<usize>());
        match Workspace::from_file(file) {
            None => self.message = Some(Message::error("Not imported: the file holds no documents.")),
            Some(ws) => {
                match &mut self.project {
                    Some(p) => {
                        p.stored = None;
                        let mut ws = ws;
                        ws.mark_all_changed();
                        self.open(ws);
                    }
                    None => self.open_new_project("Imported project", ws),
                }
                self.message = Some(Message::info(format!(
                    "Imported {} with {}.",
                    counted(docs, "document"),
                    counted(spans, "span")
                )));
            }
        }
    }

    fn open(&mut self, ws: Workspace) {
        self.view = DocView::of(&ws);
        self.ws = Some(super::WsHandle(Rc::new(std::cell::RefCell::new(ws))));
        self.doc_list.hits = None;
        self.refresh_doc_list();
        self.cursor = None;
        self.popover = None;
        self.revision += 1;
        self.refresh_suggested();
    }

    /// Opens `ws` as a new project, saved whole by the next save.
    fn open_new_project(&mut self, name: &str, mut ws: Workspace) {
        ws.mark_all_changed();
        self.project = Some(ProjectInfo::fresh(name));
        self.open(ws);
    }

    /// Recomputes which documents the list shows; the text search runs again only when the
    /// query or the documents changed.
    fn refresh_doc_list(&mut self) {
        let Some(ws) = self.ws.clone() else { return };
        let ws = ws.borrow();
        let list = &mut self.doc_list;
        let n = ws.docs().len();
        let hits = if list.query.trim().is_empty() {
            None
        } else {
            match &list.hits {
                Some((q, count, hits)) if *q == list.query && *count == n => Some(hits.clone()),
                _ => Some(Rc::new(search(ws.docs(), &list.query))),
            }
        };
        let fresh = shown(ws.docs(), list.status, hits.as_deref().map(|h| h.as_slice()));
        list.hits = hits.map(|h| (list.query.clone(), n, h));
        if *list.shown != fresh {
            list.shown = Rc::new(fresh);
        }
    }

    /// Opens the next or previous listed document (wrapping around); with `unfinished`, the
    /// next listed one that is not done.
    fn step_document(&mut self, forward: bool, unfinished: bool) {
        let Some(ws) = self.ws.clone() else { return };
        // Done, or (synced) assigned to others only: not this person's unfinished work.
        let owner = self.owner();
        let (current, finished): (usize, Vec<bool>) = {
            let ws = ws.borrow();
            let a = |d: &spanwright_core::Document| !d.team.assigned.is_empty() && !d.team.assigned.contains(&owner);
            (ws.current(), ws.docs().iter().map(|d| d.status == DocStatus::Done || a(d)).collect())
        };
        let shown = self.doc_list.shown.clone();
        if shown.is_empty() {
            self.message = Some(Message::info("No document matches the filter."));
            return;
        }
        let n = shown.len();
        // Where the open document is in the list, or where it would be.
        let at = shown.partition_point(|&i| i < current);
        let order: Vec<usize> = if forward {
            let start = if shown.get(at) == Some(&current) { at + 1 } else { at };
            (0..n).map(|k| shown[(start + k) % n]).collect()
        } else {
            (1..=n).map(|k| shown[(at + n - k) % n]).collect()
        };
        let target = order.into_iter().find(|&i| i != current && (!unfinished || !finished[i]));
        match target {
            Some(i) => {
                ws.borrow_mut().open(i);
                self.view = DocView::of(&ws.borrow());
                self.cursor = None;
                self.popover = None;
                self.curating &= self.curatable();
                self.conflict = 0;
                self.revision += 1;
                self.refresh_suggested();
            }
            None if unfinished => self.message = Some(Message::info("Every listed document is done.")),
            None => {}
        }
    }

    /// Changes the workspace; on error shows why, and nothing has changed.
    pub(super) fn edit(&mut self, f: impl FnOnce(&mut Workspace) -> Result<(), String>) {
        let Some(ws) = self.ws.clone() else { return };
        let before = ws.borrow().current();
        let before_count = ws.borrow().docs().len();
        let result = f(&mut ws.borrow_mut());
        match result {
            Ok(()) => {
                let old_docs = self.view.docs.clone();
                let old_chunks = self.view.chunks.clone();
                {
                    let ws = ws.borrow();
                    if ws.current() != before || ws.docs().len() != before_count {
                        self.view = DocView::of(&ws);
                        self.cursor = None;
                    } else {
                        // Suggestions keep their sets: the drawing hides those the spans now hold.
                        self.view = self.view.refreshed(&ws);
                    }
                }
                if !Rc::ptr_eq(&self.view.chunks, &old_chunks) {
                    self.refresh_suggested();
                }
                if !Rc::ptr_eq(&old_docs, &self.view.docs) {
                    self.refresh_doc_list();
                }
                let ws = ws.borrow();
                if let Some(p) = &mut self.popover {
                    p.spans.retain(|id| ws.doc().spans.get(id).is_some());
                    p.suggested.retain(|&i| self.suggestions.is_shown(i, &ws));
                    if p.spans.is_empty() && p.suggested.is_empty() {
                        self.popover = None;
                    }
                }
                self.message = None;
                self.revision += 1;
                drop(ws);
                if self.annotator.is_empty() {
                    self.ask_name = true;
                } else {
                    let ws = self.ws.clone().expect("edited");
                    ws.borrow_mut().claim(&self.annotator);
                }
            }
            Err(e) => self.message = Some(Message::error(e)),
        }
    }

    fn move_cursor(&mut self, direction: Direction, extend: bool) {
        let cursor = self.cursor;
        let moved = self.with_ws(|ws| {
            let text = &ws.doc().text;
            match (cursor, direction, extend) {
                (None, _, _) => next_word(text, 0),
                (Some((_, end)), Direction::Right, false) => next_word(text, end),
                (Some((start, _)), Direction::Left, false) => previous_word(text, start),
                (Some((start, end)), Direction::Right, true) => next_word(text, end).map(|(_, e)| (start, e)),
                (Some((start, end)), Direction::Left, true) => previous_word(text, start).map(|(s, _)| (s, end)),
            }
        });
        if let Some(Some(c)) = moved {
            self.cursor = Some(c);
        }
    }
}
