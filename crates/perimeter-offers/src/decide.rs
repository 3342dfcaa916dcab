//! The offer decision: one geofence event in, `Trigger` or `Suppressed` out.

use chrono::{DateTime, Datelike, Timelike, Weekday};
use chrono_tz::Tz;
use perimeter_model::{
    CampaignId, EventKind, FenceId, GeofenceEvent, LocalTime, OfferTrigger, Purpose, StoreId,
    SuppressionReason, Timestamp, TriggerId,
};

use crate::campaign::{Campaign, CampaignRules};
use crate::history::{CapsHistory, UserCaps};
use crate::ledger::{ConsentLedger, UserConsent};

/// What the decision needs to know about the event's fence, supplied by the
/// caller from the live fence catalog.
#[derive(Debug, Clone, Copy)]
pub struct FenceAttributes<'a> {
    /// The fence; must equal the event's `fence_id`.
    pub fence_id: &'a FenceId,
    /// The fence's store; must equal the event's `store_id`.
    pub store_id: &'a StoreId,
    /// The fence's tags (matched ASCII case-insensitively).
    pub tags: &'a [String],
    /// The store's time zone: campaign schedules run in it.
    pub time_zone: Tz,
    /// Whether the store is open at the decision time by its opening hours
    /// in its own time zone (`perimeter_fences::Fence::is_open_at(now)`;
    /// `true` for a store that published no hours). A closed store gets no
    /// offer (`store_closed`).
    pub store_open: bool,
}

/// The outcome of [`CampaignRules::decide`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(
    clippy::large_enum_variant,
    reason = "returned by value once per event and consumed at once; boxing would allocate per trigger"
)]
pub enum Decision {
    /// Send this offer (then record it, see [`CapsHistory::record`]).
    Trigger(OfferTrigger),
    /// No offer, and why.
    Suppressed(SuppressionReason),
}

impl Decision {
    /// The trigger, if any.
    #[must_use]
    pub const fn trigger(&self) -> Option<&OfferTrigger> {
        match self {
            Self::Trigger(t) => Some(t),
            Self::Suppressed(_) => None,
        }
    }

    /// The suppression reason, if suppressed.
    #[must_use]
    pub const fn suppression(&self) -> Option<SuppressionReason> {
        match self {
            Self::Trigger(_) => None,
            Self::Suppressed(r) => Some(*r),
        }
    }
}

/// Weekday and minute of day of an instant in a time zone.
fn local_clock(t: Timestamp, tz: Tz) -> Option<(Weekday, u16)> {
    let local = DateTime::from_timestamp_millis(t.as_millis())?.with_timezone(&tz);
    // hour < 24 and minute < 60, so the sum is < 1440 and fits in u16.
    let minute = u16::try_from(local.hour() * 60 + local.minute()).ok()?;
    Some((local.weekday(), minute))
}

/// The user-level facts candidate campaigns are checked against, each
/// computed at most once per decision and only if a campaign gets that far.
struct UserFacts<'a> {
    consent: &'a UserConsent,
    caps: Option<&'a UserCaps>,
    in_quiet_hours: Option<bool>,
    caps_reason: Option<Option<SuppressionReason>>,
}

impl CampaignRules {
    /// Decides whether `event` triggers an offer. Pure: reads the ledger and
    /// the history, changes nothing; the same inputs always give the same
    /// decision (and the same trigger id).
    ///
    /// Order of checks, and why:
    /// 1. Consent, failing closed: no record, no `location`
    ///    (`no_location_consent`), no `offers` (`no_offers_consent`). First,
    ///    so nothing about a user who said no is evaluated any further.
    /// 2. Event kind and fence: only ENTER and DWELL can trigger; EXIT (and
    ///    a `fence` that is not the event's) gets `no_matching_campaign`.
    ///    Campaigns whose event kinds and fence selector match are then
    ///    tried by priority (highest first, ties by campaign id), and each
    ///    goes through steps 3 to 9. The first that passes them all
    ///    triggers; if none does, the reason of the highest-priority
    ///    matching campaign is reported (`no_matching_campaign` if none
    ///    matched).
    /// 3. Staleness: `now - event_time > max_age` gives `stale_event`; a late
    ///    offer is worse than none, whatever else holds.
    /// 4. Schedule: the validity window and the store-local schedule at
    ///    `now`, in the fence's time zone (`outside_schedule`).
    /// 5. Category: blocked by the user (`category_blocked`).
    /// 6. Quiet hours at `now` in the user's time zone, the user's own or
    ///    the global default (`quiet_hours`).
    /// 7. The store's opening hours: closed at `now` in its own time zone
    ///    ([`FenceAttributes::store_open`] is false) gives `store_closed`.
    /// 8. Caps: this visit already got an offer (`one_per_visit`), then the
    ///    daily cap on the user's local day (`frequency_cap`).
    /// 9. This campaign's cooldown for the user (`cooldown`).
    ///
    /// Steps 3-9 run from what the campaign is (stale, off schedule, a
    /// blocked category: no waiting helps) to what passes with time (quiet
    /// hours, opening hours, caps, cooldown), so the reported reason says
    /// what would have to change first. Like every suppression,
    /// `store_closed` spends no cap: the same visit can still get its offer
    /// once the store opens.
    #[must_use]
    pub fn decide(
        &self,
        event: &GeofenceEvent,
        fence: &FenceAttributes<'_>,
        ledger: &ConsentLedger,
        history: &CapsHistory,
        now: Timestamp,
    ) -> Decision {
        self.decide_naming_campaign(event, fence, ledger, history, now)
            .0
    }

