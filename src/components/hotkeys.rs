//! Keyboard handling for the whole page: label hotkeys, cursor movement, undo and redo, moving
//! between documents (`[`, `]`, `}` for the next unfinished), marking one done (Ctrl+Enter), and
//! reviewing suggestions (Tab / Shift+Tab, Enter, Backspace, `=` for repeats).
//! Keys typed into a text field are never taken.

use spanwright_core::LabelId;
use yew::UseReducerHandle;

use crate::dom::keys::{is_typing, typed_char};
use crate::dom::selection::{clear_selection, selected_code_points};
use crate::state::{Action, AppState, Direction, Message, SuggestAction};

/// The element that holds the document's text.
pub const DOC_TEXT_ID: &str = "doc-text";

pub fn on_key(state: &UseReducerHandle<AppState>, e: &web_sys::KeyboardEvent) {
    if state.ws.is_none() || is_typing(e) {
        return;
    }
    if super::curate_keys::on_curate_key(state, e) {
        e.prevent_default();
        return;
    }
    let command = e.ctrl_key() || e.meta_key();
    let key = e.key();
    let action = match key.as_str() {
        "z" | "Z" if command && e.shift_key() => Some(Action::Redo),
        "z" | "Z" if command => Some(Action::Undo),
        "y" | "Y" if command => Some(Action::Redo),
        "Enter" if command => Some(Action::ToggleDone),
        _ if command || e.alt_key() => None,
        "]" => Some(Action::StepDocument { forward: true, unfinished: false }),
        "[" => Some(Action::StepDocument { forward: false, unfinished: false }),
        "}" => Some(Action::StepDocument { forward: true, unfinished: true }),
        "Escape" if state.popover.is_some() => Some(Action::ClosePopover),
        "Escape" => Some(Action::ClearCursor),
        "ArrowRight" => Some(Action::MoveCursor { direction: Direction::Right, extend: e.shift_key() }),
        "ArrowLeft" => Some(Action::MoveCursor { direction: Direction::Left, extend: e.shift_key() }),
        "Tab" if on_page(e) => Some(Action::Suggest(SuggestAction::Step { forward: !e.shift_key() })),
        "Enter" if on_suggestion(state) => Some(Action::Suggest(SuggestAction::AtCursor { reject: false })),
        "=" => Some(Action::Suggest(SuggestAction::AcceptAll(None))),
        "Delete" | "Backspace" => match &state.popover {
            Some(p) if p.spans.len() == 1 && p.suggested.is_empty() => Some(Action::RemoveSpan(p.spans[0].clone())),
            _ if on_suggestion(state) => Some(Action::Suggest(SuggestAction::AtCursor { reject: true })),
            _ => Some(Action::RemoveAtCursor),
        },
        _ => {
            let label = typed_char(e).and_then(|c| state.view.labels.by_key(c)).map(|l| l.id);
            label.map(|id| label_action(state.cursor.is_some(), id))
        }
    };
    if let Some(action) = action {
        e.prevent_default();
        state.dispatch(action);
    }
}

/// Whether the keyboard cursor is exactly on a shown suggestion.
fn on_suggestion(state: &AppState) -> bool {
    state.cursor.is_some_and(|c| state.with_ws(|ws| state.suggestions.at(c, ws)).flatten().is_some())
}

/// Tab reviews suggestions only when focus is on the page itself, not on a control (where it
/// moves focus, as everywhere).
fn on_page(e: &web_sys::KeyboardEvent) -> bool {
    let target = e.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok());
    target.is_none_or(|el| {
        matches!(el.tag_name().as_str(), "BODY" | "HTML") || el.closest("#doc-text").ok().flatten().is_some()
    })
}

/// Labels the mouse selection if there is one in the document, else the keyboard cursor.
pub fn label_action(has_cursor: bool, label: LabelId) -> Action {
    let root = gloo::utils::document().get_element_by_id(DOC_TEXT_ID);
    if let Some((start, end)) = root.and_then(|r| selected_code_points(&r)) {
        clear_selection();
        return Action::AddSpan { start, end, label };
    }
    if has_cursor {
        Action::LabelCursor(label)
    } else {
        Action::Notify(Message::error("Select words in the text first (or move the cursor with the arrow keys)."))
    }
}
