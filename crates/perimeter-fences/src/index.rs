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
//! which needs every fence within a radius, not just the containing ones.
//! H3 is used where it pays: coarse cells per fence for sharding and
//! analytics ([`FenceIndex::h3_cell`]).

use std::time::Duration;

use geo::Rect;
use h3o::{CellIndex, LatLng, Resolution};
use perimeter_model::Position;
use rstar::primitives::{GeomWithData, Rectangle};
use rstar::{AABB, RTree};

use crate::catalog::FenceCatalog;
use crate::exact::{contains, contains_xy, normalized_lon, signed_distance_m};
use crate::fence::{Fence, FenceGeometry};

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
    /// Wall time of the build (measured by the caller; zero from `build`).
    pub build_time: Duration,
}

const TAG_SHIFT: u32 = 30;
const PAYLOAD: u32 = (1 << TAG_SHIFT) - 1;
const TAG_SURE: u32 = 0;
const TAG_CAND: u32 = 1;
const TAG_LIST: u32 = 2;
const EMPTY: u64 = u64::MAX;
// Columns need up to 23 bits (360 × 2^14); rows up to 22 bits.
const COL_BITS: u32 = 32;

/// One slot of the open-addressing table. 16 bytes, so four share a cache line.
#[derive(Clone, Copy)]
#[repr(C, align(16))]
struct Slot {
    key: u64,
    val: u32,
}

/// Error building an index.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IndexError {
    /// `cell_bits` outside 6..=14.
    #[error("cell_bits {0} is outside the supported range 6..=14")]
    CellBits(u8),
    /// More fences than the index can address.
    #[error("{0} fences exceed the index limit of 2^30")]
    TooManyFences(usize),
}

type BoxEntry = GeomWithData<Rectangle<[f64; 2]>, u32>;

/// An immutable spatial index over one catalog: build once, query many.
///
/// Queries never allocate and never block; a new catalog gets a new index,
/// swapped in by the caller.
pub struct FenceIndex {
    fences: Vec<Fence>,
    bboxes: Vec<Rect<f64>>,
    h3: Vec<Option<CellIndex>>,
    scale: f64,
    cols: u64,
    table: Vec<Slot>,
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
    /// Builds the index with the default configuration.
    #[must_use]
    pub fn build(catalog: &FenceCatalog) -> Self {
        // The default configuration is valid and a catalog cannot exceed 2^30
        // fences in memory, so this cannot fail; fall back to an empty index
        // rather than panic if it ever did.
        Self::build_with(catalog, IndexConfig::default()).unwrap_or_else(|_| Self::empty())
    }

