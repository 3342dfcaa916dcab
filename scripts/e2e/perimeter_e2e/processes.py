"""The processes of the end-to-end tests and waiting on them: the Apache
Kafka broker, the perimeter binary, any other child the tests start
(`ManagedProcess`), free ports, and waiting on conditions (never bare
sleeps)."""

from __future__ import annotations

import base64
import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, TypeVar

from perimeter_e2e import http_client

T = TypeVar("T")

_STARTED = time.monotonic()


def log(message: str) -> None:
    """Prints a progress line with the seconds since the test started."""
    print(f"[{time.monotonic() - _STARTED:6.1f}s] {message}", flush=True)


def restart_clock() -> None:
    """Counts `log`'s seconds from now: each stage's from its start."""
    global _STARTED  # noqa: PLW0603 (one clock for the progress lines)
    _STARTED = time.monotonic()


def interrupt_on_termination() -> None:
    """SIGTERM and SIGHUP raise KeyboardInterrupt, so that a test's
    `finally` stops the broker and Perimeter it started."""

    def stop(signum, _frame):  # noqa: ANN001
        raise KeyboardInterrupt(f"signal {signum}")

    for s in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(s, stop)


def now_ms() -> int:
    """The system clock in milliseconds since the Unix epoch (Perimeter's
    processing clock in run mode)."""
    return time.time_ns() // 1_000_000


def free_port() -> int:
    """A loopback TCP port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def accepts(port: int) -> bool:
    """Whether something accepts TCP connections on 127.0.0.1:`port`."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def wait_for(
    what: str,
    probe: Callable[[], Optional[T]],
    timeout_s: float,
    interval_s: float = 0.2,
    alive: Optional[Callable[[], None]] = None,
) -> T:
    """Calls `probe` until it returns something other than None/False and
    returns that; raises TimeoutError naming `what` after `timeout_s`.
    `alive` is called between attempts to fail fast (e.g. a process died)."""
    deadline = time.monotonic() + timeout_s
    while True:
        result = probe()
        if result is not None and result is not False:
            return result
        if alive is not None:
            alive()
        if time.monotonic() >= deadline:
            raise TimeoutError(f"timed out after {timeout_s:.0f} s waiting for {what}")
        time.sleep(interval_s)


def _spawn(argv: list[str], cwd: Path, log_path: Path, env: Optional[dict[str, str]] = None) -> subprocess.Popen:
    """Starts a child with stdout and stderr to `log_path`. With setpriv
    (util-linux) the child gets SIGKILL if this test dies without cleaning
    up, so no broker or processor outlives a killed test."""
    if shutil.which("setpriv"):
        argv = ["setpriv", "--pdeathsig", "KILL", "--", *argv]
    out = open(log_path, "wb")  # noqa: SIM115 (kept open for the child's life)
    try:
        return subprocess.Popen(argv, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, env=env)
    finally:
        out.close()  # the child holds its own descriptor


def _tail(path: Path, lines: int = 40) -> str:
    try:
        text = path.read_text("utf-8", "replace").splitlines()
    except OSError:
        return "(no log)"
    return "\n".join(text[-lines:])


class ManagedProcess:
    """A child process this test started and must stop."""

    def __init__(self, name: str, argv: list[str], cwd: Path, log_path: Path, env: Optional[dict[str, str]] = None):
        self.name = name
        self.log_path = log_path
        self.process = _spawn(argv, cwd, log_path, env)

    def assert_running(self) -> None:
        """Raises if the process has exited."""
        code = self.process.poll()
        if code is not None:
            raise RuntimeError(f"{self.name} exited early with code {code}; last log lines:\n{self.log_tail()}")

    def log_tail(self, lines: int = 40) -> str:
        return _tail(self.log_path, lines)

    def terminate(self, timeout_s: float) -> Optional[int]:
        """SIGTERM, then waits up to `timeout_s`; returns the exit code, or
        None if it did not exit in time (it is then killed)."""
        if self.process.poll() is not None:
            return self.process.returncode
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            self.kill()
            return None

    def kill(self) -> None:
        """SIGKILL if still running, and reap."""
        if self.process.poll() is None:
            self.process.kill()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass


