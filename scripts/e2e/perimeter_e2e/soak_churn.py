"""Churn soak: `perimeter run` against an Apache Kafka broker for a while (default
10 minutes) with everything moving at once, sampling the processor as it
goes:

- a steady ping rate from a changing population: users arrive (with a
  fresh consent grant) and leave (they stop pinging; their visits end by
  silence timeout), each walking in and out of a store;
- consent flips: location revoked, offers revoked, both granted again, users
  erased (by an EraseRequest on the consent topic or through
  `POST /v1/users/{id}/erase`);
- the fence catalog replaced through the admin API every minute
  (`PUT /v1/fences`, a slightly different catalog each time: fences added,
  moved and removed).

Every 30 s it samples the processor's resident memory (VmRSS), the consumer
lag it reports (perimeter_kafka_consumer_lag_records, summed), the lag of
its committed offsets behind what this client produced (exact: from the
delivery reports), pings processed, the live catalog version, tracked users
and consent users, and prints a table. At the end it stops producing and
checks:

- memory is bounded: the mean RSS of the last third of the samples is
  within 15% of the mean of the middle third (the first third is warm-up);
- lag does not grow: the committed-offset lag of the last third stays
  within twice that of the middle third (or below 15 s of pings), and it
  drains to zero once production stops;
- every ping sent was counted by the processor;
- the catalog version equals the number of uploads, and each upload was
  live and had the diff this script made;
- the log has no ERROR or WARN line other than the expected ones
  (EXPECTED_LOG below, each with its reason);
- SIGTERM ends the processor with exit code 0.

Run it after scripts/e2e.sh's setup (Apache Kafka, the virtualenv, a
built binary), as a module from scripts/e2e; a release build measures
memory the way it is deployed:

    cargo build --release -p perimeter
    cd scripts/e2e && ~/.cache/perimeter/e2e-venv/bin/python -B -m perimeter_e2e.soak_churn \\
        --perimeter ../../target/release/perimeter --kafka ~/.cache/perimeter/kafka-4.4.0 \\
        --proto-dir ../../proto --minutes 10

or through pytest, with the defaults of tests/conftest.py:
`python -m pytest -s -m soak tests/test_soak.py::test_soak_churn --soak-minutes 10`.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import random
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from perimeter_e2e.checks import Checks, report_error
from perimeter_e2e.codecs import generate_protobuf_modules
from perimeter_e2e.http_client import request
from perimeter_e2e.kafka_io import Cluster, GroupOffsets, InputProducer
from perimeter_e2e.processes import (ApacheKafka, Perimeter, add_kafka_arguments, free_port,
                                     interrupt_on_termination, kafka_distribution, log, metric_values, now_ms,
                                     rss_kib, wait_for)
from perimeter_e2e.soak import CAMPAIGNS
from perimeter_e2e.topics import CONSENT, PING_PARTITIONS, PINGS, TOPICS

PARTITIONS = PING_PARTITIONS
GROUP = "perimeter-soak-churn"
ADMIN_TOKEN = "soak-churn-admin-token-0123456789"
TIME_ZONE = "Europe/Berlin"
CYCLE_S, INSIDE_S = 300, 180
"""Each user's walk: 3 minutes inside their store, 2 minutes 300 m away."""
M_PER_DEG = 111_195.0
CENTRE = (52.5200, 13.4050)

EXPECTED_LOG: list[tuple[str, str]] = [
    # (regular expression, why it is expected)
]
"""WARN/ERROR lines that this soak provokes on purpose."""


@dataclass
class Fence:
    fence_id: str
    lat: float
    lon: float
    radius_m: float
    dwell_s: int

    def feature(self) -> dict:
        return {
            "type": "Feature",
            "id": self.fence_id,
            "geometry": {"type": "Point", "coordinates": [round(self.lon, 7), round(self.lat, 7)]},
            "properties": {
                "store_id": "store-" + self.fence_id.split("-", 1)[1],
                "name": f"Soak store {self.fence_id}",
                "timezone": TIME_ZONE,
                "radius_m": self.radius_m,
                "dwell_s": self.dwell_s,
                "tags": ["coffee"],
            },
        }


