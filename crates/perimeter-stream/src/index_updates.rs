//! The live fence index after startup: fence changes applied on top of it,
//! and a full build only now and then.
//!
//! The tables thread hands over the fence changes it read
//! ([`ChangeBatch`]); the **index updates** thread applies them with
//! [`IncrementalIndex::apply`] (the base index is shared, only the small
//! overlay of changed fences is rebuilt: milliseconds at a million fences)
//! and publishes each result. Once the overlay (or the set of base fences
//! it hides) grows past [`CompactionPolicy`]'s limit, a background thread
//! folds it into a new base with a full build on every core
//! ([`IncrementalIndex::compact`]); changes keep being applied meanwhile,
//! and are applied again on top of the new base before it is published.
//! While a compaction runs the catalog exists twice (the live index and
//! the one being built); the rest of the time, once.
//!
//! Neither thread blocks the tables thread, which also follows the consent
//! topic: a revocation never waits behind an index update.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, Sender};
use perimeter_engine::FenceSnapshot;
use perimeter_fences::{FenceChange, IncrementalIndex, IndexError};
use perimeter_model::FenceId;
use tracing::warn;

use crate::telemetry;

/// Fence changes read from the fences topic, in the order they came.
#[derive(Debug)]
pub(crate) struct ChangeBatch {
    /// The changes (the tables thread keeps the latest per fence id).
    pub(crate) changes: Vec<FenceChange>,
    /// The catalog version as of the last record read.
    pub(crate) version: u64,
}

/// When the overlay is folded into a new base: once it holds more than
/// `max(min_fences, base_percent % of the base)` fences, or hides more base
/// fences than that. An overlay costs every lookup a second (small) table
/// probe and a build of the whole overlay per apply; 1 024 fences keep an
/// apply at a few milliseconds, 1 % of a million-fence base
/// (10 000 fences) at about a tenth of a second.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CompactionPolicy {
    /// The overlay size that never triggers a compaction.
    pub(crate) min_fences: usize,
    /// Percent of the base's fences the overlay may reach.
    pub(crate) base_percent: usize,
}

impl CompactionPolicy {
    /// `max(1 024 fences, 1 % of the base)`.
    pub(crate) const DEFAULT: Self = Self {
        min_fences: 1_024,
        base_percent: 1,
    };

    /// The overlay size (or count of hidden base fences) above which
    /// `index` is compacted.
    pub(crate) fn limit(self, index: &IncrementalIndex) -> usize {
        self.min_fences
            .max(index.base().fences().len() / 100 * self.base_percent)
    }

    /// Whether `index` should be compacted.
    pub(crate) fn due(self, index: &IncrementalIndex) -> bool {
        let limit = self.limit(index);
        index.overlay_len() > limit || index.hidden_len() > limit
    }
}

/// How a published index came about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UpdateKind {
    /// Changes applied on top of the same base.
    Apply,
    /// The overlay folded into a new base (same catalog).
    Compaction,
    /// Changes too large for the overlay: one full build.
    FullBuild,
}

impl UpdateKind {
    /// The name in logs.
    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            Self::Apply => "incremental",
            Self::Compaction => "compaction",
            Self::FullBuild => "full_build",
        }
    }
}

/// A new live index, for the processor to publish.
pub(crate) struct Swap {
    /// The catalog: index, version, validity ends.
    pub(crate) fences: FenceSnapshot,
    /// Fences live before and gone now (visits there end).
    pub(crate) removed: Arc<[FenceId]>,
    /// How the index came about.
    pub(crate) kind: UpdateKind,
    /// Time to apply the changes, or to build the new base.
    pub(crate) took: Duration,
    /// Index swaps of this process: 1 at startup, +1 per swap.
    pub(crate) generation: u64,
    /// The generation whose full build the index's base is.
    pub(crate) base_generation: u64,
}

/// A full build of the live catalog, for compactions (a parameter so that
/// tests can hold one while changes arrive).
pub(crate) type Compact = fn(&IncrementalIndex) -> Result<IncrementalIndex, IndexError>;

/// What a finished compaction sends back: its job number, the result and
/// its build time.
type Compacted = (u64, Result<IncrementalIndex, IndexError>, Duration);

/// The state of the index updates thread.
struct Updates<P> {
    live: FenceSnapshot,
    generation: u64,
    base_generation: u64,
    policy: CompactionPolicy,
    compact: Compact,
    /// The running compaction's job number and the changes applied since
    /// it started (applied again on top of its result).
    compacting: Option<(u64, Vec<FenceChange>)>,
    jobs: u64,
    done: Sender<Compacted>,
    publish: P,
}

