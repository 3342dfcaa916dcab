//! `offer_decide`: the offer decision against a realistic consent ledger
//! (1M users), ~20 campaigns and 2,000 fences, on 100k seeded events.
//!
//! - `decide`: the pure decision (consent lookup, campaign matching by
//!   priority, schedule, category, quiet hours, caps, cooldown).
//! - `decide_and_record`: what the stream does per event: decide, and
//!   record each trigger in the caps history.
//!
//! Run: `cargo bench -p perimeter-benches --bench offer_decide`
//! The ledger size can be changed with `PERIMETER_BENCH_USERS=100000`.
#![allow(
    missing_docs,
    clippy::print_stdout,
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "benchmarks report on stdout; seeded setup data is valid by construction"
)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use perimeter_model::{
    Category, ConsentRecord, ConsentUpdate, EventId, EventKind, ExitReason, FenceId, GeofenceEvent,
    LocalTime, Purpose, Purposes, QuietHours, StoreId, Timestamp, UserId, VisitId,
};
use perimeter_offers::{CampaignRules, CapsHistory, ConsentLedger, Decision, FenceAttributes, Tz};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const EVENTS: usize = 100_000;
const FENCES: usize = 2_000;
const TAGS: [&str; 5] = ["grocery", "coffee", "electronics", "fashion", "pharmacy"];
const CATEGORIES: [&str; 6] = [
    "food",
    "alcohol",
    "electronics",
    "fashion",
    "health",
    "groceries",
];
const ZONES: [(&str, Tz); 6] = [
    ("Europe/Berlin", Tz::Europe__Berlin),
    ("Europe/London", Tz::Europe__London),
    ("America/New_York", Tz::America__New_York),
    ("America/Los_Angeles", Tz::America__Los_Angeles),
    ("Asia/Tokyo", Tz::Asia__Tokyo),
    ("Australia/Sydney", Tz::Australia__Sydney),
];

fn users() -> usize {
    std::env::var("PERIMETER_BENCH_USERS")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(1_000_000)
}

fn user_id(i: usize) -> UserId {
    UserId::new(&format!("user-{i:07}")).unwrap()
}

fn ts(ms: i64) -> Timestamp {
    Timestamp::from_millis(ms).unwrap()
}

/// 2026-06-10T15:00:00Z, a Wednesday: shops open in Europe and America,
/// night (quiet hours) in Tokyo and Sydney.
const NOW_MS: i64 = 1_781_103_600_000;

/// 20 campaigns in the file format, so the bench also goes through the loader.
fn campaigns_toml(rng: &mut ChaCha8Rng) -> String {
    let mut s = String::new();
    for i in 0..20 {
        let kinds = match i % 3 {
            0 => r#"["enter"]"#,
            1 => r#"["dwell"]"#,
            _ => r#"["enter", "dwell"]"#,
        };
        let selector = match i % 4 {
            0 | 1 => format!("tags = [\"{}\"]", TAGS[i % TAGS.len()]),
            2 => {
                let stores: Vec<String> = (0..25)
                    .map(|_| format!("\"store-{:04}\"", rng.random_range(1..=FENCES / 2)))
                    .collect();
                format!("store_ids = [{}]", stores.join(", "))
            }
            _ => format!(
                "tags = [\"{}\", \"{}\"]",
                TAGS[i % TAGS.len()],
                TAGS[(i + 2) % TAGS.len()]
            ),
        };
        let schedule = match i % 5 {
            0 => {
                "[campaign.schedule]\ndays = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"]\nhours = [\"07:00-11:00\", \"16:00-20:00\"]"
            }
            1 => "[campaign.schedule]\nhours = [\"09:00-21:00\"]",
            2 => "[campaign.schedule]\ndays = [\"sat\", \"sun\"]",
            _ => "",
        };
        let _ = write!(
            s,
            r#"
[[campaign]]
id = "campaign-{i:02}"
name = "Campaign {i}"
event_kinds = {kinds}
priority = {priority}
cooldown = "{cooldown}h"
max_age = "5m"
ttl = "2h"
valid_until = "2027-01-01T00:00:00Z"

[campaign.fences]
{selector}

[campaign.offer]
id = "offer-{i:02}"
category = "{category}"
sender = "Store brand {i}"
message = "Offer number {i}, valid today."

{schedule}
"#,
            priority = rng.random_range(0..10),
            cooldown = [1, 4, 24, 72][i % 4],
            category = CATEGORIES[i % CATEGORIES.len()],
        );
    }
    s
}

struct Fence {
    id: FenceId,
    store: StoreId,
    tags: Vec<String>,
    tz: Tz,
}

fn fences(rng: &mut ChaCha8Rng) -> Vec<Fence> {
    (0..FENCES)
        .map(|i| {
            let n_tags = rng.random_range(1..=2);
            Fence {
                id: FenceId::new(&format!("fence-{i:05}")).unwrap(),
                // Two fences per store (entrance and parking lot).
                store: StoreId::new(&format!("store-{:04}", i / 2 + 1)).unwrap(),
                tags: (0..n_tags)
                    .map(|_| TAGS[rng.random_range(0..TAGS.len())].to_owned())
                    .collect(),
                tz: ZONES[rng.random_range(0..4)].1,
            }
        })
        .collect()
}

