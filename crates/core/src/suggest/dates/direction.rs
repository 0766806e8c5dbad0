//! Which side of the document date a date without a year, or a bare weekday, falls on.
//!
//! News reports mostly what happened, so a date leans to the past: "Nov. 25" in a January story
//! is last November. A clause about what is to come ("will meet", "talks resume", "is due")
//! points ahead: "Tuesday" there is the coming Tuesday. A weekday that is the document's own day
//! is that day either way.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::suggest::tokens::Token;

/// Words that put the rest of their clause ahead of the document date.
const FUTURE: &[&str] = &[
    "will",
    "'ll",
    "shall",
    "wo",
    "scheduled",
    "expected",
    "due",
    "plans",
    "plan",
    "planned",
    "planning",
    "upcoming",
    "resume",
    "resumes",
    "begin",
    "begins",
    "start",
    "starts",
    "open",
    "opens",
    "reopen",
    "reopens",
    "expire",
    "expires",
    "convene",
    "convenes",
    "reconvene",
    "reconvenes",
    "meet",
    "meets",
    "vote",
    "votes",
];

/// Words that end the clause a date is read in, looking back from it.
fn ends_clause(word: &str) -> bool {
    matches!(word, "." | ";" | "!" | "?" | ":" | "“" | "”" | "\"" | "(" | ")")
}

/// Whether the clause before token `i` speaks of what is to come (up to eight words back). What
/// had been due or was previously planned is past: "had been due to expire Friday".
pub fn future_clause(t: &[Token], i: usize) -> bool {
    let clause: Vec<&str> = t[..i].iter().rev().take(8).map(|w| w.lower).take_while(|w| !ends_clause(w)).collect();
    let past = |k: usize| clause[k + 1..].iter().any(|w| PAST_OF_FUTURE.contains(w));
    (0..clause.len()).any(|k| FUTURE.contains(&clause[k]) && !past(k))
}

/// Words that put a plan in the past: "had been scheduled", "as previously planned".
const PAST_OF_FUTURE: &[&str] = &["had", "previously", "originally", "initially", "earlier"];

/// Month `m`, day `d` in the year that puts it nearest the document date. Days ahead count
/// double, as news leans to the past; with `ahead`, days past count four times instead, so a
/// date a few weeks back still reads as past rather than as the same day next year.
pub fn month_day(dct: NaiveDate, m: u32, d: u32, ahead: bool) -> Option<NaiveDate> {
    let candidates = (dct.year() - 1..=dct.year() + 1).filter_map(|y| NaiveDate::from_ymd_opt(y, m, d));
    candidates.min_by_key(|date| {
        let days = (*date - dct).num_days();
        match (days > 0, ahead) {
            (true, false) => days * 2,
            (true, true) => days,
            (false, false) => -days,
            (false, true) => -days * 4,
        }
    })
}

/// The year of month `m` nearest the document date (its middle counts), leaning to the past as
/// `month_day` does; with `ahead`, the coming one (or this month).
pub fn month_year(dct: NaiveDate, m: u32, ahead: bool) -> i32 {
    if ahead {
        return if m >= dct.month() { dct.year() } else { dct.year() + 1 };
    }
    month_day(dct, m, 15, false).map_or(dct.year(), |date| date.year())
}

/// Weekday `day` in the week around the document date: the document's own day is that day, a
/// clause about what is to come takes the coming one, any other the last one.
pub fn weekday_date(dct: NaiveDate, day: Weekday, ahead: bool) -> NaiveDate {
    let from = dct.weekday().num_days_from_monday() as i64;
    let to = day.num_days_from_monday() as i64;
    if ahead {
        dct + Duration::days((to - from).rem_euclid(7))
    } else {
        dct - Duration::days((from - to).rem_euclid(7))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_date_without_a_year_is_the_nearest_leaning_past() {
        let table = [
            ("2000-01-10", 11, 25, false, "1999-11-25"),
            ("2000-01-10", 1, 12, false, "2000-01-12"),
            ("1999-11-28", 12, 5, false, "1999-12-05"),
            ("1998-08-30", 2, 28, false, "1998-02-28"),
            ("1998-08-30", 3, 10, true, "1999-03-10"),
            ("1998-08-30", 8, 30, true, "1998-08-30"),
            ("2024-03-23", 3, 3, true, "2024-03-03"),
        ];
        for (dct, m, d, ahead, want) in table {
            assert_eq!(month_day(date(dct), m, d, ahead), Some(date(want)), "{m}/{d} in {dct}");
        }
        assert_eq!(month_year(date("2000-01-10"), 11, false), 1999);
        assert_eq!(month_year(date("2000-01-10"), 3, false), 2000);
        assert_eq!(month_year(date("2000-05-10"), 3, true), 2001);
    }

    #[test]
    fn a_weekday_follows_its_clause() {
        let monday = date("2024-03-18");
        assert_eq!(weekday_date(monday, Weekday::Tue, true), date("2024-03-19"));
        assert_eq!(weekday_date(monday, Weekday::Tue, false), date("2024-03-12"));
        assert_eq!(weekday_date(monday, Weekday::Mon, true), monday, "the document's own day");
        assert_eq!(weekday_date(monday, Weekday::Mon, false), monday);
    }

    #[test]
    fn clauses_about_what_is_to_come() {
        use crate::suggest::tokens::tokens;
        let cases = [
            ("Talks resume Tuesday", true),
            ("The board will meet on Tuesday", true),
            ("They met Tuesday", false),
            ("He will go. Then, on Tuesday", false),
            ("Officials said on Tuesday", false),
            ("It had been due to expire Tuesday", false),
            ("The offensive began as previously planned Tuesday", false),
        ];
        for (text, want) in cases {
            let lower = text.to_lowercase();
            let t = tokens(text, &lower);
            let i = t.iter().position(|w| w.lower == "tuesday").unwrap();
            assert_eq!(future_clause(&t, i), want, "{text}");
        }
    }
}
