//! The presence-state changelog records: they round trip, a record of a
//! newer build decodes to everything this build knows, and no bytes make
//! the decoders panic. Seeded: a failure replays.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test code: a failing unwrap is a failing test with a clear message"
)]

mod common;

use perimeter_model::UserId;
use perimeter_wire::user_state::{Caps, Erasure, PendingExit, Presence, SentOffer, Visit};
use perimeter_wire::{
    PARTITION_MARKER_KEY, PartitionMarker, UserState, decode_partition_marker, decode_user_state,
    encode_partition_marker, encode_user_state,
};
use proptest::prelude::*;
use prost::Message;
use prost::encoding::{WireType, encode_key, encode_varint};

fn visit(fence: &str, entered_at_ms: i64, pending: Option<(i64, u32)>) -> Visit {
    Visit {
        fence_id: fence.into(),
        store_id: "store-0001".into(),
        entered_at_ms,
        dwell_emitted: pending.is_some(),
        pending_exit: pending.map(|(outside_since_ms, outside_pings)| PendingExit {
            outside_since_ms,
            outside_pings,
        }),
    }
}

fn sample_state() -> UserState {
    UserState {
        presence: Some(Presence {
            last_ping_ms: 1_714_035_720_000,
            visits: vec![
                visit("fence-a", 1_714_035_600_000, None),
                visit("fence-b", 1_714_035_600_000, Some((1_714_035_720_000, 2))),
            ],
        }),
        caps: Some(Caps {
            offers: vec![
                SentOffer {
                    sent_at_ms: 1_714_035_600_000,
                    campaign_id: "coffee".into(),
                    visit_id: 7u128.to_be_bytes().to_vec(),
                },
                SentOffer {
                    sent_at_ms: 1_714_036_200_000,
                    campaign_id: "grocery-weekend".into(),
                    visit_id: u128::MAX.to_be_bytes().to_vec(),
                },
            ],
        }),
        erasure: Some(Erasure {
            version: 4,
            erased_at_ms: 1_714_030_000_000,
        }),
    }
}

fn sample_marker() -> PartitionMarker {
    PartitionMarker {
        max_event_time_ms: Some(1_714_035_720_000),
        last_arrival_ms: 1_714_035_720_250,
        last_sweep_ms: 1_714_035_690_000,
        last_prune_ms: 1_714_035_000_000,
        expired_through_ms: 1_714_035_690_000,
    }
}

#[test]
fn user_state_and_partition_marker_round_trip() {
    let state = sample_state();
    assert_eq!(
        decode_user_state(&encode_user_state(&state)).unwrap(),
        state
    );
    let marker = sample_marker();
    assert_eq!(
        decode_partition_marker(&encode_partition_marker(&marker)).unwrap(),
        marker
    );
    // A marker before the first ping keeps "no ping yet" apart from 0.
    let fresh = PartitionMarker {
        max_event_time_ms: None,
        ..marker
    };
    assert_eq!(
        decode_partition_marker(&encode_partition_marker(&fresh)).unwrap(),
        fresh
    );
}

/// Appends a length-delimited field.
fn put_bytes(out: &mut Vec<u8>, number: u32, bytes: &[u8]) {
    encode_key(number, WireType::LengthDelimited, out);
    encode_varint(bytes.len() as u64, out);
    out.extend_from_slice(bytes);
}

/// Appends fields of every wire type under numbers no version of
/// state.proto uses yet, as a newer build might write them.
fn put_unknown_fields(out: &mut Vec<u8>, first: u32) {
    encode_key(first, WireType::Varint, out);
    encode_varint(u64::MAX, out);
    put_bytes(out, first + 1, b"\x08\x01\x12\x03new");
    encode_key(first + 2, WireType::SixtyFourBit, out);
    out.extend_from_slice(&1.5f64.to_le_bytes());
    encode_key(first + 3, WireType::ThirtyTwoBit, out);
    out.extend_from_slice(&7u32.to_le_bytes());
    // A large field number, encoded as a 4-byte key.
    put_bytes(out, 536_870_911, &[]);
}

/// `state` encoded by hand as a newer build would write it: every message,
/// nested ones included, carries fields this build does not know.
fn newer_encoding(state: &UserState) -> Vec<u8> {
    let mut out = Vec::new();
    if let Some(p) = &state.presence {
        let mut presence = Presence {
            visits: Vec::new(),
            ..p.clone()
        }
        .encode_to_vec();
        for v in &p.visits {
            let mut visit = Visit {
                pending_exit: None,
                ..v.clone()
            }
            .encode_to_vec();
            if let Some(pe) = &v.pending_exit {
                let mut pending = pe.encode_to_vec();
                put_unknown_fields(&mut pending, 40);
                put_bytes(&mut visit, 5, &pending);
            }
            put_unknown_fields(&mut visit, 30);
            put_bytes(&mut presence, 2, &visit);
        }
        put_unknown_fields(&mut presence, 20);
        put_bytes(&mut out, 1, &presence);
    }
    // A new part of the state between the known ones.
    put_unknown_fields(&mut out, 4);
    if let Some(c) = &state.caps {
        let mut caps = Vec::new();
        for o in &c.offers {
            let mut offer = o.encode_to_vec();
            put_unknown_fields(&mut offer, 60);
            put_bytes(&mut caps, 1, &offer);
        }
        put_unknown_fields(&mut caps, 50);
        put_bytes(&mut out, 2, &caps);
    }
    if let Some(e) = &state.erasure {
        let mut erasure = e.encode_to_vec();
        put_unknown_fields(&mut erasure, 70);
        put_bytes(&mut out, 3, &erasure);
    }
    put_unknown_fields(&mut out, 1000);
    out
}

