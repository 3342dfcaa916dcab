//! Property tests over random interleavings of consent updates, erasures,
//! geofence events and the passing of time, for a few users, fences (in
//! three time zones) and campaigns.
//!
//! Every decision is checked against an independent model of what the
//! ledger must hold (latest version wins, erase tombstones, invalid time
//! zones deny) and of the rules (hand-written schedules, opening hours,
//! caps, cooldowns).
//! The runs are deterministic: a fixed RNG seed, so a failure replays.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test code: a failing unwrap is a failing test with a clear message"
)]

mod common;

use std::collections::HashMap;
use std::time::Duration;

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Weekday};
use chrono_tz::Tz;
use common::{Fence, at, fence, local, user};
use perimeter_model::{
    Category, ConsentRecord, ConsentUpdate, EraseRequest, EventKind, ExitReason, GeofenceEvent,
    Purpose, Purposes, QuietHours, SuppressionReason as R, Timestamp, VisitId,
};
use perimeter_offers::{CampaignRules, CapsHistory, ConsentLedger, Decision, FenceAttributes};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};

const RULES: &str = r#"
[[campaign]]
id = "a-coffee"
name = "Coffee on weekdays"
event_kinds = ["enter", "dwell"]
priority = 3
cooldown = "1h"
max_age = "5m"
[campaign.fences]
tags = ["coffee"]
[campaign.offer]
id = "o-a"
category = "food"
sender = "A"
message = "a"
[campaign.schedule]
days = ["mon", "tue", "wed", "thu", "fri"]
hours = ["07:00-11:00", "16:00-20:00"]

[[campaign]]
id = "b-night"
name = "Night drinks at store 2"
event_kinds = ["dwell"]
priority = 2
cooldown = "0s"
max_age = "10m"
[campaign.fences]
store_ids = ["store-0002"]
[campaign.offer]
id = "o-b"
category = "Alcohol"
sender = "B"
message = "b"
[campaign.schedule]
hours = ["22:00-02:00"]

[[campaign]]
id = "c-anywhere"
name = "Electronics everywhere"
event_kinds = ["enter"]
priority = 1
cooldown = "30m"
max_age = "2m"
valid_from = "2026-01-01T00:00:00Z"
valid_until = "2026-12-01T00:00:00Z"
[campaign.fences]
all = true
[campaign.offer]
id = "o-c"
category = "electronics"
sender = "C"
message = "c"

[[campaign]]
id = "d-grocery"
name = "Weekend groceries"
event_kinds = ["enter", "dwell"]
priority = 3
cooldown = "24h"
max_age = "5m"
[campaign.fences]
tags = ["grocery"]
[campaign.offer]
id = "o-d"
category = "groceries"
sender = "D"
message = "d"
[campaign.schedule]
days = ["sat", "sun"]
"#;

/// The oracle's view of each campaign: (id, category, max_age, cooldown).
const CAMPAIGNS: [(&str, &str, u64, u64); 4] = [
    ("a-coffee", "food", 5 * 60, 3600),
    ("b-night", "alcohol", 10 * 60, 0),
    ("c-anywhere", "electronics", 2 * 60, 30 * 60),
    ("d-grocery", "groceries", 5 * 60, 24 * 3600),
];

/// Hand-written schedules: does `campaign` run at this store-local time?
fn oracle_scheduled(campaign: &str, now: Timestamp, store_tz: Tz) -> bool {
    let local = DateTime::from_timestamp_millis(now.as_millis())
        .unwrap()
        .with_timezone(&store_tz);
    let (day, h) = (local.weekday(), local.hour());
    let weekday = |d: Weekday| !matches!(d, Weekday::Sat | Weekday::Sun);
    match campaign {
        "a-coffee" => weekday(day) && ((7..11).contains(&h) || (16..20).contains(&h)),
        // 22:00-02:00 every day (the part after midnight belongs to the
        // previous day, which runs too).
        "b-night" => !(2..22).contains(&h),
        "c-anywhere" => now >= at("2026-01-01T00:00:00Z") && now < at("2026-12-01T00:00:00Z"),
        "d-grocery" => !weekday(day),
        other => panic!("unknown campaign {other}"),
    }
}

