//! [`GrantIndex`]: the purposes each user granted, in a table built for the
//! per-ping consent gate.
//!
//! The ledger's main map (`HashMap<UserId, Entry>`) costs three dependent
//! cache misses per lookup at a million users: the control bytes, the
//! bucket, then the key's heap string (`UserId` is an `Arc<str>`) to compare
//! it. This table keeps short keys inline next to the purposes, in 32-byte
//! slots (two per cache line) with linear probing, so a lookup usually
//! touches one line of the table and nothing else. Lookups of a batch can
//! be hashed first ([`GrantIndex::hash`]) and then made one after another
//! ([`GrantIndex::get_hashed`]): they do not depend on each other, so the
//! CPU overlaps their cache misses.
//!
//! Keys are hashed with std's keyed SipHash (`RandomState`, a random key per
//! table), as the ledger's `HashMap` is: user ids come from outside, and
//! nobody who cannot read the key can make them collide. A lookup always
//! compares the whole key, so a hash can only narrow the search, never
//! grant anything by itself. Keys longer than the inline space go to a
//! plain `HashMap`.

use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};

use perimeter_model::{Purposes, UserId};

/// Bytes of a key kept inline in a slot.
const INLINE: usize = 25;

/// One slot: `len == 0` is empty (no user id is empty).
#[derive(Debug, Clone, Copy)]
#[repr(C, align(32))]
struct Slot {
    /// The low 32 bits of the key's hash; also where its probe starts.
    hash: u32,
    purposes: Purposes,
    len: u8,
    key: [u8; INLINE],
}

const EMPTY: Slot = Slot {
    hash: 0,
    purposes: Purposes::NONE,
    len: 0,
    key: [0; INLINE],
};

impl Slot {
    fn holds(&self, hash: u32, key: &[u8]) -> bool {
        self.hash == hash && usize::from(self.len) == key.len() && self.key[..key.len()] == *key
    }
}

/// A user id hashed by one [`GrantIndex`] (see [`GrantIndex::hash`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GrantHash {
    hash: u64,
    /// Which hashing it came from: a hash of another table is not used.
    table: u64,
}

/// Each user's granted purposes (users without a record are absent).
#[derive(Debug, Clone)]
pub(crate) struct GrantIndex {
    hasher: RandomState,
    /// This table's hashing, as [`GrantHash::table`].
    id: u64,
    /// Empty, or a power of two long, at most half full.
    slots: Vec<Slot>,
    /// Occupied slots.
    used: usize,
    /// Keys longer than [`INLINE`] bytes.
    long: HashMap<UserId, Purposes>,
}

impl Default for GrantIndex {
    fn default() -> Self {
        let hasher = RandomState::new();
        let id = hasher.hash_one(0x9e37_79b9_7f4a_7c15_u64);
        Self {
            hasher,
            id,
            slots: Vec::new(),
            used: 0,
            long: HashMap::new(),
        }
    }
}

impl GrantIndex {
    /// Hashes `user` for [`Self::get_hashed`].
    pub(crate) fn hash(&self, user: &UserId) -> GrantHash {
        GrantHash {
            hash: self.hasher.hash_one(user.as_str().as_bytes()),
            table: self.id,
        }
    }

    /// The purposes `user` granted, if they have a record.
    pub(crate) fn get(&self, user: &UserId) -> Option<Purposes> {
        self.get_hashed(user, self.hash(user))
    }

    /// [`Self::get`] with the hash already computed (by this table; a hash
    /// of another is recomputed).
    pub(crate) fn get_hashed(&self, user: &UserId, hash: GrantHash) -> Option<Purposes> {
        let key = user.as_str().as_bytes();
        if key.len() > INLINE {
            return self.long.get(user).copied();
        }
        let hash = if hash.table == self.id {
            hash.hash
        } else {
            self.hash(user).hash
        };
        self.find(truncate(hash), key)
            .map(|i| self.slots[i].purposes)
    }

    /// Sets the purposes of `user`.
    pub(crate) fn set(&mut self, user: &UserId, purposes: Purposes) {
        let key = user.as_str().as_bytes();
        let Ok(len) = u8::try_from(key.len()) else {
            self.long.insert(user.clone(), purposes);
            return;
        };
        if key.len() > INLINE {
            self.long.insert(user.clone(), purposes);
            return;
        }
        let hash = truncate(self.hash(user).hash);
        if let Some(i) = self.find(hash, key) {
            self.slots[i].purposes = purposes;
            return;
        }
        if (self.used + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let mut slot = Slot {
            hash,
            purposes,
            len,
            key: [0; INLINE],
        };
        slot.key[..key.len()].copy_from_slice(key);
        self.place(slot);
        self.used += 1;
    }

    /// Forgets `user`.
    pub(crate) fn remove(&mut self, user: &UserId) {
        let key = user.as_str().as_bytes();
        if key.len() > INLINE {
            self.long.remove(user);
            return;
        }
        let Some(mut hole) = self.find(truncate(self.hash(user).hash), key) else {
            return;
        };
        // Backward shift: move later entries of the probe run into the
        // hole when that brings them no further from their start, so that
        // every probe still ends at the first empty slot.
        let mask = self.slots.len() - 1;
        let mut j = hole;
        loop {
            j = (j + 1) & mask;
            let s = self.slots[j];
            if s.len == 0 {
                break;
            }
            let home = s.hash as usize & mask;
            if (j.wrapping_sub(home) & mask) >= (j.wrapping_sub(hole) & mask) {
                self.slots[hole] = s;
                hole = j;
            }
        }
        self.slots[hole] = EMPTY;
        self.used -= 1;
    }

    /// Number of users held.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.used + self.long.len()
    }

