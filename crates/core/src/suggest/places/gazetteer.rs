//! The gazetteer: places by name. Read from the tab-separated file `scripts/gazetteer.py` builds
//! from GeoNames data (`crates/core/data/places.tsv.gz`, CC-BY 4.0).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use serde::Serialize;

use crate::suggest::tokens::tokens;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PlaceKind {
    Country,
    /// A first-level division: a state, province, oblast, republic.
    Division,
    City,
    Region,
    Continent,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Place {
    pub id: String,
    pub name: String,
    /// ISO 3166 alpha-2; empty for regions that span countries.
    pub country: String,
    pub lat: f64,
    pub lon: f64,
    pub kind: PlaceKind,
    #[serde(skip)]
    pub population: u64,
}

#[derive(Debug, Default)]
pub struct Gazetteer {
    places: Vec<Place>,
    /// Lowercased names and alternate names, as the words of `tokens` joined by spaces; each
    /// place with whether the key is only one of its alternate names.
    by_name: HashMap<String, Vec<(u32, bool)>>,
    /// Every proper word prefix of a name of several words ("new" for "new york"), so that
    /// matching stops as soon as no name goes on.
    prefixes: HashSet<String>,
    /// The longest name, in words, so that matching knows when to stop looking ahead.
    longest: usize,
}

/// The key a name is looked up by: its words, lowercased, joined by single spaces, without a
/// leading "the" ("the Sahel" and "Sahel" are one place).
pub fn name_key<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let mut key = String::new();
    for w in words {
        if key.is_empty() && w.eq_ignore_ascii_case("the") {
            continue;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        if w.is_ascii() {
            let from = key.len();
            key.push_str(w);
            key[from..].make_ascii_lowercase();
        } else {
            key.extend(w.chars().flat_map(char::to_lowercase));
        }
    }
    key
}

impl Gazetteer {
    /// Reads the gazetteer file's text; a line that does not parse is an error naming it.
    pub fn parse(tsv: &str) -> Result<Gazetteer, String> {
        let mut g = Gazetteer::default();
        let mut words: Vec<&str> = Vec::new();
        for (n, line) in tsv.lines().enumerate().filter(|(_, l)| !l.starts_with('#') && !l.is_empty()) {
            let bad = || format!("gazetteer line {}: {line:?}", n + 1);
            let mut fields = line.split('\t');
            let mut f = [""; 8];
            for slot in f.iter_mut() {
                *slot = fields.next().ok_or_else(bad)?;
            }
            if fields.next().is_some() {
                return Err(bad());
            }
            let kind = match f[1] {
                "c" => PlaceKind::Country,
                "a" => PlaceKind::Division,
                "p" => PlaceKind::City,
                "r" => PlaceKind::Region,
                "k" => PlaceKind::Continent,
                _ => return Err(bad()),
            };
            let place = Place {
                id: f[0].into(),
                name: f[2].into(),
                country: f[3].into(),
                lat: f[4].parse().map_err(|_| bad())?,
                lon: f[5].parse().map_err(|_| bad())?,
                kind,
                population: f[6].parse().map_err(|_| bad())?,
            };
            let index = g.places.len() as u32;
            let alternates = f[7].split('|').filter(|a| !a.is_empty());
            for (k, name) in std::iter::once(f[2]).chain(alternates).enumerate() {
                words.clear();
                if name.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ') {
                    // Most names: letters and single spaces, the words `tokens` would find.
                    words.extend(name.split(' ').filter(|w| !w.is_empty()));
                } else {
                    // Only the words are read, not their lower case: the name stands in for it.
                    words.extend(tokens(name, name).iter().map(|t| t.text));
                }
                g.longest = g.longest.max(words.len());
                let key = name_key(words.iter().copied());
                let mut prefix_end = key.find(' ');
                while let Some(e) = prefix_end {
                    if !g.prefixes.contains(&key[..e]) {
                        g.prefixes.insert(key[..e].to_string());
                    }
                    prefix_end = key[e + 1..].find(' ').map(|k| e + 1 + k);
                }
                let ids = g.by_name.entry(key).or_default();
                if !ids.iter().any(|(i, _)| *i == index) {
                    ids.push((index, k > 0));
                }
            }
            g.places.push(place);
        }
        Ok(g)
    }

    /// The gazetteer that ships with Spanwright (for the command line and tests; the browser
    /// fetches the same file after the first paint).
    #[cfg(feature = "bundled-gazetteer")]
    pub fn bundled() -> Gazetteer {
        Gazetteer::from_gzip(include_bytes!("../../../data/places.tsv.gz")).expect("the bundled gazetteer")
    }

    /// Reads the gazetteer file as shipped: gzipped.
    pub fn from_gzip(gz: &[u8]) -> Result<Gazetteer, String> {
        use std::io::Read;
        let mut tsv = String::new();
        flate2::read::GzDecoder::new(gz).read_to_string(&mut tsv).map_err(|e| format!("the gazetteer: {e}"))?;
        Gazetteer::parse(&tsv)
    }

    /// Every place with this name key, and whether the key is only an alternate name of it.
    pub fn lookup(&self, key: &str) -> impl Iterator<Item = (&Place, bool)> {
        self.by_name.get(key).into_iter().flatten().map(|&(i, alt)| (&self.places[i as usize], alt))
    }

    pub fn has_name(&self, key: &str) -> bool {
        self.by_name.contains_key(key)
    }

    /// Whether some name starts with `key` and goes on.
    pub fn continues(&self, key: &str) -> bool {
        self.prefixes.contains(key)
    }

    pub fn longest_name(&self) -> usize {
        self.longest
    }

    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }
}

#[cfg(all(test, feature = "bundled-gazetteer"))]
mod tests {
    use super::*;

    /// The shortcut for names of plain letters gives every shipped name the key `tokens` gives.
    #[test]
    fn plain_names_split_as_the_tokenizer_splits_them() {
        let mut tsv = String::new();
        std::io::Read::read_to_string(
            &mut flate2::read::GzDecoder::new(&include_bytes!("../../../data/places.tsv.gz")[..]),
            &mut tsv,
        )
        .unwrap();
        let names = tsv.lines().filter(|l| !l.starts_with('#')).flat_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            std::iter::once(f[2]).chain(f[7].split('|')).collect::<Vec<_>>()
        });
        let mut plain = 0;
        for name in names.filter(|n| n.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ')) {
            let by_tokens = name_key(tokens(name, name).iter().map(|t| t.text));
            assert_eq!(name_key(name.split(' ').filter(|w| !w.is_empty())), by_tokens, "{name:?}");
            plain += 1;
        }
        assert!(plain > 100_000, "{plain} plain names");
    }
}
