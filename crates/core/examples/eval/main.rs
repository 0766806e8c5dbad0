//! `make eval`: scores the suggestion engine and prints tables. Actors, dates and places per
//! label (`labels`): on the shared sample article and on the project's own gold sentences.
//! Dates in depth: `../shared/dev-data/timebank-dates.jsonl`, gold DATE and TIME expressions (durations
//! and sets are not dates); precision, recall and F1 for strict (same start and end) and
//! overlapping matches, and how many matched expressions got the gold value. Places on LGL and
//! location readings on ReLocaR: `places_dev`.

mod labels;
mod places_dev;

use spanwright_core::offsets::OffsetUnit;
use spanwright_core::suggest::dates::find_dates;
use spanwright_core::Text;

#[derive(Default)]
struct Score {
    gold: usize,
    found: usize,
    strict: usize,
    overlap_found: usize,
    overlap_gold: usize,
    values_right: usize,
    values_judged: usize,
}

pub fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn main() {
    let shared = std::env::var("SPANWRIGHT_SHARED")
        .unwrap_or_else(|_| format!("{}/../../../shared", env!("CARGO_MANIFEST_DIR")));
    let misses_wanted = std::env::args().any(|a| a == "--misses");
    labels::run(std::path::Path::new(&shared), misses_wanted);
    places_dev::lgl(std::path::Path::new(&shared), misses_wanted);
    places_dev::relocar(std::path::Path::new(&shared), misses_wanted);
    let path = std::path::Path::new(&shared).join("dev-data/timebank-dates.jsonl");
    let data = match std::fs::read_to_string(&path) {
        Ok(data) => data,
        Err(e) => {
            println!("\n(the TimeBank dates are not at {} ({e}); skipped)", path.display());
            return;
        }
    };
    let mut s = Score::default();
    let mut misses = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let doc: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let text = doc["text"].as_str().expect("text");
        let dct = doc["dct"].as_str();
        let t = Text::new(text);
        let gold: Vec<(usize, usize, String, String)> = doc["dates"]
            .as_array()
            .expect("dates")
            .iter()
            .filter(|g| matches!(g["type"].as_str(), Some("DATE" | "TIME")))
            .map(|g| {
                let n = |k: &str| g[k].as_u64().expect("an offset") as usize;
                (
                    n("start"),
                    n("end"),
                    g["value"].as_str().unwrap_or("").to_string(),
                    g["text"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect();
        let found: Vec<(usize, usize, String)> = find_dates(text, dct)
            .into_iter()
            .map(|m| {
                let cp = |b| t.to_code_point(b, OffsetUnit::Utf8).expect("a boundary");
                (cp(m.start), cp(m.end), m.value)
            })
            .collect();
        s.gold += gold.len();
        s.found += found.len();
        let overlaps = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
        for f in &found {
            if gold.iter().any(|g| overlaps((g.0, g.1), (f.0, f.1))) {
                s.overlap_found += 1;
            } else if misses.len() < 400 {
                misses.push(format!("extra  {:?} → {}", t.slice(f.0, f.1), f.2));
            }
        }
        for g in &gold {
            s.strict += found.iter().any(|f| (f.0, f.1) == (g.0, g.1)) as usize;
            match found.iter().find(|f| overlaps((g.0, g.1), (f.0, f.1))) {
                Some(f) => {
                    if (f.0, f.1) != (g.0, g.1) && misses.len() < 400 {
                        misses.push(format!("bounds {:?} → {:?}", g.3, t.slice(f.0, f.1)));
                    }
                    s.overlap_gold += 1;
                    s.values_judged += 1;
                    if f.2 == g.2 {
                        s.values_right += 1;
                    } else if misses.len() < 400 {
                        let around = t.slice(g.0.saturating_sub(60), (g.1 + 30).min(t.len()));
                        let around = around.replace('\n', " ");
                        let dct = dct.unwrap_or("?");
                        misses.push(format!("value  {:?} → {} (gold {}, dct {dct}): {around:?}", g.3, f.2, g.2));
                    }
                }
                None if misses.len() < 400 => misses.push(format!("missed {:?} (gold {})", g.3, g.2)),
                None => {}
            }
        }
    }
    let (p_strict, r_strict) = (s.strict as f64 / s.found as f64, s.strict as f64 / s.gold as f64);
    let (p_over, r_over) = (s.overlap_found as f64 / s.found as f64, s.overlap_gold as f64 / s.gold as f64);
    if misses_wanted {
        misses.iter().for_each(|m| println!("{m}"));
    }
    println!("\n== dates on {} ({} gold DATE/TIME, {} found)", path.display(), s.gold, s.found);
    println!("{:<12} {:>9} {:>9} {:>9}", "match", "precision", "recall", "F1");
    println!("{:<12} {:>9.4} {:>9.4} {:>9.4}", "strict", p_strict, r_strict, f1(p_strict, r_strict));
    println!("{:<12} {:>9.4} {:>9.4} {:>9.4}", "overlapping", p_over, r_over, f1(p_over, r_over));
    println!(
        "value accuracy on overlapping matches: {:.4} ({} of {})  (targets: strict F1 ≥ 0.85, value ≥ 0.90)",
        s.values_right as f64 / s.values_judged.max(1) as f64,
        s.values_right,
        s.values_judged
    );
}
