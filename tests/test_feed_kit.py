"""A small hand-made resolved plan for the feed/build tests (no tests here).

Independent of the loader and resolver so that the golden feeds only change
when the feed writer does. Covers: a group and its members, an agency with no
task, generic partners, a deadline on an event, a two-part phrase with a timed
part, a tentative/approximate window, a done day, an undated task, an
unresolved occurrence, and hostile text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from kh_ical.model import (
    Agency,
    AgencyRef,
    Event,
    EventStatus,
    Kind,
    Occurrence,
    Plan,
    PlanInfo,
    ResolvedPlan,
    Section,
    Task,
    TaskOccurrence,
    Unresolved,
)

D = dt.date
FIXED_NOW = dt.datetime(2024, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)

HOSTILE = (
    'Tuyên truyền; "kỷ niệm", ảnh\\video\ndòng mới <script>alert(1)</script> & '
    + "rất dài " * 40
)

INFO = PlanInfo(
    id="99-KH/TEST",
    short_name="KH 99",
    issuer="Ban Tuyên giáo Tỉnh ủy",
    date=D(2023, 5, 30),
    title="Kế hoạch thử; tuyên truyền, kỷ niệm",
)

SECTIONS = (
    Section("I", "Tuyên truyền chung"),
    Section("II", "Kỷ niệm các ngày lễ", ("20-nam", "mit-tinh")),
)

EVENTS = (
    Event("20-nam", "Kỷ niệm 20 năm chia tách, thành lập tỉnh", (), D(2024, 1, 1), EventStatus.CONFIRMED),
    Event("mit-tinh", "Lễ mít tinh kỷ niệm", (), D(2024, 1, 3), EventStatus.ESTIMATED),
    Event("so-ket", "Hội nghị sơ kết", (), None, EventStatus.UNKNOWN),
)

AGENCIES = (
    Agency("so-vh", "Sở Văn hóa, Thể thao và Du lịch", "Sở VH,TT&DL"),
    Agency("bao", "Báo Lai Châu"),
    Agency("ubnd-huyen", "UBND các huyện, thành phố", group=True, members=("huyen-a", "huyen-b")),
    Agency("huyen-a", "UBND huyện A"),
    Agency("huyen-b", "UBND huyện B; thị xã"),
    Agency("so-tc", "Sở Tài chính"),
)


def _task(tid, section, content, lead, partners, timing, generic=()):
    return Task(
        tid, section, content, " ".join(lead), " ".join(partners), timing,
        AgencyRef(tuple(lead)), AgencyRef(tuple(partners), tuple(generic)),
    )


TASKS = (
    _task("I.1", "I", "Tổ chức tuyên truyền trên các phương tiện thông tin đại chúng",
          ["so-vh"], ["bao"], "Từ tháng 6 đến hết tháng 8/2023"),
    _task("I.2", "I", HOSTILE, ["bao"], ["ubnd-huyen"], "Hoàn thành trước ngày 10/8/2023",
          generic=["Các đơn vị có liên quan"]),
    _task("I.3", "I", "Ban hành kế hoạch", ["so-vh"], [], "Đã hoàn thành (12/4/2023)"),
    _task("I.4", "I", "Theo dõi, đôn đốc", ["so-vh"], [], "Thường xuyên"),
    _task("II.1", "II", "Xây dựng phóng sự kỷ niệm 20 năm", ["ubnd-huyen"], ["so-vh"],
          "Hoàn thành trước sự kiện 10 ngày"),
    _task("II.2", "II", "Tổ chức Hội thi tìm hiểu lịch sử tỉnh", ["so-vh"], ["huyen-a"],
          "- Triển khai từ quý I/2024 - Tổng kết trao giải 8h ngày 10/10/2024"),
    _task("II.3", "II", "Treo băng rôn, khẩu hiệu", ["huyen-b"], [],
          "Trước lễ mít tinh kỷ niệm 5 ngày và sau 4 ngày (vào các thời điểm phù hợp)"),
    _task("II.4", "II", "Báo cáo sơ kết", ["so-vh"], [], "Trước Hội nghị sơ kết 5 ngày"),
)


def _occ(kind, start, end, **kw) -> Occurrence:
    return Occurrence(kind, start, end, **kw)


OCCURRENCES = {
    "I.1": [_occ(Kind.WINDOW, D(2023, 6, 1), D(2023, 8, 31), basis="Từ 1/6/2023 đến 31/8/2023")],
    "I.2": [_occ(Kind.DEADLINE, D(2023, 8, 9), D(2023, 8, 9), basis="1 ngày trước 10/8/2023")],
    "I.3": [_occ(Kind.DAY, D(2023, 4, 12), D(2023, 4, 12), done=True)],
    "I.4": [_occ(Kind.UNDATED, None, None)],
    "II.1": [_occ(Kind.DEADLINE, D(2023, 12, 22), D(2023, 12, 22), event="20-nam",
                  basis="10 ngày trước Kỷ niệm 20 năm chia tách, thành lập tỉnh (1/1/2024)")],
    "II.2": [
        _occ(Kind.WINDOW, D(2024, 1, 1), D(2024, 3, 31), label="Triển khai", part=0, basis="Quý I/2024"),
        _occ(Kind.DAY, D(2024, 10, 10), D(2024, 10, 10), label="Tổng kết trao giải", part=1,
             time=dt.time(8, 0), basis="10/10/2024"),
    ],
    "II.3": [_occ(Kind.WINDOW, D(2023, 12, 29), D(2024, 1, 7), event="mit-tinh", tentative=True,
                  approximate=True, note="vào các thời điểm phù hợp",
                  basis="5 ngày trước và 4 ngày sau Lễ mít tinh kỷ niệm (3/1/2024, dự kiến)")],
}


def make_plan(tasks=TASKS, agencies=AGENCIES, events=EVENTS) -> Plan:
    return Plan(INFO, SECTIONS, tuple(tasks), tuple(events), tuple(agencies))


def make_resolved(plan: Plan | None = None, occurrences=None) -> ResolvedPlan:
    """The hand-made plan with its occurrences; `occurrences` overrides by task id."""
    plan = plan or make_plan()
    occ = {**OCCURRENCES, **(occurrences or {})}
    by_id = {t.id: t for t in plan.tasks}
    items = [TaskOccurrence(by_id[tid], o) for tid, os_ in occ.items() if tid in by_id for o in os_]
    items.sort(key=TaskOccurrence.sort_key)
    unresolved = ()
    if "II.4" in by_id:
        unresolved = ((by_id["II.4"], Unresolved(0, "so-ket", None, "chưa có ngày của Hội nghị sơ kết")),)
    return ResolvedPlan(plan, tuple(items), unresolved)


def move(resolved: ResolvedPlan, task_id: str, days: int) -> ResolvedPlan:
    """The same plan with every occurrence of one task moved by `days`."""
    delta = dt.timedelta(days=days)
    items = [
        TaskOccurrence(to.task, replace(to.occurrence, start=to.occurrence.start + delta,
                                        end=to.occurrence.end + delta))
        if to.task.id == task_id and to.occurrence.start else to
        for to in resolved.occurrences
    ]
    return replace(resolved, occurrences=tuple(sorted(items, key=TaskOccurrence.sort_key)))


def drop_task(resolved: ResolvedPlan, task_id: str) -> ResolvedPlan:
    plan = resolved.plan
    plan = replace(plan, tasks=tuple(t for t in plan.tasks if t.id != task_id))
    items = tuple(to for to in resolved.occurrences if to.task.id != task_id)
    return replace(resolved, plan=plan, occurrences=items)


# ---------------------------------------------------------------- raw checks

TEXT_PROPS = {"SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "NAME", "X-WR-CALNAME", "X-WR-CALDESC"}


def raw_problems(data: bytes) -> list[str]:
    """Checks on the bytes that parsers do not make (our own, not icalendar's)."""
    problems = []
    if data.startswith(b"\xef\xbb\xbf"):
        problems.append("BOM")
    if not data.endswith(b"\r\n") or b"\n" in data.replace(b"\r\n", b""):
        problems.append("not CRLF everywhere")
    physical = data.split(b"\r\n")[:-1]
    for n, line in enumerate(physical, 1):
        if len(line) > 75:
            problems.append(f"line {n}: {len(line)} octets")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {n}: fold splits a UTF-8 sequence")
        if not line:
            problems.append(f"line {n}: empty")
    text = data.replace(b"\r\n ", b"").decode("utf-8")
    problems += _text_problems(text.split("\r\n")[:-1])
    problems += _date_problems(text)
    return problems


def _split(line: str) -> tuple[str, str, str]:
    head, _, value = line.partition(":")
    name, _, params = head.partition(";")
    return name.upper(), params, value


def _text_problems(lines: list[str]) -> list[str]:
    problems = []
    for line in lines:
        name, _, value = _split(line)
        if name not in TEXT_PROPS and name != "CATEGORIES":
            continue
        i = 0
        while i < len(value):
            c = value[i]
            if c == "\\":
                if i + 1 >= len(value) or value[i + 1] not in "\\;,nN":
                    problems.append(f"{name}: bad escape at {i}")
                i += 2
                continue
            if c == ";" or (c == "," and name != "CATEGORIES"):
                problems.append(f"{name}: unescaped {c!r} at {i}: {value[:40]!r}")
            if ord(c) < 32:
                problems.append(f"{name}: control character")
            i += 1
    return problems


def _date_problems(text: str) -> list[str]:
    problems = []
    for block in text.split("BEGIN:VEVENT")[1:]:
        props = dict(_split(line)[0::2] for line in block.split("\r\n") if ":" in line)
        start, end = props.get("DTSTART", ""), props.get("DTEND", "")
        if len(start) == 8 and not (len(end) == 8 and end > start):
            problems.append(f"all-day DTEND {end!r} not after DTSTART {start!r}")
    return problems


def with_text(content: str, note: str, label: str, name: str, full_name: bool = False) -> ResolvedPlan:
    """The small plan with task I.1's content, note and label and so-vh's short name
    (and, with `full_name`, its full name) replaced: for "any text at all" tests."""
    resolved = make_resolved(occurrences={"I.1": [Occurrence(Kind.WINDOW, D(2023, 6, 1), D(2023, 6, 3),
                                                             label=label, note=note)]})
    plan = resolved.plan
    tasks = tuple(replace(t, content=content) if t.id == "I.1" else t for t in plan.tasks)
    agencies = tuple(
        replace(a, short=name, name=(name or a.name) if full_name else a.name) if a.id == "so-vh" else a
        for a in plan.agencies
    )
    return replace(resolved, plan=replace(plan, tasks=tasks, agencies=agencies), occurrences=tuple(
        replace(to, task=tasks[0]) if to.task.id == "I.1" else to for to in resolved.occurrences))
