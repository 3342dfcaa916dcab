"""Crash tests of Perimeter against a real broker: the real `perimeter run`
binary with its default producer and consumer settings, Apache Kafka 4.4
(KRaft, one node), and the independent Python client of the end-to-end
test (confluent-kafka with batching producers, protobuf classes generated
from proto/).

Run it through scripts/e2e_crash.sh (which installs Apache Kafka and the
virtualenv and builds the binary), or with pytest from scripts/e2e:

    python -m pytest -s tests/test_crash.py [-k exactly_once] [--crash-seed N] \
        [--crash-kills N] [--crash-broker-restarts N] [--crash-runs ABCD] [--keep]

Two tests: at_least_once (Perimeter's default guarantee) and exactly_once
(processor.guarantee = "exactly_once": a read_committed reader must see
every event and trigger exactly once in runs B and C; run D, an
at-least-once fault, is skipped).

One seeded population of 40 users (perimeter_e2e/population.py) walks in and out
of the two store fences of scenario.py, with the campaigns of scenario.py.
Their pings are produced progressively, in chunks, with two consent
*barriers* between them where users revoke location, revoke offers, opt in
again or are erased (by an EraseRequest this test writes, or through
`POST /v1/users/{id}/erase`). The same input is played three times, each on
a fresh broker:

- run A, the reference: `perimeter run` uninterrupted;
- run B, crashes: the processor is killed with SIGKILL after every chunk (at
  seeded moments: during startup, just after it became ready, in the middle
  of a backlog, or after everything was committed) and restarted with the
  same group id;
- run C, broker restarts: the broker is stopped (SIGTERM) and started again
  on the same ports and log directory in the middle of the stream, while
  the processor keeps running;
- run D, a targeted fault on its own small input: a proxy in front of the
  broker holds back the records of the events topic while the offers and
  the changelog go through; the processor is killed (D/kill), or stops by
  itself on the failed delivery (D/timeout), and is restarted: the event
  must come out after all (see `output_stall_run`).

Then, for B and C against A: every event and trigger of A is there; after
dropping duplicates by id the events and triggers are the same with the same
fields (processing-time fields excepted); duplicates of one id agree; no
trigger relied on a consent version that did not grant location and offers
or was no longer current at decision time; users who revoked or were erased
got nothing afterwards; erased users have no live state in the changelog.

Why the outputs do not depend on processing time (so that A, B and C must
agree exactly), in the configuration and scenario below:

- event times are fixed once (T = the script's start) and reused by every
  run, all between T-14 min and T-1 min: never in the future
  (pings.max_future), and younger than the campaigns' max_age of 1 h for any
  run that finishes within 45 minutes of the start (stale_event never
  applies; the script stops before that);
- `pings.allowed_lateness` is 6 h, so a partition's watermark (the highest
  ping time minus the lateness, advanced by the wall clock while the
  partition is idle) never passes a ping of the scenario: no ping is ever
  late because of when it was processed, and no silence deadline (last ping
  + 10 min) is reached by a sweep. Every user pings at most 20 s apart, so no
  EXIT(timeout) comes from their own pings either;
- campaigns have no schedule and no validity window (outside_schedule never
  applies), cooldowns of 1 h (every second offer of one campaign to one user
  within a run is refused, whatever the processing time), and users have no
  quiet hours (an explicit empty window) except the "quiet" users, whose
  window covers the 12 hours around the start;
- every user's time zone is picked at start so that it is about noon there:
  the daily cap counts offers per local day, and no local midnight falls
  within a run;
- consent changes are written only when every ping produced so far is
  committed by the group (no ping before the change can be processed again
  after it, even after a crash), and pings after a change are produced only
  once the live processor's ledger has applied it (a probe, below); a
  processor started later reads the consent topic to its end before any
  ping. So a decision sees the same consent in every run.

The probe: after the changes of a barrier the test writes a grant with
version 7 for a fresh probe user to each consent partition, behind the
changes, and asks `POST /v1/users/{probe}/erase` until the answer's version
is 7: the ledger has then applied the probe grant and, the partitions being
ordered, every change written before it. Probe users never ping.

It prints one PASS/FAIL line per check, the counts (kills, duplicates
dropped, broker restarts) and the time taken, and a closing
"N passed, M failed" line; the test fails if any check did.
"""

from __future__ import annotations

import gc
import json
import random
import signal
import socket
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import pytest

from perimeter_e2e import http_client
from perimeter_e2e import scenario as sc
from perimeter_e2e.checks import Checks
from perimeter_e2e.codecs import Codec
from perimeter_e2e.kafka_io import Cluster, GroupOffsets, InputProducer, OutputReader
from perimeter_e2e.population import (BARRIERS_MS, END_MS, START_MS, ConsentChange, PingSpec, User, build_population,
                                      consent_value, noon_time_zone)
from perimeter_e2e.processes import (ApacheKafka, BrokerFactory, ManagedProcess, Perimeter, free_port, log,
                                     metric_values, now_ms, wait_for)
