//! [`IncrementalIndex`]: a [`FenceIndex`] that takes small catalog changes
//! without a full rebuild.
//!
//! An immutable base index, shared by `Arc`, plus a small overlay index of
//! the fences added or replaced since the base was built, plus a bitset of
//! the base slots whose fence was removed or replaced. Applying a change
//! copies the bitset (one bit per base fence) and rebuilds the overlay
//! (only the changed fences), never the base; the caller folds the overlay
//! into a new base with [`IncrementalIndex::compact`] (a full build, on a
//! background thread) when [`IncrementalIndex::overlay_len`] grows past
//! what it wants to pay per lookup.
//!
//! Slots: the base's slots first (`0..base.fences().len()`), then the
//! overlay's, shifted by the base's length. A hidden base slot is never
//! reported. A slot means something only within the one
//! `IncrementalIndex` value that handed it out: the next [`apply`] or
//! [`compact`] moves fences between slots, so callers that keep a fence
//! across a swap keep its id ([`IncrementalIndex::slot_of`] finds its slot
//! in the new value).
//!
//! [`apply`]: IncrementalIndex::apply
//! [`compact`]: IncrementalIndex::compact

use std::collections::BTreeMap;
use std::sync::Arc;

use perimeter_model::{FenceId, Position};

use h3o::CellIndex;

use super::{FenceIndex, Hit, IndexError, IndexStats, NearbyFence};
use crate::fence::Fence;

/// A [`FenceIndex`] with small changes applied on top; same answers as a
/// full rebuild over the changed catalog.
#[derive(Debug, Clone)]
pub struct IncrementalIndex {
    base: Arc<FenceIndex>,
    /// One bit per base slot: set when the fence was removed or replaced.
    hidden: Arc<[u64]>,
    hidden_count: usize,
    overlay: Arc<FenceIndex>,
}

/// One change to a catalog, by fence id.
#[derive(Debug, Clone, PartialEq)]
pub enum FenceChange {
    /// Adds the fence, or replaces the fence with its id.
    Upsert(Box<Fence>),
    /// Removes the fence with this id (nothing when there is none).
    Remove(FenceId),
}

impl FenceChange {
    /// The id of the fence this change is about.
    #[must_use]
    pub fn id(&self) -> &FenceId {
        match self {
            Self::Upsert(f) => &f.id,
            Self::Remove(id) => id,
        }
    }
}

impl From<FenceIndex> for IncrementalIndex {
    fn from(base: FenceIndex) -> Self {
        Self::new(Arc::new(base))
    }
}

impl From<Arc<FenceIndex>> for IncrementalIndex {
    fn from(base: Arc<FenceIndex>) -> Self {
        Self::new(base)
    }
}

impl IncrementalIndex {
    /// The base index with no change applied.
    #[must_use]
    pub fn new(base: Arc<FenceIndex>) -> Self {
        let words = base.fences.len().div_ceil(64);
        let overlay = FenceIndex::empty_like(&base);
        Self {
            base,
            hidden: vec![0; words].into(),
            hidden_count: 0,
            overlay: Arc::new(overlay),
        }
    }

    /// This index with `changes` applied in order. Costs a copy of the
    /// hidden-slot bitset (one bit per base fence) and a build of the
    /// overlay (every fence changed since the base); the base is shared.
    ///
    /// # Errors
    /// [`IndexError`] when the overlay cannot be built (the base's
    /// configuration cannot address it).
    pub fn apply(&self, changes: &[FenceChange]) -> Result<Self, IndexError> {
        let mut hidden = self.hidden.to_vec();
        let mut hidden_count = self.hidden_count;
        for change in changes {
            if let Some(slot) = self.base.slot_of(change.id()) {
                let (word, bit) = (slot / 64, 1u64 << (slot % 64));
                if hidden[word] & bit == 0 {
                    hidden[word] |= bit;
                    hidden_count += 1;
                }
            }
        }
        let overlay = FenceIndex::from_fences(
            with_changes(self.overlay.fences.iter(), changes),
            self.base.config,
        )?;
        Ok(Self {
            base: Arc::clone(&self.base),
            hidden: hidden.into(),
            hidden_count,
            overlay: Arc::new(overlay),
        })
    }

