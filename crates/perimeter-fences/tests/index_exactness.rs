//! Differential tests: `FenceIndex::containing` must equal a brute-force scan
//! with geo's `Contains` plus boundary (closed sets) for polygons and
//! haversine for circles, for every point, including points on, just inside
//! and just outside edges and vertices, on grid-cell boundaries, across the
//! antimeridian, near the poles and in holes.

#![allow(clippy::expect_used, reason = "test helpers outside #[test] functions")]

use geo::{Contains, Coord, Intersects, LineString, Point};
use perimeter_fences::{
    Fence, FenceCatalog, FenceGeometry, FenceIndex, IndexConfig, RawFence, RawGeometry,
    ValidationLimits, signed_distance_m, validate_fence,
};
use perimeter_model::Position;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, RngSeed};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// The oracle: an independent formulation of the documented semantics.
fn oracle_contains(f: &Fence, p: Position) -> bool {
    match &f.geometry {
        FenceGeometry::Circle { centre, radius_m } => p.haversine_m(*centre) <= *radius_m,
        FenceGeometry::Polygon(poly) => oracle_polys(std::slice::from_ref(poly), &f.geometry, p),
        FenceGeometry::MultiPolygon(mp) => oracle_polys(&mp.0, &f.geometry, p),
    }
}

fn oracle_polys(polys: &[geo::Polygon<f64>], g: &FenceGeometry, p: Position) -> bool {
    let x = if p.lon() == 180.0 { -180.0 } else { p.lon() };
    let at = |x: f64| {
        let pt = Point::new(x, p.lat());
        polys.iter().any(|poly| {
            poly.contains(&pt)
                || std::iter::once(poly.exterior())
                    .chain(poly.interiors())
                    .any(|ring: &LineString<f64>| ring.intersects(&pt))
        })
    };
    at(x) || (g.bounding_rect().max().x > 180.0 && at(x + 360.0))
}

fn limits() -> ValidationLimits {
    ValidationLimits {
        max_vertices: 10_000,
        min_area_m2: 0.0,
        max_area_m2: f64::INFINITY,
        ..ValidationLimits::default()
    }
}

fn raw(id: usize, geometry: RawGeometry) -> RawFence {
    RawFence::new(
        format!("f{id}"),
        format!("s{id}"),
        format!("fence {id}"),
        "UTC",
        geometry,
    )
}

/// A star-shaped ring around (cx, cy): simple by construction.
fn star(rng: &mut ChaCha8Rng, cx: f64, cy: f64, rx: f64, ry: f64, n: usize) -> Vec<[f64; 2]> {
    let mut angles: Vec<f64> = (0..n)
        .map(|_| rng.random_range(0.0..std::f64::consts::TAU))
        .collect();
    angles.sort_by(f64::total_cmp);
    angles.dedup_by(|a, b| (*a - *b).abs() < 1e-3);
    let mut ring: Vec<[f64; 2]> = angles
        .iter()
        .map(|a| {
            let k = rng.random_range(0.5..1.0);
            let lon = cx + rx * k * a.cos();
            [
                if lon > 180.0 {
                    lon - 360.0
                } else if lon < -180.0 {
                    lon + 360.0
                } else {
                    lon
                },
                (cy + ry * k * a.sin()).clamp(-90.0, 90.0),
            ]
        })
        .collect();
    if let Some(first) = ring.first().copied() {
        ring.push(first);
    }
    ring
}

fn square(cx: f64, cy: f64, r: f64) -> Vec<[f64; 2]> {
    vec![
        [cx - r, cy - r],
        [cx + r, cy - r],
        [cx + r, cy + r],
        [cx - r, cy + r],
        [cx - r, cy - r],
    ]
}

