//! Exactly-once mode: one Kafka transaction at a time around everything
//! the processor writes.
//!
//! The producer is transactional (`transactional.id` from
//! [`ExactlyOnce`](crate::ExactlyOnce)). A transaction is always open while
//! pings flow; every `commit_interval` the poll loop ends it:
//!
//! 1. it parks every worker ([`Work::Park`](crate::worker::Work)) behind
//!    the batches it already dispatched (the work channels are ordered):
//!    each worker processes them, writes its partitions' pending changelog
//!    records (the latest per key) and waits;
//! 2. it sends the next ping offset of every partition that made progress
//!    to the transaction with the consumer's group metadata
//!    (`send_offsets_to_transaction`: a member of an older generation, a
//!    zombie, is refused there) and commits, which flushes every record;
//! 3. it begins the next transaction and lets the workers go.
//!
//! Outputs, changelog records and ping offsets therefore become visible
//! together or not at all: a read_committed reader sees each event and
//! trigger once, and a restarted or new owner restores exactly the state
//! that matches the committed offsets. Nothing else may produce while a
//! transaction ends (librdkafka refuses records then); the tables thread,
//! which writes DLQ records for unreadable table records at any time, takes
//! the [`Transactions::producing`] gate for each.
//!
//! A commit the broker refuses in a way that leaves the transaction
//! abortable (the group coordinator no longer knows this member after a
//! broker restart, a zombie's old generation, a timeout) aborts it and
//! *rewinds*: the processor's in-memory state is ahead of what was
//! committed, so every owned partition's state is dropped and restored from
//! the changelog (read_committed), and the consumer seeks back to the
//! committed offsets ([`Ended::Rewind`]). A failed batch or a fatal error
//! (the producer was fenced by another instance with the same id) aborts if
//! it can and stops the processor; a restart resumes from the last commit.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, RwLock, RwLockReadGuard};
use std::time::{Duration, Instant};

use rdkafka::consumer::{BaseConsumer, Consumer, ConsumerContext};
use rdkafka::error::{KafkaError, KafkaResult};
use rdkafka::producer::{Producer, ThreadedProducer};
use rdkafka::{Offset, TopicPartitionList};
use tracing::{debug, warn};

use crate::acks::{BatchAck, OutputContext};
use crate::retry::SAY_AFTER;
use crate::telemetry;
use crate::{Health, StreamError};

/// The open transaction's bookkeeping.
struct Open {
    /// When it began.
    began: Instant,
    /// The next ping offset of each partition dispatched in it.
    positions: BTreeMap<i32, i64>,
    /// Its batches of pings: if one failed, it must not commit.
    batches: Vec<Arc<BatchAck>>,
}

impl Open {
    fn new() -> Self {
        Self {
            began: Instant::now(),
            positions: BTreeMap::new(),
            batches: Vec::new(),
        }
    }
}

/// How a transaction ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ended {
    /// Committed, or aborted as asked.
    AsAsked,
    /// The commit was refused and the transaction aborted: the owned
    /// partitions must be restored from the last commit.
    Rewind,
}

/// The transactional producer's state, shared by the poll loop (which ends
/// transactions) and whoever produces.
pub(crate) struct Transactions {
    producer: Arc<ThreadedProducer<OutputContext>>,
    pings_topic: String,
    id: String,
    interval: Duration,
    timeout: Duration,
    open: Mutex<Open>,
    /// Held for reading while producing outside the workers' ordered work,
    /// for writing while a transaction ends.
    gate: RwLock<()>,
    /// Whether a record was produced since the transaction began.
    dirty: AtomicBool,
    /// Set once a transaction could not be ended: nothing more is tried.
    broken: AtomicBool,
    /// Told which transaction call the poll loop waits in.
    health: Health,
}

