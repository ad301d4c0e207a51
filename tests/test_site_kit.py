"""A small hand-made plan for the check/site/serve tests (no tests here).

Independent of the loader and resolver. Each task exercises one thing
`check` or the pages must show: a remark that disagrees with its dates (the
III.13 case), an unknown event, an estimated event, an approximate window,
an undated task, a deadline before the plan's date, an idle agency, a group,
a phrase error, and hostile text in names and contents.
"""

from __future__ import annotations

import datetime as dt

from kh_ical.errors import PhraseError
from kh_ical.model import (
    ALL_FEED,
    Agency,
    AgencyRef,
    Event,
    EventStatus,
    FeedInfo,
    Kind,
    Occurrence,
    Plan,
    PlanInfo,
    Remark,
    ResolvedPlan,
    Section,
    Task,
    TaskOccurrence,
    Unresolved,
)

D = dt.date
HOSTILE = '<script>alert("x")</script> & \'quote\' "dq"'

INFO = PlanInfo("9-KH/TEST", "KH 9", "Ban Tuyên giáo Tỉnh ủy", D(2023, 5, 30), "Kỷ niệm 20 năm thành lập tỉnh")
SECTIONS = (Section("I", "Tuyên truyền chung"), Section("II", "Kỷ niệm", ("20-nam",)))
EVENTS = (
    Event("20-nam", "Kỷ niệm 20 năm chia tách, thành lập tỉnh", (), D(2024, 1, 1), EventStatus.CONFIRMED),
    Event("mit-tinh", "Lễ mít tinh kỷ niệm", (), D(2024, 1, 3), EventStatus.ESTIMATED),
    Event("so-ket", "Hội nghị sơ kết giữa nhiệm kỳ", (), None, EventStatus.UNKNOWN),
)
AGENCIES = (
    Agency("so-vh", "Sở Văn hóa, Thể thao và Du lịch", "Sở VH,TT&DL"),
    Agency("bao", "Báo Lai Châu " + HOSTILE),
    Agency("ubnd-huyen", "UBND các huyện, thành phố", group=True, members=("huyen-a", "huyen-b")),
    Agency("huyen-a", "UBND huyện A"),
    Agency("huyen-b", "UBND huyện B"),
    Agency("so-tc", "Sở Tài chính"),  # no task
)


def task(tid, content, lead, partners, timing) -> Task:
    return Task(tid, tid.split(".")[0], content, " ".join(lead), " ".join(partners), timing,
                AgencyRef(tuple(lead)), AgencyRef(tuple(partners)))


TASKS = (
    task("I.1", "Tuyên truyền trên báo " + HOSTILE, ["bao"], ["so-vh"], "Từ tháng 6 đến hết tháng 8/2023"),
    task("I.2", "Ban hành kế hoạch", ["so-vh"], [], "Đã hoàn thành (12/4/2023)"),
    task("I.3", "Báo cáo nhanh", ["so-vh"], ["ubnd-huyen"], "Hoàn thành trước ngày 10/5/2023"),
    task("I.4", "Theo dõi, đôn đốc", ["so-vh"], [], "Thường xuyên"),
    task("I.5", "Số báo chuyên đề", ["bao"], [], "Trên số báo gần nhất trước Hội nghị sơ kết"),
    task("I.6", "Việc có thời gian khó đọc", ["so-vh"], [], "Vào dịp thích hợp"),
    task("II.1", "Treo băng rôn", ["ubnd-huyen"], ["so-vh"], "Trước, trong, sau sự kiện"),
    task("II.2", "Tuyên truyền cao điểm", ["huyen-a"], ["bao"],
         "Từ ngày 29/12/2023 - 7/01/2024 (Trước lễ mít tinh kỷ niệm 5 ngày và sau 2 ngày)"),
    task("II.3", "Chuẩn bị lễ mít tinh", ["so-vh"], [], "Hoàn thành trước Lễ mít tinh kỷ niệm 01 ngày"),
    task("II.4", "Phát động thi đua", ["huyen-b"], [], "Từ ngày 1/8/2023 - 5/8/2023 (trước hội nghị sơ kết 3 ngày)"),
)

REMARK = Remark("Trước lễ mít tinh kỷ niệm 5 ngày và sau 2 ngày", "mit-tinh", before=5, after=2)

