//! The timeline's window onto time: which days are in view, zoom about a point, pan, and the
//! ticks (years, months or days, as many as fit).

use crate::when::{civil_from_days, days_from_civil};

const SHORT_MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// Days `t0..t1` drawn across `width` pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Window {
    pub t0: f64,
    pub t1: f64,
    pub width: f64,
}

impl Window {
    /// A window around `lo..hi` with a margin; a single day gets a month around it.
    pub fn around(lo: f64, hi: f64, width: f64) -> Window {
        let span = (hi - lo).max(30.0);
        let mid = (lo + hi) / 2.0;
        Window { t0: mid - span * 0.55, t1: mid + span * 0.55, width }
    }

    pub fn x(&self, t: f64) -> f64 {
        (t - self.t0) / (self.t1 - self.t0) * self.width
    }

    pub fn t(&self, x: f64) -> f64 {
        self.t0 + x / self.width * (self.t1 - self.t0)
    }

    /// Zoomed by `factor` (>1 zooms in) keeping the day under `x` where it is; from an hour to
    /// ten thousand years across.
    pub fn zoom(self, factor: f64, x: f64) -> Window {
        let at = self.t(x);
        let span = ((self.t1 - self.t0) / factor).clamp(1.0 / 24.0, 3_650_000.0);
        let t0 = at - x / self.width * span;
        Window { t0, t1: t0 + span, ..self }
    }

    /// Moved by `dx` pixels (positive: later days come into view).
    pub fn pan(self, dx: f64) -> Window {
        let dt = dx / self.width * (self.t1 - self.t0);
        Window { t0: self.t0 + dt, t1: self.t1 + dt, ..self }
    }

    /// Ticks in view: (day, label), at least 90 px apart.
    pub fn ticks(&self) -> Vec<(f64, String)> {
        let per_px = (self.t1 - self.t0) / self.width;
        let min_days = per_px * 90.0;
        let (first, last) = (self.t0.floor() as i64, self.t1.ceil() as i64);
        let mut out = Vec::new();
        if min_days <= 1.0 {
            for d in first..=last {
                let (y, m, dd) = civil_from_days(d);
                out.push((d as f64, format!("{dd} {} {y}", SHORT_MONTHS[m as usize - 1])));
            }
        } else if min_days <= 7.0 {
            // Mondays.
            let mut d = first - (first + 3).rem_euclid(7);
            while d <= last {
                let (y, m, dd) = civil_from_days(d);
                out.push((d as f64, format!("{dd} {} {y}", SHORT_MONTHS[m as usize - 1])));
                d += 7;
            }
        } else if min_days <= 92.0 {
            let step = [1, 3].into_iter().find(|s| (*s as f64) * 30.6 >= min_days).unwrap_or(3);
            let (y0, _, _) = civil_from_days(first);
            let (y1, _, _) = civil_from_days(last);
            for y in y0..=y1 {
                for m in (1..=12).step_by(step as usize) {
                    let d = days_from_civil(y, m, 1) as f64;
                    out.push((d, format!("{} {y}", SHORT_MONTHS[m as usize - 1])));
                }
            }
        } else {
            let years = min_days / 365.25;
            let step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000]
                .into_iter()
                .find(|s| *s as f64 >= years)
                .unwrap_or(10_000);
            let (y0, _, _) = civil_from_days(first);
            let (y1, _, _) = civil_from_days(last);
            let mut y = y0.div_euclid(step) * step;
            while y <= y1 {
                out.push((days_from_civil(y, 1, 1) as f64, y.to_string()));
                y += step;
            }
        }
        out.retain(|(d, _)| *d >= self.t0 && *d <= self.t1);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_keeps_the_day_under_the_pointer() {
        let w = Window { t0: 0.0, t1: 100.0, width: 1000.0 };
        let z = w.zoom(2.0, 250.0);
        assert!((z.t(250.0) - 25.0).abs() < 1e-9);
        assert!((z.t1 - z.t0 - 50.0).abs() < 1e-9);
        let p = z.pan(100.0);
        assert!((p.t0 - z.t0 - 5.0).abs() < 1e-9);
    }

    #[test]
    fn ticks_fit_the_zoom() {
        let day = |y, m, d| days_from_civil(y, m, d) as f64;
        let labels = |w: Window| w.ticks().into_iter().map(|t| t.1).collect::<Vec<_>>();
        let years = Window { t0: day(2000, 6, 1), t1: day(2010, 6, 1), width: 1000.0 };
        assert_eq!(labels(years).first().map(String::as_str), Some("2001"));
        assert_eq!(labels(years).len(), 10);
        let months = Window { t0: day(2024, 1, 15), t1: day(2024, 7, 15), width: 1000.0 };
        assert_eq!(labels(months), ["Feb 2024", "Mar 2024", "Apr 2024", "May 2024", "Jun 2024", "Jul 2024"]);
        let days = Window { t0: day(2024, 3, 20) + 0.5, t1: day(2024, 3, 24) + 0.5, width: 1000.0 };
        assert_eq!(labels(days), ["21 Mar 2024", "22 Mar 2024", "23 Mar 2024", "24 Mar 2024"]);
        let centuries = Window { t0: day(1000, 1, 1), t1: day(2000, 1, 1), width: 1000.0 };
        assert!(labels(centuries).iter().all(|l| l.ends_with("00")));
    }
}
