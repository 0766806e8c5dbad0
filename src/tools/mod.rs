//! Import, export, adding an annotator's work and agreement: dialogs the page shows only on a
//! click, so they come with the module loaded then (src/bin/spanwright_views), not with the
//! first load. They reach the page through `page`.

pub mod agreement;
pub mod curation;
pub mod export_menu;
pub mod import_dialog;
pub mod page;
pub mod sync;

use std::cell::RefCell;

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToolProps {
    /// `import`, `team` (another annotator's work), `export` or `agreement`.
    pub kind: AttrValue,
    pub close: Callback<()>,
}

#[function_component(Tool)]
pub fn tool(p: &ToolProps) -> Html {
    let info = page::info();
    match p.kind.as_str() {
        "import" => html! { <import_dialog::ImportDialog has_workspace={info.has_project} close={p.close.clone()} /> },
        "team" => {
            html! { <import_dialog::ImportDialog has_workspace={true} team={true} owner={info.owner.clone()} close={p.close.clone()} /> }
        }
        "export" => html! { <export_menu::ExportMenu {info} close={p.close.clone()} /> },
        "sync" => html! { <sync::dialog::SyncDialog close={p.close.clone()} /> },
        _ => html! { <agreement::Agreement {info} close={p.close.clone()} /> },
    }
}

/// Focus goes to `first` as a tool opens, and back to the page's button for it (`data-views`
/// = `kind`) as it closes.
#[hook]
pub fn use_focus_in_and_back(first: NodeRef, kind: &'static str) {
    use_effect_with((), move |_| {
        if let Some(el) = first.cast::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
        move || {
            if let Ok(Some(b)) = gloo::utils::document().query_selector(&format!("[data-views={kind}]")) {
                if let Ok(b) = b.dyn_into::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
        }
    });
}

thread_local! {
    static OPEN: RefCell<Option<(String, web_sys::Element, yew::AppHandle<Tool>)>> = const { RefCell::new(None) };
}

/// Shows tool `kind` (or closes it, if it is the one shown). `near`: the button that asked;
/// a menu opens under it, a dialog over the page.
pub fn toggle(kind: &str, near: Option<web_sys::Element>) {
    let open = OPEN.with(|o| o.borrow_mut().take());
    if let Some((shown, host, handle)) = open {
        handle.destroy();
        host.remove();
        set_pressed(&shown, false);
        if shown == kind {
            return;
        }
    }
    let document = gloo::utils::document();
    let Ok(host) = document.create_element("div") else { return };
    host.set_class_name("tool-host");
    // A menu under its button (its wrapper places it); a dialog in the body.
    let parent =
        near.filter(|_| kind == "export").and_then(|b| b.parent_element()).or_else(|| document.body().map(Into::into));
    let Some(parent) = parent else { return };
    let _ = parent.append_child(&host);
    let owned = kind.to_string();
    let close = Callback::from(move |_| {
        let still = OPEN.with(|o| o.borrow().as_ref().is_some_and(|(k, _, _)| *k == owned));
        if still {
            toggle(&owned, None);
        }
    });
    let props = ToolProps { kind: kind.to_string().into(), close };
    let handle = yew::Renderer::<Tool>::with_root_and_props(host.clone(), props).render();
    set_pressed(kind, true);
    OPEN.with(|o| *o.borrow_mut() = Some((kind.to_string(), host, handle)));
}

fn set_pressed(kind: &str, open: bool) {
    if let Ok(list) = gloo::utils::document().query_selector_all(&format!("[data-views={kind}]")) {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                let _ = el.set_attribute("aria-expanded", if open { "true" } else { "false" });
            }
        }
    }
}

use wasm_bindgen::JsCast;
