//! Fences: the store geofences Perimeter matches pings against.

use std::fmt;
use std::time::Duration;

use geo::{BoundingRect, MultiPolygon, Polygon, Rect};
use perimeter_model::{FenceId, Position, StoreId, Timestamp};

/// Dwell threshold when a fence does not set one.
pub const DEFAULT_DWELL: Duration = Duration::from_secs(300);

/// The shape of a fence.
///
/// Polygon coordinates are `x = longitude`, `y = latitude`, in degrees. Rings
/// that cross the antimeridian are stored *unwrapped*: longitudes are made
/// continuous (a ring from 179.9 to -179.9 is stored as 179.9 to 180.1), and
/// the whole geometry is shifted so its westernmost longitude lies in
/// [-180, 180). Containment is then tested at a point's longitude and, for
/// geometries reaching east of 180, also at longitude + 360 (see
/// [`crate::contains`]).
#[derive(Debug, Clone, PartialEq)]
pub enum FenceGeometry {
    /// One polygon, possibly with holes.
    Polygon(Polygon<f64>),
    /// Several polygons (for example a store with two separate buildings).
    MultiPolygon(MultiPolygon<f64>),
    /// A circle on the sphere: every point within `radius_m` (haversine) of `centre`.
    Circle {
        /// Centre of the circle.
        centre: Position,
        /// Radius in metres, within [5 m, 50 km].
        radius_m: f64,
    },
}

impl FenceGeometry {
    /// Bounding box in (unwrapped) lon/lat degrees; `min.x` lies in
    /// [-180, 180), `max.x` may exceed 180. For circles the box is
    /// conservative: it contains every point of the circle.
    #[must_use]
    pub fn bounding_rect(&self) -> Rect<f64> {
        match self {
            Self::Polygon(p) => p
                .bounding_rect()
                .unwrap_or_else(|| Rect::new((0.0, 0.0), (0.0, 0.0))),
            Self::MultiPolygon(mp) => mp
                .bounding_rect()
                .unwrap_or_else(|| Rect::new((0.0, 0.0), (0.0, 0.0))),
            Self::Circle { centre, radius_m } => circle_bounding_rect(*centre, *radius_m),
        }
    }

    /// Number of polygon vertices (0 for circles).
    #[must_use]
    pub fn vertex_count(&self) -> usize {
        let ring_count = |p: &Polygon<f64>| {
            p.exterior().0.len() + p.interiors().iter().map(|r| r.0.len()).sum::<usize>()
        };
        match self {
            Self::Polygon(p) => ring_count(p),
            Self::MultiPolygon(mp) => mp.0.iter().map(ring_count).sum(),
            Self::Circle { .. } => 0,
        }
    }
}

/// A conservative lon/lat bounding box of a spherical circle: pads the exact
/// extent by 1e-7 degrees (about a centimetre) against rounding, and spans all
/// longitudes when the circle reaches a pole.
pub(crate) fn circle_bounding_rect(centre: Position, radius_m: f64) -> Rect<f64> {
    const PAD: f64 = 1e-7;
    let ang = radius_m / Position::EARTH_RADIUS_M; // angular radius, radians
    let dlat = ang.to_degrees() + PAD;
    let (lat, lon) = (centre.lat(), centre.lon());
    let min_lat = (lat - dlat).max(-90.0);
    let max_lat = (lat + dlat).min(90.0);
    let cos_lat = lat.to_radians().cos();
    let full = (max_lat >= 90.0 - 1e-9) || (min_lat <= -90.0 + 1e-9) || ang.sin() >= cos_lat;
    let (min_lon, max_lon) = if full {
        (-180.0, 180.0)
    } else {
        let dlon = (ang.sin() / cos_lat).asin().to_degrees() + PAD;
        (lon - dlon, lon + dlon)
    };
    // Keep the west edge in [-180, 180) like polygons: shift east if needed.
    let (min_lon, max_lon) = if min_lon < -180.0 && !full {
        (min_lon + 360.0, max_lon + 360.0)
    } else {
        (min_lon, max_lon)
    };
    Rect::new((min_lon, min_lat), (max_lon, max_lat))
}

/// Store opening hours: for each weekday (Monday first), the open intervals in
/// minutes since local midnight, `[start, end)`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OpeningHours {
    days: [Vec<(u16, u16)>; 7],
}

/// An opening-hours string that could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid opening hours {text:?}: {reason}")]
pub struct InvalidOpeningHours {
    /// The text given.
    pub text: String,
    /// What is wrong with it.
    pub reason: String,
}

const DAY_NAMES: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

