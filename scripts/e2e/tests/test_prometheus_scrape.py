"""Prometheus scrape test: a real Prometheus server (Debian's `prometheus`)
scrapes two `perimeter run` instances of one consumer group on a real broker
(Apache Kafka) and evaluates the repository's alert rules; its query API
answers exactly what the test produced.

Run it through scripts/e2e.sh (PERIMETER_E2E_ONLY=prometheus_scrape), or
with pytest from scripts/e2e:

    python -m pytest -s tests/test_prometheus_scrape.py [--prometheus /usr/bin/prometheus] [--keep]

Setup: the two circle fences and the consent records of scenario.py are
written before Perimeter starts; two instances join the group (the second
one logs JSON); then a handful of pings (inside a fence with consent,
without consent, an undecodable one, and users without consent spread over
every partition) so that the counters of both instances move. Prometheus
scrapes both /metrics every second and loads deploy/prometheus/alerts.yml;
the test waits until the targets are up and the pings are counted, then
checks the answers of /api/v1/query exactly, that a `histogram_quantile`
over both instances returns a latency, that every alert rule evaluates
without error, and that the JSON log lines parse with their fields at the
top level.
"""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import urllib.parse
from pathlib import Path
from typing import Optional

import pytest

from perimeter_e2e import http_client
from perimeter_e2e import scenario as sc
from perimeter_e2e.checks import Checks
from perimeter_e2e.codecs import Codec
from perimeter_e2e.processes import BrokerFactory, ManagedProcess, free_port, log, metric_values, now_ms, wait_for
from perimeter_e2e.stack import REPO, Stack
from perimeter_e2e.topics import CONSENT, FENCES, PINGS

pytestmark = [pytest.mark.e2e, pytest.mark.prometheus]

WAIT_S = 60.0
ALERTS = REPO / "deploy" / "prometheus" / "alerts.yml"
DASHBOARD = REPO / "deploy" / "grafana" / "perimeter.json"
# Users without consent, spread over the pings partitions so that both
# instances process ping batches (and record consent barrier waits).
SPREAD_USERS = [f"spread-{i}" for i in range(12)]


class Prometheus(ManagedProcess):
    """`prometheus` with a config scraping `targets` as job `perimeter` and
    evaluating `rules`, storage in `workdir`."""

    def __init__(self, binary: str, workdir: Path, targets: list[str], rules: Path) -> None:
        workdir.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        config = workdir / "prometheus.yml"
        config.write_text(
            "global:\n"
            "  scrape_interval: 1s\n"
            "  evaluation_interval: 1s\n"
            f"rule_files: [{json.dumps(str(rules))}]\n"
            "scrape_configs:\n"
            "  - job_name: perimeter\n"
            "    scrape_interval: 1s\n"
            "    scrape_timeout: 1s\n"
            "    static_configs:\n"
            f"      - targets: {json.dumps(targets)}\n"
        )
        super().__init__(
            "prometheus",
            [binary, f"--config.file={config}", f"--storage.tsdb.path={workdir / 'data'}",
             f"--web.listen-address=127.0.0.1:{self.port}"],
            workdir,
            workdir.parent / "prometheus.log",
        )

    def api(self, path: str) -> Optional[dict]:
        response = http_client.get(self.base_url + path, timeout_s=5)
        data = response.json()
        return data if response.status == 200 and data and data.get("status") == "success" else None

    def query(self, promql: str) -> Optional[list]:
        """The result vector of an instant query, or None on failure."""
        data = self.api("/api/v1/query?" + urllib.parse.urlencode({"query": promql}))
        return data["data"]["result"] if data else None

    def scalar(self, promql: str) -> Optional[float]:
        """The single value of a one-element vector, else None."""
        result = self.query(promql)
        if not result or len(result) != 1:
            return None
        return float(result[0]["value"][1])


