//! The chunks of a document in groups of about `GROUP_CHARS` characters. The browser lays out
//! and paints only the groups on or near the screen (`content-visibility: auto`), so a book
//! opens without laying out all its text, while every chunk's plain text is in the page from the
//! start (a jump shows text at once; find in page finds it). Groups, not chunks: the browser
//! watching thousands of chunks cost 93 tasks over 50 ms in one scroll through a book.

use std::ops::Range;

use spanwright_core::segments::Chunk;
use yew::prelude::*;

/// About five screens of text.
const GROUP_CHARS: usize = 12_000;

pub struct Group {
    /// The chunks it holds, as indices.
    pub chunks: Range<usize>,
    /// The height its text is likely to take, in em, until the browser has laid it out once.
    pub estimated_em: usize,
}

pub fn groups(chunks: &[Chunk]) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    let mut chars = 0;
    for (i, c) in chunks.iter().enumerate() {
        if out.is_empty() || chars >= GROUP_CHARS {
            out.push(Group { chunks: i..i, estimated_em: 0 });
            chars = 0;
        }
        let g = out.last_mut().expect("a group was just pushed");
        g.chunks.end = i + 1;
        g.estimated_em += estimated_height_em(&c.text);
        chars += c.end - c.start;
    }
    out
}

/// The height, in em, that a chunk's text will take, about: 2em a line (the view's line
/// height), 80 characters a line.
fn estimated_height_em(text: &str) -> usize {
    text.split('\n').map(|line| line.chars().count().div_ceil(80).max(1)).sum::<usize>().max(1) * 2
}

/// The browser decides which groups are on screen a few frames after a jump (the scroll bar
/// dragged, a far span shown): 47 ms of blank page at 100,000 words. The scroll event comes
/// before the frame is drawn, so the groups it finds under the viewport are shown at once, for
/// long enough that the browser's own decision has come.
#[hook]
pub fn use_show_on_jump() {
    use_effect_with((), |_| {
        let listener = gloo::events::EventListener::new(&gloo::utils::window(), "scroll", |_| show_under_viewport());
        move || drop(listener)
    });
}

const SHOWN: &str = "shown";

fn show_under_viewport() {
    let Some(text) = gloo::utils::document().get_element_by_id(super::hotkeys::DOC_TEXT_ID) else { return };
    let height = gloo::utils::window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let groups = text.children();
    let rect = |i: u32| groups.item(i).map(|g| g.get_bounding_client_rect());
    // Groups are in order: the first whose bottom is below the top of the viewport, by bisection.
    let (mut lo, mut hi) = (0, groups.length());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if rect(mid).is_some_and(|r| r.bottom() <= 0.0) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    for i in lo..groups.length() {
        let Some(group) = groups.item(i) else { break };
        if group.get_bounding_client_rect().top() >= height {
            break;
        }
        let classes = group.class_list();
        if !classes.contains(SHOWN) {
            let _ = classes.add_1(SHOWN);
            gloo::timers::callback::Timeout::new(1_000, move || {
                let _ = classes.remove_1(SHOWN);
            })
            .forget();
        }
    }
}
