//! `pipeline`: the whole processor against librdkafka's in-process mock
//! cluster, which speaks the real Kafka protocol over loopback TCP.
//!
//! Setup (not timed): 100,000 seeded fences (`Dataset::generate(42, _)`) on
//! the fences topic, consent records for 1,000,000 users (90% grant
//! `location` and `offers`, 10% grant nothing), and 3 pings per user (3M
//! protobuf pings, keyed by user id, 6 partitions) on the pings topic. Each
//! user stands at one spot: 5% at a store's centre, the rest anywhere in a
//! city with stores (the city pings fall inside some fence too); pings
//! jitter by a few metres, 60 s of event time apart, accuracy 10 m.
//!
//! - `pipeline/process_3_pings_per_user`: one iteration starts a processor
//!   in a fresh consumer group with a fresh changelog topic, reads the
//!   fences and consent topics (not timed), then is timed from the first
//!   ping a worker takes until `run` returns: every ping decoded, gated,
//!   looked up, through presence and rules, every event, trigger and
//!   changelog record acknowledged by the broker, offsets committed.
//!   Throughput is pings per second. Printed after the first pass: its
//!   counts, changelog records included; after all passes: the CPU time
//!   per pass.
//! - Printed afterwards: end-to-end latency at a fixed produce rate (half
//!   the 300k/s target by default, `PERIMETER_BENCH_RATE`) for 11 s, the
//!   first second being warm-up: pings stamped with the wall clock when
//!   produced (linger 20 ms, `PERIMETER_BENCH_LINGER_MS`), then for each
//!   trigger the time a separate consumer reads it back, and the time the
//!   offer was decided, minus its ping's timestamp; p50, p99, p99.9, max.
//!
//! Run: `cargo bench -p perimeter-benches --bench pipeline`
//! (`PERIMETER_BENCH_LATENCY_ONLY=1` skips the throughput part;
//! `PERIMETER_BENCH_KAFKA=k=v,k=v` adds librdkafka properties to the
//! processor's clients; `PERIMETER_BENCH_GUARANTEE=exactly_once` runs the
//! processor in exactly-once mode, which the mock cluster accepts without
//! keeping transaction state: it measures the commits' pauses and round
//! trips, not the broker's transaction markers.)
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
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use perimeter_benches::Dataset;
use perimeter_model::{
    Accuracy, ConsentRecord, ConsentUpdate, Ping, Position, Purpose, Purposes, Timestamp, UserId,
};
use perimeter_offers::CampaignRules;
use perimeter_stream::{Clock, ExactlyOnce, Guarantee, Processor, ProcessorConfig, Topics};
use perimeter_wire::{decode_event, decode_trigger, encode_consent, encode_fence, encode_ping};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rdkafka::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::Message;
use rdkafka::mocking::MockCluster;
use rdkafka::producer::{BaseRecord, DefaultProducerContext, Producer, ThreadedProducer};
use rdkafka::{Offset, TopicPartitionList};

/// Partitions of the pings, changelog and output topics. The mock cluster
/// keeps at most 5 MB per partition (older records are dropped, as if by
/// retention), so 3M pings need many partitions.
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

fn producer(brokers: &str) -> ThreadedProducer<DefaultProducerContext> {
    // 20 ms batches pings the way a mobile backend forwarding them would.
    // librdkafka's mock broker returns one record batch per partition per
    // fetch, so much smaller batches make any consumer of it fall behind
    // (measured at 150k/s with 5 ms: p99 1.2 s instead of 46 ms); a real
    // broker returns many batches per fetch.
    let linger = std::env::var("PERIMETER_BENCH_LINGER_MS").unwrap_or_else(|_| "20".into());
    ClientConfig::new()
        .set("bootstrap.servers", brokers)
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
    cluster: MockCluster<'static, DefaultProducerContext>,
    brokers: String,
    dataset: Dataset,
    spots: Vec<(f64, f64)>,
    pings: u64,
}

