"""What a phrase is resolved against, and the nodes the grammar builds."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable

from kh_ical.model import Event, Kind


@dataclass(frozen=True)
class ResolveContext:
    """Everything a phrase may depend on. There is no clock.

    Parameters:
        year: the year for dates written without one when the phrase has no later year.
        events: events the phrase may name (by name or alias).
        section_events: ids of the events "sự kiện" / "kỷ niệm" mean here.
        publication_rrule: RRULE of the lead agency's newspaper issues, if known.
        publication_start: DTSTART for that RRULE.
        start: the plan's date: a repeating schedule starts at its first
            instance that ends on or after it (None: in `year`).
        until: the plan's last day, where repeating schedules stop (None: one
            year after the first instance).
    """

    year: int
    events: tuple[Event, ...] = ()
    section_events: tuple[str, ...] = ()
    publication_rrule: str | None = None
    publication_start: dt.date | None = None
    start: dt.date | None = None
    until: dt.date | None = None

    def __hash__(self) -> int:
        # The dataclass hash would rehash every event of the plan for each cell
        # (O(cells × events)); the events tuple is one object per plan, so its
        # hash is computed once. Same value as hash(self.events): eq/hash agree.
        return hash((self.year, same_object_memo(self.events, hash), self.section_events,
                     self.publication_rrule, self.publication_start, self.start, self.until))


_MEMO: dict[tuple[int, int], tuple[object, object]] = {}


def same_object_memo(obj, fn):
    """fn(obj), remembered for this very object (by identity) while it lives in the memo."""
    key = (id(obj), id(fn))
    hit = _MEMO.get(key)
    if hit is None or hit[0] is not obj:
        if len(_MEMO) > 64:
            _MEMO.clear()
        hit = _MEMO[key] = (obj, fn(obj))
    return hit[1]


@dataclass(frozen=True)
class EventRef:
    """Which events a phrase points at: one named event, or the section's."""

    ids: tuple[str, ...]
    text: str
    named: bool
    span: tuple[int, int] = (0, 0)  # where the reference is written, for errors


# event → (start, end, how it was worked out)
Anchor = Callable[[Event], tuple[dt.date, dt.date, str]]


@dataclass(frozen=True)
class Draft:
    """One part of a phrase, parsed but not yet placed on events' dates."""

    kind: Kind
    span: tuple[dt.date, dt.date] | None = None  # fixed dates
    ref: EventRef | None = None  # anchored: the span comes from each event
    anchor: Anchor | None = None
    basis: str = ""
    label: str | None = None
    verb: str | None = None  # "Hoàn thành": becomes the label in multi-part cells
    approximate: bool = False
    done: bool = False
    note: str | None = None
    time: dt.time | None = None
    end_time: dt.time | None = None
    rrule: str | None = None  # a repeating schedule; span is its first instance
    checks: tuple[str, ...] = ()  # for `check`: a written weekday/duration that disagrees
    wants_date: bool = False  # "Đã hoàn thành": the date is in its remark
    extra: dict = field(default_factory=dict, compare=False)


def drafts_of(value: "Draft | tuple[Draft, ...]") -> tuple[Draft, ...]:
    """A construct's value as drafts: builders give one draft or a tuple of them."""
    return value if isinstance(value, tuple) else (value,)


def dated(drafts: tuple[Draft, ...]) -> bool:
    """Whether a reading gives a date (or takes one from its remark: "Đã hoàn thành (12/4/2023)")."""
    return any(d.kind is not Kind.UNDATED or d.wants_date for d in drafts)
