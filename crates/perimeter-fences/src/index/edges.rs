//! Edge records: what lets a boundary cell be decided without reading the
//! fence.
//!
//! For a polygon, a record holds the edges that reach the (padded) cell and,
//! for each sub-cell whose `maybe` bit is set, whether its centre is inside.
//! A point's status is its sub-cell centre's status flipped once per edge
//! crossed on the few metres from that centre to the point.
//!
//! The edges are stored compactly: as vertex chains (consecutive edges of a
//! ring share their vertex), each vertex an `f32` offset from the cell's
//! south-west corner. Rounding to `f32` moves a vertex by at most
//! `|offset| × 2^-23`, so every orientation sign computed from the offsets
//! is certain once its magnitude exceeds the record's tolerance (derived
//! from the largest offset, see [`tolerance`]); a sign that is not certain,
//! like a point on an edge's line or a path through a vertex, makes the
//! record answer `None` and the caller runs the exact test on the fence.
//! Exactness therefore never depends on `f32`.
//!
//! For a circle the record names the fence's centre and radius, stored once
//! per fence.

use geo::{Coord, Rect};
use perimeter_model::Position;

use super::EPS_DEG;
use super::cell::{CellKey, Grid};
use super::raster::segment_meets_rect;
use super::table::NO_RECORD;
use crate::exact::{contains_xy_off_boundary, normalized_lon};
use crate::fence::FenceGeometry;
use crate::validate::orient;

/// Cells crossed by more edges than this get no record (the exact test
/// decides them).
const MAX_EDGES: usize = 32;

/// Separates two vertex chains in [`EdgeRecords::points`].
const BREAK: [f32; 2] = [f32::NAN, f32::NAN];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Shape {
    /// Polygon edges at the cell as stored.
    Polygon,
    /// Polygon edges at the cell's copy 360° east (the fence is stored
    /// unwrapped past the antimeridian).
    PolygonEast,
    /// A circle; `first` is its index in [`EdgeRecords::circles`].
    Circle,
}

/// One boundary cell's record (16 bytes).
#[derive(Debug, Clone, Copy)]
struct EdgeRecord {
    /// Sub-cells whose centre is inside the fence.
    inside: u16,
    /// Sub-cells whose centre lies on an edge's line: always the exact test.
    degenerate: u16,
    /// First vertex in `points` (or the circle).
    first: u32,
    /// Vertices and chain breaks in `points`.
    len: u16,
    shape: Shape,
    /// Largest offset (degrees, rounded up) of a vertex, the cell's corners
    /// included: what [`tolerance`] and the box test's slack derive from.
    reach: f32,
}

#[derive(Debug, Clone, Copy)]
struct Circle {
    lat: f64,
    lon: f64,
    radius_m: f64,
}

/// Every edge record of an index.
#[derive(Default)]
pub(super) struct EdgeRecords {
    records: Vec<EdgeRecord>,
    points: Vec<[f32; 2]>,
    circles: Vec<Circle>,
}

/// The largest error, in squared degrees, of an orientation computed from
/// offsets of magnitude at most `reach` degrees, where vertices were
/// rounded to `f32` (relative error 2^-24, plus 2^-53 from the `f64`
/// subtraction before it) and the two points of the query (sub-cell centre
/// and point) carry an absolute error below 2^-44 degrees (one rounding of
/// a longitude or latitude, at most 2^-53 × 2^9). An orientation is
/// `(a.x - c.x)(b.y - c.y) - (a.y - c.y)(b.x - c.x)`: each difference spans
/// at most `2·reach` and moves by at most `2δ` when its points move by `δ`,
/// so the value moves by at most `16·reach·δ` (plus `8δ²`, and the `f64`
/// evaluation's own rounding of about 2^-50 × 8·reach²). With
/// `δ ≤ reach·2^-23 + 2^-44` that is below `reach²·2^-19 + reach·2^-40`;
/// the bound below is four times larger again.
#[inline]
fn tolerance(reach: f64) -> f64 {
    reach * reach * TOL_REL + reach * TOL_ABS
}

const TOL_REL: f64 = 1.0 / 131_072.0; // 2^-17
const TOL_ABS: f64 = 1.0 / 274_877_906_944.0; // 2^-38

/// How far a vertex may be from its rounded offset, relative to the reach
/// (2^-23), doubled: the box test skips an edge only when its box misses
/// the path's by more than this.
const SLACK_REL: f64 = 1.0 / 4_194_304.0; // 2^-22

/// `reach` as `f32`, rounded up.
fn reach_f32(reach: f64) -> f32 {
    let r = reach as f32;
    if f64::from(r) >= reach {
        r
    } else {
        r * (1.0 + f32::EPSILON)
    }
}

