"""CSV → SourceDocument, with the standard library.

UTF-8 with or without a byte-order mark (Excel's "CSV UTF-8" has one); the
separator is a comma, a semicolon (Excel in Vietnamese settings) or a tab, the
one that gives rows of one width. Quoted cells may hold line breaks. Any other
encoding is refused: guessing it would change letters silently.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from pathlib import Path

from kh_ical.errors import KhIcalError
from kh_ical.importers.grid import SourceDocument, not_a_table, rectangular

KIND = "CSV (.csv)"
SEPARATORS = (",", ";", "\t")
# Letters of Vietnamese that Windows-1258 encodes as single bytes, and the tone marks it
# keeps as separate combining characters: a file that decodes to these is most likely cp1258.
_CP1258_SIGNS = frozenset("ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323")


def read(path: Path) -> SourceDocument:
    text = decode(path.read_bytes(), path)
    rows = parse(text)
    if not any(sum(1 for c in r if c.strip()) >= 2 for r in rows):  # one column is no table
        raise not_a_table(path, "một tệp CSV")
    return SourceDocument(KIND, (rectangular(rows),))


def decode(data: bytes, path: Path) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise KhIcalError(f"{path}: tệp CSV được lưu dạng UTF-16 (\"Unicode Text\"); cần CSV mã UTF-8. "
                          "Trong Excel chọn Lưu thành → \"CSV UTF-8 (Comma delimited)\".")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        guess = "có vẻ là mã Windows-1258 (cp1258)" if _looks_cp1258(data) else "không phải UTF-8"
        raise KhIcalError(f"{path}: tệp CSV {guess} (byte {exc.start} không đọc được); cần CSV mã UTF-8. "
                          "Trong Excel chọn Lưu thành → \"CSV UTF-8 (Comma delimited)\", rồi nhập lại.") from None


def _looks_cp1258(data: bytes) -> bool:
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        return False
    return any(c in _CP1258_SIGNS for c in text)


def parse(text: str) -> list[list[str]]:
    """Rows of cells with the separator whose rows agree best on one width (on a
    tie, the one leaving fewer cells that start with a space: a comma of prose).

    >>> parse("TT;Nội dung, việc\\n1;Tuyên truyền, vận động\\n")
    [['TT', 'Nội dung, việc'], ['1', 'Tuyên truyền, vận động']]
    """
    best: list[list[str]] = []
    best_score = (-1, 0, 0)
    for sep in SEPARATORS:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))
        widths = Counter(len(r) for r in rows if any(c.strip() for c in r))
        width, count = widths.most_common(1)[0] if widths else (0, 0)
        spaced = sum(1 for r in rows for c in r if c[:1] == " ")
        score = (count if width > 1 else 0, -spaced, width)
        if score > best_score:
            best, best_score = rows, score
    return [[c.replace("\r\n", "\n").replace("\r", "\n") for c in r] for r in best]
