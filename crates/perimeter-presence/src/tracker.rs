//! The presence tracker: per-user visit state machines in event time.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use perimeter_model::{
    EventId, EventKind, ExitReason, FenceId, GeofenceEvent, Ping, StoreId, Timestamp, UserId,
    VisitId,
};

use crate::config::{InvalidConfig, PresenceConfig};
use crate::snapshot::{InvalidSnapshot, UserSnapshot};
use crate::users::{Slot, UserTable};
use crate::visit::{FenceRef, UserState, Visit, VisitSet};

/// One fence near a ping, as the fence index reports it.
///
/// The caller passes every fence within the query radius of the ping,
/// inside or not. A fence with an open visit that is *absent* from the list
/// counts as confidently outside, so the radius must be at least
/// [`PresenceTracker::min_query_radius_m`] for the ping's accuracy.
#[derive(Debug, Clone, PartialEq)]
pub struct NearbyFence {
    /// The fence.
    pub fence_id: FenceId,
    /// Its store; events carry the store the fence had when the visit started.
    pub store_id: StoreId,
    /// The fence's dwell threshold (the catalog default is 5 min). The value
    /// on the ping that would emit DWELL is the one used.
    pub dwell_threshold: Duration,
    /// Exact containment of the ping's position: authoritative for inside
    /// versus outside.
    pub inside: bool,
    /// Signed distance from the ping's position to the fence edge in metres:
    /// negative inside, positive outside. Only used to judge confidence.
    pub distance_to_edge_m: f64,
}

/// Why a ping was not applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Late {
    /// The ping is older than the user's latest processed ping.
    OlderThanLastPing {
        /// Event time of the user's latest processed ping.
        last_ping: Timestamp,
    },
    /// The ping is older than the watermark passed with it: the partition
    /// has declared that event time complete.
    BehindWatermark {
        /// The watermark the ping was compared with.
        watermark: Timestamp,
    },
}

/// What one ping did.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The ping was applied; these are the events it caused (often none),
    /// in emission order.
    Processed(Vec<GeofenceEvent>),
    /// The ping was late: dropped, nothing changed. Count it.
    Late(Late),
}

impl Outcome {
    /// The events caused (none for a late ping).
    #[must_use]
    pub fn events(&self) -> &[GeofenceEvent] {
        match self {
            Self::Processed(events) => events,
            Self::Late(_) => &[],
        }
    }

    /// Whether the ping was late.
    #[must_use]
    pub const fn is_late(&self) -> bool {
        matches!(self, Self::Late(_))
    }
}

/// What a ping says about one fence: the rule of [`PresenceConfig`] that
/// decides, for one position, accuracy and fence (docs/presence.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// Inside, and sure of it: may ENTER, cancels a pending exit.
    ConfidentInside,
    /// Inside, but the accuracy circle crosses the edge: may DWELL on an
    /// open visit, never ENTERs, leaves a pending exit alone.
    UncertainInside,
    /// Outside but within the accuracy-scaled buffer: says nothing.
    Ambiguous,
    /// Beyond the buffer (or not near at all): counts towards EXIT.
    ConfidentOutside,
}

impl Reading {
    /// The reading's name in the admin API: `confident_inside`,
    /// `uncertain_inside`, `ambiguous`, `confident_outside`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Reading::ConfidentInside => "confident_inside",
            Reading::UncertainInside => "uncertain_inside",
            Reading::Ambiguous => "ambiguous",
            Reading::ConfidentOutside => "confident_outside",
        }
    }
}

impl PresenceConfig {
    /// What a ping with this accuracy says about `fence` (`None`: the
    /// fence is not near, which reads as confidently outside).
    #[must_use]
    pub fn reading(&self, accuracy_m: f64, fence: Option<&NearbyFence>) -> Reading {
        let Some(f) = fence else {
            return Reading::ConfidentOutside;
        };
        if f.inside {
            if accuracy_m <= -f.distance_to_edge_m || accuracy_m <= self.enter_accuracy_limit_m {
                Reading::ConfidentInside
            } else {
                Reading::UncertainInside
            }
        } else if f.distance_to_edge_m > self.exit_margin_m(accuracy_m) {
            Reading::ConfidentOutside
        } else {
            // Also a NaN distance: nothing can be concluded from it.
            Reading::Ambiguous
        }
    }

    /// How far outside a fence a ping with this accuracy must be to count
    /// towards EXIT: `exit_buffer_m + exit_accuracy_factor * accuracy`.
    #[must_use]
    pub fn exit_margin_m(&self, accuracy_m: f64) -> f64 {
        self.exit_buffer_m + self.exit_accuracy_factor * accuracy_m
    }
}

/// Order of events of one fence within one call: a visit ends before
/// another starts, and DWELL follows its ENTER.
const fn kind_rank(kind: EventKind) -> u8 {
    match kind {
        EventKind::Exit(_) => 0,
        EventKind::Enter => 1,
        EventKind::Dwell => 2,
    }
}

