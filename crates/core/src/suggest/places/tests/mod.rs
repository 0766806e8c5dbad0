//! Places in small hand-written sentences, against a small hand-written gazetteer.

use super::*;
use crate::suggest::tokens::tokens;

const GAZETTEER: &str = "\
# test gazetteer
geonames:524901\tp\tMoscow\tRU\t55.752\t37.618\t10381222\tMoskva
geonames:5601538\tp\tMoscow\tUS\t46.732\t-117.000\t25060\t
admin1:RU.48\ta\tMoscow\tRU\t55.746\t37.602\t18398433\t
geonames:2017370\tc\tRussia\tRU\t61.5\t105.3\t140702000\tRussian Federation
geonames:614540\tc\tGeorgia\tGE\t42.0\t43.5\t4630000\t
admin1:US.GA\ta\tGeorgia\tUS\t32.6\t-83.4\t10000000\t
geonames:6252001\tc\tUnited States\tUS\t38.4\t-90.5\t310232863\tUS|America
admin1:RU.25\ta\tKaluga\tRU\t54.563\t35.803\t777976\t
geonames:553915\tp\tKaluga\tRU\t54.531\t36.270\t340851\t
admin1:BF.12\ta\tSahel\tBF\t14.322\t-0.387\t174842\t
region:sahel\tr\tSahel\t\t14.5\t0.0\t0\tAfrican Sahel
geonames:1695804\tp\tPandi\tPH\t14.86\t120.95\t66650\t
geonames:9999991\tp\tPandi\tIN\t20.0\t78.0\t90000\t
admin1:PH.03\ta\tBulacan\tPH\t14.9\t121.0\t3000000\t
geonames:3444859\tp\tWagner\tBR\t-12.287\t-41.168\t9000\t
geonames:2988507\tp\tParis\tFR\t48.853\t2.349\t2138551\t
geonames:3170647\tp\tNice\tFR\t43.703\t7.266\t338620\t
geonames:4717560\tp\tParis\tUS\t33.661\t-95.556\t24782\t\tTX
geonames:4647963\tp\tParis\tUS\t36.302\t-88.327\t10156\t\tTN
admin1:US.TX\ta\tTexas\tUS\t31.0\t-99.0\t25000000\tTex.\tTX
admin1:US.TN\ta\tTennessee\tUS\t35.8\t-86.4\t6000000\tTenn.\tTN
geonames:3595416\tp\tFlores\tGT\t16.929\t-89.892\t13000\t\t17
geonames:4338012\tp\tReserve\tUS\t30.054\t-90.552\t9766\t\tLA
geonames:4299670\tp\tMay\tUS\t36.611\t-99.747\t1100\t\tOK
admin2:US.GA.oconee-county\td\tOconee County\tUS\t33.835\t-83.437\t32000\t\tGA
geonames:5166000\tp\tPalestine\tUS\t40.05\t-84.74\t50000\t\tOH
geonames:4717232\tp\tPalestine\tUS\t31.762\t-95.631\t18500\t\tTX
admin2:US.TX.anderson-county\td\tAnderson County\tUS\t31.8\t-95.65\t58000\t\tTX
admin2:US.SC.anderson-county\td\tAnderson County\tUS\t34.56\t-82.59\t190000\t\tSC
geonames:4684888\tp\tDallas\tUS\t32.783\t-96.807\t1300092\t
geonames:4820938\tp\tSaint Albans\tUS\t38.386\t-81.836\t11044\t\tWV
geonames:4405188\tp\tRaytown\tUS\t39.009\t-94.464\t29401\t\tMO
geonames:272103\tc\tLebanon\tLB\t33.81\t35.678\t4125247\t
geonames:4922673\tp\tLebanon\tUS\t40.048\t-86.469\t15792\t\tIN
admin1:CA.02\ta\tBritish Columbia\tCA\t53.999\t-125.003\t4400000\tB.C.\t02
geonames:4046255\tp\tArab\tUS\t34.318\t-86.496\t8295\t\tAL
geonames:5072006\tp\tLincoln\tUS\t40.800\t-96.667\t294757\t\tNE
geonames:4682991\tp\tCommerce\tUS\t33.247\t-95.900\t9000\t\tTX
geonames:4667282\tp\tWhite House\tUS\t36.470\t-86.651\t10000\t\tTN
geonames:2553604\tp\tCasablanca\tMA\t33.588\t-7.611\t3144909\tWhite House
geonames:4150880\tp\tChristmas\tUS\t28.536\t-81.018\t1146\t\tFL
geonames:5520687\tp\tEarth\tUS\t34.233\t-102.411\t1000\t\tTX
geonames:4981250\tp\tTurner\tUS\t44.256\t-70.256\t5000\t\tME
admin2:US.MN.otter-tail-county\td\tOtter Tail County\tUS\t46.4\t-95.7\t57000\t\tMN
admin2:US.MN.wilkin-county\td\tWilkin County\tUS\t46.36\t-96.47\t6500\t\tMN
geonames:11980025\tp\tMiddle East\tUS\t39.302\t-76.590\t1872\t\tMD
region:middle-east\tr\tMiddle East\t\t29.000\t41.000\t0\tMideast
admin1:US.MD\ta\tMaryland\tUS\t39.0\t-76.7\t6000000\tMd.\tMD
geonames:4844309\tp\tTorrington\tUS\t41.801\t-73.121\t34906\t\tCT
geonames:4845953\tp\tWinsted\tUS\t41.921\t-73.060\t7712\t\tCT
geonames:4837799\tp\tLitchfield\tUS\t41.747\t-73.189\t1215\t\tCT
geonames:4150733\tp\tChiefland\tUS\t29.475\t-82.860\t2218\t\tFL
geonames:4152395\tp\tCross City\tUS\t29.635\t-83.127\t1707\t\tFL
admin1:US.FL\ta\tFlorida\tUS\t27.904\t-81.908\t16329878\t\tFL
admin1:US.AL\ta\tAlabama\tUS\t33.025\t-86.689\t3147970\t\tAL
geonames:5117451\tp\tFlorida\tUS\t41.332\t-74.357\t2899\t\tNY
geonames:5106870\tp\tAlabama\tUS\t43.096\t-78.391\t1818\t\tNY
geonames:6251999\tc\tCanada\tCA\t48.455\t-89.213\t37058856\t
geonames:3175395\tc\tItaly\tIT\t43.435\t11.592\t60431283\t
geonames:4700234\tp\tItaly\tUS\t32.184\t-96.885\t1897\t\tTX
geonames:4740328\tp\tWaxahachie\tUS\t32.387\t-96.848\t33384\t\tTX
admin1:JM.07\ta\tPortland\tJM\t18.146\t-76.476\t22263\t\t07
geonames:5746545\tp\tPortland\tUS\t45.523\t-122.676\t652503\t\tOR
admin2:AU.08.cambridge\td\tCambridge\tAU\t-31.940\t115.814\t2394715\t\t08
geonames:2653941\tp\tCambridge\tGB\t52.200\t0.117\t145674\t\tENG
geonames:4140963\tp\tWashington\tUS\t38.895\t-77.036\t689545\t\tDC
admin1:US.WA\ta\tWashington\tUS\t47.5\t-120.5\t7000000\tWash.\tWA
";

