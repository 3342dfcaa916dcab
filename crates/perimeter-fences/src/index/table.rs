//! The cell table: an open-addressing hash table from cell key to what the
//! cell holds, eight 8-byte slots to a 64-byte bucket, and the parts of the
//! cells that are not simply one fence covering them whole.
//!
//! # Slots
//!
//! A slot does not store its cell key, only what the key's bucket does not
//! already say (*quotienting*). The key is first mixed by a bijection on
//! its `K` bits; the mixed value `h` picks the home bucket
//! (`h * buckets >> K`) and its low `r = K - floor(log2 buckets)` bits are
//! stored. Every `h` of one home bucket lies in an interval shorter than
//! `2^r`, so home bucket and stored bits identify `h`, and so the key,
//! exactly. A key lives in its home bucket unless that bucket was full at
//! build time, in which case the bucket's bit in `overflowed` is set and
//! the key is at most [`MAX_DISPLACEMENT`] buckets further on, which the
//! slot records. A lookup for an absent key therefore reads one cache line
//! in the common case (half of all pings miss).
//!
//! A slot is `[payload | tag (2 bits) | displacement (3 bits) | stored key
//! bits (r bits)]`; the payload is the fence's slot ([`Cell::Whole`]) or
//! the first of the cell's run of [`Part`]s ([`Cell::Parts`]).

use super::edges::EdgeRef;
use super::par;

/// One fence's share of a table cell: which sub-cells it surely covers,
/// which its boundary crosses (any other sub-cell is surely outside it),
/// and the edges that decide the crossed ones. 16 bytes, four to a cache
/// line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(C)]
pub(super) struct Part {
    /// The fence's slot.
    pub slot: u32,
    /// Sub-cells wholly inside the fence.
    pub sure: u16,
    /// Sub-cells the fence's boundary crosses.
    pub maybe: u16,
    /// The fence's edges that reach the cell (and whether this part ends
    /// its cell's run: [`EdgeRef::is_last`]).
    pub edges: EdgeRef,
}

const _: () = assert!(size_of::<Part>() == 16, "a part must be 16 bytes");

impl Part {
    #[inline]
    pub(super) fn covers_whole_cell(&self) -> bool {
        self.sure == super::cell::ALL_SUB_CELLS
    }
}

/// What a table cell holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cell {
    /// One fence covers the whole cell: its slot (one memory access
    /// answers the query).
    Whole(u32),
    /// Any other content: the run of parts starting here in the index's
    /// parts, up to and including the one marked last.
    Parts(u32),
}

const TAG_WHOLE: u64 = 1;
const TAG_PARTS: u64 = 2;
/// An empty slot (tag 0, which no stored cell has).
const EMPTY: u64 = 0;
/// Buckets a key may be stored past its home bucket.
const MAX_DISPLACEMENT: u64 = 7;
const DISPLACEMENT_BITS: u32 = 3;
const TAG_BITS: u32 = 2;
const SLOTS_PER_BUCKET: usize = 8;
/// Stored cells per slot the table is sized for.
const LOAD: f64 = 0.8;

/// Eight slots in one 64-byte cache line.
#[derive(Clone, Copy)]
#[repr(C, align(64))]
pub(super) struct Bucket {
    slots: [u64; SLOTS_PER_BUCKET],
}

const _: () = assert!(size_of::<Bucket>() == 64, "a bucket must be one cache line");

const EMPTY_BUCKET: Bucket = Bucket {
    slots: [EMPTY; SLOTS_PER_BUCKET],
};

/// Where a key lives: its home bucket and the bits a slot stores of it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Probe {
    /// The home bucket.
    pub home: usize,
    /// The key's stored bits, displacement 0.
    want: u64,
}

/// The table could not be filled as sized: build it again, larger.
#[derive(Debug)]
pub(super) struct Crowded;

