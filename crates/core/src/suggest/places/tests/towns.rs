//! Small towns: the words around a name that make it a town, and the town it is.

use super::*;

/// A town after its state ("Paris, Tenn.") or in the state the text names is that state's; a
/// small town's name that the text gives a person is that person's.
#[test]
fn the_state_named_decides_and_a_family_name_is_no_town() {
    expect("Paris, Tenn., is quiet.", &[("Paris", "geonames:4647963", false), ("Tenn.", "admin1:US.TN", false)]);
    expect(
        "Rain fell across Texas and a man from Paris was hurt.",
        &[("Texas", "admin1:US.TX", false), ("Paris", "geonames:4717560", false)],
    );
    expect("Bill Flores said Flores was fine.", &[]);
    expect("Rain fell in Flores.", &[("Flores", "geonames:3595416", false)]);
}

/// A small town whose name the text also writes as a word, or that is a month, needs "in"...
#[test]
fn a_town_named_like_a_word_needs_a_preposition_of_place() {
    expect("In Texas, Reserve is full; the reserve was full.", &[("Texas", "admin1:US.TX", false)]);
    expect(
        "Texas says the reserve in Reserve was full.",
        &[("Texas", "admin1:US.TX", true), ("Reserve", "geonames:4338012", false)],
    );
    expect("Texas voters met in May.", &[("Texas", "admin1:US.TX", false)]);
    // One talks to a person; one drives to a town.
    expect("I talked to Raytown today.", &[]);
    expect("I drove to Raytown today.", &[("Raytown", "geonames:4405188", false)]);
    expect("It burned in the Hardeetown area of Chiefland.", &[("Chiefland", "geonames:4150733", false)]);
}

/// "Tex. 71" is a road; "Paris, Tex. 75460" a town, its state and its postal code.
#[test]
fn a_states_short_form_before_a_routes_number_is_the_road() {
    expect("Crews will reopen Tex. 71 soon.", &[]);
    expect(
        "Write to Paris, Tex. 75460 today.",
        &[("Paris", "geonames:4717560", false), ("Tex.", "admin1:US.TX", false)],
    );
}

/// Words around a small town that put it on the map: a list of counties, its people after it,
/// a direction of it.
#[test]
fn a_small_town_is_told_by_its_people_or_a_direction() {
    expect(
        "Texas police said a Reserve man was hurt.",
        &[("Texas", "admin1:US.TX", false), ("Reserve", "geonames:4338012", false)],
    );
    expect("A crash east of Reserve closed the road.", &[("Reserve", "geonames:4338012", false)]);
    expect("Rain fell on Reserve.", &[]);
    expect("A Reserve-based firm hired two.", &[("Reserve", "geonames:4338012", false)]);
    expect("He is held at the Reserve psychiatric hospital.", &[("Reserve", "geonames:4338012", false)]);
    expect("She met a longtime Reserve educator.", &[("Reserve", "geonames:4338012", false)]);
    expect("She met a longtime Reserve player.", &[]);
    expect("A bridge between Walton and Oconee counties", &[("Oconee", "admin2:US.GA.oconee-county", false)]);
    expect(
        "Flooding in Oconee, Otter Tail and Wilkin counties",
        &[
            ("Oconee", "admin2:US.GA.oconee-county", false),
            ("Otter Tail", "admin2:US.MN.otter-tail-county", false),
            ("Wilkin", "admin2:US.MN.wilkin-county", false),
        ],
    );
}

/// Two names of several readings each hold up the readings near each other: Palestine and
/// Anderson County in Texas, though neither has one reading and no state is named.
#[test]
fn names_of_several_readings_hold_each_other_up() {
    expect(
        "Anderson County deputies arrested two men in Palestine.",
        &[("Anderson County", "admin2:US.TX.anderson-county", false), ("Palestine", "geonames:4717232", false)],
    );
    expect("Rain fell in Palestine.", &[("Palestine", "geonames:5166000", false)]);
}

/// The place of an organization ("Anderson County Fire Department") puts the story on the map
/// as a place alone would, though it stays inside the organization's name.
#[test]
fn a_place_named_in_an_organization_holds_up_readings() {
    expect(
        "A fire hurt two in Palestine, the Anderson County Fire Department said.",
        &[("Palestine", "geonames:4717232", false)],
    );
    expect("A fire hurt two in Palestine, Bill Anderson said.", &[("Palestine", "geonames:5166000", false)]);
}

