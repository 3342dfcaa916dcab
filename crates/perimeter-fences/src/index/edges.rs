//! Edge records: what lets a boundary cell be decided without running the
//! full point-in-fence test.
//!
//! For a polygon, a record names the edges that reach the (padded) cell and
//! says, for each sub-cell whose `maybe` bit is set, whether its centre is
//! inside. A point's status is its sub-cell centre's status flipped once per
//! edge crossed on the few metres from that centre to the point, with exact
//! orientation tests; any degenerate configuration (the point on an edge's
//! line, the path through a vertex) falls back to the full test.
//!
//! The record does not copy the edges: it names runs of consecutive edges
//! of the fence's own rings (ring, first vertex, count), which the index
//! keeps anyway. A record is 8 bytes inside the cell's part; a cell crossed
//! by several separate runs keeps them in a side array. The vertices are
//! read with exact `f64` coordinates, so the record needs no tolerance.
//!
//! Circles need no record: a circle's cell is decided by the haversine
//! distance to the fence's centre ([`EdgeRef::CIRCLE`]).

use geo::{Coord, Polygon, Rect};
use perimeter_model::Position;

use super::EPS_DEG;
use super::cell::{CellKey, Grid};
use super::raster::segment_meets_rect;
use crate::exact::{contains_xy_off_boundary, normalized_lon};
use crate::fence::FenceGeometry;
use crate::validate::orient;

/// Cells crossed by more edges than this get no record (the exact test
/// decides them).
const MAX_EDGES: usize = 32;

/// [`EdgeRef::meta`]: the run's ring (0 the exterior, `k` the `k`-th hole).
const RING: u16 = (1 << 7) - 1;
/// [`EdgeRef::meta`]: the run's length (or the number of runs) minus one.
const LEN_SHIFT: u16 = 7;
const LEN: u16 = 31 << LEN_SHIFT;
/// [`EdgeRef::meta`]: the fence lies at the cell's copy 360° east.
const EAST: u16 = 1 << 12;
/// [`EdgeRef::meta`]: `start` is the first of several runs in [`EdgeRuns`].
const MULTI: u16 = 1 << 13;
/// [`EdgeRef::meta`]: the fence is a circle; its centre and radius decide.
const CIRCLE: u16 = 1 << 14;
/// [`EdgeRef::meta`]: the last part of its cell's run (the table's flag,
/// kept here because it shares the word).
const LAST: u16 = 1 << 15;
/// No record ([`EdgeRef::start`]).
const NO_START: u32 = u32::MAX;

/// A run of consecutive edges of one ring: lines `start..start + len`
/// (line `i` joins vertices `i` and `i + 1`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    ring: u16,
    len: u16,
    start: u32,
}

/// One boundary cell's edge record, inside its [`super::table::Part`] (8
/// bytes): the run of the fence's edges that reach the cell (or where
/// several runs are in [`EdgeRuns`]), and which sub-cell centres are
/// inside the fence. A cell with a sub-cell centre on an edge's line gets
/// no record: the exact test decides it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(C)]
pub(super) struct EdgeRef {
    /// First vertex of the run, first run in [`EdgeRuns`] ([`MULTI`]), or
    /// [`NO_START`].
    start: u32,
    /// Sub-cells whose centre is inside the fence.
    inside: u16,
    /// Ring, length and flags (see the constants above).
    meta: u16,
}

impl EdgeRef {
    /// No record: the exact test decides.
    pub(super) const NONE: Self = Self {
        start: NO_START,
        inside: 0,
        meta: 0,
    };

    /// A circle's record.
    const CIRCLE: Self = Self {
        start: NO_START,
        inside: 0,
        meta: CIRCLE,
    };

    /// Whether there is a record (or a circle) to decide with.
    #[inline]
    pub(super) fn decides(self) -> bool {
        self.start != NO_START || self.meta & CIRCLE != 0
    }

    /// Whether there are edges to read (a polygon's record).
    #[inline]
    pub(super) fn has_edges(self) -> bool {
        self.start != NO_START
    }

    /// Whether this part ends its cell's run.
    #[inline]
    pub(super) fn is_last(self) -> bool {
        self.meta & LAST != 0
    }

    /// This record, marked as ending its cell's run.
    #[must_use]
    pub(super) fn last(self) -> Self {
        Self {
            meta: self.meta | LAST,
            ..self
        }
    }

    /// This record without its [`LAST`] mark.
    #[must_use]
    pub(super) fn not_last(self) -> Self {
        Self {
            meta: self.meta & !LAST,
            ..self
        }
    }

    /// The same record after its worker's runs were appended at `base`.
    #[must_use]
    pub(super) fn renumbered(self, base: u32) -> Self {
        if self.meta & MULTI != 0 {
            Self {
                start: self.start + base,
                ..self
            }
        } else {
            self
        }
    }
}

/// The runs of cells crossed by more than one run of edges.
#[derive(Default, PartialEq)]
pub(super) struct EdgeRuns {
    runs: Vec<Run>,
}

