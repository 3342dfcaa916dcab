//! `index_lookup`: FenceIndex against an R-tree-only baseline at 1k, 100k and
//! 1M fences, with 1M pings (half near stores). Also reports build time and
//! bytes per fence, the cost of the cell key itself (grid vs H3), and the
//! time to parse and validate a 100k-fence GeoJSON upload.
//!
//! Run: `cargo bench -p perimeter-benches --bench index_lookup`
//! Sizes can be limited with `PERIMETER_BENCH_SIZES=1000,100000`.
#![allow(
    missing_docs,
    clippy::print_stdout,
    reason = "benchmarks report on stdout"
)]

use std::hint::black_box;
use std::time::Instant;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use perimeter_benches::Dataset;
use perimeter_fences::{
    FenceFormat, FenceIndex, IndexConfig, LookupPath, ValidationLimits, parse_fences, to_geojson,
};

const PINGS: usize = 1_000_000;

fn sizes() -> Vec<usize> {
    std::env::var("PERIMETER_BENCH_SIZES").map_or_else(
        |_| vec![1_000, 100_000, 1_000_000],
        |s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect(),
    )
}

fn cell_bits(fences: usize) -> Vec<u8> {
    std::env::var("PERIMETER_BENCH_CELL_BITS").map_or_else(
        |_| vec![IndexConfig::for_catalog(fences).cell_bits],
        |s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect(),
    )
}

fn index_lookup(c: &mut Criterion) {
    let mut group = c.benchmark_group("index_lookup");
    group.sample_size(10);
    group.throughput(Throughput::Elements(PINGS as u64));
    for n in sizes() {
        let t = Instant::now();
        let data = Dataset::generate(42, n);
        let pings = data.pings(43, PINGS);
        println!(
            "dataset {n} fences: generated and validated in {:.2?}",
            t.elapsed()
        );
        for bits in cell_bits(n) {
            let config = IndexConfig {
                cell_bits: bits,
                ..IndexConfig::default()
            };
            let t = Instant::now();
            let index = match FenceIndex::build_with(&data.catalog, config) {
                Ok(index) => index,
                Err(e) => {
                    println!("cannot build: {e}");
                    continue;
                }
            };
            let build = t.elapsed();
            let stats = index.stats();
            let hits: usize = pings.iter().map(|p| index.containing(*p).count()).sum();
            let (mut empty, mut masks, mut local, mut exact) = (0usize, 0usize, 0usize, 0usize);
            for p in &pings {
                match index.lookup_path(*p) {
                    LookupPath::EmptyCell => empty += 1,
                    LookupPath::MasksOnly => masks += 1,
                    LookupPath::LocalEdges => local += 1,
                    LookupPath::ExactTests(_) => exact += 1,
                }
            }
            println!(
                "  lookup paths: {:.1}% empty cell, {:.1}% masks only, {:.1}% local edges, {:.1}% need full exact tests",
                100.0 * empty as f64 / PINGS as f64,
                100.0 * masks as f64 / PINGS as f64,
                100.0 * local as f64 / PINGS as f64,
                100.0 * exact as f64 / PINGS as f64
            );
            let sure = pings
                .iter()
                .filter(|p| index.containing(**p).next().is_some())
                .count();
            println!(
                "index {n} fences, cell_bits {bits}: built in {build:.2?}; {} cells ({} sure-only), \
                 {} large fences; index {:.1} MiB = {:.0} bytes/fence; {hits} hits over {PINGS} pings \
                 ({sure} pings inside at least one fence)",
                stats.cells,
                stats.sure_only_cells,
                stats.large_fences,
                stats.index_bytes as f64 / 1048576.0,
                stats.index_bytes as f64 / n as f64,
            );
            if std::env::var("PERIMETER_BENCH_BY_PATH").is_ok() {
                for (name, want) in [("empty", 0u8), ("masks", 1), ("local", 2), ("exact", 3)] {
                    let subset: Vec<_> = pings
                        .iter()
                        .copied()
                        .filter(|p| {
                            let got = match index.lookup_path(*p) {
                                LookupPath::EmptyCell => 0,
                                LookupPath::MasksOnly => 1,
                                LookupPath::LocalEdges => 2,
                                LookupPath::ExactTests(_) => 3,
                            };
                            got == want
                        })
                        .collect();
                    group.throughput(Throughput::Elements(subset.len() as u64));
                    group.bench_with_input(
                        BenchmarkId::new(format!("by_path_{name}/bits{bits}"), n),
                        &subset,
                        |b, pings| {
                            b.iter(|| {
                                let mut hits = 0usize;
                                index.containing_batch(pings, |_, _| hits += 1);
                                black_box(hits)
                            });
                        },
                    );
                }
                group.throughput(Throughput::Elements(PINGS as u64));
            }
            group.bench_with_input(
                BenchmarkId::new(format!("fence_index/bits{bits}"), n),
                &pings,
                |b, pings| {
                    b.iter(|| {
                        let mut hits = 0usize;
                        for p in pings {
                            hits += index.containing(*p).count();
                        }
                        black_box(hits)
                    });
                },
            );
            group.bench_with_input(
                BenchmarkId::new(format!("fence_index_batch/bits{bits}"), n),
                &pings,
                |b, pings| {
                    b.iter(|| {
                        let mut hits = 0usize;
                        index.containing_batch(pings, |_, _| hits += 1);
                        black_box(hits)
                    });
                },
            );
        }
        let Ok(index) = FenceIndex::build(&data.catalog) else {
            continue;
        };
        // What the stream processor calls per ping: fences within 50 m with
        // the signed distance to their edge.
        group.bench_with_input(BenchmarkId::new("near_50m", n), &pings, |b, pings| {
            let mut out = Vec::new();
            b.iter(|| {
                let mut found = 0usize;
                for p in pings {
                    index.near(*p, 50.0, &mut out);
                    found += out.len();
                }
                black_box(found)
            });
        });
        group.bench_with_input(BenchmarkId::new("rstar_baseline", n), &pings, |b, pings| {
            b.iter(|| {
                let mut hits = 0usize;
                for p in pings {
                    index.containing_rtree(*p, |_| hits += 1);
                }
                black_box(hits)
            });
        });
    }
    group.finish();
}

