//! Fence records: the compacted fence catalog topic.

use geo::{LineString, Polygon};
use perimeter_fences::{Fence, FenceGeometry, Problem, RawFence, RawGeometry, ValidationLimits};
use perimeter_model::{FenceId, Timestamp};
use prost::Message;

use crate::error::RecordError;
use crate::fields::{
    check_size, decode_proto, id, invalid, key_text, match_key, non_empty, require_key,
};
use crate::proto;
use crate::proto::fence::Geometry;

/// Largest fence record accepted, in bytes, checked before decoding. A fence
/// at the default limit of 1000 vertices takes about 20 KiB.
pub const MAX_FENCE_BYTES: usize = 256 * 1024;

const MESSAGE: &str = "perimeter.v1.FenceRecord";

/// Header of a fence tombstone naming the catalog version that removed the
/// fence (decimal text). A tombstone has no value to carry
/// `FenceRecord.catalog_version`, so the header does; readers take the
/// highest version seen on either as the live catalog version.
pub const CATALOG_VERSION_HEADER: &str = "perimeter-catalog-version";

/// The catalog version of a tombstone's [`CATALOG_VERSION_HEADER`] value,
/// if it is decimal text.
#[must_use]
pub fn catalog_version_of_header(value: &[u8]) -> Option<u64> {
    std::str::from_utf8(value).ok()?.trim().parse().ok()
}

/// One record of the fences topic, decoded.
#[derive(Debug, Clone, PartialEq)]
pub enum FenceChange {
    /// The fence is live with this definition (added or changed).
    Upsert {
        /// The validated fence (boxed: a fence is large, a removal is not).
        fence: Box<Fence>,
        /// Version of the catalog upload that wrote it.
        catalog_version: u64,
    },
    /// A tombstone: the fence with this id was removed.
    Removed(FenceId),
}

/// Encodes a fence as `perimeter.v1.FenceRecord`; the record key is
/// `fence.id`.
///
/// Polygon longitudes are written within [-180, 180]: the validated
/// geometry stores rings crossing the antimeridian unwrapped (east of 180),
/// and validation on decoding unwraps them again.
#[must_use]
pub fn encode_fence(fence: &Fence, catalog_version: u64) -> Vec<u8> {
    let geometry = match &fence.geometry {
        FenceGeometry::Polygon(p) => Geometry::Polygon(polygon(p)),
        FenceGeometry::MultiPolygon(mp) => Geometry::Multipolygon(proto::MultiPolygon {
            polygons: mp.0.iter().map(polygon).collect(),
        }),
        FenceGeometry::Circle { centre, radius_m } => Geometry::Circle(proto::Circle {
            centre: Some(proto::LonLat {
                lon: centre.lon(),
                lat: centre.lat(),
            }),
            radius_m: *radius_m,
        }),
    };
    proto::FenceRecord {
        fence: Some(proto::Fence {
            id: fence.id.as_str().to_owned(),
            store_id: fence.store_id.as_str().to_owned(),
            name: fence.name.clone(),
            geometry: Some(geometry),
            dwell_s: Some(fence.dwell.as_secs_f64()),
            tags: fence.tags.clone(),
            time_zone: fence.time_zone.name().to_owned(),
            opening_hours: fence.opening_hours.as_ref().map(ToString::to_string),
            valid_from_ms: fence.validity.from.map(Timestamp::as_millis),
            valid_until_ms: fence.validity.until.map(Timestamp::as_millis),
        }),
        catalog_version,
    }
    .encode_to_vec()
}

fn polygon(p: &Polygon<f64>) -> proto::Polygon {
    proto::Polygon {
        rings: std::iter::once(p.exterior())
            .chain(p.interiors())
            .map(ring)
            .collect(),
    }
}

fn ring(ls: &LineString<f64>) -> proto::Ring {
    proto::Ring {
        positions: ls
            .0
            .iter()
            // Exact: for x in [180, 720], x - 360 is representable (Sterbenz).
            .map(|c| proto::LonLat {
                lon: if c.x > 180.0 { c.x - 360.0 } else { c.x },
                lat: c.y,
            })
            .collect(),
    }
}

