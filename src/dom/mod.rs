//! Browser glue: selection ↔ offsets, files, keys. Nothing here computes annotations.

pub mod files;
pub mod folders;
pub mod formats_client;
pub mod keys;
pub mod selection;
pub mod views_bridge;
