//! Every metric the stream layer emits, named in one place.
//!
//! Names follow `perimeter_<area>_<name>_<unit>[_total]` with base units;
//! labels are bounded enumerations (never a user or fence id).

use metrics::{counter, gauge, histogram};
use perimeter_model::{EventKind, SuppressionReason};
use perimeter_wire::DlqReason;

/// Pings read from the pings topic, by `outcome`: `processed`, `late`,
/// `no_location_consent` (dropped, never stored) or `dlq`.
pub const PINGS: &str = "perimeter_stream_pings_total";
/// Geofence events produced, by `kind`: `enter`, `dwell`, `exit`.
pub const EVENTS: &str = "perimeter_stream_events_total";
/// Offer triggers produced.
pub const TRIGGERS: &str = "perimeter_offers_triggers_total";
/// ENTER/DWELL events that got no offer, by `reason`.
pub const SUPPRESSIONS: &str = "perimeter_offers_suppressions_total";
/// Records written to the DLQ, by `reason`.
pub const DLQ_RECORDS: &str = "perimeter_stream_dlq_records_total";
/// Records of the fences or consent topic that could not be applied, by
/// `table` (`fences`, `consent`).
pub const TABLE_REJECTS: &str = "perimeter_stream_table_records_rejected_total";
/// Fences in the live index.
pub const FENCES_LIVE: &str = "perimeter_fences_live";
/// Time of a full build of the fence index (at startup, and for every
/// compaction), seconds.
pub const INDEX_REBUILD: &str = "perimeter_fences_index_rebuild_seconds";
/// Fence index updates that failed (the previous index stays live): an
/// incremental apply, a compaction or the startup build.
pub const INDEX_REBUILD_FAILURES: &str = "perimeter_fences_index_rebuild_failures_total";
/// Fence changes applied to the live index without a full build.
pub const INDEX_APPLIES: &str = "perimeter_fences_index_applies_total";
/// Time to apply fence changes to the live index (the overlay's build),
/// seconds.
pub const INDEX_APPLY: &str = "perimeter_fences_index_apply_seconds";
/// Fences in the live index's overlay (added or replaced since its base was
/// built).
pub const INDEX_OVERLAY: &str = "perimeter_fences_index_overlay_fences";
/// Compactions of the live index: the overlay folded into a new base by a
/// full build.
pub const INDEX_COMPACTIONS: &str = "perimeter_fences_index_compactions_total";
/// Highest catalog version among the records of the live index.
pub const CATALOG_VERSION: &str = "perimeter_fences_catalog_version";
/// Users held by the presence state machines.
pub const TRACKED_USERS: &str = "perimeter_presence_tracked_users";
/// Users in the consent ledger.
pub const CONSENT_USERS: &str = "perimeter_consent_users";
/// Event time to emit (produce call), seconds of processing-clock time.
pub const EMIT_LATENCY: &str = "perimeter_stream_emit_latency_seconds";
/// 1 once the fences and consent topics were read to their startup end.
pub const READY: &str = "perimeter_stream_ready";
/// Seconds the partition engines spent on pings (decode, consent gate,
/// fence index lookup, presence, offers), a counter: its rate divided by
/// the rate of [`PINGS`] is the mean time per ping over any window and any
/// set of instances (a histogram of per-batch means would give quantiles
/// of means).
pub const ENGINE_PING_TIME: &str = "perimeter_engine_ping_seconds_total";
/// Generation of the live fence index: 1 after startup, +1 per swap.
pub const INDEX_GENERATION: &str = "perimeter_fences_index_generation";
/// Records behind the end of each owned pings partition, by `partition`
/// (librdkafka's `consumer_lag`, refreshed every statistics interval).
pub const CONSUMER_LAG: &str = "perimeter_kafka_consumer_lag_records";
/// Time to restore one assignment's presence state from the changelog.
pub const RESTORE_TIME: &str = "perimeter_presence_restore_seconds";
/// Changelog records read while restoring, by `outcome`: `restored`,
/// `dropped_no_consent` (the ledger no longer allows the user), `invalid`.
pub const RESTORED_RECORDS: &str = "perimeter_presence_restored_records_total";
/// Changelog records written, by `kind`: `state` or `tombstone`.
pub const CHANGELOG_RECORDS: &str = "perimeter_presence_changelog_records_total";
/// Partition assignments and revocations, by `kind`: `assign`, `revoke`,
/// `lost`, and (exactly-once mode) `rewind`: every owned partition set back
/// to the last committed transaction after a refused commit.
pub const REBALANCES: &str = "perimeter_kafka_rebalances_total";
/// Outputs the broker did not acknowledge (the processor stops; the ping
/// offsets after the last acknowledged one are not stored).
pub const DELIVERY_FAILURES: &str = "perimeter_kafka_delivery_failures_total";
/// Ping partitions this instance owns.
pub const ASSIGNED_PARTITIONS: &str = "perimeter_kafka_assigned_partitions";

