//! Builds the index for a generated catalog and reports time and memory.
//!
//! `cargo run --release -p perimeter-benches --example build_index -- 1000000 12`
#![allow(missing_docs, clippy::print_stdout, reason = "a command-line report")]

use std::time::Instant;

use perimeter_benches::Dataset;
use perimeter_fences::{FenceIndex, IndexConfig};

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let bits: u8 = args.next().and_then(|a| a.parse().ok()).unwrap_or(12);
    let t = Instant::now();
    let data = Dataset::generate(42, n);
    println!("generated and validated {n} fences in {:.2?}", t.elapsed());
    let t = Instant::now();
    let config = IndexConfig {
        cell_bits: bits,
        ..IndexConfig::default()
    };
    match FenceIndex::build_with(&data.catalog, config) {
        Ok(index) => {
            let s = index.stats();
            println!(
                "built index (cell_bits {bits}) in {:.2?}: {} cells, {:.1} MiB, {:.0} bytes/fence",
                t.elapsed(),
                s.cells,
                s.index_bytes as f64 / 1048576.0,
                s.index_bytes as f64 / n as f64
            );
        }
        Err(e) => println!("build failed: {e}"),
    }
}