/// Decodes one record of the fences topic. A null `value` is a tombstone.
/// A fence goes through [`perimeter_fences::validate_fence`] with `limits`,
/// exactly like a fence uploaded in a file.
///
/// # Errors
/// [`RecordError`]: oversized, missing key, undecodable, no `fence`, a key
/// that differs from the fence id (or, for a tombstone, is not a valid fence
/// id), or [`RecordError::InvalidFence`] listing every validation problem.
pub fn decode_fence(
    key: Option<&[u8]>,
    value: Option<&[u8]>,
    limits: &ValidationLimits,
) -> Result<FenceChange, RecordError> {
    let Some(value) = value else {
        let key = require_key(key, "fence id")?;
        let text = std::str::from_utf8(key)
            .map_err(|_| invalid("key", format!("{:?} is not UTF-8", key_text(key))))?;
        return Ok(FenceChange::Removed(id("key", text, FenceId::new)?));
    };
    check_size(MESSAGE, value, MAX_FENCE_BYTES)?;
    let key = require_key(key, "fence id")?;
    let record: proto::FenceRecord = decode_proto(MESSAGE, value)?;
    let Some(wire) = record.fence else {
        return Err(invalid("fence", "is missing (required)".into()));
    };
    match_key(key, "fence id", &wire.id)?;
    let raw = raw_fence(wire);
    let id = raw.id.clone();
    let fence = perimeter_fences::validate_fence(raw, limits)
        .map_err(|problems| RecordError::InvalidFence { id, problems })?;
    Ok(FenceChange::Upsert {
        fence: Box::new(fence),
        catalog_version: record.catalog_version,
    })
}

/// The wire fence as the validator's input, as if read from a file.
fn raw_fence(wire: proto::Fence) -> RawFence {
    let mut problems = Vec::new();
    let geometry = match wire.geometry {
        None => {
            problems.push(Problem::MissingField("geometry"));
            RawGeometry::Missing
        }
        Some(Geometry::Polygon(p)) => RawGeometry::Polygon(rings(p)),
        Some(Geometry::Multipolygon(mp)) => {
            RawGeometry::MultiPolygon(mp.polygons.into_iter().map(rings).collect())
        }
        Some(Geometry::Circle(c)) => match c.centre {
            None => {
                problems.push(Problem::MissingField("centre"));
                RawGeometry::Missing
            }
            Some(centre) => RawGeometry::Circle {
                centre: [centre.lon, centre.lat],
                radius_m: Some(c.radius_m),
            },
        },
    };
    RawFence {
        id: non_empty(wire.id),
        store_id: non_empty(wire.store_id),
        name: non_empty(wire.name),
        geometry,
        dwell_s: wire.dwell_s,
        tags: wire.tags,
        time_zone: non_empty(wire.time_zone),
        opening_hours: wire.opening_hours,
        valid_from: wire
            .valid_from_ms
            .and_then(|ms| rfc3339("valid_from_ms", ms, &mut problems)),
        valid_until: wire
            .valid_until_ms
            .and_then(|ms| rfc3339("valid_until_ms", ms, &mut problems)),
        problems,
    }
}

fn rings(p: proto::Polygon) -> Vec<Vec<[f64; 2]>> {
    p.rings
        .into_iter()
        .map(|r| r.positions.into_iter().map(|c| [c.lon, c.lat]).collect())
        .collect()
}

/// Milliseconds as the RFC 3339 text the validator reads, or a problem.
fn rfc3339(field: &'static str, ms: i64, problems: &mut Vec<Problem>) -> Option<String> {
    let checked = Timestamp::from_millis(ms)
        .map_err(|e| e.reason)
        .and_then(|_| chrono::DateTime::from_timestamp_millis(ms).ok_or("is out of range"));
    match checked {
        Ok(t) => Some(t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)),
        Err(reason) => {
            problems.push(Problem::BadField {
                field,
                reason: format!("is {ms}, {reason}"),
            });
            None
        }
    }
}
