//! Exact containment and distance-to-edge: the definitions the index must
//! reproduce.
//!
//! # Boundary semantics
//!
//! Fences are closed sets. A point exactly on a polygon edge or vertex is
//! inside (and so is a point on the edge of a hole); a point at exactly
//! `radius_m` from a circle's centre is inside. Polygon tests are planar in
//! lon/lat degrees with exact orientation predicates (geo's point-in-polygon);
//! circle tests use haversine distance on a sphere of
//! [`Position::EARTH_RADIUS_M`].
//!
//! # Antimeridian
//!
//! Longitude 180 is the same meridian as -180 and is treated as -180. A
//! polygon stored unwrapped past 180 (see [`FenceGeometry`]) contains a point
//! when it contains `(lon, lat)` or `(lon + 360, lat)`.

use geo::{Coord, Intersects, MultiPolygon, Polygon, Rect};
use perimeter_model::{Position, haversine_m};

use crate::fence::FenceGeometry;

/// Longitude used for every test: 180 becomes -180.
#[inline]
pub(crate) fn normalized_lon(p: Position) -> f64 {
    if p.lon() >= 180.0 {
        p.lon() - 360.0
    } else {
        p.lon()
    }
}

/// Whether the fence contains the position, by the rules in the module docs.
#[must_use]
pub fn contains(geometry: &FenceGeometry, p: Position) -> bool {
    contains_within(geometry, &geometry.bounding_rect(), p)
}

/// [`contains`] with the geometry's bounding box computed once by the
/// caller (the index keeps one per fence): points outside the box are
/// rejected without touching the vertices.
#[inline]
pub(crate) fn contains_within(geometry: &FenceGeometry, bbox: &Rect<f64>, p: Position) -> bool {
    let (x, y) = (normalized_lon(p), p.lat());
    let in_box =
        |x: f64| bbox.min().x <= x && x <= bbox.max().x && bbox.min().y <= y && y <= bbox.max().y;
    match geometry {
        FenceGeometry::Circle { centre, radius_m } => {
            (in_box(x) || in_box(x + 360.0)) && centre.haversine_m(p) <= *radius_m
        }
        _ => {
            (in_box(x) && contains_xy(geometry, x, y))
                || (bbox.max().x > 180.0
                    && in_box(x + 360.0)
                    && contains_xy(geometry, x + 360.0, y))
        }
    }
}

/// Planar closed containment of the raw (unwrapped) coordinate; circles by
/// haversine. Used by the index builder, which works in unwrapped space.
pub(crate) fn contains_xy(geometry: &FenceGeometry, x: f64, y: f64) -> bool {
    let c = Coord { x, y };
    match geometry {
        FenceGeometry::Polygon(poly) => polygon_intersects(poly, c),
        FenceGeometry::MultiPolygon(mp) => mp.0.iter().any(|poly| polygon_intersects(poly, c)),
        FenceGeometry::Circle { centre, radius_m } => {
            // Longitude is periodic in haversine, so unwrapped x works as is.
            haversine_m(centre.lat(), centre.lon(), y, x) <= *radius_m
        }
    }
}

#[inline]
fn polygon_intersects(poly: &Polygon<f64>, c: Coord<f64>) -> bool {
    // geo's Intersects<Coord> for Polygon: bbox check, then exact ring
    // position tests; true inside and on the boundary (closed set).
    poly.intersects(&c)
}

/// Signed distance in metres from the position to the fence's edge:
/// negative inside, positive outside, zero on the edge.
///
/// Polygon distances are measured in a local equirectangular projection
/// centred on the position (error well under 0.1% at store scales); circle
/// distances are haversine distance minus radius.
#[must_use]
pub fn signed_distance_m(geometry: &FenceGeometry, p: Position) -> f64 {
    let bbox = geometry.bounding_rect();
    signed_distance_within(geometry, &bbox, p, contains_within(geometry, &bbox, p))
}

