//! The consent ledger: the latest consent of every user, default deny.
//!
//! The ledger is fed from the compacted consent topic (every instance reads
//! all of it) and is asked, at emit time, whether a user granted a purpose.
//! It answers "no" for anything it does not positively know: an unknown user,
//! an erased user, a purpose absent from the record, a record whose time zone
//! could not be understood.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use crate::grants::{GrantHash, GrantIndex};
use chrono_tz::Tz;
use perimeter_model::{
    Category, ConsentRecord, ConsentUpdate, EraseRequest, Purpose, Purposes, QuietHours, Timestamp,
    UserId,
};

/// How long an erase tombstone is kept by default: 7 days after the ledger
/// applied the erase. See [`ConsentLedger::with_tombstone_retention`].
pub const DEFAULT_TOMBSTONE_RETENTION: Duration = Duration::from_secs(7 * 24 * 3600);

/// The consent the ledger holds for one user, with its time zone validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserConsent {
    purposes: Purposes,
    /// Lower-cased, so that blocking `Alcohol` also blocks `alcohol`.
    blocked_categories: Box<[Box<str>]>,
    max_offers_per_day: Option<u32>,
    quiet_hours: Option<QuietHours>,
    time_zone: Tz,
    version: u64,
    updated_at: Timestamp,
}

impl UserConsent {
    /// The purposes granted; anything absent is denied.
    #[must_use]
    pub const fn purposes(&self) -> Purposes {
        self.purposes
    }

    /// Whether `purpose` was granted.
    #[must_use]
    pub const fn allows(&self, purpose: Purpose) -> bool {
        self.purposes.contains(purpose)
    }

    /// A record that grants nothing, at `version`: what the ledger holds
    /// for a user whose newer record could not be used.
    fn denied(version: u64, updated_at: Timestamp) -> Self {
        Self {
            purposes: Purposes::NONE,
            blocked_categories: Box::new([]),
            max_offers_per_day: Some(0),
            quiet_hours: None,
            time_zone: Tz::UTC,
            version,
            updated_at,
        }
    }

    /// Whether the user blocked `category` (compared case-insensitively).
    #[must_use]
    pub fn blocks(&self, category: &Category) -> bool {
        let wanted = category.as_str().to_lowercase();
        self.blocked_categories.iter().any(|c| **c == *wanted)
    }

    /// Whether the user blocked a category given already in lower case.
    pub(crate) fn blocks_lowercase(&self, category: &str) -> bool {
        self.blocked_categories.iter().any(|c| &**c == category)
    }

    /// The user's own daily offer limit, if they set one.
    #[must_use]
    pub const fn max_offers_per_day(&self) -> Option<u32> {
        self.max_offers_per_day
    }

    /// The user's own quiet hours, if they set them.
    #[must_use]
    pub const fn quiet_hours(&self) -> Option<QuietHours> {
        self.quiet_hours
    }

    /// The user's time zone (validated IANA name).
    #[must_use]
    pub const fn time_zone(&self) -> Tz {
        self.time_zone
    }

    /// Version of the record held.
    #[must_use]
    pub const fn version(&self) -> u64 {
        self.version
    }

    /// When the user last changed their consent.
    #[must_use]
    pub const fn updated_at(&self) -> Timestamp {
        self.updated_at
    }
}

/// What applying one consent update changed. The caller must act on it:
/// see [`purge_presence`](Self::purge_presence) and
/// [`purge_history`](Self::purge_history).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[must_use = "a revocation or erasure must be acted on by the caller"]
pub enum ConsentChange {
    /// The update is now the user's consent record.
    Applied {
        /// Version now held.
        version: u64,
        /// Location is not granted by the new record, and was granted (or
        /// not known) before it: the user's presence state must be purged.
        /// A first record without location counts as a revocation because
        /// this ledger cannot know what another instance held before.
        location_revoked: bool,
    },
    /// Ignored: its version is lower than or equal to the one held (or to
    /// the version of an erase tombstone). Nothing changed.
    Stale {
        /// Version held (record or tombstone).
        held_version: u64,
        /// Version of the ignored update.
        update_version: u64,
    },
    /// Everything held about the user was removed; a tombstone remembers
    /// the version so that older records arriving later are ignored.
    Erased {
        /// Version remembered in the tombstone (the higher of the erase's
        /// version and the version held before).
        version: u64,
    },
}

