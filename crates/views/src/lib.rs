//! Spanwright's timeline and map: where a project's dates and places fall, drawn as SVG strings
//! with no web dependencies, so that the browser module only places them and handles events.

pub mod items;
pub mod map;
pub mod markers;
pub mod svg;
pub mod time_axis;
pub mod timeline;
pub mod when;
pub mod world;
