//! The configuration of `perimeter run`: one serde model, filled from
//! layers and checked as a whole before any network I/O.
//!
//! Precedence, lowest first: the model's `Default` (the only place a
//! default is written; most come from the library crates' own defaults),
//! the TOML file, environment variables, command-line flags. figment merges
//! the layers; each layer knows its [`Origin`], so every value can say
//! where it came from and every problem names the variable or the flag that
//! caused it. [`load`] returns [`Settings`], ready to become a
//! [`ProcessorConfig`], or a [`ConfigError`] listing every problem found.
//!
//! Every key `section.key` can be set by the variable
//! `PERIMETER_SECTION_KEY` (`PERIMETER_PROCESSOR_WORKERS`), librdkafka
//! properties by `PERIMETER_KAFKA_PROPERTY__NAME`, and any key by the flag
//! `--set section.key=value`. Any other `PERIMETER_*` variable is a
//! problem, so a misspelt variable never goes unnoticed, except those of
//! the project's own tools ([`TOOL_VARIABLES`]).
//!
//! The reference for users is `docs/configuration.md`; keep the two in step.

use std::collections::BTreeMap;
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use figment::error::Kind;
use figment::value::{Dict, Map, Value};
use figment::{Figment, Metadata, Profile, Provider};
use perimeter_fences::ValidationLimits;
use perimeter_offers::{CampaignFileError, CampaignRules};
use perimeter_presence::PresenceConfig;
use perimeter_stream::properties::{self, MASK};
use perimeter_stream::{
    Clock, ExactlyOnce, Guarantee, Health, LiveTables, OutputConfig, ProcessorConfig, SchemaIds,
    Topics,
};
use perimeter_wire::{OutputFormat, PingFormat, PingReader};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Prefix of every configuration variable.
pub const ENV_PREFIX: &str = "PERIMETER_";
/// Prefix of the environment variables that set librdkafka properties:
/// `PERIMETER_KAFKA_PROPERTY__SASL_PASSWORD` sets `sasl.password`.
pub const ENV_PROPERTY_PREFIX: &str = "PERIMETER_KAFKA_PROPERTY__";
/// Environment variable holding the admin API's bearer token
/// (`admin.token`); the usual place for it, so that it stays out of files.
pub const ENV_ADMIN_TOKEN: &str = "PERIMETER_ADMIN_TOKEN";
/// The usual tracing filter variable; sets `log.level` below every
/// `PERIMETER_*` variable (`PERIMETER_LOG_LEVEL` wins when both are set).
pub const ENV_RUST_LOG: &str = "RUST_LOG";
/// Shortest admin token accepted: a guessable token is no protection.
pub const MIN_ADMIN_TOKEN_LEN: usize = 16;
/// Most worker threads accepted: more than this is a typo, not a machine.
pub const MAX_WORKERS: usize = 1024;
/// Longest Kafka topic name.
const MAX_TOPIC_LEN: usize = 249;

// ---------------------------------------------------------------------------
// The model: every key, its type and its default
// ---------------------------------------------------------------------------

/// The configuration file's schema. Every section and key is optional;
/// `Default` is the value of an unset key.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
struct Model {
    kafka: KafkaModel,
    topics: TopicsModel,
    outputs: OutputsModel,
    pings: PingsModel,
    presence: PresenceModel,
    offers: OffersModel,
    processor: ProcessorModel,
    http: HttpModel,
    admin: AdminSettings,
    fences: FenceLimitsModel,
    log: LogModel,
}

/// The sections, in the order the reference documents them.
const SECTIONS: [&str; 11] = [
    "kafka",
    "topics",
    "outputs",
    "pings",
    "presence",
    "offers",
    "processor",
    "http",
    "admin",
    "fences",
    "log",
];

/// The processor's own defaults, the source of most defaults below.
fn processor_defaults() -> ProcessorConfig {
    ProcessorConfig::new(String::new(), String::new(), CampaignRules::default())
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
struct KafkaModel {
    /// Required: `None` is reported.
    brokers: Option<String>,
    group_id: String,
    #[serde(serialize_with = "show_properties")]
    properties: Dict,
}

impl Default for KafkaModel {
    fn default() -> Self {
        Self {
            brokers: None,
            group_id: "perimeter".to_owned(),
            properties: Dict::new(),
        }
    }
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
struct TopicsModel {
    pings: String,
    consent: String,
    fences: String,
    events: String,
    offers: String,
    dlq: String,
    suppressions: String,
    presence_state: String,
}

impl Default for TopicsModel {
    fn default() -> Self {
        let Topics {
            pings,
            consent,
            fences,
            events,
            offers,
            dlq,
            suppressions,
            presence_state,
        } = Topics::default();
        Self {
            pings,
            consent,
            fences,
            events,
            offers,
            dlq,
            suppressions,
            presence_state,
        }
    }
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
struct OutputsModel {
    #[serde(deserialize_with = "string_list")]
    propagate_headers: Vec<String>,
    partitioner: String,
    suppressions: bool,
    schema_ids: SchemaIdsModel,
    #[serde(serialize_with = "show_display")]
    format: OutputFormat,
}

impl Default for OutputsModel {
    fn default() -> Self {
        let d = OutputConfig::default();
        Self {
            propagate_headers: d.propagate_headers,
            partitioner: d.partitioner,
            suppressions: d.suppressions,
            schema_ids: SchemaIdsModel::default(),
            format: d.format,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
struct SchemaIdsModel {
    #[serde(skip_serializing_if = "Option::is_none")]
    events: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    offers: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    suppressions: Option<u32>,
}

/// librdkafka's `partitioner` values, for `outputs.partitioner`.
const PARTITIONERS: [&str; 7] = [
    "murmur2_random",
    "murmur2",
    "consistent_random",
    "consistent",
    "random",
    "fnv1a_random",
    "fnv1a",
];

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
struct PingsModel {
    #[serde(serialize_with = "show_display")]
    format: PingFormat,
    #[serde(deserialize_with = "duration", serialize_with = "show_duration")]
    max_future: Duration,
    #[serde(deserialize_with = "duration", serialize_with = "show_duration")]
    allowed_lateness: Duration,
}

impl Default for PingsModel {
    fn default() -> Self {
        let d = processor_defaults();
        Self {
            format: d.ping_reader.format,
            max_future: d.ping_reader.max_future,
            allowed_lateness: d.allowed_lateness,
        }
    }
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
struct PresenceModel {
    enter_accuracy_limit_m: f64,
    exit_buffer_m: f64,
    exit_accuracy_factor: f64,
    #[serde(deserialize_with = "duration", serialize_with = "show_duration")]
    exit_debounce: Duration,
    exit_debounce_pings: u16,
    #[serde(deserialize_with = "duration", serialize_with = "show_duration")]
    exit_after_silence: Duration,
}

impl Default for PresenceModel {
    fn default() -> Self {
        let d = PresenceConfig::default();
        Self {
            enter_accuracy_limit_m: d.enter_accuracy_limit_m,
            exit_buffer_m: d.exit_buffer_m,
            exit_accuracy_factor: d.exit_accuracy_factor,
            exit_debounce: d.exit_debounce,
            exit_debounce_pings: d.exit_debounce_pings,
            exit_after_silence: d.exit_after_silence,
        }
    }
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
struct OffersModel {
    /// Required: `None` is reported.
    campaigns: Option<PathBuf>,
}

/// `processor.guarantee`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
enum GuaranteeKind {
    #[default]
    AtLeastOnce,
    ExactlyOnce,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
struct ProcessorModel {
    workers: usize,
    #[serde(deserialize_with = "duration", serialize_with = "show_duration")]
    idle_partition_after: Duration,
    #[serde(deserialize_with = "duration", serialize_with = "show_duration")]
    startup_timeout: Duration,
    #[serde(deserialize_with = "duration", serialize_with = "show_duration")]
    shutdown_timeout: Duration,
    guarantee: GuaranteeKind,
    /// Default: `<group_id>-<host name>`, derived when needed.
    transactional_id: Option<String>,
    /// Exactly-once only; its default is applied there.
    #[serde(
        deserialize_with = "some_duration",
        serialize_with = "show_some_duration",
        skip_serializing_if = "Option::is_none"
    )]
    commit_interval: Option<Duration>,
    /// Exactly-once only; its default is applied there.
    #[serde(
        deserialize_with = "some_duration",
        serialize_with = "show_some_duration",
        skip_serializing_if = "Option::is_none"
    )]
    transaction_timeout: Option<Duration>,
}

impl Default for ProcessorModel {
    fn default() -> Self {
        let d = processor_defaults();
        Self {
            workers: d.workers,
            idle_partition_after: d.idle_partition_after,
            startup_timeout: d.startup_timeout,
            shutdown_timeout: d.shutdown_timeout,
            guarantee: GuaranteeKind::default(),
            transactional_id: None,
            commit_interval: None,
            transaction_timeout: None,
        }
    }
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
struct HttpModel {
    /// `None`: "off".
    #[serde(deserialize_with = "listen", serialize_with = "show_listen")]
    listen: Option<SocketAddr>,
    /// `None`: the admin API and the page are served on `listen`.
    #[serde(deserialize_with = "address", skip_serializing_if = "Option::is_none")]
    admin_listen: Option<SocketAddr>,
    #[serde(deserialize_with = "duration", serialize_with = "show_duration")]
    stall_timeout: Duration,
}

impl Default for HttpModel {
    fn default() -> Self {
        Self {
            listen: Some(SocketAddr::from(([0, 0, 0, 0], 9464))),
            admin_listen: None,
            stall_timeout: perimeter_stream::DEFAULT_STALL_TIMEOUT,
        }
    }
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
struct LogModel {
    level: String,
    format: LogFormat,
}

impl Default for LogModel {
    fn default() -> Self {
        Self {
            level: "info".to_owned(),
            format: LogFormat::default(),
        }
    }
}

/// How log lines are written (to stderr).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LogFormat {
    /// Human-readable lines.
    #[default]
    Text,
    /// One JSON object per line, for log collectors.
    Json,
}

impl fmt::Display for LogFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Text => "text",
            Self::Json => "json",
        })
    }
}

/// The bounds of a valid fence (`[fences]`): the admin API refuses an
/// upload outside them, and the processors refuse a fence record outside
/// them (to the dead-letter topic), so both apply the same rule.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
struct FenceLimitsModel {
    /// Smallest polygon area, square metres.
    min_area_m2: f64,
    /// Largest polygon area, square metres.
    max_area_m2: f64,
    /// Most vertices (corners) in one fence, all rings and parts together.
    max_vertices: usize,
    /// Smallest circle radius, metres.
    min_radius_m: f64,
    /// Largest circle radius, metres.
    max_radius_m: f64,
}

impl Default for FenceLimitsModel {
    fn default() -> Self {
        let d = ValidationLimits::default();
        Self {
            min_area_m2: d.min_area_m2,
            max_area_m2: d.max_area_m2,
            max_vertices: d.max_vertices,
            min_radius_m: d.min_radius_m,
            max_radius_m: d.max_radius_m,
        }
    }
}

/// The admin API's settings (`[admin]`).
#[derive(Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct AdminSettings {
    /// The bearer token of mutating requests; `None`: the API is read-only.
    #[serde(serialize_with = "show_secret")]
    pub token: Option<String>,
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// How long an upload waits for its version to go live in this
    /// instance before answering `"live": false`.
    #[serde(deserialize_with = "duration", serialize_with = "show_duration")]
    pub live_wait: Duration,
    /// How long an upload or erase may wait for the broker's
    /// acknowledgements.
    #[serde(deserialize_with = "duration", serialize_with = "show_duration")]
    pub publish_timeout: Duration,
    /// `admin.tokens`: named tokens, (name, token); the name is recorded
    /// as the author of each change made with the token.
    #[serde(
        rename = "tokens",
        deserialize_with = "named_tokens",
        serialize_with = "show_named_tokens",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub named_tokens: Vec<(String, String)>,
    /// `admin.identity_header`: a header set by an authenticating proxy
    /// that names the person; when set, every change must carry it and
    /// its value is recorded as the author. Off by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity_header: Option<String>,
    /// `admin.basemap_url`: an XYZ tile URL template
    /// (`https://tiles.example.com/{z}/{x}/{y}.png`) drawn under the fences
    /// on the store-ops page; `None`: no basemap, nothing fetched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub basemap_url: Option<String>,
    /// `admin.basemap_attribution`: the credit the tile server's terms ask
    /// for, shown in the map's corner.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub basemap_attribution: Option<String>,
}

impl Default for AdminSettings {
    fn default() -> Self {
        Self {
            token: None,
            // A 100k-fence GeoJSON file is about 128 MiB, a city's catalog
            // a few MiB.
            max_body_bytes: 64 * 1024 * 1024,
            live_wait: Duration::from_secs(10),
            publish_timeout: Duration::from_secs(30),
            named_tokens: Vec::new(),
            identity_header: None,
            basemap_url: None,
            basemap_attribution: None,
        }
    }
}

impl fmt::Debug for AdminSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AdminSettings")
            .field("token", &self.token.as_ref().map(|_| MASK))
            .field("max_body_bytes", &self.max_body_bytes)
            .field("live_wait", &self.live_wait)
            .field("publish_timeout", &self.publish_timeout)
            .field(
                "named_tokens",
                &self
                    .named_tokens
                    .iter()
                    .map(|(name, _)| (name.as_str(), MASK))
                    .collect::<Vec<_>>(),
            )
            .field("identity_header", &self.identity_header)
            .finish()
    }
}

/// A duration in humantime syntax ("30s", "5m", "1h 30m").
fn duration<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
    let text = String::deserialize(d)?;
    humantime::parse_duration(text.trim()).map_err(|e| {
        serde::de::Error::custom(format!(
            "{text:?} is not a duration ({e}); write e.g. \"30s\", \"5m\", \"1h 30m\""
        ))
    })
}

fn some_duration<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Duration>, D::Error> {
    duration(d).map(Some)
}

fn show_some_duration<S: Serializer>(d: &Option<Duration>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => show_duration(d, s),
        None => s.serialize_none(),
    }
}

