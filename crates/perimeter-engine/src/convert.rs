//! The changelog value of a user, `perimeter.v1.UserState`
//! (`proto/perimeter/v1/state.proto`), to and from the plain snapshots of
//! the presence tracker ([`UserSnapshot`]) and the caps history
//! ([`CapsSnapshot`]), plus the user's erasure.
//!
//! Field by field:
//!
//! | `UserState` field | Rust value |
//! |---|---|
//! | `presence` (unset = none) | `Option<UserSnapshot>` |
//! | `presence.last_ping_ms` | `UserSnapshot::last_ping` |
//! | `presence.visits[]` (any order) | `UserSnapshot::visits` |
//! | `visits[].fence_id` | `VisitSnapshot::fence_id` |
//! | `visits[].store_id` | `VisitSnapshot::store_id` |
//! | `visits[].entered_at_ms` | `VisitSnapshot::entered_at` |
//! | `visits[].dwell_emitted` | `VisitSnapshot::dwelled` |
//! | `visits[].pending_exit` (unset = none) | `VisitSnapshot::pending_exit` |
//! | `pending_exit.outside_since_ms` | `PendingExit::outside_since` |
//! | `pending_exit.outside_pings` | `PendingExit::outside_pings` (saturates at `u16::MAX`) |
//! | `caps` (unset = none) | `Option<CapsSnapshot>` |
//! | `caps.offers[]` (any order) | `CapsSnapshot::sent` |
//! | `offers[].sent_at_ms` | `SentOffer::at` |
//! | `offers[].campaign_id` | `SentOffer::campaign_id` |
//! | `offers[].visit_id` (16 bytes, big-endian) | `SentOffer::visit_id` |
//! | `erasure` (unset = none) | `Option<(u64, Timestamp)>` |
//! | `erasure.version` | `.0`, the consent version of the erasure |
//! | `erasure.erased_at_ms` | `.1`, when the erasure was applied (clamped into range) |
//!
//! Fields this build does not know never reach this module: prost skipped
//! them when decoding. Nothing here looks at who wrote a record.
//!
//! What the conversion checks is what the Rust types require (ids valid,
//! times in range, a visit id of 16 bytes); the invariants between fields
//! (a visit starts at or before the latest ping, ...) are checked by
//! [`PresenceTracker::restore`](perimeter_presence::PresenceTracker::restore).
//! A part that fails is that part's error only: use
//! [`user_state_parts_from_proto`] so that an unreadable presence state
//! does not also cost the user's caps history and, above all, their
//! erasure.

use perimeter_model::{CampaignId, FenceId, StoreId, Timestamp, VisitId};
use perimeter_offers::{CapsSnapshot, SentOffer};
use perimeter_presence::{PendingExit, UserSnapshot, VisitSnapshot};
use perimeter_wire::{UserState, user_state};

/// A field of a [`UserState`] whose value this build cannot represent: an
/// invalid id, a time outside 1970..3000, a visit id that is not 16 bytes.
/// Only the part holding the field (presence or caps) is lost.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("changelog field {field}: {reason}")]
pub struct ConversionError {
    /// The field as named in state.proto, with the index of repeated ones:
    /// `presence.visits[1].fence_id`.
    pub field: String,
    /// What is wrong with it, including the value.
    pub reason: String,
}

fn fail(field: String, reason: impl std::fmt::Display) -> ConversionError {
    ConversionError {
        field,
        reason: reason.to_string(),
    }
}

fn timestamp(field: impl FnOnce() -> String, ms: i64) -> Result<Timestamp, ConversionError> {
    Timestamp::from_millis(ms).map_err(|e| fail(field(), format!("{ms}: {e}")))
}

