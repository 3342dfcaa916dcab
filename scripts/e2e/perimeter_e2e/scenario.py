"""The end-to-end scenario: who walks where and when, with what consent, and
exactly what Perimeter must publish in return.

Everything here is data. Times are offsets in milliseconds from an anchor
instant T chosen when the scenario is played (just after Perimeter is
ready): the processor uses the system clock in run mode, so the pings must
be recent. The whole walk lies between T-7 min and T, which keeps every
visit within the default silence timeout (10 min): no EXIT(timeout) can
fire while the test runs, so the expected output is exact.

The expected events are derived by hand from docs/presence.md with the
default presence configuration (enter accuracy limit 50 m, exit buffer 20 m
+ 1.0 x accuracy, exit debounce 60 s and 2 pings, silence 10 min); each
one says which rule produces it.

The timeline, in seconds before T (phase 1 is played, then Dave's
revocation and the probe, then phase 2):

    user   consent            phase 1 (-420 .. -265)          phase 2 (-215 .. -10)
    alice  location+offers    out, IN -400 .. -265            out -210 .. -120   ENTER DWELL EXIT, 1 offer
    bob    none               IN -405 .. -290                 IN, out            nothing at all
    carol  location only      IN -410 .. -270 (books)         out -200 .. -140   ENTER DWELL EXIT, 0 offers
    dave   location+offers    IN -390 .. -300                 (revoked) IN, out  ENTER + 1 offer only
    zoe    location only      -                               probe -250 ..      ENTER (see tests/test_pipeline.py)

plus two malformed pings keyed "alice" in the middle of her visit (garbage
bytes, latitude 123) that must land in the DLQ without disturbing her.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Union

SECOND = 1000
"""Milliseconds per second: offsets below are written as `-400 * SECOND`."""

TIME_ZONE = "Europe/Berlin"
"""Time zone of the stores and of every user."""


@dataclass(frozen=True)
class Place:
    """A point in WGS84 degrees."""

    name: str
    lat: float
    lon: float


# Two stores 560 m apart in Berlin-Mitte, and a street 300 m from each.
BAKERY = Place("bakery", 52.5219, 13.4132)
BOOKS = Place("bookshop", 52.5200, 13.4050)
NORTH_STREET = Place("north street", 52.5246, 13.4132)  # 300 m north of the bakery
SOUTH_STREET = Place("south street", 52.5173, 13.4050)  # 300 m south of the bookshop

INSIDE_ACCURACY_M = 5.0
"""Accuracy of pings inside a store: confident (well below 50 m)."""
OUTSIDE_ACCURACY_M = 8.0
"""Accuracy of pings in the street: 300 m away is far beyond 20 m + 8 m."""


@dataclass(frozen=True)
class FenceSpec:
    """One circle fence of the catalog."""

    fence_id: str
    store_id: str
    name: str
    centre: Place
    radius_m: float
    dwell_s: float
    tags: tuple[str, ...]


FENCE_BAKERY = FenceSpec(
    "fence-bakery", "store-12", "Corner Bakery Alexanderplatz", BAKERY, 40.0, 120.0, ("bakery",)
)
FENCE_BOOKS = FenceSpec(
    "fence-books", "store-7", "Bookshop Mitte", BOOKS, 30.0, 90.0, ("books",)
)
FENCES = (FENCE_BAKERY, FENCE_BOOKS)
CATALOG_VERSION = 1


@dataclass(frozen=True)
class Consent:
    """A consent record: the purposes a user granted at a version. No quiet
    hours (an explicit empty window), so the result does not depend on the
    hour at which the test runs."""

    user: str
    version: int
    location: bool
    offers: bool


INITIAL_CONSENT = (
    Consent("alice", 3, location=True, offers=True),
    Consent("carol", 1, location=True, offers=False),
    Consent("dave", 1, location=True, offers=True),
)
"""Written before Perimeter starts (it must read them before any ping).
Bob has no record at all: default deny."""

DAVE_REVOKES_LOCATION = Consent("dave", 2, location=False, offers=True)
"""Written between the phases, in the middle of Dave's visit."""

