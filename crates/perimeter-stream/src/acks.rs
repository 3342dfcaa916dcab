//! Delivery tracking: a ping's offset is stored only after every record it
//! produced was acknowledged.
//!
//! Pings are processed in batches (one partition per batch). Each batch has
//! a [`BatchAck`]: a count of outstanding records plus one *hold* that the
//! worker keeps while it is still producing. Every produced record carries
//! the batch's `Arc<BatchAck>` as its librdkafka delivery opaque, and the
//! delivery callback ([`OutputContext`]) releases it. A batch is complete
//! when the count reaches zero; an [`OffsetTracker`] per partition keeps the
//! batches in consumption order and reports the last offset of the longest
//! completed prefix, which is the only offset the consumer may store.
//!
//! Changelog records are *deferred* ([`BatchAck::defer`]): the worker
//! writes the state a batch produced only after the batch's outputs (and
//! every earlier batch's of the partition) were acknowledged, so that the
//! changelog never holds state whose outputs were lost: a restart then
//! reprocesses those pings from the state before them.
//!
//! Deferred writes of several batches that are ready together are written
//! as one group (latest value per key, see [`crate::worker`]): the group's
//! records carry a group `BatchAck`, and each batch in it
//! [follows](BatchAck::follow) the group, completing only when every record
//! of the group was acknowledged (and failing if one failed).

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::Instant;

use rdkafka::ClientContext;
use rdkafka::error::RDKafkaErrorCode;
use rdkafka::message::Message;
use rdkafka::producer::{DeliveryResult, ProducerContext};

use crate::telemetry;
use crate::worker::Control;

/// Outstanding deliveries of one batch.
#[derive(Debug)]
pub(crate) struct BatchAck {
    /// Outstanding records plus the producing worker's hold plus one per
    /// deferred changelog write.
    remaining: AtomicUsize,
    /// Changelog writes deferred until the outputs are acknowledged.
    deferred: AtomicUsize,
    /// The first delivery failure, if any.
    failure: Mutex<Option<String>>,
    /// The last ping offset of the batch, for batches of pings.
    last_offset: Option<i64>,
    /// Told (once) when only deferred changelog writes are left: the
    /// workers whose partitions deferred state behind this batch.
    wakers: Mutex<Vec<(crossbeam_channel::Sender<Control>, i32)>>,
    /// Batches whose deferred writes this one carries: each is undeferred
    /// (and failed, if this one failed) when this one completes.
    followers: Mutex<Vec<Arc<BatchAck>>>,
    /// For a group of changelog writes: the partition's count of groups in
    /// flight, told when this one completes.
    in_flight: Option<(Arc<StateInFlight>, i32)>,
}

impl BatchAck {
    /// A batch whose worker holds it; `last_offset` is the offset to store
    /// once it completes (`None` for outputs not tied to pings, such as
    /// EXITs for removed fences).
    pub(crate) fn new(last_offset: Option<i64>) -> Arc<Self> {
        Arc::new(Self {
            remaining: AtomicUsize::new(1),
            deferred: AtomicUsize::new(0),
            failure: Mutex::new(None),
            last_offset,
            wakers: Mutex::new(Vec::new()),
            followers: Mutex::new(Vec::new()),
            in_flight: None,
        })
    }

    /// The ack of a group of changelog writes of `partition`, held by the
    /// worker: counted in flight in `in_flight` until it completes (every
    /// record acknowledged or failed).
    pub(crate) fn state_group(in_flight: &Arc<StateInFlight>, partition: i32) -> Arc<Self> {
        in_flight.sent(partition);
        Arc::new(Self {
            remaining: AtomicUsize::new(1),
            deferred: AtomicUsize::new(0),
            failure: Mutex::new(None),
            last_offset: None,
            wakers: Mutex::new(Vec::new()),
            followers: Mutex::new(Vec::new()),
            in_flight: Some((Arc::clone(in_flight), partition)),
        })
    }

    /// One more record is about to be produced.
    pub(crate) fn hold(&self) {
        self.remaining.fetch_add(1, Ordering::AcqRel);
    }

