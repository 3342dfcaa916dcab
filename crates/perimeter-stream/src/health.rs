//! Liveness and readiness, shared with whoever serves `/healthz` and
//! `/readyz`.

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// How long the poll loop or a worker may make no progress, while work
/// is waiting, before [`Health::is_alive`] says no, unless
/// [`Health::set_stall_timeout`] sets another limit.
pub const DEFAULT_STALL_TIMEOUT: Duration = Duration::from_secs(60);

/// A cheap, cloneable view of the processor's health. Create one, put a
/// clone in [`ProcessorConfig::health`](crate::ProcessorConfig::health) and
/// read the other from the HTTP handlers.
///
/// - *Alive* ([`is_alive`](Self::is_alive)): the processor has not failed,
///   and neither its poll loop nor any worker has gone without progress for
///   the stall timeout while work was waiting (a hung loop: restart it).
///   The poll loop always has work while it consumes (it polls at least
///   every 100 ms); a worker has work from the moment it takes a ping
///   batch until it has handed the batch's outputs to the producer, which
///   includes the wait for the consent ledger. Restoring an assignment's
///   state is not counted: it may take minutes, and readiness reports it.
/// - *Ready* ([`is_ready`](Self::is_ready)): the fences and consent topics
///   were read to their end offsets as of startup, the pings consumer is
///   running, no partition is restoring its state from the changelog, and
///   shutdown has not begun.
#[derive(Debug, Clone, Default)]
pub struct Health {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    tables_caught_up: AtomicBool,
    consuming: AtomicBool,
    failed: AtomicBool,
    restoring: AtomicUsize,
    assigned: AtomicUsize,
    released: AtomicU64,
    /// What the progress stamps below count from.
    epoch: Instant,
    /// Milliseconds since `epoch` of the poll loop's last round (+1, so
    /// that 0 means "never").
    poll_beat_ms: AtomicU64,
    /// For each worker: milliseconds since `epoch` (+1) at which it took
    /// the ping batch it is working on, 0 while idle.
    workers: Mutex<Vec<Arc<AtomicU64>>>,
    stall_timeout_ms: AtomicU64,
    /// The Kafka client call the poll loop waits in (a transaction call),
    /// and when it began (milliseconds since `epoch`).
    kafka_call: Mutex<Option<(&'static str, u64)>>,
    /// Test hook: the poll loop waits (without polling) while this is set.
    poll_held: AtomicBool,
}

impl Default for Inner {
    fn default() -> Self {
        Self {
            tables_caught_up: AtomicBool::new(false),
            consuming: AtomicBool::new(false),
            failed: AtomicBool::new(false),
            restoring: AtomicUsize::new(0),
            assigned: AtomicUsize::new(0),
            released: AtomicU64::new(0),
            epoch: Instant::now(),
            poll_beat_ms: AtomicU64::new(0),
            workers: Mutex::new(Vec::new()),
            stall_timeout_ms: AtomicU64::new(millis(DEFAULT_STALL_TIMEOUT)),
            kafka_call: Mutex::new(None),
            poll_held: AtomicBool::new(false),
        }
    }
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// One worker's progress stamp (see [`Health::worker`]).
#[derive(Debug, Clone)]
pub(crate) struct WorkerBeat {
    health: Health,
    busy_since: Arc<AtomicU64>,
}

impl WorkerBeat {
    /// The worker took a ping batch.
    pub(crate) fn busy(&self) {
        self.busy_since
            .store(self.health.now_ms() + 1, Ordering::Relaxed);
    }

