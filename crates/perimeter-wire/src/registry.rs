//! The schema-registry wire format (Confluent's, also spoken by Karapace,
//! Apicurio's Confluent-compatible API and Redpanda): what registry-aware
//! serializers put in front of a value, so that a reader can find its
//! schema.
//!
//! ```text
//! byte 0      magic byte 0
//! bytes 1-4   the schema id, 32-bit big-endian
//! protobuf:   the message indexes: a zig-zag varint count n, then n zig-zag
//!             varints, the path of the message in its .proto file (the
//!             first top-level message is [0]); [0] alone is written as
//!             the single byte 0 (count 0)
//! then        the value: protobuf, or JSON for the JSON Schema serializers
//! ```
//!
//! A protobuf message never starts with byte 0 (a field number 0 is
//! invalid), nor does JSON, so a reader can tell framed values from bare
//! ones by their first byte.

/// The first byte of a framed value.
pub const MAGIC_BYTE: u8 = 0;

/// The message-index path of every message Perimeter reads or writes:
/// each is the first (and only) top-level message of its `.proto` file
/// (a test checks it against [`crate::FILE_DESCRIPTOR_SET`]).
pub const FIRST_MESSAGE: &[i32] = &[0];

/// Why a value is not a well-formed framed value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FramingError {
    /// Shorter than the 5-byte header, or the message indexes run past
    /// the end.
    #[error("registry-framed value truncated: {0}")]
    Truncated(&'static str),
    /// The first byte is not [`MAGIC_BYTE`].
    #[error("not registry-framed: first byte {0:#04x}, expected 0x00")]
    NoMagicByte(u8),
    /// The message-index count or an index is negative or too large.
    #[error("registry-framed value with invalid message indexes: {0}")]
    BadIndexes(String),
}

/// A framed value, split.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Framed<'a> {
    /// The schema id the writer named.
    pub schema_id: u32,
    /// The message-index path (protobuf only; empty for JSON).
    pub message_indexes: Vec<i32>,
    /// The value after the header.
    pub payload: &'a [u8],
}

/// Whether `bytes` starts like a framed value (its first byte is 0).
#[must_use]
pub fn is_framed(bytes: &[u8]) -> bool {
    bytes.first() == Some(&MAGIC_BYTE)
}

/// Splits a framed protobuf value: schema id, message indexes, payload.
///
/// # Errors
/// [`FramingError`] when the header is missing, truncated or has invalid
/// indexes.
pub fn unframe_protobuf(bytes: &[u8]) -> Result<Framed<'_>, FramingError> {
    let (schema_id, mut rest) = header(bytes)?;
    let count = read_zigzag(&mut rest)?;
    let message_indexes = if count == 0 {
        FIRST_MESSAGE.to_vec()
    } else {
        let n = usize::try_from(count)
            .ok()
            .filter(|&n| n <= rest.len())
            .ok_or_else(|| FramingError::BadIndexes(format!("count {count}")))?;
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            let i = read_zigzag(&mut rest)?;
            if i < 0 {
                return Err(FramingError::BadIndexes(format!("index {i}")));
            }
            v.push(i);
        }
        v
    };
    Ok(Framed {
        schema_id,
        message_indexes,
        payload: rest,
    })
}

/// The payload of a framed protobuf value whose message index is `[0]`
/// written as the single byte 0, as every serializer writes it, without
/// collecting the indexes; `None` for any other value (read those with
/// [`unframe_protobuf`]). The fast path of a hot topic's reader.
#[must_use]
pub fn first_message_payload(bytes: &[u8]) -> Option<&[u8]> {
    match bytes {
        [MAGIC_BYTE, _, _, _, _, 0, payload @ ..] => Some(payload),
        _ => None,
    }
}

/// Splits a framed JSON value (the JSON Schema serializers write no
/// message indexes).
///
/// # Errors
/// [`FramingError`] when the header is missing or truncated.
pub fn unframe_json(bytes: &[u8]) -> Result<Framed<'_>, FramingError> {
    let (schema_id, payload) = header(bytes)?;
    Ok(Framed {
        schema_id,
        message_indexes: Vec::new(),
        payload,
    })
}

