//! Partition workers: the shell around each partition's
//! [`PartitionEngine`], off the poll loop.
//!
//! Each worker thread owns the engines of the ping partitions mapped to it
//! (`partition mod workers`). It receives [`Work`] in order on one bounded
//! channel (a partition's assignment, batches and revocation in exactly the
//! order the poll loop saw them) and [`Control`] on an unbounded one that
//! never blocks its senders (consent purges, fence index swaps, delivery
//! wake-ups), which it looks at first.
//!
//! For every input it calls the engine with the tables as they are at that
//! moment (the consent ledger under a read guard held only for the pure
//! engine call, never across a produce), then hands the records the engine
//! produced to the producer with the batch's [`BatchAck`]. The engine's
//! state writes wait in a per-partition queue until the outputs of their
//! batch, and of every earlier one, were acknowledged; the delivery
//! callback pushes a [`Control::Acked`] when that happens (see
//! [`crate::acks`]).

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, PoisonError, RwLock};
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, Sender, select_biased};
use perimeter_engine::{
    EngineConfig, FenceSnapshot, Origin, Outputs, PartitionEngine, PingOutcome, RawPing, Record,
    StateWrite, Tables,
};
use perimeter_model::{FenceId, UserId};
use perimeter_offers::{ConsentChange, ConsentLedger};
use perimeter_wire::DLQ_HEADER_PREFIX;
use perimeter_wire::{OutputEncoding, OutputMessage};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{BorrowedMessage, Header, Headers, Message, OwnedHeaders};
use rdkafka::producer::{BaseRecord, Producer, ThreadedProducer};
use tracing::{debug, warn};

use crate::acks::{BatchAck, OutputContext};
use crate::barrier::ConsentBarrier;
use crate::health::WorkerBeat;
use crate::telemetry;
use crate::trace::{TRACEPARENT_HEADER, TraceId};
use crate::txn::Transactions;
use crate::{Clock, Health, OutputConfig, Topics};

/// Pings of one partition as read from Kafka: the bytes of every key and
/// value in one buffer, so a batch costs two allocations, not two per ping.
#[derive(Debug)]
pub(crate) struct RawBatch {
    pub(crate) partition: i32,
    /// The poll round that fetched it (see [`crate::barrier`]).
    pub(crate) round: u64,
    bytes: Vec<u8>,
    records: Vec<RawRecord>,
    /// Every record's headers, in order: name and value ranges in `bytes`.
    headers: Vec<RawHeader>,
}

#[derive(Debug)]
struct RawRecord {
    offset: i64,
    key: Option<(usize, usize)>,
    value: Option<(usize, usize)>,
    timestamp_ms: Option<i64>,
    /// Its headers: `RawBatch::headers[start..end]`.
    headers: (usize, usize),
}

#[derive(Debug)]
struct RawHeader {
    name: (usize, usize),
    value: Option<(usize, usize)>,
}

