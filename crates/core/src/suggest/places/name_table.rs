//! The gazetteer's name keys and name prefixes, their text in one string. A table of boxed
//! strings held 150,000 small allocations and 24-byte slots: most of the suggestion worker's
//! memory. Here a key is 12 bytes in the table and its text once in `text`; a prefix is a
//! piece of a key's text.

use std::hash::BuildHasher;

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;

#[derive(Clone, Copy)]
struct Key {
    start: u32,
    len: u32,
    value: u32,
}

#[derive(Default)]
pub struct NameTable {
    text: String,
    keys: HashTable<Key>,
    /// (start, len) of a proper word prefix of some key.
    prefixes: HashTable<(u32, u32)>,
}

impl std::fmt::Debug for NameTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "NameTable({} keys, {} prefixes)", self.keys.len(), self.prefixes.len())
    }
}

fn hash(s: &str) -> u64 {
    FxBuildHasher.hash_one(s)
}

impl NameTable {
    pub fn reserve(&mut self, keys: usize, text_bytes: usize) {
        self.keys.reserve(keys, |k| hash(&self.text[k.start as usize..(k.start + k.len) as usize]));
        self.text.reserve(text_bytes);
    }

    fn at(&self, start: u32, len: u32) -> &str {
        &self.text[start as usize..(start + len) as usize]
    }

    pub fn get(&self, key: &str) -> Option<u32> {
        self.keys.find(hash(key), |k| self.at(k.start, k.len) == key).map(|k| k.value)
    }

    /// The value filed under `key`, for `change` to update; a new key gets `new`. Every proper
    /// word prefix of a key is remembered (see `continues`).
    pub fn upsert(&mut self, key: &str, new: u32, change: impl FnOnce(&mut u32)) {
        let h = hash(key);
        let text = &self.text;
        if let Some(k) = self.keys.find_mut(h, |k| &text[k.start as usize..(k.start + k.len) as usize] == key) {
            return change(&mut k.value);
        }
        let start = self.text.len() as u32;
        self.text.push_str(key);
        let text = &self.text;
        let slot = |k: &Key| hash(&text[k.start as usize..(k.start + k.len) as usize]);
        self.keys.insert_unique(h, Key { start, len: key.len() as u32, value: new }, slot);
        for (e, _) in key.match_indices(' ') {
            let prefix = &key[..e];
            let h = hash(prefix);
            let found = self.prefixes.find(h, |&(s, l)| &text[s as usize..(s + l) as usize] == prefix);
            if found.is_none() {
                let slot = |&(s, l): &(u32, u32)| hash(&text[s as usize..(s + l) as usize]);
                self.prefixes.insert_unique(h, (start, e as u32), slot);
            }
        }
    }

    /// Whether some key starts with `prefix` and a space.
    pub fn continues(&self, prefix: &str) -> bool {
        self.prefixes.find(hash(prefix), |&(s, l)| self.at(s, l) == prefix).is_some()
    }

    pub fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_keep_their_values_and_prefixes_are_only_whole_words() {
        let mut t = NameTable::default();
        t.upsert("new york", 1, |_| unreachable!("a new key"));
        t.upsert("paris", 2, |_| unreachable!("a new key"));
        t.upsert("new york", 9, |v| *v += 10);
        assert_eq!(t.get("new york"), Some(11));
        assert_eq!(t.get("paris"), Some(2));
        assert_eq!(t.get("new"), None);
        assert!(t.continues("new"));
        assert!(!t.continues("new york"), "a whole key is no proper prefix");
        assert!(!t.continues("ne"), "nor is part of a word");
        assert!(!t.continues("paris"));
    }
}
