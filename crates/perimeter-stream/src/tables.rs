//! The global tables: the fences and consent topics, read whole by every
//! instance (all partitions assigned, no consumer group).

use std::collections::{BTreeMap, HashMap};
use std::time::{Duration, Instant};

use perimeter_fences::{
    Fence, FenceCatalog, FenceChange as IndexChange, FenceIndex, IndexConfig, ValidationLimits,
};
use perimeter_model::{FenceId, Timestamp, UserId};
use perimeter_offers::{ConsentChange, ConsentLedger};
use perimeter_wire::{
    CATALOG_VERSION_HEADER, DlqEntry, DlqReason, FenceChange, catalog_version_of_header,
    consent_tombstone, decode_consent, decode_fence,
};
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::{BorrowedMessage, Headers as _, Message};
use rdkafka::{Offset, TopicPartitionList};
use tracing::{debug, warn};

use crate::StreamError;
use crate::barrier::ConsentBarrier;
use crate::retry;
use crate::telemetry;

/// How long a metadata or watermark request may take at startup.
const METADATA_TIMEOUT: Duration = Duration::from_secs(10);

/// The high watermark of every partition of the table topics as of startup.
pub(crate) struct StartupEnds {
    ends: HashMap<(String, i32), (i64, i64)>,
}

/// The partition numbers of `topic` in its metadata, asked until
/// `deadline` while a leader moves or a broker restarts.
pub(crate) fn partitions(
    consumer: &BaseConsumer,
    topic: &str,
    deadline: Instant,
) -> Result<Vec<i32>, StreamError> {
    let metadata = retry::until(topic, deadline, || {
        consumer.fetch_metadata(Some(topic), METADATA_TIMEOUT)
    })
    .map_err(|source| StreamError::Metadata {
        topic: topic.into(),
        source,
    })?;
    let partitions: Vec<i32> = metadata
        .topics()
        .iter()
        .filter(|t| t.name() == topic && t.error().is_none())
        .flat_map(|t| {
            t.partitions()
                .iter()
                .map(rdkafka::metadata::MetadataPartition::id)
        })
        .collect();
    if partitions.is_empty() {
        return Err(StreamError::MissingTopic {
            topic: topic.into(),
        });
    }
    Ok(partitions)
}

/// Assigns every partition of `topics` from the beginning and returns their
/// low and high watermarks as of now.
/// Retries what a leader moving or a broker restarting answers, until
/// `deadline`.
pub(crate) fn assign_all(
    consumer: &BaseConsumer,
    topics: &[&str],
    deadline: Instant,
) -> Result<StartupEnds, StreamError> {
    let mut tpl = TopicPartitionList::new();
    let mut ends = HashMap::new();
    for &topic in topics {
        for p in partitions(consumer, topic, deadline)? {
            let (low, high) = retry::watermarks(consumer, topic, p, deadline)?;
            if high > low {
                ends.insert((topic.to_owned(), p), (low, high));
            }
            tpl.add_partition_offset(topic, p, Offset::Beginning)
                .map_err(|source| StreamError::Client {
                    role: "tables consumer",
                    source,
                })?;
        }
    }
    consumer
        .assign(&tpl)
        .map_err(|source| StreamError::Client {
            role: "tables consumer",
            source,
        })?;
    Ok(StartupEnds { ends })
}

impl StartupEnds {
    /// Notes a record read; a partition whose last startup record was read
    /// is done.
    pub(crate) fn note(&mut self, topic: &str, partition: i32, offset: i64) {
        let key = (topic.to_owned(), partition);
        if self
            .ends
            .get(&key)
            .is_some_and(|&(_, high)| offset + 1 >= high)
        {
            self.ends.remove(&key);
        }
    }

    /// Whether every partition was seen to reach its end by [`Self::note`].
    pub(crate) fn is_done(&self) -> bool {
        self.ends.is_empty()
    }

    /// Whether every partition has been read up to its startup high
    /// watermark. Partitions with nothing to read are done; for the others
    /// the consumer's position is asked (it also moves past offsets that
    /// compaction removed), which is costly: call this when no record came,
    /// not per record.
    pub(crate) fn reached(&mut self, consumer: &BaseConsumer) -> bool {
        self.ends.retain(|_, &mut (low, high)| high > low);
        if self.ends.is_empty() {
            return true;
        }
        let Ok(position) = consumer.position() else {
            return false;
        };
        self.ends.retain(|(topic, p), &mut (_, high)| {
            !matches!(
                position.find_partition(topic, *p).map(|e| e.offset()),
                Some(Offset::Offset(o)) if o >= high
            )
        });
        self.ends.is_empty()
    }
}

