#![no_main]
use libfuzzer_sys::fuzz_target;
use spanwright_core::formats::{fuzz_check::check, Format};

fuzz_target!(|data: &[u8]| check(Format::LabelStudio, data));
