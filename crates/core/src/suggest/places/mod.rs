//! Places: names the gazetteer knows, resolved to one entry when several share the name. The
//! countries a text names, a province after a comma ("Pandi, Bulacan") and a cue word ("Kaluga
//! province") decide; population breaks ties. A country or city that acts ("Russia's
//! involvement", "Moscow said") is marked `acting`: it is an Actor there, not a Place.

mod context;
pub mod gazetteer;
mod grid;
mod name_table;
mod reading;
mod surnames;
mod unknown;
pub use unknown::unknown_places;
#[cfg(test)]
mod tests;

use grid::{Grid, Support};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Cities this big are matched by their alternate names too.
const BIG_CITY: u64 = 500_000;

/// Towns below this population need "in", "near"... before them when alone.
const SMALL_TOWN: u64 = 100_000;

/// Towns of this size are kept in a country the text names; smaller ones need their state.
const TOWN: u64 = 5_000;

pub use gazetteer::{Gazetteer, Place, PlaceKind};

use super::actors::{is_acronym, is_function_word, is_institution};
use super::dates;
use super::tokens::{is_capitalized, sentence_start, Token};
use context::{
    after_address, after_locative, before_its_people, dateline, division_cue, is_common_word, locates_a_thing,
    strong_locative,
};
use reading::reading;

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
    // readings ("Texas", "W.Va.", "Georgia").
    // Not a lawmaker's ("Rep. Earl Pomeroy, D-N.D."): the story is not set in his state.
    let states: HashSet<(&str, &str)> = found
        .iter()
        .filter(|f| !context::party_affiliation(t, f.0))
        .filter_map(|(_, _, c, _)| {
            let mut divisions = c.iter().filter(|p| p.kind == PlaceKind::Division);
            match (divisions.next(), divisions.next()) {
                (Some(d), None) if !d.admin1().is_empty() => Some((d.country(), d.admin1())),
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
    // A small town is more often a surname or a company, unless the words around it or the
    // places the text names say otherwise. A family's name is no town even after "to" or "from".
    use super::actors::is_institution;
    let keep = |&&(i, n, ref cands, _): &&Found<'g>| {
        // A name the text gives a person is no town or county, unless "in", "near"... say so.
        let town_like = |p: &&Place| match p.kind {
            PlaceKind::City => p.population < SMALL_TOWN,
            PlaceKind::District => true,
            _ => false,
        };
        // "Tom Bakk, DFL-Cook", "(R-Lilburn)": the town or county a lawmaker represents.
        if i >= 2 && t[i - 1].text == "-" && matches!(t[i - 2].text, "D" | "R" | "I" | "DFL") {
            return true;
        }
        // "a provision in Obama's law": a possessive makes "in" govern the thing, not the name.
        let own = t.get(i + 1).is_some_and(|w| matches!(w.lower, "'s" | "'" | "’"));
        if n == 1 && people.contains(t[i].lower) && cands.iter().all(town_like) {
            return strong_locative(t, i) && !own;
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
    };
    let mut keeps: Vec<bool> = found.iter().map(|f| keep(&f)).collect();
    // "Bicester and Kidlington", "between Ann Arbor and Oscoda": a name listed with a place is
    // one too, unless it is a word or a family's name in this text.
    let listed = |a: &Found, b: &Found| b.0 == a.0 + a.1 + 1 && matches!(t[a.0 + a.1].lower, "and" | "or" | ",");
    let plain = |&(i, n, _, _): &Found| {
        n > 1
            || !(people.contains(t[i].lower)
                || lower_words.contains(t[i].lower)
                || is_calendar(t[i].lower)
                || t[i].text.len() < 2)
    };
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
    // A name's readings, the likeliest first.
    let ranked = |&(i, n, ref cands, _): &Found<'g>, near: &dyn Fn(&'g Place) -> f64| -> Vec<&'g Place> {
        let cue = division_cue(t, i + n);
        let country_after = after_comma(i + n).and_then(|f| f.2.first()).map(|p| p.country());
        let state = state_after(i + n);
        let score = |p: &'g Place| {
            let kind = match p.kind {
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
                PlaceKind::District => 0.0,
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
    // A name is known by its readings: the same words give the same list.
    let mut name_of: HashMap<(&str, usize), usize> = HashMap::default();
    // Each name's readings and its first mention (a book names Moscow a thousand times).
    let mut names: Vec<(&[&Place], &Found<'g>)> = Vec::new();
    // Places of organizations ("Rapides Parish Fire District", "Gainesville Police") tell where
    // a local story is: they vote too.
    let inside: Vec<&Found<'g>> = inside.iter().filter(keep).collect();
    let of_organizations =
        inside.iter().filter(|f| crate::suggest::nested::names_an_organization_place(t, f.0, f.0 + f.1));
    let own: Vec<usize> = kept
        .iter()
        .chain(of_organizations)
        .map(|f| {
            *name_of.entry((f.2[0].id(), f.2.len())).or_insert_with(|| {
                names.push((&f.2, f));
                names.len() - 1
            })
        })
        .collect();
    // A lawmaker's state casts no vote (its name, met first there, is read all the same).
    let voters: Vec<&[&Place]> =
        names.iter().map(|&(c, f)| if context::party_affiliation(t, f.0) { &[][..] } else { c }).collect();
    let support = Support::of(&voters);
    let first_near = |p: &'g Place, k: usize| 8.0 * support.near(p, k).min(1.0);
    let first = names.iter().enumerate().map(|(k, &(cands, f))| match cands {
        [only] => *only,
        _ => ranked(f, &|p| first_near(p, k))[0],
    });
    let anchors =
        Grid::of(first.filter(|p| matches!(p.kind, PlaceKind::City | PlaceKind::Division | PlaceKind::District)));
    let read = kept.iter().zip(&own).map(|(f, &k)| mention(f, &|p| anchors.near(p).max(first_near(p, k))));
    let read_inside = inside.iter().map(|f| match name_of.get(&(f.2[0].id(), f.2.len())) {
        Some(&k) => mention(f, &|p| anchors.near(p).max(first_near(p, k))),
        None => mention(f, &|p| anchors.near(p)),
    });
    read.chain(read_inside).collect()
}

/// A month's, a weekday's or a feast's name: "in May" is no town of May.
fn is_calendar(word: &str) -> bool {
    dates::words::month(word).is_some() || dates::words::weekday(word).is_some() || FEASTS.contains(&word)
}

/// Feasts that small towns are named after: Christmas, Florida; Easter, Texas.
const FEASTS: &[&str] = &["christmas", "easter", "thanksgiving", "halloween", "hanukkah", "ramadan", "passover"];

/// Worlds that small towns are named after: Earth, Texas; Mars, Pennsylvania.
const WORLDS: &[&str] = &["earth", "moon", "mars", "heaven"];

/// A name found: its first token, its length in tokens, its places, and whether it is inside a
/// longer name.
type Found<'g> = (usize, usize, Vec<&'g Place>, bool);

/// Every gazetteer name in the text, longest first at each token, with all its entries.
fn names<'g>(
    text: &str,
    t: &[Token],
    g: &'g Gazetteer,
    free: &dyn Fn(usize) -> bool,
    lower_words: &HashSet<&str>,
) -> Vec<Found<'g>> {
    let mut out = Vec::new();
    // One key and one list for every token: most capitalized words are no place.
    let mut buf = Buffers { key: String::new(), lengths: Vec::new(), lower_words };
    let mut i = 0;
    while i < t.len() {
        // "Walton and Oconee counties": each name of the list is a county of that name.
        if let Some((n, head)) = free(i).then(|| context::listed_division(t, i)).flatten() {
            let words: Vec<&str> = t[i..i + n].iter().map(|w| w.lower).collect();
            let places: Vec<&Place> = g
                .lookup(&format!("{} {head}", words.join(" ")))
                .map(|(p, _)| p)
                .filter(|p| p.kind == PlaceKind::District)
                .collect();
            if !places.is_empty() && (i..i + n).all(free) {
                out.push((i, n, places, false));
                i += n;
                continue;
            }
        }
        // "North Texas", "Metro Nashville": a part of a place the gazetteer names only whole. The
        // part is in the mention, which is that place; "North Carolina" is a name of its own.
        let here = name_at(text, t, g, free, i, 0, &mut buf);
        let part = free(i) && is_capitalized(t[i].text) && context::REGION_PARTS.contains(&t[i].lower);
        if part && here.as_ref().is_none_or(|(n, _, _)| *n < 2) {
            if let Some((n, places, inside)) = name_at(text, t, g, free, i + 1, 1, &mut buf) {
                out.push((i, n + 1, places, inside));
                i += n + 1;
                continue;
            }
        }
        // "Henrico police", "Avoyelles deputies": a county or parish named without its noun before
        // its people (in lower case), where no place has the bare name. Not a word with a capital
        // ("Young men", "Christian Youth", "Iron Man").
        let county = || {
            let bare = free(i)
                && is_capitalized(t[i].text)
                && t[i].text.chars().all(char::is_alphabetic)
                && !buf.lower_words.contains(t[i].lower)
                && !context::is_common_english(t[i].lower);
            let people = t.get(i + 1).is_some_and(|w| w.text.starts_with(char::is_lowercase));
            if !bare || !people || !context::before_its_people(t, i + 1) {
                return None;
            }
            ["county", "parish"].iter().find_map(|head| {
                let places: Vec<&Place> = g
                    .lookup(&format!("{} {head}", t[i].lower))
                    .map(|(p, _)| p)
                    .filter(|p| p.kind == PlaceKind::District)
                    .collect();
                (!places.is_empty()).then_some((1, places, false))
            })
        };
        let matched = here.or_else(county).map(|(n, places, inside)| {
            out.push((i, n, places, inside));
            n
        });
        i += matched.unwrap_or(1);
    }
    out
}

