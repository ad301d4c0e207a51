"""Typed values shared by every stage: plan, registries, occurrences.

All classes are frozen dataclasses so that they can be hashed, sorted and
shared between feeds without copying. Dates are `datetime.date`; every
`end` is **inclusive** (the calendar writer alone turns it into DTEND).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from urllib.parse import urlsplit

from kh_ical.errors import KhIcalError, PhraseError

# How multi-day windows become VEVENTs (feed.presentations); here so that the
# CLI can offer them without loading the calendar writer.
WINDOW_MODES = ("span", "markers", "end")


class Kind(str, Enum):
    """What an occurrence means for the agency."""

    WINDOW = "window"  # work happens from start to end
    DEADLINE = "deadline"  # must be done by end (start == end)
    DAY = "day"  # happens on that day
    UNDATED = "undated"  # "thường xuyên", "theo yêu cầu …": no date at all


class EventStatus(str, Enum):
    CONFIRMED = "confirmed"
    ESTIMATED = "estimated"
    UNKNOWN = "unknown"



def checked_base_url(url: str) -> str:
    """`url` if it is a web address (http or https, with a host); the published
    address of the output folder becomes links in pages and feeds, where a
    "javascript:" or "file:" address would be a trap."""
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(
            c.isspace() or ord(c) < 32 for c in url):
        raise KhIcalError(f"--base-url phải là địa chỉ web http:// hoặc https://, không phải {url[:100]!r}")
    return url

@dataclass(frozen=True)
class Event:
    """A commemoration or ceremony that timing cells refer to."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    date: dt.date | None = None
    status: EventStatus = EventStatus.UNKNOWN
    source: str = ""

    @property
    def known(self) -> bool:
        return self.date is not None and self.status is not EventStatus.UNKNOWN

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Agency:
    """An agency, or a group whose members each receive the group's tasks."""

    id: str  # ASCII slug, also the feed's file name
    name: str
    short: str = ""  # short form for calendar names ("Sở VH,TT&DL")
    aliases: tuple[str, ...] = ()
    group: bool = False  # "UBND các huyện, thành phố": its members get its tasks
    members: tuple[str, ...] = ()  # agency ids of a group's members
    publication_rrule: str | None = None  # RFC 5545 RRULE of a newspaper's issues
    publication_start: dt.date | None = None  # DTSTART for that RRULE

    @property
    def display(self) -> str:
        return self.short or self.name

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.name, self.short, *self.aliases) if n)


@dataclass(frozen=True)
class AgencyRef:
    """One agency cell split into registry agencies and generic wording."""

    agencies: tuple[str, ...]  # agency ids in cell order; groups as the group's id
    generic: tuple[str, ...] = ()  # "Các đơn vị có liên quan", kept as text


@dataclass(frozen=True)
class Section:
    id: str  # roman numeral as in the document: "I" … "IV"
    title: str
    events: tuple[str, ...] = ()  # event ids that "sự kiện" / "kỷ niệm" mean here


@dataclass(frozen=True)
class Task:
    id: str  # "III.13"; "13" in a table without sections
    section: str | None  # None: the table has no sections
    content: str
    lead: str  # cells exactly as written in the document ("" for a blank lead or timing cell)
    partners: str
    timing: str
    lead_ref: AgencyRef = AgencyRef(())
    partners_ref: AgencyRef = AgencyRef(())
    # The table's other columns (header as written, cell), in the table's order.
    extra: tuple[tuple[str, str], ...] = ()
    # A maintainer's reading of a misprinted timing cell: what the resolver
    # reads instead of `timing`, which stays as the document wrote it.
    timing_as_read: str | None = None

    @property
    def timing_read(self) -> str:
        """The timing text the resolver reads."""
        return self.timing if self.timing_as_read is None else self.timing_as_read

    @property
    def extra_shown(self) -> tuple[tuple[str, str], ...]:
        """The other columns worth showing (feeds, pages): a blank cell says nothing."""
        return tuple((header, cell) for header, cell in self.extra if cell.strip())

    @property
    def timing_blank(self) -> bool:
        """A blank timing cell (and no reading of it): an undated task, not an error."""
        text = self.timing_read
        return not text or text.isspace()

    @property
    def timing_field(self) -> str:
        """The tasks.json field `timing_read` comes from, for messages."""
        return "timing" if self.timing_as_read is None else "timing_as_read"


@dataclass(frozen=True)
class PlanInfo:
    id: str  # "171-KH/BTGTU": stable identity, part of every UID
    short_name: str  # "KH 171": prefix of calendar names
    issuer: str
    date: dt.date
    title: str
    timezone: str = "Asia/Ho_Chi_Minh"
    # The last day of the plan's period, when the document states one ("giai
    # đoạn 2026 - 2030"): where repeating schedules stop.
    end: dt.date | None = None

    @property
    def year(self) -> int:
        """The year for dates written without one."""
        return self.date.year


