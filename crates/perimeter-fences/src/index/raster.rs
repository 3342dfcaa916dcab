//! Rasterisation: which grid cells a fence reaches, each classified
//! exactly as surely inside (the whole cell, padded by [`EPS_DEG`]) or
//! crossed by the boundary.

use geo::Rect;
use perimeter_model::{Position, haversine_m};

use super::EPS_DEG;
use super::cell::WideKey;
use crate::fence::FenceGeometry;

/// One cell a fence reaches.
#[derive(Debug, Clone, Copy)]
pub(super) struct RasterCell {
    /// The cell.
    pub key: WideKey,
    /// Whether the whole (padded) cell lies inside the fence; otherwise the
    /// fence's boundary reaches it.
    pub inside: bool,
}

/// The block of grid cells covering one fence's bounding box.
pub(super) struct Raster {
    scale: f64,
    cols: u64,
    r0: i64,
    r1: i64,
    c0: i64,
    c1: i64,
}

impl Raster {
    /// The cells of `scale` per degree (`cols` around a parallel) that the
    /// box reaches, padded by [`EPS_DEG`].
    pub(super) fn new(b: &Rect<f64>, scale: f64, cols: u64) -> Self {
        let max_row = (180.0 * scale) as i64;
        let r0 = (((b.min().y + 90.0 - EPS_DEG) * scale).floor() as i64).max(0);
        let r1 = (((b.max().y + 90.0 + EPS_DEG) * scale).floor() as i64).min(max_row);
        let c0 = ((b.min().x + 180.0 - EPS_DEG) * scale).floor() as i64;
        let c1 = ((b.max().x + 180.0 + EPS_DEG) * scale).floor() as i64;
        Self {
            scale,
            cols,
            r0,
            r1,
            c0,
            c1,
        }
    }

    pub(super) fn cell_count(&self) -> u64 {
        ((self.r1 - self.r0 + 1).max(0) as u64) * ((self.c1 - self.c0 + 1).max(0) as u64)
    }

    fn width(&self) -> usize {
        (self.c1 - self.c0 + 1) as usize
    }

    /// Padded rectangle of cell (r, c) in unwrapped degrees.
    fn cell_rect(&self, r: i64, c: i64) -> (f64, f64, f64, f64) {
        let x0 = c as f64 / self.scale - 180.0 - EPS_DEG;
        let x1 = (c + 1) as f64 / self.scale - 180.0 + EPS_DEG;
        let y0 = r as f64 / self.scale - 90.0 - EPS_DEG;
        let y1 = (r + 1) as f64 / self.scale - 90.0 + EPS_DEG;
        (x0, y0, x1, y1)
    }

    fn key(&self, r: i64, c: i64) -> WideKey {
        let c = c.rem_euclid(self.cols as i64) as u64;
        WideKey::new(r as u64, c)
    }

    /// Appends every cell the fence reaches to `out`.
    pub(super) fn classify(&self, geometry: &FenceGeometry, out: &mut Vec<RasterCell>) {
        match geometry {
            FenceGeometry::Circle { centre, radius_m } => {
                self.classify_circle(*centre, *radius_m, out);
            }
            FenceGeometry::Polygon(p) => self.classify_polygon(std::slice::from_ref(p), out),
            FenceGeometry::MultiPolygon(mp) => self.classify_polygon(&mp.0, out),
        }
    }

    fn classify_circle(&self, centre: Position, radius_m: f64, out: &mut Vec<RasterCell>) {
        // Tolerance for floating-point error in haversine (~1e-9 relative).
        let tol = radius_m * 1e-9 + 1e-6;
        let dist = |x: f64, y: f64| haversine_m(centre.lat(), centre.lon(), y, x);
        for r in self.r0..=self.r1 {
            for c in self.c0..=self.c1 {
                let (x0, y0, x1, y1) = self.cell_rect(r, c);
                // On a sphere the farthest point of a small lat/lon cell from
                // any point is one of its corners (distance is unimodal along
                // parallels and meridians).
                let far = dist(x0, y0)
                    .max(dist(x1, y0))
                    .max(dist(x0, y1))
                    .max(dist(x1, y1));
                let inside = far <= radius_m - tol;
                if !inside {
                    // Lower bound of the nearest point: distance to the cell
                    // centre minus the cell's half-diagonal (triangle inequality).
                    let (mx, my) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
                    let half = [(x0, y0), (x1, y0), (x0, y1), (x1, y1)]
                        .into_iter()
                        .map(|(x, y)| haversine_m(my, mx, y, x))
                        .fold(0.0, f64::max);
                    if dist(mx, my) - half > radius_m + tol {
                        continue;
                    }
                }
                out.push(RasterCell {
                    key: self.key(r, c),
                    inside,
                });
            }
        }
    }

