//! A workspace of several documents: adding documents maps labels by name, and undo walks back
//! through changes in any document, opening the one it changed.

use spanwright_core::{Document, LabelSet, Span, SpanId, Workspace};

#[test]
fn added_documents_keep_their_labels_by_name_and_undo_as_one_step() {
    let mut ws = Workspace::new(Document::new("a", "Ann went to Kyiv."), LabelSet::default());
    let place = ws.labels.by_name("Place").unwrap().id;
    ws.add_span(12, 16, place).unwrap();

    let mut theirs = LabelSet::empty();
    let their_place = theirs.new_label("Place", "#000000", None).unwrap();
    let their_org = theirs.new_label("ORG", "#E69F00", Some('a')).unwrap();
    let (pid, oid) = (their_place.id, their_org.id);
    theirs.put_new(their_place);
    theirs.put_new(their_org);
    let mut doc = Document::new("a", "UN staff left Gaza.");
    doc.spans.insert(Span::new(SpanId::new("s1"), 0, 2, oid));
    doc.spans.insert(Span::new(SpanId::new("s2"), 14, 18, pid));

    ws.add_documents(vec![doc], &theirs).unwrap();
    assert_eq!(ws.docs().len(), 2);
    assert_eq!(ws.current(), 1, "the added document is opened");
    assert_eq!(ws.doc().id, "a-2", "a clashing id is made unique");
    let org = ws.labels.by_name("ORG").expect("a new label was added");
    assert_eq!(org.hotkey, None, "its hotkey clashed with Actor's");
    assert_ne!(org.color, "#E69F00", "its color clashed with Actor's");
    let labels: Vec<_> = ws.doc().spans.iter().map(|s| ws.labels.get(s.label).unwrap().name.clone()).collect();
    assert_eq!(labels, ["ORG", "Place"]);
    assert_eq!(ws.label_use(place), 2, "Place counts across documents");

    ws.open(0);
    assert!(ws.undo());
    assert_eq!(ws.docs().len(), 1);
    assert!(ws.labels.by_name("ORG").is_none());
    assert!(ws.redo());
    assert_eq!((ws.docs().len(), ws.current()), (2, 1), "redo opens the document it changed");
}

/// Two documents, each with one Actor span (the second added last); the first is open.
fn two_documents() -> (Workspace, spanwright_core::LabelId) {
    let mut ws = Workspace::with_documents(
        vec![Document::new("a", "One two."), Document::new("b", "Three four.")],
        LabelSet::default(),
    );
    let actor = ws.labels.by_name("Actor").unwrap().id;
    ws.add_span(0, 3, actor).unwrap();
    ws.open(1);
    ws.add_span(0, 5, actor).unwrap();
    ws.open(0);
    (ws, actor)
}

#[test]
fn undo_opens_the_document_a_change_was_made_in() {
    let (mut ws, _) = two_documents();
    assert!(ws.undo());
    assert_eq!(ws.current(), 1);
    assert!(ws.doc().spans.is_empty());
    assert!(ws.undo());
    assert_eq!(ws.current(), 0);
    assert!(ws.doc().spans.is_empty());
}

#[test]
fn deleting_a_label_removes_its_spans_in_every_document() {
    let (mut ws, actor) = two_documents();
    ws.remove_label(actor).unwrap();
    assert!(ws.docs().iter().all(|d| d.spans.is_empty()));
    assert!(ws.undo());
    assert_eq!(ws.label_use(actor), 2);
}
