//! `perimeter fences validate FILE`, `upload FILE`, `history`,
//! `rollback VERSION` and `export`: the store-ops command line, for scripts and for files too
//! large for the web page.
//!
//! Exit status: 0 success, 1 the file is invalid (every problem printed),
//! 2 anything else (unreadable file, server unreachable, wrong token).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};
use perimeter_fences::{FenceFormat, FenceGeometry, ValidationLimits, parse_fences};
use serde_json::Value;

use crate::config::ENV_ADMIN_TOKEN;

/// Exit status for an invalid fence file.
const EXIT_INVALID: u8 = 1;
/// Exit status for every other failure.
const EXIT_ERROR: u8 = 2;
/// Files at least this large get a progress bar while uploading.
const PROGRESS_FROM_BYTES: u64 = 1024 * 1024;
/// Ids listed per diff category before "... and N more".
const IDS_SHOWN: usize = 20;

/// `perimeter fences ...`
#[derive(Debug, clap::Subcommand)]
pub enum FencesCommand {
    /// Check a fence file (GeoJSON FeatureCollection or CSV of circles)
    /// exactly as an upload would, without any network: exit 0 if valid,
    /// 1 with every problem listed if not.
    Validate {
        /// The fence file.
        file: PathBuf,
        /// The file's format; by default from its extension (.csv is
        /// CSV), else from its first character.
        #[arg(long, value_enum)]
        format: Option<FormatArg>,
        /// The limits the instances apply (`[fences]` in their
        /// configuration), when not the defaults.
        #[command(flatten)]
        limits: LimitArgs,
    },
    /// Replace the live fence catalog with a file through the admin API
    /// (PUT /v1/fences) and print what changed.
    Upload {
        /// The fence file.
        file: PathBuf,
        /// Base URL of a Perimeter instance's HTTP server, e.g.
        /// http://perimeter:9464.
        #[arg(long, value_name = "URL")]
        api: String,
        /// Validate and show the diff against the live catalog; publish
        /// nothing.
        #[arg(long)]
        dry_run: bool,
        /// The admin bearer token; prefer the environment variable, which
        /// does not show in process listings.
        #[arg(long, env = ENV_ADMIN_TOKEN, hide_env_values = true)]
        token: Option<String>,
        /// The file's format; by default from its extension.
        #[arg(long, value_enum)]
        format: Option<FormatArg>,
        /// How long to wait for the answer (validation of a large file and
        /// publishing take a while).
        #[arg(long, default_value = "5m")]
        timeout: humantime::Duration,
        /// Add or replace the file's fences and keep every other live
        /// fence (PATCH /v1/fences), instead of replacing the catalog.
        #[arg(long)]
        upsert: bool,
        /// Publish only if the catalog is still at this version (the
        /// `base_version` of your dry run); otherwise nothing is published
        /// and the current diff is shown (exit 2).
        #[arg(long, value_name = "VERSION")]
        base_version: Option<u64>,
    },
    /// List the catalog's versions, newest first: when, by whom, how, from
    /// which file, and what changed (GET /v1/catalog/history).
    History {
        /// Base URL of a Perimeter instance's HTTP server.
        #[arg(long, value_name = "URL")]
        api: String,
    },
    /// Put the catalog back as it was at VERSION, as a new version
    /// (POST /v1/catalog/rollback); prints what changes.
    Rollback {
        /// The version whose catalog to restore.
        version: u64,
        /// Base URL of a Perimeter instance's HTTP server.
        #[arg(long, value_name = "URL")]
        api: String,
        /// Show the diff; publish nothing.
        #[arg(long)]
        dry_run: bool,
        /// The admin bearer token; prefer the environment variable.
        #[arg(long, env = ENV_ADMIN_TOKEN, hide_env_values = true)]
        token: Option<String>,
    },
    /// Which live fences are near a position, whether each contains it,
    /// and the presence rule that decides what a ping there says about
    /// each (GET /v1/explain).
    Explain {
        /// Base URL of a Perimeter instance's HTTP server.
        #[arg(long, value_name = "URL")]
        api: String,
        /// Latitude, degrees.
        #[arg(long, allow_hyphen_values = true)]
        lat: f64,
        /// Longitude, degrees.
        #[arg(long, allow_hyphen_values = true)]
        lon: f64,
        /// The ping's accuracy radius in metres.
        #[arg(long, default_value_t = 10.0)]
        accuracy_m: f64,
    },
    /// Write the catalog as the fences topic holds it, as a GeoJSON
    /// FeatureCollection that uploads again unchanged
    /// (GET /v1/catalog/export).
    Export {
        /// Base URL of a Perimeter instance's HTTP server.
        #[arg(long, value_name = "URL")]
        api: String,
        /// Where to write it; standard output by default.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

/// `--format`
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum FormatArg {
    /// A GeoJSON FeatureCollection.
    Geojson,
    /// CSV of circles with a header row.
    Csv,
}

/// Runs a `perimeter fences` command; returns the exit status.
pub fn main(command: FencesCommand) -> ExitCode {
    match command {
        FencesCommand::Validate {
            file,
            format,
            limits,
        } => validate(&file, format, &limits.limits()),
        FencesCommand::Upload {
            file,
            api,
            dry_run,
            token,
            format,
            timeout,
            upsert,
            base_version,
        } => upload(&Upload {
            file: &file,
            api: &api,
            dry_run,
            token: token.as_deref(),
            format,
            timeout: timeout.into(),
            upsert,
            base_version,
        }),
        FencesCommand::History { api } => history(&api),
        FencesCommand::Rollback {
            version,
            api,
            dry_run,
            token,
        } => rollback(version, &api, dry_run, token.as_deref()),
        FencesCommand::Export { api, output } => export(&api, output.as_deref()),
        FencesCommand::Explain {
            api,
            lat,
            lon,
            accuracy_m,
        } => explain(&api, lat, lon, accuracy_m),
    }
}

/// `GET url`: the status and body, or a message saying why nothing came.
fn get_text(url: &str) -> Result<(u16, String), String> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(300)))
        .build()
        .into();
    let mut response = agent
        .get(url)
        .call()
        .map_err(|e| format!("GET {url}: {e}"))?;
    let status = response.status().as_u16();
    let text = response
        .body_mut()
        .with_config()
        .limit(1024 * 1024 * 1024)
        .read_to_string()
        .map_err(|e| format!("GET {url}: reading the answer: {e}"))?;
    Ok((status, text))
}

