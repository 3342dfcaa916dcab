//! The processor: Kafka clients, threads, startup and shutdown.
//!
//! Threads of a running processor:
//!
//! - the **poll loop** ([`crate::poller`]): the pings consumer in a group,
//!   rebalances, dispatch to workers, offset storing;
//! - **workers** ([`crate::worker`]), one per core by default: decoding,
//!   consent gate, index lookups, presence, offers, changelog;
//! - the **tables** thread: follows the fences and consent topics, updates
//!   the shared consent ledger at once, tells workers about purges, and
//!   hands fence changes to
//! - the **index updates** thread ([`crate::index_updates`]): applies them
//!   to the live fence index (its base shared, only an overlay rebuilt),
//!   folds the overlay into a new base on a background thread once it has
//!   grown, and hands each new index to the workers;
//! - librdkafka's own threads, including the producer's delivery thread,
//!   which releases batches ([`crate::acks`]).

use std::future::Future;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, PoisonError, RwLock};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use perimeter_engine::{EngineConfig, FenceSnapshot};
use perimeter_fences::IncrementalIndex;
use perimeter_model::UserId;
use perimeter_offers::{ConsentChange, ConsentLedger};
use perimeter_presence::PresenceTracker;
use rdkafka::ClientConfig;
use rdkafka::config::FromClientConfigAndContext;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::{Headers as _, Message};
use rdkafka::producer::{Producer, ThreadedProducer};
use tracing::{info, warn};

use crate::acks::{OutputContext, StateInFlight};
use crate::barrier::ConsentBarrier;
use crate::index_updates::{self, ChangeBatch, CompactionPolicy, Swap, UpdateKind};
use crate::poller::{PingsContext, PollerShared, poll_loop};
use crate::properties::{self, Role};
use crate::tables::{self, FenceTable, StartupEnds, TableUpdate};
use crate::telemetry;
use crate::txn::Transactions;
use crate::worker::{Control, Counters, Ownership, Work, Worker, WorkerShared};
use crate::{Guarantee, Health, LiveCatalog, LiveTables, ProcessorConfig, StreamError};

/// Batches queued per worker before the poll loop waits.
const WORKER_QUEUE: usize = 64;
/// How often the tables thread drops expired erasure tombstones.
const TOMBSTONE_PRUNE_EVERY: Duration = Duration::from_secs(3600);
/// Fence changes go to the index once the fences topic had nothing more to
/// read, or after this long if table records keep coming: an upload's
/// records arrive as a burst, and one index update per burst is both
/// cheaper and less likely to show half an upload than one per record.
const CHANGES_SETTLE: Duration = Duration::from_secs(1);
/// How far below the session timeout a partition's drain deadline ends.
const DRAIN_MARGIN: Duration = Duration::from_secs(1);
/// librdkafka's default `session.timeout.ms`.
const DEFAULT_SESSION_TIMEOUT_MS: u64 = 45_000;
/// librdkafka's default `max.poll.interval.ms`.
const DEFAULT_MAX_POLL_INTERVAL_MS: u64 = 300_000;
/// Perimeter's default `message.timeout.ms` for its producer (librdkafka's
/// is 300 s): how long a record may take to be acknowledged before the
/// processor stops. Kept well below `max.poll.interval.ms`, because a
/// released partition waits for its changelog records this long.
const DEFAULT_MESSAGE_TIMEOUT_MS: u64 = 120_000;
/// How long a metadata request may take at startup.
const METADATA_TIMEOUT: Duration = Duration::from_secs(10);

/// Deadlines and modes derived from a [`ProcessorConfig`] by
/// [`ProcessorConfig::check`].
struct Limits {
    /// How long releasing a partition may take (below the session timeout).
    drain_timeout: Duration,
    /// How long a released partition waits for its changelog records.
    state_timeout: Duration,
    /// The producer's default `message.timeout.ms` (the Kafka properties
    /// may override it).
    message_timeout_ms: u64,
    exactly_once: Option<crate::ExactlyOnce>,
}

impl ProcessorConfig {
    /// Checks what can be checked without Kafka: the presence settings,
    /// the deadlines of releasing a partition against the group's session
    /// and rebalance timeouts, and the exactly-once settings. `connect`
    /// calls it first; `perimeter run --check` calls it too, so that a
    /// configuration the check accepts does not fail at startup.
    ///
    /// # Errors
    /// [`StreamError::Presence`], [`StreamError::DrainDeadline`],
    /// [`StreamError::RevokeBudget`] or [`StreamError::ExactlyOnce`].
    pub fn check(&self) -> Result<(), StreamError> {
        self.limits().map(|_| ())
    }

