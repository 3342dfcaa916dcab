//! The engine's promises, one scenario each, named after what they keep.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    reason = "test code: a failed setup step should fail the test loudly"
)]

use std::sync::Arc;
use std::time::Duration;

use perimeter_engine::{
    EngineConfig, FenceSnapshot, Outputs, PartitionEngine, RawPing, Record, Tables,
};
use perimeter_fences::{FenceCatalog, FenceFormat, FenceIndex, ValidationLimits, parse_fences};
use perimeter_model::{Accuracy, ConsentUpdate, EraseRequest, Ping, Position, Purpose, UserId};
use perimeter_offers::ConsentLedger;
use perimeter_wire::{decode_event, encode_ping};
use prost::Message as _;

mod common;
use common::{SEC, T0, everything, ts};

const SHOP: (f64, f64) = (52.5200, 13.4050);

const FENCES: &str = r#"{"type":"FeatureCollection","features":[
{"type":"Feature","id":"fence-a","properties":{"store_id":"store-a","name":"A","tags":["coffee"],"timezone":"Europe/Berlin","dwell_s":120,"radius_m":60},
 "geometry":{"type":"Point","coordinates":[13.4050,52.5200]}}]}"#;

const CAMPAIGNS: &str = r#"
[[campaign]]
id = "coffee-enter"
name = "Coffee on enter"
event_kinds = ["enter"]
max_age = "1h"

[campaign.fences]
tags = ["coffee"]

[campaign.offer]
id = "offer-coffee"
category = "food-and-drink"
sender = "Coffee"
message = "Hello"
"#;

fn fences() -> FenceSnapshot {
    let catalog =
        parse_fences(FENCES, FenceFormat::GeoJson, &ValidationLimits::default()).expect("fences");
    let catalog = FenceCatalog::new(catalog.fences().to_vec()).unwrap();
    FenceSnapshot::new(Arc::new(FenceIndex::build(&catalog).unwrap()), 1)
}

fn config() -> Arc<EngineConfig> {
    common::config(CAMPAIGNS, Duration::from_secs(7 * 24 * 3600))
}

fn grant(user: &str, version: u64) -> ConsentUpdate {
    ConsentUpdate::Set(common::record(
        UserId::new(user).unwrap(),
        everything(),
        version,
        T0 - 3600 * SEC,
    ))
}

fn ping(user: &str, (lat, lon): (f64, f64), at: i64) -> (Vec<u8>, Vec<u8>) {
    let p = Ping {
        user_id: UserId::new(user).unwrap(),
        position: Position::new(lat, lon).unwrap(),
        accuracy: Accuracy::new(10.0).unwrap(),
        timestamp: ts(at),
    };
    (user.as_bytes().to_vec(), encode_ping(&p))
}

fn feed(
    engine: &mut PartitionEngine,
    records: &[(Vec<u8>, Vec<u8>)],
    tables: Tables<'_>,
    now: i64,
) -> Outputs {
    feed_produced(engine, records, None, tables, now)
}

/// Like [`feed`], with every record's Kafka timestamp `produced`.
fn feed_produced(
    engine: &mut PartitionEngine,
    records: &[(Vec<u8>, Vec<u8>)],
    produced: Option<i64>,
    tables: Tables<'_>,
    now: i64,
) -> Outputs {
    let mut out = Outputs::default();
    let raw = records.iter().enumerate().map(|(i, (k, v))| RawPing {
        offset: i as i64,
        key: Some(k),
        value: Some(v),
        timestamp_ms: produced,
    });
    engine.pings(raw, tables, ts(now), &mut out);
    out
}

/// Every event in `out`, decoded.
fn events(out: &Outputs) -> Vec<perimeter_model::GeofenceEvent> {
    out.records
        .iter()
        .filter_map(|r| match r {
            Record::Event { value, .. } => Some(decode_event(value).unwrap()),
            _ => None,
        })
        .collect()
}

fn kinds(out: &Outputs, user: &str) -> Vec<&'static str> {
    out.records
        .iter()
        .filter_map(|r| match r {
            Record::Event { key, value, .. } if key == user.as_bytes() => {
                Some(decode_event(value).unwrap().kind.as_str())
            }
            _ => None,
        })
        .collect()
}

