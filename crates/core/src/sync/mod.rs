//! A project shared through a CouchDB database: which records a person's copy of a document
//! sends, how records that arrive change the copy, and how two changes of one record meet.
//!
//! Records are shaped so that conflicts are rare: a document's text is written once, at import;
//! each annotator writes only their own version (`version:<doc>:<annotator>`), the curator the
//! gold version (`gold:<doc>`), the lead the assignments (`assign:<doc>`). Two devices of one
//! person are the only writers that can meet on a record; `merge` settles that, always the same
//! way (docs/sync.md).

mod bodies;
mod incoming;
mod merge;
mod outbox;
mod rebase;

pub use bodies::{AssignBody, DocBody, GoldBody, ProjectBody, SpanRow, VersionBody};
pub use incoming::{apply, Applied};
pub use merge::merge;
pub use outbox::{assign_evenly, hash_of, outgoing, Known, Outgoing};
pub use rebase::span_edits;

/// The record id of a document's text.
pub fn doc_id(doc: &str) -> String {
    format!("doc:{doc}")
}

/// The record id of `annotator`'s version of `doc`.
pub fn version_id(doc: &str, annotator: &str) -> String {
    format!("version:{doc}:{annotator}")
}

pub fn gold_id(doc: &str) -> String {
    format!("gold:{doc}")
}

pub fn assign_id(doc: &str) -> String {
    format!("assign:{doc}")
}

/// The one project record of a database.
pub const PROJECT_ID: &str = "project";

/// A stable 64-bit hash of a record's content (FNV-1a): whether it changed since it was sent.
pub fn content_hash(json: &str) -> u64 {
    json.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3))
}
