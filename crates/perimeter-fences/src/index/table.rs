//! The cell table: an open-addressing hash table from cell key to what the
//! cell holds, four 16-byte slots to a 64-byte bucket.
//!
//! A key lives in its home bucket unless that bucket was full at build
//! time, in which case the bucket's bit in `overflowed` is set and the key
//! is in a following bucket. A lookup for an absent key therefore reads one
//! cache line in the common case (linear probing over single slots would
//! scan several lines for every miss, and half of all pings miss).

use super::cell::ALL_SUB_CELLS;

/// No edge record (see [`Part::record`]).
pub(super) const NO_RECORD: u32 = u32::MAX;

/// One fence's share of a table cell: which sub-cells it surely covers,
/// which its boundary crosses (any other sub-cell is surely outside it),
/// and the edge record that decides the crossed ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Part {
    /// The fence's slot.
    pub slot: u32,
    /// Sub-cells wholly inside the fence.
    pub sure: u16,
    /// Sub-cells the fence's boundary crosses.
    pub maybe: u16,
    /// The cell's edge record for this fence, or [`NO_RECORD`].
    pub record: u32,
}

impl Part {
    /// A fence covering the whole cell.
    pub(super) fn whole(slot: u32) -> Self {
        Self {
            slot,
            sure: ALL_SUB_CELLS,
            maybe: 0,
            record: NO_RECORD,
        }
    }

    #[inline]
    pub(super) fn covers_whole_cell(&self) -> bool {
        self.sure == ALL_SUB_CELLS
    }
}

/// What a table cell holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cell {
    /// One fence reaches the cell (the common case: one memory access
    /// answers the query).
    One(Part),
    /// Several fences reach it: `parts[start..start + len]` of the index.
    Shared {
        /// First part.
        start: u32,
        /// Number of parts.
        len: u32,
    },
}

const TAG_WHOLE: u64 = 0;
const TAG_PART: u64 = 1;
const TAG_SHARED: u64 = 2;
const EMPTY: u64 = u64::MAX;

/// Layout of a slot's `packed` word: `[cell key | tag (2 bits) | payload]`.
/// The cell key is `row * cols + col`, which needs 40 bits at
/// `cell_bits = 12`; the rest is the payload, a fence slot.
#[derive(Debug, Clone, Copy)]
pub(super) struct Packing {
    payload_bits: u32,
}

impl Packing {
    pub(super) fn for_cells(cells: u64) -> Self {
        let key_bits = 64 - cells.leading_zeros();
        Self {
            payload_bits: 62u32.saturating_sub(key_bits),
        }
    }

    /// The largest fence slot a slot can hold.
    pub(super) fn max_payload(self) -> u64 {
        (1u64 << self.payload_bits) - 1
    }

    #[inline]
    fn pack(self, key: u64, tag: u64, payload: u32) -> u64 {
        (key << (self.payload_bits + 2)) | (tag << self.payload_bits) | u64::from(payload)
    }

    #[inline]
    fn key(self, packed: u64) -> u64 {
        packed >> (self.payload_bits + 2)
    }

    #[inline]
    fn tag(self, packed: u64) -> u64 {
        (packed >> self.payload_bits) & 3
    }

    #[inline]
    fn payload(self, packed: u64) -> u32 {
        (packed & self.max_payload()) as u32
    }
}

/// One table slot. `sure`, `maybe` and `extra` are a single fence's masks
/// and edge record ([`Cell::One`]), or the length (split over the two
/// masks) and start of a shared cell's parts.
#[derive(Clone, Copy)]
#[repr(C)]
struct Slot {
    packed: u64,
    sure: u16,
    maybe: u16,
    extra: u32,
}

const EMPTY_SLOT: Slot = Slot {
    packed: EMPTY,
    sure: 0,
    maybe: 0,
    extra: NO_RECORD,
};

/// Four slots in one 64-byte cache line.
#[derive(Clone, Copy)]
#[repr(C, align(64))]
pub(super) struct Bucket {
    slots: [Slot; 4],
}

const _: () = assert!(size_of::<Bucket>() == 64, "a bucket must be one cache line");

const EMPTY_BUCKET: Bucket = Bucket {
    slots: [EMPTY_SLOT; 4],
};

/// The table itself.
pub(super) struct CellTable {
    packing: Packing,
    buckets: Vec<Bucket>,
    overflowed: Vec<u64>,
}

