//! Promises of DESIGN.md ("Guarantees", "The partition engine") checked
//! end to end against librdkafka's in-process mock cluster, one test per
//! promise, each named after it:
//!
//! - an unreadable consent update denies the user and goes to the DLQ;
//! - a device whose clock runs ahead cannot make other users' pings late;
//! - a consent update acknowledged before a ping was produced applies to it;
//! - a partition that moved gets no more state from its old owner;
//! - a restart keeps the event-time watermark (late pings stay late, a
//!   quiet partition still times out the visits it restored);
//! - fences act only inside their validity window, offers go out only while
//!   the store is open.
//!
//! No sleeps as synchronisation: every test waits for the records it
//! expects, or for a later record of a sentinel user on the same partition
//! that proves the pings before it were processed (60-second deadlines).
//! The one place that sleeps, [`walk_in_real_time`], paces devices that
//! send pings in (simulated) real time.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    reason = "test helpers: a failed setup step should fail the test loudly"
)]

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use common::*;
use perimeter_model::{
    Accuracy, EventKind, ExitReason, GeofenceEvent, Ping, Position, Purpose, Purposes, Timestamp,
    UserId,
};
use perimeter_offers::CampaignRules;
use perimeter_stream::{Clock, Processor, ProcessorConfig};
use perimeter_wire::{
    DLQ_REASON_HEADER, decode_consent, encode_fence, encode_ping, proto, read_dlq,
};
use prost::Message as _;
use rdkafka::consumer::{BaseConsumer, Consumer, StreamConsumer};
use rdkafka::message::{Headers, Message, OwnedMessage};
use rdkafka::mocking::MockCoordinator;
use rdkafka::producer::{FutureProducer, FutureRecord};
use rdkafka::{ClientConfig, Offset, TopicPartitionList};
use tokio::sync::oneshot;

/// 333 m north of the test fence's centre: confidently outside it.
const OUTSIDE: (f64, f64) = (SHOP.0 + 0.003, SHOP.1);

fn everything() -> Purposes {
    Purposes::NONE.with(Purpose::Location).with(Purpose::Offers)
}

/// A one-partition layout whose processors' group sessions time out after
/// 6 s: a processor that stopped is replaced quickly (the mock cluster
/// otherwise keeps its place in the group for the default 45 s).
fn quick_rejoin() -> Layout {
    Layout {
        kafka_properties: vec![("session.timeout.ms".into(), "6000".into())],
        ..Layout::default()
    }
}

/// Starts one more processor in the harness's group, configured like
/// [`Harness::launch`] and then changed by `tweak`; returns its progress
/// counters.
async fn launch_with(
    h: &mut Harness,
    tweak: impl FnOnce(&mut ProcessorConfig),
) -> perimeter_stream::Progress {
    let mut config = ProcessorConfig::new(
        h.brokers.clone(),
        "perimeter-test",
        CampaignRules::from_toml_str(&h.campaigns).expect("campaigns"),
    );
    config.clock = Clock::accelerated(Timestamp::from_millis(T0).unwrap(), 1.0);
    config.workers = 2;
    config.kafka_properties.clone_from(&h.kafka_properties);
    tweak(&mut config);
    let health = config.health.clone();
    let live = config.live.clone();
    let processor = Processor::connect(config).await.expect("connect");
    let progress = processor.progress();
    let (tx, rx) = oneshot::channel();
    let run = tokio::spawn(processor.run(async move {
        let _ = rx.await;
    }));
    h.instances.push(Instance {
        stop: tx,
        run,
        health,
        live,
    });
    progress
}

/// Reads every partition of `topic` from the beginning until `done` holds
/// for what was read or `wait` has passed; returns what was read either
/// way (unlike [`Harness::read_until`], which panics), so that a test can
/// say what is missing.
async fn read_for(
    h: &Harness,
    topic: &str,
    wait: Duration,
    done: impl Fn(&[OwnedMessage]) -> bool,
) -> Vec<OwnedMessage> {
    let consumer: StreamConsumer = ClientConfig::new()
        .set("bootstrap.servers", &h.brokers)
        .set("group.id", "test-reader")
        .set("enable.auto.commit", "false")
        .create()
        .expect("reader");
    let mut tpl = TopicPartitionList::new();
    for p in 0..h.partitions {
        tpl.add_partition_offset(topic, p, Offset::Beginning)
            .expect("tpl");
    }
    consumer.assign(&tpl).expect("assign");
    let deadline = tokio::time::Instant::now() + wait;
    let mut got = Vec::new();
    while !done(&got) {
        let left = deadline.saturating_duration_since(tokio::time::Instant::now());
        if left.is_zero() {
            break;
        }
        if let Ok(Ok(m)) = tokio::time::timeout(left, consumer.recv()).await {
            got.push(m.detach());
        }
    }
    got
}

