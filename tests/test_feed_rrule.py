"""Repeating schedules (`Occurrence.rrule`) and timed ranges/deadlines in the feeds.

The grammar does not produce them yet: the occurrences are made by hand in the
small plan of test_feed_kit, built into a folder with `build_resolved`, read
back with icalendar and the strict `ical` parser, and expanded with
`recurring_ical_events` to the instances a calendar client shows.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import recurring_ical_events
from ical.calendar_stream import IcsCalendarStream
from icalendar import Calendar
from test_feed_kit import FIXED_NOW, make_resolved, raw_problems

from kh_ical import recur
from kh_ical.build import BuildOptions, build_resolved, checked_parts
from kh_ical.errors import KhIcalError
from kh_ical.feed import FeedOptions, description_text, plan_feeds, render_feed
from kh_ical.model import Kind, Occurrence
from kh_ical.state import load
from kh_ical.text import repeat_text, time_text

D = dt.date
T = dt.time
YEARLY = "FREQ=YEARLY;UNTIL=20301231"
TWICE_MONTHLY = "FREQ=MONTHLY;BYMONTHDAY=10,25;UNTIL=20241231"
MONDAYS = "FREQ=WEEKLY;BYDAY=MO;UNTIL=20240331"
QUARTERLY = "FREQ=MONTHLY;INTERVAL=3;UNTIL=20251231"

REPEATING = {
    # "Hoàn thành trước ngày 15/3 hằng năm", plan 2024–2030
    "I.1": [Occurrence(Kind.DEADLINE, D(2024, 3, 14), D(2024, 3, 14), rrule=YEARLY, basis="trước 15/3 hằng năm")],
    # "ngày 10 và 25 hằng tháng" in 2024
    "I.2": [Occurrence(Kind.DAY, D(2024, 1, 10), D(2024, 1, 10), rrule=TWICE_MONTHLY)],
    # "thứ Hai hằng tuần, 8h–9h30", first quarter of 2024 (1/1/2024 is a Monday)
    "I.3": [Occurrence(Kind.DAY, D(2024, 1, 1), D(2024, 1, 1), time=T(8), end_time=T(9, 30), rrule=MONDAYS)],
    "II.2": [
        # "hằng quý" in 2025, first instance the first quarter (90 days)
        Occurrence(Kind.WINDOW, D(2025, 1, 1), D(2025, 3, 31), label="Triển khai", part=0, rrule=QUARTERLY),
        # "đến 16 giờ ngày 5/9/2025": a timed deadline
        Occurrence(Kind.DEADLINE, D(2025, 9, 5), D(2025, 9, 5), label="Nộp", part=1, time=T(16)),
        # "từ 13h30 đến 16h ngày 5/9/2025"
        Occurrence(Kind.DAY, D(2025, 9, 5), D(2025, 9, 5), label="Hội nghị", part=2, time=T(13, 30),
                   end_time=T(16)),
    ],
}
PERIOD = (D(2023, 1, 1), D(2032, 1, 1))


def build(tmp_path: Path, windows: str = "span", occurrences=None) -> dict[str, bytes]:
    """Build the plan with the repeating occurrences into tmp_path; every feed's bytes."""
    resolved = make_resolved(occurrences=REPEATING if occurrences is None else occurrences)
    report = build_resolved(resolved, tmp_path, BuildOptions(windows=windows), now=FIXED_NOW)
    return {f.path: (tmp_path / f.path).read_bytes() for f in report.feeds}


def instances(data: bytes, needle: str) -> list[tuple]:
    """(start, end) of every instance a client shows of the events whose SUMMARY holds `needle`."""
    cal = Calendar.from_ical(data)
    found = [(e["DTSTART"].dt, e["DTEND"].dt) for e in recurring_ical_events.of(cal).between(*PERIOD)
             if needle in str(e["SUMMARY"])]
    return sorted(found, key=lambda se: (str(se[0]), str(se[1])))


def days(data: bytes, needle: str) -> list[dt.date]:
    return [start for start, _ in instances(data, needle)]


