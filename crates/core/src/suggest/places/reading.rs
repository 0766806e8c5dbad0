//! The Place/Actor decision for a country, state or city: whether the words around its name make
//! it the place itself ("in Russia", "Russia is a vast country") or the state, people or team
//! acting ("Russia said", "the war against Russia", "Russia's decision"), and why, for the
//! popover.

use super::context::{COMPASS, DIRECTIONS, LOCATIVE};
use crate::suggest::actors::is_function_word;
use crate::suggest::tokens::{is_capitalized, Token};

/// Verbs a country or city does in news ("Moscow said", "Russia began", "Mexico won").
#[rustfmt::skip]
const ACTING_VERBS: &[&str] = &[
    "said", "says", "say", "began", "begins", "announced", "maintained", "maintains", "warned", "warns",
    "claimed", "claims", "denied", "denies", "launched", "accused", "accuses", "signed", "sent", "sends",
    "agreed", "agrees", "wants", "plans", "won", "wins", "lost", "beat", "beats", "made", "makes", "took",
    "takes", "became", "gave", "gives", "refused", "refuses", "joined", "joins", "voted", "votes", "hosted",
    "hosts", "sought", "seeks", "threatened", "threatens", "demanded", "demands", "pledged", "vowed",
    // The base form, after a plural or a list ("the United States intend", "Ghana and Niger qualify").
    "say", "begin", "announce", "warn", "claim", "deny", "launch", "accuse", "sign", "send", "agree", "want",
    "plan", "win", "lose", "make", "take", "give", "refuse", "join", "vote", "host", "seek", "threaten",
    "demand", "pledge", "vow", "intend", "intends", "decide", "decides", "qualify", "qualifies", "support",
    "supports", "oppose", "opposes", "back", "backs", "reject", "rejects", "accept", "accepts", "recognize",
    "recognizes", "recognise", "recognises", "attack", "attacks", "invade", "invades", "declare", "declares",
    "adopt", "adopts", "admire", "admires", "consider", "considers", "compete", "competes", "play", "plays",
    "face", "faces", "beat", "send", "sends", "receive", "receives", "provide", "provides", "control",
    "controls", "become", "becomes", "continue", "continues", "need", "needs", "hope", "hopes", "try", "tries",
    "didn't", "doesn't", "don't", "won't", "wouldn't", "can't", "cannot", "hasn't", "haven't", "held",
    "holds", "hold", "does", "do", "ratified", "ratifies", "elected", "elects", "appointed", "appoints",
    "opens", "suffers", "experiences", "imports", "exports", "produces", "requires", "allows", "spends",
    "used", "uses", "use", "owed", "owes", "sued", "sues", "underwent", "undergoes", "fought", "fights",
    "get", "gets", "got",
];

/// Words between a subject and its verb: "Nepal further considered", "Germany also said".
#[rustfmt::skip]
const ADVERBS: &[&str] = &[
    "also", "further", "then", "later", "already", "still", "now", "never", "again", "not", "soon", "both",
    "all", "subsequently", "eventually", "initially", "officially", "formally", "finally", "quickly",
    "reportedly", "repeatedly", "immediately", "once", "first", "itself", "too",
];

/// Nouns that make the name before them a team or a state's body: "the USA team", "the New
/// Zealand forward", "the US government".
#[rustfmt::skip]
const BODY_AFTER: &[&str] = &[
    "team", "squad", "side", "forward", "forwards", "captain", "coach", "government", "army", "navy",
    "forces", "embassy", "delegation", "authorities", "entry", "entries", "contingent",
];

/// Nouns before "between" that make the names after it parties: "the treaty between France and
/// Fiji", "war between", "a match between Finland and China". A border between two is land.
#[rustfmt::skip]
const RELATIONS: &[&str] = &[
    "treaty", "agreement", "accord", "war", "wars", "relations", "relationship", "match", "game", "talks",
    "peace", "conflict", "engagement", "standing", "alliance", "dispute", "negotiations", "trade",
    "cooperation", "summit", "deal", "rivalry", "tensions", "ties", "friendship", "fight", "battle",
    "signed", "concluded", "played", "fought",
];

/// Words before "to" that make the name a recipient: "sold to China", "the handover to Beijing".
#[rustfmt::skip]
const GIVEN_TO: &[&str] = &[
    "sold", "loaned", "transferred", "handed", "handover", "given", "delivered", "exported", "ceded",
    "lent", "leased", "granted", "surrendered", "allegiance", "loyalty", "loyal",
    "appeal", "appealed", "submitted", "apologized", "apologised", "ultimatum", "provided", "supplied",
    "offered", "loss", "lost", "losing", "defeat", "sovereignty", "transfer", "capitulation", "surrender",
    "allocated", "assigned", "awarded",
];

