//! The app's side, as the module reaches it: the functions the app exports on
//! `window.wasmBindings` (Trunk's name for them), and the Timeline and Map buttons.

use std::cell::RefCell;
use std::rc::Rc;

use spanwright_app::tools::page::call;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::panel::{Panel, ViewKind};

/// Asks the app to open document `doc` at span `id` (its popover open).
pub fn open(doc: usize, id: &str) {
    call("views_open", &[(doc as f64).into(), id.into()]);
}

/// Marks which button's view is open.
pub fn pressed(kind: Option<ViewKind>) {
    let document = crate::panel::gloo_document();
    for (name, k) in [("timeline", ViewKind::Timeline), ("map", ViewKind::Map)] {
        if let Ok(Some(b)) = document.query_selector(&format!("[data-views={name}]")) {
            let _ = b.set_attribute("aria-pressed", if kind == Some(k) { "true" } else { "false" });
        }
    }
}

/// Once a frame while the panel is open: when the app's version moved (an edit, new
/// suggestions, the cursor) or the panel asks (`stale`), reads the data and draws again.
pub fn poll(panel: Rc<RefCell<Panel>>) {
    let slot: Rc<RefCell<Option<Closure<dyn FnMut()>>>> = Rc::new(RefCell::new(None));
    let again = slot.clone();
    *slot.borrow_mut() = Some(Closure::new(move || {
        // A closed panel stops asking for frames (its closure, a few bytes, stays).
        if panel.borrow().closed {
            return;
        }
        let version = call("views_version", &[]).and_then(|v| v.as_f64()).map(|v| v as u32);
        let stale = panel.borrow().version != version || panel.borrow().stale;
        if stale {
            let project = panel.borrow().project;
            match call("views_data", &[project.into()]).filter(|d| !d.is_null()) {
                Some(data) => {
                    let mut p = panel.borrow_mut();
                    (p.version, p.stale) = (version, false);
                    if p.set_data(&js_sys::Array::from(&data)) {
                        p.render();
                    }
                    pressed(Some(p.kind));
                }
                // No project open: the buttons are gone, and so goes the panel.
                None => {
                    crate::close(&panel);
                    return;
                }
            }
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
