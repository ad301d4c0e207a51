"""What the output folder already publishes: each UID's SEQUENCE, stamp and bytes.

Subscribers hold what the feeds say, not what the state file says. Reading the
feeds back gives the floor no build may go under: when the state file is
missing, damaged, or older than the feeds (a restored copy, a build killed
between its renames), SEQUENCE continues from the published value instead of
falling back to 0, which clients would take for an older version and ignore.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

_VEVENT = re.compile(rb"BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", re.DOTALL)
_FOLD = re.compile(rb"\r\n[ \t]")
_UID = re.compile(rb"^UID:(.*?)\r$", re.MULTILINE)
_SEQUENCE = re.compile(rb"^SEQUENCE:(\d{1,10})\r$", re.MULTILINE)
_DTSTAMP = re.compile(rb"^DTSTAMP:(\d{8}T\d{6})Z\r$", re.MULTILINE)
_UNESCAPE = re.compile(r"\\([\\;,nN])")
_TEMP = re.compile(r"\..+\.tmp")


@dataclass(frozen=True, slots=True)
class Published:
    sequence: int
    changed: dt.datetime  # DTSTAMP, UTC
    digest: str  # SHA-256 of the VEVENT's bytes as published


def read_published(out_dir: Path) -> dict[str, Published]:
    """UID → what a .ics file in `out_dir` (private folders included, symlinked
    folders not followed) publishes for it; the highest SEQUENCE when a UID is
    in several files. Unreadable or foreign VEVENTs are skipped: they give no floor."""
    found: dict[str, Published] = {}
    for folder, _dirs, files in os.walk(out_dir):  # does not enter symlinked folders
        for name in sorted(files):
            path = Path(folder) / name
            if not name.endswith(".ics") or _TEMP.fullmatch(name) or path.is_symlink():
                continue
            try:
                data = path.read_bytes()
            except OSError:
                continue
            for match in _VEVENT.finditer(data):
                uid, item = _read_vevent(match.group())
                if uid is not None and (uid not in found or found[uid].sequence < item.sequence):
                    found[uid] = item
    return found


def _read_vevent(block: bytes) -> tuple[str | None, Published]:
    text = _FOLD.sub(b"", block)
    uid, seq, stamp = _UID.search(text), _SEQUENCE.search(text), _DTSTAMP.search(text)
    digest = hashlib.sha256(block).hexdigest()
    if not (uid and seq and stamp):
        return None, Published(0, dt.datetime.min, digest)
    try:
        changed = dt.datetime.strptime(stamp[1].decode("ascii"), "%Y%m%dT%H%M%S").replace(tzinfo=dt.timezone.utc)
        value = _UNESCAPE.sub(lambda m: "\n" if m[1] in "nN" else m[1], uid[1].decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None, Published(0, dt.datetime.min, digest)
    return value, Published(int(seq[1]), changed, digest)
