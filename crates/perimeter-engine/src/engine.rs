//! [`PartitionEngine`]: one ping partition's presence state, caps history
//! and clocks, driven by ordered inputs.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::time::Duration;

use perimeter_fences::IncrementalIndex;
use perimeter_model::{
    EventKind, ExitReason, FenceId, GeofenceEvent, H3Cell, Ping, Position, Purpose, Timestamp,
    UserId,
};
use perimeter_offers::{
    CampaignRules, CapsHistory, ConsentChange, ConsentLedger, Decision, FenceAttributes, GrantHash,
};
use perimeter_presence::{InvalidConfig, NearbyFence, Outcome, PresenceConfig, PresenceTracker};
use perimeter_wire::{
    DlqEntry, PingReader, SuppressionAudit, encode_event, encode_suppression, encode_trigger,
};

use crate::FenceSnapshot;
use crate::output::{Origin, Outputs, PingOutcome, Record, RestoreCounts, StateWrite};
use crate::state::{self, Erasure, MARKER_KEY, PartitionClock};

/// How far the watermark must move before a partition is swept again.
const SWEEP_STEP: Duration = Duration::from_secs(1);
/// How often (processing time) expired caps history is dropped.
const HISTORY_PRUNE_EVERY: Duration = Duration::from_secs(3600);

/// What every engine of a processor shares.
#[derive(Debug)]
pub struct EngineConfig {
    /// The topic the pings come from (named in DLQ entries).
    pub source_topic: String,
    /// Presence thresholds.
    pub presence: PresenceConfig,
    /// Campaign rules.
    pub rules: CampaignRules,
    /// How ping records are decoded and validated.
    pub reader: PingReader,
    /// How far behind the partition's event time a ping may be and still be
    /// processed.
    pub allowed_lateness: Duration,
    /// After this long without a ping (processing time), a partition's
    /// event time moves with processing time, so silent visits time out.
    pub idle_after: Duration,
    /// How long an erasure is remembered after it was applied (the consent
    /// ledger's tombstone retention): within it, no consent record with a
    /// version up to the erasure's opts the user in again.
    pub erasure_retention: Duration,
    /// Whether every suppressed offer decision is published as a
    /// [`Record::Suppression`] (the suppressions topic); off: only counted.
    pub audit_suppressions: bool,
}

/// The global tables as of one input: immutable for the call.
#[derive(Debug, Clone, Copy)]
pub struct Tables<'a> {
    /// The live fence catalog.
    pub fences: &'a FenceSnapshot,
    /// The consent ledger.
    pub ledger: &'a ConsentLedger,
}

/// One ping record as read from Kafka.
#[derive(Debug, Clone, Copy)]
pub struct RawPing<'a> {
    /// Its offset (named in a DLQ entry).
    pub offset: i64,
    /// Its key.
    pub key: Option<&'a [u8]>,
    /// Its value.
    pub value: Option<&'a [u8]>,
    /// Its Kafka timestamp, if any: when the ping was produced (or
    /// appended). A ping's event time is capped at it, and it is kept in a
    /// DLQ entry.
    pub timestamp_ms: Option<i64>,
}

/// One partition's engine.
#[derive(Debug)]
pub struct PartitionEngine {
    config: Arc<EngineConfig>,
    partition: i32,
    tracker: PresenceTracker,
    history: CapsHistory,
    /// Erased users: the erasure's version and when it was applied.
    erasures: BTreeMap<UserId, Erasure>,
    /// Users whose caps history or erasure changed since the last flush.
    caps_changed: BTreeSet<UserId>,
    clock: PartitionClock,
    /// The clock as last written to the changelog.
    written_clock: Option<PartitionClock>,
    // Scratch buffers reused across batches.
    pings: Vec<Ping>,
    /// Each ping's Kafka timestamp, if valid.
    produced: Vec<Option<Timestamp>>,
    positions: Vec<Position>,
    hits: Vec<(u32, u32)>,
    nearby: Vec<NearbyFence>,
    /// Each ping's position in the batch (its [`Origin`]).
    origins: Vec<u32>,
    /// Valid pings of the batch before the consent gate, with their Kafka
    /// timestamps and positions in the batch.
    decoded: Vec<(Ping, Option<Timestamp>, u32)>,
    /// Their users hashed for the ledger, and whether it grants location.
    hashes: Vec<GrantHash>,
    allowed: Vec<bool>,
}

