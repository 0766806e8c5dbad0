//! One annotated document: its text, date and spans.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::spans::SpanSet;
use crate::text::Text;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    /// The publication date, `YYYY-MM-DD`, from a `date` header or typed by the user.
    pub date: Option<String>,
    /// Other `meta` fields of an imported document, kept for the next export.
    #[serde(default)]
    pub meta_extra: Map<String, Value>,
    pub text: Text,
    pub spans: SpanSet,
    /// Other fields of an imported document, kept for the next export.
    #[serde(default)]
    pub extra: Map<String, Value>,
}

impl Document {
    /// A document from pasted text: a leading `date YYYY-MM-DD` header becomes its date.
    pub fn from_pasted(id: impl Into<String>, raw: &str) -> Self {
        let (date, body) = crate::header::split_date_header(raw);
        Document {
            id: id.into(),
            date,
            meta_extra: Map::new(),
            text: Text::new(body),
            spans: SpanSet::new(),
            extra: Map::new(),
        }
    }
}