PROBE_CONSENT = Consent("zoe", 1, location=True, offers=False)
"""Written right after Dave's revocation, on the same consent partition.
Zoe's first ENTER proves that Perimeter's ledger has applied it, hence
also the revocation before it."""


@dataclass(frozen=True)
class Campaign:
    """One campaign of the campaign file written for the test."""

    campaign_id: str
    name: str
    event_kinds: tuple[str, ...]
    priority: int
    selector: str  # the TOML lines of [campaign.fences]
    offer_id: str
    category: str
    sender: str
    message: str
    ttl_s: int  # whole hours


CAMPAIGN_BAKERY_ENTER = Campaign(
    "bakery-welcome",
    "Bakery welcome pretzel",
    ("enter",),
    10,
    'tags = ["bakery"]',
    "offer-bakery-pretzel",
    "food",
    "Corner Bakery",
    "Welcome in: a free pretzel with any coffee today.",
    2 * 3600,
)
CAMPAIGN_BAKERY_DWELL = Campaign(
    "bakery-dwell-loyalty",
    "Bakery loyalty points for lingering",
    ("dwell",),
    5,
    'fence_ids = ["fence-bakery"]',
    "offer-bakery-loyalty",
    "loyalty",
    "Corner Bakery",
    "Double loyalty points on today's purchase.",
    2 * 3600,
)
CAMPAIGN_BOOKS_ENTER = Campaign(
    "books-welcome",
    "Bookshop welcome discount",
    ("enter",),
    10,
    'store_ids = ["store-7"]',
    "offer-books-10",
    "books",
    "Bookshop Mitte",
    "10% off one paperback today.",
    2 * 3600,
)
CAMPAIGNS = (CAMPAIGN_BAKERY_ENTER, CAMPAIGN_BAKERY_DWELL, CAMPAIGN_BOOKS_ENTER)


def campaigns_toml() -> str:
    """The campaign file (docs/campaigns.md): no schedule (any day, any
    time), no validity window, and a max_age of 1 h so that events from
    7 minutes ago are not stale."""
    parts = ["# Written by scripts/e2e for the end-to-end test.\n"]
    for c in CAMPAIGNS:
        kinds = ", ".join(f'"{k}"' for k in c.event_kinds)
        parts.append(
            f"""
[[campaign]]
id = "{c.campaign_id}"
name = "{c.name}"
event_kinds = [{kinds}]
priority = {c.priority}
cooldown = "1h"
max_age = "1h"
ttl = "{c.ttl_s // 3600}h"

[campaign.fences]
{c.selector}

[campaign.offer]
id = "{c.offer_id}"
category = "{c.category}"
sender = "{c.sender}"
message = "{c.message}"
"""
        )
    return "".join(parts)


@dataclass(frozen=True)
class Ping:
    """A valid ping: `user` at `place` at T + `at_ms`."""

    at_ms: int
    user: str
    place: Place
    accuracy_m: float


@dataclass(frozen=True)
class BadPing:
    """An input Perimeter must dead-letter with `reason`. `at_ms` orders it
    among the pings (and is the timestamp of a decodable one)."""

    at_ms: int
    key: str
    kind: str  # "garbage" or "latitude_123"
    reason: str  # the expected perimeter.errors.reason header value


PingInput = Union[Ping, BadPing]

GARBAGE_BYTES = b"\x0a\xff\x01not a protobuf Ping"
"""Field 1 announces 255 bytes and the value ends long before: truncated."""


def _ping(at_s: int, user: str, place: Place) -> Ping:
    inside = place in (BAKERY, BOOKS)
    accuracy = INSIDE_ACCURACY_M if inside else OUTSIDE_ACCURACY_M
    return Ping(at_s * SECOND, user, place, accuracy)


