//! How output values leave Perimeter: protobuf (bare or registry-framed)
//! or JSON by the proto3 JSON mapping.
//!
//! The engine encodes every output as protobuf ([`crate::encode_event`],
//! [`crate::encode_trigger`], [`crate::encode_suppression`]);
//! [`OutputEncoding::encode`] turns that value into what the topic is
//! configured to carry. JSON is printed exactly as protobuf's own printers
//! do by default (`JsonFormat.printer()` in Java, `json_format.MessageToJson`
//! in Python): lowerCamelCase member names, 64-bit integers as strings,
//! enums by name, fields at their default value left out (an `optional`
//! field that is set is written even when it is zero).

use std::borrow::Cow;
use std::fmt;
use std::sync::LazyLock;

use prost_reflect::{DescriptorPool, DynamicMessage, MessageDescriptor, SerializeOptions};

use crate::registry::{FIRST_MESSAGE, frame_protobuf};

/// How an output topic encodes its values.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Deserialize, serde::Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum OutputFormat {
    /// Protobuf binary encoding, registry-framed when the topic has a
    /// schema id.
    #[default]
    Protobuf,
    /// One JSON object per record by the proto3 JSON mapping, never
    /// framed.
    Json,
}

impl OutputFormat {
    /// `protobuf` or `json`, as in configuration files.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Protobuf => "protobuf",
            Self::Json => "json",
        }
    }
}

impl fmt::Display for OutputFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The message an output value holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OutputMessage {
    /// `perimeter.v1.GeofenceEvent` (events topic).
    Event,
    /// `perimeter.v1.OfferTrigger` (offers topic).
    Trigger,
    /// `perimeter.v1.Suppression` (suppressions topic).
    Suppression,
}

impl OutputMessage {
    /// The message's full name in the schema.
    #[must_use]
    pub const fn full_name(self) -> &'static str {
        match self {
            Self::Event => "perimeter.v1.GeofenceEvent",
            Self::Trigger => "perimeter.v1.OfferTrigger",
            Self::Suppression => "perimeter.v1.Suppression",
        }
    }
}

/// A protobuf output value that could not be printed as JSON: Perimeter
/// wrote a value its own schema does not describe (a bug, not bad input).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot print {message} as JSON: {detail}")]
pub struct OutputEncodingError {
    /// The message's full name.
    pub message: &'static str,
    /// What went wrong.
    pub detail: String,
}

/// The encoding of one output topic: its format and, for protobuf, the
/// schema-registry id to frame values with.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OutputEncoding {
    /// Protobuf or JSON.
    pub format: OutputFormat,
    /// The registry id of the topic's value schema; protobuf values are
    /// framed with it (magic byte, id, message index `[0]`). Ignored for
    /// JSON, whose registry serializers need a JSON Schema.
    pub schema_id: Option<u32>,
}

impl OutputEncoding {
    /// The value to write for `protobuf`, an encoded `message`.
    ///
    /// # Errors
    /// [`OutputEncodingError`] when JSON is asked for and `protobuf` is not
    /// a valid `message`.
    pub fn encode<'a>(
        &self,
        message: OutputMessage,
        protobuf: &'a [u8],
    ) -> Result<Cow<'a, [u8]>, OutputEncodingError> {
        match (self.format, self.schema_id) {
            (OutputFormat::Protobuf, None) => Ok(Cow::Borrowed(protobuf)),
            (OutputFormat::Protobuf, Some(id)) => {
                Ok(Cow::Owned(frame_protobuf(id, FIRST_MESSAGE, protobuf)))
            }
            (OutputFormat::Json, _) => protobuf_to_json(message, protobuf).map(Cow::Owned),
        }
    }
}

/// The descriptors of the output messages, from the compiled schema.
static DESCRIPTORS: LazyLock<Option<[MessageDescriptor; 3]>> = LazyLock::new(|| {
    let pool = DescriptorPool::decode(crate::FILE_DESCRIPTOR_SET).ok()?;
    let get = |m: OutputMessage| pool.get_message_by_name(m.full_name());
    Some([
        get(OutputMessage::Event)?,
        get(OutputMessage::Trigger)?,
        get(OutputMessage::Suppression)?,
    ])
});

