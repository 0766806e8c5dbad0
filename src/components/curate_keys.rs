//! Keys in curation, on the page (the panel itself comes with the module, src/tools/curation.rs):
//! `Tab`/`Shift+Tab` between conflicts, and on a focused conflict `1`–`9` for an annotator's
//! version, `x` for none.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::state::{Action, AppState, TeamAction};

pub fn focused_item() -> Option<web_sys::Element> {
    let active = gloo::utils::document().active_element()?;
    active.closest("#conflicts [data-conflict-id]").ok().flatten()
}

/// Keys in curation: `Tab`/`Shift+Tab` between conflicts (from the text or the list), and on a
/// focused conflict `1`–`9` or `x`. True when the key was taken.
pub fn on_curate_key(state: &UseReducerHandle<AppState>, e: &web_sys::KeyboardEvent) -> bool {
    if !state.curating || e.ctrl_key() || e.meta_key() || e.alt_key() {
        return false;
    }
    if !state.with_ws(|ws| ws.doc().team.gold).unwrap_or(false) {
        return false;
    }
    let key = e.key();
    let on_list = focused_item();
    if key == "Tab" {
        let target = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let from_text = target.is_none_or(|el| {
            matches!(el.tag_name().as_str(), "BODY" | "HTML") || el.closest("#doc-text").ok().flatten().is_some()
        });
        match on_list {
            Some(_) => state.dispatch(Action::Team(TeamAction::Step { forward: !e.shift_key() })),
            None if from_text => {
                state.dispatch(Action::Team(TeamAction::Current(state.conflict)));
                focus_current();
            }
            None => return false,
        }
        return true;
    }
    if on_list.is_none() {
        return false;
    }
    let choice = match key.as_str() {
        "x" | "X" => None,
        k => match k.parse::<usize>() {
            Ok(n) if n >= 1 => Some(n - 1),
            _ => return false,
        },
    };
    // The current conflict, as the state holds it: the panel may not be drawn again yet after a
    // quick Tab.
    let owner = state.owner();
    let id =
        state.with_ws(|ws| crate::state::conflicts::of(ws.doc(), &owner).get(state.conflict).map(|c| c.id.clone()));
    let Some(Some(id)) = id else { return false };
    state.dispatch(Action::Team(TeamAction::Settle { id, choice }));
    true
}

/// Focuses the current conflict's row, once drawn.
pub fn focus_current() {
    if let Ok(Some(el)) = gloo::utils::document().query_selector("#conflicts li.current") {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}
