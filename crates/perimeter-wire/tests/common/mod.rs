//! Seeded proptest strategies for every model type that crosses a topic.

#![allow(
    dead_code,
    reason = "each test binary uses a different subset of the strategies"
)]

use std::time::Duration;

use perimeter_fences::{Fence, RawFence, RawGeometry, ValidationLimits, validate_fence};
use perimeter_model::{
    Accuracy, CampaignId, Category, ConsentRecord, ConsentUpdate, EraseRequest, EventId, EventKind,
    ExitReason, FenceId, GeofenceEvent, H3Cell, LocalTime, OfferId, OfferTrigger, Ping, Position,
    Purpose, Purposes, QuietHours, StoreId, SuppressionReason, Timestamp, TriggerId, UserId,
    VisitId,
};
use perimeter_wire::{DlqEntry, DlqReason, SuppressionAudit};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, RngSeed};

/// Deterministic proptest configuration: a failure replays with the same seed.
pub fn config(cases: u32) -> Config {
    Config {
        cases,
        rng_algorithm: RngAlgorithm::ChaCha,
        rng_seed: RngSeed::Fixed(0x0057_1e00_0000_0001),
        failure_persistence: None,
        ..Config::default()
    }
}

/// Valid id text: printable, no whitespace, sometimes non-ASCII, up to the
/// 128-byte limit.
pub fn id_text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-zA-Z0-9_.:-]{1,24}",
        1 => "[a-zé€😀-]{1,32}",
        1 => "[a-z]{128}",
    ]
}

pub fn user_id() -> impl Strategy<Value = UserId> {
    id_text().prop_map(|s| UserId::new(&s).unwrap())
}
pub fn fence_id() -> impl Strategy<Value = FenceId> {
    id_text().prop_map(|s| FenceId::new(&s).unwrap())
}
pub fn store_id() -> impl Strategy<Value = StoreId> {
    id_text().prop_map(|s| StoreId::new(&s).unwrap())
}
pub fn campaign_id() -> impl Strategy<Value = CampaignId> {
    id_text().prop_map(|s| CampaignId::new(&s).unwrap())
}
pub fn category() -> impl Strategy<Value = Category> {
    id_text().prop_map(|s| Category::new(&s).unwrap())
}

/// Any valid timestamp, with the bounds themselves over-represented.
pub fn timestamp() -> impl Strategy<Value = Timestamp> {
    prop_oneof![
        8 => 0..=Timestamp::MAX.as_millis(),
        1 => Just(0),
        1 => Just(Timestamp::MAX.as_millis()),
    ]
    .prop_map(|ms| Timestamp::from_millis(ms).unwrap())
}

fn degrees(limit: f64) -> impl Strategy<Value = f64> {
    prop_oneof![
        8 => -limit..=limit,
        1 => Just(limit),
        1 => Just(-limit),
        1 => Just(0.0),
        1 => Just(-0.0),
    ]
}

pub fn position() -> impl Strategy<Value = Position> {
    (degrees(90.0), degrees(180.0)).prop_map(|(lat, lon)| Position::new(lat, lon).unwrap())
}

pub fn accuracy() -> impl Strategy<Value = Accuracy> {
    prop_oneof![
        8 => 0.0..=Accuracy::MAX_M,
        1 => Just(0.0),
        1 => Just(Accuracy::MAX_M),
    ]
    .prop_map(|m| Accuracy::new(m).unwrap())
}

pub fn ping() -> impl Strategy<Value = Ping> {
    (user_id(), position(), accuracy(), timestamp()).prop_map(
        |(user_id, position, accuracy, timestamp)| Ping {
            user_id,
            position,
            accuracy,
            timestamp,
        },
    )
}

fn local_time() -> impl Strategy<Value = LocalTime> {
    (0u32..24, 0u32..60).prop_map(|(h, m)| LocalTime::new(h, m).unwrap())
}

pub fn consent_update() -> impl Strategy<Value = ConsentUpdate> {
    let set = (
        user_id(),
        any::<(bool, bool)>(),
        prop::collection::vec(category(), 0..4),
        any::<Option<u32>>(),
        prop::option::of((local_time(), local_time())),
        // Any text: the ledger, not the wire, checks time zones.
        prop_oneof![Just("Europe/Paris".to_owned()), ".{0,20}"],
        any::<u64>(),
        timestamp(),
    )
        .prop_map(
            |(user_id, (location, offers), blocked, max, quiet, tz, version, updated_at)| {
                let mut purposes = Purposes::NONE;
                if location {
                    purposes = purposes.with(Purpose::Location);
                }
                if offers {
                    purposes = purposes.with(Purpose::Offers);
                }
                ConsentUpdate::Set(ConsentRecord {
                    user_id,
                    purposes,
                    blocked_categories: blocked,
                    max_offers_per_day: max,
                    quiet_hours: quiet.map(|(start, end)| QuietHours { start, end }),
                    time_zone: tz,
                    version,
                    updated_at,
                })
            },
        );
    let erase = (user_id(), any::<u64>(), timestamp()).prop_map(|(user_id, version, at)| {
        ConsentUpdate::Erase(EraseRequest {
            user_id,
            version,
            requested_at: at,
        })
    });
    prop_oneof![3 => set, 1 => erase]
}