impl ConsentChange {
    /// Whether the user's presence state must be purged now.
    #[must_use]
    pub const fn purge_presence(self) -> bool {
        matches!(
            self,
            Self::Applied {
                location_revoked: true,
                ..
            } | Self::Erased { .. }
        )
    }

    /// Whether the user's caps history (and any other state) must be purged
    /// now: only an erase does that. Revoking `offers` keeps the history
    /// until it expires by itself, so that re-granting offers the same day
    /// cannot reset the daily cap.
    #[must_use]
    pub const fn purge_history(self) -> bool {
        matches!(self, Self::Erased { .. })
    }
}

/// A consent record the ledger could not accept.
///
/// The record was newer than the one held, so the user's latest wish is not
/// known: the ledger fails closed and now holds a record at this version that
/// grants nothing (an older grant must not survive a newer, unreadable
/// record that may have revoked it).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "consent record version {version} of user {user_id} rejected: unknown time zone {time_zone:?} \
     (expected an IANA name such as \"Europe/Berlin\"); the user is now denied every purpose"
)]
pub struct InvalidConsent {
    /// Whose record.
    pub user_id: UserId,
    /// Version of the rejected record.
    pub version: u64,
    /// The time zone string given (truncated to 64 characters).
    pub time_zone: String,
    /// Whether location was granted before: if so, purge presence state just
    /// as for [`ConsentChange::Applied`] with `location_revoked`.
    pub location_revoked: bool,
}

impl InvalidConsent {
    /// Whether the user's presence state must be purged now.
    #[must_use]
    pub const fn purge_presence(&self) -> bool {
        self.location_revoked
    }
}

#[derive(Debug, Clone)]
enum Entry {
    Consent(UserConsent),
    /// The user was erased. Only the version and when the ledger applied
    /// the erase are kept, so that an older `Set` cannot resurrect them.
    Erased {
        version: u64,
        applied_at: Timestamp,
    },
}

impl Entry {
    const fn version(&self) -> u64 {
        match self {
            Self::Consent(c) => c.version,
            Self::Erased { version, .. } => *version,
        }
    }

    const fn location_granted(&self) -> bool {
        match self {
            Self::Consent(c) => c.allows(Purpose::Location),
            Self::Erased { .. } => false,
        }
    }
}

/// The latest consent of every user, default deny.
///
/// Versions are per user and monotonic: an update whose version is lower
/// than or equal to the one held is stale and ignored. An erase is never
/// ignored (a request to forget is honoured whatever its version); it leaves
/// a tombstone with the highest version seen, kept for the tombstone
/// retention (default [`DEFAULT_TOMBSTONE_RETENTION`]) after it was applied,
/// then dropped by [`prune_tombstones`](Self::prune_tombstones).
#[derive(Debug, Clone)]
pub struct ConsentLedger {
    users: HashMap<UserId, Entry>,
    /// The users whose entry is an erase tombstone: `len` stays O(1) for
    /// metrics, and restoring a partition lists erasures without walking
    /// every user.
    erased: HashSet<UserId>,
    /// The purposes of every user whose entry is a consent record, for the
    /// per-ping gate ([`Self::allows`]): kept in step with `users` by
    /// [`Self::put`] and [`Self::prune_tombstones`].
    grants: GrantIndex,
    tombstone_retention: Duration,
}

impl Default for ConsentLedger {
    fn default() -> Self {
        Self::new()
    }
}

