//! The fence catalog as the fences topic holds it, read to its end on
//! request: what a writer decides against (never one instance's index,
//! which may be behind). See `docs/fences.md`, "Versions and concurrent
//! changes".
//!
//! The topic holds fence records (key = fence id) and, on partition
//! [`VERSION_LOG_PARTITION`], the version log: claims and commits marked
//! with the [`VERSION_LOG_HEADER`] (JSON, see
//! [`VersionLogRecord`]). The processors skip the log records
//! (`tables.rs`); this reader applies both.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use perimeter_fences::{Fence, FenceCatalog, ValidationLimits, VersionLog, VersionLogRecord};
use perimeter_model::FenceId;
use perimeter_wire::{
    CATALOG_VERSION_HEADER, FenceChange, catalog_version_of_header, decode_fence,
};
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::{BorrowedMessage, Headers as _, Message};
use rdkafka::{Offset, TopicPartitionList};
use tracing::warn;

use crate::{StreamError, retry};

/// The header that marks a version-log record; its value is `claim` or
/// `commit`.
pub const VERSION_LOG_HEADER: &str = "perimeter-catalog-log";

/// The partition of the fences topic that holds the version log: one
/// partition, so that every reader sees the claims in one order.
pub const VERSION_LOG_PARTITION: i32 = 0;

const POLL: Duration = Duration::from_millis(50);

/// The catalog the fences topic holds, read up to its end.
#[derive(Debug, Clone, Default)]
pub struct TopicCatalog {
    /// Every live fence.
    pub catalog: FenceCatalog,
    /// The catalog version: the highest version won in the log or carried
    /// by a fence record (records written before the log existed).
    pub version: u64,
    /// The versions decided by the log: the history.
    pub log: VersionLog,
}

/// Whether `msg` is a version-log record.
pub(crate) fn is_version_log(msg: &BorrowedMessage<'_>) -> bool {
    msg.headers()
        .is_some_and(|h| h.iter().any(|h| h.key == VERSION_LOG_HEADER))
}

/// Follows the whole fences topic with its own assigned consumer (no
/// group): each [`Self::catch_up`] reads on from where the last stopped.
pub(crate) struct CatalogReader {
    consumer: BaseConsumer,
    topic: String,
    /// Partitions, [`VERSION_LOG_PARTITION`] first; empty until assigned.
    partitions: Vec<i32>,
    /// The next offset to read, per partition, as far as records showed.
    next: BTreeMap<i32, i64>,
    state: TopicState,
}

/// What the records read so far make up.
#[derive(Default)]
struct TopicState {
    fences: BTreeMap<FenceId, Fence>,
    data_version: u64,
    log: VersionLog,
    limits: ValidationLimits,
}

impl CatalogReader {
    /// A reader of `topic` that skips fence records outside `limits`, as
    /// the processors do.
    pub(crate) fn new(consumer: BaseConsumer, topic: String, limits: ValidationLimits) -> Self {
        Self {
            consumer,
            topic,
            partitions: Vec::new(),
            next: BTreeMap::new(),
            state: TopicState {
                limits,
                ..TopicState::default()
            },
        }
    }

    fn assign(&mut self, deadline: Instant) -> Result<(), StreamError> {
        let topic = self.topic.clone();
        let mut partitions = crate::tables::partitions(&self.consumer, &topic, deadline)?;
        partitions.sort_unstable();
        let mut tpl = TopicPartitionList::new();
        for &p in &partitions {
            tpl.add_partition_offset(&topic, p, Offset::Beginning)
                .map_err(|source| StreamError::Client {
                    role: "fence catalog reader",
                    source,
                })?;
        }
        self.consumer
            .assign(&tpl)
            .map_err(|source| StreamError::Client {
                role: "fence catalog reader",
                source,
            })?;
        self.partitions = partitions;
        Ok(())
    }