/// (text, expected: (covered text, place id, acting)).
fn places(text: &str) -> Vec<(String, String, bool)> {
    let g = Gazetteer::parse(GAZETTEER).expect("the test gazetteer");
    let lower = crate::suggest::tokens::lower_case(text);
    let t = tokens(text, &lower);
    find_places(text, &t, &g, &|_| true)
        .into_iter()
        .filter(|m| !m.inside)
        .map(|m| (text[t[m.tokens.0].start()..t[m.tokens.1 - 1].end()].to_string(), m.place.id().to_string(), m.acting))
        .collect()
}

fn expect(text: &str, want: &[(&str, &str, bool)]) {
    let got = places(text);
    let want: Vec<(String, String, bool)> = want.iter().map(|(a, b, c)| (a.to_string(), b.to_string(), *c)).collect();
    assert_eq!(got, want, "in {text:?}");
}

#[test]
fn the_likeliest_place_of_a_name() {
    expect("Talks were held in Moscow.", &[("Moscow", "geonames:524901", false)]);
    expect("She lives in Moskva now.", &[("Moskva", "geonames:524901", false)]);
    expect(
        "They flew from Paris to Nice.",
        &[("Paris", "geonames:2988507", false), ("Nice", "geonames:3170647", false)],
    );
}

#[test]
fn context_decides_between_places_of_one_name() {
    expect("Georgia sent troops.", &[("Georgia", "geonames:614540", true)]);
    expect(
        "Voters in Georgia and elsewhere in the United States",
        &[("Georgia", "admin1:US.GA", false), ("United States", "geonames:6252001", false)],
    );
    expect("A storm hit Pandi, Bulacan.", &[("Pandi", "geonames:1695804", false), ("Bulacan", "admin1:PH.03", false)]);
    expect("A cell in Kaluga province was found.", &[("Kaluga province", "admin1:RU.25", false)]);
    expect("Drought across the Sahel.", &[("Sahel", "region:sahel", false)]);
    expect("Drought across the African Sahel.", &[("African Sahel", "region:sahel", false)]);
}

