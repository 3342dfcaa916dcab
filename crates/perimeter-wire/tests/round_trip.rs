//! Model -> bytes -> model gives back the same value, for every type that
//! crosses a topic. Seeded: a failure replays.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test code: a failing unwrap is a failing test with a clear message"
)]

mod common;

use perimeter_fences::ValidationLimits;
use perimeter_wire::{
    FenceChange, PingFormat, PingReader, decode_consent, decode_dlq, decode_event, decode_fence,
    decode_ping, decode_ping_with, decode_suppression, decode_trigger, encode_consent, encode_dlq,
    encode_event, encode_fence, encode_ping, encode_ping_json, encode_suppression, encode_trigger,
};
use proptest::prelude::*;

proptest! {
    #![proptest_config(common::config(2_000))]

    #[test]
    fn pings_round_trip_as_protobuf(ping in common::ping()) {
        prop_assert_eq!(decode_ping(&encode_ping(&ping)).unwrap(), ping);
    }

    #[test]
    fn pings_round_trip_as_json(ping in common::ping()) {
        let bytes = encode_ping_json(&ping);
        prop_assert_eq!(decode_ping_with(PingFormat::Json, &bytes).unwrap(), ping);
    }

    #[test]
    fn pings_pass_the_reader_with_their_own_key(ping in common::ping()) {
        let reader = PingReader::default();
        let key = ping.user_id.as_str().as_bytes();
        let read = reader.read(Some(key), Some(&encode_ping(&ping)), ping.timestamp).unwrap();
        prop_assert_eq!(read, ping);
    }

    #[test]
    fn consent_updates_round_trip(update in common::consent_update()) {
        let key = update.user_id().as_str().as_bytes();
        prop_assert_eq!(decode_consent(Some(key), &encode_consent(&update)).unwrap(), update);
    }

    #[test]
    fn events_round_trip(event in common::event()) {
        prop_assert_eq!(decode_event(&encode_event(&event)).unwrap(), event);
    }

    #[test]
    fn triggers_round_trip(trigger in common::trigger()) {
        prop_assert_eq!(decode_trigger(&encode_trigger(&trigger)).unwrap(), trigger);
    }

    #[test]
    fn suppressions_round_trip(audit in common::suppression()) {
        prop_assert_eq!(decode_suppression(&encode_suppression(&audit)).unwrap(), audit);
    }

    #[test]
    fn dlq_records_round_trip(entry in common::dlq_entry()) {
        prop_assert_eq!(decode_dlq(&encode_dlq(&entry)).unwrap(), entry);
    }
}

proptest! {
    #![proptest_config(common::config(500))]

    #[test]
    fn fences_round_trip_through_validation(fence in common::fence(), version in any::<u64>()) {
        let bytes = encode_fence(&fence, version);
        let key = fence.id.as_str().as_bytes();
        let decoded = decode_fence(Some(key), Some(&bytes), &ValidationLimits::default()).unwrap();
        prop_assert_eq!(
            decoded,
            FenceChange::Upsert { fence: Box::new(fence), catalog_version: version }
        );
    }
}

#[test]
fn fence_tombstone_decodes_as_removal() {
    let change = decode_fence(Some(b"f-1"), None, &ValidationLimits::default()).unwrap();
    assert_eq!(
        change,
        FenceChange::Removed(perimeter_model::FenceId::new("f-1").unwrap())
    );
}

#[test]
fn fence_across_the_antimeridian_is_written_wrapped_and_reads_back_unwrapped() {
    use perimeter_fences::{FenceFormat, parse_fences};
    let geojson = r#"{"type":"FeatureCollection","features":[{"type":"Feature",
        "properties":{"id":"fiji","store_id":"s","name":"Across 180","timezone":"Pacific/Fiji"},
        "geometry":{"type":"Polygon","coordinates":[[[179.999,-17.0],[-179.999,-17.0],
            [-179.999,-16.999],[179.999,-16.999],[179.999,-17.0]]]}}]}"#;
    let limits = ValidationLimits::default();
    let catalog = parse_fences(geojson, FenceFormat::GeoJson, &limits).unwrap();
    let fence = &catalog.fences()[0];
    let bytes = encode_fence(fence, 1);
    // On the wire every longitude is within [-180, 180].
    let wire = <perimeter_wire::proto::FenceRecord as prost::Message>::decode(&bytes[..]).unwrap();
    let Some(perimeter_wire::proto::fence::Geometry::Polygon(p)) =
        wire.fence.and_then(|f| f.geometry)
    else {
        panic!("expected a polygon");
    };
    assert!(
        p.rings[0]
            .positions
            .iter()
            .all(|c| (-180.0..=180.0).contains(&c.lon))
    );
    assert!(p.rings[0].positions.iter().any(|c| c.lon < 0.0));
    let decoded = decode_fence(Some(b"fiji"), Some(&bytes), &limits).unwrap();
    assert_eq!(
        decoded,
        FenceChange::Upsert {
            fence: Box::new(fence.clone()),
            catalog_version: 1
        }
    );
}
