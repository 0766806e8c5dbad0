//! A tokenizer that keeps offsets, for the token-per-line formats (CoNLL).
//!
//! Tokens are runs of letters, digits and combining marks; every other visible character is a
//! token of its own. Sentences end at a line break and after `.`, `!`, `?` or `…`.

use crate::text::Text;
use crate::words::is_word_char;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
}

/// The sentences of `text`, each a list of tokens in code points.
pub fn sentences(text: &Text) -> Vec<Vec<Token>> {
    let mut out = Vec::new();
    let mut sentence = Vec::new();
    let mut word_start: Option<usize> = None;
    let flush_word = |sentence: &mut Vec<Token>, word_start: &mut Option<usize>, end: usize| {
        if let Some(start) = word_start.take() {
            sentence.push(Token { start, end });
        }
    };
    for (i, c) in text.as_str().chars().enumerate() {
        if is_word_char(c) {
            word_start.get_or_insert(i);
            continue;
        }
        flush_word(&mut sentence, &mut word_start, i);
        if c == '\n' || c == '\r' {
            if !sentence.is_empty() {
                out.push(std::mem::take(&mut sentence));
            }
        } else if !c.is_whitespace() {
            sentence.push(Token { start: i, end: i + 1 });
            if matches!(c, '.' | '!' | '?' | '…') {
                out.push(std::mem::take(&mut sentence));
            }
        }
    }
    flush_word(&mut sentence, &mut word_start, text.len());
    if !sentence.is_empty() {
        out.push(sentence);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_offsets_and_sentences_split() {
        let t = Text::new("Café 😀 in Kraków.\nNext one!");
        let got: Vec<Vec<&str>> =
            sentences(&t).iter().map(|s| s.iter().map(|tok| t.slice(tok.start, tok.end)).collect()).collect();
        assert_eq!(got, [vec!["Café", "😀", "in", "Kraków", "."], vec!["Next", "one", "!"]]);
    }
}
