"""Data platforms: Perimeter's topics read and written by the tools teams
already run, against a real broker (Apache Kafka), two tests:

- `test_confluent_protobuf_serdes`: Confluent's own ProtobufSerializer
  (confluent-kafka's schema_registry package) writes the pings, framed
  with the id the registry assigned; `perimeter run` reads them and frames
  events and offers with the ids the registry assigned to their schemas
  (`outputs.schema_ids`); Confluent's ProtobufDeserializer reads events,
  offers and the dead letter of the one malformed ping. No dead letter for
  the well-formed ones.
- `test_proto3_json_in_and_out`: JSON pings as protobuf's own proto3 JSON
  printer writes them (google.protobuf.json_format: lowerCamelCase names,
  int64 as strings), one with an extra member, read with pings.format =
  "json"; events and offer written with outputs.format = "json", read with
  a plain JSON parser and checked against json_format (strict parse, and
  printed back identically); event time as record timestamp, each ping's
  traceparent carried; no dead letter.

The registry is confluent-kafka's in-process `mock://` client: no schema
registry process could be installed on this machine (docs/data-platforms.md
says what was tried). The serializers and deserializers are Confluent's
real classes; only their registry client's storage is in memory.

Run them through scripts/e2e.sh (PERIMETER_E2E_ONLY=data_platforms), or with
pytest from scripts/e2e:

    python -m pytest -s tests/test_data_platforms.py [--keep]
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
from perimeter_e2e.processes import BrokerFactory, Perimeter, log, now_ms, wait_for
from perimeter_e2e.stack import Stack
from perimeter_e2e.topics import CONSENT, DLQ, EVENTS, FENCES, OFFERS, OUTPUTS, PINGS

pytestmark = [pytest.mark.e2e]

WAIT_S = 60.0


def _start(stack: Stack, codec: Codec, workdir: Path, pings_format: str, env: dict[str, str]) -> Perimeter:
    """The broker, the fences and consent of the scenario, and Perimeter."""
    stack.start_broker()
    producer = stack.input_producer()
    for f in sc.FENCES:
        producer.produce(FENCES, f.fence_id.encode(), codec.fence_record(f))
    for c in sc.INITIAL_CONSENT:
        producer.produce(CONSENT, c.user.encode(), codec.consent_update(c, now_ms() - 3_600_000))
    producer.flush()
    campaigns = workdir / "campaigns.toml"
    campaigns.write_text(sc.campaigns_toml())
    return stack.start_perimeter(group=f"perimeter-{pings_format}", campaigns=campaigns,
                                 pings_format=pings_format, env=env)


def _cleanup(stack: Stack, readers: list[OutputReader]):
    def cleanup(failed: bool) -> None:
        for r in readers:
            r.close()
        readers.clear()
        stack.stop()
        if failed:
            stack.print_logs()
    return cleanup


def _read_outputs(stack: Stack, perimeter: Perimeter, readers: list[OutputReader], checks: Checks,
                  until_dlq: int) -> OutputReader:
    """Waits for alice's ENTER, her offer and `until_dlq` dead letters, stops
    Perimeter (SIGTERM) and reads the outputs to their end."""
    reader = OutputReader(stack.broker.bootstrap, {t: OUTPUTS[t] for t in (EVENTS, OFFERS, DLQ)})
    readers.append(reader)

    def arrived() -> Optional[bool]:
        reader.poll(0.5)
        return True if reader.of(EVENTS) and reader.of(OFFERS) and len(reader.of(DLQ)) >= until_dlq else None

    wait_for("alice's ENTER and offer", arrived, WAIT_S, alive=perimeter.assert_running)
    code = perimeter.terminate(15)
    checks.check(f"perimeter exits 0 on SIGTERM (code {code})", code == 0, perimeter.log_tail())
    reader.read_to_end(WAIT_S)
    log(f"read back {len(reader.of(EVENTS))} events, {len(reader.of(OFFERS))} offers, "
        f"{len(reader.of(DLQ))} dead letters")
    return reader


def test_confluent_protobuf_serdes(perimeter_bin: str, broker_factory: BrokerFactory, codec: Codec,
                                   workdir: Path, checks: Checks) -> None:
    """Confluent's ProtobufSerializer in, its ProtobufDeserializer out"""
    # The venv's; imported here so that the module imports without them.
    from confluent_kafka.schema_registry import SchemaRegistryClient
    from confluent_kafka.schema_registry.protobuf import ProtobufDeserializer, ProtobufSerializer
    from confluent_kafka.serialization import MessageField, SerializationContext

    stack = Stack(perimeter_bin, broker_factory, workdir)
    readers: list[OutputReader] = []
    with checks.stage("data_platforms[confluent_protobuf]", _cleanup(stack, readers)):
        registry = SchemaRegistryClient.new_client({"url": "mock://perimeter-e2e"})
        value = lambda topic: SerializationContext(topic, MessageField.VALUE)  # noqa: E731

        # What a team does before turning Perimeter's framing on: the
        # serializers register the outputs' schemas (TopicNameStrategy,
        # <topic>-value), and the ids go into outputs.schema_ids.
        ping_serializer = ProtobufSerializer(codec.ping_pb.Ping, registry)
        ids = {}
        for topic, cls in ((EVENTS, codec.event_pb.GeofenceEvent), (OFFERS, codec.offer_pb.OfferTrigger)):
            ProtobufSerializer(cls, registry)(cls(), value(topic))
            ids[topic] = registry.get_latest_version(f"{topic}-value").schema_id
        log(f"registry ids: {ids}")
        perimeter = _start(stack, codec, workdir, "protobuf", env={
            "PERIMETER_OUTPUTS_SCHEMA_IDS__EVENTS": str(ids[EVENTS]),
            "PERIMETER_OUTPUTS_SCHEMA_IDS__OFFERS": str(ids[OFFERS]),
        })

        producer = stack.input_producer()
        t = now_ms() - 60_000
        for at in (0, 5_000, 10_000):
            ping = codec.ping_pb.Ping(user_id="alice", lat=sc.BAKERY.lat, lon=sc.BAKERY.lon,
                                      accuracy_m=sc.INSIDE_ACCURACY_M, timestamp_ms=t + at)
            producer.produce(PINGS, b"alice", ping_serializer(ping, value(PINGS)))
        # One malformed ping (latitude 123), framed all the same.
        bad = codec.ping_pb.Ping(user_id="bob", lat=123.0, lon=sc.BAKERY.lon, accuracy_m=5.0, timestamp_ms=t)
        bad_value = ping_serializer(bad, value(PINGS))
        producer.produce(PINGS, b"bob", bad_value)
        producer.flush()
        ping_id = registry.get_latest_version(f"{PINGS}-value").schema_id
        checks.check(f"the serializer framed the pings with the registry's id {ping_id}",
                     bad_value[0] == 0 and int.from_bytes(bad_value[1:5], "big") == ping_id, bad_value[:8].hex())

        reader = _read_outputs(stack, perimeter, readers, checks, until_dlq=1)
        read_events = ProtobufDeserializer(codec.event_pb.GeofenceEvent, {}, registry)
        read_offers = ProtobufDeserializer(codec.offer_pb.OfferTrigger, {}, registry)
        read_pings = ProtobufDeserializer(codec.ping_pb.Ping, {}, registry)
        events = [read_events(r.value, value(EVENTS)) for r in reader.of(EVENTS)]
        offers = [read_offers(r.value, value(OFFERS)) for r in reader.of(OFFERS)]
        checks.check(f"events framed with id {ids[EVENTS]}, offers with id {ids[OFFERS]}",
                     all(int.from_bytes(r.value[1:5], "big") == ids[EVENTS] for r in reader.of(EVENTS))
                     and all(int.from_bytes(r.value[1:5], "big") == ids[OFFERS] for r in reader.of(OFFERS)),
                     str([r.value[:6].hex() for r in (*reader.of(EVENTS), *reader.of(OFFERS))]))
        checks.check("ProtobufDeserializer reads the events: alice's ENTER at her first ping's time",
                     [(e.user_id, e.kind, e.event_time_ms) for e in events]
                     == [("alice", codec.event_pb.EVENT_KIND_ENTER, t)],
                     str(events))
        checks.check("ProtobufDeserializer reads the offer: alice's, for the ENTER event",
                     [(o.user_id, o.event_id) for o in offers] == [("alice", events[0].event_id)] if events else False,
                     str(offers))
        dead = reader.of(DLQ)
        checks.check("dlq: only the malformed ping, none of the well-formed ones",
                     [(r.key, r.header("perimeter.errors.reason")) for r in dead]
                     == [(b"bob", b"invalid_coordinates")],
                     str([(r.key, r.header("perimeter.errors.reason"), r.header("perimeter.errors.detail"))
                          for r in dead]))
        checks.check("ProtobufDeserializer reads the dead letter: the ping as the serializer wrote it",
                     [read_pings(r.value, value(DLQ)) for r in dead] == [bad], str(dead))