impl ConsentLedger {
    /// An empty ledger (denies everyone) with the default tombstone retention.
    #[must_use]
    pub fn new() -> Self {
        Self {
            users: HashMap::new(),
            erased: HashSet::new(),
            grants: GrantIndex::default(),
            tombstone_retention: DEFAULT_TOMBSTONE_RETENTION,
        }
    }

    /// Sets how long erase tombstones are kept after the erase was applied.
    ///
    /// Pick at least the longest delay with which an older record of the
    /// same user can still arrive (producer retries, replays of upstream
    /// systems). Within the consent topic itself ordering per key holds and
    /// the erase record stays the key's latest value, so a restarted ledger
    /// rebuilds the tombstone from it.
    #[must_use]
    pub const fn with_tombstone_retention(mut self, retention: Duration) -> Self {
        self.tombstone_retention = retention;
        self
    }

    /// Applies one update from the consent topic. `now` is the processing
    /// time; it only dates erase tombstones.
    ///
    /// # Errors
    /// [`InvalidConsent`] when a newer `Set` names an unknown time zone. The
    /// ledger then denies the user every purpose (see the error's docs).
    pub fn apply(
        &mut self,
        update: ConsentUpdate,
        now: Timestamp,
    ) -> Result<ConsentChange, InvalidConsent> {
        match update {
            ConsentUpdate::Set(record) => self.apply_set(record),
            ConsentUpdate::Erase(erase) => Ok(self.apply_erase(&erase, now)),
        }
    }

    fn apply_set(&mut self, record: ConsentRecord) -> Result<ConsentChange, InvalidConsent> {
        let held = self.users.get(&record.user_id);
        if let Some(held) = held
            && record.version <= held.version()
        {
            return Ok(ConsentChange::Stale {
                held_version: held.version(),
                update_version: record.version,
            });
        }
        // No entry: location may have been granted by a record this ledger
        // never saw (another instance, before a restart); assume it was.
        let location_before = held.is_none_or(Entry::location_granted);
        let ConsentRecord {
            user_id,
            purposes,
            blocked_categories,
            max_offers_per_day,
            quiet_hours,
            time_zone,
            version,
            updated_at,
        } = record;
        let Ok(tz) = time_zone.parse::<Tz>() else {
            // Fail closed: remember the version, grant nothing.
            self.put(
                user_id.clone(),
                Entry::Consent(UserConsent::denied(version, updated_at)),
            );
            return Err(InvalidConsent {
                user_id,
                version,
                time_zone: time_zone.chars().take(64).collect(),
                location_revoked: location_before,
            });
        };
        let mut blocked: Vec<Box<str>> = blocked_categories
            .iter()
            .map(|c| c.as_str().to_lowercase().into_boxed_str())
            .collect();
        blocked.sort_unstable();
        blocked.dedup();
        let consent = UserConsent {
            purposes,
            blocked_categories: blocked.into_boxed_slice(),
            max_offers_per_day,
            quiet_hours,
            time_zone: tz,
            version,
            updated_at,
        };
        let location_revoked = location_before && !consent.allows(Purpose::Location);
        self.put(user_id, Entry::Consent(consent));
        Ok(ConsentChange::Applied {
            version,
            location_revoked,
        })
    }

    fn apply_erase(&mut self, erase: &EraseRequest, now: Timestamp) -> ConsentChange {
        let version = self
            .users
            .get(&erase.user_id)
            .map_or(erase.version, |held| held.version().max(erase.version));
        self.put(
            erase.user_id.clone(),
            Entry::Erased {
                version,
                applied_at: now,
            },
        );
        ConsentChange::Erased { version }
    }

