"""The pages in real headless Chromium (Debian `chromium`): served by `kh_ical.serve` and from file://.

Console messages are read from Chromium's log (`--enable-logging=stderr`):
our pages log nothing, so any console line is a failure. Failed loads
(favicon, missing files) are seen by the server, which records every request.
"""

from __future__ import annotations

import html
import http.client
import json
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


# ------------------------------------------------------------------ phone and desktop widths
#
# Headless Chromium's window is at least 500 px wide: a phone's 390 px is an
# <iframe> of that width in a page of our own (`framed`). In the frame, a copy of
# the page (beside it, so that its relative links work; opened from file://)
# with a script that measures it once loaded (DOM geometry) and posts the
# result as JSON to the outer page, which writes it out for --dump-dom.

MEASURE = r"""<script>
window.addEventListener("load", function () { window.setTimeout(function () {
  var out = {width: window.innerWidth, scrollWidth: document.documentElement.scrollWidth, overflow: []};
  var all = document.querySelectorAll("body *");
  for (var i = 0; i < all.length; i++) {  // sticking out at the right, outside the timeline's scroller
    var el = all[i], r = el.getBoundingClientRect();
    if (r.width && r.right > window.innerWidth + 0.5 && !el.closest(".tl-scroll") && el.id !== "kh-result") {
      out.overflow.push(el.tagName + "." + el.className + " " + Math.round(r.right));
    }
  }
  var ticks = document.querySelectorAll(".tl-axis .tick"), boxes = [];
  for (var t = 0; t < ticks.length; t++) {
    var b = ticks[t].getBoundingClientRect();
    boxes.push([b.left, b.right, ticks[t].textContent]);
  }
  out.ticks = boxes;
  var scroller = document.querySelector(".tl-scroll");
  scroller.scrollIntoView();  // elementFromPoint sees only what is on screen
  var frame = scroller.getBoundingClientRect();
  out.scrollable = scroller.scrollWidth - scroller.clientWidth;
  scroller.scrollLeft = scroller.scrollWidth;  // to the last month
  out.scrolled = scroller.scrollLeft;
  out.labels = [];
  var labels = document.querySelectorAll(".tl-label");
  for (var l = 0; l < labels.length; l++) {
    var lr = labels[l].getBoundingClientRect();
    var hit = document.elementFromPoint(lr.left + 8, lr.top + lr.height / 2);
    out.labels.push({left: lr.left - frame.left, right: lr.right - frame.left, frame: frame.width,
                     width: lr.width, onTop: !!hit && labels[l].contains(hit)});
    if (l > 3) { break; }  // the first rows, on screen
  }
  scroller.scrollLeft = 0;
  window.scrollTo(0, 0);
  var box = document.getElementById("tim"), input = document.getElementById("tim-co-quan");
  out.searchShown = !box.hidden && box.getBoundingClientRect().height > 0;
  input.value = "so tai chinh";
  input.dispatchEvent(new Event("input"));
  var rows = document.querySelectorAll("tr[data-name]");
  out.found = [];
  for (var k = 0; k < rows.length; k++) { if (rows[k].getClientRects().length) { out.found.push(rows[k].id); } }
  out.count = document.getElementById("tim-ket-qua").textContent;
  input.value = "khong co co quan nay";
  input.dispatchEvent(new Event("input"));
  out.none = !document.getElementById("tim-khong-co").hidden;
  window.parent.postMessage(JSON.stringify(out), "*");
}, 50); });
</script>
</body>"""

FRAME = """<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<style>body {{ margin: 0; }} iframe {{ border: 0; display: block; }}</style></head><body>
<iframe src="{src}" width="{width}" height="{height}"></iframe>
<script>window.addEventListener("message", function (ev) {{
  var pre = document.createElement("pre"); pre.id = "kh-result"; pre.textContent = ev.data;
  document.body.appendChild(pre);
}});</script></body></html>"""


