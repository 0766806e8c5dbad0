//! Versions in files and storage, adding an annotator's work, curating a document.

use spanwright_core::format_v1;
use spanwright_core::project_store::{doc_from_records, doc_record};
use spanwright_core::team::{conflicts, curation, Curation, VersionPick};
use spanwright_core::Workspace;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/team");

fn file(name: &str) -> format_v1::File {
    format_v1::import(&std::fs::read_to_string(format!("{DIR}/{name}.json")).unwrap()).unwrap()
}

fn team_of_three() -> Workspace {
    let mut ws = Workspace::from_file(file("ann-1")).unwrap();
    for a in ["ann-2", "ann-3"] {
        let f = file(a);
        let m = ws.add_versions(f.documents, &f.labels, a, "me").unwrap();
        assert_eq!((m.by_id, m.by_text, m.skipped.len()), (50, 0, 0));
    }
    ws
}

#[test]
fn the_files_annotator_owns_the_spans_and_others_become_versions() {
    let ws = team_of_three();
    let d = &ws.docs()[0];
    assert_eq!(d.team.annotator.as_deref(), Some("ann-1"));
    let names: Vec<_> = d.team.versions.iter().map(|v| v.annotator.as_str()).collect();
    assert_eq!(names, ["ann-2", "ann-3"]);
    assert_eq!(curation(d, "me"), Curation::NotStarted);
}

#[test]
fn versions_survive_an_export_and_an_import_and_old_readers_see_the_own_spans() {
    let ws = team_of_three();
    let json = format_v1::export(&ws);
    let back = format_v1::import(&json).unwrap();
    assert_eq!(back.documents, ws.docs());
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let d0 = &v["documents"][0];
    assert_eq!(d0["annotator"], "ann-1");
    assert_eq!(d0["versions"][1]["annotator"], "ann-3");
    assert_eq!(d0["spans"].as_array().unwrap().len(), ws.docs()[0].spans.len());
    // Gold only: no versions.
    let own = format_v1::export_file(&ws.file_with(&VersionPick::Own));
    assert!(!own.contains("\"versions\""));
    let picked = ws.file_with(&VersionPick::Annotator("ann-3".into()));
    assert_eq!(picked.documents[0].spans, ws.docs()[0].team.versions[1].spans);
}

#[test]
fn storage_records_keep_versions_and_curation() {
    let mut ws = team_of_three();
    ws.start_curation(false, "me").unwrap();
    let d = ws.doc();
    let back = doc_from_records(d.text.as_str(), &doc_record(d)).unwrap();
    assert_eq!(&back, d);
}

#[test]
fn a_file_with_another_text_under_a_projects_id_is_refused_whole() {
    let mut ws = team_of_three();
    let before = ws.clone();
    let mut f = file("ann-2");
    f.documents[7].text = spanwright_core::Text::new("Something else entirely.");
    f.documents[7].spans = Default::default();
    let err = ws.add_versions(f.documents, &f.labels, "ann-4", "me").unwrap_err();
    assert!(err.contains("doc-08") && err.contains("nothing was added"), "{err}");
    assert_eq!(ws, before);
    let f = file("ann-1");
    let err = ws.add_versions(f.documents, &f.labels, "ann-1", "me").unwrap_err();
    assert!(err.contains("own spans"), "{err}");
}

#[test]
fn documents_match_by_text_when_ids_differ() {
    let mut ws = Workspace::from_file(file("ann-1")).unwrap();
    let mut f = file("ann-2");
    for d in &mut f.documents {
        d.id = format!("other-{}", d.id);
    }
    f.documents.truncate(5);
    let m = ws.add_versions(f.documents, &f.labels, "ann-2", "me").unwrap();
    assert_eq!((m.by_id, m.by_text), (0, 5));
    assert_eq!(ws.docs()[4].team.versions[0].annotator, "ann-2");
    assert!(ws.docs()[5].team.versions.is_empty());
}

#[test]
fn curation_merges_what_all_share_settles_conflicts_by_choice_and_undo_takes_one_back() {
    let mut ws = team_of_three();
    ws.open(3);
    let before = ws.doc().clone();
    ws.start_curation(false, "me").unwrap();
    let d = ws.doc();
    assert!(d.team.gold);
    let versions: Vec<_> = d.team.versions.iter().map(|v| &v.spans).collect();
    assert_eq!(d.spans.len(), conflicts::agreed(&versions, false).len());
    let all = conflicts::of(d, "me");
    assert!(all.len() >= 2, "doc-04 has conflicts: {all:?}");
    assert_eq!(curation(d, "me"), Curation::Left(all.len()));

    let first = all[0].clone();
    ws.settle(&first.id, Some(1), "me").unwrap();
    let gold = &ws.doc().spans;
    for s in &first.choices[1] {
        assert!(gold.find_same(s.start, s.end, s.label).is_some(), "ann-2's span is gold");
    }
    // Changing one's mind: x leaves none of the offered spans.
    ws.settle(&first.id, None, "me").unwrap();
    assert!(first.offered().all(|s| ws.doc().spans.find_same(s.start, s.end, s.label).is_none()));
    assert_eq!(curation(ws.doc(), "me"), Curation::Left(all.len() - 1));
    for c in &all[1..] {
        ws.settle(&c.id, Some(0), "me").unwrap();
    }
    assert_eq!(curation(ws.doc(), "me"), Curation::Curated);
    ws.undo();
    assert_eq!(curation(ws.doc(), "me"), Curation::Left(1), "undo takes back one settled conflict");
    while ws.doc().team.gold {
        ws.undo();
    }
    assert_eq!(ws.doc(), &before);
}

#[test]
fn a_bad_version_names_its_place() {
    let json = r#"{"format":"spanwright","version":1,"labels":[{"name":"Place"}],"documents":[
        {"id":"d","text":"In Lagos.","spans":[],"versions":[{"annotator":"b","spans":[
        {"id":"s1","start":3,"end":8,"label":"Place","text":"Lagos"},
        {"id":"s2","start":3,"end":9,"label":"Place","text":"Lagos"}]}]}]}"#;
    let err = format_v1::import(json).unwrap_err().to_string();
    assert!(err.contains("documents[0].versions[0].spans[1].text"), "{err}");
}
