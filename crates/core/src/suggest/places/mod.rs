//! Places: names the gazetteer knows, resolved to one entry when several share the name. The
//! countries a text names, a province after a comma ("Pandi, Bulacan") and a cue word ("Kaluga
//! province") decide; population breaks ties. A country or city that acts ("Russia's
//! involvement", "Moscow said") is marked `acting`: it is an Actor there, not a Place.

mod context;
pub mod gazetteer;
mod grid;
mod name_table;
mod names;
mod reading;
mod reading_words;
mod surnames;
mod together;
mod unknown;
pub use unknown::unknown_places;
#[cfg(test)]
mod tests;

use grid::{Grid, Support};
use rustc_hash::FxHashSet as HashSet;

/// Cities this big are matched by their alternate names too.
const BIG_CITY: u64 = 500_000;

/// Towns below this population need "in", "near"... before them when alone.
const SMALL_TOWN: u64 = 100_000;

/// Towns of this size are kept in a country the text names; smaller ones need their state.
const TOWN: u64 = 5_000;

pub use gazetteer::{Gazetteer, Place, PlaceKind};

use super::actors::is_institution;
use super::dates;
use super::tokens::Token;
use context::{
    after_address, after_locative, before_its_people, dateline, division_cue, locates_a_thing, strong_locative,
};
use names::{distinct_names, name_key, names, Found};
use reading::reading;
use together::{listed_with_lands, Neighbours};

#[derive(Debug, Clone, PartialEq)]
pub struct PlaceMention<'g> {
    /// Token range `first..last` (exclusive) the mention covers.
    pub tokens: (usize, usize),
    pub place: &'g Place,
    /// The other places of that name, the likeliest first, for the annotator to pick from.
    pub candidates: Vec<&'g Place>,
    pub acting: bool,
    /// Why a country or city is read as a place or as acting, for the popover.
    pub why: Option<&'static str>,
    /// Inside a longer name ("Laurel County Sheriff's Office", "University of Cincinnati"):
    /// a place only nested in an actor, if the caller wants it.
    pub inside: bool,
}

