//! Checks for fence files (the upload formats, also the admin API's request
//! bodies) and for validated catalogs.
//!
//! Shared by the fuzz targets `fence_geojson`, `fence_csv` and
//! `fence_record` and by `crates/perimeter-fences/tests/fuzz_regressions.rs`,
//! which includes this file with `#[path]`: it may only use crates that
//! `perimeter-fences` depends on.

use perimeter_fences::{
    FenceCatalog, FenceFormat, FenceGeometry, FenceIndex, NearbyFence, ValidationLimits, contains,
    parse_fences, to_geojson,
};
use perimeter_model::{FenceId, Position};

/// Most probe points tested against the index per input, so that a catalog
/// of many large polygons still runs at a useful rate.
const MAX_PROBES: usize = 512;

/// Parses `data` as a fence file in `format`. A rejected file must produce
/// an error that formats; an accepted catalog must pass [`check_catalog`].
pub fn fence_file(format: FenceFormat, data: &[u8]) {
    // The admin API and `perimeter fences` reject non-UTF-8 bytes before
    // parsing, so `parse_fences` only ever sees text.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let limits = ValidationLimits::default();
    match parse_fences(text, format, &limits) {
        Ok(catalog) => check_catalog(&catalog, &limits),
        Err(e) => {
            let message = e.to_string();
            assert!(!message.is_empty(), "an empty error message for {e:?}");
            for feature in e.feature_errors() {
                let _ = feature.to_string();
            }
        }
    }
}

/// What must hold for every validated catalog: the validation limits, the
/// GeoJSON export re-parses to an equal catalog, and the index answers
/// exactly like brute-force containment at points on, near and inside
/// every fence.
pub fn check_catalog(catalog: &FenceCatalog, limits: &ValidationLimits) {
    let mut ids: Vec<&FenceId> = catalog.fences().iter().map(|f| &f.id).collect();
    ids.sort();
    let count = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), count, "duplicate fence ids in a catalog");
    for fence in catalog.fences() {
        assert!(
            fence.geometry.vertex_count() <= limits.max_vertices,
            "fence {} has {} vertices, over the limit",
            fence.id,
            fence.geometry.vertex_count()
        );
        assert!(fence.dwell <= limits.max_dwell, "fence {} dwell", fence.id);
        if let FenceGeometry::Circle { radius_m, .. } = fence.geometry {
            assert!(
                (limits.min_radius_m..=limits.max_radius_m).contains(&radius_m),
                "fence {} radius {radius_m}",
                fence.id
            );
        }
        for (x, y) in vertices(&fence.geometry) {
            assert!(x.is_finite() && y.is_finite(), "fence {} vertex", fence.id);
        }
    }

    // Export and re-import: what the admin API shows is what it would accept.
    let exported = to_geojson(catalog);
    match parse_fences(&exported, FenceFormat::GeoJson, limits) {
        Ok(again) => {
            assert!(
                catalog.diff(&again).is_empty(),
                "the re-parsed export differs"
            );
            assert_eq!(&again, catalog, "the re-parsed export differs");
        }
        Err(e) => panic!("the exported catalog does not re-parse: {e}\n{exported}"),
    }

    let index = match FenceIndex::build(catalog) {
        Ok(index) => index,
        Err(e) => panic!("a valid catalog of {count} fences does not index: {e}"),
    };
    let mut nearby: Vec<NearbyFence<'_>> = Vec::new();
    for p in probes(catalog).take(MAX_PROBES) {
        let mut got: Vec<&FenceId> = index.containing(p).map(|h| &h.fence.id).collect();
        got.sort();
        let mut want: Vec<&FenceId> = catalog
            .fences()
            .iter()
            .filter(|f| contains(&f.geometry, p))
            .map(|f| &f.id)
            .collect();
        want.sort();
        assert_eq!(got, want, "index and exact containment disagree at {p:?}");
        index.near(p, 25.0, &mut nearby);
        for n in &nearby {
            assert_eq!(
                n.inside,
                contains(&n.fence.geometry, p),
                "near() says inside={} for {} at {p:?}",
                n.inside,
                n.fence.id
            );
            assert!(!n.distance_to_edge_m.is_nan(), "NaN distance at {p:?}");
        }
        for id in &want {
            assert!(
                nearby.iter().any(|n| n.fence.id == **id),
                "near() misses containing fence {id} at {p:?}"
            );
        }
    }
}

/// The vertices of a geometry as stored (longitudes may exceed 180 for
/// rings unwrapped across the antimeridian); a circle's centre.
fn vertices(geometry: &FenceGeometry) -> Vec<(f64, f64)> {
    let polygons = match geometry {
        FenceGeometry::Circle { centre, .. } => return vec![(centre.lon(), centre.lat())],
        FenceGeometry::Polygon(p) => std::slice::from_ref(p),
        FenceGeometry::MultiPolygon(mp) => mp.0.as_slice(),
    };
    polygons
        .iter()
        .flat_map(|p| std::iter::once(p.exterior()).chain(p.interiors()))
        .flat_map(|ring| ring.0.iter().map(|c| (c.x, c.y)))
        .collect()
}

/// Points worth asking the index about: every vertex (on the boundary),
/// edge midpoints, each polygon's bounding-box centre, and for circles the
/// centre and points just inside, on and just outside the edge.
fn probes(catalog: &FenceCatalog) -> impl Iterator<Item = Position> + '_ {
    catalog.fences().iter().flat_map(|fence| {
        let mut points = Vec::new();
        match &fence.geometry {
            FenceGeometry::Circle { centre, radius_m } => {
                points.push((centre.lon(), centre.lat()));
                let dlat = (radius_m / Position::EARTH_RADIUS_M).to_degrees();
                for scale in [0.999, 1.0, 1.001] {
                    points.push((centre.lon(), centre.lat() + dlat * scale));
                    points.push((centre.lon(), centre.lat() - dlat * scale));
                    let cos = centre.lat().to_radians().cos();
                    if cos > 1e-6 {
                        points.push((centre.lon() + dlat * scale / cos, centre.lat()));
                    }
                }
            }
            geometry => {
                let v = vertices(geometry);
                points.extend(v.iter().copied());
                points.extend(v.windows(2).map(|w| {
                    let ((x0, y0), (x1, y1)) = (w[0], w[1]);
                    (x0 + (x1 - x0) / 2.0, y0 + (y1 - y0) / 2.0)
                }));
                let b = fence.geometry.bounding_rect();
                points.push((b.center().x, b.center().y));
            }
        }
        points.into_iter().filter_map(|(lon, lat)| {
            // Unwrapped longitudes (east of 180) name the same place west of it.
            let lon = if lon > 180.0 { lon - 360.0 } else { lon };
            Position::new(lat, lon).ok()
        })
    })
}
