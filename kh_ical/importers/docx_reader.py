"""Word (.docx) → SourceDocument, with python-docx.

Merged cells: python-docx repeats a cell spanning columns (gridSpan) and a cell
continued downwards (vMerge) in every grid position it covers, which is what
the table rules expect. A row that starts or ends early (gridBefore/gridAfter)
is padded with blank cells. Paragraphs and line breaks inside a cell become "\\n".
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.document import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table as DocxTable

from kh_ical.errors import KhIcalError
from kh_ical.importers.grid import SourceDocument, Table, not_a_table, rectangular, refuse_ole

KIND = "Word (.docx)"
EXPECTED = "một tệp Word .docx"


def read(path: Path) -> SourceDocument:
    refuse_ole(path, EXPECTED, "Word")
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise KhIcalError(f"{path}: không mở được như tệp Word .docx ({type(exc).__name__}); "
                          f"cần {EXPECTED} lưu từ Word hoặc LibreOffice.") from None
    tables, lines = _body(document)
    if not tables:
        raise not_a_table(path, EXPECTED)
    return SourceDocument(KIND, tuple(tables), tuple(lines))


def _body(document: Document) -> tuple[list[Table], list[str]]:
    tables: list[Table] = []
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, DocxTable):
            tables.append(_table(block))
        elif block.text.strip():
            lines += block.text.split("\n")
    return tables, lines


def _table(table: DocxTable) -> Table:
    rows, merged = [], []
    for row in table.rows:
        before, after = [""] * row.grid_cols_before, [""] * row.grid_cols_after
        rows.append(before + [c.text for c in row.cells] + after)
        down = [tc.vMerge == "continue" for tc in row._tr.tc_lst for _ in range(tc.grid_span)]
        merged.append([False] * len(before) + down + [False] * len(after))
    return rectangular(rows, merged=merged)
