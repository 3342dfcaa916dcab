"""The verdict on a run over the walking population (population.py): what
it must have produced, alone (consent safety, what revocations and
erasures must have stopped, the changelog) and against a reference run
of the same input (same events and triggers after dropping duplicates
by id, duplicates agreeing with their first copy, exactly once where
asked). The crash and rebalancing stages share it."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Optional, Protocol

from perimeter_e2e.checks import Checks
from perimeter_e2e.codecs import Codec, has_live_state, user_state
from perimeter_e2e.population import BARRIERS_MS, ConsentChange, User

SHUTDOWN_DEADLINE_S = 15.0
"""How long Perimeter may take to exit on SIGTERM."""


@dataclass
class AppliedChange:
    """A consent change as written in one run, with when."""

    user: str
    change: ConsentChange
    sent_at_ms: int  # just before it was written
    confirmed_at_ms: int  # when the live processor's ledger was known to hold it


@dataclass
class Outputs:
    """What one run produced, read back after the processor stopped."""

    events: list  # [(Record, GeofenceEvent)]
    triggers: list  # [(Record, OfferTrigger)]
    dlq: list
    changelog: list  # [(Record, timestamp_ms)]


def event_fields(e) -> tuple:  # noqa: ANN001 (generated class)
    """Every field of an event but processing_time_ms."""
    return (
        e.kind, e.exit_reason, e.user_id, e.fence_id, e.store_id, e.visit_id, e.visit_start_ms, e.event_time_ms,
        e.accuracy_m if e.HasField("accuracy_m") else None,
        e.distance_to_edge_m if e.HasField("distance_to_edge_m") else None,
        e.duration_ms if e.HasField("duration_ms") else None,
    )


EVENT_FIELD_NAMES = ("kind", "exit_reason", "user_id", "fence_id", "store_id", "visit_id", "visit_start_ms",
                     "event_time_ms", "accuracy_m", "distance_to_edge_m", "duration_ms")


def trigger_fields(t) -> tuple:  # noqa: ANN001
    """Every field of a trigger but created_at_ms and expires_at_ms (their
    difference, the ttl, is kept)."""
    return (t.user_id, t.campaign_id, t.offer_id, t.category, t.sender, t.message, t.store_id, t.fence_id,
            t.event_id, t.consent_version, t.expires_at_ms - t.created_at_ms)


TRIGGER_FIELD_NAMES = ("user_id", "campaign_id", "offer_id", "category", "sender", "message", "store_id",
                       "fence_id", "event_id", "consent_version", "ttl_ms")


def dedup(items: list, key: Callable, fields: Callable, record_key: Callable) -> tuple[dict, int, list]:
    """{id: fields}, the number of duplicates dropped, and the ids whose
    copies disagree (in fields or record key)."""
    by_id: dict = {}
    dropped = 0
    disagree = []
    for r, x in items:
        i = key(x)
        value = (fields(x), record_key(r, x))
        if i in by_id:
            dropped += 1
            if by_id[i] != value:
                disagree.append((i, by_id[i], value))
        else:
            by_id[i] = value
    return by_id, dropped, disagree


def describe_diff(names: tuple, a: tuple, b: tuple) -> str:
    return ", ".join(f"{n}: {x!r} != {y!r}" for n, x, y in zip(names, a, b) if x != y)


class RunView(Protocol):
    """What a verdict reads of a run: `against` only these; `basics`,
    `consent_safety`, `changelog` and `exactly_once` also the run's
    `exit_code`, `final_committed` ((committed, end offsets) of the pings),
    `perimeter`, `applied` (list[AppliedChange]) and `exactly_once` (bool)."""

    kind: str
    codec: Codec
    t0_ms: int


class Verdict:
    """The checks of one run."""

    def __init__(self, checks: Checks, run: RunView, out: Outputs, users: list[User]) -> None:
        self.c, self.run, self.out, self.users = checks, run, out, users
        self.k = run.kind
        self.by_user = {u.user_id: u for u in users}

    def basics(self) -> None:
        c, r = self.c, self.run
        committed, ends = r.final_committed
        c.check(f"[{self.k}] perimeter exits 0 within {SHUTDOWN_DEADLINE_S:.0f} s of SIGTERM (code {r.exit_code})",
                r.exit_code == 0, "last log lines:\n" + r.perimeter.log_tail())
        c.check(f"[{self.k}] committed offsets equal the pings' end offsets", committed == ends,
                f"ends {ends}, committed {committed}")
        c.check(f"[{self.k}] no dead letters (every ping is valid)", not self.out.dlq,
                f"{len(self.out.dlq)} dead letters")

    def consent_safety(self) -> None:
        """No trigger without both consents at decision time."""
        history: dict[str, list[AppliedChange]] = defaultdict(list)
        for a in self.run.applied:
            history[a.user].append(a)
        bad = []
        for _, t in self.out.triggers:
            changes = history.get(t.user_id, [])
            idx = next((i for i, a in enumerate(changes)
                        if a.change.kind == "set" and a.change.version == t.consent_version), None)
            if idx is None:
                bad.append(f"{t.trigger_id} {t.user_id}: consent v{t.consent_version} was never written")
                continue
            a = changes[idx]
            if not (a.change.location and a.change.offers):
                bad.append(f"{t.trigger_id} {t.user_id}: v{t.consent_version} does not grant location+offers")
            if t.created_at_ms < a.sent_at_ms:
                bad.append(f"{t.trigger_id} {t.user_id}: decided at {t.created_at_ms}, before v{t.consent_version} "
                           f"was written ({a.sent_at_ms})")
            if idx + 1 < len(changes) and t.created_at_ms > changes[idx + 1].confirmed_at_ms:
                n = changes[idx + 1]
                bad.append(f"{t.trigger_id} {t.user_id}: decided at {t.created_at_ms} on v{t.consent_version}, but "
                           f"{n.change.kind} v{n.change.version} was in the ledger since {n.confirmed_at_ms}")
        self.c.check(f"[{self.k}] consent: every trigger relied on a version granting location+offers, current "
                     f"at decision time ({len(self.out.triggers)} triggers)", not bad, "\n".join(bad[:30]))

    def per_role(self) -> None:
        """What revocations and erasures must have stopped."""
        c, t0 = self.c, self.run.t0_ms
        events_of: dict[str, list] = defaultdict(list)
        for _, e in self.out.events:
            events_of[e.user_id].append(e)
        triggers_of: dict[str, list] = defaultdict(list)
        event_time = {e.event_id: e.event_time_ms for _, e in self.out.events}
        for _, t in self.out.triggers:
            triggers_of[t.user_id].append(t)
        problems = []
        for u in self.users:
            if u.role in ("no_record", "no_purposes"):
                if events_of[u.user_id] or triggers_of[u.user_id]:
                    problems.append(f"{u.user_id} ({u.role}): {len(events_of[u.user_id])} events, "
                                    f"{len(triggers_of[u.user_id])} triggers")
            if u.role in ("location_only", "full_quiet") and triggers_of[u.user_id]:
                problems.append(f"{u.user_id} ({u.role}): {len(triggers_of[u.user_id])} triggers")
            for ch in u.changes[1:]:
                cut = t0 + BARRIERS_MS[ch.barrier - 1]
                if ch.kind.startswith("erase") or not ch.location:
                    late = [e.event_id for e in events_of[u.user_id] if e.event_time_ms >= cut]
                    if late:
                        problems.append(f"{u.user_id} ({u.role}): events after barrier {ch.barrier}: {late}")
                if ch.kind == "set" and ch.location and not ch.offers:
                    nxt = next((x for x in u.changes if x.barrier > ch.barrier), None)
                    until = t0 + BARRIERS_MS[nxt.barrier - 1] if nxt else math.inf
                    late = [t.trigger_id for t in triggers_of[u.user_id]
                            if cut <= event_time.get(t.event_id, 0) < until]
                    if late:
                        problems.append(f"{u.user_id} ({u.role}): triggers while offers were revoked: {late}")
        c.check(f"[{self.k}] nothing for users without consent, no offers without offers consent, nothing after "
                "a location revocation or erasure", not problems, "\n".join(problems))

    def changelog(self) -> None:
        c = self.c
        latest: dict[bytes, Optional[bytes]] = {}
        records: dict[str, list[tuple[int, Optional[bytes]]]] = defaultdict(list)
        for r, ts in sorted(self.out.changelog, key=lambda x: (x[0].partition, x[0].offset)):
            latest[r.key] = r.value
            records[r.key.decode()].append((ts, r.value))
        erase_sent = {a.user: a.sent_at_ms for a in self.run.applied if a.change.kind.startswith("erase")}
        problems = []
        for user, sent in sorted(erase_sent.items()):
            key = user.encode()
            # Perimeter remembers the erasure itself (docs/privacy.md): the
            # latest record holds only the erasure, or is a tombstone once
            # its retention passed.
            state = user_state(latest[key]) if latest.get(key) is not None else None
            if state is not None and (state.HasField("presence") or state.HasField("caps")
                                      or not state.HasField("erasure")):
                problems.append(f"{user}: latest changelog record is live state ({state})")
            after = [ts for ts, v in records.get(user, [])
                     if v is not None and ts > sent and has_live_state(user_state(v))]
            if after:
                problems.append(f"{user}: {len(after)} state record(s) written after the erase at {sent}: {after}")
        stamps = [ts for _, ts in self.out.changelog]
        c.check(f"[{self.k}] changelog: erased users' latest record holds only their erasure (or is a tombstone) "
                f"and no state of theirs was written after the erase ({len(erase_sent)} erased)",
                not problems and all(s > 0 for s in stamps),
                "\n".join(problems) + ("" if all(s > 0 for s in stamps) else "\nrecords without a timestamp"))
        revoked = {u.user_id for u in self.users if any(ch.kind == "set" and not ch.location and ch.barrier
                                                        for ch in u.changes)}
        bad = []
        for user in sorted(revoked):
            v = latest.get(user.encode())
            if v is not None and user_state(v).HasField("presence"):
                bad.append(f"{user}: latest record holds presence state ({user_state(v).presence})")
        c.check(f"[{self.k}] changelog: users who revoked location hold no presence state "
                f"({len(revoked)} users)", not bad, "\n".join(bad))
        never = {u.user_id for u in self.users if u.role in ("no_record", "no_purposes")}
        present = sorted(u for u in never if u.encode() in latest)
        c.check(f"[{self.k}] changelog: nothing stored about users without consent", not present, str(present))

    def against(self, ref: Outputs, ref_name: str = "run A") -> None:
        """Same events and triggers as the reference run (`ref_name`),
        duplicates aside."""
        c = self.c
        ev_key = lambda r, e: r.key  # noqa: E731
        ref_ev, ref_dup, _ = dedup(ref.events, lambda e: e.event_id, event_fields, ev_key)
        ev, ev_dup, ev_disagree = dedup(self.out.events, lambda e: e.event_id, event_fields, ev_key)
        ref_tr, _, _ = dedup(ref.triggers, lambda t: t.trigger_id, trigger_fields, ev_key)
        tr, tr_dup, tr_disagree = dedup(self.out.triggers, lambda t: t.trigger_id, trigger_fields, ev_key)
        self.dups = (ev_dup, tr_dup)
        missing_ev = sorted(set(ref_ev) - set(ev))
        extra_ev = sorted(set(ev) - set(ref_ev))
        missing_tr = sorted(set(ref_tr) - set(tr))
        extra_tr = sorted(set(tr) - set(ref_tr))

        def show_ev(i: str, v: tuple) -> str:
            f = dict(zip(EVENT_FIELD_NAMES, v[0]))
            kind = self.run.codec.event_kind(f["kind"])
            return (f"{i} {f['user_id']} {f['fence_id']} {kind} visit {f['visit_start_ms'] - self.run.t0_ms} "
                    f"at {f['event_time_ms'] - self.run.t0_ms} (ms from T)")

        def show_tr(i: str, v: tuple) -> str:
            f = dict(zip(TRIGGER_FIELD_NAMES, v[0]))
            return f"{i} {f['user_id']} {f['campaign_id']} v{f['consent_version']} event {f['event_id']}"

        c.check(f"[{self.k}] every event of {ref_name} is in run {self.k} ({len(ref_ev)} events)", not missing_ev,
                "\n".join("- missing: " + show_ev(i, ref_ev[i]) for i in missing_ev))
        c.check(f"[{self.k}] every trigger of {ref_name} is in run {self.k} ({len(ref_tr)} triggers)",
                not missing_tr,
                "\n".join("- missing: " + show_tr(i, ref_tr[i]) for i in missing_tr))
        c.check(f"[{self.k}] no event beyond those of {ref_name}", not extra_ev,
                "\n".join("+ unexpected: " + show_ev(i, ev[i]) for i in extra_ev))
        c.check(f"[{self.k}] no trigger beyond those of {ref_name}", not extra_tr,
                "\n".join("+ unexpected: " + show_tr(i, tr[i]) for i in extra_tr))
        diff_ev = [f"{i}: {describe_diff(EVENT_FIELD_NAMES + ('record key',), (*ref_ev[i][0], ref_ev[i][1]), (*ev[i][0], ev[i][1]))}"
                   for i in sorted(set(ref_ev) & set(ev)) if ref_ev[i] != ev[i]]
        diff_tr = [f"{i}: {describe_diff(TRIGGER_FIELD_NAMES + ('record key',), (*ref_tr[i][0], ref_tr[i][1]), (*tr[i][0], tr[i][1]))}"
                   for i in sorted(set(ref_tr) & set(tr)) if ref_tr[i] != tr[i]]
        c.check(f"[{self.k}] events with the same id have the same fields as in {ref_name} (processing time aside)",
                not diff_ev, "\n".join(diff_ev[:30]))
        c.check(f"[{self.k}] triggers with the same id have the same fields as in {ref_name} (created/expires aside)",
                not diff_tr, "\n".join(diff_tr[:30]))
        lines = [f"event {i} ({a[0][2]}, {self.run.codec.event_kind(a[0][0])}): "
                 + describe_diff(EVENT_FIELD_NAMES + ("record key",), (*a[0], a[1]), (*b[0], b[1]))
                 for i, a, b in ev_disagree]
        lines += [f"trigger {i} ({a[0][0]}, {a[0][1]}): "
                  + describe_diff(TRIGGER_FIELD_NAMES + ("record key",), (*a[0], a[1]), (*b[0], b[1]))
                  for i, a, b in tr_disagree]
        c.check(f"[{self.k}] duplicates agree with their first copy ({ev_dup} events, {tr_dup} triggers dropped)",
                not ev_disagree and not tr_disagree, "\n".join(lines[:30]))
        c.check(f"[{self.k}] {ref_name} itself has no duplicates", ref_dup == 0,
                f"{ref_dup} duplicate events in {ref_name}")

    def exactly_once(self) -> None:
        """Under exactly-once: a read_committed reader sees no id twice."""
        if not self.run.exactly_once:
            return
        ev_dup, tr_dup = self.dups
        self.c.check(f"[{self.k}] exactly once: no event id twice ({ev_dup} duplicates), no trigger id twice "
                     f"({tr_dup}), read with isolation.level=read_committed", ev_dup == 0 and tr_dup == 0)