OCCURRENCES = {
    "I.1": [Occurrence(Kind.WINDOW, D(2023, 6, 1), D(2023, 8, 31))],
    "I.2": [Occurrence(Kind.DAY, D(2023, 4, 12), D(2023, 4, 12), done=True)],
    "I.3": [Occurrence(Kind.DEADLINE, D(2023, 5, 9), D(2023, 5, 9))],
    "I.4": [Occurrence(Kind.UNDATED, None, None)],
    "II.1": [Occurrence(Kind.WINDOW, D(2023, 12, 25), D(2024, 1, 8), event="20-nam", approximate=True,
                        basis="7 ngày trước đến 7 ngày sau sự kiện (mặc định)")],
    "II.2": [Occurrence(Kind.WINDOW, D(2023, 12, 29), D(2024, 1, 7), note=REMARK.text, remark=REMARK)],
    "II.3": [Occurrence(Kind.DEADLINE, D(2024, 1, 2), D(2024, 1, 2), event="mit-tinh", tentative=True)],
    "II.4": [Occurrence(Kind.WINDOW, D(2023, 8, 1), D(2023, 8, 5), note="trước hội nghị sơ kết 3 ngày",
                        remark=Remark("trước hội nghị sơ kết 3 ngày", "so-ket", before=3))],
}


def make_plan(tasks=TASKS, agencies=AGENCIES, events=EVENTS) -> Plan:
    return Plan(INFO, SECTIONS, tuple(tasks), tuple(events), tuple(agencies))


def make_resolved(plan: Plan | None = None, occurrences=None, errors=True) -> ResolvedPlan:
    plan = plan or make_plan()
    occ = occurrences if occurrences is not None else OCCURRENCES
    by_id = {t.id: t for t in plan.tasks}
    items = sorted(
        (TaskOccurrence(by_id[tid], o) for tid, os_ in occ.items() if tid in by_id for o in os_),
        key=TaskOccurrence.sort_key,
    )
    undated = tuple(to for to in items if to.occurrence.kind is Kind.UNDATED)
    items = [to for to in items if to.occurrence.kind is not Kind.UNDATED]
    unresolved = ()
    if "I.5" in by_id:
        unresolved = ((by_id["I.5"], Unresolved(0, "so-ket", "Số báo", "chưa có ngày của Hội nghị sơ kết")),)
    errs = ()
    if errors and "I.6" in by_id:
        phrase = by_id["I.6"].timing
        errs = (PhraseError(phrase, [(0, len(phrase))], place="data/tasks.json: tasks[5] (I.6).timing"),)
    return ResolvedPlan(plan, tuple(items), unresolved, errs, undated)


def clean_plan() -> tuple[Plan, ResolvedPlan]:
    """A plan with nothing to report: one confirmed event, every agency busy."""
    agencies = (Agency("so-vh", "Sở Văn hóa, Thể thao và Du lịch"), Agency("bao", "Báo Lai Châu"))
    events = (EVENTS[0],)
    tasks = (
        task("I.1", "Tuyên truyền", ["bao"], ["so-vh"], "Từ tháng 6 đến hết tháng 8/2023"),
        task("II.1", "Phóng sự", ["so-vh"], [], "Hoàn thành trước sự kiện 10 ngày"),
    )
    plan = make_plan(tasks, agencies, events)
    occ = {
        "I.1": [Occurrence(Kind.WINDOW, D(2023, 6, 1), D(2023, 8, 31))],
        "II.1": [Occurrence(Kind.DEADLINE, D(2023, 12, 22), D(2023, 12, 22), event="20-nam")],
    }
    return plan, make_resolved(plan, occ)


def feeds(plan: Plan, private: dict[str, str] | None = None, big: str | None = None) -> list[FeedInfo]:
    """FeedInfo as build.py would report them (sizes made up; `big` is oversized)."""
    private = private or {}
    out = [FeedInfo(ALL_FEED, None, f"{plan.info.short_name} · Tất cả", f"{ALL_FEED}.ics", 12, 9000)]
    for a in plan.agencies:
        path = f"p/{private[a.id]}/{a.id}.ics" if a.id in private else f"{a.id}.ics"
        size, events = (2_000_000, 1_500) if a.id == big else (4000, 5)
        out.append(FeedInfo(a.id, a.id, f"{plan.info.short_name} · {a.display}", path, events, size))
    return sorted(out, key=lambda f: f.path)
