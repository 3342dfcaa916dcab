"""Rebalancing under load against a real broker: instances of the real
`perimeter run` join and leave one consumer group one by one while a
steady ping load goes on; nothing may be lost or differ, and the
processing pause each change causes is measured.

Run it through scripts/e2e.sh (PERIMETER_E2E_ONLY=rebalance), which
installs Apache Kafka and the virtualenv and builds the binary, or with
pytest from scripts/e2e:

    python -m pytest -s tests/test_rebalance.py [--rebalance-seed N] \\
        [--rebalance-rate PINGS_PER_S] [--rebalance-modes eager,cooperative] \\
        [--rebalance-kafka-property NAME=VALUE] [--keep]

One Apache Kafka 4.4 broker (KRaft, one node). The fences and consent
topics are shared; every run has pings, events, offers, dlq and changelog
topics of its own (the pings and the changelog with 12 partitions) and a
consumer group of its own. The input is the crash test's: a seeded population
(perimeter_e2e/population.py)
(ROLES below: offers, blocked categories, daily caps, quiet hours,
location only, no consent) walking in and out of the two stores of
scenario.py, every user pinging every 12-20 s of event time from T-14 min
to T-1 min, with the same configuration (allowed_lateness 6 h, campaigns
without schedule, users' time zone at about noon; see tests/test_crash.py's
docstring), so that the outputs do not depend on when a ping is
processed. All consent records are written before the first instance
starts and never change.

The runs, in order:

- the reference: one instance, uninterrupted, the pings produced at once;
- per mode (eager: librdkafka's default `range,roundrobin`; cooperative:
  `"partition.assignment.strategy" = "cooperative-sticky"` in
  [kafka.properties]): instance 1 starts, the pings are produced at a steady
  rate (`--rate`, a batching producer on its own thread, in event-time
  order), and while they flow instance 2 joins, instance 3 joins,
  instance 2 leaves, instance 3 leaves (SIGTERM, a clean shutdown). Each
  change waits until the group is stable with every partition owned
  (the coordinator's description, DescribeGroups), every instance is
  ready (/readyz, with the owned partitions summing to 12) and every
  partition has processed pings again. Then the rest of the pings are
  produced at once, and instance 1 stops once the group has committed
  every ping.

Checks per mode: every event and trigger of the reference is there, none
beyond, with the same fields after dropping duplicates by id (the
duplicates are counted: at-least-once may repeat a ping's outputs across
a rebalance); committed offsets equal the end offsets; no dead letter; no
ERROR line in any instance's log and exit code 0 on every SIGTERM; the
load was still flowing when the last change had settled. For
cooperative-sticky also: the instances release only the partitions that
move (released_partitions of /readyz), and the partitions that do not
move keep processing (no ping of theirs waits NO_PAUSE_S or more).

The pause: Perimeter writes its partition marker (the partition's clock,
key PARTITION_MARKER_KEY, with the newest ping time it processed) to the
changelog partition of each pings partition with every group of state
writes, about every 100 ms while the partition has pings; the record's
timestamp is the time Perimeter produced it. The pings topics stamp each
ping with the time the broker appended it (LogAppendTime). A ping is
processed at the first marker of its partition written after it was
appended and covering its event time (`processed_at`). The pause of a
partition during a change is the longest wait of its pings processed
between that change (process started, or SIGTERM sent) and the next
(`longest_waits`). The table prints, per change, the partitions that
changed owner, the partitions the instances that stayed released, the
longest and median pause of the partitions that moved and of the others,
the same for the steady state before the first change, and how long the
group took to settle.

It prints one PASS/FAIL line per check, the tables and the time taken,
and a closing "N passed, M failed" line; the test fails if any check did.
"""

from __future__ import annotations

import gc
import json
import re
import statistics
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import pytest
from confluent_kafka import KafkaException

from perimeter_e2e import http_client
from perimeter_e2e import scenario as sc
from perimeter_e2e.checks import Checks
from perimeter_e2e.codecs import Codec
from perimeter_e2e.kafka_io import Cluster, GroupOffsets, InputProducer, OutputReader, Record
from perimeter_e2e.population import END_MS, START_MS, build_population, consent_value, noon_time_zone
from perimeter_e2e.processes import ApacheKafka, BrokerFactory, Perimeter, free_port, log, metric_values, now_ms, wait_for
from perimeter_e2e.topics import CONSENT, FENCES, TopicSpec
from perimeter_e2e.verdict import Outputs, Verdict

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

