"""Crash tests of Perimeter against a real broker: the real `perimeter run`
binary with its default producer and consumer settings, Apache Kafka 4.4
(KRaft, one node), and the independent Python client of the end-to-end
test (confluent-kafka with batching producers, protobuf classes generated
from proto/).

Run it through scripts/e2e_crash.sh (which installs Apache Kafka and the
virtualenv and builds the binary), or directly:

    python crash.py --perimeter BIN --kafka DIR --proto-dir proto/ \
        [--seed N] [--kills N] [--broker-restarts N] [--runs ABCD] [--keep]

One seeded population of 40 users (see `build_population`) walks in and out
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
"N passed, M failed" line; the exit code is 0 only if everything passed.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import random
import shutil
import signal
import socket
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

import harness
import scenario as sc
from harness import ApacheKafka, Perimeter, log, metric_values, now_ms, wait_for
from kafka_io import Cluster, GroupOffsets, InputProducer, OutputReader
from run_e2e import CONSENT, EVENTS, FENCES, OFFERS, OUTPUTS, PING_PARTITIONS, PINGS, STATE, TOPICS, Checks, Codec, report_error

GROUP = "perimeter-crash"
ADMIN_TOKEN = "crash-test-admin-token-0123456789"
CONSENT_PARTITIONS = next(t.partitions for t in TOPICS if t.name == CONSENT)

SECOND = 1000
MINUTE = 60 * SECOND
START_MS = -14 * MINUTE
"""The earliest ping, relative to T."""
END_MS = -1 * MINUTE
"""No ping after this, relative to T."""
BARRIERS_MS = (-560 * SECOND, -300 * SECOND)
"""Event times at which the consent barriers 1 and 2 fall: pings before the
first are played, then the barrier's consent changes, and so on."""
DEADLINE_AFTER_START_S = 45 * 60
"""Campaigns' max_age is 1 h: past this the oldest events would get close."""

WAIT_S = 120.0
"""Deadline of each wait on the processor (restarts included)."""
SHUTDOWN_DEADLINE_S = 15.0
PROBE_VERSION = 7
CHANGELOG_GRACE_S = 3.0
"""Run D: how long a changelog record written with its outputs takes at
most to be readable (it takes milliseconds)."""

# Places around the two stores of scenario.py. Inside pings lie within 30%
# of the fence radius of the centre with 5 m accuracy (confidently inside);
# outside pings 300 m away with 8 m accuracy (confidently outside).
STREET_OF = {sc.FENCE_BAKERY.fence_id: sc.NORTH_STREET, sc.FENCE_BOOKS.fence_id: sc.SOUTH_STREET}
M_PER_DEG = 111_195.0

ROLES = (
    # role, how many
    ("full", 6),  # location + offers
    ("full_blocked_food", 2),  # ... with the category "food" blocked
    ("full_capped", 2),  # ... with at most 1 offer a day
    ("full_quiet", 2),  # ... in quiet hours all along
    ("location_only", 6),
    ("no_record", 4),  # no consent record at all
    ("no_purposes", 2),  # a record granting nothing
    ("revoke_location", 4),  # location + offers, location revoked at a barrier
    ("revoke_offers", 3),  # location + offers, offers revoked at a barrier
    ("regrant", 3),  # offers revoked at barrier 1, granted again at barrier 2
    ("erase", 3),  # erased at a barrier by an EraseRequest this test writes
    ("erase_api", 3),  # erased at a barrier through POST /v1/users/{id}/erase
)


# ---------------------------------------------------------------------------
# The population
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ConsentChange:
    """One consent update of a user. barrier 0: written before Perimeter
    starts; 1 or 2: written at that barrier."""

    barrier: int
    kind: str  # "set", "erase" (EraseRequest written here), "erase_api" (POST .../erase)
    version: int
    location: bool = False
    offers: bool = False


@dataclass(frozen=True)
class PingSpec:
    at_ms: int  # relative to T
    user: str
    lat: float
    lon: float
    accuracy_m: float


