"""Store-ops test: the web page in a real headless Chromium, the `perimeter
fences` command line and the admin API, against the real `perimeter run`
on a real broker (Apache Kafka).

Run it through scripts/e2e.sh (which installs Chromium, chromedriver, Apache
Kafka and the virtualenv, and builds the binary), or with pytest from
scripts/e2e:

    python -m pytest -s tests/test_store_ops_ui.py \
        [--store-ops-artifacts DIR] [--store-ops-update-docs] [--keep]

The browser is Debian's chromium driven by Debian's chromedriver through
Selenium; nothing is downloaded at run time (Selenium Manager is never
asked). Screenshots go to --store-ops-artifacts (default
target/test-artifacts/store-ops/) and, with --store-ops-update-docs, to
docs/images/store-ops-*.png as well.

It prints one PASS/FAIL line per check and a closing "N passed, M failed"
line; the test fails if any check did.
"""

from __future__ import annotations

import copy
import json
import os
import re
import select
import shutil
import socket
import struct
import subprocess
import threading
import uuid
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Optional

import pytest

from perimeter_e2e.checks import Checks
from perimeter_e2e.http_client import json_of, request
from perimeter_e2e.processes import BrokerFactory, log, wait_for
from perimeter_e2e.stack import REPO, SAMPLE_FENCES, Stack

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
VIEWPORT = (1280, 900)
MAX_BODY_BYTES = 2_000_000
OVERSIZED_BYTES = 3_000_000
UI_WAIT_S = 30.0
"""Deadline of every wait on the page (a publish waits up to admin.live_wait, 10 s)."""


# ---------------------------------------------------------------------------
# Fence files written for the test
# ---------------------------------------------------------------------------


def sample() -> dict:
    return json.loads(SAMPLE_FENCES.read_text("utf-8"))


def fence_id(feature: dict) -> str:
    return str(feature.get("id", feature.get("properties", {}).get("id")))


class Files:
    """The fence files of the test, written into `directory`, and what the
    server must say about them."""

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.dir = directory
        base = sample()
        features = base["features"]
        self.sample_ids = [fence_id(f) for f in features]
        self.sample_names = {fence_id(f): f["properties"]["name"] for f in features}
        self.sample_circles = sum(1 for f in features if f["geometry"]["type"] == "Point")
        self.sample_polygons = len(features) - self.sample_circles

        # A changed catalog: 3 removed, 2 changed, 2 added (a polygon with
        # a hole and a MultiPolygon), for the diff screenshot. Never published.
        changed = copy.deepcopy(base)
        fs = changed["features"]
        self.removed = [fence_id(f) for f in fs[3:6]]
        del fs[3:6]
        circle = next(f for f in fs if f["geometry"]["type"] == "Point")
        circle["properties"]["radius_m"] = 80
        polygon = next(f for f in fs if f["geometry"]["type"] == "Polygon")
        polygon["properties"]["dwell_s"] = 600
        self.changed = sorted([fence_id(circle), fence_id(polygon)])
        # The added fences lie just east of the changed polygon, so that
        # one zoomed view shows them all.
        lon, lat = polygon["geometry"]["coordinates"][0][0]
        lon, lat = lon + 0.0015, lat + 0.0002
        fs.append({
            "type": "Feature", "id": "fence-courtyard",
            "properties": {"store_id": "store-0100", "name": "Courtyard Market (test)", "timezone": "Europe/Berlin"},
            "geometry": {"type": "Polygon", "coordinates": [
                square(lon, lat, 0.0016, 0.0010),
                square(lon + 0.0005, lat + 0.0003, 0.0006, 0.0004),  # the courtyard: a hole
            ]},
        })
        fs.append({
            "type": "Feature", "id": "fence-two-halls",
            "properties": {"store_id": "store-0101", "name": "Two Halls Outlet (test)", "timezone": "Europe/Berlin"},
            "geometry": {"type": "MultiPolygon", "coordinates": [
                [square(lon + 0.0020, lat, 0.0008, 0.0005)],
                [square(lon + 0.0032, lat, 0.0008, 0.0005)],
            ]},
        })
        self.added = ["fence-courtyard", "fence-two-halls"]
        self.unchanged = len(fs) - len(self.added) - len(self.changed)
        self.changed_path = directory / "fences-changed.geojson"
        self.changed_path.write_text(json.dumps(changed, indent=1))

        # A broken GeoJSON file: 6 features of the sample with an unclosed
        # ring, a latitude of 95 and a duplicate id.
        polys = [f for f in features if f["geometry"]["type"] == "Polygon"][:3]
        circles = [f for f in features if f["geometry"]["type"] == "Point"][:3]
        broken = {"type": "FeatureCollection", "features": copy.deepcopy([circles[0], polys[0], circles[1],
                                                                            polys[1], circles[2], polys[2]])}
        bf = broken["features"]
        bf[1]["geometry"]["coordinates"][0].pop()  # the closing position: ring not closed
        bf[2]["geometry"]["coordinates"][1] = 95.0  # latitude 95
        bf[4]["id"] = fence_id(bf[0])  # duplicate id
        self.broken_geojson = directory / "fences-broken.geojson"
        self.broken_geojson.write_text(json.dumps(broken, indent=1))
        # (index, line, id, substring of the message)
        self.broken_geojson_errors = [
            (1, None, fence_id(bf[1]), "exterior ring is not closed"),
            (2, None, fence_id(bf[2]), "95] is out of range"),
            (4, None, fence_id(bf[0]), "duplicate id: feature 0 already uses it"),
        ]

        # A broken CSV file: a radius of 2 m on its second data row.
        self.broken_csv = directory / "fences-broken.csv"
        self.broken_csv.write_text(
            "store_id,name,lat,lon,radius_m,dwell_s,tags,timezone\n"
            "store-0201,Kiosk North,52.5301,13.4102,40,,kiosk,Europe/Berlin\n"
            "store-0202,Kiosk South,52.5101,13.4102,2,,kiosk,Europe/Berlin\n"
            "store-0203,\"Kiosk East, by the station\",52.5201,13.4302,35,120,kiosk|station,Europe/Berlin\n"
        )
        self.broken_csv_errors = [(1, 3, "store-0202", "radius_m 2 is out of bounds")]

        # Over admin.max_body_bytes: the sample padded with spaces.
        text = SAMPLE_FENCES.read_text("utf-8")
        self.oversized = directory / "fences-oversized.geojson"
        self.oversized.write_text(text[:-1] + " " * (OVERSIZED_BYTES - len(text.encode())) + text[-1])


