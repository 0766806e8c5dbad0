//! The panel's events, listened to once on its root: open a marker (click, Enter), zoom (wheel,
//! `+`/`-`, buttons), pan (drag, arrows), the tooltip (hover, focus), filters and scope.
//! Keys pressed in the panel stay in it: arrows pan here, they do not move the text cursor.

use std::cell::RefCell;
use std::rc::Rc;

use spanwright_views::map::View;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::panel::{Panel, ViewKind};

type Shared = Rc<RefCell<Panel>>;

fn on<E: JsCast + 'static>(
    root: &web_sys::Element,
    name: &str,
    passive: bool,
    panel: &Shared,
    f: fn(&Shared, E),
) -> Result<(), JsValue> {
    let panel = panel.clone();
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        // Drawing replaces the focused marker, and Chromium tells its focus leaving at once,
        // in the middle of the drawing: such events are the drawing's own, not the user's.
        if panel.try_borrow_mut().is_ok() {
            f(&panel, e.unchecked_into())
        }
    });
    let options = web_sys::AddEventListenerOptions::new();
    options.set_passive(passive);
    root.add_event_listener_with_callback_and_add_event_listener_options(
        name,
        closure.as_ref().unchecked_ref(),
        &options,
    )?;
    // The panel's root lives as long as the page shows it; the listeners with it.
    closure.forget();
    Ok(())
}

pub fn listen(root: &web_sys::Element, panel: &Shared) -> Result<(), JsValue> {
    on(root, "click", true, panel, click)?;
    on(root, "keydown", false, panel, key)?;
    on(root, "wheel", false, panel, wheel)?;
    on(root, "pointerdown", true, panel, pointer_down)?;
    on(root, "pointermove", true, panel, pointer_move)?;
    on(root, "pointerup", true, panel, pointer_up)?;
    on(root, "pointerover", true, panel, |p, e: web_sys::Event| tip(p, e.target(), true))?;
    on(root, "pointerout", true, panel, |p, e: web_sys::Event| tip(p, e.target(), false))?;
    on(root, "focusin", true, panel, |p, e: web_sys::Event| tip(p, e.target(), true))?;
    on(root, "focusout", true, panel, |p, e: web_sys::Event| tip(p, e.target(), false))?;
    on(root, "change", true, panel, change)
}

fn closest(target: Option<web_sys::EventTarget>, selector: &str) -> Option<web_sys::Element> {
    target?.dyn_into::<web_sys::Element>().ok()?.closest(selector).ok().flatten()
}

fn open(el: &web_sys::Element) {
    let doc = el.get_attribute("data-doc").and_then(|d| d.parse().ok()).unwrap_or(0);
    crate::app::open(doc, &el.get_attribute("data-span-id").unwrap_or_default());
}

fn click(panel: &Shared, e: web_sys::MouseEvent) {
    if let Some(el) = closest(e.target(), ".mark, .apart") {
        open(&el);
    } else if let Some(el) = closest(e.target(), "[data-act]") {
        act(panel, &el.get_attribute("data-act").unwrap_or_default());
    }
}

fn act(panel: &Shared, what: &str) {
    match what {
        "zoom-in" => zoom(panel, 1.5, None),
        "zoom-out" => zoom(panel, 1.0 / 1.5, None),
        "fit" => {
            let mut p = panel.borrow_mut();
            (p.window, p.view) = (None, None);
            p.draw();
        }
        "svg" | "png" => crate::save::save(&panel.borrow(), what),
        _ => {}
    }
}

/// Zooms by `factor` about a point of the canvas (its middle when `None`), drawn next frame.
fn zoom(panel: &Shared, factor: f64, at: Option<(f64, f64)>) {
    {
        let mut p = panel.borrow_mut();
        let (w, v) = (p.window, p.view);
        match p.kind {
            ViewKind::Timeline => p.window = w.map(|w| w.zoom(factor, at.map_or(w.width / 2.0, |a| a.0))),
            ViewKind::Map => {
                p.view = v.map(|v: View| {
                    let (x, y) = at.unwrap_or((v.width / 2.0, v.height() / 2.0));
                    v.zoom(factor, x, y)
                })
            }
        }
    }
    redraw(panel);
}

fn pan(panel: &Shared, dx: f64, dy: f64) {
    {
        let mut p = panel.borrow_mut();
        let (w, v) = (p.window, p.view);
        p.window = w.map(|w| w.pan(-dx));
        p.view = v.map(|v| v.pan(dx, dy));
    }
    redraw(panel);
}

/// One drawing per frame, however many wheel or pointer events came.
fn redraw(panel: &Shared) {
    if std::mem::replace(&mut panel.borrow_mut().frame_pending, true) {
        return;
    }
    let p = panel.clone();
    let frame = Closure::once_into_js(move || {
        let mut p = p.borrow_mut();
        p.frame_pending = false;
        p.draw();
    });
    if let Some(w) = web_sys::window() {
        let _ = w.request_animation_frame(frame.unchecked_ref());
    }
}