    /// A full build of the current catalog, for when the overlay has grown:
    /// the result answers like `self` with no overlay. Needs the memory of
    /// a second index while it runs.
    ///
    /// # Errors
    /// [`IndexError`] when the catalog cannot be indexed.
    pub fn compact(&self) -> Result<Self, IndexError> {
        self.compact_with(&[])
    }

    /// [`Self::compact`] of this index with `changes` applied in order: one
    /// full build of the resulting catalog, for a change too large for the
    /// overlay (more fences than the base's configuration can address).
    ///
    /// # Errors
    /// [`IndexError`] when the catalog cannot be indexed.
    pub fn compact_with(&self, changes: &[FenceChange]) -> Result<Self, IndexError> {
        let fences = with_changes(self.fences(), changes);
        let config = super::IndexConfig {
            cell_bits: super::IndexConfig::for_catalog(fences.len()).cell_bits,
            ..self.base.config
        };
        Ok(FenceIndex::from_fences(fences, config)?.into())
    }

    /// Fences in the overlay (added or replaced since the base was built).
    #[must_use]
    pub fn overlay_len(&self) -> usize {
        self.overlay.fences.len()
    }

    /// Base fences hidden (removed or replaced since the base was built).
    #[must_use]
    pub fn hidden_len(&self) -> usize {
        self.hidden_count
    }

    /// The base index: the same `Arc` from [`Self::apply`] to
    /// [`Self::apply`], a new one after [`Self::compact`].
    #[must_use]
    pub fn base(&self) -> &Arc<FenceIndex> {
        &self.base
    }

    /// The base's build-time figures plus the overlay's index bytes (with
    /// `fences` the live count).
    #[must_use]
    pub fn stats(&self) -> IndexStats {
        let (base, overlay) = (self.base.stats(), self.overlay.stats());
        IndexStats {
            fences: self.len(),
            cells: base.cells + overlay.cells,
            sure_only_cells: base.sure_only_cells + overlay.sure_only_cells,
            large_fences: base.large_fences + overlay.large_fences,
            index_bytes: base.index_bytes + overlay.index_bytes + self.hidden.len() * 8,
            table_bytes: base.table_bytes + overlay.table_bytes,
            part_bytes: base.part_bytes + overlay.part_bytes,
            edge_records: base.edge_records + overlay.edge_records,
            box_bytes: base.box_bytes + overlay.box_bytes,
            tree_bytes: base.tree_bytes + overlay.tree_bytes,
            id_bytes: base.id_bytes + overlay.id_bytes,
        }
    }

    /// Number of fences.
    #[must_use]
    pub fn len(&self) -> usize {
        self.base.fences.len() - self.hidden_count + self.overlay.fences.len()
    }

