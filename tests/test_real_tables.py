"""What a real appendix has (issue 11), from tasks.json to feeds, pages and `check`:
a table without sections, a blank timing cell, extra columns, a lead of generic
wording (or blank), a group with no members, and a maintainer's reading of a
misprinted timing cell (`timing_as_read`)."""

from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import tiny_data_docs
from ical.calendar_stream import IcsCalendarStream
from icalendar import Calendar
from test_feed_kit import FIXED_NOW, raw_problems

from kh_ical import state as st
from kh_ical.check import Severity, check_data
from kh_ical.cli import cli
from kh_ical.feed import FeedOptions, Stamp, plan_feeds, render_feed
from kh_ical.loader import load_plan
from kh_ical.model import ALL_FEED, FeedInfo, task_sort_key
from kh_ical.resolve import resolve_plan
from kh_ical.site import render_site

# Every text a cell may hold: iCalendar's separators and escape, HTML's markup.
NASTY = 'Tài liệu; "sổ tay", ảnh\\video <b>in</b> & <script>alert(1)</script>'
GENERIC_LEAD = "Các Bộ, ngành, địa phương"


def real_table_docs() -> dict:
    """A plan as `kh-ical import` writes a table without sections, with all six
    things: task 1 has extra columns, 2 a blank timing cell, 3 a generic lead,
    4 a blank lead, 5 a misprint read otherwise, 6 a group with no members."""
    docs = tiny_data_docs()
    docs["tasks.json"]["sections"] = []
    docs["tasks.json"]["tasks"] = [
        {"id": "1", "content": "Biên soạn tài liệu tuyên truyền", "lead": "Sở VH,TT&DL", "partners": "Báo Lai Châu",
         "timing": "Từ tháng 6 đến hết tháng 8/2023",
         "extra": {"Sản phẩm": NASTY, "Ghi chú": "", "Kinh phí": "Ngân sách tỉnh"}},
        {"id": "2", "content": "Theo dõi, đôn đốc", "lead": "Sở VH,TT&DL", "partners": "", "timing": ""},
        {"id": "3", "content": "Tổ chức hoạt động kỷ niệm", "lead": GENERIC_LEAD, "partners": "Báo Lai Châu",
         "timing": "Quý IV/2023"},
        {"id": "4", "content": "Treo băng rôn", "lead": "", "partners": "", "timing": "Tháng 9/2023"},
        {"id": "5", "content": "Báo cáo kết quả", "lead": "Báo Lai Châu", "partners": "",
         "timing": "Hoàn thành trước ngày 10/8/2203", "timing_as_read": "Hoàn thành trước ngày 10/8/2023"},
        {"id": "6", "content": "Tuyên truyền ở cơ sở", "lead": "UBND các xã", "partners": "",
         "timing": "Tháng 10/2023"},
    ]
    agencies = docs["agencies.json"]
    agencies["agencies"].append({"id": "ubnd-cac-xa", "name": "UBND các xã", "group": True, "members": []})
    agencies["generic"].append(GENERIC_LEAD)
    return docs


