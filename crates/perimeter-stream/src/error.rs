//! The stream layer's errors.

/// Why the processor could not start or had to stop.
#[derive(Debug, thiserror::Error)]
pub enum StreamError {
    /// A Kafka client could not be created or configured.
    #[error("kafka client for {role}")]
    Client {
        /// Which client (pings consumer, tables consumer, producer).
        role: &'static str,
        /// librdkafka's error.
        source: rdkafka::error::KafkaError,
    },
    /// Topic metadata or watermarks could not be read at startup.
    #[error("metadata of topic {topic}")]
    Metadata {
        /// The topic.
        topic: String,
        /// librdkafka's error.
        source: rdkafka::error::KafkaError,
    },
    /// A topic the processor needs does not exist.
    #[error("topic {topic} does not exist or has no partitions")]
    MissingTopic {
        /// The topic.
        topic: String,
    },
    /// The tables were not caught up before the startup deadline.
    #[error("fences and consent topics not read to their end within {seconds} s")]
    StartupTimeout {
        /// The deadline, in seconds.
        seconds: u64,
    },
    /// Consuming failed in a way the processor cannot continue from.
    #[error("consuming {topic}")]
    Consume {
        /// The topic.
        topic: String,
        /// librdkafka's error.
        source: rdkafka::error::KafkaError,
    },
    /// The fences topic was not read to its end for an admin write.
    #[error("reading {topic} to its end: {detail}")]
    CatalogRead {
        /// The fences topic.
        topic: String,
        /// What went wrong.
        detail: String,
    },
    /// A produced record was not acknowledged: the ping's offset was not
    /// stored, so it is reprocessed after a restart.
    #[error("delivery to {topic} failed: {detail}")]
    Delivery {
        /// The destination topic.
        topic: String,
        /// librdkafka's error, as text.
        detail: String,
    },
    /// The consumer group's session timeout leaves no time to drain a
    /// partition being released: the drain deadline (`shutdown_timeout`,
    /// capped at the session timeout minus 1 s) must end before the group
    /// can hand the partition to another instance.
    #[error(
        "the pings consumer's session.timeout.ms ({session_ms} ms) leaves no time to drain a \
         released partition (shutdown_timeout {drain_ms} ms; the drain must end 1 s before the session times out)"
    )]
    DrainDeadline {
        /// The drain deadline, ms.
        drain_ms: u128,
        /// The session timeout, ms.
        session_ms: u64,
    },
    /// A released partition may wait for its changelog records in flight
    /// for up to `message.timeout.ms` after its drain deadline; together
    /// they must end before the group's rebalance timeout
    /// (`max.poll.interval.ms`), or the group would give the partition to
    /// another instance while this one's state may still land.
    #[error(
        "a released partition may wait shutdown_timeout ({drain_ms} ms) plus message.timeout.ms \
         ({message_timeout_ms} ms) for its last state writes, which must end before \
         max.poll.interval.ms ({max_poll_interval_ms} ms)"
    )]
    RevokeBudget {
        /// The drain deadline, ms.
        drain_ms: u128,
        /// The producer's `message.timeout.ms`.
        message_timeout_ms: u64,
        /// The pings consumer's `max.poll.interval.ms`.
        max_poll_interval_ms: u64,
    },
    /// The fence index could not be built from the fences topic.
    #[error("fence index: {0}")]
    Index(String),
    /// The presence configuration is invalid.
    #[error(transparent)]
    Presence(#[from] perimeter_presence::InvalidConfig),
    /// The changelog topic does not match the pings topic: it must have
    /// the same number of partitions, because partition N of the changelog
    /// holds the state of the users of pings partition N.
    #[error(
        "changelog topic {changelog} has {changelog_partitions} partitions but pings topic {pings} has {pings_partitions}: they must be equal"
    )]
    NotCoPartitioned {
        /// The pings topic.
        pings: String,
        /// Its partition count.
        pings_partitions: usize,
        /// The changelog topic.
        changelog: String,
        /// Its partition count.
        changelog_partitions: usize,
    },
    /// Restoring partition state from the changelog did not finish in time.
    #[error("restoring partitions {partitions:?} from {topic} took longer than {seconds} s")]
    RestoreTimeout {
        /// The changelog topic.
        topic: String,
        /// The partitions being restored.
        partitions: Vec<i32>,
        /// The deadline, in seconds.
        seconds: u64,
    },
    /// A Kafka transaction (exactly-once mode) could not be completed. The
    /// processor stops; on restart it resumes from the last committed
    /// transaction (outputs, changelog and ping offsets together).
    #[error("transaction {transactional_id}: {action} failed")]
    Transaction {
        /// The producer's `transactional.id`.
        transactional_id: String,
        /// What was being done: `init`, `begin`, `send offsets`, `commit`,
        /// `abort`.
        action: &'static str,
        /// librdkafka's error.
        #[source]
        source: rdkafka::error::KafkaError,
    },
    /// Exactly-once mode cannot work: settings it cannot work with, or a
    /// consumer that is in no group.
    #[error("exactly-once: {0}")]
    ExactlyOnce(String),
    /// A processor thread could not be started or ended abnormally.
    #[error("processor thread {name}: {detail}")]
    Thread {
        /// Which thread.
        name: String,
        /// What happened.
        detail: String,
    },
}