impl RawBatch {
    pub(crate) fn new(partition: i32) -> Self {
        Self {
            partition,
            round: 0,
            bytes: Vec::new(),
            records: Vec::new(),
            headers: Vec::new(),
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
        let first = self.headers.len();
        if let Some(headers) = msg.headers() {
            for h in headers.iter() {
                let name = copy(Some(h.key.as_bytes())).unwrap_or_default();
                let value = copy(h.value);
                self.headers.push(RawHeader { name, value });
            }
        }
        self.records.push(RawRecord {
            offset: msg.offset(),
            key,
            value,
            timestamp_ms: msg.timestamp().to_millis(),
            headers: (first, self.headers.len()),
        });
    }

    /// The headers of the record at position `origin` of the batch, as
    /// (name, value). Names that are not UTF-8 cannot come from Kafka
    /// clients (header keys are strings) and are skipped.
    fn headers_of(&self, origin: u32) -> impl Iterator<Item = (&str, Option<&[u8]>)> {
        let (a, b) = usize::try_from(origin)
            .ok()
            .and_then(|i| self.records.get(i))
            .map_or((0, 0), |r| r.headers);
        self.headers[a..b].iter().filter_map(|h| {
            let name = std::str::from_utf8(&self.bytes[h.name.0..h.name.1]).ok()?;
            Some((name, self.slice(h.value)))
        })
    }

    /// The trace id of the W3C `traceparent` header of the record at
    /// position `origin`, if it carried a valid one.
    fn trace_id(&self, origin: u32) -> Option<TraceId> {
        self.headers_of(origin)
            .find(|(name, _)| name.eq_ignore_ascii_case(TRACEPARENT_HEADER))
            .and_then(|(_, value)| TraceId::from_traceparent(value?))
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

    fn raw(&self) -> impl Iterator<Item = RawPing<'_>> {
        self.records.iter().map(|r| RawPing {
            offset: r.offset,
            key: self.slice(r.key),
            value: self.slice(r.value),
            timestamp_ms: r.timestamp_ms,
        })
    }
}

/// Changelog records of one partition: latest value per key.
pub(crate) type ChangelogRecords = Vec<(Vec<u8>, Vec<u8>)>;

/// What a worker is asked to do, in partition order.
pub(crate) enum Work {
    /// Process a batch of pings.
    Pings(RawBatch, Arc<BatchAck>),
    /// A partition was assigned: build its engine from these changelog
    /// records (latest value per key; tombstones already dropped).
    Assign {
        partition: i32,
        /// The partition's ownership generation (see [`Ownership`]).
        generation: u64,
        records: ChangelogRecords,
        /// Told when the partition is restored.
        health: Health,
    },
    /// Partitions are being revoked: every earlier batch is done (the
    /// channel is ordered); write what the deadline allows, drop their
    /// engines and say so.
    Revoke {
        partitions: Vec<i32>,
        deadline: Instant,
        done: Sender<()>,
        /// Whether pending state is written first (at-least-once) or
        /// dropped (exactly-once: what was committed is already written,
        /// what was not must not be).
        write: bool,
    },
    /// Once a second: idle-partition watermarks, validity ends, caps-history
    /// pruning, gauges.
    Tick,
    /// Exactly-once mode: the open transaction ends. Every earlier batch is
    /// done (the channel is ordered): write every partition's pending state
    /// into it, say so on `parked`, and produce nothing until `resume` is
    /// closed.
    Park {
        parked: Sender<()>,
        resume: Receiver<()>,
    },
}

/// What may reach a worker at any time, from any thread, without waiting.
pub(crate) enum Control {
    /// A user's consent changed, as the ledger reported.
    Consent { user: UserId, change: ConsentChange },
    /// A new fence catalog (fence changes applied, or a compaction of the
    /// same catalog); visits at `removed` fences end. Its index's slots
    /// replace the old ones: nothing keeps a slot across a swap.
    SwapIndex {
        fences: FenceSnapshot,
        removed: Arc<[FenceId]>,
    },
    /// The outputs of a batch with deferred state writes were all
    /// acknowledged (or one failed): write what is ready.
    Acked(i32),
}

/// Who owns each ping partition: a generation per partition, bumped when
/// the poll loop assigns it and again when it releases it. A worker writes
/// for a partition only while the generation it was assigned with is
/// current, so a released partition gets no more writes from this
/// instance, whatever the worker still has queued.
#[derive(Debug)]
pub(crate) struct Ownership(Vec<AtomicU64>);

impl Ownership {
    pub(crate) fn new(partitions: usize) -> Self {
        Self((0..partitions).map(|_| AtomicU64::new(0)).collect())
    }

    fn slot(&self, partition: i32) -> Option<&AtomicU64> {
        usize::try_from(partition).ok().and_then(|p| self.0.get(p))
    }

    /// A new generation of `partition` (assigned or released).
    pub(crate) fn bump(&self, partition: i32) -> u64 {
        self.slot(partition)
            .map_or(0, |g| g.fetch_add(1, Ordering::AcqRel) + 1)
    }