/// A lawmaker's state ("Sen. Jane Roe of Texas", "D-Texas") is no setting of the story: it
/// does not pull a town of that name into it. A person's possessive after "in" is the person's.
#[test]
fn a_lawmakers_state_does_not_set_the_story() {
    expect(
        "Dallas voters met. A man from Paris spoke, said Sen. Jane Roe of Texas.",
        &[
            ("Dallas", "geonames:4684888", false),
            ("Paris", "geonames:4717560", false),
            ("Texas", "admin1:US.TX", false),
        ],
    );
    expect(
        "A man from Paris spoke, said Sen. Jane Roe of Texas.",
        &[("Paris", "geonames:2988507", false), ("Texas", "admin1:US.TX", false)],
    );
    expect(
        "A man from Paris spoke, said Jane Roe, D-Texas.",
        &[("Paris", "geonames:2988507", false), ("Texas", "admin1:US.TX", false)],
    );
    expect("Bill Flores spoke. A clause in Flores's bill passed.", &[]);
}

/// "St. Albans" is Saint Albans, but "St. Albans's" is the saint's; a small town that says where
/// a thing is ("a Raytown apartment", "north Raytown") is the town.
#[test]
fn short_saints_and_towns_that_locate_things() {
    expect("Mounds stand in St. Albans today.", &[("St. Albans", "geonames:4820938", false)]);
    expect("She prayed at St. Albans's altar.", &[]);
    expect("Boys were found in a Raytown apartment.", &[("Raytown", "geonames:4405188", false)]);
    expect("A water main broke in north Raytown.", &[("Raytown", "geonames:4405188", false)]);
    expect("Boys were found by Raytown.", &[]);
}

/// A story's dateline in capitals is its place, however small the town.
#[test]
fn a_dateline_is_a_place() {
    expect("Fire hit a home. RESERVE -- Firefighters searched.", &[("RESERVE", "geonames:4338012", false)]);
    expect("RESERVE (AP) — Firefighters searched.", &[("RESERVE", "geonames:4338012", false)]);
    expect("Fire hit a home. Reserve units searched.", &[]);
}

/// Where people live ("formerly of Reserve"), whose police ("Reserve police"), and a town listed
/// with a place ("Dallas and Reserve") make a small town's name a place.
#[test]
fn a_small_town_by_its_residents_police_or_list() {
    expect("Jane Roe, formerly of Reserve, died.", &[("Reserve", "geonames:4338012", false)]);
    expect("Reserve police made an arrest.", &[("Reserve", "geonames:4338012", false)]);
    expect(
        "The road links Dallas and Reserve.",
        &[("Dallas", "geonames:4684888", false), ("Reserve", "geonames:4338012", false)],
    );
    expect("The road links Smith and Reserve.", &[]);
    expect("Jane Roe, of 19 Oak Drive, Reserve, was held.", &[("Reserve", "geonames:4338012", false)]);
    expect("Jane Roe, of Oak Drive, Reserve, was held.", &[("Reserve", "geonames:4338012", false)]);
    expect("Jane Roe, of Oak Drive, Reserve Bank, was held.", &[]);
    expect("Raytown trustees approved a plan.", &[("Raytown", "geonames:4405188", false)]);
    expect("Raytown city officials met.", &[("Raytown", "geonames:4405188", false)]);
    expect("Raytown Vice Mayor Ray Melton voted no.", &[]);
    expect("Oconee deputies made an arrest.", &[("Oconee", "admin2:US.GA.oconee-county", false)]);
    expect("Oconee made an arrest.", &[]);
    expect("Said Brent Boggs, D-Oconee, today.", &[("Oconee", "admin2:US.GA.oconee-county", false)]);
    expect("Deputies arrest Otter Tail teen.", &[("Otter Tail", "admin2:US.MN.otter-tail-county", false)]);
    expect("It passed, said Rep. Jane Raytown, D-Raytown.", &[("Raytown", "geonames:4405188", false)]);
    // After a party, a state before a country, a town before a country, a town named like a word.
    expect("It passed, said Sen. Jane Roe, D-Georgia.", &[("Georgia", "admin1:US.GA", false)]);
    expect("It passed, said Rep. Jane Roe, R-Lebanon.", &[("Lebanon", "geonames:4922673", false)]);
    expect("It passed, said Rep. Jane Roe, R-Nice.", &[("Nice", "geonames:3170647", false)]);
}

/// An era after a year is no province: "100 B.C." is not British Columbia.
#[test]
fn an_era_is_no_province() {
    expect("Mounds date from 100 B.C. and a ferry left B.C. today.", &[("B.C.", "admin1:CA.02", false)]);
}

