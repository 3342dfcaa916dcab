"""Consent before pings, end to end: a consent update that the broker
acknowledged before a ping was produced takes effect for that ping
(DESIGN.md "Guarantees"; the barrier of crates/perimeter-stream/src/barrier.rs).

A real Apache Kafka broker, the real `perimeter run` binary with its
default settings, and an independent client (confluent-kafka, protobuf
classes generated from proto/) with producers that batch (linger.ms > 0,
many records in flight). Run it through scripts/e2e.sh
(PERIMETER_E2E_ONLY=revoke_then_ping), or with pytest from scripts/e2e:

    python -m pytest -s tests/test_revoke_then_ping.py \
        [--revoke-pairs 1000] [--revoke-grant-pairs 200] [--revoke-wave 24] [--revoke-seed 7] [--keep]

The users, all fresh, all with the fences and campaigns of scenario.py
(the bakery's ENTER campaign `bakery-welcome`, the bookshop's
`books-welcome`):

    kind      before                                  the pair                            expected after
    location  grant location+offers, ENTER bookshop   revoke location, ack, ping bakery   nothing at all
    offers    grant location+offers, ENTER bookshop   revoke offers, ack, ping bakery     ENTER bakery, no offer
    grant     no record (default deny)                grant location+offers, ack, ping    ENTER bakery + offer

Before the pairs, every revoking user's grant is written and a ping of theirs
at the bookshop processed (their ENTER and books-welcome offer read back),
so the revocation replaces a grant that was in force and visible.

The pairs go in waves of 1 to 24 (random sizes, the three kinds mixed): the
consent updates of a wave through a batching producer, all acknowledged
(delivery reports), then at once each user's ping at the bakery through a
second batching producer. After three waves in four the test waits until
Perimeter's /metrics counts every ping sent, so the pairs spread over many
poll rounds that each pass the barrier on their own; the other waves follow
back to back, the previous wave's pings still in flight.

The barrier waits for the ledger to reach the consent topic's high
watermarks, which the broker reports after every acknowledged write: the
pings of a wave go out right after the wave's consent batch is
acknowledged, with nothing in between. As a reference for Perimeter's
consent apply latency, a thread of this client consumes the same four
table partitions and reports how long after their Kafka timestamps it
received the pairs' updates.

Completion without sleeps: after the last wave, a sentinel user per pings
partition (granted, then one ping on that partition) whose ENTER proves that
every ping before it on the partition was processed; /metrics is read then;
then SIGTERM (exit 0, committed offsets = the ends of the delivery reports),
and every output topic read to the end offsets the broker reports after
the stop.

It prints PASS/FAIL lines, the failing pairs with their evidence, one line
`revoke_then_ping: pairs=... violations=... consent_apply_latency p50=... p99=...`;
the test fails on any failed check.
"""

from __future__ import annotations

import gc
import math
import random
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import pytest

from perimeter_e2e import scenario as sc
from perimeter_e2e.checks import Checks
from perimeter_e2e.codecs import Codec
from perimeter_e2e.kafka_io import GroupOffsets, InputProducer, OutputReader
from perimeter_e2e.processes import BrokerFactory, log, metric_values, now_ms, wait_for
from perimeter_e2e.stack import Stack
from perimeter_e2e.topics import CONSENT, DLQ, EVENTS, FENCES, OFFERS, PING_PARTITIONS, PINGS, TOPICS

pytestmark = pytest.mark.e2e

GROUP = "perimeter-e2e-revoke"
WAIT_S = 90.0
"""Deadline of every wait on the processor."""
SHUTDOWN_DEADLINE_S = 15.0
LINGER_MS = 10
"""linger.ms of the consent and ping producers (librdkafka's default is 5):
more records in flight per batch."""
WARMUP_WAVE = 100
"""Consent grants per batch before the warm-up pings."""
OUTPUTS = {EVENTS: 3, OFFERS: 3, DLQ: 1}
ENTER, DWELL, EXIT = 1, 2, 3
KIND_NAME = {ENTER: "ENTER", DWELL: "DWELL", EXIT: "EXIT"}
BAKERY_FENCE, BOOKS_FENCE = sc.FENCE_BAKERY.fence_id, sc.FENCE_BOOKS.fence_id
BAKERY_OFFER, BOOKS_OFFER = sc.CAMPAIGN_BAKERY_ENTER.campaign_id, sc.CAMPAIGN_BOOKS_ENTER.campaign_id
APPLY_LATENCY = "perimeter_consent_apply_latency_seconds"
BARRIER_WAIT = "perimeter_stream_consent_barrier_wait_seconds"
CONSENT_LAG = "perimeter_consent_lag_records"