    fn is_current(&self, partition: i32, generation: u64) -> bool {
        self.slot(partition)
            .is_some_and(|g| g.load(Ordering::Acquire) == generation)
    }
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
    /// Shared with [`crate::LiveTables`] for the admin API and written by
    /// the tables thread. Workers hold a read guard only for the duration
    /// of a pure engine call.
    pub(crate) ledger: Arc<RwLock<ConsentLedger>>,
    /// Orders consent updates before the pings produced after them.
    pub(crate) barrier: Arc<ConsentBarrier>,
    pub(crate) engine: Arc<EngineConfig>,
    pub(crate) clock: Clock,
    pub(crate) topics: Topics,
    /// Header propagation and the suppressions topic.
    pub(crate) outputs: OutputConfig,
    pub(crate) producer: Arc<ThreadedProducer<OutputContext>>,
    /// Exactly-once mode: the transactions everything is produced in.
    pub(crate) txn: Option<Arc<Transactions>>,
    pub(crate) ownership: Arc<Ownership>,
    pub(crate) counters: Counters,
    /// Tracked users per worker, summed for the gauge.
    pub(crate) tracked: Vec<AtomicUsize>,
    /// How long a revoked partition (or a stopping worker) waits for its
    /// outputs: the poll loop's drain deadline, below the session timeout.
    pub(crate) drain_timeout: Duration,
    /// Each worker's control channel, for delivery wake-ups.
    pub(crate) control: Vec<Sender<Control>>,
}

/// One partition: its engine and the state writes waiting for outputs.
struct Partition {
    engine: PartitionEngine,
    generation: u64,
    deferred: VecDeque<Deferred>,
}

/// State writes held back until the outputs they follow were acknowledged.
struct Deferred {
    ack: Arc<BatchAck>,
    writes: Vec<StateWrite>,
    /// When the batch was published.
    at: Instant,
}

/// How long a batch's state writes may wait to be written together with
/// later batches' (one record per key and partition instead of one per
/// batch; the changelog stays behind the outputs either way). Offsets are
/// stored only after a batch's state is written, so this is also the least
/// delay between processing a ping and storing its offset.
const STATE_WRITE_INTERVAL: Duration = Duration::from_millis(100);
/// Most batches whose state writes wait for one another.
const MAX_GROUP: usize = 64;

/// A worker thread's state.
pub(crate) struct Worker {
    id: usize,
    shared: Arc<WorkerShared>,
    fences: FenceSnapshot,
    partitions: HashMap<i32, Partition>,
    out: Outputs,
    /// When deferred state writes waiting for their group are due.
    write_at: Option<Instant>,
    /// Busy from taking a ping batch until its outputs are handed over
    /// (the liveness check of [`Health`]).
    beat: WorkerBeat,
}

impl Worker {
    pub(crate) fn new(
        id: usize,
        shared: Arc<WorkerShared>,
        fences: FenceSnapshot,
        beat: WorkerBeat,
    ) -> Self {
        Self {
            beat,
            id,
            shared,
            fences,
            partitions: HashMap::new(),
            out: Outputs::default(),
            write_at: None,
        }
    }

    /// Handles control and work until the work channel closes.
    pub(crate) fn run(mut self, work: &Receiver<Work>, control: &Receiver<Control>) {
        loop {
            // Control first: a purge or an index swap is never stuck behind
            // a queue of batches.
            while let Ok(c) = control.try_recv() {
                self.control(c);
            }
            if self.write_at.is_some_and(|at| at <= Instant::now()) {
                self.write_due();
            }
            let wait = self.write_at.map_or(Duration::MAX, |at| {
                at.saturating_duration_since(Instant::now())
            });
            select_biased! {
                recv(control) -> c => {
                    if let Ok(c) = c {
                        self.control(c);
                    }
                }
                recv(work) -> w => match w {
                    Ok(w) => self.handle(w, control),
                    Err(_) => break,
                },
                default(wait) => self.write_due(),
            }
        }
        if self.shared.txn.is_none() {
            let partitions: Vec<i32> = self.partitions.keys().copied().collect();
            let deadline = Instant::now() + self.shared.drain_timeout;
            self.flush_deferred(&partitions, deadline, control);
        }
        debug!(worker = self.id, "worker stopped");
    }

