//! Building an index: rasterise every fence (in parallel), fold sub-cells
//! into table cells with their edge records, merge the workers' runs, and
//! fill the table.

use geo::Rect;

use super::IndexError;
use super::cell::{ALL_SUB_CELLS, Grid, SUB_BITS, WideKey};
use super::edges::EdgeRecords;
use super::raster::{Raster, RasterCell};
use super::table::{Cell, CellTable, NO_RECORD, Packing, Part};

use crate::fence::Fence;

/// One (table cell, fence) pair.
#[derive(Debug, Clone, Copy)]
struct CellEntry {
    key: WideKey,
    part: Part,
}

/// What one rasterisation worker produces: its cells sorted by key and
/// slot, the edge records they name, and the fences too large to rasterise.
#[derive(Default)]
struct RasterPart {
    cells: Vec<CellEntry>,
    records: EdgeRecords,
    large: Vec<u32>,
}

/// The grid-side structures of an index.
pub(super) struct Grids {
    pub table: CellTable,
    pub parts: Vec<Part>,
    pub records: EdgeRecords,
    pub large: Vec<u32>,
    pub cells: usize,
    pub sure_only_cells: usize,
}

/// Builds the table, shared-cell parts and edge records for `fences`
/// (slot = position), with every available core.
pub(super) fn build_grids(
    fences: &[Fence],
    bboxes: &[Rect<f64>],
    grid: &Grid,
    packing: Packing,
    max_cells_per_fence: usize,
    cell_bits: u8,
) -> Result<Grids, IndexError> {
    let parts = rasterise(fences, bboxes, grid, max_cells_per_fence);
    let (cells, records, large) = merge(parts, cell_bits)?;
    let (table, parts, cells, sure_only_cells) = fill_table(&cells, grid, packing, cell_bits)?;
    Ok(Grids {
        table,
        parts,
        records,
        large,
        cells,
        sure_only_cells,
    })
}

/// Rasterises on the fine (sub-cell) grid in parallel: each worker takes a
/// contiguous range of fences.
fn rasterise(
    fences: &[Fence],
    bboxes: &[Rect<f64>],
    grid: &Grid,
    max_cells_per_fence: usize,
) -> Vec<RasterPart> {
    let workers = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let chunk = fences.len().div_ceil(workers).max(1);
    let max_fine_cells = (max_cells_per_fence as u64) << (2 * SUB_BITS);
    let mut parts = Vec::new();
    std::thread::scope(|s| {
        let handles: Vec<_> = fences
            .chunks(chunk)
            .enumerate()
            .map(|(ci, fs)| {
                s.spawn(move || {
                    let mut part = RasterPart::default();
                    let mut scratch = Scratch::default();
                    for (k, fence) in fs.iter().enumerate() {
                        let slot = (ci * chunk + k) as u32;
                        let bbox = &bboxes[slot as usize];
                        let raster = Raster::new(bbox, grid.fine_scale, grid.cols << SUB_BITS);
                        if raster.cell_count() > max_fine_cells {
                            part.large.push(slot);
                            continue;
                        }
                        fence_cells(fence, slot, bbox, &raster, grid, &mut scratch, &mut part);
                    }
                    part.cells.sort_unstable_by_key(|e| (e.key, e.part.slot));
                    part
                })
            })
            .collect();
        for h in handles {
            // A worker only panics on a bug; propagate it rather than
            // silently build a partial index.
            match h.join() {
                Ok(part) => parts.push(part),
                Err(e) => std::panic::resume_unwind(e),
            }
        }
    });
    parts
}

/// Buffers reused from fence to fence.
#[derive(Default)]
struct Scratch {
    fine: Vec<RasterCell>,
    coarse: Vec<(WideKey, u16, bool)>,
}

