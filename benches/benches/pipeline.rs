//! `pipeline`: the whole processor against a Kafka cluster: librdkafka's
//! in-process mock cluster by default (the real Kafka protocol over
//! loopback TCP, in this process), or a real broker in its own process
//! given by `PERIMETER_BENCH_BROKERS=host:port` (Apache Kafka:
//! `scripts/bench_broker.sh` starts one and runs this bench against it).
//! The processor always runs in this process; the code is the same for
//! both targets except where the mock needs help (its 5 MB-per-partition
//! limit, checked; its fetch waits).
//!
//! Setup (not timed): 100,000 seeded fences (`Dataset::generate(42, _)`) on
//! the fences topic, consent records for 1,000,000 users (90% grant
//! `location` and `offers`, with no quiet hours of their own choosing, 10%
//! grant nothing), and 3 pings per user (3M protobuf pings, keyed by user
//! id, 64 partitions) on the pings topic. Each user stands at one spot: 5%
//! at a store's centre, the rest anywhere in a city with stores (the city
//! pings fall inside some fence too); pings jitter by a few metres, 60 s
//! of event time apart, accuracy 10 m. Every topic, consumer group and
//! transactional id carries a suffix unique to the invocation, so two
//! invocations against one broker never meet; on a real broker the topics
//! are created with the AdminClient (replication 1; the fences, consent
//! and changelog topics compacted), and deleted at the end.
//!
//! - `pipeline/process_3_pings_per_user`: one iteration starts a processor
//!   in a fresh consumer group with a fresh changelog topic, reads the
//!   fences and consent topics (not timed), then is timed from the first
//!   ping a worker takes until `run` returns: every ping decoded, gated,
//!   looked up, through presence and rules, every event, trigger and
//!   changelog record acknowledged by the broker, offsets committed.
//!   Throughput is pings per second. The id gets `/broker` and
//!   `/exactly_once` appended when they apply.
//! - Printed after the first pass: its counts, changelog records
//!   included. Printed afterwards: the CPU time per pass (this process; with
//!   `PERIMETER_BENCH_BROKER_PID`, also the broker's), and end-to-end
//!   latency at a fixed produce rate (`PERIMETER_BENCH_RATE`, default
//!   150k/s, half the 300k/s target) for 11 s, the first second being
//!   warm-up: pings stamped with the wall clock when produced (linger 20 ms
//!   on the mock, librdkafka's 5 ms on a broker; `PERIMETER_BENCH_LINGER_MS`),
//!   then for each trigger the time a separate read_committed consumer reads
//!   it back, and the time the offer was decided, minus its ping's
//!   timestamp; p50, p99, p99.9, max.
//!
//! Run: `cargo bench -p perimeter-benches --bench pipeline`
//! (`PERIMETER_BENCH_LATENCY_ONLY=1` skips the throughput part;
//! `PERIMETER_BENCH_TIMELINE=1` also prints the latency run per second;
//! `PERIMETER_BENCH_KAFKA=k=v,k=v` adds librdkafka properties to the
//! processor's clients; `PERIMETER_BENCH_GUARANTEE=exactly_once` runs the
//! processor in exactly-once mode, a transactional id per pass. The mock
//! cluster accepts it without keeping transaction state: there it measures
//! the commits' pauses and round trips, not the broker's transaction
//! markers; a real broker measures both.)
//! Sizes: `PERIMETER_BENCH_SIZES=100000` (fences; first value used),
//! `PERIMETER_BENCH_USERS=1000000`.
#![allow(
    missing_docs,
    clippy::print_stdout,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "benchmarks report on stdout; seeded setup data is valid by construction; a failed setup step must stop the benchmark"
)]

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use perimeter_benches::Dataset;
use perimeter_model::{
    Accuracy, ConsentRecord, ConsentUpdate, LocalTime, Ping, Position, Purpose, Purposes,
    QuietHours, Timestamp, UserId,
};
use perimeter_offers::CampaignRules;
use perimeter_stream::{Clock, ExactlyOnce, Guarantee, Processor, ProcessorConfig, Topics};
use perimeter_wire::{decode_event, decode_trigger, encode_consent, encode_fence, encode_ping};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rdkafka::ClientConfig;
use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::client::DefaultClientContext;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::Message;
use rdkafka::mocking::MockCluster;
use rdkafka::producer::{BaseRecord, DefaultProducerContext, Producer, ThreadedProducer};
use rdkafka::{Offset, TopicPartitionList};

