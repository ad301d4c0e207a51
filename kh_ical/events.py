"""Events registry: look-ups, event names in phrases, and changing an event's date.

Changing a date is the maintainer's most common edit: `set_event_date`
validates the new data as a whole, rewrites data/events.json atomically and
reports which occurrences move, in which feeds (`diff_occurrences`).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kh_ical.agencies import name_key, task_roles, tokenize
from kh_ical.errors import DataError, Problem
from kh_ical.files import write_atomic
from kh_ical.loader import EVENTS_FILE, did_you_mean, file_names, plan_from_documents, read_documents
from kh_ical.lock import locked
from kh_ical.model import ALL_FEED, Event, EventStatus, Kind, Occurrence, Plan, ResolvedPlan, Task, task_sort_key
from kh_ical.resolve import raise_for_errors, resolve_plan

__all__ = [
    "EventChange",
    "Move",
    "diff_occurrences",
    "events_by_id",
    "find_event_mentions",
    "section_events",
    "set_event_date",
]


def events_by_id(events: Iterable[Event]) -> dict[str, Event]:
    return {e.id: e for e in events}


def section_events(plan: Plan, section_id: str) -> tuple[Event, ...]:
    """The events that "sự kiện" / "kỷ niệm" mean in a section, in its order."""
    by_id = events_by_id(plan.events)
    return tuple(by_id[e] for e in plan.section(section_id).events)


def find_event_mentions(text: str, events: Iterable[Event]) -> list[tuple[int, int, str]]:
    """Where `text` names an event: (start, end, event id), offsets into `text`.

    Names and aliases are compared on `match_key` token by token (case, spacing,
    NFC/NFD and tone placement do not matter); the longest name wins.

    >>> ev = Event("mit-tinh", "Lễ mít tinh kỷ niệm 20 năm", ("Lễ mít tinh kỷ niệm",))
    >>> find_event_mentions("Hoàn thành trước lễ mít tinh kỷ niệm 01 ngày", [ev])
    [(17, 36, 'mit-tinh')]
    """
    index: dict[tuple[str, ...], str] = {}
    for event in events:
        for name in event.names:
            index.setdefault(name_key(name), event.id)
    longest = max((len(k) for k in index), default=0)
    tokens = tokenize(text)
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        for n in range(min(longest, len(tokens) - i), 0, -1):
            event_id = index.get(tuple(t.key for t in tokens[i : i + n]))
            if event_id is not None:
                found.append((tokens[i].start, tokens[i + n - 1].end, event_id))
                i += n
                break
        else:
            i += 1
    return found


# --- what moves when dates change ---------------------------------------------------

Span = tuple[dt.date, dt.date]


@dataclass(frozen=True)
class Move:
    """One occurrence whose dates differ between two resolved plans.

    `old`/`new` are (start, end) inclusive, or None where the occurrence had
    (or has) no date: its event's date was unknown, or it did not exist.
    """

    task: str
    part: int
    event: str | None
    label: str | None
    old: Span | None
    new: Span | None
    old_tentative: bool
    new_tentative: bool
    kind: Kind | None  # of the new occurrence (of the old one if it is gone; None if undated)
    feeds: tuple[str, ...]  # agency ids (groups and members) + ALL_FEED


_Key = tuple[str, int, str | None]
_State = tuple[Task, str | None, Kind | None, Span | None, bool]


def _states(resolved: ResolvedPlan) -> dict[_Key, _State]:
    """(task, part, event) → (task, label, kind, dates, tentative); unresolved ones have no dates."""
    states: dict[_Key, _State] = {}
    for task, unres in resolved.unresolved:
        states[(task.id, unres.part, unres.event)] = (task, unres.label, None, None, False)
    for to in resolved.occurrences:
        occ = to.occurrence
        span = (occ.start, occ.end) if occ.start and occ.end else None
        states[(to.task.id, occ.part, occ.event)] = (to.task, occ.label, occ.kind, span, occ.tentative)
    return states


def diff_occurrences(old: ResolvedPlan, new: ResolvedPlan) -> tuple[Move, ...]:
    """Occurrences whose dates (or tentative mark) differ, in document order."""
    before, after = _states(old), _states(new)
    moves = []
    for key in before.keys() | after.keys():
        b, a = before.get(key), after.get(key)
        if b is not None and a is not None and b[3:] == a[3:]:
            continue
        task, label, kind = (a or b)[:3]  # type: ignore[misc]
        plan = new.plan if a is not None else old.plan
        feeds = tuple(sorted(task_roles(plan, task))) + (ALL_FEED,)
        moves.append(Move(task.id, key[1], key[2], label, b[3] if b else None, a[3] if a else None,
                          bool(b and b[4]), bool(a and a[4]), kind or (b[2] if b else None), feeds))
    return tuple(sorted(moves, key=lambda m: (task_sort_key(m.task), m.part, m.event or "")))


# --- changing an event's date -------------------------------------------------------


@dataclass(frozen=True)
class EventChange:
    """What `set_event_date` did."""

    event: Event  # as it is now
    old_date: dt.date | None
    old_status: EventStatus
    path: str  # the events file, as named in messages
    moves: tuple[Move, ...]
    written: bool  # False when the date and status were already so

    @property
    def feeds(self) -> tuple[str, ...]:
        return tuple(sorted({f for m in self.moves for f in m.feeds}))


def set_event_date(data_dir: Path, event_id: str, date: dt.date,
                   status: EventStatus | str | None = None) -> EventChange:
    """Give an event a new date (and status), after checking the whole data.

    Without `status`, an event of unknown date becomes "confirmed"; otherwise
    its status is kept. With status "unknown" the date is only kept on record:
    occurrences anchored to the event stay unresolved. data/events.json is rewritten atomically in the usual
    layout (2-space indentation); nothing else in it changes.

    Raises:
        DataError: unknown event id, bad status, or any problem of the data.
    """
    data_dir = Path(data_dir)
    with locked(data_dir, "kh-ical events set"):  # read, change, write: one at a time
        return _set_event_date(data_dir, event_id, date, status)


def _set_event_date(data_dir: Path, event_id: str, date: dt.date, status: EventStatus | str | None) -> EventChange:
    files = file_names(data_dir)
    docs, problems = read_documents(data_dir)
    if problems:
        raise DataError(problems)
    old_plan = plan_from_documents(docs, files)
    entry_index = _entry_index(old_plan, event_id, files[EVENTS_FILE])
    old_event = old_plan.event(event_id)
    new_status = _new_status(old_event, status, files[EVENTS_FILE])
    new_docs = copy.deepcopy(docs)
    entry = new_docs[EVENTS_FILE]["events"][entry_index]
    entry["date"], entry["status"] = date.isoformat(), new_status.value
    new_plan = plan_from_documents(new_docs, files)
    written = new_docs[EVENTS_FILE] != docs[EVENTS_FILE]
    moves = _moves(old_plan, new_plan) if written else ()
    if written:
        write_json_atomic(data_dir / EVENTS_FILE, new_docs[EVENTS_FILE])
    return EventChange(new_plan.event(event_id), old_event.date, old_event.status, files[EVENTS_FILE],
                       moves, written)


def _entry_index(plan: Plan, event_id: str, shown: str) -> int:
    ids = [e.id for e in plan.events]
    if event_id not in ids:
        raise DataError([Problem(shown, f'không có sự kiện "{event_id}"',
                                 f"{did_you_mean(event_id, ids)}các sự kiện có: {', '.join(ids)}")])
    return ids.index(event_id)  # the loader keeps every entry when the data is valid


def _new_status(event: Event, status: EventStatus | str | None, shown: str) -> EventStatus:
    if status is None:
        return EventStatus.CONFIRMED if event.status is EventStatus.UNKNOWN else event.status
    try:
        value = EventStatus(status)
    except ValueError:
        raise DataError([Problem(shown, f'trạng thái lạ "{status}"', "dùng confirmed (chính thức), "
                                 "estimated (dự kiến) hoặc unknown (chưa biết)")]) from None
    return value


def _moves(old_plan: Plan, new_plan: Plan) -> tuple[Move, ...]:
    new = resolve_plan(new_plan)
    raise_for_errors(new)  # a date that makes a phrase impossible is refused here
    return diff_occurrences(resolve_plan(old_plan), new)


def dump_json(doc: Any) -> str:
    """The layout of every data file: UTF-8 text, 2-space indentation, final newline."""
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def write_json_atomic(path: Path, doc: Any) -> None:
    """Write atomically, keeping the file's mode."""
    write_atomic(path, dump_json(doc).encode("utf-8"))