/// Hand-written opening hours, store-local: fence-1 publishes none (always
/// open), fence-2 is open Mo-Sa 07:00-23:00, fence-3 10:00-02:00 every day.
/// The runs pass this as `FenceAttributes::store_open`, as the stream layer
/// passes `Fence::is_open_at`.
fn oracle_store_open(fence: usize, now: Timestamp, store_tz: Tz) -> bool {
    let local = DateTime::from_timestamp_millis(now.as_millis())
        .unwrap()
        .with_timezone(&store_tz);
    let h = local.hour();
    match fence {
        0 => true,
        1 => local.weekday() != Weekday::Sun && (7..23).contains(&h),
        2 => !(2..10).contains(&h),
        other => panic!("unknown fence {other}"),
    }
}

fn oracle_matches(campaign: &str, kind: EventKind, f: &Fence) -> bool {
    let tag = |t: &str| f.tags.iter().any(|x| x == t);
    match (campaign, kind) {
        ("a-coffee", EventKind::Enter | EventKind::Dwell) => tag("coffee"),
        ("b-night", EventKind::Dwell) => f.store.as_str() == "store-0002",
        ("c-anywhere", EventKind::Enter) => true,
        ("d-grocery", EventKind::Enter | EventKind::Dwell) => tag("grocery"),
        _ => false,
    }
}

fn fences() -> Vec<Fence> {
    vec![
        fence("fence-1", "store-0001", &["coffee"], Tz::Europe__Berlin),
        fence(
            "fence-2",
            "store-0002",
            &["coffee", "grocery"],
            Tz::America__New_York,
        ),
        fence("fence-3", "store-0003", &["grocery"], Tz::Asia__Tokyo),
    ]
}

const USERS: [&str; 3] = ["u0", "u1", "u2"];
const TIME_ZONES: [&str; 5] = [
    "Europe/Berlin",
    "America/New_York",
    "Asia/Tokyo",
    "UTC",
    "Mars/Olympus",
];
const CATEGORIES: [&str; 4] = ["FOOD", "alcohol", "Electronics", "toys"];
const STARTS: [&str; 3] = [
    "2026-03-27T18:00:00Z", // Berlin springs forward on Sunday 03-29
    "2026-10-23T18:00:00Z", // Berlin falls back on Sunday 10-25
    "2026-06-10T05:00:00Z",
];

#[derive(Debug, Clone)]
enum Op {
    Consent {
        user: usize,
        version: u64,
        location: bool,
        offers: bool,
        blocked: Vec<usize>,
        max_per_day: Option<u32>,
        quiet: Option<(u32, u32)>,
        tz: usize,
    },
    Erase {
        user: usize,
        version: u64,
    },
    Event {
        user: usize,
        fence: usize,
        kind: u8,
        visit: u8,
        age_s: u64,
    },
    Advance {
        minutes: u64,
    },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (
            0..USERS.len(),
            0u64..10,
            prop::bool::weighted(0.85),
            prop::bool::weighted(0.85),
            prop::collection::vec(0..CATEGORIES.len(), 0..2),
            prop::option::weighted(0.4, 0u32..5),
            prop::option::weighted(0.3, (0u32..24, 0u32..24)),
            prop_oneof![8 => 0..4usize, 1 => Just(4usize)],
        )
            .prop_map(|(user, version, location, offers, blocked, max_per_day, quiet, tz)| {
                Op::Consent { user, version, location, offers, blocked, max_per_day, quiet, tz }
            }),
        1 => (0..USERS.len(), 0u64..10).prop_map(|(user, version)| Op::Erase { user, version }),
        8 => (0..USERS.len(), 0..3usize, 0u8..5, 0u8..3, prop_oneof![4 => 0u64..150, 1 => 0u64..900])
            .prop_map(|(user, fence, kind, visit, age_s)| Op::Event { user, fence, kind, visit, age_s }),
        3 => prop_oneof![1u64..90, 60u64..900].prop_map(|minutes| Op::Advance { minutes }),
    ]
}

