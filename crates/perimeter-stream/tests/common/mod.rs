//! The mock-cluster harness shared by the processor's integration tests:
//! a cluster with every topic, a test fence and campaign, consenting users,
//! running processors, and readers that wait for what they expect.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    dead_code,
    unreachable_pub,
    reason = "test helpers: a failed setup step should fail the test loudly; not every test uses every helper"
)]

use std::time::Duration;

use perimeter_model::{
    Accuracy, ConsentRecord, ConsentUpdate, EventKind, GeofenceEvent, OfferTrigger, Ping, Position,
    Purpose, Purposes, Timestamp, UserId,
};
use perimeter_offers::CampaignRules;
use perimeter_stream::{
    Clock, Guarantee, Health, LiveTables, OutputConfig, Processor, ProcessorConfig, RunSummary,
    StreamError, Topics,
};
use perimeter_wire::{decode_event, decode_trigger, encode_consent, encode_fence, encode_ping};
use rdkafka::consumer::{Consumer, StreamConsumer};
use rdkafka::message::{Message, OwnedMessage};
use rdkafka::mocking::MockCluster;
use rdkafka::producer::{DefaultProducerContext, FutureProducer, FutureRecord};
use rdkafka::{ClientConfig, Offset, TopicPartitionList};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// Friday 2026-11-20 12:00 UTC (13:00 in Berlin: no quiet hours).
pub const T0: i64 = 1_795_176_000_000;
pub const MIN: i64 = 60_000;
pub const SHOP: (f64, f64) = (52.5200, 13.4050);
pub const WAIT: Duration = Duration::from_secs(60);

pub const FENCES: &str = r#"{"type":"FeatureCollection","features":[
{"type":"Feature","id":"fence-test","properties":{"store_id":"store-0001","name":"Test coffee","tags":["coffee"],"timezone":"Europe/Berlin","dwell_s":120,"radius_m":50},
 "geometry":{"type":"Point","coordinates":[13.4050,52.5200]}}]}"#;

pub const CAMPAIGNS: &str = r#"
[[campaign]]
id = "test-coffee-enter"
name = "Test coffee on enter"
event_kinds = ["enter"]
max_age = "1h"

[campaign.fences]
tags = ["coffee"]

[campaign.offer]
id = "offer-test-coffee"
category = "food-and-drink"
sender = "Test Coffee"
message = "Hello from the test"
"#;

/// `PERIMETER_TEST_LOG=info` (any tracing filter) shows the processors'
/// logs of a failing run.
pub fn test_log() {
    if let Ok(filter) = std::env::var("PERIMETER_TEST_LOG") {
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
            .with_test_writer()
            .try_init();
    }
}

/// One running processor.
pub struct Instance {
    pub stop: oneshot::Sender<()>,
    pub run: JoinHandle<Result<RunSummary, StreamError>>,
    pub health: Health,
    /// What the processor serves (the admin API's view).
    pub live: LiveTables,
}

/// A mock cluster, a producer for test input and the processors running
/// against it.
pub struct Harness {
    /// The cluster, for fault injection.
    pub cluster: MockCluster<'static, DefaultProducerContext>,
    pub brokers: String,
    pub topics: Topics,
    pub partitions: i32,
    pub campaigns: String,
    pub producer: FutureProducer,
    pub instances: Vec<Instance>,
    /// librdkafka properties of every processor launched from now on.
    pub kafka_properties: Vec<(String, String)>,
    /// The delivery guarantee of every processor launched from now on.
    pub guarantee: Guarantee,
    /// The output settings of every processor launched from now on.
    pub outputs: OutputConfig,
    /// The ping reader of every processor launched from now on.
    pub ping_reader: perimeter_wire::PingReader,
    /// How long to wait for a condition before failing ([`WAIT`] unless a
    /// test slows the cluster down on purpose).
    pub wait: Duration,
}

/// How a test cluster is laid out.
pub struct Layout {
    /// Partitions of the pings, changelog and output topics.
    pub partitions: i32,
    /// Brokers in the cluster.
    pub brokers: i32,
    /// librdkafka properties of the processors.
    pub kafka_properties: Vec<(String, String)>,
    /// The processors' delivery guarantee.
    pub guarantee: Guarantee,
}

impl Default for Layout {
    fn default() -> Self {
        Self {
            partitions: 1,
            brokers: 1,
            kafka_properties: Vec::new(),
            guarantee: Guarantee::AtLeastOnce,
        }
    }
}

impl Harness {
    /// A mock cluster with every topic (one partition each), the test
    /// fence and the given consent records published, and one connected,
    /// running processor.
    pub async fn start(consenting: &[&str]) -> Self {
        Self::start_with(consenting, CAMPAIGNS, 1).await
    }

    /// Like [`Self::start`], with these campaigns and `partitions`
    /// partitions for the pings, changelog and output topics.
    pub async fn start_with(consenting: &[&str], campaigns: &str, partitions: i32) -> Self {
        Self::start_in(
            consenting,
            campaigns,
            Layout {
                partitions,
                ..Layout::default()
            },
        )
        .await
    }

