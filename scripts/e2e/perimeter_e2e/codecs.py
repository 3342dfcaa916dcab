"""Perimeter's wire formats for the end-to-end tests: protobuf classes
generated from proto/perimeter/v1 at test time (nothing generated is
committed), and the encoders and decoders of the records the tests write
and read."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from perimeter_e2e import scenario as sc


def generate_protobuf_modules(proto_dir: Path, out_dir: Path) -> None:
    """Compiles proto/perimeter/v1/*.proto into Python modules under
    `out_dir` (grpcio-tools' bundled protoc) and puts them on sys.path as
    the package `perimeter.v1`."""
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


class Codec:
    """Protobuf encoding and decoding with the classes generated from
    proto/perimeter/v1 (`generate_protobuf_modules` must have run)."""

    def __init__(self) -> None:
        from perimeter.v1 import consent_pb2, dlq_pb2, event_pb2, fence_pb2, offer_pb2, ping_pb2, state_pb2

        self.consent_pb, self.dlq_pb, self.event_pb = consent_pb2, dlq_pb2, event_pb2
        self.fence_pb, self.offer_pb, self.ping_pb = fence_pb2, offer_pb2, ping_pb2
        self.state_pb = state_pb2

    def fence_record(self, f: sc.FenceSpec, catalog_version: int = sc.CATALOG_VERSION) -> bytes:
        fence = self.fence_pb.Fence(
            id=f.fence_id,
            store_id=f.store_id,
            name=f.name,
            circle=self.fence_pb.Circle(
                centre=self.fence_pb.LonLat(lon=f.centre.lon, lat=f.centre.lat), radius_m=f.radius_m
            ),
            dwell_s=f.dwell_s,
            tags=list(f.tags),
            time_zone=sc.TIME_ZONE,
        )
        return self.fence_pb.FenceRecord(fence=fence, catalog_version=catalog_version).SerializeToString()

    def consent_update(self, c: sc.Consent, updated_at_ms: int) -> bytes:
        purposes = []
        if c.location:
            purposes.append(self.consent_pb.PURPOSE_LOCATION)
        if c.offers:
            purposes.append(self.consent_pb.PURPOSE_OFFERS)
        record = self.consent_pb.ConsentRecord(
            user_id=c.user, purposes=purposes, time_zone=sc.TIME_ZONE, version=c.version,
            updated_at_ms=updated_at_ms,
        )
        # Explicit quiet hours with start == end: an empty window (instead
        # of the default 21:00-08:00), so the outcome is the same at any hour.
        record.quiet_hours.SetInParent()
        return self.consent_pb.ConsentUpdate(set=record).SerializeToString()

    def ping(self, user: str, lat: float, lon: float, accuracy_m: float, timestamp_ms: int) -> bytes:
        return self.ping_pb.Ping(
            user_id=user, lat=lat, lon=lon, accuracy_m=accuracy_m, timestamp_ms=timestamp_ms
        ).SerializeToString()

    def bad_ping(self, bad: sc.BadPing, timestamp_ms: int) -> bytes:
        if bad.kind == "garbage":
            return sc.GARBAGE_BYTES
        if bad.kind == "latitude_123":
            return self.ping(bad.key, 123.0, sc.BAKERY.lon, sc.INSIDE_ACCURACY_M, timestamp_ms)
        raise ValueError(bad.kind)

    def event_kind(self, value: int) -> str:
        return self.event_pb.EventKind.Name(value).removeprefix("EVENT_KIND_")

    def exit_reason(self, value: int) -> str:
        name = self.event_pb.ExitReason.Name(value).removeprefix("EXIT_REASON_")
        return "" if name == "UNSPECIFIED" else name


def user_state(value: bytes):  # noqa: ANN201 (generated class)
    """A user's changelog record: protobuf perimeter.v1.UserState
    (docs/topics.md, perimeter.presence-state)."""
    from perimeter.v1 import state_pb2  # generated at test time

    return state_pb2.UserState.FromString(value)


def has_live_state(state) -> bool:  # noqa: ANN001 (generated class)
    """Whether a UserState holds presence state or caps history."""
    return state.HasField("presence") or state.HasField("caps")