/// Runs the index updates thread until `batches` is closed: applies every
/// batch (merged with those queued behind it) to the live index and calls
/// `publish` with each new one, in order. `live` is the startup index,
/// generation 1. A compaction still running when `batches` closes is left
/// to finish on its own; its result is dropped.
pub(crate) fn run(
    batches: &Receiver<ChangeBatch>,
    live: FenceSnapshot,
    policy: CompactionPolicy,
    compact: Compact,
    publish: impl FnMut(&Swap),
) {
    let (done, finished) = crossbeam_channel::unbounded();
    let mut updates = Updates {
        live,
        generation: 1,
        base_generation: 1,
        policy,
        compact,
        compacting: None,
        jobs: 0,
        done,
        publish,
    };
    loop {
        crossbeam_channel::select! {
            recv(batches) -> batch => {
                let Ok(first) = batch else { return };
                let (mut changes, mut version) = (first.changes, first.version);
                for more in batches.try_iter() {
                    changes.extend(more.changes);
                    version = version.max(more.version);
                }
                updates.apply(changes, version);
            }
            recv(finished) -> result => {
                if let Ok(result) = result {
                    updates.compacted(result);
                }
            }
        }
    }
}

impl<P: FnMut(&Swap)> Updates<P> {
    /// Applies `changes` (in order) and publishes the result, unless they
    /// change nothing and `version` is not newer.
    fn apply(&mut self, changes: Vec<FenceChange>, version: u64) {
        let current = self.live.index();
        // The latest change per id decides; a change that leaves the
        // catalog as it is (a removal of a fence that is not live, a
        // fence written again unchanged) is dropped.
        let mut latest: BTreeMap<FenceId, FenceChange> = BTreeMap::new();
        for change in changes {
            latest.insert(change.id().clone(), change);
        }
        let effective: Vec<FenceChange> = latest
            .into_values()
            .filter(|c| match c {
                FenceChange::Upsert(f) => {
                    current.slot_of(&f.id).and_then(|s| current.fence(s)) != Some(&**f)
                }
                FenceChange::Remove(id) => current.slot_of(id).is_some(),
            })
            .collect();
        let version = version.max(self.live.version());
        if effective.is_empty() && version == self.live.version() {
            return;
        }
        let ids: Vec<FenceId> = effective.iter().map(|c| c.id().clone()).collect();
        let removed: Arc<[FenceId]> = effective
            .iter()
            .filter_map(|c| match c {
                FenceChange::Remove(id) => Some(id.clone()),
                FenceChange::Upsert(_) => None,
            })
            .collect();
        let started = Instant::now();
        let (next, kind) = match current.apply(&effective) {
            Ok(next) => (next, UpdateKind::Apply),
            Err(e) => {
                // The overlay is built with the base's cell size, which
                // can address fewer fences than a build sized for the
                // whole catalog: build it whole.
                warn!(error = %e, "fence changes too large for the overlay; building the index whole");
                match current.compact_with(&effective) {
                    Ok(next) => (next, UpdateKind::FullBuild),
                    Err(e) => {
                        telemetry::index_rebuild_failed();
                        warn!(error = %e, update = "full_build", "fence index rebuild failed; keeping the previous index");
                        return;
                    }
                }
            }
        };
        let took = started.elapsed();
        match (kind, &mut self.compacting) {
            (UpdateKind::Apply, Some((_, since))) => since.extend(effective),
            // A full build folded everything: the running compaction's
            // result is out of date.
            (UpdateKind::FullBuild, compacting) => *compacting = None,
            _ => {}
        }
        self.generation += 1;
        if kind == UpdateKind::FullBuild {
            self.base_generation = self.generation;
        }
        self.live = self.live.changed(next, &ids, version);
        self.publish(kind, removed, took);
        self.compact_if_due();
    }

    /// A compaction finished: its index, with the changes applied since it
    /// started, replaces the live one.
    fn compacted(&mut self, (job, result, took): Compacted) {
        let Some((_, since)) = self.compacting.take_if(|(running, _)| *running == job) else {
            return;
        };
        let base = match result {
            Ok(base) => base,
            Err(e) => {
                telemetry::index_rebuild_failed();
                warn!(error = %e, update = "compaction", "fence index rebuild failed; keeping the previous index");
                return;
            }
        };
        let next = if since.is_empty() {
            base
        } else {
            match base.apply(&since) {
                Ok(next) => next,
                Err(e) => {
                    telemetry::index_rebuild_failed();
                    warn!(error = %e, update = "compaction", "fence index rebuild failed; keeping the previous index");
                    return;
                }
            }
        };
        self.generation += 1;
        self.base_generation = self.generation;
        // The same catalog as the live index: the validity ends carry over.
        self.live = self.live.reindexed(next);
        self.publish(UpdateKind::Compaction, Arc::from([]), took);
        self.compact_if_due();
    }

