//! Partition workers: the CPU part of the pipeline, off the poll loop.
//!
//! Each worker thread owns the state of the ping partitions mapped to it
//! (`partition mod workers`): one presence tracker, one caps history and one
//! event-time watermark per partition. It receives [`Work`] in order on one
//! channel, so a partition's batches, its assignment and its revocation are
//! applied in exactly the order the poll loop saw them.
//!
//! For a batch it decodes every ping (bad ones go to the DLQ), drops pings
//! of users without `location` consent, looks the rest up in the fence index
//! in one `containing_batch` call, feeds presence, decides offers for ENTER
//! and DWELL, and writes one changelog record per user whose state changed.
//! Every record it produces carries the batch's [`BatchAck`]. Changelog
//! records wait in a per-partition queue until the outputs of their batch,
//! and of every earlier one, were acknowledged (see [`crate::acks`]).

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, PoisonError, RwLock};
use std::time::{Duration, Instant};

use perimeter_fences::FenceIndex;
use perimeter_model::{
    EventKind, FenceId, GeofenceEvent, Ping, Position, Purpose, Timestamp, UserId,
};
use perimeter_offers::{CampaignRules, CapsHistory, ConsentLedger, Decision, FenceAttributes};
use perimeter_presence::{NearbyFence, Outcome, PresenceConfig, PresenceTracker};
use perimeter_wire::{
    DLQ_REASON_HEADER, DlqEntry, PingReader, StateRecord, decode_state, encode_dlq, encode_event,
    encode_state, encode_trigger,
};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{BorrowedMessage, Header, Message, OwnedHeaders};
use rdkafka::producer::{BaseRecord, Producer, ThreadedProducer};
use tracing::{debug, warn};

use crate::acks::{BatchAck, OutputContext};
use crate::telemetry::{self, PingOutcome};
use crate::{Clock, Health, Topics};

/// How far the watermark must move before a partition is swept again.
const SWEEP_STEP: Duration = Duration::from_secs(1);
/// How often (processing time) expired caps history is dropped.
const HISTORY_PRUNE_EVERY: Duration = Duration::from_secs(3600);
/// How often a worker with deferred changelog writes looks whether their
/// outputs were acknowledged, when no work arrives.
const DEFERRED_POLL: Duration = Duration::from_millis(1);
/// Longest a revoked partition waits for its deferred changelog writes
/// (the poll loop's drain deadline bounds the whole revocation too).
const REVOKE_FLUSH_LIMIT: Duration = Duration::from_secs(30);

/// Pings of one partition as read from Kafka: the bytes of every key and
/// value in one buffer, so a batch costs two allocations, not two per ping.
#[derive(Debug)]
pub(crate) struct RawBatch {
    pub(crate) partition: i32,
    bytes: Vec<u8>,
    records: Vec<RawRecord>,
}

#[derive(Debug)]
struct RawRecord {
    offset: i64,
    key: Option<(usize, usize)>,
    value: Option<(usize, usize)>,
    timestamp_ms: Option<i64>,
}

impl RawBatch {
    pub(crate) fn new(partition: i32) -> Self {
        Self {
            partition,
            bytes: Vec::new(),
            records: Vec::new(),
        }
    }

    pub(crate) fn push(&mut self, msg: &BorrowedMessage<'_>) {
        let mut copy = |b: Option<&[u8]>| {
            b.map(|b| {
                let start = self.bytes.len();
                self.bytes.extend_from_slice(b);
                (start, self.bytes.len())
            })
        };
        let key = copy(msg.key());
        let value = copy(msg.payload());
        self.records.push(RawRecord {
            offset: msg.offset(),
            key,
            value,
            timestamp_ms: msg.timestamp().to_millis(),
        });
    }

    pub(crate) fn len(&self) -> usize {
        self.records.len()
    }

    pub(crate) fn last_offset(&self) -> Option<i64> {
        self.records.last().map(|r| r.offset)
    }

    fn slice(&self, range: Option<(usize, usize)>) -> Option<&[u8]> {
        range.map(|(a, b)| &self.bytes[a..b])
    }
}

