//! Offer triggers and suppression reasons.

use std::fmt;

use crate::{
    CampaignId, Category, EventId, FenceId, OfferId, StableHasher, StoreId, Timestamp, UserId,
};

/// Deterministic id of a trigger: hash of (event id, campaign id).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TriggerId(pub u128);

impl TriggerId {
    /// Derives the id of the trigger `campaign` produced for `event`.
    #[must_use]
    pub fn derive(event: EventId, campaign: &CampaignId) -> Self {
        Self(
            StableHasher::new("perimeter.trigger.v1")
                .write_u64((event.0 >> 64) as u64)
                .write_u64(event.0 as u64)
                .write_str(campaign.as_str())
                .finish(),
        )
    }
}

impl fmt::Display for TriggerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:032x}", self.0)
    }
}

/// A decision to send one offer to one user. It deliberately carries no
/// coordinates: the store and fence say enough, and a location trail must
/// never leak through the offers topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfferTrigger {
    /// Deterministic id, see [`TriggerId::derive`].
    pub id: TriggerId,
    /// Recipient.
    pub user_id: UserId,
    /// The campaign that matched.
    pub campaign_id: CampaignId,
    /// The offer to show.
    pub offer_id: OfferId,
    /// The offer's category.
    pub category: Category,
    /// Sender name shown to the user.
    pub sender: String,
    /// Message text shown to the user.
    pub message: String,
    /// Store of the fence.
    pub store_id: StoreId,
    /// Fence whose event triggered the offer.
    pub fence_id: FenceId,
    /// The triggering event.
    pub event_id: EventId,
    /// Version of the consent record the decision relied on.
    pub consent_version: u64,
    /// Decision time.
    pub created_at: Timestamp,
    /// After this instant the offer must not be shown.
    pub expires_at: Timestamp,
}

/// Why an event produced no offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SuppressionReason {
    /// No `location` consent at decision time.
    NoLocationConsent,
    /// No `offers` consent at decision time.
    NoOffersConsent,
    /// The user blocked the offer's category.
    CategoryBlocked,
    /// Inside the user's quiet hours.
    QuietHours,
    /// The user's daily offer cap is reached.
    FrequencyCap,
    /// The campaign's per-user cooldown has not elapsed.
    Cooldown,
    /// Outside the campaign's store-local schedule or validity window.
    OutsideSchedule,
    /// The event is older than the campaign's `max_age`.
    StaleEvent,
    /// This visit already produced an offer.
    OnePerVisit,
    /// No campaign matches the event.
    NoMatchingCampaign,
    /// The store is closed at decision time, by its opening hours in its
    /// own time zone.
    StoreClosed,
}

impl SuppressionReason {
    /// Every reason, for pre-registering metrics.
    pub const ALL: [Self; 11] = [
        Self::NoLocationConsent,
        Self::NoOffersConsent,
        Self::CategoryBlocked,
        Self::QuietHours,
        Self::FrequencyCap,
        Self::Cooldown,
        Self::OutsideSchedule,
        Self::StaleEvent,
        Self::OnePerVisit,
        Self::NoMatchingCampaign,
        Self::StoreClosed,
    ];

    /// Stable snake_case name, used as metric label and on the wire.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::NoLocationConsent => "no_location_consent",
            Self::NoOffersConsent => "no_offers_consent",
            Self::CategoryBlocked => "category_blocked",
            Self::QuietHours => "quiet_hours",
            Self::FrequencyCap => "frequency_cap",
            Self::Cooldown => "cooldown",
            Self::OutsideSchedule => "outside_schedule",
            Self::StaleEvent => "stale_event",
            Self::OnePerVisit => "one_per_visit",
            Self::NoMatchingCampaign => "no_matching_campaign",
            Self::StoreClosed => "store_closed",
        }
    }
}

impl fmt::Display for SuppressionReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_suppression_reasons_are_listed_once_with_distinct_names() {
        // Exhaustive: a new reason does not compile until it has a place here.
        let position = |r: SuppressionReason| match r {
            SuppressionReason::NoLocationConsent => 0,
            SuppressionReason::NoOffersConsent => 1,
            SuppressionReason::CategoryBlocked => 2,
            SuppressionReason::QuietHours => 3,
            SuppressionReason::FrequencyCap => 4,
            SuppressionReason::Cooldown => 5,
            SuppressionReason::OutsideSchedule => 6,
            SuppressionReason::StaleEvent => 7,
            SuppressionReason::OnePerVisit => 8,
            SuppressionReason::NoMatchingCampaign => 9,
            SuppressionReason::StoreClosed => 10,
        };
        for (i, r) in SuppressionReason::ALL.into_iter().enumerate() {
            assert_eq!(position(r), i, "{r}");
        }
        let mut names: Vec<&str> = SuppressionReason::ALL.iter().map(|r| r.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), SuppressionReason::ALL.len());
        assert_eq!(SuppressionReason::StoreClosed.to_string(), "store_closed");
    }
}
