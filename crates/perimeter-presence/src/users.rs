//! The table of tracked users: a dense slab of (user id, state) slots and a
//! hash index of slot positions.
//!
//! Why not `HashMap<UserId, UserState>`: a hash table keeps between 7/16 and
//! 7/8 of its buckets full, and every empty bucket costs as much as a full
//! one. With the 56-byte (user id, state) pair in the buckets, 1M users sat
//! in 2^21 buckets at 119.5 bytes per user. Here the buckets hold only a
//! 4-byte slot position (5 bytes with the control byte, 10.5 bytes per user
//! at 1M), and the 56-byte pairs live in a `Vec` with no holes that grows by
//! a quarter, so it is at least 80% full. The price is one more memory
//! access per lookup (index bucket, then slot), and a second hash when a
//! removal moves the last slot into the hole.
//!
//! Nothing outside the tracker sees the slot order: events are sorted before
//! they leave, so swapping slots on removal changes no output.

use std::hash::{BuildHasher, RandomState};

use hashbrown::HashTable;
use perimeter_model::UserId;

use crate::visit::UserState;

/// One tracked user: the id (an `Arc<str>` handle, shared with whoever else
/// holds the id) and the state. 56 bytes on 64-bit targets.
#[derive(Debug)]
pub(crate) struct Slot {
    pub(crate) user: UserId,
    pub(crate) state: UserState,
}

/// Tracked users by id. See the module documentation for the layout.
#[derive(Debug, Default)]
pub(crate) struct UserTable {
    /// Positions in `slots`, hashed by the id in the slot they point to.
    index: HashTable<u32>,
    /// Every tracked user, in no meaningful order, without holes.
    slots: Vec<Slot>,
    /// The same keyed SipHash as `std::collections::HashMap`: user ids come
    /// from devices, so the table must not be open to collision flooding.
    hasher: RandomState,
}

impl UserTable {
    pub(crate) fn len(&self) -> usize {
        self.slots.len()
    }

    fn hash(&self, user: &UserId) -> u64 {
        self.hasher.hash_one(user)
    }

    /// The slot position of `user`, if tracked.
    fn position(&self, hash: u64, user: &UserId) -> Option<usize> {
        let slots = &self.slots;
        self.index
            .find(hash, |&at| {
                slots.get(at as usize).is_some_and(|s| s.user == *user)
            })
            .map(|&at| at as usize)
    }

    pub(crate) fn contains(&self, user: &UserId) -> bool {
        self.position(self.hash(user), user).is_some()
    }

    pub(crate) fn get(&self, user: &UserId) -> Option<&UserState> {
        let at = self.position(self.hash(user), user)?;
        self.slots.get(at).map(|s| &s.state)
    }

    pub(crate) fn get_mut(&mut self, user: &UserId) -> Option<&mut UserState> {
        let at = self.position(self.hash(user), user)?;
        self.slots.get_mut(at).map(|s| &mut s.state)
    }

