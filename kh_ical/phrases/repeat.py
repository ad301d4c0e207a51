"""Repeating schedules: where the first instance falls, where they stop, their RRULE.

A schedule is a template span (the instance written in the cell, in the plan's
year), a step (`Step`: every N years, months or weeks) and what pins each
instance to the calendar (a day of the month, a weekday). Pure date logic on
top of `dateutil`; the grammar turns words into these values.

- The first instance is the first that ends on or after the plan's date
  (`ResolveContext.start`); without one, the template itself.
- The last is the last that starts on or before the bound: the end the cell
  writes ("hằng năm, giai đoạn 2026 - 2030"), else the plan's end, else one
  year after the first instance starts.
- Instances of equal length become one RRULE. A whole calendar period (a
  month, a quarter, a year) is not of equal length from one instance to the
  next, and an RRULE event has one length: such windows are listed one by one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrulestr

from kh_ical.recur import parse

UNITS = {"year": "YEARLY", "month": "MONTHLY", "week": "WEEKLY"}


@dataclass(frozen=True)
class Step:
    unit: str  # "year" | "month" | "week"
    every: int = 1
    text: str = ""  # as written: "hằng năm", "định kỳ 6 tháng"

    def delta(self, k: int) -> relativedelta:
        n = k * self.every
        return {"year": relativedelta(years=n), "month": relativedelta(months=n),
                "week": relativedelta(weeks=n)}[self.unit]

    @property
    def days(self) -> int:
        """The longest one step can be, in days: an instance may not be longer."""
        return {"year": 366, "month": 31, "week": 7}[self.unit] * self.every


class NoInstance(ValueError):
    """The schedule has no instance between the plan's date and its bound."""


def bound(first: dt.date, until: dt.date | None) -> dt.date:
    return until if until is not None else first + relativedelta(years=1)


def rrule_text(step: Step, until: dt.date) -> str:
    interval = f";INTERVAL={step.every}" if step.every != 1 else ""
    return canonical(f"FREQ={UNITS[step.unit]}{interval};UNTIL={until:%Y%m%d}")


def canonical(rule: str) -> str:
    """The RRULE text in the one order kh-ical writes it (`recur.Rule.text`)."""
    return parse(rule).text()


def period_instances(start: dt.date, next_start: dt.date, step: Step, since: dt.date | None,
                     until: dt.date | None) -> list[tuple[dt.date, dt.date]]:
    """Every instance of a whole calendar period [start, next_start) repeated by `step`."""
    length = relativedelta(next_start, start)
    k = 0
    if since is not None:
        while start + step.delta(k) + length - relativedelta(days=1) < since:
            k += 1
    first = start + step.delta(k)
    last_start = bound(first, until)
    out = []
    while (s := start + step.delta(k)) <= last_start:
        out.append((s, s + length - relativedelta(days=1)))
        k += 1
    if not out:
        raise NoInstance(first)
    return out


def first_by_rule(core: str, since: dt.date, until: dt.date | None) -> tuple[dt.date, str]:
    """The first day on or after `since` that an RRULE without bounds ("FREQ=MONTHLY;BYMONTHDAY=10,25")
    gives, and the rule bounded from there."""
    start = dt.datetime.combine(since, dt.time())
    hit = rrulestr(core, dtstart=start).after(start, inc=True)
    if hit is None:
        raise NoInstance(since)
    first = hit.date()
    last = bound(first, until)
    if first > last:
        raise NoInstance(first)
    return first, canonical(f"{core};UNTIL={last:%Y%m%d}")


def first_of_fixed(start: dt.date, end: dt.date, step: Step, since: dt.date | None,
                   until: dt.date | None) -> tuple[tuple[dt.date, dt.date], str]:
    """A template of fixed length: its first instance (moved forward by whole steps until it
    ends on or after `since`) and the RRULE bounded from there."""
    k = 0
    if since is not None:
        while end + step.delta(k) < since:
            k += 1
    first = start + step.delta(k), end + step.delta(k)
    last = bound(first[0], until)
    if first[0] > last:
        raise NoInstance(first[0])
    return first, rrule_text(step, last)