    fn limits(&self) -> Result<Limits, StreamError> {
        // Checked before any I/O, so that partition states can be created
        // later without an error path.
        let _validated = PresenceTracker::new(self.presence.clone())?;
        let property = |role: Role, names: &[&str], default: u64| {
            properties::value_for(&self.kafka_properties, role, names)
                .and_then(|v| v.trim().parse::<u64>().ok())
                .unwrap_or(default)
        };
        // One deadline for releasing a partition: the workers stop writing
        // its state when it passes, and it must pass before the group
        // coordinator can hand the partition to another instance.
        let session_ms = property(
            Role::Consumer,
            &["session.timeout.ms"],
            DEFAULT_SESSION_TIMEOUT_MS,
        );
        let session = Duration::from_millis(session_ms);
        if session <= DRAIN_MARGIN {
            return Err(StreamError::DrainDeadline {
                drain_ms: self.shutdown_timeout.as_millis(),
                session_ms,
            });
        }
        let drain_timeout = self.shutdown_timeout.min(session - DRAIN_MARGIN);
        if self
            .kafka_properties
            .iter()
            .any(|(k, _)| properties::scope(k).1 == "transactional.id")
        {
            return Err(StreamError::ExactlyOnce(
                "transactional.id is not a Kafka property here: choose Guarantee::ExactlyOnce \
                 with its transactional_id"
                    .into(),
            ));
        }
        let exactly_once = match &self.guarantee {
            Guarantee::AtLeastOnce => None,
            Guarantee::ExactlyOnce(eos) => Some(eos.clone()),
        };
        if let Some(eos) = &exactly_once {
            if eos.transactional_id.trim().is_empty() {
                return Err(StreamError::ExactlyOnce(
                    "the transactional id is empty".into(),
                ));
            }
            if eos.commit_interval.is_zero() || eos.commit_interval >= eos.transaction_timeout {
                return Err(StreamError::ExactlyOnce(format!(
                    "the commit interval ({} ms) must be above 0 and below the transaction \
                     timeout ({} ms)",
                    eos.commit_interval.as_millis(),
                    eos.transaction_timeout.as_millis()
                )));
            }
        }
        // Then the changelog records a released partition already handed
        // to the producer resolve (librdkafka fails them after
        // message.timeout.ms), all before the group may give the partition
        // to another instance. A transactional producer's records time out
        // with its transactions (librdkafka requires message.timeout.ms <=
        // transaction.timeout.ms).
        let default_message_timeout_ms = exactly_once
            .as_ref()
            .map_or(DEFAULT_MESSAGE_TIMEOUT_MS, |e| {
                u64::try_from(e.transaction_timeout.as_millis()).unwrap_or(u64::MAX)
            });
        let message_timeout_ms = property(
            Role::Producer,
            &["message.timeout.ms", "delivery.timeout.ms"],
            default_message_timeout_ms,
        );
        let max_poll_interval_ms = property(
            Role::Consumer,
            &["max.poll.interval.ms"],
            DEFAULT_MAX_POLL_INTERVAL_MS,
        );
        if drain_timeout.as_millis() + u128::from(message_timeout_ms)
            >= u128::from(max_poll_interval_ms)
        {
            return Err(StreamError::RevokeBudget {
                drain_ms: drain_timeout.as_millis(),
                message_timeout_ms,
                max_poll_interval_ms,
            });
        }
        Ok(Limits {
            drain_timeout,
            state_timeout: Duration::from_millis(message_timeout_ms) + DRAIN_MARGIN,
            message_timeout_ms: default_message_timeout_ms,
            exactly_once,
        })
    }
}

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

/// A live view of what a running processor has done so far (for progress
/// displays and benchmarks); cheap to clone and to read.
#[derive(Clone)]
pub struct Progress {
    shared: Arc<WorkerShared>,
}

impl Progress {
    /// What was done so far: pings taken up by workers (every outcome),
    /// events, triggers and DLQ records handed to the producer.
    #[must_use]
    pub fn summary(&self) -> RunSummary {
        let c = &self.shared.counters;
        RunSummary {
            pings: c.pings.load(Ordering::Relaxed),
            events: c.events.load(Ordering::Relaxed),
            triggers: c.triggers.load(Ordering::Relaxed),
            dlq: c.dlq.load(Ordering::Relaxed),
        }
    }
}

impl std::fmt::Debug for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Progress").field(&self.summary()).finish()
    }
}

