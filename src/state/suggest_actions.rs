//! What the annotator does with suggestions: accept (Enter), reject (Backspace), step through
//! them (Tab), accept a label's all at once, switch a label's off, edit a span's value.

use std::rc::Rc;

use serde_json::{Map, Value};
use spanwright_core::formats::counted;
use spanwright_core::{LabelId, SpanId};

use super::suggestions::{Suggested, Suggestions};
use super::{AppState, Message};
use crate::formats_worker::SuggestedSpan;

pub enum SuggestAction {
    /// The worker's suggestions for document `doc`.
    Loaded {
        doc: String,
        spans: Vec<SuggestedSpan>,
        entities: Vec<(String, String)>,
        places: bool,
        error: Option<String>,
    },
    Accept(usize),
    Reject(usize),
    /// Accepts the suggestion under the keyboard cursor; `reject`: rejects it.
    AtCursor {
        reject: bool,
    },
    /// Accepts every shown suggestion of a label (`None`: labels the repeats of the words just
    /// labelled).
    AcceptAll(Option<LabelId>),
    Toggle(LabelId),
    /// Switches the places inside actors' names on or off.
    ToggleNested,
    Step {
        forward: bool,
    },
    SetAttrs {
        span: SpanId,
        attrs: Map<String, Value>,
    },
}

impl AppState {
    pub(super) fn apply_suggestion(&mut self, action: SuggestAction) {
        let Some(ws) = self.ws.clone() else { return };
        match action {
            SuggestAction::Loaded { doc, spans, entities, places, error } => {
                if *ws.borrow().doc().id != doc {
                    return;
                }
                let labels = ws.borrow().labels.clone();
                let mut s = self.suggestions.clone();
                if *s.doc != doc {
                    s = Suggestions { off: s.off.clone(), nested_off: s.nested_off, ..Default::default() };
                    s.doc = doc.into();
                }
                let loaded = spans.into_iter().filter_map(|x| {
                    let label = labels.by_name(&x.label)?.id;
                    Some(Suggested {
                        start: x.start,
                        end: x.end,
                        label,
                        attrs: x.attrs.into(),
                        candidates: x.candidates.into(),
                        nested: x.nested,
                    })
                });
                s.items = Rc::new(loaded.collect());
                s.places = places;
                s.entities = Rc::new(entities);
                self.suggestions = s;
                if let Some(e) = error {
                    self.message = Some(Message::error(format!("Places are not suggested: {e}.")));
                }
                self.refresh_suggested();
            }
            SuggestAction::Accept(i) => self.accept(vec![i]),
            SuggestAction::Reject(i) => self.reject(i),
            SuggestAction::AtCursor { reject } => {
                let found = self.cursor.and_then(|c| self.suggestions.at(c, &ws.borrow()));
                match (found, reject) {
                    (Some(i), false) => self.accept(vec![i]),
                    (Some(i), true) => self.reject(i),
                    (None, _) => {
                        self.message = Some(Message::info("No suggestion under the cursor: Tab goes to the next."))
                    }
                }
            }
            SuggestAction::AcceptAll(None) => self.label_repeats(),
            SuggestAction::AcceptAll(Some(label)) => {
                let all: Vec<usize> = {
                    let ws = ws.borrow();
                    let s = &self.suggestions;
                    (0..s.items.len()).filter(|&i| s.is_shown(i, &ws) && s.items[i].label == label).collect()
                };
                self.accept(all);
            }
            SuggestAction::Toggle(label) => {
                let mut off = (*self.suggestions.off).clone();
                match off.iter().position(|l| *l == label) {
                    Some(k) => drop(off.remove(k)),
                    None => off.push(label),
                }
                self.suggestions.off = Rc::new(off);
                self.refresh_suggested();
            }
            SuggestAction::ToggleNested => {
                self.suggestions.nested_off ^= true;
                self.refresh_suggested();
            }
            SuggestAction::Step { forward } => {
                let next = self.suggestions.step(self.cursor, forward, &ws.borrow());
                match next.map(|i| &self.suggestions.items[i]) {
                    Some(s) => self.cursor = Some((s.start, s.end)),
                    None => self.message = Some(Message::info("No suggestions to review in this document.")),
                }
            }
            SuggestAction::SetAttrs { span, attrs } => self.edit(|ws| ws.set_span_attrs(&span, attrs)),
        }
    }

