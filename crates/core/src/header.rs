//! The `date YYYY-MM-DD` header that pasted articles may start with.
//!
//! The header names the document's publication date. It may share its line with the body
//! (`date 2024-03-23 The recent attack…`), so it ends at the first whitespace after the date,
//! not at a newline.

/// Splits a leading `date YYYY-MM-DD` header off `raw`: the date, and the body that follows
/// with the whitespace after the header removed. Text without a valid header comes back whole.
///
/// ```
/// use spanwright_core::header::split_date_header;
/// assert_eq!(split_date_header(" date 2024-03-23 The attack"), (Some("2024-03-23".into()), "The attack"));
/// assert_eq!(split_date_header("dates matter"), (None, "dates matter"));
/// ```
pub fn split_date_header(raw: &str) -> (Option<String>, &str) {
    let trimmed = raw.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let Some(rest) = strip_prefix_ignore_case(trimmed, "date") else {
        return (None, raw);
    };
    let after_word = rest.trim_start_matches([' ', '\t', ':']);
    if after_word.len() == rest.len() {
        return (None, raw);
    }
    let candidate = after_word.get(..10).unwrap_or("");
    let tail = &after_word[candidate.len()..];
    if !is_iso_date(candidate) || tail.chars().next().is_some_and(|c| !c.is_whitespace()) {
        return (None, raw);
    }
    (Some(candidate.to_string()), tail.trim_start())
}

fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| &s[prefix.len()..])
}

/// True for a real calendar date written `YYYY-MM-DD`.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num =
        |r: std::ops::Range<usize>| s.get(r).filter(|p| p.bytes().all(|c| c.is_ascii_digit()))?.parse::<u32>().ok();
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_table() {
        let cases: &[(&str, Option<&str>, &str)] = &[
            ("date 2024-03-23\nBody", Some("2024-03-23"), "Body"),
            ("\u{feff}Date: 2024-02-29 Leap", Some("2024-02-29"), "Leap"),
            ("date 2024-03-23", Some("2024-03-23"), ""),
            ("date 2023-02-29 no leap", None, "date 2023-02-29 no leap"),
            ("date 2024-03-231 x", None, "date 2024-03-231 x"),
            ("update 2024-03-23 x", None, "update 2024-03-23 x"),
            ("No header here", None, "No header here"),
        ];
        for (raw, date, body) in cases {
            let (d, b) = split_date_header(raw);
            assert_eq!((d.as_deref(), b), (*date, *body), "{raw:?}");
        }
    }
}
