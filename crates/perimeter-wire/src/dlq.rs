//! Dead letters: the DLQ envelope and the reason codes.

use std::fmt;

use perimeter_model::Timestamp;
use prost::Message;

use crate::error::RecordError;
use crate::fields::{check_size, decode_proto, invalid, timestamp};
use crate::proto;

/// Header Perimeter sets on every DLQ record; its value is the
/// [`DlqReason`] code as UTF-8 (for example `invalid_coordinates`), so tools
/// can filter dead letters without decoding them.
pub const DLQ_REASON_HEADER: &str = "perimeter.dlq.reason";

/// Largest DLQ record accepted by [`decode_dlq`], in bytes: room for an
/// original value of Kafka's default 1 MiB message limit and the envelope.
pub const MAX_DLQ_BYTES: usize = 2 * 1024 * 1024;

const MESSAGE: &str = "perimeter.v1.DlqRecord";

/// Why an input record was rejected. [`DlqReason::as_str`] is the stable
/// code written in the [`DLQ_REASON_HEADER`] header and used as metric
/// label; codes are only ever added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DlqReason {
    /// `undecodable`: not a valid message of the expected format (bad
    /// protobuf, malformed or unknown-member JSON, null value).
    Undecodable,
    /// `oversized`: larger than the topic's limit; not decoded.
    Oversized,
    /// `missing_key`: no key, or an empty one.
    MissingKey,
    /// `key_mismatch`: the key differs from the id inside the value.
    KeyMismatch,
    /// `invalid_user_id`: empty, too long, or with whitespace or control
    /// characters.
    InvalidUserId,
    /// `invalid_coordinates`: latitude or longitude missing, not finite or
    /// out of range.
    InvalidCoordinates,
    /// `invalid_accuracy`: missing, not finite, negative or over 100 km.
    InvalidAccuracy,
    /// `invalid_timestamp`: missing, before 1970 or after the year 3000.
    InvalidTimestamp,
    /// `timestamp_in_future`: further ahead of processing time than allowed.
    TimestampInFuture,
    /// `invalid_field`: another field of a consent, event or trigger record.
    InvalidField,
    /// `invalid_fence`: a fence record failed catalog validation.
    InvalidFence,
}

impl DlqReason {
    /// Every reason, for pre-registering metrics.
    pub const ALL: [Self; 11] = [
        Self::Undecodable,
        Self::Oversized,
        Self::MissingKey,
        Self::KeyMismatch,
        Self::InvalidUserId,
        Self::InvalidCoordinates,
        Self::InvalidAccuracy,
        Self::InvalidTimestamp,
        Self::TimestampInFuture,
        Self::InvalidField,
        Self::InvalidFence,
    ];

    /// The stable snake_case code.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Undecodable => "undecodable",
            Self::Oversized => "oversized",
            Self::MissingKey => "missing_key",
            Self::KeyMismatch => "key_mismatch",
            Self::InvalidUserId => "invalid_user_id",
            Self::InvalidCoordinates => "invalid_coordinates",
            Self::InvalidAccuracy => "invalid_accuracy",
            Self::InvalidTimestamp => "invalid_timestamp",
            Self::TimestampInFuture => "timestamp_in_future",
            Self::InvalidField => "invalid_field",
            Self::InvalidFence => "invalid_fence",
        }
    }

    /// The reason with code `code`, if any.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == code)
    }

    /// The `perimeter.v1.DlqReason` value.
    #[must_use]
    pub const fn to_wire(self) -> proto::DlqReason {
        use proto::DlqReason as W;
        match self {
            Self::Undecodable => W::Undecodable,
            Self::Oversized => W::Oversized,
            Self::MissingKey => W::MissingKey,
            Self::KeyMismatch => W::KeyMismatch,
            Self::InvalidUserId => W::InvalidUserId,
            Self::InvalidCoordinates => W::InvalidCoordinates,
            Self::InvalidAccuracy => W::InvalidAccuracy,
            Self::InvalidTimestamp => W::InvalidTimestamp,
            Self::TimestampInFuture => W::TimestampInFuture,
            Self::InvalidField => W::InvalidField,
            Self::InvalidFence => W::InvalidFence,
        }
    }
}

impl fmt::Display for DlqReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One dead letter: the rejected record, unchanged, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DlqEntry {
    /// Topic the record was read from.
    pub topic: String,
    /// Its partition.
    pub partition: i32,
    /// Its offset.
    pub offset: i64,
    /// Its key, `None` when it had none.
    pub key: Option<Vec<u8>>,
    /// Its value, unchanged, `None` when it was null.
    pub value: Option<Vec<u8>>,
    /// Why it was rejected (also the [`DLQ_REASON_HEADER`] value).
    pub reason: DlqReason,
    /// The error's message, for people.
    pub detail: String,
    /// When Perimeter rejected it.
    pub rejected_at: Timestamp,
    /// The record's Kafka timestamp in milliseconds, when it had one (kept
    /// raw: it is the broker's or producer's value, not validated).
    pub record_timestamp_ms: Option<i64>,
}

/// Encodes a dead letter as `perimeter.v1.DlqRecord`. The DLQ record's key
/// is the original key; set the [`DLQ_REASON_HEADER`] header to
/// `entry.reason.as_str()`.
#[must_use]
pub fn encode_dlq(entry: &DlqEntry) -> Vec<u8> {
    proto::DlqRecord {
        topic: entry.topic.clone(),
        partition: entry.partition,
        offset: entry.offset,
        key: entry.key.clone(),
        value: entry.value.clone(),
        reason: entry.reason.to_wire() as i32,
        detail: entry.detail.clone(),
        rejected_at_ms: entry.rejected_at.as_millis(),
        record_timestamp_ms: entry.record_timestamp_ms,
    }
    .encode_to_vec()
}

/// Decodes a `perimeter.v1.DlqRecord` (for tools that replay dead letters,
/// and tests).
///
/// # Errors
/// [`RecordError`]: oversized, undecodable, an unknown or unspecified
/// reason, or a rejection time out of range.
pub fn decode_dlq(bytes: &[u8]) -> Result<DlqEntry, RecordError> {
    check_size(MESSAGE, bytes, MAX_DLQ_BYTES)?;
    let d: proto::DlqRecord = decode_proto(MESSAGE, bytes)?;
    let reason = DlqReason::ALL
        .into_iter()
        .find(|r| r.to_wire() as i32 == d.reason)
        .ok_or_else(|| invalid("reason", format!("{} is not a known DLQ reason", d.reason)))?;
    Ok(DlqEntry {
        topic: d.topic,
        partition: d.partition,
        offset: d.offset,
        key: d.key,
        value: d.value,
        reason,
        detail: d.detail,
        rejected_at: timestamp("rejected_at_ms", d.rejected_at_ms)?,
        record_timestamp_ms: d.record_timestamp_ms,
    })
}
