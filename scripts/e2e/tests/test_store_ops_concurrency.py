"""Store-ops concurrency stage: two `perimeter run` instances on one Apache
Kafka broker, two uploads at the same moment, each through its own
instance. One wins, the other gets 409 conflict with the diff against what
the winner wrote, and the fences topic never holds two catalogs under one
version number (docs/fences.md, "Versions and concurrent changes").

Run it through scripts/e2e.sh (PERIMETER_E2E_ONLY=store_ops_concurrency),
or with pytest from scripts/e2e:

    python -m pytest -s tests/test_store_ops_concurrency.py [--keep]

The fences topic has two partitions (topics.TOPICS): the version log is on
partition 0, the fence records spread over both.
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from pathlib import Path

import pytest

from perimeter_e2e.checks import Checks
from perimeter_e2e.codecs import Codec
from perimeter_e2e.http_client import request
from perimeter_e2e.kafka_io import OutputReader
from perimeter_e2e.processes import BrokerFactory, log, wait_for
from perimeter_e2e.stack import SAMPLE_FENCES, Stack
from perimeter_e2e.topics import FENCES, TOPICS

pytestmark = [pytest.mark.e2e]

TOKEN = "e2e-concurrency-token-0123456789"
ROUNDS = 5
LOG_HEADER = "perimeter-catalog-log"
FENCE = "fence-0001"


def named(name: str) -> bytes:
    """The sample catalog with fence-0001 called `name`."""
    doc = json.loads(SAMPLE_FENCES.read_text("utf-8"))
    for f in doc["features"]:
        if f.get("id") == FENCE:
            f["properties"]["name"] = name
    return json.dumps(doc).encode()


def put(base_url: str, query: str, body: bytes) -> tuple[int, dict]:
    r = request("PUT", f"{base_url}/v1/fences{query}", body,
                {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/geo+json"}, timeout_s=60)
    return r.status, (r.json() or {"body": r.body})


def served_name(base_url: str) -> str:
    r = request("GET", f"{base_url}/v1/fences/{FENCE}", timeout_s=5)
    return ((r.json() or {}).get("properties") or {}).get("name", "")


def test_store_ops_concurrency(perimeter_bin: str, broker_factory: BrokerFactory, codec: Codec, workdir: Path,
                               checks: Checks) -> None:
    """two instances, two uploads at once: one wins, the other gets 409; one catalog per version"""
    stack = Stack(perimeter_bin, broker_factory, workdir)

    def cleanup(failed: bool) -> None:
        stack.stop()
        if failed:
            stack.print_logs()

    with checks.stage("store_ops_concurrency", cleanup):
        stack.start_broker()
        env = {"PERIMETER_ADMIN_TOKEN": TOKEN}
        a = stack.start_perimeter("perimeter-a", group="perimeter-e2e", env=env)
        b = stack.start_perimeter("perimeter-b", group="perimeter-e2e", env=env)
        winners: dict[int, str] = {}
        decided_by_log = 0
        for round_ in range(ROUNDS):
            files = [named(f"A{round_}"), named(f"B{round_}")]
            status, preview = put(a.base_url, "?dry_run=true", files[0])
            base = preview.get("base_version")
            checks.check(f"round {round_}: the dry run answers 200 with base version {base}", status == 200,
                         str(preview))
            answers: list = [None, None]
            go = threading.Barrier(2)

            def publish(i: int, url: str) -> None:
                go.wait()
                answers[i] = put(url, f"?base_version={base}", files[i])

            threads = [threading.Thread(target=publish, args=(i, p.base_url)) for i, p in enumerate((a, b))]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            statuses = sorted(s for s, _ in answers)
            checks.check(f"round {round_}: one upload answers 200 and the other 409 (got {statuses})",
                         statuses == [200, 409], str(answers))
            if statuses != [200, 409]:
                continue
            w = 0 if answers[0][0] == 200 else 1
            won, lost = answers[w][1], answers[1 - w][1]
            winners[base + 1] = f"{'AB'[w]}{round_}"
            checks.check(f"round {round_}: the winner wrote version {base + 1}", won.get("version") == base + 1,
                         str(won))
            checks.check(
                f"round {round_}: the loser's 409 names version {base + 1} and diffs against the winner's fence",
                lost.get("error") == "conflict" and lost.get("current_version") == base + 1
                and lost.get("diff", {}).get("changed") == [FENCE], str(lost))
            for p in (a, b):
                want = winners[base + 1]
                ok = True
                try:
                    wait_for(f"{p.name} serves {want}", lambda p=p, want=want: served_name(p.base_url) == want, 20)
                except Exception as e:  # noqa: BLE001 (a check, not a stop)
                    ok = False
                    log(str(e))
                checks.check(f"round {round_}: {p.name} serves the winner's {FENCE} ({want})", ok)

        # The topic: per version, one commit, and the fence records only of
        # its winner.
        reader = OutputReader(stack.broker.bootstrap, {FENCES: next(t.partitions for t in TOPICS if t.name == FENCES)})
        reader.read_to_end(30)
        claims: dict[int, int] = defaultdict(int)
        commits: dict[int, int] = defaultdict(int)
        names: dict[int, list[str]] = defaultdict(list)
        versions_written: set[int] = set()
        log_partitions: set[int] = set()
        for r in reader.of(FENCES):
            kind = r.header(LOG_HEADER)
            if kind is not None:
                record = json.loads(r.value)
                if record["type"] == "claim":
                    claims[record["version"]] += 1
                elif record["type"] == "commit":
                    commits[record["version"]] += 1
                log_partitions.add(r.partition)
                continue
            if r.value is None:
                versions_written.add(int(r.header("perimeter-catalog-version") or b"0"))
                continue
            rec = codec.fence_pb.FenceRecord()
            rec.ParseFromString(r.value)
            versions_written.add(rec.catalog_version)
            if rec.fence.id == FENCE:
                names[rec.catalog_version].append(rec.fence.name)
        reader.close()
        checks.check("the version log is on partition 0 only", log_partitions == {0}, str(log_partitions))
        decided_by_log = sum(1 for v in winners if claims[v] == 2)
        for version, name in sorted(winners.items()):
            checks.check(f"version {version}: one commit on the topic", commits[version] == 1, str(dict(commits)))
            checks.check(f"version {version}: its only {FENCE} record is the winner's ({name})",
                         names[version] == [name], str(names[version]))
        checks.check("every fence record belongs to a version some upload won",
                     versions_written <= set(winners), f"{sorted(versions_written)} vs {sorted(winners)}")
        print(f"\nstore_ops_concurrency: {len(winners)} rounds, {decided_by_log} decided by two claims on the "
              f"version log, {len(winners) - decided_by_log} by the stated base version")
