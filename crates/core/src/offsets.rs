//! Offset units and the conversions between them.
//!
//! Spanwright counts positions in Unicode code points (what Python's `str`, spaCy and doccano's
//! readers use). Rust strings index by UTF-8 byte, the browser's DOM by UTF-16 code unit; every
//! conversion between the three lives here so that no other module does offset arithmetic.
//!
//! ```
//! use spanwright_core::offsets::{utf16_to_code_point, code_point_to_utf16};
//! let s = "a😀b";
//! assert_eq!(utf16_to_code_point(s, 3), Some(2)); // the emoji is two UTF-16 units
//! assert_eq!(code_point_to_utf16(s, 2), Some(3));
//! assert_eq!(utf16_to_code_point(s, 2), None); // inside the surrogate pair
//! ```

use serde::{Deserialize, Serialize};

/// The unit an exported offset is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// Unicode scalar values, end exclusive: Python's `text[start:end]`.
    #[default]
    Codepoint,
    /// UTF-16 code units: JavaScript's `text.slice(start, end)`.
    Utf16,
    /// UTF-8 bytes: Rust's `&text[start..end]`.
    Utf8,
}

/// Converts a UTF-16 offset into `s` to code points; `None` when it falls inside a surrogate
/// pair or past the end.
pub fn utf16_to_code_point(s: &str, utf16: usize) -> Option<usize> {
    let mut units = 0;
    for (i, c) in s.chars().enumerate() {
        if units == utf16 {
            return Some(i);
        }
        if units > utf16 {
            return None;
        }
        units += c.len_utf16();
    }
    (units == utf16).then(|| s.chars().count())
}

/// Converts a code-point offset into `s` to UTF-16 units; `None` past the end.
pub fn code_point_to_utf16(s: &str, code_point: usize) -> Option<usize> {
    let mut units = 0;
    let mut chars = s.chars();
    for _ in 0..code_point {
        units += chars.next()?.len_utf16();
    }
    Some(units)
}

/// Converts a byte offset into `s` to code points; `None` when it is not on a character boundary.
pub fn byte_to_code_point(s: &str, byte: usize) -> Option<usize> {
    if !s.is_char_boundary(byte) {
        return None;
    }
    Some(s[..byte].chars().count())
}

/// Converts a code-point offset into `s` to bytes; `None` past the end.
pub fn code_point_to_byte(s: &str, code_point: usize) -> Option<usize> {
    if code_point == 0 {
        return Some(0);
    }
    match s.char_indices().nth(code_point) {
        Some((b, _)) => Some(b),
        None => (s.chars().count() == code_point).then_some(s.len()),
    }
}

/// Converts `offset`, counted in `unit`, to code points.
pub fn to_code_point(s: &str, offset: usize, unit: OffsetUnit) -> Option<usize> {
    match unit {
        OffsetUnit::Codepoint => (offset <= s.chars().count()).then_some(offset),
        OffsetUnit::Utf16 => utf16_to_code_point(s, offset),
        OffsetUnit::Utf8 => byte_to_code_point(s, offset),
    }
}

/// Converts a code-point offset to `unit`.
pub fn from_code_point(s: &str, code_point: usize, unit: OffsetUnit) -> Option<usize> {
    match unit {
        OffsetUnit::Codepoint => (code_point <= s.chars().count()).then_some(code_point),
        OffsetUnit::Utf16 => code_point_to_utf16(s, code_point),
        OffsetUnit::Utf8 => code_point_to_byte(s, code_point),
    }
}
