//! Building an index: rasterise every fence (in parallel), fold sub-cells
//! into table cells with their edge records, merge the workers' runs, and
//! fill the table.

use geo::Rect;

use super::IndexError;
use super::cell::{ALL_SUB_CELLS, Grid, SUB_BITS, WideKey};
use super::edges::{EdgeRef, EdgeRuns};
use super::raster::{Raster, RasterCell};
use super::table::{Cell, CellTable, Part};

use crate::fence::Fence;

/// One (table cell, fence) pair.
#[derive(Debug, Clone, Copy)]
struct CellEntry {
    key: WideKey,
    part: Part,
}

/// What one rasterisation worker produces: its cells sorted by key and
/// slot, the edge runs they name, and the fences too large to rasterise.
#[derive(Default)]
struct RasterPart {
    cells: Vec<CellEntry>,
    runs: EdgeRuns,
    large: Vec<u32>,
}

/// The grid-side structures of an index.
pub(super) struct Grids {
    pub table: CellTable,
    pub parts: Vec<Part>,
    pub runs: EdgeRuns,
    pub large: Vec<u32>,
    pub cells: usize,
    pub sure_only_cells: usize,
    /// Parts whose edge record decides their boundary sub-cells.
    pub edge_records: usize,
}

/// Builds the table, parts and edge runs for `fences` (slot = position),
/// with every available core.
pub(super) fn build_grids(
    fences: &[Fence],
    bboxes: &[Rect<f64>],
    grid: &Grid,
    max_cells_per_fence: usize,
    cell_bits: u8,
) -> Result<Grids, IndexError> {
    let parts = rasterise(fences, bboxes, grid, max_cells_per_fence);
    let (cells, runs, large) = merge(parts, cell_bits)?;
    let (parts, mut keyed, sure_only_cells) = group_cells(cells, grid, cell_bits)?;
    let max_payload = (fences.len().max(parts.len()) as u64).max(1);
    let mut grow = 1.0;
    let table = loop {
        let Some(mut table) =
            CellTable::with_capacity(grid.rows * grid.cols, keyed.len(), max_payload, grow)
        else {
            return Err(IndexError::TooLarge {
                what: "fences and parts",
                count: fences.len().max(parts.len()),
                limit: u64::from(u32::MAX),
                cell_bits,
            });
        };
        if table.fill(&mut keyed).is_ok() {
            break table;
        }
        // A run of full buckets longer than a slot can record: spread the
        // keys over more buckets (happens, if ever, on adversarial keys).
        grow *= 1.25;
    };
    let edge_records = parts.iter().filter(|p| p.edges.decides()).count();
    Ok(Grids {
        table,
        parts,
        runs,
        large,
        cells: keyed.len(),
        sure_only_cells,
        edge_records,
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
        let edges = if maybe == 0 || sure == ALL_SUB_CELLS {
            EdgeRef::NONE
        } else {
            part.runs
                .record_for_cell(&fence.geometry, bbox, (key.row(), key.col()), grid, maybe)
        };
        part.cells.push(CellEntry {
            key,
            part: Part {
                slot,
                sure,
                maybe,
                edges,
            },
        });
    }
}

/// Concatenates the workers' cells (renumbering their edge runs) and
/// sorts them by key and slot.
fn merge(
    parts: Vec<RasterPart>,
    cell_bits: u8,
) -> Result<(Vec<CellEntry>, EdgeRuns, Vec<u32>), IndexError> {
    let mut cells: Vec<CellEntry> = Vec::with_capacity(parts.iter().map(|p| p.cells.len()).sum());
    let mut runs = EdgeRuns::default();
    let mut large = Vec::new();
    for part in parts {
        let base = runs.append(part.runs).ok_or(IndexError::TooLarge {
            what: "edge runs",
            count: usize::MAX,
            limit: u64::from(u32::MAX),
            cell_bits,
        })?;
        cells.extend(part.cells.into_iter().map(|mut e| {
            e.part.edges = e.part.edges.renumbered(base);
            e
        }));
        large.extend(part.large);
    }
    // The runs are sorted; a stable sort merges them in linear time.
    cells.sort_by_key(|e| (e.key, e.part.slot));
    Ok((cells, runs, large))
}

/// Groups the cells by key: a cell one fence covers whole becomes
/// [`Cell::Whole`], any other a run of parts (whole-cell fences first:
/// they are hits without a test), the last one marked. Returns the parts,
/// every cell's table key and content, and how many cells are sure hits
/// only.
#[allow(clippy::type_complexity, reason = "a private step's three results")]
fn group_cells(
    cells: Vec<CellEntry>,
    grid: &Grid,
    cell_bits: u8,
) -> Result<(Vec<Part>, Vec<(u64, Cell)>, usize), IndexError> {
    let mut parts: Vec<Part> = Vec::new();
    let mut keyed = Vec::with_capacity(cells.chunk_by(|a, b| a.key == b.key).count());
    let mut sure_only = 0;
    let mut group_parts: Vec<Part> = Vec::new();
    for group in cells.chunk_by(|a, b| a.key == b.key) {
        merge_wrapped(group, &mut group_parts);
        if group_parts.is_empty() {
            continue;
        }
        if group_parts.iter().all(Part::covers_whole_cell) {
            sure_only += 1;
        }
        let key = grid.narrow(group[0].key);
        let cell = match group_parts.as_slice() {
            [one] if one.covers_whole_cell() => Cell::Whole(one.slot),
            many => {
                let start = u32::try_from(parts.len()).map_err(|_| IndexError::TooLarge {
                    what: "cell parts",
                    count: parts.len(),
                    limit: u64::from(u32::MAX),
                    cell_bits,
                })?;
                parts.extend(many.iter().filter(|p| p.covers_whole_cell()));
                parts.extend(many.iter().filter(|p| !p.covers_whole_cell()));
                if let Some(last) = parts.last_mut() {
                    last.edges = last.edges.last();
                }
                Cell::Parts(start)
            }
        };
        keyed.push((key, cell));
    }
    drop(cells);
    Ok((super::table::huge_copy(&parts), keyed, sure_only))
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
                last.edges = EdgeRef::NONE;
            }
            _ => out.push(Part {
                edges: e.part.edges.not_last(),
                ..e.part
            }),
        }
    }
    for p in out.iter_mut() {
        p.maybe &= !p.sure;
    }
    out.retain(|p| p.sure != 0 || p.maybe != 0);
}
