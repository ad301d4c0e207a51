"""The words kh-ical uses for its own ideas when it talks to people.

One home for each term, as fixed in docs/glossary.md (tests/test_glossary.py
keeps the two in step and keeps the words the glossary rejects out of messages).
The resolver's vocabulary — the words *documents* use — is elsewhere
(kh_ical/phrases/lexicon.py).
"""

from __future__ import annotations

from pathlib import Path

from kh_ical.model import EventStatus, Kind

EVENT = "sự kiện"  # only an entry of events.json: a ceremony, a conference a task's date hangs on
ENTRY = "mục lịch"  # one VEVENT: what a subscriber sees in Outlook / Google Calendar
FEED = "lịch"  # one .ics file, one per agency (and tat-ca.ics)
TASK = "nhiệm vụ"  # one row of the plan's table
SECTION = "mục"  # a section of the plan (I, II, III)
AGENCY = "cơ quan"
GROUP = "nhóm"  # a group of agencies in agencies.json
LEAD = "chủ trì"
PARTNER = "phối hợp"
APPROXIMATE = "gần đúng"  # a date kh-ical chose for a vague phrase ("đầu tháng 6")
TENTATIVE = "dự kiến"  # a date that may still change: the document says so, or its event's date is estimated
DONE = "đã hoàn thành"
UNDATED = "chưa có ngày"
PRIVATE_LINK = "đường dẫn riêng"  # a private feed's unguessable address (--private)
TOKEN_FILE = "tệp mã bí mật"  # secrets/feed-tokens.json

STATUS = {
    EventStatus.CONFIRMED: "chính thức",
    EventStatus.ESTIMATED: TENTATIVE,
    EventStatus.UNKNOWN: "chưa biết",
}

KIND = {Kind.WINDOW: "Khoảng", Kind.DEADLINE: "Hạn chót", Kind.DAY: "Ngày", Kind.UNDATED: "Không ghi ngày"}

DEFAULT_DATA = Path("data")


def command(data_dir: Path | str | None, *words: str) -> str:
    """A `kh-ical …` command to suggest, with the `--data` the user is working on
    (left out for the default folder, so that hints stay short).

    >>> command("plans/2025", "events set", "le-ky-niem", "YYYY-MM-DD", "--status confirmed")
    'kh-ical events set le-ky-niem YYYY-MM-DD --status confirmed --data plans/2025'
    >>> command(Path("data"), "build")
    'kh-ical build'
    """
    text = " ".join(["kh-ical", *words])
    if data_dir is not None and Path(data_dir) != DEFAULT_DATA:
        text += f" --data {quoted(str(data_dir))}"
    return text


def quoted(arg: str) -> str:
    """An argument as both a POSIX shell and the Windows console read it: in
    double quotes when it holds a space (paths like "Kế hoạch 2025")."""
    return f'"{arg}"' if any(c.isspace() for c in arg) or not arg else arg