/// What `name_at` reuses from token to token: the key being looked up and the lengths of the
/// names found under it, and the words the text writes in lower case.
struct Buffers<'a, 't> {
    key: String,
    lengths: Vec<(usize, usize)>,
    lower_words: &'a HashSet<&'t str>,
}

/// The longest gazetteer name at token `i` that stands as a place or inside a longer name: its
/// length in tokens, its places, and whether it is inside. `lead` words before `i` belong to the
/// mention ("North" in "North Texas").
fn name_at<'g>(
    text: &str,
    t: &[Token],
    g: &'g Gazetteer,
    free: &dyn Fn(usize) -> bool,
    i: usize,
    lead: usize,
    buf: &mut Buffers,
) -> Option<(usize, Vec<&'g Place>, bool)> {
    let Buffers { key, lengths, lower_words } = buf;
    // "The Vatican": the article is never part of the place.
    if i >= t.len() || !free(i) || !is_capitalized(t[i].text) || t[i].lower == "the" {
        return None;
    }
    // The names that start here: the key grows a word at a time while some name goes on.
    key.clear();
    lengths.clear();
    for n in 1..=g.longest_name().min(t.len() - i) {
        if n > 1 {
            key.push(' ');
        }
        key.push_str(t[i + n - 1].lower);
        if g.has_name(key) {
            lengths.push((n, key.len()));
        }
        if !g.continues(key) {
            break;
        }
    }
    for &(n, key_len) in lengths.iter().rev() {
        let key = &key[..key_len];
        if !(i..i + n).all(free) || !is_capitalized(t[i + n - 1].text) && !t[i + n - 1].text.ends_with('.') {
            continue;
        }
        // A city known here only by a foreign alternate name ("Hamas" for Hamm) must be
        // a big one: small ones are more often a word or a name in English.
        let places: Vec<&Place> = g
            .lookup(key)
            .filter(|(p, alternate)| !alternate || p.kind != PlaceKind::City || p.population >= BIG_CITY)
            .map(|(p, _)| p)
            .collect();
        // "8 a.m. EST", "the FBI": three capitals name a country or nothing here ("OMAHA" heads
        // a story).
        let acronym = n == 1
            && t[i].text.len() <= 3
            && is_acronym(t[i].text)
            && !places.iter().any(|p| p.kind == PlaceKind::Country);
        if places.is_empty() || acronym {
            continue;
        }
        if let Some(inside) = fits(text, t, i - lead, n + lead, &places, lower_words) {
            return Some((n, places, inside));
        }
    }
    None
}