class Catalog:
    """The fence catalog, changed a little before every upload."""

    def __init__(self, n: int, rng: random.Random) -> None:
        self.rng = rng
        self.next_id = 0
        self.fences: dict[str, Fence] = {}
        for _ in range(n):
            self._add()

    def _add(self) -> str:
        fid = f"churn-{self.next_id:04}"
        self.next_id += 1
        lat = CENTRE[0] + self.rng.uniform(-0.02, 0.02)
        lon = CENTRE[1] + self.rng.uniform(-0.03, 0.03)
        self.fences[fid] = Fence(fid, lat, lon, 40.0, 120)
        return fid

    def churn(self, k: int) -> dict[str, list[str]]:
        """Removes k fences, moves k (30-80 m), adds k; returns the diff."""
        ids = sorted(self.fences)
        removed = self.rng.sample(ids, k)
        for fid in removed:
            del self.fences[fid]
        moved = self.rng.sample(sorted(self.fences), k)
        for fid in moved:
            f = self.fences[fid]
            d = self.rng.uniform(30, 80)
            a = self.rng.uniform(0, 2 * math.pi)
            f.lat += d * math.cos(a) / M_PER_DEG
            f.lon += d * math.sin(a) / (M_PER_DEG * math.cos(math.radians(f.lat)))
        added = [self._add() for _ in range(k)]
        return {"added": sorted(added), "changed": sorted(moved), "removed": sorted(removed)}

    def geojson(self) -> bytes:
        return json.dumps(
            {"type": "FeatureCollection", "features": [f.feature() for f in self.fences.values()]}
        ).encode()


@dataclass
class Walker:
    user_id: str
    fence_id: str
    phase_s: float
    version: int
    location: bool
    offers: bool
    erased: bool = False


