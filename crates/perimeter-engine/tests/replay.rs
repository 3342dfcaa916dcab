//! The engine's promise, proved on random interleavings: replaying the same
//! inputs from the state the changelog holds at any point gives
//! byte-identical outputs, and the engine's time and consent guarantees
//! hold whatever the order of pings, consent changes, catalog swaps and
//! ticks.
//!
//! Each case is generated from a fixed seed (the case number), so a failure
//! names the seed that replays it.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    reason = "test code: a failed setup step should fail the test loudly"
)]

use std::collections::BTreeMap;
use std::sync::{Arc, LazyLock};
use std::time::Duration;

use perimeter_engine::{
    EngineConfig, FenceSnapshot, Outputs, PartitionEngine, RawPing, Record, StateWrite, Tables,
};
use perimeter_fences::{
    FenceCatalog, FenceChange, FenceFormat, FenceIndex, ValidationLimits, parse_fences,
};
use perimeter_model::{
    Accuracy, ConsentUpdate, EraseRequest, FenceId, Ping, Position, Purpose, Purposes, Timestamp,
    UserId,
};
use perimeter_offers::ConsentLedger;
use perimeter_wire::encode_ping;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

mod common;
use common::{MIN, T0, everything};

/// Three store fences 200 m apart: one plain, one whose validity window
/// ends 20 minutes after T0, one open only on weekday mornings.
const FENCES: &str = r#"{"type":"FeatureCollection","features":[
{"type":"Feature","id":"fence-a","properties":{"store_id":"store-a","name":"A","tags":["coffee"],"timezone":"Europe/Berlin","dwell_s":120,"radius_m":60},
 "geometry":{"type":"Point","coordinates":[13.4050,52.5200]}},
{"type":"Feature","id":"fence-b","properties":{"store_id":"store-b","name":"B","tags":["coffee"],"timezone":"Europe/Berlin","dwell_s":120,"radius_m":60,"valid_until":"2026-11-20T12:20:00Z"},
 "geometry":{"type":"Point","coordinates":[13.4080,52.5200]}},
{"type":"Feature","id":"fence-c","properties":{"store_id":"store-c","name":"C","tags":["coffee"],"timezone":"Europe/Berlin","dwell_s":120,"radius_m":60,"opening_hours":"Mo-Fr 08:00-13:10"},
 "geometry":{"type":"Point","coordinates":[13.4110,52.5200]}}]}"#;

const CAMPAIGNS: &str = r#"
[[campaign]]
id = "coffee-enter"
name = "Coffee on enter"
event_kinds = ["enter", "dwell"]
max_age = "1h"

[campaign.fences]
tags = ["coffee"]

[campaign.offer]
id = "offer-coffee"
category = "food-and-drink"
sender = "Coffee"
message = "Hello"
"#;

const USERS: [&str; 4] = ["user-1", "user-2", "user-3", "user-4"];
const CENTRES: [(f64, f64); 3] = [(52.5200, 13.4050), (52.5200, 13.4080), (52.5200, 13.4110)];

/// The catalogs a case may swap between: all three fences, or without A.
static CATALOGS: LazyLock<Vec<FenceSnapshot>> = LazyLock::new(|| {
    let all =
        parse_fences(FENCES, FenceFormat::GeoJson, &ValidationLimits::default()).expect("fences");
    let fences: Vec<_> = all.fences().to_vec();
    let without_a: Vec<_> = fences
        .iter()
        .filter(|f| f.id.as_str() != "fence-a")
        .cloned()
        .collect();
    [fences, without_a]
        .into_iter()
        .enumerate()
        .map(|(v, fs)| {
            let catalog = FenceCatalog::new(fs).expect("catalog");
            FenceSnapshot::new(
                Arc::new(FenceIndex::build(&catalog).expect("index")),
                v as u64 + 1,
            )
        })
        .collect()
});

