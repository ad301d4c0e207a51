"""Timing phrases → dated occurrences, anchored to the events they name.

`resolve_phrase` reads one cell against a `ResolveContext`; `resolve_plan`
does every task of a plan, with each task's section events and its lead
agency's newspaper schedule. Pure: no clock, no I/O.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import lru_cache, partial

from kh_ical import lunar
from kh_ical.agencies import expand
from kh_ical.errors import DataError, PhraseError, Problem
from kh_ical.model import (
    EventStatus,
    Kind,
    Occurrence,
    PhraseResult,
    Plan,
    Remark,
    ResolvedPlan,
    Task,
    TaskOccurrence,
    Unresolved,
)
from kh_ical.phrases.context import Draft, ResolveContext, same_object_memo
from kh_ical.phrases.grammar import weekday_check
from kh_ical.phrases.parser import (
    Part,
    parse_phrase,
    parse_remark,
    remark_time,
    solar_gloss,
    weekday_of_remark,
    without_sections,
)
from kh_ical.phrases.periods import fmt_span
from kh_ical.recur import RuleError
from kh_ical.text import vn_date

__all__ = ["ResolveContext", "raise_for_errors", "resolve_phrase", "resolve_plan"]


def resolve_phrase(text: str, ctx: ResolveContext) -> PhraseResult:
    """Resolve one timing cell.

    Raises:
        PhraseError: words no rule accounts for (quoted and marked), an
            impossible date, or a construct declined for now.

    >>> r = resolve_phrase("Hoàn thành trước ngày 10/8/2023", ResolveContext(year=2023))
    >>> r.occurrences[0].kind.value, r.occurrences[0].end.isoformat()
    ('deadline', '2023-08-09')
    """
    if ctx.section_events:
        result = _resolve_any_section(text, without_sections(ctx))
        if result is not None:
            return result
    return _resolve_cached(text, ctx)


@lru_cache(maxsize=32768)  # most cells read the same in every section: one result for all of them
def _resolve_any_section(text: str, ctx: ResolveContext) -> PhraseResult | None:
    """The result, when it cannot depend on the section's events: no part refers
    to them and there is no remark (a remark may); else None."""
    prepared, parts = parse_phrase(text, ctx)
    if any(p.remarks or any(d.ref is not None and not d.ref.named for d in p.drafts) for p in parts):
        return None
    return _resolve_parts(prepared, parts, ctx)


@lru_cache(maxsize=8192)  # plans repeat the same cells ("Từ tháng 6 đến hết tháng 8/2023")
def _resolve_cached(text: str, ctx: ResolveContext) -> PhraseResult:
    prepared, parts = parse_phrase(text, ctx)
    return _resolve_parts(prepared, parts, ctx)


def _resolve_parts(prepared: str, parts: list[Part], ctx: ResolveContext) -> PhraseResult:
    events = same_object_memo(ctx.events, _by_id)
    multi = sum(len(p.drafts) for p in parts) > 1 or len(parts) > 1
    occurrences: list[Occurrence] = []
    unresolved: list[Unresolved] = []
    slot = 0
    for part in parts:
        for draft in part.drafts:
            draft = _with_remarks(draft, part, ctx, prepared)
            label = draft.label or (draft.verb if multi else None)
            _place(draft, label, slot, events, prepared, occurrences, unresolved)
            slot += 1
    return PhraseResult(_merge(occurrences), tuple(unresolved))


def _by_id(events):
    return {ev.id: ev for ev in events}


def _same_lunar_day(day: dt.date) -> tuple[dt.date, ...]:
    """The solar days of `day`'s lunar day and month in the lunar years before and after."""
    ld = lunar.solar_to_lunar(day)
    out = []
    for year in (ld.year - 1, ld.year + 1):
        try:
            out.append(lunar.lunar_to_solar(ld.day, ld.month, year, ld.leap))
        except ValueError:
            pass
    return tuple(out)


