//! [`Publisher`]: writes fence catalog changes to the fences topic and erase
//! requests to the consent topic, for the admin API. Every instance reads
//! both topics whole, so a record written here reaches all of them.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use perimeter_fences::{Fence, VersionLogRecord};
use perimeter_model::{ConsentUpdate, EraseRequest, FenceId, Timestamp, UserId};
use perimeter_wire::{CATALOG_VERSION_HEADER, encode_consent, encode_fence};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{Header, OwnedHeaders};
use rdkafka::producer::{DeliveryFuture, FutureProducer, FutureRecord};
use tracing::info;

use crate::catalog_topic::{
    CatalogReader, TopicCatalog, VERSION_LOG_HEADER, VERSION_LOG_PARTITION,
};
use crate::properties::{self, Role};
use crate::{ProcessorConfig, StreamError, Topics};

/// How long to wait before retrying a record the producer queue had no
/// room for.
const QUEUE_FULL_BACKOFF: Duration = Duration::from_millis(5);

/// Writes table records (fences, erase requests) and waits for the broker
/// to acknowledge every one.
pub struct Publisher {
    producer: FutureProducer,
    topics: Topics,
    timeout: Duration,
    /// Follows the fences topic for [`Self::read_catalog`]; a blocking
    /// client, used on a blocking thread, one reader at a time.
    reader: Arc<Mutex<CatalogReader>>,
}

impl std::fmt::Debug for Publisher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Publisher")
            .field("fences", &self.topics.fences)
            .field("consent", &self.topics.consent)
            .finish_non_exhaustive()
    }
}

impl Publisher {
    /// A producer for the brokers, librdkafka properties and topics of
    /// `config`. `timeout` bounds each publish call: records not
    /// acknowledged by then count as failed.
    ///
    /// # Errors
    /// [`StreamError::Client`] when librdkafka rejects the configuration.
    pub fn new(config: &ProcessorConfig, timeout: Duration) -> Result<Self, StreamError> {
        let mut c = rdkafka::ClientConfig::new();
        c.set("bootstrap.servers", &config.brokers)
            .set("acks", "all")
            .set("linger.ms", "5")
            .set("enable.idempotence", "false");
        for (k, v) in properties::for_role(&config.kafka_properties, Role::Producer) {
            c.set(k, v);
        }
        let producer = c.create().map_err(|source| StreamError::Client {
            role: "admin publisher",
            source,
        })?;
        let mut rc = rdkafka::ClientConfig::new();
        rc.set("bootstrap.servers", &config.brokers)
            .set(
                "group.id",
                format!("{}-catalog-reader-unused", config.group_id),
            )
            .set("enable.auto.commit", "false")
            .set("enable.auto.offset.store", "false")
            .set("enable.partition.eof", "false");
        for (k, v) in properties::for_role(&config.kafka_properties, Role::Consumer) {
            rc.set(k, v);
        }
        let consumer = rc.create().map_err(|source| StreamError::Client {
            role: "fence catalog reader",
            source,
        })?;
        Ok(Self {
            producer,
            topics: config.topics.clone(),
            timeout,
            reader: Arc::new(Mutex::new(CatalogReader::new(
                consumer,
                config.topics.fences.clone(),
                config.fence_limits,
            ))),
        })
    }

    /// How long a publish call may wait for acknowledgements.
    #[must_use]
    pub const fn timeout(&self) -> Duration {
        self.timeout
    }

    /// The catalog the fences topic holds, read up to the high watermarks
    /// of its partitions as of this call (within the publisher's timeout).
    ///
    /// # Errors
    /// [`StreamError::CatalogRead`] when the topic was not read to its end
    /// in time; metadata and client errors as they come.
    pub async fn read_catalog(&self) -> Result<TopicCatalog, StreamError> {
        let reader = Arc::clone(&self.reader);
        let deadline = Instant::now() + self.timeout;
        let topic = self.topics.fences.clone();
        tokio::task::spawn_blocking(move || {
            reader
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .catch_up(deadline)
        })
        .await
        .map_err(|e| StreamError::CatalogRead {
            topic,
            detail: e.to_string(),
        })?
    }

