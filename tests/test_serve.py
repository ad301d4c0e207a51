"""`kh-ical serve` with real HTTP requests against 127.0.0.1 on an ephemeral port."""

from __future__ import annotations

import email.utils
import http.client
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kh_ical.errors import KhIcalError
from kh_ical.serve import Versions, make_server

ICS = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nEND:VCALENDAR\r\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "feeds"
    (out / "co-quan").mkdir(parents=True)
    (out / "p" / "tok123456").mkdir(parents=True)
    (out / "so-vh.ics").write_bytes(ICS)
    (out / "index.html").write_bytes("<!DOCTYPE html><title>Lịch</title>".encode())
    (out / "co-quan" / "so-vh.html").write_bytes(b"<p>so-vh</p>")
    (out / "p" / "tok123456" / "bao.ics").write_bytes(ICS)
    (out / ".kh-ical-state.json").write_text("{}")
    (tmp_path / "secret.txt").write_text("outside")
    (out / "link-out.ics").symlink_to(tmp_path / "secret.txt")
    (out / "dir-out").symlink_to(tmp_path)
    (out / "link-in.ics").symlink_to(out / "so-vh.ics")
    return out


@pytest.fixture
def server(folder):
    srv = make_server(folder, "127.0.0.1", 0, quiet=True)
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()
    thread.join(5)


def request(server, path: str, method: str = "GET", headers: dict | None = None):
    conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=10)
    try:
        conn.putrequest(method, path, skip_accept_encoding=True)  # raw path: no client-side normalising
        for name, value in (headers or {}).items():
            conn.putheader(name, value)
        conn.endheaders()
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def test_ics_headers(server):
    status, headers, body = request(server, "/so-vh.ics", headers={"Accept-Encoding": "gzip, br"})
    assert status == 200 and body == ICS
    assert headers["content-type"] == "text/calendar; charset=utf-8"
    assert "content-disposition" not in headers and "content-encoding" not in headers
    assert headers["content-length"] == str(len(ICS))
    assert headers["etag"].startswith('"') and not headers["etag"].startswith('W/')
    assert email.utils.parsedate_to_datetime(headers["last-modified"])


def test_html_and_index(server):
    for path in ("/", "/index.html", "/co-quan/so-vh.html"):
        status, headers, _ = request(server, path)
        assert status == 200, path
        assert headers["content-type"] == "text/html; charset=utf-8"


def test_head_has_headers_and_no_body(server):
    status, headers, body = request(server, "/so-vh.ics", "HEAD")
    assert status == 200 and body == b""
    assert headers["content-length"] == str(len(ICS)) and headers["etag"]


def test_conditional_requests(server, folder):
    _, headers, _ = request(server, "/so-vh.ics")
    etag, modified = headers["etag"], headers["last-modified"]
    status, same, body = request(server, "/so-vh.ics", headers={"If-None-Match": etag})
    assert (status, body, same["etag"], same["last-modified"]) == (304, b"", etag, modified)
    assert "content-type" not in same
    assert request(server, "/so-vh.ics", headers={"If-None-Match": f'"x", W/{etag}'})[0] == 304
    assert request(server, "/so-vh.ics", headers={"If-Modified-Since": modified})[0] == 304
    # If-None-Match wins over If-Modified-Since
    assert request(server, "/so-vh.ics", headers={"If-None-Match": '"other"', "If-Modified-Since": modified})[0] == 200
    (folder / "so-vh.ics").write_bytes(ICS.replace(b"VERSION", b"X-A:1\r\nVERSION"))
    status, new, _ = request(server, "/so-vh.ics", headers={"If-None-Match": etag})
    assert status == 200 and new["etag"] != etag


def test_last_modified_never_goes_backwards(server, folder):
    target = folder / "so-vh.ics"
    _, first, _ = request(server, "/so-vh.ics")
    target.write_bytes(ICS + b"")  # same bytes
    os.utime(target, (1_000_000_000, 1_000_000_000))  # an mtime from 2001
    _, same, _ = request(server, "/so-vh.ics")
    assert same["last-modified"] == first["last-modified"]  # unchanged bytes keep their date
    target.write_bytes(ICS.replace(b"2.0", b"2.0\r\nX-B:2"))
    os.utime(target, (1_000_000_000, 1_000_000_000))
    _, changed, _ = request(server, "/so-vh.ics")
    before = email.utils.parsedate_to_datetime(first["last-modified"])
    after = email.utils.parsedate_to_datetime(changed["last-modified"])
    assert after > before and changed["etag"] != first["etag"]
    status, _, _ = request(server, "/so-vh.ics", headers={"If-Modified-Since": first["last-modified"]})
    assert status == 200  # a client holding the old date sees the change


def test_versions_unit():
    versions = Versions()
    a = versions.get("x", '"a"', 100)
    assert versions.get("x", '"a"', 50) == a
    assert versions.get("x", '"b"', 50).last_modified == 101
    assert versions.get("x", '"c"', 500).last_modified == 500


@pytest.mark.parametrize("path", [
    "/../secret.txt",
    "/co-quan/../../secret.txt",
    "/%2e%2e/secret.txt",
    "/%2e%2e%2fsecret.txt",
    "/co-quan/%2E%2E%2F%2E%2E%2Fsecret.txt",
    "/..%5csecret.txt",
    "/%252e%252e/secret.txt",
    "//etc/passwd",
    "/etc/passwd",
    "http://127.0.0.1/../secret.txt",
    "/link-out.ics",
    "/dir-out/secret.txt",
    "/.kh-ical-state.json",
    "/p/",
    "/p/tok123456/",
    "/co-quan",
    "/%00",
    "/%ff.ics",
    "/missing.ics",
])
def test_nothing_outside_is_reachable(server, path):
    status, _, body = request(server, path)
    assert status == 404, path
    assert b"outside" not in body


def test_symlink_inside_and_private_paths_are_served(server):
    assert request(server, "/link-in.ics")[0] == 200
    assert request(server, "/p/tok123456/bao.ics")[0] == 200


def test_requests_are_recorded(server):
    request(server, "/so-vh.ics")
    request(server, "/nope")
    assert list(server.requests)[-2:] == [("GET", "/so-vh.ics", 200), ("GET", "/nope", 404)]


def test_missing_folder_is_an_error(tmp_path):
    with pytest.raises(KhIcalError, match="no such folder"):
        make_server(tmp_path / "nope", "127.0.0.1", 0)


def test_cli_serve_command(folder):
    """`kh-ical serve --port 0` in its own process: prints its URL and answers."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "kh_ical", "serve", "--host", "127.0.0.1", "--port", "0", "--dir", str(folder)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        line = proc.stdout.readline()
        assert "http://127.0.0.1:" in line, line
        port = int(line.split("http://127.0.0.1:")[1].split("/")[0])
        deadline = time.monotonic() + 20
        while True:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                conn.request("GET", "/so-vh.ics")
                response = conn.getresponse()
                break
            except ConnectionRefusedError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        assert response.status == 200 and response.getheader("Content-Type") == "text/calendar; charset=utf-8"
        assert response.read() == ICS
        conn.close()
    finally:
        proc.terminate()
        proc.wait(10)