@dataclass
class User:
    user_id: str
    role: str
    changes: list[ConsentChange]
    pings: list[PingSpec] = field(default_factory=list)
    blocked: tuple[str, ...] = ()
    max_per_day: Optional[int] = None
    quiet: bool = False

    def change_at(self, barrier: int) -> list[ConsentChange]:
        return [c for c in self.changes if c.barrier == barrier]


def _jitter(place: sc.Place, rng: random.Random, radius_m: float) -> tuple[float, float]:
    """A point within `radius_m` of `place`."""
    r = radius_m * math.sqrt(rng.random())
    a = rng.uniform(0, 2 * math.pi)
    dlat = r * math.cos(a) / M_PER_DEG
    dlon = r * math.sin(a) / (M_PER_DEG * math.cos(math.radians(place.lat)))
    return place.lat + dlat, place.lon + dlon


def _walk(user: str, rng: random.Random) -> list[PingSpec]:
    """Pings every 12-20 s from about T-14 min to T-1 min: out in a street,
    in a store past its dwell threshold, out again (long enough to EXIT, or
    not, then back into the same store: the visit goes on), ..."""
    pings = []
    t = START_MS + rng.randint(0, 40 * SECOND)
    step = rng.randint(12 * SECOND, 20 * SECOND)
    fence = rng.choice(sc.FENCES)
    inside = rng.random() < 0.3
    while t <= END_MS:
        if inside:
            seg_end = t + rng.randint(150, 260) * SECOND
        else:
            seg_end = t + rng.randint(40, 110) * SECOND
        while t < seg_end and t <= END_MS:
            if inside:
                lat, lon = _jitter(fence.centre, rng, 0.3 * fence.radius_m)
                acc = sc.INSIDE_ACCURACY_M
            else:
                lat, lon = _jitter(STREET_OF[fence.fence_id], rng, 5.0)
                acc = sc.OUTSIDE_ACCURACY_M
            pings.append(PingSpec(t, user, lat, lon, acc))
            t += step + rng.randint(-1500, 1500)
        if inside:
            inside = False
        else:
            inside = True
            if rng.random() < 0.5:
                fence = rng.choice(sc.FENCES)
    return pings


def build_population(seed: int, roles: tuple[tuple[str, int], ...] = ROLES, prefix: str = "crash") -> list[User]:
    """The users, their consent histories and their walks (seeded): `roles`
    says how many of each role (see ROLES), `prefix` starts their ids."""
    rng = random.Random(seed)
    users = []
    for role, count in roles:
        for i in range(count):
            uid = f"{prefix}-{role.replace('_', '-')}-{i}"
            v = rng.randint(1, 5)
            both = ConsentChange(0, "set", v, location=True, offers=True)
            barrier = rng.choice((1, 2))
            changes = {
                "full": [both],
                "full_blocked_food": [both],
                "full_capped": [both],
                "full_quiet": [both],
                "location_only": [ConsentChange(0, "set", v, location=True)],
                "no_record": [],
                "no_purposes": [ConsentChange(0, "set", v)],
                "revoke_location": [both, ConsentChange(barrier, "set", v + 1, location=False, offers=True)],
                "revoke_offers": [both, ConsentChange(barrier, "set", v + 1, location=True)],
                "regrant": [
                    both,
                    ConsentChange(1, "set", v + 1, location=True),
                    ConsentChange(2, "set", v + 2, location=True, offers=True),
                ],
                "erase": [both, ConsentChange(barrier, "erase", v)],
                "erase_api": [both, ConsentChange(barrier, "erase_api", v)],
            }[role]
            u = User(uid, role, changes)
            if role == "full_blocked_food":
                u.blocked = ("food",)
            if role == "full_capped":
                u.max_per_day = 1
            if role == "full_quiet":
                u.quiet = True
            u.pings = _walk(uid, rng)
            users.append(u)
    return users


