//! Turning raw features (from GeoJSON or CSV) into validated [`Fence`]s.

use std::time::Duration;

use geo::{ChamberlainDuquetteArea, Coord, LineString, MultiPolygon, Polygon};
use perimeter_model::{FenceId, Position, StoreId, Timestamp};

use crate::error::Problem;
use crate::fence::{DEFAULT_DWELL, Fence, FenceGeometry, Validity};
use crate::hours::OpeningHours;

/// Bounds a fence must respect. The defaults suit store geofences; an
/// operator sets them with the `[fences]` keys (`docs/configuration.md`),
/// and the admin API and the processors apply the same ones.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ValidationLimits {
    /// Most vertices in one fence, all rings and parts together. A vertex
    /// is a corner: the closing position of a ring, which repeats its
    /// first, is not counted (a square has 4).
    pub max_vertices: usize,
    /// Smallest circle radius, metres.
    pub min_radius_m: f64,
    /// Largest circle radius, metres.
    pub max_radius_m: f64,
    /// Smallest polygon area, square metres.
    pub min_area_m2: f64,
    /// Largest polygon area, square metres.
    pub max_area_m2: f64,
    /// Longest dwell threshold.
    pub max_dwell: Duration,
}

impl Default for ValidationLimits {
    fn default() -> Self {
        Self {
            max_vertices: 1_000,
            min_radius_m: 5.0,
            max_radius_m: 50_000.0,
            min_area_m2: 10.0,
            // 10 km²: larger than any mall or campus a store fence should cover.
            max_area_m2: 10_000_000.0,
            max_dwell: Duration::from_secs(24 * 3600),
        }
    }
}

/// Geometry as read from a file, before validation. Positions are `[lon, lat]`.
#[derive(Debug, Clone, PartialEq)]
pub enum RawGeometry {
    /// Rings of one polygon.
    Polygon(Vec<Vec<[f64; 2]>>),
    /// Parts, each a list of rings.
    MultiPolygon(Vec<Vec<Vec<[f64; 2]>>>),
    /// A circle: centre and radius (None when the radius is missing).
    Circle {
        /// Centre `[lon, lat]`.
        centre: [f64; 2],
        /// Radius in metres.
        radius_m: Option<f64>,
    },
    /// A geometry type Perimeter does not accept.
    Unsupported(String),
    /// No usable geometry was found (the problem is already recorded).
    Missing,
}

/// A feature as read from a file, before validation.
#[derive(Debug, Clone, PartialEq)]
pub struct RawFence {
    /// Fence id.
    pub id: Option<String>,
    /// Store id.
    pub store_id: Option<String>,
    /// Display name.
    pub name: Option<String>,
    /// Shape.
    pub geometry: RawGeometry,
    /// Dwell threshold in seconds.
    pub dwell_s: Option<f64>,
    /// Tags.
    pub tags: Vec<String>,
    /// IANA time zone name.
    pub time_zone: Option<String>,
    /// Opening hours text (OpenStreetMap syntax, see [`OpeningHours`]);
    /// blank text is the same as none.
    pub opening_hours: Option<String>,
    /// RFC 3339 start of validity.
    pub valid_from: Option<String>,
    /// RFC 3339 end of validity.
    pub valid_until: Option<String>,
    /// Problems the reader already found (wrong JSON types, bad numbers).
    pub problems: Vec<Problem>,
}

impl RawFence {
    /// A feature with the fields every fence needs and nothing else: the
    /// default dwell, no tags, no opening hours (always open), no validity
    /// window, no problems found yet.
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        store_id: impl Into<String>,
        name: impl Into<String>,
        time_zone: impl Into<String>,
        geometry: RawGeometry,
    ) -> Self {
        Self {
            id: Some(id.into()),
            store_id: Some(store_id.into()),
            name: Some(name.into()),
            geometry,
            dwell_s: None,
            tags: Vec::new(),
            time_zone: Some(time_zone.into()),
            opening_hours: None,
            valid_from: None,
            valid_until: None,
            problems: Vec::new(),
        }
    }
}