    /// Waits, until `deadline`, for the deferred state writes of
    /// `partitions` to be written (or dropped after a failure); drops what
    /// is left at the deadline.
    fn flush_deferred(
        &mut self,
        partitions: &[i32],
        deadline: Instant,
        control: &Receiver<Control>,
    ) {
        for p in partitions {
            while let Some(part) = self.partitions.get_mut(p) {
                write_ready(&self.shared, *p, part, true);
                if part.deferred.is_empty() {
                    break;
                }
                // Woken by the delivery callback ([`Control::Acked`]).
                match control.recv_deadline(deadline) {
                    Ok(c) => self.control(c),
                    Err(_) => {
                        if let Some(part) = self.partitions.get_mut(p) {
                            warn!(
                                partition = p,
                                pending = part.deferred.len(),
                                "outputs not acknowledged before the drain deadline; their state is not written"
                            );
                            drop_deferred(
                                part,
                                "outputs not acknowledged before the drain deadline",
                            );
                        }
                        break;
                    }
                }
            }
        }
    }

    fn control(&mut self, c: Control) {
        match c {
            Control::Consent { user, change } => {
                let now = self.shared.clock.now();
                self.each_partition(|engine, _, out| {
                    engine.consent_changed(&user, change, now, out);
                });
            }
            Control::SwapIndex { fences, removed } => {
                self.fences = fences;
                let now = self.shared.clock.now();
                self.each_partition(|engine, tables, out| {
                    engine.fences_changed(&removed, tables, now, out);
                });
            }
            Control::Acked(p) => {
                if let Some(part) = self.partitions.get_mut(&p) {
                    let due = write_ready(&self.shared, p, part, false);
                    self.write_at = earliest(self.write_at, due);
                }
            }
        }
    }

    fn handle(&mut self, work: Work, control: &Receiver<Control>) {
        match work {
            Work::Pings(batch, ack) => {
                self.beat.busy();
                self.pings(&batch, &ack);
                ack.release();
                self.beat.idle();
            }
            Work::Assign {
                partition,
                generation,
                records,
                health,
            } => {
                self.assign(partition, generation, records);
                health.restoring_finished(1);
            }
            Work::Revoke {
                partitions,
                deadline,
                done,
                write,
            } => {
                // Nothing more of these partitions is queued (the channel
                // is ordered): write what is ready by the deadline.
                if write {
                    self.flush_deferred(&partitions, deadline, control);
                }
                for p in partitions {
                    self.partitions.remove(&p);
                }
                self.report_tracked();
                // The poll loop may have given up waiting.
                let _ = done.send(());
            }
            Work::Tick => self.tick(),
            Work::Park { parked, resume } => {
                for (&p, part) in &mut self.partitions {
                    let all = part.deferred.len();
                    write_group(&self.shared, p, part, all, None);
                }
                self.write_at = None;
                if parked.send(()).is_ok() {
                    // Returns when the poll loop drops the sender.
                    let _ = resume.recv();
                }
            }
        }
    }

    fn report_tracked(&self) {
        let n = self
            .partitions
            .values()
            .map(|p| p.engine.tracked_users())
            .sum();
        if let Some(slot) = self.shared.tracked.get(self.id) {
            slot.store(n, Ordering::Relaxed);
        }
    }