/// A street is named for a place but is none ("Dublin Road", "West 16th Street"), and a
/// people's adjective is no town of that name, though the town's country is named.
#[test]
fn streets_and_peoples_adjectives_are_no_towns() {
    expect("Dallas police closed Raytown Road.", &[("Dallas", "geonames:4684888", false)]);
    expect("Dallas officials met moderate Arab leaders.", &[("Dallas", "geonames:4684888", false)]);
    expect(
        "Dallas officials met in Arab on Monday.",
        &[("Dallas", "geonames:4684888", false), ("Arab", "geonames:4046255", false)],
    );
}

/// "North Texas", "Metro Moscow": a part of a place is that place, its part word in the mention;
/// a name the gazetteer holds whole ("British Columbia") stays that name.
#[test]
fn a_part_of_a_place_is_that_place() {
    expect(
        "They moved to North Texas, then to Southern Georgia.",
        &[("North Texas", "admin1:US.TX", false), ("Southern Georgia", "admin1:US.GA", false)],
    );
    expect("Metro Dallas police said so.", &[("Metro Dallas", "geonames:4684888", false)]);
    expect("Rain fell across British Columbia.", &[("British Columbia", "admin1:CA.02", false)]);
    // A part word before a longer name leaves the name inside it: "West Texas Airlines".
    expect("West Texas Airlines flew.", &[]);
}

/// A state fields no team: "a transfer to Texas" takes a person there, where "a transfer to
/// Moscow" may take a player to the city's club.
#[test]
fn a_transfer_to_a_state_is_to_a_place() {
    expect("He awaits a transfer to Texas, where he will stand trial.", &[("Texas", "admin1:US.TX", false)]);
    expect("He made a transfer to Moscow in 2012.", &[("Moscow", "geonames:524901", true)]);
}

/// A city the text also names a person by is the person's, unless the words around say place;
/// a big state or a country outweighs the person.
#[test]
fn a_city_named_like_a_person_needs_words_of_place() {
    expect("Abraham Lincoln spoke. Lincoln visited the front.", &[]);
    expect("Abraham Lincoln spoke in Lincoln.", &[("Lincoln", "geonames:5072006", false)]);
    expect(
        "Mark Texas spoke in Dallas. Rain fell across Texas.",
        &[("Dallas", "geonames:4684888", false), ("Texas", "admin1:US.TX", false)],
    );
}

/// "Jane Roe, 41, of Raytown": the town a report gives for a person.
#[test]
fn a_town_after_a_persons_age_is_where_they_live() {
    expect("Jane Roe, 41, of Raytown, was held.", &[("Raytown", "geonames:4405188", false)]);
    expect("The mayor of Raytown spoke.", &[("Raytown", "geonames:4405188", false)]);
    expect("Troop 208 of Raytown helped.", &[("Raytown", "geonames:4405188", false)]);
    expect("Held: Jane Roe, 41, Raytown, date of offense.", &[("Raytown", "geonames:4405188", false)]);
    // A possessive of kin or counsel is a person's ("Parker's attorney").
    expect(
        "Rain fell on Palestine, Texas. Palestine's attorney was not named.",
        &[("Palestine", "geonames:4717232", false), ("Texas", "admin1:US.TX", false)],
    );
    expect("A friend of Raytown spoke.", &[]);
}

/// "Chamber of Commerce": a common word inside a body's name is that word, not a town of it.
#[test]
fn a_common_word_in_a_name_is_no_place_inside_it() {
    let g = Gazetteer::parse(GAZETTEER).expect("the test gazetteer");
    let text = "The Dallas Chamber of Commerce met in Commerce.";
    let lower = crate::suggest::tokens::lower_case(text);
    let t = tokens(text, &lower);
    let found: Vec<(&str, bool)> = find_places(text, &t, &g, &|_| true)
        .iter()
        .map(|m| (&text[t[m.tokens.0].start()..t[m.tokens.1 - 1].end()], m.inside))
        .collect();
    assert_eq!(found, [("Commerce", false), ("Dallas", true)], "the places first, then those inside names");
}

#[test]
fn a_building_a_feast_a_world_or_a_judge_named_like_a_town() {
    expect("He spoke at the White House on Monday.", &[]);
    expect("Shops were full at Christmas.", &[]);
    expect("The capsule returned to Earth.", &[]);
    expect("Hyles beat Municipal Court Judge Haywood Turner. Hyles had 61 percent to Turner's 39.", &[]);
    expect("He moved to Turner in 1990.", &[("Turner", "geonames:4981250", false)]);
}