from perimeter_e2e.topics import (CONSENT, CONSENT_PARTITIONS, EVENTS, FENCES, OFFERS, OUTPUTS, PING_PARTITIONS,
                                  PINGS, STATE, TOPICS)
from perimeter_e2e.verdict import SHUTDOWN_DEADLINE_S, AppliedChange, Outputs, Verdict

pytestmark = [pytest.mark.crash, pytest.mark.slow]

GROUP = "perimeter-crash"
ADMIN_TOKEN = "crash-test-admin-token-0123456789"

DEADLINE_AFTER_START_S = 45 * 60
"""Campaigns' max_age is 1 h: past this the oldest events would get close."""

WAIT_S = 120.0
"""Deadline of each wait on the processor (restarts included)."""
PROBE_VERSION = 7
LIBRDKAFKA_HANG = "rd_kafka_send_offsets_to_transaction"
"""The frame of the one stall the test accepts a liveness restart for (see
`Run.liveness_restart`)."""
CHANGELOG_GRACE_S = 3.0
"""Run D: how long a changelog record written with its outputs takes at
most to be readable (it takes milliseconds)."""


@dataclass(frozen=True)
class Options:
    """What the runs run, and the stage's options (--crash-*)."""

    perimeter: str
    brokers: BrokerFactory
    seed: int
    kills: int
    broker_restarts: int
    runs: str
    skip_broker_restart: bool
    skip_output_stall: bool
    exactly_once: bool


