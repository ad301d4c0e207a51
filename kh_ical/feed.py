"""Occurrences of one agency → an iCalendar feed (bytes), deterministic.

Two stages, so that SEQUENCE/DTSTAMP can come from the state file:
`plan_feeds` turns a resolved plan into `FeedContent` (pure values: what each
VEVENT publishes), and `render_feed` writes one feed with the per-UID stamps.
`Occurrence.end` is inclusive; `_dtend` is the only place that adds the day
for the exclusive `DTEND;VALUE=DATE`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import uuid
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from functools import lru_cache
from typing import Callable, Mapping
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, Timezone, vDuration, vText
from icalendar.parser import Contentline

from kh_ical.agencies import Role, task_roles
from kh_ical.errors import KhIcalError
from kh_ical.model import ALL_FEED, Agency, Kind, Occurrence, Plan, ResolvedPlan, Task, task_sort_key
from kh_ical.text import clean, vn_date

WINDOW_MODES = ("span", "markers", "end")
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


@dataclass(frozen=True)
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

    def sort_key(self) -> tuple:
        return (self.start, self.last, self.time or dt.time.min, self.uid)


@dataclass(frozen=True)
class FeedContent:
    spec: FeedSpec
    events: tuple[PublishedEvent, ...]


@dataclass(frozen=True)
class Stamp:
    """What the state file says about one UID."""

    sequence: int
    changed: dt.datetime  # UTC; DTSTAMP and LAST-MODIFIED


_FIELDS = dataclass_fields(PublishedEvent)


def content_hash(event: PublishedEvent) -> str:
    """SHA-256 of the canonical JSON of the published fields."""
    # Field by field rather than dataclasses.asdict, which deep-copies every value;
    # the JSON (and so the hash kept in state files) is the same.
    fields = {f.name: _jsonable(getattr(event, f.name)) for f in _FIELDS}
    if event.time is not None:  # DTEND of a timed event also depends on this constant
        fields["duration"] = _jsonable(TIMED_DURATION)
    data = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _jsonable(value: object) -> object:
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    if isinstance(value, tuple):
        return list(value)
    return value


def event_uid(plan_id: str, slug: str, task_id: str, part: int, event: str | None, marker: str) -> str:
    """Stable UID from identity only: never dates, text or file position."""
    key = "\x1f".join((plan_id, slug, task_id, str(part), event or "", marker))
    return f"{uuid.uuid5(UID_NAMESPACE, key)}@{UID_DOMAIN}"


# ---------------------------------------------------------------- plan → content


def plan_feeds(
    resolved: ResolvedPlan, options: FeedOptions, path_of: Callable[[str], str]
) -> list[FeedContent]:
    """One FeedContent per registry agency (groups too) plus the whole-plan feed.

    `path_of(slug)` gives the feed's path relative to the output folder.
    """
    plan = resolved.plan
    roles = {t.id: task_roles(plan, t) for t in plan.tasks}
    # Inverted once (agency → its occurrences), instead of every agency scanning
    # every occurrence: O(occurrences × fan-out) rather than O(occurrences × agencies).
    picked_by: dict[str, list] = {a.id: [] for a in plan.agencies}
    for to in resolved.occurrences:
        for agency_id, role in roles[to.task.id].items():
            picked_by[agency_id].append((to, role))
    tasks_by: dict[tuple[str, Role], list[str]] = {}
    for t in plan.tasks:
        for agency_id, role in roles[t.id].items():
            tasks_by.setdefault((agency_id, role), []).append(t.id)
    feeds = [
        _agency_feed(resolved, agency, tasks_by, options, path_of, picked_by[agency.id])
        for agency in sorted(plan.agencies, key=lambda a: a.id)
    ]
    feeds.append(_whole_feed(resolved, options, path_of))
    return feeds


def _agency_feed(resolved, agency: Agency, tasks_by, options, path_of, picked) -> FeedContent:
    plan = resolved.plan
    lead = tuple(sorted(tasks_by.get((agency.id, Role.LEAD), ()), key=task_sort_key))
    partner = tuple(sorted(tasks_by.get((agency.id, Role.PARTNER), ()), key=task_sort_key))
    name = clean(f"{plan.info.short_name} · {agency.display}")
    desc = (
        f"Nhiệm vụ của {agency.name} theo {_plan_ref(plan)}. "
        f"Chủ trì {len(lead)} nhiệm vụ, phối hợp {len(partner)} nhiệm vụ."
    )
    spec = _spec(plan, agency.id, agency.id, name, desc, options, path_of, lead, partner)
    return FeedContent(spec, _events(resolved, spec, picked, options))


def _whole_feed(resolved, options, path_of) -> FeedContent:
    plan = resolved.plan
    name = clean(f"{plan.info.short_name} · Tất cả nhiệm vụ")
    desc = f"Tất cả nhiệm vụ theo {_plan_ref(plan)}."
    spec = _spec(plan, ALL_FEED, None, name, desc, options, path_of, (), ())
    picked = [(to, None) for to in resolved.occurrences]
    return FeedContent(spec, _events(resolved, spec, picked, options))


def _spec(plan, slug, agency, name, desc, options, path_of, lead, partner) -> FeedSpec:
    path = path_of(slug)
    url = f"{options.base_url.rstrip('/')}/{path}" if options.base_url else None
    return FeedSpec(slug, agency, _safe(name), _safe(desc), path, url, plan.info.timezone, lead, partner)


def _task_ids(plan: Plan, roles, agency_id: str, role: Role) -> tuple[str, ...]:
    ids = [t.id for t in plan.tasks if roles[t.id].get(agency_id) is role]
    return tuple(sorted(ids, key=task_sort_key))


def _events(resolved, spec: FeedSpec, picked, options: FeedOptions) -> tuple[PublishedEvent, ...]:
    plan = resolved.plan
    events: list[PublishedEvent] = []
    for to, role in picked:
        occ = to.occurrence
        if occ.kind is Kind.UNDATED or occ.start is None or occ.end is None:
            continue  # nothing to put on a calendar
        for marker, start, last in presentations(occ, options.windows):
            uid = event_uid(plan.info.id, spec.slug, to.task.id, occ.part, occ.event, marker)
            events.append(_event(plan, to.task, occ, role, uid, marker, start, last, options))
    if not events:
        events.append(_empty_event(plan, spec, options))
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
    """
    assert occ.start is not None and occ.end is not None
    if occ.kind is not Kind.WINDOW or occ.start == occ.end or windows == "span":
        return [("", occ.start, occ.end)]
    if windows == "end":
        return [("end", occ.end, occ.end)]
    return [("start", occ.start, occ.start), ("end", occ.end, occ.end)]


