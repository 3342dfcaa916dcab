//! What the engine produces: records to publish, state writes, counts.

use perimeter_model::{EventKind, SuppressionReason, Timestamp};
use perimeter_wire::DlqReason;

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

/// One record to publish. The key of events and triggers is the user id.
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
        /// Its event time (for the emit-latency metric).
        event_time: Timestamp,
    },
    /// An offer trigger for the offers topic.
    Trigger {
        /// The user id.
        key: Vec<u8>,
        /// The encoded trigger.
        value: Vec<u8>,
    },
    /// A rejected input record for the DLQ, with its original key.
    Dlq {
        /// The rejected record's key.
        key: Option<Vec<u8>>,
        /// The encoded DLQ entry (original value inside).
        value: Vec<u8>,
        /// Why.
        reason: DlqReason,
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
