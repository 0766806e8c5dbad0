//! Derived views of a document for rendering: paragraph-sized chunks, the spans that touch each
//! chunk, and the pieces of text between span boundaries.
//!
//! Chunks are cut once per text; the spans of each chunk are recomputed per change of spans, and a
//! chunk whose span list did not change need not be drawn again.

use std::rc::Rc;

use crate::labels::LabelId;
use crate::spans::{SpanId, SpanSet};
use crate::text::Text;

/// Chunks longer than this are cut at white space, so one long paragraph stays cheap to redraw.
pub const MAX_CHUNK_CHARS: usize = 10_000;

#[derive(Debug, Clone, PartialEq)]
pub struct Chunk {
    pub start: usize,
    pub end: usize,
    pub text: Rc<str>,
}

/// Cuts `text` after each line break (and in overlong lines, after white space), so chunks
/// follow paragraphs and cover the text exactly, in order.
pub fn chunks(text: &Text) -> Vec<Chunk> {
    let s = text.as_str();
    let mut out = Vec::new();
    let (mut chunk_byte, mut chunk_cp, mut cp) = (0, 0, 0);
    let mut chars = s.char_indices().peekable();
    while let Some((b, c)) = chars.next() {
        cp += 1;
        let next_is_break = matches!(chars.peek(), Some((_, '\n' | '\r')));
        let cut = (c == '\n' && !next_is_break) || (cp - chunk_cp >= MAX_CHUNK_CHARS && c.is_whitespace());
        if cut {
            let end_byte = b + c.len_utf8();
            out.push(Chunk { start: chunk_cp, end: cp, text: s[chunk_byte..end_byte].into() });
            (chunk_byte, chunk_cp) = (end_byte, cp);
        }
    }
    if chunk_byte < s.len() {
        out.push(Chunk { start: chunk_cp, end: cp, text: s[chunk_byte..].into() });
    }
    out
}

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
    let mut out = vec![Vec::new(); chunks.len()];
    let mut active: Vec<(usize, u8)> = Vec::new();
    let mut sources: Vec<_> =
        std::iter::once(spans).chain(suggested.iter().copied()).map(|set| set.iter().peekable()).collect();
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
        let first = chunks.partition_point(|c| c.end <= s.start);
        for (i, c) in chunks.iter().enumerate().skip(first) {
            if c.start >= s.end {
                break;
            }
            out[i].push(MarkedSpan { id: s.id.clone(), start: s.start, end: s.end, label: s.label, level });
        }
    }
    out
}

/// A run of text with one set of covering spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub start: usize,
    pub end: usize,
    /// Indexes into the chunk's spans, outermost level first.
    pub spans: Vec<usize>,
    /// True inside the keyboard cursor.
    pub in_cursor: bool,
}

/// Cuts `start..end` wherever a span or the cursor begins or ends.
pub fn pieces(start: usize, end: usize, spans: &[MarkedSpan], cursor: Option<(usize, usize)>) -> Vec<Piece> {
    let mut cuts = vec![start, end];
    for s in spans {
        cuts.extend([s.start, s.end]);
    }
    if let Some((a, b)) = cursor {
        cuts.extend([a, b]);
    }
    cuts.retain(|c| (start..=end).contains(c));
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let (a, b) = (w[0], w[1]);
            let mut covering: Vec<usize> =
                (0..spans.len()).filter(|&i| spans[i].start <= a && b <= spans[i].end).collect();
            covering.sort_unstable_by_key(|&i| (spans[i].level, i));
            let in_cursor = cursor.is_some_and(|(ca, cb)| ca <= a && b <= cb);
            Piece { start: a, end: b, spans: covering, in_cursor }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spans::Span;

    #[test]
    fn chunks_follow_paragraphs_and_cover_the_text() {
        let t = Text::new("First line\nsecond 😀\r\n\r\nThird");
        let got: Vec<_> = chunks(&t).iter().map(|c| (c.start, c.end, c.text.to_string())).collect();
        assert_eq!(
            got,
            [(0, 11, "First line\n".into()), (11, 23, "second 😀\r\n\r\n".into()), (23, 28, "Third".into())]
        );
    }

    #[test]
    fn overlong_lines_are_cut_at_white_space() {
        let words = "word ".repeat(3000);
        let cs = chunks(&Text::new(words.as_str()));
        assert!(cs.len() >= 2);
        assert!(cs.iter().all(|c| c.end - c.start <= MAX_CHUNK_CHARS && c.text.ends_with(' ')));
        assert_eq!(cs.iter().map(|c| c.text.len()).sum::<usize>(), words.len());
    }

    #[test]
    fn nested_spans_get_levels_and_pieces() {
        // "the Russian embassy in Kabul": Actor 0..28 holds Place 23..28.
        let t = Text::new("the Russian embassy in Kabul.");
        let mut set = SpanSet::new();
        set.insert(Span::new(SpanId::new("actor"), 0, 28, LabelId(0)));
        set.insert(Span::new(SpanId::new("place"), 23, 28, LabelId(2)));
        let cs = chunks(&t);
        let per = spans_per_chunk(&cs, &set);
        let levels: Vec<_> = per[0].iter().map(|m| (m.id.as_str(), m.level)).collect();
        assert_eq!(levels, [("actor", 0), ("place", 1)]);
        let ps = pieces(0, 29, &per[0], Some((4, 11)));
        let shape: Vec<_> = ps.iter().map(|p| (p.start, p.end, p.spans.len(), p.in_cursor)).collect();
        assert_eq!(
            shape,
            [(0, 4, 1, false), (4, 11, 1, true), (11, 23, 1, false), (23, 28, 2, false), (28, 29, 0, false)]
        );
    }
}
