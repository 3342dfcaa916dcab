//! The fuzz targets' checks under plain `cargo test`: every committed seed
//! of `fuzz/corpus/fence_geojson/` and `fuzz/corpus/fence_csv/`, and every
//! input that once failed those targets (`tests/fuzz_regressions/<target>/`),
//! replayed through the same check the fuzz targets run
//! (`fuzz/src/fences.rs`, compiled in here): parse, validate, export and
//! re-parse, index and compare with exact containment. See
//! `docs/fuzzing.md`.

#![allow(
    clippy::panic,
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: the checks report a violated invariant by panicking"
)]

#[path = "../../../fuzz/src/fences.rs"]
mod fences;
#[path = "../../../fuzz/src/replay.rs"]
mod replay;

use perimeter_fences::FenceFormat;
use replay::replay;

const CRATE: &str = env!("CARGO_MANIFEST_DIR");

#[test]
fn geojson_fence_corpus_passes_the_fuzz_checks() {
    replay(CRATE, "fence_geojson", |data| {
        fences::fence_file(FenceFormat::GeoJson, data);
    });
}

#[test]
fn csv_fence_corpus_passes_the_fuzz_checks() {
    replay(CRATE, "fence_csv", |data| {
        fences::fence_file(FenceFormat::Csv, data);
    });
}

/// Found by the `fence_record` target (the same fence arrives as a GeoJSON
/// upload or a fences-topic record). The point is the midpoint of the
/// polygon's first edge, which crosses the antimeridian; exact rational
/// arithmetic puts it on that edge, so `contains` (closed sets) is right.
/// The index missed it: `lon + 180` rounds to 360 for 179.99999999999997,
/// and the lookup went to the first column (-180) instead of the last.
#[test]
fn index_contains_a_point_on_an_edge_crossing_the_antimeridian() {
    let text = include_str!("fuzz_regressions/fence_geojson/index-antimeridian-edge.geojson");
    let catalog = perimeter_fences::parse_fences(
        text,
        FenceFormat::GeoJson,
        &perimeter_fences::ValidationLimits::default(),
    )
    .unwrap();
    let index = perimeter_fences::FenceIndex::build(&catalog).unwrap();
    let p =
        perimeter_model::Position::new(-16.500_003_022_768_137, 179.999_999_999_999_97).unwrap();
    let fence = &catalog.fences()[0];
    assert!(perimeter_fences::contains(&fence.geometry, p));
    assert_eq!(index.containing(p).count(), 1, "the index misses {p:?}");
}
