"""The Vietnamese lunar calendar (âm lịch), and the lunar glosses written beside solar dates.

Algorithm: Hồ Ngọc Đức, "Thuật toán tính âm lịch"
(https://www.informatik.uni-leipzig.de/~duc/amlich/calrules_vn.html), itself built on
Jean Meeus, *Astronomical Algorithms* (1998). Its rules:

1. a lunar month starts on the day (in local time) of a new moon (điểm Sóc);
2. the winter solstice always falls in month 11;
3. a lunar year with 13 months (from month 11 to the next month 11) has a leap month: the
   first month after the solstice that contains no major solar term (trung khí);
4. "local time" is UTC+7 (meridian 105° E, Decision 121-CP/1967) — the only difference from
   the Chinese calendar (UTC+8), and why Tết differs in some years (1985, 2007, 2030).

The series are Hồ's simplified ones: accurate for 1900–2100, the range the tests cover.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

TIME_ZONE = 7.0  # hours east of UTC
_SYNODIC = 29.530588853  # mean days between new moons
_K0 = 2415021.076998695  # Julian day of the new moon of 1/1/1900 13:52 UTC (k = 0)
_JD_OFFSET = 1721425  # Julian day number = date.toordinal() + this


@dataclass(frozen=True)
class LunarDate:
    """A day of the Vietnamese lunar calendar; `leap` marks the leap month (tháng nhuận)."""

    day: int
    month: int
    year: int
    leap: bool = False

    def __str__(self) -> str:
        """As written in Vietnamese: "9/2 nhuận âm lịch năm Quý Mão"."""
        return f"{self.day}/{self.month}{' nhuận' if self.leap else ''} âm lịch năm {year_name(self.year)}"


_CAN = ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý")
_CHI = ("Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi")


def year_name(year: int) -> str:
    """The sexagenary (can chi) name of a lunar year: 2025 → "Ất Tỵ"."""
    return f"{_CAN[(year + 6) % 10]} {_CHI[(year + 8) % 12]}"


def _jd(day: dt.date) -> int:
    return day.toordinal() + _JD_OFFSET


def _date(jd: int) -> dt.date:
    return dt.date.fromordinal(jd - _JD_OFFSET)


def _new_moon(k: int) -> float:
    """Julian day (UTC, fractional) of the k-th new moon after that of 1/1/1900 (Meeus ch. 49)."""
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    dr = math.pi / 180
    jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * dr  # sun's anomaly
    mpr = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * dr  # moon's anomaly
    f = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * dr  # moon's latitude arg.
    c1 = (0.1734 - 0.000393 * t) * math.sin(m) + 0.0021 * math.sin(2 * m)
    c1 += -0.4068 * math.sin(mpr) + 0.0161 * math.sin(2 * mpr) - 0.0004 * math.sin(3 * mpr)
    c1 += 0.0104 * math.sin(2 * f) - 0.0051 * math.sin(m + mpr) - 0.0074 * math.sin(m - mpr)
    c1 += 0.0004 * math.sin(2 * f + m) - 0.0004 * math.sin(2 * f - m) - 0.0006 * math.sin(2 * f + mpr)
    c1 += 0.0010 * math.sin(2 * f - mpr) + 0.0005 * math.sin(m + 2 * mpr)
    if t < -11:
        delta_t = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta_t = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd1 + c1 - delta_t


@lru_cache(maxsize=4096)
def _new_moon_day(k: int) -> int:
    """Julian day number of the local (UTC+7) day holding the k-th new moon."""
    return math.floor(_new_moon(k) + 0.5 + TIME_ZONE / 24)


def _sun_sector(jdn: int) -> int:
    """Which 30° sector (0–11) the sun's longitude is in at the start of local day `jdn`.

    A month holds a major solar term iff the sector changes between its first day and the next
    month's first day.
    """
    t = (jdn - 0.5 - TIME_ZONE / 24 - 2451545.0) / 36525
    t2 = t * t
    dr = math.pi / 180
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2  # mean anomaly
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2  # mean longitude
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(dr * 2 * m) + 0.000290 * math.sin(dr * 3 * m)
    longitude = ((l0 + dl) * dr) % (2 * math.pi)
    return math.floor(longitude / math.pi * 6)


@lru_cache(maxsize=512)
def _month11(year: int) -> int:
    """Julian day number of the first day of lunar month 11 that holds the solstice of `year`."""
    k = math.floor((_jd(dt.date(year, 12, 31)) - 2415021) / _SYNODIC)
    start = _new_moon_day(k)
    if _sun_sector(start) >= 9:  # the sun is already past 270°: the solstice is in the month before
        start = _new_moon_day(k - 1)
    return start


def _leap_offset(a11: int) -> int:
    """In a 13-month lunar year starting at `a11`, how many months after month 11 the leap month is."""
    k = math.floor((a11 - _K0) / _SYNODIC + 0.5)
    i, arc = 1, _sun_sector(_new_moon_day(k + 1))
    while True:
        last, i = arc, i + 1
        arc = _sun_sector(_new_moon_day(k + i))
        if arc == last or i >= 14:
            return i - 1


def solar_to_lunar(day: dt.date) -> LunarDate:
    """The Vietnamese lunar date of a solar (Gregorian) date."""
    jdn = _jd(day)
    # The estimate from the mean month can be off by one either way (the true new
    # moon drifts ±14 h around the mean one, e.g. around 9/4/2062): settle on the
    # last new moon on or before this day.
    k = math.floor((jdn - _K0) / _SYNODIC) + 1
    while _new_moon_day(k) > jdn:
        k -= 1
    while _new_moon_day(k + 1) <= jdn:
        k += 1
    start = _new_moon_day(k)
    a11 = _month11(day.year)
    if a11 >= start:
        year, b11, a11 = day.year, a11, _month11(day.year - 1)
    else:
        year, b11 = day.year + 1, _month11(day.year + 1)
    diff = (start - a11) // 29
    month, leap = diff + 11, False
    if b11 - a11 > 365:
        leap_diff = _leap_offset(a11)
        if diff >= leap_diff:
            month, leap = diff + 10, diff == leap_diff
    if month > 12:
        month -= 12
    if month >= 11 and diff < 4:
        year -= 1
    return LunarDate(jdn - start + 1, month, year, leap)


def lunar_to_solar(day: int, month: int, year: int, leap: bool = False) -> dt.date:
    """The solar date of a Vietnamese lunar date; ValueError if that lunar date does not exist
    (month out of 1–12, a leap month the year does not have, or day 30 of a 29-day month)."""
    if not 1 <= month <= 12 or not 1 <= day <= 30:
        raise ValueError(f"no lunar day {day}/{month}")
    a11, b11 = (_month11(year - 1), _month11(year)) if month < 11 else (_month11(year), _month11(year + 1))
    k = math.floor((a11 - _K0) / _SYNODIC + 0.5)
    off = (month - 11) % 12
    if b11 - a11 > 365:
        leap_off = _leap_offset(a11)
        leap_month = (leap_off - 2) % 12
        if leap and month != leap_month:
            raise ValueError(f"lunar year {year} has no leap month {month} (its leap month is {leap_month})")
        if leap or off >= leap_off:
            off += 1
    elif leap:
        raise ValueError(f"lunar year {year} has no leap month")
    start, following = _new_moon_day(k + off), _new_moon_day(k + off + 1)
    if day > following - start:
        raise ValueError(f"lunar month {month}{' (leap)' if leap else ''} of {year} has {following - start} days")
    return _date(start + day - 1)


def next_month_start(first: dt.date) -> dt.date:
    """The solar date on which the lunar month after the one starting on `first` starts
    (a lunar month has 29 or 30 days)."""
    after = first + dt.timedelta(days=29)
    return after if solar_to_lunar(after).day == 1 else after + dt.timedelta(days=1)


# ------------------------------------------------------------------ glosses

# "tức 10/3 âm lịch", "tức ngày 10 tháng 3 âm lịch", "(10/3 ÂL)", "nhằm ngày 10/3 âm lịch",
# "tức 9/2 nhuận âm lịch", "tức 10/3/2025 âm lịch", "tức ngày 10 tháng 3 năm Ất Tỵ",
# and spans "tức 10/3 đến 13/3 âm lịch" (the year and "nhuận" written once, for both ends).
_YEAR_NAME = rf"(?:{'|'.join(_CAN)})\s+(?:{'|'.join(_CHI)}|Tị)"  # "Tị" is a common spelling of "Tỵ"
_LEAP = r"\s*\(?\s*nhuận\s*\)?"
LUNAR_GLOSS = re.compile(
    r"(?:(?:tức|nhằm|là)\s+)?(?:(?:từ\s+)?(?:ngày|mùng|mồng)\s+)?"
    r"(?:(?P<day0>\d{1,2})\s*[/.-]\s*(?P<month0>\d{1,2})\s*(?:đến|tới|-|–)\s*(?:(?:ngày|mùng|mồng)\s+)?)?"
    r"(?P<day>\d{1,2})"
    r"(?:\s*[/.-]\s*|\s+tháng\s+)(?P<month>\d{1,2})"
    r"(?:\s*[/.-]\s*(?P<year>\d{4}))?"
    rf"(?P<leap1>{_LEAP})?"
    rf"\s*(?:(?:âm\s+lịch|âl)\b|năm\s+(?P<name>{_YEAR_NAME})\b)"
    rf"(?P<leap2>{_LEAP})?(?:\s*âm\s+lịch\b)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class LunarGloss:
    """A lunar date written beside a solar one; `year` and `year_name` ("Ất Tỵ") when given;
    `side` "start"/"end" for the ends of a span, None for a single date."""

    text: str
    day: int
    month: int
    leap: bool
    year: int | None = None
    year_name: str | None = None
    side: str | None = None


def find_glosses(note: str) -> list[LunarGloss]:
    """Every lunar gloss in a remark (read after NFC normalisation), in order."""
    found = []
    for m in LUNAR_GLOSS.finditer(unicodedata.normalize("NFC", note)):
        year = int(m["year"]) if m["year"] else None
        name = " ".join(w.capitalize() for w in m["name"].split()).replace("Tị", "Tỵ") if m["name"] else None
        leap = bool(m["leap1"] or m["leap2"])
        text = " ".join(m.group(0).split())
        if m["day0"]:
            found.append(LunarGloss(text, int(m["day0"]), int(m["month0"]), leap, year, name, "start"))
        found.append(LunarGloss(text, int(m["day"]), int(m["month"]), leap, year, name, "end" if m["day0"] else None))
    return found


def gloss_years(gloss: LunarGloss, near: dt.date) -> list[int]:
    """The lunar years a gloss may mean: its own; else those named like it within 30 years of
    `near`; else the lunar year of `near` and the ones on either side."""
    here = solar_to_lunar(near).year
    if gloss.year is not None:
        return [gloss.year]
    if gloss.year_name is not None:
        return [y for y in range(here - 30, here + 30) if year_name(y) == gloss.year_name]
    return [here, here - 1, here + 1]


def gloss_date(gloss: LunarGloss, near: dt.date) -> dt.date:
    """The solar date a gloss names: in its own lunar year, or else in the lunar year (the one of
    `near`, the one before or after) that puts it closest to `near`. ValueError if it exists in none."""
    dates = []
    for year in gloss_years(gloss, near):
        try:
            dates.append(lunar_to_solar(gloss.day, gloss.month, year, gloss.leap))
        except ValueError:
            continue
    if not dates:
        raise ValueError(f"lunar date {gloss.text!r} does not exist near {near.isoformat()}")
    return min(dates, key=lambda d: (abs((d - near).days), d))
