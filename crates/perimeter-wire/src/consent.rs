//! Consent updates: the compacted consent topic.

use perimeter_model::{
    Category, ConsentRecord, ConsentUpdate, EraseRequest, LocalTime, Purpose, Purposes, QuietHours,
    Timestamp, UserId,
};
use prost::Message;

use crate::error::RecordError;
use crate::fields::{
    check_size, decode_proto, id, invalid, key_text, match_key, require_key, timestamp,
};
use crate::proto;
use crate::proto::consent_update::Update;

/// Largest consent value accepted, in bytes, checked before decoding.
pub const MAX_CONSENT_BYTES: usize = 64 * 1024;

const MESSAGE: &str = "perimeter.v1.ConsentUpdate";

/// Encodes a consent update as `perimeter.v1.ConsentUpdate` (for producers,
/// the demo and tests). Purposes are written in a fixed order.
#[must_use]
pub fn encode_consent(update: &ConsentUpdate) -> Vec<u8> {
    let update = match update {
        ConsentUpdate::Set(r) => Update::Set(proto::ConsentRecord {
            user_id: r.user_id.as_str().to_owned(),
            purposes: [
                (Purpose::Location, proto::Purpose::Location),
                (Purpose::Offers, proto::Purpose::Offers),
            ]
            .into_iter()
            .filter(|(p, _)| r.purposes.contains(*p))
            .map(|(_, w)| w as i32)
            .collect(),
            blocked_categories: r
                .blocked_categories
                .iter()
                .map(|c| c.as_str().to_owned())
                .collect(),
            max_offers_per_day: r.max_offers_per_day,
            quiet_hours: r.quiet_hours.map(|q| proto::QuietHours {
                start_minute: u32::from(q.start.minute_of_day()),
                end_minute: u32::from(q.end.minute_of_day()),
            }),
            time_zone: r.time_zone.clone(),
            version: r.version,
            updated_at_ms: r.updated_at.as_millis(),
        }),
        ConsentUpdate::Erase(e) => Update::Erase(proto::EraseRequest {
            user_id: e.user_id.as_str().to_owned(),
            version: e.version,
            requested_at_ms: e.requested_at.as_millis(),
        }),
    };
    proto::ConsentUpdate {
        update: Some(update),
    }
    .encode_to_vec()
}

/// Decodes and validates one (non-null) record of the consent topic.
///
/// Purposes are a set: `PURPOSE_UNSPECIFIED` and values this version does
/// not know are ignored, so they never grant anything. The time zone is
/// passed through unchecked: the consent ledger checks it and fails closed.
///
/// A caller that gets an error should, besides writing the record to the
/// DLQ, apply [`consent_tombstone`] for the key: an unreadable update may
/// have revoked consent, so it must not leave an older grant in force.
///
/// # Errors
/// [`RecordError`]: oversized, missing key, undecodable, an invalid field
/// (user id, category, quiet hours, timestamp, or neither `set` nor
/// `erase`), or a key that differs from the user id.
pub fn decode_consent(key: Option<&[u8]>, value: &[u8]) -> Result<ConsentUpdate, RecordError> {
    check_size(MESSAGE, value, MAX_CONSENT_BYTES)?;
    let key = require_key(key, "user_id")?;
    let wire: proto::ConsentUpdate = decode_proto(MESSAGE, value)?;
    let update = match wire.update {
        None => {
            return Err(invalid("update", "neither set nor erase is present".into()));
        }
        Some(Update::Set(r)) => ConsentUpdate::Set(record(r)?),
        Some(Update::Erase(e)) => ConsentUpdate::Erase(EraseRequest {
            user_id: id("user_id", &e.user_id, UserId::new)?,
            version: e.version,
            requested_at: timestamp("requested_at_ms", e.requested_at_ms)?,
        }),
    };
    match_key(key, "user_id", update.user_id().as_str())?;
    Ok(update)
}

fn record(r: proto::ConsentRecord) -> Result<ConsentRecord, RecordError> {
    let user_id = id("user_id", &r.user_id, UserId::new)?;
    let purposes = r
        .purposes
        .iter()
        .filter_map(|&p| match proto::Purpose::try_from(p) {
            Ok(proto::Purpose::Location) => Some(Purpose::Location),
            Ok(proto::Purpose::Offers) => Some(Purpose::Offers),
            // Unspecified or unknown: grants nothing.
            Ok(proto::Purpose::Unspecified) | Err(_) => None,
        })
        .fold(Purposes::NONE, Purposes::with);
    let blocked_categories = r
        .blocked_categories
        .iter()
        .map(|c| id("blocked_categories", c, Category::new))
        .collect::<Result<Vec<_>, _>>()?;
    let quiet_hours = r
        .quiet_hours
        .map(|q| {
            Ok::<_, RecordError>(QuietHours {
                start: minute_of_day("quiet_hours.start_minute", q.start_minute)?,
                end: minute_of_day("quiet_hours.end_minute", q.end_minute)?,
            })
        })
        .transpose()?;
    Ok(ConsentRecord {
        user_id,
        purposes,
        blocked_categories,
        max_offers_per_day: r.max_offers_per_day,
        quiet_hours,
        time_zone: r.time_zone,
        version: r.version,
        updated_at: timestamp("updated_at_ms", r.updated_at_ms)?,
    })
}

fn minute_of_day(field: &'static str, minute: u32) -> Result<LocalTime, RecordError> {
    LocalTime::new(minute / 60, minute % 60).map_err(|_| {
        invalid(
            field,
            format!("{minute} is not a minute of the day (0 to 1439)"),
        )
    })
}

/// What a null value (tombstone) on the consent topic means: forget the
/// key's user, exactly like an [`EraseRequest`] with version 0 made at `at`
/// (the ledger keeps the higher version it already holds). Also the
/// fail-closed answer to an update [`decode_consent`] rejected.
///
/// # Errors
/// [`RecordError::MissingKey`], or `InvalidField { field: "user_id" }` when
/// the key is not a valid user id.
pub fn consent_tombstone(key: Option<&[u8]>, at: Timestamp) -> Result<ConsentUpdate, RecordError> {
    let key = require_key(key, "user_id")?;
    let text = std::str::from_utf8(key)
        .map_err(|_| invalid("user_id", format!("key {:?} is not UTF-8", key_text(key))))?;
    Ok(ConsentUpdate::Erase(EraseRequest {
        user_id: id("user_id", text, UserId::new)?,
        version: 0,
        requested_at: at,
    }))
}
