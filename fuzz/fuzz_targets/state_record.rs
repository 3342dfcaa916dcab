//! Values of the presence-state changelog: decoded as a protobuf
//! `UserState` (and as a `PartitionMarker`), then read, restored into a
//! presence tracker and a caps history and written back the way the
//! partition engine does on assignment. See
//! `perimeter_fuzz::wire::state_record` and `perimeter_fuzz::state::restore`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if perimeter_fuzz::wire::state_record(data).is_some() {
        perimeter_fuzz::state::restore(data);
    }
});
