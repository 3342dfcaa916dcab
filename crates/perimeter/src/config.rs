//! The configuration of `perimeter run`: a TOML file, environment variables
//! and command-line flags, checked as a whole before any network I/O.
//!
//! Precedence, lowest first: built-in defaults, the file, environment
//! variables, flags. [`load`] reads the file and the campaigns file it
//! names, applies the overrides and validates everything. It returns either
//! [`Settings`], ready to become a
//! [`ProcessorConfig`](perimeter_stream::ProcessorConfig), or a
//! [`ConfigError`] listing every problem found, each with its key path.
//!
//! The reference for users is `docs/configuration.md`; keep the two in step.

use std::collections::BTreeMap;
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use perimeter_offers::{CampaignFileError, CampaignRules};
use perimeter_presence::PresenceConfig;
use perimeter_stream::{
    Clock, ExactlyOnce, Guarantee, Health, LiveTables, ProcessorConfig, Topics,
};
use perimeter_wire::{PingFormat, PingReader};
use serde::Deserialize;
use serde::de::DeserializeOwned;

/// Prefix of the environment variables that set librdkafka properties:
/// `PERIMETER_KAFKA_PROPERTY__SASL_PASSWORD` sets `sasl.password`.
pub const ENV_PROPERTY_PREFIX: &str = "PERIMETER_KAFKA_PROPERTY__";
/// Environment variable overriding `kafka.brokers`.
pub const ENV_BROKERS: &str = "PERIMETER_KAFKA_BROKERS";
/// Environment variable overriding `kafka.group_id`.
pub const ENV_GROUP_ID: &str = "PERIMETER_KAFKA_GROUP_ID";
/// Environment variable overriding `http.listen`.
pub const ENV_HTTP_LISTEN: &str = "PERIMETER_HTTP_LISTEN";
/// Environment variable overriding `offers.campaigns`.
pub const ENV_CAMPAIGNS: &str = "PERIMETER_OFFERS_CAMPAIGNS";
/// Environment variable overriding `log.level`.
pub const ENV_LOG_LEVEL: &str = "PERIMETER_LOG_LEVEL";
/// Environment variable holding the admin API's bearer token
/// (`admin.token`); the usual place for it, so that it stays out of files.
pub const ENV_ADMIN_TOKEN: &str = "PERIMETER_ADMIN_TOKEN";
/// Default largest admin request body: a 100k-fence GeoJSON file is about
/// 128 MiB, a city's catalog a few MiB.
pub const DEFAULT_ADMIN_MAX_BODY: usize = 64 * 1024 * 1024;
/// Shortest admin token accepted: a guessable token is no protection.
pub const MIN_ADMIN_TOKEN_LEN: usize = 16;
/// The usual tracing filter variable; overrides `log.level` too, but
/// `PERIMETER_LOG_LEVEL` wins when both are set.
pub const ENV_RUST_LOG: &str = "RUST_LOG";

/// Default consumer group.
pub const DEFAULT_GROUP_ID: &str = "perimeter";
/// Default address of the HTTP server.
pub const DEFAULT_HTTP_LISTEN: &str = "0.0.0.0:9464";
/// Default log filter.
pub const DEFAULT_LOG_LEVEL: &str = "info";
/// Most worker threads accepted: more than this is a typo, not a machine.
pub const MAX_WORKERS: usize = 1024;
/// Longest Kafka topic name.
const MAX_TOPIC_LEN: usize = 249;
/// What a secret value is shown as.
pub const MASK: &str = "<hidden>";

/// librdkafka properties that Perimeter sets itself, with the reason why
/// `kafka.properties` may not change them.
pub const PROTECTED_PROPERTIES: &[(&str, &str)] = &[
    ("bootstrap.servers", "set kafka.brokers instead"),
    ("metadata.broker.list", "set kafka.brokers instead"),
    ("group.id", "set kafka.group_id instead"),
    (
        "enable.auto.offset.store",
        "Perimeter stores a ping's offset only after every record it produced was acknowledged; \
         letting librdkafka store offsets itself could skip pings after a crash",
    ),
    (
        "enable.auto.commit",
        "Perimeter decides when stored offsets are committed (on a timer and when partitions \
         are released); this is part of the no-loss guarantee",
    ),
    (
        "auto.offset.reset",
        "a new consumer group, or a partition whose committed offset expired, must start at \
         the earliest ping and never skip to the end",
    ),
    (
        "acks",
        "events and triggers must be acknowledged by every in-sync replica before a ping's \
         offset is stored; fewer acks can lose them",
    ),
    (
        "request.required.acks",
        "events and triggers must be acknowledged by every in-sync replica before a ping's \
         offset is stored; fewer acks can lose them",
    ),
    (
        "enable.idempotence",
        "a producer retry must never duplicate or reorder a user's changelog records or events: \
         a user's state must never regress to an older record",
    ),
    (
        "isolation.level",
        "Perimeter must never read records of aborted transactions (a rolled-back consent \
         grant must not count); librdkafka's default, read_committed, is required",
    ),
    (
        "transactional.id",
        "set processor.guarantee = \"exactly_once\" and processor.transactional_id instead",
    ),
    (
        "transaction.timeout.ms",
        "set processor.transaction_timeout instead",
    ),
    (
        "enable.partition.eof",
        "the processor's consumers rely on end-of-partition events being off",
    ),
    (
        "statistics.interval.ms",
        "Perimeter reads consumer lag from librdkafka statistics at its own interval",
    ),
];

// ---------------------------------------------------------------------------
// Problems
// ---------------------------------------------------------------------------

/// One thing wrong with the configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Dotted key path (`presence.exit_debounce_pings`), or empty for the
    /// file as a whole.
    pub key: String,
    /// What is wrong and, where it helps, how to fix it.
    pub message: String,
}

