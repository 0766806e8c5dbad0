//! Curation of the open document: starting it (all must agree, or majority), then every
//! conflict between the annotators' versions, each settled by a click or by key: `1`, `2`, `3`…
//! for an annotator's version, `x` for none. `Tab` and `Shift+Tab` move between conflicts.

use std::rc::Rc;

use spanwright_core::team::{annotated, conflicts, conflicts::Conflict};
use spanwright_core::{LabelSet, Text};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::state::{Action, AppState, TeamAction, WsHandle};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub ws: WsHandle,
    pub owner: AttrValue,
    /// Changes with every edit, so the panel follows the workspace.
    pub revision: u64,
    pub labels: Rc<LabelSet>,
    pub dispatch: UseReducerDispatcher<AppState>,
}

const LIST: &str = "#conflicts [data-conflict-id]";

fn items() -> Vec<web_sys::HtmlElement> {
    let Ok(list) = gloo::utils::document().query_selector_all(LIST) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

fn focused_item() -> Option<web_sys::HtmlElement> {
    let active = gloo::utils::document().active_element()?;
    active.closest("[data-conflict-id]").ok().flatten()?.dyn_into().ok()
}

/// Focuses the next (or previous) conflict after the focused one, wrapping; `unsettled`: the
/// next one not settled yet, if any.
fn focus_next(forward: bool, unsettled: bool) {
    let all = items();
    if all.is_empty() {
        return;
    }
    let n = all.len();
    let at = focused_item().and_then(|f| all.iter().position(|e| *e == f));
    let start = match (at, forward) {
        (Some(i), true) => i + 1,
        (Some(i), false) => i + n - 1,
        (None, true) => 0,
        (None, false) => n - 1,
    };
    let order = (0..n).map(|k| if forward { (start + k) % n } else { (start + n - k) % n });
    let order: Vec<usize> = order.collect();
    let pick =
        order.iter().find(|&&i| !unsettled || !all[i].class_list().contains("settled")).or(order.first()).copied();
    if let Some(i) = pick {
        let _ = all[i].focus();
    }
}

/// Keys in curation: `Tab`/`Shift+Tab` between conflicts (from the text or the list), and on a
/// focused conflict `1`–`9` or `x`. True when the key was taken.
pub fn on_curate_key(state: &UseReducerHandle<AppState>, e: &web_sys::KeyboardEvent) -> bool {
    if !state.curating || e.ctrl_key() || e.meta_key() || e.alt_key() {
        return false;
    }
    let key = e.key();
    let on_list = focused_item();
    if key == "Tab" {
        let target = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let from_text = target.is_none_or(|el| {
            matches!(el.tag_name().as_str(), "BODY" | "HTML") || el.closest("#doc-text").ok().flatten().is_some()
        });
        if on_list.is_none() && !from_text {
            return false;
        }
        focus_next(!e.shift_key(), false);
        return !items().is_empty();
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
    focus_next(true, true);
    true
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
    let left = all.iter().filter(|c| !d.team.settled.contains(&c.id)).count();
    let rows = all.iter().map(|c| {
        let settled = d.team.settled.contains(&c.id);
        let choices = (0..c.choices.len()).map(|k| {
            let onclick = team(TeamAction::Settle { id: c.id.clone(), choice: Some(k) });
            html! {
                <button tabindex="-1" {onclick} title={format!("Take {}'s version (key {})", names[k], k + 1)}>
                    <kbd>{ k + 1 }</kbd>{ format!("{}: {}", names[k], describe(c, k, &p.labels, &d.text)) }
                </button>
            }
        });
        let onfocus = {
            let (dispatch, start, end) = (p.dispatch.clone(), c.start, c.end);
            Callback::from(move |_: FocusEvent| dispatch.dispatch(Action::Reveal { start, end }))
        };
        let summary = (0..c.choices.len())
            .map(|k| format!("{}: {}", names[k], describe(c, k, &p.labels, &d.text)))
            .collect::<Vec<_>>()
            .join(" · ");
        html! {
            <li key={c.id.clone()} data-conflict-id={c.id.clone()} tabindex="0" class={classes!(settled.then_some("settled"))}
                aria-label={format!("{}{summary}", if settled { "Settled. " } else { "" })} {onfocus}>
                <span class="where">{ format!("“{}”", d.text.slice(c.start, c.end)) }</span>
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
