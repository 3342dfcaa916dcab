//! The compact edge records: boundary cells are decided from the runs of
//! the fence's own edges that reach them, and by the full exact test in
//! degenerate cases, so the answers stay exact for points on, and within
//! 1e-12 degrees of, edges.

#![allow(clippy::expect_used, reason = "test helpers outside #[test] functions")]

use perimeter_fences::{
    FenceCatalog, FenceIndex, IndexConfig, LookupPath, RawFence, RawGeometry, ValidationLimits,
    contains, validate_fence,
};
use perimeter_model::Position;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

fn raw(id: usize, ring: Vec<[f64; 2]>) -> RawFence {
    RawFence::new(
        format!("f{id}"),
        format!("s{id}"),
        format!("fence {id}"),
        "UTC",
        RawGeometry::Polygon(vec![ring]),
    )
}

/// A star-shaped (simple) ring of `n` vertices, `r` degrees across.
fn star(rng: &mut ChaCha8Rng, cx: f64, cy: f64, r: f64, n: usize) -> Vec<[f64; 2]> {
    let step = std::f64::consts::TAU / n as f64;
    let mut ring: Vec<[f64; 2]> = (0..n)
        .map(|i| {
            let a = step * (i as f64 + rng.random_range(0.0..0.8));
            let k = rng.random_range(0.6..1.0) * r;
            [cx + k * a.cos(), cy + k * a.sin()]
        })
        .collect();
    ring.push(ring[0]);
    ring
}

/// Store-sized overlapping stars anywhere on the globe, and points on, near
/// and around their edges.
fn world(seed: u64) -> (FenceCatalog, Vec<Position>) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let limits = ValidationLimits {
        min_area_m2: 0.0,
        ..ValidationLimits::default()
    };
    let (cx, cy) = (
        rng.random_range(-179.0..179.0),
        rng.random_range(-70.0..70.0),
    );
    let mut fences = Vec::new();
    let mut rings = Vec::new();
    for id in 0..6 {
        let (x, y) = (
            cx + rng.random_range(-0.003..0.003),
            cy + rng.random_range(-0.003..0.003),
        );
        let (r, n) = (rng.random_range(0.0003..0.003), rng.random_range(4..40));
        let ring = star(&mut rng, x, y, r, n);
        if let Ok(f) = validate_fence(raw(id, ring.clone()), &limits) {
            fences.push(f);
            rings.push(ring);
        }
    }
    let mut points = Vec::new();
    for ring in &rings {
        for w in ring.windows(2) {
            let (a, b) = (w[0], w[1]);
            for _ in 0..4 {
                let t: f64 = rng.random_range(0.0..1.0);
                let (x, y) = (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]));
                for (dx, dy) in [
                    (0.0, 0.0),
                    (1e-12, 0.0),
                    (-1e-12, 1e-12),
                    (1e-9, -1e-9),
                    (2e-7, 0.0),
                    (0.0, -2e-6),
                ] {
                    points.extend(Position::new(y + dy, x + dx).ok());
                }
            }
            points.extend(Position::new(a[1], a[0]).ok());
        }
    }
    for _ in 0..2_000 {
        let (x, y) = (
            cx + rng.random_range(-0.006..0.006),
            cy + rng.random_range(-0.006..0.006),
        );
        points.extend(Position::new(y, x).ok());
    }
    (FenceCatalog::new(fences).expect("unique ids"), points)
}

#[test]
fn edge_records_agree_with_the_exact_test_on_and_near_edges() {
    for seed in 0..200 {
        let (catalog, points) = world(seed);
        for cell_bits in [11u8, 12, 14] {
            let config = IndexConfig {
                cell_bits,
                ..IndexConfig::default()
            };
            let index = FenceIndex::build_with(&catalog, config).expect("builds");
            for p in &points {
                let mut got: Vec<&str> =
                    index.containing(*p).map(|h| h.fence.id.as_str()).collect();
                got.sort_unstable();
                let want: Vec<&str> = catalog
                    .fences()
                    .iter()
                    .filter(|f| contains(&f.geometry, *p))
                    .map(|f| f.id.as_str())
                    .collect();
                assert_eq!(got, want, "seed {seed} cell_bits {cell_bits} at {p:?}");
            }
        }
    }
}

#[test]
fn edge_records_decide_most_boundary_points_without_the_exact_test() {
    let (mut local, mut exact) = (0usize, 0usize);
    for seed in 0..50 {
        let (catalog, points) = world(seed);
        let index = FenceIndex::build_with(&catalog, IndexConfig::default()).expect("builds");
        for p in points.iter().rev().take(2_000) {
            match index.lookup_path(*p) {
                LookupPath::LocalEdges => local += 1,
                LookupPath::ExactTests(_) => exact += 1,
                LookupPath::EmptyCell | LookupPath::MasksOnly => {}
            }
        }
    }
    // Random points fall on an edge's line almost never; multipolygons and
    // cells crossed by many edges are the other callers of the exact test,
    // and these worlds have neither.
    assert!(
        local > 20 * exact.max(1),
        "{local} points decided by edge records, {exact} by the exact test"
    );
}

#[test]
fn circles_anywhere_in_a_large_catalog_are_decided_without_the_exact_test() {
    // Circles and polygons mixed, enough that the parallel build gives
    // both to every worker (records are renumbered when workers' results
    // are merged).
    let mut rng = ChaCha8Rng::seed_from_u64(3);
    let fences: Vec<_> = (0..400)
        .map(|id| {
            let (x, y) = (
                rng.random_range(-170.0..170.0),
                rng.random_range(-60.0..60.0),
            );
            let geometry = if id % 2 == 0 {
                RawGeometry::Circle {
                    centre: [x, y],
                    radius_m: Some(rng.random_range(20.0..150.0)),
                }
            } else {
                let ring = star(&mut rng, x, y, 0.001, 12);
                RawGeometry::Polygon(vec![ring])
            };
            let raw = RawFence {
                geometry,
                ..raw(id, vec![])
            };
            validate_fence(raw, &ValidationLimits::default()).expect("a valid fence")
        })
        .collect();
    let catalog = FenceCatalog::new(fences).expect("unique ids");
    let index = FenceIndex::build(&catalog).expect("builds");
    let mut exact = 0;
    for f in catalog.fences() {
        let perimeter_fences::FenceGeometry::Circle { centre, radius_m } = f.geometry else {
            continue;
        };
        // Just inside the circle's edge, due north: a boundary cell.
        let dlat = radius_m * 0.999 / 111_195.0;
        let p = Position::new(centre.lat() + dlat, centre.lon()).expect("valid");
        assert_eq!(index.containing(p).count(), 1);
        if matches!(index.lookup_path(p), LookupPath::ExactTests(_)) {
            exact += 1;
        }
    }
    assert_eq!(exact, 0, "circle cells whose record was lost");
}