/// Validates one raw feature, collecting every problem rather than stopping
/// at the first.
///
/// # Errors
/// The list of problems when the feature is invalid.
pub fn validate_fence(raw: RawFence, limits: &ValidationLimits) -> Result<Fence, Vec<Problem>> {
    let mut problems = raw.problems;
    let id = required_id(raw.id.as_deref(), "id", FenceId::new, &mut problems);
    let store_id = required_id(
        raw.store_id.as_deref(),
        "store_id",
        StoreId::new,
        &mut problems,
    );
    let name = match raw.name {
        Some(n) if n.trim().is_empty() => {
            problems.push(Problem::BadField {
                field: "name",
                reason: "must not be empty".into(),
            });
            None
        }
        Some(n) if n.len() > 200 => {
            problems.push(Problem::BadField {
                field: "name",
                reason: "must be at most 200 bytes".into(),
            });
            None
        }
        Some(n) => Some(n),
        None => {
            problems.push(Problem::MissingField("name"));
            None
        }
    };
    let dwell = match raw.dwell_s {
        None => Some(DEFAULT_DWELL),
        Some(s) if s.is_finite() && s >= 0.0 && s <= limits.max_dwell.as_secs_f64() => {
            Some(Duration::from_secs_f64(s))
        }
        Some(s) => {
            problems.push(Problem::BadField {
                field: "dwell_s",
                reason: format!(
                    "{s} must be a number of seconds within [0, {}]",
                    limits.max_dwell.as_secs()
                ),
            });
            None
        }
    };
    let time_zone = match raw.time_zone.as_deref() {
        None => {
            problems.push(Problem::MissingField("timezone"));
            None
        }
        Some(name) => match name.parse::<chrono_tz::Tz>() {
            Ok(tz) => Some(tz),
            Err(_) => {
                problems.push(Problem::InvalidTimeZone(name.to_owned()));
                None
            }
        },
    };
    // Blank text means no opening hours, as a missing field or an empty CSV
    // cell does. (Earlier builds accepted it and wrote it to the fences
    // topic, so it must keep decoding.)
    let opening_hours = match raw
        .opening_hours
        .as_deref()
        .filter(|h| !h.trim().is_empty())
        .map(OpeningHours::parse)
    {
        None => None,
        Some(Ok(h)) => Some(h),
        Some(Err(e)) => {
            problems.push(Problem::BadField {
                field: "opening_hours",
                reason: e.reason,
            });
            None
        }
    };
    let from = parse_instant(raw.valid_from.as_deref(), "valid_from", &mut problems);
    let until = parse_instant(raw.valid_until.as_deref(), "valid_until", &mut problems);
    if let (Some(f), Some(u)) = (from, until)
        && f >= u
    {
        problems.push(Problem::BadField {
            field: "valid_until",
            reason: "must be after valid_from".into(),
        });
    }
    let mut tags = Vec::with_capacity(raw.tags.len());
    for tag in raw.tags {
        let tag = tag.trim().to_owned();
        if tag.is_empty() || tag.len() > 64 || tag.chars().any(char::is_control) {
            problems.push(Problem::BadField {
                field: "tags",
                reason: format!("tag {tag:?} must be 1 to 64 printable characters"),
            });
        } else if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    let geometry = validate_geometry(raw.geometry, limits, &mut problems);

    match (id, store_id, name, dwell, time_zone, geometry) {
        (Some(id), Some(store_id), Some(name), Some(dwell), Some(time_zone), Some(geometry))
            if problems.is_empty() =>
        {
            Ok(Fence {
                id,
                store_id,
                name,
                geometry,
                dwell,
                tags,
                time_zone,
                opening_hours,
                validity: Validity { from, until },
            })
        }
        _ => Err(problems),
    }
}

fn required_id<T, E: std::fmt::Display>(
    value: Option<&str>,
    field: &'static str,
    make: impl Fn(&str) -> Result<T, E>,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let Some(value) = value else {
        problems.push(Problem::MissingField(field));
        return None;
    };
    match make(value) {
        Ok(v) => Some(v),
        Err(e) => {
            problems.push(Problem::BadField {
                field,
                reason: e.to_string(),
            });
            None
        }
    }
}

fn parse_instant(
    text: Option<&str>,
    field: &'static str,
    problems: &mut Vec<Problem>,
) -> Option<Timestamp> {
    let text = text?;
    let parsed = chrono::DateTime::parse_from_rfc3339(text)
        .map_err(|e| e.to_string())
        .and_then(|t| Timestamp::from_millis(t.timestamp_millis()).map_err(|e| e.to_string()));
    match parsed {
        Ok(t) => Some(t),
        Err(reason) => {
            problems.push(Problem::BadField {
                field,
                reason: format!("{text:?} is not an RFC 3339 instant: {reason}"),
            });
            None
        }
    }
}

fn validate_geometry(
    raw: RawGeometry,
    limits: &ValidationLimits,
    problems: &mut Vec<Problem>,
) -> Option<FenceGeometry> {
    match raw {
        RawGeometry::Missing => None,
        RawGeometry::Unsupported(kind) => {
            problems.push(Problem::UnsupportedGeometry(kind));
            None
        }
        RawGeometry::Circle { centre, radius_m } => {
            let centre = check_position(centre, 0, 0, 0, problems)
                .and_then(|[lon, lat]| Position::new(lat, lon).ok());
            let Some(radius_m) = radius_m else {
                problems.push(Problem::MissingField("radius_m"));
                return None;
            };
            if !radius_m.is_finite()
                || radius_m < limits.min_radius_m
                || radius_m > limits.max_radius_m
            {
                problems.push(Problem::RadiusOutOfBounds {
                    radius_m,
                    min_m: limits.min_radius_m,
                    max_m: limits.max_radius_m,
                });
                return None;
            }
            Some(FenceGeometry::Circle {
                centre: centre?,
                radius_m,
            })
        }
        RawGeometry::Polygon(rings) => {
            let count: usize = rings.iter().map(|r| vertex_count(r)).sum();
            if count > limits.max_vertices {
                problems.push(Problem::TooManyVertices {
                    count,
                    limit: limits.max_vertices,
                });
                return None;
            }
            let polygon = validate_polygon(&rings, 0, problems)?;
            let mut geometry = MultiPolygon(vec![polygon]);
            normalize_longitudes(&mut geometry);
            check_area(&geometry, limits, problems)?;
            geometry.0.pop().map(FenceGeometry::Polygon)
        }
        RawGeometry::MultiPolygon(parts) => {
            let count: usize = parts.iter().flatten().map(|r| vertex_count(r)).sum();
            if count > limits.max_vertices {
                problems.push(Problem::TooManyVertices {
                    count,
                    limit: limits.max_vertices,
                });
                return None;
            }
            if parts.is_empty() {
                problems.push(Problem::BadField {
                    field: "geometry",
                    reason: "MultiPolygon has no polygons".into(),
                });
                return None;
            }
            let polygons: Vec<Option<Polygon<f64>>> = parts
                .iter()
                .enumerate()
                .map(|(i, rings)| validate_polygon(rings, i, problems))
                .collect();
            let mut geometry = MultiPolygon(polygons.into_iter().collect::<Option<Vec<_>>>()?);
            normalize_longitudes(&mut geometry);
            check_area(&geometry, limits, problems)?;
            Some(FenceGeometry::MultiPolygon(geometry))
        }
    }
}

/// The corners of a ring as a file gives it: its positions less the
/// closing one (the repeat of the first), as [`ValidationLimits::max_vertices`]
/// counts them.
fn vertex_count(ring: &[[f64; 2]]) -> usize {
    match (ring.first(), ring.last()) {
        (Some(first), Some(last)) if ring.len() > 1 && first == last => ring.len() - 1,
        _ => ring.len(),
    }
}

fn check_position(
    p: [f64; 2],
    part: usize,
    ring: usize,
    vertex: usize,
    problems: &mut Vec<Problem>,
) -> Option<[f64; 2]> {
    let [lon, lat] = p;
    if !lon.is_finite() || !lat.is_finite() {
        problems.push(Problem::NotFinite { part, ring, vertex });
        None
    } else if !(-180.0..=180.0).contains(&lon) || !(-90.0..=90.0).contains(&lat) {
        problems.push(Problem::CoordinateOutOfRange {
            part,
            ring,
            vertex,
            lon,
            lat,
        });
        None
    } else {
        Some(p)
    }
}

fn validate_polygon(
    rings: &[Vec<[f64; 2]>],
    part: usize,
    problems: &mut Vec<Problem>,
) -> Option<Polygon<f64>> {
    if rings.is_empty() {
        problems.push(Problem::BadField {
            field: "geometry",
            reason: "polygon has no rings".into(),
        });
        return None;
    }
    let before = problems.len();
    let mut out = Vec::with_capacity(rings.len());
    for (r, ring) in rings.iter().enumerate() {
        if let Some(ring) = validate_ring(ring, part, r, problems) {
            out.push(ring);
        }
    }
    if problems.len() > before {
        return None;
    }
    let mut out = out.into_iter();
    let exterior = out.next()?;
    let holes: Vec<LineString<f64>> = out.collect();
    let shell = Polygon::new(exterior.clone(), vec![]);
    for (h, hole) in holes.iter().enumerate() {
        if !hole_inside_shell(&shell, hole) {
            problems.push(Problem::HoleOutsideShell { part, ring: h + 1 });
        }
    }
    for i in 0..holes.len() {
        for j in (i + 1)..holes.len() {
            if holes_overlap(&holes[i], &holes[j]) {
                problems.push(Problem::HolesOverlap {
                    part,
                    ring_a: i + 1,
                    ring_b: j + 1,
                });
            }
        }
    }
    if problems.len() > before {
        return None;
    }
    Some(Polygon::new(exterior, holes))
}

/// Whether two holes share interior points (touching at points or along
/// edges is allowed).
fn holes_overlap(a: &LineString<f64>, b: &LineString<f64>) -> bool {
    use geo::Relate;
    let (pa, pb) = (
        Polygon::new(a.clone(), vec![]),
        Polygon::new(b.clone(), vec![]),
    );
    let m = pa.relate(&pb);
    m.is_intersects() && !m.is_touches()
}

/// A hole must lie inside its shell: every hole vertex inside or on the
/// shell, and no hole edge crossing a shell edge.
fn hole_inside_shell(shell: &Polygon<f64>, hole: &LineString<f64>) -> bool {
    use geo::Intersects;
    if !hole.0.iter().all(|c| shell.intersects(c)) {
        return false;
    }
    let crosses = |a: Coord<f64>, b: Coord<f64>, p: Coord<f64>, q: Coord<f64>| {
        let (d1, d2) = (orient(p, q, a), orient(p, q, b));
        let (d3, d4) = (orient(a, b, p), orient(a, b, q));
        d1 * d2 < 0.0 && d3 * d4 < 0.0
    };
    !hole.lines().any(|h| {
        shell
            .exterior()
            .lines()
            .any(|s| crosses(h.start, h.end, s.start, s.end))
    })
}

/// Checks one ring and returns it unwrapped across the antimeridian.
fn validate_ring(
    ring: &[[f64; 2]],
    part: usize,
    r: usize,
    problems: &mut Vec<Problem>,
) -> Option<LineString<f64>> {
    let before = problems.len();
    for (v, p) in ring.iter().enumerate() {
        check_position(*p, part, r, v, problems);
    }
    if problems.len() > before {
        return None;
    }
    if ring.len() >= 2 && ring.first() != ring.last() {
        problems.push(Problem::RingNotClosed { part, ring: r });
        return None;
    }
    // Drop consecutive repeated positions: harmless in files, harmful to edge tests.
    let mut coords: Vec<Coord<f64>> = Vec::with_capacity(ring.len());
    for &[lon, lat] in ring {
        let c = Coord { x: lon, y: lat };
        if coords.last() != Some(&c) {
            coords.push(c);
        }
    }
    // Distinct positions = all but the closing one.
    let distinct = coords.len().saturating_sub(1);
    if distinct < 3 {
        problems.push(Problem::RingTooShort {
            part,
            ring: r,
            positions: distinct,
        });
        return None;
    }
    // Unwrap: make longitudes continuous across the antimeridian.
    for i in 1..coords.len() {
        let prev = coords[i - 1].x;
        let mut x = coords[i].x;
        while x - prev > 180.0 {
            x -= 360.0;
        }
        while prev - x > 180.0 {
            x += 360.0;
        }
        coords[i].x = x;
    }
    let (first, last) = (coords[0], coords[coords.len() - 1]);
    if first.x != last.x {
        problems.push(Problem::RingEncirclesPole { part, ring: r });
        return None;
    }
    if let Some((edge_a, edge_b)) = find_self_intersection(&coords) {
        problems.push(Problem::SelfIntersection {
            part,
            ring: r,
            edge_a,
            edge_b,
        });
        return None;
    }
    Some(LineString(coords))
}

/// Shifts the geometry by ±360° so its westernmost longitude is in [-180, 180).
fn normalize_longitudes(mp: &mut MultiPolygon<f64>) {
    // Parts were unwrapped independently; bring every part next to the first.
    let Some(anchor) =
        mp.0.first()
            .and_then(|p| p.exterior().0.first())
            .map(|c| c.x)
    else {
        return;
    };
    for poly in &mut mp.0 {
        let Some(x0) = poly.exterior().0.first().map(|c| c.x) else {
            continue;
        };
        let shift = ((anchor - x0) / 360.0).round() * 360.0;
        if shift != 0.0 {
            shift_polygon(poly, shift);
        }
    }
    let min_x =
        mp.0.iter()
            .flat_map(|p| p.exterior().0.iter())
            .map(|c| c.x)
            .fold(f64::INFINITY, f64::min);
    let shift = if min_x < -180.0 {
        360.0
    } else if min_x >= 180.0 {
        -360.0
    } else {
        0.0
    };
    if shift != 0.0 {
        for poly in &mut mp.0 {
            shift_polygon(poly, shift);
        }
    }
}

fn shift_polygon(poly: &mut Polygon<f64>, dx: f64) {
    let shift = |ls: &mut LineString<f64>| ls.0.iter_mut().for_each(|c| c.x += dx);
    poly.exterior_mut(shift);
    poly.interiors_mut(|rings| rings.iter_mut().for_each(shift));
}

fn check_area(
    mp: &MultiPolygon<f64>,
    limits: &ValidationLimits,
    problems: &mut Vec<Problem>,
) -> Option<()> {
    let area_m2 = mp.chamberlain_duquette_unsigned_area();
    if !(limits.min_area_m2..=limits.max_area_m2).contains(&area_m2) {
        problems.push(Problem::ImplausibleArea {
            area_m2,
            min_m2: limits.min_area_m2,
            max_m2: limits.max_area_m2,
        });
        return None;
    }
    Some(())
}

/// Finds two edges of a closed ring that intersect, other than neighbours
/// sharing their common vertex. Uses exact orientation predicates. O(n²), which
/// is fine for the vertex limit (store fences have tens of vertices).
fn find_self_intersection(c: &[Coord<f64>]) -> Option<(usize, usize)> {
    let n = c.len() - 1; // edges; c[n] == c[0]
    for i in 0..n {
        let (a, b) = (c[i], c[i + 1]);
        let (ax0, ax1) = (a.x.min(b.x), a.x.max(b.x));
        let (ay0, ay1) = (a.y.min(b.y), a.y.max(b.y));
        for j in (i + 1)..n {
            let (p, q) = (c[j], c[j + 1]);
            if p.x.max(q.x) < ax0 || p.x.min(q.x) > ax1 || p.y.max(q.y) < ay0 || p.y.min(q.y) > ay1
            {
                continue;
            }
            let adjacent_next = j == i + 1;
            let adjacent_wrap = i == 0 && j == n - 1;
            if adjacent_next || adjacent_wrap {
                // Neighbours share one vertex; they are bad only if they fold
                // back over each other (collinear and overlapping).
                let (shared, other_a, other_b) = if adjacent_next { (b, a, q) } else { (a, b, p) };
                if orient(other_a, shared, other_b) == 0.0
                    && (other_b.x - shared.x) * (other_a.x - shared.x)
                        + (other_b.y - shared.y) * (other_a.y - shared.y)
                        > 0.0
                {
                    return Some((i, j));
                }
                continue;
            }
            if segments_intersect(a, b, p, q) {
                return Some((i, j));
            }
        }
    }
    None
}

/// Orientation of `c` relative to the line `a -> b`: positive on the left,
/// negative on the right, exactly zero when collinear. A floating-point
/// filter answers almost every call; only near-degenerate inputs take the
/// exact adaptive path of the `robust` crate (Shewchuk's predicate), so the
/// sign is always exact.
#[inline]
pub(crate) fn orient(a: Coord<f64>, b: Coord<f64>, c: Coord<f64>) -> f64 {
    // Shewchuk's error bound for the first stage of orient2d.
    const CCW_ERR_BOUND_A: f64 = 3.330_669_073_875_471_6e-16;
    let left = (a.x - c.x) * (b.y - c.y);
    let right = (a.y - c.y) * (b.x - c.x);
    let det = left - right;
    if det.abs() >= CCW_ERR_BOUND_A * (left.abs() + right.abs()) && det != 0.0 {
        return det;
    }
    robust::orient2d(
        robust::Coord { x: a.x, y: a.y },
        robust::Coord { x: b.x, y: b.y },
        robust::Coord { x: c.x, y: c.y },
    )
}

fn on_segment(a: Coord<f64>, b: Coord<f64>, p: Coord<f64>) -> bool {
    p.x >= a.x.min(b.x) && p.x <= a.x.max(b.x) && p.y >= a.y.min(b.y) && p.y <= a.y.max(b.y)
}

/// Closed-segment intersection test with exact predicates.
fn segments_intersect(a: Coord<f64>, b: Coord<f64>, p: Coord<f64>, q: Coord<f64>) -> bool {
    let d1 = orient(p, q, a);
    let d2 = orient(p, q, b);
    let d3 = orient(a, b, p);
    let d4 = orient(a, b, q);
    if ((d1 > 0.0 && d2 < 0.0) || (d1 < 0.0 && d2 > 0.0))
        && ((d3 > 0.0 && d4 < 0.0) || (d3 < 0.0 && d4 > 0.0))
    {
        return true;
    }
    (d1 == 0.0 && on_segment(p, q, a))
        || (d2 == 0.0 && on_segment(p, q, b))
        || (d3 == 0.0 && on_segment(a, b, p))
        || (d4 == 0.0 && on_segment(a, b, q))
}
