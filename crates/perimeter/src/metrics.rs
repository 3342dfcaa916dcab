//! The metrics recorder of `perimeter run` and `perimeter demo`, set up in
//! one place: the histogram buckets of every duration, the HELP text of
//! every metric, `perimeter_build_info` and the `process_*` series.
//!
//! The names live with the code that records them
//! ([`perimeter_stream::telemetry`] and [`crate::admin`]); what they mean
//! to someone reading `/metrics` is said here, once, and repeated in
//! `docs/metrics.md` (`scripts/ops_check.sh` checks that every name is
//! documented there).

use anyhow::Context as _;
use metrics::{Unit, describe_counter, describe_gauge, describe_histogram, gauge};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use perimeter_stream::telemetry as t;

use crate::admin;

/// `perimeter_build_info`: always 1, with the build's `version` as a label.
pub const BUILD_INFO: &str = "perimeter_build_info";

/// Upper bounds (seconds) of each duration histogram's buckets, chosen from
/// the distributions measured with the demo and the e2e suite (see
/// docs/metrics.md, "Histogram buckets"). Every duration Perimeter records
/// is here; a test checks that the exporter renders each as a histogram.
pub const BUCKETS: &[(&str, &[f64])] = &[
    // Event time to emit: the device's clock to the produce call. Measured
    // healthy (demo at real speed): p50 0.30 s, p99 0.58 s, so the buckets
    // are fine below a second; buffered devices and backlogs push it to
    // minutes, and stale-event limits (campaign max_age) are minutes, so
    // they reach 10 minutes. 120 s is the PerimeterEventTimeLag threshold.
    (
        t::EMIT_LATENCY,
        &[
            0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0,
        ],
    ),
    // Index builds: about a millisecond for a handful of fences, seconds
    // for 100,000 (docs/performance.md).
    (
        t::INDEX_REBUILD,
        &[
            0.001, 0.0025, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 10.0, 30.0,
        ],
    ),
    // One incremental apply of fence changes: a fraction of a millisecond
    // for a few fences at 1M (docs/performance.md), a tenth of a second
    // for an overlay at the compaction limit.
    (
        t::INDEX_APPLY,
        &[
            0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0,
        ],
    ),
    // One assignment's restore: milliseconds for an empty changelog
    // partition, seconds to minutes for millions of users.
    (
        t::RESTORE_TIME,
        &[
            0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 10.0, 30.0, 60.0, 300.0,
        ],
    ),
    // A consent record's Kafka timestamp to its application: milliseconds
    // when caught up; the startup read of old records lands in +Inf.
    (
        t::CONSENT_APPLY_LATENCY,
        &[0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 30.0, 60.0],
    ),
    // A ping batch's wait for the consent ledger: measured p50 0.45 ms,
    // p95 0.69 ms, p99 0.31 s (a fetch of consent records that just
    // arrived); the alert threshold (1 s) is a bucket bound.
    (
        t::CONSENT_BARRIER_WAIT,
        &[
            0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0,
            2.5,
        ],
    ),
    // Ending a transaction (exactly-once): tens of milliseconds on a
    // healthy broker, seconds when it is slow.
    (
        t::TRANSACTION_COMMIT,
        &[
            0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
        ],
    ),
];

/// The exporter with every duration's buckets, and no recorder installed
/// yet ([`install`] installs it; tests build a local one).
///
/// # Errors
/// None in practice: every bucket list above is non-empty.
pub fn builder() -> anyhow::Result<PrometheusBuilder> {
    let mut b = PrometheusBuilder::new();
    for (name, buckets) in BUCKETS {
        b = b
            .set_buckets_for_metric(Matcher::Full((*name).to_owned()), buckets)
            .with_context(|| format!("buckets of {name}"))?;
    }
    Ok(b)
}

/// The recorder [`install`] installed, and the process collector that
/// refreshes the `process_*` series before each render.
#[derive(Clone)]
pub struct Exporter {
    handle: PrometheusHandle,
    process: std::sync::Arc<metrics_process::Collector>,
}

impl std::fmt::Debug for Exporter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Exporter").finish_non_exhaustive()
    }
}

impl Exporter {
    /// An exporter rendering `handle`'s recorder (the `process_*` series
    /// are collected into whatever recorder is installed globally).
    #[must_use]
    pub fn new(handle: PrometheusHandle) -> Self {
        Self {
            handle,
            process: std::sync::Arc::new(metrics_process::Collector::default()),
        }
    }

    /// The Prometheus text exposition, with the `process_*` series read
    /// from the operating system just now.
    #[must_use]
    pub fn render(&self) -> String {
        self.process.collect();
        self.handle.render()
    }
}

