//! Writing a catalog back out as GeoJSON, the same format uploads use.

use serde_json::{Map, Value, json};

use crate::catalog::FenceCatalog;
use crate::fence::{Fence, FenceGeometry};

/// The catalog as a GeoJSON FeatureCollection that [`crate::parse_fences`]
/// reads back into an equal catalog. Longitudes of fences stored unwrapped
/// across the antimeridian are written back into [-180, 180].
#[must_use]
pub fn to_geojson(catalog: &FenceCatalog) -> String {
    let features: Vec<Value> = catalog.fences().iter().map(to_geojson_feature).collect();
    json!({ "type": "FeatureCollection", "features": features }).to_string()
}

/// One fence as a GeoJSON Feature, as in an upload file: `id` is the fence
/// id, circles are a Point with `properties.radius_m`.
#[must_use]
pub fn to_geojson_feature(f: &Fence) -> Value {
    let mut props = Map::new();
    props.insert("store_id".into(), json!(f.store_id.as_str()));
    props.insert("name".into(), json!(f.name));
    props.insert("dwell_s".into(), json!(f.dwell.as_secs_f64()));
    props.insert("tags".into(), json!(f.tags));
    props.insert("timezone".into(), json!(f.time_zone.name()));
    if let Some(h) = &f.opening_hours {
        props.insert("opening_hours".into(), json!(h.to_string()));
    }
    let rfc3339 = |ms: i64| {
        chrono::DateTime::from_timestamp_millis(ms)
            .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
    };
    if let Some(t) = f.validity.from.and_then(|t| rfc3339(t.as_millis())) {
        props.insert("valid_from".into(), json!(t));
    }
    if let Some(t) = f.validity.until.and_then(|t| rfc3339(t.as_millis())) {
        props.insert("valid_until".into(), json!(t));
    }
    let geometry = match &f.geometry {
        FenceGeometry::Circle { centre, radius_m } => {
            props.insert("radius_m".into(), json!(radius_m));
            json!({ "type": "Point", "coordinates": [centre.lon(), centre.lat()] })
        }
        FenceGeometry::Polygon(p) => json!({ "type": "Polygon", "coordinates": rings(p) }),
        FenceGeometry::MultiPolygon(mp) => json!({
            "type": "MultiPolygon",
            "coordinates": mp.0.iter().map(rings).collect::<Vec<_>>()
        }),
    };
    json!({ "type": "Feature", "id": f.id.as_str(), "geometry": geometry, "properties": props })
}

fn rings(p: &geo::Polygon<f64>) -> Vec<Vec<[f64; 2]>> {
    std::iter::once(p.exterior())
        .chain(p.interiors())
        .map(|ring| {
            ring.0
                .iter()
                .map(|c| [if c.x > 180.0 { c.x - 360.0 } else { c.x }, c.y])
                .collect()
        })
        .collect()
}
