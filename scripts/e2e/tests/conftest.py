"""Fixtures and options of Perimeter's end-to-end stages.

Each stage is one test module; a stage makes many named checks (a
PASS/FAIL line each, `perimeter_e2e.checks`) and fails its test if any
failed. scripts/e2e.sh and scripts/e2e_crash.sh install what the stages
need and run them; to run one stage directly (after one of those scripts
has installed Kafka and the virtualenv, and built the binary):

    cd scripts/e2e && ~/.cache/perimeter/e2e-venv/bin/python -m pytest -s tests/test_compaction.py

The binary, the broker and the proto files are found as the scripts find
them; the options below override that.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Iterator

import pytest

from perimeter_e2e import processes
from perimeter_e2e.checks import Checks
from perimeter_e2e.codecs import Codec, generate_protobuf_modules
from perimeter_e2e.processes import BrokerFactory, KafkaDistribution

REPO = Path(__file__).resolve().parents[3]
E2E = REPO / "scripts" / "e2e"


def pytest_addoption(parser: pytest.Parser) -> None:
    tools = parser.getgroup("perimeter", "Perimeter end-to-end: what the stages run")
    tools.addoption("--perimeter", help="the perimeter binary (default: the debug build of `cargo metadata`'s "
                    "target directory, or PERIMETER_E2E_PROFILE's)")
    tools.addoption("--kafka", type=Path, help="the Apache Kafka installation, a directory with libs/*.jar "
                    "(default: PERIMETER_E2E_KAFKA, else scripts/e2e/setup.sh's cache)")
    tools.addoption("--java", help="java 17 or newer for the broker (default: $JAVA_HOME/bin/java, else java)")
    tools.addoption("--proto-dir", type=Path, default=REPO / "proto", help="the proto/ directory")
    tools.addoption("--prometheus", default=shutil.which("prometheus") or "/usr/bin/prometheus",
                    help="the prometheus binary of the prometheus_scrape stage")
    tools.addoption("--keep", action="store_true",
                    help="keep each stage's temp dir (logs, configs) afterwards; a failed stage's is always kept")

    crash = parser.getgroup("crash", "the crash stage (tests/test_crash.py; scripts/e2e_crash.sh passes its "
                            "options as --crash-*)")
    crash.addoption("--crash-seed", type=int, default=20251126, help="seed of the population and of the faults")
    crash.addoption("--crash-kills", type=int, default=24, help="SIGKILLs in run B (at least 20)")
    crash.addoption("--crash-broker-restarts", type=int, default=3, help="broker restarts in run C")
    crash.addoption("--crash-runs", default="ABCD",
                    help="which runs: A (reference), B (SIGKILLs), C (broker restarts), D (output stall); "
                         "B and C bring A along (default ABCD)")
    crash.addoption("--crash-skip-broker-restart", action="store_true", help="skip run C")
    crash.addoption("--crash-skip-output-stall", action="store_true",
                    help="skip run D (events unacknowledged while the changelog is acknowledged)")

    rebalance = parser.getgroup("rebalance", "the rebalancing stage (tests/test_rebalance.py)")
    rebalance.addoption("--rebalance-seed", type=int, default=20260301, help="seed of the population")
    rebalance.addoption("--rebalance-rate", type=float, default=400.0,
                        help="pings per second while instances join and leave")
    rebalance.addoption("--rebalance-modes", default="eager,cooperative,static",
                        help="eager, cooperative, static, or several (comma separated)")
    rebalance.addoption("--rebalance-kafka-property", action="append", default=[], metavar="NAME=VALUE",
                        help="a librdkafka property for the instances of every mode (repeatable), e.g. "
                             "heartbeat.interval.ms=1000")

    revoke = parser.getgroup("revoke_then_ping", "the consent-before-pings stage (tests/test_revoke_then_ping.py)")
    revoke.addoption("--revoke-pairs", type=int, default=1000, help="revocation pairs (half location, half offers)")
    revoke.addoption("--revoke-grant-pairs", type=int, default=200, help="grant-then-ping pairs")
    revoke.addoption("--revoke-wave", type=int, default=24, help="most consent updates per batch wave")
    revoke.addoption("--revoke-seed", type=int, default=7, help="shuffles the kinds of pairs")

    store_ops = parser.getgroup("store_ops_ui", "the store-ops stage (tests/test_store_ops_ui.py)")
    store_ops.addoption("--store-ops-artifacts", type=Path, default=REPO / "target" / "test-artifacts" / "store-ops",
                        help="where screenshots go (default: target/test-artifacts/store-ops/)")
    store_ops.addoption("--store-ops-update-docs", action="store_true",
                        help="also copy the screenshots to docs/images/")

    soak = parser.getgroup("soak", "the soak runs (tests/test_soak.py, marker soak: `-m soak`)")
    soak.addoption("--soak-minutes", type=float, default=10.0, help="how long each soak runs")


def pytest_configure(config: pytest.Config) -> None:
    # SIGTERM and SIGHUP stop the run like Ctrl-C: every stage's cleanup
    # stops the broker and Perimeter it started.
    processes.interrupt_on_termination()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    """Remembers whether a test's body failed, for `workdir` to keep its
    files."""
    report = yield
    if report.when == "call" and report.failed:
        item.stash[FAILED] = True
    return report


FAILED = pytest.StashKey[bool]()


# -- what the stages run ------------------------------------------------------


def _cargo_perimeter() -> Path:
    """The perimeter binary scripts/e2e/setup.sh builds: PROFILE/perimeter
    in cargo's target directory (CARGO_TARGET_DIR and cargo's configuration
    honoured)."""
    profile = os.environ.get("PERIMETER_E2E_PROFILE", "debug")
    try:
        metadata = subprocess.run(["cargo", "metadata", "--format-version", "1", "--no-deps"], cwd=REPO,
                                  capture_output=True, text=True, check=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError) as e:
        raise pytest.UsageError(f"--perimeter not given and `cargo metadata` failed: {e}") from e
    return Path(json.loads(metadata)["target_directory"]) / profile / "perimeter"


@pytest.fixture(scope="session")
def perimeter_bin(pytestconfig: pytest.Config) -> str:
    """The perimeter binary, an absolute path (the processes run in
    temporary directories)."""
    given = pytestconfig.getoption("perimeter")
    binary = Path(given).resolve() if given else _cargo_perimeter()
    if not os.access(binary, os.X_OK):
        pytest.fail(f"no perimeter binary at {binary}: build it (cargo build -p perimeter) or pass --perimeter",
                    pytrace=False)
    return str(binary)


def _default_kafka() -> Path:
    """scripts/e2e/setup.sh's Kafka: PERIMETER_E2E_KAFKA, else the cache
    directory named after the version of scripts/e2e/kafka/pom.xml."""
    if os.environ.get("PERIMETER_E2E_KAFKA"):
        return Path(os.environ["PERIMETER_E2E_KAFKA"])
    pom = (E2E / "kafka" / "pom.xml").read_text("utf-8")
    version = pom.split("<kafka.version>", 1)[1].split("</kafka.version>", 1)[0]
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "perimeter" / f"kafka-{version}"


@pytest.fixture(scope="session")
def kafka_dist(pytestconfig: pytest.Config) -> KafkaDistribution:
    """The Apache Kafka distribution and the java that runs it."""
    home = (pytestconfig.getoption("kafka") or _default_kafka()).resolve()
    if not any(home.glob("libs/kafka_2.13-*.jar")):
        pytest.fail(f"no Apache Kafka in {home} (libs/kafka_2.13-*.jar): run scripts/e2e.sh once, or pass --kafka",
                    pytrace=False)
    java = pytestconfig.getoption("java")
    if not java:
        home_java = Path(os.environ.get("JAVA_HOME", "/nonexistent")) / "bin" / "java"
        java = str(home_java) if os.access(home_java, os.X_OK) else shutil.which("java") or "java"
    return KafkaDistribution(home, java)


@pytest.fixture(scope="session")
def proto_dir(pytestconfig: pytest.Config) -> Path:
    """The proto/ directory the codecs are generated from."""
    return pytestconfig.getoption("proto_dir").resolve()


@pytest.fixture(scope="session")
def codec(proto_dir: Path) -> Iterator[Codec]:
    """Encoders and decoders on protobuf classes generated from `proto_dir`
    once per session, into a temporary directory (the package
    `perimeter.v1`, importable once this fixture ran)."""
    out = Path(tempfile.mkdtemp(prefix="perimeter-e2e-proto-"))
    try:
        generate_protobuf_modules(proto_dir, out)
        yield Codec()
    finally:
        shutil.rmtree(out, ignore_errors=True)


@pytest.fixture
def broker_factory(kafka_dist: KafkaDistribution) -> Iterator[BrokerFactory]:
    """Starts brokers (`ApacheKafka`) of `kafka_dist`; kills any left
    running when the test ends."""
    factory = BrokerFactory(kafka_dist)
    try:
        yield factory
    finally:
        factory.close()


# -- each stage's files and checks -------------------------------------------


@pytest.fixture(scope="session")
def keep(pytestconfig: pytest.Config) -> bool:
    """--keep: every stage's temp dir stays."""
    return bool(pytestconfig.getoption("keep"))


@pytest.fixture
def workdir(request: pytest.FixtureRequest, keep: bool) -> Iterator[Path]:
    """The stage's temporary directory (broker data, configs, logs),
    removed afterwards unless --keep or the stage failed."""
    stage = request.node.name.removeprefix("test_").replace("[", "-").rstrip("]").replace("_", "-")
    path = Path(tempfile.mkdtemp(prefix=f"perimeter-{stage}-"))
    yield path
    if keep or request.node.stash.get(FAILED, False):
        print(f"kept {path}")
    else:
        shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def checks() -> Checks:
    """The stage's PASS/FAIL collector; `checks.stage(...)` turns its
    verdict into the test's."""
    return Checks()


@pytest.fixture(autouse=True)
def stage_banner(request: pytest.FixtureRequest) -> None:
    """Says which stage starts, with the first line of its docstring, and
    counts the progress lines' seconds from there."""
    doc = (request.function.__doc__ or "").strip().splitlines()
    print(f"\n== {request.node.nodeid}" + (f": {doc[0]}" if doc else ""), flush=True)
    processes.restart_clock()