pub fn event_kind() -> impl Strategy<Value = EventKind> {
    prop_oneof![
        Just(EventKind::Enter),
        Just(EventKind::Dwell),
        prop::sample::select(ExitReason::ALL.to_vec()).prop_map(EventKind::Exit),
    ]
}

pub fn event() -> impl Strategy<Value = GeofenceEvent> {
    (
        (
            any::<u128>(),
            event_kind(),
            user_id(),
            fence_id(),
            store_id(),
        ),
        (any::<u128>(), timestamp(), timestamp(), timestamp()),
        (
            prop::option::of(accuracy()),
            prop::option::of(prop_oneof![
                -1e7..1e7,
                Just(0.0),
                Just(-0.0),
                Just(f64::MAX)
            ]),
            prop::option::of(any::<u64>().prop_map(Duration::from_millis)),
            prop::option::of(h3_cell()),
        ),
    )
        .prop_map(
            |(
                (id, kind, user_id, fence_id, store_id),
                (visit, visit_start, event_time, processing_time),
                (accuracy, distance_to_edge_m, duration, h3_cell),
            )| GeofenceEvent {
                id: EventId(id),
                kind,
                user_id,
                fence_id,
                store_id,
                visit_id: VisitId(visit),
                visit_start,
                event_time,
                processing_time,
                accuracy,
                distance_to_edge_m,
                duration,
                h3_cell,
            },
        )
}

/// A valid H3 cell of any resolution, anywhere on Earth.
pub fn h3_cell() -> impl Strategy<Value = H3Cell> {
    (-90.0..=90.0f64, -180.0..180.0f64, 0u8..=15).prop_map(|(lat, lon, res)| {
        let ll = h3o::LatLng::new(lat, lon).expect("in range");
        let res = h3o::Resolution::try_from(res).expect("0 to 15");
        H3Cell(u64::from(ll.to_cell(res)))
    })
}

pub fn trigger() -> impl Strategy<Value = OfferTrigger> {
    (
        (any::<u128>(), user_id(), campaign_id(), category()),
        (id_text(), ".{0,40}", ".{0,200}"),
        (store_id(), fence_id(), any::<u128>(), any::<u64>()),
        (timestamp(), timestamp()),
    )
        .prop_map(
            |(
                (id, user_id, campaign_id, category),
                (offer, sender, message),
                (store_id, fence_id, event, consent_version),
                (created_at, expires_at),
            )| OfferTrigger {
                id: TriggerId(id),
                user_id,
                campaign_id,
                offer_id: OfferId::new(&offer).unwrap(),
                category,
                sender,
                message,
                store_id,
                fence_id,
                event_id: EventId(event),
                consent_version,
                created_at,
                expires_at,
            },
        )
}

pub fn suppression() -> impl Strategy<Value = SuppressionAudit> {
    (
        (
            any::<u128>(),
            event_kind(),
            user_id(),
            fence_id(),
            store_id(),
        ),
        (
            prop::option::of(campaign_id()),
            prop::sample::select(SuppressionReason::ALL.to_vec()),
            timestamp(),
        ),
    )
        .prop_map(
            |(
                (event, event_kind, user_id, fence_id, store_id),
                (campaign_id, reason, decided_at),
            )| {
                SuppressionAudit {
                    event_id: EventId(event),
                    event_kind,
                    user_id,
                    fence_id,
                    store_id,
                    campaign_id,
                    reason,
                    decided_at,
                }
            },
        )
}

pub fn dlq_entry() -> impl Strategy<Value = DlqEntry> {
    (
        (".{0,30}", any::<i32>(), any::<i64>()),
        (
            prop::option::of(prop::collection::vec(any::<u8>(), 0..40)),
            prop::option::of(prop::collection::vec(any::<u8>(), 0..200)),
        ),
        (
            prop::sample::select(DlqReason::ALL.to_vec()),
            ".{0,80}",
            timestamp(),
            any::<Option<i64>>(),
        ),
    )
        .prop_map(
            |((topic, partition, offset), (key, value), (reason, detail, rejected_at, ts))| {
                DlqEntry {
                    topic,
                    partition,
                    offset,
                    key,
                    value,
                    reason,
                    detail,
                    rejected_at,
                    record_timestamp_ms: ts,
                }
            },
        )
}

const ZONES: [&str; 5] = [
    "Europe/Paris",
    "America/New_York",
    "Asia/Tokyo",
    "UTC",
    "Pacific/Auckland",
];