/// Changelog records of one partition: latest value per user key.
pub(crate) type ChangelogRecords = Vec<(Vec<u8>, Vec<u8>)>;

/// What a worker is asked to do, in order.
pub(crate) enum Work {
    /// Process a batch of pings.
    Pings(RawBatch, Arc<BatchAck>),
    /// A partition was assigned: build its state from these changelog
    /// records (latest value per key; tombstones already dropped).
    Assign {
        partition: i32,
        records: ChangelogRecords,
        ack: Arc<BatchAck>,
        /// Told when the partition is restored.
        health: Health,
    },
    /// Partitions are being revoked: every earlier batch is done (the
    /// channel is ordered); drop their state and say so.
    Revoke {
        partitions: Vec<i32>,
        done: Sender<()>,
    },
    /// A user's consent changed: purge presence state (and caps history).
    Consent {
        user: UserId,
        purge_presence: bool,
        purge_history: bool,
        ack: Arc<BatchAck>,
    },
    /// A rebuilt fence index; visits at `removed` fences end.
    SwapIndex {
        index: Arc<FenceIndex>,
        removed: Arc<[FenceId]>,
        ack: Arc<BatchAck>,
    },
    /// Once a second: idle-partition watermarks, caps-history pruning,
    /// gauges.
    Tick(Arc<BatchAck>),
}

/// Counts for [`RunSummary`](crate::RunSummary), shared by all workers.
#[derive(Debug, Default)]
pub(crate) struct Counters {
    pub(crate) pings: AtomicU64,
    pub(crate) events: AtomicU64,
    pub(crate) triggers: AtomicU64,
    pub(crate) dlq: AtomicU64,
}

/// What every worker reads; only the ledger changes (under its lock).
pub(crate) struct WorkerShared {
    /// Shared with [`crate::LiveTables`] for the admin API.
    pub(crate) ledger: Arc<RwLock<ConsentLedger>>,
    pub(crate) rules: CampaignRules,
    pub(crate) presence: PresenceConfig,
    pub(crate) reader: PingReader,
    pub(crate) clock: Clock,
    pub(crate) topics: Topics,
    pub(crate) allowed_lateness: Duration,
    pub(crate) idle_after: Duration,
    pub(crate) producer: ThreadedProducer<OutputContext>,
    pub(crate) counters: Counters,
    /// Tracked users per worker, summed for the gauge.
    pub(crate) tracked: Vec<AtomicUsize>,
}

/// One partition's state.
struct PartitionState {
    tracker: PresenceTracker,
    history: CapsHistory,
    /// Users whose caps history changed since the last changelog flush.
    caps_changed: HashSet<UserId>,
    /// Highest ping event time seen (advanced by the clock while idle).
    max_event_time: Option<Timestamp>,
    /// Processing time of the last ping (or idle advance).
    last_arrival: Timestamp,
    last_sweep: Timestamp,
    last_prune: Timestamp,
    /// Changelog writes waiting for their outputs, in order.
    deferred: VecDeque<Deferred>,
}

/// One changelog record: the user (the key) and the encoded state (`None`:
/// a tombstone).
type StateWrite = (UserId, Option<Vec<u8>>);

/// The changelog records one piece of work produced, held back until the
/// outputs it produced were acknowledged.
struct Deferred {
    ack: Arc<BatchAck>,
    records: Vec<StateWrite>,
}

impl PartitionState {
    fn new(shared: &WorkerShared) -> Option<Self> {
        let tracker = PresenceTracker::new(shared.presence.clone()).ok()?;
        Some(Self {
            tracker,
            history: CapsHistory::new(shared.rules.history_retention()),
            caps_changed: HashSet::new(),
            max_event_time: None,
            last_arrival: shared.clock.now(),
            last_sweep: Timestamp::EPOCH,
            last_prune: shared.clock.now(),
            deferred: VecDeque::new(),
        })
    }

    fn watermark(&self, lateness: Duration) -> Timestamp {
        self.max_event_time
            .map_or(Timestamp::EPOCH, |m| m.saturating_sub(lateness))
    }
}