    #[allow(
        clippy::cast_precision_loss,
        reason = "a batch has far fewer than 2^52 pings"
    )]
    fn pings(&mut self, batch: &RawBatch, ack: &Arc<BatchAck>) {
        let p = batch.partition;
        let Some(part) = self.partitions.get_mut(&p) else {
            // The poll loop dispatches pings only for partitions whose
            // state it handed over first. Processing them on empty state
            // could overwrite the owner's changelog; skipping them would
            // lose them. Fail the batch: its offset is never stored and the
            // processor stops.
            warn!(
                partition = p,
                "pings for a partition without state; stopping"
            );
            ack.fail(format!(
                "worker {} got pings of partition {p} it does not own",
                self.id
            ));
            self.shared
                .producer
                .context()
                .failed
                .store(true, Ordering::Release);
            return;
        };
        if !self.shared.ownership.is_current(p, part.generation) {
            // Released while this batch waited: the next owner processes
            // it. Its offset must not be stored here.
            ack.fail(format!("partition {p} was released"));
            return;
        }
        // Consent before pings: every consent update acknowledged before
        // these pings were fetched is in the ledger first.
        if !self.shared.barrier.wait(batch.round) {
            ack.fail(format!(
                "partition {p}: stopped before the consent ledger caught up"
            ));
            return;
        }
        self.shared
            .counters
            .pings
            .fetch_add(batch.records.len() as u64, Ordering::Relaxed);
        let now = self.shared.clock.now();
        self.out.clear();
        let started = Instant::now();
        {
            let ledger = self.shared.read_ledger();
            let tables = Tables {
                fences: &self.fences,
                ledger: &ledger,
            };
            part.engine.pings(batch.raw(), tables, now, &mut self.out);
        }
        telemetry::engine_ping_time(started.elapsed().as_secs_f64());
        log_dead_letters(p, batch, &self.out);
        self.publish(p, ack, Some(batch));
    }

    fn assign(&mut self, partition: i32, generation: u64, records: ChangelogRecords) {
        let now = self.shared.clock.now();
        self.out.clear();
        let restored = {
            let ledger = self.shared.read_ledger();
            let tables = Tables {
                fences: &self.fences,
                ledger: &ledger,
            };
            PartitionEngine::restore(
                Arc::clone(&self.shared.engine),
                partition,
                records,
                tables,
                now,
                &mut self.out,
            )
        };
        let (engine, counts) = match restored {
            Ok(r) => r,
            Err(e) => {
                // Checked when the processor connected; cannot happen.
                warn!(partition, error = %e, "partition engine not created");
                return;
            }
        };
        telemetry::restored("restored", counts.restored);
        telemetry::restored("dropped_no_consent", counts.dropped_no_consent);
        telemetry::restored("invalid", counts.invalid);
        debug!(
            partition,
            restored = counts.restored,
            dropped = counts.dropped_no_consent,
            invalid = counts.invalid,
            tracked = engine.tracked_users(),
            watermark = %engine.watermark(),
            "partition state restored"
        );
        self.partitions.insert(
            partition,
            Partition {
                engine,
                generation,
                deferred: VecDeque::new(),
            },
        );
        let ack = BatchAck::new(None);
        self.publish(partition, &ack, None);
        ack.release();
        self.report_tracked();
    }

    fn tick(&mut self) {
        let now = self.shared.clock.now();
        self.each_partition(|engine, tables, out| engine.tick(tables, now, out));
        self.report_tracked();
    }

    /// Gives one input to every partition's engine, with the tables as they
    /// are (the ledger's read guard held only for each pure call), and
    /// publishes what each produced; their state writes wait for one ack.
    fn each_partition(
        &mut self,
        mut input: impl FnMut(&mut PartitionEngine, Tables<'_>, &mut Outputs),
    ) {
        let ack = BatchAck::new(None);
        let ps: Vec<i32> = self.partitions.keys().copied().collect();
        for p in ps {
            self.out.clear();
            {
                let ledger = self.shared.read_ledger();
                let tables = Tables {
                    fences: &self.fences,
                    ledger: &ledger,
                };
                if let Some(part) = self.partitions.get_mut(&p) {
                    input(&mut part.engine, tables, &mut self.out);
                }
            }
            self.publish(p, &ack, None);
        }
        ack.release();
    }

    /// Produces what the last engine call of partition `p` put in
    /// `self.out` and queues its state writes behind `ack`. `batch`: the
    /// pings of that call, whose headers go with what they produced.
    fn publish(&mut self, p: i32, ack: &Arc<BatchAck>, batch: Option<&RawBatch>) {
        let shared = &*self.shared;
        let Some(part) = self.partitions.get_mut(&p) else {
            return;
        };
        if !shared.ownership.is_current(p, part.generation) {
            if !self.out.is_empty() {
                ack.fail(format!("partition {p} was released"));
            }
            return;
        }
        let now = shared.clock.now();
        let counts = &self.out.counts;
        telemetry::ping_counts(&counts.pings);
        for &reason in &counts.suppressions {
            telemetry::suppression(reason);
        }
        let carried = |origin: Origin| {
            let (Some(batch), Some(origin)) = (batch, origin) else {
                return None;
            };
            carried_headers(&shared.outputs.propagate_headers, batch, origin)
        };
        for record in &self.out.records {
            match record {
                Record::Event {
                    key,
                    value,
                    kind,
                    event_time,
                    origin,
                } => {
                    telemetry::event(*kind, now.duration_since(*event_time).as_secs_f64());
                    shared.counters.events.fetch_add(1, Ordering::Relaxed);
                    let Some(value) =
                        encoded(shared.outputs.events(), OutputMessage::Event, value, ack)
                    else {
                        continue;
                    };
                    produce(
                        shared,
                        Output {
                            topic: &shared.topics.events,
                            key: Some(key),
                            value: Some(&value),
                            timestamp_ms: Some(event_time.as_millis()),
                            headers: carried(*origin),
                            ..Output::default()
                        },
                        ack,
                    );
                }
                Record::Trigger {
                    key,
                    value,
                    event_time,
                    origin,
                } => {
                    telemetry::trigger();
                    shared.counters.triggers.fetch_add(1, Ordering::Relaxed);
                    let Some(value) =
                        encoded(shared.outputs.offers(), OutputMessage::Trigger, value, ack)
                    else {
                        continue;
                    };
                    produce(
                        shared,
                        Output {
                            topic: &shared.topics.offers,
                            key: Some(key),
                            value: Some(&value),
                            timestamp_ms: Some(event_time.as_millis()),
                            headers: carried(*origin),
                            ..Output::default()
                        },
                        ack,
                    );
                }
                Record::Suppression {
                    key,
                    value,
                    event_time,
                    origin,
                    ..
                } => {
                    let Some(value) = encoded(
                        shared.outputs.suppressions(),
                        OutputMessage::Suppression,
                        value,
                        ack,
                    ) else {
                        continue;
                    };
                    produce(
                        shared,
                        Output {
                            topic: &shared.topics.suppressions,
                            key: Some(key),
                            value: Some(&value),
                            timestamp_ms: Some(event_time.as_millis()),
                            headers: carried(*origin),
                            ..Output::default()
                        },
                        ack,
                    );
                }
                Record::Dlq { entry, origin } => {
                    let original = match (batch, origin) {
                        (Some(b), Some(o)) => Some(b.headers_of(*o)),
                        _ => None,
                    };
                    dead_letter(shared, entry, original.into_iter().flatten(), ack);
                }
            }
        }
        // An entry is queued even without writes, so that the outputs of
        // `ack` keep later state from being written before them.
        ack.defer();
        let transactional = shared.txn.is_some();
        if !transactional && let Some(tx) = shared.control.get(self.id) {
            ack.wake_when_done(tx.clone(), p);
        }
        part.deferred.push_back(Deferred {
            ack: Arc::clone(ack),
            writes: std::mem::take(&mut self.out.state),
            at: Instant::now(),
        });
        if transactional {
            // Written when the transaction ends (Work::Park), in it.
            return;
        }
        let due = write_ready(shared, p, part, false);
        self.write_at = earliest(self.write_at, due);
    }

    /// Writes every group of deferred state whose time has come.
    fn write_due(&mut self) {
        self.write_at = None;
        if self.shared.txn.is_some() {
            return;
        }
        for (&p, part) in &mut self.partitions {
            let due = write_ready(&self.shared, p, part, false);
            self.write_at = earliest(self.write_at, due);
        }
    }
}