/// The same two catalogs, each reached by an incremental change from the
/// other one's full index: all three fences as the index without A plus
/// an overlay holding A, and "without A" as the full index with A hidden.
static INCREMENTAL_CATALOGS: LazyLock<Vec<FenceSnapshot>> = LazyLock::new(|| {
    let a = FenceId::new("fence-a").unwrap();
    let fence_a = CATALOGS[0]
        .index()
        .fences()
        .find(|f| f.id == a)
        .cloned()
        .expect("fence A");
    let all = CATALOGS[1]
        .index()
        .apply(&[FenceChange::Upsert(Box::new(fence_a))])
        .expect("applies");
    let without_a = CATALOGS[0]
        .index()
        .apply(&[FenceChange::Remove(a.clone())])
        .expect("applies");
    assert_eq!(all.overlay_len(), 1);
    assert_eq!(without_a.hidden_len(), 1);
    vec![
        CATALOGS[1].changed(all, std::slice::from_ref(&a), 1),
        CATALOGS[0].changed(without_a, std::slice::from_ref(&a), 2),
    ]
});

fn config() -> Arc<EngineConfig> {
    common::config(CAMPAIGNS, Duration::from_secs(3 * 3600))
}

/// One input of a case.
#[derive(Debug, Clone)]
enum Input {
    /// Ping records (encoded; some are garbage).
    Pings(Vec<Vec<(Vec<u8>, Vec<u8>)>>),
    /// A consent update applied to the ledger, then told to the engine.
    Consent(ConsentUpdate),
    /// Swap to catalog `n`.
    Catalog(usize),
    /// Processing time moves on.
    Tick,
}

/// A case: inputs, each at a processing time.
fn generate(seed: u64) -> Vec<(Timestamp, Input)> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut now = T0;
    let mut versions = [1u64; 4];
    let steps = rng.random_range(8..28);
    let mut out = Vec::with_capacity(steps);
    for _ in 0..steps {
        now += rng.random_range(0..90_000);
        let input = match rng.random_range(0..10) {
            0..=5 => {
                let n = rng.random_range(1..6);
                let batch = (0..n)
                    .map(|_| {
                        let user = USERS[rng.random_range(0..USERS.len())];
                        if rng.random_ratio(1, 30) {
                            return vec![(user.as_bytes().to_vec(), vec![0xff, 0x01, 0x02])];
                        }
                        let (lat, lon) = CENTRES[rng.random_range(0..CENTRES.len())];
                        let far = rng.random_ratio(1, 4);
                        let d = if far {
                            0.01
                        } else {
                            rng.random_range(-0.0003..0.0003)
                        };
                        // Mostly on time; some late, some from a fast clock.
                        let skew = match rng.random_range(0..10) {
                            0 => -rng.random_range(0..10 * MIN),
                            1 => rng.random_range(0..9 * MIN),
                            _ => -rng.random_range(0..5_000),
                        };
                        let ping = Ping {
                            user_id: UserId::new(user).unwrap(),
                            position: Position::new(lat + d, lon).unwrap(),
                            accuracy: Accuracy::new(rng.random_range(5.0..40.0)).unwrap(),
                            timestamp: Timestamp::from_millis(now + skew).unwrap(),
                        };
                        vec![(user.as_bytes().to_vec(), encode_ping(&ping))]
                    })
                    .collect();
                Input::Pings(batch)
            }
            6 => {
                let u = rng.random_range(0..USERS.len());
                versions[u] += 1;
                let user_id = UserId::new(USERS[u]).unwrap();
                if rng.random_ratio(1, 6) {
                    Input::Consent(ConsentUpdate::Erase(EraseRequest {
                        user_id,
                        version: versions[u],
                        requested_at: Timestamp::from_millis(now).unwrap(),
                    }))
                } else {
                    let mut purposes = Purposes::NONE;
                    if rng.random_ratio(4, 5) {
                        purposes = purposes.with(Purpose::Location);
                    }
                    if rng.random_ratio(4, 5) {
                        purposes = purposes.with(Purpose::Offers);
                    }
                    Input::Consent(ConsentUpdate::Set(common::record(
                        user_id,
                        purposes,
                        versions[u],
                        now,
                    )))
                }
            }
            7 => Input::Catalog(rng.random_range(0..CATALOGS.len())),
            _ => Input::Tick,
        };
        out.push((Timestamp::from_millis(now).unwrap(), input));
    }
    out
}