/// The cost of the cell key alone: the grid key FenceIndex uses versus an H3
/// cell at the resolutions that would match store-sized cells.
fn cell_key(c: &mut Criterion) {
    let data = Dataset::generate(42, 1_000);
    let pings = data.pings(43, 100_000);
    let mut group = c.benchmark_group("cell_key");
    group.throughput(Throughput::Elements(pings.len() as u64));
    group.bench_function("grid_2^-12deg", |b| {
        b.iter(|| {
            let mut acc = 0u64;
            for p in &pings {
                let row = ((p.lat() + 90.0) * 4096.0) as u64;
                let col = ((p.lon() + 180.0) * 4096.0) as u64;
                acc ^= (row << 32) | col;
            }
            black_box(acc)
        });
    });
    for res in [
        h3o::Resolution::Nine,
        h3o::Resolution::Ten,
        h3o::Resolution::Eleven,
    ] {
        group.bench_function(format!("h3_res{}", u8::from(res)), |b| {
            b.iter(|| {
                let mut acc = 0u64;
                for p in &pings {
                    if let Ok(ll) = h3o::LatLng::new(p.lat(), p.lon()) {
                        acc ^= u64::from(ll.to_cell(res));
                    }
                }
                black_box(acc)
            });
        });
    }
    group.finish();
}

/// Parsing and validating an uploaded GeoJSON file of 100k fences.
fn catalog_parse(c: &mut Criterion) {
    // 100k fences, or fewer when PERIMETER_BENCH_SIZES asks for small runs.
    let n = sizes().into_iter().max().unwrap_or(100_000).min(100_000);
    let data = Dataset::generate(42, n);
    let text = to_geojson(&data.catalog);
    println!(
        "catalog_parse: {} fences, {:.1} MiB of GeoJSON",
        data.catalog.len(),
        text.len() as f64 / 1048576.0
    );
    let mut group = c.benchmark_group("catalog_parse");
    group.sample_size(10);
    group.throughput(Throughput::Elements(data.catalog.len() as u64));
    group.bench_function(format!("geojson_{n}"), |b| {
        b.iter(|| {
            let catalog = parse_fences(&text, FenceFormat::GeoJson, &ValidationLimits::default());
            black_box(catalog.map(|c| c.len()).unwrap_or(0))
        });
    });
    group.finish();
}

criterion_group!(benches, index_lookup, cell_key, catalog_parse);
criterion_main!(benches);
