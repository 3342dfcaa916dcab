//! Campaign files: the sample file loads, and malformed files are rejected
//! with the exact messages the people who write them will read.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test code: a failing unwrap is a failing test with a clear message"
)]

use std::time::Duration;

use perimeter_offers::{CampaignFileError, CampaignRules};

const SAMPLE: &str = include_str!("../../../deploy/samples/campaigns.toml");

const BASE: &str = r#"
[[campaign]]
id = "coffee-am"
name = "Morning coffee"
event_kinds = ["enter"]

[campaign.fences]
tags = ["coffee"]

[campaign.offer]
id = "offer-1"
category = "food"
sender = "Corner Coffee"
message = "Second cup free"
"#;

fn error_of(text: &str) -> String {
    match CampaignRules::from_toml_str(text) {
        Ok(_) => panic!("expected the file to be rejected:\n{text}"),
        Err(e) => e.to_string(),
    }
}

fn with_top_level(extra: &str) -> String {
    BASE.replace(
        "event_kinds = [\"enter\"]\n",
        &format!("event_kinds = [\"enter\"]\n{extra}\n"),
    )
}

#[test]
fn sample_campaign_file_loads() {
    let rules = CampaignRules::from_toml_str(SAMPLE).unwrap();
    let ids: Vec<&str> = rules.campaigns().iter().map(|c| c.id.as_str()).collect();
    // Decision order: priority descending.
    assert_eq!(
        ids,
        [
            "coffee-morning-2nd-cup",
            "electronics-flagship-launch",
            "grocery-weekend-fresh",
            "fashion-late-shopping",
            "pharmacy-sunscreen",
            "store-0001-loyalty-welcome",
        ]
    );
    assert_eq!(
        rules.history_retention(),
        Duration::from_secs(30 * 24 * 3600)
    );
    let loyalty = &rules.campaigns()[5];
    assert_eq!(loyalty.max_age, Duration::from_secs(300), "default max_age");
    assert_eq!(loyalty.ttl, Duration::from_secs(7200), "default ttl");
}

#[test]
fn minimal_campaign_gets_documented_defaults() {
    let rules = CampaignRules::from_toml_str(BASE).unwrap();
    let c = &rules.campaigns()[0];
    assert_eq!(c.cooldown, Duration::from_secs(24 * 3600));
    assert_eq!(c.max_age, Duration::from_secs(5 * 60));
    assert_eq!(c.ttl, Duration::from_secs(2 * 3600));
    assert_eq!(c.priority, 0);
    assert!(c.on_enter && !c.on_dwell);
    assert_eq!((c.valid_from, c.valid_until), (None, None));
}

#[test]
fn empty_file_has_no_campaigns() {
    assert!(
        CampaignRules::from_toml_str("")
            .unwrap()
            .campaigns()
            .is_empty()
    );
}