    /// A record was acknowledged (or failed), or the worker is done. When
    /// only deferred changelog writes are left, the workers waiting for
    /// this batch are woken (pushed, never polled).
    pub(crate) fn release(&self) {
        let left = self.remaining.fetch_sub(1, Ordering::AcqRel) - 1;
        if left == 0 {
            let followers = std::mem::take(
                &mut *self
                    .followers
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner),
            );
            if !followers.is_empty() {
                let failure = self.failure();
                for f in followers {
                    if let Some(detail) = &failure {
                        f.fail(detail.clone());
                    }
                    f.undefer();
                }
            }
            if let Some((in_flight, partition)) = &self.in_flight {
                in_flight.done(*partition);
            }
            return;
        }
        let deferred = self.deferred.load(Ordering::Acquire);
        if deferred > 0 && left == deferred {
            let wakers =
                std::mem::take(&mut *self.wakers.lock().unwrap_or_else(PoisonError::into_inner));
            for (tx, partition) in wakers {
                // A stopped worker no longer needs waking.
                let _ = tx.send(Control::Acked(partition));
            }
        }
    }

    /// Asks for a [`Control::Acked`] of `partition` on `tx` once every
    /// output of this batch was acknowledged. Call before the worker's own
    /// hold is released.
    pub(crate) fn wake_when_done(&self, tx: crossbeam_channel::Sender<Control>, partition: i32) {
        self.wakers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push((tx, partition));
    }

    /// `batch` (which [deferred](Self::defer) its writes) completes when
    /// this one does: its writes are among this one's records. Call while
    /// this one is still held.
    pub(crate) fn follow(&self, batch: Arc<BatchAck>) {
        self.followers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(batch);
    }

    /// Keeps the batch incomplete until a deferred changelog write is
    /// done ([`Self::undefer`]).
    pub(crate) fn defer(&self) {
        self.deferred.fetch_add(1, Ordering::AcqRel);
        self.hold();
    }

    /// A deferred changelog write was handed to the producer (or dropped).
    pub(crate) fn undefer(&self) {
        self.deferred.fetch_sub(1, Ordering::AcqRel);
        self.release();
    }

    /// Whether every output record was acknowledged and the worker is done
    /// producing: only deferred changelog writes are left. Only the worker
    /// that defers may ask (it alone adds holds).
    pub(crate) fn outputs_done(&self) -> bool {
        let deferred = self.deferred.load(Ordering::Acquire);
        self.remaining.load(Ordering::Acquire) == deferred
    }

    /// Records a failure; the batch's offset will never be stored.
    pub(crate) fn fail(&self, detail: String) {
        let mut f = self.failure.lock().unwrap_or_else(PoisonError::into_inner);
        if f.is_none() {
            *f = Some(detail);
        }
    }

    pub(crate) fn is_done(&self) -> bool {
        self.remaining.load(Ordering::Acquire) == 0
    }

    pub(crate) fn failure(&self) -> Option<String> {
        self.failure
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

/// Groups of changelog records handed to the producer and not yet
/// resolved (every record acknowledged or failed), per partition: a
/// released partition waits until it has none, so that no state of the old
/// owner lands after the next owner restored it.
#[derive(Debug, Default)]
pub(crate) struct StateInFlight {
    counts: Mutex<HashMap<i32, usize>>,
    resolved: Condvar,
}

impl StateInFlight {
    fn counts(&self) -> std::sync::MutexGuard<'_, HashMap<i32, usize>> {
        self.counts.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A group of changelog records of `partition` is about to be handed
    /// to the producer.
    fn sent(&self, partition: i32) {
        *self.counts().entry(partition).or_insert(0) += 1;
    }

    /// A group of changelog records of `partition` was resolved.
    fn done(&self, partition: i32) {
        let mut counts = self.counts();
        if let Some(n) = counts.get_mut(&partition) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                counts.remove(&partition);
                drop(counts);
                self.resolved.notify_all();
            }
        }
    }

    /// Waits until no changelog group of `partitions` is in flight, or
    /// `deadline` passes; returns whether none is. Woken by deliveries.
    pub(crate) fn wait_resolved(&self, partitions: &[i32], deadline: Instant) -> bool {
        let mut counts = self.counts();
        loop {
            if partitions.iter().all(|p| !counts.contains_key(p)) {
                return true;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            counts = self
                .resolved
                .wait_timeout(counts, left)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
    }
}

/// The producer's context: releases batches as records are acknowledged,
/// and raises the processor-wide failure flag on a failed delivery.
pub(crate) struct OutputContext {
    /// Set on the first failed delivery: the processor stops.
    pub(crate) failed: Arc<AtomicBool>,
    /// What the first failed delivery was (topic and broker error), for
    /// the processor's final error whichever thread notices the failure.
    pub(crate) first_failure: Mutex<Option<String>>,
    /// Changelog groups in flight.
    pub(crate) state: Arc<StateInFlight>,
}

impl OutputContext {
    /// A context with no failure yet.
    pub(crate) fn new(failed: Arc<AtomicBool>, state: Arc<StateInFlight>) -> Self {
        Self {
            failed,
            first_failure: Mutex::new(None),
            state,
        }
    }

    /// Records a failed delivery (the first one's detail is kept) and
    /// raises the failure flag.
    pub(crate) fn record_failure(&self, detail: &str) {
        let mut first = self
            .first_failure
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if first.is_none() {
            *first = Some(detail.to_owned());
        }
        self.failed.store(true, Ordering::Release);
    }

    /// The processor's error for a failed delivery.
    pub(crate) fn failure_error(&self) -> crate::StreamError {
        let detail = self
            .first_failure
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
            .unwrap_or_else(|| "a record was not acknowledged".into());
        crate::StreamError::Delivery {
            topic: "(output)".into(),
            detail,
        }
    }
}

impl ClientContext for OutputContext {}

impl ProducerContext for OutputContext {
    type DeliveryOpaque = Arc<BatchAck>;

    fn delivery(&self, result: &DeliveryResult<'_>, ack: Arc<BatchAck>) {
        if let Err((e, msg)) = result {
            let detail = format!("{}: {e}", msg.topic());
            if is_purged(e) {
                // Exactly-once mode: an aborted transaction's records, which
                // the processor discards on purpose (it rewinds or stops).
                // Never produced by at-least-once mode, which purges nothing.
                ack.fail(detail);
                ack.release();
                return;
            }
            telemetry::delivery_failure();
            self.record_failure(&detail);
            ack.fail(detail);
        }
        ack.release();
    }
}

/// Whether a delivery error is librdkafka purging the record (what
/// `abort_transaction` does to the records of the transaction).
fn is_purged(e: &rdkafka::error::KafkaError) -> bool {
    matches!(
        e.rdkafka_error_code(),
        Some(RDKafkaErrorCode::PurgeQueue | RDKafkaErrorCode::PurgeInflight)
    )
}

/// The batches of one partition in consumption order.
#[derive(Debug, Default)]
pub(crate) struct OffsetTracker {
    queue: VecDeque<Arc<BatchAck>>,
}

/// What [`OffsetTracker::advance`] found.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Advance {
    /// Nothing new completed.
    Nothing,
    /// Everything up to this offset (inclusive) was processed and
    /// acknowledged: store it.
    Store(i64),
    /// A batch failed; its offset and every later one stay unstored.
    Failed(String),
}

