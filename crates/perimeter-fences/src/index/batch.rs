//! The batch pipeline: many lookups at once, with the memory latencies of
//! consecutive blocks of points overlapped instead of added up.

use perimeter_model::Position;

use super::cell::CellKey;
use super::table::{Cell, Probe};
use super::{FenceIndex, Hit};

/// Points per pipeline block. Measured at 100k fences (batched lookups/s,
/// before edge records were compacted): 16 -> 9.7M, 32 -> 10.3M,
/// 64 -> 11.4M, 128 -> 11.1M, 256 -> 11.3M. Larger blocks leave slow
/// answers more time for their later prefetches to arrive.
const BLOCK: usize = 64;

/// Pipeline stages, one block apart:
/// 0. compute keys and prefetch the home buckets;
/// 1. probe the now-cached buckets; prefetch the first parts of a cell
///    that has parts;
/// 2. prefetch the geometry of the fences whose boundary crosses the
///    point's sub-cell;
/// 3. prefetch the vertices their edge records name;
/// 4. answer.
const STAGES: usize = 5;

impl FenceIndex {
    /// Looks up many points at once, calling `f(point_index, hit)` for
    /// every hit; the hit carries the fence and its slot (what
    /// [`Self::distance_to_edge_m`] and [`Self::slot_contains`] take).
    /// Same answers as [`Self::containing`] point by point.
    pub fn containing_batch<'a>(&'a self, points: &[Position], mut f: impl FnMut(usize, Hit<'a>)) {
        let mut keys = [[CellKey::default(); BLOCK]; STAGES];
        let mut probes = [[Probe::default(); BLOCK]; STAGES];
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
                    probes[st][j] = self.table.probe(keys[st][j].key);
                    self.table.prefetch(probes[st][j].home);
                }
            }
            if let Some(b) = at(step, 1) {
                let st = b % STAGES;
                for j in 0..block(b).len() {
                    let cell = self.table.get_from(probes[st][j]);
                    if let Some(Cell::Parts(start)) = cell
                        && let Some(first) = self.parts.get(start as usize)
                    {
                        super::table::prefetch(first);
                    }
                    found[st][j] = cell;
                }
            }
            if let Some(b) = at(step, 2) {
                let st = b % STAGES;
                for j in 0..block(b).len() {
                    let bit = keys[st][j].bit;
                    if let Some(Cell::Parts(start)) = found[st][j] {
                        for part in self.run(start) {
                            if part.maybe & bit != 0 {
                                self.prefetch_geometry(part);
                            }
                        }
                    }
                }
            }
            if let Some(b) = at(step, 3) {
                let st = b % STAGES;
                for j in 0..block(b).len() {
                    let bit = keys[st][j].bit;
                    if let Some(Cell::Parts(start)) = found[st][j] {
                        for part in self.run(start) {
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
