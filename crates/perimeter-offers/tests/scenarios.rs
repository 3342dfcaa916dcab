//! Scenario tests: each shows one rule of the offer decision end to end.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test code: a failing unwrap is a failing test with a clear message"
)]

mod common;

use chrono_tz::Tz;
use common::*;
use perimeter_model::{EventKind, ExitReason, SuppressionReason as R, TriggerId};
use perimeter_offers::{CampaignRules, CapsHistory, ConsentChange, ConsentLedger, Decision};

/// Any day, any time; enter and dwell; at coffee fences.
fn coffee_rules() -> CampaignRules {
    CampaignRules::from_toml_str(&campaign_toml(
        "coffee",
        "max_age = \"5m\"\ncooldown = \"0s\"",
        "tags = [\"coffee\"]",
        "food",
    ))
    .unwrap()
}

fn berlin_coffee() -> Fence {
    fence("fence-1", "store-0001", &["coffee"], Tz::Europe__Berlin)
}

fn history() -> CapsHistory {
    CapsHistory::new(perimeter_offers::MIN_RETENTION)
}

fn reason(d: &Decision) -> Option<R> {
    d.suppression()
}

#[test]
fn revocation_between_enter_and_dwell_suppresses_the_dwell_offer() {
    // The campaign only runs on DWELL, so ENTER gets nothing either way.
    let rules = CampaignRules::from_toml_str(
        &campaign_toml("dwell-only", "", "tags = [\"coffee\"]", "food")
            .replace("[\"enter\", \"dwell\"]", "[\"dwell\"]"),
    )
    .unwrap();
    let f = berlin_coffee();
    let start = at("2026-06-10T10:00:00Z");
    let dwell_at = at("2026-06-10T10:05:00Z");
    let enter = f.event("u1", EventKind::Enter, start, start);
    let dwell = f.event("u1", EventKind::Dwell, start, dwell_at);

    // Control: without the revocation the DWELL triggers.
    let mut ledger = ConsentLedger::new();
    let _ = consent("u1", 1).apply(&mut ledger);
    assert!(
        rules
            .decide(&dwell, &f.attrs(), &ledger, &history(), dwell_at)
            .trigger()
            .is_some()
    );

    let mut ledger = ConsentLedger::new();
    let mut h = history();
    let _ = consent("u1", 1).apply(&mut ledger);
    let d = decide_and_record(&rules, &enter, &f, &ledger, &mut h, start);
    assert_eq!(reason(&d), Some(R::NoMatchingCampaign));
    // The user withdraws offers consent between ENTER and DWELL.
    let change = consent("u1", 2).purposes(LOCATION_ONLY).apply(&mut ledger);
    assert_eq!(
        change,
        ConsentChange::Applied {
            version: 2,
            location_revoked: false
        }
    );
    let d = decide_and_record(&rules, &dwell, &f, &ledger, &mut h, dwell_at);
    assert_eq!(reason(&d), Some(R::NoOffersConsent));
    // And withdrawing location too is reported for purging presence.
    let change = consent("u1", 3).purposes(OFFERS_ONLY).apply(&mut ledger);
    assert!(change.purge_presence());
    let d = decide_and_record(&rules, &dwell, &f, &ledger, &mut h, dwell_at);
    assert_eq!(reason(&d), Some(R::NoLocationConsent));
    assert!(h.is_empty());
}

#[test]
fn unknown_user_gets_no_offer() {
    let f = berlin_coffee();
    let t = at("2026-06-10T10:00:00Z");
    let e = f.event("stranger", EventKind::Enter, t, t);
    let d = coffee_rules().decide(&e, &f.attrs(), &ConsentLedger::new(), &history(), t);
    assert_eq!(reason(&d), Some(R::NoLocationConsent));
}

#[test]
fn stale_event_gets_no_offer() {
    let rules = coffee_rules();
    let f = berlin_coffee();
    let mut ledger = ConsentLedger::new();
    let _ = consent("u1", 1).apply(&mut ledger);
    let event_time = at("2026-06-10T10:00:00Z");
    let e = f.event("u1", EventKind::Enter, event_time, event_time);
    let late = event_time
        .saturating_add(minutes(5))
        .saturating_add(std::time::Duration::from_millis(1));
    let d = rules.decide(&e, &f.attrs(), &ledger, &history(), late);
    assert_eq!(reason(&d), Some(R::StaleEvent));
    // Exactly max_age old is still in time.
    let d = rules.decide(
        &e,
        &f.attrs(),
        &ledger,
        &history(),
        event_time.saturating_add(minutes(5)),
    );
    assert!(d.trigger().is_some());
}

