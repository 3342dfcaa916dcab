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
//! A cell one fence covers whole stores that fence inline in its 8-byte
//! table slot (one memory access answers the query); any other cell points
//! to a run of 16-byte *parts*, one per fence that reaches it, with the
//! fence's sure/maybe sub-cell masks. Empty space costs one probe that finds
//! no key. A part whose fence's boundary crosses the cell carries an *edge
//! record* naming the runs of the fence's own edges that reach it, which
//! decides most points with a few exact orientation tests instead of the
//! full point-in-fence test.
//!
//! # Modules
//!
//! * `cell`: grid cell keys and sub-cells;
//! * `table`: the hash table of cells and the parts of cells;
//! * `edges`: the edge records of boundary cells;
//! * `raster`: which cells a fence reaches, classified exactly;
//! * `build`: the build steps, rasterising in parallel;
//! * `batch`: the batch lookup pipeline;
//! * `boxes`: the fences' bounding boxes and the R-tree over groups of them;
//! * `ids`: the slot of a fence id.
//!
//! Fences too large to rasterise at the chosen resolution (more than
//! [`IndexConfig::max_cells_per_fence`] cells, e.g. a 50 km circle) are kept
//! in a short list tested by bounding box on every query. An R-tree (rstar)
//! over groups of nearby fences answers the distance query ([`FenceIndex::near`]),
//! which needs every fence within a radius, not just the containing ones:
//! the admin API's explain query (`GET /v1/explain`) uses it. Each fence's
//! coarse H3 cell ([`FenceIndex::h3_cell`]) is computed on request: the
//! engine writes it on every event (`h3_cell`).

mod batch;
mod boxes;
mod build;
mod cell;
mod edges;
mod ids;
mod incremental;
mod par;
mod raster;
mod table;

use geo::Rect;
use h3o::{CellIndex, LatLng, Resolution};
use perimeter_model::{FenceId, Position};

use crate::catalog::FenceCatalog;
use crate::exact::{contains_within, normalized_lon, signed_distance_within};
use crate::fence::Fence;
use boxes::{Boxes, Neighbourhood};
use cell::{CellKey, Grid};
use edges::EdgeRuns;
use ids::IdTable;
use table::{Cell, CellTable, Part};

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
    /// Bytes of index structures (table, parts, boxes, R-tree, id map;
    /// not the fences), by heap capacity.
    pub index_bytes: usize,
    /// Of those, the cell table's slots.
    pub table_bytes: usize,
    /// Of those, the cells' parts (16 bytes each, edge record included)
    /// and the side array of cells crossed by several runs of edges.
    pub part_bytes: usize,
    /// Parts whose edge record decides their boundary sub-cells.
    pub edge_records: usize,
    /// Of the bytes, the fences' bounding boxes.
    pub box_bytes: usize,
    /// Of the bytes, the R-tree over groups of fences and its fence order.
    pub tree_bytes: usize,
    /// Of the bytes, the id map.
    pub id_bytes: usize,
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

