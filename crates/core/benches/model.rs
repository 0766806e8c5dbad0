//! Native benchmarks of the model at book length (`make bench` prints them in its table).

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use spanwright_core::bench_corpus::{document, paragraphs};
use spanwright_core::format_v1::{export_file, import, File};
use spanwright_core::project_store::doc_record;
use spanwright_core::segments::{chunks, spans_per_chunk};
use spanwright_core::suggest::places::Gazetteer;
use spanwright_core::suggest::suggest;
use spanwright_core::team::agreement::{agree, Versions};
use spanwright_core::{LabelSet, Span, SpanSet, Workspace};

fn dev_data() -> std::path::PathBuf {
    let shared = std::env::var("SPANWRIGHT_SHARED")
        .unwrap_or_else(|_| format!("{}/../../../shared", env!("CARGO_MANIFEST_DIR")));
    std::path::Path::new(&shared).join("dev-data/timebank-dates.jsonl")
}

fn benches(c: &mut Criterion) {
    let labels = LabelSet::default();
    let dev = dev_data();
    if !dev.exists() {
        eprintln!("notice: {} is not there; benchmarking on a made-up paragraph", dev.display());
    }
    let paras = paragraphs(Some(&dev));
    let doc = document(&paras, 100_000, &labels);
    eprintln!("bench document: {} characters, {} spans", doc.text.len(), doc.spans.len());
    let cs = chunks(&doc.text);

    c.bench_function("segment 100k words, 10k spans", |b| b.iter(|| spans_per_chunk(&cs, &doc.spans)));
    c.bench_function("chunk 100k words", |b| b.iter(|| chunks(&doc.text)));

    // What a save writes after each edit of a book: the document's annotations record.
    c.bench_function("save record of 100k words, 13k spans", |b| b.iter(|| doc_record(&doc)));

    let ws = Workspace::new(doc.clone(), labels.clone());
    let place = labels.by_name("Place").unwrap().id;
    c.bench_function("add + remove a span (100k words)", |b| {
        b.iter_batched_ref(
            || ws.clone(),
            |ws| {
                let id = ws.add_span(5, 9, place).unwrap();
                ws.remove_span(&id).unwrap();
            },
            BatchSize::LargeInput,
        )
    });

    // About 10 MB of text: 16 documents of 100k words.
    let project =
        File { labels: labels.clone(), documents: (0..16).map(|_| doc.clone()).collect(), extra: Default::default() };
    let json = export_file(&project);
    eprintln!("project file: {} bytes", json.len());
    let mut g = c.benchmark_group("10 MB project");
    g.sample_size(10);
    g.bench_function("export", |b| b.iter(|| export_file(&project)));
    g.bench_function("import", |b| b.iter(|| import(&json).unwrap()));
    g.finish();

    // Agreement over a team's corpus: 10,000 documents of about 150 words, three annotators
    // whose versions differ (one drops every seventh span, one relabels every eleventh).
    let short = document(&paras, 150, &labels);
    let (v1, v2, v3) = versions(&short.spans, &labels);
    let docs: Vec<_> = (0..10_000).map(|_| short.clone()).collect();
    let team: Vec<Versions> = docs
        .iter()
        .map(|d| Versions {
            id: &d.id,
            text: d.text.as_str(),
            versions: vec![("ann-1", &v1), ("ann-2", &v2), ("ann-3", &v3)],
        })
        .collect();
    let mut g = c_group(c, "team");
    g.bench_function("agreement 10k docs x 3 annotators", |bch| {
        bch.iter_batched(
            || {
                team.iter()
                    .map(|v| Versions { id: v.id, text: v.text, versions: v.versions.clone() })
                    .collect::<Vec<_>>()
            },
            |t| agree(t, &labels),
            BatchSize::LargeInput,
        )
    });
    g.finish();

    // Suggestion throughput: news text with all three suggesters and the gazetteer, each
    // suggestion's value written as the JSON the browser's worker sends.
    let gazetteer = Gazetteer::bundled();
    let news = document(&paras, 400_000, &labels).text.as_str().to_string();
    let mb = news.len() as f64 / 1e6;
    let mut g = c.benchmark_group("suggest");
    g.sample_size(10);
    g.bench_function(format!("suggest {mb:.1} MB of news"), |b| {
        b.iter(|| {
            let found = suggest(&news, Some("1998-02-13"), Some(&gazetteer));
            found.spans.iter().map(|s| found.attrs_json(s).len()).sum::<usize>()
        })
    });
    g.bench_function("load the gazetteer", |b| b.iter(Gazetteer::bundled));
    g.finish();
}

fn c_group<'a>(c: &'a mut Criterion, name: &str) -> criterion::BenchmarkGroup<'a, criterion::measurement::WallTime> {
    let mut g = c.benchmark_group(name);
    g.sample_size(10);
    g
}

/// Three annotators' versions of `spans`: as they are, every seventh dropped, every eleventh
/// relabelled.
fn versions(spans: &SpanSet, labels: &LabelSet) -> (SpanSet, SpanSet, SpanSet) {
    let all: Vec<Span> = spans.iter().cloned().collect();
    let other = labels.iter().last().unwrap().id;
    let b: Vec<Span> = all.iter().enumerate().filter(|(i, _)| i % 7 != 3).map(|(_, s)| s.clone()).collect();
    let c: Vec<Span> = all
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut s = s.clone();
            if i % 11 == 5 {
                s.label = other;
            }
            s
        })
        .collect();
    (spans.clone(), b.into(), c.into())
}

criterion_group! {
    name = model;
    config = Criterion::default().warm_up_time(std::time::Duration::from_millis(500)).measurement_time(std::time::Duration::from_secs(2));
    targets = benches
}
criterion_main!(model);
