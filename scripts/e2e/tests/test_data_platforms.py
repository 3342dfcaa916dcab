"""Data platforms: JSON pings as protobuf's own proto3 JSON printer writes
them (google.protobuf.json_format: lowerCamelCase names, int64 as strings),
one with an extra member, read by `perimeter run` with pings.format =
"json" on a real broker (Apache Kafka); their events and offer come out
with the event time as record timestamp and each ping's traceparent, and
nothing goes to the DLQ.

Run it through scripts/e2e.sh (PERIMETER_E2E_ONLY=data_platforms), or with
pytest from scripts/e2e:

    python -m pytest -s tests/test_data_platforms.py [--keep]

Not here: Confluent's ProtobufSerializer / ProtobufDeserializer, which need
a running schema registry, and none could be installed on this machine
(docs/data-platforms.md says what was tried).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import pytest
from google.protobuf import json_format

from perimeter_e2e import scenario as sc
from perimeter_e2e.checks import Checks
from perimeter_e2e.codecs import Codec
from perimeter_e2e.kafka_io import OutputReader
from perimeter_e2e.processes import BrokerFactory, log, now_ms, wait_for
from perimeter_e2e.stack import Stack
from perimeter_e2e.topics import CONSENT, DLQ, EVENTS, FENCES, OFFERS, OUTPUTS, PINGS

pytestmark = [pytest.mark.e2e]

WAIT_S = 60.0


def test_data_platforms(perimeter_bin: str, broker_factory: BrokerFactory, codec: Codec, workdir: Path,
                        checks: Checks) -> None:
    """proto3 JSON pings from protobuf's own printer, zero dead letters"""
    stack = Stack(perimeter_bin, broker_factory, workdir)
    reader: Optional[OutputReader] = None

    def cleanup(failed: bool) -> None:
        nonlocal reader
        if reader is not None:
            reader.close()
            reader = None
        stack.stop()
        if failed:
            stack.print_logs()

    with checks.stage("data_platforms", cleanup):
        stack.start_broker()
        producer = stack.input_producer()
        for f in sc.FENCES:
            producer.produce(FENCES, f.fence_id.encode(), codec.fence_record(f))
        for c in sc.INITIAL_CONSENT:
            producer.produce(CONSENT, c.user.encode(), codec.consent_update(c, now_ms() - 3_600_000))
        producer.flush()
        campaigns = workdir / "campaigns.toml"
        campaigns.write_text(sc.campaigns_toml())
        perimeter = stack.start_perimeter(group="perimeter-json", campaigns=campaigns, pings_format="json")

        # Alice's pings inside the bakery, written by protobuf's JSON
        # printer; the second with a member Perimeter does not know.
        t = now_ms() - 60_000
        sent = []
        for i, at in enumerate((0, 5_000, 10_000)):
            msg = codec.ping_pb.Ping(user_id="alice", lat=sc.BAKERY.lat, lon=sc.BAKERY.lon,
                                     accuracy_m=sc.INSIDE_ACCURACY_M, timestamp_ms=t + at)
            obj = json.loads(json_format.MessageToJson(msg))
            if i == 1:
                obj["speedMps"] = 1.25
            trace = f"00-{i + 1:032x}-{i + 1:016x}-01".encode()
            producer.produce(PINGS, b"alice", json.dumps(obj).encode(), headers=[("traceparent", trace)])
            sent.append((obj, trace, t + at))
        producer.flush()
        first = sent[0][0]
        checks.check("the printer wrote the proto3 mapping: lowerCamelCase names, int64 as a string",
                     "accuracyM" in first and isinstance(first.get("timestampMs"), str), json.dumps(first))

        reader = OutputReader(stack.broker.bootstrap, {t: OUTPUTS[t] for t in (EVENTS, OFFERS, DLQ)})

        def entered() -> Optional[bool]:
            reader.poll(0.5)
            return True if reader.of(EVENTS) and reader.of(OFFERS) else None

        wait_for("alice's ENTER and offer", entered, WAIT_S, alive=perimeter.assert_running)
        code = perimeter.terminate(15)
        checks.check(f"perimeter exits 0 on SIGTERM (code {code})", code == 0, perimeter.log_tail())
        reader.read_to_end(WAIT_S)
        events = [(r, codec.event_pb.GeofenceEvent.FromString(r.value)) for r in reader.of(EVENTS)]
        log(f"read back {len(events)} events, {len(reader.of(OFFERS))} offers, {len(reader.of(DLQ))} dead letters")
        checks.check("events: alice's ENTER at her first ping's time",
                     [(e.user_id, e.kind, e.event_time_ms) for _, e in events] == [("alice", 1, t)],
                     str([(e.user_id, e.kind, e.event_time_ms) for _, e in events]))
        checks.check("events and offer: record timestamp is the event time, the first ping's traceparent",
                     all(r.timestamp_ms == t and list(r.headers) == [("traceparent", sent[0][1])]
                         for r in (*(r for r, _ in events), *reader.of(OFFERS))),
                     str([(r.topic, r.timestamp_ms, r.headers) for r in (*reader.of(EVENTS), *reader.of(OFFERS))]))
        checks.check("dlq: no dead letter for well-formed proto3 JSON (an unknown member included)",
                     not reader.of(DLQ),
                     str([(r.key, r.header("perimeter.errors.reason"), r.header("perimeter.errors.detail"))
                          for r in reader.of(DLQ)]))
