"""The walking population of the crash and rebalancing stages: a seeded
set of users with roles (offers, blocked categories, daily caps, quiet
hours, location only, no consent, revocations, erasures at a consent
barrier) walking in and out of the two stores of scenario.py, every user
pinging every 12-20 s of event time from T-14 min to T-1 min; and their
consent records. Times are offsets in milliseconds from an anchor T.

Why the outputs of a run over this population do not depend on when a
ping is processed is explained in tests/test_crash.py's docstring.
"""

from __future__ import annotations

import math
import random
import time
from dataclasses import dataclass, field
from typing import Optional

from perimeter_e2e import scenario as sc
from perimeter_e2e.codecs import Codec
from perimeter_e2e.processes import now_ms

SECOND = 1000
MINUTE = 60 * SECOND
START_MS = -14 * MINUTE
"""The earliest ping, relative to T."""
END_MS = -1 * MINUTE
"""No ping after this, relative to T."""
BARRIERS_MS = (-560 * SECOND, -300 * SECOND)
"""Event times at which the consent barriers 1 and 2 fall: pings before the
first are played, then the barrier's consent changes, and so on."""

# Places around the two stores of scenario.py. Inside pings lie within 30%
# of the fence radius of the centre with 5 m accuracy (confidently inside);
# outside pings 300 m away with 8 m accuracy (confidently outside).
STREET_OF = {sc.FENCE_BAKERY.fence_id: sc.NORTH_STREET, sc.FENCE_BOOKS.fence_id: sc.SOUTH_STREET}
M_PER_DEG = 111_195.0

ROLES = (
    # role, how many
    ("full", 6),  # location + offers
    ("full_blocked_food", 2),  # ... with the category "food" blocked
    ("full_capped", 2),  # ... with at most 1 offer a day
    ("full_quiet", 2),  # ... in quiet hours all along
    ("location_only", 6),
    ("no_record", 4),  # no consent record at all
    ("no_purposes", 2),  # a record granting nothing
    ("revoke_location", 4),  # location + offers, location revoked at a barrier
    ("revoke_offers", 3),  # location + offers, offers revoked at a barrier
    ("regrant", 3),  # offers revoked at barrier 1, granted again at barrier 2
    ("erase", 3),  # erased at a barrier by an EraseRequest this test writes
    ("erase_api", 3),  # erased at a barrier through POST /v1/users/{id}/erase
)
"""The crash stage's population: 40 users."""


@dataclass(frozen=True)
class ConsentChange:
    """One consent update of a user. barrier 0: written before Perimeter
    starts; 1 or 2: written at that barrier."""

    barrier: int
    kind: str  # "set", "erase" (EraseRequest written here), "erase_api" (POST .../erase)
    version: int
    location: bool = False
    offers: bool = False


@dataclass(frozen=True)
class PingSpec:
    at_ms: int  # relative to T
    user: str
    lat: float
    lon: float
    accuracy_m: float


@dataclass
class User:
    user_id: str
    role: str
    changes: list[ConsentChange]
    pings: list[PingSpec] = field(default_factory=list)
    blocked: tuple[str, ...] = ()
    max_per_day: Optional[int] = None
    quiet: bool = False

    def change_at(self, barrier: int) -> list[ConsentChange]:
        return [c for c in self.changes if c.barrier == barrier]


def _jitter(place: sc.Place, rng: random.Random, radius_m: float) -> tuple[float, float]:
    """A point within `radius_m` of `place`."""
    r = radius_m * math.sqrt(rng.random())
    a = rng.uniform(0, 2 * math.pi)
    dlat = r * math.cos(a) / M_PER_DEG
    dlon = r * math.sin(a) / (M_PER_DEG * math.cos(math.radians(place.lat)))
    return place.lat + dlat, place.lon + dlon


def _walk(user: str, rng: random.Random, first_store: Optional[sc.FenceSpec] = None) -> list[PingSpec]:
    """Pings every 12-20 s from about T-14 min to T-1 min: out in a street,
    in a store past its dwell threshold, out again (long enough to EXIT, or
    not, then back into the same store: the visit goes on), ...
    `first_store`, when given, is the store of the first visit, whatever
    the seed (the random draws are the same, so other users' walks do not
    change with it)."""
    pings = []
    t = START_MS + rng.randint(0, 40 * SECOND)
    step = rng.randint(12 * SECOND, 20 * SECOND)
    fence = rng.choice(sc.FENCES)
    inside = rng.random() < 0.3
    if first_store is not None:
        fence = first_store
    visited = False  # whether a visit (an inside segment) has ended
    while t <= END_MS:
        if inside:
            seg_end = t + rng.randint(150, 260) * SECOND
        else:
            seg_end = t + rng.randint(40, 110) * SECOND
        while t < seg_end and t <= END_MS:
            if inside:
                lat, lon = _jitter(fence.centre, rng, 0.3 * fence.radius_m)
                acc = sc.INSIDE_ACCURACY_M
            else:
                lat, lon = _jitter(STREET_OF[fence.fence_id], rng, 5.0)
                acc = sc.OUTSIDE_ACCURACY_M
            pings.append(PingSpec(t, user, lat, lon, acc))
            t += step + rng.randint(-1500, 1500)
        if inside:
            inside = False
            visited = True
        else:
            inside = True
            if rng.random() < 0.5:
                switched = rng.choice(sc.FENCES)
                if first_store is None or visited:
                    fence = switched
    return pings


