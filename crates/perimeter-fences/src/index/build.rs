//! Building an index: rasterise every fence and fold its sub-cells into
//! table cells with their edge records (workers over ranges of fences),
//! merge the workers' runs and group them by cell (threads over ranges of
//! cell keys), put the cells in home-bucket order (a parallel sort) and
//! fill the table. The fill, a linear pass in memory order, and the copies
//! that join the threads' results run on one core; see [`par`] for how the
//! threads are spawned.

use geo::Rect;

use super::IndexError;
use super::cell::{ALL_SUB_CELLS, Grid, SUB_BITS, WideKey};
use super::edges::{EdgeRef, EdgeRuns};
use super::par;
use super::raster::{Raster, RasterCell};
use super::table::{Cell, CellTable, HomeOrder, Part};

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
    // A thread is worth it from about a millisecond of rasterising.
    let workers = par::threads_for(fences.len(), 64);
    let parts = rasterise(fences, bboxes, grid, max_cells_per_fence, workers);
    let raster_cells: usize = parts.iter().map(|p| p.cells.len()).sum();
    let Grouped {
        parts,
        keyed,
        sure_only: sure_only_cells,
        runs,
        large,
    } = merge_and_group(
        parts,
        grid,
        cell_bits,
        par::threads_for(raster_cells, par::CHEAP),
    )?;
    let max_payload = (fences.len().max(parts.len()) as u64).max(1);
    let key_space = grid.rows * grid.cols;
    let cells = HomeOrder::new(key_space, keyed);
    let mut grow = 1.0;
    let table = loop {
        let Some(mut table) = CellTable::with_capacity(key_space, cells.len(), max_payload, grow)
        else {
            return Err(IndexError::TooLarge {
                what: "fences and parts",
                count: fences.len().max(parts.len()),
                limit: u64::from(u32::MAX),
                cell_bits,
            });
        };
        if table.fill(&cells).is_ok() {
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
        cells: cells.len(),
        sure_only_cells,
        edge_records,
    })
}