fn scenario() -> impl Strategy<Value = (usize, Vec<Op>, usize)> {
    (
        0..STARTS.len(),
        prop::collection::vec(op(), 1..120),
        0usize..120,
    )
}

fn to_update(op: &Op, now: Timestamp) -> Option<ConsentUpdate> {
    match *op {
        Op::Consent {
            user: u,
            version,
            location,
            offers,
            ref blocked,
            max_per_day,
            quiet,
            tz,
        } => {
            let mut purposes = Purposes::NONE;
            if location {
                purposes = purposes.with(Purpose::Location);
            }
            if offers {
                purposes = purposes.with(Purpose::Offers);
            }
            Some(ConsentUpdate::Set(ConsentRecord {
                user_id: user(USERS[u]),
                purposes,
                blocked_categories: blocked
                    .iter()
                    .map(|&c| Category::new(CATEGORIES[c]).unwrap())
                    .collect(),
                max_offers_per_day: max_per_day,
                quiet_hours: quiet.map(|(s, e)| QuietHours {
                    start: local(s, 0),
                    end: local(e, 0),
                }),
                time_zone: TIME_ZONES[tz].to_owned(),
                version,
                updated_at: now,
            }))
        }
        Op::Erase { user: u, version } => Some(ConsentUpdate::Erase(EraseRequest {
            user_id: user(USERS[u]),
            version,
            requested_at: now,
        })),
        _ => None,
    }
}

fn event_of(op: &Op, fences: &[Fence], base: Timestamp, now: Timestamp) -> Option<GeofenceEvent> {
    let Op::Event {
        user: u,
        fence: fi,
        kind,
        visit,
        age_s,
    } = *op
    else {
        return None;
    };
    let kind = match kind {
        0 | 1 => EventKind::Enter,
        2 | 3 => EventKind::Dwell,
        _ => EventKind::Exit(ExitReason::Left),
    };
    // Visit starts are fixed per (visit index), so several events share a visit.
    let visit_start = base.saturating_add(Duration::from_secs(3600 * u64::from(visit)));
    Some(fences[fi].event(
        USERS[u],
        kind,
        visit_start,
        now.saturating_sub(Duration::from_secs(age_s)),
    ))
}

/// Runs the ops through ledger, rules and history the way the stream layer
/// does (record each trigger at once; forget history on erase). When
/// `restart_at` is hit, every user's history goes through snapshot/restore
/// into a fresh `CapsHistory`. Returns every decision.
fn run(start: usize, ops: &[Op], restart_at: Option<usize>) -> Vec<Decision> {
    let rules = CampaignRules::from_toml_str(RULES).unwrap();
    let fences = fences();
    let base = at(STARTS[start]);
    let mut now = base;
    let mut ledger = ConsentLedger::new();
    let mut history = CapsHistory::new(rules.history_retention());
    let mut decisions = Vec::new();
    for (i, op) in ops.iter().enumerate() {
        if restart_at == Some(i) {
            let mut fresh = CapsHistory::new(rules.history_retention());
            let users: Vec<_> = history.users().cloned().collect();
            for u in users {
                let snapshot = history.snapshot(&u).unwrap();
                fresh.restore(u, snapshot);
            }
            history = fresh;
        }
        if let Some(update) = to_update(op, now) {
            let who = update.user_id().clone();
            if let Ok(change) = ledger.apply(update, now)
                && change.purge_history()
            {
                history.forget(&who);
            }
        } else if let Some(event) = event_of(op, &fences, base, now) {
            let Op::Event { fence: fi, .. } = *op else {
                unreachable!("only an event op makes an event")
            };
            let f = &fences[fi];
            let attrs = FenceAttributes {
                store_open: oracle_store_open(fi, now, f.tz),
                ..f.attrs()
            };
            let d = rules.decide(&event, &attrs, &ledger, &history, now);
            if let Decision::Trigger(t) = &d {
                history.record(t, event.visit_id);
            }
            decisions.push(d);
        } else if let Op::Advance { minutes } = *op {
            now = now.saturating_add(Duration::from_secs(60 * minutes));
            if minutes > 600 {
                let _ = history.prune(now);
            }
        }
    }
    decisions
}

