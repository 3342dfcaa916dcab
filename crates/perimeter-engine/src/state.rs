//! The partition's changelog records, protobuf (`proto/perimeter/v1/state.proto`):
//! one `UserState` per user (presence state, caps history, erasure) and one
//! `PartitionMarker` per partition (its clocks, under [`MARKER_KEY`]).
//!
//! Forward compatible: a record written by a newer build restores what this
//! build understands (prost skips unknown fields); a part this build cannot
//! represent costs only that part; no field is a format version.

use perimeter_model::{Timestamp, UserId};
use perimeter_offers::{CapsHistory, CapsSnapshot};
use perimeter_presence::{PresenceTracker, UserSnapshot};
use perimeter_wire::{
    PartitionMarker, decode_partition_marker, decode_user_state, encode_partition_marker,
    encode_user_state,
};

use crate::convert::{user_state_parts_from_proto, user_state_to_proto};

/// The changelog key of a partition's clock record (starts with a NUL byte,
/// which no user id may contain).
pub const MARKER_KEY: &[u8] = perimeter_wire::PARTITION_MARKER_KEY;

/// Why a changelog record could not be read at all (not protobuf, or a
/// clock out of range).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("changelog record unreadable: {0}")]
pub struct StateError(pub String);

/// An erased user, remembered so that no consent record with a version up
/// to `version` opts them in again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Erasure {
    /// The consent version of the erasure.
    pub version: u64,
    /// When the erasure was applied (processing time).
    pub at: Timestamp,
}

/// A partition's clocks: everything besides users' state that decides what
/// the engine emits next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartitionClock {
    /// Highest event time seen, bounded by processing time (advanced by
    /// processing time while the partition is idle). The watermark is this
    /// minus the allowed lateness.
    pub max_event_time: Option<Timestamp>,
    /// Processing time of the last ping (or idle advance).
    pub last_arrival: Timestamp,
    /// Watermark of the last timeout sweep.
    pub last_sweep: Timestamp,
    /// Processing time of the last caps-history and erasure prune.
    pub last_prune: Timestamp,
    /// Fence validity windows ending at or before this instant were
    /// applied (their visits ended).
    pub expired_through: Timestamp,
}

/// Encodes a clock record.
#[must_use]
pub fn encode_marker(clock: &PartitionClock) -> Vec<u8> {
    encode_partition_marker(&PartitionMarker {
        max_event_time_ms: clock.max_event_time.map(Timestamp::as_millis),
        last_arrival_ms: clock.last_arrival.as_millis(),
        last_sweep_ms: clock.last_sweep.as_millis(),
        last_prune_ms: clock.last_prune.as_millis(),
        expired_through_ms: clock.expired_through.as_millis(),
    })
}

/// Decodes a clock record.
///
/// # Errors
/// [`StateError`] if it is not a `PartitionMarker` or a time is out of
/// range.
pub fn decode_marker(bytes: &[u8]) -> Result<PartitionClock, StateError> {
    let m = decode_partition_marker(bytes).map_err(|e| StateError(e.to_string()))?;
    let t = |name: &str, ms: i64| {
        Timestamp::from_millis(ms).map_err(|e| StateError(format!("{name} {ms}: {e}")))
    };
    Ok(PartitionClock {
        max_event_time: m
            .max_event_time_ms
            .map(|ms| t("max_event_time_ms", ms))
            .transpose()?,
        last_arrival: t("last_arrival_ms", m.last_arrival_ms)?,
        last_sweep: t("last_sweep_ms", m.last_sweep_ms)?,
        last_prune: t("last_prune_ms", m.last_prune_ms)?,
        expired_through: t("expired_through_ms", m.expired_through_ms)?,
    })
}

/// One user's record as read from the changelog. A part that this build
/// could not represent is `Err` on its own.
#[derive(Debug)]
pub struct UserRecord {
    /// Presence state, if any.
    pub presence: Option<Result<UserSnapshot, StateError>>,
    /// Caps history, if any.
    pub caps: Option<Result<CapsSnapshot, StateError>>,
    /// The user's erasure, if any.
    pub erasure: Option<Erasure>,
}

/// Reads a user's record.
///
/// # Errors
/// [`StateError`] if the value is not a `UserState` at all.
pub fn decode_user(bytes: &[u8]) -> Result<UserRecord, StateError> {
    let state = match decode_user_state(bytes) {
        Ok(s) => s,
        Err(e) => {
            // A record of the build before protobuf state records.
            let Ok((presence, caps)) = crate::legacy::decode(bytes) else {
                return Err(StateError(e.to_string()));
            };
            return Ok(UserRecord {
                presence: presence.map(Ok),
                caps: caps.map(Ok),
                erasure: None,
            });
        }
    };
    let parts = user_state_parts_from_proto(state);
    let err = |e: crate::convert::ConversionError| StateError(e.to_string());
    Ok(UserRecord {
        presence: parts.presence.map_err(err).transpose(),
        caps: parts.caps.map_err(err).transpose(),
        erasure: parts.erasure.map(|(version, at)| Erasure { version, at }),
    })
}

/// The record of `user`, or `None` when nothing is kept (a tombstone).
#[must_use]
pub fn encode_user(
    tracker: &PresenceTracker,
    history: &CapsHistory,
    erasure: Option<&Erasure>,
    user: &UserId,
) -> Option<Vec<u8>> {
    let presence = tracker.snapshot(user);
    let caps = history.snapshot(user);
    if presence.is_none() && caps.is_none() && erasure.is_none() {
        return None;
    }
    let state = user_state_to_proto(
        presence.as_ref(),
        caps.as_ref(),
        erasure.map(|e| (e.version, e.at)),
    );
    Some(encode_user_state(&state))
}
