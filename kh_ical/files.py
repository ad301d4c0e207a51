"""Writing the output folder safely: a reader sees the old bytes or the new,
never half; a killed build is finished by the next one; nothing is written
through a symlink or outside the folder."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Iterable

from kh_ical.errors import KhIcalError

JOURNAL_FILE = ".kh-ical-journal.json"
_TEMP = re.compile(r"\..+\.tmp")  # ".<name>.<pid or random>.tmp": ours, never a user's file
_PATH_PART = re.compile(r"[A-Za-z0-9_.-]+")


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


def is_plain(rel: str) -> bool:
    """Whether `rel` is a plain relative POSIX path of safe names (no "..", no
    absolute path, nothing a shell or URL would read differently)."""
    pure = PurePosixPath(rel)
    return (rel == str(pure) and not pure.is_absolute()
            and all(_PATH_PART.fullmatch(p) and p not in (".", "..") for p in pure.parts))


def safe_path(out_dir: Path, rel: str) -> Path:
    """`out_dir / rel` for a plain relative POSIX path that stays inside `out_dir`
    and does not pass through a symlinked folder (which would lead outside)."""
    pure = PurePosixPath(rel)
    if not is_plain(rel):
        raise KhIcalError(f"từ chối ghi ra ngoài thư mục kết quả: {rel!r}")
    folder = out_dir
    for part in pure.parts[:-1]:
        folder = folder / part
        if folder.is_symlink():
            raise KhIcalError(f"từ chối ghi qua thư mục là liên kết tượng trưng (symlink): {folder}")
    return out_dir / Path(*pure.parts)


def remove_file(out_dir: Path, rel: str) -> None:
    """Delete `rel` and the folders it leaves empty (p/<token>/), up to `out_dir`."""
    target = safe_path(out_dir, rel)
    target.unlink(missing_ok=True)
    parent = target.parent
    while parent != out_dir and parent.is_dir() and not any(parent.iterdir()):
        parent.rmdir()
        parent = parent.parent


class Staging:
    """The files of one build, staged one at a time so that a build never holds
    every output in memory, and moved into place together at the end.

    `add` compares the bytes with the file on disk; when they differ (and
    writing is on) they go at once to a temporary file beside the target.
    `commit` writes a journal of the moves and removals, carries it out (the
    file named `last` after the others and after removals) and deletes the
    journal; a build killed half-way through is finished by the next one
    (`finish_interrupted`). `discard` deletes the temporary files: a build that
    fails before `commit` leaves the folder as it was.
    """

    def __init__(self, out_dir: Path, write: bool = True) -> None:
        self.out_dir = Path(out_dir)
        self.write = write
        self.digests: dict[str, str] = {}  # relative path → SHA-256 of its bytes
        self.added: list[str] = []
        self.changed: list[str] = []
        self._pending: dict[str, Path] = {}  # relative path → its temporary file

    def add(self, rel: str, data: bytes | Iterable[bytes], durable: bool = False) -> int:
        """Stage `data` (bytes, or pieces of it) for `rel` (a path inside the
        output folder); `durable`: fsync it. Returns the size.

        Pieces are compared with the file on disk as they come; only when one
        differs is a temporary file started (with the identical beginning copied
        from the old file), so an unchanged file is neither held nor rewritten.
        """
        if rel in self.digests:
            raise ValueError(f"{rel} staged twice")
        target = safe_path(self.out_dir, rel)
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
        self._pending[rel] = tmp
        out = open(tmp, "wb")
        if old is not None:
            old.seek(0)
            while size > 0:  # in blocks: a big feed may differ only near its end
                block = old.read(min(size, 1 << 20))
                out.write(block)
                size -= len(block)
        return out

    def commit(self, remove: Iterable[str] = (), last: str | None = None) -> None:
        """Move every staged file into place, delete `remove`, then move `last`."""
        tmp_of = {rel: tmp.relative_to(self.out_dir).as_posix() for rel, tmp in self._pending.items()}
        steps = [["move", tmp_of[rel], rel] for rel in sorted(tmp_of) if rel != last]
        steps += [["remove", rel] for rel in remove]
        if last in tmp_of:
            steps.append(["move", tmp_of[last], last])
        if steps:
            # The journal is the switch: once it is on disk the build counts as
            # published, and the next build finishes whatever a kill left undone.
            journal = self.out_dir / JOURNAL_FILE
            write_atomic(journal, json.dumps({"version": 1, "steps": steps}).encode())
            self._pending.clear()  # from here on the temporary files belong to the journal, not to discard()
            _carry_out(self.out_dir, steps)
            journal.unlink()
        self._pending.clear()

    def discard(self) -> None:
        for tmp in self._pending.values():
            tmp.unlink(missing_ok=True)
        self._pending.clear()


def _carry_out(out_dir: Path, steps: list[list[str]]) -> None:
    """Do a journal's steps; each one can be done again (after a kill) without harm."""
    for step in steps:
        if step[0] == "move":
            tmp = safe_path(out_dir, step[1])
            if tmp.exists():  # else: moved before the kill
                os.replace(tmp, safe_path(out_dir, step[2]))
        else:
            remove_file(out_dir, step[1])


def finish_interrupted(out_dir: Path) -> bool:
    """Finish the publication of a build that was killed after its journal was
    written, then delete temporary files left by killed builds. Call it with the
    output folder locked. Returns whether an interrupted publication was finished."""
    journal = out_dir / JOURNAL_FILE
    finished = False
    if journal.is_file():
        try:
            doc = json.loads(journal.read_bytes())
            steps = doc["steps"]
            if doc.get("version") != 1 or not all(
                isinstance(s, list) and all(isinstance(p, str) for p in s)
                and (s[:1] == ["move"] and len(s) == 3 or s[:1] == ["remove"] and len(s) == 2)
                for s in steps
            ):
                raise ValueError("unknown steps")
        except (ValueError, KeyError, TypeError, RecursionError) as exc:
            # Written atomically, so only a hand edit damages it; the published
            # SEQUENCE is still safe (build reads it back from the feeds).
            raise KhIcalError(
                f"{journal}: nhật ký xuất bản bị hỏng ({exc}); hãy xoá tệp này rồi chạy lại `kh-ical build`"
            ) from None
        _carry_out(out_dir, steps)
        journal.unlink()
        finished = True
    clean_temporary(out_dir)
    return finished


def is_temporary(name: str) -> bool:
    """Whether a file name is one of kh-ical's temporary files (".<name>.<id>.tmp")."""
    return _TEMP.fullmatch(name) is not None


def clean_temporary(out_dir: Path) -> list[Path]:
    """Delete the temporary files (".<name>.<id>.tmp") under `out_dir`, without
    following symlinked folders; returns them."""
    removed = []
    for folder, _dirs, files in os.walk(out_dir):  # os.walk does not enter symlinked folders
        for name in files:
            path = Path(folder) / name
            if is_temporary(name) and not path.is_symlink():
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed
