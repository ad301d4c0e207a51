"""One kh-ical writer at a time per folder: an OS lock on a file in it (flock on
POSIX, msvcrt.locking on Windows), which the OS releases when the process dies,
even by kill -9, so a lock is never left stale.

Two builds into one folder at once could leave one build's feeds beside the
other's state. A second run waits a little, then says who holds the lock: the
holder writes its process id, command and start time beside the lock file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
import time
from pathlib import Path
from typing import Iterator

from kh_ical.errors import KhIcalError

LOCK_FILE = ".kh-ical.lock"
HOLDER_FILE = ".kh-ical.lock.holder"  # not *.json: the build cache fingerprints data/*.json
WAIT_SECONDS = 10.0


@contextlib.contextmanager
def locked(folder: Path, what: str, wait: float | None = None) -> Iterator[None]:
    """Hold the lock of `folder` (created if missing) while `what` runs."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KhIcalError(f"không tạo được thư mục {folder}: {exc.strerror or exc}") from None
    try:
        fd = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise KhIcalError(f"không mở được tệp khoá {folder / LOCK_FILE}: {exc.strerror or exc}") from None
    deadline = time.monotonic() + (WAIT_SECONDS if wait is None else wait)
    while not _try_lock(fd):
        if time.monotonic() >= deadline:
            os.close(fd)
            raise KhIcalError(f"{folder}: đang có một lệnh kh-ical khác ghi vào thư mục này ({_holder(folder)}); "
                              "hãy đợi lệnh đó xong rồi chạy lại")
        time.sleep(0.05)
    holder = folder / HOLDER_FILE
    try:
        info = {"pid": os.getpid(), "command": what, "since": dt.datetime.now().astimezone().isoformat("T", "seconds"),
                "argv": sys.argv[1:]}
        holder.write_text(json.dumps(info, ensure_ascii=False), encoding="utf-8")
        yield
    finally:
        holder.unlink(missing_ok=True)
        _unlock(fd)
        os.close(fd)


if os.name == "nt":  # pragma: no cover - tested on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)  # msvcrt locks bytes from the current position
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _holder(folder: Path) -> str:
    try:
        info = json.loads((folder / HOLDER_FILE).read_text(encoding="utf-8"))
        return f"{info['command']}, tiến trình {int(info['pid'])}, từ {info['since']}"
    except (OSError, ValueError, KeyError, TypeError):
        return "không rõ tiến trình nào"
