"""Real timing cells with hand-worked answers, and how a resolver's output is scored.

A corpus file lists `Doc`s (one public document each, with its source) and
`Cell`s (a timing cell copied from it, line breaks undone, and the expected
result written by hand before the resolver was run). The expected result is a
small text, items separated by ";", in any order:

    W 2025-09-01..2025-09-30      a window (both ends inclusive)
    D 2025-09-14                  a deadline on that day
    O 2025-09-02                  a day (the thing happens that day)
    O 2025-09-02T14:00            a timed day; T13:30-16:00 gives its end time too
    D 2025-09-05T16:00            a deadline at a time of day
    U                             an undated part ("thường xuyên", "theo yêu cầu")
    R D 2024-03-14 2025-03-14 ... 2030-03-14
                                  a repeating item: its kind, its first occurrences
                                  (spans for W), "..." and its last occurrence
    ERR                           a careful reader cannot tell the dates: the
                                  resolver must refuse the cell

A cell's year for dates written without one is `Doc.year` (default: the year
of `Doc.date`); `Cell.events` names the events the cell refers to, with their
dates; a repeating item ends at `Doc.end` (the plan's end), else one year
after its first occurrence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Doc:
    title: str  # "Kế hoạch 130/KH-UBND ngày 13/7/2022 của UBND tỉnh Ninh Bình"
    source: str  # where it was read (address)
    date: str  # the document's date, YYYY-MM-DD
    year: int | None = None  # year of dates written without one, if not date's year
    end: str | None = None  # the plan's end (YYYY-MM-DD), if the document states a period

    @property
    def plan_year(self) -> int:
        return self.year or int(self.date[:4])

    @property
    def plan_start(self) -> dt.date:
        return dt.date.fromisoformat(self.date)

    @property
    def plan_end(self) -> dt.date | None:
        return dt.date.fromisoformat(self.end) if self.end else None


@dataclass(frozen=True)
class Cell:
    doc: Doc
    text: str  # the cell as written
    expect: str  # see the module docstring
    events: dict[str, str] = field(default_factory=dict)  # event name → YYYY-MM-DD


# --- expected items ----------------------------------------------------------------

_SPAN = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?:-(\d{2}:\d{2}))?)?(?:\.\.(\d{4}-\d{2}-\d{2}))?$")


@dataclass(frozen=True, order=True)
class Item:
    """One occurrence as scored: kind letter, dates, times; repeats by their instances."""

    kind: str  # W D O U
    start: dt.date | None = None
    end: dt.date | None = None
    time: str | None = None
    end_time: str | None = None
    repeat: tuple = ()  # ((first instances' spans), last span) for R items

    def __str__(self) -> str:
        return f"{self.kind} {self.start}..{self.end} {self.time or ''}-{self.end_time or ''} {self.repeat or ''}"


def _span(text: str) -> tuple[dt.date, dt.date, str | None, str | None]:
    m = _SPAN.match(text)
    if not m:
        raise ValueError(f"bad span {text!r}")
    start = dt.date.fromisoformat(m[1])
    end = dt.date.fromisoformat(m[4]) if m[4] else start
    return start, end, m[2], m[3]


def parse_expect(expect: str) -> list[Item] | None:
    """The items of an expectation, sorted; None for ERR."""
    if expect.strip() == "ERR":
        return None
    items = []
    for raw in expect.split(";"):
        words = raw.split()
        if not words:
            continue
        if words[0] == "U":
            items.append(Item("U"))
            continue
        if words[0] == "R":
            kind, rest = words[1], words[2:]
            if "..." in rest:
                k = rest.index("...")
                first, last = rest[:k], rest[k + 1 :]
            else:
                first, last = rest, rest[-1:]
            spans = tuple(_span(s)[:2] for s in first)
            last_span = _span(last[0])[:2]
            s, e, t, et = _span(first[0])
            items.append(Item(kind, s, e, t, et, (spans, last_span)))
            continue
        kind, span = words[0], words[1]
        if kind not in ("W", "D", "O") or len(words) != 2:
            raise ValueError(f"bad item {raw!r}")
        s, e, t, et = _span(span)
        items.append(Item(kind, s, e, t, et))
    return sorted(items)
