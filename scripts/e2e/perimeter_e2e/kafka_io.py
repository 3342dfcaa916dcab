"""Kafka plumbing for the end-to-end tests, on confluent-kafka (librdkafka):
an independent client, not Perimeter's own code.

- Inputs are produced the way an application produces them
  (`InputProducer`): asynchronously, batched by librdkafka with its
  defaults, idempotent; where each record went comes from the delivery
  reports.
- Outputs are read from the beginning up to the end offsets the broker
  reports (`OutputReader.read_to_end`): every record acknowledged before
  the call has then been read, compacted topics included.
"""

from __future__ import annotations

import logging
import sys
import time
import uuid
from dataclasses import dataclass
from typing import Callable, Optional

from confluent_kafka import Consumer, KafkaError, KafkaException, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

from perimeter_e2e.processes import wait_for
from perimeter_e2e.topics import TopicSpec


@dataclass(frozen=True)
class Record:
    """One record read back, with everything the checks look at."""

    topic: str
    partition: int
    offset: int
    key: Optional[bytes]
    value: Optional[bytes]
    headers: tuple[tuple[str, bytes], ...]
    timestamp_ms: int = -1
    """The record's Kafka timestamp (-1 when the broker gave none)."""

    def header(self, name: str) -> Optional[bytes]:
        """The value of the first header called `name`."""
        return next((v for k, v in self.headers if k == name), None)


class Cluster:
    """Admin operations against the broker."""

    def __init__(self, bootstrap: str) -> None:
        self.bootstrap = bootstrap
        self.admin = AdminClient({"bootstrap.servers": bootstrap}, logger=client_logger())

    def answers(self) -> bool:
        """Whether the broker answers a metadata request with itself in it."""
        try:
            return bool(self.admin.list_topics(timeout=1).brokers)
        except KafkaException:
            return False

    def create_topics(self, specs: list[TopicSpec]) -> None:
        """Creates the topics with their configs (compacted ones with
        cleanup.policy=compact), one replica each, and waits until the
        broker's metadata names a leader for every partition: the topics
        exist before Perimeter starts, as in a deployment."""
        topics = [NewTopic(s.name, num_partitions=s.partitions, replication_factor=1, config=s.configs())
                  for s in specs]
        for future in self.admin.create_topics(topics, operation_timeout=10).values():
            future.result(timeout=15)

        def led() -> bool:
            md = self.admin.list_topics(timeout=5)
            return all(
                s.name in md.topics and md.topics[s.name].error is None
                and len(md.topics[s.name].partitions) == s.partitions
                and all(p.leader >= 0 and p.error is None for p in md.topics[s.name].partitions.values())
                for s in specs
            )

        wait_for("a leader for every partition of the new topics", led, 30)

    def partition_count(self, topic: str) -> int:
        md = self.admin.list_topics(topic=topic, timeout=10)
        return len(md.topics[topic].partitions)

    def group_owners(self, group: str, topic: str) -> tuple[str, int, dict[int, str]]:
        """The consumer group as its coordinator describes it now: its state
        ("STABLE", "PREPARING_REBALANCE", ...), how many members it has, and
        the member owning each partition of `topic` that is assigned (its
        group.instance.id if it has one, else its member id)."""
        description = self.admin.describe_consumer_groups([group], request_timeout=10)[group].result(timeout=15)
        owners = {}
        for member in description.members:
            # A static member keeps its group.instance.id across restarts;
            # its member id changes.
            owner = getattr(member, "group_instance_id", None) or member.member_id
            for tp in member.assignment.topic_partitions if member.assignment else []:
                if tp.topic == topic:
                    owners[tp.partition] = owner
        return description.state.name, len(description.members), owners

    def topic_id(self, topic: str) -> bytes:
        """The topic's id (16 bytes, as in the Kafka protocol)."""
        from confluent_kafka import TopicCollection

        description = self.admin.describe_topics(TopicCollection([topic]))[topic].result(timeout=15)
        uid, mask = description.topic_id, 2**64 - 1
        return ((uid.get_most_significant_bits() & mask) << 64 | (uid.get_least_significant_bits() & mask)).to_bytes(
            16, "big")