    /// A consent record for `user` arrived and could not be read (bad
    /// encoding, an invalid field, a key that differs from the user id in
    /// the value): their latest wish is unknown, so the ledger fails closed.
    /// The user is denied every purpose from now on, at the version held
    /// (0 if none), so the next readable record with a higher version
    /// applies as usual. An erased user stays erased.
    ///
    /// Returns the change to act on: presence state must be purged.
    pub fn deny_unreadable(&mut self, user: UserId, at: Timestamp) -> ConsentChange {
        if let Some(Entry::Erased { version, .. }) = self.users.get(&user) {
            return ConsentChange::Stale {
                held_version: *version,
                update_version: *version,
            };
        }
        let version = self.users.get(&user).map_or(0, Entry::version);
        self.put(user, Entry::Consent(UserConsent::denied(version, at)));
        ConsentChange::Applied {
            version,
            location_revoked: true,
        }
    }

    /// Inserts or replaces the entry of `user`, keeping the set of erased
    /// users.
    fn put(&mut self, user: UserId, entry: Entry) {
        match &entry {
            Entry::Erased { .. } => {
                self.grants.remove(&user);
                self.erased.insert(user.clone());
            }
            Entry::Consent(c) => {
                self.grants.set(&user, c.purposes);
                if !self.erased.is_empty() {
                    self.erased.remove(&user);
                }
            }
        }
        self.users.insert(user, entry);
    }

    /// The consent held for `user`; `None` for unknown or erased users.
    #[must_use]
    pub fn get(&self, user: &UserId) -> Option<&UserConsent> {
        match self.users.get(user) {
            Some(Entry::Consent(c)) => Some(c),
            Some(Entry::Erased { .. }) | None => None,
        }
    }

    /// Whether `user` granted `purpose`. `false` for unknown or erased users.
    /// The stream's location-consent gate calls this with
    /// [`Purpose::Location`] for every ping.
    #[must_use]
    pub fn allows(&self, user: &UserId, purpose: Purpose) -> bool {
        self.grants.get(user).is_some_and(|p| p.contains(purpose))
    }

    /// Hashes `user` for [`Self::allows_hashed`]. A batch of pings is
    /// gated fastest by hashing every user first and then asking for each:
    /// the lookups do not depend on one another, so the CPU overlaps their
    /// cache misses.
    #[must_use]
    pub fn hash_user(&self, user: &UserId) -> GrantHash {
        self.grants.hash(user)
    }

    /// [`Self::allows`] with `user` already hashed by [`Self::hash_user`]
    /// (of this ledger or a clone of it; any other hash is recomputed).
    #[must_use]
    pub fn allows_hashed(&self, user: &UserId, hash: GrantHash, purpose: Purpose) -> bool {
        self.grants
            .get_hashed(user, hash)
            .is_some_and(|p| p.contains(purpose))
    }

    /// The version held for `user` (record or erase tombstone).
    #[must_use]
    pub fn version(&self, user: &UserId) -> Option<u64> {
        self.users.get(user).map(Entry::version)
    }

    /// Whether an erase tombstone is held for `user`.
    #[must_use]
    pub fn is_erased(&self, user: &UserId) -> bool {
        matches!(self.users.get(user), Some(Entry::Erased { .. }))
    }

    /// The erase tombstones held: user, version and when the erase was
    /// applied, in no particular order.
    pub fn erasures(&self) -> impl Iterator<Item = (&UserId, u64, Timestamp)> {
        self.erased.iter().filter_map(|u| match self.users.get(u) {
            Some(Entry::Erased {
                version,
                applied_at,
            }) => Some((u, *version, *applied_at)),
            Some(Entry::Consent(_)) | None => None,
        })
    }

    /// Drops erase tombstones applied more than the tombstone retention
    /// before `now`. Returns how many were dropped.
    pub fn prune_tombstones(&mut self, now: Timestamp) -> usize {
        let cutoff = now.saturating_sub(self.tombstone_retention);
        let expired: Vec<UserId> = self
            .erasures()
            .filter(|&(_, _, applied_at)| applied_at < cutoff)
            .map(|(u, _, _)| u.clone())
            .collect();
        for user in &expired {
            self.users.remove(user);
            self.erased.remove(user);
            self.grants.remove(user);
        }
        expired.len()
    }