/// A random world: fences around a few hubs (one may sit on the antimeridian
/// or near a pole), so fences overlap and share cells.
fn world(seed: u64) -> (Vec<Fence>, Vec<(f64, f64)>, u8) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let hub_kinds: [(f64, f64); 4] = [
        (
            rng.random_range(-60.0..60.0),
            rng.random_range(-170.0..170.0),
        ),
        (rng.random_range(-5.0..5.0), 179.999), // antimeridian
        (
            rng.random_range(88.5..89.5),
            rng.random_range(-180.0..180.0),
        ), // high latitude
        (-rng.random_range(70.0..80.0), -179.9995),
    ];
    let hub = hub_kinds[rng.random_range(0..hub_kinds.len())];
    let mut fences = Vec::new();
    let mut centres = Vec::new();
    let n = rng.random_range(1..12);
    // Degrees per metre (roughly), so shapes are store-sized.
    let dy = 1.0 / 111_000.0;
    let dx = dy / hub.0.to_radians().cos().max(0.02);
    for id in 0..n {
        let cy = hub.0 + rng.random_range(-400.0..400.0) * dy;
        let mut cx = hub.1 + rng.random_range(-400.0..400.0) * dx;
        if cx > 180.0 {
            cx -= 360.0;
        }
        if cx < -180.0 {
            cx += 360.0;
        }
        let size = rng.random_range(10.0..300.0);
        let (rx, ry) = (size * dx, size * dy);
        let nv: usize = rng.random_range(3..40);
        let geometry = match rng.random_range(0..4) {
            0 => RawGeometry::Circle {
                centre: [cx, cy],
                radius_m: Some(size.max(5.0)),
            },
            1 => RawGeometry::Polygon(vec![star(&mut rng, cx, cy, rx, ry, nv)]),
            2 => RawGeometry::Polygon(vec![
                star(&mut rng, cx, cy, rx, ry, nv.max(8)),
                // A hole well inside the star's inner radius (k >= 0.5).
                square(cx, cy, (rx.min(ry)) * 0.15),
            ]),
            _ => {
                // Parts far apart, or overlapping (validation allows overlapping parts).
                let far = if rng.random_bool(0.5) {
                    2.5 * rx
                } else {
                    0.6 * rx
                };
                let mut other = cx + far;
                if other > 180.0 {
                    other -= 360.0;
                }
                RawGeometry::MultiPolygon(vec![
                    vec![star(&mut rng, cx, cy, rx, ry, nv.min(20))],
                    vec![
                        star(&mut rng, other, cy, rx, ry, nv / 2 + 3),
                        square(other, cy, rx.min(ry) * 0.3),
                    ],
                ])
            }
        };
        if let Ok(f) = validate_fence(raw(id, geometry), &limits()) {
            fences.push(f);
            centres.push((cx, cy));
        }
    }
    let cell_bits = [8u8, 10, 11, 12, 13, 14][rng.random_range(0..6)];
    (fences, centres, cell_bits)
}

/// Points that stress the boundaries: vertices, edge interpolations, tiny
/// offsets, exact grid-cell boundaries, and random points around the hub.
fn points(seed: u64, fences: &[Fence], centres: &[(f64, f64)], cell_bits: u8) -> Vec<Position> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x5eed);
    let mut out = Vec::new();
    let push = |out: &mut Vec<Position>, lon: f64, lat: f64| {
        let lon = if lon > 180.0 {
            lon - 360.0
        } else if lon < -180.0 {
            lon + 360.0
        } else {
            lon
        };
        if let Ok(p) = Position::new(lat.clamp(-90.0, 90.0), lon) {
            out.push(p);
        }
    };
    let scale = f64::from(1u32 << cell_bits);
    for (f, &(cx, cy)) in fences.iter().zip(centres) {
        let ring: Vec<Coord<f64>> = match &f.geometry {
            FenceGeometry::Polygon(p) => p.exterior().0.clone(),
            FenceGeometry::MultiPolygon(mp) => {
                mp.0.iter()
                    .flat_map(|p| p.exterior().0.iter().copied())
                    .collect()
            }
            FenceGeometry::Circle { centre, radius_m } => {
                // Points at the radius along random bearings, and around it.
                for _ in 0..6 {
                    let b: f64 = rng.random_range(0.0..std::f64::consts::TAU);
                    let d = radius_m * rng.random_range(0.98..1.02) / 111_000.0;
                    push(
                        &mut out,
                        centre.lon() + d * b.cos() / centre.lat().to_radians().cos().max(0.02),
                        centre.lat() + d * b.sin(),
                    );
                }
                push(&mut out, centre.lon(), centre.lat());
                vec![]
            }
        };
        for _ in 0..6usize.min(ring.len()) {
            let i = rng.random_range(0..ring.len().saturating_sub(1).max(1));
            let (a, b) = (ring[i], ring[(i + 1).min(ring.len() - 1)]);
            push(&mut out, a.x, a.y); // a vertex
            let t: f64 = rng.random_range(0.0..1.0);
            let (x, y) = (a.x + t * (b.x - a.x), a.y + t * (b.y - a.y));
            push(&mut out, x, y); // on (or within an ulp of) an edge
            for e in [1e-12, 1e-9, 1e-7] {
                push(&mut out, x + e, y);
                push(&mut out, x - e, y - e);
            }
        }
        for _ in 0..8 {
            let x = cx + rng.random_range(-0.01..0.01);
            let y = cy + rng.random_range(-0.005..0.005);
            push(&mut out, x, y);
            // Snap to a grid-cell corner and step just off it.
            let (sx, sy) = (
                ((x + 180.0) * scale).round() / scale - 180.0,
                ((y + 90.0) * scale).round() / scale - 90.0,
            );
            push(&mut out, sx, sy);
            push(&mut out, sx - 1e-15, sy);
            push(&mut out, sx, sy - 1e-15);
        }
    }
    push(&mut out, 180.0, centres.first().map_or(0.0, |c| c.1));
    push(&mut out, -180.0, centres.first().map_or(0.0, |c| c.1));
    out
}

