//! brat standoff: a `.txt` with the text and an `.ann` beside it, one annotation a line:
//! `T1<TAB>Place 10 16<TAB>Moscow`, discontinuous `T2<TAB>Actor 0 4;9 14<TAB>…`, and notes
//! `#1<TAB>AnnotatorNotes T1<TAB>…`. Offsets count code points (brat is Python). A corpus is a
//! folder or a `.zip` of such pairs. Export writes line ends as `\n`, as brat reads them.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::spans_in::{LabelNames, SpanBuilder};
use super::zip_files::{is_zip, read_zip, write_zip};
use super::{Imported, NamedFile};
use crate::document::Document;
use crate::format_v1::File;
use crate::import_error::ImportError;
use crate::offsets::OffsetUnit;
use crate::spans::SpanId;
use crate::text::Text;

/// The key under which a span keeps its brat note.
pub const NOTE: &str = "note";

fn stem(name: &str) -> Option<(&str, &str)> {
    let dot = name.rfind('.')?;
    Some((&name[..dot], &name[dot + 1..]))
}

fn utf8(f: &NamedFile) -> Result<&str, ImportError> {
    std::str::from_utf8(&f.bytes)
        .map_err(|e| ImportError::at(&f.name, format!("is not UTF-8 text (a bad byte at offset {})", e.valid_up_to())))
}

pub fn import(files: &[NamedFile], unit: OffsetUnit) -> Result<Imported, ImportError> {
    let mut all = Vec::new();
    for f in files {
        if is_zip(&f.bytes) {
            all.extend(read_zip(&f.name, &f.bytes)?);
        } else {
            all.push(f.clone());
        }
    }
    let mut texts = BTreeMap::new();
    let mut anns = BTreeMap::new();
    for f in &all {
        match stem(&f.name) {
            Some((s, "txt")) => texts.insert(s.to_string(), f),
            Some((s, "ann")) => anns.insert(s.to_string(), f),
            _ => None,
        };
    }
    if let Some((s, f)) = anns.iter().find(|(s, _)| !texts.contains_key(*s)) {
        return Err(ImportError::at(&f.name, format!("has no {s}.txt beside it")));
    }
    if texts.is_empty() {
        return Err(ImportError::at("", "no .txt/.ann pairs found"));
    }
    let mut names = LabelNames::default();
    let mut warnings = Vec::new();
    let mut documents = Vec::new();
    let mut crlf = 0;
    for (s, txt) in &texts {
        let raw = utf8(txt)?;
        // brat counts offsets in the text as it reads it, with universal newlines.
        let text = if raw.contains("\r\n") {
            crlf += 1;
            Text::new(raw.replace("\r\n", "\n"))
        } else {
            Text::new(raw)
        };
        let mut spans = SpanBuilder::new(&text, unit);
        if let Some(ann) = anns.get(s) {
            read_ann(ann, &mut spans, &mut names, &mut warnings)?;
        }
        let id = s.rsplit('/').next().unwrap_or(s);
        let mut doc = Document::new(id, text.shared());
        doc.spans = spans.spans;
        documents.push(doc);
    }
    if crlf > 0 {
        warnings.push(format!(
            "{} had CRLF line ends, read as LF as brat reads them (its offsets count each line end once)",
            super::counted(crlf, "text")
        ));
    }
    Ok(Imported { corpus: File { labels: names.into_set()?, documents, extra: Map::new() }, warnings })
}