/// The ledger every case starts from: everyone granted everything.
fn ledger() -> ConsentLedger {
    let mut ledger = ConsentLedger::new();
    for u in USERS {
        let _ = ledger.apply(
            ConsentUpdate::Set(common::record(
                UserId::new(u).unwrap(),
                everything(),
                1,
                T0 - 60 * MIN,
            )),
            Timestamp::from_millis(T0 - 60 * MIN).unwrap(),
        );
    }
    ledger
}

/// The world outside the engine at one step: ledger and catalog.
#[derive(Clone)]
struct World {
    ledger: ConsentLedger,
    catalog: usize,
    /// The catalogs `catalog` picks from: [`CATALOGS`] or
    /// [`INCREMENTAL_CATALOGS`].
    catalogs: &'static [FenceSnapshot],
}

/// Applies step `input` to the world and the engine; returns the outputs.
fn step(engine: &mut PartitionEngine, world: &mut World, now: Timestamp, input: &Input) -> Outputs {
    let mut out = Outputs::default();
    match input {
        Input::Pings(batch) => {
            let records: Vec<RawPing<'_>> = batch
                .iter()
                .flatten()
                .enumerate()
                .map(|(i, (k, v))| RawPing {
                    offset: i as i64,
                    key: Some(k),
                    value: Some(v),
                    timestamp_ms: None,
                })
                .collect();
            let tables = Tables {
                fences: &world.catalogs[world.catalog],
                ledger: &world.ledger,
            };
            engine.pings(records, tables, now, &mut out);
        }
        Input::Consent(update) => {
            let user = match update {
                ConsentUpdate::Set(r) => r.user_id.clone(),
                ConsentUpdate::Erase(e) => e.user_id.clone(),
            };
            if let Ok(change) = world.ledger.apply(update.clone(), now) {
                engine.consent_changed(&user, change, now, &mut out);
            }
        }
        Input::Catalog(n) => {
            let old: Vec<FenceId> = world.catalogs[world.catalog]
                .index()
                .fences()
                .map(|f| f.id.clone())
                .collect();
            world.catalog = *n;
            let new = &world.catalogs[*n];
            let removed: Vec<FenceId> = old
                .into_iter()
                .filter(|id| new.index().slot_of(id).is_none())
                .collect();
            let tables = Tables {
                fences: new,
                ledger: &world.ledger,
            };
            engine.fences_changed(&removed, tables, now, &mut out);
        }
        Input::Tick => {
            let tables = Tables {
                fences: &world.catalogs[world.catalog],
                ledger: &world.ledger,
            };
            engine.tick(tables, now, &mut out);
        }
    }
    out
}

fn apply(changelog: &mut BTreeMap<Vec<u8>, Vec<u8>>, writes: &[StateWrite]) {
    for w in writes {
        match &w.value {
            Some(v) => changelog.insert(w.key.clone(), v.clone()),
            None => changelog.remove(&w.key),
        };
    }
}

fn restore(
    changelog: &BTreeMap<Vec<u8>, Vec<u8>>,
    world: &World,
    now: Timestamp,
) -> (PartitionEngine, Outputs) {
    let mut out = Outputs::default();
    let tables = Tables {
        fences: &world.catalogs[world.catalog],
        ledger: &world.ledger,
    };
    let records = changelog
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let (engine, _) =
        PartitionEngine::restore(config(), 0, records, tables, now, &mut out).expect("restore");
    (engine, out)
}

