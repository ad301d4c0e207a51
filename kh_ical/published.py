"""What the output folder already publishes: each UID's SEQUENCE (and, when
needed, its stamp and bytes).

Subscribers hold what the feeds say, not what the state file says. Reading the
feeds back gives the floor no build may go under: when the state file is
missing, damaged, or older than the feeds (a restored copy, a build killed
between its renames), SEQUENCE continues from the published value instead of
falling back to 0, which clients would take for an older version and ignore.

Every full build reads the floor, so the first pass is one regex over the
files (0.1 s for 48 MB of feeds); a VEVENT's bytes are only looked at for the
few UIDs whose state record is missing or behind.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from kh_ical.files import is_temporary

# kh-ical writes UID then SEQUENCE (icalendar's order); a long UID is folded.
_UID_SEQUENCE = re.compile(rb"\nUID:((?:[^\r]|\r\n )*)\r\nSEQUENCE:(\d{1,10})\r\n")
_DTSTAMP = re.compile(rb"\r\nDTSTAMP:(\d{8}T\d{6})Z\r\n")
_UNESCAPE = re.compile(r"\\([\\;,nN])")
_UNKNOWN_TIME = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


@dataclass(frozen=True, slots=True)
class Published:
    sequence: int
    path: Path  # the .ics file
    at: int  # offset of its UID line in the file


def read_published(out_dir: Path) -> dict[str, Published]:
    """UID → where a .ics file in `out_dir` (private folders included, symlinked
    folders not followed) publishes it; the highest SEQUENCE when a UID is in
    several files."""
    found: dict[str, Published] = {}
    for folder, _dirs, files in os.walk(out_dir):  # does not enter symlinked folders
        for name in sorted(files):
            path = Path(folder) / name
            if not name.endswith(".ics") or is_temporary(name) or path.is_symlink():
                continue
            try:
                data = path.read_bytes()
            except OSError:
                continue  # an unreadable file gives no floor; writing it will say why
            for m in _UID_SEQUENCE.finditer(data):
                try:
                    uid = _UNESCAPE.sub(lambda e: "\n" if e[1] in "nN" else e[1],
                                        m[1].replace(b"\r\n ", b"").decode("utf-8"))
                except UnicodeDecodeError:
                    continue
                sequence = int(m[2])
                if uid not in found or found[uid].sequence < sequence:
                    found[uid] = Published(sequence, path, m.start())
    return found


def stamp_and_digest(item: Published) -> tuple[dt.datetime, str]:
    """The DTSTAMP of a published VEVENT and the SHA-256 of its bytes ("" when
    the VEVENT cannot be cut out: it then never matches a rendering)."""
    data = item.path.read_bytes()
    start = data.rfind(b"BEGIN:VEVENT\r\n", 0, item.at)
    end = data.find(b"END:VEVENT\r\n", item.at)
    if start < 0 or end < 0:
        return _UNKNOWN_TIME, ""
    block = data[start:end + len(b"END:VEVENT\r\n")]
    stamp = _DTSTAMP.search(block)
    try:
        changed = dt.datetime.strptime(stamp[1].decode(), "%Y%m%dT%H%M%S").replace(tzinfo=dt.timezone.utc)
    except (TypeError, ValueError):
        return _UNKNOWN_TIME, ""
    return changed, hashlib.sha256(block).hexdigest()
