//! Caps history: which offers each user got recently, to enforce the daily
//! cap, per-campaign cooldowns and one offer per visit.
//!
//! Per user it holds one small entry per offer sent: when (decision time),
//! which campaign, which visit. Nothing else: no location, no fence, no
//! store. Entries expire by themselves once older than the retention (the
//! longest cooldown, at least 48 hours), a user without entries is not held
//! at all, and each user's history serializes to a few bytes for the
//! compacted changelog keyed by user id.

use std::collections::HashMap;
use std::time::Duration;

use chrono::{DateTime, NaiveDate, TimeZone};
use chrono_tz::Tz;
use perimeter_model::{CampaignId, InvalidId, OfferTrigger, Timestamp, UserId, VisitId};

/// Shortest retention: covers the longest local calendar day (25 hours on a
/// DST change) wherever the user is, with margin.
pub const MIN_RETENTION: Duration = Duration::from_secs(48 * 3600);

/// First byte of every snapshot written by this version of the crate.
pub const SNAPSHOT_VERSION: u8 = 1;

/// One offer sent to a user.
#[derive(Debug, Clone, PartialEq, Eq)]
struct SentOffer {
    at: Timestamp,
    campaign: CampaignId,
    visit: VisitId,
}

/// The recent offers of one user, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UserCaps {
    sent: Vec<SentOffer>,
}

impl UserCaps {
    /// Number of offers sent on the user's local calendar day (in `tz`) that
    /// contains `now`.
    #[must_use]
    pub fn sent_on_local_day(&self, now: Timestamp, tz: Tz) -> usize {
        let Some(today) = local_date(now, tz) else {
            // Unrepresentable instants cannot happen for valid Timestamps;
            // count everything, which can only suppress (fail closed).
            return self.sent.len();
        };
        self.sent
            .iter()
            .filter(|s| local_date(s.at, tz).is_none_or(|d| d == today))
            .count()
    }

    /// Whether the visit already got an offer.
    #[must_use]
    pub fn visit_got_offer(&self, visit: VisitId) -> bool {
        self.sent.iter().any(|s| s.visit == visit)
    }

    /// When `campaign` last sent this user an offer.
    #[must_use]
    pub fn last_sent(&self, campaign: &CampaignId) -> Option<Timestamp> {
        self.sent
            .iter()
            .rev()
            .find(|s| s.campaign == *campaign)
            .map(|s| s.at)
    }

    /// Number of entries held.
    #[must_use]
    pub fn len(&self) -> usize {
        self.sent.len()
    }

    /// Whether no entry is held.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.sent.is_empty()
    }

    /// Drops entries sent before `cutoff`; returns whether any was dropped.
    fn expire(&mut self, cutoff: Timestamp) -> bool {
        let before = self.sent.len();
        self.sent.retain(|s| s.at >= cutoff);
        self.sent.len() != before
    }

    /// Compact versioned bytes, see [`CapsHistory::snapshot`].
    fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(3 + self.sent.len() * 40);
        out.push(SNAPSHOT_VERSION);
        // At most u16::MAX entries are written; the daily cap (<= 10) and the
        // retention (<= 30 days) keep real histories far below that.
        let n = self.sent.len().min(usize::from(u16::MAX));
        let skip = self.sent.len() - n;
        out.extend_from_slice(&u16::try_from(n).unwrap_or(u16::MAX).to_le_bytes());
        for s in &self.sent[skip..] {
            out.extend_from_slice(&s.at.as_millis().to_le_bytes());
            out.extend_from_slice(&s.visit.0.to_le_bytes());
            let id = s.campaign.as_str().as_bytes();
            // Campaign ids are at most 128 bytes (validated by the model).
            out.push(u8::try_from(id.len()).unwrap_or(u8::MAX));
            out.extend_from_slice(&id[..id.len().min(usize::from(u8::MAX))]);
        }
        out
    }

    fn from_bytes(bytes: &[u8]) -> Result<Self, SnapshotError> {
        let mut r = Reader { bytes, pos: 0 };
        let version = r.take::<1>()?[0];
        if version != SNAPSHOT_VERSION {
            return Err(SnapshotError::UnknownVersion(version));
        }
        let n = u16::from_le_bytes(r.take::<2>()?);
        if n == 0 {
            return Err(SnapshotError::NoEntries);
        }
        let mut sent = Vec::with_capacity(usize::from(n));
        for _ in 0..n {
            let millis = i64::from_le_bytes(r.take::<8>()?);
            let at = Timestamp::from_millis(millis)
                .map_err(|_| SnapshotError::InvalidTimestamp(millis))?;
            let visit = VisitId(u128::from_le_bytes(r.take::<16>()?));
            let len = usize::from(r.take::<1>()?[0]);
            let raw = r.slice(len)?;
            let id = std::str::from_utf8(raw).map_err(|_| SnapshotError::CampaignIdNotUtf8)?;
            let campaign = CampaignId::new(id).map_err(SnapshotError::InvalidCampaignId)?;
            sent.push(SentOffer {
                at,
                campaign,
                visit,
            });
        }
        if r.pos != bytes.len() {
            return Err(SnapshotError::TrailingBytes(bytes.len() - r.pos));
        }
        sent.sort_by_key(|s| s.at);
        Ok(Self { sent })
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn slice(&mut self, len: usize) -> Result<&[u8], SnapshotError> {
        let end = self.pos.checked_add(len).ok_or(SnapshotError::Truncated)?;
        let s = self
            .bytes
            .get(self.pos..end)
            .ok_or(SnapshotError::Truncated)?;
        self.pos = end;
        Ok(s)
    }

    fn take<const N: usize>(&mut self) -> Result<[u8; N], SnapshotError> {
        let s = self.slice(N)?;
        <[u8; N]>::try_from(s).map_err(|_| SnapshotError::Truncated)
    }
}

