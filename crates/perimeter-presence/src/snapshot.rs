//! The versioned binary format of one user's presence state.
//!
//! Written to the compacted changelog topic keyed by user id (the id itself is
//! the record key, so it is not repeated here). Format version 1, all
//! integers unsigned LEB128 varints unless noted:
//!
//! ```text
//! u8      format version (1)
//! varint  last_ping            ms since the epoch
//! varint  visit count          0 = no open visit, only the late-ping guard
//! per visit, sorted by fence id, unique:
//!   u8 len + bytes  fence id   UTF-8, a valid FenceId
//!   u8 len + bytes  store id   UTF-8, a valid StoreId
//!   varint  last_ping - entered_at      ms
//!   u8      flags              bit 0: DWELL emitted, bit 1: exit pending
//!   if exit pending:
//!     varint  outside_since - entered_at  ms
//!     varint  outside pings    1..=65535
//! ```
//!
//! Decoding never panics: unknown versions, truncation, overlong varints,
//! bad ids, unknown flag bits, inconsistent times and trailing bytes are all
//! [`InvalidSnapshot`] errors.

use std::time::Duration;

use perimeter_model::{FenceId, InvalidId, StoreId, Timestamp};

/// The snapshot format version this build writes (and the only one it reads).
pub const SNAPSHOT_VERSION: u8 = 1;

/// Bytes that are not a presence snapshot this build can read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid presence snapshot at byte {offset}: {reason}")]
pub struct InvalidSnapshot {
    /// Where decoding stopped.
    pub offset: usize,
    /// What is wrong.
    pub reason: SnapshotError,
}

/// Why a snapshot was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SnapshotError {
    /// Zero bytes (a tombstone is not a snapshot: it means "no state").
    #[error("empty input")]
    Empty,
    /// The first byte names a format this build does not know.
    #[error("unknown format version {0} (this build reads version {SNAPSHOT_VERSION})")]
    UnknownVersion(u8),
    /// The input ends in the middle of a field.
    #[error("input ends in the middle of a field")]
    Truncated,
    /// A varint is longer than 10 bytes or overflows its field.
    #[error("malformed or out-of-range integer")]
    BadInteger,
    /// An id is not UTF-8.
    #[error("id is not valid UTF-8")]
    NotUtf8,
    /// An id fails the model's validation.
    #[error(transparent)]
    InvalidId(#[from] InvalidId),
    /// A timestamp is outside 1970..3000, or the visit's times are not
    /// ordered `entered_at <= outside_since <= last_ping`.
    #[error("timestamp out of range or out of order")]
    BadTimestamp,
    /// A flags byte has bits this version does not define.
    #[error("unknown flag bits {0:#04x}")]
    UnknownFlags(u8),
    /// An exit run with zero pings.
    #[error("pending exit with zero outside pings")]
    EmptyExitRun,
    /// Visits are not strictly sorted by fence id.
    #[error("visits are not sorted by fence id or repeat a fence")]
    UnsortedVisits,
    /// Bytes left after the last visit.
    #[error("{0} trailing bytes")]
    TrailingBytes(usize),
}

const FLAG_DWELLED: u8 = 0b01;
const FLAG_EXIT_PENDING: u8 = 0b10;

/// One visit as stored, before its fence is interned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct StoredVisit {
    pub(crate) fence_id: FenceId,
    pub(crate) store_id: StoreId,
    pub(crate) entered_at: Timestamp,
    pub(crate) outside_since: Timestamp,
    pub(crate) outside_pings: u16,
    pub(crate) dwelled: bool,
}

/// One user's state as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct StoredState {
    pub(crate) last_ping: Timestamp,
    pub(crate) visits: Vec<StoredVisit>,
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

fn put_id(out: &mut Vec<u8>, id: &str) {
    // Model ids are at most 128 bytes, so the length fits a byte; clamp
    // defensively rather than write a length that disagrees with the bytes.
    let bytes = &id.as_bytes()[..id.len().min(255)];
    out.push(bytes.len() as u8);
    out.extend_from_slice(bytes);
}

