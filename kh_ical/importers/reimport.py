"""Importing a plan again (`--force`): what the maintainer added by hand is kept.

A document never says which events "sự kiện" means in a section, nor a
correction of a misprinted timing cell; a maintainer writes those into
tasks.json after the first import. When the same plan (same plan.id) is
imported again, they are carried over: each section's "events" (same section
id), each task's "timing_as_read" (same task id and the same timing cell), and
the plan fields the document does not give (a placeholder now) or never gives
("end"). Everything the document says comes from the document.
"""

from __future__ import annotations

from typing import Any

from kh_ical.importers.title import PLACEHOLDER_DATE, PLACEHOLDERS


def carry_over(old: Any, plan: dict, sections: list[dict], tasks: list[dict],
               to_fill: tuple[str, ...]) -> tuple[dict, list[dict], list[dict], tuple[str, ...], list[str]]:
    """(plan, sections, tasks, fields still to fill, notes) with the hand-made values of `old` kept."""
    if not _same_plan(old, plan):
        return plan, sections, tasks, to_fill, []
    notes = []
    old_plan = old["plan"]
    kept_fields = [k for k in to_fill if _filled(old_plan.get(k))]
    plan = dict(plan)
    for key in kept_fields:
        plan[key] = old_plan[key]
    if isinstance(old_plan.get("end"), str):
        plan["end"] = old_plan["end"]
        kept_fields.append("end")
    if kept_fields:
        notes.append(f"giữ từ tasks.json cũ: {', '.join(f'plan.{k}' for k in kept_fields)}")
    old_events = {s.get("id"): s["events"] for s in _list(old, "sections")
                  if isinstance(s.get("events"), list) and all(isinstance(e, str) for e in s["events"])}
    sections = [{**s, "events": old_events.get(s["id"]) or s["events"]} for s in sections]
    kept = [s["id"] for s in sections if s["events"]]
    if kept:
        notes.append(f"giữ sections[].events của tasks.json cũ cho mục {', '.join(kept)}")
    old_tasks = {t.get("id"): t for t in _list(old, "tasks")}
    out = []
    for task in tasks:
        before = old_tasks.get(task["id"], {})
        if isinstance(before.get("timing_as_read"), str) and before.get("timing") == task["timing"]:
            task = {**task, "timing_as_read": before["timing_as_read"]}
            notes.append(f"giữ timing_as_read của {task['id']} (ô thời gian không đổi)")
        out.append(task)
    return plan, sections, out, tuple(k for k in to_fill if k not in kept_fields), notes


def _same_plan(old: Any, plan: dict) -> bool:
    return isinstance(old, dict) and isinstance(old.get("plan"), dict) and old["plan"].get("id") == plan["id"]


def _filled(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip()) and value not in PLACEHOLDERS.values() \
        and value != PLACEHOLDER_DATE


def _list(doc: dict, key: str) -> list[dict]:
    return [x for x in doc.get(key) or () if isinstance(x, dict)] if isinstance(doc.get(key), list) else []
