//! `spanwright agree A.json B.json [C.json …] [--json]`: agreement between annotators, one file
//! each, in any format the app reads. Documents are matched by id, else by identical text.

use spanwright_core::formats::{self, detect::detect};
use spanwright_core::team::agreement::{agree, shown, versions_of, Report};
use spanwright_core::Workspace;

use crate::io::read_input;

#[derive(clap::Args)]
pub struct Args {
    /// One file (or brat folder) per annotator. The annotator is the name its documents give
    /// (`annotator` in Spanwright JSON), else the file's name without extension.
    #[arg(required = true, num_args = 2..)]
    files: Vec<String>,
    /// Print the figures as JSON, for pipelines.
    #[arg(long)]
    json: bool,
}

fn annotator(path: &str, file: &spanwright_core::format_v1::File) -> String {
    let named: Vec<&str> = file.documents.iter().filter_map(|d| d.team.annotator.as_deref()).collect();
    match named.first() {
        Some(first) if named.iter().all(|n| n == first) => first.to_string(),
        _ => std::path::Path::new(path).file_stem().map_or(path.to_string(), |s| s.to_string_lossy().into_owned()),
    }
}

fn read(path: &str) -> Result<spanwright_core::format_v1::File, String> {
    let files = read_input(path)?;
    let format = detect(&files).ok_or_else(|| format!("{path}: cannot tell its format"))?;
    let imported = formats::import(format, &files, None).map_err(|e| format!("{path}: {e}"))?;
    Ok(imported.corpus)
}

pub fn run(args: Args) -> Result<(), String> {
    let first = read(&args.files[0])?;
    let owner = annotator(&args.files[0], &first);
    let mut ws = Workspace::from_file(first).ok_or_else(|| format!("{}: no documents", args.files[0]))?;
    let mut names = vec![owner.clone()];
    for path in &args.files[1..] {
        let file = read(path)?;
        let mut name = annotator(path, &file);
        if names.contains(&name) {
            name = std::path::Path::new(path).file_stem().map_or(path.clone(), |s| s.to_string_lossy().into_owned());
        }
        if names.contains(&name) {
            return Err(format!("{path}: annotator {name:?} is named twice; rename a file"));
        }
        let m = ws.add_versions(file.documents, &file.labels, &name, &owner).map_err(|e| format!("{path}: {e}"))?;
        if !m.skipped.is_empty() {
            eprintln!("warning: {path}: {} documents are not in {}: skipped", m.skipped.len(), args.files[0]);
        }
        names.push(name);
    }
    let report = agree(versions_of(ws.docs(), &owner), &ws.labels);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report).expect("reports serialize"));
    } else {
        print!("{}", table(&report));
    }
    Ok(())
}

fn table(r: &Report) -> String {
    let mut out =
        format!("{} annotators ({}), {} documents\n\n", r.annotators.len(), r.annotators.join(", "), r.documents);
    out += "Agreement by label (mean over annotator pairs)\n";
    out += &format!(
        "{:<12} {:>6}  {:>7} {:>7} {:>7}  {:>7} {:>7} {:>7}\n",
        "label", "spans", "exact P", "R", "F1", "overlap P", "R", "F1"
    );
    for row in r.labels.iter().chain([&r.overall]) {
        let (e, o) = (row.exact, row.overlap);
        out += &format!(
            "{:<12} {:>6}  {:>7} {:>7} {:>7}  {:>9} {:>7} {:>7}\n",
            row.label,
            row.spans,
            shown(e.precision),
            shown(e.recall),
            shown(e.f1),
            shown(o.precision),
            shown(o.recall),
            shown(o.f1)
        );
    }
    out += "\nPairs\n";
    out += &format!("{:<24} {:>9} {:>8} {:>10} {:>7}\n", "annotators", "documents", "exact F1", "overlap F1", "κ");
    for p in &r.pairs {
        out += &format!(
            "{:<24} {:>9} {:>8} {:>10} {:>7}\n",
            format!("{} / {}", p.a, p.b),
            p.documents,
            shown(p.exact.f1),
            shown(p.overlap.f1),
            shown(p.kappa)
        );
    }
    out += &format!(
        "\nCohen's κ on tokens (mean over pairs): {}. Span F1 is the measure to read for span tasks:\nκ counts the many tokens outside spans as agreement.\n",
        shown(r.kappa)
    );
    out += "\nDocuments, worst first\n";
    for d in r.by_document.iter().take(10) {
        out += &format!("{:<24} F1 {}  {} conflicts\n", d.id, shown(d.f1), d.conflicts);
    }
    if r.by_document.len() > 10 {
        out += &format!("… and {} more (--json lists all)\n", r.by_document.len() - 10);
    }
    out
}
