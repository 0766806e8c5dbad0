//! Several annotators on one document: each annotator's spans as a version, the gold version a
//! curator settles from them, and how far the versions agree.
//!
//! A document's `spans` are its own: the one annotator's while nobody curates, the gold version
//! once curation starts. `Team` holds the rest.

pub mod agreement;
pub mod conflicts;
mod curate;
pub mod kappa;

pub use curate::{Matched, VersionPick};

use serde::{Deserialize, Serialize};

use crate::document::Document;
use crate::spans::SpanSet;

/// One annotator's spans of a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Version {
    pub annotator: String,
    pub spans: SpanSet,
}

/// Who annotated a document, besides its own spans.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Team {
    /// Who made the document's `spans`, while they are not gold.
    #[serde(default)]
    pub annotator: Option<String>,
    /// The other annotators' spans; once curation starts, every annotator's.
    #[serde(default)]
    pub versions: Vec<Version>,
    /// The document's spans are the gold version: curation has started.
    #[serde(default)]
    pub gold: bool,
    /// Gold took what a strict majority agreed on, not only what all agreed on.
    #[serde(default)]
    pub majority: bool,
    /// Ids of the conflicts the curator settled.
    #[serde(default)]
    pub settled: Vec<String>,
    /// Who the lead assigned the document to (a synced project); empty: anyone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assigned: Vec<String>,
    /// Which set of versions this is: every `SetTeam` edit gives a new one, so what is derived
    /// from the versions (their conflicts) can be kept until it changes. Not compared, not stored.
    #[serde(skip)]
    pub stamp: u64,
}

impl PartialEq for Team {
    fn eq(&self, o: &Self) -> bool {
        (&self.annotator, &self.versions, self.gold, self.majority, &self.settled, &self.assigned)
            == (&o.annotator, &o.versions, o.gold, o.majority, &o.settled, &o.assigned)
    }
}

/// A stamp no team has had yet.
pub(crate) fn next_stamp() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

impl Team {
    pub fn is_empty(&self) -> bool {
        *self == Team::default()
    }

    /// Whether conflict `id` is settled.
    pub fn is_settled(&self, id: &str) -> bool {
        self.settled.iter().any(|s| s == id)
    }

    pub fn version(&self, annotator: &str) -> Option<&Version> {
        self.versions.iter().find(|v| v.annotator == annotator)
    }
}

/// Where a document is in curation, as the document list shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Curation {
    /// Fewer than two versions: nothing to curate.
    Single,
    NotStarted,
    Left(usize),
    Curated,
}

impl Curation {
    /// The name used in `data-curation` and the list's filter.
    pub fn name(self) -> &'static str {
        match self {
            Curation::Single => "single",
            Curation::NotStarted => "not-started",
            Curation::Left(_) => "conflicts",
            Curation::Curated => "curated",
        }
    }
}

/// Every annotator's version of `doc`, sorted by name: the order of keys 1, 2, 3 in curation and
/// of pairs in agreement. `owner` names the document's own spans when nobody has (the person at
/// this browser).
pub fn annotated<'a>(doc: &'a Document, owner: &'a str) -> Vec<(&'a str, &'a SpanSet)> {
    let mut all: Vec<(&str, &SpanSet)> = doc.team.versions.iter().map(|v| (v.annotator.as_str(), &v.spans)).collect();
    // Spans of one's own are a version once there is something to compare: a curator who has
    // not annotated (a synced project's) is not "missing" every span.
    let worked = !doc.spans.is_empty() || doc.team.annotator.is_some() || doc.status == crate::DocStatus::Done;
    if !doc.team.gold && worked {
        let own = doc.team.annotator.as_deref().unwrap_or(owner);
        if all.iter().all(|(a, _)| *a != own) {
            all.push((own, &doc.spans));
        }
    }
    sort_small(&mut all, |a, b| a.0 > b.0);
    all
}

/// Sorts a handful of items (annotators) in place; `after(a, b)`: `a` goes after `b`. The
/// standard sorts would add kilobytes to the page for a list this short.
pub fn sort_small<T>(v: &mut [T], after: impl Fn(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && after(&v[j - 1], &v[j]) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// The document's curation state.
pub fn curation(doc: &Document, owner: &str) -> Curation {
    if !doc.team.gold {
        return if annotated(doc, owner).len() < 2 { Curation::Single } else { Curation::NotStarted };
    }
    let all = conflicts::of(doc, owner);
    let left = conflicts::settled_marks(&doc.team.settled, &all).iter().filter(|s| !**s).count();
    if left == 0 {
        Curation::Curated
    } else {
        Curation::Left(left)
    }
}
