//! Book-length documents for benchmarks: real news text from the shared dev data when it is
//! there (repeated to length), with a span every ten words, some of them nested.

use crate::document::Document;
use crate::labels::{LabelId, LabelSet};
use crate::spans::{Span, SpanId};

/// Paragraphs of English news text: from `dev_data` (TimeBank JSONL) when readable, else a
/// made-up paragraph.
pub fn paragraphs(dev_data: Option<&std::path::Path>) -> Vec<String> {
    let from_file = dev_data.and_then(|p| std::fs::read_to_string(p).ok()).map(|s| {
        s.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_string))
            .flat_map(|t| t.split("\n\n").map(|p| p.trim().replace('\n', " ")).collect::<Vec<_>>())
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
    });
    match from_file {
        Some(ps) if !ps.is_empty() => ps,
        _ => vec![
            "On Friday officials in Kraków said the ministry had met the delegation from 東京 twice 😀 since March."
                .into(),
        ],
    }
}

/// A document of about `words` words, with a span every ten words (every fifth one nesting a
/// shorter span inside it), labels taken in turn from `labels`.
pub fn document(paragraphs: &[String], words: usize, labels: &LabelSet) -> Document {
    let mut text = String::new();
    let mut count = 0;
    for p in paragraphs.iter().cycle() {
        if count >= words {
            break;
        }
        text.push_str(p);
        text.push_str("\n\n");
        count += p.split_whitespace().count();
    }
    let ids: Vec<LabelId> = labels.iter().map(|l| l.id).collect();
    let mut doc = Document::new("bench", text.as_str());
    let mut starts = Vec::new();
    let mut in_word = false;
    for (i, c) in text.chars().enumerate() {
        let word = c.is_alphanumeric();
        if word && !in_word {
            starts.push(i);
        }
        in_word = word;
    }
    let word_end = |from: usize| text.chars().skip(from).take_while(|c| c.is_alphanumeric()).count() + from;
    let mut n = 0;
    for (k, &start) in starts.iter().enumerate().step_by(10) {
        let end = word_end(starts.get(k + 1).copied().map_or(start, |_| starts[k + 1]));
        let end = if end > start && !text.chars().skip(start).take(end - start).any(|c| c == '\n') {
            end
        } else {
            word_end(start)
        };
        n += 1;
        doc.spans.insert(Span::new(SpanId::new(format!("s{n}")), start, end, ids[n % ids.len()]));
        if n % 5 == 0 {
            n += 1;
            doc.spans.insert(Span::new(SpanId::new(format!("s{n}")), start, word_end(start), ids[n % ids.len()]));
        }
    }
    doc
}