impl OffsetTracker {
    pub(crate) fn push(&mut self, ack: Arc<BatchAck>) {
        self.queue.push_back(ack);
    }

    /// Pops the completed prefix.
    pub(crate) fn advance(&mut self) -> Advance {
        let mut store = None;
        while let Some(front) = self.queue.front() {
            if !front.is_done() {
                break;
            }
            if let Some(failure) = front.failure() {
                return Advance::Failed(failure);
            }
            if let Some(o) = front.last_offset {
                store = Some(o);
            }
            self.queue.pop_front();
        }
        store.map_or(Advance::Nothing, Advance::Store)
    }

    /// Whether every dispatched batch completed.
    pub(crate) fn is_idle(&self) -> bool {
        self.queue.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stores_only_the_completed_prefix_in_order() {
        let mut t = OffsetTracker::default();
        let (a, b, c) = (
            BatchAck::new(Some(9)),
            BatchAck::new(Some(19)),
            BatchAck::new(Some(29)),
        );
        for x in [&a, &b, &c] {
            t.push(Arc::clone(x));
        }
        // b has one record in flight; a and c finish first.
        b.hold();
        a.release();
        b.release();
        c.release();
        assert_eq!(t.advance(), Advance::Store(9), "b still outstanding");
        assert_eq!(t.advance(), Advance::Nothing);
        b.release();
        assert_eq!(t.advance(), Advance::Store(29));
        assert!(t.is_idle());
    }

    #[test]
    fn deferred_changelog_keeps_the_batch_open_until_written() {
        let mut t = OffsetTracker::default();
        let a = BatchAck::new(Some(5));
        t.push(Arc::clone(&a));
        a.hold(); // an event in flight
        a.defer(); // its changelog waits for it
        a.release(); // the worker is done
        assert!(!a.outputs_done());
        a.release(); // the event is acknowledged
        assert!(a.outputs_done());
        assert_eq!(t.advance(), Advance::Nothing, "changelog not written yet");
        a.hold(); // the changelog record
        a.undefer();
        assert!(!a.outputs_done(), "the changelog record is in flight");
        assert_eq!(t.advance(), Advance::Nothing, "changelog not acknowledged");
        a.release();
        assert_eq!(t.advance(), Advance::Store(5));
    }

    #[test]
    fn batches_whose_writes_go_out_as_a_group_complete_with_the_group() {
        let mut t = OffsetTracker::default();
        let (a, b) = (BatchAck::new(Some(3)), BatchAck::new(Some(7)));
        for x in [&a, &b] {
            t.push(Arc::clone(x));
            x.defer();
            x.release(); // outputs done, only the deferred writes left
            assert!(x.outputs_done());
        }
        let group = BatchAck::new(None);
        group.follow(Arc::clone(&a));
        group.follow(Arc::clone(&b));
        group.hold(); // the merged changelog record
        group.release(); // the worker is done producing
        assert_eq!(t.advance(), Advance::Nothing, "the group is in flight");
        group.release(); // acknowledged
        assert_eq!(t.advance(), Advance::Store(7));
    }

    #[test]
    fn a_group_of_changelog_writes_is_in_flight_until_every_record_resolved() {
        let in_flight = Arc::new(StateInFlight::default());
        let group = BatchAck::state_group(&in_flight, 3);
        group.hold(); // one changelog record
        group.release(); // the worker is done producing
        let now = Instant::now();
        assert!(
            !in_flight.wait_resolved(&[3], now),
            "the record is in flight"
        );
        assert!(
            in_flight.wait_resolved(&[0, 1], now),
            "other partitions have none"
        );
        group.release(); // acknowledged
        assert!(in_flight.wait_resolved(&[3], now));
    }

    #[test]
    fn a_failed_group_fails_every_batch_in_it() {
        let mut t = OffsetTracker::default();
        let a = BatchAck::new(Some(3));
        t.push(Arc::clone(&a));
        a.defer();
        a.release();
        let group = BatchAck::new(None);
        group.follow(Arc::clone(&a));
        group.hold();
        group.release();
        group.fail("perimeter.presence-state: timed out".into());
        group.release();
        assert_eq!(
            t.advance(),
            Advance::Failed("perimeter.presence-state: timed out".into())
        );
    }

    #[test]
    fn a_failed_batch_blocks_every_later_offset() {
        let mut t = OffsetTracker::default();
        let (a, b) = (BatchAck::new(Some(1)), BatchAck::new(Some(2)));
        t.push(Arc::clone(&a));
        t.push(Arc::clone(&b));
        a.fail("perimeter.events: timed out".into());
        a.release();
        b.release();
        assert_eq!(
            t.advance(),
            Advance::Failed("perimeter.events: timed out".into())
        );
        assert!(!t.is_idle());
    }
}
