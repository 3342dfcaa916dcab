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
//! empty slot. A boundary cell carries a 12-byte *edge record* naming the
//! runs of the fence's own edges that reach it, which decides most points
//! with a few exact orientation tests instead of the full point-in-fence
//! test.
//!
//! # Modules
//!
//! * `cell`: grid cell keys and sub-cells;
//! * `table`: the hash table of cells and what a cell holds;
//! * `edges`: the edge records of boundary cells;
//! * `raster`: which cells a fence reaches, classified exactly;
//! * `build`: the build steps, in parallel;
//! * `batch`: the batch lookup pipeline.
//!
//! Fences too large to rasterise at the chosen resolution (more than
//! [`IndexConfig::max_cells_per_fence`] cells, e.g. a 50 km circle) are kept
//! in a short list tested by bounding box on every query. An R-tree (rstar)
//! over fence bounding boxes answers the distance query ([`FenceIndex::near`]),
//! which needs every fence within a radius, not just the containing ones:
//! the admin API's explain query (`GET /v1/explain`) uses it. Each fence's
//! coarse H3 cell ([`FenceIndex::h3_cell`]) is computed on request: the
//! engine writes it on every event (`h3_cell`).

mod batch;
mod build;
mod cell;
mod edges;
mod incremental;
mod raster;
mod table;

use std::collections::HashMap;

use geo::Rect;
use h3o::{CellIndex, LatLng, Resolution};
use perimeter_model::{FenceId, Position};
use rstar::primitives::{GeomWithData, Rectangle};
use rstar::{AABB, RTree};

use crate::catalog::FenceCatalog;
use crate::exact::{contains_within, normalized_lon, signed_distance_within};
use crate::fence::Fence;
use cell::{CellKey, Grid};
use edges::EdgeRecords;
use table::{Cell, CellTable, NO_RECORD, Packing, Part};