/// Tells the consent barrier how far the tables consumer has read each
/// consent partition (its position: the next offset it will return).
pub(crate) fn note_consent_positions(
    consumer: &BaseConsumer,
    topic: &str,
    barrier: &ConsentBarrier,
) {
    let Ok(position) = consumer.position() else {
        return;
    };
    for e in position.elements_for_topic(topic) {
        if let Offset::Offset(o) = e.offset() {
            barrier.applied(e.partition(), o);
        }
    }
}

/// What one table record changed.
pub(crate) enum TableUpdate {
    /// The fence table has pending changes (or a newer catalog version)
    /// for the index.
    Fences,
    /// A user's consent changed: the partition engines act on `change`.
    Consent { user: UserId, change: ConsentChange },
    /// The record could not be read: it goes to the DLQ. For a consent
    /// record whose key names a user, that user is now denied everything
    /// and their presence state must be purged.
    Rejected {
        dlq: Box<DlqEntry>,
        /// The consent change the ledger made of it, for the user its key
        /// names (`None` for a fence record or a key that names nobody).
        denied: Option<(UserId, ConsentChange)>,
    },
    /// Nothing to do (stale record).
    Nothing,
}

/// The DLQ entry of a table record that could not be applied.
fn rejected(
    msg: &BorrowedMessage<'_>,
    reason: DlqReason,
    detail: String,
    now: Timestamp,
) -> Box<DlqEntry> {
    Box::new(DlqEntry {
        topic: msg.topic().to_owned(),
        partition: msg.partition(),
        offset: msg.offset(),
        key: msg.key().map(<[u8]>::to_vec),
        value: msg.payload().map(<[u8]>::to_vec),
        reason,
        detail,
        rejected_at: now,
        record_timestamp_ms: msg.timestamp().to_millis(),
    })
}

/// The fence table: what the fences topic says, as far as the live index
/// does not already hold it.
///
/// Until the first index is built (startup), it holds the latest
/// definition of every live fence, and [`Self::take_fences`] moves them out
/// into that index. From then on the index is the only copy of the
/// catalog: records become pending changes by id (the latest record of an
/// id wins), which the tables loop hands to the index with
/// [`Self::take_changes`].
#[derive(Default)]
pub(crate) struct FenceTable {
    /// Until [`Self::take_fences`]: every live fence.
    fences: BTreeMap<FenceId, Fence>,
    /// After it: changes not yet handed to the index, by id.
    pending: BTreeMap<FenceId, IndexChange>,
    /// Whether [`Self::take_fences`] was called.
    live: bool,
    limits: ValidationLimits,
    /// Highest catalog version of any record applied.
    version: u64,
}

impl FenceTable {
    /// An empty table that refuses fence records outside `limits`.
    pub(crate) fn new(limits: ValidationLimits) -> Self {
        Self {
            limits,
            ..Self::default()
        }
    }

    /// Moves the live fences out, with the catalog version they make up,
    /// for the first index; every later record becomes a pending change.
    pub(crate) fn take_fences(&mut self) -> (Vec<Fence>, u64) {
        self.live = true;
        let fences = std::mem::take(&mut self.fences);
        (fences.into_values().collect(), self.version)
    }

    /// The changes since the last call, in id order, and the catalog
    /// version as of the last record.
    pub(crate) fn take_changes(&mut self) -> (Vec<IndexChange>, u64) {
        let pending = std::mem::take(&mut self.pending);
        (pending.into_values().collect(), self.version)
    }

    /// Records that the fence `fence` is live (an upsert).
    fn upsert(&mut self, fence: Fence) {
        if self.live {
            self.pending
                .insert(fence.id.clone(), IndexChange::Upsert(Box::new(fence)));
        } else {
            self.fences.insert(fence.id.clone(), fence);
        }
    }

    /// Records that fence `id` is gone; whether that may change something
    /// (after startup the index decides whether `id` was live).
    fn remove(&mut self, id: FenceId) -> bool {
        if self.live {
            self.pending.insert(id.clone(), IndexChange::Remove(id));
            true
        } else {
            self.fences.remove(&id).is_some()
        }
    }
}