fn explain(api: &str, lat: f64, lon: f64, accuracy_m: f64) -> ExitCode {
    let url = format!(
        "{}/v1/explain?lat={lat}&lon={lon}&accuracy_m={accuracy_m}",
        api.trim_end_matches('/')
    );
    let (status, text) = match get_text(&url) {
        Ok(r) => r,
        Err(e) => return fail(&e),
    };
    let json: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
    if status != 200 {
        let message = json["message"].as_str().unwrap_or(text.trim());
        return fail(&format!("GET {url}: HTTP {status}: {message}"));
    }
    println!(
        "catalog version {}: fences within {} m of ({lat}, {lon}), accuracy {accuracy_m} m (exit margin {} m)",
        json["catalog_version"], json["radius_m"], json["exit_margin_m"]
    );
    let fences = json["fences"].as_array().map_or(&[][..], Vec::as_slice);
    if fences.is_empty() {
        println!("no fence near: a ping here reads as outside every fence");
    }
    for f in fences {
        println!(
            "{:<24} {:<16} {:>9} m  {:<18} {}",
            f["fence_id"].as_str().unwrap_or("-"),
            f["store_id"].as_str().unwrap_or("-"),
            f["distance_to_edge_m"],
            f["reading"].as_str().unwrap_or("-"),
            f["rule"].as_str().unwrap_or("-"),
        );
    }
    ExitCode::SUCCESS
}

