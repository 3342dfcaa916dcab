//! Cell keys: which grid cell, and which of its 16 sub-cells, a point is in.
//!
//! The grid quantises latitude and longitude to `2^-cell_bits` degrees;
//! computing a key costs two multiply-and-truncate operations (an H3 cell
//! costs 330-520 ns, which alone would cap throughput below the 10M
//! lookups/s target). Each table cell is split into 4 × 4 sub-cells (two
//! more bits of resolution), whose sure/maybe masks live in the table slot.

use perimeter_model::Position;

use crate::exact::normalized_lon;

/// Sub-cell bits per axis: 4 × 4 sub-cells per table cell.
pub(super) const SUB_BITS: u32 = 2;

/// Every sub-cell of a table cell.
pub(super) const ALL_SUB_CELLS: u16 = u16::MAX;

/// Bits of the column in a [`WideKey`].
const COL_BITS: u32 = 32;

/// The grid at one resolution.
#[derive(Debug, Clone, Copy)]
pub(super) struct Grid {
    /// Table cells per degree (`2^cell_bits`).
    pub scale: f64,
    /// Sub-cells per degree.
    pub fine_scale: f64,
    /// Table cells around a parallel.
    pub cols: u64,
    /// Table cells from pole to pole (one more than `180 * scale`: the
    /// north pole gets a row of its own).
    pub rows: u64,
}

impl Grid {
    pub(super) fn new(cell_bits: u8) -> Self {
        let scale = f64::from(1u32 << cell_bits);
        Self {
            scale,
            fine_scale: scale * f64::from(1u32 << SUB_BITS),
            cols: 360u64 << cell_bits,
            rows: (180u64 << cell_bits) + 1,
        }
    }

    /// The table key of the cell containing `p` and the bit of its sub-cell.
    #[inline]
    pub(super) fn key_of(&self, p: Position) -> CellKey {
        let x = normalized_lon(p) + 180.0;
        let y = p.lat() + 90.0;
        // Both are non-negative, so `as` truncation is floor. Multiplying
        // by a power of two is exact, so `row >> SUB_BITS` is exactly the
        // table cell's row.
        let row = (y * self.fine_scale) as u64;
        // `normalized_lon` is below 180, but the sum rounds to 360 for the
        // longitudes within half an ulp of 180 (179.99999999999997): those
        // points lie in the last column, not in the first one at -180.
        let col = ((x * self.fine_scale) as u64).min((self.cols << SUB_BITS) - 1);
        let sub = ((row & 3) << SUB_BITS) | (col & 3);
        let (row, col) = (row >> SUB_BITS, col >> SUB_BITS);
        CellKey {
            key: row * self.cols + col,
            // Rows and columns are below 2^23 at every supported resolution.
            row: row as u32,
            col: col as u32,
            bit: 1 << sub,
        }
    }

    /// The table key of a build-time wide key.
    #[inline]
    pub(super) fn narrow(&self, wide: WideKey) -> u64 {
        wide.row() * self.cols + wide.col()
    }

    /// South-west corner of the table cell `(row, col)`, in degrees: the
    /// origin of its edge record. Build and query compute it the same way,
    /// so both get bit-identical values.
    #[inline]
    pub(super) fn origin_of(&self, row: u64, col: u64) -> (f64, f64) {
        (
            col as f64 / self.scale - 180.0,
            row as f64 / self.scale - 90.0,
        )
    }

    /// Centre of sub-cell `sub` (0..16, row-major from the south-west) of
    /// the cell whose south-west corner is `(west, south)`: the reference
    /// point of an edge record. Shared by build and query so both compute
    /// bit-identical points.
    #[inline]
    pub(super) fn sub_centre(&self, west: f64, south: f64, sub: u32) -> (f64, f64) {
        (
            west + (f64::from(sub & 3) + 0.5) / self.fine_scale,
            south + (f64::from(sub >> 2) + 0.5) / self.fine_scale,
        )
    }
}

/// A point's table cell and the bit of its sub-cell.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct CellKey {
    /// `row * cols + col` of the table cell.
    pub key: u64,
    /// The table cell's row (from the south pole).
    pub row: u32,
    /// The table cell's column (from -180°).
    pub col: u32,
    /// `1 << sub`, the point's sub-cell.
    pub bit: u16,
}

impl CellKey {
    /// The sub-cell number (0..16).
    #[inline]
    pub(super) fn sub(self) -> u32 {
        u32::from(self.bit).trailing_zeros()
    }
}

/// A build-time key `row << 32 | col`, on either the table or the
/// sub-cell grid: sorting by it groups a row's cells together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) struct WideKey(u64);

impl WideKey {
    #[inline]
    pub(super) fn new(row: u64, col: u64) -> Self {
        Self((row << COL_BITS) | col)
    }

    #[inline]
    pub(super) fn row(self) -> u64 {
        self.0 >> COL_BITS
    }

    #[inline]
    pub(super) fn col(self) -> u64 {
        self.0 & u64::from(u32::MAX)
    }

    /// The table cell of a sub-cell key, and the sub-cell's bit in it.
    #[inline]
    pub(super) fn coarse(self) -> (Self, u16) {
        let (row, col) = (self.row(), self.col());
        let sub = ((row & 3) << SUB_BITS) | (col & 3);
        (Self::new(row >> SUB_BITS, col >> SUB_BITS), 1 << sub)
    }
}
