"""The format-independent rules: header, sections, tasks, joins (kh_ical.importers.table, title)."""

from __future__ import annotations

import pytest
from import_kit import HEADER

from kh_ical.errors import KhIcalError
from kh_ical.importers.grid import Row, SourceDocument, Table, rectangular
from kh_ical.importers.rules import header_role, section_marker
from kh_ical.importers.table import join_lines, read_plan_table
from kh_ical.importers.title import read_heading


def doc(*tables: list[list[str]], lines=(), continues=()) -> SourceDocument:
    return SourceDocument("test", tuple(rectangular([list(r) for r in t], frozenset(continues)) for t in tables),
                          tuple(lines))


def row(tt, content, lead="Báo Lai Châu", partners="", timing="Quý I/2024", *extra):
    return [tt, content, lead, partners, timing, *extra]


def ids(table):
    return [t["id"] for t in table.tasks]


# --- header --------------------------------------------------------------------------


@pytest.mark.parametrize("text, role", [
    ("TT", "number"), ("STT", "number"), ("Số TT", "number"),
    ("NỘI DUNG", "content"), ("Nhiệm vụ", "content"), ("Nội dung công việc", "content"),
    ("Cơ quan chủ trì", "lead"), ("Đơn vị  chủ trì", "lead"), ("Cơ quan, đơn vị chủ trì thực hiện", "lead"),
    ("Cơ quan phối hợp", "partners"), ("ĐƠN VỊ PHỐI HỢP", "partners"),
    ("Thời gian thực hiện", "timing"), ("Thời hạn hoàn thành", "timing"), ("Tiến độ", "timing"),
    ("Thời gian", "timing"), ("Thời gian thực hiện/hoàn thành", "timing"),
    ("Thoi gian thuc hien", None), ("Noi dung", None),  # diacritics are never ignored
    ("Sản phẩm", None), ("Ghi chú", None), ("", None),
])
def test_header_words(text, role):
    assert header_role(text) == role


def test_header_found_below_title_rows_with_its_variants():
    rows = [["PHỤ LỤC", "", "", "", ""], ["(Kèm theo Kế hoạch số 3-KH/X, ngày 2/3/2024 của Sở Y tế)", "", "", "", ""],
            ["STT", "NHIỆM VỤ", "Đơn vị\nchủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành"],
            row("1", "Việc A")]
    table = read_plan_table(doc(rows))
    assert [c.role for c in table.columns] == ["number", "content", "lead", "partners", "timing"]
    assert table.columns[2].header == "Đơn vị chủ trì"
    assert "(Kèm theo Kế hoạch số 3-KH/X, ngày 2/3/2024 của Sở Y tế)" in table.title_lines


def test_no_header_row():
    with pytest.raises(KhIcalError, match="không thấy bảng phụ lục trong tệp \\(1 bảng.*“TT”, “Nội dung”"):
        read_plan_table(doc([["Họ tên", "Chức vụ"], ["A", "B"]]))


def test_two_header_rows():
    rows = [["TT", "Nội dung", "Cơ quan thực hiện", "Cơ quan thực hiện", "Thời gian"],
            ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
            row("1", "Việc A", "Sở Y tế", "Sở Tài chính")]
    table = read_plan_table(doc(rows))
    assert [c.role for c in table.columns] == ["number", "content", "lead", "partners", "timing"]
    assert table.tasks[0]["lead"] == "Sở Y tế" and table.tasks[0]["partners"] == "Sở Tài chính"


def test_extra_and_blank_columns():
    rows = [HEADER + ["Sản phẩm", "Ghi chú", ""], row("1", "Việc A", "B", "", "Quý I/2024", "Báo cáo", "", ""),
            row("2", "Việc B", "B", "", "Quý I/2024", "", "Đã xong", "")]
    table = read_plan_table(doc(rows))
    assert table.tasks[0]["extra"] == {"Sản phẩm": "Báo cáo", "Ghi chú": ""}  # every column, a blank cell as ""
    assert table.tasks[1]["extra"] == {"Sản phẩm": "", "Ghi chú": "Đã xong"}
    assert [c.header for c in table.extra_columns] == ["Sản phẩm", "Ghi chú"]


