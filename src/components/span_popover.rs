//! The popover a click on a span opens: its text and label, with buttons to relabel or delete,
//! and its normalized value to read and change: a date's ISO value (with the weekday), a place
//! (name, country, coordinates, the other places of that name), an actor's entity (merge it
//! into another, or split it off). Suggestions under the click are listed with Accept/Reject.

use std::rc::Rc;

use serde_json::{Map, Value};
use spanwright_core::suggest::dates::weekday_of;
use spanwright_core::{LabelId, LabelSet, SpanId, Workspace};
use yew::prelude::*;

use crate::state::suggestions::Suggestions;
use crate::state::{Action, AppState, Popover, SuggestAction};

/// How many entities an actor's popover offers besides those related to the mention.
const ENTITY_CHOICES: usize = 40;

/// One span or suggestion under the click.
#[derive(Clone, PartialEq)]
pub struct Row {
    /// The span; `None` for a suggestion.
    pub id: Option<SpanId>,
    /// The suggestion's index; `None` for a span.
    pub suggestion: Option<usize>,
    pub label: LabelId,
    pub text: String,
    pub attrs: Rc<Map<String, Value>>,
    /// Other places of that name (JSON), from the suggestion at the same words.
    pub candidates: Rc<str>,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub popover: Popover,
    pub rows: Vec<Row>,
    /// The document's entities (id, canonical name), for merging an actor into one.
    pub entities: Rc<Vec<(String, String)>>,
    pub labels: Rc<LabelSet>,
    pub dispatch: UseReducerDispatcher<AppState>,
}

fn attrs_of(v: &Value) -> Rc<Map<String, Value>> {
    Rc::new(v.as_object().cloned().unwrap_or_default())
}

/// The rows and entities the popover shows, read from the workspace and the suggestions.
pub fn rows(ws: &Workspace, s: &Suggestions, p: &Popover) -> (Vec<Row>, Rc<Vec<(String, String)>>) {
    let doc = ws.doc();
    let candidates_at = |start, end| {
        s.items.iter().find(|x| (x.start, x.end) == (start, end)).map_or_else(|| "[]".into(), |x| x.candidates.clone())
    };
    let mut rows: Vec<Row> = p
        .spans
        .iter()
        .filter_map(|id| doc.spans.get(id))
        .map(|sp| Row {
            id: Some(sp.id.clone()),
            suggestion: None,
            label: sp.label,
            text: doc.text.slice(sp.start, sp.end).to_string(),
            attrs: sp.extra.get("attrs").map(attrs_of).unwrap_or_default(),
            candidates: candidates_at(sp.start, sp.end),
        })
        .collect();
    rows.extend(p.suggested.iter().filter_map(|&i| s.items.get(i).map(|x| (i, x))).map(|(i, x)| Row {
        id: None,
        suggestion: Some(i),
        label: x.label,
        text: doc.text.slice(x.start, x.end).to_string(),
        attrs: Rc::new(x.attrs()),
        candidates: x.candidates.clone(),
    }));
    // Only an actor's popover lists entities: the engine's (shared, not copied), and those the
    // annotator made by splitting.
    let actor = ws.labels.by_name("Actor").map(|l| l.id);
    if !rows.iter().any(|r| Some(r.label) == actor || r.attrs.contains_key("entity")) {
        return (rows, Rc::default());
    }
    let mut more: Vec<(String, String)> = Vec::new();
    for a in doc.spans.iter().filter_map(|sp| sp.extra.get("attrs").and_then(Value::as_object)) {
        if let (Some(Value::String(id)), Some(Value::String(c))) = (a.get("entity"), a.get("canonical")) {
            if !s.entities.iter().chain(&more).any(|(e, _)| e == id) {
                more.push((id.clone(), c.clone()));
            }
        }
    }
    let entities =
        if more.is_empty() { s.entities.clone() } else { Rc::new(s.entities.iter().cloned().chain(more).collect()) };
    (rows, entities)
}

fn text_of(a: &Map<String, Value>, key: &str) -> String {
    match a.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(v @ Value::Number(_)) => v.to_string(),
        _ => String::new(),
    }
}

/// The value, then why the words around it made it a Place or an Actor (when they did).
fn describe(a: &Map<String, Value>) -> String {
    let mut text = describe_value(a);
    if let Some(why) = a.get("why").and_then(Value::as_str) {
        text.push_str(" · why: ");
        text.push_str(why);
    }
    text
}

/// What a span's value says, in words.
fn describe_value(a: &Map<String, Value>) -> String {
    if a.contains_key("value") {
        let v = text_of(a, "value");
        return match weekday_of(&v) {
            Some(day) => format!("{v} ({day})"),
            None => v,
        };
    }
    if a.get("resolved") == Some(&Value::Bool(false)) {
        return format!("{} · unresolved: not in the place names", text_of(a, "name"));
    }
    if a.contains_key("lat") {
        let place = [text_of(a, "name"), text_of(a, "country")].into_iter().filter(|s| !s.is_empty());
        return format!("{} · {}, {}", place.collect::<Vec<_>>().join(", "), text_of(a, "lat"), text_of(a, "lon"));
    }
    if a.contains_key("entity") {
        return format!("entity: {}", text_of(a, "canonical"));
    }
    String::new()
}