const HOURS: [&str; 7] = [
    "Mo-Fr 09:00-20:00; Sa 10:00-18:00",
    "Mo,We 08:00-12:00,13:00-24:00",
    "Su 00:00-24:00",
    "Mo-Sa 09:00-20:00; Sa 10:00-14:00",
    "Th-Sa 18:00-02:00; Su off",
    "24/7; Su off",
    "off",
];

const METRES_PER_DEGREE: f64 = 111_320.0;

/// A star-shaped ring around (lat, lon): vertices at even angles and radii
/// between half and all of `radius_m`, closed, longitudes wrapped into
/// [-180, 180] as a file would carry them.
fn star_ring(lat: f64, lon: f64, radius_m: f64, radii: &[f64]) -> Vec<[f64; 2]> {
    let n = radii.len();
    let mut ring: Vec<[f64; 2]> = radii
        .iter()
        .enumerate()
        .map(|(i, f)| {
            #[allow(clippy::cast_precision_loss, reason = "a dozen vertices")]
            let angle = std::f64::consts::TAU * i as f64 / n as f64;
            let r = radius_m * f;
            let dlat = r * angle.sin() / METRES_PER_DEGREE;
            let dlon = r * angle.cos() / (METRES_PER_DEGREE * lat.to_radians().cos());
            let mut x = lon + dlon;
            if x > 180.0 {
                x -= 360.0;
            } else if x < -180.0 {
                x += 360.0;
            }
            [x, lat + dlat]
        })
        .collect();
    ring.push(ring[0]);
    ring
}

fn polygon_rings(
    lat: f64,
    lon: f64,
    radius_m: f64,
    radii: &[f64],
    hole: bool,
) -> Vec<Vec<[f64; 2]>> {
    let mut rings = vec![star_ring(lat, lon, radius_m, radii)];
    if hole {
        // Inside the shell: every shell edge is at least
        // 0.5 * radius * cos(pi / 4) > 0.35 * radius from the centre.
        rings.push(star_ring(lat, lon, radius_m * 0.2, &[1.0; 6]));
    }
    rings
}

/// A fence as an upload would produce it: raw features that pass
/// `validate_fence`. Fences near the antimeridian are over-represented.
pub fn fence() -> impl Strategy<Value = Fence> {
    let centre = (
        -70.0..70.0f64,
        prop_oneof![3 => -180.0..180.0f64, 1 => 179.99..180.0f64, 1 => -180.0..-179.99f64],
    );
    let geometry = (
        0..3u8,
        20.0..1000.0f64,
        5.0..50_000.0f64,
        prop::collection::vec(0.5..1.0f64, 4..12),
        any::<bool>(),
    );
    let attributes = (
        (id_text(), id_text(), "[A-Za-z0-9 ]{0,30}[A-Za-z]"),
        prop::option::of(prop_oneof![0.0..86_400.0f64, Just(300.0), Just(0.0)]),
        prop::collection::vec("[a-z]{1,10}", 0..4),
        (
            prop::sample::select(ZONES.to_vec()),
            prop::option::of(prop::sample::select(HOURS.to_vec())),
        ),
        (
            prop::option::of(0..Timestamp::MAX.as_millis() / 2),
            prop::option::of(Timestamp::MAX.as_millis() / 2..=Timestamp::MAX.as_millis()),
        ),
    );
    (centre, geometry, attributes).prop_filter_map(
        "generated fence must validate",
        |((lat, lon), (kind, poly_r, circle_r, radii, hole), attrs)| {
            let ((id, store, name), dwell_s, tags, (tz, hours), (from, until)) = attrs;
            let geometry = match kind {
                0 => RawGeometry::Circle {
                    centre: [lon, lat],
                    radius_m: Some(circle_r),
                },
                1 => RawGeometry::Polygon(polygon_rings(lat, lon, poly_r, &radii, hole)),
                _ => {
                    // A second part 3 radii north: disjoint from the first.
                    let lat2 = lat + 3.0 * poly_r / METRES_PER_DEGREE;
                    RawGeometry::MultiPolygon(vec![
                        polygon_rings(lat, lon, poly_r, &radii, hole),
                        polygon_rings(lat2, lon, poly_r, &radii[..4], false),
                    ])
                }
            };
            let rfc = |ms: i64| {
                chrono::DateTime::from_timestamp_millis(ms)
                    .unwrap()
                    .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
            };
            let raw = RawFence {
                id: Some(id),
                store_id: Some(store),
                name: Some(name),
                geometry,
                dwell_s,
                tags,
                time_zone: Some(tz.to_owned()),
                opening_hours: hours.map(str::to_owned),
                valid_from: from.map(rfc),
                valid_until: until.map(rfc),
                problems: Vec::new(),
            };
            validate_fence(raw, &ValidationLimits::default()).ok()
        },
    )
}