impl Transactions {
    pub(crate) fn new(
        producer: Arc<ThreadedProducer<OutputContext>>,
        pings_topic: String,
        config: &crate::ExactlyOnce,
        health: Health,
    ) -> Self {
        Self {
            producer,
            pings_topic,
            id: config.transactional_id.clone(),
            interval: config.commit_interval,
            timeout: config.transaction_timeout,
            open: Mutex::new(Open::new()),
            gate: RwLock::new(()),
            dirty: AtomicBool::new(false),
            broken: AtomicBool::new(false),
            health,
        }
    }

    fn error(&self, action: &'static str, source: KafkaError) -> StreamError {
        StreamError::Transaction {
            transactional_id: self.id.clone(),
            action,
            source,
        }
    }

    fn open(&self) -> MutexGuard<'_, Open> {
        self.open.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// How long one transaction call may take.
    pub(crate) const fn timeout(&self) -> Duration {
        self.timeout
    }

    /// Registers the producer's transactional id with the broker (aborting
    /// whatever a previous run with the same id left open) and begins the
    /// first transaction. Retries retriable errors until `deadline`.
    pub(crate) fn init(&self, deadline: Instant) -> Result<(), StreamError> {
        self.retrying("init", deadline, |left| {
            self.producer.init_transactions(left)
        })?;
        self.producer
            .begin_transaction()
            .map_err(|e| self.error("begin", e))?;
        self.open().began = Instant::now();
        Ok(())
    }

    /// A batch of `partition` whose last ping is `last_offset` was handed
    /// to a worker in the open transaction.
    pub(crate) fn dispatched(&self, partition: i32, last_offset: Option<i64>, ack: &Arc<BatchAck>) {
        let mut open = self.open();
        if let Some(last) = last_offset {
            open.positions.insert(partition, last + 1);
        }
        open.batches.push(Arc::clone(ack));
    }

    /// A record is about to be produced in the open transaction.
    pub(crate) fn produced(&self) {
        self.dirty.store(true, Ordering::Relaxed);
    }

    /// Whether the open transaction should end now: it is older than the
    /// commit interval and holds something.
    pub(crate) fn due(&self) -> bool {
        if self.broken.load(Ordering::Acquire) {
            return false;
        }
        let open = self.open();
        open.began.elapsed() >= self.interval
            && (self.dirty.load(Ordering::Relaxed) || !open.positions.is_empty())
    }

