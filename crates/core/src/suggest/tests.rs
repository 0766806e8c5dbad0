//! What `suggest` gives a whole sentence: actors, places and the places nested in actors.

use super::*;

const GAZETTEER: &str = "\
# test gazetteer
admin1:US.SC\ta\tSouth Carolina\tUS\t34.0\t-81.0\t5000000\tS.C.\tSC
admin1:US.DC\ta\tWashington, D.C.\tUS\t38.9\t-77.0\t700000\tD.C.\tDC
geonames:6252001\tc\tUnited States\tUS\t38.4\t-90.5\t310232863\tU.S.
admin2:US.KY.laurel-county\td\tLaurel County\tUS\t37.1\t-84.1\t60000\t\tKY
";

/// (label, text, nested) of every suggestion, by start and then end.
fn suggested(text: &str) -> Vec<(&'static str, String, bool)> {
    let g = Gazetteer::parse(GAZETTEER).expect("the test gazetteer");
    suggest(text, None, Some(&g))
        .spans
        .iter()
        .map(|s| (s.label.name(), text[s.start..s.end].to_string(), s.nested))
        .collect()
}

fn owned(want: &[(&'static str, &str, bool)]) -> Vec<(&'static str, String, bool)> {
    want.iter().map(|&(l, t, n)| (l, t.to_string(), n)).collect()
}

#[test]
fn a_place_inside_a_body_is_nested_in_its_actor() {
    assert_eq!(
        suggested("The Laurel County Sheriff's Office said so."),
        owned(&[("Place", "Laurel County", true), ("Actor", "Laurel County Sheriff's Office", false)])
    );
}

/// "the S.C. Highway Patrol": the state's full stop ends no name, and the state is nested.
#[test]
fn a_states_short_form_opens_a_bodys_name() {
    assert_eq!(
        suggested("He died. The S.C. Highway Patrol is looking for him."),
        owned(&[("Place", "S.C.", true), ("Actor", "S.C. Highway Patrol", false)])
    );
}

/// "Washington, D.C. The mother": a name with its state can end a sentence.
#[test]
fn a_name_with_its_state_may_end_a_sentence() {
    assert_eq!(
        suggested("She called her mother in Washington, D.C. The mother called police."),
        owned(&[("Place", "Washington, D.C.", false)])
    );
}
