//! The catalog's version log: who may write which catalog version.
//!
//! Two admin instances that read the fences topic to its end at the same
//! moment both see version N and both want to write N + 1. Before writing
//! any fence, a writer appends a [`VersionClaim`] for N + 1 to one fixed
//! partition of the fences topic, then reads that partition back: the
//! claim for a version at the lowest offset wins, every later claim for it
//! loses, and only the winner writes fences, then a [`VersionCommit`]. A
//! partition is a total order that every reader sees the same, so every
//! reader agrees on the winner; [`VersionLog`] is that agreement as a pure
//! state machine, fed the log records in partition order.
//!
//! The records are JSON (they are read by the admin API and by people
//! looking at the topic, not by the hot path); see `docs/fences.md`.

use std::collections::BTreeMap;

use perimeter_model::FenceId;
use serde::{Deserialize, Serialize};

use crate::{Fence, FenceCatalog, ValidationLimits};

/// At most this many ids of each kind (added, changed, removed) are kept
/// in a claim, so that a claim stays far below Kafka's default record size
/// limit (1 MB) for any catalog; the counts are always complete.
pub const MAX_IDS_PER_CLAIM: usize = 1000;

/// A writer's claim on a catalog version, with what the version changes:
/// the entry of the catalog's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VersionClaim {
    /// The version claimed: the version the writer read, plus one.
    pub version: u64,
    /// The version the writer read and computed its change against.
    pub base_version: u64,
    /// Unique per claim (the writer's random id): tells two claims for one
    /// version apart.
    pub claim_id: String,
    /// When the claim was written, milliseconds since the epoch.
    pub claimed_at_ms: i64,
    /// After this instant (milliseconds since the epoch) a claim that was
    /// never committed is abandoned, and the next version may be claimed.
    pub expires_at_ms: i64,
    /// Who asked for the change (the admin token's name, or the proxy's
    /// identity header).
    pub author: String,
    /// How the change was asked for: `replace`, `upsert`, `delete`,
    /// `rollback`.
    pub mode: String,
    /// The uploaded file's name, when the client gave one.
    pub file_name: Option<String>,
    /// For a rollback, the version whose catalog was restored.
    pub rollback_to: Option<u64>,
    /// What the version changes.
    pub changes: ChangeSummary,
}

/// What one version changes, as counts and (capped) id lists.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangeSummary {
    /// Number of fences added.
    pub added: usize,
    /// Number of fences changed.
    pub changed: usize,
    /// Number of fences removed.
    pub removed: usize,
    /// Ids added, at most [`MAX_IDS_PER_CLAIM`].
    pub added_ids: Vec<String>,
    /// Ids changed, at most [`MAX_IDS_PER_CLAIM`].
    pub changed_ids: Vec<String>,
    /// Ids removed, at most [`MAX_IDS_PER_CLAIM`].
    pub removed_ids: Vec<String>,
    /// Number of fences in the catalog after the change.
    pub fence_count: usize,
}

impl ChangeSummary {
    /// The summary of a diff; `fence_count` is the size of the new catalog.
    #[must_use]
    pub fn of(diff: &crate::CatalogDiff, fence_count: usize) -> Self {
        let ids = |v: &[FenceId]| {
            v.iter()
                .take(MAX_IDS_PER_CLAIM)
                .map(|id| id.as_str().to_owned())
                .collect()
        };
        Self {
            added: diff.added.len(),
            changed: diff.changed.len(),
            removed: diff.removed.len(),
            added_ids: ids(&diff.added),
            changed_ids: ids(&diff.changed),
            removed_ids: ids(&diff.removed),
            fence_count,
        }
    }
}

/// The winner of a version says every fence record of it is written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VersionCommit {
    /// The version written.
    pub version: u64,
    /// The winning claim's id.
    pub claim_id: String,
    /// When the last fence record was acknowledged, ms since the epoch.
    pub committed_at_ms: i64,
}

/// What undoes (part of) a version: the ids it added and the definitions
/// its changed and removed fences had before it, as GeoJSON Features. The
/// winner writes these after its fence records and before its commit,
/// split into parts of at most [`MAX_UNDO_PART_BYTES`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VersionUndo {
    /// The version this undoes.
    pub version: u64,
    /// The winning claim's id.
    pub claim_id: String,
    /// The part's number, from 0.
    pub part: u32,
    /// Ids the version added.
    pub added_ids: Vec<String>,
    /// Features as they were before the version changed or removed them.
    pub previous: Vec<serde_json::Value>,
}

