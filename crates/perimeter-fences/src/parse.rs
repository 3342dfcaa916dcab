//! Readers for fence files: GeoJSON FeatureCollections and CSV of circles.
//!
//! Both readers are tolerant while reading (a wrongly typed field becomes a
//! recorded problem, not an early return) so that validation can list every
//! problem of every feature in one pass.

use std::collections::HashMap;

use serde_json::{Map, Value};

use crate::catalog::FenceCatalog;
use crate::error::{FeatureError, FenceFileError, Problem};
use crate::validate::{RawFence, RawGeometry, ValidationLimits, validate_fence};

/// The format of a fence file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FenceFormat {
    /// A GeoJSON FeatureCollection.
    GeoJson,
    /// CSV of circles with a header row.
    Csv,
}

impl FenceFormat {
    /// Guesses the format from content: JSON starts with `{` after whitespace.
    #[must_use]
    pub fn sniff(text: &str) -> Self {
        if without_bom(text).trim_start().starts_with('{') {
            Self::GeoJson
        } else {
            Self::Csv
        }
    }
}

/// `text` without a leading UTF-8 byte-order mark (spreadsheet programs
/// and some editors write one).
fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// How an upload is read beyond the checks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UploadOptions {
    /// The time zone of every feature that names none (an extract of
    /// shops from OpenStreetMap has no `timezone` tag).
    pub default_timezone: Option<String>,
    /// The dwell time of every feature that sets none, instead of 300 s.
    pub default_dwell_s: Option<f64>,
    /// Keep the valid features and list the refused ones, instead of
    /// refusing the whole file for one bad feature.
    pub skip_invalid: bool,
}

/// An upload read with [`parse_upload`]: the accepted catalog and, with
/// [`UploadOptions::skip_invalid`], the features refused.
#[derive(Debug, Clone)]
pub struct ParsedUpload {
    /// The valid fences.
    pub catalog: FenceCatalog,
    /// Every problem of every refused feature (empty unless
    /// `skip_invalid`).
    pub refused: Vec<FeatureError>,
}

/// Parses and validates a whole fence file, all or nothing. A leading
/// UTF-8 byte-order mark is ignored in both formats.
///
/// # Errors
/// [`FenceFileError`] listing every problem when anything is wrong.
pub fn parse_fences(
    text: &str,
    format: FenceFormat,
    limits: &ValidationLimits,
) -> Result<FenceCatalog, FenceFileError> {
    parse_upload(text, format, limits, &UploadOptions::default()).map(|p| p.catalog)
}

/// Parses and validates a fence file with `options`: defaults for
/// fields a feature leaves out, and all-or-nothing or keep-the-valid.
///
/// # Errors
/// [`FenceFileError`] for a file that cannot be read at all; listing every
/// problem when any feature is invalid, unless `skip_invalid` (then only
/// when no feature at all is valid: an empty catalog is never what a
/// refused file meant).
pub fn parse_upload(
    text: &str,
    format: FenceFormat,
    limits: &ValidationLimits,
    options: &UploadOptions,
) -> Result<ParsedUpload, FenceFileError> {
    let text = without_bom(text);
    let (raws, lines) = match format {
        FenceFormat::GeoJson => (read_geojson(text)?, None),
        FenceFormat::Csv => {
            let (raws, lines) = read_csv(text)?;
            (raws, Some(lines))
        }
    };
    let line_of = |i: usize| lines.as_ref().and_then(|l: &Vec<u64>| l.get(i).copied());
    let mut errors = Vec::new();
    let mut fences = Vec::with_capacity(raws.len());
    let mut seen: HashMap<String, usize> = HashMap::with_capacity(raws.len());
    for (index, mut raw) in raws.into_iter().enumerate() {
        let id = raw.id.clone();
        if let Some(id) = &id {
            if let Some(&first_index) = seen.get(id) {
                errors.push(FeatureError {
                    index,
                    line: line_of(index),
                    id: Some(id.clone()),
                    problem: Problem::DuplicateId { first_index },
                });
                if options.skip_invalid {
                    continue;
                }
            } else {
                seen.insert(id.clone(), index);
            }
        }
        if raw.time_zone.is_none() {
            raw.time_zone.clone_from(&options.default_timezone);
        }
        if raw.dwell_s.is_none() {
            raw.dwell_s = options.default_dwell_s;
        }
        match validate_fence(raw, limits) {
            Ok(f) => fences.push(f),
            Err(problems) => errors.extend(problems.into_iter().map(|problem| FeatureError {
                index,
                line: line_of(index),
                id: id.clone(),
                problem,
            })),
        }
    }
    errors.sort_by_key(|e| e.index);
    if errors.is_empty() || (options.skip_invalid && !fences.is_empty()) {
        Ok(ParsedUpload {
            catalog: FenceCatalog::from_validated(fences),
            refused: errors,
        })
    } else {
        Err(FenceFileError::Invalid(errors))
    }
}

