//! Field conversions shared by the record codecs: ids, hex ids, timestamps,
//! keys and size limits.

use perimeter_model::{InvalidId, Timestamp};

use crate::error::RecordError;

/// An id as the wire carries it: 32 lower-case hexadecimal characters.
pub(crate) fn hex_id(v: u128) -> String {
    format!("{v:032x}")
}

/// Parses a 32-character hexadecimal id (either case).
pub(crate) fn parse_hex_id(field: &'static str, s: &str) -> Result<u128, RecordError> {
    let bad = || {
        invalid(
            field,
            format!("{:?} must be 32 hexadecimal characters", truncate(s)),
        )
    };
    // from_str_radix alone would accept a leading '+' and shorter strings.
    if s.len() != 32 || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(bad());
    }
    u128::from_str_radix(s, 16).map_err(|_| bad())
}

/// Builds a validated id, naming the field on failure.
pub(crate) fn id<T>(
    field: &'static str,
    s: &str,
    make: impl FnOnce(&str) -> Result<T, InvalidId>,
) -> Result<T, RecordError> {
    make(s).map_err(|e| invalid(field, format!("{:?} {}", e.value, e.reason)))
}

/// Validates milliseconds since the epoch, naming the field on failure.
pub(crate) fn timestamp(field: &'static str, millis: i64) -> Result<Timestamp, RecordError> {
    Timestamp::from_millis(millis).map_err(|e| invalid(field, format!("{millis} is {}", e.reason)))
}

pub(crate) fn invalid(field: &'static str, reason: String) -> RecordError {
    RecordError::InvalidField { field, reason }
}

/// Rejects values over `limit` before any decoding.
pub(crate) fn check_size(
    message: &'static str,
    bytes: &[u8],
    limit: usize,
) -> Result<(), RecordError> {
    if bytes.len() > limit {
        Err(RecordError::Oversized {
            message,
            size: bytes.len(),
            limit,
        })
    } else {
        Ok(())
    }
}

/// The record key, which must be present and non-empty.
pub(crate) fn require_key<'k>(
    key: Option<&'k [u8]>,
    field: &'static str,
) -> Result<&'k [u8], RecordError> {
    match key {
        Some(k) if !k.is_empty() => Ok(k),
        _ => Err(RecordError::MissingKey { field }),
    }
}

/// The key must equal the id inside the value, byte for byte.
pub(crate) fn match_key(key: &[u8], field: &'static str, value: &str) -> Result<(), RecordError> {
    if key == value.as_bytes() {
        Ok(())
    } else {
        Err(RecordError::KeyMismatch {
            key: key_text(key),
            field,
            value: truncate(value),
        })
    }
}

/// A key for error messages: lossy UTF-8, at most 64 characters.
pub(crate) fn key_text(key: &[u8]) -> String {
    truncate(&String::from_utf8_lossy(key))
}

/// At most 64 characters of `s`, for error messages.
pub(crate) fn truncate(s: &str) -> String {
    s.chars().take(64).collect()
}

/// Decodes a protobuf message, mapping failures to `Undecodable`.
pub(crate) fn decode_proto<M: prost::Message + Default>(
    message: &'static str,
    bytes: &[u8],
) -> Result<M, RecordError> {
    M::decode(bytes).map_err(|e| RecordError::Undecodable {
        message,
        detail: e.to_string(),
    })
}

/// A non-empty string, or `None` (proto3 cannot tell "unset" from "").
pub(crate) fn non_empty(s: String) -> Option<String> {
    if s.is_empty() { None } else { Some(s) }
}