PARTITIONS = 12
"""Of the pings topic and its changelog in every run."""
OUTPUT_PARTITIONS = 3
"""Of the events and offers topics (outputs are partitioned by key)."""

ROLES = (
    # The crash test's roles whose consent never changes, 480 users.
    ("full", 180),
    ("full_blocked_food", 40),
    ("full_capped", 40),
    ("full_quiet", 40),
    ("location_only", 120),
    ("no_record", 30),
    ("no_purposes", 30),
)

MODES = {
    # mode: the [kafka.properties] lines that select it ({n}: the instance)
    "eager": "",
    "cooperative": '"partition.assignment.strategy" = "cooperative-sticky"\n',
    # Static membership (KIP-345): a stable group.instance.id per instance;
    # a restart within the session timeout is no change of membership.
    "static": '"group.instance.id" = "perimeter-static-{n}"\n"session.timeout.ms" = 30000\n',
}
CHANGES = (
    # what, the instance that joins, leaves or restarts
    ("join", 2),
    ("join", 3),
    ("leave", 2),
    ("leave", 3),
)
MODE_CHANGES = {
    "eager": CHANGES,
    "cooperative": CHANGES,
    # A static member that stops stays in the group until its session
    # expires: what it is for is the restart.
    "static": (("join", 2), ("restart", 2)),
}
NO_PAUSE_S = 2.0
"""With cooperative-sticky, no ping of a partition that does not change
owner may wait this long during a change. In steady state pings wait
0.1-0.5 s (more while other work shares the cores); an instance that runs
a rebalance callback stops fetching its other partitions for up to 1 s
more (librdkafka resumes its fetchers without waking its broker thread:
docs/testing-e2e.md); the partitions that move wait for the members'
heartbeats, 3 s by default."""

STEADY_MS = 3000
"""How long the steady state before the first change lasts."""
MARKER_KEY = b"\0perimeter.partition-marker"
"""The key of a partition's clock record in the changelog
(perimeter_wire::PARTITION_MARKER_KEY, docs/topics.md)."""
WAIT_S = 90.0
"""Deadline of each wait on the processors."""
SHUTDOWN_DEADLINE_S = 15.0
LOG_LEVEL = re.compile(r"^\S+\s+(ERROR|WARN)\s")


@dataclass(frozen=True)
class RunTopics:
    """The topics of one run; the tables are shared by all runs."""

    run: str

    @property
    def pings(self) -> str:
        return f"{self.run}.pings"

    @property
    def events(self) -> str:
        return f"{self.run}.events"

    @property
    def offers(self) -> str:
        return f"{self.run}.offers"

    @property
    def dlq(self) -> str:
        return f"{self.run}.dlq"

    @property
    def state(self) -> str:
        return f"{self.run}.presence-state"

    def specs(self) -> list[TopicSpec]:
        return [
            # The broker stamps each ping when it appends it: the pause is
            # measured from there.
            TopicSpec(self.pings, PARTITIONS, config={"message.timestamp.type": "LogAppendTime"}),
            TopicSpec(self.events, OUTPUT_PARTITIONS),
            TopicSpec(self.offers, OUTPUT_PARTITIONS),
            TopicSpec(self.dlq, 1),
            # Co-partitioned with the pings.
            TopicSpec(self.state, PARTITIONS, compacted=True),
        ]

    def toml(self) -> str:
        return (f'[topics]\npings = "{self.pings}"\nconsent = "{CONSENT}"\nfences = "{FENCES}"\n'
                f'events = "{self.events}"\noffers = "{self.offers}"\ndlq = "{self.dlq}"\n'
                f'presence_state = "{self.state}"\n')