fn show_duration<S: Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&humantime::format_duration(*d))
}

fn show_listen<S: Serializer>(l: &Option<SocketAddr>, s: S) -> Result<S::Ok, S::Error> {
    match l {
        Some(a) => s.collect_str(a),
        None => s.serialize_str("off"),
    }
}

fn show_secret<S: Serializer>(t: &Option<String>, s: S) -> Result<S::Ok, S::Error> {
    match t {
        Some(_) => s.serialize_str(MASK),
        None => s.serialize_none(),
    }
}

fn named_tokens<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<(String, String)>, D::Error> {
    Ok(BTreeMap::<String, String>::deserialize(d)?
        .into_iter()
        .collect())
}

fn show_named_tokens<S: Serializer>(t: &[(String, String)], s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(t.iter().map(|(name, _)| (name, MASK)))
}

fn show_properties<S: Serializer>(p: &Dict, s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(p.iter().map(|(k, v)| {
        let v = if properties::is_secret(k) {
            Value::from(MASK.to_owned())
        } else {
            v.clone()
        };
        (k, v)
    }))
}

fn show_display<T: fmt::Display, S: Serializer>(v: &T, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(v)
}

/// A list of strings: an array in the file, or comma-separated text (from
/// the environment or a flag; empty text is an empty list).
fn string_list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum List {
        Text(String),
        Array(Vec<String>),
    }
    Ok(match List::deserialize(d)? {
        List::Array(items) => items,
        List::Text(text) => text
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect(),
    })
}

/// An IP address and port.
fn address<'de, D: Deserializer<'de>>(d: D) -> Result<Option<SocketAddr>, D::Error> {
    let text = String::deserialize(d)?;
    text.trim().parse().map(Some).map_err(|_| {
        serde::de::Error::custom(format!(
            "{text:?} is not an IP address and port (e.g. \"127.0.0.1:9465\", \"[::1]:9465\")"
        ))
    })
}

/// An IP address and port, or "off".
fn listen<'de, D: Deserializer<'de>>(d: D) -> Result<Option<SocketAddr>, D::Error> {
    let text = String::deserialize(d)?;
    if text.trim() == "off" {
        return Ok(None);
    }
    text.trim().parse().map(Some).map_err(|_| {
        serde::de::Error::custom(format!(
            "{text:?} is not an IP address and port (e.g. \"0.0.0.0:9464\", \"[::]:9464\") or \"off\""
        ))
    })
}

// ---------------------------------------------------------------------------
// Problems
// ---------------------------------------------------------------------------

/// One thing wrong with the configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Dotted key path (`presence.exit_debounce_pings`), or empty for the
    /// configuration as a whole.
    pub key: String,
    /// What is wrong and, where it helps, how to fix it.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.key.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.key, self.message)
        }
    }
}

/// A configuration that cannot be used, with every problem found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ConfigError {
    /// The configuration file.
    pub file: PathBuf,
    /// Every problem: first the values that could not be read (unknown
    /// keys, wrong types), then what the checks found, section by section.
    pub problems: Vec<Problem>,
}

#[cfg(test)]
impl ConfigError {
    /// Whether some problem is about `key` and its message contains `text`.
    #[must_use]
    pub fn has(&self, key: &str, text: &str) -> bool {
        self.problems
            .iter()
            .any(|p| p.key == key && p.message.contains(text))
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.problems.len();
        write!(
            f,
            "configuration {} rejected, {n} problem{}:",
            self.file.display(),
            if n == 1 { "" } else { "s" }
        )?;
        for p in &self.problems {
            write!(f, "\n  - {p}")?;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------
// Layers: where values come from
// ---------------------------------------------------------------------------

/// The environment, as a map, so that tests can pass their own instead of
/// mutating the process environment.
#[derive(Debug, Clone, Default)]
pub struct Env {
    vars: BTreeMap<String, String>,
}

impl Env {
    /// The process environment (variables that are not valid UTF-8 are
    /// skipped).
    #[must_use]
    pub fn from_process() -> Self {
        Self {
            vars: std::env::vars_os()
                .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
                .collect(),
        }
    }

    /// An environment of exactly these variables.
    #[cfg(test)]
    pub fn from_pairs<K: Into<String>, V: Into<String>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        Self {
            vars: pairs
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        }
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.vars.get(name).map(String::as_str)
    }
}

/// Command-line flags that override the file and the environment.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// `--brokers`
    pub brokers: Option<String>,
    /// `--group-id`
    pub group_id: Option<String>,
    /// `--http-listen`
    pub http_listen: Option<String>,
    /// `--campaigns`, relative to the working directory.
    pub campaigns: Option<PathBuf>,
    /// `--workers`
    pub workers: Option<usize>,
    /// `--log-level`
    pub log_level: Option<String>,
    /// `--set section.key=value`, any key.
    pub set: Vec<String>,
}

/// Where a value was set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Nobody set it.
    Default,
    /// The configuration file.
    File,
    /// This environment variable.
    Env(String),
    /// This command-line flag (`--workers`, `--set processor.workers`).
    Flag(String),
}

impl Origin {
    /// `" (from env X)"` or `" (from flag --x)"`: appended to problems so
    /// that a bad override is not searched for in the file.
    fn suffix(&self) -> String {
        match self {
            Self::Default | Self::File => String::new(),
            other => format!(" (from {other})"),
        }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Default => f.write_str("default"),
            Self::File => f.write_str("file"),
            Self::Env(name) => write!(f, "env {name}"),
            Self::Flag(name) => write!(f, "flag {name}"),
        }
    }
}

/// Values from one origin, as a figment provider. A key path is a list of
/// names; librdkafka property names are one name each (`kafka`,
/// `properties`, `sasl.password`), whichever way they were written.
#[derive(Debug, Clone)]
struct Layer {
    origin: Origin,
    data: Dict,
}

impl Provider for Layer {
    fn metadata(&self) -> Metadata {
        Metadata::named(self.origin.to_string())
    }

    fn data(&self) -> figment::Result<Map<Profile, Dict>> {
        Ok(Profile::Default.collect(self.data.clone()))
    }
}

impl Layer {
    /// One value at `path`.
    fn one(origin: Origin, path: &[String], value: Value) -> Self {
        let mut value = value;
        for name in path.iter().rev() {
            let mut dict = Dict::new();
            dict.insert(name.clone(), value);
            value = Value::from(dict);
        }
        let data = match value {
            Value::Dict(_, dict) => dict,
            _ => Dict::new(),
        };
        Self { origin, data }
    }

    fn find(&self, path: &[String]) -> bool {
        let mut dict = &self.data;
        for (i, name) in path.iter().enumerate() {
            match dict.get(name) {
                None => return false,
                Some(_) if i + 1 == path.len() => return true,
                Some(Value::Dict(_, inner)) => dict = inner,
                Some(_) => return false,
            }
        }
        false
    }

    fn remove(&mut self, path: &[String]) -> bool {
        fn go(dict: &mut Dict, path: &[String]) -> bool {
            match path {
                [] => false,
                [last] => dict.remove(last).is_some(),
                [first, rest @ ..] => match dict.get_mut(first) {
                    Some(Value::Dict(_, inner)) => go(inner, rest),
                    _ => false,
                },
            }
        }
        go(&mut self.data, path)
    }

    /// Every key path this layer sets.
    fn keys(&self) -> Vec<Vec<String>> {
        fn go(dict: &Dict, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
            for (name, value) in dict {
                prefix.push(name.clone());
                let properties = prefix.len() == 3 && prefix[..2] == ["kafka", "properties"];
                match value {
                    Value::Dict(_, inner) if !properties => go(inner, prefix, out),
                    _ => out.push(prefix.clone()),
                }
                prefix.pop();
            }
        }
        let mut out = Vec::new();
        go(&self.data, &mut Vec::new(), &mut out);
        out
    }
}

/// A dotted key as a path: `kafka.properties.sasl.password` is
/// `[kafka, properties, sasl.password]`.
fn path_of(key: &str) -> Vec<String> {
    match key.strip_prefix("kafka.properties.") {
        Some(name) => vec!["kafka".into(), "properties".into(), name.into()],
        None => key.split('.').map(str::to_owned).collect(),
    }
}

/// The file as a layer. Nested property tables become dotted names, so
/// `"security.protocol" = "SSL"` and `security.protocol = "SSL"` mean the
/// same and override each other.
fn file_layer(mut root: toml::Table, problems: &mut Vec<Problem>) -> Layer {
    let properties = root
        .get_mut("kafka")
        .and_then(toml::Value::as_table_mut)
        .and_then(|kafka| kafka.remove("properties"));
    let mut layer = match Value::serialize(&root) {
        Ok(Value::Dict(_, data)) => Layer {
            origin: Origin::File,
            data,
        },
        _ => {
            problems.push(Problem {
                key: String::new(),
                message: "cannot read the file's values".to_owned(),
            });
            Layer {
                origin: Origin::File,
                data: Dict::new(),
            }
        }
    };
    match properties {
        Some(toml::Value::Table(table)) => {
            let mut flat = Vec::new();
            flatten("", &table, &mut flat);
            for (name, value) in flat {
                if let Ok(value) = Value::serialize(&value) {
                    let path = vec!["kafka".into(), "properties".into(), name];
                    merge_into(&mut layer.data, Layer::one(Origin::File, &path, value).data);
                }
            }
        }
        Some(_) => problems.push(Problem {
            key: "kafka.properties".into(),
            message: "must be a table ([kafka.properties])".into(),
        }),
        None => {}
    }
    layer
}

fn merge_into(into: &mut Dict, from: Dict) {
    for (name, value) in from {
        match (into.get_mut(&name), value) {
            (Some(Value::Dict(_, a)), Value::Dict(_, b)) => merge_into(a, b),
            (_, value) => {
                into.insert(name, value);
            }
        }
    }
}

/// Nested TOML tables become dotted names.
fn flatten(prefix: &str, table: &toml::Table, out: &mut Vec<(String, toml::Value)>) {
    for (k, v) in table {
        let name = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match v {
            toml::Value::Table(t) => flatten(&name, t, out),
            other => out.push((name, other.clone())),
        }
    }
}

/// Variables of the project's own tools (benchmarks, the end-to-end and
/// crash tests, the build of the page's map library): not configuration, so
/// neither read nor refused.
const TOOL_VARIABLES: [&str; 5] = [
    "PERIMETER_BENCH_",
    "PERIMETER_E2E_",
    "PERIMETER_CRASH_",
    "PERIMETER_UI_NPM",
    "PERIMETER_BIN",
];

/// The environment's layers, lowest first: `RUST_LOG`, then every
/// `PERIMETER_*` variable. Values are text; a number or a boolean is read
/// from it where the key needs one.
fn env_layers(env: &Env, problems: &mut Vec<Problem>) -> Vec<Layer> {
    let mut layers = Vec::new();
    if let Some(filter) = env.get(ENV_RUST_LOG) {
        layers.push(Layer::one(
            Origin::Env(ENV_RUST_LOG.into()),
            &path_of("log.level"),
            Value::from(filter.to_owned()),
        ));
    }
    for (var, value) in &env.vars {
        let Some(rest) = var.strip_prefix(ENV_PREFIX) else {
            continue;
        };
        if TOOL_VARIABLES.iter().any(|t| var.starts_with(t)) {
            continue;
        }
        let path = if let Some(name) = var.strip_prefix(ENV_PROPERTY_PREFIX) {
            if name.is_empty() {
                problems.push(Problem {
                    key: "kafka.properties".into(),
                    message: format!("{var} names no property: write {ENV_PROPERTY_PREFIX}SASL_PASSWORD for sasl.password"),
                });
                continue;
            }
            let name = name.to_ascii_lowercase().replace('_', ".");
            vec!["kafka".into(), "properties".into(), name]
        } else {
            let rest = rest.to_ascii_lowercase();
            match rest.split_once('_') {
                // `__` separates the levels of a nested table:
                // PERIMETER_OUTPUTS_SCHEMA_IDS__EVENTS.
                Some((section, key)) if SECTIONS.contains(&section) => std::iter::once(section)
                    .chain(key.split("__"))
                    .map(str::to_owned)
                    .collect(),
                _ => {
                    problems.push(Problem {
                        key: String::new(),
                        message: format!(
                            "{var} is not a configuration variable: Perimeter reads PERIMETER_<SECTION>_<KEY> with a section of {} (see docs/configuration.md)",
                            SECTIONS.join(", ")
                        ),
                    });
                    continue;
                }
            }
        };
        layers.push(Layer::one(
            Origin::Env(var.clone()),
            &path,
            Value::from(value.clone()),
        ));
    }
    layers
}

/// The flags' layers, in command-line order after the named flags.
fn flag_layers(flags: &Overrides, problems: &mut Vec<Problem>) -> Vec<Layer> {
    let named = [
        ("--brokers", "kafka.brokers", flags.brokers.clone()),
        ("--group-id", "kafka.group_id", flags.group_id.clone()),
        ("--http-listen", "http.listen", flags.http_listen.clone()),
        (
            "--campaigns",
            "offers.campaigns",
            flags
                .campaigns
                .as_ref()
                .map(|p| p.to_string_lossy().into_owned()),
        ),
        (
            "--workers",
            "processor.workers",
            flags.workers.map(|w| w.to_string()),
        ),
        ("--log-level", "log.level", flags.log_level.clone()),
    ];
    let mut layers: Vec<Layer> = named
        .into_iter()
        .filter_map(|(flag, key, value)| {
            value.map(|v| Layer::one(Origin::Flag(flag.into()), &path_of(key), Value::from(v)))
        })
        .collect();
    for set in &flags.set {
        match set.split_once('=') {
            Some((key, value)) if !key.trim().is_empty() => layers.push(Layer::one(
                Origin::Flag(format!("--set {}", key.trim())),
                &path_of(key.trim()),
                Value::from(value.to_owned()),
            )),
            _ => problems.push(Problem {
                key: String::new(),
                message: format!("--set {set:?}: write --set section.key=value"),
            }),
        }
    }
    layers
}