#[test]
fn exit_events_never_trigger() {
    let rules =
        CampaignRules::from_toml_str(&campaign_toml("all", "", "all = true", "food")).unwrap();
    let f = berlin_coffee();
    let mut ledger = ConsentLedger::new();
    let _ = consent("u1", 1).apply(&mut ledger);
    let t = at("2026-06-10T10:00:00Z");
    let e = f.event("u1", EventKind::Exit(ExitReason::Left), t, t);
    let d = rules.decide(&e, &f.attrs(), &ledger, &history(), t);
    assert_eq!(reason(&d), Some(R::NoMatchingCampaign));
}

/// Decision for an ENTER of `u1` (Berlin user) at `now`, fresh history.
fn enter_at(rules: &CampaignRules, ledger: &ConsentLedger, f: &Fence, now: &str) -> Decision {
    let t = at(now);
    let e = f.event("u1", EventKind::Enter, t, t);
    rules.decide(&e, &f.attrs(), ledger, &history(), t)
}

#[test]
fn default_quiet_hours_wrap_past_midnight_in_the_users_zone() {
    let rules = coffee_rules();
    let f = berlin_coffee();
    let mut ledger = ConsentLedger::new();
    let _ = consent("u1", 1).apply(&mut ledger);
    // Berlin is UTC+2 in June.
    for (utc, quiet) in [
        ("2026-06-10T18:59:00Z", false), // 20:59
        ("2026-06-10T19:00:00Z", true),  // 21:00
        ("2026-06-10T22:30:00Z", true),  // 00:30 next day
        ("2026-06-11T05:59:00Z", true),  // 07:59
        ("2026-06-11T06:00:00Z", false), // 08:00
    ] {
        let d = enter_at(&rules, &ledger, &f, utc);
        assert_eq!(reason(&d) == Some(R::QuietHours), quiet, "at {utc}: {d:?}");
        assert!(quiet || d.trigger().is_some(), "at {utc}: {d:?}");
    }
}

#[test]
fn users_own_quiet_hours_replace_the_default() {
    let rules = coffee_rules();
    let f = berlin_coffee();
    let mut ledger = ConsentLedger::new();
    let _ = consent("u1", 1)
        .quiet(local(12, 0), local(14, 0))
        .apply(&mut ledger);
    assert_eq!(
        reason(&enter_at(&rules, &ledger, &f, "2026-06-10T10:30:00Z")),
        Some(R::QuietHours)
    );
    // 22:00 Berlin is fine for this user.
    assert!(
        enter_at(&rules, &ledger, &f, "2026-06-10T20:00:00Z")
            .trigger()
            .is_some()
    );
}

#[test]
fn quiet_hours_follow_berlin_across_the_spring_dst_change() {
    // Europe/Berlin moves from UTC+1 to UTC+2 on Sunday 2026-03-29 at 01:00Z.
    let rules = coffee_rules();
    let f = berlin_coffee();
    let mut ledger = ConsentLedger::new();
    let _ = consent("u1", 1).apply(&mut ledger);
    // 06:30Z is 07:30 local (quiet) the day before, 08:30 local (not) after.
    assert_eq!(
        reason(&enter_at(&rules, &ledger, &f, "2026-03-28T06:30:00Z")),
        Some(R::QuietHours)
    );
    assert!(
        enter_at(&rules, &ledger, &f, "2026-03-29T06:30:00Z")
            .trigger()
            .is_some()
    );
    // 19:30Z is 20:30 local (not quiet) before, 21:30 local (quiet) after.
    assert!(
        enter_at(&rules, &ledger, &f, "2026-03-28T19:30:00Z")
            .trigger()
            .is_some()
    );
    assert_eq!(
        reason(&enter_at(&rules, &ledger, &f, "2026-03-29T19:30:00Z")),
        Some(R::QuietHours)
    );
}

