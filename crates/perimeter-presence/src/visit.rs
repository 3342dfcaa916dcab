//! Per-user state: the open visits and the compact containers that hold them.

use std::sync::Arc;

use perimeter_model::{FenceId, StoreId, Timestamp};

/// A fence as visits remember it: its id and the store it belonged to when
/// the visit started. Shared (interned) by every visit to the same fence, so
/// a visit pays one pointer for both ids.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct FenceRef {
    pub(crate) fence_id: FenceId,
    pub(crate) store_id: StoreId,
}

/// One open visit of one user to one fence. 32 bytes on 64-bit targets.
#[derive(Debug, Clone)]
pub(crate) struct Visit {
    pub(crate) fence: Arc<FenceRef>,
    /// Event time of the ENTER ping (the visit start).
    pub(crate) entered_at: Timestamp,
    /// Event time of the first ping of the pending exit run. Meaningful only
    /// when `outside_pings > 0`.
    pub(crate) outside_since: Timestamp,
    /// Confidently-outside pings (distinct timestamps) in the pending exit
    /// run; 0 means no exit is pending. Saturates.
    pub(crate) outside_pings: u16,
    /// Whether this visit's DWELL was emitted.
    pub(crate) dwelled: bool,
}

impl Visit {
    pub(crate) fn new(fence: Arc<FenceRef>, entered_at: Timestamp) -> Self {
        Self {
            fence,
            entered_at,
            outside_since: entered_at,
            outside_pings: 0,
            dwelled: false,
        }
    }

    pub(crate) fn fence_id(&self) -> &FenceId {
        &self.fence.fence_id
    }

    pub(crate) const fn exit_pending(&self) -> bool {
        self.outside_pings > 0
    }

    /// The last moment the visit is known to have lasted: the start of the
    /// pending exit run if there is one, else the user's latest ping.
    pub(crate) fn last_evidence(&self, last_ping: Timestamp) -> Timestamp {
        if self.exit_pending() {
            self.outside_since
        } else {
            last_ping
        }
    }
}

/// The open visits of one user, sorted by fence id. The common cases (none,
/// one) are stored inline; only users inside several overlapping fences at
/// once pay for a heap allocation. The enum is as large as one [`Visit`]
/// (the compiler stores the discriminant in a niche of `Visit`).
#[derive(Debug, Clone, Default)]
pub(crate) enum VisitSet {
    /// No open visit (the user state only guards against late pings).
    #[default]
    None,
    /// Exactly one open visit.
    One(Visit),
    /// Two or more, sorted by fence id, unique.
    Many(Vec<Visit>),
}

impl VisitSet {
    pub(crate) fn as_slice(&self) -> &[Visit] {
        match self {
            Self::None => &[],
            Self::One(v) => std::slice::from_ref(v),
            Self::Many(vs) => vs,
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.as_slice().len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        matches!(self, Self::None)
    }

    /// Inserts `visit` at its sorted place. The caller guarantees no visit
    /// to the same fence is open.
    pub(crate) fn insert(&mut self, visit: Visit) {
        match std::mem::take(self) {
            Self::None => *self = Self::One(visit),
            Self::One(first) => {
                *self = Self::Many(if first.fence_id() < visit.fence_id() {
                    vec![first, visit]
                } else {
                    vec![visit, first]
                });
            }
            Self::Many(mut vs) => {
                let at = vs.partition_point(|v| v.fence_id() < visit.fence_id());
                vs.insert(at, visit);
                *self = Self::Many(vs);
            }
        }
    }

    /// Keeps the visits for which `keep` returns true (in order), and
    /// restores the inline representation when one or none is left.
    pub(crate) fn retain(&mut self, mut keep: impl FnMut(&mut Visit) -> bool) {
        match std::mem::take(self) {
            Self::None => {}
            Self::One(mut v) => {
                if keep(&mut v) {
                    *self = Self::One(v);
                }
            }
            Self::Many(mut vs) => {
                vs.retain_mut(|v| keep(v));
                *self = Self::from_sorted(vs);
            }
        }
    }

    /// Builds the set from visits already sorted by fence id and unique.
    pub(crate) fn from_sorted(mut vs: Vec<Visit>) -> Self {
        match vs.len() {
            0 => Self::None,
            1 => vs.pop().map_or(Self::None, Self::One),
            _ => Self::Many(vs),
        }
    }

    /// Heap bytes owned by the set itself (not the shared fence refs).
    pub(crate) fn heap_bytes(&self) -> usize {
        match self {
            Self::Many(vs) => vs.capacity() * size_of::<Visit>(),
            _ => 0,
        }
    }
}

/// Everything Perimeter remembers about one user.
#[derive(Debug, Clone)]
pub(crate) struct UserState {
    /// Event time of the latest processed ping.
    pub(crate) last_ping: Timestamp,
    /// Open visits, sorted by fence id.
    pub(crate) visits: VisitSet,
}

impl UserState {
    /// The earliest watermark at which [`sweep`](crate::PresenceTracker::sweep)
    /// has something to do for this user: time out its visits, or drop it
    /// once the watermark has passed its last ping (no open visit).
    pub(crate) fn due(&self, silence: std::time::Duration) -> Timestamp {
        if self.visits.is_empty() {
            self.last_ping
                .saturating_add(std::time::Duration::from_millis(1))
        } else {
            self.last_ping.saturating_add(silence)
        }
    }
}
