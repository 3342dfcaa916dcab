//! Offer triggers and the suppression audit.

use perimeter_model::{
    CampaignId, Category, EventId, EventKind, FenceId, OfferId, OfferTrigger, StoreId,
    SuppressionReason, Timestamp, TriggerId, UserId,
};
use prost::Message;

use crate::error::RecordError;
use crate::event::{kind_from_wire, kind_to_wire};
use crate::fields::{check_size, decode_proto, hex_id, id, invalid, parse_hex_id, timestamp};
use crate::proto;

/// Largest trigger or suppression record accepted by the decoders, in bytes.
pub const MAX_TRIGGER_BYTES: usize = 64 * 1024;

const TRIGGER: &str = "perimeter.v1.OfferTrigger";
const SUPPRESSION: &str = "perimeter.v1.Suppression";

/// Encodes a trigger as `perimeter.v1.OfferTrigger`; the record key is
/// `trigger.user_id`. The message has no coordinate field, and the proto
/// reserves the names such fields would have.
#[must_use]
pub fn encode_trigger(trigger: &OfferTrigger) -> Vec<u8> {
    proto::OfferTrigger {
        trigger_id: hex_id(trigger.id.0),
        user_id: trigger.user_id.as_str().to_owned(),
        campaign_id: trigger.campaign_id.as_str().to_owned(),
        offer_id: trigger.offer_id.as_str().to_owned(),
        category: trigger.category.as_str().to_owned(),
        sender: trigger.sender.clone(),
        message: trigger.message.clone(),
        store_id: trigger.store_id.as_str().to_owned(),
        fence_id: trigger.fence_id.as_str().to_owned(),
        event_id: hex_id(trigger.event_id.0),
        consent_version: trigger.consent_version,
        created_at_ms: trigger.created_at.as_millis(),
        expires_at_ms: trigger.expires_at.as_millis(),
    }
    .encode_to_vec()
}

/// Decodes and validates a `perimeter.v1.OfferTrigger` (for consumers and
/// tests; Perimeter only writes triggers).
///
/// # Errors
/// [`RecordError`]: oversized, undecodable, or an invalid id or timestamp.
pub fn decode_trigger(bytes: &[u8]) -> Result<OfferTrigger, RecordError> {
    check_size(TRIGGER, bytes, MAX_TRIGGER_BYTES)?;
    let t: proto::OfferTrigger = decode_proto(TRIGGER, bytes)?;
    Ok(OfferTrigger {
        id: TriggerId(parse_hex_id("trigger_id", &t.trigger_id)?),
        user_id: id("user_id", &t.user_id, UserId::new)?,
        campaign_id: id("campaign_id", &t.campaign_id, CampaignId::new)?,
        offer_id: id("offer_id", &t.offer_id, OfferId::new)?,
        category: id("category", &t.category, Category::new)?,
        sender: t.sender,
        message: t.message,
        store_id: id("store_id", &t.store_id, StoreId::new)?,
        fence_id: id("fence_id", &t.fence_id, FenceId::new)?,
        event_id: EventId(parse_hex_id("event_id", &t.event_id)?),
        consent_version: t.consent_version,
        created_at: timestamp("created_at_ms", t.created_at_ms)?,
        expires_at: timestamp("expires_at_ms", t.expires_at_ms)?,
    })
}

/// One event that produced no offer, for the optional audit topic. Like a
/// trigger, it carries no coordinates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuppressionAudit {
    /// The event that was considered.
    pub event_id: EventId,
    /// Its kind.
    pub event_kind: EventKind,
    /// Whose event.
    pub user_id: UserId,
    /// Fence of the event.
    pub fence_id: FenceId,
    /// Store of the fence.
    pub store_id: StoreId,
    /// The campaign that was suppressed, when one was considered.
    pub campaign_id: Option<CampaignId>,
    /// Why no offer was sent.
    pub reason: SuppressionReason,
    /// Decision time.
    pub decided_at: Timestamp,
}

fn reason_to_wire(r: SuppressionReason) -> proto::SuppressionReason {
    use proto::SuppressionReason as W;
    match r {
        SuppressionReason::NoLocationConsent => W::NoLocationConsent,
        SuppressionReason::NoOffersConsent => W::NoOffersConsent,
        SuppressionReason::CategoryBlocked => W::CategoryBlocked,
        SuppressionReason::QuietHours => W::QuietHours,
        SuppressionReason::FrequencyCap => W::FrequencyCap,
        SuppressionReason::Cooldown => W::Cooldown,
        SuppressionReason::OutsideSchedule => W::OutsideSchedule,
        SuppressionReason::StaleEvent => W::StaleEvent,
        SuppressionReason::OnePerVisit => W::OnePerVisit,
        SuppressionReason::NoMatchingCampaign => W::NoMatchingCampaign,
        SuppressionReason::StoreClosed => W::StoreClosed,
    }
}

/// Encodes a suppression as `perimeter.v1.Suppression`; the record key is
/// `audit.user_id`.
#[must_use]
pub fn encode_suppression(audit: &SuppressionAudit) -> Vec<u8> {
    let (event_kind, exit_reason) = kind_to_wire(audit.event_kind);
    proto::Suppression {
        event_id: hex_id(audit.event_id.0),
        event_kind,
        exit_reason,
        user_id: audit.user_id.as_str().to_owned(),
        fence_id: audit.fence_id.as_str().to_owned(),
        store_id: audit.store_id.as_str().to_owned(),
        campaign_id: audit.campaign_id.as_ref().map(|c| c.as_str().to_owned()),
        reason: reason_to_wire(audit.reason) as i32,
        decided_at_ms: audit.decided_at.as_millis(),
    }
    .encode_to_vec()
}

/// Decodes a `perimeter.v1.Suppression` (for consumers and tests).
///
/// # Errors
/// [`RecordError`]: oversized, undecodable, or an invalid field (id, kind,
/// reason or timestamp).
pub fn decode_suppression(bytes: &[u8]) -> Result<SuppressionAudit, RecordError> {
    check_size(SUPPRESSION, bytes, MAX_TRIGGER_BYTES)?;
    let s: proto::Suppression = decode_proto(SUPPRESSION, bytes)?;
    let event_kind = kind_from_wire(s.event_kind, s.exit_reason).map_err(|e| match e {
        RecordError::InvalidField {
            field: "kind",
            reason,
        } => invalid("event_kind", reason),
        other => other,
    })?;
    let reason = SuppressionReason::ALL
        .into_iter()
        .find(|r| reason_to_wire(*r) as i32 == s.reason)
        .ok_or_else(|| {
            invalid(
                "reason",
                format!("{} is not a known suppression reason", s.reason),
            )
        })?;
    Ok(SuppressionAudit {
        event_id: EventId(parse_hex_id("event_id", &s.event_id)?),
        event_kind,
        user_id: id("user_id", &s.user_id, UserId::new)?,
        fence_id: id("fence_id", &s.fence_id, FenceId::new)?,
        store_id: id("store_id", &s.store_id, StoreId::new)?,
        campaign_id: s
            .campaign_id
            .map(|c| id("campaign_id", &c, CampaignId::new))
            .transpose()?,
        reason,
        decided_at: timestamp("decided_at_ms", s.decided_at_ms)?,
    })
}
