//! Checks for campaign files and for consent updates applied to the ledger.
//!
//! Shared by the fuzz targets `campaigns` and `consent_record` and by
//! `crates/perimeter-offers/tests/fuzz_regressions.rs`, which includes this
//! file with `#[path]`: it may only use crates that `perimeter-offers`
//! depends on.

use std::time::Duration;

use perimeter_model::{
    ConsentRecord, ConsentUpdate, EventId, EventKind, ExitReason, FenceId, GeofenceEvent, Purpose,
    Purposes, StoreId, Timestamp, UserId, VisitId,
};
use perimeter_offers::{
    CampaignRules, CapsHistory, ConsentChange, ConsentLedger, Decision, FenceAttributes, Tz,
};

/// Loads `data` as a campaign file. A rejected file must produce an error
/// that formats; accepted rules must pass [`check_rules`].
pub fn campaign_file(data: &[u8]) {
    // Campaign files are read with `std::fs::read_to_string`: always text.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match CampaignRules::from_toml_str(text) {
        Ok(rules) => check_rules(&rules),
        Err(e) => {
            assert!(!e.to_string().is_empty(), "an empty error for {e:?}");
        }
    }
}

fn id<T>(make: fn(&str) -> Result<T, perimeter_model::InvalidId>, s: &str) -> T {
    match make(s) {
        Ok(v) => v,
        Err(e) => panic!("{e}"),
    }
}

fn at(ms: i64) -> Timestamp {
    match Timestamp::from_millis(ms) {
        Ok(t) => t,
        Err(e) => panic!("{ms}: {e:?}"),
    }
}

/// The fences decisions are asked about: ids, stores and tags of the sample
/// catalog (so that seed campaigns match), in time zones with unusual
/// offsets and daylight-saving rules.
fn fences() -> [(FenceId, StoreId, Vec<String>, Tz); 3] {
    let tags = |t: &[&str]| t.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    [
        (
            id(FenceId::new, "fence-0001"),
            id(StoreId::new, "store-0001"),
            tags(&["grocery", "coffee"]),
            Tz::Europe__Berlin,
        ),
        (
            id(FenceId::new, "fence-0002"),
            id(StoreId::new, "store-0002"),
            tags(&["Electronics", "fashion", "pharmacy"]),
            Tz::Pacific__Chatham,
        ),
        (
            id(FenceId::new, "f"),
            id(StoreId::new, "s"),
            Vec::new(),
            Tz::America__St_Johns,
        ),
    ]
}