fn read_ann(
    ann: &NamedFile,
    spans: &mut SpanBuilder,
    names: &mut LabelNames,
    warnings: &mut Vec<String>,
) -> Result<(), ImportError> {
    let mut notes = Vec::new();
    let mut skipped = 0;
    for (n, line) in utf8(ann)?.lines().enumerate() {
        let what = format!("{} line {}", ann.name, n + 1);
        if line.trim().is_empty() {
            continue;
        }
        let mut cols = line.splitn(3, '\t');
        let (id, body, tail) = (cols.next().unwrap_or(""), cols.next(), cols.next());
        match id.chars().next() {
            Some('T') => {
                let body =
                    body.ok_or_else(|| ImportError::at(&what, "a text-bound annotation needs TAB-separated columns"))?;
                let (label, ranges) = body
                    .split_once(' ')
                    .ok_or_else(|| ImportError::at(&what, format!("{body:?} is not \"Label start end\"")))?;
                let mut fragments = Vec::new();
                for r in ranges.split(';') {
                    let (a, b) = r
                        .trim()
                        .split_once(' ')
                        .ok_or_else(|| ImportError::at(&what, format!("{r:?} is not \"start end\"")))?;
                    let num = |v: &str| {
                        v.parse::<u64>()
                            .map(Value::from)
                            .map_err(|_| ImportError::at(&what, format!("{v:?} is not an offset")))
                    };
                    fragments.push((spans.offset(&num(a)?, &what)?, spans.offset(&num(b)?, &what)?));
                }
                let start = fragments.iter().map(|f| f.0).min().expect("one range at least");
                let end = fragments.iter().map(|f| f.1).max().expect("one range at least");
                let expected = if fragments.len() == 1 { tail } else { None };
                // The text column is a single line: compare it with the covered text on one line.
                let covered = if start < end { one_line(spans.text().slice(start, end)) } else { String::new() };
                if let Some(t) = expected.filter(|t| start < end && *t != covered) {
                    return Err(ImportError::at(
                        &what,
                        format!("its text {t:?} does not match the text at its offsets, {covered:?}"),
                    ));
                }
                if fragments.len() > 1 {
                    warnings.push(format!(
                        "{what}: discontinuous span {id} read as the span covering its {} parts",
                        fragments.len()
                    ));
                }
                let label = names.id(label);
                spans.add(Some(id.to_string()), (start, end), label, None, Map::new(), &what)?;
            }
            Some('#') => {
                let target = body.and_then(|b| b.split(' ').nth(1)).unwrap_or("");
                notes.push((what, target.to_string(), tail.unwrap_or("").to_string()));
            }
            _ => skipped += 1,
        }
    }
    for (what, target, note) in notes {
        match spans.spans.get(&SpanId::new(target.as_str())).cloned() {
            Some(mut span) => {
                spans.spans.remove(&span.id);
                span.extra.insert(NOTE.into(), note.into());
                spans.spans.insert(span);
            }
            None => warnings
                .push(format!("{what}: a note on {target:?}, which is not a text-bound annotation, was skipped")),
        }
    }
    if skipped > 0 {
        warnings.push(format!("{}: {skipped} relations, events or attributes were skipped", ann.name));
    }
    Ok(())
}

/// The `.txt`/`.ann` pairs of a corpus, with warnings.
pub fn export_files(corpus: &File, unit: OffsetUnit) -> (Vec<NamedFile>, Vec<String>) {
    let mut files = Vec::new();
    let mut used = std::collections::HashSet::new();
    let mut warnings = Vec::new();
    let mut crlf = 0;
    for doc in &corpus.documents {
        let lf_doc;
        let doc = match with_lf_line_ends(doc) {
            Some(d) => {
                crlf += 1;
                lf_doc = d;
                &lf_doc
            }
            None => doc,
        };
        let base: String =
            doc.id.chars().map(|c| if c.is_alphanumeric() || "-_.".contains(c) { c } else { '_' }).collect();
        let mut name = if base.is_empty() { "document".to_string() } else { base };
        while !used.insert(name.clone()) {
            name.push('_');
        }
        files.push(NamedFile::new(format!("{name}.txt"), doc.text.as_str()));
        files.push(NamedFile::new(format!("{name}.ann"), ann_of(doc, corpus, unit)));
    }
    if crlf > 0 {
        warnings.push(format!(
            "brat reads text with universal newlines: the CRLF line ends of {} were written as LF, offsets counted to match",
            super::counted(crlf, "document")
        ));
    }
    let dated = corpus.documents.iter().filter(|d| d.date.is_some()).count();
    if dated > 0 {
        warnings.push(format!("brat has no place for document dates: {dated} dates are not written"));
    }
    (files, warnings)
}