impl WorkerShared {
    fn read_ledger(&self) -> std::sync::RwLockReadGuard<'_, ConsentLedger> {
        self.ledger.read().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Writes a DLQ record for a rejected table record (fences, consent), with
/// the original record's `headers`. Its delivery is not tied to any ping
/// offset; a failure stops the processor like any other.
pub(crate) fn produce_dlq<'h>(
    shared: &WorkerShared,
    entry: &perimeter_wire::DlqEntry,
    headers: impl Iterator<Item = (&'h str, Option<&'h [u8]>)>,
) {
    // Not a worker: never produce while a transaction ends.
    let _producing = shared.txn.as_ref().map(|t| t.producing());
    let ack = BatchAck::new(None);
    dead_letter(shared, entry, headers, &ack);
    ack.release();
}

/// Writes a dead letter as Kafka Connect does: the original key and value
/// unchanged, the original headers kept (but earlier `perimeter.errors.*`
/// ones, from a replayed dead letter), the reason and context added as
/// `perimeter.errors.*` headers, timestamped with the rejection time.
fn dead_letter<'h>(
    shared: &WorkerShared,
    entry: &perimeter_wire::DlqEntry,
    original: impl Iterator<Item = (&'h str, Option<&'h [u8]>)>,
    ack: &Arc<BatchAck>,
) {
    telemetry::dlq(entry.reason);
    shared.counters.dlq.fetch_add(1, Ordering::Relaxed);
    let mut headers = OwnedHeaders::new();
    for (name, value) in original {
        if !name.starts_with(DLQ_HEADER_PREFIX) {
            headers = headers.insert(Header { key: name, value });
        }
    }
    for (name, value) in entry.headers() {
        headers = headers.insert(Header {
            key: name,
            value: Some(&value),
        });
    }
    produce(
        shared,
        Output {
            topic: &shared.topics.dlq,
            key: entry.key.as_deref(),
            value: entry.value.as_deref(),
            timestamp_ms: Some(entry.rejected_at.as_millis()),
            headers: Some(headers),
            ..Output::default()
        },
        ack,
    );
}