@pytest.mark.parametrize("windows", ["span", "markers", "end"])
def test_every_feed_parses_strictly(tmp_path, windows):
    for path, data in build(tmp_path, windows).items():
        assert raw_problems(data) == [], path
        cal = Calendar.from_ical(data)
        assert all(not e.errors for e in cal.walk()), path
        strict = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
        assert len(strict.events) == data.count(b"BEGIN:VEVENT"), path
        list(recurring_ical_events.of(cal).between(*PERIOD))


def test_yearly_deadline_is_seven_instances(tmp_path):
    data = build(tmp_path)["so-vh.ics"]
    assert b"\r\nRRULE:FREQ=YEARLY;UNTIL=20301231\r\n" in data
    assert instances(data, "Hạn chót: Tổ chức tuyên truyền") == [
        (D(year, 3, 14), D(year, 3, 15)) for year in range(2024, 2031)]


def test_rrule_date_until_goes_with_a_date_dtstart(tmp_path):
    event = next(e for e in Calendar.from_ical(build(tmp_path)["so-vh.ics"]).walk("VEVENT")
                 if "RRULE" in e and "tuyên truyền" in str(e["SUMMARY"]))
    assert event["DTSTART"].params.get("VALUE") == "DATE"
    assert type(event["RRULE"]["UNTIL"][0]) is dt.date


def test_twice_a_month(tmp_path):
    data = build(tmp_path)["bao.ics"]
    assert days(data, "Tuyên truyền") == [D(2024, m, d) for m in range(1, 13) for d in (10, 25)]


def test_weekly_monday_timed_with_end_time(tmp_path):
    data = build(tmp_path)["so-vh.ics"]
    mondays = [D(2024, 1, 1) + dt.timedelta(weeks=n) for n in range(13)]
    got = instances(data, "Ban hành kế hoạch")
    assert [s.date() for s, _ in got] == mondays and mondays[-1] == D(2024, 3, 25)
    assert all((s.time(), e.time(), e - s) == (T(8), T(9, 30), dt.timedelta(minutes=90)) for s, e in got)
    assert all(str(s.tzinfo) == "Asia/Ho_Chi_Minh" for s, _ in got)
    # RFC 5545: with a zoned DTSTART, UNTIL is UTC: the end of 31/3/2024 in Hồ Chí Minh City
    assert b"\r\nRRULE:FREQ=WEEKLY;UNTIL=20240331T165959Z;BYDAY=MO\r\n" in data
    assert b"BEGIN:VTIMEZONE" in data


def test_quarterly_window_span_markers_and_end(tmp_path):
    span = build(tmp_path / "span")["so-vh.ics"]
    assert [s for s, _ in instances(span, "Triển khai")] == [D(2025, 1, 1), D(2025, 4, 1), D(2025, 7, 1),
                                                               D(2025, 10, 1)]
    markers = build(tmp_path / "markers", "markers")["so-vh.ics"]
    assert days(markers, "Bắt đầu · Triển khai") == [D(2025, 1, 1), D(2025, 4, 1), D(2025, 7, 1), D(2025, 10, 1)]
    # the end markers recur on each quarter's last day, the last quarter's too (UNTIL moved by 89 days)
    quarter_ends = [D(2025, 3, 31), D(2025, 6, 30), D(2025, 9, 30), D(2025, 12, 31)]
    assert days(markers, "Kết thúc · Triển khai") == quarter_ends
    assert days(build(tmp_path / "end", "end")["so-vh.ics"], "Kết thúc · Triển khai") == quarter_ends


def test_markers_keep_the_last_instance_of_a_yearly_window(tmp_path):
    occ = {"I.1": [Occurrence(Kind.WINDOW, D(2025, 1, 1), D(2025, 1, 10), rrule="FREQ=YEARLY;UNTIL=20271231")]}
    data = build(tmp_path, "markers", occ)["so-vh.ics"]
    assert days(data, "Bắt đầu: Tổ chức") == [D(2025, 1, 1), D(2026, 1, 1), D(2027, 1, 1)]
    assert days(data, "Kết thúc: Tổ chức") == [D(2025, 1, 10), D(2026, 1, 10), D(2027, 1, 10)]
    assert b"RRULE:FREQ=YEARLY;UNTIL=20280109\r\n" in data


