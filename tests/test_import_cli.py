"""`kh-ical import` and `kh-ical init` end to end (CliRunner): files, report, refusals."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from icalendar import Calendar
from import_kit import FIXTURES, HEADER, TASK_ROWS_MERGES, make_docx, task_rows

from kh_ical.cli import cli
from kh_ical.loader import load_plan

READER = FIXTURES / "reader"

ROOT = Path(__file__).resolve().parent.parent
BEFORE = ["PHỤ LỤC", "(Kèm theo Kế hoạch số 171-KH/BTGTU, ngày 30/5/2023 của Ban Tuyên giáo Tỉnh ủy Lai Châu)"]


def run(*args: str):
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if not p.name.startswith(".")}


@pytest.fixture
def appendix(tmp_path) -> Path:
    return make_docx(tmp_path / "phu-luc.docx", task_rows(), merges=TASK_ROWS_MERGES, before=BEFORE)


def test_import_into_a_new_folder(tmp_path, appendix):
    data = tmp_path / "plans" / "kh-171" / "data"
    result = run("import", appendix, "--data", data)
    assert result.exit_code == 0, result.output
    assert sorted(snapshot(data)) == ["agencies.json", "events.json", "tasks.json"]
    tasks = json.loads((data / "tasks.json").read_text(encoding="utf-8"))
    assert tasks["plan"] == {"id": "171-KH/BTGTU", "short_name": "KH 171", "issuer": "Ban Tuyên giáo Tỉnh ủy Lai Châu",
                             "date": "2023-05-30", "title": "Kế hoạch số 171-KH/BTGTU, ngày 30/5/2023 của Ban Tuyên "
                             "giáo Tỉnh ủy Lai Châu", "timezone": "Asia/Ho_Chi_Minh"}
    assert tasks["sections"] == [{"id": "I", "title": "Tuyên truyền", "events": []},
                                 {"id": "II", "title": "Kỷ niệm", "events": []}]
    assert tasks["tasks"][1] == {"id": "I.2", "section": "I", "content": "- Tin, bài. - Phóng sự.",
                                 "lead": "Báo Lai Châu", "partners": "", "timing": "Từ tháng 6 đến hết tháng 8/2023"}
    agencies = json.loads((data / "agencies.json").read_text(encoding="utf-8"))
    assert [a["id"] for a in agencies["agencies"]] == ["ban-tuyen-giao-tinh-uy", "bao-lai-chau"]
    assert agencies["generic"] == ["Các đơn vị có liên quan"]
    assert json.loads((data / "events.json").read_text(encoding="utf-8")) == {"events": []}
    # created from the proposals, the registries make a plan the loader and the build accept
    assert len(load_plan(data).tasks) == 3
    built = run("build", "--data", data, "--out", tmp_path / "feeds")
    assert built.exit_code == 0, built.output
    assert (tmp_path / "feeds" / "bao-lai-chau.ics").exists()


def test_text_report(tmp_path, appendix):
    out = run("import", appendix, "--data", tmp_path / "d").output
    assert out.splitlines()[0] == f"Đã đọc {appendix} (Word (.docx)): 5 dòng dưới dòng tiêu đề → 3 nhiệm vụ, 2 mục."
    assert "Kế hoạch: 171-KH/BTGTU (KH 171), ngày 30/5/2023, Ban Tuyên giáo Tỉnh ủy Lai Châu" in out
    assert "  I (2 nhiệm vụ): Tuyên truyền" in out
    assert "Cơ quan mới cần xác nhận (2):" in out
    assert "  “Báo Lai Châu” → id bao-lai-chau; ô I.2 (chủ trì)" in out
    assert "  “Các đơn vị có liên quan”; ô I.1 (phối hợp), II.1 (phối hợp)" in out
    assert f"  {tmp_path / 'd' / 'tasks.json'} (tạo mới)" in out
    assert f"kh-ical build --data {tmp_path / 'd'}" in out


def test_report_of_cells_to_review(tmp_path):
    rows = [HEADER + ["Sản phẩm"],
            ["1", "Việc A", "Đài PT-TH tỉnh", "", "Hoàn thành trước Lễ mít tinh kỷ niệm 01 ngày", "Báo cáo"],
            ["2", "Việc B", "Đài PH-TH tỉnh", "", "Quý II/2023 hoặc sau đó", ""],
            ["3", "Việc C", "Đài PT-TH tỉnh", "", "", ""]]
    path = make_docx(tmp_path / "a.docx", rows)
    result = run("import", path, "--data", tmp_path / "d", "--year", "2023")
    out = result.output
    assert result.exit_code == 0, out
    assert "Ô thời gian chưa đọc được (1):" in out
    assert "  2: không đọc được \"hoặc sau đó\" trong \"Quý II/2023 hoặc sau đó\"" in out
    assert "    Quý II/2023 [[hoặc sau đó]]" in out
    assert "Nhiệm vụ không ghi thời gian (1): 3" in out
    assert "“Đài PH-TH tỉnh” → id dai-ph-th-tinh — có phải “Đài PT-TH tỉnh”?" in out
    assert "Sự kiện mới cần xác nhận (1), chưa có ngày:\n  “Lễ mít tinh kỷ niệm” → id le-mit-tinh-ky-niem; ô 1" in out
    assert "cột không dùng để lập lịch, giữ trong “extra” của nhiệm vụ: “Sản phẩm”" in out
    assert "Không có dòng mục" in out
    assert "cần điền trong tasks.json: plan.id, plan.short_name, plan.issuer, plan.title, plan.date" in out
    tasks = json.loads((tmp_path / "d" / "tasks.json").read_text(encoding="utf-8"))
    assert tasks["plan"]["date"] == "2023-01-01" and tasks["sections"] == []
    assert tasks["tasks"][0]["extra"] == {"Sản phẩm": "Báo cáo"} and tasks["tasks"][2]["timing"] == ""
    assert tasks["tasks"][1]["extra"] == {"Sản phẩm": ""}
    events = json.loads((tmp_path / "d" / "events.json").read_text(encoding="utf-8"))["events"]
    assert events == [{"id": "le-mit-tinh-ky-niem", "name": "Lễ mít tinh kỷ niệm", "aliases": [], "date": None,
                       "status": "unknown", "source": "kh-ical import: ô 1 (thời gian)"}]


def test_json_report(tmp_path, appendix):
    result = run("import", appendix, "--data", tmp_path / "d", "--format", "json")
    report = json.loads(result.output)
    assert report["rows_read"] == 5 and report["tasks"] == 3 and report["format"] == "Word (.docx)"
    assert report["sections"] == [{"id": "I", "title": "Tuyên truyền", "tasks": 2},
                                  {"id": "II", "title": "Kỷ niệm", "tasks": 1}]
    assert [c["role"] for c in report["columns"]] == ["number", "content", "lead", "partners", "timing"]
    assert report["new_agencies"][2] == {"kind": "agency", "name": "Báo Lai Châu", "entry": {
        "id": "bao-lai-chau", "name": "Báo Lai Châu", "short": "", "aliases": [], "group": False, "members": [],
        "source": "kh-ical import: ô I.2 (chủ trì)"}, "found_in": ["I.2 (chủ trì)"], "did_you_mean": None}
    assert report["unreadable_timings"] == [] and report["to_fill"] == []
    assert [w["action"] for w in report["written"]] == ["created"] * 3


def test_twice_gives_the_same_bytes_and_never_overwrites_without_force(tmp_path, appendix):
    data = tmp_path / "d"
    assert run("import", appendix, "--data", data).exit_code == 0
    first = snapshot(data)
    again = run("import", appendix, "--data", data)
    assert again.exit_code == 1
    assert "tasks.json đã có: không ghi đè. Thêm --force để ghi đè" in again.output
    assert snapshot(data) == first
    forced = run("import", appendix, "--data", data, "--force")
    assert forced.exit_code == 0 and snapshot(data) == first
    assert f"{data / 'tasks.json'} (không đổi)" in forced.output


def test_existing_registries_are_never_changed(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    for name in ("agencies.json", "events.json"):
        shutil.copy(ROOT / "data" / name, data / name)
    registries = snapshot(data)
    rows = task_rows()
    rows[2][2] = "Sở Y tế tỉnh; Báo Lai Châu"  # one agency the shipped registry lacks
    rows[5][4] = "Hoàn thành trước Hội nghị tổng kết 5 ngày"
    path = make_docx(tmp_path / "a.docx", rows, merges=TASK_ROWS_MERGES, before=BEFORE)
    result = run("import", path, "--data", data)
    assert result.exit_code == 0, result.output
    assert {k: v for k, v in snapshot(data).items() if k in registries} == registries
    proposals = json.loads((data / "import-proposals.json").read_text(encoding="utf-8"))
    assert proposals == {
        "agencies": [{"id": "so-y-te-tinh", "name": "Sở Y tế tỉnh", "short": "", "aliases": [], "group": False,
                      "members": [], "source": "kh-ical import: ô I.1 (chủ trì)"}],
        "generic": [],
        "events": [{"id": "hoi-nghi-tong-ket", "name": "Hội nghị tổng kết", "aliases": [], "date": None,
                    "status": "unknown", "source": "kh-ical import: ô II.1 (thời gian)"}]}
    assert "trong import-proposals.json rồi chép vào agencies.json / events.json" in result.output
    first = snapshot(data)
    assert run("import", path, "--data", data, "--force").exit_code == 0
    assert snapshot(data) == first


def test_proposals_answered_since_are_deleted_with_force(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    shutil.copy(ROOT / "data" / "agencies.json", data / "agencies.json")
    rows = task_rows()
    rows[2][2] = "Sở Y tế tỉnh"
    path = make_docx(tmp_path / "a.docx", rows, merges=TASK_ROWS_MERGES)
    assert run("import", path, "--data", data).exit_code == 0
    assert (data / "import-proposals.json").exists()
    rows[2][2] = "Báo Lai Châu"
    make_docx(path, rows, merges=TASK_ROWS_MERGES)
    result = run("import", path, "--data", data, "--force")
    assert "import-proposals.json (xoá (không còn đề xuất))" in result.output
    assert not (data / "import-proposals.json").exists()


def test_reimport_keeps_what_was_added_by_hand(tmp_path, appendix):
    data = tmp_path / "d"
    run("import", appendix, "--data", data)
    tasks = json.loads((data / "tasks.json").read_text(encoding="utf-8"))
    tasks["sections"][1]["events"] = ["su-kien-a"]
    tasks["tasks"][0]["timing_as_read"] = "Quý III/2023"
    (data / "tasks.json").write_text(json.dumps(tasks, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    result = run("import", appendix, "--data", data, "--force")
    assert "giữ sections[].events của tasks.json cũ cho mục II" in result.output
    assert "giữ timing_as_read của I.1 (ô thời gian không đổi)" in result.output
    assert json.loads((data / "tasks.json").read_text(encoding="utf-8")) == tasks


def test_plan_id_option(tmp_path, appendix):
    run("import", appendix, "--data", tmp_path / "d", "--plan-id", "9-KH/X")
    plan = json.loads((tmp_path / "d" / "tasks.json").read_text(encoding="utf-8"))["plan"]
    assert (plan["id"], plan["short_name"]) == ("9-KH/X", "KH 9")


def broken_files(tmp_path: Path) -> list[tuple[Path, str]]:
    import docx
    from PIL import Image

    document = docx.Document()
    document.add_paragraph("Không có bảng")
    document.save(str(tmp_path / "no-table.docx"))
    Image.new("RGB", (100, 100), "white").save(tmp_path / "scan.pdf")
    (tmp_path / "plan.odt").write_bytes(b"x")
    (tmp_path / "cp1258.csv").write_bytes(b"TT;N\xf4\xf2i dung\n")
    make_docx(tmp_path / "not-a-plan.docx", [["Họ tên", "Chức vụ"], ["A", "B"]])
    return [
        (tmp_path / "no-table.docx", "không thấy bảng nào trong tệp; cần một tệp Word .docx có bảng phụ lục"),
        (FIXTURES / "reader" / "password.docx", "tệp có đặt mật khẩu nên không đọc được"),
        (FIXTURES / "reader" / "password.xlsx", "tệp có đặt mật khẩu nên không đọc được"),
        (FIXTURES / "reader" / "password.pdf", "tệp PDF có đặt mật khẩu"),
        (tmp_path / "scan.pdf", "không có lớp chữ (có lẽ là bản quét, chỉ có ảnh)"),
        (tmp_path / "plan.odt", "tệp LibreOffice Writer (.odt): hãy mở và lưu lại thành .docx hoặc .xlsx"),
        (tmp_path / "cp1258.csv", "có vẻ là mã Windows-1258 (cp1258)"),
        (tmp_path / "not-a-plan.docx", "không thấy bảng phụ lục trong tệp"),
        (tmp_path / "missing.xlsx", "không tìm thấy tệp"),
    ]


def test_a_broken_file_gets_one_message_and_nothing_is_written(tmp_path):
    for path, message in broken_files(tmp_path):
        data = tmp_path / "out" / "data"
        result = run("import", path, "--data", data)
        assert result.exit_code == 1, (path, result.output)
        assert result.output.startswith("Lỗi: ") and message in result.output, (path, result.output)
        assert result.output.count("\n") == 1, result.output  # one message
        assert not (tmp_path / "out").exists(), path


def test_a_table_with_only_its_header(tmp_path):
    path = make_docx(tmp_path / "a.docx", [HEADER, ["I", "Mục", "", "", ""]])
    result = run("import", path, "--data", tmp_path / "d")
    assert result.exit_code == 1 and "không có dòng nhiệm vụ nào (chỉ có dòng tiêu đề và dòng mục)" in result.output
    assert not (tmp_path / "d").exists()


def test_a_broken_registry_stops_the_import(tmp_path, appendix):
    data = tmp_path / "d"
    data.mkdir()
    (data / "agencies.json").write_text("{\"agencies\": [}", encoding="utf-8")
    result = run("import", appendix, "--data", data)
    assert result.exit_code == 1 and "agencies.json: dòng 1, cột 15: JSON sai cú pháp" in result.output
    assert sorted(p.name for p in data.iterdir()) == ["agencies.json"]


# --- init ----------------------------------------------------------------------------


def test_init_makes_a_plan_that_builds(tmp_path):
    folder = tmp_path / "plans" / "moi" / "data"
    result = run("init", folder)
    assert result.exit_code == 0, result.output
    assert sorted(snapshot(folder)) == ["README.md", "agencies.json", "events.json", "tasks.json"]
    assert "Kế hoạch nhập tay" in (folder / "README.md").read_text(encoding="utf-8")
    plan = load_plan(folder)
    assert [t.id for t in plan.tasks] == ["I.1", "I.2"]
    assert run("check", "--data", folder).exit_code == 0
    assert run("build", "--data", folder, "--out", tmp_path / "feeds").exit_code == 0


def test_init_refuses_a_folder_that_is_not_empty(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "ghi-chu.txt").write_text("x", encoding="utf-8")
    result = run("init", tmp_path / "d")
    assert result.exit_code == 1 and "thư mục không trống" in result.output
    assert [p.name for p in (tmp_path / "d").iterdir()] == ["ghi-chu.txt"]
    assert run("init", tmp_path / "d", "--force").exit_code == 0
    assert (tmp_path / "d" / "ghi-chu.txt").exists() and (tmp_path / "d" / "tasks.json").exists()


def test_init_refuses_a_file(tmp_path):
    (tmp_path / "f").write_text("x", encoding="utf-8")
    assert "không phải thư mục" in run("init", tmp_path / "f").output


# --- what is loaded ------------------------------------------------------------------


def loaded_modules(argv: list[str]) -> set[str]:
    code = ("import sys; from kh_ical.cli import cli\n"
            f"try:\n    cli({argv!r})\nexcept SystemExit:\n    pass\n"
            "print('MODULES', ' '.join(sorted(sys.modules)))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    line = next(line for line in proc.stdout.splitlines() if line.startswith("MODULES "))
    return set(line.split()[1:])


def test_only_import_loads_the_readers_and_only_the_one_it_needs(tmp_path):
    libraries = {"docx", "openpyxl", "pdfplumber", "pdfminer"}
    assert not {"kh_ical.importers", *libraries} & loaded_modules(["check", "--data", str(ROOT / "data")])
    (tmp_path / "a.csv").write_text(";".join(HEADER) + "\n1;Việc;Báo Lai Châu;;Quý I/2024\n", encoding="utf-8")
    modules = loaded_modules(["import", str(tmp_path / "a.csv"), "--data", str(tmp_path / "d")])
    assert "kh_ical.importers.csv_reader" in modules and not libraries & modules


def test_the_documented_report_is_real_output(tmp_path, monkeypatch):
    """Every line of the example report in docs/import.md (but those cut short with "…") is what import prints."""
    readme = (ROOT / "docs" / "import.md").read_text(encoding="utf-8")
    start = readme.index("Đã đọc tests/fixtures/import/reader/pages.docx")
    shown = [line for line in readme[start:readme.index("```", start)].splitlines() if "…" not in line]
    shutil.copytree(FIXTURES, tmp_path / "tests" / "fixtures" / "import")
    monkeypatch.chdir(tmp_path)
    out = run("import", "tests/fixtures/import/reader/pages.docx", "--data", "plans/kh-12/data").output.splitlines()
    assert len(shown) > 15 and [line for line in shown if line not in out] == []


# --- what import writes, the rest of kh-ical reads ---------------------------------------


def test_build_runs_on_the_imported_plan_once_reviewed(tmp_path):
    """pages.docx: a blank timing cell, an extra column, a group with no members, an event with no date,
    and a cell saying "các sự kiện kỷ niệm", which needs its section's events: the one thing to add."""
    data = tmp_path / "d"
    assert run("import", READER / "pages.docx", "--data", data).exit_code == 0
    refused = run("build", "--data", data, "--out", tmp_path / "feeds")
    assert refused.exit_code == 1 and "(I.3).timing: không rõ là sự kiện nào" in refused.output
    tasks = json.loads((data / "tasks.json").read_text(encoding="utf-8"))
    tasks["sections"][0]["events"] = ["le-mit-tinh-ky-niem"]  # the review: what "sự kiện" means in section I
    (data / "tasks.json").write_text(json.dumps(tasks, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    built = run("build", "--data", data, "--out", tmp_path / "feeds")
    assert built.exit_code == 0, built.output
    assert run("check", "--data", data).output.splitlines()[0] == "12-KH/BTGTU: 0 lỗi, 5 cảnh báo"
    feed = Calendar.from_ical((tmp_path / "feeds" / "bao-lai-chau.ics").read_bytes())
    assert "Ghi chú: Sản phẩm: 20 tin, bài" in str(feed.walk("VEVENT")[0]["DESCRIPTION"])  # the extra column


def test_build_runs_on_a_table_without_sections(tmp_path):
    rows = [HEADER + ["Sản phẩm"],
            ["1", "Biên soạn tài liệu", "Sở Y tế", "Các cơ quan, đơn vị có liên quan", "Quý III/2024", "Tài liệu"],
            ["2", "Theo dõi, đôn đốc", "Các cơ quan, đơn vị có liên quan", "", "", ""],
            ["3", "Treo băng rôn", "", "Sở Y tế", "Tháng 9/2024", ""]]
    path = make_docx(tmp_path / "a.docx", rows, before=["Kèm theo Kế hoạch số 8/KH-SYT ngày 2/1/2024 của Sở Y tế"])
    data = tmp_path / "d"
    assert run("import", path, "--data", data).exit_code == 0
    tasks = json.loads((data / "tasks.json").read_text(encoding="utf-8"))
    assert tasks["sections"] == [] and [t["id"] for t in tasks["tasks"]] == ["1", "2", "3"]
    built = run("build", "--data", data, "--out", tmp_path / "feeds")
    assert built.exit_code == 0, built.output
    assert sorted(p.name for p in (tmp_path / "feeds").glob("*.ics")) == ["so-y-te.ics", "tat-ca.ics"]
