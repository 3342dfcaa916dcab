//! [`FenceIndex`]: which fences contain a point, in well under a microsecond.
//!
//! # Design (see docs/performance.md for the measurements behind it)
//!
//! The hot path is a hash table keyed by a *grid cell*: latitude and longitude
//! quantised to `2^-cell_bits` degrees. Computing the key costs two
//! multiply-and-truncate operations (an H3 cell costs 330-520 ns, which alone
//! would cap throughput below the 10M lookups/s target). At build time every
//! cell a fence touches is classified exactly:
//!
//! * **sure** — the whole cell (padded by [`EPS_DEG`]) lies inside the fence,
//!   so a point in it is a hit without any geometric test;
//! * **candidate** — the fence's boundary crosses the cell, so a point in it
//!   needs the exact test of [`crate::contains`];
//! * cells the fence does not reach are not stored.
//!
//! A cell with exactly one fence stores it inline in the table slot (the
//! common case: one memory access answers the query); cells shared by several
//! fences point into a side array. Empty space costs one probe that finds an
//! empty slot.
//!
//! Fences too large to rasterise at the chosen resolution (more than
//! [`IndexConfig::max_cells_per_fence`] cells, e.g. a 50 km circle) are kept
//! in a short list tested by bounding box on every query. An R-tree (rstar)
//! over fence bounding boxes answers the distance query ([`FenceIndex::near`]),
//! which needs every fence within a radius, not just the containing ones:
//! the admin API's explain query (`GET /v1/explain`) uses it. Each fence's
//! coarse H3 cell ([`FenceIndex::h3_cell`]) is computed at build time but
//! has no caller outside tests yet.

use std::collections::HashMap;

use geo::Rect;
use h3o::{CellIndex, LatLng, Resolution};
use perimeter_model::{FenceId, Position, haversine_m};
use rstar::primitives::{GeomWithData, Rectangle};
use rstar::{AABB, RTree};

use crate::catalog::FenceCatalog;
use crate::exact::{
    contains_within, contains_xy_off_boundary, normalized_lon, signed_distance_within,
};
use crate::fence::{Fence, FenceGeometry};
use crate::validate::orient;
use geo::Coord;

/// Padding, in degrees (about 0.1 mm), added around every cell before
/// classifying it. A point's cell is computed with floating-point arithmetic
/// that can place it up to ~1e-14 degrees outside the cell's exact rectangle;
/// padding makes "sure" claims hold for every point that maps to the cell.
pub const EPS_DEG: f64 = 1e-9;

/// Tuning knobs of [`FenceIndex`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IndexConfig {
    /// Cells are `2^-cell_bits` degrees on a side: 11 gives about 54 m of
    /// latitude (and 54 m × cos(latitude) of longitude). Valid: 6 to 14.
    pub cell_bits: u8,
    /// Fences touching more cells than this go to the large-fence list.
    pub max_cells_per_fence: usize,
    /// H3 resolution of [`FenceIndex::h3_cell`].
    pub h3_resolution: Resolution,
}

impl IndexConfig {
    /// Catalogs above this size get cells of 2^-11 degrees instead of 2^-12.
    pub const FINE_CELLS_UP_TO: usize = 250_000;

    /// The configuration [`FenceIndex::build`] uses for a catalog of
    /// `fences`: 2^-12-degree cells (about 27 m) up to
    /// [`Self::FINE_CELLS_UP_TO`] fences, 2^-11 (about 54 m) above. Finer
    /// cells answer more lookups from the table alone but cost about 1.7×
    /// the memory and 2.6× the build time (docs/performance.md has the
    /// measurements).
    #[must_use]
    pub fn for_catalog(fences: usize) -> Self {
        Self {
            cell_bits: if fences <= Self::FINE_CELLS_UP_TO {
                12
            } else {
                11
            },
            ..Self::default()
        }
    }
}

impl Default for IndexConfig {
    fn default() -> Self {
        Self {
            cell_bits: 12,
            max_cells_per_fence: 4_096,
            h3_resolution: Resolution::Seven,
        }
    }
}

/// Build-time figures, for metrics and capacity planning.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct IndexStats {
    /// Fences indexed.
    pub fences: usize,
    /// Cells stored.
    pub cells: usize,
    /// Of those, cells whose whole content is sure hits.
    pub sure_only_cells: usize,
    /// Fences kept in the large-fence list.
    pub large_fences: usize,
    /// Bytes of index structures (table, lists, R-tree; not the fence geometry).
    pub index_bytes: usize,
}

// Build-time cell entries are `(wide key, tagged slot)` with the wide key
// `row << 32 | col` and the tag in the slot's top two bits.
const TAG_SHIFT: u32 = 30;
const PAYLOAD: u32 = (1 << TAG_SHIFT) - 1;
const TAG_SURE: u32 = 0;
const TAG_CAND: u32 = 1;
const TAG_LIST: u32 = 2;
const EMPTY: u64 = u64::MAX;
const COL_BITS: u32 = 32;
/// Each table cell is split into 4 × 4 sub-cells (two more bits of
/// resolution), described by two 16-bit masks stored in the slot itself.
const SUB_BITS: u32 = 2;
const FULL: u16 = u16::MAX;

/// One table slot: the packed key/tag/payload plus, for a cell with a single
/// fence, which sub-cells are surely inside it (`sure`) and which need the
/// exact test (`maybe`); any other sub-cell is surely outside.
#[derive(Clone, Copy)]
#[repr(C)]
struct Slot {
    packed: u64,
    sure: u16,
    maybe: u16,
    /// For a single-fence boundary cell: offset of its [`LocalTest`] record
    /// in `local`, or [`NO_LOCAL`].
    local: u32,
}

const NO_LOCAL: u32 = u32::MAX;

const EMPTY_SLOT: Slot = Slot {
    packed: EMPTY,
    sure: 0,
    maybe: 0,
    local: NO_LOCAL,
};

/// Four slots in one 64-byte cache line. A key lives in its home bucket
/// unless that bucket was full at build time, in which case the bucket's bit
/// in `overflowed` is set and the key is in a following bucket. A lookup for an absent key
/// therefore reads one cache line in the common case (linear probing over
/// single slots would scan several lines for every miss, and half of all
/// pings miss).
#[derive(Clone, Copy)]
#[repr(C, align(64))]
struct Bucket {
    slots: [Slot; 4],
}

const _: () = assert!(size_of::<Bucket>() == 64, "a bucket must be one cache line");

const EMPTY_BUCKET: Bucket = Bucket {
    slots: [EMPTY_SLOT; 4],
};

/// Layout of a packed table slot: one `u64` holding
/// `[cell key | tag (2 bits) | payload]`, eight slots per cache line. The cell
/// key is `row * cols + col`, which needs 40 bits at `cell_bits = 12`; the
/// rest is the payload: a fence slot, or a list id for shared cells.
#[derive(Debug, Clone, Copy)]
struct Packing {
    payload_bits: u32,
}

