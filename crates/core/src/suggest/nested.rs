//! Places inside actors' names: "Laurel County" in "Laurel County Sheriff's Office", "Cincinnati"
//! in "University of Cincinnati". The actor stays one Actor; the place in it is suggested too,
//! nested, so that where the story happens is not lost. Only in the names of organizations:
//! "Paris" in "Paris Hilton" is a woman's first name.

use super::actors::{is_institution, is_title};
use super::tokens::Token;

/// Words of an organization's name that tie it to a place: its offices, services and papers.
#[rustfmt::skip]
const ORGANIZATION_WORDS: &[&str] = &[
    "police", "sheriff", "office", "department", "dept", "council", "city", "county", "school", "schools",
    "district", "library", "hospital", "university", "college", "academy", "fire", "rescue", "squad",
    "court", "commission", "board", "authority", "utilities", "services", "chamber", "club", "church",
    "museum", "center", "centre", "airport", "zoo", "station", "bank", "times", "news", "herald", "journal",
    "post", "tribune", "gazette", "chronicle", "daily", "association", "agency", "bureau", "public",
    "memorial", "high", "elementary", "middle", "community", "regional", "area", "township", "borough",
    "parish", "commissioners", "supervisors", "trustees", "committee", "foundation", "society", "council's",
    "sheriff's", "government", "administration", "housing", "health", "water", "transit", "port", "stadium",
    "festival", "fair", "rotary", "lions", "kiwanis", "jail", "prison", "hall", "library's", "senate",
    "assembly", "legislature", "republican", "democratic", "party", "union", "team", "fc", "united",
    "fairgrounds", "fairground", "reservoir", "courthouse", "democrat", "register", "record", "courier",
    "press", "star", "leader", "citizen", "citizens", "observer", "review", "bulletin", "dispatch",
    "enterprise", "examiner", "ledger", "sentinel", "telegraph", "globe", "monitor", "veterans", "convention",
    "visitors", "crimestoppers", "coalition", "guard", "patrol", "highway", "detention", "correctional",
    "cemetery", "lodge", "market", "marina", "seniors", "senior", "pantry", "volunteer", "emergency",
    "coroner", "service", "deputy", "judge", "mayor", "chief", "commissioner", "clerk", "treasurer", "auditor",
    "attorney", "prosecutor", "superintendent", "ems", "ambulance", "mosque", "cathedral", "temple",
];

/// Words that open organizations' names as often as towns': "West High School", "Central
/// Library", "Metro Police".
#[rustfmt::skip]
const NOT_ALONE: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast", "northwest",
    "southeast", "southwest", "central", "center", "centre", "metro", "metropolitan", "mid", "upper", "lower",
    "greater", "middle", "new", "old", "union", "unity", "liberty", "superior", "reserve", "national", "state",
    "federal", "royal", "grand", "capital", "capitol", "city", "county", "valley", "bay", "lake", "river",
];

/// Whether the place at tokens `place` sits inside the actor at tokens `actor` as the place of
/// an organization: "Gainesville Police", "the Paris City Council", "Bank of England".
pub fn place_in_organization(t: &[Token], actor: (usize, usize), place: (usize, usize)) -> bool {
    let (a, b) = actor;
    let (p, q) = place;
    if !(a <= p && q <= b) || (p, q) == (a, b) {
        return false;
    }
    if q - p == 1 && NOT_ALONE.contains(&t[p].lower) {
        return false;
    }
    // "University of Cincinnati", "Bank of England": the head noun before "of" says so.
    let after_of = p >= a + 2 && t[p - 1].lower == "of" && is_institution(t[p - 2].lower);
    // "Gainesville Police", "The Paris City Council": the place opens the name, or the body's
    // name after a person's ("Lt. Mike Murphy of the Kansas Highway Patrol").
    let of_body =
        p >= a + 2 && (t[p - 1].lower == "of" || p >= a + 3 && t[p - 1].lower == "the" && t[p - 2].lower == "of");
    let opens = p == a || p == a + 1 && t[a].lower == "the" || of_body;
    // Before any "of": "Donna Molinari of Alexandria Country Day School" is a woman's name.
    let organization_word = (q..b)
        .take_while(|&k| t[k].lower != "of")
        .any(|k| ORGANIZATION_WORDS.contains(&t[k].lower) || is_title(t[k].lower));
    after_of || opens && organization_word
}

/// Whether the name at tokens `p..q` is the place of an organization named around it, whatever
/// the organization's full name: "Gainesville Police", "University of Cincinnati". Such a name
/// says where a local story is as much as a place standing alone.
pub fn names_an_organization_place(t: &[Token], p: usize, q: usize) -> bool {
    let after_of = p >= 2 && t[p - 1].lower == "of" && is_institution(t[p - 2].lower);
    let before_word = (q..t.len().min(q + 3))
        .take_while(|&k| crate::suggest::tokens::is_capitalized(t[k].text))
        .any(|k| ORGANIZATION_WORDS.contains(&t[k].lower));
    let alone = q - p == 1 && NOT_ALONE.contains(&t[p].lower);
    !alone && (after_of || before_word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::suggest::tokens::{lower_case, tokens};

    /// (text, the actor's words, the place's words, nested?).
    #[test]
    fn a_place_nests_only_in_an_organization() {
        let table: &[(&str, &str, &str, bool)] = &[
            ("Laurel County Sheriff's Office said", "Laurel County Sheriff's Office", "Laurel County", true),
            ("the University of Cincinnati said", "University of Cincinnati", "Cincinnati", true),
            ("Gainesville Police said", "Gainesville Police", "Gainesville", true),
            ("Paris Hilton said", "Paris Hilton", "Paris", false),
            ("said Paris Smith of Dallas High School", "Paris Smith of Dallas High School", "Paris", false),
            (
                "said Lt. Mike Murphy of the Kansas Highway Patrol",
                "Lt. Mike Murphy of the Kansas Highway Patrol",
                "Kansas",
                true,
            ),
            ("Alaska Gov. Sarah Palin said", "Alaska Gov. Sarah Palin", "Alaska", true),
            ("the Texas Forest Service said", "Texas Forest Service", "Texas", true),
            ("said Walker County Judge Danny Pierce", "Walker County Judge Danny Pierce", "Walker County", true),
            ("said East Bank Mayor Chuck Blair", "East Bank Mayor Chuck Blair", "East Bank", true),
            ("at the Walker County Fairgrounds", "Walker County Fairgrounds", "Walker County", true),
            ("Jackson Browne sang", "Jackson Browne", "Jackson", false),
            ("Russia said", "Russia", "Russia", false),
            ("West High School won", "West High School", "West", false),
            ("the Chief of Police Smith said", "Chief of Police Smith", "Smith", false),
        ];
        for &(text, actor, place, nested) in table {
            let lower = lower_case(text);
            let t = tokens(text, &lower);
            let at = |words: &str| {
                let first = text.find(words).unwrap();
                let a = t.iter().position(|w| w.start() == first).unwrap();
                let b = t.iter().position(|w| w.end() == first + words.len()).unwrap() + 1;
                (a, b)
            };
            assert_eq!(place_in_organization(&t, at(actor), at(place)), nested, "{text}");
        }
    }
}
