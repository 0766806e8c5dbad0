//! Parts of a year and of a day named with the year or the day they belong to: "the winter of
//! 1994", "the last half of 1989", "the current fiscal year", "mid-afternoon yesterday"; and the
//! quarters a quarterly report compares: "the 1988 period", "last year's quarter".

use chrono::Datelike;

use super::rules::{Found, Rules};
use super::words::{part_of_day, spelled_year, year};

impl Rules<'_> {
    /// Every period rule at token `i`.
    pub(super) fn period(&self, i: usize) -> Found {
        // "the" opens the parts of a year, not of a day.
        let the = usize::from(self.w(i) == "the");
        let k = i + the;
        let of_year = [self.of_year(k), self.current_year(k), self.compared_quarter(i, k)].into_iter().flatten();
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

    /// A report's quarter or its year-ago one, from token `i`; `k` is past "the" if `i` is
    /// "the": "the 1988 period", "last year's quarter", "the corresponding period last year",
    /// "the quarter a year ago", "the current quarter". Its length from `k`.
    fn compared_quarter(&self, i: usize, k: usize) -> Found {
        let period = |j: usize| matches!(self.w(j), "quarter" | "period");
        let year_back = |j: usize| match (self.w(j), self.w(j + 1), self.w(j + 2)) {
            ("last", "year", _) => Some(2),
            ("a", "year", "ago" | "earlier") => Some(3),
            _ => None,
        };
        let the = k > i;
        if the && self.w(k) == "current" && self.w(k + 1) == "quarter" {
            return Some((2, self.quarter_back(0)));
        }
        // "the 1988 period" in a quarterly report: that year's quarter like the one reported.
        if let (true, true, Some(y), true) = (the, self.quarterly, year(self.w(k)), period(k + 1)) {
            let q = self.last_quarter();
            return Some((2, format!("{y}{}", &q[4..])));
        }
        // "last year's quarter"
        if !the && self.w(i) == "last" && self.w(i + 1) == "year" && self.w(i + 2) == "'s" && period(i + 3) {
            return Some((4, self.year_ago_quarter()));
        }
        // "the corresponding period last year", "the quarter a year ago"
        let kind = usize::from(matches!(self.w(k), "corresponding" | "comparable" | "same"));
        if the && period(k + kind) {
            if let Some(n) = year_back(k + kind + 1) {
                return Some((kind + 1 + n, self.year_ago_quarter()));
            }
        }
        None
    }

    /// What "a year earlier" at token `i` compares with: in a quarterly report, the year-ago
    /// quarter, unless its sentence last named a longer period ("For the nine months, net was
    /// $254 million, up from $163 million a year earlier"): then the year before.
    pub(super) fn year_back_at(&self, i: usize) -> String {
        let year_before = || (self.dct.year() - 1).to_string();
        if !self.quarterly {
            return year_before();
        }
        let sentence =
            self.t[..i].iter().rev().take(40).map(|w| w.lower).take_while(|w| !matches!(*w, "." | "?" | "!"));
        let longer = sentence
            .filter_map(|w| match w {
                "months" | "half" => Some(true),
                _ if w.contains("quarter") || w == "period" => Some(false),
                _ => None,
            })
            .next();
        match longer {
            Some(true) => year_before(),
            _ => self.year_ago_quarter(),
        }
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