def _event(plan, task, occ, role, uid, marker, start, last, options) -> PublishedEvent:
    summary = summary_text(task, occ, role, marker)
    categories = [f"Mục {task.section}"]
    if role is not None:
        categories.append(role.label)
    status = "TENTATIVE" if occ.approximate or occ.tentative else "CONFIRMED"
    return PublishedEvent(
        uid=uid,
        start=start,
        last=last,
        time=occ.time,
        summary=summary,
        description=_description(plan, task, occ),
        categories=tuple(categories),
        status=status,
        alarm=options.remind,
    )


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
            f"Sự kiện này giữ cho lịch không rỗng để các ứng dụng lịch cập nhật đúng.\n"
            f"Kế hoạch: {_safe(_plan_ref(plan))}"
        ),
        categories=(),
        status="CONFIRMED",
        alarm=None,
    )


def summary_text(task: Task, occ: Occurrence, role: Role | None, marker: str) -> str:
    """"[Chủ trì] Hạn chót · Tổng kết: Tổ chức hội thi…" — short for a month view."""
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
    return _safe(f"[{role.label}] {text}" if role is not None else text)


def short_text(text: str, limit: int) -> str:
    """The text cut at a word boundary to at most `limit` characters, with "…"."""
    text = clean(text).lstrip("-–+• ").strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-") + "…"


_DESCRIPTIONS: dict[tuple[int, int, int], tuple[Plan, Task, Occurrence, str]] = {}
_DESCRIPTIONS_MAX = 1 << 18


def _description(plan: Plan, task: Task, occ: Occurrence) -> str:
    """description_text, once per occurrence: it is the same in every feed that holds it."""
    key = (id(plan), id(task), id(occ))
    hit = _DESCRIPTIONS.get(key)
    if hit is None or hit[0] is not plan or hit[1] is not task or hit[2] is not occ:
        if len(_DESCRIPTIONS) >= _DESCRIPTIONS_MAX:  # bounded: dropped wholesale, rebuilt on demand
            _DESCRIPTIONS.clear()
        hit = _DESCRIPTIONS[key] = (plan, task, occ, description_text(plan, task, occ))
    return hit[3]


def description_text(plan: Plan, task: Task, occ: Occurrence) -> str:
    """Full task, agencies, timing as written, how the date was worked out, caveats."""
    lines = [f"Nhiệm vụ {task.id}: {clean(task.content)}"]
    lines.append(f"Chủ trì: {_agency_names(plan, task.lead_ref, task.lead)}")
    partners = _agency_names(plan, task.partners_ref, task.partners)
    if partners:
        lines.append(f"Phối hợp: {partners}")
    lines.append(f"Thời gian (theo kế hoạch): {clean(task.timing)}")
    lines.append(f"Ngày: {_span_text(occ)}")
    if occ.basis:
        lines.append(f"Cách tính ngày: {clean(occ.basis)}")
    lines.extend(_caveats(plan, occ))
    if occ.note:
        lines.append(f"Ghi chú: {clean(occ.note)}")
    section = plan._sections_by_id.get(task.section)
    where = f"Mục {task.section}" + (f". {clean(section.title)}" if section else "")
    lines.append(f"Kế hoạch: {_plan_ref(plan)} — {where}")
    return "\n".join(_safe(line) for line in lines)


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


