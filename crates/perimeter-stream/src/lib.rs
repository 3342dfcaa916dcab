//! Perimeter's stream processor: the only crate that talks to Kafka.
//!
//! [`Processor::connect`] reads the fences and consent topics whole (every
//! partition, up to the high watermarks observed at startup, no consumer
//! group) into a [`FenceIndex`](perimeter_fences::FenceIndex) and a
//! [`ConsentLedger`](perimeter_offers::ConsentLedger): when it returns, the
//! processor is ready. [`Processor::run`] then consumes the pings topic in a
//! consumer group and, for each ping:
//!
//! 1. decodes and validates it ([`perimeter_wire::PingReader`]); a bad
//!    record goes to the DLQ with its original key and value and a
//!    [`DLQ_REASON_HEADER`](perimeter_wire::DLQ_REASON_HEADER) header;
//! 2. drops it (counted, never stored) unless the user granted `location`;
//! 3. asks the fence index which fences are near;
//! 4. feeds the presence state machine of the ping's partition;
//! 5. decides offers for ENTER and DWELL events;
//! 6. produces events and triggers (key = user id) and stores the ping's
//!    offset only after every record it produced was acknowledged, in
//!    consumption order (so in order per partition).
//!
//! The fences and consent topics keep being followed while pings flow:
//! consent updates apply at once (revoking `location` purges the user's
//! presence state), fence changes rebuild the index on a blocking thread
//! and swap it in whole. An event-time watermark per partition (highest
//! ping time seen minus [`ProcessorConfig::allowed_lateness`]) drives the
//! silence-timeout sweep.
//!
//! Per-partition presence state and caps history are written to the
//! compacted presence-state changelog, restored when a partition is
//! assigned and drained when it is revoked. [`LiveTables`] lets the admin
//! API read the live fence catalog; [`Publisher`] writes fence catalog
//! changes and erase requests. Not built yet: a transactional mode. See
//! `docs/operations.md`.
//!
//! Metric names live in [`telemetry`].

mod acks;
mod barrier;
mod clock;
mod config;
mod error;
mod health;
mod live;
mod poller;
mod processor;
mod publish;
mod tables;
pub mod telemetry;
mod worker;

pub use clock::Clock;
pub use config::{ProcessorConfig, Topics};
pub use error::StreamError;
pub use health::{Health, HealthReport};
pub use live::{LiveCatalog, LiveTables};
pub use processor::{Processor, Progress, RunSummary};
pub use publish::Publisher;
