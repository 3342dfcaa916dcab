//! Exactly-once mode on librdkafka's mock cluster: the transactional flow
//! (init, begin, offsets sent to the transaction, commit).
//!
//! The mock cluster accepts transactions but keeps little transaction
//! state: it neither hides aborted records nor stores offsets committed in
//! a transaction, and a second producer with the same transactional id gets
//! a new producer id instead of fencing the first. What a read_committed reader sees after crashes is shown
//! against Apache Kafka by the crash test (test_crash[exactly_once] of
//! scripts/e2e/tests/test_crash.py, docs/reliability-tests.md).

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    reason = "test helpers: a failed setup step should fail the test loudly"
)]

mod common;

use std::time::Duration;

use common::*;
use perimeter_stream::{ExactlyOnce, Guarantee, StreamError};
use rdkafka::Message;
use rdkafka::types::{RDKafkaApiKey, RDKafkaRespErr};

fn exactly_once(id: &str) -> Layout {
    let mut eos = ExactlyOnce::new(id);
    eos.commit_interval = Duration::from_millis(50);
    Layout {
        partitions: 2,
        guarantee: Guarantee::ExactlyOnce(eos),
        ..Layout::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exactly_once_mode_publishes_visits_and_their_offers_in_transactions() {
    let h = Harness::start_in(&["user-a", "user-b"], CAMPAIGNS, exactly_once("eos-test-1")).await;
    h.send_visits(&[("user-a", T0 - 8 * MIN), ("user-b", T0 - 8 * MIN + 5_000)])
        .await;

    let evs = events(
        &h.read_until(&h.topics.events, |m| {
            has_exit("user-a")(m) && has_exit("user-b")(m)
        })
        .await,
    );
    assert_eq!(kinds_of(&evs, "user-a"), ["enter", "dwell", "exit"]);
    assert_eq!(kinds_of(&evs, "user-b"), ["enter", "dwell", "exit"]);
    let offers = triggers(&h.read_until(&h.topics.offers, |m| m.len() >= 2).await);
    assert_eq!(offers.len(), 2, "{offers:?}");
    // The state went to the changelog inside the transactions too.
    let state = h
        .read_until(&h.topics.presence_state, |m| {
            ["user-a", "user-b"]
                .iter()
                .all(|u| m.iter().any(|r| r.key() == Some(u.as_bytes())))
        })
        .await;
    assert!(!state.is_empty());

    let summary = h.stop().await;
    assert_eq!(summary.events, 6);
    assert_eq!(summary.triggers, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_commit_rewinds_to_the_last_commit_and_keeps_running() {
    test_log();
    let h = Harness::start_in(&["user-a"], CAMPAIGNS, exactly_once("eos-rewind")).await;
    // The group coordinator refuses the first offsets sent to a
    // transaction, as Apache Kafka does after a broker restart that made
    // it forget the member: the transaction is aborted and the processor
    // goes back to the last commit instead of stopping.
    h.cluster.request_errors(
        RDKafkaApiKey::TxnOffsetCommit,
        &[RDKafkaRespErr::RD_KAFKA_RESP_ERR_UNKNOWN_MEMBER_ID],
    );
    let sent = visit("user-a", T0 - 8 * MIN).len();
    h.send_visits(&[("user-a", T0 - 8 * MIN)]).await;
    let evs = events(&h.read_until(&h.topics.events, has_exit("user-a")).await);
    assert!(
        kinds_of(&evs, "user-a").starts_with(&["enter"]),
        "{:?}",
        kinds_of(&evs, "user-a")
    );
    let summary = h.stop().await;
    // The pings of the aborted transaction were read again from the last
    // committed offset (the mock cluster stores none: the beginning).
    assert!(
        summary.pings > u64::try_from(sent).unwrap(),
        "{summary:?}, {sent} pings sent"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exactly_once_refuses_a_transactional_id_given_as_a_kafka_property() {
    let mut config = perimeter_stream::ProcessorConfig::new(
        "127.0.0.1:1",
        "g",
        perimeter_offers::CampaignRules::from_toml_str(CAMPAIGNS).expect("campaigns"),
    );
    config
        .kafka_properties
        .push(("transactional.id".into(), "x".into()));
    match perimeter_stream::Processor::connect(config).await {
        Err(StreamError::ExactlyOnce(why)) => assert!(why.contains("transactional_id"), "{why}"),
        Err(other) => panic!("wrong error: {other}"),
        Ok(_) => panic!("connected with a transactional.id property"),
    }
}
