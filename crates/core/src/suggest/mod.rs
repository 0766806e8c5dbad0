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
pub(crate) mod nested;
pub mod places;
mod streets;
#[cfg(test)]
mod tests;
pub mod tokens;

use serde::Serialize;
use serde_json::{Map, Value};

use actors::entities::{link, Entity};
use actors::{find_names, nationality_role, ActorMention};
use places::{find_places, Gazetteer, Place, PlaceKind};
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

/// What a suggestion resolves to: a date's value, a gazetteer place, an actor's entity (an
/// index into `Suggestions::entities`). Turned into a span's `attrs` only when written out.
#[derive(Debug, Clone, PartialEq)]
pub enum Resolved<'g> {
    Date(String),
    Place(&'g Place),
    /// A place the gazetteer lacks, by its name as written.
    Unresolved(String),
    Actor(usize),
}

/// A suggested span: byte offsets into the text, its label and its normalized value.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion<'g> {
    pub start: usize,
    pub end: usize,
    pub label: SuggestedLabel,
    pub value: Resolved<'g>,
    /// For places, the other places of that name, the likeliest first.
    pub candidates: Vec<&'g Place>,
    /// Why a name is a Place or an Actor, when the words around it decided (for the popover;
    /// not part of the value).
    pub why: Option<&'static str>,
    /// A place inside an organization's name, nested in its Actor (`Options::nested_places`).
    pub nested: bool,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Suggestions<'g> {
    pub spans: Vec<Suggestion<'g>>,
    pub entities: Vec<Entity>,
}

/// The `attrs` of each kind of suggestion, as export format v1 writes them: Date `{"value"}`
/// (`{}` when the value needs the document's date and the document has none), Place `{"id",
/// "name", "country", "lat", "lon", "kind"}` (a place the gazetteer lacks: `{"name", "resolved":
/// false}`), Actor `{"entity", "canonical"}`.
#[derive(Serialize)]
#[serde(untagged)]
enum Attrs<'a> {
    Date { value: &'a str },
    Undated {},
    Place { id: &'a str, name: &'a str, country: &'a str, lat: f64, lon: f64, kind: PlaceKind },
    Unresolved { name: &'a str, resolved: bool },
    Actor { entity: &'a str, canonical: &'a str },
}

impl Suggestions<'_> {
    fn attrs_of<'a>(&'a self, s: &'a Suggestion) -> Attrs<'a> {
        match &s.value {
            Resolved::Date(value) if value.is_empty() => Attrs::Undated {},
            Resolved::Date(value) => Attrs::Date { value },
            Resolved::Place(p) => {
                Attrs::Place { id: p.id(), name: p.name(), country: p.country(), lat: p.lat, lon: p.lon, kind: p.kind }
            }
            Resolved::Unresolved(name) => Attrs::Unresolved { name, resolved: false },
            Resolved::Actor(e) => {
                Attrs::Actor { entity: &self.entities[*e].id, canonical: &self.entities[*e].canonical }
            }
        }
    }

    /// A suggestion's value as a span's `attrs`.
    pub fn attrs(&self, s: &Suggestion) -> Map<String, Value> {
        match serde_json::to_value(self.attrs_of(s)) {
            Ok(Value::Object(m)) => m,
            _ => Map::new(),
        }
    }

    /// The same as JSON text, written without building the map (what the browser's worker sends
    /// for each of a book's suggestions).
    pub fn attrs_json(&self, s: &Suggestion) -> String {
        serde_json::to_string(&self.attrs_of(s)).unwrap_or_default()
    }
}

/// What the engine suggests beyond the defaults' switches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// A place inside an organization's name ("Laurel County" in "Laurel County Sheriff's
    /// Office") is suggested too, nested in the Actor.
    pub nested_places: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options { nested_places: true }
    }
}

/// Every suggestion for `text` with document date `dct`; places only with a gazetteer.
pub fn suggest<'g>(text: &str, dct: Option<&str>, gazetteer: Option<&'g Gazetteer>) -> Suggestions<'g> {
    suggest_with(text, dct, gazetteer, Options::default())
}