#[test]
fn a_newer_state_record_keeps_what_this_build_understands() {
    let state = sample_state();
    let newer = newer_encoding(&state);
    assert!(newer.len() > encode_user_state(&state).len() + 100);
    let decoded = decode_user_state(&newer).unwrap();
    assert_eq!(decoded, state, "every known field is kept");
    // What this build writes back is what it understood.
    assert_eq!(encode_user_state(&decoded), encode_user_state(&state));

    let marker = sample_marker();
    let mut newer = encode_partition_marker(&marker);
    // Numbers after the last field of PartitionMarker.
    put_unknown_fields(&mut newer, 6);
    assert_eq!(decode_partition_marker(&newer).unwrap(), marker);
}

#[test]
fn a_newer_record_with_only_new_fields_is_an_empty_state_not_an_error() {
    let mut only_new = Vec::new();
    put_unknown_fields(&mut only_new, 4);
    assert_eq!(decode_user_state(&only_new).unwrap(), UserState::default());
    assert_eq!(decode_user_state(&[]).unwrap(), UserState::default());
}

#[test]
fn a_value_of_the_old_binary_format_is_an_error_not_a_misread() {
    // Format 1 before the protobuf records: version byte 1, then two
    // big-endian u32 lengths and their snapshots. Its first byte is the
    // protobuf key of field number 0, which no message may use.
    let old = [1, 0, 0, 0, 3, 1, 0x80, 0, 0, 0, 0, 0];
    let err = decode_user_state(&old).unwrap_err();
    assert_eq!(err.message, "perimeter.v1.UserState");
    assert!(
        err.to_string()
            .starts_with("undecodable perimeter.v1.UserState changelog record: "),
        "{err}"
    );
    assert!(decode_partition_marker(&old).is_err());
}

#[test]
fn wrong_wire_types_truncation_and_bad_utf8_are_errors() {
    let good = encode_user_state(&sample_state());
    for len in 1..good.len() {
        // Every proper prefix cuts a length-delimited field short, except
        // at a field boundary, where it is a smaller valid state.
        if let Ok(s) = decode_user_state(&good[..len]) {
            assert_ne!(s, sample_state());
        }
    }
    // Field 1 (presence, a message) as a varint.
    assert!(decode_user_state(&[0x08, 0x01]).is_err());
    // A fence id that is not UTF-8.
    let mut visit = Vec::new();
    put_bytes(&mut visit, 1, &[0xff, 0xfe]);
    let mut presence = Vec::new();
    put_bytes(&mut presence, 2, &visit);
    let mut state = Vec::new();
    put_bytes(&mut state, 1, &presence);
    assert!(decode_user_state(&state).is_err());
}

#[test]
fn the_partition_marker_key_is_never_a_user_id() {
    let text = std::str::from_utf8(PARTITION_MARKER_KEY).unwrap();
    assert!(UserId::new(text).is_err());
    assert_eq!(PARTITION_MARKER_KEY[0], 0);
}

proptest! {
    #![proptest_config(common::config(4_000))]

    #[test]
    fn garbage_bytes_decode_or_error_never_panic(
        bytes in proptest::collection::vec(any::<u8>(), 0..256),
    ) {
        if let Ok(state) = decode_user_state(&bytes) {
            // What decodes re-encodes to a value that decodes the same.
            let again = encode_user_state(&state);
            prop_assert_eq!(decode_user_state(&again).unwrap(), state);
        }
        if let Ok(marker) = decode_partition_marker(&bytes) {
            let again = encode_partition_marker(&marker);
            prop_assert_eq!(decode_partition_marker(&again).unwrap(), marker);
        }
    }

    #[test]
    fn mutated_records_decode_or_error_never_panic(
        at in any::<prop::sample::Index>(),
        byte in any::<u8>(),
        cut in any::<prop::sample::Index>(),
    ) {
        let mut bytes = newer_encoding(&sample_state());
        let i = at.index(bytes.len());
        bytes[i] = byte;
        bytes.truncate(cut.index(bytes.len()) + 1);
        if let Ok(state) = decode_user_state(&bytes) {
            let again = encode_user_state(&state);
            prop_assert_eq!(decode_user_state(&again).unwrap(), state);
        }
    }
}
