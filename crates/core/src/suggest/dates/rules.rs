//! The rules: at each token, every rule that can start there says how many tokens it takes
//! and the value; the longest wins.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::direction;
use super::words::*;
use crate::suggest::tokens::Token;

/// Time zones news writes after a time: "5 p.m. EST".
const TIME_ZONES: &[&str] = &["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "gmt", "utc", "bst"];

pub fn iso_week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{}-W{:02}", w.year(), w.week())
}

pub fn ym(y: i32, m: u32) -> String {
    format!("{y:04}-{m:02}")
}

pub fn ymd(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn months_back(dct: NaiveDate, n: i64) -> (i32, u32) {
    let total = dct.year() as i64 * 12 + dct.month0() as i64 - n;
    (total.div_euclid(12) as i32, total.rem_euclid(12) as u32 + 1)
}

/// A match: how many tokens it takes and the value.
pub type Found = Option<(usize, String)>;

pub struct Rules<'a> {
    pub t: &'a [Token<'a>],
    pub dct: NaiveDate,
    /// The text reports quarterly results: "a year ago" then means the year-ago quarter.
    pub quarterly: bool,
}

impl Rules<'_> {
    pub(super) fn w(&self, i: usize) -> &str {
        self.t.get(i).map_or("", |t| t.lower)
    }

    /// Whether the clause of the date at token `i` speaks of what is to come.
    /// Which way the clause of token `i` points.
    pub(super) fn lean(&self, i: usize) -> direction::Lean {
        if self.ahead(i) {
            direction::Lean::Ahead
        } else if direction::past_clause(self.t, i) {
            direction::Lean::Past
        } else {
            direction::Lean::Neither
        }
    }

    fn ahead(&self, i: usize) -> bool {
        direction::future_clause(self.t, i)
    }

    /// The quarter before the document's: financial news reports on the one just ended.
    pub(super) fn last_quarter(&self) -> String {
        self.quarter_back(1)
    }

    pub(super) fn year_ago_quarter(&self) -> String {
        self.quarter_back(5)
    }

    pub(super) fn quarter_back(&self, n: i32) -> String {
        let q = (self.dct.month0() / 3) as i32 - n;
        format!("{}-Q{}", self.dct.year() + q.div_euclid(4), q.rem_euclid(4) + 1)
    }

    /// Tries every rule at token `i`; the longest match wins.
    pub fn at(&self, i: usize) -> Found {
        let found = [
            self.timed(i),
            self.modified(i),
            self.absolute(i),
            self.relative(i),
            self.reference(i),
            self.decade(i),
            self.spelled(i),
            self.period(i),
            self.holiday(i),
        ]
        .into_iter()
        .flatten()
        .max_by_key(|(n, _)| *n);
        // "the 1988 second quarter": "the" and a year open a quarter's name.
        let the_year = (self.w(i) == "the").then(|| year(self.w(i + 1))).flatten().map(|y| (2, y.to_string()));
        let only_the_year = found.is_none() && the_year.is_some();
        let (n, value) = found.or(the_year)?;
        // "this year's third quarter", "1988 second quarter": the quarter of the year before it.
        let k = i + n + usize::from(self.w(i + n) == "'s");
        let ordinal = matches!(self.w(k), "first" | "second" | "third" | "fourth");
        let n = if ordinal && self.w(k + 1) == "quarter" { k + 2 - i } else { n };
        match self.quarter_of(i, n) {
            Some(quarter) => Some((n, quarter)),
            None if only_the_year => None,
            None => Some((n, value)),
        }
    }

    /// "this year's third quarter", "the 1988 second quarter": a year's quarter, named last.
    fn quarter_of(&self, i: usize, n: usize) -> Option<String> {
        if n < 3 {
            return None;
        }
        let q = match self.w(i + n - 2) {
            "first" => 1,
            "second" => 2,
            "third" => 3,
            "fourth" => 4,
            _ => return None,
        };
        let year = (i..i + n - 2).find_map(|k| match self.w(k) {
            "this" if self.w(k + 1) == "year" => Some(self.dct.year()),
            "last" if self.w(k + 1) == "year" => Some(self.dct.year() - 1),
            "next" if self.w(k + 1) == "year" => Some(self.dct.year() + 1),
            w => year(w),
        })?;
        (self.w(i + n - 1) == "quarter").then(|| format!("{year}-Q{q}"))
    }

    /// "the year two thousand", "nineteen ninety-seven".
    fn spelled(&self, i: usize) -> Found {
        // "two thousand" alone is more often a count than a year.
        let the_year = self.w(i) == "the" && self.w(i + 1) == "year";
        let k = if the_year { i + 2 } else { i };
        if !the_year && self.w(k) == "two" {
            return None;
        }
        spelled_year(&|j| self.w(j), k).map(|(y, n)| (k - i + n, y.to_string()))
    }

    /// "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 6": a time of day before a day.
    fn timed(&self, i: usize) -> Found {
        let (n, clock) = self.clock(i)?;
        let mut k = i + n;
        k += usize::from(TIME_ZONES.contains(&self.w(k)));
        k += usize::from(self.w(k) == ",");
        let (m, date) = [self.absolute(k), self.relative(k)].into_iter().flatten().max_by_key(|(m, _)| *m)?;
        (date.len() == 10).then(|| (k - i + m, format!("{date}T{clock}")))
    }

    /// A time of day at token `i`: its tokens and its value ("22:00", "24" for midnight).
    fn clock(&self, i: usize) -> Option<(usize, String)> {
        match self.w(i) {
            "noon" => return Some((1, "12:00".into())),
            "midnight" => return Some((1, "24".into())),
            _ => {}
        }
        let hour: u32 = self.w(i).parse().ok().filter(|h| (1..=12).contains(h))?;
        // "p.m." is four tokens, "pm" one.
        let (pm, n) = match (self.w(i + 1), self.w(i + 2), self.w(i + 3)) {
            ("p", ".", "m") => (true, 4),
            ("a", ".", "m") => (false, 4),
            ("pm", _, _) => (true, 1),
            ("am", _, _) => (false, 1),
            _ => return None,
        };
        let n = if n == 4 && self.w(i + 4) != "." { 3 } else { n };
        let hour = match (pm, hour) {
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, 12) => 0,
            (false, h) => h,
        };
        Some((n + 1, format!("{hour:02}:00")))
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
                        None => {
                            let date = direction::month_day(self.dct, m, d, self.lean(i))?;
                            return Some((skip + 1, ymd(date)));
                        }
                    },
                };
                return NaiveDate::from_ymd_opt(y, m, d).map(|date| (skip + n, ymd(date)));
            }
            if let Some(y) = year(self.w(j)) {
                return Some((skip + 1, ym(y, m)));
            }
            // "January nineteen ninety-seven"
            if let Some((y, n)) = spelled_year(&|k| self.w(k), j) {
                return Some((skip + n, ym(y, m)));
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
            return Some((1, ym(direction::month_year(self.dct, m, self.lean(i)), m)));
        }
        // 22 March 2024
        if let (Some(d), Some(m)) = (day(w), month(self.w(i + 1))) {
            return match year(self.w(i + 2)) {
                Some(y) => NaiveDate::from_ymd_opt(y, m, d).map(|date| (3, ymd(date))),
                None => direction::month_day(self.dct, m, d, self.lean(i)).map(|date| (2, ymd(date))),
            };
        }
        if crate::suggest::streets::is_house_number_at(self.t, i) {
            return None;
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
            // "Saturday, April 25", "Friday Oct. 13": the date given decides, not the weekday.
            let k = i + 1 + usize::from(self.w(i + 1) == ",");
            if let Some((n, date)) = self.absolute(k).filter(|(_, v)| v.len() == 10) {
                return Some((k - i + n, date));
            }
            let date = ymd(direction::weekday_date(dct, d, self.ahead(i)));
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
        // "the past year", "the last month", "this past spring"
        if matches!(w, "the" | "this") && matches!(self.w(i + 1), "past" | "last") {
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
                // The month just past is "last month": "last February" in March is a year back.
                let y = match s {
                    -1 if m + 1 >= dct.month() => dct.year() - 1,
                    1 if m <= dct.month() => dct.year() + 1,
                    _ => dct.year(),
                };
                return Some((2, ym(y, m)));
            }
            return self.unit(i + 1, s).map(|(n, v)| (n + 1, v));
        }
        // "a year earlier", "a year ago", "year-earlier", "the year-ago quarter"
        let a_year_back = || self.year_back_at(i);
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
                    // "ahead of the weekend": the coming one.
                    let saturday = match self.ahead(i) {
                        true => weekday_after(dct - Duration::days(1), Weekday::Sat),
                        false => weekday_before(dct, Weekday::Sat, true),
                    };
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
                // First and last months; winter straddles the year, and keeps its year's count.
                let (code, months) = match season {
                    "spring" => ("SP", Some((3, 5))),
                    "summer" => ("SU", Some((6, 8))),
                    "winter" => ("WI", None),
                    _ => ("FA", Some((9, 11))),
                };
                // "last spring" in October is this year's, "next spring" in January too.
                let year = match (s, months) {
                    (-1, Some((_, last))) if last < dct.month() => dct.year() as i64,
                    (1, Some((first, _))) if first > dct.month() => dct.year() as i64,
                    _ => dct.year() as i64 + s,
                };
                format!("{year}-{code}")
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
