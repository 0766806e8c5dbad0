//! Suggestions: spans the engine proposes, with the value a dataset needs. Pure and
//! deterministic, so the browser and the command line give the same answers.
//!
//! Dates (`dates`) resolve to TIMEX3-style values against the document's date, places (`places`)
//! to gazetteer entries with coordinates, actors (`actors`) to entities shared by their mentions.
//! Each word goes to one suggestion: dates first, then a nationality with a role ("Russian
//! forces"), then places, then the remaining names.

pub mod actors;
pub mod dates;
pub mod export;
pub mod places;
pub mod tokens;

use serde::Serialize;
use serde_json::{json, Map, Value};

use actors::entities::{link, Entity};
use actors::{find_names, nationality_role, ActorMention};
use places::{find_places, Gazetteer, Place};
use tokens::tokens;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum SuggestedLabel {
    Actor,
    Date,
    Place,
}

impl SuggestedLabel {
    pub fn name(self) -> &'static str {
        match self {
            SuggestedLabel::Actor => "Actor",
            SuggestedLabel::Date => "Date",
            SuggestedLabel::Place => "Place",
        }
    }
}

/// A suggested span: byte offsets into the text, its label and its normalized value — Date
/// `{"value"}`, Place `{"id", "name", "country", "lat", "lon", "kind"}`, Actor `{"entity",
/// "canonical"}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    pub start: usize,
    pub end: usize,
    pub label: SuggestedLabel,
    pub attrs: Map<String, Value>,
    /// For places, the other places of that name, the likeliest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<Place>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Suggestions {
    pub spans: Vec<Suggestion>,
    pub entities: Vec<Entity>,
}

/// The attributes a place gives a span.
pub fn place_attrs(p: &Place) -> Map<String, Value> {
    let v = json!({"id": p.id, "name": p.name, "country": p.country, "lat": p.lat, "lon": p.lon, "kind": p.kind});
    object(v)
}

/// The map of a `json!` object, without copying it.
fn object(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}

/// Every suggestion for `text` with document date `dct`; places only with a gazetteer.
pub fn suggest(text: &str, dct: Option<&str>, gazetteer: Option<&Gazetteer>) -> Suggestions {
    let t = tokens(text);
    let mut claimed = vec![false; t.len()];
    let mut spans = Vec::new();
    let span = |a: usize, b: usize| (t[a].start, t[b - 1].end);
    for (i, n, value) in dates::dates_in(&t, dct) {
        claimed[i..i + n].fill(true);
        let (start, end) = span(i, i + n);
        let attrs = object(json!({ "value": value }));
        spans.push(Suggestion { start, end, label: SuggestedLabel::Date, attrs, candidates: vec![] });
    }
    let mut actors: Vec<ActorMention> = Vec::new();
    let mut i = 0;
    while i < t.len() {
        match nationality_role(text, &t, i, &|k| !claimed[k]) {
            Some(n) => {
                claimed[i..i + n].fill(true);
                actors.push(ActorMention { tokens: (i, i + n), name: text[t[i].start..t[i + n - 1].end].into() });
                i += n;
            }
            None => i += 1,
        }
    }
    if let Some(g) = gazetteer {
        let found = find_places(text, &t, g, &|k| !claimed[k]);
        for m in found {
            let (a, b) = m.tokens;
            claimed[a..b].fill(true);
            if m.acting {
                actors.push(ActorMention { tokens: (a, b), name: m.place.name.clone() });
            } else {
                let (start, end) = span(a, b);
                let attrs = place_attrs(&m.place);
                spans.push(Suggestion { start, end, label: SuggestedLabel::Place, attrs, candidates: m.candidates });
            }
        }
    }
    actors.extend(find_names(text, &t, &|k| !claimed[k]));
    actors.sort_by_key(|m| m.tokens.0);
    // "Federal Security Service (FSB)": the acronym in parentheses names the actor before it.
    let pairs: Vec<(usize, usize)> = (1..actors.len())
        .filter(|&b| {
            let ((_, a_end), (s, e)) = (actors[b - 1].tokens, actors[b].tokens);
            s == a_end + 1 && t[a_end].text == "(" && t.get(e).is_some_and(|w| w.text == ")")
        })
        .map(|b| (b - 1, b))
        .collect();
    let names: Vec<String> = actors.iter().map(|m| m.name.clone()).collect();
    let (entities, entity_of) = link(&names, &pairs);
    for (m, e) in actors.iter().zip(entity_of) {
        let (start, end) = span(m.tokens.0, m.tokens.1);
        let ent = &entities[e];
        let attrs = object(json!({"entity": ent.id, "canonical": ent.canonical}));
        spans.push(Suggestion { start, end, label: SuggestedLabel::Actor, attrs, candidates: vec![] });
    }
    spans.sort_by_key(|s| (s.start, s.end));
    Suggestions { spans, entities }
}
