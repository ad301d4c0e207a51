"""Calendar periods and the date arithmetic the grammar needs, via dateutil.

A `Period` is a closed span of days with the granularity it was written in.
All month/quarter/year arithmetic goes through `relativedelta` (end of month
with `day=31`, leap years included); nothing here adds days by hand.
A date outside the calendar (year 0, past 31/12/9999) is a ValueError, like
31/2: builders report both as "ngày tháng không có thật".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from kh_ical.text import vn_date

# The few distinct deltas the grammar uses, made once (constructing one costs more than adding it).
_delta = lru_cache(maxsize=64)(relativedelta)


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date  # inclusive
    grain: str  # "day" | "month" | "quarter" | "half" | "year"
    text: str  # as written, for explanations
    approximate: bool = False
    year_inferred: bool = False  # the year came from elsewhere in the phrase
    lunar: bool = False  # written as a lunar date: its neighbours in a range are lunar too

    def shift_years(self, years: int) -> "Period":
        """The same period `years` later; ValueError past the calendar's ends."""
        delta = _delta(years=years)
        end = self.end + delta
        if self.grain in ("month", "quarter", "half", "year"):
            end += _delta(day=31)  # still the month's last day (Feb in leap years)
        return replace(self, start=self.start + delta, end=end)


def day(y: int, m: int, d: int, text: str, inferred: bool = False) -> Period:
    date = dt.date(y, m, d)  # ValueError on 31/2: the caller reports it
    return Period(date, date, "day", text, year_inferred=inferred)


def month(y: int, m: int, text: str, inferred: bool = False) -> Period:
    start = dt.date(y, m, 1)
    return Period(start, start + _delta(day=31), "month", text, year_inferred=inferred)


def quarter(y: int, q: int, text: str, inferred: bool = False) -> Period:
    if not 1 <= q <= 4:
        raise ValueError(f"quý {q}")
    start = dt.date(y, 3 * q - 2, 1)
    return Period(start, start + _delta(months=2, day=31), "quarter", text, year_inferred=inferred)


def half(y: int, second: bool, text: str, inferred: bool = False) -> Period:
    start = dt.date(y, 7 if second else 1, 1)
    return Period(start, start + _delta(months=5, day=31), "half", text, year_inferred=inferred)


def year(y: int, text: str) -> Period:
    return Period(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", text)


def part_of_month(p: Period, part: str, text: str) -> Period:
    """đầu / giữa / cuối tháng: days 1–10, 11–20, 21–end, marked approximate."""
    first, last = {"đầu": (1, 10), "giữa": (11, 20), "cuối": (21, 31)}[part]
    start = p.start + _delta(day=first)
    return Period(start, p.start + _delta(day=last), "part", text, True, p.year_inferred)


def part_of_quarter(q: Period, part: str, text: str) -> Period:
    """đầu / giữa / cuối quý: its first, middle or last month, marked approximate."""
    start = q.start + _delta(months={"đầu": 0, "giữa": 1, "cuối": 2}[part])
    return Period(start, start + _delta(day=31), "part", text, True, q.year_inferred)


def half_of_month(p: Period, second: bool, text: str) -> Period:
    """nửa đầu / nửa cuối tháng: days 1–15, 16–end (exact, unlike "đầu tháng")."""
    start, end = (p.start + _delta(day=16), p.end) if second else (p.start, p.start + _delta(day=15))
    return Period(start, end, "part", text, p.approximate, p.year_inferred)


def plus_days(date: dt.date, n: int) -> dt.date:
    """`date` + n days (what relativedelta(days=n) adds, without its month logic);
    ValueError, not OverflowError, past 1/1/1 or 31/12/9999."""
    try:
        return date + dt.timedelta(days=n)
    except OverflowError:
        raise ValueError(f"{date.isoformat()} {n:+d} ngày: ngoài lịch") from None


def fmt_span(start: dt.date, end: dt.date) -> str:
    return vn_date(start) if start == end else f"{vn_date(start)} – {vn_date(end)}"
