//! Curation of the open document: starting it (all must agree, or majority), then every
//! conflict between the annotators' versions, each settled by a click or by key: `1`, `2`, `3`…
//! for an annotator's version, `x` for none. `Tab` and `Shift+Tab` move between conflicts.
//!
//! A book has thousands of conflicts: the list draws those around the current one only. The
//! panel is written as HTML with one listener for its clicks: Yew's markup for each row would
//! cost the page's first load more than the rest of curation together.

use std::fmt::Write;
use std::rc::Rc;

use spanwright_core::team::annotated;
use spanwright_core::team::conflicts::Conflict;
use spanwright_core::{LabelSet, Text};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::state::conflicts;
use crate::state::{Action, AppState, TeamAction, WsHandle};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub ws: WsHandle,
    pub owner: AttrValue,
    /// Changes with every edit, so the panel follows the workspace.
    pub revision: u64,
    /// The current conflict's place.
    pub current: usize,
    pub labels: Rc<LabelSet>,
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// Conflicts drawn before and after the current one.
const BEFORE: usize = 15;
const AFTER: usize = 45;

fn focused_item() -> Option<web_sys::Element> {
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
    let Some(item) = on_list else { return false };
    let choice = match key.as_str() {
        "x" | "X" => None,
        k => match k.parse::<usize>() {
            Ok(n) if n >= 1 => Some(n - 1),
            _ => return false,
        },
    };
    let id = item.get_attribute("data-conflict-id").unwrap_or_default();
    state.dispatch(Action::Team(TeamAction::Settle { id, choice }));
    true
}

/// Focuses the current conflict's row, once drawn.
fn focus_current() {
    if let Ok(Some(el)) = gloo::utils::document().query_selector("#conflicts li.current") {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('"', "&quot;")
}

fn describe(c: &Conflict, k: usize, labels: &LabelSet, text: &Text) -> String {
    let spans = &c.choices[k];
    if spans.is_empty() {
        return "missing".into();
    }
    let one = |s: &spanwright_core::Span| {
        let name = labels.get(s.label).map_or("?", |l| l.name.as_str());
        format!("{name} “{}”", text.slice(s.start, s.end))
    };
    spans.iter().map(one).collect::<Vec<_>>().join(" + ")
}

/// The panel's markup.
fn markup(p: &Props) -> String {
    let ws = p.ws.borrow();
    let d = ws.doc();
    let names: Vec<String> = annotated(d, &p.owner).into_iter().map(|(a, _)| esc(a)).collect();
    let mut h = String::from("<h2>Curation</h2>");
    if !d.team.gold {
        let _ = write!(
            h,
            "<p>{} versions: {}.</p><p class=\"hint\">Gold starts from the spans the annotators share; every \
             other span becomes a conflict to settle.</p><div class=\"actions\"><button class=\"primary\" \
             data-start=\"all\">Start: all must agree</button><button data-start=\"majority\">Start: majority\
             </button><button data-close=\"\">Close</button></div>",
            names.len(),
            names.join(", ")
        );
        return h;
    }
    let all = conflicts::of(d, &p.owner);
    let merge = if d.team.majority { "majority" } else { "all must agree" };
    let _ = write!(
        h,
        "<p role=\"status\">{} of {} conflicts left · gold merged by {merge} · {}</p><p class=\"hint\">Tab to a \
         conflict, then 1, 2, 3… takes that annotator's version, x none. Gold is the document's spans: edit it \
         as usual.</p><ol id=\"conflicts\" aria-label=\"Conflicts\">",
        conflicts::left(d, &all),
        all.len(),
        names.join(", ")
    );
    let from = p.current.saturating_sub(BEFORE).min(all.len());
    let to = (p.current + AFTER).min(all.len());
    let marks = conflicts::settled(d, &all);
    for (i, c) in all.iter().enumerate().take(to).skip(from) {
        let settled = marks[i];
        let described: Vec<String> = (0..c.choices.len()).map(|k| esc(&describe(c, k, &p.labels, &d.text))).collect();
        let summary: Vec<String> = names.iter().zip(&described).map(|(n, x)| format!("{n}: {x}")).collect();
        let _ = write!(
            h,
            "<li data-conflict-id=\"{id}\" data-index=\"{i}\" tabindex=\"0\" class=\"{}{}\" aria-label=\"Conflict {} \
             of {}{}: {}\"><span class=\"where\">{}. “{}”</span>",
            if settled { "settled " } else { "" },
            if i == p.current { "current" } else { "" },
            i + 1,
            all.len(),
            if settled { ", settled" } else { "" },
            summary.join(" · "),
            i + 1,
            esc(d.text.slice(c.start, c.end)),
            id = c.id,
        );
        for (k, line) in summary.iter().enumerate() {
            let _ = write!(
                h,
                "<button tabindex=\"-1\" data-choice=\"{k}\" title=\"Take {}'s version (key {})\"><kbd>{}</kbd>{line}</button>",
                names[k],
                k + 1,
                k + 1
            );
        }
        h.push_str(
            "<button tabindex=\"-1\" data-choice=\"x\" title=\"None of them (key x)\"><kbd>x</kbd>none</button></li>",
        );
    }
    h.push_str("</ol><div class=\"actions\"><button data-close=\"\">Close curation</button></div>");
    h
}

#[function_component(CuratePanel)]
pub fn curate_panel(p: &Props) -> Html {
    let node = use_node_ref();
    let html = markup(p);
    {
        let node = node.clone();
        // Written again only when it changed; focus stays on the current conflict while the
        // curator works the list by keys, and elsewhere (a click in the text) stays there.
        use_effect_with(html, move |html| {
            if let Some(el) = node.cast::<web_sys::Element>() {
                let keep = focused_item().is_some();
                el.set_inner_html(html);
                if keep {
                    focus_current();
                }
            }
        });
    }
    let onclick = {
        let d = p.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
            let Some(button) = el.closest("button").ok().flatten() else { return };
            let attr = |name: &str| button.get_attribute(name);
            let action = if let Some(m) = attr("data-start") {
                TeamAction::StartCuration { majority: m == "majority" }
            } else if attr("data-close").is_some() {
                TeamAction::Curate(false)
            } else if let (Some(choice), Some(li)) = (attr("data-choice"), button.closest("li").ok().flatten()) {
                let id = li.get_attribute("data-conflict-id").unwrap_or_default();
                TeamAction::Settle { id, choice: choice.parse().ok() }
            } else {
                return;
            };
            d.dispatch(Action::Team(action));
        })
    };
    let onfocusin = {
        let (d, current) = (p.dispatch.clone(), p.current);
        Callback::from(move |e: FocusEvent| {
            let li = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).filter(|el| el.tag_name() == "LI");
            if let Some(i) = li.and_then(|li| li.get_attribute("data-index")).and_then(|i| i.parse().ok()) {
                if i != current {
                    d.dispatch(Action::Team(TeamAction::Current(i)));
                }
            }
        })
    };
    html! { <section class="curate" aria-label="Curation" ref={node} {onclick} {onfocusin}></section> }
}