def test_markers_of_a_weekly_window_move_the_weekday(tmp_path):
    # Monday to Wednesday every week of January 2024
    occ = {"I.1": [Occurrence(Kind.WINDOW, D(2024, 1, 1), D(2024, 1, 3),
                              rrule="FREQ=WEEKLY;BYDAY=MO;UNTIL=20240131")]}
    data = build(tmp_path, "markers", occ)["so-vh.ics"]
    assert days(data, "Bắt đầu: Tổ chức") == [D(2024, 1, d) for d in (1, 8, 15, 22, 29)]
    assert days(data, "Kết thúc: Tổ chức") == [D(2024, 1, d) for d in (3, 10, 17, 24, 31)]


def test_an_end_marker_no_rrule_can_hold_is_a_clear_error(tmp_path):
    # from the 20th to the 10th of the next month, on the 20th of each month: the ends are not one rule
    occ = {"I.1": [Occurrence(Kind.WINDOW, D(2024, 1, 20), D(2024, 2, 10),
                              rrule="FREQ=MONTHLY;BYMONTHDAY=20;UNTIL=20241231")]}
    with pytest.raises(KhIcalError, match="I.1: .*--windows span"):
        build(tmp_path, "markers", occ)
    assert build(tmp_path / "span", "span", occ)  # one recurring event over each instance is fine


def test_timed_deadline_ends_at_its_time(tmp_path):
    """The half hour before the deadline, so that no client shows it running past it
    (khal reads DTSTART = DTEND as an hour from then)."""
    data = build(tmp_path)["so-vh.ics"]
    [(start, end)] = instances(data, "Nộp")
    assert (start.time(), end.time(), end.date()) == (T(15, 30), T(16), D(2025, 9, 5))


def test_timed_window_with_end_time(tmp_path):
    data = build(tmp_path)["so-vh.ics"]
    [(start, end)] = instances(data, "Hội nghị")
    assert (start.time(), end.time(), start.date(), end.date()) == (T(13, 30), T(16), D(2025, 9, 5), D(2025, 9, 5))
    assert b"DTSTART;TZID=Asia/Ho_Chi_Minh:20250905T133000\r\nDTEND;TZID=Asia/Ho_Chi_Minh:20250905T160000" in data


# "từ 07 giờ ngày 25/11/2025 đến 07 giờ ngày 02/12/2025", "từ 8 giờ ngày 16/12/2025 đến 15/1/2026"
OVERNIGHT = {"II.2": [
    Occurrence(Kind.WINDOW, D(2025, 11, 25), D(2025, 12, 2), label="Trực", part=0, time=T(7), end_time=T(7)),
    Occurrence(Kind.WINDOW, D(2025, 12, 16), D(2026, 1, 15), label="Thi", part=1, time=T(8)),
]}


@pytest.mark.parametrize("windows", ["span", "markers", "end"])
def test_timed_windows_over_several_days(tmp_path, windows):
    """A window with a start hour runs from that hour of its first day to its end hour on its last day,
    or to the end of that day; its markers stand at those hours (the end marker all day without one)."""
    data = build(tmp_path, windows, OVERNIGHT)["so-vh.ics"]
    assert raw_problems(data) == []
    IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    duty, exam = instances(data, "Trực"), instances(data, "Thi")
    naive = [[(s.replace(tzinfo=None) if isinstance(s, dt.datetime) else s,
               e.replace(tzinfo=None) if isinstance(e, dt.datetime) else e) for s, e in found]
             for found in (duty, exam)]
    at = dt.datetime
    if windows == "span":
        assert naive == [[(at(2025, 11, 25, 7), at(2025, 12, 2, 7))], [(at(2025, 12, 16, 8), at(2026, 1, 16))]]
    elif windows == "markers":
        assert naive == [[(at(2025, 11, 25, 7), at(2025, 11, 25, 9)), (at(2025, 12, 2, 7), at(2025, 12, 2, 9))],
                         [(at(2025, 12, 16, 8), at(2025, 12, 16, 10)), (D(2026, 1, 15), D(2026, 1, 16))]]
    else:  # markers last TIMED_DURATION (2 hours)
        assert naive == [[(at(2025, 12, 2, 7), at(2025, 12, 2, 9))], [(D(2026, 1, 15), D(2026, 1, 16))]]
    if windows == "span":
        text = Calendar.from_ical(data)
        described = [str(e["DESCRIPTION"]) for e in text.walk("VEVENT") if "Thi" in str(e["SUMMARY"])]
        assert "từ 08:00 ngày 16/12/2025 đến hết ngày 15/1/2026" in described[0]


