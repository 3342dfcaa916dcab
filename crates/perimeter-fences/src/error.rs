//! Validation errors for fence files.
//!
//! Uploads are all-or-nothing: a file with any invalid feature is rejected,
//! and the rejection lists *every* problem found, each with the feature's
//! position in the file, its id when it has one, and a reason a store
//! operator can act on.

use std::fmt;

/// What is wrong with one feature (or CSV row).
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// A required field is absent.
    MissingField(&'static str),
    /// A field is present but unusable.
    BadField {
        /// The field name.
        field: &'static str,
        /// Why it is unusable.
        reason: String,
    },
    /// The geometry type is not Polygon, MultiPolygon or Point (circle).
    UnsupportedGeometry(String),
    /// A coordinate is not a finite number.
    NotFinite {
        /// Polygon part (0 for Polygon).
        part: usize,
        /// Ring within the part (0 = exterior).
        ring: usize,
        /// Vertex within the ring.
        vertex: usize,
    },
    /// A coordinate is outside the valid latitude/longitude range.
    CoordinateOutOfRange {
        /// Polygon part (0 for Polygon).
        part: usize,
        /// Ring within the part (0 = exterior).
        ring: usize,
        /// Vertex within the ring.
        vertex: usize,
        /// Longitude given.
        lon: f64,
        /// Latitude given.
        lat: f64,
    },
    /// A ring's last position differs from its first.
    RingNotClosed {
        /// Polygon part.
        part: usize,
        /// Ring within the part.
        ring: usize,
    },
    /// A ring has fewer than 4 positions (a triangle plus the closing position).
    RingTooShort {
        /// Polygon part.
        part: usize,
        /// Ring within the part.
        ring: usize,
        /// Distinct positions found.
        positions: usize,
    },
    /// Two edges of a ring cross or touch.
    SelfIntersection {
        /// Polygon part.
        part: usize,
        /// Ring within the part.
        ring: usize,
        /// Index of the first edge (edge k joins vertex k and k+1).
        edge_a: usize,
        /// Index of the second edge.
        edge_b: usize,
    },
    /// A hole is not inside its polygon's exterior ring.
    HoleOutsideShell {
        /// Polygon part.
        part: usize,
        /// Ring within the part (1 = first hole).
        ring: usize,
    },
    /// Two holes of one polygon overlap.
    HolesOverlap {
        /// Polygon part.
        part: usize,
        /// First hole (1-based ring index).
        ring_a: usize,
        /// Second hole.
        ring_b: usize,
    },
    /// A ring wraps around the globe (it encircles a pole).
    RingEncirclesPole {
        /// Polygon part.
        part: usize,
        /// Ring within the part.
        ring: usize,
    },
    /// More vertices than the limit.
    TooManyVertices {
        /// Vertices found.
        count: usize,
        /// The limit.
        limit: usize,
    },
    /// A circle radius outside the allowed bounds.
    RadiusOutOfBounds {
        /// Radius given, metres.
        radius_m: f64,
        /// Smallest allowed.
        min_m: f64,
        /// Largest allowed.
        max_m: f64,
    },
    /// The id is used by an earlier feature.
    DuplicateId {
        /// Index of the earlier feature.
        first_index: usize,
    },
    /// The fence's area is not plausible for a store.
    ImplausibleArea {
        /// Area found, square metres.
        area_m2: f64,
        /// Smallest allowed.
        min_m2: f64,
        /// Largest allowed.
        max_m2: f64,
    },
    /// The time zone is not an IANA time zone name.
    InvalidTimeZone(String),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ring_name = |part: usize, ring: usize| {
            let r = if ring == 0 {
                "exterior ring".to_owned()
            } else {
                format!("hole {ring}")
            };
            if part == 0 {
                r
            } else {
                format!("polygon {part} {r}")
            }
        };
        match self {
            Self::MissingField(field) => write!(f, "missing required field `{field}`"),
            Self::BadField { field, reason } => write!(f, "field `{field}` {reason}"),
            Self::UnsupportedGeometry(kind) => write!(
                f,
                "geometry type {kind:?} is not supported (use Polygon, MultiPolygon, or Point with radius_m)"
            ),
            Self::NotFinite { part, ring, vertex } => write!(
                f,
                "{} vertex {vertex}: coordinates must be finite numbers",
                ring_name(*part, *ring)
            ),
            Self::CoordinateOutOfRange {
                part,
                ring,
                vertex,
                lon,
                lat,
            } => write!(
                f,
                "{} vertex {vertex}: [{lon}, {lat}] is out of range (longitude must be within [-180, 180], latitude within [-90, 90]; GeoJSON order is [lon, lat])",
                ring_name(*part, *ring)
            ),
            Self::RingNotClosed { part, ring } => write!(
                f,
                "{} is not closed: its last position must repeat its first",
                ring_name(*part, *ring)
            ),
            Self::RingTooShort {
                part,
                ring,
                positions,
            } => write!(
                f,
                "{} has {positions} distinct positions; a ring needs at least 3 plus the closing position",
                ring_name(*part, *ring)
            ),
            Self::SelfIntersection {
                part,
                ring,
                edge_a,
                edge_b,
            } => write!(
                f,
                "{} intersects itself: edge {edge_a} crosses or touches edge {edge_b}",
                ring_name(*part, *ring)
            ),
            Self::HoleOutsideShell { part, ring } => write!(
                f,
                "{} is not inside the exterior ring",
                ring_name(*part, *ring)
            ),
            Self::HolesOverlap {
                part,
                ring_a,
                ring_b,
            } => write!(f, "{} overlaps hole {ring_b}", ring_name(*part, *ring_a)),
            Self::RingEncirclesPole { part, ring } => write!(
                f,
                "{} wraps around the globe; a store fence cannot encircle a pole",
                ring_name(*part, *ring)
            ),
            Self::TooManyVertices { count, limit } => {
                write!(f, "has {count} vertices; the limit is {limit}")
            }
            Self::RadiusOutOfBounds {
                radius_m,
                min_m,
                max_m,
            } => write!(
                f,
                "radius_m {radius_m} is out of bounds: it must be within [{min_m}, {max_m}] metres"
            ),
            Self::DuplicateId { first_index } => {
                write!(f, "duplicate id: feature {first_index} already uses it")
            }
            Self::ImplausibleArea {
                area_m2,
                min_m2,
                max_m2,
            } => {
                // As many decimals as it takes for the area not to read as
                // the bound it misses ("9.6", not "10", below 10).
                let bound = if area_m2 < min_m2 { *min_m2 } else { *max_m2 };
                let mut decimals = 0;
                while decimals < 17
                    && format!("{area_m2:.decimals$}") == format!("{bound:.decimals$}")
                {
                    decimals += 1;
                }
                // The bounds as configured, never rounded: "at least 12.5",
                // not "13", when the operator set 12.5.
                write!(
                    f,
                    "area {area_m2:.decimals$} m² is implausible for a store fence (allowed: {min_m2} to {max_m2} m²)"
                )
            }
            Self::InvalidTimeZone(name) => write!(
                f,
                "time zone {name:?} is not an IANA time zone name (for example \"Europe/Paris\")"
            ),
        }
    }
}

