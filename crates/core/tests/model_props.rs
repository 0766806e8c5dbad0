//! Random sequences of edits keep the model valid, undo/redo walk the history exactly, and
//! export→import is the identity.

use proptest::prelude::*;
use spanwright_core::format_v1::{export, export_file, import};
use spanwright_core::{Document, LabelSet, Workspace};

#[derive(Debug, Clone)]
enum Op {
    Add(usize, usize, usize),
    Relabel(usize, usize),
    Delete(usize),
    Undo,
    Redo,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0..40usize, 1..12usize, 0..3usize).prop_map(|(s, l, lab)| Op::Add(s, s + l, lab)),
        1 => (0..50usize, 0..3usize).prop_map(|(i, lab)| Op::Relabel(i, lab)),
        1 => (0..50usize).prop_map(Op::Delete),
        1 => Just(Op::Undo),
        1 => Just(Op::Redo),
    ]
}

const TEXT: &str = "Ann 😀 met 東京 officials in Kraków\r\n\tcafe\u{301} ب موسكو, on Friday.";

fn assert_valid(ws: &Workspace) {
    let len = ws.doc().text.len();
    let mut prev: Option<(usize, std::cmp::Reverse<usize>)> = None;
    for s in ws.doc().spans.iter() {
        assert!(s.start < s.end && s.end <= len, "span {s:?} out of range");
        assert!(ws.labels.get(s.label).is_some(), "span with a missing label");
        let key = (s.start, std::cmp::Reverse(s.end));
        assert!(prev.is_none_or(|p| p <= key), "spans out of reading order");
        prev = Some(key);
    }
}

proptest! {
    #[test]
    fn edits_keep_the_model_valid_and_undo_is_exact(ops in prop::collection::vec(op(), 1..60)) {
        let mut ws = Workspace::new(Document::from_pasted("d", TEXT), LabelSet::default());
        let labels: Vec<_> = ws.labels.iter().map(|l| l.id).collect();
        let mut states = vec![ws.doc().clone()];
        let mut pos = 0;
        for op in ops {
            let ids: Vec<_> = ws.doc().spans.iter().map(|s| s.id.clone()).collect();
            match op {
                Op::Add(s, e, l) => { let _ = ws.add_span(s, e.min(ws.doc().text.len()), labels[l]); }
                Op::Relabel(i, l) if !ids.is_empty() => ws.relabel(&ids[i % ids.len()], labels[l]).unwrap(),
                Op::Delete(i) if !ids.is_empty() => ws.remove_span(&ids[i % ids.len()]).unwrap(),
                Op::Undo
                    if ws.undo() => { pos -= 1; prop_assert_eq!(ws.doc(), &states[pos]); }
                Op::Redo
                    if ws.redo() => { pos += 1; prop_assert_eq!(ws.doc(), &states[pos]); }
                _ => {}
            }
            if *ws.doc() != states[pos] {
                states.truncate(pos + 1);
                states.push(ws.doc().clone());
                pos += 1;
                prop_assert!(ws.can_undo() && !ws.can_redo(), "a new edit clears redo");
            }
            assert_valid(&ws);
            prop_assert_eq!(ws.doc(), &states[pos]);
        }
        let json = export(&ws);
        let file = import(&json).unwrap();
        prop_assert_eq!(export_file(&file), json);
        for s in file.documents[0].spans.iter() {
            let orig = ws.doc().spans.get(&s.id).unwrap();
            prop_assert_eq!((s.start, s.end), (orig.start, orig.end));
        }
    }
}
