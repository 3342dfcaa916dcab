//! Builds the store-ops page's map library into the binary.
//!
//! The library (Leaflet, pinned in `ui-vendor/package.json` and
//! `ui-vendor/package-lock.json`) comes from the npm registry, never from a
//! CDN at run time, and none of it is committed. In order, this script
//! takes it from:
//!
//! 1. `ui-vendor/node_modules/` (what `npm ci --prefix crates/perimeter/ui-vendor`
//!    put there: `scripts/test.sh` and `scripts/e2e.sh` do it before
//!    building);
//! 2. else, when `npm` is on the PATH and `PERIMETER_UI_NPM` is not `0`,
//!    `npm ci` run by this script into `OUT_DIR` (so `cargo run -p perimeter
//!    -- demo` on a fresh machine gets the map too);
//! 3. else nowhere: the build still succeeds with a cargo warning, and the
//!    page draws the fences without a map library (its offline drawing),
//!    saying so.
//!
//! It writes `OUT_DIR/ui_vendor.rs`, which `src/admin.rs` includes: the
//! library's script, style and license file, or `None`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The npm package and the files of it the page uses.
const PACKAGE: &str = "leaflet";
const FILES: [(&str, &str); 3] = [
    ("js", "dist/leaflet.js"),
    ("css", "dist/leaflet.css"),
    ("license", "LICENSE"),
];

fn main() -> Result<(), String> {
    let var = |name: &str| {
        std::env::var_os(name)
            .map(PathBuf::from)
            .ok_or_else(|| format!("{name} is not set: run this through cargo"))
    };
    let manifest = var("CARGO_MANIFEST_DIR")?;
    let out = var("OUT_DIR")?;
    let vendor = manifest.join("ui-vendor");
    println!("cargo:rerun-if-changed=ui-vendor/package.json");
    println!("cargo:rerun-if-changed=ui-vendor/package-lock.json");
    println!("cargo:rerun-if-changed=ui-vendor/node_modules/{PACKAGE}/package.json");
    println!("cargo:rerun-if-changed=ui-vendor/node_modules/{PACKAGE}/dist");
    println!("cargo:rerun-if-env-changed=PERIMETER_UI_NPM");

    let pinned = pinned_version(&vendor);
    let found = package_dir(&vendor.join("node_modules"), pinned.as_deref())
        .or_else(|| npm_ci(&vendor, &out, pinned.as_deref()));
    let code = match found {
        Some((dir, version)) => {
            let mut fields = String::new();
            for (name, file) in FILES {
                let from = dir.join(file);
                let to = out.join(format!("ui-vendor-{PACKAGE}-{name}"));
                if let Err(e) = std::fs::copy(&from, &to) {
                    println!(
                        "cargo:warning=the store-ops map library is missing {}: {e}; the page draws without it",
                        from.display()
                    );
                    return write(&out, "None");
                }
                fields.push_str(&format!(
                    "    {name}: include_str!(concat!(env!(\"OUT_DIR\"), \"/ui-vendor-{PACKAGE}-{name}\")),\n"
                ));
            }
            format!(
                "Some(MapLibrary {{\n    name: {PACKAGE:?},\n    version: {version:?},\n{fields}}})"
            )
        }
        None => {
            println!(
                "cargo:warning=the store-ops page's map library ({PACKAGE}) is not built in: no npm, no network, or PERIMETER_UI_NPM=0. \
                 The page draws fences without a basemap. Run `npm ci --prefix crates/perimeter/ui-vendor` and build again (docs/store-ops.md)."
            );
            "None".to_owned()
        }
    };
    write(&out, &code)
}

fn write(out: &Path, value: &str) -> Result<(), String> {
    let code = format!(
        "/// The map library built into the page, or `None` (see `build.rs`).\nconst MAP_LIBRARY: Option<MapLibrary> = {value};\n"
    );
    let path = out.join("ui_vendor.rs");
    std::fs::write(&path, code).map_err(|e| format!("writing {}: {e}", path.display()))
}

/// The version `package-lock.json` pins.
fn pinned_version(vendor: &Path) -> Option<String> {
    let lock = std::fs::read_to_string(vendor.join("package-lock.json")).ok()?;
    version_after(&lock, &format!("\"node_modules/{PACKAGE}\""))
}

/// The first `"version": "..."` after `marker` in `json` (a small scan: a
/// build script with no dependencies).
fn version_after(json: &str, marker: &str) -> Option<String> {
    let rest = &json[json.find(marker)? + marker.len()..];
    let rest = &rest[rest.find("\"version\"")? + "\"version\"".len()..];
    let start = rest.find('"')? + 1;
    let end = start + rest[start..].find('"')?;
    Some(rest[start..end].to_owned())
}

/// `node_modules/PACKAGE` when it holds the pinned version.
fn package_dir(node_modules: &Path, pinned: Option<&str>) -> Option<(PathBuf, String)> {
    let dir = node_modules.join(PACKAGE);
    let manifest = std::fs::read_to_string(dir.join("package.json")).ok()?;
    let version = version_after(&manifest, "{")?;
    match pinned {
        Some(p) if p != version => {
            println!(
                "cargo:warning={} has {PACKAGE} {version}, package-lock.json pins {p}: ignored (run npm ci again)",
                node_modules.display()
            );
            None
        }
        _ => Some((dir, version)),
    }
}

/// `npm ci` of the pinned package into `OUT_DIR`, when npm is there.
fn npm_ci(vendor: &Path, out: &Path, pinned: Option<&str>) -> Option<(PathBuf, String)> {
    if std::env::var("PERIMETER_UI_NPM").is_ok_and(|v| v == "0") {
        return None;
    }
    let dir = out.join("ui-vendor");
    if let Some(found) = package_dir(&dir.join("node_modules"), pinned) {
        return Some(found);
    }
    std::fs::create_dir_all(&dir).ok()?;
    for file in ["package.json", "package-lock.json"] {
        std::fs::copy(vendor.join(file), dir.join(file)).ok()?;
    }
    let status = Command::new("npm")
        .args([
            "ci",
            "--ignore-scripts",
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
        ])
        .current_dir(&dir)
        .status();
    match status {
        Ok(s) if s.success() => package_dir(&dir.join("node_modules"), pinned),
        Ok(s) => {
            println!("cargo:warning=npm ci for the store-ops map library failed ({s})");
            None
        }
        Err(_) => None, // no npm on this machine
    }
}
