//! Fences: the store geofences Perimeter matches pings against.

use std::time::Duration;

use geo::{BoundingRect, MultiPolygon, Polygon, Rect};
use perimeter_model::{FenceId, Position, StoreId, Timestamp};

use crate::hours::OpeningHours;

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

impl Fence {
    /// Whether the fence is active at `t`: inside its validity window
    /// (`from` inclusive, `until` exclusive), always when it has none.
    #[must_use]
    pub fn is_active_at(&self, t: Timestamp) -> bool {
        self.validity.contains(t)
    }

    /// The names (as in an upload file) of the fields in which `other`
    /// differs from this fence: `geometry`, `store_id`, `name`, `dwell_s`,
    /// `tags`, `timezone`, `opening_hours`, `validity`.
    #[must_use]
    pub fn changed_fields(&self, other: &Self) -> Vec<&'static str> {
        [
            ("geometry", self.geometry != other.geometry),
            ("store_id", self.store_id != other.store_id),
            ("name", self.name != other.name),
            ("dwell_s", self.dwell != other.dwell),
            ("tags", self.tags != other.tags),
            ("timezone", self.time_zone != other.time_zone),
            ("opening_hours", self.opening_hours != other.opening_hours),
            ("validity", self.validity != other.validity),
        ]
        .into_iter()
        .filter_map(|(name, differs)| differs.then_some(name))
        .collect()
    }

    /// Whether the store is open at `t` by its opening hours, read on the
    /// wall clock of its own time zone (daylight saving included); always
    /// when it published none. See [`OpeningHours`] for their meaning.
    #[must_use]
    pub fn is_open_at(&self, t: Timestamp) -> bool {
        self.opening_hours
            .as_ref()
            .is_none_or(|h| h.is_open_at(t, self.time_zone))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(millis: i64) -> Timestamp {
        Timestamp::from_millis(millis).unwrap()
    }

    fn fence(hours: Option<&str>, validity: Validity, time_zone: chrono_tz::Tz) -> Fence {
        Fence {
            id: FenceId::new("f").unwrap(),
            store_id: StoreId::new("s").unwrap(),
            name: "Store".into(),
            geometry: FenceGeometry::Circle {
                centre: Position::new(48.85, 2.35).unwrap(),
                radius_m: 50.0,
            },
            dwell: DEFAULT_DWELL,
            tags: Vec::new(),
            time_zone,
            opening_hours: hours.map(|h| OpeningHours::parse(h).unwrap()),
            validity,
        }
    }

    #[test]
    fn fence_is_active_inside_its_validity_window_only() {
        let window = Validity {
            from: Some(ts(1_000)),
            until: Some(ts(2_000)),
        };
        let f = fence(None, window, chrono_tz::UTC);
        assert!(!f.is_active_at(ts(999)));
        assert!(f.is_active_at(ts(1_000)) && f.is_active_at(ts(1_999)));
        assert!(!f.is_active_at(ts(2_000)), "until is exclusive");

        let always = fence(None, Validity::default(), chrono_tz::UTC);
        assert!(always.is_active_at(Timestamp::EPOCH) && always.is_active_at(Timestamp::MAX));
    }

    #[test]
    fn fence_is_open_by_its_hours_in_its_own_time_zone() {
        // 2026-03-02 is a Monday; 08:30Z is 09:30 in Paris and 17:30 in Tokyo.
        let monday_0830z = ts(1_772_440_200_000);
        let paris = fence(
            Some("Mo 09:00-10:00"),
            Validity::default(),
            chrono_tz::Europe::Paris,
        );
        let tokyo = fence(
            Some("Mo 09:00-10:00"),
            Validity::default(),
            chrono_tz::Asia::Tokyo,
        );
        assert!(paris.is_open_at(monday_0830z));
        assert!(!tokyo.is_open_at(monday_0830z));
        let no_hours = fence(None, Validity::default(), chrono_tz::Asia::Tokyo);
        assert!(
            no_hours.is_open_at(monday_0830z),
            "no opening hours: always open"
        );
        let never = fence(Some("off"), Validity::default(), chrono_tz::Asia::Tokyo);
        assert!(!never.is_open_at(monday_0830z));
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