def noon_time_zone(utc_ms: int) -> str:
    """An IANA zone ("Etc/GMT-N" is UTC+N) where it is about noon at
    `utc_ms`: no local midnight for the next 11 hours, so "offers per local
    day" cannot change during the test."""
    hour = time.gmtime(utc_ms / 1000).tm_hour
    offset = 12 - hour  # in [-11, 12]
    if offset == 0:
        return "Etc/GMT"
    return f"Etc/GMT{'-' if offset > 0 else '+'}{abs(offset)}"


def local_minute(utc_ms: int, zone: str) -> int:
    """Minute of the day at `utc_ms` in an Etc/GMT zone."""
    offset_h = 0 if zone == "Etc/GMT" else -int(zone[len("Etc/GMT"):])
    return ((utc_ms // 60_000) + offset_h * 60) % 1440


def consent_value(codec: Codec, zone: str, t0_ms: int, u: User, c: ConsentChange) -> bytes:
    """The consent topic's record of change `c` of user `u` (an
    EraseRequest for kind "erase", else a ConsentRecord in time zone
    `zone`; the "quiet" users are quiet from 6 hours before T to 6 hours
    after it)."""
    pb = codec.consent_pb
    if c.kind == "erase":
        return pb.ConsentUpdate(
            erase=pb.EraseRequest(user_id=u.user_id, version=c.version, requested_at_ms=now_ms())
        ).SerializeToString()
    purposes = []
    if c.location:
        purposes.append(pb.PURPOSE_LOCATION)
    if c.offers:
        purposes.append(pb.PURPOSE_OFFERS)
    record = pb.ConsentRecord(
        user_id=u.user_id, purposes=purposes, blocked_categories=list(u.blocked), time_zone=zone,
        version=c.version, updated_at_ms=now_ms(),
    )
    if u.max_per_day is not None:
        record.max_offers_per_day = u.max_per_day
    if u.quiet:
        # Quiet from 6 hours before the start to 6 hours after it (local).
        noon = local_minute(t0_ms, zone)
        record.quiet_hours.start_minute = (noon - 360) % 1440
        record.quiet_hours.end_minute = (noon + 360) % 1440
    else:
        record.quiet_hours.SetInParent()  # start == end: no quiet hours
    return pb.ConsentUpdate(set=record).SerializeToString()


# ---------------------------------------------------------------------------
# HTTP
# ---------------------------------------------------------------------------


def http(method: str, url: str, headers: Optional[dict[str, str]] = None, body: Optional[bytes] = None,
         timeout_s: float = 15.0) -> tuple[int, str]:
    """(status, body); status 0 when nothing answered."""
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout_s) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError, socket.timeout, OSError) as e:
        return 0, str(e)


# ---------------------------------------------------------------------------
# One run
# ---------------------------------------------------------------------------


@dataclass
class AppliedChange:
    """A consent change as written in one run, with when."""

    user: str
    change: ConsentChange
    sent_at_ms: int  # just before it was written
    confirmed_at_ms: int  # when the live processor's ledger was known to hold it


@dataclass
class Outputs:
    """What one run produced, read back after the processor stopped."""

    events: list  # [(Record, GeofenceEvent)]
    triggers: list  # [(Record, OfferTrigger)]
    dlq: list
    changelog: list  # [(Record, timestamp_ms)]