    fn classify_polygon(&self, polys: &[geo::Polygon<f64>], out: &mut Vec<RasterCell>) {
        let boundary = self.boundary_cells(polys);
        let w = self.width();
        // Scanline: per row, the x where each polygon part's rings cross the
        // row's centre line. A cell no edge reaches is at least half a cell
        // from every edge, so floating-point crossing positions cannot be on
        // the wrong side of its centre, and crossing parity (per part; parts
        // may overlap) decides it exactly.
        let mut xs: Vec<Vec<f64>> = vec![Vec::new(); polys.len()];
        for r in self.r0..=self.r1 {
            let (_, y0, _, y1) = self.cell_rect(r, self.c0);
            let yc = (y0 + y1) / 2.0;
            for (part, poly) in polys.iter().enumerate() {
                let row = &mut xs[part];
                row.clear();
                for ring in std::iter::once(poly.exterior()).chain(poly.interiors()) {
                    for line in ring.lines() {
                        let (a, b) = (line.start, line.end);
                        if (a.y <= yc) != (b.y <= yc) {
                            row.push(a.x + (yc - a.y) * (b.x - a.x) / (b.y - a.y));
                        }
                    }
                }
                row.sort_unstable_by(f64::total_cmp);
            }
            let mut west_of: Vec<usize> = vec![0; polys.len()];
            for c in self.c0..=self.c1 {
                let (x0, _, x1, _) = self.cell_rect(r, c);
                let xc = (x0 + x1) / 2.0;
                for (part, row) in xs.iter().enumerate() {
                    while west_of[part] < row.len() && row[west_of[part]] < xc {
                        west_of[part] += 1;
                    }
                }
                let i = (r - self.r0) as usize * w + (c - self.c0) as usize;
                let inside = if boundary[i] {
                    false
                } else if west_of.iter().any(|n| n % 2 == 1) {
                    true
                } else {
                    continue;
                };
                out.push(RasterCell {
                    key: self.key(r, c),
                    inside,
                });
            }
        }
    }

    /// Which cells of the block some edge reaches (row-major).
    fn boundary_cells(&self, polys: &[geo::Polygon<f64>]) -> Vec<bool> {
        let w = self.width();
        let h = (self.r1 - self.r0 + 1) as usize;
        let mut boundary = vec![false; w * h];
        for poly in polys {
            for ring in std::iter::once(poly.exterior()).chain(poly.interiors()) {
                for line in ring.lines() {
                    let (a, b) = (line.start, line.end);
                    let rr0 = (((a.y.min(b.y) + 90.0 - EPS_DEG) * self.scale).floor() as i64)
                        .max(self.r0);
                    let rr1 = (((a.y.max(b.y) + 90.0 + EPS_DEG) * self.scale).floor() as i64)
                        .min(self.r1);
                    let cc0 = (((a.x.min(b.x) + 180.0 - EPS_DEG) * self.scale).floor() as i64)
                        .max(self.c0);
                    let cc1 = (((a.x.max(b.x) + 180.0 + EPS_DEG) * self.scale).floor() as i64)
                        .min(self.c1);
                    for r in rr0..=rr1 {
                        for c in cc0..=cc1 {
                            let i = (r - self.r0) as usize * w + (c - self.c0) as usize;
                            if boundary[i] {
                                continue;
                            }
                            let (x0, y0, x1, y1) = self.cell_rect(r, c);
                            // Pad once more: the clip test itself rounds.
                            if segment_meets_rect(
                                a.x,
                                a.y,
                                b.x,
                                b.y,
                                x0 - EPS_DEG,
                                y0 - EPS_DEG,
                                x1 + EPS_DEG,
                                y1 + EPS_DEG,
                            ) {
                                boundary[i] = true;
                            }
                        }
                    }
                }
            }
        }
        boundary
    }
}

/// Whether segment (a, b) meets the closed rectangle (Liang–Barsky clipping).
#[allow(
    clippy::too_many_arguments,
    reason = "plain coordinates keep the hot loop free of structs"
)]
pub(super) fn segment_meets_rect(
    ax: f64,
    ay: f64,
    bx: f64,
    by: f64,
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
) -> bool {
    let (dx, dy) = (bx - ax, by - ay);
    let mut t0 = 0.0_f64;
    let mut t1 = 1.0_f64;
    for (p, q) in [(-dx, ax - x0), (dx, x1 - ax), (-dy, ay - y0), (dy, y1 - ay)] {
        if p == 0.0 {
            if q < 0.0 {
                return false;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                if t > t1 {
                    return false;
                }
                t0 = t0.max(t);
            } else {
                if t < t0 {
                    return false;
                }
                t1 = t1.min(t);
            }
        }
    }
    t0 <= t1
}