/// A connected, ready processor: the global tables are loaded and the
/// fence index is built; no ping has been read yet.
pub struct Processor {
    pings: BaseConsumer<PingsContext>,
    tables: BaseConsumer,
    /// Asks the broker for the consent topic's high watermarks.
    barrier_client: BaseConsumer,
    consent_partitions: Vec<i32>,
    fence_table: FenceTable,
    /// The startup index and its catalog version.
    fences: FenceSnapshot,
    shared: Arc<WorkerShared>,
    receivers: Vec<(
        crossbeam_channel::Receiver<Work>,
        crossbeam_channel::Receiver<Control>,
    )>,
    failed: Arc<AtomicBool>,
    health: Health,
    live: LiveTables,
    shutdown_timeout: Duration,
}

fn client_config(config: &ProcessorConfig) -> ClientConfig {
    let mut c = ClientConfig::new();
    c.set("bootstrap.servers", &config.brokers);
    c
}

/// Settings every consumer of the processor shares. librdkafka postpones
/// the next fetch of a partition by `fetch.queue.backoff.ms` (default 1 s)
/// whenever its local queue is over the prefetch thresholds; while catching
/// up that leaves the workers idle for most of each second. Measured with
/// the `pipeline` benchmark (3M pings, 64 partitions): 15.5 s with the
/// default, 6.7 s with 5 ms.
fn consumer_config(config: &ProcessorConfig) -> ClientConfig {
    let mut c = client_config(config);
    c.set("fetch.queue.backoff.ms", "10");
    c
}

/// The user's properties for a client of `role` (see
/// [`properties::for_role`]).
fn apply_extra(c: &mut ClientConfig, config: &ProcessorConfig, role: Role) {
    for (k, v) in properties::for_role(&config.kafka_properties, role) {
        c.set(k, v);
    }
}

fn client_err(role: &'static str) -> impl Fn(rdkafka::error::KafkaError) -> StreamError {
    move |source| StreamError::Client { role, source }
}

/// The partition count of a topic, or [`StreamError::MissingTopic`].
fn partitions_of(consumer: &BaseConsumer, topic: &str) -> Result<usize, StreamError> {
    partition_ids(consumer, topic).map(|ids| ids.len())
}

/// The partition numbers of a topic, or [`StreamError::MissingTopic`].
fn partition_ids(consumer: &BaseConsumer, topic: &str) -> Result<Vec<i32>, StreamError> {
    let metadata = consumer
        .fetch_metadata(Some(topic), METADATA_TIMEOUT)
        .map_err(|source| StreamError::Metadata {
            topic: topic.into(),
            source,
        })?;
    let ids: Vec<i32> = metadata
        .topics()
        .iter()
        .filter(|t| t.name() == topic && t.error().is_none())
        .flat_map(|t| {
            t.partitions()
                .iter()
                .map(rdkafka::metadata::MetadataPartition::id)
        })
        .collect();
    if ids.is_empty() {
        return Err(StreamError::MissingTopic {
            topic: topic.into(),
        });
    }
    Ok(ids)
}

