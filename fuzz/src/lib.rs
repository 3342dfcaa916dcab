//! The checks behind Perimeter's fuzz targets (`fuzz_targets/`), one module
//! per crate under test. `wire`, `fences`, `offers` and `replay` are also
//! compiled into the `tests/fuzz_regressions.rs` of `perimeter-wire`,
//! `perimeter-fences` and `perimeter-offers` (with `#[path]`), which replay
//! the committed corpora under plain `cargo test`. Each check panics on a
//! violated invariant: that is what libFuzzer reports as a crash.

pub mod fences;
pub mod offers;
pub mod replay;
pub mod state;
pub mod wire;
