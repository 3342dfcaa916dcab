//! Dead letters: the reason codes and the `perimeter.errors.*` headers.
//!
//! A dead letter is the rejected record itself, key and value unchanged,
//! with the reason and context in headers, as Kafka Connect's dead-letter
//! queue writes them (`__connect.errors.*`): replaying one after a fix is
//! a plain consume and produce of key and value.

use std::fmt;

use perimeter_model::Timestamp;

use crate::error::RecordError;
use crate::fields::{invalid, timestamp};
use crate::proto;

/// The prefix of every header Perimeter adds to a dead letter. A dead
/// letter keeps the original record's other headers; headers with this
/// prefix on the original (a record that was dead-lettered before and
/// replayed) are replaced, never repeated.
pub const DLQ_HEADER_PREFIX: &str = "perimeter.errors.";

/// The [`DlqReason`] code as UTF-8 (for example `invalid_coordinates`), so
/// tools can filter dead letters by reason.
pub const DLQ_REASON_HEADER: &str = "perimeter.errors.reason";
/// The error message for people, naming the field and value; not a stable
/// interface.
pub const DLQ_DETAIL_HEADER: &str = "perimeter.errors.detail";
/// The topic the record was read from.
pub const DLQ_TOPIC_HEADER: &str = "perimeter.errors.topic";
/// Its partition, decimal text.
pub const DLQ_PARTITION_HEADER: &str = "perimeter.errors.partition";
/// Its offset, decimal text.
pub const DLQ_OFFSET_HEADER: &str = "perimeter.errors.offset";
/// Its Kafka timestamp in milliseconds, decimal text; absent when it had
/// none. (The dead letter's own timestamp is when Perimeter rejected it.)
pub const DLQ_RECORD_TIMESTAMP_HEADER: &str = "perimeter.errors.record.timestamp";

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

/// One dead letter: the rejected record, unchanged, and why. On the DLQ
/// topic it is the original key and value with [`DlqEntry::headers`];
/// [`read_dlq`] reads it back.
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
    /// Why it was rejected (the [`DLQ_REASON_HEADER`] value).
    pub reason: DlqReason,
    /// The error's message, for people.
    pub detail: String,
    /// When Perimeter rejected it: the dead letter's Kafka timestamp.
    pub rejected_at: Timestamp,
    /// The record's Kafka timestamp in milliseconds, when it had one (kept
    /// raw: it is the broker's or producer's value, not validated).
    pub record_timestamp_ms: Option<i64>,
}

impl DlqEntry {
    /// The `perimeter.errors.*` headers of this dead letter, in a fixed
    /// order: reason, detail, topic, partition, offset, and the original
    /// record's timestamp when it had one. Write the record with
    /// `self.key` and `self.value` unchanged and `self.rejected_at` as its
    /// timestamp.
    #[must_use]
    pub fn headers(&self) -> Vec<(&'static str, String)> {
        let mut h = vec![
            (DLQ_REASON_HEADER, self.reason.as_str().to_owned()),
            (DLQ_DETAIL_HEADER, self.detail.clone()),
            (DLQ_TOPIC_HEADER, self.topic.clone()),
            (DLQ_PARTITION_HEADER, self.partition.to_string()),
            (DLQ_OFFSET_HEADER, self.offset.to_string()),
        ];
        if let Some(ts) = self.record_timestamp_ms {
            h.push((DLQ_RECORD_TIMESTAMP_HEADER, ts.to_string()));
        }
        h
    }
}

/// Reads a dead letter back from its key, value, Kafka timestamp (the
/// rejection time) and headers (for tools and tests). Headers without the
/// [`DLQ_HEADER_PREFIX`] are ignored; of a repeated one the last counts,
/// as Kafka clients' `lastHeader` does.
///
/// # Errors
/// [`RecordError::InvalidField`] naming the header: the reason, topic,
/// partition or offset header missing, not UTF-8 or not a number, an
/// unknown reason code, or a timestamp out of range.
pub fn read_dlq<'h>(
    key: Option<&[u8]>,
    value: Option<&[u8]>,
    timestamp_ms: i64,
    headers: impl IntoIterator<Item = (&'h str, Option<&'h [u8]>)>,
) -> Result<DlqEntry, RecordError> {
    let mut found: [Option<&[u8]>; 6] = [None; 6];
    const NAMES: [&str; 6] = [
        DLQ_REASON_HEADER,
        DLQ_DETAIL_HEADER,
        DLQ_TOPIC_HEADER,
        DLQ_PARTITION_HEADER,
        DLQ_OFFSET_HEADER,
        DLQ_RECORD_TIMESTAMP_HEADER,
    ];
    for (name, v) in headers {
        if let Some(i) = NAMES.iter().position(|n| *n == name) {
            found[i] = v;
        }
    }
    let text = |i: usize| -> Result<Option<&str>, RecordError> {
        found[i]
            .map(|b| {
                std::str::from_utf8(b).map_err(|_| invalid(NAMES[i], "is not UTF-8".to_owned()))
            })
            .transpose()
    };
    let required = |i: usize| -> Result<&str, RecordError> {
        text(i)?.ok_or_else(|| invalid(NAMES[i], "is missing".to_owned()))
    };
    let number = |i: usize, s: &str| -> Result<i64, RecordError> {
        s.parse().map_err(|_| {
            invalid(
                NAMES[i],
                format!("{:?} is not a number", crate::fields::truncate(s)),
            )
        })
    };
    let code = required(0)?;
    let reason = DlqReason::from_code(code).ok_or_else(|| {
        invalid(
            DLQ_REASON_HEADER,
            format!(
                "{:?} is not a known DLQ reason",
                crate::fields::truncate(code)
            ),
        )
    })?;
    let topic = required(2)?.to_owned();
    let partition = number(3, required(3)?)?;
    Ok(DlqEntry {
        topic,
        partition: i32::try_from(partition)
            .map_err(|_| invalid(DLQ_PARTITION_HEADER, format!("{partition} is out of range")))?,
        offset: number(4, required(4)?)?,
        key: key.map(<[u8]>::to_vec),
        value: value.map(<[u8]>::to_vec),
        reason,
        detail: text(1)?.unwrap_or_default().to_owned(),
        rejected_at: timestamp("timestamp", timestamp_ms)?,
        record_timestamp_ms: text(5)?.map(|s| number(5, s)).transpose()?,
    })
}