/// Partitions of the pings, changelog and output topics. The mock cluster
/// keeps at most 5 MB per partition (older records are dropped, as if by
/// retention), so 3M pings need many partitions; a real broker gets the
/// same layout, so that the two targets differ only in the broker.
const PARTITIONS: i32 = 64;
/// Partitions of the latency run's topics: 10 s at 150k/s is about 3.3 MB
/// per partition, below the mock's 5 MB limit (checked after the run).
const LATENCY_PARTITIONS: i32 = 32;
/// Partitions of the fences and consent topics, for the same reason.
const TABLE_PARTITIONS: i32 = 32;
const PINGS_PER_USER: usize = 3;
/// Friday 2026-11-20 12:00 UTC.
const START_MS: i64 = 1_795_176_000_000;
const M_PER_DEG: f64 = 111_195.0;

const CAMPAIGNS: &str = r#"
[[campaign]]
id = "bench-retail-enter"
name = "Retail on enter"
event_kinds = ["enter"]
max_age = "1h"

[campaign.fences]
tags = ["retail"]

[campaign.offer]
id = "offer-bench"
category = "retail"
sender = "Bench Store"
message = "Welcome in"
"#;

fn fences() -> usize {
    std::env::var("PERIMETER_BENCH_SIZES")
        .ok()
        .and_then(|v| v.split(',').next().and_then(|s| s.trim().parse().ok()))
        .unwrap_or(100_000)
}