    /// The worker finished it.
    pub(crate) fn idle(&self) {
        self.busy_since.store(0, Ordering::Relaxed);
    }
}

/// The poll loop waits in a Kafka client call while this lives (see
/// [`Health::kafka_call`]).
#[derive(Debug)]
pub(crate) struct KafkaCall {
    health: Health,
}

impl Drop for KafkaCall {
    fn drop(&mut self) {
        *self
            .health
            .inner
            .kafka_call
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = None;
    }
}

/// While alive, the poll loop of the processor using this [`Health`] stops
/// at the start of its next round and polls nothing (see
/// [`Health::hold_poll_loop`]). Only with the `test-hooks` feature.
#[cfg(feature = "test-hooks")]
#[derive(Debug)]
pub struct PollLoopHold {
    health: Health,
}

#[cfg(feature = "test-hooks")]
impl Drop for PollLoopHold {
    fn drop(&mut self) {
        self.health.inner.poll_held.store(false, Ordering::Release);
    }
}

/// One reading of [`Health`], for a `/readyz` body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HealthReport {
    /// The fences and consent topics reached their startup end offsets.
    pub tables_caught_up: bool,
    /// The pings consumer is running (not yet started, or stopped, if false).
    pub consuming: bool,
    /// The processor stopped on an error.
    pub failed: bool,
    /// The poll loop or a worker has made no progress for the stall
    /// timeout while work was waiting.
    pub stalled: bool,
    /// Partitions whose state is being restored from the changelog.
    pub restoring_partitions: usize,
    /// Partitions of the pings topic this instance owns.
    pub assigned_partitions: usize,
    /// Partitions this instance released since it started (in rebalances
    /// and at shutdown): with incremental (cooperative) rebalancing, only
    /// those another instance takes.
    pub released_partitions: u64,
    /// The Kafka client's transaction call the poll loop is waiting in
    /// (`send offsets`, `commit`, `abort`, ...), and for how long: with
    /// `stalled`, where the processor is stuck.
    pub kafka_call: Option<(&'static str, Duration)>,
}

impl Health {
    /// A fresh handle: alive, not ready.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether the processor has not failed and has not stalled (see the
    /// type's documentation).
    #[must_use]
    pub fn is_alive(&self) -> bool {
        !self.inner.failed.load(Ordering::Relaxed) && !self.is_stalled()
    }

    /// Sets how long the poll loop or a worker may make no progress while
    /// work is waiting before the processor counts as not alive
    /// ([`DEFAULT_STALL_TIMEOUT`] unless set).
    pub fn set_stall_timeout(&self, timeout: Duration) {
        self.inner
            .stall_timeout_ms
            .store(millis(timeout).max(1), Ordering::Relaxed);
    }

    /// Stops the poll loop at the start of its next round, until the
    /// returned guard is dropped: a test hook to check that a hung loop is
    /// detected. The loop does nothing meanwhile (no poll, no dispatch, no
    /// commit), as if it hung. Only with the `test-hooks` feature, which
    /// the binary's tests turn on.
    #[cfg(feature = "test-hooks")]
    #[must_use]
    pub fn hold_poll_loop(&self) -> PollLoopHold {
        self.inner.poll_held.store(true, Ordering::Release);
        PollLoopHold {
            health: self.clone(),
        }
    }

    fn now_ms(&self) -> u64 {
        millis(self.inner.epoch.elapsed())
    }

    /// Whether the poll loop (while consuming) or a worker (while holding
    /// a ping batch) has made no progress for the stall timeout.
    fn is_stalled(&self) -> bool {
        let i = &self.inner;
        let now = self.now_ms() + 1;
        let limit = i.stall_timeout_ms.load(Ordering::Relaxed);
        let stale = |stamp: u64| stamp != 0 && now.saturating_sub(stamp) > limit;
        if i.consuming.load(Ordering::Relaxed) && stale(i.poll_beat_ms.load(Ordering::Relaxed)) {
            return true;
        }
        i.workers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .any(|w| stale(w.load(Ordering::Relaxed)))
    }

    /// The poll loop starts a round; while [`hold_poll_loop`]'s guard
    /// lives, this waits here first, as a hung loop would.
    pub(crate) fn poll_round(&self) {
        while self.inner.poll_held.load(Ordering::Acquire) {
            std::thread::sleep(Duration::from_millis(10));
        }
        self.inner
            .poll_beat_ms
            .store(self.now_ms() + 1, Ordering::Relaxed);
    }

    /// A progress stamp for one more worker.
    pub(crate) fn worker(&self) -> WorkerBeat {
        let busy_since = Arc::new(AtomicU64::new(0));
        self.inner
            .workers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(Arc::clone(&busy_since));
        WorkerBeat {
            health: self.clone(),
            busy_since,
        }
    }

    /// Whether the processor is caught up and consuming (see the type's
    /// documentation).
    #[must_use]
    pub fn is_ready(&self) -> bool {
        let r = self.report();
        r.tables_caught_up && r.consuming && !r.failed && r.restoring_partitions == 0
    }

    /// Every field at once.
    #[must_use]
    pub fn report(&self) -> HealthReport {
        let i = &self.inner;
        HealthReport {
            tables_caught_up: i.tables_caught_up.load(Ordering::Relaxed),
            consuming: i.consuming.load(Ordering::Relaxed),
            failed: i.failed.load(Ordering::Relaxed),
            stalled: self.is_stalled(),
            restoring_partitions: i.restoring.load(Ordering::Relaxed),
            assigned_partitions: i.assigned.load(Ordering::Relaxed),
            released_partitions: i.released.load(Ordering::Relaxed),
            kafka_call: i
                .kafka_call
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .map(|(call, since)| {
                    (
                        call,
                        Duration::from_millis(self.now_ms().saturating_sub(since)),
                    )
                }),
        }
    }

