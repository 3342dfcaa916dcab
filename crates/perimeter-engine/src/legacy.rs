//! Reading the changelog values written before state records became
//! protobuf, so that the first deploy of this build keeps every user's
//! visits and offer history.
//!
//! That format was a frame (`u8` 1, then a `u32` big-endian length and the
//! presence snapshot, then a `u32` length and the caps snapshot) around two
//! snapshots of their own:
//!
//! ```text
//! presence: u8 1, varint last_ping_ms, varint visits, per visit:
//!           u8 len + fence id, u8 len + store id,
//!           varint (last_ping - entered_at), u8 flags (1 dwelled, 2 exit pending),
//!           if exit pending: varint (outside_since - entered_at), varint pings
//! caps:     u8 1, u16 LE entries, per entry:
//!           i64 LE sent_at_ms, u128 LE visit id, u8 len + campaign id
//! ```
//!
//! Such a value never decodes as protobuf (its first byte would be field
//! number 0, which protobuf forbids), so it is only tried when protobuf
//! fails. This build writes protobuf only: a user's record is rewritten in
//! the new format the next time their state changes.

use perimeter_model::{CampaignId, FenceId, StoreId, Timestamp, VisitId};
use perimeter_offers::{CapsSnapshot, SentOffer};
use perimeter_presence::{PendingExit, UserSnapshot, VisitSnapshot};

/// Why a value is not a record of the previous format either.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a previous-format changelog record: {0}")]
pub struct LegacyError(&'static str);

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], LegacyError> {
        let end = self.pos.checked_add(n).ok_or(LegacyError("truncated"))?;
        let s = self
            .bytes
            .get(self.pos..end)
            .ok_or(LegacyError("truncated"))?;
        self.pos = end;
        Ok(s)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], LegacyError> {
        <[u8; N]>::try_from(self.take(N)?).map_err(|_| LegacyError("truncated"))
    }

    fn byte(&mut self) -> Result<u8, LegacyError> {
        Ok(self.array::<1>()?[0])
    }

    fn varint(&mut self) -> Result<u64, LegacyError> {
        let mut v: u64 = 0;
        for i in 0..10 {
            let b = self.byte()?;
            let part = u64::from(b & 0x7f);
            if i == 9 && part > 1 {
                return Err(LegacyError("varint overflow"));
            }
            v |= part << (7 * i);
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(LegacyError("varint too long"))
    }

    fn text(&mut self) -> Result<&'a str, LegacyError> {
        let len = usize::from(self.byte()?);
        std::str::from_utf8(self.take(len)?).map_err(|_| LegacyError("id not UTF-8"))
    }

    fn done(&self) -> Result<(), LegacyError> {
        if self.pos == self.bytes.len() {
            Ok(())
        } else {
            Err(LegacyError("trailing bytes"))
        }
    }
}

fn time(ms: i64) -> Result<Timestamp, LegacyError> {
    Timestamp::from_millis(ms).map_err(|_| LegacyError("time out of range"))
}

fn before(t: Timestamp, delta: u64) -> Result<Timestamp, LegacyError> {
    let delta = i64::try_from(delta).map_err(|_| LegacyError("time out of range"))?;
    time(
        t.as_millis()
            .checked_sub(delta)
            .ok_or(LegacyError("time out of range"))?,
    )
}

/// Decodes a previous-format value into its presence and caps parts.
///
/// # Errors
/// [`LegacyError`] if the value is not one.
pub fn decode(bytes: &[u8]) -> Result<(Option<UserSnapshot>, Option<CapsSnapshot>), LegacyError> {
    let mut r = Reader { bytes, pos: 0 };
    if r.byte()? != 1 {
        return Err(LegacyError("unknown frame"));
    }
    let mut part = || -> Result<&[u8], LegacyError> {
        let len = u32::from_be_bytes(r.array::<4>()?);
        r.take(usize::try_from(len).map_err(|_| LegacyError("truncated"))?)
    };
    let presence = part()?;
    let caps = part()?;
    r.done()?;
    let presence = (!presence.is_empty())
        .then(|| decode_presence(presence))
        .transpose()?;
    let caps = (!caps.is_empty()).then(|| decode_caps(caps)).transpose()?;
    Ok((presence, caps))
}