/// A worker thread's state.
pub(crate) struct Worker {
    id: usize,
    shared: Arc<WorkerShared>,
    index: Arc<FenceIndex>,
    partitions: HashMap<i32, PartitionState>,
    // Scratch buffers reused across batches.
    pings: Vec<Ping>,
    positions: Vec<Position>,
    hits: Vec<(u32, u32)>,
    nearby: Vec<NearbyFence>,
}

impl Worker {
    pub(crate) fn new(id: usize, shared: Arc<WorkerShared>, index: Arc<FenceIndex>) -> Self {
        Self {
            id,
            shared,
            index,
            partitions: HashMap::new(),
            pings: Vec::new(),
            positions: Vec::new(),
            hits: Vec::new(),
            nearby: Vec::new(),
        }
    }

    /// Handles work until the channel closes, writing deferred changelog
    /// records as their outputs are acknowledged.
    pub(crate) fn run(mut self, rx: &Receiver<Work>) {
        loop {
            let waiting = self.partitions.values().any(|p| !p.deferred.is_empty());
            let work = if waiting {
                match rx.recv_timeout(DEFERRED_POLL) {
                    Ok(w) => Some(w),
                    Err(RecvTimeoutError::Timeout) => None,
                    Err(RecvTimeoutError::Disconnected) => break,
                }
            } else {
                match rx.recv() {
                    Ok(w) => Some(w),
                    Err(_) => break,
                }
            };
            if let Some(work) = work {
                self.handle(work);
            }
            for (&p, state) in &mut self.partitions {
                write_ready(&self.shared, p, state);
            }
        }
        let partitions: Vec<i32> = self.partitions.keys().copied().collect();
        self.flush_deferred(&partitions);
        debug!(worker = self.id, "worker stopped");
    }

    /// Waits (bounded) until the deferred changelog writes of `partitions`
    /// were handed to the producer or dropped after a failure.
    fn flush_deferred(&mut self, partitions: &[i32]) {
        let started = Instant::now();
        for p in partitions {
            let Some(state) = self.partitions.get_mut(p) else {
                continue;
            };
            loop {
                write_ready(&self.shared, *p, state);
                if state.deferred.is_empty() {
                    break;
                }
                if started.elapsed() >= REVOKE_FLUSH_LIMIT {
                    warn!(
                        partition = p,
                        pending = state.deferred.len(),
                        "outputs not acknowledged in time; their state is not written"
                    );
                    drop_deferred(state, "outputs not acknowledged in time");
                    break;
                }
                std::thread::sleep(DEFERRED_POLL);
            }
        }
    }

    fn handle(&mut self, work: Work) {
        match work {
            Work::Pings(batch, ack) => {
                self.process(&batch, &ack);
                ack.release();
            }
            Work::Assign {
                partition,
                records,
                ack,
                health,
            } => {
                self.assign(partition, records, &ack);
                ack.release();
                health.restoring_finished(1);
            }
            Work::Revoke { partitions, done } => {
                self.flush_deferred(&partitions);
                for p in partitions {
                    self.partitions.remove(&p);
                }
                self.report_tracked();
                // The poll loop may have given up waiting.
                let _ = done.send(());
            }
            Work::Consent {
                user,
                purge_presence,
                purge_history,
                ack,
            } => {
                self.consent(&user, purge_presence, purge_history, &ack);
                ack.release();
            }
            Work::SwapIndex {
                index,
                removed,
                ack,
            } => {
                self.swap_index(index, &removed, &ack);
                ack.release();
            }
            Work::Tick(ack) => {
                self.tick(&ack);
                ack.release();
            }
        }
    }

    fn report_tracked(&self) {
        let n = self
            .partitions
            .values()
            .map(|p| p.tracker.tracked_users())
            .sum();
        if let Some(slot) = self.shared.tracked.get(self.id) {
            slot.store(n, Ordering::Relaxed);
        }
    }

