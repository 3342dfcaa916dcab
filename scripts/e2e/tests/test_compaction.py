"""Compaction, end to end: Apache Kafka's log cleaner compacts the consent,
fences and presence-state topics, and a restarted Perimeter rebuilds its
consent ledger, fence catalog and users' state from what is left
(docs/topics.md: the three topics are `cleanup.policy=compact`;
docs/privacy.md: an erasure survives compaction and a restart).

A real broker with its log cleaner tuned to act within a second
(log.cleaner.backoff.ms=200; the three topics with segment.ms=100 and
min.cleanable.dirty.ratio=0.01, so a segment rolls on the first write after
100 ms and is compacted at once), the real `perimeter run`, and the
independent Python client. Run it through scripts/e2e.sh (stage
`compaction`), or with pytest from scripts/e2e:

    python -m pytest -s tests/test_compaction.py [--keep]

The users (time zone: where it is about noon, so that "per day" cannot
change during the test; no quiet hours), with the fences and campaigns of
scenario.py:

    user     consent records, in order                    before the restart          after it: a ping at the bakery
    inside   v1 location, v2 location+offers              ENTER bakery + offer        DWELL of the same visit, no ENTER, no offer
    capped   v1 location+offers, v2 ... at most 1 a day   ENTER bookshop + offer      ENTER bakery, no offer (cap used)
    erased   v1, v3 location+offers; erase v5; late v4    ENTER bakery + offer        nothing at all
             grant (lower than the erase: stale)
    control  v1, v3, v5 location+offers; late v4 grant    -                           ENTER bakery + offer (consent v4)

The fences: the bakery and the bookshop (catalog 1) and a kiosk (catalog
1); then catalog 2: the bakery renamed, the kiosk removed (a tombstone).

Steps:

1. The consent and fence records above (up to the v3 grants) are written,
   then `perimeter run` starts; pings before the restart (times from T-200 s)
   until their outputs are out and every ping is committed.
2. The erase (v5) and the late v4 grant of `erased`, the v5 and late v4
   grants of `control`; the live processor's changelog shows `erased`'s
   erasure.
3. Compaction: every round writes one record to each consent and fence
   partition (keys of this test's own, a grant of nothing and a tombstone of
   a fence that never existed) and one ping per pings partition (users of
   its own, in the street), so that every partition of the three topics,
   the changelog included, rolls its active segment; the log cleaner then
   compacts the segments before it. Rounds go on until a full read of
   each topic sees exactly one record per key and partition (the roll
   keys aside; Perimeter writes an erasure to every changelog partition), then
   the checks: fewer records than written, each key's latest value, the
   offsets of superseded records gone, `erased`'s only consent record the
   late v4 grant, and its changelog record holding only its erasure.
4. SIGTERM, and a second `perimeter run` (same group) starts on the
   compacted topics: the catalog is version 2 without the kiosk, and one
   ping per user at the bakery gives exactly the outputs in the table.

It prints PASS/FAIL lines and a closing "N passed, M failed" line; the test
fails on any failed check.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable, Optional

import pytest

from perimeter_e2e import http_client
from perimeter_e2e import scenario as sc
from perimeter_e2e.checks import Checks
from perimeter_e2e.codecs import Codec, user_state
from perimeter_e2e.kafka_io import GroupOffsets, OutputReader, Record
from perimeter_e2e.population import noon_time_zone
from perimeter_e2e.processes import BrokerFactory, Perimeter, log, metric_values, now_ms, wait_for
from perimeter_e2e.stack import Stack
from perimeter_e2e.topics import CONSENT, DLQ, EVENTS, FENCES, OFFERS, PING_PARTITIONS, PINGS, STATE, TopicSpec

pytestmark = pytest.mark.e2e

GROUP = "perimeter-compaction"
WAIT_S = 60.0
OUTPUT_GRACE_S = 3.0
"""How long outputs may trail the commit of the pings that caused them."""
SHUTDOWN_DEADLINE_S = 15.0
CONSENT_PARTITIONS = FENCE_PARTITIONS = 2

CLEANER_BROKER = {"log.cleaner.backoff.ms": "200"}
"""The log cleaner looks for work every 200 ms (default 15 s)."""
CLEANER_TOPIC = {"segment.ms": "100", "min.cleanable.dirty.ratio": "0.01", "min.compaction.lag.ms": "0"}
"""A segment rolls on the first write 100 ms after it was opened, and any
segment with a superseded record is compacted."""
TOPICS = [
    TopicSpec(PINGS, PING_PARTITIONS),
    TopicSpec(CONSENT, CONSENT_PARTITIONS, compacted=True, config=CLEANER_TOPIC),
    TopicSpec(FENCES, FENCE_PARTITIONS, compacted=True, config=CLEANER_TOPIC),
    TopicSpec(EVENTS, 3),
    TopicSpec(OFFERS, 3),
    TopicSpec(DLQ, 1),
    TopicSpec(STATE, PING_PARTITIONS, compacted=True, config=CLEANER_TOPIC),
]
ENTER, DWELL = 1, 2

KIOSK = sc.FenceSpec("fence-kiosk", "store-99", "Newspaper kiosk", sc.Place("kiosk", 52.5230, 13.4100), 20.0, 60.0,
                     ("news",))
BAKERY_V2 = sc.FenceSpec(sc.FENCE_BAKERY.fence_id, sc.FENCE_BAKERY.store_id, "Corner Bakery Alexanderplatz (new)",
                         sc.BAKERY, sc.FENCE_BAKERY.radius_m, sc.FENCE_BAKERY.dwell_s, sc.FENCE_BAKERY.tags)
CATALOG_HEADER = "perimeter-catalog-version"
ROLL_CONSENT = [f"compaction-roll-c{p}" for p in range(CONSENT_PARTITIONS)]
ROLL_FENCE = "compaction-roll-fence"
ROLL_PINGS = [f"compaction-roll-p{p}" for p in range(PING_PARTITIONS)]
PARTITION_MARKER = b"\0perimeter.partition-marker"
"""docs/topics.md: the changelog key of each partition's clocks."""


