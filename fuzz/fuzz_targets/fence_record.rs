//! Records of the compacted fences topic (`perimeter.v1.FenceRecord`) and
//! tombstones. See `perimeter_fuzz::wire::fence_record`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| perimeter_fuzz::wire::fence_record(data));