/// The changelog after `writes`: latest value per key.
fn changelog(writes: &[perimeter_engine::StateWrite]) -> Vec<(Vec<u8>, Vec<u8>)> {
    let mut map = std::collections::BTreeMap::new();
    for w in writes {
        match &w.value {
            Some(v) => map.insert(w.key.clone(), v.clone()),
            None => map.remove(&w.key),
        };
    }
    map.into_iter().collect()
}

#[test]
fn an_erased_user_stays_erased_after_compaction_and_a_restart() {
    let fences = fences();
    let mut ledger = ConsentLedger::new();
    let now = T0;
    let _ = ledger.apply(grant("erased", 1), ts(now)).unwrap();
    let mut all = Outputs::default();
    let (mut engine, _) = PartitionEngine::restore(
        config(),
        0,
        Vec::new(),
        Tables {
            fences: &fences,
            ledger: &ledger,
        },
        ts(now),
        &mut all,
    )
    .unwrap();
    // The erase (version 5), then a late grant with an older version (3):
    // the ledger ignores it as stale.
    let change = ledger
        .apply(
            ConsentUpdate::Erase(EraseRequest {
                user_id: UserId::new("erased").unwrap(),
                version: 5,
                requested_at: ts(now),
            }),
            ts(now),
        )
        .unwrap();
    let mut out = Outputs::default();
    engine.consent_changed(&UserId::new("erased").unwrap(), change, ts(now), &mut out);
    all.state.extend(out.state);
    assert!(ledger.apply(grant("erased", 3), ts(now)).is_ok());
    assert!(!ledger.allows(&UserId::new("erased").unwrap(), Purpose::Location));

    // Compaction keeps only the late grant; a restarted instance's ledger
    // holds it as the user's record.
    let mut compacted = ConsentLedger::new();
    let _ = compacted.apply(grant("erased", 3), ts(now)).unwrap();
    assert!(compacted.allows(&UserId::new("erased").unwrap(), Purpose::Location));
    let mut restored_out = Outputs::default();
    let (mut restored, _) = PartitionEngine::restore(
        config(),
        0,
        changelog(&all.state),
        Tables {
            fences: &fences,
            ledger: &compacted,
        },
        ts(now + 60 * SEC),
        &mut restored_out,
    )
    .unwrap();
    let out = feed(
        &mut restored,
        &[ping("erased", SHOP, now + 61 * SEC)],
        Tables {
            fences: &fences,
            ledger: &compacted,
        },
        now + 62 * SEC,
    );
    assert_eq!(kinds(&out, "erased"), Vec::<&str>::new());
    assert!(out.records.is_empty(), "{:?}", out.records);
    assert_eq!(
        out.counts
            .pings_of(perimeter_engine::PingOutcome::NoLocationConsent),
        1
    );

    // A newer grant (the user signed up again) is honoured.
    let _ = compacted.apply(grant("erased", 6), ts(now)).unwrap();
    let out = feed(
        &mut restored,
        &[ping("erased", SHOP, now + 70 * SEC)],
        Tables {
            fences: &fences,
            ledger: &compacted,
        },
        now + 71 * SEC,
    );
    assert_eq!(kinds(&out, "erased"), ["enter"]);
}

/// A ledger where users `fast` and `honest` granted everything.
fn fast_and_honest() -> ConsentLedger {
    let mut ledger = ConsentLedger::new();
    for u in ["fast", "honest"] {
        let _ = ledger.apply(grant(u, 1), ts(T0)).unwrap();
    }
    ledger
}

/// A partition engine with no state, as of `now`.
fn empty_engine(tables: Tables<'_>, now: i64) -> PartitionEngine {
    let mut out = Outputs::default();
    PartitionEngine::restore(config(), 0, Vec::new(), tables, ts(now), &mut out)
        .unwrap()
        .0
}

