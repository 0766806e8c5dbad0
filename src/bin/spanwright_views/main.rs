//! The timeline and the map, a module of their own that the page loads on the first click of
//! their buttons (workers/views-loader.js), so that the first load does not carry them. It owns
//! the panel docked under the text, and reads the app through three functions the app exports
//! (src/dom/views_bridge.rs): a version it polls once a frame, the data, and "open this span".

mod app;
mod events;
mod head;
mod panel;
mod save;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;

use panel::{Panel, ViewKind};

thread_local! {
    static PANEL: RefCell<Option<Rc<RefCell<Panel>>>> = const { RefCell::new(None) };
}

/// Shows `kind` ("timeline" or "map") in the panel, or closes the panel if it shows it already;
/// the tools ("import", "team", "export", "agreement") open over the page, near `button`.
#[wasm_bindgen]
pub fn toggle(kind: &str, button: Option<web_sys::Element>) -> Result<(), JsValue> {
    add_style();
    if kind == "curate" {
        // The page switches curation on; the module draws its panel from now on.
        spanwright_app::tools::curation::ensure();
        return Ok(());
    }
    if kind == "sync-auto" {
        // The loader saw a project that syncs: its sync starts without a click.
        spanwright_app::tools::sync::status::show();
        wasm_bindgen_futures::spawn_local(spanwright_app::tools::sync::resume());
        return Ok(());
    }
    if matches!(kind, "import" | "team" | "export" | "agreement" | "sync") {
        spanwright_app::tools::toggle(kind, button);
        return Ok(());
    }
    let kind = if kind == "map" { ViewKind::Map } else { ViewKind::Timeline };
    if let Some(panel) = PANEL.with(|p| p.borrow().clone()) {
        let same = panel.borrow().kind == kind;
        close(&panel);
        if same {
            return Ok(());
        }
    }
    let document = panel::gloo_document();
    let dock = document.create_element("section")?;
    dock.set_class_name("views-dock");
    dock.set_attribute("role", "region")?;
    dock.set_attribute("aria-label", if kind == ViewKind::Map { "Map" } else { "Timeline" })?;
    let root = document.create_element("div")?;
    root.set_class_name("views-root");
    dock.append_child(&root)?;
    let body = document.body().ok_or("no body")?;
    body.append_child(&dock)?;
    // A class, not `body:has(.views-dock)`: that made every change inside the page recheck the
    // text's pieces (a 110 ms task while zooming a book's map).
    body.class_list().add_1("views-open")?;
    let panel = Rc::new(RefCell::new(Panel::new(root.clone(), kind)));
    events::listen(&root, &panel)?;
    PANEL.with(|p| *p.borrow_mut() = Some(panel.clone()));
    app::pressed(Some(kind));
    if kind == ViewKind::Map {
        panel::load_world(&panel);
    }
    app::poll(panel);
    Ok(())
}

/// Takes the panel off the page; its polling stops at the next frame.
pub fn close(panel: &Rc<RefCell<Panel>>) {
    let mut p = panel.borrow_mut();
    p.closed = true;
    if let Some(dock) = p.root.parent_element() {
        dock.remove();
    }
    if let Some(body) = panel::gloo_document().body() {
        let _ = body.class_list().remove_1("views-open");
    }
    PANEL.with(|slot| *slot.borrow_mut() = None);
    app::pressed(None);
}

/// The styles of the panel and the tools, once: they come with the module, not the first load.
fn add_style() {
    let document = panel::gloo_document();
    if document.get_element_by_id("views-style").is_some() {
        return;
    }
    if let (Ok(style), Some(head)) = (document.create_element("style"), document.head()) {
        style.set_id("views-style");
        style.set_text_content(Some(include_str!("style.css")));
        let _ = head.append_child(&style);
    }
}

fn main() {}
