"""Excel (.xlsx) → SourceDocument, with openpyxl: one table per worksheet.

Values become the text a person sees: a merged range's value fills every cell
of the range, whole numbers lose their ".0", and a date is written back in the
cell's own date format (never a serial number such as 45000).
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from kh_ical.errors import KhIcalError
from kh_ical.importers.grid import SourceDocument, Table, not_a_table, rectangular, refuse_ole

KIND = "Excel (.xlsx)"
EXPECTED = "một tệp Excel .xlsx"


def read(path: Path) -> SourceDocument:
    refuse_ole(path, EXPECTED, "Excel")
    try:
        # data_only: a formula's last computed value, as Excel shows it
        book = openpyxl.load_workbook(str(path), data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        if isinstance(exc, FileNotFoundError):
            raise
        raise KhIcalError(f"{path}: không mở được như tệp Excel .xlsx ({type(exc).__name__}); "
                          f"cần {EXPECTED} lưu từ Excel hoặc LibreOffice.") from None
    tables = [t for t in (_sheet(ws) for ws in book.worksheets) if t.rows]
    if not tables:
        raise not_a_table(path, EXPECTED)
    return SourceDocument(KIND, tuple(tables))


def _sheet(ws: Worksheet) -> Table:
    grid = [[cell_text(c.value, c.number_format) for c in row] for row in ws.iter_rows()]
    down = [[False] * len(row) for row in grid]
    for merged in ws.merged_cells.ranges:
        top = grid[merged.min_row - 1][merged.min_col - 1] if merged.min_row <= len(grid) else ""
        for r in range(merged.min_row - 1, min(merged.max_row, len(grid))):
            for c in range(merged.min_col - 1, min(merged.max_col, len(grid[r]))):
                grid[r][c] = top
                down[r][c] = r > merged.min_row - 1
    while grid and not any(grid[-1]):
        grid.pop()
    return rectangular(grid, merged=down[:len(grid)])


def cell_text(value, number_format: str = "General") -> str:
    """What the cell shows, as text.

    >>> cell_text(3.0), cell_text(2.5), cell_text(dt.datetime(2023, 4, 12), "dd/mm/yyyy")
    ('3', '2.5', '12/04/2023')
    >>> cell_text(dt.datetime(2023, 4, 12), "mm-dd-yy")  # Excel's built-in short date: the Vietnamese one
    '12/04/2023'
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n")
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return _date_text(value, number_format)
    return str(value)


# Excel date codes → strftime. Built-in format 14 ("mm-dd-yy") is shown in the
# computer's own short date form; for Vietnamese users that is dd/mm/yyyy.
_LOCALE_SHORT_DATE = {"mm-dd-yy": "dd/mm/yyyy", "m/d/yyyy": "dd/mm/yyyy", "general": "dd/mm/yyyy"}
_DATE_CODE = re.compile(r"yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss|s|am/pm|\[[^\]]*\]|\"[^\"]*\"|\\.|.", re.I)


def _date_text(value, number_format: str) -> str:
    fmt = number_format.split(";")[0]
    fmt = _LOCALE_SHORT_DATE.get(fmt.lower(), fmt)
    out = []
    tokens = _DATE_CODE.findall(fmt)
    for i, token in enumerate(tokens):
        low = token.lower()
        after_hour = any(t.lower() in ("h", "hh") for t in tokens[max(0, i - 2):i])
        before_second = any(t.lower() in ("s", "ss") for t in tokens[i + 1:i + 3])
        minutes = low in ("m", "mm") and (after_hour or before_second)
        out.append(_part(value, low, minutes, token))
    text = "".join(out)
    return text or value.isoformat()


def _part(value, low: str, minutes: bool, token: str) -> str:
    if minutes:
        return f"{value.minute:02d}" if low == "mm" else str(value.minute)
    parts = {
        "yyyy": lambda: f"{value.year:04d}", "yy": lambda: f"{value.year % 100:02d}",
        "mm": lambda: f"{value.month:02d}", "m": lambda: str(value.month),
        "mmm": lambda: f"Th{value.month}", "mmmm": lambda: f"Tháng {value.month}",
        "dd": lambda: f"{value.day:02d}", "d": lambda: str(value.day),
        "hh": lambda: f"{value.hour:02d}", "h": lambda: str(value.hour),
        "ss": lambda: f"{value.second:02d}", "s": lambda: str(value.second),
    }
    if low in parts:
        try:
            return parts[low]()
        except AttributeError:  # a date has no hour, a time no year
            return ""
    if token.startswith("[") or low == "am/pm":
        return ""
    if token.startswith('"'):
        return token[1:-1]
    if token.startswith("\\"):
        return token[1:]
    return token
