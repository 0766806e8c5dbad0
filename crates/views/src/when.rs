//! Where a date's TIMEX3-style value falls on a time axis: a day is a point, a week, month,
//! quarter, season, year, decade or century is a bar, and `PRESENT_REF` and its kin are no
//! time at all, so they are drawn apart. Time is counted in days since 1970-01-01.

/// A value's place on the axis.
#[derive(Debug, Clone, PartialEq)]
pub enum When {
    /// One day (or a time within it): drawn at the middle of the day.
    Day(f64),
    /// From `.0` to `.1` (exclusive), in days.
    Period(f64, f64),
    /// `PRESENT_REF`, `PAST_REF` or `FUTURE_REF`, named for people.
    Relative(&'static str),
}

/// Days from 1970-01-01 to a civil date (proleptic Gregorian), after Howard Hinnant's algorithm.
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count: (year, month, day).
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

pub const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The weekday of a day count.
pub fn weekday(day: i64) -> &'static str {
    // 1970-01-01 was a Thursday.
    WEEKDAYS[(day + 3).rem_euclid(7) as usize]
}

fn num(s: &str) -> Option<i64> {
    (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

fn month_start(y: i64, m: i64) -> f64 {
    let (y, m) = (y + (m - 1).div_euclid(12), (m - 1).rem_euclid(12) + 1);
    days_from_civil(y, m as u32, 1) as f64
}

/// The axis position of a value, or `None` for what has no place on it (a duration, a date
/// without its year).
pub fn when(value: &str) -> Option<When> {
    match value {
        "PRESENT_REF" => return Some(When::Relative("now")),
        "PAST_REF" => return Some(When::Relative("the past")),
        "FUTURE_REF" => return Some(When::Relative("the future")),
        _ => {}
    }
    // A time of day or part of it ("2024-03-22T10:00", "2024-03-22TMO") is its day.
    let date = value.split('T').next().unwrap_or(value);
    let parts: Vec<&str> = date.split('-').collect();
    let year = num(parts[0])?;
    match (parts[0].len(), parts.get(1), parts.get(2)) {
        (2, None, None) => Some(When::Period(month_start(year * 100, 1), month_start(year * 100 + 100, 1))),
        (3, None, None) => Some(When::Period(month_start(year * 10, 1), month_start(year * 10 + 10, 1))),
        (4, None, None) => Some(When::Period(month_start(year, 1), month_start(year + 1, 1))),
        (4, Some(p), None) => period_of_year(year, p),
        (4, Some(m), Some(d)) => {
            let (m, d) = (num(m)?, num(d)?);
            let ok = (1..=12).contains(&m) && d >= 1 && d <= 31;
            ok.then(|| When::Day(days_from_civil(year, m as u32, d as u32) as f64 + 0.5))
        }
        _ => None,
    }
}

/// "03", "W11", "Q1", "H2", "SU" within a year.
fn period_of_year(year: i64, p: &str) -> Option<When> {
    let months = |from: i64, n: i64| Some(When::Period(month_start(year, from), month_start(year, from + n)));
    if let Some(m) = num(p) {
        return (1..=12).contains(&m).then(|| months(m, 1)).flatten();
    }
    let (kind, n) = p.split_at(1);
    match (kind, num(n)) {
        ("W", Some(w)) if (1..=53).contains(&w) => {
            let jan4 = days_from_civil(year, 1, 4);
            let monday = jan4 - (jan4 + 3).rem_euclid(7) + 7 * (w - 1);
            Some(When::Period(monday as f64, monday as f64 + 7.0))
        }
        ("Q", Some(q)) if (1..=4).contains(&q) => months(3 * q - 2, 3),
        ("H", Some(h)) if (1..=2).contains(&h) => months(6 * h - 5, 6),
        _ => match p {
            "SP" => months(3, 3),
            "SU" => months(6, 3),
            "FA" => months(9, 3),
            "WI" => months(12, 3),
            _ => None,
        },
    }
}

/// "Friday 22 March 2024" for a day; the value itself for a period.
pub fn describe(value: &str) -> String {
    match when(value) {
        Some(When::Day(d)) => {
            let day = d.floor() as i64;
            let (y, m, dd) = civil_from_days(day);
            format!("{} {dd} {} {y}", weekday(day), MONTHS[m as usize - 1])
        }
        Some(When::Relative(r)) => r.to_string(),
        _ => value.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i64, m: u32, d: u32) -> f64 {
        days_from_civil(y, m, d) as f64
    }

    #[test]
    fn each_kind_of_value_has_its_place() {
        let cases: &[(&str, Option<When>)] = &[
            ("2024-03-22", Some(When::Day(day(2024, 3, 22) + 0.5))),
            ("2024-03-22T10:00", Some(When::Day(day(2024, 3, 22) + 0.5))),
            ("2024-03-22TMO", Some(When::Day(day(2024, 3, 22) + 0.5))),
            ("2024-03", Some(When::Period(day(2024, 3, 1), day(2024, 4, 1)))),
            ("2024-12", Some(When::Period(day(2024, 12, 1), day(2025, 1, 1)))),
            // ISO week 11 of 2024 runs Monday 11 to Sunday 17 March.
            ("2024-W11", Some(When::Period(day(2024, 3, 11), day(2024, 3, 18)))),
            // Week 1 of 2026 starts on Monday 29 December 2025.
            ("2026-W01", Some(When::Period(day(2025, 12, 29), day(2026, 1, 5)))),
            ("2024-Q1", Some(When::Period(day(2024, 1, 1), day(2024, 4, 1)))),
            ("2024-H2", Some(When::Period(day(2024, 7, 1), day(2025, 1, 1)))),
            ("2024-WI", Some(When::Period(day(2024, 12, 1), day(2025, 3, 1)))),
            ("2022", Some(When::Period(day(2022, 1, 1), day(2023, 1, 1)))),
            ("199", Some(When::Period(day(1990, 1, 1), day(2000, 1, 1)))),
            ("19", Some(When::Period(day(1900, 1, 1), day(2000, 1, 1)))),
            ("PRESENT_REF", Some(When::Relative("now"))),
            ("PAST_REF", Some(When::Relative("the past"))),
            ("P2Y", None),
            ("XXXX-03-22", None),
            ("2024-13", None),
            ("", None),
        ];
        for (value, expected) in cases {
            assert_eq!(&when(value), expected, "{value}");
        }
    }

    #[test]
    fn days_and_weekdays_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(days_from_civil(2024, 2, 29)), (2024, 2, 29));
        assert_eq!(civil_from_days(days_from_civil(1600, 3, 1)), (1600, 3, 1));
        assert_eq!(weekday(days_from_civil(2024, 3, 22)), "Friday");
        assert_eq!(describe("2024-03-23"), "Saturday 23 March 2024");
        assert_eq!(describe("2024-W11"), "2024-W11");
    }
}
