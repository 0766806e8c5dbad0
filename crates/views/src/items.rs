//! What the views draw: every Date, Place and Actor span and suggestion of the documents shown,
//! with its document, paragraph and value. Labels are read by name, so an imported project whose
//! labels are called `DATE`, `LOC` or `PER` is drawn too.

use serde_json::{Map, Value};
use spanwright_core::{Document, LabelSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Date,
    Place,
    Actor,
}

impl Kind {
    pub fn of_label(name: &str) -> Option<Kind> {
        match name.to_ascii_lowercase().as_str() {
            "date" | "time" | "timex" | "timex3" => Some(Kind::Date),
            "place" | "loc" | "location" | "gpe" => Some(Kind::Place),
            "actor" | "per" | "person" | "org" | "organization" => Some(Kind::Actor),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The span's id, or the suggestion's (`?` and its index).
    pub id: String,
    /// The document's index in the project.
    pub doc: usize,
    pub kind: Kind,
    pub text: String,
    /// In code points.
    pub start: usize,
    /// Paragraphs before it in its document: actors and what they do share one.
    pub para: usize,
    pub suggested: bool,
    pub attrs: Map<String, Value>,
}

impl Item {
    pub fn attr(&self, key: &str) -> Option<&str> {
        self.attrs.get(key).and_then(Value::as_str)
    }

    pub fn coords(&self) -> Option<(f64, f64)> {
        Some((self.attrs.get("lat")?.as_f64()?, self.attrs.get("lon")?.as_f64()?))
    }

    /// The actor entity a mention belongs to: its engine entity, else its words.
    pub fn entity(&self) -> (String, String) {
        match (self.attr("entity"), self.attr("canonical")) {
            (Some(e), c) => (e.to_string(), c.unwrap_or(&self.text).to_string()),
            _ => (format!("text:{}", self.text.to_lowercase()), self.text.clone()),
        }
    }
}

/// The paragraph of each code-point offset of `text`, by the newlines before it.
struct Paragraphs(Vec<usize>);

impl Paragraphs {
    fn of(text: &str) -> Self {
        Paragraphs(text.chars().enumerate().filter(|(_, c)| *c == '\n').map(|(i, _)| i).collect())
    }
    fn at(&self, cp: usize) -> usize {
        self.0.partition_point(|&nl| nl < cp)
    }
}

/// One suggestion of the open document as the page sends it: `[id, start, end, label, attrs]`.
pub fn suggestions_of(json: &str) -> Vec<(String, usize, usize, String, Map<String, Value>)> {
    let rows: Vec<Value> = serde_json::from_str(json).unwrap_or_default();
    rows.into_iter()
        .filter_map(|row| {
            let r = row.as_array()?;
            let n = |i: usize| r.get(i).and_then(Value::as_u64).map(|v| v as usize);
            let attrs = r.get(4).and_then(Value::as_object).cloned().unwrap_or_default();
            Some((r.first()?.as_str()?.to_string(), n(1)?, n(2)?, r.get(3)?.as_str()?.to_string(), attrs))
        })
        .collect()
}

/// The items of `doc` (index `index`): its spans, then `suggested` (the open document's).
pub fn items_of(
    index: usize,
    doc: &Document,
    labels: &LabelSet,
    suggested: &[(String, usize, usize, String, Map<String, Value>)],
) -> Vec<Item> {
    let paras = Paragraphs::of(doc.text.as_str());
    let len = doc.text.len();
    let mut out = Vec::new();
    for s in doc.spans.iter() {
        let Some(kind) = labels.get(s.label).and_then(|l| Kind::of_label(&l.name)) else { continue };
        let attrs = s.extra.get("attrs").and_then(Value::as_object).cloned().unwrap_or_default();
        let (id, text) = (s.id.as_str().to_string(), doc.text.slice(s.start, s.end).to_string());
        out.push(Item { id, doc: index, kind, text, start: s.start, para: paras.at(s.start), suggested: false, attrs });
    }
    for (id, start, end, label, attrs) in suggested {
        let Some(kind) = Kind::of_label(label) else { continue };
        if start >= end || *end > len {
            continue;
        }
        let text = doc.text.slice(*start, *end).to_string();
        let (id, attrs) = (id.clone(), attrs.clone());
        out.push(Item { id, doc: index, kind, text, start: *start, para: paras.at(*start), suggested: true, attrs });
    }
    out
}

/// Which items to draw: by status, and (for an actor entity) only those in a paragraph where
/// one of its mentions is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    pub hide_accepted: bool,
    pub hide_suggested: bool,
    pub actor: Option<String>,
}

pub fn filtered<'a>(items: &'a [Item], filter: &Filter) -> Vec<&'a Item> {
    let with_actor: Option<std::collections::HashSet<(usize, usize)>> = filter.actor.as_ref().map(|key| {
        items.iter().filter(|i| i.kind == Kind::Actor && &i.entity().0 == key).map(|i| (i.doc, i.para)).collect()
    });
    items
        .iter()
        .filter(|i| if i.suggested { !filter.hide_suggested } else { !filter.hide_accepted })
        .filter(|i| with_actor.as_ref().is_none_or(|set| set.contains(&(i.doc, i.para))))
        .collect()
}

