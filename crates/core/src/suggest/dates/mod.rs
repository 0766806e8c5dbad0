//! Date expressions in English news, each with a TIMEX3-style value resolved against the
//! document's date: "March 22, 2024" → `2024-03-22`, "last week" → `2024-W11`, "the 1990s" →
//! `199`, "now" → `PRESENT_REF`. Rules over word tokens; the longest match at a position wins.
//!
//! Reporting is in the past tense, so a bare weekday ("Friday") is the latest such day on or
//! before the document date; "next Friday" is the first after it.

mod direction;
mod holidays;
mod periods;
mod references;
mod rules;
#[cfg(test)]
mod tests;
pub(crate) mod words;

use chrono::NaiveDate;

use super::tokens::{tokens, Token};
use rules::Rules;

/// A date found in a text: byte offsets into it, and its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub value: String,
}

/// The dates in `text`, resolved against `dct` (`YYYY-MM-DD`; without it, a date that needs it,
/// "Tuesday" or "3 May", is returned with an empty value).
pub fn find_dates(text: &str, dct: Option<&str>) -> Vec<DateMention> {
    let lower = crate::suggest::tokens::lower_case(text);
    let t = tokens(text, &lower);
    dates_in(&t, dct)
        .into_iter()
        .map(|(i, n, value)| DateMention { start: t[i].start(), end: t[i + n - 1].end(), value })
        .collect()
}

/// The dates among tokens `t`: where each starts, how many tokens it takes, its value.
pub(crate) fn dates_in(t: &[Token], dct: Option<&str>) -> Vec<(usize, usize, String)> {
    let known = dct.and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let anchor = known.unwrap_or_else(|| NaiveDate::from_ymd_opt(2000, 1, 1).expect("a date"));
    let quarterly = t.iter().any(|w| w.lower.len() >= 7 && w.lower.contains("quarter"));
    let rules = Rules { t, dct: anchor, quarterly };
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        // "a" starts only "a year ago/earlier" and "a week ago": the commonest word, answered here.
        let w = |k: usize| t.get(k).map_or("", |x| x.lower);
        let article_alone = (w(i) == "a" && w(i + 1) != "year" && w(i + 2) != "ago")
            || (w(i) == "the" && !after_the(w(i + 1)))
            || !holiday_goes_on(w(i), w(i + 1));
        if article_alone || !could_start(t[i].lower) {
            i += 1;
            continue;
        }
        match rules.at(i) {
            // Without the document's date "Tuesday" or "3 May" is still a date, of no known
            // value (it was an Actor "Tuesday" once it went unclaimed).
            Some((n, value)) => {
                let value = if known.is_some() || is_absolute(&value, &t[i..i + n]) { value } else { String::new() };
                out.push((i, n, value));
                i += n;
            }
            _ => i += 1,
        }
    }
    out
}

/// "New", "Labor" and "Memorial" open a holiday only before its next word ("New Year's",
/// "Labor Day"); they are common words of names, answered here.
pub(crate) fn holiday_goes_on(w: &str, next: &str) -> bool {
    match w {
        "new" => matches!(next, "year" | "year's" | "years"),
        "labor" | "labour" | "memorial" => next == "day",
        _ => true,
    }
}

/// Whether a date expression may start with this word: every rule starts with a number, a
/// month, a weekday or one of these words. Most words are none, and skipping them here makes
/// finding dates several times faster; `tests::the_filter_changes_nothing` checks it.
pub(crate) fn could_start(w: &str) -> bool {
    static STARTS: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> = std::sync::OnceLock::new();
    let starts = STARTS.get_or_init(|| {
        let words = [
            "early",
            "late",
            "mid",
            "the",
            "fiscal",
            "today",
            "yesterday",
            "tomorrow",
            "tonight",
            "this",
            "earlier",
            "later",
            "last",
            "past",
            "next",
            "coming",
            "a",
            "now",
            "currently",
            "nowadays",
            "current",
            "recent",
            "recently",
            "lately",
            "these",
            "spring",
            "summer",
            "fall",
            "autumn",
            "winter",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "first",
            "second",
            "third",
            "fourth",
            "sept",
            "noon",
            "midnight",
        ];
        let months = words::MONTHS.iter().flat_map(|m| [&m[..], &m[..3], &m[..4.min(m.len())]]);
        words
            .into_iter()
            .chain(words::NUMBER_WORDS)
            .chain(holidays::FIRST_WORDS.iter().copied())
            .chain(months)
            .collect()
    });
    let first = w.as_bytes().first().copied().unwrap_or(b' ');
    // The checks after the set only for the words they can match: they ran on every word.
    first.is_ascii_digit()
        || first == b'\''
        || starts.contains(w)
        || (first == 0xE2 && w.starts_with('’'))
        || (first == b'm' && w.starts_with("mid-"))
        || (first == b'y' && w.starts_with("year-"))
        || (w.len() >= 7 && w.contains("quarter"))
}

/// The English weekday of a `YYYY-MM-DD` value ("2024-03-22" → "Friday"); `None` for other
/// values. Arithmetic only (Sakamoto's method), so the page needs no date library for it.
pub fn weekday_of(value: &str) -> Option<&'static str> {
    let b = value.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d): (i64, usize, i64) = (value[..4].parse().ok()?, value[5..7].parse().ok()?, value[8..].parse().ok()?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    const T: [i64; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if m < 3 { y - 1 } else { y };
    let w = (y + y / 4 - y / 100 + y / 400 + T[m - 1] + d).rem_euclid(7) as usize;
    Some(["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][w])
}

/// Whether a date may start with "the" followed by `next` ("the end of…", "the past week", "the
/// third quarter", "the 1990s", "the future"): "the" is a sixteenth of all words.
pub(crate) fn after_the(next: &str) -> bool {
    next.starts_with(|c: char| c.is_ascii_digit() || c == '\'' || c == '’')
        || next.contains("quarter")
        || matches!(
            next,
            "end"
                | "middle"
                | "beginning"
                | "start"
                | "early"
                | "late"
                | "mid"
                | "past"
                | "last"
                | "year-earlier"
                | "year-ago"
                | "fiscal"
                | "latest"
                | "current"
                | "recent"
                | "period"
                | "full"
                | "year"
                | "week"
                | "weekend"
                | "future"
                | "first"
                | "second"
                | "third"
                | "fourth"
                | "latter"
                | "near"
                | "coming"
                | "corresponding"
                | "comparable"
                | "same"
                | "spring"
                | "summer"
                | "fall"
                | "autumn"
                | "winter"
        )
}

/// Absolute when every number the value needs is written in the text.
fn is_absolute(value: &str, words: &[Token]) -> bool {
    let year = value.get(..4).unwrap_or("");
    words.iter().any(|w| w.text.contains(year)) && year.bytes().all(|b| b.is_ascii_digit())
}
