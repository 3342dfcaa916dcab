//! The fence catalog and [`FenceIndex`], Perimeter's hot path.
//!
//! * [`parse_fences`] reads a GeoJSON FeatureCollection or a CSV of circles
//!   and validates it all-or-nothing, listing every problem
//!   ([`FenceFileError`]).
//! * [`FenceCatalog`] holds a validated set of fences; [`FenceCatalog::diff`]
//!   says what a new upload adds, changes and removes; [`VersionLog`]
//!   decides which writer owns each catalog version.
//! * [`FenceIndex`] answers "which fences contain this point" exactly as
//!   [`contains`] defines it, and "which fences are near, and how far is
//!   their edge" for accuracy-aware presence decisions.
//!
//! No I/O, no clock, no async: callers pass text in and get values out.

mod catalog;
mod error;
mod exact;
mod export;
mod fence;
mod hours;
mod index;
mod parse;
mod validate;
mod versions;

pub use catalog::{CatalogDiff, DuplicateFenceId, FenceCatalog};
pub use error::{FeatureError, FenceFileError, Problem};
pub use exact::{contains, signed_distance_m};
pub use export::{to_geojson, to_geojson_feature};
pub use fence::{DEFAULT_DWELL, Fence, FenceGeometry, Validity};
pub use hours::{InvalidOpeningHours, OpeningHours};
pub use index::{
    Containing, EPS_DEG, FenceChange, FenceIndex, Hit, IncrementalIndex, IndexConfig, IndexError,
    IndexStats, LookupPath, NearbyFence,
};
pub use parse::{FenceFormat, ParsedUpload, UploadOptions, parse_fences, parse_upload};
pub use validate::{RawFence, RawGeometry, ValidationLimits, validate_fence};
pub use versions::{
    ChangeSummary, InvalidVersionLogRecord, LogOutcome, MAX_IDS_PER_CLAIM, MAX_UNDO_PART_BYTES,
    RollbackError, VersionClaim, VersionCommit, VersionEntry, VersionLog, VersionLogRecord,
    VersionUndo,
};
