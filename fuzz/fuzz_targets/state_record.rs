//! Values of the presence-state changelog, decoded and restored into a
//! presence tracker and a caps history as on partition assignment. See
//! `perimeter_fuzz::wire::state_record` and `perimeter_fuzz::state::restore`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use perimeter_wire::StateRecord;

fuzz_target!(|data: &[u8]| {
    if let Some(record) = perimeter_fuzz::wire::state_record(data) {
        perimeter_fuzz::state::restore(&record);
    }
    // The bytes as both snapshots, unframed, so that mutations reach the
    // snapshot decoders without first having to keep the framing's lengths
    // consistent.
    perimeter_fuzz::state::restore(&StateRecord {
        presence: data,
        caps: data,
    });
});