#[test]
fn quiet_hours_follow_berlin_across_the_autumn_dst_change() {
    // Europe/Berlin moves from UTC+2 back to UTC+1 on Sunday 2026-10-25 at 01:00Z.
    let rules = coffee_rules();
    let f = berlin_coffee();
    let mut ledger = ConsentLedger::new();
    let _ = consent("u1", 1).apply(&mut ledger);
    // 06:30Z is 08:30 local (not quiet) before, 07:30 local (quiet) after.
    assert!(
        enter_at(&rules, &ledger, &f, "2026-10-24T06:30:00Z")
            .trigger()
            .is_some()
    );
    assert_eq!(
        reason(&enter_at(&rules, &ledger, &f, "2026-10-25T06:30:00Z")),
        Some(R::QuietHours)
    );
    // The repeated hour 02:00-03:00 local (00:00Z-01:00Z and 01:00Z-02:00Z)
    // is quiet both times.
    assert_eq!(
        reason(&enter_at(&rules, &ledger, &f, "2026-10-25T00:30:00Z")),
        Some(R::QuietHours)
    );
    assert_eq!(
        reason(&enter_at(&rules, &ledger, &f, "2026-10-25T01:30:00Z")),
        Some(R::QuietHours)
    );
}

#[test]
fn quiet_hours_use_the_users_zone_and_the_schedule_the_stores() {
    // Store in Berlin, campaign 10:00-20:00 Berlin time; user in New York.
    let rules = CampaignRules::from_toml_str(&campaign_toml(
        "berlin-daytime",
        "[campaign.schedule]\nhours = [\"10:00-20:00\"]",
        "tags = [\"coffee\"]",
        "food",
    ))
    .unwrap();
    let f = berlin_coffee();
    let mut ledger = ConsentLedger::new();
    let _ = consent("u1", 1).tz("America/New_York").apply(&mut ledger);
    // 16:00Z: Berlin 18:00 (scheduled), New York 12:00 (awake).
    assert!(
        enter_at(&rules, &ledger, &f, "2026-06-10T16:00:00Z")
            .trigger()
            .is_some()
    );
    // 10:30Z: Berlin 12:30 (scheduled, and not quiet in Berlin), but New
    // York 06:30: quiet for this user.
    assert_eq!(
        reason(&enter_at(&rules, &ledger, &f, "2026-06-10T10:30:00Z")),
        Some(R::QuietHours)
    );
    // 19:00Z: New York 15:00 would be fine, but the store's schedule ended
    // at 20:00 Berlin (it is 21:00 there).
    assert_eq!(
        reason(&enter_at(&rules, &ledger, &f, "2026-06-10T19:00:00Z")),
        Some(R::OutsideSchedule)
    );
}

#[test]
fn schedule_days_are_the_stores_local_days() {
    let rules = CampaignRules::from_toml_str(&campaign_toml(
        "weekday-mornings",
        "[campaign.schedule]\ndays = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"]\nhours = [\"09:00-11:00\"]",
        "tags = [\"coffee\"]",
        "food",
    ))
    .unwrap();
    let tokyo = fence("fence-t", "store-0002", &["coffee"], Tz::Asia__Tokyo);
    let mut ledger = ConsentLedger::new();
    let _ = consent("u1", 1).tz("Asia/Tokyo").apply(&mut ledger);
    // Friday 2026-06-12 01:00Z is Friday 10:00 in Tokyo: scheduled.
    assert!(
        enter_at(&rules, &ledger, &tokyo, "2026-06-12T01:00:00Z")
            .trigger()
            .is_some()
    );
    // Friday 2026-06-12 10:00 UTC is 19:00 in Tokyo; Saturday 01:00Z is
    // Saturday 10:00 in Tokyo (a Friday in UTC terms would not matter).
    assert_eq!(
        reason(&enter_at(&rules, &ledger, &tokyo, "2026-06-13T01:00:00Z")),
        Some(R::OutsideSchedule)
    );
}

#[test]
fn validity_window_bounds_the_campaign_and_the_offer_expiry() {
    let rules = CampaignRules::from_toml_str(&campaign_toml(
        "june",
        "valid_from = \"2026-06-01T00:00:00+02:00\"\nvalid_until = \"2026-06-10T12:30:00Z\"\nttl = \"2h\"",
        "tags = [\"coffee\"]",
        "food",
    ))
    .unwrap();
    let f = berlin_coffee();
    let mut ledger = ConsentLedger::new();
    let _ = consent("u1", 1).apply(&mut ledger);
    assert_eq!(
        reason(&enter_at(&rules, &ledger, &f, "2026-05-31T21:59:00Z")),
        Some(R::OutsideSchedule)
    );
    let d = enter_at(&rules, &ledger, &f, "2026-06-10T12:00:00Z");
    assert_eq!(d.trigger().unwrap().expires_at, at("2026-06-10T12:30:00Z"));
    let d = enter_at(&rules, &ledger, &f, "2026-06-10T08:00:00Z");
    assert_eq!(d.trigger().unwrap().expires_at, at("2026-06-10T10:00:00Z"));
    assert_eq!(
        reason(&enter_at(&rules, &ledger, &f, "2026-06-10T12:30:00Z")),
        Some(R::OutsideSchedule)
    );
}

