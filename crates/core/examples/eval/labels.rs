//! Precision, recall and F1 per label (strict: same start, end and label) for the whole engine,
//! and how many matched places got the gold country.

use std::collections::HashSet;
use std::path::Path;

use spanwright_core::offsets::OffsetUnit;
use spanwright_core::suggest::places::Gazetteer;
use spanwright_core::suggest::{suggest, Resolved};
use spanwright_core::Text;

use crate::f1;

/// A gold span: code points, label, and for places the country code.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Gold {
    start: usize,
    end: usize,
    label: String,
}

struct Doc {
    text: String,
    dct: Option<String>,
    gold: Vec<(Gold, Option<String>)>,
}

/// `sentences.txt`: "DATE<TAB>text with [A actor], [D date], [P place|CC]".
fn sentences(path: &Path) -> Vec<Doc> {
    let raw = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut docs = Vec::new();
    for line in raw.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let (dct, marked) = line.split_once('\t').expect("a date, a tab, the text");
        let (mut text, mut gold, mut rest) = (String::new(), Vec::new(), marked);
        while let Some(open) = rest.find('[') {
            text.push_str(&rest[..open]);
            let close = open + rest[open..].find(']').expect("a closing bracket");
            let inner = &rest[open + 1..close];
            let (tag, body) = inner.split_once(' ').expect("a tag and text");
            let (surface, country) = match body.split_once('|') {
                Some((s, c)) => (s, Some(c.to_string())),
                None => (body, None),
            };
            let label = match tag {
                "A" => "Actor",
                "D" => "Date",
                "P" => "Place",
                _ => panic!("unknown tag {tag} in {line}"),
            };
            let start = text.chars().count();
            text.push_str(surface);
            gold.push((Gold { start, end: text.chars().count(), label: label.into() }, country));
            rest = &rest[close + 1..];
        }
        text.push_str(rest);
        docs.push(Doc { text, dct: Some(dct.into()), gold });
    }
    docs
}

/// `sample-gold.tsv` over the shared article: label, text, which whole-word occurrence.
fn sample(shared: &Path, gold_path: &Path) -> Option<Doc> {
    let raw = std::fs::read_to_string(shared.join("samples/news-2024-03-23-moscow.txt")).ok()?;
    let (dct, body) = spanwright_core::header::split_date_header(&raw);
    let text = body.to_string();
    let list = std::fs::read_to_string(gold_path).expect("the sample's gold spans");
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let mut gold = Vec::new();
    for line in list.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        let n: usize = f[2].parse().expect("an occurrence number");
        let at = text
            .match_indices(f[1])
            .filter(|(i, m)| !is_word(text[..*i].chars().last()) && !is_word(text[i + m.len()..].chars().next()))
            .nth(n - 1)
            .unwrap_or_else(|| panic!("{line}: no such occurrence"))
            .0;
        let start = text[..at].chars().count();
        gold.push((Gold { start, end: start + f[1].chars().count(), label: f[0].into() }, None));
    }
    Some(Doc { text, dct, gold })
}

fn score(name: &str, docs: &[Doc], g: &Gazetteer, misses: bool) {
    let labels = ["Actor", "Date", "Place"];
    let mut counts = [(0usize, 0usize, 0usize); 3];
    let (mut countries_right, mut countries_judged) = (0, 0);
    for doc in docs {
        let t = Text::new(doc.text.as_str());
        let found: Vec<(Gold, Option<String>)> = suggest(&doc.text, doc.dct.as_deref(), Some(g))
            .spans
            .into_iter()
            .map(|s| {
                let cp = |b| t.to_code_point(b, OffsetUnit::Utf8).expect("a boundary");
                let country = match s.value {
                    Resolved::Place(p) => Some(p.country().to_string()),
                    _ => None,
                };
                (Gold { start: cp(s.start), end: cp(s.end), label: s.label.name().into() }, country)
            })
            .collect();
        let gold: HashSet<&Gold> = doc.gold.iter().map(|(g, _)| g).collect();
        let got: HashSet<&Gold> = found.iter().map(|(g, _)| g).collect();
        for (k, label) in labels.iter().enumerate() {
            counts[k].0 += gold.iter().filter(|g| g.label == *label).count();
            counts[k].1 += got.iter().filter(|g| g.label == *label).count();
            counts[k].2 += gold.iter().filter(|g| g.label == *label && got.contains(*g)).count();
        }
        for (gs, country) in &doc.gold {
            if let (Some(want), Some((_, Some(have)))) = (country, found.iter().find(|(f, _)| f == gs)) {
                countries_judged += 1;
                countries_right += (want == have) as usize;
                if misses && want != have {
                    println!("country {:?}: {have}, gold {want}", t.slice(gs.start, gs.end));
                }
            }
        }
        if misses {
            for (gs, _) in &doc.gold {
                if !got.contains(gs) {
                    println!("missed {} {:?}", gs.label, t.slice(gs.start, gs.end));
                }
            }
            for (f, _) in &found {
                if !gold.contains(f) {
                    println!("extra  {} {:?}", f.label, t.slice(f.start, f.end));
                }
            }
        }
    }
    println!("\n== {name}: per label, strict match");
    println!("{:<8} {:>5} {:>6} {:>9} {:>9} {:>9}", "label", "gold", "found", "precision", "recall", "F1");
    for (k, label) in labels.iter().enumerate() {
        let (gold, found, right) = counts[k];
        let (p, r) = (right as f64 / found.max(1) as f64, right as f64 / gold.max(1) as f64);
        println!("{label:<8} {gold:>5} {found:>6} {p:>9.4} {r:>9.4} {:>9.4}", f1(p, r));
    }
    if countries_judged > 0 {
        println!("places with the gold country: {countries_right} of {countries_judged}");
    }
}

pub fn run(shared: &Path, misses: bool) {
    let g = Gazetteer::bundled();
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/eval");
    let own = sentences(&data.join("sentences.txt"));
    score("own gold sentences (crates/core/data/eval/sentences.txt)", &own, &g, misses);
    let held_out = sentences(&data.join("held-out.txt"));
    score("held-out sentences, never tuned on (crates/core/data/eval/held-out.txt)", &held_out, &g, misses);
    match sample(shared, &data.join("sample-gold.tsv")) {
        Some(doc) => score("the sample article (samples/news-2024-03-23-moscow.txt)", &[doc], &g, misses),
        None => println!("\n(the sample article is not at {}; skipped)", shared.display()),
    }
}