/// The largest undo part, in bytes of JSON (Kafka's default record size
/// limit is 1 MB).
pub const MAX_UNDO_PART_BYTES: usize = 512 * 1024;

impl VersionUndo {
    /// The undo records of `version`: `added_ids` and `previous` split into
    /// parts of at most about [`MAX_UNDO_PART_BYTES`] each (one feature
    /// larger than that makes a part of its own).
    #[must_use]
    pub fn parts(
        version: u64,
        claim_id: &str,
        added_ids: Vec<String>,
        previous: Vec<serde_json::Value>,
    ) -> Vec<Self> {
        let empty = |part: u32| Self {
            version,
            claim_id: claim_id.to_owned(),
            part,
            added_ids: Vec::new(),
            previous: Vec::new(),
        };
        let mut parts = vec![empty(0)];
        let mut size = 0;
        let next_part = |parts: &mut Vec<Self>, size: &mut usize, adding: usize| {
            if *size + adding > MAX_UNDO_PART_BYTES && *size > 0 {
                let n = u32::try_from(parts.len()).unwrap_or(u32::MAX);
                parts.push(empty(n));
                *size = 0;
            }
            *size += adding;
        };
        for id in added_ids {
            next_part(&mut parts, &mut size, id.len() + 3);
            if let Some(last) = parts.last_mut() {
                last.added_ids.push(id);
            }
        }
        for feature in previous {
            next_part(&mut parts, &mut size, feature.to_string().len() + 1);
            if let Some(last) = parts.last_mut() {
                last.previous.push(feature);
            }
        }
        parts
    }
}

/// One record of the version log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum VersionLogRecord {
    /// A claim on a version (boxed: a claim is large, a commit is not).
    Claim(Box<VersionClaim>),
    /// What undoes the version (one part).
    Undo(Box<VersionUndo>),
    /// The winner of a version finished writing it.
    Commit(VersionCommit),
}

/// A version-log record that is not valid JSON of the expected shape.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a catalog version-log record: {reason}")]
pub struct InvalidVersionLogRecord {
    /// What the JSON parser said.
    pub reason: String,
}

impl VersionLogRecord {
    /// The record as JSON bytes.
    #[must_use]
    pub fn to_json(&self) -> Vec<u8> {
        // Serializing these plain structs cannot fail: every field is a
        // string, a number or a list of strings.
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// Reads a record written by [`Self::to_json`].
    ///
    /// # Errors
    /// [`InvalidVersionLogRecord`] when the bytes are not such a record.
    pub fn from_json(bytes: &[u8]) -> Result<Self, InvalidVersionLogRecord> {
        serde_json::from_slice(bytes).map_err(|e| InvalidVersionLogRecord {
            reason: e.to_string(),
        })
    }

    /// The record's key on the topic: distinct for every claim and commit,
    /// so compaction keeps them all (the history), and never a fence id
    /// (fence ids have no spaces; these keys do).
    #[must_use]
    pub fn key(&self) -> String {
        match self {
            Self::Claim(c) => format!("catalog claim {} {}", c.version, c.claim_id),
            Self::Undo(u) => format!("catalog undo {} {} {}", u.version, u.claim_id, u.part),
            Self::Commit(c) => format!("catalog commit {} {}", c.version, c.claim_id),
        }
    }
}

/// A version as the log decided it.
#[derive(Debug, Clone, PartialEq)]
pub struct VersionEntry {
    /// The winning claim.
    pub claim: VersionClaim,
    /// What undoes it, in parts (complete once committed).
    pub undo: Vec<VersionUndo>,
    /// When its winner said all its records are written; `None` while it
    /// writes, or if it never finished.
    pub committed_at_ms: Option<i64>,
}

/// What [`VersionLog::apply`] made of a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogOutcome {
    /// The claim won its version.
    Won,
    /// The claim lost: an earlier claim holds its version, or a later
    /// version is already claimed.
    Lost {
        /// The version the claim asked for.
        version: u64,
    },
    /// The winner of a version committed it.
    Committed,
    /// A part of what undoes a winning version.
    Undo,
    /// A commit that matches no winning claim (ignored).
    Ignored,
}

/// The versions decided so far, from the version-log records in the order
/// of their partition.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VersionLog {
    entries: Vec<VersionEntry>,
}

