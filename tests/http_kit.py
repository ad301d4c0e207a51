"""A raw HTTP request for the server tests (ours and nginx): the path is sent as
written, with no client-side normalising or Accept-Encoding."""

from __future__ import annotations

import http.client


def send(conn: http.client.HTTPConnection, path: str, method: str = "GET", headers: dict | None = None,
         host: str | None = None) -> tuple[int, dict[str, str], bytes]:
    """Status, lower-cased headers and body of one request on `conn` (closed after)."""
    try:
        conn.putrequest(method, path, skip_host=host is not None, skip_accept_encoding=True)
        if host is not None:
            conn.putheader("Host", host)
        for name, value in (headers or {}).items():
            conn.putheader(name, value)
        conn.endheaders()
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()
