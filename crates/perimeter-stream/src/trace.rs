//! The W3C trace context of a ping, for the log lines that concern that
//! one ping (a dead letter): the trace id of its `traceparent` header.

use std::fmt;

/// The header that carries the W3C trace context.
pub const TRACEPARENT_HEADER: &str = "traceparent";

/// A W3C trace id: 16 bytes, written as 32 lowercase hex digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TraceId([u8; 32]);

impl TraceId {
    /// The trace id of a `traceparent` value
    /// (`<version>-<trace id>-<parent id>-<flags>`, W3C Trace Context),
    /// or `None` when it is not one: not four fields of 2, 32, 16 and 2
    /// hex digits, version `ff`, or an all-zero trace id. A later version
    /// may append fields; its first four are read the same way.
    #[must_use]
    pub fn from_traceparent(value: &[u8]) -> Option<Self> {
        let mut fields = value.split(|&b| b == b'-');
        let version = fields.next()?;
        let trace = fields.next()?;
        let parent = fields.next()?;
        let flags = fields.next()?;
        let hex = |f: &[u8], n: usize| {
            f.len() == n
                && f.iter()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b))
        };
        if !(hex(version, 2) && hex(trace, 32) && hex(parent, 16) && hex(flags, 2)) {
            return None;
        }
        if version == b"ff" || (version == b"00" && fields.next().is_some()) {
            return None;
        }
        if trace.iter().all(|&b| b == b'0') {
            return None;
        }
        let mut id = [0; 32];
        id.copy_from_slice(trace);
        Some(Self(id))
    }
}

impl fmt::Display for TraceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Only ASCII hex digits are ever stored.
        f.write_str(std::str::from_utf8(&self.0).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_trace_id_of_a_w3c_traceparent_is_read_and_malformed_ones_are_ignored() {
        let id =
            TraceId::from_traceparent(b"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .unwrap();
        assert_eq!(id.to_string(), "4bf92f3577b34da6a3ce929d0e0e4736");
        // A later version may carry more fields.
        assert!(
            TraceId::from_traceparent(b"01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-x")
                .is_some()
        );
        for bad in [
            &b""[..],
            b"garbage",
            b"00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
            b"00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            b"ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            b"00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01",
            b"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
            b"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7",
        ] {
            assert_eq!(TraceId::from_traceparent(bad), None, "{bad:?}");
        }
    }
}