    #[allow(
        clippy::cast_possible_truncation,
        reason = "batch positions and fence slots are far below u32::MAX"
    )]
    #[allow(
        clippy::cast_precision_loss,
        reason = "a batch has far fewer than 2^52 pings"
    )]
    fn process(&mut self, batch: &RawBatch, ack: &Arc<BatchAck>) {
        let shared = &*self.shared;
        let now = shared.clock.now();
        let ledger = shared.ledger.read().unwrap_or_else(PoisonError::into_inner);
        let Some(state) = self.partitions.get_mut(&batch.partition) else {
            // The poll loop dispatches pings only for partitions whose
            // state it handed over first. Processing them on empty state
            // could overwrite the owner's changelog; skipping them would
            // lose them. Fail the batch: its offset is never stored and the
            // processor stops.
            warn!(
                partition = batch.partition,
                "pings for a partition without state; stopping"
            );
            ack.fail(format!(
                "worker {} got pings of partition {} it does not own",
                self.id, batch.partition
            ));
            shared
                .producer
                .context()
                .failed
                .store(true, Ordering::Release);
            return;
        };
        self.pings.clear();
        self.positions.clear();
        let mut counts = telemetry::PingCounts::default();
        shared
            .counters
            .pings
            .fetch_add(batch.records.len() as u64, Ordering::Relaxed);
        for rec in &batch.records {
            let (key, value) = (batch.slice(rec.key), batch.slice(rec.value));
            match shared.reader.read(key, value, now) {
                Ok(ping) => {
                    if ledger.allows(&ping.user_id, Purpose::Location) {
                        self.positions.push(ping.position);
                        self.pings.push(ping);
                    } else {
                        counts.add(PingOutcome::NoLocationConsent);
                    }
                }
                Err(e) => {
                    let reason = e.reason();
                    counts.add(PingOutcome::Dlq);
                    telemetry::dlq(reason);
                    shared.counters.dlq.fetch_add(1, Ordering::Relaxed);
                    let entry = DlqEntry {
                        topic: shared.topics.pings.clone(),
                        partition: batch.partition,
                        offset: rec.offset,
                        key: key.map(<[u8]>::to_vec),
                        value: value.map(<[u8]>::to_vec),
                        reason,
                        detail: e.to_string(),
                        rejected_at: now,
                        record_timestamp_ms: rec.timestamp_ms,
                    };
                    let encoded = encode_dlq(&entry);
                    let out = Out {
                        topic: &shared.topics.dlq,
                        partition: None,
                        key,
                        value: Some(&encoded),
                        dlq_reason: Some(reason.as_str()),
                    };
                    produce(shared, &out, ack);
                }
            }
        }

        // One pipelined lookup for the whole batch.
        self.hits.clear();
        let index = &*self.index;
        let started = Instant::now();
        let hits = &mut self.hits;
        index.containing_batch(&self.positions, |i, f| {
            if let Some(slot) = index.slot_of_ref(f) {
                hits.push((i as u32, slot as u32));
            }
        });
        if !self.positions.is_empty() {
            telemetry::lookup(started.elapsed().as_secs_f64() / self.positions.len() as f64);
        }

        let lateness = shared.allowed_lateness;
        let mut h = 0;
        for (i, ping) in self.pings.iter().enumerate() {
            let start = h;
            while h < self.hits.len() && self.hits[h].0 as usize == i {
                h += 1;
            }
            state.max_event_time = Some(
                state
                    .max_event_time
                    .map_or(ping.timestamp, |m| m.max(ping.timestamp)),
            );
            state.last_arrival = now;
            let watermark = state.watermark(lateness);

            self.nearby.clear();
            for &(_, slot) in &self.hits[start..h] {
                let slot = slot as usize;
                let f = &index.fences()[slot];
                self.nearby.push(NearbyFence {
                    fence_id: f.id.clone(),
                    store_id: f.store_id.clone(),
                    dwell_threshold: f.dwell,
                    inside: true,
                    distance_to_edge_m: index.distance_to_edge_m(slot, ping.position, true),
                });
            }
            if state.tracker.is_tracked(&ping.user_id) {
                // Open visits need their fence's distance even when the
                // point lookup says "outside": an absent fence would count
                // as confidently outside.
                for fence_id in state.tracker.open_fences(&ping.user_id) {
                    if self.nearby.iter().any(|n| n.fence_id == *fence_id) {
                        continue;
                    }
                    // A fence no longer in the index is left out: the visit
                    // then ends as soon as the debounce allows.
                    if let Some(slot) = index.slot_of(fence_id) {
                        let f = &index.fences()[slot];
                        self.nearby.push(NearbyFence {
                            fence_id: f.id.clone(),
                            store_id: f.store_id.clone(),
                            dwell_threshold: f.dwell,
                            inside: false,
                            distance_to_edge_m: index.distance_to_edge_m(
                                slot,
                                ping.position,
                                false,
                            ),
                        });
                    }
                }
            } else if self.nearby.is_empty() {
                // The common case: an untracked user in no fence. Presence
                // would change nothing; skip it.
                counts.add(if ping.timestamp < watermark {
                    PingOutcome::Late
                } else {
                    PingOutcome::Processed
                });
                continue;
            }
            let mut events = match state.tracker.update(ping, &self.nearby, watermark, now) {
                Outcome::Processed(events) => {
                    counts.add(PingOutcome::Processed);
                    events
                }
                Outcome::Late(_) => {
                    counts.add(PingOutcome::Late);
                    Vec::new()
                }
            };
            if watermark.duration_since(state.last_sweep) >= SWEEP_STEP {
                state.last_sweep = watermark;
                events.extend(state.tracker.sweep(watermark, now));
            }
            for event in &events {
                emit(shared, index, &ledger, state, event, now, ack);
            }
        }
        defer_changelog(state, ack);
        counts.publish();
    }

    fn assign(&mut self, partition: i32, records: ChangelogRecords, ack: &Arc<BatchAck>) {
        let shared = &*self.shared;
        let Some(mut state) = PartitionState::new(shared) else {
            return;
        };
        let ledger = shared.ledger.read().unwrap_or_else(PoisonError::into_inner);
        let (mut restored, mut dropped, mut invalid) = (0, 0, 0);
        for (key, value) in records {
            let Some(user) = std::str::from_utf8(&key)
                .ok()
                .and_then(|k| UserId::new(k).ok())
            else {
                invalid += 1;
                continue;
            };
            let record = match decode_state(&value) {
                Ok(r) => r,
                Err(e) => {
                    warn!(partition, error = %e, "changelog record unreadable; user starts fresh");
                    invalid += 1;
                    // Overwrite it, so the next restore does not trip on it.
                    state.caps_changed.insert(user);
                    continue;
                }
            };
            if ledger.is_erased(&user) {
                // Erased while no instance owned the partition: forget all.
                dropped += 1;
                state.caps_changed.insert(user);
                continue;
            }
            if !record.presence.is_empty() {
                if !ledger.allows(&user, Purpose::Location) {
                    dropped += 1;
                    state.caps_changed.insert(user.clone());
                } else if let Err(e) = state.tracker.restore(user.clone(), record.presence) {
                    warn!(partition, error = %e, "presence snapshot unreadable; user starts fresh");
                    invalid += 1;
                    state.caps_changed.insert(user.clone());
                }
            }
            if !record.caps.is_empty()
                && let Err(e) = state.history.restore(user.clone(), record.caps)
            {
                warn!(partition, error = %e, "caps snapshot unreadable");
                invalid += 1;
                state.caps_changed.insert(user.clone());
            }
            restored += 1;
        }
        drop(ledger);
        telemetry::restored("restored", restored);
        telemetry::restored("dropped_no_consent", dropped);
        telemetry::restored("invalid", invalid);
        debug!(
            partition,
            restored,
            dropped,
            invalid,
            tracked = state.tracker.tracked_users(),
            "partition state restored"
        );
        // Rewrites the records of users dropped above.
        defer_changelog(&mut state, ack);
        self.partitions.insert(partition, state);
        self.report_tracked();
    }

    fn consent(
        &mut self,
        user: &UserId,
        purge_presence: bool,
        purge_history: bool,
        ack: &Arc<BatchAck>,
    ) {
        for state in self.partitions.values_mut() {
            let mut changed = false;
            if purge_presence {
                changed |= state.tracker.purge(user);
            }
            if purge_history && state.history.forget(user) {
                state.caps_changed.insert(user.clone());
                changed = true;
            }
            if changed {
                defer_changelog(state, ack);
            }
        }
    }

    fn swap_index(&mut self, index: Arc<FenceIndex>, removed: &[FenceId], ack: &Arc<BatchAck>) {
        self.index = index;
        if removed.is_empty() {
            return;
        }
        let shared = &*self.shared;
        let now = shared.clock.now();
        let ledger = shared.ledger.read().unwrap_or_else(PoisonError::into_inner);
        for state in self.partitions.values_mut() {
            let events = state.tracker.fences_removed(removed, now, now);
            for event in &events {
                emit(shared, &self.index, &ledger, state, event, now, ack);
            }
            defer_changelog(state, ack);
        }
    }

    fn tick(&mut self, ack: &Arc<BatchAck>) {
        let shared = &*self.shared;
        let now = shared.clock.now();
        let ledger = shared.ledger.read().unwrap_or_else(PoisonError::into_inner);
        for state in self.partitions.values_mut() {
            // A quiet partition's event time moves with the clock, so visits
            // of users who went silent still time out.
            let idle = now.duration_since(state.last_arrival);
            if idle >= shared.idle_after
                && let Some(m) = state.max_event_time
            {
                state.max_event_time = Some(m.saturating_add(idle));
                state.last_arrival = now;
            }
            let watermark = state.watermark(shared.allowed_lateness);
            if watermark.duration_since(state.last_sweep) >= SWEEP_STEP {
                state.last_sweep = watermark;
                let events = state.tracker.sweep(watermark, now);
                for event in &events {
                    emit(shared, &self.index, &ledger, state, event, now, ack);
                }
            }
            if now.duration_since(state.last_prune) >= HISTORY_PRUNE_EVERY {
                state.last_prune = now;
                let pruned = state.history.prune(now);
                state.caps_changed.extend(pruned);
            }
            defer_changelog(state, ack);
        }
        drop(ledger);
        self.report_tracked();
    }
}