def square(lon: float, lat: float, dlon: float, dlat: float) -> list[list[float]]:
    """A closed rectangular ring with its south-west corner at (lon, lat)."""
    return [[lon, lat], [lon + dlon, lat], [lon + dlon, lat + dlat], [lon, lat + dlat], [lon, lat]]


# ---------------------------------------------------------------------------
# A basemap tile server on loopback
# ---------------------------------------------------------------------------

TILE_RGB = (214, 188, 250)
"""The colour of every basemap tile: a lavender no fence style uses."""


def png(rgb: tuple[int, int, int], size: int = 256) -> bytes:
    """A plain 8-bit RGB PNG of one colour."""
    raw = zlib.compress((b"\x00" + bytes(rgb) * size) * size)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def png_pixel(data: bytes, x: int, y: int) -> tuple[int, int, int]:
    """The RGB of pixel (x, y) of an 8-bit RGB or RGBA PNG (a screenshot)."""
    pos, idat, width = 8, b"", 0
    channels = 3
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            width, _, depth, color = struct.unpack(">IIBB", body[:10])
            channels = {2: 3, 6: 4}[color]
            assert depth == 8
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    raw = zlib.decompress(idat)
    stride = width * channels
    prev = bytearray(stride)
    for row in range(y + 1):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b, c = prev[i], prev[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        prev = line
    return tuple(prev[x * channels:x * channels + 3])  # type: ignore[return-value]


class TileServer:
    """Serves a TILE_RGB PNG for /{z}/{x}/{y}.png on loopback and keeps the
    paths asked for."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        tile, seen = png(TILE_RGB), self.requests

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                seen.append(self.path)
                ok = re.fullmatch(r"/\d+/\d+/\d+\.png", self.path)
                body = tile if ok else b"not a tile"
                self.send_response(200 if ok else 404)
                self.send_header("Content-Type", "image/png" if ok else "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.template = self.origin + "/{z}/{x}/{y}.png"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()


# ---------------------------------------------------------------------------
# The browser
# ---------------------------------------------------------------------------


class Browser:
    """Headless Chromium through Debian's chromedriver."""

    def __init__(self, profile_dir: Path) -> None:
        # Never let Selenium Manager look for (or download) a driver or browser.
        os.environ["SE_OFFLINE"] = "true"
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--disable-dev-shm-usage", f"--user-data-dir={profile_dir}",
                     f"--window-size={VIEWPORT[0]},{VIEWPORT[1]}"):
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        self.driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
        self.driver.set_page_load_timeout(30)

    def open(self, url: str) -> None:
        d = self.driver
        d.get(url)
        # --window-size is the window's outer size: grow it until the page's
        # viewport is exactly VIEWPORT, so screenshots are 1280x900.
        inner = d.execute_script("return [window.innerWidth, window.innerHeight]")
        if tuple(inner) != VIEWPORT:
            d.set_window_size(2 * VIEWPORT[0] - inner[0], 2 * VIEWPORT[1] - inner[1])

    def by_id(self, element_id: str):  # noqa: ANN201 (WebElement)
        from selenium.webdriver.common.by import By

        return self.driver.find_element(By.ID, element_id)

    def all(self, css: str) -> list:
        from selenium.webdriver.common.by import By

        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def text(self, element_id: str) -> str:
        return self.by_id(element_id).text.strip()

    def shown(self, element_id: str) -> bool:
        elements = self.all(f"#{element_id}")
        return bool(elements) and elements[0].is_displayed()

    def wait(self, what: str, condition: Callable[[], object], timeout_s: float = UI_WAIT_S) -> object:
        from selenium.common.exceptions import StaleElementReferenceException

        def probe() -> object:
            try:
                return condition()
            except StaleElementReferenceException:
                return None

        return wait_for(what, probe, timeout_s, interval_s=0.1)

    def set_token(self, token: str) -> None:
        box = self.by_id("token")
        box.clear()
        box.send_keys(token)

    def choose_file(self, path: Path) -> None:
        self.by_id("file").send_keys(str(path))

    def screenshot(self, path: Path) -> None:
        self.driver.execute_script("window.scrollTo(0, 0)")
        self.driver.save_screenshot(str(path))

    def console_errors(self) -> list[str]:
        """Console messages of level SEVERE, except failed requests (the
        test provokes 401, 413 and 422 answers on purpose)."""
        try:
            entries = self.driver.get_log("browser")
        except Exception:  # noqa: BLE001 (not every driver keeps logs)
            return []
        return [e["message"] for e in entries
                if e.get("level") == "SEVERE" and "Failed to load resource" not in e.get("message", "")]

    def quit(self) -> None:
        self.driver.quit()


# ---------------------------------------------------------------------------
# Raw HTTP helpers
# ---------------------------------------------------------------------------


def send_oversized(base_url: str, path: str, size: int, token: str, chunked: bool) -> tuple[int, str]:
    """PUTs `size` bytes over a plain socket, with Content-Length or
    chunked, stops sending as soon as the server answers, and returns
    (status, body); status 0 when the connection closed without an answer."""
    host, port = base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as s:
        framing = "Transfer-Encoding: chunked" if chunked else f"Content-Length: {size}"
        s.sendall(
            f"PUT {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAuthorization: Bearer {token}\r\n"
            f"Content-Type: application/geo+json\r\n{framing}\r\nConnection: close\r\n\r\n".encode()
        )
        sent, piece = 0, b" " * 65536
        while sent < size:
            if select.select([s], [], [], 0)[0]:
                break  # the server has answered (or closed): stop sending
            part = piece[: min(len(piece), size - sent)]
            try:
                s.sendall(f"{len(part):x}\r\n".encode() + part + b"\r\n" if chunked else part)
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += len(part)
        else:
            if chunked:
                try:
                    s.sendall(b"0\r\n\r\n")
                except (BrokenPipeError, ConnectionResetError):
                    pass
        data = b""
        try:
            while chunk := s.recv(65536):
                data += chunk
        except (ConnectionResetError, socket.timeout):
            pass
    head, _, body = data.partition(b"\r\n\r\n")
    parts = head.split(b" ", 2)
    status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
    return status, body.decode("utf-8", "replace")


def run_cli(binary: str, args: list[str], env_token: Optional[str] = None, timeout_s: float = 120) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of `perimeter ARGS`, with
    PERIMETER_ADMIN_TOKEN set to `env_token` (and no other PERIMETER_*)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PERIMETER_")}
    env["NO_COLOR"] = "1"
    if env_token is not None:
        env["PERIMETER_ADMIN_TOKEN"] = env_token
    p = subprocess.run([binary, *args], capture_output=True, text=True, env=env, timeout=timeout_s, check=False)
    return p.returncode, p.stdout, p.stderr