fn history(api: &str) -> ExitCode {
    let url = format!("{}/v1/catalog/history", api.trim_end_matches('/'));
    let (status, text) = match get_text(&url) {
        Ok(r) => r,
        Err(e) => return fail(&e),
    };
    let json: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
    if status != 200 {
        let message = json["message"].as_str().unwrap_or(text.trim());
        return fail(&format!("GET {url}: HTTP {status}: {message}"));
    }
    println!("catalog version {}", json["version"]);
    for v in json["versions"].as_array().into_iter().flatten() {
        let c = &v["changes"];
        let state = if v["committed_at"].is_null() {
            " (not committed)"
        } else {
            ""
        };
        println!(
            "v{:<5} {}  {:<16} {:<8} {:<24} +{} ~{} -{} -> {} fences{state}",
            v["version"],
            v["claimed_at"].as_str().unwrap_or("-"),
            v["author"].as_str().unwrap_or("-"),
            v["mode"].as_str().unwrap_or("-"),
            v["file_name"].as_str().unwrap_or("-"),
            c["added"],
            c["changed"],
            c["removed"],
            c["fence_count"],
        );
    }
    ExitCode::SUCCESS
}

fn rollback(version: u64, api: &str, dry_run: bool, token: Option<&str>) -> ExitCode {
    let Some(token) = token else {
        return fail(&format!(
            "no admin token: set {ENV_ADMIN_TOKEN} (or pass --token)"
        ));
    };
    let url = format!(
        "{}/v1/catalog/rollback?version={version}{}",
        api.trim_end_matches('/'),
        if dry_run { "&dry_run=true" } else { "" }
    );
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(300)))
        .build()
        .into();
    let response = agent
        .post(&url)
        .header("Authorization", &format!("Bearer {token}"))
        .send_empty();
    let mut response = match response {
        Ok(r) => r,
        Err(e) => return fail(&format!("POST {url}: {e}")),
    };
    let status = response.status().as_u16();
    let text = response.body_mut().read_to_string().unwrap_or_default();
    let json: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
    if status == 200 {
        println!("rollback to version {version}:");
        print_result(&json);
        ExitCode::SUCCESS
    } else {
        let message = json["message"].as_str().unwrap_or(text.trim());
        fail(&format!("POST {url}: HTTP {status}: {message}"))
    }
}

fn export(api: &str, output: Option<&Path>) -> ExitCode {
    let url = format!("{}/v1/catalog/export", api.trim_end_matches('/'));
    let (status, text) = match get_text(&url) {
        Ok(r) => r,
        Err(e) => return fail(&e),
    };
    if status != 200 {
        let json: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        let message = json["message"].as_str().unwrap_or(text.trim());
        return fail(&format!("GET {url}: HTTP {status}: {message}"));
    }
    match output {
        None => {
            println!("{text}");
            ExitCode::SUCCESS
        }
        Some(path) => match std::fs::write(path, text) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(&format!("cannot write {}: {e}", path.display())),
        },
    }
}

