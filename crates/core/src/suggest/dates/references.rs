//! Dates that point at the present, the past or the future without naming a day (TIMEX3's
//! `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`): "now", "recently", "in the coming months", "the past
//! few weeks"; and "last night", a day's part named from the document date. "Soon" and "in the
//! past" are left out: TimeBank marks fewer than half of them, and they date nothing.

use chrono::Duration;

use super::rules::{ymd, Found, Rules};

/// Plural units a vague span of time is counted in: "the past few months".
const UNITS: &[&str] = &["years", "months", "weeks", "days", "quarters", "decades"];

impl Rules<'_> {
    pub(super) fn reference(&self, i: usize) -> Found {
        let w = |k: usize| self.w(i + k);
        let (n, v) = match (w(0), w(1), w(2)) {
            ("now" | "currently" | "nowadays" | "current", ..) => (1, "PRESENT_REF"),
            ("these", "days", _) => (2, "PRESENT_REF"),
            ("recent", unit, _) if UNITS.contains(&unit) => (2, "PAST_REF"),
            // Alone, the adjective "recent" is rarely a date expression; the adverb is.
            ("recently" | "lately", ..) => (1, "PAST_REF"),
            ("the", "future", _) => (2, "FUTURE_REF"),
            ("the", "near", "future" | "term") => (3, "FUTURE_REF"),
            ("the", "coming", unit) if UNITS.contains(&unit) => (3, "FUTURE_REF"),
            ("coming", unit, _) if UNITS.contains(&unit) => (2, "FUTURE_REF"),
            // "the past few months", "the last several quarters"
            ("the", "past" | "last", "few" | "several") if UNITS.contains(&w(3)) => (4, "PAST_REF"),
            ("last", "night", _) => return Some((2, format!("{}TNI", ymd(self.dct - Duration::days(1))))),
            _ => return None,
        };
        Some((n, v.into()))
    }
}
