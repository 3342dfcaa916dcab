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
            let bytes = if let Some(payload) = registry::first_message_payload(bytes) {
                payload
            } else if registry::is_framed(bytes) {
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

/// Reads one JSON object by the proto3 JSON mapping: field names as in
/// the proto or in lowerCamelCase, int64 as a JSON number (integral) or a
/// decimal string, doubles as numbers or strings (`"NaN"`, `"Infinity"`
/// too), `null` as unset, unknown members ignored; a member given twice
/// is an error for the `optional` fields (one-field oneofs) and keeps the
/// last value for `user_id`.
///
/// A serde visitor written for `Ping` alone: it accepts exactly what the
/// generic reader of the schema ([`decode_ping_json_reference`],
/// prost-reflect) accepts, with the same values (a property test checks
/// it), without building a dynamic message.
fn ping_from_json(bytes: &[u8]) -> Result<proto::Ping, String> {
    use serde::Deserializer as _;
    let mut json = serde_json::Deserializer::from_slice(bytes);
    let ping = json
        .deserialize_map(json_ping::PingVisitor)
        .map_err(|e| e.to_string())?;
    json.end().map_err(|e| e.to_string())?;
    Ok(ping)
}

/// The generic proto3 JSON reader of `perimeter.v1.Ping` (prost-reflect,
/// from the compiled schema), which the fast reader must agree with: for
/// its tests and the `ping_decode` benchmark, not for production use.
///
/// # Errors
/// The reader's message when `bytes` is not a `Ping` in proto3 JSON.
#[doc(hidden)]
pub fn decode_ping_json_reference(bytes: &[u8]) -> Result<proto::Ping, String> {
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

/// The serde side of [`ping_from_json`].
mod json_ping {
    use std::fmt;

    use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};

    use crate::proto;

    /// A member name of `perimeter.v1.Ping`, by its proto or JSON name.
    enum Field {
        UserId,
        Lat,
        Lon,
        AccuracyM,
        TimestampMs,
        Unknown,
    }

    impl<'de> de::Deserialize<'de> for Field {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_str(FieldVisitor)
        }
    }

    struct FieldVisitor;

    impl Visitor<'_> for FieldVisitor {
        type Value = Field;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a member name")
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<Field, E> {
            Ok(match v {
                "userId" | "user_id" => Field::UserId,
                "lat" => Field::Lat,
                "lon" => Field::Lon,
                "accuracyM" | "accuracy_m" => Field::AccuracyM,
                "timestampMs" | "timestamp_ms" => Field::TimestampMs,
                _ => Field::Unknown,
            })
        }
    }

    /// A value, or `None` for `null` (unset: the field keeps what it had).
    struct Nullable<V>(V);

    impl<'de, V: Visitor<'de> + Copy> DeserializeSeed<'de> for Nullable<V> {
        type Value = Option<V::Value>;

        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_option(self)
        }
    }

    impl<'de, V: Visitor<'de> + Copy> Visitor<'de> for Nullable<V> {
        type Value = Option<V::Value>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            self.0.expecting(f)
        }

        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_any(self.0).map(Some)
        }
    }

    #[derive(Clone, Copy)]
    struct StringVisitor;

    impl Visitor<'_> for StringVisitor {
        type Value = String;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
            Ok(v.to_owned())
        }
    }

    /// A double: a number, or a string holding one (`"NaN"`,
    /// `"Infinity"`, `"-Infinity"` included).
    #[derive(Clone, Copy)]
    struct DoubleVisitor;

    impl Visitor<'_> for DoubleVisitor {
        type Value = f64;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a 64-bit floating point value")
        }

        fn visit_f64<E: de::Error>(self, v: f64) -> Result<f64, E> {
            Ok(v)
        }

        #[allow(
            clippy::cast_precision_loss,
            reason = "the proto3 JSON mapping reads an integer into a double as the nearest double"
        )]
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<f64, E> {
            Ok(v as f64)
        }

        #[allow(
            clippy::cast_precision_loss,
            reason = "the proto3 JSON mapping reads an integer into a double as the nearest double"
        )]
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<f64, E> {
            Ok(v as f64)
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<f64, E> {
            match v.parse::<f64>() {
                Ok(value) => Ok(value),
                Err(_) if v == "Infinity" => Ok(f64::INFINITY),
                Err(_) if v == "-Infinity" => Ok(f64::NEG_INFINITY),
                Err(_) if v == "NaN" => Ok(f64::NAN),
                Err(e) => Err(E::custom(e)),
            }
        }
    }

    /// An int64: an integral number (exponent notation too) or a decimal
    /// string.
    #[derive(Clone, Copy)]
    struct Int64Visitor;

    impl Visitor<'_> for Int64Visitor {
        type Value = i64;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a 64-bit signed integer or decimal string")
        }

        fn visit_i64<E: de::Error>(self, v: i64) -> Result<i64, E> {
            Ok(v)
        }

        fn visit_u64<E: de::Error>(self, v: u64) -> Result<i64, E> {
            i64::try_from(v).map_err(E::custom)
        }

        #[allow(
            clippy::cast_precision_loss,
            clippy::cast_possible_truncation,
            reason = "checked: integral and within the range of i64"
        )]
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<i64, E> {
            if v.fract() != 0.0 {
                return Err(E::custom("expected integer value"));
            }
            if v < (i64::MIN as f64) || v > (i64::MAX as f64) {
                return Err(E::custom("float value out of range"));
            }
            Ok(v as i64)
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<i64, E> {
            v.parse().map_err(E::custom)
        }
    }

    /// Sets an `optional` field, which may be given once: proto3 makes it
    /// a one-field oneof, and a oneof given twice is an error (`null`
    /// sets nothing, so it does not count).
    fn set_once<T, E: de::Error>(field: &mut Option<T>, value: T, name: &str) -> Result<(), E> {
        if field.is_some() {
            return Err(E::custom(format!(
                "multiple fields provided for oneof '_{name}'"
            )));
        }
        *field = Some(value);
        Ok(())
    }

    pub(super) struct PingVisitor;

    impl<'de> Visitor<'de> for PingVisitor {
        type Value = proto::Ping;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a perimeter.v1.Ping JSON object")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<proto::Ping, A::Error> {
            let mut ping = proto::Ping::default();
            while let Some(field) = map.next_key::<Field>()? {
                match field {
                    Field::UserId => {
                        if let Some(v) = map.next_value_seed(Nullable(StringVisitor))? {
                            ping.user_id = v;
                        }
                    }
                    Field::Lat => {
                        if let Some(v) = map.next_value_seed(Nullable(DoubleVisitor))? {
                            set_once(&mut ping.lat, v, "lat")?;
                        }
                    }
                    Field::Lon => {
                        if let Some(v) = map.next_value_seed(Nullable(DoubleVisitor))? {
                            set_once(&mut ping.lon, v, "lon")?;
                        }
                    }
                    Field::AccuracyM => {
                        if let Some(v) = map.next_value_seed(Nullable(DoubleVisitor))? {
                            set_once(&mut ping.accuracy_m, v, "accuracy_m")?;
                        }
                    }
                    Field::TimestampMs => {
                        if let Some(v) = map.next_value_seed(Nullable(Int64Visitor))? {
                            set_once(&mut ping.timestamp_ms, v, "timestamp_ms")?;
                        }
                    }
                    Field::Unknown => {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
            }
            Ok(ping)
        }
    }
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

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// A ping's fields compared bit for bit (NaN equals NaN).
    fn bits(p: &proto::Ping) -> (String, [Option<u64>; 3], Option<i64>) {
        (
            p.user_id.clone(),
            [p.lat, p.lon, p.accuracy_m].map(|v| v.map(f64::to_bits)),
            p.timestamp_ms,
        )
    }

    /// JSON member names: each field's two names, unknown ones, and
    /// names that only look like a field's.
    fn name() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "user_id",
            "userId",
            "lat",
            "lon",
            "accuracy_m",
            "accuracyM",
            "timestamp_ms",
            "timestampMs",
            "speedMps",
            "UserId",
            "user\\u005fid",
            "timestampms",
            "",
        ])
    }

    /// JSON values of every kind a producer might write, valid or not.
    fn value() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("null".to_owned()),
            Just("true".to_owned()),
            Just("[]".to_owned()),
            Just("{\"a\":[1,{}]}".to_owned()),
            "[a-z0-9 \\-]{0,12}".prop_map(|s| format!("\"{s}\"")),
            any::<i64>().prop_map(|v| v.to_string()),
            any::<u64>().prop_map(|v| v.to_string()),
            any::<i64>().prop_map(|v| format!("\"{v}\"")),
            (-1e6f64..1e6).prop_map(|v| v.to_string()),
            (-1e6f64..1e6).prop_map(|v| format!("\"{v}\"")),
            (0i64..4_000_000_000_000).prop_map(|v| format!("{v}.0")),
            (1i64..4_000, 0u32..12).prop_map(|(m, e)| format!("{m}e{e}")),
            (1i64..4_000, 0u32..12).prop_map(|(m, e)| format!("\"{m}e{e}\"")),
            prop::sample::select(vec![
                "\"NaN\"",
                "\"Infinity\"",
                "\"-Infinity\"",
                "\"inf\"",
                "\"+5\"",
                "\" 5\"",
                "\"0x10\"",
                "1.5",
                "-0",
                "1e400",
                "9223372036854775808",
                "-9223372036854775809",
                "\"9223372036854775808\"",
                "9.3e18",
            ])
            .prop_map(str::to_owned),
        ]
    }

    fn document() -> impl Strategy<Value = String> {
        prop_oneof![
            9 => prop::collection::vec((name(), value()), 0..8).prop_map(|members| {
                let body: Vec<String> =
                    members.iter().map(|(n, v)| format!("\"{n}\": {v}")).collect();
                format!("{{{}}}", body.join(", "))
            }),
            1 => prop::sample::select(vec!["", "[]", "null", "{", "{}}", "{} x", "\"{}\"", " {} "])
                .prop_map(str::to_owned),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 4096, ..ProptestConfig::default() })]

        #[test]
        fn the_fast_json_reader_accepts_exactly_what_the_generic_proto3_reader_accepts_with_the_same_values(
            doc in document()
        ) {
            let fast = ping_from_json(doc.as_bytes());
            let reference = decode_ping_json_reference(doc.as_bytes());
            match (&fast, &reference) {
                (Ok(f), Ok(r)) => prop_assert_eq!(bits(f), bits(r), "{}", doc),
                (Err(_), Err(_)) => {}
                _ => prop_assert!(false, "{doc}: fast {fast:?}, reference {reference:?}"),
            }
        }
    }

    #[test]
    fn protobufs_own_printer_output_reads_as_the_ping_it_printed() {
        let json = br#"{"userId": "u1", "lat": 48.8584, "lon": 2.2945, "accuracyM": 12.5, "timestampMs": "1714035600000"}"#;
        let p = ping_from_json(json).unwrap();
        assert_eq!(
            bits(&p),
            bits(&proto::Ping {
                user_id: "u1".into(),
                lat: Some(48.8584),
                lon: Some(2.2945),
                accuracy_m: Some(12.5),
                timestamp_ms: Some(1_714_035_600_000),
            })
        );
    }
}
