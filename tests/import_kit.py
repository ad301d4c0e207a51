"""Small documents made in the tests with python-docx and openpyxl (import helper).

Cells: "\\n" starts a new paragraph, "\\r" is a line break inside one (w:br).
Merges are ((first row, first column), (last row, last column)), 0-based, the
merged cell's text being the first cell's.
"""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HEADER = ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "import"

Merge = tuple[tuple[int, int], tuple[int, int]]


def _fill(cell, text: str) -> None:
    paragraphs = text.split("\n")
    cell.text = ""
    for i, para_text in enumerate(paragraphs):
        paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        for j, piece in enumerate(para_text.split("\r")):
            run = paragraph.add_run(piece)
            if j < len(para_text.split("\r")) - 1:
                run.add_break()


def make_docx(path: Path, rows: list[list[str]], *, merges: list[Merge] = (), before: list[str] = (),
              repeat_header: bool = False, tables: int = 1) -> Path:
    """A Word file with `before` paragraphs, then `tables` copies of the table `rows`."""
    document = docx.Document()
    for line in before:
        document.add_paragraph(line)
    for _ in range(tables):
        table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                _fill(table.cell(r, c), text)
        for (r0, c0), (r1, c1) in merges:
            text = rows[r0][c0]
            merged = table.cell(r0, c0).merge(table.cell(r1, c1))
            _fill(merged, text)
        if repeat_header:
            flag = OxmlElement("w:tblHeader")
            flag.set(qn("w:val"), "true")
            table.rows[0]._tr.get_or_add_trPr().append(flag)
        document.add_paragraph("")
    document.save(path)
    return path


def make_xlsx(path: Path, rows: list[list], *, merges: list[Merge] = (), sheets: int = 1,
              formats: dict[tuple[int, int], str] | None = None) -> Path:
    book = openpyxl.Workbook()
    for s in range(sheets):
        ws = book.active if s == 0 else book.create_sheet(f"Trang {s + 1}")
        for row in rows:
            ws.append(row)
        for (r0, c0), (r1, c1) in merges:
            ws.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)
        for (r, c), number_format in (formats or {}).items():
            ws.cell(r + 1, c + 1).number_format = number_format
    book.save(path)
    return path


def task_rows() -> list[list[str]]:
    """A small appendix: header, section I merged across, two tasks, section II, one task."""
    return [
        HEADER,
        ["I", "Tuyên truyền", "Tuyên truyền", "Tuyên truyền", "Tuyên truyền"],
        ["1", "Xây dựng đề cương", "Ban Tuyên giáo Tỉnh ủy", "Các đơn vị có liên quan", "Quý II/2023"],
        ["2", "- Tin, bài.\n- Phóng sự.", "Báo Lai Châu", "", "Từ tháng 6 đến\rhết tháng 8/2023"],
        ["II", "Kỷ niệm", "Kỷ niệm", "Kỷ niệm", "Kỷ niệm"],
        ["1", "Hội thảo khoa học", "Ban Tuyên giáo Tỉnh ủy", "Các đơn vị có liên quan",
         "Hoàn thành trong quý IV/2023"],
    ]


TASK_ROWS_MERGES: list[Merge] = [((1, 1), (1, 4)), ((4, 1), (4, 4))]