fn check_world(seed: u64) -> Result<(), TestCaseError> {
    let (fences, centres, cell_bits) = world(seed);
    let pts = points(seed, &fences, &centres, cell_bits);
    let catalog = FenceCatalog::new(fences).expect("ids are unique");
    let config = IndexConfig {
        cell_bits,
        ..IndexConfig::default()
    };
    let index = FenceIndex::build_with(&catalog, config).expect("valid config");
    // The batch API over all points at once (several pipeline blocks, the
    // last one partial) must give exactly the per-point answers.
    let mut batched: Vec<(usize, &str)> = Vec::new();
    index.containing_batch(&pts, |i, h| {
        // A hit's slot is its fence's slot.
        assert!(std::ptr::eq(h.fence, &index.fences()[h.slot]));
        batched.push((i, h.fence.id.as_str()));
    });
    batched.sort_unstable();
    let mut single: Vec<(usize, &str)> = Vec::new();
    for (i, p) in pts.iter().enumerate() {
        single.extend(index.containing(*p).map(|h| (i, h.fence.id.as_str())));
    }
    single.sort_unstable();
    prop_assert_eq!(batched, single);

    let mut near = Vec::new();
    for p in pts {
        let mut got: Vec<&str> = index.containing(p).map(|h| h.fence.id.as_str()).collect();
        got.sort_unstable();
        let want: Vec<&str> = catalog
            .fences()
            .iter()
            .filter(|f| oracle_contains(f, p))
            .map(|f| f.id.as_str())
            .collect();
        prop_assert_eq!(&got, &want, "point {:?} cell_bits {}", p, cell_bits);

        let mut batch: Vec<&str> = Vec::new();
        index.containing_batch(&[p], |_, h| batch.push(h.fence.id.as_str()));
        batch.sort_unstable();
        prop_assert_eq!(&batch, &want);

        let mut rt: Vec<&str> = Vec::new();
        index.containing_rtree(p, |f| rt.push(f.id.as_str()));
        rt.sort_unstable();
        prop_assert_eq!(&rt, &want, "rtree baseline at {:?}", p);

        // Every containing fence is reported by `near`, with a non-positive
        // distance; every fence within the radius is reported.
        index.near(p, 50.0, &mut near);
        for f in catalog.fences() {
            let reported = near.iter().find(|n| n.fence.id == f.id);
            let inside = oracle_contains(f, p);
            let d = signed_distance_m(&f.geometry, p);
            if inside || d <= 45.0 {
                let n = reported.ok_or_else(|| {
                    TestCaseError::fail(format!("{} missing from near at {p:?}", f.id))
                })?;
                prop_assert_eq!(n.inside, inside);
                prop_assert!(!inside || n.distance_to_edge_m <= 0.0);
            }
            // The slot helpers the stream processor uses agree with the
            // free functions.
            let slot = index.slot_of(&f.id).expect("every fence has a slot");
            prop_assert_eq!(
                index.containing(p).any(|h| h.slot == slot),
                inside,
                "a hit's slot is the fence's slot"
            );
            prop_assert_eq!(index.slot_contains(slot, p), inside);
            let ds = index.distance_to_edge_m(slot, p, inside);
            prop_assert!((ds - d).abs() <= 1e-9 * d.abs().max(1.0), "{} vs {}", ds, d);
        }
    }
    Ok(())
}