    /// [`Self::decide`], and for a suppression the campaign whose reason
    /// is reported (the highest-priority matching campaign): `None` when
    /// the reason comes before any campaign is considered (consent, an
    /// EXIT event) or no campaign matched. For the suppression audit.
    #[must_use]
    pub fn decide_naming_campaign(
        &self,
        event: &GeofenceEvent,
        fence: &FenceAttributes<'_>,
        ledger: &ConsentLedger,
        history: &CapsHistory,
        now: Timestamp,
    ) -> (Decision, Option<&CampaignId>) {
        use SuppressionReason as R;
        let suppressed = |r| (Decision::Suppressed(r), None);

        // 1. Consent.
        let Some(consent) = ledger.get(&event.user_id) else {
            return suppressed(R::NoLocationConsent);
        };
        if !consent.allows(Purpose::Location) {
            return suppressed(R::NoLocationConsent);
        }
        if !consent.allows(Purpose::Offers) {
            return suppressed(R::NoOffersConsent);
        }

        // 2. Event kind and fence.
        let wants: fn(&Campaign) -> bool = match event.kind {
            EventKind::Enter => |c| c.on_enter,
            EventKind::Dwell => |c| c.on_dwell,
            EventKind::Exit(_) => return suppressed(R::NoMatchingCampaign),
        };
        if fence.fence_id != &event.fence_id || fence.store_id != &event.store_id {
            // The caller passed attributes of another fence: match nothing
            // rather than run campaigns against the wrong store.
            return suppressed(R::NoMatchingCampaign);
        }

        let mut facts = UserFacts {
            consent,
            caps: history.user(&event.user_id),
            in_quiet_hours: None,
            caps_reason: None,
        };
        // Computed on first use: most events stop before they need it.
        let mut fence_clock: Option<Option<(Weekday, u16)>> = None;
        let age = now.duration_since(event.event_time);

        let mut first_reason = None;
        for campaign in self.campaigns() {
            if !wants(campaign)
                || !campaign
                    .fences
                    .matches(fence.fence_id, fence.store_id, fence.tags)
            {
                continue;
            }
            let reason = if age > campaign.max_age {
                R::StaleEvent
            } else if !campaign.is_valid_at(now)
                || !fence_clock
                    .get_or_insert_with(|| local_clock(now, fence.time_zone))
                    .is_some_and(|(d, m)| campaign.schedule.contains(d, m))
            {
                R::OutsideSchedule
            } else if consent.blocks_lowercase(campaign.offer.category_lowercase()) {
                R::CategoryBlocked
            } else if facts.in_quiet_hours(self, now) {
                R::QuietHours
            } else if !fence.store_open {
                R::StoreClosed
            } else if let Some(r) = facts.caps_reason(self, event, now) {
                r
            } else if facts
                .caps
                .and_then(|c| c.last_sent(&campaign.id))
                .is_some_and(|last| now.duration_since(last) < campaign.cooldown)
            {
                R::Cooldown
            } else {
                return (
                    Decision::Trigger(build_trigger(campaign, event, consent, now)),
                    None,
                );
            };
            first_reason.get_or_insert((reason, &campaign.id));
        }
        match first_reason {
            Some((reason, campaign)) => (Decision::Suppressed(reason), Some(campaign)),
            None => suppressed(R::NoMatchingCampaign),
        }
    }
}

impl UserFacts<'_> {
    /// Whether `now` is inside the user's quiet hours (their own, or the
    /// global default), in the user's time zone.
    fn in_quiet_hours(&mut self, rules: &CampaignRules, now: Timestamp) -> bool {
        *self.in_quiet_hours.get_or_insert_with(|| {
            let quiet = rules
                .limits()
                .effective_quiet_hours(self.consent.quiet_hours());
            // An instant that cannot be placed on a clock is treated as
            // quiet: fail closed. (Cannot happen for a valid Timestamp.)
            local_clock(now, self.consent.time_zone()).is_none_or(|(_, m)| {
                LocalTime::new(u32::from(m / 60), u32::from(m % 60))
                    .map_or(true, |t| quiet.contains(t))
            })
        })
    }

    /// `one_per_visit` if the visit already got an offer, `frequency_cap` if
    /// the user's daily cap is reached on their local day, else `None`.
    fn caps_reason(
        &mut self,
        rules: &CampaignRules,
        event: &GeofenceEvent,
        now: Timestamp,
    ) -> Option<SuppressionReason> {
        *self.caps_reason.get_or_insert_with(|| {
            let cap = rules
                .limits()
                .effective_cap(self.consent.max_offers_per_day());
            let cap = usize::try_from(cap).unwrap_or(usize::MAX);
            if self.caps.is_some_and(|c| c.visit_got_offer(event.visit_id)) {
                return Some(SuppressionReason::OnePerVisit);
            }
            let sent_today = self
                .caps
                .map_or(0, |c| c.sent_on_local_day(now, self.consent.time_zone()));
            (sent_today >= cap).then_some(SuppressionReason::FrequencyCap)
        })
    }
}

fn build_trigger(
    campaign: &Campaign,
    event: &GeofenceEvent,
    consent: &UserConsent,
    now: Timestamp,
) -> OfferTrigger {
    let mut expires_at = now.saturating_add(campaign.ttl);
    if let Some(until) = campaign.valid_until {
        // An offer never outlives its campaign.
        expires_at = expires_at.min(until);
    }
    OfferTrigger {
        id: TriggerId::derive(event.id, &campaign.id),
        user_id: event.user_id.clone(),
        campaign_id: campaign.id.clone(),
        offer_id: campaign.offer.id.clone(),
        category: campaign.offer.category.clone(),
        sender: campaign.offer.sender.clone(),
        message: campaign.offer.message.clone(),
        store_id: event.store_id.clone(),
        fence_id: event.fence_id.clone(),
        event_id: event.id,
        consent_version: consent.version(),
        created_at: now,
        expires_at,
    }
}