fn users() -> usize {
    std::env::var("PERIMETER_BENCH_USERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000)
}

/// `cargo bench` passes `--bench`; `cargo test --all-targets` does not.
fn measuring() -> bool {
    std::env::args().any(|a| a == "--bench")
}

fn user_id(u: usize) -> String {
    format!("user-{u:07}")
}

/// Where the benchmark's topics live.
enum Cluster {
    /// librdkafka's mock cluster, in this process.
    Mock(MockCluster<'static, DefaultProducerContext>),
    /// A broker in its own process (`PERIMETER_BENCH_BROKERS`).
    Broker {
        bootstrap: String,
        admin: AdminClient<DefaultClientContext>,
        /// Drives the AdminClient's futures (librdkafka answers them from
        /// its own thread; this only waits).
        rt: tokio::runtime::Runtime,
        /// Every topic this invocation created, deleted at the end.
        created: Mutex<Vec<String>>,
    },
}

impl Cluster {
    fn from_env() -> Self {
        match std::env::var("PERIMETER_BENCH_BROKERS") {
            Ok(bootstrap) if !bootstrap.is_empty() => {
                let admin = ClientConfig::new()
                    .set("bootstrap.servers", &bootstrap)
                    .create()
                    .expect("admin client");
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                Self::Broker {
                    bootstrap,
                    admin,
                    rt,
                    created: Mutex::new(Vec::new()),
                }
            }
            _ => Self::Mock(MockCluster::new(1).expect("mock cluster")),
        }
    }

    fn bootstrap(&self) -> String {
        match self {
            Self::Mock(cluster) => cluster.bootstrap_servers(),
            Self::Broker { bootstrap, .. } => bootstrap.clone(),
        }
    }

    const fn is_mock(&self) -> bool {
        matches!(self, Self::Mock(_))
    }

    /// Creates `name`; on a broker, one replica, compacted if asked (the
    /// mock cluster knows no topic configs), and waits until every
    /// partition has a leader.
    fn create_topic(&self, name: &str, partitions: i32, compacted: bool) {
        match self {
            Self::Mock(cluster) => cluster.create_topic(name, partitions, 1).expect("topic"),
            Self::Broker {
                bootstrap,
                admin,
                rt,
                created,
            } => {
                let mut topic = NewTopic::new(name, partitions, TopicReplication::Fixed(1));
                if compacted {
                    topic = topic.set("cleanup.policy", "compact");
                }
                let results = rt
                    .block_on(admin.create_topics([&topic], &AdminOptions::new()))
                    .expect("create topics");
                for r in results {
                    r.unwrap_or_else(|(t, e)| panic!("creating {t}: {e}"));
                }
                created.lock().unwrap().push(name.into());
                wait_for_leaders(bootstrap, name, partitions);
            }
        }
    }

    /// Deletes `names` from a broker (the mock cluster goes with the
    /// process).
    fn delete_topics(&self, names: &[&str]) {
        if let Self::Broker {
            admin, rt, created, ..
        } = self
        {
            let results = rt
                .block_on(admin.delete_topics(names, &AdminOptions::new()))
                .expect("delete topics");
            for r in results {
                if let Err((t, e)) = r {
                    println!("pipeline: deleting {t}: {e}");
                }
            }
            created
                .lock()
                .unwrap()
                .retain(|t| !names.contains(&t.as_str()));
        }
    }

    /// Deletes every topic this invocation created on a broker.
    fn delete_created(&self) {
        if let Self::Broker { created, .. } = self {
            let names = created.lock().unwrap().clone();
            if !names.is_empty() {
                self.delete_topics(&names.iter().map(String::as_str).collect::<Vec<_>>());
            }
        }
    }
}

/// Waits (bounded) until the broker's metadata shows `partitions` partitions
/// of `topic`, each with a leader.
fn wait_for_leaders(bootstrap: &str, topic: &str, partitions: i32) {
    let c: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .create()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let led = c
            .fetch_metadata(Some(topic), Duration::from_secs(10))
            .ok()
            .and_then(|m| {
                m.topics().first().map(|t| {
                    t.error().is_none()
                        && t.partitions().len() == usize::try_from(partitions).unwrap()
                        && t.partitions().iter().all(|p| p.leader() >= 0)
                })
            })
            .unwrap_or(false);
        if led {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{topic} has no leaders after 60 s"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Where each user stands.
fn spots(dataset: &Dataset, n: usize) -> Vec<(f64, f64)> {
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    (0..n)
        .map(|_| {
            if rng.random_bool(0.05) {
                let (lat, lon, _) =
                    dataset.store_centres[rng.random_range(0..dataset.store_centres.len())];
                (lat, lon)
            } else {
                let c = dataset.cities[rng.random_range(0..dataset.cities.len())];
                let d = c.radius_m * rng.random_range(0.0f64..1.0).sqrt();
                let a = rng.random_range(0.0..std::f64::consts::TAU);
                let lat = c.lat + d * a.sin() / M_PER_DEG;
                let lon = c.lon + d * a.cos() / (M_PER_DEG * c.lat.to_radians().cos());
                (lat, lon)
            }
        })
        .collect()
}

fn jittered(rng: &mut ChaCha8Rng, (lat, lon): (f64, f64)) -> Position {
    let j = 3.0 / M_PER_DEG;
    Position::new(lat + rng.random_range(-j..j), lon + rng.random_range(-j..j)).unwrap()
}

fn producer(cluster: &Cluster) -> ThreadedProducer<DefaultProducerContext> {
    // On the mock, 20 ms batches pings the way a mobile backend forwarding
    // them would. librdkafka's mock broker returns one record batch per
    // partition per fetch, so much smaller batches make any consumer of it
    // fall behind (measured at 150k/s with 5 ms: p99 1.2 s instead of
    // 46 ms). A real broker returns many batches per fetch: there the
    // producer keeps librdkafka's default (5 ms), as applications do.
    let default_linger = if cluster.is_mock() { "20" } else { "5" };
    let linger =
        std::env::var("PERIMETER_BENCH_LINGER_MS").unwrap_or_else(|_| default_linger.into());
    ClientConfig::new()
        .set("bootstrap.servers", cluster.bootstrap())
        .set("queue.buffering.max.messages", "1000000")
        .set("linger.ms", &linger)
        .create()
        .expect("producer")
}

fn send(p: &ThreadedProducer<DefaultProducerContext>, topic: &str, key: &[u8], value: &[u8]) {
    let mut record = BaseRecord::to(topic).key(key).payload(value);
    loop {
        match p.send(record) {
            Ok(()) => return,
            Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), r)) => {
                record = r;
                std::thread::sleep(Duration::from_millis(1));
            }
            Err((e, _)) => panic!("produce: {e}"),
        }
    }
}

struct World {
    cluster: Cluster,
    /// Unique to this invocation: every topic name, consumer group and
    /// transactional id carries it.
    id: String,
    topics: Topics,
    dataset: Dataset,
    spots: Vec<(f64, f64)>,
    pings: u64,
}

impl World {
    fn brokers(&self) -> String {
        self.cluster.bootstrap()
    }
}

/// A suffix no other invocation uses: the process id and the start time.
fn invocation_id() -> String {
    format!("{}-{:x}", std::process::id(), now_ms())
}

/// The default topic names with `.{id}` appended.
fn topics(id: &str) -> Topics {
    let d = Topics::default();
    let named = |t: &str| format!("{t}.{id}");
    Topics {
        pings: named(&d.pings),
        consent: named(&d.consent),
        fences: named(&d.fences),
        events: named(&d.events),
        offers: named(&d.offers),
        dlq: named(&d.dlq),
        suppressions: named(&d.suppressions),
        presence_state: named(&d.presence_state),
    }
}

/// A seeded user's consent. Those who grant everything chose no quiet hours
/// (an empty window replaces the default 21:00-08:00), so that the latency
/// run, whose processing clock is the system's, triggers offers whatever
/// the time of day it runs at.
fn consent(id: &str, grants: bool) -> ConsentUpdate {
    let midnight = LocalTime::new(0, 0).unwrap();
    let (purposes, quiet_hours) = if grants {
        (
            Purposes::NONE.with(Purpose::Location).with(Purpose::Offers),
            Some(QuietHours {
                start: midnight,
                end: midnight,
            }),
        )
    } else {
        (Purposes::NONE, None)
    };
    ConsentUpdate::Set(ConsentRecord {
        user_id: UserId::new(id).unwrap(),
        purposes,
        blocked_categories: Vec::new(),
        max_offers_per_day: None,
        quiet_hours,
        time_zone: "UTC".into(),
        version: 1,
        updated_at: Timestamp::from_millis(START_MS - 86_400_000).unwrap(),
    })
}

fn setup() -> World {
    let (n_fences, n_users) = (fences(), users());
    let started = Instant::now();
    let dataset = Dataset::generate(42, n_fences);
    let cluster = Cluster::from_env();
    let id = invocation_id();
    let topics = topics(&id);
    for t in [&topics.pings, &topics.events, &topics.offers, &topics.dlq] {
        cluster.create_topic(t, PARTITIONS, false);
    }
    for t in [&topics.fences, &topics.consent] {
        cluster.create_topic(t, TABLE_PARTITIONS, true);
    }
    let p = producer(&cluster);
    for f in dataset.catalog.fences() {
        send(
            &p,
            &topics.fences,
            f.id.as_str().as_bytes(),
            &encode_fence(f, 1),
        );
    }
    let mut rng = ChaCha8Rng::seed_from_u64(11);
    for u in 0..n_users {
        let id = user_id(u);
        let record = consent(&id, rng.random_bool(0.9));
        send(&p, &topics.consent, id.as_bytes(), &encode_consent(&record));
    }
    let spots = spots(&dataset, n_users);
    let mut pings = 0u64;
    for round in 0..PINGS_PER_USER {
        for (u, &spot) in spots.iter().enumerate() {
            let id = user_id(u);
            let offset = i64::try_from(u % 60_000).unwrap();
            let at = START_MS - 600_000 + i64::try_from(round).unwrap() * 60_000 + offset;
            let ping = Ping {
                user_id: UserId::new(&id).unwrap(),
                position: jittered(&mut rng, spot),
                accuracy: Accuracy::new(10.0).unwrap(),
                timestamp: Timestamp::from_millis(at).unwrap(),
            };
            send(&p, &topics.pings, id.as_bytes(), &encode_ping(&ping));
            pings += 1;
        }
    }
    p.flush(Duration::from_secs(300)).expect("flush");
    if cluster.is_mock() {
        assert_nothing_dropped(&cluster.bootstrap(), &topics);
    }
    println!(
        "pipeline setup ({}, {}, names *.{id}): {n_fences} fences, {n_users} users, {pings} pings produced in {:.1} s",
        if cluster.is_mock() {
            "librdkafka mock cluster".to_string()
        } else {
            format!("broker {}", cluster.bootstrap())
        },
        if exactly_once() {
            "exactly-once"
        } else {
            "at-least-once"
        },
        started.elapsed().as_secs_f64()
    );
    World {
        cluster,
        id,
        topics,
        dataset,
        spots,
        pings,
    }
}

/// Fails if the mock cluster's per-partition size limit dropped any record
/// of the input topics.
fn assert_nothing_dropped(brokers: &str, topics: &Topics) {
    let c: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .create()
        .unwrap();
    for (topic, partitions) in [
        (&topics.pings, PARTITIONS),
        (&topics.fences, TABLE_PARTITIONS),
        (&topics.consent, TABLE_PARTITIONS),
    ] {
        for p in 0..partitions {
            let (low, high) = c
                .fetch_watermarks(topic, p, Duration::from_secs(10))
                .unwrap();
            assert_eq!(
                low, 0,
                "{topic} [{p}] lost records up to {low} of {high}: use more partitions"
            );
        }
    }
}

/// A processor's configuration for pass `run` (a number, or "latency"): its
/// own consumer group, changelog topic and transactional id.
fn config(world: &World, run: &str, clock: Clock, partitions: i32) -> ProcessorConfig {
    let name = format!("bench-{}-{run}", world.id);
    let mut config = ProcessorConfig::new(
        world.brokers(),
        name.clone(),
        CampaignRules::from_toml_str(CAMPAIGNS).unwrap(),
    );
    config.topics = world.topics.clone();
    let state = format!("{}.{run}", world.topics.presence_state);
    world.cluster.create_topic(&state, partitions, true);
    config.topics.presence_state = state;
    config.clock = clock;
    // Extra librdkafka properties for experiments: "k=v,k=v".
    if let Ok(extra) = std::env::var("PERIMETER_BENCH_KAFKA") {
        for kv in extra.split(',').filter(|kv| !kv.is_empty()) {
            if let Some((k, v)) = kv.split_once('=') {
                config.kafka_properties.push((k.into(), v.into()));
            }
        }
    }
    config.startup_timeout = Duration::from_secs(600);
    config.shutdown_timeout = Duration::from_secs(120);
    if exactly_once() {
        config.guarantee = Guarantee::ExactlyOnce(ExactlyOnce::new(name));
    }
    config
}

/// `PERIMETER_BENCH_GUARANTEE=exactly_once`.
fn exactly_once() -> bool {
    std::env::var("PERIMETER_BENCH_GUARANTEE").is_ok_and(|g| g == "exactly_once")
}

/// The broker's process id, `PERIMETER_BENCH_BROKER_PID`, if given.
fn broker_pid() -> Option<u32> {
    std::env::var("PERIMETER_BENCH_BROKER_PID")
        .ok()
        .and_then(|v| v.parse().ok())
}

/// CPU time (user and system) process `pid` (this one if `None`) has used
/// so far, from /proc/PID/stat; `None` where that is not available.
fn process_cpu(pid: Option<u32>) -> Option<Duration> {
    let path = pid.map_or_else(|| "/proc/self/stat".into(), |p| format!("/proc/{p}/stat"));
    let stat = std::fs::read_to_string(path).ok()?;
    // Fields after the command name, which is in parentheses.
    let rest = &stat[stat.rfind(')')? + 2..];
    let mut fields = rest.split_whitespace().skip(11);
    let utime: u64 = fields.next()?.parse().ok()?;
    let stime: u64 = fields.next()?.parse().ok()?;
    // USER_HZ is 100 on every Linux target Rust supports.
    Some(Duration::from_millis((utime + stime) * 10))
}

/// CPU time used between two readings of [`process_cpu`].
fn cpu_since(pid: Option<u32>, before: Option<Duration>) -> Option<Duration> {
    process_cpu(pid)
        .zip(before)
        .map(|(after, before)| after.saturating_sub(before))
}

/// What one timed pass cost.
struct Pass {
    /// Wall time from the first ping a worker took until `run` returned.
    elapsed: Duration,
    /// CPU time of this process while the processor ran (the mock
    /// cluster's broker threads included, when it is the target).
    cpu: Option<Duration>,
    /// CPU time of the broker's process, if its pid was given.
    broker_cpu: Option<Duration>,
}

/// One timed pass over every ping.
fn process_all(rt: &tokio::runtime::Runtime, world: &World, run: usize) -> Pass {
    let clock = Clock::accelerated(Timestamp::from_millis(START_MS).unwrap(), 1.0);
    let connecting = Instant::now();
    let config = config(world, &run.to_string(), clock, PARTITIONS);
    let state = config.topics.presence_state.clone();
    let processor = rt.block_on(Processor::connect(config)).expect("connect");
    if run == 0 {
        println!(
            "pipeline connect (fences and consent read, index built): {:.1} s",
            connecting.elapsed().as_secs_f64()
        );
    }
    let progress = processor.progress();
    let total = world.pings;
    let first = Arc::new(Mutex::new(None::<Instant>));
    let first_seen = Arc::clone(&first);
    let broker = broker_pid();
    let (cpu_before, broker_before) = (process_cpu(None), process_cpu(broker));
    let summary = rt
        .block_on(processor.run(async move {
            loop {
                let done = progress.summary().pings;
                if done > 0 {
                    first_seen.lock().unwrap().get_or_insert_with(Instant::now);
                }
                if done >= total {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(1)).await;
            }
        }))
        .expect("run");
    let cpu = cpu_since(None, cpu_before);
    let broker_cpu = broker.and_then(|pid| cpu_since(Some(pid), broker_before));
    let elapsed = first
        .lock()
        .unwrap()
        .expect("pings were processed")
        .elapsed();
    assert_eq!(summary.pings, total);
    if run == 0 {
        println!(
            "pipeline pass: {} pings, {} events, {} triggers, {} dlq, {} changelog records in {:.2} s",
            summary.pings,
            summary.events,
            summary.triggers,
            summary.dlq,
            records_in(&world.brokers(), &state, PARTITIONS),
            elapsed.as_secs_f64()
        );
    }
    // A pass's changelog is of no use to the next one: keep the broker's
    // topic count and disk use flat.
    world.cluster.delete_topics(&[&state]);
    Pass {
        elapsed,
        cpu,
        broker_cpu,
    }
}

/// Records written to `topic` (its high watermarks added up: compaction
/// removes records, never offsets).
fn records_in(brokers: &str, topic: &str, partitions: i32) -> i64 {
    let c: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .create()
        .unwrap();
    (0..partitions)
        .map(|p| {
            c.fetch_watermarks(topic, p, Duration::from_secs(10))
                .unwrap()
                .1
        })
        .sum()
}

/// A read_committed consumer assigned to every partition of `topic` from
/// the beginning.
fn assigned(brokers: &str, topic: &str, partitions: i32) -> BaseConsumer {
    let c: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .set("group.id", "latency-reader")
        .set("isolation.level", "read_committed")
        .set("fetch.wait.max.ms", "5")
        .set("fetch.queue.backoff.ms", "5")
        .set("fetch.error.backoff.ms", "5")
        .set("enable.auto.commit", "false")
        .create()
        .unwrap();
    let mut tpl = TopicPartitionList::new();
    for p in 0..partitions {
        tpl.add_partition_offset(topic, p, Offset::Beginning)
            .unwrap();
    }
    c.assign(&tpl).unwrap();
    c
}

/// Polls `c` (from [`assigned`]) and hands every record to `each` with the
/// time it was read, until it has read `want` records. `want` is
/// `u64::MAX` until the writer knows how many it wrote (the processor's
/// own count, once `run` returned): no timeout decides when reading stops;
/// one minute after the count is known, a shortfall is an error.
fn read_all(c: &BaseConsumer, want: &AtomicU64, mut each: impl FnMut(&[u8], i64)) {
    let mut read = 0u64;
    let mut known_since: Option<Instant> = None;
    loop {
        let want = want.load(Ordering::Acquire);
        if read >= want {
            return;
        }
        if want != u64::MAX {
            let since = *known_since.get_or_insert_with(Instant::now);
            assert!(
                since.elapsed() < Duration::from_secs(60),
                "read back {read} of {want} records in a minute"
            );
        }
        match c.poll(Duration::from_millis(50)) {
            Some(Ok(m)) => {
                let read_at = now_ms();
                read += 1;
                if let Some(payload) = m.payload() {
                    each(payload, read_at);
                }
            }
            Some(Err(e)) => panic!("reading back: {e}"),
            None => {}
        }
    }
}

fn now_ms() -> i64 {
    i64::try_from(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_millis(),
    )
    .unwrap()
}

/// Produces pings at `rate` per second for `seconds`, stamped with the wall
/// clock, and measures produce-to-trigger latency as seen by a consumer.
#[allow(
    clippy::too_many_lines,
    reason = "one measurement, in the order it happens"
)]
fn latency(rt: &tokio::runtime::Runtime, world: &World, rate: u64, seconds: u64) {
    let partitions = std::env::var("PERIMETER_BENCH_LATENCY_PARTITIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(LATENCY_PARTITIONS);
    let mut config = config(world, "latency", Clock::system(), partitions);
    for t in [
        &mut config.topics.pings,
        &mut config.topics.events,
        &mut config.topics.offers,
    ] {
        *t = format!("{t}.latency");
        world.cluster.create_topic(t, partitions, false);
    }
    if world.cluster.is_mock() {
        // librdkafka's mock broker answers a fetch only when
        // `fetch.wait.max.ms` (default 500 ms) runs out, not as soon as data
        // arrives as a real broker does with `fetch.min.bytes=1`; without
        // this the figure would measure that wait. A real broker gets
        // Perimeter's defaults.
        config
            .kafka_properties
            .push(("fetch.wait.max.ms".into(), "10".into()));
    }
    let topics = config.topics.clone();
    let health = config.health.clone();
    let processor = rt.block_on(Processor::connect(config)).expect("connect");
    let progress = processor.progress();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let running = rt.spawn(processor.run(async move {
        let _ = stop_rx.await;
    }));
    let deadline = Instant::now() + Duration::from_secs(60);
    while health.report().assigned_partitions < usize::try_from(partitions).unwrap()
        || !health.is_ready()
    {
        assert!(Instant::now() < deadline, "partitions never assigned");
        std::thread::sleep(Duration::from_millis(20));
    }

    // The reader, a downstream consumer of offers (read_committed: under
    // exactly-once it sees a trigger once its transaction commits): notes
    // when each trigger arrives. Event times (= the ping's produce time) are
    // looked up from the events topic afterwards, so reading events does
    // not delay it.
    let triggers = Arc::new(AtomicU64::new(u64::MAX));
    let reader = {
        let (brokers, topic, want) = (
            world.brokers(),
            topics.offers.clone(),
            Arc::clone(&triggers),
        );
        std::thread::spawn(move || {
            let c = assigned(&brokers, &topic, partitions);
            // (event id, trigger created_at, read time)
            let mut seen: Vec<(String, i64, i64)> = Vec::new();
            read_all(&c, &want, |payload, read_at| {
                if let Ok(t) = decode_trigger(payload) {
                    seen.push((t.event_id.to_string(), t.created_at.as_millis(), read_at));
                }
            });
            seen
        })
    };

    // The producer, paced in 1 ms slots.
    let p = producer(&world.cluster);
    let mut rng = ChaCha8Rng::seed_from_u64(99);
    let started = Instant::now();
    // The first second warms up (the reader resolves its start offsets,
    // fetch sessions form): its triggers are not measured.
    let measure_from = now_ms() + 1000;
    let total = rate * (seconds + 1);
    let mut sent = 0u64;
    let n_users = world.spots.len();
    while sent < total {
        let due = u64::try_from(started.elapsed().as_micros()).unwrap() * rate / 1_000_000;
        if sent >= due {
            std::thread::sleep(Duration::from_micros(200));
            continue;
        }
        let at = Timestamp::from_millis(now_ms()).unwrap();
        while sent < due.min(total) {
            let u = rng.random_range(0..n_users);
            let id = user_id(u);
            let ping = Ping {
                user_id: UserId::new(&id).unwrap(),
                position: jittered(&mut rng, world.spots[u]),
                accuracy: Accuracy::new(10.0).unwrap(),
                timestamp: at,
            };
            send(&p, &topics.pings, id.as_bytes(), &encode_ping(&ping));
            sent += 1;
        }
    }
    let produced_in = started.elapsed();
    p.flush(Duration::from_secs(60)).expect("flush");
    if world.cluster.is_mock() {
        let c: BaseConsumer = ClientConfig::new()
            .set("bootstrap.servers", world.brokers())
            .create()
            .unwrap();
        for part in 0..partitions {
            let (low, _) = c
                .fetch_watermarks(&topics.pings, part, Duration::from_secs(10))
                .unwrap();
            assert_eq!(low, 0, "the mock dropped pings: use more partitions");
        }
    }
    // Every ping taken up, then stopped: `run` returns once everything it
    // produced is acknowledged (and, under exactly-once, committed), and
    // the reader then knows how many triggers to expect.
    let drain_deadline = Instant::now() + Duration::from_secs(120);
    while progress.summary().pings < total {
        assert!(
            Instant::now() < drain_deadline,
            "the processor did not take up every latency ping"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    let _ = stop_tx.send(());
    let summary = rt.block_on(running).unwrap().expect("run");
    triggers.store(summary.triggers, Ordering::Release);
    let seen = reader.join().unwrap();
    // Every event, read after the fact.
    let mut event_time: HashMap<String, i64> = HashMap::new();
    {
        let c = assigned(&world.brokers(), &topics.events, partitions);
        read_all(&c, &AtomicU64::new(summary.events), |payload, _| {
            if let Ok(e) = decode_event(payload) {
                event_time.insert(e.id.to_string(), e.event_time.as_millis());
            }
        });
    }
    let pairs: Vec<(i64, i64)> = seen
        .iter()
        .filter_map(|(event, decided, read_at)| {
            event_time
                .get(event)
                .filter(|&&t| t >= measure_from)
                .map(|t| (read_at - t, decided - t))
        })
        .collect();
    if std::env::var_os("PERIMETER_BENCH_TIMELINE").is_some() {
        // Per second of the run: triggers and their median decided latency.
        let mut by_second: std::collections::BTreeMap<i64, Vec<i64>> =
            std::collections::BTreeMap::new();
        for (event, decided, _) in &seen {
            if let Some(&t) = event_time.get(event) {
                by_second
                    .entry((t - measure_from + 1000).div_euclid(1000))
                    .or_default()
                    .push(decided - t);
            }
        }
        for (second, mut v) in by_second {
            v.sort_unstable();
            println!(
                "  second {second}: {} triggers, decided p50 {} ms, max {} ms",
                v.len(),
                v[v.len() / 2],
                v[v.len() - 1]
            );
        }
    }
    let (mut read_back, mut decided): (Vec<i64>, Vec<i64>) = pairs.into_iter().unzip();
    read_back.sort_unstable();
    decided.sort_unstable();
    let pct = |v: &[i64], q: f64| {
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            clippy::cast_precision_loss,
            reason = "an index into a vector"
        )]
        let i = ((v.len() as f64 - 1.0) * q).round() as usize;
        v.get(i).copied().unwrap_or(-1)
    };
    println!(
        "pipeline latency at {rate} pings/s for {:.1} s ({} pings, {} events, {} triggers; {} triggers read back, {} measured after a 1 s warm-up):",
        produced_in.as_secs_f64(),
        total,
        summary.events,
        summary.triggers,
        seen.len(),
        read_back.len(),
    );
    assert!(
        !measuring() || !read_back.is_empty(),
        "no trigger measured: the latency figures would be empty"
    );
    for (what, v) in [
        ("produce -> trigger read back", &read_back),
        ("produce -> offer decided    ", &decided),
    ] {
        println!(
            "  {what}: p50 {} ms, p99 {} ms, p99.9 {} ms, max {} ms",
            pct(v, 0.5),
            pct(v, 0.99),
            pct(v, 0.999),
            v.last().copied().unwrap_or(-1),
        );
    }
    let _ = &world.dataset;
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let world = setup();
    let default_rate = if measuring() { 150_000 } else { 2_000 };
    let rate = std::env::var("PERIMETER_BENCH_RATE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default_rate);
    let seconds = if measuring() { 10 } else { 1 };
    if std::env::var_os("PERIMETER_BENCH_LATENCY_ONLY").is_some() {
        latency(&rt, &world, rate, seconds);
        world.cluster.delete_created();
        return;
    }
    let mut group = c.benchmark_group("pipeline");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(1));
    group.measurement_time(Duration::from_secs(60));
    group.throughput(Throughput::Elements(world.pings));
    let mut name = String::from("process_3_pings_per_user");
    if !world.cluster.is_mock() {
        name.push_str("/broker");
    }
    if exactly_once() {
        name.push_str("/exactly_once");
    }
    let mut run = 0;
    let mut cpu = (Duration::ZERO, Duration::ZERO, 0_u32);
    group.bench_function(name, |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let pass = process_all(&rt, &world, run);
                total += pass.elapsed;
                if let Some(used) = pass.cpu {
                    cpu.0 += used;
                    cpu.1 += pass.broker_cpu.unwrap_or_default();
                    cpu.2 += 1;
                }
                run += 1;
            }
            total
        });
    });
    group.finish();
    if cpu.2 > 0 {
        // CPU time is steadier than wall time on a shared machine.
        let per_pass = cpu.0 / cpu.2;
        #[allow(clippy::cast_precision_loss, reason = "ping counts are far below 2^52")]
        let per_ping_us = per_pass.as_secs_f64() * 1e6 / world.pings as f64;
        let whose = if world.cluster.is_mock() {
            "all threads, mock cluster included"
        } else {
            "this process: the processor and the bench's threads"
        };
        println!(
            "pipeline CPU time per pass ({whose}): {:.2} s, {per_ping_us:.2} us per ping ({} passes)",
            per_pass.as_secs_f64(),
            cpu.2
        );
        if broker_pid().is_some() {
            println!(
                "pipeline broker CPU time per pass (PERIMETER_BENCH_BROKER_PID): {:.2} s",
                (cpu.1 / cpu.2).as_secs_f64()
            );
        }
    }
    latency(&rt, &world, rate, seconds);
    world.cluster.delete_created();
}

criterion_group!(benches, bench);
criterion_main!(benches);
