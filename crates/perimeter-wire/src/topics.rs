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
/// Optional suppression audit, keyed by user id ([`crate::proto::Suppression`]).
pub const SUPPRESSIONS: &str = "perimeter.suppressions";
/// Dead letters, keyed by the original key ([`crate::proto::DlqRecord`]).
pub const DLQ: &str = "perimeter.dlq";