# ---------------------------------------------------------------------------
# The test
# ---------------------------------------------------------------------------


class StoreOpsTest:
    def __init__(self, perimeter_bin: str, brokers: BrokerFactory, artifacts: Path, workdir: Path,
                 checks: Checks) -> None:
        self.perimeter_bin, self.workdir, self.c = perimeter_bin, workdir, checks
        self.token = uuid.uuid4().hex  # 32 characters: above the 16 the server requires
        self.files = Files(workdir / "files")
        self.stack = Stack(perimeter_bin, brokers, workdir)
        self.browser: Optional[Browser] = None
        self.screenshots: list[Path] = []
        self.tiles = TileServer()
        self.artifacts = artifacts
        self.artifacts.mkdir(parents=True, exist_ok=True)

    @property
    def api(self) -> str:
        return self.stack.perimeter.base_url

    def shot(self, name: str) -> None:
        path = self.artifacts / f"store-ops-{name}.png"
        self.browser.screenshot(path)
        self.screenshots.append(path)
        log(f"screenshot {path}")

    def live(self, base_url: Optional[str] = None) -> dict:
        status, _, body = request("GET", f"{base_url or self.api}/v1/fences")
        data = json_of(body)
        if status != 200 or data is None:
            raise RuntimeError(f"GET /v1/fences answered {status}: {body[:200]}")
        return data

    def run(self) -> None:
        self.stack.start_broker()
        self.stack.start_perimeter(
            group="perimeter-store-ops",
            admin=f"max_body_bytes = {MAX_BODY_BYTES}\nbasemap_url = \"{self.tiles.template}\"\n"
                  "basemap_attribution = \"Test tiles (loopback)\"",
            env={"PERIMETER_ADMIN_TOKEN": self.token},
        )
        self.check_static()
        live = self.live()
        self.c.check(f"an empty fences topic: nothing live (version {live.get('version')}, "
                     f"{live.get('fence_count')} fences)", live.get("fence_count") == 0, json.dumps(live))
        self.base_version = int(live.get("version") or 0)

        self.browser = Browser(self.workdir / "chromium-profile")
        self.page_first_upload()
        self.page_changed_catalog()
        self.page_invalid_files()
        self.page_failures()
        self.cli()
        self.api_checks()
        self.page_store_ops()
        self.fallback_drawing()
        self.read_only_instance()
        self.limits_instance()
        errors = self.browser.console_errors()
        self.c.check("page: no JavaScript errors in the console", not errors, "\n".join(errors))

    # -- the page ------------------------------------------------------------

    def check_static(self) -> None:
        for path, kind in (("/", "text/html"), ("/ui/app.js", "javascript"), ("/ui/style.css", "text/css"),
                           ("/ui/vendor/map.js", "javascript"), ("/ui/vendor/map.css", "text/css"),
                           ("/ui/vendor/LICENSE.txt", "text/plain")):
            status, headers, body = request("GET", self.api + path)
            ctype = headers.get("Content-Type", headers.get("content-type", ""))
            self.c.check(f"GET {path}: 200, {kind}, not empty", status == 200 and kind in ctype and len(body) > 100,
                         f"status {status}, content type {ctype!r}, {len(body)} bytes")
        _, _, body = request("GET", self.api + "/ui/vendor/LICENSE.txt")
        self.c.check("the map library's license file is served with it",
                     "BSD 2-Clause" in body and "Agafonkin" in body, body[:200])
        status, headers, body = request("GET", self.api + "/ui/config.json")
        cfg = json_of(body) or {}
        self.c.check("GET /ui/config.json: the basemap template and the built-in map library (Leaflet 1.9.4)",
                     cfg.get("basemap_url") == self.tiles.template
                     and (cfg.get("map_library") or {}).get("name") == "leaflet"
                     and (cfg.get("map_library") or {}).get("version") == "1.9.4", body)
        _, headers, _ = request("GET", self.api + "/")
        csp = headers.get("Content-Security-Policy", headers.get("content-security-policy", ""))
        img = next((d for d in csp.split(";") if d.strip().startswith("img-src")), "")
        self.c.check("CSP: img-src adds exactly the basemap's origin, connect-src and script-src stay 'self'",
                     img.split() == ["img-src", "'self'", "data:", self.tiles.origin]
                     and "connect-src 'self';" in csp and "script-src 'self';" in csp, csp)

    def page_first_upload(self) -> None:
        b, c, f = self.browser, self.c, self.files
        b.open(self.api + "/")
        c.check("page: title", "Perimeter" in b.driver.title, b.driver.title)
        b.wait("the live panel to show the empty catalog", lambda: b.text("live-count") == "0")
        c.check(f"page: live version {self.base_version} and 0 fences before any upload",
                b.text("live-version") == str(self.base_version), b.text("live-version"))
        b.set_token(self.token)
        stored = b.driver.execute_script("return sessionStorage.getItem('perimeter.adminToken')")
        c.check("page: the token is kept in sessionStorage", stored == self.token)

        b.choose_file(SAMPLE_FENCES)
        b.wait("the dry run of the sample to show its diff", lambda: b.shown("confirm"))
        n = len(f.sample_ids)
        counts = {k: b.text(f"diff-{k}") for k in ("added", "changed", "removed", "unchanged")}
        c.check(f"page: dry run of the sample: {n} added, 0 changed, 0 removed, 0 unchanged",
                counts == {"added": str(n), "changed": "0", "removed": "0", "unchanged": "0"}, str(counts))
        c.check("page: status says the file is valid with 56 fences",
                f"valid: {n} fences" in b.text("status"), b.text("status"))
        c.check("map: drawn with the built-in map library (Leaflet), not the fallback drawing",
                b.driver.execute_script("return window.perimeterMap && window.perimeterMap.library") == "leaflet"
                and not b.shown("map-note"))
        shapes = self.map_shapes("diff")
        c.check(f"map: the diff layer has one shape per fence ({n}), every one 'added'",
                sorted(s["id"] for s in shapes) == sorted(f.sample_ids)
                and all(s["status"] == "added" for s in shapes), f"{len(shapes)} shapes: {shapes[:3]} ...")
        c.check(f"map: the file layer has the file's {n} fences", len(self.map_shapes("file")) == n)
        c.check(f"map: circles drawn as circles ({f.sample_circles}), polygons as polygons ({f.sample_polygons})",
                sum(s["kind"] == "circle" for s in shapes) == f.sample_circles
                and sum(s["kind"] == "polygon" for s in shapes) == f.sample_polygons,
                str(sorted({s["kind"] for s in shapes})))
        inside = self.shapes_inside_map("diff")
        c.check("map: every fence lies within the drawing area", inside == n, f"{inside} of {n} inside")
        c.check("map: a legend", "Added: 56" in b.text("legend"), b.text("legend"))
        confirm = b.by_id("confirm").text
        c.check(f"page: the button says 'Publish version {self.base_version + 1}'",
                confirm == f"Publish version {self.base_version + 1}", confirm)
        c.check("page: nothing was published by the dry run", self.live()["version"] == self.base_version)
        self.shot("1-check")

        b.by_id("confirm").click()
        v1 = self.base_version + 1
        b.wait(f"the live panel to show version {v1} with {n} fences",
               lambda: b.text("live-version") == str(v1) and b.text("live-count") == str(n))
        status = b.text("status")
        c.check(f"page: status says version {v1} was published and is live",
                f"Published version {v1}" in status and "It is live" in status, status)
        c.check("page: no confirm button after publishing", not b.shown("confirm"))
        b.wait("the map to show the live catalog",
               lambda: len(self.map_shapes("live")) == n and not self.map_shapes("diff"))
        live = self.live()
        c.check(f"API: version {v1} live with {n} fences, {n} stores, {f.sample_polygons} polygons and "
                f"{f.sample_circles} circles",
                live["version"] == v1 and live["fence_count"] == n and live["store_count"] == n
                and live["kinds"].get("polygon") == f.sample_polygons and live["kinds"].get("circle") == f.sample_circles,
                json.dumps(live))
        self.shot("2-published")

    def page_changed_catalog(self) -> None:
        b, c, f = self.browser, self.c, self.files
        b.choose_file(f.changed_path)
        b.wait("the dry run of the changed catalog", lambda: b.shown("confirm") and b.text("diff-removed") != "0")
        counts = {k: b.text(f"diff-{k}") for k in ("added", "changed", "removed", "unchanged")}
        want = {"added": str(len(f.added)), "changed": str(len(f.changed)), "removed": str(len(f.removed)),
                "unchanged": str(f.unchanged)}
        c.check(f"page: dry run of a changed catalog: {want}", counts == want, str(counts))
        shapes = self.map_shapes("diff")
        by_status: dict[str, list[str]] = {}
        for s in shapes:
            by_status.setdefault(s["status"], []).append(s["id"])
        c.check("map: the diff layer: added, changed and removed (the live fences the file drops)",
                sorted(by_status.get("added", [])) == sorted(f.added)
                and sorted(by_status.get("changed", [])) == f.changed
                and sorted(by_status.get("removed", [])) == sorted(f.removed),
                json.dumps({k: len(v) for k, v in by_status.items()}))
        unchanged = [s for s in self.map_shapes("file") if s["status"] == "unchanged"]
        c.check(f"map: the file layer: its {f.unchanged} unchanged fences and the others",
                len(unchanged) == f.unchanged and len(self.map_shapes("live")) == len(f.sample_ids),
                f"{len(unchanged)} unchanged")
        multi = [s for s in shapes if s["id"] == "fence-two-halls"]
        hole = [s for s in shapes if s["id"] == "fence-courtyard"]
        c.check("map: a MultiPolygon is one shape of two parts, a polygon with a hole one shape of two rings",
                len(multi) == 1 and multi[0]["kind"] == "multipolygon" and multi[0]["rings"] == 2
                and len(hole) == 1 and hole[0]["kind"] == "polygon" and hole[0]["rings"] == 2, f"{multi} {hole}")
        b.by_id("diff-list-added").click()  # open one id list for the screenshot
        self.shot("3-diff")
        # Click an added id: the map zooms to it (and highlights it).
        b.all("#diff-list-added button")[0].click()
        b.by_id("zoom-out").click()
        zoomed = b.driver.execute_script(
            "return [window.perimeterMap.map.getZoom(), window.perimeterMap.highlighted()]")
        c.check("map: clicking an id in the diff zooms to that fence and highlights it",
                zoomed[0] >= 15 and zoomed[1] == f.added[0], str(zoomed))
        self.shot("4-diff-zoom")
        b.by_id("zoom-fit").click()
        b.by_id("cancel").click()
        b.wait("the preview to be discarded", lambda: not b.shown("confirm") and not b.shown("diff"))
        c.check("page: discarding publishes nothing", self.live()["version"] == self.base_version + 1)

    def page_invalid_files(self) -> None:
        b, c, f = self.browser, self.c, self.files
        for path, expected, shot in ((f.broken_geojson, f.broken_geojson_errors, "5-errors"),
                                     (f.broken_csv, f.broken_csv_errors, "6-csv-errors")):
            b.choose_file(path)
            # The status names the new file as soon as the check starts, while
            # the table may still show the previous file's rows: wait for the
            # verdict and for this file's number of rows.
            b.wait(f"the errors of {path.name}",
                   lambda: b.shown("errors") and path.name in b.text("status")
                   and "nothing was accepted" in b.text("status")
                   and len(b.all("#errors tbody tr.error-row")) == len(expected))
            rows = [[td.text.strip() for td in tr.find_elements("css selector", "td")]
                    for tr in b.all("#errors tbody tr.error-row")]
            c.check(f"page: {path.name}: exactly the expected error rows (index, line, id, message)",
                    rows_match(rows, expected), "\n".join(f"got  {r}" for r in rows)
                    + "\n" + "\n".join(f"want {e}" for e in expected))
            n = len(expected)
            status = b.text("status")
            c.check(f"page: {path.name}: the status says {n} problem(s), nothing accepted",
                    f"{n} problem" in status and "nothing was accepted" in status, status)
            c.check(f"page: {path.name}: no confirm button, no diff", not b.shown("confirm") and not b.shown("diff"))
            color = b.driver.execute_script("return getComputedStyle(document.getElementById('status')).color")
            c.check(f"page: {path.name}: the status is styled as an error (red text)",
                    "status-error" in b.by_id("status").get_attribute("class") and red(color), color)
            self.shot(shot)

    def page_failures(self) -> None:
        b, c, f = self.browser, self.c, self.files
        b.set_token("not-the-token-" + uuid.uuid4().hex)
        b.choose_file(SAMPLE_FENCES)
        b.wait("a 401 message", lambda: "401" in b.text("status"))
        c.check("page: a wrong token gives a readable 401 message about the token",
                "token" in b.text("status").lower() and not b.shown("confirm"), b.text("status"))
        b.set_token(self.token)
        b.choose_file(f.oversized)
        b.wait("a 413 message", lambda: "413" in b.text("status") or "reach" in b.text("status"))
        c.check("page: a file over admin.max_body_bytes gives a readable 413 message",
                "413" in b.text("status") and "too large" in b.text("status"), b.text("status"))
        c.check("page: nothing was published by the failed uploads", self.live()["version"] == self.base_version + 1)

    def map_shapes(self, layer: Optional[str] = None) -> list[dict]:
        """The fences the map draws: {id, layer, status, kind, rings}."""
        items = self.browser.driver.execute_script(
            "return window.perimeterMap ? window.perimeterMap.items() : []") or []
        return [i for i in items if layer is None or i["layer"] == layer]

    def shapes_inside_map(self, layer: str) -> int:
        return self.browser.driver.execute_script("""
            const box = document.getElementById('map').getBoundingClientRect();
            return window.perimeterMap.items().filter(i => i.layer === arguments[0]).filter(i => {
              const p = window.perimeterMap.pointOf(i.id);
              return p && p[0] >= 0 && p[1] >= 0 && p[0] <= box.width && p[1] <= box.height; }).length;""", layer)

    def click_fence(self, fence: str) -> None:
        """Clicks the map where fence `fence` is drawn (a real mouse click)."""
        from selenium.webdriver.common.action_chains import ActionChains

        b = self.browser
        b.driver.execute_script("window.perimeterMap.map.invalidateSize()")
        point = b.driver.execute_script("return window.perimeterMap.pointOf(arguments[0])", fence)
        if point is None:
            raise AssertionError(f"{fence} is not on the map")
        size = b.driver.execute_script(
            "const r = document.getElementById('map').getBoundingClientRect(); return [r.width, r.height]")
        ActionChains(b.driver).move_to_element_with_offset(
            b.by_id("map"), int(point[0] - size[0] / 2), int(point[1] - size[1] / 2)).click().perform()

    # -- the command line --------------------------------------------------------

    def cli(self) -> None:
        c, f, binary = self.c, self.files, self.perimeter_bin
        n = len(f.sample_ids)
        code, out, err = run_cli(binary, ["fences", "validate", str(SAMPLE_FENCES)])
        c.check(f"cli: fences validate SAMPLE: exit 0, '{n} fences'", code == 0 and f"valid, {n} fences" in out,
                f"exit {code}\nstdout: {out}\nstderr: {err}")
        for path, expected in ((f.broken_geojson, f.broken_geojson_errors), (f.broken_csv, f.broken_csv_errors)):
            code, out, err = run_cli(binary, ["fences", "validate", str(path)])
            missing = [e for e in expected if not cli_lists(err + out, e)]
            c.check(f"cli: fences validate {path.name}: exit 1, every problem printed", code == 1 and not missing,
                    f"exit {code}, missing {missing}\nstdout: {out}\nstderr: {err}")

        v = self.live()["version"]
        code, out, err = run_cli(binary, ["fences", "upload", str(f.changed_path), "--api", self.api, "--dry-run"],
                                 env_token=self.token)
        summary = (f"{n - len(f.removed) + len(f.added)} fences: {len(f.added)} added, {len(f.changed)} changed, "
                   f"{len(f.removed)} removed, {f.unchanged} unchanged (against live version {v})")
        c.check("cli: fences upload --dry-run (token from PERIMETER_ADMIN_TOKEN): exit 0, the diff printed",
                code == 0 and summary in out and "dry run: nothing was published" in out
                and all(i in out for i in f.added + f.changed + f.removed),
                f"exit {code}, wanted {summary!r}\nstdout: {out}\nstderr: {err}")
        code, out, err = run_cli(binary, ["fences", "upload", str(SAMPLE_FENCES), "--api", self.api, "--dry-run",
                                          "--token", self.token])
        c.check("cli: fences upload SAMPLE --dry-run --token: exit 0, identical to live",
                code == 0 and f"{n} fences: 0 added, 0 changed, 0 removed, {n} unchanged" in out,
                f"exit {code}\nstdout: {out}\nstderr: {err}")
        code, out, err = run_cli(binary, ["fences", "upload", str(f.broken_geojson), "--api", self.api],
                                 env_token=self.token)
        missing = [e for e in f.broken_geojson_errors if not cli_lists(err + out, e)]
        c.check("cli: fences upload BROKEN: exit 1, every problem printed", code == 1 and not missing,
                f"exit {code}, missing {missing}\nstdout: {out}\nstderr: {err}")
        code, out, err = run_cli(binary, ["fences", "upload", str(SAMPLE_FENCES), "--api", self.api, "--dry-run"],
                                 env_token="wrong-" + uuid.uuid4().hex)
        c.check("cli: fences upload with a wrong token: exit 2, the message mentions the token",
                code == 2 and "token" in err.lower(), f"exit {code}\nstdout: {out}\nstderr: {err}")
        code, out, err = run_cli(binary, ["fences", "upload", str(SAMPLE_FENCES), "--api", self.api, "--dry-run"])
        c.check("cli: fences upload without a token: exit 2, says how to give one",
                code == 2 and "PERIMETER_ADMIN_TOKEN" in err, f"exit {code}\nstdout: {out}\nstderr: {err}")
        c.check("cli: nothing was published by the CLI runs", self.live()["version"] == v)

    # -- the API -------------------------------------------------------------------

    def api_checks(self) -> None:
        c, f = self.c, self.files
        body = SAMPLE_FENCES.read_bytes()
        geo = {"Content-Type": "application/geo+json"}
        status, headers, text = request("PUT", f"{self.api}/v1/fences?dry_run=true", body, geo)
        c.check("API: PUT without a token: 401 unauthorized with WWW-Authenticate: Bearer",
                status == 401 and (json_of(text) or {}).get("error") == "unauthorized"
                and "Bearer" in headers.get("WWW-Authenticate", headers.get("www-authenticate", "")),
                f"{status} {headers} {text}")
        status, _, text = request("PUT", f"{self.api}/v1/fences?dry_run=true", body,
                                  {**geo, "Authorization": "Bearer wrong-" + uuid.uuid4().hex})
        c.check("API: PUT with a wrong token: 401 unauthorized",
                status == 401 and (json_of(text) or {}).get("error") == "unauthorized", f"{status} {text}")
        for chunked in (False, True):
            how = "chunked" if chunked else "with Content-Length"
            status, text = send_oversized(self.api, "/v1/fences?dry_run=true", OVERSIZED_BYTES, self.token, chunked)
            c.check(f"API: a {OVERSIZED_BYTES} byte body {how} over max_body_bytes = {MAX_BODY_BYTES}: "
                    "413 body_too_large",
                    status == 413 and (json_of(text) or {}).get("error") == "body_too_large", f"{status} {text[:300]}")
        auth = {"Authorization": f"Bearer {self.token}"}
        victim = f.sample_ids[-1]
        v1 = self.base_version + 1
        status, _, text = request("DELETE", f"{self.api}/v1/fences/{victim}", None, auth)
        data = json_of(text) or {}
        c.check(f"API: DELETE /v1/fences/{victim}: 200, version {v1 + 1}, live",
                status == 200 and data.get("removed") == victim and data.get("version") == v1 + 1
                and data.get("live") is True, f"{status} {text}")
        live = self.live()
        c.check(f"API: then {len(f.sample_ids) - 1} fences live at version {v1 + 1}",
                live["fence_count"] == len(f.sample_ids) - 1 and live["version"] == v1 + 1, json.dumps(live))
        status, _, text = request("GET", f"{self.api}/v1/fences/{victim}")
        c.check("API: GET of the deleted fence: 404 not_found",
                status == 404 and (json_of(text) or {}).get("error") == "not_found", f"{status} {text}")
        status, _, text = request("GET", f"{self.api}/v1/fences/{f.sample_ids[0]}")
        data = json_of(text) or {}
        c.check(f"API: GET /v1/fences/{f.sample_ids[0]}: the live fence as a GeoJSON Feature",
                status == 200 and data.get("type") == "Feature" and fence_id(data) == f.sample_ids[0], f"{status} {text}")
        status, _, text = request("DELETE", f"{self.api}/v1/fences/{victim}", None, auth)
        c.check("API: DELETE of a fence that is not live: 404", status == 404, f"{status} {text}")
        b = self.browser
        try:
            b.wait("the page's live panel to follow the deletion",
                   lambda: b.text("live-version") == str(v1 + 1) and b.text("live-count") == str(len(f.sample_ids) - 1),
                   timeout_s=15)
            c.check("page: the live panel refreshes by itself (version and count after the DELETE)", True)
        except TimeoutError as e:
            c.check("page: the live panel refreshes by itself (version and count after the DELETE)", False, str(e))

        status, _, text = request("POST", f"{self.api}/v1/users/u1/erase", b"", auth)
        data = json_of(text) or {}
        c.check("API: POST /v1/users/u1/erase: 202 with user id, version and time",
                status == 202 and data.get("user_id") == "u1" and isinstance(data.get("version"), int)
                and bool(data.get("requested_at")), f"{status} {text}")
        status, _, text = request("POST", f"{self.api}/v1/users/u1/erase", b"")
        c.check("API: erase without a token: 401", status == 401, f"{status} {text}")

    # -- store operations through the page: basemap, upsert, delete, 409, rollback --

    def explain_ids(self, lon: float, lat: float) -> list[str]:
        """The live fences GET /v1/explain says contain (lat, lon)."""
        status, _, text = request("GET", f"{self.api}/v1/explain?lat={lat}&lon={lon}&accuracy_m=5")
        data = json_of(text) or {}
        return [f["fence_id"] for f in data.get("fences", []) if f.get("inside")]

    def fence_status(self, fence: str) -> int:
        return request("GET", f"{self.api}/v1/fences/{fence}")[0]

    def upsert_file(self, name: str, features: list[dict]) -> Path:
        path = self.workdir / "files" / name
        path.write_text(json.dumps({"type": "FeatureCollection", "features": features}, indent=1))
        return path

    def page_store_ops(self) -> None:
        b, c, f = self.browser, self.c, self.files
        n = len(f.sample_ids) - 1  # api_checks deleted one
        b.open(self.api + "/")
        b.set_token(self.token)
        b.wait("the live map", lambda: len(self.map_shapes("live")) == n)

        # The basemap, from the tile server on loopback.
        b.wait("tile requests", lambda: len(self.tiles.requests) >= 4)
        tiles_ok = all(re.fullmatch(r"/\d+/\d+/\d+\.png", r) for r in self.tiles.requests)
        c.check(f"basemap: the page asked the loopback tile server for XYZ tiles ({len(self.tiles.requests)})",
                tiles_ok, str(self.tiles.requests[:5]))
        b.wait("the tiles to be drawn", lambda: b.driver.execute_script(
            "return [...document.querySelectorAll('#map img.leaflet-tile')]"
            ".filter(i => i.complete && i.naturalWidth === 256).length") >= 4)
        box = b.driver.execute_script(
            "window.scrollTo(0, 0); const r = document.getElementById('map').getBoundingClientRect();"
            "return [r.left, r.top, r.width, r.height, window.devicePixelRatio]")
        shot = b.driver.get_screenshot_as_png()
        points = [(box[0] + box[2] * fx, box[1] + box[3] * fy) for fx in (0.05, 0.5, 0.95) for fy in (0.1, 0.5, 0.9)]
        colours = [png_pixel(shot, int(x * box[4]), int(y * box[4])) for x, y in points]
        tile_coloured = [col for col in colours if all(abs(a - t) <= 6 for a, t in zip(col, TILE_RGB))]
        c.check("basemap: map pixels have the tile's colour (the tiles are drawn under the fences)",
                len(tile_coloured) >= 3, str(colours))
        self.shot("7-basemap")

        # An add-or-update (PATCH) through the page.
        base = sample()["features"]
        polygon = next(x for x in base if x["geometry"]["type"] == "Polygon")
        lon, lat = polygon["geometry"]["coordinates"][0][0]
        lon, lat = lon - 0.004, lat - 0.002
        kiosk = {"type": "Feature", "id": "fence-kiosk-upsert",
                 "properties": {"store_id": "store-0300", "name": "Kiosk by the fountain (test)",
                                "timezone": "Europe/Berlin", "tags": ["kiosk"]},
                 "geometry": {"type": "Polygon", "coordinates": [square(lon, lat, 0.0008, 0.0005)]}}
        kiosk_centre = (lon + 0.0004, lat + 0.00025)
        changed = copy.deepcopy(polygon)
        changed["properties"]["dwell_s"] = 900
        path = self.upsert_file("fences-upsert.geojson", [kiosk, changed])
        b.by_id("mode-upsert").click()
        v = self.live()["version"]
        b.choose_file(path)
        b.wait("the upsert's dry run", lambda: b.shown("confirm") and path.name in b.text("status"))
        counts = {k: b.text(f"diff-{k}") for k in ("added", "changed", "removed")}
        c.check("page: add-or-update of 2 fences: 1 added, 1 changed, 0 removed (the other fences stay)",
                counts == {"added": "1", "changed": "1", "removed": "0"}, str(counts))
        self.shot("8-upsert")
        b.by_id("confirm").click()
        b.wait("the upsert to be published", lambda: f"Published version {v + 1}" in b.text("status"))
        live = self.live()
        c.check(f"API after the page's upsert: version {v + 1}, {n + 1} fences, the new one served",
                live["version"] == v + 1 and live["fence_count"] == n + 1
                and self.fence_status(kiosk["id"]) == 200, json.dumps(live))
        c.check("explain after the page's upsert: the new fence contains its centre",
                kiosk["id"] in self.explain_ids(*kiosk_centre), str(self.explain_ids(*kiosk_centre)))
        status, _, text = request("GET", f"{self.api}/v1/fences/{fence_id(polygon)}")
        c.check("API after the page's upsert: the changed fence has its new dwell",
                ((json_of(text) or {}).get("properties") or {}).get("dwell_s") == 900, text[:300])

        # A fence clicked on the map, then deleted from its panel.
        b.wait("the live map with the new fence", lambda: any(s["id"] == kiosk["id"] for s in self.map_shapes("live")))
        b.driver.execute_script("window.perimeterMap.zoomTo(arguments[0])", kiosk["id"])
        self.click_fence(kiosk["id"])
        b.wait("the fence panel", lambda: b.shown("fence-panel") and kiosk["id"] in b.text("fence-title"))
        props = b.text("fence-props")
        c.check("page: a click on a fence shows its properties (name, store, shape)",
                "Kiosk by the fountain (test)" in props and "store-0300" in props and "4 vertices" in props, props)
        self.shot("9-fence")
        b.by_id("fence-delete").click()
        b.by_id("fence-delete-yes").click()
        b.wait("the delete", lambda: b.shown("fence-status") and "Deleted" in b.text("fence-status"))
        c.check("page: the delete says which version is live without the fence",
                f"version {v + 2} is live" in b.text("fence-status"), b.text("fence-status"))
        c.check("API after the page's delete: 404 for the fence, version and count follow",
                self.fence_status(kiosk["id"]) == 404 and self.live()["fence_count"] == n
                and self.live()["version"] == v + 2, json.dumps(self.live()))
        c.check("explain after the page's delete: no fence contains the kiosk's centre any more",
                kiosk["id"] not in self.explain_ids(*kiosk_centre))

        # A conflict: someone else publishes between the preview and the publish.
        b.by_id("fence-close").click()
        circle = next(x for x in base if x["geometry"]["type"] == "Point" and fence_id(x) in f.sample_ids[:-1])
        late = copy.deepcopy(kiosk)
        late["id"] = "fence-late-upsert"
        late["properties"]["name"] = "Late kiosk (test)"
        path = self.upsert_file("fences-late.geojson", [late])
        b.choose_file(path)
        b.wait("the late upsert's dry run", lambda: b.shown("confirm") and path.name in b.text("status"))
        auth = {"Authorization": f"Bearer {self.token}"}
        status, _, text = request("DELETE", f"{self.api}/v1/fences/{fence_id(circle)}", None, auth)
        c.check("API: someone else deletes a fence meanwhile", status == 200, f"{status} {text}")
        b.by_id("confirm").click()
        b.wait("the 409", lambda: "Not published" in b.text("status"))
        c.check(f"page: the 409 says the catalog moved from version {v + 2} to {v + 3}, nothing written",
                f"from version {v + 2} to version {v + 3}" in b.text("status")
                and self.fence_status(late["id"]) == 404, b.text("status"))
        c.check(f"page: after the 409 the diff is redone and the button offers version {v + 4}",
                b.shown("confirm") and b.by_id("confirm").text == f"Publish version {v + 4}", b.by_id("confirm").text)
        self.shot("10-conflict")
        b.by_id("confirm").click()
        b.wait("the second try", lambda: f"Published version {v + 4}" in b.text("status"))
        c.check("API after the second try: the late fence is served, the other deletion stays",
                self.fence_status(late["id"]) == 200 and self.fence_status(fence_id(circle)) == 404)

        # A rollback to the first catalog published, from the history.
        first = self.base_version + 1
        b.by_id("history-load").click()
        b.wait("the history", lambda: len(b.all("#history tbody tr.history-row")) >= 5)
        rows = [r.get_attribute("data-version") for r in b.all("#history tbody tr.history-row")]
        c.check(f"page: the history lists every version, newest first ({v + 4} .. {first})",
                rows[0] == str(v + 4) and str(first) in rows, str(rows))
        button = b.all(f'#history tbody tr[data-version="{first}"] button.rollback')
        button[0].click()
        b.wait("the rollback's dry run", lambda: b.shown("confirm") and "Roll back" in b.by_id("confirm").text)
        counts = {k: b.text(f"diff-{k}") for k in ("added", "changed", "removed")}
        c.check("page: the rollback's preview: 2 fences back, 1 changed back, the late one removed",
                counts == {"added": "2", "changed": "1", "removed": "1"}, str(counts))
        back = sorted(s["id"] for s in self.map_shapes("diff") if s["status"] == "added")
        c.check("map: the rollback's preview draws the fences it brings back",
                back == sorted([fence_id(circle), f.sample_ids[-1]]), str(back))
        self.shot("11-rollback")
        b.by_id("confirm").click()
        b.wait("the rollback", lambda: f"Published version {v + 5}" in b.text("status"))
        live = self.live()
        ccx, ccy = circle["geometry"]["coordinates"]
        c.check(f"API after the page's rollback: version {v + 5} with the {len(f.sample_ids)} fences of version {first}",
                live["version"] == v + 5 and live["fence_count"] == len(f.sample_ids)
                and self.fence_status(late["id"]) == 404 and self.fence_status(f.sample_ids[-1]) == 200,
                json.dumps(live))
        c.check("explain after the page's rollback: the restored circle contains its centre again",
                fence_id(circle) in self.explain_ids(ccx, ccy), str(self.explain_ids(ccx, ccy)))
        b.wait("the map to follow the rollback", lambda: len(self.map_shapes("live")) == len(f.sample_ids))

    def fallback_drawing(self) -> None:
        """Without its map library (a binary built without npm), the page
        draws the live fences itself and says why there is no basemap."""
        b, c = self.browser, self.c
        n = self.live()["fence_count"]
        b.driver.execute_cdp_cmd("Network.enable", {})
        b.driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["*/ui/vendor/map.js"]})
        try:
            b.open(self.api + "/")
            b.wait("the fallback drawing", lambda: len(b.all("#map svg .fence.live")) == n)
            c.check(f"without the map library: the {n} live fences drawn as SVG, and a note saying why",
                    b.shown("map-note") and "did not load" in b.text("map-note"), b.text("map-note"))
        finally:
            b.driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": []})

    def limits_instance(self) -> None:
        """An instance with fences.max_vertices = 3: its processor serves
        only the fences within it, and its admin API refuses the others
        with the numbers of the rule."""
        c = self.c
        status, _, text = request("GET", f"{self.api}/v1/fences?include=geometry")
        fences = (json_of(text) or {}).get("fences", [])

        def corners(feature: dict) -> int:
            g = feature["geometry"]
            polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"] if g["type"] == "MultiPolygon" else []
            return sum(len(ring) - 1 for poly in polys for ring in poly)

        within = [x for x in fences if corners(x) <= 3]
        beyond = [x for x in fences if corners(x) > 3]
        strict = self.stack.start_perimeter(name="perimeter-limits", group="perimeter-store-ops-3",
                                            admin="\n[fences]\nmax_vertices = 3",
                                            env={"PERIMETER_ADMIN_TOKEN": self.token})
        got = wait_for("the strict instance to read the catalog",
                       lambda: (lambda d: d if d["version"] == self.live()["version"] else None)(self.live(strict.base_url)),
                       30)
        c.check(f"fences.max_vertices = 3: the processor serves the {len(within)} fences within it, "
                f"not the {len(beyond)} beyond",
                got["fence_count"] == len(within) and bool(beyond), json.dumps(got))
        body = json.dumps({"type": "FeatureCollection", "features": beyond[:1]}).encode()
        status, _, text = request("PUT", f"{strict.base_url}/v1/fences?dry_run=true", body,
                                  {"Content-Type": "application/geo+json", "Authorization": f"Bearer {self.token}"})
        errors = (json_of(text) or {}).get("errors", [])
        want = f"has {corners(beyond[0])} vertices; the limit is 3"
        c.check(f"fences.max_vertices = 3: the admin API refuses a bigger fence: '{want}'",
                status == 422 and any(want in e.get("message", "") for e in errors), f"{status} {text[:300]}")
        status, _, text = request("GET", f"{strict.base_url}/ui/config.json")
        c.check("the page is told the limits in force", ((json_of(text) or {}).get("limits") or {}).get("max_vertices") == 3,
                text)

    def read_only_instance(self) -> None:
        """A second instance without a token: it reads the same catalog and
        refuses uploads with 403, which the page explains."""
        c, b = self.c, self.browser
        second = self.stack.start_perimeter(name="perimeter-read-only", group="perimeter-store-ops-2")
        want = self.live()
        got = wait_for("the second instance to have the same catalog",
                       lambda: (lambda d: d if d["version"] == want["version"] else None)(self.live(second.base_url)),
                       30)
        c.check("second instance: the same live version and fence count (read from the fences topic)",
                got["fence_count"] == want["fence_count"], f"{json.dumps(got)} vs {json.dumps(want)}")
        status, _, text = request("PUT", f"{second.base_url}/v1/fences?dry_run=true", SAMPLE_FENCES.read_bytes(),
                                  {"Content-Type": "application/geo+json", "Authorization": f"Bearer {self.token}"})
        c.check("second instance without a token: PUT gives 403 read_only",
                status == 403 and (json_of(text) or {}).get("error") == "read_only", f"{status} {text}")
        b.open(second.base_url + "/")
        b.set_token(self.token)
        b.choose_file(SAMPLE_FENCES)
        b.wait("a 403 message", lambda: "403" in b.text("status"))
        c.check("page: a read-only instance gives a readable 403 message",
                "read-only" in b.text("status"), b.text("status"))


