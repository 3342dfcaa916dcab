//! Writes the seed corpora of the fuzz targets into `fuzz/corpus/<target>/`:
//! valid and nearly valid inputs built with Perimeter's own encoders (so the
//! protobuf seeds match the current schema) and hand-written text files.
//!
//! ```sh
//! cd fuzz && cargo run --release --example write_seeds
//! ```
//!
//! Files are named by content, so re-running only adds what changed.
//! Builds uninstrumented (in `fuzz/target/release`), separately from the
//! fuzz targets.

use std::path::{Path, PathBuf};
use std::time::Duration;

use perimeter_engine::state::{Erasure, PartitionClock, encode_marker, encode_user};
use perimeter_fences::{FenceFormat, ValidationLimits, parse_fences};
use perimeter_model::{
    Accuracy, CampaignId, Category, ConsentRecord, ConsentUpdate, EraseRequest, EventId, FenceId,
    LocalTime, OfferId, OfferTrigger, Ping, Position, Purpose, Purposes, QuietHours, StoreId,
    Timestamp, TriggerId, UserId, VisitId,
};
use perimeter_offers::CapsHistory;
use perimeter_presence::{NearbyFence, PresenceConfig, PresenceTracker};
use perimeter_wire::{
    decode_user_state, encode_consent, encode_fence, encode_ping, encode_ping_json,
    encode_user_state, proto,
};
use prost::Message;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

const SAMPLE_FENCES: &str = include_str!("../../deploy/samples/fences.geojson");
const SAMPLE_CAMPAIGNS: &str = include_str!("../../deploy/samples/campaigns.toml");

fn main() -> Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut written = 0;
    for (target, seeds) in [
        ("ping_proto", ping_proto()?),
        ("ping_json", ping_json()?),
        ("fence_geojson", fence_geojson()),
        ("fence_csv", fence_csv()),
        ("fence_record", fence_record()?),
        ("consent_record", consent_record()?),
        ("state_record", state_record()?),
        ("campaigns", campaigns()),
    ] {
        let dir = root.join(target);
        std::fs::create_dir_all(&dir)?;
        for (name, bytes) in seeds {
            let path: PathBuf = dir.join(format!("{name}-{:016x}", fnv1a(&bytes)));
            if !path.exists() {
                std::fs::write(&path, &bytes)?;
                written += 1;
            }
        }
    }
    eprintln!("wrote {written} new seed files under {}", root.display());
    Ok(())
}

/// A stable content hash for file names (FNV-1a, 64 bits).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn pings() -> Result<Vec<(&'static str, Ping)>> {
    let ping = |user: &str, lat: f64, lon: f64, accuracy: f64, ms: i64| -> Result<Ping> {
        Ok(Ping {
            user_id: UserId::new(user)?,
            position: Position::new(lat, lon)?,
            accuracy: Accuracy::new(accuracy)?,
            timestamp: Timestamp::from_millis(ms)?,
        })
    };
    Ok(vec![
        (
            "berlin",
            ping("u-0001", 52.519_321, 13.405_344, 12.5, 1_714_035_600_000)?,
        ),
        ("north-east", ping("u", 90.0, 180.0, 0.0, 0)?),
        (
            "south-west",
            ping(
                "ü-😀",
                -90.0,
                -180.0,
                Accuracy::MAX_M,
                Timestamp::MAX.as_millis(),
            )?,
        ),
        (
            "negative-zero",
            ping(&"x".repeat(128), -0.0, -0.0, 5e-324, 1)?,
        ),
    ])
}

fn ping_proto() -> Result<Vec<(&'static str, Vec<u8>)>> {
    let mut seeds: Vec<_> = pings()?
        .into_iter()
        .map(|(name, p)| (name, encode_ping(&p)))
        .collect();
    // Missing fields, out-of-range values and an unknown field: the decoder's
    // rejection paths.
    seeds.push((
        "missing-fields",
        proto::Ping {
            user_id: "u-0002".into(),
            lat: Some(48.85),
            lon: None,
            accuracy_m: None,
            timestamp_ms: Some(1_714_035_600_000),
        }
        .encode_to_vec(),
    ));
    seeds.push((
        "out-of-range",
        proto::Ping {
            user_id: "u 3".into(),
            lat: Some(f64::NAN),
            lon: Some(180.000_001),
            accuracy_m: Some(-1.0),
            timestamp_ms: Some(-1),
        }
        .encode_to_vec(),
    ));
    let mut unknown = encode_ping(&pings()?[0].1);
    // Field 15, varint 1: a field this schema does not know.
    unknown.extend_from_slice(&[0x78, 0x01]);
    seeds.push(("unknown-field", unknown));
    Ok(seeds)
}