// ---------------------------------------------------------------- GeoJSON

fn read_geojson(text: &str) -> Result<Vec<RawFence>, FenceFileError> {
    let root: Value = serde_json::from_str(text).map_err(|e| FenceFileError::Syntax {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })?;
    let structure = |m: &str| FenceFileError::Structure(m.to_owned());
    let obj = root
        .as_object()
        .ok_or_else(|| structure("expected a GeoJSON FeatureCollection object"))?;
    if obj.get("type").and_then(Value::as_str) != Some("FeatureCollection") {
        return Err(structure(
            "expected a GeoJSON FeatureCollection (\"type\": \"FeatureCollection\")",
        ));
    }
    let features = obj
        .get("features")
        .and_then(Value::as_array)
        .ok_or_else(|| structure("a FeatureCollection needs a \"features\" array"))?;
    Ok(features.iter().map(read_feature).collect())
}

fn read_feature(v: &Value) -> RawFence {
    let mut problems = Vec::new();
    let empty = Map::new();
    let obj = v.as_object();
    if obj.and_then(|o| o.get("type")).and_then(Value::as_str) != Some("Feature") {
        problems.push(Problem::BadField {
            field: "type",
            reason: "must be \"Feature\"".into(),
        });
    }
    let props = obj
        .and_then(|o| o.get("properties"))
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    // Feature-level id wins; a properties id is accepted too.
    let id = obj
        .and_then(|o| o.get("id"))
        .or_else(|| props.get("id"))
        .and_then(|v| match v {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        });
    let text = |field: &'static str, problems: &mut Vec<Problem>| match props.get(field) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => {
            problems.push(Problem::BadField {
                field,
                reason: "must be a string".into(),
            });
            None
        }
    };
    let store_id = text("store_id", &mut problems);
    let name = text("name", &mut problems);
    let time_zone = text("timezone", &mut problems);
    let opening_hours = text("opening_hours", &mut problems);
    let valid_from = text("valid_from", &mut problems);
    let valid_until = text("valid_until", &mut problems);
    let dwell_s = number(props.get("dwell_s"), "dwell_s", &mut problems);
    let radius_m = number(props.get("radius_m"), "radius_m", &mut problems);
    let tags = match props.get("tags") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::String(s)) => split_tags(s),
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|t| {
                let s = t.as_str().map(str::to_owned);
                if s.is_none() {
                    problems.push(Problem::BadField {
                        field: "tags",
                        reason: "must be an array of strings".into(),
                    });
                }
                s
            })
            .collect(),
        Some(_) => {
            problems.push(Problem::BadField {
                field: "tags",
                reason: "must be an array of strings".into(),
            });
            Vec::new()
        }
    };
    let geometry = read_geometry(obj.and_then(|o| o.get("geometry")), radius_m, &mut problems);
    RawFence {
        id,
        store_id,
        name,
        geometry,
        dwell_s,
        tags,
        time_zone,
        opening_hours,
        valid_from,
        valid_until,
        problems,
    }
}

fn number(v: Option<&Value>, field: &'static str, problems: &mut Vec<Problem>) -> Option<f64> {
    match v {
        None | Some(Value::Null) => None,
        Some(Value::Number(n)) => n.as_f64(),
        Some(_) => {
            problems.push(Problem::BadField {
                field,
                reason: "must be a number".into(),
            });
            None
        }
    }
}