impl OpeningHours {
    /// Parses rules like `Mo-Fr 09:00-20:00; Sa 10:00-18:00,19:00-22:00`.
    /// Days are `Mo Tu We Th Fr Sa Su`, as single days, ranges (`Mo-Fr`) or
    /// lists (`Mo,We`); times are `HH:MM-HH:MM` with `24:00` allowed as an end.
    /// Days not mentioned are closed.
    ///
    /// # Errors
    /// [`InvalidOpeningHours`] naming the rule that could not be read.
    pub fn parse(text: &str) -> Result<Self, InvalidOpeningHours> {
        let err = |reason: String| InvalidOpeningHours {
            text: text.to_owned(),
            reason,
        };
        let mut hours = Self::default();
        for rule in text.split(';').map(str::trim).filter(|r| !r.is_empty()) {
            let (days, times) = rule
                .split_once(' ')
                .ok_or_else(|| err(format!("rule {rule:?} needs days and times")))?;
            let mut selected = [false; 7];
            for part in days.split(',') {
                let day = |s: &str| {
                    DAY_NAMES
                        .iter()
                        .position(|d| *d == s)
                        .ok_or_else(|| err(format!("unknown day {s:?} (use Mo Tu We Th Fr Sa Su)")))
                };
                if let Some((a, b)) = part.split_once('-') {
                    let (a, b) = (day(a)?, day(b)?);
                    if a > b {
                        return Err(err(format!("day range {part:?} runs backwards")));
                    }
                    selected[a..=b].iter_mut().for_each(|s| *s = true);
                } else {
                    selected[day(part)?] = true;
                }
            }
            let mut intervals = Vec::new();
            for span in times.trim().split(',') {
                let (a, b) = span
                    .split_once('-')
                    .ok_or_else(|| err(format!("time span {span:?} must be HH:MM-HH:MM")))?;
                let (a, b) = (parse_hhmm(a, false), parse_hhmm(b, true));
                match (a, b) {
                    (Some(a), Some(b)) if a < b => intervals.push((a, b)),
                    (Some(_), Some(_)) => {
                        return Err(err(format!("time span {span:?} must end after it starts")));
                    }
                    _ => return Err(err(format!("time span {span:?} must be HH:MM-HH:MM"))),
                }
            }
            for (d, on) in selected.iter().enumerate() {
                if *on {
                    hours.days[d].extend_from_slice(&intervals);
                    hours.days[d].sort_unstable();
                }
            }
        }
        Ok(hours)
    }

    /// Whether the store is open on `weekday` (0 = Monday) at `minute` since midnight.
    #[must_use]
    pub fn is_open(&self, weekday: usize, minute: u16) -> bool {
        self.days
            .get(weekday)
            .is_some_and(|d| d.iter().any(|&(a, b)| a <= minute && minute < b))
    }
}

fn parse_hhmm(s: &str, allow_24: bool) -> Option<u16> {
    let (h, m) = s.trim().split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    match (h, m) {
        (24, 0) if allow_24 => Some(1440),
        (0..=23, 0..=59) => Some(h * 60 + m),
        _ => None,
    }
}

impl fmt::Display for OpeningHours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for (d, spans) in self.days.iter().enumerate() {
            if spans.is_empty() {
                continue;
            }
            if !first {
                f.write_str("; ")?;
            }
            first = false;
            write!(f, "{} ", DAY_NAMES[d])?;
            for (i, (a, b)) in spans.iter().enumerate() {
                if i > 0 {
                    f.write_str(",")?;
                }
                write!(f, "{:02}:{:02}-{:02}:{:02}", a / 60, a % 60, b / 60, b % 60)?;
            }
        }
        Ok(())
    }
}

/// When a fence is active. Both ends are optional; `from` is inclusive,
/// `until` exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Validity {
    /// First instant the fence is active.
    pub from: Option<Timestamp>,
    /// First instant the fence is no longer active.
    pub until: Option<Timestamp>,
}

impl Validity {
    /// Whether the window includes `t`.
    #[must_use]
    pub fn contains(&self, t: Timestamp) -> bool {
        self.from.is_none_or(|f| f <= t) && self.until.is_none_or(|u| t < u)
    }
}

/// One store geofence, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Fence {
    /// Unique id within the catalog.
    pub id: FenceId,
    /// The store it belongs to.
    pub store_id: StoreId,
    /// Human-readable name shown to store staff.
    pub name: String,
    /// The shape.
    pub geometry: FenceGeometry,
    /// How long a user must stay inside before DWELL.
    pub dwell: Duration,
    /// Free-form tags campaigns can select on (`grocery`, `flagship`, ...).
    pub tags: Vec<String>,
    /// The store's IANA time zone, for opening hours and campaign schedules.
    pub time_zone: chrono_tz::Tz,
    /// Opening hours, if the store published them.
    pub opening_hours: Option<OpeningHours>,
    /// When the fence is active.
    pub validity: Validity,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_hours_parse_ranges_lists_and_24() {
        let h = OpeningHours::parse("Mo-Fr 09:00-20:00; Sa,Su 10:00-12:00,13:00-24:00").unwrap();
        assert!(h.is_open(0, 9 * 60));
        assert!(!h.is_open(0, 20 * 60));
        assert!(h.is_open(6, 23 * 60 + 59));
        assert!(!h.is_open(5, 12 * 60 + 30));
        assert_eq!(
            h.to_string(),
            "Mo 09:00-20:00; Tu 09:00-20:00; We 09:00-20:00; Th 09:00-20:00; Fr 09:00-20:00; \
             Sa 10:00-12:00,13:00-24:00; Su 10:00-12:00,13:00-24:00"
        );
    }

    #[test]
    fn opening_hours_errors_name_the_rule() {
        let e = OpeningHours::parse("Mo-Xx 09:00-10:00").unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid opening hours \"Mo-Xx 09:00-10:00\": unknown day \"Xx\" (use Mo Tu We Th Fr Sa Su)"
        );
        let e = OpeningHours::parse("Mo 10:00-09:00").unwrap_err();
        assert!(e.reason.contains("must end after it starts"), "{e}");
        assert!(OpeningHours::parse("Mo 9-10").is_err());
    }

    #[test]
    fn circle_box_contains_circle_and_spans_pole() {
        let c = Position::new(89.9999, 10.0).unwrap();
        let r = circle_bounding_rect(c, 100.0);
        assert_eq!((r.min().x, r.max().x), (-180.0, 180.0));
        let c = Position::new(0.0, 179.9999).unwrap();
        let r = circle_bounding_rect(c, 1000.0);
        assert!(r.min().x >= -180.0 && r.min().x < 180.0 && r.max().x > 180.0);
    }
}