class Run:
    """One run on a fresh broker: "A" (reference), "B" (SIGKILLs) or "C"
    (broker restarts)."""

    def __init__(self, kind: str, args: argparse.Namespace, workdir: Path, codec: Codec, t0_ms: int,
                 users: list[User], chunks: list[list[PingSpec]], zone: str, seed: int) -> None:
        self.kind, self.args, self.workdir, self.codec = kind, args, workdir, codec
        self.t0_ms, self.users, self.chunks, self.zone = t0_ms, users, chunks, zone
        self.rng = random.Random(seed)
        self.by_id = {u.user_id: u for u in users}
        self.broker: Optional[ApacheKafka] = None
        self.broker_starts = 0
        self.port, self.controller_port = harness.free_port(), harness.free_port()
        self.http_port = harness.free_port()
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

    # -- processes -------------------------------------------------------

    def start_broker(self) -> None:
        """Starts the broker; after the first start, on the same ports and
        log directory (a restart)."""
        self.broker_starts += 1
        self.broker = ApacheKafka(
            harness.kafka_distribution(self.args), self.workdir / "kafka",
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
            f"""# Written by scripts/e2e/crash.py (run {self.kind}).
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
        wait_for(f"[{self.kind}] {what}: every ping produced so far committed by {GROUP}", self.pings_done,
                 WAIT_S, interval_s=0.1, alive=self.perimeter.assert_running)

    def admin_erase(self, user: str) -> Optional[int]:
        """POST /v1/users/{user}/erase; the version answered, or None."""
        status, body = http(
            "POST", f"{self.perimeter.base_url}/v1/users/{user}/erase",
            headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}, body=b"",
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

    def logs(self) -> list[harness.ManagedProcess]:
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


def event_fields(e) -> tuple:  # noqa: ANN001 (generated class)
    """Every field of an event but processing_time_ms."""
    return (
        e.kind, e.exit_reason, e.user_id, e.fence_id, e.store_id, e.visit_id, e.visit_start_ms, e.event_time_ms,
        e.accuracy_m if e.HasField("accuracy_m") else None,
        e.distance_to_edge_m if e.HasField("distance_to_edge_m") else None,
        e.duration_ms if e.HasField("duration_ms") else None,
    )


EVENT_FIELD_NAMES = ("kind", "exit_reason", "user_id", "fence_id", "store_id", "visit_id", "visit_start_ms",
                     "event_time_ms", "accuracy_m", "distance_to_edge_m", "duration_ms")


def trigger_fields(t) -> tuple:  # noqa: ANN001
    """Every field of a trigger but created_at_ms and expires_at_ms (their
    difference, the ttl, is kept)."""
    return (t.user_id, t.campaign_id, t.offer_id, t.category, t.sender, t.message, t.store_id, t.fence_id,
            t.event_id, t.consent_version, t.expires_at_ms - t.created_at_ms)


TRIGGER_FIELD_NAMES = ("user_id", "campaign_id", "offer_id", "category", "sender", "message", "store_id",
                       "fence_id", "event_id", "consent_version", "ttl_ms")


def dedup(items: list, key: Callable, fields: Callable, record_key: Callable) -> tuple[dict, int, list]:
    """{id: fields}, the number of duplicates dropped, and the ids whose
    copies disagree (in fields or record key)."""
    by_id: dict = {}
    dropped = 0
    disagree = []
    for r, x in items:
        i = key(x)
        value = (fields(x), record_key(r, x))
        if i in by_id:
            dropped += 1
            if by_id[i] != value:
                disagree.append((i, by_id[i], value))
        else:
            by_id[i] = value
    return by_id, dropped, disagree


def describe_diff(names: tuple, a: tuple, b: tuple) -> str:
    return ", ".join(f"{n}: {x!r} != {y!r}" for n, x, y in zip(names, a, b) if x != y)


class Verdict:
    """The checks of one run."""

    def __init__(self, checks: Checks, run: Run, out: Outputs, users: list[User]) -> None:
        self.c, self.run, self.out, self.users = checks, run, out, users
        self.k = run.kind
        self.by_user = {u.user_id: u for u in users}

    def basics(self) -> None:
        c, r = self.c, self.run
        committed, ends = r.final_committed
        c.check(f"[{self.k}] perimeter exits 0 within {SHUTDOWN_DEADLINE_S:.0f} s of SIGTERM (code {r.exit_code})",
                r.exit_code == 0, "last log lines:\n" + r.perimeter.log_tail())
        c.check(f"[{self.k}] committed offsets equal the pings' end offsets", committed == ends,
                f"ends {ends}, committed {committed}")
        c.check(f"[{self.k}] no dead letters (every ping is valid)", not self.out.dlq,
                f"{len(self.out.dlq)} dead letters")

    def consent_safety(self) -> None:
        """No trigger without both consents at decision time."""
        history: dict[str, list[AppliedChange]] = defaultdict(list)
        for a in self.run.applied:
            history[a.user].append(a)
        bad = []
        for _, t in self.out.triggers:
            changes = history.get(t.user_id, [])
            idx = next((i for i, a in enumerate(changes)
                        if a.change.kind == "set" and a.change.version == t.consent_version), None)
            if idx is None:
                bad.append(f"{t.trigger_id} {t.user_id}: consent v{t.consent_version} was never written")
                continue
            a = changes[idx]
            if not (a.change.location and a.change.offers):
                bad.append(f"{t.trigger_id} {t.user_id}: v{t.consent_version} does not grant location+offers")
            if t.created_at_ms < a.sent_at_ms:
                bad.append(f"{t.trigger_id} {t.user_id}: decided at {t.created_at_ms}, before v{t.consent_version} "
                           f"was written ({a.sent_at_ms})")
            if idx + 1 < len(changes) and t.created_at_ms > changes[idx + 1].confirmed_at_ms:
                n = changes[idx + 1]
                bad.append(f"{t.trigger_id} {t.user_id}: decided at {t.created_at_ms} on v{t.consent_version}, but "
                           f"{n.change.kind} v{n.change.version} was in the ledger since {n.confirmed_at_ms}")
        self.c.check(f"[{self.k}] consent: every trigger relied on a version granting location+offers, current "
                     f"at decision time ({len(self.out.triggers)} triggers)", not bad, "\n".join(bad[:30]))

    def per_role(self) -> None:
        """What revocations and erasures must have stopped."""
        c, t0 = self.c, self.run.t0_ms
        events_of: dict[str, list] = defaultdict(list)
        for _, e in self.out.events:
            events_of[e.user_id].append(e)
        triggers_of: dict[str, list] = defaultdict(list)
        event_time = {e.event_id: e.event_time_ms for _, e in self.out.events}
        for _, t in self.out.triggers:
            triggers_of[t.user_id].append(t)
        problems = []
        for u in self.users:
            if u.role in ("no_record", "no_purposes"):
                if events_of[u.user_id] or triggers_of[u.user_id]:
                    problems.append(f"{u.user_id} ({u.role}): {len(events_of[u.user_id])} events, "
                                    f"{len(triggers_of[u.user_id])} triggers")
            if u.role in ("location_only", "full_quiet") and triggers_of[u.user_id]:
                problems.append(f"{u.user_id} ({u.role}): {len(triggers_of[u.user_id])} triggers")
            for ch in u.changes[1:]:
                cut = t0 + BARRIERS_MS[ch.barrier - 1]
                if ch.kind.startswith("erase") or not ch.location:
                    late = [e.event_id for e in events_of[u.user_id] if e.event_time_ms >= cut]
                    if late:
                        problems.append(f"{u.user_id} ({u.role}): events after barrier {ch.barrier}: {late}")
                if ch.kind == "set" and ch.location and not ch.offers:
                    nxt = next((x for x in u.changes if x.barrier > ch.barrier), None)
                    until = t0 + BARRIERS_MS[nxt.barrier - 1] if nxt else math.inf
                    late = [t.trigger_id for t in triggers_of[u.user_id]
                            if cut <= event_time.get(t.event_id, 0) < until]
                    if late:
                        problems.append(f"{u.user_id} ({u.role}): triggers while offers were revoked: {late}")
        c.check(f"[{self.k}] nothing for users without consent, no offers without offers consent, nothing after "
                "a location revocation or erasure", not problems, "\n".join(problems))

    def changelog(self) -> None:
        c = self.c
        latest: dict[bytes, Optional[bytes]] = {}
        records: dict[str, list[tuple[int, Optional[bytes]]]] = defaultdict(list)
        for r, ts in sorted(self.out.changelog, key=lambda x: (x[0].partition, x[0].offset)):
            latest[r.key] = r.value
            records[r.key.decode()].append((ts, r.value))
        erase_sent = {a.user: a.sent_at_ms for a in self.run.applied if a.change.kind.startswith("erase")}
        problems = []
        for user, sent in sorted(erase_sent.items()):
            key = user.encode()
            # Perimeter remembers the erasure itself (docs/privacy.md): the
            # latest record holds only the erasure, or is a tombstone once
            # its retention passed.
            state = user_state(latest[key]) if latest.get(key) is not None else None
            if state is not None and (state.HasField("presence") or state.HasField("caps")
                                      or not state.HasField("erasure")):
                problems.append(f"{user}: latest changelog record is live state ({state})")
            after = [ts for ts, v in records.get(user, [])
                     if v is not None and ts > sent and has_live_state(user_state(v))]
            if after:
                problems.append(f"{user}: {len(after)} state record(s) written after the erase at {sent}: {after}")
        stamps = [ts for _, ts in self.out.changelog]
        c.check(f"[{self.k}] changelog: erased users' latest record holds only their erasure (or is a tombstone) "
                f"and no state of theirs was written after the erase ({len(erase_sent)} erased)",
                not problems and all(s > 0 for s in stamps),
                "\n".join(problems) + ("" if all(s > 0 for s in stamps) else "\nrecords without a timestamp"))
        revoked = {u.user_id for u in self.users if any(ch.kind == "set" and not ch.location and ch.barrier
                                                        for ch in u.changes)}
        bad = []
        for user in sorted(revoked):
            v = latest.get(user.encode())
            if v is not None and user_state(v).HasField("presence"):
                bad.append(f"{user}: latest record holds presence state ({user_state(v).presence})")
        c.check(f"[{self.k}] changelog: users who revoked location hold no presence state "
                f"({len(revoked)} users)", not bad, "\n".join(bad))
        never = {u.user_id for u in self.users if u.role in ("no_record", "no_purposes")}
        present = sorted(u for u in never if u.encode() in latest)
        c.check(f"[{self.k}] changelog: nothing stored about users without consent", not present, str(present))

    def against(self, ref: Outputs, ref_name: str = "run A") -> None:
        """Same events and triggers as the reference run (`ref_name`),
        duplicates aside."""
        c = self.c
        ev_key = lambda r, e: r.key  # noqa: E731
        ref_ev, ref_dup, _ = dedup(ref.events, lambda e: e.event_id, event_fields, ev_key)
        ev, ev_dup, ev_disagree = dedup(self.out.events, lambda e: e.event_id, event_fields, ev_key)
        ref_tr, _, _ = dedup(ref.triggers, lambda t: t.trigger_id, trigger_fields, ev_key)
        tr, tr_dup, tr_disagree = dedup(self.out.triggers, lambda t: t.trigger_id, trigger_fields, ev_key)
        self.dups = (ev_dup, tr_dup)
        missing_ev = sorted(set(ref_ev) - set(ev))
        extra_ev = sorted(set(ev) - set(ref_ev))
        missing_tr = sorted(set(ref_tr) - set(tr))
        extra_tr = sorted(set(tr) - set(ref_tr))

        def show_ev(i: str, v: tuple) -> str:
            f = dict(zip(EVENT_FIELD_NAMES, v[0]))
            kind = self.run.codec.event_kind(f["kind"])
            return (f"{i} {f['user_id']} {f['fence_id']} {kind} visit {f['visit_start_ms'] - self.run.t0_ms} "
                    f"at {f['event_time_ms'] - self.run.t0_ms} (ms from T)")

        def show_tr(i: str, v: tuple) -> str:
            f = dict(zip(TRIGGER_FIELD_NAMES, v[0]))
            return f"{i} {f['user_id']} {f['campaign_id']} v{f['consent_version']} event {f['event_id']}"

        c.check(f"[{self.k}] every event of {ref_name} is in run {self.k} ({len(ref_ev)} events)", not missing_ev,
                "\n".join("- missing: " + show_ev(i, ref_ev[i]) for i in missing_ev))
        c.check(f"[{self.k}] every trigger of {ref_name} is in run {self.k} ({len(ref_tr)} triggers)",
                not missing_tr,
                "\n".join("- missing: " + show_tr(i, ref_tr[i]) for i in missing_tr))
        c.check(f"[{self.k}] no event beyond those of {ref_name}", not extra_ev,
                "\n".join("+ unexpected: " + show_ev(i, ev[i]) for i in extra_ev))
        c.check(f"[{self.k}] no trigger beyond those of {ref_name}", not extra_tr,
                "\n".join("+ unexpected: " + show_tr(i, tr[i]) for i in extra_tr))
        diff_ev = [f"{i}: {describe_diff(EVENT_FIELD_NAMES + ('record key',), (*ref_ev[i][0], ref_ev[i][1]), (*ev[i][0], ev[i][1]))}"
                   for i in sorted(set(ref_ev) & set(ev)) if ref_ev[i] != ev[i]]
        diff_tr = [f"{i}: {describe_diff(TRIGGER_FIELD_NAMES + ('record key',), (*ref_tr[i][0], ref_tr[i][1]), (*tr[i][0], tr[i][1]))}"
                   for i in sorted(set(ref_tr) & set(tr)) if ref_tr[i] != tr[i]]
        c.check(f"[{self.k}] events with the same id have the same fields as in {ref_name} (processing time aside)",
                not diff_ev, "\n".join(diff_ev[:30]))
        c.check(f"[{self.k}] triggers with the same id have the same fields as in {ref_name} (created/expires aside)",
                not diff_tr, "\n".join(diff_tr[:30]))
        lines = [f"event {i} ({a[0][2]}, {self.run.codec.event_kind(a[0][0])}): "
                 + describe_diff(EVENT_FIELD_NAMES + ("record key",), (*a[0], a[1]), (*b[0], b[1]))
                 for i, a, b in ev_disagree]
        lines += [f"trigger {i} ({a[0][0]}, {a[0][1]}): "
                  + describe_diff(TRIGGER_FIELD_NAMES + ("record key",), (*a[0], a[1]), (*b[0], b[1]))
                  for i, a, b in tr_disagree]
        c.check(f"[{self.k}] duplicates agree with their first copy ({ev_dup} events, {tr_dup} triggers dropped)",
                not ev_disagree and not tr_disagree, "\n".join(lines[:30]))
        c.check(f"[{self.k}] {ref_name} itself has no duplicates", ref_dup == 0,
                f"{ref_dup} duplicate events in {ref_name}")

    def exactly_once(self) -> None:
        """With --exactly-once: a read_committed reader sees no id twice."""
        if not self.run.args.exactly_once:
            return
        ev_dup, tr_dup = self.dups
        self.c.check(f"[{self.k}] exactly once: no event id twice ({ev_dup} duplicates), no trigger id twice "
                     f"({tr_dup}), read with isolation.level=read_committed", ev_dup == 0 and tr_dup == 0)


def user_state(value: bytes):
    """A user's changelog record: protobuf perimeter.v1.UserState
    (docs/topics.md, perimeter.presence-state)."""
    from perimeter.v1 import state_pb2  # generated from proto/ at test time

    return state_pb2.UserState.FromString(value)


def has_live_state(state) -> bool:
    """Whether a UserState holds presence state or caps history."""
    return state.HasField("presence") or state.HasField("caps")


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
        import threading

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
        import threading

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


def output_stall_run(args: argparse.Namespace, workdir: Path, codec: Codec, checks: Checks, mode: str) -> str:
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
    port, proxy_port = harness.free_port(), harness.free_port()
    proxy = StallingProxy(proxy_port, port, [EVENTS.encode()])
    # The broker listens on `port` and advertises the proxy.
    t = ApacheKafka(harness.kafka_distribution(args), workdir / "kafka", workdir / "kafka.log", port=port,
                    advertised_port=proxy_port)
    bootstrap = t.bootstrap
    procs: list[harness.ManagedProcess] = []
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
        http_port = harness.free_port()
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--perimeter", required=True, help="the perimeter binary")
    harness.add_kafka_arguments(parser)
    parser.add_argument("--proto-dir", required=True, type=Path, help="the proto/ directory")
    parser.add_argument("--seed", type=int, default=20251126, help="seed of the population and of the faults")
    parser.add_argument("--kills", type=int, default=24, help="SIGKILLs in run B (at least 20)")
    parser.add_argument("--broker-restarts", type=int, default=3, help="broker restarts in run C")
    parser.add_argument("--runs", default="ABCD",
                        help="which runs: A (reference), B (SIGKILLs), C (broker restarts), D (output stall); "
                             "B and C bring A along (default ABCD)")
    parser.add_argument("--skip-broker-restart", action="store_true", help="skip run C")
    parser.add_argument("--skip-output-stall", action="store_true",
                        help="skip run D (events unacknowledged while the changelog is acknowledged)")
    parser.add_argument("--exactly-once", action="store_true",
                        help="run Perimeter with processor.guarantee = exactly_once and require every event and "
                             "trigger exactly once in runs B and C (read_committed), not only after de-duplication; "
                             "run D (an at-least-once fault) is skipped")
    parser.add_argument("--keep", action="store_true", help="keep the temp dir (logs, config) afterwards")
    args = parser.parse_args()
    if args.exactly_once:
        args.runs = args.runs.replace("D", "")
    # The processes run in directories of their own: make the paths absolute.
    if "/" in args.perimeter:
        args.perimeter = str(Path(args.perimeter).resolve())
    if args.kills < 20:
        parser.error("--kills must be at least 20")

    harness.interrupt_on_termination()

    began = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix="perimeter-crash-"))
    checks = Checks()
    runs: list[Run] = []
    error = None
    summary = []
    try:
        harness.generate_protobuf_modules(args.proto_dir.resolve(), workdir / "gen")
        codec = Codec()
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
            summary.append("run C (broker restart): skipped (--skip-broker-restart)")
        else:
            c, out_c = one("C", args.seed + 4)
            v = Verdict(checks, c, out_c, users)
            v.basics()
            checks.check(f"[C] perimeter kept running through {c.broker_restarts} broker restarts "
                         f"(one process, {c.perimeter_starts} start)",
                         c.perimeter_starts == 1 and c.broker_restarts == args.broker_restarts)
            checks.check(f"[C] the broker shut down on SIGTERM each time (exit codes {c.broker_exit_codes})",
                         all(x in ApacheKafka.CLEAN_EXIT_CODES for x in c.broker_exit_codes))
            v.against(ref)
            v.exactly_once()
            v.consent_safety()
            v.per_role()
            v.changelog()
            summary.append(f"run C (broker restarts): {c.seconds:.1f} s, {c.broker_restarts} "
                           f"restarts; duplicates dropped: {v.dups[0]} events, {v.dups[1]} triggers")
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
            summary.append("run D (output stall): skipped (--skip-output-stall)")
        else:
            for mode in ("kill", "timeout"):
                d = workdir / f"run-D-{mode}"
                d.mkdir()
                started = time.monotonic()
                line = output_stall_run(args, d, codec, checks, mode)
                summary.append(f"{line}; {time.monotonic() - started:.1f} s")
    except BaseException as e:  # noqa: BLE001 (report, clean up, fail)
        error = e
        report_error(e)
    finally:
        for r in runs:
            r.close()
        failed = error is not None or checks.failed > 0
        if failed:
            for r in runs:
                for proc in r.logs():
                    print(f"\n--- run {r.kind}: last lines of {proc.name}'s log ({proc.log_path}) ---\n"
                          f"{proc.log_tail()}")
        if args.keep or failed:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)

    took = time.monotonic() - began
    print()
    for line in summary:
        print(line)
    print(f"total time {took:.1f} s")
    return checks.verdict("crash", error)


if __name__ == "__main__":
    sys.exit(main())