/// One problem of one feature, located in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct FeatureError {
    /// Position of the feature in the file: 0-based index into `features`
    /// for GeoJSON, 0-based data row for CSV.
    pub index: usize,
    /// 1-based line in a CSV file (counting the header), `None` for GeoJSON.
    pub line: Option<u64>,
    /// The feature's id, when it has a readable one.
    pub id: Option<String>,
    /// What is wrong.
    pub problem: Problem,
}

impl fmt::Display for FeatureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            // The row as a spreadsheet numbers it: the header is row 1.
            Some(line) => write!(f, "row {} (line {line})", self.index + 2)?,
            None => write!(f, "feature {}", self.index)?,
        }
        if let Some(id) = &self.id {
            write!(f, " (id {id:?})")?;
        }
        write!(f, ": {}", self.problem)
    }
}

/// Why a fence file was rejected.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FenceFileError {
    /// The file is not well-formed JSON or CSV.
    #[error("line {line}, column {column}: {message}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column (0 when unknown).
        column: usize,
        /// The parser's message.
        message: String,
    },
    /// The file is well-formed but not the expected structure.
    #[error("{0}")]
    Structure(String),
    /// One or more features are invalid; nothing from the file was accepted.
    #[error("{}", render_invalid(.0))]
    Invalid(Vec<FeatureError>),
}

fn render_invalid(errors: &[FeatureError]) -> String {
    let mut s = format!(
        "{} problem{} found; nothing was accepted:",
        errors.len(),
        if errors.len() == 1 { "" } else { "s" }
    );
    for e in errors {
        s.push_str("\n  ");
        s.push_str(&e.to_string());
    }
    s
}

impl FenceFileError {
    /// The per-feature problems, empty for syntax and structure errors.
    #[must_use]
    pub fn feature_errors(&self) -> &[FeatureError] {
        match self {
            Self::Invalid(errors) => errors,
            _ => &[],
        }
    }
}
