//! Deterministic datasets for Perimeter's benchmarks.
//!
//! Everything is derived from a seed, so two runs (or two machines) measure
//! the same fences and pings. The shapes mimic real store fences: clustered
//! in cities (a dense downtown core and a uniform spread), 20-300 m across, 4-64 vertices, some circles and MultiPolygons,
//! and pings of which about half fall near a store and half elsewhere in the
//! same cities.

use perimeter_fences::{
    Fence, FenceCatalog, RawFence, RawGeometry, ValidationLimits, validate_fence,
};
use perimeter_model::Position;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Metres per degree of latitude.
const M_PER_DEG: f64 = 111_195.0;

/// A city: centre and radius in metres.
#[derive(Debug, Clone, Copy)]
pub struct City {
    /// Latitude of the centre.
    pub lat: f64,
    /// Longitude of the centre.
    pub lon: f64,
    /// Radius of the built-up area, metres.
    pub radius_m: f64,
}

/// Fences and pings generated from one seed.
#[derive(Debug, Clone)]
pub struct Dataset {
    /// The cities the stores are in.
    pub cities: Vec<City>,
    /// The validated catalog.
    pub catalog: FenceCatalog,
    /// Store centres, one per fence, with the fence's rough radius in metres.
    pub store_centres: Vec<(f64, f64, f64)>,
}

impl Dataset {
    /// Generates `n_fences` fences in `max(1, n_fences / 2000)` cities.
    #[must_use]
    pub fn generate(seed: u64, n_fences: usize) -> Self {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let n_cities = (n_fences / 2_000).clamp(1, 500);
        let cities: Vec<City> = (0..n_cities)
            .map(|_| City {
                lat: rng.random_range(-45.0..60.0),
                lon: rng.random_range(-180.0..180.0),
                radius_m: rng.random_range(5_000.0..20_000.0),
            })
            .collect();
        let limits = ValidationLimits::default();
        let mut fences: Vec<Fence> = Vec::with_capacity(n_fences);
        let mut store_centres = Vec::with_capacity(n_fences);
        let mut id = 0usize;
        while fences.len() < n_fences {
            let city = cities[rng.random_range(0..cities.len())];
            // 30% of stores in a downtown core (a fifth of the city's
            // radius), the rest spread uniformly over the city's disk.
            let u: f64 = rng.random_range(0.0..1.0);
            let reach = if rng.random_bool(0.3) {
                city.radius_m / 5.0
            } else {
                city.radius_m
            };
            let (lat, lon) = offset(&mut rng, city.lat, city.lon, reach * u.sqrt());
            let across: f64 = rng.random_range(20.0..300.0);
            let r = across / 2.0;
            let kind: f64 = rng.random_range(0.0..1.0);
            let geometry = if kind < 0.2 {
                RawGeometry::Circle {
                    centre: [lon, lat],
                    radius_m: Some(r.max(5.0)),
                }
            } else if kind < 0.9 {
                let n = rng.random_range(4..=64);
                RawGeometry::Polygon(vec![star(&mut rng, lat, lon, r, n)])
            } else {
                let n = rng.random_range(4..=32);
                let (lat2, lon2) = offset(&mut rng, lat, lon, across * 1.5);
                RawGeometry::MultiPolygon(vec![
                    vec![star(&mut rng, lat, lon, r * 0.6, n)],
                    vec![star(&mut rng, lat2, lon2, r * 0.6, n)],
                ])
            };
            id += 1;
            let raw = RawFence {
                dwell_s: Some(300.0),
                tags: vec!["retail".into()],
                ..RawFence::new(
                    format!("fence-{id:07}"),
                    format!("store-{id:07}"),
                    format!("Store {id}"),
                    "UTC",
                    geometry,
                )
            };
            // A random star can (rarely) come out implausibly small; skip it.
            if let Ok(f) = validate_fence(raw, &limits) {
                fences.push(f);
                store_centres.push((lat, lon, r));
            }
        }
        let catalog = FenceCatalog::new(fences).unwrap_or_default();
        Self {
            cities,
            catalog,
            store_centres,
        }
    }

    /// `n` pings: about half within 1.5 fence radii of a random store, the
    /// rest uniformly spread over a random city.
    #[must_use]
    pub fn pings(&self, seed: u64, n: usize) -> Vec<Position> {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut out = Vec::with_capacity(n);
        while out.len() < n {
            let (lat, lon) = if rng.random_bool(0.5) && !self.store_centres.is_empty() {
                let (lat, lon, r) =
                    self.store_centres[rng.random_range(0..self.store_centres.len())];
                let d = r * 1.5 * rng.random_range(0.0f64..1.0).sqrt();
                offset(&mut rng, lat, lon, d)
            } else {
                let c = self.cities[rng.random_range(0..self.cities.len())];
                let d = c.radius_m * rng.random_range(0.0f64..1.0).sqrt();
                offset(&mut rng, c.lat, c.lon, d)
            };
            if let Ok(p) = Position::new(lat, lon) {
                out.push(p);
            }
        }
        out
    }
}

/// A point `dist_m` metres from (lat, lon) in a random direction.
fn offset(rng: &mut ChaCha8Rng, lat: f64, lon: f64, dist_m: f64) -> (f64, f64) {
    let bearing: f64 = rng.random_range(0.0..std::f64::consts::TAU);
    let dlat = dist_m * bearing.cos() / M_PER_DEG;
    let dlon = dist_m * bearing.sin() / (M_PER_DEG * lat.to_radians().cos());
    let mut lon = lon + dlon;
    if lon > 180.0 {
        lon -= 360.0;
    } else if lon < -180.0 {
        lon += 360.0;
    }
    ((lat + dlat).clamp(-89.9, 89.9), lon)
}

/// A star-shaped (hence simple) ring of `n` vertices around (lat, lon).
fn star(rng: &mut ChaCha8Rng, lat: f64, lon: f64, r_m: f64, n: usize) -> Vec<[f64; 2]> {
    let step = std::f64::consts::TAU / n as f64;
    let mut ring: Vec<[f64; 2]> = (0..n)
        .map(|i| {
            let a = step * (i as f64 + rng.random_range(0.0..0.8));
            let k = rng.random_range(0.6..1.0) * r_m;
            let x = lon + k * a.cos() / (M_PER_DEG * lat.to_radians().cos());
            let y = lat + k * a.sin() / M_PER_DEG;
            [x, y]
        })
        .collect();
    let first = ring[0];
    ring.push(first);
    ring
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generation_is_deterministic_and_sized() {
        let a = Dataset::generate(7, 500);
        let b = Dataset::generate(7, 500);
        assert_eq!(a.catalog.len(), 500);
        assert_eq!(a.catalog, b.catalog);
        assert_eq!(a.pings(1, 1000), b.pings(1, 1000));
    }
}
