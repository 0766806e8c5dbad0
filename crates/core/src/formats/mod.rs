//! Every annotation format Spanwright reads and writes, with exact offsets.
//!
//! Each format turns files into a `Corpus` (labels and documents) and back. Offsets are code
//! points inside the model; each format reads and writes them in the unit it uses (`OffsetUnit`),
//! converting at this one boundary.

pub mod brat;
pub mod conll;
pub mod detect;
pub mod doccano;
pub mod fuzz_check;
pub mod label_studio;
pub mod spacy;
mod spans_in;
pub mod tokens;
pub mod zip_files;

use crate::format_v1::{self, File as Corpus};
use crate::import_error::ImportError;
use crate::offsets::OffsetUnit;

pub use spans_in::{LabelNames, SpanBuilder};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Spanwright,
    Doccano,
    LabelStudio,
    Brat,
    Conll,
    Spacy,
    Displacy,
}

impl Format {
    pub const ALL: [Format; 7] = [
        Format::Spanwright,
        Format::Doccano,
        Format::LabelStudio,
        Format::Brat,
        Format::Conll,
        Format::Spacy,
        Format::Displacy,
    ];

    /// The name used on the command line and in the app.
    pub fn name(self) -> &'static str {
        match self {
            Format::Spanwright => "spanwright",
            Format::Doccano => "doccano",
            Format::LabelStudio => "label-studio",
            Format::Brat => "brat",
            Format::Conll => "conll",
            Format::Spacy => "spacy",
            Format::Displacy => "displacy",
        }
    }

    /// A name for people.
    pub fn title(self) -> &'static str {
        match self {
            Format::Spanwright => "Spanwright JSON",
            Format::Doccano => "doccano JSONL",
            Format::LabelStudio => "Label Studio JSON",
            Format::Brat => "brat standoff (.zip of .txt/.ann)",
            Format::Conll => "CoNLL BIO",
            Format::Spacy => "spaCy training JSON",
            Format::Displacy => "displaCy JSON",
        }
    }

    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The offset unit this format's own tools use, the default for reading and writing it.
    /// `None` where the format has no offsets (CoNLL).
    pub fn native_unit(self) -> Option<OffsetUnit> {
        match self {
            Format::Conll => None,
            _ => Some(OffsetUnit::Codepoint),
        }
    }

    /// The file name ending of a single-file export.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Doccano => "jsonl",
            Format::Brat => "zip",
            Format::Conll => "conll",
            _ => "json",
        }
    }
}

/// One input or output file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl NamedFile {
    pub fn new(name: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        NamedFile { name: name.into(), bytes: bytes.into() }
    }
}

/// What an import read, and what it could not keep exactly.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub corpus: Corpus,
    pub warnings: Vec<String>,
}

impl Imported {
    pub fn span_count(&self) -> usize {
        self.corpus.documents.iter().map(|d| d.spans.len()).sum()
    }
}

/// What an export wrote: one file, or several (brat writes a `.zip`), and its warnings.
#[derive(Debug, Clone, PartialEq)]
pub struct Exported {
    pub files: Vec<NamedFile>,
    pub warnings: Vec<String>,
}

/// The largest input any importer reads.
pub const MAX_INPUT_BYTES: usize = 200 * 1024 * 1024;

/// Reads `files` as `format`. `unit` overrides the offset unit the format's files use.
pub fn import(format: Format, files: &[NamedFile], unit: Option<OffsetUnit>) -> Result<Imported, ImportError> {
    let total: usize = files.iter().map(|f| f.bytes.len()).sum();
    if total > MAX_INPUT_BYTES {
        return Err(ImportError::at(
            "",
            format!("the input is {} MB, more than the 200 MB this reads", total / 1_000_000),
        ));
    }
    let Some(first) = files.first() else { return Err(ImportError::at("", "no file given")) };
    let given = unit;
    let unit = unit.or(format.native_unit()).unwrap_or_default();
    if format == Format::Brat {
        return brat::import(files, unit);
    }
    if files.len() > 1 {
        return Err(ImportError::at(
            "",
            format!("{} reads one file at a time; {} were given", format.title(), files.len()),
        ));
    }
    let text = std::str::from_utf8(&first.bytes).map_err(|e| {
        ImportError::at("", format!("{} is not UTF-8 text (a bad byte at offset {})", first.name, e.valid_up_to()))
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match format {
        Format::Spanwright => Ok(Imported { corpus: format_v1::import(text)?, warnings: Vec::new() }),
        Format::Doccano => doccano::import(text, unit),
        Format::LabelStudio => label_studio::import(text, given),
        Format::Conll => conll::import(text),
        Format::Spacy => spacy::import_training(text, unit),
        Format::Displacy => spacy::import_displacy(text, unit),
        Format::Brat => unreachable!("handled above"),
    }
}

/// Writes `corpus` as `format`, offsets in `unit` (the format's own unit when `None`).
/// `stem` names the output file.
pub fn export(format: Format, corpus: &Corpus, unit: Option<OffsetUnit>, stem: &str) -> Exported {
    export_with_scheme(format, corpus, unit, stem, conll::Scheme::Bio)
}

/// `export`, with the tag scheme CoNLL files are written in (the other formats ignore it).
pub fn export_with_scheme(
    format: Format,
    corpus: &Corpus,
    unit: Option<OffsetUnit>,
    stem: &str,
    scheme: conll::Scheme,
) -> Exported {
    let unit = unit.or(format.native_unit()).unwrap_or_default();
    let one = |text: String| vec![NamedFile::new(format!("{stem}.{}", format.extension()), text)];
    let (files, warnings) = match format {
        Format::Spanwright => (one(format_v1::export_file(corpus)), Vec::new()),
        Format::Doccano => (one(doccano::export(corpus, unit)), Vec::new()),
        Format::LabelStudio => (one(label_studio::export(corpus, unit)), Vec::new()),
        Format::Brat => {
            let (zip, warnings) = brat::export_zip(corpus, unit);
            (vec![NamedFile::new(format!("{stem}.zip"), zip)], warnings)
        }
        Format::Conll => {
            let (text, warnings) = conll::export(corpus, scheme);
            (one(text), warnings)
        }
        Format::Spacy => {
            let (text, warnings) = spacy::export_training(corpus, unit);
            (one(text), warnings)
        }
        Format::Displacy => (one(spacy::export_displacy(corpus, unit)), Vec::new()),
    };
    let mut warnings = warnings;
    if unit != OffsetUnit::Codepoint && format != Format::Conll {
        warnings.push(format!("offsets are written in {} units", unit_name(unit)));
    }
    Exported { files, warnings }
}

/// "1 document", "2 documents": a count for messages (nouns that take an s).
pub fn counted(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

pub fn unit_name(unit: OffsetUnit) -> &'static str {
    match unit {
        OffsetUnit::Codepoint => "codepoint",
        OffsetUnit::Utf16 => "utf16",
        OffsetUnit::Utf8 => "utf8",
    }
}

pub fn unit_from_name(name: &str) -> Option<OffsetUnit> {
    [OffsetUnit::Codepoint, OffsetUnit::Utf16, OffsetUnit::Utf8].into_iter().find(|u| unit_name(*u) == name)
}
