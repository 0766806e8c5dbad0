//! A project shared through CouchDB, as two devices and two annotators see it: what each sends,
//! and what arriving records do to each copy.

use std::collections::HashMap;

use serde_json::Value;
use spanwright_core::sync::{self, apply, assign_evenly, outgoing, Applied, Known};
use spanwright_core::{DocStatus, Document, LabelId, Span, SpanId};

const TEXT: &str = "Officials in Kano met Amina Yusuf on Tuesday in Abuja.";

fn doc_with(spans: &[(&str, usize, usize, u32)]) -> Document {
    let mut d = Document::new("d1", TEXT);
    for (id, s, e, l) in spans {
        d.spans.insert(Span::new(SpanId::new(*id), *s, *e, LabelId(*l)));
    }
    d
}

/// A device's view of the server: each record's known state after a push.
#[derive(Default)]
struct Device {
    known: HashMap<String, Known>,
}

impl Device {
    fn send(&mut self, doc: &Document, me: &str, curator: bool) -> Vec<(String, Value)> {
        let out = outgoing(doc, 0, me, curator, |id| self.known.get(id), 1000.0);
        for o in &out {
            let rev = format!("{}-x", self.known.get(&o.id).map_or(1, |k| k.rev.len() + 1));
            self.known
                .insert(o.id.clone(), Known { rev, hash: o.hash, ids: o.ids.clone(), deleted: o.deleted.clone() });
        }
        out.into_iter().map(|o| (o.id, o.body)).collect()
    }
}

fn ids(d: &spanwright_core::SpanSet) -> Vec<&str> {
    d.iter().map(|s| s.id.as_str()).collect()
}

#[test]
fn a_document_sends_its_text_once_and_its_version_when_it_changes() {
    let mut dev = Device::default();
    let mut d = doc_with(&[("s1", 13, 17, 3)]);
    let first = dev.send(&d, "ann-1", false);
    let names: Vec<&str> = first.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(names, ["doc:d1", "version:d1:ann-1"]);
    assert_eq!(first[0].1["text"], TEXT);
    assert_eq!(first[1].1["spans"][0][0], "s1");
    assert!(dev.send(&d, "ann-1", false).is_empty(), "nothing changed, nothing to send");
    d.spans.remove(&SpanId::new("s1"));
    let second = dev.send(&d, "ann-1", false);
    assert_eq!(second.len(), 1);
    assert_eq!(second[0].1["deleted"], serde_json::json!(["s1"]), "a removed span leaves a tombstone");
}

#[test]
fn an_untouched_document_sends_no_empty_version() {
    let mut dev = Device::default();
    let out = dev.send(&doc_with(&[]), "ann-1", false);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].0, "doc:d1");
}

#[test]
fn another_annotators_version_goes_to_the_team_never_to_ones_own_spans() {
    let mut mine = doc_with(&[("s1", 13, 17, 3)]);
    let theirs = doc_with(&[("s1", 22, 33, 1), ("s2", 47, 52, 3)]);
    let (_, body) = Device::default().send(&theirs, "ann-2", false).pop().unwrap();
    assert_eq!(apply(&mut mine, &body, "ann-1", false, None, false).unwrap(), Applied::Changed);
    assert_eq!(ids(&mine.spans), ["s1"]);
    assert_eq!(ids(&mine.team.version("ann-2").unwrap().spans), ["s1", "s2"]);
    assert_eq!(
        apply(&mut mine, &body, "ann-1", false, None, false).unwrap(),
        Applied::Nothing,
        "the same record again"
    );
}