def test_missing_columns_give_blank_cells():
    table = read_plan_table(doc([["Nội dung", "Thời gian thực hiện"], ["Việc A", "Quý I/2024"]]))
    assert table.tasks == ({"id": "1", "content": "Việc A", "lead": "", "partners": "", "timing": "Quý I/2024"},)


# --- sections ------------------------------------------------------------------------


def test_sections_merged_across_or_with_empty_columns():
    rows = [HEADER, ["I", "SƠ KẾT", "SƠ KẾT", "SƠ KẾT", "SƠ KẾT"], row("1", "Việc A"), row("2", "Việc B"),
            ["II.", "Kỷ niệm", "", "", ""], row("1", "Việc C"),
            ["III. Tổng kết"] * 5, row("1", "Việc D"),
            ["", "IV - Khen thưởng", "", "", ""], row("1", "Việc E")]
    table = read_plan_table(doc(rows))
    assert table.sections == ({"id": "I", "title": "SƠ KẾT", "events": []},
                              {"id": "II", "title": "Kỷ niệm", "events": []},
                              {"id": "III", "title": "Tổng kết", "events": []},
                              {"id": "IV", "title": "Khen thưởng", "events": []})
    assert ids(table) == ["I.1", "I.2", "II.1", "III.1", "IV.1"]
    assert table.tasks[0]["section"] == "I"


def test_letter_sections_and_number_sections():
    rows = [HEADER, ["A", "Phần chung", "", "", ""], row("1", "Việc A"), ["B.", "Phần riêng", "", "", ""],
            row("1", "Việc B")]
    assert ids(read_plan_table(doc(rows))) == ["A.1", "B.1"]
    rows = [HEADER, ["1. Tuyên truyền"] * 5, row("", "Việc A"), row("", "Việc B"),
            ["2", "Tổ chức", "", "", ""], row("2.1", "Việc C"), row("-", "Việc D")]
    table = read_plan_table(doc(rows))
    assert [s["id"] for s in table.sections] == ["1", "2"]
    assert ids(table) == ["1.1", "1.2", "2.1", "2.2"]  # TT not a plain number: the row's order


def test_a_numbered_task_with_blank_cells_is_no_section():
    rows = [HEADER, row("1", "Việc A", "", "", ""), row("2", "Việc B")]
    table = read_plan_table(doc(rows))
    assert table.sections == () and ids(table) == ["1", "2"]
    assert table.tasks[0] == {"id": "1", "content": "Việc A", "lead": "", "partners": "", "timing": ""}


def test_no_sections():
    table = read_plan_table(doc([HEADER, row("1", "Việc A"), row("2.", "Việc B"), row("", "Việc C")]))
    assert table.sections == ()
    assert ids(table) == ["1", "2", "3"] and all("section" not in t for t in table.tasks)


def test_repeated_numbers_are_renumbered_with_a_note():
    table = read_plan_table(doc([HEADER, row("1", "Việc A"), row("1", "Việc B"), row("3", "Việc C")]))
    assert ids(table) == ["1", "2", "3"]
    assert table.notes == ("số thứ tự trong bảng bị trùng: đánh số lại theo thứ tự dòng",)


def test_a_section_row_with_cells_keeps_a_note():
    table = read_plan_table(doc([HEADER, ["I", "Mục", "Sở Y tế", "", ""], row("1", "Việc A")]))
    assert table.sections[0]["title"] == "Mục" and "chỉ lấy tên mục" in table.notes[0]


def test_repeated_section_id():
    table = read_plan_table(doc([HEADER, ["I", "Mục", "", "", ""], row("1", "A"), ["I", "Mục khác", "", "", ""],
                                 row("1", "B")]))
    assert ids(table) == ["I.1", "I-2.1"]


def test_tasks_before_the_first_section():
    table = read_plan_table(doc([HEADER, row("1", "Chung"), ["I", "Mục", "", "", ""], row("1", "A")]))
    assert ids(table) == ["1", "I.1"] and "trước mục đầu tiên" in table.notes[0]


# --- rows ----------------------------------------------------------------------------


