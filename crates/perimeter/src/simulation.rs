//! Simulated shoppers walking through the city of the sample fences.
//!
//! Time is simulated: every user pings on a schedule in simulated time,
//! which the shared [`Clock`] advances faster than the wall clock, so a
//! 20-second demo covers about 20 minutes of shopping (at the default speed
//! of 60). Everything random comes from one seed.

use std::time::Duration;

use perimeter_fences::{FenceCatalog, FenceGeometry};
use perimeter_model::{
    Accuracy, ConsentRecord, ConsentUpdate, Ping, Position, Purpose, Purposes, Timestamp, UserId,
};
use perimeter_stream::Clock;
use perimeter_wire::{encode_consent, encode_ping};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Metres per degree of latitude.
const M_PER_DEG: f64 = 111_320.0;
/// Walking speed, metres per second.
const WALK_MPS: f64 = 1.3;
/// One ping every this many simulated seconds (plus jitter).
const PING_EVERY_S: f64 = 30.0;
/// One ping in this many is deliberately malformed, to show the DLQ.
const MALFORMED_ONE_IN: u32 = 400;

/// A store's location, for walking to it.
struct Store {
    lat: f64,
    lon: f64,
    /// How close to the centre a visitor stays, metres.
    stay_radius_m: f64,
}

/// What a user consented to at the start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentKind {
    /// Location and offers.
    Both,
    /// Location only: events, no offers.
    LocationOnly,
    /// Nothing: their pings are dropped at the gate.
    None,
    /// Both at first, then revokes location mid-walk.
    Revoker,
}

enum Activity {
    Walking,
    Staying { until_ms: i64 },
    Silent { until_ms: i64 },
}

struct User {
    id: UserId,
    lat: f64,
    lon: f64,
    target: usize,
    activity: Activity,
    next_ping_ms: i64,
    consent: ConsentKind,
    revoke_at_ms: Option<i64>,
}

/// A record for the demo to produce.
pub struct Record {
    /// Destination: pings or consent.
    pub topic: RecordTopic,
    /// Record key.
    pub key: Option<Vec<u8>>,
    /// Record value.
    pub value: Vec<u8>,
}

/// Where a [`Record`] goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordTopic {
    /// The pings topic.
    Pings,
    /// The consent topic.
    Consent,
}

/// The simulated population.
pub struct Simulation {
    rng: ChaCha8Rng,
    stores: Vec<Store>,
    users: Vec<User>,
}

fn centre_of(geometry: &FenceGeometry) -> (f64, f64, f64) {
    match geometry {
        FenceGeometry::Circle { centre, radius_m } => (centre.lat(), centre.lon(), *radius_m),
        FenceGeometry::Polygon(p) => {
            let ring = p.exterior();
            let n = ring.0.len().saturating_sub(1).max(1);
            let (mut lat, mut lon) = (0.0, 0.0);
            for c in ring.0.iter().take(n) {
                lat += c.y;
                lon += c.x;
            }
            #[allow(clippy::cast_precision_loss, reason = "a handful of vertices")]
            let n = n as f64;
            (lat / n, lon / n, 20.0)
        }
        FenceGeometry::MultiPolygon(mp) => mp.0.first().map_or((0.0, 0.0, 0.0), |p| {
            let c = p.exterior().0.first().map_or((0.0, 0.0), |c| (c.y, c.x));
            (c.0, c.1, 10.0)
        }),
    }
}

fn distance_m(a: (f64, f64), b: (f64, f64)) -> f64 {
    let dy = (b.0 - a.0) * M_PER_DEG;
    let dx = (b.1 - a.1) * M_PER_DEG * a.0.to_radians().cos();
    dx.hypot(dy)
}

fn offset(lat: f64, lon: f64, east_m: f64, north_m: f64) -> (f64, f64) {
    (
        lat + north_m / M_PER_DEG,
        lon + east_m / (M_PER_DEG * lat.to_radians().cos()),
    )
}

