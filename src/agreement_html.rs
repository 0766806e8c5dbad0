//! The Agreement view's tables as HTML, written in the formats worker from its report: the page
//! shows them as they come and carries none of this code.

use spanwright_core::team::agreement::{shown, Prf, Report};

/// Rows of the per-document table: the worst this many (a corpus of 10,000 would draw 10,000).
pub const DOCUMENT_ROWS: usize = 200;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A figure's cell: three decimals shown, the exact value in `data-value`.
fn cell(name: &str, x: Option<f64>) -> String {
    let value = x.map_or(String::new(), |v| format!(" data-value=\"{v}\""));
    format!("<td data-figure=\"{name}\"{value}>{}</td>", shown(x))
}

fn prf(kind: &str, p: &Prf) -> String {
    cell(&format!("{kind}-precision"), p.precision)
        + &cell(&format!("{kind}-recall"), p.recall)
        + &cell(&format!("{kind}-f1"), p.f1)
}

/// The view's HTML; `indexes` are the documents' places in the project (a row's `data-doc`).
pub fn render(r: &Report, indexes: &[usize]) -> String {
    if r.annotators.len() < 2 || r.documents == 0 {
        return "<p class=\"hint\" role=\"status\">No document has two annotators' versions yet: \
                add another annotator's work (Add annotator's work) to compare them.</p>"
            .into();
    }
    let mut h = format!(
        "<p class=\"agreement-summary\">{} annotators ({}) · {} documents with two versions or more</p>",
        r.annotators.len(),
        esc(&r.annotators.join(", ")),
        r.documents
    );
    h += "<table class=\"figures\" aria-label=\"Agreement by label\"><caption>Agreement by label \
          (mean over annotator pairs)</caption><thead><tr><th rowspan=\"2\">Label</th><th rowspan=\"2\">Spans</th>\
          <th colspan=\"3\">Exact match</th><th colspan=\"3\">Overlap match</th></tr><tr><th>P</th><th>R</th>\
          <th>F1</th><th>P</th><th>R</th><th>F1</th></tr></thead><tbody>";
    for row in r.labels.iter().chain([&r.overall]) {
        let class = if std::ptr::eq(row, &r.overall) { " class=\"all\"" } else { "" };
        h += &format!(
            "<tr{class} data-label=\"{}\"><th scope=\"row\">{}</th><td>{}</td>{}{}</tr>",
            esc(&row.label),
            esc(&row.label),
            row.spans,
            prf("exact", &row.exact),
            prf("overlap", &row.overlap)
        );
    }
    h += "</tbody></table>";
    // The matrix of pairs: exact F1 above the diagonal's mirror, κ in the title.
    h += "<table class=\"figures matrix\" aria-label=\"Annotator pairs\"><caption>Exact-match F1 between \
          annotators (overlap F1 and κ on hover)</caption><thead><tr><th></th>";
    for a in &r.annotators {
        h += &format!("<th scope=\"col\">{}</th>", esc(a));
    }
    h += "</tr></thead><tbody>";
    for a in &r.annotators {
        h += &format!("<tr><th scope=\"row\">{}</th>", esc(a));
        for b in &r.annotators {
            let pair = r.pairs.iter().find(|p| (&p.a == a && &p.b == b) || (&p.a == b && &p.b == a));
            h += &match pair {
                _ if a == b => "<td class=\"self\">—</td>".to_string(),
                None => "<td>—</td>".to_string(),
                Some(p) => format!(
                    "<td data-pair=\"{}|{}\" data-value=\"{}\" title=\"{} documents · overlap F1 {} · κ {}\">{}</td>",
                    esc(&p.a),
                    esc(&p.b),
                    p.exact.f1.map_or(String::new(), |v| v.to_string()),
                    p.documents,
                    shown(p.overlap.f1),
                    shown(p.kappa),
                    shown(p.exact.f1)
                ),
            };
        }
        h += "</tr>";
    }
    h += "</tbody></table>";
    h += &format!(
        "<p class=\"kappa\">Cohen's κ on tokens: <b data-figure=\"kappa\"{}>{}</b> (mean over pairs; {}). \
         <small>Span F1 is the measure to read for span tasks: κ counts every token outside spans as \
         agreement.</small></p>",
        r.kappa.map_or(String::new(), |v| format!(" data-value=\"{v}\"")),
        shown(r.kappa),
        r.pairs
            .iter()
            .map(|p| format!("{} / {} {}", esc(&p.a), esc(&p.b), shown(p.kappa)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    h += "<table class=\"figures documents\" aria-label=\"Agreement by document\"><caption>By document, worst \
          first: click one to curate it</caption><thead><tr><th>Document</th><th>Annotators</th><th>F1</th>\
          <th>Conflicts</th></tr></thead><tbody>";
    for d in r.by_document.iter().take(DOCUMENT_ROWS) {
        h += &format!(
            "<tr data-doc=\"{}\" tabindex=\"0\" title=\"Curate {}\"><th scope=\"row\">{}</th><td>{}</td>{}<td>{}</td></tr>",
            indexes.get(d.index).copied().unwrap_or(d.index),
            esc(&d.id),
            esc(&d.id),
            d.annotators,
            cell("f1", d.f1),
            d.conflicts
        );
    }
    h += "</tbody></table>";
    if r.by_document.len() > DOCUMENT_ROWS {
        h += &format!(
            "<p class=\"hint\">The worst {DOCUMENT_ROWS} of {} documents are listed; `spanwright agree --json` lists all.</p>",
            r.by_document.len()
        );
    }
    h
}