def test_cells_are_verbatim_with_lines_joined():
    rows = [HEADER, row("1", "- Tăng cường tin, bài.\n  - Chú trọng   bài viết.\n\n",
                        "Báo Lai Châu;\nĐài PT-TH tỉnh", "Các sở, ban,\nngành", "- Từ tháng 6\n- Trên số báo"),
            row("2", "Nội dung gồm:\n1. Mục tiêu;\n2. Yêu cầu.", timing="Quý I/2024 (dự kiến)")]
    tasks = read_plan_table(doc(rows)).tasks
    assert tasks[0]["content"] == "- Tăng cường tin, bài. - Chú trọng   bài viết."  # inner spaces as written
    assert tasks[0]["lead"] == "Báo Lai Châu; Đài PT-TH tỉnh"
    assert tasks[0]["timing"] == "- Từ tháng 6 - Trên số báo"
    assert tasks[1]["content"] == "Nội dung gồm: 1. Mục tiêu; 2. Yêu cầu."  # numbered sub-items kept


def test_join_lines():
    assert join_lines(" a \r\n b\vc\r\n\n") == "a b c"


def test_header_repeated_on_each_page_and_column_numbers_are_skipped():
    rows = [HEADER, ["(1)", "(2)", "(3)", "(4)", "(5)"], row("1", "A"), HEADER, ["1", "2", "3", "4", "5"],
            row("2", "B"), ["TT", "NỘI DUNG", "CƠ QUAN CHỦ TRÌ", "Cơ quan phối hợp", "Thời gian thực hiện"]]
    table = read_plan_table(doc(rows))
    assert ids(table) == ["1", "2"] and table.skipped == ()


def test_row_cut_by_a_page_break_is_joined():
    rows = [HEADER, ["I", "Mục", "", "", ""], row("1", "Tuyên truyền trên", "Đài PT-", "", "Từ tháng 6 đến"),
            HEADER, ["", "báo, đài", "TH tỉnh", "Sở Y tế", "hết tháng 8/2023"], row("2", "B")]
    table = read_plan_table(doc(rows, continues=(3,)))
    assert table.tasks[0] == {"id": "I.1", "section": "I", "content": "Tuyên truyền trên báo, đài",
                              "lead": "Đài PT-TH tỉnh", "partners": "Sở Y tế", "timing": "Từ tháng 6 đến hết tháng 8/2023"}
    assert ids(table) == ["I.1", "I.2"]


def test_page_break_between_rows_joins_nothing():
    rows = [HEADER, row("1", "A"), HEADER, row("2", "B")]
    assert ids(read_plan_table(doc(rows, continues=(2,)))) == ["1", "2"]


def test_blank_rows_and_rows_without_content():
    rows = [HEADER, ["", "", "", "", ""], row("1", "A"), ["", "", "", "", "Ghi chú cuối bảng"]]
    table = read_plan_table(doc(rows))
    assert ids(table) == ["1"]
    assert [(s.text, s.why) for s in table.skipped] == [("Ghi chú cuối bảng", "không có nội dung")]


def test_following_tables_with_the_same_columns_continue_the_first():
    first = [["Cơ quan ban hành", "Số: 7/KH-UBND"]]
    table = read_plan_table(doc(first, [HEADER, row("1", "A")], [HEADER, row("2", "B")], [["x", "y"]]))
    assert ids(table) == ["1", "2"] and table.tables_joined == 1 and table.tables_ignored == 1
    assert "Số: 7/KH-UBND" in table.title_lines


def test_rows_of_a_table_object():
    assert Table((Row(("a", "b")), Row(("c",)))).width == 2


# --- markers and title lines -----------------------------------------------------------


@pytest.mark.parametrize("text, found", [
    ("I", ("roman", "I", "")), ("IV.", ("roman", "IV", "")), ("II. KỶ NIỆM", ("roman", "II", "KỶ NIỆM")),
    ("A)", ("letter", "A", "")), ("Phần B: Tổ chức", ("letter", "B", "Tổ chức")), ("3.", ("number", "3", "")),
    ("1.1", None), ("I.2", None), ("Ban Tuyên giáo", None), ("a)", None), ("Việc A", None),
])
def test_section_markers(text, found):
    assert section_marker(text) == found