@dataclass(frozen=True)
class KafkaDistribution:
    """An Apache Kafka installation: the jars scripts/e2e/setup.sh copied
    from Maven Central into `home`/libs (scripts/e2e/kafka/pom.xml), and the
    `java` (17 or newer) that runs them."""

    home: Path
    java: str

    @property
    def classpath(self) -> str:
        return str(self.home / "libs" / "*")

    @property
    def version(self) -> str:
        """The broker's version, from the name of its jar."""
        jars = sorted(self.home.glob("libs/kafka_2.13-*.jar"))
        if not jars:
            raise RuntimeError(f"no kafka_2.13 jar in {self.home / 'libs'}: run scripts/e2e/setup.sh")
        return jars[-1].name.removeprefix("kafka_2.13-").removesuffix(".jar")


def add_kafka_arguments(parser) -> None:  # noqa: ANN001 (argparse.ArgumentParser)
    """--kafka and --java, the broker a soak script starts (the pytest
    stages get theirs from tests/conftest.py)."""
    parser.add_argument("--kafka", required=True, type=Path,
                        help="the Apache Kafka installation (a directory with libs/*.jar; scripts/e2e/setup.sh)")
    parser.add_argument("--java", default=shutil.which("java") or "java", help="java 17 or newer for the broker")


def kafka_distribution(args) -> KafkaDistribution:  # noqa: ANN001 (argparse.Namespace)
    return KafkaDistribution(args.kafka.resolve(), args.java)


BROKER_LOGGING = """# Written by scripts/e2e/perimeter_e2e/processes.py: the broker logs to
# stdout, which the test sends to a file of its workdir.
rootLogger.level = {level}
rootLogger.appenderRef.stdout.ref = STDOUT
appender.stdout.type = Console
appender.stdout.name = STDOUT
appender.stdout.layout.type = PatternLayout
appender.stdout.layout.pattern = [%d] %p %m (%c)%n
# Every client and server prints its whole configuration at INFO.
logger.config.name = org.apache.kafka.common.config.AbstractConfig
logger.config.level = WARN
logger.state.name = state.change.logger
logger.state.level = WARN
"""


