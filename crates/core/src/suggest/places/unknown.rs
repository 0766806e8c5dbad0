//! Places the gazetteer lacks, told by the words in and around their names: "Laurel County",
//! "Marjeh Square", "Lake Tana", "the village of Bariyarpur", "Kasai Occidental province",
//! "in Abu Shok refugee camp". Only strong cues: a capitalized name alone is no place.

use super::context::{after_address, after_age, after_party, is_common_english, residence_of, COMPASS};
use crate::suggest::actors::{is_acronym, is_function_word, is_institution, is_nationality, is_title};
use crate::suggest::tokens::{is_capitalized, sentence_start, Token, ABBREVIATIONS};

/// Last words of a place's own name.
#[rustfmt::skip]
const HEADS: &[&str] = &[
    "county", "parish", "province", "district", "township", "borough", "municipality", "prefecture",
    "governorate", "oblast", "island", "islands", "lake", "river", "bay", "valley", "mountains", "square",
    "plaza", "peninsula", "desert", "strait", "canal", "harbor", "harbour", "beach", "hills", "heights",
    "creek", "falls", "gulf", "village", "camp", "park", "forest", "wilderness", "lakeshore", "seashore",
    "canyon", "mountain", "reservoir", "pond", "swamp", "marsh", "glacier",
];

/// Capitalized words that name no place after "in": "in May", "in God".
#[rustfmt::skip]
const NO_PLACE: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "god", "heaven", "english", "spanish", "french", "arabic", "chinese", "christ", "interstate", "highway",
    "route", "sgt", "cpl", "capt", "det", "jesus", "passover", "ramadan", "easter", "christmas", "lent",
    "advent", "hanukkah", "socialist", "communist", "love", "show", "scouting",
];

/// Words of a building's or a body's name: "Fort Sanders Medical Center", "West Valley College",
/// "Frank Buck Zoo" are no places of the kind a map names.
#[rustfmt::skip]
const FACILITIES: &[&str] = &[
    "center", "centre", "college", "zoo", "airport", "hall", "players", "enforcement", "shopping", "mall",
    "hospital", "school", "academy", "clinic", "store", "stores", "restaurant", "hotel", "motel", "inn",
];

/// First words of a place's own name: "Lake Tana", "Mount Elgon", "Fort Worth".
const PREFIX_HEADS: &[&str] = &["lake", "mount", "fort", "cape", "isle"];

/// Words after a name that say what kind of place it is: "Kasai Occidental province".
#[rustfmt::skip]
const KIND_AFTER: &[&str] = &[
    "province", "county", "district", "village", "township", "municipality", "governorate", "prefecture",
    "region", "camp", "refugee", "neighbourhood", "neighborhood", "suburb", "valley", "river",
];

/// Services a district or an authority is set up for: "Rapides Parish Fire District" is a body.
#[rustfmt::skip]
const SERVICES: &[&str] = &[
    "fire", "school", "water", "sewer", "hospital", "library", "park", "parks", "police", "transit",
    "utility", "drainage", "levee", "conservation", "sanitation", "housing", "irrigation", "port",
    "airport", "health", "ambulance", "election", "soil", "recreation", "historic", "congressional",
    "legislative", "judicial", "business", "improvement", "market", "arts", "entertainment", "shopping",
];

/// Words before "of" that say a place is named next: "the village of Bariyarpur".
#[rustfmt::skip]
const KIND_OF: &[&str] = &[
    "village", "town", "city", "province", "district", "county", "region", "township", "municipality",
    "suburb", "neighbourhood", "neighborhood", "outskirts", "hamlet", "island", "port", "villages", "towns",
    "cities", "islands", "provinces", "districts", "suburbs", "hamlets", "communities", "settlements",
];

/// Nouns that "X is a ..." names a place with.
#[rustfmt::skip]
const PLACE_NOUNS: &[&str] = &[
    "town", "village", "city", "community", "municipality", "commune", "neighbourhood", "neighborhood",
    "settlement", "suburb", "hamlet", "district", "county", "parish", "region", "province", "island",
    "lake", "river", "mountain", "peak", "pass", "valley", "area", "locality", "township", "borough",
    "capital", "port", "resort", "oasis", "quarter",
];

