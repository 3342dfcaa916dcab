//! `perimeter run --config FILE`, the built binary, against librdkafka's
//! mock cluster started in this test process: it becomes ready, serves its
//! HTTP endpoints and stops cleanly on SIGTERM.

#![allow(
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a test failure"
)]

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use common::{free_port, get, topics_cluster, wait_exit, wait_for};

const CAMPAIGNS: &str = include_str!("../../../deploy/samples/campaigns.toml");

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
    let cluster = topics_cluster();
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