#[test]
fn misspelled_field_is_rejected_with_its_position() {
    assert_eq!(
        error_of(&BASE.replace("event_kinds", "event_kind")),
        "campaign file is not valid: TOML parse error at line 5, column 1
  |
5 | event_kind = [\"enter\"]
  | ^^^^^^^^^^
unknown field `event_kind`, expected one of `id`, `name`, `event_kinds`, `fences`, `offer`, \
`schedule`, `valid_from`, `valid_until`, `priority`, `cooldown`, `max_age`, `ttl`"
    );
}

#[test]
fn unknown_field_in_a_nested_table_is_rejected() {
    let e = error_of(&BASE.replace("tags = [\"coffee\"]", "tag = [\"coffee\"]"));
    assert_eq!(
        e,
        "campaign file is not valid: TOML parse error at line 8, column 1
  |
8 | tag = [\"coffee\"]
  | ^^^
unknown field `tag`, expected one of `fence_ids`, `store_ids`, `tags`, `all`"
    );
}

#[test]
fn missing_offer_table_is_rejected() {
    let text = &BASE[..BASE.find("[campaign.offer]").unwrap()];
    assert_eq!(
        error_of(text),
        "campaign file is not valid: TOML parse error at line 2, column 1
  |
2 | [[campaign]]
  | ^^^^^^^^^^^^
missing field `offer`"
    );
}

#[test]
fn not_toml_at_all() {
    assert_eq!(
        error_of("this is not toml"),
        "campaign file is not valid: TOML parse error at line 1, column 6
  |
1 | this is not toml
  |      ^
key with no value, expected `=`"
    );
}

#[test]
fn unknown_day_and_event_kind_names_list_the_accepted_ones() {
    assert_eq!(
        error_of(&format!(
            "{BASE}\n[campaign.schedule]\ndays = [\"funday\"]\n"
        )),
        "campaign file is not valid: TOML parse error at line 17, column 9
   |
17 | days = [\"funday\"]
   |         ^^^^^^^^
unknown variant `funday`, expected one of `mon`, `tue`, `wed`, `thu`, `fri`, `sat`, `sun`"
    );
    assert_eq!(
        error_of(&BASE.replace("\"enter\"", "\"Enter\"")),
        "campaign file is not valid: TOML parse error at line 5, column 16
  |
5 | event_kinds = [\"Enter\"]
  |                ^^^^^^^
unknown variant `Enter`, expected one of `enter`, `dwell`, `exit`"
    );
}

#[test]
fn empty_fence_selector_is_an_error_not_every_fence() {
    assert_eq!(
        error_of(&BASE.replace("tags = [\"coffee\"]", "")),
        "campaign file rejected, 1 error:
  - campaign \"coffee-am\": field `fences`: selects no fence; list fence_ids, store_ids or tags, \
or set `all = true` to target every fence"
    );
    assert_eq!(
        error_of(&BASE.replace("tags = [\"coffee\"]", "tags = []\nfence_ids = []")),
        "campaign file rejected, 1 error:
  - campaign \"coffee-am\": field `fences`: selects no fence; list fence_ids, store_ids or tags, \
or set `all = true` to target every fence"
    );
    // `all = true` alone is the explicit way to target every fence.
    assert!(
        CampaignRules::from_toml_str(&BASE.replace("tags = [\"coffee\"]", "all = true")).is_ok()
    );
    assert_eq!(
        error_of(&BASE.replace("tags = [\"coffee\"]", "tags = [\"coffee\"]\nall = true")),
        "campaign file rejected, 1 error:
  - campaign \"coffee-am\": field `fences.all`: `all = true` cannot be combined with fence_ids, \
store_ids or tags; keep one"
    );
}

#[test]
fn exit_and_empty_event_kinds_are_rejected() {
    assert_eq!(
        error_of(&BASE.replace("[\"enter\"]", "[\"exit\"]")),
        "campaign file rejected, 1 error:
  - campaign \"coffee-am\": field `event_kinds`: \"exit\" cannot trigger offers (the user has left); \
use \"enter\" or \"dwell\""
    );
    assert_eq!(
        error_of(&BASE.replace("[\"enter\"]", "[]")),
        "campaign file rejected, 1 error:
  - campaign \"coffee-am\": field `event_kinds`: must list \"enter\", \"dwell\" or both"
    );
}

#[test]
fn bad_durations_are_all_listed() {
    assert_eq!(
        error_of(&with_top_level(
            "cooldown = \"2 parsecs\"\nmax_age = \"0s\"\nttl = \"90days\""
        )),
        "campaign file rejected, 3 errors:
  - campaign \"coffee-am\": field `cooldown`: invalid duration \"2 parsecs\" (unknown time unit \
\"parsecs\", supported units: ns, us/µs, ms, sec, min, hours, days, weeks, months, years (and few \
variations)); write e.g. \"30m\", \"2h\" or \"7days\"
  - campaign \"coffee-am\": field `max_age`: must be longer than 0, got \"0s\"
  - campaign \"coffee-am\": field `ttl`: \"90days\" is longer than the maximum of 30 days"
    );
}

#[test]
fn validity_window_must_be_rfc3339_and_ordered() {
    assert_eq!(
        error_of(&with_top_level(
            "valid_from = \"2026-06-01T00:00:00Z\"\nvalid_until = \"2026-05-01T00:00:00Z\""
        )),
        "campaign file rejected, 1 error:
  - campaign \"coffee-am\": field `valid_until`: must be after valid_from (2026-05-01T00:00:00Z is \
not after 2026-06-01T00:00:00Z)"
    );
    assert_eq!(
        error_of(&with_top_level("valid_from = \"2026-06-01\"")),
        "campaign file rejected, 1 error:
  - campaign \"coffee-am\": field `valid_from`: invalid RFC 3339 instant \"2026-06-01\" (premature \
end of input); write e.g. \"2026-05-01T00:00:00+02:00\""
    );
}

#[test]
fn bad_schedules_are_rejected() {
    assert_eq!(
        error_of(&format!(
            "{BASE}\n[campaign.schedule]\ndays = []\nhours = [\"9-17\", \"10:00-10:00\", \"08:00-24:00\"]\n"
        )),
        "campaign file rejected, 3 errors:
  - campaign \"coffee-am\": field `schedule.days`: is empty, so the campaign would never run; omit \
`days` to run every day
  - campaign \"coffee-am\": field `schedule.hours`: invalid time window \"9-17\": expected \
\"HH:MM-HH:MM\", e.g. \"09:00-18:30\"
  - campaign \"coffee-am\": field `schedule.hours`: empty time window \"10:00-10:00\": start and \
end are equal"
    );
}

#[test]
fn duplicate_ids_and_bad_texts_name_each_campaign() {
    let second = BASE
        .replace("\"coffee-am\"", "\"coffee pm\"")
        .replace("\"Corner Coffee\"", "\"  \"");
    assert_eq!(
        error_of(&format!("{BASE}{BASE}{second}")),
        "campaign file rejected, 3 errors:
  - campaign \"coffee-am\": field `id`: duplicate campaign id (campaigns #1 and #2 in the file)
  - campaign \"coffee pm\": field `id`: invalid campaign id \"coffee pm\": must not contain \
whitespace or control characters
  - campaign \"coffee pm\": field `offer.sender`: must not be empty"
    );
}

#[test]
fn campaign_without_id_is_named_by_position() {
    let e =
        CampaignRules::from_toml_str(&format!("{BASE}{}", BASE.replace("\"coffee-am\"", "\"\"")))
            .unwrap_err();
    let CampaignFileError::Invalid(errors) = &e else {
        panic!("{e}");
    };
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0].to_string(),
        "campaign \"#2\": field `id`: invalid campaign id \"\": must not be empty"
    );
    assert_eq!((errors[0].campaign.as_str(), errors[0].field), ("#2", "id"));
}

#[test]
fn errors_are_listed_in_field_order_as_documented() {
    // The example in docs/campaigns.md.
    let text =
        with_top_level("max_age = \"0s\"\nttl = \"90days\"").replace("tags = [\"coffee\"]", "");
    assert_eq!(
        error_of(&text),
        "campaign file rejected, 3 errors:
  - campaign \"coffee-am\": field `fences`: selects no fence; list fence_ids, store_ids or tags, \
or set `all = true` to target every fence
  - campaign \"coffee-am\": field `max_age`: must be longer than 0, got \"0s\"
  - campaign \"coffee-am\": field `ttl`: \"90days\" is longer than the maximum of 30 days"
    );
}