impl EdgeRuns {
    /// A record for the boundary cell `(row, col)` of a fence, for the
    /// sub-cells in `maybe`: [`EdgeRef::CIRCLE`] for a circle,
    /// [`EdgeRef::NONE`] when the cell is better left to the exact test
    /// (multipolygons, too many edges, a sub-cell centre on an edge's
    /// line, a fence wider than half the globe or ambiguous across the
    /// antimeridian).
    pub(super) fn record_for_cell(
        &mut self,
        geometry: &FenceGeometry,
        bbox: &Rect<f64>,
        (row, col): (u64, u64),
        grid: &Grid,
        maybe: u16,
    ) -> EdgeRef {
        let poly = match geometry {
            FenceGeometry::Circle { .. } => return EdgeRef::CIRCLE,
            FenceGeometry::Polygon(poly) => poly,
            // Parity across parts would need the parts not to overlap, which
            // validation does not promise: multipolygons use the exact test.
            FenceGeometry::MultiPolygon(_) => return EdgeRef::NONE,
        };
        if bbox.width() > 180.0 {
            return EdgeRef::NONE;
        }
        let (x0, y0) = grid.origin_of(row, col);
        let (x1, y1) = grid.origin_of(row + 1, col + 1);
        // Which copy of the cell (as is, or 360° east) the fence lies at.
        let overlaps =
            |dx: f64| bbox.min().x <= x1 + dx + EPS_DEG && bbox.max().x >= x0 + dx - EPS_DEG;
        let (east, shift) = match (overlaps(0.0), overlaps(360.0)) {
            (true, false) => (0, 0.0),
            (false, true) => (EAST, 360.0),
            _ => return EdgeRef::NONE,
        };
        let west = x0 + shift;
        let pad = 2.0 * EPS_DEG;
        let rect = (west - pad, y0 - pad, x1 + shift + pad, y1 + pad);
        let Some(runs) = runs_reaching(poly, rect) else {
            return EdgeRef::NONE;
        };
        let mut inside = 0u16;
        for sub in 0..16u32 {
            if maybe & (1 << sub) == 0 {
                continue;
            }
            let (cx, cy) = grid.sub_centre(west, y0, sub);
            let c = Coord { x: cx, y: cy };
            let on_edge_line = edges(poly, &runs).any(|(a, b)| {
                c.x >= a.x.min(b.x)
                    && c.x <= a.x.max(b.x)
                    && c.y >= a.y.min(b.y)
                    && c.y <= a.y.max(b.y)
                    && orient(a, b, c) == 0.0
            });
            // The edges of the whole polygon decide, not just the local
            // ones; a centre on no local edge's line is on no edge at all.
            if on_edge_line {
                return EdgeRef::NONE;
            }
            if contains_xy_off_boundary(geometry, c.x, c.y) {
                inside |= 1 << sub;
            }
        }
        match runs.as_slice() {
            [one] => EdgeRef {
                start: one.start,
                inside,
                meta: one.ring | ((one.len - 1) << LEN_SHIFT) | east,
            },
            many => {
                let Ok(start) = u32::try_from(self.runs.len()) else {
                    return EdgeRef::NONE;
                };
                self.runs.extend_from_slice(many);
                // `runs_reaching` caps the edges, and so the runs, at 32.
                EdgeRef {
                    start,
                    inside,
                    meta: MULTI | (((many.len() - 1) as u16) << LEN_SHIFT) | east,
                }
            }
        }
    }

    /// Appends another worker's runs; returns the index the first of them
    /// gets here (see [`EdgeRef::renumbered`]), or `None` when the indices
    /// would overflow.
    pub(super) fn append(&mut self, other: Self) -> Option<u32> {
        let base = u32::try_from(self.runs.len()).ok()?;
        u32::try_from(self.runs.len() + other.runs.len()).ok()?;
        self.runs.extend(other.runs);
        Some(base)
    }

