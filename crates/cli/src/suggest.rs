//! `spanwright suggest INPUT.jsonl [-o OUTPUT.jsonl] [--gazetteer FILE] [--strict] [--no-nested-places]`: one document a line in,
//! `{"id"?, "text", "meta": {"date"}}` (or a top-level `dct`), one Spanwright v1 document a line
//! out, with the suggested spans, their `attrs` and the `entities` table.

use serde_json::Value;
use spanwright_core::format_v1::document_line;
use spanwright_core::suggest::export::add_suggested_spans;
use spanwright_core::suggest::places::Gazetteer;
use spanwright_core::suggest::{suggest_with, Options};
use spanwright_core::{Document, LabelSet};

use crate::io::{read_input, write_output};

#[derive(clap::Args)]
pub struct Args {
    /// JSON Lines, one document a line; - for standard input.
    input: String,
    /// Output file, - for standard output (the default).
    #[arg(short, long, default_value = "-")]
    output: String,
    /// A gazetteer file (tab-separated, as scripts/gazetteer.py writes it) instead of the bundled one.
    #[arg(long)]
    gazetteer: Option<String>,
    /// Fail at the first document whose date is not YYYY-MM-DD, instead of suggesting it undated.
    #[arg(long)]
    strict: bool,
    /// Leave out the places inside organizations' names ("Laurel County" in "Laurel County
    /// Sheriff's Office"), suggested by default as Place spans nested in the Actor.
    #[arg(long)]
    no_nested_places: bool,
}

pub fn run(args: Args) -> Result<(), String> {
    let files = read_input(&args.input)?;
    let [file] = files.as_slice() else { return Err(format!("{}: one JSON Lines file expected", args.input)) };
    let input = std::str::from_utf8(&file.bytes).map_err(|_| format!("{}: not UTF-8", file.name))?;
    let gazetteer = match &args.gazetteer {
        Some(path) => {
            let tsv = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
            Gazetteer::parse(&tsv).map_err(|e| format!("{path}: {e}"))?
        }
        None => Gazetteer::bundled(),
    };
    let labels = LabelSet::default();
    let mut out = String::new();
    let mut undated = 0;
    for (n, line) in input.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let at = |msg: &str| format!("{}:{}: {msg}", file.name, n + 1);
        let v: Value = serde_json::from_str(line).map_err(|e| at(&e.to_string()))?;
        let text = v.get("text").and_then(Value::as_str).ok_or_else(|| at("no \"text\" string"))?;
        let mut date = v.pointer("/meta/date").or_else(|| v.get("dct")).and_then(Value::as_str);
        if let Some(d) = date.filter(|d| !spanwright_core::header::is_iso_date(d)) {
            let problem = at(&format!("the date {d:?} is not YYYY-MM-DD"));
            if args.strict {
                return Err(problem);
            }
            // One bad date in a long run costs that document its date, not the run.
            eprintln!("warning: {problem}; suggested without a date");
            undated += 1;
            date = None;
        }
        let id = match v.get("id") {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(k)) => k.to_string(),
            _ => format!("doc-{}", n + 1),
        };
        let mut doc = Document::new(id, text);
        doc.date = date.map(String::from);
        let options = Options { nested_places: !args.no_nested_places };
        let found = suggest_with(text, date, Some(&gazetteer), options);
        add_suggested_spans(&mut doc, &labels, &found);
        out.push_str(&document_line(&doc, &labels));
        out.push('\n');
    }
    write_output(&args.output, out.as_bytes())?;
    if undated > 0 {
        eprintln!(
            "warning: {} suggested without a date, as the date given was not YYYY-MM-DD (--strict fails instead)",
            spanwright_core::formats::counted(undated, "document")
        );
    }
    Ok(())
}