fn decode_presence(bytes: &[u8]) -> Result<UserSnapshot, LegacyError> {
    let mut r = Reader { bytes, pos: 0 };
    if r.byte()? != 1 {
        return Err(LegacyError("unknown presence snapshot"));
    }
    let last_ping =
        time(i64::try_from(r.varint()?).map_err(|_| LegacyError("time out of range"))?)?;
    let count = r.varint()?;
    let mut visits = Vec::new();
    for _ in 0..count {
        let fence_id = FenceId::new(r.text()?).map_err(|_| LegacyError("invalid fence id"))?;
        let store_id = StoreId::new(r.text()?).map_err(|_| LegacyError("invalid store id"))?;
        let entered_at = before(last_ping, r.varint()?)?;
        let flags = r.byte()?;
        if flags & !3 != 0 {
            return Err(LegacyError("unknown visit flags"));
        }
        let pending_exit = if flags & 2 == 0 {
            None
        } else {
            let since = r.varint()?;
            let since = i64::try_from(since)
                .ok()
                .and_then(|d| entered_at.as_millis().checked_add(d))
                .ok_or(LegacyError("time out of range"))?;
            Some(PendingExit {
                outside_since: time(since)?,
                outside_pings: u16::try_from(r.varint()?).unwrap_or(u16::MAX),
            })
        };
        visits.push(VisitSnapshot {
            fence_id,
            store_id,
            entered_at,
            dwelled: flags & 1 != 0,
            pending_exit,
        });
    }
    r.done()?;
    Ok(UserSnapshot { last_ping, visits })
}

fn decode_caps(bytes: &[u8]) -> Result<CapsSnapshot, LegacyError> {
    let mut r = Reader { bytes, pos: 0 };
    if r.byte()? != 1 {
        return Err(LegacyError("unknown caps snapshot"));
    }
    let n = u16::from_le_bytes(r.array::<2>()?);
    let mut sent = Vec::with_capacity(usize::from(n));
    for _ in 0..n {
        let at = time(i64::from_le_bytes(r.array::<8>()?))?;
        let visit_id = VisitId(u128::from_le_bytes(r.array::<16>()?));
        let campaign_id =
            CampaignId::new(r.text()?).map_err(|_| LegacyError("invalid campaign id"))?;
        sent.push(SentOffer {
            at,
            campaign_id,
            visit_id,
        });
    }
    r.done()?;
    Ok(CapsSnapshot { sent })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "test code")]

    use super::*;

    /// Written by the previous build (commit a0c403a): a user with two open
    /// visits (fence-a dwelled, fence-b with an exit pending after 2
    /// outside pings) and one offer sent.
    const PREVIOUS_BUILD: &str = "010000003401a0e1d5c69f34020766656e63652d610773746f72652d31a08d06010766656e63652d620773746f72652d31a08d060290bf050200000022010100e8edd3f8a1010000100f0e0d0c0b0a09080706050403020106636f66666565";

    fn bytes(hex: &str) -> Vec<u8> {
        (0..hex.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
            .collect()
    }

    #[test]
    fn a_record_of_the_previous_build_keeps_visits_and_offer_history() {
        let t0 = 1_795_176_000_000;
        let (presence, caps) = decode(&bytes(PREVIOUS_BUILD)).unwrap();
        let presence = presence.unwrap();
        assert_eq!(presence.last_ping.as_millis(), t0 + 100_000);
        assert_eq!(presence.visits.len(), 2);
        let a = &presence.visits[0];
        assert_eq!(
            (a.fence_id.as_str(), a.store_id.as_str()),
            ("fence-a", "store-1")
        );
        assert_eq!(a.entered_at.as_millis(), t0);
        assert!(a.dwelled && a.pending_exit.is_none());
        let b = &presence.visits[1];
        assert_eq!(b.fence_id.as_str(), "fence-b");
        assert!(!b.dwelled);
        let exit = b.pending_exit.unwrap();
        assert_eq!(
            (exit.outside_since.as_millis(), exit.outside_pings),
            (t0 + 90_000, 2)
        );
        let caps = caps.unwrap();
        assert_eq!(caps.sent.len(), 1);
        assert_eq!(caps.sent[0].campaign_id.as_str(), "coffee");
        assert_eq!(caps.sent[0].at.as_millis(), t0 + 1000);
        assert_eq!(
            caps.sent[0].visit_id,
            VisitId(0x0102_0304_0506_0708_090a_0b0c_0d0e_0f10)
        );
    }

    #[test]
    fn truncations_and_garbage_are_errors() {
        let full = bytes(PREVIOUS_BUILD);
        for n in 0..full.len() {
            assert!(decode(&full[..n]).is_err(), "prefix of {n} bytes");
        }
        let mut trailing = full.clone();
        trailing.push(0);
        assert!(decode(&trailing).is_err());
        assert!(decode(&[2, 0, 0, 0, 0, 0, 0, 0, 0]).is_err());
    }
}
