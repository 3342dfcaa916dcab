//! The fuzz targets' checks under plain `cargo test`: every committed seed
//! of `fuzz/corpus/<target>/` and every input that once failed a target
//! (`tests/fuzz_regressions/<target>/`) replayed through the same check
//! the fuzz target runs (`fuzz/src/wire.rs`, compiled in here). See
//! `docs/fuzzing.md`.

#![allow(
    clippy::panic,
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: the checks report a violated invariant by panicking"
)]

#[allow(dead_code, reason = "only the catalog check is used by fence records")]
#[path = "../../../fuzz/src/fences.rs"]
mod fences;
#[path = "../../../fuzz/src/replay.rs"]
mod replay;
#[path = "../../../fuzz/src/wire.rs"]
mod wire;

use perimeter_wire::PingFormat;
use replay::replay;

const CRATE: &str = env!("CARGO_MANIFEST_DIR");

#[test]
fn protobuf_ping_corpus_passes_the_fuzz_checks() {
    replay(CRATE, "ping_proto", |data| {
        wire::ping(PingFormat::Protobuf, data);
    });
}

#[test]
fn json_ping_corpus_passes_the_fuzz_checks() {
    replay(CRATE, "ping_json", |data| {
        wire::ping(PingFormat::Json, data);
    });
}

#[test]
fn fence_record_corpus_passes_the_fuzz_checks() {
    replay(CRATE, "fence_record", wire::fence_record);
}

#[test]
fn consent_record_corpus_passes_the_fuzz_checks() {
    replay(CRATE, "consent_record", |data| {
        let _ = wire::consent_record(data);
    });
}

#[test]
fn state_record_corpus_passes_the_fuzz_checks() {
    replay(CRATE, "state_record", |data| {
        let _ = wire::state_record(data);
    });
}
