//! What a processor needs to start.

use std::time::Duration;

use perimeter_offers::CampaignRules;
use perimeter_presence::PresenceConfig;
use perimeter_wire::{PingReader, topics};

use crate::Clock;

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
    /// Extra librdkafka properties for every client (security.protocol,
    /// sasl.*, ssl.*, ...), applied after Perimeter's own.
    pub kafka_properties: Vec<(String, String)>,
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
            kafka_properties: Vec::new(),
        }
    }
}
