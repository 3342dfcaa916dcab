//! Fence bounding boxes, and the R-tree over groups of nearby fences that
//! answers the distance query ([`super::FenceIndex::near`]).
//!
//! Boxes are stored as `f32` rounded outward (16 bytes a fence instead of
//! 32): every use is a prefilter before an exact test or a choice between
//! two copies of a point, which a box a few centimetres larger cannot get
//! wrong. The R-tree (rstar) does not hold one entry per fence: fences are
//! sorted along a Hilbert curve through their box centres and the tree
//! holds one entry per run of [`GROUP`] consecutive fences, whose boxes it
//! covers. An entry costs about as much as a node of the tree (48 bytes),
//! so grouping divides the tree's memory by the group size.

use geo::{Rect, coord};
use rstar::{AABB, RTree, RTreeNode, RTreeObject};

use super::par;

/// Fences per R-tree entry.
const GROUP: usize = 8;

/// One fence's box, `f32` rounded outward: `[min x, min y, max x, max y]`
/// in the fence's own (unwrapped) longitudes.
pub(super) type Box32 = [f32; 4];

/// `v` rounded down to an `f32`.
fn down(v: f64) -> f32 {
    let f = v as f32;
    if f64::from(f) > v { f.next_down() } else { f }
}

/// `v` rounded up to an `f32`.
fn up(v: f64) -> f32 {
    let f = v as f32;
    if f64::from(f) < v { f.next_up() } else { f }
}

/// Every fence's box, by slot.
#[derive(Default)]
pub(super) struct Boxes {
    boxes: Vec<Box32>,
}

impl Boxes {
    pub(super) fn new(rects: &[Rect<f64>]) -> Self {
        let outward = |r: &Rect<f64>| {
            [
                down(r.min().x),
                down(r.min().y),
                up(r.max().x),
                up(r.max().y),
            ]
        };
        Self {
            boxes: par::map(rects, outward),
        }
    }

    /// The box of the fence in `slot`, containing its exact bounding box.
    #[inline]
    pub(super) fn get(&self, slot: usize) -> Option<Rect<f64>> {
        self.boxes.get(slot).map(|b| {
            Rect::new(
                coord! { x: f64::from(b[0]), y: f64::from(b[1]) },
                coord! { x: f64::from(b[2]), y: f64::from(b[3]) },
            )
        })
    }

    /// Heap bytes.
    pub(super) fn bytes(&self) -> usize {
        self.boxes.capacity() * size_of::<Box32>()
    }
}

/// One R-tree entry: the box around a run of fences in Hilbert order,
/// shifted by a multiple of 360° (a run reaching east of 180 is entered a
/// second time, 360° west).
#[derive(Debug, Clone, Copy)]
struct Group {
    envelope: Box32,
    /// First fence of the run in [`Neighbourhood::order`].
    first: u32,
}

impl RTreeObject for Group {
    type Envelope = AABB<[f32; 2]>;

    fn envelope(&self) -> Self::Envelope {
        let e = self.envelope;
        AABB::from_corners([e[0], e[1]], [e[2], e[3]])
    }
}

/// The R-tree over groups of nearby fences.
pub(super) struct Neighbourhood {
    tree: RTree<Group>,
    /// Fence slots in Hilbert order of their box centres.
    order: Vec<u32>,
}

impl Default for Neighbourhood {
    fn default() -> Self {
        Self {
            tree: RTree::new(),
            order: Vec::new(),
        }
    }
}

impl Neighbourhood {
    pub(super) fn new(boxes: &Boxes) -> Self {
        // The Hilbert index of each box centre (32 bits: 16 a coordinate)
        // above its slot, sorted: slots in Hilbert order, ties by slot.
        let mut keyed: Vec<u64> = par::map(&boxes.boxes, |b| {
            let cx = (f64::from(b[0]) + f64::from(b[2])) / 2.0;
            let cy = (f64::from(b[1]) + f64::from(b[3])) / 2.0;
            let q = |v: f64, lo: f64, span: f64| {
                (((v - lo) / span).clamp(0.0, 1.0) * f64::from(u16::MAX)) as u32
            };
            hilbert(q(cx, -180.0, 540.0), q(cy, -90.0, 180.0)) << 32
        });
        for (slot, k) in keyed.iter_mut().enumerate() {
            *k |= slot as u64;
        }
        par::sort_unstable_by_key(&mut keyed, |&k| k);
        let order: Vec<u32> = keyed.iter().map(|&k| k as u32).collect();
        drop(keyed);
        let mut entries = Vec::with_capacity(order.len().div_ceil(GROUP) + 16);
        for (g, run) in order.chunks(GROUP).enumerate() {
            let mut e = [
                f32::INFINITY,
                f32::INFINITY,
                f32::NEG_INFINITY,
                f32::NEG_INFINITY,
            ];
            for &slot in run {
                let b = boxes.boxes[slot as usize];
                e = [
                    e[0].min(b[0]),
                    e[1].min(b[1]),
                    e[2].max(b[2]),
                    e[3].max(b[3]),
                ];
            }
            let first = (g * GROUP) as u32;
            entries.push(Group { envelope: e, first });
            if e[2] > 180.0 {
                entries.push(Group {
                    envelope: [e[0] - 360.0, e[1], e[2] - 360.0, e[3]],
                    first,
                });
            }
        }
        Self {
            tree: RTree::bulk_load(entries),
            order,
        }
    }

    /// Calls `f` with the slot of every fence whose box may meet the box
    /// `[x0, x1] × [y0, y1]` (in longitudes from -180 to 180 plus any shift
    /// the caller tries), possibly more than once, possibly with others.
    pub(super) fn candidates(&self, x0: f64, y0: f64, x1: f64, y1: f64, mut f: impl FnMut(u32)) {
        let env = AABB::from_corners([down(x0), down(y0)], [up(x1), up(y1)]);
        for group in self.tree.locate_in_envelope_intersecting(&env) {
            let first = group.first as usize;
            let end = (first + GROUP).min(self.order.len());
            for &slot in &self.order[first..end] {
                f(slot);
            }
        }
    }

    /// Heap bytes: the tree's nodes (by length) and the order.
    pub(super) fn bytes(&self) -> usize {
        fn node_bytes(children: &[RTreeNode<Group>]) -> usize {
            size_of_val(children)
                + children
                    .iter()
                    .map(|c| match c {
                        RTreeNode::Leaf(_) => 0,
                        RTreeNode::Parent(p) => node_bytes(p.children()),
                    })
                    .sum::<usize>()
        }
        node_bytes(self.tree.root().children()) + self.order.capacity() * 4
    }
}

/// Position of `(x, y)` (each below 2^16) along a Hilbert curve over the
/// 2^16 × 2^16 grid.
fn hilbert(mut x: u32, mut y: u32) -> u64 {
    let mut d = 0u64;
    let mut s = 1u32 << 15;
    while s > 0 {
        let rx = u32::from(x & s != 0);
        let ry = u32::from(y & s != 0);
        d += u64::from(s) * u64::from(s) * u64::from((3 * rx) ^ ry);
        // Rotate the quadrant so the curve stays continuous.
        if ry == 0 {
            if rx == 1 {
                x = 0xFFFF - x;
                y = 0xFFFF - y;
            }
            std::mem::swap(&mut x, &mut y);
        }
        s >>= 1;
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outward_rounding_never_shrinks_a_box() {
        let mut v = 1.0e-7f64;
        for k in 0..10_000 {
            let x = (f64::from(k) * 0.036_123_457) - 180.0 + v;
            assert!(f64::from(down(x)) <= x && f64::from(up(x)) >= x, "{x}");
            v *= 1.001;
        }
        assert_eq!(up(180.0), 180.0);
        assert!(up(180.000_000_01) > 180.0);
    }

    #[test]
    fn the_hilbert_order_visits_every_cell_of_a_small_grid_once_in_steps_of_one() {
        // On the 2^16 grid, the 4 × 4 corner block is the first 16 positions.
        let mut seen: Vec<(u64, (u32, u32))> = (0..4)
            .flat_map(|x| (0..4).map(move |y| (hilbert(x, y), (x, y))))
            .collect();
        seen.sort_unstable();
        assert_eq!(
            seen.iter().map(|s| s.0).collect::<Vec<_>>(),
            (0..16).collect::<Vec<u64>>()
        );
        for w in seen.windows(2) {
            let ((x0, y0), (x1, y1)) = (w[0].1, w[1].1);
            assert_eq!(x0.abs_diff(x1) + y0.abs_diff(y1), 1, "{:?}", w);
        }
    }
}