def test_prometheus_scrape(perimeter_bin: str, broker_factory: BrokerFactory, codec: Codec, workdir: Path,
                           checks: Checks, pytestconfig: pytest.Config) -> None:
    """a real Prometheus scrapes two Perimeter instances and evaluates the alert rules"""
    binary = pytestconfig.getoption("prometheus")
    if not os.access(binary, os.X_OK):
        pytest.fail(f"no prometheus at {binary} (Debian: apt-get install prometheus)", pytrace=False)
    version = subprocess.run([binary, "--version"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                             timeout=30).stdout
    log("Prometheus: " + (version.splitlines() or ["(no version)"])[0])
    stack = Stack(perimeter_bin, broker_factory, workdir)
    prometheus: Optional[Prometheus] = None
    producer = None

    def cleanup(failed: bool) -> None:
        nonlocal producer
        producer = None  # the stack drops its Kafka clients before the broker stops
        if prometheus is not None:
            prometheus.terminate(10)
        stack.stop()
        if failed:
            stack.print_logs()
            if prometheus is not None:
                print(f"\n--- last lines of prometheus's log ({prometheus.log_path}) ---\n{prometheus.log_tail()}")

    with checks.stage("prometheus", cleanup):
        stack.start_broker()
        producer = stack.input_producer()
        for f in sc.FENCES:
            producer.produce(FENCES, f.fence_id.encode(), codec.fence_record(f))
        for c in sc.INITIAL_CONSENT:
            producer.produce(CONSENT, c.user.encode(), codec.consent_update(c, now_ms() - 3_600_000))
        producer.flush()
        campaigns = workdir / "campaigns.toml"
        campaigns.write_text(sc.campaigns_toml())
        group = "perimeter-prometheus"
        first = stack.start_perimeter(name="perimeter-a", group=group, campaigns=campaigns)
        second = stack.start_perimeter(name="perimeter-b", group=group, campaigns=campaigns, log_format="json")
        instances = [first, second]

        def assigned(p) -> float:
            return sum(metric_values(p.metrics(), "perimeter_kafka_assigned_partitions").values())

        def both_assigned() -> Optional[list[float]]:
            counts = [assigned(p) for p in instances]
            return counts if all(c > 0 for c in counts) and sum(counts) == 3 else None

        counts = wait_for("both instances to own pings partitions", both_assigned, WAIT_S,
                          alive=second.assert_running)
        log(f"pings partitions owned: {counts}")

        # A handful of pings: alice (consent) in the bakery, bob (no
        # consent) in the bookshop, carol in the street, one undecodable,
        # and users without consent on every partition.
        t = now_ms() - 60_000
        pings = [
            ("alice", sc.BAKERY, 0), ("alice", sc.BAKERY, 5_000), ("alice", sc.BAKERY, 10_000),
            ("bob", sc.BOOKS, 1_000), ("bob", sc.BOOKS, 6_000),
            ("carol", sc.SOUTH_STREET, 2_000), ("carol", sc.SOUTH_STREET, 7_000),
        ] + [(u, sc.SOUTH_STREET, 3_000) for u in SPREAD_USERS]
        for user, place, at in pings:
            producer.produce(PINGS, user.encode(), codec.ping(user, place.lat, place.lon, sc.INSIDE_ACCURACY_M, t + at))
        producer.produce(PINGS, b"alice", sc.GARBAGE_BYTES)
        producer.flush()
        sent = len(pings) + 1
        log(f"produced {sent} pings ({len(pings)} valid, 1 undecodable)")

        # Alice's first ping inside the bakery: one ENTER, and the bakery's
        # welcome offer (she consented to offers); nothing else happens.
        expected_own = {"perimeter_stream_pings_total": float(sent), "perimeter_stream_events_total": 1.0,
                        "perimeter_offers_triggers_total": 1.0}

        def sums() -> dict[str, float]:
            texts = [p.metrics() for p in instances]
            return {name: sum(sum(metric_values(text, name).values()) for text in texts) for name in expected_own}

        try:
            wait_for(f"the two instances to count {sent} pings, 1 event, 1 trigger",
                     lambda: all(v >= expected_own[n] for n, v in sums().items()), WAIT_S,
                     alive=second.assert_running)
        except TimeoutError as e:
            checks.check("both instances' /metrics: every ping counted, 1 event, 1 trigger", False, f"{e}: {sums()}")
            raise
        own_sums = sums()
        checks.check(f"both instances' /metrics together: {expected_own}", own_sums == expected_own, str(own_sums))
        per_instance = [sum(metric_values(p.metrics(), "perimeter_stream_pings_total").values()) for p in instances]
        checks.check(f"both instances read pings ({per_instance})", all(n > 0 for n in per_instance),
                     str(per_instance))
        own: dict[str, float] = {}
        for p in instances:
            for k, v in metric_values(p.metrics(), "perimeter_stream_pings_total").items():
                own[k] = own.get(k, 0.0) + v

        targets = [p.base_url.removeprefix("http://") for p in instances]
        prometheus = Prometheus(binary, workdir / "prometheus", targets, ALERTS)
        wait_for("Prometheus to be ready", lambda: http_client.get(prometheus.base_url + "/-/ready").status == 200,
                 WAIT_S, alive=prometheus.assert_running)

        def targets_up() -> Optional[list]:
            data = prometheus.api("/api/v1/targets")
            active = data["data"]["activeTargets"] if data else []
            return active if len(active) == 2 and all(a.get("health") == "up" for a in active) else None

        up = wait_for("both perimeter targets to be up", targets_up, WAIT_S, alive=prometheus.assert_running)
        checks.check(f"Prometheus: targets {targets} of job perimeter are up, no scrape error",
                     all(a["labels"].get("job") == "perimeter" and a.get("lastError") == "" for a in up),
                     json.dumps(up))

        expected = {
            "sum(up{job=\"perimeter\"})": 2.0,
            "sum(perimeter_stream_pings_total)": float(sent),
            "sum(perimeter_stream_ready)": 2.0,
            "max(perimeter_fences_live)": float(len(sc.FENCES)),
            "min(perimeter_fences_live)": float(len(sc.FENCES)),
            "sum(perimeter_stream_pings_total{outcome=\"dlq\"})": 1.0,
            "sum(perimeter_stream_dlq_records_total)": 1.0,
            "sum(perimeter_stream_events_total)": 1.0,
            "sum(perimeter_stream_events_total{kind=\"enter\"})": 1.0,
            "sum(perimeter_offers_triggers_total)": 1.0,
            "sum(perimeter_kafka_assigned_partitions)": 3.0,
            "count(perimeter_build_info)": 2.0,
            "count(process_resident_memory_bytes > 0)": 2.0,
        }
        # Wait until a scrape after the pings were counted has been stored,
        # then compare every answer exactly.
        wait_for("Prometheus to have scraped the ping counts",
                 lambda: prometheus.scalar("sum(perimeter_stream_pings_total)") == float(sent), WAIT_S,
                 alive=prometheus.assert_running)
        for promql, value in expected.items():
            got = prometheus.query(promql)
            ok = got is not None and len(got) == 1 and float(got[0]["value"][1]) == value
            checks.check(f"Prometheus: {promql} == {value:g}", ok, json.dumps(got))
        by_outcome = prometheus.query("sum by (outcome) (perimeter_stream_pings_total)") or []
        from_prometheus = {r["metric"].get("outcome", ""): float(r["value"][1]) for r in by_outcome}
        from_perimeter = {k.split('"')[1]: v for k, v in own.items() if '"' in k}
        from_perimeter = {k: v for k, v in from_perimeter.items() if v > 0}
        from_prometheus = {k: v for k, v in from_prometheus.items() if v > 0}
        checks.check("Prometheus: pings by outcome equal the instances' own /metrics",
                     from_prometheus == from_perimeter, f"prometheus {from_prometheus}, perimeter {from_perimeter}")
        names = prometheus.api("/api/v1/label/__name__/values")
        ours = sorted(n for n in (names or {}).get("data", []) if n.startswith("perimeter_"))
        checks.check("Prometheus: perimeter_* series stored (fences, stream, kafka, presence)",
                     all(any(n.startswith(p) for n in ours)
                         for p in ("perimeter_fences_", "perimeter_stream_", "perimeter_kafka_", "perimeter_presence_")),
                     str(ours))

        # Histograms aggregate across instances: the buckets of both are
        # summed before the quantile. A second wave of pings while
        # Prometheus scrapes gives rate() something to see.
        barrier = "perimeter_stream_consent_barrier_wait_seconds_bucket"
        got = prometheus.query(f"count(count by (instance) ({barrier}))")
        checks.check("Prometheus: both instances export consent barrier wait buckets",
                     got is not None and len(got) == 1 and float(got[0]["value"][1]) == 2.0, json.dumps(got))
        before = prometheus.scalar(f"sum({barrier}{{le=\"+Inf\"}})") or 0.0
        t2 = now_ms() - 30_000
        for user in SPREAD_USERS:
            producer.produce(PINGS, user.encode(),
                             codec.ping(user, sc.SOUTH_STREET.lat, sc.SOUTH_STREET.lon, sc.INSIDE_ACCURACY_M, t2))
        producer.flush()
        wait_for("Prometheus to have scraped the second wave's barrier waits",
                 lambda: (prometheus.scalar(f"sum({barrier}{{le=\"+Inf\"}})") or 0.0) > before, WAIT_S,
                 alive=prometheus.assert_running)
        quantiles = {
            "p99 consent barrier wait, both instances, rate over 1m":
                f"histogram_quantile(0.99, sum by (le) (rate({barrier}[1m])))",
            "p50 emit latency, both instances":
                "histogram_quantile(0.5, sum by (le) (perimeter_stream_emit_latency_seconds_bucket))",
        }
        for what, promql in quantiles.items():
            got = prometheus.query(promql)
            value = float(got[0]["value"][1]) if got and len(got) == 1 else float("nan")
            log(f"{what}: {promql} = {value}")
            checks.check(f"Prometheus: {what} is a latency ({value:.6g} s)",
                         math.isfinite(value) and value > 0, json.dumps(got))

        # Every alert rule of deploy/prometheus/alerts.yml is loaded and
        # evaluated without error (its expression runs on real series).
        alert_names = re.findall(r"^\s*- alert: (\w+)", ALERTS.read_text(encoding="utf-8"), flags=re.M)

        def rules_evaluated() -> Optional[list]:
            data = prometheus.api("/api/v1/rules")
            rules = [r for g in (data["data"]["groups"] if data else []) for r in g["rules"]]
            done = [r for r in rules if not r.get("lastEvaluation", "").startswith("0001-")]
            return rules if len(rules) == len(alert_names) and len(done) == len(rules) else None

        rules = wait_for(f"Prometheus to evaluate the {len(alert_names)} alert rules", rules_evaluated, WAIT_S,
                         alive=prometheus.assert_running)
        bad = [f"{r['name']}: {r.get('health')} {r.get('lastError', '')}" for r in rules if r.get("health") != "ok"]
        checks.check(f"Prometheus: every alert rule ({len(rules)}) evaluates without error",
                     not bad and sorted(r["name"] for r in rules) == sorted(alert_names), "; ".join(bad))
        for r in rules:
            data = prometheus.api("/api/v1/query?" + urllib.parse.urlencode({"query": r["query"]}))
            checks.check(f"Prometheus: the expression of {r['name']} evaluates as a query", data is not None,
                         r["query"])

        # Every query of the Grafana dashboard, with its variables as
        # Grafana would fill them, is valid PromQL on these series.
        exprs: list[str] = []

        def walk(o: object) -> None:
            if isinstance(o, dict):
                if isinstance(o.get("expr"), str):
                    exprs.append(o["expr"])
                for v in o.values():
                    walk(v)
            elif isinstance(o, list):
                for v in o:
                    walk(v)

        walk(json.loads(DASHBOARD.read_text(encoding="utf-8")))
        failed_exprs = []
        for e in exprs:
            promql = e.replace("$__rate_interval", "1m").replace("$job", "perimeter").replace("$instance", ".*")
            if prometheus.api("/api/v1/query?" + urllib.parse.urlencode({"query": promql})) is None:
                failed_exprs.append(promql)
        checks.check(f"Prometheus: every query of the dashboard ({len(exprs)}) evaluates", bool(exprs) and not failed_exprs,
                     "\n".join(failed_exprs))

        # The JSON logs of the second instance: every line one object with
        # timestamp, level, message and target at the top level.
        lines = [ln for ln in second.log_path.read_text(encoding="utf-8", errors="replace").splitlines() if ln]
        problems = []
        parsed = []
        for ln in lines:
            try:
                obj = json.loads(ln)
            except ValueError as e:
                problems.append(f"not JSON ({e}): {ln[:200]}")
                continue
            parsed.append(obj)
            missing = [k for k in ("timestamp", "level", "message", "target") if not isinstance(obj.get(k), str)]
            if missing or "fields" in obj:
                problems.append(f"{missing} missing or a 'fields' object: {ln[:200]}")
        starting = [o for o in parsed if o.get("message") == "starting perimeter"]
        checks.check(f"perimeter-b's JSON log: {len(lines)} lines parse, with timestamp, level, message, target "
                     "at the top", bool(lines) and not problems, "\n".join(problems[:5]))
        checks.check("perimeter-b's JSON log: the startup line has its fields at the top level",
                     len(starting) == 1 and starting[0]["level"] == "INFO" and starting[0]["target"] == "perimeter::run"
                     and starting[0].get("group_id") == group and re.match(r"\d{4}-\d\d-\d\dT", starting[0]["timestamp"]),
                     json.dumps(starting))

        code = prometheus.terminate(15)
        checks.check(f"Prometheus stops cleanly on SIGTERM (code {code})", code == 0, prometheus.log_tail())
        for p in instances:
            code = p.terminate(15)
            checks.check(f"{p.name} exits 0 on SIGTERM (code {code})", code == 0, p.log_tail())
