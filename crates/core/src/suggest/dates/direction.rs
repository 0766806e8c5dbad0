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
    // "would be paid in January": what was to come when it was said.
    "would",
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
    // What a dividend or a contract sets: "payable Jan. 2", "effective June 1".
    "payable",
    "effective",
    // "ahead of the weekend", "likely to buy as soon as trading opened Monday".
    "ahead",
    "likely",
];

/// Words that end the clause a date is read in, looking back from it.
fn ends_clause(word: &str) -> bool {
    matches!(word, "." | ";" | "!" | "?" | ":" | "“" | "”" | "\"" | "(" | ")")
}

/// The words of the clause before token `i`, nearest first, up to ten: "will almost double its
/// flights between Australia and India by August".
fn clause_before<'a, 't>(t: &'a [Token<'t>], i: usize) -> impl Iterator<Item = &'t str> + 'a {
    t[..i].iter().rev().take(10).map(|w| w.lower).take_while(|w| !ends_clause(w))
}

/// Whether the clause before token `i` speaks of what is to come (up to ten words back). What
/// had been due or was previously planned is past: "had been due to expire Friday".
pub fn future_clause(t: &[Token], i: usize) -> bool {
    let clause: Vec<&str> = clause_before(t, i).collect();
    let past = |k: usize| clause[k + 1..].iter().any(|w| PAST_OF_FUTURE.contains(w));
    // "to holders of record Dec. 21": the date a dividend is paid to the holders on.
    let of_record = |k: usize| clause[k] == "record" && clause.get(k + 1) == Some(&"of");
    (0..clause.len()).any(|k| (FUTURE.contains(&clause[k]) || of_record(k)) && !past(k))
}

/// Words that put a plan in the past: "had been scheduled", "as previously planned".
const PAST_OF_FUTURE: &[&str] = &["had", "previously", "originally", "initially", "earlier"];

/// Which way the clause of a date points: what is to come, what happened, or neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lean {
    Ahead,
    Past,
    Neither,
}

/// Verbs in the past tense that do not end in "-ed".
#[rustfmt::skip]
const PAST_VERBS: &[&str] = &[
    "was", "were", "had", "did", "fell", "rose", "took", "made", "came", "went", "began", "grew",
    "won", "lost", "sold", "bought", "paid", "saw", "gave", "got", "left", "met", "ran", "brought",
    "held", "kept", "spent", "built", "struck", "fought", "became", "sank", "hit", "cut", "set", "put",
];

/// Verbs of reporting: "announced" a plan for June is no past June.
#[rustfmt::skip]
const REPORTING: &[&str] = &[
    "reported", "announced", "added", "noted", "stated", "indicated", "disclosed", "estimated", "predicted",
    "forecasted", "projected", "expected", "scheduled", "planned", "agreed", "proposed", "approved",
];

/// Whether the clause around token `i` (ten words back, six ahead) is told in the past tense.
pub fn past_clause(t: &[Token], i: usize) -> bool {
    // "said", "reported", "announced" frame what is reported, which may lie ahead.
    let past = |w: &str| {
        PAST_VERBS.contains(&w) || w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed") && !REPORTING.contains(&w)
    };
    let ahead = t[(i + 1).min(t.len())..].iter().take(6).map(|w| w.lower).take_while(|w| !ends_clause(w));
    clause_before(t, i).chain(ahead).any(past)
}

/// Month `m`, day `d` in the year that puts it nearest the document date. Days ahead count
/// double, as news leans to the past; with `Ahead`, days past count four times instead, so a
/// date a few weeks back still reads as past rather than as the same day next year. In a clause
/// told in the past tense, days ahead count six times: a date some weeks ahead is still ahead
/// (what was announced for it), one months ahead is last year's.
pub fn month_day(dct: NaiveDate, m: u32, d: u32, lean: Lean) -> Option<NaiveDate> {
    let candidates = (dct.year() - 1..=dct.year() + 1).filter_map(|y| NaiveDate::from_ymd_opt(y, m, d));
    candidates.min_by_key(|date| {
        let days = (*date - dct).num_days();
        match (days > 0, lean) {
            (true, Lean::Ahead) => days,
            (true, Lean::Neither) => days * 2,
            (true, Lean::Past) => days * 6,
            (false, Lean::Ahead) => -days * 4,
            (false, _) => -days,
        }
    })
}

/// The year of month `m` nearest the document date (its middle counts), leaning to the past as
/// `month_day` does (more so in a clause in the past tense); `Ahead`, the coming one (or this month).
pub fn month_year(dct: NaiveDate, m: u32, lean: Lean) -> i32 {
    match lean {
        Lean::Ahead if m >= dct.month() => dct.year(),
        Lean::Ahead => dct.year() + 1,
        Lean::Past | Lean::Neither => month_day(dct, m, 15, lean).map_or(dct.year(), |date| date.year()),
    }
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
        use Lean::*;
        let table = [
            ("2000-01-10", 11, 25, Neither, "1999-11-25"),
            ("2000-01-10", 1, 12, Neither, "2000-01-12"),
            ("1999-11-28", 12, 5, Neither, "1999-12-05"),
            ("1998-08-30", 2, 28, Neither, "1998-02-28"),
            ("1998-08-30", 3, 10, Ahead, "1999-03-10"),
            ("1998-08-30", 8, 30, Ahead, "1998-08-30"),
            ("2024-03-23", 3, 3, Ahead, "2024-03-03"),
            ("1989-10-31", 1, 31, Neither, "1990-01-31"),
            ("1989-10-31", 1, 31, Past, "1989-01-31"),
            ("1989-10-31", 11, 6, Past, "1989-11-06"),
        ];
        for (dct, m, d, lean, want) in table {
            assert_eq!(month_day(date(dct), m, d, lean), Some(date(want)), "{m}/{d} in {dct}");
        }
        assert_eq!(month_year(date("2000-01-10"), 11, Neither), 1999);
        assert_eq!(month_year(date("2000-01-10"), 3, Neither), 2000);
        assert_eq!(month_year(date("2000-05-10"), 3, Ahead), 2001);
        assert_eq!(month_year(date("1989-10-27"), 2, Past), 1989);
        assert_eq!(month_year(date("1989-10-27"), 2, Neither), 1990);
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
    fn clauses_told_in_the_past() {
        use crate::suggest::tokens::tokens;
        for (text, want) in
            [("Sales fell in January", true), ("In January, sales rose", true), ("Sales in January", false)]
        {
            let lower = text.to_lowercase();
            let t = tokens(text, &lower);
            let i = t.iter().position(|w| w.lower == "january").unwrap();
            assert_eq!(past_clause(&t, i), want, "{text}");
        }
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
            ("The dividend is payable Tuesday", true),
            ("The pact is effective Tuesday", true),
        ];
        for (text, want) in cases {
            let lower = text.to_lowercase();
            let t = tokens(text, &lower);
            let i = t.iter().position(|w| w.lower == "tuesday").unwrap();
            assert_eq!(future_clause(&t, i), want, "{text}");
        }
    }
}