fn setup() -> World {
    let (n_fences, n_users) = (fences(), users());
    let started = Instant::now();
    let dataset = Dataset::generate(42, n_fences);
    let cluster = MockCluster::new(1).expect("mock cluster");
    let topics = Topics::default();
    for t in [&topics.pings, &topics.events, &topics.offers, &topics.dlq] {
        cluster.create_topic(t, PARTITIONS, 1).expect("topic");
    }
    for t in [&topics.fences, &topics.consent] {
        cluster.create_topic(t, TABLE_PARTITIONS, 1).expect("topic");
    }
    let brokers = cluster.bootstrap_servers();
    let p = producer(&brokers);
    for f in dataset.catalog.fences() {
        send(
            &p,
            &topics.fences,
            f.id.as_str().as_bytes(),
            &encode_fence(f, 1),
        );
    }
    let mut rng = ChaCha8Rng::seed_from_u64(11);
    let everything = Purposes::NONE.with(Purpose::Location).with(Purpose::Offers);
    for u in 0..n_users {
        let id = user_id(u);
        let purposes = if rng.random_bool(0.9) {
            everything
        } else {
            Purposes::NONE
        };
        let record = ConsentUpdate::Set(ConsentRecord {
            user_id: UserId::new(&id).unwrap(),
            purposes,
            blocked_categories: Vec::new(),
            max_offers_per_day: None,
            quiet_hours: None,
            time_zone: "UTC".into(),
            version: 1,
            updated_at: Timestamp::from_millis(START_MS - 86_400_000).unwrap(),
        });
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
    assert_nothing_dropped(&brokers, &topics);
    println!(
        "pipeline setup: {n_fences} fences, {n_users} users, {pings} pings produced in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    World {
        cluster,
        brokers,
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

fn config(world: &World, run: &str, clock: Clock, partitions: i32) -> ProcessorConfig {
    let mut config = ProcessorConfig::new(
        world.brokers.clone(),
        format!("bench-{run}"),
        CampaignRules::from_toml_str(CAMPAIGNS).unwrap(),
    );
    let state = format!("perimeter.presence-state.{run}");
    world
        .cluster
        .create_topic(&state, partitions, 1)
        .expect("topic");
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
        config.guarantee = Guarantee::ExactlyOnce(ExactlyOnce::new(format!("bench-{run}")));
    }
    config
}

/// `PERIMETER_BENCH_GUARANTEE=exactly_once`.
fn exactly_once() -> bool {
    std::env::var("PERIMETER_BENCH_GUARANTEE").is_ok_and(|g| g == "exactly_once")
}

/// CPU time (user and system) this process has used so far, from
/// /proc/self/stat; `None` where that is not available.
fn process_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in parentheses.
    let rest = &stat[stat.rfind(')')? + 2..];
    let mut fields = rest.split_whitespace().skip(11);
    let utime: u64 = fields.next()?.parse().ok()?;
    let stime: u64 = fields.next()?.parse().ok()?;
    // USER_HZ is 100 on every Linux target Rust supports.
    Some(Duration::from_millis((utime + stime) * 10))
}

/// One timed pass over every ping: its wall time (from the first ping a
/// worker took) and the CPU time the whole process used while the
/// processor ran (the mock cluster's broker threads included).
fn process_all(
    rt: &tokio::runtime::Runtime,
    world: &World,
    run: usize,
) -> (Duration, Option<Duration>) {
    let clock = Clock::accelerated(Timestamp::from_millis(START_MS).unwrap(), 1.0);
    let connecting = Instant::now();
    let processor = rt
        .block_on(Processor::connect(config(
            world,
            &run.to_string(),
            clock,
            PARTITIONS,
        )))
        .expect("connect");
    if run == 0 {
        println!(
            "pipeline connect (fences and consent read, index built): {:.1} s",
            connecting.elapsed().as_secs_f64()
        );
    }
    let progress = processor.progress();
    let total = world.pings;
    let first = Arc::new(std::sync::Mutex::new(None::<Instant>));
    let first_seen = Arc::clone(&first);
    let cpu_before = process_cpu();
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
    let cpu = process_cpu()
        .zip(cpu_before)
        .map(|(after, before)| after.saturating_sub(before));
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
            records_in(
                &world.brokers,
                &format!("perimeter.presence-state.{run}"),
                PARTITIONS
            ),
            elapsed.as_secs_f64()
        );
    }
    (elapsed, cpu)
}

/// Records in `topic` (its high watermarks added up; nothing is compacted
/// or deleted on the mock cluster within a pass).
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

