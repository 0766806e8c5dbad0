//! Actors and their entities in small hand-written sentences.

use crate::suggest::{suggest, SuggestedLabel};

/// The actor mentions of `text` (no gazetteer) with their canonical names.
fn actors(text: &str) -> Vec<(String, String)> {
    let found = suggest(text, Some("2024-03-23"), None);
    found
        .spans
        .iter()
        .filter(|s| s.label == SuggestedLabel::Actor)
        .map(|s| (text[s.start..s.end].to_string(), found.attrs(s)["canonical"].as_str().unwrap_or("").to_string()))
        .collect()
}

fn expect(text: &str, want: &[(&str, &str)]) {
    let want: Vec<(String, String)> = want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
    assert_eq!(actors(text), want, "in {text:?}");
}

#[test]
fn names_titles_and_acronyms() {
    expect(
        "At the request of President Bashar al-Assad, troops came.",
        &[("President Bashar al-Assad", "Bashar al-Assad")],
    );
    expect(
        "The Ministry of Foreign Affairs said so.",
        &[("Ministry of Foreign Affairs", "Ministry of Foreign Affairs")],
    );
    expect("Officials met Mr. Smith on Monday.", &[("Mr. Smith", "Smith")]);
    expect("the TASS agency reported", &[("TASS", "TASS")]);
    expect("A group known as ‘Wilayat al Quqaz’ formed.", &[("Wilayat al Quqaz", "Wilayat al Quqaz")]);
    expect(
        "the Laurel County Sheriff’s Office said",
        &[("Laurel County Sheriff’s Office", "Laurel County Sheriff’s Office")],
    );
    // A possessive before a person's name or a thing is no institution's.
    expect("Police found Smith's Jeep.", &[("Smith", "Smith"), ("Jeep", "Jeep")]);
}

#[test]
fn nationality_and_role() {
    expect("Russian security forces killed six.", &[("Russian security forces", "Russian security forces")]);
    expect("a statement from the US embassy", &[("US embassy", "US embassy")]);
    // A nationality alone describes; it names no one.
    expect("Russian intervention was key.", &[]);
}

#[test]
fn capitals_that_name_no_one() {
    expect("Previous threats\n\nOn March 3, six died.", &[]);
    expect("Jihadists from the region joined.", &[]);
    expect("a large Christian gathering", &[]);
}

#[test]
fn mentions_of_one_actor_share_an_entity() {
    let text = "The group Islamic State (IS) struck. Members of ISIS fled. IS later said so. \
                The Federal Security Service (FSB) acted. President Bashar al-Assad spoke; Assad left.";
    let found = suggest(text, None, None);
    let entity_of = |s: &str| {
        let m = found.spans.iter().find(|m| &text[m.start..m.end] == s).unwrap_or_else(|| panic!("{s} not found"));
        found.attrs(m)["entity"].as_str().unwrap().to_string()
    };
    assert_eq!(entity_of("Islamic State"), "islamic-state");
    assert_eq!(entity_of("IS"), "islamic-state");
    assert_eq!(entity_of("ISIS"), "islamic-state");
    assert_eq!(entity_of("FSB"), entity_of("Federal Security Service"));
    assert_eq!(entity_of("Assad"), "bashar-al-assad");
    let canon: Vec<&str> = found.entities.iter().map(|e| e.canonical.as_str()).collect();
    assert_eq!(canon, ["Islamic State", "Federal Security Service", "Bashar al-Assad"]);
}

/// An address is nobody, and its house number no year; a street that speaks is a name.
#[test]
fn an_address_is_no_actor_and_its_number_no_year() {
    let text = "Jane Roe, of 1935 Orchard St., was seen on Dublin Road. Downing Street said no.";
    expect(text, &[("Jane Roe", "Jane Roe"), ("Downing Street", "Downing Street")]);
    let found = suggest(text, Some("2024-03-23"), None);
    assert!(found.spans.iter().all(|s| s.label != SuggestedLabel::Date), "{:?}", found.spans);
}
