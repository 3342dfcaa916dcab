//! A ping sent to the DLQ gets a log line of its own that names its
//! partition, offset and reason, and the trace id of its W3C `traceparent`
//! header when it carried one. The processor's log output is captured by a
//! global subscriber (its threads log, not the test's).

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    reason = "test helpers: a failed setup step should fail the test loudly"
)]

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::*;
use rdkafka::message::{Header, OwnedHeaders};
use rdkafka::producer::FutureRecord;

/// Everything logged, in one buffer.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dead_lettered_ping_is_logged_with_its_offset_reason_and_the_trace_id_of_its_traceparent()
{
    let logs = Captured::default();
    let writer = logs.clone();
    tracing_subscriber::fmt()
        .with_env_filter("warn")
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .init();
    let h = Harness::start(&["alice"]).await;

    let traced = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    for (value, traceparent) in [
        (&b"not a ping"[..], Some(traced)),
        (&b"not a ping either"[..], None),
        (&b"nor this"[..], Some("00-not-a-trace-context")),
    ] {
        let mut record: FutureRecord<'_, [u8], [u8]> = FutureRecord::to(&h.topics.pings)
            .key(&b"alice"[..])
            .payload(value);
        if let Some(tp) = traceparent {
            record = record.headers(OwnedHeaders::new().insert(Header {
                key: "traceparent",
                value: Some(tp),
            }));
        }
        h.producer
            .send(record, Duration::from_secs(10))
            .await
            .map_err(|(e, _)| e)
            .expect("produce");
    }

    let deadline = tokio::time::Instant::now() + WAIT;
    let lines = loop {
        let text = logs.text();
        let lines: Vec<String> = text
            .lines()
            .filter(|l| l.contains("ping sent to the DLQ"))
            .map(str::to_owned)
            .collect();
        if lines.len() >= 3 {
            break lines;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "3 DLQ log lines expected:\n{text}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    assert_eq!(lines.len(), 3, "{lines:?}");
    for (i, line) in lines.iter().enumerate() {
        assert!(line.contains("WARN perimeter_stream::dlq"), "{line}");
        assert!(line.contains("partition=0"), "{line}");
        assert!(line.contains(&format!("offset={i}")), "{line}");
        assert!(line.contains("reason=\"undecodable\""), "{line}");
        assert!(
            !line.contains("detail"),
            "no detail (it may quote user data): {line}"
        );
    }
    assert!(
        lines[0].contains("trace_id=4bf92f3577b34da6a3ce929d0e0e4736"),
        "{}",
        lines[0]
    );
    assert!(!lines[1].contains("trace_id"), "{}", lines[1]);
    assert!(!lines[2].contains("trace_id"), "{}", lines[2]);
    h.stop().await;
}