fn sort_by_fence_then_kind(events: &mut [GeofenceEvent]) {
    events.sort_by(|a, b| {
        a.fence_id
            .cmp(&b.fence_id)
            .then(kind_rank(a.kind).cmp(&kind_rank(b.kind)))
    });
}

fn sort_by_user_then_fence(events: &mut [GeofenceEvent]) {
    events.sort_by(|a, b| {
        a.user_id
            .cmp(&b.user_id)
            .then_with(|| a.fence_id.cmp(&b.fence_id))
    });
}

/// An event of `visit` with no deciding ping (accuracy, distance and
/// duration unset; callers fill in what they know).
fn event(
    user: &UserId,
    visit: &Visit,
    kind: EventKind,
    at: Timestamp,
    processing_time: Timestamp,
) -> GeofenceEvent {
    let fence = &visit.fence;
    GeofenceEvent {
        id: EventId::derive(user, &fence.fence_id, visit.entered_at, kind),
        kind,
        user_id: user.clone(),
        fence_id: fence.fence_id.clone(),
        store_id: fence.store_id.clone(),
        visit_id: VisitId::derive(user, &fence.fence_id, visit.entered_at),
        visit_start: visit.entered_at,
        event_time: at,
        processing_time,
        accuracy: None,
        distance_to_edge_m: None,
        duration: None,
        h3_cell: None,
    }
}

/// An EXIT no ping decided (timeout, fence removed or expired): event time
/// `at`, the visit lasting until `end`.
fn exit_without_ping(
    user: &UserId,
    visit: &Visit,
    reason: ExitReason,
    at: Timestamp,
    end: Timestamp,
    processing_time: Timestamp,
) -> GeofenceEvent {
    GeofenceEvent {
        duration: Some(end.duration_since(visit.entered_at)),
        h3_cell: None,
        ..event(user, visit, EventKind::Exit(reason), at, processing_time)
    }
}

/// EXIT(timeout) of every visit of a user silent since `last_ping`.
fn time_out(
    user: &UserId,
    state: &mut UserState,
    silence: Duration,
    processing_time: Timestamp,
    events: &mut Vec<GeofenceEvent>,
) {
    let deadline = state.last_ping.saturating_add(silence);
    for v in state.visits.as_slice() {
        let end = v.last_evidence(state.last_ping);
        events.push(exit_without_ping(
            user,
            v,
            ExitReason::Timeout,
            deadline,
            end,
            processing_time,
        ));
    }
    state.visits = VisitSet::None;
}

/// The fence references open visits share, one per (fence id, store).
///
/// Visits keep the store their fence had when they started, so one fence id
/// can have visits under two stores at once: the references of a store
/// the fence no longer has are kept (`superseded`) while a visit holds them,
/// so that [`FenceTable::knows`] stays true for every fence with an open
/// visit (a removal must end all of them).
#[derive(Debug, Default)]
struct FenceTable {
    /// The reference new visits get: the fence's latest store.
    current: HashMap<FenceId, Arc<FenceRef>>,
    /// References to earlier stores still held by open visits. Empty unless
    /// a fence changed store while someone was inside.
    superseded: HashMap<FenceId, Vec<Arc<FenceRef>>>,
}

impl FenceTable {
    fn intern(&mut self, f: &NearbyFence) -> Arc<FenceRef> {
        if let Some(r) = self.current.get(&f.fence_id)
            && r.store_id == f.store_id
        {
            return Arc::clone(r);
        }
        if let Some(r) = self
            .superseded
            .get(&f.fence_id)
            .and_then(|old| old.iter().find(|r| r.store_id == f.store_id))
        {
            // A restore can bring back visits under an earlier store.
            return Arc::clone(r);
        }
        // New fence, or its store changed: visits already open keep the old
        // reference (and store), new visits use the new one.
        let r = Arc::new(FenceRef {
            fence_id: f.fence_id.clone(),
            store_id: f.store_id.clone(),
        });
        if let Some(old) = self.current.insert(f.fence_id.clone(), Arc::clone(&r))
            && Arc::strong_count(&old) > 1
        {
            self.superseded
                .entry(f.fence_id.clone())
                .or_default()
                .push(old);
        }
        r
    }

    /// Whether some reference to `fence` may still be held by a visit.
    fn knows(&self, fence: &FenceId) -> bool {
        self.current.contains_key(fence) || self.superseded.contains_key(fence)
    }

    /// Drops every reference no visit holds.
    fn collect(&mut self) {
        self.current.retain(|_, r| Arc::strong_count(r) > 1);
        self.superseded.retain(|_, old| {
            old.retain(|r| Arc::strong_count(r) > 1);
            !old.is_empty()
        });
    }

