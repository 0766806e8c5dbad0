//! The words around a name that tell whether it is a place here.

use crate::suggest::actors::{is_function_word, is_institution};
use crate::suggest::tokens::{is_capitalized, sentence_start, Token, PARTIES};

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

/// Words that mean the name is where something is, not who does it.
pub(super) const LOCATIVE: [&str; 17] = [
    "in",
    "through",
    "onto",
    "past",
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

/// Place names that are also common English words; as a place they need "in", "at"... before.
#[rustfmt::skip]
const COMMON_WORDS: &[&str] = &[
    "of", "police", "nice", "mobile", "reading", "bath", "split", "sale", "man", "most", "hope",
    "independence", "liberty", "opportunity", "enterprise", "university", "union", "deal", "march", "may",
    "august", "mark", "florence", "chance", "faith", "victory", "welcome", "paradise", "friendship",
    "progress", "unity", "justice", "peace", "president", "general", "senate", "congress", "court", "federal",
    "national", "western", "eastern", "northern", "southern", "central", "christian", "islamic",
    // "Chamber of Commerce", "Department of Education": the nouns of bodies' names.
    "commerce", "education", "agriculture", "transportation", "labor", "energy", "defense", "center",
    "gateway", "king", "soul", "orange", "young", "christmas", "west", "east", "north", "south", "earth",
];

/// A word that is a common English word first ("Congress", "Union", "Victory").
pub fn is_common_english(lower: &str) -> bool {
    COMMON_WORDS.contains(&lower)
}

pub fn division_cue(t: &[Token], j: usize) -> bool {
    t.get(j).is_some_and(|w| DIVISION_CUES.contains(&w.lower))
}

/// A common word that names a place too, unless the words before it say it is a place.
pub fn is_common_word(text: &str, t: &[Token], i: usize) -> bool {
    // "Hugh Leatherman, R-Florence": the town a lawmaker represents.
    if after_locative(t, i) || after_party(t, i) {
        return false;
    }
    COMMON_WORDS.contains(&t[i].lower)
        || sentence_start(text, t, i) && super::super::actors::is_function_word(t[i].lower)
}

/// "in Menaka", "the town of Menaka": the words before say a place follows.
pub fn after_locative(t: &[Token], i: usize) -> bool {
    let word = |k: usize| if k < i { t[i - 1 - k].lower } else { "" };
    // "I talked to Roy": one speaks to a person, not to a town.
    let spoken_to = word(0) == "to" && SPOKEN_TO.contains(&word(1));
    LOCATIVE.contains(&word(0)) && !spoken_to
        || word(0) == "of" && ["city", "town", "village", "province", "region", "area", "outskirts", "suburbs"].contains(&word(1))
        // "east of Whitlock", "miles north of Fargo"
        || word(0) == "of" && COMPASS.contains(&word(1))
        // "formerly of Augusta", "both of Annville", "a resident of Oscoda": where people live.
        || residence_of(t, i)
        || after_age(t, i)
        // "Patrick Woodrow, of Bucknell": a known town after any comma.
        || word(0) == "of" && word(1) == ","
}

/// Words before "to" that make it a person's "to": "talked to", "married to".
#[rustfmt::skip]
const SPOKEN_TO: &[&str] = &[
    "talked", "talk", "talking", "spoke", "speak", "speaking", "said", "says", "say", "wrote", "write",
    "writes", "replied", "reply", "explained", "apologized", "listened", "married", "introduced", "thanks",
    "belongs", "belonged",
];

/// "Rebecca Sears, 41, of Grovetown", "John Delaney (18) of Cahir", "Troop 208 of Coleridge",
/// "Gary Breidenstine Sr. of Grantville", "the mayor of Ozark": the town a police report, an
/// obituary or a notice gives someone.
pub fn residence_of(t: &[Token], i: usize) -> bool {
    let word = |k: usize| if k < i { t[i - 1 - k].lower } else { "" };
    let number = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    word(0) == "of"
        && (RESIDENCE.contains(&word(1))
            || matches!(word(1), "," | ")") && number(word(2))
            || number(word(1))
            || word(1) == "." && matches!(word(2), "sr" | "jr"))
}

/// "Terry Jolly, 60, Lebanon," "Joyce Glover, 22, Palestine": a town after a person's age, as
/// police reports give it.
pub fn after_age(t: &[Token], i: usize) -> bool {
    let word = |k: usize| if k < i { t[i - 1 - k].lower } else { "" };
    word(0) == "," && is_age(word(1)) && word(2) == ","
}

/// A person's age as reports write it: one to three digits ("Taylor, 39,").
pub fn is_age(word: &str) -> bool {
    (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

/// Words before "of" that name where someone lives: obituaries and police reports.
#[rustfmt::skip]
const RESIDENCE: &[&str] = &[
    "formerly", "both", "all", "originally", "late", "now", "resident", "residents", "native", "natives",
    "mayor", "citizens", "townspeople",
];

/// "Walton and Oconee counties", "Grant, Otter Tail and Wilkin counties": whether token `i` opens
/// a name of one or two words in a list that a plural division noun ends; the name's length and
/// the singular of that noun.
pub fn listed_division(t: &[Token], i: usize) -> Option<(usize, &'static str)> {
    let word = |k: usize| t.get(k).is_some_and(|w| is_capitalized(w.text) && w.text.chars().all(char::is_alphabetic));
    // A name's length at `k`: one word, or two ("Otter Tail").
    let name = |k: usize| match (word(k), word(k + 1)) {
        (false, _) => None,
        (true, false) => Some(1),
        (true, true) => Some(2),
    };
    let own = name(i)?;
    let mut k = i + own;
    while matches!(t.get(k).map(|w| w.lower), Some("," | "and" | "or")) {
        k += 1;
        k += usize::from(t.get(k).is_some_and(|w| w.lower == "and" || w.lower == "or"));
        k += name(k)?;
    }
    let listed = k > i + own || i > 0 && matches!(t[i - 1].lower, "and" | "or" | ",");
    match t.get(k).map(|w| w.lower) {
        Some("counties") if listed => Some((own, "county")),
        Some("parishes") if listed => Some((own, "parish")),
        _ => None,
    }
}

/// "Danbury police", "South Charleston officials": a place's people or police in lower case after
/// its name, who act there ("Danbury Police" may open a body's name).
pub fn before_its_people_lower(t: &[Token], end: usize) -> bool {
    t.get(end).is_some_and(|w| w.text.starts_with(char::is_lowercase)) && before_its_people(t, end)
}

/// "a Gainesville man", "Torrington firefighters", "an Independence teenager": a place's people.
pub fn before_its_people(t: &[Token], end: usize) -> bool {
    // "Houston-based", "Ohio-born": what is based or born there.
    let based = t.get(end).is_some_and(|w| w.text == "-")
        && t.get(end + 1).is_some_and(|w| matches!(w.lower, "based" | "born"));
    // Some only in lower case: "The Cooper School", "Vice Mayor" are names.
    let people = |w: &Token| {
        PEOPLE.contains(&w.lower) || PEOPLE_LOWER.contains(&w.lower) && w.text.starts_with(char::is_lowercase)
    };
    based || t.get(end).is_some_and(people)
}

/// "BYESVILLE -- Firefighters", "OMAHA (AP) —": the dateline a story opens with, in capitals.
pub fn dateline(t: &[Token], i: usize, end: usize) -> bool {
    let next = |k: usize| t.get(k).map_or("", |w| w.text);
    let dash =
        matches!(next(end), "-" | "—" | "–") || next(end) == "(" && matches!(next(end + 1), "AP" | "Reuters" | "AFP");
    dash && t[i..end].iter().all(|w| !w.text.chars().any(char::is_lowercase))
}

/// "of 1 Carrowclough, Tipperary", "at 1935 Orchard St., Alexandria", "at Main Street, Tipperary":
/// the town of an address.
pub fn after_address(t: &[Token], i: usize) -> bool {
    if i < 3 || t[i - 1].text != "," {
        return false;
    }
    if crate::suggest::streets::address_ends_at(t, i - 1) {
        return true;
    }
    let mut k = i - 2;
    for _ in 0..6 {
        let w = t[k].text;
        if w.bytes().all(|b| b.is_ascii_digit()) {
            return k + 2 < i;
        }
        // A full stop after a number ends a sentence ("aged 72. CAMBRIDGE'S Mr Ice Cream, Antonio").
        let short_form = w == "." && k > 0 && is_capitalized(t[k - 1].text);
        if !(is_capitalized(w) || short_form || w == "'s") || k == 0 {
            return false;
        }
        k -= 1;
    }
    false
}

/// "in a Raytown apartment", "the Huntsville city limits", "north DeKalb": a name that says
/// where a thing is, between an article and a noun for a place, or after a direction.
pub fn locates_a_thing(t: &[Token], i: usize, end: usize) -> bool {
    // "his Meadow Grove home": an owner's word does as well.
    let determiner =
        |k: usize| matches!(t[k].lower, "a" | "an" | "the" | "his" | "her" | "their" | "its" | "our" | "my");
    // "a longtime Raytown educator": an adjective may stand between.
    let adjective = |k: usize| t[k].text.starts_with(char::is_lowercase) && t[k].text.chars().all(char::is_alphabetic);
    let article = i > 0 && determiner(i - 1) || i > 1 && adjective(i - 1) && determiner(i - 2);
    let direction = i > 0 && (COMPASS.contains(&t[i - 1].lower) || DIRECTIONS.contains(&t[i - 1].lower));
    let thing = |k: usize| t.get(k).is_some_and(|w| PLACE_THINGS.contains(&w.text));
    // "the Augusta psychiatric hospital": one word between.
    let noun = thing(end) || t.get(end).is_some_and(|w| w.text.starts_with(char::is_lowercase)) && thing(end + 1);
    article && noun || direction
}

/// Lower-case nouns of things that lie somewhere: "a Raytown apartment", "the Dublin area".
#[rustfmt::skip]
const PLACE_THINGS: &[&str] = &[
    "apartment", "apartments", "home", "homes", "house", "residence", "area", "areas", "neighborhood",
    "city", "limits", "street", "streets", "intersection", "motel", "hotel", "restaurant", "store",
    "business", "businesses", "farm", "plant", "factory", "subdivision", "suburb", "campus", "church",
    "landfill", "airport", "warehouse", "mall", "shop", "bank", "branch", "park", "school", "hospital",
    "storage", "mother", "father", "family", "couple", "native", "neighborhoods", "reservoir", "library",
    "newspaper", "community", "bar", "educator", "teacher",
];

/// Adjectives of direction before a name: "northern Iraq", "downtown Dallas".
#[rustfmt::skip]
pub(super) const DIRECTIONS: &[&str] = &[
    "northern", "southern", "eastern", "western", "central", "downtown", "northeastern", "northwestern",
    "southeastern", "southwestern", "suburban", "rural", "coastal", "east-side", "west-side",
    "north-side", "south-side", "unincorporated",
];

/// Words that name a part of a place: "North Texas", "Metro Nashville", "Southern Sudan".
#[rustfmt::skip]
pub(super) const REGION_PARTS: &[&str] = &[
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern",
    "southern", "eastern", "western", "central", "upstate", "downstate", "metro", "metropolitan", "greater",
    "downtown", "midtown", "uptown",
];

/// Directions a place is taken from: "east of Whitlock", "north DeKalb".
pub(super) const COMPASS: &[&str] =
    &["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts"];

/// Nouns for a place's people after its name: "a Gainesville man".
#[rustfmt::skip]
const PEOPLE: &[&str] = &[
    "man", "woman", "men", "women", "boy", "girl", "teen", "teenager", "teens", "teenagers", "resident",
    "residents", "native", "natives", "youth", "motorist", "driver", "firefighters", "homeowners",
    "homeowner", "voters", "students", "businessman", "businesswoman", "couple", "police", "officials",
    "officers", "deputies", "schools",
];

/// Nouns that follow a place's name in lower case only: "Schaumburg trustees", "a Sycamore
/// family", "Decatur city officials", "Brentford ward councillor".
#[rustfmt::skip]
const PEOPLE_LOWER: &[&str] = &[
    "student", "family", "families", "trustees", "commissioners", "council", "councillor", "councilman",
    "mayor", "leaders", "official", "officer", "deputy", "firefighter", "school", "city", "township", "ward",
];

/// "Edwardsville City Council", "Brownsboro Police": whether a town's or a county's own
/// government is named from token `end` on.
pub fn before_its_government(t: &[Token], end: usize) -> bool {
    let word = |k: usize| t.get(k).map_or("", |w| w.lower);
    match word(end) {
        "city" | "town" | "village" => CITY_OFFICES.contains(&word(end + 1)),
        w => LOCAL_GOVERNMENT.contains(&w),
    }
}

/// Words that open the name of a town's or a county's own government after its name.
#[rustfmt::skip]
const LOCAL_GOVERNMENT: &[&str] = &[
    "police", "sheriff", "sheriff's", "city", "town", "village", "township", "borough", "council",
    "fire", "mayor", "aldermen", "selectmen", "commissioners", "trustees", "schools", "public",
];

/// What a "City" or a "Town" of a government's name goes on with: "Edwardsville City Council"
/// ("Emerald City Players" is a troupe).
#[rustfmt::skip]
const CITY_OFFICES: &[&str] = &[
    "council", "commission", "hall", "manager", "administrator", "attorney", "clerk", "officials",
    "schools", "police", "board", "limits", "government",
];

/// Whether the name at tokens `i..end` is a town's or a county's here: its government or its
/// people follow ("Lebanon Police", "a Lebanon man"), or a report gives it as someone's home
/// ("Terry Jolly, 60, Lebanon", "of 12 Main St., Lebanon"). A country's police are "Lebanese".
pub fn names_a_municipality(t: &[Token], i: usize, end: usize) -> bool {
    before_its_government(t, end)
        || before_its_people(t, end)
        || residence_of(t, i)
        || after_address(t, i)
        || after_age(t, i)
}

/// "D-N.D.", "Tom Bakk, DFL-Cook": whether the name at token `i` follows a lawmaker's party.
pub fn after_party(t: &[Token], i: usize) -> bool {
    // Not "D-Day".
    i >= 2 && t[i - 1].text == "-" && PARTIES.contains(&t[i - 2].text) && t[i].lower != "day"
}

/// Whether the name at token `i` is a lawmaker's state after his party or his name: "D-N.D.",
/// "Chuck Grassley of Iowa" (not "University of Iowa": an institution's is its own place).
pub fn party_affiliation(t: &[Token], i: usize) -> bool {
    let party = after_party(t, i);
    let person = i >= 2
        && t[i - 1].text == "of"
        && is_capitalized(t[i - 2].text)
        && !is_institution(t[i - 2].lower)
        && !is_function_word(t[i - 2].lower);
    party || person
}

/// "in Flores", "near Taylor": a preposition that puts a name on the map even when a family of
/// that name is in the text ("a letter to Flores" is the family's).
pub fn strong_locative(t: &[Token], i: usize) -> bool {
    i > 0 && ["in", "near", "outside", "inside", "throughout"].contains(&t[i - 1].lower)
}
