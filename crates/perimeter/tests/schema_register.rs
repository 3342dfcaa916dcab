//! `perimeter schema register` against a test double of a schema
//! registry: a loopback HTTP server that answers Confluent's REST API as
//! Confluent Schema Registry documents it (ids global and reused for an
//! identical schema, versions per subject, 409 for an incompatible schema,
//! 422 for an invalid one, 404 with error codes 40401/40403) and records
//! every request, so the tests check exactly what the command sends.
//!
//! This is the second-best test: no real registry could be installed on
//! the machines this repository is tested on (docs/data-platforms.md says
//! what was tried). The end-to-end stage `data_platforms` checks the
//! framing against Confluent's own Python serializers instead.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "test helpers: a broken test double is a test failure"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};

use serde_json::{Value, json};

/// One request the registry received.
#[derive(Debug, Clone, PartialEq)]
struct Request {
    method: String,
    path: String,
    content_type: Option<String>,
    body: Value,
}

/// The registry's state.
#[derive(Default)]
struct State {
    /// Every schema registered, by id (1-based): its body.
    schemas: Vec<Value>,
    /// The ids of each subject's versions, in order.
    subjects: BTreeMap<String, Vec<usize>>,
    /// Subjects whose compatibility check refuses any new schema.
    incompatible: BTreeSet<String>,
    /// Subjects that refuse any schema as invalid (422).
    invalid: BTreeSet<String>,
    requests: Vec<Request>,
}

fn error(status: u16, code: u32, message: &str) -> (u16, Value) {
    (status, json!({"error_code": code, "message": message}))
}

impl State {
    fn answer(&mut self, method: &str, path: &str, body: &Value) -> (u16, Value) {
        let (route, _query) = path.split_once('?').unwrap_or((path, ""));
        let parts: Vec<&str> = route.trim_start_matches('/').split('/').collect();
        match (method, parts.as_slice()) {
            ("POST", ["subjects", subject, "versions"]) => self.register(subject, body),
            ("POST", ["subjects", subject]) => {
                let Some(versions) = self.subjects.get(*subject) else {
                    return error(404, 40401, &format!("Subject '{subject}' not found."));
                };
                match versions
                    .iter()
                    .position(|&id| self.schemas[id - 1] == *body)
                {
                    Some(i) => (
                        200,
                        json!({"subject": subject, "id": versions[i], "version": i + 1, "schema": body["schema"]}),
                    ),
                    None => error(404, 40403, "Schema not found"),
                }
            }
            ("GET", ["subjects", subject, "versions", "latest"]) => {
                match self.subjects.get(*subject) {
                    Some(versions) if !versions.is_empty() => (
                        200,
                        json!({"subject": subject, "version": versions.len(), "id": versions[versions.len() - 1]}),
                    ),
                    _ => error(404, 40401, &format!("Subject '{subject}' not found.")),
                }
            }
            ("POST", ["compatibility", "subjects", subject, "versions", "latest"]) => {
                if !self.subjects.contains_key(*subject) {
                    return error(404, 40401, &format!("Subject '{subject}' not found."));
                }
                if self.incompatible.contains(*subject) {
                    (
                        200,
                        json!({"is_compatible": false, "messages": ["FIELD_REMOVED: perimeter.v1.OfferTrigger.offer_id"]}),
                    )
                } else {
                    (200, json!({"is_compatible": true}))
                }
            }
            _ => error(404, 404, "HTTP 404 Not Found"),
        }
    }

    fn register(&mut self, subject: &str, body: &Value) -> (u16, Value) {
        if self.invalid.contains(subject) {
            return error(422, 42201, "Invalid schema: line 1: unexpected token");
        }
        if self.incompatible.contains(subject) && self.subjects.contains_key(subject) {
            return error(
                409,
                409,
                &format!(
                    "Schema being registered is incompatible with an earlier schema for subject \"{subject}\", details: [FIELD_REMOVED: perimeter.v1.OfferTrigger.offer_id]"
                ),
            );
        }
        let id = match self.schemas.iter().position(|s| s == body) {
            Some(i) => i + 1,
            None => {
                self.schemas.push(body.clone());
                self.schemas.len()
            }
        };
        let versions = self.subjects.entry(subject.to_owned()).or_default();
        if !versions.contains(&id) {
            versions.push(id);
        }
        (200, json!({"id": id}))
    }
}

/// A registry on a loopback port; lives until the test ends.
struct FakeRegistry {
    url: String,
    state: Arc<Mutex<State>>,
}

impl FakeRegistry {
    fn start(state: State) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let state = Arc::new(Mutex::new(state));
        let shared = Arc::clone(&state);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let state = Arc::clone(&shared);
                std::thread::spawn(move || serve(stream, &state));
            }
        });
        Self { url, state }
    }

    fn requests(&self) -> Vec<Request> {
        self.state.lock().unwrap().requests.clone()
    }

    /// The (method, path) of every request, in order.
    fn calls(&self) -> Vec<(String, String)> {
        self.requests()
            .into_iter()
            .map(|r| (r.method, r.path))
            .collect()
    }
}

