//! Consent ledger, campaign rules and caps: decide whether a geofence event
//! triggers an offer (`Trigger`) or not (`Suppressed(reason)`).
//!
//! Pure: no I/O, no clock (every `now` is passed in), no async. The stream
//! layer wires it to Kafka.
//!
//! # Pieces
//! - [`ConsentLedger`]: the latest consent per user from the consent topic,
//!   default deny. [`ConsentLedger::apply`] reports revocations and erasures
//!   ([`ConsentChange`]) so the caller purges presence state and history.
//! - [`CampaignRules`]: campaigns loaded from a TOML file
//!   ([`CampaignRules::from_toml_str`]), plus the [`GlobalLimits`] (3 offers
//!   per user per local day, quiet hours 21:00-08:00, one offer per visit).
//! - [`CampaignRules::decide`]: the pure decision, see its docs for the order
//!   of checks.
//! - [`CapsHistory`]: the recent offers per user, self-expiring, with
//!   per-user snapshots ([`CapsSnapshot`]) for a compacted changelog.
//!
//! # Time
//! Every time-of-day check uses the decision time `now`, because that is
//! when the message reaches the user: quiet hours in the user's time zone,
//! the campaign schedule and validity window in the fence's (store's) time
//! zone, the store's opening hours (the caller passes whether the store is
//! open at `now`, [`FenceAttributes::store_open`]), the daily cap on the
//! user's local calendar day (midnight to midnight in their zone, 23 or 25
//! hours on DST changes). Staleness compares the event time with `now`.
//!
//! # Recording triggers
//! [`decide`](CampaignRules::decide) does not record: it reads the history
//! and returns a decision, so it can be replayed and tested as a function.
//! The caller records each trigger with [`CapsHistory::record`] right after
//! `decide` returned it, before deciding the same user's next event, and
//! writes the user's [`CapsHistory::snapshot`] to the changelog together with
//! the trigger. Recording only after the broker acknowledged the trigger
//! would let a second event of the same user, decided while the first
//! trigger is in flight, slip past the caps and one-offer-per-visit rule.
//! Offsets are stored only after the trigger and the changelog write are
//! acknowledged, so after a crash the input is replayed against the restored
//! history: the same event yields the same trigger id (consumers drop the
//! duplicate), or a suppression if the changelog already had the record.
//!
//! # Erasure and revocation
//! See `docs/privacy.md`: what is stored, for how long, and what is purged.

mod campaign;
mod decide;
mod grants;
mod history;
mod ledger;
mod limits;

/// The time zone type of [`FenceAttributes::time_zone`] and
/// [`UserConsent::time_zone`], re-exported so callers use the same version.
pub use chrono_tz::Tz;

pub use campaign::{
    Campaign, CampaignError, CampaignFile, CampaignFileError, CampaignRules, CampaignSpec, DaySpec,
    EventKindSpec, FenceSelector, FenceSelectorSpec, MAX_COOLDOWN, MAX_MAX_AGE, MAX_MESSAGE_CHARS,
    MAX_NAME_CHARS, MAX_SENDER_CHARS, MAX_TTL, Offer, OfferSpec, Schedule, ScheduleSpec,
    TimeWindow,
};
pub use decide::{Decision, FenceAttributes};
pub use grants::GrantHash;
pub use history::{CapsHistory, CapsSnapshot, MIN_RETENTION, SentOffer, UserCaps};
pub use ledger::{
    ConsentChange, ConsentLedger, DEFAULT_TOMBSTONE_RETENTION, InvalidConsent, UserConsent,
};
pub use limits::{
    DEFAULT_MAX_OFFERS_PER_DAY, GlobalLimits, InvalidLimits, MAX_GLOBAL_OFFERS_PER_DAY,
    default_quiet_hours,
};
