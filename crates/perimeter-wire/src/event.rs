//! Geofence events: the events topic.

use std::str::FromStr;
use std::time::Duration;

use perimeter_model::{
    Accuracy, EventId, EventKind, ExitReason, FenceId, GeofenceEvent, H3Cell, StoreId, UserId,
    VisitId,
};
use prost::Message;

use crate::error::RecordError;
use crate::fields::{check_size, decode_proto, hex_id, id, invalid, parse_hex_id, timestamp};
use crate::proto;

/// Largest event accepted by [`decode_event`], in bytes.
pub const MAX_EVENT_BYTES: usize = 64 * 1024;

const MESSAGE: &str = "perimeter.v1.GeofenceEvent";

/// Encodes an event as `perimeter.v1.GeofenceEvent`; the record key is
/// `event.user_id`. Ids are written as 32 lower-case hex characters and the
/// duration in whole milliseconds (truncated; event times are milliseconds).
#[must_use]
pub fn encode_event(event: &GeofenceEvent) -> Vec<u8> {
    let (kind, exit_reason) = kind_to_wire(event.kind);
    proto::GeofenceEvent {
        event_id: hex_id(event.id.0),
        kind,
        exit_reason,
        user_id: event.user_id.as_str().to_owned(),
        fence_id: event.fence_id.as_str().to_owned(),
        store_id: event.store_id.as_str().to_owned(),
        visit_id: hex_id(event.visit_id.0),
        visit_start_ms: event.visit_start.as_millis(),
        event_time_ms: event.event_time.as_millis(),
        processing_time_ms: event.processing_time.as_millis(),
        accuracy_m: event.accuracy.map(Accuracy::metres),
        distance_to_edge_m: event.distance_to_edge_m,
        duration_ms: event
            .duration
            .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX)),
        h3_cell: event.h3_cell.map(|c| c.to_string()).unwrap_or_default(),
    }
    .encode_to_vec()
}

/// Decodes and validates a `perimeter.v1.GeofenceEvent` (for consumers and
/// tests; Perimeter only writes events).
///
/// # Errors
/// [`RecordError`]: oversized, undecodable, or an invalid field (bad id, an
/// unknown or unspecified kind, an exit reason that does not fit the kind,
/// a timestamp out of range, an invalid accuracy, a non-finite distance or
/// an `h3_cell` that is not an H3 cell).
pub fn decode_event(bytes: &[u8]) -> Result<GeofenceEvent, RecordError> {
    check_size(MESSAGE, bytes, MAX_EVENT_BYTES)?;
    let e: proto::GeofenceEvent = decode_proto(MESSAGE, bytes)?;
    let kind = kind_from_wire(e.kind, e.exit_reason)?;
    let accuracy = e
        .accuracy_m
        .map(|m| {
            Accuracy::new(m).map_err(|err| invalid("accuracy_m", format!("{m} {}", err.reason)))
        })
        .transpose()?;
    if let Some(d) = e.distance_to_edge_m.filter(|d| !d.is_finite()) {
        return Err(invalid(
            "distance_to_edge_m",
            format!("{d} is not a finite number"),
        ));
    }
    Ok(GeofenceEvent {
        id: EventId(parse_hex_id("event_id", &e.event_id)?),
        kind,
        user_id: id("user_id", &e.user_id, UserId::new)?,
        fence_id: id("fence_id", &e.fence_id, FenceId::new)?,
        store_id: id("store_id", &e.store_id, StoreId::new)?,
        visit_id: VisitId(parse_hex_id("visit_id", &e.visit_id)?),
        visit_start: timestamp("visit_start_ms", e.visit_start_ms)?,
        event_time: timestamp("event_time_ms", e.event_time_ms)?,
        processing_time: timestamp("processing_time_ms", e.processing_time_ms)?,
        accuracy,
        distance_to_edge_m: e.distance_to_edge_m,
        duration: e.duration_ms.map(Duration::from_millis),
        h3_cell: h3_cell(&e.h3_cell)?,
    })
}

/// The cell of a `h3_cell` field: empty is none, anything else must be a
/// valid H3 cell in its hexadecimal form.
fn h3_cell(text: &str) -> Result<Option<H3Cell>, RecordError> {
    if text.is_empty() {
        return Ok(None);
    }
    h3o::CellIndex::from_str(text)
        .map(|c| Some(H3Cell(u64::from(c))))
        .map_err(|e| invalid("h3_cell", format!("{text:?} is not an H3 cell: {e}")))
}

/// The wire kind and exit reason of `kind`.
pub(crate) fn kind_to_wire(kind: EventKind) -> (i32, i32) {
    let (kind, reason) = match kind {
        EventKind::Enter => (proto::EventKind::Enter, proto::ExitReason::Unspecified),
        EventKind::Dwell => (proto::EventKind::Dwell, proto::ExitReason::Unspecified),
        EventKind::Exit(r) => (
            proto::EventKind::Exit,
            match r {
                ExitReason::Left => proto::ExitReason::Left,
                ExitReason::Timeout => proto::ExitReason::Timeout,
                ExitReason::FenceRemoved => proto::ExitReason::FenceRemoved,
                ExitReason::FenceExpired => proto::ExitReason::FenceExpired,
            },
        ),
    };
    (kind as i32, reason as i32)
}

/// The event kind of a wire kind and exit reason. The reason must be set
/// exactly when the kind is EXIT.
pub(crate) fn kind_from_wire(kind: i32, exit_reason: i32) -> Result<EventKind, RecordError> {
    use proto::EventKind as K;
    use proto::ExitReason as R;
    match (K::try_from(kind), R::try_from(exit_reason)) {
        (Ok(K::Enter), Ok(R::Unspecified)) => Ok(EventKind::Enter),
        (Ok(K::Dwell), Ok(R::Unspecified)) => Ok(EventKind::Dwell),
        (Ok(K::Exit), Ok(R::Left)) => Ok(EventKind::Exit(ExitReason::Left)),
        (Ok(K::Exit), Ok(R::Timeout)) => Ok(EventKind::Exit(ExitReason::Timeout)),
        (Ok(K::Exit), Ok(R::FenceRemoved)) => Ok(EventKind::Exit(ExitReason::FenceRemoved)),
        (Ok(K::Exit), Ok(R::FenceExpired)) => Ok(EventKind::Exit(ExitReason::FenceExpired)),
        (Ok(K::Enter | K::Dwell), _) => Err(invalid(
            "exit_reason",
            format!("{exit_reason} is set on a non-EXIT event"),
        )),
        (Ok(K::Exit), _) => Err(invalid(
            "exit_reason",
            format!("{exit_reason} is not a known exit reason"),
        )),
        (Ok(K::Unspecified) | Err(_), _) => {
            Err(invalid("kind", format!("{kind} is not a known event kind")))
        }
    }
}