def _with_remarks(draft: Draft, part: Part, ctx: ResolveContext, text: str) -> Draft:
    """Attach the part's parenthesised remarks: a date for "Đã hoàn thành",
    a relative remark beside explicit dates, otherwise a note."""
    if not part.remarks:
        return draft
    notes = "; ".join(r.text for r in part.remarks if r.text) or None
    parsed = [parse_remark(r, ctx, text) for r in part.remarks]
    if draft.extra.get("phase"):  # "Đợt 2 (từ 1/9 đến 15/9/2025)": the phase's dates are in its remark
        dated = [d for ds in parsed if ds for d in ds if d.span and d.ref is None]
        if len(dated) == 1:
            return replace(dated[0], label=draft.label)
        raise PhraseError(text, [(part.remarks[0].start, part.remarks[-1].end)],
                          "không rõ ngày của đợt này: hãy ghi một khoảng thời gian trong ngoặc")
    if draft.wants_date:
        dated = [d for ds in parsed if ds for d in ds if d.span and d.kind is Kind.DAY]
        if len(dated) == 1:
            return replace(draft, kind=Kind.DAY, span=dated[0].span, note=None, wants_date=False,
                           basis=f"đã hoàn thành ngày {vn_date(dated[0].span[0])}")
        return replace(draft, note=f"{draft.note} ({notes})" if notes else draft.note)
    note = "; ".join(n for n in (draft.note, notes) if n) or None
    checks, time = draft.checks, draft.time
    if draft.span is not None and draft.span[0] == draft.span[1]:
        for r in part.remarks:  # "ngày 5/11/2025 (thứ Tư)": the weekday is checked against the date
            code = weekday_of_remark(r, text)
            if code is not None:
                checks += weekday_check(code, draft.span[0])
            clock = remark_time(r)  # "05.6.2023 (9 giờ 30 phút)": the day's time, in parentheses
            if clock is not None and time is None and draft.kind is Kind.DAY:
                time = clock
            gloss = solar_gloss(r, ctx, text, bare=bool(draft.extra.get("lunar")))  # "Ngày 12 tháng Giêng (tức 21/2)"
            if gloss is not None and gloss != draft.span[0]:
                if not (draft.extra.get("lunar") and gloss in _same_lunar_day(draft.span[0])):
                    # a lunar day and the solar day beside it that disagree: which one is meant?
                    raise PhraseError(text, [(part.start, r.end)],
                                      f"ngày âm lịch là ngày {vn_date(draft.span[0])} nhưng ngày dương lịch ghi kèm"
                                      f" là {vn_date(gloss)}; hãy sửa một trong hai")
                # "Mồng 6 Tết (02/02/2017)": the solar day says which year's Tết
                draft = replace(draft, span=(gloss, gloss),
                                basis=f"ngày âm lịch, năm theo ngày dương lịch ghi kèm: {vn_date(gloss)}")
    remark = None
    if draft.span is not None:
        for r, ds in zip(part.remarks, parsed, strict=True):
            relative = [d for d in ds or () if d.ref is not None and "before" in d.extra]
            if relative:
                d = relative[0]
                ev = d.ref.ids[0] if len(d.ref.ids) == 1 else None
                remark = Remark(r.text, ev, d.extra["before"], d.extra["after"])
    return replace(draft, note=note, checks=checks, time=time, extra={**draft.extra, "remark": remark})


# The days an occurrence may fall on: the feeds write the day after the last one
# (an exclusive DTEND, a timed entry's end) and the site the month after it, so
# the calendar's last year is kept free; dates before it are all writable.
FIRST_DAY, LAST_DAY = dt.date.min, dt.date(dt.MAXYEAR - 1, 12, 31)


def _writable(text: str, span: tuple[int, int], start: dt.date, end: dt.date, what: str = "") -> None:
    """Refuse an occurrence the calendars cannot hold (after 31/12/9998)."""
    if not (FIRST_DAY <= start and end <= LAST_DAY):
        raise PhraseError(text, [span], f"ngày {fmt_span(start, end)}{what} nằm ngoài khoảng lịch ghi được "
                                        f"({vn_date(FIRST_DAY)} – {vn_date(LAST_DAY)})")


