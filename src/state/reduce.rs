//! The reducer: applies one action to the state through `spanwright_core`.

use std::rc::Rc;

use spanwright_core::format_v1;
use spanwright_core::formats::counted;
use spanwright_core::words::{next_word, previous_word, snap_selection};
use spanwright_core::{Document, LabelSet, Workspace};
use yew::Reducible;

use super::{Action, AppState, Direction, DocView, Message, Popover};

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

impl AppState {
    fn apply(&mut self, action: Action) {
        match action {
            Action::SetDraft(text) => {
                self.draft = text.into();
                self.revision += 1;
            }
            Action::Start => {
                if self.draft.trim().is_empty() {
                    self.message = Some(Message::error("Paste or type an article first."));
                    return;
                }
                let doc = Document::from_pasted(new_document_id(), &self.draft);
                self.open(Workspace::new(doc, LabelSet::default()));
                self.draft = "".into();
            }
            Action::NewDocument => {
                self.ws = None;
                self.view = DocView::default();
                self.cursor = None;
                self.popover = None;
                self.revision += 1;
            }
            Action::AddSpan { start, end, label } => {
                let Some(range) = self.with_ws(|ws| snap_selection(&ws.doc().text, start, end, self.snap)).flatten()
                else {
                    self.message = Some(Message::error("Select some words first."));
                    return;
                };
                self.edit(|ws| ws.add_span(range.0, range.1, label).map(drop));
            }
            Action::LabelCursor(label) => match self.cursor {
                Some((start, end)) => self.edit(|ws| ws.add_span(start, end, label).map(drop)),
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
            Action::Undo => self.edit(|ws| if ws.undo() { Ok(()) } else { Err("Nothing to undo.".into()) }),
            Action::Redo => self.edit(|ws| if ws.redo() { Ok(()) } else { Err("Nothing to redo.".into()) }),
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
            Action::Import(json) => match format_v1::import(&json) {
                Err(e) => self.message = Some(Message::error(format!("Not imported: {e}"))),
                Ok(file) => self.replace_with(file),
            },
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
                    self.revision += 1;
                }
            }
            Action::MoveCursor { direction, extend } => self.move_cursor(direction, extend),
            Action::ClearCursor => self.cursor = None,
            Action::OpenPopover { at, x, y } => {
                let spans =
                    self.with_ws(|ws| ws.doc().spans.covering(at).iter().map(|s| s.id.clone()).collect::<Vec<_>>());
                self.popover = spans.filter(|s| !s.is_empty()).map(|spans| Popover { spans, x, y });
            }
            Action::ClosePopover => self.popover = None,
            Action::Flash(span) => self.flash = span,
            Action::SetSnap(on) => {
                self.snap = on;
                self.revision += 1;
            }
            Action::Notify(message) => self.message = Some(message),
            Action::DismissMessage => self.message = None,
        }
    }

    fn replace_with(&mut self, file: format_v1::File) {
        let (docs, spans) = (file.documents.len(), file.documents.iter().map(|d| d.spans.len()).sum::<usize>());
        match Workspace::from_file(file) {
            None => self.message = Some(Message::error("Not imported: the file holds no documents.")),
            Some(ws) => {
                self.open(ws);
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
        self.cursor = None;
        self.popover = None;
        self.revision += 1;
    }

    /// Changes the workspace; on error shows why, and nothing has changed.
    fn edit(&mut self, f: impl FnOnce(&mut Workspace) -> Result<(), String>) {
        let Some(ws) = self.ws.clone() else { return };
        let before = ws.borrow().current();
        let before_count = ws.borrow().docs().len();
        let result = f(&mut ws.borrow_mut());
        match result {
            Ok(()) => {
                let ws = ws.borrow();
                if ws.current() != before || ws.docs().len() != before_count {
                    self.view = DocView::of(&ws);
                    self.cursor = None;
                } else {
                    self.view = self.view.refreshed(&ws);
                }
                if let Some(p) = &mut self.popover {
                    p.spans.retain(|id| ws.doc().spans.get(id).is_some());
                    if p.spans.is_empty() {
                        self.popover = None;
                    }
                }
                self.message = None;
                self.revision += 1;
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

/// A document id unique across sessions: milliseconds since 1970 in base 36.
fn new_document_id() -> String {
    let mut n = js_sys::Date::now() as u64;
    let mut digits = Vec::new();
    while n > 0 {
        digits.push(std::char::from_digit((n % 36) as u32, 36).expect("digit"));
        n /= 36;
    }
    format!("doc-{}", digits.iter().rev().collect::<String>())
}