impl EdgeRecords {
    /// Stores a circle once per fence; its cells' records name it.
    pub(super) fn push_circle(&mut self, centre: Position, radius_m: f64) -> u32 {
        let Ok(id) = u32::try_from(self.circles.len()) else {
            return NO_RECORD;
        };
        self.circles.push(Circle {
            lat: centre.lat(),
            lon: centre.lon(),
            radius_m,
        });
        id
    }

    /// A record for one boundary cell of the circle `circle`.
    pub(super) fn push_circle_cell(&mut self, circle: u32) -> u32 {
        if circle == NO_RECORD {
            return NO_RECORD;
        }
        self.push(EdgeRecord {
            inside: 0,
            degenerate: 0,
            first: circle,
            len: 0,
            shape: Shape::Circle,
            reach: 0.0,
        })
    }

    fn push(&mut self, record: EdgeRecord) -> u32 {
        match u32::try_from(self.records.len()) {
            Ok(id) if id != NO_RECORD => {
                self.records.push(record);
                id
            }
            _ => NO_RECORD,
        }
    }

    /// A record for the boundary cell `(row, col)` of a polygon fence, for
    /// the sub-cells in `maybe`; [`NO_RECORD`] when the cell is better left
    /// to the exact test (multipolygons, too many edges, a fence wider than
    /// half the globe or ambiguous across the antimeridian).
    pub(super) fn push_polygon_cell(
        &mut self,
        geometry: &FenceGeometry,
        bbox: &Rect<f64>,
        (row, col): (u64, u64),
        grid: &Grid,
        maybe: u16,
    ) -> u32 {
        // Parity across parts would need the parts not to overlap, which
        // validation does not promise: multipolygons use the exact test.
        let FenceGeometry::Polygon(poly) = geometry else {
            return NO_RECORD;
        };
        if bbox.width() > 180.0 {
            return NO_RECORD;
        }
        let (x0, y0) = grid.origin_of(row, col);
        let (x1, y1) = grid.origin_of(row + 1, col + 1);
        // Which copy of the cell (as is, or 360° east) the fence lies at.
        let overlaps =
            |dx: f64| bbox.min().x <= x1 + dx + EPS_DEG && bbox.max().x >= x0 + dx - EPS_DEG;
        let (shape, shift) = match (overlaps(0.0), overlaps(360.0)) {
            (true, false) => (Shape::Polygon, 0.0),
            (false, true) => (Shape::PolygonEast, 360.0),
            _ => return NO_RECORD,
        };
        let west = x0 + shift;
        let pad = 2.0 * EPS_DEG;
        let (rx0, rx1, ry0, ry1) = (west - pad, x1 + shift + pad, y0 - pad, y1 + pad);

        // The edges reaching the cell, as chains of consecutive edges.
        let start = self.points.len();
        let mut edges = 0usize;
        let mut reach = 2.0 / grid.scale;
        let mut offsets_of = |c: Coord<f64>| {
            let (dx, dy) = (c.x - west, c.y - y0);
            reach = reach.max(dx.abs()).max(dy.abs());
            [dx as f32, dy as f32]
        };
        let mut in_chain = false;
        let mut local: Vec<(Coord<f64>, Coord<f64>)> = Vec::new();
        for ring in std::iter::once(poly.exterior()).chain(poly.interiors()) {
            for line in ring.lines() {
                let (a, b) = (line.start, line.end);
                if !segment_meets_rect(a.x, a.y, b.x, b.y, rx0, ry0, rx1, ry1) {
                    in_chain = false;
                    continue;
                }
                edges += 1;
                local.push((a, b));
                if !in_chain {
                    if self.points.len() > start {
                        self.points.push(BREAK);
                    }
                    self.points.push(offsets_of(a));
                }
                self.points.push(offsets_of(b));
                in_chain = true;
            }
            in_chain = false;
        }
        let len = self.points.len() - start;
        let (Ok(first), Ok(len16)) = (u32::try_from(start), u16::try_from(len)) else {
            self.points.truncate(start);
            return NO_RECORD;
        };
        if edges > MAX_EDGES {
            self.points.truncate(start);
            return NO_RECORD;
        }

        let (mut inside, mut degenerate) = (0u16, 0u16);
        for sub in 0..16u32 {
            if maybe & (1 << sub) == 0 {
                continue;
            }
            let (cx, cy) = grid.sub_centre(west, y0, sub);
            let c = Coord { x: cx, y: cy };
            let on_edge_line = local.iter().any(|&(a, b)| {
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
        let id = self.push(EdgeRecord {
            inside,
            degenerate,
            first,
            len: len16,
            shape,
            reach: reach_f32(reach),
        });
        if id == NO_RECORD {
            self.points.truncate(start);
        }
        id
    }

    /// Appends another worker's records; returns the id the first of them
    /// gets here (add it to every record id from `other`), or `None` when
    /// the ids would overflow.
    pub(super) fn append(&mut self, other: Self) -> Option<u32> {
        let base = u32::try_from(self.records.len()).ok()?;
        let points = u32::try_from(self.points.len()).ok()?;
        let circles = u32::try_from(self.circles.len()).ok()?;
        u32::try_from(self.records.len() + other.records.len())
            .ok()
            .filter(|&n| n < NO_RECORD)?;
        u32::try_from(self.points.len() + other.points.len()).ok()?;
        self.records.extend(other.records.into_iter().map(|mut r| {
            r.first += if r.shape == Shape::Circle {
                circles
            } else {
                points
            };
            r
        }));
        self.points.extend(other.points);
        self.circles.extend(other.circles);
        Some(base)
    }

    /// Decides `p` (in the cell `at`) against the fence of record `id`:
    /// `None` when there is no record or its answer would not be certain,
    /// in which case the caller runs the exact test.
    #[inline]
    pub(super) fn test(&self, id: u32, p: Position, at: CellKey, grid: &Grid) -> Option<bool> {
        let r = self.records.get(id as usize)?;
        let shift = match r.shape {
            Shape::Circle => {
                let c = self.circles.get(r.first as usize)?;
                let centre = Position::new(c.lat, c.lon).ok()?;
                return Some(centre.haversine_m(p) <= c.radius_m);
            }
            Shape::Polygon => 0.0,
            Shape::PolygonEast => 360.0,
        };
        if r.degenerate & at.bit != 0 {
            return None;
        }
        let (x0, y0) = grid.origin(at.key);
        let west = x0 + shift;
        // The sub-cell centre and the point, as offsets from the corner.
        let (cx, cy) = grid.sub_centre(west, y0, at.sub());
        let c = [cx - west, cy - y0];
        let q = [(normalized_lon(p) + shift) - west, p.lat() - y0];
        let reach = f64::from(r.reach);
        let tol = tolerance(reach);
        let slack = reach * SLACK_REL + TOL_ABS;
        let (sx0, sx1) = (c[0].min(q[0]) - slack, c[0].max(q[0]) + slack);
        let (sy0, sy1) = (c[1].min(q[1]) - slack, c[1].max(q[1]) + slack);
        let points = self
            .points
            .get(r.first as usize..r.first as usize + usize::from(r.len))?;
        let mut crossings = 0u32;
        for w in points.windows(2) {
            let (a, b) = (w[0], w[1]);
            if a[0].is_nan() || b[0].is_nan() {
                continue;
            }
            let a = [f64::from(a[0]), f64::from(a[1])];
            let b = [f64::from(b[0]), f64::from(b[1])];
            if a[0].max(b[0]) < sx0
                || a[0].min(b[0]) > sx1
                || a[1].max(b[1]) < sy0
                || a[1].min(b[1]) > sy1
            {
                continue;
            }
            let (d1, d2) = (orient2(c, q, a), orient2(c, q, b));
            let (d3, d4) = (orient2(a, b, c), orient2(a, b, q));
            if d1.abs() <= tol || d2.abs() <= tol || d3.abs() <= tol || d4.abs() <= tol {
                return None;
            }
            if (d1 > 0.0) != (d2 > 0.0) && (d3 > 0.0) != (d4 > 0.0) {
                crossings += 1;
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

    /// Asks the CPU to load the vertices of record `id` (read the record
    /// first: this touches it).
    #[inline]
    pub(super) fn prefetch_points(&self, id: u32) {
        let Some(r) = self.records.get(id as usize) else {
            return;
        };
        if r.shape == Shape::Circle {
            if let Some(c) = self.circles.get(r.first as usize) {
                super::table::prefetch(c);
            }
            return;
        }
        // Eight vertices to a cache line: fetch up to three lines.
        let first = r.first as usize;
        let end = first + usize::from(r.len);
        for at in (first..end).step_by(8).take(3) {
            if let Some(x) = self.points.get(at) {
                super::table::prefetch(x);
            }
        }
    }

    /// Heap bytes.
    pub(super) fn bytes(&self) -> usize {
        self.records.len() * size_of::<EdgeRecord>()
            + self.points.len() * size_of::<[f32; 2]>()
            + self.circles.len() * size_of::<Circle>()
    }

    /// Number of records.
    pub(super) fn len(&self) -> usize {
        self.records.len()
    }
}

/// Orientation of `c` relative to `a -> b` in plain `f64` (callers compare
/// it with a tolerance, see [`tolerance`]).
#[inline]
fn orient2(a: [f64; 2], b: [f64; 2], c: [f64; 2]) -> f64 {
    (a[0] - c[0]) * (b[1] - c[1]) - (a[1] - c[1]) * (b[0] - c[0])
}
