"""feed.py: event content, UIDs, calendar properties, bytes on the wire, golden files."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs
from ical.calendar_stream import IcsCalendarStream
from icalendar import Calendar
from test_feed_kit import FIXED_NOW, HOSTILE, make_resolved, raw_problems, with_text

from kh_ical import state as st
from kh_ical.agencies import Role
from kh_ical.feed import (
    FeedContent,
    FeedOptions,
    Stamp,
    event_uid,
    plan_feeds,
    presentations,
    render_feed,
    short_text,
    summary_text,
)
from kh_ical.model import Kind, Occurrence

GOLDEN = Path(__file__).parent / "golden"
D = dt.date


def render_all(resolved=None, options=FeedOptions(), now=FIXED_NOW) -> dict[str, bytes]:
    """Every feed of the hand-made plan, stamped as a first build at `now`."""
    contents = plan_feeds(resolved or make_resolved(), options, lambda slug: f"{slug}.ics")
    state = st.diff(st.State(), {e.uid: "x" for c in contents for e in c.events}, now)
    return {c.spec.path: render_feed(c, _stamps(c, state)) for c in contents}


def _stamps(content: FeedContent, state: st.State) -> dict[str, Stamp]:
    return {e.uid: Stamp(state.events[e.uid].sequence, state.events[e.uid].changed) for e in content.events}


def events_of(data: bytes) -> list:
    return Calendar.from_ical(data).walk("VEVENT")


def by_summary(data: bytes, needle: str):
    found = [e for e in events_of(data) if needle in str(e["SUMMARY"])]
    assert len(found) == 1, [str(e["SUMMARY"]) for e in events_of(data)]
    return found[0]


# ---------------------------------------------------------------- all-day semantics


def test_dtend_is_inclusive_end_plus_one_day():
    feeds = render_all()
    window = by_summary(feeds["so-vh.ics"], "Tổ chức tuyên truyền")
    assert window.decoded("DTSTART") == D(2023, 6, 1)
    assert window.decoded("DTEND") == D(2023, 9, 1)  # last day 31/8 + 1
    deadline = by_summary(feeds["so-vh.ics"], "Hạn chót")
    assert deadline.decoded("DTSTART") == D(2023, 12, 22)
    assert deadline.decoded("DTEND") == D(2023, 12, 23)  # a one-day deadline too


def test_dates_carry_value_date_and_no_tzid():
    text = render_all()["bao.ics"].decode()
    assert "DTSTART;VALUE=DATE:20230809\r\n" in text
    assert "DTEND;VALUE=DATE:20230810\r\n" in text
    assert "TZID" not in text  # bao has no timed event


def test_timed_occurrence_is_a_timed_event_with_vtimezone():
    data = render_all()["so-vh.ics"]
    text = data.decode()
    assert "DTSTART;TZID=Asia/Ho_Chi_Minh:20241010T080000\r\n" in text
    assert "DTEND;TZID=Asia/Ho_Chi_Minh:20241010T100000\r\n" in text  # 2 hours
    assert text.count("BEGIN:VTIMEZONE") == 1 and "TZID:Asia/Ho_Chi_Minh\r\n" in text
    assert "COMMENT" not in text  # libical refuses COMMENT in VTIMEZONE
    ev = by_summary(data, "Tổng kết trao giải")
    assert ev.decoded("DTSTART").utcoffset() == dt.timedelta(hours=7)


# ---------------------------------------------------------------- text


def test_summary_has_role_kind_label_and_short_task():
    occ = Occurrence(Kind.DEADLINE, D(2024, 1, 1), D(2024, 1, 1), label="Tổng kết")
    task = make_resolved().plan.tasks[1]
    text = summary_text(task, occ, Role.PARTNER, "")
    assert text.startswith('[Phối hợp] Hạn chót · Tổng kết: Tuyên truyền; "kỷ niệm"')
    assert text.endswith("…") and len(text) < 100


def test_whole_plan_feed_has_no_role():
    feeds = render_all()
    summaries = [str(e["SUMMARY"]) for e in events_of(feeds["tat-ca.ics"])]
    assert summaries and not any(s.startswith("[") for s in summaries)
    assert all(str(e["SUMMARY"]).startswith("[") for e in events_of(feeds["so-vh.ics"]))


@pytest.mark.parametrize(
    "text,limit,expected",
    [
        ("Ngắn gọn", 60, "Ngắn gọn"),
        ("- Tổ chức hội thi tìm hiểu lịch sử", 20, "Tổ chức hội thi…"),
        ("một hai ba bốn năm sáu bảy", 12, "một hai ba…"),
        ("x" * 30, 10, "x" * 9 + "…"),
        ("Tuyên truyền,   kỷ niệm,\n ngày lễ", 19, "Tuyên truyền, kỷ…"),
    ],
)
def test_short_text_cuts_at_a_word(text, limit, expected):
    assert short_text(text, limit) == expected
    assert len(short_text(text, limit)) <= limit


def test_description_explains_the_date():
    ev = by_summary(render_all()["so-vh.ics"], "phóng sự")
    desc = str(ev["DESCRIPTION"])
    assert "Nhiệm vụ II.1: Xây dựng phóng sự kỷ niệm 20 năm" in desc
    assert "Chủ trì: UBND các huyện, thành phố" in desc
    assert "Phối hợp: Sở Văn hóa, Thể thao và Du lịch" in desc
    assert "Thời gian (theo kế hoạch): Hoàn thành trước sự kiện 10 ngày" in desc
    assert "Cách tính ngày: 10 ngày trước Kỷ niệm 20 năm chia tách, thành lập tỉnh (1/1/2024)" in desc
    assert "KH 99 (99-KH/TEST) ngày 30/5/2023 của Ban Tuyên giáo Tỉnh ủy" in desc
    assert ev["CATEGORIES"].cats == ["Mục II", "Phối hợp"]


def test_tentative_and_approximate_caveats_and_status():
    data = render_all()["huyen-b.ics"]
    ev = by_summary(data, "băng rôn")
    assert ev["STATUS"] == "TENTATIVE"
    desc = str(ev["DESCRIPTION"])
    assert "ngày gần đúng" in desc and "Lễ mít tinh kỷ niệm mới là dự kiến" in desc
    assert "Ghi chú: vào các thời điểm phù hợp" in desc
    assert all(e["TRANSP"] == "TRANSPARENT" for e in events_of(data))
    assert by_summary(render_all()["so-vh.ics"], "Hạn chót")["STATUS"] == "CONFIRMED"


def test_generic_partners_are_named():
    desc = str(by_summary(render_all()["bao.ics"], "Hạn chót")["DESCRIPTION"])
    assert "Phối hợp: UBND các huyện, thành phố; Các đơn vị có liên quan" in desc


def test_hostile_text_is_escaped_and_round_trips():
    data = render_all()["bao.ics"]
    assert raw_problems(data) == []
    assert b"<script>" in data  # kept as text; escaping HTML is the site's job
    desc = str(by_summary(data, "Hạn chót")["DESCRIPTION"])
    assert 'Tuyên truyền; "kỷ niệm", ảnh\\video dòng mới <script>alert(1)</script> &' in desc
    parsed = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    assert any("ảnh\\video" in (e.description or "") for e in parsed.events)


def test_names_with_commas_and_semicolons_round_trip():
    data = render_all()["so-vh.ics"]
    text = data.decode()
    assert "X-WR-CALNAME:KH 99 · Sở VH\\,TT&DL\r\n" in text
    assert "NAME:KH 99 · Sở VH\\,TT&DL\r\n" in text
    # icalendar 7.3 reads NAME / X-WR-* as raw vUnknown: unescape as TEXT (RFC 5545 3.3.11)
    cal = Calendar.from_ical(data)
    assert as_text(cal["X-WR-CALNAME"]) == "KH 99 · Sở VH,TT&DL"
    assert as_text(cal["NAME"]) == "KH 99 · Sở VH,TT&DL"
    assert "Sở Văn hóa, Thể thao và Du lịch" in as_text(cal["X-WR-CALDESC"])
    assert as_text(cal["DESCRIPTION"]) == as_text(cal["X-WR-CALDESC"])
    strict = IcsCalendarStream.calendar_from_ics(text)  # ical unescapes NAME itself
    assert strict.name == ["KH 99 · Sở VH,TT&DL"]  # one value, comma kept
    assert {x.name: x.value for x in strict.extras}["x-wr-calname"] == "KH 99 · Sở VH\\,TT&DL"
    semi = render_all()["huyen-b.ics"]
    assert IcsCalendarStream.calendar_from_ics(semi.decode()).name == ["KH 99 · UBND huyện B; thị xã"]
    assert as_text(Calendar.from_ical(semi)["X-WR-CALNAME"]) == "KH 99 · UBND huyện B; thị xã"
    assert raw_problems(semi) == []


def as_text(prop) -> str:
    """RFC 5545 TEXT unescaping of a raw value."""
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m[1] in "nN" else m[1], str(prop))


# ---------------------------------------------------------------- calendar properties


def test_calendar_properties():
    text = render_all(options=FeedOptions(base_url="https://lich.example.vn/kh/"))["so-vh.ics"].decode()
    head = text.split("BEGIN:V", 2)[1]
    for line in (
        "VERSION:2.0", "PRODID:-//kh-ical//kh-ical//VI", "CALSCALE:GREGORIAN",
        "REFRESH-INTERVAL;VALUE=DURATION:PT12H", "X-PUBLISHED-TTL:PT12H",
        "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
        "SOURCE;VALUE=URI:https://lich.example.vn/kh/so-vh.ics",
        "URL;VALUE=URI:https://lich.example.vn/kh/so-vh.ics",
    ):
        assert f"\r\n{line}\r\n" in head, line
    assert "METHOD" not in text and "ORGANIZER" not in text
    assert "SOURCE" not in render_all()["so-vh.ics"].decode()


def test_no_alarm_by_default_and_one_display_alarm_with_remind():
    assert b"VALARM" not in b"".join(render_all().values())
    data = render_all(options=FeedOptions(remind=dt.timedelta(days=3)))["bao.ics"]
    ev = events_of(data)[0]
    alarms = ev.walk("VALARM")
    assert len(alarms) == 1
    assert alarms[0]["ACTION"] == "DISPLAY"
    assert alarms[0].decoded("TRIGGER") == -dt.timedelta(days=3)
    assert str(alarms[0]["DESCRIPTION"]) == str(ev["SUMMARY"])
    assert "TRIGGER:-P3D\r\n" in data.decode()
    IcsCalendarStream.calendar_from_ics(data.decode())


# ---------------------------------------------------------------- windows and UIDs


def test_window_modes():
    occ = Occurrence(Kind.WINDOW, D(2024, 1, 1), D(2024, 3, 31))
    assert presentations(occ, "span") == [("", D(2024, 1, 1), D(2024, 3, 31))]
    assert presentations(occ, "end") == [("end", D(2024, 3, 31), D(2024, 3, 31))]
    assert presentations(occ, "markers") == [
        ("start", D(2024, 1, 1), D(2024, 1, 1)), ("end", D(2024, 3, 31), D(2024, 3, 31))
    ]
    deadline = Occurrence(Kind.DEADLINE, D(2024, 1, 1), D(2024, 1, 1))
    assert presentations(deadline, "markers") == [("", D(2024, 1, 1), D(2024, 1, 1))]


def test_markers_mode_feed():
    data = render_all(options=FeedOptions(windows="markers"))["so-vh.ics"]
    start = by_summary(data, "Bắt đầu · Triển khai")
    end = by_summary(data, "Kết thúc · Triển khai")
    assert (start.decoded("DTSTART"), start.decoded("DTEND")) == (D(2024, 1, 1), D(2024, 1, 2))
    assert (end.decoded("DTSTART"), end.decoded("DTEND")) == (D(2024, 3, 31), D(2024, 4, 1))
    assert "từ 1/1/2024 đến 31/3/2024" in str(start["DESCRIPTION"])
    ends = render_all(options=FeedOptions(windows="end"))["so-vh.ics"]
    assert by_summary(ends, "Kết thúc · Triển khai")["UID"] == end["UID"]
    assert "Bắt đầu" not in ends.decode()


def test_uid_depends_on_identity_only():
    uid = event_uid("171-KH/BTGTU", "so-vh", "III.1", 0, "20-nam", "")
    assert uid == event_uid("171-KH/BTGTU", "so-vh", "III.1", 0, "20-nam", "")
    others = {
        event_uid("171-KH/BTGTU", "bao", "III.1", 0, "20-nam", ""),
        event_uid("171-KH/BTGTU", "so-vh", "III.2", 0, "20-nam", ""),
        event_uid("171-KH/BTGTU", "so-vh", "III.1", 1, "20-nam", ""),
        event_uid("171-KH/BTGTU", "so-vh", "III.1", 0, "115-nam", ""),
        event_uid("171-KH/BTGTU", "so-vh", "III.1", 0, "20-nam", "end"),
        event_uid("172-KH/BTGTU", "so-vh", "III.1", 0, "20-nam", ""),
    }
    assert uid not in others and len(others) == 6
    assert uid.endswith("@kh-ical")


def test_uids_stable_when_dates_and_text_change():
    base = {str(e["UID"]) for e in events_of(render_all()["so-vh.ics"])}
    resolved = make_resolved()
    moved = replace(resolved, occurrences=tuple(
        replace(to, task=replace(to.task, content=to.task.content + " (sửa)"),
                occurrence=replace(to.occurrence, start=to.occurrence.start and to.occurrence.start
                                   + dt.timedelta(days=3), end=to.occurrence.end and to.occurrence.end
                                   + dt.timedelta(days=3)))
        for to in resolved.occurrences))
    assert {str(e["UID"]) for e in events_of(render_all(moved)["so-vh.ics"])} == base


def test_uids_distinct_across_feeds_and_unique_within():
    seen: dict[str, str] = {}
    for path, data in render_all().items():
        for ev in events_of(data):
            uid = str(ev["UID"])
            assert uid not in seen, (uid, path, seen.get(uid))
            seen[uid] = path


def test_group_and_members_get_the_group_tasks_and_empty_agency_gets_one_event():
    feeds = render_all()
    group = {str(e["SUMMARY"]) for e in events_of(feeds["ubnd-huyen.ics"])}
    for member in ("huyen-a.ics", "huyen-b.ics"):
        mine = {str(e["SUMMARY"]) for e in events_of(feeds[member])}
        assert group <= mine
    empty = events_of(feeds["so-tc.ics"])
    assert len(empty) == 1 and "không có nhiệm vụ" in str(empty[0]["SUMMARY"])


def test_events_are_sorted_by_date():
    starts = [e.decoded("DTSTART") for e in events_of(render_all()["tat-ca.ics"])]
    keys = [(s if isinstance(s, dt.datetime) else dt.datetime.combine(s, dt.time.min)).replace(tzinfo=None)
            for s in starts]
    assert keys == sorted(keys)


def test_undated_and_unresolved_are_left_out():
    text = render_all()["tat-ca.ics"].decode()
    assert "Theo dõi" not in text and "Báo cáo sơ kết" not in text


# ---------------------------------------------------------------- bytes and parsers


@pytest.mark.parametrize("windows", ["span", "markers", "end"])
def test_every_feed_is_clean_and_parses_strictly(windows):
    for path, data in render_all(options=FeedOptions(windows=windows, remind=dt.timedelta(days=1))).items():
        assert raw_problems(data) == [], path
        cal = Calendar.from_ical(data)
        assert all(not e.errors for e in cal.walk())
        parsed = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
        assert len(parsed.events) == len(cal.walk("VEVENT")) == data.count(b"BEGIN:VEVENT")


def test_raw_checker_catches_defects():
    good = render_all()["bao.ics"]
    assert raw_problems(b"\xef\xbb\xbf" + good)
    assert raw_problems(good.replace(b"\r\n", b"\n"))
    assert raw_problems(good.replace(b"SUMMARY:[", b"SUMMARY:a;b,[", 1))
    assert raw_problems(good.replace(b"DTEND;VALUE=DATE:20230810", b"DTEND;VALUE=DATE:20230809"))
    long_line = "DESCRIPTION:" + "ệ" * 30 + "\r\n"
    assert raw_problems(good.replace(b"END:VEVENT", long_line.encode() + b"END:VEVENT", 1))
    split = "ệ".encode()
    bad_fold = b"SUMMARY:a" + split[:1] + b"\r\n " + split[1:] + b"\r\n"
    assert raw_problems(good.replace(b"END:VEVENT", bad_fold + b"END:VEVENT", 1))


def test_folding_never_splits_multibyte_characters():
    occ = {"I.1": [Occurrence(Kind.WINDOW, D(2023, 6, 1), D(2023, 6, 2), note="ệ" * 200 + "𝔸" * 50)]}
    data = render_all(make_resolved(occurrences=occ))["so-vh.ics"]
    assert raw_problems(data) == []
    assert "ệ" * 200 + "𝔸" * 50 in str(by_summary(data, "tuyên truyền")["DESCRIPTION"])


# ---------------------------------------------------------------- golden files

GOLDEN_CASES = {
    "span": FeedOptions(),
    "markers-remind": FeedOptions(windows="markers", remind=dt.timedelta(days=3),
                                  base_url="https://lich.example.vn/kh-99"),
}


@pytest.mark.parametrize("case", sorted(GOLDEN_CASES))
def test_golden_feeds(case, update_golden):
    feeds = render_all(options=GOLDEN_CASES[case])
    folder = GOLDEN / case
    if update_golden:
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.ics"):
            old.unlink()
        for path, data in feeds.items():
            (folder / path).write_bytes(data)
    expected = {p.name: p.read_bytes() for p in sorted(folder.glob("*.ics"))}
    assert sorted(expected) == sorted(feeds)
    for path, data in feeds.items():
        assert data == expected[path], f"{case}/{path} differs from tests/golden (pytest --update-golden)"


def test_golden_text_survives():
    assert HOSTILE.split()[0] == "Tuyên"  # the golden plan keeps its hostile cell


# ---------------------------------------------------------------- any text at all

_ANY_TEXT = hs.text(hs.characters(blacklist_categories=("Cs",)), max_size=300)


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(content=_ANY_TEXT, note=_ANY_TEXT, label=_ANY_TEXT, name=_ANY_TEXT)
def test_any_cell_text_gives_a_clean_strictly_parsed_feed(content, note, label, name):
    resolved = with_text(content, note, label, name)
    data = render_all(resolved)["so-vh.ics"]
    assert raw_problems(data) == []
    cal = Calendar.from_ical(data)
    assert not [e for c in cal.walk() for e in c.errors]
    strict = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    assert len(strict.events) == data.count(b"BEGIN:VEVENT")
