"""Soak run: `perimeter run` against an Apache Kafka broker for a while under steady
load, sampling the processor's resident memory (VmRSS) as it goes.

Unlike the demo, the broker is a separate process here, so the RSS is the
processor's own. Run it after scripts/e2e.sh's setup (Apache Kafka, the
virtualenv, a built binary), as a module from scripts/e2e, for example:

    cd scripts/e2e && ~/.cache/perimeter/e2e-venv/bin/python -m perimeter_e2e.soak \
        --perimeter ../../target/release/perimeter --kafka ~/.cache/perimeter/kafka-4.4.0 \
        --proto-dir ../../proto --minutes 10

or through pytest, with the defaults of tests/conftest.py:
`python -m pytest -s -m soak tests/test_soak.py --soak-minutes 10`.

Load: 40 circle fences around Berlin-Mitte and `--users` users (default
2000), 80% granting location and offers. Each user walks a 5-minute cycle
in real time: 3 minutes inside their store, 2 minutes 300 m away, pinging
every 5 s, so visits keep opening and closing (ENTER, DWELL, EXIT, offers,
changelog writes). It prints the RSS every 30 s and, at the end, the RSS
after the first minute and at the end, with the processor's own counters.
"""

from __future__ import annotations

import argparse
import math
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

from perimeter_e2e import scenario as sc
from perimeter_e2e.codecs import Codec, generate_protobuf_modules
from perimeter_e2e.kafka_io import Cluster, InputProducer
from perimeter_e2e.processes import (ApacheKafka, Perimeter, add_kafka_arguments, free_port, kafka_distribution, log,
                                     metric_values, now_ms, rss_kib, wait_for)
from perimeter_e2e.topics import CONSENT, FENCES, PINGS, TOPICS

CYCLE_S, INSIDE_S, PING_EVERY_S = 300, 180, 5
CAMPAIGNS = """
[[campaign]]
id = "soak-coffee"
name = "Soak coffee on dwell"
event_kinds = ["enter", "dwell"]
cooldown = "0s"
max_age = "1h"

[campaign.fences]
tags = ["coffee"]

[campaign.offer]
id = "offer-soak"
category = "food-and-drink"
sender = "Soak Coffee"
message = "Hello"
"""
M_PER_DEG = 111_195.0


def main(argv: Optional[list[str]] = None) -> int:
    """Runs the soak with the command line `argv` (sys.argv's by default);
    returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--perimeter", required=True)
    add_kafka_arguments(parser)
    parser.add_argument("--proto-dir", required=True, type=Path)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--users", type=int, default=2000)
    args = parser.parse_args(argv)

    workdir = Path(tempfile.mkdtemp(prefix="perimeter-soak-"))
    broker = perimeter = None
    try:
        generate_protobuf_modules(args.proto_dir.resolve(), workdir / "gen")
        codec = Codec()
        broker = ApacheKafka(kafka_distribution(args), workdir / "kafka", workdir / "kafka.log")
        broker.wait_ready()
        cluster = Cluster(broker.bootstrap)
        cluster.create_topics(TOPICS)
        tables = InputProducer(broker.bootstrap)

        rng = random.Random(7)
        stores = []
        for i in range(40):
            lat = 52.5200 + rng.uniform(-0.02, 0.02)
            lon = 13.4050 + rng.uniform(-0.03, 0.03)
            f = sc.FenceSpec(f"soak-{i:02}", f"store-{i:02}", f"Store {i}", sc.Place(f"s{i}", lat, lon),
                             40.0, 120.0, ("coffee",))
            stores.append(f)
            tables.produce(FENCES, f.fence_id.encode(), codec.fence_record(f))
        users = [f"soak-user-{u:05}" for u in range(args.users)]
        for u in users:
            if rng.random() < 0.8:
                c = sc.Consent(u, 1, True, True)
                tables.produce(CONSENT, u.encode(), codec.consent_update(c, now_ms() - 3_600_000))
        tables.flush()
        log(f"{len(stores)} fences, {len(users)} users written")

        (workdir / "campaigns.toml").write_text(CAMPAIGNS)
        http_port = free_port()
        config = workdir / "perimeter.toml"
        config.write_text(
            f'[kafka]\nbrokers = "{broker.bootstrap}"\ngroup_id = "perimeter-soak"\n'
            f'[offers]\ncampaigns = "campaigns.toml"\n[http]\nlisten = "127.0.0.1:{http_port}"\n'
            '[log]\nlevel = "warn"\n'
        )
        # The process runs in `workdir`: a relative path would not resolve there.
        binary = str(Path(args.perimeter).resolve())
        perimeter = Perimeter(binary, config, http_port, workdir / "perimeter.log")
        wait_for("GET /readyz == 200", perimeter.ready, 60, alive=perimeter.assert_running)
        pid = perimeter.process.pid

        from confluent_kafka import Producer

        producer = Producer({"bootstrap.servers": broker.bootstrap, "linger.ms": 20})
        home = {u: stores[i % len(stores)] for i, u in enumerate(users)}
        phase = {u: rng.uniform(0, CYCLE_S) for u in users}
        started = time.monotonic()
        end = started + args.minutes * 60
        samples: list[tuple[float, int]] = []
        next_sample = started
        sent = 0
        while time.monotonic() < end:
            tick = time.monotonic()
            for u in users:
                # One ping per user every PING_EVERY_S, spread over the interval.
                t = tick - started + phase[u]
                if int(t / PING_EVERY_S) == int((t - 0.5) / PING_EVERY_S):
                    continue
                store = home[u].centre
                inside = (t % CYCLE_S) < INSIDE_S
                offset = 0.0 if inside else 300.0
                lat = store.lat + offset / M_PER_DEG
                lon = store.lon + rng.uniform(-3, 3) / (M_PER_DEG * math.cos(math.radians(store.lat)))
                producer.produce(PINGS, key=u.encode(), value=codec.ping(u, lat, lon, 8.0, now_ms()))
                sent += 1
            producer.poll(0)
            perimeter.assert_running()
            if tick >= next_sample:
                samples.append((tick - started, rss_kib(pid)))
                log(f"t={tick - started:5.0f}s rss={samples[-1][1] / 1024:.1f} MiB pings sent={sent}")
                next_sample += 30
            time.sleep(max(0.0, 0.5 - (time.monotonic() - tick)))
        producer.flush(30)
        samples.append((time.monotonic() - started, rss_kib(pid)))
        metrics = perimeter.metrics()
        after_1m = next(r for t, r in samples if t >= 60)
        print(f"pings sent {sent} in {args.minutes:g} min")
        print(f"RSS: start {samples[0][1] / 1024:.1f} MiB, after 1 min {after_1m / 1024:.1f} MiB, "
              f"end {samples[-1][1] / 1024:.1f} MiB")
        for name in ("perimeter_stream_pings_total", "perimeter_stream_events_total",
                     "perimeter_offers_triggers_total", "perimeter_presence_tracked_users",
                     "perimeter_presence_changelog_records_total"):
            print(f"{name}: {metric_values(metrics, name)}")
        code = perimeter.terminate(15)
        print(f"perimeter exit code after SIGTERM: {code}")
        return 0 if code == 0 else 1
    finally:
        if perimeter is not None:
            perimeter.kill()
        if broker is not None:
            broker.terminate(15)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
