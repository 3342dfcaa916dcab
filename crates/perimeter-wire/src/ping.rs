//! Pings: the hot input topic, as protobuf or JSON.

use std::fmt;
use std::time::Duration;

use perimeter_model::{Accuracy, Ping, Position, Timestamp, UserId};
use prost::Message;

use crate::error::{PingError, PingField};
use crate::fields::{key_text, truncate};
use std::sync::LazyLock;

use prost_reflect::{DescriptorPool, DeserializeOptions, DynamicMessage, MessageDescriptor};

use crate::{proto, registry};

/// Largest ping value accepted, in bytes, checked before decoding. A real
/// ping is under 200 bytes; anything near this is garbage or abuse.
pub const MAX_PING_BYTES: usize = 64 * 1024;

/// Default tolerance for device clocks running ahead of processing time.
pub const DEFAULT_MAX_FUTURE: Duration = Duration::from_secs(10 * 60);

/// How a pings topic encodes its values.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PingFormat {
    /// `perimeter.v1.Ping` in protobuf binary encoding.
    #[default]
    Protobuf,
    /// One `perimeter.v1.Ping` JSON object by the proto3 JSON mapping:
    /// names as in the proto or in lowerCamelCase, `timestamp_ms` a JSON
    /// integer or a string holding one, every field required (`null`
    /// counts as missing), unknown members ignored:
    ///
    /// ```json
    /// {"user_id":"u1","lat":48.8584,"lon":2.2945,"accuracy_m":12.5,"timestamp_ms":1714035600000}
    /// {"userId":"u1","lat":48.8584,"lon":2.2945,"accuracyM":12.5,"timestampMs":"1714035600000"}
    /// ```
    Json,
}

impl PingFormat {
    /// `protobuf` or `json`, as in configuration files.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Protobuf => "protobuf",
            Self::Json => "json",
        }
    }
}

impl fmt::Display for PingFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Everything [`PingReader::read`] checks, in order: value present and within
/// [`MAX_PING_BYTES`], key present, value decodes in `format` with valid
/// fields, key equals `user_id`, timestamp at most `max_future` ahead of now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PingReader {
    /// How the topic encodes pings.
    pub format: PingFormat,
    /// How far a device timestamp may be ahead of processing time.
    pub max_future: Duration,
}

impl Default for PingReader {
    fn default() -> Self {
        Self {
            format: PingFormat::Protobuf,
            max_future: DEFAULT_MAX_FUTURE,
        }
    }
}

impl PingReader {
    /// Decodes and validates one record of the pings topic. `now` is the
    /// processing time. A null `value` is undecodable.
    ///
    /// # Errors
    /// The first problem found, as a [`PingError`] whose
    /// [`reason`](PingError::reason) is the DLQ code.
    pub fn read(
        &self,
        key: Option<&[u8]>,
        value: Option<&[u8]>,
        now: Timestamp,
    ) -> Result<Ping, PingError> {
        let Some(value) = value else {
            return Err(PingError::Undecodable {
                format: self.format,
                detail: "the record has no value".into(),
            });
        };
        check_size(value)?;
        if key.is_none_or(<[u8]>::is_empty) {
            return Err(PingError::MissingKey);
        }
        let ping = decode_ping_with(self.format, value)?;
        check_ping_key(key, &ping)?;
        validate_ping(&ping, now, self.max_future)?;
        Ok(ping)
    }
}

fn check_size(bytes: &[u8]) -> Result<(), PingError> {
    if bytes.len() > MAX_PING_BYTES {
        Err(PingError::Oversized {
            size: bytes.len(),
            limit: MAX_PING_BYTES,
        })
    } else {
        Ok(())
    }
}

/// Decodes a protobuf ping and validates its fields (no key or clock checks:
/// see [`PingReader`]).
///
/// # Errors
/// [`PingError::Oversized`], [`PingError::Undecodable`] or
/// [`PingError::InvalidField`].
pub fn decode_ping(bytes: &[u8]) -> Result<Ping, PingError> {
    decode_ping_with(PingFormat::Protobuf, bytes)
}

/// Decodes a ping in `format` and validates its fields (no key or clock
/// checks: see [`PingReader`]).
///
/// # Errors
/// [`PingError::Oversized`], [`PingError::Undecodable`] or
/// [`PingError::InvalidField`].
pub fn decode_ping_with(format: PingFormat, bytes: &[u8]) -> Result<Ping, PingError> {
    check_size(bytes)?;
    let undecodable = |detail: String| PingError::Undecodable { format, detail };
    // Values written by a schema-registry serializer start with byte 0,
    // which neither protobuf nor JSON ever does: read them through their
    // header, whatever schema id it names (the registry checked it).
    let raw = match format {
        PingFormat::Protobuf => {
            let bytes = if registry::is_framed(bytes) {
                let framed =
                    registry::unframe_protobuf(bytes).map_err(|e| undecodable(e.to_string()))?;
                if framed.message_indexes != registry::FIRST_MESSAGE {
                    return Err(undecodable(format!(
                        "registry message indexes {:?} do not name perimeter.v1.Ping ([0])",
                        framed.message_indexes
                    )));
                }
                framed.payload
            } else {
                bytes
            };
            proto::Ping::decode(bytes).map_err(|e| undecodable(e.to_string()))?
        }
        PingFormat::Json => {
            let bytes = if registry::is_framed(bytes) {
                registry::unframe_json(bytes)
                    .map_err(|e| undecodable(e.to_string()))?
                    .payload
            } else {
                bytes
            };
            ping_from_json(bytes).map_err(undecodable)?
        }
    };
    validate_fields(&raw)
}

