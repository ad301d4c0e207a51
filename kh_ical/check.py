"""`kh-ical check`: what is wrong or vague in a plan, grouped by task.

`run_check` is pure: it takes the loaded plan, its resolution and (optionally)
the feeds a build would write, and returns a `CheckReport`. Errors stop a
build; warnings are things a person should look at (vague words, unknown event
dates, remarks or lunar glosses that contradict the dates, …). Messages are in Vietnamese.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
from dataclasses import asdict, dataclass
from enum import Enum
from pathlib import Path

from kh_ical.agencies import task_roles
from kh_ical.build import BuildOptions, build_resolved
from kh_ical.errors import DataError, KhIcalError, PhraseError, Problem
from kh_ical.loader import load_plan
from kh_ical.lunar import LunarGloss, find_glosses, gloss_date, solar_to_lunar, year_name
from kh_ical.model import (
    ALL_FEED,
    Event,
    EventStatus,
    FeedInfo,
    Kind,
    Occurrence,
    Plan,
    ResolvedPlan,
    Task,
    task_sort_key,
)
from kh_ical.resolve import resolve_plan
from kh_ical.terms import command
from kh_ical.text import vn_date

FEED_MAX_BYTES = 1_000_000  # Google stops refreshing bigger subscriptions
FEED_MAX_EVENTS = 1_000
_TASK_IN_PLACE = re.compile(r"\(([^()]+)\)\.timing")


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"  # on record, nothing to fix (a maintainer's reading of a cell): never fails --strict

    @property
    def label(self) -> str:
        return {Severity.ERROR: "LỖI", Severity.WARNING: "cảnh báo", Severity.NOTE: "ghi nhận"}[self]


@dataclass(frozen=True)
class Finding:
    """One thing to look at. `group` orders the report: a task id, or
    "event:<id>", "agency:<id>", "feed:<path>", "data"."""

    severity: Severity
    kind: str  # phrase-error, unresolved, undated, approximate, remark, event-date, …
    group: str
    message: str
    hint: str = ""
    task: str | None = None


_GROUP_ORDER = {"task": 0, "event": 1, "agency": 2, "feed": 3, "data": 4}
_KIND_ORDER = (
    "timing-as-read", "data-error", "phrase-error", "unresolved", "blank-timing", "undated", "remark",
    "written-check", "lunar-gloss", "before-plan", "approximate", "blank-lead", "generic-lead", "event-date",
    "empty-group", "agency-no-task", "feed-size", "feed-error",
)


def _finding_key(f: Finding) -> tuple:
    prefix, _, rest = f.group.partition(":")
    if f.task is not None:
        group = (0, task_sort_key(f.task), "")
    else:
        group = (_GROUP_ORDER.get(prefix, 9), (0, 0, ""), rest)
    return (group, f.severity is not Severity.ERROR, _KIND_ORDER.index(f.kind), f.message)


@dataclass(frozen=True)
class CheckReport:
    plan: str  # plan id ("" when the data could not be loaded)
    findings: tuple[Finding, ...]
    titles: tuple[tuple[str, str], ...] = ()  # group → heading ("I.3" → "I.3 — Báo cáo nhanh")

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.WARNING)

    @property
    def notes(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.NOTE)

    def exit_code(self, strict: bool = False) -> int:
        """1 on errors (or on warnings with `strict`), else 0."""
        return 1 if self.errors or (strict and self.warnings) else 0

    def to_json(self) -> str:
        findings = [{**asdict(f), "severity": f.severity.value} for f in self.findings]
        data = {"plan": self.plan, "errors": len(self.errors), "warnings": len(self.warnings),
                "notes": len(self.notes), "strict_exit": self.exit_code(strict=True), "findings": findings}
        return json.dumps(data, ensure_ascii=False, indent=2)

    def to_text(self) -> str:
        head = f"{self.plan or 'Dữ liệu'}: {len(self.errors)} lỗi, {len(self.warnings)} cảnh báo"
        if self.notes:
            head += f", {len(self.notes)} ghi nhận"
        lines = [head]
        group, titles = None, dict(self.titles)
        for f in self.findings:
            if f.group != group:
                group = f.group
                lines += ["", titles.get(group) or _group_title(group)]
            lines.append(f"  [{f.severity.label}] {f.message}")
            if f.hint:
                lines.append(f"      → {f.hint}")
        if not self.findings:
            lines.append("Không có gì cần xem lại.")
        return "\n".join(lines)


def _group_title(group: str) -> str:
    prefix, _, rest = group.partition(":")
    titles = {"event": "Sự kiện", "agency": "Cơ quan", "feed": "Lịch", "data": "Dữ liệu"}
    return f"{titles[prefix]} {rest}".strip() if prefix in titles else f"Nhiệm vụ {group}"


def run_check(plan: Plan, resolved: ResolvedPlan, feeds: list[FeedInfo] | None = None,
              data_dir: Path | None = None) -> CheckReport:
    """Every finding about the plan, sorted by task (then events, agencies, feeds);
    the commands its hints suggest name `data_dir` (`--data`) when it is not the default."""
    events = {e.id: e for e in plan.events}
    findings = [
        *_phrase_errors(resolved.errors),
        *_unresolved(resolved, events, data_dir),
        *_occurrence_findings(plan, resolved, events, data_dir),
        *_task_cells(plan),
        *_event_dates(plan, resolved, data_dir),
        *_empty_groups(plan),
        *_idle_agencies(plan),
        *_feed_sizes(feeds or []),
    ]
    return CheckReport(plan.info.id, tuple(sorted(findings, key=_finding_key)), _titles(plan))


def _titles(plan: Plan) -> tuple[tuple[str, str], ...]:
    out = [(t.id, f"Nhiệm vụ {t.id} — {_short(t.content)}") for t in plan.tasks]
    out += [(f"event:{e.id}", f"Sự kiện {e.id} — {_short(e.name)}") for e in plan.events]
    out += [(f"agency:{a.id}", f"Cơ quan {a.id} — {_short(a.name)}") for a in plan.agencies]
    return tuple(sorted(out))


def _short(text: str, limit: int = 70) -> str:
    flat = _flat(text).lstrip("-–•+ ")
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def report_from_problems(problems: list[Problem], plan_id: str = "") -> CheckReport:
    """A data that cannot be loaded is reported like any other finding."""
    findings = [
        Finding(Severity.ERROR, "data-error", "data", f"{p.place}: {p.message}", p.hint) for p in problems
    ]
    return CheckReport(plan_id, tuple(findings))


def check_data(data_dir: Path) -> CheckReport:
    """Load, resolve and check the plan in `data_dir`, with the feeds a build would write.

    Never raises for bad data: load errors become error findings.
    """
    try:
        plan = load_plan(Path(data_dir))
    except DataError as exc:
        return report_from_problems(exc.problems)
    resolved = resolve_plan(plan)
    feeds, trouble = _feeds_of(resolved)
    report = run_check(plan, resolved, feeds, data_dir)
    if trouble:
        findings = tuple(sorted((*report.findings, *trouble), key=_finding_key))
        report = CheckReport(report.plan, findings, report.titles)
    return report


def _feeds_of(resolved: ResolvedPlan) -> tuple[list[FeedInfo], list[Finding]]:
    """The feeds a build would write (computed in memory, nothing written)."""
    try:
        with tempfile.TemporaryDirectory() as tmp:
            report = build_resolved(resolved, Path(tmp) / "out", BuildOptions(check=True))
        return list(report.feeds), []
    except DataError as exc:
        return [], list(report_from_problems(exc.problems).findings)
    except KhIcalError as exc:
        return [], [Finding(Severity.ERROR, "feed-error", "feed:", f"Không dựng được lịch: {exc}")]


# ------------------------------------------------------------------ findings


def _task_of_place(place: str) -> str | None:
    m = _TASK_IN_PLACE.search(place)
    return m.group(1) if m else None


def _phrase_errors(errors: tuple[PhraseError, ...]) -> list[Finding]:
    out = []
    for err in errors:
        task = _task_of_place(err.place)
        phrase = " ".join(err.phrase.split())
        words = ", ".join(f"«{' '.join(w.split())}»" for w in err.unread)
        what = f"{err.reason}: {words}" if words else err.reason
        hint = (f"Sửa ô thời gian ({err.place or 'data/tasks.json'}) cho rõ ngày, "
                "hoặc báo người bảo trì bổ sung cách đọc.")
        out.append(Finding(Severity.ERROR, "phrase-error", task or "data",
                           f"Thời gian «{phrase}»: {what}", hint, task))
    return out


def _part(label: str | None, part: int) -> str:
    return f"phần {part + 1}" + (f" («{label}»)" if label else "")


def _unresolved(resolved: ResolvedPlan, events: dict[str, Event], data_dir: Path | None) -> list[Finding]:
    out = []
    for task, un in resolved.unresolved:
        event = events.get(un.event) if un.event else None
        if event is not None:
            msg = (f"Chưa có ngày cho {_part(un.label, un.part)}: sự kiện «{event.name}» ({event.id}) "
                   "chưa có ngày nên mục này chưa vào lịch.")
            hint = f"Khi biết ngày: {_set_date(data_dir, event.id)}"
        else:
            msg = f"Chưa có ngày cho {_part(un.label, un.part)}: {un.reason}"
            hint = "Ghi rõ ngày trong data/tasks.json hoặc thêm sự kiện vào data/events.json."
        out.append(Finding(Severity.WARNING, "unresolved", task.id, msg, hint, task.id))
    return out


def _occurrence_findings(plan: Plan, resolved: ResolvedPlan, events: dict[str, Event],
                         data_dir: Path | None) -> list[Finding]:
    out: list[Finding] = []
    for item in (*resolved.occurrences, *resolved.undated):
        task, occ = item.task, item.occurrence
        if occ.kind is Kind.UNDATED:
            out.append(_blank_timing(task) if task.timing_blank else Finding(
                Severity.WARNING, "undated", task.id,
                f"Không có ngày («{_flat(task.timing_read)}»): mục này không có trong lịch.",
                "Đúng ý kế hoạch thì không cần làm gì.", task.id))
            continue
        if occ.approximate:
            out.append(_approximate(task, occ))
        if occ.remark is not None:
            out += _remark(task, occ, events, data_dir)
        for text in occ.checks:  # a weekday or a number of days written beside the dates
            out.append(Finding(Severity.WARNING, "written-check", task.id,
                               f"Ô thời gian «{_flat(task.timing_read)}»: {text}.",
                               "Lịch dùng ngày đã ghi; kiểm tra lại văn bản và sửa ô nếu ngày ghi sai.", task.id))
        if occ.note:
            out += _lunar_glosses(task, occ)
        if occ.end is not None and occ.end < plan.info.date and not occ.done:
            out.append(Finding(
                Severity.WARNING, "before-plan", task.id,
                f"{_what(occ)} {vn_date(occ.end)} trước ngày ban hành kế hoạch ({vn_date(plan.info.date)}).",
                "Xem lại năm trong ô thời gian; nếu việc đã xong, ghi «Đã hoàn thành (ngày)».", task.id))
    return out


def _blank_timing(task: Task) -> Finding:
    return Finding(
        Severity.WARNING, "blank-timing", task.id,
        "Ô thời gian để trống: nhiệm vụ không có ngày nên không có trong lịch nào.",
        "Nếu văn bản ghi thời gian ở chỗ khác (ô gộp, cột khác, lời văn), ghi cách đọc vào «timing_as_read» "
        "trong data/tasks.json; nếu văn bản để trống thật thì không cần làm gì.", task.id)


def _task_cells(plan: Plan) -> list[Finding]:
    """What the cells of a task leave open: a maintainer's reading of the timing
    cell (shown beside the document's text), a lead cell that names no agency."""
    out = []
    for task in plan.tasks:
        if task.timing_as_read is not None:
            written = f"«{_flat(task.timing)}»" if task.timing.strip() else "(để trống)"
            out.append(Finding(
                Severity.NOTE, "timing-as-read", task.id,
                f"Thời gian ghi trong văn bản: {written} — đọc là: «{_flat(task.timing_as_read)}».",
                "Lịch dùng cách đọc (timing_as_read); mô tả mục lịch vẫn ghi nguyên văn bản.", task.id))
        if not task.lead_ref.agencies:
            out.append(_no_lead(plan, task))
    return out


def _no_lead(plan: Plan, task: Task) -> Finding:
    """A lead cell that is blank or generic wording: no agency leads the task."""
    where = (f"nhiệm vụ chỉ có trong lịch «Toàn bộ kế hoạch» ({ALL_FEED}.ics) và lịch của các cơ quan phối hợp"
             if task.partners_ref.agencies else
             f"nhiệm vụ chỉ có trong lịch «Toàn bộ kế hoạch» ({ALL_FEED}.ics), không có trong lịch của cơ quan nào")
    if not task.lead.strip():
        return Finding(
            Severity.WARNING, "blank-lead", task.id, f"Ô cơ quan chủ trì để trống: {where}.",
            "Nếu văn bản ghi cơ quan chủ trì ở chỗ khác (ô gộp với dòng trên, lời văn), chép vào «lead» trong "
            "data/tasks.json; nếu văn bản để trống thật thì không cần làm gì.", task.id)
    return Finding(
        Severity.WARNING, "generic-lead", task.id,
        f"Cơ quan chủ trì «{_flat(task.lead)}» không chỉ đích danh cơ quan nào: {where}.",
        "Đúng ý văn bản thì không cần làm gì. Nếu cụm từ này thực ra chỉ một cơ quan, bỏ nó khỏi «generic» và "
        "thêm làm tên gọi khác (aliases) của cơ quan đó trong data/agencies.json.", task.id)


def _approximate(task: Task, occ: Occurrence) -> Finding:
    basis = f" — cách tính: {occ.basis}" if occ.basis else ""
    msg = f"Ngày gần đúng ({_span(occ)}) cho «{_flat(task.timing_read)}»{basis}."
    hint = "Nếu biết ngày cụ thể, ghi rõ ngày vào ô thời gian trong data/tasks.json."
    return Finding(Severity.WARNING, "approximate", task.id, msg, hint, task.id)


def _remark(task: Task, occ: Occurrence, events: dict[str, Event], data_dir: Path | None) -> list[Finding]:
    """Explicit dates vs their relative remark ("trước … 5 ngày và sau 2 ngày")."""
    remark = occ.remark
    assert remark is not None and occ.start is not None and occ.end is not None
    event = events.get(remark.event) if remark.event else None
    implied = []
    if remark.before is not None:
        implied.append(("start", occ.start, occ.start + dt.timedelta(days=remark.before)))
    if remark.after is not None:
        implied.append(("end", occ.end, occ.end - dt.timedelta(days=remark.after)))
    if event is None or not event.known:
        return [_remark_unknown(task, remark.text, event, implied, data_dir)]
    assert event.date is not None
    wrong = [i for i in implied if i[2] != event.date]
    if not wrong:
        return []
    parts = []
    for side, day, _ in implied:
        gap = (event.date - day).days if side == "start" else (day - event.date).days
        written = remark.before if side == "start" else remark.after
        rel = "trước" if (gap >= 0) == (side == "start") else "sau"
        meant = "trước" if side == "start" else "sau"
        text = f"{vn_date(day)} là {abs(gap)} ngày {rel} sự kiện"
        parts.append(text + (" như đã ghi" if gap == written else f", không phải {written} ngày {meant}"))
    est = " (ngày dự kiến)" if event.status is EventStatus.ESTIMATED else ""
    msg = (f"Ghi chú «{remark.text}» không khớp ngày: với «{event.name}» ngày {vn_date(event.date)}{est}, "
           + "; ".join(parts) + ".")
    hint = "Ngày ghi rõ được dùng cho lịch; nếu ghi chú đúng, sửa ngày trong data/tasks.json. " + _implied(implied)
    return [Finding(Severity.WARNING, "remark", task.id, msg, hint.strip(), task.id)]


def _remark_unknown(task: Task, text: str, event: Event | None, implied, data_dir: Path | None) -> Finding:
    if event is not None:
        name = f"«{event.name}» ({event.id}) chưa có ngày"
    else:
        name = "sự kiện trong ghi chú không có trong data/events.json"
    msg = f"Ghi chú «{text}»: {name}. {_implied(implied)}".strip()
    days = {d for _, _, d in implied}
    if event is not None and len(days) == 1:
        hint = f"Nếu đúng: {_set_date(data_dir, event.id, next(iter(days)).isoformat())}"
    elif event is not None:
        hint = f"Hai đầu không chỉ cùng một ngày; khi biết ngày: {_set_date(data_dir, event.id)}"
    else:
        hint = "Thêm sự kiện (hoặc tên gọi khác) vào data/events.json."
    return Finding(Severity.WARNING, "remark", task.id, msg, hint, task.id)


def _implied(implied) -> str:
    if not implied:
        return ""
    side_vn = {"start": "ngày bắt đầu", "end": "ngày kết thúc"}
    parts = [f"{side_vn[s]} {vn_date(d)} ngụ ý sự kiện vào {vn_date(e)}" for s, d, e in implied]
    return "Theo ghi chú: " + "; ".join(parts) + "."


def _lunar_glosses(task: Task, occ: Occurrence) -> list[Finding]:
    """A lunar date written beside a solar one ("tức 10/3 âm lịch") must be that day in the
    Vietnamese lunar calendar: for a span, its start or end (or the matching end of a lunar span)."""
    assert occ.note is not None and occ.start is not None and occ.end is not None
    out = []
    for gloss in find_glosses(occ.note):
        days = {"start": [occ.start], "end": [occ.end]}.get(gloss.side or "", sorted({occ.start, occ.end}))
        if any(_gloss_names(gloss, day) for day in days):
            continue
        actual = ", ".join(f"{vn_date(day)} là {solar_to_lunar(day)}" for day in days)
        try:
            meant = gloss_date(gloss, days[0])
        except ValueError:
            lunar = f"{gloss.day}/{gloss.month}{' nhuận' if gloss.leap else ''} âm lịch"
            where = f"không có ngày {lunar} nào gần ngày này"
            hint = "Ngày dương lịch được dùng cho lịch; sửa ghi chú âm lịch trong data/tasks.json."
        else:
            where = f"còn {solar_to_lunar(meant)} là {vn_date(meant)}"
            hint = (f"Ngày dương lịch được dùng cho lịch. Nếu ngày âm lịch mới đúng, sửa ngày thành "
                    f"{vn_date(meant)} trong data/tasks.json; nếu không, sửa ghi chú âm lịch.")
        msg = f"Ghi chú âm lịch «{gloss.text}» không khớp ngày: {actual}; {where}."
        out.append(Finding(Severity.WARNING, "lunar-gloss", task.id, msg, hint, task.id))
    return out


def _gloss_names(gloss: LunarGloss, day: dt.date) -> bool:
    lunar = solar_to_lunar(day)
    same_year = gloss.year in (None, lunar.year) and gloss.year_name in (None, year_name(lunar.year))
    return (gloss.day, gloss.month, gloss.leap) == (lunar.day, lunar.month, lunar.leap) and same_year


def _event_dates(plan: Plan, resolved: ResolvedPlan, data_dir: Path | None) -> list[Finding]:
    hanging: dict[str, set[str]] = {}
    for item in resolved.occurrences:
        for eid in (item.occurrence.event, item.occurrence.remark.event if item.occurrence.remark else None):
            if eid:
                hanging.setdefault(eid, set()).add(item.task.id)
    for task, un in resolved.unresolved:
        if un.event:
            hanging.setdefault(un.event, set()).add(task.id)
    out = []
    for event in plan.events:
        if event.known and event.status is EventStatus.CONFIRMED:
            continue
        tasks = sorted(hanging.get(event.id, ()), key=task_sort_key)
        on = f"Nhiệm vụ phụ thuộc: {', '.join(tasks)}." if tasks else "Chưa nhiệm vụ nào phụ thuộc."
        if event.known:
            assert event.date is not None
            msg = f"«{event.name}» có ngày dự kiến {vn_date(event.date)} (các mục liên quan ghi «dự kiến»). {on}"
            hint = f"Khi ngày được chốt: {_set_date(data_dir, event.id, event.date.isoformat(), 'confirmed')}"
        else:
            msg = f"«{event.name}» chưa có ngày: các mục liên quan chưa vào lịch. {on}"
            hint = f"Khi biết ngày: {_set_date(data_dir, event.id)}"
        out.append(Finding(Severity.WARNING, "event-date", f"event:{event.id}", msg, hint))
    return out


def _set_date(data_dir: Path | None, event_id: str, day: str = "YYYY-MM-DD", status: str | None = None) -> str:
    """The command that sets an event's date (and status), as a hint."""
    return command(data_dir, "events set", event_id, day, *([f"--status {status}"] if status else []))


def _empty_groups(plan: Plan) -> list[Finding]:
    return [
        Finding(Severity.WARNING, "empty-group", f"agency:{a.id}",
                f"Nhóm «{a.name}» chưa có thành viên nào: nhiệm vụ giao cho nhóm chỉ có trong lịch của chính "
                "nhóm, không đến lịch của cơ quan nào trong nhóm.",
                "Ghi mã các cơ quan thành viên vào «members» trong data/agencies.json (chỉ những cơ quan chắc "
                "chắn, căn cứ ghi vào «source»).")
        for a in plan.agencies
        if a.group and not a.members
    ]


def _idle_agencies(plan: Plan) -> list[Finding]:
    busy: set[str] = set()
    for task in plan.tasks:
        busy.update(task_roles(plan, task))
    return [
        Finding(Severity.WARNING, "agency-no-task", f"agency:{a.id}",
                f"«{a.name}» không chủ trì, không phối hợp nhiệm vụ nào (lịch của cơ quan này trống).",
                "Kiểm tra tên cơ quan trong data/tasks.json, hoặc bỏ cơ quan khỏi data/agencies.json.")
        for a in plan.agencies
        if a.id not in busy
    ]


def _feed_sizes(feeds: list[FeedInfo]) -> list[Finding]:
    out = []
    for feed in sorted(feeds, key=lambda f: f.path):
        too = []
        if feed.size > FEED_MAX_BYTES:
            too.append(f"{feed.size:,} byte (quá ~1 MB)".replace(",", "."))
        if feed.events > FEED_MAX_EVENTS:
            too.append(f"{feed.events:,} mục lịch (quá ~1.000)".replace(",", "."))
        if too:
            out.append(Finding(
                Severity.WARNING, "feed-size", f"feed:{feed.path}",
                f"Lịch «{feed.name}» lớn: {', '.join(too)}; Google/Outlook có thể không cập nhật.",
                "Dùng `kh-ical build --windows end` (chỉ ghi ngày kết thúc) hoặc tách kế hoạch."))
    return out


# ------------------------------------------------------------------ wording


def _flat(text: str) -> str:
    return " ".join(text.split())



def _span(occ: Occurrence) -> str:
    assert occ.start is not None and occ.end is not None
    return vn_date(occ.start) if occ.start == occ.end else f"{vn_date(occ.start)} – {vn_date(occ.end)}"


def _what(occ: Occurrence) -> str:
    return {Kind.DEADLINE: "Hạn", Kind.DAY: "Ngày", Kind.WINDOW: "Thời gian kết thúc"}.get(occ.kind, "Ngày")
