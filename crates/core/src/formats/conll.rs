//! CoNLL-2003 style token-per-line files: `token TAG`, a blank line between sentences and
//! `-DOCSTART- -X- O O` between documents (any line starting `-DOCSTART-` is read as one).
//! Tags are BIO on export (BILOU on request); import also reads
//! BILOU/BIOES and IOB1.
//!
//! The format has no offsets and no room for overlap: export writes the outermost spans and
//! counts what it dropped; import rebuilds the text from the tokens joined by single spaces,
//! one sentence a line, and says so.

use serde_json::Map;

use super::spans_in::{LabelNames, SpanBuilder};
use super::tokens::sentences;
use super::Imported;
use crate::document::Document;
use crate::format_v1::File;
use crate::import_error::ImportError;
use crate::offsets::OffsetUnit;
use crate::text::Text;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Bio,
    Bilou,
}

pub fn export(corpus: &File, scheme: Scheme) -> (String, Vec<String>) {
    let (mut dropped, mut misaligned) = (0, 0);
    let mut out = String::new();
    for doc in &corpus.documents {
        // The exact line spaCy's `convert` and CoNLL-2003 readers split documents at.
        out.push_str("-DOCSTART- -X- O O\n\n");
        let (chosen, left_out) = doc.spans.outermost();
        dropped += left_out;
        let text = &doc.text;
        // A sentence break inside a span would end its entity there for every reader.
        let ranges: Vec<(usize, usize)> = chosen.iter().map(|s| (s.start, s.end)).collect();
        let split = sentences(text, &ranges);
        let all: Vec<_> = split.iter().flatten().collect();
        for s in &chosen {
            let on_boundaries = all.iter().any(|t| t.start == s.start) && all.iter().any(|t| t.end == s.end);
            misaligned += usize::from(!on_boundaries);
        }
        for sentence in split {
            for (i, tok) in sentence.iter().enumerate() {
                let span = chosen.iter().find(|s| tok.start < s.end && s.start < tok.end);
                let tag = match span {
                    None => "O".to_string(),
                    Some(s) => {
                        let name = corpus.labels.get(s.label).map_or("", |l| l.name.as_str());
                        let inside =
                            |t: Option<&super::tokens::Token>| t.is_some_and(|t| t.start < s.end && s.start < t.end);
                        let first = i == 0 || !inside(sentence.get(i - 1));
                        let last = !inside(sentence.get(i + 1));
                        let prefix = match (scheme, first, last) {
                            (Scheme::Bilou, true, true) => "U",
                            (Scheme::Bilou, false, true) => "L",
                            (_, true, _) => "B",
                            _ => "I",
                        };
                        format!("{prefix}-{name}")
                    }
                };
                out.push_str(text.slice(tok.start, tok.end));
                out.push(' ');
                out.push_str(&tag);
                out.push('\n');
            }
            out.push('\n');
        }
    }
    let mut warnings = Vec::new();
    if dropped > 0 {
        warnings
            .push(format!("CoNLL cannot nest or overlap spans: {dropped} spans inside or across others were dropped"));
    }
    if misaligned > 0 {
        warnings.push(format!(
            "{misaligned} spans do not start or end on a token boundary and were widened to whole tokens"
        ));
    }
    (out, warnings)
}

struct Building {
    tokens: Vec<(String, String, usize)>,
}

pub fn import(input: &str) -> Result<Imported, ImportError> {
    let mut names = LabelNames::default();
    let mut documents = Vec::new();
    let mut doc = Building { tokens: Vec::new() };
    let mut sentence_no = 0;
    for (n, line) in input.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        let cols: Vec<&str> = line.split_whitespace().collect();
        match cols.as_slice() {
            [] => sentence_no += 1,
            [first, ..] if *first == "-DOCSTART-" => {
                if !doc.tokens.is_empty() {
                    documents.push(finish(
                        std::mem::replace(&mut doc, Building { tokens: Vec::new() }),
                        &mut names,
                        documents.len(),
                    )?);
                }
                sentence_no += 1;
            }
            [_] => return Err(ImportError::at(&format!("line {}", n + 1), format!("{line:?} is not \"token TAG\""))),
            [token, .., tag] => {
                check_tag(tag).map_err(|e| ImportError::at(&format!("line {}", n + 1), e))?;
                doc.tokens.push((token.to_string(), tag.to_string(), sentence_no));
            }
        }
    }
    if !doc.tokens.is_empty() {
        documents.push(finish(doc, &mut names, documents.len())?);
    }
    if documents.is_empty() {
        return Err(ImportError::at("", "no tokens found"));
    }
    let warnings =
        vec!["CoNLL keeps no text: it was rebuilt from the tokens joined by single spaces, one sentence a line".into()];
    Ok(Imported { corpus: File { labels: names.into_set()?, documents, extra: Map::new() }, warnings })
}

fn check_tag(tag: &str) -> Result<(), String> {
    if tag == "O" {
        return Ok(());
    }
    match tag.split_once('-') {
        Some((p, name)) if ["B", "I", "L", "E", "U", "S"].contains(&p) && !name.is_empty() => Ok(()),
        _ => Err(format!("{tag:?} is not a tag (O, or B-/I-/L-/E-/U-/S- and a label)")),
    }
}

fn finish(b: Building, names: &mut LabelNames, index: usize) -> Result<Document, ImportError> {
    let mut text = String::new();
    let mut offsets = Vec::new();
    let mut cp = 0;
    let mut last_sentence = None;
    for (token, _, sentence) in &b.tokens {
        if let Some(prev) = last_sentence {
            text.push(if prev == *sentence { ' ' } else { '\n' });
            cp += 1;
        }
        let len = token.chars().count();
        offsets.push((cp, cp + len));
        text.push_str(token);
        cp += len;
        last_sentence = Some(*sentence);
    }
    let text = Text::new(text);
    let mut spans = SpanBuilder::new(&text, OffsetUnit::Codepoint);
    let mut open: Option<(usize, usize, String)> = None;
    let mut close = |open: &mut Option<(usize, usize, String)>, spans: &mut SpanBuilder| -> Result<(), ImportError> {
        if let Some((start, end, label)) = open.take() {
            let id = names.id(&label);
            spans.add(None, (start, end), id, None, Map::new(), "token")?;
        }
        Ok(())
    };
    for (i, (_, tag, sentence)) in b.tokens.iter().enumerate() {
        let (prefix, label) = tag.split_once('-').unwrap_or(("O", ""));
        let (start, end) = offsets[i];
        let continues = matches!(prefix, "I" | "L" | "E")
            && open.as_ref().is_some_and(|(_, _, l)| l == label)
            && i > 0
            && b.tokens[i - 1].2 == *sentence;
        if continues {
            if let Some(o) = open.as_mut() {
                o.1 = end;
            }
        } else {
            close(&mut open, &mut spans)?;
            if prefix != "O" {
                open = Some((start, end, label.to_string()));
            }
        }
        if matches!(prefix, "L" | "E" | "U" | "S") {
            close(&mut open, &mut spans)?;
        }
    }
    close(&mut open, &mut spans)?;
    let mut doc = Document::new(format!("doc-{}", index + 1), text.shared());
    doc.spans = spans.spans;
    Ok(doc)
}