fn local_date(t: Timestamp, tz: Tz) -> Option<NaiveDate> {
    DateTime::from_timestamp_millis(t.as_millis())
        .map(|utc| tz.from_utc_datetime(&utc.naive_utc()).date_naive())
}

/// Bytes that are not a caps history snapshot this crate can read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SnapshotError {
    /// The first byte names a format this version does not know.
    #[error("unknown caps snapshot version {0} (this build reads version {SNAPSHOT_VERSION})")]
    UnknownVersion(u8),
    /// The bytes end in the middle of a field (or are empty).
    #[error("caps snapshot is truncated")]
    Truncated,
    /// Bytes left after the last entry.
    #[error("caps snapshot has {0} unexpected trailing bytes")]
    TrailingBytes(usize),
    /// A snapshot with zero entries: an empty history is written as a
    /// changelog tombstone, never as bytes.
    #[error("caps snapshot holds no entries (an empty history is a tombstone)")]
    NoEntries,
    /// An entry's time is outside the range of [`Timestamp`].
    #[error("caps snapshot entry has an invalid time {0} ms")]
    InvalidTimestamp(i64),
    /// A campaign id is not UTF-8.
    #[error("caps snapshot entry has a campaign id that is not UTF-8")]
    CampaignIdNotUtf8,
    /// A campaign id is not a valid id.
    #[error("caps snapshot entry has an invalid campaign id: {0}")]
    InvalidCampaignId(InvalidId),
}

/// The caps history of every user this worker decides for.
#[derive(Debug, Clone)]
pub struct CapsHistory {
    users: HashMap<UserId, UserCaps>,
    retention: Duration,
}

impl CapsHistory {
    /// An empty history that keeps entries for `retention` (raised to at
    /// least [`MIN_RETENTION`]). Use
    /// [`CampaignRules::history_retention`](crate::CampaignRules::history_retention).
    #[must_use]
    pub fn new(retention: Duration) -> Self {
        Self {
            users: HashMap::new(),
            retention: retention.max(MIN_RETENTION),
        }
    }

    /// How long entries are kept.
    #[must_use]
    pub const fn retention(&self) -> Duration {
        self.retention
    }

    /// The history of `user`, if any entry is held.
    #[must_use]
    pub fn user(&self, user: &UserId) -> Option<&UserCaps> {
        self.users.get(user)
    }

