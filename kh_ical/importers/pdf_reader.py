"""PDF with a text layer → SourceDocument, with pdfplumber's table extraction.

Tables are found by their ruling lines. A table that goes on over the next
page (same columns at the same places) is one table; the first row of each
continuation is flagged so that the table rules can join a row the page break
cut in two. Merged cells: pdfplumber leaves the grid positions a spanning cell
covers empty (None); each takes the text of the cell covering it, found from
the cells' boxes. A scanned PDF (no text at all) is refused: there is nothing
to read without OCR.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException

from kh_ical.errors import KhIcalError
from kh_ical.importers.grid import SourceDocument, Table, not_a_table, rectangular, undo_hyphen_wraps

KIND = "PDF (.pdf)"
EXPECTED = "một tệp PDF có lớp chữ (xuất từ Word/LibreOffice, không phải bản quét)"
_SAME_PLACE = 2.0  # points: column edges of a table's continuation on the next page


def read(path: Path) -> SourceDocument:
    try:
        pdf = pdfplumber.open(str(path))
    except (PdfminerException, PDFSyntaxError, PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise _unreadable(path, exc) from None
    with pdf:
        try:
            pages = [_page(page) for page in pdf.pages]
        except (PdfminerException, PDFSyntaxError, PDFPasswordIncorrect, PDFEncryptionError) as exc:
            raise _unreadable(path, exc) from None
    if not any(chars for chars, _, _ in pages):
        raise KhIcalError(f"{path}: tệp PDF không có lớp chữ (có lẽ là bản quét, chỉ có ảnh), nên không đọc "
                          f"được bảng. Cần {EXPECTED}; hãy nhập tệp Word/Excel gốc, hoặc PDF xuất từ chúng.")
    tables = _join_pages([tables for _, tables, _ in pages])
    if not tables:
        raise not_a_table(path, EXPECTED + " với bảng kẻ đường viền")
    lines = tuple(line for _, _, page_lines in pages for line in page_lines)
    return SourceDocument(KIND, tuple(tables), lines)


def _unreadable(path: Path, exc: Exception) -> KhIcalError:
    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
        return KhIcalError(f"{path}: tệp PDF có đặt mật khẩu nên không đọc được; cần {EXPECTED} không mật khẩu.")
    return KhIcalError(f"{path}: không mở được như tệp PDF ({type(cause).__name__}); cần {EXPECTED}.")


# A page's tables: (rows of cell texts, merged-down flags, column left edges)
_PageTable = tuple[list[list[str]], list[list[bool]], tuple[float, ...]]


def _page(page) -> tuple[int, list[_PageTable], list[str]]:
    found = sorted(page.find_tables(), key=lambda t: (t.bbox[1], t.bbox[0]))
    tables = [(*_cells(page, t), tuple(round(c.bbox[0], 1) for c in t.columns)) for t in found]
    outside = page
    for t in found:
        outside = outside.outside_bbox(t.bbox)
    text = _nfc(outside.extract_text() or "")
    return len(page.chars), tables, [line for line in text.split("\n") if line.strip()]


def _cells(page, table) -> tuple[list[list[str]], list[list[bool]]]:
    """Cell texts, every grid position a spanning cell covers holding that cell's
    text, and per position whether it is covered from a row above (merged down)."""
    rows = table.rows
    lefts = [c.bbox[0] for c in table.columns] + [table.bbox[2]]
    tops = [r.bbox[1] for r in rows] + [table.bbox[3]]
    boxes = [(q, k, box) for q, row in enumerate(rows) for k, box in enumerate(row.cells) if box is not None]
    texts: list[list[str]] = []
    merged: list[list[bool]] = []
    for r, row in enumerate(rows):
        line: list[str] = []
        down: list[bool] = []
        for c, box in enumerate(row.cells):
            if box is not None:
                line.append(_cell_text(page, box))
                down.append(False)
                continue
            x, y = (lefts[c] + lefts[c + 1]) / 2, (tops[r] + tops[r + 1]) / 2  # the middle of the position
            owner = next(((q, k) for q, k, b in boxes if b[0] <= x <= b[2] and b[1] <= y <= b[3]), None)
            if owner is None:
                line.append("")
                down.append(False)
            else:
                q, k = owner
                line.append(texts[q][k] if q < r else line[k])
                down.append(q < r)
        texts.append(line)
        merged.append(down)
    return texts, merged


def _cell_text(page, box) -> str:
    """The cell's lines ("\n" between them), as pdfplumber's table extraction
    assigns characters to cells (by their middle), with words the line width
    cut in two put back together (`_cut_word`) and hyphen wraps undone."""
    x0, top, x1, bottom = box

    def inside(obj) -> bool:
        return obj.get("object_type") != "char" or (
            x0 <= (obj["x0"] + obj["x1"]) / 2 < x1 and top <= (obj["top"] + obj["bottom"]) / 2 < bottom)

    lines = page.filter(inside).extract_text_lines(return_chars=True)
    if not lines:
        return ""
    aligned = all(abs(line["x0"] - lines[0]["x0"]) <= _SAME_PLACE for line in lines)
    right = x1 - (lines[0]["x0"] - x0)  # the text's right edge: padding as on the left
    text = lines[0]["text"]
    for a, b in pairwise(lines):
        text += ("" if aligned and _cut_word(a, b, right) else "\n") + b["text"]
    return undo_hyphen_wraps(_nfc(text))


_CODE = re.compile(r"[\d&,./-]|[A-ZĐ]{2}")


def _cut_word(a: dict, b: dict, right: float) -> bool:
    """Line `a` is one word that the cell's width cut, and `b` goes on with it
    ("VH,TT&D" / "L"): `a` has no space, the first letter of `b` would not fit
    after it, and the word is a code or a number (digits, "&", ",", "/" or
    capitals), never two syllables of prose, which are wrapped at a space."""
    first = b["chars"][0]
    return (" " not in a["text"] and a["x1"] + (first["x1"] - first["x0"]) > right + 0.1
            and bool(_CODE.search(a["text"] + b["text"].split(" ")[0])))


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _join_pages(pages: list[list[_PageTable]]) -> list[Table]:
    """Tables in order; the first table of a page continues the last one of the
    page before when its columns stand at the same places."""
    out: list[list] = []  # [rows, merged flags, column edges, indexes of continuation rows, last page]
    for number, tables in enumerate(pages):
        for i, (rows, merged, edges) in enumerate(tables):
            last = out[-1] if out else None
            if i == 0 and last is not None and last[4] == number - 1 and _same_columns(last[2], edges):
                last[3].add(len(last[0]))
                last[0].extend(rows)
                last[1].extend(merged)
                last[4] = number
            else:
                out.append([rows, merged, edges, set(), number])
    return [rectangular(rows, frozenset(flags), merged) for rows, merged, _, flags, _ in out]


def _same_columns(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= _SAME_PLACE for x, y in zip(a, b, strict=True))