    /// Number of users with a consent record (tombstones excluded).
    #[must_use]
    pub fn len(&self) -> usize {
        self.users.len() - self.erased.len()
    }

    /// Whether no consent record is held (tombstones excluded).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Number of erase tombstones held.
    #[must_use]
    pub fn tombstones(&self) -> usize {
        self.erased.len()
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn an_unreadable_newer_record_denies_a_user_who_had_granted() {
        let mut ledger = ConsentLedger::new();
        let user = UserId::new("user-unreadable").unwrap();
        let all = Purposes::NONE.with(Purpose::Location).with(Purpose::Offers);
        let t = Timestamp::from_millis(1_000).unwrap();
        let grant = |version| {
            ConsentUpdate::Set(ConsentRecord {
                user_id: user.clone(),
                purposes: all,
                blocked_categories: Vec::new(),
                max_offers_per_day: None,
                quiet_hours: None,
                time_zone: "Europe/Berlin".into(),
                version,
                updated_at: t,
            })
        };
        let _ = ledger.apply(grant(3), t).unwrap();
        assert!(ledger.allows(&user, Purpose::Offers));
        let change = ledger.deny_unreadable(user.clone(), t);
        assert!(change.purge_presence());
        assert!(!ledger.allows(&user, Purpose::Location));
        assert!(!ledger.allows(&user, Purpose::Offers));
        // The held grant's version does not come back...
        assert!(matches!(
            ledger.apply(grant(3), t),
            Ok(ConsentChange::Stale { .. })
        ));
        assert!(!ledger.allows(&user, Purpose::Offers));
        // ...a readable newer record applies as usual.
        let _ = ledger.apply(grant(4), t).unwrap();
        assert!(ledger.allows(&user, Purpose::Offers));
    }

    use super::*;
    use perimeter_model::{EraseRequest, LocalTime};

    fn uid(s: &str) -> UserId {
        UserId::new(s).unwrap()
    }

    fn ts(ms: i64) -> Timestamp {
        Timestamp::from_millis(ms).unwrap()
    }

    fn set(user: &str, version: u64, purposes: Purposes, tz: &str) -> ConsentUpdate {
        ConsentUpdate::Set(ConsentRecord {
            user_id: uid(user),
            purposes,
            blocked_categories: vec![Category::new("Alcohol").unwrap()],
            max_offers_per_day: None,
            quiet_hours: Some(QuietHours {
                start: LocalTime::new(22, 0).unwrap(),
                end: LocalTime::new(7, 0).unwrap(),
            }),
            time_zone: tz.to_owned(),
            version,
            updated_at: ts(1_000),
        })
    }

    fn erase(user: &str, version: u64) -> ConsentUpdate {
        ConsentUpdate::Erase(EraseRequest {
            user_id: uid(user),
            version,
            requested_at: ts(2_000),
        })
    }

    const BOTH: Purposes = Purposes::NONE.with(Purpose::Location).with(Purpose::Offers);

    #[test]
    fn unknown_user_is_denied_everything() {
        let ledger = ConsentLedger::new();
        assert!(!ledger.allows(&uid("u"), Purpose::Location));
        assert!(!ledger.allows(&uid("u"), Purpose::Offers));
        assert!(ledger.get(&uid("u")).is_none());
    }

    #[test]
    fn missing_purpose_is_denied() {
        let mut ledger = ConsentLedger::new();
        let p = Purposes::NONE.with(Purpose::Location);
        let _ = ledger.apply(set("u", 1, p, "UTC"), ts(0)).unwrap();
        assert!(ledger.allows(&uid("u"), Purpose::Location));
        assert!(!ledger.allows(&uid("u"), Purpose::Offers));
    }

    #[test]
    fn equal_and_older_versions_are_stale() {
        let mut ledger = ConsentLedger::new();
        let _ = ledger
            .apply(set("u", 5, Purposes::NONE, "UTC"), ts(0))
            .unwrap();
        for v in [5, 4, 0] {
            assert_eq!(
                ledger.apply(set("u", v, BOTH, "UTC"), ts(0)).unwrap(),
                ConsentChange::Stale {
                    held_version: 5,
                    update_version: v
                }
            );
        }
        assert!(!ledger.allows(&uid("u"), Purpose::Offers));
    }

    #[test]
    fn revoking_location_is_reported() {
        let mut ledger = ConsentLedger::new();
        let c = ledger.apply(set("u", 1, BOTH, "UTC"), ts(0)).unwrap();
        assert!(!c.purge_presence());
        let only_offers = Purposes::NONE.with(Purpose::Offers);
        let c = ledger
            .apply(set("u", 2, only_offers, "UTC"), ts(0))
            .unwrap();
        assert_eq!(
            c,
            ConsentChange::Applied {
                version: 2,
                location_revoked: true
            }
        );
        assert!(c.purge_presence());
        assert!(!c.purge_history());
        // Still revoked: nothing more to purge.
        let c = ledger
            .apply(set("u", 3, only_offers, "UTC"), ts(0))
            .unwrap();
        assert!(!c.purge_presence());
    }

    #[test]
    fn invalid_time_zone_is_an_error_and_denies_everything() {
        let mut ledger = ConsentLedger::new();
        let _ = ledger.apply(set("u", 1, BOTH, "UTC"), ts(0)).unwrap();
        let err = ledger
            .apply(set("u", 2, BOTH, "Mars/Olympus"), ts(0))
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "consent record version 2 of user u rejected: unknown time zone \"Mars/Olympus\" \
             (expected an IANA name such as \"Europe/Berlin\"); the user is now denied every purpose"
        );
        assert!(err.purge_presence());
        assert!(!ledger.allows(&uid("u"), Purpose::Location));
        assert!(!ledger.allows(&uid("u"), Purpose::Offers));
        // The older grant cannot come back.
        assert!(matches!(
            ledger.apply(set("u", 1, BOTH, "UTC"), ts(0)),
            Ok(ConsentChange::Stale { .. })
        ));
    }