pub use incremental::{FenceChange, IncrementalIndex};

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
    /// Of those, the cell table and the shared cells' parts.
    pub table_bytes: usize,
    /// Of those, the boundary cells' edge records.
    pub edge_record_bytes: usize,
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
    config: IndexConfig,
    grid: Grid,
    table: CellTable,
    /// The parts of shared cells ([`Cell::Shared`]).
    parts: Vec<Part>,
    records: EdgeRecords,
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
    /// One fence's boundary crosses the point's sub-cell, and the cell's
    /// edge record decides: a few orientation tests on the edges that reach
    /// the cell, not the full point-in-fence test.
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
        let grid = Grid::new(0);
        Self {
            fences: Vec::new(),
            slots: HashMap::new(),
            bboxes: Vec::new(),
            config: IndexConfig::default(),
            grid,
            table: CellTable::with_capacity(Packing::for_cells(grid.rows * grid.cols), 0),
            parts: Vec::new(),
            records: EdgeRecords::default(),
            large: Vec::new(),
            tree: RTree::new(),
            stats: IndexStats::default(),
        }
    }

    /// Builds the index with an explicit configuration, rasterising on
    /// every available core.
    ///
    /// # Errors
    /// [`IndexError`] for an invalid configuration or an oversized catalog.
    pub fn build_with(catalog: &FenceCatalog, config: IndexConfig) -> Result<Self, IndexError> {
        Self::from_fences(catalog.fences().to_vec(), config)
    }

    /// [`Self::build_with`] taking the catalog by value: its fences move
    /// into the index instead of being copied, which matters at millions of
    /// fences.
    ///
    /// # Errors
    /// [`IndexError`] for an invalid configuration or an oversized catalog.
    pub fn build_owned(catalog: FenceCatalog, config: IndexConfig) -> Result<Self, IndexError> {
        Self::from_fences(catalog.into_fences(), config)
    }

    /// [`Self::build_with`] over fences already in id order with unique ids.
    fn from_fences(fences: Vec<Fence>, config: IndexConfig) -> Result<Self, IndexError> {
        if !(6..=14).contains(&config.cell_bits) {
            return Err(IndexError::CellBits(config.cell_bits));
        }
        let grid = Grid::new(config.cell_bits);
        let packing = Packing::for_cells(grid.rows * grid.cols);
        let limit = packing.max_payload().min(u64::from(NO_RECORD - 1));
        if fences.len() as u64 > limit {
            return Err(IndexError::TooLarge {
                what: "fences",
                count: fences.len(),
                limit,
                cell_bits: config.cell_bits,
            });
        }
        let bboxes: Vec<Rect<f64>> = fences.iter().map(|f| f.geometry.bounding_rect()).collect();
        let grids = build::build_grids(
            &fences,
            &bboxes,
            &grid,
            packing,
            config.max_cells_per_fence,
            config.cell_bits,
        )?;
        let tree = bbox_tree(&bboxes);
        let slots: HashMap<FenceId, u32> = fences
            .iter()
            .enumerate()
            .map(|(i, f)| (f.id.clone(), u32::try_from(i).unwrap_or(u32::MAX)))
            .collect();
        let table_bytes = grids.table.bytes() + grids.parts.len() * size_of::<Part>();
        let edge_record_bytes = grids.records.bytes();
        let index_bytes = table_bytes
            + edge_record_bytes
            + grids.large.len() * 4
            + tree.size() * (size_of::<BoxEntry>() + 16)
            + bboxes.len() * size_of::<Rect<f64>>()
            // The id map: key, slot and a control byte per entry at the
            // table's load factor (7/8), ignoring the shared id strings.
            + fences.len() * (size_of::<FenceId>() + 4 + 1) * 8 / 7;
        let stats = IndexStats {
            fences: fences.len(),
            cells: grids.cells,
            sure_only_cells: grids.sure_only_cells,
            large_fences: grids.large.len(),
            index_bytes,
            table_bytes,
            edge_record_bytes,
        };
        Ok(Self {
            fences,
            slots,
            bboxes,
            config,
            grid,
            table: grids.table,
            parts: grids.parts,
            records: grids.records,
            large: grids.large,
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
    /// [`IndexConfig::h3_resolution`]): the `h3_cell` of events, so
    /// analytics can group visits by area without any user position.
    #[must_use]
    pub fn h3_cell(&self, slot: usize) -> Option<CellIndex> {
        let c = self.bboxes.get(slot)?.center();
        let lon = if c.x >= 180.0 { c.x - 360.0 } else { c.x };
        LatLng::new(c.y, lon)
            .ok()
            .map(|ll| ll.to_cell(self.config.h3_resolution))
    }

    /// The fences containing `p` (closed sets; see [`crate::contains`]), in
    /// no particular order. Does not allocate.
    #[inline]
    #[must_use]
    pub fn containing(&self, p: Position) -> Containing<'_> {
        let at = self.grid.key_of(p);
        self.containing_in(p, at, self.table.get(at.key))
    }

    /// The parts of a shared cell.
    #[inline]
    fn shared(&self, start: u32, len: u32) -> &[Part] {
        let start = start as usize;
        self.parts.get(start..start + len as usize).unwrap_or(&[])
    }

    /// [`Self::containing`] for `p` in cell `at`, which holds `cell`.
    #[inline]
    fn containing_in(&self, p: Position, at: CellKey, cell: Option<Cell>) -> Containing<'_> {
        let mut it = Containing {
            index: self,
            p,
            at,
            single: None,
            parts: [].iter(),
            large: self.large.iter(),
        };
        match cell {
            None => {}
            Some(Cell::One(part)) => {
                if part.sure & at.bit != 0 {
                    it.single = Some((part.slot, true));
                } else if part.maybe & at.bit != 0 {
                    it.single = match self.record_test(&part, p, at) {
                        Some(true) => Some((part.slot, true)),
                        Some(false) => None,
                        None => Some((part.slot, false)),
                    };
                }
            }
            Some(Cell::Shared { start, len }) => it.parts = self.shared(start, len).iter(),
        }
        it
    }

    /// The exact test of the fence in `slot`.
    #[inline]
    fn exact(&self, slot: u32, p: Position) -> bool {
        let s = slot as usize;
        contains_within(&self.fences[s].geometry, &self.bboxes[s], p)
    }

    /// Whether the fence of a shared cell's part contains `p`.
    #[inline]
    fn part_contains(&self, part: &Part, p: Position, at: CellKey) -> bool {
        part.sure & at.bit != 0
            || (part.maybe & at.bit != 0
                && self
                    .record_test(part, p, at)
                    .unwrap_or_else(|| self.exact(part.slot, p)))
    }

    /// The edge record's answer for a part whose boundary crosses the
    /// point's sub-cell (`None`: run the exact test).
    #[inline]
    fn record_test(&self, part: &Part, p: Position, at: CellKey) -> Option<bool> {
        if part.record == NO_RECORD {
            return None;
        }
        let geometry = &self.fences.get(part.slot as usize)?.geometry;
        self.records.test(part.record, geometry, p, at, &self.grid)
    }

    /// Asks the CPU to load what [`Self::record_test`] reads first: the
    /// record and the fence's geometry header.
    #[inline]
    fn prefetch_record(&self, part: &Part) {
        if part.record != NO_RECORD
            && let Some(f) = self.fences.get(part.slot as usize)
        {
            self.records.prefetch_record(part.record);
            table::prefetch_span(&f.geometry);
        }
    }

    /// Asks the CPU to load the first vertices [`Self::record_test`] reads
    /// (after [`Self::prefetch_record`]).
    #[inline]
    fn prefetch_vertices(&self, part: &Part) {
        if part.record != NO_RECORD
            && let Some(f) = self.fences.get(part.slot as usize)
        {
            self.records.prefetch_vertices(part.record, &f.geometry);
        }
    }

    /// How a lookup of `p` is answered, for capacity planning and the
    /// performance docs: the share of lookups that need no exact geometric
    /// test is what makes the index fast.
    #[must_use]
    pub fn lookup_path(&self, p: Position) -> LookupPath {
        let at = self.grid.key_of(p);
        let Some(cell) = self.table.get(at.key) else {
            return LookupPath::EmptyCell;
        };
        let undecided: &[Part] = match &cell {
            Cell::One(part) => std::slice::from_ref(part),
            Cell::Shared { start, len } => self.shared(*start, *len),
        };
        let undecided = undecided
            .iter()
            .filter(|part| part.sure & at.bit == 0 && part.maybe & at.bit != 0);
        let (mut local, mut exact) = (0, self.large.len());
        for part in undecided {
            if self.record_test(part, p, at).is_some() {
                local += 1;
            } else {
                exact += 1;
            }
        }
        match (exact, local) {
            (0, 0) => LookupPath::MasksOnly,
            (0, _) => LookupPath::LocalEdges,
            (n, _) => LookupPath::ExactTests(n),
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

/// An R-tree over the fences' boxes; a box reaching east of 180 is entered
/// a second time, 360° west.
fn bbox_tree(bboxes: &[Rect<f64>]) -> RTree<BoxEntry> {
    let rect = |b: &Rect<f64>, dx: f64| {
        Rectangle::from_corners([b.min().x + dx, b.min().y], [b.max().x + dx, b.max().y])
    };
    let mut entries = Vec::with_capacity(bboxes.len());
    for (slot, b) in bboxes.iter().enumerate() {
        let slot = slot as u32;
        entries.push(GeomWithData::new(rect(b, 0.0), slot));
        if b.max().x > 180.0 {
            entries.push(GeomWithData::new(rect(b, -360.0), slot));
        }
    }
    RTree::bulk_load(entries)
}

/// Iterator over the fences containing a point, with their slots.
pub struct Containing<'a> {
    index: &'a FenceIndex,
    p: Position,
    at: CellKey,
    /// A one-fence cell's fence, and whether it is already known to hit.
    single: Option<(u32, bool)>,
    /// The parts of a shared cell not yet tested.
    parts: std::slice::Iter<'a, Part>,
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
        let (index, p, at) = (self.index, self.p, self.at);
        if let Some((slot, sure)) = self.single.take()
            && (sure || index.exact(slot, p))
        {
            return Some(slot);
        }
        if let Some(part) = self
            .parts
            .by_ref()
            .find(|part| index.part_contains(part, p, at))
        {
            return Some(part.slot);
        }
        self.large
            .by_ref()
            .find(|&&slot| index.exact(slot, p))
            .copied()
    }
}
