//! Reading and writing `.zip` archives of annotation files (brat corpora travel this way).

use std::io::{Cursor, Read, Write};

use super::{NamedFile, MAX_INPUT_BYTES};
use crate::import_error::ImportError;

pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// The files in a zip archive (folders skipped). Refuses archives that unpack past the input limit.
pub fn read_zip(name: &str, bytes: &[u8]) -> Result<Vec<NamedFile>, ImportError> {
    let bad = |e: String| ImportError::at("", format!("{name} is not a readable zip archive: {e}"));
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| bad(e.to_string()))?;
    let mut files = Vec::new();
    let mut total = 0usize;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(|e| bad(e.to_string()))?;
        if entry.is_dir() {
            continue;
        }
        let entry_name = entry.name().map_err(|e| bad(e.to_string()))?.to_string();
        let mut data = Vec::new();
        // Read one byte past what is left, so an archive that lies about sizes is caught too.
        let left = MAX_INPUT_BYTES.saturating_sub(total) as u64;
        (&mut entry).take(left + 1).read_to_end(&mut data).map_err(|e| bad(format!("{entry_name}: {e}")))?;
        total += data.len();
        if total > MAX_INPUT_BYTES {
            return Err(ImportError::at("", format!("{name} unpacks to more than 200 MB")));
        }
        files.push(NamedFile::new(entry_name, data));
    }
    Ok(files)
}

pub fn write_zip(files: &[NamedFile]) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for f in files {
        out.start_file(f.name.as_str(), options).expect("writing to memory");
        out.write_all(&f.bytes).expect("writing to memory");
    }
    out.finish().expect("writing to memory").into_inner()
}
