//! The words around a name that tell whether it is a place here.

use crate::suggest::tokens::{sentence_start, Token};

/// Words after a name that make it a first-level division ("Kaluga province").
const DIVISION_CUES: [&str; 11] = [
    "province",
    "oblast",
    "region",
    "state",
    "republic",
    "krai",
    "governorate",
    "district",
    "prefecture",
    "county",
    "territory",
];

/// Nouns after a possessive that keep a country a place ("Russia's capital").
#[rustfmt::skip]
const GEOGRAPHIC_NOUNS: &[&str] = &[
    "capital", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "border",
    "borders", "city", "cities", "region", "regions", "territory", "coast", "soil", "airspace", "outskirts",
    "centre", "center",
];

/// Words that mean the name is where something is, not who does it.
const LOCATIVE: [&str; 14] = [
    "in",
    "at",
    "from",
    "to",
    "near",
    "into",
    "across",
    "outside",
    "inside",
    "throughout",
    "around",
    "via",
    "toward",
    "towards",
];

/// Verbs a country or city does in news ("Moscow said", "Russia began").
#[rustfmt::skip]
const ACTING_VERBS: &[&str] = &[
    "said", "says", "say", "has", "have", "had", "is", "was", "will", "would", "began", "begins", "announced",
    "maintained", "maintains", "warned", "warns", "claimed", "claims", "denied", "denies", "launched",
    "accused", "accuses", "signed", "sent", "sends", "agreed", "agrees", "wants", "plans", "could", "must",
    "should",
];

/// Place names that are also common English words; as a place they need "in", "at"... before.
#[rustfmt::skip]
const COMMON_WORDS: &[&str] = &[
    "of", "police", "nice", "mobile", "reading", "bath", "split", "sale", "man", "most", "hope",
    "independence", "liberty", "opportunity", "enterprise", "university", "union", "deal", "march", "may",
    "august", "mark", "florence", "chance", "faith", "victory", "welcome", "paradise", "friendship",
    "progress", "unity", "justice", "peace", "president", "general", "senate", "congress", "court", "federal",
    "national", "western", "eastern", "northern", "southern", "central", "christian", "islamic",
];

pub fn division_cue(t: &[Token], j: usize) -> bool {
    t.get(j).is_some_and(|w| DIVISION_CUES.contains(&w.lower))
}

/// A common word that names a place too, unless the words before it say it is a place.
pub fn is_common_word(text: &str, t: &[Token], i: usize) -> bool {
    if after_locative(t, i) {
        return false;
    }
    COMMON_WORDS.contains(&t[i].lower)
        || sentence_start(text, t, i) && super::super::actors::is_function_word(t[i].lower)
}

/// "in Menaka", "the town of Menaka": the words before say a place follows.
pub fn after_locative(t: &[Token], i: usize) -> bool {
    let word = |k: usize| if k < i { t[i - 1 - k].lower } else { "" };
    LOCATIVE.contains(&word(0))
        || word(0) == "of" && ["city", "town", "village", "province", "region"].contains(&word(1))
}

/// Whether the country or city named by tokens `i..end` acts: the possessor of something other
/// than a piece of land ("Russia's involvement"), or the subject of a verb ("Moscow said").
pub fn acts(t: &[Token], i: usize, end: usize) -> bool {
    let word = |j: usize| t.get(j).map_or("", |w| w.lower);
    if i > 0 && LOCATIVE.contains(&word(i - 1)) {
        return false;
    }
    // "mediated by Qatar", "tests by North Korea": the agent of a passive.
    if i > 0 && word(i - 1) == "by" {
        return true;
    }
    if word(end) == "'s" {
        return !GEOGRAPHIC_NOUNS.contains(&word(end + 1));
    }
    ACTING_VERBS.contains(&word(end))
}
