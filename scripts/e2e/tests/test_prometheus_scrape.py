"""Prometheus scrape test: a real Prometheus server (Debian's `prometheus`)
scrapes a running `perimeter run` on a real broker (Apache Kafka), and its query
API answers exactly what the test produced.

Run it through scripts/e2e.sh (PERIMETER_E2E_ONLY=prometheus_scrape), or
with pytest from scripts/e2e:

    python -m pytest -s tests/test_prometheus_scrape.py [--prometheus /usr/bin/prometheus] [--keep]

Setup: the two circle fences and the consent records of scenario.py are
written before Perimeter starts; then a handful of pings (inside a fence
with consent, without consent, and an undecodable one) so that the
counters move. Prometheus scrapes /metrics every second; the test waits
until the target is up and the pings are counted, then checks the answers
of /api/v1/query exactly.
"""

from __future__ import annotations

import json
import os
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
from perimeter_e2e.stack import Stack
from perimeter_e2e.topics import CONSENT, FENCES, PINGS

pytestmark = [pytest.mark.e2e, pytest.mark.prometheus]

WAIT_S = 60.0


class Prometheus(ManagedProcess):
    """`prometheus` with a config scraping one target, storage in `workdir`."""

    def __init__(self, binary: str, workdir: Path, target: str) -> None:
        workdir.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        config = workdir / "prometheus.yml"
        config.write_text(
            "global:\n"
            "  scrape_interval: 1s\n"
            "  evaluation_interval: 1s\n"
            "scrape_configs:\n"
            "  - job_name: perimeter\n"
            "    scrape_interval: 1s\n"
            "    scrape_timeout: 1s\n"
            "    static_configs:\n"
            f"      - targets: ['{target}']\n"
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
    """a real Prometheus scrapes Perimeter"""
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
        perimeter = stack.start_perimeter(group="perimeter-prometheus", campaigns=campaigns)

        # A handful of pings: alice (consent) in the bakery, bob (no
        # consent) in the bookshop, carol in the street, one undecodable.
        t = now_ms() - 60_000
        pings = [
            ("alice", sc.BAKERY, 0), ("alice", sc.BAKERY, 5_000), ("alice", sc.BAKERY, 10_000),
            ("bob", sc.BOOKS, 1_000), ("bob", sc.BOOKS, 6_000),
            ("carol", sc.SOUTH_STREET, 2_000), ("carol", sc.SOUTH_STREET, 7_000),
        ]
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

        def counted() -> Optional[str]:
            text = perimeter.metrics()
            sums = {name: sum(metric_values(text, name).values()) for name in expected_own}
            return text if all(sums[n] >= v for n, v in expected_own.items()) else None

        try:
            text = wait_for(f"Perimeter to count {sent} pings, 1 event, 1 trigger", counted, WAIT_S,
                            alive=perimeter.assert_running)
        except TimeoutError as e:
            checks.check("Perimeter's own /metrics: every ping counted, 1 event, 1 trigger", False,
                         f"{e}\n" + "\n".join(ln for ln in perimeter.metrics().splitlines()
                                                if ln.startswith(tuple(expected_own))))
            raise
        own = metric_values(text, "perimeter_stream_pings_total")
        log(f"perimeter's /metrics: perimeter_stream_pings_total {own}")
        own_sums = {name: sum(metric_values(text, name).values()) for name in expected_own}
        checks.check(f"Perimeter's own /metrics: {expected_own}", own_sums == expected_own, str(own_sums))

        target = perimeter.base_url.removeprefix("http://")
        prometheus = Prometheus(binary, workdir / "prometheus", target)
        wait_for("Prometheus to be ready", lambda: http_client.get(prometheus.base_url + "/-/ready").status == 200,
                 WAIT_S, alive=prometheus.assert_running)

        def target_up() -> Optional[dict]:
            data = prometheus.api("/api/v1/targets")
            active = data["data"]["activeTargets"] if data else []
            return active[0] if len(active) == 1 and active[0].get("health") == "up" else None

        up = wait_for("the perimeter target to be up", target_up, WAIT_S, alive=prometheus.assert_running)
        checks.check(f"Prometheus: target {target} of job perimeter is up, no scrape error",
                     up["labels"].get("job") == "perimeter" and up.get("lastError") == "", json.dumps(up))

        expected = {
            "up{job=\"perimeter\"}": 1.0,
            "sum(perimeter_stream_pings_total)": float(sent),
            "perimeter_stream_ready": 1.0,
            "perimeter_fences_live": float(len(sc.FENCES)),
            "sum(perimeter_stream_pings_total{outcome=\"dlq\"})": 1.0,
            "sum(perimeter_stream_dlq_records_total)": 1.0,
            "sum(perimeter_stream_events_total)": 1.0,
            "sum(perimeter_stream_events_total{kind=\"enter\"})": 1.0,
            "sum(perimeter_offers_triggers_total)": 1.0,
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
        checks.check("Prometheus: pings by outcome equal Perimeter's own /metrics",
                     from_prometheus == from_perimeter, f"prometheus {from_prometheus}, perimeter {from_perimeter}")
        names = prometheus.api("/api/v1/label/__name__/values")
        ours = sorted(n for n in (names or {}).get("data", []) if n.startswith("perimeter_"))
        checks.check("Prometheus: perimeter_* series stored (fences, stream, kafka, presence)",
                     all(any(n.startswith(p) for n in ours)
                         for p in ("perimeter_fences_", "perimeter_stream_", "perimeter_kafka_", "perimeter_presence_")),
                     str(ours))

        code = prometheus.terminate(15)
        checks.check(f"Prometheus stops cleanly on SIGTERM (code {code})", code == 0, prometheus.log_tail())
        code = perimeter.terminate(15)
        checks.check(f"perimeter exits 0 on SIGTERM (code {code})", code == 0, perimeter.log_tail())
