//! What the engine produces: records to publish, state writes, counts.

use perimeter_model::{EventKind, SuppressionReason, Timestamp};
use perimeter_wire::DlqEntry;

/// What became of one ping record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PingOutcome {
    /// Went through presence.
    Processed,
    /// Older than the watermark or the user's last ping.
    Late,
    /// The user has not granted `location`: dropped.
    NoLocationConsent,
    /// Invalid: written to the DLQ.
    Dlq,
}

impl PingOutcome {
    /// Every outcome, in label order.
    pub const ALL: [Self; 4] = [
        Self::Processed,
        Self::Late,
        Self::NoLocationConsent,
        Self::Dlq,
    ];

    /// The metric label value.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Processed => "processed",
            Self::Late => "late",
            Self::NoLocationConsent => "no_location_consent",
            Self::Dlq => "dlq",
        }
    }
}

/// Which input record an output came from: the position of the ping record
/// in the batch given to [`PartitionEngine::pings`](crate::PartitionEngine::pings).
/// The shell uses it to carry the ping's headers (a `traceparent`) to what
/// it produced. `None` for outputs no single ping caused: timeouts of
/// silent users, removed or expired fences, outputs of ticks and table
/// changes.
pub type Origin = Option<u32>;

/// One record to publish. The key of events, triggers and suppressions is
/// the user id; their `event_time` is the event's, which the shell writes
/// as the record's Kafka timestamp.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    /// A geofence event for the events topic.
    Event {
        /// The user id.
        key: Vec<u8>,
        /// The encoded event.
        value: Vec<u8>,
        /// Its kind (for metrics).
        kind: EventKind,
        /// Its event time.
        event_time: Timestamp,
        /// The ping that caused it.
        origin: Origin,
    },
    /// An offer trigger for the offers topic.
    Trigger {
        /// The user id.
        key: Vec<u8>,
        /// The encoded trigger.
        value: Vec<u8>,
        /// The event time of the event that triggered it.
        event_time: Timestamp,
        /// The ping that caused the event.
        origin: Origin,
    },
    /// A suppressed offer decision for the suppressions topic (only when
    /// [`EngineConfig::audit_suppressions`](crate::EngineConfig::audit_suppressions) is on).
    Suppression {
        /// The user id.
        key: Vec<u8>,
        /// The encoded `Suppression`.
        value: Vec<u8>,
        /// Why (for metrics).
        reason: SuppressionReason,
        /// The event time of the event that was considered.
        event_time: Timestamp,
        /// The ping that caused the event.
        origin: Origin,
    },
    /// A rejected input record for the DLQ: its original key and value,
    /// and why.
    Dlq {
        /// The rejected record and the reason.
        entry: Box<DlqEntry>,
        /// The rejected ping record.
        origin: Origin,
    },
}

/// One changelog record: a key (a user id, or the partition marker key)
/// and its new value (`None`: a tombstone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateWrite {
    /// The changelog key.
    pub key: Vec<u8>,
    /// The new value, or `None` to delete the key.
    pub value: Option<Vec<u8>>,
}

/// Counts of one engine call, for metrics.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// Ping records by [`PingOutcome`] (indexed by `outcome as usize`).
    pub pings: [u64; 4],
    /// Offer decisions that were suppressed, one entry per decision.
    pub suppressions: Vec<SuppressionReason>,
}

impl Counts {
    pub(crate) fn ping(&mut self, outcome: PingOutcome) {
        self.pings[outcome as usize] += 1;
    }

    /// Pings of one outcome.
    #[must_use]
    pub const fn pings_of(&self, outcome: PingOutcome) -> u64 {
        self.pings[outcome as usize]
    }
}

/// What a restore found in the changelog.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RestoreCounts {
    /// Users whose state was restored.
    pub restored: u64,
    /// Users whose presence state was dropped (no `location` consent, or
    /// erased).
    pub dropped_no_consent: u64,
    /// Records that could not be read (the user starts fresh).
    pub invalid: u64,
}

/// Everything engine calls produced since the last [`Outputs::clear`].
#[derive(Debug, Default)]
pub struct Outputs {
    /// Records to publish, in order.
    pub records: Vec<Record>,
    /// Changelog writes, in order; write them only after `records` (and
    /// every earlier output of the partition) were acknowledged.
    pub state: Vec<StateWrite>,
    /// Counts for metrics.
    pub counts: Counts,
}

impl Outputs {
    /// Empties the buffers, keeping their capacity.
    pub fn clear(&mut self) {
        self.records.clear();
        self.state.clear();
        self.counts = Counts::default();
    }

    /// Whether nothing at all was produced.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.records.is_empty() && self.state.is_empty()
    }
}
