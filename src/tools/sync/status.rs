//! "Sync status" in the project bar: what waits to go out and when the last sync was. The module
//! puts it next to the page's Sync button and keeps it there (the bar is the page's to redraw).

use std::cell::RefCell;
use std::rc::Rc;

use spanwright_core::formats::counted;

use super::engine::{self, Status};

thread_local! {
    static LAST: RefCell<(String, bool, String)> = const { RefCell::new((String::new(), false, String::new())) };
}

fn clock(ms: f64) -> String {
    let d = js_sys::Date::new(&ms.into());
    format!("{:02}:{:02}", d.get_hours(), d.get_minutes())
}

/// The words the bar shows for `s`, and whether they report a failure.
pub fn text(s: &Status) -> (String, bool) {
    let mut parts = Vec::new();
    if let Some((done, total, what)) = s.batch {
        parts.push(format!("{what} {done} of {total}"));
    }
    parts.push(if s.waiting > 0 { format!("{} to send", counted(s.waiting, "change")) } else { "All sent".into() });
    if let Some(last) = s.last {
        parts.push(format!("last sync {}", clock(last)));
    }
    if !s.running && s.error.is_none() {
        parts.push("not syncing".into());
    }
    if let Some(e) = &s.error {
        parts.insert(0, if e.starts_with("Cannot reach") { "Offline".into() } else { "Not synced".into() });
    }
    (parts.join(" · "), s.error.is_some())
}

/// Shows the status in the bar from now on.
pub fn show() {
    thread_local!(static ON: RefCell<bool> = const { RefCell::new(false) });
    if ON.with(|o| o.replace(true)) {
        return;
    }
    engine::listen(Rc::new(|s: &Status| {
        let (text, failed) = text(s);
        let title = s.error.clone().unwrap_or_default();
        LAST.with(|l| *l.borrow_mut() = (text, failed, title));
        draw();
    }))
    .forever();
    // The page redraws its bar (another project, a re-render): the status goes back in.
    gloo::timers::callback::Interval::new(1000, || {
        super::watch();
        draw();
    })
    .forget();
}

/// A message in the status before the engine runs (a refused origin, signed out).
pub fn say(message: &str, failed: bool) {
    show();
    LAST.with(|l| *l.borrow_mut() = (message.to_string(), failed, message.to_string()));
    draw();
}

fn draw() {
    let (text, failed, title) = LAST.with(|l| l.borrow().clone());
    let document = gloo::utils::document();
    if text.is_empty() {
        if let Ok(Some(el)) = document.query_selector(".sync-status") {
            el.remove();
        }
        return;
    }
    let Ok(Some(button)) = document.query_selector(".project-bar [data-views=sync]") else { return };
    let el = match document.query_selector(".project-bar .sync-status") {
        Ok(Some(el)) => el,
        _ => {
            let Ok(el) = document.create_element("span") else { return };
            let _ = el.set_attribute("role", "status");
            let _ = el.set_attribute("aria-label", "Sync status");
            let _ = button.after_with_node_1(&el);
            el
        }
    };
    el.set_class_name(if failed { "sync-status failed" } else { "sync-status" });
    if el.text_content().as_deref() != Some(text.as_str()) {
        el.set_text_content(Some(&text));
    }
    let _ = el.set_attribute("title", &title);
}