impl Problem {
    fn new(key: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            message: message.into(),
        }
    }
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
    /// Every problem, in file order as far as possible.
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
// Where values come from
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
    /// This command-line flag.
    Flag(&'static str),
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

/// The highest-precedence of file, environment and flag.
fn layer<T>(
    file: Option<T>,
    env: Option<(&str, T)>,
    flag: Option<(&'static str, T)>,
) -> Option<(T, Origin)> {
    if let Some((name, v)) = flag {
        return Some((v, Origin::Flag(name)));
    }
    if let Some((name, v)) = env {
        return Some((v, Origin::Env(name.to_owned())));
    }
    file.map(|v| (v, Origin::File))
}

// ---------------------------------------------------------------------------
// The file, as written
// ---------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct KafkaSection {
    brokers: Option<String>,
    group_id: Option<String>,
    properties: Option<toml::Table>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicsSection {
    pings: Option<String>,
    consent: Option<String>,
    fences: Option<String>,
    events: Option<String>,
    offers: Option<String>,
    dlq: Option<String>,
    presence_state: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PingsSection {
    format: Option<PingFormat>,
    max_future: Option<String>,
    allowed_lateness: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PresenceSection {
    enter_accuracy_limit_m: Option<f64>,
    exit_buffer_m: Option<f64>,
    exit_accuracy_factor: Option<f64>,
    exit_debounce: Option<String>,
    exit_debounce_pings: Option<u16>,
    exit_after_silence: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct OffersSection {
    campaigns: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProcessorSection {
    workers: Option<usize>,
    idle_partition_after: Option<String>,
    startup_timeout: Option<String>,
    shutdown_timeout: Option<String>,
    guarantee: Option<String>,
    transactional_id: Option<String>,
    commit_interval: Option<String>,
    transaction_timeout: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct HttpSection {
    listen: Option<String>,
    admin_listen: Option<String>,
    stall_timeout: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct AdminSection {
    token: Option<String>,
    max_body_bytes: Option<usize>,
    live_wait: Option<String>,
    publish_timeout: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct LogSection {
    level: Option<String>,
    format: Option<LogFormat>,
}

/// The sections of the file, in the order the reference documents them.
const SECTIONS: [&str; 9] = [
    "kafka",
    "topics",
    "pings",
    "presence",
    "offers",
    "processor",
    "http",
    "admin",
    "log",
];

/// How log lines are written (to stderr).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
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

/// Deserializes section `name` of `root` into `T`. serde stops at the first
/// bad key of a section, so a bad key is reported, removed, and the section
/// read again: every bad key of the file is reported at once, and the good
/// keys next to it are still validated.
fn section<T: DeserializeOwned + Default>(
    root: &mut toml::Table,
    name: &str,
    problems: &mut Vec<Problem>,
) -> T {
    let Some(value) = root.remove(name) else {
        return T::default();
    };
    let toml::Value::Table(mut table) = value else {
        problems.push(Problem::new(
            name,
            format!("must be a table ([{name}]), not a single value"),
        ));
        return T::default();
    };
    loop {
        match T::deserialize(toml::Value::Table(table.clone())) {
            Ok(v) => return v,
            Err(e) => {
                let (path, message) = describe(&e);
                let removed = path
                    .as_deref()
                    .and_then(|p| p.split('.').next())
                    .and_then(|field| table.remove(field));
                match (path, removed) {
                    (Some(path), Some(_)) => {
                        problems.push(Problem::new(format!("{name}.{path}"), message));
                    }
                    _ => {
                        // Cannot tell which key: report the section whole.
                        problems.push(Problem::new(name, e.message()));
                        return T::default();
                    }
                }
            }
        }
    }
}

/// The key path and the message of a serde error on a section. toml's error
/// carries the path only in its text (`...\nin `a.b``), and an unknown field
/// only in its message.
fn describe(e: &toml::de::Error) -> (Option<String>, String) {
    let message = e.message().trim().to_owned();
    if let Some(rest) = message.strip_prefix("unknown field `")
        && let Some((field, tail)) = rest.split_once('`')
    {
        let expected = tail.trim_start_matches(',').trim();
        let text = if expected.is_empty() {
            "unknown key".to_owned()
        } else {
            format!("unknown key ({expected})")
        };
        return (Some(field.to_owned()), text);
    }
    let text = e.to_string();
    let path = text.lines().find_map(|l| {
        l.trim()
            .strip_prefix("in `")
            .and_then(|p| p.strip_suffix('`'))
            .map(str::to_owned)
    });
    (path, message)
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
            .map(|(k, v)| format!("{k}={}", if is_secret(k) { MASK } else { v }))
            .collect()
    }

    /// Whether no property is set.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for KafkaProperties {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.masked()).finish()
    }
}

/// Whether a librdkafka property holds a secret that must never be shown:
/// passwords, client secrets, tokens, private keys.
#[must_use]
pub fn is_secret(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n.contains("password")
        || n.contains("secret")
        || n.contains("token")
        || n == "sasl.oauthbearer.config"
        || n == "ssl.key.pem"
        || n == "ssl_key"
}

/// The admin API's settings (`[admin]`).
#[derive(Clone, PartialEq, Eq)]
pub struct AdminSettings {
    /// The bearer token of mutating requests; `None`: the API is read-only.
    pub token: Option<String>,
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// How long an upload waits for its version to go live in this
    /// instance before answering `"live": false`.
    pub live_wait: Duration,
    /// How long an upload or erase may wait for the broker's
    /// acknowledgements.
    pub publish_timeout: Duration,
}

impl Default for AdminSettings {
    fn default() -> Self {
        Self {
            token: None,
            max_body_bytes: DEFAULT_ADMIN_MAX_BODY,
            live_wait: Duration::from_secs(10),
            publish_timeout: Duration::from_secs(30),
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
            .finish()
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
    /// `kafka.properties` plus `PERIMETER_KAFKA_PROPERTY__*`.
    pub kafka_properties: KafkaProperties,
    /// `[topics]`.
    pub topics: Topics,
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
    /// The tracing filter (`log.level` or its overrides).
    pub log_level: String,
    /// `log.format`.
    pub log_format: LogFormat,
    /// Keys set by the environment or a flag, and by which.
    pub overridden: Vec<(String, Origin)>,
}

impl Settings {
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
        c
    }

    /// A human-readable summary, a line per section, secrets masked: what
    /// `perimeter run --check` prints.
    #[must_use]
    pub fn summary(&self) -> String {
        let d = |d: Duration| humantime::format_duration(d).to_string();
        let t = &self.topics;
        let p = &self.presence;
        let mut lines = vec![
            format!("config file          {}", self.file.display()),
            format!("kafka.brokers        {}", self.brokers),
            format!("kafka.group_id       {}", self.group_id),
            format!(
                "kafka.properties     {}",
                if self.kafka_properties.is_empty() {
                    "(none)".to_owned()
                } else {
                    self.kafka_properties.masked().join(", ")
                }
            ),
            format!(
                "topics               pings={} consent={} fences={} events={} offers={} dlq={} presence_state={}",
                t.pings, t.consent, t.fences, t.events, t.offers, t.dlq, t.presence_state
            ),
            format!(
                "pings                format={} max_future={} allowed_lateness={}",
                self.ping_reader.format,
                d(self.ping_reader.max_future),
                d(self.allowed_lateness)
            ),
            format!(
                "presence             enter_accuracy_limit_m={} exit_buffer_m={} exit_accuracy_factor={} exit_debounce={} exit_debounce_pings={} exit_after_silence={}",
                p.enter_accuracy_limit_m,
                p.exit_buffer_m,
                p.exit_accuracy_factor,
                d(p.exit_debounce),
                p.exit_debounce_pings,
                d(p.exit_after_silence)
            ),
            format!(
                "offers.campaigns     {} ({} campaigns)",
                self.campaigns_path.display(),
                self.rules.campaigns().len()
            ),
            format!(
                "processor            workers={} idle_partition_after={} startup_timeout={} shutdown_timeout={}",
                if self.workers == 0 {
                    "0 (one per core)".to_owned()
                } else {
                    self.workers.to_string()
                },
                d(self.idle_partition_after),
                d(self.startup_timeout),
                d(self.shutdown_timeout)
            ),
            match &self.guarantee {
                Guarantee::AtLeastOnce => "processor.guarantee  at_least_once".to_owned(),
                Guarantee::ExactlyOnce(e) => format!(
                    "processor.guarantee  exactly_once transactional_id={} commit_interval={} transaction_timeout={}",
                    e.transactional_id,
                    d(e.commit_interval),
                    d(e.transaction_timeout)
                ),
            },
            format!(
                "http.listen          {}",
                self.http_listen
                    .map_or_else(|| "off".to_owned(), |a| a.to_string())
            ),
            format!(
                "http.admin_listen    {} stall_timeout={}",
                self.admin_listen
                    .map_or_else(|| "(http.listen)".to_owned(), |a| a.to_string()),
                d(self.stall_timeout)
            ),
            format!(
                "admin                token={} max_body_bytes={} live_wait={} publish_timeout={}",
                if self.admin.token.is_some() {
                    MASK
                } else {
                    "(none: read-only)"
                },
                self.admin.max_body_bytes,
                d(self.admin.live_wait),
                d(self.admin.publish_timeout)
            ),
            format!(
                "log                  level={} format={}",
                self.log_level, self.log_format
            ),
        ];
        if !self.overridden.is_empty() {
            let o: Vec<String> = self
                .overridden
                .iter()
                .map(|(k, origin)| format!("{k} ({origin})"))
                .collect();
            lines.push(format!("overridden           {}", o.join(", ")));
        }
        lines.join("\n")
    }
}

// ---------------------------------------------------------------------------
// Loading
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
        problems: vec![Problem::new("", format!("cannot read the file: {e}"))],
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
    let mut root: toml::Table = toml::from_str(text).map_err(|e| {
        reject(vec![Problem::new(
            "",
            format!("not valid TOML: {}", e.to_string().trim_end()),
        )])
    })?;
    let mut v = Validator {
        problems: Vec::new(),
        overridden: Vec::new(),
    };
    let kafka: KafkaSection = section(&mut root, "kafka", &mut v.problems);
    let topics: TopicsSection = section(&mut root, "topics", &mut v.problems);
    let pings: PingsSection = section(&mut root, "pings", &mut v.problems);
    let presence: PresenceSection = section(&mut root, "presence", &mut v.problems);
    let offers: OffersSection = section(&mut root, "offers", &mut v.problems);
    let processor: ProcessorSection = section(&mut root, "processor", &mut v.problems);
    let http: HttpSection = section(&mut root, "http", &mut v.problems);
    let admin: AdminSection = section(&mut root, "admin", &mut v.problems);
    let log: LogSection = section(&mut root, "log", &mut v.problems);
    for key in root.keys() {
        v.problems.push(Problem::new(
            key.clone(),
            format!("unknown section (expected one of {})", SECTIONS.join(", ")),
        ));
    }

    let brokers = v.brokers(kafka.brokers, env, flags);
    let group_id = v.group_id(kafka.group_id, env, flags);
    let kafka_properties = v.properties(kafka.properties, env);
    let topics = v.topics(topics);
    let (ping_reader, allowed_lateness) = v.pings(pings);
    let presence = v.presence(presence);
    let (campaigns_path, rules) = v.campaigns(offers.campaigns, base_dir, env, flags);
    let processor = v.processor(processor, flags, env, &group_id);
    let http_listen = v.http_listen(http.listen, env, flags);
    let admin_listen = v.admin_listen(http.admin_listen, http_listen.flatten());
    let stall_timeout = v.duration(
        "http.stall_timeout",
        http.stall_timeout,
        perimeter_stream::DEFAULT_STALL_TIMEOUT,
    );
    v.at_least_a_second("http.stall_timeout", stall_timeout);
    let admin = v.admin(admin, env);
    let log_level = v.log_level(log.level, env, flags);

    if !v.problems.is_empty() {
        return Err(reject(v.problems));
    }
    // Every `None` below was reported as a problem above.
    match (brokers, campaigns_path, rules, http_listen) {
        (Some(brokers), Some(campaigns_path), Some(rules), Some(http_listen)) => Ok(Settings {
            file: file.to_owned(),
            brokers,
            group_id,
            kafka_properties,
            topics,
            ping_reader,
            allowed_lateness,
            presence,
            campaigns_path,
            rules,
            workers: processor.workers,
            idle_partition_after: processor.idle_partition_after,
            startup_timeout: processor.startup_timeout,
            shutdown_timeout: processor.shutdown_timeout,
            guarantee: processor.guarantee,
            http_listen,
            admin_listen,
            stall_timeout,
            admin,
            log_level,
            log_format: log.format.unwrap_or_default(),
            overridden: v.overridden,
        }),
        _ => Err(reject(vec![Problem::new(
            "",
            "incomplete configuration (internal: a missing value was not reported)",
        )])),
    }
}

struct ProcessorValues {
    workers: usize,
    idle_partition_after: Duration,
    startup_timeout: Duration,
    shutdown_timeout: Duration,
    guarantee: Guarantee,
}

/// Collects problems while turning the sections into values.
struct Validator {
    problems: Vec<Problem>,
    overridden: Vec<(String, Origin)>,
}

impl Validator {
    fn problem(&mut self, key: &str, origin: &Origin, message: impl fmt::Display) {
        self.problems
            .push(Problem::new(key, format!("{message}{}", origin.suffix())));
    }

    fn note(&mut self, key: &str, origin: &Origin) {
        if matches!(origin, Origin::Env(_) | Origin::Flag(_)) {
            self.overridden.push((key.to_owned(), origin.clone()));
        }
    }

    /// A duration in humantime syntax; `None` (reported) when unparsable.
    fn duration(&mut self, key: &str, text: Option<String>, default: Duration) -> Duration {
        let Some(text) = text else {
            return default;
        };
        match humantime::parse_duration(text.trim()) {
            Ok(d) => d,
            Err(e) => {
                self.problem(
                    key,
                    &Origin::File,
                    format!(
                        "{text:?} is not a duration ({e}); write e.g. \"30s\", \"5m\", \"1h 30m\""
                    ),
                );
                default
            }
        }
    }

    fn at_least_a_second(&mut self, key: &str, d: Duration) {
        if d < Duration::from_secs(1) {
            self.problem(key, &Origin::File, "must be at least 1s");
        }
    }

    fn brokers(&mut self, file: Option<String>, env: &Env, flags: &Overrides) -> Option<String> {
        let key = "kafka.brokers";
        let Some((raw, origin)) = layer(
            file,
            env.get(ENV_BROKERS).map(|v| (ENV_BROKERS, v.to_owned())),
            flags.brokers.clone().map(|v| ("--brokers", v)),
        ) else {
            self.problem(
                key,
                &Origin::Default,
                format!("required: the Kafka bootstrap servers, e.g. \"kafka-1:9092,kafka-2:9092\" (or set {ENV_BROKERS} or --brokers)"),
            );
            return None;
        };
        self.note(key, &origin);
        let entries: Vec<&str> = raw.split(',').map(str::trim).collect();
        if raw.trim().is_empty() {
            self.problem(key, &origin, "must not be empty");
            return None;
        }
        if entries.iter().any(|e| e.is_empty()) {
            self.problem(
                key,
                &origin,
                format!("{raw:?} has an empty entry: write host:port[,host:port...]"),
            );
            return None;
        }
        if let Some(bad) = entries.iter().find(|e| e.contains(char::is_whitespace)) {
            self.problem(
                key,
                &origin,
                format!("{bad:?} contains whitespace: write host:port[,host:port...]"),
            );
            return None;
        }
        Some(entries.join(","))
    }

    fn group_id(&mut self, file: Option<String>, env: &Env, flags: &Overrides) -> String {
        let key = "kafka.group_id";
        let Some((raw, origin)) = layer(
            file,
            env.get(ENV_GROUP_ID).map(|v| (ENV_GROUP_ID, v.to_owned())),
            flags.group_id.clone().map(|v| ("--group-id", v)),
        ) else {
            return DEFAULT_GROUP_ID.to_owned();
        };
        self.note(key, &origin);
        if raw.trim().is_empty() {
            self.problem(key, &origin, "must not be empty");
        } else if raw.trim() != raw {
            self.problem(
                key,
                &origin,
                format!("{raw:?} has leading or trailing whitespace"),
            );
        }
        raw
    }

    fn properties(&mut self, file: Option<toml::Table>, env: &Env) -> KafkaProperties {
        let mut props: BTreeMap<String, (String, Origin)> = BTreeMap::new();
        if let Some(table) = file {
            let mut flat = Vec::new();
            flatten("", &table, &mut flat);
            for (name, value) in flat {
                let key = format!("kafka.properties.{name}");
                match value {
                    toml::Value::String(s) => {
                        props.insert(name, (s, Origin::File));
                    }
                    toml::Value::Integer(i) => {
                        props.insert(name, (i.to_string(), Origin::File));
                    }
                    toml::Value::Float(f) => {
                        props.insert(name, (f.to_string(), Origin::File));
                    }
                    toml::Value::Boolean(b) => {
                        props.insert(name, (b.to_string(), Origin::File));
                    }
                    _ => self.problem(
                        &key,
                        &Origin::File,
                        "must be a string, number or boolean (librdkafka properties are text)",
                    ),
                }
            }
        }
        for (var, value) in &env.vars {
            let Some(rest) = var.strip_prefix(ENV_PROPERTY_PREFIX) else {
                continue;
            };
            let origin = Origin::Env(var.clone());
            if rest.is_empty() {
                self.problem(
                    "kafka.properties",
                    &origin,
                    format!("{var} names no property: write {ENV_PROPERTY_PREFIX}SASL_PASSWORD for sasl.password"),
                );
                continue;
            }
            let name = rest.to_ascii_lowercase().replace('_', ".");
            props.insert(name, (value.clone(), origin));
        }

        let mut out = Vec::new();
        for (name, (value, origin)) in props {
            let key = format!("kafka.properties.{name}");
            self.note(&key, &origin);
            if let Some((_, why)) = PROTECTED_PROPERTIES
                .iter()
                .find(|(p, _)| p.eq_ignore_ascii_case(&name))
            {
                self.problem(
                    &key,
                    &origin,
                    format!(
                        "Perimeter sets this property itself and it may not be overridden: {why}"
                    ),
                );
                continue;
            }
            if let Some(why) = restricted_value(&name, &value) {
                self.problem(&key, &origin, why);
                continue;
            }
            let mut probe = rdkafka::ClientConfig::new();
            probe.set(name.as_str(), value.as_str());
            if let Err(e) = probe.create_native_config() {
                let detail = match e {
                    // librdkafka's text may quote the value: never a secret.
                    rdkafka::error::KafkaError::ClientConfig(_, desc, _, _) if is_secret(&name) => {
                        if value.is_empty() {
                            desc
                        } else {
                            desc.replace(value.as_str(), MASK)
                        }
                    }
                    rdkafka::error::KafkaError::ClientConfig(_, desc, _, _)
                        if desc.contains(value.as_str()) =>
                    {
                        desc
                    }
                    rdkafka::error::KafkaError::ClientConfig(_, desc, _, _) => {
                        format!("{desc} (value {value:?})")
                    }
                    _ if is_secret(&name) => "rejected by librdkafka (value hidden)".to_owned(),
                    other => other.to_string(),
                };
                self.problem(&key, &origin, detail);
                continue;
            }
            out.push((name, value));
        }
        KafkaProperties(out)
    }

    fn topics(&mut self, s: TopicsSection) -> Topics {
        let d = Topics::default();
        let t = Topics {
            pings: s.pings.unwrap_or(d.pings),
            consent: s.consent.unwrap_or(d.consent),
            fences: s.fences.unwrap_or(d.fences),
            events: s.events.unwrap_or(d.events),
            offers: s.offers.unwrap_or(d.offers),
            dlq: s.dlq.unwrap_or(d.dlq),
            presence_state: s.presence_state.unwrap_or(d.presence_state),
        };
        let named = [
            ("pings", &t.pings),
            ("consent", &t.consent),
            ("fences", &t.fences),
            ("events", &t.events),
            ("offers", &t.offers),
            ("dlq", &t.dlq),
            ("presence_state", &t.presence_state),
        ];
        for (i, (field, name)) in named.iter().enumerate() {
            let key = format!("topics.{field}");
            if let Err(why) = check_topic_name(name) {
                self.problem(&key, &Origin::File, format!("{name:?} {why}"));
                continue;
            }
            // Kafka maps '.' to '_' in metric names and refuses topics
            // that collide that way.
            let collide = |a: &str, b: &str| a.replace('.', "_") == b.replace('.', "_");
            if let Some((other, _)) = named[..i].iter().find(|(_, n)| collide(n, name)) {
                self.problem(
                    &key,
                    &Origin::File,
                    format!(
                        "{name:?} is also topics.{other}: every topic must be different (names differing only in '.' and '_' count as equal)"
                    ),
                );
            }
        }
        t
    }

    fn pings(&mut self, s: PingsSection) -> (PingReader, Duration) {
        let d = PingReader::default();
        let reader = PingReader {
            format: s.format.unwrap_or(d.format),
            max_future: self.duration("pings.max_future", s.max_future, d.max_future),
        };
        let lateness = self.duration(
            "pings.allowed_lateness",
            s.allowed_lateness,
            Duration::from_secs(30),
        );
        (reader, lateness)
    }

    fn presence(&mut self, s: PresenceSection) -> PresenceConfig {
        let d = PresenceConfig::default();
        let c = PresenceConfig {
            enter_accuracy_limit_m: s.enter_accuracy_limit_m.unwrap_or(d.enter_accuracy_limit_m),
            exit_buffer_m: s.exit_buffer_m.unwrap_or(d.exit_buffer_m),
            exit_accuracy_factor: s.exit_accuracy_factor.unwrap_or(d.exit_accuracy_factor),
            exit_debounce: self.duration(
                "presence.exit_debounce",
                s.exit_debounce,
                d.exit_debounce,
            ),
            exit_debounce_pings: s.exit_debounce_pings.unwrap_or(d.exit_debounce_pings),
            exit_after_silence: self.duration(
                "presence.exit_after_silence",
                s.exit_after_silence,
                d.exit_after_silence,
            ),
        };
        // validate() names the first bad field only: report it, put the
        // default in its place and check again, so that every bad field is
        // listed. The rules themselves stay in perimeter-presence.
        let mut reported: Vec<&str> = Vec::new();
        let mut checked = c.clone();
        while let Err(e) = checked.validate() {
            if reported.contains(&e.field) {
                break;
            }
            reported.push(e.field);
            self.problem(
                &format!("presence.{}", e.field),
                &Origin::File,
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
        file: Option<String>,
        base_dir: &Path,
        env: &Env,
        flags: &Overrides,
    ) -> (Option<PathBuf>, Option<CampaignRules>) {
        let key = "offers.campaigns";
        // A path in the file is relative to the file; one from the
        // environment or a flag is relative to the working directory, as
        // any path typed on a command line.
        let Some((path, origin)) = layer(
            file.map(|f| base_dir.join(f)),
            env.get(ENV_CAMPAIGNS)
                .map(|v| (ENV_CAMPAIGNS, PathBuf::from(v))),
            flags.campaigns.clone().map(|v| ("--campaigns", v)),
        ) else {
            self.problem(
                key,
                &Origin::Default,
                format!("required: the campaign rules file (TOML, see docs/campaigns.md), relative to this file (or set {ENV_CAMPAIGNS} or --campaigns)"),
            );
            return (None, None);
        };
        self.note(key, &origin);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                self.problem(key, &origin, format!("cannot read {}: {e}", path.display()));
                return (Some(path), None);
            }
        };
        match CampaignRules::from_toml_str(&text) {
            Ok(rules) => (Some(path), Some(rules)),
            Err(CampaignFileError::Syntax(s)) => {
                self.problem(key, &origin, format!("{}: not valid: {s}", path.display()));
                (Some(path), None)
            }
            Err(CampaignFileError::Invalid(errors)) => {
                for e in errors {
                    self.problem(key, &origin, format!("{}: {e}", path.display()));
                }
                (Some(path), None)
            }
        }
    }

    fn processor(
        &mut self,
        s: ProcessorSection,
        flags: &Overrides,
        env: &Env,
        group_id: &str,
    ) -> ProcessorValues {
        let guarantee = self.guarantee(&s, env, group_id);
        let workers = match layer(s.workers, None, flags.workers.map(|w| ("--workers", w))) {
            Some((w, origin)) => {
                self.note("processor.workers", &origin);
                if w > MAX_WORKERS {
                    self.problem(
                        "processor.workers",
                        &origin,
                        format!("{w} is more than {MAX_WORKERS}; 0 means one per core"),
                    );
                }
                w
            }
            None => 0,
        };
        let idle = self.duration(
            "processor.idle_partition_after",
            s.idle_partition_after,
            Duration::from_secs(60),
        );
        self.at_least_a_second("processor.idle_partition_after", idle);
        let startup = self.duration(
            "processor.startup_timeout",
            s.startup_timeout,
            Duration::from_secs(60),
        );
        self.at_least_a_second("processor.startup_timeout", startup);
        let shutdown = self.duration(
            "processor.shutdown_timeout",
            s.shutdown_timeout,
            Duration::from_secs(10),
        );
        self.at_least_a_second("processor.shutdown_timeout", shutdown);
        ProcessorValues {
            workers,
            idle_partition_after: idle,
            startup_timeout: startup,
            shutdown_timeout: shutdown,
            guarantee,
        }
    }

    /// `processor.guarantee` and the settings only exactly-once has (set
    /// with at-least-once, they are refused rather than ignored).
    fn guarantee(&mut self, s: &ProcessorSection, env: &Env, group_id: &str) -> Guarantee {
        let exactly_once = match s.guarantee.as_deref().map(str::trim) {
            None | Some("at_least_once") => false,
            Some("exactly_once") => true,
            Some(other) => {
                self.problem(
                    "processor.guarantee",
                    &Origin::File,
                    format!("{other:?} is not a guarantee (at_least_once or exactly_once)"),
                );
                false
            }
        };
        if !exactly_once {
            for (key, set) in [
                ("processor.transactional_id", s.transactional_id.is_some()),
                ("processor.commit_interval", s.commit_interval.is_some()),
                (
                    "processor.transaction_timeout",
                    s.transaction_timeout.is_some(),
                ),
            ] {
                if set {
                    self.problem(
                        key,
                        &Origin::File,
                        "has no effect unless processor.guarantee = \"exactly_once\"",
                    );
                }
            }
            return Guarantee::AtLeastOnce;
        }
        let commit_interval = self.duration(
            "processor.commit_interval",
            s.commit_interval.clone(),
            ExactlyOnce::DEFAULT_COMMIT_INTERVAL,
        );
        let transaction_timeout = self.duration(
            "processor.transaction_timeout",
            s.transaction_timeout.clone(),
            ExactlyOnce::DEFAULT_TRANSACTION_TIMEOUT,
        );
        if commit_interval < Duration::from_millis(10) || commit_interval > Duration::from_secs(60)
        {
            self.problem(
                "processor.commit_interval",
                &Origin::File,
                "must be between 10ms and 60s",
            );
        }
        if transaction_timeout < Duration::from_secs(5)
            || transaction_timeout > Duration::from_secs(900)
        {
            // The broker caps it at transaction.max.timeout.ms (15 min by
            // default).
            self.problem(
                "processor.transaction_timeout",
                &Origin::File,
                "must be between 5s and 15m",
            );
        } else if commit_interval * 2 > transaction_timeout {
            self.problem(
                "processor.commit_interval",
                &Origin::File,
                "must be at most half of processor.transaction_timeout",
            );
        }
        let transactional_id = match &s.transactional_id {
            Some(id) => id.trim().to_owned(),
            None => match host_name(env) {
                Some(host) => format!("{group_id}-{host}"),
                None => {
                    self.problem(
                        "processor.transactional_id",
                        &Origin::Default,
                        "no host name to derive it from (HOSTNAME unset, /proc/sys/kernel/hostname unreadable); set it, unique per instance and stable across its restarts",
                    );
                    String::new()
                }
            },
        };
        if s.transactional_id.is_some() && transactional_id.is_empty() {
            self.problem("processor.transactional_id", &Origin::File, "is empty");
        }
        Guarantee::ExactlyOnce(ExactlyOnce {
            transactional_id,
            commit_interval,
            transaction_timeout,
        })
    }

    fn http_listen(
        &mut self,
        file: Option<String>,
        env: &Env,
        flags: &Overrides,
    ) -> Option<Option<SocketAddr>> {
        let key = "http.listen";
        let (raw, origin) = layer(
            file,
            env.get(ENV_HTTP_LISTEN)
                .map(|v| (ENV_HTTP_LISTEN, v.to_owned())),
            flags.http_listen.clone().map(|v| ("--http-listen", v)),
        )
        .unwrap_or_else(|| (DEFAULT_HTTP_LISTEN.to_owned(), Origin::Default));
        self.note(key, &origin);
        if raw.trim() == "off" {
            return Some(None);
        }
        match raw.trim().parse::<SocketAddr>() {
            Ok(a) => Some(Some(a)),
            Err(_) => {
                self.problem(
                    key,
                    &origin,
                    format!("{raw:?} is not an IP address and port (e.g. \"0.0.0.0:9464\", \"[::]:9464\") or \"off\""),
                );
                None
            }
        }
    }

    /// `http.admin_listen`: an address other than `http.listen`'s, and
    /// only with `http.listen` on (the admin API is served by the same
    /// server process).
    fn admin_listen(
        &mut self,
        file: Option<String>,
        http_listen: Option<SocketAddr>,
    ) -> Option<SocketAddr> {
        let key = "http.admin_listen";
        let raw = file?;
        match raw.trim().parse::<SocketAddr>() {
            Ok(a) if http_listen.is_none() => {
                self.problem(
                    key,
                    &Origin::File,
                    format!("{a} given, but http.listen is \"off\": no HTTP server runs"),
                );
                None
            }
            Ok(a) if Some(a) == http_listen => {
                self.problem(
                    key,
                    &Origin::File,
                    format!(
                        "{a} is http.listen's address; leave admin_listen out to serve both there"
                    ),
                );
                None
            }
            Ok(a) => Some(a),
            Err(_) => {
                self.problem(
                    key,
                    &Origin::File,
                    format!("{raw:?} is not an IP address and port (e.g. \"127.0.0.1:9465\")"),
                );
                None
            }
        }
    }

    fn admin(&mut self, s: AdminSection, env: &Env) -> AdminSettings {
        let d = AdminSettings::default();
        // An empty value (a Secret key that exists but is blank) means no
        // token: the API stays read-only, the safe side.
        let token = layer(
            s.token.filter(|t| !t.is_empty()),
            env.get(ENV_ADMIN_TOKEN)
                .filter(|v| !v.is_empty())
                .map(|v| (ENV_ADMIN_TOKEN, v.to_owned())),
            None,
        )
        .and_then(|(token, origin)| {
            self.note("admin.token", &origin);
            // Never echo the token: only its length and shape.
            if token.chars().count() < MIN_ADMIN_TOKEN_LEN {
                self.problem(
                    "admin.token",
                    &origin,
                    format!(
                        "is {} characters; use at least {MIN_ADMIN_TOKEN_LEN} random ones (e.g. `openssl rand -hex 32`)",
                        token.chars().count()
                    ),
                );
                None
            } else if !token.chars().all(|c| c.is_ascii_graphic()) {
                self.problem(
                    "admin.token",
                    &origin,
                    "must be printable ASCII without spaces (it travels in an HTTP header)",
                );
                None
            } else {
                Some(token)
            }
        });
        let max_body_bytes = s.max_body_bytes.unwrap_or(d.max_body_bytes);
        if max_body_bytes < 1024 {
            self.problem(
                "admin.max_body_bytes",
                &Origin::File,
                format!("{max_body_bytes} is below 1024 bytes: no fence file would fit"),
            );
        }
        let live_wait = self.duration("admin.live_wait", s.live_wait, d.live_wait);
        let publish_timeout = self.duration(
            "admin.publish_timeout",
            s.publish_timeout,
            d.publish_timeout,
        );
        self.at_least_a_second("admin.publish_timeout", publish_timeout);
        AdminSettings {
            token,
            max_body_bytes,
            live_wait,
            publish_timeout,
        }
    }

    fn log_level(&mut self, file: Option<String>, env: &Env, flags: &Overrides) -> String {
        let key = "log.level";
        // RUST_LOG is the generic variable, PERIMETER_LOG_LEVEL the specific
        // one: the specific one wins.
        let from_env = env
            .get(ENV_LOG_LEVEL)
            .map(|v| (ENV_LOG_LEVEL, v.to_owned()))
            .or_else(|| env.get(ENV_RUST_LOG).map(|v| (ENV_RUST_LOG, v.to_owned())));
        let (level, origin) = layer(
            file,
            from_env,
            flags.log_level.clone().map(|v| ("--log-level", v)),
        )
        .unwrap_or_else(|| (DEFAULT_LOG_LEVEL.to_owned(), Origin::Default));
        self.note(key, &origin);
        if let Err(e) = tracing_subscriber::EnvFilter::try_new(&level) {
            self.problem(
                key,
                &origin,
                format!("{level:?} is not a tracing filter ({e}); write e.g. \"info\" or \"info,perimeter_stream=debug\""),
            );
        }
        level
    }
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

/// Nested TOML tables become dotted names, so that both
/// `"security.protocol" = "SSL"` and `security.protocol = "SSL"` work.
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

/// Property values Perimeter cannot work with, for properties it does not
/// set itself.
fn restricted_value(name: &str, value: &str) -> Option<String> {
    let v = value.to_ascii_lowercase();
    match name {
        // librdkafka refuses a list mixing eager and cooperative assignors.
        "partition.assignment.strategy"
            if v.contains("cooperative") && (v.contains("range") || v.contains("roundrobin")) =>
        {
            Some(
                "cooperative-sticky cannot be listed with range or roundrobin (librdkafka \
                 refuses to mix incremental and eager assignors); name one"
                    .to_owned(),
            )
        }
        "group.protocol" if v.trim() != "classic" => Some(
            "only the classic consumer group protocol is supported (the consumer protocol \
             assigns partitions incrementally)"
                .to_owned(),
        ),
        _ => None,
    }
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
presence_state = "eu.presence-state"
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
        assert!(s.overridden.is_empty());

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
                presence_state: "eu.presence-state".into(),
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
        assert!(s.kafka_properties.is_empty());
        let c = s.processor_config(Health::new(), LiveTables::new(), Clock::system());
        let d = ProcessorConfig::new("x", "y", CampaignRules::default());
        assert_eq!(c.topics, Topics::default());
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
            ("pings.format", "unknown variant"),
            ("pings.max_future", "is not a duration"),
            ("presence.shape", "unknown key"),
            ("presence.exit_buffer_m", "non-negative"),
            ("presence.exit_debounce_pings", "must be at least 1"),
            ("processor.workers", "more than 1024"),
            ("processor.startup_timeout", "at least 1s"),
            ("http.listen", "is not an IP address and port"),
            ("log.level", "is not a tracing filter"),
            ("log.format", "unknown variant"),
        ] {
            assert!(e.has(key, text), "no `{key}: ...{text}...` in\n{e}");
        }
        assert_eq!(e.problems.len(), 18, "{e}");
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
        assert!(
            s.summary()
                .contains("exactly_once transactional_id=perimeter-perimeter-2")
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
        assert!(e.has("processor.guarantee", "not a guarantee"), "{e}");
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
            (ENV_BROKERS, "env:9092"),
            (ENV_GROUP_ID, "env-group"),
            (ENV_HTTP_LISTEN, "127.0.0.1:2"),
            (ENV_CAMPAIGNS, other.to_str().unwrap()),
            (ENV_LOG_LEVEL, "debug"),
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
        assert!(
            s.overridden
                .contains(&("kafka.brokers".to_owned(), Origin::Env(ENV_BROKERS.into())))
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
        };
        let s = d.load(&env, &flags).unwrap();
        assert_eq!(s.brokers, "flag:9092");
        assert_eq!(s.group_id, "flag-group");
        assert_eq!(s.http_listen, None);
        assert_eq!(s.campaigns_path, d.dir.path().join("campaigns.toml"));
        assert_eq!(s.workers, 3);
        assert_eq!(s.log_level, "error");
        assert!(
            s.overridden
                .contains(&("kafka.brokers".to_owned(), Origin::Flag("--brokers")))
        );
    }

    #[test]
    fn a_bad_override_says_where_it_came_from() {
        let env = Env::from_pairs([(ENV_HTTP_LISTEN, "nowhere")]);
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
        let env = Env::from_pairs([(ENV_BROKERS, "b:9092")]);
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
            ("PERIMETER_UNRELATED", "ignored"),
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
        assert!(
            s.summary().contains("token=(none: read-only)"),
            "{}",
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
            }
        );
        let env = Env::from_pairs([(ENV_ADMIN_TOKEN, "env-token-abcdefghijk")]);
        let from_env = d.load(&env, &Overrides::default()).unwrap();
        assert_eq!(
            from_env.admin.token.as_deref(),
            Some("env-token-abcdefghijk")
        );
        assert!(
            from_env
                .overridden
                .contains(&("admin.token".into(), Origin::Env(ENV_ADMIN_TOKEN.into())))
        );
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
    fn summary_lists_the_overrides() {
        let env = Env::from_pairs([(ENV_GROUP_ID, "g2")]);
        let s = Dir::new(MINIMAL).load(&env, &Overrides::default()).unwrap();
        assert!(
            s.summary()
                .contains("kafka.group_id (env PERIMETER_KAFKA_GROUP_ID)"),
            "{}",
            s.summary()
        );
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

    #[test]
    fn secret_property_names_are_recognised() {
        for name in [
            "sasl.password",
            "ssl.key.password",
            "ssl.keystore.password",
            "sasl.oauthbearer.client.secret",
            "sasl.oauthbearer.config",
            "ssl.key.pem",
        ] {
            assert!(is_secret(name), "{name}");
        }
        for name in ["sasl.username", "security.protocol", "ssl.ca.location"] {
            assert!(!is_secret(name), "{name}");
        }
    }

    #[test]
    fn http_admin_listen_and_stall_timeout_are_read_and_checked() {
        let s = Dir::new(&format!(
            "{MINIMAL}[http]\nlisten = \"0.0.0.0:9464\"\nadmin_listen = \"127.0.0.1:9465\"\nstall_timeout = \"90s\"\n"
        ))
        .ok();
        assert_eq!(s.admin_listen, Some("127.0.0.1:9465".parse().unwrap()));
        assert_eq!(s.stall_timeout, Duration::from_secs(90));
        assert!(
            s.summary()
                .contains("http.admin_listen    127.0.0.1:9465 stall_timeout=1m 30s"),
            "{}",
            s.summary()
        );

        let d = Dir::new(MINIMAL).ok();
        assert_eq!(d.admin_listen, None, "admin on http.listen by default");
        assert_eq!(d.stall_timeout, perimeter_stream::DEFAULT_STALL_TIMEOUT);

        let e = Dir::new(&format!(
            "{MINIMAL}[http]\nlisten = \"0.0.0.0:9464\"\nadmin_listen = \"0.0.0.0:9464\"\nstall_timeout = \"10ms\"\n"
        ))
        .err()
        .to_string();
        assert!(
            e.contains("http.admin_listen") && e.contains("http.listen's address"),
            "{e}"
        );
        assert!(
            e.contains("http.stall_timeout") && e.contains("at least 1s"),
            "{e}"
        );
        let e = Dir::new(&format!(
            "{MINIMAL}[http]\nlisten = \"off\"\nadmin_listen = \"127.0.0.1:9465\"\n"
        ))
        .err()
        .to_string();
        assert!(
            e.contains("http.admin_listen") && e.contains("no HTTP server"),
            "{e}"
        );
        let e = Dir::new(&format!("{MINIMAL}[http]\nadmin_listen = \"localhost\"\n"))
            .err()
            .to_string();
        assert!(
            e.contains("http.admin_listen") && e.contains("not an IP address"),
            "{e}"
        );
    }
}
