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
//! keeps anyway. A record is 12 bytes; a cell crossed by several separate
//! runs keeps the extra runs in a side array. The vertices are read with
//! exact `f64` coordinates, so the record needs no tolerance.
//!
//! Circles need no record: a circle's cell is decided by the haversine
//! distance to the fence's centre ([`CIRCLE`]).

use geo::{Coord, Polygon, Rect};
use perimeter_model::Position;

use super::EPS_DEG;
use super::cell::{CellKey, Grid};
use super::raster::segment_meets_rect;
use super::table::NO_RECORD;
use crate::exact::{contains_xy_off_boundary, normalized_lon};
use crate::fence::FenceGeometry;
use crate::validate::orient;

/// The record of every boundary cell of a circle: the fence's own centre
/// and radius decide.
pub(super) const CIRCLE: u32 = NO_RECORD - 1;

/// Cells crossed by more edges than this get no record (the exact test
/// decides them).
const MAX_EDGES: usize = 32;

/// Flags in [`EdgeRecord::ring`]'s top bits.
const EAST: u16 = 1 << 15;
const MULTI: u16 = 1 << 14;
const RING: u16 = MULTI - 1;

/// A run of consecutive edges of one ring: lines `start..start + len`
/// (line `i` joins vertices `i` and `i + 1`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    ring: u16,
    len: u16,
    start: u32,
}

/// One boundary cell's record (12 bytes).
#[derive(Debug, Clone, Copy)]
struct EdgeRecord {
    /// Sub-cells whose centre is inside the fence.
    inside: u16,
    /// Sub-cells whose centre lies on an edge's line: always the exact test.
    degenerate: u16,
    /// The run's ring (0 the exterior, `k` the `k`-th hole), plus [`EAST`]
    /// when the fence lies at the cell's copy 360° east and [`MULTI`] when
    /// `len` runs start at `start` in [`EdgeRecords::runs`].
    ring: u16,
    len: u16,
    start: u32,
}

/// Every edge record of an index.
#[derive(Default)]
pub(super) struct EdgeRecords {
    records: Vec<EdgeRecord>,
    /// The runs of cells crossed by more than one.
    runs: Vec<Run>,
}

impl EdgeRecords {
    fn push(&mut self, record: EdgeRecord) -> u32 {
        match u32::try_from(self.records.len()) {
            Ok(id) if id < CIRCLE => {
                self.records.push(record);
                id
            }
            _ => NO_RECORD,
        }
    }

