"""The pages in real headless Chromium (Debian `chromium`): served by `kh_ical.serve` and from file://.

Console messages are read from Chromium's log (`--enable-logging=stderr`):
our pages log nothing, so any console line is a failure. Failed loads
(favicon, missing files) are seen by the server, which records every request.
"""

from __future__ import annotations

import http.client
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
from test_site_kit import make_resolved

from kh_ical.build import BuildOptions, build_resolved
from kh_ical.serve import make_server

CHROMIUM = shutil.which("chromium")
ROOT = Path(__file__).resolve().parents[1]
# .ci/run installs chromium: there a missing browser fails the run instead of skipping it.
pytestmark = [
    pytest.mark.client,
    pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"),
                       reason="Debian `chromium` is not installed (apt-get install chromium; CI has it)"),
]


def test_chromium_is_there():
    assert CHROMIUM, "chromium is required for the page tests (apt-get install chromium)"


def chromium(url: str, *extra: str) -> tuple[str, list[str]]:
    """(stdout, console lines) of one headless Chromium run."""
    with tempfile.TemporaryDirectory(prefix="kh-ical-chromium-") as profile:
        args = [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", *extra, url,
        ]
        proc = subprocess.run(args, capture_output=True, text=True, timeout=120)
    console = [line for line in proc.stderr.splitlines() if ":CONSOLE" in line]
    return proc.stdout, console


class Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.copies: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        if a.get("data-copy"):
            self.copies.append(a["data-copy"])


def anchors(dom: str) -> Anchors:
    parser = Anchors()
    parser.feed(dom)
    return parser


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """A real build of the hand-made plan, served on 127.0.0.1 with its own URL as base URL."""
    out = tmp_path_factory.mktemp("chromium") / "feeds"
    out.mkdir()
    server = make_server(out, "127.0.0.1", 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    build_resolved(make_resolved(errors=False), out, BuildOptions(base_url=server.url))
    yield server, out
    server.shutdown()
    server.server_close()
    thread.join(5)


def get(server, path: str) -> tuple[int, str]:
    conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=10)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        return response.status, response.getheader("Content-Type", "")
    finally:
        conn.close()


def test_console_detection_works(tmp_path):
    """The check below can fail: a broken page is caught."""
    page = tmp_path / "bad.html"
    page.write_text('<!DOCTYPE html><link rel="icon" href="data:,"><script>console.error("hỏng"); nope();</script>')
    _, console = chromium(page.as_uri(), "--dump-dom")
    assert len(console) == 2 and "Uncaught ReferenceError" in console[1]


def test_served_index_loads_cleanly_and_links_work(published):
    server, _ = published
    server.requests.clear()
    dom, console = chromium(server.url + "index.html#today=2023-10-01", "--dump-dom")
    assert console == []
    assert 'data-today="2023-10-01"' in dom  # the inline script ran to the end
    row = re.search(r'<tr id="so-vh"[^>]*>(.*?)</tr>', dom, re.S).group(1)
    assert '<span class="due-text">2/1/2024 · II.3</span>' in row  # next milestone after 1/10/2023
    assert [r for r in server.requests if r[2] != 200] == []  # no failed load (favicon included)
    links = anchors(dom)
    feed = server.url + "so-vh.ics"
    assert feed in links.copies
    assert "https://calendar.google.com/calendar/render?cid=" + feed.replace(":", "%3A").replace("/", "%2F") in links.hrefs
    assert "webcal://" + feed.removeprefix("http://") in links.hrefs
    outlook = [h for h in links.hrefs if h.startswith("https://outlook.live.com/calendar/0/addfromweb?")]
    query = parse_qs(urlsplit(next(h for h in outlook if "so-vh.ics" in h)).query)
    assert query["url"] == [feed] and query["name"] == ["KH 9 · Sở VH,TT&DL"]
    for url in links.copies:  # every subscribe URL answers as a calendar
        status, ctype = get(server, urlsplit(url).path)
        assert (status, ctype) == (200, "text/calendar; charset=utf-8"), url
    for href in links.hrefs:  # every page link and file link is there
        if not href.startswith(("http", "webcal:", "#")):
            assert get(server, urlsplit(urljoin(server.url, href)).path)[0] == 200, href


def test_served_agency_page(published):
    server, _ = published
    dom, console = chromium(server.url + "co-quan/bao.html", "--dump-dom")
    assert console == []
    links = anchors(dom)
    assert "../index.html" in links.hrefs
    for href in links.hrefs:
        if not href.startswith(("http", "webcal:", "#")):
            assert get(server, urlsplit(urljoin(server.url + "co-quan/", href)).path)[0] == 200, href
    assert "Chưa có ngày" in dom and "I.5" in dom


def test_index_from_file_offline(published):
    _, out = published
    dom, console = chromium((out / "index.html").as_uri() + "#today=2030-01-01", "--dump-dom")
    assert console == []
    assert 'data-today="2030-01-01"' in dom and "Đã qua mọi mốc" in dom


def test_copy_button(published, tmp_path):
    """Clicking "Sao chép địa chỉ" reports back without console errors (clipboard or its fallback)."""
    _, out = published
    page = (out / "index.html").read_text(encoding="utf-8")
    click = '<script>document.querySelector("button[data-copy]").click();</script>\n</body>'
    harness = out / "harness-copy.html"
    harness.write_text(page.replace("</body>", click), encoding="utf-8")
    try:
        dom, console = chromium(harness.as_uri(), "--virtual-time-budget=1000", "--dump-dom")
    finally:
        harness.unlink()
    assert console == []
    first = re.search(r"<button[^>]*data-copy[^>]*>([^<]*)</button>", dom).group(1)
    assert first in ("Đã sao chép ✓", "Hãy bôi đen địa chỉ và sao chép")


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_screenshot(published, tmp_path):
    server, _ = published
    shot = tmp_path / "index.png"
    _, console = chromium(server.url + "index.html#today=2023-10-01", f"--screenshot={shot}", "--window-size=1280,900")
    assert console == []
    assert png_size(shot) == (1280, 900) and shot.stat().st_size > 20_000


def test_screenshot_script(tmp_path):
    """scripts/screenshot.sh builds the shipped plan and writes the README picture."""
    shot = tmp_path / "docs" / "index.png"
    env = {**os.environ, "PYTHON": sys.executable}
    proc = subprocess.run(["bash", str(ROOT / "scripts" / "screenshot.sh"), str(shot)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert png_size(shot) == (1280, 900)


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg (Debian zbar-tools) not installed")
def test_qr_code_scans_to_the_feed_url(published, tmp_path):
    """The QR code on an agency page, as rendered by Chromium, decodes to the feed's URL."""
    server, _ = published
    shot = tmp_path / "bao.png"
    chromium(server.url + "co-quan/bao.html", f"--screenshot={shot}", "--window-size=1280,700")
    proc = subprocess.run(["zbarimg", "-q", "--raw", str(shot)], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == server.url + "bao.ics"