/// The table itself.
pub(super) struct CellTable {
    buckets: Vec<Bucket>,
    overflowed: Vec<u64>,
    /// Bits of a cell key (`K`).
    key_bits: u32,
    key_mask: u64,
    /// Bits of the mixed key a slot stores (`r`).
    rem_bits: u32,
    /// Mask of the stored bits and the displacement.
    match_mask: u64,
}

impl CellTable {
    /// An empty table for `cells` keys below `key_space`, whose payloads
    /// reach `max_payload`, with `grow` times the buckets the load factor
    /// needs.
    ///
    /// `None` when no table can address `max_payload` (never at the
    /// supported resolutions and up to 2^32 fences and parts).
    pub(super) fn with_capacity(
        key_space: u64,
        cells: usize,
        max_payload: u64,
        grow: f64,
    ) -> Option<Self> {
        let key_bits = key_bits_for(key_space);
        let payload_need = 64 - max_payload.leading_zeros();
        let for_load = ((cells as f64 / LOAD * grow) / SLOTS_PER_BUCKET as f64).ceil() as u64;
        // More buckets leave fewer key bits to store, and so more payload
        // bits: enough that the payload fits.
        let fixed = DISPLACEMENT_BITS + TAG_BITS;
        let min_log = (key_bits + fixed + payload_need).saturating_sub(64);
        let buckets = for_load.max(1u64 << min_log).max(1);
        let log = 63 - buckets.leading_zeros();
        let rem_bits = key_bits.saturating_sub(log);
        let payload_bits = 64u32.checked_sub(rem_bits + fixed)?;
        if payload_bits < payload_need {
            return None;
        }
        let buckets = usize::try_from(buckets).ok()?;
        Some(Self {
            buckets: huge_vec(buckets, EMPTY_BUCKET),
            overflowed: vec![0; buckets.div_ceil(64)],
            key_bits,
            key_mask: mask_of(key_bits),
            rem_bits,
            match_mask: (1 << (rem_bits + DISPLACEMENT_BITS)) - 1,
        })
    }

    /// A table holding nothing.
    pub(super) fn empty() -> Self {
        Self {
            buckets: vec![EMPTY_BUCKET],
            overflowed: vec![0],
            key_bits: 1,
            key_mask: 1,
            rem_bits: 1,
            match_mask: (1 << (1 + DISPLACEMENT_BITS)) - 1,
        }
    }

    /// Where `key` lives.
    #[inline]
    pub(super) fn probe(&self, key: u64) -> Probe {
        self.probe_mixed(mix(key, self.key_bits, self.key_mask))
    }

    /// Where the key whose mixed value is `h` lives.
    #[inline]
    fn probe_mixed(&self, h: u64) -> Probe {
        let home = ((u128::from(h) * self.buckets.len() as u128) >> self.key_bits) as usize;
        Probe {
            home,
            want: h & ((1 << self.rem_bits) - 1),
        }
    }

    /// Stores every cell of `cells` (absent so far), in the order of their
    /// home buckets: each key then lands in the first bucket from its home
    /// with room, which keeps the longest displacement short (4 buckets
    /// for 11M random keys at load 0.8, against 26 when keys arrive in any
    /// order).
    ///
    /// # Errors
    /// [`Crowded`] when a key would land more than [`MAX_DISPLACEMENT`]
    /// buckets past its home; the table is then partly filled.
    pub(super) fn fill(&mut self, cells: &HomeOrder) -> Result<(), Crowded> {
        debug_assert_eq!(cells.key_bits, self.key_bits, "one key space");
        cells
            .mixed
            .iter()
            .try_for_each(|&(h, cell)| self.insert_mixed(h, cell))
    }

