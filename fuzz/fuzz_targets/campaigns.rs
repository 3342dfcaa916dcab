//! Campaign files (TOML), loaded by `perimeter run` and the demo. See
//! `perimeter_fuzz::offers::campaign_file`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| perimeter_fuzz::offers::campaign_file(data));
