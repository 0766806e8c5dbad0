//! The words dates are made of: tokens with byte offsets, and the lexicon (months, weekdays,
//! numbers, years, days, quarters, parts of a day).

use chrono::Weekday;

pub struct Token<'a> {
    pub text: &'a str,
    pub lower: String,
    pub start: usize,
    pub end: usize,
}

/// Words, numbers and single punctuation marks, with byte offsets.
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c.is_alphanumeric() {
            // Words keep inner apostrophes and hyphens ("mid-1990", "'80s" starts at the mark).
            while let Some(&(j, d)) = chars.peek() {
                let inner = (d == '-' || d == '\'' || d == '.') && text[j + 1..].starts_with(char::is_alphanumeric);
                if d.is_alphanumeric() || (inner && d != '.') {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
        }
        // "Friday's": the possessive is a token of its own, outside the date.
        let word = &text[i..end];
        let possessive = ["'s", "’s"].iter().find(|p| word.len() > p.len() + 1 && word.ends_with(*p));
        let end = end - possessive.map_or(0, |p| p.len());
        let t = &text[i..end];
        out.push(Token { text: t, lower: t.to_lowercase(), start: i, end });
        if let Some(p) = possessive {
            out.push(Token { text: &text[end..end + p.len()], lower: "'s".into(), start: end, end: end + p.len() });
        }
    }
    out
}

pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

pub fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    if w == "sept" {
        return Some(9);
    }
    MONTHS.iter().position(|m| *m == w || (w.len() >= 3 && m.starts_with(w) && w.len() <= 4)).map(|i| i as u32 + 1)
}

pub fn weekday(word: &str) -> Option<Weekday> {
    let days = [
        ("monday", Weekday::Mon),
        ("tuesday", Weekday::Tue),
        ("wednesday", Weekday::Wed),
        ("thursday", Weekday::Thu),
        ("friday", Weekday::Fri),
        ("saturday", Weekday::Sat),
        ("sunday", Weekday::Sun),
    ];
    days.iter().find(|(n, _)| *n == word).map(|(_, d)| *d)
}

pub fn number(word: &str) -> Option<i64> {
    const WORDS: [&str; 13] =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
    match WORDS.iter().position(|w| *w == word) {
        Some(n) => Some(n as i64),
        None if word == "a" => Some(1),
        None => word.parse().ok().filter(|n| *n < 1000),
    }
}

pub fn year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1000..2200).contains(y))
}

pub fn day(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    let ok = matches!(suffix, "" | "st" | "nd" | "rd" | "th");
    (ok && !digits.is_empty() && digits.len() <= 2)
        .then(|| digits.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

/// TIMEX3's parts of a day.
pub fn part_of_day(word: &str) -> Option<&'static str> {
    Some(match word {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" => "NI",
        _ => return None,
    })
}

pub fn quarter(ordinal: &str, word: &str) -> Option<u32> {
    (word == "quarter").then(|| ordinal_number(ordinal)).flatten()
}

pub fn quarter_hyphenated(word: &str) -> Option<u32> {
    let (ordinal, rest) = word.split_once('-')?;
    quarter(ordinal, rest)
}

pub fn ordinal_number(w: &str) -> Option<u32> {
    ["first", "second", "third", "fourth"].iter().position(|o| *o == w).map(|i| i as u32 + 1)
}
