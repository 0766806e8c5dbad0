//! Every gazetteer name in a text, before any is kept or resolved: the longest name at each token,
//! a part of a place ("North Texas"), the counties of a list ("Walton and Oconee counties") and a
//! county named without its noun ("Henrico police", "D-Braxton"), each standing alone or inside a longer name
//! ("Gainesville Police"), or no place at all (a common word, a street, an era).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::context::{self, division_cue, is_common_word};
use super::{Gazetteer, Place, PlaceKind, BIG_CITY};
use crate::suggest::actors::{is_acronym, is_function_word, is_institution};
use crate::suggest::tokens::{is_capitalized, sentence_start, Token};

/// A name found: its first token, its length in tokens, its places, and whether it is inside a
/// longer name.
pub(super) type Found<'g> = (usize, usize, Vec<&'g Place>, bool);

/// A name is known by its readings: the same words give the same list, so its first reading and
/// how many there are tell one name from another.
pub(super) type NameKey<'g> = (&'g str, usize);

pub(super) fn name_key<'g>(f: &Found<'g>) -> NameKey<'g> {
    (f.2[0].id(), f.2.len())
}

/// The distinct names among `found`: each one's index by its key, and its first mention at that
/// index (a book names Moscow a thousand times).
pub(super) fn distinct_names<'f, 'g: 'f>(
    found: impl Iterator<Item = &'f Found<'g>>,
) -> (HashMap<NameKey<'g>, usize>, Vec<&'f Found<'g>>) {
    let mut index: HashMap<NameKey<'g>, usize> = HashMap::default();
    let mut first = Vec::new();
    for f in found {
        index.entry(name_key(f)).or_insert_with(|| {
            first.push(f);
            first.len() - 1
        });
    }
    (index, first)
}

/// Every gazetteer name in the text, longest first at each token, with all its entries.
pub(super) fn names<'g>(
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
            let places = districts(g, &t[i..i + n], head);
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
            let bare = |k: usize| {
                t.get(k).is_some_and(|w| is_capitalized(w.text) && w.text.chars().all(char::is_alphabetic))
                    && free(k)
                    && !buf.lower_words.contains(t[k].lower)
                    && !context::is_common_english(t[k].lower)
            };
            // One word or two ("Pointe Coupee teen"), then its people in lower case.
            // Or after a lawmaker's party ("Brent Boggs, D-Braxton"): the county he represents.
            let n = (1..=2).take_while(|&n| bare(i + n - 1)).find(|&n| {
                let people = t.get(i + n).is_some_and(|w| w.text.starts_with(char::is_lowercase))
                    && context::before_its_people(t, i + n);
                people || context::after_party(t, i) && !t.get(i + n).is_some_and(|w| is_capitalized(w.text))
            })?;
            ["county", "parish"].iter().find_map(|head| {
                let places = districts(g, &t[i..i + n], head);
                (!places.is_empty()).then_some((n, places, false))
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

/// The counties or parishes (`head`) named by `words`: "Oconee", "county" → Oconee County, Georgia.
fn districts<'g>(g: &'g Gazetteer, words: &[Token], head: &str) -> Vec<&'g Place> {
    let name: Vec<&str> = words.iter().map(|w| w.lower).collect();
    let key = format!("{} {head}", name.join(" "));
    g.lookup(&key).map(|(p, _)| p).filter(|p| p.kind == PlaceKind::District).collect()
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
    // "reopen W.Va. 61", "N.C. 54": a state's short form before a route's number is the road
    // (not "Charleston, W.Va. 25301": a postal code has five digits).
    let route = t.get(i + n).is_some_and(|w| w.text.len() <= 3 && w.text.bytes().all(|b| b.is_ascii_digit()));
    if route && t[i + n - 1].text == "." {
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
    // "Monroeville, Ala. An Amber Alert": after its town, a state's short form may end the
    // sentence too ("U.S. Census Bureau" and "Del. Brian Moran" go on), and so may a name with
    // its state ("Washington, D.C. The mother").
    let after_town = i > 0 && t[i - 1].text == "," || t[i..i + n].iter().any(|w| w.text == ",");
    let sentence_end = t[i + n - 1].text == "." && after_town;
    // "in Alexandria Friday night": a weekday or a month after a name starts no longer name.
    let capital_after = !next_line
        && !sentence_end
        && t.get(i + n).is_some_and(|w| is_capitalized(w.text) && !super::is_calendar(w.lower));
    let division = places.iter().any(|p| p.kind == PlaceKind::Division);
    // "Caucasus Province" names something else, unless a division of that name exists.
    if capital_after && !(division_cue(t, i + n) && division) || capital_before {
        return Some(true);
    }
    Some(false)
}