fn ping_json() -> Result<Vec<(&'static str, Vec<u8>)>> {
    let mut seeds: Vec<_> = pings()?
        .into_iter()
        .map(|(name, p)| (name, encode_ping_json(&p)))
        .collect();
    for (name, text) in [
        (
            "spaced",
            " {\n \"timestamp_ms\" : 1714035600000, \"accuracy_m\": 1.25e1,\n \"lon\": 2.2945, \"lat\": 4.88584E1, \"user_id\": \"u\\u00e9\" }\n",
        ),
        (
            "null-member",
            r#"{"user_id":"u1","lat":null,"lon":2.2945,"accuracy_m":12.5,"timestamp_ms":1714035600000}"#,
        ),
        (
            "unknown-member",
            r#"{"user_id":"u1","lat":48.8584,"lon":2.2945,"accuracy_m":12.5,"timestamp_ms":1714035600000,"speed":3}"#,
        ),
        (
            "float-timestamp",
            r#"{"user_id":"u1","lat":48.8584,"lon":2.2945,"accuracy_m":12.5,"timestamp_ms":1.7e12}"#,
        ),
    ] {
        seeds.push((name, text.as_bytes().to_vec()));
    }
    Ok(seeds)
}

/// Hand-made GeoJSON covering each geometry and optional property.
const SHAPES_GEOJSON: &str = r#"{"type": "FeatureCollection", "features": [
{"type": "Feature", "id": "with-hole",
 "properties": {"store_id": "s1", "name": "Courtyard", "timezone": "Europe/Paris", "dwell_s": 60,
   "tags": ["grocery", "organic"], "opening_hours": "Mo-Fr 09:00-20:00; Sa 10:00-18:00,19:00-24:00",
   "valid_from": "2026-01-01T00:00:00+01:00", "valid_until": "2026-12-31T23:59:59.5Z"},
 "geometry": {"type": "Polygon", "coordinates": [
   [[2.350, 48.850], [2.352, 48.850], [2.352, 48.852], [2.350, 48.852], [2.350, 48.850]],
   [[2.3505, 48.8505], [2.3505, 48.8515], [2.3515, 48.8515], [2.3515, 48.8505], [2.3505, 48.8505]]]}},
{"type": "Feature", "id": "two-buildings",
 "properties": {"store_id": "s2", "name": "Mall", "timezone": "America/St_Johns", "tags": []},
 "geometry": {"type": "MultiPolygon", "coordinates": [
   [[[-52.71, 47.56], [-52.709, 47.56], [-52.709, 47.561], [-52.71, 47.56]]],
   [[[-52.70, 47.56], [-52.699, 47.56], [-52.699, 47.561], [-52.70, 47.561], [-52.70, 47.56]]]]}},
{"type": "Feature", "id": "antimeridian",
 "properties": {"store_id": "s3", "name": "Date line kiosk", "timezone": "Pacific/Fiji", "tags": ["kiosk"]},
 "geometry": {"type": "Polygon", "coordinates": [
   [[179.9995, -16.5], [-179.9995, -16.5], [-179.9995, -16.499], [179.9995, -16.499], [179.9995, -16.5]]]}},
{"type": "Feature",
 "properties": {"id": "pole-circle", "store_id": "s4", "name": "Station", "timezone": "Antarctica/McMurdo",
   "radius_m": 50000, "dwell_s": 86400},
 "geometry": {"type": "Point", "coordinates": [0, -89.9]}},
{"type": "Feature", "id": "small-circle",
 "properties": {"store_id": "s4", "name": "Booth", "timezone": "UTC", "radius_m": 5},
 "geometry": {"type": "Point", "coordinates": [-180, 0]}}
]}"#;

