"""`kh-ical serve` with real HTTP requests against 127.0.0.1 on an ephemeral port."""

from __future__ import annotations

import email.utils
import http.client
import io
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from http_kit import send

from benchmarks.serve_load import run_clients, site_files
from kh_ical.errors import KhIcalError
from kh_ical.serve import Versions, for_log, make_server

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
    return send(conn, path, method, headers)  # raw path: no client-side normalising


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
    with pytest.raises(KhIcalError, match="không có thư mục này"):
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


# --- under load and against bad clients (issue 13) ---------------------------------------------

ROOT = Path(__file__).resolve().parent.parent


def raw_exchange(port: int, data: bytes, timeout: float = 10) -> bytes:
    """Send raw bytes, read until the server closes (error answers close the connection)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(data)
        out = b""
        while chunk := sock.recv(65536):
            out += chunk
        return out


@pytest.fixture
def logged(folder):
    """A server whose console lines go to a buffer."""
    log = io.StringIO()
    srv = make_server(folder, "127.0.0.1", 0, log=log, timeout=1.0)
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield srv, log
    srv.shutdown()
    srv.server_close()
    thread.join(5)


@pytest.mark.parametrize("keep_alive", [False, True], ids=["new-connection", "keep-alive"])
def test_200_clients_x_10_requests_all_answered(keep_alive):
    """The shipped output folder, 200 concurrent clients × 10 real requests: every answer is
    the file's bytes (200) or a 304 to its ETag. Latency is measured by benchmarks/serve_load.py."""
    files = site_files(ROOT / "feeds")
    srv = make_server(ROOT / "feeds", "127.0.0.1", 0, quiet=True)
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        out = run_clients("127.0.0.1", srv.server_address[1], files, clients=200, requests=10, keep_alive=keep_alive)
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(5)
    assert out.failures == []
    assert sum(out.statuses.values()) == 2000 and set(out.statuses) == {200, 304}


def test_slow_clients_do_not_hold_up_others(server):
    """Silent connections and half-sent requests (slowloris) leave the server answering others."""
    port = server.server_address[1]
    stalled = []
    for n in range(60):
        sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        sock.sendall([b"", b"GET /so-vh.i", b"GET /so-vh.ics HTTP/1.1\r\nHost: x\r\nX-Half: "][n % 3])
        stalled.append(sock)
    try:
        for _ in range(20):  # well within the server's 15 s per request head
            status, _, body = request(server, "/so-vh.ics")
            assert (status, body) == (200, ICS)
    finally:
        for sock in stalled:
            sock.close()


def test_silent_half_and_trickling_clients_are_dropped(logged):
    srv, log = logged  # 1 s for a whole request head
    port = srv.server_address[1]
    silent = socket.create_connection(("127.0.0.1", port), timeout=10)
    half = socket.create_connection(("127.0.0.1", port), timeout=10)
    half.sendall(b"GET /so-vh.ics HT")
    trickle = socket.create_connection(("127.0.0.1", port), timeout=10)
    started = time.monotonic()
    closed = False
    try:
        while time.monotonic() - started < 8:  # one byte every 0.1 s never completes a head
            trickle.sendall(b"X")
            time.sleep(0.1)
    except OSError:
        closed = True
    assert closed, "a client trickling bytes kept its connection"
    for sock in (silent, half):
        with sock:
            try:
                assert sock.recv(100) == b""  # closed by the server, with no answer
            except ConnectionResetError:
                pass
    trickle.close()
    assert request(srv, "/so-vh.ics")[0] == 200
    lines = log.getvalue().splitlines()
    assert sum("không nhận đủ yêu cầu sau 1 s: đóng kết nối" in line for line in lines) == 2  # half, trickle
    assert "Traceback" not in log.getvalue()