class Load(threading.Thread):
    """Produces the pings in order on a thread of its own, through a
    batching producer of its own: `rate` per second, or all that are left
    at once after `hurry` is set (or from the start if `rate` is 0)."""

    TICK_S = 0.02

    def __init__(self, bootstrap: str, topic: str, records: list[tuple[bytes, bytes]], rate: float) -> None:
        super().__init__(name=f"load {topic}", daemon=True)
        self.bootstrap, self.topic, self.records, self.rate = bootstrap, topic, records, rate
        self.hurry = threading.Event()
        if rate <= 0:
            self.hurry.set()
        self.produced = 0
        self.done = threading.Event()
        self.ends: dict[int, int] = {}
        self.error: Optional[BaseException] = None

    def run(self) -> None:
        try:
            producer = InputProducer(self.bootstrap)
            started = time.monotonic()
            while self.produced < len(self.records):
                due = len(self.records) if self.hurry.is_set() else int((time.monotonic() - started) * self.rate) + 1
                while self.produced < min(due, len(self.records)):
                    key, value = self.records[self.produced]
                    producer.produce(self.topic, key, value)
                    self.produced += 1
                if self.produced < len(self.records):
                    # Pacing of the load, not a wait for a condition: the
                    # next pings fall due a tick later (or at once on hurry).
                    self.hurry.wait(self.TICK_S)
                    producer.poll()
            producer.flush(WAIT_S)
            self.ends = producer.end_offsets(self.topic, PARTITIONS)
        except BaseException as e:  # noqa: BLE001 (reported by the main thread)
            self.error = e
        finally:
            self.done.set()

    def check(self) -> None:
        """Raises what stopped the load, if anything did."""
        if self.error is not None:
            raise RuntimeError(f"the ping load failed: {self.error}")


@dataclass(frozen=True)
class Placement:
    """A settled group: the member owning each partition (the coordinator's
    view) and, per instance, how many partitions it released since it
    started (its /readyz)."""

    owners: dict[int, str]
    released: dict[int, int]


@dataclass
class Change:
    """One instance joining or leaving, as it went."""

    what: str
    instance: int
    started_ms: int
    before: Placement
    settled_ms: int = 0
    after: Optional[Placement] = None
    exit_code: Optional[int] = None

    @property
    def name(self) -> str:
        return f"instance {self.instance} {dict(join='joins', leave='leaves', restart='restarts')[self.what]}"

    def moved(self) -> list[int]:
        """The partitions whose owner changed (static members are told
        apart by their group.instance.id, the others by member id)."""
        return sorted(p for p in range(PARTITIONS) if self.before.owners.get(p) != self.after.owners.get(p))

    def paused(self, instance_id: Optional[str] = None) -> list[int]:
        """The partitions the change stops: those that moved, or for a
        restart those of the restarting member."""
        if self.what == "restart":
            return sorted(p for p, owner in self.before.owners.items() if owner == instance_id)
        return self.moved()

    def released(self) -> int:
        """Partitions the instances that stayed in the group released (each
        released partition is restored by its next owner)."""
        return sum(self.after.released[n] - r for n, r in self.before.released.items() if n in self.after.released)


@dataclass
class Pause:
    """The processing pause of one window, per partition: the longest time
    a ping of that partition waited between being appended to the pings
    topic and Perimeter's state write covering it."""

    label: str
    moved: list[int]
    waits: dict[int, float]  # seconds, per partition
    released: Optional[int] = None
    settled_s: Optional[float] = None

    def of(self, moved: bool) -> list[float]:
        return [w for p, w in self.waits.items() if (p in self.moved) == moved]


