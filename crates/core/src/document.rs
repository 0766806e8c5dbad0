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
    /// Where the annotator is with this document; `Done` is only ever set by the user.
    #[serde(default)]
    pub status: DocStatus,
    /// Other fields of an imported document, kept for the next export.
    #[serde(default)]
    pub extra: Map<String, Value>,
    /// Other annotators' versions, and whether `spans` are gold.
    #[serde(default)]
    pub team: crate::team::Team,
}

/// A document's place in the annotator's work. Any change makes a new document "in progress".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocStatus {
    #[default]
    New,
    InProgress,
    Done,
}

impl DocStatus {
    pub const ALL: [DocStatus; 3] = [DocStatus::New, DocStatus::InProgress, DocStatus::Done];

    /// The name used in files and in `data-status`: `new`, `in-progress`, `done`.
    pub fn name(self) -> &'static str {
        match self {
            DocStatus::New => "new",
            DocStatus::InProgress => "in-progress",
            DocStatus::Done => "done",
        }
    }

    pub fn from_name(name: &str) -> Option<DocStatus> {
        DocStatus::ALL.into_iter().find(|s| s.name() == name)
    }
}

impl Document {
    /// A document with no date, spans or extra fields.
    pub fn new(id: impl Into<String>, text: impl Into<std::rc::Rc<str>>) -> Self {
        Document {
            id: id.into(),
            date: None,
            meta_extra: Map::new(),
            text: Text::new(text),
            spans: SpanSet::new(),
            status: DocStatus::New,
            extra: Map::new(),
            team: Default::default(),
        }
    }

    /// Reads a `meta` object: `date` (when a valid `YYYY-MM-DD`) becomes the date, the rest is kept.
    pub fn set_meta(&mut self, mut meta: Map<String, Value>) {
        if let Some(Value::String(d)) = meta.get("date") {
            if crate::header::is_iso_date(d) {
                self.date = Some(d.clone());
                meta.remove("date");
            }
        }
        self.meta_extra = meta;
    }

    /// The `meta` object to write: the date first, then the kept fields.
    pub fn meta(&self) -> Map<String, Value> {
        let mut meta = Map::new();
        if let Some(date) = &self.date {
            meta.insert("date".into(), date.clone().into());
        }
        meta.extend(self.meta_extra.clone());
        meta
    }

    /// A document from pasted text: a leading `date YYYY-MM-DD` header becomes its date.
    pub fn from_pasted(id: impl Into<String>, raw: &str) -> Self {
        let (date, body) = crate::header::split_date_header(raw);
        Document {
            id: id.into(),
            date,
            meta_extra: Map::new(),
            text: Text::new(body),
            spans: SpanSet::new(),
            status: DocStatus::New,
            extra: Map::new(),
            team: Default::default(),
        }
    }
}
