//! Checks for the decoders of Perimeter's input topics: pings (protobuf and
//! JSON), fence records, consent updates and the presence-state changelog.
//!
//! Shared by the fuzz targets and by
//! `crates/perimeter-wire/tests/fuzz_regressions.rs`, which includes this
//! file (and `fences.rs`, for fence records) with `#[path]`: it may only use
//! crates that `perimeter-wire` depends on.

use std::time::Duration;

use perimeter_fences::{FenceCatalog, ValidationLimits};
use perimeter_model::{Accuracy, ConsentUpdate, Ping, Position, Timestamp};
use perimeter_wire::{
    DEFAULT_MAX_FUTURE, FenceChange, MAX_PING_BYTES, PingFormat, PingReader, UserState,
    consent_tombstone, decode_consent, decode_fence, decode_partition_marker, decode_ping_with,
    decode_user_state, encode_consent, encode_fence, encode_partition_marker, encode_ping,
    encode_ping_json, encode_user_state, proto,
};
use prost::Message;

/// Processing times: a realistic one and both ends of the valid range.
const NOWS: [i64; 3] = [1_714_035_600_000, 0, 32_503_680_000_000];

/// Device-clock tolerances: the default and both extremes.
const MAX_FUTURES: [Duration; 3] = [DEFAULT_MAX_FUTURE, Duration::ZERO, Duration::MAX];

/// Reads `data` as the value of a pings-topic record in `format`, with no
/// key, an empty key, the bytes themselves as key (hostile, usually not
/// UTF-8) and the ping's own user id as key. Never panics; whatever is
/// accepted is a valid ping that round-trips through both encoders, and the
/// reader accepts exactly when decoding, the key and the clock check do.
pub fn ping(format: PingFormat, data: &[u8]) {
    let decoded = decode_ping_with(format, data);
    match &decoded {
        Ok(p) => check_ping(p),
        Err(e) => {
            let _ = e.to_string();
            let _ = e.reason().as_str();
        }
    }
    let own_key = decoded
        .as_ref()
        .ok()
        .map(|p| p.user_id.as_str().as_bytes().to_vec());
    let keys: [Option<&[u8]>; 4] = [None, Some(&[]), Some(data), own_key.as_deref()];
    for now in NOWS.map(millis) {
        for max_future in MAX_FUTURES {
            let reader = PingReader { format, max_future };
            assert!(reader.read(own_key.as_deref(), None, now).is_err());
            for key in keys {
                let read = reader.read(key, Some(data), now);
                let expected = decoded.as_ref().ok().filter(|p| {
                    key == Some(p.user_id.as_str().as_bytes())
                        && p.timestamp <= now.saturating_add(max_future)
                });
                match (&read, expected) {
                    (Ok(p), Some(want)) => assert_eq!(p, want, "reader and decoder disagree"),
                    (Err(e), None) => {
                        let _ = e.to_string();
                    }
                    (Ok(p), None) => panic!("reader accepted {p:?} with key {key:?} at {now:?}"),
                    (Err(e), Some(p)) => panic!("reader rejected {p:?} with key {key:?}: {e}"),
                }
            }
        }
    }
}

fn millis(ms: i64) -> Timestamp {
    match Timestamp::from_millis(ms) {
        Ok(t) => t,
        Err(e) => panic!("{ms} is not a valid timestamp: {e:?}"),
    }
}

/// The invariants of a decoded ping, and exact round trips through the
/// protobuf and JSON encoders.
fn check_ping(p: &Ping) {
    let (lat, lon) = (p.position.lat(), p.position.lon());
    assert!(
        lat.is_finite() && (-90.0..=90.0).contains(&lat),
        "lat {lat}"
    );
    assert!(
        lon.is_finite() && (-180.0..=180.0).contains(&lon),
        "lon {lon}"
    );
    assert!(Position::new(lat, lon).is_ok());
    let accuracy = p.accuracy.metres();
    assert!(
        accuracy.is_finite() && (0.0..=Accuracy::MAX_M).contains(&accuracy),
        "accuracy {accuracy}"
    );
    assert!(
        (0..=Timestamp::MAX.as_millis()).contains(&p.timestamp.as_millis()),
        "timestamp {:?}",
        p.timestamp
    );
    let id = p.user_id.as_str();
    assert!(!id.is_empty() && id.len() <= 128, "user id {id:?}");
    assert!(!id.chars().any(|c| c.is_control() || c.is_whitespace()));

    for (format, bytes) in [
        (PingFormat::Protobuf, encode_ping(p)),
        (PingFormat::Json, encode_ping_json(p)),
    ] {
        assert!(bytes.len() <= MAX_PING_BYTES, "{format} encoding too large");
        match decode_ping_with(format, &bytes) {
            Ok(again) => {
                assert_eq!(&again, p, "{format} round trip");
                // Bit for bit: -0.0 stays -0.0, no precision lost in JSON.
                assert_eq!(again.position.lat().to_bits(), lat.to_bits());
                assert_eq!(again.position.lon().to_bits(), lon.to_bits());
                assert_eq!(again.accuracy.metres().to_bits(), accuracy.to_bits());
            }
            Err(e) => panic!("{format} encoding of {p:?} does not decode: {e}"),
        }
    }
}

