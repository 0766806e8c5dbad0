//! Places the gazetteer lacks: each cue that makes a name one, and each refusal.

use super::super::unknown::{unknown_places, Cue};
use crate::suggest::tokens::{lower_case, tokens};

fn found(text: &str) -> Vec<(String, Cue)> {
    let lower = lower_case(text);
    let t = tokens(text, &lower);
    // "Ohio" is the only region these sentences name.
    unknown_places(text, &t, &|_| true, &|k| t.get(k).is_some_and(|w| w.text == "Ohio").then_some(k + 1))
        .into_iter()
        .map(|(a, b, cue)| (text[t[a].start()..t[b - 1].end()].to_string(), cue))
        .collect()
}

#[test]
fn each_cue_makes_a_place_of_a_name() {
    let table: &[(&str, &str, Cue)] = &[
        ("Deputies searched Laurel County overnight.", "Laurel County", "its name ends in a word for a place"),
        ("Deputies searched Hall County overnight.", "Hall County", "its name ends in a word for a place"),
        ("They crossed Lake Tana by boat.", "Lake Tana", "its name starts with a word for a place"),
        ("Fighting reached Kasai Occidental province.", "Kasai Occidental", "a word for a place follows it"),
        ("Rain fell on the village of Bariyarpur.", "Bariyarpur", "named as a place ('the village of')"),
        ("Families sheltered in Abu Shok refugee camp.", "Abu Shok", "a word for a place follows it"),
        ("Two were hurt in Godapitiya on Sunday.", "Godapitiya", "after a preposition of place"),
        ("Police charged a Meadow Grove man.", "Meadow Grove", "a place's people follow ('a Meadow Grove man')"),
        ("Koepenick is an unincorporated community.", "Koepenick", "described as a place ('X is a town in')"),
        ("Kunturiri is located on a ridge.", "Kunturiri", "described as a place ('X is a town in')"),
        ("The site lies 3 km west of Tamarindito today.", "Tamarindito", "a direction from it ('west of')"),
        ("The capital is Terekeka, Ohio.", "Terekeka", "its state or country follows it"),
        ("MAINEVILLE, Ohio (AP) - Rain fell.", "MAINEVILLE", "its state or country follows it"),
        ("DANIELSVILLE - Commissioners met.", "DANIELSVILLE", "the dateline the story opens with"),
        ("Tewksbury Twp. introduces new rules.", "Tewksbury Twp.", "its name ends in a word for a place"),
        ("Hikers filled Zion National Park today.", "Zion National Park", "its name ends in a word for a place"),
        ("We met Jeremy Watson, 30, of Ten Mile today.", "Ten Mile", "where someone is from ('Smith, 30, of')"),
        ("Bags came from Troop 208 of Coleridge.", "Coleridge", "where someone is from ('Smith, 30, of')"),
        (
            "Held: Jeffery McDaniel, 41, Grapeland, date of offense.",
            "Grapeland",
            "where someone is from ('Smith, 30, of')",
        ),
        ("He was robbed at Main Street, Tipperary, on Monday.", "Tipperary", "the town of an address"),
        ("Said Brent Boggs, D-Braxton, today.", "Braxton", "a lawmaker's home after his party"),
        ("Mr Wiles, from Cherry Hinton, said so.", "Cherry Hinton", "after a preposition of place"),
        ("They drove to Lanexa at night.", "Lanexa", "after a preposition of place"),
        ("Troops stayed in South Ossetia today.", "South Ossetia", "after a preposition of place"),
        ("It happened in the Hardeetown area of town.", "Hardeetown", "named as a place ('the village of')"),
        ("Crews worked east of rural Holopaw today.", "Holopaw", "named as a place ('the village of')"),
        ("Tax credits. ROCKY HILL - Residents may apply.", "ROCKY HILL", "the dateline the story opens with"),
        ("The road was closed in East Bank today.", "East Bank", "after a preposition of place"),
        ("He drove to his Meadow Grove home.", "Meadow Grove", "a place's thing follows ('his Meadow Grove home')"),
        (
            "Logging stopped in the Monongahela National Forest.",
            "Monongahela National Forest",
            "its name ends in a word for a place",
        ),
    ];
    for &(text, name, cue) in table {
        assert_eq!(found(text), vec![(name.to_string(), cue)], "{text}");
    }
}

#[test]
fn a_peoples_adjective_or_an_initial_opens_no_place() {
    for text in [
        "Teachers came from the Iraqi refugee community.",
        "Forces attacked an Ossetian-controlled village.",
        "Services will be held in H. L. Snyder Funeral Home.",
        "There is hope in Jesus Christ.",
        "It hangs in the Russian Museum, America and Japan.",
        "It is game 4 in Group B tonight.",
        "Both teams are in Section 2AA now.",
    ] {
        assert_eq!(found(text), vec![], "{text}");
    }
}

#[test]
fn a_name_listed_after_an_unknown_place_is_one() {
    let want = [
        ("Dmitrov".to_string(), "named as a place ('the village of')"),
        ("Yakhroma".to_string(), "listed with a place"),
    ];
    assert_eq!(found("It runs through the towns of Dmitrov and Yakhroma today."), want);
    // A name after a comma that ends the list is no place of it.
    let want = [("South Ossetia".to_string(), "after a preposition of place")];
    assert_eq!(found("Troops went into South Ossetia, Iakobashvili said."), want);
}

#[test]
fn names_without_a_strong_cue_are_left_alone() {
    for text in [
        "Laurel County Sheriff's Office said so.",
        "The Lake County Council met.",
        "Talks resume in May.",
        "Smith spoke to reporters.",
        "Smith is a lawyer in town.",
        "He works in Congress.",
        "In Smith's view it rained.",
        "The Rapides Parish Fire District investigated.",
        "Smith, Jones and Brown met.",
        "They met Smith, Ohio and Texas.",
        "They met Smith, Ohio's director.",
        "It was found near Roxford Street and El Dorado Avenue.",
        "Results came in NASA data.",
        "A letter from Smith came.",
        "They met at the Smith home.",
        "He died at Fort Sanders Medical Center today.",
        "It is in the Historic District now.",
        "He was named Best in Show today.",
        "He teaches a class in Teaching today.",
        "He ate at a Subway restaurant.",
        "He talked to Smith today.",
        "It won 3 of Smith's votes.",
        "Hurt were Brian Freeman, 23, Christina Utley, 20, and Mike Thomas, 24.",
        "Instead, HUD - and the taxpayers - paid.",
        "He died aged 72. CAMBRIDGE'S Mr Ice Cream, Antonio Savino, has died.",
        "It was a result, he said, of Gulf War syndrome.",
        "It landed during the D-Day invasion.",
    ] {
        assert_eq!(found(text), vec![], "{text}");
    }
}