#[test]
fn ones_own_version_from_another_device_merges_with_unsent_changes() {
    // Both devices synced s1; then laptop adds s2 and deletes s1, the tablet adds s3, offline.
    let mut laptop_dev = Device::default();
    let mut tablet_dev = Device::default();
    let base = doc_with(&[("s1", 13, 17, 3)]);
    laptop_dev.send(&base, "ann-1", false);
    tablet_dev.send(&base, "ann-1", false);
    let mut laptop = doc_with(&[("s2", 22, 33, 1)]);
    let mut tablet = doc_with(&[("s1", 13, 17, 3), ("s3", 47, 52, 3)]);
    let (_, from_laptop) = laptop_dev.send(&laptop, "ann-1", false).pop().unwrap();
    let known = tablet_dev.known.get("version:d1:ann-1").cloned();
    let r = apply(&mut tablet, &from_laptop, "ann-1", false, known.as_ref(), true).unwrap();
    assert_eq!(r, Applied::Merged);
    assert_eq!(ids(&tablet.spans), ["s2", "s3"], "s1's tombstone holds, both additions stay");
    // The tablet sends the merge; the laptop, with nothing unsent, takes it as it is.
    let (_, merged) = tablet_dev.send(&tablet, "ann-1", false).pop().unwrap();
    let known = laptop_dev.known.get("version:d1:ann-1").cloned();
    assert_eq!(apply(&mut laptop, &merged, "ann-1", false, known.as_ref(), false).unwrap(), Applied::Changed);
    assert_eq!(ids(&laptop.spans), ids(&tablet.spans), "the two devices agree");
}

#[test]
fn gold_reaches_the_curator_only() {
    let mut cur = doc_with(&[]);
    cur.team.gold = true;
    cur.spans.insert(Span::new(SpanId::new("g1"), 13, 17, LabelId(3)));
    cur.team.settled = vec!["c1".into()];
    let (id, gold) = Device::default().send(&cur, "lead", true).pop().unwrap();
    assert_eq!(id, sync::gold_id("d1"));
    let mut annotator = doc_with(&[("s1", 22, 33, 1)]);
    assert_eq!(apply(&mut annotator, &gold, "ann-1", false, None, false).unwrap(), Applied::Nothing);
    assert_eq!(ids(&annotator.spans), ["s1"]);
    let mut curator_laptop = doc_with(&[("s1", 22, 33, 1)]);
    assert_eq!(apply(&mut curator_laptop, &gold, "lead", true, None, false).unwrap(), Applied::Changed);
    assert!(curator_laptop.team.gold);
    assert_eq!(ids(&curator_laptop.spans), ["g1"]);
    assert_eq!(curator_laptop.team.settled, ["c1"]);
    assert_eq!(ids(&curator_laptop.team.version("lead").unwrap().spans), ["s1"], "own spans became a version");
}

#[test]
fn an_annotators_status_travels_with_their_version() {
    let mut d = doc_with(&[("s1", 13, 17, 3)]);
    d.status = DocStatus::Done;
    let (_, body) = Device::default().send(&d, "ann-1", false).pop().unwrap();
    let mut other_device = doc_with(&[]);
    apply(&mut other_device, &body, "ann-1", false, None, false).unwrap();
    assert_eq!(other_device.status, DocStatus::Done);
}

#[test]
fn assignments_arrive_and_are_spread_evenly() {
    let mut d = doc_with(&[]);
    let body = serde_json::json!({"type": "assign", "doc": "d1", "annotators": ["ann-1", "ann-3"]});
    assert_eq!(apply(&mut d, &body, "ann-1", false, None, false).unwrap(), Applied::Changed);
    assert_eq!(d.team.assigned, ["ann-1", "ann-3"]);
    let names: Vec<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
    let spread = assign_evenly(10, &names, 2);
    assert!(spread.iter().all(|these| these.len() == 2 && these[0] != these[1]));
    for n in &names {
        let share = spread.iter().filter(|these| these.contains(n)).count();
        assert!((6..=7).contains(&share), "{n} has {share} of 20 places");
    }
}

#[test]
fn a_record_from_the_network_that_does_not_fit_changes_nothing_it_cannot_read() {
    let mut d = doc_with(&[("s1", 13, 17, 3)]);
    let bad = serde_json::json!({"type": "version", "doc": "d1", "annotator": "ann-2", "spans": "oops"});
    assert!(apply(&mut d, &bad, "ann-1", false, None, false).is_err());
    assert!(d.team.versions.is_empty());
    let out_of_range = serde_json::json!({"type": "version", "doc": "d1", "annotator": "ann-2",
        "spans": [["s1", 13, 17, 3, {}], ["s2", 50, 900, 3, {}]]});
    apply(&mut d, &out_of_range, "ann-1", false, None, false).unwrap();
    assert_eq!(ids(&d.team.version("ann-2").unwrap().spans), ["s1"], "the span past the text is dropped");
}
