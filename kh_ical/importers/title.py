"""The plan's number, date and issuer, from the lines around its table.

An appendix says whose it is: "(Kèm theo Kế hoạch số 171-KH/BTGTU, ngày
30/5/2023 của Ban Tuyên giáo Tỉnh ủy Lai Châu)"; a whole plan has "Số:
171-KH/BTGTU" and "Lai Châu, ngày 30 tháng 5 năm 2023" in its letterhead. What
the lines do not say becomes a placeholder that the report asks to fill.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# Documents an appendix is attached to, and their abbreviations (calendar names).
DOCUMENT_KINDS = {"Kế hoạch": "KH", "Chương trình": "CTr", "Quyết định": "QĐ", "Công văn": "CV",
                  "Hướng dẫn": "HD", "Đề án": "ĐA", "Nghị quyết": "NQ", "Chỉ thị": "CT", "Thông báo": "TB"}
PLACEHOLDER_DATE = "YYYY-MM-DD"
PLACEHOLDERS = {
    "id": "(cần điền: số kế hoạch, vd. 171-KH/BTGTU)",
    "short_name": "(cần điền: tên ngắn, vd. KH 171)",
    "issuer": "(cần điền: cơ quan ban hành)",
    "title": "(cần điền: tên kế hoạch)",
}

_DATE = (r"(?:(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})"
         r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4}))")
_REFERENCE = re.compile(
    rf"(?P<kind>{'|'.join(DOCUMENT_KINDS)})\s+số\s*:?\s*(?P<id>\d+[^\s,;()]*)"
    rf"(?:\s*,?\s*ngày\s+{_DATE})?"
    r"(?:\s+của\s+(?P<issuer>[^()\n]+?)\s*(?=\)|\n|$))?",
    re.IGNORECASE,
)
_NUMBER_LINE = re.compile(r"^\s*Số\s*:\s*(?P<id>\d+[^\s,;()]*)", re.IGNORECASE | re.MULTILINE)
_DATE_LINE = re.compile(rf"ngày\s+{_DATE}", re.IGNORECASE)


@dataclass(frozen=True)
class PlanHeading:
    plan: dict  # tasks.json "plan", placeholders where unknown
    missing: tuple[str, ...]  # fields holding a placeholder (or a guessed date), to fill by hand
    year: int | None  # the year for reading dates written without one, when known
    notes: tuple[str, ...] = ()


def read_heading(lines: tuple[str, ...], plan_id: str | None = None, year: int | None = None) -> PlanHeading:
    """tasks.json's "plan" from the document's lines and the command's options.

    >>> h = read_heading(("PHỤ LỤC", "(Kèm theo Kế hoạch số 171-KH/BTGTU, ngày 30/5/2023 của Ban",
    ...                   "Tuyên giáo Tỉnh ủy Lai Châu)"))
    >>> h.plan["id"], h.plan["short_name"], h.plan["date"], h.plan["issuer"], h.missing
    ('171-KH/BTGTU', 'KH 171', '2023-05-30', 'Ban Tuyên giáo Tỉnh ủy Lai Châu', ())
    >>> h.plan["title"]
    'Kế hoạch số 171-KH/BTGTU, ngày 30/5/2023 của Ban Tuyên giáo Tỉnh ủy Lai Châu'
    """
    text = _joined(lines)
    notes: list[str] = []
    ref = _REFERENCE.search(text)
    found_id = ref["id"] if ref else _first(_NUMBER_LINE, text, "id")
    date_match = ref if ref and (ref["d"] or ref["d2"]) else _DATE_LINE.search(text)
    date = _date(date_match) if date_match else None
    if date_match and date is None:
        notes.append(f"ngày ban hành {'/'.join(_date_parts(date_match))} không có thật: hãy ghi ngày đúng")
    the_id = plan_id or found_id
    if plan_id and found_id and plan_id != found_id:
        notes.append(f"--plan-id {plan_id} khác số ghi trong tài liệu ({found_id}): dùng {plan_id}")
    if date is not None and year is not None and date.year != year:
        notes.append(f"--year {year} khác năm ban hành ghi trong tài liệu ({date:%d/%m/%Y}): dùng ngày trong tài liệu")
    kind = _kind(ref["kind"]) if ref else None
    issuer = " ".join(ref["issuer"].split()) if ref and ref["issuer"] else None
    title = " ".join(ref.group(0).split()) if ref else (f"{kind or 'Kế hoạch'} số {the_id}" if the_id else None)
    plan = {
        "id": the_id or PLACEHOLDERS["id"],
        "short_name": _short_name(the_id, kind) if the_id else PLACEHOLDERS["short_name"],
        "issuer": issuer or PLACEHOLDERS["issuer"],
        "date": date.isoformat() if date else (f"{year}-01-01" if year else PLACEHOLDER_DATE),
        "title": title or PLACEHOLDERS["title"],
        "timezone": "Asia/Ho_Chi_Minh",
    }
    missing = [k for k, v in plan.items() if v in PLACEHOLDERS.values() or v == PLACEHOLDER_DATE]
    if date is None and year:
        missing.append("date")
        notes.append(f"tài liệu không ghi ngày ban hành: tạm ghi 01/01/{year} theo --year, hãy sửa cho đúng")
    return PlanHeading(plan, tuple(missing), date.year if date else year, tuple(notes))


def _joined(lines: tuple[str, ...]) -> str:
    """The lines as one text; a line broken inside parentheses is joined to the next
    (a PDF wraps "(Kèm theo … của Ban" / "Tuyên giáo Tỉnh ủy)")."""
    out: list[str] = []
    depth = 0
    for line in lines:
        line = " ".join(line.split())
        out.append((" " if depth > 0 and out else "\n" if out else "") + line)
        depth = max(0, depth + line.count("(") - line.count(")"))
    return "".join(out)


def _first(pattern: re.Pattern, text: str, group: str) -> str | None:
    m = pattern.search(text)
    return m[group] if m else None


def _date_parts(m: re.Match) -> tuple[str, str, str]:
    return (m["d"], m["m"], m["y"]) if m["d"] else (m["d2"], m["m2"], m["y2"])


def _date(m: re.Match) -> dt.date | None:
    d, mo, y = _date_parts(m)
    try:
        return dt.date(int(y), int(mo), int(d))
    except ValueError:
        return None


def _kind(written: str) -> str:
    """The document kind as DOCUMENT_KINDS spells it ("KẾ HOẠCH" → "Kế hoạch")."""
    return next(k for k in DOCUMENT_KINDS if k.casefold() == written.casefold())


def _short_name(plan_id: str, kind: str | None) -> str:
    """ "171-KH/BTGTU" → "KH 171", "15/KH-UBND" → "KH 15"; else the kind's abbreviation."""
    parts = [p for p in re.split(r"[-/]", plan_id) if p]
    code = parts[1] if len(parts) > 1 and parts[1].isalpha() else DOCUMENT_KINDS.get(kind or "", "KH")
    return f"{code} {parts[0]}" if parts else code