def _agency_names(plan: Plan, ref, cell: str) -> str:
    by_id = plan._agencies_by_id
    names = [by_id[i].name if i in by_id else i for i in ref.agencies] + list(ref.generic)
    return "; ".join(clean(n) for n in names) if names else clean(cell)


def _span_text(occ: Occurrence) -> str:
    assert occ.start is not None and occ.end is not None
    at = f"{occ.time.strftime('%H:%M')} " if occ.time else ""
    if occ.start == occ.end:
        return f"{at}{vn_date(occ.start)}"
    return f"từ {at}{vn_date(occ.start)} đến {vn_date(occ.end)}"


def _plan_ref(plan: Plan) -> str:
    info = plan.info
    return f"{info.short_name} ({info.id}) ngày {vn_date(info.date)} của {clean(info.issuer)}"


# ---------------------------------------------------------------- content → bytes


def render_feed(content: FeedContent, stamps: Mapping[str, Stamp], simple: bool = False) -> bytes:
    """The feed's bytes; `stamps` must hold every UID of the feed."""
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
    events = sorted(content.events, key=PublishedEvent.sort_key)
    if simple:
        for event in events:
            cal.add_component(_vevent(event, stamps[event.uid], spec.timezone))
        return cal.to_ical()  # the reference path: tests compare both byte for byte
    head = _to_ical(cal)  # VCALENDAR properties and VTIMEZONE, then "END:VCALENDAR"
    body = b"".join(_vevent_bytes(event, stamps[event.uid], spec.timezone) for event in events)
    return head[: -len(_END)] + body + _END


_END = b"END:VCALENDAR\r\n"


# Bounded caches: a long-lived process (serve) must not grow without limit.
@lru_cache(maxsize=1 << 16)
def _esc(text: str) -> str:
    return vText(text).to_ical().decode("utf-8")


def _vevent_bytes(ev: PublishedEvent, stamp: Stamp, tzid: str) -> bytes:
    """The VEVENT `_vevent` gives, written directly: same properties, icalendar's
    order, escaping and folding (a test compares both paths byte for byte)."""
    changed = stamp.changed.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    if ev.time is None:
        start = f";VALUE=DATE:{ev.start:%Y%m%d}"
        end = f";VALUE=DATE:{ev.last + dt.timedelta(days=1):%Y%m%d}"
    else:
        first = dt.datetime.combine(ev.start, ev.time)
        start = f";TZID={tzid}:{first:%Y%m%dT%H%M%S}"
        end = f";TZID={tzid}:{dt.datetime.combine(ev.last, ev.time) + TIMED_DURATION:%Y%m%dT%H%M%S}"
    lines = ["BEGIN:VEVENT", f"SUMMARY:{_esc(ev.summary)}", f"DTSTART{start}", f"DTEND{end}",
             f"DTSTAMP:{changed}", f"UID:{_esc(ev.uid)}", f"SEQUENCE:{stamp.sequence}"]
    if ev.categories:
        lines.append("CATEGORIES:" + ",".join(_esc(c) for c in ev.categories))
    lines += [f"DESCRIPTION:{_esc(ev.description)}", f"LAST-MODIFIED:{changed}", f"STATUS:{_esc(ev.status)}",
              "TRANSP:TRANSPARENT"]
    if ev.alarm is not None:
        trigger = vDuration(-ev.alarm).to_ical().decode("ascii")
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{_esc(ev.summary)}", f"TRIGGER:{trigger}",
                  "END:VALARM"]
    lines.append("END:VEVENT")
    return b"\r\n".join(_folded(line) for line in lines) + b"\r\n"


def _to_ical(cal: Calendar) -> bytes:
    """`cal.to_ical()`, with each distinct content line folded once per build:
    an occurrence's DESCRIPTION, dates and status recur in every feed that holds it."""
    return b"\r\n".join(_folded(line) for line in cal.content_lines() if line) + b"\r\n"


@lru_cache(maxsize=1 << 16)
def _folded(line: str) -> bytes:
    return Contentline(line).to_ical()


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
    the last day's start time + TIMED_DURATION (timed)."""
    if ev.time is None:
        return ev.last + dt.timedelta(days=1)
    return dt.datetime.combine(ev.last, ev.time, tzinfo=ZoneInfo(tzid)) + TIMED_DURATION