/// After a name: "is a small town", "was an unincorporated community", "is located in",
/// "had a population of".
fn described_as_a_place(t: &[Token], j: usize) -> bool {
    let word = |k: usize| t.get(k).map_or("", |w| w.lower);
    let mut k = j;
    if !matches!(word(k), "is" | "was" | "has" | "had") {
        return false;
    }
    k += 1;
    k += usize::from(matches!(word(k), "also" | "now" | "currently" | "still"));
    if matches!(word(k), "located" | "situated") || word(k + 1) == "population" {
        return true;
    }
    // The noun of the phrase, before its "in", "of": "a lawyer in town" is no town.
    let phrase = (k + 1..k + 5).take_while(|&m| {
        t.get(m).is_some_and(|w| w.text.chars().all(char::is_alphabetic) && !is_function_word(w.lower))
    });
    matches!(word(k), "a" | "an" | "the") && phrase.into_iter().any(|m| PLACE_NOUNS.contains(&word(m)))
}

/// Prepositions of place before a name; alone they are a weaker cue than the words above.
const IN: &[&str] = &["in", "near", "outside", "into", "across", "throughout", "inside"];

/// Verbs of going before "to": "drove to Lanexa".
#[rustfmt::skip]
const TRAVEL: &[&str] = &[
    "drove", "driven", "drive", "traveled", "travelled", "travel", "flew", "moved", "relocated", "fled",
    "walked", "headed", "returned", "commute", "commuted", "rode", "hiked", "sailed",
];

/// Where people live, after a town's name: "his Meadow Grove home" ("a Subway restaurant" is a
/// company's).
#[rustfmt::skip]
const HOMES: &[&str] = &[
    "home", "homes", "house", "residence", "apartment", "neighborhood", "neighbourhood", "subdivision",
];

/// Why a name was taken for a place though the gazetteer lacks it.
pub type Cue = &'static str;

const NAMED_AS: Cue = "named as a place ('the village of')";
const AFTER_IN: Cue = "after a preposition of place";
const DIRECTION_FROM: Cue = "a direction from it ('west of')";

/// The names among `t` that the words around them make places: token ranges and the cue.
/// `region_at(k)`: where the name of a country or a state the gazetteer knows, starting at token
/// `k`, ends.
pub fn unknown_places(
    text: &str,
    t: &[Token],
    free: &dyn Fn(usize) -> bool,
    region_at: &dyn Fn(usize) -> Option<usize>,
) -> Vec<(usize, usize, Cue)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        // Most words have no capital: they are passed over before any list is asked.
        if !is_capitalized(t[i].text) {
            i += 1;
            continue;
        }
        // "The village of": an article or a function word opens no place.
        // Nor does a title's abbreviation ("in Lt. Kevin Lunsford", "Sgt."): the tokenizer's list.
        // Nor a people's adjective ("the Iraqi refugee community", "an Ossetian-controlled
        // village") or an initial ("H. L. Snyder Funeral Home").
        let opens = || {
            !is_function_word(t[i].lower)
                && !NO_PLACE.contains(&t[i].lower)
                && !ABBREVIATIONS.contains(&t[i].lower)
                && !t[i].text.rsplit_once('-').is_some_and(|(_, b)| b.starts_with(char::is_lowercase))
                && t[i].text.chars().count() > 1
        };
        // "the Russian Museum": the whole run is a body's name, not a place after its adjective.
        if is_nationality(t[i].lower) {
            i += 1;
            while i < t.len() && is_capitalized(t[i].text) {
                i += 1;
            }
            continue;
        }
        if !free(i) || !t[i].text.chars().all(|c| c.is_alphabetic() || c == '-') || !opens() {
            i += 1;
            continue;
        }
        let same_line = |k: usize| !text[t[k - 1].end()..t[k].start()].contains('\n');
        let mut j = i + 1;
        while j < t.len()
            && same_line(j)
            && free(j)
            && is_capitalized(t[j].text)
            && t[j].text.chars().all(char::is_alphabetic)
        {
            j += 1;
        }
        // "Tewksbury Twp.": a township's short form keeps its full stop.
        if j - i >= 2 && t[j - 1].lower == "twp" && t.get(j).is_some_and(|w| w.text == ".") && free(j) {
            j += 1;
        }
        // "Dmitrov and Yakhroma": a name listed after an unknown place is one too.
        // Only in a list a cue word leads ("the towns of", "in", "west of").
        // "South Ossetia, Iakobashvili said": after a comma, only a list that goes on.
        let goes_on = t.get(j).is_some_and(|w| matches!(w.lower, "," | "and" | "or"));
        let after_place = out.last().is_some_and(|&(_, b, cue): &(usize, usize, Cue)| {
            b + 1 == i
                && (matches!(t[b].lower, "and" | "or") || t[b].lower == "," && goes_on)
                && !sentence_start(text, t, i)
                && [NAMED_AS, AFTER_IN, DIRECTION_FROM].contains(&cue)
        });
        // "Roxford Street and El Dorado Avenue": streets are no places of this kind.
        if crate::suggest::streets::is_street_at(t, i) {
            i = j;
            continue;
        }
        let cue = cue(text, t, i, j, region_at).or(after_place.then_some("listed with a place"));
        if let Some(cue) = cue {
            out.push((i, j, cue));
        }
        i = j;
    }
    out
}