/// The oracle's consent for one user.
#[derive(Debug, Clone)]
struct ModelConsent {
    location: bool,
    offers: bool,
    blocked: Vec<String>,
    max_per_day: Option<u32>,
    quiet: Option<(u32, u32)>,
    tz: Tz,
}

#[derive(Debug, Default)]
struct ModelUser {
    /// The ledger holds something (record or tombstone) for the user.
    seen: bool,
    version: u64,
    /// `None`: erased, or the latest record was unreadable (deny all).
    consent: Option<ModelConsent>,
    /// (time, campaign, visit) of every trigger since the last erase.
    sent: Vec<(Timestamp, String, VisitId)>,
}

fn local_date(t: Timestamp, tz: Tz) -> NaiveDate {
    DateTime::from_timestamp_millis(t.as_millis())
        .unwrap()
        .with_timezone(&tz)
        .date_naive()
}

fn in_quiet_hours(now: Timestamp, tz: Tz, quiet: Option<(u32, u32)>) -> bool {
    let (s, e) = quiet.unwrap_or((21, 8));
    let local = DateTime::from_timestamp_millis(now.as_millis())
        .unwrap()
        .with_timezone(&tz);
    let m = local.hour() * 60 + local.minute();
    let (s, e) = (s * 60, e * 60);
    if s <= e {
        s <= m && m < e
    } else {
        m >= s || m < e
    }
}

/// Replays the ops against the oracle and checks every decision of `run`.
fn check_against_oracle(start: usize, ops: &[Op]) -> Result<(), TestCaseError> {
    let decisions = run(start, ops, None);
    let fences = fences();
    let base = at(STARTS[start]);
    let mut now = base;
    let mut users: HashMap<usize, ModelUser> = HashMap::new();
    let mut next = decisions.iter();
    for op in ops {
        match *op {
            Op::Consent {
                user: u,
                version,
                location,
                offers,
                ref blocked,
                max_per_day,
                quiet,
                tz,
            } => {
                let m = users.entry(u).or_default();
                if m.seen && version <= m.version {
                    continue; // stale
                }
                m.version = version;
                m.consent = TIME_ZONES[tz].parse::<Tz>().ok().map(|tz| ModelConsent {
                    location,
                    offers,
                    blocked: blocked
                        .iter()
                        .map(|&c| CATEGORIES[c].to_lowercase())
                        .collect(),
                    max_per_day,
                    quiet,
                    tz,
                });
                m.seen = true;
            }
            Op::Erase { user: u, version } => {
                let m = users.entry(u).or_default();
                m.version = if m.seen {
                    m.version.max(version)
                } else {
                    version
                };
                m.consent = None;
                m.seen = true;
                m.sent.clear();
            }
            Op::Advance { minutes } => now = now.saturating_add(Duration::from_secs(60 * minutes)),
            Op::Event {
                user: u, fence: fi, ..
            } => {
                let event = event_of(op, &fences, base, now).unwrap();
                let d = next.next().unwrap();
                let m = users.entry(u).or_default();
                let granted = m.consent.as_ref().filter(|c| c.location && c.offers);
                let expected_consent_reason = match &m.consent {
                    None => Some(R::NoLocationConsent),
                    Some(c) if !c.location => Some(R::NoLocationConsent),
                    Some(c) if !c.offers => Some(R::NoOffersConsent),
                    Some(_) => None,
                };
                if let Some(r) = expected_consent_reason {
                    prop_assert_eq!(d, &Decision::Suppressed(r), "consent must fail closed");
                    continue;
                }
                let store_open = oracle_store_open(fi, now, fences[fi].tz);
                if d == &Decision::Suppressed(R::StoreClosed) {
                    prop_assert!(!store_open, "store_closed while the store is open");
                }
                let Decision::Trigger(t) = d else { continue };
                prop_assert!(store_open, "an offer while the store is closed");
                // Never a trigger unless both purposes are granted now.
                let c = granted.unwrap();
                prop_assert_eq!(t.consent_version, m.version);
                prop_assert_eq!(&t.user_id, &event.user_id);
                let (_, category, max_age, cooldown) = *CAMPAIGNS
                    .iter()
                    .find(|(id, ..)| *id == t.campaign_id.as_str())
                    .unwrap();
                let f = &fences[fi];
                prop_assert!(oracle_matches(t.campaign_id.as_str(), event.kind, f));
                prop_assert!(
                    !c.blocked.iter().any(|b| b == category),
                    "blocked category {}",
                    category
                );
                prop_assert!(
                    now.duration_since(event.event_time) <= Duration::from_secs(max_age),
                    "stale"
                );
                prop_assert!(
                    oracle_scheduled(t.campaign_id.as_str(), now, f.tz),
                    "outside schedule"
                );
                prop_assert!(
                    !in_quiet_hours(now, c.tz, c.quiet),
                    "in quiet hours at {}",
                    now
                );
                // One offer per visit, for visits up to the history retention
                // (48 hours here; presence ends visits long before that).
                prop_assert!(
                    !m.sent.iter().any(|(at, _, v)| *v == event.visit_id
                        && now.duration_since(*at) < perimeter_offers::MIN_RETENTION),
                    "second offer in a visit"
                );
                prop_assert!(
                    !m.sent
                        .iter()
                        .any(|(at, camp, _)| camp == t.campaign_id.as_str()
                            && now.duration_since(*at) < Duration::from_secs(cooldown)),
                    "cooldown"
                );
                let today = local_date(now, c.tz);
                let cap = c.max_per_day.map_or(3, |u| u.min(3));
                let sent_today = m
                    .sent
                    .iter()
                    .filter(|(at, ..)| local_date(*at, c.tz) == today)
                    .count();
                prop_assert!(
                    sent_today < cap as usize,
                    "cap {} exceeded: {} sent today",
                    cap,
                    sent_today
                );
                m.sent
                    .push((now, t.campaign_id.to_string(), event.visit_id));
            }
        }
    }
    prop_assert!(next.next().is_none());
    Ok(())
}