#[test]
fn trigger_carries_deterministic_id_and_consent_version_but_no_coordinates() {
    let rules = coffee_rules();
    let f = berlin_coffee();
    let mut ledger = ConsentLedger::new();
    let _ = consent("u1", 7).apply(&mut ledger);
    let t = at("2026-06-10T10:00:00Z");
    let e = f.event("u1", EventKind::Enter, t, t);
    let Decision::Trigger(trigger) = rules.decide(&e, &f.attrs(), &ledger, &history(), t) else {
        panic!("expected a trigger");
    };
    assert_eq!(trigger.id, TriggerId::derive(e.id, &trigger.campaign_id));
    assert_eq!(trigger.consent_version, 7);
    assert_eq!(trigger.event_id, e.id);
    assert_eq!(
        (trigger.created_at, trigger.expires_at),
        (t, at("2026-06-10T12:00:00Z"))
    );
    assert_eq!(trigger.sender, "Sender of coffee");
    assert_eq!(trigger.offer_id.as_str(), "offer-coffee");
    assert_eq!(
        (trigger.store_id.as_str(), trigger.fence_id.as_str()),
        ("store-0001", "fence-1")
    );
    // Same inputs, same decision.
    assert_eq!(
        rules.decide(&e, &f.attrs(), &ledger, &history(), t),
        Decision::Trigger(trigger)
    );
}

#[test]
fn older_consent_versions_arriving_late_are_ignored() {
    let rules = coffee_rules();
    let f = berlin_coffee();
    let mut ledger = ConsentLedger::new();
    let _ = consent("u1", 1).apply(&mut ledger);
    // v3 revokes offers; the grant v2 arrives afterwards.
    let _ = consent("u1", 3).purposes(LOCATION_ONLY).apply(&mut ledger);
    assert_eq!(
        consent("u1", 2).apply(&mut ledger),
        ConsentChange::Stale {
            held_version: 3,
            update_version: 2
        }
    );
    assert_eq!(
        consent("u1", 3).apply(&mut ledger),
        ConsentChange::Stale {
            held_version: 3,
            update_version: 3
        }
    );
    assert_eq!(
        reason(&enter_at(&rules, &ledger, &f, "2026-06-10T10:00:00Z")),
        Some(R::NoOffersConsent)
    );
}

#[test]
fn erase_then_old_set_does_not_resurrect() {
    let rules = coffee_rules();
    let f = berlin_coffee();
    let mut ledger = ConsentLedger::new();
    let mut h = history();
    let _ = consent("u1", 1).apply(&mut ledger);
    let t = at("2026-06-10T10:00:00Z");
    let e = f.event("u1", EventKind::Enter, t, t);
    assert!(
        decide_and_record(&rules, &e, &f, &ledger, &mut h, t)
            .trigger()
            .is_some()
    );
    assert!(h.snapshot(&user("u1")).is_some());

    let change = ledger.apply(erase("u1", 2), t).unwrap();
    assert_eq!(change, ConsentChange::Erased { version: 2 });
    assert!(change.purge_presence() && change.purge_history());
    assert!(h.forget(&user("u1")));
    assert_eq!(h.snapshot(&user("u1")), None);

    // The old record (and a replay of the same version) arrives late.
    assert!(matches!(
        consent("u1", 1).apply(&mut ledger),
        ConsentChange::Stale { .. }
    ));
    assert!(matches!(
        consent("u1", 2).apply(&mut ledger),
        ConsentChange::Stale { .. }
    ));
    assert!(ledger.get(&user("u1")).is_none());
    let later = at("2026-06-10T11:00:00Z");
    let e2 = f.event("u1", EventKind::Enter, later, later);
    let d = rules.decide(&e2, &f.attrs(), &ledger, &h, later);
    assert_eq!(reason(&d), Some(R::NoLocationConsent));

    // A genuinely newer opt-in brings the user back, with nothing remembered.
    let _ = consent("u1", 3).apply(&mut ledger);
    assert!(
        rules
            .decide(&e2, &f.attrs(), &ledger, &h, later)
            .trigger()
            .is_some()
    );
}

