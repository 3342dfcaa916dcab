//! Model-based property tests: random ping sequences for several users and
//! fences, run through the tracker and through a deliberately simple
//! reference model of the semantics written from `docs/presence.md`.
//!
//! Seeded (ChaCha, fixed seed): a failure replays identically.

#![allow(
    clippy::unwrap_used,
    clippy::panic,
    reason = "test helpers: a failed unwrap is a failed test with a clear message"
)]

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::time::Duration;

use perimeter_model::{
    Accuracy, EventId, EventKind, ExitReason, FenceId, GeofenceEvent, Ping, Position, StoreId,
    Timestamp, UserId, VisitId,
};
use perimeter_presence::{
    InvalidSnapshot, Late, NearbyFence, Outcome, PendingExit, PresenceConfig, PresenceTracker,
    SnapshotError, UserSnapshot, VisitSnapshot,
};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, RngSeed};

const T0_MS: i64 = 1_700_000_000_000;
const USERS: usize = 3;
const FENCES: usize = 4;
const DWELL_S: [u64; FENCES] = [0, 60, 120, 300];
const STORES: [&str; FENCES] = ["s0", "s0", "s1", "s2"];

fn config() -> Config {
    Config {
        cases: 256,
        rng_algorithm: RngAlgorithm::ChaCha,
        rng_seed: RngSeed::Fixed(0x5045_5249_4d45_5445),
        failure_persistence: None,
        ..Config::default()
    }
}

fn ts(ms: i64) -> Timestamp {
    Timestamp::from_millis(ms.max(0)).unwrap()
}

fn user(i: usize) -> UserId {
    UserId::new(&format!("u{i}")).unwrap()
}

fn fence(i: usize) -> FenceId {
    FenceId::new(&format!("f{i}")).unwrap()
}

// ------------------------------------------------------------ reference model

#[derive(Debug, Clone, PartialEq)]
struct RefVisit {
    store: StoreId,
    start: Timestamp,
    /// (first ping, distinct pings) of the pending exit run.
    run: Option<(Timestamp, u16)>,
    dwelled: bool,
}

#[derive(Debug, Clone, PartialEq)]
struct RefUser {
    last: Timestamp,
    visits: BTreeMap<FenceId, RefVisit>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Reading {
    SureIn,
    UnsureIn,
    Ambiguous,
    SureOut,
}

/// The semantics, written as plainly as possible.
struct Reference {
    cfg: PresenceConfig,
    users: BTreeMap<UserId, RefUser>,
}

fn ev(
    u: &UserId,
    f: &FenceId,
    v: &RefVisit,
    kind: EventKind,
    at: Timestamp,
    pt: Timestamp,
) -> GeofenceEvent {
    GeofenceEvent {
        id: EventId::derive(u, f, v.start, kind),
        kind,
        user_id: u.clone(),
        fence_id: f.clone(),
        store_id: v.store.clone(),
        visit_id: VisitId::derive(u, f, v.start),
        visit_start: v.start,
        event_time: at,
        processing_time: pt,
        accuracy: None,
        distance_to_edge_m: None,
        duration: None,
        h3_cell: None,
    }
}

impl Reference {
    fn read(&self, acc: f64, f: Option<&NearbyFence>) -> Reading {
        match f {
            None => Reading::SureOut,
            Some(f) if f.inside => {
                if acc <= -f.distance_to_edge_m || acc <= self.cfg.enter_accuracy_limit_m {
                    Reading::SureIn
                } else {
                    Reading::UnsureIn
                }
            }
            Some(f) => {
                if f.distance_to_edge_m
                    > self.cfg.exit_buffer_m + self.cfg.exit_accuracy_factor * acc
                {
                    Reading::SureOut
                } else {
                    Reading::Ambiguous
                }
            }
        }
    }

    fn timeout_events(
        &self,
        u: &UserId,
        state: &RefUser,
        pt: Timestamp,
        out: &mut Vec<GeofenceEvent>,
    ) {
        let deadline = state.last.saturating_add(self.cfg.exit_after_silence);
        for (f, v) in &state.visits {
            let end = v.run.map_or(state.last, |(since, _)| since);
            out.push(GeofenceEvent {
                duration: Some(end.duration_since(v.start)),
                h3_cell: None,
                ..ev(u, f, v, EventKind::Exit(ExitReason::Timeout), deadline, pt)
            });
        }
    }