impl Packing {
    fn for_grid(rows: u64, cols: u64) -> Self {
        let cells = rows * cols;
        let key_bits = 64 - cells.leading_zeros();
        Self {
            payload_bits: 62u32.saturating_sub(key_bits),
        }
    }

    fn max_payload(self) -> u64 {
        (1u64 << self.payload_bits) - 1
    }

    #[inline]
    fn pack(self, key: u64, tag: u32, payload: u64) -> u64 {
        (key << (self.payload_bits + 2)) | (u64::from(tag) << self.payload_bits) | payload
    }

    #[inline]
    fn key(self, slot: u64) -> u64 {
        slot >> (self.payload_bits + 2)
    }

    #[inline]
    fn tag(self, slot: u64) -> u32 {
        ((slot >> self.payload_bits) & 3) as u32
    }

    #[inline]
    fn payload(self, slot: u64) -> u32 {
        (slot & self.max_payload()) as u32
    }
}

/// One (table cell, fence) pair produced by rasterisation.
#[derive(Clone, Copy)]
struct CellEntry {
    /// Wide key `row << 32 | col` of the table cell.
    key: u64,
    slot: u32,
    sure: u16,
    maybe: u16,
    /// Offset of the local record, in the worker's arena until merged.
    local: u32,
}

/// What one rasterisation worker produces.
#[derive(Default)]
struct RasterPart {
    cells: Vec<CellEntry>,
    arena: Vec<f64>,
    large: Vec<u32>,
}

/// Error building an index.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IndexError {
    /// `cell_bits` outside 6..=14.
    #[error("cell_bits {0} is outside the supported range 6..=14")]
    CellBits(u8),
    /// More fences (or shared cells) than a slot can address at this resolution.
    #[error(
        "{what} {count} exceed what cell_bits {cell_bits} can address ({limit}); use a lower cell_bits"
    )]
    TooLarge {
        /// What overflowed ("fences" or "shared cells").
        what: &'static str,
        /// How many there are.
        count: usize,
        /// The limit at this resolution.
        limit: u64,
        /// The configured resolution.
        cell_bits: u8,
    },
}

type BoxEntry = GeomWithData<Rectangle<[f64; 2]>, u32>;

/// An immutable spatial index over one catalog: build once, query many.
///
/// Queries never allocate and never block; a new catalog gets a new index,
/// swapped in by the caller.
pub struct FenceIndex {
    fences: Vec<Fence>,
    /// Slot of each fence id, for callers that hold ids (open visits).
    slots: HashMap<FenceId, u32>,
    bboxes: Vec<Rect<f64>>,
    h3: Vec<Option<CellIndex>>,
    scale: f64,
    cols: u64,
    packing: Packing,
    table: Vec<Bucket>,
    overflowed: Vec<u64>,
    local: Vec<f64>,
    lists: Vec<u32>,
    large: Vec<u32>,
    tree: RTree<BoxEntry>,
    stats: IndexStats,
}

impl std::fmt::Debug for FenceIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FenceIndex")
            .field("stats", &self.stats)
            .finish_non_exhaustive()
    }
}

/// How [`FenceIndex::containing`] answers a point (see [`FenceIndex::lookup_path`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LookupPath {
    /// No fence reaches the point's cell: one table probe.
    EmptyCell,
    /// The cell's sure/maybe masks decide every fence: one table probe (plus
    /// a list read for cells shared by several fences), no geometry.
    MasksOnly,
    /// One fence's boundary crosses the point's sub-cell, and the edges
    /// crossing the cell (stored with the cell) decide: no fence geometry read.
    LocalEdges,
    /// This many fences need the full exact point-in-fence test.
    ExactTests(usize),
}

/// A fence near a point, with the signed distance to its edge.
#[derive(Debug, Clone, Copy)]
pub struct NearbyFence<'a> {
    /// The fence.
    pub fence: &'a Fence,
    /// Whether the fence contains the point (exact, same as [`FenceIndex::containing`]).
    pub inside: bool,
    /// Signed distance to the fence's edge in metres: negative inside.
    pub distance_to_edge_m: f64,
}

impl FenceIndex {
    /// Builds the index with [`IndexConfig::for_catalog`].
    ///
    /// # Errors
    /// [`IndexError`] when the catalog is too large to address (more than
    /// about a million fences per 2^20 at the chosen resolution).
    pub fn build(catalog: &FenceCatalog) -> Result<Self, IndexError> {
        Self::build_with(catalog, IndexConfig::for_catalog(catalog.len()))
    }

    /// An index over no fences (what a processor serves before the fence
    /// topic has been read).
    #[must_use]
    pub fn empty() -> Self {
        Self {
            fences: Vec::new(),
            slots: HashMap::new(),
            bboxes: Vec::new(),
            h3: Vec::new(),
            scale: 1.0,
            cols: 360,
            packing: Packing::for_grid(181, 360),
            table: vec![EMPTY_BUCKET],
            overflowed: vec![0],
            local: Vec::new(),
            lists: Vec::new(),
            large: Vec::new(),
            tree: RTree::new(),
            stats: IndexStats::default(),
        }
    }

