//! Reading inputs (a file, a folder, or standard input) and writing outputs.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use spanwright_core::formats::NamedFile;

/// The files behind `input`: `-` is standard input, a folder gives every file in it.
pub fn read_input(input: &str) -> Result<Vec<NamedFile>, String> {
    if input == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map_err(|e| format!("standard input: {e}"))?;
        return Ok(vec![NamedFile::new("stdin", bytes)]);
    }
    let path = Path::new(input);
    if path.is_dir() {
        let mut files = Vec::new();
        walk(path, path, &mut files)?;
        files.sort_by(|a, b| a.name.cmp(&b.name));
        return Ok(files);
    }
    let bytes = std::fs::read(path).map_err(|e| format!("{input}: {e}"))?;
    let name = path.file_name().map_or(input.to_string(), |n| n.to_string_lossy().into_owned());
    Ok(vec![NamedFile::new(name, bytes)])
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<NamedFile>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        if path.is_dir() {
            walk(root, &path, out)?;
        } else {
            let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let name = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
            out.push(NamedFile::new(name, bytes));
        }
    }
    Ok(())
}

/// Writes `bytes` to `output` (`-` for standard output).
pub fn write_output(output: &str, bytes: &[u8]) -> Result<(), String> {
    if output == "-" {
        return std::io::stdout().write_all(bytes).map_err(|e| format!("standard output: {e}"));
    }
    std::fs::write(output, bytes).map_err(|e| format!("{output}: {e}"))
}

/// Writes each file into the folder `dir`, creating it.
pub fn write_folder(dir: &str, files: &[NamedFile]) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{dir}: {e}"))?;
    for f in files {
        let path: PathBuf = Path::new(dir).join(&f.name);
        std::fs::write(&path, &f.bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}