/// What must hold for accepted rules: campaigns in decision order, and
/// [`CampaignRules::decide`] never panics, is pure, only triggers campaigns
/// that match the event and fence, and never twice for one visit.
pub fn check_rules(rules: &CampaignRules) {
    for pair in rules.campaigns().windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        assert!(
            a.priority > b.priority || (a.priority == b.priority && a.id < b.id),
            "campaigns out of order or duplicated: {} then {}",
            a.id,
            b.id
        );
    }
    let retention = rules.history_retention();

    let user = id(UserId::new, "fuzz-user");
    let mut ledger = ConsentLedger::new();
    let record = ConsentRecord {
        user_id: user.clone(),
        purposes: Purposes::NONE.with(Purpose::Location).with(Purpose::Offers),
        blocked_categories: Vec::new(),
        max_offers_per_day: None,
        quiet_hours: None,
        time_zone: "Europe/Berlin".into(),
        version: 7,
        updated_at: Timestamp::EPOCH,
    };
    if let Err(e) = ledger.apply(ConsentUpdate::Set(record), Timestamp::EPOCH) {
        panic!("{e}");
    }

    // A Monday late morning and a Saturday afternoon (UTC), and the ends of
    // the valid range.
    let starts = [
        1_772_447_400_000,
        1_772_895_600_000,
        0,
        Timestamp::MAX.as_millis(),
    ];
    for (fence_id, store_id, tags, time_zone) in &fences() {
        let fence = FenceAttributes {
            fence_id,
            store_id,
            tags,
            time_zone: *time_zone,
            store_open: true,
        };
        let closed = FenceAttributes {
            store_open: false,
            ..fence
        };
        let mut history = CapsHistory::new(retention);
        for start in starts.map(at) {
            for delay in [0, 90, 3600, 3 * 86_400].map(Duration::from_secs) {
                let now = start.saturating_add(delay);
                for kind in [
                    EventKind::Enter,
                    EventKind::Dwell,
                    EventKind::Exit(ExitReason::Left),
                ] {
                    let event = GeofenceEvent {
                        id: EventId::derive(&user, fence_id, start, kind),
                        kind,
                        user_id: user.clone(),
                        fence_id: fence_id.clone(),
                        store_id: store_id.clone(),
                        visit_id: VisitId::derive(&user, fence_id, start),
                        visit_start: start,
                        event_time: start,
                        processing_time: now,
                        accuracy: None,
                        distance_to_edge_m: None,
                        duration: None,
                        h3_cell: None,
                    };
                    let decision = rules.decide(&event, &fence, &ledger, &history, now);
                    assert_eq!(
                        decision,
                        rules.decide(&event, &fence, &ledger, &history, now),
                        "decide is not pure"
                    );
                    assert!(
                        rules
                            .decide(&event, &closed, &ledger, &history, now)
                            .trigger()
                            .is_none(),
                        "an offer while the store is closed"
                    );
                    let Decision::Trigger(trigger) = decision else {
                        continue;
                    };
                    assert!(
                        !matches!(kind, EventKind::Exit(_)),
                        "EXIT triggered an offer"
                    );
                    let Some(campaign) = rules
                        .campaigns()
                        .iter()
                        .find(|c| c.id == trigger.campaign_id)
                    else {
                        panic!("trigger of unknown campaign {}", trigger.campaign_id);
                    };
                    assert!(
                        if kind == EventKind::Enter {
                            campaign.on_enter
                        } else {
                            campaign.on_dwell
                        },
                        "{} triggered on {kind:?}",
                        campaign.id
                    );
                    assert!(campaign.fences.matches(fence_id, store_id, tags));
                    assert_eq!(trigger.user_id, user);
                    assert_eq!(&trigger.fence_id, fence_id);
                    assert_eq!(trigger.offer_id, campaign.offer.id);
                    assert_eq!(trigger.consent_version, 7);
                    assert_eq!(trigger.created_at, now);
                    assert!(
                        trigger.expires_at <= now.saturating_add(campaign.ttl),
                        "offer outlives its ttl"
                    );
                    history.record(&trigger, event.visit_id);
                    assert!(
                        rules
                            .decide(&event, &fence, &ledger, &history, now)
                            .trigger()
                            .is_none(),
                        "two offers for one visit"
                    );
                }
            }
        }
        let _ = history.prune(at(starts[1]));
    }
}

/// Applies an accepted consent update to a ledger twice (the second time is
/// stale or, for an erase, idempotent) and checks that the ledger grants
/// exactly the record's purposes, failing closed.
pub fn apply_consent(update: &ConsentUpdate) {
    let mut ledger = ConsentLedger::new();
    let user = update.user_id().clone();
    let now = at(1_714_035_600_000);
    let first = ledger.apply(update.clone(), now);
    match (update, &first) {
        (ConsentUpdate::Set(record), Ok(ConsentChange::Applied { version, .. })) => {
            assert_eq!(*version, record.version);
            for purpose in [Purpose::Location, Purpose::Offers] {
                assert_eq!(
                    ledger.allows(&user, purpose),
                    record.purposes.contains(purpose),
                    "{purpose:?} after {record:?}"
                );
            }
        }
        (ConsentUpdate::Set(_), Err(e)) => {
            let _ = e.to_string();
            assert!(!ledger.allows(&user, Purpose::Location), "fail closed");
            assert!(!ledger.allows(&user, Purpose::Offers), "fail closed");
        }
        (ConsentUpdate::Erase(_), Ok(ConsentChange::Erased { .. })) => {
            assert!(ledger.get(&user).is_none());
            assert!(ledger.is_erased(&user));
        }
        (_, other) => panic!("{update:?} on an empty ledger gave {other:?}"),
    }
    let allowed = [Purpose::Location, Purpose::Offers].map(|p| ledger.allows(&user, p));
    if let Ok(change) = ledger.apply(update.clone(), now) {
        assert!(
            !matches!(change, ConsentChange::Applied { .. }),
            "the same version applied twice"
        );
    }
    assert_eq!(
        allowed,
        [Purpose::Location, Purpose::Offers].map(|p| ledger.allows(&user, p)),
        "re-applying the same update changed what is allowed"
    );
    let _ = ledger.prune_tombstones(Timestamp::MAX);
}
