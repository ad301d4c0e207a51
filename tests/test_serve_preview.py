"""`kh-ical serve` shows the pages with its own address (kh_ical.preview), over real HTTP."""

from __future__ import annotations

import hashlib
import http.client
import io
import re
import shutil
import threading
from pathlib import Path

import pytest

from kh_ical.build import BuildOptions, build
from kh_ical.preview import Preview
from kh_ical.serve import make_server

ROOT = Path(__file__).resolve().parents[1]


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file's hash and modification time."""
    return {p.relative_to(folder).as_posix(): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    """The shipped plan built without a base URL (data copied: nothing of the repo is touched)."""
    base = tmp_path_factory.mktemp("preview")
    data = base / "data"
    shutil.copytree(ROOT / "data", data)
    out = base / "feeds"
    build(data, out, BuildOptions())
    return data, out


def serving(out: Path, data: Path, host: str = "127.0.0.1"):
    log = io.StringIO()
    srv = make_server(out, host, 0, log=log)
    srv.pages = Preview(data, out, srv.log).page
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    return srv, thread, log


def stop(srv, thread) -> None:
    srv.shutdown()
    srv.server_close()
    thread.join(5)


def get(port: int, path: str, host: str | None = None) -> tuple[int, str, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path, headers={"Host": host} if host else {})
        response = conn.getresponse()
        return response.status, response.getheader("Content-Type", ""), response.read()
    finally:
        conn.close()


def test_served_pages_point_at_the_server_and_the_files_stay(built, tmp_path):
    data, out = built
    before = snapshot(out)
    srv, thread, log = serving(out, data)
    try:
        port = srv.server_address[1]
        status, ctype, index = get(port, "/")
        assert (status, ctype) == (200, "text/html; charset=utf-8")
        page = index.decode("utf-8")
        assert "Tải tệp .ics" not in page and "Cài đặt → Nhập và xuất" not in page  # the file on disk has them
        feed = srv.url + "bao-lai-chau.ics"
        assert f'data-copy="{feed}"' in page and "webcal://" + feed.removeprefix("http://") in page
        assert "render?cid=" + feed.replace(":", "%3A").replace("/", "%2F") in page
        assert "https://outlook.office.com/calendar/0/addfromweb?url=" + feed.replace(":", "%3A").replace(
            "/", "%2F") in page
        # every address on the page answers, as a calendar
        for url in sorted(set(re.findall(r'data-copy="([^"]+)"', page))):
            assert url.startswith(srv.url)
            status, ctype, _ = get(port, url.removeprefix(srv.url[:-1]))
            assert (status, ctype) == (200, "text/calendar; charset=utf-8"), url
        agency = get(port, "/co-quan/bao-lai-chau.html")[2].decode("utf-8")
        assert f'data-copy="{feed}"' in agency
        assert get(port, "/bao-lai-chau.ics")[2] == (out / "bao-lai-chau.ics").read_bytes()  # feeds as on disk
        assert get(port, "/index.html")[2] == index  # the same bytes again
    finally:
        stop(srv, thread)
    assert snapshot(out) == before  # nothing on disk changed
    assert "Traceback" not in log.getvalue()
    # exactly the pages a build with the server's address as base URL writes, "last updated" included
    copy = tmp_path / "feeds"
    shutil.copytree(out, copy)
    build(data, copy, BuildOptions(base_url=srv.url))
    assert (copy / "index.html").read_bytes() == index
    assert (copy / "co-quan" / "bao-lai-chau.html").read_text(encoding="utf-8") == agency
    assert re.search(r"Lịch cập nhật lần cuối: [^<]+", page).group() in (out / "index.html").read_text("utf-8")


def test_on_every_address_the_pages_use_the_host_the_client_asked(built):
    data, out = built
    try:
        srv, thread, _ = serving(out, data, "0.0.0.0")
    except Exception as exc:  # noqa: BLE001 - a machine that cannot bind it
        pytest.skip(f"cannot listen on 0.0.0.0: {exc}")
    try:
        port = srv.server_address[1]
        page = get(port, "/index.html", host=f"lich.lan:{port}")[2].decode("utf-8")
        assert f'data-copy="http://lich.lan:{port}/bao-lai-chau.ics"' in page
        odd = get(port, "/index.html", host='x"><script>')[2].decode("utf-8")  # not a host name: its bound address
        assert 'x"><script>' not in odd and "x&#34;&gt;" not in odd and f'data-copy="http://0.0.0.0:{port}/' in odd
    finally:
        stop(srv, thread)


def test_bad_data_or_no_build_serves_the_files_as_they_are(built, tmp_path):
    data, out = built
    broken = tmp_path / "data"
    shutil.copytree(data, broken)
    (broken / "tasks.json").write_text("{", encoding="utf-8")
    srv, thread, log = serving(out, broken)
    try:
        assert get(srv.server_address[1], "/index.html")[2] == (out / "index.html").read_bytes()
    finally:
        stop(srv, thread)
    assert "không dựng được trang xem thử" in log.getvalue()
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "index.html").write_text("<p>cũ</p>", encoding="utf-8")
    srv, thread, log = serving(empty, data)
    try:
        assert get(srv.server_address[1], "/")[2] == "<p>cũ</p>".encode()
    finally:
        stop(srv, thread)
    assert "chưa được build" in log.getvalue()
