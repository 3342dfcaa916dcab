//! The ping pipeline: consume, decide, produce, store offsets after acks.

use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use perimeter_fences::FenceIndex;
use perimeter_model::{EventKind, GeofenceEvent, Ping, Purpose, Timestamp};
use perimeter_offers::{CampaignRules, CapsHistory, ConsentLedger, Decision, FenceAttributes};
use perimeter_presence::{NearbyFence, Outcome, PresenceConfig, PresenceTracker};
use perimeter_wire::{
    DLQ_REASON_HEADER, DlqEntry, PingReader, encode_dlq, encode_event, encode_trigger,
};
use rdkafka::ClientConfig;
use rdkafka::consumer::{CommitMode, Consumer, StreamConsumer};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{BorrowedMessage, Header, Message, OwnedHeaders};
use rdkafka::producer::{DeliveryFuture, FutureProducer, FutureRecord, Producer};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tracing::{debug, info, warn};

use crate::tables::{self, FenceTable, StartupEnds, TableUpdate};
use crate::telemetry::{self, PingOutcome};
use crate::{Clock, ProcessorConfig, StreamError, Topics};

/// How far the watermark must move before a partition is swept again.
const SWEEP_STEP: Duration = Duration::from_secs(1);
/// How often (processing time) expired caps history is dropped.
const HISTORY_PRUNE_EVERY: Duration = Duration::from_secs(3600);
/// Pings whose outputs may be in flight at once before consuming pauses.
const IN_FLIGHT: usize = 20_000;

/// Counts of what one [`Processor::run`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunSummary {
    /// Ping records read (every outcome).
    pub pings: u64,
    /// Geofence events produced.
    pub events: u64,
    /// Offer triggers produced.
    pub triggers: u64,
    /// DLQ records produced.
    pub dlq: u64,
}

/// Which output topic a record goes to.
#[derive(Debug, Clone, Copy)]
enum Dest {
    Events,
    Offers,
    Dlq,
}

/// One record to produce.
struct Outgoing {
    dest: Dest,
    key: Option<Vec<u8>>,
    value: Vec<u8>,
    dlq_reason: Option<&'static str>,
}

/// The outputs of one ping (or of a fence removal), and the ping's offset
/// to store once they were all acknowledged.
struct Pending {
    partition: i32,
    offset: Option<i64>,
    /// A record that could not even be queued carries the error instead.
    deliveries: Vec<(Dest, Result<DeliveryFuture, String>)>,
}

/// Per-partition state: the presence machine and the event-time watermark.
struct PartitionState {
    tracker: PresenceTracker,
    max_event_time: Option<Timestamp>,
    last_sweep: Timestamp,
}

/// Everything the synchronous part of the pipeline reads and changes.
struct Pipeline {
    index: Arc<FenceIndex>,
    fence_table: FenceTable,
    ledger: ConsentLedger,
    history: CapsHistory,
    /// Processing time of the last caps-history prune.
    last_prune: Timestamp,
    rules: CampaignRules,
    presence: PresenceConfig,
    partitions: HashMap<i32, PartitionState>,
    /// Scratch buffer for the index's answer in presence's terms, reused
    /// across pings so the hot path does not allocate it each time.
    nearby: Vec<NearbyFence>,
    reader: PingReader,
    allowed_lateness: Duration,
    clock: Clock,
    topics: Topics,
    summary: RunSummary,
}

/// A connected, ready processor: the global tables are loaded.
pub struct Processor {
    pings: Arc<StreamConsumer>,
    tables: StreamConsumer,
    producer: FutureProducer,
    pipeline: Pipeline,
    shutdown_timeout: Duration,
    health: crate::Health,
}

fn client_config(config: &ProcessorConfig) -> ClientConfig {
    let mut c = ClientConfig::new();
    c.set("bootstrap.servers", &config.brokers);
    c
}

fn apply_extra(c: &mut ClientConfig, config: &ProcessorConfig) {
    for (k, v) in &config.kafka_properties {
        c.set(k, v);
    }
}

