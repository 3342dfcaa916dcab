//! One user's presence state as plain values, for the changelog.
//!
//! [`PresenceTracker::snapshot`](crate::PresenceTracker::snapshot) returns a
//! [`UserSnapshot`] and [`PresenceTracker::restore`](crate::PresenceTracker::restore)
//! takes one back. This crate has no byte format: the partition engine maps
//! these types to the protobuf `perimeter.v1.UserState` of the changelog
//! (`proto/perimeter/v1/state.proto`, one field per field here), so that a
//! build meeting a record of a newer build keeps every field it knows.
//!
//! The types are plain data with public fields; [`restore`] checks the
//! invariants the tracker relies on and refuses what it could not have
//! produced ([`InvalidSnapshot`]).
//!
//! [`restore`]: crate::PresenceTracker::restore

use perimeter_model::{FenceId, StoreId, Timestamp};

use crate::visit::{UserState, Visit};

/// Everything the tracker remembers about one user (the user id is the
/// changelog key and not repeated here).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserSnapshot {
    /// Event time of the user's latest processed ping: an older ping is
    /// late. With no open visit, the state is only this late-ping guard.
    pub last_ping: Timestamp,
    /// The open visits, one per fence. [`snapshot`](crate::PresenceTracker::snapshot)
    /// lists them in fence-id order; [`restore`](crate::PresenceTracker::restore)
    /// accepts any order.
    pub visits: Vec<VisitSnapshot>,
}

/// One open visit (its ENTER was emitted, its EXIT not yet). Its visit id
/// is not stored: it is derived from the user, `fence_id` and `entered_at`
/// ([`perimeter_model::VisitId::derive`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisitSnapshot {
    /// The fence visited.
    pub fence_id: FenceId,
    /// The store the fence belonged to when the visit started; the visit's
    /// events carry it until the visit ends.
    pub store_id: StoreId,
    /// Visit start: event time of the ENTER ping. At most
    /// [`UserSnapshot::last_ping`].
    pub entered_at: Timestamp,
    /// Whether the visit's DWELL was emitted (once per visit).
    pub dwelled: bool,
    /// The exit debounce in progress, if the user is confidently outside
    /// and the exit is not confirmed yet.
    pub pending_exit: Option<PendingExit>,
}

/// A run of confidently-outside pings that becomes EXIT(left) once it spans
/// the exit debounce and holds enough pings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PendingExit {
    /// Event time of the run's first ping: from the visit start to the
    /// user's latest ping.
    pub outside_since: Timestamp,
    /// Confidently-outside pings in the run (distinct timestamps), at least
    /// 1. The tracker's counter saturates at `u16::MAX`.
    pub outside_pings: u16,
}

/// A snapshot the tracker could not have produced. [`restore`] refuses it
/// and leaves the tracker unchanged.
///
/// [`restore`]: crate::PresenceTracker::restore
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid presence snapshot: visit at fence {fence_id}: {reason}")]
pub struct InvalidSnapshot {
    /// The fence of the visit that breaks an invariant.
    pub fence_id: FenceId,
    /// What is wrong with it.
    pub reason: SnapshotError,
}

/// Why a visit of a snapshot was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SnapshotError {
    /// The visit starts after the user's latest ping, which started it.
    #[error("visit starts at {entered_at}, after the latest ping at {last_ping}")]
    StartsAfterLastPing {
        /// The visit start.
        entered_at: Timestamp,
        /// The user's latest ping.
        last_ping: Timestamp,
    },
    /// The pending exit run starts before the visit.
    #[error("pending exit starts at {outside_since}, before the visit at {entered_at}")]
    ExitBeforeVisit {
        /// The run's first ping.
        outside_since: Timestamp,
        /// The visit start.
        entered_at: Timestamp,
    },
    /// The pending exit run starts after the user's latest ping.
    #[error("pending exit starts at {outside_since}, after the latest ping at {last_ping}")]
    ExitAfterLastPing {
        /// The run's first ping.
        outside_since: Timestamp,
        /// The user's latest ping.
        last_ping: Timestamp,
    },
    /// A pending exit of zero pings (no exit pending is `None`).
    #[error("pending exit of zero pings")]
    EmptyExit,
    /// Two visits at the same fence.
    #[error("a second open visit at the same fence")]
    RepeatedFence,
}

impl UserSnapshot {
    /// The snapshot of a user's state.
    pub(crate) fn of(state: &UserState) -> Self {
        Self {
            last_ping: state.last_ping,
            visits: state
                .visits
                .as_slice()
                .iter()
                .map(|v| VisitSnapshot {
                    fence_id: v.fence.fence_id.clone(),
                    store_id: v.fence.store_id.clone(),
                    entered_at: v.entered_at,
                    dwelled: v.dwelled,
                    pending_exit: v.exit_pending().then_some(PendingExit {
                        outside_since: v.outside_since,
                        outside_pings: v.outside_pings,
                    }),
                })
                .collect(),
        }
    }

