"""Kafka plumbing for the end-to-end test, on confluent-kafka (librdkafka):
an independent client, not Perimeter's own code.

Tansu 0.6.0 reports a partition's high watermark as the base offset of its
last record batch + 1, so a batch of several records leaves the reported
end short of the real one. This module therefore never trusts high
watermarks:

- inputs are produced one record per request (`InputProducer`), and the
  end offset of every partition is taken from the delivery reports;
- outputs are read up to a *barrier*: a sentinel record this client writes
  to every partition after the fact, so everything before it has been
  read once the sentinel has (`OutputReader.read_through_barrier`).
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from typing import Optional

from confluent_kafka import Consumer, KafkaError, KafkaException, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

BARRIER_KEY = b"__perimeter_e2e_barrier__"
BARRIER_HEADER = "perimeter.e2e.barrier"


@dataclass(frozen=True)
class TopicSpec:
    """A topic to create."""

    name: str
    partitions: int
    compacted: bool = False


@dataclass(frozen=True)
class Record:
    """One record read back, with everything the checks look at."""

    topic: str
    partition: int
    offset: int
    key: Optional[bytes]
    value: Optional[bytes]
    headers: tuple[tuple[str, bytes], ...]

    def header(self, name: str) -> Optional[bytes]:
        """The value of the first header called `name`."""
        return next((v for k, v in self.headers if k == name), None)


class Cluster:
    """Admin operations against the broker."""

    def __init__(self, bootstrap: str) -> None:
        self.bootstrap = bootstrap
        self.admin = AdminClient({"bootstrap.servers": bootstrap})

    def answers(self) -> bool:
        """Whether the broker answers a metadata request with itself in it."""
        try:
            return bool(self.admin.list_topics(timeout=1).brokers)
        except KafkaException:
            return False

    def create_topics(self, specs: list[TopicSpec]) -> list[str]:
        """Creates the topics; compacted ones with cleanup.policy=compact.
        Returns notes about settings the broker refused (then the topic is
        created without them)."""
        notes = []
        for spec in specs:
            config = {"cleanup.policy": "compact"} if spec.compacted else {}
            try:
                self._create(spec, config)
            except KafkaException as e:
                if not config:
                    raise
                notes.append(f"{spec.name}: cleanup.policy=compact refused ({e}); created without it")
                self._create(spec, {})
        return notes

    def _create(self, spec: TopicSpec, config: dict[str, str]) -> None:
        topic = NewTopic(spec.name, num_partitions=spec.partitions, replication_factor=1, config=config)
        self.admin.create_topics([topic], operation_timeout=10)[spec.name].result(timeout=15)

    def partition_count(self, topic: str) -> int:
        md = self.admin.list_topics(topic=topic, timeout=10)
        return len(md.topics[topic].partitions)


class InputProducer:
    """Produces input records one per request and remembers where each went.

    One record per request keeps Tansu's high watermarks right (see the
    module comment), which Perimeter relies on at startup to know when it
    has read the fences and consent topics to their end."""

    def __init__(self, bootstrap: str) -> None:
        self._producer = Producer(
            {"bootstrap.servers": bootstrap, "acks": "all", "linger.ms": 0, "enable.idempotence": False}
        )
        self.ends: dict[tuple[str, int], int] = {}
        """Next offset of every (topic, partition) this producer wrote to."""

    def send(
        self,
        topic: str,
        key: Optional[bytes],
        value: Optional[bytes],
        partition: Optional[int] = None,
        headers: Optional[list[tuple[str, bytes]]] = None,
    ) -> tuple[int, int]:
        """Produces one record, waits for the broker's acknowledgement and
        returns its (partition, offset). Without `partition` the client's
        default partitioner picks one from the key, as any producer would."""
        result: list[tuple[Optional[KafkaError], int, int]] = []

        def delivered(err: Optional[KafkaError], msg) -> None:  # noqa: ANN001 (librdkafka Message)
            result.append((err, msg.partition(), msg.offset()))

        kwargs = {"key": key, "value": value, "on_delivery": delivered, "headers": headers or []}
        if partition is not None:
            kwargs["partition"] = partition
        self._producer.produce(topic, **kwargs)
        remaining = self._producer.flush(15)
        if remaining or not result:
            raise RuntimeError(f"no delivery report for a record to {topic} within 15 s")
        err, p, offset = result[0]
        if err is not None:
            raise RuntimeError(f"producing to {topic} failed: {err}")
        self.ends[(topic, p)] = max(self.ends.get((topic, p), 0), offset + 1)
        return p, offset

    def end_offsets(self, topic: str, partitions: int) -> dict[int, int]:
        """Per partition of `topic`, the offset after the last record this
        producer wrote (0 where it wrote none)."""
        return {p: self.ends.get((topic, p), 0) for p in range(partitions)}


class OutputReader:
    """Reads topics from the beginning, without joining a consumer group,
    and keeps every record (barrier sentinels excepted)."""

    def __init__(self, bootstrap: str, topics: dict[str, int]) -> None:
        self._consumer = Consumer(
            {
                "bootstrap.servers": bootstrap,
                # Required by the client; never used to join or commit.
                "group.id": f"perimeter-e2e-reader-{uuid.uuid4().hex[:8]}",
                "enable.auto.commit": False,
                "enable.partition.eof": False,
            }
        )
        self._topics = topics
        self._consumer.assign(
            [TopicPartition(t, p, 0) for t, n in topics.items() for p in range(n)]  # 0: from the start
        )
        self.records: list[Record] = []
        self._barriers_seen: set[tuple[str, int, bytes]] = set()

    def poll(self, seconds: float) -> None:
        """Reads whatever arrives for up to `seconds`."""
        deadline = time.monotonic() + seconds
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return
            msg = self._consumer.poll(min(left, 0.2))
            if msg is None:
                continue
            if msg.error():
                raise RuntimeError(f"reading {msg.topic()}: {msg.error()}")
            headers = tuple((k, v if v is not None else b"") for k, v in (msg.headers() or []))
            if msg.key() == BARRIER_KEY:
                token = dict(headers).get(BARRIER_HEADER, b"")
                self._barriers_seen.add((msg.topic(), msg.partition(), token))
                continue
            self.records.append(
                Record(msg.topic(), msg.partition(), msg.offset(), msg.key(), msg.value(), headers)
            )

    def of(self, topic: str) -> list[Record]:
        """The records read from `topic`, in (partition, offset) order."""
        return sorted((r for r in self.records if r.topic == topic), key=lambda r: (r.partition, r.offset))

    def read_through_barrier(self, producer: InputProducer, timeout_s: float) -> None:
        """Writes a sentinel to every partition of every topic read, then
        reads until all sentinels are back: every record written before
        them has then been read."""
        token = uuid.uuid4().hex.encode()
        for topic, n in self._topics.items():
            for p in range(n):
                producer.send(topic, BARRIER_KEY, b"", partition=p, headers=[(BARRIER_HEADER, token)])
        wanted = {(t, p, token) for t, n in self._topics.items() for p in range(n)}
        deadline = time.monotonic() + timeout_s
        while not wanted <= self._barriers_seen:
            if time.monotonic() > deadline:
                missing = sorted((t, p) for t, p, _ in wanted - self._barriers_seen)
                raise RuntimeError(f"barrier records not read back within {timeout_s:.0f} s: {missing}")
            self.poll(0.2)

    def close(self) -> None:
        self._consumer.close()


class GroupOffsets:
    """Reads a consumer group's committed offsets (OffsetFetch) without
    joining the group."""

    def __init__(self, bootstrap: str, group: str) -> None:
        self._consumer = Consumer(
            {"bootstrap.servers": bootstrap, "group.id": group, "enable.auto.commit": False}
        )

    def committed(self, topic: str, partitions: int) -> dict[int, int]:
        """Committed offset per partition; 0 where nothing was committed."""
        tps = self._consumer.committed([TopicPartition(topic, p) for p in range(partitions)], timeout=10)
        return {tp.partition: max(tp.offset, 0) for tp in tps}

    def close(self) -> None:
        self._consumer.close()


# --- Added for the crash test (scripts/e2e/crash.py) ---


class TimestampedOutputReader(OutputReader):
    """An `OutputReader` that also keeps every record's Kafka timestamp
    (milliseconds; -1 when the broker gave none)."""

    def __init__(self, bootstrap: str, topics: dict[str, int]) -> None:
        super().__init__(bootstrap, topics)
        self._timestamps: dict[tuple[str, int, int], int] = {}

    def poll(self, seconds: float) -> None:
        """Reads whatever arrives for up to `seconds` (as OutputReader.poll),
        noting each record's timestamp."""
        deadline = time.monotonic() + seconds
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return
            msg = self._consumer.poll(min(left, 0.2))
            if msg is None:
                continue
            if msg.error():
                raise RuntimeError(f"reading {msg.topic()}: {msg.error()}")
            headers = tuple((k, v if v is not None else b"") for k, v in (msg.headers() or []))
            if msg.key() == BARRIER_KEY:
                token = dict(headers).get(BARRIER_HEADER, b"")
                self._barriers_seen.add((msg.topic(), msg.partition(), token))
                continue
            self._timestamps[(msg.topic(), msg.partition(), msg.offset())] = msg.timestamp()[1]
            self.records.append(
                Record(msg.topic(), msg.partition(), msg.offset(), msg.key(), msg.value(), headers)
            )

    def timestamp_of(self, record: Record) -> int:
        """The Kafka timestamp of a record read by this reader."""
        return self._timestamps.get((record.topic, record.partition, record.offset), -1)
