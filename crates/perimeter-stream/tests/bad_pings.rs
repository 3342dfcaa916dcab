//! Hostile and broken pings through the running processor, as a table: each
//! lands in the DLQ with its reason (and its original bytes), or, when it
//! is valid but older than what was already processed, is counted as late.
//! An exact duplicate of the last ping is processed and changes nothing
//! (docs/presence.md, "Late pings, duplicates, watermark").
//! None stops the processor: a consenting user's visit after all of them
//! is complete.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    reason = "test helpers: a failed setup step should fail the test loudly"
)]

mod common;

use common::*;
use metrics_exporter_prometheus::PrometheusBuilder;
use perimeter_wire::{DLQ_REASON_HEADER, proto};
use prost::Message as _;
use rdkafka::message::{Headers, Message};

/// One row: what is wrong, the record key, the record value, the DLQ reason.
type Row<'a> = (&'a str, Option<&'a [u8]>, Vec<u8>, &'a str);

/// A protobuf ping with these fields (`None`: left out).
fn ping(
    user: &str,
    lat: Option<f64>,
    lon: Option<f64>,
    accuracy: Option<f64>,
    at: Option<i64>,
) -> Vec<u8> {
    proto::Ping {
        user_id: user.to_owned(),
        lat,
        lon,
        accuracy_m: accuracy,
        timestamp_ms: at,
    }
    .encode_to_vec()
}

/// A well-formed ping of `user` at the shop, at `at`.
fn good(user: &str, at: i64) -> Vec<u8> {
    ping(user, Some(SHOP.0), Some(SHOP.1), Some(10.0), Some(at))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_bad_ping_lands_in_the_dlq_with_its_reason_or_counts_as_late() {
    let metrics = PrometheusBuilder::new()
        .install_recorder()
        .expect("metrics recorder");
    let h = Harness::start(&["user-a", "user-b"]).await;
    let t = T0 - 20 * MIN;
    let long_id = "u".repeat(300);
    let big = ping(
        &"x".repeat(70 * 1024),
        Some(1.0),
        Some(1.0),
        Some(1.0),
        Some(t),
    );
    // (what, key, value, DLQ reason)
    let table: Vec<Row<'_>> = vec![
        (
            "NaN latitude",
            Some(b"user-b"),
            ping("user-b", Some(f64::NAN), Some(13.4), Some(10.0), Some(t)),
            "invalid_coordinates",
        ),
        (
            "infinite longitude",
            Some(b"user-b"),
            ping(
                "user-b",
                Some(52.5),
                Some(f64::INFINITY),
                Some(10.0),
                Some(t),
            ),
            "invalid_coordinates",
        ),
        (
            "latitude 91",
            Some(b"user-b"),
            ping("user-b", Some(91.0), Some(13.4), Some(10.0), Some(t)),
            "invalid_coordinates",
        ),
        (
            "longitude -180.5",
            Some(b"user-b"),
            ping("user-b", Some(52.5), Some(-180.5), Some(10.0), Some(t)),
            "invalid_coordinates",
        ),
        (
            "no latitude",
            Some(b"user-b"),
            ping("user-b", None, Some(13.4), Some(10.0), Some(t)),
            "invalid_coordinates",
        ),
        (
            "negative accuracy",
            Some(b"user-b"),
            ping("user-b", Some(52.5), Some(13.4), Some(-5.0), Some(t)),
            "invalid_accuracy",
        ),
        (
            "absurd accuracy",
            Some(b"user-b"),
            ping("user-b", Some(52.5), Some(13.4), Some(1e9), Some(t)),
            "invalid_accuracy",
        ),
        (
            "NaN accuracy",
            Some(b"user-b"),
            ping("user-b", Some(52.5), Some(13.4), Some(f64::NAN), Some(t)),
            "invalid_accuracy",
        ),
        (
            "negative timestamp",
            Some(b"user-b"),
            ping("user-b", Some(52.5), Some(13.4), Some(10.0), Some(-1)),
            "invalid_timestamp",
        ),
        (
            "no timestamp",
            Some(b"user-b"),
            ping("user-b", Some(52.5), Some(13.4), Some(10.0), None),
            "invalid_timestamp",
        ),
        (
            "a day in the future",
            Some(b"user-b"),
            good("user-b", T0 + 24 * 60 * MIN),
            "timestamp_in_future",
        ),
        (
            "empty user id",
            Some(b"user-b"),
            good("", t),
            "invalid_user_id",
        ),
        (
            "300-character user id",
            Some(long_id.as_bytes()),
            good(&long_id, t),
            "invalid_user_id",
        ),
        ("no key", None, good("user-b", t), "missing_key"),
        ("empty key", Some(b""), good("user-b", t), "missing_key"),
        (
            "key of another user",
            Some(b"user-z"),
            good("user-b", t),
            "key_mismatch",
        ),
        ("70 KiB message", Some(b"user-b"), big, "oversized"),
        (
            "not protobuf",
            Some(b"user-b"),
            b"\xff\xff\xff garbage".to_vec(),
            "undecodable",
        ),
        (
            "truncated protobuf",
            Some(b"user-b"),
            good("user-b", t)[..9].to_vec(),
            "undecodable",
        ),
    ];
    let topic = h.topics.pings.clone();
    for (_, key, value, _) in &table {
        h.produce(&topic, *key, value).await;
    }
    // Valid, but not new: the same ping twice (the copy changes nothing),
    // then one older than both (late).
    h.ping("user-b", SHOP, t + MIN).await;
    h.ping("user-b", SHOP, t + MIN).await;
    h.ping("user-b", SHOP, t + 30_000).await;
    // The stream goes on: a consenting user's whole visit after all that.
    h.send_visits(&[("user-a", T0 - 8 * MIN)]).await;

    let dlq = h
        .read_until(&h.topics.dlq, |m| m.len() >= table.len())
        .await;
    assert_eq!(dlq.len(), table.len());
    for ((what, key, value, reason), record) in table.iter().zip(&dlq) {
        let header = record
            .headers()
            .and_then(|hs| hs.iter().find(|hd| hd.key == DLQ_REASON_HEADER))
            .and_then(|hd| hd.value)
            .unwrap_or_else(|| panic!("{what}: no reason header"));
        assert_eq!(std::str::from_utf8(header).unwrap(), *reason, "{what}");
        assert_eq!(
            record.payload().unwrap_or_default(),
            value.as_slice(),
            "{what}: original bytes"
        );
        assert_eq!(record.key(), *key, "{what}: original key");
    }
    let evs = events(&h.read_until(&h.topics.events, has_exit("user-a")).await);
    assert_eq!(kinds_of(&evs, "user-a"), ["enter", "dwell", "exit"]);
    // user-b's first valid ping entered the shop; the duplicate and the
    // older one changed nothing (the visit may since have timed out).
    let b = kinds_of(&evs, "user-b");
    assert_eq!(b.first(), Some(&"enter"), "{b:?}");
    assert_eq!(b.iter().filter(|k| **k == "enter").count(), 1, "{b:?}");
    let late = metrics
        .render()
        .lines()
        .find_map(|l| {
            l.strip_prefix("perimeter_stream_pings_total{outcome=\"late\"} ")?
                .parse::<u64>()
                .ok()
        })
        .unwrap_or(0);
    assert_eq!(late, 1, "the older ping is late");
    let summary = h.stop().await;
    assert_eq!(summary.dlq, u64::try_from(table.len()).unwrap());
}
