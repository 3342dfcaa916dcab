//! The poll loop: the pings consumer on its own thread.
//!
//! It reads pings in rounds, groups each round by partition into
//! [`RawBatch`]es, hands them to the partition's worker and stores, for each
//! partition, the last offset of the longest prefix of batches whose outputs
//! were all acknowledged ([`OffsetTracker`]). librdkafka's auto-commit timer
//! commits what was stored.
//!
//! Rebalances run inside `poll` on this thread (the consumer context below):
//!
//! - **Revoke**: pending pings of the revoked partitions go to their workers,
//!   each worker finishes what it has and drops the partitions' state, the
//!   loop waits for every output to be acknowledged, stores the offsets and
//!   commits synchronously, all before the partitions are given up.
//! - **Assign**: the changelog partitions with the same numbers are read to
//!   their end offsets and handed to the workers ahead of any ping of those
//!   partitions (the worker channel is ordered).

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use rdkafka::consumer::{BaseConsumer, CommitMode, Consumer, ConsumerContext, Rebalance};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::Message;
use rdkafka::producer::Producer as _;
use rdkafka::statistics::Statistics;
use rdkafka::{ClientContext, Offset, TopicPartitionList};
use tracing::{debug, info, warn};

use crate::acks::{Advance, BatchAck, OffsetTracker, StateInFlight};
use crate::barrier::ConsentBarrier;
use crate::retry;
use crate::telemetry;
use crate::txn::{Ended, Transactions};
use crate::worker::{ChangelogRecords, Ownership, RawBatch, Work, WorkerShared};
use crate::{Health, StreamError, Topics};

/// How long one `poll` waits for the first ping of a round.
const POLL_WAIT: Duration = Duration::from_millis(50);
/// Most pings read in one round before they are dispatched.
const ROUND: usize = 4096;
/// How often workers get a [`Work::Tick`].
const TICK: Duration = Duration::from_secs(1);

/// State the poll loop and its rebalance callbacks share.
pub(crate) struct PollerShared {
    pub(crate) workers: Vec<crossbeam_channel::Sender<Work>>,
    /// Who owns which partition; bumped on assignment and release.
    ownership: Arc<Ownership>,
    /// Numbers the rounds for the consent barrier.
    barrier: Arc<ConsentBarrier>,
    /// Dispatched batches per owned partition; the keys are the owned
    /// partitions.
    trackers: Mutex<BTreeMap<i32, OffsetTracker>>,
    /// Pings read this round, not yet dispatched.
    pending: Mutex<HashMap<i32, RawBatch>>,
    /// The changelog reader (assigned partitions only, no group).
    restore: Mutex<BaseConsumer>,
    pub(crate) topics: Topics,
    pub(crate) health: Health,
    /// Deadline for draining revoked partitions and for shutdown.
    drain_timeout: Duration,
    /// Deadline for restoring one assignment.
    restore_timeout: Duration,
    /// An error a callback ran into; the loop stops with it.
    fatal: Mutex<Option<StreamError>>,
    /// Set by the producer's context on a failed delivery.
    failed: Arc<AtomicBool>,
    /// Changelog records in flight, and how long a released partition
    /// waits for its own to resolve.
    state_in_flight: (Arc<StateInFlight>, Duration),
    /// Exactly-once mode: the transactions, and a client reading the
    /// changelog's high watermarks with read_uncommitted (the restore
    /// reader, read_committed, sees the last stable offset instead).
    txn: Option<(Arc<Transactions>, Mutex<BaseConsumer>)>,
}

