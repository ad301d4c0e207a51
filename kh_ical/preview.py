"""The pages `kh-ical serve` shows: built from the data with the server's own address.

Pages written without `--base-url` offer a download instead of subscribe
buttons, and pages written with one point at the real web server. A preview
should show the buttons working against the preview server itself, so
`serve` does not send the pages on disk: it renders them in memory
(`build.preview_pages`) with its own address as base URL. Feeds and other
files are served from the folder as they are; nothing on disk changes.

The pages are rendered again when the data or the folder's state file change
(a rebuild while the server runs); the same data give the same bytes.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from kh_ical import state as st
from kh_ical.build import preview_pages
from kh_ical.errors import KhIcalError


class Preview:
    """{relative path: page bytes} of an output folder, as published at `base_url`."""

    KEEP = 4  # renderings kept: one per address the server is reached at (127.0.0.1, its LAN address, …)

    def __init__(self, data_dir: Path, out_dir: Path, log: Callable[[str], None] = lambda line: None):
        self.data_dir, self.out_dir = Path(data_dir), Path(out_dir)
        self._log = log
        self._lock = threading.Lock()
        self._kept: OrderedDict[str, tuple[str, dict[str, bytes]]] = OrderedDict()  # base URL → (fingerprint, pages)

    def page(self, rel: str, base_url: str) -> bytes | None:
        """The preview of page `rel` ("index.html", "co-quan/x.html") published at `base_url`,
        or None: serve the file on disk."""
        if not rel.endswith(".html"):
            return None
        with self._lock:
            key = self._fingerprint()
            kept = self._kept.get(base_url)
            if kept is None or kept[0] != key:
                kept = self._kept[base_url] = (key, self._render(base_url))
                while len(self._kept) > self.KEEP:
                    self._kept.popitem(last=False)
            self._kept.move_to_end(base_url)
            return kept[1].get(rel)

    def _render(self, base_url: str) -> dict[str, bytes]:
        try:
            pages = preview_pages(self.data_dir, self.out_dir, base_url)
        except KhIcalError as exc:
            self._log(f"không dựng được trang xem thử từ {self.data_dir} ({exc}) — gửi các trang có sẵn trên đĩa")
            return {}
        if pages is None:
            self._log("thư mục chưa được build hoặc là bản build riêng — gửi các trang có sẵn trên đĩa")
            return {}
        return pages

    def _fingerprint(self) -> str:
        """Changes when a data file or the state file changes (size, time, name)."""
        h = hashlib.sha256()
        files = sorted(self.data_dir.glob("*.json")) + [self.out_dir / st.STATE_FILE]
        for path in files:
            try:
                stat = path.stat()
            except OSError:
                continue
            h.update(f"\0{path}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
        return h.hexdigest()
