//! `spanwright`: the command line for dataset pipelines, over the same code as the app.

mod agree;
mod convert;
mod io;
mod suggest;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "spanwright", version, about = "Convert span annotations between formats, with exact offsets")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Convert annotations from one format to another.
    Convert(convert::Args),
    /// Agreement between annotators: one file per annotator, documents matched by id or text.
    Agree(agree::Args),
    /// Suggest actors, dates and places in JSON Lines documents, with their normalized values.
    Suggest(suggest::Args),
}

fn main() {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Agree(args) => agree::run(args),
        Command::Convert(args) => convert::run(args),
        Command::Suggest(args) => suggest::run(args),
    };
    if let Err(message) = result {
        eprintln!("spanwright: {message}");
        std::process::exit(1);
    }
}
