//! Holidays named instead of a date: "at Christmas", "on Thanksgiving Day", "New Year's Eve
//! 1999". A holiday without a year is the one nearest the document date, leaning as a bare
//! "Dec. 25" does. Only holidays with one date everywhere English news is written; "Independence
//! Day" differs by country and Easter moves with the moon.

use chrono::{Datelike, NaiveDate, Weekday};

use super::direction;
use super::rules::{ymd, Found, Rules};
use super::words::year;

/// The words a holiday's name starts with, as tokens ("Valentine's" is "valentine", "'s"):
/// `could_start` lets them through, and the rule looks no further for other words.
pub(super) const FIRST_WORDS: &[&str] =
    &["christmas", "new", "halloween", "valentine", "thanksgiving", "labor", "labour", "memorial"];

/// When a holiday falls in year `y`.
enum Falls {
    /// Month and day.
    On(u32, u32),
    /// The `n`th weekday of a month (`n` = 5: its last).
    Nth(u32, Weekday, u32),
}

/// A holiday's words (without "'s" and "day", which may follow) and when it falls.
fn holiday(a: &str, b: &str, c: &str) -> Option<(usize, Falls)> {
    use Falls::*;
    let eve_or_day = |n: usize, w: &str, eve: Falls, day: Falls| match w {
        "eve" => Some((n + 1, eve)),
        "day" => Some((n + 1, day)),
        _ => Some((n, day)),
    };
    match (a, b, c) {
        ("christmas", w, _) => eve_or_day(1, w, On(12, 24), On(12, 25)),
        ("new", "year's" | "years", w) => eve_or_day(2, w, On(12, 31), On(1, 1)),
        ("halloween", ..) => Some((1, On(10, 31))),
        ("valentine's", "day", _) => Some((2, On(2, 14))),
        ("thanksgiving", w, _) => eve_or_day(1, w, Nth(11, Weekday::Wed, 4), Nth(11, Weekday::Thu, 4)),
        ("labor" | "labour", "day", _) => Some((2, Nth(9, Weekday::Mon, 1))),
        ("memorial", "day", _) => Some((2, Nth(5, Weekday::Mon, 5))),
        _ => None,
    }
}

impl Falls {
    fn in_year(&self, y: i32) -> Option<NaiveDate> {
        match *self {
            Falls::On(m, d) => NaiveDate::from_ymd_opt(y, m, d),
            Falls::Nth(m, day, 5) => {
                let next =
                    if m == 12 { NaiveDate::from_ymd_opt(y + 1, 1, 1) } else { NaiveDate::from_ymd_opt(y, m + 1, 1) }?;
                (1..=7).map(|k| next - chrono::Duration::days(k)).find(|d| d.weekday() == day)
            }
            Falls::Nth(m, day, n) => NaiveDate::from_weekday_of_month_opt(y, m, day, n as u8),
        }
    }
}

impl Rules<'_> {
    /// A holiday at token `i`, with a year after it if one is written ("Christmas 1989").
    pub(super) fn holiday(&self, i: usize) -> Found {
        // Most tokens a date can start with name no holiday: asked before building any words.
        if !FIRST_WORDS.contains(&self.w(i)) {
            return None;
        }
        // Tokens may split "New Year's" into "year" and "'s".
        let joined = |k: usize| match self.w(k + 1) {
            "'s" | "’s" => (format!("{}'s", self.w(k)), 2),
            _ => (self.w(k).to_string(), 1),
        };
        let (a, na) = joined(i);
        let (b, nb) = joined(i + na);
        let (c, nc) = joined(i + na + nb);
        let (words, falls) = holiday(&a, &b, &c)?;
        // Back to tokens: each of the holiday's words is one token or two.
        let n: usize = [na, nb, nc][..words].iter().sum();
        if let Some(y) = year(self.w(i + n)) {
            return falls.in_year(y).map(|d| (n + 1, ymd(d)));
        }
        // The year of the nearest such holiday, then its day in that year.
        let this_year = falls.in_year(self.dct.year())?;
        let near = direction::month_day(self.dct, this_year.month(), this_year.day(), self.lean(i))?;
        falls.in_year(near.year()).map(|d| (n, ymd(d)))
    }
}