/// The actor entities the items name, most mentioned first: (key, name, mentions).
pub fn actors(items: &[Item]) -> Vec<(String, String, usize)> {
    let mut out: Vec<(String, String, usize)> = Vec::new();
    for i in items.iter().filter(|i| i.kind == Kind::Actor) {
        let (key, name) = i.entity();
        match out.iter_mut().find(|(k, _, _)| *k == key) {
            Some(row) => row.2 += 1,
            None => out.push((key, name, 1)),
        }
    }
    out.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.1.cmp(&b.1)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use spanwright_core::{Span, SpanId};

    fn doc() -> (Document, LabelSet) {
        let labels = LabelSet::default();
        let mut d = Document::new("d", "Moscow said on Friday.\nRain in Paris on Monday.");
        let place = labels.by_name("Place").unwrap().id;
        d.spans.insert(Span::new(SpanId::new("s1"), 0, 6, place));
        (d, labels)
    }

    #[test]
    fn spans_and_suggestions_become_items_with_their_paragraph() {
        let (d, labels) = doc();
        let sugg = suggestions_of(
            r#"[["?0",15,21,"Date",{"value":"2024-03-22"}],["?1",31,36,"Place",{}],["?2",0,99,"Date",{}],["bad"]]"#,
        );
        let items = items_of(2, &d, &labels, &sugg);
        let got: Vec<_> = items.iter().map(|i| (i.id.as_str(), i.text.as_str(), i.para, i.suggested, i.doc)).collect();
        assert_eq!(got, [("s1", "Moscow", 0, false, 2), ("?0", "Friday", 0, true, 2), ("?1", "Paris", 1, true, 2)]);
        assert_eq!(items[1].attr("value"), Some("2024-03-22"));
    }

    #[test]
    fn an_actor_filter_keeps_what_shares_its_paragraphs() {
        let (d, labels) = doc();
        let sugg = suggestions_of(
            r#"[["?0",0,6,"Actor",{"entity":"e1","canonical":"Moscow"}],["?1",15,21,"Date",{}],["?2",31,36,"Place",{}]]"#,
        );
        let items = items_of(0, &d, &labels, &sugg);
        assert_eq!(actors(&items), [("e1".to_string(), "Moscow".to_string(), 1)]);
        let f = Filter { actor: Some("e1".into()), ..Default::default() };
        let kept: Vec<_> = filtered(&items, &f).iter().map(|i| i.id.as_str()).collect();
        assert_eq!(kept, ["s1", "?0", "?1"], "Paris is in the next paragraph");
        let f = Filter { hide_suggested: true, ..Default::default() };
        assert_eq!(filtered(&items, &f).len(), 1);
    }
}
