//! Places: names the gazetteer knows, resolved to one entry when several share the name. The
//! countries a text names, a province after a comma ("Pandi, Bulacan") and a cue word ("Kaluga
//! province") decide; population breaks ties. A country or city that acts ("Russia's
//! involvement", "Moscow said") is marked `acting`: it is an Actor there, not a Place.

mod context;
pub mod gazetteer;
#[cfg(test)]
mod tests;

use std::collections::HashSet;

/// Towns below this population need "in", "near"... before them when alone.
const SMALL_TOWN: u64 = 100_000;

pub use gazetteer::{Gazetteer, Place, PlaceKind};

use super::tokens::{is_capitalized, sentence_start, Token};
use context::{acts, after_locative, division_cue, is_common_word};
use gazetteer::name_key;

#[derive(Debug, Clone, PartialEq)]
pub struct PlaceMention {
    /// Token range `first..last` (exclusive) the mention covers.
    pub tokens: (usize, usize),
    pub place: Place,
    /// The other places of that name, the likeliest first, for the annotator to pick from.
    pub candidates: Vec<Place>,
    pub acting: bool,
}

/// The places among `t`, skipping tokens for which `free` is false (already claimed by dates).
pub fn find_places(text: &str, t: &[Token], g: &Gazetteer, free: &dyn Fn(usize) -> bool) -> Vec<PlaceMention> {
    let found = names(text, t, g, free);
    // The countries the text names: those of names with one reading, and their countries.
    let countries: HashSet<&str> = found
        .iter()
        .filter_map(|(_, _, c)| match c.as_slice() {
            [only] if !only.country.is_empty() && only.kind != PlaceKind::City => Some(only.country.as_str()),
            _ => None,
        })
        .collect();
    // A small town in a country the text never names is more often a surname or a company.
    let small_town = |cands: &[Place]| {
        cands
            .iter()
            .all(|p| p.kind == PlaceKind::City && p.population < SMALL_TOWN && !countries.contains(p.country.as_str()))
    };
    found
        .iter()
        .filter(|(i, _, cands)| !small_town(cands) || after_locative(t, *i))
        .map(|&(i, n, ref cands)| {
            let cue = division_cue(t, i + n);
            let after_comma = (t.get(i + n).map(|w| w.text) == Some(","))
                .then(|| found.iter().find(|(j, _, _)| *j == i + n + 1))
                .flatten()
                .and_then(|(_, _, c)| c.first())
                .map(|p| p.country.as_str());
            let score = |p: &Place| {
                let kind = match p.kind {
                    PlaceKind::Country | PlaceKind::Continent => 3.0,
                    PlaceKind::Region => 10.0,
                    PlaceKind::City => 1.0,
                    PlaceKind::Division if cue => 6.0,
                    PlaceKind::Division => 0.5,
                };
                let context = if after_comma == Some(p.country.as_str()) {
                    4.0
                } else if countries.contains(p.country.as_str()) {
                    3.0
                } else {
                    0.0
                };
                kind + context + ((p.population + 1) as f64).log10()
            };
            let mut ranked: Vec<&Place> = cands.iter().collect();
            ranked.sort_by(|a, b| score(b).total_cmp(&score(a)).then_with(|| a.id.cmp(&b.id)));
            let best = ranked[0].clone();
            let end = if cue && best.kind == PlaceKind::Division { i + n + 1 } else { i + n };
            let acting = matches!(best.kind, PlaceKind::Country | PlaceKind::City) && acts(t, i, i + n);
            PlaceMention {
                tokens: (i, end),
                candidates: ranked[1..].iter().take(5).map(|p| (*p).clone()).collect(),
                place: best,
                acting,
            }
        })
        .collect()
}

/// Every gazetteer name in the text, longest first at each token, with all its entries.
fn names(text: &str, t: &[Token], g: &Gazetteer, free: &dyn Fn(usize) -> bool) -> Vec<(usize, usize, Vec<Place>)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let mut matched = 0;
        if free(i) && is_capitalized(t[i].text) {
            let most = g.longest_name().min(t.len() - i);
            for n in (1..=most).rev() {
                if !(i..i + n).all(free) || !is_capitalized(t[i + n - 1].text) && !t[i + n - 1].text.ends_with('.') {
                    continue;
                }
                let key = name_key(t[i..i + n].iter().map(|w| w.text));
                let places: Vec<Place> = g.lookup(&key).cloned().collect();
                if places.is_empty() || !fits(text, t, i, n, &places) {
                    continue;
                }
                out.push((i, n, places));
                matched = n;
                break;
            }
        }
        i += matched.max(1);
    }
    out
}

/// Whether a name stands as a place here, not as part of a longer name or a common word.
fn fits(text: &str, t: &[Token], i: usize, n: usize, places: &[Place]) -> bool {
    let capital_before =
        i > 0 && !sentence_start(text, t, i) && is_capitalized(t[i - 1].text) && t[i - 1].text != "The";
    let next_line = t.get(i + n).is_some_and(|w| text[t[i + n - 1].end..w.start].contains('\n'));
    let capital_after = !next_line && t.get(i + n).is_some_and(|w| is_capitalized(w.text));
    let division = places.iter().any(|p| p.kind == PlaceKind::Division);
    // "Caucasus Province" names something else, unless a division of that name exists.
    if capital_after && !(division_cue(t, i + n) && division) {
        return false;
    }
    if capital_before {
        return false;
    }
    let well_known =
        places.iter().any(|p| matches!(p.kind, PlaceKind::Country | PlaceKind::Continent | PlaceKind::Region));
    if n == 1 && !well_known && is_common_word(text, t, i) {
        return false;
    }
    true
}