/// Label values of [`PINGS`] (defined with the engine that counts them).
pub use perimeter_engine::PingOutcome;

/// Adds one engine call's ping outcomes to [`PINGS`]: counted by the engine
/// per batch, so a labelled counter lookup per ping is never paid.
pub(crate) fn ping_counts(counts: &[u64; 4]) {
    for outcome in PingOutcome::ALL {
        let n = counts[outcome as usize];
        if n > 0 {
            counter!(PINGS, "outcome" => outcome.as_str()).increment(n);
        }
    }
}

/// Creates the counters that only move on trouble (and every label value of
/// the ping outcomes) at 0, so that dashboards and `increase()`-based
/// alerts see a series before the first increment.
pub(crate) fn register() {
    for outcome in PingOutcome::ALL {
        counter!(PINGS, "outcome" => outcome.as_str()).increment(0);
    }
    counter!(TRIGGERS).increment(0);
    counter!(DELIVERY_FAILURES).increment(0);
    counter!(INDEX_REBUILD_FAILURES).increment(0);
    counter!(INDEX_APPLIES).increment(0);
    counter!(INDEX_COMPACTIONS).increment(0);
    gauge!(INDEX_OVERLAY).set(0.0);
    gauge!(CONSENT_LAG).set(0.0);
    gauge!(ENGINE_PING_TIME).increment(0.0);
    for table in ["fences", "consent"] {
        counter!(TABLE_REJECTS, "table" => table).increment(0);
    }
    for kind in ["assign", "revoke", "lost"] {
        counter!(REBALANCES, "kind" => kind).increment(0);
    }
}

/// [`register`] for exactly-once mode: the transaction outcomes and the
/// rewinds at 0.
pub(crate) fn register_transactions() {
    for outcome in ["committed", "aborted", "failed"] {
        counter!(TRANSACTIONS, "outcome" => outcome).increment(0);
    }
    counter!(REBALANCES, "kind" => "rewind").increment(0);
}

pub(crate) fn event(kind: EventKind, latency_s: f64) {
    counter!(EVENTS, "kind" => kind.as_str()).increment(1);
    histogram!(EMIT_LATENCY).record(latency_s);
}

pub(crate) fn trigger() {
    counter!(TRIGGERS).increment(1);
}

pub(crate) fn suppression(reason: SuppressionReason) {
    counter!(SUPPRESSIONS, "reason" => reason.as_str()).increment(1);
}

pub(crate) fn dlq(reason: DlqReason) {
    counter!(DLQ_RECORDS, "reason" => reason.as_str()).increment(1);
}

pub(crate) fn table_reject(table: &'static str) {
    counter!(TABLE_REJECTS, "table" => table).increment(1);
}

#[allow(
    clippy::cast_precision_loss,
    reason = "gauges are f64; counts and versions far below 2^52"
)]
pub(crate) fn fences_live(n: usize, catalog_version: u64, overlay: usize) {
    gauge!(FENCES_LIVE).set(n as f64);
    gauge!(CATALOG_VERSION).set(catalog_version as f64);
    gauge!(INDEX_OVERLAY).set(overlay as f64);
}

/// A full build of the fence index (startup, compaction) took `build_s`.
pub(crate) fn index_built(build_s: f64, compaction: bool) {
    histogram!(INDEX_REBUILD).record(build_s);
    if compaction {
        counter!(INDEX_COMPACTIONS).increment(1);
    }
}

/// Fence changes were applied to the live index in `apply_s`.
pub(crate) fn index_applied(apply_s: f64) {
    counter!(INDEX_APPLIES).increment(1);
    histogram!(INDEX_APPLY).record(apply_s);
}

