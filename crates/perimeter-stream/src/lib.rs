//! Perimeter's stream processor: the only crate that talks to Kafka.
//!
//! [`Processor::connect`] reads the fences and consent topics whole (every
//! partition, up to the high watermarks observed at startup, no consumer
//! group) into a [`FenceIndex`](perimeter_fences::FenceIndex) (wrapped in
//! an [`IncrementalIndex`](perimeter_fences::IncrementalIndex)) and a
//! [`ConsentLedger`](perimeter_offers::ConsentLedger): when it returns, the
//! processor is ready. [`Processor::run`] then consumes the pings topic in a
//! consumer group. The logic lives in one
//! [`PartitionEngine`](perimeter_engine::PartitionEngine) per partition;
//! this crate is the shell around it:
//!
//! 1. the poll loop reads pings in rounds and hands each partition's batch
//!    to the worker that owns the partition;
//! 2. the consent barrier holds the batch until the ledger has applied the
//!    consent topic up to high watermarks read after the batch was fetched
//!    (consent before pings);
//! 3. the worker calls the engine (decode, DLQ, location consent, fence
//!    lookup, presence, offers) and produces what it returns; the engine's
//!    state writes go to the compacted changelog only after those outputs
//!    were acknowledged, and the ping offsets are stored after that.
//!
//! The fences and consent topics keep being followed while pings flow:
//! consent updates apply at once (unreadable ones deny the user and go to
//! the DLQ; purges reach workers on queues that never block), fence changes
//! are applied to the live index on its own thread without a full build
//! (an overlay over the shared base index, folded into a new base by a
//! background build once it has grown) and each result is swapped in
//! whole.
//!
//! Partition state (users, caps history, erasures, the watermark and other
//! clocks) is restored from the changelog when a partition is assigned and
//! drained, within one deadline below the session timeout, when it is
//! revoked. [`LiveTables`] lets the admin API read the live fence catalog;
//! [`Publisher`] writes fence catalog changes and erase requests.
//!
//! [`Guarantee::ExactlyOnce`] wraps everything a processor writes (events,
//! triggers, DLQ records, changelog records) and the ping offsets in Kafka
//! transactions, one per commit interval (`txn.rs`); the default,
//! [`Guarantee::AtLeastOnce`], may write an output twice after a crash,
//! with the same id. See `docs/reliability.md`.
//!
//! Metric names live in [`telemetry`].

mod acks;
mod barrier;
mod catalog_topic;
mod clock;
mod config;
mod error;
mod health;
mod index_updates;
mod live;
mod poller;
mod processor;
pub mod properties;
mod publish;
mod retry;
pub mod sandbox;
mod tables;
pub mod telemetry;
mod trace;
mod txn;
mod worker;

pub use catalog_topic::{TopicCatalog, VERSION_LOG_HEADER, VERSION_LOG_PARTITION};
pub use clock::Clock;
pub use config::{ExactlyOnce, Guarantee, OutputConfig, ProcessorConfig, SchemaIds, Topics};
pub use error::StreamError;
#[cfg(feature = "test-hooks")]
pub use health::PollLoopHold;
pub use health::{DEFAULT_STALL_TIMEOUT, Health, HealthReport};
pub use live::{LiveCatalog, LiveTables};
pub use processor::{Processor, Progress, RunSummary};
pub use publish::Publisher;
pub use trace::{TRACEPARENT_HEADER, TraceId};