/// Every problem the validator reports, in one rejected file.
const BAD_GEOJSON: &str = r#"{"type": "FeatureCollection", "features": [
{"type": "Feature", "id": "open-ring", "properties": {"store_id": "s", "name": "n", "timezone": "Europe/Pariss"},
 "geometry": {"type": "Polygon", "coordinates": [[[2.35, 48.85], [2.36, 48.85], [2.36, 92]]]}},
{"type": "Feature", "id": "bow-tie", "properties": {"store_id": "s", "name": "n", "timezone": "UTC", "dwell_s": "5"},
 "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [0.001, 0.001], [0.001, 0], [0, 0.001], [0, 0]]]}},
{"type": "Feature", "id": "bow-tie", "properties": {"store_id": "s", "name": "n", "timezone": "UTC", "radius_m": 2},
 "geometry": {"type": "Point", "coordinates": [1, 1]}},
{"type": "Feature", "properties": {}, "geometry": null}
]}"#;

fn fence_geojson() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("sample-berlin", SAMPLE_FENCES.as_bytes().to_vec()),
        ("shapes", SHAPES_GEOJSON.as_bytes().to_vec()),
        ("invalid", BAD_GEOJSON.as_bytes().to_vec()),
        (
            "empty",
            br#"{"type":"FeatureCollection","features":[]}"#.to_vec(),
        ),
    ]
}

fn fence_csv() -> Vec<(&'static str, Vec<u8>)> {
    [
        (
            "basic",
            "store_id,name,lat,lon,radius_m,dwell_s,tags,timezone\n\
             store-0001,Rivoli,48.8505,2.3505,60,240,grocery|organic,Europe/Paris\n\
             store-0002,\"Station, north\",48.8440,2.3730,40,,,Europe/Paris\n",
        ),
        (
            "all-columns",
            "ID,Store_Id,name,lat,lon,radius_m,dwell_s,tags,timezone,opening_hours,valid_from,valid_until\r\n\
             f-1,s-1,\"Kiosk \"\"Nord\"\"\",-33.8688,151.2093,5,0,coffee;news,Australia/Sydney,Mo-Su 00:00-24:00,2026-01-01T00:00:00Z,2027-01-01T00:00:00+11:00\r\n\
             f-2,s-1,Kiosk Süd,-33.87,151.21,50000,86400,,Australia/Sydney,,,\r\n",
        ),
        (
            "invalid",
            "store_id,name,lat,lon,radius_m,dwell_s,tags,timezone,colour\n\
             s,n,91,181,4,-1,,Mars/Base,red\n\
             s,n,x,2,10\n",
        ),
    ]
    .into_iter()
    .map(|(name, text)| (name, text.as_bytes().to_vec()))
    .collect()
}

fn fence_record() -> Result<Vec<(&'static str, Vec<u8>)>> {
    let limits = ValidationLimits::default();
    let shapes = parse_fences(SHAPES_GEOJSON, FenceFormat::GeoJson, &limits)?;
    // Named by fence id (the catalog does not keep the file's order).
    let ids = [
        "with-hole",
        "two-buildings",
        "antimeridian",
        "pole-circle",
        "small-circle",
    ];
    let mut seeds: Vec<_> = shapes
        .fences()
        .iter()
        .filter_map(|f| {
            let name = ids.into_iter().find(|id| *id == f.id.as_str())?;
            Some((name, encode_fence(f, 42)))
        })
        .collect();
    let sample = parse_fences(SAMPLE_FENCES, FenceFormat::GeoJson, &limits)?;
    if let Some(f) = sample.fences().first() {
        seeds.push(("sample-first", encode_fence(f, u64::MAX)));
    }
    seeds.push((
        "no-geometry",
        proto::FenceRecord {
            fence: Some(proto::Fence {
                id: "f".into(),
                valid_from_ms: Some(-1),
                valid_until_ms: Some(i64::MAX),
                ..proto::Fence::default()
            }),
            catalog_version: 1,
        }
        .encode_to_vec(),
    ));
    Ok(seeds)
}