    /// The runs of a polygon's record.
    #[inline]
    fn runs_of(&self, e: EdgeRef) -> Option<RunsOf<'_>> {
        let len = usize::from((e.meta & LEN) >> LEN_SHIFT) + 1;
        if e.meta & MULTI != 0 {
            let start = e.start as usize;
            Some(RunsOf::Many(self.runs.get(start..start + len)?))
        } else {
            Some(RunsOf::One(Run {
                ring: e.meta & RING,
                len: len as u16,
                start: e.start,
            }))
        }
    }

    /// Decides `p` (in the cell `at`) against `geometry`, the fence of
    /// record `e`: `None` when there is no record, in which case the
    /// caller runs the exact test.
    #[inline]
    pub(super) fn test(
        &self,
        e: EdgeRef,
        geometry: &FenceGeometry,
        p: Position,
        at: CellKey,
        grid: &Grid,
    ) -> Option<bool> {
        let poly = match geometry {
            FenceGeometry::Circle { centre, radius_m } if e.meta & CIRCLE != 0 => {
                return Some(centre.haversine_m(p) <= *radius_m);
            }
            FenceGeometry::Polygon(poly) if e.has_edges() => poly,
            _ => return None,
        };
        let shift = if e.meta & EAST != 0 { 360.0 } else { 0.0 };
        let (x0, y0) = grid.origin_of(u64::from(at.row), u64::from(at.col));
        let (cx, cy) = grid.sub_centre(x0 + shift, y0, at.sub());
        let c = Coord { x: cx, y: cy };
        let q = Coord {
            x: normalized_lon(p) + shift,
            y: p.lat(),
        };
        let (sx0, sx1) = (c.x.min(q.x), c.x.max(q.x));
        let (sy0, sy1) = (c.y.min(q.y), c.y.max(q.y));
        let runs = self.runs_of(e)?;
        let mut crossings = 0u32;
        for run in runs.as_slice() {
            let ring = ring(poly, run.ring)?;
            let start = run.start as usize;
            let coords = ring.0.get(start..=start + usize::from(run.len))?;
            for w in coords.windows(2) {
                let (a, b) = (w[0], w[1]);
                if a.x.max(b.x) < sx0
                    || a.x.min(b.x) > sx1
                    || a.y.max(b.y) < sy0
                    || a.y.min(b.y) > sy1
                {
                    continue;
                }
                let (d1, d2) = (orient(c, q, a), orient(c, q, b));
                let (d3, d4) = (orient(a, b, c), orient(a, b, q));
                if d1 == 0.0 || d2 == 0.0 || d3 == 0.0 || d4 == 0.0 {
                    return None;
                }
                if (d1 > 0.0) != (d2 > 0.0) && (d3 > 0.0) != (d4 > 0.0) {
                    crossings += 1;
                }
            }
        }
        let inside = e.inside & at.bit != 0;
        Some(inside ^ (crossings % 2 == 1))
    }

    /// Asks the CPU to load the first vertices of record `e`'s first run
    /// (reads the fence's ring header: prefetch that first).
    #[inline]
    pub(super) fn prefetch_vertices(&self, e: EdgeRef, geometry: &FenceGeometry) {
        let FenceGeometry::Polygon(poly) = geometry else {
            return;
        };
        if !e.has_edges() {
            return;
        }
        let (ring_no, start) = if e.meta & MULTI != 0 {
            match self.runs.get(e.start as usize) {
                Some(run) => (run.ring, run.start),
                None => return,
            }
        } else {
            (e.meta & RING, e.start)
        };
        if let Some(v) = ring(poly, ring_no).and_then(|ring| ring.0.get(start as usize)) {
            super::table::prefetch(v);
        }
    }

    /// Heap bytes.
    pub(super) fn bytes(&self) -> usize {
        self.runs.capacity() * size_of::<Run>()
    }
}

/// The runs of one record.
enum RunsOf<'a> {
    One(Run),
    Many(&'a [Run]),
}

impl RunsOf<'_> {
    #[inline]
    fn as_slice(&self) -> &[Run] {
        match self {
            Self::One(run) => std::slice::from_ref(run),
            Self::Many(runs) => runs,
        }
    }
}

/// Ring `k` of a polygon: 0 the exterior, `k` the `k`-th hole.
#[inline]
fn ring(poly: &Polygon<f64>, k: u16) -> Option<&geo::LineString<f64>> {
    match k {
        0 => Some(poly.exterior()),
        k => poly.interiors().get(usize::from(k) - 1),
    }
}

/// The runs of consecutive edges that meet `rect` (`x0, y0, x1, y1`);
/// `None` when more than [`MAX_EDGES`] do or a ring or vertex number does
/// not fit a record.
fn runs_reaching(poly: &Polygon<f64>, (x0, y0, x1, y1): (f64, f64, f64, f64)) -> Option<Vec<Run>> {
    let mut runs: Vec<Run> = Vec::new();
    let mut edges = 0usize;
    for (k, ring) in std::iter::once(poly.exterior())
        .chain(poly.interiors())
        .enumerate()
    {
        let k = u16::try_from(k).ok().filter(|&k| k <= RING)?;
        let mut open = false;
        for (i, line) in ring.lines().enumerate() {
            let (a, b) = (line.start, line.end);
            if !segment_meets_rect(a.x, a.y, b.x, b.y, x0, y0, x1, y1) {
                open = false;
                continue;
            }
            edges += 1;
            if edges > MAX_EDGES {
                return None;
            }
            match runs.last_mut() {
                Some(run) if open => run.len += 1,
                _ => runs.push(Run {
                    ring: k,
                    len: 1,
                    start: u32::try_from(i).ok()?,
                }),
            }
            open = true;
        }
    }
    Some(runs)
}

/// The edges of `runs`, as vertex pairs.
fn edges<'a>(
    poly: &'a Polygon<f64>,
    runs: &'a [Run],
) -> impl Iterator<Item = (Coord<f64>, Coord<f64>)> + 'a {
    runs.iter().flat_map(move |run| {
        let coords = ring(poly, run.ring).map_or(&[][..], |r| r.0.as_slice());
        let start = run.start as usize;
        coords
            .get(start..=start + usize::from(run.len))
            .unwrap_or(&[])
            .windows(2)
            .map(|w| (w[0], w[1]))
    })
}
