//! The open document's conflicts, kept while its versions stay the same: a book's three versions
//! take milliseconds to compare, and curation asks for them on every key.

use std::cell::RefCell;
use std::rc::Rc;

use spanwright_core::team::conflicts::{self, Conflict};
use spanwright_core::Document;

type Key = (String, u64, String);

thread_local! {
    static LAST: RefCell<Option<(Key, Rc<Vec<Conflict>>)>> = const { RefCell::new(None) };
}

/// The conflicts of `doc` (computed again only when its versions changed).
pub fn of(doc: &Document, owner: &str) -> Rc<Vec<Conflict>> {
    // Gold's conflicts are between the versions alone: whose the own spans are does not matter.
    let owner = if doc.team.gold { "" } else { owner };
    let key = (doc.id.clone(), doc.team.stamp, owner.to_string());
    LAST.with(|last| {
        if let Some((k, found)) = &*last.borrow() {
            if *k == key {
                return found.clone();
            }
        }
        let found = Rc::new(conflicts::of(doc, owner));
        *last.borrow_mut() = Some((key, found.clone()));
        found
    })
}

/// Which of `all` are settled in `doc`.
pub fn settled(doc: &Document, all: &[Conflict]) -> Vec<bool> {
    conflicts::settled_marks(&doc.team.settled, all)
}

/// How many of `all` are not settled in `doc`.
pub fn left(doc: &Document, all: &[Conflict]) -> usize {
    settled(doc, all).iter().filter(|s| !**s).count()
}

/// The first conflict from `from` on (wrapping) that is not settled; `None` when all are.
pub fn next_open(doc: &Document, all: &[Conflict], from: usize) -> Option<usize> {
    let marks = settled(doc, all);
    let n = all.len();
    (0..n).map(|k| (from + k) % n).find(|&i| !marks[i])
}
