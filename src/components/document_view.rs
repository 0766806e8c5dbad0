//! The read-only document: its date, then its text as chunks keyed by their start offset.

use spanwright_core::header::is_iso_date;
use spanwright_core::SpanId;
use yew::prelude::*;

use super::chunk_groups::{groups, use_show_on_jump};
use super::chunk_view::ChunkView;
use super::drawn_chunks::use_drawn_chunks;
use super::hotkeys::DOC_TEXT_ID;
use crate::state::{Action, AppState, DocView, Message};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub view: DocView,
    pub date: Option<String>,
    /// The open document's id, its index and how many documents the project has.
    pub doc_id: AttrValue,
    pub current: usize,
    pub count: usize,
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
    use_show_on_jump();
    let groups = use_memo(p.view.chunks.clone(), |chunks| groups(chunks));
    let chunk = |i: usize| {
        let (c, spans) = (&p.view.chunks[i], &p.view.chunk_spans[i]);
        let drawn = drawn.get(i).copied().unwrap_or(true);
        let cursor = p.cursor.filter(|(a, b)| *a < c.end && *b > c.start);
        let flash = p.flash.clone().filter(|_| flash_span.is_some_and(|(a, b)| a < c.end && b > c.start));
        html! {
            <ChunkView key={c.start} chunk={c.clone()} spans={spans.clone()} labels={p.view.labels.clone()}
                {cursor} {flash} {drawn} versions={p.view.versions.clone()} dispatch={p.dispatch.clone()} />
        }
    };
    let chunks = groups.iter().filter(|g| g.chunks.end <= p.view.chunk_spans.len()).map(|g| {
        let style = format!("contain-intrinsic-block-size:auto {}em", g.estimated_em);
        html! {
            <div class="chunk-group" key={p.view.chunks[g.chunks.start].start} {style}>
                { for g.chunks.clone().map(chunk) }
            </div>
        }
    });
    html! {
        <main class="document">
            <div class="doc-meta">
                <label>{"Date "}
                    <input type="date" aria-label="Document date" value={p.date.clone().unwrap_or_default()} onchange={on_date} />
                </label>
                if p.date.is_none() { <span class="hint">{"no date given"}</span> }
                <span class="doc-position" aria-label="Open document">
                    { format!("Document {} of {}: ", p.current + 1, p.count) }<b>{ &p.doc_id }</b>
                </span>
            </div>
            <div id={DOC_TEXT_ID} class="doc-text" aria-label="Document text">{ for chunks }</div>
        </main>
    }
}
