//! A tokenizer that keeps offsets, for the token-per-line formats (CoNLL).
//!
//! Tokens are runs of letters, digits and combining marks; every other visible grapheme cluster
//! (an emoji sequence such as 👨🏻‍🚒 is one) is a token of its own. Sentences end at a line break
//! and after `.`, `!`, `?` or `…`, but never inside a span the caller keeps whole, and not after
//! a period that follows an abbreviation or a single letter ("Aug. 7", "10:35 a.m.", "U.S.",
//! "J. Smith") or that a lower-case word follows: readers of CoNLL take a sentence break as the
//! end of any entity, so a wrong break cuts a span in two.

use unicode_segmentation::UnicodeSegmentation;

use crate::text::Text;
use crate::words::is_word_char;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
}

/// Words after which a period rarely ends a sentence: months, titles, and company forms.
const ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr",
    "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "gov", "sen", "rep", "st", "jr", "sr", "rev",
    "mt", "ft", "vs", "inc", "corp", "ltd", "co", "dept", "approx", "est",
];

/// Closing quotes and brackets stay with the sentence they close.
fn closes(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '}')
}

/// The sentences of `text`, each a list of tokens in code points. No sentence ends strictly
/// inside one of `unbroken` (code-point ranges, sorted by start).
pub fn sentences(text: &Text, unbroken: &[(usize, usize)]) -> Vec<Vec<Token>> {
    let mut split = Splitter { text, unbroken, next_range: 0, covered_to: 0, out: Vec::new(), sentence: Vec::new() };
    let mut word_start: Option<usize> = None;
    // A sentence-ending mark was seen; whether it ends the sentence depends on what follows.
    let mut ending = false;
    let mut cp = 0;
    for g in text.as_str().graphemes(true) {
        let n = g.chars().count();
        let c = g.chars().next().expect("a grapheme cluster is not empty");
        let starts_token = !c.is_whitespace() && (!is_word_char(c) || word_start.is_none());
        if starts_token && ending && !closes(c) {
            ending = false;
            if !c.is_lowercase() {
                split.end_sentence(cp);
            }
        }
        if is_word_char(c) {
            word_start.get_or_insert(cp);
        } else {
            if let Some(start) = word_start.take() {
                split.sentence.push(Token { start, end: cp });
            }
            if c == '\n' || c == '\r' {
                ending = false;
                split.end_sentence(cp);
            } else if !c.is_whitespace() {
                split.sentence.push(Token { start: cp, end: cp + n });
                ending = match c {
                    '!' | '?' | '…' => true,
                    '.' => !after_abbreviation(text, &split.sentence),
                    _ => ending && closes(c),
                };
            }
        }
        cp += n;
    }
    if let Some(start) = word_start {
        split.sentence.push(Token { start, end: cp });
    }
    split.end_sentence(cp);
    split.out
}

/// Whether the period just pushed follows, with nothing between, an abbreviation or one letter.
fn after_abbreviation(text: &Text, sentence: &[Token]) -> bool {
    let [.., word, period] = sentence else { return false };
    if word.end != period.start {
        return false;
    }
    let w = text.slice(word.start, word.end);
    let mut chars = w.chars();
    let single_letter = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic());
    single_letter || (w.len() <= 6 && ABBREVIATIONS.contains(&w.to_lowercase().as_str()))
}

struct Splitter<'a> {
    text: &'a Text,
    unbroken: &'a [(usize, usize)],
    next_range: usize,
    /// The furthest end of the ranges that start before the last break asked for.
    covered_to: usize,
    out: Vec<Vec<Token>>,
    sentence: Vec<Token>,
}

impl Splitter<'_> {
    /// Ends the sentence at code point `at` (asked in increasing order), unless a range covers it.
    fn end_sentence(&mut self, at: usize) {
        while let Some(&(start, end)) = self.unbroken.get(self.next_range).filter(|r| r.0 < at) {
            debug_assert!(start <= self.text.len());
            self.covered_to = self.covered_to.max(end);
            self.next_range += 1;
        }
        if self.covered_to > at || self.sentence.is_empty() {
            return;
        }
        self.out.push(std::mem::take(&mut self.sentence));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str, unbroken: &[(usize, usize)]) -> Vec<Vec<String>> {
        let t = Text::new(text);
        sentences(&t, unbroken)
            .iter()
            .map(|s| s.iter().map(|tok| t.slice(tok.start, tok.end).into()).collect())
            .collect()
    }

    #[test]
    fn tokens_keep_offsets_and_sentences_split() {
        assert_eq!(
            split("Café 😀 in Kraków.\nNext one!", &[]),
            [vec!["Café", "😀", "in", "Kraków", "."], vec!["Next", "one", "!"]]
        );
    }

    #[test]
    fn where_sentences_end() {
        let table: &[(&str, &[usize])] = &[
            // (text, the number of tokens in each sentence)
            ("It rained. Then it stopped.", &[3, 4]),
            ("On Aug. 7 and Sept. 2 they met.", &[11]),
            ("At 10:35 a.m. the shop opened.", &[12]),
            ("The U.S. Army and J. Smith left.", &[12]),
            ("Mr. Li met Dr. Ode in St. Louis.", &[12]),
            ("They said “go.” Then they went.", &[6, 4]),
            ("Ask why? or not.", &[6]),
            ("Plans, etc. and more.", &[7]),
            ("Wait… What now?", &[2, 3]),
            ("In 1990. Later", &[3, 1]),
        ];
        for (text, sizes) in table {
            let got: Vec<usize> = split(text, &[]).iter().map(Vec::len).collect();
            assert_eq!(&got, sizes, "{text:?}: {:?}", split(text, &[]));
        }
    }

    #[test]
    fn no_sentence_ends_inside_a_kept_range() {
        let text = "Acme Works. Inc is big. Then\nthe New\nYork team.";
        assert_eq!(split(text, &[]).len(), 5);
        let (acme, york) = ((0, 15), (33, 41));
        assert_eq!(Text::new(text).slice(acme.0, acme.1), "Acme Works. Inc");
        assert_eq!(Text::new(text).slice(york.0, york.1), "New\nYork");
        let got = split(text, &[acme, york]);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0], ["Acme", "Works", ".", "Inc", "is", "big", "."]);
        assert_eq!(got[2], ["the", "New", "York", "team", "."]);
    }

    #[test]
    fn emoji_sequences_and_flags_are_one_token() {
        assert_eq!(split("A 👨🏻‍🚒 and 🇺🇦 ok", &[]), [vec!["A", "👨🏻‍🚒", "and", "🇺🇦", "ok"]]);
        assert_eq!(split("e\u{301}t\u{e9} x", &[]), [vec!["e\u{301}t\u{e9}", "x"]]);
    }
}