class Compaction:
    def __init__(self, perimeter_bin: str, brokers: BrokerFactory, codec: Codec, workdir: Path,
                 checks: Checks) -> None:
        self.codec, self.workdir, self.c = codec, workdir, checks
        self.stack = Stack(perimeter_bin, brokers, workdir)
        self.zone = noon_time_zone(now_ms())
        self.written: dict[str, list[tuple[bytes, Optional[bytes]]]] = {CONSENT: [], FENCES: []}
        """Every (key, value) this test wrote to the consent and fences
        topics, roll records included, in order."""
        self.roll_version = 0
        self.rounds = 0
        self.pings_sent = 0
        self.t0_ms = 0
        self.before: dict[str, list] = defaultdict(list)  # user -> outputs (events and offers) before the restart
        self.reader: Optional[OutputReader] = None
        self.group: Optional[GroupOffsets] = None

    # -- records -------------------------------------------------------------

    def consent(self, user: str, version: int, location: bool, offers: bool,
                max_per_day: Optional[int] = None) -> bytes:
        pb = self.codec.consent_pb
        purposes = ([pb.PURPOSE_LOCATION] if location else []) + ([pb.PURPOSE_OFFERS] if offers else [])
        record = pb.ConsentRecord(user_id=user, purposes=purposes, time_zone=self.zone, version=version,
                                  updated_at_ms=now_ms())
        if max_per_day is not None:
            record.max_offers_per_day = max_per_day
        record.quiet_hours.SetInParent()  # start == end: no quiet hours
        return pb.ConsentUpdate(set=record).SerializeToString()

    def erase(self, user: str, version: int) -> bytes:
        pb = self.codec.consent_pb
        return pb.ConsentUpdate(
            erase=pb.EraseRequest(user_id=user, version=version, requested_at_ms=now_ms())
        ).SerializeToString()

    def write(self, topic: str, key: str, value: Optional[bytes], partition: Optional[int] = None,
              headers: Optional[list[tuple[str, bytes]]] = None) -> None:
        self.stack.input_producer().produce(topic, key.encode(), value, partition=partition, headers=headers)
        self.written[topic].append((key.encode(), value))

    def ping(self, user: str, place: sc.Place, at_ms: int, partition: Optional[int] = None) -> None:
        accuracy = sc.INSIDE_ACCURACY_M if place in (sc.BAKERY, sc.BOOKS) else sc.OUTSIDE_ACCURACY_M
        value = self.codec.ping(user, place.lat, place.lon, accuracy, at_ms)
        self.stack.input_producer().produce(PINGS, user.encode(), value, partition=partition)
        self.pings_sent += 1

    # -- steps -----------------------------------------------------------------

    def start(self) -> None:
        self.stack.start_broker(TOPICS, properties=CLEANER_BROKER)
        for f in sc.FENCES:
            self.write(FENCES, f.fence_id, self.codec.fence_record(f, 1))
        self.write(FENCES, KIOSK.fence_id, self.codec.fence_record(KIOSK, 1))
        self.write(FENCES, BAKERY_V2.fence_id, self.codec.fence_record(BAKERY_V2, 2))
        self.write(FENCES, KIOSK.fence_id, None, headers=[(CATALOG_HEADER, b"2")])
        for user, records in (
            ("inside", [(1, True, False, None), (2, True, True, None)]),
            ("capped", [(1, True, True, None), (2, True, True, 1)]),
            ("erased", [(1, True, True, None), (3, True, True, None)]),
            ("control", [(1, True, True, None), (3, True, True, None)]),
        ):
            for version, location, offers, cap in records:
                self.write(CONSENT, user, self.consent(user, version, location, offers, cap))
        for user in ROLL_PINGS:
            self.write(CONSENT, user, self.consent(user, 1, True, False))
        self.stack.input_producer().flush()
        log(f"wrote {len(self.written[FENCES])} fence records (catalog 1, then 2) and "
            f"{len(self.written[CONSENT])} consent records; users' time zone {self.zone}")
        campaigns = self.workdir / "campaigns.toml"
        campaigns.write_text(sc.campaigns_toml())
        self.campaigns = campaigns
        self.first = self.stack.start_perimeter(name="perimeter-1", group=GROUP, campaigns=campaigns)
        bootstrap = self.stack.broker.bootstrap
        self.reader = OutputReader(bootstrap, {EVENTS: 3, OFFERS: 3, DLQ: 1, STATE: PING_PARTITIONS})
        self.group = GroupOffsets(bootstrap, GROUP)

    def close_clients(self) -> None:
        for client in (self.reader, self.group):
            if client is not None:
                try:
                    client.close()
                except Exception:  # noqa: BLE001, S110 (best effort while cleaning up)
                    pass
        self.reader = self.group = None

    def committed_all(self) -> bool:
        ends = self.stack.input_producer().end_offsets(PINGS, PING_PARTITIONS)
        committed = self.group.committed(PINGS, PING_PARTITIONS)
        return all(committed[p] >= ends[p] for p in ends)

    def wait_outputs(self, what: str, have: Callable[[], bool], perimeter: Perimeter) -> bool:
        """Waits until every ping produced so far is committed and `have()`
        holds; once the commit is there, outputs get a short grace. Returns
        whether `have()` held."""
        committed_at: list[float] = []

        def done() -> Optional[str]:
            self.reader.poll(0.2)
            if not self.committed_all():
                return None
            committed_at.append(time.monotonic())
            if have():
                return "complete"
            return "incomplete" if time.monotonic() - committed_at[0] > OUTPUT_GRACE_S else None

        outcome = wait_for(what, done, WAIT_S, interval_s=0, alive=perimeter.assert_running)
        log(f"{what}: {outcome}")
        return outcome == "complete"

    def outputs(self, since: int = 0) -> tuple[dict[str, list], dict[str, list]]:
        """Events and triggers by user, of the records read from index
        `since` of the reader's list on."""
        events, offers = defaultdict(list), defaultdict(list)
        for r in self.reader.records[since:]:
            if r.topic == EVENTS:
                e = self.codec.event_pb.GeofenceEvent.FromString(r.value)
                events[e.user_id].append(e)
            elif r.topic == OFFERS:
                t = self.codec.offer_pb.OfferTrigger.FromString(r.value)
                offers[t.user_id].append(t)
        return events, offers

    def before_restart(self) -> None:
        self.t0_ms = now_ms() // 1000 * 1000
        for at in (-200, -190):
            self.ping("inside", sc.BAKERY, self.t0_ms + at * 1000)
            self.ping("erased", sc.BAKERY, self.t0_ms + at * 1000)
            self.ping("capped", sc.BOOKS, self.t0_ms + at * 1000)
        self.stack.input_producer().flush()

        def have() -> bool:
            events, offers = self.outputs()
            return all(len(events[u]) == 1 and len(offers[u]) == 1 for u in ("inside", "erased", "capped"))

        self.wait_outputs("the ENTERs and offers before the restart", have, self.first)
        events, offers = self.outputs()
        self.c.check("before the restart: inside and erased ENTER the bakery, capped the bookshop, one offer each",
                     [(u, [(e.fence_id, e.kind) for e in events[u]], [t.campaign_id for t in offers[u]])
                      for u in ("inside", "erased", "capped")]
                     == [("inside", [(sc.FENCE_BAKERY.fence_id, ENTER)], [sc.CAMPAIGN_BAKERY_ENTER.campaign_id]),
                         ("erased", [(sc.FENCE_BAKERY.fence_id, ENTER)], [sc.CAMPAIGN_BAKERY_ENTER.campaign_id]),
                         ("capped", [(sc.FENCE_BOOKS.fence_id, ENTER)], [sc.CAMPAIGN_BOOKS_ENTER.campaign_id])],
                     f"events {dict(events)}, offers {dict(offers)}")
        self.inside_enter = events["inside"][0]

    def erase_and_late_grants(self) -> None:
        self.write(CONSENT, "erased", self.erase("erased", 5))
        self.write(CONSENT, "erased", self.consent("erased", 4, True, True))
        self.write(CONSENT, "control", self.consent("control", 5, True, True))
        self.write(CONSENT, "control", self.consent("control", 4, True, True))
        self.stack.input_producer().flush()

        def erasure_recorded() -> bool:
            self.reader.poll(0.2)
            latest = [r for r in self.reader.of(STATE) if r.key == b"erased"]
            return bool(latest) and latest[-1].value is not None and only_erasure(latest[-1].value, 5)

        wait_for("the live processor's changelog to hold erased's erasure (v5)", erasure_recorded, WAIT_S,
                 interval_s=0, alive=self.first.assert_running)
        log("erased: erase v5 then a late v4 grant written; the changelog holds the erasure")

    def roll(self) -> None:
        """One record to every partition of the consent and fences topics
        and a ping to every pings partition (hence a changelog record on
        every changelog partition): each rolls its active segment if it is
        older than segment.ms."""
        self.rounds += 1
        self.roll_version += 1
        for p, user in enumerate(ROLL_CONSENT):
            self.write(CONSENT, user, self.consent(user, self.roll_version, False, False), partition=p)
        for p in range(FENCE_PARTITIONS):
            self.write(FENCES, ROLL_FENCE, None, partition=p)
        for p, user in enumerate(ROLL_PINGS):
            self.ping(user, sc.NORTH_STREET, now_ms(), partition=p)
        self.stack.input_producer().flush()

    def full_read(self) -> dict[str, list[Record]]:
        """Every record of the three compacted topics, read from the start."""
        reader = OutputReader(self.stack.broker.bootstrap,
                              {CONSENT: CONSENT_PARTITIONS, FENCES: FENCE_PARTITIONS, STATE: PING_PARTITIONS})
        try:
            reader.read_to_end(WAIT_S)
            return {t: reader.of(t) for t in (CONSENT, FENCES, STATE)}
        finally:
            reader.close()

    @staticmethod
    def repeated(records: list[Record], skip: set[bytes]) -> dict[tuple[int, bytes], int]:
        """(partition, key) pairs (keys in `skip` aside) read more than once.
        A key may live in several partitions: Perimeter records an erasure
        in every changelog partition (docs/topics.md)."""
        counts = Counter((r.partition, r.key) for r in records if r.key not in skip)
        return {k: n for k, n in counts.items() if n > 1}

    def compact(self) -> dict[str, list[Record]]:
        skip = {
            CONSENT: {u.encode() for u in ROLL_CONSENT},
            FENCES: {ROLL_FENCE.encode()},
            STATE: {u.encode() for u in ROLL_PINGS} | {PARTITION_MARKER},
        }
        started = time.monotonic()
        seen: dict[str, list[Record]] = {}

        def compacted() -> Optional[bool]:
            self.roll()
            self.first.assert_running()
            seen.update(self.full_read())
            return all(not self.repeated(seen[t], skip[t]) for t in skip) or None

        try:
            wait_for("the log cleaner to leave one record per key in consent, fences and the changelog",
                     compacted, WAIT_S, interval_s=0.3, alive=self.first.assert_running)
        except TimeoutError as e:
            self.c.check("the log cleaner compacts the three topics", False,
                         f"{e}; keys read more than once: "
                         + "; ".join(f"{t}: {self.repeated(seen.get(t, []), skip[t])}" for t in skip))
            raise RuntimeError("no compaction") from None
        log(f"compacted after {self.rounds} roll round(s) in {time.monotonic() - started:.1f} s")
        return seen

    def check_compacted(self, seen: dict[str, list[Record]]) -> None:
        c = self.c
        self.reader.read_to_end(WAIT_S)  # every changelog record written so far, as far as not compacted before
        for topic in (CONSENT, FENCES):
            written, read = self.written[topic], seen[topic]
            latest = {}
            for key, value in written:
                latest[key] = value
            got = {r.key: r.value for r in read}
            wrong = sorted(k for k in latest if got.get(k, b"<missing>") != latest[k])
            gone = {p: len(set(range(max((r.offset for r in read if r.partition == p), default=-1) + 1))
                           - {r.offset for r in read if r.partition == p})
                    for p in range(2)}
            c.check(f"{topic}: compacted: {len(read)} records read of {len(written)} written, each key once with "
                    f"its latest value; offsets of superseded records gone (per partition: {gone})",
                    len(read) < len(written) and not wrong and any(gone.values()),
                    f"keys without their latest value: {wrong}")
        consent = [r for r in seen[CONSENT] if r.key == b"erased"]
        update = self.codec.consent_pb.ConsentUpdate.FromString(consent[0].value) if len(consent) == 1 else None
        c.check("consent: erased's only record is the late v4 grant (the erase v5 compacted away)",
                update is not None and update.WhichOneof("update") == "set" and update.set.version == 4,
                f"records of erased: {[(r.partition, r.offset) for r in consent]}, {update}")
        fences = {r.key: r.value for r in seen[FENCES]}
        c.check("fences: the bakery's catalog-2 record, the bookshop's catalog-1 record, the kiosk's tombstone",
                fences.get(b"fence-bakery") == self.codec.fence_record(BAKERY_V2, 2)
                and fences.get(b"fence-books") == self.codec.fence_record(sc.FENCE_BOOKS, 1)
                and b"fence-kiosk" in fences and fences[b"fence-kiosk"] is None,
                str(sorted(fences)))
        state = {r.key: r for r in seen[STATE]}
        written = sum(1 for r in self.reader.records if r.topic == STATE)
        c.check(f"changelog: compacted: {len(seen[STATE])} records read, {written} written by Perimeter "
                "(read as they came)", len(seen[STATE]) < written)
        erased = [r for r in seen[STATE] if r.key == b"erased"]
        c.check(f"changelog: erased's only record in each partition holding one ({len(erased)} of "
                f"{PING_PARTITIONS}) holds only the erasure (v5)",
                bool(erased) and all(r.value is not None and only_erasure(r.value, 5) for r in erased),
                str([(r.partition, r.offset, user_state(r.value) if r.value else None) for r in erased]))
        inside = user_state(state[b"inside"].value) if b"inside" in state and state[b"inside"].value else None
        capped = user_state(state[b"capped"].value) if b"capped" in state and state[b"capped"].value else None
        c.check("changelog: inside's record holds the open bakery visit and one offer, capped's one offer",
                inside is not None and [v.fence_id for v in inside.presence.visits] == [sc.FENCE_BAKERY.fence_id]
                and len(inside.caps.offers) == 1 and capped is not None and len(capped.caps.offers) == 1,
                f"inside {inside}, capped {capped}")

    def restart(self) -> None:
        log("SIGTERM to perimeter-1")
        code = self.first.terminate(SHUTDOWN_DEADLINE_S)
        self.c.check(f"perimeter-1 exits 0 on SIGTERM (code {code})", code == 0, self.first.log_tail())
        self.second = self.stack.start_perimeter(name="perimeter-2", group=GROUP, campaigns=self.campaigns)

    def after_restart(self) -> None:
        c, base = self.c, self.second.base_url
        status, _, body = http_client.get(f"{base}/v1/fences", timeout_s=30)
        live = http_client.json_of(body) or {}
        c.check("after the restart: catalog version 2 with 2 fences",
                status == 200 and live.get("version") == 2 and live.get("fence_count") == 2, f"{status} {body}")
        status, _, body = http_client.get(f"{base}/v1/fences/{sc.FENCE_BAKERY.fence_id}", timeout_s=30)
        name = ((http_client.json_of(body) or {}).get("properties") or {}).get("name")
        c.check("after the restart: the bakery has its catalog-2 name", status == 200 and name == BAKERY_V2.name,
                f"{status} {body[:300]}")
        status, _, _ = http_client.get(f"{base}/v1/fences/{KIOSK.fence_id}", timeout_s=30)
        c.check("after the restart: the removed kiosk is not live (404)", status == 404, str(status))

        self.reader.read_to_end(WAIT_S)
        mark = len(self.reader.records)
        at = now_ms()
        for user in ("inside", "capped", "erased", "control"):
            self.ping(user, sc.BAKERY, at)
        self.stack.input_producer().flush()
        expected = {
            "inside": ([DWELL], []),
            "capped": ([ENTER], []),
            "erased": ([], []),
            "control": ([ENTER], [sc.CAMPAIGN_BAKERY_ENTER.campaign_id]),
        }

        def actual() -> dict[str, tuple[list, list]]:
            events, offers = self.outputs(mark)
            return {u: ([e.kind for e in events[u]], [t.campaign_id for t in offers[u]]) for u in expected}

        self.wait_outputs("the outputs after the restart", lambda: actual() == expected, self.second)
        events, offers = self.outputs(mark)
        got = actual()
        c.check("after the restart: inside's visit goes on: its DWELL, no second ENTER, no second offer",
                got["inside"] == expected["inside"]
                and events["inside"][0].visit_id == self.inside_enter.visit_id
                and events["inside"][0].visit_start_ms == self.inside_enter.visit_start_ms,
                f"{got['inside']}; events {events['inside']}; before: ENTER visit {self.inside_enter.visit_id}")
        c.check("after the restart: capped ENTERs the bakery and gets no offer (its daily offer is used)",
                got["capped"] == expected["capped"], f"{got['capped']}; offers {offers['capped']}")
        c.check("after the restart: erased (erase v5, then a late v4 grant, compacted to that grant) gets "
                "nothing", got["erased"] == expected["erased"], f"events {events['erased']}, offers {offers['erased']}")
        c.check("after the restart: control (v5 grant, then a late v4 grant, compacted to it) ENTERs and gets "
                "the offer, relying on consent v4",
                got["control"] == expected["control"] and [t.consent_version for t in offers["control"]] == [4],
                f"events {events['control']}, offers {offers['control']}")
        strays = sorted((set(events) | set(offers)) - set(expected) - set(ROLL_PINGS))
        c.check("after the restart: no output for anyone else", not strays, str(strays))
        suppressed = {k.split('"')[1]: v for k, v in
                      metric_values(self.second.metrics(), "perimeter_offers_suppressions_total").items() if '"' in k}
        c.check("after the restart: /metrics counts capped's offer as suppressed by frequency_cap and inside's "
                "DWELL offer by one_per_visit",
                suppressed.get("frequency_cap", 0) >= 1 and suppressed.get("one_per_visit", 0) >= 1, str(suppressed))
        code = self.second.terminate(SHUTDOWN_DEADLINE_S)
        self.c.check(f"perimeter-2 exits 0 on SIGTERM (code {code})", code == 0, self.second.log_tail())
        ends = self.stack.input_producer().end_offsets(PINGS, PING_PARTITIONS)
        committed = self.group.committed(PINGS, PING_PARTITIONS)
        c.check("committed offsets equal the pings' end offsets", committed == ends, f"{committed} != {ends}")
        self.reader.read_to_end(WAIT_S)
        dlq = self.reader.of(DLQ)
        c.check("no dead letters", not dlq, str([(r.key, r.header("perimeter.dlq.reason")) for r in dlq]))


def only_erasure(value: bytes, version: int) -> bool:
    """Whether a changelog value holds the erasure at `version` and nothing else."""
    state = user_state(value)
    return (state.HasField("erasure") and state.erasure.version == version
            and not state.HasField("presence") and not state.HasField("caps"))


def test_compaction(perimeter_bin: str, broker_factory: BrokerFactory, codec: Codec, workdir: Path,
                    checks: Checks) -> None:
    """the broker's log cleaner compacts consent, fences and the changelog; Perimeter restarts from them"""
    test = Compaction(perimeter_bin, broker_factory, codec, workdir, checks)

    def cleanup(failed: bool) -> None:
        test.close_clients()
        test.stack.stop()
        if failed:
            test.stack.print_logs()

    with checks.stage("compaction", cleanup):
        test.start()
        test.before_restart()
        test.erase_and_late_grants()
        seen = test.compact()
        test.check_compacted(seen)
        test.restart()
        test.after_restart()
