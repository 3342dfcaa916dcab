//! The fence catalog as the engine sees it: the index plus the end of every
//! validity window, sorted, so that visits can be ended when event time
//! passes them without walking the catalog.

use std::sync::Arc;

use perimeter_fences::FenceIndex;
use perimeter_model::{FenceId, Timestamp};

/// An immutable fence catalog: the index and its validity ends.
#[derive(Debug, Clone)]
pub struct FenceSnapshot {
    index: Arc<FenceIndex>,
    version: u64,
    /// `(valid_until, fence)` of every fence with a window end, by time.
    ends: Arc<[(Timestamp, FenceId)]>,
}

impl FenceSnapshot {
    /// Wraps an index built for catalog `version`.
    #[must_use]
    pub fn new(index: Arc<FenceIndex>, version: u64) -> Self {
        let mut ends: Vec<(Timestamp, FenceId)> = index
            .fences()
            .iter()
            .filter_map(|f| f.validity.until.map(|u| (u, f.id.clone())))
            .collect();
        ends.sort_unstable();
        Self {
            index,
            version,
            ends: ends.into(),
        }
    }

    /// The index.
    #[must_use]
    pub fn index(&self) -> &FenceIndex {
        &self.index
    }

    /// The catalog version the index was built from.
    #[must_use]
    pub const fn version(&self) -> u64 {
        self.version
    }

    /// Fences whose validity ends in `(after, through]`, grouped by end
    /// time, in time order.
    pub(crate) fn ending_between(
        &self,
        after: Timestamp,
        through: Timestamp,
    ) -> Vec<(Timestamp, Vec<FenceId>)> {
        let start = self.ends.partition_point(|(t, _)| *t <= after);
        let mut out: Vec<(Timestamp, Vec<FenceId>)> = Vec::new();
        for (t, id) in self.ends[start..].iter().take_while(|(t, _)| *t <= through) {
            match out.last_mut() {
                Some((last, ids)) if last == t => ids.push(id.clone()),
                _ => out.push((*t, vec![id.clone()])),
            }
        }
        out
    }
}