#[test]
fn a_ping_from_a_fast_clock_moves_event_time_to_now_at_most() {
    let (fences, ledger) = (fences(), fast_and_honest());
    let tables = Tables {
        fences: &fences,
        ledger: &ledger,
    };
    let mut engine = empty_engine(tables, T0);
    // A device 3 minutes ahead of the processor's clock.
    let _ = feed(
        &mut engine,
        &[ping("fast", (52.6, 13.5), T0 + 180 * SEC)],
        tables,
        T0,
    );
    assert!(engine.watermark() <= ts(T0));
    // Another user's ping 10 s old is on time.
    let out = feed(
        &mut engine,
        &[ping("honest", SHOP, T0 - 10 * SEC)],
        tables,
        T0,
    );
    assert_eq!(kinds(&out, "honest"), ["enter"]);
}

#[test]
fn a_fast_device_cannot_make_a_backlog_late() {
    let (fences, ledger) = (fences(), fast_and_honest());
    let tables = Tables {
        fences: &fences,
        ledger: &ledger,
    };
    // The processor catches up an hour after these pings were produced.
    let now = T0 + 3600 * SEC;
    let mut engine = empty_engine(tables, now);
    // Produced at T0 by a device 3 minutes fast.
    let _ = feed_produced(
        &mut engine,
        &[ping("fast", (52.6, 13.5), T0 + 180 * SEC)],
        Some(T0),
        tables,
        now,
    );
    assert!(
        engine.watermark() <= ts(T0),
        "the watermark passed the time the fast ping was produced"
    );
    // Another user's ping, produced 10 s later with a correct clock, is on
    // time: one ENTER, then a DWELL two minutes on.
    let mut kinds_seen = Vec::new();
    for k in 0..4 {
        let at = T0 + 10 * SEC + k * 60 * SEC;
        let out = feed_produced(
            &mut engine,
            &[ping("honest", SHOP, at)],
            Some(at),
            tables,
            now,
        );
        kinds_seen.extend(kinds(&out, "honest"));
    }
    assert_eq!(kinds_seen, ["enter", "dwell"]);
}

#[test]
fn a_restored_partition_keeps_its_watermark() {
    let fences = fences();
    let mut ledger = ConsentLedger::new();
    for u in ["a", "b"] {
        let _ = ledger.apply(grant(u, 1), ts(T0)).unwrap();
    }
    let tables = Tables {
        fences: &fences,
        ledger: &ledger,
    };
    let mut all = Outputs::default();
    let (mut engine, _) =
        PartitionEngine::restore(config(), 0, Vec::new(), tables, ts(T0), &mut all).unwrap();
    let out = feed(&mut engine, &[ping("a", (52.6, 13.5), T0)], tables, T0);
    all.state.extend(out.state);
    let before = engine.watermark();
    let mut out = Outputs::default();
    let (mut restored, _) = PartitionEngine::restore(
        config(),
        0,
        changelog(&all.state),
        tables,
        ts(T0 + SEC),
        &mut out,
    )
    .unwrap();
    assert_eq!(restored.watermark(), before);
    // 5 minutes behind the watermark: late, as it was before the restart.
    let out = feed(
        &mut restored,
        &[ping("b", SHOP, T0 - 300 * SEC)],
        tables,
        T0 + SEC,
    );
    assert_eq!(kinds(&out, "b"), Vec::<&str>::new());
    assert_eq!(out.counts.pings_of(perimeter_engine::PingOutcome::Late), 1);
}

