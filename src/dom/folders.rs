//! Dropped folders: the files inside them, found by walking the entries the drop carries
//! (the browser hands a dropped folder over as an entry, not as files).

use js_sys::{Array, Promise};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{FileSystemDirectoryEntry, FileSystemEntry, FileSystemFileEntry};

/// The entries of a drop; must be called while the drop event is handled.
pub fn dropped_entries(data: &web_sys::DataTransfer) -> Vec<FileSystemEntry> {
    let items = data.items();
    (0..items.length())
        .filter_map(|i| items.get(i))
        .filter_map(|item| item.webkit_get_as_entry().ok().flatten())
        .collect()
}

/// Every file under `entries`, folders walked to any depth.
pub async fn files_under(entries: Vec<FileSystemEntry>) -> Vec<web_sys::File> {
    let mut stack = entries;
    let mut files = Vec::new();
    while let Some(entry) = stack.pop() {
        if entry.is_file() {
            let entry: FileSystemFileEntry = entry.unchecked_into();
            let file = Promise::new(&mut |ok, fail| entry.file_with_callback_and_callback(&ok, &fail));
            if let Ok(f) = JsFuture::from(file).await {
                files.push(f.unchecked_into());
            }
        } else if entry.is_directory() {
            let reader = entry.unchecked_into::<FileSystemDirectoryEntry>().create_reader();
            // A reader hands out its entries a batch at a time, then an empty batch.
            loop {
                let batch = Promise::new(&mut |ok, fail| {
                    let _ = reader.read_entries_with_callback_and_callback(&ok, &fail);
                });
                let Ok(batch) = JsFuture::from(batch).await else { break };
                let batch: Array = batch.unchecked_into();
                if batch.length() == 0 {
                    break;
                }
                stack.extend(batch.iter().map(|e| e.unchecked_into::<FileSystemEntry>()));
            }
        }
    }
    files
}
