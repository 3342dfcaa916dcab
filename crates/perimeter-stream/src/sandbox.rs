//! An in-process Kafka cluster for `perimeter demo` and examples:
//! librdkafka's mock cluster with Perimeter's topics, a producer that
//! waits out a full queue, and a reader of one topic's values. The binary
//! uses this instead of creating Kafka clients itself.

use std::time::Duration;

use rdkafka::ClientConfig;
use rdkafka::consumer::{Consumer, StreamConsumer};
use rdkafka::error::KafkaError;
use rdkafka::message::Message;
use rdkafka::mocking::MockCluster;
use rdkafka::producer::{DefaultProducerContext, DeliveryFuture, FutureProducer, FutureRecord};
use rdkafka::types::RDKafkaErrorCode;

use crate::{StreamError, Topics};

/// A mock cluster of one broker with every topic of [`Topics`], and a
/// producer to it.
pub struct Sandbox {
    producer: FutureProducer,
    cluster: MockCluster<'static, DefaultProducerContext>,
}

/// Records handed to the producer, not yet acknowledged.
#[must_use = "wait for the deliveries"]
#[derive(Default)]
pub struct Deliveries(Vec<DeliveryFuture>);

impl Deliveries {
    /// Waits until every record is acknowledged.
    ///
    /// # Errors
    /// The first delivery that failed.
    pub async fn acknowledged(self) -> Result<(), StreamError> {
        for f in self.0 {
            match f.await {
                Ok(Ok(_)) => {}
                Ok(Err((source, _))) => {
                    return Err(StreamError::Client {
                        role: "sandbox producer",
                        source,
                    });
                }
                Err(_) => {
                    return Err(StreamError::Client {
                        role: "sandbox producer",
                        source: KafkaError::Canceled,
                    });
                }
            }
        }
        Ok(())
    }
}

impl Sandbox {
    /// Starts the cluster and creates the topics: `partitions` each for the
    /// pings, the changelog (co-partitioned with the pings) and the
    /// outputs, 3 for the fences and consent tables.
    ///
    /// # Errors
    /// The mock cluster or the producer could not be created.
    pub fn start(topics: &Topics, partitions: i32) -> Result<Self, StreamError> {
        let client = |role| move |source| StreamError::Client { role, source };
        let cluster = MockCluster::new(1).map_err(client("mock cluster"))?;
        for topic in [
            &topics.pings,
            &topics.presence_state,
            &topics.events,
            &topics.offers,
            &topics.dlq,
        ] {
            cluster
                .create_topic(topic, partitions, 1)
                .map_err(client("mock cluster"))?;
        }
        for topic in [&topics.fences, &topics.consent] {
            cluster
                .create_topic(topic, 3, 1)
                .map_err(client("mock cluster"))?;
        }
        let producer = ClientConfig::new()
            .set("bootstrap.servers", cluster.bootstrap_servers())
            .set("linger.ms", "5")
            .create()
            .map_err(client("sandbox producer"))?;
        Ok(Self { producer, cluster })
    }

    /// The cluster's bootstrap servers.
    #[must_use]
    pub fn bootstrap_servers(&self) -> String {
        self.cluster.bootstrap_servers()
    }

    /// Hands a record to the producer, waiting while its queue is full;
    /// adds its delivery to `deliveries`.
    ///
    /// # Errors
    /// The producer refused the record.
    pub async fn send(
        &self,
        deliveries: &mut Deliveries,
        topic: &str,
        key: Option<&[u8]>,
        value: &[u8],
    ) -> Result<(), StreamError> {
        loop {
            let mut record: FutureRecord<'_, [u8], [u8]> = FutureRecord::to(topic).payload(value);
            if let Some(k) = key {
                record = record.key(k);
            }
            match self.producer.send_result(record) {
                Ok(f) => {
                    deliveries.0.push(f);
                    return Ok(());
                }
                Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), _)) => {
                    tokio::time::sleep(Duration::from_millis(5)).await;
                }
                Err((source, _)) => {
                    return Err(StreamError::Client {
                        role: "sandbox producer",
                        source,
                    });
                }
            }
        }
    }

    /// A reader of `topic` from its beginning, in consumer group `group`.
    ///
    /// # Errors
    /// The consumer could not be created or subscribed.
    pub fn reader(&self, topic: &str, group: &str) -> Result<Reader, StreamError> {
        let client = |source| StreamError::Client {
            role: "sandbox reader",
            source,
        };
        let consumer: StreamConsumer = ClientConfig::new()
            .set("bootstrap.servers", self.bootstrap_servers())
            .set("group.id", group)
            .set("auto.offset.reset", "earliest")
            .create()
            .map_err(client)?;
        consumer.subscribe(&[topic]).map_err(client)?;
        Ok(Reader(consumer))
    }
}

/// Reads one topic's values.
pub struct Reader(StreamConsumer);

impl Reader {
    /// The next record's value (empty for a tombstone); consumer errors
    /// are skipped.
    pub async fn next(&self) -> Vec<u8> {
        loop {
            if let Ok(msg) = self.0.recv().await {
                return msg.payload().map(<[u8]>::to_vec).unwrap_or_default();
            }
        }
    }
}
