//! `IncrementalIndex` must answer exactly like a full rebuild over the
//! catalog its changes produce: random sequences of adds, replacements and
//! removals, checked after every step on seeded points.

#![allow(clippy::expect_used, reason = "test helpers outside #[test] functions")]

use std::collections::BTreeMap;

use perimeter_fences::{
    Fence, FenceCatalog, FenceChange, FenceIndex, IncrementalIndex, IndexConfig, RawFence,
    RawGeometry, ValidationLimits, validate_fence,
};
use perimeter_model::{FenceId, Position};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, RngSeed};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const HUB: (f64, f64) = (13.40, 52.52);

/// A store-sized fence near the hub: a square, a triangle or a circle.
fn fence(rng: &mut ChaCha8Rng, id: usize) -> Fence {
    let (cx, cy) = (
        HUB.0 + rng.random_range(-0.004..0.004),
        HUB.1 + rng.random_range(-0.003..0.003),
    );
    let r = rng.random_range(0.0002..0.0012);
    let geometry = match rng.random_range(0..3) {
        0 => RawGeometry::Circle {
            centre: [cx, cy],
            radius_m: Some(r * 70_000.0),
        },
        1 => RawGeometry::Polygon(vec![vec![
            [cx - r, cy - r],
            [cx + r, cy - r],
            [cx + r, cy + r],
            [cx - r, cy + r],
            [cx - r, cy - r],
        ]]),
        _ => RawGeometry::Polygon(vec![vec![
            [cx - r, cy - r],
            [cx + r, cy - r * 0.5],
            [cx, cy + r],
            [cx - r, cy - r],
        ]]),
    };
    let raw = RawFence::new(
        format!("f{id:03}"),
        format!("s{id}"),
        format!("fence {id}"),
        "UTC",
        geometry,
    );
    validate_fence(raw, &ValidationLimits::default()).expect("a valid store fence")
}

fn points(rng: &mut ChaCha8Rng) -> Vec<Position> {
    (0..400)
        .map(|_| {
            Position::new(
                HUB.1 + rng.random_range(-0.005..0.005),
                HUB.0 + rng.random_range(-0.006..0.006),
            )
            .expect("valid")
        })
        .collect()
}

/// Every answer the stream processor uses, as ids, for comparison.
fn answers_incremental(index: &IncrementalIndex, pts: &[Position]) -> Vec<Vec<String>> {
    let mut batched: Vec<Vec<String>> = vec![Vec::new(); pts.len()];
    let mut last = 0;
    index.containing_batch(pts, |i, h| {
        assert!(i >= last, "batch hits come in point order");
        last = i;
        assert_eq!(index.fence(h.slot).map(|f| &f.id), Some(&h.fence.id));
        assert!(
            index.slot_contains(h.slot, pts[i]),
            "a hit's slot contains its point"
        );
        batched[i].push(h.fence.id.to_string());
    });
    for (i, p) in pts.iter().enumerate() {
        let mut single: Vec<String> = index
            .containing(*p)
            .map(|h| h.fence.id.to_string())
            .collect();
        single.sort_unstable();
        batched[i].sort_unstable();
        assert_eq!(single, batched[i], "batch and single lookups agree");
    }
    batched
}

fn answers_full(index: &FenceIndex, pts: &[Position]) -> Vec<Vec<String>> {
    pts.iter()
        .map(|p| {
            let mut ids: Vec<String> = index
                .containing(*p)
                .map(|h| h.fence.id.to_string())
                .collect();
            ids.sort_unstable();
            ids
        })
        .collect()
}