fn read_geometry(
    v: Option<&Value>,
    radius_m: Option<f64>,
    problems: &mut Vec<Problem>,
) -> RawGeometry {
    let Some(g) = v.and_then(Value::as_object) else {
        problems.push(Problem::MissingField("geometry"));
        return RawGeometry::Missing;
    };
    let kind = g.get("type").and_then(Value::as_str).unwrap_or("");
    let coords = g.get("coordinates");
    let bad = |problems: &mut Vec<Problem>, shape: &str| {
        problems.push(Problem::BadField {
            field: "coordinates",
            reason: format!("must be {shape}"),
        });
        RawGeometry::Missing
    };
    match kind {
        "Point" => match coords.and_then(position) {
            Some(centre) => RawGeometry::Circle { centre, radius_m },
            None => bad(problems, "a [lon, lat] position"),
        },
        "Polygon" => match coords.and_then(rings) {
            Some(r) => RawGeometry::Polygon(r),
            None => bad(problems, "an array of rings of [lon, lat] positions"),
        },
        "MultiPolygon" => match coords
            .and_then(Value::as_array)
            .and_then(|parts| parts.iter().map(rings).collect::<Option<Vec<_>>>())
        {
            Some(p) => RawGeometry::MultiPolygon(p),
            None => bad(problems, "an array of polygons, each an array of rings"),
        },
        "" => {
            problems.push(Problem::MissingField("geometry.type"));
            RawGeometry::Missing
        }
        other => RawGeometry::Unsupported(other.to_owned()),
    }
}

fn position(v: &Value) -> Option<[f64; 2]> {
    let a = v.as_array()?;
    if a.len() < 2 || a.len() > 3 {
        return None;
    }
    Some([a[0].as_f64()?, a[1].as_f64()?])
}

fn rings(v: &Value) -> Option<Vec<Vec<[f64; 2]>>> {
    v.as_array()?
        .iter()
        .map(|ring| ring.as_array()?.iter().map(position).collect())
        .collect()
}

fn split_tags(s: &str) -> Vec<String> {
    s.split(['|', ';', ','])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

// ---------------------------------------------------------------- CSV

const CSV_REQUIRED: [&str; 2] = ["store_id", "name"];
/// The columns of a circle; a file with a `wkt` column needs none of them.
const CSV_CIRCLE: [&str; 3] = ["lat", "lon", "radius_m"];
const CSV_OPTIONAL: [&str; 8] = [
    "id",
    "wkt",
    "timezone",
    "dwell_s",
    "tags",
    "opening_hours",
    "valid_from",
    "valid_until",
];

/// The field separator of a CSV file, from its header line: `;` (what
/// spreadsheets write where the decimal separator is a comma) or a tab
/// when the header has more of them than commas, else `,`.
fn csv_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let count = |c: char| header.matches(c).count();
    let (commas, semicolons, tabs) = (count(','), count(';'), count('\t'));
    if tabs > commas && tabs >= semicolons {
        b'\t'
    } else if semicolons > commas {
        b';'
    } else {
        b','
    }
}

/// Reads a CSV of circles. Returns the raw rows and each row's 1-based line.
fn read_csv(text: &str) -> Result<(Vec<RawFence>, Vec<u64>), FenceFileError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(csv_delimiter(text))
        .trim(csv::Trim::All)
        .flexible(false)
        .from_reader(text.as_bytes());
    let header = reader.headers().map_err(csv_syntax)?.clone();
    let columns: Vec<String> = header.iter().map(str::to_ascii_lowercase).collect();
    let has = |c: &str| columns.iter().any(|h| h == c);
    let needed: Vec<&str> = if has("wkt") {
        CSV_REQUIRED.to_vec()
    } else {
        CSV_REQUIRED.iter().chain(&CSV_CIRCLE).copied().collect()
    };
    let expected = || {
        format!(
            "expected columns: {},{} (or wkt instead of {}) (optional: {})",
            CSV_REQUIRED.join(","),
            CSV_CIRCLE.join(","),
            CSV_CIRCLE.join(","),
            CSV_OPTIONAL.join(",")
        )
    };
    let missing: Vec<&str> = needed.into_iter().filter(|c| !has(c)).collect();
    if !missing.is_empty() {
        return Err(FenceFileError::Structure(format!(
            "CSV header is missing column(s) {}; {}",
            missing.join(", "),
            expected()
        )));
    }
    if let Some(unknown) = columns.iter().find(|c| {
        let c = c.as_str();
        !CSV_REQUIRED.contains(&c) && !CSV_CIRCLE.contains(&c) && !CSV_OPTIONAL.contains(&c)
    }) {
        return Err(FenceFileError::Structure(format!(
            "CSV header has unknown column {unknown:?}; {}",
            expected()
        )));
    }
    let col = |name: &str| columns.iter().position(|c| c == name);
    let mut rows = Vec::new();
    let mut lines = Vec::new();
    for record in reader.records() {
        let record = record.map_err(csv_syntax)?;
        let line = record.position().map_or(0, |p| line_at(text, p.byte()));
        let get = |name: &str| {
            col(name)
                .and_then(|i| record.get(i))
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        let mut problems = Vec::new();
        let num = |name: &'static str, problems: &mut Vec<Problem>| {
            get(name).and_then(|s| match s.parse::<f64>() {
                Ok(v) => Some(v),
                Err(_) => {
                    problems.push(Problem::BadField {
                        field: name,
                        reason: format!("{s:?} is not a number"),
                    });
                    None
                }
            })
        };
        let lat = num("lat", &mut problems);
        let lon = num("lon", &mut problems);
        let radius_m = num("radius_m", &mut problems);
        let dwell_s = num("dwell_s", &mut problems);
        let geometry = match (get("wkt"), lat, lon) {
            (Some(wkt), None, None) => wkt_geometry(&wkt, &mut problems),
            (Some(_), _, _) => {
                problems.push(Problem::BadField {
                    field: "wkt",
                    reason: "give either a wkt polygon or lat and lon, not both".into(),
                });
                RawGeometry::Missing
            }
            (None, lat, lon) => match (lat, lon) {
                (Some(lat), Some(lon)) => RawGeometry::Circle {
                    centre: [lon, lat],
                    radius_m,
                },
                (lat, lon) => {
                    if lat.is_none() && get("lat").is_none() {
                        problems.push(Problem::MissingField("lat"));
                    }
                    if lon.is_none() && get("lon").is_none() {
                        problems.push(Problem::MissingField("lon"));
                    }
                    RawGeometry::Missing
                }
            },
        };
        let store_id = get("store_id");
        rows.push(RawFence {
            // Without an id column a fence is named after its store.
            id: get("id").or_else(|| store_id.clone()),
            store_id,
            name: get("name"),
            geometry,
            dwell_s,
            tags: get("tags").map(|t| split_tags(&t)).unwrap_or_default(),
            time_zone: get("timezone"),
            opening_hours: get("opening_hours"),
            valid_from: get("valid_from"),
            valid_until: get("valid_until"),
            problems,
        });
        lines.push(line);
    }
    Ok((rows, lines))
}

