//! Which chunks of the document are drawn: those near the viewport (an IntersectionObserver
//! watches the others) and those that hold the cursor or a flashing span. A chunk once drawn
//! stays drawn, so scrolling back never jumps.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::prelude::*;

use crate::state::DocView;

/// Characters drawn at once when a document opens, before any observer has reported: two
/// screens and more (every chunk drawn at open is drawn again when the suggestions arrive).
const FIRST_CHARS: usize = 6_000;
/// How far beyond the viewport a chunk is drawn ahead of time.
const MARGIN: &str = "1500px 0px";
/// One pending chunk is watched every this many characters (about 12 lines, well under the
/// margin); when it comes near, the chunks this far around it are drawn.
const WATCH_CHARS: usize = 1000;

#[hook]
pub fn use_drawn_chunks(
    view: &DocView,
    cursor: Option<(usize, usize)>,
    flash: Option<(usize, usize)>,
) -> Rc<Vec<bool>> {
    let drawn = use_mut_ref(Vec::<bool>::new);
    // The chunk starts `drawn` was made for: a new text gets a new list.
    let drawn_for = use_mut_ref(|| Rc::new(Vec::<usize>::new()));
    let redraw = use_force_update();
    let starts = view.chunk_starts.clone();

    // A new text: draw its first screens, and watch the rest.
    {
        let drawn = drawn.clone();
        if !Rc::ptr_eq(&drawn_for.borrow(), &starts) {
            *drawn.borrow_mut() = starts.iter().map(|s| *s < FIRST_CHARS).collect();
            *drawn_for.borrow_mut() = starts.clone();
        }
        use_effect_with(starts.clone(), move |starts| {
            let observer = observe(drawn.clone(), starts.clone(), redraw.clone());
            move || {
                if let Some((o, _)) = observer {
                    o.disconnect();
                }
            }
        });
    }

    // The cursor and a flashing span are always drawn.
    let must: Vec<usize> = [cursor, flash]
        .into_iter()
        .flatten()
        .map(|(a, _)| starts.partition_point(|s| *s <= a).saturating_sub(1))
        .collect();
    for i in must {
        if let Some(d) = drawn.borrow_mut().get_mut(i) {
            *d = true;
        }
    }
    let now = drawn.borrow().clone();
    Rc::new(now)
}

type Observer = (IntersectionObserver, Closure<dyn FnMut(js_sys::Array)>);

fn observe(drawn: Rc<RefCell<Vec<bool>>>, starts: Rc<Vec<usize>>, redraw: UseForceUpdateHandle) -> Option<Observer> {
    let all_starts = starts.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let mut changed = false;
        for entry in entries.iter() {
            let entry: IntersectionObserverEntry = entry.unchecked_into();
            if !entry.is_intersecting() {
                continue;
            }
            // A watched chunk stands for its neighbours up to the next watched one.
            changed |= reveal(&drawn, &starts, &entry.target());
        }
        if changed {
            redraw.force_update();
        }
    });
    let options = IntersectionObserverInit::new();
    options.set_root_margin(MARGIN);
    let observer = IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok()?;
    // Watching every chunk costs the browser a computation per chunk per frame while scrolling;
    // one chunk every WATCH_CHARS characters is enough, since the margin is taller than that.
    // A long chunk is watched itself: a paragraph taller than the margin would otherwise lie
    // between two watched chunks that are both out of reach while it fills the screen.
    let pending = gloo::utils::document().query_selector_all("#doc-text .chunk.pending").ok()?;
    let length = |start: usize| {
        let i = all_starts.partition_point(|s| *s <= start);
        all_starts.get(i).map_or(usize::MAX, |next| next - start)
    };
    let mut last_watched: Option<usize> = None;
    for i in 0..pending.length() {
        let Some(el) = pending.get(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        let Some(start) = el.get_attribute("data-chunk").and_then(|v| v.parse::<usize>().ok()) else { continue };
        if last_watched.is_none_or(|w| start >= w + WATCH_CHARS) || length(start) >= WATCH_CHARS / 2 {
            observer.observe(&el);
            last_watched = Some(start);
        }
    }
    Some((observer, callback))
}

/// Marks the chunk `el` and those within WATCH_CHARS of it drawn; true when any was not yet.
fn reveal(drawn: &RefCell<Vec<bool>>, starts: &[usize], el: &web_sys::Element) -> bool {
    let start = el.get_attribute("data-chunk").and_then(|v| v.parse::<usize>().ok());
    let Some(i) = start.and_then(|s| starts.binary_search(&s).ok()) else { return false };
    let mut d = drawn.borrow_mut();
    let from = starts.partition_point(|s| *s + WATCH_CHARS < starts[i]);
    let to = starts.partition_point(|s| *s <= starts[i] + WATCH_CHARS).min(d.len());
    let mut changed = false;
    for slot in d[from..to].iter_mut().filter(|slot| !**slot) {
        *slot = true;
        changed = true;
    }
    changed
}
