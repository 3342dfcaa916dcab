"""One Apache Kafka broker (processes.ApacheKafka: KRaft, one node, loopback
listeners) for a caller that is not a Python test, e.g.
scripts/bench_broker.sh: starts it in a fresh temporary directory, waits
until it answers a metadata request, prints `bootstrap=HOST:PORT` and
`pid=PID` (the broker's JVM) on stdout, and then waits. SIGTERM, SIGHUP or
Ctrl-C stop the broker (a controlled shutdown) and remove the directory
(unless --keep); if this process is killed outright, the broker gets
SIGKILL (setpriv --pdeathsig, see processes._spawn).

Usage (from scripts/e2e): python -B -m perimeter_e2e.broker --kafka DIR [--java JAVA] [--heap 1g]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from . import processes as harness
from .processes import ApacheKafka, log


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    harness.add_kafka_arguments(parser)
    parser.add_argument("--heap", default="1g", help="the broker's -Xmx")
    parser.add_argument("--keep", action="store_true", help="keep the directory (data, server.properties, kafka.log)")
    args = parser.parse_args()
    harness.interrupt_on_termination()
    workdir = Path(tempfile.mkdtemp(prefix="perimeter-broker-"))
    broker = None
    try:
        broker = ApacheKafka(harness.kafka_distribution(args), workdir, workdir / "kafka.log", heap=args.heap)
        broker.wait_ready()
        log(f"Apache Kafka {broker.dist.version} ready on {broker.bootstrap} (pid {broker.process.pid}, log {broker.log_path})")
        print(f"bootstrap={broker.bootstrap}", flush=True)
        print(f"pid={broker.process.pid}", flush=True)
        # Until a signal arrives (KeyboardInterrupt) or the broker dies.
        broker.process.wait()
        log(f"the broker exited with code {broker.process.returncode}:\n{broker.log_tail()}")
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        if broker is not None:
            code = broker.terminate(60)
            log(f"broker stopped (exit code {code})")
        if args.keep:
            log(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
