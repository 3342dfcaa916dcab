//! Helpers of the tests that run the built `perimeter` binary against a
//! mock cluster started in the test process.

#![allow(
    clippy::expect_used,
    clippy::panic,
    dead_code,
    reason = "test helpers: a failed step is a test failure; not every test uses every helper"
)]

use std::io::{Read as _, Write as _};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, ExitStatus};
use std::time::{Duration, Instant};

use rdkafka::mocking::MockCluster;
use rdkafka::producer::DefaultProducerContext;

/// A mock cluster with Perimeter's default topics: 3 partitions for pings,
/// the changelog and the outputs, 1 for the fences and consent tables.
pub fn topics_cluster() -> MockCluster<'static, DefaultProducerContext> {
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
    cluster
}

/// Status and body of `GET path`, or `None` when nothing answers.
pub fn get(port: u16, path: &str) -> Option<(u16, String)> {
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

/// A loopback port nobody listens on right now.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// Waits until `done`, failing when `child` exits first or `limit` passes.
pub fn wait_for(what: &str, child: &mut Child, limit: Duration, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        if let Some(status) = child.try_wait().expect("polling perimeter") {
            panic!("perimeter exited ({status}) while waiting for {what}");
        }
        assert!(start.elapsed() < limit, "no {what} within {limit:?}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Waits for `child` to exit, killing it after `limit`.
pub fn wait_exit(child: &mut Child, limit: Duration) -> ExitStatus {
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
