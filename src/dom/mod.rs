//! Browser glue: selection ↔ offsets, files, keys. Nothing here computes annotations.

pub mod files;
pub mod keys;
pub mod selection;
