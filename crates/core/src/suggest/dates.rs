//! Date expressions in English news, each with a TIMEX3-style value resolved against the
//! document's date: "March 22, 2024" → `2024-03-22`, "last week" → `2024-W11`, "the 1990s" →
//! `199`, "now" → `PRESENT_REF`. Rules over word tokens; the longest match at a position wins.
//!
//! Reporting is in the past tense, so a bare weekday ("Friday") is the latest such day on or
//! before the document date; "next Friday" is the first after it.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// A date found in a text: byte offsets into it, and its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub value: String,
}

struct Token<'a> {
    text: &'a str,
    lower: String,
    start: usize,
    end: usize,
}

/// Words, numbers and single punctuation marks, with byte offsets.
fn tokens(text: &str) -> Vec<Token<'_>> {
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

const MONTHS: [&str; 12] = [
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

fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    if w == "sept" {
        return Some(9);
    }
    MONTHS.iter().position(|m| *m == w || (w.len() >= 3 && m.starts_with(w) && w.len() <= 4)).map(|i| i as u32 + 1)
}

fn weekday(word: &str) -> Option<Weekday> {
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

fn number(word: &str) -> Option<i64> {
    const WORDS: [&str; 13] =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
    match WORDS.iter().position(|w| *w == word) {
        Some(n) => Some(n as i64),
        None if word == "a" => Some(1),
        None => word.parse().ok().filter(|n| *n < 1000),
    }
}

fn year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1000..2200).contains(y))
}

fn day(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    let ok = matches!(suffix, "" | "st" | "nd" | "rd" | "th");
    (ok && !digits.is_empty() && digits.len() <= 2)
        .then(|| digits.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

fn iso_week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{}-W{:02}", w.year(), w.week())
}

fn ym(y: i32, m: u32) -> String {
    format!("{y:04}-{m:02}")
}

fn ymd(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn months_back(dct: NaiveDate, n: i64) -> (i32, u32) {
    let total = dct.year() as i64 * 12 + dct.month0() as i64 - n;
    (total.div_euclid(12) as i32, total.rem_euclid(12) as u32 + 1)
}

/// A match: how many tokens it takes and the value.
type Found = Option<(usize, String)>;

struct Rules<'a> {
    t: &'a [Token<'a>],
    dct: NaiveDate,
    /// The text reports quarterly results: "a year ago" then means the year-ago quarter.
    quarterly: bool,
}

