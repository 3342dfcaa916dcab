//! `presence_update`: the presence state machine with 1M tracked users.
//!
//! - `ping_in_open_visit`: a ping of a random tracked user (1M users, each
//!   with one open visit at one of 10,000 fences): mostly confidently inside,
//!   some inaccurate, some just outside the edge; DWELLs fire along the way.
//!   The changed users are drained every 1,000 pings, as the stream does
//!   before writing the changelog.
//! - `ping_outside_any_visit`: a ping of an untracked user near a fence but
//!   not inside it (the common case in a city: nothing to remember).
//!
//! Also printed: bytes per tracked user with one open visit, from
//! `PresenceTracker::memory_usage` (`size_of`, capacities, the index's
//! allocation size, small allocations rounded up to 16 bytes), the same at
//! the worst point of the tables' growth, a cross-check against the
//! process's resident memory (Linux), and the time of one sweep that walks
//! all users.
//!
//! Run: `cargo bench -p perimeter-benches --bench presence_update`
//! The number of users can be changed with `PERIMETER_BENCH_USERS=100000`.
#![allow(
    missing_docs,
    clippy::print_stdout,
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "benchmarks report on stdout; seeded setup data is valid by construction"
)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use perimeter_model::{Accuracy, FenceId, Ping, Position, StoreId, Timestamp, UserId};
use perimeter_presence::{NearbyFence, PresenceConfig, PresenceTracker};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const FENCES: usize = 10_000;
const T0_MS: i64 = 1_700_000_000_000;
/// Pings per event-time millisecond: with 1M users each user pings about
/// every 100 s of event time, well inside the 10 min silence timeout.
const PINGS_PER_MS: u64 = 10;
const DRAIN_EVERY: u64 = 1_000;
/// Length of the pre-drawn random sequence of users (cycled).
const SEQUENCE: usize = 1 << 22;

