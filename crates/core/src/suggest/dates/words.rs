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

/// A month's number from its name, its first three or four letters ("Sept" too), with or without
/// full stops after it. A `match` rather than a search: it runs on every number and month-like word.
pub fn month(word: &str) -> Option<u32> {
    // Most words asked about are numbers: the first letter answers for them.
    if !matches!(word.as_bytes().first(), Some(b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd')) {
        return None;
    }
    Some(match word.trim_end_matches('.') {
        "january" | "jan" | "janu" => 1,
        "february" | "feb" | "febr" => 2,
        "march" | "mar" | "marc" => 3,
        "april" | "apr" | "apri" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" | "augu" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" | "octo" => 10,
        "november" | "nov" | "nove" => 11,
        "december" | "dec" | "dece" => 12,
        _ => return None,
    })
}

pub fn weekday(word: &str) -> Option<Weekday> {
    if !matches!(word.as_bytes().first(), Some(b'm' | b't' | b'w' | b'f' | b's')) {
        return None;
    }
    Some(match word {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

/// Numbers in words, each at its value.
#[rustfmt::skip]
pub const NUMBER_WORDS: [&str; 20] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
];

pub fn number(word: &str) -> Option<i64> {
    match NUMBER_WORDS.iter().position(|w| *w == word) {
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

/// A year spelled out in words from token `i` of `w` (the words in lower case): "two thousand",
/// "two thousand and one", "nineteen ninety-seven", "nineteen eighty". Its value and length.
pub fn spelled_year<'a>(w: &dyn Fn(usize) -> &'a str, i: usize) -> Option<(i32, usize)> {
    const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    let unit = |s: &str| NUMBER_WORDS.iter().position(|u| *u == s).map(|k| k as i32).filter(|&k| k > 0);
    // "ninety-seven", "ninety"
    let two_digits = |s: &str| -> Option<i32> {
        let (tens, units) = s.split_once('-').unwrap_or((s, ""));
        let t = TENS.iter().position(|x| *x == tens)? as i32 * 10 + 20;
        match units {
            "" => Some(t),
            u => unit(u).filter(|&u| u < 10).map(|u| t + u),
        }
    };
    if w(i) == "two" && w(i + 1) == "thousand" {
        let k = i + 2 + usize::from(w(i + 2) == "and");
        return Some(match unit(w(k)) {
            Some(u) => (2000 + u, k + 1 - i),
            None => (2000, 2),
        });
    }
    let century = unit(w(i)).filter(|c| (11..=19).contains(c))?;
    let rest = two_digits(w(i + 1)).or_else(|| unit(w(i + 1)).filter(|&u| u >= 10))?;
    Some((century * 100 + rest, 2))
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