fn cue(text: &str, t: &[Token], i: usize, j: usize, region_at: &dyn Fn(usize) -> Option<usize>) -> Option<Cue> {
    let word = |k: usize| t.get(k).map_or("", |w| w.lower);
    let before = if i > 0 { word(i - 1) } else { "" };
    // "Laurel County Sheriff's Office", "Lake County Council": inside an organization's name.
    // ("East Bank" is a river's bank: a town.)
    let bank = |k: usize| word(k) == "bank" && k > i && COMPASS.contains(&word(k - 1));
    if word(j) == "'s" || (i..j).any(|k| is_institution(word(k)) && !bank(k) || is_title(word(k))) {
        return None;
    }
    // "Rapides Parish Fire District", "Lake County School District": a body serving a place.
    let body = |k: usize| matches!(word(k), "district" | "authority" | "board" | "commission" | "department");
    // ("Hall County" is a county: the name's first word names no building.)
    if (i..j).any(|k| body(k + 1) && SERVICES.contains(&word(k)) || k > i && FACILITIES.contains(&word(k)))
        || FACILITIES.contains(&word(j))
    {
        return None;
    }
    // "in Teaching", "in Scouting": a single word in "-ing" after "in" is an activity.
    if j - i == 1 && word(i).len() > 5 && word(i).ends_with("ing") {
        return None;
    }
    if j - i >= 2 && (HEADS.contains(&word(j - 1)) || word(j - 2) == "twp" && word(j - 1) == ".") {
        return Some("its name ends in a word for a place");
    }
    if j - i >= 2 && PREFIX_HEADS.contains(&word(i)) {
        return Some("its name starts with a word for a place");
    }
    if KIND_AFTER.contains(&word(j)) {
        return Some("a word for a place follows it");
    }
    // "in the Hardeetown area of Chiefland", "rural Holopaw", "the rural Gratis community".
    let rural = before == "rural" || before == "the" && word(j) == "area";
    if rural && j - i <= 2 && (i..j).all(|k| !is_common_english(word(k)) && !is_acronym(t[k].text)) {
        return Some(NAMED_AS);
    }
    if before == "of" && i >= 2 && KIND_OF.contains(&word(i - 2)) {
        return Some(NAMED_AS);
    }
    // "3 km west of Tamarindito", "northeast of Kaduqli".
    // ("The outskirts of" was taken as a kind of place above.)
    if before == "of" && i >= 2 && COMPASS.contains(&word(i - 2)) {
        return Some(DIRECTION_FROM);
    }
    // "Terekeka, South Sudan", "Meadow Grove, Neb.": a town before its state or country.
    // Not "Smith, Ohio's director" nor a list ("Smith, Ohio and Texas").
    let region_end = if word(j) == "," { region_at(j + 1) } else { None };
    let alone = region_end.is_some_and(|e| !matches!(word(e), "'s" | "'" | "’" | "and" | "or"));
    // A dateline opens its sentence in capitals: "MAINEVILLE, Ohio (AP)".
    let capitals = || (i..j).all(|k| !t[k].text.chars().any(char::is_lowercase));
    if alone && j - i <= 3 && (!sentence_start(text, t, i) || capitals()) {
        return Some("its state or country follows it");
    }
    // "DANIELSVILLE - Madison County commissioners": the dateline a story opens with.
    // Not "HUD —" nor "DFL-Cook": an acronym in a sentence.
    // Two words or more may be short ("ROCKY HILL -", "NEW CONCORD -").
    let long = |k: usize, n: usize| t[k].text.chars().count() > n;
    let dateline_opens =
        || sentence_start(text, t, i) && ((i..j).all(|k| long(k, 4)) || j - i >= 2 && (i..j).all(|k| long(k, 2)));
    if j - i <= 3 && super::context::dateline(t, i, j) && dateline_opens() {
        return Some("the dateline the story opens with");
    }
    // "a Meadow Grove man": a name between "a" and a noun for a place's people.
    if matches!(before, "a" | "an") && super::context::before_its_people(t, j) && !sentence_start(text, t, i) {
        return Some("a place's people follow ('a Meadow Grove man')");
    }
    // "his Meadow Grove home", "a Sycamore apartment" (not "the Smith home": a family's).
    let owner = matches!(before, "a" | "an" | "his" | "her" | "their" | "our" | "my");
    if owner && HOMES.contains(&word(j)) && !sentence_start(text, t, i) && j - i <= 3 {
        return Some("a place's thing follows ('his Meadow Grove home')");
    }
    // "Koepenick is an unincorporated community", "Kunturiri is located in": the sentence that
    // introduces a place, at its start.
    if sentence_start(text, t, i) && described_as_a_place(t, j) {
        return Some("described as a place ('X is a town in')");
    }
    // "in Kabul": only a name of one or two words that is no sentence's first, no acronym and
    // no word of its own ("in May", "in Congress" are left to the other suggesters).
    // A compass word may open it ("in South Ossetia", "in East Bank").
    let compass = j - i == 2 && COMPASS.contains(&word(i));
    let plain = (i..j).all(|k| {
        !is_function_word(word(k)) && !is_acronym(t[k].text) && (!is_common_english(word(k)) || compass && k == i)
    });
    // "in Group B", "in Section 2AA", "in Room 113": a numbered or lettered part, no place.
    let numbered = (i..j).any(|k| t[k].text.chars().count() == 1)
        || t.get(j).is_some_and(|w| w.text.starts_with(|c: char| c.is_ascii_digit()));
    if IN.contains(&before) && j - i <= 2 && plain && !numbered && !sentence_start(text, t, i) {
        return Some(AFTER_IN);
    }
    if j - i > 3 || !plain || numbered {
        return None;
    }
    // "Jeremy Watson, 30, of Ten Mile", "Troop 208 of Coleridge", "the mayor of Ozark".
    // "Brian Freeman, 23, Christina Utley, 20,": a list of people and their ages.
    let aged = word(j + 1).bytes().all(|b| b.is_ascii_digit());
    if residence_of(t, i) || after_age(t, i) && (word(j) == "." || word(j) == "," && !aged) {
        return Some("where someone is from ('Smith, 30, of')");
    }
    // "at Main Street, Tipperary", "of 1 Carrowclough, Cahir": the town of an address.
    if after_address(t, i) && matches!(word(j), "," | "." | ";" | ")" | "") {
        return Some("the town of an address");
    }
    // "Brent Boggs, D-Braxton": the county or town a lawmaker represents.
    if after_party(t, i) {
        return Some("a lawmaker's home after his party");
    }
    // "Mr Wiles, from Cherry Hinton, said", "drove to Lanexa": where someone is from or goes.
    let aside = before == "from" && i >= 2 && t[i - 2].text == "," && matches!(word(j), "," | ")");
    let travel = before == "to" && i >= 2 && TRAVEL.contains(&word(i - 2)) && j - i <= 2;
    if aside || travel {
        return Some(AFTER_IN);
    }
    None
}