    /// Drops `fence`'s references no visit holds.
    fn collect_one(&mut self, fence: &FenceId) {
        if self
            .current
            .get(fence)
            .is_some_and(|r| Arc::strong_count(r) == 1)
        {
            self.current.remove(fence);
        }
        if let Some(old) = self.superseded.get_mut(fence) {
            old.retain(|r| Arc::strong_count(r) > 1);
            if old.is_empty() {
                self.superseded.remove(fence);
            }
        }
    }

    /// Bytes of the tables and of the references they hold.
    fn bytes(&self) -> usize {
        let arc = allocated(2 * size_of::<usize>() + size_of::<FenceRef>());
        table_bytes::<FenceId, Arc<FenceRef>>(self.current.capacity())
            + self.current.len() * arc
            + table_bytes::<FenceId, Vec<Arc<FenceRef>>>(self.superseded.capacity())
            + self
                .superseded
                .values()
                .map(|old| allocated(old.capacity() * size_of::<Arc<FenceRef>>()) + old.len() * arc)
                .sum::<usize>()
    }
}

/// Tracks the visits of many users (typically: the users of one Kafka
/// partition) in event time. See the crate documentation for the semantics.
///
/// Deterministic: the same calls with the same arguments give the same
/// events in the same order, whatever the hash seeds, and a tracker restored
/// from [`snapshot`](Self::snapshot)s continues exactly like the original.
#[derive(Debug)]
pub struct PresenceTracker {
    config: PresenceConfig,
    users: UserTable,
    /// Interned fence references shared by open visits. May hold entries no
    /// visit uses any more until the next sweep collects them.
    fences: FenceTable,
    /// Users whose state changed since the last drain.
    changed: HashSet<UserId>,
    /// A lower bound of every user's [`UserState::due`]; `None` when no user
    /// is tracked. Lets a sweep with nothing to do return at once.
    next_due: Option<Timestamp>,
}

/// A measurement of a tracker's memory: every allocation the tracker owns
/// or keeps alive, from `size_of`, capacities and the user index's own
/// allocation size.
///
/// Small allocations (user id strings, interned fences, spilled visit lists)
/// are rounded up to 16 bytes, the size granule of common allocators. Not
/// included: per-allocation headers some allocators add on top (glibc's
/// malloc puts 8 bytes before each chunk, which makes a 15-byte user id's
/// 31-byte `Arc` allocation occupy 48 bytes instead of 32), and memory an
/// allocator holds after a free.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemoryUsage {
    /// Users with state.
    pub tracked_users: usize,
    /// Open visits over all users.
    pub open_visits: usize,
    /// Size of one user's slot in the slab: user id handle (16 bytes) and
    /// state (40 bytes, with one visit inline).
    pub slot_bytes: usize,
    /// The slab of user slots: capacity × `slot_bytes`. It grows by a
    /// quarter, so it is 80% to 100% full: 56 to 70 bytes per user.
    pub slab_bytes: usize,
    /// The hash index of slab positions: buckets × (4-byte position + 1
    /// control byte) + 16 control bytes. Buckets are a power of two at most
    /// 7/8 full: 5.7 to 11.4 bytes per user.
    pub index_bytes: usize,
    /// The user id strings the slab keeps alive: per user one `Arc<str>`
    /// allocation of 16 bytes of reference counts + the id's bytes, rounded
    /// up to 16. Counted in full although the caller may share it.
    pub user_id_bytes: usize,
    /// Visit lists of users with two or more open visits.
    pub spill_bytes: usize,
    /// The fence interning table and its `FenceRef` allocations (the id
    /// strings themselves are shared with the catalog and not counted).
    pub fence_bytes: usize,
    /// The changed-users set. It keeps its capacity across drains, so this
    /// is as large as the largest batch of changed users so far.
    pub changed_bytes: usize,
}

impl MemoryUsage {
    /// Sum of all parts.
    #[must_use]
    pub const fn total_bytes(&self) -> usize {
        self.slab_bytes
            + self.index_bytes
            + self.user_id_bytes
            + self.spill_bytes
            + self.fence_bytes
            + self.changed_bytes
    }
}

/// What a small heap allocation of `bytes` occupies: allocators hand out
/// blocks in multiples of 16 bytes.
const fn allocated(bytes: usize) -> usize {
    bytes.next_multiple_of(16)
}

/// Buckets of a hashbrown table with capacity `cap` (7/8 load, power of two).
fn buckets(cap: usize) -> usize {
    if cap == 0 {
        0
    } else {
        (cap / 7 * 8).max(cap + 1).next_power_of_two()
    }
}

fn table_bytes<K, V>(cap: usize) -> usize {
    let b = buckets(cap);
    if b == 0 {
        0
    } else {
        b * (size_of::<(K, V)>() + 1) + 16
    }
}

impl PresenceTracker {
    /// An empty tracker.
    ///
    /// # Errors
    /// [`InvalidConfig`] if `config` does not [`validate`](PresenceConfig::validate).
    pub fn new(config: PresenceConfig) -> Result<Self, InvalidConfig> {
        config.validate()?;
        Ok(Self {
            config,
            users: UserTable::default(),
            fences: FenceTable::default(),
            changed: HashSet::new(),
            next_due: None,
        })
    }

