//! The label set: names, colors and hotkeys.
//!
//! Spans refer to labels by `LabelId`, never by name, so renaming a label touches no span.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The Okabe–Ito palette: distinguishable under the common forms of color blindness.
pub const PALETTE: [&str; 7] = ["#E69F00", "#56B4E9", "#009E73", "#D55E00", "#CC79A7", "#0072B2", "#F0E442"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct LabelId(pub u32);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    pub id: LabelId,
    pub name: String,
    pub color: String,
    pub hotkey: Option<char>,
    /// Fields of an imported label this version does not know, kept for the next export.
    #[serde(default)]
    pub extra: Map<String, Value>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LabelSet {
    labels: Vec<Label>,
    next_id: u32,
}

impl Default for LabelSet {
    /// Actor, Date and Place, with hotkeys `a`, `d` and `p`.
    fn default() -> Self {
        let mut set = LabelSet { labels: Vec::new(), next_id: 0 };
        for (name, key) in [("Actor", 'a'), ("Date", 'd'), ("Place", 'p')] {
            let color = set.next_color();
            let label = set.make(name, &color, Some(key));
            set.labels.push(label);
        }
        set
    }
}

impl LabelSet {
    pub fn empty() -> Self {
        LabelSet { labels: Vec::new(), next_id: 0 }
    }

    fn make(&mut self, name: &str, color: &str, hotkey: Option<char>) -> Label {
        let id = LabelId(self.next_id);
        self.next_id += 1;
        Label { id, name: name.to_string(), color: color.to_string(), hotkey, extra: Map::new() }
    }

    /// A fresh label, valid against this set but not yet in it (adding it is an undoable edit).
    pub fn new_label(&mut self, name: &str, color: &str, hotkey: Option<char>) -> Result<Label, String> {
        let label = self.make(name, color, hotkey);
        self.check(&label)?;
        Ok(label)
    }

    /// The first palette color no label uses yet.
    pub fn next_color(&self) -> String {
        PALETTE
            .iter()
            .find(|c| !self.labels.iter().any(|l| l.color.eq_ignore_ascii_case(c)))
            .unwrap_or(&PALETTE[self.labels.len() % PALETTE.len()])
            .to_string()
    }

    /// The color and hotkey a label named `name` gets when a file gives none: Actor, Date and
    /// Place keep their usual ones; another label gets the next free palette color, and its
    /// first letter as hotkey when no label of this set or of the defaults claims it.
    pub fn look_for(&self, name: &str) -> (String, Option<char>) {
        let defaults = LabelSet::default();
        let known = defaults.by_name(name);
        let color = known.map_or_else(|| self.next_color(), |l| l.color.clone());
        let wanted = known.and_then(|l| l.hotkey).or_else(|| name.chars().next().map(|c| c.to_ascii_lowercase()));
        let hotkey = wanted.filter(|k| {
            k.is_ascii_lowercase()
                && self.labels.iter().all(|l| l.hotkey != Some(*k))
                && defaults.by_key(*k).is_none_or(|l| l.name == name)
        });
        (color, hotkey)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Label> {
        self.labels.iter()
    }

    pub fn len(&self) -> usize {
        self.labels.len()
    }

    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    pub fn get(&self, id: LabelId) -> Option<&Label> {
        self.labels.iter().find(|l| l.id == id)
    }

    pub fn position(&self, id: LabelId) -> Option<usize> {
        self.labels.iter().position(|l| l.id == id)
    }

    pub fn by_name(&self, name: &str) -> Option<&Label> {
        self.labels.iter().find(|l| l.name == name)
    }

    /// The label a key press picks: its own hotkey, or `1`–`9` by position.
    pub fn by_key(&self, key: char) -> Option<&Label> {
        if let Some(d) = key.to_digit(10).filter(|d| *d >= 1) {
            return self.labels.get(d as usize - 1);
        }
        let key = key.to_ascii_lowercase();
        self.labels.iter().find(|l| l.hotkey == Some(key))
    }

    /// Why `label` cannot stand in this set (ignoring the label it replaces), if it cannot.
    pub fn check(&self, label: &Label) -> Result<(), String> {
        let name = label.name.trim();
        if name.is_empty() {
            return Err("a label needs a name".into());
        }
        if name != label.name {
            return Err(format!("label name {:?} starts or ends with a space", label.name));
        }
        let others = || self.labels.iter().filter(|l| l.id != label.id);
        if others().any(|l| l.name.eq_ignore_ascii_case(name)) {
            return Err(format!("there is already a label named {name:?}"));
        }
        if !is_hex_color(&label.color) {
            return Err(format!("color {:?} is not of the form #rrggbb", label.color));
        }
        if let Some(key) = label.hotkey {
            if !key.is_alphabetic() || key.is_uppercase() {
                return Err(format!("hotkey {key:?} must be a lower-case letter (digits pick labels by position)"));
            }
            if let Some(other) = others().find(|l| l.hotkey == Some(key)) {
                return Err(format!("hotkey {key:?} is already used by {:?}", other.name));
            }
        }
        Ok(())
    }

    /// Inserts `label` at `index` (clamped), or replaces the label with the same id in place.
    pub(crate) fn put(&mut self, index: usize, label: Label) {
        self.next_id = self.next_id.max(label.id.0 + 1);
        match self.position(label.id) {
            Some(i) => self.labels[i] = label,
            None => self.labels.insert(index.min(self.labels.len()), label),
        }
    }

    /// Appends a label made by `new_label`.
    pub fn put_new(&mut self, label: Label) {
        self.put(usize::MAX, label);
    }

    pub(crate) fn remove(&mut self, id: LabelId) -> Option<(usize, Label)> {
        let i = self.position(id)?;
        Some((i, self.labels.remove(i)))
    }
}

fn is_hex_color(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s[1..].chars().all(|c| c.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_actor_date_place_with_distinct_colors() {
        let set = LabelSet::default();
        let names: Vec<_> = set.iter().map(|l| (l.name.as_str(), l.hotkey)).collect();
        assert_eq!(names, [("Actor", Some('a')), ("Date", Some('d')), ("Place", Some('p'))]);
        assert_eq!(set.by_key('2').unwrap().name, "Date");
        assert_eq!(set.by_key('P').unwrap().name, "Place");
        assert!(set.by_key('4').is_none());
        let mut colors: Vec<_> = set.iter().map(|l| l.color.clone()).collect();
        colors.dedup();
        assert_eq!(colors.len(), 3);
    }

    #[test]
    fn rejects_duplicate_names_hotkeys_and_bad_colors() {
        let mut set = LabelSet::default();
        let cases = [
            ("actor", "#000000", None, "already a label"),
            ("Event", "#000000", Some('a'), "already used by \"Actor\""),
            ("Event", "red", None, "#rrggbb"),
            ("Event", "#000000", Some('5'), "lower-case letter"),
            ("", "#000000", None, "needs a name"),
        ];
        for (name, color, key, why) in cases {
            let err = set.new_label(name, color, key).unwrap_err();
            assert!(err.contains(why), "{name}: {err}");
        }
        assert!(set.new_label("Event", "#123abc", Some('e')).is_ok());
    }
}