/// A user's presence snapshot as the protobuf message.
#[must_use]
fn presence_to_proto(s: &UserSnapshot) -> user_state::Presence {
    user_state::Presence {
        last_ping_ms: s.last_ping.as_millis(),
        visits: s
            .visits
            .iter()
            .map(|v| user_state::Visit {
                fence_id: v.fence_id.as_str().to_owned(),
                store_id: v.store_id.as_str().to_owned(),
                entered_at_ms: v.entered_at.as_millis(),
                dwell_emitted: v.dwelled,
                pending_exit: v.pending_exit.map(|e| user_state::PendingExit {
                    outside_since_ms: e.outside_since.as_millis(),
                    outside_pings: u32::from(e.outside_pings),
                }),
            })
            .collect(),
    }
}

/// A user's caps snapshot as the protobuf message.
#[must_use]
fn caps_to_proto(c: &CapsSnapshot) -> user_state::Caps {
    user_state::Caps {
        offers: c
            .sent
            .iter()
            .map(|s| user_state::SentOffer {
                sent_at_ms: s.at.as_millis(),
                campaign_id: s.campaign_id.as_str().to_owned(),
                visit_id: s.visit_id.0.to_be_bytes().to_vec(),
            })
            .collect(),
    }
}

/// A user's erasure (consent version, when it was applied) as the protobuf
/// message.
#[must_use]
fn erasure_to_proto(version: u64, erased_at: Timestamp) -> user_state::Erasure {
    user_state::Erasure {
        version,
        erased_at_ms: erased_at.as_millis(),
    }
}

/// The changelog value of a user. If all three are `None`, write a
/// tombstone instead of this (empty) record.
#[must_use]
pub fn user_state_to_proto(
    presence: Option<&UserSnapshot>,
    caps: Option<&CapsSnapshot>,
    erasure: Option<(u64, Timestamp)>,
) -> UserState {
    UserState {
        presence: presence.map(presence_to_proto),
        caps: caps.map(caps_to_proto),
        erasure: erasure.map(|(version, at)| erasure_to_proto(version, at)),
    }
}

/// The presence snapshot of a protobuf presence state. Visits keep their
/// order (restore sorts them); a pending exit's ping count saturates at
/// `u16::MAX`, as the tracker's counter does.
///
/// # Errors
/// [`ConversionError`] for an invalid fence or store id or a time out of
/// range.
fn presence_from_proto(p: user_state::Presence) -> Result<UserSnapshot, ConversionError> {
    let last_ping = timestamp(|| "presence.last_ping_ms".into(), p.last_ping_ms)?;
    let visits = p
        .visits
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            let field = |name: &str| format!("presence.visits[{i}].{name}");
            Ok(VisitSnapshot {
                fence_id: FenceId::new(&v.fence_id).map_err(|e| fail(field("fence_id"), e))?,
                store_id: StoreId::new(&v.store_id).map_err(|e| fail(field("store_id"), e))?,
                entered_at: timestamp(|| field("entered_at_ms"), v.entered_at_ms)?,
                dwelled: v.dwell_emitted,
                pending_exit: v
                    .pending_exit
                    .map(|e| {
                        Ok::<_, ConversionError>(PendingExit {
                            outside_since: timestamp(
                                || field("pending_exit.outside_since_ms"),
                                e.outside_since_ms,
                            )?,
                            outside_pings: u16::try_from(e.outside_pings).unwrap_or(u16::MAX),
                        })
                    })
                    .transpose()?,
            })
        })
        .collect::<Result<Vec<_>, ConversionError>>()?;
    Ok(UserSnapshot { last_ping, visits })
}

