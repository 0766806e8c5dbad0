//! "Assignments": who is to annotate which document. The lead assigns by hand (names per
//! document) or N annotators per document, spread evenly; everyone sees theirs. The page's Next
//! unfinished follows them.

use spanwright_core::project_store::doc_record;
use spanwright_core::sync::assign_evenly;
use yew::prelude::*;

use super::records::{self, PART};
use super::{engine, receive};
use crate::tools::page;

/// Rows the list shows (the rest are counted).
const SHOWN: usize = 200;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lead: bool,
    /// This person's annotator name.
    pub me: String,
}

/// Every document's id and assignees, in the project's order.
fn read_all() -> Vec<(String, Vec<String>)> {
    let n = receive::page_state().2;
    let mut out = Vec::with_capacity(n);
    for from in (0..n).step_by(PART) {
        out.extend(records::read(from, from + PART).0.into_iter().map(|(_, d)| (d.id, d.team.assigned)));
    }
    out
}

fn names(list: &str) -> Vec<String> {
    let mut v: Vec<String> = list.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
    v.sort();
    v.dedup();
    v
}

/// Sets the assignees of the documents at `places` (all of them when `None`) to `who(place)`.
fn assign(places: Option<Vec<usize>>, who: impl Fn(usize) -> Vec<String>) {
    let n = receive::page_state().2;
    let places = places.unwrap_or_else(|| (0..n).collect());
    let (mut changed, mut bases) = (Vec::new(), Vec::new());
    for chunk in places.chunks(PART) {
        for &i in chunk {
            if let Some((_, mut d)) = records::read(i, i + 1).0.pop() {
                let new = who(i);
                if d.team.assigned != new {
                    bases.push(doc_record(&d));
                    d.team.assigned = new;
                    changed.push((i, doc_record(&d)));
                }
            }
        }
    }
    let Some(labels) = records::read(0, 0).1 else { return };
    let message =
        format!("Assignments changed for {} documents; they go to the team with the next sync.", changed.len());
    page::versions(serde_json::to_string(&labels).unwrap_or_default(), &changed, Some(&bases), message);
    engine::rescan();
}

#[function_component(Assignments)]
pub fn assignments(p: &Props) -> Html {
    let rows = use_state(read_all);
    let team = use_state(|| {
        let mut all: Vec<String> = rows.iter().flat_map(|r| r.1.iter().cloned()).collect();
        all.extend(page::info().annotators);
        all.sort();
        all.dedup();
        all.join(", ")
    });
    let per = use_state(|| 2usize);
    let refresh = {
        let rows = rows.clone();
        move || rows.set(read_all())
    };
    let evenly = {
        let (team, per, refresh) = (team.clone(), per.clone(), refresh.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let annotators = names(&team);
            if annotators.is_empty() {
                return;
            }
            let plan = assign_evenly(receive::page_state().2, &annotators, *per);
            assign(None, |i| plan.get(i).cloned().unwrap_or_default());
            refresh();
        })
    };
    let mine = rows.iter().filter(|r| r.1.contains(&p.me)).count();
    let row = |(i, (id, who)): (usize, &(String, Vec<String>))| {
        let cell = if p.lead {
            let refresh = refresh.clone();
            let onchange = Callback::from(move |e: Event| {
                let list = names(&e.target_unchecked_into::<web_sys::HtmlInputElement>().value());
                assign(Some(vec![i]), |_| list.clone());
                refresh();
            });
            html! { <input aria-label={format!("Annotators of {id}")} value={who.join(", ")} placeholder="anyone" {onchange} /> }
        } else {
            html! { <span>{ if who.is_empty() { "anyone".to_string() } else { who.join(", ") } }</span> }
        };
        html! { <li><span class="doc-id">{ id }</span>{ cell }</li> }
    };
    html! {
        <section class="assignments">
            <h3>{"Assignments"}</h3>
            if p.lead {
                <form class="assign-evenly" onsubmit={evenly}>
                    <label>{"Annotators "}<input aria-label="Annotators" value={(*team).clone()} placeholder="ann, bea, cy"
                        oninput={let t = team.clone(); Callback::from(move |e: InputEvent| t.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))} /></label>
                    <label>{"per document "}<input aria-label="Annotators per document" type="number" min="1" value={per.to_string()}
                        oninput={let s = per.clone(); Callback::from(move |e: InputEvent| s.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value().parse().unwrap_or(1)))} /></label>
                    <button type="submit">{"Assign evenly"}</button>
                </form>
            } else {
                <p class="hint">{ format!("{mine} of {} documents are assigned to you ({}).", rows.len(), p.me) }</p>
            }
            <ul aria-label="Assignments">{ for rows.iter().enumerate().take(SHOWN).map(row) }</ul>
            if rows.len() > SHOWN { <p class="hint">{ format!("and {} more documents", rows.len() - SHOWN) }</p> }
        </section>
    }
}
