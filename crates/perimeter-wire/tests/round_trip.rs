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
    FenceChange, PingFormat, PingReader, decode_consent, decode_event, decode_fence, decode_ping,
    decode_ping_with, decode_suppression, decode_trigger, encode_consent, encode_event,
    encode_fence, encode_ping, encode_ping_json, encode_suppression, encode_trigger, read_dlq,
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
    fn dead_letters_round_trip_through_their_headers(entry in common::dlq_entry()) {
        let headers = entry.headers();
        let read = read_dlq(
            entry.key.as_deref(),
            entry.value.as_deref(),
            entry.rejected_at.as_millis(),
            headers.iter().map(|(k, v)| (*k, Some(v.as_bytes()))),
        )
        .unwrap();
        prop_assert_eq!(read, entry);
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

#[test]
fn fence_expired_exits_and_store_closed_suppressions_have_their_published_numbers() {
    use perimeter_model::{
        EventId, EventKind, ExitReason, FenceId, GeofenceEvent, StoreId, SuppressionReason,
        Timestamp, UserId, VisitId,
    };
    use perimeter_wire::SuppressionAudit;
    use prost::Message;

    let user = UserId::new("u1").unwrap();
    let fence = FenceId::new("f1").unwrap();
    let start = Timestamp::from_millis(1_000).unwrap();
    let end = Timestamp::from_millis(61_000).unwrap();
    let kind = EventKind::Exit(ExitReason::FenceExpired);
    let event = GeofenceEvent {
        id: EventId::derive(&user, &fence, start, kind),
        kind,
        user_id: user.clone(),
        fence_id: fence.clone(),
        store_id: StoreId::new("s1").unwrap(),
        visit_id: VisitId::derive(&user, &fence, start),
        visit_start: start,
        event_time: end,
        processing_time: end,
        accuracy: None,
        distance_to_edge_m: None,
        duration: Some(end.duration_since(start)),
        h3_cell: None,
    };
    let bytes = encode_event(&event);
    let wire = perimeter_wire::proto::GeofenceEvent::decode(&bytes[..]).unwrap();
    assert_eq!((wire.kind, wire.exit_reason), (3, 4));
    assert_eq!(decode_event(&bytes).unwrap(), event);

    let audit = SuppressionAudit {
        event_id: event.id,
        event_kind: EventKind::Enter,
        user_id: user,
        fence_id: fence,
        store_id: event.store_id.clone(),
        campaign_id: None,
        reason: SuppressionReason::StoreClosed,
        decided_at: end,
    };
    let bytes = encode_suppression(&audit);
    let wire = perimeter_wire::proto::Suppression::decode(&bytes[..]).unwrap();
    assert_eq!(wire.reason, 11);
    assert_eq!(decode_suppression(&bytes).unwrap(), audit);
}

#[test]
fn opening_hours_travel_in_their_canonical_form_with_the_same_meaning() {
    use perimeter_fences::{FenceFormat, parse_fences};
    let geojson = r#"{"type":"FeatureCollection","features":[{"type":"Feature","id":"bar",
        "properties":{"store_id":"s","name":"Bar","timezone":"Europe/Paris","radius_m":40,
            "opening_hours":"Mo-Sa 09:00-20:00; Sa 10:00-14:00; Fr 22:00-02:00"},
        "geometry":{"type":"Point","coordinates":[2.35,48.85]}}]}"#;
    let limits = ValidationLimits::default();
    let catalog = parse_fences(geojson, FenceFormat::GeoJson, &limits).unwrap();
    let fence = &catalog.fences()[0];
    let bytes = encode_fence(fence, 1);
    let wire = <perimeter_wire::proto::FenceRecord as prost::Message>::decode(&bytes[..]).unwrap();
    // Friday's later rule replaced Friday's day hours; its night runs into
    // Saturday, whose own rule came before it.
    assert_eq!(
        wire.fence.unwrap().opening_hours.as_deref(),
        Some("Mo-Th 09:00-20:00; Fr 22:00-24:00; Sa 00:00-02:00,10:00-14:00")
    );
    let decoded = decode_fence(Some(b"bar"), Some(&bytes), &limits).unwrap();
    assert_eq!(
        decoded,
        FenceChange::Upsert {
            fence: Box::new(fence.clone()),
            catalog_version: 1
        }
    );
}

#[test]
fn an_event_h3_cell_is_written_in_hex_and_anything_but_a_cell_is_refused() {
    use perimeter_model::{
        EventId, EventKind, FenceId, GeofenceEvent, H3Cell, StoreId, Timestamp, UserId, VisitId,
    };
    use prost::Message;

    let user = UserId::new("u1").unwrap();
    let fence = FenceId::new("f1").unwrap();
    let at = Timestamp::from_millis(1_000).unwrap();
    let cell = h3o::LatLng::new(52.52, 13.405)
        .unwrap()
        .to_cell(h3o::Resolution::Seven);
    let event = GeofenceEvent {
        id: EventId::derive(&user, &fence, at, EventKind::Enter),
        kind: EventKind::Enter,
        user_id: user.clone(),
        fence_id: fence.clone(),
        store_id: StoreId::new("s1").unwrap(),
        visit_id: VisitId::derive(&user, &fence, at),
        visit_start: at,
        event_time: at,
        processing_time: at,
        accuracy: None,
        distance_to_edge_m: None,
        duration: None,
        h3_cell: Some(H3Cell(u64::from(cell))),
    };
    let bytes = encode_event(&event);
    let mut wire = perimeter_wire::proto::GeofenceEvent::decode(&bytes[..]).unwrap();
    assert_eq!(wire.h3_cell, cell.to_string());
    assert_eq!(wire.h3_cell.len(), 15);
    assert_eq!(decode_event(&bytes).unwrap(), event);

    for bad in ["zz", "871fb4670ffffff0", "0", "ffffffffffffffff"] {
        wire.h3_cell = bad.into();
        let err = decode_event(&wire.encode_to_vec()).unwrap_err();
        assert!(err.to_string().contains("h3_cell"), "{bad}: {err}");
    }
}