    /// Sets `user`'s state, adding the user if untracked (an existing
    /// user's id handle is kept, like `HashMap::insert`).
    pub(crate) fn insert(&mut self, user: UserId, state: UserState) {
        let hash = self.hash(&user);
        if let Some(slot) = self
            .position(hash, &user)
            .and_then(|at| self.slots.get_mut(at))
        {
            slot.state = state;
            return;
        }
        #[expect(
            clippy::expect_used,
            reason = "2^32 users would take over 400 GB of state; a partition \
                      that large has failed long before this point"
        )]
        let at = u32::try_from(self.slots.len()).expect("fewer than 2^32 tracked users");
        if self.slots.len() == self.slots.capacity() {
            // Grow by a quarter rather than the default doubling, so the
            // slab is never less than 80% full (a doubled `Vec` is only half
            // full right after growing). Large reallocations are remapped,
            // not copied, by the system allocator; smaller ones are cheap.
            self.slots.reserve_exact((self.slots.len() / 4).max(16));
        }
        self.slots.push(Slot { user, state });
        let (slots, hasher) = (&self.slots, &self.hasher);
        self.index.insert_unique(hash, at, |&p| {
            slots
                .get(p as usize)
                .map_or(0, |s| hasher.hash_one(&s.user))
        });
    }

    /// Stops tracking `user`; returns its slot (id handle and state).
    pub(crate) fn remove(&mut self, user: &UserId) -> Option<Slot> {
        let hash = self.hash(user);
        let slots = &self.slots;
        let (at, _) = self
            .index
            .find_entry(hash, |&p| {
                slots.get(p as usize).is_some_and(|s| s.user == *user)
            })
            .ok()?
            .remove();
        self.take_slot(at as usize)
    }

    /// Removes the slot at `at`, whose index entry is already gone, by moving
    /// the last slot into its place and repointing that slot's index entry.
    fn take_slot(&mut self, at: usize) -> Option<Slot> {
        let last = self.slots.len().checked_sub(1)?;
        if at > last {
            return None;
        }
        if at != last {
            let moved = self.slots.get(last).map(|s| self.hash(&s.user))?;
            if let Some(p) = self.index.find_mut(moved, |&p| p as usize == last) {
                // `at < last`, which fits in `u32`.
                *p = u32::try_from(at).unwrap_or(u32::MAX);
            }
        }
        Some(self.slots.swap_remove(at))
    }

    /// Keeps the users for which `keep` returns true; `keep` sees every user
    /// once.
    pub(crate) fn retain(&mut self, mut keep: impl FnMut(&UserId, &mut UserState) -> bool) {
        let mut at = 0;
        while let Some(slot) = self.slots.get_mut(at) {
            if keep(&slot.user, &mut slot.state) {
                at += 1;
                continue;
            }
            let hash = self.hasher.hash_one(&slot.user);
            if let Ok(entry) = self.index.find_entry(hash, |&p| p as usize == at) {
                entry.remove();
            }
            // The last slot moves to `at`: look at it next.
            self.take_slot(at);
        }
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = (&UserId, &UserState)> {
        self.slots.iter().map(|s| (&s.user, &s.state))
    }

    pub(crate) fn iter_mut(&mut self) -> impl Iterator<Item = (&UserId, &mut UserState)> {
        self.slots.iter_mut().map(|s| (&s.user, &mut s.state))
    }

    /// Bytes of the index's allocation: buckets × (4-byte position + 1
    /// control byte) + 16 trailing control bytes (hashbrown's own figure).
    pub(crate) fn index_bytes(&self) -> usize {
        self.index.allocation_size()
    }

    /// Bytes of the slab's allocation: capacity × slot size.
    pub(crate) fn slab_bytes(&self) -> usize {
        self.slots.capacity() * size_of::<Slot>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::visit::VisitSet;
    use perimeter_model::Timestamp;

    fn user(i: u32) -> UserId {
        UserId::new(&format!("user-{i}")).unwrap()
    }

    fn state(ms: i64) -> UserState {
        UserState {
            last_ping: Timestamp::from_millis(ms).unwrap(),
            visits: VisitSet::None,
        }
    }

    fn last_ping(t: &UserTable, i: u32) -> Option<i64> {
        t.get(&user(i)).map(|s| s.last_ping.as_millis())
    }

    #[test]
    fn a_slot_is_a_user_id_handle_and_a_state() {
        assert_eq!(size_of::<Slot>(), 56);
    }

    #[test]
    fn removals_move_the_last_slot_and_keep_every_lookup_right() {
        let mut t = UserTable::default();
        for i in 0..1000 {
            t.insert(user(i), state(i.into()));
        }
        // Replace, don't add.
        t.insert(user(7), state(70_000));
        assert_eq!((t.len(), last_ping(&t, 7)), (1000, Some(70_000)));
        assert_eq!(t.remove(&user(3)).map(|s| s.user), Some(user(3)));
        assert!(t.remove(&user(3)).is_none());
        assert!(t.remove(&user(999)).is_some(), "the last slot itself");
        // Every third user goes, the kept ones are each seen once.
        let mut seen = 0;
        t.retain(|u, _| {
            seen += 1;
            u.as_str()
                .trim_start_matches("user-")
                .parse::<u32>()
                .unwrap()
                % 3
                != 0
        });
        assert_eq!(seen, 998);
        for i in 0..1000 {
            let expect = match i {
                7 => Some(70_000),
                _ if i % 3 == 0 => None,
                _ => Some(i64::from(i)),
            };
            assert_eq!(last_ping(&t, i), expect, "user {i}");
            assert_eq!(t.contains(&user(i)), expect.is_some());
        }
        assert_eq!(t.len(), t.iter().count());
        assert_eq!(t.len(), 1000 - 334);
    }

    #[test]
    fn the_slab_grows_by_a_quarter() {
        let mut t = UserTable::default();
        for i in 0..100_000 {
            t.insert(user(i), state(0));
            let cap = t.slab_bytes() / size_of::<Slot>();
            assert!(
                t.len() * 5 >= cap * 4 || t.len() < 64,
                "{} of {cap}",
                t.len()
            );
        }
        // 2^17 buckets of a 4-byte position and a control byte, and a
        // trailing group of control bytes.
        assert_eq!(t.index_bytes(), (1 << 17) * 5 + 16);
    }
}
