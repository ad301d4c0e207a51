"""Writing files atomically: a reader sees the old bytes or the new, never half."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Callable


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

    def add(self, rel: str, target: Path, data: bytes | list[bytes], durable: bool = False) -> None:
        """Stage `data` (bytes, or a list of pieces) for `target` (`rel`: its
        path in reports); `durable`: fsync it."""
        if rel in self.digests:
            raise ValueError(f"{rel} staged twice")
        parts = [data] if isinstance(data, bytes) else data
        digest = hashlib.sha256()
        for part in parts:
            digest.update(part)
        self.digests[rel] = digest.hexdigest()
        same = False
        if not target.is_file():
            self.added.append(rel)
        elif target.stat().st_size == sum(map(len, parts)) and _same_bytes(target, parts):
            same = True
        else:
            self.changed.append(rel)
        if same or not self.write:
            return  # unchanged: leave the file (and its mtime) alone
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        self._pending[rel] = (tmp, target)
        with open(tmp, "wb") as fh:
            fh.writelines(parts)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())

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


def _same_bytes(path: Path, parts: list[bytes]) -> bool:
    """Whether the file holds exactly the concatenation of `parts` (same size known)."""
    with open(path, "rb") as fh:
        return all(fh.read(len(part)) == part for part in parts)