def processed_at(pings: list[tuple[int, int]], markers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(appended, processed) for the pings of one partition.

    `pings`: (append time, event time) in offset order; `markers`: the
    partition's changelog markers as (write time, max_event_time) in offset
    order. A ping is processed at the first marker written after it was
    appended whose max_event_time (kept as a running maximum) reaches its
    event time: the pings of a partition are produced in event-time order,
    so both sequences advance together."""
    out, j, top = [], 0, []
    for _, max_event in markers:
        top.append(max(top[-1], max_event) if top else max_event)
    for appended, event in pings:
        while j < len(markers) and (markers[j][0] < appended or top[j] < event):
            j += 1
        if j == len(markers):
            raise RuntimeError(f"a ping appended at {appended} (event time {event}) is covered by no marker")
        out.append((appended, markers[j][0]))
    return out


def longest_waits(done: dict[int, list[tuple[int, int]]], start_ms: int, end_ms: int) -> dict[int, float]:
    """Per partition, the longest wait (s) of the pings processed within
    (start_ms, end_ms]: a pause that a change causes ends before the next
    change starts (each change waits until every partition processed pings
    again), and the pings that waited through it are processed when it
    ends."""
    out = {}
    for p in range(PARTITIONS):
        waits = [t - a for a, t in done.get(p, []) if start_ms < t <= end_ms]
        out[p] = (max(waits) if waits else end_ms - start_ms) / 1000
    return out


def ranges(ps: list[int]) -> str:
    """[0, 1, 2, 5] -> "0-2,5"."""
    out, i = [], 0
    while i < len(ps):
        j = i
        while j + 1 < len(ps) and ps[j + 1] == ps[j] + 1:
            j += 1
        out.append(str(ps[i]) if i == j else f"{ps[i]}-{ps[j]}")
        i = j + 1
    return ",".join(out) or "-"


def fmt(waits: list[float]) -> str:
    if not waits:
        return "-"
    return f"{max(waits):.2f} / {statistics.median(waits):.2f} s"


def table(mode: str, pauses: list[Pause]) -> str:
    """The pause table of one mode, in Markdown."""
    lines = [f"[{mode}] the longest wait of a ping (appended -> processed) per partition, max / median over the "
             "partitions",
             "| change | partitions moved | released | pause of the moved | pause of the others | settled after |",
             "|---|---|---|---|---|---|"]
    for x in pauses:
        moved = f"{len(x.moved)} ({ranges(x.moved)})" if x.moved else "-"
        released = str(x.released) if x.released is not None else "-"
        settled = f"{x.settled_s:.1f} s" if x.settled_s is not None else "-"
        lines.append(f"| {x.label} | {moved} | {released} | {fmt(x.of(True))} | {fmt(x.of(False))} | {settled} |")
    return "\n".join(lines)


@dataclass(frozen=True)
class Options:
    """What the stage runs, and its options (--rebalance-*)."""

    perimeter: str
    brokers: BrokerFactory
    seed: int
    rate: float
    modes: list[str]
    kafka_property: list[str]


class Stage:
    """The broker, the shared tables, the input and the runs."""

    def __init__(self, args: Options, codec: Codec, workdir: Path, checks: Checks) -> None:
        self.args, self.codec, self.workdir, self.checks = args, codec, workdir, checks
        self.broker: Optional[ApacheKafka] = None
        self.cluster: Optional[Cluster] = None
        self.t0_ms = now_ms() // 1000 * 1000
        self.zone = noon_time_zone(self.t0_ms)
        self.users = build_population(args.seed, ROLES, prefix="rebal")
        self.pings = sorted((p for u in self.users for p in u.pings), key=lambda p: (p.at_ms, p.user))
        self.processes: list[Perimeter] = []
        self.closers: list = []

    # -- setup -----------------------------------------------------------

    def start(self) -> None:
        self.broker = self.args.brokers(self.workdir / "kafka", self.workdir / "kafka.log")
        self.broker.wait_ready()
        self.cluster = Cluster(self.broker.bootstrap)
        self.cluster.create_topics([TopicSpec(CONSENT, 2, compacted=True), TopicSpec(FENCES, 2, compacted=True)])
        producer = InputProducer(self.broker.bootstrap)
        for f in sc.FENCES:
            producer.produce(FENCES, f.fence_id.encode(), self.codec.fence_record(f))
        for u in self.users:
            for c in u.change_at(0):
                value = consent_value(self.codec, self.zone, self.t0_ms, u, c)
                producer.produce(CONSENT, u.user_id.encode(), value)
        producer.flush(WAIT_S)
        (self.workdir / "campaigns.toml").write_text(sc.campaigns_toml())
        log(f"Apache Kafka {self.broker.dist.version} on {self.broker.bootstrap}; seed {self.args.seed}: "
            f"{len(self.users)} users, {len(self.pings)} pings from T{START_MS // 1000:+d}s to "
            f"T{END_MS // 1000:+d}s; users' time zone {self.zone}")

    def records(self) -> list[tuple[bytes, bytes]]:
        """The pings as (key, value), in the order every run produces them."""
        return [(p.user.encode(), self.codec.ping(p.user, p.lat, p.lon, p.accuracy_m, self.t0_ms + p.at_ms))
                for p in self.pings]

    def start_instance(self, run: str, n: int, properties: str) -> Perimeter:
        http_port = free_port()
        config = self.workdir / f"{run}-{n}.toml"
        starts = sum(1 for x in self.processes if x.name.startswith(f"{run} instance {n}"))
        config.write_text(
            f"""# Written by scripts/e2e/tests/test_rebalance.py (run {run}, instance {n}).
[kafka]
brokers = "{self.broker.bootstrap}"
group_id = "perimeter-{run}"

[kafka.properties]
{properties}
{RunTopics(run).toml()}
[offers]
campaigns = "campaigns.toml"

[http]
listen = "127.0.0.1:{http_port}"

[pings]
format = "protobuf"
# The watermark must never pass a ping of the scenario, whenever it is
# processed (tests/test_crash.py's docstring).
allowed_lateness = "6h"
"""
        )
        log_path = self.workdir / (f"{run}-{n}.log" if starts == 0 else f"{run}-{n}-{starts + 1}.log")
        p = Perimeter(self.args.perimeter, config, http_port, log_path)
        p.name = f"{run} instance {n}" + (f" (start {starts + 1})" if starts else "")
        self.processes.append(p)
        return p

    def properties(self, mode: str, n: int) -> str:
        """The [kafka.properties] lines of `mode`'s instance `n`, with those
        of --kafka-property."""
        extra = "".join(f'"{k}" = {json.dumps(v)}\n' for k, v in (x.split("=", 1) for x in self.args.kafka_property))
        return MODES[mode].format(n=n) + extra

    # -- runs ------------------------------------------------------------

    def reference(self) -> Outputs:
        """One instance, uninterrupted, every ping produced at once."""
        topics = RunTopics("reference")
        self.cluster.create_topics(topics.specs())
        p = self.start_instance(topics.run, 1, "")
        wait_for(f"{p.name}: GET /readyz == 200", p.ready, WAIT_S, alive=p.assert_running)
        load = Load(self.broker.bootstrap, topics.pings, self.records(), rate=0)
        load.start()
        wait_for("the reference's pings to be produced", load.done.is_set, WAIT_S, alive=p.assert_running)
        load.check()
        self.wait_committed(topics, load.ends, [p])
        final = p.metrics()
        code = p.terminate(SHUTDOWN_DEADLINE_S)
        out = self.read_outputs(topics)
        kinds = Counter(self.codec.event_kind(e.kind) for _, e in out.events)
        pings = {k.split('"')[1]: int(v) for k, v in metric_values(final, "perimeter_stream_pings_total").items()
                 if '"' in k}
        c = self.checks
        c.check(f"[reference] perimeter exits 0 within {SHUTDOWN_DEADLINE_S:.0f} s of SIGTERM (code {code})",
                code == 0, p.log_tail())
        c.check(f"[reference] ENTER, DWELL and EXIT events and triggers ({dict(kinds)}, {len(out.triggers)} "
                f"triggers)", all(kinds.get(k, 0) > 0 for k in ("ENTER", "DWELL", "EXIT")) and len(out.triggers) >= 10)
        c.check(f"[reference] no ping late, no dead letter (pings by outcome {pings})",
                pings.get("late", 0) == 0 and not out.dlq and sum(pings.values()) == len(self.pings))
        self.check_logs("reference", [p])
        return out

    def rebalance(self, mode: str, ref: Outputs) -> tuple[list[Pause], str]:
        """Instances 2 and 3 join one by one, then leave one by one, while
        the pings flow; returns the pauses and a summary line."""
        started = time.monotonic()
        topics = RunTopics(mode)
        group = f"perimeter-{mode}"
        self.cluster.create_topics(topics.specs())
        markers = OutputReader(self.broker.bootstrap, {topics.state: PARTITIONS})
        self.closers.append(markers.close)
        instances: dict[int, Perimeter] = {1: self.start_instance(mode, 1, self.properties(mode, 1))}
        first = instances[1]
        wait_for(f"{first.name}: GET /readyz == 200", first.ready, WAIT_S, alive=first.assert_running)
        load = Load(self.broker.bootstrap, topics.pings, self.records(), rate=self.args.rate)
        load.start()

        def alive() -> None:
            load.check()
            for x in instances.values():
                x.assert_running()

        latest: dict[int, int] = {}
        seen = 0

        def progressed_since(at_ms: int) -> bool:
            """Whether every partition wrote a marker at or after `at_ms`."""
            nonlocal seen
            markers.poll(0.05)
            for r in markers.records[seen:]:
                if r.key == MARKER_KEY:
                    latest[r.partition] = max(latest.get(r.partition, 0), r.timestamp_ms)
            seen = len(markers.records)
            return all(latest.get(p, 0) >= at_ms for p in range(PARTITIONS))

        def settled() -> Optional[Placement]:
            """The placement once the group is stable, every partition is
            owned and every instance is ready with its share; else None."""
            try:
                state, members, owners = self.cluster.group_owners(group, topics.pings)
            except KafkaException:
                return None  # the coordinator is busy with the group: ask again
            if state != "STABLE" or members != len(instances) or sorted(owners) != list(range(PARTITIONS)):
                return None
            owned, released = 0, {}
            for n, x in instances.items():
                status, _, body = http_client.get(f"{x.base_url}/readyz")
                if status != 200:
                    return None
                report = json.loads(body)
                owned += report["assigned_partitions"]
                released[n] = report["released_partitions"]
            return Placement(owners, released) if owned == PARTITIONS else None

        placement = wait_for(f"[{mode}] instance 1 to own every partition", settled, WAIT_S, alive=alive)
        owned_ms = now_ms()
        wait_for(f"[{mode}] every partition to process pings", lambda: progressed_since(owned_ms), WAIT_S,
                 interval_s=0.1, alive=alive)
        # A few seconds of steady state, for the first row of the table.
        steady_from = now_ms()
        steady_until = steady_from + STEADY_MS
        wait_for(f"[{mode}] steady state", lambda: progressed_since(steady_until), WAIT_S, interval_s=0.1,
                 alive=alive)
        changes: list[Change] = []
        exit_codes: dict[str, Optional[int]] = {}
        for what, n in MODE_CHANGES[mode]:
            change = Change(what, n, now_ms(), placement)
            changes.append(change)
            log(f"[{mode}] {change.name} ({load.produced} of {len(load.records)} pings produced)")
            if what == "join":
                instances[n] = self.start_instance(mode, n, self.properties(mode, n))
            elif what == "restart":
                leaving = instances.pop(n)
                change.exit_code = leaving.terminate(SHUTDOWN_DEADLINE_S)
                exit_codes[leaving.name] = change.exit_code
                instances[n] = self.start_instance(mode, n, self.properties(mode, n))
            else:
                leaving = instances.pop(n)
                change.exit_code = leaving.terminate(SHUTDOWN_DEADLINE_S)
                exit_codes[leaving.name] = change.exit_code
            placement = wait_for(f"[{mode}] the group to settle after {change.name}", settled, WAIT_S,
                                 interval_s=0.05, alive=alive)
            change.after, change.settled_ms = placement, now_ms()
            wait_for(f"[{mode}] every partition to process pings after {change.name}",
                     lambda: progressed_since(change.settled_ms), WAIT_S, interval_s=0.05, alive=alive)
            log(f"[{mode}] settled {(change.settled_ms - change.started_ms) / 1000:.1f} s after {change.name}: "
                f"{len(change.moved())} partitions moved, {change.released()} released")
        flowing, produced = not load.done.is_set(), load.produced
        hurried_ms = now_ms()
        load.hurry.set()
        wait_for(f"[{mode}] the rest of the pings to be produced", load.done.is_set, WAIT_S, alive=alive)
        load.check()
        self.wait_committed(topics, load.ends, list(instances.values()))
        for n, x in sorted(instances.items(), reverse=True):
            exit_codes[x.name] = x.terminate(SHUTDOWN_DEADLINE_S)
        markers.read_to_end(WAIT_S)
        out = self.read_outputs(topics, markers)

        done = self.processing_times(topics, markers)
        pauses = [Pause("steady state", [], longest_waits(done, steady_from, steady_until))]
        for i, change in enumerate(changes):
            end = changes[i + 1].started_ms if i + 1 < len(changes) else hurried_ms
            pauses.append(Pause(change.name, change.paused(f"perimeter-static-{change.instance}"),
                                longest_waits(done, change.started_ms, end),
                                change.released(), (change.settled_ms - change.started_ms) / 1000))

        c, k = self.checks, mode
        c.check(f"[{k}] the load was flowing through every change ({self.args.rate:.0f} pings/s; "
                f"{produced} of {len(load.records)} produced when the last change had settled)", flowing,
                "the pings ran out before the changes were over: lower --rate")
        joins_leaves = [x for x in changes if x.what != "restart"]
        c.check(f"[{k}] partitions moved at every join and leave ({[len(x.moved()) for x in joins_leaves]})",
                all(x.moved() for x in joins_leaves))
        c.check(f"[{k}] every instance exits 0 within {SHUTDOWN_DEADLINE_S:.0f} s of SIGTERM ({exit_codes})",
                all(code == 0 for code in exit_codes.values()))
        committed = self.committed(topics, group)
        c.check(f"[{k}] committed offsets equal the pings' end offsets", committed == load.ends,
                f"ends {load.ends}, committed {committed}")
        c.check(f"[{k}] no dead letters", not out.dlq, f"{len(out.dlq)} dead letters")
        verdict = Verdict(c, RunInfo(k, self.codec, self.t0_ms), out, self.users)
        verdict.against(ref, "the reference run")
        self.check_logs(k, [x for x in self.processes if x.name.startswith(f"{mode} ")])
        if mode == "static":
            restarts = [x for x in changes if x.what == "restart"]
            wrong = [f"{x.name}: moved {x.moved()}, {x.released()} released by the others" for x in restarts
                     if x.moved() or x.released()]
            c.check(f"[{k}] a restart is no rebalance: no partition changes owner and no other instance releases "
                    f"any ({len(restarts)} restart)", not wrong, "\n".join(wrong))
            slow = [f"{x.label}: partition {p}: a ping waited {w:.2f} s" for x in pauses[1:]
                    for p, w in x.waits.items() if p not in x.moved and w >= NO_PAUSE_S]
            c.check(f"[{k}] the other instance's partitions keep processing: no ping of theirs waits "
                    f"{NO_PAUSE_S:.1f} s or more while one restarts", not slow, "\n".join(slow))
        if mode == "cooperative":
            # A join: the instances already there give away exactly the
            # partitions that move; a leave: the others release nothing.
            wrong = [f"{x.name}: {x.released()} released, {len(x.moved()) if x.what == 'join' else 0} expected"
                     for x in changes if x.released() != (len(x.moved()) if x.what == "join" else 0)]
            c.check(f"[{k}] the instances release only the partitions that move (the others keep their state)",
                    not wrong, "\n".join(wrong))
            slow = [f"{x.label}: partition {p}: a ping waited {w:.2f} s" for x in pauses[1:]
                    for p, w in x.waits.items() if p not in x.moved and w >= NO_PAUSE_S]
            c.check(f"[{k}] the partitions that do not move keep processing: no ping of theirs waits "
                    f"{NO_PAUSE_S:.1f} s or more during a change", not slow, "\n".join(slow))
        (self.workdir / f"{mode}-times.json").write_text(json.dumps({
            "done": done, "steady": [steady_from, steady_until], "hurried": hurried_ms,
            "changes": [[x.name, x.started_ms, x.settled_ms, x.moved()] for x in changes]}))
        dups = verdict.dups
        summary = (f"{mode}: {time.monotonic() - started:.1f} s, {len(out.events)} events and {len(out.triggers)} "
                   f"triggers read, duplicates dropped: {dups[0]} events, {dups[1]} triggers")
        return pauses, summary

    def processing_times(self, topics: RunTopics, markers: OutputReader) -> dict[int, list[tuple[int, int]]]:
        """Per partition, (appended, processed) of every ping Perimeter
        processes (users with location consent; the others' pings are
        dropped at the consent gate and move no clock): appended is the
        broker's LogAppendTime, processed the time of the first changelog
        marker that covers the ping (`processed_at`)."""
        from perimeter.v1 import state_pb2  # generated from proto/ at run time

        allowed = {u.user_id for u in self.users if any(c.location for c in u.change_at(0))}
        reader = OutputReader(self.broker.bootstrap, {topics.pings: PARTITIONS})
        try:
            reader.read_to_end(WAIT_S)
            pings: dict[int, list[tuple[int, int]]] = {}
            for r in reader.of(topics.pings):
                ping = self.codec.ping_pb.Ping.FromString(r.value)
                if ping.user_id in allowed:
                    pings.setdefault(r.partition, []).append((r.timestamp_ms, ping.timestamp_ms))
        finally:
            reader.close()
        clocks: dict[int, list[tuple[int, int]]] = {}
        for r in markers.of(topics.state):
            if r.key == MARKER_KEY:
                marker = state_pb2.PartitionMarker.FromString(r.value)
                clocks.setdefault(r.partition, []).append((r.timestamp_ms, marker.max_event_time_ms))
        return {p: processed_at(pings.get(p, []), clocks.get(p, [])) for p in range(PARTITIONS)}

    # -- helpers ---------------------------------------------------------

    def committed(self, topics: RunTopics, group: str) -> dict[int, int]:
        offsets = GroupOffsets(self.broker.bootstrap, group)
        try:
            return offsets.committed(topics.pings, PARTITIONS)
        finally:
            offsets.close()

    def wait_committed(self, topics: RunTopics, ends: dict[int, int], live: list[Perimeter]) -> None:
        group = f"perimeter-{topics.run}"

        def alive() -> None:
            for x in live:
                x.assert_running()

        wait_for(f"[{topics.run}] every ping committed by {group}", lambda: self.committed(topics, group) == ends,
                 WAIT_S, interval_s=0.2, alive=alive)

    def read_outputs(self, topics: RunTopics, changelog: Optional[OutputReader] = None) -> Outputs:
        reader = OutputReader(self.broker.bootstrap, {topics.events: OUTPUT_PARTITIONS,
                                                      topics.offers: OUTPUT_PARTITIONS, topics.dlq: 1})
        try:
            reader.read_to_end(WAIT_S)
            ev = [(r, self.codec.event_pb.GeofenceEvent.FromString(r.value)) for r in reader.of(topics.events)]
            tr = [(r, self.codec.offer_pb.OfferTrigger.FromString(r.value)) for r in reader.of(topics.offers)]
            state: list[Record] = changelog.of(topics.state) if changelog is not None else []
            return Outputs(ev, tr, reader.of(topics.dlq), [(r, r.timestamp_ms) for r in state])
        finally:
            reader.close()

    def check_logs(self, run: str, processes: list[Perimeter]) -> None:
        """No ERROR line; WARN lines are printed, as news."""
        errors, warnings = [], []
        for p in processes:
            for line in p.log_path.read_text("utf-8", "replace").splitlines():
                m = LOG_LEVEL.match(line)
                if m:
                    (errors if m.group(1) == "ERROR" else warnings).append(f"{p.name}: {line}")
        # Once per message, the time stamp cut off.
        for line, n in Counter(LOG_LEVEL.sub("", w.split(": ", 1)[1]) for w in warnings).items():
            log(f"[{run}] {n} x WARN {line}")
        self.checks.check(f"[{run}] no ERROR line in the logs of its {len(processes)} instance(s) "
                          f"({len(warnings)} WARN lines)", not errors, "\n".join(errors[:30]))

    def close(self) -> None:
        for close in self.closers:
            try:
                close()
            except Exception:  # noqa: BLE001, S110
                pass
        for p in self.processes:
            p.kill()
        self.cluster = None
        gc.collect()
        if self.broker is not None:
            self.broker.terminate(15)


@dataclass(frozen=True)
class RunInfo:
    """What Verdict reads of a run."""

    kind: str
    codec: Codec
    t0_ms: int


def test_rebalance(perimeter_bin: str, broker_factory: BrokerFactory, codec: Codec, workdir: Path, checks: Checks,
                   pytestconfig: pytest.Config) -> None:
    """rebalancing: instances join and leave under load, eager, cooperative-sticky and static; the pause of each change"""
    option = pytestconfig.getoption
    modes = [m for m in option("rebalance_modes").split(",") if m]
    if not modes or any(m not in MODES for m in modes):
        raise pytest.UsageError(f"--rebalance-modes: one or more of {', '.join(MODES)}")
    if any("=" not in x for x in option("rebalance_kafka_property")):
        raise pytest.UsageError("--rebalance-kafka-property: NAME=VALUE")
    args = Options(perimeter_bin, broker_factory, option("rebalance_seed"), option("rebalance_rate"), modes,
                   option("rebalance_kafka_property"))
    stage = Stage(args, codec, workdir, checks)
    tables: list[str] = []
    summary: list[str] = []

    def cleanup(failed: bool) -> None:
        stage.close()
        if failed:
            for p in [*stage.processes, stage.broker]:
                if p is not None:
                    print(f"\n--- last lines of {p.name}'s log ({p.log_path}) ---\n{p.log_tail()}")
        for t in tables:
            print()
            print(t)
        print()
        for line in summary:
            print(line)

    with checks.stage("rebalance", cleanup):
        stage.start()
        began = time.monotonic()
        ref = stage.reference()
        summary.append(f"reference: {time.monotonic() - began:.1f} s, {len(ref.events)} events, "
                       f"{len(ref.triggers)} triggers")
        for mode in modes:
            pauses, line = stage.rebalance(mode, ref)
            tables.append(table(mode, pauses))
            summary.append(line)
