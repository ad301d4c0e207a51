"""`kh-ical resolve`, `kh-ical export` and `kh-ical grammar` through the real CLI."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kh_ical.cli import cli

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def runner():
    return CliRunner()


def run(runner, *args):
    return runner.invoke(cli, list(args), catch_exceptions=False)


def test_resolve_json_is_the_contract(runner):
    result = run(runner, "resolve", "Từ tháng 6 đến hết tháng 8/2023", "--json", "--year", "2023")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [
        {"kind": "window", "start": "2023-06-01", "end": "2023-08-31", "label": None, "event": None,
         "approximate": False, "done": False, "note": None, "time": None, "end_time": None, "rrule": None}
    ]


def test_resolve_named_event_from_option(runner):
    result = run(runner, "resolve", "trước Lễ mít tinh kỷ niệm 01 ngày", "--json", "--year", "2023",
                 "--event", "Lễ mít tinh kỷ niệm=2024-01-03")
    [occ] = json.loads(result.stdout)
    assert (occ["kind"], occ["end"], occ["event"]) == ("deadline", "2024-01-02", "le-mit-tinh-ky-niem")


def test_resolve_events_are_what_su_kien_means_and_fan_out(runner):
    result = run(runner, "resolve", "Hoàn thành trước mỗi sự kiện 10 ngày", "--json", "--year", "2023",
                 "--event", "A=2024-01-01", "--event", "B=2024-06-28")
    assert [o["end"] for o in json.loads(result.stdout)] == ["2023-12-22", "2024-06-18"]


def test_resolve_timed_and_undated_parts(runner):
    timed = json.loads(run(runner, "resolve", "20h ngày 2/9/2025", "--json", "--year", "2025").stdout)
    assert timed[0]["time"] == "20:00"
    mixed = json.loads(run(runner, "resolve", "Quý I/2028 và duy trì thường xuyên", "--json",
                           "--year", "2025").stdout)
    assert mixed[1] == {"kind": "undated", "start": None, "end": None, "label": None, "event": None,
                        "approximate": False, "done": False, "note": "duy trì thường xuyên", "time": None,
                        "end_time": None, "rrule": None}


def test_resolve_human_output_is_one_line_per_occurrence(runner):
    result = run(runner, "resolve", "Trong tháng 1/2024 và tháng 10/2024", "--year", "2023")
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("Khoảng") and "1/1/2024 – 31/1/2024" in lines[0]


@pytest.mark.parametrize(
    "phrase, words",
    [
        ("Hoàn thành trước ngày 10/8/2023 hoặc sau đó", '"hoặc sau đó"'),
        ("Hoàn thành trước ngày 31/2/2024", '"ngày 31/2/2024"'),
        ("trước ngày 15/1 của năm sau", '"của năm sau"'),
        ("từ ngày 30-31/4/2025", '"31/4/2025"'),
    ],
)
def test_resolve_error_goes_to_stderr_with_exit_1(runner, phrase, words):
    result = runner.invoke(cli, ["resolve", phrase, "--year", "2023", "--json"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Lỗi: ") and words in result.stderr


def test_resolve_year_defaults_to_the_plan_year(runner):
    result = run(runner, "resolve", "Tháng 5", "--json", "--data", str(ROOT / "data"))
    assert json.loads(result.stdout)[0]["start"] == "2023-05-01"


def test_bad_event_option_is_a_usage_error(runner):
    result = runner.invoke(cli, ["resolve", "Tháng 5", "--year", "2023", "--event", "Lễ=3/1/2024"])
    assert result.exit_code == 2 and "TÊN=YYYY-MM-DD" in result.stderr


def test_export_json_of_the_shipped_plan(runner):
    data = json.loads(run(runner, "export", "--data", str(ROOT / "data")).stdout)
    assert data["plan"]["id"] == "171-KH/BTGTU"
    assert {e["id"] for e in data["events"]} >= {"20-nam-chia-tach-tinh", "le-mit-tinh-ky-niem"}
    by_task = {}
    for occ in data["occurrences"]:
        by_task.setdefault(occ["task"], []).append(occ)
    assert [(o["kind"], o["end"]) for o in by_task["I.5"]] == [("deadline", "2023-08-09")]
    assert by_task["III.17"][0]["tentative"] is True
    assert set(by_task["I.1"][0]) == {"task", "section", "kind", "start", "end", "label", "event", "approximate",
                                      "tentative", "done", "note", "time", "end_time", "rrule", "lead",
                                      "partners"}
    assert [u["task"] for u in data["unresolved"]] == ["I.3"]


HEADER = ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian", "Từ ngày", "Đến ngày", "Giờ", "Loại", "Ghi chú"]


@pytest.mark.parametrize("sep, delimiter", [([], ","), (["--sep", "semicolon"], ";")])
def test_export_csv_is_the_plan_table_for_excel(runner, tmp_path, sep, delimiter):
    out = tmp_path / "plan.csv"
    result = run(runner, "export", "--data", str(ROOT / "data"), "--format", "csv", *sep, "-o", str(out))
    assert result.exit_code == 0, result.output
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=delimiter))
    assert rows[0] == HEADER
    by_task = {}
    for row in rows[1:]:
        by_task.setdefault(row[0], []).append(dict(zip(HEADER, row, strict=True)))
    first = by_task["I.1"][0]
    assert first["Chủ trì"] == "Ban Tuyên giáo Tỉnh ủy"  # the agency's name, not its id
    assert (first["Từ ngày"], first["Đến ngày"], first["Loại"], first["Ghi chú"]) == (
        "2023-04-12", "2023-04-12", "Ngày", "đã hoàn thành")
    assert by_task["I.5"][0]["Loại"] == "Hạn chót" and by_task["I.5"][0]["Từ ngày"] == ""
    # the part of I.3 that waits for its event's date is a row of its own, saying why
    waiting = [r for r in by_task["I.3"] if r["Từ ngày"] == r["Đến ngày"] == ""]
    assert [r["Loại"] for r in waiting] == ["Chưa có ngày — Số báo"] and "chưa có ngày của sự kiện" in waiting[0]["Ghi chú"]
    assert "True" not in raw.decode("utf-8-sig") and "window" not in raw.decode("utf-8-sig")


def test_export_xlsx_is_a_real_workbook(runner, tmp_path):
    import datetime as dt

    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "plan.xlsx"
    result = run(runner, "export", "--data", str(ROOT / "data"), "--format", "xlsx", "-o", str(out))
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == HEADER
    first = dict(zip(HEADER, rows[1], strict=True))
    assert first["TT"] == "I.1" and first["Chủ trì"] == "Ban Tuyên giáo Tỉnh ủy"
    assert first["Từ ngày"] == dt.datetime(2023, 4, 12)  # a date cell, not text
    assert sheet["F2"].number_format == "DD/MM/YYYY" and sheet.freeze_panes == "A2"
    csv_rows = list(csv.reader(io.StringIO(run(runner, "export", "--data", str(ROOT / "data"), "--format",
                                               "csv").stdout_bytes.decode("utf-8-sig"))))
    assert len(rows) == len(csv_rows)  # the same table


def test_export_xlsx_without_openpyxl_says_how_to_install(runner, tmp_path, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_openpyxl(name, *args, **kwargs):
        if name.startswith("openpyxl"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_openpyxl)
    result = runner.invoke(cli, ["export", "--data", str(ROOT / "data"), "--format", "xlsx", "-o",
                                 str(tmp_path / "x.xlsx")])
    assert result.exit_code == 1 and 'pip install "kh-ical[excel]"' in result.stderr
    assert not (tmp_path / "x.xlsx").exists()


def test_export_xlsx_needs_an_output_file(runner):
    result = runner.invoke(cli, ["export", "--data", str(ROOT / "data"), "--format", "xlsx"])
    assert result.exit_code == 2 and "--output" in result.stderr and result.stdout_bytes == b""


def test_grammar_table_lists_every_construct(runner):
    from kh_ical.phrases.grammar import CONSTRUCTS

    table = run(runner, "grammar").stdout
    for rule in CONSTRUCTS:
        assert re.search(rf"^\| {re.escape(rule.name)} \| `{re.escape(rule.examples[0])}` \| \S", table, re.M)


# ---------------------------------------------------------------- phrases that begin with "-", no plan


@pytest.mark.parametrize("args", [
    ["resolve", "- Triển khai từ quý I/2024", "--json"],
    ["resolve", "--json", "- Triển khai từ quý I/2024"],
    ["resolve", "--json", "--", "- Triển khai từ quý I/2024"],
    ["resolve", "-Triển khai từ quý I/2024", "--year", "2023", "--json"],
])
def test_resolve_takes_a_cell_that_begins_with_a_dash(runner, tmp_path, args):
    result = run(runner, args[0], "--data", str(tmp_path / "no-plan"), *args[1:])  # "--" ends the options
    assert result.exit_code == 0, result.output
    assert [(o["kind"], o["start"], o["label"]) for o in json.loads(result.stdout)] == [
        ("day", "2024-01-01", "Triển khai")]


def test_an_unknown_option_is_still_an_error(runner):
    result = runner.invoke(cli, ["resolve", "--jsn", "Quý I/2024", "--year", "2023"])
    assert result.exit_code == 2 and "--jsn" in result.stderr


def test_without_a_plan_a_phrase_with_its_own_year_needs_no_data(runner, tmp_path):
    result = runner.invoke(cli, ["resolve", "Từ tháng 6 đến hết tháng 8/2023", "--data", str(tmp_path)])
    assert result.exit_code == 0 and "1/6/2023 – 31/8/2023" in result.stdout


@pytest.mark.parametrize("phrase", ["Tháng 5", "Ngày 29/2"])
def test_without_a_plan_a_phrase_that_needs_the_year_asks_for_it(runner, tmp_path, phrase):
    result = runner.invoke(cli, ["resolve", phrase, "--data", str(tmp_path)])
    assert result.exit_code == 2 and result.stdout == ""
    assert "hãy cho --year" in result.stderr and "Traceback" not in result.stderr
    assert run(runner, "resolve", phrase, "--year", "2024", "--data", str(tmp_path)).exit_code == 0


def test_without_a_plan_an_unreadable_phrase_is_its_own_error(runner, tmp_path):
    result = runner.invoke(cli, ["resolve", "Hoàn thành trước ngày 10/8/2023 blah 5", "--data", str(tmp_path)])
    assert result.exit_code == 1 and '"blah 5"' in result.stderr


def test_repeating_and_timed_occurrences_in_json_csv_and_lines():
    import datetime as dt

    from kh_ical.cli.resolve_cmds import brief, describe
    from kh_ical.export import occurrence_fields
    from kh_ical.model import Kind, Occurrence

    yearly = Occurrence(Kind.DEADLINE, dt.date(2024, 3, 14), dt.date(2024, 3, 14), rrule="FREQ=YEARLY;UNTIL=20301231")
    meeting = Occurrence(Kind.DAY, dt.date(2025, 9, 5), dt.date(2025, 9, 5), time=dt.time(13, 30),
                         end_time=dt.time(16))
    assert occurrence_fields(yearly)["rrule"] == "FREQ=YEARLY;UNTIL=20301231"
    assert (occurrence_fields(meeting)["time"], occurrence_fields(meeting)["end_time"]) == ("13:30", "16:00")
    assert "lặp lại hằng năm, đến 31/12/2030" in describe(yearly) and "lặp lại hằng năm" in brief(yearly)
    assert "5/9/2025 13:30–16:00" in describe(meeting)


def test_export_csv_has_the_schedule_and_times(tmp_path):
    import datetime as dt

    from test_feed_kit import make_resolved

    from kh_ical.export import TABLE_COLUMNS, export_csv
    from kh_ical.model import Kind, Occurrence

    resolved = make_resolved(occurrences={"I.1": [Occurrence(
        Kind.DAY, dt.date(2024, 1, 10), dt.date(2024, 1, 10), time=dt.time(8), end_time=dt.time(9, 30),
        rrule="FREQ=MONTHLY;BYMONTHDAY=10,25;UNTIL=20241231")]})
    rows = {r["TT"]: r for r in csv.DictReader(io.StringIO(export_csv(resolved).decode("utf-8-sig")))}
    assert list(rows["I.1"]) == list(TABLE_COLUMNS)
    assert rows["I.1"]["Giờ"] == "08:00–09:30"
    assert rows["I.1"]["Ghi chú"] == "lặp lại ngày 10 và 25 hằng tháng, đến 31/12/2024"
    assert rows["I.2"]["Giờ"] == ""