    /// The configuration in force.
    #[must_use]
    pub const fn config(&self) -> &PresenceConfig {
        &self.config
    }

    /// The smallest radius, in metres from the ping's position, the caller
    /// must query the fence index with so that a fence missing from the
    /// answer is confidently outside by the EXIT rule:
    /// `exit_buffer_m + exit_accuracy_factor * accuracy`. A larger radius is
    /// always fine.
    #[must_use]
    pub fn min_query_radius_m(&self, accuracy: perimeter_model::Accuracy) -> f64 {
        self.config.exit_margin_m(accuracy.metres())
    }

    /// Users with state (an open visit, or a recent exit still guarding
    /// against late pings).
    #[must_use]
    pub fn tracked_users(&self) -> usize {
        self.users.len()
    }

    /// Open visits over all users. Walks every user: for gauges, not per ping.
    #[must_use]
    pub fn open_visits(&self) -> usize {
        self.users.iter().map(|(_, s)| s.visits.len()).sum()
    }

    /// Whether the user has state.
    #[must_use]
    pub fn is_tracked(&self, user: &UserId) -> bool {
        self.users.contains(user)
    }

    /// The fences where `user` has an open visit, in fence-id order. A
    /// caller that learns containment from an exact point lookup (rather
    /// than a radius query) must still pass these fences in `nearby`, with
    /// their distance, because an absent fence counts as confidently outside.
    pub fn open_fences(&self, user: &UserId) -> impl Iterator<Item = &FenceId> {
        self.users
            .get(user)
            .map(|s| s.visits.as_slice())
            .unwrap_or_default()
            .iter()
            .map(Visit::fence_id)
    }

    fn note_due(&mut self, due: Timestamp) {
        self.next_due = Some(self.next_due.map_or(due, |d| d.min(due)));
    }

    /// Applies one ping of `ping.user_id`.
    ///
    /// `nearby` is the fence index's answer for the ping's position (see
    /// [`NearbyFence`]); if a fence appears more than once, its first entry
    /// is used. `watermark` is the partition's current event-time watermark
    /// (never decreasing between calls); `processing_time` is stamped on the
    /// events.
    ///
    /// Returns [`Outcome::Late`] (and changes nothing) for a ping older than
    /// the watermark or than the user's latest processed ping; otherwise the
    /// events, in order: timeouts the ping reveals (the user was silent for
    /// `exit_after_silence` before it), then the ping's own events sorted by
    /// fence id, EXIT before ENTER before DWELL.
    pub fn update(
        &mut self,
        ping: &Ping,
        nearby: &[NearbyFence],
        watermark: Timestamp,
        processing_time: Timestamp,
    ) -> Outcome {
        let t = ping.timestamp;
        if t < watermark {
            return Outcome::Late(Late::BehindWatermark { watermark });
        }
        let accuracy_m = ping.accuracy.metres();
        let cfg = &self.config;
        let (events, changed, due) = if let Some(state) = self.users.get_mut(&ping.user_id) {
            if t < state.last_ping {
                return Outcome::Late(Late::OlderThanLastPing {
                    last_ping: state.last_ping,
                });
            }
            let (events, changed) = advance(
                cfg,
                &mut self.fences,
                ping,
                state,
                false,
                nearby,
                processing_time,
            );
            (events, changed, state.due(cfg.exit_after_silence))
        } else {
            // The hot path for the many users in no fence: nothing to remember
            // unless the ping is confidently inside somewhere.
            if !nearby
                .iter()
                .any(|f| cfg.reading(accuracy_m, Some(f)) == Reading::ConfidentInside)
            {
                return Outcome::Processed(Vec::new());
            }
            let mut state = UserState {
                last_ping: t,
                visits: VisitSet::None,
            };
            let (events, _) = advance(
                cfg,
                &mut self.fences,
                ping,
                &mut state,
                true,
                nearby,
                processing_time,
            );
            if state.visits.is_empty() {
                // Only possible with a repeated fence id whose first entry
                // was not confident: the user stays untracked.
                return Outcome::Processed(events);
            }
            let due = state.due(cfg.exit_after_silence);
            self.users.insert(ping.user_id.clone(), state);
            (events, true, due)
        };
        if changed {
            self.changed.insert(ping.user_id.clone());
            self.note_due(due);
        }
        Outcome::Processed(events)
    }

