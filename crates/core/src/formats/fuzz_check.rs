//! What the fuzzers (and their regression tests) check for any input: an importer either refuses
//! it with a message or reads documents whose spans lie inside their text, and what it read
//! survives its own export and import again.

use super::{export, import, Format, NamedFile};

/// Splits fuzz input into the files a format reads: brat gets a `.txt` and an `.ann` (split at
/// the first NUL byte), the others one file.
pub fn files_for(format: Format, data: &[u8]) -> Vec<NamedFile> {
    if format != Format::Brat {
        return vec![NamedFile::new("input", data)];
    }
    let cut = data.iter().position(|b| *b == 0).unwrap_or(data.len());
    let ann = data.get(cut + 1..).unwrap_or(&[]);
    vec![NamedFile::new("doc.txt", &data[..cut]), NamedFile::new("doc.ann", ann)]
}

/// Panics when `data` breaks an importer's promises.
pub fn check(format: Format, data: &[u8]) {
    let Ok(read) = import(format, &files_for(format, data), None) else { return };
    for doc in &read.corpus.documents {
        for s in doc.spans.iter() {
            assert!(s.start < s.end && s.end <= doc.text.len(), "span {s:?} outside its text");
            assert!(read.corpus.labels.get(s.label).is_some(), "span with no label");
        }
    }
    let out = export(format, &read.corpus, None, "fuzz");
    let again =
        import(format, &out.files, None).unwrap_or_else(|e| panic!("{format:?} cannot read its own export: {e}"));
    if format != Format::Conll {
        assert_eq!(again.span_count(), read.span_count(), "{format:?} lost spans on a round trip");
    }
}
