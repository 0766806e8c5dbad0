//! The side panel: every span grouped by label in text order, with counts. A click scrolls the
//! span into view and flashes it. Long lists draw only the rows in view, so a document with ten
//! thousand spans costs no more per edit than one with fifty.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use spanwright_core::{Label, LabelSet};
use web_sys::{ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use crate::state::{Action, AppState, PanelItem};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub items: Rc<Vec<PanelItem>>,
    pub labels: Rc<LabelSet>,
    pub text: spanwright_core::Text,
    /// Where each chunk starts, to find the chunk of a span that is not drawn yet.
    pub chunk_starts: Rc<Vec<usize>>,
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// Rows taller lists are drawn virtually (only those in view); each row is this many pixels.
const VIRTUAL_FROM: usize = 300;
/// Whole pixels, as integers: formatting a float would add its code to the download.
const ROW_PX: i32 = 26;
const VIEW_ROWS: usize = 40;

fn scroll_to(el: &web_sys::Element) {
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Center);
    options.set_behavior(ScrollBehavior::Instant);
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

fn reveal(item: &PanelItem, chunk_starts: &[usize], d: &UseReducerDispatcher<AppState>) {
    let doc = gloo::utils::document();
    let selector = format!("#doc-text [data-spans~=\"{}\"]", item.id.as_str().replace('"', "\\\""));
    match doc.query_selector(&selector) {
        Ok(Some(el)) => scroll_to(&el),
        // Not drawn yet: bring its chunk into view, which draws it.
        _ => {
            let i = chunk_starts.partition_point(|s| *s <= item.start).saturating_sub(1);
            if let Ok(Some(el)) = doc.query_selector(&format!("#doc-text [data-chunk=\"{}\"]", chunk_starts[i])) {
                scroll_to(&el);
            }
        }
    }
    d.dispatch(Action::Flash(Some(item.id.clone())));
    settle_on(selector, 30);
    let d = d.clone();
    Timeout::new(1500, move || d.dispatch(Action::Flash(None))).forget();
}

/// Scrolls to the span again until it is on screen, for up to `tries` turns of 32 ms: its chunk
/// is drawn a render later, and the groups above it, drawn as they come into view, take their
/// real height instead of their estimate and push it away.
fn settle_on(selector: String, tries: u32) {
    Timeout::new(32, move || {
        let found = gloo::utils::document().query_selector(&selector).ok().flatten();
        let height = gloo::utils::window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
        let on_screen = found.as_ref().is_some_and(|el| {
            let r = el.get_bounding_client_rect();
            r.top() >= 0.0 && r.bottom() <= height
        });
        if on_screen || tries == 0 {
            return;
        }
        if let Some(el) = found {
            scroll_to(&el);
        }
        settle_on(selector, tries - 1);
    })
    .forget();
}

enum Row<'a> {
    Header(&'a Label, usize),
    Item(&'a Label, &'a PanelItem),
}

#[function_component(AnnotationsPanel)]
pub fn annotations_panel(p: &Props) -> Html {
    let scroll_top = use_state(|| 0i32);
    let mut rows = Vec::with_capacity(p.items.len() + p.labels.len());
    for l in p.labels.iter() {
        let header = rows.len();
        rows.push(Row::Header(l, 0));
        let before = rows.len();
        rows.extend(p.items.iter().filter(|i| i.label == l.id).map(|i| Row::Item(l, i)));
        rows[header] = Row::Header(l, rows.len() - before);
    }
    let item_html = |l: &Label, i: &PanelItem, place: Option<String>| {
        let style = format!("--label-color:{};{}", l.color, place.unwrap_or_default());
        let (d, item, starts) = (p.dispatch.clone(), i.clone(), p.chunk_starts.clone());
        let onclick = Callback::from(move |_| reveal(&item, &starts, &d));
        html! {
            <li class="item" key={i.id.to_string()} data-span-id={i.id.to_string()} data-label={l.name.clone()}
                data-start={i.start.to_string()} data-end={i.end.to_string()} {style}>
                <button class="item-button" {onclick}>{ i.label_text(&p.text) }</button>
            </li>
        }
    };
    let header_html = |l: &Label, count: usize| {
        html! {
            <h3 style={format!("--label-color:{}", l.color)}><span class="swatch"></span>{ &l.name }<span class="count">{ count }</span></h3>
        }
    };
    let list = if rows.len() <= VIRTUAL_FROM {
        let mut groups = Vec::new();
        let mut current: Option<(Html, Vec<Html>)> = None;
        for row in &rows {
            match row {
                Row::Header(l, n) => {
                    groups.extend(
                        current.take().map(
                            |(h, items)| html! { <li class="group">{ h }<ul class="items">{ for items }</ul></li> },
                        ),
                    );
                    current = Some((header_html(l, *n), Vec::new()));
                }
                Row::Item(l, i) => current.as_mut().expect("a header comes first").1.push(item_html(l, i, None)),
            }
        }
        groups.extend(
            current.map(|(h, items)| html! { <li class="group">{ h }<ul class="items">{ for items }</ul></li> }),
        );
        html! { <ul class="groups" aria-label="Annotations">{ for groups }</ul> }
    } else {
        let first = ((*scroll_top / ROW_PX).max(0) as usize).saturating_sub(10).min(rows.len());
        let last = (first + VIEW_ROWS + 20).min(rows.len());
        let drawn = rows[first..last].iter().enumerate().map(|(k, row)| {
            let top =
                format!("position:absolute;left:0;right:0;top:{}px;height:{ROW_PX}px", (first + k) as i32 * ROW_PX);
            match row {
                Row::Header(l, n) => {
                    html! { <li class="group-row" key={format!("h{}", l.id.0)} style={top}>{ header_html(l, *n) }</li> }
                }
                Row::Item(l, i) => item_html(l, i, Some(top)),
            }
        });
        let onscroll = {
            let scroll_top = scroll_top.clone();
            Callback::from(move |e: Event| scroll_top.set(e.target_unchecked_into::<web_sys::Element>().scroll_top()))
        };
        html! {
            <div class="virtual" {onscroll}>
                <ul class="groups" aria-label="Annotations" style={format!("position:relative;height:{}px", rows.len() as i32 * ROW_PX)}>
                    { for drawn }
                </ul>
            </div>
        }
    };
    html! {
        <section class="panel">
            <h2>{"Annotations "}<span class="count">{ p.items.len() }</span></h2>
            { list }
        </section>
    }
}