/// The catalog version a tombstone's header names, if any.
fn tombstone_version(msg: &BorrowedMessage<'_>) -> Option<u64> {
    msg.headers()?
        .iter()
        .filter(|h| h.key == CATALOG_VERSION_HEADER)
        .find_map(|h| h.value.and_then(catalog_version_of_header))
}

/// Applies one record of the fences or consent topic.
pub(crate) fn apply(
    msg: &BorrowedMessage<'_>,
    fences_topic: &str,
    fence_table: &mut FenceTable,
    ledger: &mut ConsentLedger,
    now: Timestamp,
) -> TableUpdate {
    if msg.topic() == fences_topic {
        if crate::catalog_topic::is_version_log(msg) {
            // Claims and commits of catalog versions: the admin API's
            // business (catalog_topic.rs); the fences they announce come
            // as fence records.
            return TableUpdate::Nothing;
        }
        match decode_fence(msg.key(), msg.payload(), &fence_table.limits) {
            Ok(FenceChange::Upsert {
                fence,
                catalog_version,
            }) => {
                fence_table.version = fence_table.version.max(catalog_version);
                fence_table.upsert(*fence);
                TableUpdate::Fences
            }
            Ok(FenceChange::Removed(id)) => {
                let version = tombstone_version(msg).unwrap_or(0);
                let newer = version > fence_table.version;
                fence_table.version = fence_table.version.max(version);
                if fence_table.remove(id) || newer {
                    TableUpdate::Fences
                } else {
                    TableUpdate::Nothing
                }
            }
            Err(e) => {
                warn!(partition = msg.partition(), offset = msg.offset(), error = %e, "fence record rejected");
                telemetry::table_reject("fences");
                TableUpdate::Rejected {
                    dlq: rejected(msg, e.reason(), e.to_string(), now),
                    denied: None,
                }
            }
        }
    } else {
        let update = match msg.payload() {
            Some(value) => decode_consent(msg.key(), value),
            None => consent_tombstone(msg.key(), now),
        };
        let update = match update {
            Ok(u) => u,
            Err(e) => {
                // Fail closed: the record may have revoked something. The
                // user its key names is denied everything until a readable
                // newer record arrives; the record goes to the DLQ.
                let user = msg
                    .key()
                    .and_then(|k| std::str::from_utf8(k).ok())
                    .and_then(|k| UserId::new(k).ok());
                warn!(
                    partition = msg.partition(),
                    offset = msg.offset(),
                    error = %e,
                    user = user.as_ref().map(UserId::as_str),
                    "consent record unreadable; its user is denied every purpose"
                );
                telemetry::table_reject("consent");
                let denied = user.map(|u| {
                    let change = ledger.deny_unreadable(u.clone(), now);
                    (u, change)
                });
                return TableUpdate::Rejected {
                    dlq: rejected(msg, e.reason(), e.to_string(), now),
                    denied,
                };
            }
        };
        let user = update.user_id().clone();
        match ledger.apply(update, now) {
            Ok(change) => {
                debug!(user = user.as_str(), ?change, "consent applied");
                match change {
                    ConsentChange::Stale { .. } => TableUpdate::Nothing,
                    change => TableUpdate::Consent { user, change },
                }
            }
            Err(e) => {
                // The ledger now denies the user everything: forget their
                // presence too.
                warn!(error = %e, "consent record invalid; user denied");
                telemetry::table_reject("consent");
                let change = ConsentChange::Applied {
                    version: e.version,
                    location_revoked: e.location_revoked,
                };
                TableUpdate::Rejected {
                    dlq: rejected(msg, DlqReason::InvalidField, e.to_string(), now),
                    denied: Some((user, change)),
                }
            }
        }
    }
}

/// Builds the first index from the fences read at startup. Runs on a
/// blocking thread.
pub(crate) fn build_index(fences: Vec<Fence>) -> Result<(FenceIndex, Duration), StreamError> {
    let started = Instant::now();
    let catalog = FenceCatalog::new(fences)
        .map_err(|e| StreamError::Index(format!("duplicate fence id {}", e.0.as_str())))?;
    // By value: the fences move into the index instead of being copied.
    let config = IndexConfig::for_catalog(catalog.len());
    let index =
        FenceIndex::build_owned(catalog, config).map_err(|e| StreamError::Index(e.to_string()))?;
    Ok((index, started.elapsed()))
}
