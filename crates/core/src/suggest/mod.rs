//! Suggestions: spans the engine proposes, with the value a dataset needs. Pure and
//! deterministic, so the browser and the command line give the same answers.
//!
//! So far: dates (`dates`), resolved to TIMEX3-style values against the document's date.

pub mod dates;
