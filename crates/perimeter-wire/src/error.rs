//! Why a record was rejected.
//!
//! Two small error types: [`PingError`] for the hot input topic, whose every
//! field maps to its own DLQ reason, and [`RecordError`] for the other
//! records. Both carry the field and a reason a person can act on, and both
//! map to a stable [`DlqReason`] code.

use std::fmt;
use std::time::Duration;

use perimeter_fences::Problem;
use perimeter_model::Timestamp;

use crate::dlq::DlqReason;
use crate::ping::PingFormat;

/// A field of a ping, named as on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PingField {
    /// `user_id`.
    UserId,
    /// `lat`.
    Lat,
    /// `lon`.
    Lon,
    /// `accuracy_m`.
    AccuracyM,
    /// `timestamp_ms`.
    TimestampMs,
}

impl PingField {
    /// The field's name in the proto and JSON formats.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::UserId => "user_id",
            Self::Lat => "lat",
            Self::Lon => "lon",
            Self::AccuracyM => "accuracy_m",
            Self::TimestampMs => "timestamp_ms",
        }
    }

    /// The DLQ reason for an invalid value of this field.
    #[must_use]
    pub const fn reason(self) -> DlqReason {
        match self {
            Self::UserId => DlqReason::InvalidUserId,
            Self::Lat | Self::Lon => DlqReason::InvalidCoordinates,
            Self::AccuracyM => DlqReason::InvalidAccuracy,
            Self::TimestampMs => DlqReason::InvalidTimestamp,
        }
    }
}

impl fmt::Display for PingField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a ping was rejected. [`PingError::reason`] gives the DLQ code.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PingError {
    /// The value is larger than the limit; it was not decoded.
    #[error("ping of {size} bytes exceeds the limit of {limit} bytes")]
    Oversized {
        /// Size of the value, bytes.
        size: usize,
        /// The limit, bytes.
        limit: usize,
    },
    /// The value is not a ping in the expected format.
    #[error("undecodable {format} ping: {detail}")]
    Undecodable {
        /// The format the topic is configured for.
        format: PingFormat,
        /// What the decoder said.
        detail: String,
    },
    /// The record has no key (or an empty one); the key must be the user id.
    #[error("ping has no key; its key must be the user id")]
    MissingKey,
    /// The record's key is not the ping's user id.
    #[error("ping key {key:?} differs from its user_id {user_id:?}")]
    KeyMismatch {
        /// The key, lossily decoded as UTF-8 and truncated to 64 characters.
        key: String,
        /// The ping's user id.
        user_id: String,
    },
    /// A field is missing or invalid.
    #[error("invalid field {field}: {reason}")]
    InvalidField {
        /// Which field.
        field: PingField,
        /// What is wrong with it, including the value given.
        reason: String,
    },
    /// The device timestamp is too far ahead of processing time.
    #[error(
        "timestamp_ms {} is more than {} ms ahead of processing time {}",
        timestamp.as_millis(),
        max_future.as_millis(),
        now.as_millis()
    )]
    TimestampInFuture {
        /// The ping's timestamp.
        timestamp: Timestamp,
        /// Processing time passed in by the caller.
        now: Timestamp,
        /// The tolerance.
        max_future: Duration,
    },
}

impl PingError {
    /// The stable DLQ reason code of this error.
    #[must_use]
    pub const fn reason(&self) -> DlqReason {
        match self {
            Self::Oversized { .. } => DlqReason::Oversized,
            Self::Undecodable { .. } => DlqReason::Undecodable,
            Self::MissingKey => DlqReason::MissingKey,
            Self::KeyMismatch { .. } => DlqReason::KeyMismatch,
            Self::InvalidField { field, .. } => field.reason(),
            Self::TimestampInFuture { .. } => DlqReason::TimestampInFuture,
        }
    }
}

/// Why a consent, fence, event, trigger, suppression or DLQ record was
/// rejected. [`RecordError::reason`] gives the DLQ code.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RecordError {
    /// The value is larger than the topic's limit; it was not decoded.
    #[error("{message} of {size} bytes exceeds the limit of {limit} bytes")]
    Oversized {
        /// The expected message type.
        message: &'static str,
        /// Size of the value, bytes.
        size: usize,
        /// The limit, bytes.
        limit: usize,
    },
    /// The value is not a valid protobuf message of the expected type.
    #[error("undecodable {message}: {detail}")]
    Undecodable {
        /// The expected message type.
        message: &'static str,
        /// What the decoder said.
        detail: String,
    },
    /// The record has no key (or an empty one).
    #[error("record has no key; its key must be the {field}")]
    MissingKey {
        /// The field the key must equal.
        field: &'static str,
    },
    /// The record's key differs from the id inside the value.
    #[error("record key {key:?} differs from its {field} {value:?}")]
    KeyMismatch {
        /// The key, lossily decoded as UTF-8 and truncated to 64 characters.
        key: String,
        /// The field the key must equal.
        field: &'static str,
        /// That field's value, truncated to 64 characters.
        value: String,
    },
    /// A field is missing or invalid. `field` is the proto field name, with
    /// its parent message when nested (`quiet_hours.start_minute`); `key`
    /// stands for the record key.
    #[error("invalid field {field}: {reason}")]
    InvalidField {
        /// Which field.
        field: &'static str,
        /// What is wrong with it, including the value given.
        reason: String,
    },
    /// A fence record failed catalog validation; every problem is listed.
    #[error("invalid fence{}: {}", id.as_ref().map(|i| format!(" {i:?}")).unwrap_or_default(), render(problems))]
    InvalidFence {
        /// The fence id as written, when there was one.
        id: Option<String>,
        /// Every problem found, as for uploaded files.
        problems: Vec<Problem>,
    },
}

fn render(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

impl RecordError {
    /// The stable DLQ reason code of this error. An invalid `user_id` (or a
    /// record key that is not a valid user id) is `invalid_user_id`; any
    /// other invalid field is `invalid_field`.
    #[must_use]
    pub fn reason(&self) -> DlqReason {
        match self {
            Self::Oversized { .. } => DlqReason::Oversized,
            Self::Undecodable { .. } => DlqReason::Undecodable,
            Self::MissingKey { .. } => DlqReason::MissingKey,
            Self::KeyMismatch { .. } => DlqReason::KeyMismatch,
            Self::InvalidField { field, .. } if *field == "user_id" => DlqReason::InvalidUserId,
            Self::InvalidField { .. } => DlqReason::InvalidField,
            Self::InvalidFence { .. } => DlqReason::InvalidFence,
        }
    }
}