    /// Ends the visits of users silent for `exit_after_silence` of event time
    /// as of `watermark` (EXIT, reason timeout, event time = last ping +
    /// `exit_after_silence`), and forgets users with no open visit whose last
    /// ping the watermark has passed. Events are sorted by user id, then
    /// fence id.
    ///
    /// Cheap when nothing is due; otherwise it walks every tracked user, so
    /// call it when the watermark has moved by a meaningful step (a second,
    /// say), not per ping. Timeouts do not depend on the sweep cadence: a
    /// ping arriving after the deadline emits the same timeout first.
    pub fn sweep(
        &mut self,
        watermark: Timestamp,
        processing_time: Timestamp,
    ) -> Vec<GeofenceEvent> {
        match self.next_due {
            Some(due) if watermark >= due => {}
            _ => return Vec::new(),
        }
        let silence = self.config.exit_after_silence;
        let mut events = Vec::new();
        let mut next_due: Option<Timestamp> = None;
        let changed = &mut self.changed;
        self.users.retain(|user, state| {
            if !state.visits.is_empty() && watermark >= state.last_ping.saturating_add(silence) {
                time_out(user, state, silence, processing_time, &mut events);
            }
            if state.visits.is_empty() && state.last_ping < watermark {
                // No ping at or before the watermark can be processed any
                // more, so the late-ping guard has done its job.
                changed.insert(user.clone());
                return false;
            }
            let due = state.due(silence);
            next_due = Some(next_due.map_or(due, |d| d.min(due)));
            true
        });
        self.next_due = next_due;
        self.fences.collect();
        sort_by_user_then_fence(&mut events);
        events
    }

    /// Ends every open visit at the `removed` fences (EXIT, reason
    /// fence_removed, event time `at`), for a catalog update that dropped
    /// them. The same as [`end_visits`](Self::end_visits) with
    /// [`ExitReason::FenceRemoved`].
    pub fn fences_removed(
        &mut self,
        removed: &[FenceId],
        at: Timestamp,
        processing_time: Timestamp,
    ) -> Vec<GeofenceEvent> {
        self.end_visits(removed, ExitReason::FenceRemoved, at, processing_time)
    }

    /// Ends every open visit at `fences` with EXIT(`reason`) and event time
    /// `event_time`, for fences that stopped taking part: removed from the
    /// catalog ([`ExitReason::FenceRemoved`], event time the catalog
    /// update's) or past the end of their validity window
    /// ([`ExitReason::FenceExpired`], event time the window's end). Each EXIT
    /// carries the visit duration, to the last evidence of presence capped
    /// at `event_time`, and the visit's deterministic EXIT id. No ping
    /// decided it: accuracy and distance are unset. Users keep a late-ping
    /// guard until the next sweep. Events are sorted by user id, then fence
    /// id. Walks every tracked user unless no open visit is at one of
    /// `fences`.
    pub fn end_visits(
        &mut self,
        fences: &[FenceId],
        reason: ExitReason,
        event_time: Timestamp,
        now: Timestamp,
    ) -> Vec<GeofenceEvent> {
        // The interning table knows every fence with an open visit.
        let gone: HashSet<&FenceId> = fences.iter().filter(|f| self.fences.knows(f)).collect();
        if gone.is_empty() {
            return Vec::new();
        }
        let mut events = Vec::new();
        for (user, state) in self.users.iter_mut() {
            let before = events.len();
            let last_ping = state.last_ping;
            state.visits.retain(|v| {
                if !gone.contains(v.fence_id()) {
                    return true;
                }
                let end = v.last_evidence(last_ping).min(event_time);
                events.push(exit_without_ping(user, v, reason, event_time, end, now));
                false
            });
            if events.len() > before {
                self.changed.insert(user.clone());
                if state.visits.is_empty() {
                    let due = state.due(self.config.exit_after_silence);
                    self.next_due = Some(self.next_due.map_or(due, |d| d.min(due)));
                }
            }
        }
        for f in gone {
            // Collect the interned references now if no visit holds them.
            self.fences.collect_one(f);
        }
        sort_by_user_then_fence(&mut events);
        events
    }

    /// Forgets everything about `user` (consent revoked, erasure). Emits no
    /// event. Returns whether there was state; if so the user is reported by
    /// [`drain_changed_users`](Self::drain_changed_users) (write a tombstone).
    pub fn purge(&mut self, user: &UserId) -> bool {
        match self.users.remove(user) {
            Some(slot) => {
                self.changed.insert(slot.user);
                true
            }
            None => false,
        }
    }

    /// The users whose state changed since the last drain, sorted, so the
    /// caller can write one changelog record each: [`snapshot`](Self::snapshot)
    /// if `Some`, a tombstone if `None`. Late pings and exact duplicates
    /// change nothing.
    pub fn drain_changed_users(&mut self) -> Vec<UserId> {
        let mut users: Vec<UserId> = self.changed.drain().collect();
        users.sort_unstable();
        users
    }

    /// The user's state as plain values for the changelog, or `None` if
    /// Perimeter keeps no state for the user (write a tombstone). Visits are
    /// in fence-id order.
    #[must_use]
    pub fn snapshot(&self, user: &UserId) -> Option<UserSnapshot> {
        self.users.get(user).map(UserSnapshot::of)
    }