#[test]
fn erase_is_honoured_even_with_an_older_version() {
    let mut ledger = ConsentLedger::new();
    let _ = consent("u1", 5).apply(&mut ledger);
    let change = ledger
        .apply(erase("u1", 4), at("2026-06-10T10:00:00Z"))
        .unwrap();
    assert_eq!(change, ConsentChange::Erased { version: 5 });
    assert!(matches!(
        consent("u1", 5).apply(&mut ledger),
        ConsentChange::Stale { .. }
    ));
    assert!(ledger.get(&user("u1")).is_none());
}

#[test]
fn invalid_time_zone_denies_and_no_offer_follows() {
    let rules = coffee_rules();
    let f = berlin_coffee();
    let mut ledger = ConsentLedger::new();
    let _ = consent("u1", 1).apply(&mut ledger);
    let err = ledger.apply(
        consent("u1", 2).tz("Europe/Berlinn").update(),
        at("2026-06-10T10:00:00Z"),
    );
    assert!(err.is_err());
    assert_eq!(
        reason(&enter_at(&rules, &ledger, &f, "2026-06-10T10:00:00Z")),
        Some(R::NoLocationConsent)
    );
}

#[test]
fn one_offer_per_visit() {
    let rules = CampaignRules::from_toml_str(&format!(
        "{}{}",
        campaign_toml(
            "a",
            "priority = 2\ncooldown = \"0s\"",
            "tags = [\"coffee\"]",
            "food"
        ),
        campaign_toml(
            "b",
            "priority = 1\ncooldown = \"0s\"",
            "tags = [\"coffee\"]",
            "food"
        ),
    ))
    .unwrap();
    let f = berlin_coffee();
    let mut ledger = ConsentLedger::new();
    let mut h = history();
    let _ = consent("u1", 1).apply(&mut ledger);
    let start = at("2026-06-10T10:00:00Z");
    let enter = f.event("u1", EventKind::Enter, start, start);
    let d = decide_and_record(&rules, &enter, &f, &ledger, &mut h, start);
    assert_eq!(d.trigger().unwrap().campaign_id.as_str(), "a");
    let dwell_at = at("2026-06-10T10:05:00Z");
    let dwell = f.event("u1", EventKind::Dwell, start, dwell_at);
    let d = decide_and_record(&rules, &dwell, &f, &ledger, &mut h, dwell_at);
    assert_eq!(reason(&d), Some(R::OnePerVisit));
    // The next visit may get one again.
    let next = at("2026-06-10T12:00:00Z");
    let enter2 = f.event("u1", EventKind::Enter, next, next);
    assert!(
        decide_and_record(&rules, &enter2, &f, &ledger, &mut h, next)
            .trigger()
            .is_some()
    );
}

/// Enters fresh visits every 30 minutes from 10:00Z and returns the
/// decisions' campaign ids or reasons.
fn visits_from_ten(
    rules: &CampaignRules,
    ledger: &ConsentLedger,
    h: &mut CapsHistory,
    n: usize,
    day: &str,
) -> Vec<String> {
    let f = berlin_coffee();
    (0..n)
        .map(|i| {
            let t = at(&format!("{day}T10:00:00Z")).saturating_add(minutes(30 * i as u64));
            let e = f.event("u1", EventKind::Enter, t, t);
            match decide_and_record(rules, &e, &f, ledger, h, t) {
                Decision::Trigger(t) => t.campaign_id.to_string(),
                Decision::Suppressed(r) => r.to_string(),
            }
        })
        .collect()
}

#[test]
fn global_daily_cap_is_three_and_a_higher_user_limit_does_not_raise_it() {
    let rules = coffee_rules();
    let mut ledger = ConsentLedger::new();
    let _ = consent("u1", 1).max_per_day(10).apply(&mut ledger);
    let mut h = history();
    assert_eq!(
        visits_from_ten(&rules, &ledger, &mut h, 5, "2026-06-10"),
        [
            "coffee",
            "coffee",
            "coffee",
            "frequency_cap",
            "frequency_cap"
        ]
    );
    // The next local day starts over.
    assert_eq!(
        visits_from_ten(&rules, &ledger, &mut h, 1, "2026-06-11"),
        ["coffee"]
    );
}

