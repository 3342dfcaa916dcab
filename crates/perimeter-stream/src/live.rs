//! [`LiveTables`]: a read handle on what a running processor serves, for
//! the admin API (the live fence catalog and its version, consent
//! versions), shared like [`Health`](crate::Health).

use std::sync::{Arc, PoisonError, RwLock};
use std::time::Duration;

use perimeter_fences::IncrementalIndex;
use perimeter_model::{Timestamp, UserId};
use perimeter_offers::ConsentLedger;
use tokio::sync::watch;

/// The fence catalog a processor's index serves right now.
#[derive(Debug, Clone)]
pub struct LiveCatalog {
    /// The live index; [`IncrementalIndex::fences`] lists its fences in id
    /// order. Its slots mean something only within this value.
    pub index: IncrementalIndex,
    /// Highest catalog version among the records the index was built from
    /// (`FenceRecord.catalog_version` and tombstone headers); 0 when no
    /// record carried one.
    pub version: u64,
    /// Index swaps since the processor started: 1 after startup, +1 per
    /// swap (an incremental apply of fence changes or a compaction).
    pub generation: u64,
    /// The generation whose full build [`IncrementalIndex::base`] is: 1
    /// after startup, the generation of the latest compaction since. An
    /// incremental apply keeps it (and the base's `Arc`).
    pub base_generation: u64,
    /// When the index went live (processing clock).
    pub updated_at: Timestamp,
}

/// A cheap-to-clone handle on a processor's live tables. Create one, put a
/// clone in [`ProcessorConfig::live`](crate::ProcessorConfig::live), and
/// read it from anywhere (an HTTP handler). Empty until
/// [`Processor::connect`](crate::Processor::connect) has read the tables.
#[derive(Clone)]
pub struct LiveTables {
    inner: Arc<Inner>,
}

struct Inner {
    fences: watch::Sender<Option<Arc<LiveCatalog>>>,
    ledger: RwLock<Option<Arc<RwLock<ConsentLedger>>>>,
}

impl Default for LiveTables {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for LiveTables {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let fences = self.fences();
        f.debug_struct("LiveTables")
            .field("version", &fences.as_ref().map(|c| c.version))
            .field("fences", &fences.as_ref().map(|c| c.index.len()))
            .finish_non_exhaustive()
    }
}

impl LiveTables {
    /// A handle with nothing loaded yet.
    #[must_use]
    pub fn new() -> Self {
        Self {
            inner: Arc::new(Inner {
                fences: watch::Sender::new(None),
                ledger: RwLock::new(None),
            }),
        }
    }

    /// The live catalog, or `None` before the fences topic was read to its
    /// startup end.
    #[must_use]
    pub fn fences(&self) -> Option<Arc<LiveCatalog>> {
        self.inner.fences.borrow().clone()
    }

    /// Waits until the live catalog satisfies `ready` (checked at once and
    /// after every swap) or `timeout` passes; returns whether it did.
    pub async fn wait_for_fences(
        &self,
        mut ready: impl FnMut(&LiveCatalog) -> bool,
        timeout: Duration,
    ) -> bool {
        let mut rx = self.inner.fences.subscribe();
        let wait = rx.wait_for(|c| c.as_deref().is_some_and(&mut ready));
        matches!(tokio::time::timeout(timeout, wait).await, Ok(Ok(_)))
    }

    /// The version of the user's latest consent update (record or erase
    /// request), `None` for a user the ledger does not know or before the
    /// consent topic was read.
    #[must_use]
    pub fn consent_version(&self, user: &UserId) -> Option<u64> {
        let ledger = self
            .inner
            .ledger
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()?;
        ledger
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .version(user)
    }

    pub(crate) fn set_fences(&self, catalog: LiveCatalog) {
        self.inner.fences.send_replace(Some(Arc::new(catalog)));
    }

    /// Shares the ledger of the processor that connected last.
    pub(crate) fn set_ledger(&self, ledger: Arc<RwLock<ConsentLedger>>) {
        *self
            .inner
            .ledger
            .write()
            .unwrap_or_else(PoisonError::into_inner) = Some(ledger);
    }
}
