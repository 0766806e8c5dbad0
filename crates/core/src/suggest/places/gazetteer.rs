//! The gazetteer: places by name. Read from the tab-separated file `scripts/gazetteer.py` builds
//! from GeoNames data (`crates/core/data/places.tsv.gz`, CC-BY 4.0).

use super::name_table::NameTable;

use serde::Serialize;

use crate::suggest::tokens::tokens;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PlaceKind {
    Country,
    /// A first-level division: a state, province, oblast, republic.
    Division,
    /// A second-level division: a county, parish, district.
    District,
    City,
    Region,
    Continent,
}

/// A place. Its id, name, country and first-level division share one allocation: the gazetteer
/// holds 166,000 of them in the suggestion worker, where four strings apiece would make most of
/// its memory.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// The id, the name, the country code and the admin1 code, one after the other.
    text: Box<str>,
    id_len: u16,
    name_len: u16,
    country_len: u16,
    pub lat: f64,
    pub lon: f64,
    pub kind: PlaceKind,
    pub population: u64,
}

impl Place {
    pub fn new(id: &str, name: &str, country: &str, (lat, lon): (f64, f64), kind: PlaceKind, population: u64) -> Place {
        Place::within(id, name, (country, ""), (lat, lon), kind, population)
    }

    /// A place in a first-level division of its country (`("US", "TX")`): a town's or a county's
    /// state, a division's own code.
    pub fn within(
        id: &str,
        name: &str,
        (country, admin1): (&str, &str),
        (lat, lon): (f64, f64),
        kind: PlaceKind,
        population: u64,
    ) -> Place {
        let len = |s: &str| u16::try_from(s.len()).expect("an id or name under 64 KB");
        Place {
            text: [id, name, country, admin1].concat().into(),
            id_len: len(id),
            name_len: len(name),
            country_len: len(country),
            lat,
            lon,
            kind,
            population,
        }
    }

    /// `geonames:524901`, `admin1:RU.19`, `region:sahel`.
    pub fn id(&self) -> &str {
        &self.text[..self.id_len as usize]
    }

    pub fn name(&self) -> &str {
        &self.text[self.id_len as usize..(self.id_len + self.name_len) as usize]
    }

    /// ISO 3166 alpha-2; empty for regions that span countries.
    pub fn country(&self) -> &str {
        let from = (self.id_len + self.name_len) as usize;
        &self.text[from..from + self.country_len as usize]
    }

    /// The GeoNames code of the first-level division it lies in or is ("TX"); empty when unknown.
    pub fn admin1(&self) -> &str {
        &self.text[(self.id_len + self.name_len + self.country_len) as usize..]
    }

    /// Whether the two lie in the same first-level division (a town in the state named).
    pub fn same_admin1(&self, other: &Place) -> bool {
        !self.admin1().is_empty() && self.admin1() == other.admin1() && self.country() == other.country()
    }
}

/// As the attrs and the other candidates are written: id, name, country, lat, lon, kind.
impl Serialize for Place {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut m = s.serialize_struct("Place", 6)?;
        m.serialize_field("id", self.id())?;
        m.serialize_field("name", self.name())?;
        m.serialize_field("country", self.country())?;
        m.serialize_field("lat", &self.lat)?;
        m.serialize_field("lon", &self.lon)?;
        m.serialize_field("kind", &self.kind)?;
        m.end()
    }
}

/// A name key's value is its places: one place inline (most names), or with `MANY` set, the
/// index of a list in `Gazetteer::shared`. A place is `index << 1 | alternate`.
const MANY: u32 = 1 << 31;

#[derive(Debug, Default)]
pub struct Gazetteer {
    places: Vec<Place>,
    /// Lowercased names and alternate names, as the words of `tokens` joined by spaces; each
    /// place with whether the key is only one of its alternate names. Every proper word prefix
    /// of a name of several words ("new" for "new york") is in it too, so that matching stops
    /// as soon as no name goes on.
    by_name: NameTable,
    /// The place lists of keys that name several places.
    shared: Vec<Vec<u32>>,
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

/// The key of a name whose first word is written short in news: "Saint Albans" as "St. Albans",
/// "Mount Pleasant" as "Mt. Pleasant", "Fort Myers" as "Ft. Myers", and "St Albans" (without
/// its full stop, as GeoNames writes British names) as "St. Albans".
fn abbreviated(words: &[&str]) -> Option<String> {
    let (first, rest) = words.split_first()?;
    let short = match first.to_ascii_lowercase().as_str() {
        "saint" | "st" if words.get(1) != Some(&".") => "st",
        "mount" => "mt",
        "fort" => "ft",
        _ => return None,
    };
    (!rest.is_empty()).then(|| name_key([short, "."].into_iter().chain(rest.iter().copied())))
}

impl Gazetteer {
    /// Reads the gazetteer file's text; a line that does not parse is an error naming it.
    pub fn parse(tsv: &str) -> Result<Gazetteer, String> {
        let mut g = Gazetteer::default();
        for (n, line) in tsv.lines().enumerate() {
            g.add_line(n + 1, line)?;
        }
        Ok(g)
    }