/// The controls that change a span's value (only for spans, not suggestions).
fn value_editor(p: &Props, row: &Row, span: &SpanId) -> Html {
    let set = {
        let (d, span) = (p.dispatch.clone(), span.clone());
        move |attrs: Map<String, Value>| {
            d.dispatch(Action::Suggest(SuggestAction::SetAttrs { span: span.clone(), attrs }));
        }
    };
    let name = p.labels.get(row.label).map_or("", |l| l.name.as_str());
    let a = row.attrs.clone();
    if a.contains_key("value") || name == "Date" {
        let onchange = Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            let mut next = Map::new();
            if !v.trim().is_empty() {
                next.insert("value".into(), v.trim().into());
            }
            set(next)
        });
        return html! { <label class="value">{"Value "}<input aria-label="Date value" value={text_of(&a, "value")} {onchange} /></label> };
    }
    if a.contains_key("lat") || name == "Place" {
        let places: Rc<Vec<Value>> = match serde_json::from_str(&row.candidates) {
            Ok(Value::Array(places)) if !places.is_empty() => Rc::new(places),
            _ => return html! {},
        };
        let options = places.iter().enumerate().map(|(i, c)| {
            let a = attrs_of(c);
            html! { <option value={i.to_string()}>{ format!("{}, {} ({})", text_of(&a, "name"), text_of(&a, "country"), text_of(&a, "kind")) }</option> }
        });
        let all = places.clone();
        let choose = Callback::from(move |e: Event| {
            let i: usize = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value().parse().unwrap_or(0);
            if let Some(place) = all.get(i) {
                set((*attrs_of(place)).clone())
            }
        });
        return html! {
            <label class="value">{"Another place "}
                <select aria-label="Other places of this name" onchange={choose}>
                    <option value="" selected=true disabled=true>{"choose…"}</option>{ for options }
                </select>
            </label>
        };
    }
    if a.contains_key("entity") || name == "Actor" {
        let (entities, text, current) = (p.entities.clone(), row.text.clone(), text_of(&a, "entity"));
        let choose = Callback::from(move |e: Event| {
            let id = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            let mut next = Map::new();
            match entities.iter().find(|(e, _)| *e == id) {
                Some((e, c)) => {
                    next.insert("entity".into(), e.clone().into());
                    next.insert("canonical".into(), c.clone().into());
                }
                // A new entity of its own, named by this mention: a split.
                None => {
                    let slug: String =
                        text.chars().map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
                    let taken = entities.iter().filter(|(e, _)| e.starts_with(&slug)).count();
                    let id = if taken == 0 { slug } else { format!("{slug}-{}", taken + 1) };
                    next.insert("entity".into(), id.into());
                    next.insert("canonical".into(), text.clone().into());
                }
            }
            set(next)
        });
        // A book has thousands of entities: offered are the first ones named, the current one and
        // those sharing a word with this mention (drawing them all took 30 ms a popover).
        let words: Vec<String> =
            row.text.split_whitespace().filter(|w| w.len() > 2).map(|w| w.to_ascii_lowercase()).collect();
        let options = p
            .entities
            .iter()
            .enumerate()
            .filter(|(k, (id, c))| {
                *k < ENTITY_CHOICES
                    || *id == current
                    || words.iter().any(|w| c.to_ascii_lowercase().contains(w.as_str()))
            })
            .map(|(_, (id, c))| html! { <option value={id.clone()} selected={*id == current}>{ c }</option> });
        return html! {
            <label class="value">{"Entity "}
                <select aria-label="Entity" onchange={choose}>
                    if current.is_empty() { <option value="" selected=true disabled=true>{"none"}</option> }
                    { for options }<option value="+new">{"New entity (split)"}</option>
                </select>
            </label>
        };
    }
    html! {}
}

#[function_component(SpanPopover)]
pub fn span_popover(p: &Props) -> Html {
    let d = &p.dispatch;
    let close = {
        let d = d.clone();
        Callback::from(move |_| d.dispatch(Action::ClosePopover))
    };
    let style = format!("left:{}px;top:{}px", p.popover.x.max(8), p.popover.y + 14);
    let rows = p.rows.iter().map(|row| {
        let label_name = p.labels.get(row.label).map_or("?", |l| l.name.as_str()).to_string();
        let value = describe(&row.attrs);
        let head = html! {
            <div class="popover-text">{"“"}{ &row.text }{"”"} <span class="popover-label">{ label_name }</span>
                if !value.is_empty() { <div class="popover-value">{ value }</div> }
</div>
        };
        if let (Some(i), None) = (row.suggestion, &row.id) {
            let act = |a: fn(usize) -> SuggestAction| {
                let d = d.clone();
                Callback::from(move |_| d.dispatch(Action::Suggest(a(i))))
            };
            return html! {
                <div class="popover-span suggestion" data-suggestion={i.to_string()}>{ head }
                    <button onclick={act(SuggestAction::Accept)}>{"Accept (Enter)"}</button>
                    <button onclick={act(SuggestAction::Reject)}>{"Reject (Backspace)"}</button>
                </div>
            };
        }
        let id = row.id.clone().expect("a span row");
        let choices = p.labels.iter().map(|l| {
            let (d, span, label) = (d.clone(), id.clone(), l.id);
            let onclick = Callback::from(move |_| d.dispatch(Action::Relabel { span: span.clone(), label }));
            html! {
                <button class="choice" aria-pressed={(l.id == row.label).to_string()} style={format!("--label-color:{}", l.color)} {onclick}>
                    { &l.name }
                </button>
            }
        });
        let delete = {
            let (d, span) = (d.clone(), id.clone());
            Callback::from(move |_| d.dispatch(Action::RemoveSpan(span.clone())))
        };
        html! {
            <div class="popover-span" data-span-id={id.to_string()}>{ head }
                <div class="choices" role="group" aria-label="Change label">{ for choices }</div>
                { value_editor(p, row, &id) }
                <button class="danger" onclick={delete}>{"Delete span"}</button>
            </div>
        }
    });
    html! {
        <div class="popover" role="dialog" aria-label="Span" {style}>
            <button class="close" aria-label="Close" onclick={close}>{"×"}</button>
            { for rows }
        </div>
    }
}