/// The caps snapshot of a protobuf caps history, entries in their order
/// (restore sorts them and keeps repeats once).
///
/// # Errors
/// [`ConversionError`] for an invalid campaign id, a time out of range or a
/// visit id that is not exactly 16 bytes.
fn caps_from_proto(c: user_state::Caps) -> Result<CapsSnapshot, ConversionError> {
    let sent = c
        .offers
        .into_iter()
        .enumerate()
        .map(|(i, o)| {
            let field = |name: &str| format!("caps.offers[{i}].{name}");
            let visit = <[u8; 16]>::try_from(o.visit_id.as_slice()).map_err(|_| {
                fail(
                    field("visit_id"),
                    format!("{} bytes, not 16", o.visit_id.len()),
                )
            })?;
            Ok(SentOffer {
                at: timestamp(|| field("sent_at_ms"), o.sent_at_ms)?,
                campaign_id: CampaignId::new(&o.campaign_id)
                    .map_err(|e| fail(field("campaign_id"), e))?,
                visit_id: VisitId(u128::from_be_bytes(visit)),
            })
        })
        .collect::<Result<Vec<_>, ConversionError>>()?;
    Ok(CapsSnapshot { sent })
}

/// The erasure of a protobuf erasure: (consent version, when applied).
/// Never fails: a time out of range is clamped into 1970..3000, because an
/// erasure must never be lost (it keeps an older grant from opting the user
/// in again); the version is what matters.
#[must_use]
fn erasure_from_proto(e: &user_state::Erasure) -> (u64, Timestamp) {
    let ms = e
        .erased_at_ms
        .clamp(Timestamp::EPOCH.as_millis(), Timestamp::MAX.as_millis());
    (
        e.version,
        Timestamp::from_millis(ms).unwrap_or(Timestamp::MAX),
    )
}

/// A user's changelog value, each part converted on its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserStateParts {
    /// The presence state: `Ok(None)` if the record has none.
    pub presence: Result<Option<UserSnapshot>, ConversionError>,
    /// The caps history: `Ok(None)` if the record has none.
    pub caps: Result<Option<CapsSnapshot>, ConversionError>,
    /// The erasure (consent version, when applied), if the record has one.
    pub erasure: Option<(u64, Timestamp)>,
}

/// Converts each part of a user's changelog value on its own, so that a
/// part this build cannot represent costs only that part. What the
/// partition engine should use on restore.
#[must_use]
pub fn user_state_parts_from_proto(s: UserState) -> UserStateParts {
    UserStateParts {
        presence: s.presence.map(presence_from_proto).transpose(),
        caps: s.caps.map(caps_from_proto).transpose(),
        erasure: s.erasure.as_ref().map(erasure_from_proto),
    }
}

/// The parts of a user's changelog value: presence snapshot, caps snapshot,
/// erasure (consent version, when applied); `None` where the record has
/// none.
///
/// # Errors
/// The first [`ConversionError`] of the presence or caps part; then every
/// part is lost. Prefer [`user_state_parts_from_proto`] on restore.
#[cfg(test)]
#[allow(
    clippy::type_complexity,
    reason = "the triple the partition engine asked for"
)]
pub fn user_state_from_proto(
    s: UserState,
) -> Result<
    (
        Option<UserSnapshot>,
        Option<CapsSnapshot>,
        Option<(u64, Timestamp)>,
    ),
    ConversionError,
> {
    let parts = user_state_parts_from_proto(s);
    Ok((parts.presence?, parts.caps?, parts.erasure))
}

