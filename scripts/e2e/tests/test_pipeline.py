"""End-to-end test of Perimeter: a real Apache Kafka broker (KRaft, one
node), the real `perimeter run` binary, and an independent client
(confluent-kafka + protobuf classes generated from proto/) producing
consent, fences and pings and reading events, offers and dead letters back.

Run it through scripts/e2e.sh (PERIMETER_E2E_ONLY=run_e2e), which installs
Apache Kafka and the virtualenv and builds the binary, or with pytest from
scripts/e2e:

    python -m pytest -s tests/test_pipeline.py

What it checks is described in perimeter_e2e/scenario.py (the inputs and
the exact expected outputs) and in `check_*` below. It prints one PASS/FAIL
line per check, diffs for failures, and a closing "N passed, M failed"
line; the test fails if any check did.
"""

from __future__ import annotations

import gc
import re
import struct
import time
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable, Optional

import h3
import pytest

from perimeter_e2e import scenario as sc
from perimeter_e2e.checks import Checks
from perimeter_e2e.codecs import Codec
from perimeter_e2e.kafka_io import Cluster, GroupOffsets, InputProducer, OutputReader, Record
from perimeter_e2e.processes import ApacheKafka, BrokerFactory, Perimeter, free_port, log, metric_values, now_ms, wait_for
from perimeter_e2e.topics import CONSENT, DLQ, EVENTS, FENCES, OFFERS, OUTPUTS, PING_PARTITIONS, PINGS, STATE, TOPICS

pytestmark = pytest.mark.e2e

GROUP = "perimeter-e2e"
WAIT_S = 60.0
"""Deadline of every wait on the processor."""
OUTPUT_GRACE_S = 5.0
"""How long outputs may trail the commit of the pings that caused them
(only the time this client needs to fetch them)."""
SHUTDOWN_DEADLINE_S = 15.0
HEX32 = re.compile(r"^[0-9a-f]{32}$")