impl Rules<'_> {
    fn w(&self, i: usize) -> &str {
        self.t.get(i).map_or("", |t| t.lower.as_str())
    }

    /// The quarter before the document's: financial news reports on the one just ended.
    fn last_quarter(&self) -> String {
        self.quarter_back(1)
    }

    fn year_ago_quarter(&self) -> String {
        self.quarter_back(5)
    }

    fn quarter_back(&self, n: i32) -> String {
        let q = (self.dct.month0() / 3) as i32 - n;
        format!("{}-Q{}", self.dct.year() + q.div_euclid(4), q.rem_euclid(4) + 1)
    }

    /// Tries every rule at token `i`; the longest match wins.
    fn at(&self, i: usize) -> Found {
        [self.modified(i), self.absolute(i), self.relative(i), self.reference(i), self.decade(i)]
            .into_iter()
            .flatten()
            .max_by_key(|(n, _)| *n)
    }

    /// "early 1991", "late September", "mid-1990": the modifier is part of the expression.
    fn modified(&self, i: usize) -> Found {
        let w = self.w(i);
        if let Some(rest) = w.strip_prefix("mid-") {
            return year(rest).map(|y| (1, y.to_string())).or_else(|| month(rest).map(|m| (1, ym(self.dct.year(), m))));
        }
        if matches!(w, "early" | "late" | "mid") {
            return [self.absolute(i + 1), self.relative(i + 1)]
                .into_iter()
                .flatten()
                .max_by_key(|(n, _)| *n)
                .map(|(n, v)| (n + 1, v));
        }
        // "the end of 1990", "the middle of October", "the early 1980s"
        if w == "the" {
            let inner = |k: usize| {
                [self.absolute(k), self.relative(k), self.decade(k), self.modified(k)]
                    .into_iter()
                    .flatten()
                    .max_by_key(|(n, _)| *n)
            };
            if matches!(self.w(i + 1), "end" | "middle" | "beginning" | "start") && self.w(i + 2) == "of" {
                return inner(i + 3).map(|(n, v)| (n + 3, v));
            }
            if matches!(self.w(i + 1), "early" | "late" | "mid") {
                return self.decade(i + 2).map(|(n, v)| (n + 2, v));
            }
        }
        // "fiscal 1989"
        if w == "fiscal" {
            return year(self.w(i + 1)).map(|y| (2, y.to_string()));
        }
        None
    }

    fn absolute(&self, i: usize) -> Found {
        let w = self.w(i);
        // 2024-03-22
        if w.len() == 10 && NaiveDate::parse_from_str(w, "%Y-%m-%d").is_ok() {
            return Some((1, w.to_string()));
        }
        if let Some(m) = month(w) {
            // "May" is a verb unless a day or a year follows; "Sept." keeps its full stop.
            let is_may = w == "may";
            let j = if self.w(i + 1) == "." && w.len() <= 4 { i + 2 } else { i + 1 };
            let skip = j - i;
            if let Some(d) = day(self.w(j)) {
                let (y, n) = match (self.w(j + 1), year(self.w(j + 2))) {
                    (",", Some(y)) => (y, 3),
                    _ => match year(self.w(j + 1)) {
                        Some(y) => (y, 2),
                        None => (self.dct.year(), 1),
                    },
                };
                return NaiveDate::from_ymd_opt(y, m, d).map(|date| (skip + n, ymd(date)));
            }
            if let Some(y) = year(self.w(j)) {
                return Some((skip + 1, ym(y, m)));
            }
            if let (",", Some(y)) = (self.w(j), year(self.w(j + 1))) {
                return Some((skip + 2, ym(y, m)));
            }
            // "June last year", "March this year"
            if matches!(self.w(j), "last" | "this") && self.w(j + 1) == "year" {
                let y = self.dct.year() - (self.w(j) == "last") as i32;
                return Some((skip + 2, ym(y, m)));
            }
            if is_may || w.len() < 3 || (w.len() <= 4 && !MONTHS.contains(&w)) {
                return None;
            }
            return Some((1, ym(self.dct.year(), m)));
        }
        // 22 March 2024
        if let (Some(d), Some(m)) = (day(w), month(self.w(i + 1))) {
            let (y, n) = year(self.w(i + 2)).map_or((self.dct.year(), 2), |y| (y, 3));
            return NaiveDate::from_ymd_opt(y, m, d).map(|date| (n, ymd(date)));
        }
        year(w).map(|y| (1, y.to_string()))
    }

    fn relative(&self, i: usize) -> Found {
        let dct = self.dct;
        let w = self.w(i);
        match w {
            "today" => return Some((1, ymd(dct))),
            "yesterday" => return Some((1, ymd(dct - Duration::days(1)))),
            "tomorrow" => return Some((1, ymd(dct + Duration::days(1)))),
            _ => {}
        }
        if let Some(d) = weekday(w) {
            let date = ymd(weekday_before(dct, d, true));
            // "Saturday night" → `1991-02-23TNI`
            return Some(match part_of_day(self.w(i + 1)) {
                Some(part) => (2, format!("{date}T{part}")),
                None => (1, date),
            });
        }
        if w == "tonight" {
            return Some((1, format!("{}TNI", ymd(dct))));
        }
        if let ("this", Some(part)) = (w, part_of_day(self.w(i + 1))) {
            return Some((2, format!("{}T{part}", ymd(dct))));
        }
        // "earlier this month", "later this year" (TimeBank mostly keeps the adverb)
        if matches!(w, "earlier" | "later") && self.w(i + 1) == "this" {
            return self.unit(i + 2, 0).map(|(n, v)| (n + 2, v));
        }
        // "the past year", "the last month"
        if w == "the" && matches!(self.w(i + 1), "past" | "last") {
            return self.unit(i + 2, -1).map(|(n, v)| (n + 2, v));
        }
        let shift = match w {
            "this" => Some(0),
            "last" | "past" => Some(-1),
            "next" | "coming" => Some(1),
            _ => None,
        };
        if let Some(s) = shift {
            if let Some(d) = weekday(self.w(i + 1)) {
                let date = match s {
                    0 => weekday_before(dct, d, true),
                    -1 => weekday_before(dct, d, false),
                    _ => weekday_after(dct, d),
                };
                return Some((2, ymd(date)));
            }
            if let Some(m) = month(self.w(i + 1)) {
                let y = match s {
                    -1 if m >= dct.month() => dct.year() - 1,
                    1 if m <= dct.month() => dct.year() + 1,
                    _ => dct.year(),
                };
                return Some((2, ym(y, m)));
            }
            return self.unit(i + 1, s).map(|(n, v)| (n + 1, v));
        }
        // "a year earlier", "a year ago", "year-earlier", "the year-ago quarter"
        let a_year_back = || if self.quarterly { self.year_ago_quarter() } else { (dct.year() - 1).to_string() };
        if w == "a" && self.w(i + 1) == "year" && matches!(self.w(i + 2), "earlier" | "ago") {
            return Some((3, a_year_back()));
        }
        let (the, k) = if w == "the" { (1, i + 1) } else { (0, i) };
        if matches!(self.w(k), "year-earlier" | "year-ago") {
            let period = matches!(self.w(k + 1), "quarter" | "period") as usize;
            if the + period == 1 && the == 1 {
                return None;
            }
            return Some((the + 1 + period, a_year_back()));
        }
        // "two years ago", "three weeks ago"
        if let (Some(n), "ago") = (number(w), self.w(i + 2)) {
            let back = self.unit_back(self.w(i + 1), n)?;
            return Some((3, back));
        }
        // "the year", "the third quarter", "the latest quarter", "the weekend"
        if w == "the" {
            let k = if matches!(self.w(i + 1), "fiscal" | "latest" | "current" | "recent") { i + 2 } else { i + 1 };
            if let Some(q) = quarter(self.w(k), self.w(k + 1)) {
                // "the third quarter of 1990"
                if let (true, Some(y)) = (self.w(k + 2) == "of", year(self.w(k + 3))) {
                    return Some((k + 4 - i, format!("{y}-Q{q}")));
                }
                return Some((k + 2 - i, format!("{}-Q{q}", dct.year())));
            }
            match self.w(k) {
                "quarter" | "period" if k > i + 1 || self.w(k) == "quarter" => {
                    return Some((k + 1 - i, self.last_quarter()))
                }
                "full" if self.w(k + 1) == "year" => return Some((3, dct.year().to_string())),
                "year" if k == i + 1 => return Some((2, dct.year().to_string())),
                "week" if k == i + 1 => return Some((2, iso_week(dct))),
                "weekend" if k == i + 1 => {
                    let saturday = weekday_before(dct, Weekday::Sat, true);
                    return Some((2, format!("{}-WE", iso_week(saturday))));
                }
                _ => {}
            }
        }
        if let Some(q) = quarter(w, self.w(i + 1)) {
            return Some((2, format!("{}-Q{q}", dct.year())));
        }
        if let Some(q) = quarter_hyphenated(w) {
            return Some((1, format!("{}-Q{q}", dct.year())));
        }
        None
    }

    /// "year", "month", "week", a season, or "quarter" at `i`, shifted by `s` from the DCT's.
    fn unit(&self, i: usize, s: i64) -> Found {
        let dct = self.dct;
        let v = match self.w(i) {
            "year" => (dct.year() as i64 + s).to_string(),
            "month" => {
                let (y, m) = months_back(dct, -s);
                ym(y, m)
            }
            "week" => iso_week(dct + Duration::weeks(s)),
            "weekend" => format!("{}-WE", iso_week(dct + Duration::weeks(s))),
            season @ ("spring" | "summer" | "fall" | "autumn" | "winter") => {
                let code = match season {
                    "spring" => "SP",
                    "summer" => "SU",
                    "winter" => "WI",
                    _ => "FA",
                };
                format!("{}-{code}", dct.year() as i64 + s)
            }
            "quarter" => {
                let q = (dct.month0() / 3) as i64 + s;
                format!("{}-Q{}", dct.year() as i64 + q.div_euclid(4), q.rem_euclid(4) + 1)
            }
            _ => return None,
        };
        Some((1, v))
    }

    fn unit_back(&self, unit: &str, n: i64) -> Option<String> {
        let dct = self.dct;
        Some(match unit.trim_end_matches('s') {
            "year" => (dct.year() as i64 - n).to_string(),
            "month" => {
                let (y, m) = months_back(dct, n);
                ym(y, m)
            }
            "week" => iso_week(dct - Duration::weeks(n)),
            "day" => ymd(dct - Duration::days(n)),
            _ => return None,
        })
    }

    fn reference(&self, i: usize) -> Found {
        let v = match self.w(i) {
            "now" | "currently" | "nowadays" | "current" => "PRESENT_REF",
            "recent" if matches!(self.w(i + 1), "years" | "months" | "weeks" | "days") => {
                return Some((2, "PAST_REF".into()))
            }
            // Alone, the adjective "recent" is rarely a date expression; the adverb is.
            "recently" | "lately" => "PAST_REF",
            "the" if self.w(i + 1) == "future" => return Some((2, "FUTURE_REF".into())),
            _ => return None,
        };
        Some((1, v.into()))
    }

    /// "the 1990s", "1990s", "the '80s".
    fn decade(&self, i: usize) -> Found {
        let (the, w) = if self.w(i) == "the" { (1, self.w(i + 1)) } else { (0, self.w(i)) };
        let digits = w.trim_start_matches('\'').strip_suffix('s')?;
        let value = match digits.len() {
            4 if digits.ends_with('0') && year(digits).is_some() => digits[..3].to_string(),
            2 if digits.ends_with('0') && digits.bytes().all(|b| b.is_ascii_digit()) => format!("19{}", &digits[..1]),
            _ => return None,
        };
        Some((the + 1, value))
    }
}

