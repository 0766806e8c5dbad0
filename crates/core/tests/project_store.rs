//! A project as the browser stores it: statuses, the changes a save must write, records that
//! rebuild the project, and a backup that restores it exactly.

use spanwright_core::format_v1::export;
use spanwright_core::project_store::{assemble, backup, doc_from_records, doc_record, restore, ProjectRecord};
use spanwright_core::{DocStatus, Document, LabelSet, Workspace};

fn three_docs() -> Workspace {
    let docs = vec![
        Document::new("a", "Ann went to Kyiv 🇺🇦 on Friday."),
        Document::new("b", "Troops left Gaza."),
        Document::new("b", "A repeated id."),
    ];
    Workspace::with_documents(docs, LabelSet::default())
}

#[test]
fn repeated_ids_are_made_unique() {
    let ws = three_docs();
    let ids: Vec<_> = ws.docs().iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "b-2"]);
}

#[test]
fn an_edit_makes_a_new_document_in_progress_and_undo_makes_it_new_again() {
    let mut ws = three_docs();
    let place = ws.labels.by_name("Place").unwrap().id;
    assert_eq!(ws.doc().status, DocStatus::New);
    ws.add_span(12, 16, place).unwrap();
    assert_eq!(ws.doc().status, DocStatus::InProgress);
    ws.set_status(0, DocStatus::Done).unwrap();
    assert_eq!(ws.doc().status, DocStatus::Done);
    ws.remove_span(&ws.doc().spans.iter().next().unwrap().id.clone()).unwrap();
    assert_eq!(ws.doc().status, DocStatus::Done, "editing a done document leaves it done");
    ws.undo();
    ws.undo();
    assert_eq!(ws.doc().status, DocStatus::InProgress);
    ws.undo();
    assert_eq!((ws.doc().status, ws.doc().spans.len()), (DocStatus::New, 0));
}

#[test]
fn changes_name_only_what_changed() {
    let mut ws = three_docs();
    assert!(ws.take_changes().is_empty());
    let place = ws.labels.by_name("Place").unwrap().id;
    ws.open(1);
    ws.add_span(12, 16, place).unwrap();
    let c = ws.take_changes();
    assert_eq!(c.docs.iter().collect::<Vec<_>>(), ["b"]);
    assert!(!c.project);
    assert!(ws.take_changes().is_empty(), "taken changes are gone");
    ws.set_status(2, DocStatus::Done).unwrap();
    ws.add_label("Event", "#000000", None).unwrap();
    let c = ws.take_changes();
    assert_eq!(c.docs.iter().collect::<Vec<_>>(), ["b-2"]);
    assert!(c.project, "a new label changes the project record");
    ws.undo();
    ws.undo();
    let c = ws.take_changes();
    assert_eq!(c.docs.iter().collect::<Vec<_>>(), ["b-2"], "undo is a change to save too");
    assert!(c.project);
}

#[test]
fn records_rebuild_the_project_in_its_order() {
    let mut ws = three_docs();
    let place = ws.labels.by_name("Place").unwrap().id;
    ws.add_span(12, 16, place).unwrap();
    ws.set_date(Some("2024-03-22".into())).unwrap();
    ws.set_status(1, DocStatus::Done).unwrap();
    let record = ProjectRecord::of("p1", "News", &ws);
    assert_eq!(record.done, 1);
    let json = serde_json::to_string(&record).unwrap();
    let record: ProjectRecord = serde_json::from_str(&json).unwrap();
    // Stored records come back in key order, not the project's.
    let mut docs: Vec<Document> =
        ws.docs().iter().map(|d| doc_from_records(d.text.as_str(), &doc_record(d)).unwrap()).collect();
    docs.reverse();
    let (rebuilt, problems) = assemble(&record, docs).unwrap();
    assert!(problems.is_empty());
    assert_eq!(export(&rebuilt), export(&ws));
    assert_eq!(rebuilt.docs()[1].status, DocStatus::Done);
}

#[test]
fn a_missing_document_is_reported_and_a_record_that_does_not_fit_its_text_is_refused() {
    let ws = three_docs();
    let record = ProjectRecord::of("p1", "News", &ws);
    let docs = vec![ws.docs()[0].clone(), ws.docs()[2].clone()];
    let (rebuilt, problems) = assemble(&record, docs).unwrap();
    assert_eq!(rebuilt.docs().len(), 2);
    assert_eq!(problems, ["document \"b\" is missing from storage"]);

    let mut ws = three_docs();
    let place = ws.labels.by_name("Place").unwrap().id;
    ws.add_span(12, 16, place).unwrap();
    let err = doc_from_records("Ann", &doc_record(ws.doc())).unwrap_err();
    assert!(err.contains("does not fit its text"), "{err}");
}

#[test]
fn a_backup_restores_the_project_exactly() {
    let mut ws = three_docs();
    let place = ws.labels.by_name("Place").unwrap().id;
    ws.add_span(12, 16, place).unwrap();
    ws.set_status(2, DocStatus::Done).unwrap();
    let file = backup("Ukraine news", &ws);
    assert!(file.contains("\"status\": \"done\""), "{file}");
    let (name, restored) = restore(&file).unwrap();
    assert_eq!(name.as_deref(), Some("Ukraine news"));
    assert_eq!(export(&restored), export(&ws));
    assert_eq!(backup("Ukraine news", &restored), file);

    let bad = file.replace("\"status\": \"done\"", "\"status\": \"finished\"");
    let err = restore(&bad).unwrap_err().to_string();
    assert!(err.contains("documents[2].status"), "{err}");
}
