//! Output records that fit the tools around them, through the running
//! processor on the mock cluster: the Kafka timestamp of an event or a
//! trigger is its event time; a ping's trace-context headers reach
//! everything it produced; outputs are partitioned by the murmur2 hash of
//! the user id as the Java clients do; dead letters are the original
//! record with `perimeter.errors.*` headers, and replaying them after a
//! fix is a plain consume and produce; suppressed decisions are written
//! when the suppressions topic is on.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    reason = "test helpers: a failed setup step should fail the test loudly"
)]

mod common;

use common::*;
use perimeter_model::{Accuracy, Ping, Position, Purpose, Purposes, Timestamp, UserId};
use perimeter_wire::{
    DLQ_HEADER_PREFIX, DLQ_REASON_HEADER, PingFormat, PingReader, decode_suppression,
    encode_ping_json, read_dlq,
};
use rdkafka::message::{Headers, Message, OwnedMessage};

const TRACEPARENT: &[u8] = b"00-4bf92f3577b34ba36d8a3d2e1a9c6f01-00f067aa0ba902b7-01";
const TRACESTATE: &[u8] = b"vendor=opaque";

/// Every header of a record, in order.
fn headers(m: &OwnedMessage) -> Vec<(String, Option<Vec<u8>>)> {
    m.headers()
        .map(|hs| {
            hs.iter()
                .map(|h| (h.key.to_owned(), h.value.map(<[u8]>::to_vec)))
                .collect()
        })
        .unwrap_or_default()
}

/// The values of header `name` of a record.
fn header<'m>(m: &'m OwnedMessage, name: &str) -> Vec<&'m [u8]> {
    m.headers()
        .map(|hs| {
            hs.iter()
                .filter(|h| h.key == name)
                .filter_map(|h| h.value)
                .collect()
        })
        .unwrap_or_default()
}

