"""Repeating schedules: the RRULE text of `Occurrence.rrule`, read and written.

The resolver writes an RFC 5545 RRULE value ("FREQ=YEARLY;UNTIL=20301231") for
a repeating schedule; the occurrence's start/end are its first instance and
every instance has the same length. Here, and only here, that text is read
(`parse`, which refuses what kh-ical does not publish), written back in
icalendar's part order (`Rule.text`, so that the fast feed writer and
icalendar write the same bytes), moved for a window's end marker (`shifted`)
and expanded (`instances`). The Vietnamese wording is `text.repeat_text`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from kh_ical.errors import KhIcalError

FREQS = ("YEARLY", "MONTHLY", "WEEKLY", "DAILY")
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # Monday first, as `date.weekday()`
_PART = re.compile(r"[A-Z]+=[A-Z0-9,+-]+")
_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DAY = re.compile(r"([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)")


class RuleError(KhIcalError):
    """An RRULE text kh-ical cannot publish (a resolver bug, not a data mistake)."""


@dataclass(frozen=True)
class Rule:
    """The parts of an RRULE that kh-ical publishes."""

    freq: str  # YEARLY | MONTHLY | WEEKLY | DAILY
    until: dt.date | None = None  # inclusive last day an instance may start on
    count: int | None = None
    interval: int = 1
    byday: tuple[tuple[int, str], ...] = ()  # (ordinal or 0, "MO")
    bymonthday: tuple[int, ...] = ()
    bymonth: tuple[int, ...] = ()

    def text(self, until: str | None = None) -> str:
        """The RRULE value in icalendar's part order (`vRecur.canonical_order`);
        `until` replaces the date form of UNTIL (a timed event's UTC time)."""
        parts = [f"FREQ={self.freq}"]
        if self.until is not None:
            parts.append(f"UNTIL={until or f'{self.until:%Y%m%d}'}")
        if self.count is not None:
            parts.append(f"COUNT={self.count}")
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.byday:
            parts.append("BYDAY=" + ",".join(f"{n or ''}{d}" for n, d in self.byday))
        if self.bymonthday:
            parts.append("BYMONTHDAY=" + ",".join(map(str, self.bymonthday)))
        if self.bymonth:
            parts.append("BYMONTH=" + ",".join(map(str, self.bymonth)))
        return ";".join(parts)


@lru_cache(maxsize=1024)  # a plan has a handful of schedules, in many feeds
def parse(value: str, endless: bool = False) -> Rule:
    """The Rule of an RRULE value (no "RRULE:" prefix).

    Parameters:
        endless: allow a rule without UNTIL or COUNT (a newspaper's issues);
            a published schedule must end.

    Raises:
        RuleError: a part kh-ical does not publish, a malformed value, or a
            schedule without an end (UNTIL as a date, or COUNT).
    """
    parts: dict[str, str] = {}
    for piece in value.split(";"):
        if not _PART.fullmatch(piece):
            raise RuleError(f"lịch lặp không hợp lệ {value!r}: không hiểu {piece!r}")
        key, _, val = piece.partition("=")
        if key in parts:
            raise RuleError(f"lịch lặp không hợp lệ {value!r}: {key} ghi hai lần")
        parts[key] = val
    try:
        return _rule(parts, endless)
    except (ValueError, KeyError) as exc:
        raise RuleError(f"lịch lặp không hợp lệ {value!r}: {exc}") from None


def _rule(parts: dict[str, str], endless: bool) -> Rule:
    unknown = sorted(set(parts) - {"FREQ", "UNTIL", "COUNT", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH"})
    if unknown:
        raise ValueError(f"kh-ical không xuất bản {', '.join(unknown)}")
    freq = parts.get("FREQ")
    if freq not in FREQS:
        raise ValueError("FREQ phải là YEARLY, MONTHLY, WEEKLY hoặc DAILY")
    until = count = None
    if "UNTIL" in parts:
        m = _DATE.fullmatch(parts["UNTIL"])
        if not m:
            raise ValueError("UNTIL phải là một ngày YYYYMMDD")
        until = dt.date(*map(int, m.groups()))
    if "COUNT" in parts:
        count = int(parts["COUNT"])
        if count < 1:
            raise ValueError("COUNT phải lớn hơn 0")
    if until is not None and count is not None or not endless and until is None and count is None:
        raise ValueError("cần đúng một trong UNTIL hoặc COUNT (lịch lặp phải có điểm dừng)")
    interval = int(parts.get("INTERVAL", "1"))
    if interval < 1:
        raise ValueError("INTERVAL phải lớn hơn 0")
    byday = tuple(_weekday(d, freq) for d in _list(parts, "BYDAY"))
    bymonthday = tuple(int(d) for d in _list(parts, "BYMONTHDAY"))
    if any(not (1 <= abs(d) <= 31) for d in bymonthday) or (bymonthday and freq not in ("MONTHLY", "YEARLY")):
        raise ValueError("BYMONTHDAY phải từ 1 đến 31 (hoặc -1 … -31), với FREQ=MONTHLY hoặc YEARLY")
    bymonth = tuple(int(m) for m in _list(parts, "BYMONTH"))
    if any(not (1 <= m <= 12) for m in bymonth) or (bymonth and freq != "YEARLY"):
        raise ValueError("BYMONTH phải từ 1 đến 12, với FREQ=YEARLY")
    return Rule(freq, until, count, interval, byday, bymonthday, bymonth)


def _list(parts: dict[str, str], key: str) -> list[str]:
    return parts[key].split(",") if key in parts else []


def _weekday(text: str, freq: str) -> tuple[int, str]:
    m = _DAY.fullmatch(text)
    if not m:
        raise ValueError(f"BYDAY không hiểu {text!r}")
    n = int(m.group(1) or 0)
    if n and (freq != "MONTHLY" or not 1 <= abs(n) <= 5):
        raise ValueError(f"BYDAY {text!r}: thứ tự trong tháng chỉ dùng với FREQ=MONTHLY, từ -5 đến 5")
    if freq not in ("WEEKLY", "MONTHLY"):
        raise ValueError("BYDAY chỉ dùng với FREQ=WEEKLY hoặc MONTHLY")
    return n, m.group(2)


def normalized(value: str) -> str:
    """The RRULE text in icalendar's part order (what the feeds publish)."""
    return parse(value).text()


def shifted(value: str, days: int, first: dt.date) -> str:
    """The rule of the instances' days moved `days` later (a window's end marker,
    whose first day is `first`): UNTIL moves by `days`, so that the last instance
    keeps its marker, and the parts that choose days move with them.

    Raises:
        RuleError: the moved days cannot be written as one RRULE.
    """
    rule = parse(value)
    if days == 0:
        return rule.text()
    moved = replace(rule, until=rule.until + dt.timedelta(days=days) if rule.until else None)
    if rule.freq in ("DAILY", "WEEKLY") and not rule.bymonthday and all(n == 0 for n, _ in rule.byday):
        moved = replace(moved, byday=tuple((0, WEEKDAYS[(WEEKDAYS.index(d) + days) % 7]) for _, d in rule.byday))
        return moved.text()
    if rule.freq in ("MONTHLY", "YEARLY") and not rule.byday and not rule.bymonth:
        if rule.bymonthday:
            days_ = tuple(d + days for d in rule.bymonthday)
            if all(1 <= d <= 28 for d in rule.bymonthday) and all(1 <= d <= 28 for d in days_):
                return replace(moved, bymonthday=days_).text()
        elif first.day <= 28:  # a day every month has
            return moved.text()
        elif first.day == calendar.monthrange(first.year, first.month)[1]:  # the month's last day
            return replace(moved, bymonthday=(-1,), bymonth=(first.month,) if rule.freq == "YEARLY" else ()).text()
    raise RuleError(
        f"không viết được ngày kết thúc của lịch lặp {value!r} ({days} ngày sau ngày bắt đầu) thành một RRULE; "
        "dùng --windows span"
    )


MAX_INSTANCES = 20_000  # a daily rule over 50 years; more is a mistake in the data, not a schedule


def last_before(value: str, first: dt.date, day: dt.date) -> dt.date | None:
    """The last start day before `day` of the rule whose first instance starts on `first`.

    Raises:
        RuleError: more than MAX_INSTANCES instances come before `day`.
    """
    from dateutil.rrule import rrulestr

    last = None
    starts = rrulestr(parse(value, endless=True).text(), dtstart=dt.datetime.combine(first, dt.time()))
    for n, start in enumerate(starts):
        if start.date() >= day:
            break
        if n == MAX_INSTANCES:
            raise RuleError(f"lịch lặp {value!r} có hơn {MAX_INSTANCES:,} lần trước {day:%d/%m/%Y}".replace(",", "."))
        last = start.date()
    return last


def instances(value: str, first: dt.date) -> list[dt.date]:
    """The start day of every instance of the rule whose first instance starts on `first`."""
    from dateutil.rrule import rrulestr  # only pages with repeating schedules need it

    rule = parse(value)
    starts = rrulestr(rule.text(), dtstart=dt.datetime.combine(first, dt.time()))
    days = [d.date() for d in starts]
    return days if days and days[0] == first else [first, *days]  # RFC 5545: DTSTART is always an instance
