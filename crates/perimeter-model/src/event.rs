//! Geofence events: ENTER, DWELL and EXIT.

use std::fmt;
use std::time::Duration;

use crate::{Accuracy, FenceId, StableHasher, StoreId, Timestamp, UserId};

/// Why a visit ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExitReason {
    /// The user was confidently outside for the debounce period.
    Left,
    /// No ping arrived for `exit_after_silence` of event time.
    Timeout,
    /// The fence was removed from the catalog.
    FenceRemoved,
    /// The fence's validity window ended while the visit was open.
    FenceExpired,
}

impl ExitReason {
    /// Every reason, for pre-registering metrics.
    pub const ALL: [Self; 4] = [
        Self::Left,
        Self::Timeout,
        Self::FenceRemoved,
        Self::FenceExpired,
    ];

    /// Stable lower-case name (metric label, wire enum name).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Left => "left",
            Self::Timeout => "timeout",
            Self::FenceRemoved => "fence_removed",
            Self::FenceExpired => "fence_expired",
        }
    }
}

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventKind {
    /// The user entered the fence (a visit starts).
    Enter,
    /// The user has been inside for the fence's dwell threshold (once per visit).
    Dwell,
    /// The visit ended.
    Exit(ExitReason),
}

impl EventKind {
    /// Stable lower-case name (`enter`, `dwell`, `exit`), used as metric label.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Enter => "enter",
            Self::Dwell => "dwell",
            Self::Exit(_) => "exit",
        }
    }
}

/// Deterministic id of one visit: hash of (user, fence, visit start).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VisitId(pub u128);

impl VisitId {
    /// Derives the id of the visit of `user` to `fence` that started at `start`.
    #[must_use]
    pub fn derive(user: &UserId, fence: &FenceId, start: Timestamp) -> Self {
        Self(
            StableHasher::new("perimeter.visit.v1")
                .write_str(user.as_str())
                .write_str(fence.as_str())
                .write_i64(start.as_millis())
                .finish(),
        )
    }
}

impl fmt::Display for VisitId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:032x}", self.0)
    }
}

/// Deterministic id of one event: hash of (user, fence, visit start, kind).
/// The same input always yields the same id, so downstream consumers can drop
/// duplicates redelivered after a crash.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EventId(pub u128);

impl EventId {
    /// Derives the id of the `kind` event of the visit of `user` to `fence`
    /// that started at `visit_start`. All EXIT reasons share one id: a visit
    /// ends once.
    #[must_use]
    pub fn derive(user: &UserId, fence: &FenceId, visit_start: Timestamp, kind: EventKind) -> Self {
        Self(
            StableHasher::new("perimeter.event.v1")
                .write_str(user.as_str())
                .write_str(fence.as_str())
                .write_i64(visit_start.as_millis())
                .write_str(kind.as_str())
                .finish(),
        )
    }
}

impl fmt::Display for EventId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:032x}", self.0)
    }
}

/// An H3 cell index in its 64-bit form. On an event it is the cell of the
/// fence's centre, never of the user: analytics can count visits by area
/// without any user coordinate. Displayed in H3's canonical form, lower-case
/// hexadecimal (`871fb4670ffffff`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct H3Cell(pub u64);

impl fmt::Display for H3Cell {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:x}", self.0)
    }
}

/// One ENTER, DWELL or EXIT of one user at one fence.
#[derive(Debug, Clone, PartialEq)]
pub struct GeofenceEvent {
    /// Deterministic id, see [`EventId::derive`].
    pub id: EventId,
    /// What happened.
    pub kind: EventKind,
    /// Who.
    pub user_id: UserId,
    /// Where.
    pub fence_id: FenceId,
    /// The store the fence belongs to.
    pub store_id: StoreId,
    /// The visit this event belongs to.
    pub visit_id: VisitId,
    /// When the visit started (event time of its ENTER).
    pub visit_start: Timestamp,
    /// Event time: device timestamp of the ping that caused it, or the
    /// watermark/catalog time for timeouts and removals.
    pub event_time: Timestamp,
    /// Processing time, as passed in by the caller.
    pub processing_time: Timestamp,
    /// Accuracy of the deciding ping; `None` when no ping decided it.
    pub accuracy: Option<Accuracy>,
    /// Signed distance to the fence edge in metres (negative inside) of the
    /// deciding ping; `None` when no ping decided it.
    pub distance_to_edge_m: Option<f64>,
    /// Time inside so far (DWELL) or visit duration (EXIT); `None` for ENTER.
    pub duration: Option<Duration>,
    /// The H3 cell of the fence (see [`H3Cell`]); `None` when the fence is
    /// no longer in the catalog (EXIT `fence_removed`) or its centre has no
    /// cell. Filled in by the engine, which knows the catalog.
    pub h3_cell: Option<H3Cell>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_exit_reasons_are_listed_once_with_distinct_names() {
        // Exhaustive: a new reason does not compile until it has a place here.
        let position = |r: ExitReason| match r {
            ExitReason::Left => 0,
            ExitReason::Timeout => 1,
            ExitReason::FenceRemoved => 2,
            ExitReason::FenceExpired => 3,
        };
        for (i, r) in ExitReason::ALL.into_iter().enumerate() {
            assert_eq!(position(r), i, "{}", r.as_str());
        }
        let mut names: Vec<&str> = ExitReason::ALL.iter().map(|r| r.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ExitReason::ALL.len());
        assert_eq!(ExitReason::FenceExpired.as_str(), "fence_expired");
    }
}
