//! The fence catalog as the engine sees it: the index plus the end of every
//! validity window, sorted, so that visits can be ended when event time
//! passes them without walking the catalog.

use std::collections::HashSet;
use std::sync::Arc;

use perimeter_fences::IncrementalIndex;
use perimeter_model::{FenceId, Timestamp};

/// An immutable fence catalog: the index and its validity ends.
///
/// The index's slots are meaningful only within this snapshot: an engine
/// keeps fences by id across swaps (open visits), never by slot.
#[derive(Debug, Clone)]
pub struct FenceSnapshot {
    index: IncrementalIndex,
    version: u64,
    /// `(valid_until, fence)` of every fence with a window end, by time.
    ends: Arc<[(Timestamp, FenceId)]>,
}

impl FenceSnapshot {
    /// Wraps an index built for catalog `version` (a [`FenceIndex`]
    /// behind an `Arc` converts). Reads every fence once for the validity
    /// ends.
    ///
    /// [`FenceIndex`]: perimeter_fences::FenceIndex
    #[must_use]
    pub fn new(index: impl Into<IncrementalIndex>, version: u64) -> Self {
        let index = index.into();
        let ends = index.fences().filter_map(window_end).collect();
        Self::with_ends(index, version, ends)
    }

    /// A snapshot with these validity ends, sorted here.
    fn with_ends(
        index: IncrementalIndex,
        version: u64,
        mut ends: Vec<(Timestamp, FenceId)>,
    ) -> Self {
        ends.sort_unstable();
        Self {
            index,
            version,
            ends: ends.into(),
        }
    }

    /// The snapshot of `index`, which is this snapshot's index with the
    /// fences `changed` (upserted or removed) changed, at catalog
    /// `version`. Costs the changed fences and the fences with a window
    /// end, not the whole catalog.
    #[must_use]
    pub fn changed(&self, index: IncrementalIndex, changed: &[FenceId], version: u64) -> Self {
        let touched: HashSet<&FenceId> = changed.iter().collect();
        let mut ends: Vec<(Timestamp, FenceId)> = self
            .ends
            .iter()
            .filter(|(_, id)| !touched.contains(id))
            .cloned()
            .collect();
        ends.extend(
            touched
                .iter()
                .filter_map(|id| index.fence(index.slot_of(id)?).and_then(window_end)),
        );
        Self::with_ends(index, version, ends)
    }

    /// The snapshot of `index`, a new index over this snapshot's very
    /// catalog (a compaction): the validity ends carry over.
    #[must_use]
    pub fn reindexed(&self, index: IncrementalIndex) -> Self {
        Self {
            index,
            version: self.version,
            ends: Arc::clone(&self.ends),
        }
    }

    /// The index.
    #[must_use]
    pub fn index(&self) -> &IncrementalIndex {
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

/// A fence's validity end, if its window has one.
fn window_end(f: &perimeter_fences::Fence) -> Option<(Timestamp, FenceId)> {
    f.validity.until.map(|u| (u, f.id.clone()))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used, reason = "test setup")]

    use perimeter_fences::{
        FenceCatalog, FenceChange, FenceFormat, FenceIndex, ValidationLimits, parse_fences,
    };

    use super::*;

    fn fence(id: &str, until: Option<&str>) -> String {
        let until = until.map_or(String::new(), |u| format!(r#","valid_until":"{u}""#));
        format!(
            r#"{{"type":"Feature","id":"{id}","properties":{{"store_id":"s","name":"n","timezone":"UTC","radius_m":50{until}}},"geometry":{{"type":"Point","coordinates":[13.4,52.5]}}}}"#
        )
    }

    fn catalog(features: &[String]) -> FenceCatalog {
        let text = format!(
            r#"{{"type":"FeatureCollection","features":[{}]}}"#,
            features.join(",")
        );
        parse_fences(&text, FenceFormat::GeoJson, &ValidationLimits::default()).expect("fences")
    }

    #[test]
    fn changed_snapshot_has_the_validity_ends_of_a_full_scan() {
        let base = catalog(&[
            fence("a", Some("2030-01-01T00:00:00Z")),
            fence("b", Some("2030-02-01T00:00:00Z")),
            fence("c", None),
        ]);
        let index = IncrementalIndex::from(FenceIndex::build(&base).expect("builds"));
        let before = FenceSnapshot::new(index.clone(), 1);
        let upserts = catalog(&[
            fence("a", None),
            fence("c", Some("2030-03-01T00:00:00Z")),
            fence("d", Some("2030-01-15T00:00:00Z")),
        ]);
        let mut changes: Vec<FenceChange> = upserts
            .fences()
            .iter()
            .map(|f| FenceChange::Upsert(Box::new(f.clone())))
            .collect();
        changes.push(FenceChange::Remove(FenceId::new("b").expect("id")));
        let ids: Vec<FenceId> = changes.iter().map(|c| c.id().clone()).collect();
        let after = index.apply(&changes).expect("applies");
        let incremental = before.changed(after.clone(), &ids, 2);
        let full = FenceSnapshot::new(after, 2);
        assert_eq!(incremental.ends, full.ends);
        assert_eq!(incremental.ends.len(), 2);
        assert_eq!(incremental.version(), 2);
        let ever = Timestamp::from_millis(2_000_000_000_000).expect("ts");
        assert_eq!(
            incremental.ending_between(Timestamp::EPOCH, ever),
            full.ending_between(Timestamp::EPOCH, ever)
        );
    }
}
