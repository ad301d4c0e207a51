"""`run_check` on small hand-made plans (one finding kind each) and `kh-ical check` exit codes."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_site_kit import EVENTS, REMARK, clean_plan, feeds, make_plan, make_resolved

from kh_ical.check import CheckReport, Severity, run_check
from kh_ical.cli import cli
from kh_ical.model import EventStatus, Kind, Occurrence, Remark

D = dt.date
SHIPPED_DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module")
def report() -> CheckReport:
    resolved = make_resolved()
    return run_check(resolved.plan, resolved, feeds(resolved.plan, big="bao"))


def only(report: CheckReport, kind: str, group: str | None = None):
    found = [f for f in report.findings if f.kind == kind and (group is None or f.group == group)]
    assert found, f"no {kind} finding for {group}: {[(f.kind, f.group) for f in report.findings]}"
    return found


def test_phrase_error_is_an_error_naming_the_words(report):
    (f,) = only(report, "phrase-error")
    assert f.severity is Severity.ERROR and f.task == "I.6"
    assert "«Vào dịp thích hợp»" in f.message
    assert "tasks[5] (I.6).timing" in f.hint


def test_unknown_event_names_the_event_and_the_command(report):
    (f,) = only(report, "unresolved", "I.5")
    assert f.severity is Severity.WARNING
    assert "«Hội nghị sơ kết giữa nhiệm kỳ» (so-ket)" in f.message and "«Số báo»" in f.message
    assert f.hint == "Khi biết ngày: kh-ical events set so-ket YYYY-MM-DD"


def test_undated_part_is_reported(report):
    (f,) = only(report, "undated", "I.4")
    assert "«Thường xuyên»" in f.message


def test_approximate_shows_the_default_used(report):
    (f,) = only(report, "approximate", "II.1")
    assert "25/12/2023 – 8/1/2024" in f.message
    assert "7 ngày trước đến 7 ngày sau sự kiện (mặc định)" in f.message


def test_remark_that_disagrees_with_the_dates(report):
    """III.13: rally on 3/1/2024; 29/12/2023 is 5 days before it, 7/1/2024 is 4 days after, not 2."""
    (f,) = only(report, "remark", "II.2")
    assert "29/12/2023 là 5 ngày trước sự kiện như đã ghi" in f.message
    assert "7/1/2024 là 4 ngày sau sự kiện, không phải 2 ngày sau" in f.message
    assert "3/1/2024 (ngày dự kiến)" in f.message
    assert "ngày kết thúc 7/1/2024 ngụ ý sự kiện vào 5/1/2024" in f.hint


def test_remark_that_agrees_is_silent():
    occ = Occurrence(Kind.WINDOW, D(2023, 12, 29), D(2024, 1, 5), note=REMARK.text, remark=REMARK)
    resolved = make_resolved(occurrences={"II.2": [occ]})
    assert not [f for f in run_check(resolved.plan, resolved).findings if f.kind == "remark"]


def test_remark_on_an_unknown_event_states_the_implied_dates(report):
    (f,) = only(report, "remark", "II.4")
    assert "ngày bắt đầu 1/8/2023 ngụ ý sự kiện vào 4/8/2023" in f.message
    assert f.hint == "Nếu đúng: kh-ical events set so-ket 2023-08-04"


def test_remark_whose_ends_imply_different_days_of_an_unknown_event():
    remark = Remark("Trước hội nghị 5 ngày và sau 2 ngày", "so-ket", before=5, after=2)
    occ = Occurrence(Kind.WINDOW, D(2023, 12, 29), D(2024, 1, 7), remark=remark)
    resolved = make_resolved(occurrences={"II.2": [occ]})
    (f,) = [f for f in run_check(resolved.plan, resolved).findings if f.kind == "remark"]
    assert "ngụ ý sự kiện vào 3/1/2024" in f.message and "ngụ ý sự kiện vào 5/1/2024" in f.message
    assert f.hint.startswith("Hai đầu không chỉ cùng một ngày")


def test_events_without_a_firm_date_list_their_tasks(report):
    (est,) = only(report, "event-date", "event:mit-tinh")
    assert "dự kiến 3/1/2024" in est.message and "Nhiệm vụ phụ thuộc: II.2, II.3." in est.message
    (unknown,) = only(report, "event-date", "event:so-ket")
    assert "chưa có ngày" in unknown.message and "Nhiệm vụ phụ thuộc: I.5, II.4." in unknown.message
    assert unknown.hint == "Khi biết ngày: kh-ical events set so-ket YYYY-MM-DD"
    assert not [f for f in report.findings if f.group == "event:20-nam"]  # confirmed


def test_deadline_before_the_plan_date(report):
    (f,) = only(report, "before-plan", "I.3")
    assert "Hạn 9/5/2023 trước ngày ban hành kế hoạch (30/5/2023)" in f.message
    assert not [f for f in report.findings if f.kind == "before-plan" and f.task == "I.2"]  # done


def test_agency_without_task_but_not_group_members(report):
    groups = [f.group for f in report.findings if f.kind == "agency-no-task"]
    assert groups == ["agency:so-tc"]  # huyen-b only gets tasks through its group and II.4


def test_oversized_feed(report):
    (f,) = only(report, "feed-size", "feed:bao.ics")
    assert "2.000.000 byte" in f.message and "1.500 mục lịch" in f.message


def test_findings_are_grouped_in_document_order(report):
    groups = list(dict.fromkeys(f.group for f in report.findings))
    assert groups == ["I.3", "I.4", "I.5", "I.6", "II.1", "II.2", "II.4",
                      "event:mit-tinh", "event:so-ket", "agency:so-tc", "feed:bao.ics"]
    text = report.to_text()
    assert text.index("Nhiệm vụ I.6 — Việc có thời gian khó đọc") < text.index("Nhiệm vụ II.1 — Treo băng rôn")


def test_task_order_is_numeric():
    plan = make_plan()
    tasks = [replace(t, id=i) for t, i in zip(plan.tasks[:2], ("III.13", "III.2"))]
    plan = replace(plan, tasks=tasks, agencies=plan.agencies)
    occ = {"III.13": [Occurrence(Kind.DEADLINE, D(2023, 1, 1), D(2023, 1, 1))],
           "III.2": [Occurrence(Kind.DEADLINE, D(2023, 1, 2), D(2023, 1, 2))]}
    resolved = make_resolved(plan, occ)
    groups = [f.group for f in run_check(plan, resolved).findings if f.kind == "before-plan"]
    assert groups == ["III.2", "III.13"]


def test_exit_codes_and_json(report):
    assert report.exit_code() == 1 and report.exit_code(strict=True) == 1
    warnings_only = CheckReport(report.plan, report.warnings)
    assert warnings_only.exit_code() == 0 and warnings_only.exit_code(strict=True) == 1
    plan, resolved = clean_plan()
    clean = run_check(plan, resolved)
    assert clean.findings == () and clean.exit_code(strict=True) == 0
    data = json.loads(report.to_json())
    assert data["errors"] == 1 and data["warnings"] == len(report.warnings)
    assert {f["kind"] for f in data["findings"]} >= {"phrase-error", "remark", "feed-size"}


# ---------------------------------------------------------------- the command


def write_data(folder: Path, timing: str = "Hoàn thành trước sự kiện 10 ngày", event_date="2024-01-01",
               status="confirmed") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    tasks = {
        "plan": {"id": "9-KH/TEST", "short_name": "KH 9", "issuer": "Ban Tuyên giáo Tỉnh ủy",
                 "date": "2023-05-30", "title": "Kế hoạch thử", "timezone": "Asia/Ho_Chi_Minh"},
        "sections": [{"id": "I", "title": "Kỷ niệm", "events": ["20-nam"]}],
        "tasks": [
            {"id": "I.1", "section": "I", "content": "Tuyên truyền", "lead": "Báo Lai Châu",
             "partners": "Sở Văn hóa", "timing": "Từ tháng 6 đến hết tháng 8/2023"},
            {"id": "I.2", "section": "I", "content": "Phóng sự", "lead": "Sở Văn hóa", "partners": "",
             "timing": timing},
        ],
    }
    events = {"events": [{"id": "20-nam", "name": "Kỷ niệm 20 năm thành lập tỉnh", "aliases": [],
                          "date": event_date, "status": status, "source": "thử"}]}
    agencies = {"agencies": [
        {"id": "bao", "name": "Báo Lai Châu", "short": "", "aliases": [], "group": False, "members": [],
         "publication_rrule": None},
        {"id": "so-vh", "name": "Sở Văn hóa", "short": "", "aliases": [], "group": False, "members": [],
         "publication_rrule": None},
    ], "generic": ["Các đơn vị có liên quan"]}
    for name, doc in (("tasks", tasks), ("events", events), ("agencies", agencies)):
        (folder / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return folder


def run(*args):
    return CliRunner().invoke(cli, ["check", *args], catch_exceptions=False)


def test_cli_clean_plan_exits_0_even_strict(tmp_path):
    data = write_data(tmp_path / "data")
    for extra in ([], ["--strict"]):
        result = run("--data", str(data), *extra)
        assert result.exit_code == 0, result.output
        assert "0 lỗi, 0 cảnh báo" in result.output


def test_cli_warnings_exit_0_and_strict_exit_1(tmp_path):
    data = write_data(tmp_path / "data", event_date=None, status="unknown")
    result = run("--data", str(data))
    assert result.exit_code == 0, result.output
    assert "kh-ical events set 20-nam YYYY-MM-DD" in result.output
    assert run("--data", str(data), "--strict").exit_code == 1


def test_cli_phrase_error_exits_1_with_json(tmp_path):
    data = write_data(tmp_path / "data", timing="Vào dịp thích hợp")
    result = run("--data", str(data), "--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.output)
    (err,) = [f for f in report["findings"] if f["severity"] == "error"]
    assert err["kind"] == "phrase-error" and err["task"] == "I.2"


def test_cli_data_error_is_a_report_with_exit_1(tmp_path):
    data = write_data(tmp_path / "data")
    (data / "events.json").write_text("{not json", encoding="utf-8")
    result = run("--data", str(data))
    assert result.exit_code == 1
    assert "[LỖI]" in result.output and "events.json" in result.output
    assert not result.output.startswith("Error:")


def test_shipped_plan_reports_the_iii13_remark():
    result = run("--data", str(SHIPPED_DATA), "--format", "json")
    report = json.loads(result.output)
    (remark,) = [f for f in report["findings"] if f["kind"] == "remark"]
    assert remark["task"] == "III.13"
    assert "7/1/2024 là 4 ngày sau sự kiện, không phải 2 ngày sau" in remark["message"]
    unresolved = [f for f in report["findings"] if f["kind"] == "unresolved"]
    assert [f["task"] for f in unresolved] == ["I.3"]
    assert "kh-ical events set hoi-nghi-so-ket-giua-nhiem-ky YYYY-MM-DD" in unresolved[0]["hint"]
    assert result.exit_code == (1 if report["errors"] else 0)


def test_estimated_event_that_becomes_confirmed_is_silent():
    events = tuple(replace(e, status=EventStatus.CONFIRMED) if e.id == "mit-tinh" else e for e in EVENTS)
    plan = make_plan(events=events)
    resolved = make_resolved(plan)
    assert not [f for f in run_check(plan, resolved).findings if f.group == "event:mit-tinh"]
