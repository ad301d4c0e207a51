"""`kh-ical serve`: a small preview / LAN server for the output folder.

Not a production server (see the README for an nginx recipe), but it speaks
HTTP the way calendar clients like it: `text/calendar; charset=utf-8`, no
`Content-Disposition`, no compression, a strong ETag (hash of the bytes), a
Last-Modified that never goes backwards, 304 on `If-None-Match` /
`If-Modified-Since`, and HEAD. Only regular files inside the folder are served:
no listings, no dot-files, nothing reached through `..`, encoded traversal,
absolute paths or symlinks leading out.
"""

from __future__ import annotations

import email.utils
import hashlib
import http.server
import threading
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from kh_ical.errors import KhIcalError

TYPES = {
    ".ics": "text/calendar; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".json": "application/json",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".txt": "text/plain; charset=utf-8",
}


@dataclass(frozen=True)
class Version:
    etag: str
    last_modified: int  # POSIX seconds


class Versions:
    """Last-Modified per path that only moves forward.

    A file's mtime can go backwards (restored backup, `cp -p`, clock fix);
    a client holding a newer date would then never see the change. So a
    changed ETag always gets a Last-Modified later than any sent before.
    """

    def __init__(self) -> None:
        self._seen: dict[str, Version] = {}
        self._lock = threading.Lock()

    def get(self, path: str, etag: str, mtime: int) -> Version:
        with self._lock:
            old = self._seen.get(path)
            if old is not None and old.etag == etag:
                return old
            stamp = mtime if old is None else max(mtime, old.last_modified + 1)
            self._seen[path] = Version(etag, stamp)
            return self._seen[path]


def resolve_path(root: Path, url_path: str) -> Path | None:
    """The regular file inside `root` that `url_path` names, or None (→ 404)."""
    path = unquote(urlsplit(url_path).path, errors="strict")
    if "\\" in path or "\x00" in path or not path.startswith("/"):
        return None
    parts = [p for p in path.split("/") if p]
    if any(p in (".", "..") or p.startswith(".") for p in parts):
        return None
    root = root.resolve()
    candidate = root.joinpath(*parts) if parts else root
    if path.endswith("/") or not parts:
        candidate = candidate / "index.html"
    try:
        real = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if not real.is_relative_to(root) or not real.is_file():
        return None
    return real


class Handler(http.server.BaseHTTPRequestHandler):
    server_version = "kh-ical"
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self._respond(body=True)

    def do_HEAD(self) -> None:
        self._respond(body=False)

    def _respond(self, body: bool) -> None:
        try:
            file = resolve_path(self.server.root, self.path)  # type: ignore[attr-defined]
        except UnicodeDecodeError:
            file = None
        if file is None:
            return self._not_found(body)
        data = file.read_bytes()
        etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
        version = self.server.versions.get(str(file), etag, int(file.stat().st_mtime))  # type: ignore[attr-defined]
        if self._not_modified(version):
            self.send_response(304)  # no body; Content-Length is the 200's (RFC 9110 8.6)
            self._validators(version)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", TYPES.get(file.suffix.lower(), "application/octet-stream"))
        self.send_header("Content-Length", str(len(data)))
        self._validators(version)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if body:
            self.wfile.write(data)

    def _validators(self, version: Version) -> None:
        self.send_header("ETag", version.etag)
        self.send_header("Last-Modified", email.utils.formatdate(version.last_modified, usegmt=True))
        self.send_header("Cache-Control", "no-cache")  # always revalidate: cheap with 304

    def _not_modified(self, version: Version) -> bool:
        inm = self.headers.get("If-None-Match")
        if inm is not None:  # takes precedence over If-Modified-Since (RFC 9110 13.2.2)
            tags = [t.strip().removeprefix("W/") for t in inm.split(",")]
            return "*" in tags or version.etag in tags
        ims = self.headers.get("If-Modified-Since")
        if ims:
            try:
                since = email.utils.parsedate_to_datetime(ims).timestamp()
            except (TypeError, ValueError, IndexError):
                return False
            return version.last_modified <= since
        return False

    def _not_found(self, body: bool) -> None:
        data = b"404 - not found\n"
        self.send_response(404)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if body:
            self.wfile.write(data)

    def log_request(self, code="-", size="-") -> None:
        status = getattr(code, "value", code)
        self.server.requests.append((self.command, self.path, int(status) if str(status).isdigit() else 0))  # type: ignore[attr-defined]
        super().log_request(code, size)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
        if not self.server.quiet:  # type: ignore[attr-defined]
            super().log_message(format, *args)


class FeedServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, root: Path, host: str = "127.0.0.1", port: int = 8080, quiet: bool = False):
        self.root = Path(root).resolve()
        self.versions = Versions()
        self.quiet = quiet
        self.requests: deque[tuple[str, str, int]] = deque(maxlen=1000)  # (method, path, status), latest last
        super().__init__((host, port), Handler)

    @property
    def url(self) -> str:
        address, port = self.server_address[:2]
        host = address.decode() if isinstance(address, bytes) else str(address)
        return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def make_server(root: Path, host: str = "127.0.0.1", port: int = 8080, quiet: bool = False) -> FeedServer:
    """A server for `root`, bound but not yet serving (`serve_forever()` to run).

    Raises:
        KhIcalError: the folder does not exist or the address cannot be bound.
    """
    if not Path(root).is_dir():
        raise KhIcalError(f"{root}: no such folder (run `kh-ical build` first)")
    try:
        return FeedServer(root, host, port, quiet)
    except OSError as exc:
        raise KhIcalError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc


def is_loopback(host: str) -> bool:
    return host in ("localhost", "::1") or host.startswith("127.")