impl Processor {
    /// Creates the Kafka clients, reads the fences and consent topics to
    /// their high watermarks as of now, builds the fence index and subscribes
    /// to the pings topic. When this returns the processor is ready; no ping
    /// has been read yet.
    ///
    /// # Errors
    /// [`StreamError`] when a client cannot be created, a table topic is
    /// missing, the tables are not caught up within
    /// [`ProcessorConfig::startup_timeout`], or the index cannot be built.
    pub async fn connect(config: ProcessorConfig) -> Result<Self, StreamError> {
        // Checked before any I/O, so that partition states can be created
        // later without an error path.
        let _validated = PresenceTracker::new(config.presence.clone())?;
        telemetry::ready(false);
        // Tables: assigned, never in a group, never committing.
        let mut tc = client_config(&config);
        tc.set("group.id", format!("{}-tables-unused", config.group_id))
            .set("enable.auto.commit", "false")
            .set("enable.auto.offset.store", "false")
            .set("enable.partition.eof", "false");
        apply_extra(&mut tc, &config);
        let tables: StreamConsumer = tc.create().map_err(|source| StreamError::Client {
            role: "tables consumer",
            source,
        })?;

        // Pings: a consumer group; offsets stored by hand after delivery,
        // committed by the auto-commit timer and at shutdown.
        let mut pc = client_config(&config);
        pc.set("group.id", &config.group_id)
            .set("enable.auto.commit", "true")
            .set("enable.auto.offset.store", "false")
            .set("auto.offset.reset", "earliest")
            .set("enable.partition.eof", "false");
        apply_extra(&mut pc, &config);
        let pings: StreamConsumer = pc.create().map_err(|source| StreamError::Client {
            role: "pings consumer",
            source,
        })?;

        let mut prc = client_config(&config);
        prc.set("linger.ms", "5").set("enable.idempotence", "false");
        apply_extra(&mut prc, &config);
        let producer: FutureProducer = prc.create().map_err(|source| StreamError::Client {
            role: "producer",
            source,
        })?;

        let ends = tables::assign_all(&tables, &[&config.topics.fences, &config.topics.consent])?;
        let mut fence_table = FenceTable::default();
        let mut ledger = ConsentLedger::new();
        catch_up(&tables, &ends, &config, &mut fence_table, &mut ledger).await?;

        let fences = fence_table.fences();
        let (index, took) = tokio::task::spawn_blocking(move || tables::build_index(fences))
            .await
            .map_err(|e| StreamError::Index(e.to_string()))??;
        telemetry::fences_live(index.fences().len(), took.as_secs_f64());
        info!(
            fences = index.fences().len(),
            consent_users = ledger.len(),
            index_build_ms = took.as_millis(),
            "tables loaded; ready"
        );

        pings
            .subscribe(&[&config.topics.pings])
            .map_err(|source| StreamError::Client {
                role: "pings consumer",
                source,
            })?;
        telemetry::ready(true);
        telemetry::sizes(0, ledger.len());
        config.health.set_tables_caught_up(true);
        config.health.set_consuming(true);
        config.health.set_restoring(0);
        config.health.set_assigned(0);
        let health = config.health.clone();

        let history = CapsHistory::new(config.rules.history_retention());
        Ok(Self {
            pings: Arc::new(pings),
            tables,
            producer,
            shutdown_timeout: config.shutdown_timeout,
            health,
            pipeline: Pipeline {
                index: Arc::new(index),
                fence_table,
                ledger,
                history,
                last_prune: Timestamp::EPOCH,
                rules: config.rules,
                presence: config.presence,
                partitions: HashMap::new(),
                nearby: Vec::new(),
                reader: config.ping_reader,
                allowed_lateness: config.allowed_lateness,
                clock: config.clock,
                topics: config.topics,
                summary: RunSummary::default(),
            },
        })
    }