impl VersionLog {
    /// Applies the next record of the log.
    ///
    /// A claim wins when its version is above every version already won;
    /// so of two claims for one version the first in the partition wins.
    /// A commit counts only when it names the winning claim of its version.
    pub fn apply(&mut self, record: VersionLogRecord) -> LogOutcome {
        match record {
            VersionLogRecord::Claim(claim) => {
                if claim.version > self.latest() {
                    self.entries.push(VersionEntry {
                        claim: *claim,
                        undo: Vec::new(),
                        committed_at_ms: None,
                    });
                    LogOutcome::Won
                } else {
                    LogOutcome::Lost {
                        version: claim.version,
                    }
                }
            }
            VersionLogRecord::Undo(undo) => {
                match self
                    .entries
                    .iter_mut()
                    .find(|e| e.claim.version == undo.version && e.claim.claim_id == undo.claim_id)
                {
                    Some(entry) if entry.committed_at_ms.is_none() => {
                        entry.undo.push(*undo);
                        LogOutcome::Undo
                    }
                    _ => LogOutcome::Ignored,
                }
            }
            VersionLogRecord::Commit(commit) => {
                match self.entries.iter_mut().find(|e| {
                    e.claim.version == commit.version && e.claim.claim_id == commit.claim_id
                }) {
                    Some(entry) if entry.committed_at_ms.is_none() => {
                        entry.committed_at_ms = Some(commit.committed_at_ms);
                        LogOutcome::Committed
                    }
                    _ => LogOutcome::Ignored,
                }
            }
        }
    }

    /// The highest version won (0 when nothing was ever claimed).
    #[must_use]
    pub fn latest(&self) -> u64 {
        self.entries.last().map_or(0, |e| e.claim.version)
    }

    /// The winning claim of `version`.
    #[must_use]
    pub fn winner(&self, version: u64) -> Option<&VersionEntry> {
        self.entries.iter().find(|e| e.claim.version == version)
    }

    /// The latest version when its winner is still writing it: not
    /// committed and not expired at `now_ms`.
    #[must_use]
    pub fn in_progress(&self, now_ms: i64) -> Option<&VersionEntry> {
        self.entries
            .last()
            .filter(|e| e.committed_at_ms.is_none() && now_ms <= e.claim.expires_at_ms)
    }

    /// Every version won, oldest first.
    #[must_use]
    pub fn entries(&self) -> &[VersionEntry] {
        &self.entries
    }

    /// The catalog as it was at `version`, from `current` (the catalog at
    /// `current_version`) and the undo records of every version after
    /// `version`, newest first.
    ///
    /// # Errors
    /// [`RollbackError`] when a version in between has no complete undo
    /// (written before the log existed, or never committed), or when an
    /// old definition no longer passes `limits`.
    pub fn catalog_at(
        &self,
        version: u64,
        current: &FenceCatalog,
        current_version: u64,
        limits: &ValidationLimits,
    ) -> Result<FenceCatalog, RollbackError> {
        if version >= current_version {
            return Err(RollbackError::NotOlder {
                version,
                current: current_version,
            });
        }
        let mut fences: BTreeMap<FenceId, Fence> = current
            .fences()
            .iter()
            .map(|f| (f.id.clone(), f.clone()))
            .collect();
        for v in (version + 1..=current_version).rev() {
            let entry = self
                .winner(v)
                .filter(|e| e.committed_at_ms.is_some())
                .ok_or(RollbackError::NoUndo { version: v })?;
            for part in &entry.undo {
                for id in &part.added_ids {
                    if let Ok(id) = FenceId::new(id) {
                        fences.remove(&id);
                    }
                }
                if part.previous.is_empty() {
                    continue;
                }
                let text = serde_json::json!({
                    "type": "FeatureCollection",
                    "features": part.previous,
                })
                .to_string();
                let old = crate::parse_fences(&text, crate::FenceFormat::GeoJson, limits).map_err(
                    |e| RollbackError::Invalid {
                        version: v,
                        reason: e.to_string(),
                    },
                )?;
                for f in old.fences() {
                    fences.insert(f.id.clone(), f.clone());
                }
            }
        }
        Ok(FenceCatalog::from_validated(fences.into_values().collect()))
    }
}

