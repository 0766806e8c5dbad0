//! `spanwright`: the command line for dataset pipelines, over the same code as the app.

mod convert;
mod io;

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
}

fn main() {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Convert(args) => convert::run(args),
    };
    if let Err(message) = result {
        eprintln!("spanwright: {message}");
        std::process::exit(1);
    }
}