class _ExpectedLines(logging.Filter):
    """Drops librdkafka log lines that are no news in these tests:

    - an idempotent producer's first request for a producer id on a broker
      that just started is answered "load in progress" (the broker
      allocates its producer ids on demand) and retried;
    - connections refused or closed while a broker is stopped: the tests
      stop and restart brokers on purpose; a broker that is really gone
      fails a test through its checks, which print the broker's log.
    """

    EXPECTED = ("Coordinator load in progress: retrying", "Connection refused", "Disconnected",
                "Connection reset by peer", "connection reset by peer")

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not any(x in message for x in self.EXPECTED)


def client_logger() -> logging.Logger:
    """The logger of this module's clients: librdkafka's lines on stderr,
    but for the expected ones (`_ExpectedLines`)."""
    logger = logging.getLogger("perimeter-e2e.librdkafka")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("librdkafka: %(message)s"))
        logger.addHandler(handler)
        logger.addFilter(_ExpectedLines())
        logger.propagate = False
        logger.setLevel(logging.INFO)
    return logger


class InputProducer:
    """Produces input records as an application does: asynchronously,
    batched by librdkafka with its defaults (linger.ms 5, acks=all),
    idempotent (what docs/topics.md asks of consent producers, and the
    Java client's default), and remembers where each record went."""

    def __init__(self, bootstrap: str, **config: object) -> None:
        self._producer = Producer(
            {"bootstrap.servers": bootstrap, "enable.idempotence": True, **config}, logger=client_logger()
        )
        self.ends: dict[tuple[str, int], int] = {}
        """Next offset of every (topic, partition) this producer wrote to,
        from the delivery reports received so far."""
        self.errors: list[str] = []

    def produce(
        self,
        topic: str,
        key: Optional[bytes],
        value: Optional[bytes],
        partition: Optional[int] = None,
        headers: Optional[list[tuple[str, bytes]]] = None,
        on_delivery: Optional[Callable[[int, int], None]] = None,
    ) -> None:
        """Queues one record; `on_delivery(partition, offset)` runs once
        the broker acknowledged it (during `flush` or `poll`). Without
        `partition` the client's default partitioner picks one from the
        key, as any producer would."""

        def delivered(err: Optional[KafkaError], msg) -> None:  # noqa: ANN001 (librdkafka Message)
            if err is not None:
                self.errors.append(f"{topic} key {key!r}: {err}")
                return
            p, offset = msg.partition(), msg.offset()
            self.ends[(topic, p)] = max(self.ends.get((topic, p), 0), offset + 1)
            if on_delivery is not None:
                on_delivery(p, offset)

        kwargs = {"key": key, "value": value, "on_delivery": delivered, "headers": headers or []}
        if partition is not None:
            kwargs["partition"] = partition
        while True:
            try:
                self._producer.produce(topic, **kwargs)
                break
            except BufferError:  # the local queue is full: serve delivery reports, retry
                self._producer.poll(0.05)
        self._producer.poll(0)

    def flush(self, timeout_s: float = 30.0) -> None:
        """Waits until every record queued so far is acknowledged; raises
        if any delivery failed."""
        left = self._producer.flush(timeout_s)
        if left:
            raise RuntimeError(f"{left} records not acknowledged within {timeout_s:.0f} s")
        if self.errors:
            raise RuntimeError(f"delivery failed: {self.errors[:5]}")

    def poll(self) -> None:
        """Serves the delivery reports that arrived."""
        self._producer.poll(0)

    def send(
        self,
        topic: str,
        key: Optional[bytes],
        value: Optional[bytes],
        partition: Optional[int] = None,
        headers: Optional[list[tuple[str, bytes]]] = None,
    ) -> tuple[int, int]:
        """Produces one record, waits for everything queued to be
        acknowledged and returns the record's (partition, offset): for a
        record whose position matters (a probe, a record the test must
        know is written before it goes on)."""
        at: list[tuple[int, int]] = []
        self.produce(topic, key, value, partition, headers, on_delivery=lambda p, o: at.append((p, o)))
        self.flush(15)
        if not at:
            raise RuntimeError(f"no delivery report for a record to {topic} within 15 s")
        return at[0]

    def end_offsets(self, topic: str, partitions: int) -> dict[int, int]:
        """Per partition of `topic`, the offset after the last record this
        producer wrote (0 where it wrote none)."""
        return {p: self.ends.get((topic, p), 0) for p in range(partitions)}


