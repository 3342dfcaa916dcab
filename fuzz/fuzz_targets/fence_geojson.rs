//! GeoJSON fence files: uploads through the admin API and `perimeter fences`.
//! See `perimeter_fuzz::fences::fence_file`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use perimeter_fences::FenceFormat;

fuzz_target!(|data: &[u8]| perimeter_fuzz::fences::fence_file(FenceFormat::GeoJson, data));