class ApacheKafka(ManagedProcess):
    """One Apache Kafka broker in KRaft mode: broker and controller in one
    JVM (node 1, a single-voter quorum), PLAINTEXT on loopback, the log
    directory `workdir`/data.

    The first instance on a `workdir` writes server.properties and formats
    the storage (StorageTool, --standalone); an instance started later on
    the same `workdir`, with the same ports, after the previous one stopped
    (SIGTERM or SIGKILL), runs on the same data and cluster id: a broker
    restart. `properties` add to or replace the defaults below, e.g. the
    log cleaner's tuning. `advertised_port` (default `port`) is the
    address clients are told to use, e.g. a proxy's."""

    CLEAN_EXIT_CODES = (0, 143)
    """SIGTERM runs the broker's shutdown hook (a controlled shutdown, logs
    flushed); the JVM then exits with 128 + 15."""

    DEFAULTS = {
        "process.roles": "broker,controller",
        "node.id": "1",
        "controller.listener.names": "CONTROLLER",
        "inter.broker.listener.name": "PLAINTEXT",
        "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        # One node: every internal topic with one replica.
        "offsets.topic.replication.factor": "1",
        "transaction.state.log.replication.factor": "1",
        "transaction.state.log.min.isr": "1",
        "share.coordinator.state.topic.replication.factor": "1",
        "share.coordinator.state.topic.min.isr": "1",
        # One partition each instead of 50: a faster first group join and
        # fewer files; a group's semantics do not depend on it.
        "offsets.topic.num.partitions": "1",
        "transaction.state.log.num.partitions": "1",
        "group.initial.rebalance.delay.ms": "0",
        # The tests create every topic with the partitions and configs
        # Perimeter documents; a topic nobody created is a mistake.
        "auto.create.topics.enable": "false",
        # The log cleaner's offset map: 128 MiB by default, allocated at
        # startup; the tests' compacted topics hold a few thousand keys.
        "log.cleaner.dedupe.buffer.size": str(16 * 1024 * 1024),
    }

    def __init__(
        self,
        dist: KafkaDistribution,
        workdir: Path,
        log_path: Path,
        port: Optional[int] = None,
        controller_port: Optional[int] = None,
        advertised_port: Optional[int] = None,
        properties: Optional[dict[str, str]] = None,
        heap: str = "512m",
    ):
        workdir.mkdir(parents=True, exist_ok=True)
        self.dist, self.workdir = dist, workdir
        self.port = port or free_port()
        self.controller_port = controller_port or free_port()
        self.advertised_port = advertised_port or self.port
        self.properties = dict(properties or {})
        self.bootstrap = f"127.0.0.1:{self.advertised_port}"
        data = workdir / "data"
        config = {
            **self.DEFAULTS,
            "listeners": f"PLAINTEXT://127.0.0.1:{self.port},CONTROLLER://127.0.0.1:{self.controller_port}",
            "advertised.listeners": (
                f"PLAINTEXT://127.0.0.1:{self.advertised_port},CONTROLLER://127.0.0.1:{self.controller_port}"
            ),
            "controller.quorum.bootstrap.servers": f"127.0.0.1:{self.controller_port}",
            "log.dirs": str(data),
            **self.properties,
        }
        server_properties = workdir / "server.properties"
        server_properties.write_text(
            "# Written by scripts/e2e/perimeter_e2e/processes.py (ApacheKafka).\n"
            + "".join(f"{k}={v}\n" for k, v in config.items())
        )
        for name, level in (("log4j2.properties", "INFO"), ("log4j2-tools.properties", "WARN")):
            (workdir / name).write_text(BROKER_LOGGING.format(level=level))
        jvm = [
            dist.java,
            f"-Xmx{heap}",
            "-Xms128m",
            # kafka-run-class.sh's garbage collector settings.
            "-XX:+UseG1GC",
            "-XX:MaxGCPauseMillis=20",
            "-XX:InitiatingHeapOccupancyPercent=35",
            "-XX:+ExplicitGCInvokesConcurrent",
            "-Djava.awt.headless=true",
            "-cp",
            dist.classpath,
        ]
        if not (data / "meta.properties").exists():
            self._format(jvm, server_properties, workdir / "format.log")
        super().__init__(
            "kafka",
            [*jvm, f"-Dlog4j2.configurationFile={workdir / 'log4j2.properties'}", "kafka.Kafka",
             str(server_properties)],
            workdir,
            log_path,
        )

    @staticmethod
    def _format(jvm: list[str], server_properties: Path, log_path: Path) -> None:
        """Formats the log directory as a new single-node cluster, this node
        its only controller (`--standalone`)."""
        cluster_id = "-"
        while cluster_id.startswith("-"):  # as Kafka's own Uuid.randomUuid: not an option to the tool
            cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        tools_logging = server_properties.parent / "log4j2-tools.properties"
        argv = [*jvm, f"-Dlog4j2.configurationFile={tools_logging}", "kafka.tools.StorageTool", "format",
                "--cluster-id", cluster_id, "--config", str(server_properties), "--standalone"]
        with open(log_path, "wb") as out:
            code = subprocess.run(argv, stdout=out, stderr=subprocess.STDOUT, timeout=120).returncode
        if code != 0:
            raise RuntimeError(f"kafka-storage format failed with exit code {code}:\n{_tail(log_path)}")

    def wait_ready(self, timeout_s: float = 60.0) -> None:
        """Waits until the broker answers a metadata request naming itself
        (it is then registered with its controller and unfenced)."""
        from perimeter_e2e.kafka_io import Cluster  # confluent-kafka: the venv's

        wait_for(f"Kafka to listen on {self.port}", lambda: accepts(self.port), timeout_s, alive=self.assert_running)
        cluster = Cluster(self.bootstrap)
        wait_for("Kafka to answer a metadata request", cluster.answers, timeout_s, alive=self.assert_running)


