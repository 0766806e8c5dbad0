//! Conflicts between annotators' versions of one document, and the gold version they start from.
//!
//! A span every version has (or, by majority, more than half) goes into gold at once. The other
//! spans, grouped where they overlap, make the conflicts: each conflict lists what each version
//! has there, possibly nothing ("missing"). A conflict's id is its extent, so it stays the same
//! as long as the versions do.

use crate::document::Document;
use crate::labels::LabelId;
use crate::spans::{Span, SpanSet};

/// A span as versions compare them: range and label.
pub type Key = (usize, usize, LabelId);

fn key(s: &Span) -> Key {
    (s.start, s.end, s.label)
}

#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// `c{start}-{end}`, code points.
    pub id: String,
    pub start: usize,
    pub end: usize,
    /// Per annotator (in `annotated` order): its spans inside the conflict, in reading order.
    pub choices: Vec<Vec<Span>>,
}

impl Conflict {
    /// Every span any version offers here.
    pub fn offered(&self) -> impl Iterator<Item = &Span> {
        self.choices.iter().flatten()
    }
}

/// How many versions hold each span (by range and label), with one of its spans, in reading
/// order (start, the longer first, then label). The versions are merged as they are kept, in
/// reading order, rather than sorted: the page carries no sort for it.
fn tally<'a>(versions: &[&'a SpanSet]) -> Vec<(Key, usize, &'a Span)> {
    let mut heads = vec![0usize; versions.len()];
    let mut out: Vec<(Key, usize, &Span)> = Vec::new();
    loop {
        let next = versions
            .iter()
            .zip(&heads)
            .filter_map(|(set, &h)| set.as_slice().get(h))
            .map(|s| (s.start, std::cmp::Reverse(s.end)))
            .min();
        let Some((start, std::cmp::Reverse(end))) = next else { break };
        let from = out.len();
        for (set, h) in versions.iter().zip(heads.iter_mut()) {
            let spans = set.as_slice();
            let mut seen: Vec<LabelId> = Vec::new();
            while let Some(s) = spans.get(*h).filter(|s| (s.start, s.end) == (start, end)) {
                *h += 1;
                if seen.contains(&s.label) {
                    continue;
                }
                seen.push(s.label);
                match out[from..].iter_mut().find(|o| o.0 .2 == s.label) {
                    Some(o) => o.1 += 1,
                    None => out.push(((start, end, s.label), 1, s)),
                }
            }
        }
        // One range's labels, a handful: in label order, so lookups agree with `find`.
        let group = &mut out[from..];
        for i in 1..group.len() {
            let mut j = i;
            while j > 0 && group[j - 1].0 .2 > group[j].0 .2 {
                group.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    out
}

/// Whether `keys` (in `tally`'s order) holds `k`.
fn find(keys: &[Key], k: Key) -> bool {
    let at = keys.partition_point(|x| (x.0, std::cmp::Reverse(x.1)) < (k.0, std::cmp::Reverse(k.1)));
    keys[at..].iter().take_while(|x| (x.0, x.1) == (k.0, k.1)).any(|x| x.2 == k.2)
}

fn settled_at_once(count: usize, versions: usize, majority: bool) -> bool {
    if majority {
        count * 2 > versions
    } else {
        count == versions
    }
}

/// The spans gold starts from: those all versions (or a strict majority) share.
pub fn agreed(versions: &[&SpanSet], majority: bool) -> Vec<Span> {
    tally(versions)
        .into_iter()
        .filter(|(_, n, _)| settled_at_once(*n, versions.len(), majority))
        .map(|(_, _, s)| s.clone())
        .collect()
}

/// The conflicts between `versions`, in reading order.
pub fn between(versions: &[&SpanSet], majority: bool) -> Vec<Conflict> {
    let disputed: Vec<Key> = tally(versions)
        .into_iter()
        .filter(|(_, n, _)| !settled_at_once(*n, versions.len(), majority))
        .map(|(k, _, _)| k)
        .collect();
    // Disputed spans sorted by start; a group grows while the next span starts before its end.
    let mut groups: Vec<(usize, usize)> = Vec::new();
    for (start, end, _) in &disputed {
        match groups.last_mut() {
            Some(g) if *start < g.1 => g.1 = g.1.max(*end),
            _ => groups.push((*start, *end)),
        }
    }
    groups
        .into_iter()
        .map(|(start, end)| Conflict {
            id: format!("c{start}-{end}"),
            start,
            end,
            choices: versions
                .iter()
                .map(|set| {
                    set.iter()
                        .filter(|s| s.start >= start && s.end <= end && find(&disputed, key(s)))
                        .cloned()
                        .collect()
                })
                .collect(),
        })
        .collect()
}

/// Which of `all` (a document's conflicts, in order of start) `settled` names. A conflict's id
/// is its extent (`c{start}-{end}`), so each settled id is found by a binary search.
pub fn settled_marks(settled: &[String], all: &[Conflict]) -> Vec<bool> {
    let mut marks = vec![false; all.len()];
    for id in settled {
        let start = id.strip_prefix('c').and_then(|r| r.split('-').next()).and_then(|s| s.parse::<usize>().ok());
        if let Some(start) = start {
            let from = all.partition_point(|c| c.start < start);
            if let Some(k) = all[from..].iter().take_while(|c| c.start == start).position(|c| c.id == *id) {
                marks[from + k] = true;
            }
        }
    }
    marks
}

/// The conflicts of a document under curation (or that curation would start from).
pub fn of(doc: &Document, owner: &str) -> Vec<Conflict> {
    let versions: Vec<&SpanSet> = super::annotated(doc, owner).into_iter().map(|(_, s)| s).collect();
    between(&versions, doc.team.majority)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spans::SpanId;

    const PLACE: LabelId = LabelId(2);
    const ACTOR: LabelId = LabelId(0);

    fn set(spans: &[(usize, usize, LabelId)]) -> SpanSet {
        spans
            .iter()
            .enumerate()
            .map(|(i, &(a, b, l))| Span::new(SpanId::new(format!("s{i}")), a, b, l))
            .collect::<Vec<_>>()
            .into()
    }

    fn keys(spans: &[Span]) -> Vec<Key> {
        spans.iter().map(key).collect()
    }

    #[test]
    fn what_all_share_is_gold_and_the_rest_are_conflicts() {
        // "Moscow" 10..16: Place, Actor, missing. "Friday" 20..26: all agree.
        let a = set(&[(10, 16, PLACE), (20, 26, ACTOR)]);
        let b = set(&[(10, 16, ACTOR), (20, 26, ACTOR)]);
        let c = set(&[(20, 26, ACTOR)]);
        let versions = [&a, &b, &c];
        assert_eq!(keys(&agreed(&versions, false)), [(20, 26, ACTOR)]);
        let conflicts = between(&versions, false);
        assert_eq!(conflicts.len(), 1);
        assert_eq!(conflicts[0].id, "c10-16");
        let choices: Vec<Vec<Key>> = conflicts[0].choices.iter().map(|c| keys(c)).collect();
        assert_eq!(choices, [vec![(10, 16, PLACE)], vec![(10, 16, ACTOR)], vec![]]);
    }

    #[test]
    fn majority_settles_two_of_three_and_leaves_the_third_as_a_conflict() {
        let a = set(&[(10, 16, PLACE)]);
        let b = set(&[(10, 16, PLACE)]);
        let c = set(&[(10, 20, PLACE)]);
        let versions = [&a, &b, &c];
        assert_eq!(keys(&agreed(&versions, true)), [(10, 16, PLACE)]);
        let conflicts = between(&versions, true);
        assert_eq!(conflicts.len(), 1, "{conflicts:?}");
        assert_eq!(conflicts[0].id, "c10-20");
        assert_eq!(conflicts[0].choices[0], vec![]);
        assert_eq!(keys(&conflicts[0].choices[2]), [(10, 20, PLACE)]);
        // All-agree: the shared span is disputed too, in the same conflict.
        assert!(agreed(&versions, false).is_empty());
        assert_eq!(between(&versions, false).len(), 1);
    }

    #[test]
    fn overlapping_disputed_spans_make_one_conflict_and_apart_ones_two() {
        let a = set(&[(0, 5, ACTOR), (30, 35, PLACE)]);
        let b = set(&[(3, 9, ACTOR)]);
        let conflicts = between(&[&a, &b], false);
        let ids: Vec<&str> = conflicts.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["c0-9", "c30-35"]);
        // Touching is not overlapping: end is exclusive.
        let c = set(&[(0, 5, ACTOR)]);
        let d = set(&[(5, 9, ACTOR)]);
        assert_eq!(between(&[&c, &d], false).len(), 2);
    }

    #[test]
    fn identical_versions_have_no_conflict() {
        let a = set(&[(0, 5, ACTOR), (3, 4, PLACE)]);
        assert!(between(&[&a, &a.clone()], false).is_empty());
        assert_eq!(agreed(&[&a, &a.clone()], false).len(), 2);
    }
}