class OutputReader:
    """Reads topics from the beginning, without joining a consumer group,
    and keeps every record."""

    def __init__(self, bootstrap: str, topics: dict[str, int]) -> None:
        self._consumer = Consumer(
            {
                "bootstrap.servers": bootstrap,
                # Required by the client; never used to join or commit.
                "group.id": f"perimeter-e2e-reader-{uuid.uuid4().hex[:8]}",
                "enable.auto.commit": False,
                # What Perimeter's output consumers must set (librdkafka's
                # default; the Java client's is read_uncommitted): records
                # of aborted transactions are never seen.
                "isolation.level": "read_committed",
                # An event at the end of each partition: the reader knows
                # it is through even where compaction left gaps.
                "enable.partition.eof": True,
            },
            logger=client_logger(),
        )
        # The end offsets come from a client of their own: a broker answers
        # a connection's requests in order, so a ListOffsets request behind
        # the consumer's long-polling Fetch would wait for it.
        self._admin = AdminClient({"bootstrap.servers": bootstrap}, logger=client_logger())
        self._topics = topics
        self._consumer.assign(
            [TopicPartition(t, p, 0) for t, n in topics.items() for p in range(n)]  # 0: from the start
        )
        self.records: list[Record] = []
        self._next: dict[tuple[str, int], int] = {}
        """Per partition, the offset this reader is known to have read up to."""

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
            tp = (msg.topic(), msg.partition())
            if msg.error():
                if msg.error().code() == KafkaError._PARTITION_EOF:
                    self._next[tp] = max(self._next.get(tp, 0), msg.offset())
                    continue
                raise RuntimeError(f"reading {msg.topic()}: {msg.error()}")
            self._next[tp] = max(self._next.get(tp, 0), msg.offset() + 1)
            headers = tuple((k, v if v is not None else b"") for k, v in (msg.headers() or []))
            self.records.append(
                Record(msg.topic(), msg.partition(), msg.offset(), msg.key(), msg.value(), headers,
                       msg.timestamp()[1])
            )

    def of(self, topic: str) -> list[Record]:
        """The records read from `topic`, in (partition, offset) order."""
        return sorted((r for r in self.records if r.topic == topic), key=lambda r: (r.partition, r.offset))

    def end_offsets(self) -> dict[tuple[str, int], int]:
        """The high watermark of every partition read, as the broker
        reports it now (one ListOffsets request)."""
        from confluent_kafka.admin import OffsetSpec

        wanted = {TopicPartition(t, p): OffsetSpec.latest() for t, n in self._topics.items() for p in range(n)}
        answers = self._admin.list_offsets(wanted, request_timeout=10)
        return {(tp.topic, tp.partition): future.result(timeout=15).offset for tp, future in answers.items()}

    def read_to_end(self, timeout_s: float) -> None:
        """Reads every partition up to the end offset the broker reports
        at the call: every record acknowledged before it has then been
        read."""
        ends = self.end_offsets()
        deadline = time.monotonic() + timeout_s
        while True:
            behind = {tp: end for tp, end in ends.items() if self._next.get(tp, 0) < end}
            if not behind:
                return
            if time.monotonic() > deadline:
                raise RuntimeError(f"not read to the end within {timeout_s:.0f} s: "
                                   + ", ".join(f"{t}/{p} at {self._next.get((t, p), 0)} of {end}"
                                               for (t, p), end in sorted(behind.items())))
            self.poll(0.2)

    def close(self) -> None:
        self._consumer.close()
        self._admin = None  # destroyed now: no log lines about a broker that goes away


class GroupOffsets:
    """Reads a consumer group's committed offsets (OffsetFetch) without
    joining the group."""

    def __init__(self, bootstrap: str, group: str) -> None:
        self._consumer = Consumer(
            {"bootstrap.servers": bootstrap, "group.id": group, "enable.auto.commit": False}, logger=client_logger()
        )

    def committed(self, topic: str, partitions: int) -> dict[int, int]:
        """Committed offset per partition; 0 where nothing was committed."""
        tps = self._consumer.committed([TopicPartition(topic, p) for p in range(partitions)], timeout=10)
        return {tp.partition: max(tp.offset, 0) for tp in tps}

    def close(self) -> None:
        self._consumer.close()
