//! The `spanwright convert` binary, as a pipeline runs it.

mod common;

use common::spanwright;

fn golden(name: &str) -> String {
    format!("{}/../core/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn converts_label_studio_utf16_to_doccano_code_points() {
    let (code, out, err) = spanwright(&["convert", &golden("label_studio.json"), "--to", "doccano"], None);
    assert_eq!(code, 0, "{err}");
    let line: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(line["label"], serde_json::json!([[0, 10, "Actor"], [18, 24, "Place"], [30, 36, "Date"]]));
    assert!(err.contains("1 document, 3 spans: label-studio → doccano"), "{err}");
    assert!(err.contains("warning: task 0: 1 predicted spans"), "{err}");
}

#[test]
fn reads_standard_input_and_writes_utf16_when_asked() {
    let input = std::fs::read_to_string(golden("doccano.jsonl")).unwrap();
    let (code, out, err) =
        spanwright(&["convert", "-", "--from", "doccano", "--to", "displacy", "--unit", "utf16"], Some(&input));
    assert_eq!(code, 0, "{err}");
    let docs: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(docs[0]["ents"][1], serde_json::json!({"start": 31, "end": 37, "label": "Date"}));
    assert_eq!(docs[0]["offset_unit"], "utf16");
}

#[test]
fn brat_folder_in_and_out() {
    let dir = std::env::temp_dir().join(format!("spanwright-cli-{}", std::process::id()));
    let out_dir = dir.join("out");
    let (code, _, err) =
        spanwright(&["convert", &golden("brat"), "--to", "brat", "-o", out_dir.to_str().unwrap()], None);
    assert_eq!(code, 0, "{err}");
    let ann = std::fs::read_to_string(out_dir.join("moscow.ann")).unwrap();
    assert!(ann.starts_with("T1\tPlace 18 24\tMoscow\n"), "{ann}");
    let zip = dir.join("corpus.zip");
    let (code, _, err) =
        spanwright(&["convert", out_dir.to_str().unwrap(), "--to", "brat", "-o", zip.to_str().unwrap()], None);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = spanwright(&["convert", zip.to_str().unwrap(), "--to", "conll"], None);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("-DOCSTART- -X- O O\n\nTerrorists O\nstruck O\nMoscow B-Place\n"), "{out}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn conll_in_bilou_when_asked() {
    let (code, out, err) =
        spanwright(&["convert", &golden("conll2003.txt"), "--to", "conll", "--scheme", "bilou"], None);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("EU U-ORG\n") && out.contains("Peter B-PER\nBlackburn L-PER\n"), "{out}");
}

#[test]
fn bad_input_names_file_line_and_field_and_fails() {
    let (code, out, err) = spanwright(
        &["convert", "-", "--from", "doccano", "--to", "spacy"],
        Some("{\"text\": \"ab\"}\n{\"text\": \"ab\", \"label\": [[0, 5, \"X\"]]}\n"),
    );
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert_eq!(err.trim(), "spanwright: stdin: line 2: label[0][1]: 5 is past the end of the text (2 characters) or not on a character boundary (codepoint units)");
    let (code, _, err) = spanwright(&["convert", "-", "--to", "spacy"], Some("just words"));
    assert_eq!(code, 1);
    assert!(err.contains("cannot tell its format; name it with --from"), "{err}");
    let (code, _, err) = spanwright(&["convert", "nowhere.json", "--to", "xml"], None);
    assert_eq!(code, 2, "clap refuses an unknown format");
    assert!(err.contains("unknown format \"xml\""), "{err}");
}
