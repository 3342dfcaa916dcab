//! Replays a fuzz target's inputs through its check under `cargo test`:
//! the committed seed corpus (`fuzz/corpus/<target>/`) and the inputs that
//! once made the target fail (`tests/fuzz_regressions/<target>/` of the
//! crate under test). Inputs that still fail wait in
//! `tests/fuzz_regressions/<target>/open/`, replayed by an `#[ignore]`d
//! test until the bug is fixed; then the file moves up one directory.
//! Included with `#[path]` by each crate's `tests/fuzz_regressions.rs`.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

/// The files of `dir`, sorted by name; none if it does not exist.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file())
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    paths
}

/// Runs `check` on every seed of `target` and every regression input of
/// it kept by the crate at `crate_dir` (not those in `open/`), and fails
/// listing each input whose check panicked. Also fails if there are no
/// seeds (a moved directory must not turn this into a test of nothing).
pub fn replay(crate_dir: &str, target: &str, check: impl Fn(&[u8])) {
    let crate_dir = Path::new(crate_dir);
    let seeds = files(&crate_dir.join("../../fuzz/corpus").join(target));
    assert!(!seeds.is_empty(), "no seed corpus for {target}");
    let regressions = files(&crate_dir.join("tests/fuzz_regressions").join(target));
    run(target, seeds.iter().chain(&regressions), check);
}

/// Runs `check` on the inputs of `target` that still fail
/// (`tests/fuzz_regressions/<target>/open/`); for `#[ignore]`d tests.
#[allow(
    dead_code,
    reason = "for the #[ignore]d test of a target's open inputs; none is open at the moment"
)]
pub fn replay_open(crate_dir: &str, target: &str, check: impl Fn(&[u8])) {
    let dir = Path::new(crate_dir)
        .join("tests/fuzz_regressions")
        .join(target)
        .join("open");
    let inputs = files(&dir);
    assert!(!inputs.is_empty(), "no open inputs in {}", dir.display());
    run(target, &inputs, check);
}

fn run<'a>(target: &str, inputs: impl IntoIterator<Item = &'a PathBuf>, check: impl Fn(&[u8])) {
    let mut failed = Vec::new();
    for path in inputs {
        let data = match std::fs::read(path) {
            Ok(data) => data,
            Err(e) => panic!("{}: {e}", path.display()),
        };
        if catch_unwind(AssertUnwindSafe(|| check(&data))).is_err() {
            failed.push(path.display().to_string());
        }
    }
    assert!(
        failed.is_empty(),
        "{target}: the check failed on (see the panic messages above):\n  {}",
        failed.join("\n  ")
    );
}