    /// Reads every partition up to its high watermark as of this call.
    ///
    /// The watermark of [`VERSION_LOG_PARTITION`] is asked first: a commit
    /// below it was acknowledged after every fence record of its version,
    /// so those are below the watermarks asked after it, and a reader that
    /// sees a commit has read the version it commits.
    pub(crate) fn catch_up(&mut self, deadline: Instant) -> Result<TopicCatalog, StreamError> {
        if self.partitions.is_empty() {
            self.assign(deadline)?;
        }
        let mut ends = BTreeMap::new();
        for &p in &self.partitions {
            let (_, high) = retry::watermarks(&self.consumer, &self.topic, p, deadline)?;
            ends.insert(p, high);
        }
        let mut quiet = false;
        loop {
            ends.retain(|p, high| self.next.get(p).copied().unwrap_or(0) < *high);
            if ends.is_empty() {
                break;
            }
            if quiet {
                // Offsets that compaction removed never arrive as records:
                // the consumer's position moves past them.
                if let Ok(position) = self.consumer.position() {
                    for e in position.elements_for_topic(&self.topic) {
                        if let Offset::Offset(o) = e.offset() {
                            let next = self.next.entry(e.partition()).or_insert(0);
                            *next = (*next).max(o);
                        }
                    }
                }
                ends.retain(|p, high| self.next.get(p).copied().unwrap_or(0) < *high);
                if ends.is_empty() {
                    break;
                }
            }
            if Instant::now() >= deadline {
                return Err(StreamError::CatalogRead {
                    topic: self.topic.clone(),
                    detail: format!("partitions {:?} not read to their end in time", ends.keys()),
                });
            }
            match self.consumer.poll(POLL) {
                None => quiet = true,
                Some(Err(source)) => {
                    return Err(StreamError::Consume {
                        topic: self.topic.clone(),
                        source,
                    });
                }
                Some(Ok(msg)) => {
                    quiet = false;
                    self.next.insert(msg.partition(), msg.offset() + 1);
                    self.state.apply(&msg);
                }
            }
        }
        let state = &self.state;
        Ok(TopicCatalog {
            // Keys of a map: unique ids.
            catalog: FenceCatalog::new(state.fences.values().cloned().collect())
                .unwrap_or_default(),
            version: state.data_version.max(state.log.latest()),
            log: state.log.clone(),
        })
    }
}

impl TopicState {
    fn apply(&mut self, msg: &BorrowedMessage<'_>) {
        if is_version_log(msg) {
            if msg.partition() != VERSION_LOG_PARTITION {
                warn!(
                    partition = msg.partition(),
                    offset = msg.offset(),
                    "version-log record outside the log partition; ignored"
                );
                return;
            }
            match msg.payload().map(VersionLogRecord::from_json) {
                Some(Ok(record)) => {
                    self.log.apply(record);
                }
                Some(Err(e)) => {
                    warn!(offset = msg.offset(), error = %e, "version-log record ignored");
                }
                None => {}
            }
            return;
        }
        match decode_fence(msg.key(), msg.payload(), &self.limits) {
            Ok(FenceChange::Upsert {
                fence,
                catalog_version,
            }) => {
                self.data_version = self.data_version.max(catalog_version);
                self.fences.insert(fence.id.clone(), *fence);
            }
            Ok(FenceChange::Removed(id)) => {
                let version = msg
                    .headers()
                    .and_then(|h| {
                        h.iter()
                            .filter(|h| h.key == CATALOG_VERSION_HEADER)
                            .find_map(|h| h.value.and_then(catalog_version_of_header))
                    })
                    .unwrap_or(0);
                self.data_version = self.data_version.max(version);
                self.fences.remove(&id);
            }
            Err(e) => {
                // The processors send it to the DLQ; here it is simply not
                // part of the catalog, as it is not part of theirs.
                warn!(partition = msg.partition(), offset = msg.offset(), error = %e,
                      "unreadable fence record skipped");
            }
        }
    }
}