class Soak:
    def __init__(self, args: argparse.Namespace, workdir: Path) -> None:
        self.args, self.workdir = args, workdir
        self.rng = random.Random(args.seed)
        self.broker: Optional[ApacheKafka] = None
        self.perimeter: Optional[Perimeter] = None
        self.group: Optional[GroupOffsets] = None
        self.tables: Optional[InputProducer] = None
        self.pings_producer = None
        self.ends: dict[int, int] = {}
        self.delivery_errors = 0
        self.sent = 0
        self.uploads = 0
        self.upload_problems: list[str] = []
        self.upload_log: list[str] = []
        self.counts = {"arrived": 0, "left": 0, "revoke_location": 0, "revoke_offers": 0, "regrant": 0,
                       "erase_topic": 0, "erase_api": 0}
        self.next_user = 0
        self.walkers: dict[str, Walker] = {}
        self.catalog = Catalog(args.fences, self.rng)

    # -- setup -------------------------------------------------------------

    def start(self) -> None:
        from perimeter.v1 import consent_pb2, ping_pb2

        self.consent_pb, self.ping_pb = consent_pb2, ping_pb2
        self.broker = ApacheKafka(kafka_distribution(self.args), self.workdir / "kafka", self.workdir / "kafka.log")
        self.broker.wait_ready()
        cluster = Cluster(self.broker.bootstrap)
        cluster.create_topics(TOPICS)
        self.tables = InputProducer(self.broker.bootstrap)
        self.group = GroupOffsets(self.broker.bootstrap, GROUP)
        for _ in range(self.args.users):
            self.arrive(initial=True)
        log(f"{self.args.users} users written ({sum(w.location for w in self.walkers.values())} with location)")

        (self.workdir / "campaigns.toml").write_text(CAMPAIGNS)
        http_port = free_port()
        config = self.workdir / "perimeter.toml"
        config.write_text(
            f'[kafka]\nbrokers = "{self.broker.bootstrap}"\ngroup_id = "{GROUP}"\n'
            f'[offers]\ncampaigns = "campaigns.toml"\n[http]\nlisten = "127.0.0.1:{http_port}"\n'
            '[pings]\nformat = "protobuf"\n'
        )
        self.perimeter = Perimeter(self.args.perimeter, config, http_port, self.workdir / "perimeter.log",
                                   extra_env={"PERIMETER_ADMIN_TOKEN": ADMIN_TOKEN, "RUST_LOG": "info"})
        wait_for("GET /readyz == 200", self.perimeter.ready, 60, alive=self.perimeter.assert_running)
        self.pid = self.perimeter.process.pid
        self.upload(first=True)

        from confluent_kafka import Producer

        self.pings_producer = Producer({"bootstrap.servers": self.broker.bootstrap, "linger.ms": 20})

    # -- consent -------------------------------------------------------------

    def consent(self, w: Walker) -> None:
        pb = self.consent_pb
        purposes = ([pb.PURPOSE_LOCATION] if w.location else []) + ([pb.PURPOSE_OFFERS] if w.offers else [])
        record = pb.ConsentRecord(user_id=w.user_id, purposes=purposes, time_zone=TIME_ZONE, version=w.version,
                                  updated_at_ms=now_ms())
        record.quiet_hours.SetInParent()  # no quiet hours: offers at any time of day
        self.tables.send(CONSENT, w.user_id.encode(), pb.ConsentUpdate(set=record).SerializeToString())

    def arrive(self, initial: bool = False) -> None:
        uid = f"churn-user-{self.next_user:06}"
        self.next_user += 1
        fence = self.rng.choice(sorted(self.catalog.fences))
        w = Walker(uid, fence, self.rng.uniform(0, CYCLE_S), 1, True, self.rng.random() < 0.8)
        if self.rng.random() < 0.1:
            w.location = w.offers = False  # never consented: sends pings all the same
        else:
            self.consent(w)
        self.walkers[uid] = w
        if not initial:
            self.counts["arrived"] += 1

    def leave(self) -> None:
        uid = self.rng.choice(sorted(self.walkers))
        del self.walkers[uid]
        self.counts["left"] += 1

    def flip(self) -> None:
        w = self.walkers[self.rng.choice(sorted(self.walkers))]
        what = self.rng.choices(("revoke_location", "revoke_offers", "regrant", "erase_topic", "erase_api"),
                                (3, 3, 4, 1, 1))[0]
        self.counts[what] += 1
        w.version += 1
        if what == "revoke_location":
            w.location = False
        elif what == "revoke_offers":
            w.offers = False
        elif what == "regrant":
            w.location = w.offers = True
        if what.startswith("erase"):
            if what == "erase_topic":
                pb = self.consent_pb
                erase = pb.EraseRequest(user_id=w.user_id, version=w.version, requested_at_ms=now_ms())
                self.tables.send(CONSENT, w.user_id.encode(), pb.ConsentUpdate(erase=erase).SerializeToString())
            else:
                status, _, body = request("POST", f"{self.perimeter.base_url}/v1/users/{w.user_id}/erase", b"",
                                          {"Authorization": f"Bearer {ADMIN_TOKEN}"})
                if status != 202:
                    self.upload_problems.append(f"POST erase {w.user_id}: {status} {body[:200]}")
            # An erased user leaves.
            del self.walkers[w.user_id]
        else:
            self.consent(w)

    # -- fences --------------------------------------------------------------

    def upload(self, first: bool = False) -> None:
        diff = None if first else self.catalog.churn(self.args.fence_changes)
        started = time.monotonic()
        status, _, body = request("PUT", f"{self.perimeter.base_url}/v1/fences", self.catalog.geojson(),
                                  {"Authorization": f"Bearer {ADMIN_TOKEN}", "Content-Type": "application/geo+json"})
        took = time.monotonic() - started
        self.uploads += 1
        try:
            answer = json.loads(body)
        except ValueError:
            answer = {}
        problems = []
        if status != 200:
            problems.append(f"status {status}: {body[:300]}")
        else:
            if answer.get("version") != self.uploads:
                problems.append(f"version {answer.get('version')}, expected {self.uploads}")
            if answer.get("live") is not True:
                problems.append("not live within admin.live_wait")
            got = {k: sorted(v) for k, v in answer.get("diff", {}).items() if k != "unchanged"}
            want = diff or {"added": sorted(self.catalog.fences), "changed": [], "removed": []}
            if got != want:
                problems.append(f"diff {got}, expected {want}")
        if problems:
            self.upload_problems.append(f"upload {self.uploads}: " + "; ".join(problems))
        line = (f"upload {self.uploads}: {status}, version {answer.get('version')}, live {answer.get('live')}, "
                f"{len(self.catalog.fences)} fences, diff " + json.dumps({k: len(v) if isinstance(v, list) else v
                                                                        for k, v in answer.get("diff", {}).items()})
                + f", {took:.2f} s")
        self.upload_log.append(line)
        log(line)
        # Walkers whose store went away pick another one.
        for w in self.walkers.values():
            if w.fence_id not in self.catalog.fences:
                w.fence_id = self.rng.choice(sorted(self.catalog.fences))

    # -- pings ---------------------------------------------------------------

    def delivered(self, err, msg) -> None:  # noqa: ANN001 (librdkafka callback)
        if err is not None:
            self.delivery_errors += 1
            return
        p = msg.partition()
        self.ends[p] = max(self.ends.get(p, 0), msg.offset() + 1)

    def ping(self, w: Walker, t: float) -> None:
        f = self.catalog.fences.get(w.fence_id)
        if f is None:
            return
        inside = (t + w.phase_s) % CYCLE_S < INSIDE_S
        north = 0.0 if inside else 300.0
        lat = f.lat + (north + self.rng.uniform(-4, 4)) / M_PER_DEG
        lon = f.lon + self.rng.uniform(-4, 4) / (M_PER_DEG * math.cos(math.radians(f.lat)))
        value = self.ping_pb.Ping(user_id=w.user_id, lat=lat, lon=lon, accuracy_m=8.0,
                                  timestamp_ms=now_ms()).SerializeToString()
        while True:
            try:
                self.pings_producer.produce(PINGS, key=w.user_id.encode(), value=value, on_delivery=self.delivered)
                break
            except BufferError:
                self.pings_producer.poll(0.05)
        self.sent += 1

    def commit_lag(self) -> Optional[int]:
        try:
            committed = self.group.committed(PINGS, PARTITIONS)
        except Exception:  # noqa: BLE001
            return None
        return sum(max(0, self.ends.get(p, 0) - committed.get(p, 0)) for p in range(PARTITIONS))

    # -- the soak ----------------------------------------------------------------

    def sample(self, t: float, last: Optional[dict]) -> dict:
        metrics = self.perimeter.metrics()

        def total(name: str) -> float:
            return sum(metric_values(metrics, name).values())

        status, _, body = request("GET", f"{self.perimeter.base_url}/v1/fences")
        version = json.loads(body).get("version") if status == 200 else None
        s = {
            "t": t,
            "rss_mib": rss_kib(self.pid) / 1024,
            "lag": total("perimeter_kafka_consumer_lag_records"),
            "commit_lag": self.commit_lag(),
            "processed": total("perimeter_stream_pings_total"),
            "sent": self.sent,
            "catalog": version,
            "tracked": total("perimeter_presence_tracked_users"),
            "consent_users": total("perimeter_consent_users"),
            "events": total("perimeter_stream_events_total"),
            "triggers": total("perimeter_offers_triggers_total"),
        }
        s["rate"] = (s["processed"] - last["processed"]) / (t - last["t"]) if last else 0.0
        return s

    def run(self) -> list[dict]:
        self.start()
        started = time.monotonic()
        end = started + self.args.minutes * 60
        samples: list[dict] = []
        next_sample = started
        next_upload = started + 60
        churn_every = 60.0 / max(1, self.args.churn_per_minute)
        flip_every = 60.0 / max(1, self.args.flips_per_minute)
        next_churn, next_flip = started + churn_every, started + flip_every
        tick_s = 0.5
        print(f"{'t':>5} {'RSS MiB':>8} {'lag':>6} {'c-lag':>6} {'processed':>10} {'pings/s':>8} {'catalog':>7} "
              f"{'tracked':>7} {'consent':>7} {'events':>8} {'offers':>7}", flush=True)
        while True:
            tick = time.monotonic()
            if tick >= end:
                break
            t = tick - started
            for w in list(self.walkers.values()):
                # One ping per user every ping_every seconds, spread out.
                k = (t + w.phase_s) / self.args.ping_every
                if int(k) != int(k - tick_s / self.args.ping_every):
                    self.ping(w, t)
            self.pings_producer.poll(0)
            while tick >= next_churn:
                self.leave()
                self.arrive()
                next_churn += churn_every
            while tick >= next_flip:
                self.flip()
                next_flip += flip_every
            if tick >= next_upload:
                # In a thread of its own would let pings run during the
                # wait for `live`; the wait is short, and a blocked loop
                # only delays pings (their timestamps are taken when sent).
                self.upload()
                next_upload += 60
            self.perimeter.assert_running()
            if tick >= next_sample:
                s = self.sample(t, samples[-1] if samples else None)
                samples.append(s)
                print(f"{s['t']:5.0f} {s['rss_mib']:8.1f} {s['lag']:6.0f} {s['commit_lag'] or 0:6d} "
                      f"{s['processed']:10.0f} {s['rate']:8.1f} {s['catalog']!s:>7} {s['tracked']:7.0f} "
                      f"{s['consent_users']:7.0f} {s['events']:8.0f} {s['triggers']:7.0f}", flush=True)
                next_sample += self.args.sample_every
            time.sleep(max(0.0, tick_s - (time.monotonic() - tick)))
        self.pings_producer.flush(30)
        t = time.monotonic() - started
        samples.append(self.sample(t, samples[-1]))
        return samples