def build_population(seed: int, roles: tuple[tuple[str, int], ...] = ROLES, prefix: str = "crash") -> list[User]:
    """The users, their consent histories and their walks (seeded): `roles`
    says how many of each role (see ROLES), `prefix` starts their ids."""
    rng = random.Random(seed)
    users = []
    for role, count in roles:
        for i in range(count):
            uid = f"{prefix}-{role.replace('_', '-')}-{i}"
            v = rng.randint(1, 5)
            both = ConsentChange(0, "set", v, location=True, offers=True)
            barrier = rng.choice((1, 2))
            changes = {
                "full": [both],
                "full_blocked_food": [both],
                "full_capped": [both],
                "full_quiet": [both],
                "location_only": [ConsentChange(0, "set", v, location=True)],
                "no_record": [],
                "no_purposes": [ConsentChange(0, "set", v)],
                "revoke_location": [both, ConsentChange(barrier, "set", v + 1, location=False, offers=True)],
                "revoke_offers": [both, ConsentChange(barrier, "set", v + 1, location=True)],
                "regrant": [
                    both,
                    ConsentChange(1, "set", v + 1, location=True),
                    ConsentChange(2, "set", v + 2, location=True, offers=True),
                ],
                "erase": [both, ConsentChange(barrier, "erase", v)],
                "erase_api": [both, ConsentChange(barrier, "erase_api", v)],
            }[role]
            u = User(uid, role, changes)
            if role == "full_blocked_food":
                u.blocked = ("food",)
            if role == "full_capped":
                u.max_per_day = 1
            if role == "full_quiet":
                u.quiet = True
            # A blocked-food user's first visit is to the food store, so
            # every seed exercises the category block.
            food = sc.FENCE_BAKERY if role == "full_blocked_food" else None
            u.pings = _walk(uid, rng, first_store=food)
            users.append(u)
    return users


def noon_time_zone(utc_ms: int) -> str:
    """An IANA zone ("Etc/GMT-N" is UTC+N) where it is about noon at
    `utc_ms`: no local midnight for the next 11 hours, so "offers per local
    day" cannot change during the test."""
    hour = time.gmtime(utc_ms / 1000).tm_hour
    offset = 12 - hour  # in [-11, 12]
    if offset == 0:
        return "Etc/GMT"
    return f"Etc/GMT{'-' if offset > 0 else '+'}{abs(offset)}"


def local_minute(utc_ms: int, zone: str) -> int:
    """Minute of the day at `utc_ms` in an Etc/GMT zone."""
    offset_h = 0 if zone == "Etc/GMT" else -int(zone[len("Etc/GMT"):])
    return ((utc_ms // 60_000) + offset_h * 60) % 1440


def consent_value(codec: Codec, zone: str, t0_ms: int, u: User, c: ConsentChange) -> bytes:
    """The consent topic's record of change `c` of user `u` (an
    EraseRequest for kind "erase", else a ConsentRecord in time zone
    `zone`; the "quiet" users are quiet from 6 hours before T to 6 hours
    after it)."""
    pb = codec.consent_pb
    if c.kind == "erase":
        return pb.ConsentUpdate(
            erase=pb.EraseRequest(user_id=u.user_id, version=c.version, requested_at_ms=now_ms())
        ).SerializeToString()
    purposes = []
    if c.location:
        purposes.append(pb.PURPOSE_LOCATION)
    if c.offers:
        purposes.append(pb.PURPOSE_OFFERS)
    record = pb.ConsentRecord(
        user_id=u.user_id, purposes=purposes, blocked_categories=list(u.blocked), time_zone=zone,
        version=c.version, updated_at_ms=now_ms(),
    )
    if u.max_per_day is not None:
        record.max_offers_per_day = u.max_per_day
    if u.quiet:
        # Quiet from 6 hours before the start to 6 hours after it (local).
        noon = local_minute(t0_ms, zone)
        record.quiet_hours.start_minute = (noon - 360) % 1440
        record.quiet_hours.end_minute = (noon + 360) % 1440
    else:
        record.quiet_hours.SetInParent()  # start == end: no quiet hours
    return pb.ConsentUpdate(set=record).SerializeToString()

