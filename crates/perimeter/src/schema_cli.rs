//! `perimeter schema export`: the topic contracts as files, for a schema
//! registry, `protoc`, Kafka Connect or any other tool; `perimeter schema
//! register`: the value schemas of the topics Perimeter reads and writes,
//! registered in a schema registry through Confluent's REST API (also
//! spoken by Karapace, Redpanda and Apicurio's `/apis/ccompat/v7`).
//!
//! Exit status of `register`: 0 every subject registered (or, with
//! `--dry-run`, compatible or new), 1 the registry refused a schema
//! (incompatible, invalid), 2 anything else (unreachable registry, bad
//! configuration).

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context as _;
use clap::Subcommand;
use perimeter_stream::Topics;
use serde_json::{Value, json};

use crate::config::{self, Env, Overrides};

/// `perimeter schema ...`.
#[derive(Debug, Subcommand)]
pub enum SchemaCommand {
    /// Write the `.proto` files (under `perimeter/v1/`) and the compiled
    /// descriptor set (`perimeter_v1.fds`, a `google.protobuf.FileDescriptorSet`)
    /// into a directory.
    Export {
        /// The directory to write into (created if missing).
        #[arg(long, default_value = "schema")]
        out: PathBuf,
    },
    /// Register the value schema of each topic Perimeter reads or writes
    /// (pings, events, offers, suppressions) as a PROTOBUF schema, with
    /// references for imports, and print the ids for
    /// `[outputs.schema_ids]`. Dead letters are the original records, so
    /// the DLQ topic has no schema of its own.
    Register {
        /// The registry's base URL, e.g. `http://registry:8081` or
        /// Apicurio's `http://registry:8080/apis/ccompat/v7`.
        #[arg(long)]
        registry: String,
        /// How subjects are named, as Confluent's serializers name them:
        /// `topic` (`<topic>-value`), `record` (the message's full name,
        /// `perimeter.v1.Ping`) or `topic-record` (`<topic>-<message>`).
        #[arg(long, value_enum, default_value_t = SubjectStrategy::Topic)]
        subject_strategy: SubjectStrategy,
        /// Register nothing: ask the registry whether each schema is
        /// compatible with the subject's latest version.
        #[arg(long)]
        dry_run: bool,
        /// Take the topic names from this configuration file (the one the
        /// instances run with); the default names otherwise.
        #[arg(long)]
        config: Option<PathBuf>,
    },
}

/// How subjects are named (Confluent's `SubjectNameStrategy`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SubjectStrategy {
    /// `TopicNameStrategy`: `<topic>-value`.
    Topic,
    /// `RecordNameStrategy`: the message's full name.
    Record,
    /// `TopicRecordNameStrategy`: `<topic>-<message full name>`.
    TopicRecord,
}

impl SubjectStrategy {
    fn subject(self, topic: &str, message: &str) -> String {
        match self {
            Self::Topic => format!("{topic}-value"),
            Self::Record => message.to_owned(),
            Self::TopicRecord => format!("{topic}-{message}"),
        }
    }
}

