"""Occurrences of one agency → an iCalendar feed (bytes), deterministic.

Two stages, so that SEQUENCE/DTSTAMP can come from the state file:
`plan_feeds` turns a resolved plan into `FeedContent` (pure values: what each
VEVENT publishes), and `render_feed` writes one feed with the per-UID stamps.
`Occurrence.end` is inclusive; `_dtend` is the only place that adds the day
for the exclusive `DTEND;VALUE=DATE`.

A repeating schedule (`Occurrence.rrule`) is one VEVENT with an RRULE over its
first instance (`kh_ical.recur` reads the rule). A timed entry ends at its
`end_time`, a timed deadline in the half hour that ends at its time, any other
timed entry TIMED_DURATION after it starts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import uuid
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterator, Mapping
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, Timezone, vDuration, vRecur, vText

from kh_ical import recur
from kh_ical.agencies import Role, agency_names, task_roles
from kh_ical.errors import KhIcalError
from kh_ical.model import (
    ALL_FEED,
    Agency,
    Kind,
    Occurrence,
    Plan,
    PlanInfo,
    ResolvedPlan,
    Task,
    TaskOccurrence,
    task_sort_key,
)
from kh_ical.model import WINDOW_MODES as WINDOW_MODES  # re-exported: feed options are checked here
from kh_ical.text import clean, repeat_text, time_text, timed_span_text, vn_date

TIMED_DURATION = dt.timedelta(hours=2)  # a timed event (ceremony, meeting) lasts 2 hours
REFRESH = dt.timedelta(hours=12)
PRODID = "-//kh-ical//kh-ical//VI"
# Fixed namespace of every kh-ical UID (uuid5); changing it would re-create every event.
UID_NAMESPACE = uuid.UUID("5a0c51b4-8d7e-4e8e-9c8b-6b1f0d6f2a71")
UID_DOMAIN = "kh-ical"
SUMMARY_TASK_CHARS = 60
EMPTY_MARKER = "trong"  # identity of the placeholder event of a feed with no dated task
_MARK_LABEL = {"start": "Bắt đầu", "end": "Kết thúc"}
# Control characters are not allowed in iCalendar TEXT (RFC 5545 3.3.11); PDF
# extraction leaves some behind. Line breaks are handled by clean()/escaping.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_CONTROL_BUT_NEWLINE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")


def _safe(text: str) -> str:
    return _CONTROL.sub(" ", text)


@dataclass(frozen=True)
class FeedOptions:
    """How occurrences are presented (same for every feed of one build)."""

    windows: str = "span"  # span | markers | end
    remind: dt.timedelta | None = None  # one DISPLAY alarm this long before the start
    base_url: str | None = None  # published address of the output folder

    def __post_init__(self) -> None:
        if self.windows not in WINDOW_MODES:
            raise ValueError(f"windows must be one of {', '.join(WINDOW_MODES)}, not {self.windows!r}")
        if self.remind is not None and self.remind <= dt.timedelta(0):
            raise ValueError("remind must be a positive duration")


@dataclass(frozen=True)
class FeedSpec:
    """One feed's identity and calendar-level properties."""

    slug: str
    agency: str | None  # agency id; None for the whole-plan feed
    name: str  # X-WR-CALNAME / NAME
    description: str  # X-WR-CALDESC / DESCRIPTION
    path: str  # POSIX path relative to the output folder
    url: str | None  # SOURCE / URL
    timezone: str
    lead_tasks: tuple[str, ...] = ()
    partner_tasks: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PublishedEvent:
    """Everything one VEVENT publishes except DTSTAMP, SEQUENCE, LAST-MODIFIED."""

    uid: str
    start: dt.date
    last: dt.date  # inclusive last day
    time: dt.time | None
    summary: str
    description: str
    categories: tuple[str, ...]
    status: str  # CONFIRMED | TENTATIVE
    alarm: dt.timedelta | None
    end_time: dt.time | None = None  # a timed event's end on its last day (None: TIMED_DURATION after `time`)
    rrule: str | None = None  # RRULE value (`recur.normalized`, UNTIL a date) repeating this event
    # Bytes and hash state shared with the other feeds that hold this occurrence
    # (set by plan_feeds; derived from the fields above, so not part of equality).
    prepared: _Prepared | None = field(default=None, compare=False, repr=False)
    digest: str | None = field(default=None, compare=False, repr=False)  # content_hash, when already known

    def sort_key(self) -> tuple:
        return (self.start, self.last, self.time or dt.time.min, self.uid)


@dataclass(frozen=True)
class FeedContent:
    spec: FeedSpec
    events: tuple[PublishedEvent, ...]  # sorted by PublishedEvent.sort_key (feed order), as plan_feeds makes it


@dataclass(frozen=True, slots=True)
class Stamp:
    """What the state file says about one UID (a `state.Record` has the same two fields)."""

    sequence: int
    changed: dt.datetime  # UTC; DTSTAMP and LAST-MODIFIED