fn consent_record() -> Result<Vec<(&'static str, Vec<u8>)>> {
    let record = ConsentRecord {
        user_id: UserId::new("u-0001")?,
        purposes: Purposes::NONE.with(Purpose::Location).with(Purpose::Offers),
        blocked_categories: vec![Category::new("alcohol")?, Category::new("Gambling")?],
        max_offers_per_day: Some(2),
        quiet_hours: Some(QuietHours {
            start: LocalTime::new(22, 30)?,
            end: LocalTime::new(7, 0)?,
        }),
        time_zone: "Europe/Berlin".into(),
        version: 3,
        updated_at: Timestamp::from_millis(1_714_035_600_000)?,
    };
    let location_only = ConsentRecord {
        purposes: Purposes::NONE.with(Purpose::Location),
        blocked_categories: Vec::new(),
        max_offers_per_day: None,
        quiet_hours: None,
        time_zone: "Europe/Berlinn".into(),
        version: u64::MAX,
        ..record.clone()
    };
    let erase = EraseRequest {
        user_id: UserId::new("u-0001")?,
        version: 4,
        requested_at: Timestamp::MAX,
    };
    Ok(vec![
        ("set", encode_consent(&ConsentUpdate::Set(record))),
        (
            "set-bad-zone",
            encode_consent(&ConsentUpdate::Set(location_only)),
        ),
        ("erase", encode_consent(&ConsentUpdate::Erase(erase))),
        (
            "unknown-purpose",
            proto::ConsentUpdate {
                update: Some(proto::consent_update::Update::Set(proto::ConsentRecord {
                    user_id: "u".into(),
                    purposes: vec![0, 1, 7, -3],
                    quiet_hours: Some(proto::QuietHours {
                        start_minute: 1440,
                        end_minute: 0,
                    }),
                    ..proto::ConsentRecord::default()
                })),
            }
            .encode_to_vec(),
        ),
    ])
}