    /// Starts a compaction of the live index if its overlay grew past the
    /// policy's limit and none runs.
    fn compact_if_due(&mut self) {
        if self.compacting.is_some() || !self.policy.due(self.live.index()) {
            return;
        }
        self.jobs += 1;
        let (job, index, done, compact) = (
            self.jobs,
            self.live.index().clone(),
            self.done.clone(),
            self.compact,
        );
        let spawned = std::thread::Builder::new()
            .name("perimeter-index-compact".into())
            .spawn(move || {
                let started = Instant::now();
                let result = compact(&index);
                drop(index);
                let _ = done.send((job, result, started.elapsed()));
            });
        match spawned {
            Ok(_) => self.compacting = Some((job, Vec::new())),
            Err(e) => warn!(error = %e, "could not start a fence index compaction; will retry"),
        }
    }

    fn publish(&mut self, kind: UpdateKind, removed: Arc<[FenceId]>, took: Duration) {
        (self.publish)(&Swap {
            fences: self.live.clone(),
            removed,
            kind,
            took,
            generation: self.generation,
            base_generation: self.base_generation,
        });
    }
}

#[cfg(test)]
mod tests {
    #![allow(
        clippy::expect_used,
        clippy::unwrap_used,
        reason = "test setup: a failed step should fail the test loudly"
    )]

    use std::sync::Mutex;

    use perimeter_fences::{
        Fence, FenceCatalog, FenceIndex, RawFence, RawGeometry, ValidationLimits, validate_fence,
    };
    use perimeter_model::Position;

    use super::*;

    const WAIT: Duration = Duration::from_secs(60);

    fn fence(n: usize, east_m: f64) -> Fence {
        let raw = RawFence::new(
            format!("f{n:04}"),
            format!("s{n}"),
            format!("fence {n}"),
            "UTC",
            RawGeometry::Circle {
                centre: [13.4 + (n as f64 * 150.0 + east_m) / 68_000.0, 52.5],
                radius_m: Some(50.0),
            },
        );
        validate_fence(raw, &ValidationLimits::default()).expect("valid")
    }

    fn start(n: usize) -> FenceSnapshot {
        let catalog = FenceCatalog::new((0..n).map(|i| fence(i, 0.0)).collect()).unwrap();
        FenceSnapshot::new(FenceIndex::build(&catalog).unwrap(), 1)
    }

    /// The ids containing each of a row of points over the fences.
    fn answers(index: &IncrementalIndex) -> Vec<Vec<FenceId>> {
        let pts: Vec<Position> = (0..400)
            .map(|i| Position::new(52.5, 13.4 + f64::from(i) * 10.0 / 68_000.0).unwrap())
            .collect();
        let mut out = vec![Vec::new(); pts.len()];
        index.containing_batch(&pts, |i, h| out[i].push(h.fence.id.clone()));
        out
    }

    fn full(index: &IncrementalIndex) -> IncrementalIndex {
        let catalog = FenceCatalog::new(index.fences().cloned().collect()).unwrap();
        FenceIndex::build(&catalog).unwrap().into()
    }

    /// The index updates thread with `policy`, publishing into a channel.
    struct Running {
        batches: Option<Sender<ChangeBatch>>,
        swaps: Receiver<Swap>,
        thread: Option<std::thread::JoinHandle<()>>,
    }

    impl Running {
        fn start(live: FenceSnapshot, policy: CompactionPolicy, compact: Compact) -> Self {
            let (tx, rx) = crossbeam_channel::unbounded();
            let (swap_tx, swaps) = crossbeam_channel::unbounded();
            let thread = std::thread::spawn(move || {
                run(&rx, live, policy, compact, |s: &Swap| {
                    let _ = swap_tx.send(Swap {
                        fences: s.fences.clone(),
                        removed: Arc::clone(&s.removed),
                        ..*s
                    });
                });
            });
            Self {
                batches: Some(tx),
                swaps,
                thread: Some(thread),
            }
        }

        fn send(&self, changes: Vec<FenceChange>, version: u64) {
            self.batches
                .as_ref()
                .unwrap()
                .send(ChangeBatch { changes, version })
                .unwrap();
        }

        fn next(&self) -> Swap {
            self.swaps.recv_timeout(WAIT).expect("a swap")
        }
    }

    impl Drop for Running {
        fn drop(&mut self) {
            self.batches = None;
            if let Some(t) = self.thread.take() {
                let _ = t.join();
            }
        }
    }

    fn upsert(f: Fence) -> FenceChange {
        FenceChange::Upsert(Box::new(f))
    }

    fn id(n: usize) -> FenceId {
        FenceId::new(&format!("f{n:04}")).unwrap()
    }

    #[test]
    fn changes_apply_on_the_same_base_and_only_live_fences_removed_count_as_removed() {
        let live = start(5);
        let base = Arc::clone(live.index().base());
        let updates = Running::start(live, CompactionPolicy::DEFAULT, IncrementalIndex::compact);
        updates.send(
            vec![
                upsert(fence(1, 30.0)),
                FenceChange::Remove(id(2)),
                FenceChange::Remove(id(99)),
                upsert(fence(7, 0.0)),
                // Written again unchanged: no change.
                upsert(fence(3, 0.0)),
            ],
            2,
        );
        let swap = updates.next();
        assert_eq!(swap.kind, UpdateKind::Apply);
        assert!(
            Arc::ptr_eq(swap.fences.index().base(), &base),
            "no full build"
        );
        assert_eq!(&*swap.removed, [id(2)], "a replaced fence is not removed");
        assert_eq!((swap.generation, swap.base_generation), (2, 1));
        assert_eq!(swap.fences.version(), 2);
        assert_eq!(swap.fences.index().overlay_len(), 2);
        let index = swap.fences.index();
        let ids: Vec<&FenceId> = index.fences().map(|f| &f.id).collect();
        assert_eq!(ids, [&id(0), &id(1), &id(3), &id(4), &id(7)]);
        assert_eq!(answers(index), answers(&full(index)));

        // Nothing new, same version: nothing published; a newer version
        // alone is.
        updates.send(vec![FenceChange::Remove(id(2))], 2);
        updates.send(vec![], 3);
        let swap = updates.next();
        assert_eq!((swap.generation, swap.fences.version()), (3, 3));
        assert!(swap.removed.is_empty());
    }

    /// Holds every compaction until the test lets it go.
    static GATE: Mutex<Option<Receiver<()>>> = Mutex::new(None);

    fn gated_compact(index: &IncrementalIndex) -> Result<IncrementalIndex, IndexError> {
        let gate = GATE.lock().unwrap().clone();
        if let Some(gate) = gate {
            let _ = gate.recv_timeout(WAIT);
        }
        index.compact()
    }

    #[test]
    fn past_the_threshold_the_overlay_is_folded_and_answers_stay_identical() {
        let (open, gate) = crossbeam_channel::unbounded();
        *GATE.lock().unwrap() = Some(gate);
        let policy = CompactionPolicy {
            min_fences: 4,
            base_percent: 1,
        };
        let live = start(20);
        let first_base = Arc::clone(live.index().base());
        let updates = Running::start(live, policy, gated_compact);

        // Four changed fences: at the limit, no compaction.
        updates.send((0..4).map(|n| upsert(fence(n, 20.0))).collect(), 2);
        let swap = updates.next();
        assert_eq!(
            (swap.kind, swap.fences.index().overlay_len()),
            (UpdateKind::Apply, 4)
        );
        // A fifth: past it. The compaction starts and waits at the gate.
        updates.send(vec![upsert(fence(30, 0.0))], 3);
        let swap = updates.next();
        assert_eq!(
            (swap.kind, swap.fences.index().overlay_len()),
            (UpdateKind::Apply, 5)
        );
        // Changes that arrive while it runs go live at once...
        updates.send(vec![FenceChange::Remove(id(10)), upsert(fence(5, 40.0))], 4);
        let during = updates.next();
        assert_eq!(during.kind, UpdateKind::Apply);
        assert_eq!(&*during.removed, [id(10)]);
        assert!(Arc::ptr_eq(during.fences.index().base(), &first_base));
        // ...and are applied again on top of the compacted base.
        open.send(()).unwrap();
        let compacted = updates.next();
        assert_eq!(compacted.kind, UpdateKind::Compaction);
        assert!(compacted.removed.is_empty());
        assert!(!Arc::ptr_eq(compacted.fences.index().base(), &first_base));
        assert_eq!(compacted.base_generation, compacted.generation);
        assert_eq!(compacted.generation, during.generation + 1);
        assert_eq!(compacted.fences.version(), 4);
        let (after, before) = (compacted.fences.index(), during.fences.index());
        assert_eq!(
            after.overlay_len(),
            1,
            "the change made during the compaction"
        );
        assert_eq!(after.hidden_len(), 2);
        assert_eq!(answers(after), answers(before));
        let ids = |i: &IncrementalIndex| i.fences().cloned().collect::<Vec<_>>();
        assert_eq!(ids(after), ids(before));
        assert_eq!(answers(after), answers(&full(after)));
        *GATE.lock().unwrap() = None;
    }
}
