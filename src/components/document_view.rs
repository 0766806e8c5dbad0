//! The read-only document: its date, then its text as chunks keyed by their start offset.

use std::rc::Rc;

use spanwright_core::header::is_iso_date;
use spanwright_core::SpanId;
use yew::prelude::*;

use super::chunk_view::ChunkView;
use super::drawn_chunks::use_drawn_chunks;
use super::hotkeys::DOC_TEXT_ID;
use crate::state::{Action, AppState, DocView, Message};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub view: DocView,
    pub date: Option<String>,
    /// The ids of all documents, when there are several, and the open one's index.
    pub documents: Rc<Vec<String>>,
    pub current: usize,
    pub cursor: Option<(usize, usize)>,
    pub flash: Option<SpanId>,
    pub dispatch: UseReducerDispatcher<AppState>,
}

#[function_component(DocumentView)]
pub fn document_view(p: &Props) -> Html {
    let on_date = {
        let d = p.dispatch.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            match value.as_str() {
                "" => d.dispatch(Action::SetDate(None)),
                v if is_iso_date(v) => d.dispatch(Action::SetDate(Some(v.to_string()))),
                v => d.dispatch(Action::Notify(Message::error(format!("{v:?} is not a date")))),
            }
        })
    };
    let on_pick = {
        let d = p.dispatch.clone();
        Callback::from(move |e: Event| {
            if let Ok(i) = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value().parse() {
                d.dispatch(Action::OpenDocument(i));
            }
        })
    };
    let flash_span =
        p.flash.as_ref().and_then(|id| p.view.items.iter().find(|i| &i.id == id)).map(|i| (i.start, i.end));
    let drawn = use_drawn_chunks(&p.view, p.cursor, flash_span);
    // Keep the keyboard cursor on screen as it moves.
    use_effect_with(p.cursor, |cursor| {
        if cursor.is_some() {
            if let Ok(Some(el)) = gloo::utils::document().query_selector("#doc-text .piece.cursor") {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                el.scroll_into_view_with_scroll_into_view_options(&options);
            }
        }
    });
    let chunks = p.view.chunks.iter().zip(p.view.chunk_spans.iter()).enumerate().map(|(i, (c, spans))| {
        let drawn = drawn.get(i).copied().unwrap_or(true);
        let cursor = p.cursor.filter(|(a, b)| *a < c.end && *b > c.start);
        let flash = p.flash.clone().filter(|_| flash_span.is_some_and(|(a, b)| a < c.end && b > c.start));
        html! {
            <ChunkView key={c.start} chunk={c.clone()} spans={spans.clone()} labels={p.view.labels.clone()}
                {cursor} {flash} {drawn} dispatch={p.dispatch.clone()} />
        }
    });
    html! {
        <main class="document">
            <div class="doc-meta">
                <label>{"Date "}
                    <input type="date" aria-label="Document date" value={p.date.clone().unwrap_or_default()} onchange={on_date} />
                </label>
                if p.date.is_none() { <span class="hint">{"no date given"}</span> }
                if p.documents.len() > 1 {
                    <label class="picker">{ format!("Document {} of {} ", p.current + 1, p.documents.len()) }
                        <select aria-label="Document" onchange={on_pick}>
                            { for p.documents.iter().enumerate().map(|(i, id)| html! {
                                <option value={i.to_string()} selected={i == p.current}>{ id }</option>
                            }) }
                        </select>
                    </label>
                }
            </div>
            <div id={DOC_TEXT_ID} class="doc-text" aria-label="Document text">{ for chunks }</div>
        </main>
    }
}