    /// Reads line `n` of the gazetteer file: `id, kind, name, country, lat, lon, population,
    /// alternate names (|-separated)`, and optionally the admin1 code, tab-separated. Comments and
    /// empty lines are skipped.
    fn add_line(&mut self, n: usize, line: &str) -> Result<(), String> {
        if line.starts_with('#') || line.is_empty() {
            return Ok(());
        }
        let bad = || format!("gazetteer line {n}: {line:?}");
        let mut fields = line.split('\t');
        let mut f = [""; 8];
        for slot in f.iter_mut() {
            *slot = fields.next().ok_or_else(bad)?;
        }
        let admin1 = fields.next().unwrap_or("");
        if fields.next().is_some() {
            return Err(bad());
        }
        let kind = match f[1] {
            "c" => PlaceKind::Country,
            "a" => PlaceKind::Division,
            "d" => PlaceKind::District,
            "p" => PlaceKind::City,
            "r" => PlaceKind::Region,
            "k" => PlaceKind::Continent,
            _ => return Err(bad()),
        };
        let at = (f[4].parse().map_err(|_| bad())?, f[5].parse().map_err(|_| bad())?);
        let place = Place::within(f[0], f[2], (f[3], admin1), at, kind, f[6].parse().map_err(|_| bad())?);
        let index = self.places.len() as u32;
        let mut words: Vec<&str> = Vec::new();
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
            self.longest = self.longest.max(words.len() + 1);
            let key = name_key(words.iter().copied());
            // "The D" for Detroit: a letter is no name to find a place by.
            if k > 0 && key.chars().count() < 2 {
                continue;
            }
            self.add_key(&key, index << 1 | u32::from(k > 0));
            // "St. Albans" for Saint Albans, "Mt. Pleasant" for Mount Pleasant: as the name.
            if let Some(short) = abbreviated(&words) {
                self.add_key(&short, index << 1 | u32::from(k > 0));
            }
        }
        self.places.push(place);
        Ok(())
    }

    /// Files `entry` (a place and whether the key is an alternate name) under `key`, once per
    /// place: a place whose name and alternate share a key keeps the first.
    fn add_key(&mut self, key: &str, entry: u32) {
        let same_place = |e: u32| e >> 1 == entry >> 1;
        let shared = &mut self.shared;
        self.by_name.upsert(key, entry, |ids| {
            if *ids & MANY != 0 {
                let list = &mut shared[(*ids & !MANY) as usize];
                if !list.iter().any(|&e| same_place(e)) {
                    list.push(entry);
                }
            } else if !same_place(*ids) {
                let list = vec![*ids, entry];
                *ids = MANY | shared.len() as u32;
                shared.push(list);
            }
        });
    }

    /// The gazetteer that ships with Spanwright (for the command line and tests; the browser
    /// fetches the same file after the first paint).
    #[cfg(feature = "bundled-gazetteer")]
    pub fn bundled() -> Gazetteer {
        Gazetteer::from_gzip(include_bytes!("../../../data/places.tsv.gz")).expect("the bundled gazetteer")
    }

    /// Reads the gazetteer file as shipped: gzipped. A line at a time: the whole text (5 MB) is
    /// never held, nor are the tables grown by doubling (the size the file's trailer gives
    /// tells about how many places there are).
    pub fn from_gzip(gz: &[u8]) -> Result<Gazetteer, String> {
        use std::io::BufRead;
        let failed = |e: std::io::Error| format!("the gazetteer: {e}");
        let size = gz.len().checked_sub(4).map_or(0, |at| u32::from_le_bytes(gz[at..].try_into().unwrap_or_default()));
        let mut g = Gazetteer::default();
        // About 68 bytes a place in the file, and 2.4 name keys a place.
        let places = size as usize / 64;
        g.places.reserve(places);
        // About 2.4 name keys a place, of 11 bytes (with the prefixes' slots).
        g.by_name.reserve(places * 5 / 2, places * 25);
        let mut reader = std::io::BufReader::new(flate2::read::GzDecoder::new(gz));
        let mut line = String::new();
        for n in 1.. {
            line.clear();
            if reader.read_line(&mut line).map_err(failed)? == 0 {
                break;
            }
            g.add_line(n, line.trim_end_matches(['\n', '\r']))?;
        }
        g.places.shrink_to_fit();
        g.by_name.shrink_to_fit();
        Ok(g)
    }

    /// Every place with this name key, and whether the key is only an alternate name of it.
    pub fn lookup(&self, key: &str) -> impl Iterator<Item = (&Place, bool)> {
        let (one, many): (Option<u32>, &[u32]) = match self.by_name.get(key) {
            None => (None, &[]),
            Some(ids) if ids & MANY != 0 => (None, &self.shared[(ids & !MANY) as usize]),
            Some(id) => (Some(id), &[]),
        };
        one.into_iter().chain(many.iter().copied()).map(|e| (&self.places[(e >> 1) as usize], e & 1 == 1))
    }

    pub fn has_name(&self, key: &str) -> bool {
        self.by_name.get(key).is_some()
    }

    /// Whether some name starts with `key` and goes on.
    pub fn continues(&self, key: &str) -> bool {
        self.by_name.continues(key)
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