/// Whether a name stands as a place here (`Some(false)`), inside a longer name (`Some(true)`:
/// "Bank of England", "Gainesville Police"), or is a common word (`None`).
fn fits(text: &str, t: &[Token], i: usize, n: usize, places: &[&Place], lower_words: &HashSet<&str>) -> Option<bool> {
    // "Missing Ill. man found", "Only Cornwall and Kent": a sentence's first word, with the
    // capital of any first word, is a word the text writes in lower case or no name's.
    let opener = |k: usize| {
        let w = t[k].lower;
        sentence_start(text, t, k)
            && (lower_words.contains(w)
                || w.len() > 5 && w.ends_with("ing")
                // "Scandal-plagued Ga. pastor"
                || t[k].text.split_once('-').is_some_and(|(_, b)| b.starts_with(char::is_lowercase)))
    };
    let capital_before = i > 0
        && !sentence_start(text, t, i)
        && is_capitalized(t[i - 1].text)
        && !is_function_word(t[i - 1].lower)
        && !opener(i - 1);
    // "Bank of England", "University of Texas": the place is part of an institution's name.
    let institution = i > 1 && t[i - 1].text == "of" && is_capitalized(t[i - 2].text) && is_institution(t[i - 2].lower);
    if institution {
        return Some(true);
    }
    // "100 B.C.": an era after a year, not British Columbia.
    if i > 0 && t[i - 1].text.bytes().all(|b| b.is_ascii_digit()) && matches!(t[i].text, "B" | "A") && n > 1 {
        return None;
    }
    // "Dublin Road", "West 16th Street": a street, not the place it is named for.
    if crate::suggest::streets::is_street_at(t, i) {
        return None;
    }
    // "St. Patrick's Day", "St. Mary's High School": a saint's possessive is the saint's.
    if matches!(t[i].lower, "st" | "saint") && t.get(i + n).is_some_and(|w| w.lower == "'s") {
        return None;
    }
    let well_known =
        places.iter().any(|p| matches!(p.kind, PlaceKind::Country | PlaceKind::Continent | PlaceKind::Region));
    // "Police Union", "Chamber of Commerce": a common word in a name is that word, not a town.
    if n == 1 && !well_known && is_common_word(text, t, i) {
        return None;
    }
    let next_line = t.get(i + n).is_some_and(|w| text[t[i + n - 1].end()..w.start()].contains('\n'));
    let capital_after = !next_line && t.get(i + n).is_some_and(|w| is_capitalized(w.text));
    let division = places.iter().any(|p| p.kind == PlaceKind::Division);
    // "Caucasus Province" names something else, unless a division of that name exists.
    if capital_after && !(division_cue(t, i + n) && division) || capital_before {
        return Some(true);
    }
    Some(false)
}