    /// Appends `record` to the version log (partition
    /// [`VERSION_LOG_PARTITION`] of the fences topic) and waits for its
    /// acknowledgement.
    ///
    /// # Errors
    /// [`StreamError::Delivery`] when it was not acknowledged in time.
    pub async fn publish_version_record(
        &self,
        record: &VersionLogRecord,
    ) -> Result<(), StreamError> {
        let topic = self.topics.fences.as_str();
        let key = record.key();
        let value = record.to_json();
        let kind = match record {
            VersionLogRecord::Claim(_) => "claim",
            VersionLogRecord::Undo(_) => "undo",
            VersionLogRecord::Commit(_) => "commit",
        };
        let headers = OwnedHeaders::new().insert(Header {
            key: VERSION_LOG_HEADER,
            value: Some(kind),
        });
        let pending = self
            .enqueue(
                FutureRecord::to(topic)
                    .key(key.as_str())
                    .payload(value.as_slice())
                    .partition(VERSION_LOG_PARTITION)
                    .headers(headers),
            )
            .await?;
        self.acknowledged(topic, vec![pending]).await
    }

    /// Writes `upserts` (each as a `FenceRecord` with `version`) and a
    /// tombstone with a [`CATALOG_VERSION_HEADER`] for each of `removed`,
    /// then waits until the broker acknowledged all of them. Returns how
    /// many records were written.
    ///
    /// Records of different fences are independent (one key each), so
    /// their order does not matter; callers serialize uploads so that two
    /// versions of one fence are never in flight together.
    ///
    /// # Errors
    /// [`StreamError::Delivery`] when a record was not acknowledged within
    /// the publisher's timeout. Records acknowledged before stay written.
    pub async fn publish_fences(
        &self,
        upserts: &[&Fence],
        removed: &[FenceId],
        version: u64,
    ) -> Result<usize, StreamError> {
        let topic = self.topics.fences.as_str();
        let version_text = version.to_string();
        let mut pending = Vec::with_capacity(upserts.len() + removed.len());
        for fence in upserts {
            let value = encode_fence(fence, version);
            let key = fence.id.as_str();
            pending.push(
                self.enqueue(FutureRecord::to(topic).key(key).payload(&value))
                    .await?,
            );
        }
        for id in removed {
            let headers = OwnedHeaders::new().insert(Header {
                key: CATALOG_VERSION_HEADER,
                value: Some(&version_text),
            });
            pending.push(
                self.enqueue(
                    FutureRecord::<str, [u8]>::to(topic)
                        .key(id.as_str())
                        .headers(headers),
                )
                .await?,
            );
        }
        let n = pending.len();
        self.acknowledged(topic, pending).await?;
        info!(
            topic,
            version,
            upserts = upserts.len(),
            removed = removed.len(),
            "fence catalog records acknowledged"
        );
        Ok(n)
    }

    /// Writes an erase request for `user` to the consent topic and waits
    /// for its acknowledgement.
    ///
    /// # Errors
    /// [`StreamError::Delivery`] when it was not acknowledged in time.
    pub async fn publish_erase(
        &self,
        user: &UserId,
        version: u64,
        requested_at: Timestamp,
    ) -> Result<(), StreamError> {
        let topic = self.topics.consent.as_str();
        let value = encode_consent(&ConsentUpdate::Erase(EraseRequest {
            user_id: user.clone(),
            version,
            requested_at,
        }));
        let pending = self
            .enqueue(FutureRecord::to(topic).key(user.as_str()).payload(&value))
            .await?;
        self.acknowledged(topic, vec![pending]).await
    }

    /// Hands one record to the producer, waiting while its queue is full.
    async fn enqueue(
        &self,
        mut record: FutureRecord<'_, str, [u8]>,
    ) -> Result<DeliveryFuture, StreamError> {
        let deadline = tokio::time::Instant::now() + self.timeout;
        loop {
            match self.producer.send_result(record) {
                Ok(delivery) => return Ok(delivery),
                Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), r))
                    if tokio::time::Instant::now() < deadline =>
                {
                    record = r;
                    tokio::time::sleep(QUEUE_FULL_BACKOFF).await;
                }
                Err((e, r)) => {
                    return Err(StreamError::Delivery {
                        topic: r.topic.to_owned(),
                        detail: e.to_string(),
                    });
                }
            }
        }
    }

    /// Waits for every delivery, within the publisher's timeout.
    async fn acknowledged(
        &self,
        topic: &str,
        pending: Vec<DeliveryFuture>,
    ) -> Result<(), StreamError> {
        let failed = |detail: String| StreamError::Delivery {
            topic: topic.to_owned(),
            detail,
        };
        let all = async {
            for delivery in pending {
                match delivery.await {
                    Ok(Ok(_)) => {}
                    Ok(Err((e, _))) => return Err(failed(e.to_string())),
                    Err(_) => return Err(failed("the producer dropped the record".into())),
                }
            }
            Ok(())
        };
        tokio::time::timeout(self.timeout, all).await.map_err(|_| {
            failed(format!(
                "not acknowledged within {} s",
                self.timeout.as_secs()
            ))
        })?
    }
}