/// Runs a `schema` subcommand.
pub fn main(command: SchemaCommand) -> ExitCode {
    let result = match command {
        SchemaCommand::Export { out } => export(&out),
        SchemaCommand::Register {
            registry,
            subject_strategy,
            dry_run,
            config,
        } => return register(&registry, subject_strategy, dry_run, config.as_deref()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// The name of the descriptor set in an export.
pub const DESCRIPTOR_SET_FILE: &str = "perimeter_v1.fds";

fn export(out: &Path) -> anyhow::Result<()> {
    for (path, text) in perimeter_wire::PROTO_FILES {
        let target = out.join(path);
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        std::fs::write(&target, text).with_context(|| format!("writing {}", target.display()))?;
        eprintln!("wrote {}", target.display());
    }
    let fds = out.join(DESCRIPTOR_SET_FILE);
    std::fs::write(&fds, perimeter_wire::FILE_DESCRIPTOR_SET)
        .with_context(|| format!("writing {}", fds.display()))?;
    eprintln!("wrote {}", fds.display());
    Ok(())
}

/// Exit status when the registry refused a schema.
const EXIT_REFUSED: u8 = 1;
/// Exit status for every other failure.
const EXIT_ERROR: u8 = 2;

/// The media type of Confluent's REST API.
const CONTENT_TYPE: &str = "application/vnd.schemaregistry.v1+json";

/// One subject to register: a topic's value schema.
struct Registration {
    /// Which `[outputs.schema_ids]` key takes its id, for outputs.
    output_key: Option<&'static str>,
    topic: String,
    /// The `.proto` file, as [`perimeter_wire::PROTO_FILES`] names it.
    file: &'static str,
    /// The file's first message, the one the topic carries.
    message: &'static str,
}

/// The topics with a schema, in registration order: a file comes after
/// the files it imports.
fn registrations(topics: &Topics) -> Vec<Registration> {
    let r = |output_key, topic: &str, file, message| Registration {
        output_key,
        topic: topic.to_owned(),
        file,
        message,
    };
    vec![
        r(
            None,
            &topics.pings,
            "perimeter/v1/ping.proto",
            "perimeter.v1.Ping",
        ),
        r(
            Some("events"),
            &topics.events,
            "perimeter/v1/event.proto",
            "perimeter.v1.GeofenceEvent",
        ),
        r(
            Some("offers"),
            &topics.offers,
            "perimeter/v1/offer.proto",
            "perimeter.v1.OfferTrigger",
        ),
        r(
            Some("suppressions"),
            &topics.suppressions,
            "perimeter/v1/suppression.proto",
            "perimeter.v1.Suppression",
        ),
    ]
}

/// The `import "..."` paths of a `.proto` file.
fn imports(text: &str) -> Vec<&str> {
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("import "))
        .filter_map(|rest| rest.trim().trim_end_matches(';').trim().strip_prefix('"'))
        .filter_map(|rest| rest.strip_suffix('"'))
        .collect()
}

fn proto_text(file: &str) -> &'static str {
    perimeter_wire::PROTO_FILES
        .iter()
        .find(|(path, _)| *path == file)
        .map_or("", |(_, text)| text)
}

/// What the registry answered, or why it did not.
#[derive(Debug)]
enum Answer {
    /// Any HTTP status, with the body read as JSON (`Null` if it is not).
    Http(u16, Value),
    /// No answer at all.
    Unreachable(String),
}

/// A failure of one subject.
#[derive(Debug)]
enum Failure {
    /// The registry refused the schema (HTTP 409, 422, or not compatible).
    Refused(String),
    /// Anything else.
    Error(String),
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Refused(m) | Self::Error(m) => f.write_str(m),
        }
    }
}

/// A small client of Confluent's REST API.
struct Registry {
    base: String,
    agent: ureq::Agent,
}

impl Registry {
    fn new(base: &str) -> Self {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(30)))
            .build()
            .into();
        Self {
            base: base.trim_end_matches('/').to_owned(),
            agent,
        }
    }

    fn call(&self, method: &str, path: &str, body: Option<&Value>) -> Answer {
        let url = format!("{}{path}", self.base);
        let result = match body {
            Some(body) => self
                .agent
                .post(&url)
                .header("Content-Type", CONTENT_TYPE)
                .header("Accept", CONTENT_TYPE)
                .send(body.to_string()),
            None => self.agent.get(&url).header("Accept", CONTENT_TYPE).call(),
        };
        let mut response = match result {
            Ok(r) => r,
            Err(e) => return Answer::Unreachable(format!("{method} {url}: {e}")),
        };
        let status = response.status().as_u16();
        let text = response.body_mut().read_to_string().unwrap_or_default();
        Answer::Http(status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    /// The latest version number of `subject`, if it has one.
    fn latest_version(&self, subject: &str) -> Result<Option<i64>, Failure> {
        match self.call("GET", &format!("/subjects/{subject}/versions/latest"), None) {
            Answer::Http(200, v) => Ok(v["version"].as_i64()),
            Answer::Http(404, _) => Ok(None),
            other => Err(unexpected(subject, &other)),
        }
    }
}

/// The registry's own message of an error answer: Confluent's
/// `{"error_code": 40901, "message": "..."}`.
fn registry_message(status: u16, body: &Value) -> String {
    let message = body["message"]
        .as_str()
        .map_or_else(|| body.to_string(), str::to_owned);
    match body["error_code"].as_i64() {
        Some(code) => format!("HTTP {status}, error {code}: {message}"),
        None => format!("HTTP {status}: {message}"),
    }
}

fn unexpected(subject: &str, answer: &Answer) -> Failure {
    match answer {
        Answer::Http(status @ (409 | 422), body) => Failure::Refused(format!(
            "{subject}: {} {}",
            if *status == 409 {
                "incompatible with an earlier version:"
            } else {
                "invalid schema:"
            },
            registry_message(*status, body)
        )),
        Answer::Http(status, body) => {
            Failure::Error(format!("{subject}: {}", registry_message(*status, body)))
        }
        Answer::Unreachable(e) => Failure::Error(e.clone()),
    }
}

fn register(
    base: &str,
    strategy: SubjectStrategy,
    dry_run: bool,
    config_file: Option<&Path>,
) -> ExitCode {
    let topics = match config_file {
        None => Topics::default(),
        Some(path) => match config::load(path, &Env::from_process(), &Overrides::default()) {
            Ok(settings) => settings.topics,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(EXIT_ERROR);
            }
        },
    };
    let registry = Registry::new(base);
    // The subject each registered file went to, and its version there,
    // for the references of the files that import it.
    let mut registered: Vec<(&str, String, i64)> = Vec::new();
    let mut ids: Vec<(&str, i64)> = Vec::new();
    let mut failures = Vec::new();
    let all = registrations(&topics);
    let imported: Vec<&str> = all
        .iter()
        .flat_map(|r| imports(proto_text(r.file)))
        .collect();
    for r in all {
        let subject = strategy.subject(&r.topic, r.message);
        let text = proto_text(r.file);
        let mut references = Vec::new();
        let mut missing = None;
        for import in imports(text) {
            match registered.iter().find(|(file, _, _)| *file == import) {
                Some((_, s, v)) => {
                    references.push(json!({"name": import, "subject": s, "version": v}));
                }
                None => missing = Some(import),
            }
        }
        if let Some(import) = missing {
            if dry_run {
                println!(
                    "{subject:<40} {:<28} not checked: it imports {import}, whose subject is not registered yet",
                    r.message
                );
            } else {
                let f = Failure::Error(format!(
                    "{subject}: skipped: it imports {import}, whose subject was not registered"
                ));
                println!("{f}");
                failures.push(f);
            }
            continue;
        }
        let mut body = json!({"schemaType": "PROTOBUF", "schema": text});
        if !references.is_empty() {
            body["references"] = Value::Array(references);
        }
        let outcome = if dry_run {
            check(&registry, &subject, &body).map(|line| {
                println!("{subject:<40} {:<28} {line}", r.message);
                // The version a file importing this one would reference.
                if imported.contains(&r.file)
                    && let Ok(Some(v)) = registry.latest_version(&subject)
                {
                    registered.push((r.file, subject.clone(), v));
                }
            })
        } else {
            register_one(&registry, &subject, &body).map(|(id, version)| {
                println!(
                    "{subject:<40} {:<28} id {id:<6} version {version}",
                    r.message
                );
                registered.push((r.file, subject.clone(), version));
                if let Some(key) = r.output_key {
                    ids.push((key, id));
                }
            })
        };
        if let Err(f) = outcome {
            println!("{f}");
            failures.push(f);
        }
    }
    if !ids.is_empty() {
        println!("\n# for Perimeter's configuration:\n[outputs.schema_ids]");
        for (key, id) in &ids {
            println!("{key} = {id}");
        }
    }
    let errors = failures
        .iter()
        .filter(|f| matches!(f, Failure::Error(_)))
        .count();
    if errors > 0 {
        eprintln!("error: {} subject(s) failed, listed above", failures.len());
        ExitCode::from(EXIT_ERROR)
    } else if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        eprintln!(
            "error: the registry refused {} schema(s), listed above",
            failures.len()
        );
        ExitCode::from(EXIT_REFUSED)
    }
}