/// The headers of the ping at `origin` of `batch` whose names are in
/// `names` (compared ignoring ASCII case, like HTTP's: `traceparent`), in
/// the ping's order; `None` when it has none of them.
fn carried_headers(names: &[String], batch: &RawBatch, origin: u32) -> Option<OwnedHeaders> {
    if names.is_empty() {
        return None;
    }
    let mut out: Option<OwnedHeaders> = None;
    for (name, value) in batch.headers_of(origin) {
        if names.iter().any(|n| n.eq_ignore_ascii_case(name)) {
            out = Some(out.unwrap_or_default().insert(Header { key: name, value }));
        }
    }
    out
}

/// The protobuf `value` of a `message` as its topic is configured to
/// carry it (bare or framed protobuf, or JSON). A value that cannot be
/// printed (Perimeter's own encoding against its own schema: a bug) fails
/// the batch, so its pings' offsets are never stored, and is not written.
fn encoded<'v>(
    encoding: OutputEncoding,
    message: OutputMessage,
    value: &'v [u8],
    ack: &BatchAck,
) -> Option<std::borrow::Cow<'v, [u8]>> {
    encoding
        .encode(message, value)
        .map_err(|e| ack.fail(e.to_string()))
        .ok()
}

/// One record to produce.
#[derive(Default)]
struct Output<'a> {
    topic: &'a str,
    /// Given for changelog records only (outputs are partitioned by key).
    partition: Option<i32>,
    key: Option<&'a [u8]>,
    value: Option<&'a [u8]>,
    /// The record's Kafka timestamp; `None`: the producer's clock.
    timestamp_ms: Option<i64>,
    headers: Option<OwnedHeaders>,
}

/// One log line per ping of `batch` that the engine sent to the DLQ, with
/// its offset, the reason and, when the ping carried a W3C `traceparent`
/// header, its trace id (`trace_id`), so that the line can be found from
/// the producer's trace. Not the entry's detail: it may quote a user id or
/// coordinates, which stay in the DLQ topic's headers and out of the logs.
fn log_dead_letters(partition: i32, batch: &RawBatch, out: &Outputs) {
    /// Its own target, so that a filter can silence it alone.
    const DLQ_LOG_TARGET: &str = "perimeter_stream::dlq";
    if out.counts.pings[PingOutcome::Dlq as usize] == 0 {
        return;
    }
    for r in &out.records {
        let Record::Dlq { entry, origin } = r else {
            continue;
        };
        let trace_id = origin
            .and_then(|o| batch.trace_id(o))
            .map(tracing::field::display);
        warn!(
            target: DLQ_LOG_TARGET,
            partition,
            offset = entry.offset,
            reason = entry.reason.as_str(),
            trace_id,
            "ping sent to the DLQ"
        );
    }
}