#[test]
fn a_headlines_first_word_is_no_part_of_the_place() {
    expect("Missing Dallas man found. The man went missing on Friday.", &[("Dallas", "geonames:4684888", false)]);
    expect("Scandal-plagued Dallas pastor to be buried.", &[("Dallas", "geonames:4684888", false)]);
    expect("Rodeo Dallas looks for a queen.", &[]);
}

#[test]
fn a_world_region_outweighs_a_neighborhood_named_after_it() {
    expect(
        "Officials in Maryland spoke of peace in the Middle East.",
        &[("Maryland", "admin1:US.MD", false), ("Middle East", "region:middle-east", false)],
    );
}

/// "Raytown City Council": a small town's own government names it, nested in the body's name;
/// a title or a troupe does not ("Raytown Vice Mayor", "Emerald City Players").
#[test]
fn a_small_town_inside_the_name_of_its_government() {
    let g = Gazetteer::parse(GAZETTEER).expect("the test gazetteer");
    let inside = |text: &str| -> Vec<String> {
        let lower = crate::suggest::tokens::lower_case(text);
        let t = tokens(text, &lower);
        find_places(text, &t, &g, &|_| true)
            .iter()
            .filter(|m| m.inside)
            .map(|m| text[t[m.tokens.0].start()..t[m.tokens.1 - 1].end()].to_string())
            .collect()
    };
    assert_eq!(inside("The Turner City Council approved it."), ["Turner"]);
    assert_eq!(inside("Turner Police arrested him."), ["Turner"]);
    assert_eq!(inside("The Turner City Players sang."), Vec::<String>::new());
    assert_eq!(inside("The Turner Center opened."), Vec::<String>::new());
}

/// "Monroeville, Ala. An Amber Alert": a state's short form after its town can end a sentence.
#[test]
fn a_states_short_form_may_end_a_sentence() {
    expect(
        "Police stopped her in Turner, Md. After that she left.",
        &[("Turner", "geonames:4981250", false), ("Md.", "admin1:US.MD", false)],
    );
    expect("He read the Md. Police report.", &[]);
}

/// "Lebanon Police", "Terry Jolly, 60, Lebanon": a name whose police or residents the text
/// names is a town there, every time it is named, not the country of that name.
#[test]
fn a_name_with_its_own_police_is_a_town() {
    expect("Rain fell in Lebanon.", &[("Lebanon", "geonames:272103", false)]);
    expect(
        "Terry Jolly, 60, Lebanon, was held. He moved to Lebanon in May.",
        &[("Lebanon", "geonames:4922673", false), ("Lebanon", "geonames:4922673", false)],
    );
    expect("He was taken in by Lebanon Police. He moved to Lebanon.", &[("Lebanon", "geonames:4922673", false)]);
}

/// Small towns near each other hold each other up, with no other cue: the fire companies of
/// neighbouring towns, a bar brawl and the areas its men came from.
#[test]
fn small_towns_near_each_other_are_places() {
    expect(
        "Crews from Litchfield, Winsted and all Torrington volunteer departments came.",
        &[
            ("Litchfield", "geonames:4837799", false),
            ("Winsted", "geonames:4845953", false),
            ("Torrington", "geonames:4844309", false),
        ],
    );
    expect(
        "Police broke up a Chiefland bar brawl. Most were from the Chiefland or Cross City areas.",
        &[
            ("Chiefland", "geonames:4150733", false),
            ("Chiefland", "geonames:4150733", false),
            ("Cross City", "geonames:4152395", false),
        ],
    );
    // One alone has nothing to hold it up.
    expect("Crews from all Torrington volunteer departments came.", &[]);
}

/// A town named like a state votes little for its neighbours: Florida and Alabama, both towns
/// of New York, do not make each other the towns.
#[test]
fn towns_named_like_states_do_not_hold_each_other_up() {
    expect(
        "He ran from drug charges in Florida, and he had lived in Alabama.",
        &[("Florida", "admin1:US.FL", false), ("Alabama", "admin1:US.AL", false)],
    );
}

/// A name listed with countries or world regions is a country, however near a town of that name
/// is to the story's other places.
#[test]
fn a_name_listed_with_lands_is_a_land() {
    expect(
        "Pilots from Waxahachie flew in the Middle East, Italy and Canada.",
        &[
            ("Waxahachie", "geonames:4740328", false),
            ("Middle East", "region:middle-east", false),
            ("Italy", "geonames:3175395", false),
            ("Canada", "geonames:6251999", false),
        ],
    );
    expect(
        "Pilots from Waxahachie flew to Italy.",
        &[("Waxahachie", "geonames:4740328", false), ("Italy", "geonames:4700234", false)],
    );
}