/// Rasterises one fence and folds its sub-cells into table cells, building
/// the edge record of every boundary cell.
fn fence_cells(
    fence: &Fence,
    slot: u32,
    bbox: &Rect<f64>,
    raster: &Raster,
    grid: &Grid,
    scratch: &mut Scratch,
    part: &mut RasterPart,
) {
    scratch.fine.clear();
    raster.classify(&fence.geometry, &mut scratch.fine);
    scratch.coarse.clear();
    scratch.coarse.extend(scratch.fine.iter().map(|c| {
        let (key, bit) = c.key.coarse();
        (key, bit, c.inside)
    }));
    scratch.coarse.sort_unstable_by_key(|c| c.0);
    for group in scratch.coarse.chunk_by(|a, b| a.0 == b.0) {
        let (mut sure, mut maybe) = (0u16, 0u16);
        for &(_, bit, inside) in group {
            if inside {
                sure |= bit;
            } else {
                maybe |= bit;
            }
        }
        maybe &= !sure;
        let key = group[0].0;
        let record = if maybe == 0 || sure == ALL_SUB_CELLS {
            NO_RECORD
        } else {
            part.records
                .push_cell(&fence.geometry, bbox, (key.row(), key.col()), grid, maybe)
        };
        part.cells.push(CellEntry {
            key,
            part: Part {
                slot,
                sure,
                maybe,
                record,
            },
        });
    }
}

/// Concatenates the workers' runs (renumbering their records) and sorts
/// the cells by key and slot.
fn merge(
    parts: Vec<RasterPart>,
    cell_bits: u8,
) -> Result<(Vec<CellEntry>, EdgeRecords, Vec<u32>), IndexError> {
    let mut cells: Vec<CellEntry> = Vec::with_capacity(parts.iter().map(|p| p.cells.len()).sum());
    let mut records = EdgeRecords::default();
    let mut large = Vec::new();
    for part in parts {
        let count = part.records.len();
        let base = records.append(part.records).ok_or(IndexError::TooLarge {
            what: "edge records",
            count: records.len() + count,
            limit: u64::from(NO_RECORD),
            cell_bits,
        })?;
        cells.extend(part.cells.into_iter().map(|mut e| {
            e.part.record = EdgeRecords::renumbered(e.part.record, base);
            e
        }));
        large.extend(part.large);
    }
    // The runs are sorted; a stable sort merges them in linear time.
    cells.sort_by_key(|e| (e.key, e.part.slot));
    Ok((cells, records, large))
}

/// Groups the cells by key and stores each group in the table: a single
/// fence in the slot itself, several as a run of shared parts.
fn fill_table(
    cells: &[CellEntry],
    grid: &Grid,
    packing: Packing,
    cell_bits: u8,
) -> Result<(CellTable, Vec<Part>, usize, usize), IndexError> {
    let distinct = cells.chunk_by(|a, b| a.key == b.key).count();
    let mut table = CellTable::with_capacity(packing, distinct);
    let mut shared: Vec<Part> = Vec::new();
    let mut sure_only = 0;
    let mut group_parts: Vec<Part> = Vec::new();
    for group in cells.chunk_by(|a, b| a.key == b.key) {
        merge_wrapped(group, &mut group_parts);
        if group_parts.iter().all(Part::covers_whole_cell) {
            sure_only += 1;
        }
        let key = grid.narrow(group[0].key);
        let cell = match group_parts.as_slice() {
            [] => continue,
            [one] => Cell::One(*one),
            many => {
                let too_large = |count: usize| IndexError::TooLarge {
                    what: "shared-cell parts",
                    count,
                    limit: u64::from(u32::MAX),
                    cell_bits,
                };
                let start = u32::try_from(shared.len()).map_err(|_| too_large(shared.len()))?;
                let len = u32::try_from(many.len()).map_err(|_| too_large(many.len()))?;
                // Whole-cell fences first: they are hits without a test.
                shared.extend(many.iter().filter(|p| p.covers_whole_cell()));
                shared.extend(many.iter().filter(|p| !p.covers_whole_cell()));
                Cell::Shared { start, len }
            }
        };
        table.insert(key, cell);
    }
    Ok((table, shared, distinct, sure_only))
}

/// The parts of one cell's group, one per fence. A fence can reach one
/// cell twice when its raster wraps around the globe in longitude (near a
/// pole, or at the antimeridian). Both rectangles are the same place: merge
/// the masks (a sure sub-cell wins over a maybe) and use the exact test.
fn merge_wrapped(group: &[CellEntry], out: &mut Vec<Part>) {
    out.clear();
    for e in group {
        match out.last_mut() {
            Some(last) if last.slot == e.part.slot => {
                last.sure |= e.part.sure;
                last.maybe |= e.part.maybe;
                last.record = NO_RECORD;
            }
            _ => out.push(e.part),
        }
    }
    for p in out.iter_mut() {
        p.maybe &= !p.sure;
    }
    out.retain(|p| p.sure != 0 || p.maybe != 0);
}
