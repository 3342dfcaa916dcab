//! The fuzz targets' checks under plain `cargo test`: every committed seed
//! of `fuzz/corpus/campaigns/` and every input that once failed the target
//! (`tests/fuzz_regressions/campaigns/`), replayed through the same check
//! the fuzz target runs (`fuzz/src/offers.rs`, compiled in here): load the
//! rules, then decide events against them. The consent-ledger check of the
//! `consent_record` target runs on hand-made updates (its corpus is
//! protobuf, which this crate does not decode). See `docs/fuzzing.md`.

#![allow(
    clippy::panic,
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: the checks report a violated invariant by panicking"
)]

#[path = "../../../fuzz/src/offers.rs"]
mod offers;
#[allow(dead_code, reason = "no open inputs for campaigns")]
#[path = "../../../fuzz/src/replay.rs"]
mod replay;

use perimeter_model::{
    ConsentRecord, ConsentUpdate, EraseRequest, Purpose, Purposes, Timestamp, UserId,
};
use replay::replay;

#[test]
fn campaign_corpus_passes_the_fuzz_checks() {
    replay(
        env!("CARGO_MANIFEST_DIR"),
        "campaigns",
        offers::campaign_file,
    );
}

fn record(purposes: Purposes, time_zone: &str, version: u64) -> ConsentUpdate {
    ConsentUpdate::Set(ConsentRecord {
        user_id: UserId::new("u-1").unwrap(),
        purposes,
        blocked_categories: Vec::new(),
        max_offers_per_day: Some(0),
        quiet_hours: None,
        time_zone: time_zone.into(),
        version,
        updated_at: Timestamp::MAX,
    })
}

#[test]
fn consent_updates_pass_the_fuzz_ledger_check() {
    let both = Purposes::NONE.with(Purpose::Location).with(Purpose::Offers);
    for update in [
        record(both, "Europe/Berlin", 1),
        record(Purposes::NONE.with(Purpose::Offers), "UTC", 0),
        record(both, "Europe/Berlinn", u64::MAX),
        record(both, "", 5),
        ConsentUpdate::Erase(EraseRequest {
            user_id: UserId::new("u-1").unwrap(),
            version: 0,
            requested_at: Timestamp::EPOCH,
        }),
    ] {
        offers::apply_consent(&update);
    }
}
