//! Perimeter's presence state machine: per user and fence, in event time,
//! ENTER, DWELL and EXIT.
//!
//! The crate is pure: no I/O, no clock, no async. Time arrives with the
//! pings (device timestamps), as the partition's watermark, and as an
//! explicit processing time stamped on events.
//!
//! # Semantics (summary; `docs/presence.md` has the full story)
//!
//! For each fence near a ping the tracker reads one of four things:
//!
//! * **confidently inside**: inside, and the accuracy circle lies inside
//!   (`accuracy <= -distance_to_edge`) or `accuracy <= enter_accuracy_limit_m`;
//! * **uncertainly inside**: inside, otherwise;
//! * **ambiguous**: outside within `exit_buffer_m + exit_accuracy_factor *
//!   accuracy` of the edge;
//! * **confidently outside**: beyond that margin, or absent from the index's
//!   answer.
//!
//! ENTER on a confidently-inside ping when no visit is open. DWELL once per
//! visit, on the first inside ping (confident or not) at or after
//! `visit_start + dwell_threshold` while no exit is pending. EXIT(left) when
//! a run of confidently-outside pings spans `exit_debounce` and holds
//! `exit_debounce_pings` pings; a confidently-inside ping cancels the run,
//! uncertain and ambiguous pings leave it alone. EXIT(timeout) after
//! `exit_after_silence` of event time without a ping, EXIT(fence_removed)
//! when the catalog drops the fence. Pings older than the watermark or the
//! user's latest ping are [`Outcome::Late`] and change nothing.
//!
//! # Use
//!
//! ```
//! use std::time::Duration;
//! use perimeter_model::*;
//! use perimeter_presence::*;
//!
//! let mut tracker = PresenceTracker::new(PresenceConfig::default())?;
//! let user = UserId::new("user-1")?;
//! let ping = Ping {
//!     user_id: user.clone(),
//!     position: Position::new(48.85, 2.35)?,
//!     accuracy: Accuracy::new(10.0)?,
//!     timestamp: Timestamp::from_millis(1_700_000_000_000)?,
//! };
//! let near = [NearbyFence {
//!     fence_id: FenceId::new("fence-1")?,
//!     store_id: StoreId::new("store-1")?,
//!     dwell_threshold: Duration::from_secs(300),
//!     inside: true,
//!     distance_to_edge_m: -25.0,
//! }];
//! let watermark = Timestamp::from_millis(1_699_999_990_000)?;
//! let now = Timestamp::from_millis(1_700_000_000_250)?;
//! let outcome = tracker.update(&ping, &near, watermark, now);
//! assert_eq!(outcome.events()[0].kind, EventKind::Enter);
//! // Write the changelog: one record per changed user.
//! for u in tracker.drain_changed_users() {
//!     let record: Option<UserSnapshot> = tracker.snapshot(&u); // None = tombstone
//!     assert_eq!(record.map(|s| s.visits.len()), Some(1));
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod config;
mod snapshot;
mod tracker;
mod users;
mod visit;

pub use config::{InvalidConfig, PresenceConfig};
pub use snapshot::{InvalidSnapshot, PendingExit, SnapshotError, UserSnapshot, VisitSnapshot};
pub use tracker::{Late, MemoryUsage, NearbyFence, Outcome, PresenceTracker, Reading};