    /// Replaces `user`'s state with a snapshot read from the changelog. Does
    /// not mark the user changed. For a tombstone, do nothing (or
    /// [`purge`](Self::purge) if the tracker may hold stale state). Visits
    /// may come in any order.
    ///
    /// # Errors
    /// [`InvalidSnapshot`] for a snapshot the tracker could not have
    /// produced (a visit starting after the latest ping, a pending exit
    /// outside the visit or of zero pings, two visits at one fence); the
    /// tracker is then unchanged.
    pub fn restore(&mut self, user: UserId, snapshot: UserSnapshot) -> Result<(), InvalidSnapshot> {
        let UserSnapshot { last_ping, visits } = snapshot.checked()?;
        let visits = visits
            .into_iter()
            .map(|v| {
                let fence = self.fences.intern(&NearbyFence {
                    fence_id: v.fence_id.clone(),
                    store_id: v.store_id.clone(),
                    dwell_threshold: Duration::ZERO,
                    inside: false,
                    distance_to_edge_m: 0.0,
                });
                v.into_visit(fence)
            })
            .collect();
        let state = UserState {
            last_ping,
            visits: VisitSet::from_sorted(visits),
        };
        self.note_due(state.due(self.config.exit_after_silence));
        self.users.insert(user, state);
        Ok(())
    }

    /// Measures the tracker's memory (see [`MemoryUsage`]). Walks every
    /// user: for gauges, not per ping.
    #[must_use]
    pub fn memory_usage(&self) -> MemoryUsage {
        let arc_header = 2 * size_of::<usize>();
        let mut usage = MemoryUsage {
            tracked_users: self.users.len(),
            open_visits: 0,
            slot_bytes: size_of::<Slot>(),
            slab_bytes: self.users.slab_bytes(),
            index_bytes: self.users.index_bytes(),
            user_id_bytes: 0,
            spill_bytes: 0,
            fence_bytes: self.fences.bytes(),
            changed_bytes: table_bytes::<UserId, ()>(self.changed.capacity()),
        };
        for (user, state) in self.users.iter() {
            usage.open_visits += state.visits.len();
            usage.user_id_bytes += allocated(arc_header + user.as_str().len());
            usage.spill_bytes += allocated(state.visits.heap_bytes());
        }
        usage
    }
}

/// `a.cmp(b)`, without reading the strings when both share one allocation
/// (the usual case: visits intern the ids the fence index hands out).
fn cmp_fence(a: &FenceId, b: &FenceId) -> std::cmp::Ordering {
    if std::ptr::eq(a.as_str(), b.as_str()) {
        std::cmp::Ordering::Equal
    } else {
        a.cmp(b)
    }
}

/// The index's answer sorted by fence id, without repeats (the first entry
/// of a repeated fence stays). Borrows the caller's slice when it is already
/// sorted and unique (always so for zero or one fence), so the common case
/// allocates nothing.
enum SortedNearby<'a> {
    Borrowed(&'a [NearbyFence]),
    Sorted(Vec<&'a NearbyFence>),
}

impl<'a> SortedNearby<'a> {
    fn new(nearby: &'a [NearbyFence]) -> Self {
        if nearby.windows(2).all(|w| match w {
            [a, b] => a.fence_id < b.fence_id,
            _ => true,
        }) {
            return Self::Borrowed(nearby);
        }
        let mut near: Vec<&NearbyFence> = nearby.iter().collect();
        // Stable: of repeated fence ids, the first entry stays.
        near.sort_by(|a, b| a.fence_id.cmp(&b.fence_id));
        near.dedup_by(|later, earlier| later.fence_id == earlier.fence_id);
        Self::Sorted(near)
    }

    fn find(&self, id: &FenceId) -> Option<&'a NearbyFence> {
        match self {
            Self::Borrowed(s) => s
                .binary_search_by(|n| cmp_fence(&n.fence_id, id))
                .ok()
                .and_then(|i| s.get(i)),
            Self::Sorted(v) => v
                .binary_search_by(|n| cmp_fence(&n.fence_id, id))
                .ok()
                .and_then(|i| v.get(i).copied()),
        }
    }

    fn iter(&self) -> impl Iterator<Item = &'a NearbyFence> + '_ {
        let (borrowed, sorted) = match self {
            Self::Borrowed(s) => (s.iter(), [].iter()),
            Self::Sorted(v) => ([].iter(), v.iter()),
        };
        borrowed.chain(sorted.copied())
    }
}

