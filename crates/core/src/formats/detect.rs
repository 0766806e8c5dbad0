//! Guessing a file's format from its name and first bytes, so the user rarely has to say.

use serde_json::Value;

use super::zip_files::is_zip;
use super::{Format, NamedFile};

/// The format `files` most likely hold, or `None` when nothing fits.
pub fn detect(files: &[NamedFile]) -> Option<Format> {
    let first = files.first()?;
    let lower = first.name.to_lowercase();
    if is_zip(&first.bytes) || files.iter().any(|f| f.name.to_lowercase().ends_with(".ann")) {
        return Some(Format::Brat);
    }
    let text = std::str::from_utf8(&first.bytes).ok()?;
    let text = text.trim_start_matches('\u{feff}').trim_start();
    if lower.ends_with(".jsonl") || looks_like_jsonl(text) {
        return Some(Format::Doccano);
    }
    if text.starts_with('{') || text.starts_with('[') {
        return serde_json::from_str::<Value>(text).ok().as_ref().and_then(json_format);
    }
    let tagged = text.lines().filter(|l| !l.trim().is_empty()).take(50).all(|l| {
        let last = l.split_whitespace().last().unwrap_or("");
        l.starts_with("-DOCSTART-") || last == "O" || last.get(1..2) == Some("-")
    });
    (tagged && !text.is_empty()).then_some(Format::Conll)
}

fn looks_like_jsonl(text: &str) -> bool {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let first = lines.next().and_then(|l| serde_json::from_str::<Value>(l).ok());
    first.is_some_and(|v| v.get("text").is_some()) && lines.next().is_some_and(|l| l.trim_start().starts_with('{'))
}

fn json_format(v: &Value) -> Option<Format> {
    if v.get("format").and_then(Value::as_str) == Some("spanwright") {
        return Some(Format::Spanwright);
    }
    let item = match v {
        Value::Array(items) => items.first()?,
        other => other,
    };
    if item.get("data").is_some() {
        return Some(Format::LabelStudio);
    }
    if item.get("ents").is_some() {
        return Some(Format::Displacy);
    }
    if item.as_array().is_some_and(|pair| pair.len() == 2 && pair[0].is_string() && pair[1].is_object()) {
        return Some(Format::Spacy);
    }
    if item.get("text").is_some() && (item.get("label").is_some() || item.get("entities").is_some()) {
        return Some(Format::Doccano);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detection_table() {
        let cases: &[(&str, &str, Option<Format>)] = &[
            ("a.json", r#"{"format": "spanwright", "version": 1}"#, Some(Format::Spanwright)),
            ("a.jsonl", r#"{"text": "x", "label": []}"#, Some(Format::Doccano)),
            ("a.txt", "{\"text\": \"x\", \"label\": []}\n{\"text\": \"y\"}\n", Some(Format::Doccano)),
            ("a.json", r#"[{"data": {"text": "x"}, "annotations": []}]"#, Some(Format::LabelStudio)),
            ("a.json", r#"[["x", {"entities": []}]]"#, Some(Format::Spacy)),
            ("a.json", r#"{"text": "x", "ents": []}"#, Some(Format::Displacy)),
            ("a.conll", "-DOCSTART- O\n\nAnn B-Actor\nmet O\n", Some(Format::Conll)),
            ("a.ann", "T1\tPlace 0 1\tx", Some(Format::Brat)),
            ("a.json", r#"{"something": "else"}"#, None),
            ("a.txt", "just prose here", None),
        ];
        for (name, body, want) in cases {
            assert_eq!(detect(&[NamedFile::new(*name, *body)]), *want, "{name}: {body}");
        }
    }
}