/// `perimeter.v1.Ping`'s descriptor, from the compiled schema.
static PING_DESCRIPTOR: LazyLock<Option<MessageDescriptor>> = LazyLock::new(|| {
    DescriptorPool::decode(crate::FILE_DESCRIPTOR_SET)
        .ok()?
        .get_message_by_name("perimeter.v1.Ping")
});

/// Reads one JSON object by the proto3 JSON mapping (prost-reflect):
/// field names as in the proto or in lowerCamelCase, int64 as a JSON
/// number or string, doubles as numbers or strings, `null` as unset,
/// unknown members ignored.
fn ping_from_json(bytes: &[u8]) -> Result<proto::Ping, String> {
    let descriptor = PING_DESCRIPTOR
        .as_ref()
        .ok_or("the compiled schema has no perimeter.v1.Ping")?;
    let mut json = serde_json::Deserializer::from_slice(bytes);
    let options = DeserializeOptions::new().deny_unknown_fields(false);
    let message = DynamicMessage::deserialize_with_options(descriptor.clone(), &mut json, &options)
        .map_err(|e| e.to_string())?;
    json.end().map_err(|e| e.to_string())?;
    message
        .transcode_to::<proto::Ping>()
        .map_err(|e| e.to_string())
}

fn invalid(field: PingField, reason: String) -> PingError {
    PingError::InvalidField { field, reason }
}

fn missing(field: PingField) -> PingError {
    invalid(field, "is missing (required)".into())
}

fn degrees(field: PingField, value: Option<f64>, limit: f64) -> Result<f64, PingError> {
    match value {
        None => Err(missing(field)),
        Some(v) if !v.is_finite() => Err(invalid(field, format!("{v} is not a finite number"))),
        Some(v) if !(-limit..=limit).contains(&v) => Err(invalid(
            field,
            format!("{v} is not within -{limit} and {limit} degrees"),
        )),
        Some(v) => Ok(v),
    }
}

/// The fields of a decoded ping (either format), validated.
fn validate_fields(p: &proto::Ping) -> Result<Ping, PingError> {
    let user_id = match p.user_id.as_str() {
        "" => return Err(missing(PingField::UserId)),
        s => UserId::new(s)
            .map_err(|e| invalid(PingField::UserId, format!("{:?} {}", e.value, e.reason)))?,
    };
    let lat = degrees(PingField::Lat, p.lat, 90.0)?;
    let lon = degrees(PingField::Lon, p.lon, 180.0)?;
    // Cannot fail after the checks above; mapped rather than unwrapped.
    let position =
        Position::new(lat, lon).map_err(|e| invalid(PingField::Lat, e.reason.to_string()))?;
    let accuracy = match p.accuracy_m {
        None => return Err(missing(PingField::AccuracyM)),
        Some(m) => Accuracy::new(m)
            .map_err(|e| invalid(PingField::AccuracyM, format!("{m} {}", e.reason)))?,
    };
    let timestamp = match p.timestamp_ms {
        None => return Err(missing(PingField::TimestampMs)),
        Some(ms) => Timestamp::from_millis(ms)
            .map_err(|e| invalid(PingField::TimestampMs, format!("{ms} is {}", e.reason)))?,
    };
    Ok(Ping {
        user_id,
        position,
        accuracy,
        timestamp,
    })
}

/// Checks that the record key is the ping's user id.
///
/// # Errors
/// [`PingError::MissingKey`] when the key is absent or empty,
/// [`PingError::KeyMismatch`] when it differs from `ping.user_id`.
pub fn check_ping_key(key: Option<&[u8]>, ping: &Ping) -> Result<(), PingError> {
    match key {
        None | Some([]) => Err(PingError::MissingKey),
        Some(k) if k == ping.user_id.as_str().as_bytes() => Ok(()),
        Some(k) => Err(PingError::KeyMismatch {
            key: key_text(k),
            user_id: truncate(ping.user_id.as_str()),
        }),
    }
}

/// Checks what a decoded ping cannot know by itself: that its device
/// timestamp is at most `max_future` ahead of `now` (processing time).
///
/// # Errors
/// [`PingError::TimestampInFuture`].
pub fn validate_ping(ping: &Ping, now: Timestamp, max_future: Duration) -> Result<(), PingError> {
    if ping.timestamp > now.saturating_add(max_future) {
        Err(PingError::TimestampInFuture {
            timestamp: ping.timestamp,
            now,
            max_future,
        })
    } else {
        Ok(())
    }
}

/// Encodes a ping as `perimeter.v1.Ping` (for producers, the demo and tests).
#[must_use]
pub fn encode_ping(ping: &Ping) -> Vec<u8> {
    proto::Ping {
        user_id: ping.user_id.as_str().to_owned(),
        lat: Some(ping.position.lat()),
        lon: Some(ping.position.lon()),
        accuracy_m: Some(ping.accuracy.metres()),
        timestamp_ms: Some(ping.timestamp.as_millis()),
    }
    .encode_to_vec()
}

#[derive(serde::Serialize)]
struct JsonPingOut<'a> {
    user_id: &'a str,
    lat: f64,
    lon: f64,
    accuracy_m: f64,
    timestamp_ms: i64,
}

/// Encodes a ping in the JSON shape of [`PingFormat::Json`].
#[must_use]
pub fn encode_ping_json(ping: &Ping) -> Vec<u8> {
    let out = JsonPingOut {
        user_id: ping.user_id.as_str(),
        lat: ping.position.lat(),
        lon: ping.position.lon(),
        accuracy_m: ping.accuracy.metres(),
        timestamp_ms: ping.timestamp.as_millis(),
    };
    // Serializing strings and finite numbers into a Vec cannot fail.
    serde_json::to_vec(&out).unwrap_or_default()
}
