//! The id map: the slot of a fence id, for callers that hold ids (open
//! visits, the admin API).
//!
//! An open-addressing table of 8-byte entries (a 32-bit fingerprint of the
//! id's hash and the slot), at most 80% full: about 10 bytes a fence, where
//! a `HashMap<FenceId, u32>` takes about 52 (a 24-byte entry and a control
//! byte per bucket, at a power-of-two bucket count). A fingerprint match is
//! confirmed against the fence's own id.

use std::hash::{DefaultHasher, Hash, Hasher};

use perimeter_model::FenceId;

use super::par;
use crate::fence::Fence;

/// An empty entry (slots are stored plus one).
const EMPTY: u64 = 0;

#[derive(Default)]
pub(super) struct IdTable {
    entries: Vec<u64>,
}

fn hash(id: &FenceId) -> u64 {
    let mut h = DefaultHasher::new();
    id.as_str().hash(&mut h);
    h.finish()
}

impl IdTable {
    /// The table of `fences` (slot = position; ids unique).
    pub(super) fn new(fences: &[Fence]) -> Self {
        let len = (fences.len() * 5 / 4 + 1).max(1);
        let mut entries = vec![EMPTY; len];
        let hashes = par::map(fences, |f| hash(&f.id));
        for (slot, h) in hashes.into_iter().enumerate() {
            let mut i = home(h, len);
            while entries[i] != EMPTY {
                i = if i + 1 == len { 0 } else { i + 1 };
            }
            entries[i] = (h << 32) | (slot as u64 + 1);
        }
        Self { entries }
    }

    /// The slot of `id` among `fences` (the ones the table was built from).
    pub(super) fn get(&self, id: &FenceId, fences: &[Fence]) -> Option<usize> {
        let len = self.entries.len();
        if len == 0 {
            return None;
        }
        let h = hash(id);
        let mut i = home(h, len);
        loop {
            let e = self.entries[i];
            if e == EMPTY {
                return None;
            }
            if e >> 32 == h & 0xFFFF_FFFF {
                let slot = (e & 0xFFFF_FFFF) as usize - 1;
                if fences.get(slot).is_some_and(|f| f.id == *id) {
                    return Some(slot);
                }
            }
            i = if i + 1 == len { 0 } else { i + 1 };
        }
    }

    /// Heap bytes.
    pub(super) fn bytes(&self) -> usize {
        self.entries.capacity() * 8
    }
}

/// The home entry of hash `h` in a table of `len` entries (multiply-high:
/// the hash's high bits, independent of the fingerprint's low ones).
#[inline]
fn home(h: u64, len: usize) -> usize {
    ((u128::from(h) * len as u128) >> 64) as usize
}