/// The format from the flag, else the extension, else the content.
fn format_of(path: &Path, flag: Option<FormatArg>, text_start: &str) -> FenceFormat {
    match flag {
        Some(FormatArg::Geojson) => FenceFormat::GeoJson,
        Some(FormatArg::Csv) => FenceFormat::Csv,
        None => match path.extension().and_then(|e| e.to_str()) {
            Some(e) if e.eq_ignore_ascii_case("csv") => FenceFormat::Csv,
            Some(e) if e.eq_ignore_ascii_case("geojson") || e.eq_ignore_ascii_case("json") => {
                FenceFormat::GeoJson
            }
            _ => FenceFormat::sniff(text_start),
        },
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("perimeter fences: {message}");
    ExitCode::from(EXIT_ERROR)
}

/// `fences validate`'s limit flags: the `[fences]` keys of the instances.
#[derive(Debug, clap::Args)]
pub struct LimitArgs {
    /// `fences.min_area_m2` of the instances.
    #[arg(long, value_name = "M2")]
    min_area_m2: Option<f64>,
    /// `fences.max_area_m2` of the instances.
    #[arg(long, value_name = "M2")]
    max_area_m2: Option<f64>,
    /// `fences.max_vertices` of the instances.
    #[arg(long, value_name = "N")]
    max_vertices: Option<usize>,
    /// `fences.min_radius_m` of the instances.
    #[arg(long, value_name = "M")]
    min_radius_m: Option<f64>,
    /// `fences.max_radius_m` of the instances.
    #[arg(long, value_name = "M")]
    max_radius_m: Option<f64>,
}

impl LimitArgs {
    fn limits(&self) -> ValidationLimits {
        let d = ValidationLimits::default();
        ValidationLimits {
            min_area_m2: self.min_area_m2.unwrap_or(d.min_area_m2),
            max_area_m2: self.max_area_m2.unwrap_or(d.max_area_m2),
            max_vertices: self.max_vertices.unwrap_or(d.max_vertices),
            min_radius_m: self.min_radius_m.unwrap_or(d.min_radius_m),
            max_radius_m: self.max_radius_m.unwrap_or(d.max_radius_m),
            ..d
        }
    }
}

fn validate(path: &Path, flag: Option<FormatArg>, limits: &ValidationLimits) -> ExitCode {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => return fail(&format!("cannot read {}: {e}", path.display())),
    };
    let format = format_of(path, flag, &text);
    match parse_fences(&text, format, limits) {
        Ok(catalog) => {
            let (mut polygons, mut multi, mut circles) = (0, 0, 0);
            for f in catalog.fences() {
                match f.geometry {
                    FenceGeometry::Polygon(_) => polygons += 1,
                    FenceGeometry::MultiPolygon(_) => multi += 1,
                    FenceGeometry::Circle { .. } => circles += 1,
                }
            }
            println!(
                "{}: valid, {} fences ({polygons} polygons, {multi} multipolygons, {circles} circles)",
                path.display(),
                catalog.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}: invalid: {e}", path.display());
            ExitCode::from(EXIT_INVALID)
        }
    }
}

struct Upload<'a> {
    file: &'a Path,
    api: &'a str,
    dry_run: bool,
    token: Option<&'a str>,
    format: Option<FormatArg>,
    timeout: Duration,
    upsert: bool,
    base_version: Option<u64>,
}

/// A reader that advances a progress bar.
struct Counting<R> {
    inner: R,
    bar: ProgressBar,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.bar.inc(n as u64);
        Ok(n)
    }
}