/// Runs one case: the uninterrupted run, then a restore from the changelog
/// after every step, replaying the rest.
fn check_case(seed: u64, seen: &mut Seen) {
    let inputs = generate(seed);
    let start = Timestamp::from_millis(T0).unwrap();
    let mut world = World {
        ledger: ledger(),
        catalog: 0,
        catalogs: &CATALOGS,
    };
    let (mut engine, first) = restore(&BTreeMap::new(), &world, start);
    let mut changelog = BTreeMap::new();
    apply(&mut changelog, &first.state);

    // The uninterrupted run: outputs and changelog after every step.
    let mut outputs = Vec::with_capacity(inputs.len());
    let mut points = Vec::with_capacity(inputs.len());
    for (now, input) in &inputs {
        points.push((changelog.clone(), world.clone()));
        let out = step(&mut engine, &mut world, *now, input);
        apply(&mut changelog, &out.state);
        outputs.push(out);
    }

    for (k, (snapshot, world_k)) in points.into_iter().enumerate() {
        let (now_k, _) = &inputs[k];
        let mut world = world_k;
        let (mut replay, restored) = restore(&snapshot, &world, *now_k);
        assert!(
            restored.records.is_empty() && restored.state.is_empty(),
            "seed {seed}: restoring at step {k} produced output {:?} {:?}",
            restored.records,
            restored.state
        );
        for (j, (now, input)) in inputs.iter().enumerate().skip(k) {
            let out = step(&mut replay, &mut world, *now, input);
            assert_eq!(
                out.records, outputs[j].records,
                "seed {seed}: records differ at step {j} after a restore at step {k} ({input:?})"
            );
            assert_eq!(
                out.state, outputs[j].state,
                "seed {seed}: state writes differ at step {j} after a restore at step {k} ({input:?})"
            );
        }
    }
    check_promises(seed, &inputs, &outputs);
    for out in &outputs {
        seen.store_closed += out
            .counts
            .suppressions
            .iter()
            .filter(|r| r.as_str() == "store_closed")
            .count();
        // The audit is on: one published suppression per counted one.
        let audited = out
            .records
            .iter()
            .filter(|r| matches!(r, Record::Suppression { .. }))
            .count();
        assert_eq!(audited, out.counts.suppressions.len(), "seed {seed}");
        for r in &out.records {
            match r {
                Record::Event { kind, .. } => match kind {
                    perimeter_model::EventKind::Exit(perimeter_model::ExitReason::FenceExpired) => {
                        seen.expired += 1;
                    }
                    perimeter_model::EventKind::Exit(perimeter_model::ExitReason::FenceRemoved) => {
                        seen.removed += 1;
                    }
                    perimeter_model::EventKind::Exit(perimeter_model::ExitReason::Timeout) => {
                        seen.timeouts += 1;
                    }
                    _ => seen.events += 1,
                },
                Record::Trigger { .. } => seen.triggers += 1,
                Record::Dlq { .. } => seen.dlq += 1,
                Record::Suppression { .. } => {}
            }
        }
    }
}

/// What the cases exercised, so that the suite cannot pass vacuously.
#[derive(Debug, Default)]
struct Seen {
    events: usize,
    triggers: usize,
    dlq: usize,
    timeouts: usize,
    expired: usize,
    removed: usize,
    store_closed: usize,
}

