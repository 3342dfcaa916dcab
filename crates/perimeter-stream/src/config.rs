//! What a processor needs to start.

use std::time::Duration;

use perimeter_fences::ValidationLimits;
use perimeter_offers::CampaignRules;
use perimeter_presence::PresenceConfig;
use perimeter_wire::{OutputEncoding, OutputFormat, PingReader, topics};

use crate::{Clock, Health, LiveTables};

/// Topic names; [`Topics::default`] is `perimeter_wire::topics`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topics {
    /// Location pings, keyed by user id (consumed in a group).
    pub pings: String,
    /// Consent updates, compacted (read whole by every instance).
    pub consent: String,
    /// Fence catalog, compacted (read whole by every instance).
    pub fences: String,
    /// Geofence events (produced, key = user id).
    pub events: String,
    /// Offer triggers (produced, key = user id).
    pub offers: String,
    /// Dead letters (produced, key = the original key).
    pub dlq: String,
    /// Suppressed offer decisions (produced, key = user id), written only
    /// when [`OutputConfig::suppressions`] is on.
    pub suppressions: String,
    /// Presence-state changelog, compacted, key = user id, co-partitioned
    /// with the pings topic (same partition count): per-user presence state
    /// and caps history, restored when a partition is assigned.
    pub presence_state: String,
}

impl Default for Topics {
    fn default() -> Self {
        Self {
            pings: topics::PINGS.into(),
            consent: topics::CONSENT.into(),
            fences: topics::FENCES.into(),
            events: topics::EVENTS.into(),
            offers: topics::OFFERS.into(),
            dlq: topics::DLQ.into(),
            suppressions: topics::SUPPRESSIONS.into(),
            presence_state: topics::PRESENCE_STATE.into(),
        }
    }
}

/// How the output records (events, triggers, suppressions, dead letters)
/// fit the tools that read them, beyond their values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputConfig {
    /// Headers of a ping copied to every event, trigger and suppression it
    /// produced (names compared ignoring ASCII case). Dead letters keep all
    /// of the original's headers. Default: the W3C trace context,
    /// `traceparent` and `tracestate`.
    pub propagate_headers: Vec<String>,
    /// librdkafka's `partitioner` for the events, offers, suppressions and
    /// DLQ topics. Default [`OutputConfig::JAVA_PARTITIONER`]:
    /// `murmur2_random`, the Java clients' default (murmur2 of the key, a
    /// random partition for a record without a key), so outputs are
    /// co-partitioned with topics JVM services write by user id.
    /// librdkafka's own default is `consistent_random` (CRC32).
    pub partitioner: String,
    /// Whether every suppressed offer decision is written to
    /// [`Topics::suppressions`]. Off by default: suppressions are counted
    /// in metrics only.
    pub suppressions: bool,
    /// Schema-registry ids to frame output values with (see
    /// [`perimeter_wire::registry`]); a topic without one gets bare
    /// protobuf.
    pub schema_ids: SchemaIds,
    /// How the events, offers and suppressions topics encode their values:
    /// protobuf (the default; framed per [`Self::schema_ids`]) or JSON by
    /// the proto3 JSON mapping (never framed). Dead letters are the
    /// original records, whatever their format.
    pub format: OutputFormat,
}

impl OutputConfig {
    /// How events are written.
    #[must_use]
    pub const fn events(&self) -> OutputEncoding {
        self.encoding(self.schema_ids.events)
    }

    /// How offer triggers are written.
    #[must_use]
    pub const fn offers(&self) -> OutputEncoding {
        self.encoding(self.schema_ids.offers)
    }

    /// How suppressions are written.
    #[must_use]
    pub const fn suppressions(&self) -> OutputEncoding {
        self.encoding(self.schema_ids.suppressions)
    }

    const fn encoding(&self, schema_id: Option<u32>) -> OutputEncoding {
        OutputEncoding {
            format: self.format,
            schema_id,
        }
    }
}

/// The schema-registry ids of the output topics' value schemas, as the
/// registry assigned them when they were registered (docs/data-platforms.md). A
/// value written with an id is framed: magic byte 0, the id, message
/// index `[0]`, then the protobuf, as registry-aware deserializers expect.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SchemaIds {
    /// `GeofenceEvent` on the events topic.
    pub events: Option<u32>,
    /// `OfferTrigger` on the offers topic.
    pub offers: Option<u32>,
    /// `Suppression` on the suppressions topic.
    pub suppressions: Option<u32>,
}

impl OutputConfig {
    /// The partitioner of the Java clients, in librdkafka's terms.
    pub const JAVA_PARTITIONER: &str = "murmur2_random";
}

impl Default for OutputConfig {
    fn default() -> Self {
        Self {
            propagate_headers: vec!["traceparent".into(), "tracestate".into()],
            partitioner: Self::JAVA_PARTITIONER.into(),
            suppressions: false,
            schema_ids: SchemaIds::default(),
            format: OutputFormat::Protobuf,
        }
    }
}

