//! Caps history: which offers each user got recently, to enforce the daily
//! cap, per-campaign cooldowns and one offer per visit.
//!
//! Per user it holds one small entry per offer sent: when (decision time),
//! which campaign, which visit. Nothing else: no location, no fence, no
//! store. Entries expire by themselves once older than the retention (the
//! longest cooldown, at least 48 hours), and a user without entries is not
//! held at all.
//!
//! For the compacted changelog keyed by user id, [`CapsHistory::snapshot`]
//! gives a user's history as plain values ([`CapsSnapshot`]) and
//! [`CapsHistory::restore`] takes them back. This crate has no byte format:
//! the partition engine maps a [`CapsSnapshot`] to the protobuf
//! `perimeter.v1.UserState.Caps` (`proto/perimeter/v1/state.proto`, one
//! field per field here).

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use chrono::{DateTime, NaiveDate, TimeZone};
use chrono_tz::Tz;
use perimeter_model::{CampaignId, OfferTrigger, Timestamp, UserId, VisitId};

/// Shortest retention: covers the longest local calendar day (25 hours on a
/// DST change) wherever the user is, with margin.
pub const MIN_RETENTION: Duration = Duration::from_secs(48 * 3600);

/// One offer sent to a user: all the caps history keeps of it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SentOffer {
    /// When the offer was decided (the trigger's `created_at`).
    pub at: Timestamp,
    /// The campaign that sent it.
    pub campaign_id: CampaignId,
    /// The visit it was sent for (the `visit_id` of the event the trigger
    /// was decided for).
    pub visit_id: VisitId,
}

/// One user's caps history as plain values, for the changelog (the user id
/// is the changelog key and not repeated here).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CapsSnapshot {
    /// The offers sent and not expired yet. [`CapsHistory::snapshot`] lists
    /// them oldest first; [`CapsHistory::restore`] accepts any order.
    pub sent: Vec<SentOffer>,
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
        self.sent.iter().any(|s| s.visit_id == visit)
    }

    /// When `campaign` last sent this user an offer.
    #[must_use]
    pub fn last_sent(&self, campaign: &CampaignId) -> Option<Timestamp> {
        self.sent
            .iter()
            .rev()
            .find(|s| s.campaign_id == *campaign)
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
}

fn local_date(t: Timestamp, tz: Tz) -> Option<NaiveDate> {
    DateTime::from_timestamp_millis(t.as_millis())
        .map(|utc| tz.from_utc_datetime(&utc.naive_utc()).date_naive())
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
            campaign_id: trigger.campaign_id.clone(),
            visit_id: visit,
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

    /// The user's history as plain values for the changelog (key = user
    /// id), entries oldest first. `None` when nothing is held: write a
    /// tombstone.
    #[must_use]
    pub fn snapshot(&self, user: &UserId) -> Option<CapsSnapshot> {
        self.users
            .get(user)
            .filter(|c| !c.is_empty())
            .map(|c| CapsSnapshot {
                sent: c.sent.clone(),
            })
    }

    /// Replaces what is held for `user` with a history read from the
    /// changelog. Entries may come in any order (they are sorted by time);
    /// repeated entries are kept once, as [`record`](Self::record) does.
    /// Expired entries are dropped by the next [`prune`](Self::prune) or
    /// `record`. An empty snapshot leaves nothing held for the user.
    ///
    /// Infallible on purpose: every field is valid by its type, and refusing
    /// a history would let the user get more offers than the caps allow.
    pub fn restore(&mut self, user: UserId, snapshot: CapsSnapshot) {
        let mut seen = HashSet::with_capacity(snapshot.sent.len());
        let mut sent: Vec<SentOffer> = snapshot
            .sent
            .into_iter()
            .filter(|s| seen.insert(s.clone()))
            .collect();
        // Stable: entries of one instant keep their order, as recorded.
        sent.sort_by_key(|s| s.at);
        if sent.is_empty() {
            self.users.remove(&user);
        } else {
            self.users.insert(user, UserCaps { sent });
        }
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

    fn sent(campaign: &str, at_ms: i64, visit: u128) -> SentOffer {
        SentOffer {
            at: Timestamp::from_millis(at_ms).unwrap(),
            campaign_id: CampaignId::new(campaign).unwrap(),
            visit_id: VisitId(visit),
        }
    }

    #[test]
    fn snapshot_lists_every_entry_oldest_first_and_round_trips() {
        let mut h = CapsHistory::new(MIN_RETENTION);
        let u = UserId::new("u").unwrap();
        h.record(&trigger("u", "coffee-am", 3 * H), VisitId(u128::MAX));
        h.record(&trigger("u", "b", H), VisitId(9));
        let snapshot = h.snapshot(&u).unwrap();
        assert_eq!(
            snapshot.sent,
            vec![sent("b", H, 9), sent("coffee-am", 3 * H, u128::MAX)]
        );
        let mut restored = CapsHistory::new(MIN_RETENTION);
        restored.restore(u.clone(), snapshot.clone());
        assert_eq!(restored.user(&u), h.user(&u));
        assert_eq!(restored.snapshot(&u), Some(snapshot));
    }

    #[test]
    fn restore_sorts_entries_keeps_repeats_once_and_replaces_what_was_held() {
        let mut h = CapsHistory::new(MIN_RETENTION);
        let u = UserId::new("u").unwrap();
        h.record(&trigger("u", "old", H), VisitId(1));
        h.restore(
            u.clone(),
            CapsSnapshot {
                sent: vec![
                    sent("c", 3 * H, 3),
                    sent("a", H, 1),
                    sent("c", 3 * H, 3),
                    sent("b", H, 2),
                ],
            },
        );
        assert_eq!(
            h.snapshot(&u).unwrap().sent,
            vec![sent("a", H, 1), sent("b", H, 2), sent("c", 3 * H, 3)]
        );
        h.restore(u.clone(), CapsSnapshot::default());
        assert_eq!(h.snapshot(&u), None);
        assert!(h.is_empty(), "an empty snapshot holds nothing");
    }
}
