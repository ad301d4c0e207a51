"""The whole resolved plan as JSON (for scripts) or CSV (for Excel users)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from kh_ical.model import Occurrence, ResolvedPlan, Task, TaskOccurrence, task_sort_key
from kh_ical.text import repeat_text

CSV_COLUMNS = (
    "task", "section", "kind", "start", "end", "label", "event", "approximate",
    "tentative", "done", "note", "lead", "partners", "content", "timing",
    "time", "end_time", "rrule", "repeat",  # "repeat": the rrule in Vietnamese, for people reading the sheet
)


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


def export_csv(resolved: ResolvedPlan) -> str:
    """UTF-8 with a BOM (the caller writes it) so that Excel shows Vietnamese."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for to in in_task_order(resolved):
        row = _task_row(to.task, to.occurrence)
        row["lead"] = "; ".join(row["lead"])
        row["partners"] = "; ".join(row["partners"])
        repeat = repeat_text(to.occurrence.rrule) if to.occurrence.rrule else None
        writer.writerow({**row, "content": to.task.content, "timing": to.task.timing, "repeat": repeat})
    return "\ufeff" + out.getvalue()
