//! Word boundaries: snapping a rough selection to whole words, and moving a keyboard cursor.
//!
//! A word is a run of letters, digits and combining marks. Han, kana and Hangul characters are
//! words of one character each, since those scripts do not put spaces between words and snapping
//! to a whole sentence would be useless. Apostrophes and hyphens split words ("Russia’s",
//! "al-Assad"), so that the possessive or prefix stays outside a name.

use crate::text::Text;

fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0670 | 0x06D6..=0x06DC | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0E31 | 0x0E34..=0x0E3A
        | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200D | 0x20D0..=0x20FF | 0xFE00..=0xFE0F
        | 0xFE20..=0xFE2F | 0x1F3FB..=0x1F3FF | 0xE0100..=0xE01EF)
}

fn is_ideographic(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF
        | 0x20000..=0x2FFFF)
}

pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// True where no boundary may fall between `a` and `b` when snapping to words.
fn joins(a: char, b: char) -> bool {
    is_mark(b) || a == '\u{200D}' || (is_word_char(a) && is_word_char(b) && !is_ideographic(a) && !is_ideographic(b))
}

/// Characters trimmed from both ends of a selection: white space and punctuation.
pub fn is_trimmable(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || matches!(
            c,
            '‘' | '’'
                | '‚'
                | '‛'
                | '“'
                | '”'
                | '„'
                | '‟'
                | '«'
                | '»'
                | '‹'
                | '›'
                | '–'
                | '—'
                | '―'
                | '…'
                | '·'
                | '•'
                | '¡'
                | '¿'
                | '、'
                | '。'
                | '，'
                | '．'
                | '：'
                | '；'
                | '！'
                | '？'
                | '「'
                | '」'
                | '『'
                | '』'
                | '（'
                | '）'
                | '【'
                | '】'
                | '《'
                | '》'
                | '〈'
                | '〉'
                | '،'
                | '؛'
                | '؟'
                | '۔'
                | '\u{feff}'
                | '\u{200b}'
        )
}

/// Turns a rough selection `start..end` into the span a user meant: trims white space and
/// punctuation from both ends, then (when `snap` is on) widens each end to a word boundary.
/// A combining mark is never split from its base character, snapping or not.
/// Returns `None` when nothing but white space and punctuation was selected.
pub fn snap_selection(text: &Text, start: usize, end: usize, snap: bool) -> Option<(usize, usize)> {
    let (mut start, mut end) = (start.min(text.len()), end.min(text.len()));
    if start > end {
        std::mem::swap(&mut start, &mut end);
    }
    let mut chars = text.slice(start, end).chars();
    start += chars.by_ref().take_while(|c| is_trimmable(*c)).count();
    if start >= end {
        return None;
    }
    end -= text.slice(start, end).chars().rev().take_while(|c| is_trimmable(*c)).count();
    let must_join = |a: char, b: char| {
        if snap {
            joins(a, b)
        } else {
            is_mark(b) || a == '\u{200D}'
        }
    };
    let before = text.slice(0, start).chars().rev();
    let mut next = text.char_at(start).expect("start < end");
    for prev in before {
        if !must_join(prev, next) {
            break;
        }
        start -= 1;
        next = prev;
    }
    let mut prev = text.slice(start, end).chars().next_back().expect("start < end");
    for c in text.slice(end, text.len()).chars() {
        if !must_join(prev, c) {
            break;
        }
        end += 1;
        prev = c;
    }
    Some((start, end))
}

/// The first word that starts at or after `from`.
pub fn next_word(text: &Text, from: usize) -> Option<(usize, usize)> {
    let from = from.min(text.len());
    let skipped = text.slice(from, text.len()).chars().take_while(|c| !is_word_char(*c)).count();
    let start = from + skipped;
    (start < text.len()).then(|| word_from(text, start))
}

/// The last word that ends at or before `to`.
pub fn previous_word(text: &Text, to: usize) -> Option<(usize, usize)> {
    let to = to.min(text.len());
    let skipped = text.slice(0, to).chars().rev().take_while(|c| !is_word_char(*c)).count();
    let end = to - skipped;
    if end == 0 {
        return None;
    }
    snap_selection(text, end - 1, end, true)
}

fn word_from(text: &Text, start: usize) -> (usize, usize) {
    snap_selection(text, start, start + 1, true).unwrap_or((start, start + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snapped(s: &str, start: usize, end: usize, snap: bool) -> Option<String> {
        let t = Text::new(s);
        snap_selection(&t, start, end, snap).map(|(a, b)| t.slice(a, b).to_string())
    }

    #[test]
    fn snap_table() {
        let s = "On March 3, Russia’s “FSB” met in Kraków 😀 東京都 today.";
        let cases: &[(usize, usize, bool, Option<&str>)] = &[
            (4, 6, true, Some("March")),    // inside a word widens to it
            (2, 11, true, Some("March 3")), // leading space, trailing comma trimmed
            (12, 17, true, Some("Russia")), // apostrophe ends the word
            (21, 26, true, Some("FSB")),    // curly quotes trimmed
            (4, 6, false, Some("ar")),      // snapping off keeps the selection
            (34, 37, true, Some("Kraków")),
            (41, 42, true, Some("😀")), // symbols are kept, not trimmed
            (44, 45, true, Some("京")), // ideographs are one-character words
            (10, 12, true, None),       // only ", "
        ];
        for (start, end, snap, want) in cases {
            assert_eq!(snapped(s, *start, *end, *snap).as_deref(), *want, "{start}..{end} snap={snap}");
        }
    }

    #[test]
    fn never_splits_a_combining_mark_from_its_base() {
        let s = "cafe\u{301} noir";
        assert_eq!(snapped(s, 0, 4, false).as_deref(), Some("cafe\u{301}"));
    }

    #[test]
    fn cursor_moves_by_word() {
        let t = Text::new("  Hello, big world!");
        assert_eq!(next_word(&t, 0), Some((2, 7)));
        assert_eq!(next_word(&t, 7), Some((9, 12)));
        assert_eq!(next_word(&t, 18), None);
        assert_eq!(previous_word(&t, 13), Some((9, 12)));
        assert_eq!(previous_word(&t, 2), None);
    }
}
