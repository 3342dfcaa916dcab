#!/usr/bin/env python3
"""Measures the store-ops page's map with many fences in headless Chromium:
page load until every fence is drawn, and frame times while the map is
panned and zoomed programmatically (requestAnimationFrame intervals).

Not a test: a measurement to run by hand and quote (docs/store-ops.md).

    ~/.cache/perimeter/e2e-venv/bin/python scripts/store_ops_map_bench.py \
        [--fences 100000] [--api http://127.0.0.1:9464] [--tiles]

Without --api it serves the page itself, from the source tree
(crates/perimeter/src/ui/ and the map library in
crates/perimeter/ui-vendor/node_modules/, `npm ci --prefix
crates/perimeter/ui-vendor` first), with a static fixture of N seeded
random fences (polygons of 5 to 12 vertices and circles, 60 to 150 m across,
spread over a 400 km x 300 km region) as GET /v1/fences?include=geometry
answers. With --api it opens a running Perimeter's page instead (publish
the fences there first). --tiles serves a plain tile for every basemap
request, as a tile server would.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import statistics
import struct
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
UI = REPO / "crates" / "perimeter" / "src" / "ui"
VENDOR = REPO / "crates" / "perimeter" / "ui-vendor" / "node_modules" / "leaflet"


def fixture(n: int, seed: int = 17) -> dict:
    """N fences, 3 in 4 polygons, around Berlin; seeded."""
    rng = random.Random(seed)
    fences = []
    for i in range(n):
        lat = 51.0 + rng.random() * 2.7
        lon = 11.0 + rng.random() * 5.8
        r_m = rng.uniform(30, 75)
        props = {"store_id": f"store-{i:06d}", "name": f"Store {i}", "timezone": "Europe/Berlin"}
        if i % 4 == 3:
            props["radius_m"] = round(r_m, 1)
            geometry = {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]}
        else:
            k = rng.randint(5, 12)
            ring = []
            for j in range(k):
                a = 2 * math.pi * j / k
                d = r_m * rng.uniform(0.7, 1.0)
                ring.append([round(lon + d * math.cos(a) / (111_195 * math.cos(math.radians(lat))), 7),
                             round(lat + d * math.sin(a) / 111_195, 7)])
            ring.append(ring[0])
            geometry = {"type": "Polygon", "coordinates": [ring]}
        fences.append({"type": "Feature", "id": f"fence-{i:06d}", "properties": props, "geometry": geometry})
    return {"version": 1, "generation": 1, "fence_count": n, "store_count": n,
            "kinds": {"polygon": n - n // 4, "multipolygon": 0, "circle": n // 4},
            "updated_at": "2026-12-06T12:00:00.000Z", "fences": fences}


def png(rgb: tuple[int, int, int], size: int = 256) -> bytes:
    """A plain PNG of one colour."""
    row = b"\x00" + bytes(rgb) * size
    raw = zlib.compress(row * size)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def serve(n: int, tiles: bool) -> tuple[ThreadingHTTPServer, str]:
    full = json.dumps(fixture(n)).encode()
    summary = json.loads(full)
    del summary["fences"]
    summary_bytes = json.dumps(summary).encode()
    tile = png((200, 220, 200))
    print(f"fixture: {n} fences, {len(full) / 1e6:.1f} MB of JSON", flush=True)

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def send(self, status: int, ctype: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            path, _, query = self.path.partition("?")
            port = self.server.server_address[1]
            files = {"/": (UI / "index.html", "text/html"), "/ui/app.js": (UI / "app.js", "text/javascript"),
                     "/ui/style.css": (UI / "style.css", "text/css"),
                     "/ui/vendor/map.js": (VENDOR / "dist" / "leaflet.js", "text/javascript"),
                     "/ui/vendor/map.css": (VENDOR / "dist" / "leaflet.css", "text/css")}
            if path in files:
                file, ctype = files[path]
                self.send(200, ctype, file.read_bytes())
            elif path == "/ui/config.json":
                self.send(200, "application/json", json.dumps({
                    "basemap_url": f"http://127.0.0.1:{port}/tiles/{{z}}/{{x}}/{{y}}.png" if tiles else None,
                    "basemap_attribution": "fixture tiles" if tiles else None,
                    "map_library": {"name": "leaflet", "version": "1.9.4", "license": "ui/vendor/LICENSE.txt"},
                    "limits": None}).encode())
            elif path == "/v1/fences":
                self.send(200, "application/json", full if "include=geometry" in query else summary_bytes)
            elif path.startswith("/tiles/"):
                self.send(200, "image/png", tile)
            else:
                self.send(404, "text/plain", b"not found")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


FRAMES_JS = """
const [action, frames, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
const m = window.perimeterMap.map;
const times = [];
let last = performance.now();
let i = 0;
function step(now) {
  times.push(now - last);
  last = now;
  if (i >= frames) { done(times.slice(1)); return; }
  if (action === 'drag') {
    // A pan as a drag or a key press makes it: animated, the canvas moved
    // by Leaflet while it runs, redrawn once when it ends.
    if (i % 20 === 0) m.panBy([((i / 20) % 2 ? -1 : 1) * 300, ((i / 20) % 2 ? -1 : 1) * 150], {animate: true, duration: 0.25});
  } else if (action === 'zoomanim') {
    if (i % 20 === 0) m.setZoom(m.getZoom() + (((i / 20) % 2) ? -1 : 1), {animate: true});
  } else if (action === 'pan') m.panBy([((i % 40) < 20 ? 1 : -1) * 25, ((i % 60) < 30 ? 1 : -1) * 12], {animate: false});
  else if (action === 'zoom') {
    const z = m.getZoom();
    const up = (Math.floor(i / 8) % 2) === 0;
    m.setZoom(z + (up ? 0.25 : -0.25), {animate: false});
  }
  i++;
  requestAnimationFrame(step);
}
requestAnimationFrame((t) => { last = t; requestAnimationFrame(step); });
"""


def describe(name: str, times: list[float]) -> str:
    times = sorted(times)
    p = lambda q: times[min(len(times) - 1, int(q * len(times)))]  # noqa: E731
    return (f"{name}: {len(times)} frames, median {statistics.median(times):.1f} ms, p95 {p(0.95):.1f} ms, "
            f"max {times[-1]:.1f} ms ({1000 / statistics.mean(times):.1f} fps mean)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fences", type=int, default=100_000)
    ap.add_argument("--api", help="a running Perimeter's base URL (default: serve a static fixture)")
    ap.add_argument("--tiles", action="store_true", help="serve a basemap tile for every request")
    ap.add_argument("--frames", type=int, default=120)
    args = ap.parse_args()
    os.environ["SE_OFFLINE"] = "true"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    if args.api:
        base = args.api.rstrip("/")
    else:
        if not VENDOR.exists():
            print("npm ci --prefix crates/perimeter/ui-vendor first", file=sys.stderr)
            return 2
        _, base = serve(args.fences, args.tiles)
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                 "--disable-background-timer-throttling", "--disable-renderer-backgrounding"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)
    driver.set_script_timeout(600)
    driver.set_page_load_timeout(600)
    try:
        print(f"browser: {driver.capabilities.get('browserVersion')}, page {base}/", flush=True)
        t0 = time.monotonic()
        driver.get(base + "/")
        deadline = t0 + 600
        while time.monotonic() < deadline:
            n = driver.execute_script(
                "return window.perimeterMap ? window.perimeterMap.items().filter(i => i.layer === 'live').length : -1")
            if n >= args.fences:
                break
            time.sleep(0.05)
        # One more frame: the canvas is painted.
        driver.execute_async_script("requestAnimationFrame(() => requestAnimationFrame(arguments[0]))")
        load_s = time.monotonic() - t0
        print(f"page load until {args.fences} fences drawn: {load_s:.2f} s", flush=True)
        heap = driver.execute_script("return performance.memory ? performance.memory.usedJSHeapSize : null")
        if heap:
            print(f"JS heap after load: {heap / 1e6:.0f} MB")
        for action, zoom in (("drag", 7), ("zoomanim", 7), ("pan", 7), ("zoom", 7),
                             ("drag", 11), ("zoomanim", 11), ("pan", 11), ("zoom", 11)):
            if zoom is not None:
                driver.execute_script(f"window.perimeterMap.map.setView([52.5, 13.4], {zoom}, {{animate: false}})")
                driver.execute_async_script("requestAnimationFrame(() => requestAnimationFrame(arguments[0]))")
            where = driver.execute_script("const m = window.perimeterMap.map; return m.getZoom()")
            times = driver.execute_async_script(FRAMES_JS, action, args.frames)
            label = {"drag": "animated pans (300 px, 0.25 s)", "zoomanim": "animated zooms (one level)",
                     "pan": "pan, full redraw every frame", "zoom": "quarter-level zoom, full redraw every frame"}
            print(describe(f"{label[action]} from zoom {where}", times), flush=True)
        redraw = [driver.execute_script(
            f"window.perimeterMap.map.setView([52.5, 13.4], {z}, {{animate: false}}); "
            "return window.perimeterMap.redrawMs()") for z in (7, 7, 7, 9, 9, 9, 11, 11, 11)]
        print("one full redraw of the fences' canvas (ms): zoom 7 %s, zoom 9 %s, zoom 11 %s" % (
            [round(x, 1) for x in redraw[0:3]], [round(x, 1) for x in redraw[3:6]], [round(x, 1) for x in redraw[6:9]]))
    finally:
        driver.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
