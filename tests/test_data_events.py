"""Events registry: mentions in phrases, what moves when a date changes, set_event_date."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata

import pytest

from kh_ical.errors import DataError
from kh_ical.events import Move, diff_occurrences, event_usage, find_event_mentions, section_events, set_event_date
from kh_ical.loader import load_plan
from kh_ical.model import (
    Agency,
    AgencyRef,
    Event,
    EventStatus,
    Kind,
    Occurrence,
    Plan,
    PlanInfo,
    ResolvedPlan,
    Section,
    Task,
    TaskOccurrence,
    Unresolved,
)
from kh_ical.resolve import resolve_plan

D = dt.date
EVENTS = (
    Event("mit-tinh", "Lễ mít tinh kỷ niệm 20 năm chia tách, thành lập tỉnh", ("Lễ mít tinh kỷ niệm",),
          D(2024, 1, 3), EventStatus.ESTIMATED),
    Event("so-ket", "Hội nghị sơ kết giữa nhiệm kỳ", ("Hội nghị sơ kết của tỉnh",)),
    Event("20-nam", "20 năm chia tách, thành lập tỉnh", (), D(2024, 1, 1), EventStatus.CONFIRMED),
)


def test_mentions_longest_name_wins_with_offsets_into_the_text():
    text = "Hoàn thành trước Lễ mít tinh kỷ niệm 20 năm chia tách, thành lập tỉnh 01 ngày"
    (start, end, event_id), = find_event_mentions(text, EVENTS)
    assert event_id == "mit-tinh" and text[start:end] == "Lễ mít tinh kỷ niệm 20 năm chia tách, thành lập tỉnh"


def test_mentions_of_aliases_several_and_none():
    text = "Trên số báo gần nhất trước Hội nghị sơ kết của tỉnh và trước lễ mít tinh kỷ niệm"
    assert [(text[a:b], e) for a, b, e in find_event_mentions(text, EVENTS)] == [
        ("Hội nghị sơ kết của tỉnh", "so-ket"),
        ("lễ mít tinh kỷ niệm", "mit-tinh"),
    ]
    assert find_event_mentions("Trước, trong, sau các sự kiện kỷ niệm", EVENTS) == []


def test_mentions_ignore_normalisation_case_spacing_and_tone_placement():
    text = unicodedata.normalize("NFD", "trước HỘI NGHỊ  sơ kết\ncủa tỉnh")
    assert [e for _, _, e in find_event_mentions(text, EVENTS)] == ["so-ket"]
    old_tones = Event("uy", "Hội nghị Tỉnh ủy")
    assert [e for _, _, e in find_event_mentions("Hội nghị Tỉnh uỷ", [old_tones])] == ["uy"]
    assert find_event_mentions("Hoi nghi so ket cua tinh", EVENTS) == []  # diacritics are not stripped


# --- diff of two resolved plans (hand-made, independent of the resolver) --------------

AGENCIES = (
    Agency("bao", "Báo Lai Châu"),
    Agency("ubnd", "UBND các huyện", group=True, members=("huyen-a",)),
    Agency("huyen-a", "UBND huyện A"),
)
T1 = Task("I.1", "I", "a", "Báo Lai Châu", "UBND các huyện", "Hoàn thành trước Lễ mít tinh kỷ niệm 01 ngày",
          AgencyRef(("bao",)), AgencyRef(("ubnd",)))
T2 = Task("I.2", "I", "b", "Báo Lai Châu", "", "Quý IV/2023", AgencyRef(("bao",)), AgencyRef(()))
T3 = Task("I.3", "I", "c", "UBND huyện A", "", "Trên số báo gần nhất trước Hội nghị sơ kết của tỉnh",
          AgencyRef(("huyen-a",)), AgencyRef(()))


def _resolved(events, occurrences, unresolved=()) -> ResolvedPlan:
    info = PlanInfo("1-KH/T", "KH 1", "Ban", D(2023, 5, 30), "T")
    plan = Plan(info, (Section("I", "Mục I", ("mit-tinh",)),), (T1, T2, T3), events, AGENCIES)
    return ResolvedPlan(plan, tuple(occurrences), tuple(unresolved))


def _deadline(day, event, tentative=False, part=0):
    return Occurrence(Kind.DEADLINE, day, day, event=event, tentative=tentative, part=part)


def test_diff_lists_moved_and_newly_dated_occurrences_with_their_feeds():
    window = TaskOccurrence(T2, Occurrence(Kind.WINDOW, D(2023, 10, 1), D(2023, 12, 31)))
    old = _resolved(EVENTS, [TaskOccurrence(T1, _deadline(D(2024, 1, 2), "mit-tinh", True)), window],
                    [(T3, Unresolved(0, "so-ket", "Số báo", "chưa có ngày"))])
    new = _resolved(EVENTS, [TaskOccurrence(T1, _deadline(D(2024, 1, 4), "mit-tinh")), window,
                             TaskOccurrence(T3, Occurrence(Kind.DAY, D(2023, 7, 19), D(2023, 7, 19),
                                                           label="Số báo", event="so-ket"))])
    assert diff_occurrences(old, new) == (
        Move("I.1", 0, "mit-tinh", None, (D(2024, 1, 2), D(2024, 1, 2)), (D(2024, 1, 4), D(2024, 1, 4)),
             True, False, Kind.DEADLINE, ("bao", "huyen-a", "ubnd", "tat-ca")),
        Move("I.3", 0, "so-ket", "Số báo", None, (D(2023, 7, 19), D(2023, 7, 19)), False, False, Kind.DAY,
             ("huyen-a", "tat-ca")),
    )


def test_diff_reports_a_tentative_mark_change_without_a_move():
    old = _resolved(EVENTS, [TaskOccurrence(T1, _deadline(D(2024, 1, 2), "mit-tinh", True))])
    new = _resolved(EVENTS, [TaskOccurrence(T1, _deadline(D(2024, 1, 2), "mit-tinh", False))])
    (move,) = diff_occurrences(old, new)
    assert (move.old, move.new, move.old_tentative, move.new_tentative) == (
        (D(2024, 1, 2), D(2024, 1, 2)), (D(2024, 1, 2), D(2024, 1, 2)), True, False)


def test_diff_of_identical_plans_is_empty():
    occ = [TaskOccurrence(T1, _deadline(D(2024, 1, 2), "mit-tinh"))]
    assert diff_occurrences(_resolved(EVENTS, occ), _resolved(EVENTS, occ)) == ()


def test_section_events_in_section_order():
    plan = _resolved(EVENTS, []).plan
    assert section_events(plan, "I") == (EVENTS[0],)


# --- set_event_date on a real folder ---------------------------------------------------


def test_set_date_rewrites_only_that_event(tiny_data_dir):
    folder = tiny_data_dir()
    before = (folder / "events.json").read_text(encoding="utf-8")
    change = set_event_date(folder, "su-kien-a", D(2024, 1, 5))
    after = (folder / "events.json").read_text(encoding="utf-8")
    assert [line for line in after.splitlines() if line not in before.splitlines()] == [
        '      "date": "2024-01-05",'
    ]
    # only the lock file besides (an OS lock: git ignores it)
    assert sorted(p.name for p in folder.iterdir()) == [".kh-ical.lock", "agencies.json", "events.json", "tasks.json"]
    assert change.written and change.old_date == D(2024, 1, 1) and change.event.date == D(2024, 1, 5)
    assert [(m.task, m.old, m.new) for m in change.moves] == [
        ("I.1", (D(2023, 12, 22), D(2023, 12, 22)), (D(2023, 12, 26), D(2023, 12, 26)))
    ]
    assert change.feeds == ("huyen-a", "huyen-b", "so-vh", "tat-ca", "ubnd-huyen")
    assert load_plan(folder).event("su-kien-a").date == D(2024, 1, 5)


def test_set_date_of_an_unknown_event_makes_it_confirmed(tiny_data_dir):
    folder = tiny_data_dir()
    change = set_event_date(folder, "hoi-nghi", D(2023, 8, 1))
    assert change.event.status is EventStatus.CONFIRMED and change.old_status is EventStatus.UNKNOWN
    assert [(m.task, m.label, m.old, m.new) for m in change.moves] == [
        ("I.2", "Số báo", None, (D(2023, 7, 31), D(2023, 7, 31)))
    ]
    assert json.loads((folder / "events.json").read_text())["events"][1]["status"] == "confirmed"


def test_set_date_with_status_unknown_keeps_occurrences_unresolved(tiny_data_dir):
    folder = tiny_data_dir()
    change = set_event_date(folder, "hoi-nghi", D(2023, 8, 1), "unknown")
    assert change.written and change.moves == ()
    plan = load_plan(folder)
    assert plan.event("hoi-nghi").date == D(2023, 8, 1)
    assert [(t.id, u.event) for t, u in resolve_plan(plan).unresolved] == [("I.2", "hoi-nghi")]


def test_same_date_and_status_writes_nothing(tiny_data_dir):
    folder = tiny_data_dir()
    stat = (folder / "events.json").stat()
    change = set_event_date(folder, "su-kien-a", D(2024, 1, 1))
    assert not change.written and change.moves == ()
    assert (folder / "events.json").stat().st_mtime_ns == stat.st_mtime_ns


@pytest.mark.parametrize(
    ("event_id", "status", "message"),
    [
        ("su-kien", None, 'không có sự kiện "su-kien" — có phải "su-kien-a"? các sự kiện có: su-kien-a, hoi-nghi'),
        ("su-kien-a", "sure", 'trạng thái lạ "sure" — dùng confirmed (chính thức), estimated (dự kiến) hoặc unknown (chưa biết)'),
    ],
)
def test_bad_requests_leave_the_file_untouched(tiny_data_dir, event_id, status, message):
    folder = tiny_data_dir()
    before = (folder / "events.json").read_bytes()
    with pytest.raises(DataError) as info:
        set_event_date(folder, event_id, D(2024, 2, 1), status)
    assert [str(p).replace(folder.as_posix(), "data") for p in info.value.problems] == [
        f"data/events.json: {message}"
    ]
    assert (folder / "events.json").read_bytes() == before


def test_broken_data_is_reported_and_nothing_written(tiny_data_dir):
    def edit(d):
        d["tasks.json"]["tasks"][0]["lead"] = "Sở VH-TT"

    folder = tiny_data_dir(edit)
    before = (folder / "events.json").read_bytes()
    with pytest.raises(DataError, match='không biết cơ quan "Sở VH-TT"'):
        set_event_date(folder, "su-kien-a", D(2024, 2, 1))
    assert (folder / "events.json").read_bytes() == before


def test_a_date_that_breaks_a_phrase_is_refused(tiny_data_dir):
    """"Từ tháng 6 đến hết sự kiện" with the event before June cannot be resolved."""

    def edit(d):
        d["tasks.json"]["tasks"][0]["timing"] = "Từ tháng 6/2023 đến hết sự kiện"

    folder = tiny_data_dir(edit)
    before = (folder / "events.json").read_bytes()
    with pytest.raises(DataError) as info:
        set_event_date(folder, "su-kien-a", D(2023, 3, 1))
    assert "tasks[0] (I.1).timing" in str(info.value)
    assert (folder / "events.json").read_bytes() == before


def test_event_usage_lists_what_hangs_on_each_event(tiny_data_dir):
    usage = {u.event.id: u for u in event_usage(resolve_plan(load_plan(tiny_data_dir())))}
    assert usage["su-kien-a"].sections == ("I",)
    assert [(h.task, h.occurrence.end) for h in usage["su-kien-a"].hanging] == [("I.1", D(2023, 12, 22))]
    assert [(h.task, h.label, h.occurrence) for h in usage["hoi-nghi"].hanging] == [("I.2", "Số báo", None)]


def test_set_date_keeps_the_file_mode(tiny_data_dir):
    folder = tiny_data_dir()
    (folder / "events.json").chmod(0o644)
    set_event_date(folder, "su-kien-a", D(2024, 1, 9))
    assert (folder / "events.json").stat().st_mode & 0o777 == 0o644