@dataclass
class Pair:
    """One user and the consent update + ping of their pair."""

    user: str
    kind: str  # "location", "offers" (revocations) or "grant"
    wave: int = -1
    consent_at: tuple[int, int] = (-1, -1)  # (partition, offset) of the update
    acked_s: float = 0.0  # time.time() of its delivery report
    ping_at: tuple[int, int] = (-1, -1)  # (partition, offset) of the bakery ping
    ping_produced_s: float = 0.0
    ping_ts_ms: int = 0
    events: list = field(default_factory=list)  # GeofenceEvent
    offers: list = field(default_factory=list)  # OfferTrigger

    def bakery_events(self) -> list:
        return [e for e in self.events if e.fence_id == BAKERY_FENCE]

    def bakery_offers(self) -> list:
        return [t for t in self.offers if t.campaign_id == BAKERY_OFFER]


class ConsentWatcher:
    """This client's own consumer of the same table partitions Perimeter's
    tables consumer reads (consent and fences, from the start), polled
    continuously in a thread: how long after its Kafka timestamp an
    ordinary consumer receives a consent record from this broker. A
    reference for Perimeter's apply latency, nothing more."""

    def __init__(self, bootstrap: str) -> None:
        import threading
        import uuid

        from confluent_kafka import Consumer, TopicPartition

        self.consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": f"rtp-watch-{uuid.uuid4().hex[:8]}",
                                  "enable.auto.commit": False})
        self.consumer.assign([TopicPartition(t, p, 0) for t in (CONSENT, FENCES) for p in range(2)])
        self.latencies_ms: dict[bytes, float] = {}
        self.stopping = False
        self.thread = threading.Thread(target=self.run, name="consent-watcher", daemon=True)
        self.thread.start()

    def run(self) -> None:
        while not self.stopping:
            msg = self.consumer.poll(0.05)
            if msg is None or msg.error() or msg.topic() != CONSENT:
                continue
            received = time.time() * 1000
            self.latencies_ms[msg.key()] = received - msg.timestamp()[1]

    def close(self) -> None:
        self.stopping = True
        self.thread.join(5)
        self.consumer.close()


@dataclass(frozen=True)
class Options:
    """The stage's options (--revoke-*)."""

    pairs: int
    grant_pairs: int
    wave: int
    seed: int