class Run:
    """One run on a fresh broker: "A" (reference), "B" (SIGKILLs) or "C"
    (broker restarts)."""

    def __init__(self, kind: str, args: Options, workdir: Path, codec: Codec, t0_ms: int,
                 users: list[User], chunks: list[list[PingSpec]], zone: str, seed: int) -> None:
        self.kind, self.args, self.workdir, self.codec = kind, args, workdir, codec
        self.t0_ms, self.users, self.chunks, self.zone = t0_ms, users, chunks, zone
        self.rng = random.Random(seed)
        self.by_id = {u.user_id: u for u in users}
        self.broker: Optional[ApacheKafka] = None
        self.broker_starts = 0
        self.port, self.controller_port = free_port(), free_port()
        self.http_port = free_port()
        self.perimeter: Optional[Perimeter] = None
        self.perimeter_starts = 0
        self.cluster: Optional[Cluster] = None
        self.producer: Optional[InputProducer] = None
        self.group: Optional[GroupOffsets] = None
        self.applied: list[AppliedChange] = []
        self.kills = 0
        self.kill_modes: Counter = Counter()
        self.broker_restarts = 0
        self.perimeter_pids: set[int] = set()
        self.started_ms = now_ms()
        self.first_ready_ms = 0
        self.produced = 0
        self.stuck = 0
        self.liveness_restarts = 0
        self.health_body = ""

    @property
    def exactly_once(self) -> bool:
        """Whether Perimeter runs with processor.guarantee = "exactly_once"."""
        return self.args.exactly_once

    # -- processes -------------------------------------------------------

    def start_broker(self) -> None:
        """Starts the broker; after the first start, on the same ports and
        log directory (a restart)."""
        self.broker_starts += 1
        self.broker = self.args.brokers(
            self.workdir / "kafka",
            self.workdir / f"kafka-{self.broker_starts}.log", port=self.port, controller_port=self.controller_port,
        )
        self.broker.wait_ready()
        if self.cluster is None:
            self.cluster = Cluster(self.broker.bootstrap)

    def stop_broker(self) -> Optional[int]:
        """SIGTERM, up to 30 s, else SIGKILL. Returns the exit code (None
        when it had to be killed)."""
        return self.broker.terminate(30)

    def write_config(self) -> Path:
        (self.workdir / "campaigns.toml").write_text(sc.campaigns_toml())
        config = self.workdir / "perimeter.toml"
        config.write_text(
            f"""# Written by scripts/e2e/tests/test_crash.py (run {self.kind}).
[kafka]
brokers = "{self.broker.bootstrap}"
group_id = "{GROUP}"

[kafka.properties]
# A killed member never leaves the group: the coordinator waits for its
# session to expire before the restarted one gets the partitions.
"session.timeout.ms" = 6000
"heartbeat.interval.ms" = 500

[offers]
campaigns = "campaigns.toml"

[http]
listen = "127.0.0.1:{self.http_port}"

[pings]
format = "protobuf"
# The watermark must never pass a ping of the scenario, whenever it is
# processed (see the module comment).
allowed_lateness = "6h"
"""
            + (f"""
[processor]
# Outputs, changelog and ping offsets in one transaction; the id stays the
# same across the run's restarts, so each restart aborts what the killed
# process left open.
guarantee = "exactly_once"
transactional_id = "crash-{self.kind}"
""" if self.args.exactly_once else "")
        )
        return config

    def start_perimeter(self, wait_ready: bool = True) -> Perimeter:
        self.perimeter_starts += 1
        config = self.workdir / "perimeter.toml"
        p = Perimeter(
            self.args.perimeter, config, self.http_port, self.workdir / f"perimeter-{self.perimeter_starts}.log",
            extra_env={"PERIMETER_ADMIN_TOKEN": ADMIN_TOKEN},
        )
        self.perimeter = p
        self.perimeter_pids.add(p.process.pid)
        if wait_ready:
            self.wait_ready()
        return p

    def wait_ready(self) -> None:
        p = self.perimeter
        wait_for(f"perimeter #{self.perimeter_starts}: GET /readyz == 200", p.ready, WAIT_S, interval_s=0.05,
                 alive=p.assert_running)
        if not self.first_ready_ms:
            self.first_ready_ms = now_ms()

    def kill_perimeter(self) -> None:
        self.perimeter.process.send_signal(signal.SIGKILL)
        self.perimeter.process.wait(timeout=30)
        self.kills += 1

    # -- input -----------------------------------------------------------

    def consent_value(self, u: User, c: ConsentChange) -> bytes:
        return consent_value(self.codec, self.zone, self.t0_ms, u, c)

    def write_tables(self) -> None:
        for f in sc.FENCES:
            self.producer.produce(FENCES, f.fence_id.encode(), self.codec.fence_record(f))
        n = 0
        for u in self.users:
            for c in u.change_at(0):
                sent = now_ms()
                self.producer.produce(CONSENT, u.user_id.encode(), self.consent_value(u, c))
                self.applied.append(AppliedChange(u.user_id, c, sent, sent))
                n += 1
        self.producer.flush()
        log(f"[{self.kind}] wrote {len(sc.FENCES)} fences and {n} consent records")

    def produce(self, chunk: list[PingSpec]) -> None:
        """The chunk's pings in order, batched; returns once all are
        acknowledged."""
        for p in chunk:
            value = self.codec.ping(p.user, p.lat, p.lon, p.accuracy_m, self.t0_ms + p.at_ms)
            self.producer.produce(PINGS, p.user.encode(), value)
            self.produced += 1
        self.producer.flush(WAIT_S)

    def pings_done(self) -> Optional[dict]:
        ends = self.producer.end_offsets(PINGS, PING_PARTITIONS)
        try:
            committed = self.group.committed(PINGS, PING_PARTITIONS)
        except Exception:  # noqa: BLE001 (the broker may be restarting: try again)
            return None
        return committed if all(committed[p] >= ends[p] for p in ends) else None

    def wait_committed(self, what: str) -> None:
        """Waits until every ping produced so far is committed, as a
        liveness probe would: when /healthz fails (the poll loop made no
        progress for http.stall_timeout) the processor is killed and
        started again, as an orchestrator would, but only for the hang this
        test knows (see `liveness_restart`); any other is a failure."""
        what = f"[{self.kind}] {what}: every ping produced so far committed by {GROUP}"
        deadline = time.monotonic() + WAIT_S
        while not self.pings_done():
            self.perimeter.assert_running()
            if self.stalled():
                self.liveness_restart(what)
                deadline = time.monotonic() + WAIT_S
            elif time.monotonic() >= deadline:
                report = self.stuck_report()
                log(f"[{self.kind}] the processor, {WAIT_S:.0f} s into the wait:\n{report}")
                raise TimeoutError(f"timed out after {WAIT_S:.0f} s waiting for {what}")
            time.sleep(0.1)

    def stalled(self) -> bool:
        """Whether /healthz says the processor stopped moving (503
        "stalled"). No answer is not taken for it: the wait's deadline
        covers a processor that does not answer."""
        r = http_client.get(f"{self.perimeter.base_url}/healthz")
        self.health_body = r.body
        return r.status == 503 and r.body.startswith("stalled")

    def stuck_report(self) -> str:
        self.stuck += 1
        return self.perimeter.stuck_report(self.workdir / f"stuck-{self.stuck}.txt")

    def liveness_restart(self, what: str) -> None:
        """/healthz failed while waiting for `what`. Accepted only for
        librdkafka's send_offsets_to_transaction that never returns after
        the group coordinator's broker restarted (confluentinc/librdkafka
        #5456, #5511: open in 2.12.1): the processor cannot get out of that
        call; its documented recovery is the liveness probe's restart,
        which resumes from the last commit. Any other stall fails the test."""
        report = self.stuck_report()
        stacks = (self.workdir / f"stuck-{self.stuck}.txt").read_text()
        log(f"[{self.kind}] /healthz failed while waiting for {what}:\n{self.health_body}{report}")
        if LIBRDKAFKA_HANG not in stacks:
            raise AssertionError(f"/healthz failed (the processor stopped moving) while waiting for {what}, "
                                 f"not in {LIBRDKAFKA_HANG}: see {report.splitlines()[-1]}")
        if "transaction call `send offsets`" not in self.health_body:
            raise AssertionError(f"/healthz did not name the call the processor is stuck in: {self.health_body!r}")
        self.liveness_restarts += 1
        log(f"[{self.kind}] restarting it as a liveness probe would (SIGKILL): stuck in {LIBRDKAFKA_HANG}")
        self.perimeter.process.send_signal(signal.SIGKILL)
        self.perimeter.process.wait(timeout=30)
        self.start_perimeter()

    def admin_erase(self, user: str) -> Optional[int]:
        """POST /v1/users/{user}/erase; the version answered, or None."""
        status, _, body = http_client.request(
            "POST", f"{self.perimeter.base_url}/v1/users/{user}/erase",
            headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}, body=b"", timeout_s=15,
        )
        if status != 202:
            return None
        try:
            return int(json.loads(body)["version"])
        except (ValueError, KeyError, TypeError):
            return None

    def barrier(self, b: int) -> None:
        """Consent changes of barrier `b`, once every earlier ping is
        committed; returns once the live processor's ledger holds them."""
        self.wait_committed(f"barrier {b}")
        self.wait_ready()
        pending: list[tuple[str, ConsentChange, int]] = []
        for u in self.users:
            for c in u.change_at(b):
                sent = now_ms()
                if c.kind == "erase_api":
                    wait_for(f"POST /v1/users/{u.user_id}/erase == 202", lambda: self.admin_erase(u.user_id),
                             WAIT_S, interval_s=0.2, alive=self.perimeter.assert_running)
                else:
                    self.producer.produce(CONSENT, u.user_id.encode(), self.consent_value(u, c))
                pending.append((u.user_id, c, sent))
        # The probes: one fresh user per consent partition, granted behind
        # the changes; their grant applied means the changes are too.
        probes = []
        for p in range(CONSENT_PARTITIONS):
            probe = User(f"crash-probe-b{b}-p{p}", "probe", [])
            self.producer.produce(
                CONSENT, probe.user_id.encode(),
                self.consent_value(probe, ConsentChange(b, "set", PROBE_VERSION, location=True)), partition=p,
            )
            probes.append(probe.user_id)
        self.producer.flush(WAIT_S)
        for probe in probes:
            wait_for(f"the ledger to hold {probe}'s grant (version {PROBE_VERSION})",
                     lambda: self.admin_erase(probe) == PROBE_VERSION, WAIT_S, interval_s=0.1,
                     alive=self.perimeter.assert_running)
        confirmed = now_ms()
        for user, c, sent in pending:
            self.applied.append(AppliedChange(user, c, sent, confirmed))
        log(f"[{self.kind}] barrier {b}: {len(pending)} consent changes applied")

    # -- faults ----------------------------------------------------------

    def processed(self) -> float:
        try:
            return sum(metric_values(self.perimeter.metrics(), "perimeter_stream_pings_total").values())
        except RuntimeError:
            return -1.0

    def kill_and_restart(self) -> None:
        """SIGKILL at a seeded moment, then start again (without waiting)."""
        mode = self.rng.choices(("startup", "ready", "processing", "committed"), (25, 25, 35, 15))[0]
        self.kill_modes[mode] += 1
        p = self.perimeter
        if mode == "startup":
            # Whatever it is doing now: maybe still reading the tables,
            # joining the group or restoring the changelog.
            time.sleep(self.rng.uniform(0.0, 0.4))
        elif mode == "ready":
            self.wait_ready()
            time.sleep(self.rng.uniform(0.0, 0.3))
        elif mode == "processing":
            self.wait_ready()
            fraction = self.rng.uniform(0.1, 0.9)
            backlog = self.produced - sum(self.group.committed(PINGS, PING_PARTITIONS).values())
            target = fraction * max(backlog, 0)
            wait_for("the processor to work through part of its backlog", lambda: self.processed() >= target,
                     WAIT_S, interval_s=0.02, alive=p.assert_running)
        else:
            self.wait_committed("before a kill")
        p = self.perimeter  # a liveness restart in the wait replaced it
        p.assert_running()
        self.kill_perimeter()
        self.start_perimeter(wait_ready=False)

    def restart_broker(self) -> None:
        """SIGTERM the broker while the processor runs, start it again on
        the same port and storage."""
        started = time.monotonic()
        code = self.stop_broker()
        self.start_broker()
        self.broker_restarts += 1
        log(f"[{self.kind}] broker restarted (SIGTERM exit code {code}, down {time.monotonic() - started:.1f} s)")
        self.broker_exit_codes.append(code)

    # -- the run ---------------------------------------------------------

    def run(self) -> Outputs:
        started = time.monotonic()
        self.broker_exit_codes: list[Optional[int]] = []
        self.start_broker()
        self.cluster.create_topics(TOPICS)
        self.producer = InputProducer(self.broker.bootstrap)
        self.group = GroupOffsets(self.broker.bootstrap, GROUP)
        self.write_tables()
        self.write_config()
        self.start_perimeter()
        log(f"[{self.kind}] perimeter ready; playing {sum(map(len, self.chunks))} pings in {len(self.chunks)} chunks")

        restart_after = set()
        if self.kind == "C":
            restart_after = set(self.rng.sample(range(len(self.chunks) - 1), self.args.broker_restarts))
        barrier_after = {i: b for i, b in barrier_chunks(self.chunks).items()}
        for i, chunk in enumerate(self.chunks):
            self.produce(chunk)
            if i in barrier_after:
                self.barrier(barrier_after[i])
            if i == len(self.chunks) - 1:
                break
            if self.kind == "B":
                self.kill_and_restart()
            elif self.kind == "C" and i in restart_after:
                self.restart_broker()
        self.wait_committed("the end")
        self.wait_ready()
        self.final_metrics = self.perimeter.metrics()
        code = self.perimeter.terminate(SHUTDOWN_DEADLINE_S)
        self.exit_code = code
        ends = self.producer.end_offsets(PINGS, PING_PARTITIONS)
        self.final_committed = (self.group.committed(PINGS, PING_PARTITIONS), ends)
        outputs = self.read_outputs()
        self.seconds = time.monotonic() - started
        return outputs

    def read_outputs(self) -> Outputs:
        reader = OutputReader(self.broker.bootstrap, OUTPUTS)
        try:
            reader.read_to_end(WAIT_S)
            ev = [(r, self.codec.event_pb.GeofenceEvent.FromString(r.value)) for r in reader.of(EVENTS)]
            tr = [(r, self.codec.offer_pb.OfferTrigger.FromString(r.value)) for r in reader.of(OFFERS)]
            cl = [(r, r.timestamp_ms) for r in reader.of(STATE)]
            return Outputs(ev, tr, reader.of("perimeter.dlq"), cl)
        finally:
            reader.close()

    def close(self) -> None:
        for c in (self.group,):
            try:
                if c is not None:
                    c.close()
            except Exception:  # noqa: BLE001, S110
                pass
        if self.perimeter is not None:
            self.perimeter.kill()
        self.producer = self.cluster = self.group = None
        gc.collect()
        if self.broker is not None:
            self.broker.terminate(15)

    def logs(self) -> list[ManagedProcess]:
        return [x for x in (self.perimeter, self.broker) if x is not None]


