//! The records as they are stored in CouchDB (without `_id` and `_rev`), one struct per type.
//! Spans travel as `[id, start, end, label, extra]` rows, offsets in code points.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::document::DocStatus;
use crate::labels::{LabelId, LabelSet};
use crate::spans::{Span, SpanId, SpanSet};

pub type SpanRow = (String, usize, usize, LabelId, Map<String, Value>);

pub(crate) fn rows(spans: &SpanSet) -> Vec<SpanRow> {
    spans.iter().map(|s| (s.id.as_str().to_string(), s.start, s.end, s.label, s.extra.clone())).collect()
}

/// The rows that fit a text of `len` code points, as a span set (a row that does not fit, or
/// repeats an id, is dropped: a record from the network is not trusted to be whole).
pub(crate) fn span_set(rows: &[SpanRow], len: usize) -> SpanSet {
    let mut set = SpanSet::new();
    for (id, start, end, label, extra) in rows {
        if start < end && *end <= len {
            let mut s = Span::new(SpanId::new(id.as_str()), *start, *end, *label);
            s.extra = extra.clone();
            set.insert(s);
        }
    }
    set
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProjectBody {
    #[serde(rename = "type")]
    pub kind: String,
    pub name: String,
    pub labels: LabelSet,
    #[serde(default)]
    pub extra: Map<String, Value>,
}

/// A document's text and metadata: written once, by whoever imported it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocBody {
    #[serde(rename = "type")]
    pub kind: String,
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub meta_extra: Map<String, Value>,
    #[serde(default)]
    pub extra: Map<String, Value>,
    /// Its place in the project's order.
    #[serde(default)]
    pub index: usize,
}

/// One annotator's spans of a document. `deleted` are tombstones: ids this annotator removed,
/// so that a merge with an older copy does not bring them back. `time`: when it last changed
/// (ms since 1970), which settles a span two devices changed differently.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VersionBody {
    #[serde(rename = "type")]
    pub kind: String,
    pub doc: String,
    pub annotator: String,
    pub spans: Vec<SpanRow>,
    #[serde(default)]
    pub status: DocStatus,
    #[serde(default)]
    pub deleted: Vec<String>,
    #[serde(default)]
    pub time: f64,
}

/// The curator's gold version, with the conflicts settled so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoldBody {
    #[serde(rename = "type")]
    pub kind: String,
    pub doc: String,
    pub curator: String,
    pub spans: Vec<SpanRow>,
    #[serde(default)]
    pub deleted: Vec<String>,
    #[serde(default)]
    pub settled: Vec<String>,
    #[serde(default)]
    pub majority: bool,
    #[serde(default)]
    pub time: f64,
}

/// Who is to annotate a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AssignBody {
    #[serde(rename = "type")]
    pub kind: String,
    pub doc: String,
    pub annotators: Vec<String>,
}
