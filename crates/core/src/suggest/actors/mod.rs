//! Actors: people, organizations, groups and states acting. Found as runs of capitalized words
//! (with the small words names contain: "Ministry of Foreign Affairs", "Bashar al-Assad"),
//! acronyms ("FSB"), titles ("President ..."), and a nationality before the noun of those who act
//! for a state ("Russian security forces"). `entities` links the mentions of one actor.

pub mod entities;
mod lexicon;
#[cfg(test)]
mod tests;

use lexicon::*;
pub use lexicon::{is_acronym, is_function_word, is_institution, is_nationality, is_title};

use super::tokens::{is_capitalized, sentence_start, Token, ABBREVIATIONS};

/// An actor's mention: the tokens it covers and how it is named (titles left out).
#[derive(Debug, Clone, PartialEq)]
pub struct ActorMention {
    pub tokens: (usize, usize),
    /// The mention without titles, as written ("Bashar al-Assad").
    pub name: String,
}

/// "Russian security forces", "US embassy": a nationality, up to two modifiers, a role noun.
pub fn nationality_role(text: &str, t: &[Token], i: usize, free: &dyn Fn(usize) -> bool) -> Option<usize> {
    if !is_capitalized(t[i].text) || !is_nationality(t[i].lower) {
        return None;
    }
    let mut j = i + 1;
    while j < t.len() && j - i <= 2 && is_role_modifier(t[j].lower) && !is_role(t[j].lower) {
        j += 1;
    }
    let is_role = t.get(j).is_some_and(|w| is_role(w.lower));
    if !is_role || !(i..=j).all(free) {
        return None;
    }
    // "Turkish President Recep Tayyip Erdogan": a role with a name after it takes the name in.
    let mut end = j + 1;
    while end < t.len() && free(end) && is_name_word(&t[end]) && !text[t[end - 1].end()..t[end].start()].contains('\n')
    {
        end += 1;
    }
    Some(end - i)
}

fn is_name_word(w: &Token) -> bool {
    (is_capitalized(w.text) && w.text.chars().any(char::is_alphabetic)) || is_particle_name(w.text)
}

/// The names among the free tokens: runs of capitalized words and acronyms.
pub fn find_names(text: &str, t: &[Token], free: &dyn Fn(usize) -> bool) -> Vec<ActorMention> {
    let mut out = Vec::new();
    let mut openers = Vec::new();
    let mut i = 0;
    while i < t.len() {
        if !free(i) || !is_name_word(&t[i]) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        // A name never runs past the end of its line (headings have no full stop).
        let same_line = |k: usize| k < t.len() && !text[t[k - 1].end()..t[k].start()].contains('\n');
        loop {
            if same_line(j) && free(j) && is_name_word(&t[j]) {
                j += 1;
                continue;
            }
            // "Mr. Smith": the period of an abbreviated title stays inside the name.
            let abbreviated = t[j - 1].lower;
            if same_line(j)
                && j + 1 < t.len()
                && t[j].text == "."
                && ABBREVIATIONS.contains(&abbreviated)
                && is_name_word(&t[j + 1])
            {
                j += 2;
                continue;
            }
            // "Sheriff's Office", "Children's Hospital": a possessive inside an institution's name.
            if same_line(j)
                && t[j].lower == "'s"
                && t.get(j + 1).is_some_and(|w| free(j + 1) && is_name_word(w) && POSSESSED.contains(&w.lower))
                && free(j)
            {
                j += 2;
                continue;
            }
            // Up to two small words ("of the") inside a name, when a capitalized word follows.
            let small = (j..t.len().min(j + 2)).take_while(|&k| free(k) && CONNECTORS.contains(&t[k].text)).count();
            if small > 0
                && same_line(j)
                && same_line(j + small)
                && t.get(j + small).is_some_and(|w| free(j + small) && is_name_word(w))
            {
                j += small + 1;
                continue;
            }
            break;
        }
        let end = j;
        // A sentence's first words have capitals anyway: drop function words there.
        let mut s = i;
        while s < end && is_function_word(t[s].lower) && (sentence_start(text, t, s) || s > i || t[s].text == "The") {
            s += 1;
        }
        // "Members of ISIS" at a sentence's start: a plural opens no name unless an institution.
        let plural = t[s].lower.ends_with('s') && !is_institution(t[s].lower);
        if s + 1 < end && sentence_start(text, t, s) && CONNECTORS.contains(&t[s + 1].text) && plural {
            s += 1;
            while s < end && CONNECTORS.contains(&t[s].text) {
                s += 1;
            }
        }
        if s + 1 == end && sentence_start(text, t, s) && !is_acronym(t[s].text) {
            // A capital at a sentence's start says nothing; decided once the other names are known.
            openers.push(s);
        } else if s < end && is_name(text, t, s, end) {
            let first = (s..end).find(|&k| !is_title(t[k].lower) && t[k].text != "." || k + 1 == end).unwrap_or(s);
            let name = text[t[first].start()..t[end - 1].end()].to_string();
            out.push(ActorMention { tokens: (s, end), name });
        }
        i = end;
    }
    // One word opening a sentence is a name when the text names that actor elsewhere ("Assad").
    let known: rustc_hash::FxHashSet<String> = out
        .iter()
        .filter_map(|m| m.name.rsplit(' ').next())
        .map(|w| w.trim_start_matches("al-").to_lowercase())
        .collect();
    for s in openers {
        // Or when a verb of doing follows ("Apple will"), or another name ("Hamas and Israel").
        let next = t.get(s + 1).map_or("", |w| w.lower);
        let and_name = next == "and" && t.get(s + 2).is_some_and(|w| is_name_word(w) && !is_function_word(w.lower));
        let acts = is_opener_verb(next) || and_name;
        let plain = !is_function_word(t[s].lower) && !describes(&t[s]) && t[s].text.chars().count() > 1;
        if (known.contains(t[s].lower) || acts) && plain && !is_title(t[s].lower) {
            out.push(ActorMention { tokens: (s, s + 1), name: t[s].text.to_string() });
        }
    }
    out.sort_by_key(|m| m.tokens.0);
    out
}

/// Institutions named for whose they are: "Sheriff's Office", "Children's Hospital".
#[rustfmt::skip]
const POSSESSED: &[&str] = &[
    "office", "department", "hospital", "association", "center", "centre", "club", "league", "union", "fund",
    "home", "bureau", "court", "college", "school", "society", "council", "museum", "shelter",
];

/// A nationality or a word with a capital that names no one.
fn describes(w: &Token) -> bool {
    is_nationality(w.lower) || is_not_name(w.lower)
}

/// Whether capitalized words `s..end` name someone rather than start a sentence or describe.
fn is_name(text: &str, t: &[Token], s: usize, end: usize) -> bool {
    let words = &t[s..end];
    if words.iter().all(describes) || super::streets::is_address(t, s, end) {
        return false;
    }
    if words.len() > 1 {
        return true;
    }
    let w = &words[0];
    if is_acronym(w.text) {
        return !is_not_name(w.lower);
    }
    // One capitalized word: a name in mid-sentence, unless it is an adjective before a noun.
    let adjective = ["ian", "ese", "ish", "ic"].iter().any(|e| w.lower.ends_with(e))
        && t.get(end).is_some_and(|n| n.text.starts_with(char::is_lowercase));
    let plain = !is_title(w.lower) && !is_function_word(w.lower) && w.text.chars().count() > 1;
    !sentence_start(text, t, s) && !adjective && plain
}