def thirds(values: list[float]) -> tuple[list[float], list[float], list[float]]:
    n = len(values)
    a, b = n // 3, 2 * n // 3
    return values[:a], values[a:b], values[b:]


def mean(xs: list[float]) -> float:
    return sum(xs) / len(xs) if xs else float("nan")


def main(argv: Optional[list[str]] = None) -> int:
    """Runs the soak with the command line `argv` (sys.argv's by default);
    returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--perimeter", required=True)
    add_kafka_arguments(parser)
    parser.add_argument("--proto-dir", required=True, type=Path)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--users", type=int, default=1500, help="active users at any time")
    parser.add_argument("--ping-every", type=float, default=5.0, help="seconds between two pings of a user")
    parser.add_argument("--fences", type=int, default=40)
    parser.add_argument("--fence-changes", type=int, default=2, help="fences added, moved and removed per upload")
    parser.add_argument("--churn-per-minute", type=int, default=150, help="users leaving (and as many arriving)")
    parser.add_argument("--flips-per-minute", type=int, default=60, help="consent changes of active users")
    parser.add_argument("--sample-every", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args(argv)
    # The processes run in directories of their own: make the paths absolute.
    if "/" in args.perimeter:
        args.perimeter = str(Path(args.perimeter).resolve())

    interrupt_on_termination()

    workdir = Path(tempfile.mkdtemp(prefix="perimeter-soak-churn-"))
    soak = Soak(args, workdir)
    results: list[tuple[str, bool, str]] = []
    error = None
    began = time.monotonic()
    try:
        generate_protobuf_modules(args.proto_dir.resolve(), workdir / "gen")
        samples = soak.run()
        lag_drained = True
        try:
            wait_for("committed offsets to reach the end", lambda: soak.commit_lag() == 0, 60, interval_s=0.5,
                     alive=soak.perimeter.assert_running)
        except TimeoutError:
            lag_drained = False
        final = soak.sample(time.monotonic() - began, samples[-1])
        code = soak.perimeter.terminate(15)

        rss = [s["rss_mib"] for s in samples]
        _, mid, last = thirds(rss)
        drift = (mean(last) - mean(mid)) / mean(mid)
        results.append((f"RSS bounded: last third {mean(last):.1f} MiB vs middle third {mean(mid):.1f} MiB "
                        f"({drift:+.1%}, limit +-15%)", abs(drift) <= 0.15, ""))
        clag = [float(s["commit_lag"] or 0) for s in samples[:-1]]
        _, cmid, clast = thirds(clag)
        rate = args.users / args.ping_every
        bound = max(2 * max(cmid, default=0), 15 * rate)
        results.append((f"lag not growing: committed-offset lag, last third max {max(clast, default=0):.0f}, "
                        f"middle third max {max(cmid, default=0):.0f} (bound {bound:.0f})",
                        max(clast, default=0) <= bound, ""))
        results.append(("lag drains to 0 within 60 s once production stops", lag_drained,
                        f"commit lag {soak.commit_lag()}"))
        results.append((f"every ping sent was counted (sent {soak.sent}, perimeter_stream_pings_total "
                        f"{final['processed']:.0f}, delivery errors {soak.delivery_errors})",
                        final["processed"] == soak.sent and soak.delivery_errors == 0, ""))
        results.append((f"catalog version {final['catalog']} equals the number of uploads ({soak.uploads}); "
                        "every upload live with the expected diff",
                        final["catalog"] == soak.uploads and not soak.upload_problems,
                        "\n".join(soak.upload_problems)))
        bad_lines, expected_seen = [], {}
        for line in soak.perimeter.log_path.read_text("utf-8", "replace").splitlines():
            if not re.search(r"\b(WARN|ERROR)\b", line):
                continue
            why = next((w for pat, w in EXPECTED_LOG if re.search(pat, line)), None)
            if why is None:
                bad_lines.append(line)
            else:
                expected_seen[why] = expected_seen.get(why, 0) + 1
        results.append((f"no unexpected WARN/ERROR lines in perimeter's log ({len(bad_lines)} unexpected, "
                        f"expected ones: {expected_seen or 'none'})", not bad_lines, "\n".join(bad_lines[:40])))
        results.append((f"SIGTERM: exit code {code}", code == 0, soak.perimeter.log_tail(20) if code != 0 else ""))

        print()
        print(f"sent {soak.sent} pings in {args.minutes:g} min ({soak.sent / (args.minutes * 60):.0f}/s), "
              f"{soak.uploads} catalog uploads, users: {json.dumps(soak.counts)}")
        print(f"final: events {final['events']:.0f}, offers {final['triggers']:.0f}, tracked users "
              f"{final['tracked']:.0f}, consent users {final['consent_users']:.0f}")
        for line in soak.upload_log:
            print("  " + line)
    except BaseException as e:  # noqa: BLE001
        error = e
        report_error(e)
    finally:
        if soak.group is not None:
            try:
                soak.group.close()
            except Exception:  # noqa: BLE001, S110
                pass
        if soak.perimeter is not None:
            soak.perimeter.kill()
        soak.pings_producer = soak.tables = soak.group = None
        gc.collect()
        if soak.broker is not None:
            soak.broker.terminate(15)
        failed = error is not None or not all(ok for _, ok, _ in results)
        if failed and soak.perimeter is not None:
            print(f"\n--- last lines of perimeter's log ({soak.perimeter.log_path}) ---\n{soak.perimeter.log_tail()}")
        if args.keep or failed:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)

    print()
    checks = Checks()
    for name, ok, detail in results:
        checks.check(name, ok, detail)
    return checks.verdict("soak_churn", error, time.monotonic() - began)


if __name__ == "__main__":
    sys.exit(main())