/// Where the value at `path` came from: the highest layer setting it.
fn origin_of(layers: &[Layer], path: &[String]) -> Origin {
    layers
        .iter()
        .rev()
        .find(|l| l.find(path))
        .map_or(Origin::Default, |l| l.origin.clone())
}

/// Merges the layers into the model. serde stops at the first bad value,
/// so a bad value is reported, taken out of every layer (its default or a
/// lower layer's value takes its place) and the model read again: every
/// bad key is reported at once, and the good keys around it are still
/// checked.
fn extract(layers: &mut [Layer], problems: &mut Vec<Problem>) -> Model {
    loop {
        let figment = layers
            .iter()
            .fold(Figment::new(), |f, layer| f.merge(layer.clone()));
        let errors = match figment.extract_lossy::<Model>() {
            Ok(model) => return model,
            Err(errors) => errors,
        };
        let mut removed = false;
        for e in errors {
            let mut path = e.path.clone();
            let message = match &e.kind {
                Kind::UnknownField(name, expected) => {
                    // figment's path ends with the unknown name already.
                    if path.last() != Some(name) {
                        path.push(name.clone());
                    }
                    let what = if path.len() == 1 { "section" } else { "key" };
                    format!("unknown {what} (expected one of {})", expected.join(", "))
                }
                Kind::UnknownVariant(name, expected) => {
                    format!("{name:?} is not one of {}", expected.join(", "))
                }
                Kind::Message(m) => m.clone(),
                other => other.to_string(),
            };
            let key = path.join(".");
            let secret = key == "admin.token"
                || key.starts_with("admin.tokens.")
                || (key.starts_with("kafka.properties.") && properties::is_secret(&key));
            let message = if secret {
                "invalid value (hidden: it is a secret)".to_owned()
            } else {
                message
            };
            let origin = origin_of(layers, &path);
            problems.push(Problem {
                key,
                message: format!("{message}{}", origin.suffix()),
            });
            for layer in layers.iter_mut() {
                removed |= layer.remove(&path);
            }
        }
        if !removed {
            // Nothing to take out: the error is not about one key.
            return Model::default();
        }
    }
}

// ---------------------------------------------------------------------------
// The result
// ---------------------------------------------------------------------------

/// librdkafka properties given by the user, in name order. Their `Debug`
/// and [`masked`](Self::masked) forms hide secret values.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct KafkaProperties(Vec<(String, String)>);

impl KafkaProperties {
    /// Name and value pairs, secrets included: only for the Kafka clients.
    #[must_use]
    pub fn expose(&self) -> &[(String, String)] {
        &self.0
    }

    /// `name=value` pairs with every secret value replaced by [`MASK`].
    #[must_use]
    pub fn masked(&self) -> Vec<String> {
        self.0
            .iter()
            .map(|(k, v)| format!("{k}={}", if properties::is_secret(k) { MASK } else { v }))
            .collect()
    }
}

impl fmt::Debug for KafkaProperties {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.masked()).finish()
    }
}

/// A validated configuration.
#[derive(Debug)]
pub struct Settings {
    /// The configuration file it came from.
    pub file: PathBuf,
    /// `kafka.brokers`: `bootstrap.servers`.
    pub brokers: String,
    /// `kafka.group_id`.
    pub group_id: String,
    /// `kafka.properties`.
    pub kafka_properties: KafkaProperties,
    /// `[topics]`.
    pub topics: Topics,
    /// `[outputs]`.
    pub outputs: OutputConfig,
    /// `pings.format` and `pings.max_future`.
    pub ping_reader: PingReader,
    /// `pings.allowed_lateness`.
    pub allowed_lateness: Duration,
    /// `[presence]`.
    pub presence: PresenceConfig,
    /// `offers.campaigns`, resolved.
    pub campaigns_path: PathBuf,
    /// The campaigns file, loaded and validated.
    pub rules: CampaignRules,
    /// `processor.workers` (0: one per core).
    pub workers: usize,
    /// `processor.idle_partition_after`.
    pub idle_partition_after: Duration,
    /// `processor.startup_timeout`.
    pub startup_timeout: Duration,
    /// `processor.shutdown_timeout`.
    pub shutdown_timeout: Duration,
    /// `processor.guarantee` and, for exactly-once, its settings.
    pub guarantee: Guarantee,
    /// `http.listen`; `None` when "off".
    pub http_listen: Option<SocketAddr>,
    /// `http.admin_listen`: where the admin API and the store-ops page are
    /// served instead of `http.listen`; `None`: on `http.listen`.
    pub admin_listen: Option<SocketAddr>,
    /// `http.stall_timeout`: how long the poll loop or a worker may make no
    /// progress while work is waiting before `/healthz` fails.
    pub stall_timeout: Duration,
    /// `[admin]`.
    pub admin: AdminSettings,
    /// `[fences]`: the bounds of a valid fence, for the admin API and the
    /// processor alike.
    pub fence_limits: ValidationLimits,
    /// `log.level`: a tracing filter.
    pub log_level: String,
    /// `log.format`.
    pub log_format: LogFormat,
    /// Every key set by the file, the environment or a flag, and by which
    /// (the highest layer); a key not listed has its default.
    pub origins: BTreeMap<String, Origin>,
    /// The configuration in force as TOML, secrets hidden.
    shown: String,
}

impl Settings {
    /// Where the value of `key` (`processor.workers`) came from.
    #[cfg(test)]
    #[must_use]
    pub fn origin(&self, key: &str) -> Origin {
        self.origins.get(key).cloned().unwrap_or(Origin::Default)
    }

    /// The processor's configuration. `health` and `live` are shared with
    /// the HTTP server; `clock` is [`Clock::system`] in production.
    #[must_use]
    pub fn processor_config(
        &self,
        health: Health,
        live: LiveTables,
        clock: Clock,
    ) -> ProcessorConfig {
        let mut c = ProcessorConfig::new(&*self.brokers, &*self.group_id, self.rules.clone());
        c.topics = self.topics.clone();
        c.outputs = self.outputs.clone();
        c.presence = self.presence.clone();
        c.ping_reader = self.ping_reader;
        c.allowed_lateness = self.allowed_lateness;
        c.clock = clock;
        c.startup_timeout = self.startup_timeout;
        c.shutdown_timeout = self.shutdown_timeout;
        c.workers = self.workers;
        c.idle_partition_after = self.idle_partition_after;
        health.set_stall_timeout(self.stall_timeout);
        c.health = health;
        c.live = live;
        c.kafka_properties = self.kafka_properties.expose().to_vec();
        c.guarantee = self.guarantee.clone();
        c.fence_limits = self.fence_limits;
        c
    }

    /// The configuration in force as TOML, secrets hidden, each key set
    /// by the file, the environment or a flag followed by where it came
    /// from: what `perimeter run --check` prints.
    #[must_use]
    pub fn summary(&self) -> String {
        let mut section = String::new();
        let mut out = format!("# {}: the configuration in force\n", self.file.display());
        for line in self.shown.lines() {
            if let Some(header) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                header.clone_into(&mut section);
            }
            let origin = line.split_once(" = ").and_then(|(k, _)| {
                self.origins
                    .get(&format!("{section}.{}", k.trim_matches('"')))
            });
            match origin {
                Some(o) => out.push_str(&format!("{line}  # {o}\n")),
                None => out.push_str(&format!("{line}\n")),
            }
        }
        out
    }
}

// ---------------------------------------------------------------------------
// Loading and checking
// ---------------------------------------------------------------------------

/// Reads and validates the configuration file at `path`, with `env` and
/// `flags` on top. Reads files only (the configuration and the campaigns
/// file it names): no network I/O.
///
/// # Errors
/// [`ConfigError`] listing every problem found.
pub fn load(path: &Path, env: &Env, flags: &Overrides) -> Result<Settings, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
        file: path.to_owned(),
        problems: vec![Problem {
            key: String::new(),
            message: format!("cannot read the file: {e}"),
        }],
    })?;
    let base = path.parent().unwrap_or_else(|| Path::new(""));
    from_toml_str(&text, path, base, env, flags)
}

/// [`load`] on text already read. `file` names it in messages; relative
/// paths in it (the campaigns file) are resolved against `base_dir`.
///
/// # Errors
/// [`ConfigError`] listing every problem found.
pub fn from_toml_str(
    text: &str,
    file: &Path,
    base_dir: &Path,
    env: &Env,
    flags: &Overrides,
) -> Result<Settings, ConfigError> {
    let reject = |problems| ConfigError {
        file: file.to_owned(),
        problems,
    };
    let root: toml::Table = toml::from_str(text).map_err(|e| {
        reject(vec![Problem {
            key: String::new(),
            message: format!("not valid TOML: {}", e.to_string().trim_end()),
        }])
    })?;
    let mut problems = Vec::new();
    let mut layers = vec![file_layer(root, &mut problems)];
    layers.extend(env_layers(env, &mut problems));
    layers.extend(flag_layers(flags, &mut problems));
    let model = extract(&mut layers, &mut problems);
    let mut origins = BTreeMap::new();
    for layer in &layers {
        for path in layer.keys() {
            origins.insert(path.join("."), layer.origin.clone());
        }
    }
    let mut v = Checker {
        problems,
        origins: &origins,
    };
    let settings = v.settings(model, file, base_dir, env);
    match settings {
        Some(s) if v.problems.is_empty() => Ok(Settings { origins, ..s }),
        _ => Err(reject(v.problems)),
    }
}

/// Checks the merged model and turns it into [`Settings`], collecting every
/// problem.
struct Checker<'a> {
    problems: Vec<Problem>,
    origins: &'a BTreeMap<String, Origin>,
}

