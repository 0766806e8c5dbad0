//! Files written by hand from each format's documentation: what each importer reads from them.

use spanwright_core::formats::detect::detect;
use spanwright_core::formats::{export, import, Format, Imported, NamedFile};
use spanwright_core::offsets::OffsetUnit;

fn golden(name: &str) -> NamedFile {
    let path = format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"));
    NamedFile::new(name, std::fs::read(&path).unwrap())
}

/// (label, text) of each span, per document, in reading order.
fn labelled(imp: &Imported) -> Vec<Vec<(String, String)>> {
    let c = &imp.corpus;
    c.documents
        .iter()
        .map(|d| {
            d.spans
                .iter()
                .map(|s| (c.labels.get(s.label).unwrap().name.clone(), d.text.slice(s.start, s.end).to_string()))
                .collect()
        })
        .collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

fn read(format: Format, files: &[NamedFile]) -> Imported {
    assert_eq!(detect(files), Some(format), "detected");
    import(format, files, None).unwrap_or_else(|e| panic!("{format:?}: {e}"))
}

#[test]
fn doccano_both_variants_with_ids_and_meta() {
    let imp = read(Format::Doccano, &[golden("doccano.jsonl")]);
    assert_eq!(labelled(&imp), [pairs(&[("Place", "Moscow"), ("Date", "Friday")]), pairs(&[("Actor", "FSB")])]);
    let d = &imp.corpus.documents;
    assert_eq!((d[0].id.as_str(), d[0].date.as_deref()), ("1", Some("2024-03-22")));
    assert_eq!(d[0].extra.get("source").and_then(|v| v.as_str()), Some("wire"));
    let again = export(Format::Doccano, &imp.corpus, None, "x");
    let first: serde_json::Value =
        serde_json::from_slice(again.files[0].bytes.split(|b| *b == b'\n').next().unwrap()).unwrap();
    assert_eq!(first["id"], 1, "a numeric id stays a number");
    assert_eq!(first["source"], "wire");
    assert_eq!(first["label"], serde_json::json!([[18, 24, "Place"], [30, 36, "Date"]]));

    // Through Spanwright JSON and back (the app's path): the numeric id survives.
    let v1 = export(Format::Spanwright, &imp.corpus, None, "x");
    let back = import(Format::Spanwright, &v1.files, None).unwrap();
    let again = export(Format::Doccano, &back.corpus, None, "x");
    let first: serde_json::Value =
        serde_json::from_slice(again.files[0].bytes.split(|b| *b == b'\n').next().unwrap()).unwrap();
    assert_eq!((first["id"].clone(), first.get("source_id")), (serde_json::json!(1), None));
}

#[test]
fn label_studio_as_its_editor_writes_it_counts_code_points() {
    // Label Studio's own emoji test: "test" in "🐱 Warning: This is a test text" is 21–25.
    let imp = read(Format::LabelStudio, &[golden("label_studio_editor.json")]);
    assert_eq!(labelled(&imp), [pairs(&[("Actor", "test"), ("Place", "Montréal"), ("Place", "東京都")])]);
    assert!(imp.warnings.is_empty(), "{:?}", imp.warnings);
    let again = export(Format::LabelStudio, &imp.corpus, None, "x");
    let tasks: serde_json::Value = serde_json::from_slice(&again.files[0].bytes).unwrap();
    let value = &tasks[0]["annotations"][0]["result"][1]["value"];
    assert_eq!((value["start"].as_u64(), value["end"].as_u64()), (Some(36), Some(44)), "written as read");
    assert_eq!(tasks[0]["meta"]["offset_unit"], "codepoint");
    assert!(again.warnings.is_empty(), "{:?}", again.warnings);
}

#[test]
fn label_studio_texts_that_fit_neither_unit_are_read_with_a_warning() {
    let body = r#"[{"data": {"text": "😀 ab cd"}, "annotations": [{"result": [
        {"value": {"start": 2, "end": 4, "text": "ab", "labels": ["X"]}},
        {"value": {"start": 3, "end": 5, "text": "cd", "labels": ["X"]}}]}]}]"#;
    let imp = import(Format::LabelStudio, &[NamedFile::new("x.json", body)], None).unwrap();
    assert!(
        imp.warnings[0].starts_with("1 of 2 results' texts are not the text at their offsets"),
        "{:?}",
        imp.warnings
    );
    assert_eq!(labelled(&imp), [pairs(&[("X", "ab"), ("X", "b ")])], "read at the offsets, in code points");
    let err = import(Format::LabelStudio, &[NamedFile::new("x.json", body)], Some(OffsetUnit::Codepoint)).unwrap_err();
    assert!(err.to_string().contains("its text \"cd\" does not match"), "a unit given is held to: {err}");
}