/// `doc` with each `\r\n` written `\n` and its spans moved to match, or `None` when it has none.
/// brat and Python's brat readers open the `.txt` with universal newlines, where `\r\n` is one
/// character: offsets that count it as two point past their text there.
fn with_lf_line_ends(doc: &Document) -> Option<Document> {
    let old = doc.text.as_str();
    if !old.contains("\r\n") {
        return None;
    }
    // new_at[cp]: where code point `cp` of the old text falls in the new one.
    let mut new_at = Vec::with_capacity(doc.text.len() + 1);
    let mut chars = old.chars().peekable();
    let mut n = 0;
    while let Some(c) = chars.next() {
        new_at.push(n);
        if c == '\r' && chars.peek() == Some(&'\n') {
            continue; // the \r and its \n become one \n
        }
        n += 1;
    }
    new_at.push(n);
    let mut lf = doc.clone();
    lf.text = Text::new(old.replace("\r\n", "\n"));
    lf.spans = doc
        .spans
        .iter()
        .map(|s| {
            let mut moved = s.clone();
            moved.start = new_at[s.start];
            // A span of a lone \r keeps the \n that stands for it.
            moved.end = new_at[s.end].max(moved.start + 1);
            moved
        })
        .collect::<Vec<_>>()
        .into();
    Some(lf)
}

pub fn export_zip(corpus: &File, unit: OffsetUnit) -> (Vec<u8>, Vec<String>) {
    let (files, warnings) = export_files(corpus, unit);
    (write_zip(&files), warnings)
}

fn ann_of(doc: &Document, corpus: &File, unit: OffsetUnit) -> String {
    let at = |cp: usize| doc.text.from_code_point(cp, unit).expect("spans lie inside their text");
    let taken: Vec<&str> = doc.spans.iter().map(|s| s.id.as_str()).filter(|id| is_t_id(id)).collect();
    let mut next = 1;
    let mut out = String::new();
    let mut note_no = 1;
    for s in doc.spans.iter() {
        let id = if is_t_id(s.id.as_str()) {
            s.id.as_str().to_string()
        } else {
            while taken.contains(&format!("T{next}").as_str()) {
                next += 1;
            }
            next += 1;
            format!("T{}", next - 1)
        };
        // brat writes a span that crosses a line break as one fragment per line.
        let mut fragments = Vec::new();
        let mut start = s.start;
        for (i, c) in doc.text.slice(s.start, s.end).chars().enumerate() {
            let cp = s.start + i;
            if c == '\n' || c == '\r' {
                if start < cp {
                    fragments.push((start, cp));
                }
                start = cp + 1;
            }
        }
        if start < s.end {
            fragments.push((start, s.end));
        }
        // A span of nothing but line breaks has no fragment to write: write it whole.
        if fragments.is_empty() {
            fragments.push((s.start, s.end));
        }
        let ranges: Vec<String> = fragments.iter().map(|(a, b)| format!("{} {}", at(*a), at(*b))).collect();
        let covered: Vec<String> = fragments.iter().map(|(a, b)| one_line(doc.text.slice(*a, *b))).collect();
        let label = corpus.labels.get(s.label).map_or("", |l| l.name.as_str());
        out.push_str(&format!("{id}\t{label} {}\t{}\n", ranges.join(";"), covered.join(" ")));
        if let Some(Value::String(note)) = s.extra.get(NOTE) {
            out.push_str(&format!("#{note_no}\tAnnotatorNotes {id}\t{}\n", note.replace(['\n', '\t'], " ")));
            note_no += 1;
        }
    }
    out
}

/// A span's text as the `.ann` text column holds it: line breaks as spaces.
fn one_line(text: &str) -> String {
    text.replace(['\r', '\n'], " ")
}

fn is_t_id(id: &str) -> bool {
    id.len() > 1 && id.starts_with('T') && id[1..].bytes().all(|b| b.is_ascii_digit())
}
