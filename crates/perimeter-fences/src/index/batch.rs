//! The batch pipeline: many lookups at once, with the memory latencies of
//! consecutive blocks of points overlapped instead of added up.

use perimeter_model::Position;

use super::cell::CellKey;
use super::table::Cell;
use super::{FenceIndex, Hit};

/// Points per pipeline block. Measured at 100k fences (batched lookups/s,
/// before edge records were compacted): 16 -> 9.7M, 32 -> 10.3M,
/// 64 -> 11.4M, 128 -> 11.1M, 256 -> 11.3M. Larger blocks leave slow
/// answers more time for their later prefetches to arrive.
const BLOCK: usize = 64;

/// Pipeline stages, one block apart:
/// 0. compute keys and prefetch the home buckets;
/// 1. probe the now-cached buckets; prefetch a one-fence cell's edge
///    record and fence geometry, or a shared cell's parts;
/// 2. prefetch the vertices the one-fence cell's record names, or the
///    records and geometries of a shared cell's fences whose boundary
///    crosses the point's sub-cell;
/// 3. prefetch the vertices those shared-cell records name;
/// 4. answer.
const STAGES: usize = 5;

impl FenceIndex {
    /// Looks up many points at once, calling `f(point_index, hit)` for
    /// every hit; the hit carries the fence and its slot (what
    /// [`Self::distance_to_edge_m`] and [`Self::slot_contains`] take).
    /// Same answers as [`Self::containing`] point by point.
    pub fn containing_batch<'a>(&'a self, points: &[Position], mut f: impl FnMut(usize, Hit<'a>)) {
        let mut keys = [[CellKey::default(); BLOCK]; STAGES];
        let mut homes = [[0usize; BLOCK]; STAGES];
        let mut found: [[Option<Cell>; BLOCK]; STAGES] = [[None; BLOCK]; STAGES];
        let blocks = points.len().div_ceil(BLOCK);
        let block = |b: usize| &points[b * BLOCK..((b + 1) * BLOCK).min(points.len())];
        // The block stage `s` works on at `step`, if any.
        let at = |step: usize, s: usize| step.checked_sub(s).filter(|&b| b < blocks);
        for step in 0..blocks + STAGES - 1 {
            if let Some(b) = at(step, 0) {
                let st = b % STAGES;
                for (j, p) in block(b).iter().enumerate() {
                    keys[st][j] = self.grid.key_of(*p);
                    homes[st][j] = self.table.home(keys[st][j].key);
                    self.table.prefetch(homes[st][j]);
                }
            }
            if let Some(b) = at(step, 1) {
                let st = b % STAGES;
                for j in 0..block(b).len() {
                    let cell = self.table.get_from(keys[st][j].key, homes[st][j]);
                    match cell {
                        Some(Cell::One(part)) if part.maybe & keys[st][j].bit != 0 => {
                            self.prefetch_record(&part);
                        }
                        Some(Cell::Shared { start, .. }) => {
                            if let Some(first) = self.parts.get(start as usize) {
                                super::table::prefetch(first);
                            }
                        }
                        _ => {}
                    }
                    found[st][j] = cell;
                }
            }
            if let Some(b) = at(step, 2) {
                let st = b % STAGES;
                for j in 0..block(b).len() {
                    let bit = keys[st][j].bit;
                    match found[st][j] {
                        Some(Cell::One(part)) if part.maybe & bit != 0 => {
                            self.prefetch_vertices(&part);
                        }
                        Some(Cell::Shared { start, len }) => {
                            for part in self.shared(start, len) {
                                if part.maybe & bit != 0 {
                                    self.prefetch_record(part);
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
            if let Some(b) = at(step, 3) {
                let st = b % STAGES;
                for j in 0..block(b).len() {
                    let bit = keys[st][j].bit;
                    if let Some(Cell::Shared { start, len }) = found[st][j] {
                        for part in self.shared(start, len) {
                            if part.maybe & bit != 0 {
                                self.prefetch_vertices(part);
                            }
                        }
                    }
                }
            }
            if let Some(b) = at(step, 4) {
                let st = b % STAGES;
                for (j, p) in block(b).iter().enumerate() {
                    for hit in self.containing_in(*p, keys[st][j], found[st][j]) {
                        f(b * BLOCK + j, hit);
                    }
                }
            }
        }
    }
}
