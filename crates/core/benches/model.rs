//! Native benchmarks of the model at book length (`make bench` prints them in its table).

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use spanwright_core::bench_corpus::{document, paragraphs};
use spanwright_core::format_v1::{export_file, import, File};
use spanwright_core::project_store::doc_record;
use spanwright_core::segments::{chunks, spans_per_chunk};
use spanwright_core::suggest::places::Gazetteer;
use spanwright_core::suggest::suggest;
use spanwright_core::{LabelSet, Workspace};

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

criterion_group! {
    name = model;
    config = Criterion::default().warm_up_time(std::time::Duration::from_millis(500)).measurement_time(std::time::Duration::from_secs(2));
    targets = benches
}
criterion_main!(model);