PHASE_1: tuple[PingInput, ...] = tuple(
    sorted(
        [
            # Alice walks in from the street (an outside ping with no visit
            # leaves nothing behind), stays past the 2 min dwell threshold.
            _ping(-420, "alice", NORTH_STREET),
            _ping(-400, "alice", BAKERY),
            _ping(-360, "alice", BAKERY),
            _ping(-320, "alice", BAKERY),
            _ping(-280, "alice", BAKERY),
            BadPing(-275 * SECOND, "alice", "garbage", "undecodable"),
            BadPing(-272 * SECOND, "alice", "latitude_123", "invalid_coordinates"),
            _ping(-265, "alice", BAKERY),
            # Bob never consented: Perimeter must drop every ping of his.
            _ping(-405, "bob", BAKERY),
            _ping(-350, "bob", BAKERY),
            _ping(-290, "bob", BAKERY),
            # Carol allows location only: events, never offers.
            _ping(-410, "carol", BOOKS),
            _ping(-360, "carol", BOOKS),
            _ping(-320, "carol", BOOKS),
            _ping(-270, "carol", BOOKS),
            # Dave enters (and gets the welcome offer); his dwell would be
            # due at -270, after his last phase-1 ping.
            _ping(-390, "dave", BAKERY),
            _ping(-340, "dave", BAKERY),
            _ping(-300, "dave", BAKERY),
        ],
        key=lambda p: p.at_ms,
    )
)

PROBE_START_MS = -250 * SECOND
PROBE_STEP_MS = 100
PROBE_MAX_PINGS = 200
"""Zoe's probe pings: at the bookshop, T-250 s + 100 ms x k, k < 200, so
all of them lie before phase 2 (a partition's watermark never passes a
phase-2 ping)."""

PHASE_2: tuple[PingInput, ...] = tuple(
    sorted(
        [
            # Alice leaves: three street pings 30 s apart. The exit run
            # starts at -210 and lasts 60 s with 3 pings at -150: EXIT.
            _ping(-210, "alice", NORTH_STREET),
            _ping(-180, "alice", NORTH_STREET),
            _ping(-150, "alice", NORTH_STREET),
            _ping(-120, "alice", NORTH_STREET),
            _ping(-195, "bob", BAKERY),
            _ping(-130, "bob", NORTH_STREET),
            _ping(-60, "bob", NORTH_STREET),
            _ping(-10, "bob", NORTH_STREET),
            _ping(-200, "carol", SOUTH_STREET),
            _ping(-170, "carol", SOUTH_STREET),
            _ping(-140, "carol", SOUTH_STREET),
            # Dave, location revoked: would DWELL at -215 and EXIT at -30
            # with consent; must produce nothing.
            _ping(-215, "dave", BAKERY),
            _ping(-175, "dave", BAKERY),
            _ping(-135, "dave", NORTH_STREET),
            _ping(-95, "dave", NORTH_STREET),
            _ping(-30, "dave", NORTH_STREET),
        ],
        key=lambda p: p.at_ms,
    )
)


@dataclass(frozen=True, order=True)
class Event:
    """What identifies a geofence event, times as offsets from T in ms.
    Actual events are normalised to this shape for an exact comparison."""

    user: str
    fence_id: str
    store_id: str
    kind: str  # ENTER, DWELL, EXIT
    exit_reason: str  # LEFT, TIMEOUT, FENCE_REMOVED; "" unless EXIT
    visit_start_ms: int
    event_time_ms: int
    duration_ms: Optional[int]
    accuracy_m: Optional[float]

    def describe(self) -> str:
        def t(ms: int) -> str:
            return f"T{ms / 1000:+.1f}s"

        text = f"{self.user:<6} {self.fence_id:<13} {self.kind:<5}"
        if self.exit_reason:
            text += f"({self.exit_reason})"
        text += f" visit {t(self.visit_start_ms)} at {t(self.event_time_ms)} store {self.store_id}"
        if self.duration_ms is not None:
            text += f" duration {self.duration_ms / 1000:.1f}s"
        if self.accuracy_m is not None:
            text += f" accuracy {self.accuracy_m:g}m"
        return text


def _event(
    user: str,
    fence: FenceSpec,
    kind: str,
    visit_start_s: int,
    at_s: int,
    duration_s: Optional[int],
    accuracy_m: float,
    exit_reason: str = "",
) -> Event:
    return Event(
        user,
        fence.fence_id,
        fence.store_id,
        kind,
        exit_reason,
        visit_start_s * SECOND,
        at_s * SECOND,
        None if duration_s is None else duration_s * SECOND,
        accuracy_m,
    )