class Run:
    """One run of the scenario against fresh processes in a temp dir."""

    def __init__(self, perimeter_bin: str, brokers: BrokerFactory, codec: Codec, workdir: Path,
                 checks: Checks) -> None:
        self.perimeter_bin, self.brokers, self.codec = perimeter_bin, brokers, codec
        self.workdir, self.checks = workdir, checks
        self.broker: Optional[ApacheKafka] = None
        self.perimeter: Optional[Perimeter] = None
        self.closers: list[Callable[[], None]] = []
        self.cluster: Optional[Cluster] = None
        self.producer: Optional[InputProducer] = None
        self.t0_ms = 0  # the scenario's T, set when the pings start
        self.started_ms = now_ms()
        self.bad_inputs: list[tuple[sc.BadPing, bytes, int, int]] = []  # (spec, bytes, partition, offset)
        self.probe_times: list[int] = []  # offsets from T of Zoe's probe pings
        self.pings_sent = 0
        self.traces: dict[tuple[str, int], bytes] = {}  # (user, device time) -> the ping's traceparent

    # -- setup ---------------------------------------------------------

    def start_broker(self) -> None:
        self.broker = self.brokers(self.workdir / "kafka", self.workdir / "kafka.log")
        self.broker.wait_ready()
        self.cluster = Cluster(self.broker.bootstrap)
        log(f"Apache Kafka {self.broker.dist.version} answers on {self.broker.bootstrap}")
        self.cluster.create_topics(TOPICS)
        for spec in TOPICS:
            count = self.cluster.partition_count(spec.name)
            if count != spec.partitions:
                raise RuntimeError(f"{spec.name} has {count} partitions, wanted {spec.partitions}")
        log("topics created: " + ", ".join(f"{t.name} ({t.partitions})" for t in TOPICS))
        self.producer = InputProducer(self.broker.bootstrap)
        self.reader = OutputReader(self.broker.bootstrap, OUTPUTS)
        self.closers.append(self.reader.close)
        self.group = GroupOffsets(self.broker.bootstrap, GROUP)
        self.closers.append(self.group.close)

    def write_tables(self) -> None:
        """Fences and consent, written before Perimeter starts: it must read
        them to their end before it processes a ping."""
        for f in sc.FENCES:
            self.producer.produce(FENCES, f.fence_id.encode(), self.codec.fence_record(f))
        for c in sc.INITIAL_CONSENT:
            self.producer.produce(CONSENT, c.user.encode(), self.codec.consent_update(c, now_ms() - 3_600_000))
        self.producer.flush()
        log(f"wrote {len(sc.FENCES)} fences and {len(sc.INITIAL_CONSENT)} consent records (no record for bob)")

    def start_perimeter(self) -> None:
        (self.workdir / "campaigns.toml").write_text(sc.campaigns_toml())
        http_port = free_port()
        config = self.workdir / "perimeter.toml"
        config.write_text(
            f"""[kafka]
brokers = "{self.broker.bootstrap}"
group_id = "{GROUP}"

[offers]
campaigns = "campaigns.toml"

[http]
listen = "127.0.0.1:{http_port}"

[pings]
format = "protobuf"
"""
        )
        self.perimeter = Perimeter(self.perimeter_bin, config, http_port, self.workdir / "perimeter.log")
        wait_for("GET /readyz == 200", self.perimeter.ready, WAIT_S, alive=self.perimeter.assert_running)
        log("perimeter is ready")
        self.checks.check("/healthz answers 200 once ready", self.perimeter.healthy())

    # -- input -----------------------------------------------------------

    def play(self, inputs: Iterable[sc.PingInput]) -> None:
        """Produces the pings in order through the batching producer and
        waits until all are acknowledged."""
        for item in inputs:
            ts = self.t0_ms + item.at_ms
            if isinstance(item, sc.Ping):
                value = self.codec.ping(item.user, item.place.lat, item.place.lon, item.accuracy_m, ts)
                # A W3C trace context per ping, as a traced mobile backend
                # sends: Perimeter must carry it to what the ping caused.
                trace = f"00-{self.pings_sent + 1:032x}-{self.pings_sent + 1:016x}-01".encode()
                self.traces[(item.user, ts)] = trace
                self.producer.produce(PINGS, item.user.encode(), value,
                                      headers=[("traceparent", trace), ("x-not-carried", b"1")])
            else:
                value = self.codec.bad_ping(item, ts)

                def delivered(p: int, offset: int, item: sc.BadPing = item, value: bytes = value) -> None:
                    self.bad_inputs.append((item, value, p, offset))

                self.producer.produce(PINGS, item.key.encode(), value, on_delivery=delivered)
            self.pings_sent += 1
        self.producer.flush()

    # -- output ----------------------------------------------------------

    def events(self) -> list[tuple[Record, object]]:
        return [(r, self.codec.event_pb.GeofenceEvent.FromString(r.value)) for r in self.reader.of(EVENTS)]

    def triggers(self) -> list[tuple[Record, object]]:
        return [(r, self.codec.offer_pb.OfferTrigger.FromString(r.value)) for r in self.reader.of(OFFERS)]

    def normalised_events(self) -> list[sc.Event]:
        return [self.normalise_event(e) for _, e in self.events()]

    def normalise_event(self, e) -> sc.Event:  # noqa: ANN001 (generated class)
        return sc.Event(
            e.user_id,
            e.fence_id,
            e.store_id,
            self.codec.event_kind(e.kind),
            self.codec.exit_reason(e.exit_reason),
            e.visit_start_ms - self.t0_ms,
            e.event_time_ms - self.t0_ms,
            e.duration_ms if e.HasField("duration_ms") else None,
            e.accuracy_m if e.HasField("accuracy_m") else None,
        )

    def normalised_triggers(self) -> list[sc.Trigger]:
        by_id = {e.event_id: e for _, e in self.events()}
        out = []
        for _, t in self.triggers():
            event = by_id.get(t.event_id)
            out.append(
                sc.Trigger(
                    t.user_id, t.campaign_id, t.offer_id, t.category, t.sender, t.message, t.store_id,
                    t.fence_id, t.consent_version,
                    self.codec.event_kind(event.kind) if event else f"unknown event {t.event_id}",
                    event.visit_start_ms - self.t0_ms if event else 0,
                )
            )
        return out

    def pings_done(self) -> Optional[dict]:
        """The committed offsets of the group when they have reached the
        end of every pings partition, else None."""
        ends = self.producer.end_offsets(PINGS, PING_PARTITIONS)
        committed = self.group.committed(PINGS, PING_PARTITIONS)
        return committed if all(committed[p] >= ends[p] for p in ends) else None

    def wait_outputs(self, what: str, events: list[sc.Event], triggers: list[sc.Trigger], dlq: int) -> None:
        """Waits until the group has committed every ping produced so far
        and the expected outputs have been read. Perimeter stores a ping's
        offset only after everything it caused was acknowledged, so once
        the commit is there, missing outputs are not coming: the wait then
        gives the reader a short grace and moves on (the exact comparison at
        the end shows the difference)."""
        committed_at: list[float] = []

        def done() -> Optional[str]:
            self.reader.poll(0.2)
            if self.pings_done() is None:
                return None
            committed_at.append(time.monotonic())
            have_events = not (Counter(events) - Counter(self.normalised_events()))
            have_triggers = not (Counter(triggers) - Counter(self.normalised_triggers()))
            have_dlq = len(self.reader.of(DLQ)) >= dlq
            if have_events and have_triggers and have_dlq:
                return "complete"
            return "incomplete" if time.monotonic() - committed_at[0] > OUTPUT_GRACE_S else None

        try:
            outcome = wait_for(what, done, WAIT_S, interval_s=0, alive=self.perimeter.assert_running)
        except TimeoutError as e:
            self.checks.check(what, False, f"{e}: pings not all committed")
            return
        if outcome == "complete":
            log(f"{what}: all there, every ping committed")
        else:
            self.checks.check(what, False, "every ping committed, but expected outputs missing (diff below)")

    # -- the scenario ----------------------------------------------------

    def revoke_and_probe(self) -> sc.Event:
        """Writes Dave's revocation, then Zoe's grant behind it on the same
        consent partition, then probe pings for Zoe until her ENTER comes
        out: from then on the ledger holds the revocation too."""
        dave_partition, _ = self.producer.send(
            CONSENT, b"dave", self.codec.consent_update(sc.DAVE_REVOKES_LOCATION, now_ms())
        )
        self.producer.send(
            CONSENT, b"zoe", self.codec.consent_update(sc.PROBE_CONSENT, now_ms()), partition=dave_partition
        )
        log("dave revoked location; probing with zoe's pings until her grant (written after it) applies")
        for k in range(sc.PROBE_MAX_PINGS):
            at = sc.PROBE_START_MS + k * sc.PROBE_STEP_MS
            value = self.codec.ping("zoe", sc.BOOKS.lat, sc.BOOKS.lon, sc.INSIDE_ACCURACY_M, self.t0_ms + at)
            self.producer.send(PINGS, b"zoe", value)
            self.probe_times.append(at)
            self.pings_sent += 1
            self.reader.poll(0.25)
            enters = [e for e in self.normalised_events() if e.user == "zoe" and e.kind == "ENTER"]
            if enters:
                log(f"zoe entered after {k + 1} probe ping(s): the revocation is in force")
                return sc.probe_enter(enters[0].visit_start_ms)
            self.perimeter.assert_running()
        raise RuntimeError(f"zoe never entered after {sc.PROBE_MAX_PINGS} probe pings: consent not applied?")

    def run(self) -> None:
        self.start_broker()
        self.write_tables()
        self.start_perimeter()

        self.t0_ms = now_ms() // 1000 * 1000
        log(f"T = {self.t0_ms} ms; phase 1: {len(sc.PHASE_1)} pings from T-420s to T-265s")
        self.play(sc.PHASE_1)
        self.wait_outputs("phase 1 outputs", list(sc.EVENTS_PHASE_1), list(sc.TRIGGERS), len(sc.DLQ_REASONS))

        zoe_enter = self.revoke_and_probe()

        log(f"phase 2: {len(sc.PHASE_2)} pings from T-215s to T-10s")
        self.play(sc.PHASE_2)
        expected_events = [*sc.EVENTS_PHASE_1, *sc.EVENTS_PHASE_2, zoe_enter]
        self.wait_outputs("phase 2 outputs", expected_events, list(sc.TRIGGERS), len(sc.DLQ_REASONS))
        self.check_metrics()

        log("SIGTERM to perimeter")
        started = time.monotonic()
        code = self.perimeter.terminate(SHUTDOWN_DEADLINE_S)
        took = time.monotonic() - started
        self.checks.check(
            f"perimeter exits 0 within {SHUTDOWN_DEADLINE_S:.0f} s of SIGTERM (code {code}, {took:.1f} s)",
            code == 0,
            "last log lines:\n" + self.perimeter.log_tail(),
        )
        ends = self.producer.end_offsets(PINGS, PING_PARTITIONS)
        committed = self.group.committed(PINGS, PING_PARTITIONS)
        self.checks.check(
            "committed offsets of the group equal the pings' end offsets (nothing lost, nothing left)",
            committed == ends,
            f"end offsets {ends}, committed {committed}",
        )

        self.reader.read_to_end(WAIT_S)
        self.ended_ms = now_ms()
        log(
            f"read back {len(self.reader.of(EVENTS))} events, {len(self.reader.of(OFFERS))} offers, "
            f"{len(self.reader.of(DLQ))} dead letters, {len(self.reader.of(STATE))} changelog records"
        )
        self.check_events(expected_events)
        self.check_triggers()
        self.check_offer_records()
        self.check_dlq()
        self.check_changelog()

    # -- checks ----------------------------------------------------------

    def check_events(self, expected: list[sc.Event]) -> None:
        c = self.checks
        c.same("events: exactly the expected (user, fence, kind, times, duration, accuracy)",
               expected, self.normalised_events(), sc.Event.describe)
        events = self.events()
        c.check("events: no event for bob (no consent) nor for dave after his revocation",
                not any(e.user_id == "bob" or (e.user_id == "dave" and e.kind != 1) for _, e in events))
        c.check("events: keyed by user id",
                all(r.key == e.user_id.encode() for r, e in events))
        ids = [e.event_id for _, e in events]
        c.check("events: event and visit ids are 32 lower-case hex, event ids unique",
                all(HEX32.match(e.event_id) and HEX32.match(e.visit_id) for _, e in events)
                and len(set(ids)) == len(ids), f"ids: {ids}")
        visits: dict[tuple, set] = {}
        for _, e in events:
            visits.setdefault((e.user_id, e.fence_id, e.visit_start_ms), set()).add(e.visit_id)
        c.check("events: one visit id per visit, distinct between visits",
                all(len(v) == 1 for v in visits.values())
                and len({next(iter(v)) for v in visits.values()}) == len(visits), str(visits))
        c.check("events: processing time between the start and the end of the run",
                all(self.started_ms <= e.processing_time_ms <= self.ended_ms for _, e in events))
        bad_distance = [
            (e.user_id, self.codec.event_kind(e.kind), e.distance_to_edge_m if e.HasField("distance_to_edge_m") else None)
            for _, e in events
            if (e.kind in (1, 2) and not (e.HasField("distance_to_edge_m") and e.distance_to_edge_m < 0))
            or (e.kind == 3 and e.HasField("distance_to_edge_m") and not e.distance_to_edge_m > 0)
        ]
        c.check("events: distance to edge negative on ENTER/DWELL, positive (or unset) on EXIT",
                not bad_distance, str(bad_distance))
        order = {}
        for r, e in sorted(events, key=lambda x: (x[0].partition, x[0].offset)):
            order.setdefault(e.user_id, []).append((e.event_time_ms, self.codec.event_kind(e.kind)))
        c.check("events: each user's events are in event-time order on their partition",
                all(seq == sorted(seq, key=lambda x: x[0]) for seq in order.values()), str(order))
        leaks = [e.user_id for r, e in events if contains_coordinates(r.value)]
        c.check("events: no coordinates in the encoded events", not leaks, f"in events of {leaks}")
        stamps = [(e.user_id, r.timestamp_ms, e.event_time_ms) for r, e in events if r.timestamp_ms != e.event_time_ms]
        c.check("events: each record's Kafka timestamp is the event's event time", not stamps, str(stamps))
        # Events a ping decided (ENTER, DWELL, EXIT left) carry that ping's
        # traceparent and no other header; timeouts and removals carry none.
        wrong_trace = []
        for r, e in events:
            decided = e.kind in (1, 2) or (e.kind == 3 and e.exit_reason == 1)
            trace = self.traces.get((e.user_id, e.event_time_ms))  # None: a probe ping sent without one
            want = [("traceparent", trace)] if decided and trace else []
            if list(r.headers) != want:
                wrong_trace.append((e.user_id, self.codec.event_kind(e.kind), r.headers, want))
        c.check("events: a ping's traceparent reaches the events it decided, and nothing else does",
                not wrong_trace and any(r.headers for r, _ in events), str(wrong_trace))
        check_murmur2(c, "events", [r for r, _ in events], OUTPUTS[EVENTS])
        # The fence's H3 cell at resolution 7, computed by Uber's own
        # library from the fence's centre: never the user's position.
        cells = {f.fence_id: h3.latlng_to_cell(f.centre.lat, f.centre.lon, 7) for f in sc.FENCES}
        # (A removed fence's EXIT names none: it is no longer in the catalog.)
        wrong_cell = [(e.user_id, e.fence_id, self.codec.event_kind(e.kind), e.h3_cell) for _, e in events
                      if e.h3_cell != ("" if e.exit_reason == 3 else cells.get(e.fence_id))]
        c.check("events: each names its fence's H3 cell (resolution 7), as Uber's h3 computes it",
                not wrong_cell, str(wrong_cell))

    def check_triggers(self) -> None:
        c = self.checks
        c.same("offers: exactly the expected triggers (user, campaign, offer, store, fence, consent version, event)",
               list(sc.TRIGGERS), self.normalised_triggers(), sc.Trigger.describe)
        triggers = self.triggers()
        events = {e.event_id: e for _, e in self.events()}
        c.check("offers: every trigger names an event of the same user and fence",
                all(t.event_id in events and events[t.event_id].user_id == t.user_id
                    and events[t.event_id].fence_id == t.fence_id for _, t in triggers))
        ids = [t.trigger_id for _, t in triggers]
        c.check("offers: trigger ids are 32 lower-case hex and unique",
                all(HEX32.match(i) for i in ids) and len(set(ids)) == len(ids), str(ids))
        c.check("offers: keyed by user id", all(r.key == t.user_id.encode() for r, t in triggers))
        ttl = {cmp.campaign_id: cmp.ttl_s * 1000 for cmp in sc.CAMPAIGNS}
        c.check("offers: created during the run, expiring after the campaign's ttl",
                all(self.started_ms <= t.created_at_ms <= self.ended_ms
                    and t.expires_at_ms == t.created_at_ms + ttl.get(t.campaign_id, -1) for _, t in triggers),
                str([(t.campaign_id, t.created_at_ms, t.expires_at_ms) for _, t in triggers]))
        fields = {f.name for f in self.codec.offer_pb.OfferTrigger.DESCRIPTOR.fields}
        c.check("offers: the OfferTrigger schema has no coordinate field",
                not fields & set(sc.OFFER_FORBIDDEN_FIELDS)
                and not any(f.type == f.TYPE_DOUBLE or f.type == f.TYPE_FLOAT
                            for f in self.codec.offer_pb.OfferTrigger.DESCRIPTOR.fields),
                f"fields: {sorted(fields)}")
        from google.protobuf.unknown_fields import UnknownFieldSet

        c.check("offers: triggers carry no field beyond the schema and no coordinate bytes",
                all(len(UnknownFieldSet(t)) == 0 and not contains_coordinates(r.value) for r, t in triggers))

    def check_offer_records(self) -> None:
        """Timestamp, headers and partition of the offers, seen from this
        independent client."""
        c = self.checks
        by_id = {e.event_id: (r, e) for r, e in self.events()}
        triggers = self.triggers()
        wrong = []
        for r, t in triggers:
            er, e = by_id.get(t.event_id, (None, None))
            if e is None or r.timestamp_ms != e.event_time_ms or list(r.headers) != list(er.headers):
                wrong.append((t.user_id, r.timestamp_ms, r.headers, e and e.event_time_ms))
        c.check("offers: timestamped with their event's event time, carrying its ping's traceparent",
                triggers and not wrong, str(wrong))
        check_murmur2(c, "offers", [r for r, _ in triggers], OUTPUTS[OFFERS])

    def check_dlq(self) -> None:
        c = self.checks
        records = self.reader.of(DLQ)
        got = sorted((r.header("perimeter.errors.reason") or b"").decode() for r in records)
        c.check("dlq: exactly the two bad pings, with reason headers " + ", ".join(sc.DLQ_REASONS),
                got == sorted(sc.DLQ_REASONS), f"headers: {got}")
        for bad, value, partition, offset in self.bad_inputs:
            match = [r for r in records if r.header("perimeter.errors.reason") == bad.reason.encode()]
            if not match:
                c.check(f"dlq: {bad.kind} ping present", False)
                continue
            r = match[0]
            h = {k: v.decode() for k, v in r.headers if k.startswith("perimeter.errors.")}
            problems = []
            if r.key != bad.key.encode():
                problems.append(f"record key {r.key!r}")
            if r.value != value:
                problems.append(f"value {r.value!r} differs from the original {value!r}")
            source = (h.get("perimeter.errors.topic"), h.get("perimeter.errors.partition"),
                      h.get("perimeter.errors.offset"))
            if source != (PINGS, str(partition), str(offset)):
                problems.append(f"source {source}, expected {PINGS}/{partition}@{offset}")
            if not h.get("perimeter.errors.detail"):
                problems.append("empty detail")
            if not h.get("perimeter.errors.record.timestamp", "").isdigit():
                problems.append(f"record timestamp header {h.get('perimeter.errors.record.timestamp')!r}")
            if not self.started_ms <= r.timestamp_ms <= self.ended_ms:
                problems.append(f"timestamp {r.timestamp_ms} (rejection time) outside the run")
            c.check(f"dlq: {bad.kind} ping ({bad.reason}) is the original key and value, "
                    "with source and reason in perimeter.errors.* headers",
                    not problems, "; ".join(problems) + f"\nheaders: {h!r}")

    def check_changelog(self) -> None:
        keys = {r.key for r in self.reader.of(STATE)}
        self.checks.check("changelog: nothing stored about bob (no consent)", b"bob" not in keys,
                          f"keys: {sorted(keys)}")

    def check_metrics(self) -> None:
        c = self.checks
        try:
            text = self.perimeter.metrics()
        except RuntimeError as e:
            c.check("/metrics answers", False, str(e))
            return
        pings = metric_values(text, "perimeter_stream_pings_total")
        outcome = {k.split('"')[1]: v for k, v in pings.items() if '"' in k}
        known_dropped = sum(1 for p in (*sc.PHASE_1, *sc.PHASE_2) if isinstance(p, sc.Ping)
                            and (p.user == "bob" or (p.user == "dave" and p in sc.PHASE_2)))
        total = sum(outcome.values())
        c.check("metrics: pings by outcome add up to every ping sent; 2 dlq, 0 late, bob's and dave's dropped",
                total == self.pings_sent and outcome.get("dlq", 0) == 2 and outcome.get("late", 0) == 0
                and outcome.get("no_location_consent", 0) >= known_dropped,
                f"sent {self.pings_sent}, perimeter_stream_pings_total: {outcome}")
        triggers = sum(metric_values(text, "perimeter_offers_triggers_total").values())
        c.check("metrics: 2 triggers", triggers == 2, f"perimeter_offers_triggers_total = {triggers}")


