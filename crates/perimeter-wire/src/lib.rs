//! Perimeter's topic contracts: the protobuf messages of `proto/perimeter/v1`
//! and validated conversions between them and the domain model.
//!
//! * [`proto`] holds the prost types generated at build time (protox: no
//!   system `protoc`); [`FILE_DESCRIPTOR_SET`] is the compiled schema.
//! * Input topics are decoded into validated model values, never panicking
//!   on any bytes: pings ([`PingReader`], [`decode_ping`], also as JSON),
//!   consent updates ([`decode_consent`]) and fence records
//!   ([`decode_fence`], validated by [`perimeter_fences::validate_fence`]
//!   exactly like uploaded files).
//! * Output topics are encoded from model values: [`encode_event`],
//!   [`encode_trigger`], [`encode_suppression`], then written as the topic
//!   is configured ([`OutputEncoding`]: bare or registry-framed protobuf,
//!   or proto3 JSON). Decoders for them exist for consumers and tests.
//! * Every rejection maps to a [`DlqReason`], a stable snake_case code that
//!   the stream layer writes in the [`DLQ_REASON_HEADER`] header of the
//!   dead letter, next to the other `perimeter.errors.*` headers of
//!   [`DlqEntry::headers`]; the dead letter's key and value are the
//!   original record's, unchanged.
//! * Perimeter's own changelog holds protobuf [`UserState`] records (key =
//!   user id) and one [`PartitionMarker`] per partition (key =
//!   [`PARTITION_MARKER_KEY`]): [`encode_user_state`], [`decode_user_state`],
//!   [`encode_partition_marker`], [`decode_partition_marker`]. A build that
//!   meets a newer record keeps every field it knows and skips the rest.
//!
//! Ids (event, visit, trigger) travel as 32 lower-case hexadecimal
//! characters, the same text their `Display` prints. Times are milliseconds
//! since the Unix epoch. Nothing here reads a clock: "now" is passed in.
//! `docs/topics.md` describes the contracts for people.

mod consent;
mod dlq;
mod error;
mod event;
mod fence;
mod fields;
mod offer;
pub mod output;
mod ping;
pub mod registry;
mod state;
pub mod topics;

/// The prost types generated from `proto/perimeter/v1/*.proto`
/// (package `perimeter.v1`). Their documentation is the proto comments.
///
/// Prefer the validated conversions of this crate; use these types directly
/// only to produce test data or to read records this crate has no decoder
/// for.
pub mod proto {
    include!(concat!(env!("OUT_DIR"), "/perimeter.v1.rs"));
}

/// The compiled schema of every message in [`proto`]: an encoded
/// `google.protobuf.FileDescriptorSet`, for schema registries and reflection.
pub const FILE_DESCRIPTOR_SET: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/perimeter_v1.fds"));

/// The `.proto` sources of [`proto`], as (path relative to the include
/// root, text): what `perimeter schema export` writes and a schema
/// registry is given. Imports name these paths.
pub const PROTO_FILES: [(&str, &str); 8] = [
    (
        "perimeter/v1/ping.proto",
        include_str!("../../../proto/perimeter/v1/ping.proto"),
    ),
    (
        "perimeter/v1/consent.proto",
        include_str!("../../../proto/perimeter/v1/consent.proto"),
    ),
    (
        "perimeter/v1/fence.proto",
        include_str!("../../../proto/perimeter/v1/fence.proto"),
    ),
    (
        "perimeter/v1/event.proto",
        include_str!("../../../proto/perimeter/v1/event.proto"),
    ),
    (
        "perimeter/v1/offer.proto",
        include_str!("../../../proto/perimeter/v1/offer.proto"),
    ),
    (
        "perimeter/v1/suppression.proto",
        include_str!("../../../proto/perimeter/v1/suppression.proto"),
    ),
    (
        "perimeter/v1/dlq.proto",
        include_str!("../../../proto/perimeter/v1/dlq.proto"),
    ),
    (
        "perimeter/v1/state.proto",
        include_str!("../../../proto/perimeter/v1/state.proto"),
    ),
];

pub use consent::{MAX_CONSENT_BYTES, consent_tombstone, decode_consent, encode_consent};
pub use dlq::{
    DLQ_DETAIL_HEADER, DLQ_HEADER_PREFIX, DLQ_OFFSET_HEADER, DLQ_PARTITION_HEADER,
    DLQ_REASON_HEADER, DLQ_RECORD_TIMESTAMP_HEADER, DLQ_TOPIC_HEADER, DlqEntry, DlqReason,
    read_dlq,
};
pub use error::{PingError, PingField, RecordError};
pub use event::{MAX_EVENT_BYTES, decode_event, encode_event};
pub use fence::{
    CATALOG_VERSION_HEADER, FenceChange, MAX_FENCE_BYTES, catalog_version_of_header, decode_fence,
    encode_fence,
};
pub use offer::{
    MAX_TRIGGER_BYTES, SuppressionAudit, decode_suppression, decode_trigger, encode_suppression,
    encode_trigger,
};
pub use output::{OutputEncoding, OutputEncodingError, OutputFormat, OutputMessage};
#[doc(hidden)]
pub use ping::decode_ping_json_reference;
pub use ping::{
    DEFAULT_MAX_FUTURE, MAX_PING_BYTES, PingFormat, PingReader, check_ping_key, decode_ping,
    decode_ping_with, encode_ping, encode_ping_json, validate_ping,
};
pub use proto::{PartitionMarker, UserState, user_state};
pub use state::{
    PARTITION_MARKER_KEY, StateRecordError, decode_partition_marker, decode_user_state,
    encode_partition_marker, encode_user_state,
};