/// Words before "from" that make the name a party: "independence from France", "orders from
/// France", "permission from Spain".
#[rustfmt::skip]
const PARTY_FROM: &[&str] = &[
    "independence", "secede", "seceded", "secession", "separation", "orders", "order", "aid", "support",
    "pressure", "permission", "approval", "recognition", "request", "requests", "funding", "loans",
    "threat", "threats", "invitation", "offer", "demands", "help", "assistance",
];

/// Auxiliaries: "Russia has warned" acts, "Homs was a major industrial centre" is a place.
#[rustfmt::skip]
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "must", "should",
    "might", "may", "did", "does",
];

/// What follows "is", "was", "has" when the name is the place itself: "X is a town", "X has a
/// population of", "X was founded in".
#[rustfmt::skip]
const PLACE_PREDICATES: &[&str] = &[
    "a", "an", "the", "one", "home", "part", "located", "situated", "founded", "built", "known", "famous",
    "named", "renamed", "called", "bordered", "surrounded", "divided", "populated", "inhabited", "settled",
    "served", "connected", "linked", "also", "now", "still", "once", "formerly", "then", "about", "around",
    "approximately", "roughly", "nearly", "over", "under", "some", "many", "several", "its", "their",
    "population", "area", "climate", "mostly", "largely", "primarily", "mainly", "predominantly", "rich",
    "close", "far", "near", "south", "north", "east", "west", "bounded", "based", "regarded", "considered",
    "designated", "listed", "ranked", "host", "hosting",
];

/// Past participles that describe a place, not a deed ("Ottawa, located on", "Kyiv based").
const PLACE_PARTICIPLES: &[&str] =
    &["located", "situated", "based", "bordered", "named", "called", "surrounded", "remained", "stretched"];

/// Words before a name that make it a party, not a place: "competed for Kazakhstan", "the war
/// against Japan", "talks with Russia", "represented Canada", "beating Trinidad".
#[rustfmt::skip]
const PARTY_BEFORE: &[&str] = &[
    "by", "against", "with", "versus", "vs", "represented", "represents", "representing", "represent", "beat",
    "permit", "permitted", "permits", "enable", "enabled", "enables", "convinced", "compelled", "obliged",
    "beating", "defeated", "defeating", "recognized", "recognised", "recognize", "recognise", "allies",
    "ally", "sanctions", "sanctioned", "urged", "urging", "persuaded", "pressured", "accused", "accuse",
    "accusing", "allowed", "allow", "allowing", "lobbied", "lobby", "asked", "forced", "invited",
    "encouraged", "helped", "help", "helping", "led", "leading", "faced", "face", "facing", "supported",
    "backed", "criticized", "criticised", "condemned", "admires", "admired", "oppose", "opposed", "opposing",
    "neighbors", "neighbours", "v", "v.",
];

/// Nouns of a possessive that make the country or city the one who does or owns it: "China's
/// decision", "India's only match", "Iran's nuclear program" (its people, government or team),
/// where "Suriname's low population density" or "Italy's architecture" is the place itself.
#[rustfmt::skip]
const AGENTIVE_NOUNS: &[&str] = &[
    "decision", "decisions", "government", "response", "position", "stance", "policy", "policies",
    "strategy", "program", "programme", "economy", "exports", "imports", "budget", "support", "opposition",
    "attempt", "attempts", "effort", "efforts", "occupation", "invasion", "attack", "attacks", "bombing",
    "raid", "raids", "offensive", "capture", "accession", "independence", "armistice", "treaty", "relations",
    "diplomatic", "diplomacy", "foreign", "enemies", "enemy", "allies", "ally", "squad", "team", "side",
    "match", "matches", "goal", "goals", "tally", "medal", "medals", "gold", "honours", "honors", "victory",
    "win", "defeat", "bid", "claim", "claims", "demand", "demands", "proposal", "offer", "refusal",
    "involvement", "intervention", "participation", "conduct", "resolve", "representative", "ambassador",
    "envoy", "delegation", "military", "army", "navy", "forces", "troops", "leader", "leaders", "president",
    "prime", "minister", "ministry", "parliament", "embassy", "record", "rights", "interests", "ambitions",
    "role", "request", "refusal", "threat", "threats", "sanctions", "war", "wars", "campaign", "plan", "plans",
    "move", "moves", "actions", "action", "aggression", "approach", "commitment", "contribution",
    // Its institutions: "Brazil's Supreme Court", "Pakistan's disaster agency".
    "appearance", "appearances", "debut", "entry", "qualification", "campaign", "take", "view", "views",
    "reaction", "opinion", "verdict", "answer", "doubles", "singles", "proposals", "entry", "bids",
    "court", "agency", "authorities", "police", "officials", "administration", "regime", "cabinet",
    "council", "senate", "congress", "national", "central", "state", "federal", "foreign", "defence",
    "defense", "security", "intelligence", "election", "elections", "voters", "people",
];