def content_hash(event: PublishedEvent) -> str:
    """SHA-256 of the canonical JSON of the published fields (the state file's hash).

    The JSON is `json.dumps(fields, sort_keys=True, ensure_ascii=False,
    separators=(",", ":"))` of the fields, plus "duration" (seconds) for timed
    events; "end_time" and "rrule" only when set, so that the hash of an event
    without them is what it was before they existed. It is written out in key
    order so that everything before the UID, which is all that differs between
    the feeds holding one occurrence, is hashed once.
    """
    if event.digest is not None:
        return event.digest
    prefix = _hash_prefix(event.summary, event.categories, event.alarm, _common(event, "UTC"))  # no TZID in it
    return _finish_hash(prefix, event.uid)


def _finish_hash(prefix: hashlib._Hash, uid: str) -> str:
    h = prefix.copy()
    h.update(_json_str(uid).encode("utf-8") + b"}")
    return h.hexdigest()


# What json.dumps(ensure_ascii=False) writes for a str (and a float is its repr),
# without its per-call set-up, which cost more than the encoding here.
_json_str = json.encoder.encode_basestring


def event_uid(plan_id: str, slug: str, task_id: str, part: int, event: str | None, marker: str) -> str:
    """Stable UID from identity only: never dates, text or file position.

    `uuid.uuid5` written out (SHA-1 of namespace + name, version and variant
    bits set): the same UIDs, without building a UUID object per event.
    """
    key = "\x1f".join((plan_id, slug, task_id, str(part), event or "", marker))
    digest = bytearray(hashlib.sha1(_UID_PREFIX + key.encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{UID_DOMAIN}"


_UID_PREFIX = UID_NAMESPACE.bytes


# ---------------------------------------------------------------- plan → content


def plan_feeds(
    resolved: ResolvedPlan, options: FeedOptions, path_of: Callable[[str], str]
) -> list[FeedContent]:
    """One FeedContent per registry agency (groups too) plus the whole-plan feed.

    `path_of(slug)` gives the feed's path relative to the output folder.
    """
    return list(iter_feeds(resolved, options, path_of))


def iter_feeds(
    resolved: ResolvedPlan, options: FeedOptions, path_of: Callable[[str], str]
) -> Iterator[FeedContent]:
    """`plan_feeds` one feed at a time (agencies by id, then the whole plan), so
    that a build holds one feed's events, not every feed's, at once."""
    plan = resolved.plan
    roles = {t.id: task_roles(plan, t) for t in plan.tasks}
    # Inverted once (agency → its occurrences), instead of every agency scanning
    # every occurrence: O(occurrences × fan-out) rather than O(occurrences × agencies).
    picked_by: dict[str, list[TaskOccurrence]] = {a.id: [] for a in plan.agencies}
    for to in resolved.occurrences:
        for agency_id in roles[to.task.id]:
            picked_by[agency_id].append(to)
    tasks_by: dict[tuple[str, Role], list[str]] = {}
    for t in plan.tasks:
        for agency_id, role in roles[t.id].items():
            tasks_by.setdefault((agency_id, role), []).append(t.id)
    shared = _SharedMemo(plan, options, roles)  # for this build only: keyed by id() of live occurrences
    for agency in sorted(plan.agencies, key=lambda a: a.id):
        yield _agency_feed(resolved, agency, tasks_by, options, path_of, picked_by.pop(agency.id), shared)
    yield _whole_feed(resolved, options, path_of, shared)


class _SharedMemo(dict):
    """id of a task occurrence → the _Shared of each VEVENT it becomes (none when
    undated), for one build; the occurrences stay alive meanwhile."""

    def __init__(self, plan: Plan, options: FeedOptions, roles: Mapping[str, Mapping[str, Role]]) -> None:
        super().__init__()
        self.plan, self.options = plan, options
        self.roles = roles  # task id → {agency id: role}: which feeds hold the task

    def presentations(self, to: TaskOccurrence) -> list[_Shared]:
        found = self.get(id(to))
        if found is None:
            occ = to.occurrence
            found = self[id(to)] = []
            if occ.kind is not Kind.UNDATED and occ.start is not None and occ.end is not None:
                feeds = {**self.roles[to.task.id], ALL_FEED: None}
                for marker, start, last in presentations(occ, self.options.windows):
                    found.append(_Shared(self.plan, to.task, occ, marker, start, last, self.options.remind, feeds,
                                         _checked_rrule(to.task, occ, start)))
        return found


def _agency_feed(resolved, agency: Agency, tasks_by, options, path_of, picked, shared) -> FeedContent:
    plan = resolved.plan
    lead = tuple(sorted(tasks_by.get((agency.id, Role.LEAD), ()), key=task_sort_key))
    partner = tuple(sorted(tasks_by.get((agency.id, Role.PARTNER), ()), key=task_sort_key))
    name = clean(f"{plan.info.short_name} · {agency.display}")
    desc = (
        f"Nhiệm vụ của {agency.name} theo {_plan_ref(plan)}. "
        f"Chủ trì {len(lead)} nhiệm vụ, phối hợp {len(partner)} nhiệm vụ."
    )
    spec = _spec(plan, agency.id, agency.id, name, desc, options, path_of, lead, partner)
    return FeedContent(spec, _events(resolved, spec, picked, options, shared))


def _whole_feed(resolved, options, path_of, shared) -> FeedContent:
    plan = resolved.plan
    name = clean(f"{plan.info.short_name} · Tất cả nhiệm vụ")
    desc = f"Tất cả nhiệm vụ theo {_plan_ref(plan)}."
    spec = _spec(plan, ALL_FEED, None, name, desc, options, path_of, (), ())
    return FeedContent(spec, _events(resolved, spec, resolved.occurrences, options, shared))


def _spec(plan, slug, agency, name, desc, options, path_of, lead, partner) -> FeedSpec:
    path = path_of(slug)
    url = f"{options.base_url.rstrip('/')}/{path}" if options.base_url else None
    return FeedSpec(slug, agency, _safe(name), _safe(desc), path, url, plan.info.timezone, lead, partner)


def _events(resolved, spec: FeedSpec, picked, options: FeedOptions, shared) -> tuple[PublishedEvent, ...]:
    events: list[PublishedEvent] = []
    for to in picked:  # the feed's role in each is known to `shared` (from the task's agencies)
        for common in shared.presentations(to):
            events.append(common.event(spec.slug))
    if not events:
        events.append(_empty_event(resolved.plan, spec, options))
    events.sort(key=PublishedEvent.sort_key)
    _require_unique(spec.slug, events)
    return tuple(events)


def _require_unique(slug: str, events: list[PublishedEvent]) -> None:
    """Two events with one UID would hide each other in Google and break Radicale."""
    seen: set[str] = set()
    for event in events:
        if event.uid in seen:
            raise KhIcalError(
                f"{slug}: two occurrences of one task share a UID ({event.summary!r}); "
                "the resolver must give each part of a phrase its own part index"
            )
        seen.add(event.uid)


def presentations(occ: Occurrence, windows: str) -> list[tuple[str, dt.date, dt.date]]:
    """(marker, first day, last day) of each VEVENT an occurrence becomes.

    Only multi-day windows depend on the mode; the marker is part of the UID.
    Of a repeating schedule these are the first instance's; `marker_rrule`
    gives each one's RRULE.
    """
    assert occ.start is not None and occ.end is not None
    if occ.kind is not Kind.WINDOW or occ.start == occ.end or windows == "span":
        return [("", occ.start, occ.end)]
    if windows == "end":
        return [("end", occ.end, occ.end)]
    return [("start", occ.start, occ.start), ("end", occ.end, occ.end)]


def marker_rrule(occ: Occurrence, first: dt.date) -> str | None:
    """The RRULE of the presentation of `occ` whose first day is `first`: the
    occurrence's own (normalized), or, for a window's "Kết thúc" marker, the rule
    of the days that many days later, UNTIL moved with them so that the last
    instance keeps its marker (`recur.shifted`).

    Raises:
        kh_ical.recur.RuleError: a rule kh-ical cannot publish.
    """
    if occ.rrule is None:
        return None
    assert occ.start is not None
    return recur.shifted(occ.rrule, (first - occ.start).days, first)


def _checked_rrule(task: Task, occ: Occurrence, first: dt.date) -> str | None:
    try:
        return marker_rrule(occ, first)
    except recur.RuleError as exc:
        raise KhIcalError(f"{task.id}: {exc}") from None


# A timed deadline ("đến 16 giờ ngày 5/9") is written as the half hour that ends at it:
# with DTSTART = DTEND some clients (khal, seen with tools/subscribe_roundtrip) assume an
# hour and show 16:00–17:00, past the deadline.
DEADLINE_LEAD = dt.timedelta(minutes=30)


def start_time(occ: Occurrence) -> dt.time | None:
    """When a timed occurrence starts: its `time`; a timed deadline DEADLINE_LEAD before it
    (never before midnight)."""
    if occ.time is None or occ.kind is not Kind.DEADLINE:
        return occ.time
    at = dt.datetime.combine(dt.date.min, occ.time)
    return max(at - DEADLINE_LEAD, at.replace(hour=0, minute=0)).time()


def end_time(occ: Occurrence) -> dt.time | None:
    """When a timed occurrence ends on its last day: its `end_time`; a timed
    deadline at its own time; None for TIMED_DURATION.

    Raises:
        KhIcalError: an end time without a start time, or before it.
    """
    if occ.time is None:
        if occ.end_time is not None:
            raise KhIcalError(f"giờ kết thúc {time_text(occ.end_time)} mà không có giờ bắt đầu "
                              f"({occ.basis or occ.kind.value})")
        return None
    if occ.kind is Kind.DEADLINE:
        return occ.time
    if occ.end_time is not None and occ.end_time <= occ.time and occ.start == occ.end:
        raise KhIcalError(f"giờ kết thúc {time_text(occ.end_time)} không sau giờ bắt đầu {time_text(occ.time)} "
                          f"({occ.basis or occ.kind.value})")
    return occ.end_time


def marker_times(occ: Occurrence, marker: str) -> tuple[dt.time | None, dt.time | None]:
    """(start time, end time) of the VEVENT of one presentation (`presentations`): the occurrence's own;
    a timed window's "Bắt đầu" marker at its start time, its "Kết thúc" marker at its end time (all day
    when it runs to the end of its last day)."""
    if marker == "start":
        return occ.time, None
    if marker == "end":
        return occ.end_time, None
    return start_time(occ), end_time(occ)


class _Shared:
    """What every feed holding one presentation of an occurrence publishes alike.

    Only the role (summary prefix, category) and the UID differ between those
    feeds. So the VEVENT's bytes are prepared once per role (`_Prepared`), and
    the UID and content hash of every feed that will hold it are computed at
    once (the feeds are known from the task's agencies), each handed out, and
    forgotten, when its feed asks for the event.
    """

    __slots__ = ("occ", "text", "section", "description", "status", "start", "last", "alarm", "_prepared",
                 "_feeds", "_whole", "time", "end_time", "rrule")

    def __init__(self, plan: Plan, task: Task, occ: Occurrence, marker: str, start: dt.date, last: dt.date,
                 alarm: dt.timedelta | None, feeds: Mapping[str, Role | None], rrule: str | None = None) -> None:
        self.occ = occ
        self.text, self.section = _summary_body(task, occ, marker), _section_categories(task.section)
        self.description = description_text(plan, task, occ)
        self.status = "TENTATIVE" if occ.approximate or occ.tentative else "CONFIRMED"
        self.start, self.last, self.alarm = start, last, alarm
        try:
            self.time, self.end_time = marker_times(occ, marker)
            self.rrule = rrule
        except KhIcalError as exc:
            raise KhIcalError(f"{task.id}: {exc}") from None
        # Only what must live until the last feed is kept (a 100,000-task plan
        # holds ~110,000 of these at once): summaries are rebuilt per event.
        self._prepared: dict[Role | None, _Prepared] = {}
        prefixes = {}
        tzid = plan.info.timezone
        summary, categories = self._role_text(None)
        common = _common(PublishedEvent("", start, last, self.time, summary, self.description, categories,
                                        self.status, alarm, self.end_time, rrule), tzid)
        for role in dict.fromkeys(feeds.values()):
            summary, categories = self._role_text(role)
            self._prepared[role] = _prepare_bytes(summary, categories, alarm, tzid, common)
            prefixes[role] = _hash_prefix(summary, categories, alarm, common)
        # slug → (role, UID, content hash); the whole-plan feed's apart, as it comes last
        self._feeds: dict[str, tuple[Role | None, str, str]] | None = {}
        self._whole: tuple[Role | None, str, str] | None = None
        for slug, role in feeds.items():
            uid = event_uid(plan.info.id, slug, task.id, occ.part, occ.event, marker)
            entry = (role, uid, _finish_hash(prefixes[role], uid))
            if slug == ALL_FEED:
                self._whole = entry
            else:
                self._feeds[slug] = entry

    def event(self, slug: str) -> PublishedEvent:
        """The event of feed `slug` (once per feed)."""
        if slug == ALL_FEED:
            entry, self._whole = self._whole, None
        else:
            entry = self._feeds.pop(slug)
            if not self._feeds:
                self._feeds = None  # a dict does not shrink when emptied
        role, uid, digest = entry
        summary, categories = self._role_text(role)
        return PublishedEvent(uid, self.start, self.last, self.time, summary, self.description, categories,
                              self.status, self.alarm, self.end_time, self.rrule, self._prepared[role], digest)

    def _role_text(self, role: Role | None) -> tuple[str, tuple[str, ...]]:
        """Summary and categories in the feed of an agency with `role` (None: the whole plan)."""
        categories = self.section if role is None else (*self.section, role.label)
        return _with_role(self.text, role), categories


@lru_cache(maxsize=256)  # a plan has a few sections
def _section_categories(section: str | None) -> tuple[str, ...]:
    """("Mục III",); nothing in a table without sections."""
    return () if section is None else (f"Mục {section}",)



def _empty_event(plan: Plan, spec: FeedSpec, options: FeedOptions) -> PublishedEvent:
    """A feed with no dated task still holds one event (see README: empty feeds).

    vdirsyncer refuses a feed that went from some events to none and keeps the
    old ones; one informational event on the plan's date makes removals reach
    subscribers.
    """
    who = spec.name
    return PublishedEvent(
        uid=event_uid(plan.info.id, spec.slug, "", 0, None, EMPTY_MARKER),
        start=plan.info.date,
        last=plan.info.date,
        time=None,
        summary=f"{plan.info.short_name}: hiện không có nhiệm vụ có ngày",
        description=(
            f"Lịch {who} hiện không có nhiệm vụ nào có ngày cụ thể. "
            f"Mục lịch này giữ cho lịch không rỗng để các ứng dụng lịch cập nhật đúng.\n"
            f"Kế hoạch: {_safe(_plan_ref(plan))}"
        ),
        categories=(),
        status="CONFIRMED",
        alarm=None,
    )


def summary_text(task: Task, occ: Occurrence, role: Role | None, marker: str) -> str:
    """"[Chủ trì] Hạn chót · Tổng kết: Tổ chức hội thi…" — short for a month view."""
    return _with_role(_summary_body(task, occ, marker), role)


def _with_role(text: str, role: Role | None) -> str:
    return f"[{role.label}] {text}" if role is not None else text


def _summary_body(task: Task, occ: Occurrence, marker: str) -> str:
    """The summary without its role prefix (role labels hold no control characters)."""
    head: list[str] = []
    if occ.done:
        head.append("Đã hoàn thành")
    if occ.kind is Kind.DEADLINE:
        head.append("Hạn chót")
    if marker in _MARK_LABEL:
        head.append(_MARK_LABEL[marker])
    label = clean(occ.label or "")
    if label and label not in head:
        head.append(label)
    text = short_text(task.content, SUMMARY_TASK_CHARS)
    if head:
        text = f"{' · '.join(head)}: {text}"
    return _safe(text)


def short_text(text: str, limit: int) -> str:
    """The text cut at a word boundary to at most `limit` characters, with "…"."""
    text = _clean_task_text(text).lstrip("-–+• ").strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-") + "…"


def description_text(plan: Plan, task: Task, occ: Occurrence) -> str:
    """Full task, agencies, timing as written (and as read, when a maintainer
    corrected it), the table's other columns, how the date was worked out, caveats."""
    lines = [f"Nhiệm vụ {task.id}: {_clean_task_text(task.content)}"]
    lines.append(f"Chủ trì: {agency_names(plan, task.lead_ref, task.lead) or BLANK_CELL}")
    partners = agency_names(plan, task.partners_ref, task.partners)
    if partners:
        lines.append(f"Phối hợp: {partners}")
    lines.append(f"Thời gian (theo kế hoạch): {clean(task.timing)}")
    if task.timing_as_read is not None or task.extra:
        lines += _corrected_and_extra(task)
    lines.append(f"Ngày: {_span_text(occ)}")
    if occ.rrule:
        lines.append(f"Lặp lại: {repeat_text(occ.rrule)}")
    if occ.basis:
        lines.append(f"Cách tính ngày: {clean(occ.basis)}")
    lines.extend(_caveats(plan, occ))
    if occ.note:
        lines.append(f"Ghi chú: {clean(occ.note)}")
    lines.append(f"Kế hoạch: {_plan_ref(plan)}{_section_ref(plan, task.section)}")
    text = "\n".join(lines)
    if text.count("\n") == len(lines) - 1 and not _CONTROL_BUT_NEWLINE.search(text):
        return text  # what the line-by-line _safe gives when no line holds a control character
    return "\n".join(_safe(line) for line in lines)


BLANK_CELL = "(văn bản để trống)"  # a blank lead cell, where the description names the lead


def _corrected_and_extra(task: Task) -> list[str]:
    """The maintainer's reading of a misprinted timing cell (the document's text
    stays on the line before), then the table's other non-blank columns."""
    lines = []
    if task.timing_as_read is not None:
        lines.append(f"Thời gian (đọc là): {clean(task.timing_as_read)}")
    lines += [f"{clean(header)}: {clean(cell)}" for header, cell in task.extra_shown]
    return lines


def _section_ref(plan: Plan, section_id: str | None) -> str:
    """" — Mục III. <title>" after the plan's reference; nothing without sections."""
    if section_id is None:
        return ""
    section = plan._sections_by_id.get(section_id)
    return f" — Mục {section_id}" + (f". {_clean_name(section.title)}" if section else "")


def _caveats(plan: Plan, occ: Occurrence) -> list[str]:
    out = []
    if occ.done:
        out.append("Nhiệm vụ đã hoàn thành.")
    if occ.approximate:
        out.append("Lưu ý: ngày gần đúng — kế hoạch không ghi ngày cụ thể, đây là cách hiểu mặc định.")
    if occ.tentative:
        ev = plan._events_by_id.get(occ.event)
        name = ev.name if ev else "sự kiện"
        out.append(f"Lưu ý: ngày của {clean(name)} mới là dự kiến, có thể thay đổi.")
    return out


_clean_name = lru_cache(maxsize=4096)(clean)  # agency names recur in thousands of descriptions
_clean_task_text = lru_cache(maxsize=1024)(clean)  # a task's text is in its summary and its description


def _span_text(occ: Occurrence) -> str:
    assert occ.start is not None and occ.end is not None
    at = f"{time_text(occ.time, occ.end_time)} " if occ.time else ""
    first = " (lần đầu)" if occ.rrule else ""
    if occ.time is not None and occ.start != occ.end:
        return timed_span_text(occ.start, occ.end, occ.time, occ.end_time) + first
    if occ.start == occ.end:
        return f"{at}{vn_date(occ.start)}{first}"
    return f"từ {at}{vn_date(occ.start)} đến {vn_date(occ.end)}{first}"


def _plan_ref(plan: Plan) -> str:
    return _plan_info_ref(plan.info)


@lru_cache(maxsize=16)  # in every description of the plan
def _plan_info_ref(info: PlanInfo) -> str:
    return f"{info.short_name} ({info.id}) ngày {vn_date(info.date)} của {clean(info.issuer)}"


# ---------------------------------------------------------------- content → bytes


def render_feed(content: FeedContent, stamps: Mapping[str, Stamp], simple: bool = False) -> bytes:
    """The feed's bytes; `stamps` must hold every UID of the feed."""
    if simple:
        cal, events = _calendar(content)
        for event in events:
            cal.add_component(_vevent(event, stamps[event.uid], content.spec.timezone))
        return cal.to_ical()  # the reference path: tests compare both byte for byte
    return b"".join(render_parts(content, stamps))


def render_parts(content: FeedContent, stamps: Mapping[str, Stamp]) -> Iterator[bytes]:
    """`render_feed`'s bytes in pieces (calendar head, one per VEVENT, end), made
    as they are consumed: a big feed is checked, hashed and written without ever
    being whole in memory."""
    cal, events = _calendar(content)
    head = _to_ical(cal)  # VCALENDAR properties and VTIMEZONE, then "END:VCALENDAR"
    yield head[: -len(_END)]
    tzid = content.spec.timezone
    for i in range(0, len(events), _EVENTS_PER_PART):  # a few hundred kB: few calls, little memory
        yield b"".join([_vevent_bytes(event, stamps[event.uid], tzid) for event in events[i:i + _EVENTS_PER_PART]])
    yield _END


_EVENTS_PER_PART = 256


def _calendar(content: FeedContent) -> tuple[Calendar, tuple[PublishedEvent, ...]]:
    """The VCALENDAR with its properties (and VTIMEZONE), and the events (in feed order)."""
    spec = content.spec
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    for key in ("name", "x-wr-calname"):
        cal.add(key, vText(spec.name))  # vText: icalendar would not escape "," and ";"
    for key in ("description", "x-wr-caldesc"):
        cal.add(key, vText(spec.description))
    cal.add("refresh-interval", vDuration(REFRESH), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", vDuration(REFRESH))
    cal.add("x-wr-timezone", spec.timezone)
    if spec.url:
        cal.add("source", spec.url, parameters={"VALUE": "URI"})
        cal.add("url", spec.url, parameters={"VALUE": "URI"})
    if any(e.time is not None for e in content.events):
        cal.add_component(_vtimezone(spec.timezone))
    return cal, content.events


_END = b"END:VCALENDAR\r\n"


def escape_text(text: str) -> str:
    """What `vText(text).to_ical()` writes (RFC 5545 TEXT escaping, icalendar's
    order and line-end handling), without building a vText per value."""
    return (
        text.replace("\\N", "\n").replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
    )


@dataclass(frozen=True, slots=True)
class _Prepared:
    """One VEVENT's bytes around its per-feed lines (DTSTAMP, UID, SEQUENCE,
    LAST-MODIFIED)."""

    tzid: str
    head: bytes  # BEGIN:VEVENT … DTEND
    categories: bytes  # RRULE (after SEQUENCE, as icalendar orders it) and CATEGORIES lines
    description: bytes  # the same object in every role's _Prepared of an occurrence
    tail: bytes  # STATUS … END:VEVENT


@dataclass(frozen=True, slots=True)
class _Common:
    """The parts of a VEVENT, and of its hash's JSON, that do not depend on the role."""

    dates: bytes  # DTSTART and DTEND lines
    rrule: bytes  # RRULE line, or b""
    description: bytes  # DESCRIPTION line
    description_json: bytes  # "description":"…",
    middle_json: str  # "duration" (timed), "end_time", "last", "rrule", "start", "status", then "summary":
    time_json: str
    status: bytes  # STATUS line
    tail: bytes  # STATUS to END:VEVENT, for an event without alarm


def _common(ev: PublishedEvent, tzid: str) -> _Common:
    if ev.time is None:
        start = f";VALUE=DATE:{_ymd(ev.start)}"
        end = f";VALUE=DATE:{_ymd(ev.last + _DAY)}"
        duration = ""
    else:
        first = dt.datetime.combine(ev.start, ev.time)
        start = f";TZID={tzid}:{first:%Y%m%dT%H%M%S}"
        end = f";TZID={tzid}:{_timed_end(ev):%Y%m%dT%H%M%S}"
        duration = f'"duration":{_timed_length(ev).total_seconds()!r},'
    end_time = f'"end_time":"{ev.end_time.isoformat()}",' if ev.end_time is not None else ""
    rrule = f'"rrule":{_json_str(ev.rrule)},' if ev.rrule is not None else ""
    status = _status_line(ev.status)
    return _Common(
        dates=_lines([f"DTSTART{start}", f"DTEND{end}"]),
        rrule=_rrule_line(ev.rrule, ev.time, tzid) if ev.rrule is not None else b"",
        description=description_line(ev.description),
        description_json=f'"description":{_json_str(ev.description)},'.encode("utf-8"),
        middle_json=(f'{duration}{end_time}"last":"{ev.last.isoformat()}",{rrule}"start":"{ev.start.isoformat()}",'
                     f'"status":{_json_str(ev.status)},"summary":'),
        time_json="null" if ev.time is None else _json_str(ev.time.isoformat()),
        status=status,
        tail=status + b"TRANSP:TRANSPARENT\r\nEND:VEVENT\r\n",
    )


def _timed_end(ev: PublishedEvent) -> dt.datetime:
    """A timed event's exclusive end, as local time: its end time on its last
    day; a timed window of several days without one, the end of its last day;
    else TIMED_DURATION after its start time on its last day."""
    assert ev.time is not None
    if ev.end_time is not None:
        return dt.datetime.combine(ev.last, ev.end_time)
    if ev.last > ev.start:  # "từ 8 giờ ngày 16/12 đến 15/2": to the end of the last day
        return dt.datetime.combine(ev.last + _DAY, dt.time())
    return dt.datetime.combine(ev.last, ev.time) + TIMED_DURATION


def _timed_length(ev: PublishedEvent) -> dt.timedelta:
    """How long one day of a timed event lasts (the hash's "duration")."""
    assert ev.time is not None
    if ev.end_time is None:
        return TIMED_DURATION
    return dt.datetime.combine(ev.start, ev.end_time) - dt.datetime.combine(ev.start, ev.time)


@lru_cache(maxsize=256)  # a plan has a few schedules
def _rrule_value(rrule: str, time: dt.time | None, tzid: str) -> str:
    """The RRULE value as written. With DTSTART a date, UNTIL is a date; with DTSTART
    a local time in a zone, RFC 5545 wants UNTIL in UTC: the end of the UNTIL day
    there, so that an instance starting that day is kept."""
    rule = recur.parse(rrule)
    until = None
    if time is not None and rule.until is not None:
        last = dt.datetime.combine(rule.until, dt.time(23, 59, 59), tzinfo=ZoneInfo(tzid))
        until = f"{last.astimezone(dt.timezone.utc):%Y%m%dT%H%M%SZ}"
    return rule.text(until)


def _rrule_line(rrule: str, time: dt.time | None, tzid: str) -> bytes:
    return _lines([f"RRULE:{_rrule_value(rrule, time, tzid)}"])


@lru_cache(maxsize=1024)  # a section and a role: a few dozen in a plan
def _categories_line(categories: tuple[str, ...]) -> bytes:
    return _lines(["CATEGORIES:" + ",".join(escape_text(c) for c in categories)] if categories else [])


@lru_cache(maxsize=8)  # CONFIRMED or TENTATIVE
def _status_line(status: str) -> bytes:
    return _lines(["STATUS:" + escape_text(status)])


def _prepare(ev: PublishedEvent, tzid: str) -> _Prepared:
    return _prepare_bytes(ev.summary, ev.categories, ev.alarm, tzid, _common(ev, tzid))


def _prepare_bytes(summary: str, categories: tuple[str, ...], alarm: dt.timedelta | None, tzid: str,
                   c: _Common) -> _Prepared:
    """The bytes of an event with these summary, categories and alarm, whose
    other fields gave `c`."""
    head = b"BEGIN:VEVENT\r\n" + fold(f"SUMMARY:{escape_text(summary)}") + b"\r\n" + c.dates
    if alarm is None:
        tail = c.tail
    else:
        trigger = vDuration(-alarm).to_ical().decode("ascii")
        tail = c.status + _lines(["TRANSP:TRANSPARENT", "BEGIN:VALARM", "ACTION:DISPLAY",
                                  f"DESCRIPTION:{escape_text(summary)}", f"TRIGGER:{trigger}", "END:VALARM",
                                  "END:VEVENT"])
    return _Prepared(tzid, head, c.rrule + _categories_line(categories), c.description, tail)


def _hash_prefix(summary: str, categories: tuple[str, ...], alarm: dt.timedelta | None, c: _Common) -> hashlib._Hash:
    """The content hash's JSON (see content_hash), in key order, up to the UID."""
    seconds = "null" if alarm is None else repr(alarm.total_seconds())
    h = hashlib.sha256(f'{{"alarm":{seconds},"categories":[{",".join(map(_json_str, categories))}],'.encode())
    h.update(c.description_json)
    h.update(f'{c.middle_json}{_json_str(summary)},"time":{c.time_json},"uid":'.encode("utf-8"))
    return h


_DAY = dt.timedelta(days=1)


def _ymd(day: dt.date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"  # strftime("%Y%m%d"), several times faster


def description_line(description: str) -> bytes:
    return fold("DESCRIPTION:" + escape_text(description)) + b"\r\n"


def _lines(lines: list[str]) -> bytes:
    return b"".join(fold(line) + b"\r\n" for line in lines)


def _vevent_bytes(ev: PublishedEvent, stamp: Stamp, tzid: str) -> bytes:
    """The VEVENT `_vevent` gives, written directly: same properties, icalendar's
    order, escaping and folding (a test compares both paths byte for byte)."""
    prepared = ev.prepared
    if prepared is None or prepared.tzid != tzid:
        prepared = _prepare(ev, tzid)
    changed = _stamp_text(stamp.changed)
    return b"".join((
        prepared.head, b"DTSTAMP:", changed, b"\r\n", fold(f"UID:{escape_text(ev.uid)}"), b"\r\nSEQUENCE:",
        str(stamp.sequence).encode("ascii"), b"\r\n", prepared.categories, prepared.description,
        b"LAST-MODIFIED:", changed, b"\r\n", prepared.tail,
    ))


def vevent_digest(ev: PublishedEvent, stamp: Stamp, tzid: str) -> str:
    """SHA-256 of the VEVENT's bytes with this stamp (compared with a published one)."""
    return hashlib.sha256(_vevent_bytes(ev, stamp, tzid)).hexdigest()


@lru_cache(maxsize=256)
def _stamp_text(changed: dt.datetime) -> bytes:
    return changed.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ").encode("ascii")


def _to_ical(cal: Calendar) -> bytes:
    """`cal.to_ical()` with our folding (the same bytes, faster)."""
    return b"\r\n".join(fold(line) for line in cal.content_lines() if line) + b"\r\n"


_FOLD_AT = 74  # octets per physical line before the CRLF (+ the leading space of a continuation)
_KEEP_WITH_NEXT = (0x5C, 0x5E)  # "\\" and "^" start an escape: never the last octet of a line


def fold(line: str) -> bytes:
    """One content line folded exactly as icalendar's `Contentline.to_ical()`
    (`parser.string._foldline`), which works character by character; this works
    on the UTF-8 octets: cut every 74 octets, back to a character boundary, and
    keep an escape's backslash (or RFC 6868 caret) with the character after it.
    """
    data = line.encode("utf-8")
    size = len(data)
    if size <= _FOLD_AT:
        return data
    parts = []
    start = 0
    while size - start > _FOLD_AT:
        end = start + _FOLD_AT
        while data[end] & 0xC0 == 0x80:  # a UTF-8 continuation octet: the character starts earlier
            end -= 1
        if data[end - 1] in _KEEP_WITH_NEXT:
            end -= 1
        parts.append(data[start:end])
        start = end
    parts.append(data[start:])
    return b"\r\n ".join(parts)


@lru_cache(maxsize=16)
def _vtimezone(tzid: str) -> Timezone:
    """icalendar's VTIMEZONE without its COMMENT, which libical's restriction
    check refuses inside VTIMEZONE."""
    tz = Timezone.from_tzid(tzid)
    tz.pop("COMMENT", None)
    return tz


def _vevent(ev: PublishedEvent, stamp: Stamp, tzid: str) -> Event:
    vevent = Event()
    vevent.add("uid", ev.uid)
    vevent.add("dtstamp", stamp.changed)
    vevent.add("last-modified", stamp.changed)
    vevent.add("sequence", stamp.sequence)
    start, end = _dtstart(ev, tzid), _dtend(ev, tzid)
    vevent.add("dtstart", start)
    vevent.add("dtend", end)
    if ev.rrule is not None:
        vevent.add("rrule", vRecur.from_ical(_rrule_value(ev.rrule, ev.time, tzid)))
    vevent.add("summary", ev.summary)
    vevent.add("description", ev.description)
    if ev.categories:
        vevent.add("categories", list(ev.categories))
    vevent.add("status", ev.status)
    vevent.add("transp", "TRANSPARENT")
    if ev.alarm is not None:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", ev.summary)
        alarm.add("trigger", -ev.alarm)
        vevent.add_component(alarm)
    return vevent


def _dtstart(ev: PublishedEvent, tzid: str) -> dt.date:
    if ev.time is None:
        return ev.start
    return dt.datetime.combine(ev.start, ev.time, tzinfo=ZoneInfo(tzid))


def _dtend(ev: PublishedEvent, tzid: str) -> dt.date:
    """Exclusive end: the day after the inclusive last day (all-day), or
    the last day's end time (`_timed_end`) in the zone (timed)."""
    if ev.time is None:
        return ev.last + dt.timedelta(days=1)
    return _timed_end(ev).replace(tzinfo=ZoneInfo(tzid))