/// [`signed_distance_m`] with the bounding box and the containment answer
/// already known to the caller (the index keeps boxes and has just tested
/// containment), so neither is computed twice.
pub(crate) fn signed_distance_within(
    geometry: &FenceGeometry,
    bbox: &Rect<f64>,
    p: Position,
    inside: bool,
) -> f64 {
    let d = match geometry {
        FenceGeometry::Circle { centre, radius_m } => return centre.haversine_m(p) - radius_m,
        FenceGeometry::Polygon(poly) => edge_distance_m(std::slice::from_ref(poly), bbox, p),
        FenceGeometry::MultiPolygon(MultiPolygon(polys)) => edge_distance_m(polys, bbox, p),
    };
    if inside { -d } else { d }
}

/// Metres per degree of arc on the sphere all distances use.
const M_PER_DEG: f64 = Position::EARTH_RADIUS_M * std::f64::consts::PI / 180.0;

fn edge_distance_m(polys: &[Polygon<f64>], bbox: &Rect<f64>, p: Position) -> f64 {
    let mut x = normalized_lon(p);
    // Measure against the copy of the point nearest the (unwrapped) fence.
    if bbox.max().x > 180.0 && (x + 360.0 - bbox.center().x).abs() < (x - bbox.center().x).abs() {
        x += 360.0;
    }
    let sx = M_PER_DEG * p.lat().to_radians().cos();
    let sy = M_PER_DEG;
    let mut best = f64::INFINITY;
    for poly in polys {
        for ring in std::iter::once(poly.exterior()).chain(poly.interiors()) {
            for line in ring.lines() {
                let (ax, ay) = ((line.start.x - x) * sx, (line.start.y - p.lat()) * sy);
                let (bx, by) = ((line.end.x - x) * sx, (line.end.y - p.lat()) * sy);
                best = best.min(point_segment_distance(ax, ay, bx, by));
            }
        }
    }
    best
}

/// Distance from the origin to segment (a, b) in the plane.
fn point_segment_distance(ax: f64, ay: f64, bx: f64, by: f64) -> f64 {
    let (dx, dy) = (bx - ax, by - ay);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 {
        (-(ax * dx + ay * dy) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let (cx, cy) = (ax + t * dx, ay + t * dy);
    (cx * cx + cy * cy).sqrt()
}

/// Whether `c` is inside the closed ring, for a point known *not* to lie on
/// the ring (callers guarantee it: the point is a cell centre no edge comes
/// near, or was checked for collinearity). Crossing number along a ray to
/// the west, decided with exact orientation signs and the half-open rule for
/// vertices on the ray, so it agrees with geo's exact test for such points.
pub(crate) fn ring_contains_off_boundary(ring: &geo::LineString<f64>, c: Coord<f64>) -> bool {
    let mut inside = false;
    for line in ring.lines() {
        let (a, b) = (line.start, line.end);
        // Half-open in y: the edge spans c.y from below or from above.
        if (a.y <= c.y) != (b.y <= c.y) {
            // The crossing is west of c when c is on the east side of the
            // edge directed upwards.
            let (lo, hi) = if a.y <= b.y { (a, b) } else { (b, a) };
            if crate::validate::orient(lo, hi, c) < 0.0 {
                inside = !inside;
            }
        }
    }
    inside
}

/// Polygon containment for a point known not to be on any ring: inside the
/// exterior and inside no hole (geo's rule, which does not assume holes are
/// disjoint).
pub(crate) fn polygon_contains_off_boundary(poly: &Polygon<f64>, c: Coord<f64>) -> bool {
    ring_contains_off_boundary(poly.exterior(), c)
        && !poly
            .interiors()
            .iter()
            .any(|h| ring_contains_off_boundary(h, c))
}

/// [`contains_xy`] for a point known not to be on the fence's boundary.
pub(crate) fn contains_xy_off_boundary(geometry: &FenceGeometry, x: f64, y: f64) -> bool {
    let c = Coord { x, y };
    match geometry {
        FenceGeometry::Polygon(p) => polygon_contains_off_boundary(p, c),
        FenceGeometry::MultiPolygon(mp) => mp.0.iter().any(|p| polygon_contains_off_boundary(p, c)),
        FenceGeometry::Circle { .. } => contains_xy(geometry, x, y),
    }
}
