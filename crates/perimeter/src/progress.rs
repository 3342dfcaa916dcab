//! Live progress lines, read back from the Prometheus recorder so that the
//! demo shows exactly what `/metrics` would.

use std::collections::BTreeMap;

use perimeter_stream::telemetry;

/// The counters of one rendering of the metrics.
#[derive(Debug, Default, Clone)]
pub struct Snapshot {
    values: BTreeMap<String, f64>,
}

impl Snapshot {
    /// Parses the Prometheus text format (sample lines only).
    pub fn parse(text: &str) -> Self {
        let values = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let (series, value) = l.rsplit_once(' ')?;
                Some((series.to_owned(), value.parse().ok()?))
            })
            .collect();
        Self { values }
    }

    /// Sum of every series of `name`.
    pub fn total(&self, name: &str) -> f64 {
        self.values
            .iter()
            .filter(|(k, _)| k.as_str() == name || k.starts_with(&format!("{name}{{")))
            .map(|(_, v)| v)
            // An empty f64 sum is -0.0, which would print as "-0".
            .fold(0.0, |a, b| a + b)
    }

    /// `(label value, count)` of every series of `name` with label `label`.
    pub fn by_label(&self, name: &str, label: &str) -> Vec<(String, f64)> {
        let prefix = format!("{name}{{");
        let needle = format!("{label}=\"");
        self.values
            .iter()
            .filter_map(|(k, v)| {
                let rest = k.strip_prefix(&prefix)?;
                let start = rest.find(&needle)? + needle.len();
                let end = rest[start..].find('"')? + start;
                Some((rest[start..end].to_owned(), *v))
            })
            .collect()
    }

    /// Value of one labelled series, 0 when absent.
    pub fn get(&self, name: &str, label: &str, value: &str) -> f64 {
        self.by_label(name, label)
            .into_iter()
            .find(|(l, _)| l == value)
            .map_or(0.0, |(_, v)| v)
    }
}

/// One progress line: throughput since `previous`, then totals.
pub fn line(elapsed_s: u64, now: &Snapshot, previous: &Snapshot, sim_clock: &str) -> String {
    let pings = now.total(telemetry::PINGS);
    let rate = pings - previous.total(telemetry::PINGS);
    let mut suppressed: Vec<(String, f64)> = now.by_label(telemetry::SUPPRESSIONS, "reason");
    suppressed.sort_by(|a, b| b.1.total_cmp(&a.1));
    let suppressed: Vec<String> = suppressed.iter().map(|(r, n)| format!("{r}={n}")).collect();
    format!(
        "[{elapsed_s:>3}s sim {sim_clock}] pings/s {rate:>6} | pings {pings} (ok {ok}, no consent {nc}, late {late}, dlq {dlq}) | events enter {en} dwell {dw} exit {ex} | triggers {tr} | suppressed {sup}",
        ok = now.get(telemetry::PINGS, "outcome", "processed"),
        nc = now.get(telemetry::PINGS, "outcome", "no_location_consent"),
        late = now.get(telemetry::PINGS, "outcome", "late"),
        dlq = now.total(telemetry::DLQ_RECORDS),
        en = now.get(telemetry::EVENTS, "kind", "enter"),
        dw = now.get(telemetry::EVENTS, "kind", "dwell"),
        ex = now.get(telemetry::EVENTS, "kind", "exit"),
        tr = now.total(telemetry::TRIGGERS),
        sup = if suppressed.is_empty() {
            "-".to_owned()
        } else {
            suppressed.join(" ")
        },
    )
}