impl Processor {
    /// Creates the Kafka clients, checks the topics (the changelog must have
    /// as many partitions as the pings topic), reads the fences and consent
    /// topics to their end offsets as of now and builds the fence index.
    /// When this returns the processor is ready; no ping has been read yet.
    ///
    /// # Errors
    /// [`StreamError`] when a client cannot be created, a topic is missing
    /// or not co-partitioned, the tables are not caught up within
    /// [`ProcessorConfig::startup_timeout`], or the index cannot be built.
    pub async fn connect(config: ProcessorConfig) -> Result<Self, StreamError> {
        let Limits {
            drain_timeout,
            state_timeout,
            message_timeout_ms,
            exactly_once,
        } = config.limits()?;
        if drain_timeout < config.shutdown_timeout {
            info!(
                drain_ms = drain_timeout.as_millis(),
                "partition drain deadline kept below the session timeout"
            );
        }
        telemetry::register();
        telemetry::ready(false);
        let workers = if config.workers == 0 {
            std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
        } else {
            config.workers
        };

        // Tables: assigned, never in a group, never committing.
        let mut tc = consumer_config(&config);
        tc.set("group.id", format!("{}-tables-unused", config.group_id))
            .set("enable.auto.commit", "false")
            .set("enable.auto.offset.store", "false")
            .set("enable.partition.eof", "false");
        apply_extra(&mut tc, &config, Role::Consumer);
        let tables: BaseConsumer = tc.create().map_err(client_err("tables consumer"))?;
        // The changelog reader: same settings, its own client.
        let restore: BaseConsumer = tc.create().map_err(client_err("changelog reader"))?;
        // The consent barrier's high-watermark requests: its own client, so
        // they never wait behind a fetch.
        let barrier_client: BaseConsumer = tc.create().map_err(client_err("consent barrier"))?;

        let failed = Arc::new(AtomicBool::new(false));
        let mut prc = client_config(&config);
        prc.set("linger.ms", "5")
            // Outputs are acknowledged by every in-sync replica before the
            // ping's offset is stored.
            .set("acks", "all")
            // Retries never duplicate or reorder a partition's records: a
            // user's changelog records and events stay in the order they
            // were produced (librdkafka keeps at most 5 requests in flight
            // per connection with idempotence).
            .set("enable.idempotence", "true")
            // Outputs keyed like JVM services' topics land on the same
            // partition numbers (changelog records name their partition).
            .set("partitioner", &config.outputs.partitioner)
            .set("message.timeout.ms", message_timeout_ms.to_string());
        if let Some(eos) = &exactly_once {
            prc.set("transactional.id", &eos.transactional_id).set(
                "transaction.timeout.ms",
                eos.transaction_timeout.as_millis().to_string(),
            );
        }
        apply_extra(&mut prc, &config, Role::Producer);
        let state_in_flight = Arc::new(StateInFlight::default());
        let producer = Arc::new(
            ThreadedProducer::from_config_and_context(
                &prc,
                OutputContext::new(Arc::clone(&failed), Arc::clone(&state_in_flight)),
            )
            .map_err(client_err("producer"))?,
        );
        let txn = match &exactly_once {
            None => None,
            Some(eos) => {
                let txn = Arc::new(Transactions::new(
                    Arc::clone(&producer),
                    config.topics.pings.clone(),
                    eos,
                    config.health.clone(),
                ));
                txn.init(Instant::now() + config.startup_timeout)?;
                telemetry::register_transactions();
                info!(
                    transactional_id = %eos.transactional_id,
                    commit_interval_ms = eos.commit_interval.as_millis(),
                    "exactly-once: transactional producer ready"
                );
                // Reads the changelog's high watermark, open transactions
                // included (see poller::wait_stable).
                let mut uc = tc.clone();
                uc.set("isolation.level", "read_uncommitted");
                let probe: BaseConsumer = uc.create().map_err(client_err("changelog probe"))?;
                Some((txn, probe))
            }
        };

        let ping_partitions = partitions_of(&tables, &config.topics.pings)?;
        let changelog_partitions = partitions_of(&tables, &config.topics.presence_state)?;
        if ping_partitions != changelog_partitions {
            return Err(StreamError::NotCoPartitioned {
                pings: config.topics.pings.clone(),
                pings_partitions: ping_partitions,
                changelog: config.topics.presence_state.clone(),
                changelog_partitions,
            });
        }
        for topic in [
            &config.topics.events,
            &config.topics.offers,
            &config.topics.dlq,
        ] {
            partitions_of(&tables, topic)?;
        }
        if config.outputs.suppressions {
            partitions_of(&tables, &config.topics.suppressions)?;
        }

        let (senders, work_rx): (Vec<_>, Vec<_>) = (0..workers)
            .map(|_| crossbeam_channel::bounded(WORKER_QUEUE))
            .unzip();
        let (control, control_rx): (Vec<_>, Vec<_>) =
            (0..workers).map(|_| crossbeam_channel::unbounded()).unzip();
        let receivers = work_rx.into_iter().zip(control_rx).collect();
        let ownership = Arc::new(Ownership::new(ping_partitions));
        let barrier = Arc::new(ConsentBarrier::default());
        let worker_txn = txn.as_ref().map(|(t, _)| Arc::clone(t));
        let poller_shared = PollerShared::new(
            senders,
            Arc::clone(&ownership),
            Arc::clone(&barrier),
            restore,
            config.topics.clone(),
            config.health.clone(),
            drain_timeout,
            config.startup_timeout,
            Arc::clone(&failed),
            (state_in_flight, state_timeout),
            txn,
        );
        let poller_shared = Arc::new(poller_shared);
        // Pings: a consumer group; offsets stored by hand after delivery,
        // committed by the auto-commit timer and when partitions are
        // released.
        let mut pc = consumer_config(&config);
        pc.set("group.id", &config.group_id)
            // Exactly-once: offsets commit with each transaction instead.
            .set("enable.auto.commit", (exactly_once.is_none()).to_string())
            .set("enable.auto.offset.store", "false")
            .set("auto.offset.reset", "earliest")
            .set("enable.partition.eof", "false")
            .set("statistics.interval.ms", "5000");
        apply_extra(&mut pc, &config, Role::Consumer);
        let pings = BaseConsumer::from_config_and_context(
            &pc,
            PingsContext {
                shared: poller_shared,
            },
        )
        .map_err(client_err("pings consumer"))?;

        let ends = tables::assign_all(
            &tables,
            &[&config.topics.fences, &config.topics.consent],
            Instant::now() + config.startup_timeout,
        )?;
        let consent_partitions = partition_ids(&tables, &config.topics.consent)?;
        let startup_timeout = config.startup_timeout;
        let fences_topic = config.topics.fences.clone();
        let clock = config.clock;
        let fence_table = FenceTable::new(config.fence_limits);
        let (tables, mut fence_table, ledger) = tokio::task::spawn_blocking(move || {
            catch_up(
                tables,
                fence_table,
                ends,
                &fences_topic,
                clock,
                startup_timeout,
            )
        })
        .await
        .map_err(|e| StreamError::Thread {
            name: "startup".into(),
            detail: e.to_string(),
        })??;

        // The fences move out of the table into the index: from here on
        // the index is the only copy of the catalog.
        let (fences, catalog_version) = fence_table.take_fences();
        let (index, took) = tokio::task::spawn_blocking(move || tables::build_index(fences))
            .await
            .map_err(|e| StreamError::Index(e.to_string()))??;
        let fences = FenceSnapshot::new(Arc::new(index), catalog_version);
        let index = fences.index().clone();
        telemetry::fences_live(index.len(), catalog_version, 0);
        telemetry::index_built(took.as_secs_f64(), false);
        telemetry::index_generation(1);
        telemetry::consent_users(ledger.len());
        info!(
            fences = index.len(),
            catalog_version,
            consent_users = ledger.len(),
            index_build_ms = took.as_millis(),
            workers,
            "tables loaded"
        );
        config.live.set_fences(LiveCatalog {
            index,
            version: catalog_version,
            generation: 1,
            base_generation: 1,
            updated_at: config.clock.now(),
        });
        let ledger = Arc::new(RwLock::new(ledger));
        config.live.set_ledger(Arc::clone(&ledger));
        config.health.set_tables_caught_up(true);
        tables::note_consent_positions(&tables, &config.topics.consent, &barrier);

        let engine = Arc::new(EngineConfig {
            source_topic: config.topics.pings.clone(),
            presence: config.presence,
            rules: config.rules,
            reader: config.ping_reader,
            allowed_lateness: config.allowed_lateness,
            idle_after: config.idle_partition_after,
            erasure_retention: perimeter_offers::DEFAULT_TOMBSTONE_RETENTION,
            audit_suppressions: config.outputs.suppressions,
        });
        let shared = Arc::new(WorkerShared {
            ledger,
            barrier,
            engine,
            clock: config.clock,
            topics: config.topics,
            outputs: config.outputs,
            producer,
            txn: worker_txn,
            ownership,
            counters: Counters::default(),
            tracked: (0..workers).map(|_| AtomicUsize::new(0)).collect(),
            drain_timeout,
            control,
        });
        Ok(Self {
            pings,
            tables,
            barrier_client,
            consent_partitions,
            fence_table,
            fences,
            shared,
            receivers,
            failed,
            health: config.health,
            live: config.live,
            shutdown_timeout: config.shutdown_timeout,
        })
    }

