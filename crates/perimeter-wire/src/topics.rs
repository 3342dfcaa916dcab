//! Default topic names. Every name is configurable; these are what a fresh
//! deployment uses. See `docs/topics.md` for each topic's contract.

/// Location pings, keyed by user id ([`crate::proto::Ping`] or JSON).
pub const PINGS: &str = "perimeter.pings";
/// Consent updates, compacted, keyed by user id ([`crate::proto::ConsentUpdate`]).
pub const CONSENT: &str = "perimeter.consent";
/// The fence catalog, compacted, keyed by fence id ([`crate::proto::FenceRecord`]).
pub const FENCES: &str = "perimeter.fences";
/// Geofence events, keyed by user id ([`crate::proto::GeofenceEvent`]).
pub const EVENTS: &str = "perimeter.events";
/// Offer triggers, keyed by user id ([`crate::proto::OfferTrigger`]).
pub const OFFERS: &str = "perimeter.offers";
/// Suppressed offer decisions, keyed by user id ([`crate::proto::Suppression`]);
/// written only when turned on.
pub const SUPPRESSIONS: &str = "perimeter.suppressions";
/// Dead letters: the original key and value, with `perimeter.errors.*`
/// headers ([`crate::DlqEntry::headers`]).
pub const DLQ: &str = "perimeter.dlq";
/// Presence-state changelog, compacted, keyed by user id, co-partitioned with
/// [`PINGS`]: Perimeter's own per-user state ([`crate::UserState`]) and one
/// [`crate::PartitionMarker`] per partition (key
/// [`crate::PARTITION_MARKER_KEY`]), restored when a partition is assigned.
/// Not for other consumers.
pub const PRESENCE_STATE: &str = "perimeter.presence-state";