I, O = INSIDE_ACCURACY_M, OUTSIDE_ACCURACY_M

EVENTS_PHASE_1 = (
    # First confident inside ping starts the visit.
    _event("alice", FENCE_BAKERY, "ENTER", -400, -400, None, I),
    # First inside ping at or after start + 120 s: -280 exactly.
    _event("alice", FENCE_BAKERY, "DWELL", -400, -280, 120, I),
    _event("carol", FENCE_BOOKS, "ENTER", -410, -410, None, I),
    # start + 90 s = -320, a ping at exactly that instant.
    _event("carol", FENCE_BOOKS, "DWELL", -410, -320, 90, I),
    _event("dave", FENCE_BAKERY, "ENTER", -390, -390, None, I),
)
EVENTS_PHASE_2 = (
    # Exit run from -210; at -150 it spans 60 s with 3 pings. The duration
    # runs from the visit start to the first outside ping (-210).
    _event("alice", FENCE_BAKERY, "EXIT", -400, -150, 190, O, "LEFT"),
    # Run from -200; at -140 it spans 60 s with 3 pings; 410 - 200 = 210 s.
    _event("carol", FENCE_BOOKS, "EXIT", -410, -140, 210, O, "LEFT"),
    # Dave: nothing. Revoking location purges his presence state without
    # an event (docs/privacy.md "Revocation"), and his later pings are
    # dropped at the consent gate: no DWELL, no EXIT.
)


def probe_enter(visit_start_ms: int) -> Event:
    """Zoe's one expected event: ENTER at the bookshop on the first probe
    ping Perimeter processed after her grant (its time is only known at
    run time)."""
    return Event(
        "zoe",
        FENCE_BOOKS.fence_id,
        FENCE_BOOKS.store_id,
        "ENTER",
        "",
        visit_start_ms,
        visit_start_ms,
        None,
        INSIDE_ACCURACY_M,
    )


@dataclass(frozen=True, order=True)
class Trigger:
    """What identifies an offer trigger; the triggering event is named by
    (kind, visit start) after resolving its event_id."""

    user: str
    campaign_id: str
    offer_id: str
    category: str
    sender: str
    message: str
    store_id: str
    fence_id: str
    consent_version: int
    event_kind: str
    event_visit_start_ms: int

    def describe(self) -> str:
        return (
            f"{self.user:<6} {self.campaign_id} offer {self.offer_id} ({self.category}) "
            f"at {self.fence_id}/{self.store_id}, consent v{self.consent_version}, "
            f"for {self.event_kind} of visit T{self.event_visit_start_ms / 1000:+.1f}s"
        )


def _trigger(user: str, campaign: Campaign, fence: FenceSpec, version: int, enter_s: int) -> Trigger:
    return Trigger(
        user,
        campaign.campaign_id,
        campaign.offer_id,
        campaign.category,
        campaign.sender,
        campaign.message,
        fence.store_id,
        fence.fence_id,
        version,
        "ENTER",
        enter_s * SECOND,
    )


TRIGGERS = (
    # Alice's ENTER matches the welcome campaign; her DWELL matches the
    # loyalty campaign but the visit already got its one offer.
    _trigger("alice", CAMPAIGN_BAKERY_ENTER, FENCE_BAKERY, 3, -400),
    # Dave's ENTER came before his revocation (consent version 1).
    _trigger("dave", CAMPAIGN_BAKERY_ENTER, FENCE_BAKERY, 1, -390),
    # Carol and Zoe: no offers consent. Bob: no consent at all.
)

DLQ_REASONS = ("undecodable", "invalid_coordinates")
"""The perimeter.errors.reason header values of the two bad pings."""

OFFER_FORBIDDEN_FIELDS = (
    "lat",
    "lon",
    "latitude",
    "longitude",
    "position",
    "location",
    "coordinates",
    "accuracy_m",
    "distance_to_edge_m",
)
"""Names docs/topics.md reserves in OfferTrigger: no coordinates, ever."""

USERS = ("alice", "bob", "carol", "dave", "zoe")
