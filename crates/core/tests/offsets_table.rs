//! Offset conversions on the texts that break other annotators: emoji, CJK, combining marks,
//! right-to-left scripts, CRLF and tabs.

use spanwright_core::offsets::*;

struct Case {
    text: &'static str,
    /// (code point, UTF-16 unit, UTF-8 byte) triples that name the same position.
    same: &'static [(usize, usize, usize)],
}

const CASES: &[Case] = &[
    Case { text: "Moscow", same: &[(0, 0, 0), (6, 6, 6)] },
    Case { text: "😀 Moscow", same: &[(1, 2, 4), (2, 3, 5), (8, 9, 11)] },
    Case { text: "👩‍👩‍👧 family", same: &[(5, 8, 18), (6, 9, 19)] },
    Case { text: "東京 Tokyo", same: &[(2, 2, 6), (3, 3, 7), (8, 8, 12)] },
    Case { text: "cafe\u{301} noir", same: &[(5, 5, 6), (6, 6, 7)] },
    Case { text: "في موسكو", same: &[(2, 2, 4), (3, 3, 5), (8, 8, 15)] },
    Case { text: "a\r\nb\tc", same: &[(3, 3, 3), (5, 5, 5), (6, 6, 6)] },
    Case { text: "𝔘𝔫𝔦", same: &[(1, 2, 4), (3, 6, 12)] },
];

#[test]
fn every_unit_names_the_same_position() {
    for case in CASES {
        for &(cp, u16, u8) in case.same {
            let t = case.text;
            assert_eq!(code_point_to_utf16(t, cp), Some(u16), "{t:?} cp {cp} -> utf16");
            assert_eq!(utf16_to_code_point(t, u16), Some(cp), "{t:?} utf16 {u16} -> cp");
            assert_eq!(code_point_to_byte(t, cp), Some(u8), "{t:?} cp {cp} -> byte");
            assert_eq!(byte_to_code_point(t, u8), Some(cp), "{t:?} byte {u8} -> cp");
            for unit in [OffsetUnit::Codepoint, OffsetUnit::Utf16, OffsetUnit::Utf8] {
                let there = from_code_point(t, cp, unit).unwrap();
                assert_eq!(to_code_point(t, there, unit), Some(cp), "{t:?} round trip via {unit:?}");
            }
        }
    }
}

#[test]
fn positions_inside_a_character_are_refused() {
    assert_eq!(utf16_to_code_point("😀x", 1), None, "inside a surrogate pair");
    assert_eq!(byte_to_code_point("é", 1), None, "inside a UTF-8 sequence");
    assert_eq!(code_point_to_utf16("ab", 3), None, "past the end");
    assert_eq!(code_point_to_byte("ab", 3), None, "past the end");
    assert_eq!(to_code_point("ab", 3, OffsetUnit::Codepoint), None);
}