    /// A handle on the counters of this processor's run.
    #[must_use]
    pub fn progress(&self) -> Progress {
        Progress {
            shared: Arc::clone(&self.shared),
        }
    }

    /// Processes pings until `shutdown` completes or something fails. Then
    /// stops consuming, lets every in-flight ping finish, waits for its
    /// outputs to be acknowledged, stores and commits the offsets, leaves
    /// the group, and returns what it did.
    ///
    /// # Errors
    /// [`StreamError::Delivery`] when an output was not acknowledged (the
    /// offsets of that ping and every later one are not stored, so they are
    /// reprocessed by the next owner), [`StreamError::Consume`] on a fatal
    /// consumer error, [`StreamError::RestoreTimeout`] when a partition's
    /// state could not be read in time.
    pub async fn run(self, shutdown: impl Future<Output = ()>) -> Result<RunSummary, StreamError> {
        let Self {
            pings,
            tables,
            barrier_client,
            consent_partitions,
            fence_table,
            fences,
            shared,
            receivers,
            failed,
            health,
            live,
            shutdown_timeout,
        } = self;
        let stop = Arc::new(AtomicBool::new(false));
        // The tables thread outlives the poll loop: draining partitions at
        // shutdown needs the consent barrier, which needs the ledger to keep
        // following the consent topic.
        let tables_stop = Arc::new(AtomicBool::new(false));
        let spawn_err = |name: &str| {
            let name = name.to_owned();
            move |e: std::io::Error| StreamError::Thread {
                name,
                detail: e.to_string(),
            }
        };

        let mut workers = Vec::new();
        for (id, (work, control)) in receivers.into_iter().enumerate() {
            let worker = Worker::new(id, Arc::clone(&shared), fences.clone(), health.worker());
            workers.push(
                std::thread::Builder::new()
                    .name(format!("perimeter-worker-{id}"))
                    .spawn(move || worker.run(&work, &control))
                    .map_err(spawn_err("worker"))?,
            );
        }
        let observer = {
            let shared = Arc::clone(&shared);
            let topic = shared.topics.consent.clone();
            std::thread::Builder::new()
                .name("perimeter-consent-barrier".into())
                .spawn(move || {
                    shared
                        .barrier
                        .observe_loop(&barrier_client, &topic, &consent_partitions);
                })
                .map_err(spawn_err("consent barrier"))?
        };
        // Closed when the tables thread ends, which ends the index updates.
        let (changes_tx, changes_rx) = crossbeam_channel::unbounded();
        let updates_thread = {
            let shared = Arc::clone(&shared);
            std::thread::Builder::new()
                .name("perimeter-index-updates".into())
                .spawn(move || {
                    index_updates::run(
                        &changes_rx,
                        fences,
                        CompactionPolicy::DEFAULT,
                        IncrementalIndex::compact,
                        |swap| publish_swap(&shared, &live, swap),
                    );
                })
                .map_err(spawn_err("index updates"))?
        };
        let tables_thread = {
            let (shared, stop) = (Arc::clone(&shared), Arc::clone(&tables_stop));
            std::thread::Builder::new()
                .name("perimeter-tables".into())
                .spawn(move || {
                    tables_loop(&tables, fence_table, &shared, &changes_tx, &stop);
                })
                .map_err(spawn_err("tables"))?
        };
        let (done_tx, mut done_rx) = tokio::sync::oneshot::channel::<()>();
        let poller = {
            let (shared, stop) = (Arc::clone(&shared), Arc::clone(&stop));
            std::thread::Builder::new()
                .name("perimeter-poll".into())
                .spawn(move || {
                    let result = poll_loop(pings, &stop, &shared);
                    let _ = done_tx.send(());
                    result
                })
                .map_err(spawn_err("poll"))?
        };
        telemetry::ready(true);
        info!("consuming pings");

        tokio::pin!(shutdown);
        tokio::select! {
            () = &mut shutdown => info!("shutdown requested; draining"),
            _ = &mut done_rx => {}
        }
        stop.store(true, Ordering::Release);
        telemetry::ready(false);
        let mut outcome = join(poller, "poll").await.and_then(|r| r);
        // The poll loop drained every partition (or its deadline passed):
        // a batch still waiting for the consent barrier now fails (its
        // offset is not stored) instead of waiting for a broker that may
        // not answer.
        tables_stop.store(true, Ordering::Release);
        shared.barrier.stop();
        // The poll loop held the last work senders, so the workers finish
        // their queues and stop.
        for w in workers {
            if let Err(e) = join(w, "worker").await {
                outcome = outcome.and(Err(e));
            }
        }
        for (t, name) in [
            (tables_thread, "tables"),
            (updates_thread, "index updates"),
            (observer, "consent barrier"),
        ] {
            if let Err(e) = join(t, name).await {
                outcome = outcome.and(Err(e));
            }
        }
        if let Err(e) = shared.producer.flush(shutdown_timeout) {
            warn!(error = %e, "producer flush at shutdown");
        }
        if failed.load(Ordering::Acquire) && outcome.is_ok() {
            outcome = Err(shared.producer.context().failure_error());
        }
        let summary = Progress { shared }.summary();
        if outcome.is_err() {
            health.set_failed();
        }
        info!(?summary, ok = outcome.is_ok(), "stopped");
        outcome.map(|()| summary)
    }
}

