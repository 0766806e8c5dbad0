//! Derived views of a document for rendering: paragraph-sized chunks, the spans that touch each
//! chunk, and the pieces of text between span boundaries.
//!
//! Chunks are cut once per text; the spans of each chunk are recomputed per change of spans, and a
//! chunk whose span list did not change need not be drawn again.

use std::rc::Rc;

use crate::text::Text;

mod per_chunk;
pub use per_chunk::{dirty_chunks, spans_and_suggestions_per_chunk, spans_in_chunks, spans_per_chunk, MarkedSpan};

/// Chunks longer than this are cut at white space, so one long paragraph stays cheap to redraw.
pub const MAX_CHUNK_CHARS: usize = 10_000;

#[derive(Debug, Clone)]
pub struct Chunk {
    pub start: usize,
    pub end: usize,
    pub text: Rc<str>,
}

/// Compared on every render of every chunk: the same text is found by pointer (`Rc<str>` has
/// no such shortcut of its own).
impl PartialEq for Chunk {
    fn eq(&self, o: &Self) -> bool {
        (self.start, self.end) == (o.start, o.end) && (Rc::ptr_eq(&self.text, &o.text) || self.text == o.text)
    }
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
    // Kept sorted as they are added: spans come in reading order and most end soon after they
    // start, so each insert lands near the end (and the download needs no sort for it).
    let mut cuts = vec![start, end];
    let bounds = spans.iter().flat_map(|s| [s.start, s.end]).chain(cursor.into_iter().flat_map(|(a, b)| [a, b]));
    for c in bounds.filter(|c| (start..=end).contains(c)) {
        if let Err(at) = cuts.binary_search(&c) {
            cuts.insert(at, c);
        }
    }
    cuts.windows(2)
        .map(|w| {
            let (a, b) = (w[0], w[1]);
            // By level, then index: a piece has a few spans, so inserting in order is enough (and
            // spares the download a sort).
            let mut covering: Vec<usize> = Vec::new();
            for i in (0..spans.len()).filter(|&i| spans[i].start <= a && b <= spans[i].end) {
                let at = covering.partition_point(|&j| spans[j].level <= spans[i].level);
                covering.insert(at, i);
            }
            let in_cursor = cursor.is_some_and(|(ca, cb)| ca <= a && b <= cb);
            Piece { start: a, end: b, spans: covering, in_cursor }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::labels::LabelId;
    use crate::spans::{Span, SpanId, SpanSet};

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

    #[test]
    fn a_piece_lists_its_spans_by_level_then_reading_order() {
        // A 0..5 (level 0), B 3..20 (level 1), C 6..10 (level 0 again, A having ended): the
        // piece 6..10 lists C before B although B comes first in reading order.
        let t = Text::new("x".repeat(30).as_str());
        let mut set = SpanSet::new();
        for (id, a, b) in [("a", 0, 5), ("b", 3, 20), ("c", 6, 10)] {
            set.insert(Span::new(SpanId::new(id), a, b, LabelId(0)));
        }
        let per = spans_per_chunk(&chunks(&t), &set);
        let ps = pieces(0, 30, &per[0], None);
        let shown: Vec<(usize, usize, Vec<&str>)> =
            ps.iter().map(|p| (p.start, p.end, p.spans.iter().map(|&i| per[0][i].id.as_str()).collect())).collect();
        assert_eq!(
            shown,
            [
                (0, 3, vec!["a"]),
                (3, 5, vec!["a", "b"]),
                (5, 6, vec!["b"]),
                (6, 10, vec!["c", "b"]),
                (10, 20, vec!["b"]),
                (20, 30, vec![]),
            ]
        );
    }
}