    /// Processes pings until `shutdown` completes, then stops consuming,
    /// waits for every in-flight output to be acknowledged, stores and
    /// commits the offsets, and returns what it did.
    ///
    /// # Errors
    /// [`StreamError::Delivery`] when an output was not acknowledged (the
    /// offsets of that ping and every later one are not stored, so they are
    /// reprocessed by the next instance), [`StreamError::Consume`] on a
    /// fatal consumer error.
    pub async fn run(self, shutdown: impl Future<Output = ()>) -> Result<RunSummary, StreamError> {
        let Self {
            pings,
            tables,
            producer,
            mut pipeline,
            shutdown_timeout,
            health,
        } = self;
        let (ack_tx, ack_rx) = mpsc::channel::<Pending>(IN_FLIGHT);
        let mut acks: JoinHandle<Result<(), StreamError>> = tokio::spawn(acknowledge(
            ack_rx,
            Arc::clone(&pings),
            pipeline.topics.clone(),
        ));
        let (built_tx, mut built_rx) = mpsc::channel(1);
        let mut rebuilding = false;
        let mut fences_dirty = false;
        tokio::pin!(shutdown);

        let mut outcome: Result<(), StreamError> = Ok(());
        loop {
            if fences_dirty && !rebuilding {
                fences_dirty = false;
                rebuilding = true;
                let fences = pipeline.fence_table.fences();
                let tx = built_tx.clone();
                tokio::task::spawn_blocking(move || {
                    // The receiver only goes away at shutdown.
                    let _ = tx.blocking_send(tables::build_index(fences));
                });
            }
            tokio::select! {
                biased;
                () = &mut shutdown => {
                    info!("shutdown requested");
                    break;
                }
                done = &mut acks => {
                    outcome = match done {
                        Ok(Err(e)) => Err(e),
                        Ok(Ok(())) => Ok(()),
                        Err(e) => Err(StreamError::Delivery { topic: "(acknowledger)".into(), detail: e.to_string() }),
                    };
                    return outcome.map(|()| pipeline.summary);
                }
                Some(built) = built_rx.recv() => {
                    rebuilding = false;
                    match built {
                        Ok((index, took)) => {
                            let out = pipeline.swap_index(index, took);
                            if !out.is_empty() {
                                let p = send_all(&producer, &pipeline.topics, out, 0, None).await;
                                if ack_tx.send(p).await.is_err() { break; }
                            }
                        }
                        Err(e) => warn!(error = %e, "fence index rebuild failed; keeping the previous index"),
                    }
                }
                msg = tables.recv() => match msg {
                    Ok(msg) => {
                        let now = pipeline.clock.now();
                        let update = tables::apply(&msg, &pipeline.topics.fences, &mut pipeline.fence_table, &mut pipeline.ledger, now);
                        if matches!(update, TableUpdate::Fences) {
                            fences_dirty = true;
                        }
                        pipeline.table_update(update);
                    }
                    Err(e) => warn!(error = %e, "tables consumer error"),
                },
                // `process` takes the borrowed message by value and returns
                // owned data, so nothing borrowed from the consumer is held
                // across the awaits below.
                msg = pings.recv() => match msg.map(|m| pipeline.process(m)) {
                    Ok((partition, offset, out)) => {
                        let p = send_all(&producer, &pipeline.topics, out, partition, Some(offset)).await;
                        if ack_tx.send(p).await.is_err() { break; }
                    }
                    Err(e) => {
                        warn!(error = %e, "pings consumer error");
                        if is_fatal(&e) {
                            outcome = Err(StreamError::Consume { topic: pipeline.topics.pings.clone(), source: e });
                            break;
                        }
                    }
                },
            }
        }

        // Stop consuming, let every in-flight output be acknowledged and its
        // offset stored, then commit.
        drop(ack_tx);
        match tokio::time::timeout(shutdown_timeout, &mut acks).await {
            Ok(Ok(Ok(()))) => {}
            Ok(Ok(Err(e))) => outcome = outcome.and(Err(e)),
            Ok(Err(e)) => {
                outcome = outcome.and(Err(StreamError::Delivery {
                    topic: "(acknowledger)".into(),
                    detail: e.to_string(),
                }));
            }
            Err(_) => {
                acks.abort();
                outcome = outcome.and(Err(StreamError::Delivery {
                    topic: "(in flight)".into(),
                    detail: format!("not acknowledged within {shutdown_timeout:?}"),
                }));
            }
        }
        if let Err(e) = producer.flush(shutdown_timeout) {
            warn!(error = %e, "producer flush at shutdown");
        }
        match pings.commit_consumer_state(CommitMode::Sync) {
            Ok(()) => {}
            // Nothing stored since the last commit.
            Err(KafkaError::ConsumerCommit(RDKafkaErrorCode::NoOffset)) => {}
            Err(e) => warn!(error = %e, "final offset commit"),
        }
        pings.unsubscribe();
        telemetry::ready(false);
        health.set_consuming(false);
        if outcome.is_err() {
            health.set_failed();
        }
        info!(summary = ?pipeline.summary, "stopped");
        outcome.map(|()| pipeline.summary)
    }
}

