//! Which documents the document list shows: a status filter and a search over text and ids.
//!
//! The search ignores case when the query has no capital letter (and respects it when it has
//! one), and it compares bytes, so 50 MB of corpus is searched in milliseconds.

use crate::document::{DocStatus, Document};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum StatusFilter {
    #[default]
    All,
    /// New or in progress.
    Unfinished,
    Only(DocStatus),
    /// Documents in this curation state (`not-started`, `conflicts`, `curated`; see `Curation::name`).
    Curation(&'static str),
}

impl StatusFilter {
    pub fn admits(self, status: DocStatus) -> bool {
        match self {
            StatusFilter::All => true,
            StatusFilter::Unfinished => status != DocStatus::Done,
            StatusFilter::Only(s) => s == status,
            StatusFilter::Curation(_) => true,
        }
    }

    /// Whether the document passes: its status, or its curation state.
    pub fn admits_doc(self, d: &Document) -> bool {
        match self {
            StatusFilter::Curation(name) => crate::team::curation(d, "").name() == name,
            other => other.admits(d.status),
        }
    }

    /// The name a select or URL uses.
    pub fn name(self) -> &'static str {
        match self {
            StatusFilter::All => "all",
            StatusFilter::Unfinished => "unfinished",
            StatusFilter::Only(s) => s.name(),
            StatusFilter::Curation(c) => c,
        }
    }

    /// `all`, `unfinished`, or a status name.
    pub fn from_name(name: &str) -> Option<StatusFilter> {
        match name {
            "all" => Some(StatusFilter::All),
            "unfinished" => Some(StatusFilter::Unfinished),
            "not-started" => Some(StatusFilter::Curation("not-started")),
            "conflicts" => Some(StatusFilter::Curation("conflicts")),
            "curated" => Some(StatusFilter::Curation("curated")),
            other => DocStatus::from_name(other).map(StatusFilter::Only),
        }
    }
}

/// True when `needle` occurs in `hay`; without capitals in `needle`, ASCII case is ignored.
pub fn contains_smartcase(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return true;
    }
    if needle.chars().any(char::is_uppercase) {
        return hay.contains(needle);
    }
    let n = needle.as_bytes();
    let (first_lower, first_upper) = (n[0].to_ascii_lowercase(), n[0].to_ascii_uppercase());
    let h = hay.as_bytes();
    if h.len() < n.len() {
        return false;
    }
    (0..=h.len() - n.len())
        .any(|i| (h[i] == first_lower || h[i] == first_upper) && h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// For each document, whether its text or id contains `query`.
pub fn search(docs: &[Document], query: &str) -> Vec<bool> {
    let query = query.trim();
    docs.iter().map(|d| contains_smartcase(&d.id, query) || contains_smartcase(d.text.as_str(), query)).collect()
}

/// Indexes of the documents the status filter admits and (with `hits`) the search found.
pub fn shown(docs: &[Document], status: StatusFilter, hits: Option<&[bool]>) -> Vec<usize> {
    (0..docs.len()).filter(|&i| status.admits_doc(&docs[i]) && hits.is_none_or(|h| h[i])).collect()
}

/// Indexes of the documents that pass the filter and contain the query (in text or id).
pub fn filter(docs: &[Document], status: StatusFilter, query: &str) -> Vec<usize> {
    shown(docs, status, Some(&search(docs, query)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_is_smartcase() {
        let table = [
            ("Troops entered Kharkiv", "kharkiv", true),
            ("Troops entered Kharkiv", "KHARKIV", false),
            ("Troops entered Kharkiv", "Kharkiv", true),
            ("Troops entered Kharkiv", "kyiv", false),
            ("Crocus City Hall 🎵 concert", "🎵 con", true),
            ("Crocus", "", true),
            ("ab", "abc", false),
        ];
        for (hay, needle, expected) in table {
            assert_eq!(contains_smartcase(hay, needle), expected, "{needle:?} in {hay:?}");
        }
    }

    #[test]
    fn filter_combines_status_and_search() {
        let mut docs: Vec<Document> = ["Moscow attack", "Kyiv talks", "Moscow talks"]
            .iter()
            .enumerate()
            .map(|(i, t)| Document::new(format!("d{i}"), *t))
            .collect();
        docs[1].status = DocStatus::Done;
        docs[2].status = DocStatus::InProgress;
        assert_eq!(filter(&docs, StatusFilter::All, ""), vec![0, 1, 2]);
        assert_eq!(filter(&docs, StatusFilter::Unfinished, ""), vec![0, 2]);
        assert_eq!(filter(&docs, StatusFilter::Only(DocStatus::Done), ""), vec![1]);
        assert_eq!(filter(&docs, StatusFilter::All, "moscow"), vec![0, 2]);
        assert_eq!(filter(&docs, StatusFilter::Unfinished, "talks"), vec![2]);
        assert_eq!(filter(&docs, StatusFilter::All, "d1"), vec![1], "ids are searched too");
        assert_eq!(StatusFilter::from_name("in-progress"), Some(StatusFilter::Only(DocStatus::InProgress)));
        assert_eq!(StatusFilter::from_name("finished"), None);
    }
}