impl Checker<'_> {
    fn origin(&self, key: &str) -> Origin {
        self.origins.get(key).cloned().unwrap_or(Origin::Default)
    }

    fn problem(&mut self, key: &str, message: impl fmt::Display) {
        let suffix = self.origin(key).suffix();
        self.problems.push(Problem {
            key: key.to_owned(),
            message: format!("{message}{suffix}"),
        });
    }

    fn at_least_a_second(&mut self, key: &str, d: Duration) {
        if d < Duration::from_secs(1) {
            self.problem(key, "must be at least 1s");
        }
    }

    /// Whether a file, a variable or a flag set `key`.
    fn set(&self, key: &str) -> bool {
        self.origins.contains_key(key)
    }

    fn settings(&mut self, m: Model, file: &Path, base_dir: &Path, env: &Env) -> Option<Settings> {
        let mut shown = m.clone();
        let brokers = self.brokers(m.kafka.brokers);
        self.group_id(&m.kafka.group_id);
        let kafka_properties = self.properties(m.kafka.properties);
        let topics = self.topics(m.topics);
        let outputs = self.outputs(m.outputs);
        let presence = self.presence(m.presence);
        let (campaigns_path, rules) = self.campaigns(m.offers.campaigns, base_dir);
        let guarantee = self.guarantee(&m.processor, env, &m.kafka.group_id);
        let p = &m.processor;
        if p.workers > MAX_WORKERS {
            self.problem(
                "processor.workers",
                format!(
                    "{} is more than {MAX_WORKERS}; 0 means one per core",
                    p.workers
                ),
            );
        }
        self.at_least_a_second("processor.idle_partition_after", p.idle_partition_after);
        self.at_least_a_second("processor.startup_timeout", p.startup_timeout);
        self.at_least_a_second("processor.shutdown_timeout", p.shutdown_timeout);
        self.admin_listen(&m.http);
        self.at_least_a_second("http.stall_timeout", m.http.stall_timeout);
        let admin = self.admin(m.admin);
        let fence_limits = self.fence_limits(&m.fences);
        if let Err(e) = tracing_subscriber::EnvFilter::try_new(&m.log.level) {
            self.problem(
                "log.level",
                format!("{:?} is not a tracing filter ({e}); write e.g. \"info\" or \"info,perimeter_stream=debug\"", m.log.level),
            );
        }
        shown.offers.campaigns.clone_from(&campaigns_path);
        if let Guarantee::ExactlyOnce(e) = &guarantee {
            shown.processor.transactional_id = Some(e.transactional_id.clone());
            shown.processor.commit_interval = Some(e.commit_interval);
            shown.processor.transaction_timeout = Some(e.transaction_timeout);
        }
        let shown = toml::to_string(&shown).unwrap_or_else(|e| format!("# not shown: {e}\n"));
        Some(Settings {
            file: file.to_owned(),
            shown,
            brokers: brokers?,
            group_id: m.kafka.group_id,
            kafka_properties,
            topics,
            outputs,
            ping_reader: PingReader {
                format: m.pings.format,
                max_future: m.pings.max_future,
            },
            allowed_lateness: m.pings.allowed_lateness,
            presence,
            campaigns_path: campaigns_path?,
            rules: rules?,
            workers: p.workers,
            idle_partition_after: p.idle_partition_after,
            startup_timeout: p.startup_timeout,
            shutdown_timeout: p.shutdown_timeout,
            guarantee,
            http_listen: m.http.listen,
            admin_listen: m.http.admin_listen,
            stall_timeout: m.http.stall_timeout,
            admin,
            fence_limits,
            log_level: m.log.level,
            log_format: m.log.format,
            origins: BTreeMap::new(),
        })
    }

    fn brokers(&mut self, raw: Option<String>) -> Option<String> {
        let key = "kafka.brokers";
        let Some(raw) = raw else {
            self.problem(
                key,
                "required: the Kafka bootstrap servers, e.g. \"kafka-1:9092,kafka-2:9092\" (or set PERIMETER_KAFKA_BROKERS or --brokers)",
            );
            return None;
        };
        let entries: Vec<&str> = raw.split(',').map(str::trim).collect();
        let problem = if raw.trim().is_empty() {
            Some("must not be empty".to_owned())
        } else if entries.iter().any(|e| e.is_empty()) {
            Some(format!(
                "{raw:?} has an empty entry: write host:port[,host:port...]"
            ))
        } else {
            entries
                .iter()
                .find(|e| e.contains(char::is_whitespace))
                .map(|bad| format!("{bad:?} contains whitespace: write host:port[,host:port...]"))
        };
        match problem {
            Some(p) => {
                self.problem(key, p);
                None
            }
            None => Some(entries.join(",")),
        }
    }

    fn group_id(&mut self, raw: &str) {
        if raw.trim().is_empty() {
            self.problem("kafka.group_id", "must not be empty");
        } else if raw.trim() != raw {
            self.problem(
                "kafka.group_id",
                format!("{raw:?} has leading or trailing whitespace"),
            );
        }
    }

    fn properties(&mut self, given: Dict) -> KafkaProperties {
        let mut out = Vec::new();
        for (name, value) in given {
            let key = format!("kafka.properties.{name}");
            let text = match value {
                Value::String(_, s) => s,
                Value::Num(_, n) => n.to_i128().map_or_else(
                    || n.to_f64().unwrap_or_default().to_string(),
                    |i| i.to_string(),
                ),
                Value::Bool(_, b) => b.to_string(),
                _ => {
                    self.problem(
                        &key,
                        "must be a string, number or boolean (librdkafka properties are text)",
                    );
                    continue;
                }
            };
            match properties::check(&name, &text) {
                Ok(()) => out.push((name, text)),
                Err(e) => self.problem(&key, e),
            }
        }
        KafkaProperties(out)
    }

    fn topics(&mut self, t: TopicsModel) -> Topics {
        let t = Topics {
            pings: t.pings,
            consent: t.consent,
            fences: t.fences,
            events: t.events,
            offers: t.offers,
            dlq: t.dlq,
            suppressions: t.suppressions,
            presence_state: t.presence_state,
        };
        let named = [
            ("pings", &t.pings),
            ("consent", &t.consent),
            ("fences", &t.fences),
            ("events", &t.events),
            ("offers", &t.offers),
            ("dlq", &t.dlq),
            ("suppressions", &t.suppressions),
            ("presence_state", &t.presence_state),
        ];
        for (i, (field, name)) in named.iter().enumerate() {
            let key = format!("topics.{field}");
            if let Err(why) = check_topic_name(name) {
                self.problem(&key, format!("{name:?} {why}"));
                continue;
            }
            // Kafka maps '.' to '_' in metric names and refuses topics
            // that collide that way.
            let collide = |a: &str, b: &str| a.replace('.', "_") == b.replace('.', "_");
            if let Some((other, _)) = named[..i].iter().find(|(_, n)| collide(n, name)) {
                self.problem(
                    &key,
                    format!(
                        "{name:?} is also topics.{other}: every topic must be different (names differing only in '.' and '_' count as equal)"
                    ),
                );
            }
        }
        t
    }

    fn outputs(&mut self, o: OutputsModel) -> OutputConfig {
        for name in &o.propagate_headers {
            if name.is_empty() || name.chars().any(|c| c.is_control() || c.is_whitespace()) {
                self.problem(
                    "outputs.propagate_headers",
                    format!("{name:?} is not a header name (empty, or with whitespace or control characters)"),
                );
            }
        }
        if !PARTITIONERS.contains(&o.partitioner.as_str()) {
            self.problem(
                "outputs.partitioner",
                format!(
                    "{:?} is not a librdkafka partitioner (expected one of {})",
                    o.partitioner,
                    PARTITIONERS.join(", ")
                ),
            );
        }
        if o.format == OutputFormat::Json {
            let ids = o.schema_ids;
            for (topic, id) in [
                ("events", ids.events),
                ("offers", ids.offers),
                ("suppressions", ids.suppressions),
            ] {
                if id.is_some() {
                    self.problem(
                        &format!("outputs.schema_ids.{topic}"),
                        "is set, but outputs.format is \"json\": registry-framed JSON needs a JSON Schema, which Perimeter does not publish; unset it, or write protobuf",
                    );
                }
            }
        }
        OutputConfig {
            propagate_headers: o.propagate_headers,
            partitioner: o.partitioner,
            suppressions: o.suppressions,
            schema_ids: SchemaIds {
                events: o.schema_ids.events,
                offers: o.schema_ids.offers,
                suppressions: o.schema_ids.suppressions,
            },
            format: o.format,
        }
    }

    fn presence(&mut self, m: PresenceModel) -> PresenceConfig {
        let c = PresenceConfig {
            enter_accuracy_limit_m: m.enter_accuracy_limit_m,
            exit_buffer_m: m.exit_buffer_m,
            exit_accuracy_factor: m.exit_accuracy_factor,
            exit_debounce: m.exit_debounce,
            exit_debounce_pings: m.exit_debounce_pings,
            exit_after_silence: m.exit_after_silence,
        };
        // validate() names the first bad field only: report it, put the
        // default in its place and check again, so that every bad field is
        // listed. The rules themselves stay in perimeter-presence.
        let d = PresenceConfig::default();
        let mut reported: Vec<&str> = Vec::new();
        let mut checked = c.clone();
        while let Err(e) = checked.validate() {
            if reported.contains(&e.field) {
                break;
            }
            reported.push(e.field);
            self.problem(
                &format!("presence.{}", e.field),
                format!("{} (got {})", e.reason, e.value),
            );
            match e.field {
                "enter_accuracy_limit_m" => {
                    checked.enter_accuracy_limit_m = d.enter_accuracy_limit_m;
                }
                "exit_buffer_m" => checked.exit_buffer_m = d.exit_buffer_m,
                "exit_accuracy_factor" => checked.exit_accuracy_factor = d.exit_accuracy_factor,
                "exit_debounce" => checked.exit_debounce = Duration::ZERO,
                "exit_debounce_pings" => checked.exit_debounce_pings = d.exit_debounce_pings,
                "exit_after_silence" => checked.exit_after_silence = d.exit_after_silence,
                _ => break,
            }
        }
        c
    }

    fn campaigns(
        &mut self,
        path: Option<PathBuf>,
        base_dir: &Path,
    ) -> (Option<PathBuf>, Option<CampaignRules>) {
        let key = "offers.campaigns";
        let Some(path) = path else {
            self.problem(
                key,
                "required: the campaign rules file (TOML, see docs/campaigns.md), relative to this file (or set PERIMETER_OFFERS_CAMPAIGNS or --campaigns)",
            );
            return (None, None);
        };
        // A path in the file is relative to the file; one from the
        // environment or a flag is relative to the working directory, as
        // any path typed on a command line.
        let path = match self.origin(key) {
            Origin::File => base_dir.join(path),
            _ => path,
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                self.problem(key, format!("cannot read {}: {e}", path.display()));
                return (Some(path), None);
            }
        };
        match CampaignRules::from_toml_str(&text) {
            Ok(rules) => (Some(path), Some(rules)),
            Err(CampaignFileError::Syntax(s)) => {
                self.problem(key, format!("{}: not valid: {s}", path.display()));
                (Some(path), None)
            }
            Err(CampaignFileError::Invalid(errors)) => {
                for e in errors {
                    self.problem(key, format!("{}: {e}", path.display()));
                }
                (Some(path), None)
            }
        }
    }

    /// `processor.guarantee` and the settings only exactly-once has (set
    /// with at-least-once, they are refused rather than ignored).
    fn guarantee(&mut self, p: &ProcessorModel, env: &Env, group_id: &str) -> Guarantee {
        const ONLY_EXACTLY_ONCE: [&str; 3] = [
            "processor.transactional_id",
            "processor.commit_interval",
            "processor.transaction_timeout",
        ];
        if p.guarantee == GuaranteeKind::AtLeastOnce {
            for key in ONLY_EXACTLY_ONCE {
                if self.set(key) {
                    self.problem(
                        key,
                        "has no effect unless processor.guarantee = \"exactly_once\"",
                    );
                }
            }
            return Guarantee::AtLeastOnce;
        }
        let commit_interval = p
            .commit_interval
            .unwrap_or(ExactlyOnce::DEFAULT_COMMIT_INTERVAL);
        let transaction_timeout = p
            .transaction_timeout
            .unwrap_or(ExactlyOnce::DEFAULT_TRANSACTION_TIMEOUT);
        if commit_interval < Duration::from_millis(10) || commit_interval > Duration::from_secs(60)
        {
            self.problem("processor.commit_interval", "must be between 10ms and 60s");
        }
        if transaction_timeout < Duration::from_secs(5)
            || transaction_timeout > Duration::from_secs(900)
        {
            // The broker caps it at transaction.max.timeout.ms (15 min by
            // default).
            self.problem(
                "processor.transaction_timeout",
                "must be between 5s and 15m",
            );
        } else if commit_interval * 2 > transaction_timeout {
            self.problem(
                "processor.commit_interval",
                "must be at most half of processor.transaction_timeout",
            );
        }
        let transactional_id = match &p.transactional_id {
            Some(id) if id.trim().is_empty() => {
                self.problem("processor.transactional_id", "is empty");
                String::new()
            }
            Some(id) => id.trim().to_owned(),
            None => host_name(env).map_or_else(
                || {
                    self.problem(
                        "processor.transactional_id",
                        "no host name to derive it from (HOSTNAME unset, /proc/sys/kernel/hostname unreadable); set it, unique per instance and stable across its restarts",
                    );
                    String::new()
                },
                |host| format!("{group_id}-{host}"),
            ),
        };
        Guarantee::ExactlyOnce(ExactlyOnce {
            transactional_id,
            commit_interval,
            transaction_timeout,
        })
    }

    /// `http.admin_listen`: an address other than `http.listen`'s, and
    /// only with `http.listen` on (the same server process serves both).
    fn admin_listen(&mut self, h: &HttpModel) {
        let key = "http.admin_listen";
        match (h.admin_listen, h.listen) {
            (Some(a), None) => self.problem(
                key,
                format!("{a} given, but http.listen is \"off\": no HTTP server runs"),
            ),
            (Some(a), Some(l)) if a == l => self.problem(
                key,
                format!("{a} is http.listen's address; leave admin_listen out to serve both there"),
            ),
            _ => {}
        }
    }

    fn admin(&mut self, mut a: AdminSettings) -> AdminSettings {
        // An empty value (a Secret key that exists but is blank) means no
        // token: the API stays read-only, the safe side.
        a.token = a.token.filter(|t| !t.is_empty());
        if let Some(token) = &a.token {
            // Never echo the token: only its length and shape.
            let n = token.chars().count();
            let bad = if n < MIN_ADMIN_TOKEN_LEN {
                Some(format!(
                    "is {n} characters; use at least {MIN_ADMIN_TOKEN_LEN} random ones (e.g. `openssl rand -hex 32`)"
                ))
            } else if !token.chars().all(|c| c.is_ascii_graphic()) {
                Some(
                    "must be printable ASCII without spaces (it travels in an HTTP header)"
                        .to_owned(),
                )
            } else {
                None
            };
            if let Some(bad) = bad {
                self.problem("admin.token", bad);
                a.token = None;
            }
        }
        let named = std::mem::take(&mut a.named_tokens);
        for (name, secret) in named {
            let key = format!("admin.tokens.{name}");
            if name.is_empty()
                || name.len() > 64
                || !name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "._@-".contains(c))
            {
                self.problem(
                    &key,
                    "the name must be 1-64 letters, digits or . _ @ - (it is recorded as the author of changes)",
                );
            } else if secret.chars().count() < MIN_ADMIN_TOKEN_LEN
                || !secret.chars().all(|c| c.is_ascii_graphic())
            {
                self.problem(
                    &key,
                    format!(
                        "must be at least {MIN_ADMIN_TOKEN_LEN} printable ASCII characters without spaces"
                    ),
                );
            } else {
                a.named_tokens.push((name, secret));
            }
        }
        a.identity_header = a.identity_header.filter(|h| !h.is_empty());
        if let Some(h) = &a.identity_header
            && axum::http::HeaderName::from_bytes(h.as_bytes()).is_err()
        {
            self.problem(
                "admin.identity_header",
                format!("{h:?} is not an HTTP header name"),
            );
        }
        if a.max_body_bytes < 1024 {
            self.problem(
                "admin.max_body_bytes",
                format!(
                    "{} is below 1024 bytes: no fence file would fit",
                    a.max_body_bytes
                ),
            );
        }
        self.at_least_a_second("admin.publish_timeout", a.publish_timeout);
        a.basemap_url = a.basemap_url.filter(|u| !u.is_empty());
        if let Some(url) = &a.basemap_url
            && let Err(why) = basemap_origin(url)
        {
            self.problem("admin.basemap_url", why);
        }
        a.basemap_attribution = a.basemap_attribution.filter(|t| !t.is_empty());
        if a.basemap_attribution
            .as_ref()
            .is_some_and(|t| t.len() > 500 || t.chars().any(char::is_control))
        {
            self.problem(
                "admin.basemap_attribution",
                "must be at most 500 bytes of text without control characters",
            );
        }
        a
    }

    fn fence_limits(&mut self, f: &FenceLimitsModel) -> ValidationLimits {
        let positive = |v: f64| v.is_finite() && v > 0.0;
        for (key, value) in [
            ("fences.min_area_m2", f.min_area_m2),
            ("fences.max_area_m2", f.max_area_m2),
            ("fences.min_radius_m", f.min_radius_m),
            ("fences.max_radius_m", f.max_radius_m),
        ] {
            if !positive(value) {
                self.problem(key, format!("{value} must be a positive number"));
            }
        }
        if f.min_area_m2 > f.max_area_m2 {
            self.problem(
                "fences.min_area_m2",
                format!(
                    "{} is above fences.max_area_m2 ({}): no polygon would be valid",
                    f.min_area_m2, f.max_area_m2
                ),
            );
        }
        if f.min_radius_m > f.max_radius_m {
            self.problem(
                "fences.min_radius_m",
                format!(
                    "{} is above fences.max_radius_m ({}): no circle would be valid",
                    f.min_radius_m, f.max_radius_m
                ),
            );
        }
        // A triangle has 3 corners; beyond 100,000 one fence would cost
        // more to test than a whole city's catalog.
        if !(3..=MAX_FENCE_VERTICES).contains(&f.max_vertices) {
            self.problem(
                "fences.max_vertices",
                format!(
                    "{} is outside 3 to {MAX_FENCE_VERTICES} (a triangle has 3 corners)",
                    f.max_vertices
                ),
            );
        }
        ValidationLimits {
            max_vertices: f.max_vertices,
            min_radius_m: f.min_radius_m,
            max_radius_m: f.max_radius_m,
            min_area_m2: f.min_area_m2,
            max_area_m2: f.max_area_m2,
            ..ValidationLimits::default()
        }
    }
}

