//! A document's text with fast code-point indexing.
//!
//! Spans are stored in code points, but Rust slices by byte. Scanning from the start for every
//! slice would make a book-length document quadratic, so `Text` keeps the byte position of every
//! 64th code point: any conversion then scans at most 63 characters.

use std::rc::Rc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::offsets::OffsetUnit;

const STRIDE: usize = 64;

#[derive(Clone)]
pub struct Text {
    text: Rc<str>,
    /// Byte offset of code point `i * STRIDE`; empty when the text is ASCII (bytes == code points).
    checkpoints: Rc<[u32]>,
    /// UTF-16 offset of code point `i * STRIDE`; empty when the text is ASCII.
    utf16_checkpoints: Rc<[u32]>,
    len_chars: usize,
}

/// Equal texts have equal checkpoints. `Rc<str>` has no same-pointer shortcut (the standard
/// library's applies to sized types only), and comparing a book's text on every render cost a
/// millisecond.
impl PartialEq for Text {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.text, &o.text) || self.text == o.text
    }
}

impl Eq for Text {}

impl Text {
    pub fn new(text: impl Into<Rc<str>>) -> Self {
        let text: Rc<str> = text.into();
        let (checkpoints, utf16_checkpoints, len_chars) = if text.is_ascii() {
            (Vec::new(), Vec::new(), text.len())
        } else {
            let mut points = Vec::with_capacity(text.len() / STRIDE + 1);
            let mut points16 = Vec::with_capacity(text.len() / STRIDE + 1);
            let (mut n, mut units) = (0, 0);
            for (b, c) in text.char_indices() {
                if n % STRIDE == 0 {
                    points.push(b as u32);
                    points16.push(units as u32);
                }
                n += 1;
                units += c.len_utf16();
            }
            (points, points16, n)
        };
        Text { text, checkpoints: checkpoints.into(), utf16_checkpoints: utf16_checkpoints.into(), len_chars }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn shared(&self) -> Rc<str> {
        self.text.clone()
    }

    /// Length in code points.
    pub fn len(&self) -> usize {
        self.len_chars
    }

    pub fn is_empty(&self) -> bool {
        self.len_chars == 0
    }

    /// Byte offset of code point `cp`, which must be `<= len()`.
    pub fn byte_of(&self, cp: usize) -> usize {
        assert!(cp <= self.len_chars, "code point {cp} past the end ({})", self.len_chars);
        if self.checkpoints.is_empty() {
            return cp;
        }
        if cp == self.len_chars {
            return self.text.len();
        }
        let base = self.checkpoints[cp / STRIDE] as usize;
        match self.text[base..].char_indices().nth(cp % STRIDE) {
            Some((b, _)) => base + b,
            None => self.text.len(),
        }
    }

    /// Converts `offset`, counted in `unit`, to code points; `None` past the end or inside a
    /// character. Costs a binary search and a scan of at most 64 characters.
    pub fn to_code_point(&self, offset: usize, unit: OffsetUnit) -> Option<usize> {
        if unit == OffsetUnit::Codepoint || self.checkpoints.is_empty() {
            let len = if unit == OffsetUnit::Codepoint { self.len_chars } else { self.text.len() };
            return (offset <= len).then_some(offset);
        }
        let table = if unit == OffsetUnit::Utf8 { &self.checkpoints } else { &self.utf16_checkpoints };
        let block = table.partition_point(|&p| p as usize <= offset).checked_sub(1)?;
        let base_cp = block * STRIDE;
        let base_byte = self.checkpoints[block] as usize;
        let mut pos = table[block] as usize;
        for (i, c) in self.text[base_byte..].chars().enumerate() {
            if pos == offset {
                return Some(base_cp + i);
            }
            if pos > offset {
                return None;
            }
            pos += if unit == OffsetUnit::Utf8 { c.len_utf8() } else { c.len_utf16() };
        }
        (pos == offset).then_some(self.len_chars)
    }

    /// Converts a code-point offset to `unit`; `None` past the end.
    pub fn from_code_point(&self, cp: usize, unit: OffsetUnit) -> Option<usize> {
        if cp > self.len_chars {
            return None;
        }
        if unit == OffsetUnit::Codepoint || self.checkpoints.is_empty() {
            return Some(cp);
        }
        if unit == OffsetUnit::Utf8 {
            return Some(self.byte_of(cp));
        }
        let block = cp / STRIDE;
        let Some(&base) = self.utf16_checkpoints.get(block) else { return Some(self.text.encode_utf16().count()) };
        let from = self.checkpoints[block] as usize;
        Some(base as usize + self.text[from..].chars().take(cp - block * STRIDE).map(char::len_utf16).sum::<usize>())
    }

    /// The text between two code-point offsets.
    pub fn slice(&self, start: usize, end: usize) -> &str {
        &self.text[self.byte_of(start)..self.byte_of(end)]
    }

    /// The character at code point `cp`, if any.
    pub fn char_at(&self, cp: usize) -> Option<char> {
        if cp >= self.len_chars {
            return None;
        }
        self.text[self.byte_of(cp)..].chars().next()
    }
}

impl Default for Text {
    fn default() -> Self {
        Text::new("")
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&*self.text, f)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Text::new(String::deserialize(d)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_by_code_point_across_many_checkpoints() {
        let s: String = (0..500).map(|i| if i % 7 == 0 { '😀' } else { 'é' }).collect();
        let t = Text::new(s.clone());
        assert_eq!(t.len(), 500);
        for (start, end) in [(0, 0), (0, 1), (63, 65), (64, 128), (130, 500), (499, 500)] {
            let expected: String = s.chars().skip(start).take(end - start).collect();
            assert_eq!(t.slice(start, end), expected, "{start}..{end}");
        }
        assert_eq!(t.char_at(7), Some('😀'));
        assert_eq!(t.char_at(500), None);
    }

    #[test]
    fn unit_conversions_agree_with_the_plain_ones() {
        use crate::offsets::{from_code_point, to_code_point};
        let s: String = (0..300).map(|i| ['a', 'é', '😀', '東'][i % 4]).collect();
        let t = Text::new(s.as_str());
        for unit in [OffsetUnit::Codepoint, OffsetUnit::Utf16, OffsetUnit::Utf8] {
            for offset in 0..=s.len() + 2 {
                assert_eq!(t.to_code_point(offset, unit), to_code_point(&s, offset, unit), "{unit:?} {offset}");
            }
            for cp in 0..=302 {
                assert_eq!(t.from_code_point(cp, unit), from_code_point(&s, cp, unit), "{unit:?} cp {cp}");
            }
        }
    }

    #[test]
    fn ascii_text_needs_no_checkpoints() {
        let t = Text::new("plain words");
        assert_eq!(t.slice(6, 11), "words");
        assert_eq!(t.byte_of(11), 11);
    }
}