/// Reads every record of every partition of `topic`, up to the end
/// offsets it has now: for reading outputs after the processors stopped.
async fn read_to_end(h: &Harness, topic: &str) -> Vec<OwnedMessage> {
    let (brokers, name, partitions) = (h.brokers.clone(), topic.to_owned(), h.partitions);
    let records = tokio::task::spawn_blocking(move || {
        let consumer: BaseConsumer = ClientConfig::new()
            .set("bootstrap.servers", &brokers)
            .create()
            .expect("watermark reader");
        (0..partitions)
            .map(|p| {
                let (low, high) = consumer
                    .fetch_watermarks(&name, p, Duration::from_secs(10))
                    .expect("watermarks");
                high - low
            })
            .sum::<i64>()
    })
    .await
    .expect("watermarks");
    let got = read_for(h, topic, WAIT, |m| {
        i64::try_from(m.len()).unwrap() >= records
    })
    .await;
    assert_eq!(
        i64::try_from(got.len()).unwrap(),
        records,
        "could not read {topic} to its end"
    );
    got
}

/// A valid protobuf ping (accuracy 10 m).
fn ping_value(user: &str, (lat, lon): (f64, f64), at: i64) -> Vec<u8> {
    encode_ping(&Ping {
        user_id: UserId::new(user).unwrap(),
        position: Position::new(lat, lon).unwrap(),
        accuracy: Accuracy::new(10.0).unwrap(),
        timestamp: Timestamp::from_millis(at).unwrap(),
    })
}

/// Produces a ping of `user` to partition `partition` of the pings topic
/// and waits for the acknowledgement.
async fn ping_to(h: &Harness, partition: i32, user: &str, position: (f64, f64), at: i64) {
    ping_produced(h, partition, user, position, at, None).await;
}

/// Like [`ping_to`], with the record's Kafka timestamp `produced` (the
/// producer's clock) instead of the wall clock.
async fn ping_produced(
    h: &Harness,
    partition: i32,
    user: &str,
    position: (f64, f64),
    at: i64,
    produced: Option<i64>,
) {
    let value = ping_value(user, position, at);
    let mut record = FutureRecord::to(&h.topics.pings)
        .key(user.as_bytes())
        .payload(&value)
        .partition(partition);
    if let Some(ms) = produced {
        record = record.timestamp(ms);
    }
    h.producer
        .send(record, Duration::from_secs(10))
        .await
        .map_err(|(e, _)| e)
        .expect("produce ping");
}

/// Like [`visit`], at a fence centred on `centre` (radius 50 m).
fn visit_at(
    user: &'static str,
    centre: (f64, f64),
    start: i64,
) -> Vec<(&'static str, (f64, f64), i64)> {
    let outside = (centre.0 + 0.003, centre.1);
    let mut pings = vec![(user, outside, start)];
    pings.extend((1..=4).map(|m| (user, centre, start + m * MIN)));
    pings.extend((5..=7).map(|m| (user, outside, start + m * MIN)));
    pings
}

/// Produces these pings in event-time order.
async fn send_pings(h: &Harness, mut pings: Vec<(&'static str, (f64, f64), i64)>) {
    pings.sort_by_key(|p| p.2);
    for (user, pos, at) in pings {
        h.ping(user, pos, at).await;
    }
}

/// A harness whose fence catalog holds, besides the test fence, the fences
/// of `geojson` (catalog version 2); the processor starts after they were
/// published, so it has them before it reads any ping.
async fn start_with_fences(consenting: &[&str], geojson: &str) -> Harness {
    let mut h = Harness::start_in(consenting, CAMPAIGNS, quick_rejoin()).await;
    h.stop_one().await;
    let catalog = perimeter_fences::parse_fences(
        geojson,
        perimeter_fences::FenceFormat::GeoJson,
        &perimeter_fences::ValidationLimits::default(),
    )
    .expect("extra test fences");
    let topic = h.topics.fences.clone();
    for f in catalog.fences() {
        h.produce(&topic, Some(f.id.as_str().as_bytes()), &encode_fence(f, 2))
            .await;
    }
    h.launch().await;
    h
}

fn kinds_at(evs: &[GeofenceEvent], user: &str, fence: &str) -> Vec<&'static str> {
    evs.iter()
        .filter(|e| e.user_id.as_str() == user && e.fence_id.as_str() == fence)
        .map(|e| e.kind.as_str())
        .collect()
}

fn count_triggers(msgs: &[OwnedMessage], user: &str) -> usize {
    triggers(msgs)
        .iter()
        .filter(|t| t.user_id.as_str() == user)
        .count()
}

// ---------------------------------------------------------------------------
// Consent is fail-closed.

/// A consent record granting location and offers, as the wire type, so
/// that a test can make it invalid in ways the model types forbid.
fn wire_grant(user: &str, version: u64) -> proto::ConsentRecord {
    proto::ConsentRecord {
        user_id: user.to_owned(),
        purposes: vec![
            proto::Purpose::Location as i32,
            proto::Purpose::Offers as i32,
        ],
        time_zone: "Europe/Berlin".into(),
        version,
        updated_at_ms: T0 - 50 * MIN,
        ..proto::ConsentRecord::default()
    }
}