/// Waits for a thread without blocking the async runtime.
async fn join<T: Send + 'static>(handle: JoinHandle<T>, name: &str) -> Result<T, StreamError> {
    tokio::task::spawn_blocking(move || handle.join())
        .await
        .map_err(|e| StreamError::Thread {
            name: name.into(),
            detail: e.to_string(),
        })?
        .map_err(|_| StreamError::Thread {
            name: name.into(),
            detail: "panicked".into(),
        })
}

/// Reads the table topics until every partition reached its startup end.
fn catch_up(
    consumer: BaseConsumer,
    mut fence_table: FenceTable,
    mut ends: StartupEnds,
    fences_topic: &str,
    clock: crate::Clock,
    timeout: Duration,
) -> Result<(BaseConsumer, FenceTable, ConsentLedger), StreamError> {
    let mut ledger = ConsentLedger::new();
    let deadline = Instant::now() + timeout;
    let mut idle = true;
    loop {
        if idle && ends.reached(&consumer) {
            break;
        }
        if Instant::now() >= deadline {
            return Err(StreamError::StartupTimeout {
                seconds: timeout.as_secs(),
            });
        }
        match consumer.poll(Duration::from_millis(100)) {
            Some(Ok(msg)) => {
                idle = false;
                ends.note(msg.topic(), msg.partition(), msg.offset());
                // The index is built once at the end and no presence state
                // exists yet, so the update needs no further action.
                let _ = tables::apply(
                    &msg,
                    fences_topic,
                    &mut fence_table,
                    &mut ledger,
                    clock.now(),
                );
            }
            Some(Err(e)) => warn!(error = %e, "tables consumer error during startup"),
            None => idle = true,
        }
        if !idle && ends.is_done() {
            break;
        }
    }
    Ok((consumer, fence_table, ledger))
}

