//! The words a text uses as people's last names ("Gov. Roberts", "Bill Flores", "Taylor, 39,"),
//! so that a small town of that name is not read into "Roberts said" or "Flores told reporters".
//! Towns of 1,000 people share their names with a great many families.

use rustc_hash::FxHashSet as HashSet;

use crate::suggest::actors::{is_function_word, is_title};
use crate::suggest::tokens::{is_capitalized, Token, ABBREVIATIONS};

/// First words of place names, not of people's: "Fort Myers", "Lake Charles", "New Lincoln".
#[rustfmt::skip]
const PLACE_FIRST_WORDS: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "new", "old", "fort",
    "port", "lake", "mount", "mt", "saint", "st", "san", "santa", "el", "la", "los", "las", "upper", "lower",
    "greater", "downtown", "central", "little", "big", "glen", "cape", "point", "grand", "palm", "north-east",
    "northeast", "northwest", "southeast", "southwest", "upstate", "suburban", "rural", "metro",
];

/// First names that are words too: "Bill Flores" in a text about a bill.
#[rustfmt::skip]
const WORD_FIRST_NAMES: &[&str] = &[
    "bill", "mark", "will", "jack", "ray", "frank", "dean", "pat", "rose", "grace", "joy", "hope", "art",
    "gene", "don", "rob", "bob", "guy", "max", "drew", "chase", "grant", "jim", "sue", "penny", "rusty",
    "buck", "bud", "chip", "dawn", "faith", "gay", "holly", "iris", "ivy", "june", "lily", "mike", "miles",
    "nick", "pearl", "robin", "sandy", "skip", "summer", "victor", "wade", "warren", "woody",
];

fn is_word(w: &Token) -> bool {
    w.text.len() >= 2 && is_capitalized(w.text) && w.text.chars().all(char::is_alphabetic)
}

/// The lowercased words `t` uses as last names.
/// "Stars Over Springfield", "Storage of Richmond": a word in `lower_words`, which the text also
/// writes in lower case, is no first name.
pub fn surnames<'t>(text: &str, t: &[Token<'t>], lower_words: &HashSet<&str>) -> HashSet<&'t str> {
    let mut out = HashSet::default();
    let same_line = |a: usize, b: usize| !text[t[a].end()..t[b].start()].contains('\n');
    for k in 1..t.len() {
        if !is_word(&t[k]) || t.get(k + 1).is_some_and(is_word) {
            continue;
        }
        let before = &t[k - 1];
        // "Mr. Roberts", "Gov. Roberts".
        // Not "St. Petersburg", "Mt. Pleasant": a saint's or a mountain's abbreviation is no title.
        let titled = before.text == "."
            && k >= 2
            && ABBREVIATIONS.contains(&t[k - 2].lower)
            && !matches!(t[k - 2].lower, "st" | "mt" | "ft");
        // "Bill Roberts", "Christopher Lee Everett": a first name (a middle one or an initial may
        // follow it), not a place's first word; the run of names ends here.
        let first = (1..=3)
            .take_while(|&back| k >= back && same_line(k - back, k - back + 1))
            .map(|back| k - back)
            // "Matthew D. Flores": a middle initial and its full stop.
            .take_while(|&f| {
                let initial = |g: usize| t[g].text.len() == 1 && t[g].text.chars().all(|c| c.is_ascii_uppercase());
                is_word(&t[f]) || initial(f) && t[f + 1].text == "." || t[f].text == "." && f > 0 && initial(f - 1)
            })
            .filter(|&f| is_word(&t[f]));
        // "Municipal Court Judge Haywood Turner": a title may open the run of names.
        let opens = |f: usize| f == 0 || !is_word(&t[f - 1]) || is_title(t[f - 1].lower);
        let first_name = first.into_iter().any(|f| {
            let w = &t[f];
            w.text.chars().skip(1).any(char::is_lowercase)
                && !is_function_word(w.lower)
                && !is_title(w.lower)
                && !PLACE_FIRST_WORDS.contains(&w.lower)
                && (!lower_words.contains(w.lower) || WORD_FIRST_NAMES.contains(&w.lower))
                && opens(f)
        });
        // "said Burley", "according to Taylor": a person speaks ("said Laconia police", "according
        // to Hopkinton police Chief Wheeler": the town's police do).
        let police = super::context::before_its_people_lower(t, k + 1);
        let speaker =
            !police && (before.lower == "said" || k >= 2 && before.lower == "to" && t[k - 2].lower == "according");
        // "Taylor, 39, of Paris": an age after the name.
        let aged =
            t.get(k + 1).is_some_and(|w| w.text == ",") && t.get(k + 2).is_some_and(|w| super::context::is_age(w.text));
        if titled || first_name || aged || speaker {
            out.insert(t[k].lower);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::suggest::tokens::{lower_case, tokens};

    fn names(text: &str) -> Vec<String> {
        let lower = lower_case(text);
        let t = tokens(text, &lower);
        let lower_words: HashSet<&str> =
            t.iter().filter(|w| w.text.starts_with(char::is_lowercase)).map(|w| w.lower).collect();
        let mut v: Vec<String> = surnames(text, &t, &lower_words).into_iter().map(str::to_string).collect();
        v.sort();
        v
    }

    #[test]
    fn last_names_are_told_by_a_first_name_a_title_or_an_age() {
        let table: &[(&str, &[&str])] = &[
            ("Bill Flores told reporters.", &["flores"]),
            ("A letter from Gov. Roberts arrived.", &["roberts"]),
            ("Police said Jane Taylor, 39, was held.", &["taylor"]),
            ("Sgt. Christopher Lee Everett, of Huntsville, died.", &["everett"]),
            ("The car sped off, according to Burley.", &["burley"]),
            ("Who would want Matthew D. Flores dead?", &["flores"]),
            ("He beat Municipal Court Judge Haywood Turner.", &["turner"]),
            ("Fire crews from Fort Myers and Lake Charles came.", &[]),
            ("He drove to Trapani on Monday.", &[]),
            ("The Paris City Council met.", &[]),
            ("Stars Over Springfield shows the stars.", &[]),
            ("It is closed, said Laconia police on Monday.", &[]),
            ("It was taken, according to Hopkinton police Chief David Wheeler.", &["wheeler"]),
            ("It was taken, said Burley police chief.", &[]),
            ("It was taken, said Burley today.", &["burley"]),
        ];
        for &(text, want) in table {
            assert_eq!(names(text), want.to_vec(), "{text}");
        }
    }
}