    /// Builds the index with an explicit configuration.
    ///
    /// # Errors
    /// [`IndexError`] for an invalid configuration or an oversized catalog.
    pub fn build_with(catalog: &FenceCatalog, config: IndexConfig) -> Result<Self, IndexError> {
        if !(6..=14).contains(&config.cell_bits) {
            return Err(IndexError::CellBits(config.cell_bits));
        }
        let rows = (180u64 << config.cell_bits) + 1;
        let packing = Packing::for_grid(rows, 360u64 << config.cell_bits);
        let limit = packing.max_payload().min(u64::from(PAYLOAD));
        if catalog.len() as u64 > limit {
            return Err(IndexError::TooLarge {
                what: "fences",
                count: catalog.len(),
                limit,
                cell_bits: config.cell_bits,
            });
        }
        let fences = catalog.fences().to_vec();
        let bboxes: Vec<Rect<f64>> = fences.iter().map(|f| f.geometry.bounding_rect()).collect();
        let scale = f64::from(1u32 << config.cell_bits);
        let cols = 360u64 << config.cell_bits;
        let fine_scale = scale * f64::from(1u32 << SUB_BITS);
        let fine_cols = cols << SUB_BITS;
        let max_fine_cells = (config.max_cells_per_fence as u64) << (2 * SUB_BITS);

        // Rasterise in parallel on the fine (sub-cell) grid: each worker takes
        // a contiguous range of fences, folds its fine cells into per-table-
        // cell masks, builds the local records of boundary cells into its own
        // arena, and sorts its cells. The sorted runs are then merged.
        let workers = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        let chunk = fences.len().div_ceil(workers).max(1);
        let mut parts: Vec<RasterPart> = Vec::new();
        std::thread::scope(|s| {
            let handles: Vec<_> = fences
                .chunks(chunk)
                .enumerate()
                .map(|(ci, fs)| {
                    let bboxes = &bboxes;
                    s.spawn(move || {
                        let mut part = RasterPart::default();
                        let mut fine = Vec::new();
                        let mut coarse: Vec<(u64, u16, bool)> = Vec::new();
                        for (k, fence) in fs.iter().enumerate() {
                            let slot = (ci * chunk + k) as u32;
                            let bbox = &bboxes[slot as usize];
                            let raster = Raster::new(bbox, fine_scale, fine_cols);
                            if raster.cell_count() > max_fine_cells {
                                part.large.push(slot);
                                continue;
                            }
                            fine.clear();
                            raster.classify(&fence.geometry, slot, &mut fine);
                            coarse.clear();
                            coarse.extend(fine.iter().map(|&(wide, tagged)| {
                                let (row, col) = (wide >> COL_BITS, wide & u64::from(u32::MAX));
                                let sub = ((row & 3) << SUB_BITS) | (col & 3);
                                let key = ((row >> SUB_BITS) << COL_BITS) | (col >> SUB_BITS);
                                (key, 1u16 << sub, tagged >> TAG_SHIFT == TAG_SURE)
                            }));
                            coarse.sort_unstable_by_key(|c| c.0);
                            for group in coarse.chunk_by(|a, b| a.0 == b.0) {
                                let (mut sure, mut maybe) = (0u16, 0u16);
                                for &(_, bit, is_sure) in group {
                                    if is_sure {
                                        sure |= bit;
                                    } else {
                                        maybe |= bit;
                                    }
                                }
                                maybe &= !sure;
                                let wide = group[0].0;
                                let local = if maybe == 0 || sure == FULL {
                                    NO_LOCAL
                                } else {
                                    let cell = (wide >> COL_BITS, wide & u64::from(u32::MAX));
                                    LocalTest::build(
                                        &fence.geometry,
                                        bbox,
                                        cell,
                                        (scale, fine_scale),
                                        maybe,
                                        &mut part.arena,
                                    )
                                };
                                part.cells.push(CellEntry {
                                    key: wide,
                                    slot,
                                    sure,
                                    maybe,
                                    local,
                                });
                            }
                        }
                        part.cells.sort_unstable_by_key(|e| (e.key, e.slot));
                        part
                    })
                })
                .collect();
            for h in handles {
                // A worker only panics on a bug; propagate it rather than
                // silently build a partial index.
                match h.join() {
                    Ok(part) => parts.push(part),
                    Err(e) => std::panic::resume_unwind(e),
                }
            }
        });
        let mut cells: Vec<CellEntry> =
            Vec::with_capacity(parts.iter().map(|p| p.cells.len()).sum());
        let mut large = Vec::new();
        let mut local: Vec<f64> = Vec::with_capacity(parts.iter().map(|p| p.arena.len()).sum());
        for part in parts {
            let base = u32::try_from(local.len()).unwrap_or(NO_LOCAL);
            local.extend_from_slice(&part.arena);
            cells.extend(part.cells.into_iter().map(|mut e| {
                if e.local != NO_LOCAL {
                    e.local = e
                        .local
                        .checked_add(base)
                        .filter(|&o| o != NO_LOCAL)
                        .unwrap_or(NO_LOCAL);
                }
                e
            }));
            large.extend(part.large);
        }
        // The runs are sorted; a stable sort merges them in linear time.
        cells.sort_by_key(|e| (e.key, e.slot));

        // Group by cell.
        let distinct = cells.chunk_by(|a, b| a.key == b.key).count();
        // Load factor 0.75 over four-slot buckets: about 15% of buckets
        // overflow into their neighbour.
        let buckets = (distinct * 4 / 3).div_ceil(4).max(4);
        let mut table = vec![EMPTY_BUCKET; buckets];
        let mut overflowed = vec![0u64; buckets.div_ceil(64)];
        let mut lists: Vec<u32> = Vec::new();
        let mut sure_only = 0;
        let mut entries: Vec<(u32, u16, u16, u32)> = Vec::new();
        for group in cells.chunk_by(|a, b| a.key == b.key) {
            let wide = group[0].key;
            let key = (wide >> COL_BITS) * cols + (wide & u64::from(u32::MAX));
            // A fence can reach one cell twice when its raster wraps around
            // the globe in longitude (near a pole, or at the antimeridian).
            // Both rectangles are the same place: merge the masks (a sure
            // sub-cell wins over a maybe) and use the full exact test.
            entries.clear();
            for e in group {
                match entries.last_mut() {
                    Some(last) if last.0 == e.slot => {
                        last.1 |= e.sure;
                        last.2 |= e.maybe;
                        last.3 = NO_LOCAL;
                    }
                    _ => entries.push((e.slot, e.sure, e.maybe, e.local)),
                }
            }
            for e in &mut entries {
                e.2 &= !e.1;
            }
            entries.retain(|e| e.1 != 0 || e.2 != 0);
            if entries.iter().all(|e| e.1 == FULL) {
                sure_only += 1;
            }
            let slot_value = match entries.as_slice() {
                [] => continue,
                [(one, FULL, _, _)] => Slot {
                    packed: packing.pack(key, TAG_SURE, u64::from(*one)),
                    sure: 0,
                    maybe: 0,
                    local: NO_LOCAL,
                },
                [(one, sure, maybe, local)] => Slot {
                    packed: packing.pack(key, TAG_CAND, u64::from(*one)),
                    sure: *sure,
                    maybe: *maybe,
                    local: *local,
                },
                many => {
                    // A shared cell's slot points straight at its list with
                    // the 32-bit `local` field (unused for lists).
                    let Ok(off) = u32::try_from(lists.len()) else {
                        return Err(IndexError::TooLarge {
                            what: "shared-cell list entries",
                            count: lists.len(),
                            limit: u64::from(u32::MAX),
                            cell_bits: config.cell_bits,
                        });
                    };
                    let full = many.iter().filter(|e| e.1 == FULL).count();
                    lists.push(full as u32);
                    lists.push((many.len() - full) as u32);
                    lists.extend(many.iter().filter(|e| e.1 == FULL).map(|e| e.0));
                    for &(slot, sure, maybe, local) in many.iter().filter(|e| e.1 != FULL) {
                        lists.push(slot);
                        lists.push((u32::from(sure) << 16) | u32::from(maybe));
                        lists.push(local);
                    }
                    Slot {
                        packed: packing.pack(key, TAG_LIST, 0),
                        sure: 0,
                        maybe: 0,
                        local: off,
                    }
                }
            };
            let mut b = slot_of(key, buckets);
            loop {
                let bucket = &mut table[b];
                if let Some(free) = bucket.slots.iter_mut().find(|s| s.packed == EMPTY) {
                    *free = slot_value;
                    break;
                }
                overflowed[b / 64] |= 1 << (b % 64);
                b = if b + 1 == buckets { 0 } else { b + 1 };
            }
        }
        drop(cells);

        let mut entries = Vec::with_capacity(fences.len());
        for (slot, b) in bboxes.iter().enumerate() {
            let slot = slot as u32;
            entries.push(GeomWithData::new(rect_of(b, 0.0), slot));
            if b.max().x > 180.0 {
                entries.push(GeomWithData::new(rect_of(b, -360.0), slot));
            }
        }
        let tree = RTree::bulk_load(entries);
        let h3 = bboxes
            .iter()
            .map(|b| {
                let c = b.center();
                let lon = if c.x >= 180.0 { c.x - 360.0 } else { c.x };
                LatLng::new(c.y, lon)
                    .ok()
                    .map(|ll| ll.to_cell(config.h3_resolution))
            })
            .collect();
        let index_bytes = table.len() * size_of::<Bucket>()
            + overflowed.len() * 8
            + local.len() * 8
            + lists.len() * 4
            + tree.size() * (size_of::<BoxEntry>() + 16)
            + bboxes.len() * size_of::<Rect<f64>>()
            // The id map: key, slot and a control byte per entry at the
            // table's load factor (7/8), ignoring the shared id strings.
            + fences.len() * (size_of::<FenceId>() + 4 + 1) * 8 / 7;
        let stats = IndexStats {
            fences: fences.len(),
            cells: distinct,
            sure_only_cells: sure_only,
            large_fences: large.len(),
            index_bytes,
        };
        let slots = fences
            .iter()
            .enumerate()
            .map(|(i, f)| (f.id.clone(), u32::try_from(i).unwrap_or(u32::MAX)))
            .collect();
        Ok(Self {
            fences,
            slots,
            bboxes,
            h3,
            scale: fine_scale,
            cols,
            packing,
            table,
            overflowed,
            local,
            lists,
            large,
            tree,
            stats,
        })
    }