/// Tells every worker about a consent change that purges state. Never
/// blocks: the control channels are unbounded.
fn tell_workers(shared: &WorkerShared, user: &UserId, change: ConsentChange) {
    if !(change.purge_presence() || change.purge_history()) {
        return;
    }
    for w in &shared.control {
        let _ = w.send(Control::Consent {
            user: user.clone(),
            change,
        });
    }
}

/// Publishes a new live index: the admin API's view, the metrics, and
/// every worker (visits at removed fences end).
fn publish_swap(shared: &WorkerShared, live: &LiveTables, swap: &Swap) {
    let index = swap.fences.index();
    let version = swap.fences.version();
    telemetry::fences_live(index.len(), version, index.overlay_len());
    telemetry::index_generation(swap.generation);
    match swap.kind {
        UpdateKind::Apply => telemetry::index_applied(swap.took.as_secs_f64()),
        UpdateKind::Compaction => telemetry::index_built(swap.took.as_secs_f64(), true),
        UpdateKind::FullBuild => telemetry::index_built(swap.took.as_secs_f64(), false),
    }
    info!(
        fences = index.len(),
        catalog_version = version,
        removed = swap.removed.len(),
        update = swap.kind.as_str(),
        took_ms = swap.took.as_secs_f64() * 1e3,
        overlay_fences = index.overlay_len(),
        generation = swap.generation,
        base_generation = swap.base_generation,
        "fence index swapped"
    );
    live.set_fences(LiveCatalog {
        index: index.clone(),
        version,
        generation: swap.generation,
        base_generation: swap.base_generation,
        updated_at: shared.clock.now(),
    });
    for w in &shared.control {
        let _ = w.send(Control::SwapIndex {
            fences: swap.fences.clone(),
            removed: Arc::clone(&swap.removed),
        });
    }
}

