//! The `spanwright suggest` binary over JSON Lines, as a dataset pipeline runs it.

mod common;

use common::spanwright;

#[test]
fn each_line_becomes_a_v1_document_with_values_in_code_points() {
    let input = concat!(
        r#"{"id": "a", "text": "🙂 On Friday, Russia’s Federal Security Service (FSB) raided a flat in Kaluga.", "meta": {"date": "2024-03-23"}}"#,
        "\n",
        r#"{"text": "Talks resumed in Paris yesterday.", "dct": "2024-01-10"}"#,
        "\n"
    );
    let (code, out, err) = spanwright(&["suggest", "-"], Some(input));
    assert_eq!(code, 0, "{err}");
    let docs: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(docs.len(), 2);
    let spans = |d: &serde_json::Value| -> Vec<(String, String, serde_json::Value)> {
        d["spans"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                let text: String = d["text"]
                    .as_str()
                    .unwrap()
                    .chars()
                    .skip(s["start"].as_u64().unwrap() as usize)
                    .take((s["end"].as_u64().unwrap() - s["start"].as_u64().unwrap()) as usize)
                    .collect();
                assert_eq!(text, s["text"], "offsets are code points");
                (s["label"].as_str().unwrap().into(), text, s["attrs"].clone())
            })
            .collect()
    };
    let a = spans(&docs[0]);
    assert_eq!(a[0], ("Date".into(), "Friday".into(), serde_json::json!({"value": "2024-03-22"})));
    assert_eq!((a[1].0.as_str(), a[1].1.as_str(), &a[1].2["canonical"]), ("Actor", "Russia", &"Russia".into()));
    assert_eq!(a[2].1, "Federal Security Service");
    assert_eq!(a[3].1, "FSB");
    assert_eq!(a[3].2["entity"], a[2].2["entity"], "an acronym in parentheses is the same actor");
    assert_eq!((a[4].0.as_str(), a[4].1.as_str()), ("Place", "Kaluga"));
    assert_eq!(a[4].2["country"], "RU");
    assert!(a[4].2["lat"].as_f64().unwrap() > 54.0);
    assert_eq!(docs[0]["entities"][1]["canonical"], "Federal Security Service");
    assert_eq!(docs[0]["entities"][1]["mentions"], 2);
    assert_eq!(docs[1]["id"], "doc-2");
    assert_eq!(docs[1]["meta"]["date"], "2024-01-10");
    let b = spans(&docs[1]);
    assert_eq!(b[0].2["id"], "geonames:2988507");
    assert_eq!(b[1].2["value"], "2024-01-09");
}

#[test]
fn a_bad_line_is_named_and_nothing_is_written() {
    let (code, out, err) = spanwright(&["suggest", "-"], Some("{\"text\": \"fine\"}\n{\"txt\": 1}\n"));
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.contains(":2: no \"text\" string"), "{err}");
}

#[test]
fn a_bad_date_costs_its_document_the_date_not_the_run() {
    let input = concat!(
        r#"{"text": "He left on Friday.", "meta": {"date": "7:58 AM ET"}}"#,
        "\n",
        r#"{"text": "She came on Friday.", "meta": {"date": "2024-03-23"}}"#,
        "\n"
    );
    let (code, out, err) = spanwright(&["suggest", "-"], Some(input));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("stdin:1: the date \"7:58 AM ET\" is not YYYY-MM-DD; suggested without a date"), "{err}");
    assert!(err.contains("1 document suggested without a date"), "{err}");
    let docs: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(docs.len(), 2, "the run went on");
    assert!(docs[0]["meta"].get("date").is_none());
    assert!(docs[0]["spans"].as_array().unwrap().iter().all(|s| s["label"] != "Date" || s.get("attrs").is_none()));
    assert_eq!(docs[1]["spans"][0]["attrs"]["value"], "2024-03-22");

    let (code, out, err) = spanwright(&["suggest", "--strict", "-"], Some(input));
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.contains("stdin:1: the date \"7:58 AM ET\" is not YYYY-MM-DD"), "{err}");
}

#[test]
fn a_place_inside_an_organization_is_nested_unless_switched_off() {
    let input = r#"{"text": "Deputies of the Laurel County Sheriff's Office searched the woods near London, Ky."}"#;
    let labelled = |args: &[&str]| -> Vec<(String, String)> {
        let (code, out, err) = spanwright(args, Some(input));
        assert_eq!(code, 0, "{err}");
        let doc: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
        doc["spans"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| (s["label"].as_str().unwrap().to_string(), s["text"].as_str().unwrap().to_string()))
            .collect()
    };
    let nested = labelled(&["suggest", "-"]);
    assert!(nested.contains(&("Actor".into(), "Laurel County Sheriff's Office".into())), "{nested:?}");
    assert!(nested.contains(&("Place".into(), "Laurel County".into())), "{nested:?}");
    let flat = labelled(&["suggest", "--no-nested-places", "-"]);
    assert!(flat.contains(&("Actor".into(), "Laurel County Sheriff's Office".into())), "{flat:?}");
    assert!(!flat.iter().any(|(_, text)| text == "Laurel County"), "{flat:?}");
}