@dataclass(frozen=True)
class Plan:
    info: PlanInfo
    sections: tuple[Section, ...]
    tasks: tuple[Task, ...]
    events: tuple[Event, ...]
    agencies: tuple[Agency, ...]
    source: str = "data/tasks.json"  # how messages name the tasks file

    # Lookups by id through dicts built once per plan (a linear scan per call made
    # agency expansion O(tasks × agencies)). cached_property writes the instance
    # __dict__ directly, so it works on a frozen dataclass and is not a field.
    @cached_property
    def _sections_by_id(self) -> dict[str, Section]:
        return {s.id: s for s in self.sections}

    @cached_property
    def _events_by_id(self) -> dict[str, Event]:
        return {e.id: e for e in self.events}

    @cached_property
    def _agencies_by_id(self) -> dict[str, Agency]:
        return {a.id: a for a in self.agencies}

    def section(self, section_id: str) -> Section:
        return self._sections_by_id[section_id]

    def event(self, event_id: str) -> Event:
        return self._events_by_id[event_id]

    def agency(self, agency_id: str) -> Agency:
        try:
            return self._agencies_by_id[agency_id]
        except KeyError:
            raise KeyError(f"no agency {agency_id!r} in plan {self.info.id}") from None


@dataclass(frozen=True)
class Remark:
    """A relative remark beside explicit dates (III.13), kept for `check`.

    "Trước lễ mít tinh kỷ niệm 5 ngày và sau 2 ngày" beside 29/12/2023 – 7/1/2024
    is Remark(event, before=5, after=2): the start implies the event on
    start + before, the end implies it on end − after.
    """

    text: str
    event: str | None  # event id, None when the remark names no known event
    before: int | None = None
    after: int | None = None


@dataclass(frozen=True)
class Occurrence:
    """One dated (or explicitly undated) thing a phrase resolves to."""

    kind: Kind
    start: dt.date | None
    end: dt.date | None  # inclusive
    label: str | None = None
    event: str | None = None  # event id it is anchored to
    approximate: bool = False
    done: bool = False
    note: str | None = None
    time: dt.time | None = None  # exact time of day → a timed event
    end_time: dt.time | None = None  # "từ 13h30 đến 16h": when a timed entry ends (same day)
    # A repeating schedule ("trước ngày 15/3 hằng năm"): RFC 5545 RRULE text
    # (no "RRULE:" prefix, UNTIL as a date); start/end are the first instance.
    rrule: str | None = None
    # What `check` should point out about how the cell is written (a weekday or
    # a number of days that does not match the dates), in Vietnamese. Not content.
    checks: tuple[str, ...] = ()
    tentative: bool = False  # anchored to an event whose date is estimated
    part: int = 0  # index of the phrase part it came from (identity, not content)
    basis: str = ""  # how the date was worked out, in Vietnamese, for DESCRIPTION
    remark: Remark | None = None

    def sort_key(self) -> tuple:
        return (self.start or dt.date.min, self.end or dt.date.min, self.part, self.event or "")


@dataclass(frozen=True)
class Unresolved:
    """An occurrence that cannot be dated yet (unknown event date)."""

    part: int
    event: str | None
    label: str | None
    reason: str  # Vietnamese/English sentence saying what to set


@dataclass(frozen=True)
class PhraseResult:
    """What one timing cell resolves to."""

    occurrences: tuple[Occurrence, ...]
    unresolved: tuple[Unresolved, ...] = ()


@dataclass(frozen=True)
class TaskOccurrence:
    """An occurrence placed in its plan: the unit the feeds are made of."""

    task: Task
    occurrence: Occurrence

    def sort_key(self) -> tuple:
        return (*self.occurrence.sort_key(), task_sort_key(self.task.id))


@dataclass(frozen=True)
class ResolvedPlan:
    plan: Plan
    occurrences: tuple[TaskOccurrence, ...]
    unresolved: tuple[tuple[Task, Unresolved], ...] = ()
    # Phrase errors of every task (PhraseError with its place set), collected so
    # that `check` can report them all; `build` refuses to write when any exist.
    errors: tuple[PhraseError, ...] = field(default=())
    # Undated parts ("thường xuyên"): shown in reports, never in feeds.
    undated: tuple[TaskOccurrence, ...] = ()


@dataclass(frozen=True)
class FeedInfo:
    """One written feed, as the index page and reports need it."""

    slug: str  # file stem: the agency id, or ALL_FEED for the whole plan
    agency: str | None  # agency id; None for the whole-plan feed
    name: str  # calendar name, "KH 171 · Sở VH,TT&DL"
    path: str  # POSIX path relative to the output folder ("so-vh-tt-dl.ics")
    events: int  # VEVENT count
    size: int  # bytes
    lead_tasks: tuple[str, ...] = ()  # task ids the agency leads
    partner_tasks: tuple[str, ...] = ()  # task ids it coordinates


ALL_FEED = "tat-ca"  # slug of the feed with every task; never an agency id


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}


def task_sort_key(task_id: str) -> tuple[int, int, str]:
    """Document order for ids like "III.13" (so III.2 < III.13), "2.5", "B.1",
    and "13" of a table without sections (so 2 < 13)."""
    sec, dot, num = task_id.partition(".")
    if not dot:
        return (0, int(task_id) if task_id.isdigit() else 0, task_id)
    rank = _ROMAN.get(sec)
    if rank is None:  # sections numbered "1", "2" or lettered "A", "B" (plans do not mix kinds)
        rank = int(sec) if sec.isdigit() else ord(sec) - 64 if len(sec) == 1 and "A" <= sec <= "Z" else 99
    return (rank, int(num) if num.isdigit() else 0, task_id)