fn check(seed: u64) -> Result<(), TestCaseError> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut catalog: BTreeMap<FenceId, Fence> = BTreeMap::new();
    let mut next_id = 0;
    for _ in 0..rng.random_range(0..30) {
        let f = fence(&mut rng, next_id);
        next_id += 1;
        catalog.insert(f.id.clone(), f);
    }
    let config = IndexConfig {
        cell_bits: [11u8, 12, 13][rng.random_range(0..3)],
        ..IndexConfig::default()
    };
    let full = |catalog: &BTreeMap<FenceId, Fence>| {
        let c = FenceCatalog::new(catalog.values().cloned().collect()).expect("unique ids");
        FenceIndex::build_with(&c, config).expect("builds")
    };
    let mut live = IncrementalIndex::from(full(&catalog));
    let pts = points(&mut rng);
    for _ in 0..rng.random_range(1..8) {
        let mut changes = Vec::new();
        for _ in 0..rng.random_range(1..6) {
            let ids: Vec<FenceId> = catalog.keys().cloned().collect();
            let change = match rng.random_range(0..3) {
                // Replace an existing fence (same id, new shape) or add one.
                0 if !ids.is_empty() => {
                    let id = &ids[rng.random_range(0..ids.len())];
                    let mut f = fence(&mut rng, 0);
                    f.id = id.clone();
                    FenceChange::Upsert(Box::new(f))
                }
                1 if !ids.is_empty() => {
                    FenceChange::Remove(ids[rng.random_range(0..ids.len())].clone())
                }
                _ => {
                    next_id += 1;
                    FenceChange::Upsert(Box::new(fence(&mut rng, next_id)))
                }
            };
            match &change {
                FenceChange::Upsert(f) => {
                    catalog.insert(f.id.clone(), (**f).clone());
                }
                FenceChange::Remove(id) => {
                    catalog.remove(id);
                }
            }
            changes.push(change);
        }
        live = live.apply(&changes).expect("applies");
        let rebuilt = full(&catalog);
        prop_assert_eq!(
            answers_incremental(&live, &pts),
            answers_full(&rebuilt, &pts)
        );
        let ids: Vec<&FenceId> = live.fences().map(|f| &f.id).collect();
        let want: Vec<&FenceId> = rebuilt.fences().iter().map(|f| &f.id).collect();
        prop_assert_eq!(ids, want, "fences() lists the live fences in id order");
        prop_assert_eq!(live.len(), catalog.len());
        for f in catalog.values() {
            let slot = live.slot_of(&f.id).expect("a live fence has a slot");
            prop_assert_eq!(live.fence(slot), Some(f));
            let full_slot = rebuilt.slot_of(&f.id).expect("in the rebuild");
            prop_assert_eq!(live.h3_cell(slot), rebuilt.h3_cell(full_slot));
            for p in &pts[..20] {
                let inside = rebuilt.slot_contains(full_slot, *p);
                prop_assert_eq!(live.slot_contains(slot, *p), inside);
                prop_assert_eq!(
                    live.distance_to_edge_m(slot, *p, inside).to_bits(),
                    rebuilt.distance_to_edge_m(full_slot, *p, inside).to_bits()
                );
            }
        }
        prop_assert!(
            live.fence(live.base().fences().len() + live.overlay_len())
                .is_none()
        );
        let mut near = Vec::new();
        live.near(pts[0], 80.0, &mut near);
        let mut want_near = Vec::new();
        rebuilt.near(pts[0], 80.0, &mut want_near);
        let got: Vec<_> = near.iter().map(|n| (&n.fence.id, n.inside)).collect();
        let want: Vec<_> = want_near.iter().map(|n| (&n.fence.id, n.inside)).collect();
        prop_assert_eq!(got, want);
    }
    // Folding the overlay into a new base changes no answer.
    let compacted = live.compact().expect("compacts");
    prop_assert_eq!(compacted.overlay_len(), 0);
    prop_assert_eq!(
        answers_incremental(&compacted, &pts),
        answers_incremental(&live, &pts)
    );
    // So does one full build of the catalog with a change folded in.
    let extra = fence(&mut rng, next_id + 1);
    let mut with_extra = catalog.clone();
    with_extra.insert(extra.id.clone(), extra.clone());
    let folded = live
        .compact_with(&[FenceChange::Upsert(Box::new(extra))])
        .expect("compacts");
    prop_assert_eq!(folded.overlay_len(), 0);
    prop_assert_eq!(
        answers_incremental(&folded, &pts),
        answers_full(&full(&with_extra), &pts)
    );
    Ok(())
}

fn config(cases: u32) -> Config {
    Config {
        cases,
        rng_algorithm: RngAlgorithm::ChaCha,
        rng_seed: RngSeed::Fixed(0x1c2e_3e47),
        failure_persistence: None,
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(config(300))]

    #[test]
    fn incremental_changes_answer_like_a_full_rebuild(seed in any::<u64>()) {
        check(seed)?;
    }
}

#[test]
fn removing_every_fence_leaves_an_index_that_finds_nothing() {
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let fences: Vec<Fence> = (0..10).map(|i| fence(&mut rng, i)).collect();
    let catalog = FenceCatalog::new(fences.clone()).expect("unique");
    let live = IncrementalIndex::from(FenceIndex::build(&catalog).expect("builds"));
    let live = live
        .apply(
            &fences
                .iter()
                .map(|f| FenceChange::Remove(f.id.clone()))
                .collect::<Vec<_>>(),
        )
        .expect("applies");
    assert!(live.is_empty());
    for p in points(&mut rng) {
        assert_eq!(live.containing(p).count(), 0);
    }
}
