//! Replays every fuzz corpus entry and every saved crash through the fuzzers' check, so what
//! `cargo fuzz` found once stays fixed (see scripts/fuzz.sh).

use std::path::Path;

use spanwright_core::formats::{fuzz_check::check, Format};

const TARGETS: [(&str, Format); 7] = [
    ("import_spanwright", Format::Spanwright),
    ("import_doccano", Format::Doccano),
    ("import_label_studio", Format::LabelStudio),
    ("import_brat", Format::Brat),
    ("import_conll", Format::Conll),
    ("import_spacy", Format::Spacy),
    ("import_displacy", Format::Displacy),
];

fn replay(dir: &Path, format: Format) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    let mut n = 0;
    for entry in entries {
        let path = entry.unwrap().path();
        // A running fuzzer may replace corpus files while this reads them.
        let Ok(data) = std::fs::read(&path) else { continue };
        let outcome = std::panic::catch_unwind(|| check(format, &data));
        assert!(outcome.is_ok(), "{} breaks the {format:?} importer", path.display());
        n += 1;
    }
    n
}

#[test]
fn corpora_and_saved_crashes_pass_the_check() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut total = 0;
    for (target, format) in TARGETS {
        let seeds = replay(&root.join("fuzz/corpus").join(target), format);
        assert!(seeds > 0, "the {target} corpus is empty");
        total += seeds + replay(&root.join("tests/fuzz_regressions").join(target), format);
    }
    assert!(total >= TARGETS.len());
}