/// Follows the fences and consent topics while pings flow; fence changes
/// go to the index updates thread through `changes`.
fn tables_loop(
    consumer: &BaseConsumer,
    mut table: FenceTable,
    shared: &WorkerShared,
    changes: &crossbeam_channel::Sender<ChangeBatch>,
    stop: &AtomicBool,
) {
    let mut dirty = false;
    // Whether the last poll found nothing, and since when the table has
    // changes not yet handed over.
    let mut idle = true;
    let mut dirty_since = Instant::now();
    let mut last_prune = Instant::now();
    while !stop.load(Ordering::Acquire) {
        if dirty && (idle || dirty_since.elapsed() >= CHANGES_SETTLE) {
            dirty = false;
            let (changes_now, version) = table.take_changes();
            // Never blocks (unbounded); fails only once the index updates
            // thread is gone, at shutdown.
            let _ = changes.send(ChangeBatch {
                changes: changes_now,
                version,
            });
        }
        let polled = consumer.poll(Duration::from_millis(100));
        idle = polled.is_none();
        match polled {
            Some(Ok(msg)) => {
                let now = shared.clock.now();
                let consent = msg.topic() == shared.topics.consent;
                let update = {
                    let mut ledger = shared
                        .ledger
                        .write()
                        .unwrap_or_else(PoisonError::into_inner);
                    let update =
                        tables::apply(&msg, &shared.topics.fences, &mut table, &mut ledger, now);
                    telemetry::consent_users(ledger.len());
                    update
                };
                if consent {
                    // The ledger has this record: pings waiting for it may go.
                    shared.barrier.applied(msg.partition(), msg.offset() + 1);
                    if let Some(ms) = msg.timestamp().to_millis()
                        && let Ok(at) = perimeter_model::Timestamp::from_millis(ms)
                    {
                        telemetry::consent_apply_latency(now.duration_since(at).as_secs_f64());
                    }
                }
                match update {
                    TableUpdate::Fences => {
                        if !dirty {
                            dirty_since = Instant::now();
                        }
                        dirty = true;
                    }
                    TableUpdate::Consent { user, change } => tell_workers(shared, &user, change),
                    TableUpdate::Rejected { dlq, denied } => {
                        let original = msg
                            .headers()
                            .into_iter()
                            .flat_map(|hs| hs.iter().map(|h| (h.key, h.value)));
                        crate::worker::produce_dlq(shared, &dlq, original);
                        if let Some((user, change)) = denied {
                            tell_workers(shared, &user, change);
                        }
                    }
                    TableUpdate::Nothing => {}
                }
            }
            Some(Err(e)) => warn!(error = %e, "tables consumer error"),
            // Caught up: the position also moves past offsets that hold no
            // record (compacted away, transaction markers).
            None => {
                tables::note_consent_positions(consumer, &shared.topics.consent, &shared.barrier);
            }
        }
        if last_prune.elapsed() >= TOMBSTONE_PRUNE_EVERY {
            last_prune = Instant::now();
            let mut ledger = shared
                .ledger
                .write()
                .unwrap_or_else(PoisonError::into_inner);
            let pruned = ledger.prune_tombstones(shared.clock.now());
            if pruned > 0 {
                info!(pruned, "expired erasure tombstones dropped");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use perimeter_offers::CampaignRules;

    use super::*;

    fn with(properties: &[(&str, &str)]) -> ProcessorConfig {
        let mut config = ProcessorConfig::new(
            "localhost:9092",
            "g",
            CampaignRules::from_toml_str("").expect("no campaigns"),
        );
        config.kafka_properties = properties
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        config
    }

    #[test]
    fn consumers_and_producers_get_their_own_properties_over_the_shared_ones() {
        let config = with(&[
            ("consumer.client.id", "eu-1-in"),
            ("client.id", "eu-1"),
            ("producer.linger.ms", "20"),
            ("consumer.fetch.max.bytes", "1048576"),
        ]);
        let mut consumer = ClientConfig::new();
        apply_extra(&mut consumer, &config, Role::Consumer);
        assert_eq!(consumer.get("client.id"), Some("eu-1-in"));
        assert_eq!(consumer.get("fetch.max.bytes"), Some("1048576"));
        assert_eq!(consumer.get("linger.ms"), None);
        assert_eq!(
            consumer.get("consumer.client.id"),
            None,
            "never by its prefixed name"
        );
        let mut producer = ClientConfig::new();
        apply_extra(&mut producer, &config, Role::Producer);
        assert_eq!(producer.get("client.id"), Some("eu-1"));
        assert_eq!(producer.get("linger.ms"), Some("20"));
        assert_eq!(producer.get("fetch.max.bytes"), None);
    }

    #[test]
    fn the_drain_and_revoke_budgets_read_the_consumers_and_the_producers_own_properties() {
        assert!(with(&[]).check().is_ok());
        // A session timeout shorter than the drain margin, for consumers.
        for given in [
            vec![("session.timeout.ms", "900")],
            vec![("consumer.session.timeout.ms", "900")],
            vec![
                ("session.timeout.ms", "45000"),
                ("consumer.session.timeout.ms", "900"),
            ],
        ] {
            assert!(
                matches!(with(&given).check(), Err(StreamError::DrainDeadline { .. })),
                "{given:?}"
            );
        }
        // ... but not when only producers are given it.
        assert!(
            with(&[("producer.session.timeout.ms", "900")])
                .check()
                .is_ok()
        );
        // The producer's message timeout against the consumers' rebalance
        // timeout.
        for given in [
            vec![("message.timeout.ms", "400000")],
            vec![("producer.message.timeout.ms", "400000")],
            vec![("consumer.max.poll.interval.ms", "20000")],
        ] {
            assert!(
                matches!(with(&given).check(), Err(StreamError::RevokeBudget { .. })),
                "{given:?}"
            );
        }
        assert!(
            with(&[("consumer.message.timeout.ms", "400000")])
                .check()
                .is_ok()
        );
        assert!(
            with(&[("producer.max.poll.interval.ms", "20000")])
                .check()
                .is_ok()
        );
        assert!(matches!(
            with(&[("producer.transactional.id", "t")]).check(),
            Err(StreamError::ExactlyOnce(_))
        ));
    }
}