@pytest.mark.parametrize("lines, expected", [
    (("Kế hoạch số 205/KH-UBND ngày 12 tháng 3 năm 2024 của UBND tỉnh",),
     ("205/KH-UBND", "KH 205", "2024-03-12", "UBND tỉnh")),
    (("ỦY BAN NHÂN DÂN TỈNH X", "Số: 42/KH-UBND", "X, ngày 05 tháng 01 năm 2025", "KẾ HOẠCH"),
     ("42/KH-UBND", "KH 42", "2025-01-05", "(cần điền: cơ quan ban hành)")),
    (("KÈM THEO QUYẾT ĐỊNH SỐ 9/QĐ-UBND NGÀY 1/2/2025",), ("9/QĐ-UBND", "QĐ 9", "2025-02-01", None)),
])
def test_plan_heading(lines, expected):
    plan = read_heading(lines).plan
    assert (plan["id"], plan["short_name"], plan["date"]) == expected[:3]
    if expected[3]:
        assert plan["issuer"] == expected[3]


def test_plan_heading_placeholders_and_options():
    h = read_heading(("PHỤ LỤC",))
    assert h.missing == ("id", "short_name", "issuer", "date", "title") and h.plan["date"] == "YYYY-MM-DD"
    assert h.year is None
    h = read_heading(("PHỤ LỤC",), plan_id="7-KH/TU", year=2024)
    assert (h.plan["id"], h.plan["short_name"], h.plan["date"]) == ("7-KH/TU", "KH 7", "2024-01-01")
    assert "date" in h.missing and h.year == 2024 and "theo --year" in h.notes[0]
    h = read_heading(("Kế hoạch số 5-KH/X ngày 31/2/2024",))
    assert h.plan["date"] == "YYYY-MM-DD" and "31/2/2024 không có thật" in h.notes[0]


def merged_table(rows: list[tuple[list[str], str, bool]]) -> SourceDocument:
    """Rows given as (cells, "M" marks per cell: merged down from the row above, continues)."""
    out = []
    for cells, marks, continues in rows:
        out.append(Row(tuple(cells), continues, tuple(m == "M" for m in marks.ljust(len(cells), "."))))
    return SourceDocument("test", (Table(tuple(out)),))


def test_rows_under_one_merged_tt_cell_are_one_task():
    """Each column's cells top to bottom, joined by a space; a cell merged down counted once."""
    header = HEADER + ["Kết quả"]
    table = read_plan_table(merged_table([
        (header, "", False),
        (["1", "Xây dựng hạ tầng", "Trung tâm", "Sở A", "Quý IV/2026", "Cổng thông tin"], "", False),
        (["1", "Hạ tầng dự phòng", "Trung tâm", "Sở A", "Quý IV/2026", "Cổng thông tin"], "M..MMM", False),
        (["2", "Đầu tư thiết bị", "Sở B", "", "Quý IV/2026", "Cổng thông tin"], ".....M", False),
    ]))
    assert table.tasks == (
        {"id": "1", "content": "Xây dựng hạ tầng Hạ tầng dự phòng", "lead": "Trung tâm", "partners": "Sở A",
         "timing": "Quý IV/2026", "extra": {"Kết quả": "Cổng thông tin"}},
        {"id": "2", "content": "Đầu tư thiết bị", "lead": "Sở B", "partners": "", "timing": "Quý IV/2026",
         "extra": {"Kết quả": "Cổng thông tin"}},  # a merged cell's text belongs to every task it spans
    )


def test_a_cell_merged_down_over_a_page_break_keeps_its_text():
    """On the next page the merged cell is drawn again, empty: the tasks under it still have its text."""
    header = HEADER + ["Kinh phí"]
    table = read_plan_table(merged_table([
        (header, "", False),
        (["1", "Việc A", "Sở A", "", "Quý I/2026", "Đầu tư công"], "", False),
        (["2", "Việc B", "Sở A", "", "Quý I/2026", "Đầu tư công"], ".....M", False),
        (["", "(tiếp)", "", "", "", ""], "", True),  # the rest of row 2, on the next page
        (["3", "Việc C", "Sở A", "", "Quý I/2026", ""], ".....M", False),
    ]))
    assert [t["extra"]["Kinh phí"] for t in table.tasks] == ["Đầu tư công"] * 3
    assert table.tasks[1]["content"] == "Việc B (tiếp)"