fn config() -> Config {
    Config {
        cases: 1000,
        rng_seed: RngSeed::Fixed(0x0FF3_25EE_D000_0001),
        failure_persistence: None,
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn decisions_respect_consent_caps_quiet_hours_and_schedules((start, ops, _) in scenario()) {
        check_against_oracle(start, &ops)?;
    }

    #[test]
    fn replaying_the_same_inputs_gives_the_same_decisions((start, ops, _) in scenario()) {
        prop_assert_eq!(run(start, &ops, None), run(start, &ops, None));
    }

    #[test]
    fn snapshot_and_restore_mid_stream_gives_the_same_decisions((start, ops, k) in scenario()) {
        prop_assert_eq!(run(start, &ops, None), run(start, &ops, Some(k % ops.len())));
    }
}

/// The generated scenarios must actually exercise the interesting paths,
/// or the properties above prove little.
#[test]
fn scenarios_reach_triggers_and_every_consent_and_cap_reason() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::new(config());
    let mut seen: HashMap<String, usize> = HashMap::new();
    for _ in 0..200 {
        let (start, ops, _) = scenario().new_tree(&mut runner).unwrap().current();
        for d in run(start, &ops, None) {
            let key = match d {
                Decision::Trigger(_) => "trigger".to_owned(),
                Decision::Suppressed(r) => r.to_string(),
            };
            *seen.entry(key).or_default() += 1;
        }
    }
    for want in [
        "trigger",
        "no_location_consent",
        "no_offers_consent",
        "category_blocked",
        "quiet_hours",
        "frequency_cap",
        "cooldown",
        "outside_schedule",
        "stale_event",
        "one_per_visit",
        "no_matching_campaign",
        "store_closed",
    ] {
        assert!(
            seen.get(want).copied().unwrap_or(0) > 0,
            "never saw {want}: {seen:?}"
        );
    }
}