/// Largest `fences.max_vertices`.
const MAX_FENCE_VERTICES: usize = 100_000;

/// The origin (`scheme://host[:port]`) of a basemap tile URL template, the
/// one source the store-ops page's content security policy lets images
/// come from; or why the template is not one.
///
/// # Errors
/// A sentence saying what is wrong with the template.
pub fn basemap_origin(url: &str) -> Result<String, String> {
    let (scheme, rest) = url
        .split_once("://")
        .ok_or_else(|| format!("{url:?} is not an http(s) URL"))?;
    if !matches!(scheme, "http" | "https") {
        return Err(format!("{url:?} is not an http(s) URL"));
    }
    let authority = rest.split('/').next().unwrap_or_default();
    if authority.is_empty()
        || !authority
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
    {
        return Err(format!(
            "{url:?} has no plain host[:port] (no {{s}} subdomains or credentials: the page's content security policy names one origin)"
        ));
    }
    for placeholder in ["{z}", "{x}", "{y}"] {
        if !rest.contains(placeholder) {
            return Err(format!(
                "{url:?} has no {placeholder}: write an XYZ template such as https://tiles.example.com/{{z}}/{{x}}/{{y}}.png"
            ));
        }
    }
    if url
        .chars()
        .any(|c| c.is_whitespace() || c == '\'' || c == '"' || c == ';')
    {
        return Err(format!("{url:?} has spaces, quotes or ';'"));
    }
    Ok(format!("{scheme}://{authority}"))
}

/// This machine's host name (a Kubernetes pod's name): `HOSTNAME`, else the
/// kernel's.
fn host_name(env: &Env) -> Option<String> {
    env.get("HOSTNAME")
        .map(str::to_owned)
        .or_else(|| std::fs::read_to_string("/proc/sys/kernel/hostname").ok())
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty())
}

