"""The timing cells the resolver cannot read yet, with its marked error."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kh_ical.errors import PhraseError
from kh_ical.model import Event
from kh_ical.resolve import ResolveContext, resolve_phrase

# The resolver's reason when a cell says "sự kiện" and its section names no event yet.
SECTION_EVENTS_REASON = "không rõ là sự kiện nào"


@dataclass(frozen=True)
class TimingProblem:
    task: str
    timing: str
    message: str  # the resolver's error: the words not read, quoted, and the cell with them [[marked]]

    @property
    def needs_section_events(self) -> bool:
        return self.message.startswith(SECTION_EVENTS_REASON)


def unreadable_timings(tasks: list[dict], sections: list[dict], events: tuple[Event, ...], year: int,
                       start: dt.date | None = None) -> list[TimingProblem]:
    """Every non-blank timing cell the resolver refuses, read as `kh-ical check` reads it: with
    `timing_as_read` where a maintainer wrote one, and the events of the task's section."""
    known = {e.id for e in events}
    section_events = {s["id"]: tuple(e for e in s.get("events", ()) if e in known) for s in sections}
    out = []
    for task in tasks:
        text = task.get("timing_as_read") or task.get("timing", "")
        if not text.strip():
            continue
        ctx = ResolveContext(year=year, events=events, section_events=section_events.get(task.get("section"), ()),
                             start=start)
        try:
            resolve_phrase(text, ctx)
        except PhraseError as exc:
            out.append(TimingProblem(task["id"], text, str(exc.with_place(""))))
    return out