/// Answers the HTTP/1.1 requests of one connection (kept alive).
fn serve(stream: TcpStream, state: &Mutex<State>) {
    let mut reader = BufReader::new(stream.try_clone().expect("clone"));
    let mut out = stream;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let mut words = line.split_whitespace();
        let (method, path) = (
            words.next().unwrap_or_default().to_owned(),
            words.next().unwrap_or_default().to_owned(),
        );
        let mut length = 0;
        let mut content_type = None;
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header).unwrap_or(0) == 0 {
                return;
            }
            let header = header.trim_end();
            if header.is_empty() {
                break;
            }
            let (name, value) = header.split_once(':').unwrap_or((header, ""));
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().unwrap_or(0);
            } else if name.eq_ignore_ascii_case("content-type") {
                content_type = Some(value.trim().to_owned());
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body).expect("body");
        let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
        let (status, answer) = {
            let mut s = state.lock().unwrap();
            s.requests.push(Request {
                method: method.clone(),
                path: path.clone(),
                content_type,
                body: body.clone(),
            });
            s.answer(&method, &path, &body)
        };
        let text = answer.to_string();
        let response = format!(
            "HTTP/1.1 {status} X\r\nContent-Type: application/vnd.schemaregistry.v1+json\r\nContent-Length: {}\r\n\r\n{text}",
            text.len()
        );
        if out.write_all(response.as_bytes()).is_err() {
            return;
        }
    }
}

fn perimeter(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_perimeter"))
        .args(args)
        .output()
        .expect("running perimeter")
}

/// The subjects the registry was asked to register a version of, in order.
fn registered_subjects(registry: &FakeRegistry) -> Vec<String> {
    registry
        .calls()
        .into_iter()
        .filter_map(|(_, path)| {
            path.strip_prefix("/subjects/")?
                .strip_suffix("/versions")
                .map(str::to_owned)
        })
        .collect()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn proto(name: &str) -> &'static str {
    perimeter_wire::PROTO_FILES
        .iter()
        .find(|(p, _)| *p == format!("perimeter/v1/{name}.proto"))
        .expect("proto file")
        .1
}

fn s(v: &str) -> String {
    v.to_owned()
}

#[test]
fn schema_register_registers_each_topics_value_subject_with_references_and_prints_the_output_ids() {
    let registry = FakeRegistry::start(State::default());
    let out = perimeter(&["schema", "register", "--registry", &registry.url]);
    assert!(
        out.status.success(),
        "{}\n{}",
        stdout(&out),
        String::from_utf8_lossy(&out.stderr)
    );
    let register_then_look_up = |subject: &str| {
        [
            (s("POST"), format!("/subjects/{subject}/versions")),
            (s("POST"), format!("/subjects/{subject}")),
        ]
    };
    let expected: Vec<(String, String)> = [
        "perimeter.pings-value",
        "perimeter.events-value",
        "perimeter.offers-value",
        "perimeter.suppressions-value",
    ]
    .iter()
    .flat_map(|subject| register_then_look_up(subject))
    .collect();
    assert_eq!(registry.calls(), expected);

    let requests = registry.requests();
    for r in &requests {
        assert_eq!(
            r.content_type.as_deref(),
            Some("application/vnd.schemaregistry.v1+json"),
            "{r:?}"
        );
    }
    // The .proto text itself, as PROTOBUF; a reference for the import.
    assert_eq!(
        requests[0].body,
        json!({"schemaType": "PROTOBUF", "schema": proto("ping")})
    );
    assert_eq!(
        requests[2].body,
        json!({"schemaType": "PROTOBUF", "schema": proto("event")})
    );
    assert_eq!(
        requests[6].body,
        json!({
            "schemaType": "PROTOBUF",
            "schema": proto("suppression"),
            "references": [{
                "name": "perimeter/v1/event.proto",
                "subject": "perimeter.events-value",
                "version": 1
            }]
        })
    );
    let text = stdout(&out);
    assert!(
        text.contains("[outputs.schema_ids]\nevents = 2\noffers = 3\nsuppressions = 4\n"),
        "{text}"
    );
    assert!(
        text.contains("perimeter.pings-value") && text.contains("id 1"),
        "{text}"
    );

    // Registering again changes nothing: the same ids come back.
    let again = perimeter(&["schema", "register", "--registry", &registry.url]);
    assert!(again.status.success());
    assert!(stdout(&again).contains("events = 2\noffers = 3\nsuppressions = 4\n"));
}