/// The places among `t`, skipping tokens for which `free` is false (already claimed by dates).
pub fn find_places<'g>(
    text: &str,
    t: &[Token],
    g: &'g Gazetteer,
    free: &dyn Fn(usize) -> bool,
) -> Vec<PlaceMention<'g>> {
    // The words the text writes in lower case: a town named "Light" or "Reserve" in a text that
    // says "light" and "reserve" is that word with a capital. Read once, for every rule here.
    let lower_words: HashSet<&str> =
        t.iter().filter(|w| w.text.starts_with(|c: char| c.is_lowercase())).map(|w| w.lower).collect();
    let (found, inside): (Vec<Found<'g>>, Vec<Found<'g>>) =
        names(text, t, g, free, &lower_words).into_iter().partition(|f| !f.3);
    // The countries the text names: those of names with one reading, and their countries.
    let countries: HashSet<&str> = found
        .iter()
        .filter(|f| !context::party_affiliation(t, f.0))
        .filter_map(|(_, _, c, _)| match c.as_slice() {
            [only] if !only.country().is_empty() && only.kind != PlaceKind::City => Some(only.country()),
            _ => None,
        })
        .collect();
    // The states and provinces the text names: those of names with one division among their
    // readings ("Texas", "W.Va.", "Georgia"), that division the biggest of them: "Portland" names
    // no parish of Jamaica, nor "Berea" a district of Lesotho.
    // Not a lawmaker's ("Rep. Earl Pomeroy, D-N.D."): the story is not set in his state.
    let states: HashSet<(&str, &str)> = found
        .iter()
        .filter(|f| !context::party_affiliation(t, f.0))
        .filter_map(|(_, _, c, _)| {
            let mut divisions = c.iter().filter(|p| p.kind == PlaceKind::Division);
            match (divisions.next(), divisions.next()) {
                (Some(d), None) if !d.admin1().is_empty() && c.iter().all(|p| p.population <= d.population) => {
                    Some((d.country(), d.admin1()))
                }
                _ => None,
            }
        })
        .collect();
    let countries: HashSet<&str> = countries.into_iter().chain(states.iter().map(|(c, _)| *c)).collect();
    let in_named_state = |p: &Place| states.contains(&(p.country(), p.admin1()));
    // The name right after a comma that follows a name ending at `end` ("Pandi, Bulacan").
    let after_comma = |end: usize| -> Option<&Found<'g>> {
        (t.get(end).map(|w| w.text) == Some(","))
            .then(|| found.binary_search_by_key(&(end + 1), |f| f.0).ok())
            .flatten()
            .map(|k| &found[k])
    };
    // "Paris, Texas", "Charleston, W.Va.": the division after the comma, if one is named there.
    let state_after = |end: usize| -> Option<&'g Place> {
        after_comma(end).and_then(|f| f.2.iter().find(|p| p.kind == PlaceKind::Division).copied())
    };
    let people = surnames::surnames(text, t, &lower_words);
    // A name that is no word and no family's name in this text.
    let plain = |&(i, n, _, _): &Found| {
        n > 1
            || !(people.contains(t[i].lower)
                || lower_words.contains(t[i].lower)
                || is_calendar(t[i].lower)
                || t[i].text.len() < 2)
    };
    let neighbours = Neighbours::of(found.iter().filter(|f| plain(f)));
    // A small town is more often a surname or a company, unless the words around it or the
    // places the text names say otherwise. A family's name is no town even after "to" or "from".
    let keep = |f: &&Found<'g>| {
        let &&(i, n, ref cands, _) = f;
        // A name the text gives a person is no town or county, unless "in", "near"... say so.
        let town_like = |p: &&Place| match p.kind {
            PlaceKind::City => p.population < SMALL_TOWN,
            PlaceKind::District => true,
            _ => false,
        };
        // "Tom Bakk, DFL-Cook", "(R-Lilburn)": the town or county a lawmaker represents.
        if context::after_party(t, i) {
            return true;
        }
        // "a provision in Obama's law": a possessive makes "in" govern the thing, not the name.
        let own = t.get(i + 1).is_some_and(|w| matches!(w.lower, "'s" | "'" | "’"));
        if n == 1 && people.contains(t[i].lower) && cands.iter().all(town_like) {
            return strong_locative(t, i) && !own;
        }
        // "Parker's attorney", "Vernon's Funeral Home": a person's kin or counsel, not a town's.
        if n == 1 && own && cands.iter().all(town_like) && t.get(i + 2).is_some_and(|w| KIN.contains(&w.lower)) {
            return false;
        }
        // "Mrs. Lincoln", "Matthew D. Flores": a city or a province, when the text names a person
        // so, needs the words around it to be the place; only a country, a big city or a big state
        // outweighs the person.
        let land = |p: &&Place| {
            matches!(p.kind, PlaceKind::Country | PlaceKind::Continent | PlaceKind::Region)
                || matches!(p.kind, PlaceKind::City | PlaceKind::Division) && p.population >= BIG_CITY
        };
        if n == 1 && people.contains(t[i].lower) && !cands.iter().any(land) {
            let cue = after_locative(t, i) || before_its_people(t, i + n) || locates_a_thing(t, i, i + n);
            return !own && (cue || dateline(t, i, i + n) || state_after(i + n).is_some());
        }
        // "the White House", "the Meeting House": a town named like a building is the building,
        // and so is a city known by it in translation (Casablanca, "White House").
        let named = &text[t[i].start()..t[i + n - 1].end()];
        let town = |p: &&Place| match p.kind {
            PlaceKind::District => true,
            PlaceKind::City => p.population < SMALL_TOWN || !p.name().eq_ignore_ascii_case(named),
            _ => false,
        };
        if n > 1 && i > 0 && t[i - 1].text == "the" && is_institution(t[i + n - 1].lower) && cands.iter().all(town) {
            return false;
        }
        let small = |p: &&Place| match p.kind {
            PlaceKind::City => p.population < SMALL_TOWN,
            PlaceKind::District => !p.name().contains(' '),
            _ => false,
        };
        if !cands.iter().all(small) {
            return true;
        }
        if state_after(i + n).is_some_and(|s| cands.iter().any(|p| p.same_admin1(s))) {
            return true;
        }
        // "in May", "at Christmas", "(D-Ala.)", "return to Earth": a month, a feast, a letter or a
        // world is no small town.
        let word = t[i].lower;
        if n == 1 && (is_calendar(word) || WORLDS.contains(&word) || word.chars().count() < 2) {
            return false;
        }
        // "moderate Arab countries": a people's adjective is no town of Arab, Alabama.
        if n == 1 && (lower_words.contains(word) || super::actors::is_nationality(word)) {
            return strong_locative(t, i);
        }

        after_locative(t, i)
            || before_its_people(t, i + n)
            || locates_a_thing(t, i, i + n)
            || dateline(t, i, i + n)
            || after_address(t, i)
            // "Daniel Hufstetler of Roswell": where a person the text names is from.
            || i >= 2 && t[i - 1].lower == "of" && people.contains(t[i - 2].lower)
            || cands.iter().any(|p| in_named_state(p) || p.population >= TOWN && countries.contains(p.country()))
            || neighbours.hold_up(f)
    };
    let mut keeps: Vec<bool> = found.iter().map(|f| keep(&f)).collect();
    // "Bicester and Kidlington", "between Ann Arbor and Oscoda": a name listed with a place is
    // one too, unless it is a word or a family's name in this text.
    let listed = |a: &Found, b: &Found| b.0 == a.0 + a.1 + 1 && matches!(t[a.0 + a.1].lower, "and" | "or" | ",");
    for k in 1..found.len() {
        if keeps[k - 1] && !keeps[k] && listed(&found[k - 1], &found[k]) && plain(&found[k]) {
            keeps[k] = true;
        }
    }
    for k in (1..found.len()).rev() {
        if keeps[k] && !keeps[k - 1] && listed(&found[k - 1], &found[k]) && plain(&found[k - 1]) {
            keeps[k - 1] = true;
        }
    }
    let kept: Vec<&Found<'g>> = found.iter().zip(&keeps).filter(|(_, &k)| k).map(|(f, _)| f).collect();
    // Names the text gives a town's police, people or address somewhere ("Lebanon Police",
    // "Terry Jolly, 60, Lebanon"): there a town or a county, not a country.
    let municipal: HashSet<&str> = found
        .iter()
        .chain(&inside)
        .filter(|f| f.2.iter().any(|p| matches!(p.kind, PlaceKind::Country | PlaceKind::Continent)))
        .filter(|&&(i, n, _, _)| context::names_a_municipality(t, i, i + n))
        .map(|&(i, n, _, _)| &text[t[i].start()..t[i + n - 1].end()])
        .collect();
    // A name's readings, the likeliest first.
    let ranked = |&(i, n, ref cands, _): &Found<'g>, near: &dyn Fn(&'g Place) -> f64| -> Vec<&'g Place> {
        let municipal = !municipal.is_empty() && municipal.contains(&text[t[i].start()..t[i + n - 1].end()]);
        let cue = division_cue(t, i + n);
        let country_after = after_comma(i + n).and_then(|f| f.2.first()).map(|p| p.country());
        let state = state_after(i + n);
        let lands = listed_with_lands(t, &found, i, n);
        // "Jane Roe, D-Georgia", "R-Lebanon": a lawmaker's state or town, never a country.
        let party = context::after_party(t, i);
        // "WASHINGTON -", "NEW YORK (AP) -": a dateline names a city, not its state.
        let dated = context::dateline(t, i, i + n);
        let score = |p: &'g Place| {
            let kind = match p.kind {
                PlaceKind::City if dated => 4.0,
                PlaceKind::Country | PlaceKind::Continent if party => -3.0,
                PlaceKind::Division if party => 6.0,
                // "the Far East, the Middle East, Italy": Italy, not Italy, Texas.
                PlaceKind::Country | PlaceKind::Continent if lands => 8.0,
                // A state's people are named so too ("Ohio voters"): only a country gives way.
                PlaceKind::Country | PlaceKind::Continent if municipal => -3.0,
                PlaceKind::Country | PlaceKind::Continent => 3.0,
                // "the Middle East": a world region over any town or quarter named after it, however
                // near the story's other places (a neighborhood of Baltimore is "Middle East").
                PlaceKind::Region => 20.0,
                PlaceKind::City => 1.0,
                PlaceKind::Division if cue => 6.0,
                PlaceKind::Division => 0.5,
                PlaceKind::District if cue => 6.0,
                // "Hall County", "Rapides Parish": the name says what it is.
                PlaceKind::District if p.name().contains(' ') => 2.0,
                // A bare name is the town before the district around it: "Cambridge" is not the
                // district of Perth that GeoNames' data names so.
                PlaceKind::District => -0.5,
            };
            let context = if state.is_some_and(|s| p.same_admin1(s)) {
                6.0
            } else if country_after == Some(p.country()) {
                4.0
            } else if in_named_state(p) && p.kind != PlaceKind::Division {
                4.5
            } else if countries.contains(p.country()) {
                3.0
            } else {
                0.0
            };
            // Only a choice between readings: a name of one reading stays what it is.
            let nearby = if cands.len() > 1 { near(p) } else { 0.0 };
            kind + context + nearby + ((p.population + 1) as f64).log10()
        };
        // Scored once each: "Washington" has dozens of candidates.
        let mut scored: Vec<(f64, &Place)> = cands.iter().map(|p| (score(p), *p)).collect();
        scored.sort_by(|(sa, a), (sb, b)| sb.total_cmp(sa).then_with(|| a.id().cmp(b.id())));
        scored.into_iter().map(|(_, p)| p).collect()
    };
    let mention = |f: &Found<'g>, near: &dyn Fn(&'g Place) -> f64| {
        let &(i, n, _, inside) = f;
        let ranked = ranked(f, near);
        let best = ranked[0];
        let cue = division_cue(t, i + n);
        let end = if cue && best.kind == PlaceKind::Division { i + n + 1 } else { i + n };
        let read = (matches!(best.kind, PlaceKind::Country | PlaceKind::City | PlaceKind::Division) && !inside)
            .then(|| reading(t, i, i + n, best.kind == PlaceKind::Division));
        let acting = read.is_some_and(|(acting, _)| acting);
        PlaceMention {
            tokens: (i, end),
            candidates: ranked[1..].iter().take(5).copied().collect(),
            place: best,
            acting,
            why: if inside { Some("a place inside a longer name") } else { read.map(|(_, why)| why) },
            inside,
        }
    };
    // Read twice: first near every reading of the other names, each name one vote shared among
    // its readings; then near what that first reading put on the map (most local stories name
    // no place with a single reading).
    // Places of organizations ("Rapides Parish Fire District", "Gainesville Police") tell where
    // a local story is: they vote too.
    let organization_place = |f: &Found<'g>| crate::suggest::nested::names_an_organization_place(t, f.0, f.0 + f.1);
    // A small town needs no other cue than its own government named after it: "Edwardsville City
    // Council", "Brownsboro Police" (not "Webb Center", "Supreme Court": a name or a word).
    // "Vice Mayor", "Emerald City Players": a title, or a city that is no government.
    let governs = |&(i, n, _, _): &Found<'g>| {
        context::before_its_government(t, i + n)
            && (i..i + n).all(|k| {
                !lower_words.contains(t[k].lower)
                    && !people.contains(t[k].lower)
                    && !super::actors::is_title(t[k].lower)
            })
    };
    let inside: Vec<&Found<'g>> = inside.iter().filter(|f| keep(f) || governs(f)).collect();
    let of_organizations = inside.iter().filter(|f| organization_place(f));
    let (name_of, names) = distinct_names(kept.iter().copied().chain(of_organizations.copied()));
    // A lawmaker's state casts no vote (its name, met first there, is read all the same).
    let voters: Vec<&[&Place]> =
        names.iter().map(|f| if context::party_affiliation(t, f.0) { &[][..] } else { &f.2[..] }).collect();
    let support = Support::of(&voters);
    let first_near = |p: &'g Place, k: usize| 8.0 * support.near(p, k).min(1.0);
    let first = names.iter().enumerate().map(|(k, f)| match &f.2[..] {
        [only] => *only,
        _ => ranked(f, &|p| first_near(p, k))[0],
    });
    let anchors =
        Grid::of(first.filter(|p| matches!(p.kind, PlaceKind::City | PlaceKind::Division | PlaceKind::District)));
    let read = kept.iter().map(|f| {
        let k = name_of[&name_key(f)];
        mention(f, &|p| anchors.near(p).max(first_near(p, k)))
    });
    let read_inside = inside.iter().map(|f| match name_of.get(&name_key(f)) {
        Some(&k) => mention(f, &|p| anchors.near(p).max(first_near(p, k))),
        None => mention(f, &|p| anchors.near(p)),
    });
    read.chain(read_inside).collect()
}

/// What a person has and a town does not: "Parker's attorney", "Vernon's Funeral Home" ("in
/// Decatur's case" may be the town's).
#[rustfmt::skip]
const KIN: &[&str] = &[
    "attorney", "attorneys", "lawyer", "lawyers", "wife", "husband", "mother", "father", "son",
    "daughter", "brother", "sister", "girlfriend", "boyfriend", "widow", "parents", "funeral",
];

/// A month's, a weekday's or a feast's name: "in May" is no town of May.
fn is_calendar(word: &str) -> bool {
    dates::words::month(word).is_some() || dates::words::weekday(word).is_some() || FEASTS.contains(&word)
}

/// Feasts that small towns are named after: Christmas, Florida; Easter, Texas.
const FEASTS: &[&str] = &["christmas", "easter", "thanksgiving", "halloween", "hanukkah", "ramadan", "passover"];

/// Worlds that small towns are named after: Earth, Texas; Mars, Pennsylvania.
const WORLDS: &[&str] = &["earth", "moon", "mars", "heaven"];
