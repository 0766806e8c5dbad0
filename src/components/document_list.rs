//! The project's documents: progress, a status filter, a search over their text, the list
//! itself (only the rows in view are drawn, so ten thousand documents cost what fifty do), and
//! moving through them.

use std::rc::Rc;

use spanwright_core::doc_filter::StatusFilter;
use spanwright_core::team::Curation;
use spanwright_core::DocStatus;
use yew::prelude::*;

use crate::state::{Action, AppState, DocSummary};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub docs: Rc<Vec<DocSummary>>,
    pub shown: Rc<Vec<usize>>,
    pub current: usize,
    pub filter: StatusFilter,
    pub query: Rc<str>,
    pub dispatch: UseReducerDispatcher<AppState>,
}

// Whole pixels, as integers: formatting a float would add its code to the download.
const ROW_PX: i32 = 30;
const SEARCH_PAUSE_MS: u32 = 200;
const LIST_PX: i32 = 240;

fn status_text(s: DocStatus) -> &'static str {
    match s {
        DocStatus::New => "new",
        DocStatus::InProgress => "in progress",
        DocStatus::Done => "done",
    }
}

const FILTERS: [(&str, &str); 8] = [
    ("all", "All"),
    ("unfinished", "Unfinished"),
    ("new", "New"),
    ("in-progress", "In progress"),
    ("done", "Done"),
    ("not-started", "Curation not started"),
    ("conflicts", "Conflicts left"),
    ("curated", "Curated"),
];

#[function_component(DocumentList)]
pub fn document_list(p: &Props) -> Html {
    let scroll_top = use_state(|| 0i32);
    let list_ref = use_node_ref();
    let d = &p.dispatch;
    let total = p.docs.len();
    let done = p.docs.iter().filter(|s| s.status == DocStatus::Done).count();
    let current_done = p.docs.get(p.current).is_some_and(|s| s.status == DocStatus::Done);

    // Keep the open document's row in view when it changes.
    {
        let (list_ref, shown, scroll_top) = (list_ref.clone(), p.shown.clone(), scroll_top.clone());
        use_effect_with(p.current, move |current| {
            if let (Some(el), Ok(row)) = (list_ref.cast::<web_sys::Element>(), shown.binary_search(current)) {
                let (top, y) = (el.scroll_top(), row as i32 * ROW_PX);
                if y < top || y + ROW_PX > top + LIST_PX {
                    let to = (y - LIST_PX / 2).max(0);
                    el.set_scroll_top(to);
                    scroll_top.set(to);
                }
            }
        });
    }

    let act = |make: fn() -> Action| {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(make()))
    };
    let on_filter = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            if let Some(f) = StatusFilter::from_name(&v) {
                d.dispatch(Action::SetDocFilter(f));
            }
        })
    };
    // The search runs once typing pauses: over a 50 MB corpus each search reads every text.
    let typed = use_state(|| p.query.to_string());
    let pending = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let on_query = {
        let (d, typed) = (d.clone(), typed.clone());
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            typed.set(value.clone());
            let d = d.clone();
            let wait = if value.is_empty() { 0 } else { SEARCH_PAUSE_MS };
            *pending.borrow_mut() =
                Some(gloo::timers::callback::Timeout::new(wait, move || d.dispatch(Action::SetDocQuery(value))));
        })
    };
    let onscroll = {
        let scroll_top = scroll_top.clone();
        Callback::from(move |e: Event| scroll_top.set(e.target_unchecked_into::<web_sys::Element>().scroll_top()))
    };
    let first = ((*scroll_top / ROW_PX).max(0) as usize).saturating_sub(5).min(p.shown.len());
    let last = (first + (LIST_PX / ROW_PX) as usize + 10).min(p.shown.len());
    let rows = p.shown[first..last].iter().enumerate().map(|(k, &i)| {
        let s = &p.docs[i];
        let style = format!("top:{}px;height:{ROW_PX}px", (first + k) as i32 * ROW_PX);
        let onclick = {
            let d = d.clone();
            Callback::from(move |_| d.dispatch(Action::OpenDocument(i)))
        };
        let current = i == p.current;
        html! {
            <li key={s.id.clone()} class={classes!("doc-row", current.then_some("current"))} {style}
                data-doc-id={s.id.clone()} data-status={s.status.name()} data-curation={s.curation.map(|c| c.name())}>
                <button {onclick} aria-current={current.then_some("true")}>
                    <span class="doc-id">{ &s.id }</span>
                    <span class={classes!("doc-status", s.status.name())}>{ status_text(s.status) }</span>
                    if let Some(c) = s.curation {
                        <span class={classes!("curation", c.name())}>{ match c {
                            Curation::Left(n) => format!("{n} conflicts"),
                            Curation::Curated => "curated".into(),
                            _ => "not curated".into(),
                        } }</span>
                    }
                    <span class="who">{ &s.who }</span>
                    <span class="count" title="spans">{ s.spans }</span>
                </button>
            </li>
        }
    });
    let permille = (done * 1000).checked_div(total).unwrap_or(0);
    html! {
        <section class="panel documents">
            <h2>{"Documents "}<span class="count">{ total }</span></h2>
            <div class="progress" role="progressbar" aria-label="Project progress" aria-valuemin="0"
                aria-valuenow={done.to_string()} aria-valuemax={total.to_string()}>
                <div class="progress-fill" style={format!("width:{}.{}%", permille / 10, permille % 10)}></div>
                <span class="progress-text">{ format!("{done} of {total} done") }</span>
            </div>
            <div class="doc-nav">
                <button title="Previous document ([)" onclick={act(|| Action::StepDocument { forward: false, unfinished: false })}>{"Previous document"}</button>
                <button title="Next document (])" onclick={act(|| Action::StepDocument { forward: true, unfinished: false })}>{"Next document"}</button>
                <button title="Next unfinished (Shift+])" onclick={act(|| Action::StepDocument { forward: true, unfinished: true })}>{"Next unfinished"}</button>
                <button class={classes!(current_done.then_some("primary"))} aria-pressed={current_done.to_string()}
                    title="Mark done (Ctrl+Enter); again to reopen" onclick={act(|| Action::ToggleDone)}>{"Mark done"}</button>
            </div>
            <div class="doc-filter">
                <select aria-label="Status filter" onchange={on_filter}>
                    { for FILTERS.iter().map(|(v, t)| html! { <option value={*v} selected={p.filter.name() == *v}>{ *t }</option> }) }
                </select>
                <input type="search" aria-label="Search documents" placeholder="Search text" value={(*typed).clone()} oninput={on_query} />
                <span class="count" aria-label="Listed documents">{ p.shown.len() }</span>
            </div>
            <div class="doc-scroll" ref={list_ref} {onscroll} style={format!("max-height:{LIST_PX}px")}>
                <ul class="doc-rows" aria-label="Documents" style={format!("height:{}px", p.shown.len() as i32 * ROW_PX)}>
                    { for rows }
                </ul>
            </div>
        </section>
    }
}
