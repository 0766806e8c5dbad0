//! Two copies of one record (an annotator's version on two devices) made one, the same way
//! whichever is read first: spans are matched by id, a tombstone on either side removes its id,
//! and where the two differ the copy changed last wins.

use super::bodies::SpanRow;

/// One copy: its spans, its tombstones and when it last changed.
#[derive(Clone, Copy)]
pub struct Side<'a> {
    pub spans: &'a [SpanRow],
    pub deleted: &'a [String],
    pub time: f64,
}

#[derive(Debug, PartialEq)]
pub struct Merged {
    pub spans: Vec<SpanRow>,
    pub deleted: Vec<String>,
    /// Spans that came with an id the other copy used for another span, given a new one.
    pub renamed: usize,
}

/// Whether `a`'s copy of a span wins over `b`'s: the later copy, and on a tie the greater row,
/// so that the result never depends on the order of the arguments.
fn wins(a: (&SpanRow, f64), b: (&SpanRow, f64)) -> bool {
    if a.1 != b.1 {
        return a.1 > b.1;
    }
    let key = |r: &SpanRow| (r.1, r.2, r.3, serde_json::to_string(&r.4).unwrap_or_default());
    key(a.0) >= key(b.0)
}

pub fn merge(a: Side, b: Side) -> Merged {
    let mut deleted: Vec<String> = a.deleted.iter().chain(b.deleted).cloned().collect();
    deleted.sort_unstable();
    deleted.dedup();
    let gone = |id: &str| deleted.binary_search_by(|d| d.as_str().cmp(id)).is_ok();
    let mut out: Vec<SpanRow> = Vec::new();
    let mut renamed = 0;
    let b_by_id = |id: &str| b.spans.iter().find(|r| r.0 == id);
    for ra in a.spans.iter().filter(|r| !gone(&r.0)) {
        match b_by_id(&ra.0) {
            None => out.push(ra.clone()),
            Some(rb) if (ra.1, ra.2) == (rb.1, rb.2) => {
                out.push(if wins((ra, a.time), (rb, b.time)) { ra.clone() } else { rb.clone() })
            }
            // One id, two spans: each device numbered a new span the same. Both are kept; the
            // one later in the text takes a new id below.
            Some(rb) => {
                out.push(ra.clone());
                out.push(rb.clone());
                renamed += 1;
            }
        }
    }
    out.extend(b.spans.iter().filter(|r| !gone(&r.0) && !a.spans.iter().any(|x| x.0 == r.0)).cloned());
    // The second of two spans with one id gets a fresh one.
    out.sort_by(|x, y| (x.1, x.2, &x.0, x.3).cmp(&(y.1, y.2, &y.0, y.3)));
    let mut seen: Vec<String> = Vec::new();
    for i in 0..out.len() {
        if seen.contains(&out[i].0) {
            let base = out[i].0.clone();
            let fresh = (1..).map(|n| format!("{base}-{n}")).find(|c| !out.iter().any(|r| &r.0 == c)).unwrap();
            out[i].0 = fresh;
        }
        seen.push(out[i].0.clone());
    }
    // Both devices labelled the same words alike: one span.
    out.dedup_by(|later, first| (later.1, later.2, later.3) == (first.1, first.2, first.3));
    Merged { spans: out, deleted, renamed }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::labels::LabelId;

    fn row(id: &str, start: usize, end: usize, label: u32) -> SpanRow {
        (id.into(), start, end, LabelId(label), Default::default())
    }

    fn both_ways(a: Side, b: Side) -> Merged {
        let ab = merge(a, b);
        let ba = merge(b, a);
        assert_eq!(ab, ba, "the result depends on the order");
        ab
    }

    fn ids(m: &Merged) -> Vec<(&str, usize, u32)> {
        m.spans.iter().map(|r| (r.0.as_str(), r.1, r.3 .0)).collect()
    }

    #[test]
    fn table() {
        let none: &[String] = &[];
        let s1 = [row("s1", 0, 5, 1)];
        let s1_relabelled = [row("s1", 0, 5, 2)];
        let s2 = [row("s2", 6, 9, 1)];
        let s1_s2 = [row("s1", 0, 5, 1), row("s2", 6, 9, 1)];
        let s2_elsewhere = [row("s2", 10, 12, 3)];
        let s9_same_words = [row("s9", 0, 5, 1)];
        let tomb_s1 = ["s1".to_string()];
        let side = |spans: &'static [SpanRow], deleted: &'static [String], time: f64| Side { spans, deleted, time };
        // Leaked so the table can hold plain references.
        let l = |v: &[SpanRow]| -> &'static [SpanRow] { Box::leak(v.to_vec().into_boxed_slice()) };
        let t = |v: &[String]| -> &'static [String] { Box::leak(v.to_vec().into_boxed_slice()) };
        let cases: Vec<(&str, Side, Side, Vec<(&str, usize, u32)>, usize)> = vec![
            (
                "added on each side: both kept",
                side(l(&s1), t(none), 1.0),
                side(l(&s2), t(none), 2.0),
                vec![("s1", 0, 1), ("s2", 6, 1)],
                0,
            ),
            (
                "deleted on one side: gone",
                side(l(&s1_s2), t(none), 5.0),
                side(l(&s2), t(&tomb_s1), 1.0),
                vec![("s2", 6, 1)],
                0,
            ),
            (
                "relabelled: the later wins",
                side(l(&s1), t(none), 1.0),
                side(l(&s1_relabelled), t(none), 2.0),
                vec![("s1", 0, 2)],
                0,
            ),
            (
                "relabelled earlier: the later wins",
                side(l(&s1), t(none), 3.0),
                side(l(&s1_relabelled), t(none), 2.0),
                vec![("s1", 0, 1)],
                0,
            ),
            (
                "one id, two spans: both kept, one renamed",
                side(l(&s1_s2), t(none), 1.0),
                side(l(&s2_elsewhere), t(none), 2.0),
                vec![("s1", 0, 1), ("s2", 6, 1), ("s2-1", 10, 3)],
                1,
            ),
            (
                "the same words labelled alike on both: one span",
                side(l(&s1), t(none), 1.0),
                side(l(&s9_same_words), t(none), 2.0),
                vec![("s1", 0, 1)],
                0,
            ),
        ];
        for (name, a, b, want, renamed) in cases {
            let m = both_ways(a, b);
            assert_eq!(ids(&m), want, "{name}");
            assert_eq!(m.renamed, renamed, "{name}");
        }
    }

    #[test]
    fn tombstones_are_kept_and_sorted() {
        let a = ["s3".to_string(), "s1".to_string()];
        let b = ["s1".to_string(), "s2".to_string()];
        let m = merge(Side { spans: &[], deleted: &a, time: 0.0 }, Side { spans: &[], deleted: &b, time: 0.0 });
        assert_eq!(m.deleted, ["s1", "s2", "s3"]);
    }
}