/// A ping of `user` with these trace headers.
async fn traced_ping(h: &Harness, user: &str, (lat, lon): (f64, f64), at: i64) {
    let ping = Ping {
        user_id: UserId::new(user).unwrap(),
        position: Position::new(lat, lon).unwrap(),
        accuracy: Accuracy::new(10.0).unwrap(),
        timestamp: Timestamp::from_millis(at).unwrap(),
    };
    let topic = h.topics.pings.clone();
    h.produce_with(
        &topic,
        Some(user.as_bytes()),
        &perimeter_wire::encode_ping(&ping),
        &[
            ("traceparent", TRACEPARENT),
            ("tracestate", TRACESTATE),
            ("x-not-carried", b"1"),
        ],
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_and_offers_are_timestamped_with_their_event_time() {
    let h = Harness::start(&["user-a"]).await;
    let start = T0 - 8 * MIN;
    h.send_visits(&[("user-a", start)]).await;
    let msgs = h.read_until(&h.topics.events, has_exit("user-a")).await;
    for m in &msgs {
        let event = perimeter_wire::decode_event(m.payload().unwrap()).unwrap();
        assert_eq!(
            m.timestamp().to_millis(),
            Some(event.event_time.as_millis()),
            "{event:?}"
        );
    }
    // The ENTER was decided by the first ping inside, a minute after start.
    let offers = h.read_until(&h.topics.offers, |m| !m.is_empty()).await;
    assert_eq!(offers[0].timestamp().to_millis(), Some(start + MIN));
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pings_trace_headers_reach_its_events_offers_suppressions_and_dead_letters() {
    let mut h = Harness::start_with(&["user-a"], CAMPAIGNS, 1).await;
    // Restart with the suppressions topic on.
    h.stop_one().await;
    h.outputs.suppressions = true;
    h.launch().await;
    // user-q grants location only: its ENTER is suppressed.
    h.consent("user-q", Purposes::NONE.with(Purpose::Location), 1)
        .await;
    let t = T0 - 5 * MIN;
    traced_ping(&h, "user-a", SHOP, t).await;
    traced_ping(&h, "user-q", SHOP, t).await;
    // A ping whose key differs from its user id: a dead letter.
    let topic = h.topics.pings.clone();
    h.produce_with(
        &topic,
        Some(b"user-z"),
        &perimeter_wire::encode_ping(&Ping {
            user_id: UserId::new("user-y").unwrap(),
            position: Position::new(SHOP.0, SHOP.1).unwrap(),
            accuracy: Accuracy::new(10.0).unwrap(),
            timestamp: Timestamp::from_millis(t).unwrap(),
        }),
        &[("traceparent", TRACEPARENT), ("x-kept", b"yes")],
    )
    .await;

    let events = h
        .read_until(&h.topics.events, |m| {
            events(m)
                .iter()
                .filter(|e| e.kind.as_str() == "enter")
                .count()
                >= 2
        })
        .await;
    let offers = h.read_until(&h.topics.offers, |m| !m.is_empty()).await;
    let suppressions = h
        .read_until(&h.topics.suppressions, |m| !m.is_empty())
        .await;
    for (what, m) in [
        ("event of user-a", &events[0]),
        ("event of user-q", &events[1]),
        ("offer", &offers[0]),
        ("suppression", &suppressions[0]),
    ] {
        assert_eq!(
            headers(m),
            [
                ("traceparent".to_owned(), Some(TRACEPARENT.to_vec())),
                ("tracestate".to_owned(), Some(TRACESTATE.to_vec())),
            ],
            "{what}: only the configured headers, in the ping's order"
        );
    }
    let audit = decode_suppression(suppressions[0].payload().unwrap()).unwrap();
    assert_eq!(audit.user_id.as_str(), "user-q");
    assert_eq!(audit.reason.as_str(), "no_offers_consent");
    assert_eq!(suppressions[0].key(), Some(&b"user-q"[..]));
    assert_eq!(suppressions[0].timestamp().to_millis(), Some(t));

    let dlq = h.read_until(&h.topics.dlq, |m| !m.is_empty()).await;
    let names: Vec<String> = headers(&dlq[0]).into_iter().map(|(k, _)| k).collect();
    assert_eq!(
        names,
        [
            "traceparent",
            "x-kept",
            "perimeter.errors.reason",
            "perimeter.errors.detail",
            "perimeter.errors.topic",
            "perimeter.errors.partition",
            "perimeter.errors.offset",
            "perimeter.errors.record.timestamp",
        ],
        "a dead letter keeps every original header and adds its own"
    );
    assert_eq!(header(&dlq[0], DLQ_REASON_HEADER), [b"key_mismatch"]);
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn configured_headers_only_are_carried_and_none_when_the_list_is_empty() {
    let mut h = Harness::start(&["user-a", "user-b"]).await;
    h.stop_one().await;
    h.outputs.propagate_headers = vec!["X-Not-Carried".into()];
    h.launch().await;
    traced_ping(&h, "user-a", SHOP, T0 - 5 * MIN).await;
    let events = h.read_until(&h.topics.events, |m| !m.is_empty()).await;
    assert_eq!(
        headers(&events[0]),
        [("x-not-carried".to_owned(), Some(b"1".to_vec()))],
        "names compare ignoring ASCII case"
    );
    h.stop_one().await;
    h.outputs.propagate_headers.clear();
    h.launch().await;
    traced_ping(&h, "user-b", SHOP, T0 - 4 * MIN).await;
    let events = h.read_until(&h.topics.events, |m| m.len() >= 2).await;
    assert!(headers(&events[1]).is_empty(), "{:?}", headers(&events[1]));
    h.stop().await;
}

/// Java's `Utils.murmur2` (kafka-clients), the hash of its default
/// partitioner, written from the algorithm.
fn java_murmur2(data: &[u8]) -> i32 {
    const M: u32 = 0x5bd1_e995;
    const R: u32 = 24;
    let seed: u32 = 0x9747_b28c;
    let len = u32::try_from(data.len()).unwrap();
    let mut h = seed ^ len;
    let mut chunks = data.chunks_exact(4);
    for c in &mut chunks {
        let mut k = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
        k = k.wrapping_mul(M);
        k ^= k >> R;
        k = k.wrapping_mul(M);
        h = h.wrapping_mul(M);
        h ^= k;
    }
    let rest = chunks.remainder();
    if rest.len() >= 3 {
        h ^= u32::from(rest[2]) << 16;
    }
    if rest.len() >= 2 {
        h ^= u32::from(rest[1]) << 8;
    }
    if !rest.is_empty() {
        h ^= u32::from(rest[0]);
        h = h.wrapping_mul(M);
    }
    h ^= h >> 13;
    h = h.wrapping_mul(M);
    h ^= h >> 15;
    i32::from_ne_bytes(h.to_ne_bytes())
}

/// The partition the Java clients' default partitioner picks for `key`.
fn java_partition(key: &[u8], partitions: i32) -> i32 {
    (java_murmur2(key) & 0x7fff_ffff) % partitions
}

#[test]
fn the_reference_murmur2_matches_the_java_client() {
    // Values printed by kafka-clients 4.4.0's Utils.murmur2 (jshell).
    for (key, java) in [
        ("21", -973_932_308),
        ("foobar", -790_332_482),
        ("abc", 479_470_107),
        ("user-a", 651_176_155),
        ("user-b", 1_651_337_542),
        ("u-0001", -1_694_106_875),
    ] {
        assert_eq!(java_murmur2(key.as_bytes()), java, "{key}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn outputs_are_partitioned_by_murmur2_of_the_user_id_like_the_java_clients() {
    let users: Vec<String> = (0..24).map(|i| format!("u-{i:04}")).collect();
    let names: Vec<&str> = users.iter().map(String::as_str).collect();
    let h = Harness::start_with(&names, CAMPAIGNS, 8).await;
    h.wait_assigned().await;
    for u in &users {
        h.ping(u, SHOP, T0 - 5 * MIN).await;
    }
    let events = h
        .read_until(&h.topics.events, |m| m.len() >= users.len())
        .await;
    let offers = h
        .read_until(&h.topics.offers, |m| m.len() >= users.len())
        .await;
    let mut partitions = std::collections::BTreeSet::new();
    for m in events.iter().chain(&offers) {
        let key = m.key().unwrap();
        assert_eq!(
            m.partition(),
            java_partition(key, 8),
            "{}",
            String::from_utf8_lossy(key)
        );
        partitions.insert(m.partition());
    }
    // librdkafka's default (CRC32) would put some of them elsewhere: the
    // keys spread over enough partitions for the check to mean something.
    assert!(partitions.len() >= 6, "{partitions:?}");
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replayed_dead_letters_are_processed_after_the_fix() {
    // A producer writes JSON pings to a topic the processor reads as
    // protobuf: every ping is a dead letter.
    let mut h = Harness::start(&["user-a"]).await;
    let topic = h.topics.pings.clone();
    let mut sent = Vec::new();
    for (user, pos, at) in visit("user-a", T0 - 8 * MIN) {
        let value = encode_ping_json(&Ping {
            user_id: UserId::new(user).unwrap(),
            position: Position::new(pos.0, pos.1).unwrap(),
            accuracy: Accuracy::new(10.0).unwrap(),
            timestamp: Timestamp::from_millis(at).unwrap(),
        });
        h.produce_with(
            &topic,
            Some(user.as_bytes()),
            &value,
            &[("traceparent", TRACEPARENT)],
        )
        .await;
        sent.push(value);
    }
    let n = sent.len();
    let dlq = h.read_until(&h.topics.dlq, |m| m.len() >= n).await;
    for (i, (m, value)) in dlq.iter().zip(&sent).enumerate() {
        assert_eq!(m.key(), Some(&b"user-a"[..]));
        assert_eq!(m.payload(), Some(value.as_slice()), "the value, unchanged");
        let entry = read_dlq(
            m.key(),
            m.payload(),
            m.timestamp().to_millis().unwrap(),
            m.headers()
                .into_iter()
                .flat_map(|hs| hs.iter().map(|h| (h.key, h.value))),
        )
        .unwrap();
        assert_eq!(entry.reason.as_str(), "undecodable");
        assert_eq!(entry.topic, topic);
        assert_eq!(entry.offset, i64::try_from(i).unwrap());
    }

    // A replay with the problem not fixed yet (a plain copy, headers and
    // all) is dead-lettered again with one set of perimeter.errors headers.
    replay(&h, &dlq[..1]).await;
    let again = h.read_until(&h.topics.dlq, |m| m.len() > n).await;
    assert_eq!(header(&again[n], DLQ_REASON_HEADER), [b"undecodable"]);
    assert_eq!(header(&again[n], "traceparent"), [TRACEPARENT]);
    let offsets = header(&again[n], "perimeter.errors.offset");
    assert_eq!(
        offsets,
        [format!("{}", n).as_bytes()],
        "the replayed record's offset"
    );

    // The fix: the processor reads JSON. Then the replay of the original
    // dead letters is processed: the visit is complete.
    h.stop_one().await;
    h.ping_reader = PingReader {
        format: PingFormat::Json,
        ..PingReader::default()
    };
    h.launch().await;
    replay(&h, &dlq[1..n]).await;
    let evs = events(&h.read_until(&h.topics.events, has_exit("user-a")).await);
    assert_eq!(kinds_of(&evs, "user-a"), ["enter", "dwell", "exit"]);
    let summary = h.stop().await;
    assert_eq!(summary.dlq, 0, "nothing dead-lettered after the fix");
}

/// A plain replay: each dead letter's key, value and headers produced to
/// the topic it names, with no Perimeter tooling.
async fn replay(h: &Harness, dead: &[OwnedMessage]) {
    for m in dead {
        let topic = String::from_utf8(header(m, "perimeter.errors.topic")[0].to_vec()).unwrap();
        let hs: Vec<(String, Vec<u8>)> = headers(m)
            .into_iter()
            .map(|(k, v)| (k, v.unwrap_or_default()))
            .collect();
        let hs: Vec<(&str, &[u8])> = hs.iter().map(|(k, v)| (k.as_str(), v.as_slice())).collect();
        assert!(hs.iter().any(|(k, _)| k.starts_with(DLQ_HEADER_PREFIX)));
        h.produce_with(&topic, m.key(), m.payload().unwrap(), &hs)
            .await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registry_framed_pings_are_read_and_outputs_are_framed_with_their_schema_ids() {
    use perimeter_wire::registry::{frame_protobuf, unframe_protobuf};
    let mut h = Harness::start(&["user-a"]).await;
    h.stop_one().await;
    h.outputs.schema_ids = perimeter_stream::SchemaIds {
        events: Some(101),
        offers: Some(102),
        suppressions: None,
    };
    h.launch().await;
    // A ping as a registry-aware protobuf serializer writes it (schema 55).
    let ping = Ping {
        user_id: UserId::new("user-a").unwrap(),
        position: Position::new(SHOP.0, SHOP.1).unwrap(),
        accuracy: Accuracy::new(10.0).unwrap(),
        timestamp: Timestamp::from_millis(T0 - 5 * MIN).unwrap(),
    };
    let topic = h.topics.pings.clone();
    let value = frame_protobuf(55, &[0], &perimeter_wire::encode_ping(&ping));
    h.produce(&topic, Some(b"user-a"), &value).await;

    let events = h.read_until(&h.topics.events, |m| !m.is_empty()).await;
    let offers = h.read_until(&h.topics.offers, |m| !m.is_empty()).await;
    for (m, id) in [(&events[0], 101), (&offers[0], 102)] {
        let bytes = m.payload().unwrap();
        assert_eq!(bytes[..6], [0, 0, 0, 0, id, 0], "magic, id, index [0]");
        let framed = unframe_protobuf(bytes).unwrap();
        assert_eq!(framed.schema_id, u32::from(id));
        assert_eq!(framed.message_indexes, [0]);
        if id == 101 {
            let e = perimeter_wire::decode_event(framed.payload).unwrap();
            assert_eq!(e.kind.as_str(), "enter");
        } else {
            let t = perimeter_wire::decode_trigger(framed.payload).unwrap();
            assert_eq!(t.user_id.as_str(), "user-a");
        }
    }
    let summary = h.stop().await;
    assert_eq!(summary.dlq, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_outputs_are_events_and_offers_by_the_proto3_json_mapping() {
    let mut h = Harness::start(&["user-a"]).await;
    h.stop_one().await;
    h.outputs.format = perimeter_wire::OutputFormat::Json;
    h.launch().await;
    let ping = Ping {
        user_id: UserId::new("user-a").unwrap(),
        position: Position::new(SHOP.0, SHOP.1).unwrap(),
        accuracy: Accuracy::new(10.0).unwrap(),
        timestamp: Timestamp::from_millis(T0 - 5 * MIN).unwrap(),
    };
    let topic = h.topics.pings.clone();
    h.produce(&topic, Some(b"user-a"), &perimeter_wire::encode_ping(&ping))
        .await;

    let events = h.read_until(&h.topics.events, |m| !m.is_empty()).await;
    let offers = h.read_until(&h.topics.offers, |m| !m.is_empty()).await;
    let event: serde_json::Value = serde_json::from_slice(events[0].payload().unwrap()).unwrap();
    assert_eq!(event["kind"], "EVENT_KIND_ENTER");
    assert_eq!(event["userId"], "user-a");
    assert_eq!(event["eventTimeMs"], (T0 - 5 * MIN).to_string());
    let offer: serde_json::Value = serde_json::from_slice(offers[0].payload().unwrap()).unwrap();
    assert_eq!(offer["userId"], "user-a");
    assert_eq!(offer["eventId"], event["eventId"]);
    let summary = h.stop().await;
    assert_eq!(summary.dlq, 0);
}