/// One record to produce.
struct Out<'a> {
    topic: &'a str,
    partition: Option<i32>,
    key: Option<&'a [u8]>,
    value: Option<&'a [u8]>,
    dlq_reason: Option<&'a str>,
}

/// Hands a record to the producer, waiting while its queue is full. A
/// record that cannot be queued fails the batch (its offset is never
/// stored, and the processor stops).
fn produce(shared: &WorkerShared, out: &Out<'_>, ack: &Arc<BatchAck>) {
    ack.hold();
    let mut record: BaseRecord<'_, [u8], [u8], Arc<BatchAck>> =
        BaseRecord::with_opaque_to(out.topic, Arc::clone(ack));
    if let Some(k) = out.key {
        record = record.key(k);
    }
    if let Some(v) = out.value {
        record = record.payload(v);
    }
    if let Some(p) = out.partition {
        record = record.partition(p);
    }
    if let Some(reason) = out.dlq_reason {
        record = record.headers(OwnedHeaders::new().insert(Header {
            key: DLQ_REASON_HEADER,
            value: Some(reason),
        }));
    }
    loop {
        match shared.producer.send(record) {
            Ok(()) => return,
            Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), r)) => {
                // Backpressure: the queue drains as the broker acknowledges.
                record = r;
                std::thread::sleep(Duration::from_millis(1));
            }
            Err((e, _)) => {
                warn!(topic = out.topic, error = %e, "record could not be queued");
                telemetry::delivery_failure();
                let detail = format!("{}: {e}", out.topic);
                shared.producer.context().record_failure(&detail);
                ack.fail(detail);
                ack.release();
                return;
            }
        }
    }
}