    /// A record for the boundary cell `(row, col)` of a fence, for the
    /// sub-cells in `maybe`: [`CIRCLE`] for a circle, [`NO_RECORD`] when the
    /// cell is better left to the exact test (multipolygons, too many
    /// edges, a fence wider than half the globe or ambiguous across the
    /// antimeridian).
    pub(super) fn push_cell(
        &mut self,
        geometry: &FenceGeometry,
        bbox: &Rect<f64>,
        (row, col): (u64, u64),
        grid: &Grid,
        maybe: u16,
    ) -> u32 {
        let poly = match geometry {
            FenceGeometry::Circle { .. } => return CIRCLE,
            FenceGeometry::Polygon(poly) => poly,
            // Parity across parts would need the parts not to overlap, which
            // validation does not promise: multipolygons use the exact test.
            FenceGeometry::MultiPolygon(_) => return NO_RECORD,
        };
        if bbox.width() > 180.0 {
            return NO_RECORD;
        }
        let (x0, y0) = grid.origin_of(row, col);
        let (x1, y1) = grid.origin_of(row + 1, col + 1);
        // Which copy of the cell (as is, or 360° east) the fence lies at.
        let overlaps =
            |dx: f64| bbox.min().x <= x1 + dx + EPS_DEG && bbox.max().x >= x0 + dx - EPS_DEG;
        let (east, shift) = match (overlaps(0.0), overlaps(360.0)) {
            (true, false) => (0, 0.0),
            (false, true) => (EAST, 360.0),
            _ => return NO_RECORD,
        };
        let west = x0 + shift;
        let pad = 2.0 * EPS_DEG;
        let rect = (west - pad, y0 - pad, x1 + shift + pad, y1 + pad);
        let Some(runs) = runs_reaching(poly, rect) else {
            return NO_RECORD;
        };
        let (mut inside, mut degenerate) = (0u16, 0u16);
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
                degenerate |= 1 << sub;
            } else if contains_xy_off_boundary(geometry, c.x, c.y) {
                inside |= 1 << sub;
            }
        }
        let record = match runs.as_slice() {
            [one] => EdgeRecord {
                inside,
                degenerate,
                ring: one.ring | east,
                len: one.len,
                start: one.start,
            },
            many => {
                let (Ok(start), Ok(len)) =
                    (u32::try_from(self.runs.len()), u16::try_from(many.len()))
                else {
                    return NO_RECORD;
                };
                self.runs.extend_from_slice(many);
                EdgeRecord {
                    inside,
                    degenerate,
                    ring: MULTI | east,
                    len,
                    start,
                }
            }
        };
        self.push(record)
    }

    /// Appends another worker's records; returns the id the first of them
    /// gets here (add it to every record id from `other`), or `None` when
    /// the ids would overflow.
    pub(super) fn append(&mut self, other: Self) -> Option<u32> {
        let base = u32::try_from(self.records.len()).ok()?;
        let runs = u32::try_from(self.runs.len()).ok()?;
        u32::try_from(self.records.len() + other.records.len())
            .ok()
            .filter(|&n| n < CIRCLE)?;
        u32::try_from(self.runs.len() + other.runs.len()).ok()?;
        self.records.extend(other.records.into_iter().map(|mut r| {
            if r.ring & MULTI != 0 {
                r.start += runs;
            }
            r
        }));
        self.runs.extend(other.runs);
        Some(base)
    }

    /// Record `id` of an appended worker whose first record got `base`
    /// (see [`Self::append`]); [`NO_RECORD`] and [`CIRCLE`] stay as they are.
    pub(super) fn renumbered(id: u32, base: u32) -> u32 {
        if id >= CIRCLE { id } else { id + base }
    }

    /// Decides `p` (in the cell `at`) against `geometry`, the fence of
    /// record `id`: `None` when there is no record or the case is
    /// degenerate, in which case the caller runs the exact test.
    #[inline]
    pub(super) fn test(
        &self,
        id: u32,
        geometry: &FenceGeometry,
        p: Position,
        at: CellKey,
        grid: &Grid,
    ) -> Option<bool> {
        let poly = match geometry {
            FenceGeometry::Circle { centre, radius_m } if id == CIRCLE => {
                return Some(centre.haversine_m(p) <= *radius_m);
            }
            FenceGeometry::Polygon(poly) => poly,
            _ => return None,
        };
        let r = self.records.get(id as usize)?;
        if r.degenerate & at.bit != 0 {
            return None;
        }
        let shift = if r.ring & EAST != 0 { 360.0 } else { 0.0 };
        let (x0, y0) = grid.origin_of(u64::from(at.row), u64::from(at.col));
        let (cx, cy) = grid.sub_centre(x0 + shift, y0, at.sub());
        let c = Coord { x: cx, y: cy };
        let q = Coord {
            x: normalized_lon(p) + shift,
            y: p.lat(),
        };
        let (sx0, sx1) = (c.x.min(q.x), c.x.max(q.x));
        let (sy0, sy1) = (c.y.min(q.y), c.y.max(q.y));
        let one = [Run {
            ring: r.ring & RING,
            len: r.len,
            start: r.start,
        }];
        let runs: &[Run] = if r.ring & MULTI != 0 {
            let start = r.start as usize;
            self.runs.get(start..start + usize::from(r.len))?
        } else {
            &one
        };
        let mut crossings = 0u32;
        for run in runs {
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
        let inside = r.inside & at.bit != 0;
        Some(inside ^ (crossings % 2 == 1))
    }

    /// Asks the CPU to load record `id`.
    #[inline]
    pub(super) fn prefetch_record(&self, id: u32) {
        if let Some(r) = self.records.get(id as usize) {
            super::table::prefetch(r);
        }
    }

    /// Asks the CPU to load the first vertices of record `id`'s first run
    /// (reads the record and the fence's ring header: prefetch those first).
    #[inline]
    pub(super) fn prefetch_vertices(&self, id: u32, geometry: &FenceGeometry) {
        let (Some(r), FenceGeometry::Polygon(poly)) = (self.records.get(id as usize), geometry)
        else {
            return;
        };
        let (ring_no, start) = if r.ring & MULTI != 0 {
            match self.runs.get(r.start as usize) {
                Some(run) => (run.ring, run.start),
                None => return,
            }
        } else {
            (r.ring & RING, r.start)
        };
        if let Some(v) = ring(poly, ring_no).and_then(|ring| ring.0.get(start as usize)) {
            super::table::prefetch(v);
        }
    }

    /// Heap bytes.
    pub(super) fn bytes(&self) -> usize {
        self.records.len() * size_of::<EdgeRecord>() + self.runs.len() * size_of::<Run>()
    }

    /// Number of records.
    pub(super) fn len(&self) -> usize {
        self.records.len()
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
