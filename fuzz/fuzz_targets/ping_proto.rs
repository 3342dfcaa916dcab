//! Protobuf pings (`perimeter.v1.Ping`), as `PingReader` reads them from the
//! pings topic. See `perimeter_fuzz::wire::ping`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use perimeter_wire::PingFormat;

fuzz_target!(|data: &[u8]| perimeter_fuzz::wire::ping(PingFormat::Protobuf, data));