/// Produces an event and, for ENTER and DWELL, decides the offer.
fn emit(
    shared: &WorkerShared,
    index: &FenceIndex,
    ledger: &ConsentLedger,
    state: &mut PartitionState,
    event: &GeofenceEvent,
    now: Timestamp,
    ack: &Arc<BatchAck>,
) {
    telemetry::event(
        event.kind,
        now.duration_since(event.event_time).as_secs_f64(),
    );
    shared.counters.events.fetch_add(1, Ordering::Relaxed);
    let key = event.user_id.as_str().as_bytes();
    produce(
        shared,
        &Out {
            topic: &shared.topics.events,
            partition: None,
            key: Some(key),
            value: Some(&encode_event(event)),
            dlq_reason: None,
        },
        ack,
    );
    if !matches!(event.kind, EventKind::Enter | EventKind::Dwell) {
        return;
    }
    let Some(fence) = index.slot_of(&event.fence_id).map(|s| &index.fences()[s]) else {
        return;
    };
    let attributes = FenceAttributes {
        fence_id: &fence.id,
        store_id: &fence.store_id,
        tags: &fence.tags,
        time_zone: fence.time_zone,
    };
    match shared
        .rules
        .decide(event, &attributes, ledger, &state.history, now)
    {
        Decision::Trigger(trigger) => {
            state.history.record(&trigger, event.visit_id);
            state.caps_changed.insert(trigger.user_id.clone());
            telemetry::trigger();
            shared.counters.triggers.fetch_add(1, Ordering::Relaxed);
            produce(
                shared,
                &Out {
                    topic: &shared.topics.offers,
                    partition: None,
                    key: Some(key),
                    value: Some(&encode_trigger(&trigger)),
                    dlq_reason: None,
                },
                ack,
            );
        }
        Decision::Suppressed(reason) => telemetry::suppression(reason),
    }
}