    fn update(
        &mut self,
        ping: &Ping,
        nearby: &[NearbyFence],
        wm: Timestamp,
        pt: Timestamp,
    ) -> Outcome {
        let t = ping.timestamp;
        let u = &ping.user_id;
        let acc = ping.accuracy.metres();
        if t < wm {
            return Outcome::Late(Late::BehindWatermark { watermark: wm });
        }
        let existing = self.users.get(u).cloned();
        if let Some(s) = &existing
            && t < s.last
        {
            return Outcome::Late(Late::OlderThanLastPing { last_ping: s.last });
        }
        let mut near: BTreeMap<FenceId, &NearbyFence> = BTreeMap::new();
        for f in nearby {
            near.entry(f.fence_id.clone()).or_insert(f);
        }
        let is_new = existing.is_none();
        let mut state = existing.unwrap_or(RefUser {
            last: t,
            visits: BTreeMap::new(),
        });
        let mut events = Vec::new();
        if !state.visits.is_empty() && t >= state.last.saturating_add(self.cfg.exit_after_silence) {
            self.timeout_events(u, &state, pt, &mut events);
            state.visits.clear();
        }
        let same = !is_new && t == state.last;
        state.last = t;
        let all: BTreeSet<FenceId> = near.keys().chain(state.visits.keys()).cloned().collect();
        for fid in all {
            let f = near.get(&fid).copied();
            let reading = self.read(acc, f);
            let with_ping = |e: GeofenceEvent| GeofenceEvent {
                accuracy: Some(ping.accuracy),
                distance_to_edge_m: f.map(|f| f.distance_to_edge_m),
                ..e
            };
            let dwell_due = |v: &RefVisit| {
                !v.dwelled
                    && v.run.is_none()
                    && f.is_some_and(|f| t >= v.start.saturating_add(f.dwell_threshold))
            };
            if let Some(mut v) = state.visits.remove(&fid) {
                let mut open = true;
                match reading {
                    Reading::SureIn | Reading::UnsureIn => {
                        if reading == Reading::SureIn {
                            v.run = None;
                        }
                        if dwell_due(&v) {
                            v.dwelled = true;
                            events.push(with_ping(GeofenceEvent {
                                duration: Some(t.duration_since(v.start)),
                                h3_cell: None,
                                ..ev(u, &fid, &v, EventKind::Dwell, t, pt)
                            }));
                        }
                    }
                    Reading::Ambiguous => {}
                    Reading::SureOut => {
                        let (since, n) = match v.run {
                            None => (t, 1),
                            Some((since, n)) if same => (since, n),
                            Some((since, n)) => (since, n.saturating_add(1)),
                        };
                        v.run = Some((since, n));
                        if n >= self.cfg.exit_debounce_pings
                            && t.duration_since(since) >= self.cfg.exit_debounce
                        {
                            events.push(with_ping(GeofenceEvent {
                                duration: Some(since.duration_since(v.start)),
                                h3_cell: None,
                                ..ev(u, &fid, &v, EventKind::Exit(ExitReason::Left), t, pt)
                            }));
                            open = false;
                        }
                    }
                }
                if open {
                    state.visits.insert(fid, v);
                }
            } else if reading == Reading::SureIn && !same {
                let Some(f) = f else { unreachable!() };
                let mut v = RefVisit {
                    store: f.store_id.clone(),
                    start: t,
                    run: None,
                    dwelled: false,
                };
                events.push(with_ping(ev(u, &fid, &v, EventKind::Enter, t, pt)));
                if dwell_due(&v) {
                    v.dwelled = true;
                    events.push(with_ping(GeofenceEvent {
                        duration: Some(Duration::ZERO),
                        h3_cell: None,
                        ..ev(u, &fid, &v, EventKind::Dwell, t, pt)
                    }));
                }
                state.visits.insert(fid, v);
            }
        }
        if !(is_new && state.visits.is_empty()) {
            self.users.insert(u.clone(), state);
        }
        Outcome::Processed(events)
    }