    /// Checks every invariant the tracker relies on and returns the visits
    /// sorted by fence id.
    pub(crate) fn checked(mut self) -> Result<Self, InvalidSnapshot> {
        let last_ping = self.last_ping;
        // Stable, and a no-op for what `snapshot` wrote.
        self.visits.sort_by(|a, b| a.fence_id.cmp(&b.fence_id));
        for (i, v) in self.visits.iter().enumerate() {
            let fail = |reason| InvalidSnapshot {
                fence_id: v.fence_id.clone(),
                reason,
            };
            if i > 0
                && self
                    .visits
                    .get(i - 1)
                    .is_some_and(|prev| prev.fence_id == v.fence_id)
            {
                return Err(fail(SnapshotError::RepeatedFence));
            }
            if v.entered_at > last_ping {
                return Err(fail(SnapshotError::StartsAfterLastPing {
                    entered_at: v.entered_at,
                    last_ping,
                }));
            }
            if let Some(exit) = v.pending_exit {
                if exit.outside_pings == 0 {
                    return Err(fail(SnapshotError::EmptyExit));
                }
                if exit.outside_since < v.entered_at {
                    return Err(fail(SnapshotError::ExitBeforeVisit {
                        outside_since: exit.outside_since,
                        entered_at: v.entered_at,
                    }));
                }
                if exit.outside_since > last_ping {
                    return Err(fail(SnapshotError::ExitAfterLastPing {
                        outside_since: exit.outside_since,
                        last_ping,
                    }));
                }
            }
        }
        Ok(self)
    }
}

impl VisitSnapshot {
    /// The visit, with its fence interned by the caller.
    pub(crate) fn into_visit(self, fence: std::sync::Arc<crate::visit::FenceRef>) -> Visit {
        let mut visit = Visit::new(fence, self.entered_at);
        visit.dwelled = self.dwelled;
        if let Some(exit) = self.pending_exit {
            visit.outside_since = exit.outside_since;
            visit.outside_pings = exit.outside_pings;
        }
        visit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(ms: i64) -> Timestamp {
        Timestamp::from_millis(ms).unwrap()
    }

    fn visit(fence: &str, entered_at: i64, exit: Option<(i64, u16)>) -> VisitSnapshot {
        VisitSnapshot {
            fence_id: FenceId::new(fence).unwrap(),
            store_id: StoreId::new("s").unwrap(),
            entered_at: ts(entered_at),
            dwelled: false,
            pending_exit: exit.map(|(since, pings)| PendingExit {
                outside_since: ts(since),
                outside_pings: pings,
            }),
        }
    }

    fn check(visits: Vec<VisitSnapshot>) -> Result<UserSnapshot, SnapshotError> {
        UserSnapshot {
            last_ping: ts(10_000),
            visits,
        }
        .checked()
        .map_err(|e| e.reason)
    }

    #[test]
    fn checked_sorts_visits_and_accepts_boundaries() {
        let got = check(vec![
            visit("b", 10_000, Some((10_000, 1))),
            visit("a", 0, Some((0, u16::MAX))),
        ])
        .unwrap();
        let fences: Vec<&str> = got.visits.iter().map(|v| v.fence_id.as_str()).collect();
        assert_eq!(fences, ["a", "b"]);
        assert!(check(Vec::new()).is_ok(), "a late-ping guard alone");
    }

    #[test]
    fn checked_refuses_what_the_tracker_cannot_produce() {
        assert_eq!(
            check(vec![visit("a", 10_001, None)]),
            Err(SnapshotError::StartsAfterLastPing {
                entered_at: ts(10_001),
                last_ping: ts(10_000)
            })
        );
        assert_eq!(
            check(vec![visit("a", 5, Some((4, 1)))]),
            Err(SnapshotError::ExitBeforeVisit {
                outside_since: ts(4),
                entered_at: ts(5)
            })
        );
        assert_eq!(
            check(vec![visit("a", 5, Some((10_001, 1)))]),
            Err(SnapshotError::ExitAfterLastPing {
                outside_since: ts(10_001),
                last_ping: ts(10_000)
            })
        );
        assert_eq!(
            check(vec![visit("a", 5, Some((6, 0)))]),
            Err(SnapshotError::EmptyExit)
        );
        assert_eq!(
            check(vec![visit("a", 5, None), visit("a", 6, None)]),
            Err(SnapshotError::RepeatedFence)
        );
    }
}
