//! The curation panel, drawn by the module (loaded with the first click of Curate): the
//! document's conflicts around the current one, each settled by a click (or by key, on the
//! page: src/components/curate_keys.rs). It reads the open document through `views_curation`
//! whenever the page's version moves, and acts through `views_team`.

use std::cell::RefCell;
use std::fmt::Write;
use std::rc::Rc;

use spanwright_core::project_store::{doc_from_records, ProjectRecord};
use spanwright_core::team::annotated;
use spanwright_core::team::conflicts::{self, Conflict};
use spanwright_core::{Document, LabelSet, Text};

use super::page::call;
use crate::components::curate_keys::focused_item;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Conflicts drawn before and after the current one.
const BEFORE: usize = 15;
const AFTER: usize = 45;

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
fn markup(d: &Document, labels: &LabelSet, owner: &str, current: usize) -> String {
    let names: Vec<String> = annotated(d, owner).into_iter().map(|(a, _)| esc(a)).collect();
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
    let all = conflicts::of(d, owner);
    let marks = conflicts::settled_marks(&d.team.settled, &all);
    let left = marks.iter().filter(|s| !**s).count();
    let merge = if d.team.majority { "majority" } else { "all must agree" };
    let _ = write!(
        h,
        "<p role=\"status\">{} of {} conflicts left · gold merged by {merge} · {}</p><p class=\"hint\">Tab to a \
         conflict, then 1, 2, 3… takes that annotator's version, x none. Gold is the document's spans: edit it \
         as usual.</p><ol id=\"conflicts\" aria-label=\"Conflicts\">",
        left,
        all.len(),
        names.join(", ")
    );
    let from = current.saturating_sub(BEFORE).min(all.len());
    let to = (current + AFTER).min(all.len());
    for (i, c) in all.iter().enumerate().take(to).skip(from) {
        let settled = marks[i];
        let described: Vec<String> = (0..c.choices.len()).map(|k| esc(&describe(c, k, labels, &d.text))).collect();
        let summary: Vec<String> = names.iter().zip(&described).map(|(n, x)| format!("{n}: {x}")).collect();
        let _ = write!(
            h,
            "<li data-conflict-id=\"{id}\" data-index=\"{i}\" tabindex=\"0\" class=\"{}{}\" aria-label=\"Conflict {} \
             of {}{}: {}\"><span class=\"where\">{}. “{}”</span>",
            if settled { "settled " } else { "" },
            if i == current { "current" } else { "" },
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

/// The panel as the page's state asks: drawn into the page's `[data-curate-host]` when it
/// changed; `None` when there is nothing to draw.
fn draw(last: &mut String) {
    let Some(host) = gloo::utils::document().query_selector("[data-curate-host]").ok().flatten() else {
        last.clear();
        return;
    };
    let Some(a) = call("views_curation", &[]).filter(|v| !v.is_null()).map(|v| js_sys::Array::from(&v)) else { return };
    let (record, text, project, owner) =
        (a.get(0).as_string(), a.get(1).as_string(), a.get(2).as_string(), a.get(3).as_string().unwrap_or_default());
    let current = a.get(4).as_f64().unwrap_or(0.0) as usize;
    let (Some(record), Some(text), Some(project)) = (record, text, project) else { return };
    let (Ok(doc), Ok(p)) = (doc_from_records(&text, &record), serde_json::from_str::<ProjectRecord>(&project)) else {
        return;
    };
    let html = markup(&doc, &p.labels, &owner, current);
    // The same host with the same markup is left alone (and keeps its focus).
    if host.get_attribute("data-drawn").is_some() && *last == html {
        return;
    }
    let keep = focused_item().is_some();
    host.set_inner_html(&html);
    let _ = host.set_attribute("data-drawn", "");
    *last = html;
    if keep {
        if let Ok(Some(el)) = host.query_selector("li.current") {
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    }
}

fn act(what: &str, id: &str, choice: i32) {
    call("views_team", &[what.into(), id.into(), choice.into()]);
}

thread_local! {
    static RUNNING: RefCell<bool> = const { RefCell::new(false) };
}

/// Starts drawing the panel whenever the page shows curation (once; it then runs while the page
/// is open, a check of one number a frame).
pub fn ensure() {
    if RUNNING.with(|r| r.replace(true)) {
        return;
    }
    let document = gloo::utils::document();
    // Clicks and focus inside the panel, however often it is drawn again.
    let on_click = Closure::<dyn Fn(web_sys::Event)>::new(|e: web_sys::Event| {
        let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        if el.closest("[data-curate-host]").ok().flatten().is_none() {
            return;
        }
        let Some(button) = el.closest("button").ok().flatten() else { return };
        let attr = |name: &str| button.get_attribute(name);
        if let Some(m) = attr("data-start") {
            act(&format!("start-{m}"), "", 0);
        } else if attr("data-close").is_some() {
            act("close", "", 0);
        } else if let (Some(choice), Some(li)) = (attr("data-choice"), button.closest("li").ok().flatten()) {
            let id = li.get_attribute("data-conflict-id").unwrap_or_default();
            act("settle", &id, choice.parse().unwrap_or(-1));
        }
    });
    let on_focus = Closure::<dyn Fn(web_sys::Event)>::new(|e: web_sys::Event| {
        let li = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).filter(|el| el.tag_name() == "LI");
        if let Some(i) = li
            .and_then(|li| li.closest("#conflicts [data-index]").ok().flatten())
            .and_then(|li| li.get_attribute("data-index"))
        {
            act("current", &i, 0);
        }
    });
    let _ = document.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    let _ = document.add_event_listener_with_callback("focusin", on_focus.as_ref().unchecked_ref());
    on_click.forget();
    on_focus.forget();
    let version = Rc::new(RefCell::new((None::<u32>, String::new())));
    let slot: Rc<RefCell<Option<Closure<dyn FnMut()>>>> = Rc::new(RefCell::new(None));
    let again = slot.clone();
    *slot.borrow_mut() = Some(Closure::new(move || {
        let now = call("views_version", &[]).and_then(|v| v.as_f64()).map(|v| v as u32);
        let mut v = version.borrow_mut();
        let host_fresh =
            gloo::utils::document().query_selector("[data-curate-host]:not([data-drawn])").ok().flatten().is_some();
        if v.0 != now || host_fresh {
            v.0 = now;
            draw(&mut v.1);
        }
        if let (Some(w), Some(f)) = (web_sys::window(), again.borrow().as_ref()) {
            let _ = w.request_animation_frame(f.as_ref().unchecked_ref());
        }
    }));
    let first = slot.borrow();
    if let (Some(w), Some(f)) = (web_sys::window(), first.as_ref()) {
        let _ = w.request_animation_frame(f.as_ref().unchecked_ref());
    }
}