    /// Records an offer that was sent, at `trigger.created_at`, for the
    /// visit `visit` (the `visit_id` of the event the trigger was decided
    /// for). Drops the user's entries that expired by then. Recording the
    /// same trigger twice keeps one entry.
    ///
    /// The caller records right after [`decide`](crate::CampaignRules::decide)
    /// returned the trigger, before deciding the user's next event (see the
    /// crate docs for why not after the broker acknowledged it), then writes
    /// [`snapshot`](Self::snapshot) of the user to the changelog.
    pub fn record(&mut self, trigger: &OfferTrigger, visit: VisitId) {
        let cutoff = trigger.created_at.saturating_sub(self.retention);
        let caps = self.users.entry(trigger.user_id.clone()).or_default();
        caps.expire(cutoff);
        let entry = SentOffer {
            at: trigger.created_at,
            campaign: trigger.campaign_id.clone(),
            visit,
        };
        if !caps.sent.contains(&entry) {
            let pos = caps.sent.partition_point(|s| s.at <= entry.at);
            caps.sent.insert(pos, entry);
        }
    }

    /// Forgets everything about `user` (erase). Returns whether anything was
    /// held. The caller writes a changelog tombstone for the user.
    pub fn forget(&mut self, user: &UserId) -> bool {
        self.users.remove(user).is_some()
    }

    /// Drops every entry older than the retention at `now`, and every user
    /// left without entries. Returns the users whose history changed, so
    /// that the caller can write their new snapshot (or a tombstone when
    /// [`snapshot`](Self::snapshot) returns `None`) to the changelog.
    pub fn prune(&mut self, now: Timestamp) -> Vec<UserId> {
        let cutoff = now.saturating_sub(self.retention);
        let mut changed = Vec::new();
        self.users.retain(|user, caps| {
            if caps.expire(cutoff) {
                changed.push(user.clone());
            }
            !caps.is_empty()
        });
        changed.sort_unstable();
        changed
    }

    /// Number of users with at least one entry.
    #[must_use]
    pub fn len(&self) -> usize {
        self.users.len()
    }