#[test]
fn label_studio_utf16_offsets_and_predictions() {
    let imp = read(Format::LabelStudio, &[golden("label_studio.json")]);
    assert!(imp.warnings.iter().any(|w| w.starts_with("offsets read as UTF-16 units")), "{:?}", imp.warnings);
    assert_eq!(labelled(&imp), [pairs(&[("Actor", "Terrorists"), ("Place", "Moscow"), ("Date", "Friday")])]);
    let friday = imp.corpus.documents[0].spans.iter().find(|s| s.start == 30).expect("Friday at code point 30");
    assert_eq!(friday.end, 36);
    let predicted = imp.corpus.documents[0].spans.iter().find(|s| s.start == 0).unwrap();
    assert_eq!(predicted.extra["status"], "suggested");
    assert!(imp.warnings.iter().any(|w| w.contains("1 predicted spans")), "{:?}", imp.warnings);
}

#[test]
fn brat_pair_with_discontinuous_span_note_and_relation() {
    let imp = read(Format::Brat, &[golden("brat/moscow.txt"), golden("brat/moscow.ann")]);
    assert_eq!(labelled(&imp), [pairs(&[("Place", "Moscow"), ("Date", "Friday"), ("Actor", "The FSB said")])]);
    let moscow = imp.corpus.documents[0].spans.iter().next().unwrap();
    assert_eq!((moscow.id.as_str(), moscow.extra["note"].as_str()), ("T1", Some("capital")));
    assert!(imp.warnings.iter().any(|w| w.contains("discontinuous span T3")), "{:?}", imp.warnings);
    assert!(imp.warnings.iter().any(|w| w.contains("1 relations")), "{:?}", imp.warnings);
    let ann = &export(Format::Brat, &imp.corpus, None, "x");
    let files = spanwright_core::formats::zip_files::read_zip("x.zip", &ann.files[0].bytes).unwrap();
    let ann = files.iter().find(|f| f.name == "moscow.ann").unwrap();
    assert_eq!(
        String::from_utf8(ann.bytes.clone()).unwrap(),
        "T1\tPlace 18 24\tMoscow\n#1\tAnnotatorNotes T1\tcapital\nT2\tDate 30 36\tFriday\nT3\tActor 38 50\tThe FSB said\n"
    );
}

#[test]
fn brat_text_with_crlf_is_read_as_brat_reads_it() {
    // As brat writes a .ann for a CRLF text: each line end counts once.
    let txt = NamedFile::new("a.txt", "In Paris.\r\nThen Rome.\r\n");
    let ann = NamedFile::new("a.ann", "T1\tPlace 3 8\tParis\nT2\tPlace 15 19\tRome\n");
    let imp = read(Format::Brat, &[txt, ann]);
    assert_eq!(labelled(&imp), [pairs(&[("Place", "Paris"), ("Place", "Rome")])]);
    assert_eq!(imp.corpus.documents[0].text.as_str(), "In Paris.\nThen Rome.\n");
    assert!(imp.warnings.iter().any(|w| w.starts_with("1 text had CRLF line ends")), "{:?}", imp.warnings);
}

#[test]
fn brat_in_a_zip_and_a_missing_txt() {
    let files = [golden("brat/moscow.txt"), golden("brat/moscow.ann")];
    let zip = spanwright_core::formats::zip_files::write_zip(&files);
    let imp = read(Format::Brat, &[NamedFile::new("corpus.zip", zip)]);
    assert_eq!(imp.span_count(), 3);
    let err = import(Format::Brat, &[golden("brat/moscow.ann")], None).unwrap_err();
    assert_eq!(err.to_string(), "brat/moscow.ann: has no brat/moscow.txt beside it");
}

#[test]
fn conll_2003_four_columns() {
    let imp = read(Format::Conll, &[golden("conll2003.txt")]);
    assert_eq!(
        labelled(&imp),
        [pairs(&[("ORG", "EU"), ("MISC", "German"), ("MISC", "British"), ("PER", "Peter Blackburn")])]
    );
    assert_eq!(
        imp.corpus.documents[0].text.as_str(),
        "EU rejects German call to boycott British lamb .\nPeter Blackburn"
    );
}

#[test]
fn spacy_training_tuples_and_displacy() {
    let imp = read(Format::Spacy, &[golden("spacy.json")]);
    assert_eq!(labelled(&imp), [pairs(&[("ORG", "Uber")])]);
    let imp = read(Format::Displacy, &[golden("displacy.json")]);
    assert_eq!(labelled(&imp), [pairs(&[("ORG", "Google")])]);
}