/// Queues one changelog record per user whose presence state or caps
/// history changed (the state, or a tombstone when nothing is left) behind
/// the outputs of `ack`; [`write_ready`] writes them once those and every
/// earlier output of the partition were acknowledged. An entry is queued
/// even when no state changed, so that the outputs of `ack` keep later
/// state from being written before them.
fn defer_changelog(state: &mut PartitionState, ack: &Arc<BatchAck>) {
    let mut users = state.tracker.drain_changed_users();
    users.extend(state.caps_changed.drain());
    users.sort_unstable();
    users.dedup();
    let mut records = Vec::with_capacity(users.len());
    for user in users {
        let presence = state.tracker.snapshot(&user);
        let caps = state.history.snapshot(&user);
        let record = StateRecord {
            presence: presence.as_deref().unwrap_or_default(),
            caps: caps.as_deref().unwrap_or_default(),
        };
        let value = (!record.is_empty()).then(|| encode_state(&record));
        records.push((user, value));
    }
    ack.defer();
    state.deferred.push_back(Deferred {
        ack: Arc::clone(ack),
        records,
    });
}

/// Writes the deferred changelog records of `partition` whose outputs, and
/// all earlier ones, were acknowledged. After a failed output nothing more
/// is written: the state stays at what was acknowledged, and the pings
/// after it are reprocessed by the next owner.
fn write_ready(shared: &WorkerShared, partition: i32, state: &mut PartitionState) {
    while let Some(front) = state.deferred.front() {
        if let Some(failure) = front.ack.failure() {
            drop_deferred(state, &failure);
            return;
        }
        if !front.ack.outputs_done() {
            return;
        }
        let Some(d) = state.deferred.pop_front() else {
            return;
        };
        for (user, value) in &d.records {
            telemetry::changelog(value.is_none());
            produce(
                shared,
                &Out {
                    topic: &shared.topics.presence_state,
                    partition: Some(partition),
                    key: Some(user.as_str().as_bytes()),
                    value: value.as_deref(),
                    dlq_reason: None,
                },
                &d.ack,
            );
        }
        d.ack.undefer();
    }
}

/// Drops every deferred changelog write of a partition, failing their
/// batches so that none of their offsets is stored.
fn drop_deferred(state: &mut PartitionState, why: &str) {
    for d in state.deferred.drain(..) {
        d.ack
            .fail(format!("state not written to the changelog: {why}"));
        d.ack.undefer();
    }
}