/// As `suggest`, with the switches of `options`.
pub fn suggest_with<'g>(
    text: &str,
    dct: Option<&str>,
    gazetteer: Option<&'g Gazetteer>,
    options: Options,
) -> Suggestions<'g> {
    let lower = crate::suggest::tokens::lower_case(text);
    let t = tokens(text, &lower);
    let mut claimed = vec![false; t.len()];
    let mut spans = Vec::new();
    let span = |a: usize, b: usize| (t[a].start(), t[b - 1].end());
    for (i, n, value) in dates::dates_in(&t, dct) {
        claimed[i..i + n].fill(true);
        let (start, end) = span(i, i + n);
        let value = Resolved::Date(value);
        let (candidates, why, nested) = (vec![], None, false);
        spans.push(Suggestion { start, end, label: SuggestedLabel::Date, value, candidates, why, nested });
    }
    let mut actors: Vec<ActorMention> = Vec::new();
    let mut i = 0;
    while i < t.len() {
        match nationality_role(text, &t, i, &|k| !claimed[k]) {
            Some(n) => {
                claimed[i..i + n].fill(true);
                actors.push(ActorMention { tokens: (i, i + n), name: text[t[i].start()..t[i + n - 1].end()].into() });
                i += n;
            }
            None => i += 1,
        }
    }
    // Why a country or city acts, by its tokens, for its Actor suggestion.
    let mut acting_why: Vec<((usize, usize), &'static str)> = Vec::new();
    // Places inside longer names, kept aside until the actors are known.
    let mut inside = Vec::new();
    if let Some(g) = gazetteer {
        let found = find_places(text, &t, g, &|k| !claimed[k]);
        // Where states and countries are named, for a town the gazetteer lacks before one.
        let mut regions: Vec<(usize, usize)> = found
            .iter()
            .filter(|m| !m.inside && matches!(m.place.kind, PlaceKind::Country | PlaceKind::Division))
            .map(|m| m.tokens)
            .collect();
        regions.sort_unstable();
        for m in found {
            if m.inside {
                inside.extend(options.nested_places.then_some(m));
                continue;
            }
            let (a, b) = m.tokens;
            claimed[a..b].fill(true);
            if m.acting {
                acting_why.extend(m.why.map(|why| ((a, b), why)));
                actors.push(ActorMention { tokens: (a, b), name: m.place.name().to_string() });
            } else {
                let (start, end) = span(a, b);
                let value = Resolved::Place(m.place);
                let (candidates, why) = (m.candidates, m.why);
                spans.push(Suggestion {
                    start,
                    end,
                    label: SuggestedLabel::Place,
                    value,
                    candidates,
                    why,
                    nested: false,
                });
            }
        }
        // Only once the gazetteer is read: before, every place would look unknown.
        let region_at = |k: usize| regions.binary_search_by_key(&k, |r| r.0).ok().map(|at| regions[at].1);
        for (a, b, cue) in places::unknown_places(text, &t, &|k| !claimed[k], &region_at) {
            claimed[a..b].fill(true);
            let (start, end) = span(a, b);
            let value = Resolved::Unresolved(text[start..end].to_string());
            let why = Some(cue);
            let (candidates, nested) = (vec![], false);
            spans.push(Suggestion { start, end, label: SuggestedLabel::Place, value, candidates, why, nested });
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
    // In token order, like the actors: each place inside the actor that contains it, if any.
    let mut next_actor = 0;
    for m in inside {
        while next_actor < actors.len() && actors[next_actor].tokens.1 <= m.tokens.0 {
            next_actor += 1;
        }
        let Some(actor) = actors.get_mut(next_actor) else { break };
        // "the S.C. Highway Patrol": a state's short form opens the body's name, which the
        // names' runs begin after its full stop.
        if actor.tokens.0 == m.tokens.1 && t[m.tokens.1 - 1].text == "." {
            actor.tokens.0 = m.tokens.0;
            actor.name = text[t[m.tokens.0].start()..t[actor.tokens.1 - 1].end()].into();
        }
        if nested::place_in_organization(&t, actor.tokens, m.tokens) {
            let (start, end) = span(m.tokens.0, m.tokens.1);
            let value = Resolved::Place(m.place);
            let (candidates, why) = (m.candidates, m.why);
            spans.push(Suggestion { start, end, label: SuggestedLabel::Place, value, candidates, why, nested: true });
        }
    }
    let names: Vec<String> = actors.iter().map(|m| m.name.clone()).collect();
    let (entities, entity_of) = link(&names, &pairs);
    for (m, e) in actors.iter().zip(entity_of) {
        let (start, end) = span(m.tokens.0, m.tokens.1);
        let value = Resolved::Actor(e);
        // In token order, as the places were found.
        let why = acting_why.binary_search_by_key(&m.tokens, |(tokens, _)| *tokens).ok().map(|k| acting_why[k].1);
        let (candidates, nested) = (vec![], false);
        spans.push(Suggestion { start, end, label: SuggestedLabel::Actor, value, candidates, why, nested });
    }
    spans.sort_by_key(|s| (s.start, s.end));
    Suggestions { spans, entities }
}
