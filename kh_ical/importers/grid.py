"""What every reader produces: tables as rows of cell texts, and the text around them.

Readers resolve merged cells (a merged cell's text is repeated in every grid
position it covers) and keep each cell's line breaks as "\\n"; joining lines
and everything else about what the cells mean is `kh_ical.importers.table`'s
job, the same for every format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kh_ical.errors import KhIcalError

# A line broken after a hyphen inside a word ("Đài PT-" / "TH tỉnh"), as a PDF's
# wrapped lines and a row cut by a page break are: the wrap is undone with no
# space. A dash standing alone ("văn học -" / "nghệ thuật") keeps its space.
_HYPHEN_WRAP = re.compile(r"(?<=\w-)\n(?=\w)")


def undo_hyphen_wraps(text: str) -> str:
    r"""
    >>> undo_hyphen_wraps("Đài PT-\nTH tỉnh; văn học -\nnghệ thuật")
    'Đài PT-TH tỉnh; văn học -\nnghệ thuật'
    """
    return _HYPHEN_WRAP.sub("", text)


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    # The first row of a table's continuation on a new page (PDF only): its
    # cells may be the rest of the row before, cut by the page break.
    continues: bool = False
    # Per cell: it is the cell of the row above, merged down into this row
    # (its text repeated here). Empty: no cell is.
    merged: tuple[bool, ...] = ()

    def merged_down(self, column: int) -> bool:
        return column < len(self.merged) and self.merged[column]


@dataclass(frozen=True)
class Table:
    rows: tuple[Row, ...]

    @property
    def width(self) -> int:
        return max((len(r.cells) for r in self.rows), default=0)


@dataclass(frozen=True)
class SourceDocument:
    """A document as read: its tables in order and its other lines of text."""

    kind: str  # how the report names the format: "Word (.docx)"
    tables: tuple[Table, ...]
    lines: tuple[str, ...] = ()  # text outside the tables (title, "Kèm theo Kế hoạch số …")


def rectangular(rows: list[list[str]], continues_at: frozenset[int] = frozenset(),
                merged: list[list[bool]] | None = None) -> Table:
    """A Table whose rows all have the same number of cells (short rows padded with "").

    `merged`, per row and cell: the cell is merged down from the row above (see Row.merged).
    """
    width = max((len(r) for r in rows), default=0)
    flags = merged or [[] for _ in rows]
    return Table(tuple(Row(tuple(r) + ("",) * (width - len(r)), i in continues_at,
                           tuple(f) + (False,) * (width - len(f)) if any(f) else ())
                       for i, (r, f) in enumerate(zip(rows, flags, strict=True))))


# Office files saved with a password are not zip archives but OLE compound files
# (as are Word/Excel 97-2003 files); the encrypted ones hold an "EncryptedPackage" stream.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


def refuse_ole(path: Path, expected: str, old_format: str) -> None:
    """A clear message when an OLE file stands where a .docx/.xlsx (a zip) was expected."""
    data = path.read_bytes()
    if not data.startswith(_OLE_MAGIC):
        return
    if _ENCRYPTED in data:
        raise KhIcalError(f"{path}: tệp có đặt mật khẩu nên không đọc được. Hãy mở tệp, lưu một bản không "
                          f"mật khẩu rồi nhập bản đó (cần {expected}).")
    raise KhIcalError(f"{path}: đây là tệp {old_format} kiểu cũ (97-2003), không phải {expected}. "
                      "Hãy mở tệp, lưu lại theo định dạng mới rồi nhập lại.")


def not_a_table(path: Path, expected: str) -> KhIcalError:
    """The message for a file that holds no table at all."""
    return KhIcalError(f"{path}: không thấy bảng nào trong tệp; cần {expected} có bảng phụ lục "
                       "(các cột TT, Nội dung, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian thực hiện).")