/// Why the catalog of an earlier version cannot be rebuilt.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RollbackError {
    /// The version asked for is not before the current one.
    #[error("version {version} is not before the current version {current}")]
    NotOlder {
        /// The version asked for.
        version: u64,
        /// The current version.
        current: u64,
    },
    /// A version in between cannot be undone.
    #[error(
        "version {version} cannot be undone: it was written before the version log kept undo \
         records, or its writer never finished it"
    )]
    NoUndo {
        /// The version without a complete undo.
        version: u64,
    },
    /// An earlier definition does not pass today's checks.
    #[error("the fences version {version} replaced no longer pass the checks: {reason}")]
    Invalid {
        /// The version whose undo holds them.
        version: u64,
        /// The checks' message.
        reason: String,
    },
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "test")]
mod tests {
    use super::*;

    fn claim(version: u64, id: &str) -> VersionLogRecord {
        VersionLogRecord::Claim(Box::new(VersionClaim {
            version,
            base_version: version - 1,
            claim_id: id.into(),
            claimed_at_ms: 1_000,
            expires_at_ms: 31_000,
            author: "ops".into(),
            mode: "replace".into(),
            file_name: None,
            rollback_to: None,
            changes: ChangeSummary::default(),
        }))
    }

    #[test]
    fn undo_parts_stay_under_the_size_limit_and_keep_everything() {
        let feature = serde_json::json!({"type": "Feature", "id": "x".repeat(1000)});
        let ids: Vec<String> = (0..5000).map(|i| format!("fence-{i:05}")).collect();
        let parts = VersionUndo::parts(3, "c", ids.clone(), vec![feature; 1500]);
        assert!(parts.len() > 2, "{}", parts.len());
        for p in &parts {
            let size = VersionLogRecord::Undo(Box::new(p.clone())).to_json().len();
            assert!(size < MAX_UNDO_PART_BYTES + 4096, "{size}");
        }
        let all: Vec<String> = parts.iter().flat_map(|p| p.added_ids.clone()).collect();
        assert_eq!(all, ids);
        assert_eq!(parts.iter().map(|p| p.previous.len()).sum::<usize>(), 1500);
        assert_eq!(
            parts.iter().map(|p| p.part).collect::<Vec<_>>(),
            (0..u32::try_from(parts.len()).unwrap()).collect::<Vec<_>>()
        );
    }

    fn commit(version: u64, id: &str) -> VersionLogRecord {
        VersionLogRecord::Commit(VersionCommit {
            version,
            claim_id: id.into(),
            committed_at_ms: 2_000,
        })
    }

    #[test]
    fn of_two_claims_for_one_version_the_first_in_the_partition_wins() {
        let mut log = VersionLog::default();
        assert_eq!(log.apply(claim(5, "a")), LogOutcome::Won);
        assert_eq!(log.apply(claim(5, "b")), LogOutcome::Lost { version: 5 });
        assert_eq!(log.winner(5).unwrap().claim.claim_id, "a");
        assert_eq!(log.latest(), 5);
    }

    #[test]
    fn a_claim_below_a_version_already_won_loses() {
        let mut log = VersionLog::default();
        log.apply(claim(5, "a"));
        log.apply(commit(5, "a"));
        assert_eq!(log.apply(claim(4, "late")), LogOutcome::Lost { version: 4 });
        assert_eq!(log.apply(claim(6, "b")), LogOutcome::Won);
    }

    #[test]
    fn only_the_winners_commit_counts() {
        let mut log = VersionLog::default();
        log.apply(claim(1, "a"));
        log.apply(claim(1, "b"));
        assert_eq!(log.apply(commit(1, "b")), LogOutcome::Ignored);
        assert!(log.in_progress(1_500).is_some());
        assert_eq!(log.apply(commit(1, "a")), LogOutcome::Committed);
        assert!(log.in_progress(1_500).is_none());
        assert_eq!(log.winner(1).unwrap().committed_at_ms, Some(2_000));
    }

    #[test]
    fn an_uncommitted_claim_is_in_progress_until_it_expires() {
        let mut log = VersionLog::default();
        log.apply(claim(1, "a"));
        assert!(log.in_progress(31_000).is_some());
        assert!(log.in_progress(31_001).is_none());
    }

    #[test]
    fn records_read_back_as_written_and_garbage_is_an_error() {
        for r in [claim(3, "x"), commit(3, "x")] {
            assert_eq!(VersionLogRecord::from_json(&r.to_json()).unwrap(), r);
            assert!(
                r.key().contains(' '),
                "a key with a space is never a fence id"
            );
        }
        let e = VersionLogRecord::from_json(b"{\"type\":\"claim\"}").unwrap_err();
        assert!(e.reason.contains("missing field"), "{e}");
    }
}