impl PartitionEngine {
    /// A partition with no state, as of processing time `now`.
    ///
    /// # Errors
    /// [`InvalidConfig`] when the presence configuration is invalid.
    pub fn new(
        config: Arc<EngineConfig>,
        partition: i32,
        now: Timestamp,
    ) -> Result<Self, InvalidConfig> {
        let tracker = PresenceTracker::new(config.presence.clone())?;
        let history = CapsHistory::new(config.rules.history_retention());
        Ok(Self {
            config,
            partition,
            tracker,
            history,
            erasures: BTreeMap::new(),
            caps_changed: BTreeSet::new(),
            clock: PartitionClock {
                max_event_time: None,
                last_arrival: now,
                last_sweep: Timestamp::EPOCH,
                last_prune: now,
                expired_through: Timestamp::EPOCH,
            },
            written_clock: None,
            pings: Vec::new(),
            produced: Vec::new(),
            origins: Vec::new(),
            positions: Vec::new(),
            hits: Vec::new(),
            nearby: Vec::new(),
            decoded: Vec::new(),
            hashes: Vec::new(),
            allowed: Vec::new(),
        })
    }

    /// Rebuilds a partition from its changelog: the latest value of every
    /// key (tombstones left out), in any order. Users who no longer grant
    /// `location` lose their presence state, erased users everything; their
    /// records are rewritten (state writes in `out`), as are records this
    /// build cannot read. Then applies what the restored clock implies as of
    /// `now` (visits at fences whose window ended).
    ///
    /// # Errors
    /// [`InvalidConfig`] when the presence configuration is invalid.
    pub fn restore(
        config: Arc<EngineConfig>,
        partition: i32,
        mut records: Vec<(Vec<u8>, Vec<u8>)>,
        tables: Tables<'_>,
        now: Timestamp,
        out: &mut Outputs,
    ) -> Result<(Self, RestoreCounts), InvalidConfig> {
        let mut engine = Self::new(config, partition, now)?;
        let mut counts = RestoreCounts::default();
        records.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut rewrite: Vec<UserId> = Vec::new();
        for (key, value) in records {
            if key == MARKER_KEY {
                match state::decode_marker(&value) {
                    Ok(clock) => {
                        engine.clock = clock;
                        engine.written_clock = Some(clock);
                    }
                    Err(_) => counts.invalid += 1,
                }
                continue;
            }
            let Some(user) = std::str::from_utf8(&key)
                .ok()
                .and_then(|k| UserId::new(k).ok())
            else {
                counts.invalid += 1;
                continue;
            };
            let Ok(record) = state::decode_user(&value) else {
                counts.invalid += 1;
                rewrite.push(user);
                continue;
            };
            if let Some(erasure) = record.erasure {
                engine.erasures.insert(user.clone(), erasure);
            }
            let erased =
                tables.ledger.is_erased(&user) || engine.erasure_holds(&user, tables.ledger);
            if erased && (record.presence.is_some() || record.caps.is_some()) {
                // Erased while no engine held the partition: forget all.
                counts.dropped_no_consent += 1;
                rewrite.push(user);
                continue;
            }
            match record.presence {
                None => {}
                Some(_) if !engine.location_allowed(&user, tables.ledger) => {
                    counts.dropped_no_consent += 1;
                    rewrite.push(user.clone());
                }
                Some(Ok(presence))
                    if engine
                        .tracker
                        .restore(user.clone(), presence.clone())
                        .is_ok() => {}
                Some(_) => {
                    counts.invalid += 1;
                    rewrite.push(user.clone());
                }
            }
            match record.caps {
                None => {}
                Some(Ok(caps)) => engine.history.restore(user.clone(), caps),
                Some(Err(_)) => {
                    counts.invalid += 1;
                    rewrite.push(user.clone());
                }
            }
            counts.restored += 1;
        }
        // Erasures the ledger knows and the changelog does not yet: this
        // partition remembers them from now on, so that compaction of the
        // consent topic cannot bring an older grant back.
        for (user, version, at) in tables.ledger.erasures() {
            if !engine.erasures.contains_key(user) {
                engine
                    .erasures
                    .insert(user.clone(), Erasure { version, at });
                rewrite.push(user.clone());
            }
        }
        engine.caps_changed.extend(rewrite);
        engine.flush_state(out);
        Ok((engine, counts))
    }

