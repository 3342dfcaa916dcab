//! Every kind of bad record maps to the right DLQ reason code.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test code: a failing unwrap is a failing test with a clear message"
)]

use std::time::Duration;

use perimeter_fences::{Problem, ValidationLimits};
use perimeter_model::{ConsentUpdate, Purpose, Timestamp};
use perimeter_wire::proto::{self, consent_update::Update};
use perimeter_wire::{
    DLQ_OFFSET_HEADER, DLQ_PARTITION_HEADER, DLQ_REASON_HEADER, DLQ_TOPIC_HEADER, DlqReason,
    MAX_CONSENT_BYTES, MAX_FENCE_BYTES, MAX_PING_BYTES, PingFormat, PingReader, RecordError,
    consent_tombstone, decode_consent, decode_event, decode_fence, decode_suppression,
    decode_trigger, read_dlq,
};
use prost::Message;

const NOW_MS: i64 = 1_714_035_600_000;

fn now() -> Timestamp {
    Timestamp::from_millis(NOW_MS).unwrap()
}

fn good() -> proto::Ping {
    proto::Ping {
        user_id: "u1".into(),
        lat: Some(48.8584),
        lon: Some(2.2945),
        accuracy_m: Some(12.5),
        timestamp_ms: Some(NOW_MS - 1_000),
    }
}

fn with(f: impl FnOnce(&mut proto::Ping)) -> Vec<u8> {
    let mut p = good();
    f(&mut p);
    p.encode_to_vec()
}

/// A protobuf ping with `lat` (field 2) written as a varint: wrong wire type.
fn lat_as_varint() -> Vec<u8> {
    let mut bytes = with(|p| p.lat = None);
    bytes.extend_from_slice(&[0x10, 0x05]);
    bytes
}

/// The good ping plus a field number this version does not know.
fn with_unknown_field() -> Vec<u8> {
    let mut bytes = good().encode_to_vec();
    bytes.extend_from_slice(&[0xF8, 0x01, 0x07]); // field 31, varint 7
    bytes
}

fn truncated() -> Vec<u8> {
    let mut bytes = good().encode_to_vec();
    bytes.pop(); // inside the multi-byte timestamp varint
    bytes
}

/// Name, record key, record value, expected DLQ code (`None`: accepted).
type Case = (
    &'static str,
    Option<&'static [u8]>,
    Option<Vec<u8>>,
    Option<&'static str>,
);

