//! The timeline as SVG: days as points, periods as bars, each packed into the first row where it
//! does not overlap another; relative dates ("now") in a band of their own above; the document's
//! date as a line.

use crate::markers::{At, Marker};
use crate::svg::{count, esc, open_group, paint};
use crate::time_axis::Window;
use crate::when::When;

const TOP: f64 = 30.0;
const ROW: f64 = 20.0;
const MAX_ROWS: usize = 14;

pub struct Timeline<'a> {
    pub markers: &'a [Marker],
    pub window: Window,
    /// The document's date, in days.
    pub doc_date: Option<f64>,
    /// Ids under the text cursor: their marker is drawn thick.
    pub current: &'a [String],
    pub color: &'a str,
}

/// The days `markers` cover, for the first window.
pub fn extent(markers: &[Marker]) -> Option<(f64, f64)> {
    let spans = markers.iter().filter_map(|m| match &m.at {
        At::Time(When::Day(d)) => Some((*d, *d)),
        At::Time(When::Period(a, b)) => Some((*a, *b)),
        _ => None,
    });
    spans.reduce(|a, b| (a.0.min(b.0), a.1.max(b.1)))
}

fn count_width(m: &Marker) -> f64 {
    if m.count() > 1 {
        12.0 + 7.0 * m.count().to_string().len() as f64
    } else {
        0.0
    }
}

/// Rows: the first whose last extent ends before `x0`.
fn pack(rows: &mut Vec<f64>, x0: f64, x1: f64) -> usize {
    let row = rows.iter().position(|end| *end + 3.0 <= x0).unwrap_or_else(|| {
        rows.push(f64::MIN);
        rows.len() - 1
    });
    let row = row.min(MAX_ROWS - 1);
    rows[row] = rows[row].max(x1);
    row
}

