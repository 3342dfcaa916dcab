//! `perimeter run --config FILE`, the built binary, against librdkafka's
//! mock cluster started in this test process: it becomes ready, serves its
//! HTTP endpoints and stops cleanly on SIGTERM.

#![allow(
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a test failure"
)]

use std::io::{Read as _, Write as _};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use rdkafka::mocking::MockCluster;

const CAMPAIGNS: &str = include_str!("../../../deploy/samples/campaigns.toml");

/// Status and body of `GET path`, or `None` when nothing answers.
fn get(port: u16, path: &str) -> Option<(u16, String)> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut text = String::new();
    s.read_to_string(&mut text).ok()?;
    let status = text.split_whitespace().nth(1)?.parse().ok()?;
    let body = text.split_once("\r\n\r\n")?.1.to_owned();
    Some((status, body))
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

fn wait_for(what: &str, child: &mut Child, limit: Duration, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        if let Some(status) = child.try_wait().expect("polling perimeter") {
            panic!("perimeter exited ({status}) while waiting for {what}");
        }
        assert!(start.elapsed() < limit, "no {what} within {limit:?}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn wait_exit(child: &mut Child, limit: Duration) -> ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("polling perimeter") {
            return status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("perimeter did not exit within {limit:?} of SIGTERM");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn write_config(dir: &Path, brokers: &str, port: u16) -> std::path::PathBuf {
    std::fs::write(dir.join("campaigns.toml"), CAMPAIGNS).expect("campaigns");
    let config = dir.join("perimeter.toml");
    std::fs::write(
        &config,
        format!(
            r#"
[kafka]
brokers = "{brokers}"
group_id = "perimeter-run-test"
[offers]
campaigns = "campaigns.toml"
[processor]
workers = 2
[http]
listen = "127.0.0.1:{port}"
[log]
level = "info"
format = "json"
"#
        ),
    )
    .expect("config");
    config
}

#[test]
fn run_becomes_ready_serves_http_and_stops_cleanly_on_sigterm() {
    let cluster = MockCluster::new(1).expect("mock cluster");
    for (topic, partitions) in [
        ("perimeter.pings", 3),
        ("perimeter.presence-state", 3),
        ("perimeter.events", 3),
        ("perimeter.offers", 3),
        ("perimeter.dlq", 3),
        ("perimeter.fences", 1),
        ("perimeter.consent", 1),
    ] {
        cluster
            .create_topic(topic, partitions, 1)
            .expect("creating a topic");
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let port = free_port();
    let config = write_config(dir.path(), &cluster.bootstrap_servers(), port);
    let log = dir.path().join("perimeter.log");

    let mut child = Command::new(env!("CARGO_BIN_EXE_perimeter"))
        .args(["run", "--config"])
        .arg(&config)
        .env_clear()
        .env("PERIMETER_KAFKA_PROPERTY__CLIENT_ID", "perimeter-run-test")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).expect("log file"))
        .spawn()
        .expect("starting perimeter");

    wait_for(
        "GET /readyz == 200",
        &mut child,
        Duration::from_secs(60),
        || get(port, "/readyz").is_some_and(|(s, _)| s == 200),
    );
    // Ready means caught up and consuming; the group assignment follows.
    wait_for(
        "3 assigned partitions in /readyz",
        &mut child,
        Duration::from_secs(30),
        || {
            get(port, "/readyz")
                .is_some_and(|(s, body)| s == 200 && body.contains("\"assigned_partitions\":3"))
        },
    );
    assert_eq!(get(port, "/healthz"), Some((200, "ok\n".to_owned())));
    let (status, metrics) = get(port, "/metrics").expect("/metrics");
    assert_eq!(status, 200);
    assert!(metrics.contains("perimeter_"), "{metrics}");

    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("running kill (procps) to send SIGTERM");
    assert!(killed.success());
    let status = wait_exit(&mut child, Duration::from_secs(30));
    let logged = std::fs::read_to_string(&log).expect("log");
    assert!(status.success(), "{status}\n{logged}");
    // JSON lines, one per event, and the startup line names the topics.
    assert!(
        logged
            .lines()
            .all(|l| l.starts_with('{') && l.ends_with('}')),
        "{logged}"
    );
    assert!(logged.contains("starting perimeter"), "{logged}");
    assert!(logged.contains("perimeter.presence-state"), "{logged}");
    assert!(logged.contains("stopped cleanly"), "{logged}");
    drop(cluster);
}
