//! Builders shared by the integration tests.

#![allow(dead_code, reason = "each test binary uses a different subset")]
#![allow(
    clippy::unwrap_used,
    reason = "test code: a failing unwrap is a failing test with a clear message"
)]

use chrono_tz::Tz;
use perimeter_model::{
    Category, ConsentRecord, ConsentUpdate, EraseRequest, EventId, EventKind, FenceId,
    GeofenceEvent, LocalTime, Purpose, Purposes, QuietHours, StoreId, Timestamp, UserId, VisitId,
};
use perimeter_offers::{
    CampaignRules, CapsHistory, ConsentChange, ConsentLedger, Decision, FenceAttributes,
};

/// An instant from RFC 3339.
pub fn at(rfc3339: &str) -> Timestamp {
    let dt = chrono::DateTime::parse_from_rfc3339(rfc3339).unwrap();
    Timestamp::from_millis(dt.timestamp_millis()).unwrap()
}

pub fn minutes(n: u64) -> std::time::Duration {
    std::time::Duration::from_secs(60 * n)
}

pub fn user(s: &str) -> UserId {
    UserId::new(s).unwrap()
}

pub const BOTH: Purposes = Purposes::NONE.with(Purpose::Location).with(Purpose::Offers);
pub const LOCATION_ONLY: Purposes = Purposes::NONE.with(Purpose::Location);
pub const OFFERS_ONLY: Purposes = Purposes::NONE.with(Purpose::Offers);

pub fn local(h: u32, m: u32) -> LocalTime {
    LocalTime::new(h, m).unwrap()
}

/// A consent record builder with sensible defaults (both purposes, Berlin,
/// default quiet hours and cap).
#[derive(Clone)]
pub struct Consent {
    pub record: ConsentRecord,
}

pub fn consent(u: &str, version: u64) -> Consent {
    Consent {
        record: ConsentRecord {
            user_id: user(u),
            purposes: BOTH,
            blocked_categories: Vec::new(),
            max_offers_per_day: None,
            quiet_hours: None,
            time_zone: "Europe/Berlin".into(),
            version,
            updated_at: Timestamp::EPOCH,
        },
    }
}

impl Consent {
    pub fn purposes(mut self, p: Purposes) -> Self {
        self.record.purposes = p;
        self
    }
    pub fn tz(mut self, tz: &str) -> Self {
        self.record.time_zone = tz.into();
        self
    }
    pub fn block(mut self, category: &str) -> Self {
        self.record
            .blocked_categories
            .push(Category::new(category).unwrap());
        self
    }
    pub fn max_per_day(mut self, n: u32) -> Self {
        self.record.max_offers_per_day = Some(n);
        self
    }
    pub fn quiet(mut self, start: LocalTime, end: LocalTime) -> Self {
        self.record.quiet_hours = Some(QuietHours { start, end });
        self
    }
    pub fn update(self) -> ConsentUpdate {
        ConsentUpdate::Set(self.record)
    }
    /// Applies it and returns what changed.
    pub fn apply(self, ledger: &mut ConsentLedger) -> ConsentChange {
        ledger.apply(self.update(), Timestamp::EPOCH).unwrap()
    }
}

pub fn erase(u: &str, version: u64) -> ConsentUpdate {
    ConsentUpdate::Erase(EraseRequest {
        user_id: user(u),
        version,
        requested_at: Timestamp::EPOCH,
    })
}

/// A fence of a store with tags, in a time zone; the store is open unless
/// a test closes it.
pub struct Fence {
    pub id: FenceId,
    pub store: StoreId,
    pub tags: Vec<String>,
    pub tz: Tz,
    /// What the caller computed from the store's opening hours.
    pub open: bool,
}

pub fn fence(id: &str, store: &str, tags: &[&str], tz: Tz) -> Fence {
    Fence {
        id: FenceId::new(id).unwrap(),
        store: StoreId::new(store).unwrap(),
        tags: tags.iter().map(|t| (*t).to_owned()).collect(),
        tz,
        open: true,
    }
}

impl Fence {
    pub fn attrs(&self) -> FenceAttributes<'_> {
        FenceAttributes {
            fence_id: &self.id,
            store_id: &self.store,
            tags: &self.tags,
            time_zone: self.tz,
            store_open: self.open,
        }
    }

    /// An event of `kind` for the visit of `u` that started at `visit_start`,
    /// happening at `event_time`.
    pub fn event(
        &self,
        u: &str,
        kind: EventKind,
        visit_start: Timestamp,
        event_time: Timestamp,
    ) -> GeofenceEvent {
        let user_id = user(u);
        GeofenceEvent {
            id: EventId::derive(&user_id, &self.id, visit_start, kind),
            kind,
            visit_id: VisitId::derive(&user_id, &self.id, visit_start),
            user_id,
            fence_id: self.id.clone(),
            store_id: self.store.clone(),
            visit_start,
            event_time,
            processing_time: event_time,
            accuracy: None,
            distance_to_edge_m: None,
            duration: None,
            h3_cell: None,
        }
    }
}

/// Decides, and records a trigger the way the stream layer does.
pub fn decide_and_record(
    rules: &CampaignRules,
    event: &GeofenceEvent,
    fence: &Fence,
    ledger: &ConsentLedger,
    history: &mut CapsHistory,
    now: Timestamp,
) -> Decision {
    let d = rules.decide(event, &fence.attrs(), ledger, history, now);
    if let Decision::Trigger(t) = &d {
        history.record(t, event.visit_id);
    }
    d
}

/// One campaign in TOML, for tests that need a handful.
pub fn campaign_toml(id: &str, extra: &str, selector: &str, category: &str) -> String {
    format!(
        r#"
[[campaign]]
id = "{id}"
name = "Campaign {id}"
event_kinds = ["enter", "dwell"]
{extra}

[campaign.fences]
{selector}

[campaign.offer]
id = "offer-{id}"
category = "{category}"
sender = "Sender of {id}"
message = "Message of {id}"
"#
    )
}
