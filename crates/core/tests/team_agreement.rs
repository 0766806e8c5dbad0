//! Agreement figures against the reference tools' golden numbers (scripts/golden/agreement.py:
//! bratiaa for span F1, scikit-learn for κ), on three annotators' files of 50 documents.

use spanwright_core::format_v1;
use spanwright_core::team::agreement::{agree, Report, Versions};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/team");

fn read(name: &str) -> format_v1::File {
    format_v1::import(&std::fs::read_to_string(format!("{DIR}/{name}.json")).unwrap()).unwrap()
}

fn report() -> Report {
    let files: Vec<(String, format_v1::File)> =
        ["ann-1", "ann-2", "ann-3"].iter().map(|a| (a.to_string(), read(a))).collect();
    let labels = files[0].1.labels.clone();
    let docs = files[0].1.documents.iter().map(|d| Versions {
        id: &d.id,
        text: d.text.as_str(),
        versions: files
            .iter()
            .map(|(a, f)| (a.as_str(), &f.documents.iter().find(|x| x.id == d.id).unwrap().spans))
            .collect(),
    });
    agree(docs, &labels)
}

fn golden() -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(format!("{DIR}/golden.json")).unwrap()).unwrap()
}

fn close(ours: Option<f64>, theirs: &serde_json::Value, what: &str) {
    let theirs = theirs.as_f64().unwrap_or_else(|| panic!("{what}: no golden number"));
    let ours = ours.unwrap_or_else(|| panic!("{what}: we computed none"));
    assert!((ours - theirs).abs() < 1e-9, "{what}: ours {ours}, reference {theirs}");
}

#[test]
fn span_f1_equals_bratiaa() {
    let (r, g) = (report(), golden());
    assert_eq!(r.annotators, ["ann-1", "ann-2", "ann-3"]);
    assert_eq!(r.documents, 50);
    close(r.overall.exact.f1, &g["overall_f1"], "overall F1");
    for row in &r.labels {
        close(row.exact.f1, &g["label_f1"][&row.label], &format!("{} F1", row.label));
    }
    for p in &r.pairs {
        close(p.exact.f1, &g["pair_f1"][format!("{}|{}", p.a, p.b)], &format!("{} / {} F1", p.a, p.b));
    }
    let docs = g["document_f1"].as_object().unwrap();
    assert_eq!(r.by_document.len(), docs.len());
    for d in &r.by_document {
        close(d.f1, &docs[&d.id], &format!("{} F1", d.id));
    }
    let worst: Vec<f64> = r.by_document.iter().map(|d| d.f1.unwrap()).collect();
    assert!(worst.windows(2).all(|w| w[0] <= w[1]), "documents come worst first");
}

#[test]
fn token_kappa_equals_sklearn() {
    let (r, g) = (report(), golden());
    for p in &r.pairs {
        close(p.kappa, &g["pair_kappa"][format!("{}|{}", p.a, p.b)], &format!("{} / {} κ", p.a, p.b));
    }
    let mean = g["pair_kappa"].as_object().unwrap().values().map(|v| v.as_f64().unwrap()).sum::<f64>() / 3.0;
    close(r.kappa, &serde_json::json!(mean), "mean κ");
}

#[test]
fn overlap_match_counts_at_least_what_exact_match_does() {
    let r = report();
    for row in r.labels.iter().chain([&r.overall]) {
        let (e, o) = (row.exact, row.overlap);
        assert!(o.f1.unwrap() >= e.f1.unwrap(), "{}: overlap {:?} < exact {:?}", row.label, o, e);
        assert!(o.precision.unwrap() >= e.precision.unwrap() && o.recall.unwrap() >= e.recall.unwrap());
    }
    // The files move boundaries, so overlap finds strictly more somewhere.
    assert!(r.overall.overlap.f1.unwrap() > r.overall.exact.f1.unwrap() + 0.01);
}