fn is_fatal(e: &KafkaError) -> bool {
    matches!(
        e.rdkafka_error_code(),
        Some(RDKafkaErrorCode::Fatal | RDKafkaErrorCode::Authentication)
    )
}

/// Reads the table topics until every partition reached its startup end.
async fn catch_up(
    consumer: &StreamConsumer,
    ends: &StartupEnds,
    config: &ProcessorConfig,
    fence_table: &mut FenceTable,
    ledger: &mut ConsentLedger,
) -> Result<(), StreamError> {
    let deadline = tokio::time::Instant::now() + config.startup_timeout;
    while !ends.reached(consumer) {
        if tokio::time::Instant::now() >= deadline {
            return Err(StreamError::StartupTimeout {
                seconds: config.startup_timeout.as_secs(),
            });
        }
        match tokio::time::timeout(Duration::from_millis(100), consumer.recv()).await {
            Ok(Ok(msg)) => {
                // During catch-up the index is built once at the end and no
                // presence state exists yet, so the update needs no action.
                let _ = tables::apply(
                    &msg,
                    &config.topics.fences,
                    fence_table,
                    ledger,
                    config.clock.now(),
                );
            }
            Ok(Err(e)) => warn!(error = %e, "tables consumer error during startup"),
            // No record within 100 ms: check the positions again.
            Err(_) => {}
        }
    }
    Ok(())
}

/// Hands every outgoing record to the producer, retrying while its queue is
/// full, and returns the delivery futures.
async fn send_all(
    producer: &FutureProducer,
    topics: &Topics,
    out: Vec<Outgoing>,
    partition: i32,
    offset: Option<i64>,
) -> Pending {
    let mut deliveries = Vec::with_capacity(out.len());
    for o in out {
        let topic = match o.dest {
            Dest::Events => &topics.events,
            Dest::Offers => &topics.offers,
            Dest::Dlq => &topics.dlq,
        };
        loop {
            let mut record: FutureRecord<'_, [u8], [u8]> =
                FutureRecord::to(topic).payload(o.value.as_slice());
            if let Some(k) = &o.key {
                record = record.key(k.as_slice());
            }
            if let Some(reason) = o.dlq_reason {
                record = record.headers(OwnedHeaders::new().insert(Header {
                    key: DLQ_REASON_HEADER,
                    value: Some(reason),
                }));
            }
            match producer.send_result(record) {
                Ok(f) => {
                    deliveries.push((o.dest, Ok(f)));
                    break;
                }
                Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), _)) => {
                    // Backpressure: the producer's queue drains as the broker
                    // acknowledges; wait a little rather than spin.
                    tokio::time::sleep(Duration::from_millis(2)).await;
                }
                Err((e, _)) => {
                    // Not queued: make the acknowledger fail, so this ping's
                    // offset is never stored.
                    warn!(error = %e, "record could not be queued");
                    deliveries.push((o.dest, Err(e.to_string())));
                    break;
                }
            }
        }
    }
    Pending {
        partition,
        offset,
        deliveries,
    }
}