fn wire_set(record: proto::ConsentRecord) -> Vec<u8> {
    proto::ConsentUpdate {
        update: Some(proto::consent_update::Update::Set(record)),
    }
    .encode_to_vec()
}

/// One unreadable consent update: what is wrong, the user it is about
/// (the record key), the key and value bytes.
struct BadUpdate {
    what: &'static str,
    user: &'static str,
    key: Vec<u8>,
    value: Vec<u8>,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreadable_newer_consent_update_denies_the_user_and_goes_to_the_dlq() {
    let cases = [
        BadUpdate {
            what: "blocked category \"fast food\" (with a space)",
            user: "user-a",
            key: b"user-a".to_vec(),
            value: wire_set(proto::ConsentRecord {
                blocked_categories: vec!["fast food".into()],
                ..wire_grant("user-a", 2)
            }),
        },
        BadUpdate {
            what: "quiet hours ending at minute 1440",
            user: "user-b",
            key: b"user-b".to_vec(),
            value: wire_set(proto::ConsentRecord {
                quiet_hours: Some(proto::QuietHours {
                    start_minute: 21 * 60,
                    end_minute: 1440,
                }),
                ..wire_grant("user-b", 2)
            }),
        },
        BadUpdate {
            what: "record key user-c, user id user-z in the value",
            user: "user-c",
            key: b"user-c".to_vec(),
            value: wire_set(wire_grant("user-z", 2)),
        },
    ];
    // Each really is unreadable; the DLQ must give this reason.
    let reasons: Vec<&'static str> = cases
        .iter()
        .map(|c| {
            decode_consent(Some(&c.key), &c.value)
                .expect_err(c.what)
                .reason()
                .as_str()
        })
        .collect();
    let h = Harness::start(&["user-a", "user-b", "user-c", "user-s"]).await;

    // Granted: a visit gives ENTER (and DWELL, EXIT) and the offer.
    let first = T0 - 40 * MIN;
    h.send_visits(&[
        ("user-a", first),
        ("user-b", first + 1000),
        ("user-c", first + 2000),
    ])
    .await;
    let evs = events(
        &h.read_until(&h.topics.events, |m| {
            cases.iter().all(|c| has_exit(c.user)(m))
        })
        .await,
    );
    let offers = h
        .read_until(&h.topics.offers, |m| {
            cases.iter().all(|c| count_triggers(m, c.user) >= 1)
        })
        .await;
    for c in &cases {
        assert_eq!(
            kinds_of(&evs, c.user),
            ["enter", "dwell", "exit"],
            "{}",
            c.user
        );
        assert_eq!(count_triggers(&offers, c.user), 1, "{}", c.user);
    }

    // A newer update nobody can read, acknowledged by the broker...
    let consent_topic = h.topics.consent.clone();
    for c in &cases {
        h.produce(&consent_topic, Some(&c.key), &c.value).await;
    }
    // ...so the next visit is one of a user who may have said no: no event,
    // no offer. user-s, who keeps consenting, walks in after everyone else
    // on the same partition: their EXIT proves the visits were processed.
    let second = T0 - 30 * MIN;
    h.send_visits(&[
        ("user-a", second),
        ("user-b", second + 1000),
        ("user-c", second + 2000),
        ("user-s", second + 8 * MIN),
    ])
    .await;
    let evs = events(&h.read_until(&h.topics.events, has_exit("user-s")).await);
    let offers = h
        .read_until(&h.topics.offers, |m| count_triggers(m, "user-s") >= 1)
        .await;
    let mut failures = Vec::new();
    for c in &cases {
        let after: Vec<_> = evs
            .iter()
            .filter(|e| e.user_id.as_str() == c.user && e.event_time.as_millis() >= second)
            .map(|e| e.kind.as_str())
            .collect();
        if !after.is_empty() {
            failures.push(format!(
                "{} ({}): events after the unreadable update: {after:?}",
                c.user, c.what
            ));
        }
        let n = count_triggers(&offers, c.user);
        if n > 1 {
            failures.push(format!(
                "{} ({}): {} offers after the unreadable update",
                c.user,
                c.what,
                n - 1
            ));
        }
    }

    // Each update is in the DLQ with its original key and value and the
    // reason in a header.
    let dlq = read_for(&h, &h.topics.dlq, Duration::from_secs(30), |m| {
        m.len() >= cases.len()
    })
    .await;
    for (c, reason) in cases.iter().zip(&reasons) {
        let found = dlq.iter().find_map(|record| {
            let entry = read_dlq(
                record.key(),
                record.payload(),
                record.timestamp().to_millis()?,
                record
                    .headers()
                    .into_iter()
                    .flat_map(|hs| hs.iter().map(|h| (h.key, h.value))),
            )
            .ok()?;
            (entry.topic == consent_topic && entry.key.as_deref() == Some(c.key.as_slice()))
                .then_some((record, entry))
        });
        let Some((record, entry)) = found else {
            failures.push(format!(
                "{} ({}): no DLQ record names {consent_topic} with key {:?} ({} DLQ records)",
                c.user,
                c.what,
                String::from_utf8_lossy(&c.key),
                dlq.len()
            ));
            continue;
        };
        if entry.value.as_deref() != Some(c.value.as_slice()) {
            failures.push(format!(
                "{} ({}): the DLQ record does not hold the original value",
                c.user, c.what
            ));
        }
        let header = record
            .headers()
            .and_then(|hs| hs.iter().find(|hd| hd.key == DLQ_REASON_HEADER))
            .and_then(|hd| hd.value);
        if header != Some(reason.as_bytes()) {
            failures.push(format!(
                "{} ({}): DLQ reason header {:?}, expected {reason:?}",
                c.user,
                c.what,
                header.map(String::from_utf8_lossy)
            ));
        }
    }
    h.stop().await;
    assert!(
        failures.is_empty(),
        "an unreadable newer consent update left the older grant in force:\n{}",
        failures.join("\n")
    );
}

// ---------------------------------------------------------------------------
// State never regresses.

/// End offsets of every changelog partition, as of now.
fn changelog_ends(h: &Harness) -> Vec<i64> {
    let c: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", &h.brokers)
        .create()
        .expect("watermarks client");
    (0..h.partitions)
        .map(|p| {
            c.fetch_watermarks(&h.topics.presence_state, p, Duration::from_secs(10))
                .expect("changelog watermarks")
                .1
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_released_partition_gets_no_more_state_from_its_old_owner() {
    const USERS: [(&str, i32); 2] = [("user-p0", 0), ("user-p1", 1)];
    let layout = Layout {
        partitions: 2,
        brokers: 2,
        ..quick_rejoin()
    };
    let mut h = Harness::start_in(&USERS.map(|(u, _)| u), CAMPAIGNS, layout).await;
    h.stop_one().await;
    // Outputs live on broker 2, everything else (pings, changelog, tables,
    // the group) on broker 1: slowing broker 2 holds back only outputs.
    for p in 0..h.partitions {
        for topic in [&h.topics.events, &h.topics.offers, &h.topics.dlq] {
            h.cluster
                .partition_leader(topic, p, Some(2))
                .expect("move output leader");
        }
        for topic in [&h.topics.pings, &h.topics.presence_state] {
            h.cluster
                .partition_leader(topic, p, Some(1))
                .expect("move leader");
        }
    }
    h.cluster
        .coordinator(MockCoordinator::Group("perimeter-test".into()), 1)
        .expect("coordinator");
    // The instance under test, with a 1 s drain deadline.
    let a = launch_with(&mut h, |c| c.shutdown_timeout = Duration::from_secs(1)).await;
    h.wait_assigned().await;
    // From now on its outputs take 5 s to be acknowledged, so the state of
    // the pings below waits behind them when a partition moves.
    h.cluster
        .broker_round_trip_time(2, Duration::from_secs(5))
        .expect("rtt");
    for m in 0..3 {
        for (user, p) in USERS {
            ping_to(&h, p, user, SHOP, T0 + m * MIN).await;
        }
    }
    let deadline = tokio::time::Instant::now() + WAIT;
    while a.summary().pings < 6 {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the pings were never taken"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // A member that only holds partitions joins the group: one partition
    // moves to it while the outputs of its pings are still in flight. It
    // never writes, so every changelog record after the point it got the
    // partition comes from the old owner.
    let holder: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", &h.brokers)
        .set("group.id", "perimeter-test")
        .set("session.timeout.ms", "6000")
        .set("enable.auto.commit", "false")
        .create()
        .expect("holder");
    holder.subscribe(&[&h.topics.pings]).expect("subscribe");
    let moved = loop {
        let _ = holder.poll(Duration::from_millis(100));
        let assigned = holder.assignment().expect("assignment");
        if let Some(e) = assigned.elements().first() {
            break e.partition();
        }
        assert!(tokio::time::Instant::now() < deadline, "no partition moved");
    };
    let released_at = changelog_ends(&h)[usize::try_from(moved).unwrap()];
    // The moved partition's outputs come through (acknowledged after the
    // release), then the old owner stops: everything it will ever write is
    // written.
    let moved_user = USERS[usize::try_from(moved).unwrap()].0;
    let _ = h
        .read_until(&h.topics.events, |m| {
            !kinds_of(&events(m), moved_user).is_empty()
        })
        .await;
    h.stop_one().await;
    let _ = holder.poll(Duration::ZERO);
    let late: Vec<(i64, String)> = read_to_end(&h, &h.topics.presence_state)
        .await
        .iter()
        .filter(|m| m.partition() == moved && m.offset() >= released_at)
        .map(|m| {
            let key = m.key().map(String::from_utf8_lossy).unwrap_or_default();
            (m.offset(), key.into_owned())
        })
        .collect();
    assert!(
        late.is_empty(),
        "the old owner wrote state for partition {moved} after it was released at changelog offset {released_at} (offset, key): {late:?}"
    );
}

// ---------------------------------------------------------------------------
// Time is the device's, bounded by the processor's.

/// How much faster than the wall clock the processor's clock runs in
/// [`a_device_clock_minutes_fast_cannot_make_other_users_late`].
const FAST_SPEED: f64 = 20.0;
/// A device pings every 15 s of simulated time.
const STEP_MS: i64 = 15_000;

/// Where a walking user is at step `k` of [`walk_in_real_time`]: outside,
/// inside from 15 s to 150 s (ENTER, then DWELL at 135 s, two minutes after
/// entering), outside from 165 s to 240 s (EXIT at 225 s, after the 60 s
/// debounce).
fn walk_position(k: i64) -> (f64, f64) {
    if (1..=10).contains(&k) { SHOP } else { OUTSIDE }
}

/// `users` walk into the test fence and out again, each pinging (to the
/// pings partition given with it) every 15 s of `clock` time, stamped with
/// `clock` (the processor's clock: correct device clocks). The `fast`
/// devices ping at the same cadence from far away, each to its partition,
/// stamped `ahead` ms ahead of the clock. Every record's Kafka timestamp
/// is `clock` when it is produced.
///
/// The sleeps here are the devices' cadence, not synchronisation.
async fn walk_in_real_time(
    h: &Harness,
    clock: Clock,
    users: &[(&str, i32)],
    fast: &[(&str, i32)],
    ahead: i64,
) {
    let far = (SHOP.0 - 0.01, SHOP.1);
    let start = clock.now().as_millis();
    for k in 0..=16 {
        let due = start + k * STEP_MS;
        let left_ms = due - clock.now().as_millis();
        if left_ms > 0 {
            #[allow(clippy::cast_precision_loss, reason = "a few minutes of milliseconds")]
            tokio::time::sleep(Duration::from_secs_f64(
                left_ms as f64 / 1000.0 / FAST_SPEED,
            ))
            .await;
        }
        // Produced through a service whose clock is the processor's (the
        // Kafka timestamp), whatever the device's clock says.
        for &(device, partition) in fast {
            let now = clock.now().as_millis();
            ping_produced(h, partition, device, far, now + ahead, Some(now)).await;
        }
        for &(user, partition) in users {
            let now = clock.now().as_millis();
            ping_produced(h, partition, user, walk_position(k), now, Some(now)).await;
        }
    }
}

/// Pings partitions of [`a_device_clock_minutes_fast_cannot_make_other_users_late`].
const FAST_PARTITIONS: i32 = 3;

fn names(v: &[(String, i32)]) -> Vec<(&str, i32)> {
    v.iter().map(|(u, p)| (u.as_str(), *p)).collect()
}

/// Two users per partition, `prefix-<partition>-<n>`.
fn spread(prefix: &str) -> Vec<(String, i32)> {
    (0..FAST_PARTITIONS)
        .flat_map(|p| (0..2).map(move |n| (format!("{prefix}-{p}-{n}"), p)))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_device_clock_minutes_fast_cannot_make_other_users_late() {
    let control = spread("ctl");
    let users = spread("user");
    let fast: Vec<(String, i32)> = (0..FAST_PARTITIONS)
        .map(|p| (format!("fast-device-{p}"), p))
        .collect();
    let (control, users, fast) = (names(&control), names(&users), names(&fast));
    let consenting: Vec<&str> = control
        .iter()
        .chain(&users)
        .chain(&fast)
        .map(|(u, _)| *u)
        .collect();
    // A fast device on every pings partition: each partition's watermark
    // is exposed to one.
    let layout = Layout {
        partitions: FAST_PARTITIONS,
        ..quick_rejoin()
    };
    let mut h = Harness::start_in(&consenting, CAMPAIGNS, layout).await;
    h.stop_one().await;
    // The test stamps pings with the processor's own clock, which runs 20
    // times faster than the wall clock so that visits take seconds. An
    // allowed lateness of 90 s (4.5 s of wall-clock time) leaves room for
    // the processor to lag behind the devices on a busy machine; the
    // devices three minutes fast still outrun it.
    let clock = Clock::accelerated(Timestamp::from_millis(T0).unwrap(), FAST_SPEED);
    launch_with(&mut h, |c| {
        c.clock = clock;
        c.allowed_lateness = Duration::from_secs(90);
    })
    .await;
    h.wait_assigned().await;

    // Control: the same walk without the fast devices.
    walk_in_real_time(&h, clock, &control, &[], 0).await;
    let control_events = events(
        &h.read_until(&h.topics.events, |m| {
            control.iter().all(|&(u, _)| has_exit(u)(m))
        })
        .await,
    );
    for (u, _) in &control {
        assert_eq!(
            kinds_of(&control_events, u),
            ["enter", "dwell", "exit"],
            "control {u}"
        );
    }

    // Now a device three minutes fast pings alongside, on every partition.
    walk_in_real_time(&h, clock, &users, &fast, 3 * MIN).await;
    // The fast devices then walk into the shop; their ENTERs (their own
    // time moves only their own visits) come after every ping above.
    for _ in 0..2 {
        for &(device, partition) in &fast {
            ping_to(
                &h,
                partition,
                device,
                SHOP,
                clock.now().as_millis() + 3 * MIN,
            )
            .await;
        }
    }
    // Each fast device's ENTER comes after every ping above on its pings
    // partition: once all are out, everything was processed. The users'
    // events are on other events partitions, which a reader may not have
    // fetched yet: stop the processor (it flushes its outputs) and read
    // every partition to its end.
    read_for(&h, &h.topics.events, WAIT, |m| {
        let evs = events(m);
        fast.iter().all(|(d, _)| !kinds_of(&evs, d).is_empty())
    })
    .await;
    h.stop_one().await;
    let evs = events(&read_to_end(&h, &h.topics.events).await);
    for (device, partition) in &fast {
        assert!(
            !kinds_of(&evs, device).is_empty(),
            "the fast device on partition {partition} never got its own ENTER: {:?}",
            evs.iter()
                .map(|e| (e.user_id.as_str(), e.kind.as_str()))
                .collect::<Vec<_>>()
        );
    }
    let got: Vec<(&str, i32, Vec<&str>)> = users
        .iter()
        .map(|&(u, p)| (u, p, kinds_of(&evs, u)))
        .collect();
    h.stop().await;
    assert!(
        got.iter().all(|(_, _, k)| *k == ["enter", "dwell", "exit"]),
        "devices stamping pings 3 minutes ahead of the processor's clock made other users' pings late (user, partition, events): {got:?}"
    );
}

// ---------------------------------------------------------------------------
// Consent is ordered before pings.

/// Produces pings of `user` (outside every fence) to `partition` until
/// `stop`, in rounds of 1000 records in flight; counts acknowledged ones.
async fn produce_backlog(
    producer: FutureProducer,
    topic: String,
    partition: i32,
    user: &'static str,
    stop: Arc<AtomicBool>,
    produced: Arc<AtomicU64>,
) {
    let mut n: i64 = 0;
    while !stop.load(Ordering::Relaxed) {
        let mut inflight = Vec::with_capacity(1000);
        for _ in 0..1000 {
            let value = ping_value(user, OUTSIDE, T0 - 55 * MIN + n);
            n += 1;
            let record = FutureRecord::to(&topic)
                .key(user.as_bytes())
                .payload(&value)
                .partition(partition);
            match producer.send_result(record) {
                Ok(delivery) => inflight.push(delivery),
                Err((e, _)) => panic!("backlog: {e}"),
            }
        }
        for delivery in inflight {
            delivery
                .await
                .expect("delivery")
                .map_err(|(e, _)| e)
                .expect("backlog delivered");
        }
        produced.fetch_add(1000, Ordering::Relaxed);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn consent_acknowledged_before_a_ping_applies_to_that_ping() {
    const PAIRS: usize = 50;
    /// The partition the checked pings go to; the backlog fills the other.
    const CHECKED: i32 = 0;
    const BACKLOG: i32 = 1;
    let granted: Vec<String> = (0..PAIRS).map(|i| format!("grant-{i:02}")).collect();
    let revoked: Vec<String> = (0..PAIRS).map(|i| format!("revoke-{i:02}")).collect();
    // The revoked users consent from the start; the granted ones never did.
    let mut consenting: Vec<&str> = revoked.iter().map(String::as_str).collect();
    consenting.extend(["backlog", "sentinel"]);
    let mut h = Harness::start_in(
        &consenting,
        CAMPAIGNS,
        Layout {
            partitions: 2,
            ..Layout::default()
        },
    )
    .await;
    h.wait_assigned().await;

    // A backlog of other pings, processed while consent and pings race.
    let stop = Arc::new(AtomicBool::new(false));
    let produced = Arc::new(AtomicU64::new(0));
    let backlog = tokio::spawn(produce_backlog(
        h.producer.clone(),
        h.topics.pings.clone(),
        BACKLOG,
        "backlog",
        Arc::clone(&stop),
        Arc::clone(&produced),
    ));
    let deadline = tokio::time::Instant::now() + WAIT;
    while produced.load(Ordering::Relaxed) < 20_000 {
        assert!(tokio::time::Instant::now() < deadline, "backlog too slow");
        tokio::task::yield_now().await;
        tokio::time::sleep(Duration::from_millis(10)).await;
    }

    // Each pair: consent acknowledged, then at once a ping at the shop.
    let base = T0 - 30 * MIN;
    let mut at = base;
    for (g, r) in granted.iter().zip(&revoked) {
        h.consent(g, everything(), 1).await;
        ping_to(&h, CHECKED, g, SHOP, at).await;
        at += 1000;
        h.consent(r, Purposes::NONE.with(Purpose::Offers), 2).await;
        ping_to(&h, CHECKED, r, SHOP, at).await;
        at += 1000;
    }
    stop.store(true, Ordering::Relaxed);
    backlog.await.expect("backlog task");
    // The sentinel's ENTER comes after every checked ping (same partition),
    // so when it is out, every checked ping was processed. The graceful stop
    // then flushes every output, and the output topics (two partitions
    // each) are read to their ends.
    ping_to(&h, CHECKED, "sentinel", SHOP, at).await;
    h.read_until(&h.topics.events, |m| {
        !kinds_of(&events(m), "sentinel").is_empty()
    })
    .await;
    let summary = h.stop_one().await;
    let evs = events(&read_to_end(&h, &h.topics.events).await);
    let offers = read_to_end(&h, &h.topics.offers).await;

    let grant_failures: Vec<String> = granted
        .iter()
        .filter_map(|g| {
            let kinds = kinds_of(&evs, g);
            let offered = count_triggers(&offers, g);
            (kinds != ["enter"] || offered != 1)
                .then(|| format!("{g}: {kinds:?}, {offered} offers"))
        })
        .collect();
    let revoke_failures: Vec<String> = revoked
        .iter()
        .filter_map(|r| {
            let kinds = kinds_of(&evs, r);
            (!kinds.is_empty()).then(|| format!("{r}: {kinds:?}"))
        })
        .collect();
    assert!(
        grant_failures.is_empty() && revoke_failures.is_empty(),
        "consent acknowledged before a ping did not apply to it: {} of {PAIRS} grants (want ENTER and the offer), {} of {PAIRS} revocations (want no event); backlog {} pings, {summary:?}\ngrants: {grant_failures:?}\nrevocations: {revoke_failures:?}",
        grant_failures.len(),
        revoke_failures.len(),
        produced.load(Ordering::Relaxed),
    );
}

// ---------------------------------------------------------------------------
// The watermark is partition state: it survives a restart.

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restart_keeps_the_watermark_so_late_pings_stay_late() {
    let mut h = Harness::start_in(&["user-a", "user-b", "user-c"], CAMPAIGNS, quick_rejoin()).await;
    // user-a's pings up to t: the partition's watermark is t - 30 s.
    let t = T0 - 2 * MIN;
    h.ping("user-a", OUTSIDE, t - MIN).await;
    h.ping("user-a", SHOP, t).await;
    h.read_until(&h.topics.events, |m| {
        !kinds_of(&events(m), "user-a").is_empty()
    })
    .await;
    let first = h.stop_one().await;
    assert_eq!(first.events, 1, "{first:?}");
    h.launch().await;
    h.wait_assigned().await;

    // user-b's ping is five minutes behind that watermark: late, as it
    // would have been for the first processor. user-c's ping after t comes
    // next on the same partition; its ENTER proves user-b's was processed.
    h.ping("user-b", SHOP, t - 5 * MIN).await;
    h.ping("user-c", SHOP, t + 10_000).await;
    let evs = events(
        &h.read_until(&h.topics.events, |m| {
            !kinds_of(&events(m), "user-c").is_empty()
        })
        .await,
    );
    h.stop().await;
    let b = kinds_of(&evs, "user-b");
    assert!(
        b.is_empty(),
        "a ping 5 minutes behind the watermark before the restart was not late after it: user-b got {b:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restored_quiet_partition_times_out_open_visits() {
    let mut h = Harness::start_in(&["user-a"], CAMPAIGNS, quick_rejoin()).await;
    h.stop_one().await;
    // Both processors share one clock running 30 times faster than the
    // wall clock: the 60 s deadline below is half an hour of processing
    // time, far beyond exit_after_silence (10 min) and idle_partition_after
    // (1 min), while the first processor is stopped within seconds of the
    // ENTER (20 s would be 10 minutes).
    let clock = Clock::accelerated(Timestamp::from_millis(T0).unwrap(), 30.0);
    launch_with(&mut h, |c| c.clock = clock).await;
    let now = clock.now().as_millis();
    h.ping("user-a", OUTSIDE, now - MIN).await;
    h.ping("user-a", SHOP, now).await;
    let evs = events(
        &h.read_until(&h.topics.events, |m| {
            !kinds_of(&events(m), "user-a").is_empty()
        })
        .await,
    );
    assert_eq!(kinds_of(&evs, "user-a"), ["enter"]);
    let visit_id = evs[0].visit_id;
    h.stop_one().await;
    let restarted_at = clock.now();
    launch_with(&mut h, |c| c.clock = clock).await;
    h.wait_assigned().await;

    // No ping arrives on the partition any more.
    let got = read_for(&h, &h.topics.events, WAIT, has_exit("user-a")).await;
    h.stop().await;
    let evs = events(&got);
    let exit = evs
        .iter()
        .find(|e| e.user_id.as_str() == "user-a" && matches!(e.kind, EventKind::Exit(_)));
    let Some(exit) = exit else {
        panic!(
            "the visit open at the restart never ended: {:?} after {} minutes of processing time without pings",
            kinds_of(&evs, "user-a"),
            clock.now().duration_since(restarted_at).as_secs() / 60
        );
    };
    assert_eq!(exit.kind, EventKind::Exit(ExitReason::Timeout));
    assert_eq!(exit.visit_id, visit_id);
    assert!(
        exit.processing_time >= restarted_at,
        "the EXIT came from the first processor, before the restart: {exit:?}"
    );
}

// ---------------------------------------------------------------------------
// Fences are active only inside their validity window; offers go out only
// while the store is open.

/// A fence like the test fence, 1.6 km away, whose validity ended in 2021.
const EXPIRED_CENTRE: (f64, f64) = (52.5300, 13.4200);
const EXPIRED_FENCE: &str = r#"{"type":"FeatureCollection","features":[
{"type":"Feature","id":"fence-expired","properties":{"store_id":"store-0002","name":"Closed-down coffee","tags":["coffee"],"timezone":"Europe/Berlin","dwell_s":120,"radius_m":50,"valid_from":"2020-01-01T00:00:00Z","valid_until":"2021-06-30T00:00:00Z"},
 "geometry":{"type":"Point","coordinates":[13.4200,52.5300]}}]}"#;

/// A fence like the test fence, 1.4 km away, open at weekends only (the
/// tests run on a Friday around 13:00 in Berlin).
const WEEKEND_CENTRE: (f64, f64) = (52.5100, 13.3900);
const WEEKEND_FENCE: &str = r#"{"type":"FeatureCollection","features":[
{"type":"Feature","id":"fence-weekend","properties":{"store_id":"store-0003","name":"Weekend coffee","tags":["coffee"],"timezone":"Europe/Berlin","dwell_s":120,"radius_m":50,"opening_hours":"Sa-Su 10:00-18:00"},
 "geometry":{"type":"Point","coordinates":[13.3900,52.5100]}}]}"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fence_outside_its_validity_window_produces_no_events() {
    let h = start_with_fences(&["user-a", "user-s"], EXPIRED_FENCE).await;
    // user-a spends four minutes inside the expired fence; then user-s
    // visits the test fence: their EXIT and offer come after everything
    // user-a's pings produced.
    let mut pings = visit_at("user-a", EXPIRED_CENTRE, T0 - 20 * MIN);
    pings.extend(visit("user-s", T0 - 12 * MIN));
    send_pings(&h, pings).await;
    let evs = events(&h.read_until(&h.topics.events, has_exit("user-s")).await);
    let offers = h
        .read_until(&h.topics.offers, |m| count_triggers(m, "user-s") >= 1)
        .await;
    h.stop().await;
    assert_eq!(kinds_of(&evs, "user-s"), ["enter", "dwell", "exit"]);
    let a = kinds_at(&evs, "user-a", "fence-expired");
    let offered = count_triggers(&offers, "user-a");
    assert!(
        a.is_empty() && offered == 0,
        "a fence whose validity ended in 2021 is still live: user-a got {a:?} and {offered} offers"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offers_wait_for_the_store_to_open() {
    let h = start_with_fences(&["user-a", "user-s"], WEEKEND_FENCE).await;
    let mut pings = visit_at("user-a", WEEKEND_CENTRE, T0 - 20 * MIN);
    pings.extend(visit("user-s", T0 - 12 * MIN));
    send_pings(&h, pings).await;
    let evs = events(&h.read_until(&h.topics.events, has_exit("user-s")).await);
    // One offers partition: user-s's offer comes after any of user-a's.
    let offers = h
        .read_until(&h.topics.offers, |m| count_triggers(m, "user-s") >= 1)
        .await;
    h.stop().await;
    // Events still flow while the store is closed...
    assert_eq!(
        kinds_at(&evs, "user-a", "fence-weekend"),
        ["enter", "dwell", "exit"]
    );
    // ...offers do not.
    let offered: Vec<String> = triggers(&offers)
        .iter()
        .filter(|t| t.user_id.as_str() == "user-a")
        .map(|t| format!("{} at {}", t.campaign_id.as_str(), t.fence_id.as_str()))
        .collect();
    assert!(
        offered.is_empty(),
        "offers sent on Friday at about 12:50 in Berlin for a store open Sa-Su 10:00-18:00: {offered:?}"
    );
}
