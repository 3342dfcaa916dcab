//! JSON pings, as `PingReader` reads them from a pings topic configured
//! with `format = "json"`. See `perimeter_fuzz::wire::ping`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use perimeter_wire::PingFormat;

fuzz_target!(|data: &[u8]| perimeter_fuzz::wire::ping(PingFormat::Json, data));
