//! Names the app gives: a project's, after its first words; a document's, after its file or
//! the time it was pasted.

/// A project's name from its first document: its first words.
pub fn project_name(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().take(6).collect();
    let name = words.join(" ");
    if name.chars().count() > 48 {
        name.chars().take(47).collect::<String>() + "…"
    } else if name.is_empty() {
        "New project".into()
    } else {
        name
    }
}

/// A document id from a file name: its stem, or a fresh id for pasted text.
pub fn document_id_from(name: &str) -> String {
    match name.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem.to_string(),
        _ if !name.is_empty() => name.to_string(),
        _ => new_document_id(),
    }
}

/// A document id unique across sessions: milliseconds since 1970 in base 36.
pub fn new_document_id() -> String {
    let mut n = js_sys::Date::now() as u64;
    let mut digits = Vec::new();
    while n > 0 {
        digits.push(std::char::from_digit((n % 36) as u32, 36).expect("digit"));
        n /= 36;
    }
    format!("doc-{}", digits.iter().rev().collect::<String>())
}