    #[test]
    fn erase_leaves_a_tombstone_that_expires() {
        let mut ledger = ConsentLedger::new().with_tombstone_retention(Duration::from_secs(10));
        let _ = ledger
            .apply(set("u", 3, BOTH, "Europe/Berlin"), ts(0))
            .unwrap();
        let c = ledger.apply(erase("u", 2), ts(1_000)).unwrap();
        assert_eq!(c, ConsentChange::Erased { version: 3 });
        assert!(c.purge_presence() && c.purge_history());
        assert!(ledger.is_erased(&uid("u")));
        assert_eq!((ledger.len(), ledger.tombstones()), (0, 1));
        assert!(matches!(
            ledger.apply(set("u", 3, BOTH, "UTC"), ts(2_000)),
            Ok(ConsentChange::Stale {
                held_version: 3,
                ..
            })
        ));
        assert_eq!(ledger.prune_tombstones(ts(11_000)), 0);
        assert_eq!(ledger.prune_tombstones(ts(11_001)), 1);
        assert_eq!((ledger.len(), ledger.tombstones()), (0, 0));
        // A newer Set after an erase replaces the tombstone.
        let _ = ledger.apply(erase("u", 4), ts(20_000)).unwrap();
        let _ = ledger.apply(set("u", 5, BOTH, "UTC"), ts(20_000)).unwrap();
        let _ = ledger.apply(set("v", 1, BOTH, "UTC"), ts(20_000)).unwrap();
        assert_eq!((ledger.len(), ledger.tombstones()), (2, 0));
    }

    #[test]
    fn blocked_categories_compare_case_insensitively() {
        let mut ledger = ConsentLedger::new();
        let _ = ledger.apply(set("u", 1, BOTH, "UTC"), ts(0)).unwrap();
        let c = ledger.get(&uid("u")).unwrap();
        assert!(c.blocks(&Category::new("alcohol").unwrap()));
        assert!(c.blocks(&Category::new("ALCOHOL").unwrap()));
        assert!(!c.blocks(&Category::new("food").unwrap()));
        assert_eq!(c.time_zone(), Tz::UTC);
    }
}