/// Rasterises on the fine (sub-cell) grid on `workers` threads, each
/// taking a contiguous range of fences, so the workers' runs come in slot
/// order.
fn rasterise(
    fences: &[Fence],
    bboxes: &[Rect<f64>],
    grid: &Grid,
    max_cells_per_fence: usize,
    workers: usize,
) -> Vec<RasterPart> {
    let chunk = fences.len().div_ceil(workers.max(1));
    let max_fine_cells = (max_cells_per_fence as u64) << (2 * SUB_BITS);
    par::chunks(fences, chunk, |first, fs| {
        let mut part = RasterPart::default();
        let mut scratch = Scratch::default();
        for (k, fence) in fs.iter().enumerate() {
            let slot = (first + k) as u32;
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

/// A worker's sorted cells and where its edge runs start in the merged
/// runs.
struct Sorted {
    cells: Vec<CellEntry>,
    base: u32,
}

/// Every table cell's content: the parts (in key order), each cell's table
/// key and content, how many cells are sure hits only, the edge runs and
/// the fences too large to rasterise.
struct Grouped {
    parts: Vec<Part>,
    keyed: Vec<(u64, Cell)>,
    sure_only: usize,
    runs: EdgeRuns,
    large: Vec<u32>,
}

/// One key range's share of [`Grouped`], its [`Cell::Parts`] counted from
/// the range's first part.
struct RangeGroups {
    parts: Vec<Part>,
    keyed: Vec<(u64, Cell)>,
    sure_only: usize,
}

/// Merges the workers' sorted runs and groups them by cell, on a thread
/// for each of up to `ranges` ranges of cell keys (a cell never spans two
/// ranges: they are cut at keys), then joins the ranges in key order: the
/// result of one merge and one grouping pass over all cells, without a
/// merged copy of the cells.
fn merge_and_group(
    workers: Vec<RasterPart>,
    grid: &Grid,
    cell_bits: u8,
    ranges: usize,
) -> Result<Grouped, IndexError> {
    let too_large = |what, count| IndexError::TooLarge {
        what,
        count,
        limit: u64::from(u32::MAX),
        cell_bits,
    };
    let mut runs = EdgeRuns::default();
    let mut large = Vec::new();
    let mut sorted = Vec::with_capacity(workers.len());
    for worker in workers {
        let base = runs
            .append(worker.runs)
            .ok_or_else(|| too_large("edge runs", usize::MAX))?;
        large.extend(worker.large);
        sorted.push(Sorted {
            cells: worker.cells,
            base,
        });
    }
    let splits = splitters(&sorted, ranges);
    let cuts: Vec<Vec<usize>> = sorted
        .iter()
        .map(|s| {
            let mut cut = vec![0];
            cut.extend(
                splits
                    .iter()
                    .map(|k| s.cells.partition_point(|e| e.key < *k)),
            );
            cut.push(s.cells.len());
            cut
        })
        .collect();
    let ranges: Vec<Vec<(&[CellEntry], u32)>> = (0..=splits.len())
        .map(|r| {
            sorted
                .iter()
                .zip(&cuts)
                .map(|(s, cut)| (&s.cells[cut[r]..cut[r + 1]], s.base))
                .collect()
        })
        .collect();
    let groups = par::chunks(&ranges, 1, |_, range| group_range(&range[0], grid));
    drop(ranges);
    drop(sorted);
    let mut range_groups = Vec::with_capacity(groups.len());
    for g in groups {
        range_groups.push(g.map_err(|count| too_large("cell parts", count))?);
    }
    let part_count: usize = range_groups.iter().map(|g| g.parts.len()).sum();
    if u32::try_from(part_count).is_err() {
        return Err(too_large("cell parts", part_count));
    }
    let mut parts = super::table::huge_with_capacity(part_count);
    let mut keyed = Vec::with_capacity(range_groups.iter().map(|g| g.keyed.len()).sum());
    let mut sure_only = 0;
    for g in range_groups {
        // Fits: the total was checked above.
        let offset = parts.len() as u32;
        parts.extend_from_slice(&g.parts);
        keyed.extend(g.keyed.into_iter().map(|(key, cell)| match cell {
            Cell::Parts(start) => (key, Cell::Parts(start + offset)),
            whole @ Cell::Whole(_) => (key, whole),
        }));
        sure_only += g.sure_only;
    }
    Ok(Grouped {
        parts,
        keyed,
        sure_only,
        runs,
        large,
    })
}

/// Cell keys that cut the workers' runs into `ranges` ranges of about the
/// same number of cells: quantiles of a sample drawn from each run in
/// proportion to its length.
fn splitters(sorted: &[Sorted], ranges: usize) -> Vec<WideKey> {
    const SAMPLES_PER_RANGE: usize = 256;
    let total: usize = sorted.iter().map(|s| s.cells.len()).sum();
    if ranges <= 1 || total == 0 {
        return Vec::new();
    }
    let mut sample: Vec<WideKey> = sorted
        .iter()
        .flat_map(|s| {
            let n = s.cells.len();
            let k = (n * ranges * SAMPLES_PER_RANGE).div_ceil(total).min(n);
            (0..k).map(move |i| s.cells[i * n / k].key)
        })
        .collect();
    sample.sort_unstable();
    let mut splits: Vec<WideKey> = (1..ranges)
        .map(|r| sample[r * sample.len() / ranges])
        .collect();
    splits.dedup();
    splits
}

/// Groups one key range's cells by key, merging the workers' slices of it
/// as it goes: a cell one fence covers whole becomes [`Cell::Whole`], any
/// other a run of parts (whole-cell fences first: they are hits without a
/// test), the last one marked. The workers hold consecutive slot ranges
/// and each slice is sorted by key and slot, so taking a key's entries
/// worker by worker puts its group in slot order.
///
/// `Err` with the part count when a part's index would not fit 32 bits.
fn group_range(slices: &[(&[CellEntry], u32)], grid: &Grid) -> Result<RangeGroups, usize> {
    let upper_bound: usize = slices.iter().map(|(s, _)| s.len()).sum();
    // Untouched capacity costs address space, not memory.
    let mut parts: Vec<Part> = Vec::with_capacity(upper_bound);
    let mut keyed = Vec::new();
    let mut sure_only = 0;
    let mut heads = vec![0usize; slices.len()];
    let mut group: Vec<CellEntry> = Vec::new();
    let mut group_parts: Vec<Part> = Vec::new();
    loop {
        let next = slices
            .iter()
            .zip(&heads)
            .filter_map(|((slice, _), &h)| slice.get(h).map(|e| e.key))
            .min();
        let Some(key) = next else { break };
        group.clear();
        for ((slice, base), head) in slices.iter().zip(heads.iter_mut()) {
            while let Some(e) = slice.get(*head).filter(|e| e.key == key) {
                let mut e = *e;
                e.part.edges = e.part.edges.renumbered(*base);
                group.push(e);
                *head += 1;
            }
        }
        merge_wrapped(&group, &mut group_parts);
        if group_parts.is_empty() {
            continue;
        }
        if group_parts.iter().all(Part::covers_whole_cell) {
            sure_only += 1;
        }
        let cell = match group_parts.as_slice() {
            [one] if one.covers_whole_cell() => Cell::Whole(one.slot),
            many => {
                let start = u32::try_from(parts.len()).map_err(|_| parts.len())?;
                parts.extend(many.iter().filter(|p| p.covers_whole_cell()));
                parts.extend(many.iter().filter(|p| !p.covers_whole_cell()));
                if let Some(last) = parts.last_mut() {
                    last.edges = last.edges.last();
                }
                Cell::Parts(start)
            }
        };
        keyed.push((grid.narrow(key), cell));
    }
    Ok(RangeGroups {
        parts,
        keyed,
        sure_only,
    })
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

#[cfg(test)]
mod tests {
    use geo::{LineString, Polygon};
    use perimeter_model::{FenceId, Position, StoreId};
    use rand::{Rng, SeedableRng};
    use rand_chacha::ChaCha8Rng;

    use super::*;
    use crate::fence::{DEFAULT_DWELL, FenceGeometry, Validity};

    fn fence(i: usize, geometry: FenceGeometry) -> Fence {
        Fence {
            id: FenceId::new(&format!("f{i:05}")).expect("id"),
            store_id: StoreId::new(&format!("s{i}")).expect("id"),
            name: String::new(),
            geometry,
            dwell: DEFAULT_DWELL,
            tags: Vec::new(),
            time_zone: chrono_tz::UTC,
            opening_hours: None,
            validity: Validity::default(),
        }
    }

    /// Overlapping stars and circles in two towns, one across the
    /// antimeridian, and a few fences too large to rasterise.
    fn fences(seed: u64, n: usize) -> Vec<Fence> {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        (0..n)
            .map(|i| {
                let circle = i % 5 == 0;
                let (cx, cy) = if i % 2 == 0 {
                    (
                        2.35 + rng.random_range(-0.01..0.01),
                        48.85 + rng.random_range(-0.01..0.01),
                    )
                } else if circle {
                    // Circles reach across the antimeridian.
                    (
                        179.9995 + rng.random_range(-0.0005..0.0),
                        -16.5 + rng.random_range(-0.01..0.01),
                    )
                } else {
                    (
                        179.99 + rng.random_range(-0.004..0.0),
                        -16.5 + rng.random_range(-0.01..0.01),
                    )
                };
                let geometry = if circle {
                    FenceGeometry::Circle {
                        centre: Position::new(cy, cx).expect("position"),
                        radius_m: if i % 97 == 0 {
                            40_000.0
                        } else {
                            rng.random_range(10.0..150.0)
                        },
                    }
                } else {
                    let r = rng.random_range(0.0002..0.0015);
                    let k: u32 = rng.random_range(3..24);
                    let ring: Vec<(f64, f64)> = (0..k)
                        .map(|j| {
                            let a = std::f64::consts::TAU
                                * (f64::from(j) + rng.random_range(0.0..0.8))
                                / f64::from(k);
                            let d = r * rng.random_range(0.5..1.0);
                            (cx + d * a.cos(), cy + d * a.sin())
                        })
                        .collect();
                    FenceGeometry::Polygon(Polygon::new(LineString::from(ring), Vec::new()))
                };
                fence(i, geometry)
            })
            .collect()
    }

    #[test]
    fn a_build_split_over_workers_and_key_ranges_equals_one_pass() {
        let grid = Grid::new(13);
        let fences = fences(7, 1_200);
        let bboxes: Vec<Rect<f64>> = fences.iter().map(|f| f.geometry.bounding_rect()).collect();
        let build = |workers, ranges| {
            let raster = rasterise(&fences, &bboxes, &grid, 4_096, workers);
            merge_and_group(raster, &grid, 13, ranges).expect("fits")
        };
        let one = build(1, 1);
        assert!(
            one.keyed.len() > 5_000,
            "a sizeable catalog: {}",
            one.keyed.len()
        );
        assert!(!one.large.is_empty(), "fences too large to rasterise");
        assert!(
            one.parts.iter().any(|p| p.edges.decides()),
            "edge records to renumber"
        );
        for (workers, ranges) in [(2, 2), (3, 5), (4, 1), (1, 4), (7, 3), (16, 16)] {
            let many = build(workers, ranges);
            assert_eq!(many.parts, one.parts, "{workers} workers, {ranges} ranges");
            assert_eq!(many.keyed, one.keyed, "{workers} workers, {ranges} ranges");
            assert_eq!(many.sure_only, one.sure_only);
            assert_eq!(many.large, one.large);
            assert!(many.runs == one.runs, "edge runs: {workers} workers");
        }
    }
}
