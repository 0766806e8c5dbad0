//! The app's components, one per file. They render state and turn user events into actions.

pub mod add_documents;
pub mod annotations_panel;
pub mod app;
pub mod chunk_groups;
pub mod chunk_view;
pub mod curate_keys;
pub mod document_list;
pub mod document_view;
pub mod drawn_chunks;
pub mod hotkeys;
pub mod import_button;
pub mod label_editor;
pub mod message_bar;
pub mod project_bar;
pub mod project_list;
pub mod span_popover;
pub mod start_page;
pub mod suggestion_bar;
pub mod toolbar;
pub mod use_suggestions;