#[test]
fn users_lower_daily_limit_wins() {
    let rules = coffee_rules();
    let mut ledger = ConsentLedger::new();
    let _ = consent("u1", 1).max_per_day(1).apply(&mut ledger);
    let mut h = history();
    assert_eq!(
        visits_from_ten(&rules, &ledger, &mut h, 2, "2026-06-10"),
        ["coffee", "frequency_cap"]
    );
    let _ = consent("u1", 2).max_per_day(0).apply(&mut ledger);
    assert_eq!(
        visits_from_ten(&rules, &ledger, &mut h, 1, "2026-06-11"),
        ["frequency_cap"]
    );
}

#[test]
fn daily_cap_resets_at_the_users_local_midnight_not_utc() {
    // A Tokyo user (UTC+9) with a limit of 1, quiet hours off.
    let rules = coffee_rules();
    let mut ledger = ConsentLedger::new();
    let _ = consent("u1", 1)
        .tz("Asia/Tokyo")
        .max_per_day(1)
        .quiet(local(0, 0), local(0, 0))
        .apply(&mut ledger);
    let f = berlin_coffee();
    let mut h = history();
    let mut go = |when: &str| {
        let t = at(when);
        let e = f.event("u1", EventKind::Enter, t, t);
        reason(&decide_and_record(&rules, &e, &f, &ledger, &mut h, t))
    };
    assert_eq!(go("2026-06-10T14:00:00Z"), None); // 23:00 Tokyo, June 10
    assert_eq!(go("2026-06-10T14:50:00Z"), Some(R::FrequencyCap)); // 23:50 Tokyo
    assert_eq!(go("2026-06-10T15:00:00Z"), None); // 00:00 Tokyo, June 11 (same UTC day)
}

#[test]
fn cooldown_is_per_user_and_campaign() {
    let rules = CampaignRules::from_toml_str(&campaign_toml(
        "coffee",
        "cooldown = \"2h\"",
        "tags = [\"coffee\"]",
        "food",
    ))
    .unwrap();
    let mut ledger = ConsentLedger::new();
    let _ = consent("u1", 1).apply(&mut ledger);
    let mut h = history();
    assert_eq!(
        visits_from_ten(&rules, &ledger, &mut h, 5, "2026-06-10"),
        ["coffee", "cooldown", "cooldown", "cooldown", "coffee"]
    );
}

#[test]
fn blocked_category_falls_through_to_the_next_campaign_by_priority() {
    let rules = CampaignRules::from_toml_str(&format!(
        "{}{}{}",
        campaign_toml("beer", "priority = 10", "tags = [\"coffee\"]", "alcohol"),
        campaign_toml("cake-b", "priority = 5", "tags = [\"coffee\"]", "food"),
        campaign_toml("cake-a", "priority = 5", "tags = [\"coffee\"]", "food"),
    ))
    .unwrap();
    let f = berlin_coffee();
    let mut ledger = ConsentLedger::new();
    let _ = consent("u1", 1).block("Alcohol").apply(&mut ledger);
    let d = enter_at(&rules, &ledger, &f, "2026-06-10T10:00:00Z");
    // Ties by campaign id: cake-a before cake-b.
    assert_eq!(d.trigger().unwrap().campaign_id.as_str(), "cake-a");
    // When nothing is eligible, the highest-priority campaign's reason wins.
    let _ = consent("u1", 2)
        .block("alcohol")
        .block("FOOD")
        .apply(&mut ledger);
    let d = enter_at(&rules, &ledger, &f, "2026-06-10T10:00:00Z");
    assert_eq!(reason(&d), Some(R::CategoryBlocked));
    let d = enter_at(&rules, &ledger, &f, "2026-06-10T20:00:00Z");
    assert_eq!(
        reason(&d),
        Some(R::CategoryBlocked),
        "category comes before quiet hours"
    );
}

#[test]
fn fence_selector_matches_ids_stores_and_tags() {
    let rules = CampaignRules::from_toml_str(&format!(
        "{}{}{}",
        campaign_toml(
            "by-fence",
            "priority = 3",
            "fence_ids = [\"fence-9\"]",
            "food"
        ),
        campaign_toml(
            "by-store",
            "priority = 2",
            "store_ids = [\"store-0042\"]",
            "food"
        ),
        campaign_toml("by-tag", "priority = 1", "tags = [\"pharmacy\"]", "health"),
    ))
    .unwrap();
    let mut ledger = ConsentLedger::new();
    let _ = consent("u1", 1).apply(&mut ledger);
    let now = "2026-06-10T10:00:00Z";
    let cases = [
        (fence("fence-9", "store-0001", &[], Tz::UTC), "by-fence"),
        (fence("fence-1", "store-0042", &[], Tz::UTC), "by-store"),
        (
            fence("fence-2", "store-0003", &["Pharmacy"], Tz::UTC),
            "by-tag",
        ),
    ];
    for (f, want) in &cases {
        let d = enter_at(&rules, &ledger, f, now);
        assert_eq!(d.trigger().unwrap().campaign_id.as_str(), *want);
    }
    let other = fence("fence-3", "store-0003", &["grocery"], Tz::UTC);
    assert_eq!(
        reason(&enter_at(&rules, &ledger, &other, now)),
        Some(R::NoMatchingCampaign)
    );
}