impl CellTable {
    /// An empty table sized for `cells` keys at load factor 0.75 (about 15%
    /// of buckets overflow into their neighbour).
    pub(super) fn with_capacity(packing: Packing, cells: usize) -> Self {
        let buckets = (cells * 4 / 3).div_ceil(4).max(4);
        Self {
            packing,
            buckets: vec![EMPTY_BUCKET; buckets],
            overflowed: vec![0; buckets.div_ceil(64)],
        }
    }

    /// Stores `cell` under `key` (absent so far).
    pub(super) fn insert(&mut self, key: u64, cell: Cell) {
        let slot = match cell {
            Cell::One(part) if part.covers_whole_cell() => Slot {
                packed: self.packing.pack(key, TAG_WHOLE, part.slot),
                ..EMPTY_SLOT
            },
            Cell::One(part) => Slot {
                packed: self.packing.pack(key, TAG_PART, part.slot),
                sure: part.sure,
                maybe: part.maybe,
                extra: part.record,
            },
            Cell::Shared { start, len } => Slot {
                packed: self.packing.pack(key, TAG_SHARED, 0),
                sure: (len >> 16) as u16,
                maybe: len as u16,
                extra: start,
            },
        };
        let n = self.buckets.len();
        let mut b = self.home(key);
        loop {
            if let Some(free) = self.buckets[b].slots.iter_mut().find(|s| s.packed == EMPTY) {
                *free = slot;
                return;
            }
            self.overflowed[b / 64] |= 1 << (b % 64);
            b = if b + 1 == n { 0 } else { b + 1 };
        }
    }

    /// Home bucket of a key: a multiplicative hash mapped onto the bucket
    /// count by a multiply-high (no power-of-two table size needed).
    #[inline]
    pub(super) fn home(&self, key: u64) -> usize {
        let h = key.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        ((u128::from(h) * self.buckets.len() as u128) >> 64) as usize
    }

    /// Asks the CPU to load a home bucket.
    #[inline]
    pub(super) fn prefetch(&self, home: usize) {
        prefetch(&self.buckets[home]);
    }

    #[inline]
    pub(super) fn get(&self, key: u64) -> Option<Cell> {
        self.get_from(key, self.home(key))
    }

    /// [`Self::get`] with the home bucket already computed.
    #[inline]
    pub(super) fn get_from(&self, key: u64, mut b: usize) -> Option<Cell> {
        loop {
            for s in &self.buckets[b].slots {
                if s.packed == EMPTY {
                    return None;
                }
                if self.packing.key(s.packed) == key {
                    return Some(self.decode(*s));
                }
            }
            if self.overflowed[b / 64] & (1 << (b % 64)) == 0 {
                return None;
            }
            b += 1;
            if b == self.buckets.len() {
                b = 0;
            }
        }
    }

    #[inline]
    fn decode(&self, s: Slot) -> Cell {
        let payload = self.packing.payload(s.packed);
        match self.packing.tag(s.packed) {
            TAG_WHOLE => Cell::One(Part::whole(payload)),
            TAG_PART => Cell::One(Part {
                slot: payload,
                sure: s.sure,
                maybe: s.maybe,
                record: s.extra,
            }),
            _ => Cell::Shared {
                start: s.extra,
                len: (u32::from(s.sure) << 16) | u32::from(s.maybe),
            },
        }
    }

    /// Heap bytes.
    pub(super) fn bytes(&self) -> usize {
        self.buckets.len() * size_of::<Bucket>() + self.overflowed.len() * 8
    }
}

/// Asks the CPU to start loading the cache line holding `value`.
#[inline]
pub(super) fn prefetch<T>(value: &T) {
    prefetch_ptr(std::ptr::from_ref(value).cast::<u8>());
}

/// Asks the CPU to load every cache line `value` spans (at most two for a
/// value under 64 bytes).
#[inline]
pub(super) fn prefetch_span<T>(value: &T) {
    let first = std::ptr::from_ref(value).cast::<u8>();
    prefetch_ptr(first);
    prefetch_ptr(first.wrapping_add(size_of::<T>().saturating_sub(1)));
}

#[inline]
fn prefetch_ptr(ptr: *const u8) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: `_mm_prefetch` is a hint; it never faults and reads nothing
    // into the program, and SSE is part of the x86_64 baseline. The pointer
    // points into a live value anyway.
    #[allow(unsafe_code, reason = "prefetch hint, see SAFETY")]
    unsafe {
        use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
        _mm_prefetch::<_MM_HINT_T0>(ptr.cast::<i8>());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = ptr;
}
