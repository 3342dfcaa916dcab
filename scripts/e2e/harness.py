"""Processes and small utilities of the end-to-end test: the Tansu broker,
the perimeter binary, free ports, HTTP probes, protobuf code generation and
waiting on conditions (never bare sleeps)."""

from __future__ import annotations

import importlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Callable, Optional, TypeVar

T = TypeVar("T")

_STARTED = time.monotonic()


def log(message: str) -> None:
    """Prints a progress line with the seconds since the test started."""
    print(f"[{time.monotonic() - _STARTED:6.1f}s] {message}", flush=True)


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


def http_get(url: str, timeout_s: float = 2.0) -> tuple[int, str]:
    """(status, body) of a GET; status 0 when nothing answered."""
    try:
        with urllib.request.urlopen(url, timeout=timeout_s) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError, socket.timeout, OSError):
        return 0, ""


def generate_protobuf_modules(proto_dir: Path, out_dir: Path) -> None:
    """Compiles proto/perimeter/v1/*.proto into Python modules under
    `out_dir` (grpcio-tools' bundled protoc) and puts them on sys.path as
    the package `perimeter.v1`. Nothing generated is committed."""
    from grpc_tools import protoc  # the venv's; imported late on purpose

    protos = sorted(str(p) for p in (proto_dir / "perimeter" / "v1").glob("*.proto"))
    if not protos:
        raise RuntimeError(f"no .proto files under {proto_dir}/perimeter/v1")
    out_dir.mkdir(parents=True, exist_ok=True)
    code = protoc.main(["grpc_tools.protoc", f"-I{proto_dir}", f"--python_out={out_dir}", *protos])
    if code != 0:
        raise RuntimeError(f"protoc failed with exit code {code}")
    sys.path.insert(0, str(out_dir))
    importlib.invalidate_caches()


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


class Tansu(ManagedProcess):
    """The Tansu broker with in-memory storage on a loopback port.

    It reads a .env file from its working directory, so it runs in an empty
    directory of its own. It listens on IPv4 only: it advertises 127.0.0.1,
    never localhost."""

    def __init__(self, binary: str, port: int, workdir: Path, log_path: Path):
        workdir.mkdir(parents=True, exist_ok=False)
        self.bootstrap = f"127.0.0.1:{port}"
        url = f"tcp://127.0.0.1:{port}"
        super().__init__(
            "tansu",
            [binary, "broker", "--storage-engine", "memory://tansu/", "--listener-url", url,
             "--advertised-listener-url", url],
            workdir,
            log_path,
        )


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
        return http_get(f"{self.base_url}/readyz")[0] == 200

    def healthy(self) -> bool:
        return http_get(f"{self.base_url}/healthz")[0] == 200

    def metrics(self) -> str:
        status, body = http_get(f"{self.base_url}/metrics")
        if status != 200:
            raise RuntimeError(f"GET /metrics answered {status}")
        return body


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


# --- Added for the crash and soak tests (scripts/e2e/crash.py, soak_churn.py) ---


class TansuWithStorage(ManagedProcess):
    """Tansu with a storage engine of the caller's choice, e.g.
    `sqlite://data/tansu.db` (relative to `workdir`, which must hold a
    `data` directory) or `memory://tansu/`. Unlike `Tansu`, `workdir` may
    already exist, so a second instance can start on the same directory
    and storage once the first has stopped (a broker restart)."""

    def __init__(self, binary: str, port: int, workdir: Path, log_path: Path, storage_url: str):
        workdir.mkdir(parents=True, exist_ok=True)
        self.bootstrap = f"127.0.0.1:{port}"
        self.storage_url = storage_url
        url = f"tcp://127.0.0.1:{port}"
        super().__init__(
            "tansu",
            [binary, "broker", "--storage-engine", storage_url, "--listener-url", url,
             "--advertised-listener-url", url],
            workdir,
            log_path,
        )


def rss_kib(pid: int) -> int:
    """Resident set size of process `pid` in KiB (VmRSS of /proc/PID/status)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS in /proc/{pid}/status")
