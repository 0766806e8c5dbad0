//! The toolbar: one button per label, undo/redo, export, copy, import, snapping.

use std::rc::Rc;

use spanwright_core::LabelSet;
use yew::prelude::*;

use super::hotkeys::label_action;
use super::import_button::ImportButton;
use crate::dom::files::{copy_text, download};
use crate::dom::formats_client::export_v1;
use crate::state::{Action, AppState, Message, TeamAction, WsHandle};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub labels: Rc<LabelSet>,
    pub can_undo: bool,
    pub can_redo: bool,
    pub snap: bool,
    pub has_cursor: bool,
    pub ws: WsHandle,
    /// The documents the document list shows (its filter and search), for exporting only those.
    pub shown: std::rc::Rc<Vec<usize>>,
    pub suggestions: crate::state::suggestions::Suggestions,
    pub curating: bool,
    /// Who owns spans nobody named (this browser's annotator).
    pub owner: AttrValue,
    pub dispatch: UseReducerDispatcher<AppState>,
}

#[function_component(Toolbar)]
pub fn toolbar(p: &Props) -> Html {
    let d = &p.dispatch;
    let simple = |a: fn() -> Action| {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(a()))
    };
    // Clicking a button must not drop the text selection it is about to label.
    let keep_selection = Callback::from(|e: MouseEvent| e.prevent_default());
    let label_buttons = p.labels.iter().enumerate().map(|(i, l)| {
        let (d, id, has_cursor) = (d.clone(), l.id, p.has_cursor);
        let onclick = Callback::from(move |_| d.dispatch(label_action(has_cursor, id)));
        let keys = match l.hotkey {
            Some(k) => format!("{k} / {}", i + 1),
            None => format!("{}", i + 1),
        };
        html! {
            <button class="label-button" aria-label={l.name.clone()} title={format!("{} (key {keys})", l.name)}
                style={format!("--label-color:{}", l.color)} onmousedown={keep_selection.clone()} {onclick}>
                <span class="swatch"></span>{ &l.name }<kbd>{ keys }</kbd>
            </button>
        }
    });
    let on_snap = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            d.dispatch(Action::SetSnap(e.target_unchecked_into::<web_sys::HtmlInputElement>().checked()))
        })
    };
    // Written by the formats worker, from the records the page stores.
    let export = {
        let (d, ws) = (d.clone(), p.ws.clone());
        Callback::from(move |_| {
            let ws = ws.borrow();
            let d = d.clone();
            export_v1(&ws, format!("spanwright-{}", ws.doc().id), None, move |r| {
                if let Err(e) = r.and_then(|(name, text)| download(&name, &text, "application/json")) {
                    d.dispatch(Action::Notify(Message::error(format!("Could not export: {e}"))));
                }
            });
        })
    };
    let copy = {
        let (d, ws) = (d.clone(), p.ws.clone());
        Callback::from(move |_| {
            let d = d.clone();
            let told = move |r: Result<(), String>| {
                d.dispatch(Action::Notify(match r {
                    Ok(()) => Message::info("Copied the annotations as JSON."),
                    Err(e) => Message::error(format!("Could not copy: {e}")),
                }))
            };
            export_v1(&ws.borrow(), String::new(), None, move |r| match r {
                Ok((_, text)) => copy_text(text, told),
                Err(e) => told(Err(e)),
            });
        })
    };
    html! {
        <nav class="toolbar" aria-label="Tools">
            <div class="group labels">{ for label_buttons }</div>
            <div class="group">
                <button aria-label="Undo" title="Undo (Ctrl+Z)" disabled={!p.can_undo} onclick={simple(|| Action::Undo)}>{"↶ Undo"}</button>
                <button aria-label="Redo" title="Redo (Ctrl+Shift+Z or Ctrl+Y)" disabled={!p.can_redo} onclick={simple(|| Action::Redo)}>{"↷ Redo"}</button>
            </div>
            <label class="toggle"><input type="checkbox" checked={p.snap} onchange={on_snap} />{"Snap to words"}</label>
            <div class="group">
                <button onclick={export}>{"Export JSON"}</button>
                <button onclick={copy}>{"Copy JSON"}</button>
                // Export as…, Import from…, Add annotator's work and Agreement come with the module
                // loaded on their first click (src/tools, through workers/views-loader.js).
                <div class="export-wrap"><button data-views="export" aria-expanded="false">{"Export as…"}</button></div>
                <ImportButton dispatch={d.clone()} replaces={true} />
                <button data-views="import">{"Import from…"}</button>
            </div>
            <div class="group team">
                <button data-views="team">{"Add annotator's work"}</button>
                <button data-views="curate" aria-pressed={p.curating.to_string()}
                    onclick={let (d, on) = (d.clone(), !p.curating); Callback::from(move |_| d.dispatch(Action::Team(TeamAction::Curate(on))))}>{"Curate"}</button>
                <button data-views="agreement" aria-expanded="false">{"Agreement"}</button>
            </div>
            // Handled by workers/views-loader.js, which loads the timeline and map on first use.
            <div class="group views-buttons">
                <button data-views="timeline">{"Timeline"}</button>
                <button data-views="map">{"Map"}</button>
            </div>
        </nav>
    }
}