pub(crate) fn index_rebuild_failed() {
    counter!(INDEX_REBUILD_FAILURES).increment(1);
}

#[allow(
    clippy::cast_precision_loss,
    reason = "gauges are f64; counts far below 2^52"
)]
pub(crate) fn tracked_users(n: usize) {
    gauge!(TRACKED_USERS).set(n as f64);
}

#[allow(
    clippy::cast_precision_loss,
    reason = "gauges are f64; counts far below 2^52"
)]
pub(crate) fn consent_users(n: usize) {
    gauge!(CONSENT_USERS).set(n as f64);
}

pub(crate) fn ready(ready: bool) {
    gauge!(READY).set(if ready { 1.0 } else { 0.0 });
}

/// Adds one batch's engine time to [`ENGINE_PING_TIME`]. The `metrics`
/// crate's counters count integers, so this monotonic sum of seconds is a
/// gauge that is only ever incremented: Prometheus's `rate()` applies to it
/// as to any counter (it is never reset while the process lives).
pub(crate) fn engine_ping_time(seconds: f64) {
    gauge!(ENGINE_PING_TIME).increment(seconds);
}

#[allow(
    clippy::cast_precision_loss,
    reason = "gauges are f64; values far below 2^52"
)]
pub(crate) fn index_generation(generation: u64) {
    gauge!(INDEX_GENERATION).set(generation as f64);
}

#[allow(
    clippy::cast_precision_loss,
    reason = "gauges are f64; lags far below 2^52"
)]
pub(crate) fn consumer_lag(partition: i32, lag: i64) {
    gauge!(CONSUMER_LAG, "partition" => partition.to_string()).set(lag as f64);
}

pub(crate) fn restore_time(seconds: f64) {
    histogram!(RESTORE_TIME).record(seconds);
}

pub(crate) fn restored(outcome: &'static str, n: u64) {
    counter!(RESTORED_RECORDS, "outcome" => outcome).increment(n);
}

pub(crate) fn changelog(tombstone: bool) {
    let kind = if tombstone { "tombstone" } else { "state" };
    counter!(CHANGELOG_RECORDS, "kind" => kind).increment(1);
}

pub(crate) fn rebalance(kind: &'static str) {
    counter!(REBALANCES, "kind" => kind).increment(1);
}

pub(crate) fn delivery_failure() {
    counter!(DELIVERY_FAILURES).increment(1);
}

#[allow(
    clippy::cast_precision_loss,
    reason = "gauges are f64; counts far below 2^52"
)]
pub(crate) fn assigned(n: usize) {
    gauge!(ASSIGNED_PARTITIONS).set(n as f64);
}

/// Consent records behind the consent topic's high watermark as last
/// observed for the barrier.
pub const CONSENT_LAG: &str = "perimeter_consent_lag_records";
/// Time from a consent record's Kafka timestamp to its application.
pub const CONSENT_APPLY_LATENCY: &str = "perimeter_consent_apply_latency_seconds";
/// Time a ping batch waited for the consent ledger to catch up.
pub const CONSENT_BARRIER_WAIT: &str = "perimeter_stream_consent_barrier_wait_seconds";

#[allow(
    clippy::cast_precision_loss,
    reason = "gauges are f64; record counts far below 2^52"
)]
pub(crate) fn consent_lag(records: i64) {
    gauge!(CONSENT_LAG).set(records as f64);
}

pub(crate) fn consent_apply_latency(seconds: f64) {
    histogram!(CONSENT_APPLY_LATENCY).record(seconds);
}

pub(crate) fn consent_barrier_wait(seconds: f64) {
    histogram!(CONSENT_BARRIER_WAIT).record(seconds);
}

/// Transactions ended (exactly-once mode), by `outcome`: `committed`,
/// `aborted` (a lost assignment or a stop after a failure) or `failed`
/// (the processor stops).
pub const TRANSACTIONS: &str = "perimeter_kafka_transactions_total";
/// Time to end one transaction (exactly-once mode): the workers are parked
/// for this long, plus the time they take to reach the commit.
pub const TRANSACTION_COMMIT: &str = "perimeter_kafka_transaction_commit_seconds";

pub(crate) fn transaction(outcome: &'static str, seconds: f64) {
    counter!(TRANSACTIONS, "outcome" => outcome).increment(1);
    histogram!(TRANSACTION_COMMIT).record(seconds);
}