    fn sweep(&mut self, wm: Timestamp, pt: Timestamp) -> Vec<GeofenceEvent> {
        let mut events = Vec::new();
        let users: Vec<UserId> = self.users.keys().cloned().collect();
        for u in users {
            let Some(mut s) = self.users.remove(&u) else {
                continue;
            };
            if !s.visits.is_empty() && wm >= s.last.saturating_add(self.cfg.exit_after_silence) {
                self.timeout_events(&u, &s, pt, &mut events);
                s.visits.clear();
            }
            if !(s.visits.is_empty() && s.last < wm) {
                self.users.insert(u, s);
            }
        }
        events
    }

    fn fences_removed(
        &mut self,
        removed: &FenceId,
        at: Timestamp,
        pt: Timestamp,
    ) -> Vec<GeofenceEvent> {
        let mut events = Vec::new();
        for (u, s) in &mut self.users {
            if let Some(v) = s.visits.remove(removed) {
                let end = v.run.map_or(s.last, |(since, _)| since).min(at);
                events.push(GeofenceEvent {
                    duration: Some(end.duration_since(v.start)),
                    h3_cell: None,
                    ..ev(
                        u,
                        removed,
                        &v,
                        EventKind::Exit(ExitReason::FenceRemoved),
                        at,
                        pt,
                    )
                });
            }
        }
        events
    }
}

// ------------------------------------------------------------------ scenarios

#[derive(Debug, Clone, Copy)]
enum Seen {
    Absent,
    Inside(i16),
    Outside(i16),
}

#[derive(Debug, Clone)]
enum Op {
    Ping {
        user: usize,
        advance_s: u16,
        behind_s: u16,
        accuracy_m: f64,
        seen: Vec<Seen>,
    },
    /// Send the user's previous ping again, unchanged.
    Duplicate {
        user: usize,
    },
    /// Move the watermark to `now - lag` (never backwards) and sweep.
    Sweep {
        lag_s: u16,
    },
    RemoveFence {
        fence: usize,
    },
    Purge {
        user: usize,
    },
}

fn seen() -> impl Strategy<Value = Seen> {
    prop_oneof![
        3 => Just(Seen::Absent),
        3 => (-120i16..=0).prop_map(Seen::Inside),
        3 => (0i16..=150).prop_map(Seen::Outside),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    let ping = (
        0..USERS,
        prop_oneof![3 => 0u16..=5, 5 => 0u16..=120, 2 => 100u16..=900],
        prop_oneof![8 => Just(0u16), 2 => 0u16..=200],
        prop::sample::select(vec![3.0, 10.0, 20.0, 30.0, 60.0, 150.0]),
        prop::collection::vec(seen(), FENCES),
    )
        .prop_map(|(user, advance_s, behind_s, accuracy_m, seen)| Op::Ping {
            user,
            advance_s,
            behind_s,
            accuracy_m,
            seen,
        });
    prop_oneof![
        24 => ping,
        3 => (0..USERS).prop_map(|user| Op::Duplicate { user }),
        4 => prop::sample::select(vec![0u16, 30, 300]).prop_map(|lag_s| Op::Sweep { lag_s }),
        1 => (0..FENCES).prop_map(|fence| Op::RemoveFence { fence }),
        1 => (0..USERS).prop_map(|user| Op::Purge { user }),
    ]
}

fn presence_config() -> impl Strategy<Value = PresenceConfig> {
    (
        prop::sample::select(vec![0.0, 20.0, 50.0]),
        prop::sample::select(vec![0.0, 10.0, 20.0]),
        prop::sample::select(vec![0.0, 0.5, 1.0]),
        prop::sample::select(vec![0u64, 30, 60]),
        1u16..=3,
        prop::sample::select(vec![120u64, 600]),
    )
        .prop_map(
            |(limit, buffer, k, debounce, pings, silence)| PresenceConfig {
                enter_accuracy_limit_m: limit,
                exit_buffer_m: buffer,
                exit_accuracy_factor: k,
                exit_debounce: Duration::from_secs(debounce),
                exit_debounce_pings: pings,
                exit_after_silence: Duration::from_secs(silence),
            },
        )
}

/// What one op did, for comparing runs.
#[derive(Debug, Clone, PartialEq)]
enum Step {
    Ping(Outcome),
    Sweep(Vec<GeofenceEvent>),
    Removed(Vec<GeofenceEvent>),
    Purged(bool),
    Skipped,
}

impl Step {
    fn events(&self) -> &[GeofenceEvent] {
        match self {
            Self::Ping(o) => o.events(),
            Self::Sweep(e) | Self::Removed(e) => e,
            Self::Purged(_) | Self::Skipped => &[],
        }
    }
}

/// The inputs an op turns into, given the simulated clock. Both the tracker
/// and the reference see exactly these.
enum Input {
    Ping(Ping, Vec<NearbyFence>, Timestamp, Timestamp),
    Sweep(Timestamp, Timestamp),
    Remove(FenceId, Timestamp, Timestamp),
    Purge(UserId),
    Nothing,
}

/// Turns ops into concrete inputs (clock, watermark, last ping per user).
struct Driver {
    now_ms: i64,
    watermark: Timestamp,
    last_sent: Vec<Option<(Ping, Vec<NearbyFence>)>>,
}

impl Driver {
    fn new() -> Self {
        Self {
            now_ms: T0_MS,
            watermark: ts(T0_MS - 3_600_000),
            last_sent: vec![None; USERS],
        }
    }

    fn input(&mut self, op: &Op) -> Input {
        let pt = ts(self.now_ms + 1_000);
        match op {
            Op::Ping {
                user: u,
                advance_s,
                behind_s,
                accuracy_m,
                seen,
            } => {
                self.now_ms += i64::from(*advance_s) * 1000;
                let ping = Ping {
                    user_id: user(*u),
                    position: Position::new(45.0, 5.0).unwrap(),
                    accuracy: Accuracy::new(*accuracy_m).unwrap(),
                    timestamp: ts(self.now_ms - i64::from(*behind_s) * 1000),
                };
                let nearby: Vec<NearbyFence> = seen
                    .iter()
                    .enumerate()
                    .filter_map(|(i, s)| {
                        let (inside, d) = match *s {
                            Seen::Absent => return None,
                            Seen::Inside(d) => (true, f64::from(d)),
                            Seen::Outside(d) => (false, f64::from(d)),
                        };
                        Some(NearbyFence {
                            fence_id: fence(i),
                            store_id: StoreId::new(STORES[i]).unwrap(),
                            dwell_threshold: Duration::from_secs(DWELL_S[i]),
                            inside,
                            distance_to_edge_m: d,
                        })
                    })
                    .collect();
                let mut nearby = nearby;
                // Vary the index's answer: unsorted, or repeating a fence (the
                // first entry counts).
                if advance_s % 3 == 0 {
                    nearby.reverse();
                }
                if advance_s % 7 == 0
                    && let Some(first) = nearby.first().cloned()
                {
                    nearby.push(NearbyFence {
                        inside: !first.inside,
                        distance_to_edge_m: -first.distance_to_edge_m,
                        ..first
                    });
                }
                self.last_sent[*u] = Some((ping.clone(), nearby.clone()));
                Input::Ping(ping, nearby, self.watermark, ts(self.now_ms + 1_000))
            }
            Op::Duplicate { user } => match &self.last_sent[*user] {
                Some((p, n)) => Input::Ping(p.clone(), n.clone(), self.watermark, pt),
                None => Input::Nothing,
            },
            Op::Sweep { lag_s } => {
                self.watermark = self
                    .watermark
                    .max(ts(self.now_ms - i64::from(*lag_s) * 1000));
                Input::Sweep(self.watermark, pt)
            }
            Op::RemoveFence { fence: f } => Input::Remove(fence(*f), ts(self.now_ms), pt),
            Op::Purge { user: u } => Input::Purge(user(*u)),
        }
    }
}

fn apply(t: &mut PresenceTracker, input: &Input) -> Step {
    match input {
        Input::Ping(p, n, wm, pt) => Step::Ping(t.update(p, n, *wm, *pt)),
        Input::Sweep(wm, pt) => Step::Sweep(t.sweep(*wm, *pt)),
        Input::Remove(f, at, pt) => {
            Step::Removed(t.fences_removed(std::slice::from_ref(f), *at, *pt))
        }
        Input::Purge(u) => Step::Purged(t.purge(u)),
        Input::Nothing => Step::Skipped,
    }
}

fn apply_reference(r: &mut Reference, input: &Input) -> Step {
    match input {
        Input::Ping(p, n, wm, pt) => Step::Ping(r.update(p, n, *wm, *pt)),
        Input::Sweep(wm, pt) => Step::Sweep(r.sweep(*wm, *pt)),
        Input::Remove(f, at, pt) => Step::Removed(r.fences_removed(f, *at, *pt)),
        Input::Purge(u) => Step::Purged(r.users.remove(u).is_some()),
        Input::Nothing => Step::Skipped,
    }
}

/// Changelog as a consumer of `drain_changed_users` would keep it.
type Changelog = BTreeMap<UserId, UserSnapshot>;

fn write_changelog(t: &mut PresenceTracker, log: &mut Changelog) {
    for u in t.drain_changed_users() {
        match t.snapshot(&u) {
            Some(snapshot) => log.insert(u, snapshot),
            None => log.remove(&u),
        };
    }
}

fn snapshots(t: &PresenceTracker) -> Changelog {
    (0..USERS)
        .filter_map(|i| t.snapshot(&user(i)).map(|s| (user(i), s)))
        .collect()
}

/// The reference model's state of a user, as the tracker's snapshot must be.
fn reference_snapshot(r: &RefUser) -> UserSnapshot {
    UserSnapshot {
        last_ping: r.last,
        visits: r
            .visits
            .iter()
            .map(|(f, v)| VisitSnapshot {
                fence_id: f.clone(),
                store_id: v.store.clone(),
                entered_at: v.start,
                dwelled: v.dwelled,
                pending_exit: v.run.map(|(outside_since, outside_pings)| PendingExit {
                    outside_since,
                    outside_pings,
                }),
            })
            .collect(),
    }
}

fn reference_snapshots(r: &Reference) -> Changelog {
    r.users
        .iter()
        .map(|(u, s)| (u.clone(), reference_snapshot(s)))
        .collect()
}

/// The reference model's user for a snapshot (which must be valid).
fn reference_user(s: &UserSnapshot) -> RefUser {
    RefUser {
        last: s.last_ping,
        visits: s
            .visits
            .iter()
            .map(|v| {
                let visit = RefVisit {
                    store: v.store_id.clone(),
                    start: v.entered_at,
                    run: v.pending_exit.map(|e| (e.outside_since, e.outside_pings)),
                    dwelled: v.dwelled,
                };
                (v.fence_id.clone(), visit)
            })
            .collect(),
    }
}

/// Why the tracker must refuse `s`, written independently of it: the first
/// problem in fence-id order (visits at one fence: the second is the
/// problem).
fn expected_refusal(s: &UserSnapshot) -> Option<InvalidSnapshot> {
    let mut visits: Vec<&VisitSnapshot> = s.visits.iter().collect();
    visits.sort_by(|a, b| a.fence_id.cmp(&b.fence_id));
    let mut seen = BTreeSet::new();
    for v in visits {
        let reason = if !seen.insert(v.fence_id.clone()) {
            Some(SnapshotError::RepeatedFence)
        } else if v.entered_at > s.last_ping {
            Some(SnapshotError::StartsAfterLastPing {
                entered_at: v.entered_at,
                last_ping: s.last_ping,
            })
        } else {
            v.pending_exit.and_then(|e| {
                if e.outside_pings == 0 {
                    Some(SnapshotError::EmptyExit)
                } else if e.outside_since < v.entered_at {
                    Some(SnapshotError::ExitBeforeVisit {
                        outside_since: e.outside_since,
                        entered_at: v.entered_at,
                    })
                } else if e.outside_since > s.last_ping {
                    Some(SnapshotError::ExitAfterLastPing {
                        outside_since: e.outside_since,
                        last_ping: s.last_ping,
                    })
                } else {
                    None
                }
            })
        };
        if let Some(reason) = reason {
            return Some(InvalidSnapshot {
                fence_id: v.fence_id.clone(),
                reason,
            });
        }
    }
    None
}

/// Any snapshot of a user, valid or not: times around the drivers' start,
/// fences from the scenarios' set and one more (repeats possible), any
/// order. A fence's visits may be under one of two stores, as after a
/// store change (see the scenario
/// `removing_a_fence_ends_visits_that_started_under_its_previous_store`).
fn any_snapshot() -> impl Strategy<Value = UserSnapshot> {
    let time = || (-900i64..=300).prop_map(|s| ts(T0_MS + s * 1000));
    let visit = (
        0..=FENCES,
        0..2usize,
        time(),
        any::<bool>(),
        prop::option::of((
            time(),
            prop_oneof![1 => Just(0u16), 8 => 1u16..=3, 1 => Just(u16::MAX)],
        )),
    )
        .prop_map(|(f, moved, entered_at, dwelled, exit)| VisitSnapshot {
            fence_id: fence(f),
            store_id: StoreId::new(STORES[(f + moved) % FENCES]).unwrap(),
            entered_at,
            dwelled,
            pending_exit: exit.map(|(outside_since, outside_pings)| PendingExit {
                outside_since,
                outside_pings,
            }),
        });
    (time(), prop::collection::vec(visit, 0..4))
        .prop_map(|(last_ping, visits)| UserSnapshot { last_ping, visits })
}

/// A snapshot made valid: times clamped into order, pending exits of at
/// least one ping, one visit per fence.
fn valid(mut s: UserSnapshot) -> UserSnapshot {
    let mut seen = BTreeSet::new();
    s.visits.retain(|v| seen.insert(v.fence_id.clone()));
    for v in &mut s.visits {
        v.entered_at = v.entered_at.min(s.last_ping);
        if let Some(e) = &mut v.pending_exit {
            e.outside_since = e.outside_since.clamp(v.entered_at, s.last_ping);
            e.outside_pings = e.outside_pings.max(1);
        }
    }
    s
}

/// Checks what any event stream must satisfy, whatever the input.
fn check_stream(steps: &[(Input, Step)]) -> Result<(), TestCaseError> {
    // A purge forgets the user: replaying the same pings afterwards
    // legitimately derives the same ids again, so the checks restart.
    let mut ids: HashMap<EventId, UserId> = HashMap::new();
    // visit id -> (user, enter seen, dwell seen, exit seen)
    let mut visits: BTreeMap<VisitId, (Option<UserId>, bool, bool, bool)> = BTreeMap::new();
    // (user, fence) -> open visit
    let mut open: BTreeMap<(UserId, FenceId), VisitId> = BTreeMap::new();
    // (user, fence) -> end of the last closed visit
    let mut last_end: BTreeMap<(UserId, FenceId), Timestamp> = BTreeMap::new();
    for (input, step) in steps {
        if let Input::Purge(u) = input {
            ids.retain(|_, uu| uu != u);
            visits.retain(|_, v| v.0.as_ref() != Some(u));
            open.retain(|(uu, _), _| uu != u);
            last_end.retain(|(uu, _), _| uu != u);
        }
        for e in step.events() {
            prop_assert!(
                ids.insert(e.id, e.user_id.clone()).is_none(),
                "duplicate event id {e:?}"
            );
            prop_assert_eq!(
                e.id,
                EventId::derive(&e.user_id, &e.fence_id, e.visit_start, e.kind)
            );
            prop_assert_eq!(
                e.visit_id,
                VisitId::derive(&e.user_id, &e.fence_id, e.visit_start)
            );
            prop_assert!(e.event_time >= e.visit_start);
            let key = (e.user_id.clone(), e.fence_id.clone());
            let v = visits.entry(e.visit_id).or_default();
            v.0 = Some(e.user_id.clone());
            let v = (&mut v.1, &mut v.2, &mut v.3);
            match e.kind {
                EventKind::Enter => {
                    prop_assert!(!*v.0, "second ENTER of a visit");
                    prop_assert!(!open.contains_key(&key), "visits overlap: {e:?}");
                    if let Some(end) = last_end.get(&key) {
                        prop_assert!(e.visit_start >= *end, "starts before the last visit ended");
                    }
                    prop_assert_eq!(e.duration, None);
                    *v.0 = true;
                    open.insert(key, e.visit_id);
                }
                EventKind::Dwell => {
                    prop_assert!(*v.0 && !*v.2, "DWELL outside a visit");
                    prop_assert!(!*v.1, "second DWELL of a visit");
                    prop_assert_eq!(e.duration, Some(e.event_time.duration_since(e.visit_start)));
                    *v.1 = true;
                }
                EventKind::Exit(_) => {
                    prop_assert!(*v.0, "EXIT without ENTER: {e:?}");
                    prop_assert!(!*v.2, "second EXIT of a visit");
                    prop_assert_eq!(open.remove(&key), Some(e.visit_id));
                    let d = e.duration.unwrap_or(Duration::MAX);
                    prop_assert!(e.visit_start.saturating_add(d) <= e.event_time);
                    last_end.insert(key, e.visit_start.saturating_add(d));
                    *v.2 = true;
                }
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn tracker_matches_reference_model(
        cfg in presence_config(),
        ops in prop::collection::vec(op(), 1..80),
    ) {
        let mut t = PresenceTracker::new(cfg.clone()).unwrap();
        let mut r = Reference { cfg, users: BTreeMap::new() };
        let mut d = Driver::new();
        for (i, op) in ops.iter().enumerate() {
            let input = d.input(op);
            let got = apply(&mut t, &input);
            let want = apply_reference(&mut r, &input);
            prop_assert_eq!(&got, &want, "op {}: {:?}", i, op);
            for u in 0..USERS {
                prop_assert_eq!(t.is_tracked(&user(u)), r.users.contains_key(&user(u)));
            }
            // The snapshot holds exactly the state the semantics need.
            prop_assert_eq!(snapshots(&t), reference_snapshots(&r));
            prop_assert_eq!(t.open_visits(), r.users.values().map(|s| s.visits.len()).sum::<usize>());
        }
    }

    #[test]
    fn event_stream_invariants_hold(
        cfg in presence_config(),
        ops in prop::collection::vec(op(), 1..120),
    ) {
        let mut t = PresenceTracker::new(cfg).unwrap();
        let mut d = Driver::new();
        let mut steps = Vec::new();
        for op in &ops {
            let input = d.input(op);
            let step = apply(&mut t, &input);
            steps.push((input, step));
        }
        // Finally time everything out: every visit must close cleanly.
        let end = Input::Sweep(Timestamp::MAX, Timestamp::MAX);
        let step = apply(&mut t, &end);
        steps.push((end, step));
        prop_assert_eq!(t.tracked_users(), 0);
        check_stream(&steps)?;
    }

    #[test]
    fn duplicate_and_late_pings_change_nothing(
        cfg in presence_config(),
        ops in prop::collection::vec(op(), 1..80),
    ) {
        let mut t = PresenceTracker::new(cfg.clone()).unwrap();
        let mut r = Reference { cfg, users: BTreeMap::new() };
        let mut d = Driver::new();
        for op in &ops {
            let input = d.input(op);
            prop_assert_eq!(apply(&mut t, &input), apply_reference(&mut r, &input));
            t.drain_changed_users();
            let before = snapshots(&t);
            if let Input::Ping(p, n, wm, pt) = &input {
                // The same ping again.
                let again = t.update(p, n, *wm, *pt);
                prop_assert!(again.events().is_empty(), "duplicate caused {:?}", again);
                prop_assert_eq!(snapshots(&t), before.clone());
                prop_assert!(t.drain_changed_users().is_empty());
                // A ping one millisecond older than the user's last, inside
                // every fence: late, so it must do nothing.
                if let Some(s) = r.users.get(&p.user_id) {
                    let late = Ping {
                        timestamp: ts(s.last.as_millis() - 1),
                        accuracy: Accuracy::new(1.0).unwrap(),
                        ..p.clone()
                    };
                    let all_in: Vec<NearbyFence> = (0..FENCES)
                        .map(|i| NearbyFence {
                            fence_id: fence(i),
                            store_id: StoreId::new(STORES[i]).unwrap(),
                            dwell_threshold: Duration::ZERO,
                            inside: true,
                            distance_to_edge_m: -50.0,
                        })
                        .collect();
                    prop_assert!(t.update(&late, &all_in, *wm, *pt).is_late());
                    prop_assert_eq!(snapshots(&t), before);
                    prop_assert!(t.drain_changed_users().is_empty());
                }
            }
        }
    }

    #[test]
    fn snapshot_restore_at_any_point_matches_uninterrupted_run(
        cfg in presence_config(),
        ops in prop::collection::vec(op(), 1..80),
        split in any::<prop::sample::Index>(),
    ) {
        let split = split.index(ops.len() + 1);
        let mut uninterrupted = PresenceTracker::new(cfg.clone()).unwrap();
        let mut first = PresenceTracker::new(cfg.clone()).unwrap();
        let mut log = Changelog::new();
        let mut d = Driver::new();
        let inputs: Vec<Input> = ops.iter().map(|op| d.input(op)).collect();
        let mut expected = Vec::new();
        for input in &inputs {
            expected.push(apply(&mut uninterrupted, input));
        }
        for input in &inputs[..split] {
            apply(&mut first, input);
            write_changelog(&mut first, &mut log);
        }
        // The changelog kept from drained users equals a full snapshot.
        prop_assert_eq!(&log, &snapshots(&first));
        drop(first);
        let mut restored = PresenceTracker::new(cfg).unwrap();
        for (u, snapshot) in &log {
            restored.restore(u.clone(), snapshot.clone()).unwrap();
        }
        for (i, input) in inputs.iter().enumerate().skip(split) {
            let got = apply(&mut restored, input);
            prop_assert_eq!(&got, &expected[i], "op {} after restoring at {}", i, split);
            write_changelog(&mut restored, &mut log);
        }
        prop_assert_eq!(snapshots(&restored), snapshots(&uninterrupted));
        prop_assert_eq!(&log, &snapshots(&uninterrupted));
    }

    #[test]
    fn restore_refuses_exactly_what_the_tracker_cannot_produce(
        snapshot in any_snapshot(),
    ) {
        let mut t = PresenceTracker::new(PresenceConfig::default()).unwrap();
        match (t.restore(user(0), snapshot.clone()), expected_refusal(&snapshot)) {
            (Ok(()), None) => {
                let mut sorted = snapshot;
                sorted.visits.sort_by(|a, b| a.fence_id.cmp(&b.fence_id));
                prop_assert_eq!(t.snapshot(&user(0)), Some(sorted));
                prop_assert!(t.drain_changed_users().is_empty());
            }
            (Err(got), Some(want)) => {
                prop_assert_eq!(got, want);
                prop_assert!(!t.is_tracked(&user(0)), "a refused snapshot changed the tracker");
                prop_assert_eq!(t.open_visits(), 0);
            }
            (got, want) => prop_assert!(false, "restore gave {:?}, expected refusal {:?}", got, want),
        }
    }

    #[test]
    fn a_restored_snapshot_continues_like_the_reference_model(
        cfg in presence_config(),
        restored in prop::collection::vec(any_snapshot().prop_map(valid), USERS),
        ops in prop::collection::vec(op(), 1..60),
    ) {
        let mut t = PresenceTracker::new(cfg.clone()).unwrap();
        let mut r = Reference { cfg, users: BTreeMap::new() };
        for (i, s) in restored.iter().enumerate() {
            t.restore(user(i), s.clone()).unwrap();
            r.users.insert(user(i), reference_user(s));
        }
        prop_assert_eq!(snapshots(&t), reference_snapshots(&r));
        let mut d = Driver::new();
        for (i, op) in ops.iter().enumerate() {
            let input = d.input(op);
            let got = apply(&mut t, &input);
            let want = apply_reference(&mut r, &input);
            prop_assert_eq!(&got, &want, "op {}: {:?}", i, op);
            prop_assert_eq!(snapshots(&t), reference_snapshots(&r), "op {}: {:?}", i, op);
        }
    }
}
