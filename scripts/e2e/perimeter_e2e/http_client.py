"""HTTP for the end-to-end tests: one helper for every request the tests
make of Perimeter's endpoints (/readyz, /metrics, the admin API) and of
Prometheus, on the standard library.

Named `http_client`, not `http`: a module called `http` would shadow the
standard library's package of that name wherever this directory is on
sys.path."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
from typing import NamedTuple, Optional


class Response(NamedTuple):
    """What an HTTP request got back. `status` is 0 when nothing answered
    (or the server closed the connection before answering); `body` then
    says why."""

    status: int
    headers: dict[str, str]
    body: str

    def json(self) -> Optional[dict]:
        """The body as a JSON object, or None."""
        return json_of(self.body)


def request(
    method: str,
    url: str,
    body: Optional[bytes] = None,
    headers: Optional[dict[str, str]] = None,
    timeout_s: float = 30.0,
) -> Response:
    """Sends one request and returns the answer, whatever its status: an
    error status is an answer like any other, for the caller to check."""
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout_s) as response:
            return Response(response.status, dict(response.headers), response.read().decode("utf-8", "replace"))
    except urllib.error.HTTPError as e:
        return Response(e.code, dict(e.headers), e.read().decode("utf-8", "replace"))
    except (urllib.error.URLError, ConnectionError, socket.timeout, OSError) as e:
        return Response(0, {}, str(e))


def get(url: str, headers: Optional[dict[str, str]] = None, timeout_s: float = 2.0) -> Response:
    """A GET with a short timeout: for probes polled in a loop."""
    return request("GET", url, headers=headers, timeout_s=timeout_s)


def json_of(text: str) -> Optional[dict]:
    """The JSON object in `text`, or None."""
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None