/// An immutable spatial index over one catalog: build once, query many.
///
/// Queries never allocate and never block; a new catalog gets a new index,
/// swapped in by the caller.
pub struct FenceIndex {
    fences: Vec<Fence>,
    /// Slot of each fence id, for callers that hold ids (open visits).
    ids: IdTable,
    boxes: Boxes,
    config: IndexConfig,
    grid: Grid,
    table: CellTable,
    /// The runs of parts of the cells that hold them ([`Cell::Parts`]).
    parts: Vec<Part>,
    runs: EdgeRuns,
    large: Vec<u32>,
    neighbourhood: Neighbourhood,
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
            ids: IdTable::default(),
            boxes: Boxes::default(),
            config: IndexConfig::default(),
            grid,
            table: CellTable::empty(),
            parts: Vec::new(),
            runs: EdgeRuns::default(),
            large: Vec::new(),
            neighbourhood: Neighbourhood::default(),
            stats: IndexStats::default(),
        }
    }

    /// Builds the index with an explicit configuration, on every available
    /// core.
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
        let limit = u64::from(u32::MAX);
        if fences.len() as u64 > limit {
            return Err(IndexError::TooLarge {
                what: "fences",
                count: fences.len(),
                limit,
                cell_bits: config.cell_bits,
            });
        }
        let bboxes: Vec<Rect<f64>> = par::map(&fences, |f| f.geometry.bounding_rect());
        let grids = build::build_grids(
            &fences,
            &bboxes,
            &grid,
            config.max_cells_per_fence,
            config.cell_bits,
        )?;
        let boxes = Boxes::new(&bboxes);
        drop(bboxes);
        let neighbourhood = Neighbourhood::new(&boxes);
        let ids = IdTable::new(&fences);
        let table_bytes = grids.table.bytes();
        let part_bytes = grids.parts.capacity() * size_of::<Part>() + grids.runs.bytes();
        // Each walks its structure (the R-tree's is a tree walk): once.
        let (box_bytes, tree_bytes, id_bytes) = (boxes.bytes(), neighbourhood.bytes(), ids.bytes());
        let index_bytes = table_bytes
            + part_bytes
            + grids.large.capacity() * 4
            + box_bytes
            + tree_bytes
            + id_bytes;
        let stats = IndexStats {
            fences: fences.len(),
            cells: grids.cells,
            sure_only_cells: grids.sure_only_cells,
            large_fences: grids.large.len(),
            index_bytes,
            table_bytes,
            part_bytes,
            edge_records: grids.edge_records,
            box_bytes,
            tree_bytes,
            id_bytes,
        };
        Ok(Self {
            fences,
            ids,
            boxes,
            config,
            grid,
            table: grids.table,
            parts: grids.parts,
            runs: grids.runs,
            large: grids.large,
            neighbourhood,
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
        self.ids.get(id, &self.fences)
    }

    /// Signed distance in metres from `p` to the edge of the fence in `slot`
    /// (negative inside, positive outside), as [`crate::signed_distance_m`]
    /// computes it, reusing the stored bounding box and a containment answer
    /// the caller already has (`inside` must be that fence's exact answer for
    /// `p`). `NaN` for a slot out of range.
    #[must_use]
    pub fn distance_to_edge_m(&self, slot: usize, p: Position, inside: bool) -> f64 {
        match (self.fences.get(slot), self.boxes.get(slot)) {
            (Some(f), Some(bbox)) => signed_distance_within(&f.geometry, &bbox, p, inside),
            _ => f64::NAN,
        }
    }

    /// Whether the fence in `slot` contains `p` (the exact test, without the
    /// grid); `false` for a slot out of range.
    #[must_use]
    pub fn slot_contains(&self, slot: usize, p: Position) -> bool {
        match (self.fences.get(slot), self.boxes.get(slot)) {
            (Some(f), Some(bbox)) => contains_within(&f.geometry, &bbox, p),
            _ => false,
        }
    }

    /// The coarse H3 cell of a fence's bounding-box centre (resolution from
    /// [`IndexConfig::h3_resolution`]): the `h3_cell` of events, so
    /// analytics can group visits by area without any user position.
    #[must_use]
    pub fn h3_cell(&self, slot: usize) -> Option<CellIndex> {
        let c = self.fences.get(slot)?.geometry.bounding_rect().center();
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

    /// The run of parts starting at `start`.
    #[inline]
    fn run(&self, start: u32) -> PartRun<'_> {
        PartRun {
            rest: self.parts.get(start as usize..).unwrap_or(&[]),
        }
    }

    /// [`Self::containing`] for `p` in cell `at`, which holds `cell`.
    #[inline]
    fn containing_in(&self, p: Position, at: CellKey, cell: Option<Cell>) -> Containing<'_> {
        let mut it = Containing {
            index: self,
            p,
            at,
            whole: None,
            parts: PartRun { rest: &[] },
            large: self.large.iter(),
        };
        match cell {
            None => {}
            Some(Cell::Whole(slot)) => it.whole = Some(slot),
            Some(Cell::Parts(start)) => it.parts = self.run(start),
        }
        it
    }

    /// The exact test of the fence in `slot`.
    #[inline]
    fn exact(&self, slot: u32, p: Position) -> bool {
        let s = slot as usize;
        self.boxes
            .get(s)
            .is_some_and(|bbox| contains_within(&self.fences[s].geometry, &bbox, p))
    }

    /// Whether the fence of a cell's part contains `p`.
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
        if !part.edges.decides() {
            return None;
        }
        let geometry = &self.fences.get(part.slot as usize)?.geometry;
        self.runs.test(part.edges, geometry, p, at, &self.grid)
    }

    /// Asks the CPU to load the fence geometry header a boundary answer
    /// reads first.
    #[inline]
    fn prefetch_geometry(&self, part: &Part) {
        if let Some(f) = self.fences.get(part.slot as usize) {
            table::prefetch_span(&f.geometry);
        }
    }

    /// Asks the CPU to load the first vertices [`Self::record_test`] reads
    /// (after [`Self::prefetch_geometry`]).
    #[inline]
    fn prefetch_vertices(&self, part: &Part) {
        if let Some(f) = self.fences.get(part.slot as usize) {
            self.runs.prefetch_vertices(part.edges, &f.geometry);
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
        let run = match cell {
            Cell::Whole(_) => PartRun { rest: &[] },
            Cell::Parts(start) => self.run(start),
        };
        let undecided = run.filter(|part| part.sure & at.bit == 0 && part.maybe & at.bit != 0);
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
        let mut seen: Vec<u32> = Vec::new();
        for shift in [0.0, 360.0, -360.0] {
            if shift != 0.0 && !(x - dlon + shift < 180.0 && x + dlon + shift > -180.0) {
                continue;
            }
            let (x0, x1) = (x - dlon + shift, x + dlon + shift);
            self.neighbourhood
                .candidates(x0, y0, x1, y1, |slot| seen.push(slot));
        }
        // A group of fences can meet the search box in both of its copies:
        // test each fence once.
        seen.sort_unstable();
        seen.dedup();
        for slot in seen {
            let s = slot as usize;
            let (Some(fence), Some(bbox)) = (self.fences.get(s), self.boxes.get(s)) else {
                continue;
            };
            let meets = |shift: f64| {
                bbox.min().x <= x + dlon + shift
                    && bbox.max().x >= x - dlon + shift
                    && bbox.min().y <= y1
                    && bbox.max().y >= y0
            };
            if !(meets(0.0) || meets(360.0) || meets(-360.0)) {
                continue;
            }
            let inside = contains_within(&fence.geometry, &bbox, p);
            let d = signed_distance_within(&fence.geometry, &bbox, p, inside);
            if inside || d <= radius_m {
                out.push(NearbyFence {
                    fence,
                    inside,
                    distance_to_edge_m: if inside { d.min(0.0) } else { d.max(0.0) },
                });
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
        // Groups reaching east of 180 are also entered 360° west: one
        // query at the normalised longitude finds every candidate.
        let mut seen: Vec<u32> = Vec::new();
        self.neighbourhood
            .candidates(x, p.lat(), x, p.lat(), |slot| seen.push(slot));
        seen.sort_unstable();
        seen.dedup();
        for slot in seen {
            if self.exact(slot, p) {
                f(&self.fences[slot as usize]);
            }
        }
    }
}

/// The parts of one cell, up to the one marked last.
#[derive(Debug, Clone)]
struct PartRun<'a> {
    rest: &'a [Part],
}

impl<'a> Iterator for PartRun<'a> {
    type Item = &'a Part;

    #[inline]
    fn next(&mut self) -> Option<&'a Part> {
        let (first, rest) = self.rest.split_first()?;
        self.rest = if first.edges.is_last() { &[] } else { rest };
        Some(first)
    }
}

/// Iterator over the fences containing a point, with their slots.
pub struct Containing<'a> {
    index: &'a FenceIndex,
    p: Position,
    at: CellKey,
    /// The fence covering the whole cell, not yet reported.
    whole: Option<u32>,
    /// The cell's parts not yet tested.
    parts: PartRun<'a>,
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
        if let Some(slot) = self.whole.take() {
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