/// TIMEX3's parts of a day.
fn part_of_day(word: &str) -> Option<&'static str> {
    Some(match word {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" => "NI",
        _ => return None,
    })
}

fn quarter(ordinal: &str, word: &str) -> Option<u32> {
    (word == "quarter").then(|| ordinal_number(ordinal)).flatten()
}

fn quarter_hyphenated(word: &str) -> Option<u32> {
    let (ordinal, rest) = word.split_once('-')?;
    quarter(ordinal, rest)
}

fn ordinal_number(w: &str) -> Option<u32> {
    ["first", "second", "third", "fourth"].iter().position(|o| *o == w).map(|i| i as u32 + 1)
}

/// The latest `day` on or before `dct` (strictly before when `same_day` is false).
fn weekday_before(dct: NaiveDate, day: Weekday, same_day: bool) -> NaiveDate {
    let back = (dct.weekday().num_days_from_monday() as i64 - day.num_days_from_monday() as i64).rem_euclid(7);
    let back = if back == 0 && !same_day { 7 } else { back };
    dct - Duration::days(back)
}

fn weekday_after(dct: NaiveDate, day: Weekday) -> NaiveDate {
    let ahead = (day.num_days_from_monday() as i64 - dct.weekday().num_days_from_monday() as i64).rem_euclid(7);
    dct + Duration::days(if ahead == 0 { 7 } else { ahead })
}

