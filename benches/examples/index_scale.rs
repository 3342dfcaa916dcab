//! The fence index at scale: builds an index over N generated store fences
//! (default 10M) and reports build time, resident memory and batched
//! lookups/s. Run by hand (it needs minutes and up to ~20 GB at 10M):
//!
//! `cargo run --release -p perimeter-benches --example index_scale -- 10000000`
//!
//! Arguments: fences (default 10 000 000), cell bits (default: what
//! `FenceIndex::build` picks for that size).
#![allow(missing_docs, clippy::print_stdout, reason = "a command-line report")]

use std::sync::Arc;
use std::time::Instant;

use perimeter_benches::Dataset;
use perimeter_fences::{FenceChange, FenceIndex, IncrementalIndex, IndexConfig};
use perimeter_model::FenceId;

/// `VmRSS` and `VmHWM` of this process from /proc/self/status, in MiB.
fn memory_mib() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<f64>().ok())
            .map_or(f64::NAN, |kb| kb / 1024.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn report(stage: &str) {
    let (rss, hwm) = memory_mib();
    println!("{stage}: VmRSS {rss:.0} MiB, VmHWM {hwm:.0} MiB");
}

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000_000);
    let bits: u8 = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or_else(|| IndexConfig::for_catalog(n).cell_bits);
    let t = Instant::now();
    let data = Dataset::generate(42, n);
    let pings = data.pings(43, 1_000_000);
    println!("generated and validated {n} fences in {:.1?}", t.elapsed());
    report("after generating");
    let Dataset {
        catalog,
        store_centres,
        ..
    } = data;
    drop(store_centres);
    let config = IndexConfig {
        cell_bits: bits,
        ..IndexConfig::default()
    };
    let t = Instant::now();
    let index = match FenceIndex::build_owned(catalog, config) {
        Ok(index) => index,
        Err(e) => {
            println!("build failed: {e}");
            return;
        }
    };
    let build = t.elapsed();
    let s = index.stats();
    println!(
        "built index (cell_bits {bits}) in {build:.1?}: {} cells, index {:.0} MiB = {:.0} bytes/fence beyond the geometry",
        s.cells,
        s.index_bytes as f64 / 1_048_576.0,
        s.index_bytes as f64 / n as f64
    );
    let per = |bytes: usize| bytes as f64 / n as f64;
    println!(
        "  of which per fence: table {:.0} B, parts with their edge records {:.0} B \
         ({} edge records), boxes {:.0} B, R-tree {:.0} B, id map {:.0} B, large-fence list {:.0} B",
        per(s.table_bytes),
        per(s.part_bytes),
        s.edge_records,
        per(s.box_bytes),
        per(s.tree_bytes),
        per(s.id_bytes),
        per(s.index_bytes - s.table_bytes - s.part_bytes - s.box_bytes - s.tree_bytes - s.id_bytes),
    );
    report("after building");
    let mut best = f64::INFINITY;
    let mut hits = 0usize;
    for _ in 0..5 {
        let t = Instant::now();
        hits = 0;
        index.containing_batch(&pings, |_, _| hits += 1);
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "batched lookups: {:.2}M/s over {} pings ({hits} hits), best of 5",
        pings.len() as f64 / best / 1e6,
        pings.len()
    );
    report("after lookups");

    // A 10-fence change to the live index: 4 fences get another fence's
    // shape, 4 new fences arrive, 2 are removed.
    let live = IncrementalIndex::new(Arc::new(index));
    let base = live.base();
    let pick = |k: usize| &base.fences()[(k * 7_919 + 13) % base.fences().len()];
    let mut changes = Vec::new();
    for k in 0..4 {
        let mut f = pick(k).clone();
        f.geometry = pick(k + 100).geometry.clone();
        changes.push(FenceChange::Upsert(Box::new(f)));
    }
    for k in 0..4 {
        let mut f = pick(k + 200).clone();
        if let Ok(id) = FenceId::new(&format!("new-fence-{k}")) {
            f.id = id;
        }
        changes.push(FenceChange::Upsert(Box::new(f)));
    }
    for k in 0..2 {
        changes.push(FenceChange::Remove(pick(k + 300).id.clone()));
    }
    let t = Instant::now();
    let changed = match live.apply(&changes) {
        Ok(changed) => changed,
        Err(e) => {
            println!("apply failed: {e}");
            return;
        }
    };
    println!(
        "applied a 10-fence change to the live index in {:.2?} ({} fences live, {} in the overlay)",
        t.elapsed(),
        changed.len(),
        changed.overlay_len()
    );
    let t = Instant::now();
    hits = 0;
    changed.containing_batch(&pings, |_, _| hits += 1);
    println!(
        "batched lookups on the changed index: {:.2}M/s ({hits} hits)",
        pings.len() as f64 / t.elapsed().as_secs_f64() / 1e6
    );
    report("at the end");
}