pub fn svg(t: &Timeline) -> String {
    let w = t.window;
    let is_current = |m: &Marker| m.ids.iter().any(|id| t.current.contains(id));
    let mut body = String::new();
    // Relative dates: apart, in a band of their own.
    let mut x = 120.0;
    let relative: Vec<&Marker> = t.markers.iter().filter(|m| matches!(m.at, At::Time(When::Relative(_)))).collect();
    if !relative.is_empty() {
        body.push_str(r##"<text x="4" y="16" font-size="11" fill="#555">Not on the axis:</text>"##);
    }
    for m in relative {
        let At::Time(When::Relative(name)) = m.at else { continue };
        body.push_str(&open_group(m, x, 12.0, is_current(m)));
        body.push_str(&format!(r#"<rect x="-6" y="-6" width="12" height="12" {}/>"#, paint(m, t.color, is_current(m))));
        let n = if m.count() > 1 { format!(" ×{}", m.count()) } else { String::new() };
        body.push_str(&format!(r##"<text x="10" y="4" font-size="11" fill="#222">{name}{n}</text></g>"##));
        x += 40.0 + 7.0 * (name.len() + n.len()) as f64;
    }
    // Points first, then bars, each in reading order.
    let mut rows: Vec<f64> = Vec::new();
    let mut placed = Vec::new();
    for pass in [true, false] {
        for m in t.markers {
            let (x0, x1) = match m.at {
                At::Time(When::Day(d)) if pass => (w.x(d) - 7.0, w.x(d) + 7.0),
                // Cut to the view: a year zoomed to days is millions of pixels wide, and its
                // dashed outline alone took a second to paint.
                At::Time(When::Period(a, b)) if !pass => (w.x(a), w.x(b).max(w.x(a) + 4.0)),
                _ => continue,
            };
            if x1 < -20.0 || x0 > w.width + 20.0 {
                continue;
            }
            // Cut to the view: a year zoomed to days is millions of pixels wide, and its dashed
            // outline alone took a second to paint.
            let (x0, x1) = (x0.max(-10.0), x1.min(w.width + 10.0));
            let row = pack(&mut rows, x0, x1 + count_width(m));
            placed.push((m, x0, x1, row));
        }
    }
    let axis = TOP + ROW * rows.len().max(1) as f64 + 8.0;
    let height = axis + 28.0;
    let mut grid = String::new();
    for (day, label) in w.ticks() {
        let x = w.x(day);
        grid.push_str(&format!(
            r##"<line x1="{x:.1}" y1="{TOP}" x2="{x:.1}" y2="{axis}" stroke="#eee"/><line x1="{x:.1}" y1="{axis}" x2="{x:.1}" y2="{:.1}" stroke="#555"/><text x="{:.1}" y="{:.1}" font-size="11" fill="#333">{}</text>"##,
            axis + 5.0,
            x + 3.0,
            axis + 17.0,
            esc(&label)
        ));
    }
    if let Some(d) = t.doc_date {
        let x = w.x(d);
        // The label on the line's left near the right edge, so that it is never cut.
        let (tx, anchor) = if x > w.width - 100.0 { (x - 4.0, "end") } else { (x + 4.0, "start") };
        grid.push_str(&format!(
            r##"<line class="doc-date" x1="{x:.1}" y1="{:.1}" x2="{x:.1}" y2="{axis}" stroke="#b00" stroke-dasharray="5 3"/><text x="{tx:.1}" y="{:.1}" font-size="11" fill="#b00" text-anchor="{anchor}">document date</text>"##,
            TOP - 4.0,
            TOP - 8.0
        ));
    }
    for (m, x0, x1, row) in placed {
        let y = TOP + ROW * (row as f64 + 0.5);
        let current = is_current(m);
        match m.at {
            At::Time(When::Day(_)) => {
                body.push_str(&open_group(m, x0 + 7.0, y, current));
                body.push_str(&format!(r#"<circle r="6" {}/>"#, paint(m, t.color, current)));
                body.push_str(&count(m, 9.0));
            }
            _ => {
                body.push_str(&open_group(m, x0, y, current));
                let width = x1 - x0;
                body.push_str(&format!(
                    r#"<rect x="0" y="-5" width="{width:.1}" height="10" rx="2" {}/>"#,
                    paint(m, t.color, current)
                ));
                body.push_str(&count(m, width + 4.0));
            }
        }
        body.push_str(&format!("<title>{}</title></g>", esc(&m.aria_label())));
    }
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" class="timeline" width="{:.0}" height="{height:.0}" viewBox="0 0 {:.0} {height:.0}" font-family="system-ui, sans-serif" role="group" aria-label="Dates on a time axis"><rect width="100%" height="100%" fill="#fff"/><line x1="0" y1="{axis}" x2="{:.0}" y2="{axis}" stroke="#555"/>{grid}{body}</svg>"##,
        w.width, w.width, w.width
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::when::{days_from_civil, when};

    fn marker(id: &str, value: &str, suggested: bool) -> Marker {
        let at = At::Time(when(value).unwrap());
        Marker { ids: vec![id.into()], doc: 0, suggested, label: value.into(), at, country: false }
    }

    fn x_of(svg: &str, id: &str) -> f64 {
        let at = svg.find(&format!(r#"data-span-id="{id}""#)).unwrap();
        let tr = &svg[at..][svg[at..].find("translate(").unwrap() + 10..];
        tr.split(' ').next().unwrap().parse().unwrap()
    }

    #[test]
    fn each_date_is_drawn_at_its_value() {
        let markers =
            [marker("a", "2024-03-22", false), marker("b", "2024-03", true), marker("c", "PRESENT_REF", true)];
        let d = |m| days_from_civil(2024, m, 1) as f64;
        let window = Window { t0: d(3), t1: d(4), width: 620.0 };
        let s = svg(&Timeline { markers: &markers, window, doc_date: Some(d(3) + 22.5), current: &[], color: "#09c" });
        // 21.5 of 31 days in: the day's middle.
        assert!((x_of(&s, "a") - 620.0 * 21.5 / 31.0).abs() < 0.2, "{}", x_of(&s, "a"));
        assert!(x_of(&s, "b").abs() < 0.2, "the month's bar starts at its first day");
        assert!(s.contains(r#"stroke-dasharray="3 2""#), "the suggestion is dashed");
        assert!(s.contains("Not on the axis:") && s.contains(">now<"));
        assert!(s.contains("document date"));
        assert_eq!(s.matches("class=\"mark").count(), 3);
    }

    #[test]
    fn a_period_wider_than_the_view_is_cut_to_it() {
        let markers = [marker("y", "2024", false)];
        let d = |m| days_from_civil(2024, m, 1) as f64;
        let window = Window { t0: d(3), t1: d(3) + 1.0, width: 620.0 };
        let s = svg(&Timeline { markers: &markers, window, doc_date: None, current: &[], color: "#09c" });
        assert!((x_of(&s, "y") + 10.0).abs() < 0.2, "starts just left of the view");
        assert!(s.contains(r#"width="640.0""#), "ends just right of it: {s}");
    }

    #[test]
    fn markers_out_of_view_are_left_out() {
        let markers = [marker("a", "2024-03-22", false), marker("b", "1990", false)];
        let d = |m| days_from_civil(2024, m, 1) as f64;
        let window = Window { t0: d(3), t1: d(4), width: 620.0 };
        let s = svg(&Timeline { markers: &markers, window, doc_date: None, current: &["a".into()], color: "#09c" });
        assert!(!s.contains(r#"data-span-id="b""#));
        assert!(s.contains(r#"class="mark current""#));
    }
}