#[test]
fn every_output_names_the_ping_that_caused_it_and_timeouts_name_none() {
    let (fences, ledger) = (fences(), fast_and_honest());
    let tables = Tables {
        fences: &fences,
        ledger: &ledger,
    };
    let mut engine = empty_engine(tables, T0);
    // Batch positions: 0 a bad record (DLQ), 1 `honest` outside, 2
    // `honest` inside (ENTER and its trigger), 3 `fast` far away.
    let records = [
        (b"honest".to_vec(), b"\xff not protobuf".to_vec()),
        ping("honest", (52.53, 13.405), T0 - 60 * SEC),
        ping("honest", SHOP, T0 - 30 * SEC),
        ping("fast", (52.6, 13.5), T0 - 20 * SEC),
    ];
    let out = feed(&mut engine, &records, tables, T0);
    let origins: Vec<(&str, Option<u32>)> = out
        .records
        .iter()
        .map(|r| match r {
            Record::Event { origin, .. } => ("event", *origin),
            Record::Trigger { origin, .. } => ("trigger", *origin),
            Record::Suppression { origin, .. } => ("suppression", *origin),
            Record::Dlq { origin, .. } => ("dlq", *origin),
        })
        .collect();
    assert_eq!(
        origins,
        [("dlq", Some(0)), ("event", Some(2)), ("trigger", Some(2))]
    );
    // `honest` goes silent; another user's ping at the shop moves the
    // watermark past the silence limit: its ENTER is its own, the timeout
    // EXIT of `honest` belongs to no ping.
    let later = T0 + 30 * 60 * SEC;
    let out = feed(&mut engine, &[ping("fast", SHOP, later)], tables, later);
    assert!(
        out.records
            .iter()
            .any(|r| matches!(r, Record::Event { key, origin: Some(0), .. } if key == b"fast"))
    );
    let exits: Vec<Option<u32>> = out
        .records
        .iter()
        .filter_map(|r| match r {
            Record::Event { origin, key, .. } if key == b"honest" => Some(*origin),
            _ => None,
        })
        .collect();
    assert_eq!(exits, [None], "{:?}", kinds(&out, "honest"));
}

#[test]
fn events_and_triggers_carry_the_event_time_of_their_ping() {
    let (fences, ledger) = (fences(), fast_and_honest());
    let tables = Tables {
        fences: &fences,
        ledger: &ledger,
    };
    let mut engine = empty_engine(tables, T0);
    let at = T0 - 42 * SEC;
    let out = feed(&mut engine, &[ping("honest", SHOP, at)], tables, T0);
    let times: Vec<i64> = out
        .records
        .iter()
        .filter_map(|r| match r {
            Record::Event { event_time, .. } | Record::Trigger { event_time, .. } => {
                Some(event_time.as_millis())
            }
            _ => None,
        })
        .collect();
    assert_eq!(times, [at, at]);
}

#[test]
fn events_carry_the_h3_cell_of_their_fence_never_of_the_user() {
    let (fences, ledger) = (fences(), fast_and_honest());
    let tables = Tables {
        fences: &fences,
        ledger: &ledger,
    };
    let mut engine = empty_engine(tables, T0);
    // Two pings inside the 60 m circle, at different positions.
    let inside = [SHOP, (SHOP.0 + 0.0003, SHOP.1 - 0.0002)];
    let mut out = Outputs::default();
    for (position, at) in inside.into_iter().zip([T0 - 200 * SEC, T0 - 60 * SEC]) {
        let o = feed(&mut engine, &[ping("honest", position, at)], tables, T0);
        out.records.extend(o.records);
    }
    let store_cell = h3o::LatLng::new(SHOP.0, SHOP.1)
        .unwrap()
        .to_cell(h3o::Resolution::Seven)
        .to_string();
    let entered = events(&out);
    assert_eq!(
        entered.iter().map(|e| e.kind.as_str()).collect::<Vec<_>>(),
        ["enter", "dwell"]
    );
    for e in &entered {
        assert_eq!(
            e.h3_cell.map(|c| c.to_string()).as_deref(),
            Some(store_cell.as_str()),
            "{e:?}"
        );
    }
    // The fence leaves the catalog: its visit ends with no cell to name.
    let empty = FenceSnapshot::new(Arc::new(FenceIndex::empty()), 2);
    let tables = Tables {
        fences: &empty,
        ledger: &ledger,
    };
    let mut out = Outputs::default();
    engine.fences_changed(
        &[perimeter_model::FenceId::new("fence-a").unwrap()],
        tables,
        ts(T0),
        &mut out,
    );
    let exits = events(&out);
    assert_eq!(exits.len(), 1, "{exits:?}");
    assert_eq!(exits[0].kind.as_str(), "exit");
    assert_eq!(exits[0].h3_cell, None);
}

/// A ledger where `user` granted location but not offers.
fn location_only(user: &str) -> ConsentLedger {
    let mut ledger = ConsentLedger::new();
    let _ = ledger
        .apply(
            ConsentUpdate::Set(common::record(
                UserId::new(user).unwrap(),
                perimeter_model::Purposes::NONE.with(Purpose::Location),
                1,
                T0 - 3600 * SEC,
            )),
            ts(T0),
        )
        .unwrap();
    ledger
}

