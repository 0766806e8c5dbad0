//! Names read by the company they keep: a name listed with countries is a country, and small
//! towns near each other are towns.

use rustc_hash::FxHashMap as HashMap;

use super::grid::Support;
use super::names::{distinct_names, name_key, Found, NameKey};
use super::{Place, PlaceKind};
use crate::suggest::tokens::Token;

/// How sure the other names must be that a small town is near them, for it to be kept alone.
/// Chosen on LGL among 0.5, 0.75, 1.0 and 1.5 (BENCHMARKS.md): lower finds more and keeps more
/// that is no place.
const NEIGHBOURS: f64 = 0.75;

/// Small towns near each other hold each other up ("Litchfield, Winsted and all Torrington
/// volunteer departments"; "a Chiefland bar brawl ... the Cross City area"): each name one vote
/// shared among its readings, so that "Jackson" and "Marshall", which have towns in every state,
/// find no neighbours by chance.
pub struct Neighbours<'g> {
    /// Each distinct name's place in `support`.
    of: HashMap<NameKey<'g>, usize>,
    support: Support<'g>,
}

impl<'g> Neighbours<'g> {
    /// `names`: the names that may vote (no word of the text, no family's name).
    pub fn of<'f>(names: impl Iterator<Item = &'f Found<'g>>) -> Neighbours<'g>
    where
        'g: 'f,
    {
        let (of, first) = distinct_names(names);
        let readings: Vec<&[&'g Place]> = first.iter().map(|f| &f.2[..]).collect();
        Neighbours { of, support: Support::of(&readings) }
    }

    /// Whether the other names are sure enough that one reading of `f` is near them.
    pub fn hold_up(&self, f: &Found<'g>) -> bool {
        self.of.get(&name_key(f)).is_some_and(|&k| f.2.iter().any(|p| self.support.near(p, k) >= NEIGHBOURS))
    }
}

/// Whether the name at tokens `i..i + n` is listed with a country or a world region ("China,
/// Canada, Britain and the Soviet Union"; "the Middle East, Italy") that has no state among its
/// readings. `found`: the names found, in token order.
pub fn listed_with_lands(t: &[Token], found: &[Found], i: usize, n: usize) -> bool {
    let land = |f: &Found| {
        f.2.iter().any(|p| matches!(p.kind, PlaceKind::Country | PlaceKind::Region | PlaceKind::Continent))
            && !f.2.iter().any(|p| p.kind == PlaceKind::Division)
    };
    // "and", "or" or a comma between, and perhaps "the".
    let joined = |a: &Found, b: &Found| {
        let gap = a.0 + a.1;
        matches!(t[gap].lower, "and" | "or" | ",") && (b.0 == gap + 1 || b.0 == gap + 2 && t[gap + 1].lower == "the")
    };
    let Ok(k) = found.binary_search_by_key(&i, |f| f.0) else { return false };
    found[k].1 == n
        && (k > 0 && joined(&found[k - 1], &found[k]) && land(&found[k - 1])
            || k + 1 < found.len() && joined(&found[k], &found[k + 1]) && land(&found[k + 1]))
}