/// Reads `data` as the value of a fences-topic record, keyed by nothing, an
/// empty key, the bytes themselves and the fence id inside the value, and
/// as the key of a tombstone. An accepted fence has the key's id, re-encodes
/// to the same change, and as a one-fence file passes
/// [`crate::fences::check_catalog`] (the topic and the upload path validate
/// alike).
pub fn fence_record(data: &[u8]) {
    let limits = ValidationLimits::default();
    let own_key = proto::FenceRecord::decode(data)
        .ok()
        .and_then(|r| r.fence)
        .map(|f| f.id.into_bytes());
    let keys: [Option<&[u8]>; 4] = [None, Some(&[]), Some(data), own_key.as_deref()];
    let mut checked_catalog = false;
    for key in keys {
        match decode_fence(key, Some(data), &limits) {
            Ok(FenceChange::Upsert {
                fence,
                catalog_version,
            }) => {
                assert_eq!(key, Some(fence.id.as_str().as_bytes()), "key mismatch");
                let bytes = encode_fence(&fence, catalog_version);
                match decode_fence(key, Some(&bytes), &limits) {
                    Ok(again) => assert_eq!(
                        again,
                        FenceChange::Upsert {
                            fence: fence.clone(),
                            catalog_version
                        },
                        "fence record round trip"
                    ),
                    Err(e) => panic!("re-encoded fence {} does not decode: {e}", fence.id),
                }
                if !checked_catalog {
                    checked_catalog = true;
                    match FenceCatalog::new(vec![*fence]) {
                        Ok(catalog) => crate::fences::check_catalog(&catalog, &limits),
                        Err(e) => panic!("one fence, duplicate id {e:?}"),
                    }
                }
            }
            Ok(FenceChange::Removed(id)) => panic!("a record with a value removed {id}"),
            Err(e) => {
                let _ = e.to_string();
                let _ = e.reason().as_str();
            }
        }
        match decode_fence(key, None, &limits) {
            Ok(FenceChange::Removed(id)) => {
                assert_eq!(key, Some(id.as_str().as_bytes()), "tombstone key");
            }
            Ok(FenceChange::Upsert { fence, .. }) => panic!("a tombstone upserted {}", fence.id),
            Err(e) => {
                let _ = e.to_string();
            }
        }
    }
}

/// Reads `data` as the value of a consent-topic record, keyed like
/// [`fence_record`]; the key alone as a tombstone. Returns the accepted
/// updates (for deeper checks by the caller) after checking that each
/// names its key's user and round-trips through the encoder.
pub fn consent_record(data: &[u8]) -> Vec<ConsentUpdate> {
    let own_key = proto::ConsentUpdate::decode(data)
        .ok()
        .and_then(|u| u.update)
        .map(|u| match u {
            proto::consent_update::Update::Set(r) => r.user_id.into_bytes(),
            proto::consent_update::Update::Erase(e) => e.user_id.into_bytes(),
        });
    let keys: [Option<&[u8]>; 4] = [None, Some(&[]), Some(data), own_key.as_deref()];
    let mut accepted = Vec::new();
    for key in keys {
        match decode_consent(key, data) {
            Ok(update) => {
                assert_eq!(key, Some(update.user_id().as_str().as_bytes()), "key");
                match decode_consent(key, &encode_consent(&update)) {
                    Ok(again) => assert_eq!(again, update, "consent round trip"),
                    Err(e) => panic!("re-encoded {update:?} does not decode: {e}"),
                }
                accepted.push(update);
            }
            Err(e) => {
                let _ = e.to_string();
                let _ = e.reason().as_str();
            }
        }
        let now = millis(NOWS[0]);
        match consent_tombstone(key, now) {
            Ok(update) => assert_eq!(key, Some(update.user_id().as_str().as_bytes())),
            Err(e) => {
                let _ = e.to_string();
            }
        }
    }
    accepted
}

/// Reads `data` as a presence-state changelog value: a user's
/// `UserState`, and (the same bytes) a partition's `PartitionMarker`.
/// Never panics. What decodes re-encodes to bytes that decode to the same
/// value (protobuf has more than one encoding of a value, and unknown
/// fields are dropped, so the bytes themselves may differ), and the
/// re-encoding is canonical: encoding it again gives the same bytes.
/// Returns the user state when the bytes are one.
pub fn state_record(data: &[u8]) -> Option<UserState> {
    if let Ok(marker) = decode_partition_marker(data) {
        let once = encode_partition_marker(&marker);
        match decode_partition_marker(&once) {
            Ok(again) => assert_eq!(again, marker, "partition marker round trip"),
            Err(e) => panic!("a re-encoded partition marker does not decode: {e}"),
        }
    }
    match decode_user_state(data) {
        Ok(state) => {
            let once = encode_user_state(&state);
            match decode_user_state(&once) {
                Ok(again) => {
                    assert_eq!(again, state, "user state round trip");
                    assert_eq!(encode_user_state(&again), once, "user state re-encoding");
                }
                Err(e) => panic!("a re-encoded user state does not decode: {e}"),
            }
            Some(state)
        }
        Err(e) => {
            let _ = e.to_string();
            None
        }
    }
}
