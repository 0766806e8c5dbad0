//! `spanwright convert INPUT --from FMT --to FMT [--unit UNIT] [-o OUTPUT]`

use spanwright_core::formats::detect::detect;
use spanwright_core::formats::{self, brat, conll, unit_from_name, Format};

use crate::io::{read_input, write_folder, write_output};

#[derive(clap::Args)]
pub struct Args {
    /// A file, a folder of brat .txt/.ann pairs, or - for standard input.
    input: String,
    /// The input's format (detected when omitted): spanwright, doccano, label-studio, brat, conll, spacy, displacy.
    #[arg(long, value_parser = parse_format)]
    from: Option<Format>,
    /// The output's format.
    #[arg(long, value_parser = parse_format)]
    to: Format,
    /// Offset unit of the output: codepoint (default; label-studio: utf16), utf16 or utf8.
    #[arg(long, value_parser = parse_unit)]
    unit: Option<spanwright_core::offsets::OffsetUnit>,
    /// Offset unit of the input, where its file does not name it.
    #[arg(long, value_parser = parse_unit)]
    from_unit: Option<spanwright_core::offsets::OffsetUnit>,
    /// Tag scheme of a CoNLL output: bio (default) or bilou.
    #[arg(long, value_parser = ["bio", "bilou"], default_value = "bio")]
    scheme: String,
    /// Output file, - for standard output (the default). For brat: a folder, or a name ending in .zip.
    #[arg(short, long, default_value = "-")]
    output: String,
}

fn parse_format(s: &str) -> Result<Format, String> {
    Format::from_name(s).ok_or_else(|| {
        let names: Vec<_> = Format::ALL.iter().map(|f| f.name()).collect();
        format!("unknown format {s:?}; one of {}", names.join(", "))
    })
}

fn parse_unit(s: &str) -> Result<spanwright_core::offsets::OffsetUnit, String> {
    unit_from_name(s).ok_or_else(|| format!("unknown unit {s:?}; one of codepoint, utf16, utf8"))
}

pub fn run(args: Args) -> Result<(), String> {
    let files = read_input(&args.input)?;
    let from = match args.from {
        Some(f) => f,
        None => detect(&files).ok_or_else(|| format!("{}: cannot tell its format; name it with --from", args.input))?,
    };
    let imported = formats::import(from, &files, args.from_unit).map_err(|e| {
        let name = if files.len() == 1 { files[0].name.clone() } else { args.input.clone() };
        if e.to_string().starts_with(&name) {
            e.to_string()
        } else {
            format!("{name}: {e}")
        }
    })?;
    for w in &imported.warnings {
        eprintln!("warning: {w}");
    }
    let stem = std::path::Path::new(&args.output)
        .file_stem()
        .map_or("corpus".to_string(), |s| s.to_string_lossy().into_owned());
    if args.to == Format::Brat && args.output != "-" && !args.output.ends_with(".zip") {
        let unit = args.unit.or(Format::Brat.native_unit()).unwrap_or_default();
        let (pairs, warnings) = brat::export_files(&imported.corpus, unit);
        warnings.iter().for_each(|w| eprintln!("warning: {w}"));
        write_folder(&args.output, &pairs)?;
    } else {
        let scheme = if args.scheme == "bilou" { conll::Scheme::Bilou } else { conll::Scheme::Bio };
        let out = formats::export_with_scheme(args.to, &imported.corpus, args.unit, &stem, scheme);
        out.warnings.iter().for_each(|w| eprintln!("warning: {w}"));
        write_output(&args.output, &out.files[0].bytes)?;
    }
    eprintln!(
        "{}, {}: {} → {}",
        formats::counted(imported.corpus.documents.len(), "document"),
        formats::counted(imported.span_count(), "span"),
        from.name(),
        args.to.name()
    );
    Ok(())
}
