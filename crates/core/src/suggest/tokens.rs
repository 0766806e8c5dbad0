//! Word tokens with byte offsets, shared by every suggester so that they agree on what a word is.

pub struct Token<'a> {
    pub text: &'a str,
    pub lower: String,
    pub start: usize,
    pub end: usize,
}

/// Words, numbers and single punctuation marks, with byte offsets.
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c.is_alphanumeric() {
            // Words keep inner apostrophes and hyphens ("mid-1990", "'80s" starts at the mark).
            while let Some(&(j, d)) = chars.peek() {
                let inner = (d == '-' || d == '\'' || d == '’' || d == '.')
                    && text[j + d.len_utf8()..].starts_with(char::is_alphanumeric);
                if d.is_alphanumeric() || (inner && d != '.') {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
        }
        // "Friday's": the possessive is a token of its own, outside the date.
        let word = &text[i..end];
        let possessive = ["'s", "’s"].iter().find(|p| word.len() > p.len() + 1 && word.ends_with(*p));
        let end = end - possessive.map_or(0, |p| p.len());
        let t = &text[i..end];
        out.push(Token { text: t, lower: t.to_lowercase(), start: i, end });
        if let Some(p) = possessive {
            out.push(Token { text: &text[end..end + p.len()], lower: "'s".into(), start: end, end: end + p.len() });
        }
    }
    out
}

/// Starts with a capital letter, as names do.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Abbreviations whose period ends no sentence ("Mr. Smith", "Gen. Gerasimov").
pub const ABBREVIATIONS: &[&str] = &["mr", "mrs", "ms", "dr", "gen", "col", "lt", "sen", "rep", "st", "gov", "prof"];

/// At the start of a sentence, a line or a quotation, where any word has a capital.
pub fn sentence_start(text: &str, t: &[Token], i: usize) -> bool {
    if i == 0 || text[t[i - 1].end..t[i].start].contains('\n') {
        return true;
    }
    match t[i - 1].text {
        "." => !(i >= 2 && ABBREVIATIONS.contains(&t[i - 2].lower.as_str())),
        "!" | "?" | ":" | ";" | "“" | "\"" | "‘" | "'" | "(" | "—" => true,
        _ => false,
    }
}