def test_long_request_line_is_414_and_the_server_goes_on(logged):
    srv, log = logged
    port = srv.server_address[1]
    answer = raw_exchange(port, b"GET /" + b"a" * 100_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 414 ")
    assert b"Content-Type: text/plain; charset=utf-8" in head and body.decode() == "414 — Địa chỉ quá dài.\n"
    assert request(srv, "/so-vh.ics")[:3:2] == (200, ICS)
    (line,) = [line for line in log.getvalue().splitlines() if " 414 " in line]
    assert len(line) < 500 and "…(65537 byte)" in line
    assert "Traceback" not in log.getvalue()


@pytest.mark.parametrize("headers", [
    b"X-Big: " + b"b" * 70_000 + b"\r\n",  # one line over 64 kB
    b"X-Many: 1\r\n" * 101,  # more than 100 fields
])
def test_oversized_headers_are_431(logged, headers):
    srv, log = logged
    answer = raw_exchange(srv.server_address[1], b"GET /so-vh.ics HTTP/1.1\r\nHost: x\r\n" + headers + b"\r\n")
    assert answer.startswith(b"HTTP/1.1 431 ")
    assert "Phần đầu của yêu cầu quá lớn." in answer.decode()
    assert request(srv, "/so-vh.ics")[0] == 200
    assert "Traceback" not in log.getvalue()


def test_odd_bytes_are_refused_and_logged_escaped(logged):
    srv, log = logged
    port = srv.server_address[1]
    raw = b"GET /\x1b[31mred\xff\rx\xe1\xbb\x87\"\x7f.ics HTTP/1.1\r\nHost: x\r\n\r\n"
    assert raw_exchange(port, raw).startswith(b"HTTP/1.1 400 ")
    assert request(srv, "/%ff%1b%0a.ics")[0] == 404  # the same bytes, percent-encoded
    assert request(srv, "/so-vh.ics")[0] == 200
    text = log.getvalue()
    lines = text.splitlines()
    assert len(lines) == 3 and text.endswith("\n")  # one line per request, whatever they held
    assert not any(ch in text for ch in "\x1b\r\x7f\xff")
    assert '"GET /\\x1b[31mred\\xff\\x0dxệ\\x22\\x7f.ics HTTP/1.1" 400' in lines[0]
    assert '"GET /%ff%1b%0a.ics HTTP/1.1" 404' in lines[1]


def test_for_log():
    assert for_log("GET /\xe1\xbb\x87 HTTP/1.1") == "GET /ệ HTTP/1.1"  # UTF-8 bytes, as http.server decodes them
    assert for_log("\xff\x00\\\"") == "\\xff\\x00\\x5c\\x22"
    assert for_log("lỗi\u202e\n") == "lỗi\\u202e\\x0a"  # already text: bidi override and newline escaped
    assert for_log("\ud800") == "\\ud800"
    assert for_log("a" * 1000, limit=10) == "a" * 10 + "…(1000 byte)"


def test_error_pages_are_vietnamese_plain_text(server):
    status, headers, body = request(server, "/missing.ics")
    assert (status, headers["content-type"], body.decode()) == (404, "text/plain; charset=utf-8",
                                                                "404 — Không tìm thấy.\n")
    status, headers, body = request(server, "/so-vh.ics", method="POST")
    assert status == 501 and body.decode() == "501 — Máy chủ xem thử chỉ nhận GET và HEAD.\n"


def test_listen_queue_and_threads(server):
    assert server.request_queue_size >= 128 and server.daemon_threads


def test_ipv6_loopback(folder):
    try:
        srv = make_server(folder, "::1", 0, quiet=True)
    except KhIcalError as exc:
        pytest.skip(f"no IPv6 loopback here: {exc}")
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        assert srv.url.startswith("http://[::1]:")
        conn = http.client.HTTPConnection("::1", srv.server_address[1], timeout=10)
        conn.request("GET", "/so-vh.ics")
        assert conn.getresponse().read() == ICS
        conn.close()
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(5)
