//! Validated coordinates and accuracy.

use std::fmt;

/// Why a latitude/longitude pair was rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PositionError {
    /// Latitude or longitude is NaN or infinite.
    NotFinite,
    /// Latitude is outside [-90, 90].
    LatitudeOutOfRange,
    /// Longitude is outside [-180, 180].
    LongitudeOutOfRange,
}

impl fmt::Display for PositionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::NotFinite => "coordinates must be finite numbers",
            Self::LatitudeOutOfRange => "latitude must be within [-90, 90]",
            Self::LongitudeOutOfRange => "longitude must be within [-180, 180]",
        })
    }
}

/// A latitude/longitude pair that could not become a [`Position`].
#[derive(Debug, Clone, Copy, PartialEq, thiserror::Error)]
#[error("invalid position (lat {lat}, lon {lon}): {reason}")]
pub struct InvalidPosition {
    /// The latitude given, in degrees.
    pub lat: f64,
    /// The longitude given, in degrees.
    pub lon: f64,
    /// What is wrong with it.
    pub reason: PositionError,
}

/// A point on the WGS84 ellipsoid in degrees: latitude in [-90, 90],
/// longitude in [-180, 180], both finite.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Position {
    lat: f64,
    lon: f64,
}

impl Position {
    /// Validates and builds a position from degrees.
    ///
    /// # Errors
    /// [`InvalidPosition`] when a coordinate is not finite or out of range.
    pub fn new(lat: f64, lon: f64) -> Result<Self, InvalidPosition> {
        let reason = if !lat.is_finite() || !lon.is_finite() {
            Some(PositionError::NotFinite)
        } else if !(-90.0..=90.0).contains(&lat) {
            Some(PositionError::LatitudeOutOfRange)
        } else if !(-180.0..=180.0).contains(&lon) {
            Some(PositionError::LongitudeOutOfRange)
        } else {
            None
        };
        match reason {
            Some(reason) => Err(InvalidPosition { lat, lon, reason }),
            None => Ok(Self { lat, lon }),
        }
    }

    /// Latitude in degrees.
    #[must_use]
    pub const fn lat(self) -> f64 {
        self.lat
    }

    /// Longitude in degrees.
    #[must_use]
    pub const fn lon(self) -> f64 {
        self.lon
    }

    /// Great-circle distance in metres (haversine on a sphere of
    /// [`EARTH_RADIUS_M`](Self::EARTH_RADIUS_M)).
    #[must_use]
    pub fn haversine_m(self, other: Self) -> f64 {
        haversine_m(self.lat, self.lon, other.lat, other.lon)
    }

    /// Mean Earth radius in metres used by every distance in Perimeter.
    pub const EARTH_RADIUS_M: f64 = 6_371_008.8;
}

/// Great-circle distance in metres between two latitude/longitude pairs in
/// degrees (haversine on a sphere of [`Position::EARTH_RADIUS_M`]). The one
/// formula every distance in Perimeter uses, so that a circle fence's edge is
/// the same everywhere; longitudes need not be normalised.
#[must_use]
pub fn haversine_m(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * Position::EARTH_RADIUS_M * a.sqrt().min(1.0).asin()
}

/// An accuracy value that could not become an [`Accuracy`].
#[derive(Debug, Clone, Copy, PartialEq, thiserror::Error)]
#[error("invalid accuracy {value} m: {reason}")]
pub struct InvalidAccuracy {
    /// The value given, in metres.
    pub value: f64,
    /// What is wrong with it.
    pub reason: &'static str,
}

/// Horizontal accuracy of a fix in metres (radius of the ~68% confidence
/// circle, as mobile platforms report it): finite, non-negative and at most
/// [`Accuracy::MAX_M`].
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Accuracy(f64);

impl Accuracy {
    /// Anything coarser than this is not a location fix worth processing.
    pub const MAX_M: f64 = 100_000.0;

    /// Validates an accuracy in metres.
    ///
    /// # Errors
    /// [`InvalidAccuracy`] for NaN, infinite, negative or absurdly large values.
    pub fn new(metres: f64) -> Result<Self, InvalidAccuracy> {
        let reason = if !metres.is_finite() {
            "must be a finite number"
        } else if metres < 0.0 {
            "must not be negative"
        } else if metres > Self::MAX_M {
            "is larger than 100 km"
        } else {
            return Ok(Self(metres));
        };
        Err(InvalidAccuracy {
            value: metres,
            reason,
        })
    }

    /// The accuracy in metres.
    #[must_use]
    pub const fn metres(self) -> f64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_non_finite_and_out_of_range_coordinates() {
        for (lat, lon, reason) in [
            (f64::NAN, 0.0, PositionError::NotFinite),
            (0.0, f64::INFINITY, PositionError::NotFinite),
            (90.000_001, 0.0, PositionError::LatitudeOutOfRange),
            (-91.0, 0.0, PositionError::LatitudeOutOfRange),
            (0.0, 180.5, PositionError::LongitudeOutOfRange),
        ] {
            let err = Position::new(lat, lon).unwrap_err();
            assert_eq!(err.reason, reason);
        }
        assert!(Position::new(90.0, -180.0).is_ok());
    }

    #[test]
    fn error_message_names_the_bad_value() {
        let err = Position::new(95.0, 10.0).unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid position (lat 95, lon 10): latitude must be within [-90, 90]"
        );
    }

    #[test]
    fn haversine_matches_known_distance() {
        // Paris Notre-Dame to the Eiffel Tower: about 4.1 km.
        let a = Position::new(48.853, 2.3499).unwrap();
        let b = Position::new(48.8584, 2.2945).unwrap();
        let d = a.haversine_m(b);
        assert!((4_000.0..4_200.0).contains(&d), "{d}");
        assert!(a.haversine_m(a).abs() < 1e-9);
    }

    #[test]
    fn accuracy_rejects_negative_nan_and_absurd() {
        assert!(Accuracy::new(-1.0).is_err());
        assert!(Accuracy::new(f64::NAN).is_err());
        assert!(Accuracy::new(1e9).is_err());
        assert_eq!(Accuracy::new(12.5).unwrap().metres(), 12.5);
    }
}