# --- what hangs on each event: the report of `kh-ical events` ------------------------


@dataclass(frozen=True)
class Hanging:
    """A task's occurrence anchored to an event (or waiting for its date)."""

    task: str
    label: str | None
    occurrence: Occurrence | None  # None: unresolved, the event has no date yet
    remark: bool = False  # only a remark names the event; the task's dates are explicit


@dataclass(frozen=True)
class EventUsage:
    event: Event
    sections: tuple[str, ...]  # sections whose "sự kiện" / "kỷ niệm" mean it
    hanging: tuple[Hanging, ...]


def event_usage(resolved: ResolvedPlan) -> tuple[EventUsage, ...]:
    """Every event of the registry with the occurrences that depend on it."""
    plan = resolved.plan
    out = []
    for event in plan.events:
        hanging = [Hanging(t.id, u.label, None) for t, u in resolved.unresolved if u.event == event.id]
        for to in resolved.occurrences:
            occ = to.occurrence
            if occ.event == event.id:
                hanging.append(Hanging(to.task.id, occ.label, occ))
            elif occ.remark is not None and occ.remark.event == event.id:
                hanging.append(Hanging(to.task.id, occ.label, occ, remark=True))
        hanging.sort(key=lambda h: (task_sort_key(h.task), h.occurrence.sort_key() if h.occurrence else ()))
        sections = tuple(s.id for s in plan.sections if event.id in s.events)
        out.append(EventUsage(event, sections, tuple(hanging)))
    return tuple(out)
