//! The presence-state changelog: Perimeter's own compacted topic, one
//! protobuf record per user and one per partition (`proto/perimeter/v1/state.proto`).
//!
//! * key = a user id: a [`UserState`] (presence state, caps history,
//!   erasure), or a tombstone when nothing is kept about the user;
//! * key = [`PARTITION_MARKER_KEY`]: a [`PartitionMarker`], the partition's
//!   event-time progress.
//!
//! These functions only frame the bytes: they check that the value is
//! protobuf of the right message, not what the fields say. Turning a
//! [`UserState`] into a tracker's or a caps history's state (and checking
//! it) is the partition engine's job.
//!
//! Forward compatible by construction: prost skips fields this build does
//! not know and keeps every field it knows, so a record written by a newer
//! build decodes to what this build understands. No field is a format
//! version: nothing here rejects a record because of who wrote it.

use prost::Message;

use crate::proto::{PartitionMarker, UserState};

/// The changelog key of a partition's [`PartitionMarker`].
///
/// Never a user's key: a user id may not contain control characters
/// (`perimeter_model::UserId`), and this key starts with a NUL byte. It is
/// valid UTF-8 and readable in tools (`\0perimeter.partition-marker`), and
/// being the same on every partition, compaction keeps one marker per
/// partition.
pub const PARTITION_MARKER_KEY: &[u8] = b"\0perimeter.partition-marker";

/// A changelog value that is not protobuf of the expected message (the
/// bytes are corrupt, or not a state record at all, like a value of the
/// binary format Perimeter wrote before the protobuf records).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("undecodable {message} changelog record: {detail}")]
pub struct StateRecordError {
    /// The expected message: `perimeter.v1.UserState` or
    /// `perimeter.v1.PartitionMarker`.
    pub message: &'static str,
    /// What the protobuf decoder said.
    pub detail: String,
}

const USER_STATE: &str = "perimeter.v1.UserState";
const PARTITION_MARKER: &str = "perimeter.v1.PartitionMarker";

fn decode<M: Message + Default>(
    message: &'static str,
    bytes: &[u8],
) -> Result<M, StateRecordError> {
    M::decode(bytes).map_err(|e| StateRecordError {
        message,
        detail: e.to_string(),
    })
}

/// Encodes a user's changelog value. Write a tombstone (null value), not
/// this, when the user has no state at all.
#[must_use]
pub fn encode_user_state(state: &UserState) -> Vec<u8> {
    state.encode_to_vec()
}

/// Decodes a user's changelog value (not a tombstone: a null value means
/// the user has no state).
///
/// Fields this build does not know are skipped; every known field is kept.
/// Zero bytes decode to a [`UserState`] with nothing set, which is what a
/// record of a newer build holding only newer fields looks like to this
/// one: "nothing this build understands", not an error.
///
/// # Errors
/// [`StateRecordError`] if the bytes are not protobuf of this message
/// (truncated, a wire type that contradicts a known field, invalid UTF-8 in
/// an id, ...). Never panics.
pub fn decode_user_state(bytes: &[u8]) -> Result<UserState, StateRecordError> {
    decode(USER_STATE, bytes)
}

/// Encodes a partition's marker, the value for [`PARTITION_MARKER_KEY`].
#[must_use]
pub fn encode_partition_marker(marker: &PartitionMarker) -> Vec<u8> {
    marker.encode_to_vec()
}

/// Decodes a partition's marker, the value for [`PARTITION_MARKER_KEY`].
/// Unknown fields are skipped, as for [`decode_user_state`].
///
/// # Errors
/// [`StateRecordError`] if the bytes are not protobuf of this message.
/// Never panics.
pub fn decode_partition_marker(bytes: &[u8]) -> Result<PartitionMarker, StateRecordError> {
    decode(PARTITION_MARKER, bytes)
}
