//! Fence catalogs and the differences between two of them.

use std::collections::{BTreeMap, HashMap};

use perimeter_model::FenceId;

use crate::fence::Fence;

/// A complete, validated set of fences with unique ids, in id order.
///
/// A catalog is a value: a new upload is a new catalog, compared with the
/// live one by [`FenceCatalog::diff`] and swapped in whole.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FenceCatalog {
    fences: Vec<Fence>,
}

/// Two fences in one catalog share an id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("duplicate fence id {0}")]
pub struct DuplicateFenceId(pub FenceId);

impl FenceCatalog {
    /// Builds a catalog from fences that were validated one by one.
    ///
    /// # Errors
    /// [`DuplicateFenceId`] when two fences share an id.
    pub fn new(fences: Vec<Fence>) -> Result<Self, DuplicateFenceId> {
        let catalog = Self::from_validated(fences);
        if let Some(w) = catalog.fences.windows(2).find(|w| w[0].id == w[1].id) {
            return Err(DuplicateFenceId(w[0].id.clone()));
        }
        Ok(catalog)
    }

    /// Sorts fences by id; the caller has already rejected duplicates.
    pub(crate) fn from_validated(mut fences: Vec<Fence>) -> Self {
        fences.sort_by(|a, b| a.id.cmp(&b.id));
        Self { fences }
    }

    /// The fences, in id order.
    #[must_use]
    pub fn fences(&self) -> &[Fence] {
        &self.fences
    }

    /// The fences, in id order, without copying them.
    pub(crate) fn into_fences(self) -> Vec<Fence> {
        self.fences
    }

    /// Number of fences.
    #[must_use]
    pub fn len(&self) -> usize {
        self.fences.len()
    }

    /// Whether the catalog has no fences.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.fences.is_empty()
    }

    /// The fence with `id`, if any.
    #[must_use]
    pub fn get(&self, id: &FenceId) -> Option<&Fence> {
        self.fences
            .binary_search_by(|f| f.id.cmp(id))
            .ok()
            .map(|i| &self.fences[i])
    }

    /// What changes when `newer` replaces `self`.
    #[must_use]
    pub fn diff(&self, newer: &Self) -> CatalogDiff {
        let old: HashMap<&FenceId, &Fence> = self.fences.iter().map(|f| (&f.id, f)).collect();
        let new: BTreeMap<&FenceId, &Fence> = newer.fences.iter().map(|f| (&f.id, f)).collect();
        let mut diff = CatalogDiff::default();
        for (id, fence) in &new {
            match old.get(id) {
                None => diff.added.push((*id).clone()),
                Some(before) if *before != *fence => diff.changed.push((*id).clone()),
                Some(_) => diff.unchanged += 1,
            }
        }
        diff.removed = self
            .fences
            .iter()
            .filter(|f| !new.contains_key(&f.id))
            .map(|f| f.id.clone())
            .collect();
        diff
    }
}

/// Differences between two catalogs, each list in id order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CatalogDiff {
    /// Ids only in the newer catalog.
    pub added: Vec<FenceId>,
    /// Ids in both whose fence differs in any field.
    pub changed: Vec<FenceId>,
    /// Ids only in the older catalog.
    pub removed: Vec<FenceId>,
    /// How many fences are identical in both.
    pub unchanged: usize,
}

impl CatalogDiff {
    /// Whether the two catalogs hold the same fences.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.removed.is_empty()
    }
}