/// The header of a protobuf value of message `message_indexes` written
/// with schema `schema_id`: append the encoded message to it.
#[must_use]
pub fn protobuf_header(schema_id: u32, message_indexes: &[i32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(8);
    out.push(MAGIC_BYTE);
    out.extend_from_slice(&schema_id.to_be_bytes());
    if message_indexes == FIRST_MESSAGE {
        out.push(0);
    } else {
        write_zigzag(
            &mut out,
            i32::try_from(message_indexes.len()).unwrap_or(i32::MAX),
        );
        for &i in message_indexes {
            write_zigzag(&mut out, i);
        }
    }
    out
}

/// `payload` framed as a protobuf value of message `message_indexes`
/// written with schema `schema_id`.
#[must_use]
pub fn frame_protobuf(schema_id: u32, message_indexes: &[i32], payload: &[u8]) -> Vec<u8> {
    let mut out = protobuf_header(schema_id, message_indexes);
    out.extend_from_slice(payload);
    out
}

fn header(bytes: &[u8]) -> Result<(u32, &[u8]), FramingError> {
    let (&magic, rest) = bytes
        .split_first()
        .ok_or(FramingError::Truncated("empty value"))?;
    if magic != MAGIC_BYTE {
        return Err(FramingError::NoMagicByte(magic));
    }
    let (id, rest) = rest
        .split_first_chunk::<4>()
        .ok_or(FramingError::Truncated("no 4-byte schema id"))?;
    Ok((u32::from_be_bytes(*id), rest))
}

/// Reads one zig-zag varint of at most 32 bits, as Kafka's
/// `ByteUtils.readVarint`.
fn read_zigzag(rest: &mut &[u8]) -> Result<i32, FramingError> {
    let mut value: u32 = 0;
    for shift in (0..35).step_by(7) {
        let (&b, tail) = rest
            .split_first()
            .ok_or(FramingError::Truncated("message indexes"))?;
        *rest = tail;
        if shift == 28 && b > 0x0f {
            return Err(FramingError::BadIndexes("varint over 32 bits".into()));
        }
        value |= u32::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            let magnitude = i32::try_from(value >> 1).unwrap_or(i32::MAX);
            return Ok(if value & 1 == 0 {
                magnitude
            } else {
                -magnitude - 1
            });
        }
    }
    Err(FramingError::BadIndexes("varint over 32 bits".into()))
}

fn write_zigzag(out: &mut Vec<u8>, v: i32) {
    let mut n = u32::from_ne_bytes(((v << 1) ^ (v >> 31)).to_ne_bytes());
    while n >= 0x80 {
        out.push(u8::try_from(n & 0x7f).unwrap_or(0) | 0x80);
        n >>= 7;
    }
    out.push(u8::try_from(n).unwrap_or(0));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_message_is_written_as_a_single_zero_byte() {
        assert_eq!(
            frame_protobuf(0x0102_0304, &[0], b"\x0a\x01x"),
            b"\x00\x01\x02\x03\x04\x00\x0a\x01x"
        );
    }

    #[test]
    fn other_message_paths_are_a_zigzag_count_then_zigzag_indexes() {
        // [1, 0]: count 2 -> 4, 1 -> 2, 0 -> 0 (Confluent's MessageIndexes).
        let framed = frame_protobuf(7, &[1, 0], b"p");
        assert_eq!(framed, b"\x00\x00\x00\x00\x07\x04\x02\x00p");
        let f = unframe_protobuf(&framed).unwrap();
        assert_eq!(
            (f.schema_id, f.message_indexes, f.payload),
            (7, vec![1, 0], &b"p"[..])
        );
        let deep: Vec<i32> = (0..70).collect();
        let f = frame_protobuf(u32::MAX, &deep, b"");
        assert_eq!(unframe_protobuf(&f).unwrap().message_indexes, deep);
    }

    #[test]
    fn a_single_zero_count_reads_as_the_first_message() {
        let f = unframe_protobuf(b"\x00\x00\x00\x00\x2a\x00rest").unwrap();
        assert_eq!(f.schema_id, 42);
        assert_eq!(f.message_indexes, [0]);
        assert_eq!(f.payload, b"rest");
    }

    #[test]
    fn the_fast_path_reads_the_short_form_of_index_zero_and_leaves_the_rest_to_unframe() {
        let framed = frame_protobuf(9, FIRST_MESSAGE, b"\x0a\x01x");
        assert_eq!(first_message_payload(&framed), Some(&b"\x0a\x01x"[..]));
        assert_eq!(
            first_message_payload(&framed),
            Some(unframe_protobuf(&framed).unwrap().payload)
        );
        // The long form of [0], another message, a bare value, too short.
        for other in [
            &b"\x00\x00\x00\x00\x09\x02\x00p"[..],
            &frame_protobuf(9, &[1], b"p"),
            b"\x0a\x01x",
            b"\x00\x00\x00\x00\x09",
        ] {
            assert_eq!(first_message_payload(other), None, "{other:?}");
        }
    }

    #[test]
    fn malformed_headers_are_errors_not_panics() {
        for bad in [
            &b""[..],
            b"\x00",
            b"\x00\x00\x00\x01",
            b"\x00\x00\x00\x00\x01",
            b"\x00\x00\x00\x00\x01\x03",
            b"\x00\x00\x00\x00\x01\x04\x02",
            b"\x00\x00\x00\x00\x01\xff\xff\xff\xff\xff\xff",
            b"\x00\x00\x00\x00\x01\x02\x01",
            b"\x01\x00\x00\x00\x01\x00",
        ] {
            assert!(unframe_protobuf(bad).is_err(), "{bad:?}");
        }
        assert!(unframe_json(b"\x00\x00\x00").is_err());
        assert_eq!(
            unframe_json(b"\x00\x00\x00\x00\x09{}").unwrap().payload,
            b"{}"
        );
    }
}