def make_chunks(users: list[User], kills: int, rng: random.Random) -> list[list[PingSpec]]:
    """All pings in event-time order, cut into kills + 1 chunks; the cuts
    include the two barriers."""
    pings = sorted((p for u in users for p in u.pings), key=lambda p: (p.at_ms, p.user))
    forced = [next(i for i, p in enumerate(pings) if p.at_ms >= b) for b in BARRIERS_MS]
    others = sorted(rng.sample([i for i in range(1, len(pings)) if i not in forced], kills - len(forced)))
    cuts = sorted(set(forced + others))
    bounds = [0, *cuts, len(pings)]
    return [pings[a:b] for a, b in zip(bounds, bounds[1:])]


def barrier_chunks(chunks: list[list[PingSpec]]) -> dict[int, int]:
    """Chunk index after which barrier 1 and 2 fall."""
    out = {}
    for b, at in enumerate(BARRIERS_MS, start=1):
        for i, c in enumerate(chunks):
            if c and c[-1].at_ms < at and i + 1 < len(chunks) and chunks[i + 1][0].at_ms >= at:
                out[i] = b
    return out


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------


def reference_sanity(checks: Checks, run: Run, out: Outputs) -> None:
    """Run A must exercise what the comparison relies on."""
    kinds = Counter(run.codec.event_kind(e.kind) for _, e in out.events)
    users_with_triggers = {t.user_id for _, t in out.triggers}
    suppressions = {k.split('"')[1]: int(v) for k, v in
                    metric_values(run.final_metrics, "perimeter_offers_suppressions_total").items() if '"' in k}
    pings = {k.split('"')[1]: int(v) for k, v in
             metric_values(run.final_metrics, "perimeter_stream_pings_total").items() if '"' in k}
    log(f"[A] events by kind {dict(kinds)}, {len(out.triggers)} triggers to {len(users_with_triggers)} users")
    log(f"[A] suppressions by reason {suppressions}")
    log(f"[A] pings by outcome {pings}")
    checks.check("[A] the reference run has ENTER, DWELL and EXIT events and triggers",
                 all(kinds.get(k, 0) > 0 for k in ("ENTER", "DWELL", "EXIT")) and len(out.triggers) >= 10,
                 f"events {dict(kinds)}, triggers {len(out.triggers)}")
    checks.check("[A] no ping was late (the watermark never passed the scenario)", pings.get("late", 0) == 0,
                  str(pings))
    wanted = {"one_per_visit", "cooldown", "frequency_cap", "category_blocked", "quiet_hours", "no_offers_consent"}
    checks.check("[A] the scenario exercises the caps and consent rules: " + ", ".join(sorted(wanted)),
                 wanted <= {k for k, v in suppressions.items() if v > 0}, str(suppressions))


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