#[test]
fn attributes_of_another_fence_match_nothing() {
    let rules =
        CampaignRules::from_toml_str(&campaign_toml("all", "", "all = true", "food")).unwrap();
    let mut ledger = ConsentLedger::new();
    let _ = consent("u1", 1).apply(&mut ledger);
    let f = berlin_coffee();
    let other = fence("fence-2", "store-0001", &[], Tz::UTC);
    let t = at("2026-06-10T10:00:00Z");
    let e = f.event("u1", EventKind::Enter, t, t);
    let d = rules.decide(&e, &other.attrs(), &ledger, &history(), t);
    assert_eq!(reason(&d), Some(R::NoMatchingCampaign));
}

#[test]
fn history_snapshot_survives_a_restart_and_expires() {
    let rules = coffee_rules();
    let mut ledger = ConsentLedger::new();
    let _ = consent("u1", 1).max_per_day(1).apply(&mut ledger);
    let mut h = CapsHistory::new(rules.history_retention());
    assert_eq!(
        visits_from_ten(&rules, &ledger, &mut h, 1, "2026-06-10"),
        ["coffee"]
    );
    let snapshot = h.snapshot(&user("u1")).unwrap();
    let mut restored = CapsHistory::new(rules.history_retention());
    restored.restore(user("u1"), snapshot);
    // The restored history remembers the visit that got an offer, and the cap.
    assert_eq!(
        visits_from_ten(&rules, &ledger, &mut restored, 2, "2026-06-10"),
        ["one_per_visit", "frequency_cap"]
    );
    assert_eq!(restored.prune(at("2026-06-13T00:00:00Z")), vec![user("u1")]);
    assert!(restored.is_empty());
}

#[test]
fn offers_are_suppressed_while_the_store_is_closed() {
    let rules = coffee_rules();
    let mut closed = berlin_coffee();
    closed.open = false;
    let mut ledger = ConsentLedger::new();
    let mut h = history();
    let _ = consent("u1", 1).apply(&mut ledger);
    // 12:00 in Berlin: no quiet hours, the campaign runs any time.
    let t = at("2026-06-10T10:00:00Z");
    for kind in [EventKind::Enter, EventKind::Dwell] {
        let e = closed.event("u1", kind, t, t);
        let d = decide_and_record(&rules, &e, &closed, &ledger, &mut h, t);
        assert_eq!(reason(&d), Some(R::StoreClosed), "{kind:?}");
    }
    assert!(h.is_empty(), "a suppression records nothing");
    // The same event at the open store triggers.
    let e = berlin_coffee().event("u1", EventKind::Enter, t, t);
    assert!(
        rules
            .decide(&e, &berlin_coffee().attrs(), &ledger, &h, t)
            .trigger()
            .is_some()
    );
}