/// Installs the global recorder with [`builder`]'s buckets, describes every
/// metric and sets `perimeter_build_info`.
///
/// # Errors
/// A recorder was already installed.
pub fn install() -> anyhow::Result<Exporter> {
    let handle = builder()?
        .install_recorder()
        .context("installing the metrics recorder")?;
    describe();
    let exporter = Exporter::new(handle);
    exporter.process.describe();
    Ok(exporter)
}

/// The HELP text (and unit) of every metric Perimeter records, and
/// `perimeter_build_info` set.
pub fn describe() {
    gauge!(BUILD_INFO, "version" => env!("CARGO_PKG_VERSION")).set(1.0);
    describe_gauge!(
        BUILD_INFO,
        "Always 1; the label version is the Perimeter release this process runs."
    );

    // Pings and outputs.
    describe_counter!(
        t::PINGS,
        "Records read from the pings topic, by outcome: processed, late, no_location_consent (dropped, never stored), dlq."
    );
    describe_counter!(
        t::EVENTS,
        "Geofence events produced, by kind: enter, dwell, exit."
    );
    describe_histogram!(
        t::EMIT_LATENCY,
        Unit::Seconds,
        "Event time (the device's timestamp) to the produce call of each geofence event."
    );
    describe_counter!(t::TRIGGERS, "Offer triggers produced.");
    describe_counter!(
        t::SUPPRESSIONS,
        "ENTER and DWELL events that got no offer, by reason."
    );
    describe_counter!(
        t::DLQ_RECORDS,
        "Records written to the DLQ topic, by reason."
    );
    describe_counter!(
        t::TABLE_REJECTS,
        "Records of the fences or consent topic that could not be applied, by table."
    );
    describe_gauge!(
        t::READY,
        "1 once the fences and consent topics were read to their startup end offsets, else 0."
    );
    describe_gauge!(
        t::ENGINE_PING_TIME,
        Unit::Seconds,
        "Seconds the partition engines spent on pings (decode, consent gate, fence index lookup, presence, offers), only ever incremented; rate() of it over rate() of perimeter_stream_pings_total is the time per ping."
    );

    // Fences.
    describe_gauge!(t::FENCES_LIVE, "Fences in the live index.");
    describe_gauge!(
        t::CATALOG_VERSION,
        "Highest fence catalog version among the records of the live index."
    );
    describe_gauge!(
        t::INDEX_GENERATION,
        "Swaps of the live fence index: 1 after startup, +1 per swap (incremental apply or compaction)."
    );
    describe_histogram!(
        t::INDEX_REBUILD,
        Unit::Seconds,
        "Time of a full build of the fence index: at startup and for every compaction."
    );
    describe_counter!(
        t::INDEX_REBUILD_FAILURES,
        "Fence index updates (incremental applies, compactions, full builds) that failed; the previous index stays live."
    );
    describe_counter!(
        t::INDEX_APPLIES,
        "Bursts of fence changes applied to the live index without a full build."
    );
    describe_histogram!(
        t::INDEX_APPLY,
        Unit::Seconds,
        "Time to apply one burst of fence changes to the live index (the overlay's build)."
    );
    describe_gauge!(
        t::INDEX_OVERLAY,
        "Fences in the live index's overlay: added or replaced since its base was built."
    );
    describe_counter!(
        t::INDEX_COMPACTIONS,
        "Overlays folded into a new base index by a full build in the background."
    );

    // Consent.
    describe_gauge!(t::CONSENT_USERS, "Users in the consent ledger.");
    describe_gauge!(
        t::CONSENT_LAG,
        "Consent records behind the consent topic's high watermark, as last observed by the consent barrier."
    );
    describe_histogram!(
        t::CONSENT_APPLY_LATENCY,
        Unit::Seconds,
        "A consent record's Kafka timestamp to its application to the ledger."
    );
    describe_histogram!(
        t::CONSENT_BARRIER_WAIT,
        Unit::Seconds,
        "Time a ping batch waited for the consent ledger to catch up."
    );

    // Presence.
    describe_gauge!(
        t::TRACKED_USERS,
        "Users held by the presence state machines."
    );
    describe_histogram!(
        t::RESTORE_TIME,
        Unit::Seconds,
        "Time to restore one assignment's presence state from the changelog."
    );
    describe_counter!(
        t::RESTORED_RECORDS,
        "Changelog records read while restoring, by outcome: restored, dropped_no_consent, invalid."
    );
    describe_counter!(
        t::CHANGELOG_RECORDS,
        "Changelog records written, by kind: state, tombstone."
    );

    // Kafka.
    describe_gauge!(
        t::CONSUMER_LAG,
        "Records behind the end of each owned pings partition (librdkafka's consumer_lag), by partition."
    );
    describe_gauge!(
        t::ASSIGNED_PARTITIONS,
        "Pings partitions this instance owns."
    );
    describe_counter!(
        t::REBALANCES,
        "Partition assignments and revocations, by kind: assign, revoke, lost, rewind."
    );
    describe_counter!(
        t::DELIVERY_FAILURES,
        "Outputs the broker did not acknowledge (the processor stops)."
    );
    describe_counter!(
        t::TRANSACTIONS,
        "Transactions ended (exactly-once mode), by outcome: committed, aborted, failed."
    );
    describe_histogram!(
        t::TRANSACTION_COMMIT,
        Unit::Seconds,
        "Time to end one transaction (exactly-once mode)."
    );

    // Admin API.
    describe_counter!(
        admin::REQUESTS,
        "Admin API requests, by endpoint and HTTP status."
    );
    describe_counter!(
        admin::UPLOADS,
        "Fence uploads through the admin API, by outcome: published, unchanged, dry_run, invalid, failed."
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every duration recorded once into a local recorder built like the
    /// installed one, plus the HELP texts, rendered.
    fn rendered() -> String {
        let recorder = builder().unwrap().build_recorder();
        let handle = recorder.handle();
        metrics::with_local_recorder(&recorder, || {
            describe();
            for (name, _) in BUCKETS {
                metrics::histogram!(*name).record(0.3);
            }
            metrics::counter!(t::PINGS, "outcome" => "processed").increment(1);
            metrics::gauge!(t::ENGINE_PING_TIME).increment(0.25);
        });
        handle.render()
    }

    #[test]
    fn every_duration_is_a_histogram_with_its_measured_buckets() {
        let text = rendered();
        for (name, buckets) in BUCKETS {
            assert!(
                text.contains(&format!("# TYPE {name} histogram")),
                "{name} is not a histogram:\n{text}"
            );
            for le in *buckets {
                assert!(
                    text.contains(&format!("{name}_bucket{{le=\"{le}\"}}")),
                    "{name} has no bucket le={le}:\n{text}"
                );
            }
            assert!(text.contains(&format!("{name}_bucket{{le=\"+Inf\"}} 1")));
            assert!(
                !text.contains(&format!("{name}{{quantile=")),
                "{name} is a summary"
            );
        }
    }

    #[test]
    fn every_metric_has_help_text_and_build_info_carries_the_version() {
        let text = rendered();
        let names: Vec<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix("# TYPE "))
            .filter_map(|l| l.split_whitespace().next())
            .collect();
        assert!(names.len() > 5, "{text}");
        for name in names {
            assert!(
                text.contains(&format!("# HELP {name} ")),
                "{name} has no HELP:\n{text}"
            );
        }
        assert!(
            text.contains(&format!(
                "{BUILD_INFO}{{version=\"{}\"}} 1",
                env!("CARGO_PKG_VERSION")
            )),
            "{text}"
        );
    }

    #[test]
    fn every_metric_the_stream_layer_names_is_described_here() {
        let src = include_str!("../../perimeter-stream/src/telemetry.rs");
        let here = include_str!("metrics.rs");
        let body = here
            .split("pub fn describe()")
            .nth(1)
            .and_then(|b| b.split("#[cfg(test)]").next())
            .unwrap();
        let consts: Vec<&str> = src
            .lines()
            .filter_map(|l| l.trim().strip_prefix("pub const "))
            .filter_map(|l| l.split(':').next())
            .collect();
        assert!(consts.len() > 20, "{consts:?}");
        for c in consts {
            assert!(
                body.contains(&format!("t::{c},")),
                "telemetry::{c} has no describe_* call in metrics.rs"
            );
        }
    }

    #[test]
    fn every_duration_the_stream_layer_names_has_buckets() {
        // The stream layer's durations are its `_seconds` names that are
        // not monotonic sums (`_total`).
        let src = include_str!("../../perimeter-stream/src/telemetry.rs");
        let durations: Vec<&str> = src
            .lines()
            .filter_map(|l| l.trim().strip_prefix("pub const "))
            .filter_map(|l| l.split('"').nth(1))
            .filter(|n| n.ends_with("_seconds"))
            .collect();
        assert!(durations.len() >= 6, "{durations:?}");
        for d in durations {
            assert!(
                BUCKETS.iter().any(|(n, _)| *n == d),
                "{d} has no buckets in BUCKETS"
            );
        }
    }
}