class RevokeThenPing:
    def __init__(self, args: Options, perimeter_bin: str, brokers: BrokerFactory, codec: Codec, workdir: Path,
                 checks: Checks) -> None:
        self.args, self.codec, self.workdir, self.checks = args, codec, workdir, checks
        self.stack = Stack(perimeter_bin, brokers, workdir)
        self.rng = random.Random(args.seed)
        self.pairs: list[Pair] = []
        self.sentinels: dict[int, str] = {}  # pings partition -> sentinel user
        self.by_user: dict[str, Pair] = {}
        self.sentinel_events: dict[str, list] = {}
        self.stray: list = []  # outputs of users this test does not know
        self.decoded = 0
        self.pings_sent = 0
        self.metrics_text = ""
        self.reader: Optional[OutputReader] = None
        self.group: Optional[GroupOffsets] = None
        self.consent_producer: Optional[InputProducer] = None
        self.ping_producer: Optional[InputProducer] = None
        self.watcher: Optional[ConsentWatcher] = None

    # -- setup -------------------------------------------------------------

    def start(self) -> None:
        self.stack.start_broker(TOPICS)
        tables = self.stack.input_producer()
        for f in sc.FENCES:
            tables.produce(FENCES, f.fence_id.encode(), self.codec.fence_record(f))
        tables.flush()
        campaigns = self.workdir / "campaigns.toml"
        campaigns.write_text(sc.campaigns_toml())
        self.perimeter = self.stack.start_perimeter(group=GROUP, campaigns=campaigns)
        bootstrap = self.stack.broker.bootstrap
        self.reader = OutputReader(bootstrap, OUTPUTS)
        self.group = GroupOffsets(bootstrap, GROUP)
        self.watcher = ConsentWatcher(bootstrap)
        self.consent_producer = InputProducer(bootstrap, **{"linger.ms": LINGER_MS})
        self.ping_producer = InputProducer(bootstrap, **{"linger.ms": LINGER_MS})

    def close_clients(self) -> None:
        for client in (self.watcher, self.reader, self.group):
            if client is not None:
                try:
                    client.close()
                except Exception:  # noqa: BLE001, S110 (best effort while cleaning up)
                    pass
        self.reader = self.group = self.watcher = self.consent_producer = self.ping_producer = None
        gc.collect()

    # -- input ---------------------------------------------------------------

    def consent(self, user: str, version: int, location: bool, offers: bool) -> bytes:
        return self.codec.consent_update(sc.Consent(user, version, location, offers), now_ms())

    def ping(self, user: str, place: sc.Place) -> tuple[bytes, int]:
        ts = now_ms()
        return self.codec.ping(user, place.lat, place.lon, sc.INSIDE_ACCURACY_M, ts), ts

    def consent_end(self, p: int) -> int:
        """The true end of consent partition `p`: after the last record any
        producer of this test wrote there (from the delivery reports)."""
        return max(self.consent_producer.ends.get((CONSENT, p), 0),
                   self.stack.input_producer().ends.get((CONSENT, p), 0))

    def consent_wave(self, wave: list[tuple[Pair, bytes]], on_ack) -> None:  # noqa: ANN001
        """Produces a wave of consent updates through the batching producer
        and waits for every delivery report."""
        for pair, value in wave:
            self.consent_producer.produce(CONSENT, pair.user.encode(), value,
                                          on_delivery=lambda p, o, pair=pair: on_ack(pair, p, o))
        self.consent_producer.flush()

    def ping_wave(self, pairs: list[Pair], place: sc.Place, record: bool) -> None:
        for pair in pairs:
            value, ts = self.ping(pair.user, place)

            def acked(p: int, o: int, pair: Pair = pair) -> None:
                if record:
                    pair.ping_at = (p, o)

            if record:
                pair.ping_produced_s, pair.ping_ts_ms = time.time(), ts
            self.ping_producer.produce(PINGS, pair.user.encode(), value, on_delivery=acked)
            self.pings_sent += 1

    # -- output ----------------------------------------------------------------

    def decode_new(self) -> None:
        """Decodes the output records read since the last call and files
        them by user."""
        records = self.reader.records
        while self.decoded < len(records):
            r = records[self.decoded]
            self.decoded += 1
            if r.topic == EVENTS:
                e = self.codec.event_pb.GeofenceEvent.FromString(r.value)
                user, target = e.user_id, "events"
            elif r.topic == OFFERS:
                e = self.codec.offer_pb.OfferTrigger.FromString(r.value)
                user, target = e.user_id, "offers"
            else:
                self.stray.append((r.topic, r.key, r.value))
                continue
            if user in self.by_user:
                getattr(self.by_user[user], target).append(e)
            elif user in self.sentinel_events:
                self.sentinel_events[user].append(e)
            else:
                self.stray.append((r.topic, user, e))

    def poll(self, seconds: float = 0.1) -> None:
        self.reader.poll(seconds)
        self.decode_new()
        if self.ping_producer is not None:
            self.ping_producer.poll()

    # -- the phases ------------------------------------------------------------

    def make_pairs(self) -> None:
        n_loc = self.args.pairs // 2
        n_off = self.args.pairs - n_loc
        kinds = ["location"] * n_loc + ["offers"] * n_off + ["grant"] * self.args.grant_pairs
        self.rng.shuffle(kinds)
        counters = {"location": 0, "offers": 0, "grant": 0}
        for kind in kinds:
            counters[kind] += 1
            pair = Pair(f"rtp-{kind}-{counters[kind]:05}", kind)
            self.pairs.append(pair)
            self.by_user[pair.user] = pair

    def warm_up(self) -> None:
        """Every revoking user: a grant of location + offers, then a ping at
        the bookshop, until their ENTER is read back."""
        users = [p for p in self.pairs if p.kind != "grant"]
        started = time.monotonic()
        for i in range(0, len(users), WARMUP_WAVE):
            chunk = users[i:i + WARMUP_WAVE]
            self.consent_wave([(p, self.consent(p.user, 1, True, True)) for p in chunk], lambda *_: None)
            self.ping_wave(chunk, sc.BOOKS, record=False)
            self.poll(0)
        self.ping_producer.flush()
        log(f"warm-up: {len(users)} grants (batched) and bookshop pings produced in "
            f"{time.monotonic() - started:.1f} s; waiting for their ENTERs")

        def entered() -> Optional[bool]:
            self.poll(0.2)
            missing = [p for p in users if not any(e.fence_id == BOOKS_FENCE and e.kind == ENTER for e in p.events)]
            return True if not missing else None

        try:
            wait_for(f"the bookshop ENTER of all {len(users)} warm-up users", entered, WAIT_S, interval_s=0,
                     alive=self.perimeter.assert_running)
        except TimeoutError as e:
            missing = [p.user for p in users if not any(ev.fence_id == BOOKS_FENCE for ev in p.events)]
            raise RuntimeError(f"{e}: {len(missing)} missing, e.g. {missing[:10]}") from None
        log(f"warm-up done in {time.monotonic() - started:.1f} s: every revoking user's grant is in force "
            "(ENTER at the bookshop read back)")

    def processed_all(self) -> Optional[bool]:
        """Whether Perimeter's /metrics counts every ping sent so far (each
        ping is counted once its batch was processed, whatever its outcome)."""
        text = self.perimeter.metrics()
        return sum(metric_values(text, "perimeter_stream_pings_total").values()) >= self.pings_sent or None

    def play_pairs(self) -> None:
        """Waves of 1 to --wave consent updates (the kinds mixed), each wave
        acknowledged, then its pings. After three waves in four (chosen at
        random) the test waits until Perimeter has counted every ping sent,
        so that the pairs are spread over many poll rounds, each of which
        must pass the barrier on its own; the others follow back to back,
        with the previous wave's pings still in flight."""
        started = time.monotonic()
        waves: list[list[Pair]] = []
        i = 0
        while i < len(self.pairs):
            size = self.rng.randint(1, self.args.wave)
            waves.append(self.pairs[i:i + size])
            i += size
        settles = 0

        def on_ack(pair: Pair, p: int, o: int) -> None:
            pair.consent_at, pair.acked_s = (p, o), time.time()

        for w, wave in enumerate(waves):
            updates = []
            for pair in wave:
                pair.wave = w
                if pair.kind == "location":
                    updates.append((pair, self.consent(pair.user, 2, False, True)))
                elif pair.kind == "offers":
                    updates.append((pair, self.consent(pair.user, 2, True, False)))
                else:
                    updates.append((pair, self.consent(pair.user, 1, True, True)))
            self.consent_wave(updates, on_ack)
            unacked = [p.user for p in wave if p.consent_at[0] < 0]
            if unacked:
                raise RuntimeError(f"wave {w}: no delivery report for {unacked[:5]}")
            # Every update of the wave is acknowledged: now the pings.
            self.ping_wave(wave, sc.BAKERY, record=True)
            self.poll(0)
            if self.rng.random() < 0.75:
                self.ping_producer.flush()
                wait_for(f"Perimeter to count the {self.pings_sent} pings sent (wave {w})", self.processed_all,
                         WAIT_S, interval_s=0.02, alive=self.perimeter.assert_running)
                settles += 1
                self.poll(0)
        self.ping_producer.flush()
        gaps = sorted((p.ping_produced_s - p.acked_s) * 1000 for p in self.pairs)
        sizes = [len(w) for w in waves]
        log(f"pairs: {len(self.pairs)} consent updates and pings in {len(waves)} waves of 1-{max(sizes)} "
            f"(mean {statistics.mean(sizes):.1f}), {settles} of them followed by a wait for Perimeter, in "
            f"{time.monotonic() - started:.1f} s; ack-to-ping gap median {statistics.median(gaps):.1f} ms, "
            f"max {gaps[-1]:.1f} ms")
        seen = sorted(self.watcher.latencies_ms.get(p.user.encode(), float("nan")) for p in self.pairs)
        seen = [x for x in seen if x == x]
        if seen:
            log(f"reference: this client's own consumer of the 4 table partitions received the pairs' consent "
                f"updates p50 {quantile(seen, 0.5):.1f} ms, p99 {quantile(seen, 0.99):.1f} ms after their "
                f"Kafka timestamps ({len(seen)} of {len(self.pairs)} seen so far)")

    def sentinels_through(self) -> None:
        """A sentinel per pings partition, granted, then pinging on that
        partition: its ENTER proves every earlier ping there processed."""
        tables = self.stack.input_producer()
        for p in range(PING_PARTITIONS):
            user = f"rtp-sentinel-p{p}"
            self.sentinels[p] = user
            self.sentinel_events[user] = []
            tables.produce(CONSENT, user.encode(), self.consent(user, 1, True, False))
        tables.flush()
        for p, user in self.sentinels.items():
            value, _ = self.ping(user, sc.BOOKS)
            tables.produce(PINGS, user.encode(), value, partition=p)
            self.pings_sent += 1
        tables.flush()

        def all_in() -> Optional[bool]:
            self.poll(0.2)
            return all(any(e.kind == ENTER for e in ev) for ev in self.sentinel_events.values()) or None

        started = time.monotonic()
        wait_for("every sentinel's ENTER", all_in, WAIT_S, interval_s=0, alive=self.perimeter.assert_running)
        log(f"every pings partition processed through its sentinel ({time.monotonic() - started:.1f} s)")

    def stop_and_read(self) -> None:
        self.metrics_text = self.perimeter.metrics()
        log("SIGTERM to perimeter")
        started = time.monotonic()
        code = self.perimeter.terminate(SHUTDOWN_DEADLINE_S)
        took = time.monotonic() - started
        self.checks.check(f"perimeter exits 0 within {SHUTDOWN_DEADLINE_S:.0f} s of SIGTERM (code {code}, "
                          f"{took:.1f} s)", code == 0, self.perimeter.log_tail())
        ends = {p: max(self.ping_producer.ends.get((PINGS, p), 0),
                       self.stack.input_producer().end_offsets(PINGS, PING_PARTITIONS)[p])
                for p in range(PING_PARTITIONS)}
        committed = self.group.committed(PINGS, PING_PARTITIONS)
        self.checks.check("committed offsets equal the pings' end offsets (from the delivery reports)",
                          committed == ends, f"ends {ends}, committed {committed}")
        self.reader.read_to_end(WAIT_S)
        self.decode_new()
        log(f"read back {sum(1 for r in self.reader.records if r.topic == EVENTS)} events, "
            f"{sum(1 for r in self.reader.records if r.topic == OFFERS)} offers, "
            f"{sum(1 for r in self.reader.records if r.topic == DLQ)} dead letters")

    # -- verdict ---------------------------------------------------------------

    def verdict(self) -> int:
        """Checks every pair; returns the number of violations."""
        c = self.checks
        violations: list[tuple[Pair, str]] = []
        other: list[tuple[Pair, str]] = []
        for pair in self.pairs:
            kinds = sorted((e.fence_id, KIND_NAME.get(e.kind, str(e.kind))) for e in pair.events)
            offers = sorted(t.campaign_id for t in pair.offers)
            if pair.kind == "location":
                after = [e for e in pair.events if e.fence_id != BOOKS_FENCE or e.kind != ENTER]
                if after or pair.bakery_offers():
                    violations.append((pair, "location revoked, yet outputs after the revocation"))
                elif kinds != [(BOOKS_FENCE, "ENTER")] or offers != [BOOKS_OFFER]:
                    other.append((pair, "warm-up outputs not as expected"))
            elif pair.kind == "offers":
                if pair.bakery_offers():
                    violations.append((pair, "offers revoked, yet an offer for the bakery visit"))
                elif kinds != [(BAKERY_FENCE, "ENTER"), (BOOKS_FENCE, "ENTER")] or offers != [BOOKS_OFFER]:
                    other.append((pair, "expected ENTER at the bookshop and the bakery, one books offer"))
            else:
                if not pair.bakery_events() or not pair.bakery_offers():
                    violations.append((pair, "granted (acknowledged) before the ping, yet no ENTER/offer"))
                elif kinds != [(BAKERY_FENCE, "ENTER")] or offers != [BAKERY_OFFER]:
                    other.append((pair, "expected exactly one ENTER and one offer at the bakery"))
                elif pair.offers[0].consent_version != 1:
                    other.append((pair, f"offer names consent version {pair.offers[0].consent_version}"))
        n = {k: sum(1 for p in self.pairs if p.kind == k) for k in ("location", "offers", "grant")}
        c.check(f"no violation of consent before pings in {len(self.pairs)} pairs "
                f"({n['location']} revoke location, {n['offers']} revoke offers, {n['grant']} grant)",
                not violations, self.describe(violations))
        c.check("every other output exactly as expected (warm-up ENTER + offer, ENTER after an offers revocation)",
                not other, self.describe(other))
        c.check("no output for a user this test did not write, no dead letter", not self.stray,
                str(self.stray[:10]))

        text = self.metrics_text
        outcome = {k.split('"')[1]: v for k, v in metric_values(text, "perimeter_stream_pings_total").items()
                   if '"' in k}
        c.check(f"metrics: {self.pings_sent} pings counted, 0 late, 0 dlq, "
                f"{n['location']} dropped for lack of location consent",
                sum(outcome.values()) == self.pings_sent and outcome.get("late", 0) == 0
                and outcome.get("dlq", 0) == 0 and outcome.get("no_location_consent", 0) == n["location"],
                f"perimeter_stream_pings_total {outcome}")
        return len(violations)

    def describe(self, items: list[tuple[Pair, str]], limit: int = 20) -> str:
        lines = [f"{len(items)} pair(s)"]
        for pair, why in items[:limit]:
            lines.append(
                f"{pair.user} ({pair.kind}, wave {pair.wave}): {why}; consent update at "
                f"{CONSENT}/{pair.consent_at[0]}@{pair.consent_at[1]} acked {pair.acked_s:.3f}, ping at "
                f"{PINGS}/{pair.ping_at[0]}@{pair.ping_at[1]} produced {pair.ping_produced_s:.3f} "
                f"(+{(pair.ping_produced_s - pair.acked_s) * 1000:.1f} ms, ts {pair.ping_ts_ms})"
            )
            for e in pair.events:
                lines.append(f"    event {KIND_NAME.get(e.kind, e.kind)} {e.fence_id} at {e.event_time_ms} "
                             f"processed {e.processing_time_ms}")
            for t in pair.offers:
                lines.append(f"    offer {t.campaign_id} consent v{t.consent_version} created {t.created_at_ms}")
        if len(items) > limit:
            lines.append(f"... and {len(items) - limit} more")
        return "\n".join(lines)

    def check_consent_metrics(self) -> None:
        """The three consent metrics are exported; every consent record
        written was applied once; nothing is left behind at the end."""
        text = self.metrics_text
        count = sum(metric_values(text, APPLY_LATENCY + "_count").values())
        written = sum(self.consent_end(p) for p in range(2))
        exported = [name for name in (APPLY_LATENCY, CONSENT_LAG, BARRIER_WAIT)
                    if any(line.startswith(name) for line in text.splitlines())]
        lag = sum(metric_values(text, CONSENT_LAG).values())
        self.checks.check(
            f"metrics: {APPLY_LATENCY} counts every consent record written ({written}), "
            f"{CONSENT_LAG} is 0, {BARRIER_WAIT} exported",
            len(exported) == 3 and count == written and lag == 0,
            f"exported {exported}; apply latency count {count:.0f}, consent records written {written}, lag {lag:.0f}")

    def summary_line(self, violations: int) -> str:
        text = self.metrics_text
        count = sum(metric_values(text, APPLY_LATENCY + "_count").values())
        total = sum(metric_values(text, APPLY_LATENCY + "_sum").values())
        p50, p99, pmax, source = summary_or_histogram(text, APPLY_LATENCY)
        wait50, wait99, waitmax, _ = summary_or_histogram(text, BARRIER_WAIT)
        wait_count = sum(metric_values(text, BARRIER_WAIT + "_count").values())
        mean = total / count if count else float("nan")
        n = {k: sum(1 for p in self.pairs if p.kind == k) for k in ("location", "offers", "grant")}
        return (
            f"revoke_then_ping: pairs={len(self.pairs)} (revoke location {n['location']}, revoke offers "
            f"{n['offers']}, grant {n['grant']}) violations={violations} "
            f"consent_apply_latency p50={fmt(p50)} p99={fmt(p99)} max={fmt(pmax)} "
            f"({source}; mean {fmt(mean)} over all {count:.0f} records) "
            f"barrier_wait p50={fmt(wait50)} p99={fmt(wait99)} max={fmt(waitmax)} ({wait_count:.0f} waits)"
        )