    /// Held while producing from outside the workers' ordered work, so
    /// that no record is handed to the producer while a transaction ends.
    pub(crate) fn producing(&self) -> RwLockReadGuard<'_, ()> {
        self.gate.read().unwrap_or_else(PoisonError::into_inner)
    }

    /// Ends the open transaction, committing it with the ping offsets
    /// (`commit`) or aborting it, and begins the next one. Every worker
    /// must be parked. On an error the transaction is aborted if it still
    /// can be, and nothing more is tried: the processor must stop.
    pub(crate) fn end<C: ConsumerContext>(
        &self,
        consumer: &BaseConsumer<C>,
        commit: bool,
    ) -> Result<Ended, StreamError> {
        if self.broken.load(Ordering::Acquire) {
            return Ok(Ended::AsAsked);
        }
        let _gate = self.gate.write().unwrap_or_else(PoisonError::into_inner);
        let started = Instant::now();
        let deadline = started + self.timeout;
        let open = std::mem::replace(&mut *self.open(), Open::new());
        let failed_batch = open.batches.iter().find_map(|b| b.failure());
        let result = match (&failed_batch, commit) {
            (None, true) => self.commit(consumer, &open.positions, deadline),
            (Some(detail), true) => {
                warn!(transactional_id = %self.id, %detail, "a batch failed; aborting the transaction");
                self.abort(deadline).and(Err(StreamError::Delivery {
                    topic: "(transaction)".into(),
                    detail: detail.clone(),
                }))
            }
            (_, false) => self.abort(deadline).map(|()| Ended::AsAsked),
        };
        let outcome = match (&result, commit) {
            (Ok(Ended::AsAsked), true) => "committed",
            (Ok(_), _) => "aborted",
            (Err(_), _) => "failed",
        };
        telemetry::transaction(outcome, started.elapsed().as_secs_f64());
        if result.is_err() {
            self.broken.store(true, Ordering::Release);
            return result;
        }
        debug!(
            outcome,
            partitions = open.positions.len(),
            batches = open.batches.len(),
            took_ms = started.elapsed().as_millis(),
            "transaction ended"
        );
        self.dirty.store(false, Ordering::Relaxed);
        if let Err(e) = self.producer.begin_transaction() {
            self.broken.store(true, Ordering::Release);
            return Err(self.error("begin", e));
        }
        self.open().began = Instant::now();
        result
    }

    /// Commits with the offsets; a refusal that leaves the transaction
    /// abortable aborts it and asks for a rewind.
    fn commit<C: ConsumerContext>(
        &self,
        consumer: &BaseConsumer<C>,
        positions: &BTreeMap<i32, i64>,
        deadline: Instant,
    ) -> Result<Ended, StreamError> {
        let sent = if positions.is_empty() {
            Ok(())
        } else {
            self.send_offsets(consumer, positions, deadline)
        };
        let committed = sent.and_then(|()| {
            self.retrying("commit", deadline, |left| {
                self.producer.commit_transaction(left)
            })
        });
        match committed {
            Ok(()) => Ok(Ended::AsAsked),
            Err(e) if requires_abort(&e) => {
                warn!(
                    transactional_id = %self.id,
                    error = %e,
                    "transaction not committed; aborting it and rewinding to the last commit"
                );
                self.abort(Instant::now() + self.timeout)?;
                Ok(Ended::Rewind)
            }
            Err(e) => Err(e),
        }
    }

    fn send_offsets<C: ConsumerContext>(
        &self,
        consumer: &BaseConsumer<C>,
        positions: &BTreeMap<i32, i64>,
        deadline: Instant,
    ) -> Result<(), StreamError> {
        let mut offsets = TopicPartitionList::new();
        for (&p, &next) in positions {
            offsets
                .add_partition_offset(&self.pings_topic, p, Offset::Offset(next))
                .map_err(|e| self.error("send offsets", e))?;
        }
        let group = consumer.group_metadata().ok_or_else(|| {
            StreamError::ExactlyOnce(
                "the pings consumer has no group metadata: its offsets cannot join a transaction"
                    .into(),
            )
        })?;
        self.retrying("send offsets", deadline, |left| {
            self.producer
                .send_offsets_to_transaction(&offsets, &group, left)
        })
    }

    fn abort(&self, deadline: Instant) -> Result<(), StreamError> {
        self.retrying("abort", deadline, |left| {
            self.producer.abort_transaction(left)
        })
    }

    /// Calls `f` with the time left until it succeeds, fails with an error
    /// that is not retriable, or `deadline` passes.
    fn retrying(
        &self,
        action: &'static str,
        deadline: Instant,
        f: impl Fn(Duration) -> KafkaResult<()>,
    ) -> Result<(), StreamError> {
        let _call = self.health.kafka_call(action);
        let started = Instant::now();
        let mut said = false;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match f(left.max(Duration::from_millis(1))) {
                Ok(()) => return Ok(()),
                Err(KafkaError::Transaction(e))
                    if e.is_retriable() && Instant::now() < deadline =>
                {
                    if !said && started.elapsed() >= SAY_AFTER {
                        // Pings wait meanwhile: say why, once.
                        said = true;
                        warn!(
                            transactional_id = %self.id,
                            action,
                            error = %e,
                            waited_s = started.elapsed().as_secs(),
                            "a transaction call keeps failing; retrying until the transaction timeout"
                        );
                    } else {
                        debug!(action, error = %e, "retriable transaction error; retrying");
                    }
                }
                Err(e) => return Err(self.error(action, e)),
            }
        }
    }
}

/// Whether a failed transaction call leaves a transaction to abort.
fn requires_abort(e: &StreamError) -> bool {
    matches!(
        e,
        StreamError::Transaction {
            source: KafkaError::Transaction(inner),
            ..
        } if inner.txn_requires_abort()
    )
}
