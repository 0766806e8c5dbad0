//! A document's text with fast code-point indexing.
//!
//! Spans are stored in code points, but Rust slices by byte. Scanning from the start for every
//! slice would make a book-length document quadratic, so `Text` keeps the byte position of every
//! 64th code point: any conversion then scans at most 63 characters.

use std::rc::Rc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

const STRIDE: usize = 64;

#[derive(Clone, PartialEq, Eq)]
pub struct Text {
    text: Rc<str>,
    /// Byte offset of code point `i * STRIDE`; empty when the text is ASCII (bytes == code points).
    checkpoints: Rc<[u32]>,
    len_chars: usize,
}

impl Text {
    pub fn new(text: impl Into<Rc<str>>) -> Self {
        let text: Rc<str> = text.into();
        let (checkpoints, len_chars) = if text.is_ascii() {
            (Vec::new(), text.len())
        } else {
            let mut points = Vec::with_capacity(text.len() / STRIDE + 1);
            let mut n = 0;
            for (b, _) in text.char_indices() {
                if n % STRIDE == 0 {
                    points.push(b as u32);
                }
                n += 1;
            }
            (points, n)
        };
        Text { text, checkpoints: checkpoints.into(), len_chars }
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
    fn ascii_text_needs_no_checkpoints() {
        let t = Text::new("plain words");
        assert_eq!(t.slice(6, 11), "words");
        assert_eq!(t.byte_of(11), 11);
    }
}