#[test]
fn store_closed_ranks_after_consent_category_quiet_hours_and_before_caps() {
    let rules = coffee_rules();
    let mut closed = berlin_coffee();
    closed.open = false;
    let noon = "2026-06-10T10:00:00Z";
    let decide = |c: Consent, now: &str| {
        let mut ledger = ConsentLedger::new();
        let _ = c.apply(&mut ledger);
        enter_at(&rules, &ledger, &closed, now)
    };
    assert_eq!(
        reason(&decide(consent("u1", 1).purposes(LOCATION_ONLY), noon)),
        Some(R::NoOffersConsent)
    );
    assert_eq!(
        reason(&decide(consent("u1", 1).purposes(OFFERS_ONLY), noon)),
        Some(R::NoLocationConsent)
    );
    assert_eq!(
        reason(&decide(consent("u1", 1).block("FOOD"), noon)),
        Some(R::CategoryBlocked)
    );
    // 23:30 in Berlin: the default quiet hours.
    assert_eq!(
        reason(&decide(consent("u1", 1), "2026-06-10T21:30:00Z")),
        Some(R::QuietHours)
    );
    // A stale event is stale whether or not the store is open.
    let mut ledger = ConsentLedger::new();
    let _ = consent("u1", 1).apply(&mut ledger);
    let t = at(noon);
    let old = closed.event("u1", EventKind::Enter, t, t.saturating_sub(minutes(6)));
    assert_eq!(
        reason(&rules.decide(&old, &closed.attrs(), &ledger, &history(), t)),
        Some(R::StaleEvent)
    );
    // EXIT events never trigger, open or closed.
    let exit = closed.event("u1", EventKind::Exit(ExitReason::FenceExpired), t, t);
    assert_eq!(
        reason(&rules.decide(&exit, &closed.attrs(), &ledger, &history(), t)),
        Some(R::NoMatchingCampaign)
    );
    // With the daily cap used up, a closed store still says store_closed.
    let mut ledger = ConsentLedger::new();
    let _ = consent("u1", 1).max_per_day(1).apply(&mut ledger);
    let mut h = history();
    assert_eq!(
        visits_from_ten(&rules, &ledger, &mut h, 2, "2026-06-10"),
        ["coffee", "frequency_cap"]
    );
    let later = at("2026-06-10T12:00:00Z");
    let e = closed.event("u1", EventKind::Enter, later, later);
    assert_eq!(
        reason(&rules.decide(&e, &closed.attrs(), &ledger, &h, later)),
        Some(R::StoreClosed)
    );
}

#[test]
fn events_of_a_closed_store_still_decide_when_it_opens() {
    // The shopper arrives at 08:50, ten minutes before the store opens, and
    // stays. ENTER is decided while it is closed; DWELL after it opened.
    let rules = coffee_rules();
    let mut f = berlin_coffee();
    let mut ledger = ConsentLedger::new();
    let _ = consent("u1", 1).max_per_day(1).apply(&mut ledger);
    let mut h = history();
    let start = at("2026-06-10T06:50:00Z");
    let enter = f.event("u1", EventKind::Enter, start, start);
    f.open = false;
    let d = decide_and_record(&rules, &enter, &f, &ledger, &mut h, start);
    assert_eq!(reason(&d), Some(R::StoreClosed));
    // The suppression spent neither the visit's one offer nor the daily cap
    // of one.
    let dwell_at = at("2026-06-10T07:00:00Z");
    let dwell = f.event("u1", EventKind::Dwell, start, dwell_at);
    f.open = true;
    let d = decide_and_record(&rules, &dwell, &f, &ledger, &mut h, dwell_at);
    let trigger = d.trigger().expect("the DWELL after opening triggers");
    assert_eq!(trigger.event_id, dwell.id);
    // And now the visit's offer is spent, open or closed.
    let again = at("2026-06-10T07:01:00Z");
    let dwell2 = f.event("u1", EventKind::Dwell, start, again);
    assert_eq!(
        reason(&decide_and_record(
            &rules, &dwell2, &f, &ledger, &mut h, again
        )),
        Some(R::OnePerVisit)
    );
}

#[test]
fn a_suppression_names_the_campaign_its_reason_came_from_and_none_before_any_campaign() {
    let rules = coffee_rules();
    let f = berlin_coffee();
    let mut ledger = ConsentLedger::new();
    let _ = consent("u1", 1).apply(&mut ledger);
    let event_time = at("2026-06-10T10:00:00Z");
    let e = f.event("u1", EventKind::Enter, event_time, event_time);
    let late = event_time.saturating_add(minutes(10));
    let (d, campaign) = rules.decide_naming_campaign(&e, &f.attrs(), &ledger, &history(), late);
    assert_eq!(reason(&d), Some(R::StaleEvent));
    assert_eq!(
        campaign.map(perimeter_model::CampaignId::as_str),
        Some("coffee")
    );
    // Consent comes before any campaign: none is named.
    let stranger = f.event("stranger", EventKind::Enter, event_time, event_time);
    let (d, campaign) =
        rules.decide_naming_campaign(&stranger, &f.attrs(), &ledger, &history(), event_time);
    assert_eq!(reason(&d), Some(R::NoLocationConsent));
    assert_eq!(campaign, None);
    // A trigger names none either (the trigger carries its campaign).
    let (d, campaign) =
        rules.decide_naming_campaign(&e, &f.attrs(), &ledger, &history(), event_time);
    assert!(d.trigger().is_some());
    assert_eq!(campaign, None);
}
