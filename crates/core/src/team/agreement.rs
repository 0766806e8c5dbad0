//! Pairwise agreement between annotators: precision, recall and F1 per label and overall, with
//! exact match (same start, end and label) and overlap match (same label, overlapping), a matrix
//! of annotator pairs, per-document F1 and Cohen's κ on tokens.
//!
//! Figures follow bratiaa's: a pair's F1 is 2·tp / (|A| + |B|) over the documents both
//! annotated, and a table's figure is the mean over annotator pairs. Precision and recall take
//! the first of a pair (by name) as the reference.

use serde::Serialize;

use super::kappa;
use crate::labels::{LabelId, LabelSet};
use crate::spans::{Span, SpanSet};

/// One document as agreement reads it: its versions by annotator.
pub struct Versions<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub versions: Vec<(&'a str, &'a SpanSet)>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Counts {
    tp: u64,
    a: u64,
    b: u64,
    /// Overlap match: A's spans some same-label span of B overlaps, and B's likewise.
    a_hit: u64,
    b_hit: u64,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.tp += o.tp;
        self.a += o.a;
        self.b += o.b;
        self.a_hit += o.a_hit;
        self.b_hit += o.b_hit;
    }

    fn exact(&self) -> Prf {
        Prf::of(self.tp as f64, self.tp as f64, self.a, self.b)
    }

    fn overlap(&self) -> Prf {
        Prf::of(self.a_hit as f64, self.b_hit as f64, self.a, self.b)
    }
}

/// Precision, recall and F1; `None` where the ratio is 0/0.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Prf {
    pub precision: Option<f64>,
    pub recall: Option<f64>,
    pub f1: Option<f64>,
}

fn ratio(x: f64, n: f64) -> Option<f64> {
    (n > 0.0).then(|| x / n)
}

impl Prf {
    /// `found_a` of A's `a` spans matched, `found_b` of B's `b`.
    fn of(found_a: f64, found_b: f64, a: u64, b: u64) -> Prf {
        let (recall, precision) = (ratio(found_a, a as f64), ratio(found_b, b as f64));
        Prf { precision, recall, f1: ratio(found_a + found_b, (a + b) as f64) }
    }