    /// Accepts suggestions: spans with their values, one undoable step; the cursor moves on.
    fn accept(&mut self, which: Vec<usize>) {
        let items = self.suggestions.items.clone();
        let spans: Vec<_> =
            which.iter().filter_map(|&i| items.get(i)).map(|s| (s.start, s.end, s.label, s.attrs())).collect();
        if spans.is_empty() {
            self.message = Some(Message::info("No suggestions to accept."));
            return;
        }
        let last = spans.last().map(|s| (s.0, s.1));
        let n = spans.len();
        // The drawing hides a suggestion once it is a span; drawn again for the bar's counts.
        self.edit(|ws| ws.add_spans_with_attrs(spans).map(drop));
        self.refresh_suggested();
        if n > 1 && self.message.is_none() {
            self.message = Some(Message::info(format!("Accepted {}.", counted(n, "suggestion"))));
        }
        self.cursor_to_next(last);
    }

    fn reject(&mut self, i: usize) {
        let Some(s) = self.suggestions.items.get(i).cloned() else { return };
        let mut rejected = (*self.suggestions.rejected).clone();
        rejected.push((s.start, s.end, s.label));
        self.suggestions.rejected = Rc::new(rejected);
        self.refresh_suggested();
        self.cursor_to_next(Some((s.start, s.end)));
    }

    /// After a suggestion is settled, the cursor goes to the next one to review.
    fn cursor_to_next(&mut self, from: Option<(usize, usize)>) {
        let next = self.with_ws(|ws| self.suggestions.step(from, true, ws)).flatten();
        self.cursor = next.map(|i| (self.suggestions.items[i].start, self.suggestions.items[i].end)).or(self.cursor);
    }

    /// Offers the other occurrences of a span just labelled: `=` labels them all. Only counted
    /// here (drawing them would cost every label of a book a second redraw).
    pub(super) fn propagate(&mut self, start: usize, end: usize, label: LabelId) {
        let Some(n) = self.with_ws(|ws| Suggestions::repeats(ws, start, end, label).len()) else { return };
        self.suggestions.repeat = (n > 0).then_some((start, end, label));
        if n > 0 {
            let words = self.with_ws(|ws| ws.doc().text.slice(start, end).to_string()).unwrap_or_default();
            self.message = Some(Message::info(format!(
                "“{words}” appears {} in this document: press = to label them all the same.",
                counted(n, "more time")
            )));
        }
    }

    /// Labels the repeats offered, with the value the engine gave the first.
    fn label_repeats(&mut self) {
        let Some((start, end, label)) = self.suggestions.repeat.take() else {
            self.message = Some(Message::info("Label some words first: = then labels their repeats."));
            return;
        };
        let source = self.suggestions.items.iter().find(|s| (s.start, s.end, s.label) == (start, end, label));
        let attrs = source.map(Suggested::attrs).unwrap_or_default();
        let Some(found) = self.with_ws(|ws| Suggestions::repeats(ws, start, end, label)) else { return };
        let n = found.len();
        self.edit(|ws| {
            ws.add_spans_with_attrs(found.into_iter().map(|(s, e)| (s, e, label, attrs.clone())).collect()).map(drop)
        });
        self.refresh_suggested();
        if self.message.is_none() {
            self.message = Some(Message::info(format!("Labelled {}.", counted(n, "repeat"))));
        }
    }

    /// Draws the suggestions again after they or the spans changed.
    pub(super) fn refresh_suggested(&mut self) {
        let Some(ws) = self.ws.clone() else { return };
        let ws = ws.borrow();
        if *self.suggestions.doc != *ws.doc().id {
            self.suggestions.items = Rc::default();
        }
        let shown = match self.offered() {
            Some(offered) => offered,
            None => self.suggestions.shown(&ws),
        };
        let versions: Vec<(Rc<str>, spanwright_core::SpanSet)> = if self.curating {
            let owner = self.owner();
            let all = spanwright_core::team::annotated(ws.doc(), &owner);
            all.into_iter().map(|(a, s)| (Rc::from(a), s.clone())).collect()
        } else {
            Vec::new()
        };
        if versions != *self.view.versions {
            self.view.versions = Rc::new(versions);
        }
        self.view = self.view.with_suggested(&ws, Rc::new(shown));
    }
}
