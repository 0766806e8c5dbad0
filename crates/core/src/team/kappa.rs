//! Cohen's κ on tokens: each whitespace-separated token of the text takes a label, or O outside
//! spans, in each version; κ compares two versions' token labels over every document they share.
//!
//! A token takes the label at its first code point that a span covers, and a code point takes
//! the label of its outermost covering span (the earliest start, the longer on a tie). Span F1 is
//! the measure to read for span tasks: most tokens are O, which κ counts as agreement.

use crate::labels::LabelId;
use crate::spans::SpanSet;

/// Tokens as code point ranges: maximal runs of non-whitespace.
pub fn tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    let mut n = 0;
    for (i, c) in text.chars().enumerate() {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
        n = i + 1;
    }
    if let Some(s) = start {
        out.push((s, n));
    }
    out
}

/// Each token's label in `spans` (`None`: O).
pub fn token_labels(tokens: &[(usize, usize)], len: usize, spans: &SpanSet) -> Vec<Option<LabelId>> {
    let mut paint: Vec<Option<LabelId>> = vec![None; len];
    // Reverse reading order, so the outermost span paints last.
    for s in spans.as_slice().iter().rev() {
        paint[s.start.min(len)..s.end.min(len)].fill(Some(s.label));
    }
    tokens.iter().map(|&(a, b)| paint[a..b].iter().find_map(|l| *l)).collect()
}

/// A confusion table between two annotators' token labels, grown document by document.
#[derive(Debug, Clone, Default)]
pub struct Table {
    /// Category index: 0 for O, label id + 1 otherwise.
    cells: std::collections::HashMap<(u32, u32), u64>,
    total: u64,
}

fn category(l: Option<LabelId>) -> u32 {
    l.map_or(0, |l| l.0 + 1)
}

impl Table {
    pub fn add(&mut self, a: &[Option<LabelId>], b: &[Option<LabelId>]) {
        for (x, y) in a.iter().zip(b) {
            *self.cells.entry((category(*x), category(*y))).or_default() += 1;
            self.total += 1;
        }
    }

    /// κ = (p_o − p_e) / (1 − p_e); `None` when chance agreement is already perfect (every token
    /// the same category for both, where κ is undefined).
    pub fn kappa(&self) -> Option<f64> {
        if self.total == 0 {
            return None;
        }
        let n = self.total as f64;
        let mut rows: std::collections::HashMap<u32, u64> = Default::default();
        let mut cols: std::collections::HashMap<u32, u64> = Default::default();
        let mut same = 0;
        for (&(x, y), &c) in &self.cells {
            *rows.entry(x).or_default() += c;
            *cols.entry(y).or_default() += c;
            if x == y {
                same += c;
            }
        }
        let po = same as f64 / n;
        let pe: f64 = rows.iter().map(|(k, r)| *r as f64 * *cols.get(k).unwrap_or(&0) as f64).sum::<f64>() / (n * n);
        if (1.0 - pe).abs() < 1e-12 {
            return None;
        }
        Some((po - pe) / (1.0 - pe))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spans::{Span, SpanId};

    #[test]
    fn tokens_are_runs_of_non_whitespace_in_code_points() {
        assert_eq!(tokens(" 東京 a\tbé😀 "), [(1, 3), (4, 5), (6, 9)]);
        assert_eq!(tokens("end"), [(0, 3)]);
        assert!(tokens("  ").is_empty());
    }

    #[test]
    fn a_token_takes_the_outermost_span_at_its_first_covered_point() {
        let text = "the mayor of Paris spoke";
        let toks = tokens(text);
        let mut spans = SpanSet::new();
        spans.insert(Span::new(SpanId::new("a"), 4, 18, LabelId(0)));
        spans.insert(Span::new(SpanId::new("p"), 13, 18, LabelId(2)));
        spans.insert(Span::new(SpanId::new("x"), 21, 24, LabelId(1)));
        let labels = token_labels(&toks, 24, &spans);
        assert_eq!(labels, [None, Some(LabelId(0)), Some(LabelId(0)), Some(LabelId(0)), Some(LabelId(1))]);
    }

    #[test]
    fn kappa_matches_the_textbook_example() {
        // 50 items: both yes 20, a yes b no 5, a no b yes 10, both no 15 → κ = 0.4.
        let y = Some(LabelId(0));
        let mut a = Vec::new();
        let mut b = Vec::new();
        for (n, x, z) in [(20, y, y), (5, y, None), (10, None, y), (15, None, None)] {
            a.extend(std::iter::repeat_n(x, n));
            b.extend(std::iter::repeat_n(z, n));
        }
        let mut t = Table::default();
        t.add(&a, &b);
        assert!((t.kappa().unwrap() - 0.4).abs() < 1e-12);
        let mut same = Table::default();
        same.add(&[None, None], &[None, None]);
        assert_eq!(same.kappa(), None, "all O on both sides: undefined");
    }
}
