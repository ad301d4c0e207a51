"""The Vietnamese lunar calendar against published dates, and `check` on lunar glosses.

Expected dates are published ones, not outputs of kh_ical.lunar:
- Tết (1/1 âm lịch): the official Vietnamese public-holiday calendars of each year; 1968, 1969,
  1985, 2007 and 2030 are the years Vietnamese Tết comes before the Chinese one (UTC+7 vs UTC+8),
  as listed by Hồ Ngọc Đức ("Thuật toán tính âm lịch", informatik.uni-leipzig.de/~duc/amlich)
  and in the Vietnamese press (Chinese New Year those years: 30/1/1968, 17/2/1969, 20/2/1985,
  18/2/2007, 3/2/2030).
- Leap months (tháng nhuận): 2 in Quý Mão 2023 (22/3–19/4/2023), 4 in Canh Tý 2020
  (23/5–20/6/2020), 6 in Ất Tỵ 2025 (25/7–22/8/2025), as published by Vietnamese calendars.
- Festivals: Giỗ Tổ Hùng Vương (10/3) 2023–2026 (the public holiday announced each year),
  Rằm tháng Giêng 2025, Trung thu (15/8), Vu Lan (15/7) 2025, and "no 30 Tết" in Giáp Thìn
  (the last day of that year was 29 tháng Chạp = 28/1/2025).
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_site_kit import make_plan, make_resolved, task

from kh_ical.check import run_check
from kh_ical.lunar import LunarDate, find_glosses, gloss_date, lunar_to_solar, solar_to_lunar, year_name
from kh_ical.resolve import ResolveContext, resolve_phrase

D = dt.date

TET = [
    D(1968, 1, 29), D(1969, 2, 16), D(1985, 1, 21), D(2000, 2, 5), D(2007, 2, 17), D(2010, 2, 14),
    D(2017, 1, 28), D(2020, 1, 25), D(2021, 2, 12), D(2022, 2, 1), D(2023, 1, 22), D(2024, 2, 10),
    D(2025, 1, 29), D(2026, 2, 17), D(2030, 2, 2),
]


@pytest.mark.parametrize("day", TET, ids=lambda d: str(d.year))
def test_tet_both_ways(day):
    assert solar_to_lunar(day) == LunarDate(1, 1, day.year)
    assert lunar_to_solar(1, 1, day.year) == day


@pytest.mark.parametrize("year", [1985, 2007, 2030])
def test_tet_is_not_the_chinese_one_where_the_time_zones_split(year):
    chinese = {1985: D(1985, 2, 20), 2007: D(2007, 2, 18), 2030: D(2030, 2, 3)}[year]
    assert solar_to_lunar(chinese) != LunarDate(1, 1, year)


@pytest.mark.parametrize("solar, lunar", [
    (D(2025, 4, 7), LunarDate(10, 3, 2025)),  # the contract's example: Giỗ Tổ Hùng Vương 2025
    (D(2024, 4, 18), LunarDate(10, 3, 2024)),
    (D(2023, 4, 29), LunarDate(10, 3, 2023)),
    (D(2026, 4, 26), LunarDate(10, 3, 2026)),
    (D(2025, 2, 12), LunarDate(15, 1, 2025)),  # Rằm tháng Giêng
    (D(2023, 9, 29), LunarDate(15, 8, 2023)),  # Trung thu
    (D(2024, 9, 17), LunarDate(15, 8, 2024)),
    (D(2025, 9, 6), LunarDate(15, 7, 2025)),  # Vu Lan, after the leap 6th month
    (D(2025, 1, 28), LunarDate(29, 12, 2024)),  # Giáp Thìn had no 30 Tết
])
def test_published_days(solar, lunar):
    assert solar_to_lunar(solar) == lunar
    assert lunar_to_solar(lunar.day, lunar.month, lunar.year, lunar.leap) == solar


@pytest.mark.parametrize("year, month, first, last", [
    (2023, 2, D(2023, 3, 22), D(2023, 4, 19)),
    (2020, 4, D(2020, 5, 23), D(2020, 6, 20)),
    (2025, 6, D(2025, 7, 25), D(2025, 8, 22)),
])
def test_leap_months(year, month, first, last):
    assert solar_to_lunar(first) == LunarDate(1, month, year, leap=True)
    assert solar_to_lunar(first - dt.timedelta(days=1)).leap is False
    assert solar_to_lunar(last).leap is True and solar_to_lunar(last).month == month
    assert solar_to_lunar(last + dt.timedelta(days=1)) == LunarDate(1, month + 1, year)
    assert lunar_to_solar(1, month, year, leap=True) == first
    assert lunar_to_solar(1, month, year) < first  # the ordinary month comes first


@pytest.mark.parametrize("args", [
    (1, 3, 2023, True),  # 2023's leap month is the 2nd
    (1, 1, 2024, True),  # Giáp Thìn has no leap month
    (30, 12, 2024, False),  # no 30 Tết in Giáp Thìn
    (1, 13, 2025, False),
    (0, 1, 2025, False),
    (31, 1, 2025, False),
])
def test_lunar_dates_that_do_not_exist(args):
    with pytest.raises(ValueError):
        lunar_to_solar(*args)


def test_year_names():
    assert [year_name(y) for y in (1968, 1985, 2023, 2024, 2025)] == ["Mậu Thân", "Ất Sửu", "Quý Mão", "Giáp Thìn", "Ất Tỵ"]


days = st.dates(D(1900, 1, 1), D(2100, 12, 31))


@settings(max_examples=200, deadline=None)
@given(days)
def test_round_trip(day):
    lunar = solar_to_lunar(day)
    assert lunar_to_solar(lunar.day, lunar.month, lunar.year, lunar.leap) == day


@settings(max_examples=200, deadline=None)
@given(days)
@example(dt.date(2062, 4, 8))  # the mean-month estimate of the new moon is one too high here
def test_next_day_is_the_next_lunar_day_or_a_new_month(day):
    today, tomorrow = solar_to_lunar(day), solar_to_lunar(day + dt.timedelta(days=1))
    if tomorrow.day != 1:
        assert tomorrow == LunarDate(today.day + 1, today.month, today.year, today.leap)
    else:
        assert today.day in (29, 30)
        assert (tomorrow.month - today.month) % 12 in (0, 1) and (tomorrow.month, today.leap) != (today.month, True)
        assert tomorrow.year == today.year + (tomorrow.month == 1)


# ------------------------------------------------------------------ glosses


@pytest.mark.parametrize("note, day, month, leap", [
    ("tức 10/3 âm lịch", 10, 3, False),
    ("tức ngày 10 tháng 3 âm lịch", 10, 3, False),
    ("10/3 ÂL", 10, 3, False),
    ("nhằm ngày 10/3 âm lịch", 10, 3, False),
    ("tức 9/2 nhuận âm lịch", 9, 2, True),
    ("tức ngày 9 tháng 2 âm lịch (nhuận)", 9, 2, True),
    ("tức ngày 10 tháng 3 năm Ất Tị", 10, 3, False),
    (unicodedata.normalize("NFD", "tức mùng 10 tháng 3 Âm Lịch"), 10, 3, False),
])
def test_gloss_forms(note, day, month, leap):
    (gloss,) = find_glosses(note)
    assert (gloss.day, gloss.month, gloss.leap) == (day, month, leap)


def test_no_gloss_in_other_remarks():
    assert find_glosses("Trước lễ mít tinh kỷ niệm 5 ngày và sau 2 ngày") == []
    assert find_glosses("tháng 3/2025") == []


def test_gloss_date_takes_the_nearest_lunar_year():
    (gloss,) = find_glosses("tức 23/12 âm lịch")  # Ông Công Ông Táo, Giáp Thìn
    assert gloss_date(gloss, D(2025, 1, 20)) == D(2025, 1, 22)


def _lunar_findings(*timings: str, year: int = 2025):
    tasks, occurrences = [], {}
    for i, timing in enumerate(timings, start=1):
        tid = f"I.{i}"
        tasks.append(task(tid, f"Việc {i}", ["so-vh"], [], timing))
        occurrences[tid] = list(resolve_phrase(timing, ResolveContext(year=year)).occurrences)
    plan = make_plan(tasks=tasks)
    resolved = make_resolved(plan, occurrences)
    return [f for f in run_check(plan, resolved).findings if f.kind == "lunar-gloss"]


def test_matching_glosses_are_silent():
    assert _lunar_findings(
        "Ngày 7/4/2025 (tức 10/3 âm lịch)",
        "Ngày 7/4/2025 (tức ngày 10 tháng 3 năm Ất Tỵ)",
        "Ngày 12/2/2025 (15/1 ÂL)",
        "Ngày 30/3/2023 (tức 9/2 nhuận âm lịch)",
    ) == []


def test_wrong_gloss_says_both_dates():
    (f,) = _lunar_findings("Ngày 8/4/2025 (tức 10/3 âm lịch)")
    assert f.task == "I.1" and f.severity.value == "warning"
    assert "«tức 10/3 âm lịch»" in f.message
    assert "8/4/2025 là 11/3 âm lịch năm Ất Tỵ" in f.message
    assert "10/3 âm lịch năm Ất Tỵ là 7/4/2025" in f.message
    assert "sửa ngày thành 7/4/2025" in f.hint


def test_leap_month_gloss_must_say_nhuan():
    """30/3/2023 is 9/2 nhuận; plain 9/2 Quý Mão was 28/2/2023."""
    (f,) = _lunar_findings("Ngày 30/3/2023 (tức 9/2 âm lịch)", year=2023)
    assert "30/3/2023 là 9/2 nhuận âm lịch năm Quý Mão" in f.message
    assert "9/2 âm lịch năm Quý Mão là 28/2/2023" in f.message
    (f,) = _lunar_findings("Ngày 28/2/2023 (tức 9/2 nhuận âm lịch)", year=2023)
    assert "28/2/2023 là 9/2 âm lịch năm Quý Mão" in f.message
    assert "9/2 nhuận âm lịch năm Quý Mão là 30/3/2023" in f.message


def test_wrong_year_name_and_impossible_day():
    (f,) = _lunar_findings("Ngày 7/4/2025 (tức ngày 10 tháng 3 năm Giáp Thìn)")
    assert "10/3 âm lịch năm Giáp Thìn là 18/4/2024" in f.message
    (f,) = _lunar_findings("Ngày 7/4/2025 (tức 31/3 âm lịch)")
    assert "không có ngày 31/3 âm lịch nào gần ngày này" in f.message


def test_span_glosses_check_each_end():
    (start, end) = find_glosses("tức 10/3 đến 12/3 âm lịch")
    assert (start.side, start.day, end.side, end.day) == ("start", 10, "end", 12)
    assert _lunar_findings("Từ ngày 7/4/2025 đến ngày 9/4/2025 (tức 10/3 đến 12/3 âm lịch)") == []
    (f,) = _lunar_findings("Từ ngày 7/4/2025 đến ngày 9/4/2025 (tức 9/3 - 12/3 âm lịch)")
    assert "7/4/2025 là 10/3 âm lịch năm Ất Tỵ; còn 9/3 âm lịch năm Ất Tỵ là 6/4/2025" in f.message


# --- cross-check against an independent implementation (lunar-vn, in the test extra) ---------


def test_every_day_1900_2100_agrees_with_lunar_vn():
    """kh_ical.lunar and lunar-vn (another implementation of the same astronomical rules) give
    the same lunar date for every 3rd day of 1900–2100, and the same solar day back."""
    lunar_vn = pytest.importorskip("lunar_vn")
    day, last, step = D(1900, 2, 1), D(2100, 12, 1), dt.timedelta(days=3)
    disagree = []
    while day < last:
        ours = solar_to_lunar(day)
        theirs = lunar_vn.solar_to_lunar(day)
        if (ours.day, ours.month, ours.year, ours.leap) != (theirs.day, theirs.month, theirs.year, theirs.leap):
            disagree.append((day, ours, theirs))
        elif lunar_to_solar(ours.day, ours.month, ours.year, ours.leap) != day:
            disagree.append((day, ours, "back"))
        day += step
    assert disagree == []


@pytest.mark.parametrize("phrase, year", [
    ("Rằm tháng Giêng", 2025), ("mùng 10 tháng 3 âm lịch", 2026), ("ngày 15/8 âm lịch", 2024),
    ("tháng Chạp", 2025), ("mùng 1 tháng 2 nhuận âm lịch", 2023),
])
def test_lunar_cells_agree_with_lunar_vn(phrase, year):
    lunar_vn = pytest.importorskip("lunar_vn")
    (occ,) = resolve_phrase(phrase, ResolveContext(year=year)).occurrences
    first = lunar_vn.solar_to_lunar(occ.start)
    assert first.year == year
    written = {"Rằm tháng Giêng": (15, 1), "mùng 10 tháng 3 âm lịch": (10, 3), "ngày 15/8 âm lịch": (15, 8),
               "tháng Chạp": (1, 12), "mùng 1 tháng 2 nhuận âm lịch": (1, 2)}[phrase]
    assert (first.day, first.month) == written
    assert first.leap == ("nhuận" in phrase)