/// Hands a record to the producer, waiting while its queue is full. A
/// record that cannot be queued fails the batch (its offset is never
/// stored, and the processor stops).
fn produce(shared: &WorkerShared, out: Output<'_>, ack: &Arc<BatchAck>) {
    ack.hold();
    if let Some(txn) = &shared.txn {
        txn.produced();
    }
    let topic = out.topic;
    let mut record: BaseRecord<'_, [u8], [u8], Arc<BatchAck>> =
        BaseRecord::with_opaque_to(topic, Arc::clone(ack));
    if let Some(k) = out.key {
        record = record.key(k);
    }
    if let Some(v) = out.value {
        record = record.payload(v);
    }
    if let Some(p) = out.partition {
        record = record.partition(p);
    }
    if let Some(ts) = out.timestamp_ms {
        record = record.timestamp(ts);
    }
    if let Some(h) = out.headers {
        record = record.headers(h);
    }
    let context = shared.producer.context();
    loop {
        match shared.producer.send(record) {
            Ok(()) => return,
            Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), r)) => {
                // Backpressure: serve delivery reports until there is room.
                record = r;
                shared.producer.poll(Duration::from_millis(10));
            }
            Err((e, _)) => {
                warn!(topic, error = %e, "record could not be queued");
                telemetry::delivery_failure();
                let detail = format!("{topic}: {e}");
                context.record_failure(&detail);
                ack.fail(detail);
                ack.release();
                return;
            }
        }
    }
}

/// Writes the deferred state of `partition` whose outputs, and all earlier
/// ones, were acknowledged: as one group, the latest value of each key, once
/// the oldest of them is [`STATE_WRITE_INTERVAL`] old (or at once with
/// `force`, or when [`MAX_GROUP`] batches are waiting). Returns when it
/// should be looked at again if a group is waiting for its time.
///
/// After a failed output nothing more is written: the state stays at what
/// was acknowledged, and the pings after it are reprocessed by the next
/// owner. Nothing is written for a partition this instance no longer owns.
fn write_ready(
    shared: &WorkerShared,
    partition: i32,
    part: &mut Partition,
    force: bool,
) -> Option<Instant> {
    let mut ready = 0;
    let mut failed = None;
    for d in &part.deferred {
        if let Some(failure) = d.ack.failure() {
            failed = Some(failure);
            break;
        }
        if !d.ack.outputs_done() {
            break;
        }
        ready += 1;
    }
    if ready == 0 {
        if let Some(failure) = failed {
            drop_deferred(part, &failure);
        }
        return None;
    }
    let oldest = part.deferred.front().map(|d| d.at)?;
    let due = oldest + STATE_WRITE_INTERVAL;
    if !force && failed.is_none() && ready < MAX_GROUP && Instant::now() < due {
        return Some(due);
    }
    write_group(shared, partition, part, ready, failed);
    None
}

/// Writes the first `ready` deferred batches' state of `partition` as one
/// group (the latest value of each key); then, after a `failed` output,
/// drops the rest.
fn write_group(
    shared: &WorkerShared,
    partition: i32,
    part: &mut Partition,
    ready: usize,
    failed: Option<String>,
) {
    if !shared.ownership.is_current(partition, part.generation) {
        drop_deferred(part, "the partition was released");
        return;
    }
    if ready == 0 {
        return;
    }
    let group = BatchAck::state_group(&shared.producer.context().state, partition);
    let batches: Vec<Deferred> = part.deferred.drain(..ready).collect();
    // The latest value of each key, in the order of their last writes (a
    // partition's clock record, written last by every batch, stays last).
    let mut last: HashMap<&[u8], usize> = HashMap::new();
    let writes = batches.iter().flat_map(|d| &d.writes);
    for (i, w) in writes.clone().enumerate() {
        last.insert(&w.key, i);
    }
    for (i, w) in writes.enumerate() {
        if last.get(w.key.as_slice()) != Some(&i) {
            continue;
        }
        telemetry::changelog(w.value.is_none());
        produce(
            shared,
            Output {
                topic: &shared.topics.presence_state,
                partition: Some(partition),
                key: Some(&w.key),
                value: w.value.as_deref(),
                ..Output::default()
            },
            &group,
        );
    }
    for d in batches {
        group.follow(d.ack);
    }
    group.release();
    if let Some(failure) = failed {
        drop_deferred(part, &failure);
    }
}

fn earliest(a: Option<Instant>, b: Option<Instant>) -> Option<Instant> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Drops every deferred state write of a partition, failing their batches
/// so that none of their offsets is stored.
fn drop_deferred(part: &mut Partition, why: &str) {
    for d in part.deferred.drain(..) {
        d.ack
            .fail(format!("state not written to the changelog: {why}"));
        d.ack.undefer();
    }
}