#[cfg(test)]
mod tests {
    #![allow(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        reason = "test code: a failing unwrap is a failing test"
    )]

    use std::time::Duration;

    use perimeter_model::{
        Accuracy, Category, EventId, OfferId, OfferTrigger, Ping, Position, TriggerId, UserId,
    };
    use perimeter_offers::{CapsHistory, MIN_RETENTION};
    use perimeter_presence::{NearbyFence, PresenceConfig, PresenceTracker};
    use perimeter_wire::{decode_user_state, encode_user_state};
    use prost::Message;

    use super::*;

    const T0: i64 = 1_714_035_600_000;

    fn ts(ms: i64) -> Timestamp {
        Timestamp::from_millis(ms).unwrap()
    }

    /// A user with two open visits (one with a pending exit, one dwelled)
    /// and two offers sent.
    fn live_state() -> (UserId, PresenceTracker, CapsHistory) {
        let user = UserId::new("u-1").unwrap();
        let config = PresenceConfig {
            exit_debounce_pings: 3,
            ..PresenceConfig::default()
        };
        let mut tracker = PresenceTracker::new(config).unwrap();
        let near = |id: &str, inside: bool| NearbyFence {
            fence_id: FenceId::new(id).unwrap(),
            store_id: StoreId::new("store-1").unwrap(),
            dwell_threshold: Duration::from_secs(60),
            inside,
            distance_to_edge_m: if inside { -40.0 } else { 400.0 },
        };
        for (secs, fences) in [
            (0, vec![near("a", true), near("b", true)]),
            (90, vec![near("a", true), near("b", false)]),
            (100, vec![near("a", true), near("b", false)]),
        ] {
            let ping = Ping {
                user_id: user.clone(),
                position: Position::new(48.85, 2.35).unwrap(),
                accuracy: Accuracy::new(5.0).unwrap(),
                timestamp: ts(T0 + secs * 1000),
            };
            tracker.update(&ping, &fences, Timestamp::EPOCH, ping.timestamp);
        }
        let mut history = CapsHistory::new(MIN_RETENTION);
        for (n, campaign) in ["coffee", "bakery"].into_iter().enumerate() {
            let campaign_id = CampaignId::new(campaign).unwrap();
            let created_at = ts(T0 + 1000 * n as i64);
            history.record(
                &OfferTrigger {
                    id: TriggerId::derive(EventId(n as u128), &campaign_id),
                    user_id: user.clone(),
                    campaign_id,
                    offer_id: OfferId::new("o").unwrap(),
                    category: Category::new("food").unwrap(),
                    sender: "S".into(),
                    message: "M".into(),
                    store_id: StoreId::new("store-1").unwrap(),
                    fence_id: FenceId::new("a").unwrap(),
                    event_id: EventId(n as u128),
                    consent_version: 1,
                    created_at,
                    expires_at: created_at.saturating_add(Duration::from_secs(60)),
                },
                VisitId(u128::MAX - n as u128),
            );
        }
        (user, tracker, history)
    }

    #[test]
    fn every_field_round_trips_through_the_changelog_value() {
        let (user, tracker, history) = live_state();
        let presence = tracker.snapshot(&user).unwrap();
        let caps = history.snapshot(&user).unwrap();
        assert_eq!(presence.visits.len(), 2);
        assert!(presence.visits[0].dwelled);
        assert_eq!(presence.visits[1].pending_exit.unwrap().outside_pings, 2);
        let erasure = Some((7, ts(T0 - 1)));
        let bytes = encode_user_state(&user_state_to_proto(Some(&presence), Some(&caps), erasure));
        let (p, c, e) = user_state_from_proto(decode_user_state(&bytes).unwrap()).unwrap();
        assert_eq!(
            (p.as_ref(), c.as_ref(), e),
            (Some(&presence), Some(&caps), erasure)
        );

        let mut restored = PresenceTracker::new(tracker.config().clone()).unwrap();
        restored.restore(user.clone(), p.unwrap()).unwrap();
        assert_eq!(restored.snapshot(&user), Some(presence));
        let mut restored_caps = CapsHistory::new(MIN_RETENTION);
        restored_caps.restore(user.clone(), c.unwrap());
        assert_eq!(restored_caps.user(&user), history.user(&user));

        let empty = user_state_to_proto(None, None, None);
        assert_eq!(user_state_from_proto(empty).unwrap(), (None, None, None));
    }

    #[test]
    fn a_newer_state_record_restores_what_this_build_understands() {
        let (user, tracker, history) = live_state();
        let presence = tracker.snapshot(&user).unwrap();
        let caps = history.snapshot(&user).unwrap();
        let state = user_state_to_proto(Some(&presence), Some(&caps), None);
        // A newer build's record: a field of its own in every message.
        let unknown = |mut bytes: Vec<u8>| {
            prost::encoding::encode_key(99, prost::encoding::WireType::Varint, &mut bytes);
            prost::encoding::encode_varint(42, &mut bytes);
            bytes
        };
        let mut newer = Vec::new();
        let mut p = unknown(
            user_state::Presence {
                visits: Vec::new(),
                ..state.presence.clone().unwrap()
            }
            .encode_to_vec(),
        );
        for v in &state.presence.as_ref().unwrap().visits {
            prost::encoding::bytes::encode(2, &unknown(v.encode_to_vec()), &mut p);
        }
        prost::encoding::bytes::encode(1, &p, &mut newer);
        let c = unknown(state.caps.clone().unwrap().encode_to_vec());
        prost::encoding::bytes::encode(2, &c, &mut newer);
        let newer = unknown(newer);

        let parts = user_state_parts_from_proto(decode_user_state(&newer).unwrap());
        let mut restored = PresenceTracker::new(tracker.config().clone()).unwrap();
        restored
            .restore(user.clone(), parts.presence.unwrap().unwrap())
            .unwrap();
        assert_eq!(restored.snapshot(&user), Some(presence));
        assert_eq!(parts.caps.unwrap(), Some(caps));
    }

    #[test]
    fn a_part_this_build_cannot_represent_costs_only_that_part() {
        let (user, tracker, history) = live_state();
        let mut state = user_state_to_proto(
            tracker.snapshot(&user).as_ref(),
            history.snapshot(&user).as_ref(),
            Some((3, ts(T0))),
        );
        let presence = state.presence.as_mut().unwrap();
        presence.visits[1].fence_id = "a b".into();
        let parts = user_state_parts_from_proto(state.clone());
        let err = parts.presence.unwrap_err();
        assert_eq!(err.field, "presence.visits[1].fence_id");
        assert!(
            err.to_string()
                .starts_with("changelog field presence.visits[1].fence_id: ")
        );
        assert!(parts.caps.unwrap().is_some());
        assert_eq!(parts.erasure, Some((3, ts(T0))));
        assert_eq!(user_state_from_proto(state).unwrap_err(), err);
    }

    #[test]
    fn out_of_range_values_are_errors_or_saturate() {
        let presence = |last_ping_ms, outside_pings| user_state::Presence {
            last_ping_ms,
            visits: vec![user_state::Visit {
                fence_id: "f".into(),
                store_id: "s".into(),
                entered_at_ms: 0,
                dwell_emitted: false,
                pending_exit: Some(user_state::PendingExit {
                    outside_since_ms: 0,
                    outside_pings,
                }),
            }],
        };
        assert_eq!(
            presence_from_proto(presence(-1, 1)).unwrap_err().field,
            "presence.last_ping_ms"
        );
        let saturated = presence_from_proto(presence(5, u32::MAX)).unwrap();
        assert_eq!(
            saturated.visits[0].pending_exit.unwrap().outside_pings,
            u16::MAX
        );
        let offer = |visit_id: Vec<u8>, sent_at_ms| user_state::Caps {
            offers: vec![user_state::SentOffer {
                sent_at_ms,
                campaign_id: "c".into(),
                visit_id,
            }],
        };
        assert_eq!(
            caps_from_proto(offer(vec![0; 15], 0)).unwrap_err().field,
            "caps.offers[0].visit_id"
        );
        assert_eq!(
            caps_from_proto(offer(vec![0; 16], Timestamp::MAX.as_millis() + 1))
                .unwrap_err()
                .field,
            "caps.offers[0].sent_at_ms"
        );
        let erasure = |erased_at_ms| user_state::Erasure {
            version: 9,
            erased_at_ms,
        };
        assert_eq!(erasure_from_proto(&erasure(-5)), (9, Timestamp::EPOCH));
        assert_eq!(erasure_from_proto(&erasure(i64::MAX)), (9, Timestamp::MAX));
    }
}
