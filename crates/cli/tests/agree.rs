//! `spanwright agree`: the same figures as the reference tools, from any readable format.

mod common;

use common::spanwright;

fn team(name: &str) -> String {
    format!("{}/../core/tests/data/team/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn golden() -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(team("golden.json")).unwrap()).unwrap()
}

fn assert_close(ours: &serde_json::Value, theirs: &serde_json::Value) {
    let (a, b) = (ours.as_f64().unwrap(), theirs.as_f64().unwrap());
    assert!((a - b).abs() < 1e-9, "ours {a}, reference {b}");
}

#[test]
fn json_output_carries_the_golden_figures_from_a_brat_folder_too() {
    // ann-2 as a brat folder, as bratiaa reads it.
    let dir = std::env::temp_dir().join(format!("spanwright-agree-{}", std::process::id()));
    let dir = dir.to_string_lossy().into_owned();
    let (code, _, err) = spanwright(&["convert", &team("ann-2.json"), "--to", "brat", "-o", &dir], None);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = spanwright(&["agree", &team("ann-1.json"), &dir, &team("ann-3.json"), "--json"], None);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(code, 0, "{err}");
    let r: serde_json::Value = serde_json::from_str(&out).unwrap();
    let folder = std::path::Path::new(&dir).file_name().unwrap().to_string_lossy().into_owned();
    assert_eq!(r["annotators"], serde_json::json!(["ann-1", "ann-3", folder]));
    assert_eq!(r["documents"], 50);
    let g = golden();
    assert_close(&r["overall"]["exact"]["f1"], &g["overall_f1"]);
    for row in r["labels"].as_array().unwrap() {
        assert_close(&row["exact"]["f1"], &g["label_f1"][row["label"].as_str().unwrap()]);
    }
    let pair = r["pairs"].as_array().unwrap().iter().find(|p| p["a"] == "ann-1" && p["b"] == "ann-3").unwrap();
    assert_close(&pair["kappa"], &g["pair_kappa"]["ann-1|ann-3"]);
}

#[test]
fn the_table_names_labels_pairs_and_the_worst_documents() {
    let (code, out, err) = spanwright(&["agree", &team("ann-1.json"), &team("ann-2.json"), &team("ann-3.json")], None);
    assert_eq!(code, 0, "{err}");
    let f1 = format!("{:.3}", golden()["overall_f1"].as_f64().unwrap());
    let all = out.lines().find(|l| l.starts_with("All")).unwrap();
    assert!(all.contains(&f1), "{all}");
    assert!(out.contains("ann-1 / ann-2"), "{out}");
    assert!(out.contains("Documents, worst first\ndoc-31"), "{out}");
}

#[test]
fn one_file_or_a_file_of_other_texts_is_refused_with_a_message() {
    let (code, _, err) = spanwright(&["agree", &team("ann-1.json")], None);
    assert_ne!(code, 0);
    assert!(err.contains("required"), "{err}");
    let other = format!("{}/../core/tests/golden/doccano.jsonl", env!("CARGO_MANIFEST_DIR"));
    let (code, _, err) = spanwright(&["agree", &team("ann-1.json"), &other], None);
    assert_eq!(code, 1);
    assert!(err.contains("none of the file's documents is in this project"), "{err}");
}