    /// Build-time figures.
    #[must_use]
    pub fn stats(&self) -> IndexStats {
        self.stats
    }

    /// The indexed fences, in catalog (id) order; a fence's position here is
    /// its *slot*.
    #[must_use]
    pub fn fences(&self) -> &[Fence] {
        &self.fences
    }

    /// The slot of the fence with this id (a hash lookup).
    #[must_use]
    pub fn slot_of(&self, id: &FenceId) -> Option<usize> {
        self.slots.get(id).map(|&s| s as usize)
    }

    /// Signed distance in metres from `p` to the edge of the fence in `slot`
    /// (negative inside, positive outside), as [`crate::signed_distance_m`]
    /// computes it, reusing the stored bounding box and a containment answer
    /// the caller already has (`inside` must be that fence's exact answer for
    /// `p`). `NaN` for a slot out of range.
    #[must_use]
    pub fn distance_to_edge_m(&self, slot: usize, p: Position, inside: bool) -> f64 {
        match (self.fences.get(slot), self.bboxes.get(slot)) {
            (Some(f), Some(bbox)) => signed_distance_within(&f.geometry, bbox, p, inside),
            _ => f64::NAN,
        }
    }

    /// Whether the fence in `slot` contains `p` (the exact test, without the
    /// grid); `false` for a slot out of range.
    #[must_use]
    pub fn slot_contains(&self, slot: usize, p: Position) -> bool {
        match (self.fences.get(slot), self.bboxes.get(slot)) {
            (Some(f), Some(bbox)) => contains_within(&f.geometry, bbox, p),
            _ => false,
        }
    }

    /// The coarse H3 cell of a fence's bounding-box centre (resolution from
    /// [`IndexConfig::h3_resolution`]), for sharding the catalog and for
    /// analytics that group by area without revealing exact positions.
    #[must_use]
    pub fn h3_cell(&self, slot: usize) -> Option<CellIndex> {
        self.h3.get(slot).copied().flatten()
    }

    /// The table key of the cell containing `p` and the bit of its sub-cell.
    #[inline]
    fn key_of(&self, p: Position) -> (u64, u16) {
        let x = normalized_lon(p) + 180.0;
        let y = p.lat() + 90.0;
        // Both are non-negative, so `as` truncation is floor. `scale` is the
        // sub-cell resolution; multiplying by a power of two is exact, so
        // `row >> SUB_BITS` is exactly the table cell's row.
        let row = (y * self.scale) as u64;
        // `normalized_lon` is below 180, but the sum rounds to 360 for the
        // longitudes within half an ulp of 180 (179.99999999999997): those
        // points lie in the last column, not in the first one at -180.
        let col = ((x * self.scale) as u64).min((self.cols << SUB_BITS) - 1);
        let sub = ((row & 3) << SUB_BITS) | (col & 3);
        ((row >> SUB_BITS) * self.cols + (col >> SUB_BITS), 1 << sub)
    }

    #[inline]
    fn probe(&self, key: u64) -> Option<Slot> {
        self.probe_from(key, slot_of(key, self.table.len()))
    }

    #[inline]
    fn probe_from(&self, key: u64, mut b: usize) -> Option<Slot> {
        loop {
            let bucket = &self.table[b];
            for s in &bucket.slots {
                if s.packed == EMPTY {
                    return None;
                }
                if self.packing.key(s.packed) == key {
                    return Some(*s);
                }
            }
            if self.overflowed[b / 64] & (1 << (b % 64)) == 0 {
                return None;
            }
            b += 1;
            if b == self.table.len() {
                b = 0;
            }
        }
    }