/// Applies `ping` to one user's `state` (created for this ping if `is_new`).
/// Returns the events and whether the state changed.
fn advance(
    cfg: &PresenceConfig,
    fences: &mut FenceTable,
    ping: &Ping,
    state: &mut UserState,
    is_new: bool,
    nearby: &[NearbyFence],
    processing_time: Timestamp,
) -> (Vec<GeofenceEvent>, bool) {
    let user = &ping.user_id;
    let t = ping.timestamp;
    let accuracy_m = ping.accuracy.metres();
    let mut events = Vec::new();
    let mut changed = false;

    if !state.visits.is_empty() && t >= state.last_ping.saturating_add(cfg.exit_after_silence) {
        time_out(
            user,
            state,
            cfg.exit_after_silence,
            processing_time,
            &mut events,
        );
        changed = true;
    }
    // A second ping at the same instant (an exact duplicate, or a conflicting
    // fix) neither advances an exit run's ping count nor starts a visit, so
    // duplicates are harmless and visit starts (and event ids) stay unique.
    let same_instant = !is_new && t == state.last_ping;
    if t != state.last_ping {
        state.last_ping = t;
        changed = true;
    }
    let timeouts = events.len();

    let near = SortedNearby::new(nearby);
    let find = |id: &FenceId| near.find(id);

    let dwell = |v: &mut Visit, f: &NearbyFence, events: &mut Vec<GeofenceEvent>| -> bool {
        if v.dwelled || v.exit_pending() || t < v.entered_at.saturating_add(f.dwell_threshold) {
            return false;
        }
        v.dwelled = true;
        events.push(GeofenceEvent {
            accuracy: Some(ping.accuracy),
            distance_to_edge_m: Some(f.distance_to_edge_m),
            duration: Some(t.duration_since(v.entered_at)),
            h3_cell: None,
            ..event(user, v, EventKind::Dwell, t, processing_time)
        });
        true
    };

    state.visits.retain(|v| {
        let f = find(v.fence_id());
        match (cfg.reading(accuracy_m, f), f) {
            (Reading::ConfidentInside, Some(f)) => {
                if v.outside_pings != 0 {
                    v.outside_pings = 0;
                    changed = true;
                }
                changed |= dwell(v, f, &mut events);
            }
            (Reading::UncertainInside, Some(f)) => changed |= dwell(v, f, &mut events),
            (Reading::ConfidentOutside, f) => {
                if v.outside_pings == 0 {
                    v.outside_since = t;
                    v.outside_pings = 1;
                    changed = true;
                } else if !same_instant && v.outside_pings < u16::MAX {
                    v.outside_pings += 1;
                    changed = true;
                }
                if v.outside_pings >= cfg.exit_debounce_pings
                    && t.duration_since(v.outside_since) >= cfg.exit_debounce
                {
                    events.push(GeofenceEvent {
                        accuracy: Some(ping.accuracy),
                        distance_to_edge_m: f.map(|f| f.distance_to_edge_m),
                        duration: Some(v.outside_since.duration_since(v.entered_at)),
                        h3_cell: None,
                        ..event(
                            user,
                            v,
                            EventKind::Exit(ExitReason::Left),
                            t,
                            processing_time,
                        )
                    });
                    changed = true;
                    return false;
                }
            }
            // Ambiguous says nothing; the inside readings always come with
            // their fence.
            _ => {}
        }
        true
    });

    if !same_instant {
        for f in near.iter() {
            if cfg.reading(accuracy_m, Some(f)) != Reading::ConfidentInside
                || state
                    .visits
                    .as_slice()
                    .binary_search_by(|v| v.fence_id().cmp(&f.fence_id))
                    .is_ok()
            {
                continue;
            }
            let mut v = Visit::new(fences.intern(f), t);
            events.push(GeofenceEvent {
                accuracy: Some(ping.accuracy),
                distance_to_edge_m: Some(f.distance_to_edge_m),
                ..event(user, &v, EventKind::Enter, t, processing_time)
            });
            dwell(&mut v, f, &mut events);
            state.visits.insert(v);
            changed = true;
        }
    }

    if let Some(ping_events) = events.get_mut(timeouts..) {
        sort_by_fence_then_kind(ping_events);
    }
    (events, changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_visit_is_stored_inline_and_a_slot_is_small() {
        assert_eq!(size_of::<Visit>(), 32);
        assert_eq!(size_of::<VisitSet>(), size_of::<Visit>());
        assert_eq!(size_of::<UserState>(), 40);
        assert_eq!(size_of::<Slot>(), 56);
    }

    fn ts(secs: i64) -> Timestamp {
        Timestamp::from_millis(1_700_000_000_000 + secs * 1000).unwrap()
    }

    fn inside(fence: &str) -> NearbyFence {
        NearbyFence {
            fence_id: FenceId::new(fence).unwrap(),
            store_id: StoreId::new("store-1").unwrap(),
            dwell_threshold: Duration::from_secs(300),
            inside: true,
            distance_to_edge_m: -20.0,
        }
    }

    /// A ping of `user` at `secs` inside `fences` (watermark a minute behind).
    fn ping(t: &mut PresenceTracker, user: &UserId, secs: i64, fences: &[NearbyFence]) {
        let ping = Ping {
            user_id: user.clone(),
            position: perimeter_model::Position::new(48.85, 2.35).unwrap(),
            accuracy: perimeter_model::Accuracy::new(10.0).unwrap(),
            timestamp: ts(secs),
        };
        assert!(!t.update(&ping, fences, ts(secs - 60), ts(secs)).is_late());
    }

    #[test]
    fn visit_open_when_its_fence_expires_gets_exit_fence_expired() {
        let mut t = PresenceTracker::new(PresenceConfig::default()).unwrap();
        let (ana, bob) = (UserId::new("ana").unwrap(), UserId::new("bob").unwrap());
        let (popup, shop) = (
            FenceId::new("popup").unwrap(),
            FenceId::new("shop").unwrap(),
        );
        ping(&mut t, &bob, 0, &[inside("popup")]);
        ping(&mut t, &ana, 10, &[inside("popup"), inside("shop")]);
        ping(&mut t, &ana, 400, &[inside("popup"), inside("shop")]);
        ping(&mut t, &bob, 450, &[inside("popup")]);
        let _ = t.drain_changed_users();

        // The pop-up's validity window ends at 500 s; the engine learns it
        // at 520 s of processing time.
        let expired = FenceId::new("popup").unwrap();
        let events = t.end_visits(
            std::slice::from_ref(&expired),
            ExitReason::FenceExpired,
            ts(500),
            ts(520),
        );
        let kind = EventKind::Exit(ExitReason::FenceExpired);
        let want: Vec<(&UserId, Timestamp, Duration)> = vec![
            // Sorted by user: each visit lasted to its last ping.
            (&ana, ts(10), Duration::from_secs(390)),
            (&bob, ts(0), Duration::from_secs(450)),
        ];
        assert_eq!(events.len(), want.len());
        for (e, (user, start, duration)) in events.iter().zip(want) {
            assert_eq!(&e.user_id, user);
            assert_eq!(e.fence_id, popup);
            assert_eq!(e.kind, kind);
            assert_eq!(e.id, EventId::derive(user, &popup, start, kind));
            // One visit ends once: any EXIT of the visit has this id.
            assert_eq!(
                e.id,
                EventId::derive(user, &popup, start, EventKind::Exit(ExitReason::Left))
            );
            assert_eq!(e.visit_id, VisitId::derive(user, &popup, start));
            assert_eq!(e.visit_start, start);
            assert_eq!(e.event_time, ts(500));
            assert_eq!(e.processing_time, ts(520));
            assert_eq!(e.duration, Some(duration));
            assert_eq!((e.accuracy, e.distance_to_edge_m), (None, None));
        }
        // Ana's visit to the shop goes on; both users' state changed.
        assert_eq!(t.open_visits(), 1);
        assert_eq!(t.open_fences(&ana).collect::<Vec<_>>(), [&shop]);
        assert_eq!(t.drain_changed_users(), [ana.clone(), bob.clone()]);
        // Nothing is left to end, and the same call again emits nothing.
        assert!(
            t.end_visits(&[expired], ExitReason::FenceExpired, ts(500), ts(530))
                .is_empty()
        );
    }

    #[test]
    fn exit_duration_is_capped_at_the_event_time() {
        // A ping after the window's end (the engine decides late) does not
        // lengthen the visit past the end of the window.
        let mut t = PresenceTracker::new(PresenceConfig::default()).unwrap();
        let ana = UserId::new("ana").unwrap();
        for secs in [0, 300, 600, 900] {
            ping(&mut t, &ana, secs, &[inside("popup")]);
        }
        let events = t.end_visits(
            &[FenceId::new("popup").unwrap()],
            ExitReason::FenceExpired,
            ts(600),
            ts(901),
        );
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].duration, Some(Duration::from_secs(600)));
    }

    #[test]
    fn fences_removed_is_end_visits_with_fence_removed() {
        let run = |removed: bool| {
            let mut t = PresenceTracker::new(PresenceConfig::default()).unwrap();
            let ana = UserId::new("ana").unwrap();
            ping(&mut t, &ana, 0, &[inside("a"), inside("b")]);
            ping(&mut t, &ana, 100, &[inside("a"), inside("b")]);
            let gone = [FenceId::new("a").unwrap()];
            let events = if removed {
                t.fences_removed(&gone, ts(130), ts(131))
            } else {
                t.end_visits(&gone, ExitReason::FenceRemoved, ts(130), ts(131))
            };
            let open: Vec<FenceId> = t.open_fences(&ana).cloned().collect();
            (events, open, t.drain_changed_users(), t.next_due)
        };
        let removed = run(true);
        assert_eq!(removed.0.len(), 1);
        assert_eq!(removed.0[0].kind, EventKind::Exit(ExitReason::FenceRemoved));
        assert_eq!(removed.1, [FenceId::new("b").unwrap()]);
        assert_eq!(removed, run(false));
    }

    #[test]
    fn bucket_estimate_matches_hashbrown_growth() {
        let mut m: HashMap<u64, u64> = HashMap::new();
        for i in 0..5_000u64 {
            m.insert(i, i);
            let b = buckets(m.capacity());
            assert!(b.is_power_of_two());
            assert_eq!(m.capacity(), if b < 8 { b - 1 } else { b / 8 * 7 });
        }
    }
}