    /// The poll loop is about to wait in the Kafka client's `call`: until
    /// the guard drops, [`report`](Self::report) names it with the time
    /// waited. A call that never returns (see docs/reliability.md, "Known
    /// gaps") then shows in `/healthz`.
    pub(crate) fn kafka_call(&self, call: &'static str) -> KafkaCall {
        *self
            .inner
            .kafka_call
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = Some((call, self.now_ms()));
        KafkaCall {
            health: self.clone(),
        }
    }

    pub(crate) fn set_tables_caught_up(&self, v: bool) {
        self.inner.tables_caught_up.store(v, Ordering::Relaxed);
    }

    pub(crate) fn set_consuming(&self, v: bool) {
        if v {
            self.inner
                .poll_beat_ms
                .store(self.now_ms() + 1, Ordering::Relaxed);
        }
        self.inner.consuming.store(v, Ordering::Relaxed);
    }

    pub(crate) fn set_failed(&self) {
        self.inner.failed.store(true, Ordering::Relaxed);
    }

    /// `n` more partitions started restoring.
    pub(crate) fn restoring_started(&self, n: usize) {
        self.inner.restoring.fetch_add(n, Ordering::Relaxed);
    }

    /// One partition finished restoring (or gave up).
    pub(crate) fn restoring_finished(&self, n: usize) {
        let _ = self
            .inner
            .restoring
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |r| {
                Some(r.saturating_sub(n))
            });
    }

    pub(crate) fn released(&self, n: usize) {
        self.inner
            .released
            .fetch_add(u64::try_from(n).unwrap_or(u64::MAX), Ordering::Relaxed);
    }

    pub(crate) fn set_assigned(&self, n: usize) {
        self.inner.assigned.store(n, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Waits (up to 10 s) until `f` holds.
    fn wait_until(what: &str, f: impl Fn() -> bool) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while !f() {
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    #[test]
    fn a_report_names_the_kafka_call_the_poll_loop_waits_in_and_for_how_long() {
        let health = Health::new();
        assert_eq!(health.report().kafka_call, None);
        let call = health.kafka_call("send offsets");
        let started = Instant::now();
        wait_until("some time in the call", || {
            started.elapsed() > Duration::from_millis(20)
        });
        let (name, waited) = health.report().kafka_call.expect("in a call");
        assert_eq!(name, "send offsets");
        assert!(waited >= Duration::from_millis(20), "{waited:?}");
        drop(call);
        assert_eq!(health.report().kafka_call, None);
    }

    #[test]
    fn a_worker_holding_a_batch_past_the_stall_timeout_is_a_stall_and_finishing_it_ends_it() {
        let health = Health::new();
        health.set_stall_timeout(Duration::from_millis(50));
        let worker = health.worker();
        let other = health.worker();
        assert!(health.is_alive());
        worker.busy();
        wait_until("the busy worker to count as stalled", || !health.is_alive());
        let r = health.report();
        assert!(r.stalled && !r.failed, "{r:?}");
        worker.idle();
        assert!(health.is_alive());
        // An idle worker never stalls, however long it waits for work.
        let started = Instant::now();
        wait_until("twice the stall timeout", || {
            started.elapsed() > Duration::from_millis(100)
        });
        assert!(health.is_alive());
        other.busy();
        other.idle();
        assert!(health.is_alive());
    }

    #[test]
    fn a_poll_loop_without_a_round_past_the_stall_timeout_is_a_stall_only_while_consuming() {
        let health = Health::new();
        health.set_stall_timeout(Duration::from_millis(50));
        // Not consuming (before startup, after shutdown): no poll loop to
        // watch.
        health.poll_round();
        let started = Instant::now();
        wait_until("twice the stall timeout", || {
            started.elapsed() > Duration::from_millis(100)
        });
        assert!(health.is_alive());
        health.set_consuming(true);
        assert!(health.is_alive(), "consuming starts the clock afresh");
        wait_until("the silent poll loop to count as stalled", || {
            !health.is_alive()
        });
        health.poll_round();
        assert!(health.is_alive());
        health.set_consuming(false);
        wait_until("twice the stall timeout", || {
            started.elapsed() > Duration::from_millis(250)
        });
        assert!(health.is_alive());
    }

    #[test]
    fn a_failed_processor_is_not_alive_without_a_stall() {
        let health = Health::new();
        health.set_failed();
        let r = health.report();
        assert!(!health.is_alive() && r.failed && !r.stalled);
    }
}
