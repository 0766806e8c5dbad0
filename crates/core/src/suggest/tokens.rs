//! Word tokens with byte offsets, shared by every suggester so that they agree on what a word is.

pub struct Token<'a> {
    pub text: &'a str,
    /// The word in lower case, from the lower-case copy of the text.
    pub lower: &'a str,
    // u32 offsets: a book has about a token every five bytes, and 40 bytes a token instead of
    // 56 is 2 MB of the worker's memory at 100,000 words.
    from: u32,
    to: u32,
}

impl Token<'_> {
    /// Byte offset of the token's start in the text.
    pub fn start(&self) -> usize {
        self.from as usize
    }
    /// Byte offset just past the token's end.
    pub fn end(&self) -> usize {
        self.to as usize
    }
}

/// The text in lower case, byte for byte aligned with it, so that every token's lower case is a
/// slice of it: each character is lowered when its lower case is one character of the same
/// length (all of ASCII, Latin, Greek, Cyrillic), kept as it is otherwise (a few, like 'İ').
pub fn lower_case(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.chars()
        .map(|c| {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            }
        })
        .collect()
}

/// Words, numbers and single punctuation marks, with byte offsets. `lower` is
/// `lower_case(text)`, and each token's lower case a slice of it: nothing is allocated a word.
/// ASCII is read byte by byte, other characters decoded: this runs on every character the
/// engine sees.
pub fn tokens<'a>(text: &'a str, lower: &'a str) -> Vec<Token<'a>> {
    debug_assert_eq!(text.len(), lower.len());
    let bytes = text.as_bytes();
    let char_at = |k: usize| -> (char, usize) {
        match bytes.get(k) {
            Some(&b) if b < 0x80 => (b as char, 1),
            Some(_) => text[k..].chars().next().map_or((' ', 1), |c| (c, c.len_utf8())),
            None => (' ', 0),
        }
    };
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (c, len) = if b < 0x80 { (b as char, 1) } else { char_at(i) };
        if c.is_whitespace() {
            i += len;
            continue;
        }
        let mut end = i + len;
        if c.is_alphanumeric() {
            // Words keep inner apostrophes and hyphens ("mid-1990", "'80s" starts at the mark).
            loop {
                while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                    end += 1;
                }
                let (d, dl) = char_at(end);
                if dl == 0 || (d.is_ascii() && !matches!(d, '-' | '\'')) {
                    break;
                }
                // "D-N.D.", "R-Texas", "DFL-Chisholm": a lawmaker's party and home are two words.
                let party = d == '-'
                    && PARTIES.iter().any(|p| p.as_bytes() == &bytes[i..end])
                    && bytes.get(end + 1).is_some_and(u8::is_ascii_uppercase);
                // "Houston-based", "Ohio-born", "Atlanta-area": the place is a word of its own.
                let rest = &bytes[end + 1..];
                let of_place = d == '-'
                    && c.is_uppercase()
                    && [&b"based"[..], b"born", b"area", b"bound"]
                        .iter()
                        .any(|w| rest.starts_with(w) && !rest.get(w.len()).is_some_and(u8::is_ascii_alphanumeric));
                let inner =
                    matches!(d, '-' | '\'' | '’') && char_at(end + dl).0.is_alphanumeric() && !party && !of_place;
                if d.is_alphanumeric() || inner {
                    end += dl;
                } else {
                    break;
                }
            }
        }
        // "Friday's": the possessive is a token of its own, outside the date.
        let word = &bytes[i..end];
        let possessive = (word.last() == Some(&b's'))
            .then(|| ["'s", "’s"].iter().find(|p| word.len() > p.len() + 1 && word.ends_with(p.as_bytes())))
            .flatten();
        let end = end - possessive.map_or(0, |p| p.len());
        let at = |a: usize, b: usize| (a as u32, b as u32);
        let (from, to) = at(i, end);
        out.push(Token { text: &text[i..end], lower: &lower[i..end], from, to });
        if let Some(p) = possessive {
            let (from, to) = at(end, end + p.len());
            out.push(Token { text: &text[end..end + p.len()], lower: "'s", from, to });
        }
        i = end + possessive.map_or(0, |p| p.len());
    }
    out
}

/// Lawmakers' parties as news writes them before a state or a town: "D-N.D.", "DFL-Cook".
pub const PARTIES: &[&str] = &["D", "R", "I", "DFL"];

