//! The words dates are made of: months, weekdays, numbers, years, days, quarters, parts of a day.

use chrono::Weekday;

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
    // Month names and their abbreviations are 3 to 9 letters and start with one of these.
    let first = word.as_bytes().first().copied().unwrap_or(b' ');
    if !(3..=10).contains(&word.len()) || !b"jfmasond".contains(&first) {
        return None;
    }
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
