//! What the engine's test suites share: the clock's origin, an engine
//! configuration, consent records.

#![allow(
    clippy::unwrap_used,
    dead_code,
    reason = "test helpers; each suite uses some of them"
)]

use std::sync::Arc;
use std::time::Duration;

use perimeter_engine::EngineConfig;
use perimeter_model::{ConsentRecord, Purpose, Purposes, Timestamp, UserId};
use perimeter_offers::CampaignRules;
use perimeter_presence::PresenceConfig;
use perimeter_wire::PingReader;

/// Friday 2026-11-20 12:00 UTC (13:00 in Berlin).
pub const T0: i64 = 1_795_176_000_000;
pub const SEC: i64 = 1000;
pub const MIN: i64 = 60 * SEC;

pub fn ts(ms: i64) -> Timestamp {
    Timestamp::from_millis(ms).unwrap()
}

/// Location and offers.
pub fn everything() -> Purposes {
    Purposes::NONE.with(Purpose::Location).with(Purpose::Offers)
}

/// An engine configuration with these campaigns, 30 s of allowed lateness,
/// idle partitions following the clock after 60 s.
pub fn config(campaigns: &str, erasure_retention: Duration) -> Arc<EngineConfig> {
    config_audit(campaigns, erasure_retention, true)
}

/// Like [`config`], publishing suppressed decisions or not.
pub fn config_audit(
    campaigns: &str,
    erasure_retention: Duration,
    audit_suppressions: bool,
) -> Arc<EngineConfig> {
    Arc::new(EngineConfig {
        source_topic: "perimeter.pings".into(),
        presence: PresenceConfig::default(),
        rules: CampaignRules::from_toml_str(campaigns).unwrap(),
        reader: PingReader::default(),
        allowed_lateness: Duration::from_secs(30),
        idle_after: Duration::from_secs(60),
        erasure_retention,
        audit_suppressions,
    })
}

/// A consent record of a user in Berlin.
pub fn record(user_id: UserId, purposes: Purposes, version: u64, at: i64) -> ConsentRecord {
    ConsentRecord {
        user_id,
        purposes,
        blocked_categories: Vec::new(),
        max_offers_per_day: None,
        quiet_hours: None,
        time_zone: "Europe/Berlin".into(),
        version,
        updated_at: ts(at),
    }
}