    /// Stores `cell` under the key whose mixed value is `h` (absent so
    /// far).
    fn insert_mixed(&mut self, h: u64, cell: Cell) -> Result<(), Crowded> {
        let (tag, payload) = match cell {
            Cell::Whole(slot) => (TAG_WHOLE, slot),
            Cell::Parts(start) => (TAG_PARTS, start),
        };
        let probe = self.probe_mixed(h);
        let n = self.buckets.len();
        let mut b = probe.home;
        for d in 0..=MAX_DISPLACEMENT {
            if let Some(free) = self.buckets[b].slots.iter_mut().find(|s| **s == EMPTY) {
                *free = (u64::from(payload) << (self.rem_bits + DISPLACEMENT_BITS + TAG_BITS))
                    | (tag << (self.rem_bits + DISPLACEMENT_BITS))
                    | (d << self.rem_bits)
                    | probe.want;
                return Ok(());
            }
            self.overflowed[b / 64] |= 1 << (b % 64);
            b = if b + 1 == n { 0 } else { b + 1 };
        }
        Err(Crowded)
    }

    /// Asks the CPU to load a home bucket.
    #[inline]
    pub(super) fn prefetch(&self, home: usize) {
        prefetch(&self.buckets[home]);
    }

    #[inline]
    pub(super) fn get(&self, key: u64) -> Option<Cell> {
        self.get_from(self.probe(key))
    }

    /// [`Self::get`] with the probe already computed.
    #[inline]
    pub(super) fn get_from(&self, probe: Probe) -> Option<Cell> {
        let mut b = probe.home;
        let mut want = probe.want;
        for _ in 0..=MAX_DISPLACEMENT {
            for &s in &self.buckets[b].slots {
                if s == EMPTY {
                    return None;
                }
                if s & self.match_mask == want {
                    return Some(self.decode(s));
                }
            }
            if self.overflowed[b / 64] & (1 << (b % 64)) == 0 {
                return None;
            }
            b += 1;
            if b == self.buckets.len() {
                b = 0;
            }
            want += 1 << self.rem_bits;
        }
        None
    }

    #[inline]
    fn decode(&self, s: u64) -> Cell {
        let shift = self.rem_bits + DISPLACEMENT_BITS;
        let payload = (s >> (shift + TAG_BITS)) as u32;
        if (s >> shift) & ((1 << TAG_BITS) - 1) == TAG_WHOLE {
            Cell::Whole(payload)
        } else {
            Cell::Parts(payload)
        }
    }

    /// Heap bytes.
    pub(super) fn bytes(&self) -> usize {
        self.buckets.capacity() * size_of::<Bucket>() + self.overflowed.capacity() * 8
    }
}

/// Cells keyed for a table over one key space, in the order of their home
/// buckets in any table over it (the order of their mixed keys: a home
/// bucket is `h * buckets >> K`, monotonic in `h`).
pub(super) struct HomeOrder {
    /// `(h, cell)`, by `h`; `h` is unique because the mix is a bijection.
    mixed: Vec<(u64, Cell)>,
    key_bits: u32,
}

impl HomeOrder {
    /// `keyed` (distinct keys below `key_space`) in home order, mixed and
    /// sorted on every core.
    pub(super) fn new(key_space: u64, mut keyed: Vec<(u64, Cell)>) -> Self {
        let key_bits = key_bits_for(key_space);
        let mask = mask_of(key_bits);
        par::for_each_mut(&mut keyed, |(key, _)| *key = mix(*key, key_bits, mask));
        par::sort_unstable_by_key(&mut keyed, |&(h, _)| h);
        Self {
            mixed: keyed,
            key_bits,
        }
    }

    /// How many cells.
    pub(super) fn len(&self) -> usize {
        self.mixed.len()
    }
}

/// Bits of a key below `key_space` (`K`).
fn key_bits_for(key_space: u64) -> u32 {
    (64 - key_space.saturating_sub(1).leading_zeros()).max(1)
}

/// The low `bits` bits.
fn mask_of(bits: u32) -> u64 {
    if bits >= 64 {
        u64::MAX
    } else {
        (1 << bits) - 1
    }
}