class StallingProxy:
    """A TCP proxy in front of the broker that forwards the Kafka protocol
    unchanged, except that while `stall` is set it holds back (never
    forwards) every ProduceRequest containing one of `needles`: the topic's
    name and, once known, its id (ProduceRequest v13, KIP-516, names
    topics by id; librdkafka 2.12 writes v10, with names). Those records
    are never written, so never acknowledged, while every other request
    goes through. librdkafka sends one ProduceRequest per partition and
    matches responses by correlation id, so the other partitions' records
    are acknowledged as usual. The broker must advertise the proxy's
    address, so that every client connects through it."""

    def __init__(self, listen_port: int, upstream_port: int, needles: list[bytes]) -> None:
        self.upstream_port, self.needles = upstream_port, needles
        self.stall = threading.Event()
        self.held = 0
        self._socks: list[socket.socket] = []
        self._lock = threading.Lock()
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", listen_port))
        self._server.listen(64)
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.upstream_port), timeout=5)
                upstream.settimeout(None)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._socks += [client, upstream]
            threading.Thread(target=self._pipe, args=(upstream, client), daemon=True).start()
            threading.Thread(target=self._requests, args=(client, upstream), daemon=True).start()

    @staticmethod
    def _read(sock: socket.socket, n: int) -> Optional[bytes]:
        buf = b""
        while len(buf) < n:
            try:
                chunk = sock.recv(n - len(buf))
            except OSError:
                return None
            if not chunk:
                return None
            buf += chunk
        return buf

    def _pipe(self, src: socket.socket, dst: socket.socket) -> None:
        while True:
            try:
                data = src.recv(65536)
                if not data:
                    break
                dst.sendall(data)
            except OSError:
                break
        for x in (src, dst):
            try:
                x.close()
            except OSError:
                pass

    def _requests(self, client: socket.socket, upstream: socket.socket) -> None:
        while True:
            head = self._read(client, 4)
            if head is None:
                break
            frame = self._read(client, int.from_bytes(head, "big"))
            if frame is None:
                break
            api_key = int.from_bytes(frame[:2], "big")
            if api_key == 0 and self.stall.is_set() and any(n in frame for n in self.needles):
                self.held += 1
                continue  # held back: never written, never answered
            try:
                upstream.sendall(head + frame)
            except OSError:
                break
        for x in (client, upstream):
            try:
                x.close()
            except OSError:
                pass

    def drop_connections(self) -> None:
        """Closes every connection, both ways. shutdown() first: close()
        alone neither wakes the threads blocked reading them nor tells the
        peers, and a client would wait out its request timeout (60 s)."""
        with self._lock:
            socks, self._socks = self._socks, []
        for x in socks:
            try:
                x.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            try:
                x.close()
            except OSError:
                pass

    def close(self) -> None:
        self._closed = True
        self._server.close()
        self.drop_connections()