/// Registers `body` under `subject`: its id, then its version (looked up,
/// as the registration answer holds the id only).
fn register_one(registry: &Registry, subject: &str, body: &Value) -> Result<(i64, i64), Failure> {
    let id = match registry.call("POST", &format!("/subjects/{subject}/versions"), Some(body)) {
        Answer::Http(200, v) => v["id"]
            .as_i64()
            .ok_or_else(|| Failure::Error(format!("{subject}: no id in the answer {v}")))?,
        other => return Err(unexpected(subject, &other)),
    };
    match registry.call("POST", &format!("/subjects/{subject}"), Some(body)) {
        Answer::Http(200, v) => v["version"]
            .as_i64()
            .map(|version| (id, version))
            .ok_or_else(|| Failure::Error(format!("{subject}: no version in the answer {v}"))),
        other => Err(unexpected(subject, &other)),
    }
}

/// Asks whether `body` is compatible with the latest version of
/// `subject`: a line saying so, or the registry's reasons.
fn check(registry: &Registry, subject: &str, body: &Value) -> Result<String, Failure> {
    let path = format!("/compatibility/subjects/{subject}/versions/latest?verbose=true");
    match registry.call("POST", &path, Some(body)) {
        Answer::Http(200, v) if v["is_compatible"].as_bool() == Some(true) => {
            Ok("compatible with the latest version".into())
        }
        Answer::Http(200, v) => {
            let reasons: Vec<String> = v["messages"]
                .as_array()
                .map(|m| {
                    m.iter()
                        .map(|r| r.as_str().map_or_else(|| r.to_string(), str::to_owned))
                        .collect()
                })
                .unwrap_or_default();
            Err(Failure::Refused(format!(
                "{subject}: not compatible with the latest version: {}",
                if reasons.is_empty() {
                    v.to_string()
                } else {
                    reasons.join("; ")
                }
            )))
        }
        // 40401: no such subject, 40402: no version yet.
        Answer::Http(404, v) if matches!(v["error_code"].as_i64(), Some(40401 | 40402)) => {
            Ok("new subject: would be registered as version 1".into())
        }
        other => Err(unexpected(subject, &other)),
    }
}