    /// Like [`Self::start_with`], on a cluster laid out as `layout` says.
    pub async fn start_in(consenting: &[&str], campaigns: &str, layout: Layout) -> Self {
        let Layout {
            partitions,
            brokers,
            kafka_properties,
            guarantee,
        } = layout;
        let cluster = MockCluster::new(brokers).expect("mock cluster");
        let topics = Topics::default();
        for t in [
            &topics.pings,
            &topics.events,
            &topics.offers,
            &topics.dlq,
            &topics.suppressions,
            &topics.presence_state,
        ] {
            cluster
                .create_topic(t, partitions, 1)
                .expect("create topic");
        }
        for t in [&topics.fences, &topics.consent] {
            cluster.create_topic(t, 1, 1).expect("create topic");
        }
        let brokers = cluster.bootstrap_servers();
        let producer: FutureProducer = ClientConfig::new()
            .set("bootstrap.servers", &brokers)
            .create()
            .expect("producer");
        let mut h = Self {
            cluster,
            brokers,
            topics,
            partitions,
            campaigns: campaigns.to_owned(),
            producer,
            instances: Vec::new(),
            kafka_properties,
            guarantee,
            outputs: OutputConfig::default(),
            ping_reader: perimeter_wire::PingReader::default(),
            wait: WAIT,
        };
        let catalog = perimeter_fences::parse_fences(
            FENCES,
            perimeter_fences::FenceFormat::GeoJson,
            &perimeter_fences::ValidationLimits::default(),
        )
        .expect("test fences");
        for f in catalog.fences() {
            let topic = h.topics.fences.clone();
            h.produce(&topic, Some(f.id.as_str().as_bytes()), &encode_fence(f, 1))
                .await;
        }
        let everything = Purposes::NONE.with(Purpose::Location).with(Purpose::Offers);
        for user in consenting {
            h.consent(user, everything, 1).await;
        }
        h.launch().await;
        h
    }

    /// Connects and starts one more processor in the group.
    pub async fn launch(&mut self) {
        let mut config = ProcessorConfig::new(
            self.brokers.clone(),
            "perimeter-test",
            CampaignRules::from_toml_str(&self.campaigns).expect("campaigns"),
        );
        config.clock = Clock::accelerated(Timestamp::from_millis(T0).unwrap(), 1.0);
        config.workers = 2;
        config.kafka_properties.clone_from(&self.kafka_properties);
        config.guarantee = self.guarantee.clone();
        config.outputs = self.outputs.clone();
        config.ping_reader = self.ping_reader;
        let health = config.health.clone();
        let live = config.live.clone();
        let processor = Processor::connect(config).await.expect("connect");
        let (tx, rx) = oneshot::channel();
        let run = tokio::spawn(processor.run(async move {
            let _ = rx.await;
        }));
        self.instances.push(Instance {
            stop: tx,
            run,
            health,
            live,
        });
    }

    /// Waits for the oldest running processor to stop by itself and
    /// returns how it ended.
    pub async fn wait_stopped(&mut self) -> Result<RunSummary, StreamError> {
        let i = self.instances.remove(0);
        tokio::time::timeout(self.wait, i.run)
            .await
            .expect("the processor did not stop by itself")
            .expect("join")
    }

    /// Stops the oldest running processor gracefully.
    pub async fn stop_one(&mut self) -> RunSummary {
        let i = self.instances.remove(0);
        let _ = i.stop.send(());
        i.run.await.expect("join").expect("clean shutdown")
    }

