"""The constructs of real plans end to end: `check` warnings the resolver leaves for
the cell's own words, and a plan with repeating and timed cells built into feeds that a
strict parser reads and that expand to the dates worked out by hand."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import icalendar
import pytest
import recurring_ical_events
from click.testing import CliRunner
from ical.calendar_stream import IcsCalendarStream
from test_check import write_data

from kh_ical.cli import cli


def invoke(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.mark.parametrize("timing, words", [
    ("Ngày 5/11/2025 (thứ Năm)", "ô ghi thứ Năm nhưng ngày 5/11/2025 là thứ Tư"),  # 5/11/2025 is a Wednesday
    ("Thứ Ba 6/11/2025", "ô ghi thứ Ba nhưng ngày 6/11/2025 là thứ Năm"),
    ("2 ngày, từ 5/9 đến 7/9/2025", "ô ghi 2 ngày nhưng các ngày ghi là 5/9/2025 – 7/9/2025 (3 ngày)"),
])
def test_check_warns_when_the_cells_own_words_disagree(tmp_path, timing, words):
    data = write_data(tmp_path / "data", timing=timing)
    result = invoke("check", "--data", str(data))
    assert result.exit_code == 0, result.output
    assert words in result.output


@pytest.mark.parametrize("timing", ["Ngày 5/11/2025 (thứ Tư)", "Thứ Tư 5/11/2025", "3 ngày, từ 5/9 đến 7/9/2025"])
def test_check_is_silent_when_they_agree(tmp_path, timing):
    data = write_data(tmp_path / "data", timing=timing)
    assert "ô ghi" not in invoke("check", "--data", str(data)).output


def plan_with(tmp_path: Path, cells: dict[str, str], end: str | None) -> Path:
    data = write_data(tmp_path / "data")
    doc = json.loads((data / "tasks.json").read_text(encoding="utf-8"))
    if end:
        doc["plan"]["end"] = end
    base = doc["tasks"][1]
    doc["tasks"] = [dict(base, id=f"I.{k}", timing=t) for k, t in enumerate(cells.values(), 1)]
    (data / "tasks.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return data


def expanded(feed: Path, summary_part: str) -> list:
    cal = icalendar.Calendar.from_ical(feed.read_bytes())
    events = recurring_ical_events.of(cal).between(dt.date(2023, 1, 1), dt.date(2031, 1, 1))
    return sorted((e for e in events if summary_part in str(e["SUMMARY"])), key=lambda e: str(e["DTSTART"].dt))


def test_repeating_and_timed_cells_build_into_feeds_clients_expand(tmp_path):
    # Plan issued 30/5/2023, running to 31/12/2025. Worked out by hand:
    # "trước ngày 15/3 hằng năm" → deadlines 14/3/2024 and 14/3/2025 (14/3/2023 is before the plan);
    # "ngày 10 và 25 hằng tháng" → 10/6/2023 … 25/12/2025: 31 months × 2 = 62 days;
    # "thứ Hai hằng tuần" → Mondays 5/6/2023 … 29/12/2025: 135;
    # "Hằng quý" → quarters from Q2 2023 to Q4 2025 (11), each whole (Q1 2024 ends 31/3, a leap year);
    # "từ 13h30 đến 16h ngày 5/9/2025" → 13:30–16:00 local time; "đến 16 giờ ngày 5/9/2025" → the half
    # hour that ends at 16:00.
    cells = {"yearly": "trước ngày 15/3 hằng năm", "monthly": "ngày 10 và 25 hằng tháng",
             "weekly": "thứ Hai hằng tuần", "quarters": "Hằng quý", "meeting": "từ 13h30 đến 16h ngày 5/9/2025",
             "due": "đến 16 giờ ngày 5/9/2025"}
    data = plan_with(tmp_path, cells, "2025-12-31")
    out = tmp_path / "feeds"
    result = invoke("build", "--data", str(data), "--out", str(out))
    assert result.exit_code == 0, result.output
    feed = out / "tat-ca.ics"
    IcsCalendarStream.calendar_from_ics(feed.read_text(encoding="utf-8"))  # the strict parser accepts it
    cal = icalendar.Calendar.from_ical(feed.read_bytes())
    by_task: dict[str, list] = {}
    for ev in recurring_ical_events.of(cal).between(dt.date(2023, 1, 1), dt.date(2031, 1, 1)):
        task = next(t for t in ("I.1", "I.2", "I.3", "I.4", "I.5", "I.6") if t in str(ev["DESCRIPTION"]))
        by_task.setdefault(task, []).append(ev)
    starts = {t: sorted(e["DTSTART"].dt for e in evs) for t, evs in by_task.items()}
    assert starts["I.1"] == [dt.date(2024, 3, 14), dt.date(2025, 3, 14)]
    assert len(starts["I.2"]) == 62 and starts["I.2"][0] == dt.date(2023, 6, 10) and starts["I.2"][-1] == dt.date(2025, 12, 25)
    assert len(starts["I.3"]) == 135 and {d.weekday() for d in starts["I.3"]} == {0}
    assert starts["I.3"][0] == dt.date(2023, 6, 5) and starts["I.3"][-1] == dt.date(2025, 12, 29)
    quarters = sorted((e["DTSTART"].dt, e["DTEND"].dt) for e in by_task["I.4"])
    assert len(quarters) == 11 and quarters[0] == (dt.date(2023, 4, 1), dt.date(2023, 7, 1))
    assert (dt.date(2024, 1, 1), dt.date(2024, 4, 1)) in quarters and quarters[-1][1] == dt.date(2026, 1, 1)
    (meeting,) = by_task["I.5"]
    assert (meeting["DTSTART"].dt.strftime("%H:%M"), meeting["DTEND"].dt.strftime("%H:%M")) == ("13:30", "16:00")
    assert str(meeting["DTSTART"].dt.tzinfo) == "Asia/Ho_Chi_Minh"
    (due,) = by_task["I.6"]
    assert (due["DTSTART"].dt.strftime("%H:%M"), due["DTEND"].dt.strftime("%H:%M")) == ("15:30", "16:00")
    # The schedule is said in words where people read it.
    assert "hằng năm" in feed.read_text(encoding="utf-8").replace("\r\n ", "")


def test_a_repeat_with_no_plan_end_stops_a_year_after_its_first_instance(tmp_path):
    data = plan_with(tmp_path, {"yearly": "trước ngày 15/3 hằng năm"}, None)
    out = tmp_path / "feeds"
    assert invoke("build", "--data", str(data), "--out", str(out)).exit_code == 0
    cal = icalendar.Calendar.from_ical((out / "tat-ca.ics").read_bytes())
    days = sorted(e["DTSTART"].dt for e in recurring_ical_events.of(cal).between(dt.date(2023, 1, 1), dt.date(2031, 1, 1)))
    assert days == [dt.date(2024, 3, 14), dt.date(2025, 3, 14)]  # first 14/3/2024, until 14/3/2025


def test_plan_end_before_its_date_is_refused(tmp_path):
    data = plan_with(tmp_path, {"x": "Tháng 6/2023"}, "2022-01-01")
    result = invoke("check", "--data", str(data))
    assert result.exit_code == 1 and "plan.end" in result.output