/// A bijection on a key's `key_bits` bits (`mask` their mask) that spreads
/// neighbouring cells.
#[inline]
fn mix(key: u64, key_bits: u32, mask: u64) -> u64 {
    let half = key_bits.div_ceil(2);
    let mut x = key.wrapping_mul(0x9E37_79B9_7F4A_7C15) & mask;
    x ^= x >> half;
    x = x.wrapping_mul(0xBF58_476D_1CE4_E5B9) & mask;
    x ^ (x >> half)
}

/// `len` copies of `value` in memory the kernel is asked to back with
/// 2 MiB pages (see [`advise_huge_pages`]).
pub(super) fn huge_vec<T: Clone>(len: usize, value: T) -> Vec<T> {
    let mut v = Vec::with_capacity(len);
    advise_huge_pages(v.spare_capacity_mut());
    v.resize(len, value);
    v
}

/// An empty vector with room for `capacity` items in memory the kernel is
/// asked to back with 2 MiB pages.
pub(super) fn huge_with_capacity<T>(capacity: usize) -> Vec<T> {
    let mut v = Vec::with_capacity(capacity);
    advise_huge_pages(v.spare_capacity_mut());
    v
}

/// Asks the kernel to back the whole 2 MiB pages inside `buffer` with huge
/// pages (Linux transparent huge pages, which the `madvise` setting leaves
/// off unless asked). Lookups touch the table and the parts at random:
/// with 4 KiB pages nearly every access also misses the TLB. Call it before
/// the buffer is first written: pages already touched stay small until the
/// kernel's background collapse gets to them. A hint: nothing changes when
/// the kernel declines.
fn advise_huge_pages<T>(buffer: &mut [T]) {
    #[cfg(target_os = "linux")]
    {
        const HUGE: usize = 2 << 20;
        let start = buffer.as_mut_ptr() as usize;
        let end = start + size_of_val(buffer);
        let (first, last) = (start.next_multiple_of(HUGE), end / HUGE * HUGE);
        if last > first {
            // SAFETY: the range is whole pages inside an allocation this
            // function holds exclusively; MADV_HUGEPAGE changes how the
            // kernel backs them, never what they hold, and its failure
            // (an old kernel) is harmless.
            #[allow(unsafe_code, reason = "a page-backing hint, see SAFETY")]
            unsafe {
                libc::madvise(
                    first as *mut libc::c_void,
                    last - first,
                    libc::MADV_HUGEPAGE,
                );
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = buffer;
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every stored key is found with its cell and no absent key is, in a
    /// table crowded enough that keys overflow their home buckets.
    #[test]
    fn a_quotiented_table_finds_exactly_the_keys_it_holds() {
        let key_space = 1u64 << 40;
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % key_space
        };
        let mut keys: Vec<u64> = (0..20_000).map(|_| next()).collect();
        // Runs of neighbouring cells, as fences make them.
        keys.extend((0..5_000).map(|k| 1_000_000 + k));
        keys.sort_unstable();
        keys.dedup();
        let mut table =
            CellTable::with_capacity(key_space, keys.len(), 1 << 24, 1.0).expect("addressable");
        let keyed: Vec<(u64, Cell)> = keys
            .iter()
            .enumerate()
            .map(|(i, &k)| {
                let cell = if i % 3 == 0 {
                    Cell::Whole(i as u32)
                } else {
                    Cell::Parts(i as u32)
                };
                (k, cell)
            })
            .collect();
        table
            .fill(&HomeOrder::new(key_space, keyed))
            .expect("not crowded at load 0.8");
        assert!(
            table.overflowed.iter().any(|w| *w != 0),
            "some bucket overflowed"
        );
        for (i, &k) in keys.iter().enumerate() {
            let want = if i % 3 == 0 {
                Cell::Whole(i as u32)
            } else {
                Cell::Parts(i as u32)
            };
            assert_eq!(table.get(k), Some(want), "key {k}");
        }
        let mut absent = 0;
        for _ in 0..100_000 {
            let k = next();
            if keys.binary_search(&k).is_err() {
                absent += 1;
                assert_eq!(table.get(k), None, "absent key {k}");
            }
        }
        assert!(absent > 90_000);
    }
}