/// Appends the encoding of `state` to `out`.
pub(crate) fn encode<'a>(
    out: &mut Vec<u8>,
    last_ping: Timestamp,
    visits: impl ExactSizeIterator<Item = VisitFields<'a>>,
) {
    out.push(SNAPSHOT_VERSION);
    put_varint(out, last_ping.as_millis().unsigned_abs());
    put_varint(out, visits.len() as u64);
    for v in visits {
        put_id(out, v.fence_id.as_str());
        put_id(out, v.store_id.as_str());
        put_varint(out, millis(last_ping.duration_since(v.entered_at)));
        let mut flags = 0;
        if v.dwelled {
            flags |= FLAG_DWELLED;
        }
        if v.outside_pings > 0 {
            flags |= FLAG_EXIT_PENDING;
        }
        out.push(flags);
        if v.outside_pings > 0 {
            put_varint(out, millis(v.outside_since.duration_since(v.entered_at)));
            put_varint(out, u64::from(v.outside_pings));
        }
    }
}

/// Borrowed view of one visit, for [`encode`].
pub(crate) struct VisitFields<'a> {
    pub(crate) fence_id: &'a FenceId,
    pub(crate) store_id: &'a StoreId,
    pub(crate) entered_at: Timestamp,
    pub(crate) outside_since: Timestamp,
    pub(crate) outside_pings: u16,
    pub(crate) dwelled: bool,
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn fail(&self, reason: SnapshotError) -> InvalidSnapshot {
        InvalidSnapshot {
            offset: self.pos,
            reason,
        }
    }

    fn byte(&mut self) -> Result<u8, InvalidSnapshot> {
        let b = *self
            .bytes
            .get(self.pos)
            .ok_or_else(|| self.fail(SnapshotError::Truncated))?;
        self.pos += 1;
        Ok(b)
    }

    fn varint(&mut self) -> Result<u64, InvalidSnapshot> {
        let start = self.pos;
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            let part = u64::from(b & 0x7f);
            // The 10th byte may only carry the top bit of a u64.
            if shift == 63 && part > 1 {
                self.pos = start;
                return Err(self.fail(SnapshotError::BadInteger));
            }
            v |= part << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        self.pos = start;
        Err(self.fail(SnapshotError::BadInteger))
    }

    fn str(&mut self) -> Result<&str, InvalidSnapshot> {
        let len = usize::from(self.byte()?);
        let end = self.pos + len;
        let raw = self
            .bytes
            .get(self.pos..end)
            .ok_or_else(|| self.fail(SnapshotError::Truncated))?;
        let s = std::str::from_utf8(raw).map_err(|_| self.fail(SnapshotError::NotUtf8))?;
        self.pos = end;
        Ok(s)
    }

    fn timestamp(&self, millis: u64) -> Result<Timestamp, InvalidSnapshot> {
        i64::try_from(millis)
            .ok()
            .and_then(|ms| Timestamp::from_millis(ms).ok())
            .ok_or_else(|| self.fail(SnapshotError::BadTimestamp))
    }

    /// `base - delta` as a valid timestamp.
    fn before(&self, base: Timestamp, delta: u64) -> Result<Timestamp, InvalidSnapshot> {
        let ms = u64::try_from(base.as_millis())
            .ok()
            .and_then(|b| b.checked_sub(delta))
            .ok_or_else(|| self.fail(SnapshotError::BadTimestamp))?;
        self.timestamp(ms)
    }
}