def framed(out: Path, page: str, width: int, height: int, script: str = "", *extra: str) -> tuple[str, list[str]]:
    """(DOM of the outer page, console) of `page` (a path in `out`) shown `width` × `height` px,
    with `script` (ending in </body>) put in place of its </body>."""
    source = out / page
    inner = source.with_name("harness-inner.html")
    inner.write_text(source.read_text(encoding="utf-8").replace("</body>", script or "</body>"), encoding="utf-8")
    outer = out / "harness-frame.html"
    src = inner.relative_to(out).as_posix() + "#today=2023-10-01"
    outer.write_text(FRAME.format(src=src, width=width, height=height), encoding="utf-8")
    try:
        return chromium(outer.as_uri(), f"--window-size={max(width, 500)},{height}", "--hide-scrollbars",
                        "--virtual-time-budget=3000", *extra)
    finally:
        inner.unlink()
        outer.unlink()


def result(dom: str) -> dict:
    found = re.search(r'<pre id="kh-result">(.*?)</pre>', dom, re.S)
    assert found, dom[-2000:]
    return json.loads(html.unescape(found.group(1)))


def measure(out: Path, page: str, width: int) -> dict:
    """The page's geometry in a `width` px wide window (see MEASURE)."""
    dom, console = framed(out, page, width, 900, MEASURE, "--dump-dom")
    assert console == []
    return result(dom)


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    """Where the screenshots go: $KH_ICAL_SCREENSHOTS (to look at them) or a temporary folder."""
    keep = os.environ.get("KH_ICAL_SCREENSHOTS")
    folder = Path(keep) if keep else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("width", [390, 1366])
def test_index_fits_the_screen_and_the_timeline_scrolls_under_its_labels(published, width):
    _, out = published
    got = measure(out, "index.html", width)
    assert got["width"] == width
    # nothing wider than the screen but the timeline, which scrolls inside its own box
    assert got["overflow"] == [] and got["scrollWidth"] <= width, got["overflow"]
    # month names never run into each other
    ticks = got["ticks"]
    assert len(ticks) == 10 and ticks[0][2] == "2023T4"
    for (_, right, name), (left, _, following) in zip(ticks, ticks[1:]):
        assert right <= left, (name, following)
    if width == 390:
        assert got["scrollable"] > 0 and got["scrolled"] > 0  # the months scroll on a phone
    # scrolled to the last month, every label is still inside the timeline's box and readable
    for label in got["labels"]:
        assert label["left"] >= -0.5 and label["right"] <= label["frame"] + 0.5, label
        assert label["width"] > 100 and label["onTop"], label


@pytest.mark.parametrize("width", [390, 1366])
def test_agency_search_ignores_accents(published, width):
    _, out = published
    got = measure(out, "index.html", width)
    assert got["searchShown"]
    assert got["found"] == ["so-tc"] and got["count"] == "Hiện 1 trong 6 cơ quan"
    assert got["none"]  # a query matching nothing says so


def test_agency_page_fits_a_phone(published):
    _, out = published
    script = """<script>
window.addEventListener("load", function () {
  var out = {scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth, ids: []};
  var nw = document.querySelectorAll(".nw");
  for (var i = 0; i < nw.length; i++) { out.ids.push(nw[i].getClientRects().length); }
  window.parent.postMessage(JSON.stringify(out), "*");
});
</script>
</body>"""
    dom, console = framed(out, "co-quan/bao.html", 390, 900, script, "--dump-dom")
    assert console == []
    got = result(dom)
    assert got["width"] == 390 and got["scrollWidth"] <= 390
    assert got["ids"] and set(got["ids"]) == {1}  # every plan number on one line (one box each)


@pytest.mark.parametrize("width", [390, 1366])
def test_screenshots(published, shots, width):
    """Screenshots to look at: the index, and its timeline scrolled a third of the way."""
    _, out = published
    shot = shots / f"index-{width}.png"
    _, console = framed(out, "index.html", width, 1600, "", f"--screenshot={shot}")
    assert console == []
    assert png_size(shot) == (max(width, 500), 1600) and shot.stat().st_size > 20_000
    only = ("<style>#co-quan, #toan-bo, #huong-dan, p.lead { display: none; }</style><script>"
            'var s = document.querySelector(".tl-scroll"); s.scrollLeft = s.scrollWidth / 3;</script></body>')
    timeline = shots / f"timeline-{width}.png"
    _, console = framed(out, "index.html", width, 900, only, f"--screenshot={timeline}")
    assert console == [] and png_size(timeline) == (max(width, 500), 900)