def test_descriptions_say_the_schedule_in_vietnamese(tmp_path):
    data = build(tmp_path)["so-vh.ics"]
    text = {str(e["SUMMARY"]): str(e["DESCRIPTION"]) for e in Calendar.from_ical(data).walk("VEVENT")}
    yearly = next(v for k, v in text.items() if "tuyên truyền" in k)
    assert "Ngày: 14/3/2024 (lần đầu)\nLặp lại: hằng năm, đến 31/12/2030\n" in yearly
    weekly = next(v for k, v in text.items() if "Ban hành" in k)
    assert "Ngày: 08:00–09:30 1/1/2024 (lần đầu)\nLặp lại: thứ Hai hằng tuần, đến 31/3/2024" in weekly
    assert "Lặp lại: hằng quý, đến 31/12/2025" in next(v for k, v in text.items() if "Triển khai" in k)
    assert "Ngày: 13:30–16:00 5/9/2025\n" in next(v for k, v in text.items() if "Hội nghị" in k)


def test_repeat_and_time_text():
    assert repeat_text("FREQ=MONTHLY;BYMONTHDAY=10,25;UNTIL=20261231") == "ngày 10 và 25 hằng tháng, đến 31/12/2026"
    assert repeat_text("FREQ=WEEKLY;BYDAY=MO;UNTIL=20261231") == "thứ Hai hằng tuần, đến 31/12/2026"
    assert repeat_text("FREQ=MONTHLY;INTERVAL=6;UNTIL=20301231") == "6 tháng một lần, đến 31/12/2030"
    assert repeat_text("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=15;UNTIL=20301231") == "ngày 15 tháng 3 hằng năm, đến 31/12/2030"
    assert time_text(T(13, 30), T(16)) == "13:30–16:00" and time_text(T(8)) == "08:00"


@pytest.mark.parametrize("bad", ["FREQ=YEARLY", "FREQ=HOURLY;UNTIL=20301231", "FREQ=YEARLY;UNTIL=20301231T000000Z",
                                 "FREQ=YEARLY;UNTIL=20301231\r\nX:1", "FREQ=WEEKLY;BYSETPOS=1;UNTIL=20301231",
                                 "FREQ=YEARLY;UNTIL=20300231", "FREQ=YEARLY;COUNT=0"])
def test_a_rule_kh_ical_cannot_publish_is_a_clear_error(tmp_path, bad):
    with pytest.raises(recur.RuleError, match="lịch lặp không hợp lệ"):
        recur.parse(bad)
    occ = {"I.1": [Occurrence(Kind.DEADLINE, D(2024, 3, 14), D(2024, 3, 14), rrule=bad)]}
    with pytest.raises(KhIcalError, match="I.1: lịch lặp không hợp lệ"):
        build(tmp_path, occurrences=occ)


def test_end_time_before_the_start_is_a_clear_error(tmp_path):
    occ = {"I.1": [Occurrence(Kind.DAY, D(2024, 3, 14), D(2024, 3, 14), time=T(16), end_time=T(13, 30))]}
    with pytest.raises(KhIcalError, match="I.1: giờ kết thúc 13:30 không sau giờ bắt đầu 16:00"):
        build(tmp_path, occurrences=occ)


