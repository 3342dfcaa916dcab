//! The presence-state changelog record: one user's presence state and caps
//! history, as Perimeter writes it to its own compacted topic.
//!
//! Layout (all integers big-endian):
//!
//! ```text
//! u8  format version (1)
//! u32 length of the presence snapshot, then its bytes (0 = no state)
//! u32 length of the caps-history snapshot, then its bytes (0 = no history)
//! ```
//!
//! Both snapshots carry their own version byte (see `perimeter-presence`
//! and `perimeter-offers`). A user with neither is written as a tombstone
//! (null value), never as an empty record.

/// The framing version this build writes and reads.
pub const STATE_RECORD_VERSION: u8 = 1;

/// One user's state as stored in the changelog. Empty slices mean "none".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StateRecord<'a> {
    /// The presence tracker's snapshot of the user, or empty.
    pub presence: &'a [u8],
    /// The caps history's snapshot of the user, or empty.
    pub caps: &'a [u8],
}

/// Why a changelog value could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StateRecordError {
    /// The first byte is not a version this build reads.
    #[error("state record version {0} is not supported (this build reads {STATE_RECORD_VERSION})")]
    Version(u8),
    /// The value ends early or has bytes after the last field.
    #[error("state record is truncated or has trailing bytes")]
    Malformed,
}

impl StateRecord<'_> {
    /// Whether there is nothing to store (write a tombstone instead).
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.presence.is_empty() && self.caps.is_empty()
    }
}

/// Encodes a record.
#[must_use]
pub fn encode_state(record: &StateRecord<'_>) -> Vec<u8> {
    let mut out = Vec::with_capacity(9 + record.presence.len() + record.caps.len());
    out.push(STATE_RECORD_VERSION);
    for part in [record.presence, record.caps] {
        // Snapshots of one user are far below 4 GiB.
        let len = u32::try_from(part.len()).unwrap_or(u32::MAX);
        out.extend_from_slice(&len.to_be_bytes());
        out.extend_from_slice(part);
    }
    out
}

/// Decodes a record, borrowing from `bytes`.
///
/// # Errors
/// [`StateRecordError`] for an unknown version or a malformed value.
pub fn decode_state(bytes: &[u8]) -> Result<StateRecord<'_>, StateRecordError> {
    let (&version, mut rest) = bytes.split_first().ok_or(StateRecordError::Malformed)?;
    if version != STATE_RECORD_VERSION {
        return Err(StateRecordError::Version(version));
    }
    let mut part = || -> Result<&[u8], StateRecordError> {
        let (len, tail) = rest
            .split_first_chunk::<4>()
            .ok_or(StateRecordError::Malformed)?;
        let len = u32::from_be_bytes(*len) as usize;
        if tail.len() < len {
            return Err(StateRecordError::Malformed);
        }
        let (part, tail) = tail.split_at(len);
        rest = tail;
        Ok(part)
    };
    let presence = part()?;
    let caps = part()?;
    if !rest.is_empty() {
        return Err(StateRecordError::Malformed);
    }
    Ok(StateRecord { presence, caps })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn round_trips_and_rejects_garbage() {
        let presence = b"abc".to_vec();
        let r = StateRecord {
            presence: &presence,
            caps: &[],
        };
        let bytes = encode_state(&r);
        assert_eq!(decode_state(&bytes), Ok(r));
        assert_eq!(decode_state(&[]), Err(StateRecordError::Malformed));
        assert_eq!(decode_state(&[2, 0]), Err(StateRecordError::Version(2)));
        let mut trailing = bytes.clone();
        trailing.push(0);
        assert_eq!(decode_state(&trailing), Err(StateRecordError::Malformed));
        assert_eq!(
            decode_state(&bytes[..bytes.len() - 1]),
            Err(StateRecordError::Malformed)
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, rng_seed: proptest::test_runner::RngSeed::Fixed(5), ..ProptestConfig::default() })]
        #[test]
        fn any_bytes_decode_or_error(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            if let Ok(r) = decode_state(&bytes) {
                prop_assert_eq!(encode_state(&r), bytes);
            }
        }

        #[test]
        fn any_record_round_trips(p in proptest::collection::vec(any::<u8>(), 0..64), c in proptest::collection::vec(any::<u8>(), 0..64)) {
            let r = StateRecord { presence: &p, caps: &c };
            let bytes = encode_state(&r);
            prop_assert_eq!(decode_state(&bytes), Ok(r));
        }
    }
}
