"""Writing files atomically: a reader sees the old bytes or the new, never half."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable, Iterable


def write_atomic(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Write `data` to a temporary file beside `path`, fsync it, then `os.replace`.

    Parameters:
        mode: permissions of the result (0o600 for secrets). By default a file
            keeps the mode of the one it replaces, and a new file gets 0o666
            less the umask, as `open()` would give it.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode if mode is not None else _default_mode(path))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _default_mode(path: Path) -> int:
    if path.exists():
        return path.stat().st_mode & 0o7777
    umask = os.umask(0)  # the only way to read it; put straight back
    os.umask(umask)
    return 0o666 & ~umask


class Staging:
    """The files of one build, staged one at a time so that a build never holds
    every output in memory, and moved into place together at the end.

    `add` compares the bytes with the file on disk; when they differ (and
    writing is on) they go at once to a temporary file beside the target.
    `commit` replaces the targets (the one named `last` after the others and
    after removals), `discard` deletes the temporary files: a build that fails
    half-way leaves the folder as it was.
    """

    def __init__(self, write: bool = True) -> None:
        self.write = write
        self.digests: dict[str, str] = {}  # relative path → SHA-256 of its bytes
        self.added: list[str] = []
        self.changed: list[str] = []
        self._pending: dict[str, tuple[Path, Path]] = {}  # relative path → (temporary file, target)

    def add(self, rel: str, target: Path, data: bytes | Iterable[bytes], durable: bool = False) -> int:
        """Stage `data` (bytes, or pieces of it) for `target` (`rel`: its path in
        reports); `durable`: fsync it. Returns the size.

        Pieces are compared with the file on disk as they come; only when one
        differs is a temporary file started (with the identical beginning copied
        from the old file), so an unchanged file is neither held nor rewritten.
        """
        if rel in self.digests:
            raise ValueError(f"{rel} staged twice")
        digest, size = hashlib.sha256(), 0
        old = open(target, "rb") if target.is_file() else None
        same = old is not None  # identical to the file on disk so far
        out = None if same else self._start(rel, target, None, 0)
        try:
            for chunk in (data,) if isinstance(data, bytes) else data:
                digest.update(chunk)
                if same:
                    if old.read(len(chunk)) == chunk:
                        size += len(chunk)
                        continue
                    same, out = False, self._start(rel, target, old, size)
                if out is not None:
                    out.write(chunk)
                size += len(chunk)
            if same and old.read(1):  # the file on disk is longer
                same, out = False, self._start(rel, target, old, size)
            if out is not None and durable:
                out.flush()
                os.fsync(out.fileno())
        finally:
            for fh in (old, out):
                if fh is not None:
                    fh.close()
        self.digests[rel] = digest.hexdigest()
        if old is None:
            self.added.append(rel)
        elif not same:
            self.changed.append(rel)
        return size

    def _start(self, rel: str, target: Path, old: BinaryIO | None, size: int) -> BinaryIO | None:
        """A temporary file for `target` holding the first `size` bytes of `old`;
        None when not writing."""
        if not self.write:
            return None
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        self._pending[rel] = (tmp, target)
        out = open(tmp, "wb")
        if old is not None:
            old.seek(0)
            while size > 0:  # in blocks: a big feed may differ only near its end
                block = old.read(min(size, 1 << 20))
                out.write(block)
                size -= len(block)
        return out

    def commit(self, remove: Callable[[], None] = lambda: None, last: str | None = None) -> None:
        """Move every staged file into place, call `remove`, then move `last`."""
        final = self._pending.pop(last, None) if last is not None else None
        for tmp, target in self._pending.values():
            os.replace(tmp, target)
        self._pending.clear()
        remove()
        if final is not None:
            os.replace(*final)

    def discard(self) -> None:
        for tmp, _ in self._pending.values():
            tmp.unlink(missing_ok=True)
        self._pending.clear()

