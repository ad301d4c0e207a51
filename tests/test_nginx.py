"""deploy/nginx.conf (the README's recipe) in the real nginx, against a built output folder.

Runs only where Debian's `nginx` and `openssl` are installed (.ci/run installs them);
otherwise skipped, saying so. The file is used as written, except for what only a test
can change: the addresses it listens on (loopback, free ports), the certificate
(self-signed, made here) and the folder it serves.
"""

from __future__ import annotations

import http.client
import os
import shutil
import socket
import ssl
import subprocess
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from http_kit import send

from kh_ical.cli import cli

ROOT = Path(__file__).resolve().parent.parent
CONF = ROOT / "deploy" / "nginx.conf"
NGINX = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if os.access(p, os.X_OK)), None)
OPENSSL = shutil.which("openssl")

pytestmark = pytest.mark.skipif(
    NGINX is None or OPENSSL is None,
    reason="nginx or openssl not installed (Debian packages nginx, openssl; .ci/run installs them)",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def site_conf(feeds: Path, cert: Path, key: Path, https: int, http: int) -> str:
    """deploy/nginx.conf with each test-only change made exactly once (so a reshaped file fails here)."""
    text = CONF.read_text()
    changes = [
        ("listen 443 ssl;", f"listen 127.0.0.1:{https} ssl;"),
        ("listen [::]:443 ssl;", ""),  # this machine may have no IPv6
        ("listen 80;", f"listen 127.0.0.1:{http};"),
        ("listen [::]:80;", ""),
        ("/etc/letsencrypt/live/lich.example.vn/fullchain.pem", str(cert)),
        ("/etc/letsencrypt/live/lich.example.vn/privkey.pem", str(key)),
        ("root /srv/kh-ical/feeds;", f"root {feeds};"),
    ]
    for old, new in changes:
        assert text.count(old) == 1, f"deploy/nginx.conf no longer has exactly one {old!r}"
        text = text.replace(old, new)
    return text


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A private build of the shipped plan (feeds at p/<token>/), plus dot-files like a build's and
    rsync's leftovers. Returns the folder and the whole-plan feed's token folder."""
    tmp = tmp_path_factory.mktemp("nginx")
    shutil.copytree(ROOT / "data", tmp / "data")
    feeds = tmp / "feeds"
    result = CliRunner().invoke(cli, [
        "build", "--data", str(tmp / "data"), "--out", str(feeds), "--private",
        "--secrets", str(tmp / "secrets.json"), "--base-url", "https://lich.example.vn",
    ], env={"SOURCE_DATE_EPOCH": "1700000000"})
    assert result.exit_code == 0, result.output
    (token_dir,) = [d for d in (feeds / "p").iterdir() if (d / "tat-ca.ics").is_file()]  # one token per feed
    (token_dir / ".tmp-x.ics").write_bytes(b"BEGIN:VCALENDAR\r\n")  # a feed being written
    (feeds / ".kh-ical-cache.json").write_text("{}")
    (feeds / ".~tmp~").mkdir()  # rsync --delay-updates
    (feeds / ".~tmp~" / "tat-ca.ics").write_bytes(b"BEGIN:VCALENDAR\r\n")
    assert (feeds / ".kh-ical-state.json").is_file()
    return feeds, token_dir


@pytest.fixture(scope="module")
def nginx(site, tmp_path_factory):
    feeds, _ = site
    tmp = tmp_path_factory.mktemp("nginx-run")
    cert, key = tmp / "cert.pem", tmp / "key.pem"
    subprocess.run([OPENSSL, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-days", "2", "-subj", "/CN=lich.example.vn", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    https, http = free_port(), free_port()
    (tmp / "site.conf").write_text(site_conf(feeds, cert, key, https, http))
    mime = Path("/etc/nginx/mime.types")
    main = f"""
        daemon off;
        {"user root;" if os.geteuid() == 0 else ""}  # workers must read pytest's 0700 folders
        worker_processes 1;
        pid {tmp}/nginx.pid;
        error_log {tmp}/error.log;
        events {{ worker_connections 64; }}
        http {{
            {f"include {mime};" if mime.is_file() else ""}
            default_type application/octet-stream;
            gzip on;  # as in Debian's nginx.conf: the .ics location must still send no gzip
            gzip_types text/html text/calendar;
            access_log {tmp}/access.log;
            client_body_temp_path {tmp}/body;  # not /var/lib/nginx: the tests may run as a user
            proxy_temp_path {tmp}/proxy;
            fastcgi_temp_path {tmp}/fastcgi;
            uwsgi_temp_path {tmp}/uwsgi;
            scgi_temp_path {tmp}/scgi;
            include {tmp}/site.conf;
        }}
    """
    (tmp / "nginx.conf").write_text(main)
    args = [NGINX, "-p", str(tmp), "-e", str(tmp / "error.log"), "-c", str(tmp / "nginx.conf")]
    check = subprocess.run([*args, "-t"], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", https), timeout=1).close()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"nginx did not start: {proc.stderr.read()} {(tmp / 'error.log').read_text()}")
            time.sleep(0.05)
    yield https, http
    proc.terminate()
    proc.wait(10)


def get(port: int, path: str, headers: dict | None = None, tls: bool = True):
    if tls:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname, context.verify_mode = False, ssl.CERT_NONE  # self-signed, made above
        conn = http.client.HTTPSConnection("127.0.0.1", port, timeout=10, context=context)
    else:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    return send(conn, path, headers=headers, host="lich.example.vn")


def test_ics_content_type_and_conditional_get(nginx, site):
    https, _ = nginx
    _, token_dir = site
    path = f"/p/{token_dir.name}/tat-ca.ics"
    status, headers, body = get(https, path, {"Accept-Encoding": "gzip"})
    assert status == 200 and body == (token_dir / "tat-ca.ics").read_bytes()
    assert headers["content-type"] == "text/calendar; charset=utf-8"
    assert "content-encoding" not in headers and "content-disposition" not in headers
    assert headers["cache-control"] == "no-cache" and headers["x-content-type-options"] == "nosniff"
    etag, modified = headers["etag"], headers["last-modified"]
    assert get(https, path, {"If-None-Match": etag})[:3:2] == (304, b"")
    assert get(https, path, {"If-Modified-Since": modified})[0] == 304
    assert get(https, path, {"If-None-Match": '"other"'})[0] == 200


def test_private_feed_and_pages(nginx, site):
    https, _ = nginx
    feeds, _ = site
    for feed in [f for f in (feeds / "p").glob("*/*.ics") if not f.name.startswith(".")]:  # every private feed
        status, headers, body = get(https, f"/p/{feed.parent.name}/{feed.name}")
        assert status == 200 and body == feed.read_bytes()
        assert headers["content-type"] == "text/calendar; charset=utf-8"
    page = next((feeds / "co-quan").glob("*.html"))
    status, headers, body = get(https, f"/co-quan/{page.name}")
    assert (status, headers["content-type"], body) == (200, "text/html; charset=utf-8", page.read_bytes())
    for path in ("/", "/index.html"):
        status, headers, body = get(https, path)
        assert status == 200 and body == (feeds / "index.html").read_bytes()
        assert headers["content-type"] == "text/html; charset=utf-8"
        assert headers["cache-control"] == "no-cache"


@pytest.mark.parametrize("path", [
    "/.kh-ical-state.json",
    "/.kh-ical-cache.json",
    "/%2ekh-ical-state.json",
    "/.~tmp~/tat-ca.ics",
    "/p/TOKEN/.tmp-x.ics",
    "/p/",
    "/p/TOKEN/",
    "/p/TOKEN/%2e%2e/",  # = /p/
])
def test_dot_files_and_folders_are_refused(nginx, site, path):
    https, _ = nginx
    feeds, token_dir = site
    status, _, body = get(https, path.replace("TOKEN", token_dir.name))
    assert status in (403, 404), path
    tokens = [d.name.encode() for d in (feeds / "p").iterdir()]
    assert not any(t in body for t in tokens) and b".ics" not in body and b"{" not in body


def test_plain_http_is_sent_to_https(nginx):
    _, http_port = nginx
    status, headers, _ = get(http_port, "/tat-ca.ics", tls=False)
    assert status == 301 and headers["location"] == "https://lich.example.vn/tat-ca.ics"