    /// The mean over pairs of each figure, over the pairs where it is defined.
    fn mean(all: &[Prf]) -> Prf {
        let mean = |f: fn(&Prf) -> Option<f64>| {
            let v: Vec<f64> = all.iter().filter_map(f).collect();
            (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64)
        };
        Prf { precision: mean(|p| p.precision), recall: mean(|p| p.recall), f1: mean(|p| p.f1) }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LabelRow {
    pub label: String,
    /// Spans with this label, all annotators together.
    pub spans: u64,
    pub exact: Prf,
    pub overlap: Prf,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PairRow {
    pub a: String,
    pub b: String,
    pub documents: usize,
    pub exact: Prf,
    pub overlap: Prf,
    pub kappa: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentRow {
    pub id: String,
    /// Its index among the documents given.
    pub index: usize,
    pub annotators: usize,
    /// Mean over pairs of exact F1 over every label; `None` when no annotator labelled anything.
    pub f1: Option<f64>,
    /// Conflicts curation would start with (all must agree).
    pub conflicts: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub annotators: Vec<String>,
    /// Documents with at least two versions.
    pub documents: usize,
    pub labels: Vec<LabelRow>,
    pub overall: LabelRow,
    pub pairs: Vec<PairRow>,
    /// Mean over pairs of κ on tokens.
    pub kappa: Option<f64>,
    /// Worst first; documents with fewer than two versions are left out.
    pub by_document: Vec<DocumentRow>,
}

/// Counts for one pair of span sets, per label id (indexed by position in `labels`).
fn compare(a: &SpanSet, b: &SpanSet, labels: &[LabelId]) -> Vec<Counts> {
    labels
        .iter()
        .map(|&l| {
            let sa: Vec<&Span> = a.iter().filter(|s| s.label == l).collect();
            let sb: Vec<&Span> = b.iter().filter(|s| s.label == l).collect();
            let keys_b: Vec<(usize, usize)> = {
                let mut k: Vec<_> = sb.iter().map(|s| (s.start, s.end)).collect();
                k.sort_unstable();
                k
            };
            let tp = sa.iter().filter(|s| keys_b.binary_search(&(s.start, s.end)).is_ok()).count() as u64;
            Counts { tp, a: sa.len() as u64, b: sb.len() as u64, a_hit: hits(&sa, &sb), b_hit: hits(&sb, &sa) }
        })
        .collect()
}

/// How many of `xs` overlap some span of `ys` (both in reading order).
fn hits(xs: &[&Span], ys: &[&Span]) -> u64 {
    // The furthest end among ys starting before each point, by prefix maximum.
    let mut furthest = Vec::with_capacity(ys.len());
    let mut m = 0;
    for y in ys {
        m = m.max(y.end);
        furthest.push(m);
    }
    xs.iter()
        .filter(|x| {
            let k = ys.partition_point(|y| y.start < x.end);
            k > 0 && furthest[k - 1] > x.start
        })
        .count() as u64
}

/// Agreement over `docs`.
pub fn agree<'a>(docs: impl IntoIterator<Item = Versions<'a>>, labels: &LabelSet) -> Report {
    let ids: Vec<LabelId> = labels.iter().map(|l| l.id).collect();
    let docs: Vec<Versions> = docs.into_iter().collect();
    let mut annotators: Vec<String> = docs.iter().flat_map(|d| d.versions.iter().map(|v| v.0.to_string())).collect();
    annotators.sort();
    annotators.dedup();
    let n = annotators.len();
    let pair_index = |i: usize, j: usize| i * n + j;
    let mut per_pair = vec![vec![Counts::default(); ids.len()]; n * n];
    let mut pair_docs = vec![0usize; n * n];
    let mut tables = vec![kappa::Table::default(); n * n];
    let mut by_document = Vec::new();
    for (index, d) in docs.iter().enumerate() {
        if d.versions.len() < 2 {
            continue;
        }
        let mut vs: Vec<(usize, &SpanSet)> = d
            .versions
            .iter()
            .map(|(a, s)| (annotators.binary_search_by(|x| x.as_str().cmp(a)).expect("listed"), *s))
            .collect();
        vs.sort_by_key(|v| v.0);
        let tokens = kappa::tokens(d.text);
        let len = d.text.chars().count();
        let token_labels: Vec<_> = vs.iter().map(|(_, s)| kappa::token_labels(&tokens, len, s)).collect();
        let mut doc_f1 = Vec::new();
        for x in 0..vs.len() {
            for y in x + 1..vs.len() {
                let (i, j) = (vs[x].0, vs[y].0);
                let counts = compare(vs[x].1, vs[y].1, &ids);
                let mut total = Counts::default();
                for (acc, c) in per_pair[pair_index(i, j)].iter_mut().zip(&counts) {
                    acc.add(c);
                    total.add(c);
                }
                doc_f1.push(total.exact());
                pair_docs[pair_index(i, j)] += 1;
                tables[pair_index(i, j)].add(&token_labels[x], &token_labels[y]);
            }
        }
        let sets: Vec<&SpanSet> = vs.iter().map(|v| v.1).collect();
        by_document.push(DocumentRow {
            id: d.id.to_string(),
            index,
            annotators: vs.len(),
            f1: Prf::mean(&doc_f1).f1,
            conflicts: super::conflicts::between(&sets, false).len(),
        });
    }
    let pairs_used: Vec<(usize, usize)> = (0..n)
        .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
        .filter(|&(i, j)| pair_docs[pair_index(i, j)] > 0)
        .collect();
    let row = |name: &str, pick: &dyn Fn(&[Counts]) -> Counts| {
        let counts: Vec<Counts> = pairs_used.iter().map(|&(i, j)| pick(&per_pair[pair_index(i, j)])).collect();
        LabelRow {
            label: name.to_string(),
            spans: counts.iter().map(|c| c.a + c.b).sum::<u64>() / (n.max(2) as u64 - 1),
            exact: Prf::mean(&counts.iter().map(Counts::exact).collect::<Vec<_>>()),
            overlap: Prf::mean(&counts.iter().map(Counts::overlap).collect::<Vec<_>>()),
        }
    };
    let labels_rows = labels.iter().enumerate().map(|(k, l)| row(&l.name, &|c: &[Counts]| c[k])).collect();
    let sum = |c: &[Counts]| {
        let mut t = Counts::default();
        c.iter().for_each(|x| t.add(x));
        t
    };
    let overall = row("All", &sum);
    let pairs: Vec<PairRow> = pairs_used
        .iter()
        .map(|&(i, j)| {
            let t = sum(&per_pair[pair_index(i, j)]);
            PairRow {
                a: annotators[i].clone(),
                b: annotators[j].clone(),
                documents: pair_docs[pair_index(i, j)],
                exact: t.exact(),
                overlap: t.overlap(),
                kappa: tables[pair_index(i, j)].kappa(),
            }
        })
        .collect();
    let kappas: Vec<f64> = pairs.iter().filter_map(|p| p.kappa).collect();
    let kappa = (!kappas.is_empty()).then(|| kappas.iter().sum::<f64>() / kappas.len() as f64);
    // Worst first; a document nobody labelled has nothing to disagree on and goes last.
    by_document.sort_by(|a, b| a.f1.unwrap_or(2.0).total_cmp(&b.f1.unwrap_or(2.0)).then(a.index.cmp(&b.index)));
    Report { annotators, documents: by_document.len(), labels: labels_rows, overall, pairs, kappa, by_document }
}

/// Every document of `docs` as agreement reads it (`owner` names own spans nobody named).
pub fn versions_of<'a>(docs: &'a [crate::document::Document], owner: &'a str) -> Vec<Versions<'a>> {
    docs.iter().map(|d| Versions { id: &d.id, text: d.text.as_str(), versions: super::annotated(d, owner) }).collect()
}

/// A figure as tables show it: three decimals, or a dash where it is undefined.
pub fn shown(x: Option<f64>) -> String {
    x.map_or("—".to_string(), |x| format!("{x:.3}"))
}
