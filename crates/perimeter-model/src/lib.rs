//! Perimeter's domain model.
//!
//! Every type here is validated on construction, so code that receives one can
//! trust it: a [`Position`] always has finite, in-range coordinates, an
//! [`Accuracy`] is never negative, an id is never empty. Construction failures
//! are small error types that carry the offending value and a reason.
//!
//! The crate does no I/O and reads no clock: time comes in as [`Timestamp`]s.

mod consent;
mod event;
mod geo;
mod hash;
mod id;
mod offer;
mod ping;
mod time;

pub use consent::{
    ConsentRecord, ConsentUpdate, EraseRequest, InvalidLocalTime, LocalTime, Purpose, Purposes,
    QuietHours,
};
pub use event::{EventId, EventKind, ExitReason, GeofenceEvent, H3Cell, VisitId};
pub use geo::{Accuracy, InvalidAccuracy, InvalidPosition, Position, PositionError, haversine_m};
pub use hash::StableHasher;
pub use id::{CampaignId, Category, FenceId, IdError, InvalidId, OfferId, StoreId, UserId};
pub use offer::{OfferTrigger, SuppressionReason, TriggerId};
pub use ping::Ping;
pub use time::{InvalidTimestamp, Timestamp};