fn state_record() -> Result<Vec<(&'static str, Vec<u8>)>> {
    let user = UserId::new("fuzz-user")?;
    let t0 = Timestamp::from_millis(1_714_035_600_000)?;
    let mut tracker = PresenceTracker::new(PresenceConfig::default())?;
    let nearby = |id: &str, inside: bool| -> Result<NearbyFence> {
        Ok(NearbyFence {
            fence_id: FenceId::new(id)?,
            store_id: StoreId::new("store-0001")?,
            dwell_threshold: Duration::from_secs(60),
            inside,
            distance_to_edge_m: if inside { -40.0 } else { 40.0 },
        })
    };
    let mut trackers = Vec::new();
    for (minutes, fences) in [
        (0, vec![nearby("fence-a", true)?, nearby("fence-b", true)?]),
        (2, vec![nearby("fence-a", true)?, nearby("fence-b", false)?]),
    ] {
        let ping = Ping {
            user_id: user.clone(),
            position: Position::new(52.5, 13.4)?,
            accuracy: Accuracy::new(5.0)?,
            timestamp: t0.saturating_add(Duration::from_secs(60 * minutes)),
        };
        let _ = tracker.update(&ping, &fences, Timestamp::EPOCH, ping.timestamp);
        let mut copy = PresenceTracker::new(PresenceConfig::default())?;
        copy.restore(
            user.clone(),
            tracker.snapshot(&user).ok_or("no presence state")?,
        )?;
        trackers.push(copy);
    }
    let no_presence = PresenceTracker::new(PresenceConfig::default())?;

    let retention = Duration::from_secs(48 * 3600);
    let mut caps = CapsHistory::new(retention);
    for (n, campaign) in ["coffee", "grocery-weekend"].into_iter().enumerate() {
        let campaign_id = CampaignId::new(campaign)?;
        let created_at = t0.saturating_add(Duration::from_secs(600 * n as u64));
        caps.record(
            &OfferTrigger {
                id: TriggerId::derive(EventId(n as u128), &campaign_id),
                user_id: user.clone(),
                campaign_id,
                offer_id: OfferId::new("offer")?,
                category: Category::new("food")?,
                sender: "Sender".into(),
                message: "Message".into(),
                store_id: StoreId::new("store-0001")?,
                fence_id: FenceId::new("fence-a")?,
                event_id: EventId(n as u128),
                consent_version: 1,
                created_at,
                expires_at: created_at.saturating_add(Duration::from_secs(3600)),
            },
            VisitId(7 + n as u128),
        );
    }
    let no_caps = CapsHistory::new(retention);
    let erasure = Erasure {
        version: 4,
        at: t0.saturating_sub(Duration::from_secs(86_400)),
    };

    let mut seeds = Vec::new();
    for (name, presence, caps, erasure) in [
        ("presence-two-visits", &trackers[0], &no_caps, None),
        ("presence-exiting", &trackers[1], &no_caps, None),
        ("caps-only", &no_presence, &caps, None),
        ("both", &trackers[1], &caps, None),
        ("erased", &no_presence, &no_caps, Some(&erasure)),
        ("all-parts", &trackers[1], &caps, Some(&erasure)),
    ] {
        let record = encode_user(presence, caps, erasure, &user).ok_or("no record")?;
        seeds.push((name, record));
    }
    let all = encode_user(&trackers[1], &caps, Some(&erasure), &user).ok_or("no record")?;
    // A newer build's record: fields this schema does not know, at the top
    // and inside each visit (field 15, varint 1; field 16, bytes "new").
    let unknown: &[u8] = &[0x78, 0x01, 0x82, 0x01, 0x03, b'n', b'e', b'w'];
    let mut newer = decode_user_state(&all)?;
    let mut presence_bytes = Vec::new();
    if let Some(p) = newer.presence.take() {
        proto::user_state::Presence {
            visits: Vec::new(),
            ..p.clone()
        }
        .encode(&mut presence_bytes)?;
        for v in &p.visits {
            let mut visit = v.encode_to_vec();
            visit.extend_from_slice(unknown);
            prost::encoding::bytes::encode(2, &visit, &mut presence_bytes);
        }
    }
    let mut bytes = Vec::new();
    prost::encoding::bytes::encode(1, &presence_bytes, &mut bytes);
    bytes.extend_from_slice(&encode_user_state(&newer));
    bytes.extend_from_slice(unknown);
    seeds.push(("newer-fields", bytes));
    // Parts the conversion refuses (a fence id with a space, a visit id of
    // 3 bytes) and a state the tracker refuses (a visit that starts after
    // the latest ping).
    let mut refused = decode_user_state(&all)?;
    if let Some(p) = refused.presence.as_mut() {
        p.visits[0].fence_id = "fence a".into();
    }
    if let Some(c) = refused.caps.as_mut() {
        c.offers[0].visit_id = vec![1, 2, 3];
    }
    seeds.push(("unconvertible-parts", encode_user_state(&refused)));
    let mut inconsistent = decode_user_state(&all)?;
    if let Some(p) = inconsistent.presence.as_mut() {
        p.visits[0].entered_at_ms = p.last_ping_ms + 1;
    }
    seeds.push(("visit-after-last-ping", encode_user_state(&inconsistent)));
    seeds.push((
        "partition-marker",
        encode_marker(&PartitionClock {
            max_event_time: Some(t0),
            last_arrival: t0.saturating_add(Duration::from_millis(250)),
            last_sweep: t0.saturating_sub(Duration::from_secs(31)),
            last_prune: t0.saturating_sub(Duration::from_secs(600)),
            expired_through: t0,
        }),
    ));
    Ok(seeds)
}

const SMALL_CAMPAIGNS: &str = r#"
[[campaign]]
id = "all-fences"
name = "Everywhere, always"
event_kinds = ["enter", "dwell"]
priority = -2147483648
cooldown = "0s"
max_age = "24h"
ttl = "30days"

[campaign.fences]
all = true

[campaign.offer]
id = "offer-everywhere"
category = "Misc"
sender = "Perimeter"
message = "Hello"

[[campaign]]
id = "weekend-nights"
name = "Weekend nights in St. John's"
event_kinds = ["dwell"]
priority = 2147483647
cooldown = "1h 30m"
valid_from = "2026-03-01T00:00:00-03:30"
valid_until = "2026-03-08T00:00:00-02:30"

[campaign.fences]
fence_ids = ["f", "fence-0002"]
store_ids = ["s"]
tags = ["ELECTRONICS"]

[campaign.offer]
id = "offer-night"
category = "electronics"
sender = "VoltHaus"
message = "Open late"

[campaign.schedule]
days = ["sat", "sun"]
hours = ["22:00-24:00", "00:00-02:00"]
"#;

fn campaigns() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("sample", SAMPLE_CAMPAIGNS.as_bytes().to_vec()),
        ("small", SMALL_CAMPAIGNS.as_bytes().to_vec()),
        ("empty", Vec::new()),
    ]
}