def output_stall_run(args: Options, workdir: Path, codec: Codec, checks: Checks, mode: str) -> str:
    """Run D, a targeted fault: the events topic's records are not
    acknowledged (a proxy in front of the broker holds back every
    ProduceRequest for it) while the changelog's and the offers' are. A
    ping that ENTERs a fence is processed: its trigger and its changelog
    record are acknowledged, its ENTER event is not, so its offset is not
    stored. On a cluster of several brokers this is the case whenever the
    changelog's partition leader answers and the events' leader has not
    yet. Then, by `mode`:

    - "kill": the processor is killed (SIGKILL) in that state;
    - "timeout": nothing is killed; with message.timeout.ms = 3 s the event's
      delivery fails and the processor stops by itself (exit code 1), whose
      documented recovery is "restart it; nothing is lost".

    The proxy lets everything through again and the processor is started
    again; it replays the ping. No loss means the replay publishes the
    ENTER. Returns a summary line."""
    port, proxy_port = free_port(), free_port()
    proxy = StallingProxy(proxy_port, port, [EVENTS.encode()])
    # The broker listens on `port` and advertises the proxy.
    t = args.brokers(workdir / "kafka", workdir / "kafka.log", port=port, advertised_port=proxy_port)
    bootstrap = t.bootstrap
    procs: list[ManagedProcess] = []
    closers = []
    try:
        t.wait_ready()
        cluster = Cluster(bootstrap)
        cluster.create_topics(TOPICS)
        proxy.needles.append(cluster.topic_id(EVENTS))
        producer = InputProducer(bootstrap)
        for f in sc.FENCES:
            producer.produce(FENCES, f.fence_id.encode(), codec.fence_record(f))
        producer.produce(CONSENT, b"alice", codec.consent_update(sc.Consent("alice", 3, True, True), now_ms()))
        producer.flush()
        (workdir / "campaigns.toml").write_text(sc.campaigns_toml())
        http_port = free_port()
        timeout = '"message.timeout.ms" = 3000\n' if mode == "timeout" else ""
        config = workdir / "perimeter.toml"
        config.write_text(
            f'[kafka]\nbrokers = "{bootstrap}"\ngroup_id = "{GROUP}"\n[kafka.properties]\n'
            f'"session.timeout.ms" = 6000\n{timeout}\n[offers]\ncampaigns = "campaigns.toml"\n'
            f'[http]\nlisten = "127.0.0.1:{http_port}"\n'
        )
        p = Perimeter(args.perimeter, config, http_port, workdir / "perimeter-1.log")
        procs.append(p)
        wait_for("perimeter (run D) to be ready", p.ready, WAIT_S, alive=p.assert_running)
        proxy.stall.set()
        producer.send(PINGS, b"alice", codec.ping("alice", sc.BAKERY.lat, sc.BAKERY.lon, 5.0, now_ms() - 5000))
        reader = OutputReader(bootstrap, {STATE: PING_PARTITIONS, OFFERS: 3})
        closers.append(reader.close)

        def trigger_acknowledged() -> bool:
            reader.poll(0.2)
            return bool(reader.of(OFFERS)) and proxy.held > 0

        # In the timeout mode the processor is meant to stop by itself once
        # the held-back event times out (3 s): only the kill mode may insist
        # that it keeps running while we look.
        running = p.assert_running if mode == "kill" else None
        wait_for("alice's trigger acknowledged, her event held back", trigger_acknowledged, WAIT_S, interval_s=0,
                 alive=running)

        def changelog_written() -> bool:
            reader.poll(0.2)
            return any(r.key == b"alice" for r in reader.of(STATE))

        # A processor that writes the changelog together with the outputs
        # has alice's changelog record acknowledged at once; one that holds
        # it back until the outputs are acknowledged never writes it while
        # the event is held. A bounded grace tells the two apart.
        try:
            changelog_acked = wait_for("alice's changelog record", changelog_written, CHANGELOG_GRACE_S,
                                       interval_s=0, alive=running)
        except TimeoutError:
            changelog_acked = False
        if mode == "kill":
            p.process.send_signal(signal.SIGKILL)
            p.process.wait(timeout=30)
            how = "SIGKILL"
        else:
            wait_for("perimeter to stop on the failed delivery", lambda: p.process.poll() is not None, WAIT_S)
            how = f"exit code {p.process.returncode} on the failed delivery"
        held = proxy.held
        proxy.stall.clear()
        proxy.drop_connections()
        p = Perimeter(args.perimeter, config, http_port, workdir / "perimeter-2.log")
        procs.append(p)
        wait_for("perimeter (run D) to be ready again", p.ready, WAIT_S, alive=p.assert_running)
        group = GroupOffsets(bootstrap, GROUP)
        closers.append(group.close)
        ends = producer.end_offsets(PINGS, PING_PARTITIONS)
        wait_for("the ping to be committed", lambda: group.committed(PINGS, PING_PARTITIONS) == ends, WAIT_S,
                 alive=p.assert_running)
        outcomes = metric_values(p.metrics(), "perimeter_stream_pings_total")
        p.terminate(SHUTDOWN_DEADLINE_S)
        events = OutputReader(bootstrap, {EVENTS: 3})
        closers.append(events.close)
        events.read_to_end(WAIT_S)
        reader.read_to_end(WAIT_S)
        triggers = [codec.offer_pb.OfferTrigger.FromString(r.value) for r in reader.of(OFFERS)]
        evs = [codec.event_pb.GeofenceEvent.FromString(r.value) for r in events.of(EVENTS)]
        replayed = {k.split('"')[1]: int(v) for k, v in outcomes.items() if '"' in k and v}
        enter = [e for e in evs if e.user_id == "alice" and codec.event_kind(e.kind) == "ENTER"]
        checks.check(
            f"[D/{mode}] no loss when a ping's offer is acknowledged and its event is not: after {how} and a "
            "restart the replayed ping's ENTER is published",
            bool(enter),
            f"{held} ProduceRequest(s) for {EVENTS} held back before the {'kill' if mode == 'kill' else 'failure'}; "
            f"alice's changelog record was {'acknowledged' if changelog_acked else 'not written'} meanwhile; the "
            f"ping was replayed after the restart (pings by outcome in the new process: {replayed}) but no event "
            f"was published: the changelog state restored already held alice's visit, so the replay changed "
            f"nothing and emitted nothing. {len(triggers)} trigger(s) acknowledged before, naming event "
            f"{[x.event_id for x in triggers]}, which is nowhere in {EVENTS} ({len(evs)} events there).",
        )
        return (f"run D/{mode} (event held back, offer acknowledged, changelog "
                f"{'acknowledged' if changelog_acked else 'held back by Perimeter'}, {how}): ENTER after restart: "
                f"{'yes' if enter else 'NO (lost)'}")
    finally:
        for close in closers:
            try:
                close()
            except Exception:  # noqa: BLE001, S110
                pass
        for proc in procs:
            proc.kill()
        gc.collect()
        proxy.close()
        t.terminate(15)