fn key(panel: &Shared, e: web_sys::KeyboardEvent) {
    if e.ctrl_key() || e.meta_key() || e.alt_key() || e.key() == "Escape" {
        return;
    }
    // Controls (the actor list, the buttons) keep their own keys.
    let on_control = closest(e.target(), "select, input, button").is_some();
    let mark = closest(e.target(), ".mark");
    let handled = match e.key().as_str() {
        "Enter" | " " if mark.is_some() => {
            open(mark.as_ref().expect("checked"));
            true
        }
        "+" | "=" if !on_control => {
            zoom(panel, 1.5, None);
            true
        }
        "-" | "_" if !on_control => {
            zoom(panel, 1.0 / 1.5, None);
            true
        }
        "ArrowLeft" if !on_control => pan_key(panel, 60.0, 0.0),
        "ArrowRight" if !on_control => pan_key(panel, -60.0, 0.0),
        "ArrowUp" if !on_control => pan_key(panel, 0.0, 60.0),
        "ArrowDown" if !on_control => pan_key(panel, 0.0, -60.0),
        _ => false,
    };
    if handled {
        e.prevent_default();
    }
    // The page's own keys (labels, arrows, Tab through suggestions) are for the text.
    e.stop_propagation();
}

fn pan_key(panel: &Shared, dx: f64, dy: f64) -> bool {
    pan(panel, dx, dy);
    true
}

fn point_in_canvas(panel: &Shared, e: &web_sys::MouseEvent) -> Option<(f64, f64)> {
    let canvas = panel.borrow().root.query_selector(".views-canvas svg").ok().flatten()?;
    let r = canvas.get_bounding_client_rect();
    Some((e.client_x() as f64 - r.left(), e.client_y() as f64 - r.top()))
}

fn wheel(panel: &Shared, e: web_sys::WheelEvent) {
    if closest(e.target(), ".views-canvas").is_none() {
        return;
    }
    e.prevent_default();
    let at = point_in_canvas(panel, &e);
    zoom(panel, (-e.delta_y() * 0.002).exp(), at);
}

fn pointer_down(panel: &Shared, e: web_sys::PointerEvent) {
    if closest(e.target(), ".views-canvas").is_none() || closest(e.target(), ".mark").is_some() {
        return;
    }
    panel.borrow_mut().drag = Some((e.client_x() as f64, e.client_y() as f64));
    if let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
        let _ = el.set_pointer_capture(e.pointer_id());
    }
}

fn pointer_move(panel: &Shared, e: web_sys::PointerEvent) {
    let Some((x, y)) = panel.borrow().drag else { return };
    let (nx, ny) = (e.client_x() as f64, e.client_y() as f64);
    panel.borrow_mut().drag = Some((nx, ny));
    pan(panel, nx - x, ny - y);
}

fn pointer_up(panel: &Shared, _: web_sys::PointerEvent) {
    panel.borrow_mut().drag = None;
}

fn tip(panel: &Shared, target: Option<web_sys::EventTarget>, show: bool) {
    let Some(mark) = closest(target, ".mark") else { return };
    let p = panel.borrow();
    let Ok(Some(tip)) = p.root.query_selector(".views-tip") else { return };
    let tip: web_sys::HtmlElement = tip.unchecked_into();
    if !show {
        tip.set_hidden(true);
        return;
    }
    tip.set_text_content(Some(&p.describe(&mark.get_attribute("data-span-ids").unwrap_or_default())));
    let (r, root) = (mark.get_bounding_client_rect(), p.root.get_bounding_client_rect());
    let style = tip.style();
    // Kept inside the panel: a marker at the right edge has its tip to its left.
    let left = (r.left() - root.left()).min(root.width() - 340.0).max(0.0);
    let _ = style.set_property("left", &format!("{left:.0}px"));
    let _ = style.set_property("top", &format!("{:.0}px", r.bottom() - root.top() + 4.0));
    tip.set_hidden(false);
}

fn change(panel: &Shared, e: web_sys::Event) {
    let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    if el.get_attribute("name").as_deref() == Some("views-scope") {
        let value = el.unchecked_ref::<web_sys::HtmlInputElement>().value();
        let mut p = panel.borrow_mut();
        (p.project, p.stale, p.window, p.view, p.filter.actor) = (value == "project", true, None, None, None);
        return;
    }
    let mut p = panel.borrow_mut();
    match el.get_attribute("data-filter").as_deref() {
        Some("accepted") => p.filter.hide_accepted = !el.unchecked_ref::<web_sys::HtmlInputElement>().checked(),
        Some("suggested") => p.filter.hide_suggested = !el.unchecked_ref::<web_sys::HtmlInputElement>().checked(),
        Some("actor") => {
            let v = el.unchecked_ref::<web_sys::HtmlSelectElement>().value();
            p.filter.actor = (!v.is_empty()).then_some(v);
        }
        _ => return,
    }
    p.render();
}
