"""The whole resolved plan as JSON (for scripts), or as a table for people: CSV or an Excel workbook."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

from kh_ical.agencies import agency_names
from kh_ical.errors import KhIcalError
from kh_ical.model import Kind, Occurrence, Plan, ResolvedPlan, Task, TaskOccurrence, task_sort_key
from kh_ical.terms import APPROXIMATE, DONE, EVENT, KIND, TENTATIVE, UNDATED
from kh_ical.text import clean, repeat_text, time_text


def occurrence_fields(occ: Occurrence) -> dict[str, Any]:
    """The contract's fields of one occurrence, JSON-ready (dates ISO, inclusive)."""
    return {
        "kind": occ.kind.value,
        "start": occ.start.isoformat() if occ.start else None,
        "end": occ.end.isoformat() if occ.end else None,
        "label": occ.label,
        "event": occ.event,
        "approximate": occ.approximate,
        "done": occ.done,
        "note": occ.note,
        "time": occ.time.strftime("%H:%M") if occ.time else None,
        "end_time": occ.end_time.strftime("%H:%M") if occ.end_time else None,
        "rrule": occ.rrule,  # RFC 5545 RRULE text ("FREQ=YEARLY;UNTIL=20301231"); start/end: the first instance
    }


def _task_row(task: Task, occ: Occurrence) -> dict[str, Any]:
    fields = occurrence_fields(occ)
    return {
        "task": task.id,
        "section": task.section,
        **{k: fields[k] for k in ("kind", "start", "end", "label", "event", "approximate")},
        "tentative": occ.tentative,
        **{k: fields[k] for k in ("done", "note", "time", "end_time", "rrule")},
        "lead": list(task.lead_ref.agencies),
        "partners": list(task.partners_ref.agencies),
    }


def in_task_order(resolved: ResolvedPlan) -> list[TaskOccurrence]:
    """Document order (I.1, I.2, …, III.13), each task's parts in order: how people read a plan."""
    return sorted(resolved.occurrences, key=lambda to: (task_sort_key(to.task.id), to.occurrence.sort_key()))


def export_data(resolved: ResolvedPlan) -> dict[str, Any]:
    plan = resolved.plan
    info = plan.info
    return {
        "plan": {"id": info.id, "short_name": info.short_name, "issuer": info.issuer,
                 "date": info.date.isoformat(), "title": info.title, "timezone": info.timezone},
        "events": [
            {"id": e.id, "name": e.name, "date": e.date.isoformat() if e.date else None, "status": e.status.value}
            for e in plan.events
        ],
        "occurrences": [_task_row(to.task, to.occurrence) for to in in_task_order(resolved)],
        "unresolved": [{"task": t.id, "reason": u.reason} for t, u in resolved.unresolved],
    }


def export_json(resolved: ResolvedPlan) -> str:
    return json.dumps(export_data(resolved), ensure_ascii=False, indent=2) + "\n"


def export_json_bytes(resolved: ResolvedPlan, sep: str = ",") -> bytes:
    return export_json(resolved).encode("utf-8")


# ------------------------------------------------------------------ the table for people (CSV, Excel)

# The plan's own table first (as the document orders it), then what kh-ical worked out.
TABLE_COLUMNS = ("TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian", "Từ ngày", "Đến ngày", "Giờ", "Loại",
                 "Ghi chú")


def table_rows(resolved: ResolvedPlan) -> list[tuple[Any, ...]]:
    """One row per calendar entry, undated part and part still waiting for its
    event's date, in document order; dates as `datetime.date`, text in Vietnamese."""
    plan = resolved.plan
    rows: list[tuple[tuple, tuple[Any, ...]]] = []
    for source, items in enumerate((resolved.occurrences, resolved.undated)):
        for to in items:
            rows.append(((task_sort_key(to.task.id), to.occurrence.part, source, to.occurrence.sort_key()),
                         _entry_row(plan, to.task, to.occurrence)))
    for task, un in resolved.unresolved:
        kind = f"{UNDATED.capitalize()} — {un.label}" if un.label else UNDATED.capitalize()
        rows.append(((task_sort_key(task.id), un.part, 2, ()), (*_task_cells(plan, task), None, None, "", kind,
                                                               un.reason)))
    return [row for _, row in sorted(rows, key=lambda r: r[0])]


def _task_cells(plan: Plan, task: Task) -> tuple[str, ...]:
    return (task.id, clean(task.content), agency_names(plan, task.lead_ref, task.lead),
            agency_names(plan, task.partners_ref, task.partners), clean(task.timing))


def _entry_row(plan: Plan, task: Task, occ: Occurrence) -> tuple[Any, ...]:
    start = None if occ.kind is Kind.DEADLINE else occ.start  # a deadline has only its last day
    kind = KIND[occ.kind] + (f" — {occ.label}" if occ.label else "")
    return (*_task_cells(plan, task), start, occ.end, time_text(occ.time, occ.end_time) if occ.time else "",
            kind, "; ".join(_notes(plan, occ)))


def _notes(plan: Plan, occ: Occurrence) -> list[str]:
    notes = [word for word, on in ((APPROXIMATE, occ.approximate), (TENTATIVE, occ.tentative), (DONE, occ.done))
             if on]
    if occ.rrule:
        notes.append(f"lặp lại {repeat_text(occ.rrule)}")
    if occ.event:
        event = next((e for e in plan.events if e.id == occ.event), None)
        notes.append(f"{EVENT}: {event.name if event else occ.event}")
    if occ.note:
        notes.append(clean(occ.note))
    return notes


SEPARATORS = {"comma": ",", "semicolon": ";"}


def export_csv(resolved: ResolvedPlan, sep: str = ",") -> bytes:
    """The table as CSV in UTF-8 with a BOM (Excel reads Vietnamese only with it),
    dates written YYYY-MM-DD (which Excel reads as dates in any language setting).
    `sep` ";" suits an Excel whose list separator is ";" (Vietnamese regional settings)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep, lineterminator="\r\n")
    writer.writerow(TABLE_COLUMNS)
    for row in table_rows(resolved):
        writer.writerow(["" if v is None else v.isoformat() if isinstance(v, dt.date) else v for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def export_xlsx(resolved: ResolvedPlan, sep: str = ",") -> bytes:
    """The table as an Excel workbook: real dates (shown dd/mm/yyyy), a frozen
    header row, wrapped long text. Needs openpyxl (the [excel] extra)."""
    try:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font
    except ImportError:
        raise KhIcalError("xuất tệp Excel cần gói openpyxl, chưa được cài: chạy "
                          "pip install \"kh-ical[excel]\" (hoặc pip install openpyxl) rồi chạy lại; "
                          "không cần gói này thì dùng --format csv") from None
    book = Workbook()
    sheet = book.active
    sheet.title = "Kế hoạch"[:31]
    sheet.append(TABLE_COLUMNS)
    for row in table_rows(resolved):
        sheet.append(list(row))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = {"A": 8, "B": 60, "C": 30, "D": 30, "E": 40, "F": 12, "G": 12, "H": 12, "I": 20, "J": 40}
    for column, width in widths.items():
        sheet.column_dimensions[column].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, dt.date):
                cell.number_format = "DD/MM/YYYY"
            cell.alignment = wrap
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


EXPORTERS = {"json": export_json_bytes, "csv": export_csv, "xlsx": export_xlsx}