def rows_match(rows: list[list[str]], expected: list[tuple]) -> bool:
    """Table rows [index, line, id, message] against (index, line, id, message substring)."""
    if len(rows) != len(expected):
        return False
    for row, (index, line, fid, message) in zip(rows, expected):
        if len(row) != 4 or row[0] != str(index) or row[2] != fid or message not in row[3]:
            return False
        if row[1] != ("–" if line is None else str(line)):
            return False
    return True


def cli_lists(text: str, expected: tuple) -> bool:
    """Whether the CLI's output has the line of one expected problem."""
    index, line, fid, message = expected
    # The CLI numbers CSV rows as a spreadsheet does (header = row 1).
    place = f"row {index + 2} (line {line})" if line is not None else f"feature {index}"
    return any(place in ln and f'"{fid}"' in ln and message in ln for ln in text.splitlines())


def red(css_color: str) -> bool:
    """Whether an rgb()/rgba() colour is clearly red."""
    try:
        r, g, b = (int(float(x)) for x in css_color[css_color.index("(") + 1: css_color.index(")")].split(",")[:3])
    except ValueError:
        return False
    return r > 100 and r > 2 * g and r > 2 * b


def test_store_ops_ui(perimeter_bin: str, broker_factory: BrokerFactory, workdir: Path, checks: Checks,
                      pytestconfig: pytest.Config) -> None:
    """store ops: the web page in headless Chromium, the fences CLI, the admin API"""
    for tool in (CHROMIUM, CHROMEDRIVER):
        if not os.access(tool, os.X_OK):
            pytest.fail(f"{tool} is missing (Debian: apt-get install chromium chromium-driver)", pytrace=False)
    version = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, timeout=60).stdout.strip()
    log(f"browser: {version}")
    artifacts = pytestconfig.getoption("store_ops_artifacts").resolve()
    update_docs = pytestconfig.getoption("store_ops_update_docs")
    test = StoreOpsTest(perimeter_bin, broker_factory, artifacts, workdir, checks)

    def cleanup(failed: bool) -> None:
        if test.browser is not None:
            if failed:
                try:
                    test.shot("failure")
                    print(f"page status: {test.browser.text('status')!r}")
                except Exception:  # noqa: BLE001, S110 (best effort)
                    pass
            try:
                test.browser.quit()
            except Exception:  # noqa: BLE001, S110 (best effort)
                pass
        test.stack.stop()
        test.tiles.stop()
        if failed:
            test.stack.print_logs()
        if update_docs and not failed:
            images = REPO / "docs" / "images"
            images.mkdir(parents=True, exist_ok=True)
            for path in test.screenshots:
                shutil.copyfile(path, images / path.name)
            log(f"copied {len(test.screenshots)} screenshots to {images}")
        elif update_docs:
            print("screenshots not copied to docs/images: the test failed")
        print(f"\nscreenshots: {artifacts}")

    with checks.stage("store-ops", cleanup):
        test.run()