/// Starts with a capital letter, as names do.
pub fn is_capitalized(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => word.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Abbreviations whose period ends no sentence ("Mr. Smith", "Gen. Gerasimov").
pub const ABBREVIATIONS: &[&str] =
    &["mr", "mrs", "ms", "dr", "gen", "col", "lt", "sen", "rep", "st", "gov", "prof", "mt", "ft"];

/// At the start of a sentence, a line or a quotation, where any word has a capital.
pub fn sentence_start(text: &str, t: &[Token], i: usize) -> bool {
    if i == 0 || text[t[i - 1].end()..t[i].start()].contains('\n') {
        return true;
    }
    match t[i - 1].text {
        "." => !(i >= 2 && ABBREVIATIONS.contains(&t[i - 2].lower)),
        "!" | "?" | ":" | ";" | "“" | "\"" | "‘" | "'" | "(" | "—" => true,
        // "CHARLESTON, W.Va. -- Officials said", "WASHINGTON (AP) - Elderly residents": a
        // dateline's dash, after capitals, "(AP)" or a state's short form, opens the story.
        "-" | "--" | "–" => {
            let dashes = t[..i].iter().rev().take_while(|w| matches!(w.text, "-" | "--" | "–")).count();
            let before = i.checked_sub(dashes + 1).map(|k| t[k].text);
            before.is_some_and(|w| {
                matches!(w, ")" | ".")
                    || w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
            })
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_stop_after_a_short_title_or_place_word_ends_no_sentence() {
        let text = "He met Mr. Lee. Then Mt. Pleasant won and Ft. Myers lost.";
        let lower = lower_case(text);
        let t = tokens(text, &lower);
        let starts: Vec<&str> = (0..t.len()).filter(|&i| sentence_start(text, &t, i)).map(|i| t[i].text).collect();
        assert_eq!(starts, ["He", "Then"]);
    }

    #[test]
    fn a_datelines_dash_opens_the_story() {
        // (text, a word after a dash, whether it opens a sentence)
        for (text, word, opens) in [
            ("WASHINGTON - Elderly residents may apply.", "Elderly", true),
            ("CHARLESTON, W.Va. -- Officials met.", "Officials", true),
            ("OMAHA (AP) - Crews met.", "Crews", true),
            ("He met Smith - Jones said so.", "Jones", false),
        ] {
            let lower = lower_case(text);
            let t = tokens(text, &lower);
            let i = t.iter().position(|w| w.text == word).unwrap();
            assert_eq!(sentence_start(text, &t, i), opens, "{text}");
        }
    }

    #[test]
    fn a_lawmakers_party_is_a_word_apart_from_his_state() {
        let text = "Roe, D-N.D., and Doe (R-Texas) met X-ray I-95 crews with Lee, DFL-Cook.";
        let lower = lower_case(text);
        let words: Vec<&str> = tokens(text, &lower).iter().map(|t| t.text).collect();
        let want = [
            "Roe", ",", "D", "-", "N", ".", "D", ".", ",", "and", "Doe", "(", "R", "-", "Texas", ")", "met", "X-ray",
            "I-95", "crews", "with", "Lee", ",", "DFL", "-", "Cook", ".",
        ];
        assert_eq!(words, want);
    }

    #[test]
    fn a_place_before_based_or_born_is_a_word_apart() {
        let text = "A Houston-based firm hired an Ohio-born, well-known Atlanta-area man.";
        let lower = lower_case(text);
        let words: Vec<&str> = tokens(text, &lower).iter().map(|t| t.text).collect();
        let want = [
            "A",
            "Houston",
            "-",
            "based",
            "firm",
            "hired",
            "an",
            "Ohio",
            "-",
            "born",
            ",",
            "well-known",
            "Atlanta",
            "-",
            "area",
            "man",
            ".",
        ];
        assert_eq!(words, want);
    }

    #[test]
    fn words_keep_inner_marks_and_lose_the_possessive() {
        let text = "Russia's mid-1990s “Kyiv” ÉLYSÉE, rock’n’roll.";
        let lower = lower_case(text);
        let t = tokens(text, &lower);
        let got: Vec<(&str, &str)> = t.iter().map(|t| (t.text, t.lower)).collect();
        assert_eq!(
            got,
            [
                ("Russia", "russia"),
                ("'s", "'s"),
                ("mid-1990s", "mid-1990s"),
                ("“", "“"),
                ("Kyiv", "kyiv"),
                ("”", "”"),
                ("ÉLYSÉE", "élysée"),
                (",", ","),
                ("rock’n’roll", "rock’n’roll"),
                (".", "."),
            ]
        );
    }
}