/// Awaits the outputs of each ping in consumption order and stores its
/// offset once all were acknowledged.
async fn acknowledge(
    mut rx: mpsc::Receiver<Pending>,
    consumer: Arc<StreamConsumer>,
    topics: Topics,
) -> Result<(), StreamError> {
    while let Some(p) = rx.recv().await {
        for (dest, f) in p.deliveries {
            let topic = match dest {
                Dest::Events => &topics.events,
                Dest::Offers => &topics.offers,
                Dest::Dlq => &topics.dlq,
            };
            let f = match f {
                Ok(f) => f,
                Err(detail) => {
                    return Err(StreamError::Delivery {
                        topic: topic.clone(),
                        detail,
                    });
                }
            };
            match f.await {
                Ok(Ok(_)) => {}
                Ok(Err((e, _))) => {
                    return Err(StreamError::Delivery {
                        topic: topic.clone(),
                        detail: e.to_string(),
                    });
                }
                Err(_) => {
                    return Err(StreamError::Delivery {
                        topic: topic.clone(),
                        detail: "the producer dropped the record".into(),
                    });
                }
            }
        }
        if let Some(offset) = p.offset {
            // librdkafka stores offset + 1: the next record to read.
            if let Err(e) = consumer.store_offset(&topics.pings, p.partition, offset) {
                // The partition was revoked meanwhile: its new owner
                // reprocesses from the last commit.
                debug!(partition = p.partition, offset, error = %e, "offset not stored");
            }
        }
    }
    Ok(())
}