/// A consumer assigned to every partition of `topic` from the beginning.
fn assigned(brokers: &str, topic: &str, partitions: i32) -> BaseConsumer {
    let c: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .set("group.id", "latency-reader")
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
fn latency(rt: &tokio::runtime::Runtime, world: &World, rate: u64, seconds: u64) {
    let partitions = std::env::var("PERIMETER_BENCH_LATENCY_PARTITIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(LATENCY_PARTITIONS);
    let mut config = config(world, "latency", Clock::system(), partitions);
    for (t, name) in [
        (&mut config.topics.pings, "perimeter.pings.latency"),
        (&mut config.topics.events, "perimeter.events.latency"),
        (&mut config.topics.offers, "perimeter.offers.latency"),
    ] {
        world
            .cluster
            .create_topic(name, partitions, 1)
            .expect("topic");
        *t = name.into();
    }
    // librdkafka's mock broker answers a fetch only when `fetch.wait.max.ms`
    // (default 500 ms) runs out, not as soon as data arrives as a real
    // broker does with `fetch.min.bytes=1`; without this the figure would
    // measure that wait.
    config
        .kafka_properties
        .push(("fetch.wait.max.ms".into(), "10".into()));
    let topics = config.topics.clone();
    let health = config.health.clone();
    let processor = rt.block_on(Processor::connect(config)).expect("connect");
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

    // The reader, a downstream consumer of offers: notes when each trigger
    // arrives. Event times (= the ping's produce time) are looked up from
    // the events topic afterwards, so reading events does not delay it.
    let reading = Arc::new(AtomicBool::new(true));
    let reader = {
        let (brokers, topics, reading) =
            (world.brokers.clone(), topics.clone(), Arc::clone(&reading));
        std::thread::spawn(move || {
            let c = assigned(&brokers, &topics.offers, partitions);
            // (event id, trigger created_at, read time)
            let mut seen: Vec<(String, i64, i64)> = Vec::new();
            while reading.load(Ordering::Acquire) {
                let Some(Ok(m)) = c.poll(Duration::from_millis(50)) else {
                    continue;
                };
                let read_at = now_ms();
                if let Some(t) = m.payload().and_then(|p| decode_trigger(p).ok()) {
                    seen.push((t.event_id.to_string(), t.created_at.as_millis(), read_at));
                }
            }
            seen
        })
    };

    // The producer, paced in 1 ms slots.
    let p = producer(&world.brokers);
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
    {
        let c: BaseConsumer = ClientConfig::new()
            .set("bootstrap.servers", &world.brokers)
            .create()
            .unwrap();
        for part in 0..partitions {
            let (low, _) = c
                .fetch_watermarks(&topics.pings, part, Duration::from_secs(10))
                .unwrap();
            assert_eq!(low, 0, "the mock dropped pings: use more partitions");
        }
    }
    // Let the tail drain before stopping the reader.
    std::thread::sleep(Duration::from_secs(2));
    reading.store(false, Ordering::Release);
    let seen = reader.join().unwrap();
    let _ = stop_tx.send(());
    rt.block_on(running).unwrap().expect("run");
    // Every event, read after the fact.
    let c = assigned(&world.brokers, &topics.events, partitions);
    let mut event_time: HashMap<String, i64> = HashMap::new();
    while let Some(Ok(m)) = c.poll(Duration::from_secs(2)) {
        if let Some(e) = m.payload().and_then(|p| decode_event(p).ok()) {
            event_time.insert(e.id.to_string(), e.event_time.as_millis());
        }
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
        "pipeline latency at {rate} pings/s for {:.1} s ({} pings, {} triggers measured after a 1 s warm-up):",
        produced_in.as_secs_f64(),
        total,
        read_back.len(),
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
    let rate = std::env::var("PERIMETER_BENCH_RATE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(150_000);
    if std::env::var_os("PERIMETER_BENCH_LATENCY_ONLY").is_some() {
        latency(&rt, &world, rate, 10);
        return;
    }
    let mut group = c.benchmark_group("pipeline");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(1));
    group.measurement_time(Duration::from_secs(60));
    group.throughput(Throughput::Elements(world.pings));
    let mut run = 0;
    let mut cpu = (Duration::ZERO, 0_u32);
    group.bench_function("process_3_pings_per_user", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let (elapsed, used) = process_all(&rt, &world, run);
                total += elapsed;
                if let Some(used) = used {
                    cpu = (cpu.0 + used, cpu.1 + 1);
                }
                run += 1;
            }
            total
        });
    });
    group.finish();
    if cpu.1 > 0 {
        // CPU time is steadier than wall time on a shared machine.
        let per_pass = cpu.0 / cpu.1;
        #[allow(clippy::cast_precision_loss, reason = "ping counts are far below 2^52")]
        let per_ping_us = per_pass.as_secs_f64() * 1e6 / world.pings as f64;
        println!(
            "pipeline CPU time per pass (all threads, mock cluster included): {:.2} s, {per_ping_us:.2} us per ping ({} passes)",
            per_pass.as_secs_f64(),
            cpu.1
        );
    }
    if measuring() {
        latency(&rt, &world, rate, 10);
    } else {
        latency(&rt, &world, 2_000, 1);
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