    fn empty() -> Self {
        Self {
            fences: Vec::new(),
            bboxes: Vec::new(),
            h3: Vec::new(),
            scale: 1.0,
            cols: 360,
            table: vec![Slot { key: EMPTY, val: 0 }],
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
        if catalog.len() > PAYLOAD as usize {
            return Err(IndexError::TooManyFences(catalog.len()));
        }
        let fences = catalog.fences().to_vec();
        let bboxes: Vec<Rect<f64>> = fences.iter().map(|f| f.geometry.bounding_rect()).collect();
        let scale = f64::from(1u32 << config.cell_bits);
        let cols = 360u64 << config.cell_bits;

        // Rasterise in parallel: each worker takes a contiguous range of fences.
        let workers = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        let chunk = fences.len().div_ceil(workers).max(1);
        // Per worker: (cell key, tagged slot) pairs and large-fence slots.
        type Part = (Vec<(u64, u32)>, Vec<u32>);
        let mut parts: Vec<Part> = Vec::new();
        std::thread::scope(|s| {
            let handles: Vec<_> = fences
                .chunks(chunk)
                .enumerate()
                .map(|(ci, fs)| {
                    let bboxes = &bboxes;
                    s.spawn(move || {
                        let mut cells = Vec::new();
                        let mut large = Vec::new();
                        for (k, fence) in fs.iter().enumerate() {
                            let slot = (ci * chunk + k) as u32;
                            let raster = Raster::new(&bboxes[slot as usize], scale, cols);
                            if raster.cell_count() > config.max_cells_per_fence as u64 {
                                large.push(slot);
                            } else {
                                raster.classify(&fence.geometry, slot, &mut cells);
                            }
                        }
                        (cells, large)
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
        let mut cells: Vec<(u64, u32)> = Vec::with_capacity(parts.iter().map(|p| p.0.len()).sum());
        let mut large = Vec::new();
        for (c, l) in parts {
            cells.extend(c);
            large.extend(l);
        }
        cells.sort_unstable();

        // Group by cell: sure hits first, then candidates.
        let distinct = cells.chunk_by(|a, b| a.0 == b.0).count();
        let capacity = (distinct * 10 / 7).max(16).next_power_of_two();
        let mut table = vec![Slot { key: EMPTY, val: 0 }; capacity];
        let mut lists = Vec::new();
        let mut sure_only = 0;
        for group in cells.chunk_by(|a, b| a.0 == b.0) {
            let key = group[0].0;
            // A fence can reach one cell twice when its raster wraps around
            // the globe in longitude (near a pole, or at the antimeridian).
            // Both rectangles are the same place, so one claim is kept and a
            // sure claim wins over a candidate.
            let mut sure: Vec<u32> = group
                .iter()
                .filter(|(_, v)| v >> TAG_SHIFT == TAG_SURE)
                .map(|(_, v)| v & PAYLOAD)
                .collect();
            sure.dedup();
            let mut cand: Vec<u32> = group
                .iter()
                .filter(|(_, v)| v >> TAG_SHIFT == TAG_CAND)
                .map(|(_, v)| v & PAYLOAD)
                .filter(|slot| sure.binary_search(slot).is_err())
                .collect();
            cand.dedup();
            let val = match (sure.as_slice(), cand.as_slice()) {
                ([one], []) => (TAG_SURE << TAG_SHIFT) | one,
                ([], [one]) => (TAG_CAND << TAG_SHIFT) | one,
                _ => {
                    let off = lists.len() as u32;
                    lists.push(sure.len() as u32);
                    lists.push(cand.len() as u32);
                    lists.extend(sure);
                    lists.extend(cand);
                    (TAG_LIST << TAG_SHIFT) | off
                }
            };
            if val >> TAG_SHIFT == TAG_SURE
                || (val >> TAG_SHIFT == TAG_LIST && lists[(val & PAYLOAD) as usize + 1] == 0)
            {
                sure_only += 1;
            }
            let mask = capacity - 1;
            let mut i = slot_of(key, mask);
            while table[i].key != EMPTY {
                i = (i + 1) & mask;
            }
            table[i] = Slot { key, val };
        }

        let mut entries = Vec::with_capacity(fences.len());
        for (slot, b) in bboxes.iter().enumerate() {
            let slot = slot as u32;
            entries.push(GeomWithData::new(rect_of(b, 0.0), slot));
            if b.max().x > 180.0 {
                entries.push(GeomWithData::new(rect_of(b, -360.0), slot));
            }
        }
        let tree = RTree::bulk_load(entries);
        let h3 = fences
            .iter()
            .zip(&bboxes)
            .map(|(_, b)| {
                let c = b.center();
                let lon = if c.x >= 180.0 { c.x - 360.0 } else { c.x };
                LatLng::new(c.y, lon)
                    .ok()
                    .map(|ll| ll.to_cell(config.h3_resolution))
            })
            .collect();
        let index_bytes = table.len() * size_of::<Slot>()
            + lists.len() * 4
            + tree.size() * (size_of::<BoxEntry>() + 16)
            + bboxes.len() * size_of::<Rect<f64>>();
        let stats = IndexStats {
            fences: fences.len(),
            cells: distinct,
            sure_only_cells: sure_only,
            large_fences: large.len(),
            index_bytes,
            build_time: Duration::ZERO,
        };
        Ok(Self {
            fences,
            bboxes,
            h3,
            scale,
            cols,
            table,
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

    /// The coarse H3 cell of a fence's bounding-box centre (resolution from
    /// [`IndexConfig::h3_resolution`]), for sharding the catalog and for
    /// analytics that group by area without revealing exact positions.
    #[must_use]
    pub fn h3_cell(&self, slot: usize) -> Option<CellIndex> {
        self.h3.get(slot).copied().flatten()
    }

    #[inline]
    fn key_of(&self, p: Position) -> u64 {
        let x = normalized_lon(p) + 180.0;
        let y = p.lat() + 90.0;
        // Both are non-negative, so `as` truncation is floor.
        let row = (y * self.scale) as u64;
        let mut col = (x * self.scale) as u64;
        if col >= self.cols {
            col -= self.cols;
        }
        (row << COL_BITS) | col
    }

    #[inline]
    fn probe(&self, key: u64) -> Option<u32> {
        let mask = self.table.len() - 1;
        let mut i = slot_of(key, mask);
        loop {
            let s = self.table[i];
            if s.key == key {
                return Some(s.val);
            }
            if s.key == EMPTY {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// The fences containing `p` (closed sets; see [`crate::contains`]), in
    /// no particular order. Does not allocate.
    #[inline]
    #[must_use]
    pub fn containing(&self, p: Position) -> Containing<'_> {
        let found = self.probe(self.key_of(p));
        self.containing_from(p, found)
    }

    #[inline]
    fn containing_from(&self, p: Position, found: Option<u32>) -> Containing<'_> {
        let mut it = Containing {
            index: self,
            p,
            single: None,
            sure: [].iter(),
            cand: [].iter(),
            large: self.large.iter(),
        };
        if let Some(val) = found {
            let payload = val & PAYLOAD;
            match val >> TAG_SHIFT {
                TAG_SURE => it.single = Some((payload, true)),
                TAG_CAND => it.single = Some((payload, false)),
                _ => {
                    let off = payload as usize;
                    let ns = self.lists[off] as usize;
                    let nc = self.lists[off + 1] as usize;
                    it.sure = self.lists[off + 2..off + 2 + ns].iter();
                    it.cand = self.lists[off + 2 + ns..off + 2 + ns + nc].iter();
                }
            }
        }
        it
    }

    /// Looks up many points at once, calling `f(point_index, fence)` for
    /// every hit. Table probes for a block of points are issued before any is
    /// used, so their memory latencies overlap instead of adding up.
    pub fn containing_batch<'a>(
        &'a self,
        points: &[Position],
        mut f: impl FnMut(usize, &'a Fence),
    ) {
        const BLOCK: usize = 16;
        let mask = self.table.len() - 1;
        let mut keys = [0u64; BLOCK];
        let mut slots = [0usize; BLOCK];
        for (b, block) in points.chunks(BLOCK).enumerate() {
            for (j, p) in block.iter().enumerate() {
                keys[j] = self.key_of(*p);
                slots[j] = slot_of(keys[j], mask);
                prefetch(&self.table[slots[j]]);
            }
            for (j, p) in block.iter().enumerate() {
                for fence in self.containing(*p) {
                    f(b * BLOCK + j, fence);
                }
            }
        }
    }

    /// Every fence whose edge is within `radius_m` of `p` or that contains
    /// `p`, with its signed distance to the edge. Clears `out` first; reuse
    /// the vector across calls to avoid allocating. Results are in slot order.
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
        let mut found: Vec<u32> = Vec::new();
        for shift in [0.0, 360.0, -360.0] {
            let env = AABB::from_corners([x - dlon + shift, y0], [x + dlon + shift, y1]);
            if shift != 0.0 && !(x - dlon + shift < 180.0 && x + dlon + shift > -180.0) {
                continue;
            }
            found.extend(
                self.tree
                    .locate_in_envelope_intersecting(&env)
                    .map(|e| e.data),
            );
        }
        found.sort_unstable();
        found.dedup();
        for slot in found {
            let fence = &self.fences[slot as usize];
            let d = signed_distance_m(&fence.geometry, p);
            let inside = contains(&fence.geometry, p);
            if inside || d <= radius_m {
                out.push(NearbyFence {
                    fence,
                    inside,
                    distance_to_edge_m: if inside { d.min(0.0) } else { d.max(0.0) },
                });
            }
        }
    }

    /// Baseline for benchmarks and tests: R-tree candidates by bounding box,
    /// each confirmed by the exact test. Same answers as [`Self::containing`].
    pub fn containing_rtree<'a>(&'a self, p: Position, mut f: impl FnMut(&'a Fence)) {
        let x = normalized_lon(p);
        for e in self.tree.locate_all_at_point(&[x, p.lat()]) {
            let fence = &self.fences[e.data as usize];
            if contains(&fence.geometry, p) {
                f(fence);
            }
        }
    }
}

#[inline]
fn slot_of(key: u64, mask: usize) -> usize {
    // Fibonacci hashing: neighbouring cells land far apart.
    ((key.wrapping_mul(0x9E37_79B9_7F4A_7C15)) >> 32) as usize & mask
}

/// Touches a slot so its cache line is on its way before it is needed. A
/// plain load (kept alive by `black_box`) does this without `unsafe`: the
/// loads of one block are independent, so the CPU overlaps their misses.
#[inline]
fn prefetch(slot: &Slot) {
    std::hint::black_box(slot.key);
}

fn rect_of(b: &Rect<f64>, dx: f64) -> Rectangle<[f64; 2]> {
    Rectangle::from_corners([b.min().x + dx, b.min().y], [b.max().x + dx, b.max().y])
}

/// Iterator over the fences containing a point.
pub struct Containing<'a> {
    index: &'a FenceIndex,
    p: Position,
    single: Option<(u32, bool)>,
    sure: std::slice::Iter<'a, u32>,
    cand: std::slice::Iter<'a, u32>,
    large: std::slice::Iter<'a, u32>,
}

impl<'a> Iterator for Containing<'a> {
    type Item = &'a Fence;

    #[inline]
    fn next(&mut self) -> Option<&'a Fence> {
        let fences = &self.index.fences;
        if let Some((slot, sure)) = self.single.take() {
            let fence = &fences[slot as usize];
            if sure || contains(&fence.geometry, self.p) {
                return Some(fence);
            }
        }
        if let Some(&slot) = self.sure.next() {
            return Some(&fences[slot as usize]);
        }
        for &slot in self.cand.by_ref() {
            let fence = &fences[slot as usize];
            if contains(&fence.geometry, self.p) {
                return Some(fence);
            }
        }
        for &slot in self.large.by_ref() {
            let b = &self.index.bboxes[slot as usize];
            let fence = &fences[slot as usize];
            let x = normalized_lon(self.p);
            let y = self.p.lat();
            let in_box =
                |x: f64| b.min().x <= x && x <= b.max().x && b.min().y <= y && y <= b.max().y;
            if (in_box(x) || in_box(x + 360.0)) && contains(&fence.geometry, self.p) {
                return Some(fence);
            }
        }
        None
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
                self.classify_polygon(std::slice::from_ref(p), geometry, slot, out);
            }
            FenceGeometry::MultiPolygon(mp) => self.classify_polygon(&mp.0, geometry, slot, out),
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
        let dist = |x: f64, y: f64| {
            let p1 = centre.lat().to_radians();
            let p2 = y.to_radians();
            let a = ((p2 - p1) / 2.0).sin().powi(2)
                + p1.cos() * p2.cos() * ((x - centre.lon()).to_radians() / 2.0).sin().powi(2);
            2.0 * Position::EARTH_RADIUS_M * a.sqrt().min(1.0).asin()
        };
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
                    let half = {
                        let d = |x: f64, y: f64| {
                            let a = ((y.to_radians() - my.to_radians()) / 2.0).sin().powi(2)
                                + my.to_radians().cos()
                                    * y.to_radians().cos()
                                    * ((x - mx).to_radians() / 2.0).sin().powi(2);
                            2.0 * Position::EARTH_RADIUS_M * a.sqrt().min(1.0).asin()
                        };
                        d(x0, y0).max(d(x1, y0)).max(d(x0, y1)).max(d(x1, y1))
                    };
                    if dist(mx, my) - half > radius_m + tol {
                        continue;
                    }
                    TAG_CAND
                };
                out.push((self.key(r, c), (tag << TAG_SHIFT) | slot));
            }
        }
    }

    fn classify_polygon(
        &self,
        polys: &[geo::Polygon<f64>],
        geometry: &FenceGeometry,
        slot: u32,
        out: &mut Vec<(u64, u32)>,
    ) {
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
        for r in self.r0..=self.r1 {
            for c in self.c0..=self.c1 {
                let i = (r - self.r0) as usize * w + (c - self.c0) as usize;
                let tag = if boundary[i] {
                    TAG_CAND
                } else {
                    // No edge reaches the padded cell, so the cell is wholly
                    // inside or wholly outside: its centre decides.
                    let (x0, y0, x1, y1) = self.cell_rect(r, c);
                    if contains_xy(geometry, (x0 + x1) / 2.0, (y0 + y1) / 2.0) {
                        TAG_SURE
                    } else {
                        continue;
                    }
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