#[test]
fn schema_register_reports_the_registrys_incompatibility_and_invalid_schema_messages_and_exits_1() {
    let registry = FakeRegistry::start(State {
        incompatible: BTreeSet::from([s("perimeter.offers-value")]),
        invalid: BTreeSet::from([s("perimeter.pings-value")]),
        ..State::default()
    });
    // A first version of the offers subject, so the next one is checked.
    registry
        .state
        .lock()
        .unwrap()
        .register("perimeter.offers-value", &json!({"schema": "old"}));
    let out = perimeter(&["schema", "register", "--registry", &registry.url]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let text = stdout(&out);
    assert!(
        text.contains("perimeter.offers-value: incompatible with an earlier version: HTTP 409, error 409: Schema being registered is incompatible with an earlier schema for subject \"perimeter.offers-value\", details: [FIELD_REMOVED: perimeter.v1.OfferTrigger.offer_id]"),
        "{text}"
    );
    assert!(
        text.contains(
            "perimeter.pings-value: invalid schema: HTTP 422, error 42201: Invalid schema"
        ),
        "{text}"
    );
    // The others are registered all the same, and their ids printed.
    assert!(
        text.contains("[outputs.schema_ids]\nevents = 2\nsuppressions = 3\n"),
        "{text}"
    );
}

#[test]
fn schema_register_dry_run_checks_compatibility_and_registers_nothing() {
    let registry = FakeRegistry::start(State {
        incompatible: BTreeSet::from([s("perimeter.offers-value")]),
        ..State::default()
    });
    {
        let mut state = registry.state.lock().unwrap();
        state.register(
            "perimeter.events-value",
            &json!({"schemaType": "PROTOBUF", "schema": proto("event")}),
        );
        state.register("perimeter.offers-value", &json!({"schema": "old"}));
    }
    let out = perimeter(&[
        "schema",
        "register",
        "--registry",
        &registry.url,
        "--dry-run",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let check = |subject: &str| {
        (
            s("POST"),
            format!("/compatibility/subjects/{subject}/versions/latest?verbose=true"),
        )
    };
    let latest = |subject: &str| (s("GET"), format!("/subjects/{subject}/versions/latest"));
    assert_eq!(
        registry.calls(),
        [
            check("perimeter.pings-value"),
            check("perimeter.events-value"),
            latest("perimeter.events-value"),
            check("perimeter.offers-value"),
            check("perimeter.suppressions-value"),
        ]
    );
    // The suppression schema is checked with a reference to the events
    // subject's latest version.
    assert_eq!(
        registry.requests()[4].body["references"],
        json!([{"name": "perimeter/v1/event.proto", "subject": "perimeter.events-value", "version": 1}])
    );
    let text = stdout(&out);
    assert!(
        text.contains("new subject: would be registered as version 1"),
        "{text}"
    );
    assert!(
        text.contains("compatible with the latest version"),
        "{text}"
    );
    assert!(
        text.contains("perimeter.offers-value: not compatible with the latest version: FIELD_REMOVED: perimeter.v1.OfferTrigger.offer_id"),
        "{text}"
    );
    assert!(!text.contains("[outputs.schema_ids]"), "{text}");
}

#[test]
fn subject_strategies_name_subjects_as_confluents_serializers_do() {
    for (strategy, subjects) in [
        (
            "record",
            [
                "perimeter.v1.Ping",
                "perimeter.v1.GeofenceEvent",
                "perimeter.v1.OfferTrigger",
                "perimeter.v1.Suppression",
            ],
        ),
        (
            "topic-record",
            [
                "perimeter.pings-perimeter.v1.Ping",
                "perimeter.events-perimeter.v1.GeofenceEvent",
                "perimeter.offers-perimeter.v1.OfferTrigger",
                "perimeter.suppressions-perimeter.v1.Suppression",
            ],
        ),
    ] {
        let registry = FakeRegistry::start(State::default());
        let out = perimeter(&[
            "schema",
            "register",
            "--registry",
            &registry.url,
            "--subject-strategy",
            strategy,
        ]);
        assert!(out.status.success(), "{strategy}: {}", stdout(&out));
        let registered = registered_subjects(&registry);
        assert_eq!(registered, subjects, "{strategy}");
        assert_eq!(
            registry.requests()[6].body["references"][0]["subject"],
            subjects[1],
            "{strategy}"
        );
    }
}

#[test]
fn schema_register_without_a_registry_exits_2_naming_the_url() {
    // A port nothing listens on: bound, then closed.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}");
    let out = perimeter(&["schema", "register", "--registry", &url]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stdout(&out).contains(&format!(
            "POST {url}/subjects/perimeter.pings-value/versions"
        )),
        "{}",
        stdout(&out)
    );
}

#[test]
fn schema_register_takes_the_topic_names_from_the_configuration() {
    let dir = tempfile::tempdir().expect("temp dir");
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    std::fs::copy(
        repo.join("deploy/samples/campaigns.toml"),
        dir.path().join("campaigns.toml"),
    )
    .expect("campaigns");
    let config = dir.path().join("perimeter.toml");
    std::fs::write(
        &config,
        "[kafka]\nbrokers = \"127.0.0.1:9092\"\n[offers]\ncampaigns = \"campaigns.toml\"\n[topics]\npings = \"eu.pings\"\nevents = \"eu.events\"\n",
    )
    .expect("config");
    let registry = FakeRegistry::start(State::default());
    let out = perimeter(&[
        "schema",
        "register",
        "--registry",
        &registry.url,
        "--config",
        config.to_str().expect("utf-8 path"),
    ]);
    assert!(out.status.success(), "{}", stdout(&out));
    let registered = registered_subjects(&registry);
    assert_eq!(
        registered,
        [
            "eu.pings-value",
            "eu.events-value",
            "perimeter.offers-value",
            "perimeter.suppressions-value"
        ]
    );
}
