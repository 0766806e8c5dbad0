//! Street addresses: "1935 Orchard St.", "at 6016 Dublin Road". A street is neither an actor nor a
//! place of the kind a gazetteer resolves, and its house number is no year: the suggesters leave
//! an address alone.

use super::tokens::{is_capitalized, Token};

/// Last words of a street's name, in lower case.
#[rustfmt::skip]
const STREET_HEADS: &[&str] = &[
    "st", "street", "road", "rd", "avenue", "ave", "boulevard", "blvd", "lane", "ln", "drive",
    "highway", "hwy", "parkway", "pkwy", "pike", "terrace",
];

/// Bodies that look after roads, named after them: "Highway Patrol", "Road Commission".
#[rustfmt::skip]
const ROAD_BODIES: &[&str] = &[
    "patrol", "department", "dept", "commission", "authority", "administration", "division", "safety",
    "agency", "board", "police", "troopers", "district",
];

/// Words before a street's name that say it is the street, not something named after it.
#[rustfmt::skip]
const BEFORE_STREET: &[&str] = &["on", "at", "along", "off", "onto", "near", "block", "of", "down", "up", "and"];

/// Whether capitalized words from token `i` run to a street's last word within four words:
/// "Orchard St", "Martin Luther King Jr. Blvd".
pub fn street_from(t: &[Token], i: usize) -> Option<usize> {
    let mut k = i;
    while k < t.len() && k < i + 5 {
        let w = &t[k];
        // "West 16th Street": an ordinal inside the name.
        let ordinal = k > i
            && w.text.starts_with(|c: char| c.is_ascii_digit())
            && ["st", "nd", "rd", "th"].iter().any(|e| w.lower.ends_with(e));
        if !is_capitalized(w.text) && !ordinal {
            return None;
        }
        if k > i && STREET_HEADS.contains(&w.lower) {
            // "the Florida Highway Patrol", "Kent County Road Commission": a body, not a street.
            let body = t.get(k + 1).is_some_and(|n| is_capitalized(n.text) && ROAD_BODIES.contains(&n.lower));
            return (!body).then_some(k + 1);
        }
        k += 1;
        // The full stop of "Jr." inside a name.
        if t.get(k).is_some_and(|p| p.text == ".") && w.lower == "jr" {
            k += 1;
        }
    }
    None
}

/// Whether tokens `s..end` are a street named as an address: after a house number or a word like
/// "on" ("on Dublin Road"). "Downing Street said" and "Wall Street" stay names.
pub fn is_address(t: &[Token], s: usize, end: usize) -> bool {
    if street_from(t, s) != Some(end) {
        return false;
    }
    let before = if s > 0 { t[s - 1].lower } else { "" };
    is_house_number(before) || BEFORE_STREET.contains(&before)
}

/// A number before a street's name: "1935", "6016", "12B".
fn is_house_number(w: &str) -> bool {
    w.bytes().next().is_some_and(|b| b.is_ascii_digit()) && w.len() <= 6
}

/// Whether an address's street ends at token `end` (exclusive; a short form's full stop may
/// follow): "at Main Street", "of 12 Upper Abbey St." before the town they are in.
pub fn address_ends_at(t: &[Token], end: usize) -> bool {
    let end = if end > 0 && t[end - 1].text == "." { end - 1 } else { end };
    (end.saturating_sub(5)..end).any(|s| is_address(t, s, end))
}

/// Whether a street's name starts at token `i`: "West 16th Street", "Dublin Road" name no place.
pub fn is_street_at(t: &[Token], i: usize) -> bool {
    street_from(t, i).is_some()
}

/// Whether token `i` is the house number of an address: "1935 Orchard St." is no year.
pub fn is_house_number_at(t: &[Token], i: usize) -> bool {
    t.get(i).is_some_and(|w| is_house_number(w.lower)) && street_from(t, i + 1).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::suggest::tokens::{lower_case, tokens};

    fn at(text: &str, word: &str) -> (Vec<String>, usize) {
        let lower = lower_case(text);
        let t = tokens(text, &lower);
        let words: Vec<String> = t.iter().map(|w| w.text.to_string()).collect();
        let i = words.iter().position(|w| w == word).unwrap();
        (words, i)
    }

    #[test]
    fn an_address_is_told_from_a_name_that_ends_in_street() {
        let table: &[(&str, &str, usize, bool)] = &[
            ("She lived at 1935 Orchard St. for years.", "Orchard", 2, true),
            ("The fire on Dublin Road spread.", "Dublin", 2, true),
            ("Downing Street said no.", "Downing", 2, false),
            ("He turned onto West 16th Street.", "West", 3, true),
            ("Stocks fell on Wall Street Journal reports.", "Wall", 3, false),
        ];
        for &(text, first, len, address) in table {
            let lower = lower_case(text);
            let t = tokens(text, &lower);
            let (_, i) = at(text, first);
            assert_eq!(is_address(&t, i, i + len), address, "{text}");
        }
    }

    #[test]
    fn a_body_named_after_a_road_is_no_street() {
        for (text, street) in [("the Florida Highway Patrol said", false), ("the Florida Highway was shut", true)] {
            let (_, i) = at(text, "Florida");
            let lower = lower_case(text);
            assert_eq!(is_street_at(&tokens(text, &lower), i), street, "{text}");
        }
    }

    #[test]
    fn a_house_number_is_no_year() {
        let text = "He lived at 1935 Orchard St. and moved in 1935 to Ohio.";
        let lower = lower_case(text);
        let t = tokens(text, &lower);
        let years: Vec<bool> =
            t.iter().enumerate().filter(|(_, w)| w.text == "1935").map(|(i, _)| is_house_number_at(&t, i)).collect();
        assert_eq!(years, vec![true, false]);
    }

    #[test]
    fn an_address_is_found_from_its_end() {
        for (text, word, want) in [
            ("He was seen at Main Street, Tipperary.", ",", true),
            ("She lives at 12 Upper Abbey St., Cahir.", ",", true),
            ("Downing Street, London, said no.", ",", false),
        ] {
            let lower = lower_case(text);
            let t = tokens(text, &lower);
            let (_, i) = at(text, word);
            assert_eq!(address_ends_at(&t, i), want, "{text}");
        }
    }
}