/// Decodes one user's state.
pub(crate) fn decode(bytes: &[u8]) -> Result<StoredState, InvalidSnapshot> {
    let mut r = Reader { bytes, pos: 0 };
    let version = match bytes.first() {
        None => return Err(r.fail(SnapshotError::Empty)),
        Some(&v) => v,
    };
    if version != SNAPSHOT_VERSION {
        return Err(r.fail(SnapshotError::UnknownVersion(version)));
    }
    r.pos = 1;
    let raw_last = r.varint()?;
    let last_ping = r.timestamp(raw_last)?;
    let count = r.varint()?;
    // Every visit takes at least 6 bytes; never trust the count for an
    // allocation larger than the input could fill.
    let cap = usize::try_from(count)
        .unwrap_or(usize::MAX)
        .min(bytes.len() / 6);
    let mut visits: Vec<StoredVisit> = Vec::with_capacity(cap);
    for _ in 0..count {
        let visit_at = r.pos;
        let fence_id = FenceId::new(r.str()?).map_err(|e| r.fail(e.into()))?;
        let store_id = StoreId::new(r.str()?).map_err(|e| r.fail(e.into()))?;
        let entered_at = {
            let delta = r.varint()?;
            r.before(last_ping, delta)?
        };
        let flags = r.byte()?;
        if flags & !(FLAG_DWELLED | FLAG_EXIT_PENDING) != 0 {
            r.pos -= 1;
            return Err(r.fail(SnapshotError::UnknownFlags(flags)));
        }
        let (outside_since, outside_pings) = if flags & FLAG_EXIT_PENDING == 0 {
            (entered_at, 0)
        } else {
            let delta = r.varint()?;
            let since = entered_at
                .as_millis()
                .checked_add(i64::try_from(delta).unwrap_or(i64::MAX))
                .filter(|&ms| ms <= last_ping.as_millis())
                .ok_or_else(|| r.fail(SnapshotError::BadTimestamp))?;
            let since = r.timestamp(since.unsigned_abs())?;
            let pings = r.varint()?;
            let pings = u16::try_from(pings).map_err(|_| r.fail(SnapshotError::BadInteger))?;
            if pings == 0 {
                return Err(r.fail(SnapshotError::EmptyExitRun));
            }
            (since, pings)
        };
        if visits.last().is_some_and(|prev| prev.fence_id >= fence_id) {
            r.pos = visit_at;
            return Err(r.fail(SnapshotError::UnsortedVisits));
        }
        visits.push(StoredVisit {
            fence_id,
            store_id,
            entered_at,
            outside_since,
            outside_pings,
            dwelled: flags & FLAG_DWELLED != 0,
        });
    }
    if r.pos != bytes.len() {
        return Err(r.fail(SnapshotError::TrailingBytes(bytes.len() - r.pos)));
    }
    Ok(StoredState { last_ping, visits })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(ms: i64) -> Timestamp {
        Timestamp::from_millis(ms).unwrap()
    }

    #[test]
    fn varint_round_trips_and_rejects_overlong() {
        for v in [0, 1, 127, 128, 300, u64::from(u32::MAX), u64::MAX] {
            let mut out = Vec::new();
            put_varint(&mut out, v);
            let mut r = Reader {
                bytes: &out,
                pos: 0,
            };
            assert_eq!(r.varint().unwrap(), v);
            assert_eq!(r.pos, out.len());
        }
        let overlong = [0xff; 11];
        let mut r = Reader {
            bytes: &overlong,
            pos: 0,
        };
        assert_eq!(r.varint().unwrap_err().reason, SnapshotError::BadInteger);
        let too_big = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02];
        let mut r = Reader {
            bytes: &too_big,
            pos: 0,
        };
        assert_eq!(r.varint().unwrap_err().reason, SnapshotError::BadInteger);
    }

    #[test]
    fn encode_decode_round_trip() {
        let f = FenceId::new("f-1").unwrap();
        let s = StoreId::new("s-1").unwrap();
        let mut out = Vec::new();
        encode(
            &mut out,
            ts(10_000),
            [VisitFields {
                fence_id: &f,
                store_id: &s,
                entered_at: ts(1_000),
                outside_since: ts(9_000),
                outside_pings: 3,
                dwelled: true,
            }]
            .into_iter(),
        );
        assert_eq!(out[0], SNAPSHOT_VERSION);
        let st = decode(&out).unwrap();
        assert_eq!(st.last_ping, ts(10_000));
        assert_eq!(
            st.visits,
            vec![StoredVisit {
                fence_id: f,
                store_id: s,
                entered_at: ts(1_000),
                outside_since: ts(9_000),
                outside_pings: 3,
                dwelled: true,
            }]
        );
    }
}
