"""A running Perimeter stack for the store-ops, Prometheus and
consent-before-pings tests: an Apache Kafka broker on free loopback ports
with its data in the test's temporary directory, the topics of topics.py,
and `perimeter run` with a config file written here, ready on /readyz.

    with Stack(perimeter_bin, broker_factory, workdir) as stack:
        stack.start_broker()
        stack.start_perimeter(admin="max_body_bytes = 2000000", env={...})
        ...

Leaving the block stops Perimeter (SIGTERM) and the broker; `print_logs()`
prints the last lines of their logs.
"""

from __future__ import annotations

import gc
import json
from pathlib import Path
from typing import Optional

from perimeter_e2e.kafka_io import Cluster, InputProducer
from perimeter_e2e.processes import ApacheKafka, BrokerFactory, Perimeter, free_port, log, wait_for
from perimeter_e2e.topics import TOPICS, TopicSpec

REPO = Path(__file__).resolve().parents[3]
SAMPLE_FENCES = REPO / "deploy" / "samples" / "fences.geojson"
SAMPLE_CAMPAIGNS = REPO / "deploy" / "samples" / "campaigns.toml"
READY_WAIT_S = 60.0


class Stack:
    """Apache Kafka + topics + one or more `perimeter run` processes."""

    def __init__(self, perimeter_bin: str, brokers: BrokerFactory, workdir: Path) -> None:
        self.perimeter_bin, self.brokers, self.workdir = perimeter_bin, brokers, workdir
        self.broker: Optional[ApacheKafka] = None
        self.cluster: Optional[Cluster] = None
        self.producer: Optional[InputProducer] = None
        self.perimeters: list[Perimeter] = []

    def __enter__(self) -> "Stack":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def perimeter(self) -> Perimeter:
        """The first Perimeter started."""
        return self.perimeters[0]

    def start_broker(self, topics: list[TopicSpec] = TOPICS, properties: Optional[dict[str, str]] = None) -> None:
        """Starts the broker (with `properties` beyond the harness's
        defaults) and creates `topics` (by default topics.TOPICS)."""
        self.broker = self.brokers(self.workdir / "kafka", self.workdir / "kafka.log", properties=properties)
        self.broker.wait_ready()
        self.cluster = Cluster(self.broker.bootstrap)
        self.cluster.create_topics(topics)
        log(f"Apache Kafka {self.brokers.dist.version} answers on {self.broker.bootstrap}; topics created: "
            + ", ".join(t.name for t in topics))

    def input_producer(self) -> InputProducer:
        """The test's batching, idempotent producer (see kafka_io)."""
        if self.producer is None:
            self.producer = InputProducer(self.broker.bootstrap)
        return self.producer

    def start_perimeter(
        self,
        name: str = "perimeter",
        group: str = "perimeter-e2e",
        admin: str = "",
        env: Optional[dict[str, str]] = None,
        campaigns: Path = SAMPLE_CAMPAIGNS,
        pings_format: str = "protobuf",
        log_format: str = "text",
    ) -> Perimeter:
        """Writes `NAME.toml` (with `admin` as the body of its [admin]
        section, `pings_format` as pings.format, logs in `log_format`) and
        starts `perimeter run --config NAME.toml` with `env`
        added to its environment; waits for /readyz."""
        http_port = free_port()
        config = self.workdir / f"{name}.toml"
        config.write_text(
            f"""[kafka]
brokers = "{self.broker.bootstrap}"
group_id = "{group}"

[offers]
campaigns = {json.dumps(str(campaigns))}

[http]
listen = "127.0.0.1:{http_port}"

[pings]
format = "{pings_format}"

[log]
format = "{log_format}"

[admin]
{admin}
"""
        )
        p = Perimeter(self.perimeter_bin, config, http_port, self.workdir / f"{name}.log", extra_env=env)
        p.name = name
        self.perimeters.append(p)
        wait_for(f"{name}: GET /readyz == 200", p.ready, READY_WAIT_S, alive=p.assert_running)
        log(f"{name} is ready on {p.base_url}")
        return p

    def stop(self) -> None:
        """Stops every Perimeter (SIGTERM, then SIGKILL) and the broker."""
        for p in self.perimeters:
            if p.terminate(15) is None:
                log(f"{p.name} did not exit within 15 s of SIGTERM; killed")
        # Drop the Kafka clients before the broker goes, so that librdkafka
        # does not log its disappearance.
        self.producer = self.cluster = None
        gc.collect()
        if self.broker is not None:
            self.broker.terminate(15)

    def print_logs(self) -> None:
        """The last lines of every process's log."""
        for proc in (*self.perimeters, self.broker):
            if proc is not None:
                print(f"\n--- last lines of {proc.name}'s log ({proc.log_path}) ---\n{proc.log_tail()}")
