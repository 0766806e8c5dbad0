//! Entities: which actor mentions are the same actor. Mentions join when they are written alike,
//! when one is the other's acronym ("IS" for "Islamic State", or "Federal Security Service
//! (FSB)"), when both are known names of one actor ("ISIS"), or when one is the surname of a
//! person named in full earlier ("Assad"). The entity is named by its longest mention.

use rustc_hash::FxHashMap as HashMap;

use super::lexicon::{is_acronym, ALIASES, CONNECTORS};

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Entity {
    /// A slug of the canonical name, unique in the document ("islamic-state").
    pub id: String,
    pub canonical: String,
}

fn key(name: &str) -> String {
    let mut lower = if name.is_ascii() { name.to_ascii_lowercase() } else { name.to_lowercase().replace('’', "'") };
    if lower.starts_with("the ") {
        lower.drain(..4);
    }
    lower
}

fn initials(key: &str) -> String {
    key.split([' ', '-'])
        .filter(|w| !w.is_empty() && !CONNECTORS.contains(w))
        .filter_map(|w| w.chars().next())
        .collect()
}

fn alias_group(key: &str) -> Option<usize> {
    ALIASES.iter().position(|g| g.contains(&key))
}

fn surname(key: &str) -> &str {
    let last = key.rsplit(' ').next().unwrap_or(key);
    ["al-", "el-", "bin-"].iter().find_map(|p| last.strip_prefix(p)).unwrap_or(last)
}

/// What linking needs to know of a name.
struct Facts {
    key: String,
    acronym: bool,
    /// Not an acronym, and of several words.
    several: bool,
    /// Of names of several words.
    initials: String,
    group: Option<usize>,
    chars: usize,
}

impl Facts {
    fn of(name: &str) -> Facts {
        let key = key(name);
        let acronym = is_acronym(name);
        let several = !acronym && key.contains(' ');
        let initials = if several { initials(&key) } else { String::new() };
        Facts { group: alias_group(&key), key, acronym, several, initials, chars: name.chars().count() }
    }
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Groups `names` (in reading order) into entities; `pairs` are mentions known to be one actor
/// (a name and its acronym in parentheses). Returns the entities and each mention's entity.
/// Linear: each mention is looked up by its key, alias group, initials and surname.
pub fn link(names: &[String], pairs: &[(usize, usize)]) -> (Vec<Entity>, Vec<usize>) {
    // Worked out once per distinct name: a text names its actors again and again.
    let mut fact_of: HashMap<&str, usize> = HashMap::default();
    let mut facts: Vec<Facts> = Vec::new();
    let which: Vec<usize> = names
        .iter()
        .map(|n| {
            *fact_of.entry(n.as_str()).or_insert_with(|| {
                facts.push(Facts::of(n));
                facts.len() - 1
            })
        })
        .collect();
    let mut parent: Vec<usize> = (0..names.len()).collect();
    let join = |parent: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (find(parent, a), find(parent, b));
        parent[ra.max(rb)] = ra.min(rb);
    };
    for &(a, b) in pairs {
        join(&mut parent, a, b);
    }
    // The first mention seen with each key, alias group, initials (of longer names) and surname.
    let mut by_key: HashMap<&str, usize> = HashMap::default();
    let mut by_alias: HashMap<usize, usize> = HashMap::default();
    let mut by_initials: HashMap<&str, usize> = HashMap::default();
    let mut by_surname: HashMap<&str, usize> = HashMap::default();
    let mut acronyms: HashMap<&str, usize> = HashMap::default();
    for (m, &w) in which.iter().enumerate() {
        let f = &facts[w];
        let k = f.key.as_str();
        let links = [
            by_key.get(k).copied(),
            f.group.and_then(|g| by_alias.get(&g).copied()),
            if f.acronym {
                by_initials.get(k).copied()
            } else if f.several {
                acronyms.get(f.initials.as_str()).copied()
            } else {
                by_surname.get(surname(k)).copied()
            },
        ];
        for a in links.into_iter().flatten() {
            join(&mut parent, a, m);
        }
        by_key.entry(k).or_insert(m);
        if let Some(g) = f.group {
            by_alias.entry(g).or_insert(m);
        }
        if f.acronym {
            acronyms.entry(k).or_insert(m);
        } else if f.several {
            by_initials.entry(f.initials.as_str()).or_insert(m);
            by_surname.entry(surname(k)).or_insert(m);
        }
    }
    // Each entity is named by its longest written mention (an acronym only when nothing else).
    let roots: Vec<usize> = (0..names.len()).map(|m| find(&mut parent, m)).collect();
    let mut best: HashMap<usize, usize> = HashMap::default();
    for (m, root) in roots.iter().enumerate() {
        let rank = |k: usize| (!facts[which[k]].acronym, facts[which[k]].chars);
        let b = best.entry(*root).or_insert(m);
        if rank(m) > rank(*b) {
            *b = m;
        }
    }
    let mut entities: Vec<Entity> = Vec::new();
    let mut taken = rustc_hash::FxHashSet::default();
    let mut entity_of_root: HashMap<usize, usize> = HashMap::default();
    let of_mention = roots
        .iter()
        .map(|root| {
            *entity_of_root.entry(*root).or_insert_with(|| {
                let canonical = names[best[root]].clone();
                let id = unique_slug(&canonical, &mut taken);
                entities.push(Entity { id, canonical });
                entities.len() - 1
            })
        })
        .collect();
    (entities, of_mention)
}

fn unique_slug(name: &str, taken: &mut rustc_hash::FxHashSet<String>) -> String {
    let mut slug = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_string();
    let mut candidate = slug.clone();
    let mut n = 2;
    while taken.contains(&candidate) {
        candidate = format!("{slug}-{n}");
        n += 1;
    }
    taken.insert(candidate.clone());
    candidate
}