class Perimeter(ManagedProcess):
    """`perimeter run --config FILE`, with its HTTP endpoints."""

    def __init__(
        self, binary: str, config: Path, http_port: int, log_path: Path, extra_env: Optional[dict[str, str]] = None
    ):
        self.base_url = f"http://127.0.0.1:{http_port}"
        # PERIMETER_* variables override the config file: none may leak in
        # from the caller's environment (only `extra_env`, given on purpose,
        # e.g. PERIMETER_ADMIN_TOKEN).
        env = {k: v for k, v in os.environ.items() if not k.startswith("PERIMETER_")}
        env.setdefault("RUST_LOG", "info")
        env.setdefault("NO_COLOR", "1")  # plain log file
        env.update(extra_env or {})
        super().__init__("perimeter", [binary, "run", "--config", str(config)], config.parent, log_path, env)

    def ready(self) -> bool:
        return http_client.get(f"{self.base_url}/readyz").status == 200

    def healthy(self) -> bool:
        return http_client.get(f"{self.base_url}/healthz").status == 200

    def metrics(self) -> str:
        response = http_client.get(f"{self.base_url}/metrics")
        if response.status != 200:
            raise RuntimeError(f"GET /metrics answered {response.status}")
        return response.body

    def stuck_report(self, path: Path) -> str:
        """What the processor is doing, for a wait on it that timed out:
        writes its /metrics and every thread's stack (with gdb, when the
        machine has it) to `path`, and returns a few lines to print: each
        of Perimeter's own threads with its innermost frames in Perimeter's
        crates (where it waits), and the metrics that say whether it moves."""
        parts, summary = [], []
        try:
            text = self.metrics()
            parts.append(text)
            keep = ("perimeter_stream_pings_total", "perimeter_kafka_transactions_total",
                    "perimeter_kafka_rebalances_total", "perimeter_consent_lag_records",
                    "perimeter_kafka_assigned_partitions", "perimeter_kafka_consumer_lag_records")
            summary += [line for line in text.splitlines() if line.startswith(keep)]
        except Exception as e:  # noqa: BLE001 (a report, never a second failure)
            summary.append(f"no metrics: {e}")
        gdb = shutil.which("gdb")
        if gdb and self.process.poll() is None:
            try:
                stacks = subprocess.run(
                    [gdb, "-p", str(self.process.pid), "-batch", "-ex", "thread apply all bt"],
                    capture_output=True, text=True, timeout=120,
                ).stdout
                parts.append(stacks)
                summary += _own_frames(stacks)
            except (OSError, subprocess.SubprocessError) as e:
                summary.append(f"no thread stacks: {e}")
        elif not gdb:
            summary.append("no thread stacks: gdb is not installed")
        path.write_text("\n\n".join(parts))
        summary.append(f"(metrics and every thread's stack in {path})")
        return "\n".join(summary)


def _own_frames(stacks: str, depth: int = 4) -> list[str]:
    """From gdb's `thread apply all bt`: per thread named perimeter-*, its
    `depth` innermost frames in Perimeter's crates."""
    lines, frames, name = [], [], None

    def flush() -> None:
        if name is not None:
            lines.append(f"thread {name}: " + (" <- ".join(frames) if frames else "(no frame of Perimeter)"))

    for line in stacks.splitlines():
        if line.startswith("Thread "):
            flush()
            quoted = line.split('"')
            name = quoted[1] if len(quoted) > 2 and quoted[1].startswith("perimeter") else None
            frames = []
        elif name is not None and line.startswith("#") and len(frames) < depth:
            words = line.split()
            fn = next((w for w in words if w.startswith(("perimeter_stream::", "perimeter::", "perimeter_"))), None)
            if fn is not None:
                frames.append(fn)
    flush()
    return lines


def metric_values(text: str, name: str) -> dict[str, float]:
    """Values of the Prometheus metric `name` in exposition `text`, keyed by
    the label part (`'{outcome="dlq"}'`, or `''` without labels)."""
    values = {}
    for line in text.splitlines():
        if line.startswith("#") or not line.startswith(name):
            continue
        head, _, value = line.rpartition(" ")
        rest = head[len(name):]
        if rest and not rest.startswith("{"):
            continue  # another metric sharing the prefix (name_bucket, ...)
        values[rest] = float(value)
    return values


def rss_kib(pid: int) -> int:
    """Resident set size of process `pid` in KiB (VmRSS of /proc/PID/status)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS in /proc/{pid}/status")


class BrokerFactory:
    """Starts Apache Kafka brokers of one distribution (`ApacheKafka`'s
    arguments but the distribution) and, at `close`, kills any that is
    still running: a stage that stops early leaves no broker behind."""

    def __init__(self, dist: KafkaDistribution) -> None:
        self.dist = dist
        self.started: list[ApacheKafka] = []

    def __call__(self, workdir: Path, log_path: Path, **kwargs: object) -> ApacheKafka:
        broker = ApacheKafka(self.dist, workdir, log_path, **kwargs)
        self.started.append(broker)
        return broker

    def close(self) -> None:
        for broker in self.started:
            broker.kill()

