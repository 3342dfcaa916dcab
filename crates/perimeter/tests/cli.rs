//! `perimeter run --config FILE --check`, as an operator runs it: the built
//! binary, its exit status and what it prints.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failure to start the binary is a test failure"
)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `perimeter run --config <config> --check <extra>` with exactly `env`
/// as its environment.
fn check(config: &Path, extra: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_perimeter"))
        .args(["run", "--config"])
        .arg(config)
        .arg("--check")
        .args(extra)
        .env_clear()
        .envs(env.iter().copied())
        .output()
        .expect("running perimeter")
}

/// A temporary directory holding `perimeter.toml` with `config` (and,
/// with `campaigns`, the sample campaigns as `campaigns.toml`); returns it
/// with the config's path.
fn config_dir(config: &str, campaigns: bool) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    if campaigns {
        std::fs::copy(
            repo().join("deploy/samples/campaigns.toml"),
            dir.path().join("campaigns.toml"),
        )
        .expect("campaigns");
    }
    let path = dir.path().join("perimeter.toml");
    std::fs::write(&path, config).expect("writing the config");
    (dir, path)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn check_accepts_the_example_config_and_prints_a_summary() {
    let out = check(
        &repo().join("deploy/perimeter.example.toml"),
        &["--brokers", "kafka-1:9092,kafka-2:9092"],
        &[("PERIMETER_KAFKA_PROPERTY__SASL_PASSWORD", "s3cr3t-value")],
    );
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("configuration OK"), "{stdout}");
    assert!(stdout.contains("kafka-1:9092,kafka-2:9092"), "{stdout}");
    assert!(stdout.contains("perimeter.presence-state"), "{stdout}");
    assert!(
        stdout.contains(
            "\"sasl.password\" = \"<hidden>\"  # env PERIMETER_KAFKA_PROPERTY__SASL_PASSWORD"
        ),
        "{stdout}"
    );
    assert!(!stdout.contains("s3cr3t-value") && !stderr.contains("s3cr3t-value"));
    assert!(
        stdout.contains("brokers = \"kafka-1:9092,kafka-2:9092\"  # flag --brokers"),
        "{stdout}"
    );
}

#[test]
fn check_rejects_a_bad_config_listing_every_problem() {
    let (_dir, config) = config_dir(
        r#"
[kafka]
brokers = "127.0.0.1:9092"
[kafka.properties]
"enable.auto.offset.store" = "true"
[presence]
exit_debounce_pings = 0
[offers]
campaigns = "missing.toml"
[http]
listen = "everywhere"
"#,
        false,
    );
    let out = check(&config, &[], &[]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("4 problems"), "{stderr}");
    for line in [
        "kafka.properties.enable.auto.offset.store: Perimeter sets this property itself",
        "presence.exit_debounce_pings: must be at least 1",
        "offers.campaigns: cannot read",
        "http.listen: \"everywhere\" is not an IP address and port",
    ] {
        assert!(stderr.contains(line), "no {line:?} in\n{stderr}");
    }
    assert!(out.stdout.is_empty(), "{}", text(&out.stdout));
}

#[test]
fn check_refuses_release_deadlines_the_processor_would_refuse_at_startup() {
    // Every key is valid on its own; together a released partition could
    // wait past max.poll.interval.ms for its last changelog records.
    let (_dir, config) = config_dir(
        r#"
[kafka]
brokers = "127.0.0.1:9092"
[kafka.properties]
"message.timeout.ms" = 290000
[offers]
campaigns = "campaigns.toml"
[processor]
shutdown_timeout = "20s"
"#,
        true,
    );
    let out = check(&config, &[], &[]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("max.poll.interval.ms"), "{stderr}");
    assert!(!text(&out.stdout).contains("configuration OK"));
}

#[test]
fn check_reports_a_missing_config_file() {
    let out = check(Path::new("/nonexistent/perimeter.toml"), &[], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("cannot read the file"));
}

#[test]
fn environment_overrides_reach_the_check() {
    let out = check(
        &repo().join("deploy/perimeter.example.toml"),
        &[],
        &[
            ("PERIMETER_HTTP_LISTEN", "off"),
            ("PERIMETER_KAFKA_GROUP_ID", "g-env"),
        ],
    );
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        stdout.contains("listen = \"off\"  # env PERIMETER_HTTP_LISTEN"),
        "{stdout}"
    );
    assert!(
        stdout.contains("group_id = \"g-env\"  # env PERIMETER_KAFKA_GROUP_ID"),
        "{stdout}"
    );
}

#[test]
fn schema_export_writes_the_proto_files_and_the_compiled_descriptor_set() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = Command::new(env!("CARGO_BIN_EXE_perimeter"))
        .args(["schema", "export", "--out"])
        .arg(dir.path())
        .output()
        .expect("running perimeter");
    assert!(out.status.success(), "{}", text(&out.stderr));
    for name in [
        "ping",
        "consent",
        "fence",
        "event",
        "offer",
        "suppression",
        "dlq",
        "state",
    ] {
        let path = dir.path().join(format!("perimeter/v1/{name}.proto"));
        let written = std::fs::read_to_string(&path).expect("exported file");
        let source =
            std::fs::read_to_string(repo().join(format!("proto/perimeter/v1/{name}.proto")))
                .expect("source");
        assert_eq!(written, source, "{name}.proto");
    }
    let fds = std::fs::read(dir.path().join("perimeter_v1.fds")).expect("descriptor set");
    assert_eq!(fds, perimeter_wire::FILE_DESCRIPTOR_SET);
}