/// Prints an encoded `message` as proto3 JSON (see the module docs).
///
/// # Errors
/// [`OutputEncodingError`] when `protobuf` is not a valid `message`.
pub fn protobuf_to_json(
    message: OutputMessage,
    protobuf: &[u8],
) -> Result<Vec<u8>, OutputEncodingError> {
    let failed = |detail: String| OutputEncodingError {
        message: message.full_name(),
        detail,
    };
    let descriptors = DESCRIPTORS
        .as_ref()
        .ok_or_else(|| failed("the compiled schema lacks an output message".into()))?;
    let descriptor = match message {
        OutputMessage::Event => &descriptors[0],
        OutputMessage::Trigger => &descriptors[1],
        OutputMessage::Suppression => &descriptors[2],
    };
    let decoded =
        DynamicMessage::decode(descriptor.clone(), protobuf).map_err(|e| failed(e.to_string()))?;
    let mut out = Vec::with_capacity(protobuf.len() * 2);
    let mut json = serde_json::Serializer::new(&mut out);
    // The defaults of protobuf's own printers (SerializeOptions' too,
    // spelled out so that a change of prost-reflect's defaults cannot
    // change the topic).
    let options = SerializeOptions::new()
        .use_proto_field_name(false)
        .stringify_64_bit_integers(true)
        .use_enum_numbers(false)
        .skip_default_fields(true);
    decoded
        .serialize_with_options(&mut json, &options)
        .map_err(|e| failed(e.to_string()))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto;
    use prost::Message as _;

    fn json(message: OutputMessage, bytes: &[u8]) -> serde_json::Value {
        let out = OutputEncoding {
            format: OutputFormat::Json,
            schema_id: Some(9),
        }
        .encode(message, bytes)
        .unwrap();
        serde_json::from_slice(&out).unwrap()
    }

    #[test]
    fn protobuf_outputs_are_bare_without_a_schema_id_and_framed_with_one() {
        let value = b"\x0a\x01x";
        let bare = OutputEncoding::default();
        assert_eq!(
            bare.encode(OutputMessage::Event, value).unwrap(),
            &value[..]
        );
        let framed = OutputEncoding {
            format: OutputFormat::Protobuf,
            schema_id: Some(7),
        };
        assert_eq!(
            framed.encode(OutputMessage::Event, value).unwrap(),
            &b"\x00\x00\x00\x00\x07\x00\x0a\x01x"[..]
        );
    }

    #[test]
    fn json_events_follow_the_proto3_mapping_of_protobufs_own_printers() {
        let event = proto::GeofenceEvent {
            event_id: "0".repeat(32),
            kind: proto::EventKind::Exit as i32,
            exit_reason: proto::ExitReason::Timeout as i32,
            user_id: "u1".into(),
            fence_id: "f1".into(),
            store_id: "s1".into(),
            visit_id: "1".repeat(32),
            visit_start_ms: 1_714_035_600_000,
            event_time_ms: 1_714_035_660_000,
            processing_time_ms: 1_714_035_660_001,
            accuracy_m: Some(0.0),
            distance_to_edge_m: None,
            duration_ms: Some(60_000),
            h3_cell: "871f1d489ffffff".into(),
        };
        assert_eq!(
            json(OutputMessage::Event, &event.encode_to_vec()),
            serde_json::json!({
                "eventId": "0".repeat(32),
                "kind": "EVENT_KIND_EXIT",
                "exitReason": "EXIT_REASON_TIMEOUT",
                "userId": "u1",
                "fenceId": "f1",
                "storeId": "s1",
                "visitId": "1".repeat(32),
                "visitStartMs": "1714035600000",
                "eventTimeMs": "1714035660000",
                "processingTimeMs": "1714035660001",
                // optional and set: written although it is zero.
                "accuracyM": 0.0,
                "durationMs": "60000",
                "h3Cell": "871f1d489ffffff",
            })
        );
    }

    #[test]
    fn json_leaves_out_fields_at_their_default_value() {
        let trigger = proto::OfferTrigger {
            trigger_id: "a".repeat(32),
            user_id: "u1".into(),
            consent_version: 0,
            ..proto::OfferTrigger::default()
        };
        assert_eq!(
            json(OutputMessage::Trigger, &trigger.encode_to_vec()),
            serde_json::json!({"triggerId": "a".repeat(32), "userId": "u1"})
        );
        let suppression = proto::Suppression {
            user_id: "u1".into(),
            campaign_id: Some("c1".into()),
            reason: proto::SuppressionReason::QuietHours as i32,
            ..proto::Suppression::default()
        };
        assert_eq!(
            json(OutputMessage::Suppression, &suppression.encode_to_vec()),
            serde_json::json!({"userId": "u1", "campaignId": "c1", "reason": "SUPPRESSION_REASON_QUIET_HOURS"})
        );
    }

    #[test]
    fn a_value_that_is_not_the_message_is_an_error_not_a_panic() {
        let e = protobuf_to_json(OutputMessage::Event, b"\xff\xff\xff").unwrap_err();
        assert_eq!(e.message, "perimeter.v1.GeofenceEvent");
    }
}