impl PollerShared {
    #[allow(
        clippy::too_many_arguments,
        reason = "plain constructor of an internal struct"
    )]
    pub(crate) fn new(
        workers: Vec<crossbeam_channel::Sender<Work>>,
        ownership: Arc<Ownership>,
        barrier: Arc<ConsentBarrier>,
        restore: BaseConsumer,
        topics: Topics,
        health: Health,
        drain_timeout: Duration,
        restore_timeout: Duration,
        failed: Arc<AtomicBool>,
        state_in_flight: (Arc<StateInFlight>, Duration),
        txn: Option<(Arc<Transactions>, BaseConsumer)>,
    ) -> Self {
        Self {
            workers,
            ownership,
            barrier,
            trackers: Mutex::new(BTreeMap::new()),
            pending: Mutex::new(HashMap::new()),
            restore: Mutex::new(restore),
            topics,
            health,
            drain_timeout,
            restore_timeout,
            fatal: Mutex::new(None),
            failed,
            state_in_flight,
            txn: txn.map(|(t, probe)| (t, Mutex::new(probe))),
        }
    }

    fn transactions(&self) -> Option<&Transactions> {
        self.txn.as_ref().map(|(t, _)| &**t)
    }

    /// Exactly-once mode: ends the open transaction (see [`crate::txn`]):
    /// parks every worker behind the batches already dispatched, commits
    /// (or aborts) and begins the next transaction, then lets them go.
    fn end_transaction<C: ConsumerContext>(
        &self,
        consumer: &BaseConsumer<C>,
        commit: bool,
    ) -> Result<Ended, StreamError> {
        let Some(txn) = self.transactions() else {
            return Ok(Ended::AsAsked);
        };
        let (parked_tx, parked_rx) = crossbeam_channel::unbounded();
        // Never sent on: dropping it lets the workers go.
        let (resume_tx, resume_rx) = crossbeam_channel::bounded::<()>(0);
        let mut waiting = 0;
        for w in &self.workers {
            let park = Work::Park {
                parked: parked_tx.clone(),
                resume: resume_rx.clone(),
            };
            if w.send(park).is_ok() {
                waiting += 1;
            }
        }
        drop(parked_tx);
        let deadline = Instant::now() + txn.timeout();
        for _ in 0..waiting {
            if parked_rx
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
                .is_err()
            {
                return Err(StreamError::ExactlyOnce(format!(
                    "workers did not reach the end of the transaction within {} s",
                    txn.timeout().as_secs()
                )));
            }
        }
        let ended = txn.end(consumer, commit);
        drop(resume_tx);
        ended
    }

    /// Ends the open transaction and, if its commit was refused and it
    /// was aborted, rewinds every owned partition to the last commit.
    fn commit_or_rewind<C: ConsumerContext>(
        &self,
        consumer: &BaseConsumer<C>,
    ) -> Result<(), StreamError> {
        match self.end_transaction(consumer, true)? {
            Ended::AsAsked => Ok(()),
            Ended::Rewind => self.rewind(consumer),
        }
    }

    /// Exactly-once mode, after an aborted transaction: the workers' state
    /// of every owned partition is ahead of what was committed. Drops it,
    /// sets the consumer back to the committed offsets and restores the
    /// state from the changelog, as if the partitions were assigned anew.
    fn rewind<C: ConsumerContext>(&self, consumer: &BaseConsumer<C>) -> Result<(), StreamError> {
        let owned = self.owned();
        if owned.is_empty() {
            return Ok(());
        }
        let started = Instant::now();
        telemetry::rebalance("rewind");
        // Read again from the committed offsets.
        self.pending
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
        self.drop_state(&owned);
        {
            let mut trackers = self.trackers.lock().unwrap_or_else(PoisonError::into_inner);
            for p in &owned {
                trackers.remove(p);
            }
        }
        let mut tpl = TopicPartitionList::new();
        for &p in &owned {
            tpl.add_partition(&self.topics.pings, p);
        }
        let client = |source| StreamError::Client {
            role: "pings consumer",
            source,
        };
        // Waits until no transaction with offsets of these partitions is
        // pending (read_committed asks for stable offsets).
        let committed = consumer
            .committed_offsets(tpl, self.restore_timeout)
            .map_err(client)?;
        for e in committed.elements() {
            let from = match e.offset() {
                Offset::Offset(o) => Offset::Offset(o),
                // Nothing committed yet: auto.offset.reset is earliest.
                _ => Offset::Beginning,
            };
            consumer
                .seek(
                    &self.topics.pings,
                    e.partition(),
                    from,
                    self.restore_timeout,
                )
                .map_err(client)?;
        }
        self.assign(&owned);
        info!(
            partitions = ?owned,
            took_ms = started.elapsed().as_millis(),
            "rewound to the last committed transaction"
        );
        Ok(())
    }

    fn worker_of(&self, partition: i32) -> usize {
        let n = i32::try_from(self.workers.len()).unwrap_or(i32::MAX).max(1);
        usize::try_from(partition.rem_euclid(n)).unwrap_or(0)
    }

    fn set_fatal(&self, e: StreamError) {
        let mut f = self.fatal.lock().unwrap_or_else(PoisonError::into_inner);
        if f.is_none() {
            *f = Some(e);
        }
    }

    fn take_fatal(&self) -> Option<StreamError> {
        self.fatal
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
    }

    fn owned(&self) -> Vec<i32> {
        self.trackers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .keys()
            .copied()
            .collect()
    }

    /// Hands pending batches (of `only` these partitions, or all) to their
    /// workers, registering each with its partition's tracker first.
    fn dispatch(&self, only: Option<&[i32]>) -> Result<(), StreamError> {
        let batches: Vec<RawBatch> = {
            let mut pending = self.pending.lock().unwrap_or_else(PoisonError::into_inner);
            match only {
                None => pending.drain().map(|(_, b)| b).collect(),
                Some(ps) => ps.iter().filter_map(|p| pending.remove(p)).collect(),
            }
        };
        // These pings were all fetched by now: a consent observation made
        // from here on covers them.
        let round = if batches.is_empty() {
            0
        } else {
            self.barrier.fetched()
        };
        for mut batch in batches {
            batch.round = round;
            let p = batch.partition;
            let ack = BatchAck::new(batch.last_offset());
            {
                let mut trackers = self.trackers.lock().unwrap_or_else(PoisonError::into_inner);
                let Some(tracker) = trackers.get_mut(&p) else {
                    // Not ours (any more): the owner reprocesses them.
                    debug!(
                        partition = p,
                        pings = batch.len(),
                        "dropping pings of an unowned partition"
                    );
                    continue;
                };
                match self.transactions() {
                    // The offset commits with the transaction.
                    Some(txn) => txn.dispatched(p, batch.last_offset(), &ack),
                    None => tracker.push(Arc::clone(&ack)),
                }
            }
            self.workers[self.worker_of(p)]
                .send(Work::Pings(batch, ack))
                .map_err(|_| StreamError::Thread {
                    name: "worker".into(),
                    detail: "a worker stopped".into(),
                })?;
        }
        Ok(())
    }

    /// Stores the offsets of completed batches; returns whether every batch
    /// of the partitions looked at has completed.
    fn store_completed<C: ConsumerContext>(
        &self,
        consumer: &BaseConsumer<C>,
        only: Option<&[i32]>,
    ) -> bool {
        let mut trackers = self.trackers.lock().unwrap_or_else(PoisonError::into_inner);
        let mut idle = true;
        for (&p, tracker) in trackers.iter_mut() {
            if only.is_some_and(|o| !o.contains(&p)) {
                continue;
            }
            match tracker.advance() {
                Advance::Nothing => {}
                Advance::Store(offset) => {
                    // librdkafka stores offset + 1: the next ping to read.
                    if let Err(e) = consumer.store_offset(&self.topics.pings, p, offset) {
                        debug!(partition = p, offset, error = %e, "offset not stored");
                    }
                }
                Advance::Failed(detail) => {
                    self.set_fatal(StreamError::Delivery {
                        topic: "(output)".into(),
                        detail,
                    });
                    return false;
                }
            }
            idle &= tracker.is_idle();
        }
        idle
    }

    /// Finishes the given partitions: dispatches their pending pings, lets
    /// their workers process everything queued and drop the state, waits
    /// for every output to be acknowledged, stores the offsets and (if
    /// `commit`) commits them. Bounded by the drain deadline.
    fn drain<C: ConsumerContext>(
        &self,
        consumer: &BaseConsumer<C>,
        partitions: &[i32],
        commit: bool,
    ) {
        // Only what is still owned: the consumer's final revocation, after
        // the poll loop drained everything at shutdown, finds nothing.
        let partitions: Vec<i32> = {
            let trackers = self.trackers.lock().unwrap_or_else(PoisonError::into_inner);
            partitions
                .iter()
                .copied()
                .filter(|p| trackers.contains_key(p))
                .collect()
        };
        let partitions = partitions.as_slice();
        if partitions.is_empty() {
            return;
        }
        let started = Instant::now();
        let deadline = started + self.drain_timeout;
        if let Err(e) = self.dispatch(Some(partitions)) {
            warn!(error = %e, "draining: pending pings not dispatched");
        }
        if self.txn.is_some() {
            self.drain_transactional(consumer, partitions, commit, started);
            return;
        }
        self.revoke_in_workers(partitions, deadline, true);
        // Wait for the last state writes' acknowledgements (a rebalance is
        // rare; a short sleep here costs nothing in steady state).
        let mut complete = false;
        while !self.failed.load(Ordering::Acquire) {
            if self.store_completed(consumer, Some(partitions)) {
                complete = true;
                break;
            }
            if Instant::now() >= deadline {
                break;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        if !complete {
            warn!(
                ?partitions,
                "draining: outputs not all acknowledged; their pings will be reprocessed"
            );
        }
        if commit {
            match consumer.commit_consumer_state(CommitMode::Sync) {
                Ok(()) | Err(KafkaError::ConsumerCommit(RDKafkaErrorCode::NoOffset)) => {}
                Err(e) => warn!(error = %e, "offset commit while draining"),
            }
        }
        // No state of these partitions may land after the next owner
        // restored them: wait until every changelog record already handed
        // to the producer is acknowledged or failed (librdkafka resolves
        // each within message.timeout.ms).
        let (in_flight, wait) = &self.state_in_flight;
        if !in_flight.wait_resolved(partitions, Instant::now() + *wait) {
            warn!(
                ?partitions,
                "changelog records still unresolved after message.timeout.ms; stopping"
            );
            self.set_fatal(StreamError::Delivery {
                topic: self.topics.presence_state.clone(),
                detail:
                    "changelog records of a released partition unresolved after message.timeout.ms"
                        .into(),
            });
        }
        self.released(partitions, started);
    }

    /// Forgets released partitions.
    fn released(&self, partitions: &[i32], started: Instant) {
        {
            let mut trackers = self.trackers.lock().unwrap_or_else(PoisonError::into_inner);
            for p in partitions {
                trackers.remove(p);
                telemetry::consumer_lag(*p, 0);
            }
            let n = trackers.len();
            self.health.set_assigned(n);
            self.health.released(partitions.len());
            telemetry::assigned(n);
        }
        info!(
            ?partitions,
            took_ms = started.elapsed().as_millis(),
            "partitions drained and released"
        );
    }

    /// [`Self::drain`] in exactly-once mode: the open transaction commits
    /// (with every partition's progress) or, for a lost assignment or after
    /// a failure, aborts; then the workers drop the partitions' state
    /// without writing anything more.
    fn drain_transactional<C: ConsumerContext>(
        &self,
        consumer: &BaseConsumer<C>,
        partitions: &[i32],
        commit: bool,
        started: Instant,
    ) {
        let ended = self.end_transaction(consumer, commit);
        if let Err(e) = &ended {
            warn!(?partitions, error = %e, "draining: the transaction did not end cleanly");
        }
        self.drop_state(partitions);
        self.released(partitions, started);
        match ended {
            Err(e) => self.set_fatal(e),
            // The partitions kept (incremental rebalancing) go back to the
            // last commit.
            Ok(Ended::Rewind) => {
                if let Err(e) = self.rewind(consumer) {
                    self.set_fatal(e);
                }
            }
            Ok(Ended::AsAsked) => {}
        }
    }

    /// Has the workers drop the state of `partitions` without writing
    /// anything more, and ends this instance's ownership of them.
    fn drop_state(&self, partitions: &[i32]) {
        self.revoke_in_workers(partitions, Instant::now() + self.drain_timeout, false);
    }

    /// Sends [`Work::Revoke`] for `partitions` to their workers (which
    /// first write what is ready by `deadline` if `write`), waits for them
    /// until `deadline`, then ends this instance's ownership: from here on
    /// nothing more is written for these partitions, whatever the workers
    /// still have queued.
    fn revoke_in_workers(&self, partitions: &[i32], deadline: Instant, write: bool) {
        let mut by_worker: BTreeMap<usize, Vec<i32>> = BTreeMap::new();
        for &p in partitions {
            by_worker.entry(self.worker_of(p)).or_default().push(p);
        }
        let (tx, rx) = crossbeam_channel::unbounded();
        let mut waiting = 0;
        for (w, ps) in by_worker {
            let revoke = Work::Revoke {
                partitions: ps,
                deadline,
                done: tx.clone(),
                write,
            };
            if self.workers[w].send(revoke).is_ok() {
                waiting += 1;
            }
        }
        drop(tx);
        for _ in 0..waiting {
            if rx
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
                .is_err()
            {
                warn!(?partitions, "draining: workers did not finish in time");
                break;
            }
        }
        for &p in partitions {
            self.ownership.bump(p);
        }
    }

    /// Restores the state of newly assigned partitions from the changelog
    /// and hands it to their workers, ahead of any ping.
    fn assign(&self, partitions: &[i32]) {
        let new: Vec<i32> = {
            let trackers = self.trackers.lock().unwrap_or_else(PoisonError::into_inner);
            partitions
                .iter()
                .copied()
                .filter(|p| !trackers.contains_key(p))
                .collect()
        };
        if new.is_empty() {
            return;
        }
        let started = Instant::now();
        self.health.restoring_started(new.len());
        if let Some((txn, probe)) = &self.txn {
            // The restore reads to the last stable offset: first let a
            // transaction the previous owner left open on these partitions
            // end (its commit markers, or an abort by the broker).
            let restore = self.restore.lock().unwrap_or_else(PoisonError::into_inner);
            let probe = probe.lock().unwrap_or_else(PoisonError::into_inner);
            let wait = txn.timeout() + self.restore_timeout;
            if let Err(e) = wait_stable(&restore, &probe, &self.topics.presence_state, &new, wait) {
                self.health.restoring_finished(new.len());
                self.set_fatal(e);
                return;
            }
        }
        let read = {
            let restore = self.restore.lock().unwrap_or_else(PoisonError::into_inner);
            read_changelog(
                &restore,
                &self.topics.presence_state,
                &new,
                self.restore_timeout,
            )
        };
        let mut records = match read {
            Ok(r) => r,
            Err(e) => {
                self.health.restoring_finished(new.len());
                self.set_fatal(e);
                return;
            }
        };
        for &p in &new {
            self.trackers
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .insert(p, OffsetTracker::default());
            let work = Work::Assign {
                partition: p,
                generation: self.ownership.bump(p),
                records: records.remove(&p).unwrap_or_default(),
                health: self.health.clone(),
            };
            if self.workers[self.worker_of(p)].send(work).is_err() {
                self.health.restoring_finished(1);
            }
        }
        let n = self
            .trackers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len();
        self.health.set_assigned(n);
        telemetry::assigned(n);
        telemetry::restore_time(started.elapsed().as_secs_f64());
        info!(
            partitions = ?new,
            read_ms = started.elapsed().as_millis(),
            "partitions assigned; state read from the changelog"
        );
    }
}

/// Waits until no transaction is open on the given changelog partitions:
/// their last stable offset (what `committed`, a read_committed client,
/// reads as the end) equals their high watermark (what `uncommitted`, a
/// read_uncommitted client, reads).
fn wait_stable(
    committed: &BaseConsumer,
    uncommitted: &BaseConsumer,
    topic: &str,
    partitions: &[i32],
    timeout: Duration,
) -> Result<(), StreamError> {
    let started = Instant::now();
    let deadline = started + timeout;
    let mut open: Vec<i32> = partitions.to_vec();
    let mut waits = 0u32;
    let mut said = false;
    while !open.is_empty() {
        let mut still = Vec::new();
        for &p in &open {
            let (_, stable) = retry::watermarks(committed, topic, p, deadline)?;
            let (_, high) = retry::watermarks(uncommitted, topic, p, deadline)?;
            if stable < high {
                still.push(p);
            }
        }
        open = still;
        if open.is_empty() {
            break;
        }
        if Instant::now() >= deadline {
            return Err(StreamError::RestoreTimeout {
                topic: topic.into(),
                partitions: open,
                seconds: timeout.as_secs(),
            });
        }
        waits += 1;
        if !said && started.elapsed() >= retry::SAY_AFTER {
            said = true;
            warn!(
                partitions = ?open,
                "waiting for an open transaction on the changelog to end before restoring (a crashed \
                 owner's is aborted when its transactional id starts again, or by the broker after \
                 transaction.timeout.ms)"
            );
        }
        // A transaction's markers land within milliseconds of its commit;
        // a crashed owner's transaction is aborted when it restarts or
        // after transaction.timeout.ms. Poll gently.
        std::thread::sleep(Duration::from_millis(if waits < 20 { 10 } else { 200 }));
    }
    if waits > 0 {
        info!(
            ?partitions,
            waited_ms = started.elapsed().as_millis(),
            "waited for an open transaction on the changelog to end"
        );
    }
    Ok(())
}

/// Reads changelog partitions from the beginning to their end offsets as of
/// now; returns the latest non-null value per key of each partition.
fn read_changelog(
    consumer: &BaseConsumer,
    topic: &str,
    partitions: &[i32],
    timeout: Duration,
) -> Result<HashMap<i32, ChangelogRecords>, StreamError> {
    let mut ends: HashMap<i32, i64> = HashMap::new();
    let mut tpl = TopicPartitionList::new();
    let deadline = Instant::now() + timeout;
    for &p in partitions {
        let (low, high) = retry::watermarks(consumer, topic, p, deadline)?;
        if high > low {
            ends.insert(p, high);
            tpl.add_partition_offset(topic, p, Offset::Beginning)
                .map_err(|source| StreamError::Client {
                    role: "changelog reader",
                    source,
                })?;
        }
    }
    let mut latest: HashMap<i32, HashMap<Vec<u8>, Option<Vec<u8>>>> = HashMap::new();
    if !ends.is_empty() {
        consumer
            .assign(&tpl)
            .map_err(|source| StreamError::Client {
                role: "changelog reader",
                source,
            })?;
        let deadline = Instant::now() + timeout;
        while !ends.is_empty() {
            if Instant::now() >= deadline {
                let _ = consumer.unassign();
                return Err(StreamError::RestoreTimeout {
                    topic: topic.into(),
                    partitions: partitions.to_vec(),
                    seconds: timeout.as_secs(),
                });
            }
            match consumer.poll(Duration::from_millis(100)) {
                Some(Ok(msg)) => {
                    let p = msg.partition();
                    if let Some(key) = msg.key() {
                        latest
                            .entry(p)
                            .or_default()
                            .insert(key.to_vec(), msg.payload().map(<[u8]>::to_vec));
                    }
                    if ends.get(&p).is_some_and(|&high| msg.offset() + 1 >= high) {
                        ends.remove(&p);
                    }
                }
                Some(Err(e)) => warn!(error = %e, "changelog read error"),
                None => {
                    // Compaction may have removed the last offsets: the
                    // position tells when the end was passed.
                    if let Ok(position) = consumer.position() {
                        ends.retain(|p, high| {
                            !matches!(
                                position.find_partition(topic, *p).map(|e| e.offset()),
                                Some(Offset::Offset(o)) if o >= *high
                            )
                        });
                    }
                }
            }
        }
        consumer.unassign().map_err(|source| StreamError::Client {
            role: "changelog reader",
            source,
        })?;
    }
    Ok(latest
        .into_iter()
        .map(|(p, records)| {
            let mut v: Vec<(Vec<u8>, Vec<u8>)> = records
                .into_iter()
                .filter_map(|(k, v)| v.map(|v| (k, v)))
                .collect();
            // Deterministic restore order.
            v.sort_unstable_by(|a, b| a.0.cmp(&b.0));
            (p, v)
        })
        .collect())
}

/// The pings consumer's context: rebalances and lag statistics.
pub(crate) struct PingsContext {
    pub(crate) shared: Arc<PollerShared>,
}

fn pings_partitions(tpl: &TopicPartitionList, topic: &str) -> Vec<i32> {
    tpl.elements_for_topic(topic)
        .iter()
        .map(rdkafka::topic_partition_list::TopicPartitionListElem::partition)
        .collect()
}

impl ClientContext for PingsContext {
    fn stats(&self, statistics: Statistics) {
        let Some(topic) = statistics.topics.get(&self.shared.topics.pings) else {
            return;
        };
        let owned = self.shared.owned();
        for (&p, partition) in &topic.partitions {
            if owned.contains(&p) && partition.consumer_lag >= 0 {
                telemetry::consumer_lag(p, partition.consumer_lag);
            }
        }
    }
}

impl ConsumerContext for PingsContext {
    fn pre_rebalance(&self, consumer: &BaseConsumer<Self>, rebalance: &Rebalance<'_>) {
        if let Rebalance::Revoke(tpl) = rebalance {
            let partitions = pings_partitions(tpl, &self.shared.topics.pings);
            let lost = consumer.assignment_lost();
            telemetry::rebalance(if lost { "lost" } else { "revoke" });
            info!(?partitions, lost, "partitions revoked");
            // A lost assignment may already belong to someone else: do not
            // commit over the new owner.
            self.shared.drain(consumer, &partitions, !lost);
        }
    }

    fn post_rebalance(&self, _consumer: &BaseConsumer<Self>, rebalance: &Rebalance<'_>) {
        match rebalance {
            Rebalance::Assign(tpl) => {
                let partitions = pings_partitions(tpl, &self.shared.topics.pings);
                telemetry::rebalance("assign");
                self.shared.assign(&partitions);
            }
            Rebalance::Revoke(_) => {}
            Rebalance::Error(e) => warn!(error = %e, "rebalance error"),
        }
    }
}

fn is_fatal(e: &KafkaError) -> bool {
    matches!(
        e.rdkafka_error_code(),
        Some(RDKafkaErrorCode::Fatal | RDKafkaErrorCode::Authentication)
    )
}

/// Runs the poll loop until `stop` is set or something fails, then drains
/// every owned partition (commits only if nothing failed) and leaves the
/// group.
pub(crate) fn poll_loop(
    consumer: BaseConsumer<PingsContext>,
    stop: &AtomicBool,
    workers: &WorkerShared,
) -> Result<(), StreamError> {
    let shared = Arc::clone(&consumer.context().shared);
    consumer
        .subscribe(&[&shared.topics.pings])
        .map_err(|source| StreamError::Client {
            role: "pings consumer",
            source,
        })?;
    shared.health.set_consuming(true);
    let mut last_tick = Instant::now();
    let mut result = Ok(());
    'rounds: loop {
        shared.health.poll_round();
        if stop.load(Ordering::Acquire) {
            break;
        }
        if let Some(e) = shared.take_fatal() {
            result = Err(e);
            break;
        }
        if shared.failed.load(Ordering::Acquire) {
            // The failed batch reports itself when it reaches the front.
            if shared.txn.is_none() {
                shared.store_completed(&consumer, None);
            }
            result = Err(shared
                .take_fatal()
                .unwrap_or_else(|| workers.producer.context().failure_error()));
            break;
        }
        let mut wait = POLL_WAIT;
        for _ in 0..ROUND {
            match consumer.poll(wait) {
                None => break,
                Some(Ok(msg)) => {
                    let p = msg.partition();
                    shared
                        .pending
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .entry(p)
                        .or_insert_with(|| RawBatch::new(p))
                        .push(&msg);
                }
                Some(Err(e)) => {
                    warn!(error = %e, "pings consumer error");
                    if is_fatal(&e) {
                        result = Err(StreamError::Consume {
                            topic: shared.topics.pings.clone(),
                            source: e,
                        });
                        break 'rounds;
                    }
                    break;
                }
            }
            wait = Duration::ZERO;
        }
        if let Err(e) = shared.dispatch(None) {
            result = Err(e);
            break;
        }
        match shared.transactions() {
            None => {
                shared.store_completed(&consumer, None);
            }
            Some(txn) if txn.due() => {
                if let Err(e) = shared.commit_or_rewind(&consumer) {
                    result = Err(e);
                    break;
                }
            }
            Some(_) => {}
        }
        if last_tick.elapsed() >= TICK {
            last_tick = Instant::now();
            for w in &shared.workers {
                let _ = w.send(Work::Tick);
            }
            let tracked = workers
                .tracked
                .iter()
                .map(|t| t.load(Ordering::Relaxed))
                .sum();
            telemetry::tracked_users(tracked);
        }
    }
    shared.health.set_consuming(false);
    let commit = result.is_ok() && !shared.failed.load(Ordering::Acquire);
    let owned = shared.owned();
    shared.drain(&consumer, &owned, commit);
    consumer.unsubscribe();
    // Dropping the consumer closes it and leaves the group (a static
    // member, with a group.instance.id, stays in it: librdkafka sends no
    // LeaveGroup for it, so its partitions wait for it to come back within
    // its session); its final revocation finds nothing left to drain.
    drop(consumer);
    if let Some(e) = shared.take_fatal() {
        result = result.and(Err(e));
    }
    result
}
