"""`kh-ical serve`: a small preview / LAN server for the output folder.

Not a production server (see the README for an nginx recipe), but it speaks
HTTP the way calendar clients like it: `text/calendar; charset=utf-8`, no
`Content-Disposition`, no compression, a strong ETag (hash of the bytes), a
Last-Modified that never goes backwards, 304 on `If-None-Match` /
`If-Modified-Since`, and HEAD. Only regular files inside the folder are served:
no listings, no dot-files, nothing reached through `..`, encoded traversal,
absolute paths or symlinks leading out.

It stays up under many clients and bad ones: one thread per connection, a
listen queue of `QUEUE`, `TIMEOUT` seconds for a whole request head (a client
that sends nothing, half a request or one byte at a time is dropped), 414 for a
request line over `MAX_LINE` bytes and 431 for oversized headers, 400 for a
request target that is not visible ASCII. Its console log escapes whatever the
client sent (control characters, bytes that are not UTF-8, quotes), so one
request is always one line.
"""

from __future__ import annotations

import email.utils
import hashlib
import http.server
import io
import os
import re
import socket
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import Callable, TextIO
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

TIMEOUT = 15.0  # seconds for a whole request head, and for a client to take an answer
QUEUE = 1024  # listen backlog: a burst of new connections waits instead of being dropped
MAX_LINE = 65536  # request line bytes (as http.client's limit for one header line)
LINGER_SECONDS = 2.0  # after an error answer, unread input is drained this long so that
LINGER_BYTES = 1 << 20  # the close does not reset the connection before the client reads it
LOG_CHARS = 300  # longest piece of client input copied into one log line

# What an error page says (users see it; the status line keeps the standard reason).
ERROR_TEXT = {
    HTTPStatus.BAD_REQUEST: "Yêu cầu không hợp lệ.",
    HTTPStatus.NOT_FOUND: "Không tìm thấy.",
    HTTPStatus.REQUEST_URI_TOO_LONG: "Địa chỉ quá dài.",
    HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE: "Phần đầu của yêu cầu quá lớn.",
    HTTPStatus.NOT_IMPLEMENTED: "Máy chủ xem thử chỉ nhận GET và HEAD.",
    HTTPStatus.HTTP_VERSION_NOT_SUPPORTED: "Phiên bản HTTP không được hỗ trợ.",
}
VISIBLE_ASCII = re.compile(r"[\x21-\x7e]+")  # a request target as RFC 9112 allows it
HOST = re.compile(r"(?:[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::[0-9]{1,5})?")  # a Host header we echo


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


def relative_path(url_path: str) -> str | None:
    """The path inside the folder that `url_path` names ("index.html" for "/"), or
    None when it may not be served: dot-files, "..", backslashes, NUL.

    Raises:
        UnicodeDecodeError: the path's %-escapes are not UTF-8.
    """
    path = unquote(urlsplit(url_path).path, errors="strict")
    if "\\" in path or "\x00" in path or not path.startswith("/"):
        return None
    parts = [p for p in path.split("/") if p]
    if any(p in (".", "..") or p.startswith(".") for p in parts):
        return None
    if path.endswith("/") or not parts:
        parts.append("index.html")
    return "/".join(parts)


def resolve_path(root: Path, url_path: str) -> Path | None:
    """The regular file inside `root` that `url_path` names, or None (→ 404)."""
    rel = relative_path(url_path)
    if rel is None:
        return None
    root = root.resolve()
    candidate = root.joinpath(*rel.split("/"))
    try:
        real = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if not real.is_relative_to(root) or not real.is_file():
        return None
    return real


def for_log(text: str, limit: int = LOG_CHARS) -> str:
    """Client input made safe for one log line.

    Request lines and paths are what http.server decoded as Latin-1, i.e. the
    raw bytes: valid UTF-8 in them is shown as text, other bytes as \\xNN.
    Control and format characters (line breaks, ANSI escapes, bidi overrides),
    backslashes and quotes are escaped, so a client cannot forge or hide lines.
    """
    try:
        raw = text.encode("latin-1")
        decoded = raw[: limit * 4].decode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # already text (an exception's message, say)
        raw, decoded = text.encode("utf-8", "surrogatepass"), text
    out = []
    for ch in decoded[:limit]:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # a byte that is not UTF-8
            out.append(f"\\x{code - 0xDC00:02x}")
        elif ch in '\\"' or not ch.isprintable():
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    if len(decoded) > limit or len(raw) > limit * 4:
        out.append(f"…({len(raw)} byte)")
    return "".join(out)