#[test]
fn a_name_is_no_context_for_itself() {
    // Its one division names Jamaica only if that division is what the name mostly means.
    expect("He moved to Portland last year.", &[("Portland", "geonames:5746545", false)]);
    // A district's population in GeoNames' data may hold a city of another name (Perth).
    expect("She studied in Cambridge.", &[("Cambridge", "geonames:2653941", false)]);
    // A dateline names a city, not its state.
    expect("WASHINGTON - Officials met.", &[("WASHINGTON", "geonames:4140963", false)]);
    expect("Rain fell across Washington.", &[("Washington", "admin1:US.WA", false)]);
    // "Friday" after a name starts no longer name.
    expect("The crash happened in Moscow Friday night.", &[("Moscow", "geonames:524901", false)]);
}

#[test]
fn a_country_that_acts_is_an_actor() {
    expect("Russia's involvement in the war", &[("Russia", "geonames:2017370", true)]);
    expect("Russia's capital was quiet", &[("Russia", "geonames:2017370", false)]);
    expect("Moscow said it would respond.", &[("Moscow", "geonames:524901", true)]);
    expect("Flights to Russia resumed", &[("Russia", "geonames:2017370", false)]);
}

#[test]
fn names_that_are_not_places_here() {
    // Part of a longer name, a common word, a small town nobody placed, a demonym.
    expect("The Moscow Times reported it.", &[]);
    expect("Nice work, he said.", &[]);
    expect("Troops of the Wagner group left.", &[]);
    expect("Russian forces advanced.", &[]);
    expect("He moved to Wagner in 1990.", &[("Wagner", "geonames:3444859", false)]);
}

#[test]
fn a_bad_gazetteer_line_is_named() {
    let err = Gazetteer::parse("x\tq\tName\t\t1\t2\t3\t").unwrap_err();
    assert!(err.contains("line 1"), "{err}");
    assert!(Gazetteer::parse("x\tp\tName\t\tnorth\t2\t3\t").is_err());
}

