//! The log output of `perimeter run`: text for people, or one JSON object
//! per line for log pipelines.
//!
//! A JSON line carries `timestamp` (RFC 3339, UTC), `level`, `message` and
//! `target` (the module that logged it) at the top level, where ECS, Cloud
//! Logging and Loki's `json` stage look for them, and every field of the
//! event beside them (`"partition": 3`, `"error": "..."`): tracing-subscriber's
//! JSON formatter with its event flattened and no span list.

use std::io::IsTerminal as _;

use anyhow::Context as _;
use tracing::Subscriber;
use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::MakeWriter;

use crate::config::LogFormat;

/// The subscriber for `filter` and `format`, writing to `writer`.
///
/// # Errors
/// `filter` is not a valid tracing filter.
pub fn subscriber<W>(
    filter: &str,
    format: LogFormat,
    writer: W,
    ansi: bool,
) -> anyhow::Result<Box<dyn Subscriber + Send + Sync>>
where
    W: for<'a> MakeWriter<'a> + Send + Sync + 'static,
{
    let filter = EnvFilter::try_new(filter).with_context(|| format!("log.level {filter:?}"))?;
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(writer);
    Ok(match format {
        LogFormat::Text => Box::new(builder.with_ansi(ansi).finish()),
        LogFormat::Json => Box::new(
            builder
                .json()
                .flatten_event(true)
                .with_current_span(false)
                .with_span_list(false)
                .with_target(true)
                .with_ansi(false)
                .finish(),
        ),
    })
}

/// Installs [`subscriber`] for stderr as the global logger.
///
/// # Errors
/// A bad filter, or a logger already installed.
pub fn init(filter: &str, format: LogFormat) -> anyhow::Result<()> {
    let ansi = std::io::stderr().is_terminal();
    tracing::subscriber::set_global_default(subscriber(filter, format, std::io::stderr, ansi)?)
        .map_err(|e| anyhow::anyhow!("installing the logger: {e}"))
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;

    /// A writer into a shared buffer, for reading what was logged.
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

    impl<'a> MakeWriter<'a> for Captured {
        type Writer = Self;
        fn make_writer(&'a self) -> Self {
            self.clone()
        }
    }

    fn lines(format: LogFormat) -> Vec<String> {
        let out = Captured::default();
        let sub = subscriber("info", format, out.clone(), false).unwrap();
        tracing::subscriber::with_default(sub, || {
            let span = tracing::info_span!("batch", partition = 3);
            let _entered = span.enter();
            tracing::warn!(
                trace_id = "4bf92f3577b34da6a3ce929d0e0e4736",
                reason = "undecodable",
                "ping sent to the DLQ"
            );
            tracing::debug!("filtered out");
        });
        let text = String::from_utf8(out.0.lock().unwrap().clone()).unwrap();
        text.lines().map(str::to_owned).collect()
    }

    #[test]
    fn json_lines_carry_timestamp_level_message_and_target_at_the_top_with_the_fields_beside_them()
    {
        let lines = lines(LogFormat::Json);
        assert_eq!(lines.len(), 1, "{lines:?}");
        let v: serde_json::Value = serde_json::from_str(&lines[0]).unwrap();
        assert_eq!(v["level"], "WARN");
        assert_eq!(v["message"], "ping sent to the DLQ");
        assert_eq!(v["target"], "perimeter::logging::tests");
        assert_eq!(v["trace_id"], "4bf92f3577b34da6a3ce929d0e0e4736");
        assert_eq!(v["reason"], "undecodable");
        let ts = v["timestamp"].as_str().unwrap();
        chrono::DateTime::parse_from_rfc3339(ts).unwrap();
        assert!(v.get("fields").is_none(), "{v}");
        assert!(v.get("span").is_none() && v.get("spans").is_none(), "{v}");
    }

    #[test]
    fn text_lines_are_not_json() {
        let lines = lines(LogFormat::Text);
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert!(lines[0].contains("WARN") && lines[0].contains("ping sent to the DLQ"));
        assert!(serde_json::from_str::<serde_json::Value>(&lines[0]).is_err());
    }

    #[test]
    fn a_bad_filter_is_rejected() {
        assert!(subscriber("info,[", LogFormat::Json, Captured::default(), false).is_err());
    }
}