    /// The fences containing `p` (closed sets; see [`crate::contains`]), in
    /// no particular order. Does not allocate.
    #[inline]
    #[must_use]
    pub fn containing(&self, p: Position) -> Containing<'_> {
        let (key, bit) = self.key_of(p);
        self.containing_from(p, self.probe(key), bit)
    }

    #[inline]
    fn containing_from(&self, p: Position, found: Option<Slot>, bit: u16) -> Containing<'_> {
        let mut it = Containing {
            index: self,
            p,
            bit,
            single: None,
            sure: [].iter(),
            parts: [].chunks_exact(3),
            large: self.large.iter(),
        };
        if let Some(slot) = found {
            let payload = self.packing.payload(slot.packed);
            match self.packing.tag(slot.packed) {
                TAG_SURE => it.single = Some((payload, true)),
                TAG_CAND => {
                    if slot.sure & bit != 0 {
                        it.single = Some((payload, true));
                    } else if slot.maybe & bit != 0 {
                        it.single = match self.local_test(slot.local, p, bit) {
                            Some(true) => Some((payload, true)),
                            Some(false) => None,
                            None => Some((payload, false)),
                        };
                    }
                }
                _ => {
                    let off = slot.local as usize;
                    let nf = self.lists[off] as usize;
                    let np = self.lists[off + 1] as usize;
                    let start = off + 2;
                    it.sure = self.lists[start..start + nf].iter();
                    it.parts = self.lists[start + nf..start + nf + 3 * np].chunks_exact(3);
                }
            }
        }
        it
    }

    /// The exact test of a boundary cell from its local record: `None` when
    /// there is no record or the case is degenerate (the point on an edge
    /// line, or the path from the reference point through a vertex), in
    /// which case the caller runs the full test.
    #[inline]
    fn local_test(&self, off: u32, p: Position, bit: u16) -> Option<bool> {
        if off == NO_LOCAL {
            return None;
        }
        let rec = &self.local[off as usize..];
        let meta = rec[0].to_bits();
        if meta & LOCAL_CIRCLE != 0 {
            let centre = Position::new(rec[1], rec[2]).ok()?;
            return Some(centre.haversine_m(p) <= rec[3]);
        }
        let sub = u32::from(bit).trailing_zeros();
        if (meta >> 48) & u64::from(bit) != 0 {
            return None;
        }
        let shift = if meta & LOCAL_SHIFTED != 0 {
            360.0
        } else {
            0.0
        };
        let n = ((meta >> 8) & 0xFFFF) as usize;
        let c = sub_centre(rec[1], rec[2], sub, self.scale);
        let q = Coord {
            x: normalized_lon(p) + shift,
            y: p.lat(),
        };
        let (sx0, sx1) = (c.x.min(q.x), c.x.max(q.x));
        let (sy0, sy1) = (c.y.min(q.y), c.y.max(q.y));
        let mut crossings = 0u32;
        for e in rec[3..3 + 4 * n].chunks_exact(4) {
            if e[0].max(e[2]) < sx0
                || e[0].min(e[2]) > sx1
                || e[1].max(e[3]) < sy0
                || e[1].min(e[3]) > sy1
            {
                continue;
            }
            let (a, b) = (Coord { x: e[0], y: e[1] }, Coord { x: e[2], y: e[3] });
            let (d1, d2) = (orient(c, q, a), orient(c, q, b));
            let (d3, d4) = (orient(a, b, c), orient(a, b, q));
            if d1 == 0.0 || d2 == 0.0 || d3 == 0.0 || d4 == 0.0 {
                return None;
            }
            if (d1 > 0.0) != (d2 > 0.0) && (d3 > 0.0) != (d4 > 0.0) {
                crossings += 1;
            }
        }
        let inside = (meta >> 32) & u64::from(bit) != 0;
        Some(inside ^ (crossings % 2 == 1))
    }

    /// How a lookup of `p` is answered, for capacity planning and the
    /// performance docs: the share of lookups that need no exact geometric
    /// test is what makes the index fast.
    #[must_use]
    pub fn lookup_path(&self, p: Position) -> LookupPath {
        let (key, bit) = self.key_of(p);
        let Some(slot) = self.probe(key) else {
            return LookupPath::EmptyCell;
        };
        let mut exact = 0;
        match self.packing.tag(slot.packed) {
            TAG_SURE => return LookupPath::MasksOnly,
            TAG_CAND => {
                if slot.maybe & bit != 0 && slot.sure & bit == 0 {
                    if self.local_test(slot.local, p, bit).is_some() {
                        return LookupPath::LocalEdges;
                    }
                    exact += 1;
                }
            }
            _ => {
                let it = self.containing_from(p, Some(slot), bit);
                let b = u32::from(bit);
                let undecided: Vec<&[u32]> = it
                    .parts
                    .clone()
                    .filter(|part| part[1] & (b << 16) == 0 && part[1] & b != 0)
                    .collect();
                let local = undecided
                    .iter()
                    .filter(|part| self.local_test(part[2], p, bit).is_some())
                    .count();
                exact += undecided.len() - local;
                if exact == 0 && local > 0 && self.large.is_empty() {
                    return LookupPath::LocalEdges;
                }
            }
        }
        exact += self.large.len();
        if exact == 0 {
            LookupPath::MasksOnly
        } else {
            LookupPath::ExactTests(exact)
        }
    }

    /// Looks up many points at once, calling `f(point_index, hit)` for
    /// every hit; the hit carries the fence and its slot (what
    /// [`Self::distance_to_edge_m`] and [`Self::slot_contains`] take). Keys for the next block of points are computed and their
    /// table lines prefetched while the current block is answered, so memory
    /// latencies overlap instead of adding up.
    pub fn containing_batch<'a>(&'a self, points: &[Position], mut f: impl FnMut(usize, Hit<'a>)) {
        // Points per pipeline block. Measured at 100k fences (batched
        // lookups/s): 16 -> 9.7M, 32 -> 10.3M, 64 -> 11.4M, 128 -> 11.1M,
        // 256 -> 11.3M. Larger blocks leave slow answers more time for their
        // second- and third-level prefetches to arrive.
        const BLOCK: usize = 64;
        const STAGES: usize = 4;
        let n = self.table.len();
        // Four stages, one block apart, so each stage's cache misses overlap
        // with the others': (A) compute keys and prefetch the buckets;
        // (B) probe the now-cached buckets and prefetch what the answer reads
        // next (a shared cell's list, a boundary cell's local record);
        // (C) for shared cells, read the list and prefetch the local records
        // of the fences it names; (D) answer.
        let mut keys = [[(0u64, 0u16); BLOCK]; STAGES];
        let mut homes = [[0usize; BLOCK]; STAGES];
        let mut found: [[Option<Slot>; BLOCK]; STAGES] = [[None; BLOCK]; STAGES];
        let blocks = points.len().div_ceil(BLOCK);
        let block = |b: usize| &points[b * BLOCK..((b + 1) * BLOCK).min(points.len())];
        for step in 0..blocks + STAGES - 1 {
            if step < blocks {
                let st = step % STAGES;
                for (j, p) in block(step).iter().enumerate() {
                    keys[st][j] = self.key_of(*p);
                    homes[st][j] = slot_of(keys[st][j].0, n);
                    prefetch(&self.table[homes[st][j]]);
                }
            }
            if let Some(b) = step.checked_sub(1).filter(|&b| b < blocks) {
                let st = b % STAGES;
                for j in 0..block(b).len() {
                    let slot = self.probe_from(keys[st][j].0, homes[st][j]);
                    if let Some(slot) = slot {
                        self.prefetch_second_level(slot, keys[st][j].1);
                    }
                    found[st][j] = slot;
                }
            }
            if let Some(b) = step.checked_sub(2).filter(|&b| b < blocks) {
                let st = b % STAGES;
                for j in 0..block(b).len() {
                    if let Some(slot) = found[st][j] {
                        self.prefetch_third_level(slot, keys[st][j].1);
                    }
                }
            }
            if let Some(b) = step.checked_sub(3).filter(|&b| b < blocks) {
                let st = b % STAGES;
                for (j, p) in block(b).iter().enumerate() {
                    for hit in self.containing_from(*p, found[st][j], keys[st][j].1) {
                        f(b * BLOCK + j, hit);
                    }
                }
            }
        }
    }

    /// For a shared cell, prefetches the local records of the fences whose
    /// boundary crosses the point's sub-cell.
    #[inline]
    fn prefetch_third_level(&self, slot: Slot, bit: u16) {
        if self.packing.tag(slot.packed) != TAG_LIST {
            return;
        }
        let off = slot.local as usize;
        let (nf, np) = (self.lists[off] as usize, self.lists[off + 1] as usize);
        let start = off + 2 + nf;
        for part in self.lists[start..start + 3 * np].chunks_exact(3) {
            if part[1] & u32::from(bit) != 0 && part[2] != NO_LOCAL {
                self.prefetch_local(part[2]);
            }
        }
    }

    #[inline]
    fn prefetch_local(&self, local: u32) {
        // A record is 3 + 4 × edges words: fetch up to four lines.
        let off = local as usize;
        for line in 0..4 {
            if let Some(x) = self.local.get(off + line * 8) {
                prefetch(x);
            }
        }
    }

    /// Prefetches the data answering a probe will read after the slot.
    #[inline]
    fn prefetch_second_level(&self, slot: Slot, bit: u16) {
        match self.packing.tag(slot.packed) {
            TAG_CAND if slot.maybe & bit != 0 && slot.local != NO_LOCAL => {
                self.prefetch_local(slot.local);
            }
            TAG_LIST => {
                if let Some(x) = self.lists.get(slot.local as usize) {
                    prefetch(x);
                }
            }
            _ => {}
        }
    }

    /// Every fence whose edge is within `radius_m` of `p` or that contains
    /// `p`, with its signed distance to the edge. Clears `out` first; reuse
    /// the vector across calls to avoid allocating. Results are in fence-id order.
    pub fn near<'a>(&'a self, p: Position, radius_m: f64, out: &mut Vec<NearbyFence<'a>>) {
        out.clear();
        let radius_m = radius_m.max(0.0);
        // 10% slack covers the local-projection approximation of
        // `signed_distance_m`; longitude span uses the cosine of the
        // poleward edge of the search box, where meridians are closest.
        let dlat = (radius_m * 1.1 / Position::EARTH_RADIUS_M).to_degrees() + EPS_DEG;
        let poleward = (p.lat().abs() + dlat).min(90.0);
        let cos = poleward.to_radians().cos();
        let dlon = if cos > 1e-9 {
            (dlat / cos).min(360.0)
        } else {
            360.0
        };
        let x = normalized_lon(p);
        let (y0, y1) = ((p.lat() - dlat).max(-90.0), (p.lat() + dlat).min(90.0));
        for shift in [0.0, 360.0, -360.0] {
            if shift != 0.0 && !(x - dlon + shift < 180.0 && x + dlon + shift > -180.0) {
                continue;
            }
            let env = AABB::from_corners([x - dlon + shift, y0], [x + dlon + shift, y1]);
            for entry in self.tree.locate_in_envelope_intersecting(&env) {
                let slot = entry.data as usize;
                let (fence, bbox) = (&self.fences[slot], &self.bboxes[slot]);
                // A fence across the antimeridian has two boxes: report it once.
                if out.iter().any(|n| std::ptr::eq(n.fence, fence)) {
                    continue;
                }
                let inside = contains_within(&fence.geometry, bbox, p);
                let d = signed_distance_within(&fence.geometry, bbox, p, inside);
                if inside || d <= radius_m {
                    out.push(NearbyFence {
                        fence,
                        inside,
                        distance_to_edge_m: if inside { d.min(0.0) } else { d.max(0.0) },
                    });
                }
            }
        }
        // Deterministic order for callers (the presence engine's output must
        // not depend on the R-tree's internal layout).
        out.sort_unstable_by(|a, b| a.fence.id.cmp(&b.fence.id));
    }

    /// Baseline for benchmarks and tests: R-tree candidates by bounding box,
    /// each confirmed by the exact test. Same answers as [`Self::containing`].
    pub fn containing_rtree<'a>(&'a self, p: Position, mut f: impl FnMut(&'a Fence)) {
        let x = normalized_lon(p);
        for e in self.tree.locate_all_at_point(&[x, p.lat()]) {
            let s = e.data as usize;
            if contains_within(&self.fences[s].geometry, &self.bboxes[s], p) {
                f(&self.fences[s]);
            }
        }
    }
}