class _DeadlineReader(io.RawIOBase):
    """The connection's input, with one deadline for a whole request head.

    A socket timeout alone restarts at every byte, so a client trickling a
    byte every few seconds would hold its thread for ever.
    """

    def __init__(self, sock: socket.socket, timeout: float):
        self._sock = sock
        self._raw = sock.makefile("rb", buffering=0)
        self._timeout = timeout
        self.deadline: float | None = None
        self.received = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int | None:
        if self.deadline is not None:
            left = self.deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("request head deadline")
            self._sock.settimeout(left)
        try:
            n = self._raw.readinto(buffer)
        finally:
            if self.deadline is not None:
                self._sock.settimeout(self._timeout)  # writes keep the full timeout
        self.received += n or 0
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


class _Input(io.BufferedReader):
    """Buffered input that counts what the handler has taken, to tell a
    half-sent request (received > consumed) from an idle connection."""

    consumed = 0

    def readline(self, size: int | None = -1) -> bytes:
        line = super().readline(size)
        self.consumed += len(line)
        return line


class Handler(http.server.BaseHTTPRequestHandler):
    server_version = "kh-ical"
    protocol_version = "HTTP/1.1"
    # Until a request line is parsed (error answers and log lines read them).
    command, path, requestline, request_version = "", "", "", ""
    _linger = False

    def setup(self) -> None:
        self.timeout = self.server.client_timeout  # type: ignore[attr-defined]
        super().setup()
        self.rfile.close()
        self._reader = _DeadlineReader(self.connection, self.timeout)
        self.rfile = _Input(self._reader)

    def handle_one_request(self) -> None:
        """http.server's loop step, with a deadline, our limits and Vietnamese logs."""
        self._reader.deadline = time.monotonic() + self.timeout
        try:
            self.raw_requestline = self.rfile.readline(MAX_LINE + 1)
            if len(self.raw_requestline) > MAX_LINE:
                self.command, self.path, self.request_version = "", "", ""
                self.requestline = str(self.raw_requestline, "iso-8859-1")
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
                return
            if not self.raw_requestline:
                self.close_connection = True
                return
            if not self.parse_request():  # it answered 400, 431 or 505
                return
            self._reader.deadline = None
            method = getattr(self, "do_" + self.command, None)
            if method is None:
                self.send_error(HTTPStatus.NOT_IMPLEMENTED)
                return
            method()
            self.wfile.flush()
        except TimeoutError:
            self.close_connection = True
            if self._reader.received > self.rfile.consumed:
                self._log_line(f"không nhận đủ yêu cầu sau {self.timeout:g} s: đóng kết nối")
            elif self._reader.deadline is None:
                self._log_line(f"máy khách không nhận câu trả lời sau {self.timeout:g} s: đóng kết nối")
            # else an idle connection (kept alive, or opened ahead by a browser): closed silently
        except OSError:  # the client went away (reset, broken pipe): nothing to answer
            self.close_connection = True

    def parse_request(self) -> bool:
        if not super().parse_request():
            return False
        if not VISIBLE_ASCII.fullmatch(self.path):
            self.send_error(HTTPStatus.BAD_REQUEST)
            return False
        return True

    def do_GET(self) -> None:
        self._respond(body=True)

    def do_HEAD(self) -> None:
        self._respond(body=False)

    def _respond(self, body: bool) -> None:
        data, name, mtime = self._preview()
        if data is None:
            try:
                file = resolve_path(self.server.root, self.path)  # type: ignore[attr-defined]
            except UnicodeDecodeError:
                file = None
            if file is not None:
                try:  # one open file for bytes and date: a rebuild may replace it meanwhile
                    with open(file, "rb") as stream:
                        data = stream.read()
                        mtime = int(os.fstat(stream.fileno()).st_mtime)
                    name = str(file)
                except OSError:  # removed between resolving and reading
                    data = None
        if data is None:
            return self._send_text(HTTPStatus.NOT_FOUND, body)
        file = Path(name)
        etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
        version = self.server.versions.get(name, etag, mtime)  # type: ignore[attr-defined]
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

    def _preview(self) -> tuple[bytes | None, str, int]:
        """(bytes, name, time) of a page the server renders itself (`FeedServer.pages`), or (None, "", 0)."""
        pages = self.server.pages  # type: ignore[attr-defined]
        if pages is None:
            return None, "", 0
        try:
            rel = relative_path(self.path)
        except UnicodeDecodeError:
            return None, "", 0
        data = pages(rel, self._own_url()) if rel is not None else None
        return (data, "preview:" + rel, int(time.time())) if data is not None else (None, "", 0)

    def _own_url(self) -> str:
        """The server's address as this client reached it: its Host header when the server
        listens on every address (0.0.0.0, ::) and the header is a plain host[:port];
        else the address it is bound to."""
        server = self.server
        host = self.headers.get("Host", "")
        if server.server_address[0] in ("0.0.0.0", "::") and HOST.fullmatch(host):  # type: ignore[attr-defined]
            return f"http://{host}/"
        return server.url  # type: ignore[attr-defined]

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

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """A short Vietnamese text page instead of http.server's English HTML; the
        connection closes after it, since the rest of the request was not read."""
        self._send_text(HTTPStatus(code), self.command != "HEAD", close=True)

    def _send_text(self, status: HTTPStatus, body: bool, close: bool = False) -> None:
        data = f"{status.value} — {ERROR_TEXT.get(status, 'Yêu cầu không thực hiện được.')}\n".encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        if close:
            self.send_header("Connection", "close")
            self._linger = True
        self.end_headers()
        if body:
            self.wfile.write(data)

    def finish(self) -> None:
        super().finish()
        if self._linger:
            _drain(self.connection)

    def log_request(self, code="-", size="-") -> None:
        status = int(getattr(code, "value", code)) if str(getattr(code, "value", code)).isdigit() else 0
        self.server.requests.append((self.command or "", self.path, status))  # type: ignore[attr-defined]
        self._log_line(f'"{for_log(self.requestline)}" {status or code} {size}')

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
        self._log_line(for_log(format % args))

    def _log_line(self, message: str) -> None:
        """One line on the console (never raises: a log must not take a request down)."""
        self.server.log(f"{self.address_string()} - - [{self.log_date_time_string()}] {message}")  # type: ignore[attr-defined]