def check_murmur2(c: Checks, what: str, records: list[Record], partitions: int) -> None:
    """Each record is on the partition the Java clients' default
    partitioner picks for its key: murmur2 as kafka-python computes it,
    independently of librdkafka."""
    from kafka.partitioner.default import murmur2

    wrong = [(r.key, r.partition) for r in records
             if r.key is None or r.partition != (murmur2(r.key) & 0x7FFFFFFF) % partitions]
    c.check(f"{what}: partitioned by murmur2 of the user id, as the Java clients do",
            records and not wrong, str(wrong))


def contains_coordinates(data: bytes) -> bool:
    """Whether any latitude or longitude of the scenario appears in `data`
    as the 8-byte little-endian double protobuf would write."""
    places = (sc.BAKERY, sc.BOOKS, sc.NORTH_STREET, sc.SOUTH_STREET)
    return any(struct.pack("<d", v) in data for p in places for v in (p.lat, p.lon))


def test_pipeline(perimeter_bin: str, broker_factory: BrokerFactory, codec: Codec, workdir: Path,
                  checks: Checks) -> None:
    """the pipeline: pings in; events, offers, dead letters out, compared exactly"""
    run = Run(perimeter_bin, broker_factory, codec, workdir, checks)

    def cleanup(failed: bool) -> None:
        for close in run.closers:
            try:
                close()
            except Exception:  # noqa: BLE001, S110 (best effort while cleaning up)
                pass
        if run.perimeter is not None:
            run.perimeter.kill()
        # Destroy the remaining clients before the broker goes, so that
        # librdkafka does not log the broker's disappearance.
        run.producer = run.cluster = None
        gc.collect()
        if run.broker is not None:
            run.broker.terminate(15)
        if failed:
            for proc in (run.perimeter, run.broker):
                if proc is not None:
                    print(f"\n--- last lines of {proc.name}'s log ({proc.log_path}) ---\n{proc.log_tail()}")

    with checks.stage("e2e", cleanup):
        run.run()
