//! The processor end to end against librdkafka's in-process mock cluster.
//!
//! No sleeps as synchronisation: every test waits for the records it
//! expects (or a 60-second deadline). The pings topic has one partition so
//! that a later user's events prove an earlier user's pings were processed.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    reason = "test helpers: a failed setup step should fail the test loudly"
)]

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::*;
use perimeter_model::{EventKind, ExitReason, Purpose, Purposes};
use perimeter_stream::RunSummary;
use perimeter_wire::{DLQ_REASON_HEADER, read_dlq};
use rdkafka::consumer::{Consumer, StreamConsumer};
use rdkafka::message::{Headers, Message, OwnedMessage};
use rdkafka::producer::FutureRecord;
use rdkafka::{ClientConfig, Offset, TopicPartitionList};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn consenting_user_walking_in_and_staying_gets_enter_dwell_offer_and_exit() {
    let h = Harness::start(&["user-a"]).await;
    h.send_visits(&[("user-a", T0 - 8 * MIN)]).await;

    let evs = events(&h.read_until(&h.topics.events, has_exit("user-a")).await);
    assert_eq!(kinds_of(&evs, "user-a"), ["enter", "dwell", "exit"]);
    let offers = triggers(&h.read_until(&h.topics.offers, |m| !m.is_empty()).await);
    assert_eq!(offers.len(), 1);
    let offer = &offers[0];
    assert_eq!(offer.user_id.as_str(), "user-a");
    assert_eq!(offer.campaign_id.as_str(), "test-coffee-enter");
    assert_eq!(offer.store_id.as_str(), "store-0001");
    assert_eq!(offer.consent_version, 1);
    // The trigger answers the ENTER event.
    assert_eq!(offer.event_id, evs[0].id);

    // The last ping (outside, after the EXIT) may or may not have been read
    // before the stop: it produces nothing either way.
    let summary = h.stop().await;
    assert!(summary.pings >= 7, "{summary:?}");
    assert_eq!(summary.events, 3);
    assert_eq!(summary.triggers, 1);
    assert_eq!(summary.dlq, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn non_consenting_user_produces_no_events_and_no_offers() {
    let h = Harness::start(&["user-a"]).await;
    // user-b never consented. Their visit runs a little ahead of user-a's
    // on the same (single) partition, so user-a's EXIT (its 7th ping) comes
    // after every ping of user-b's and proves they were all read.
    h.send_visits(&[("user-b", T0 - 9 * MIN), ("user-a", T0 - 8 * MIN + 10_000)])
        .await;

    let evs = events(&h.read_until(&h.topics.events, has_exit("user-a")).await);
    assert!(kinds_of(&evs, "user-b").is_empty(), "{evs:?}");
    assert_eq!(kinds_of(&evs, "user-a"), ["enter", "dwell", "exit"]);
    let offers = triggers(&h.read_until(&h.topics.offers, |m| !m.is_empty()).await);
    assert!(offers.iter().all(|t| t.user_id.as_str() == "user-a"));

    let summary = h.stop().await;
    assert!(summary.pings >= 15, "{summary:?}");
    assert_eq!(summary.events, 3);
    assert_eq!(summary.triggers, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_ping_lands_in_the_dlq_with_its_reason_and_the_stream_goes_on() {
    let h = Harness::start(&["user-a"]).await;
    let garbage: &[u8] = b"\xff\xff definitely not a ping";
    let topic = h.topics.pings.clone();
    h.produce(&topic, Some(b"user-c"), garbage).await;
    h.send_visits(&[("user-a", T0 - 8 * MIN)]).await;

    let dlq = h.read_until(&h.topics.dlq, |m| !m.is_empty()).await;
    assert_eq!(dlq.len(), 1);
    let record = &dlq[0];
    assert_eq!(record.key(), Some(&b"user-c"[..]));
    let header = record
        .headers()
        .and_then(|hs| hs.iter().find(|hd| hd.key == DLQ_REASON_HEADER))
        .and_then(|hd| hd.value)
        .expect("reason header");
    assert_eq!(header, b"undecodable");
    assert_eq!(
        record.payload(),
        Some(garbage),
        "the original value, unchanged"
    );
    let entry = read_dlq(
        record.key(),
        record.payload(),
        record.timestamp().to_millis().expect("timestamp"),
        record
            .headers()
            .into_iter()
            .flat_map(|hs| hs.iter().map(|h| (h.key, h.value))),
    )
    .expect("perimeter.errors headers");
    assert_eq!(entry.topic, topic);
    assert_eq!(entry.offset, 0);

    // The stream went on: the next user's visit is complete.
    let evs = events(&h.read_until(&h.topics.events, has_exit("user-a")).await);
    assert_eq!(kinds_of(&evs, "user-a"), ["enter", "dwell", "exit"]);

    let summary = h.stop().await;
    assert_eq!(summary.dlq, 1);
    assert!(summary.pings >= 8, "{summary:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn revoking_location_purges_presence_so_a_regrant_starts_a_new_visit() {
    let h = Harness::start(&["user-a"]).await;
    let outside = (SHOP.0 + 0.003, SHOP.1);
    h.ping("user-a", outside, T0 - 30 * MIN).await;
    h.ping("user-a", SHOP, T0 - 29 * MIN).await;
    let evs = events(
        &h.read_until(&h.topics.events, |m| !events(m).is_empty())
            .await,
    );
    assert_eq!(kinds_of(&evs, "user-a"), ["enter"]);
    let first_visit = evs[0].visit_id;

    // Revoke location, then grant it again. When the processor has applied
    // both (the consent topic is read in order), the user's presence state
    // is gone, so the next ping inside opens a new visit. The moment that
    // happens is not observable from outside, so keep pinging from inside
    // (10 s of event time apart) until the new ENTER shows up.
    h.consent("user-a", Purposes::NONE.with(Purpose::Offers), 2)
        .await;
    h.consent(
        "user-a",
        Purposes::NONE.with(Purpose::Location).with(Purpose::Offers),
        3,
    )
    .await;
    let reader: StreamConsumer = ClientConfig::new()
        .set("bootstrap.servers", &h.brokers)
        .set("group.id", "test-reader")
        .set("enable.auto.commit", "false")
        .create()
        .expect("reader");
    let mut tpl = TopicPartitionList::new();
    tpl.add_partition_offset(&h.topics.events, 0, Offset::Beginning)
        .expect("tpl");
    reader.assign(&tpl).expect("assign");
    let deadline = tokio::time::Instant::now() + WAIT;
    let mut seen = Vec::new();
    let mut at = T0 - 28 * MIN;
    let second = loop {
        assert!(
            tokio::time::Instant::now() < deadline,
            "no new visit: {:?}",
            events(&seen)
        );
        assert!(
            at < T0 + 9 * MIN,
            "ran out of event time: {:?}",
            events(&seen)
        );
        h.ping("user-a", SHOP, at).await;
        at += 10_000;
        while let Ok(Ok(m)) = tokio::time::timeout(Duration::from_millis(150), reader.recv()).await
        {
            seen.push(m.detach());
        }
        if let Some(e) = events(&seen)
            .into_iter()
            .find(|e| e.kind == EventKind::Enter && e.visit_id != first_visit)
        {
            break e;
        }
    };
    assert_eq!(second.user_id.as_str(), "user-a");
    assert!(second.visit_start > evs[0].visit_start);
    // Purging ends the old visit silently: no EXIT is invented for it.
    assert!(
        events(&seen)
            .iter()
            .all(|e| !matches!(e.kind, EventKind::Exit(_))),
        "{:?}",
        events(&seen)
    );
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn restart_restores_presence_and_caps_from_the_changelog() {
    let mut h = Harness::start_with(&["user-a"], CAMPAIGNS, 2).await;
    let s = T0 - 12 * MIN;
    let outside = (SHOP.0 + 0.003, SHOP.1);
    h.ping("user-a", outside, s).await;
    h.ping("user-a", SHOP, s + MIN).await;
    h.ping("user-a", SHOP, s + 2 * MIN).await;
    h.read_until(&h.topics.offers, |m| !m.is_empty()).await;
    // Graceful stop: outputs acknowledged, changelog written, offsets
    // committed. A new instance in the same group takes over.
    let first = h.stop_one().await;
    assert_eq!(first.events, 1, "{first:?}");
    assert_eq!(first.triggers, 1, "{first:?}");
    h.launch().await;

    // The same visit goes on: DWELL and EXIT need the restored entry time
    // and open visit.
    for m in 3..=4 {
        h.ping("user-a", SHOP, s + m * MIN).await;
    }
    for m in 5..=7 {
        h.ping("user-a", outside, s + m * MIN).await;
    }
    // A second visit: its ENTER gets no offer, because the restored caps
    // history still holds the first offer's 24 h cooldown.
    h.ping("user-a", SHOP, s + 8 * MIN).await;
    h.ping("user-a", SHOP, s + 9 * MIN).await;
    let evs = events(
        &h.read_until(&h.topics.events, |m| {
            kinds_of(&events(m), "user-a").len() >= 4
        })
        .await,
    );
    let second = h.stop().await;
    assert_eq!(
        kinds_of(&evs, "user-a"),
        ["enter", "dwell", "exit", "enter"]
    );
    assert_eq!(
        evs[1].visit_id, evs[0].visit_id,
        "DWELL continues the visit"
    );
    assert_eq!(evs[2].visit_id, evs[0].visit_id, "EXIT ends the same visit");
    assert_ne!(evs[3].visit_id, evs[0].visit_id);
    assert_eq!(evs[2].duration, Some(Duration::from_secs(4 * 60)));
    // Nothing was processed twice: the new instance started after the
    // committed offset.
    assert_eq!(second.pings, 7, "{second:?}");
    assert_eq!(second.events, 3, "{second:?}");
    assert_eq!(second.triggers, 0, "cooldown restored: {second:?}");
}

/// Runs `users` visits through a fresh cluster with `instances` processors
/// in one group over 4 partitions; returns the event ids, trigger ids and
/// each instance's summary.
async fn run_group(
    users: &[&'static str],
    instances: usize,
) -> (
    std::collections::BTreeSet<String>,
    std::collections::BTreeSet<String>,
    Vec<RunSummary>,
) {
    let mut h = Harness::start_with(users, CAMPAIGNS, 4).await;
    for _ in 1..instances {
        h.launch().await;
    }
    h.wait_assigned().await;
    let visits: Vec<(&'static str, i64)> = users
        .iter()
        .enumerate()
        .map(|(i, &u)| (u, T0 - 9 * MIN + i64::try_from(i).unwrap() * 1000))
        .collect();
    h.send_visits(&visits).await;
    let all_exited = |m: &[OwnedMessage]| {
        let evs = events(m);
        users.iter().all(|u| {
            evs.iter()
                .any(|e| e.user_id.as_str() == *u && matches!(e.kind, EventKind::Exit(_)))
        })
    };
    let evs = events(&h.read_until(&h.topics.events, all_exited).await);
    for u in users {
        assert_eq!(kinds_of(&evs, u), ["enter", "dwell", "exit"], "{u}");
    }
    let offers = triggers(
        &h.read_until(&h.topics.offers, |m| m.len() >= users.len())
            .await,
    );
    let mut summaries = Vec::new();
    while !h.instances.is_empty() {
        summaries.push(h.stop_one().await);
    }
    (event_ids(&evs), trigger_ids(&offers), summaries)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_split_partitions_and_produce_the_same_events_as_one() {
    const USERS: [&str; 12] = [
        "u-01", "u-02", "u-03", "u-04", "u-05", "u-06", "u-07", "u-08", "u-09", "u-10", "u-11",
        "u-12",
    ];
    let (two_events, two_offers, two) = run_group(&USERS, 2).await;
    let (one_events, one_offers, one) = run_group(&USERS, 1).await;
    assert_eq!(two_events.len(), 3 * USERS.len());
    assert_eq!(two_events, one_events);
    assert_eq!(two_offers.len(), USERS.len());
    assert_eq!(two_offers, one_offers);
    // Both instances did part of the work, and between them exactly what
    // the single instance did.
    assert!(two.iter().all(|s| s.pings > 0), "{two:?}");
    assert_eq!(two.iter().map(|s| s.events).sum::<u64>(), one[0].events);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn removing_a_fence_on_the_topic_ends_open_visits_with_fence_removed() {
    let h = Harness::start(&["user-a"]).await;
    let outside = (SHOP.0 + 0.003, SHOP.1);
    h.ping("user-a", outside, T0 - 10 * MIN).await;
    h.ping("user-a", SHOP, T0 - 9 * MIN).await;
    h.read_until(&h.topics.events, |m| !events(m).is_empty())
        .await;
    // A tombstone on the compacted fences topic removes the fence: the
    // index is rebuilt off the hot path, swapped in, and the open visit
    // ends at once, without waiting for a ping.
    h.producer
        .send(
            FutureRecord::<[u8], [u8]>::to(&h.topics.fences).key(b"fence-test".as_slice()),
            Duration::from_secs(10),
        )
        .await
        .map_err(|(e, _)| e)
        .expect("tombstone");
    let evs = events(&h.read_until(&h.topics.events, has_exit("user-a")).await);
    assert_eq!(kinds_of(&evs, "user-a"), ["enter", "exit"]);
    assert_eq!(evs[1].kind, EventKind::Exit(ExitReason::FenceRemoved));
    assert_eq!(evs[1].visit_id, evs[0].visit_id);
    let summary = h.stop().await;
    assert_eq!(summary.events, 2, "{summary:?}");
}

/// Circles of 40 m around `centres` (lat, lon), ids `fence-new-0000`...,
/// as fence records of catalog version `version`.
fn circle_records(centres: &[(f64, f64)], version: u64) -> Vec<(String, Vec<u8>)> {
    let features: Vec<String> = centres
        .iter()
        .enumerate()
        .map(|(i, (lat, lon))| {
            format!(
                r#"{{"type":"Feature","id":"fence-new-{i:04}","properties":{{"store_id":"store-new-{i}","name":"New {i}","tags":["coffee"],"timezone":"Europe/Berlin","dwell_s":120,"radius_m":40}},"geometry":{{"type":"Point","coordinates":[{lon},{lat}]}}}}"#
            )
        })
        .collect();
    let text = format!(
        r#"{{"type":"FeatureCollection","features":[{}]}}"#,
        features.join(",")
    );
    let catalog = perimeter_fences::parse_fences(
        &text,
        perimeter_fences::FenceFormat::GeoJson,
        &perimeter_fences::ValidationLimits::default(),
    )
    .expect("new fences");
    catalog
        .fences()
        .iter()
        .map(|f| (f.id.to_string(), perimeter_wire::encode_fence(f, version)))
        .collect()
}

/// Produces records to the fences topic, all enqueued before any is
/// awaited.
async fn produce_fences(h: &Harness, records: &[(String, Vec<u8>)]) {
    let mut pending = Vec::new();
    for (key, value) in records {
        let record = FutureRecord::to(&h.topics.fences)
            .key(key.as_bytes())
            .payload(value.as_slice());
        pending.push(
            h.producer
                .send_result(record)
                .map_err(|(e, _)| e)
                .expect("enqueue"),
        );
    }
    for p in pending {
        p.await
            .expect("delivery")
            .map_err(|(e, _)| e)
            .expect("fence record");
    }
}

async fn tombstone(h: &Harness, key: &str) {
    h.producer
        .send(
            FutureRecord::<[u8], [u8]>::to(&h.topics.fences).key(key.as_bytes()),
            Duration::from_secs(10),
        )
        .await
        .map_err(|(e, _)| e)
        .expect("tombstone");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fence_added_and_removed_after_startup_acts_on_pings_without_a_full_rebuild() {
    let h = Harness::start(&["user-a"]).await;
    let live = h.instances[0].live.clone();
    let startup = live.fences().expect("ready");
    assert_eq!((startup.generation, startup.base_generation), (1, 1));
    let base = Arc::clone(startup.index.base());

    // A new store 700 m east of the test shop.
    let new_shop = (SHOP.0, SHOP.1 + 0.0103);
    produce_fences(&h, &circle_records(&[new_shop], 2)).await;
    let new_id = perimeter_model::FenceId::new("fence-new-0000").unwrap();
    assert!(
        live.wait_for_fences(|c| c.index.slot_of(&new_id).is_some(), WAIT)
            .await,
        "the new fence never went live"
    );
    let added = live.fences().expect("live");
    assert!(
        Arc::ptr_eq(added.index.base(), &base),
        "the startup index is still the base: no full build"
    );
    assert_eq!((added.base_generation, added.index.overlay_len()), (1, 1));
    assert_eq!(added.index.len(), 2);
    assert_eq!(added.version, 2);

    // Pings enter it like any fence.
    let outside = (new_shop.0 + 0.003, new_shop.1);
    h.ping("user-a", outside, T0 - 10 * MIN).await;
    h.ping("user-a", new_shop, T0 - 9 * MIN).await;
    let evs = events(
        &h.read_until(&h.topics.events, |m| !events(m).is_empty())
            .await,
    );
    assert_eq!(kinds_of(&evs, "user-a"), ["enter"]);
    assert_eq!(evs[0].fence_id, new_id);
    assert_eq!(evs[0].store_id.as_str(), "store-new-0");

    // Its removal ends the open visit at once, still on the same base.
    tombstone(&h, "fence-new-0000").await;
    let evs = events(&h.read_until(&h.topics.events, has_exit("user-a")).await);
    assert_eq!(kinds_of(&evs, "user-a"), ["enter", "exit"]);
    assert_eq!(evs[1].kind, EventKind::Exit(ExitReason::FenceRemoved));
    let removed = live.fences().expect("live");
    assert!(removed.index.slot_of(&new_id).is_none());
    assert!(Arc::ptr_eq(removed.index.base(), &base));
    assert_eq!(removed.base_generation, 1);
    assert_eq!(removed.index.len(), 1);
    let summary = h.stop().await;
    assert_eq!(summary.events, 2, "{summary:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn past_the_overlay_limit_the_live_index_is_compacted_and_pings_still_match() {
    let h = Harness::start(&["user-a"]).await;
    let live = h.instances[0].live.clone();
    let base = Arc::clone(live.fences().expect("ready").index.base());
    // 1 025 new stores on a grid 300 m apart north of the test shop: one
    // more than the overlay may hold on a small base.
    let centres: Vec<(f64, f64)> = (0..1025)
        .map(|i| {
            (
                SHOP.0 + 0.01 + f64::from(i / 32) * 0.0027,
                SHOP.1 + f64::from(i % 32) * 0.0044,
            )
        })
        .collect();
    produce_fences(&h, &circle_records(&centres, 2)).await;
    assert!(
        live.wait_for_fences(
            |c| c.index.len() == 1026 && c.base_generation > 1 && c.index.overlay_len() == 0,
            WAIT
        )
        .await,
        "no compaction: {:?}",
        live.fences()
            .map(|c| (c.index.len(), c.generation, c.base_generation))
    );
    let compacted = live.fences().expect("live");
    assert!(!Arc::ptr_eq(compacted.index.base(), &base));
    assert_eq!(compacted.index.base().fences().len(), 1026);
    // The last new store and the test shop both answer pings.
    let last = centres[1024];
    h.ping("user-a", (last.0 + 0.001, last.1), T0 - 10 * MIN)
        .await;
    h.ping("user-a", last, T0 - 9 * MIN).await;
    let evs = events(
        &h.read_until(&h.topics.events, |m| !events(m).is_empty())
            .await,
    );
    assert_eq!(evs[0].fence_id.as_str(), "fence-new-1024");
    assert_eq!(evs[0].kind, EventKind::Enter);
    h.ping("user-a", SHOP, T0 - 8 * MIN).await;
    let evs = events(
        &h.read_until(&h.topics.events, |m| events(m).len() >= 2)
            .await,
    );
    let fences: Vec<(&str, &str)> = evs
        .iter()
        .map(|e| (e.fence_id.as_str(), e.kind.as_str()))
        .collect();
    assert!(fences.contains(&("fence-test", "enter")), "{fences:?}");
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_instance_joining_moves_only_the_partitions_it_takes() {
    const USERS: [&str; 8] = [
        "u-01", "u-02", "u-03", "u-04", "u-05", "u-06", "u-07", "u-08",
    ];
    let mut h = Harness::start_in(
        &USERS,
        CAMPAIGNS,
        Layout {
            partitions: 4,
            // Incremental rebalancing. On the mock cluster each of its rounds
            // waits for about the session timeout, hence 6 s.
            kafka_properties: vec![
                ("session.timeout.ms".into(), "6000".into()),
                (
                    "partition.assignment.strategy".into(),
                    "cooperative-sticky".into(),
                ),
            ],
            ..Layout::default()
        },
    )
    .await;
    h.wait_assigned().await;
    // Every user enters the shop; their visits are open when the second
    // instance joins. In event-time order, as devices sending in real time
    // would.
    let start = T0 - 9 * MIN;
    let mut pings: Vec<_> = USERS.iter().flat_map(|&u| visit(u, start)).collect();
    pings.sort_by_key(|p| p.2);
    let (before, after): (Vec<_>, Vec<_>) = pings.into_iter().partition(|p| p.2 <= start + 2 * MIN);
    for &(user, pos, at) in &before {
        h.ping(user, pos, at).await;
    }
    let entered = |m: &[OwnedMessage]| {
        let evs = events(m);
        USERS.iter().all(|u| kinds_of(&evs, u).contains(&"enter"))
    };
    let _ = h.read_until(&h.topics.events, entered).await;

    h.launch().await;
    h.wait_assigned().await;
    let first = h.instances[0].health.report();
    let second = h.instances[1].health.report();
    // With eager rebalancing (`range`, librdkafka's default) the first
    // instance would release all four partitions and restore the two it
    // keeps.
    assert_eq!(
        first.released_partitions,
        u64::try_from(second.assigned_partitions).unwrap(),
        "the first instance released more than the second took: {first:?} {second:?}"
    );
    assert_eq!(first.assigned_partitions + second.assigned_partitions, 4);

    // The visits go on where they were, on whichever instance owns them:
    // one ENTER, one DWELL, one EXIT each.
    for &(user, pos, at) in &after {
        h.ping(user, pos, at).await;
    }
    let all_exited = |m: &[OwnedMessage]| {
        let evs = events(m);
        USERS.iter().all(|u| {
            evs.iter()
                .any(|e| e.user_id.as_str() == *u && matches!(e.kind, EventKind::Exit(_)))
        })
    };
    let evs = events(&h.read_until(&h.topics.events, all_exited).await);
    h.stop().await;
    for u in USERS {
        assert_eq!(kinds_of(&evs, u), ["enter", "dwell", "exit"], "{u}");
    }
}
