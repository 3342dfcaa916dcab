//! The partition engine: one pure, deterministic state machine per ping
//! partition, with Kafka at the edge.
//!
//! A [`PartitionEngine`] takes ordered inputs (a batch of ping records, a
//! user's consent change, a fence catalog swap, a tick of processing time)
//! and appends what they produce to [`Outputs`]: events, offer triggers and
//! DLQ records to publish, counts for metrics, and the state writes
//! ([`StateWrite`]) that keep the partition's changelog complete. There is
//! no I/O, no clock and no thread here: processing time comes in with every
//! input, and the global tables (consent ledger, fence index) come in as
//! immutable references ([`Tables`]).
//!
//! The changelog *is* the snapshot: the latest value of every key written
//! (one record per user, plus the partition's clock record under
//! [`perimeter_wire::PARTITION_MARKER_KEY`]) restores an engine
//! ([`PartitionEngine::restore`]) that, fed the same inputs, produces
//! byte-identical outputs (`tests/replay.rs` proves it on random
//! interleavings).
//!
//! What the engine guarantees on its own:
//!
//! - **Event time bounded by processing time**: a ping stamped ahead of
//!   `now` moves the partition's event time to `now` at most, so no device
//!   can make another user's pings late.
//! - **The watermark is state**: it is written with the partition's state
//!   and restored with it; a restored partition that stays quiet still
//!   times its visits out.
//! - **Consent gates everything**: a ping of a user without `location`
//!   consent is dropped and their presence state purged; no event is
//!   emitted for such a user, whatever produced it (a timeout sweep, a
//!   catalog swap), so a purge that has not arrived yet cannot leak.
//! - **Fence validity and opening hours**: a fence produces no visit
//!   outside its validity window; a visit open when the window ends gets
//!   EXIT(`fence_expired`); offers are decided only while the store is open
//!   in its own time zone (otherwise `store_closed`).

mod convert;
mod engine;
mod explain;
mod fences;
mod legacy;
mod output;
pub mod state;

pub use engine::{EngineConfig, PartitionEngine, RawPing, Tables};
pub use explain::{CONTEXT_M, ExplainedFence, Explanation, explain};
pub use fences::FenceSnapshot;
pub use output::{Counts, Origin, Outputs, PingOutcome, Record, RestoreCounts, StateWrite};
