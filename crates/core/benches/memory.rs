//! Where the suggestion worker's memory goes: the bytes held after the place gazetteer is read,
//! and the most held at once while a 100,000-word document's suggestions are made. The browser's
//! worker holds these plus its wasm runtime; its memory never shrinks, so the peak is what counts.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use spanwright_core::bench_corpus::{document, paragraphs};
use spanwright_core::suggest::places::Gazetteer;
use spanwright_core::suggest::suggest;
use spanwright_core::LabelSet;

/// The system allocator, counting the bytes held now and the most held since the last reset.
struct Counting;
static HELD: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(n: usize) {
    PEAK.fetch_max(HELD.fetch_add(n, Relaxed) + n, Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        grew(l.size());
        System.alloc(l)
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        HELD.fetch_sub(l.size(), Relaxed);
        System.dealloc(p, l)
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, size: usize) -> *mut u8 {
        // The old block is held until the new one is filled.
        grew(size);
        HELD.fetch_sub(l.size(), Relaxed);
        System.realloc(p, l, size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn mb(bytes: usize) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

fn main() {
    let shared = std::env::var("SPANWRIGHT_SHARED")
        .unwrap_or_else(|_| format!("{}/../../../shared", env!("CARGO_MANIFEST_DIR")));
    let dev = std::path::Path::new(&shared).join("dev-data/timebank-dates.jsonl");
    let paras = paragraphs(Some(&dev));
    let text = document(&paras, 100_000, &LabelSet::default()).text.as_str().to_string();

    let base = HELD.load(Relaxed);
    let gazetteer = Gazetteer::bundled();
    let gazetteer_held = HELD.load(Relaxed) - base;

    let before = HELD.load(Relaxed);
    PEAK.store(before, Relaxed);
    let found = suggest(&text, Some("1998-02-13"), Some(&gazetteer));
    let attrs: usize = found.spans.iter().map(|s| found.attrs_json(s).len()).sum();
    let suggest_peak = PEAK.load(Relaxed) - before;
    let kept = HELD.load(Relaxed) - before;

    println!("memory (native, bytes allocated)");
    println!("place gazetteer held          {}", mb(gazetteer_held));
    println!(
        "suggest 100k words, peak      {}  ({} characters, {} suggestions, {} held after, {} B of attrs)",
        mb(suggest_peak),
        text.len(),
        found.spans.len(),
        mb(kept),
        attrs
    );
}