@pytest.mark.parametrize("guarantee", ["at_least_once", "exactly_once"])
def test_crash(guarantee: str, perimeter_bin: str, broker_factory: BrokerFactory, codec: Codec, workdir: Path,
               checks: Checks, pytestconfig: pytest.Config) -> None:
    """crash tests: SIGKILLs, broker restarts and a held-back output against Apache Kafka"""
    option = pytestconfig.getoption
    exactly_once = guarantee == "exactly_once"
    args = Options(
        perimeter_bin, broker_factory, option("crash_seed"), option("crash_kills"), option("crash_broker_restarts"),
        # Run D is an at-least-once fault.
        option("crash_runs").replace("D", "") if exactly_once else option("crash_runs"),
        option("crash_skip_broker_restart"), option("crash_skip_output_stall"), exactly_once,
    )
    if args.kills < 20:
        raise pytest.UsageError("--crash-kills must be at least 20")
    began = time.monotonic()
    runs: list[Run] = []
    summary: list[str] = []

    def cleanup(failed: bool) -> None:
        for r in runs:
            r.close()
        if failed:
            for r in runs:
                for proc in r.logs():
                    print(f"\n--- run {r.kind}: last lines of {proc.name}'s log ({proc.log_path}) ---\n"
                          f"{proc.log_tail()}")
        print()
        for line in summary:
            print(line)
        print(f"total time {time.monotonic() - began:.1f} s")

    with checks.stage(f"crash ({guarantee})", cleanup):
        t0 = now_ms() // 1000 * 1000
        zone = noon_time_zone(t0)
        users = build_population(args.seed)
        chunks = make_chunks(users, args.kills, random.Random(args.seed + 1))
        npings = sum(len(u.pings) for u in users)
        log(f"seed {args.seed}: {len(users)} users, {npings} pings from T{START_MS // 1000:+d}s to "
            f"T{END_MS // 1000:+d}s in {len(chunks)} chunks; T = {t0}; users' time zone {zone}")

        def one(kind: str, seed: int) -> tuple[Run, Outputs]:
            d = workdir / f"run-{kind}"
            d.mkdir()
            r = Run(kind, args, d, codec, t0, users, chunks, zone, seed)
            runs.append(r)
            try:
                out = r.run()
            finally:
                r.close()
            if time.monotonic() - began > DEADLINE_AFTER_START_S:
                raise RuntimeError("the test ran past its deadline; event times would get stale")
            log(f"[{kind}] done in {r.seconds:.1f} s: {len(out.events)} events, {len(out.triggers)} triggers, "
                f"{len(out.changelog)} changelog records read back")
            return r, out

        if set(args.runs) & set("ABC"):
            # A is the reference of B and C: it runs whenever one of them does.
            a, ref = one("A", args.seed + 2)
            v = Verdict(checks, a, ref, users)
            v.basics()
            reference_sanity(checks, a, ref)
            v.consent_safety()
            v.per_role()
            v.changelog()
            summary.append(f"run A (reference): {a.seconds:.1f} s, {len(ref.events)} events, "
                           f"{len(ref.triggers)} triggers")

        if "B" in args.runs:
            b, out_b = one("B", args.seed + 3)
            v = Verdict(checks, b, out_b, users)
            v.basics()
            checks.check(f"[B] killed with SIGKILL at least 20 times ({b.kills}: {dict(b.kill_modes)})",
                         b.kills >= 20)
            v.against(ref)
            v.exactly_once()
            v.consent_safety()
            v.per_role()
            v.changelog()
            summary.append(f"run B (SIGKILL): {b.seconds:.1f} s, {b.kills} kills {dict(b.kill_modes)}, "
                           f"{b.perimeter_starts} starts; duplicates dropped: {v.dups[0]} events, "
                           f"{v.dups[1]} triggers")

        if "C" not in args.runs:
            pass
        elif args.skip_broker_restart:
            summary.append("run C (broker restart): skipped (--crash-skip-broker-restart)")
        else:
            c, out_c = one("C", args.seed + 4)
            v = Verdict(checks, c, out_c, users)
            v.basics()
            restarted = (f", and {c.liveness_restarts} restart(s) by the liveness probe out of librdkafka's "
                         f"{LIBRDKAFKA_HANG} hang" if c.liveness_restarts else "")
            checks.check(f"[C] perimeter kept running through {c.broker_restarts} broker restarts "
                         f"({c.perimeter_starts} start(s){restarted})",
                         c.perimeter_starts == 1 + c.liveness_restarts and c.broker_restarts == args.broker_restarts)
            checks.check(f"[C] the broker shut down on SIGTERM each time (exit codes {c.broker_exit_codes})",
                         all(x in ApacheKafka.CLEAN_EXIT_CODES for x in c.broker_exit_codes))
            v.against(ref)
            v.exactly_once()
            v.consent_safety()
            v.per_role()
            v.changelog()
            summary.append(f"run C (broker restarts): {c.seconds:.1f} s, {c.broker_restarts} "
                           f"restarts, {c.liveness_restarts} liveness restart(s); duplicates dropped: "
                           f"{v.dups[0]} events, {v.dups[1]} triggers")
            if args.exactly_once:
                # A refused commit (the coordinator forgot the member across
                # a restart) aborts and rewinds; how often depends on timing.
                txns = {k.split('"')[1]: int(v) for k, v in
                        metric_values(c.final_metrics, "perimeter_kafka_transactions_total").items() if '"' in k}
                rewinds = metric_values(c.final_metrics, "perimeter_kafka_rebalances_total").get('{kind="rewind"}', 0)
                summary.append(f"run C transactions {txns}, rewinds {int(rewinds)}")

        if "D" not in args.runs:
            pass
        elif args.skip_output_stall:
            summary.append("run D (output stall): skipped (--crash-skip-output-stall)")
        else:
            for mode in ("kill", "timeout"):
                d = workdir / f"run-D-{mode}"
                d.mkdir()
                started = time.monotonic()
                line = output_stall_run(args, d, codec, checks, mode)
                summary.append(f"{line}; {time.monotonic() - started:.1f} s")