/// 80% grant both purposes, 8% location only, 7% nothing, 5% unknown.
fn ledger(rng: &mut ChaCha8Rng, n: usize) -> ConsentLedger {
    let mut ledger = ConsentLedger::new();
    for i in 0..n {
        let roll = rng.random_range(0..100);
        if roll >= 95 {
            continue;
        }
        let purposes = match roll {
            0..80 => Purposes::NONE.with(Purpose::Location).with(Purpose::Offers),
            80..88 => Purposes::NONE.with(Purpose::Location),
            _ => Purposes::NONE,
        };
        let blocked = if rng.random_bool(0.2) {
            vec![Category::new(CATEGORIES[rng.random_range(0..CATEGORIES.len())]).unwrap()]
        } else {
            Vec::new()
        };
        let quiet = rng.random_bool(0.1).then(|| QuietHours {
            start: LocalTime::new(rng.random_range(18..24), 0).unwrap(),
            end: LocalTime::new(rng.random_range(5..10), 0).unwrap(),
        });
        let record = ConsentRecord {
            user_id: user_id(i),
            purposes,
            blocked_categories: blocked,
            max_offers_per_day: rng.random_bool(0.3).then(|| rng.random_range(0..4)),
            quiet_hours: quiet,
            time_zone: ZONES[rng.random_range(0..ZONES.len())].0.to_owned(),
            version: rng.random_range(1..50),
            updated_at: ts(NOW_MS - 86_400_000),
        };
        let _ = ledger.apply(ConsentUpdate::Set(record), ts(NOW_MS));
    }
    ledger
}

/// Events of random users at random fences; 45% ENTER, 45% DWELL, 10% EXIT;
/// 10% are older than every campaign's max_age.
fn events(
    rng: &mut ChaCha8Rng,
    n_users: usize,
    fences: &[Fence],
    n: usize,
) -> Vec<(GeofenceEvent, usize)> {
    (0..n)
        .map(|_| {
            let user_id = user_id(rng.random_range(0..n_users));
            let fi = rng.random_range(0..fences.len());
            let f = &fences[fi];
            let kind = match rng.random_range(0..20) {
                0..9 => EventKind::Enter,
                9..18 => EventKind::Dwell,
                _ => EventKind::Exit(ExitReason::Left),
            };
            let age_ms = if rng.random_bool(0.1) {
                rng.random_range(300_001..3_600_000)
            } else {
                rng.random_range(0..120_000)
            };
            let event_time = ts(NOW_MS - age_ms);
            let visit_start = ts(NOW_MS - 600_000);
            let event = GeofenceEvent {
                id: EventId::derive(&user_id, &f.id, visit_start, kind),
                kind,
                visit_id: VisitId::derive(&user_id, &f.id, visit_start),
                user_id,
                fence_id: f.id.clone(),
                store_id: f.store.clone(),
                visit_start,
                event_time,
                processing_time: ts(NOW_MS),
                accuracy: None,
                distance_to_edge_m: None,
                duration: None,
                h3_cell: None,
            };
            (event, fi)
        })
        .collect()
}

fn attrs(f: &Fence) -> FenceAttributes<'_> {
    FenceAttributes {
        fence_id: &f.id,
        store_id: &f.store,
        tags: &f.tags,
        time_zone: f.tz,
        // The bench measures the full decision path: stores are open.
        store_open: true,
    }
}

fn offer_decide(c: &mut Criterion) {
    let mut rng = ChaCha8Rng::seed_from_u64(0x0FFE_5EED);
    let n_users = users();
    let rules =
        CampaignRules::from_toml_str(&campaigns_toml(&mut rng)).expect("bench campaigns are valid");
    let fences = fences(&mut rng);
    let t = Instant::now();
    let ledger = ledger(&mut rng, n_users);
    println!(
        "ledger: {} users with a record, built in {:.2?}; {} campaigns, {} fences",
        ledger.len(),
        t.elapsed(),
        rules.campaigns().len(),
        fences.len()
    );

    // A history warmed by earlier decisions an hour ago, so caps, cooldowns
    // and one-per-visit have something to find.
    let mut warm = CapsHistory::new(rules.history_retention());
    let earlier = ts(NOW_MS - 3_600_000);
    let mut warm_rng = ChaCha8Rng::seed_from_u64(7);
    for (e, fi) in events(&mut warm_rng, n_users, &fences, 200_000) {
        if let Decision::Trigger(t) = rules.decide(&e, &attrs(&fences[fi]), &ledger, &warm, earlier)
        {
            warm.record(&t, VisitId(0));
        }
    }
    println!("history: {} users with entries", warm.len());

    let events = events(&mut rng, n_users, &fences, EVENTS);
    let now = ts(NOW_MS);
    let mut outcomes: BTreeMap<&'static str, usize> = BTreeMap::new();
    for (e, fi) in &events {
        let key = match rules.decide(e, &attrs(&fences[*fi]), &ledger, &warm, now) {
            Decision::Trigger(_) => "trigger",
            Decision::Suppressed(r) => r.as_str(),
        };
        *outcomes.entry(key).or_default() += 1;
    }
    println!("outcomes of the {EVENTS} measured events: {outcomes:?}");

    let mut group = c.benchmark_group("offer_decide");
    group.throughput(Throughput::Elements(EVENTS as u64));
    group.sample_size(20);
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("decide", |b| {
        b.iter(|| {
            let mut triggers = 0usize;
            for (e, fi) in &events {
                let d = rules.decide(e, &attrs(&fences[*fi]), &ledger, &warm, now);
                triggers += usize::from(matches!(d, Decision::Trigger(_)));
                black_box(&d);
            }
            triggers
        });
    });
    group.bench_function("decide_and_record", |b| {
        b.iter_batched(
            || warm.clone(),
            |mut history| {
                for (e, fi) in &events {
                    if let Decision::Trigger(t) =
                        rules.decide(e, &attrs(&fences[*fi]), &ledger, &history, now)
                    {
                        history.record(&t, e.visit_id);
                    }
                }
                history
            },
            BatchSize::PerIteration,
        );
    });
    group.finish();
}

criterion_group!(benches, offer_decide);
criterion_main!(benches);