fn users() -> usize {
    std::env::var("PERIMETER_BENCH_USERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000)
}

/// The process's resident memory in bytes (`VmRSS`), where the OS says.
fn resident_bytes() -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kib: usize = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

fn ts(ms: i64) -> Timestamp {
    Timestamp::from_millis(ms).unwrap()
}

/// Seeded data: user ids, fences, each user's fence, and what successive
/// pings look like.
struct Data {
    users: Vec<UserId>,
    fences: Vec<(FenceId, StoreId)>,
    fence_of: Vec<u32>,
    /// Random user indices, cycled through by the update bench.
    sequence: Vec<u32>,
    /// (accuracy m, inside, distance to edge m), cycled.
    readings: Vec<(Accuracy, bool, f64)>,
    /// Resident memory added by creating the user ids, less their handles.
    user_ids_resident: Option<usize>,
}

impl Data {
    fn new(n: usize) -> Self {
        let mut rng = ChaCha8Rng::seed_from_u64(0x5052_4553_454e_4345);
        let before = resident_bytes();
        let users: Vec<UserId> = (0..n)
            .map(|i| UserId::new(&format!("user-{i:010}")).unwrap())
            .collect();
        let user_ids_resident = before
            .zip(resident_bytes())
            .map(|(b, a)| a.saturating_sub(b + users.capacity() * size_of::<UserId>()));
        let fences = (0..FENCES)
            .map(|j| {
                (
                    FenceId::new(&format!("fence-{j:05}")).unwrap(),
                    StoreId::new(&format!("store-{:04}", j / 3)).unwrap(),
                )
            })
            .collect();
        let fence_of = (0..n).map(|_| rng.random_range(0..FENCES as u32)).collect();
        let sequence = (0..SEQUENCE)
            .map(|_| rng.random_range(0..n as u32))
            .collect();
        let readings = (0..4096)
            .map(|_| {
                let roll: f64 = rng.random();
                let accuracy = Accuracy::new(rng.random_range(3.0..40.0)).unwrap();
                if roll < 0.90 {
                    (accuracy, true, -rng.random_range(1.0..60.0))
                } else if roll < 0.97 {
                    // Indoors: poor accuracy, still inside.
                    (Accuracy::new(120.0).unwrap(), true, -10.0)
                } else {
                    // Just outside the edge, within the exit margin.
                    (accuracy, false, rng.random_range(0.0..15.0))
                }
            })
            .collect();
        Self {
            users,
            fences,
            fence_of,
            sequence,
            readings,
            user_ids_resident,
        }
    }

    fn nearby(&self, user: usize, inside: bool, distance_to_edge_m: f64) -> [NearbyFence; 1] {
        let (fence_id, store_id) = &self.fences[self.fence_of[user] as usize];
        [NearbyFence {
            fence_id: fence_id.clone(),
            store_id: store_id.clone(),
            dwell_threshold: Duration::from_secs(300),
            inside,
            distance_to_edge_m,
        }]
    }

    fn ping(&self, user_id: &UserId, accuracy: Accuracy, at: Timestamp) -> Ping {
        Ping {
            user_id: user_id.clone(),
            position: Position::new(52.52, 13.405).unwrap(),
            accuracy,
            timestamp: at,
        }
    }
}

/// Every user enters its fence once, at T0. The changed users are drained
/// every `DRAIN_EVERY` pings, as the stream does, so the changed-users set
/// holds one batch (not a million users) when memory is measured.
fn tracker_with_open_visits(data: &Data) -> PresenceTracker {
    let mut tracker = PresenceTracker::new(PresenceConfig::default()).unwrap();
    let accuracy = Accuracy::new(10.0).unwrap();
    for (i, user) in data.users.iter().enumerate() {
        let ping = data.ping(user, accuracy, ts(T0_MS));
        let outcome = tracker.update(
            &ping,
            &data.nearby(i, true, -20.0),
            ts(T0_MS - 60_000),
            ts(T0_MS),
        );
        assert_eq!(outcome.events().len(), 1);
        if (i as u64 + 1).is_multiple_of(DRAIN_EVERY) {
            tracker.drain_changed_users();
        }
    }
    tracker.drain_changed_users();
    tracker
}

fn report_memory(tracker: &PresenceTracker, data: &Data, tracker_resident: Option<usize>) {
    let m = tracker.memory_usage();
    let n = m.tracked_users as f64;
    let per_user = |bytes: usize| bytes as f64 / n;
    // Index: 4-byte slab position + 1 control byte per bucket.
    let index_bucket = (size_of::<u32>() + 1) as f64;
    println!(
        "presence_update: {} tracked users, {} open visits",
        m.tracked_users, m.open_visits
    );
    println!(
        "  slab         {:6.1} B/user  ({} B slot: user id handle 16 + state 40 with the visit inline; {:.0}% full)",
        per_user(m.slab_bytes),
        m.slot_bytes,
        100.0 * n * m.slot_bytes as f64 / m.slab_bytes as f64
    );
    println!(
        "  index        {:6.1} B/user  (buckets x (4 B position + 1 control byte) + 16; {:.0}% full)",
        per_user(m.index_bytes),
        100.0 * n * index_bucket / m.index_bytes as f64
    );
    println!(
        "  user ids     {:6.1} B/user  (Arc<str>: 16 B counts + id bytes, rounded up to 16)",
        per_user(m.user_id_bytes)
    );
    println!(
        "  spilled      {:6.1} B/user  (visit lists of users in 2+ fences)",
        per_user(m.spill_bytes)
    );
    println!(
        "  fences       {:6.1} B/user  (interning table + FenceRefs, {FENCES} fences)",
        per_user(m.fence_bytes)
    );
    println!(
        "  changed set  {:6.1} B/user  (one drained batch of {DRAIN_EVERY})",
        per_user(m.changed_bytes)
    );
    println!("  total        {:6.1} B/user", per_user(m.total_bytes()));
    // Just after growth: the slab 80% full (it grows by a quarter), the
    // index 7/16 full (it doubles at 7/8). Everything else as measured.
    let worst = m.slot_bytes as f64 / 0.8
        + index_bucket * 16.0 / 7.0
        + per_user(m.total_bytes() - m.slab_bytes - m.index_bytes);
    println!("  worst point  {worst:6.1} B/user  (just after both tables grew)");
    // Cross-check with what the OS sees. The tracker shares the user ids
    // with the bench's data, so they are measured where they were created;
    // glibc's 8-byte chunk header shows up there.
    if let (Some(t), Some(u)) = (tracker_resident, data.user_ids_resident) {
        println!(
            "  resident     {:6.1} B/user  (tracker {:.1} + user ids {:.1}; process RSS deltas)",
            per_user(t + u),
            per_user(t),
            per_user(u)
        );
    }
}

fn bench(c: &mut Criterion) {
    let n = users();
    let t = Instant::now();
    let data = Data::new(n);
    let before = resident_bytes();
    let mut tracker = tracker_with_open_visits(&data);
    let tracker_resident = before
        .zip(resident_bytes())
        .map(|(b, a)| a.saturating_sub(b));
    println!(
        "presence_update: setup of {n} users with one open visit took {:.2?}",
        t.elapsed()
    );
    report_memory(&tracker, &data, tracker_resident);

    let mut group = c.benchmark_group("presence_update");
    group.throughput(Throughput::Elements(1));

    let mut k: u64 = 0;
    let mut events = 0usize;
    group.bench_function(format!("ping_in_open_visit/{n}_users"), |b| {
        b.iter(|| {
            let i = data.sequence[(k as usize) % SEQUENCE] as usize;
            let (accuracy, inside, d) = data.readings[(k as usize) % data.readings.len()];
            // Event time moves forward 1 ms every PINGS_PER_MS pings, so
            // every user's pings arrive in order.
            let now = T0_MS + 1_000 + (k / PINGS_PER_MS) as i64;
            let ping = data.ping(&data.users[i], accuracy, ts(now));
            let outcome = tracker.update(
                &ping,
                &data.nearby(i, inside, d),
                ts(now - 60_000),
                ts(now + 250),
            );
            events += outcome.events().len();
            k += 1;
            if k.is_multiple_of(DRAIN_EVERY) {
                black_box(tracker.drain_changed_users());
            }
            black_box(outcome)
        });
    });
    println!(
        "presence_update: {k} pings in open visits produced {events} events; {} users tracked",
        tracker.tracked_users()
    );

    let mut untracked: u64 = 0;
    // As many strangers as tracked users, so their table lookups miss the
    // cache as they would in production.
    let strangers: Vec<UserId> = (0..n)
        .map(|i| UserId::new(&format!("passer-by-{i:06}")).unwrap())
        .collect();
    group.bench_function(format!("ping_outside_any_visit/{n}_users"), |b| {
        b.iter(|| {
            let s = data.sequence[(untracked as usize) % SEQUENCE] as usize;
            let now = T0_MS + 1_000 + (k / PINGS_PER_MS) as i64;
            let ping = data.ping(&strangers[s], Accuracy::new(15.0).unwrap(), ts(now));
            let outcome = tracker.update(
                &ping,
                &data.nearby(s, false, 40.0),
                ts(now - 60_000),
                ts(now + 250),
            );
            untracked += 1;
            black_box(outcome)
        });
    });
    group.finish();

    // One sweep that has to walk every user (the watermark is past the
    // earliest deadline), timing out those silent for 10 min.
    let watermark = ts(T0_MS + 1_000 + (k / PINGS_PER_MS) as i64 - 60_000);
    let t = Instant::now();
    let timeouts = tracker.sweep(watermark.max(ts(T0_MS + 600_000)), watermark);
    println!(
        "presence_update: sweep over {} users took {:.2?} ({} timeouts)",
        tracker.tracked_users() + timeouts.len(),
        t.elapsed(),
        timeouts.len()
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