/// Nouns before "of" whose owner acts: "the will of France", "the foreign policy of Iran", "the
/// fall of France" (its state's). Not those of what is done to a land ("the invasion of Japan"
/// is the place).
#[rustfmt::skip]
const AGENT_OF: &[&str] = &[
    "will", "policy", "policies", "strategy", "program", "programme", "economy", "support", "effort",
    "efforts", "attempt", "attempts", "decision", "decisions", "independence", "power", "protection",
    "position", "stance", "interests", "ambitions", "resolve", "response", "government", "team", "squad",
    "army", "forces", "troops", "navy", "military", "ally", "allies", "enemy", "enemies", "consent",
    "surrender", "administration", "representative", "representatives", "supporter", "supporters",
    "founders", "fathers", "spokesperson", "spokespersons", "spokesman", "request", "behalf", "dominion",
    "rule", "control", "mission", "invitation", "initiative", "instigation", "auspices", "colony",
    "protectorate", "vassal", "ambassador", "embassy", "president", "king", "queen", "emperor", "minister",
    "recognition", "orders", "fall", "jurisdiction", "sovereignty",
];

/// Verbs after which "for" names the side one plays or stands for: "competed for Kazakhstan".
#[rustfmt::skip]
const PLAYED_FOR: &[&str] = &[
    "competed", "competes", "compete", "competing", "played", "plays", "play", "playing", "capped", "scored",
    "appeared", "batted", "bowled", "fought", "voted", "spied", "stood", "ran", "won", "debut", "caps",
    "goals", "games", "olympics", "championships", "championship", "cup", "tournament", "medal", "medals",
    "rowed", "rows", "fence", "fenced", "fences", "raced", "races", "swam", "swims", "boxed", "wrestled",
    "cycled", "skated", "rode", "rides", "dived", "jumped", "threw", "sprinted", "toss", "fight", "fights",
    "participated", "participates", "participate", "raced",
];

/// Roles a state plays: "Ukraine was a large electricity supplier", "Peru is a member".
#[rustfmt::skip]
const ROLES: &[&str] = &[
    "supplier", "member", "ally", "partner", "exporter", "importer", "producer", "signatory", "founder",
    "rival", "champion", "champions", "winner", "winners", "supporter", "donor", "investor", "creditor",
    "debtor", "sponsor", "participant", "contributor", "opponent", "runner-up", "finalist",
    // "Japan is the largest economy in the world": the state as a player among states.
    "economy", "superpower", "power", "democracy",
];

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

/// Words that open a sentence's opening phrase, ended by its first comma.
#[rustfmt::skip]
const INTRODUCERS: &[&str] = &[
    "after", "before", "in", "during", "when", "while", "although", "though", "since", "following",
    "despite", "at", "on", "by", "for", "as", "unlike", "like", "under", "until", "from", "with",
];

/// Words before "over" that make the name the side beaten: "wins over Cuba", "victory over Japan".
const BEATEN_OVER: &[&str] = &["win", "wins", "victory", "victories", "triumph", "triumphs", "upset", "lead", "edge"];

/// Words before "with" that make the name the land across a line: "the border with Cambodia".
const LINE_WITH: &[&str] = &["border", "borders", "bordering", "frontier", "boundary", "coast", "line", "shared"];

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
    let people = t.get(end).is_some_and(|w| w.text.starts_with(char::is_lowercase) && !w.lower.starts_with("famil"));
    if people && super::context::before_its_people(t, end) {
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

/// What a place has: "X has a population of", "a coastline", "a long history".
#[rustfmt::skip]
const PLACE_FEATURES: &[&str] = &[
    "population", "area", "climate", "coastline", "coast", "border", "borders", "history", "airport", "port",
    "harbour", "harbor", "river", "lake", "station", "railway", "university", "hospital", "cathedral",
    "church", "castle", "museum", "park", "beach", "beaches", "mountains", "hills", "island", "islands",
    "density", "elevation", "altitude", "landscape", "terrain", "mild", "tropical", "temperate", "humid",
    "community", "communities", "municipalities", "site", "sites", "heritage", "towns", "villages",
];

/// Words in -ing after a name that are no deed of it: "Paris during", "Ohio, including".
#[rustfmt::skip]
const NOT_DOING: &[&str] = &[
    "during", "including", "regarding", "concerning", "following", "according", "bordering",
    "surrounding", "neighbouring", "neighboring", "excluding", "building", "housing", "morning", "evening",
    "spring", "setting", "meeting", "training", "opening", "ending", "beginning", "something", "nothing",
    "everything", "shipping", "fishing", "mining", "farming", "shopping", "wedding", "clothing", "funding",
    "heading", "reading", "living", "rising", "ruling", "remaining", "existing", "leading", "lying",
    "connecting", "linking", "stretching", "spanning", "covering", "separating", "joining",
];