def _drain(sock: socket.socket) -> None:
    """Read and drop the client's unsent rest for a moment before closing:
    closing with unread input resets the connection, and the client may then
    lose the error answer it was about to read."""
    try:
        sock.shutdown(socket.SHUT_WR)
        deadline = time.monotonic() + LINGER_SECONDS
        left = LINGER_BYTES
        while left > 0:
            wait = deadline - time.monotonic()
            if wait <= 0:
                break
            sock.settimeout(wait)
            chunk = sock.recv(min(left, 65536))
            if not chunk:
                break
            left -= len(chunk)
    except OSError:
        pass


class FeedServer(http.server.ThreadingHTTPServer):
    daemon_threads = True  # a stuck client never keeps the process from exiting
    request_queue_size = QUEUE

    def __init__(self, root: Path, host: str = "127.0.0.1", port: int = 8080, quiet: bool = False,
                 timeout: float = TIMEOUT, log: TextIO | None = None):
        self.root = Path(root).resolve()
        self.versions = Versions()
        self.quiet = quiet
        self.client_timeout = timeout
        self._log_to = log
        self._log_lock = threading.Lock()
        self.requests: deque[tuple[str, str, int]] = deque(maxlen=1000)  # (method, path, status), latest last
        # Pages rendered in memory (`kh_ical.preview`): (relative path, the server's own URL) → bytes,
        # or None to serve the file.
        self.pages: Callable[[str, str], bytes | None] | None = None
        if ":" in host:
            self.address_family = socket.AF_INET6
        super().__init__((host, port), Handler)

    @property
    def url(self) -> str:
        address, port = self.server_address[:2]
        host = address.decode() if isinstance(address, bytes) else str(address)
        return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"

    def log(self, line: str) -> None:
        if self.quiet:
            return
        try:
            with self._log_lock:  # whole lines, never interleaved
                stream = self._log_to or sys.stderr
                stream.write(line + "\n")
                stream.flush()
        except (OSError, ValueError, UnicodeError):
            pass

    def handle_error(self, request, client_address) -> None:
        """One line instead of socketserver's traceback."""
        exc = sys.exc_info()[1]
        self.log(f"{client_address[0]} - - lỗi khi xử lý yêu cầu: {for_log(repr(exc))}")


def make_server(root: Path, host: str = "127.0.0.1", port: int = 8080, quiet: bool = False,
                timeout: float = TIMEOUT, log: TextIO | None = None) -> FeedServer:
    """A server for `root`, bound but not yet serving (`serve_forever()` to run).

    `timeout`: seconds a client has for a whole request head; `log`: where the
    console lines go (standard error by default, none when `quiet`).

    Raises:
        KhIcalError: the folder does not exist or the address cannot be bound.
    """
    if not Path(root).is_dir():
        raise KhIcalError(f"{root}: không có thư mục này (chạy `kh-ical build` trước)")
    try:
        return FeedServer(root, host, port, quiet, timeout, log)
    except OSError as exc:
        raise KhIcalError(f"không mở được cổng {host}:{port}: {exc.strerror or exc}") from exc


def is_loopback(host: str) -> bool:
    return host in ("localhost", "::1") or host.startswith("127.")