fn config(cases: u32) -> Config {
    Config {
        cases,
        rng_algorithm: RngAlgorithm::ChaCha,
        rng_seed: RngSeed::Fixed(0x0050_e21e_7e00),
        failure_persistence: None,
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(config(10_000))]

    #[test]
    fn containing_equals_brute_force_oracle(seed in any::<u64>()) {
        check_world(seed)?;
    }
}

#[test]
fn point_exactly_on_edge_and_vertex_is_inside() {
    let f = validate_fence(
        raw(0, RawGeometry::Polygon(vec![square(2.0, 48.0, 0.001)])),
        &limits(),
    )
    .unwrap();
    let catalog = FenceCatalog::new(vec![f]).unwrap();
    let index = FenceIndex::build(&catalog).unwrap();
    for (lon, lat) in [(1.999, 48.0), (2.001, 47.999), (2.0, 48.001), (2.0, 48.0)] {
        let p = Position::new(lat, lon).unwrap();
        assert_eq!(index.containing(p).count(), 1, "{lon},{lat}");
    }
    let outside = Position::new(48.0, 2.001_000_1).unwrap();
    assert_eq!(index.containing(outside).count(), 0);
}

#[test]
fn fence_across_antimeridian_contains_points_on_both_sides() {
    let ring = vec![
        [179.999, -0.001],
        [-179.999, -0.001],
        [-179.999, 0.001],
        [179.999, 0.001],
        [179.999, -0.001],
    ];
    let f = validate_fence(raw(0, RawGeometry::Polygon(vec![ring])), &limits()).unwrap();
    let catalog = FenceCatalog::new(vec![f]).unwrap();
    let index = FenceIndex::build(&catalog).unwrap();
    for lon in [179.9995, 180.0, -180.0, -179.9995] {
        let p = Position::new(0.0, lon).unwrap();
        assert_eq!(index.containing(p).count(), 1, "lon {lon}");
    }
    assert_eq!(
        index
            .containing(Position::new(0.0, 179.99).unwrap())
            .count(),
        0
    );
    assert_eq!(
        index.containing(Position::new(0.0, 0.0).unwrap()).count(),
        0
    );
}

#[test]
fn hole_excludes_its_interior_but_not_its_edge() {
    let f = validate_fence(
        raw(
            0,
            RawGeometry::Polygon(vec![square(10.0, 10.0, 0.002), square(10.0, 10.0, 0.001)]),
        ),
        &limits(),
    )
    .unwrap();
    let index = FenceIndex::build(&FenceCatalog::new(vec![f]).unwrap()).unwrap();
    let at = |lon: f64, lat: f64| index.containing(Position::new(lat, lon).unwrap()).count();
    assert_eq!(at(10.0, 10.0), 0, "inside the hole");
    assert_eq!(at(10.001, 10.0), 1, "on the hole's edge");
    assert_eq!(at(10.0015, 10.0), 1, "between hole and shell");
}

#[test]
fn slot_of_and_the_slot_helpers_refuse_what_the_index_does_not_hold() {
    let fences = vec![
        validate_fence(
            raw(0, RawGeometry::Polygon(vec![square(13.4, 52.5, 0.001)])),
            &limits(),
        )
        .expect("valid"),
    ];
    let catalog = FenceCatalog::new(fences.clone()).expect("unique");
    let index = FenceIndex::build(&catalog).expect("builds");
    assert_eq!(index.slot_of(&fences[0].id), Some(0));
    let missing = perimeter_model::FenceId::new("nope").expect("valid id");
    assert_eq!(index.slot_of(&missing), None);
    assert!(
        index
            .distance_to_edge_m(7, Position::new(0.0, 0.0).expect("valid"), false)
            .is_nan()
    );
}
