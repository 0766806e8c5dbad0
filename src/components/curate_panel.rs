//! Curation of the open document: starting it (all must agree, or majority), then every
//! conflict between the annotators' versions, each settled by a click or by key: `1`, `2`, `3`…
//! for an annotator's version, `x` for none. `Tab` and `Shift+Tab` move between conflicts.
//!
//! A book has thousands of conflicts: the list draws those around the current one only.

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
    let gold = state.with_ws(|ws| ws.doc().team.gold).unwrap_or(false);
    if !gold {
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

#[function_component(CuratePanel)]
pub fn curate_panel(p: &Props) -> Html {
    // Focus follows the current conflict while the curator works the list by keys; focus
    // elsewhere (a click in the text) stays where it is.
    use_effect_with((p.current, p.revision), |_| {
        if focused_item().is_some_and(|li| !li.class_list().contains("current")) {
            focus_current();
        }
    });
    let ws = p.ws.borrow();
    let d = ws.doc();
    let names: Vec<String> = annotated(d, &p.owner).into_iter().map(|(a, _)| a.to_string()).collect();
    let team = |a: TeamAction| {
        let dispatch = p.dispatch.clone();
        let a = Rc::new(std::cell::RefCell::new(Some(a)));
        Callback::from(move |_: MouseEvent| {
            if let Some(a) = a.borrow_mut().take() {
                dispatch.dispatch(Action::Team(a));
            }
        })
    };
    let close = team(TeamAction::Curate(false));
    if !d.team.gold {
        return html! {
            <section class="curate" aria-label="Curation">
                <h2>{"Curation"}</h2>
                <p>{ format!("{} versions: {}.", names.len(), names.join(", ")) }</p>
                <p class="hint">{"Gold starts from the spans the annotators share; every other span becomes a conflict to settle."}</p>
                <div class="actions">
                    <button class="primary" onclick={team(TeamAction::StartCuration { majority: false })}>{"Start: all must agree"}</button>
                    <button onclick={team(TeamAction::StartCuration { majority: true })}>{"Start: majority"}</button>
                    <button onclick={close}>{"Close"}</button>
                </div>
            </section>
        };
    }
    let all = conflicts::of(d, &p.owner);
    let left = conflicts::left(d, &all);
    let from = p.current.saturating_sub(BEFORE).min(all.len());
    let to = (p.current + AFTER).min(all.len());
    let rows = all[from..to].iter().enumerate().map(|(k, c)| {
        let i = from + k;
        let settled = d.team.is_settled(&c.id);
        let choices = (0..c.choices.len()).map(|k| {
            let onclick = team(TeamAction::Settle { id: c.id.clone(), choice: Some(k) });
            html! {
                <button tabindex="-1" {onclick} title={format!("Take {}'s version (key {})", names[k], k + 1)}>
                    <kbd>{ k + 1 }</kbd>{ format!("{}: {}", names[k], describe(c, k, &p.labels, &d.text)) }
                </button>
            }
        });
        let onfocus = {
            let (dispatch, current) = (p.dispatch.clone(), p.current);
            Callback::from(move |_: FocusEvent| {
                if i != current {
                    dispatch.dispatch(Action::Team(TeamAction::Current(i)))
                }
            })
        };
        let summary = (0..c.choices.len())
            .map(|k| format!("{}: {}", names[k], describe(c, k, &p.labels, &d.text)))
            .collect::<Vec<_>>()
            .join(" · ");
        let class = classes!(settled.then_some("settled"), (i == p.current).then_some("current"));
        html! {
            <li key={c.id.clone()} data-conflict-id={c.id.clone()} tabindex="0" {class}
                aria-label={format!("Conflict {} of {}{}: {summary}", i + 1, all.len(), if settled { ", settled" } else { "" })} {onfocus}>
                <span class="where">{ format!("{}. “{}”", i + 1, d.text.slice(c.start, c.end)) }</span>
                { for choices }
                <button tabindex="-1" onclick={team(TeamAction::Settle { id: c.id.clone(), choice: None })}
                    title="None of them (key x)"><kbd>{"x"}</kbd>{"none"}</button>
            </li>
        }
    });
    let merge = if d.team.majority { "majority" } else { "all must agree" };
    html! {
        <section class="curate" aria-label="Curation">
            <h2>{"Curation"}</h2>
            <p role="status">{ format!("{left} of {} conflicts left · gold merged by {merge} · {}", all.len(), names.join(", ")) }</p>
            <p class="hint">{"Tab to a conflict, then 1, 2, 3… takes that annotator's version, x none. Gold is the document's spans: edit it as usual."}</p>
            <ol id="conflicts" aria-label="Conflicts">{ for rows }</ol>
            <div class="actions"><button onclick={close}>{"Close curation"}</button></div>
        </section>
    }
}