def test_proto3_json_in_and_out(perimeter_bin: str, broker_factory: BrokerFactory, codec: Codec, workdir: Path,
                                checks: Checks) -> None:
    """proto3 JSON pings from protobuf's own printer, proto3 JSON outputs, zero dead letters"""
    stack = Stack(perimeter_bin, broker_factory, workdir)
    readers: list[OutputReader] = []
    with checks.stage("data_platforms[proto3_json]", _cleanup(stack, readers)):
        perimeter = _start(stack, codec, workdir, "json", env={"PERIMETER_OUTPUTS_FORMAT": "json"})
        producer = stack.input_producer()

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

        reader = _read_outputs(stack, perimeter, readers, checks, until_dlq=0)

        def as_json(records, cls):
            """Each value as a plain JSON object, and what json_format makes
            of it: a strict parse (unknown members refused) printed back."""
            out = []
            for r in records:
                obj = json.loads(r.value)
                printed = json.loads(json_format.MessageToJson(json_format.Parse(r.value, cls())))
                out.append((r, obj, printed))
            return out

        events = as_json(reader.of(EVENTS), codec.event_pb.GeofenceEvent)
        offers = as_json(reader.of(OFFERS), codec.offer_pb.OfferTrigger)
        checks.check("events and offer are JSON exactly as protobuf's printer prints them",
                     events and offers and all(obj == printed for _, obj, printed in (*events, *offers)),
                     str([(obj, printed) for _, obj, printed in (*events, *offers)]))
        checks.check("events: alice's ENTER at her first ping's time (int64 as a string, enum by name)",
                     [(o["userId"], o["kind"], o["eventTimeMs"]) for _, o, _ in events]
                     == [("alice", "EVENT_KIND_ENTER", str(t))],
                     str([o for _, o, _ in events]))
        checks.check("offer: alice's, for the ENTER event",
                     [(o["userId"], o["eventId"]) for _, o, _ in offers]
                     == [("alice", events[0][1]["eventId"])] if events else False,
                     str([o for _, o, _ in offers]))
        checks.check("events and offer: record timestamp is the event time, the first ping's traceparent",
                     all(r.timestamp_ms == t and list(r.headers) == [("traceparent", sent[0][1])]
                         for r in (*reader.of(EVENTS), *reader.of(OFFERS))),
                     str([(r.topic, r.timestamp_ms, r.headers) for r in (*reader.of(EVENTS), *reader.of(OFFERS))]))
        checks.check("dlq: no dead letter for well-formed proto3 JSON (an unknown member included)",
                     not reader.of(DLQ),
                     str([(r.key, r.header("perimeter.errors.reason"), r.header("perimeter.errors.detail"))
                          for r in reader.of(DLQ)]))