#[test]
fn bad_pings_map_to_their_reason_codes() {
    let ok: Option<&str> = None;
    let protobuf: Vec<Case> = vec![
        ("valid ping", Some(b"u1"), Some(with(|_| ())), ok),
        (
            "unknown field is ignored",
            Some(b"u1"),
            Some(with_unknown_field()),
            ok,
        ),
        (
            "lat exactly 90, lon exactly -180",
            Some(b"u1"),
            Some(with(|p| {
                p.lat = Some(90.0);
                p.lon = Some(-180.0);
            })),
            ok,
        ),
        (
            "timestamp exactly at the tolerance",
            Some(b"u1"),
            Some(with(|p| p.timestamp_ms = Some(NOW_MS + 600_000))),
            ok,
        ),
        (
            "zero accuracy",
            Some(b"u1"),
            Some(with(|p| p.accuracy_m = Some(0.0))),
            ok,
        ),
        (
            "lat NaN",
            Some(b"u1"),
            Some(with(|p| p.lat = Some(f64::NAN))),
            Some("invalid_coordinates"),
        ),
        (
            "lon +inf",
            Some(b"u1"),
            Some(with(|p| p.lon = Some(f64::INFINITY))),
            Some("invalid_coordinates"),
        ),
        (
            "lat -inf",
            Some(b"u1"),
            Some(with(|p| p.lat = Some(f64::NEG_INFINITY))),
            Some("invalid_coordinates"),
        ),
        (
            "lat 90.000001",
            Some(b"u1"),
            Some(with(|p| p.lat = Some(90.000_001))),
            Some("invalid_coordinates"),
        ),
        (
            "lat -91",
            Some(b"u1"),
            Some(with(|p| p.lat = Some(-91.0))),
            Some("invalid_coordinates"),
        ),
        (
            "lon 180.5",
            Some(b"u1"),
            Some(with(|p| p.lon = Some(180.5))),
            Some("invalid_coordinates"),
        ),
        (
            "lon -360",
            Some(b"u1"),
            Some(with(|p| p.lon = Some(-360.0))),
            Some("invalid_coordinates"),
        ),
        (
            "lat missing",
            Some(b"u1"),
            Some(with(|p| p.lat = None)),
            Some("invalid_coordinates"),
        ),
        (
            "lon missing",
            Some(b"u1"),
            Some(with(|p| p.lon = None)),
            Some("invalid_coordinates"),
        ),
        (
            "negative accuracy",
            Some(b"u1"),
            Some(with(|p| p.accuracy_m = Some(-1.0))),
            Some("invalid_accuracy"),
        ),
        (
            "absurd accuracy",
            Some(b"u1"),
            Some(with(|p| p.accuracy_m = Some(1e9))),
            Some("invalid_accuracy"),
        ),
        (
            "NaN accuracy",
            Some(b"u1"),
            Some(with(|p| p.accuracy_m = Some(f64::NAN))),
            Some("invalid_accuracy"),
        ),
        (
            "accuracy missing",
            Some(b"u1"),
            Some(with(|p| p.accuracy_m = None)),
            Some("invalid_accuracy"),
        ),
        (
            "timestamp before 1970",
            Some(b"u1"),
            Some(with(|p| p.timestamp_ms = Some(-1))),
            Some("invalid_timestamp"),
        ),
        (
            "timestamp after 3000",
            Some(b"u1"),
            Some(with(|p| p.timestamp_ms = Some(i64::MAX))),
            Some("invalid_timestamp"),
        ),
        (
            "timestamp missing",
            Some(b"u1"),
            Some(with(|p| p.timestamp_ms = None)),
            Some("invalid_timestamp"),
        ),
        (
            "timestamp an hour ahead",
            Some(b"u1"),
            Some(with(|p| p.timestamp_ms = Some(NOW_MS + 3_600_000))),
            Some("timestamp_in_future"),
        ),
        (
            "timestamp 1 ms past the tolerance",
            Some(b"u1"),
            Some(with(|p| p.timestamp_ms = Some(NOW_MS + 600_001))),
            Some("timestamp_in_future"),
        ),
        (
            "empty user id",
            Some(b"u1"),
            Some(with(|p| p.user_id = String::new())),
            Some("invalid_user_id"),
        ),
        (
            "user id of 129 bytes",
            Some(b"u1"),
            Some(with(|p| p.user_id = "u".repeat(129))),
            Some("invalid_user_id"),
        ),
        (
            "user id with a space",
            Some(b"u 1"),
            Some(with(|p| p.user_id = "u 1".into())),
            Some("invalid_user_id"),
        ),
        (
            "user id with a control character",
            Some(b"u\x001"),
            Some(with(|p| p.user_id = "u\u{0}1".into())),
            Some("invalid_user_id"),
        ),
        (
            "oversized message",
            Some(b"u1"),
            Some(vec![0; MAX_PING_BYTES + 1]),
            Some("oversized"),
        ),
        (
            "oversized message with a valid ping inside",
            Some(b"u1"),
            Some({
                let mut v = with(|p| p.user_id = "u1".into());
                v.resize(MAX_PING_BYTES + 1, 0);
                v
            }),
            Some("oversized"),
        ),
        ("missing key", None, Some(with(|_| ())), Some("missing_key")),
        (
            "empty key",
            Some(b""),
            Some(with(|_| ())),
            Some("missing_key"),
        ),
        (
            "key of another user",
            Some(b"u2"),
            Some(with(|_| ())),
            Some("key_mismatch"),
        ),
        (
            "key not UTF-8",
            Some(b"\xff\xfe"),
            Some(with(|_| ())),
            Some("key_mismatch"),
        ),
        (
            "garbage bytes",
            Some(b"u1"),
            Some(vec![0xff; 12]),
            Some("undecodable"),
        ),
        (
            "truncated protobuf",
            Some(b"u1"),
            Some(truncated()),
            Some("undecodable"),
        ),
        (
            "wrong wire type",
            Some(b"u1"),
            Some(lat_as_varint()),
            Some("undecodable"),
        ),
        (
            "user id not UTF-8",
            Some(b"u1"),
            Some(vec![0x0a, 0x02, 0xff, 0xfe]),
            Some("undecodable"),
        ),
        ("null value", Some(b"u1"), None, Some("undecodable")),
        (
            "empty value",
            Some(b"u1"),
            Some(Vec::new()),
            Some("invalid_user_id"),
        ),
    ];
    let reader = PingReader::default();
    let mut failures = Vec::new();
    for (name, key, value, want) in &protobuf {
        let got = reader.read(*key, value.as_deref(), now());
        let got_code = got.as_ref().err().map(|e| e.reason().as_str());
        if got_code != *want {
            failures.push(format!("{name}: want {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn json_pings_follow_the_proto3_json_mapping_and_bad_ones_map_to_their_reason_codes() {
    let ok: Option<&str> = None;
    let cases: [(&str, &str, Option<&str>); 17] = [
        (
            "valid",
            r#"{"user_id":"u1","lat":48.8,"lon":2.29,"accuracy_m":12,"timestamp_ms":1714035599000}"#,
            ok,
        ),
        (
            "members in any order",
            r#"{"timestamp_ms":1714035599000,"accuracy_m":5.5,"lon":2,"lat":-3.25,"user_id":"u1"}"#,
            ok,
        ),
        (
            "lowerCamelCase names, int64 as a string (what proto3 JSON printers write)",
            r#"{"userId":"u1","lat":48.8,"lon":2.29,"accuracyM":12,"timestampMs":"1714035599000"}"#,
            ok,
        ),
        (
            "unknown member: ignored, like an unknown protobuf field",
            r#"{"user_id":"u1","lat":1,"lon":2,"accuracy_m":3,"timestamp_ms":1714035599000,"speed":4}"#,
            ok,
        ),
        (
            "lat missing",
            r#"{"user_id":"u1","lon":2,"accuracy_m":3,"timestamp_ms":1714035599000}"#,
            Some("invalid_coordinates"),
        ),
        (
            "lat null",
            r#"{"user_id":"u1","lat":null,"lon":2,"accuracy_m":3,"timestamp_ms":1714035599000}"#,
            Some("invalid_coordinates"),
        ),
        (
            "lat out of range",
            r#"{"user_id":"u1","lat":95,"lon":2,"accuracy_m":3,"timestamp_ms":1714035599000}"#,
            Some("invalid_coordinates"),
        ),
        (
            "lat as a numeric string (proto3 JSON accepts it)",
            r#"{"user_id":"u1","lat":"1","lon":2,"accuracy_m":3,"timestamp_ms":1714035599000}"#,
            ok,
        ),
        (
            "lat as a word",
            r#"{"user_id":"u1","lat":"north","lon":2,"accuracy_m":3,"timestamp_ms":1714035599000}"#,
            Some("undecodable"),
        ),
        (
            "lat NaN (a proto3 JSON double, not a coordinate)",
            r#"{"user_id":"u1","lat":"NaN","lon":2,"accuracy_m":3,"timestamp_ms":1714035599000}"#,
            Some("invalid_coordinates"),
        ),
        (
            "accuracy negative",
            r#"{"user_id":"u1","lat":1,"lon":2,"accuracy_m":-3,"timestamp_ms":1714035599000}"#,
            Some("invalid_accuracy"),
        ),
        (
            "timestamp with a fraction",
            r#"{"user_id":"u1","lat":1,"lon":2,"accuracy_m":3,"timestamp_ms":1714035599000.5}"#,
            Some("undecodable"),
        ),
        (
            "timestamp before 1970",
            r#"{"user_id":"u1","lat":1,"lon":2,"accuracy_m":3,"timestamp_ms":-5}"#,
            Some("invalid_timestamp"),
        ),
        (
            "user id missing",
            r#"{"lat":1,"lon":2,"accuracy_m":3,"timestamp_ms":1714035599000}"#,
            Some("invalid_user_id"),
        ),
        (
            "duplicate optional member",
            r#"{"user_id":"u1","lat":7,"lat":1,"lon":2,"accuracy_m":3,"timestamp_ms":1714035599000}"#,
            Some("undecodable"),
        ),
        ("not an object", "[1,2,3]", Some("undecodable")),
        (
            "truncated",
            r#"{"user_id":"u1","lat":1"#,
            Some("undecodable"),
        ),
    ];
    let reader = PingReader {
        format: PingFormat::Json,
        max_future: Duration::from_secs(600),
    };
    let mut failures = Vec::new();
    for (name, json, want) in cases {
        let got = reader.read(Some(b"u1"), Some(json.as_bytes()), now());
        let got_code = got.as_ref().err().map(|e| e.reason().as_str());
        if got_code != want {
            failures.push(format!("{name}: want {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn ping_errors_name_the_field_and_the_value() {
    let reader = PingReader::default();
    let bytes = with(|p| p.lat = Some(91.5));
    let err = reader.read(Some(b"u1"), Some(&bytes), now()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid field lat: 91.5 is not within -90 and 90 degrees"
    );
    let err = reader
        .read(Some(b"u2"), Some(&good().encode_to_vec()), now())
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "ping key \"u2\" differs from its user_id \"u1\""
    );
    let bytes = with(|p| p.timestamp_ms = Some(NOW_MS + 3_600_000));
    let err = reader.read(Some(b"u1"), Some(&bytes), now()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "timestamp_ms 1714039200000 is more than 600000 ms ahead of processing time 1714035600000"
    );
}

fn consent_set(f: impl FnOnce(&mut proto::ConsentRecord)) -> Vec<u8> {
    let mut r = proto::ConsentRecord {
        user_id: "u1".into(),
        purposes: vec![proto::Purpose::Location as i32],
        blocked_categories: vec!["alcohol".into()],
        max_offers_per_day: Some(2),
        quiet_hours: Some(proto::QuietHours {
            start_minute: 1260,
            end_minute: 480,
        }),
        time_zone: "Europe/Paris".into(),
        version: 3,
        updated_at_ms: NOW_MS,
    };
    f(&mut r);
    proto::ConsentUpdate {
        update: Some(Update::Set(r)),
    }
    .encode_to_vec()
}

fn consent_code(key: Option<&[u8]>, value: &[u8]) -> Option<&'static str> {
    decode_consent(key, value)
        .err()
        .map(|e| e.reason().as_str())
}

#[test]
fn bad_consent_updates_map_to_their_reason_codes() {
    assert_eq!(consent_code(Some(b"u1"), &consent_set(|_| ())), None);
    assert_eq!(
        consent_code(None, &consent_set(|_| ())),
        Some("missing_key")
    );
    assert_eq!(
        consent_code(Some(b"u2"), &consent_set(|_| ())),
        Some("key_mismatch")
    );
    assert_eq!(
        consent_code(Some(b"u1"), &consent_set(|r| r.user_id = String::new())),
        Some("invalid_user_id")
    );
    assert_eq!(
        consent_code(
            Some(b"u1"),
            &consent_set(|r| r.blocked_categories = vec!["a b".into()])
        ),
        Some("invalid_field")
    );
    assert_eq!(
        consent_code(
            Some(b"u1"),
            &consent_set(|r| r.quiet_hours = Some(proto::QuietHours {
                start_minute: 1440,
                end_minute: 0
            }))
        ),
        Some("invalid_field")
    );
    assert_eq!(
        consent_code(Some(b"u1"), &consent_set(|r| r.updated_at_ms = -1)),
        Some("invalid_field")
    );
    let neither = proto::ConsentUpdate { update: None }.encode_to_vec();
    assert_eq!(consent_code(Some(b"u1"), &neither), Some("invalid_field"));
    assert_eq!(
        consent_code(Some(b"u1"), &[0xff, 0xff]),
        Some("undecodable")
    );
    assert_eq!(
        consent_code(Some(b"u1"), &vec![0; MAX_CONSENT_BYTES + 1]),
        Some("oversized")
    );
    // A time zone is not the wire's business: the ledger fails closed on it.
    assert_eq!(
        consent_code(
            Some(b"u1"),
            &consent_set(|r| r.time_zone = "Europe/Berlinn".into())
        ),
        None
    );
}

#[test]
fn unknown_and_unspecified_purposes_grant_nothing() {
    let bytes = consent_set(|r| r.purposes = vec![0, 99, -4, 7]);
    let ConsentUpdate::Set(record) = decode_consent(Some(b"u1"), &bytes).unwrap() else {
        panic!("expected a set");
    };
    assert!(!record.purposes.contains(Purpose::Location));
    assert!(!record.purposes.contains(Purpose::Offers));

    let bytes = consent_set(|r| r.purposes = vec![99, proto::Purpose::Offers as i32, 2]);
    let ConsentUpdate::Set(record) = decode_consent(Some(b"u1"), &bytes).unwrap() else {
        panic!("expected a set");
    };
    assert!(!record.purposes.contains(Purpose::Location));
    assert!(record.purposes.contains(Purpose::Offers));
}

#[test]
fn consent_tombstone_forgets_the_user_and_needs_a_valid_key() {
    let ConsentUpdate::Erase(erase) = consent_tombstone(Some(b"u1"), now()).unwrap() else {
        panic!("expected an erase");
    };
    assert_eq!(
        (erase.user_id.as_str(), erase.version, erase.requested_at),
        ("u1", 0, now())
    );
    let code = |key: Option<&[u8]>| consent_tombstone(key, now()).unwrap_err().reason();
    assert_eq!(code(None), DlqReason::MissingKey);
    assert_eq!(code(Some(b"a b")), DlqReason::InvalidUserId);
    assert_eq!(code(Some(b"\xff")), DlqReason::InvalidUserId);
}

fn square(lon: f64, lat: f64, d: f64) -> proto::Polygon {
    let p = |lon: f64, lat: f64| proto::LonLat { lon, lat };
    proto::Polygon {
        rings: vec![proto::Ring {
            positions: vec![
                p(lon, lat),
                p(lon + d, lat),
                p(lon + d, lat + d),
                p(lon, lat + d),
                p(lon, lat),
            ],
        }],
    }
}

fn fence_record(f: impl FnOnce(&mut proto::Fence)) -> Vec<u8> {
    let mut fence = proto::Fence {
        id: "f1".into(),
        store_id: "s1".into(),
        name: "Store 1".into(),
        geometry: Some(proto::fence::Geometry::Polygon(square(2.29, 48.85, 0.001))),
        dwell_s: None,
        tags: vec!["grocery".into()],
        time_zone: "Europe/Paris".into(),
        opening_hours: None,
        valid_from_ms: None,
        valid_until_ms: None,
    };
    f(&mut fence);
    proto::FenceRecord {
        fence: Some(fence),
        catalog_version: 7,
    }
    .encode_to_vec()
}

fn fence_err(key: Option<&[u8]>, value: Option<&[u8]>) -> Option<RecordError> {
    decode_fence(key, value, &ValidationLimits::default()).err()
}

#[test]
fn bad_fence_records_map_to_their_reason_codes() {
    let code = |key: Option<&[u8]>, value: Option<&[u8]>| fence_err(key, value).map(|e| e.reason());
    let good = fence_record(|_| ());
    assert_eq!(code(Some(b"f1"), Some(&good)), None);
    assert_eq!(code(None, Some(&good)), Some(DlqReason::MissingKey));
    assert_eq!(code(Some(b"f2"), Some(&good)), Some(DlqReason::KeyMismatch));
    assert_eq!(code(None, None), Some(DlqReason::MissingKey));
    assert_eq!(code(Some(b"bad key"), None), Some(DlqReason::InvalidField));
    assert_eq!(
        code(Some(b"f1"), Some(&[0x0a, 0xff])),
        Some(DlqReason::Undecodable)
    );
    assert_eq!(
        code(Some(b"f1"), Some(&vec![0; MAX_FENCE_BYTES + 1])),
        Some(DlqReason::Oversized)
    );
    let no_fence = proto::FenceRecord {
        fence: None,
        catalog_version: 1,
    }
    .encode_to_vec();
    assert_eq!(
        code(Some(b"f1"), Some(&no_fence)),
        Some(DlqReason::InvalidField)
    );
}

#[test]
fn invalid_fences_list_every_problem_like_an_upload() {
    let bytes = fence_record(|f| {
        f.geometry = None;
        f.name = String::new();
        f.time_zone = "Mars/Olympus".into();
        f.valid_from_ms = Some(-5);
    });
    let err = fence_err(Some(b"f1"), Some(&bytes)).unwrap();
    let RecordError::InvalidFence { id, problems } = &err else {
        panic!("expected invalid_fence, got {err:?}");
    };
    assert_eq!(id.as_deref(), Some("f1"));
    assert!(
        problems.contains(&Problem::MissingField("geometry")),
        "{problems:?}"
    );
    assert!(
        problems.contains(&Problem::MissingField("name")),
        "{problems:?}"
    );
    assert!(
        problems.contains(&Problem::InvalidTimeZone("Mars/Olympus".into())),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| matches!(
            p,
            Problem::BadField {
                field: "valid_from_ms",
                ..
            }
        )),
        "{problems:?}"
    );

    let open_ring = fence_record(|f| {
        let mut sq = square(2.29, 48.85, 0.001);
        sq.rings[0].positions.pop();
        f.geometry = Some(proto::fence::Geometry::Polygon(sq));
    });
    let err = fence_err(Some(b"f1"), Some(&open_ring)).unwrap();
    assert_eq!(err.reason(), DlqReason::InvalidFence);
    assert!(err.to_string().contains("is not closed"), "{err}");

    let no_centre = fence_record(|f| {
        f.geometry = Some(proto::fence::Geometry::Circle(proto::Circle {
            centre: None,
            radius_m: 50.0,
        }));
    });
    let err = fence_err(Some(b"f1"), Some(&no_centre)).unwrap();
    assert_eq!(
        err.to_string(),
        "invalid fence \"f1\": missing required field `centre`"
    );
}

#[test]
fn unknown_enum_values_in_output_records_are_invalid_fields() {
    let event = |kind: i32, exit_reason: i32| {
        proto::GeofenceEvent {
            event_id: "0".repeat(32),
            kind,
            exit_reason,
            user_id: "u1".into(),
            fence_id: "f1".into(),
            store_id: "s1".into(),
            visit_id: "ab".repeat(16),
            ..Default::default()
        }
        .encode_to_vec()
    };
    let field = |bytes: &[u8]| match decode_event(bytes) {
        Err(RecordError::InvalidField { field, .. }) => Some(field),
        Ok(_) => None,
        Err(e) => panic!("unexpected {e:?}"),
    };
    assert_eq!(field(&event(1, 0)), None);
    assert_eq!(field(&event(3, 2)), None);
    assert_eq!(field(&event(0, 0)), Some("kind"));
    assert_eq!(field(&event(9, 0)), Some("kind"));
    assert_eq!(field(&event(3, 0)), Some("exit_reason"));
    assert_eq!(field(&event(3, 9)), Some("exit_reason"));
    assert_eq!(field(&event(1, 1)), Some("exit_reason"));

    let suppression = |reason: i32| {
        proto::Suppression {
            event_id: "0".repeat(32),
            event_kind: 1,
            user_id: "u1".into(),
            fence_id: "f1".into(),
            store_id: "s1".into(),
            reason,
            ..Default::default()
        }
        .encode_to_vec()
    };
    assert!(decode_suppression(&suppression(4)).is_ok());
    assert_eq!(
        decode_suppression(&suppression(0)).unwrap_err().reason(),
        DlqReason::InvalidField
    );
    assert_eq!(
        decode_suppression(&suppression(77)).unwrap_err().reason(),
        DlqReason::InvalidField
    );

    let dlq = |reason: &str| {
        read_dlq(
            Some(b"k"),
            Some(b"v"),
            NOW_MS,
            [
                (DLQ_REASON_HEADER, Some(reason.as_bytes())),
                (DLQ_TOPIC_HEADER, Some(b"perimeter.pings".as_slice())),
                (DLQ_PARTITION_HEADER, Some(b"0".as_slice())),
                (DLQ_OFFSET_HEADER, Some(b"7".as_slice())),
            ],
        )
    };
    assert!(dlq("oversized").is_ok());
    assert_eq!(dlq("").unwrap_err().reason(), DlqReason::InvalidField);
    assert_eq!(
        dlq("OVERSIZED").unwrap_err().reason(),
        DlqReason::InvalidField
    );
}

#[test]
fn a_dead_letter_without_its_context_headers_is_named_by_the_missing_header() {
    let err = read_dlq(
        Some(b"k"),
        Some(b"v"),
        NOW_MS,
        [(DLQ_REASON_HEADER, Some(b"undecodable".as_slice()))],
    )
    .unwrap_err();
    assert!(err.to_string().contains(DLQ_TOPIC_HEADER), "{err}");
    let err = read_dlq(
        None,
        None,
        NOW_MS,
        [
            (DLQ_REASON_HEADER, Some(b"undecodable".as_slice())),
            (DLQ_TOPIC_HEADER, Some(b"t".as_slice())),
            (DLQ_PARTITION_HEADER, Some(b"zero".as_slice())),
            (DLQ_OFFSET_HEADER, Some(b"1".as_slice())),
        ],
    )
    .unwrap_err();
    assert!(err.to_string().contains(DLQ_PARTITION_HEADER), "{err}");
}

#[test]
fn ids_must_be_32_hex_characters() {
    let trigger = |id: &str| {
        proto::OfferTrigger {
            trigger_id: id.into(),
            user_id: "u1".into(),
            campaign_id: "c1".into(),
            offer_id: "o1".into(),
            category: "food".into(),
            store_id: "s1".into(),
            fence_id: "f1".into(),
            event_id: "0123456789abcdef0123456789ABCDEF".into(),
            ..Default::default()
        }
        .encode_to_vec()
    };
    assert_eq!(
        decode_trigger(&trigger("ffffffffffffffffffffffffffffffff"))
            .unwrap()
            .id
            .0,
        u128::MAX
    );
    for bad in [
        "",
        "abc",
        "+fffffffffffffffffffffffffffffff",
        "g".repeat(32).as_str(),
        "0".repeat(33).as_str(),
    ] {
        let err = decode_trigger(&trigger(bad)).unwrap_err();
        assert!(
            matches!(
                err,
                RecordError::InvalidField {
                    field: "trigger_id",
                    ..
                }
            ),
            "{bad:?}: {err:?}"
        );
    }
}

#[test]
fn registry_framed_pings_decode_like_bare_ones_in_either_format() {
    use perimeter_wire::registry::frame_protobuf;
    let bare = good().encode_to_vec();
    let reader = PingReader::default();
    let want = reader.read(Some(b"u1"), Some(&bare), now()).unwrap();
    let framed = frame_protobuf(17, &[0], &bare);
    assert_eq!(framed[..6], [0, 0, 0, 0, 17, 0]);
    assert_eq!(
        reader.read(Some(b"u1"), Some(&framed), now()).unwrap(),
        want
    );
    // The long form of [0] (count 1, index 0) is the same path.
    let mut long = vec![0, 0, 0, 0, 17, 2, 0];
    long.extend_from_slice(&bare);
    assert_eq!(reader.read(Some(b"u1"), Some(&long), now()).unwrap(), want);

    let json_reader = PingReader {
        format: PingFormat::Json,
        ..PingReader::default()
    };
    let json = br#"{"user_id":"u1","lat":48.8584,"lon":2.2945,"accuracy_m":12.5,"timestamp_ms":1714035599000}"#;
    let mut framed_json = vec![0, 0, 0, 0, 9];
    framed_json.extend_from_slice(json);
    assert_eq!(
        json_reader
            .read(Some(b"u1"), Some(&framed_json), now())
            .unwrap(),
        json_reader.read(Some(b"u1"), Some(json), now()).unwrap()
    );
}

#[test]
fn a_framed_ping_naming_another_message_or_cut_short_is_undecodable() {
    use perimeter_wire::registry::frame_protobuf;
    let bare = good().encode_to_vec();
    let reader = PingReader::default();
    for bad in [
        frame_protobuf(17, &[1], &bare),
        frame_protobuf(17, &[0, 1], &bare),
        vec![0, 0, 0],
        vec![0, 0, 0, 0, 17, 0x7f],
    ] {
        let err = reader.read(Some(b"u1"), Some(&bad), now()).unwrap_err();
        assert_eq!(err.reason(), DlqReason::Undecodable, "{bad:?}: {err}");
    }
}