/// The geometry of a `wkt` field: a POLYGON or MULTIPOLYGON, in
/// longitude-latitude order as WKT (and GeoJSON) have it.
fn wkt_geometry(text: &str, problems: &mut Vec<Problem>) -> RawGeometry {
    let ring = |ls: &wkt::types::LineString<f64>| -> Vec<[f64; 2]> {
        ls.coords().iter().map(|c| [c.x, c.y]).collect()
    };
    let rings = |p: &wkt::types::Polygon<f64>| -> Vec<Vec<[f64; 2]>> {
        p.rings().iter().map(ring).collect()
    };
    match text.parse::<wkt::Wkt<f64>>() {
        Ok(wkt::Wkt::Polygon(p)) => RawGeometry::Polygon(rings(&p)),
        Ok(wkt::Wkt::MultiPolygon(mp)) => {
            RawGeometry::MultiPolygon(mp.polygons().iter().map(rings).collect())
        }
        Ok(other) => {
            let kind = match other {
                wkt::Wkt::Point(_) => "POINT",
                wkt::Wkt::LineString(_) => "LINESTRING",
                wkt::Wkt::MultiPoint(_) => "MULTIPOINT",
                wkt::Wkt::MultiLineString(_) => "MULTILINESTRING",
                _ => "GEOMETRYCOLLECTION",
            };
            RawGeometry::Unsupported(kind.to_owned())
        }
        Err(e) => {
            problems.push(Problem::BadField {
                field: "wkt",
                reason: format!("is not a WKT POLYGON or MULTIPOLYGON: {e}"),
            });
            RawGeometry::Missing
        }
    }
}

/// The 1-based line of a record that starts at byte `byte`. (The csv
/// crate's own line count is one short after a CRLF line end, as
/// spreadsheets write them: it starts the record at the `\n`.)
fn line_at(text: &str, byte: u64) -> u64 {
    let byte = usize::try_from(byte).unwrap_or(usize::MAX).min(text.len());
    let bytes = text.as_bytes();
    let before = bytes[..byte].iter().filter(|&&b| b == b'\n').count();
    let on_newline = usize::from(bytes.get(byte) == Some(&b'\n'));
    u64::try_from(before + on_newline + 1).unwrap_or(u64::MAX)
}

#[allow(clippy::needless_pass_by_value, reason = "used as map_err(csv_syntax)")]
fn csv_syntax(e: csv::Error) -> FenceFileError {
    let line = e
        .position()
        .map_or(0, |p| usize::try_from(p.line()).unwrap_or(usize::MAX));
    FenceFileError::Syntax {
        line,
        column: 0,
        message: e.to_string(),
    }
}
