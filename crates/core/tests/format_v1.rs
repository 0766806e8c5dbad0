//! Format v1: what an export looks like, that importing it gives it back byte for byte, and
//! that a bad file is refused with a message naming the place.

use spanwright_core::format_v1::{export, export_file, import};
use spanwright_core::{Document, LabelSet, Workspace};

fn sample() -> Workspace {
    let doc = Document::from_pasted("d1", "date 2024-03-23 In 😀 東京, the Russian embassy in Kabul\r\n\tspoke.");
    let mut ws = Workspace::new(doc, LabelSet::default());
    let id = |ws: &Workspace, name: &str| ws.labels.by_name(name).unwrap().id;
    let (actor, place) = (id(&ws, "Actor"), id(&ws, "Place"));
    ws.add_span(5, 7, place).unwrap();
    ws.add_span(9, 37, actor).unwrap();
    ws.add_span(32, 37, place).unwrap();
    ws
}

#[test]
fn export_names_its_unit_and_carries_each_span_text() {
    let json = export(&sample());
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["format"], "spanwright");
    assert_eq!(v["version"], 1);
    assert_eq!(v["offset_unit"], "codepoint");
    assert_eq!(v["labels"][0], serde_json::json!({"name": "Actor", "color": "#E69F00", "hotkey": "a"}));
    let doc = &v["documents"][0];
    assert_eq!(doc["meta"]["date"], "2024-03-23");
    let texts: Vec<_> = doc["spans"].as_array().unwrap().iter().map(|s| s["text"].as_str().unwrap()).collect();
    assert_eq!(texts, ["東京", "the Russian embassy in Kabul", "Kabul"]);
    assert_eq!(doc["spans"][0]["start"], 5);
}

#[test]
fn import_then_export_is_identical_and_keeps_unknown_fields() {
    let mut v: serde_json::Value = serde_json::from_str(&export(&sample())).unwrap();
    v["tool_note"] = "kept".into();
    v["labels"][1]["description"] = "when".into();
    v["documents"][0]["source"] = "wire".into();
    v["documents"][0]["meta"]["author"] = "A. Writer".into();
    v["documents"][0]["spans"][1]["confidence"] = 0.5.into();
    let original = serde_json::to_string_pretty(&v).unwrap() + "\n";
    let file = import(&original).unwrap();
    assert_eq!(export_file(&file), original);
}

#[test]
fn reads_utf16_and_utf8_offsets() {
    let text = "😀 Moscow";
    for (unit, start, end) in [("utf16", 3, 9), ("utf8", 5, 11), ("codepoint", 2, 8)] {
        let json = format!(
            r##"{{"format":"spanwright","version":1,"offset_unit":"{unit}","labels":[{{"name":"Place","color":"#009E73"}}],
            "documents":[{{"id":"x","text":"{text}","spans":[{{"id":"s1","start":{start},"end":{end},"label":"Place","text":"Moscow"}}]}}]}}"##
        );
        let file = import(&json).unwrap_or_else(|e| panic!("{unit}: {e}"));
        let span = file.documents[0].spans.iter().next().unwrap();
        assert_eq!((span.start, span.end), (2, 8), "{unit}");
    }
}

#[test]
fn bad_files_name_what_is_wrong() {
    let good = export(&sample());
    let cases: Vec<(String, &str)> = vec![
        (good.replacen("\"version\": 1", "\"version\": 7", 1), "version: 7 is not a version"),
        (good.replacen("\"end\": 7", "\"end\": 99", 1), "documents[0].spans[0].end: 99 is past the end"),
        (
            good.replacen("\"label\": \"Place\"", "\"label\": \"Thing\"", 1),
            "documents[0].spans[0].label: \"Thing\" is not among",
        ),
        (
            good.replacen("\"text\": \"東京\"", "\"text\": \"Tokyo\"", 1),
            "documents[0].spans[0].text: \"Tokyo\" does not match",
        ),
        (good.replacen("\"start\": 5", "\"start\": -1", 1), "documents[0].spans[0].start: invalid value"),
        (good.replacen("\"date\": \"2024-03-23\"", "\"date\": \"March\"", 1), "documents[0].meta.date"),
        (good.replacen("\"id\": \"s2\"", "\"id\": \"s1\"", 1), "is used by another span"),
        (good.replacen("\"format\"", "\"formats\"", 1), "missing field `format`"),
        (good[..good.len() / 2].to_string(), "line "),
        ("\u{0}\u{1}garbage".to_string(), "line 1, column 1"),
    ];
    for (json, want) in cases {
        let err = import(&json).expect_err(want).to_string();
        assert!(err.contains(want), "wanted {want:?} in {err:?}");
    }
}

#[test]
fn labels_may_be_just_a_name() {
    // As a pipeline writes them: colors and keys come from the palette, as an import gives them.
    let json = r##"{"format":"spanwright","version":1,"labels":[{"name":"Actor"},{"name":"Event"},
        {"name":"Place","color":"#123456"}],"documents":[{"id":"x","text":"Kabul","spans":[
        {"id":"s1","start":0,"end":5,"label":"Event"}]}]}"##;
    let file = import(json).unwrap();
    let look: Vec<_> = file.labels.iter().map(|l| (l.name.as_str(), l.color.as_str(), l.hotkey)).collect();
    assert_eq!(
        look,
        [("Actor", "#E69F00", Some('a')), ("Event", "#56B4E9", Some('e')), ("Place", "#123456", None)],
        "a label with a color and no hotkey was written without one"
    );
    let exported: serde_json::Value = serde_json::from_str(&export_file(&file)).unwrap();
    assert_eq!(exported["labels"][1], serde_json::json!({"name": "Event", "color": "#56B4E9", "hotkey": "e"}));
}
