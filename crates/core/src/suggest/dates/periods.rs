//! Parts of a year and of a day named with the year or the day they belong to: "the winter of
//! 1994", "the last half of 1989", "the current fiscal year", "mid-afternoon yesterday".

use chrono::Datelike;

use super::rules::{Found, Rules};
use super::words::{part_of_day, spelled_year, year};

impl Rules<'_> {
    /// Every period rule at token `i`.
    pub(super) fn period(&self, i: usize) -> Found {
        // "the" opens the parts of a year, not of a day.
        let the = usize::from(self.w(i) == "the");
        let of_year = [self.of_year(i + the), self.current_year(i + the)].into_iter().flatten();
        of_year.map(|(n, v)| (n + the, v)).chain(self.part_of_a_day(i)).max_by_key(|(n, _)| *n)
    }

    /// The year at token `k`, in digits or in words, and its length.
    fn year_at(&self, k: usize) -> Option<(i32, usize)> {
        year(self.w(k)).map(|y| (y, 1)).or_else(|| spelled_year(&|j| self.w(j), k))
    }

    /// "winter of 1994", "first half of 1990", "last two quarters of 1989".
    fn of_year(&self, k: usize) -> Found {
        let (code, n) = match (self.w(k), self.w(k + 1), self.w(k + 2)) {
            ("spring", ..) => ("SP", 1),
            ("summer", ..) => ("SU", 1),
            ("fall" | "autumn", ..) => ("FA", 1),
            ("winter", ..) => ("WI", 1),
            ("first", "half", _) | ("first", "two", "quarters") => ("H1", 2 + usize::from(self.w(k + 1) == "two")),
            ("second" | "last" | "latter", "half", _) | ("last", "two", "quarters") => {
                ("H2", 2 + usize::from(self.w(k + 1) == "two"))
            }
            _ => return None,
        };
        if self.w(k + n) != "of" {
            return None;
        }
        let (y, len) = self.year_at(k + n + 1)?;
        Some((n + 1 + len, format!("{y}-{code}")))
    }

    /// "the current year", "the current fiscal year": the document's year.
    fn current_year(&self, k: usize) -> Found {
        if self.w(k) != "current" {
            return None;
        }
        let fiscal = usize::from(self.w(k + 1) == "fiscal");
        (self.w(k + 1 + fiscal) == "year").then(|| (2 + fiscal, self.dct.year().to_string()))
    }

    /// "mid-afternoon yesterday", "mid afternoon": the part of the day named after it, or today's.
    fn part_of_a_day(&self, i: usize) -> Found {
        let (part, n) = match self.w(i).strip_prefix("mid-") {
            Some(rest) => (part_of_day(rest)?, 1),
            None if self.w(i) == "mid" => (part_of_day(self.w(i + 1))?, 2),
            None => return None,
        };
        let day = match self.w(i + n) {
            "yesterday" | "today" | "tomorrow" => self.at(i + n).filter(|(len, _)| *len == 1),
            _ => None,
        };
        Some(match day {
            Some((_, date)) => (n + 1, format!("{date}T{part}")),
            None => (n, format!("{}T{part}", super::rules::ymd(self.dct))),
        })
    }
}
