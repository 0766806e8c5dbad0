//! The spans each chunk draws, with their stacking levels: computed for the whole document when
//! it opens, then after an edit only for the chunks around it (a book has 600 chunks and 28,000
//! spans and suggestions; an edit touches one chunk).

use std::borrow::Borrow;
use std::ops::Range;

use super::Chunk;
use crate::labels::LabelId;
use crate::spans::{SpanId, SpanSet};

/// A span as a chunk draws it, with its stacking level: overlapping spans get different levels
/// so each keeps its own underline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkedSpan {
    pub id: SpanId,
    pub start: usize,
    pub end: usize,
    pub label: LabelId,
    pub level: u8,
}

/// The spans that touch each chunk, in reading order; `result[i]` belongs to `chunks[i]`.
pub fn spans_per_chunk(chunks: &[Chunk], spans: &SpanSet) -> Vec<Vec<MarkedSpan>> {
    spans_and_suggestions_per_chunk(chunks, spans, &[])
}

/// The same with suggested spans drawn among them (their ids start with `?`), all in reading
/// order, so that nesting levels take every one into account. A suggestion the spans already
/// hold (same words, same label) is not drawn: accepting one needs no other change here.
pub fn spans_and_suggestions_per_chunk(
    chunks: &[Chunk],
    spans: &SpanSet,
    suggested: &[&SpanSet],
) -> Vec<Vec<MarkedSpan>> {
    spans_in_chunks(chunks, 0..chunks.len(), spans, suggested)
}

/// The chunks to compute again after the spans within `a..b` changed (the union of the old and
/// the new ones' ranges): those touching `a..b`, widened to chunk boundaries no span crossed
/// before the change. Levels stack across overlapping spans, so they must be computed from a
/// point where no span is open. `old[i]` are the spans `chunks[i]` drew before the change.
pub fn dirty_chunks<L: Borrow<Vec<MarkedSpan>>>(chunks: &[Chunk], old: &[L], a: usize, b: usize) -> Range<usize> {
    let open_at = |i: usize| old.get(i).is_some_and(|l| l.borrow().iter().any(|m| m.start < chunks[i].start));
    let mut from = chunks.partition_point(|c| c.end <= a).min(chunks.len().saturating_sub(1));
    let mut to = chunks.partition_point(|c| c.start < b).max(from + 1).min(chunks.len());
    while from > 0 && open_at(from) {
        from -= 1;
    }
    while to < chunks.len() && open_at(to) {
        to += 1;
    }
    from..to
}

/// The spans that touch each of `chunks[range]` (the result's first list belongs to
/// `chunks[range.start]`), with the levels the whole document's computation gives them, as long
/// as no span crosses into the range from before it (`dirty_chunks` picks such ranges).
pub fn spans_in_chunks(
    chunks: &[Chunk],
    range: Range<usize>,
    spans: &SpanSet,
    suggested: &[&SpanSet],
) -> Vec<Vec<MarkedSpan>> {
    let part = &chunks[range];
    let (Some(first), Some(last)) = (part.first(), part.last()) else { return Vec::new() };
    let mut out = vec![Vec::new(); part.len()];
    let mut active: Vec<(usize, u8)> = Vec::new();
    let mut sources: Vec<_> = std::iter::once(spans)
        .chain(suggested.iter().copied())
        .map(|set| set.starting_in(first.start, last.end).iter().peekable())
        .collect();
    let merged = std::iter::from_fn(|| {
        let (k, _) = sources
            .iter_mut()
            .enumerate()
            .filter_map(|(k, it)| it.peek().map(|s| (k, (s.start, std::cmp::Reverse(s.end)))))
            .min_by_key(|(_, key)| *key)?;
        sources[k].next().map(|s| (k > 0, s))
    });
    for (suggestion, s) in merged {
        if suggestion && spans.find_same(s.start, s.end, s.label).is_some() {
            continue;
        }
        active.retain(|(end, _)| *end > s.start);
        let level = (0..=u8::MAX).find(|l| active.iter().all(|(_, al)| al != l)).unwrap_or(u8::MAX);
        active.push((s.end, level));
        let first = part.partition_point(|c| c.end <= s.start);
        for (i, c) in part.iter().enumerate().skip(first) {
            if c.start >= s.end {
                break;
            }
            out[i].push(MarkedSpan { id: s.id.clone(), start: s.start, end: s.end, label: s.label, level });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::segments::chunks;
    use crate::spans::Span;
    use crate::text::Text;

    /// Ten lines of 20 characters: chunks at every 20 code points.
    fn text() -> Text {
        Text::new("abcdefghi jklmnopqr\n".repeat(10).as_str())
    }

    fn set(ranges: &[(usize, usize, u32)], prefix: &str) -> SpanSet {
        let mut set = SpanSet::new();
        for (i, &(a, len, label)) in ranges.iter().enumerate() {
            set.insert(Span::new(SpanId::new(format!("{prefix}{i}")), a, (a + len).min(200), LabelId(label)));
        }
        set
    }

    fn range() -> impl Strategy<Value = (usize, usize, u32)> {
        // Mostly short spans, some across lines (up to three chunks).
        (0usize..199, prop_oneof![4 => 1usize..8, 1 => 8usize..60], 0u32..3)
    }

    proptest! {
        /// Computing only the dirty chunks after an edit gives what computing every chunk gives.
        #[test]
        fn dirty_chunks_recomputed_equal_all_chunks_recomputed(
            spans in proptest::collection::vec(range(), 0..40),
            suggested in proptest::collection::vec(range(), 0..40),
            added in proptest::option::of(range()),
            removed in proptest::option::of(any::<prop::sample::Index>()),
        ) {
            let cs = chunks(&text());
            let suggested = set(&suggested, "?");
            let before = set(&spans, "s");
            let old = spans_and_suggestions_per_chunk(&cs, &before, &[&suggested]);
            let mut after = before.clone();
            let (mut a, mut b) = (usize::MAX, 0);
            if let Some(i) = removed.filter(|_| !before.is_empty()) {
                let gone = before.as_slice()[i.index(before.len())].clone();
                after.remove(&gone.id);
                (a, b) = (a.min(gone.start), b.max(gone.end));
            }
            if let Some((s, len, label)) = added {
                let end = (s + len).min(200);
                after.insert(Span::new(SpanId::new("new"), s, end, LabelId(label)));
                (a, b) = (a.min(s), b.max(end));
            }
            prop_assume!(a <= b);
            let dirty = dirty_chunks(&cs, &old, a, b);
            let mut got = old.clone();
            got.splice(dirty.clone(), spans_in_chunks(&cs, dirty, &after, &[&suggested]));
            prop_assert_eq!(got, spans_and_suggestions_per_chunk(&cs, &after, &[&suggested]));
        }
    }

    #[test]
    fn a_span_open_across_a_boundary_widens_the_dirty_range() {
        let cs = chunks(&text());
        // One span from the second line into the fourth: an edit on the fourth line must
        // recompute from the second, where that span opens.
        let spans = set(&[(25, 40, 0), (65, 3, 1)], "s");
        let old = spans_per_chunk(&cs, &spans);
        assert_eq!(dirty_chunks(&cs, &old, 70, 72), 1..4);
        assert_eq!(dirty_chunks(&cs, &old, 105, 107), 5..6);
    }
}