def write(folder: Path, docs: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, doc in docs.items():
        (folder / name).write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    return write(tmp_path_factory.mktemp("real") / "data", real_table_docs())


@pytest.fixture(scope="module")
def resolved(data_dir):
    return resolve_plan(load_plan(data_dir))


def render(resolved) -> dict[str, bytes]:
    """Every feed, stamped as a first build; the fast writer checked against icalendar's."""
    contents = plan_feeds(resolved, FeedOptions(), lambda slug: f"{slug}.ics")
    state = st.diff(st.State(), {e.uid: "x" for c in contents for e in c.events}, FIXED_NOW)
    out = {}
    for c in contents:
        stamps = {e.uid: Stamp(state.events[e.uid].sequence, state.events[e.uid].changed) for e in c.events}
        out[c.spec.path] = render_feed(c, stamps)
        assert render_feed(c, stamps, simple=True) == out[c.spec.path]
    return out


@pytest.fixture(scope="module")
def feeds(resolved) -> dict[str, bytes]:
    return render(resolved)


def vevents(data: bytes) -> dict[str, object]:
    """The VEVENTs of a feed by task id (from "Nhiệm vụ <id>:" in DESCRIPTION)."""
    events = Calendar.from_ical(data).walk("VEVENT")
    return {str(e["DESCRIPTION"]).split(":", 1)[0].removeprefix("Nhiệm vụ "): e for e in events}


# ---------------------------------------------------------------- the resolver


def test_blank_timing_is_an_undated_task_not_an_error(resolved):
    assert resolved.errors == ()
    assert [(to.task.id, to.occurrence.kind.value) for to in resolved.undated] == [("2", "undated")]


def test_the_resolver_reads_timing_as_read(resolved):
    (five,) = [to.occurrence for to in resolved.occurrences if to.task.id == "5"]
    assert five.end == dt.date(2023, 8, 9)


def test_a_phrase_error_in_timing_as_read_names_that_field(tmp_path):
    docs = real_table_docs()
    docs["tasks.json"]["tasks"][4]["timing_as_read"] = "Vào dịp thích hợp"
    (error,) = resolve_plan(load_plan(write(tmp_path / "data", docs))).errors
    assert error.place.endswith("tasks.json: tasks[4] (5).timing_as_read")
    assert error.phrase == "Vào dịp thích hợp"


def test_plain_ids_and_other_section_kinds_sort_as_in_the_document():
    assert sorted(["10", "2", "1"], key=task_sort_key) == ["1", "2", "10"]
    assert sorted(["III.2", "II.13", "III.13", "I.9"], key=task_sort_key) == ["I.9", "II.13", "III.2", "III.13"]
    assert sorted(["2.1", "1.10", "1.9"], key=task_sort_key) == ["1.9", "1.10", "2.1"]
    assert sorted(["B.1", "A.2", "A.10"], key=task_sort_key) == ["A.2", "A.10", "B.1"]


# ---------------------------------------------------------------- feeds


def test_every_feed_is_clean_and_parses_strictly(feeds):
    for path, data in feeds.items():
        assert raw_problems(data) == [], path
        cal = Calendar.from_ical(data)
        assert not [e for c in cal.walk() for e in c.errors], path
        strict = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
        assert len(strict.events) == data.count(b"BEGIN:VEVENT"), path


def test_who_gets_which_task(feeds):
    """Blank timing: no feed. Generic or blank lead: the whole plan (and named partners),
    never a feed of the wording. An empty group: its own feed only."""
    held = {path: sorted(vevents(data)) for path, data in feeds.items()}
    assert held["tat-ca.ics"] == ["1", "3", "4", "5", "6"]
    assert held["so-vh.ics"] == ["1"]
    assert held["bao-lai-chau.ics"] == ["1", "3", "5"]
    assert held["ubnd-cac-xa.ics"] == ["6"]
    assert all(not any(t in ids for t in ("2", "4")) for path, ids in held.items() if path != "tat-ca.ics")


def test_without_sections_no_empty_category_and_no_none(feeds):
    whole = vevents(feeds["tat-ca.ics"])
    assert "CATEGORIES" not in whole["1"]
    lead = vevents(feeds["so-vh.ics"])["1"]
    assert list(lead["CATEGORIES"].cats) == ["Chủ trì"]
    for data in feeds.values():
        text = data.replace(b"\r\n ", b"").decode("utf-8")
        assert "None" not in text and not re.search(r"Mục (?!lịch)", text)  # no section named
    desc = str(whole["1"]["DESCRIPTION"])
    assert desc.endswith("Kế hoạch: KH 99 (99-KH/TEST) ngày 30/5/2023 của Ban Tuyên giáo Tỉnh ủy")


def test_extra_columns_in_the_description_in_order_and_escaped(feeds):
    desc = str(vevents(feeds["so-vh.ics"])["1"]["DESCRIPTION"]).split("\n")
    at = desc.index("Thời gian (theo kế hoạch): Từ tháng 6 đến hết tháng 8/2023")
    assert desc[at + 1 : at + 3] == [f"Sản phẩm: {NASTY}", "Kinh phí: Ngân sách tỉnh"]  # the blank "Ghi chú" says nothing
    assert desc[at + 3].startswith("Ngày: ")
    raw = feeds["so-vh.ics"].replace(b"\r\n ", b"").decode("utf-8")
    assert 'Sản phẩm: Tài liệu\\; "sổ tay"\\, ảnh\\\\video <b>in</b>' in raw
    strict = IcsCalendarStream.calendar_from_ics(feeds["so-vh.ics"].decode("utf-8"))
    assert any(f"Sản phẩm: {NASTY}" in (e.description or "") for e in strict.events)


def test_a_lead_of_no_agency_is_named_as_written(feeds):
    whole = vevents(feeds["tat-ca.ics"])
    assert f"Chủ trì: {GENERIC_LEAD}" in str(whole["3"]["DESCRIPTION"]).split("\n")
    assert "Chủ trì: (văn bản để trống)" in str(whole["4"]["DESCRIPTION"]).split("\n")
    assert str(vevents(feeds["bao-lai-chau.ics"])["3"]["SUMMARY"]).startswith("[Phối hợp] ")


def test_timing_as_read_keeps_the_document_text_in_the_description(feeds):
    event = vevents(feeds["bao-lai-chau.ics"])["5"]
    lines = str(event["DESCRIPTION"]).split("\n")
    at = lines.index("Thời gian (theo kế hoạch): Hoàn thành trước ngày 10/8/2203")
    assert lines[at + 1] == "Thời gian (đọc là): Hoàn thành trước ngày 10/8/2023"
    assert event.decoded("DTSTART") == dt.date(2023, 8, 9)


def test_uids_do_not_depend_on_the_new_fields(data_dir, tmp_path, feeds):
    """The same tasks without extra columns and with the reading typed into "timing" keep their UIDs."""
    docs = real_table_docs()
    for task in docs["tasks.json"]["tasks"]:
        task.pop("extra", None)
        if "timing_as_read" in task:
            task["timing"] = task.pop("timing_as_read")
    plain = render(resolve_plan(load_plan(write(tmp_path / "data", docs))))
    for path, data in feeds.items():
        assert set(vevents(plain[path]).keys()) == set(vevents(data).keys())
        uids = {str(e["UID"]) for e in Calendar.from_ical(data).walk("VEVENT")}
        assert uids == {str(e["UID"]) for e in Calendar.from_ical(plain[path]).walk("VEVENT")}, path


# ---------------------------------------------------------------- pages


class Page(HTMLParser):
    """The visible text, the title attributes and the scripts of a page."""

    def __init__(self, page: bytes) -> None:
        super().__init__()
        self.text: list[str] = []
        self.titles: list[str] = []
        self.scripts = 0
        self.feed(page.decode("utf-8"))

    def handle_starttag(self, tag, attrs):
        self.scripts += tag == "script"
        self.titles += [value or "" for name, value in attrs if name == "title"]

    def handle_data(self, data):
        self.text.append(data)


@pytest.fixture(scope="module")
def site(resolved) -> dict[str, bytes]:
    infos = [FeedInfo(a.id, a.id, a.name, f"{a.id}.ics", 1, 100) for a in resolved.plan.agencies]
    return render_site(resolved, [*infos, FeedInfo(ALL_FEED, None, "Tất cả", "tat-ca.ics", 1, 100)],
                       base_url="https://lich.example.vn/kh99/")


def test_pages_read_well_without_sections(site):
    index = site["index.html"].decode("utf-8")
    assert 'class="tl-sec"' not in index
    rows = re.findall(r'<div class="tl-label" title="[^"]*"><b>([^<]*)</b>', index)
    assert rows == ["1", "2", "3", "4", "5", "6"]
    for path, page in site.items():
        assert "None" not in page.decode("utf-8"), path


def test_extra_columns_on_the_pages_escaped(site):
    for path, page in site.items():
        html = page.decode("utf-8")
        assert "<script>alert" not in html and "<b>in</b>" not in html, path
        assert Page(page).scripts == 1, path  # only our own inline script
    agency = Page(site["co-quan/so-vh.html"])
    text = "".join(agency.text)
    assert f"Sản phẩm: {NASTY}" in text and "Kinh phí: Ngân sách tỉnh" in text
    assert "Ghi chú:" not in text  # blank cell
    (title,) = [t for t in Page(site["index.html"]).titles if t.startswith("1: ")]
    assert title == f"1: Biên soạn tài liệu tuyên truyền\nSản phẩm: {NASTY}\nKinh phí: Ngân sách tỉnh"


def test_blank_timing_is_listed_without_date(site):
    page = site["co-quan/so-vh.html"].decode("utf-8")
    (row,) = [r for r in page.split("<tr ")[1:] if "<td><b>2</b>" in r]
    assert row.startswith('class="undated">') and '<span class="when">Không có ngày</span>' in row
    assert "Không có ngày cụ thể, không có trong lịch" in row
    index = site["index.html"].decode("utf-8")
    assert 'title="Không có ngày cụ thể">Không có ngày cụ thể</span>' in index.split("<b>2</b>", 1)[1][:600]


def test_a_task_no_agency_leads_is_on_the_timeline_only(site):
    index = site["index.html"].decode("utf-8")
    assert "<b>4</b> Treo băng rôn" in index
    assert not any("<b>4</b>" in page.decode("utf-8") for path, page in site.items() if path != "index.html")
    assert "<b>6</b>" in site["co-quan/ubnd-cac-xa.html"].decode("utf-8")


# ---------------------------------------------------------------- check


@pytest.fixture(scope="module")
def report(data_dir):
    return check_data(data_dir)


def one(report, kind: str):
    (finding,) = [f for f in report.findings if f.kind == kind]
    return finding


def test_check_warns_of_a_blank_timing_cell(report):
    f = one(report, "blank-timing")
    assert (f.severity, f.task) == (Severity.WARNING, "2")
    assert f.message == "Ô thời gian để trống: nhiệm vụ không có ngày nên không có trong lịch nào."
    assert "«timing_as_read»" in f.hint
    assert not [g for g in report.findings if g.kind == "undated"]


def test_check_flags_a_lead_that_names_no_agency(report):
    generic, blank = one(report, "generic-lead"), one(report, "blank-lead")
    assert (generic.severity, generic.task, blank.severity, blank.task) == (
        Severity.WARNING, "3", Severity.WARNING, "4")
    assert generic.message == (
        "Cơ quan chủ trì «Các Bộ, ngành, địa phương» không chỉ đích danh cơ quan nào: nhiệm vụ chỉ có trong lịch "
        "«Toàn bộ kế hoạch» (tat-ca.ics) và lịch của các cơ quan phối hợp.")
    assert blank.message == (
        "Ô cơ quan chủ trì để trống: nhiệm vụ chỉ có trong lịch «Toàn bộ kế hoạch» (tat-ca.ics), "
        "không có trong lịch của cơ quan nào.")


def test_check_warns_of_a_group_with_no_members(report):
    f = one(report, "empty-group")
    assert (f.severity, f.group) == (Severity.WARNING, "agency:ubnd-cac-xa")
    assert f.message.startswith("Nhóm «UBND các xã» chưa có thành viên nào: ")
    assert "«members»" in f.hint


def test_check_shows_the_timing_as_written_and_as_read(report):
    f = one(report, "timing-as-read")
    assert (f.severity, f.task) == (Severity.NOTE, "5")
    assert f.message == ("Thời gian ghi trong văn bản: «Hoàn thành trước ngày 10/8/2203» — "
                         "đọc là: «Hoàn thành trước ngày 10/8/2023».")


def test_a_note_never_fails_strict(report, tmp_path):
    docs = real_table_docs()
    docs["tasks.json"]["tasks"] = docs["tasks.json"]["tasks"][4:5]
    docs["agencies.json"]["agencies"] = [a for a in docs["agencies.json"]["agencies"] if a["id"] == "bao-lai-chau"]
    docs["events.json"]["events"] = []
    only_note = check_data(write(tmp_path / "data", docs))
    assert [f.kind for f in only_note.findings] == ["timing-as-read"]
    assert only_note.exit_code(strict=True) == 0
    assert only_note.to_text().splitlines()[0] == "99-KH/TEST: 0 lỗi, 0 cảnh báo, 1 ghi nhận"
    data = json.loads(report.to_json())
    assert (data["errors"], data["warnings"], data["notes"], data["strict_exit"]) == (0, len(report.warnings), 1, 1)


def test_check_quotes_the_timing_it_read(tmp_path):
    docs = real_table_docs()
    docs["tasks.json"]["tasks"][4]["timing_as_read"] = "Thường xuyên"
    report = check_data(write(tmp_path / "data", docs))
    (undated,) = [f for f in report.findings if f.kind == "undated"]
    assert undated.message == "Không có ngày («Thường xuyên»): mục này không có trong lịch."
    docs["tasks.json"]["tasks"][4]["timing_as_read"] = "Vào dịp thích hợp"
    report = check_data(write(tmp_path / "data", docs))
    (error,) = report.errors
    assert (error.kind, error.task) == ("phrase-error", "5")
    assert error.message.startswith("Thời gian «Vào dịp thích hợp»: ")
    assert "tasks[4] (5).timing_as_read" in error.hint


def test_a_blank_cell_read_otherwise(tmp_path):
    """A maintainer may read a blank timing cell (the date was in a merged cell): the task is dated."""
    docs = real_table_docs()
    docs["tasks.json"]["tasks"][1]["timing_as_read"] = "Tháng 7/2023"
    report = check_data(write(tmp_path / "data", docs))
    assert not [f for f in report.findings if f.kind == "blank-timing"]
    (note,) = [f for f in report.findings if f.kind == "timing-as-read" and f.task == "2"]
    assert note.message == "Thời gian ghi trong văn bản: (để trống) — đọc là: «Tháng 7/2023»."


# ---------------------------------------------------------------- end to end


def test_the_commands_on_a_folder_with_all_six(data_dir, tmp_path):
    """`build` publishes it (the same bytes twice), `check` reports it, the other
    commands that read tasks take it."""
    out = tmp_path / "feeds"
    run = CliRunner().invoke
    first = run(cli, ["build", "--data", str(data_dir), "--out", str(out), "--base-url", "https://lich.example.vn/kh99"])
    assert first.exit_code == 0, first.output
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    assert {"tat-ca.ics", "ubnd-cac-xa.ics", "index.html", "co-quan/ubnd-cac-xa.html"} <= set(files)
    assert not any("cac-bo" in name for name in files)  # the generic wording has no feed
    for name, data in files.items():
        if name.endswith(".ics"):
            assert raw_problems(data) == [], name
            IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    whole = files["tat-ca.ics"].replace(b"\r\n ", b"").decode("utf-8")
    assert whole.count("BEGIN:VEVENT") == 5 and "Nhiệm vụ 2:" not in whole
    again = run(cli, ["build", "--data", str(data_dir), "--out", str(out), "--base-url",
                      "https://lich.example.vn/kh99", "--check"])
    assert again.exit_code == 0, again.output
    checked = run(cli, ["check", "--data", str(data_dir)])
    assert checked.exit_code == 0 and "0 lỗi, 8 cảnh báo, 1 ghi nhận" in checked.output
    assert run(cli, ["check", "--data", str(data_dir), "--strict"]).exit_code == 1
    for command in (["agencies"], ["events"], ["export", "--format", "csv"], ["export"]):
        result = run(cli, [*command, "--data", str(data_dir)])
        assert result.exit_code == 0, (command, result.output)
        assert "None" not in result.output, command