#[test]
fn every_suppressed_decision_is_published_with_its_reason_and_no_coordinates() {
    let (fences, ledger) = (fences(), location_only("quiet"));
    let tables = Tables {
        fences: &fences,
        ledger: &ledger,
    };
    let mut engine = empty_engine(tables, T0);
    let at = T0 - 10 * SEC;
    let out = feed(&mut engine, &[ping("quiet", SHOP, at)], tables, T0);
    let audits: Vec<_> = out
        .records
        .iter()
        .filter_map(|r| match r {
            Record::Suppression {
                key,
                value,
                reason,
                event_time,
                origin,
            } => Some((key.clone(), value.clone(), *reason, *event_time, *origin)),
            _ => None,
        })
        .collect();
    assert_eq!(audits.len(), 1, "{:?}", out.records);
    let (key, value, reason, event_time, origin) = &audits[0];
    assert_eq!(key, b"quiet");
    assert_eq!(reason.as_str(), "no_offers_consent");
    assert_eq!(event_time.as_millis(), at);
    assert_eq!(*origin, Some(0));
    assert_eq!(out.counts.suppressions, [*reason]);
    let audit = perimeter_wire::decode_suppression(value).unwrap();
    assert_eq!(audit.reason, *reason);
    assert_eq!(audit.user_id.as_str(), "quiet");
    assert_eq!(audit.fence_id.as_str(), "fence-a");
    assert_eq!(audit.decided_at, ts(T0));
    // Consent is checked before any campaign: none is named.
    assert_eq!(audit.campaign_id, None);
    // No coordinates: the record is exactly the fields of the contract,
    // none of them a position or accuracy.
    let raw = perimeter_wire::proto::Suppression::decode(value.as_slice()).unwrap();
    assert_eq!(raw.encode_to_vec(), *value);
    let text = format!("{raw:?}");
    for banned in ["52.52", "13.405", "lat", "lon"] {
        assert!(!text.contains(banned), "{banned} in {text}");
    }
}

#[test]
fn a_suppression_for_a_campaigns_reason_names_the_campaign() {
    let fences = fences();
    let mut ledger = ConsentLedger::new();
    let _ = ledger.apply(grant("late", 1), ts(T0)).unwrap();
    let tables = Tables {
        fences: &fences,
        ledger: &ledger,
    };
    let mut engine = empty_engine(tables, T0);
    // Two hours old: past the campaign's max_age of one hour.
    let out = feed(
        &mut engine,
        &[ping("late", SHOP, T0 - 7200 * SEC)],
        tables,
        T0,
    );
    let audits: Vec<_> = out
        .records
        .iter()
        .filter_map(|r| match r {
            Record::Suppression { value, .. } => {
                Some(perimeter_wire::decode_suppression(value).unwrap())
            }
            _ => None,
        })
        .collect();
    assert_eq!(audits.len(), 1, "{:?}", out.records);
    assert_eq!(audits[0].reason.as_str(), "stale_event");
    assert_eq!(
        audits[0]
            .campaign_id
            .as_ref()
            .map(perimeter_model::CampaignId::as_str),
        Some("coffee-enter")
    );
}

#[test]
fn suppressions_are_only_counted_when_the_audit_is_off() {
    let (fences, ledger) = (fences(), location_only("quiet"));
    let tables = Tables {
        fences: &fences,
        ledger: &ledger,
    };
    let off = common::config_audit(CAMPAIGNS, Duration::from_secs(7 * 24 * 3600), false);
    let mut out = Outputs::default();
    let (mut engine, _) =
        PartitionEngine::restore(off, 0, Vec::new(), tables, ts(T0), &mut out).unwrap();
    let out = feed(
        &mut engine,
        &[ping("quiet", SHOP, T0 - 10 * SEC)],
        tables,
        T0,
    );
    assert_eq!(out.counts.suppressions.len(), 1);
    assert!(
        !out.records
            .iter()
            .any(|r| matches!(r, Record::Suppression { .. })),
        "{:?}",
        out.records
    );
}