fn ms(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

impl Simulation {
    /// `users` shoppers near the catalog's stores, starting at `start`;
    /// revokers revoke location within `span` of simulated time.
    pub fn new(
        seed: u64,
        users: usize,
        catalog: &FenceCatalog,
        start: Timestamp,
        span: Duration,
    ) -> Self {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let stores: Vec<Store> = catalog
            .fences()
            .iter()
            .map(|f| {
                let (lat, lon, r) = centre_of(&f.geometry);
                Store {
                    lat,
                    lon,
                    stay_radius_m: (r * 0.4).clamp(3.0, 12.0),
                }
            })
            .collect();
        let start_ms = start.as_millis();
        let users = (0..users)
            .filter_map(|i| {
                let id = UserId::new(&format!("user-{i:05}")).ok()?;
                let target = rng.random_range(0..stores.len().max(1));
                let store = stores.get(target)?;
                let angle = rng.random_range(0.0..std::f64::consts::TAU);
                let dist = rng.random_range(120.0..450.0);
                let (lat, lon) =
                    offset(store.lat, store.lon, dist * angle.cos(), dist * angle.sin());
                let roll: f64 = rng.random();
                let consent = if roll < 0.55 {
                    ConsentKind::Both
                } else if roll < 0.75 {
                    ConsentKind::LocationOnly
                } else if roll < 0.90 {
                    ConsentKind::None
                } else {
                    ConsentKind::Revoker
                };
                let span_ms = ms(span).max(1);
                let revoke_at_ms = (consent == ConsentKind::Revoker)
                    .then(|| start_ms + rng.random_range(span_ms / 4..=span_ms * 3 / 5));
                Some(User {
                    id,
                    lat,
                    lon,
                    target,
                    activity: Activity::Walking,
                    next_ping_ms: start_ms + rng.random_range(0..30_000),
                    consent,
                    revoke_at_ms,
                })
            })
            .collect();
        Self { rng, stores, users }
    }

    /// How many users of each consent kind.
    pub fn consent_mix(&self) -> [(ConsentKind, usize); 4] {
        let count = |k| self.users.iter().filter(|u| u.consent == k).count();
        [
            (ConsentKind::Both, count(ConsentKind::Both)),
            (ConsentKind::LocationOnly, count(ConsentKind::LocationOnly)),
            (ConsentKind::None, count(ConsentKind::None)),
            (ConsentKind::Revoker, count(ConsentKind::Revoker)),
        ]
    }

    /// The initial consent records (users with no consent get none at all:
    /// default deny).
    pub fn initial_consent(&self, at: Timestamp) -> Vec<Record> {
        self.users
            .iter()
            .filter_map(|u| {
                let purposes = match u.consent {
                    ConsentKind::Both | ConsentKind::Revoker => {
                        Purposes::NONE.with(Purpose::Location).with(Purpose::Offers)
                    }
                    ConsentKind::LocationOnly => Purposes::NONE.with(Purpose::Location),
                    ConsentKind::None => return None,
                };
                Some(consent_record(&u.id, purposes, 1, at))
            })
            .collect()
    }

    /// Advances every user whose next ping is due by `now` and returns the
    /// records to produce: pings (some malformed) and revocations.
    pub fn step(&mut self, clock: &Clock) -> Vec<Record> {
        let now = clock.now().as_millis();
        let mut out = Vec::new();
        for i in 0..self.users.len() {
            if let Some(at) = self.users[i].revoke_at_ms
                && at <= now
            {
                self.users[i].revoke_at_ms = None;
                if let Ok(t) = Timestamp::from_millis(at) {
                    out.push(consent_record(
                        &self.users[i].id,
                        Purposes::NONE.with(Purpose::Offers),
                        2,
                        t,
                    ));
                }
            }
            while self.users[i].next_ping_ms <= now {
                if let Some(r) = self.advance(i) {
                    out.push(r);
                }
            }
        }
        out
    }

    /// Moves user `i` to its next ping time and returns that ping, if the
    /// user is not silent.
    fn advance(&mut self, i: usize) -> Option<Record> {
        let rng = &mut self.rng;
        let dt_s = PING_EVERY_S + rng.random_range(-5.0..5.0);
        let u = &mut self.users[i];
        let t = u.next_ping_ms;
        #[allow(clippy::cast_possible_truncation, reason = "seconds to ms, small")]
        {
            u.next_ping_ms += (dt_s * 1000.0) as i64;
        }
        let store = &self.stores[u.target];
        let mut silent = false;
        match u.activity {
            Activity::Walking => {
                let d = distance_m((u.lat, u.lon), (store.lat, store.lon));
                let step = WALK_MPS * dt_s;
                if d <= step {
                    let (lat, lon) = offset(store.lat, store.lon, 0.0, 0.0);
                    u.lat = lat;
                    u.lon = lon;
                    let stay_ms = rng.random_range(6 * 60_000..12 * 60_000);
                    // One visitor in twelve goes silent in the store (phone
                    // off): the visit ends by timeout.
                    u.activity = if rng.random_range(0..12) == 0 {
                        Activity::Silent {
                            until_ms: t + 14 * 60_000,
                        }
                    } else {
                        Activity::Staying {
                            until_ms: t + stay_ms,
                        }
                    };
                } else {
                    let f = step / d;
                    u.lat += (store.lat - u.lat) * f;
                    u.lon += (store.lon - u.lon) * f;
                }
            }
            Activity::Staying { until_ms } | Activity::Silent { until_ms } => {
                silent = matches!(u.activity, Activity::Silent { .. });
                let r = store.stay_radius_m;
                let (lat, lon) = offset(
                    store.lat,
                    store.lon,
                    rng.random_range(-r..r),
                    rng.random_range(-r..r),
                );
                u.lat = lat;
                u.lon = lon;
                if t >= until_ms {
                    // Next: one of the stores nearest to this one.
                    let here = (store.lat, store.lon);
                    let mut near: Vec<(f64, usize)> = self
                        .stores
                        .iter()
                        .enumerate()
                        .filter(|(j, _)| *j != u.target)
                        .map(|(j, s)| (distance_m(here, (s.lat, s.lon)), j))
                        .collect();
                    near.sort_by(|a, b| a.0.total_cmp(&b.0));
                    let pick = rng.random_range(0..near.len().clamp(1, 3));
                    if let Some(&(_, j)) = near.get(pick) {
                        u.target = j;
                    }
                    u.activity = Activity::Walking;
                    silent = false;
                }
            }
        }
        if silent {
            return None;
        }
        let roll: f64 = rng.random();
        let accuracy = if roll < 0.8 {
            rng.random_range(4.0..18.0)
        } else if roll < 0.95 {
            rng.random_range(18.0..45.0)
        } else {
            rng.random_range(60.0..150.0)
        };
        let angle = rng.random_range(0.0..std::f64::consts::TAU);
        let err = accuracy * 0.5 * rng.random::<f64>();
        let (lat, lon) = offset(u.lat, u.lon, err * angle.cos(), err * angle.sin());
        let key = u.id.as_str().as_bytes().to_vec();
        if rng.random_range(0..MALFORMED_ONE_IN) == 0 {
            let value = match rng.random_range(0..3) {
                0 => b"\xff\xff this is not a ping".to_vec(),
                // A ping whose key names another user.
                1 => ping_bytes(&UserId::new("someone-else").ok()?, lat, lon, accuracy, t)?,
                // Latitude out of range: written by hand, the model refuses it.
                _ => bad_latitude_ping(&u.id, t),
            };
            return Some(Record {
                topic: RecordTopic::Pings,
                key: Some(key),
                value,
            });
        }
        Some(Record {
            topic: RecordTopic::Pings,
            key: Some(key),
            value: ping_bytes(&u.id, lat, lon, accuracy, t)?,
        })
    }
}

fn ping_bytes(user: &UserId, lat: f64, lon: f64, accuracy: f64, t: i64) -> Option<Vec<u8>> {
    Some(encode_ping(&Ping {
        user_id: user.clone(),
        position: Position::new(lat, lon).ok()?,
        accuracy: Accuracy::new(accuracy).ok()?,
        timestamp: Timestamp::from_millis(t).ok()?,
    }))
}

/// A protobuf ping with latitude 123: valid bytes, invalid coordinates.
fn bad_latitude_ping(user: &UserId, t: i64) -> Vec<u8> {
    use prost::Message as _;
    perimeter_wire::proto::Ping {
        user_id: user.as_str().to_owned(),
        lat: Some(123.0),
        lon: Some(13.4),
        accuracy_m: Some(10.0),
        timestamp_ms: Some(t),
    }
    .encode_to_vec()
}

fn consent_record(user: &UserId, purposes: Purposes, version: u64, at: Timestamp) -> Record {
    Record {
        topic: RecordTopic::Consent,
        key: Some(user.as_str().as_bytes().to_vec()),
        value: encode_consent(&ConsentUpdate::Set(ConsentRecord {
            user_id: user.clone(),
            purposes,
            blocked_categories: Vec::new(),
            max_offers_per_day: None,
            quiet_hours: None,
            time_zone: "Europe/Berlin".into(),
            version,
            updated_at: at,
        })),
    }
}