def test_the_simple_writer_gives_the_same_bytes():
    """icalendar's own writer (render_feed(simple=True)) and the fast one agree, RRULE included."""
    for windows in ("span", "markers"):
        for content in plan_feeds(make_resolved(occurrences=REPEATING), FeedOptions(windows=windows),
                                  lambda s: f"{s}.ics"):
            from kh_ical.feed import Stamp

            stamps = {e.uid: Stamp(2, FIXED_NOW) for e in content.events}
            assert render_feed(content, stamps) == render_feed(content, stamps, simple=True), content.spec.slug


def test_changing_the_rule_or_the_end_time_bumps_sequence(tmp_path):
    build(tmp_path)
    uid_of = {}
    for content in plan_feeds(make_resolved(occurrences=REPEATING), FeedOptions(), lambda s: f"{s}.ics"):
        for e in content.events:
            uid_of[(content.spec.slug, e.summary)] = e.uid
    before = load(tmp_path).events
    changed = {**REPEATING, "I.1": [Occurrence(Kind.DEADLINE, D(2024, 3, 14), D(2024, 3, 14),
                                                rrule="FREQ=YEARLY;UNTIL=20281231", basis="trước 15/3 hằng năm")],
               "II.2": [*REPEATING["II.2"][:2], Occurrence(Kind.DAY, D(2025, 9, 5), D(2025, 9, 5), label="Hội nghị",
                                                           part=2, time=T(13, 30), end_time=T(17))]}
    report = build_resolved(make_resolved(occurrences=changed), tmp_path, now=FIXED_NOW + dt.timedelta(days=1))
    after = load(tmp_path).events
    bumped = {uid for uid in after if after[uid].sequence != before[uid].sequence}
    i1 = {u for (slug, summary), u in uid_of.items() if "Tổ chức tuyên truyền" in summary}
    meeting = {u for (slug, summary), u in uid_of.items() if "Hội nghị" in summary}
    assert i1 and meeting and bumped == i1 | meeting == set(report.events.changed)
    assert all(after[u].sequence == 1 for u in bumped)
    data = (tmp_path / "so-vh.ics").read_bytes()
    assert b"UNTIL=20281231" in data and b"DTEND;TZID=Asia/Ho_Chi_Minh:20250905T170000" in data
    assert "Lặp lại: hằng năm, đến 31/12/2028" in description_text(
        make_resolved().plan, make_resolved().plan.tasks[0], changed["I.1"][0])


def test_the_build_guard_accepts_rrule_lines(tmp_path):
    data = build(tmp_path)["tat-ca.ics"]
    assert data.count(b"\r\nRRULE:") == 4
    assert b"".join(checked_parts("tat-ca.ics", [data], data.count(b"BEGIN:VEVENT"))) == data


def test_pages_say_the_schedule_and_count_every_instance_as_a_milestone():
    from kh_ical.site import render_site

    pages = render_site(make_resolved(occurrences=REPEATING), [])
    page = pages["co-quan/so-vh.html"].decode("utf-8")
    assert "Hạn 14/3/2024 (lần đầu)" in page and "Lặp lại: hằng năm, đến 31/12/2030" in page
    assert "1/1/2024 lúc 08:00–09:30 (lần đầu)" in page and "Lặp lại: thứ Hai hằng tuần, đến 31/3/2024" in page
    assert "5/9/2025 lúc 13:30–16:00" in page and "Hạn 5/9/2025 lúc 16:00" in page
    index = pages["index.html"].decode("utf-8")
    due = index.split('data-label="Mốc tiếp theo" data-due="', 2)[1:]
    so_vh = next(d.split('"', 1)[0] for d in due if "I.1" in d.split('"', 1)[0])
    # every yearly deadline, every quarter's last day (same length as the first quarter), every Monday
    assert all(f"{y}-03-14|I.1" in so_vh for y in range(2024, 2031))
    assert "2024-03-25|I.3" in so_vh and "2025-12-29|II.2" in so_vh  # 1/10 + 89 days