impl Pipeline {
    /// Decodes, gates and processes one ping; returns its partition and
    /// offset and what to produce.
    #[allow(
        clippy::needless_pass_by_value,
        reason = "taking the message ends its borrow of the consumer here, before any await"
    )]
    fn process(&mut self, msg: BorrowedMessage<'_>) -> (i32, i64, Vec<Outgoing>) {
        let out = self.process_record(&msg);
        (msg.partition(), msg.offset(), out)
    }

    fn process_record(&mut self, msg: &BorrowedMessage<'_>) -> Vec<Outgoing> {
        self.summary.pings += 1;
        let now = self.clock.now();
        let ping = match self.reader.read(msg.key(), msg.payload(), now) {
            Ok(p) => p,
            Err(e) => {
                let reason = e.reason();
                telemetry::ping(PingOutcome::Dlq);
                telemetry::dlq(reason);
                self.summary.dlq += 1;
                let entry = DlqEntry {
                    topic: msg.topic().to_owned(),
                    partition: msg.partition(),
                    offset: msg.offset(),
                    key: msg.key().map(<[u8]>::to_vec),
                    value: msg.payload().map(<[u8]>::to_vec),
                    reason,
                    detail: e.to_string(),
                    rejected_at: now,
                    record_timestamp_ms: msg.timestamp().to_millis(),
                };
                return vec![Outgoing {
                    dest: Dest::Dlq,
                    key: msg.key().map(<[u8]>::to_vec),
                    value: encode_dlq(&entry),
                    dlq_reason: Some(reason.as_str()),
                }];
            }
        };
        if !self.ledger.allows(&ping.user_id, Purpose::Location) {
            telemetry::ping(PingOutcome::NoLocationConsent);
            return Vec::new();
        }
        self.process_ping(msg.partition(), &ping, now)
    }

    fn process_ping(&mut self, partition: i32, ping: &Ping, now: Timestamp) -> Vec<Outgoing> {
        // Caps history expires by itself only when pruned: drop entries past
        // their retention once per hour of processing time, so memory stays
        // bounded on a long run. (No changelog yet, so the changed users it
        // returns need no records.)
        if now.duration_since(self.last_prune) >= HISTORY_PRUNE_EVERY {
            self.last_prune = now;
            let _ = self.history.prune(now);
        }
        let state = match self.partitions.entry(partition) {
            std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::hash_map::Entry::Vacant(e) => {
                // Validated in `connect`.
                let Ok(tracker) = PresenceTracker::new(self.presence.clone()) else {
                    return Vec::new();
                };
                e.insert(PartitionState {
                    tracker,
                    max_event_time: None,
                    last_sweep: Timestamp::EPOCH,
                })
            }
        };
        let max = state
            .max_event_time
            .map_or(ping.timestamp, |m| m.max(ping.timestamp));
        state.max_event_time = Some(max);
        let watermark = max.saturating_sub(self.allowed_lateness);

        let index = Arc::clone(&self.index);
        let mut near = Vec::new();
        index.near(
            ping.position,
            state.tracker.min_query_radius_m(ping.accuracy),
            &mut near,
        );
        self.nearby.clear();
        self.nearby.extend(near.iter().map(|n| NearbyFence {
            fence_id: n.fence.id.clone(),
            store_id: n.fence.store_id.clone(),
            dwell_threshold: n.fence.dwell,
            inside: n.inside,
            distance_to_edge_m: n.distance_to_edge_m,
        }));
        let mut events = match state.tracker.update(ping, &self.nearby, watermark, now) {
            Outcome::Processed(events) => {
                telemetry::ping(PingOutcome::Processed);
                events
            }
            Outcome::Late(_) => {
                telemetry::ping(PingOutcome::Late);
                Vec::new()
            }
        };
        if watermark.duration_since(state.last_sweep) >= SWEEP_STEP {
            state.last_sweep = watermark;
            events.extend(state.tracker.sweep(watermark, now));
        }

        let mut out = Vec::with_capacity(events.len() * 2);
        for event in &events {
            self.emit_event(event, now, &mut out);
            if matches!(event.kind, EventKind::Enter | EventKind::Dwell) {
                let Some(fence) = near.iter().find(|n| n.fence.id == event.fence_id) else {
                    continue;
                };
                let attributes = FenceAttributes {
                    fence_id: &fence.fence.id,
                    store_id: &fence.fence.store_id,
                    tags: &fence.fence.tags,
                    time_zone: fence.fence.time_zone,
                };
                match self
                    .rules
                    .decide(event, &attributes, &self.ledger, &self.history, now)
                {
                    Decision::Trigger(trigger) => {
                        self.history.record(&trigger, event.visit_id);
                        telemetry::trigger();
                        self.summary.triggers += 1;
                        out.push(Outgoing {
                            dest: Dest::Offers,
                            key: Some(trigger.user_id.as_str().as_bytes().to_vec()),
                            value: encode_trigger(&trigger),
                            dlq_reason: None,
                        });
                    }
                    Decision::Suppressed(reason) => telemetry::suppression(reason),
                }
            }
        }
        if self.summary.pings % 1024 == 0 {
            self.report_sizes();
        }
        out
    }

    fn emit_event(&mut self, event: &GeofenceEvent, now: Timestamp, out: &mut Vec<Outgoing>) {
        let latency = now.duration_since(event.event_time).as_secs_f64();
        telemetry::event(event.kind, latency);
        self.summary.events += 1;
        out.push(Outgoing {
            dest: Dest::Events,
            key: Some(event.user_id.as_str().as_bytes().to_vec()),
            value: encode_event(event),
            dlq_reason: None,
        });
    }

    fn report_sizes(&self) {
        let users = self
            .partitions
            .values()
            .map(|p| p.tracker.tracked_users())
            .sum();
        telemetry::sizes(users, self.ledger.len());
    }

    /// Acts on a consent change: purges presence state (and caps history on
    /// erasure).
    fn table_update(&mut self, update: TableUpdate) {
        if let TableUpdate::Consent {
            user,
            purge_presence,
            purge_history,
        } = update
        {
            if purge_presence {
                for p in self.partitions.values_mut() {
                    p.tracker.purge(&user);
                }
            }
            if purge_history {
                self.history.forget(&user);
            }
        }
    }

    /// Swaps in a rebuilt index; ends visits at removed fences.
    fn swap_index(&mut self, index: FenceIndex, took: Duration) -> Vec<Outgoing> {
        let new_ids: HashSet<_> = index.fences().iter().map(|f| f.id.clone()).collect();
        let removed: Vec<_> = self
            .index
            .fences()
            .iter()
            .filter(|f| !new_ids.contains(&f.id))
            .map(|f| f.id.clone())
            .collect();
        telemetry::fences_live(index.fences().len(), took.as_secs_f64());
        info!(
            fences = index.fences().len(),
            removed = removed.len(),
            build_ms = took.as_millis(),
            "fence index swapped"
        );
        self.index = Arc::new(index);
        let mut out = Vec::new();
        if removed.is_empty() {
            return out;
        }
        let now = self.clock.now();
        let mut events = Vec::new();
        for p in self.partitions.values_mut() {
            events.extend(p.tracker.fences_removed(&removed, now, now));
        }
        for event in &events {
            self.emit_event(event, now, &mut out);
        }
        out
    }
}