    fn find(&self, hash: u32, key: &[u8]) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = hash as usize & mask;
        // At most half full: an empty slot ends every probe.
        loop {
            let s = &self.slots[i];
            if s.len == 0 {
                return None;
            }
            if s.holds(hash, key) {
                return Some(i);
            }
            i = (i + 1) & mask;
        }
    }

    /// Puts `slot` in the first empty slot of its probe (the key is absent
    /// and there is room).
    fn place(&mut self, slot: Slot) {
        let mask = self.slots.len() - 1;
        let mut i = slot.hash as usize & mask;
        while self.slots[i].len != 0 {
            i = (i + 1) & mask;
        }
        self.slots[i] = slot;
    }

    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(16);
        let old = std::mem::replace(&mut self.slots, vec![EMPTY; size]);
        for s in old.into_iter().filter(|s| s.len != 0) {
            self.place(s);
        }
    }
}

/// The part of a hash a slot keeps (and starts its probe from).
#[allow(
    clippy::cast_possible_truncation,
    reason = "the low 32 bits of the hash are kept on purpose"
)]
const fn truncate(hash: u64) -> u32 {
    hash as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use perimeter_model::Purpose;
    use proptest::prelude::*;
    use proptest::test_runner::{Config, RngSeed};

    fn id(s: &str) -> UserId {
        UserId::new(s).unwrap()
    }

    fn purposes(bits: u8) -> Purposes {
        let mut p = Purposes::NONE;
        if bits & 1 != 0 {
            p = p.with(Purpose::Location);
        }
        if bits & 2 != 0 {
            p = p.with(Purpose::Offers);
        }
        p
    }

    #[test]
    fn unknown_users_have_no_grants_and_long_ids_are_kept_too() {
        let mut g = GrantIndex::default();
        assert_eq!(g.get(&id("ana")), None);
        let long = id(&"x".repeat(INLINE + 1));
        let edge = id(&"y".repeat(INLINE));
        g.set(&long, purposes(1));
        g.set(&edge, purposes(2));
        assert_eq!(g.get(&long), Some(purposes(1)));
        assert_eq!(g.get(&edge), Some(purposes(2)));
        assert_eq!(g.get(&id("ana")), None);
        g.remove(&long);
        assert_eq!(g.get(&long), None);
        assert_eq!(g.len(), 1);
    }

    #[test]
    fn a_hash_of_another_table_is_recomputed() {
        let mut a = GrantIndex::default();
        let b = GrantIndex::default();
        a.set(&id("ana"), purposes(3));
        let foreign = b.hash(&id("ana"));
        assert_eq!(a.get_hashed(&id("ana"), foreign), Some(purposes(3)));
        assert_eq!(
            a.get_hashed(&id("ana"), a.hash(&id("ana"))),
            Some(purposes(3))
        );
    }

    #[derive(Debug, Clone)]
    enum Op {
        Set(u16, u8),
        Remove(u16),
    }

    fn op() -> impl Strategy<Value = Op> {
        // A small universe of users, so that sets, updates and removals
        // of the same keys meet in long probe runs; some ids are too long
        // to be kept inline.
        prop_oneof![
            3 => (0..400u16, 0..4u8).prop_map(|(u, p)| Op::Set(u, p)),
            2 => (0..400u16).prop_map(Op::Remove),
        ]
    }

    fn user(u: u16) -> UserId {
        if u.is_multiple_of(37) {
            id(&format!("user-with-a-rather-long-id-{u:05}"))
        } else {
            id(&format!("user-{u}"))
        }
    }

    proptest! {
        #![proptest_config(Config {
            cases: 300,
            rng_seed: RngSeed::Fixed(0x6EA7_5000_0000_0001),
            failure_persistence: None,
            ..Config::default()
        })]

        /// The table answers every lookup as a `HashMap` given the same
        /// operations does, after each operation.
        #[test]
        fn answers_as_a_hash_map_does(ops in proptest::collection::vec(op(), 1..1500)) {
            let mut g = GrantIndex::default();
            let mut model: HashMap<UserId, Purposes> = HashMap::new();
            for (n, op) in ops.iter().enumerate() {
                match *op {
                    Op::Set(u, p) => {
                        g.set(&user(u), purposes(p));
                        model.insert(user(u), purposes(p));
                    }
                    Op::Remove(u) => {
                        g.remove(&user(u));
                        model.remove(&user(u));
                    }
                }
                prop_assert_eq!(g.len(), model.len());
                if n % 50 == 0 || n + 1 == ops.len() {
                    for u in 0..400 {
                        prop_assert_eq!(g.get(&user(u)), model.get(&user(u)).copied(), "user {}", u);
                    }
                }
            }
        }
    }
}