/// What a crash or a retry may do to the outputs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Guarantee {
    /// Every ping is processed at least once: after a crash, the pings
    /// since the last committed offset are processed again, and their
    /// events and triggers may be written twice (same ids). Consumers
    /// de-duplicate by id.
    #[default]
    AtLeastOnce,
    /// Outputs, changelog records and ping offsets are committed together
    /// in Kafka transactions: a reader with `isolation.level=read_committed`
    /// sees every event and trigger exactly once.
    ExactlyOnce(ExactlyOnce),
}

/// Settings of [`Guarantee::ExactlyOnce`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExactlyOnce {
    /// The producer's `transactional.id`: unique per instance and stable
    /// across its restarts, so that a restarted instance aborts the
    /// transaction its previous run left open at once (another instance
    /// using the same id fences this one, which then stops).
    pub transactional_id: String,
    /// How often the open transaction is committed: outputs become
    /// visible to read_committed readers at this pace, and each commit
    /// pauses the workers for a broker round trip or two.
    pub commit_interval: Duration,
    /// `transaction.timeout.ms`: the broker aborts a transaction left open
    /// this long (after a crash without restart); also the producer's
    /// `message.timeout.ms` and the bound on one commit.
    pub transaction_timeout: Duration,
}

impl ExactlyOnce {
    /// Default commit interval (Kafka Streams' under exactly-once).
    pub const DEFAULT_COMMIT_INTERVAL: Duration = Duration::from_millis(100);
    /// Default transaction timeout (librdkafka's).
    pub const DEFAULT_TRANSACTION_TIMEOUT: Duration = Duration::from_secs(60);

    /// Exactly-once with the default intervals.
    #[must_use]
    pub fn new(transactional_id: impl Into<String>) -> Self {
        Self {
            transactional_id: transactional_id.into(),
            commit_interval: Self::DEFAULT_COMMIT_INTERVAL,
            transaction_timeout: Self::DEFAULT_TRANSACTION_TIMEOUT,
        }
    }
}

/// Everything [`Processor::connect`](crate::Processor::connect) needs.
#[derive(Debug)]
pub struct ProcessorConfig {
    /// `bootstrap.servers`: comma-separated `host:port` list.
    pub brokers: String,
    /// Consumer group of the pings consumer.
    pub group_id: String,
    /// Topic names.
    pub topics: Topics,
    /// Campaign rules for the offer decision.
    pub rules: CampaignRules,
    /// Presence state machine tuning.
    pub presence: PresenceConfig,
    /// Ping format and future-timestamp limit.
    pub ping_reader: PingReader,
    /// How far behind the highest ping time of a partition its watermark
    /// trails; pings older than the watermark are late.
    pub allowed_lateness: Duration,
    /// Source of processing time.
    pub clock: Clock,
    /// How long [`Processor::connect`](crate::Processor::connect) may take
    /// to read the fences and consent topics to their end.
    pub startup_timeout: Duration,
    /// How long shutdown may wait for outstanding deliveries.
    pub shutdown_timeout: Duration,
    /// Worker threads for the CPU work (decode, index, presence, rules);
    /// partitions are spread over them. 0 means one per available core.
    pub workers: usize,
    /// A partition that received no ping for this long (processing time)
    /// has its event-time watermark advanced with the processing clock, so
    /// silence timeouts still fire on a quiet partition.
    pub idle_partition_after: Duration,
    /// Liveness and readiness, read by `/healthz` and `/readyz`.
    pub health: Health,
    /// The live fence catalog and consent versions, read by the admin API.
    pub live: LiveTables,
    /// Extra librdkafka properties (security.protocol, sasl.*, ssl.*, ...),
    /// applied after Perimeter's own: for every client, or for the
    /// consumers or producers only when the name starts with `consumer.`
    /// or `producer.` ([`crate::properties::scope`]).
    pub kafka_properties: Vec<(String, String)>,
    /// At-least-once (the default) or exactly-once.
    pub guarantee: Guarantee,
    /// Header propagation, partitioner, suppressions topic.
    pub outputs: OutputConfig,
    /// The bounds of a valid fence: a fence record outside them is
    /// refused (dead-letter topic) like an undecodable one, so the
    /// processor serves only what the admin API would accept.
    pub fence_limits: ValidationLimits,
}

impl ProcessorConfig {
    /// A configuration with defaults for everything but the brokers, the
    /// group and the rules.
    #[must_use]
    pub fn new(
        brokers: impl Into<String>,
        group_id: impl Into<String>,
        rules: CampaignRules,
    ) -> Self {
        Self {
            brokers: brokers.into(),
            group_id: group_id.into(),
            topics: Topics::default(),
            rules,
            presence: PresenceConfig::default(),
            ping_reader: PingReader::default(),
            allowed_lateness: Duration::from_secs(30),
            clock: Clock::system(),
            startup_timeout: Duration::from_secs(60),
            shutdown_timeout: Duration::from_secs(10),
            workers: 0,
            idle_partition_after: Duration::from_secs(60),
            health: Health::new(),
            live: LiveTables::new(),
            kafka_properties: Vec::new(),
            guarantee: Guarantee::AtLeastOnce,
            outputs: OutputConfig::default(),
            fence_limits: ValidationLimits::default(),
        }
    }
}