def _place(draft: Draft, label, slot, events, text, occurrences, unresolved) -> None:
    """Turn a draft into occurrences: fixed dates, or one per referenced event."""
    base = dict(kind=draft.kind, label=label, approximate=draft.approximate, done=draft.done,
                note=draft.note, time=draft.time, end_time=draft.end_time, rrule=draft.rrule,
                part=slot, remark=draft.extra.get("remark"), checks=draft.checks)
    if draft.ref is None:
        start, end = draft.span or (None, None)
        if start is not None and end is not None:
            _writable(text, (0, len(text)), start, end)
        occurrences.append(Occurrence(start=start, end=end, basis=draft.basis, **base))
        return
    if not draft.ref.ids:
        raise PhraseError(text, [draft.ref.span],
                          "không rõ là sự kiện nào: mục này chưa khai báo sự kiện (sections[].events)")
    for ev_id in draft.ref.ids:
        ev = events[ev_id]
        if not ev.known:
            unresolved.append(Unresolved(slot, ev_id, label, f"chưa có ngày của sự kiện “{ev.name}” ({ev_id})"))
            continue
        try:
            start, end, basis = draft.anchor(ev)
        except RuleError as exc:  # the lead agency's publication rule
            raise PhraseError(text, [draft.ref.span], str(exc)) from None
        except (ValueError, OverflowError):  # days before 1/1/1 or after 31/12/9999
            raise PhraseError(text, [draft.ref.span], f"ngày tính từ sự kiện “{ev.name}” ({ev_id}, "
                                                      f"{vn_date(ev.date)}) nằm ngoài lịch") from None
        _writable(text, draft.ref.span, start, end, f" (tính từ sự kiện “{ev.name}”, {ev_id})")
        if start > end:
            raise PhraseError(text, [draft.ref.span], f"sự kiện {ev.name} ({vn_date(ev.date)}) trước ngày bắt đầu")
        tentative = ev.status is EventStatus.ESTIMATED
        occurrences.append(Occurrence(start=start, end=end, event=ev_id, basis=basis, tentative=tentative, **base))


def _merge(occurrences: list[Occurrence]) -> tuple[Occurrence, ...]:
    """Identical occurrences (two events on one day) are published once."""
    seen: dict[tuple, Occurrence] = {}
    for occ in occurrences:
        key = (occ.kind, occ.start, occ.end, occ.label, occ.approximate, occ.done, occ.note, occ.time, occ.end_time,
               occ.rrule, occ.tentative)
        seen.setdefault(key, occ)
    return tuple(seen.values())


# --- whole plans -----------------------------------------------------------------


def context_for(plan: Plan, task: Task) -> ResolveContext:
    """The section's events, and the newspaper schedule of the task's lead agency."""
    return _context(plan, task.section, *publication_of(plan, task))


def publication_of(plan: Plan, task: Task) -> tuple[str | None, dt.date | None]:
    """RRULE and start of the first newspaper among the task's lead agencies (groups expanded)."""
    for agency_id in expand(plan, task.lead_ref.agencies):
        agency = plan.agency(agency_id)
        if agency.publication_rrule:
            return agency.publication_rrule, agency.publication_start
    return None, None


def _context(plan: Plan, section: str | None, rrule: str | None, start: dt.date | None) -> ResolveContext:
    return ResolveContext(
        year=plan.info.year,
        events=plan.events,
        section_events=plan.section(section).events if section is not None else (),
        publication_rrule=rrule,
        publication_start=start,
        start=plan.info.date,
        until=plan.info.end,
    )


# What a blank timing cell resolves to: the task has no date (`check` says why).
BLANK_TIMING = Occurrence(Kind.UNDATED, None, None)


def resolve_plan(plan: Plan) -> ResolvedPlan:
    """Every task's timing (`Task.timing_read`); phrase errors are collected, not raised.

    A blank cell is an undated task, not an error: real tables leave some blank.
    """
    placed: list[TaskOccurrence] = []
    undated: list[TaskOccurrence] = []
    unresolved: list[tuple[Task, Unresolved]] = []
    errors: list[PhraseError] = []
    # Tasks of one section whose leads have the same newspaper schedule (most have
    # none) share a context: made once, the same object.
    context = lru_cache(maxsize=4096)(partial(_context, plan))
    for index, task in enumerate(plan.tasks):
        if task.timing_blank:
            undated.append(TaskOccurrence(task, BLANK_TIMING))
            continue
        try:
            result = resolve_phrase(task.timing_read, context(task.section, *publication_of(plan, task)))
        except PhraseError as exc:
            errors.append(exc.with_place(f"{plan.source}: tasks[{index}] ({task.id}).{task.timing_field}"))
            continue
        for occ in result.occurrences:
            (undated if occ.kind is Kind.UNDATED else placed).append(TaskOccurrence(task, occ))
        unresolved += [(task, u) for u in result.unresolved]
    placed.sort(key=TaskOccurrence.sort_key)
    return ResolvedPlan(plan, tuple(placed), tuple(unresolved), tuple(errors), tuple(undated))


def raise_for_errors(resolved: ResolvedPlan) -> None:
    """Refuse to publish a plan with unreadable cells: one error listing them all."""
    if resolved.errors:
        raise DataError([Problem(e.place, _without_place(e)) for e in resolved.errors])


def _without_place(error: PhraseError) -> str:
    return str(error.with_place(""))

