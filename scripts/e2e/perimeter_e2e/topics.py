"""Perimeter's topics as the end-to-end tests create them: their names
(the defaults of docs/topics.md), partition counts and configs."""

from __future__ import annotations

from dataclasses import dataclass, field

COMPACTED = {"cleanup.policy": "compact"}
"""The topic config docs/topics.md requires of the consent, fences and
presence-state topics."""


@dataclass(frozen=True)
class TopicSpec:
    """A topic to create, with its topic-level configs."""

    name: str
    partitions: int
    compacted: bool = False
    config: dict[str, str] = field(default_factory=dict)
    """Topic configs beyond cleanup.policy (e.g. the log cleaner's tuning
    of the compaction test)."""

    def configs(self) -> dict[str, str]:
        return {**(COMPACTED if self.compacted else {}), **self.config}


PINGS, CONSENT, FENCES = "perimeter.pings", "perimeter.consent", "perimeter.fences"
EVENTS, OFFERS, DLQ, STATE = "perimeter.events", "perimeter.offers", "perimeter.dlq", "perimeter.presence-state"
PING_PARTITIONS = 3
TOPICS = [
    TopicSpec(PINGS, PING_PARTITIONS),
    # Two partitions, so readiness has to cover every partition of a table.
    TopicSpec(CONSENT, 2, compacted=True),
    TopicSpec(FENCES, 2, compacted=True),
    TopicSpec(EVENTS, 3),
    TopicSpec(OFFERS, 3),
    TopicSpec(DLQ, 1),
    # The changelog is co-partitioned with the pings: same partition count.
    TopicSpec(STATE, PING_PARTITIONS, compacted=True),
]
"""The topics of a default deployment, with the partition counts the
pipeline, crash and consent-before-pings stages (and `stack.Stack`) use."""
OUTPUTS = {EVENTS: 3, OFFERS: 3, DLQ: 1, STATE: PING_PARTITIONS}
"""The topics Perimeter writes, with their partition counts."""
CONSENT_PARTITIONS = next(t.partitions for t in TOPICS if t.name == CONSENT)