/// The dates in `text`, resolved against `dct` (`YYYY-MM-DD`; without it, relative dates are
/// still found, resolved against no date they cannot be, so only absolute ones are returned).
pub fn find_dates(text: &str, dct: Option<&str>) -> Vec<DateMention> {
    let known = dct.and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let anchor = known.unwrap_or_else(|| NaiveDate::from_ymd_opt(2000, 1, 1).expect("a date"));
    let t = tokens(text);
    let quarterly = t.iter().any(|w| w.lower.contains("quarter"));
    let rules = Rules { t: &t, dct: anchor, quarterly };
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        match rules.at(i) {
            Some((n, value)) if known.is_some() || is_absolute(&value, &t[i..i + n]) => {
                out.push(DateMention { start: t[i].start, end: t[i + n - 1].end, value });
                i += n;
            }
            _ => i += 1,
        }
    }
    out
}

/// Absolute when every number the value needs is written in the text.
fn is_absolute(value: &str, words: &[Token]) -> bool {
    let year = value.get(..4).unwrap_or("");
    words.iter().any(|w| w.text.contains(year)) && year.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str, dct: &str) -> (String, String) {
        let found = find_dates(text, Some(dct));
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        (text[found[0].start..found[0].end].to_string(), found[0].value.clone())
    }

    #[test]
    fn absolute_and_partial_dates() {
        let table = [
            ("It happened on March 22, 2024, they said.", "March 22, 2024", "2024-03-22"),
            ("It happened on 22 March 2024.", "22 March 2024", "2024-03-22"),
            ("Filed 2024-03-22 in Moscow.", "2024-03-22", "2024-03-22"),
            ("Talks resume March 3.", "March 3", "2024-03-03"),
            ("Sales fell in December 2016.", "December 2016", "2016-12"),
            ("Prices rose in 2015.", "2015", "2015"),
            ("Prices rose in the 1990s.", "the 1990s", "199"),
            ("It was due by Sept. 29.", "Sept. 29", "2024-09-29"),
            ("They met in early 1991.", "early 1991", "1991"),
            ("Results for fiscal 1989.", "fiscal 1989", "1989"),
            ("Shares fell in late September.", "late September", "2024-09"),
        ];
        for (text, span, value) in table {
            assert_eq!(one(text, "2024-03-23"), (span.to_string(), value.to_string()), "{text}");
        }
    }

    #[test]
    fn relative_dates_resolve_against_the_document_date() {
        // 2024-03-22 is a Friday.
        let table = [
            ("The attack came on Friday.", "2024-03-22", "Friday", "2024-03-22"),
            ("The attack came on Friday.", "2024-03-23", "Friday", "2024-03-22"),
            ("He left yesterday.", "2024-03-23", "yesterday", "2024-03-22"),
            ("Sales rose last week.", "2024-03-23", "last week", "2024-W11"),
            ("They met two years ago.", "2024-03-23", "two years ago", "2022"),
            ("It opened earlier this month.", "2024-03-23", "earlier this month", "2024-03"),
            ("Due by the end of 1990.", "2024-03-23", "the end of 1990", "1990"),
            ("Sales in the third quarter of 1990 fell.", "2024-03-23", "the third quarter of 1990", "1990-Q3"),
            ("Profits fell in recent years.", "2024-03-23", "recent years", "PAST_REF"),
            ("Sales on Friday's close", "2024-03-23", "Friday", "2024-03-22"),
            ("A rebound early next year.", "2024-03-23", "early next year", "2025"),
            ("Earnings rose from a year earlier.", "2024-03-23", "a year earlier", "2023"),
            ("Profits this year are up.", "2024-03-23", "this year", "2024"),
            ("He returns next Tuesday.", "2024-03-23", "next Tuesday", "2024-03-26"),
            ("Talks ended last April.", "2024-03-23", "last April", "2023-04"),
            ("Sales in the third quarter rose.", "2024-03-23", "the third quarter", "2024-Q3"),
            ("It is calm now.", "2024-03-23", "now", "PRESENT_REF"),
            ("Shots on Saturday night.", "2024-03-25", "Saturday night", "2024-03-23TNI"),
            ("Markets fell this morning.", "2024-03-25", "this morning", "2024-03-25TMO"),
            ("Profit in the latest period rose.", "2024-05-02", "the latest period", "2024-Q1"),
            ("Prices fell recently.", "2024-03-23", "recently", "PAST_REF"),
            ("More will come in the future.", "2024-03-23", "the future", "FUTURE_REF"),
        ];
        for (text, dct, span, value) in table {
            assert_eq!(one(text, dct), (span.to_string(), value.to_string()), "{text} ({dct})");
        }
    }

    #[test]
    fn not_dates() {
        for text in ["You may go.", "He paid 1,500 dollars.", "The March was long", "Room 12 is free."] {
            let found: Vec<_> = find_dates(text, Some("2024-03-23"));
            assert!(found.iter().all(|f| f.value != "2024-05"), "{text}: {found:?}");
        }
        assert!(find_dates("You may go.", Some("2024-03-23")).is_empty());
        assert!(find_dates("He left yesterday.", None).is_empty(), "nothing to resolve against");
        assert_eq!(find_dates("In 2015, sales fell.", None)[0].value, "2015");
    }
}