/// What must hold of any run: no event or trigger for a user who does not
/// grant location at that point, no trigger without offers consent, no
/// event at fence B after its window ended, no trigger at fence C while the
/// store is closed.
fn check_promises(seed: u64, inputs: &[(Timestamp, Input)], outputs: &[Outputs]) {
    let mut ledger = ledger();
    let b_ends = Timestamp::from_millis(T0 + 20 * MIN).unwrap();
    let c_closes = Timestamp::from_millis(T0 + 10 * MIN).unwrap();
    for ((now, input), out) in inputs.iter().zip(outputs) {
        if let Input::Consent(u) = input {
            let _ = ledger.apply(u.clone(), *now);
        }
        for r in &out.records {
            match r {
                Record::Event { key, value, .. } => {
                    let user = UserId::new(std::str::from_utf8(key).unwrap()).unwrap();
                    assert!(
                        ledger.allows(&user, Purpose::Location),
                        "seed {seed}: event for {user:?} without location consent"
                    );
                    let ev = perimeter_wire::decode_event(value).unwrap();
                    if ev.fence_id.as_str() == "fence-b"
                        && matches!(
                            ev.kind,
                            perimeter_model::EventKind::Enter | perimeter_model::EventKind::Dwell
                        )
                    {
                        assert!(
                            ev.event_time < b_ends,
                            "seed {seed}: {ev:?} after fence-b's window"
                        );
                    }
                }
                Record::Trigger { key, value, .. } => {
                    let user = UserId::new(std::str::from_utf8(key).unwrap()).unwrap();
                    assert!(
                        ledger.allows(&user, Purpose::Offers),
                        "seed {seed}: trigger without offers consent"
                    );
                    let t = perimeter_wire::decode_trigger(value).unwrap();
                    if t.store_id.as_str() == "store-c" {
                        assert!(
                            *now < c_closes,
                            "seed {seed}: trigger at store-c while it is closed"
                        );
                    }
                }
                Record::Dlq { .. } | Record::Suppression { .. } => {}
            }
        }
    }
}

/// An engine fed incrementally changed catalogs (base index + overlay +
/// hidden slots) produces exactly what it produces with full rebuilds.
#[test]
fn incrementally_changed_catalogs_give_the_outputs_of_full_rebuilds() {
    let start = Timestamp::from_millis(T0).unwrap();
    let mut removed = 0;
    for seed in 0..300 {
        let inputs = generate(seed);
        let run = |catalogs: &'static [FenceSnapshot]| {
            let mut world = World {
                ledger: ledger(),
                catalog: 0,
                catalogs,
            };
            let (mut engine, first) = restore(&BTreeMap::new(), &world, start);
            let mut all = vec![first];
            for (now, input) in &inputs {
                all.push(step(&mut engine, &mut world, *now, input));
            }
            all
        };
        let (full, incremental) = (run(&CATALOGS), run(&INCREMENTAL_CATALOGS));
        for (j, (f, i)) in full.iter().zip(&incremental).enumerate() {
            assert_eq!(f.records, i.records, "seed {seed}: records at step {j}");
            assert_eq!(f.state, i.state, "seed {seed}: state writes at step {j}");
        }
        removed += full
            .iter()
            .flat_map(|o| &o.records)
            .filter(|r| {
                matches!(
                    r,
                    Record::Event {
                        kind: perimeter_model::EventKind::Exit(
                            perimeter_model::ExitReason::FenceRemoved
                        ),
                        ..
                    }
                )
            })
            .count();
    }
    assert!(removed > 0, "the cases removed no fence under a visit");
}

#[test]
fn replay_from_any_changelog_point_is_byte_identical() {
    // PERIMETER_ENGINE_SEED=n replays the one case a failure named.
    let env = |name: &str| std::env::var(name).ok().and_then(|v| v.parse::<u64>().ok());
    let seeds = match env("PERIMETER_ENGINE_SEED") {
        Some(seed) => seed..seed + 1,
        None => 0..env("PERIMETER_ENGINE_CASES").unwrap_or(10_000),
    };
    let cases = seeds.end - seeds.start;
    let mut seen = Seen::default();
    for seed in seeds {
        check_case(seed, &mut seen);
    }
    eprintln!("{cases} cases: {seen:?}");
    if cases >= 1000 {
        assert!(
            seen.events > 0
                && seen.triggers > 0
                && seen.dlq > 0
                && seen.timeouts > 0
                && seen.expired > 0
                && seen.removed > 0
                && seen.store_closed > 0,
            "the cases missed a kind of output: {seen:?}"
        );
    }
}