/// Home slot of a key: a multiplicative hash mapped onto `0..n` by a
/// multiply-high (no power-of-two table size needed).
#[inline]
fn slot_of(key: u64, n: usize) -> usize {
    let h = key.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    ((u128::from(h) * n as u128) >> 64) as usize
}

/// Asks the CPU to start loading the cache line holding `slot`.
#[inline]
fn prefetch<T>(slot: &T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: `_mm_prefetch` is a hint; it never faults and reads nothing
    // into the program, and SSE is part of the x86_64 baseline. The pointer
    // comes from a live reference anyway.
    #[allow(unsafe_code, reason = "prefetch hint, see SAFETY")]
    unsafe {
        use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
        _mm_prefetch::<_MM_HINT_T0>(std::ptr::from_ref(slot).cast::<i8>());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = slot;
}

fn rect_of(b: &Rect<f64>, dx: f64) -> Rectangle<[f64; 2]> {
    Rectangle::from_corners([b.min().x + dx, b.min().y], [b.max().x + dx, b.max().y])
}

/// Iterator over the fences containing a point, with their slots.
pub struct Containing<'a> {
    index: &'a FenceIndex,
    p: Position,
    bit: u16,
    single: Option<(u32, bool)>,
    sure: std::slice::Iter<'a, u32>,
    /// `[slot, sure << 16 | maybe, local record]` of fences covering part of the cell.
    parts: std::slice::ChunksExact<'a, u32>,
    large: std::slice::Iter<'a, u32>,
}

/// A fence that contains a point, from [`FenceIndex::containing`] or
/// [`FenceIndex::containing_batch`].
#[derive(Debug, Clone, Copy)]
pub struct Hit<'a> {
    /// The fence's slot in this index ([`FenceIndex::fences`]`[slot]`).
    pub slot: usize,
    /// The fence.
    pub fence: &'a Fence,
}

impl<'a> Iterator for Containing<'a> {
    type Item = Hit<'a>;

    #[inline]
    fn next(&mut self) -> Option<Hit<'a>> {
        let slot = self.next_slot()? as usize;
        Some(Hit {
            slot,
            fence: &self.index.fences[slot],
        })
    }
}

impl Containing<'_> {
    #[inline]
    fn next_slot(&mut self) -> Option<u32> {
        let index = self.index;
        let test = |slot: u32| {
            let s = slot as usize;
            contains_within(&index.fences[s].geometry, &index.bboxes[s], self.p)
        };
        if let Some((slot, sure)) = self.single.take()
            && (sure || test(slot))
        {
            return Some(slot);
        }
        if let Some(&slot) = self.sure.next() {
            return Some(slot);
        }
        let bit = u32::from(self.bit);
        for part in self.parts.by_ref() {
            let (slot, masks, local) = (part[0], part[1], part[2]);
            let hit = masks & (bit << 16) != 0
                || (masks & bit != 0
                    && index
                        .local_test(local, self.p, self.bit)
                        .unwrap_or_else(|| test(slot)));
            if hit {
                return Some(slot);
            }
        }
        self.large.by_ref().find(|&&slot| test(slot)).copied()
    }
}