def quantile(sorted_values: list[float], q: float) -> float:
    """The nearest-rank quantile of a sorted, non-empty list."""
    return sorted_values[min(len(sorted_values) - 1, max(0, math.ceil(q * len(sorted_values)) - 1))]


def fmt(seconds: Optional[float]) -> str:
    if seconds is None or seconds != seconds:
        return "n/a"
    return f"{seconds * 1000:.1f}ms"


def summary_or_histogram(text: str, name: str) -> tuple[Optional[float], Optional[float], Optional[float], str]:
    """(p50, p99, max, what they come from) of a duration metric: the
    summary's quantiles if it is a summary (the exporter's default: a
    rolling window of about a minute), else upper bounds from histogram
    buckets."""
    q = {k: v for k, v in metric_values(text, name).items() if "quantile=" in k}
    if q:
        def at(x: str) -> Optional[float]:
            return next((v for k, v in q.items() if f'quantile="{x}"' in k), None)

        return at("0.5"), at("0.99"), at("1"), "summary quantiles, window ~1 min"
    buckets = []
    for k, v in metric_values(text, name + "_bucket").items():
        le = k.split('le="')[1].split('"')[0] if 'le="' in k else None
        if le is not None:
            buckets.append((float("inf") if le == "+Inf" else float(le), v))
    if not buckets:
        return None, None, None, "none"
    buckets.sort()
    total = buckets[-1][1]

    def upper(quantile: float) -> Optional[float]:
        for le, cum in buckets:
            if total and cum >= quantile * total:
                return le
        return None

    return upper(0.5), upper(0.99), None, "histogram bucket upper bounds"


def test_revoke_then_ping(perimeter_bin: str, broker_factory: BrokerFactory, codec: Codec, workdir: Path,
                          checks: Checks, pytestconfig: pytest.Config) -> None:
    """consent before pings: revocations and grants acknowledged, then pings (batching producers)"""
    option = pytestconfig.getoption
    args = Options(option("revoke_pairs"), option("revoke_grant_pairs"), option("revoke_wave"), option("revoke_seed"))
    test = RevokeThenPing(args, perimeter_bin, broker_factory, codec, workdir, checks)
    summary: list[str] = []

    def cleanup(failed: bool) -> None:
        test.close_clients()
        test.stack.stop()
        if failed:
            test.stack.print_logs()
        for line in summary:
            print(f"\n{line}")

    with checks.stage("revoke_then_ping", cleanup):
        test.start()
        test.make_pairs()
        test.warm_up()
        test.play_pairs()
        test.sentinels_through()
        test.stop_and_read()
        violations = test.verdict()
        test.check_consent_metrics()
        summary.append(test.summary_line(violations))
