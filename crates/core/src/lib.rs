//! Spanwright's model: documents, spans, labels, offsets, undo history and formats.
//! Pure Rust with no web dependency, shared by the browser app and the command line.

pub mod bench_corpus;
pub mod doc_filter;
pub mod document;
pub mod edit;
pub mod format_v1;
pub mod formats;
pub mod header;
pub mod import_error;
pub mod labels;
pub mod offsets;
pub mod project_store;
pub mod segments;
pub mod spans;
pub mod suggest;
pub mod sync;
pub mod team;
pub mod text;
pub mod words;
pub mod workspace;

pub use document::{DocStatus, Document};
pub use labels::{Label, LabelId, LabelSet};
pub use spans::{Span, SpanId, SpanSet};
pub use text::Text;
pub use workspace::Workspace;
