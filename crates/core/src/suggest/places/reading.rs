//! The Place/Actor decision for a country, state or city: whether the words around its name make
//! it the place itself ("in Russia", "Russia is a vast country") or the state, people or team
//! acting ("Russia said", "the war against Russia", "Russia's decision"), and why, for the
//! popover.

use super::context::{COMPASS, DIRECTIONS, LOCATIVE};
use super::reading_words::*;
use crate::suggest::actors::is_function_word;
use crate::suggest::tokens::{is_capitalized, Token};

/// Whether the comma before token `i` ends its sentence's opening phrase: "Before the tour in
/// England, Argentina hosted", "In 1990, Mexico ... created".
fn ends_opening_phrase(t: &[Token], i: usize) -> bool {
    let word = |j: usize| t.get(j).map_or("", |w| w.lower);
    if i == 0 || word(i - 1) != "," {
        return false;
    }
    let sentence = (0..i).rev().find(|&k| matches!(word(k), "." | "!" | "?")).map_or(0, |k| k + 1);
    INTRODUCERS.contains(&word(sentence)) && (sentence..i - 1).all(|k| word(k) != ",")
}

/// Whether the country or city named by tokens `i..end` acts (its government, people or team)
/// rather than being the place itself, and why: a reason the popover can show. `state` says the
/// name reads as a state or province, which fields no team a player transfers to.
pub fn reading(t: &[Token], i: usize, end: usize, state: bool) -> (bool, &'static str) {
    let word = |j: usize| t.get(j).map_or("", |w| w.lower);
    // The possessive first: in "in response to Nicaragua's support" the name belongs to the noun.
    // "the Netherlands' song": the possessive of a name in -s is a lone apostrophe.
    let apostrophe = matches!(word(end), "'" | "’") && t[end - 1].lower.ends_with('s');
    if word(end) == "'s" || apostrophe {
        let head = (end + 1..end + 4).map(word).take_while(|w| w.chars().all(|c| c.is_alphanumeric() || c == '-'));
        return match head.clone().any(|w| AGENTIVE_NOUNS.contains(&w)) {
            true => (true, "its possessive names a deed, a policy, a team or an institution"),
            false => (false, "its possessive names a part or a feature of the place"),
        };
    }
    // "recognized the United States": the article is skipped.
    let back = if i > 0 && word(i - 1) == "the" { 1 } else { 0 };
    let before = if i > back { word(i - 1 - back) } else { "" };
    let two_before = if i > back + 1 { word(i - 2 - back) } else { "" };
    // "arrested by Danbury police", "research by South Charleston officials": the town's people
    // act, in lower case after its name; the town itself is where they are.
    // ("The England family" is a family's name.)
    if !word(end).starts_with("famil") && super::context::before_its_people_lower(t, end) {
        return (false, "its people or police follow it ('Danbury police')");
    }
    // "a North Carolina nursing home", "central Illinois": a name that says where a thing is.
    if matches!(before, "a" | "an") || COMPASS.contains(&before) || DIRECTIONS.contains(&before) {
        return (false, "it says where something is");
    }
    // "Lexington, South Carolina" is a town's state, "Ghana, Niger and Mali" a list that goes on.
    let listed_on = matches!(word(end), "and" | "or" | ",");
    // "officials in Nebraska and Iowa have confirmed", "independence from Britain and Italy": a
    // name listed after another is read as the list's first is.
    let listed = matches!(before, "and" | "or") || before == "," && listed_on;
    if listed && i - back >= 2 && is_capitalized(t[i - back - 2].text) {
        let last = i - back - 2;
        let mut first = last;
        // Not into "In" opening the sentence: "In Nebraska and Iowa".
        while first >= 1 && is_capitalized(t[first - 1].text) && !is_function_word(word(first - 1)) {
            first -= 1;
        }
        if !is_function_word(word(first)) {
            return reading(t, first, last + 1, state);
        }
    }
    // Not after an opening phrase: "Before the tour in England, Argentina hosted".
    let after_opening = ends_opening_phrase(t, i);
    if before == "," && i >= 2 && back == 0 && is_capitalized(t[i - 2].text) && !after_opening {
        return (false, "the state or country of a town before it");
    }
    if before == "with" && LINE_WITH.contains(&two_before) {
        return (false, "the land across a border");
    }
    // "the treaty between France and Fiji": both names after "between" are parties.
    let between = (i.saturating_sub(8)..i).rev().find(|&k| word(k) == "between");
    if let Some(k) = between.filter(|&k| k > 0 && (k + 1..i).all(|j| word(j) != "." && word(j) != ",")) {
        // The nearest such noun or a line's word, up to six words back in the clause: "signed on
        // 21 March 1877 between", "game 4 in Group B between", but "the war ... border between".
        let noun = (k.saturating_sub(6)..k)
            .rev()
            .map(word)
            .take_while(|w| !matches!(*w, "." | "," | ";"))
            .find(|w| RELATIONS.contains(w) || LINE_WITH.contains(w) || matches!(*w, "road" | "flights" | "route"));
        if noun.is_some_and(|w| RELATIONS.contains(&w)) {
            return (true, "a party to a treaty, a war or a match");
        }
    }
    // "rowed for GB at U23 level and for Wales": a second "for" in the clause of the first.
    let played_for_earlier = || {
        (i.saturating_sub(12)..i.saturating_sub(2))
            .rev()
            .take_while(|&k| !matches!(word(k), "." | ";"))
            .any(|k| k > 0 && word(k) == "for" && PLAYED_FOR.contains(&word(k - 1)))
    };
    if before == "for"
        && (PLAYED_FOR.contains(&two_before) || matches!(two_before, "and" | "or") && played_for_earlier())
    {
        return (true, "the side played for");
    }
    // "lost 1-0 to Hong Kong", "won 3-1 over Fiji": a score before "to" names the winner, before
    // "over" the beaten.
    let score = |w: &str| {
        let mut parts = w.split(['-', '–']);
        let mut number = || parts.next().is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
        number() && number()
    };
    // "impossible for Ghana to become": the one who would do it.
    if before == "for" && word(end) == "to" && t.get(end + 1).is_some_and(|w| w.text.chars().all(char::is_lowercase)) {
        return (true, "the subject of a verb");
    }
    // "Nicaragua–Russia relations", "Albania – United States relations": the two parties.
    let dash = |w: &str| matches!(w, "-" | "–" | "—");
    let relation_after = |k: usize| {
        (k..k + 4)
            .map(word)
            .any(|w| matches!(w, "relations" | "relationship" | "ties" | "treaty" | "war" | "joint" | "agreement"))
    };
    if dash(word(end)) && relation_after(end + 2) || dash(before) && relation_after(end) {
        return (true, "a party to a treaty, a war or a match");
    }
    // "ahead of Romania": a rival in a ranking.
    if before == "of" && two_before == "ahead" {
        return (true, "a rival: after 'ahead of'");
    }
    // "For France, this validated the claim": whose view it is.
    if before == "for" && word(end) == "," && (i - back < 2 || matches!(word(i - back - 2), "." | "!" | "?")) {
        return (true, "whose view: 'for X,' opening a sentence");
    }
    // "according to Syria": the source of what is reported.
    if before == "to" && two_before == "according" {
        return (true, "a source: after 'according to'");
    }
    // "requested that Israel withdraw": the one asked to act.
    if before == "that" && matches!(two_before, "requested" | "demanded" | "asked" | "insisted" | "urged" | "proposed")
    {
        return (true, "a party: after 'by', 'against', 'with' or a verb taking a party");
    }
    // "called upon Lebanon to establish": the one asked to act.
    if before == "upon" && matches!(two_before, "called" | "call" | "calls" | "calling") {
        return (true, "a party: after 'by', 'against', 'with' or a verb taking a party");
    }
    if before == "over" && (BEATEN_OVER.contains(&two_before) || score(two_before)) {
        return (true, "the side beaten: after 'wins over'");
    }
    if before == "to" && score(two_before) {
        return (true, "the winner of a score");
    }
    // "lost the previous tour to Australia": a loss a few words back.
    let lost = (i.saturating_sub(back + 5)..i - back).any(|k| matches!(word(k), "lost" | "losing" | "loss" | "defeat"));
    if before == "to" && lost {
        return (true, "a recipient: after 'sold to', 'handed to'");
    }
    // "a transfer to Caracas" takes a player to a club; "a transfer to Virginia", a prisoner.
    let moved = matches!(two_before, "transfer" | "transferred") && state;
    if before == "to" && GIVEN_TO.contains(&two_before) && !moved {
        return (true, "a recipient: after 'sold to', 'handed to'");
    }
    // "independence in 1960 from Britain": the noun a few words back.
    let party_from = (i.saturating_sub(back + 5)..i - back).any(|k| PARTY_FROM.contains(&word(k)));
    if before == "from" && party_from {
        return (true, "a party: after 'independence from', 'orders from'");
    }
    if LOCATIVE.contains(&before) {
        return (false, "after a preposition of place");
    }
    // "the foreign policy of France", "the will of France": as with a possessive.
    if before == "of" && AGENT_OF.contains(&two_before) {
        return (true, "the owner of a deed, a policy, a team or an institution");
    }
    // "The invasion of Russia began": the verb after is the head noun's, not the name's.
    if before == "of" {
        return (false, "after 'of'");
    }
    if PARTY_BEFORE.contains(&before) {
        return (true, "a party: after 'by', 'against', 'with' or a verb taking a party");
    }
    if BODY_AFTER.contains(&word(end)) {
        return (true, "it names a team or a state's body");
    }
    // "Canada and the USA joined", "Australia, Japan and Thailand have": the verb after the list.
    let mut end = end;
    while matches!(word(end), "and" | "," | "or") {
        let mut k = end + 1;
        k += usize::from(word(k) == "and");
        k += usize::from(word(k) == "the");
        let first = k;
        while t.get(k).is_some_and(|w| is_capitalized(w.text)) {
            k += 1;
        }
        if k == first {
            break;
        }
        end = k;
    }
    // "Mexico, although initially a supporter of the Somozas, soon changed position": a subject
    // opening its sentence, its verb after an aside between commas.
    // Or after its opening phrase: "In 1990, Mexico, along with Panama, created".
    let opens = i == 0 || matches!(word(i - 1), "." | "!" | "?") || after_opening;
    if opens && word(end) == "," {
        let close = (end + 2..(end + 14).min(t.len())).take_while(|&k| word(k) != ".").find(|&k| word(k) == ",");
        if let Some(mut k) = close.map(|k| k + 1) {
            while ADVERBS.contains(&word(k)) || word(k).ends_with("ly") && word(k).len() > 4 {
                k += 1;
            }
            let verb = word(k);
            let past = verb.len() > 4 && verb.ends_with("ed") && !PLACE_PARTICIPLES.contains(&verb);
            if ACTING_VERBS.contains(&verb) || past {
                return (true, "the subject of a verb");
            }
        }
    }
    // "Nepal further considered": an adverb between the name and its verb.
    while ADVERBS.contains(&word(end)) || word(end).ends_with("ly") && word(end).len() > 4 {
        end += 1;
    }
    let next = word(end);
    // "The United States deactivates its corps": a deed on its own things.
    if next.len() > 4 && next.ends_with('s') && matches!(word(end + 1), "its" | "their") {
        return (true, "the subject of a verb");
    }
    // "Thailand does the same": doing, whatever follows.
    if matches!(next, "does" | "did") {
        return (true, "the subject of a verb");
    }
    // "forbade Germany from manufacturing": the one kept from doing it.
    if next == "from" && word(end + 1).len() > 5 && word(end + 1).ends_with("ing") {
        return (true, "the subject of a verb");
    }
    if AUXILIARIES.contains(&next) {
        let after = word(end + 1);
        let possession = matches!(next, "has" | "have" | "had");
        // "X has been designated", "X is also": the words after the auxiliary's own.
        let mut at = end + 1;
        while matches!(word(at), "been" | "being" | "also" | "still" | "now" | "not") {
            at += 1;
        }
        let after = if at > end + 1 && !PLACE_PREDICATES.contains(&after) { word(at) } else { after };
        // "Uganda was the first to recognize": a deed ranked, not a place described.
        // "Ukraine is the only state that has ratified".
        let noun = usize::from(matches!(word(at + 2), "state" | "country" | "nation" | "team" | "side"));
        let ranked = after == "the"
            && matches!(word(at + 1), "first" | "last" | "only")
            && matches!(word(at + 2 + noun), "to" | "that" | "which");
        // "Ukraine was a large electricity supplier of Hungary": a role among states.
        let role = matches!(after, "a" | "an" | "the") && (at + 1..at + 5).map(word).any(|w| ROLES.contains(&w));
        if role {
            return (true, "a role among states: 'a member', 'a supplier'");
        }
        if ranked {
            return (true, "the subject of a verb");
        }
        let described = if possession && at == end + 1 {
            // "X has a population of", "X has unusual small municipalities", not "X has an embassy".
            (end + 1..end + 5).map(word).any(|w| PLACE_FEATURES.contains(&w))
        } else {
            PLACE_PREDICATES.contains(&after) || after.chars().next().is_some_and(|c| c.is_ascii_digit())
        };
        return match described {
            true => (false, "the place is described"),
            false => (true, "the subject of a verb"),
        };
    }
    // "The United States named the war": a participle of place with an object is a deed.
    let with_object = matches!(next, "named" | "renamed" | "called")
        && matches!(word(end + 1), "the" | "a" | "an" | "its" | "his" | "her" | "their");
    let past = next.len() > 4 && next.ends_with("ed") && (!PLACE_PARTICIPLES.contains(&next) || with_object);
    let doing = next.len() > 5 && next.ends_with("ing") && !NOT_DOING.contains(&next);
    if ACTING_VERBS.contains(&next) || past || doing {
        return (true, "the subject of a verb");
    }
    (false, "a place")
}