#[cfg(test)]
mod gate_tests {
    use super::*;
    use proptest::prelude::*;
    use proptest::test_runner::{Config, RngSeed};

    #[derive(Debug, Clone)]
    enum Op {
        Set {
            user: u8,
            version: u64,
            purposes: u8,
            bad_tz: bool,
        },
        Erase {
            user: u8,
            version: u64,
        },
        Unreadable(u8),
        Prune(i64),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            5 => (0..40u8, 0..6u64, 0..4u8, proptest::bool::weighted(0.1)).prop_map(
                |(user, version, purposes, bad_tz)| Op::Set { user, version, purposes, bad_tz }
            ),
            1 => (0..40u8, 0..6u64).prop_map(|(user, version)| Op::Erase { user, version }),
            1 => (0..40u8).prop_map(Op::Unreadable),
            1 => (0..20i64).prop_map(Op::Prune),
        ]
    }

    fn user(u: u8) -> UserId {
        // Some ids too long for the grant table's inline keys.
        let id = if u.is_multiple_of(7) {
            format!("a-user-whose-id-does-not-fit-inline-{u}")
        } else {
            format!("user-{u}")
        };
        UserId::new(&id).unwrap()
    }

    proptest! {
        #![proptest_config(Config {
            cases: 300,
            rng_seed: RngSeed::Fixed(0x1ED6_E500_0000_0001),
            failure_persistence: None,
            ..Config::default()
        })]

        /// The per-ping gate (`allows`, `allows_hashed`) answers exactly
        /// what the record held says, whatever sequence of updates,
        /// erasures, unreadable records and tombstone pruning came before.
        #[test]
        fn the_gate_agrees_with_the_record_held(ops in proptest::collection::vec(op(), 1..300)) {
            let mut ledger = ConsentLedger::new().with_tombstone_retention(Duration::from_secs(5));
            for (n, op) in ops.into_iter().enumerate() {
                let now = Timestamp::from_millis(i64::try_from(n).unwrap() * 1000).unwrap();
                match op {
                    Op::Set { user: u, version, purposes: bits, bad_tz } => {
                        let mut purposes = Purposes::NONE;
                        if bits & 1 != 0 {
                            purposes = purposes.with(Purpose::Location);
                        }
                        if bits & 2 != 0 {
                            purposes = purposes.with(Purpose::Offers);
                        }
                        let _ = ledger.apply(
                            ConsentUpdate::Set(ConsentRecord {
                                user_id: user(u),
                                purposes,
                                blocked_categories: Vec::new(),
                                max_offers_per_day: None,
                                quiet_hours: None,
                                time_zone: if bad_tz { "Mars/Olympus".into() } else { "UTC".into() },
                                version,
                                updated_at: now,
                            }),
                            now,
                        );
                    }
                    Op::Erase { user: u, version } => {
                        let _ = ledger.apply(
                            ConsentUpdate::Erase(EraseRequest { user_id: user(u), version, requested_at: now }),
                            now,
                        );
                    }
                    Op::Unreadable(u) => {
                        let _ = ledger.deny_unreadable(user(u), now);
                    }
                    Op::Prune(s) => {
                        let _ = ledger.prune_tombstones(now.saturating_add(Duration::from_secs(s.unsigned_abs())));
                    }
                }
                for u in 0..40 {
                    let id = user(u);
                    let hash = ledger.hash_user(&id);
                    for p in [Purpose::Location, Purpose::Offers] {
                        let held = ledger.get(&id).is_some_and(|c| c.allows(p));
                        prop_assert_eq!(ledger.allows(&id, p), held);
                        prop_assert_eq!(ledger.allows_hashed(&id, hash, p), held);
                    }
                }
            }
        }
    }
}