    /// Waits until the running processors own every partition between
    /// them, each at least one.
    pub async fn wait_assigned(&self) {
        let deadline = tokio::time::Instant::now() + self.wait;
        loop {
            let owned: Vec<usize> = self
                .instances
                .iter()
                .map(|i| i.health.report().assigned_partitions)
                .collect();
            let ready = self.instances.iter().all(|i| i.health.is_ready());
            if ready
                && owned.iter().all(|&n| n > 0)
                && owned.iter().sum::<usize>() == usize::try_from(self.partitions).unwrap()
            {
                return;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "partitions not split: {owned:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn consent(&self, user: &str, purposes: Purposes, version: u64) {
        let record = ConsentUpdate::Set(ConsentRecord {
            user_id: UserId::new(user).unwrap(),
            purposes,
            blocked_categories: Vec::new(),
            max_offers_per_day: None,
            quiet_hours: None,
            time_zone: "Europe/Berlin".into(),
            version,
            updated_at: Timestamp::from_millis(T0 - 60 * MIN + i64::try_from(version).unwrap())
                .unwrap(),
        });
        let topic = self.topics.consent.clone();
        self.produce(&topic, Some(user.as_bytes()), &encode_consent(&record))
            .await;
    }

    pub async fn produce(&self, topic: &str, key: Option<&[u8]>, value: &[u8]) {
        self.produce_with(topic, key, value, &[]).await;
    }

    /// Like [`Self::produce`], with these headers.
    pub async fn produce_with(
        &self,
        topic: &str,
        key: Option<&[u8]>,
        value: &[u8],
        headers: &[(&str, &[u8])],
    ) {
        let mut record: FutureRecord<'_, [u8], [u8]> = FutureRecord::to(topic).payload(value);
        if let Some(k) = key {
            record = record.key(k);
        }
        if !headers.is_empty() {
            let mut hs = rdkafka::message::OwnedHeaders::new();
            for (k, v) in headers {
                hs = hs.insert(rdkafka::message::Header {
                    key: k,
                    value: Some(*v),
                });
            }
            record = record.headers(hs);
        }
        self.producer
            .send(record, Duration::from_secs(10))
            .await
            .map_err(|(e, _)| e)
            .expect("produce");
    }

    pub async fn ping(&self, user: &str, (lat, lon): (f64, f64), at: i64) {
        let ping = Ping {
            user_id: UserId::new(user).unwrap(),
            position: Position::new(lat, lon).unwrap(),
            accuracy: Accuracy::new(10.0).unwrap(),
            timestamp: Timestamp::from_millis(at).unwrap(),
        };
        let topic = self.topics.pings.clone();
        self.produce(&topic, Some(user.as_bytes()), &encode_ping(&ping))
            .await;
    }

    /// Produces the pings of several visits in event-time order, as
    /// devices sending in real time would.
    pub async fn send_visits(&self, visits: &[(&'static str, i64)]) {
        let mut pings: Vec<_> = visits
            .iter()
            .flat_map(|&(user, start)| visit(user, start))
            .collect();
        pings.sort_by_key(|p| p.2);
        for (user, pos, at) in pings {
            self.ping(user, pos, at).await;
        }
    }

    /// Reads `topic` from the beginning until `done` holds for what was
    /// read, or panics after [`Self::wait`].
    pub async fn read_until(
        &self,
        topic: &str,
        done: impl Fn(&[OwnedMessage]) -> bool,
    ) -> Vec<OwnedMessage> {
        let consumer: StreamConsumer = ClientConfig::new()
            .set("bootstrap.servers", &self.brokers)
            .set("group.id", "test-reader")
            .set("enable.auto.commit", "false")
            .create()
            .expect("reader");
        let mut tpl = TopicPartitionList::new();
        for p in 0..self.partitions {
            tpl.add_partition_offset(topic, p, Offset::Beginning)
                .expect("tpl");
        }
        consumer.assign(&tpl).expect("assign");
        let deadline = tokio::time::Instant::now() + self.wait;
        let mut got = Vec::new();
        while !done(&got) {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            assert!(
                !left.is_zero(),
                "timed out reading {topic}: {} records",
                got.len()
            );
            if let Ok(Ok(m)) = tokio::time::timeout(left, consumer.recv()).await {
                got.push(m.detach());
            }
        }
        got
    }

    /// Stops every processor; returns their summaries added up.
    pub async fn stop(mut self) -> RunSummary {
        let mut total = RunSummary::default();
        while !self.instances.is_empty() {
            let s = self.stop_one().await;
            total.pings += s.pings;
            total.events += s.events;
            total.triggers += s.triggers;
            total.dlq += s.dlq;
        }
        total
    }
}

/// A visit: outside, in for 4 minutes (ENTER, then DWELL after 2), out for
/// 3 (EXIT after the 60 s debounce). Keep `start + 7 min` at most T0 + 10
/// min, the processor's limit for timestamps from the future.
pub fn visit(user: &'static str, start: i64) -> Vec<(&'static str, (f64, f64), i64)> {
    let outside = (SHOP.0 + 0.003, SHOP.1);
    let mut pings = vec![(user, outside, start)];
    pings.extend((1..=4).map(|m| (user, SHOP, start + m * MIN)));
    pings.extend((5..=7).map(|m| (user, outside, start + m * MIN)));
    pings
}

pub fn events(msgs: &[OwnedMessage]) -> Vec<GeofenceEvent> {
    msgs.iter()
        .filter_map(|m| decode_event(m.payload()?).ok())
        .collect()
}

pub fn triggers(msgs: &[OwnedMessage]) -> Vec<OfferTrigger> {
    msgs.iter()
        .filter_map(|m| decode_trigger(m.payload()?).ok())
        .collect()
}

pub fn kinds_of(events: &[GeofenceEvent], user: &str) -> Vec<&'static str> {
    events
        .iter()
        .filter(|e| e.user_id.as_str() == user)
        .map(|e| e.kind.as_str())
        .collect()
}

pub fn has_exit(user: &str) -> impl Fn(&[OwnedMessage]) -> bool + '_ {
    move |m| {
        events(m)
            .iter()
            .any(|e| e.user_id.as_str() == user && matches!(e.kind, EventKind::Exit(_)))
    }
}

/// The deterministic ids of events (or triggers), as a set.
pub fn event_ids(evs: &[GeofenceEvent]) -> std::collections::BTreeSet<String> {
    evs.iter().map(|e| e.id.to_string()).collect()
}

pub fn trigger_ids(ts: &[OfferTrigger]) -> std::collections::BTreeSet<String> {
    ts.iter().map(|t| t.id.to_string()).collect()
}
