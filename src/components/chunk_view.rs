//! One paragraph-sized chunk of the document, memoized: it is drawn again only when its own
//! spans, the cursor inside it, its flash or the labels change.

use std::rc::Rc;

use spanwright_core::segments::{pieces, Chunk, MarkedSpan, Piece};
use spanwright_core::{LabelSet, SpanId};
use yew::prelude::*;

use crate::dom::selection::has_selection;
use crate::state::{Action, AppState};

#[derive(Properties)]
pub struct Props {
    pub chunk: Chunk,
    pub spans: Rc<Vec<MarkedSpan>>,
    pub labels: Rc<LabelSet>,
    /// The keyboard cursor, only when it touches this chunk.
    pub cursor: Option<(usize, usize)>,
    /// A span to flash, only when it is in this chunk.
    pub flash: Option<SpanId>,
    /// False until the chunk comes near the viewport: until then it is its plain text alone, one
    /// element, so a book opens fast and a jump shows text in its first frame; its spans come a
    /// frame or two later.
    pub drawn: bool,
    /// In curation, every annotator's version: pieces name those whose spans cover them.
    pub versions: Rc<Vec<(Rc<str>, spanwright_core::SpanSet)>>,
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// A chunk not drawn shows nothing of its spans: it is drawn again only when its text changes or
/// it comes to be drawn. (A book's suggestions arriving changed the spans of thousands of such
/// chunks, and drawing them all again was most of a 60 ms task.)
impl PartialEq for Props {
    fn eq(&self, o: &Self) -> bool {
        if !self.drawn && !o.drawn {
            return self.chunk == o.chunk;
        }
        self.chunk == o.chunk
            && self.spans == o.spans
            && self.labels == o.labels
            && self.cursor == o.cursor
            && self.flash == o.flash
            && self.drawn == o.drawn
            && Rc::ptr_eq(&self.versions, &o.versions)
            && self.dispatch == o.dispatch
    }
}

#[function_component(ChunkView)]
pub fn chunk_view(p: &Props) -> Html {
    let c = &p.chunk;
    if !p.drawn {
        let (start, end) = (c.start.to_string(), c.end.to_string());
        return html! {
            <div class="chunk pending" data-chunk={start.clone()}>
                <span class="piece" data-start={start} data-end={end}>{ c.text.to_string() }</span>
            </div>
        };
    }
    let mut rest = c.text.as_ref();
    let pieces = pieces(c.start, c.end, &p.spans, p.cursor);
    let drawn = pieces.iter().map(|piece| {
        let byte = rest.char_indices().nth(piece.end - piece.start).map_or(rest.len(), |(b, _)| b);
        let (text, after) = rest.split_at(byte);
        rest = after;
        piece_html(p, piece, text)
    });
    html! { <div class="chunk" data-chunk={c.start.to_string()}>{ for drawn }</div> }
}

/// The annotators whose versions cover the piece, in curation.
fn versions_at(p: &Props, at: usize) -> Option<String> {
    if p.versions.is_empty() {
        return None;
    }
    let names: Vec<&str> = p.versions.iter().filter(|(_, s)| !s.covering(at).is_empty()).map(|(a, _)| &**a).collect();
    Some(names.join(" "))
}

fn piece_html(p: &Props, piece: &Piece, text: &str) -> Html {
    let (start, end) = (piece.start.to_string(), piece.end.to_string());
    let cursor = piece.in_cursor.then_some("cursor");
    let versions = versions_at(p, piece.start);
    if piece.spans.is_empty() {
        return html! { <span class={classes!("piece", cursor)} data-start={start} data-end={end} data-versions={versions}>{ text }</span> };
    }
    let all: Vec<&MarkedSpan> = piece.spans.iter().map(|&i| &p.spans[i]).collect();
    // Suggestions (ids `?n`) get a dashed outline in their label's colour, nothing else.
    let (suggested, marks): (Vec<&MarkedSpan>, Vec<&MarkedSpan>) =
        all.into_iter().partition(|m| m.id.as_str().starts_with('?'));
    let label_of = |m: &MarkedSpan| p.labels.get(m.label);
    let color = |m: &MarkedSpan| label_of(m).map_or("#888888", |l| l.color.as_str()).to_string();
    let name = |m: &MarkedSpan| label_of(m).map_or("?", |l| l.name.as_str()).to_string();
    let mut style = match marks.iter().max_by_key(|m| m.level) {
        Some(innermost) => {
            let shadows: Vec<String> =
                marks.iter().map(|m| format!("inset 0 -{}px 0 {}", 3 * (m.level as u32 + 1), color(m))).collect();
            let depth = marks.iter().map(|m| m.level as u32 + 1).max().unwrap_or(1);
            format!(
                "background-color:{}30;box-shadow:{};padding-bottom:{}px;",
                color(innermost),
                shadows.join(","),
                3 * depth
            )
        }
        None => String::new(),
    };
    // A suggestion nested in another ("Laurel County" in its Sheriff's Office) is dashed under
    // the words, the outer one around them.
    let outer = suggested.iter().min_by_key(|m| m.level);
    let inner = suggested.iter().max_by_key(|m| m.level).filter(|_| suggested.len() > 1);
    if let Some(s) = outer {
        style.push_str(&format!("outline:2px dashed {};outline-offset:-1px;", color(s)));
    }
    if let Some(s) = inner {
        style.push_str(&format!("text-decoration:underline dashed 2px {};text-underline-offset:3px", color(s)));
    }
    let suggestion = (!suggested.is_empty()).then_some("suggested");
    let accepted = marks.len();
    let marks: Vec<&MarkedSpan> = marks.into_iter().chain(suggested).collect();
    let ids = marks.iter().map(|m| m.id.as_str()).collect::<Vec<_>>().join(" ");
    let names = marks.iter().map(|m| name(m)).collect::<Vec<_>>().join(" · ");
    // Accepted spans get a tag over their end (suggestions are told by their outline).
    let tag = marks[..accepted].iter().filter(|m| m.end == piece.end).map(|m| name(m)).collect::<Vec<_>>().join(" · ");
    let flash = p.flash.as_ref().filter(|f| marks.iter().any(|m| &m.id == *f)).map(|_| "flash");
    let onclick = {
        let (d, at) = (p.dispatch.clone(), piece.start);
        Callback::from(move |e: MouseEvent| {
            if !has_selection() {
                d.dispatch(Action::OpenPopover { at, x: e.client_x(), y: e.client_y() });
            }
        })
    };
    // A double click selects a word to label: the popover its first click opened would cover it.
    let ondblclick = {
        let d = p.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::ClosePopover))
    };
    html! {
        <span class={classes!("piece", "marked", cursor, flash, suggestion)} {ondblclick} data-start={start} data-end={end}
            data-spans={ids} data-labels={names.clone()} data-tag={(!tag.is_empty()).then_some(tag)} data-versions={versions}
            title={names} {style} {onclick}>{ text }</span>
    }
}
