//! Writing SVG by hand: escaped text, and the attributes every marker carries.

use crate::markers::Marker;

/// `s` made safe inside an attribute or an element.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// The accepted and suggested look: a filled shape and a dashed hollow one, so the views are
/// not colour-only. `current`: the span under the text cursor, drawn with a thick outline.
pub fn paint(m: &Marker, color: &str, current: bool) -> String {
    let width = if current { 3.5 } else { 1.5 };
    if m.suggested {
        format!(r##"fill="#fff" stroke="{color}" stroke-width="{width}" stroke-dasharray="3 2""##)
    } else {
        format!(r##"fill="{color}" stroke="{}" stroke-width="{width}""##, if current { "#000" } else { "#fff" })
    }
}

/// The marker's group: focusable, named, and carrying the ids a click opens.
pub fn open_group(m: &Marker, x: f64, y: f64, current: bool) -> String {
    format!(
        r#"<g class="mark{}" tabindex="0" role="button" data-span-id="{}" data-span-ids="{}" data-doc="{}" data-status="{}" aria-label="{}" transform="translate({x:.1} {y:.1})">"#,
        if current { " current" } else { "" },
        esc(&m.ids[0]),
        esc(&m.ids.join(" ")),
        m.doc,
        if m.suggested { "suggested" } else { "accepted" },
        esc(&m.aria_label()),
    )
}

/// A count beside a merged marker.
pub fn count(m: &Marker, dx: f64) -> String {
    match m.count() {
        1 => String::new(),
        n => format!(r##"<text x="{dx}" y="4" font-size="11" fill="#222">×{n}</text>"##),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(esc(r#"<a & "b">"#), "&lt;a &amp; &quot;b&quot;&gt;");
    }
}
