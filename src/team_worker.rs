//! Team work done in the formats worker, so the page carries none of it: adding another
//! annotator's work to the project's documents, and choosing which version an export writes.

use spanwright_core::format_v1::File;
use spanwright_core::formats::{self, counted, detect::detect, NamedFile};
use spanwright_core::project_store::{doc_record, ProjectRecord};
use spanwright_core::team::VersionPick;
use spanwright_core::Workspace;

use crate::formats_worker::{Corpus, Response};

/// `versions` as the page names it: `every`, `own`, or `of:` and an annotator.
pub fn pick(file: File, versions: &str) -> File {
    let pick = match versions.strip_prefix("of:") {
        Some(name) => VersionPick::Annotator(name.to_string()),
        None if versions == "own" => VersionPick::Own,
        None => VersionPick::Every,
    };
    if pick == VersionPick::Every {
        return file;
    }
    let Some(ws) = Workspace::from_file(file.clone()) else { return file };
    let mut picked = ws.file_with(&pick);
    // `Workspace` makes ids unique; the file's own are kept as they were.
    for (d, o) in picked.documents.iter_mut().zip(&file.documents) {
        d.id.clone_from(&o.id);
    }
    picked
}

/// Reads `files` and adds them as `annotator`'s versions of the corpus's documents.
pub fn add_versions(
    corpus: Corpus,
    files: Vec<(String, Vec<u8>)>,
    annotator: &str,
    owner: &str,
) -> Result<Response, String> {
    let project = corpus.file(None)?;
    let before: Vec<_> = project.documents.iter().map(|d| d.team.clone()).collect();
    let mut ws = Workspace::from_file(project).ok_or("the project has no documents")?;
    let files: Vec<NamedFile> = files.into_iter().map(|(n, b)| NamedFile::new(n, b)).collect();
    let format = detect(&files).ok_or("Cannot tell this file's format.")?;
    let theirs = formats::import(format, &files, None).map_err(|e| e.to_string())?.corpus;
    let m = ws.add_versions(theirs.documents, &theirs.labels, annotator, owner)?;
    let mut message = format!(
        "Added {annotator}'s work to {} ({} by id, {} by text).",
        counted(m.by_id + m.by_text, "document"),
        m.by_id,
        m.by_text
    );
    if m.replaced > 0 {
        message += &format!(" It replaced their earlier version of {}.", counted(m.replaced, "document"));
    }
    if !m.skipped.is_empty() {
        message += &format!(" Not in this project, skipped: {}.", m.skipped.join(", "));
    }
    let docs =
        ws.docs().iter().enumerate().filter(|(i, d)| d.team != before[*i]).map(|(i, d)| (i, doc_record(d))).collect();
    let project = serde_json::to_string(&ProjectRecord::of("", "", &ws)).map_err(|e| e.to_string())?;
    Ok(Response::Versions { project, docs, message })
}