    /// Whether no user has an entry.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.users.is_empty()
    }

    /// Users with at least one entry, in no particular order.
    pub fn users(&self) -> impl Iterator<Item = &UserId> {
        self.users.keys()
    }

    /// The user's history as compact bytes for the changelog (key = user
    /// id, which is not repeated inside). `None` when nothing is held: write
    /// a tombstone.
    ///
    /// Format, version 1: byte 0 = 1; u16 LE entry count (>= 1); per entry
    /// i64 LE milliseconds since the epoch, u128 LE visit id, u8 length and
    /// the UTF-8 campaign id. About 30 to 60 bytes per offer sent.
    #[must_use]
    pub fn snapshot(&self, user: &UserId) -> Option<Vec<u8>> {
        self.users
            .get(user)
            .filter(|c| !c.is_empty())
            .map(UserCaps::to_bytes)
    }

    /// Restores one user's history from [`snapshot`](Self::snapshot) bytes,
    /// replacing what was held. Expired entries are dropped by the next
    /// [`prune`](Self::prune) or [`record`](Self::record).
    ///
    /// # Errors
    /// [`SnapshotError`] for unknown versions, truncated or trailing bytes,
    /// invalid fields or zero entries. Nothing changes then.
    pub fn restore(&mut self, user: UserId, bytes: &[u8]) -> Result<(), SnapshotError> {
        let caps = UserCaps::from_bytes(bytes)?;
        self.users.insert(user, caps);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use perimeter_model::{Category, EventId, FenceId, OfferId, StoreId, TriggerId};

    fn trigger(user: &str, campaign: &str, at_ms: i64) -> OfferTrigger {
        let campaign_id = CampaignId::new(campaign).unwrap();
        OfferTrigger {
            id: TriggerId::derive(EventId(7), &campaign_id),
            user_id: UserId::new(user).unwrap(),
            campaign_id,
            offer_id: OfferId::new("o").unwrap(),
            category: Category::new("food").unwrap(),
            sender: "S".into(),
            message: "M".into(),
            store_id: StoreId::new("store-0001").unwrap(),
            fence_id: FenceId::new("f").unwrap(),
            event_id: EventId(7),
            consent_version: 1,
            created_at: Timestamp::from_millis(at_ms).unwrap(),
            expires_at: Timestamp::from_millis(at_ms + 1).unwrap(),
        }
    }

    const H: i64 = 3_600_000;

    #[test]
    fn empty_history_keeps_no_state() {
        let h = CapsHistory::new(Duration::ZERO);
        let u = UserId::new("u").unwrap();
        assert!(h.is_empty());
        assert_eq!(h.snapshot(&u), None);
        assert_eq!(h.retention(), MIN_RETENTION);
    }

    #[test]
    fn entries_expire_on_record_and_prune() {
        let mut h = CapsHistory::new(MIN_RETENTION);
        let u = UserId::new("u").unwrap();
        h.record(&trigger("u", "a", 0), VisitId(1));
        h.record(&trigger("u", "b", 47 * H), VisitId(2));
        assert_eq!(h.user(&u).unwrap().len(), 2);
        h.record(&trigger("u", "c", 49 * H), VisitId(3));
        assert_eq!(h.user(&u).unwrap().len(), 2, "the entry at 0 expired");
        assert!(h.prune(Timestamp::from_millis(95 * H).unwrap()).is_empty());
        assert_eq!(
            h.prune(Timestamp::from_millis(95 * H + 1).unwrap()),
            vec![u.clone()]
        );
        assert_eq!(h.user(&u).unwrap().len(), 1);
        assert_eq!(
            h.prune(Timestamp::from_millis(200 * H).unwrap()),
            vec![u.clone()]
        );
        assert!(h.is_empty());
        assert_eq!(h.snapshot(&u), None);
    }

    #[test]
    fn recording_twice_keeps_one_entry() {
        let mut h = CapsHistory::new(MIN_RETENTION);
        h.record(&trigger("u", "a", 5), VisitId(1));
        h.record(&trigger("u", "a", 5), VisitId(1));
        assert_eq!(h.user(&UserId::new("u").unwrap()).unwrap().len(), 1);
    }

    #[test]
    fn snapshot_round_trips() {
        let mut h = CapsHistory::new(MIN_RETENTION);
        let u = UserId::new("u").unwrap();
        h.record(&trigger("u", "coffee-am", 3 * H), VisitId(u128::MAX));
        h.record(&trigger("u", "b", H), VisitId(9));
        let bytes = h.snapshot(&u).unwrap();
        assert_eq!(bytes[0], SNAPSHOT_VERSION);
        assert_eq!(bytes.len(), 3 + (8 + 16 + 1 + 9) + (8 + 16 + 1 + 1));
        let mut restored = CapsHistory::new(MIN_RETENTION);
        restored.restore(u.clone(), &bytes).unwrap();
        assert_eq!(restored.user(&u), h.user(&u));
    }

    #[test]
    fn restore_rejects_garbage() {
        let mut h = CapsHistory::new(MIN_RETENTION);
        let u = UserId::new("u").unwrap();
        h.record(&trigger("u", "a", H), VisitId(1));
        let good = h.snapshot(&u).unwrap();
        let mut r = CapsHistory::new(MIN_RETENTION);
        let u2 = UserId::new("u2").unwrap();
        assert_eq!(r.restore(u2.clone(), &[]), Err(SnapshotError::Truncated));
        assert_eq!(
            r.restore(u2.clone(), &[2, 1, 0]),
            Err(SnapshotError::UnknownVersion(2))
        );
        assert_eq!(
            r.restore(u2.clone(), &[1, 0, 0]),
            Err(SnapshotError::NoEntries)
        );
        assert_eq!(
            r.restore(u2.clone(), &good[..good.len() - 1]),
            Err(SnapshotError::Truncated)
        );
        let mut long = good.clone();
        long.push(0);
        assert_eq!(
            r.restore(u2.clone(), &long),
            Err(SnapshotError::TrailingBytes(1))
        );
        let mut bad_time = good.clone();
        bad_time[3..11].copy_from_slice(&(-5i64).to_le_bytes());
        assert_eq!(
            r.restore(u2.clone(), &bad_time),
            Err(SnapshotError::InvalidTimestamp(-5))
        );
        let mut bad_id = good;
        let last = bad_id.len() - 1;
        bad_id[last] = b' ';
        assert!(matches!(
            r.restore(u2.clone(), &bad_id),
            Err(SnapshotError::InvalidCampaignId(_))
        ));
        assert!(r.is_empty());
    }
}