fn upload(u: &Upload<'_>) -> ExitCode {
    let Some(token) = u.token else {
        return fail(&format!(
            "no admin token: set {ENV_ADMIN_TOKEN} (or pass --token)"
        ));
    };
    let mut file = match std::fs::File::open(u.file) {
        Ok(f) => f,
        Err(e) => return fail(&format!("cannot open {}: {e}", u.file.display())),
    };
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let mut start = [0u8; 64];
    let n = file.read(&mut start).unwrap_or(0);
    let format = format_of(
        u.file,
        u.format,
        std::str::from_utf8(&start[..n]).unwrap_or(""),
    );
    let file = match std::fs::File::open(u.file) {
        Ok(f) => f,
        Err(e) => return fail(&format!("cannot open {}: {e}", u.file.display())),
    };
    let content_type = match format {
        FenceFormat::GeoJson => "application/geo+json",
        FenceFormat::Csv => "text/csv",
    };
    let mut query = vec![];
    if u.dry_run {
        query.push("dry_run=true".to_owned());
    }
    if let Some(v) = u.base_version {
        query.push(format!("base_version={v}"));
    }
    if let Some(name) = u.file.file_name().and_then(|n| n.to_str()) {
        let encoded: String = name
            .bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                    char::from(b).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect();
        query.push(format!("file_name={encoded}"));
    }
    let url = format!(
        "{}/v1/fences?{}",
        u.api.trim_end_matches('/'),
        query.join("&")
    );

    let bar = if size >= PROGRESS_FROM_BYTES {
        let bar = ProgressBar::new(size);
        bar.set_style(
            ProgressStyle::with_template("uploading {bar:40} {bytes}/{total_bytes} ({eta})")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let mut body = Counting {
        inner: file,
        bar: bar.clone(),
    };
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(u.timeout))
        .build()
        .into();
    let request = if u.upsert {
        agent.patch(&url)
    } else {
        agent.put(&url)
    };
    let response = request
        .header("Authorization", &format!("Bearer {token}"))
        .header("Content-Type", content_type)
        .header("Content-Length", &size.to_string())
        .send(ureq::SendBody::from_reader(&mut body));
    bar.finish_and_clear();
    let mut response = match response {
        Ok(r) => r,
        Err(e) => return fail(&format!("{} {url}: {e}", method(u))),
    };
    let status = response.status().as_u16();
    let text = response
        .body_mut()
        .with_config()
        .limit(64 * 1024 * 1024)
        .read_to_string()
        .unwrap_or_default();
    let json: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
    match status {
        200 => {
            print_result(&json);
            ExitCode::SUCCESS
        }
        422 => {
            print_invalid(u.file, &json);
            ExitCode::from(EXIT_INVALID)
        }
        409 => {
            eprintln!(
                "perimeter fences: nothing was published: {}",
                json["message"].as_str().unwrap_or("conflict")
            );
            eprintln!("the same file against version {}:", json["current_version"]);
            let mut against = json.clone();
            against["base_version"] = json["current_version"].clone();
            print_diff(&against);
            ExitCode::from(EXIT_ERROR)
        }
        _ => {
            let message = json["message"].as_str().unwrap_or(text.trim());
            fail(&format!("{} {url}: HTTP {status}: {message}", method(u)))
        }
    }
}

const fn method(u: &Upload<'_>) -> &'static str {
    if u.upsert { "PATCH" } else { "PUT" }
}

fn ids(v: &Value) -> Vec<&str> {
    v.as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

fn print_result(json: &Value) {
    print_diff(json);
    if json["dry_run"].as_bool() == Some(true) {
        println!("dry run: nothing was published");
    } else if json["published"].as_u64() == Some(0) {
        println!("identical to the live catalog: nothing was published");
    } else {
        println!(
            "published version {} ({} records); {}",
            json["version"].as_u64().unwrap_or(0),
            json["published"].as_u64().unwrap_or(0),
            if json["live"].as_bool() == Some(true) {
                "live"
            } else {
                "not live yet on the instance that answered (it will apply it from the topic)"
            }
        );
    }
}

/// The diff of an answer: counts, then the ids of each kind.
fn print_diff(json: &Value) {
    let diff = &json["diff"];
    let (added, changed, removed) = (
        ids(&diff["added"]),
        ids(&diff["changed"]),
        ids(&diff["removed"]),
    );
    let unchanged = diff["unchanged"].as_u64().unwrap_or(0);
    let base = json["base_version"].as_u64().unwrap_or(0);
    println!(
        "{} fences: {} added, {} changed, {} removed, {unchanged} unchanged (against live version {base})",
        json["fence_count"].as_u64().unwrap_or(0),
        added.len(),
        changed.len(),
        removed.len(),
    );
    for (label, list) in [
        ("added", &added),
        ("changed", &changed),
        ("removed", &removed),
    ] {
        if list.is_empty() {
            continue;
        }
        let shown: Vec<&str> = list.iter().take(IDS_SHOWN).copied().collect();
        let more = list.len().saturating_sub(IDS_SHOWN);
        println!(
            "  {label}: {}{}",
            shown.join(", "),
            if more > 0 {
                format!(" ... and {more} more")
            } else {
                String::new()
            }
        );
    }
}

fn print_invalid(file: &Path, json: &Value) {
    eprintln!(
        "{}: invalid: {}",
        file.display(),
        json["message"].as_str().unwrap_or("rejected")
    );
    for e in json["errors"].as_array().into_iter().flatten() {
        let place = match e["line"].as_u64() {
            // The row as a spreadsheet numbers it: the header is row 1.
            Some(line) => format!(
                "row {} (line {line})",
                e["index"].as_u64().map_or(0, |i| i + 2)
            ),
            None => format!("feature {}", e["index"]),
        };
        let id = e["id"]
            .as_str()
            .map(|id| format!(" (id {id:?})"))
            .unwrap_or_default();
        eprintln!(
            "  {place}{id}: {}",
            e["message"].as_str().unwrap_or("invalid")
        );
    }
}
