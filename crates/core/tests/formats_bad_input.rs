//! Bad input gets a message that names the file's place, never a panic.

use spanwright_core::formats::{import, Format, NamedFile, MAX_INPUT_BYTES};
use spanwright_core::offsets::OffsetUnit;

fn err(format: Format, name: &str, body: &[u8]) -> String {
    match import(format, &[NamedFile::new(name, body)], None) {
        Ok(_) => panic!("{format:?} accepted {:?}", String::from_utf8_lossy(body)),
        Err(e) => e.to_string(),
    }
}

#[test]
fn each_importer_names_what_is_wrong() {
    let cases: &[(Format, &str, &str)] = &[
        (Format::Doccano, "{\"text\": \"abc\", \"label\": [[0, 9, \"X\"]]}", "line 1: label[0][1]: 9 is past the end"),
        (Format::Doccano, "{\"text\": \"abc\"}\n{\"text\": 5}", "line 2: text: missing, or not a string"),
        (Format::Doccano, "{\"text\": \"abc\", \"label\": [[\"a\", 1, \"X\"]]}", "line 1: label[0][0]: \"a\" is not an offset"),
        (Format::Doccano, "{\"text\": \"abc\", \"label\": [[2, 1, \"X\"]]}", "line 1: label[0]: start 2 is not before end 1"),
        (Format::Doccano, "{\"text\": \"abc\"", "line 1: EOF while parsing"),
        (Format::LabelStudio, "[{\"data\": {\"text\": \"😀x\"}, \"annotations\": [{\"result\": [{\"value\": {\"start\": 1, \"end\": 3, \"labels\": [\"X\"]}}]}]}]",
            "[0].annotations[0].result[0].value.end: 3 is past the end of the text (2 characters) or not on a character boundary (codepoint units)"),
        (Format::LabelStudio, "{\"data\": 3}", "[0].data: missing, or not an object"),
        (Format::Conll, "Ann B-Actor\nmet\n", "line 2: \"met\" is not \"token TAG\""),
        (Format::Conll, "Ann X-Actor\n", "line 1: \"X-Actor\" is not a tag"),
        (Format::Spacy, "[[\"abc\", {\"entities\": [[0, 1]]}]]", "[0][1].entities[0]: [0,1] is not a [start, end, \"label\"] triple"),
        (Format::Spacy, "{\"text\": \"abc\"}", "expected a list of [text"),
        (Format::Displacy, "{\"text\": \"abc\", \"ents\": [{\"start\": 0, \"label\": \"X\"}]}", "ents[0].end: missing"),
        (Format::Spanwright, "{\"format\": \"spanwright\"}", "missing field `version`"),
        (Format::Brat, "T1\tPlace 0 3\tabc", "x.ann: has no x.txt beside it"),
    ];
    for (format, body, want) in cases {
        let name = if *format == Format::Brat { "x.ann" } else { "x" };
        let got = err(*format, name, body.as_bytes());
        assert!(got.contains(want), "{format:?}: wanted {want:?} in {got:?}");
    }
}

#[test]
fn offsets_inside_a_character_are_refused_in_utf8() {
    let body = "{\"text\": \"é!\", \"label\": [[1, 3, \"X\"]], \"offset_unit\": \"utf8\"}";
    let got = err(Format::Doccano, "x.jsonl", body.as_bytes());
    assert!(
        got.contains(
            "label[0][0]: 1 is past the end of the text (2 characters) or not on a character boundary (utf8 units)"
        ),
        "{got}"
    );
}

#[test]
fn binary_garbage_and_huge_input_are_refused() {
    for format in Format::ALL {
        let got = err(format, "garbage.bin", &[0xff, 0xfe, 0x00, 0x9c, 0x12]);
        assert!(
            got.contains("not UTF-8") || got.contains("not a readable zip") || got.contains("no .txt/.ann"),
            "{format:?}: {got}"
        );
    }
    let huge = vec![b' '; MAX_INPUT_BYTES + 1];
    let got = import(Format::Doccano, &[NamedFile::new("huge.jsonl", huge)], Some(OffsetUnit::Codepoint)).unwrap_err();
    assert!(got.to_string().contains("more than the 200 MB"), "{got}");
    let got = err(Format::Brat, "broken.zip", b"PK\x03\x04garbage");
    assert!(got.contains("broken.zip is not a readable zip archive"), "{got}");
}