#[test]
fn each_kind_of_suggestion_writes_its_attrs_in_order() {
    let g = Gazetteer::parse(GAZETTEER).expect("the test gazetteer");
    let text = "On March 22, gunmen of the Islamic State attacked a hall in Moscow.";
    let found = crate::suggest::suggest(text, Some("2024-03-23"), Some(&g));
    let json: Vec<(String, String)> =
        found.spans.iter().map(|s| (text[s.start..s.end].to_string(), found.attrs_json(s))).collect();
    let want = [
        ("March 22", r#"{"value":"2024-03-22"}"#),
        ("Islamic State", r#"{"entity":"islamic-state","canonical":"Islamic State"}"#),
        (
            "Moscow",
            r#"{"id":"geonames:524901","name":"Moscow","country":"RU","lat":55.752,"lon":37.618,"kind":"city"}"#,
        ),
    ];
    assert_eq!(json, want.map(|(a, b)| (a.to_string(), b.to_string())));
    // The map a span gets holds the same, in the same order.
    for s in &found.spans {
        assert_eq!(serde_json::to_string(&found.attrs(s)).unwrap(), found.attrs_json(s));
    }
}

/// One sentence per pattern of the Place/Actor decision: whether "Russia" (or "United States")
/// acts, and the reason the popover gives.
#[test]
fn a_country_acts_or_is_a_place_by_its_context() {
    let table: &[(&str, bool, &str)] = &[
        ("Troops crossed into Russia at dawn.", false, "after a preposition of place"),
        ("Russia said the talks failed.", true, "the subject of a verb"),
        ("Russia has warned of reprisals.", true, "the subject of a verb"),
        ("Russia has a population of 140 million.", false, "the place is described"),
        ("Russia is a vast country.", false, "the place is described"),
        ("Russia invaded in February.", true, "the subject of a verb"),
        ("Russia, located in the north, was cold.", false, "a place"),
        ("Russia agreeing to it ended the war.", true, "the subject of a verb"),
        ("Snow fell on Russia during the night.", false, "a place"),
        ("He was arrested by Russia police today.", false, "its people or police follow it ('Danbury police')"),
        (
            "It was paid for by the Russia family.",
            true,
            "a party: after 'by', 'against', 'with' or a verb taking a party",
        ),
        ("Russia's decision surprised many.", true, "its possessive names a deed, a policy, a team or an institution"),
        ("Russia's Supreme Court ruled.", true, "its possessive names a deed, a policy, a team or an institution"),
        ("Russia's low population density is known.", false, "its possessive names a part or a feature of the place"),
        (
            "It came in response to Russia's support for them.",
            true,
            "its possessive names a deed, a policy, a team or an institution",
        ),
        ("Sanctions were imposed by Russia.", true, "a party: after 'by', 'against', 'with' or a verb taking a party"),
        ("The war against Russia went on.", true, "a party: after 'by', 'against', 'with' or a verb taking a party"),
        (
            "France recognized the United States in 1778.",
            true,
            "a party: after 'by', 'against', 'with' or a verb taking a party",
        ),
        ("Talks with Russia resumed.", true, "a party: after 'by', 'against', 'with' or a verb taking a party"),
        ("Fighting spread along the border with Russia.", false, "the land across a border"),
        ("She competed at the Olympics for Russia.", true, "the side played for"),
        ("He rowed for Russia in 2004.", true, "the side played for"),
        ("The team scored mercy rule wins over Russia.", true, "the side beaten: after 'wins over'"),
        ("The hosts lost 4-0 to Russia on Sunday.", true, "the winner of a score"),
        (
            "Cuba was excluded at the request of Russia.",
            true,
            "the owner of a deed, a policy, a team or an institution",
        ),
        ("Russia was the first to recognize it.", true, "the subject of a verb"),
        ("Russia, although a supporter at first, soon changed sides.", true, "the subject of a verb"),
        ("Russia, a vast country, is cold.", false, "a place"),
        ("Officials in Georgia and Russia have confirmed it.", false, "after a preposition of place"),
        (
            "It won independence from Georgia and Russia in 1991.",
            true,
            "a party: after 'independence from', 'orders from'",
        ),
        ("Shots were fired at a Russia border post.", false, "it says where something is"),
        ("Snow covered central Russia on Monday.", false, "it says where something is"),
        ("Ghana, Niger and Russia qualify again.", true, "the subject of a verb"),
        ("Before the tour in Georgia, Russia hosted Fiji.", true, "the subject of a verb"),
        ("He won the toss for Russia.", true, "the side played for"),
        ("They lost the previous tour to Russia.", true, "a recipient: after 'sold to', 'handed to'"),
        ("It won independence in 1991 from Russia.", true, "a party: after 'independence from', 'orders from'"),
        ("Russia does the same.", true, "the subject of a verb"),
        ("According to Russia, the town has 500 people.", true, "a source: after 'according to'"),
        (
            "Georgia has requested that Russia withdraw.",
            true,
            "a party: after 'by', 'against', 'with' or a verb taking a party",
        ),
        ("Russia named the war after a chief.", true, "the subject of a verb"),
        ("She participated for Russia at the Games.", true, "the side played for"),
        ("He sought help from Russia.", true, "a party: after 'independence from', 'orders from'"),
        ("Georgia won, ahead of Russia.", true, "a rival: after 'ahead of'"),
        ("For Russia, this validated the claim.", true, "whose view: 'for X,' opening a sentence"),
        ("Russia deactivates its observer corps.", true, "the subject of a verb"),
        ("Russia was a large gas supplier of Georgia.", true, "a role among states: 'a member', 'a supplier'"),
        ("Russia is the largest economy in the region.", true, "a role among states: 'a member', 'a supplier'"),
        ("Georgia–Russia relations are tense.", true, "a party to a treaty, a war or a match"),
        ("The Georgia–Russia border is closed.", false, "a place"),
        ("Russia remained the main base.", false, "a place"),
        ("Russia has unusual small municipalities.", false, "the place is described"),
        ("The border is shared with Russia to the east.", false, "the land across a border"),
        ("A pass between Georgia and Russia connecting two valleys.", false, "a place"),
        ("He made Russia's mid-year squad.", true, "its possessive names a deed, a policy, a team or an institution"),
        ("In 1990, Russia, along with Peru, created a group.", true, "the subject of a verb"),
        ("Prior to the ban, Russia used tiger bone.", true, "the subject of a verb"),
        ("It called upon Russia to act.", true, "a party: after 'by', 'against', 'with' or a verb taking a party"),
        ("They agreed to transfer sovereignty to Russia.", true, "a recipient: after 'sold to', 'handed to'"),
        ("The treaty forbade Russia from building ships.", true, "the subject of a verb"),
        ("Russia is the only state that has signed.", true, "the subject of a verb"),
        ("Russia is the only country in the north.", false, "the place is described"),
        ("A firm from Moscow, Russia has been hired.", false, "the state or country of a town before it"),
        ("He was chosen to represent Russia.", true, "a party: after 'by', 'against', 'with' or a verb taking a party"),
        ("It is hard for Russia to grow.", true, "the subject of a verb"),
        ("They won the final 3-1 over Russia.", true, "the side beaten: after 'wins over'"),
        (
            "The United States' decision surprised many.",
            true,
            "its possessive names a deed, a policy, a team or an institution",
        ),
        ("Russia was the first country on the list.", false, "the place is described"),
        ("A loan was agreed for Russia.", false, "a place"),
        ("It hardened the foreign policy of Russia.", true, "the owner of a deed, a policy, a team or an institution"),
        ("The invasion of Russia began in June.", false, "after 'of'"),
        (
            "They fled after the fall of Russia in 1917.",
            true,
            "the owner of a deed, a policy, a team or an institution",
        ),
        ("Canada and Russia joined the talks.", true, "the subject of a verb"),
        ("Ghana, Niger and Russia qualify for the final.", true, "the subject of a verb"),
        ("Russia further considered the step hostile.", true, "the subject of a verb"),
        ("Russia has been designated a host.", false, "the place is described"),
        ("It was a treaty between France and Russia.", true, "a party to a treaty, a war or a match"),
        ("It is the border between France and Russia.", false, "a place"),
        (
            "A protocol was signed on 21 March 1877 between France and Russia.",
            true,
            "a party to a treaty, a war or a match",
        ),
        ("After the war they crossed the border between France and Russia.", false, "a place"),
        ("He rowed for GB at U23 level and for Russia.", true, "the side played for"),
        ("He played in Spain and for years in Russia.", false, "after a preposition of place"),
        ("The Russia team won the final.", true, "it names a team or a state's body"),
        ("Three ships were sold to Russia.", true, "a recipient: after 'sold to', 'handed to'"),
        ("He returned to Russia in May.", false, "after a preposition of place"),
        ("Rebels accused Russia of shelling.", true, "a party: after 'by', 'against', 'with' or a verb taking a party"),
        ("It needs the consent of Russia first.", true, "the owner of a deed, a policy, a team or an institution"),
        (
            "Kosovo declared independence from Russia in 2008.",
            true,
            "a party: after 'independence from', 'orders from'",
        ),
        ("Flights from Russia landed.", false, "after a preposition of place"),
    ];
    let g = Gazetteer::parse(GAZETTEER).expect("the test gazetteer");
    for &(text, acting, why) in table {
        let lower = crate::suggest::tokens::lower_case(text);
        let t = tokens(text, &lower);
        let i = t.iter().position(|w| w.text == "Russia" || w.text == "United").expect("the name");
        let end = i + if t[i].text == "United" { 2 } else { 1 };
        assert_eq!(reading::reading(&t, i, end, false), (acting, why), "{text}");
        let found = find_places(text, &t, &g, &|_| true);
        assert!(found.iter().any(|m| m.tokens == (i, end) && m.acting == acting), "{text}: {:?}", found.len());
    }
}

/// A name of several places is read as the one near the other places the story names.
#[test]
fn an_ambiguous_name_is_the_place_near_the_others() {
    expect(
        "Police in Dallas said a man from Paris was arrested.",
        &[("Dallas", "geonames:4684888", false), ("Paris", "geonames:4717560", false)],
    );
    expect("A man from Paris was arrested.", &[("Paris", "geonames:2988507", false)]);
}

/// A place inside a longer name is found, marked inside (the caller nests it in the actor).
#[test]
fn a_place_inside_a_longer_name_is_marked_inside() {
    let g = Gazetteer::parse(GAZETTEER).expect("the test gazetteer");
    for (text, name) in [("The Moscow Times reported it.", "Moscow"), ("The Bank of Russia said so.", "Russia")] {
        let lower = crate::suggest::tokens::lower_case(text);
        let t = tokens(text, &lower);
        let found = find_places(text, &t, &g, &|_| true);
        let inside: Vec<&str> =
            found.iter().filter(|m| m.inside).map(|m| &text[t[m.tokens.0].start()..t[m.tokens.1 - 1].end()]).collect();
        assert_eq!(inside, [name], "{text}");
    }
}

mod towns;
mod unknown;