    /// Whether there are no fences.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    fn is_hidden(&self, slot: usize) -> bool {
        self.hidden
            .get(slot / 64)
            .is_some_and(|w| w & (1 << (slot % 64)) != 0)
    }

    /// The fence in `slot`, if it is live.
    #[must_use]
    pub fn fence(&self, slot: usize) -> Option<&Fence> {
        let nb = self.base.fences.len();
        if slot < nb {
            (!self.is_hidden(slot)).then(|| &self.base.fences[slot])
        } else {
            self.overlay.fences.get(slot - nb)
        }
    }

    /// The index holding `slot` and the slot there, if `slot` is live.
    #[inline]
    fn locate(&self, slot: usize) -> Option<(&FenceIndex, usize)> {
        let nb = self.base.fences.len();
        if slot < nb {
            (!self.is_hidden(slot)).then_some((&*self.base, slot))
        } else {
            Some((&*self.overlay, slot - nb))
        }
    }

    /// [`FenceIndex::distance_to_edge_m`] for a slot of this index; `NaN`
    /// for a slot that is not live.
    #[must_use]
    pub fn distance_to_edge_m(&self, slot: usize, p: Position, inside: bool) -> f64 {
        self.locate(slot).map_or(f64::NAN, |(index, s)| {
            index.distance_to_edge_m(s, p, inside)
        })
    }

    /// [`FenceIndex::slot_contains`] for a slot of this index; `false` for a
    /// slot that is not live.
    #[must_use]
    pub fn slot_contains(&self, slot: usize, p: Position) -> bool {
        self.locate(slot)
            .is_some_and(|(index, s)| index.slot_contains(s, p))
    }

    /// [`FenceIndex::h3_cell`] for a slot of this index.
    #[must_use]
    pub fn h3_cell(&self, slot: usize) -> Option<CellIndex> {
        self.locate(slot).and_then(|(index, s)| index.h3_cell(s))
    }

    /// The live fences, in id order.
    pub fn fences(&self) -> impl Iterator<Item = &Fence> {
        let mut base = self
            .base
            .fences
            .iter()
            .enumerate()
            .filter(|(s, _)| !self.is_hidden(*s))
            .map(|(_, f)| f)
            .peekable();
        let mut overlay = self.overlay.fences.iter().peekable();
        std::iter::from_fn(move || match (base.peek(), overlay.peek()) {
            (Some(b), Some(o)) if b.id < o.id => base.next(),
            (Some(_), Some(_)) | (None, _) => overlay.next(),
            (Some(_), None) => base.next(),
        })
    }

    /// The slot of the live fence with this id.
    #[must_use]
    pub fn slot_of(&self, id: &FenceId) -> Option<usize> {
        self.overlay
            .slot_of(id)
            .map(|s| s + self.base.fences.len())
            .or_else(|| self.base.slot_of(id).filter(|&s| !self.is_hidden(s)))
    }

    /// The live fences containing `p`, as [`FenceIndex::containing`].
    pub fn containing(&self, p: Position) -> impl Iterator<Item = Hit<'_>> {
        let nb = self.base.fences.len();
        self.base
            .containing(p)
            .filter(|h| !self.is_hidden(h.slot))
            .chain(self.overlay.containing(p).map(move |h| Hit {
                slot: h.slot + nb,
                fence: h.fence,
            }))
    }

    /// [`FenceIndex::containing_batch`] over the live fences: `f(i, hit)`
    /// in point order (every hit of point `i` before any hit of a later
    /// point), as the base's pipeline answers. With an overlay, its hits
    /// are gathered first (one small allocation per call) and merged in.
    pub fn containing_batch<'a>(&'a self, points: &[Position], mut f: impl FnMut(usize, Hit<'a>)) {
        if self.overlay.fences.is_empty() {
            self.base.containing_batch(points, |i, h| {
                if !self.is_hidden(h.slot) {
                    f(i, h);
                }
            });
            return;
        }
        let nb = self.base.fences.len();
        let mut extra: Vec<(usize, Hit<'a>)> = Vec::new();
        self.overlay.containing_batch(points, |i, h| {
            extra.push((
                i,
                Hit {
                    slot: h.slot + nb,
                    fence: h.fence,
                },
            ));
        });
        let mut extra = extra.into_iter().peekable();
        self.base.containing_batch(points, |i, h| {
            while let Some((j, o)) = extra.next_if(|(j, _)| *j < i) {
                f(j, o);
            }
            if !self.is_hidden(h.slot) {
                f(i, h);
            }
        });
        for (j, h) in extra {
            f(j, h);
        }
    }

    /// [`FenceIndex::near`] over the live fences, in id order.
    pub fn near<'a>(&'a self, p: Position, radius_m: f64, out: &mut Vec<NearbyFence<'a>>) {
        self.base.near(p, radius_m, out);
        out.retain(|n| {
            self.base
                .slot_of(&n.fence.id)
                .is_some_and(|s| !self.is_hidden(s))
        });
        let mut extra = Vec::new();
        self.overlay.near(p, radius_m, &mut extra);
        out.extend(extra);
        out.sort_unstable_by(|a, b| a.fence.id.cmp(&b.fence.id));
    }
}

/// `fences` (in id order) with `changes` applied in order, in id order:
/// each surviving fence cloned once.
fn with_changes<'a>(
    fences: impl Iterator<Item = &'a Fence>,
    changes: &'a [FenceChange],
) -> Vec<Fence> {
    let mut catalog: BTreeMap<&FenceId, &Fence> = fences.map(|f| (&f.id, f)).collect();
    for change in changes {
        match change {
            FenceChange::Upsert(f) => {
                catalog.insert(&f.id, f);
            }
            FenceChange::Remove(id) => {
                catalog.remove(id);
            }
        }
    }
    catalog.into_values().cloned().collect()
}

impl FenceIndex {
    /// An index over no fences with `other`'s configuration.
    fn empty_like(other: &Self) -> Self {
        Self::from_fences(Vec::new(), other.config).unwrap_or_else(|_| Self::empty())
    }
}