/// Kafka's own rule for topic names.
///
/// # Errors
/// Why the name is not a valid topic name.
pub fn check_topic_name(name: &str) -> Result<(), &'static str> {
    if name.is_empty() {
        return Err("is empty");
    }
    if name == "." || name == ".." {
        return Err("is not a valid topic name (\".\" and \"..\" are reserved)");
    }
    if name.len() > MAX_TOPIC_LEN {
        return Err("is longer than 249 characters");
    }
    if !name
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
    {
        return Err("may contain only ASCII letters, digits, '.', '_' and '-'");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE_CAMPAIGNS: &str = include_str!("../../../deploy/samples/campaigns.toml");

    /// A directory with `campaigns.toml` (the sample) and `perimeter.toml`
    /// holding `config`.
    struct Dir {
        dir: tempfile::TempDir,
    }

    impl Dir {
        fn new(config: &str) -> Self {
            let dir = tempfile::tempdir().unwrap();
            std::fs::write(dir.path().join("campaigns.toml"), SAMPLE_CAMPAIGNS).unwrap();
            std::fs::write(dir.path().join("perimeter.toml"), config).unwrap();
            Self { dir }
        }

        fn config(&self) -> PathBuf {
            self.dir.path().join("perimeter.toml")
        }

        fn load(&self, env: &Env, flags: &Overrides) -> Result<Settings, ConfigError> {
            load(&self.config(), env, flags)
        }

        fn ok(&self) -> Settings {
            self.load(&Env::default(), &Overrides::default())
                .unwrap_or_else(|e| panic!("{e}"))
        }

        fn err(&self) -> ConfigError {
            match self.load(&Env::default(), &Overrides::default()) {
                Ok(_) => panic!("accepted"),
                Err(e) => e,
            }
        }
    }

    const MINIMAL: &str = r#"
[kafka]
brokers = "127.0.0.1:9092"
[offers]
campaigns = "campaigns.toml"
"#;

    /// The schema as the operations docs and the end-to-end test write it,
    /// with a non-default value everywhere.
    const FULL: &str = r#"
[kafka]
brokers = "k1:9092, k2:9092"
group_id = "perimeter-eu"
[kafka.properties]
"client.id" = "perimeter-1"
"linger.ms" = 10
"socket.keepalive.enable" = true
[topics]
pings = "eu.pings"
consent = "eu.consent"
fences = "eu.fences"
events = "eu.events"
offers = "eu.offers"
dlq = "eu.dlq"
suppressions = "eu.suppressions"
presence_state = "eu.presence-state"
[outputs]
propagate_headers = ["traceparent", "baggage"]
partitioner = "consistent_random"
suppressions = true
[outputs.schema_ids]
events = 11
offers = 12
[pings]
format = "json"
max_future = "5m"
allowed_lateness = "45s"
[presence]
enter_accuracy_limit_m = 40.0
exit_buffer_m = 25
exit_accuracy_factor = 1.5
exit_debounce = "90s"
exit_debounce_pings = 3
exit_after_silence = "15m"
[offers]
campaigns = "campaigns.toml"
[processor]
workers = 4
idle_partition_after = "2m"
startup_timeout = "90s"
shutdown_timeout = "20s"
[http]
listen = "127.0.0.1:9999"
[log]
level = "debug"
format = "json"
"#;

    #[test]
    fn full_file_maps_every_key_onto_the_processor_config() {
        let s = Dir::new(FULL).ok();
        assert_eq!(s.brokers, "k1:9092,k2:9092");
        assert_eq!(s.http_listen, Some("127.0.0.1:9999".parse().unwrap()));
        assert_eq!(s.log_level, "debug");
        assert_eq!(s.log_format, LogFormat::Json);
        assert_eq!(s.rules.campaigns().len(), 6);
        assert!(
            s.origins.values().all(|o| *o == Origin::File),
            "{:?}",
            s.origins
        );

        let c = s.processor_config(Health::new(), LiveTables::new(), Clock::system());
        assert_eq!(c.brokers, "k1:9092,k2:9092");
        assert_eq!(c.group_id, "perimeter-eu");
        assert_eq!(
            c.kafka_properties,
            vec![
                ("client.id".to_owned(), "perimeter-1".to_owned()),
                ("linger.ms".to_owned(), "10".to_owned()),
                ("socket.keepalive.enable".to_owned(), "true".to_owned()),
            ]
        );
        assert_eq!(
            c.topics,
            Topics {
                pings: "eu.pings".into(),
                consent: "eu.consent".into(),
                fences: "eu.fences".into(),
                events: "eu.events".into(),
                offers: "eu.offers".into(),
                dlq: "eu.dlq".into(),
                suppressions: "eu.suppressions".into(),
                presence_state: "eu.presence-state".into(),
            }
        );
        assert_eq!(
            c.outputs,
            OutputConfig {
                propagate_headers: vec!["traceparent".into(), "baggage".into()],
                partitioner: "consistent_random".into(),
                suppressions: true,
                schema_ids: SchemaIds {
                    events: Some(11),
                    offers: Some(12),
                    suppressions: None,
                },
                format: OutputFormat::Protobuf,
            }
        );
        assert_eq!(
            c.ping_reader,
            PingReader {
                format: PingFormat::Json,
                max_future: Duration::from_secs(300)
            }
        );
        assert_eq!(c.allowed_lateness, Duration::from_secs(45));
        assert_eq!(
            c.presence,
            PresenceConfig {
                enter_accuracy_limit_m: 40.0,
                exit_buffer_m: 25.0,
                exit_accuracy_factor: 1.5,
                exit_debounce: Duration::from_secs(90),
                exit_debounce_pings: 3,
                exit_after_silence: Duration::from_secs(900),
            }
        );
        assert_eq!(c.workers, 4);
        assert_eq!(c.idle_partition_after, Duration::from_secs(120));
        assert_eq!(c.startup_timeout, Duration::from_secs(90));
        assert_eq!(c.shutdown_timeout, Duration::from_secs(20));
    }

    #[test]
    fn minimal_file_gets_the_documented_defaults() {
        let s = Dir::new(MINIMAL).ok();
        assert_eq!(s.group_id, "perimeter");
        assert_eq!(s.http_listen, Some("0.0.0.0:9464".parse().unwrap()));
        assert_eq!(s.log_level, "info");
        assert_eq!(s.log_format, LogFormat::Text);
        assert!(s.kafka_properties.expose().is_empty());
        let c = s.processor_config(Health::new(), LiveTables::new(), Clock::system());
        let d = ProcessorConfig::new("x", "y", CampaignRules::default());
        assert_eq!(c.topics, Topics::default());
        assert_eq!(c.outputs, OutputConfig::default());
        assert_eq!(c.outputs.partitioner, "murmur2_random");
        assert_eq!(c.presence, PresenceConfig::default());
        assert_eq!(c.ping_reader, PingReader::default());
        assert_eq!(c.allowed_lateness, d.allowed_lateness);
        assert_eq!(c.workers, d.workers);
        assert_eq!(c.idle_partition_after, d.idle_partition_after);
        assert_eq!(c.startup_timeout, d.startup_timeout);
        assert_eq!(c.shutdown_timeout, d.shutdown_timeout);
    }

    #[test]
    fn example_file_in_deploy_parses_and_validates() {
        let path =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../deploy/perimeter.example.toml");
        let s =
            load(&path, &Env::default(), &Overrides::default()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.topics, Topics::default());
        assert_eq!(s.presence, PresenceConfig::default());
        assert_eq!(s.ping_reader, PingReader::default());
        assert!(s.rules.campaigns().len() >= 3);
    }

    #[test]
    fn missing_required_keys_are_both_reported() {
        let e = Dir::new("").err();
        assert!(e.has("kafka.brokers", "required"), "{e}");
        assert!(e.has("offers.campaigns", "required"), "{e}");
        assert_eq!(e.problems.len(), 2, "{e}");
    }

    #[test]
    fn every_problem_is_reported_at_once_with_its_key_path() {
        let e = Dir::new(
            r#"
brokerz = "x"
[kafka]
brokers = " "
group_id = "g"
colour = "blue"
[topics]
pings = "perimeter pings"
consent = "."
events = "perimeter.dlq"
fences = "perimeter_offers"
[outputs]
propagate_headers = ["trace parent"]
partitioner = "crc32"
[pings]
format = "xml"
max_future = "5 parsecs"
[presence]
exit_debounce_pings = 0
exit_buffer_m = -1.0
shape = "round"
[offers]
campaigns = "campaigns.toml"
[processor]
workers = 5000
startup_timeout = "0s"
[http]
listen = "localhost"
[log]
level = "info,=="
format = "yaml"
[metrics]
"#,
        )
        .err();
        for (key, text) in [
            ("brokerz", "unknown section"),
            ("metrics", "unknown section"),
            ("kafka.colour", "unknown key"),
            ("kafka.brokers", "must not be empty"),
            ("topics.pings", "may contain only"),
            ("topics.consent", "reserved"),
            ("topics.dlq", "is also topics.events"),
            ("topics.offers", "is also topics.fences"),
            ("outputs.propagate_headers", "is not a header name"),
            ("outputs.partitioner", "is not a librdkafka partitioner"),
            ("pings.format", "\"xml\" is not one of protobuf, json"),
            ("pings.max_future", "is not a duration"),
            ("presence.shape", "unknown key"),
            ("presence.exit_buffer_m", "non-negative"),
            ("presence.exit_debounce_pings", "must be at least 1"),
            ("processor.workers", "more than 1024"),
            ("processor.startup_timeout", "at least 1s"),
            ("http.listen", "is not an IP address and port"),
            ("log.level", "is not a tracing filter"),
            ("log.format", "\"yaml\" is not one of text, json"),
        ] {
            assert!(e.has(key, text), "no `{key}: ...{text}...` in\n{e}");
        }
        assert_eq!(e.problems.len(), 20, "{e}");
        // The good keys beside bad ones were still read: group_id is fine.
        assert!(!e.problems.iter().any(|p| p.key == "kafka.group_id"));
    }

    #[test]
    fn exactly_once_is_an_explicit_choice_with_a_stable_transactional_id() {
        let d = Dir::new(MINIMAL);
        let host = Env::from_pairs([("HOSTNAME", "perimeter-2")]);
        assert_eq!(
            d.load(&host, &Overrides::default()).unwrap().guarantee,
            Guarantee::AtLeastOnce
        );
        let eos = Dir::new(&format!(
            "{MINIMAL}\n[processor]\nguarantee = \"exactly_once\"\ncommit_interval = \"250ms\"\n"
        ));
        let s = eos.load(&host, &Overrides::default()).unwrap();
        let Guarantee::ExactlyOnce(e) = &s.guarantee else {
            panic!("{:?}", s.guarantee);
        };
        // Derived from the group and the host (a StatefulSet pod's stable
        // name), so that a restarted instance aborts what it left open.
        assert_eq!(e.transactional_id, "perimeter-perimeter-2");
        assert_eq!(e.commit_interval, Duration::from_millis(250));
        assert_eq!(
            e.transaction_timeout,
            ExactlyOnce::DEFAULT_TRANSACTION_TIMEOUT
        );
        let c = s.processor_config(Health::new(), LiveTables::new(), Clock::system());
        assert_eq!(c.guarantee, s.guarantee);
        let summary = s.summary();
        assert!(
            summary.contains("guarantee = \"exactly_once\"")
                && summary.contains("transactional_id = \"perimeter-perimeter-2\"\n")
                && summary.contains("commit_interval = \"250ms\"  # file"),
            "{summary}"
        );

        let named = Dir::new(&format!(
            "{MINIMAL}\n[processor]\nguarantee = \"exactly_once\"\ntransactional_id = \"eu-1\"\n"
        ))
        .load(&host, &Overrides::default())
        .unwrap();
        assert!(
            matches!(&named.guarantee, Guarantee::ExactlyOnce(e) if e.transactional_id == "eu-1")
        );
    }

    #[test]
    fn json_outputs_with_a_schema_id_are_refused_naming_the_key() {
        let e = Dir::new(&format!(
            "{MINIMAL}\n[outputs]\nformat = \"json\"\n[outputs.schema_ids]\noffers = 3\n"
        ))
        .err();
        assert!(
            e.has("outputs.schema_ids.offers", "needs a JSON Schema"),
            "{e}"
        );
        assert!(!e.has("outputs.schema_ids.events", ""), "{e}");
        let e = Dir::new(&format!("{MINIMAL}\n[outputs]\nformat = \"avro\"\n")).err();
        assert!(
            e.has("outputs.format", "\"avro\" is not one of protobuf, json"),
            "{e}"
        );
    }

    #[test]
    fn transaction_settings_without_exactly_once_are_refused_not_ignored() {
        let e = Dir::new(&format!(
            "{MINIMAL}\n[processor]\ntransactional_id = \"a\"\ncommit_interval = \"1s\"\ntransaction_timeout = \"1m\"\n"
        ))
        .err();
        for key in [
            "processor.transactional_id",
            "processor.commit_interval",
            "processor.transaction_timeout",
        ] {
            assert!(e.has(key, "no effect unless"), "{e}");
        }
        let e = Dir::new(&format!(
            "{MINIMAL}\n[processor]\nguarantee = \"exactly-once\"\n"
        ))
        .err();
        assert!(
            e.has(
                "processor.guarantee",
                "\"exactly-once\" is not one of at_least_once, exactly_once"
            ),
            "{e}"
        );
        let e = Dir::new(&format!(
            "{MINIMAL}\n[processor]\nguarantee = \"exactly_once\"\ncommit_interval = \"40s\"\ntransaction_timeout = \"1m\"\n"
        ))
        .err();
        assert!(e.has("processor.commit_interval", "at most half"), "{e}");
        let e = Dir::new(&format!(
            "{MINIMAL}\n[kafka.properties]\n\"transactional.id\" = \"x\"\n"
        ))
        .err();
        assert!(
            e.has("kafka.properties.transactional.id", "exactly_once"),
            "{e}"
        );
    }

    #[test]
    fn a_type_error_names_its_key() {
        let e = Dir::new(&format!(
            "{MINIMAL}\n[presence]\nexit_debounce_pings = \"two\"\nexit_buffer_m = []\n"
        ))
        .err();
        assert!(e.has("presence.exit_debounce_pings", "invalid type"), "{e}");
        assert!(e.has("presence.exit_buffer_m", "invalid type"), "{e}");
    }

    #[test]
    fn not_toml_is_one_problem_with_the_line() {
        let e = Dir::new("[kafka\nbrokers = 1").err();
        assert_eq!(e.problems.len(), 1);
        assert!(e.problems[0].message.contains("line 1"), "{e}");
    }

    #[test]
    fn presence_relations_are_checked_by_the_presence_crate() {
        let e = Dir::new(&format!(
            "{MINIMAL}\n[presence]\nexit_debounce = \"20m\"\nexit_after_silence = \"10m\"\n"
        ))
        .err();
        assert!(
            e.has("presence.exit_debounce", "shorter than exit_after_silence"),
            "{e}"
        );
    }

    #[test]
    fn campaign_file_problems_are_listed_under_offers_campaigns() {
        let d = Dir::new(MINIMAL);
        std::fs::write(
            d.dir.path().join("campaigns.toml"),
            r#"
[[campaign]]
id = "a"
name = "A"
event_kinds = []
[campaign.fences]
tags = ["coffee"]
[campaign.offer]
id = "o"
category = "c"
sender = ""
message = "m"
"#,
        )
        .unwrap();
        let e = d.err();
        assert!(e.problems.len() >= 2, "{e}");
        assert!(
            e.problems.iter().all(|p| p.key == "offers.campaigns"),
            "{e}"
        );
        assert!(e.has("offers.campaigns", "campaign \"a\""), "{e}");

        std::fs::write(
            d.dir.path().join("campaigns.toml"),
            "[[campaign]]\nid = 1\n",
        )
        .unwrap();
        let e = d.err();
        assert!(e.has("offers.campaigns", "not valid"), "{e}");

        std::fs::remove_file(d.dir.path().join("campaigns.toml")).unwrap();
        assert!(d.err().has("offers.campaigns", "cannot read"));
    }

    #[test]
    fn environment_overrides_the_file_and_flags_override_both() {
        let d = Dir::new(&format!(
            "{MINIMAL}\n[kafka.properties]\n\"client.id\" = \"file\"\n[http]\nlisten = \"127.0.0.1:1\"\n[log]\nlevel = \"warn\"\n[processor]\nworkers = 1\n"
        ));
        let other = d.dir.path().join("other.toml");
        std::fs::write(&other, SAMPLE_CAMPAIGNS).unwrap();
        let env = Env::from_pairs([
            ("PERIMETER_KAFKA_BROKERS", "env:9092"),
            ("PERIMETER_KAFKA_GROUP_ID", "env-group"),
            ("PERIMETER_HTTP_LISTEN", "127.0.0.1:2"),
            ("PERIMETER_OFFERS_CAMPAIGNS", other.to_str().unwrap()),
            ("PERIMETER_LOG_LEVEL", "debug"),
            (ENV_RUST_LOG, "trace"),
            ("PERIMETER_KAFKA_PROPERTY__CLIENT_ID", "env"),
        ]);

        let s = d.ok();
        assert_eq!(
            (
                s.brokers.as_str(),
                s.group_id.as_str(),
                s.log_level.as_str(),
                s.workers
            ),
            ("127.0.0.1:9092", "perimeter", "warn", 1)
        );

        let s = d.load(&env, &Overrides::default()).unwrap();
        assert_eq!(s.brokers, "env:9092");
        assert_eq!(s.group_id, "env-group");
        assert_eq!(s.http_listen, Some("127.0.0.1:2".parse().unwrap()));
        assert_eq!(s.campaigns_path, other);
        assert_eq!(s.log_level, "debug", "PERIMETER_LOG_LEVEL beats RUST_LOG");
        assert_eq!(
            s.kafka_properties.expose(),
            [("client.id".to_owned(), "env".to_owned())]
        );
        assert_eq!(
            s.origin("kafka.brokers"),
            Origin::Env("PERIMETER_KAFKA_BROKERS".into())
        );

        let only_rust_log = Env::from_pairs([(ENV_RUST_LOG, "trace")]);
        assert_eq!(
            d.load(&only_rust_log, &Overrides::default())
                .unwrap()
                .log_level,
            "trace"
        );

        let flags = Overrides {
            brokers: Some("flag:9092".into()),
            group_id: Some("flag-group".into()),
            http_listen: Some("off".into()),
            campaigns: Some(d.dir.path().join("campaigns.toml")),
            workers: Some(3),
            log_level: Some("error".into()),
            set: vec![],
        };
        let s = d.load(&env, &flags).unwrap();
        assert_eq!(s.brokers, "flag:9092");
        assert_eq!(s.group_id, "flag-group");
        assert_eq!(s.http_listen, None);
        assert_eq!(s.campaigns_path, d.dir.path().join("campaigns.toml"));
        assert_eq!(s.workers, 3);
        assert_eq!(s.log_level, "error");
        assert_eq!(s.origin("kafka.brokers"), Origin::Flag("--brokers".into()));
    }

    #[test]
    fn a_bad_override_says_where_it_came_from() {
        let env = Env::from_pairs([("PERIMETER_HTTP_LISTEN", "nowhere")]);
        let e = Dir::new(MINIMAL)
            .load(&env, &Overrides::default())
            .unwrap_err();
        assert!(
            e.has("http.listen", "(from env PERIMETER_HTTP_LISTEN)"),
            "{e}"
        );
    }

    #[test]
    fn brokers_may_come_from_the_environment_alone() {
        let d = Dir::new("[offers]\ncampaigns = \"campaigns.toml\"\n");
        let env = Env::from_pairs([("PERIMETER_KAFKA_BROKERS", "b:9092")]);
        assert_eq!(
            d.load(&env, &Overrides::default()).unwrap().brokers,
            "b:9092"
        );
    }

    #[test]
    fn env_property_names_map_underscores_to_dots() {
        let env = Env::from_pairs([
            ("PERIMETER_KAFKA_PROPERTY__SASL_PASSWORD", "hunter2"),
            (
                "PERIMETER_KAFKA_PROPERTY__SECURITY_PROTOCOL",
                "sasl_plaintext",
            ),
            ("PERIMETER_KAFKA_PROPERTY__", "x"),
        ]);
        let e = Dir::new(MINIMAL)
            .load(&env, &Overrides::default())
            .unwrap_err();
        assert_eq!(e.problems.len(), 1, "{e}");
        assert!(e.has("kafka.properties", "names no property"), "{e}");

        let env = Env::from_pairs([
            ("PERIMETER_KAFKA_PROPERTY__SASL_PASSWORD", "hunter2"),
            (
                "PERIMETER_KAFKA_PROPERTY__SECURITY_PROTOCOL",
                "sasl_plaintext",
            ),
        ]);
        let s = Dir::new(MINIMAL).load(&env, &Overrides::default()).unwrap();
        assert_eq!(
            s.kafka_properties.expose(),
            [
                ("sasl.password".to_owned(), "hunter2".to_owned()),
                ("security.protocol".to_owned(), "sasl_plaintext".to_owned()),
            ]
        );
    }

    #[test]
    fn unquoted_dotted_property_names_work_too() {
        let s = Dir::new(&format!(
            "{MINIMAL}\n[kafka.properties]\nsecurity.protocol = \"sasl_plaintext\"\nsasl.mechanisms = \"PLAIN\"\n"
        ))
        .ok();
        assert_eq!(
            s.kafka_properties.expose(),
            [
                ("sasl.mechanisms".to_owned(), "PLAIN".to_owned()),
                ("security.protocol".to_owned(), "sasl_plaintext".to_owned()),
            ]
        );
    }

    #[test]
    fn properties_perimeter_sets_itself_are_refused() {
        let d = Dir::new(&format!(
            "{MINIMAL}\n[kafka.properties]\n\"enable.auto.offset.store\" = true\n\"enable.auto.commit\" = false\n\"group.id\" = \"x\"\n\"acks\" = \"1\"\n\"isolation.level\" = \"read_uncommitted\"\n\"partition.assignment.strategy\" = \"range,cooperative-sticky\"\n"
        ));
        let env = Env::from_pairs([("PERIMETER_KAFKA_PROPERTY__BOOTSTRAP_SERVERS", "x:1")]);
        let e = d.load(&env, &Overrides::default()).unwrap_err();
        for key in [
            "enable.auto.offset.store",
            "enable.auto.commit",
            "group.id",
            "acks",
            "isolation.level",
            "bootstrap.servers",
        ] {
            assert!(
                e.has(&format!("kafka.properties.{key}"), "may not be overridden"),
                "{key}: {e}"
            );
        }
        assert!(
            e.has("kafka.properties.enable.auto.offset.store", "skip pings"),
            "{e}"
        );
        assert!(
            e.has("kafka.properties.bootstrap.servers", "from env"),
            "{e}"
        );
        assert!(
            e.has(
                "kafka.properties.partition.assignment.strategy",
                "refuses to mix"
            ),
            "{e}"
        );
        assert_eq!(e.problems.len(), 7, "{e}");
    }

    #[test]
    fn consumer_and_producer_prefixed_properties_are_kept_and_checked_like_the_property() {
        let s = Dir::new(&format!(
            "{MINIMAL}\n[kafka.properties]\nconsumer.fetch.max.bytes = 1048576\n\"producer.linger.ms\" = 20\n"
        ))
        .ok();
        assert_eq!(
            s.kafka_properties.expose(),
            [
                ("consumer.fetch.max.bytes".to_owned(), "1048576".to_owned()),
                ("producer.linger.ms".to_owned(), "20".to_owned()),
            ]
        );
        let e = Dir::new(&format!(
            "{MINIMAL}\n[kafka.properties]\n\"consumer.group.id\" = \"x\"\n\"producer.linger.ms\" = \"soon\"\n\"consumer.no.such.property\" = 1\n"
        ))
        .err();
        assert!(
            e.has(
                "kafka.properties.consumer.group.id",
                "may not be overridden"
            ),
            "{e}"
        );
        assert!(
            e.has("kafka.properties.producer.linger.ms", "Invalid value"),
            "{e}"
        );
        assert!(
            e.has(
                "kafka.properties.consumer.no.such.property",
                "No such configuration property"
            ),
            "{e}"
        );
        assert_eq!(e.problems.len(), 3, "{e}");
    }

    #[test]
    fn librdkafka_rejects_unknown_properties_and_bad_values() {
        let e = Dir::new(&format!(
            "{MINIMAL}\n[kafka.properties]\n\"no.such.property\" = \"1\"\n\"linger.ms\" = \"soon\"\n\"sasl.password\" = [1]\n"
        ))
        .err();
        assert!(
            e.has(
                "kafka.properties.no.such.property",
                "No such configuration property"
            ),
            "{e}"
        );
        assert!(e.has("kafka.properties.linger.ms", "Invalid value"), "{e}");
        assert!(e.has("kafka.properties.linger.ms", "\"soon\""), "{e}");
        assert!(
            e.has("kafka.properties.sasl.password", "must be a string"),
            "{e}"
        );
    }

    #[test]
    fn admin_token_comes_from_file_or_environment_and_is_never_shown() {
        // No token: the admin API is read-only; defaults apply.
        let s = Dir::new(MINIMAL).ok();
        assert_eq!(s.admin, AdminSettings::default());
        assert!(!s.summary().contains("token"), "{}", s.summary());
        assert!(
            !s.summary().contains("commit_interval"),
            "at-least-once shows no transaction settings:\n{}",
            s.summary()
        );

        let d = Dir::new(&format!(
            "{MINIMAL}\n[admin]\ntoken = \"file-token-0123456789\"\nmax_body_bytes = 2000000\nlive_wait = \"3s\"\npublish_timeout = \"1m\"\n"
        ));
        let from_file = d.ok();
        assert_eq!(
            from_file.admin,
            AdminSettings {
                token: Some("file-token-0123456789".into()),
                max_body_bytes: 2_000_000,
                live_wait: Duration::from_secs(3),
                publish_timeout: Duration::from_secs(60),
                ..AdminSettings::default()
            }
        );
        let env = Env::from_pairs([(ENV_ADMIN_TOKEN, "env-token-abcdefghijk")]);
        let from_env = d.load(&env, &Overrides::default()).unwrap();
        assert_eq!(
            from_env.admin.token.as_deref(),
            Some("env-token-abcdefghijk")
        );
        assert!(from_env.origin("admin.token") == Origin::Env(ENV_ADMIN_TOKEN.into()));
        let shown = format!(
            "{}\n{from_env:?}\n{}\n{from_file:?}",
            from_env.summary(),
            from_file.summary()
        );
        for secret in ["file-token", "env-token"] {
            assert!(!shown.contains(secret), "{secret} shown in\n{shown}");
        }
    }

    #[test]
    fn weak_admin_tokens_and_tiny_body_limits_are_refused() {
        let e = Dir::new(&format!(
            "{MINIMAL}\n[admin]\ntoken = \"secret\"\nmax_body_bytes = 10\nlive_wait = \"soon\"\n"
        ))
        .err();
        assert!(e.has("admin.token", "is 6 characters"), "{e}");
        assert!(!e.to_string().contains("\"secret\""), "{e}");
        assert!(e.has("admin.max_body_bytes", "below 1024"), "{e}");
        assert!(e.has("admin.live_wait", "not a duration"), "{e}");
        let env = Env::from_pairs([(ENV_ADMIN_TOKEN, "has a space in it, 24 chars")]);
        let e = Dir::new(MINIMAL)
            .load(&env, &Overrides::default())
            .unwrap_err();
        assert!(e.has("admin.token", "printable ASCII"), "{e}");
        assert!(e.has("admin.token", ENV_ADMIN_TOKEN), "{e}");
    }

    #[test]
    fn secrets_never_show_in_the_summary_debug_or_problems() {
        let d = Dir::new(&format!(
            "{MINIMAL}\n[kafka.properties]\n\"sasl.username\" = \"perimeter\"\n\"sasl.password\" = \"file-secret-1\"\n"
        ));
        let from_file = d.ok();
        let env = Env::from_pairs([("PERIMETER_KAFKA_PROPERTY__SASL_PASSWORD", "env-secret-2")]);
        let s = d.load(&env, &Overrides::default()).unwrap();
        let shown = format!(
            "{}\n{s:?}\n{}\n{from_file:?}",
            s.summary(),
            from_file.summary()
        );
        for secret in ["file-secret-1", "env-secret-2"] {
            assert!(!shown.contains(secret), "{secret} shown in\n{shown}");
        }
        assert!(shown.contains("sasl.password=<hidden>"), "{shown}");
        assert!(shown.contains("sasl.username=perimeter"), "{shown}");
        // The clients still get the real value.
        let c = s.processor_config(Health::new(), LiveTables::new(), Clock::system());
        assert!(
            c.kafka_properties
                .contains(&("sasl.password".into(), "env-secret-2".into()))
        );

        // Whether this build of librdkafka accepts them (with OpenSSL and
        // curl) or not, these values are never shown.
        let env = Env::from_pairs([
            ("PERIMETER_KAFKA_PROPERTY__SSL_KEY_PASSWORD", "env-secret-3"),
            (
                "PERIMETER_KAFKA_PROPERTY__SASL_OAUTHBEARER_CLIENT_SECRET",
                "env-secret-4",
            ),
        ]);
        let shown = match d.load(&env, &Overrides::default()) {
            Ok(s) => format!("{}\n{s:?}", s.summary()),
            Err(e) => format!("{e}\n{e:?}"),
        };
        for secret in ["env-secret-3", "env-secret-4"] {
            assert!(!shown.contains(secret), "{secret} shown in\n{shown}");
        }
    }

    #[test]
    fn summary_shows_every_value_in_force_and_where_it_came_from() {
        let env = Env::from_pairs([("PERIMETER_KAFKA_GROUP_ID", "g2")]);
        let flags = Overrides {
            set: vec!["presence.exit_debounce=2m".into()],
            ..Overrides::default()
        };
        let first = Dir::new(MINIMAL);
        let s = first.load(&env, &flags).unwrap();
        let summary = s.summary();
        for line in [
            "[kafka]\nbrokers = \"127.0.0.1:9092\"  # file\n",
            "group_id = \"g2\"  # env PERIMETER_KAFKA_GROUP_ID\n",
            "exit_debounce = \"2m\"  # flag --set presence.exit_debounce\n",
            "exit_after_silence = \"10m\"\n",
        ] {
            assert!(summary.contains(line), "no {line:?} in\n{summary}");
        }
        // What it prints is a configuration file that gives the same
        // settings.
        let again = Dir::new(&summary).ok();
        assert_eq!(again.summary().lines().count(), summary.lines().count());
        assert_eq!(again.group_id, "g2");
        assert_eq!(again.presence.exit_debounce, Duration::from_secs(120));
    }

    #[test]
    fn topic_names_follow_kafkas_rules() {
        assert_eq!(check_topic_name("perimeter.pings-v2_eu"), Ok(()));
        assert_eq!(check_topic_name(&"a".repeat(249)), Ok(()));
        for bad in [
            "",
            ".",
            "..",
            "a b",
            "pings/eu",
            "ping\u{e9}",
            &"a".repeat(250),
        ] {
            assert!(check_topic_name(bad).is_err(), "{bad:?}");
        }
    }

    /// Every documented key, a valid value other than its default as TOML
    /// and as text, and that value as [`resolved`] shows it.
    const EVERY_KEY: &[(&str, &str, &str)] = &[
        ("kafka.brokers", "\"k1:9092,k2:9092\"", "k1:9092,k2:9092"),
        ("kafka.group_id", "\"eu\"", "eu"),
        ("kafka.properties.client.id", "\"eu-1\"", "eu-1"),
        ("topics.pings", "\"t.pings\"", "t.pings"),
        ("topics.consent", "\"t.consent\"", "t.consent"),
        ("topics.fences", "\"t.fences\"", "t.fences"),
        ("topics.events", "\"t.events\"", "t.events"),
        ("topics.offers", "\"t.offers\"", "t.offers"),
        ("topics.dlq", "\"t.dlq\"", "t.dlq"),
        (
            "topics.suppressions",
            "\"t.suppressions\"",
            "t.suppressions",
        ),
        ("topics.presence_state", "\"t.state\"", "t.state"),
        (
            "outputs.propagate_headers",
            "[\"traceparent\", \"baggage\"]",
            "traceparent,baggage",
        ),
        ("outputs.partitioner", "\"murmur2\"", "murmur2"),
        ("outputs.suppressions", "true", "true"),
        ("outputs.schema_ids.events", "11", "11"),
        ("outputs.schema_ids.offers", "12", "12"),
        ("outputs.schema_ids.suppressions", "13", "13"),
        ("outputs.format", "\"json\"", "json"),
        ("pings.format", "\"json\"", "json"),
        ("pings.max_future", "\"5m\"", "5m"),
        ("pings.allowed_lateness", "\"45s\"", "45s"),
        ("presence.enter_accuracy_limit_m", "40.5", "40.5"),
        ("presence.exit_buffer_m", "25.5", "25.5"),
        ("presence.exit_accuracy_factor", "1.5", "1.5"),
        ("presence.exit_debounce", "\"90s\"", "1m 30s"),
        ("presence.exit_debounce_pings", "3", "3"),
        ("presence.exit_after_silence", "\"15m\"", "15m"),
        ("offers.campaigns", "\"CAMPAIGNS\"", "CAMPAIGNS"),
        ("processor.workers", "3", "3"),
        ("processor.idle_partition_after", "\"2m\"", "2m"),
        ("processor.startup_timeout", "\"90s\"", "1m 30s"),
        ("processor.shutdown_timeout", "\"20s\"", "20s"),
        ("processor.guarantee", "\"exactly_once\"", "exactly_once"),
        ("processor.transactional_id", "\"eu-7\"", "eu-7"),
        ("processor.commit_interval", "\"250ms\"", "250ms"),
        ("processor.transaction_timeout", "\"2m\"", "2m"),
        ("http.listen", "\"127.0.0.1:9999\"", "127.0.0.1:9999"),
        ("http.admin_listen", "\"127.0.0.1:9465\"", "127.0.0.1:9465"),
        ("http.stall_timeout", "\"90s\"", "1m 30s"),
        (
            "admin.token",
            "\"0123456789abcdef0123\"",
            "0123456789abcdef0123",
        ),
        ("admin.max_body_bytes", "2048", "2048"),
        ("admin.live_wait", "\"3s\"", "3s"),
        ("admin.publish_timeout", "\"7s\"", "7s"),
        (
            "admin.tokens.alice",
            "\"alice-token-0123456789\"",
            "alice-token-0123456789",
        ),
        (
            "admin.identity_header",
            "\"X-Forwarded-User\"",
            "X-Forwarded-User",
        ),
        (
            "admin.basemap_url",
            "\"http://127.0.0.1:8087/{z}/{x}/{y}.png\"",
            "http://127.0.0.1:8087/{z}/{x}/{y}.png",
        ),
        (
            "admin.basemap_attribution",
            "\"Tiles: the city\"",
            "Tiles: the city",
        ),
        ("fences.min_area_m2", "12.5", "12.5"),
        ("fences.max_area_m2", "200000.5", "200000.5"),
        ("fences.max_vertices", "64", "64"),
        ("fences.min_radius_m", "7.5", "7.5"),
        ("fences.max_radius_m", "900.5", "900.5"),
        ("log.level", "\"debug\"", "debug"),
        ("log.format", "\"json\"", "json"),
    ];

    /// The resolved value of `key`, as text.
    fn resolved(s: &Settings, key: &str) -> String {
        let d = |d: Duration| humantime::format_duration(d).to_string();
        let eos = |f: fn(&ExactlyOnce) -> String| match &s.guarantee {
            Guarantee::ExactlyOnce(e) => f(e),
            Guarantee::AtLeastOnce => "at_least_once".to_owned(),
        };
        let p = &s.presence;
        let id = |id: Option<u32>| id.map(|i| i.to_string()).unwrap_or_default();
        match key {
            "kafka.brokers" => s.brokers.clone(),
            "kafka.group_id" => s.group_id.clone(),
            "kafka.properties.client.id" => s
                .kafka_properties
                .expose()
                .iter()
                .find(|(k, _)| k == "client.id")
                .map(|(_, v)| v.clone())
                .unwrap_or_default(),
            "topics.pings" => s.topics.pings.clone(),
            "topics.consent" => s.topics.consent.clone(),
            "topics.fences" => s.topics.fences.clone(),
            "topics.events" => s.topics.events.clone(),
            "topics.offers" => s.topics.offers.clone(),
            "topics.dlq" => s.topics.dlq.clone(),
            "topics.suppressions" => s.topics.suppressions.clone(),
            "topics.presence_state" => s.topics.presence_state.clone(),
            "outputs.propagate_headers" => s.outputs.propagate_headers.join(","),
            "outputs.partitioner" => s.outputs.partitioner.clone(),
            "outputs.suppressions" => s.outputs.suppressions.to_string(),
            "outputs.schema_ids.events" => id(s.outputs.schema_ids.events),
            "outputs.schema_ids.offers" => id(s.outputs.schema_ids.offers),
            "outputs.schema_ids.suppressions" => id(s.outputs.schema_ids.suppressions),
            "outputs.format" => s.outputs.format.to_string(),
            "pings.format" => s.ping_reader.format.to_string(),
            "pings.max_future" => d(s.ping_reader.max_future),
            "pings.allowed_lateness" => d(s.allowed_lateness),
            "presence.enter_accuracy_limit_m" => p.enter_accuracy_limit_m.to_string(),
            "presence.exit_buffer_m" => p.exit_buffer_m.to_string(),
            "presence.exit_accuracy_factor" => p.exit_accuracy_factor.to_string(),
            "presence.exit_debounce" => d(p.exit_debounce),
            "presence.exit_debounce_pings" => p.exit_debounce_pings.to_string(),
            "presence.exit_after_silence" => d(p.exit_after_silence),
            "offers.campaigns" => s.campaigns_path.display().to_string(),
            "processor.workers" => s.workers.to_string(),
            "processor.idle_partition_after" => d(s.idle_partition_after),
            "processor.startup_timeout" => d(s.startup_timeout),
            "processor.shutdown_timeout" => d(s.shutdown_timeout),
            "processor.guarantee" => eos(|_| "exactly_once".to_owned()),
            "processor.transactional_id" => eos(|e| e.transactional_id.clone()),
            "processor.commit_interval" => {
                eos(|e| humantime::format_duration(e.commit_interval).to_string())
            }
            "processor.transaction_timeout" => {
                eos(|e| humantime::format_duration(e.transaction_timeout).to_string())
            }
            "http.listen" => s.http_listen.map(|a| a.to_string()).unwrap_or_default(),
            "http.admin_listen" => s.admin_listen.map(|a| a.to_string()).unwrap_or_default(),
            "http.stall_timeout" => d(s.stall_timeout),
            "admin.token" => s.admin.token.clone().unwrap_or_default(),
            "admin.max_body_bytes" => s.admin.max_body_bytes.to_string(),
            "admin.live_wait" => d(s.admin.live_wait),
            "admin.publish_timeout" => d(s.admin.publish_timeout),
            "admin.tokens.alice" => s
                .admin
                .named_tokens
                .iter()
                .find(|(name, _)| name == "alice")
                .map(|(_, t)| t.clone())
                .unwrap_or_default(),
            "admin.identity_header" => s.admin.identity_header.clone().unwrap_or_default(),
            "admin.basemap_url" => s.admin.basemap_url.clone().unwrap_or_default(),
            "admin.basemap_attribution" => s.admin.basemap_attribution.clone().unwrap_or_default(),
            "fences.min_area_m2" => s.fence_limits.min_area_m2.to_string(),
            "fences.max_area_m2" => s.fence_limits.max_area_m2.to_string(),
            "fences.max_vertices" => s.fence_limits.max_vertices.to_string(),
            "fences.min_radius_m" => s.fence_limits.min_radius_m.to_string(),
            "fences.max_radius_m" => s.fence_limits.max_radius_m.to_string(),
            "log.level" => s.log_level.clone(),
            "log.format" => s.log_format.to_string(),
            other => panic!("no resolved value for {other}: add it to this test"),
        }
    }

    const EXACTLY_ONCE_ONLY: [&str; 3] = [
        "processor.transactional_id",
        "processor.commit_interval",
        "processor.transaction_timeout",
    ];

    /// A file with the required keys, `extra` (a key and its TOML value)
    /// and, for the keys only exactly-once has, the guarantee.
    fn file_with(campaigns: &str, extra: Option<(&str, &str)>) -> String {
        let mut sections: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut set = |key: &str, value: &str| {
            let (section, name) = match key.strip_prefix("kafka.properties.") {
                Some(name) => ("kafka.properties".to_owned(), format!("{name:?}")),
                None => {
                    let (s, n) = key.split_once('.').unwrap();
                    (s.to_owned(), n.to_owned())
                }
            };
            let lines = sections.entry(section).or_default();
            lines.retain(|l| !l.starts_with(&format!("{name} =")));
            lines.push(format!("{name} = {value}"));
        };
        set("kafka.brokers", "\"127.0.0.1:9092\"");
        set("offers.campaigns", &format!("{campaigns:?}"));
        if let Some((key, value)) = extra {
            if EXACTLY_ONCE_ONLY.contains(&key) {
                set("processor.guarantee", "\"exactly_once\"");
            }
            set(key, value);
        }
        sections
            .iter()
            .map(|(s, lines)| format!("[{s}]\n{}\n", lines.join("\n")))
            .collect()
    }

    /// `PERIMETER_SECTION_KEY`, or the property form.
    fn variable_of(key: &str) -> String {
        match key.strip_prefix("kafka.properties.") {
            Some(name) => format!(
                "{ENV_PROPERTY_PREFIX}{}",
                name.replace('.', "_").to_ascii_uppercase()
            ),
            // `__` between the levels of a nested table.
            None => format!(
                "PERIMETER_{}",
                key.replacen('.', "_", 1)
                    .replace('.', "__")
                    .to_ascii_uppercase()
            ),
        }
    }

    #[test]
    fn every_key_can_be_set_from_the_file_the_environment_and_a_flag_and_says_where_it_came_from() {
        let d = Dir::new(MINIMAL);
        let campaigns = d.dir.path().join("campaigns.toml");
        let campaigns = campaigns.to_str().unwrap();
        for &(key, toml_value, text) in EVERY_KEY {
            let toml_value = toml_value.replace("CAMPAIGNS", campaigns);
            let text = text.replace("CAMPAIGNS", campaigns);
            let file = file_with(campaigns, Some((key, &toml_value)));
            std::fs::write(d.config(), &file).unwrap();
            let s = d
                .load(&Env::default(), &Overrides::default())
                .unwrap_or_else(|e| panic!("{key} from the file:\n{file}\n{e}"));
            assert_eq!(resolved(&s, key), text, "{key} from the file");
            assert_eq!(s.origin(key), Origin::File, "{key} from the file");

            // The same value from the environment, over a file without it
            // (except the required keys and the guarantee).
            let base = file_with(campaigns, None);
            let base = if EXACTLY_ONCE_ONLY.contains(&key) {
                format!("{base}[processor]\nguarantee = \"exactly_once\"\n")
            } else {
                base
            };
            std::fs::write(d.config(), &base).unwrap();
            // A list is written as comma-separated text.
            let raw = if toml_value.starts_with('[') {
                text.clone()
            } else {
                toml_value.trim_matches('"').to_owned()
            };
            let var = variable_of(key);
            let env = Env::from_pairs([(var.clone(), raw.clone())]);
            let s = d
                .load(&env, &Overrides::default())
                .unwrap_or_else(|e| panic!("{key} from {var}:\n{e}"));
            assert_eq!(resolved(&s, key), text, "{key} from {var}");
            assert_eq!(s.origin(key), Origin::Env(var.clone()), "{key} from {var}");

            // And from --set, over the environment.
            let flags = Overrides {
                set: vec![format!("{key}={raw}")],
                ..Overrides::default()
            };
            let s = d
                .load(&env, &flags)
                .unwrap_or_else(|e| panic!("{key} from --set:\n{e}"));
            assert_eq!(resolved(&s, key), text, "{key} from --set");
            assert_eq!(
                s.origin(key),
                Origin::Flag(format!("--set {key}")),
                "{key} from --set"
            );
        }
    }

    #[test]
    fn every_key_in_the_reference_is_in_the_every_key_test_and_back() {
        let doc = include_str!("../../../docs/configuration.md");
        let mut documented = Vec::new();
        let mut section = None;
        for line in doc.lines() {
            if let Some(rest) = line.strip_prefix("### `[") {
                section = rest.strip_suffix("]`").map(str::to_owned);
            } else if line.starts_with("## ") {
                section = None;
            } else if let (Some(s), Some(rest)) = (&section, line.strip_prefix("| ")) {
                // Every `name` of the first cell.
                let cell = rest.split(" |").next().unwrap_or_default();
                for name in cell.split('`').skip(1).step_by(2) {
                    if name != "key" {
                        documented.push(format!("{s}.{name}"));
                    }
                }
            }
        }
        // A table of names (librdkafka properties, named tokens) is
        // documented once and tested with one name.
        let tested: Vec<String> = EVERY_KEY
            .iter()
            .map(|(k, _, _)| match k {
                k if k.starts_with("kafka.properties.") => "kafka.properties".to_owned(),
                k if k.starts_with("admin.tokens.") => "admin.tokens".to_owned(),
                k => (*k).to_owned(),
            })
            .collect();
        documented.sort();
        let mut tested_sorted = tested.clone();
        tested_sorted.sort();
        assert_eq!(documented, tested_sorted);
    }

    #[test]
    fn the_projects_own_tool_variables_are_neither_read_nor_refused() {
        let env = Env::from_pairs([
            ("PERIMETER_BENCH_SIZES", "1000"),
            ("PERIMETER_E2E_VENV", "/tmp/venv"),
            ("PERIMETER_CRASH_GUARANTEES", "exactly_once"),
            ("PERIMETER_UI_NPM", "0"),
            ("PERIMETER_BIN", "/usr/local/bin/perimeter"),
            ("PERIMETER_KAFKA_BROKERS", "b:9092"),
        ]);
        let mut problems = Vec::new();
        let layers = env_layers(&env, &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            layers.len(),
            1,
            "only PERIMETER_KAFKA_BROKERS is configuration"
        );
    }

    #[test]
    fn a_misspelt_variable_is_reported_with_its_name() {
        let d = Dir::new(MINIMAL);
        let env = Env::from_pairs([
            ("PERIMETER_KAFKA_BROKER", "b:9092"),
            ("PERIMETER_KAFK_BROKERS", "b:9092"),
            ("PERIMETER_PROCESSOR_WORKERS", "two"),
            ("HOME", "/root"),
        ]);
        let e = d.load(&env, &Overrides::default()).unwrap_err();
        assert!(
            e.has("kafka.broker", "unknown key (expected one of brokers, group_id, properties) (from env PERIMETER_KAFKA_BROKER)"),
            "{e}"
        );
        assert!(
            e.problems.iter().any(|p| p
                .message
                .contains("PERIMETER_KAFK_BROKERS is not a configuration variable")),
            "{e}"
        );
        assert!(
            e.has(
                "processor.workers",
                "(from env PERIMETER_PROCESSOR_WORKERS)"
            ),
            "{e}"
        );
        assert_eq!(e.problems.len(), 3, "{e}");
    }

    #[test]
    fn a_malformed_set_flag_is_reported() {
        let flags = Overrides {
            set: vec!["processor.workers".into(), "nosuch.key=1".into()],
            ..Overrides::default()
        };
        let e = Dir::new(MINIMAL).load(&Env::default(), &flags).unwrap_err();
        assert!(
            e.problems.iter().any(|p| p
                .message
                .contains("--set \"processor.workers\": write --set section.key=value")),
            "{e}"
        );
        assert!(e.has("nosuch", "unknown section"), "{e}");
        assert!(e.has("nosuch", "(from flag --set nosuch.key)"), "{e}");
    }

    #[test]
    fn http_admin_listen_and_stall_timeout_are_read_and_checked() {
        let s = Dir::new(&format!(
            "{MINIMAL}[http]\nlisten = \"0.0.0.0:9464\"\nadmin_listen = \"127.0.0.1:9465\"\nstall_timeout = \"90s\"\n"
        ))
        .ok();
        assert_eq!(s.admin_listen, Some("127.0.0.1:9465".parse().unwrap()));
        assert_eq!(s.stall_timeout, Duration::from_secs(90));
        let d = Dir::new(MINIMAL).ok();
        assert_eq!(d.admin_listen, None);
        assert_eq!(d.stall_timeout, perimeter_stream::DEFAULT_STALL_TIMEOUT);
        for (http, text) in [
            (
                "listen = \"off\"\nadmin_listen = \"127.0.0.1:9465\"",
                "http.listen is \"off\"",
            ),
            (
                "listen = \"127.0.0.1:9465\"\nadmin_listen = \"127.0.0.1:9465\"",
                "is http.listen's address",
            ),
            (
                "admin_listen = \"localhost:9465\"",
                "is not an IP address and port",
            ),
        ] {
            let e = Dir::new(&format!("{MINIMAL}[http]\n{http}\n")).err();
            assert!(e.has("http.admin_listen", text), "{e}");
        }
        let e = Dir::new(&format!("{MINIMAL}[http]\nstall_timeout = \"10ms\"\n")).err();
        assert!(e.has("http.stall_timeout", "at least 1s"), "{e}");
    }

    #[test]
    fn fence_limits_reach_the_processor_config_and_nonsense_limits_are_refused() {
        let s = Dir::new(&format!(
            "{MINIMAL}\n[fences]\nmin_area_m2 = 50.5\nmax_vertices = 64\n"
        ))
        .ok();
        assert_eq!(s.fence_limits.min_area_m2, 50.5);
        assert_eq!(s.fence_limits.max_vertices, 64);
        assert_eq!(
            s.fence_limits.max_area_m2,
            ValidationLimits::default().max_area_m2
        );
        let c = s.processor_config(Health::new(), LiveTables::new(), Clock::system());
        assert_eq!(c.fence_limits, s.fence_limits);
        let e = Dir::new(&format!(
            "{MINIMAL}\n[fences]\nmin_area_m2 = 500.0\nmax_area_m2 = 400.0\nmax_vertices = 2\n\
             min_radius_m = -1.0\nmax_radius_m = 0.0\n"
        ))
        .err();
        assert!(
            e.has("fences.min_area_m2", "above fences.max_area_m2 (400)"),
            "{e}"
        );
        assert!(e.has("fences.max_vertices", "outside 3 to"), "{e}");
        assert!(e.has("fences.min_radius_m", "positive"), "{e}");
        assert!(e.has("fences.max_radius_m", "positive"), "{e}");
    }

    #[test]
    fn a_basemap_url_must_be_an_xyz_template_on_one_origin() {
        assert_eq!(
            basemap_origin("https://tiles.example.com:8443/osm/{z}/{x}/{y}.png").as_deref(),
            Ok("https://tiles.example.com:8443")
        );
        for bad in [
            "tiles.example.com/{z}/{x}/{y}.png",
            "ftp://tiles.example.com/{z}/{x}/{y}.png",
            "https://{s}.tile.example.com/{z}/{x}/{y}.png",
            "https://tiles.example.com/{z}/{x}.png",
            "https://user:pw@tiles.example.com/{z}/{x}/{y}.png",
            "https://tiles.example.com/{z}/{x}/{y}.png; script-src *",
        ] {
            assert!(basemap_origin(bad).is_err(), "{bad}");
        }
        let e = Dir::new(&format!(
            "{MINIMAL}\n[admin]\nbasemap_url = \"https://{{s}}.tile.example.com/{{z}}/{{x}}/{{y}}.png\"\n"
        ))
        .err();
        assert!(e.has("admin.basemap_url", "one origin"), "{e}");
    }

    #[test]
    fn named_tokens_and_the_identity_header_are_read_checked_and_never_shown() {
        let d = Dir::new(&format!(
            "{MINIMAL}\n[admin]\nidentity_header = \"X-Forwarded-User\"\n\
             [admin.tokens]\nalice = \"alice-token-0123456789\"\n"
        ));
        let s = d.ok();
        assert_eq!(
            s.admin.named_tokens,
            [("alice".to_owned(), "alice-token-0123456789".to_owned())]
        );
        assert_eq!(s.admin.identity_header.as_deref(), Some("X-Forwarded-User"));
        let shown = format!("{}\n{s:?}", s.summary());
        assert!(shown.contains("alice = \"<hidden>\"  # file"), "{shown}");
        assert!(!shown.contains("alice-token"), "{shown}");
        let e = Dir::new(&format!(
            "{MINIMAL}\n[admin]\nidentity_header = \"bad header\"\n\
             [admin.tokens]\n\"a b\" = \"x-token-0123456789\"\nbob = \"short\"\n"
        ))
        .err();
        assert!(
            e.has("admin.identity_header", "not an HTTP header name"),
            "{e}"
        );
        assert!(e.has("admin.tokens.a b", "1-64 letters"), "{e}");
        assert!(e.has("admin.tokens.bob", "at least"), "{e}");
        assert!(!e.to_string().contains("short"), "{e}");
    }
}
