//! Records of the compacted consent topic (`perimeter.v1.ConsentUpdate`),
//! decoded and then applied to a consent ledger. See
//! `perimeter_fuzz::wire::consent_record` and
//! `perimeter_fuzz::offers::apply_consent`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for update in perimeter_fuzz::wire::consent_record(data) {
        perimeter_fuzz::offers::apply_consent(&update);
    }
});