const LOCAL_CIRCLE: u64 = 1;
const LOCAL_SHIFTED: u64 = 8;
const LOCAL_MAX_EDGES: usize = 32;

/// Builder of the per-cell record that lets a boundary cell be decided
/// without reading the fence. For a polygon: the edges that reach the
/// (padded) cell, and for each sub-cell whose `maybe` bit is set, whether its
/// centre is inside. A point's status is its sub-cell centre's status flipped
/// once per edge crossed on the few metres from that centre to the point, with
/// exact orientation tests; any degenerate configuration (the point on an
/// edge's line, the path through a vertex) falls back to the full test. For a
/// circle: centre and radius. Records live in one `f64` arena:
/// `[meta, west, south, edges...]` with `meta` holding flags, the edge count
/// and the per-sub-cell masks.
struct LocalTest;

/// Centre of sub-cell `sub` (0..16, row-major from the south-west) of the
/// cell whose south-west corner is `(west, south)`. Shared by build and query
/// so both compute bit-identical reference points.
#[inline]
fn sub_centre(west: f64, south: f64, sub: u32, fine_scale: f64) -> Coord<f64> {
    Coord {
        x: west + (f64::from(sub & 3) + 0.5) / fine_scale,
        y: south + (f64::from(sub >> 2) + 0.5) / fine_scale,
    }
}

impl LocalTest {
    fn build(
        geometry: &FenceGeometry,
        bbox: &Rect<f64>,
        (row, col): (u64, u64),
        (scale, fine_scale): (f64, f64),
        maybe: u16,
        arena: &mut Vec<f64>,
    ) -> u32 {
        let off = arena.len();
        let Ok(off32) = u32::try_from(off) else {
            return NO_LOCAL;
        };
        if off32 == NO_LOCAL {
            return NO_LOCAL;
        }
        let poly = match geometry {
            FenceGeometry::Circle { centre, radius_m } => {
                arena.extend([
                    f64::from_bits(LOCAL_CIRCLE),
                    centre.lat(),
                    centre.lon(),
                    *radius_m,
                ]);
                return off32;
            }
            FenceGeometry::Polygon(poly) => poly,
            // Parity across parts would need the parts not to overlap, which
            // validation does not promise: multipolygons use the full test.
            FenceGeometry::MultiPolygon(_) => return NO_LOCAL,
        };
        let x0 = col as f64 / scale - 180.0;
        let x1 = (col + 1) as f64 / scale - 180.0;
        let y0 = row as f64 / scale - 90.0;
        let y1 = (row + 1) as f64 / scale - 90.0;
        if bbox.width() > 180.0 {
            return NO_LOCAL;
        }
        // Which copy of the cell (as is, or 360° east) the fence lies at.
        let overlaps =
            |dx: f64| bbox.min().x <= x1 + dx + EPS_DEG && bbox.max().x >= x0 + dx - EPS_DEG;
        let shift = match (overlaps(0.0), overlaps(360.0)) {
            (true, false) => 0.0,
            (false, true) => 360.0,
            _ => return NO_LOCAL,
        };
        let pad = 2.0 * EPS_DEG;
        let (rx0, rx1, ry0, ry1) = (x0 + shift - pad, x1 + shift + pad, y0 - pad, y1 + pad);
        let mut edges: Vec<[f64; 4]> = Vec::new();
        for ring in std::iter::once(poly.exterior()).chain(poly.interiors()) {
            for line in ring.lines() {
                let (a, b) = (line.start, line.end);
                if segment_meets_rect(a.x, a.y, b.x, b.y, rx0, ry0, rx1, ry1) {
                    edges.push([a.x, a.y, b.x, b.y]);
                }
            }
        }
        if edges.len() > LOCAL_MAX_EDGES {
            return NO_LOCAL;
        }
        let (mut inside, mut degenerate) = (0u64, 0u64);
        for sub in 0..16u32 {
            if maybe & (1 << sub) == 0 {
                continue;
            }
            let c = sub_centre(x0 + shift, y0, sub, fine_scale);
            let on_edge_line = edges.iter().any(|e| {
                let (a, b) = (Coord { x: e[0], y: e[1] }, Coord { x: e[2], y: e[3] });
                c.x >= a.x.min(b.x)
                    && c.x <= a.x.max(b.x)
                    && c.y >= a.y.min(b.y)
                    && c.y <= a.y.max(b.y)
                    && orient(a, b, c) == 0.0
            });
            // The edges of the whole polygon decide, not just the local ones;
            // a centre on no local edge's line is on no edge at all.
            if on_edge_line {
                degenerate |= 1 << sub;
            } else if contains_xy_off_boundary(geometry, c.x, c.y) {
                inside |= 1 << sub;
            }
        }
        let mut meta = ((edges.len() as u64) << 8) | (inside << 32) | (degenerate << 48);
        if shift != 0.0 {
            meta |= LOCAL_SHIFTED;
        }
        arena.extend([f64::from_bits(meta), x0 + shift, y0]);
        arena.extend(edges.iter().flatten());
        off32
    }
}

/// The block of grid cells covering one fence's bounding box.
struct Raster {
    scale: f64,
    cols: u64,
    r0: i64,
    r1: i64,
    c0: i64,
    c1: i64,
}

impl Raster {
    fn new(b: &Rect<f64>, scale: f64, cols: u64) -> Self {
        let max_row = (180.0 * scale) as i64;
        let r0 = (((b.min().y + 90.0 - EPS_DEG) * scale).floor() as i64).max(0);
        let r1 = (((b.max().y + 90.0 + EPS_DEG) * scale).floor() as i64).min(max_row);
        let c0 = ((b.min().x + 180.0 - EPS_DEG) * scale).floor() as i64;
        let c1 = ((b.max().x + 180.0 + EPS_DEG) * scale).floor() as i64;
        Self {
            scale,
            cols,
            r0,
            r1,
            c0,
            c1,
        }
    }

    fn cell_count(&self) -> u64 {
        ((self.r1 - self.r0 + 1).max(0) as u64) * ((self.c1 - self.c0 + 1).max(0) as u64)
    }

    fn width(&self) -> usize {
        (self.c1 - self.c0 + 1) as usize
    }

    /// Padded rectangle of cell (r, c) in unwrapped degrees.
    fn cell_rect(&self, r: i64, c: i64) -> (f64, f64, f64, f64) {
        let x0 = c as f64 / self.scale - 180.0 - EPS_DEG;
        let x1 = (c + 1) as f64 / self.scale - 180.0 + EPS_DEG;
        let y0 = r as f64 / self.scale - 90.0 - EPS_DEG;
        let y1 = (r + 1) as f64 / self.scale - 90.0 + EPS_DEG;
        (x0, y0, x1, y1)
    }

