"""What `kh-ical import` tells the maintainer to review, as text (Vietnamese) or JSON."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from kh_ical.importers.proposals import Proposal
from kh_ical.importers.review import TimingProblem
from kh_ical.importers.rules import ROLE_NAMES
from kh_ical.importers.table import Column, Skipped
from kh_ical.text import vn_date

ACTIONS = {"created": "tạo mới", "replaced": "ghi đè", "unchanged": "không đổi", "deleted": "xoá (không còn đề xuất)"}
_SHOWN = 6  # cells listed per proposal in the text report


@dataclass(frozen=True)
class Written:
    path: str
    action: str  # a key of ACTIONS


@dataclass(frozen=True)
class ImportReport:
    source: str
    kind: str
    data_dir: str
    plan: dict
    to_fill: tuple[str, ...]  # plan fields holding a placeholder or a guess
    columns: tuple[Column, ...]
    sections: tuple[dict, ...]
    tasks: tuple[dict, ...]
    timing_problems: tuple[TimingProblem, ...]
    agencies: tuple[Proposal, ...]  # new agencies and generic wording
    events: tuple[Proposal, ...]
    skipped: tuple[Skipped, ...]
    notes: tuple[str, ...]
    written: tuple[Written, ...]
    tables_joined: int = 0
    tables_ignored: int = 0
    registries_existed: tuple[bool, bool] = (False, False)  # agencies.json, events.json
    rows_read: int = 0

    @property
    def undated(self) -> tuple[str, ...]:
        return tuple(t["id"] for t in self.tasks if not t["timing"].strip())

    @property
    def ignored_columns(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.role is None)

    def _section_counts(self) -> list[tuple[dict, int]]:
        return [(s, sum(1 for t in self.tasks if t.get("section") == s["id"])) for s in self.sections]

    # --- JSON --------------------------------------------------------------------------

    def to_dict(self) -> dict:
        return {
            "file": self.source,
            "format": self.kind,
            "data": self.data_dir,
            "plan": self.plan,
            "to_fill": [f"plan.{k}" for k in self.to_fill],
            "rows_read": self.rows_read,
            "tasks": len(self.tasks),
            "sections": [{"id": s["id"], "title": s["title"], "tasks": n} for s, n in self._section_counts()],
            "columns": [{"index": c.index, "header": c.header, "role": c.role} for c in self.columns],
            "ignored_columns": [{"index": c.index, "header": c.header, "kept_in_extra": bool(c.header)}
                                for c in self.ignored_columns],
            "undated_tasks": list(self.undated),
            "unreadable_timings": [{"task": p.task, "timing": p.timing, "error": p.message}
                                   for p in self.timing_problems],
            "new_agencies": [_proposal(p) for p in self.agencies],
            "new_events": [_proposal(p) for p in self.events],
            "skipped_rows": [{"row": s.row, "text": s.text, "why": s.why} for s in self.skipped],
            "tables_joined": self.tables_joined,
            "tables_ignored": self.tables_ignored,
            "notes": list(self.notes),
            "written": [{"path": w.path, "action": w.action} for w in self.written],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    # --- text --------------------------------------------------------------------------

    def to_text(self) -> str:
        lines = [f"Đã đọc {self.source} ({self.kind}): {self.rows_read} dòng dưới dòng tiêu đề → "
                 f"{len(self.tasks)} nhiệm vụ, {len(self.sections)} mục."]
        lines += self._plan_lines() + self._column_lines() + self._section_lines()
        lines += self._timing_lines() + self._proposal_lines() + self._other_lines()
        lines += self._written_lines() + self._next_lines()
        return "\n".join(lines)

    def _plan_lines(self) -> list[str]:
        p = self.plan
        try:
            day = vn_date(dt.date.fromisoformat(p["date"]))
        except ValueError:  # the placeholder
            day = p["date"]
        lines = [f"Kế hoạch: {p['id']} ({p['short_name']}), ngày {day}, {p['issuer']}"]
        if self.to_fill:
            lines.append(f"  cần điền trong tasks.json: {', '.join(f'plan.{k}' for k in self.to_fill)}")
        return lines

    def _column_lines(self) -> list[str]:
        used = [f"“{c.header}” → {ROLE_NAMES[c.role]}" for c in self.columns if c.role]
        lines = [f"Cột: {'; '.join(used)}"]
        missing = [ROLE_NAMES[r] for r in ("number", "lead", "partners", "timing")
                   if r not in {c.role for c in self.columns}]
        if missing:
            lines.append(f"  không có cột: {', '.join(missing)} (các ô đó để trống)")
        kept = [f"“{c.header}”" for c in self.ignored_columns if c.header]
        blank = sum(1 for c in self.ignored_columns if not c.header)
        if kept:
            lines.append(f"  cột không dùng để lập lịch, giữ trong “extra” của nhiệm vụ: {', '.join(kept)}")
        if blank:
            lines.append(f"  bỏ qua {blank} cột không có tiêu đề")
        if self.tables_joined:
            lines.append(f"  đã nối {self.tables_joined} bảng liền sau cùng số cột (bảng bị ngắt)")
        if self.tables_ignored:
            lines.append(f"  bỏ qua {self.tables_ignored} bảng khác số cột sau bảng phụ lục")
        return lines

    def _section_lines(self) -> list[str]:
        if not self.sections:
            return ["Không có dòng mục: các nhiệm vụ đánh số 1, 2, … không thuộc mục nào."]
        return ["Mục:"] + [f"  {s['id']} ({n} nhiệm vụ): {s['title']}" for s, n in self._section_counts()]

    def _timing_lines(self) -> list[str]:
        lines = []
        if self.timing_problems:
            lines.append(f"Ô thời gian chưa đọc được ({len(self.timing_problems)}):")
            for p in self.timing_problems:
                first, *rest = p.message.split("\n")
                lines.append(f"  {p.task}: {first}")
                lines += [f"    {r.strip()}" for r in rest]
            if any(p.needs_section_events for p in self.timing_problems):
                lines.append("  → ô nói “sự kiện”/“kỷ niệm” chung chung: ghi id các sự kiện của mục vào "
                             "sections[].events trong tasks.json")
        if self.undated:
            lines.append(f"Nhiệm vụ không ghi thời gian ({len(self.undated)}): {', '.join(self.undated)} "
                         "— không có mục lịch; kh-ical check sẽ nhắc")
        return lines

    def _proposal_lines(self) -> list[str]:
        lines = []
        agencies = [p for p in self.agencies if p.kind == "agency"]
        generic = [p for p in self.agencies if p.kind == "generic"]
        if agencies:
            lines.append(f"Cơ quan mới cần xác nhận ({len(agencies)}):")
            for p in agencies:
                group = " (nhóm: hãy ghi thành viên)" if p.entry.get("group") else ""
                near = f" — có phải “{p.did_you_mean}”? (thì thêm làm bí danh)" if p.did_you_mean else ""
                lines.append(f"  “{p.name}” → id {p.entry['id']}{group}{near}; ô {_cells(p)}")
        if generic:
            lines.append(f"Tên chung, không phải một cơ quan (ghi vào “generic”) ({len(generic)}):")
            lines += [f"  “{p.name}”; ô {_cells(p)}" for p in generic]
        if self.events:
            lines.append(f"Sự kiện mới cần xác nhận ({len(self.events)}), chưa có ngày:")
            for p in self.events:
                near = f" — có phải “{p.did_you_mean}”? (thì thêm làm bí danh)" if p.did_you_mean else ""
                lines.append(f"  “{p.name}” → id {p.entry['id']}{near}; ô {_cells(p)}")
        return lines

    def _other_lines(self) -> list[str]:
        lines = []
        if self.skipped:
            lines.append(f"Dòng bỏ qua ({len(self.skipped)}):")
            lines += [f"  dòng {s.row} sau tiêu đề ({s.why}): {s.text}" for s in self.skipped]
        if self.notes:
            lines.append("Lưu ý:")
            lines += [f"  {n}" for n in self.notes]
        return lines

    def _written_lines(self) -> list[str]:
        return ["Đã ghi:"] + [f"  {w.path} ({ACTIONS[w.action]})" for w in self.written]

    def _next_lines(self) -> list[str]:
        data = self.data_dir
        steps = []
        if self.to_fill:
            steps.append("điền các thông tin kế hoạch còn thiếu trong tasks.json")
        if self.agencies or self.events:
            where = ("trong import-proposals.json rồi chép vào agencies.json / events.json"
                     if any(self.registries_existed) else "trong agencies.json / events.json vừa tạo")
            steps.append(f"xem lại các đề xuất {where} (sửa id, gộp bí danh, ghi thành viên nhóm)")
        if self.events:
            steps.append("ghi ngày các sự kiện: kh-ical events set ID YYYY-MM-DD")
        steps.append("so từng ô với tài liệu gốc; sửa ô thời gian bằng “timing_as_read”, không sửa “timing”")
        steps += [f"kh-ical check --data {data}", f"kh-ical build --data {data}"]
        return ["Việc tiếp theo:"] + [f"  {i}. {s}" for i, s in enumerate(steps, start=1)]


def _cells(p: Proposal) -> str:
    shown = ", ".join(p.found_in[:_SHOWN])
    return shown + (f", … ({len(p.found_in)} ô)" if len(p.found_in) > _SHOWN else "")


def _proposal(p: Proposal) -> dict:
    return {"kind": p.kind, "name": p.name, "entry": p.entry, "found_in": list(p.found_in),
            "did_you_mean": p.did_you_mean}
