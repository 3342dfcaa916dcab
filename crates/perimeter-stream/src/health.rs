//! Liveness and readiness, shared with whoever serves `/healthz` and
//! `/readyz`.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};

/// A cheap, cloneable view of the processor's health. Create one, put a
/// clone in [`ProcessorConfig::health`](crate::ProcessorConfig::health) and
/// read the other from the HTTP handlers.
///
/// - *Alive* ([`is_alive`](Self::is_alive)): the processor has not failed.
///   A failed processor stops; restart it.
/// - *Ready* ([`is_ready`](Self::is_ready)): the fences and consent topics
///   were read to their end offsets as of startup, the pings consumer is
///   running, no partition is restoring its state from the changelog, and
///   shutdown has not begun.
#[derive(Debug, Clone, Default)]
pub struct Health {
    inner: Arc<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    tables_caught_up: AtomicBool,
    consuming: AtomicBool,
    failed: AtomicBool,
    restoring: AtomicUsize,
    assigned: AtomicUsize,
    released: AtomicU64,
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
    /// Partitions whose state is being restored from the changelog.
    pub restoring_partitions: usize,
    /// Partitions of the pings topic this instance owns.
    pub assigned_partitions: usize,
    /// Partitions this instance released since it started (in rebalances
    /// and at shutdown): with incremental (cooperative) rebalancing, only
    /// those another instance takes.
    pub released_partitions: u64,
}

impl Health {
    /// A fresh handle: alive, not ready.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether the processor has not failed.
    #[must_use]
    pub fn is_alive(&self) -> bool {
        !self.inner.failed.load(Ordering::Relaxed)
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
            restoring_partitions: i.restoring.load(Ordering::Relaxed),
            assigned_partitions: i.assigned.load(Ordering::Relaxed),
            released_partitions: i.released.load(Ordering::Relaxed),
        }
    }

    pub(crate) fn set_tables_caught_up(&self, v: bool) {
        self.inner.tables_caught_up.store(v, Ordering::Relaxed);
    }

    pub(crate) fn set_consuming(&self, v: bool) {
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