    /// The event-time watermark: pings older than this are late.
    #[must_use]
    pub fn watermark(&self) -> Timestamp {
        self.clock.max_event_time.map_or(Timestamp::EPOCH, |m| {
            m.saturating_sub(self.config.allowed_lateness)
        })
    }

    /// Users with presence state.
    #[must_use]
    pub fn tracked_users(&self) -> usize {
        self.tracker.tracked_users()
    }

    /// Whether `user`'s pings may be processed: the ledger grants
    /// `location`, and no erasure this partition remembers has a version at
    /// least as high as the ledger's record (a replayed older grant after
    /// compaction).
    #[must_use]
    pub fn location_allowed(&self, user: &UserId, ledger: &ConsentLedger) -> bool {
        ledger.allows(user, Purpose::Location) && !self.erasure_holds(user, ledger)
    }

    /// Whether an erasure this partition remembers outranks the ledger's
    /// record of `user` (no record, or one no newer than the erasure).
    fn erasure_holds(&self, user: &UserId, ledger: &ConsentLedger) -> bool {
        self.erasures
            .get(user)
            .is_some_and(|e| ledger.version(user).is_none_or(|v| v <= e.version))
    }

    /// Processes a batch of ping records read in order from the partition,
    /// at processing time `now`.
    #[allow(
        clippy::cast_possible_truncation,
        reason = "batch positions and fence slots are far below u32::MAX"
    )]
    pub fn pings<'r>(
        &mut self,
        records: impl IntoIterator<Item = RawPing<'r>>,
        tables: Tables<'_>,
        now: Timestamp,
        out: &mut Outputs,
    ) {
        let ledger = tables.ledger;
        self.pings.clear();
        self.produced.clear();
        self.origins.clear();
        self.positions.clear();
        self.decoded.clear();
        for (n, rec) in records.into_iter().enumerate() {
            let origin = n as u32;
            match self.config.reader.read(rec.key, rec.value, now) {
                Ok(ping) => {
                    let produced = rec
                        .timestamp_ms
                        .and_then(|ms| Timestamp::from_millis(ms).ok());
                    self.decoded.push((ping, produced, origin));
                }
                Err(e) => {
                    let reason = e.reason();
                    out.counts.ping(PingOutcome::Dlq);
                    let entry = DlqEntry {
                        topic: self.config.source_topic.clone(),
                        partition: self.partition,
                        offset: rec.offset,
                        key: rec.key.map(<[u8]>::to_vec),
                        value: rec.value.map(<[u8]>::to_vec),
                        reason,
                        detail: e.to_string(),
                        rejected_at: now,
                        record_timestamp_ms: rec.timestamp_ms,
                    };
                    out.records.push(Record::Dlq {
                        entry: Box::new(entry),
                        origin: Some(origin),
                    });
                }
            }
        }

        // The location-consent gate, for every ping of the batch: all users
        // hashed first, then looked up one after another. The lookups do
        // not depend on one another, so their cache misses overlap.
        self.hashes.clear();
        self.hashes.extend(
            self.decoded
                .iter()
                .map(|(p, _, _)| ledger.hash_user(&p.user_id)),
        );
        self.allowed.clear();
        self.allowed.extend(
            self.decoded
                .iter()
                .zip(&self.hashes)
                .map(|((p, _, _), &h)| ledger.allows_hashed(&p.user_id, h, Purpose::Location)),
        );
        let mut decoded = std::mem::take(&mut self.decoded);
        for ((ping, produced, origin), &granted) in decoded.drain(..).zip(&self.allowed) {
            if granted && !self.erasure_holds(&ping.user_id, ledger) {
                self.positions.push(ping.position);
                self.pings.push(ping);
                self.produced.push(produced);
                self.origins.push(origin);
            } else {
                out.counts.ping(PingOutcome::NoLocationConsent);
                // A revocation whose purge has not reached this
                // partition yet: forget the user now.
                self.tracker.purge(&ping.user_id);
            }
        }
        self.decoded = decoded;

        // One pipelined lookup for the whole batch.
        self.hits.clear();
        let fences = tables.fences;
        let index = fences.index();
        let hits = &mut self.hits;
        index.containing_batch(&self.positions, |i, hit| {
            hits.push((i as u32, hit.slot as u32));
        });

        let pings = std::mem::take(&mut self.pings);
        let mut h = 0;
        for (i, ping) in pings.iter().enumerate() {
            let start = h;
            while h < self.hits.len() && self.hits[h].0 as usize == i {
                h += 1;
            }
            // Event time never runs ahead of when the ping was produced
            // (its Kafka timestamp) nor of processing time: a device whose
            // clock is fast moves it that far at most, also while a backlog
            // is processed long after it was produced.
            let mut t = ping.timestamp.min(now);
            if let Some(produced) = self.produced[i] {
                t = t.min(produced);
            }
            self.clock.max_event_time = Some(self.clock.max_event_time.map_or(t, |m| m.max(t)));
            self.clock.last_arrival = now;
            let watermark = self.watermark();
            self.expire(tables, watermark, now, out);
            let origin = Some(self.origins[i]);

            self.nearby.clear();
            for &(_, slot) in &self.hits[start..h] {
                let slot = slot as usize;
                let Some(f) = index.fence(slot) else {
                    continue;
                };
                if !f.is_active_at(ping.timestamp) {
                    // Outside its window a fence produces no visit.
                    continue;
                }
                self.nearby.push(NearbyFence {
                    fence_id: f.id.clone(),
                    store_id: f.store_id.clone(),
                    dwell_threshold: f.dwell,
                    inside: true,
                    distance_to_edge_m: index.distance_to_edge_m(slot, ping.position, true),
                });
            }
            if self.tracker.is_tracked(&ping.user_id) {
                push_open_visits(&self.tracker, index, ping, &mut self.nearby);
            } else if self.nearby.is_empty() {
                // The common case: an untracked user in no fence. Presence
                // would change nothing; skip it.
                out.counts.ping(if ping.timestamp < watermark {
                    PingOutcome::Late
                } else {
                    PingOutcome::Processed
                });
                continue;
            }
            let mut events = match self.tracker.update(ping, &self.nearby, watermark, now) {
                Outcome::Processed(events) => {
                    out.counts.ping(PingOutcome::Processed);
                    events
                }
                Outcome::Late(_) => {
                    out.counts.ping(PingOutcome::Late);
                    Vec::new()
                }
            };
            // The ping's own events carry its origin; the timeouts its
            // watermark caused belong to other, silent visits.
            let own = events.len();
            if watermark.duration_since(self.clock.last_sweep) >= SWEEP_STEP {
                self.clock.last_sweep = watermark;
                events.extend(self.tracker.sweep(watermark, now));
            }
            for (n, event) in events.into_iter().enumerate() {
                self.emit(tables, event, now, if n < own { origin } else { None }, out);
            }
        }
        self.pings = pings;
        self.flush_state(out);
    }

    /// A user's consent changed (as the ledger reported when it applied
    /// the update at `now`): a revocation forgets their presence state; an
    /// erasure forgets everything and is remembered for the erasure
    /// retention.
    pub fn consent_changed(
        &mut self,
        user: &UserId,
        change: ConsentChange,
        now: Timestamp,
        out: &mut Outputs,
    ) {
        if change.purge_presence() {
            self.tracker.purge(user);
        }
        if change.purge_history() {
            self.history.forget(user);
            self.caps_changed.insert(user.clone());
        }
        if let ConsentChange::Erased { version } = change {
            self.erasures
                .insert(user.clone(), Erasure { version, at: now });
            self.caps_changed.insert(user.clone());
        }
        self.flush_state(out);
    }

    /// The fence catalog was swapped for `tables.fences`; visits at the
    /// `removed` fences end with EXIT(`fence_removed`) at `now`.
    pub fn fences_changed(
        &mut self,
        removed: &[FenceId],
        tables: Tables<'_>,
        now: Timestamp,
        out: &mut Outputs,
    ) {
        if !removed.is_empty() {
            let events = self.tracker.fences_removed(removed, now, now);
            for event in events {
                self.emit(tables, event, now, None, out);
            }
        }
        // A changed window may already have ended: look at every fence again.
        self.clock.expired_through = Timestamp::EPOCH;
        let watermark = self.watermark();
        self.expire(tables, watermark, now, out);
        self.flush_state(out);
    }

    /// Processing time passed: idle partitions' event time follows it
    /// (so silent visits time out), windows that ended close their visits,
    /// expired caps history is dropped.
    pub fn tick(&mut self, tables: Tables<'_>, now: Timestamp, out: &mut Outputs) {
        self.advance(tables, now, out);
        self.flush_state(out);
    }

    fn advance(&mut self, tables: Tables<'_>, now: Timestamp, out: &mut Outputs) {
        let idle = now.duration_since(self.clock.last_arrival);
        if idle >= self.config.idle_after
            && let Some(m) = self.clock.max_event_time
        {
            self.clock.max_event_time = Some(m.saturating_add(idle).min(now).max(m));
            self.clock.last_arrival = now;
        }
        let watermark = self.watermark();
        self.expire(tables, watermark, now, out);
        if watermark.duration_since(self.clock.last_sweep) >= SWEEP_STEP {
            self.clock.last_sweep = watermark;
            let events = self.tracker.sweep(watermark, now);
            for event in events {
                self.emit(tables, event, now, None, out);
            }
        }
        if now.duration_since(self.clock.last_prune) >= HISTORY_PRUNE_EVERY {
            self.clock.last_prune = now;
            let pruned = self.history.prune(now);
            self.caps_changed.extend(pruned);
            let cutoff = now.saturating_sub(self.config.erasure_retention);
            let expired: Vec<UserId> = self
                .erasures
                .iter()
                .filter(|(_, e)| e.at < cutoff)
                .map(|(u, _)| u.clone())
                .collect();
            for user in expired {
                self.erasures.remove(&user);
                self.caps_changed.insert(user);
            }
        }
    }

    /// Ends the visits at fences whose validity window ended at or before
    /// `watermark` (EXIT `fence_expired`, event time = the window's end).
    fn expire(
        &mut self,
        tables: Tables<'_>,
        watermark: Timestamp,
        now: Timestamp,
        out: &mut Outputs,
    ) {
        if watermark <= self.clock.expired_through {
            return;
        }
        let ending = tables
            .fences
            .ending_between(self.clock.expired_through, watermark);
        self.clock.expired_through = watermark;
        for (at, ids) in ending {
            let events = self
                .tracker
                .end_visits(&ids, ExitReason::FenceExpired, at, now);
            for event in events {
                self.emit(tables, event, now, None, out);
            }
        }
    }

    /// Publishes an event and, for ENTER and DWELL, decides the offer.
    /// `origin`: the ping that caused the event, if one did.
    fn emit(
        &mut self,
        tables: Tables<'_>,
        mut event: GeofenceEvent,
        now: Timestamp,
        origin: Origin,
        out: &mut Outputs,
    ) {
        let ledger = tables.ledger;
        if !self.location_allowed(&event.user_id, ledger) {
            // The user revoked location (or was erased) and the purge has
            // not arrived: nothing about them leaves the engine.
            self.tracker.purge(&event.user_id);
            return;
        }
        let index = tables.fences.index();
        let slot = index.slot_of(&event.fence_id);
        event.h3_cell = slot
            .and_then(|s| index.h3_cell(s))
            .map(|c| H3Cell(u64::from(c)));
        let event = &event;
        let key = event.user_id.as_str().as_bytes().to_vec();
        out.records.push(Record::Event {
            key: key.clone(),
            value: encode_event(event),
            kind: event.kind,
            event_time: event.event_time,
            origin,
        });
        if !matches!(event.kind, EventKind::Enter | EventKind::Dwell) {
            return;
        }
        let Some(fence) = slot.and_then(|s| index.fence(s)) else {
            return;
        };
        let attributes = FenceAttributes {
            fence_id: &fence.id,
            store_id: &fence.store_id,
            tags: &fence.tags,
            time_zone: fence.time_zone,
            store_open: fence.is_open_at(now),
        };
        let (decision, campaign) = self.config.rules.decide_naming_campaign(
            event,
            &attributes,
            ledger,
            &self.history,
            now,
        );
        match decision {
            Decision::Trigger(trigger) => {
                self.history.record(&trigger, event.visit_id);
                self.caps_changed.insert(trigger.user_id.clone());
                out.records.push(Record::Trigger {
                    key,
                    value: encode_trigger(&trigger),
                    event_time: event.event_time,
                    origin,
                });
            }
            Decision::Suppressed(reason) => {
                out.counts.suppressions.push(reason);
                if self.config.audit_suppressions {
                    let audit = SuppressionAudit {
                        event_id: event.id,
                        event_kind: event.kind,
                        user_id: event.user_id.clone(),
                        fence_id: event.fence_id.clone(),
                        store_id: event.store_id.clone(),
                        campaign_id: campaign.cloned(),
                        reason,
                        decided_at: now,
                    };
                    out.records.push(Record::Suppression {
                        key,
                        value: encode_suppression(&audit),
                        reason,
                        event_time: event.event_time,
                        origin,
                    });
                }
            }
        }
    }

    /// Appends one state write per user whose state changed (their record,
    /// or a tombstone when nothing is left) and the partition's clock record
    /// if it moved.
    fn flush_state(&mut self, out: &mut Outputs) {
        let mut users = self.tracker.drain_changed_users();
        users.extend(std::mem::take(&mut self.caps_changed));
        users.sort_unstable();
        users.dedup();
        for user in users {
            let value = state::encode_user(
                &self.tracker,
                &self.history,
                self.erasures.get(&user),
                &user,
            );
            out.state.push(StateWrite {
                key: user.as_str().as_bytes().to_vec(),
                value,
            });
        }
        if self.written_clock != Some(self.clock) {
            self.written_clock = Some(self.clock);
            out.state.push(StateWrite {
                key: MARKER_KEY.to_vec(),
                value: Some(state::encode_marker(&self.clock)),
            });
        }
    }
}

/// Adds the fences of the user's open visits that the point lookup did not
/// return: an absent fence would count as confidently outside. A fence no
/// longer in the index is left out (the visit ends as soon as the debounce
/// allows); a fence whose window ended before the ping is passed as
/// undecidable (on its edge), so the visit stays open until the window's
/// end closes it with the right reason.
fn push_open_visits(
    tracker: &PresenceTracker,
    index: &IncrementalIndex,
    ping: &Ping,
    nearby: &mut Vec<NearbyFence>,
) {
    for fence_id in tracker.open_fences(&ping.user_id) {
        if nearby.iter().any(|n| n.fence_id == *fence_id) {
            continue;
        }
        let Some((slot, f)) = index
            .slot_of(fence_id)
            .and_then(|s| Some((s, index.fence(s)?)))
        else {
            continue;
        };
        let distance_to_edge_m = if f.is_active_at(ping.timestamp) {
            index.distance_to_edge_m(slot, ping.position, false)
        } else {
            0.0
        };
        nearby.push(NearbyFence {
            fence_id: f.id.clone(),
            store_id: f.store_id.clone(),
            dwell_threshold: f.dwell,
            inside: false,
            distance_to_edge_m,
        });
    }
}