    fn key(&self, r: i64, c: i64) -> u64 {
        let cols = self.cols as i64;
        let c = c.rem_euclid(cols) as u64;
        ((r as u64) << COL_BITS) | c
    }

    fn classify(&self, geometry: &FenceGeometry, slot: u32, out: &mut Vec<(u64, u32)>) {
        match geometry {
            FenceGeometry::Circle { centre, radius_m } => {
                self.classify_circle(*centre, *radius_m, slot, out);
            }
            FenceGeometry::Polygon(p) => {
                self.classify_polygon(std::slice::from_ref(p), slot, out);
            }
            FenceGeometry::MultiPolygon(mp) => self.classify_polygon(&mp.0, slot, out),
        }
    }

    fn classify_circle(
        &self,
        centre: Position,
        radius_m: f64,
        slot: u32,
        out: &mut Vec<(u64, u32)>,
    ) {
        // Tolerance for floating-point error in haversine (~1e-9 relative).
        let tol = radius_m * 1e-9 + 1e-6;
        let dist = |x: f64, y: f64| haversine_m(centre.lat(), centre.lon(), y, x);
        for r in self.r0..=self.r1 {
            for c in self.c0..=self.c1 {
                let (x0, y0, x1, y1) = self.cell_rect(r, c);
                // On a sphere the farthest point of a small lat/lon cell from
                // any point is one of its corners (distance is unimodal along
                // parallels and meridians).
                let far = dist(x0, y0)
                    .max(dist(x1, y0))
                    .max(dist(x0, y1))
                    .max(dist(x1, y1));
                let tag = if far <= radius_m - tol {
                    TAG_SURE
                } else {
                    // Lower bound of the nearest point: distance to the cell
                    // centre minus the cell's half-diagonal (triangle inequality).
                    let (mx, my) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
                    let half = [(x0, y0), (x1, y0), (x0, y1), (x1, y1)]
                        .into_iter()
                        .map(|(x, y)| haversine_m(my, mx, y, x))
                        .fold(0.0, f64::max);
                    if dist(mx, my) - half > radius_m + tol {
                        continue;
                    }
                    TAG_CAND
                };
                out.push((self.key(r, c), (tag << TAG_SHIFT) | slot));
            }
        }
    }

    fn classify_polygon(&self, polys: &[geo::Polygon<f64>], slot: u32, out: &mut Vec<(u64, u32)>) {
        let w = self.width();
        let h = (self.r1 - self.r0 + 1) as usize;
        let mut boundary = vec![false; w * h];
        for poly in polys {
            for ring in std::iter::once(poly.exterior()).chain(poly.interiors()) {
                for line in ring.lines() {
                    let (a, b) = (line.start, line.end);
                    let rr0 = (((a.y.min(b.y) + 90.0 - EPS_DEG) * self.scale).floor() as i64)
                        .max(self.r0);
                    let rr1 = (((a.y.max(b.y) + 90.0 + EPS_DEG) * self.scale).floor() as i64)
                        .min(self.r1);
                    let cc0 = (((a.x.min(b.x) + 180.0 - EPS_DEG) * self.scale).floor() as i64)
                        .max(self.c0);
                    let cc1 = (((a.x.max(b.x) + 180.0 + EPS_DEG) * self.scale).floor() as i64)
                        .min(self.c1);
                    for r in rr0..=rr1 {
                        for c in cc0..=cc1 {
                            let i = (r - self.r0) as usize * w + (c - self.c0) as usize;
                            if boundary[i] {
                                continue;
                            }
                            let (x0, y0, x1, y1) = self.cell_rect(r, c);
                            // Pad once more: the clip test itself rounds.
                            if segment_meets_rect(
                                a.x,
                                a.y,
                                b.x,
                                b.y,
                                x0 - EPS_DEG,
                                y0 - EPS_DEG,
                                x1 + EPS_DEG,
                                y1 + EPS_DEG,
                            ) {
                                boundary[i] = true;
                            }
                        }
                    }
                }
            }
        }
        // Scanline: per row, the x where each polygon part's rings cross the
        // row's centre line. A cell no edge reaches is at least half a cell
        // from every edge, so floating-point crossing positions cannot be on
        // the wrong side of its centre, and crossing parity (per part; parts
        // may overlap) decides it exactly.
        let mut xs: Vec<Vec<f64>> = vec![Vec::new(); polys.len()];
        for r in self.r0..=self.r1 {
            let (_, y0, _, y1) = self.cell_rect(r, self.c0);
            let yc = (y0 + y1) / 2.0;
            for (part, poly) in polys.iter().enumerate() {
                let row = &mut xs[part];
                row.clear();
                for ring in std::iter::once(poly.exterior()).chain(poly.interiors()) {
                    for line in ring.lines() {
                        let (a, b) = (line.start, line.end);
                        if (a.y <= yc) != (b.y <= yc) {
                            row.push(a.x + (yc - a.y) * (b.x - a.x) / (b.y - a.y));
                        }
                    }
                }
                row.sort_unstable_by(f64::total_cmp);
            }
            let mut west_of: Vec<usize> = vec![0; polys.len()];
            for c in self.c0..=self.c1 {
                let (x0, _, x1, _) = self.cell_rect(r, c);
                let xc = (x0 + x1) / 2.0;
                for (part, row) in xs.iter().enumerate() {
                    while west_of[part] < row.len() && row[west_of[part]] < xc {
                        west_of[part] += 1;
                    }
                }
                let i = (r - self.r0) as usize * w + (c - self.c0) as usize;
                let tag = if boundary[i] {
                    TAG_CAND
                } else if west_of.iter().any(|n| n % 2 == 1) {
                    TAG_SURE
                } else {
                    continue;
                };
                out.push((self.key(r, c), (tag << TAG_SHIFT) | slot));
            }
        }
    }
}

/// Whether segment (a, b) meets the closed rectangle (Liang–Barsky clipping).
#[allow(
    clippy::too_many_arguments,
    reason = "plain coordinates keep the hot loop free of structs"
)]
fn segment_meets_rect(
    ax: f64,
    ay: f64,
    bx: f64,
    by: f64,
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
) -> bool {
    let (dx, dy) = (bx - ax, by - ay);
    let mut t0 = 0.0_f64;
    let mut t1 = 1.0_f64;
    for (p, q) in [(-dx, ax - x0), (dx, x1 - ax), (-dy, ay - y0), (dy, y1 - ay)] {
        if p == 0.0 {
            if q < 0.0 {
                return false;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                if t > t1 {
                    return false;
                }
                t0 = t0.max(t);
            } else {
                if t < t0 {
                    return false;
                }
                t1 = t1.min(t);
            }
        }
    }
    t0 <= t1
}
