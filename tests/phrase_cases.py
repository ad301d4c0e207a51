"""Timing phrases grouped by what they must resolve to (duckling style).

Each `Case` is one expected result (a list of occurrence specs, plus the
occurrences left unresolved) with many phrasings of the same construct.
Every date below was worked out by hand from `timing-phrases.md` and the lead
engineer's decisions, never copied from the resolver's output. `NEGATIVE`
lists phrases that must raise `PhraseError` and the words the error must name.

The registries here are made up (other provinces, other years): nothing is
taken from the shipped plan's data.

Fields the contract does not fix are `ANY`; where it does, the default of
`Occ` is the contract's: no label, no event, not approximate, not done, not
tentative, no time. Notes are compared only where a case sets them.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from kh_ical.model import Event, EventStatus, Kind, Occurrence, PhraseResult, Unresolved
from kh_ical.resolve import ResolveContext

# --- what an expected occurrence looks like ---------------------------------------


class _Any:
    def __repr__(self) -> str:
        return "ANY"


ANY = _Any()  # a field the contract leaves open


@dataclass(frozen=True)
class Text:
    """Text compared after NFC, one dash, single spaces and casefold."""

    value: str
    contains: bool = False

    def __repr__(self) -> str:
        return f"{'~' if self.contains else ''}{self.value!r}"


def Contains(value: str) -> Text:  # noqa: N802 - reads like a matcher
    return Text(value, contains=True)


@dataclass(frozen=True)
class RemarkSpec:
    """Occurrence.remark of an explicit range with a relative remark (decision 8)."""

    event: str | None
    before: int | None
    after: int | None


@dataclass(frozen=True)
class Occ:
    kind: Kind
    start: dt.date | None
    end: dt.date | None
    label: object = None
    event: object = None
    approximate: object = False
    done: object = False
    tentative: object = False
    time: object = None
    note: object = ANY
    remark: object = ANY
    end_time: object = None
    rrule: object = None


@dataclass(frozen=True)
class Unres:
    event: str
    label: object = ANY


@dataclass(frozen=True)
class Case:
    name: str  # ASCII, for test ids
    expected: tuple[Occ, ...]
    phrasings: tuple[str, ...]
    rules: tuple[str, ...]  # names of grammar.RULES this case exercises
    ctx: ResolveContext
    unresolved: tuple[Unres, ...] = ()


@dataclass(frozen=True)
class Negative:
    phrase: str
    unread: tuple[object, ...]  # each: a word the error must name, or a tuple of alternatives
    ctx: ResolveContext
    keep: tuple[str, ...] = ()  # words that were readable: no unread span may contain them
    declined: bool = False  # a construct declined for now: the reason says so


def d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def window(start: str, end: str, **kw) -> Occ:
    return Occ(Kind.WINDOW, d(start), d(end), **kw)


def deadline(day_: str, **kw) -> Occ:
    return Occ(Kind.DEADLINE, d(day_), d(day_), **kw)


def day(day_: str, **kw) -> Occ:
    return Occ(Kind.DAY, d(day_), d(day_), **kw)


def undated(words: str, **kw) -> Occ:
    kw.setdefault("label", ANY)
    return Occ(Kind.UNDATED, None, None, note=Contains(words), **kw)


# --- comparing ----------------------------------------------------------------------

DASHES = re.compile(r"[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]")


def norm(text: str) -> str:
    text = DASHES.sub("-", unicodedata.normalize("NFC", text))
    return " ".join(text.split()).casefold()


def field_ok(spec: object, actual: object) -> bool:
    if spec is ANY:
        return True
    if isinstance(spec, Text):
        if not isinstance(actual, str):
            return False
        return norm(spec.value) in norm(actual) if spec.contains else norm(spec.value) == norm(actual)
    if isinstance(spec, RemarkSpec):
        return actual is not None and (spec.event, spec.before, spec.after) == (
            actual.event, actual.before, actual.after)
    if isinstance(spec, str) and isinstance(actual, str):  # labels: the source's case may differ
        return norm(spec) == norm(actual)
    return spec == actual


_FIELDS = ("label", "event", "approximate", "done", "tentative", "time", "note", "remark", "end_time", "rrule")


def occ_ok(spec: Occ, occ: Occurrence) -> bool:
    if (spec.kind, spec.start, spec.end) != (occ.kind, occ.start, occ.end):
        return False
    return all(field_ok(getattr(spec, f), getattr(occ, f)) for f in _FIELDS)


def unres_ok(spec: Unres, un: Unresolved) -> bool:
    return spec.event == un.event and field_ok(spec.label, un.label)


def _perfect(specs: list, items: list, ok) -> bool:
    """Is there a one-to-one pairing of specs and items (order-free)?"""
    if len(specs) != len(items):
        return False
    if not specs:
        return True
    head, rest = specs[0], specs[1:]
    for k, item in enumerate(items):
        if ok(head, item) and _perfect(rest, items[:k] + items[k + 1:], ok):
            return True
    return False


def show_occ(o: Occurrence) -> str:
    bits = [f"{o.kind.value} {o.start}..{o.end}"]
    for f in _FIELDS:
        v = getattr(o, f)
        if v not in (None, False):
            bits.append(f"{f}={v!r}" if f != "remark" else f"remark=({v.event},{v.before},{v.after})")
    return " ".join(bits)


def show_spec(s: Occ) -> str:
    bits = [f"{s.kind.value} {s.start}..{s.end}"]
    for f in _FIELDS:
        v = getattr(s, f)
        if v is not ANY and v not in (None, False):
            bits.append(f"{f}={v!r}")
    return " ".join(bits)


def mismatch(result: PhraseResult, expected: tuple[Occ, ...], unresolved: tuple[Unres, ...] = ()) -> str | None:
    """None when the result is as expected, else a readable expected/got text."""
    occs, uns = list(result.occurrences), list(result.unresolved)
    if _perfect(list(expected), occs, occ_ok) and _perfect(list(unresolved), uns, unres_ok):
        return None
    lines = ["expected:"] + [f"  {show_spec(s)}" for s in expected]
    lines += [f"  unresolved {u.event} label={u.label!r}" for u in unresolved]
    lines += ["got:"] + [f"  {show_occ(o)}" for o in occs]
    lines += [f"  unresolved {u.event} label={u.label!r}" for u in uns]
    return "\n".join(lines)


# --- phrasing variants ------------------------------------------------------------------

_GAPS = ("  ", "\n", " \n  ")


def spaced(text: str) -> str:
    """Extra spaces and line breaks where the text has single spaces."""
    words = text.split(" ")
    out = words[0]
    for k, w in enumerate(words[1:]):
        out += _GAPS[k % len(_GAPS)] + w
    return f" {out}\n"


def vary(*phrasings: str) -> tuple[str, ...]:
    """The phrasings, plus the first one in upper, lower and swapped case, with
    extra spaces and line breaks, and every phrasing in NFD."""
    first = phrasings[0]
    derived = [first.upper(), first.lower(), first.swapcase(), spaced(first)]
    derived += [unicodedata.normalize("NFD", p) for p in phrasings]
    out: list[str] = []
    for p in (*phrasings, *derived):
        if p not in out:
            out.append(p)
    return tuple(out)


# --- made-up registries -------------------------------------------------------------------

C = EventStatus.CONFIRMED
GP = Event("giai-phong-mien-nam", "Kỷ niệm 50 năm Ngày giải phóng miền Nam",
           ("Ngày giải phóng miền Nam",), d("2025-04-30"), C)  # a Wednesday
BH = Event("sinh-nhat-bac", "Kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh",
           ("Ngày sinh Bác",), d("2025-05-19"), C)  # a Monday
QK = Event("quoc-khanh", "Ngày Quốc khánh", ("Quốc khánh",), d("2025-09-02"), C)  # a Tuesday
DH = Event("dai-hoi-dang-bo", "Đại hội Đảng bộ tỉnh", ("Đại hội",), d("2025-10-15"), EventStatus.ESTIMATED)
HN = Event("hoi-nghi-so-ket", "Hội nghị sơ kết giữa nhiệm kỳ", ("Hội nghị sơ kết của tỉnh",), None,
           EventStatus.UNKNOWN)
HT = Event("hoi-thao-khoa-hoc", "Hội thảo khoa học", (), d("2025-11-20"), EventStatus.UNKNOWN)  # date on record only
SD1 = Event("dai-doan-ket", "Ngày hội Đại đoàn kết toàn dân tộc", (), d("2025-11-18"), C)
SD2 = Event("mat-tran-95-nam", "Kỷ niệm 95 năm thành lập Mặt trận", (), d("2025-11-18"), C)  # same day
TU = Event("hoi-nghi-tinh-uy", "Hội nghị Ban Chấp hành Đảng bộ tỉnh", ("Hội nghị Tỉnh ủy",), d("2025-12-10"), C)
EVENTS = (GP, BH, QK, DH, HN, HT, SD1, SD2, TU)


def ctx(year: int, *section: Event, rrule: str | None = None) -> ResolveContext:
    start = d("2024-01-01") if rrule else None
    return ResolveContext(year=year, events=EVENTS, section_events=tuple(e.id for e in section),
                          publication_rrule=rrule, publication_start=start)


C23, C24, C25, C30 = (ResolveContext(year=y) for y in (2023, 2024, 2025, 2030))
NAMED = ctx(2025)  # the registry, no section events: only named events resolve
ONE = ctx(2025, QK)
TWO = ctx(2025, GP, BH)
THREE = ctx(2025, GP, BH, QK)
SAME_DAY = ctx(2025, SD1, SD2)
MONTHS4 = ctx(2025, GP, BH, SD1, SD2)
WITH_UNKNOWN = ctx(2025, GP, HN)
ESTIMATED = ctx(2025, DH)
MIXED_STATUS = ctx(2025, GP, DH)
ONLY_UNKNOWN = ctx(2025, HN)
MWF = "FREQ=WEEKLY;BYDAY=MO,WE,FR"
PAPER_GP = ctx(2025, GP, rrule=MWF)
PAPER_BH = ctx(2025, BH, rrule=MWF)
PAPER_THREE = ctx(2025, GP, BH, QK, rrule=MWF)
PAPER_THU = ctx(2025, QK, rrule="FREQ=WEEKLY;BYDAY=TH")
PAPER_DAILY = ctx(2025, BH, rrule="FREQ=DAILY")

# Rule examples are written against section events and a rally named "Lễ mít tinh kỷ niệm".
RALLY = Event("mit-tinh", "Lễ mít tinh kỷ niệm", (), d("2024-01-03"), EventStatus.ESTIMATED)
SEC_A = Event("su-kien-a", "Kỷ niệm 20 năm thành lập huyện", (), d("2024-01-01"), C)
SEC_B = Event("su-kien-b", "Kỷ niệm 60 năm thành lập tỉnh", (), d("2024-10-10"), C)
# Repeating schedules: a plan issued 10/3/2025 that runs to 2027 (or to the end of 2025, or with no end).
R25 = ResolveContext(year=2025, events=EVENTS, start=d("2025-03-10"), until=d("2027-12-31"))
R25_YEAR = ResolveContext(year=2025, start=d("2025-03-10"), until=d("2025-12-31"))
R25_OPEN = ResolveContext(year=2025, start=d("2025-03-10"))
RULE_EXAMPLE_CTX = ResolveContext(year=2023, events=(RALLY, SEC_A, SEC_B), section_events=(SEC_A.id, SEC_B.id),
                                  start=dt.date(2023, 5, 30))

# --- the corpus -----------------------------------------------------------------------------

W, DL, DY, UN = Kind.WINDOW, Kind.DEADLINE, Kind.DAY, Kind.UNDATED
PERIOD = "một khoảng thời gian"
PROSE = "lời văn quanh mốc thời gian"

CASES: list[Case] = [
    # ---- days, months, quarters, years, halves alone ----
    Case("day-12-4-2023", (day("2023-04-12"),), vary(
        "12/4/2023", "ngày 12/4/2023", "Ngày 12/04/2023", "12-4-2023", "ngày 12-04-2023", "12.4.2023",
        "Ngày 12.04.2023", "ngày 12 tháng 4 năm 2023", "Ngày 12 tháng 04 năm 2023", "Trong ngày 12/4/2023"),
        (PERIOD, "ngày D/M/Y", "ngày D tháng M năm Y"), C30),
    Case("day-leading-zeros", (day("2024-01-07"),), vary(
        "07/01/2024", "7/1/2024", "ngày 07/01/2024", "07-01-2024", "7.1.2024", "07.01.2024",
        "ngày 7 tháng 1 năm 2024", "ngày 07 tháng 01 năm 2024"),
        (PERIOD, "ngày D/M/Y", "ngày D tháng M năm Y"), C30),
    Case("day-year-from-plan", (day("2025-09-03"),), vary("Ngày 3/9", "ngày 03/09", "3/9", "ngày 3 tháng 9"),
         (PERIOD, "ngày D/M (năm suy ra)", "ngày D tháng M năm Y"), C25),
    Case("month-8-2023", (window("2023-08-01", "2023-08-31"),), vary(
        "Tháng 8/2023", "tháng 08/2023", "Tháng 8 năm 2023", "tháng 08 năm 2023", "T8/2023", "t08/2023",
        "Trong tháng 8/2023", "trong tháng 8 năm 2023", "Trong T8/2023", "tháng 8/ 2023", "tháng 8 /2023"),
        (PERIOD, "tháng M/Y", "tháng M năm Y"), C30),
    Case("month-01-2024", (window("2024-01-01", "2024-01-31"),), vary(
        "tháng 01/2024", "Tháng 1/2024", "tháng 1 năm 2024", "T1/2024", "Trong tháng 01/2024", "tháng 01/ 2024"),
        (PERIOD, "tháng M/Y", "tháng M năm Y"), C23),
    Case("month-year-from-plan", (window("2025-10-01", "2025-10-31"),), vary("Tháng 10", "trong tháng 10", "tháng 10"),
         (PERIOD, "tháng M năm Y"), C25),
    Case("month-feb-leap", (window("2024-02-01", "2024-02-29"),), vary(
        "Tháng 2/2024", "tháng 02/2024", "Trong tháng 2/2024", "tháng 2 năm 2024", "T2/2024"), (PERIOD,), C23),
    Case("month-feb-common", (window("2025-02-01", "2025-02-28"),), vary(
        "Tháng 2/2025", "trong tháng 02/2025", "T2/2025"), (PERIOD,), C23),
    Case("month-feb-2100", (window("2100-02-01", "2100-02-28"),), vary("Tháng 2/2100", "tháng 02 năm 2100"),
         (PERIOD,), C23),
    Case("month-feb-2000", (window("2000-02-01", "2000-02-29"),), vary("Tháng 2/2000", "trong tháng 2 năm 2000"),
         (PERIOD,), C23),
    Case("month-12-2023", (window("2023-12-01", "2023-12-31"),), vary(
        "Tháng 12/2023", "tháng 12 năm 2023", "T12/2023", "Trong tháng 12/2023"), (PERIOD,), C23),
    Case("quarter-4-2023", (window("2023-10-01", "2023-12-31"),), vary(
        "Quý IV/2023", "quý IV/2023", "Quý 4/2023", "quý 4 năm 2023", "Quý IV năm 2023", "Quý IV/ 2023",
        "Quý IV /2023", "Quý IV2023", "Trong quý IV/2023", "trong Quý 4/2023", "Quý iv/2023", "Quý\u00a0IV/2023",
        "Quý\tIV/2023", "Quý IV/2023."),
        (PERIOD, "quý Q/Y", "quý Q năm Y"), C30),
    Case("quarter-1-2028", (window("2028-01-01", "2028-03-31"),), vary(
        "Quý I/2028", "Quý I /2028", "quý 1/2028", "Quý I năm 2028", "Quý I2028", "Trong quý I/2028"),
        (PERIOD, "quý Q/Y", "quý Q năm Y"), C23),
    Case("quarter-2-2027", (window("2027-04-01", "2027-06-30"),), vary(
        "Quý II/ 2027", "Quý II/2027", "quý 2/2027", "Quý II năm 2027", "quý II /2027"),
        (PERIOD, "quý Q/Y", "quý Q năm Y"), C23),
    Case("quarter-3-2027", (window("2027-07-01", "2027-09-30"),), vary(
        "Quý III2027", "Quý III/2027", "quý 3/2027", "Quý III năm 2027", "Quý III / 2027"),
        (PERIOD, "quý Q/Y", "quý Q năm Y"), C23),
    Case("quarter-year-from-plan", (window("2024-07-01", "2024-09-30"),), vary("Quý III", "quý 3", "Trong quý III"),
         (PERIOD, "quý Q năm Y"), C24),
    Case("year-2024", (window("2024-01-01", "2024-12-31"),), vary(
        "Năm 2024", "Trong năm 2024", "Vào năm 2024"), (PERIOD, "năm Y"), C30),
    Case("first-half-2024", (window("2024-01-01", "2024-06-30"),), vary(
        "6 tháng đầu năm 2024", "06 tháng đầu năm 2024", "Trong 6 tháng đầu năm 2024"),
        (PERIOD, "6 tháng đầu năm"), C30),
    Case("second-half-2024", (window("2024-07-01", "2024-12-31"),), vary(
        "6 tháng cuối năm 2024", "06 tháng cuối năm 2024", "Trong 6 tháng cuối năm 2024"),
        (PERIOD, "6 tháng cuối năm"), C30),
    Case("half-year-from-plan", (window("2023-07-01", "2023-12-31"),), vary("6 tháng cuối năm", "Trong 6 tháng cuối năm"),
         (PERIOD, "6 tháng cuối năm"), C23),

    # ---- "Hoàn thành" + period: deadline on the period's last day ----
    Case("complete-in-q4-2023", (deadline("2023-12-31"),), vary(
        "Hoàn thành trong quý IV/2023", "Hoàn thành quý IV/2023", "hoàn thành trong quý 4/2023",
        "Hoàn thành trong Quý IV năm 2023", "Hoàn thành trong quý IV/ 2023", "Hoàn thành trong tháng 12/2023",
        "Hoàn thành tháng 12/2023"), ("hoàn thành trong <khoảng>",), C30),
    Case("complete-in-11-2023", (deadline("2023-11-30"),), vary(
        "Hoàn thành tháng 11/2023", "Hoàn thành trong tháng 11/2023", "hoàn thành trong tháng 11 năm 2023",
        "Hoàn thành T11/2023", "Hoàn thành trong tháng 11/ 2023"), ("hoàn thành trong <khoảng>",), C30),
    Case("complete-in-feb-leap", (deadline("2024-02-29"),), vary(
        "Hoàn thành trong tháng 2/2024", "Hoàn thành tháng 02/2024", "hoàn thành trong tháng 2 năm 2024"),
        ("hoàn thành trong <khoảng>",), C23),
    Case("complete-in-feb-common", (deadline("2025-02-28"),), vary(
        "Hoàn thành trong tháng 2/2025", "Hoàn thành tháng 2/2025", "Hoàn thành trong T2/2025"),
        ("hoàn thành trong <khoảng>",), C23),
    Case("complete-by-year-end-2025", (deadline("2025-12-31"),), vary(
        "Hoàn thành trong năm 2025", "Hoàn thành năm 2025", "Hoàn thành trong 6 tháng cuối năm 2025",
        "Hoàn thành trong quý IV/2025", "Hoàn thành trong tháng 12/2025"),
        ("hoàn thành trong <khoảng>", "năm Y", "6 tháng cuối năm"), C23),
    Case("complete-in-q1-2024", (deadline("2024-03-31"),), vary(
        "Hoàn thành trong quý I/2024", "Hoàn thành quý 1/2024", "Hoàn thành trong tháng 3/2024"),
        ("hoàn thành trong <khoảng>",), C23),
    Case("complete-in-first-half-2024", (deadline("2024-06-30"),), vary(
        "Hoàn thành trong 6 tháng đầu năm 2024", "Hoàn thành trong quý II/2024", "Hoàn thành tháng 6/2024"),
        ("hoàn thành trong <khoảng>", "6 tháng đầu năm"), C23),
    Case("complete-in-year-from-plan", (deadline("2025-09-30"),), vary(
        "Hoàn thành trong quý III", "Hoàn thành tháng 9", "hoàn thành trong tháng 09"),
        ("hoàn thành trong <khoảng>",), C25),

    # ---- "trước (ngày) D": D − 1 ----
    Case("before-10-8-2023", (deadline("2023-08-09"),), vary(
        "Hoàn thành trước ngày 10/8/2023", "Hoàn thành trước 10/8/2023", "hoàn thành trước ngày 10/08/2023",
        "Trước ngày 10/8/2023", "trước 10-8-2023", "Hoàn thành trước ngày 10.8.2023",
        "Hoàn thành trước ngày 10 tháng 8 năm 2023"), ("trước <ngày>",), C30),
    Case("before-new-year", (deadline("2023-12-31"),), vary(
        "Hoàn thành trước ngày 01/01/2024", "Trước ngày 1/1/2024", "hoàn thành trước 1-1-2024"),
        ("trước <ngày>",), C30),
    Case("before-1-3-leap", (deadline("2024-02-29"),), vary("Hoàn thành trước ngày 1/3/2024", "Trước ngày 01/03/2024"),
         ("trước <ngày>",), C23),
    Case("before-1-3-common", (deadline("2023-02-28"),), vary("Hoàn thành trước ngày 1/3/2023", "trước ngày 01/3/2023"),
         ("trước <ngày>",), C23),
    Case("before-day-year-from-plan", (deadline("2023-12-14"),), vary(
        "Hoàn thành trước ngày 15/12", "trước ngày 15/12", "Hoàn thành trước 15/12"),
        ("trước <ngày>", "ngày D/M (năm suy ra)"), C23),
    Case("before-a-month", (deadline("2025-09-30"),), vary(
        "Hoàn thành trước tháng 10/2025", "Trước quý IV/2025", "trước ngày 01/10/2025"), ("trước <ngày>",), C23),
    Case("before-year-2027", (deadline("2026-12-31"),), vary(
        "Trước năm 2027", "Hoàn thành trước năm 2027", "Đến hết năm 2026", "Hoàn thành đến hết năm 2026",
        "đến hết năm 2026"), ("trước <ngày>", "đến hết <khoảng>", "năm Y"), C23),
    Case("until-end-of-quarter", (deadline("2025-06-30"),), vary(
        "Đến hết quý II/2025", "Hoàn thành đến hết tháng 6/2025", "đến hết 6 tháng đầu năm 2025"),
        ("đến hết <khoảng>",), C23),

    # ---- "chậm nhất" / "hạn chót": deadline ON D ----
    Case("latest-20-9-2025", (deadline("2025-09-20"),), vary(
        "chậm nhất ngày 20/9/2025", "Chậm nhất ngày 20/09/2025", "chậm nhất đến ngày 20/9/2025",
        "Chậm nhất trong ngày 20/9/2025", "chậm nhất 20.9.2025", "Hạn chót 20/9/2025", "hạn chót ngày 20-9-2025",
        "Chậm nhất ngày 20/9", "Hoàn thành chậm nhất ngày 20/9/2025"), ("chậm nhất <ngày>",), C25),

    # ---- event + N days ----
    Case("before-event-10-days", (deadline("2025-08-23", event="quoc-khanh"),), vary(
        "Hoàn thành trước sự kiện 10 ngày", "Trước sự kiện 10 ngày", "hoàn thành trước ngày diễn ra sự kiện 10 ngày",
        "Hoàn thành trước kỷ niệm 10 ngày", "Hoàn thành trước Ngày Quốc khánh 10 ngày", "trước Quốc khánh 10 ngày",
        "Hoàn thành trước mỗi sự kiện 10 ngày"), ("trước <sự kiện> N ngày",), ONE),
    Case("before-named-event-1-day", (deadline("2025-09-01", event="quoc-khanh"),), vary(
        "trước Quốc khánh 01 ngày", "Hoàn thành trước Ngày Quốc khánh 1 ngày", "Trước ngày Quốc khánh 01 ngày",
        "Hoàn thành trước Ngày Quốc khánh", "trước Quốc khánh", "trước ngày quốc khánh 01 ngày"),
        ("trước <sự kiện> N ngày", "trước <sự kiện>"), NAMED),
    Case("before-named-event-full-name", (deadline("2025-04-20", event="giai-phong-mien-nam"),), vary(
        "Hoàn thành trước Kỷ niệm 50 năm Ngày giải phóng miền Nam 10 ngày",
        "trước Ngày giải phóng miền Nam 10 ngày", "Hoàn thành trước ngày giải phóng miền Nam 10 ngày"),
        ("trước <sự kiện> N ngày",), NAMED),
    Case("before-named-event-old-tone-placement", (deadline("2025-12-05", event="hoi-nghi-tinh-uy"),), vary(
        "Hoàn thành trước Hội nghị Tỉnh uỷ 5 ngày", "Hoàn thành trước Hội nghị Tỉnh ủy 5 ngày",
        "trước Hội nghị Ban Chấp hành Đảng bộ tỉnh 05 ngày"), ("trước <sự kiện> N ngày",), NAMED),
    Case("before-estimated-event", (deadline("2025-10-10", event="dai-hoi-dang-bo", tentative=True),), vary(
        "Hoàn thành trước Đại hội Đảng bộ tỉnh 5 ngày", "trước Đại hội 05 ngày",
        "Hoàn thành trước Đại hội Đảng bộ tỉnh 05 ngày"), ("trước <sự kiện> N ngày",), NAMED),
    Case("before-estimated-section-event", (deadline("2025-10-10", event="dai-hoi-dang-bo", tentative=True),), vary(
        "Hoàn thành trước sự kiện 5 ngày", "trước kỷ niệm 05 ngày"), ("trước <sự kiện> N ngày",), ESTIMATED),
    Case("before-unknown-event", (), vary(
        "Hoàn thành trước Hội nghị sơ kết của tỉnh 10 ngày", "trước Hội nghị sơ kết giữa nhiệm kỳ 10 ngày",
        "Hoàn thành trước Hội nghị sơ kết của tỉnh"),
        ("trước <sự kiện> N ngày", "trước <sự kiện>"), NAMED, unresolved=(Unres("hoi-nghi-so-ket"),)),
    Case("before-event-unknown-status-with-date", (), vary("Hoàn thành trước Hội thảo khoa học 3 ngày"),
         ("trước <sự kiện> N ngày",), NAMED, unresolved=(Unres("hoi-thao-khoa-hoc"),)),
    # Not in the contract's tables: "sau <sự kiện> N ngày" read as event + N (mirror of "trước").
    Case("after-event-5-days", (deadline("2025-09-07", event="quoc-khanh"),), vary(
        "Hoàn thành sau sự kiện 5 ngày", "Hoàn thành sau Quốc khánh 5 ngày", "hoàn thành sau kỷ niệm 05 ngày"),
        ("sau <sự kiện> N ngày",), ONE),

    # ---- fan-out over section events, merging ----
    Case("fan-out-three-events", (
        deadline("2025-04-20", event="giai-phong-mien-nam"),
        deadline("2025-05-09", event="sinh-nhat-bac"),
        deadline("2025-08-23", event="quoc-khanh")), vary(
        "Hoàn thành trước mỗi sự kiện 10 ngày", "Hoàn thành trước các sự kiện 10 ngày",
        "Hoàn thành trước từng sự kiện 10 ngày", "Hoàn thành trước sự kiện 10 ngày", "Trước mỗi sự kiện 10 ngày",
        "trước ngày diễn ra các sự kiện 10 ngày"), ("trước <sự kiện> N ngày",), THREE),
    Case("fan-out-two-events", (
        deadline("2025-04-27", event="giai-phong-mien-nam"), deadline("2025-05-16", event="sinh-nhat-bac")), vary(
        "Hoàn thành trước mỗi sự kiện 3 ngày", "hoàn thành trước các sự kiện 03 ngày", "Trước từng sự kiện 3 ngày"),
        ("trước <sự kiện> N ngày",), TWO),
    Case("fan-out-no-n", (
        deadline("2025-04-29", event="giai-phong-mien-nam"), deadline("2025-05-18", event="sinh-nhat-bac"),
        deadline("2025-09-01", event="quoc-khanh")), vary(
        "Hoàn thành trước các sự kiện", "Hoàn thành trước mỗi sự kiện", "trước từng sự kiện"),
        ("trước <sự kiện>",), THREE),
    Case("fan-out-same-day-merged", (deadline("2025-11-15", event=ANY),), vary(
        "Hoàn thành trước mỗi sự kiện 3 ngày", "Hoàn thành trước các sự kiện 3 ngày", "Trước từng sự kiện 03 ngày"),
        ("trước <sự kiện> N ngày",), SAME_DAY),
    Case("fan-out-with-unknown", (deadline("2025-04-20", event="giai-phong-mien-nam"),), vary(
        "Hoàn thành trước mỗi sự kiện 10 ngày", "Trước các sự kiện 10 ngày"),
        ("trước <sự kiện> N ngày",), WITH_UNKNOWN, unresolved=(Unres("hoi-nghi-so-ket"),)),
    Case("fan-out-estimated-and-confirmed", (
        deadline("2025-04-20", event="giai-phong-mien-nam", tentative=False),
        deadline("2025-10-05", event="dai-hoi-dang-bo", tentative=True)), vary(
        "Hoàn thành trước mỗi sự kiện 10 ngày", "Hoàn thành trước các sự kiện 10 ngày"),
        ("trước <sự kiện> N ngày",), MIXED_STATUS),
    Case("event-months-estimated", (
        window("2025-04-01", "2025-04-30", event="giai-phong-mien-nam", tentative=False),
        window("2025-10-01", "2025-10-31", event="dai-hoi-dang-bo", tentative=True)), vary(
        "Trong các tháng diễn ra các sự kiện", "Các tháng có sự kiện diễn ra"),
        ("các tháng diễn ra sự kiện",), MIXED_STATUS),
    Case("around-with-unknown", (window("2025-04-23", "2025-05-07", event="giai-phong-mien-nam", approximate=True),),
         vary("Trước, trong, sau các sự kiện", "Trước, trong và sau các sự kiện kỷ niệm"),
         ("trước, trong, sau <sự kiện>",), WITH_UNKNOWN, unresolved=(Unres("hoi-nghi-so-ket"),)),
    Case("range-to-unknown-event", (), vary("Từ tháng 6/2025 đến hết sự kiện", "Từ tháng 06/2025 đến hết sự kiện"),
         ("từ <A> đến hết <sự kiện>",), ONLY_UNKNOWN, unresolved=(Unres("hoi-nghi-so-ket"),)),
    Case("parts-unknown-and-dated", (window("2025-12-01", "2025-12-31", label="Tổng kết"),), vary(
        "- Hoàn thành trước Hội nghị sơ kết của tỉnh 10 ngày - Tổng kết tháng 12/2025",
        "- Hoàn thành trước Hội nghị sơ kết của tỉnh 10 ngày\n- Tổng kết trong tháng 12/2025"),
        ("trước <sự kiện> N ngày", "<hoạt động> + thời gian"), NAMED,
        unresolved=(Unres("hoi-nghi-so-ket", label="Hoàn thành"),)),
    # "Trước, trong, sau" governs both named events.
    Case("around-two-named-events", (
        window("2025-08-26", "2025-09-09", event="quoc-khanh", approximate=True),
        window("2025-10-08", "2025-10-22", event="dai-hoi-dang-bo", approximate=True, tentative=True)), vary(
        "Trước, trong, sau Ngày Quốc khánh và Đại hội Đảng bộ tỉnh", "Trước, trong và sau Quốc khánh và Đại hội"),
        ("trước, trong, sau <sự kiện>",), NAMED),
    Case("event-window-one", (window("2025-08-23", "2025-09-07", event="quoc-khanh"),), vary(
        "Trước kỷ niệm 10 ngày và sau kỷ niệm 5 ngày", "Trước sự kiện 10 ngày và sau sự kiện 5 ngày",
        "trước kỷ niệm 10 ngày và sau 5 ngày", "Trước Quốc khánh 10 ngày và sau Quốc khánh 5 ngày",
        "Trước Ngày Quốc khánh 10 ngày và sau 05 ngày"), ("trước <sự kiện> N ngày và sau M ngày",), ONE),
    Case("event-window-three", (
        window("2025-04-20", "2025-05-05", event="giai-phong-mien-nam"),
        window("2025-05-09", "2025-05-24", event="sinh-nhat-bac"),
        window("2025-08-23", "2025-09-07", event="quoc-khanh")), vary(
        "Trước kỷ niệm 10 ngày và sau kỷ niệm 5 ngày", "Trước sự kiện 10 ngày và sau sự kiện 5 ngày",
        "trước mỗi sự kiện 10 ngày và sau 5 ngày", "Trước các sự kiện kỷ niệm 10 ngày và sau 05 ngày"),
        ("trước <sự kiện> N ngày và sau M ngày",), THREE),
    Case("around-three-events", (
        window("2025-04-23", "2025-05-07", event="giai-phong-mien-nam", approximate=True),
        window("2025-05-12", "2025-05-26", event="sinh-nhat-bac", approximate=True),
        window("2025-08-26", "2025-09-09", event="quoc-khanh", approximate=True)), vary(
        "Trước, trong, sau các sự kiện kỷ niệm", "Trước, trong và sau các sự kiện", "trước, trong, sau sự kiện",
        "Trước, trong, sau kỷ niệm", "Thời gian diễn ra các hoạt động kỷ niệm", "Thời gian diễn ra các sự kiện",
        "Trong thời gian diễn ra các sự kiện"),
        ("trước, trong, sau <sự kiện>", "thời gian diễn ra <sự kiện>"), THREE),
    Case("around-named-event", (window("2025-08-26", "2025-09-09", event="quoc-khanh", approximate=True),), vary(
        "Trước, trong, sau Ngày Quốc khánh", "Trước, trong và sau Quốc khánh", "trước, trong, sau Quốc khánh"),
        ("trước, trong, sau <sự kiện>",), NAMED),
    Case("around-estimated-event", (
        window("2025-10-08", "2025-10-22", event="dai-hoi-dang-bo", approximate=True, tentative=True),), vary(
        "Trước, trong, sau Đại hội Đảng bộ tỉnh", "Thời gian diễn ra Đại hội Đảng bộ tỉnh"),
        ("trước, trong, sau <sự kiện>", "thời gian diễn ra <sự kiện>"), NAMED),
    Case("event-months-three", (
        window("2025-04-01", "2025-04-30", event="giai-phong-mien-nam"),
        window("2025-05-01", "2025-05-31", event="sinh-nhat-bac"),
        window("2025-09-01", "2025-09-30", event="quoc-khanh")), vary(
        "Trong các tháng diễn ra các sự kiện", "trong các tháng diễn ra sự kiện", "Các tháng diễn ra các sự kiện",
        "Trong các tháng có sự kiện diễn ra"), ("các tháng diễn ra sự kiện",), THREE),
    Case("event-months-merged", (
        window("2025-04-01", "2025-04-30", event="giai-phong-mien-nam"),
        window("2025-05-01", "2025-05-31", event="sinh-nhat-bac"),
        window("2025-11-01", "2025-11-30", event=ANY)), vary(
        "Trong các tháng diễn ra các sự kiện", "các tháng có sự kiện diễn ra"),
        ("các tháng diễn ra sự kiện",), MONTHS4),
    Case("event-months-published", tuple(
        window(a, b, event=e, label="Xuất bản số", note=Text("từ tháng 4/2025-9/2025")) for a, b, e in (
            ("2025-04-01", "2025-04-30", "giai-phong-mien-nam"), ("2025-05-01", "2025-05-31", "sinh-nhat-bac"),
            ("2025-09-01", "2025-09-30", "quoc-khanh"))), vary(
        "Xuất bản số các tháng có sự kiện diễn ra (từ tháng 4/2025-9/2025)",
        "Xuất bản số các tháng diễn ra các sự kiện (từ tháng 4/2025-9/2025)",
        "Xuất bản số các tháng có sự kiện diễn ra (từ tháng 4/2025–9/2025)",
        "Xuất bản số các tháng có sự kiện diễn ra (từ tháng\n4/2025-9/2025)"),
        ("các tháng diễn ra sự kiện", "<hoạt động> + thời gian"), THREE),
    Case("range-and-each-event", (
        window("2025-03-01", "2025-05-31"),
        day("2025-04-30", event="giai-phong-mien-nam", approximate=True, note=Text("theo Kế hoạch")),
        day("2025-05-19", event="sinh-nhat-bac", approximate=True, note=Text("theo Kế hoạch"))), vary(
        "Từ tháng 3 đến hết tháng 5/2025 và từng sự kiện theo Kế hoạch",
        "Từ tháng 03 đến tháng 05/2025 và từng sự kiện theo Kế hoạch",
        "Từ tháng 3 đến hết tháng 5/2025 và từng sự kiện theo kế hoạch"),
        ("từ <A> đến <B>", "từng sự kiện"), TWO),
    Case("range-to-event", (window("2025-06-01", "2025-09-02", event="quoc-khanh"),), vary(
        "Từ tháng 6/2025 đến hết sự kiện", "từ tháng 06/2025 đến hết sự kiện",
        "Từ tháng 6/2025 đến hết Ngày Quốc khánh", "Từ tháng 6/2025 đến hết Quốc khánh",
        "Từ tháng 6 đến hết sự kiện", "Từ 01/6/2025 đến hết sự kiện"), ("từ <A> đến hết <sự kiện>",), ONE),

    # ---- newspaper issues ----
    Case("paper-no-schedule", (day("2025-09-01", label="Số báo", event="quoc-khanh", approximate=True),), vary(
        "Trên số báo gần nhất trước ngày diễn ra sự kiện", "trên số báo gần nhất trước sự kiện",
        "Số báo gần nhất trước ngày diễn ra sự kiện", "Trên số báo gần nhất trước Ngày Quốc khánh",
        "Trên số báo gần nhất trước Quốc khánh", "Trên số báo gần nhất trước kỷ niệm"),
        ("số báo gần nhất trước <sự kiện>",), ONE),
    Case("paper-mwf-event-on-wednesday", (day("2025-04-28", label="Số báo", event="giai-phong-mien-nam"),), vary(
        "Trên số báo gần nhất trước ngày diễn ra sự kiện", "Trên số báo gần nhất trước Ngày giải phóng miền Nam",
        "trên số báo gần nhất trước sự kiện"), ("số báo gần nhất trước <sự kiện>",), PAPER_GP),
    Case("paper-mwf-event-on-monday", (day("2025-05-16", label="Số báo", event="sinh-nhat-bac"),), vary(
        "Trên số báo gần nhất trước ngày diễn ra sự kiện", "Trên số báo gần nhất trước Ngày sinh Bác"),
        ("số báo gần nhất trước <sự kiện>",), PAPER_BH),
    Case("paper-mwf-three-events", (
        day("2025-04-28", label="Số báo", event="giai-phong-mien-nam"),
        day("2025-05-16", label="Số báo", event="sinh-nhat-bac"),
        day("2025-09-01", label="Số báo", event="quoc-khanh")), vary(
        "Trên số báo gần nhất trước ngày diễn ra các sự kiện", "Trên số báo gần nhất trước mỗi sự kiện"),
        ("số báo gần nhất trước <sự kiện>",), PAPER_THREE),
    Case("paper-thursdays", (day("2025-08-28", label="Số báo", event="quoc-khanh"),), vary(
        "Trên số báo gần nhất trước ngày diễn ra sự kiện", "Trên số báo gần nhất trước Quốc khánh"),
        ("số báo gần nhất trước <sự kiện>",), PAPER_THU),
    Case("paper-daily", (day("2025-05-18", label="Số báo", event="sinh-nhat-bac"),), vary(
        "Trên số báo gần nhất trước ngày diễn ra sự kiện",), ("số báo gần nhất trước <sự kiện>",), PAPER_DAILY),
    Case("paper-no-schedule-three", (
        day("2025-04-29", label="Số báo", event="giai-phong-mien-nam", approximate=True),
        day("2025-05-18", label="Số báo", event="sinh-nhat-bac", approximate=True),
        day("2025-09-01", label="Số báo", event="quoc-khanh", approximate=True)), vary(
        "Trên số báo gần nhất trước ngày diễn ra sự kiện", "Trên số báo gần nhất trước các sự kiện"),
        ("số báo gần nhất trước <sự kiện>",), THREE),
    Case("paper-estimated-event", (
        day("2025-10-14", label="Số báo", event="dai-hoi-dang-bo", approximate=True, tentative=True),), vary(
        "Trên số báo gần nhất trước Đại hội Đảng bộ tỉnh", "Trên số báo gần nhất trước Đại hội"),
        ("số báo gần nhất trước <sự kiện>",), NAMED),
    Case("paper-unknown-event", (), vary(
        "Trên số báo gần nhất trước Hội nghị sơ kết của tỉnh", "trên số báo gần nhất trước Hội nghị sơ kết giữa nhiệm kỳ"),
        ("số báo gần nhất trước <sự kiện>",), NAMED, unresolved=(Unres("hoi-nghi-so-ket", label="Số báo"),)),

    # ---- ranges ----
    Case("range-6-8-2023", (window("2023-06-01", "2023-08-31"),), vary(
        "Từ tháng 6 đến hết tháng 8/2023", "Từ tháng 6 đến tháng 8/2023", "từ tháng 06 đến hết tháng 08/2023",
        "Từ tháng 6 - tháng 8/2023", "Từ tháng 6 – tháng 8/2023", "Từ tháng 6 — tháng 8/2023",
        "Tháng 6 - tháng 8/2023", "tháng 6/2023 - tháng 8/2023", "Từ tháng 6/2023 đến hết tháng 8/2023",
        "Từ tháng 6 năm 2023 đến hết tháng 8 năm 2023", "Từ tháng 6/2023 -8/2023", "Từ tháng 6/2023 - 8/2023",
        "Từ T6/2023 đến T8/2023", "Từ tháng 6 đến hết tháng 8 năm 2023", "Từ tháng 6 đến hết tháng 8/ 2023",
        "Từ tháng 6 đến hết\ntháng 8/2023"),
        ("từ <A> đến <B>", "tháng M/Y", "tháng M năm Y", "M/Y trần (cuối khoảng)"), C30),
    Case("range-days-2024", (window("2024-04-20", "2024-05-07"),), vary(
        "Từ 20/4/2024 - 7/5/2024", "Từ ngày 20/4/2024 đến ngày 7/5/2024", "từ 20/04/2024 đến hết ngày 07/05/2024",
        "20/4/2024 - 7/5/2024", "20/4/2024 – 7/5/2024", "Từ 20-4-2024 đến 7-5-2024", "Từ 20.4.2024 – 7.5.2024",
        "Từ ngày 20 tháng 4 năm 2024 đến ngày 7 tháng 5 năm 2024", "Từ ngày 20/4 đến ngày 7/5/2024",
        "Từ ngày 20/4/2024 -7/5/2024"), ("từ <A> đến <B>", "ngày D/M/Y"), C30),
    Case("range-over-years", (window("2023-06-01", "2024-10-31"),), vary(
        "Từ tháng 6/2023 -10/2024", "Từ tháng 6/2023 - 10/2024", "Từ tháng 6/2023 đến tháng 10/2024",
        "Từ tháng 06/2023 đến hết tháng 10/2024", "Từ tháng 6/2023 –10/2024", "từ tháng 6 năm 2023 đến tháng 10 năm 2024",
        "Tháng 6/2023 - tháng 10/2024", "Từ T6/2023 - T10/2024", "Từ tháng 6/2023 -\n10/2024"),
        ("từ <A> đến <B>", "M/Y trần (cuối khoảng)"), C30),
    Case("range-over-year-end", (window("2023-11-01", "2024-02-29"),), vary(
        "Từ tháng 11 đến tháng 2/2024", "Từ tháng 11 đến hết tháng 2/2024", "từ tháng 11 - tháng 02/2024",
        "Tháng 11 - tháng 2/2024", "Từ tháng 11 đến tháng 2 năm 2024", "Từ T11 đến T2/2024"),
        ("từ <A> đến <B>",), C30),
    Case("range-dec-feb", (window("2023-12-01", "2024-02-29"),), vary(
        "từ tháng 12 đến tháng 2/2024", "Từ tháng 12 đến hết tháng 02/2024"), ("từ <A> đến <B>",), C30),
    Case("range-jan-feb-leap", (window("2024-01-01", "2024-02-29"),), vary(
        "Từ tháng 1 đến hết tháng 2/2024", "Từ tháng 01/2024 đến tháng 02/2024"), ("từ <A> đến <B>",), C30),
    Case("range-days-over-year-end", (window("2023-12-29", "2024-01-07"),), vary(
        "Từ ngày 29/12 đến ngày 7/1/2024", "Từ 29/12 - 7/1/2024", "từ ngày 29/12 đến hết ngày 07/01/2024",
        "Từ ngày 29/12/2023 - 7/01/2024"), ("từ <A> đến <B>", "ngày D/M (năm suy ra)"), C30),
    Case("range-quarters", (window("2024-01-01", "2024-09-30"),), vary(
        "Từ quý I đến hết quý III/2024", "từ quý 1 đến quý 3/2024", "Từ quý I/2024 - quý III/2024",
        "Quý I - quý III/2024"), ("từ <A> đến <B>", "quý Q năm Y"), C30),
    Case("range-quarters-over-year-end", (window("2024-07-01", "2025-03-31"),), vary(
        "Từ quý III đến quý I/2025", "Từ quý III - quý I/2025"), ("từ <A> đến <B>",), C30),
    Case("range-quarter-bare-end", (window("2023-10-01", "2024-06-30"),), vary(
        "Từ quý IV/2023 - II/2024", "Từ quý IV/2023 đến quý II/2024", "Từ quý 4/2023 - 2/2024"),
        ("từ <A> đến <B>", "M/Y trần (cuối khoảng)"), C30),
    Case("range-month-to-quarter", (window("2023-06-01", "2024-03-31"),), vary(
        "Từ tháng 6/2023 đến hết quý I/2024", "từ tháng 06/2023 - quý 1/2024"), ("từ <A> đến <B>",), C30),
    Case("range-day-to-month", (window("2025-10-15", "2025-12-31"),), vary(
        "Từ ngày 15/10/2025 đến hết tháng 12/2025", "Từ 15/10/2025 đến hết tháng 12/2025",
        "Từ ngày 15.10.2025 - tháng 12/2025"), ("từ <A> đến <B>",), C30),
    Case("stage-2021-2025", (window("2021-01-01", "2025-12-31"),), vary(
        "Giai đoạn 2021 - 2025", "giai đoạn 2021-2025", "Giai đoạn 2021 – 2025", "Giai đoạn 2021—2025",
        "Từ năm 2021 đến năm 2025", "Từ năm 2021 đến hết năm 2025", "từ năm 2021 - 2025", "Năm 2021 - 2025"),
        ("giai đoạn Y1 - Y2", "từ <A> đến <B>", "Y trần (cuối khoảng)"), C30),

    Case("years-2024-2025", (window("2024-01-01", "2025-12-31"),), vary(
        "Năm 2024-2025", "Từ năm 2024 đến năm 2025", "Giai đoạn 2024 - 2025", "trong giai đoạn 2024-2025"),
        ("giai đoạn Y1 - Y2", "từ <A> đến <B>", "Y trần (cuối khoảng)"), C23),
    # ---- open starts ----
    Case("open-start-9-2028", (day("2028-09-01", label="Bắt đầu"),), vary(
        "Từ tháng 9/2028 trở đi", "Từ tháng 9/2028", "từ tháng 09/2028 trở đi", "Bắt đầu từ tháng 9/2028",
        "bắt đầu từ T9/2028", "Từ T9/2028 trở đi"), ("từ <A> trở đi",), C23),
    Case("open-start-2026", (day("2026-01-01", label="Bắt đầu"),), vary(
        "bắt đầu từ quý I/2026", "Từ quý I/2026 trở đi", "Từ năm 2026", "Từ năm 2026 trở đi",
        "Bắt đầu từ ngày 1/1/2026", "Từ ngày 01/01/2026 trở đi"), ("từ <A> trở đi",), C23),
    Case("open-start-day", (day("2025-03-15", label="Bắt đầu"),), vary(
        "Từ ngày 15/3/2025 trở đi", "Từ ngày 15/3/2025", "bắt đầu từ 15-3-2025"), ("từ <A> trở đi",), C23),

    # ---- day spans ----
    Case("day-span-20-22-11", (window("2025-11-20", "2025-11-22"),), vary(
        "từ ngày 20-22/11/2025", "các ngày 20-22/11/2025", "Từ ngày 20 - 22/11/2025", "Từ ngày 20–22/11/2025",
        "các ngày 20, 21, 22/11/2025", "Các ngày 20, 21 và 22/11/2025", "từ ngày 20/11 đến 22/11/2025",
        "Từ 20/11/2025 - 22/11/2025", "Từ ngày 20/11/2025 đến ngày 22/11/2025", "ngày 20-22/11/2025"),
        ("các ngày viết gọn",), C23),
    Case("day-span-1-2-9", (window("2025-09-01", "2025-09-02"),), vary(
        "các ngày 1, 2/9/2025", "Các ngày 01, 02/9/2025", "các ngày 1,2/9/2025", "ngày 1 và 2/9/2025",
        "Các ngày 1-2/9/2025", "Ngày 1/9 và 2/9/2025"), ("các ngày viết gọn",), C23),
    Case("day-span-3-4-9", (window("2025-09-03", "2025-09-04"),), vary(
        "Ngày 3/9 và 4/9/2025", "Các ngày 3/9 và 4/9/2025", "ngày 03/9 và 04/9/2025", "Ngày 3 và 4/9/2025",
        "các ngày 3, 4/9/2025", "Ngày 3/9, 4/9/2025"), ("các ngày viết gọn",), C23),
    Case("day-span-year-from-plan", (window("2025-09-03", "2025-09-04"),), vary(
        "Ngày 3/9 và 4/9", "các ngày 3, 4/9", "Ngày 3 và 4/9", "các ngày 3-4/9"), ("các ngày viết gọn",), C25),
    Case("day-span-over-month-end", (window("2025-09-30", "2025-10-01"),), vary(
        "Ngày 30/9 và 1/10/2025", "các ngày 30/9, 1/10/2025"), ("các ngày viết gọn",), C23),

    # ---- labelled parts, phases ----
    Case("label-summary-month", (window("2023-10-01", "2023-10-31", label="Tổng kết"),), vary(
        "Tổng kết tháng 10/2023", "Tổng kết trong tháng 10/2023", "Tổng kết T10/2023", "Tổng kết tháng 10 năm 2023"),
        ("<hoạt động> + thời gian",), C23),
    Case("label-summary-award-day", (day("2024-10-10", label="Tổng kết trao giải"),), vary(
        "Tổng kết trao giải ngày 10/10/2024", "Tổng kết trao giải 10/10/2024", "tổng kết trao giải ngày 10-10-2024"),
        ("<hoạt động> + thời gian",), C23),
    Case("label-rollout-open-start", (day("2024-01-01", label="Triển khai"),), vary(
        "Triển khai từ quý I/2024", "triển khai từ quý 1/2024", "Triển khai từ Quý I năm 2024",
        "Triển khai từ tháng 01/2024", "Triển khai từ ngày 1/1/2024", "Triển khai từ quý I/2024 trở đi"),
        ("<hoạt động> + thời gian", "từ <A> trở đi"), C23),
    Case("label-rollout-month", (window("2025-03-01", "2025-03-31", label="Triển khai"),), vary(
        "Triển khai tháng 3/2025", "Triển khai trong tháng 3/2025"), ("<hoạt động> + thời gian",), C23),
    Case("label-launch-day", (day("2025-03-05", label="Phát động"),), vary(
        "Phát động ngày 5/3/2025", "phát động ngày 5-3-2025", "Phát động ngày 05/03/2025"),
        ("<hoạt động> + thời gian",), C23),
    Case("label-organise-day", (day("2025-03-26", label="Tổ chức"),), vary("Tổ chức ngày 26/3/2025",),
         ("<hoạt động> + thời gian",), C23),
    Case("label-summary-quarter", (window("2024-10-01", "2024-12-31", label="Tổng kết"),), vary(
        "Tổng kết quý IV/2024", "Tổng kết trong quý 4/2024"), ("<hoạt động> + thời gian",), C23),
    Case("label-review-half", (window("2025-01-01", "2025-06-30", label="Sơ kết"),), vary(
        "Sơ kết 6 tháng đầu năm 2025",), ("<hoạt động> + thời gian",), C23),
    # "đợt 2-2019" names a phase: it is not February 2019.
    Case("phase-name-not-a-month", (window("2019-12-01", "2019-12-31", label=ANY),), vary(
        "Tổng kết đợt 2-2019 trong tháng 12/2019", "Tổng kết đợt 2-2019 tháng 12/2019",
        "Tổng kết đợt 2/2019 trong tháng 12/2019"), ("<hoạt động> + thời gian",), C23),
    Case("phases-days", (
        window("2025-03-01", "2025-03-15", label="Đợt 1"), window("2025-09-01", "2025-09-15", label="Đợt 2")), vary(
        "Đợt 1, từ 1/3/2025 đến 15/3/2025; đợt 2, từ 1/9/2025 đến 15/9/2025",
        "Đợt 1: từ 1/3 đến 15/3/2025; Đợt 2: từ 1/9 đến 15/9/2025",
        "đợt 1, từ 01/3/2025 đến 15/3/2025; đợt 2, từ 01/9/2025 đến 15/9/2025",
        "Đợt 1 từ ngày 1/3/2025 đến ngày 15/3/2025; Đợt 2 từ ngày 1/9/2025 đến ngày 15/9/2025",
        "Đợt 1, từ 1/3/2025 đến 15/3/2025;\nđợt 2, từ 1/9/2025 đến 15/9/2025",
        "- Đợt 1: từ 1/3/2025 - 15/3/2025\n- Đợt 2: từ 1/9/2025 - 15/9/2025"), ("đợt N", "từ <A> đến <B>"), C23),
    Case("phases-months", (
        window("2025-03-01", "2025-03-31", label="Đợt 1"), window("2025-09-01", "2025-09-30", label="Đợt 2")), vary(
        "Đợt 1: tháng 3/2025; đợt 2: tháng 9/2025", "Đợt 1, tháng 3/2025; Đợt 2, tháng 9/2025"),
        ("đợt N",), C23),

    # ---- several parts ----
    Case("parts-rollout-award", (
        day("2024-01-01", label="Triển khai"), day("2024-10-10", label="Tổng kết trao giải")), vary(
        "- Triển khai từ quý I/2024 - Tổng kết trao giải ngày 10/10/2024",
        "- Triển khai từ quý I/2024\n- Tổng kết trao giải ngày 10/10/2024",
        "– Triển khai từ quý I/2024 – Tổng kết trao giải ngày 10/10/2024",
        "- Triển khai từ quý 1/2024; - Tổng kết trao giải ngày 10/10/2024",
        "Triển khai từ quý I/2024; tổng kết trao giải ngày 10/10/2024",
        "Triển khai từ quý I/2024 và tổng kết trao giải ngày 10/10/2024",
        "- Triển khai từ quý I/2024.\n- Tổng kết trao giải ngày 10/10/2024."),
        ("<hoạt động> + thời gian",), C23),
    Case("parts-two-months", (window("2024-01-01", "2024-01-31"), window("2024-10-01", "2024-10-31")), vary(
        "Trong tháng 1/2024 và tháng 10/2024", "trong tháng 01/2024 và tháng 10/2024",
        "Tháng 1/2024 và tháng 10/2024", "Trong tháng 1 và tháng 10/2024", "Trong tháng 1/2024, tháng 10/2024",
        "Tháng 01/2024; tháng 10/2024"), (PERIOD,), C30),
    Case("parts-deadline-and-summary", (
        deadline("2025-03-14", label="Hoàn thành"), window("2025-12-01", "2025-12-31", label="Tổng kết")), vary(
        "- Hoàn thành trước ngày 15/3/2025 - Tổng kết tháng 12/2025",
        "Hoàn thành trước ngày 15/3/2025; tổng kết tháng 12/2025",
        "- Hoàn thành trước 15/3/2025\n- Tổng kết trong tháng 12/2025"),
        ("trước <ngày>", "<hoạt động> + thời gian"), C23),
    Case("parts-each-event-two-verbs", (
        deadline("2025-04-20", label="Hoàn thành", event="giai-phong-mien-nam"),
        deadline("2025-05-09", label="Hoàn thành", event="sinh-nhat-bac"),
        deadline("2025-04-27", label="Số báo chuyên đề", event="giai-phong-mien-nam"),
        deadline("2025-05-16", label="Số báo chuyên đề", event="sinh-nhat-bac")), vary(
        "- Hoàn thành trước mỗi sự kiện 10 ngày - Số báo chuyên đề hoàn thành trước mỗi sự kiện 3 ngày",
        "- Hoàn thành trước\nmỗi sự kiện 10 ngày\n- Số báo chuyên đề\nhoàn thành trước\nmỗi sự kiện 3 ngày"),
        ("trước <sự kiện> N ngày", "<hoạt động> + thời gian"), TWO),
    Case("parts-dated-and-ongoing", (window("2028-01-01", "2028-03-31"), undated("thường xuyên")), vary(
        "Quý I/2028 và duy trì thường xuyên", "Quý I/2028 và thường xuyên", "Quý I /2028 và duy trì thường xuyên",
        "- Quý I/2028\n- Duy trì thường xuyên"), (PERIOD, "thường xuyên, theo yêu cầu …"), C23),
    Case("parts-ongoing-and-summary", (undated("thường xuyên"), window("2025-12-01", "2025-12-31", label="Tổng kết")),
         vary("- Thường xuyên\n- Tổng kết tháng 12/2025", "Thường xuyên; tổng kết tháng 12/2025"),
         ("thường xuyên, theo yêu cầu …", "<hoạt động> + thời gian"), C23),

    # ---- done ----
    Case("done-12-4-2023", (day("2023-04-12", done=True),), vary(
        "Đã hoàn thành (12/4/2023)", "Đã hoàn thành (ngày 12/4/2023)", "Đã hoàn thành ( 12/04/2023 )",
        "Đã hoàn thành (12-4-2023)", "Đã hoàn thành (12.4.2023)", "Đã hoàn thành (12/4/2023",
        "Đã hoàn thành (ngày 12 tháng 4 năm 2023)"), ("đã hoàn thành",), C30),
    Case("done-5-1-2025", (day("2025-01-05", done=True),), vary("Đã hoàn thành (05/01/2025)", "đã hoàn thành (5/1/2025)"),
         ("đã hoàn thành",), C23),

    # ---- times of day ----
    Case("time-20h", (day("2025-09-02", time=dt.time(20, 0)),), vary(
        "20h ngày 2/9/2025", "20h ngày 02/9/2025", "20 giờ ngày 2/9/2025", "Vào lúc 20h ngày 2/9/2025",
        "20h00 ngày 2/9/2025", "20 giờ 00 ngày 2/9/2025", "20h, ngày 2/9/2025", "lúc 20 giờ, ngày 2-9-2025",
        "20h ngày 2/9"), ("giờ + ngày",), C25),
    Case("time-14-30", (day("2025-06-12", time=dt.time(14, 30)),), vary(
        "vào lúc 14 giờ 30, ngày 12/6/2025", "14h30 ngày 12/6/2025", "14 giờ 30 phút, ngày 12/6/2025",
        "lúc 14h30, ngày 12/06/2025", "14h30 ngày 12 tháng 6 năm 2025"), ("giờ + ngày",), C23),
    Case("time-with-part-of-day", (day("2025-09-02", time=dt.time(8, 30)),), vary(
        "8h30 sáng ngày 2/9/2025", "Vào lúc 8 giờ 30 sáng ngày 2/9/2025"), ("giờ + ngày",), C23),
    Case("part-of-day-15-3", (day("2025-03-15"),), vary(
        "Sáng ngày 15/3/2025", "Sáng 15/3/2025", "Chiều ngày 15/3/2025", "Tối ngày 15/03/2025"),
        ("buổi + ngày",), C23),
    Case("part-of-day-year-from-plan", (day("2025-08-28"),), vary("chiều 28/8", "Chiều ngày 28/8", "sáng 28/08"),
         ("buổi + ngày",), C25),

    # ---- parts of a month ----
    Case("early-march", (window("2025-03-01", "2025-03-10", approximate=True),), vary(
        "đầu tháng 3/2025", "Đầu tháng 03/2025", "Đầu tháng 3 năm 2025", "Đầu T3/2025"), ("đầu tháng",), C23),
    Case("mid-september", (window("2025-09-11", "2025-09-20", approximate=True),), vary(
        "giữa tháng 9/2025", "Giữa tháng 09/2025", "giữa tháng 9 năm 2025"), ("giữa tháng",), C23),
    Case("late-november", (window("2025-11-21", "2025-11-30", approximate=True),), vary(
        "cuối tháng 11/2025", "Cuối tháng 11/2025", "cuối tháng 11 năm 2025"), ("cuối tháng",), C23),
    Case("late-feb-leap", (window("2024-02-21", "2024-02-29", approximate=True),), vary(
        "Cuối tháng 2/2024", "cuối tháng 02/2024"), ("cuối tháng",), C23),
    Case("late-feb-common", (window("2025-02-21", "2025-02-28", approximate=True),), vary(
        "cuối tháng 2/2025",), ("cuối tháng",), C23),
    Case("late-december", (window("2025-12-21", "2025-12-31", approximate=True),), vary(
        "Cuối tháng 12/2025",), ("cuối tháng",), C23),
    Case("early-month-year-from-plan", (window("2024-02-01", "2024-02-10", approximate=True),), vary(
        "đầu tháng 2", "Đầu tháng 02"), ("đầu tháng",), C24),
    # halves of a month (days 1–15, 16–end) and of a year: exact, not approximate
    Case("first-half-of-march", (window("2020-03-01", "2020-03-15"),), vary(
        "trong nửa đầu tháng 3/2020", "Nửa đầu tháng 03/2020", "nửa đầu tháng 3 năm 2020"), ("nửa đầu tháng",), C23),
    Case("second-half-of-february", (window("2024-02-16", "2024-02-29"),), vary(
        "nửa cuối tháng 2/2024", "Nửa sau tháng 02/2024", "trong nửa cuối tháng 2"), ("nửa cuối tháng",), C24),
    Case("halves-of-a-year", (window("2024-01-01", "2024-06-30"), window("2024-07-01", "2024-12-31")), vary(
        "nửa đầu năm 2024; nửa cuối năm 2024", "Nửa đầu năm; nửa sau năm 2024", "trong nửa đầu năm và nửa cuối năm 2024"),
        ("nửa đầu năm", "nửa cuối năm"), C24),

    # ---- remarks in parentheses ----
    Case("remark-note", (window("2023-06-01", "2023-08-31", note=Text("vào các thời điểm phù hợp")),), vary(
        "Từ tháng 6 đến hết tháng 8/2023 (vào các thời điểm phù hợp)",
        "Từ tháng 6 đến hết tháng 8/2023 (vào các thời điểm phù hợp",
        "Từ tháng 6 đến hết tháng 8/2023 (vào các\nthời điểm phù hợp)"), ("từ <A> đến <B>",), C23),
    Case("lunar-gloss", (day("2025-04-07"),), vary(
        "Ngày 7/4/2025 (tức 10/3 âm lịch)", "ngày 7/4/2025 (tức ngày 10/3 âm lịch)",
        "Ngày 07/04/2025 (tức 10/3 Âm lịch)", "7/4/2025 (tức mùng 10 tháng 3 năm Ất Tỵ)"), (PERIOD,), C23),
    Case("dated-remark-is-a-remark", (
        window("2027-04-01", "2027-06-30", note=Text("theo yêu cầu của Bộ, giai đoạn 2027 - 2030")),), vary(
        "Quý II/2027 (theo yêu cầu của Bộ, giai đoạn 2027 - 2030)",
        "Quý II/2027 (theo yêu cầu của Bộ, giai đoạn 2027 - 2030",
        "Quý II/ 2027 (theo yêu cầu của Bộ, giai đoạn 2027 – 2030)"), (PERIOD,), C23),
    Case("dated-remark-year", (
        window("2027-01-01", "2027-12-31", note=Text("theo yêu cầu của Trung ương giai đoạn 2027 - 2030")),), vary(
        "Năm 2027 (theo yêu cầu của Trung ương giai đoạn 2027 - 2030)",), (PERIOD,), C23),
    Case("explicit-dates-relative-remark", (
        window("2025-08-28", "2025-09-05", event=None, note=Text("trước Quốc khánh 5 ngày và sau 3 ngày"),
               remark=RemarkSpec("quoc-khanh", 5, 3)),), vary(
        "Từ ngày 28/8/2025 đến ngày 5/9/2025 (trước Quốc khánh 5 ngày và sau 3 ngày)",
        "Từ 28/8/2025 - 5/9/2025 (trước Quốc khánh 5 ngày và sau 3 ngày)",
        "Từ ngày 28/8/2025\n- 5/9/2025\n(trước Quốc khánh\n5 ngày và\nsau 3 ngày)"), ("từ <A> đến <B>",), NAMED),

    Case("explicit-dates-remark-unknown-event", (
        window("2025-08-28", "2025-09-05", event=None, note=Text("trước Hội nghị sơ kết của tỉnh 5 ngày và sau 3 ngày"),
               remark=RemarkSpec("hoi-nghi-so-ket", 5, 3)),), vary(
        "Từ ngày 28/8/2025 đến ngày 5/9/2025 (trước Hội nghị sơ kết của tỉnh 5 ngày và sau 3 ngày)",
        "Từ 28/8/2025 - 5/9/2025 (trước Hội nghị sơ kết của tỉnh 5 ngày và sau 3 ngày)"),
        ("từ <A> đến <B>",), NAMED),
    Case("explicit-dates-remark-section-event", (
        window("2025-08-28", "2025-09-05", event=None, note=Text("Trước kỷ niệm 5 ngày và sau 3 ngày"),
               remark=RemarkSpec("quoc-khanh", 5, 3)),), vary(
        "Từ 28/8/2025 - 5/9/2025 (Trước kỷ niệm 5 ngày và sau 3 ngày)",
        "Từ ngày 28/8/2025 đến ngày 05/9/2025 (Trước kỷ niệm 5 ngày và sau 3 ngày)"),
        ("từ <A> đến <B>",), ONE),

    # ---- undated ----
    Case("undated-regular", (undated("thường xuyên"),), vary(
        "Thường xuyên", "Duy trì thường xuyên", "duy trì thường xuyên"), ("thường xuyên, theo yêu cầu …",), C23),
    Case("undated-on-request", (undated("theo yêu cầu"),), vary(
        "Theo yêu cầu của Ban Thường vụ Tỉnh ủy", "Theo yêu cầu của UBND tỉnh", "theo yêu cầu của Trung ương"),
        ("thường xuyên, theo yêu cầu …",), C23),
    Case("undated-roadmap", (undated("theo lộ trình"),), vary(
        "Theo lộ trình của Bộ Thông tin và Truyền thông", "Theo lộ trình chuyển đổi số"), ("thường xuyên, theo yêu cầu …",), C23),
    Case("undated-while-doing", (undated("quá trình thực hiện"),), vary(
        "Trong quá trình thực hiện Kế hoạch", "Trong quá trình thực hiện", "trong quá trình thực hiện Đề án"),
        ("thường xuyên, theo yêu cầu …",), C23),
    # ---- constructs read from real plans (issue: real plans' timing phrases) --------------
    # Worked out by hand; weekdays from the calendar, lunar dates from lunar_vn (an
    # independent library): 15/1 âm lịch 2025 = 12/2/2025, tháng Chạp 2025 = 19/1–16/2/2026,
    # 12–16/2 âm lịch 2025 = 11–15/3/2025. 10/3/2025 is a Monday, 31/5 and 12/7/2025 Saturdays.
    Case("day-month-dash-dot", (day("2025-06-05"),), vary("ngày 5.6", "Ngày 5-6", "vào ngày 5.6"),
         ("ngày D-M, D.M (năm suy ra)", "lời dẫn + thời gian"), C25),
    Case("day-month-year-words", (window("2024-11-09", "2024-11-21"),), vary(
        "từ ngày 9/11 đến hết ngày 21/11 năm 2024", "Từ 9/11 đến 21/11 năm 2024"), ("từ <A> đến <B>",), C23),
    Case("lunar-day", (day("2025-02-12"),), vary(
        "Rằm tháng Giêng", "ngày 15 tháng Giêng", "ngày 15 tháng 1 âm lịch", "ngày 15/1 âm lịch",
        "mùng 15 tháng Giêng"), ("ngày âm lịch",), C25),
    Case("lunar-day-year-name", (day("2015-02-27"),), vary("mùng 9 tháng Giêng năm Ất Mùi"), ("ngày âm lịch",), C25),
    Case("lunar-month", (window("2026-01-19", "2026-02-16"),), vary("tháng Chạp", "tháng 12 âm lịch"),
         ("tháng âm lịch",), C25),
    Case("lunar-range", (window("2025-03-11", "2025-03-15"),), vary("từ ngày 12 đến 16/2 âm lịch"),
         ("các ngày viết gọn",), C25),
    Case("month-range-bare-end", (window("2025-04-01", "2025-06-30"),), vary("từ tháng 4 - 6", "Từ tháng 4 đến 6"),
         ("số trần (cuối khoảng)", "từ <A> đến <B>"), C25),
    Case("since-now", (window("2025-03-10", "2025-12-31"),), vary("từ nay đến cuối năm 2025", "Từ nay đến hết năm 2025"),
         ("từ nay đến <B>", "cuối năm Y (cuối khoảng)"), R25),
    Case("repeat-yearly-deadline", (deadline("2025-03-14", rrule="FREQ=YEARLY;UNTIL=20271231"),), vary(
        "trước ngày 15/3 hằng năm", "Hằng năm, trước ngày 15/3", "trước ngày 15/3 hàng năm"),
        ("<thời gian> hằng năm", "hằng năm, <thời gian>", "lịch lặp lại"), R25),
    Case("repeat-yearly-no-plan-end", (deadline("2025-03-14", rrule="FREQ=YEARLY;UNTIL=20260314"),), vary(
        "trước ngày 15/3 hằng năm"), ("lịch lặp lại",), R25_OPEN),
    Case("repeat-month-days", (day("2025-03-10", rrule="FREQ=MONTHLY;UNTIL=20271231;BYMONTHDAY=10,25"),), vary(
        "ngày 10 và 25 hằng tháng", "vào ngày 10 và 25 hàng tháng", "định kỳ vào ngày 10, 25 hằng tháng"),
        ("ngày D hằng tháng",), R25),
    Case("repeat-month-deadline", (deadline("2025-04-04", rrule="FREQ=MONTHLY;UNTIL=20271231;BYMONTHDAY=4"),), vary(
        "trước ngày 5 hằng tháng", "Hoàn thành trước ngày 5 hàng tháng"), ("ngày D hằng tháng",), R25),
    Case("repeat-quarter-month", (deadline("2025-03-17", rrule="FREQ=YEARLY;UNTIL=20271231;BYMONTHDAY=17;BYMONTH=3,6,9,12"),),
         vary("trước ngày 18 của tháng cuối mỗi quý", "trước ngày 18 tháng cuối mỗi quý"),
         ("ngày D của tháng cuối quý",), R25),
    Case("repeat-weekday", (day("2025-03-10", rrule="FREQ=WEEKLY;UNTIL=20271231;BYDAY=MO"),), vary(
        "thứ Hai hằng tuần", "vào thứ 2 hàng tuần", "Thứ Hai hằng tuần"), ("thứ N hằng tuần",), R25),
    Case("repeat-weekday-bounded", (day("2025-05-31", rrule="FREQ=WEEKLY;UNTIL=20250712;BYDAY=SA"),), vary(
        "từ ngày 31/05 – 12/07/2025 vào thứ 7 hàng tuần", "từ 31/5/2025 đến 12/7/2025, thứ Bảy hằng tuần"),
        ("lịch lặp lại trong <khoảng>",), R25),
    Case("repeat-years", (window("2025-01-01", "2025-12-31"), window("2026-01-01", "2026-12-31"),
                          window("2027-01-01", "2027-12-31")), vary("Hằng năm", "hàng năm", "định kỳ hằng năm"),
         ("hằng năm / hằng quý / định kỳ",), R25),
    Case("repeat-quarters", (window("2025-01-01", "2025-03-31"), window("2025-04-01", "2025-06-30"),
                             window("2025-07-01", "2025-09-30"), window("2025-10-01", "2025-12-31")),
         vary("Hằng quý", "định kỳ hằng quý", "mỗi quý"), ("hằng năm / hằng quý / định kỳ",), R25_YEAR),
    Case("repeat-halves", (window("2025-01-01", "2025-06-30"), window("2025-07-01", "2025-12-31")),
         vary("Định kỳ 6 tháng", "6 tháng một lần", "6 tháng/lần"), ("hằng năm / hằng quý / định kỳ",), R25_YEAR),
    Case("repeat-weeks", (window("2025-03-10", "2025-03-16", rrule="FREQ=WEEKLY;UNTIL=20251231"),),
         vary("hằng tuần", "Hàng tuần"), ("hằng năm / hằng quý / định kỳ",), R25_YEAR),
    Case("repeat-quarter-yearly", (window("2025-01-01", "2025-03-31"), window("2026-01-01", "2026-03-31"),
                                   window("2027-01-01", "2027-03-31")), vary("Quý I hằng năm", "hằng năm vào quý I"),
         ("<thời gian> hằng năm", "hằng năm, <thời gian>"), R25),
    Case("repeat-bounded-years", tuple(window(f"{y}-01-01", f"{y}-12-31") for y in range(2026, 2031)), vary(
        "Hằng năm, giai đoạn 2026 - 2030", "hằng năm trong giai đoạn 2026-2030"),
        ("lịch lặp lại trong <khoảng>",), R25),
    Case("timed-range", (day("2025-09-05", time=dt.time(13, 30), end_time=dt.time(16, 0)),), vary(
        "từ 13h30 đến 16h ngày 5/9/2025", "Từ 13 giờ 30 đến 16 giờ, ngày 5/9/2025", "13h30 - 16h00 ngày 5/9/2025"),
        ("từ giờ đến giờ + ngày",), C23),
    # a window with a start hour: from that hour of its first day to its end hour, or to the end of its last day
    Case("timed-window-days", (window("2025-09-05", "2025-09-07", time=dt.time(8, 0), end_time=dt.time(17, 0)),),
         vary("từ 8 giờ ngày 5/9/2025 đến 17 giờ ngày 7/9/2025", "từ 08h00 ngày 05/9/2025 đến 17h00 ngày 07/9/2025"),
         ("từ <A> đến <B>",), C23),
    Case("timed-window-to-day-end", (window("2018-12-16", "2019-02-15", time=dt.time(8, 0)),),
         vary("Bắt đầu từ 8 giờ ngày 16-12-2018 đến 15-2-2019", "từ 8h00 ngày 16/12/2018 đến hết ngày 15/02/2019",
              "từ 8 giờ ngày 16/12/2018 đến 24 giờ ngày 15/2/2019"),
         ("từ <A> đến <B>",), C23),
    # a repeat said once after two times holds for both; a deadline word before the first, for the second too
    Case("pair-yearly-months", (window("2025-03-01", "2025-03-31"), window("2025-09-01", "2025-09-30"),
                                window("2026-03-01", "2026-03-31"), window("2026-09-01", "2026-09-30"),
                                window("2027-03-01", "2027-03-31"), window("2027-09-01", "2027-09-30")),
         vary("Tháng 3 và tháng 9 hằng năm", "tháng 3, tháng 9 hàng năm"), ("<thời gian> và <thời gian> hằng năm",),
         R25),
    Case("pair-yearly-deadlines", (deadline("2025-06-29", rrule="FREQ=YEARLY;UNTIL=20271231"),
                                   deadline("2025-12-30", rrule="FREQ=YEARLY;UNTIL=20271231")),
         vary("Trước ngày 30/6 và 31/12 hằng năm", "trước ngày 30/6 và ngày 31/12 hàng năm"),
         ("<thời gian> và <thời gian> hằng năm",), R25),
    # a deadline word said once before a list of days holds for each
    Case("shared-deadline", (deadline("2024-06-29"), deadline("2024-12-30")),
         vary("Trước ngày 30/6 và 31/12/2024", "trước ngày 30/6, 31/12/2024"),
         ("trước <ngày>", PERIOD, "ngày D/M (năm suy ra)", "ngày D/M/Y"), C24),
    Case("shared-deadline-verb", (deadline("2024-06-29", label="Hoàn thành"), deadline("2024-12-30", label="Hoàn thành")),
         vary("Hoàn thành trước 30/6 và 31/12/2024"), ("trước <ngày>", PERIOD, "ngày D/M/Y"), C24),
    Case("shared-latest", (deadline("2024-06-15"), deadline("2024-09-15"), deadline("2024-12-15")),
         vary("chậm nhất ngày 15/6, 15/9 và 15/12/2024"), ("chậm nhất <ngày>", "các ngày viết gọn"), C24),
    # parts of a quarter: its first, middle, last month, approximate
    Case("parts-of-quarter", (window("2024-12-01", "2024-12-31", approximate=True),),
         vary("Cuối quý IV/2024", "cuối quý IV năm 2024"), ("cuối quý", "quý Q/Y", "quý Q năm Y", PERIOD), C24),
    Case("start-of-quarter", (window("2025-04-01", "2025-04-30", approximate=True),),
         vary("Đầu quý II/2025",), ("đầu quý", "quý Q/Y", PERIOD), C24),
    Case("middle-of-quarter", (window("2025-08-01", "2025-08-31", approximate=True),),
         vary("giữa quý III/2025",), ("giữa quý", "quý Q/Y", PERIOD), C24),
    Case("must-complete-before", (deadline("2023-12-30", label=ANY),),
         vary("phải hoàn thành trước ngày 31/12/2023",), ("lời dẫn + thời gian", "trước <ngày>"), C23),
    # prose may hold words that only look like time words ("đầu tư", "tuần tra") and numbered names ("lớp 10")
    Case("prose-not-time-words", (deadline("2025-06-29"),), vary(
        "hoàn thành đầu tư xây dựng trường học trước ngày 30/6/2025", "Tuyển sinh vào lớp 10 hoàn thành trước ngày 30/6/2025",
        "tổ chức tuần tra, hoàn thành trước ngày 30/6/2025", "triển khai Điều 5 trước ngày 30/6/2025",
        "kiểm tra hàng hóa trước ngày 30/6/2025", "Ngân hàng Chính sách xã hội hoàn thành trước ngày 30/6/2025",
        "tổ chức hội nghị tại Hà Nội trước ngày 30/6/2025"),
        ("trước <ngày>", "hoàn thành <việc> trong <khoảng>", PROSE, "ngày D/M/Y"), C25),
    Case("end-work-before", (deadline("2018-11-24"),), vary(
        "Kết thúc xuống giống trước ngày 25/11/2018", "kết thúc học kỳ 1 trước ngày 25/11/2018",
        "hoàn tất hồ sơ trước ngày 25/11/2018"), ("hoàn thành <việc> trong <khoảng>", "ngày D/M/Y"), C23),
    Case("moment-of-what", (day("2019-04-01", time=dt.time(0, 0), note="Thời điểm điều tra"),), vary(
        "Thời điểm điều tra là 0 giờ ngày 1-4-2019.",), ("tại thời điểm <ngày>", "giờ + ngày", "ngày D/M/Y"), C23),
    Case("lasts-from-to", (window("2025-04-01", "2027-02-28", label=ANY, note=ANY),), vary(
        "Thời gian triển khai kéo dài từ quý 2/2025 đến hết ngày 28/2/2027.",),
        ("từ <A> đến <B>", "<hoạt động> + thời gian", PROSE, "quý Q/Y", "ngày D/M/Y"), C23),
    Case("school-year-in-prose", (deadline("2023-09-09", label=ANY),), vary(
        "báo cáo tình hình chuẩn bị năm học và tổ chức khai giảng trước ngày 10/9",),
        ("trước <ngày>", "<hoạt động> + thời gian", PROSE, "ngày D/M (năm suy ra)"), C23),
    Case("day-of-tet", (day("2024-02-13", note=ANY),), vary(
        "vào mùng 4 Tết (ngày 13/02/2024)", "mồng 4 Tết Nguyên đán năm 2024", "ngày 4 Tết"),
        ("ngày âm lịch", "một khoảng thời gian"), C24),
    Case("occasion-day-words", (day("2025-12-19"),), vary("dịp 19 tháng 12 năm 2025", "19 tháng 12 năm 2025"),
         ("lời dẫn + thời gian", PERIOD, "D tháng M năm Y"), C23),
    Case("since-plan-date", (window("2025-03-10", "2025-06-30"),), vary(
        "bắt đầu từ ngày ban hành kế hoạch đến hết ngày 30/6/2025", "kể từ ngày ký đến ngày 30/6/2025",
        "từ ngày ban hành văn bản này đến hết ngày 30/6/2025"), ("từ nay đến <B>", "ngày D/M/Y"), R25),
    Case("tet-timed-with-solar-year", (day("2017-02-03", time=dt.time(7, 0), note=ANY),), vary(
        "Mồng 7 Tết (03/2/2017) 07:00",), ("ngày + giờ", "ngày âm lịch"), ResolveContext(year=2016)),
    Case("before-tet-of-year", (deadline("2021-02-11"),), vary(
        "trước Tết Nguyên đán Tân Sửu", "xong trước Tết Nguyên đán 2021", "trước Tết Nguyên đán Tân Sửu 2021"),
        ("trước <ngày>", "Tết Nguyên đán năm …"), ResolveContext(year=2020)),
    Case("until-tet", (window("2024-12-15", "2025-01-29"),), vary("từ ngày 15/12/2024 đến Tết Nguyên đán Ất Tỵ",),
         ("từ <A> đến <B>", "Tết Nguyên đán năm …", "ngày D/M/Y"), C24),
    Case("days-before-tet", (window("2017-01-21", "2017-01-27", note=ANY),), vary("Từ 24 đến 30 Tết",),
         ("các ngày viết gọn",), ResolveContext(year=2016)),
    Case("tet-with-solar-year", (day("2017-02-02", note=ANY),), vary("Mồng 6 Tết (02/02/2017)",),
         ("ngày âm lịch", PERIOD), ResolveContext(year=2016)),
    # an ordinal or a term of office is part of a name ("lần thứ IV" is no quarter, "nhiệm kỳ 2020 - 2025" no window)
    Case("names-with-numbers", (window("2025-12-01", "2025-12-31", label=ANY, note=ANY),), vary(
        "Hội nghị lần thứ IV vào tháng 12/2025", "Đại hội Đoàn tỉnh lần thứ XVI, nhiệm kỳ 2022 - 2027 vào tháng 12/2025",
        "Kỳ họp thứ 10 vào tháng 12/2025"), ("một khoảng thời gian", PROSE, "tháng M/Y"), C23),
    Case("period-then-completion", (deadline("2025-02-28", label=ANY, note=ANY),), vary(
        "Các đảng bộ này phấn đấu trong tháng 2/2025 sẽ hoàn thành đại hội chi bộ.", "cấp tỉnh hoàn thành xong trong tháng 2/2025.",
        "Đại hội các cấp trong tỉnh được chỉ đạo tập trung, hoàn thành trong tháng 2/2025."),
        ("<khoảng> phải hoàn thành", "hoàn thành trong <khoảng>", PROSE, "tháng M/Y"), C25),
    Case("month-heading-no-colon", (day("2024-07-18", note=ANY),), vary("Tháng 7 Ngày 18 (thứ Năm)",),
         ("<tháng>: các ngày",), C24),
    Case("prose-before-duration-group", (window("2017-08-08", "2017-08-09", note=ANY),), vary(
        "Đại hội sẽ diễn ra trong 2 ngày (08/8 – 09/8/2017) tại Trung tâm Hội nghị tỉnh.",),
        ("N ngày (<các ngày>)", "lời dẫn + thời gian", PROSE, "ngày D/M (năm suy ra)", "ngày D/M/Y", "từ <A> đến <B>"), C23),
    Case("year-of-a-name", (window("2024-02-26", "2024-02-27", note=ANY),), vary(
        "Hội trại tòng quân năm 2024 sẽ diễn ra vào ngày 26 và 27-2",), (PERIOD, "năm Y", "lời dẫn + thời gian",
        "các ngày viết gọn", PROSE), C24),
    Case("duration-of-organising", (window("2024-04-01", "2024-04-07"),), vary("Thời gian tổ chức 7 ngày (từ ngày 01-07/04)",),
         ("N ngày (<các ngày>)", "các ngày viết gọn"), C24),
    Case("weekday-dash-day", (day("2022-08-15"),), vary("Vào ngày thứ Hai - 15/8",), (PERIOD, "ngày D/M (năm suy ra)"),
         ResolveContext(year=2022)),
    Case("clock-with-colon", (day("2017-10-03", time=dt.time(18, 30), end_time=dt.time(22, 0)),), vary(
        "Ngày 03/10/2017 18:30-22:00", "ngày 3/10/2017, từ 18:30 đến 22:00"), ("ngày + giờ", "ngày D/M/Y"), C23),
    # a part of the day before several days; a colon ending the cell heads the rows below it
    Case("part-of-day-days", (window("2019-12-05", "2019-12-06", note="Sáng"),), vary(
        "vào sáng ngày 05 và 06 tháng 12 năm 2019",), ("buổi + ngày",), C23),
    Case("heading-colon", (day("2019-12-05"),), vary("Ngày 05 tháng 12 năm 2019:",), ("ngày D tháng M năm Y", PERIOD), C23),
    Case("day-list-end-year-words", (window("2025-02-13", "2025-02-15"),), vary(
        "từ ngày 13 đến hết ngày 15/02 năm 2025",), ("các ngày viết gọn",), C23),
    # a month as a heading, then days of it (a schedule table's rows)
    Case("month-heading-days", tuple(day(f"2025-07-{n:02}") for n in (3, 10, 17, 24, 31)),
         vary("Tháng 7: Ngày 03; 10; 17; 24; 31 (Thứ 5)", "tháng 7/2025: ngày 3, 10, 17, 24 và 31",
              "Tháng 7: ngày 3; ngày 10; ngày 17; ngày 24; ngày 31"),
         ("<tháng>: các ngày",), C25),
    Case("month-heading-weekday", (day("2022-01-17"),), vary("Tháng 1: Thứ 2, ngày 17", "tháng 1: ngày 17"),
         ("<tháng>: các ngày",), ResolveContext(year=2022)),
    Case("timed-range-dash", (day("2020-03-28", time=dt.time(20, 30), end_time=dt.time(21, 30)),), vary(
        "sẽ diễn ra từ 20h30-21h30 tối thứ 7, ngày 28/3/2020", "20h30 - 21h30 ngày 28/3/2020"),
        ("từ giờ đến giờ + ngày", "lời dẫn + thời gian"), C23),
    Case("timed-range-day-first", (day("2025-02-14", time=dt.time(21, 0), end_time=dt.time(21, 30)),), vary(
        "Ngày 14/2/2025, từ 21h - 21h30", "ngày 14/2/2025 từ 21h đến 21h30"), ("ngày + giờ",), C23),
    Case("timed-deadline", (deadline("2025-09-05", time=dt.time(16, 0)),), vary(
        "đến 16 giờ ngày 5/9/2025", "trước 16h ngày 5/9/2025", "chậm nhất 16h00 ngày 5/9/2025"),
        ("hạn chót giờ + ngày",), C23),
    Case("timed-g-and-apostrophe", (day("2025-09-05", time=dt.time(8, 45)),), vary(
        "8g45 ngày 5/9/2025", "8h45’ ngày 5/9/2025", "từ 8h45 ngày 5/9/2025", "lúc 8 giờ 45 sáng ngày 5/9/2025"),
        ("giờ + ngày",), C23),
    Case("time-without-day", (undated("35"),), vary("07 giờ 35", "vào lúc 7h35", "Từ 7h35 đến 11h00"),
         ("giờ không có ngày",), C23),
    Case("bare-year", (window("2026-01-01", "2026-12-31"),), vary("2026", "2026.", "- 2026"), ("Y (năm trần)",), C23),
    Case("bare-years", (window("2026-01-01", "2030-12-31"),), vary("2026 - 2030", "2026–2030", "từ năm 2026 đến năm 2030"),
         ("Y1 - Y2",), C23),
    Case("year-list", (window("2024-01-01", "2024-12-31"), window("2025-01-01", "2025-12-31")), vary(
        "năm 2024, 2025", "trong các năm 2024, 2025", "các năm 2024 và 2025"), ("các năm Y1, Y2",), C23),
    Case("dated-and-following-years", (window("2026-01-01", "2026-12-31"), undated("các năm tiếp theo")), vary(
        "Năm 2026 và các năm tiếp theo"), (PERIOD, "thường xuyên, theo yêu cầu …"), C23),
    Case("undated-with-prose", (undated("lồng ghép"),), vary(
        "Thực hiện thường xuyên, lồng ghép trong các hoạt động của đơn vị", "Thường xuyên, lồng ghép trong các hoạt động"),
        ("thường xuyên, theo yêu cầu …",), C23),
    Case("date-inside-prose", (undated("kế hoạch chung"), deadline("2026-09-30", label=ANY)), vary(
        "Theo kế hoạch chung, riêng hạng mục A hoàn thành trong quý III/2026"),
        ("hoàn thành trong <khoảng>",), C23),
    Case("days-written-once", (window("2025-10-03", "2025-10-09"),), vary(
        "từ ngày 3 đến 9/10/2025", "Từ ngày 03 đến ngày 09/10/2025", "từ ngày 3 đến hết ngày 9/10/2025"),
        ("các ngày viết gọn",), C23),
    Case("days-written-once-words", (window("2025-03-12", "2025-03-14"),), vary(
        "từ ngày 12 - 14 tháng 3", "Ngày 12-14 tháng 3 năm 2025", "các ngày 12, 13 và 14 tháng 3"),
        ("các ngày viết gọn",), C25),
    Case("days-dash-month", (window("2025-08-14", "2025-08-15"),), vary("các ngày 14, 15-8", "ngày 14 và 15-8"),
         ("các ngày viết gọn",), C25),
    Case("days-over-month-end", (window("2026-03-27", "2026-04-02"),), vary("từ ngày 27-3 đến hết ngày 2-4-2026"),
         ("từ <A> đến <B>",), C25),
    Case("leading-duration", (window("2025-05-21", "2025-05-22"),), vary(
        "trong 2 ngày 21 và 22 tháng 5 năm 2025", "2 ngày, từ 21/5 đến 22/5/2025"), ("N ngày, <các ngày>",), C23),
    # a count written in words, as the digits
    Case("count-in-words", (window("2025-11-03", "2025-11-04"),), vary(
        "trong hai ngày 3 và 4-11", "Hai ngày, từ 3/11 đến 4/11", "trong hai ngày (3 - 4/11)"),
        ("N ngày, <các ngày>", "N ngày (<các ngày>)"), C25),
    Case("months-count-in-words", (window("2025-04-01", "2025-04-30"), window("2025-08-01", "2025-08-31")), vary(
        "hai tháng (tháng 4 và tháng 8)", "Hai tháng (tháng 4, tháng 8)"), ("N ngày (<các ngày>)",), C25),
    # lead words before a number of days and its dates in parentheses
    Case("takes-place-over-days", (window("2025-06-26", "2025-06-27"),), vary(
        "dự kiến diễn ra trong 2 ngày (26 - 27/6/2025)", "sẽ diễn ra trong hai ngày (26 - 27/6/2025)",
        "Diễn ra trong 02 ngày (từ 26/6 đến 27/6/2025)"), ("lời dẫn + thời gian", "N ngày (<các ngày>)"), C25),
    Case("weekday-and-day", (day("2025-07-12"),), vary("Thứ Bảy 12/7/2025", "thứ 7, ngày 12/7/2025", "vào thứ bảy 12/7/2025"),
         (PERIOD,), C23),
    Case("days-before-event-first", (deadline("2025-08-13", event="quoc-khanh"),), vary(
        "Trước 20 ngày diễn ra Ngày Quốc khánh", "trước khi tổ chức Quốc khánh 20 ngày"),
        ("trước N ngày <sự kiện>",), NAMED),
    Case("n-days-before-event", (deadline("2025-09-01", event="quoc-khanh"),), vary("1 ngày trước Ngày Quốc khánh"),
         ("N ngày trước <sự kiện>",), NAMED),
    Case("phase-in-parentheses", (window("2025-09-01", "2025-09-15", label="Đợt 2"),), vary(
        "Đợt 2 (từ 1/9 đến 15/9/2025)"), ("đợt N (ngày trong ngoặc)",), C23),
    Case("numbered-stage", (window("2026-01-05", "2026-03-31", label="Giai đoạn 1"),), vary(
        "Giai đoạn 1 (từ ngày 5/1/2026 đến hết ngày 31/3/2026)", "Giai đoạn 1: từ ngày 5/1/2026 đến hết ngày 31/3/2026",
        "giai đoạn 1, từ 5/1 đến 31/3/2026"), ("đợt N (ngày trong ngoặc)", "đợt N"), C25),
    Case("lead-words", (window("2025-10-01", "2025-10-31"),), vary(
        "dự kiến vào tháng 10/2025", "Dự kiến tháng 10/2025", "dự kiến diễn ra vào tháng 10/2025", "vào khoảng tháng 10/2025"),
        ("lời dẫn + thời gian",), C23),
    Case("finish-before", (deadline("2025-06-29"),), vary("xong trước 30/6/2025", "sẽ hoàn thành trước 30/6/2025"),
         ("trước <ngày>",), C23),
    Case("until-year", (deadline("2030-12-31"),), vary("đến năm 2030", "Hoàn thành đến năm 2030"), ("đến hết <khoảng>",), C23),
    Case("mid-month-old-words", (window("2022-04-11", "2022-04-20", approximate=True),), vary("trung tuần tháng 4/2022"),
         ("giữa tháng",), C23),
    Case("nine-months", (window("2025-01-01", "2025-09-30"),), vary("9 tháng đầu năm 2025"), ("6 tháng đầu năm",), C23),
    Case("month-list", (window("2025-04-01", "2025-04-30"), window("2025-05-01", "2025-05-31")), vary("vào tháng 4, 5", "tháng 4 và 5", "các tháng 4, 5/2025"),
         ("các tháng M1, M2",), C25),
    Case("gloss-after-comma", (day("2024-02-15", note=Contains("mùng 6 Tết")),), vary(
        "vào ngày 15/2, tức ngày mùng 6 Tết Giáp Thìn"), ("ngày D/M (năm suy ra)",), C24),
    Case("complete-by-periods", (deadline("2025-12-31", label=ANY), deadline("2026-03-31", label=ANY)), vary(
        "Thời gian hoàn thành: Quý IV/2025 và Quý I/2026", "- Thời gian hoàn thành: Quý IV/2025 và Quý I/2026;"),
        ("thời gian hoàn thành: <các khoảng>",), C25),
    Case("deadline-in-remark", (day("2025-12-05"), deadline("2025-12-10", label=ANY)), vary(
        "Dự kiến ngày 05/12/2025 (Chậm nhất ngày 10/12/2025)", "dự kiến ngày 05/12/2025 (chậm nhất ngày 10/12/2025 - sớm)"),
        ("lời dẫn + thời gian",), C25),
    Case("two-full-dates-consecutive", (window("2025-11-21", "2025-11-22"),), vary(
        "dự kiến diễn ra ngày 21/11/2025 và ngày 22/11/2025", "ngày 21/11/2025, 22/11/2025"), ("các ngày viết gọn",), C25),
    Case("range-in-a-span-of-time", (window("2025-12-01", "2025-12-14", label="Đợt 1"),), vary(
        "Đợt 1: Trong khoảng thời gian từ ngày 01/12/2025 đến ngày 14/12/2025.",
        "+ Đợt 1: trong khoảng từ ngày 01/12/2025 đến ngày 14/12/2025"), ("đợt N",), C25),
    Case("start-then-end", (window("2024-09-06", "2025-01-17"),), vary(
        "Bắt đầu từ ngày 06/9/2024; kết thúc trước ngày 18/01/2025.", "Bắt đầu từ 6/9/2024 và kết thúc trước 18/1/2025"),
        ("từ <A> trở đi", "<hoạt động> + thời gian"), C23),
    Case("time-in-parentheses", (day("2023-06-05", time=dt.time(9, 30)),), vary(
        "05.6.2023 (9 giờ 30 phút)", "ngày 5/6/2023 (lúc 9h30)"), ("ngày D/M/Y",), C23),
    Case("month-dash-year", (window("2022-03-01", "2022-05-31"),), vary(
        "từ tháng 3 đến tháng 5-2022", "Từ tháng 3 đến tháng 5.2022", "từ tháng 3 đến tháng 5/2022"),
        ("từ <A> đến <B>", "tháng M/Y"), C25),
    Case("activity-words", (window("2023-04-29", "2023-05-01", label="Nghỉ"),), vary(
        "Nghỉ từ ngày 29/4/2023 đến ngày 01/5/2023.", "nghỉ từ 29/4 đến 1/5/2023"), ("<hoạt động> + thời gian",), C23),
    Case("term-label", (deadline("2024-01-14", label="Kết thúc học kỳ I"),), vary(
        "Kết thúc học kỳ I trước ngày 15/1/2024"), ("<hoạt động> + thời gian",), C23),
    Case("not-before", (day("2025-08-28", label="Bắt đầu"),), vary("sớm nhất là ngày 28/8", "từ thời điểm 28/8/2025 trở đi"),
         ("từ <A> trở đi",), C25),
    Case("range-ending-at-a-time", (window("2025-12-17", "2026-02-01", note=Contains("kết thúc lúc 17:00")),), vary(
        "từ ngày 17/12/2025 đến 17 giờ 00, ngày 01/02/2026", "Từ 17/12/2025 đến 17h ngày 1/2/2026"),
        ("từ <A> đến <B>",), C25),
    Case("apposition", (window("2022-04-09", "2022-04-14"),), vary(
        "vào trung tuần tháng 4, từ ngày 09/4/2022 đến ngày 14/4/2022"), ("từ <A> đến <B>",), C23),
    Case("after-a-day", (day("2025-04-16", label="Bắt đầu"),), vary("Sau ngày 15/4", "sau ngày 15/4/2025"),
         ("sau <ngày>",), C25),
    Case("after-a-month", (day("2025-06-01", label="Bắt đầu"),), vary("sau tháng 5/2025", "Sau tháng 5 năm 2025"),
         ("sau <ngày>",), C23),
    Case("range-from-0h-to-24h", (window("2025-11-09", "2025-11-18"),), vary(
        "bắt đầu từ 0 giờ ngày 9-11-2025 đến 24 giờ ngày 18-11-2025", "từ 0h ngày 9/11/2025 đến 24h00 ngày 18/11/2025",
        "kể từ ngày 9/11/2025 đến 24 giờ ngày 18/11/2025"), ("từ <A> đến <B>",), C25),
    Case("deadline-at-24h", (deadline("2025-11-18"),), vary("đến 24 giờ ngày 18/11/2025", "trước 24h00 ngày 18/11/2025"),
         ("hạn chót giờ + ngày",), C25),
    Case("range-after-lead", (window("2023-11-01", "2024-03-31"),), vary(
        "kể từ ngày 01/11/ 2023 đến ngày 31/3/2024", "bắt đầu từ ngày 1/11/2023 đến ngày 31/3/2024"),
        ("từ <A> đến <B>",), C23),
    Case("hours-of-a-half-day", (undated("buổi"),), vary(
        "Buổi sáng: Từ 7h30’ đến 11h30’", "- Buổi chiều: từ 13 giờ 30’ đến 17 giờ 00’."), ("giờ không có ngày",), C23),
    Case("around-event-moment", (window("2025-08-26", "2025-09-09", event="quoc-khanh", approximate=True),), vary(
        "thời điểm trước, trong và sau Ngày Quốc khánh"), ("trước, trong, sau <sự kiện>",), NAMED),
    Case("duration-within", (window("2021-04-01", "2021-04-30"),), vary(
        "trong vòng 30 ngày, từ ngày 1/4 đến 30/4/2021"), ("N ngày, <các ngày>",), C23),
    Case("numbered-item", (deadline("2025-12-31", note=Contains("Mục tiêu")),), vary(
        "1. Mục tiêu cơ bản đến năm 2025", "2) Mục tiêu cơ bản đến năm 2025"), (PROSE, "đến hết <khoảng>"), C24),
    # ---- prose around a date: plain words are the note, the date is the construct's ----
    Case("prose-before-a-deadline", (deadline("2023-12-14", note=Contains("báo cáo")),), vary(
        "gửi báo cáo về Bộ Thông tin và Truyền thông trước ngày 15/12/2023",
        "Gửi báo cáo về Sở Nội vụ (qua Phòng Tổ chức) trước ngày 15/12/2023",
        "báo cáo đề xuất UBND tỉnh trước 15/12/2023"), (PROSE, "trước <ngày>"), C23),
    Case("prose-before-a-window", (window("2021-04-24", "2021-04-28", note=Contains("Phiên")),), vary(
        "Phiên thứ nhất, từ ngày 24.4 – 28.4.2021", "Phiên họp thứ nhất: từ ngày 24/4 đến 28/4/2021"),
        (PROSE, "từ <A> đến <B>"), C23),
    Case("prose-around-a-year", (window("2023-01-01", "2023-12-31", note=Contains("mục tiêu")),), vary(
        "thực hiện một số mục tiêu quan trọng trong năm 2023", "Tổ chức thực hiện các mục tiêu của Đề án trong năm 2023"),
        (PROSE, PERIOD), C25),
    Case("prose-after-a-date", (day("2024-07-01", label="Bắt đầu", note=Contains("toàn quốc")),), vary(
        "triển khai cấp thẻ Căn cước từ ngày 1-7-2024 trên toàn quốc", "Từ ngày 1/7/2024 trên địa bàn toàn quốc"),
        (PROSE, "từ <A> trở đi"), C23),
    Case("prose-and-a-label", (window("2024-05-28", "2024-08-31", label="Tổ chức", note=Contains("hoạt động hè")),),
         vary("Các hoạt động hè được tổ chức từ ngày 28/5 - 31/8/2024"), (PROSE, "<hoạt động> + thời gian"), C23),
    Case("prose-beside-a-schedule", (window("2025-01-01", "2025-12-31", note=Contains("tự đánh giá")),
                                     window("2026-01-01", "2026-12-31", note=Contains("tự đánh giá")),
                                     window("2027-01-01", "2027-12-31", note=Contains("tự đánh giá"))),
         vary("Hàng năm thực hiện công tác tự đánh giá, cung cấp số liệu"), (PROSE, "hằng năm / hằng quý / định kỳ"),
         R25),
    # ---- round 5 (land and rural, culture and administration sets) ----
    # a repeat qualified by a day of the year in parentheses: that deadline each year, never the yearly
    # windows plus one deadline
    Case("repeat-with-day-in-parentheses", (deadline("2025-11-29", rrule="FREQ=YEARLY;UNTIL=20271231"),), vary(
        "Định kỳ hằng năm (trước ngày 30 tháng 11)", "hằng năm (trước ngày 30/11)", "Hàng năm (trước 30/11)"),
        ("hằng năm (<ngày trong năm>)",), R25),
    # a day, then "và kết thúc …": the day starts the window (with ";" between, a day and a deadline)
    Case("day-and-end", (window("2015-11-09", "2015-12-24"),), vary(
        "vào ngày 9/11/2015 và kết thúc trước ngày 25/12/2015", "ngày 9/11/2015, và kết thúc trước 25/12/2015"),
        ("lời dẫn + thời gian", "<hoạt động> + thời gian"), C23),
    Case("day-and-end-on", (window("2015-11-09", "2015-12-25"),), vary(
        "ngày 9/11/2015 và kết thúc vào ngày 25/12/2015"), ("<hoạt động> + thời gian",), C23),
    # round 6: "bắt đầu từ … và hoàn thành trước …" is one window too
    Case("start-and-complete", (window("2020-05-01", "2020-06-29"),), vary(
        "bắt đầu từ 01/5/2020 và hoàn thành trước ngày 30/6/2020", "Bắt đầu từ 01/5/2020 và hoàn thành trước 30/6/2020"),
        ("lời dẫn + thời gian",), C23),
    Case("day-then-deadline", (day("2015-11-09"), deadline("2015-12-24", label="Kết thúc")), vary(
        "ngày 9/11/2015; kết thúc trước ngày 25/12/2015"), ("<hoạt động> + thời gian",), C23),
    # a number of days or months, the dates in parentheses (or after a comma): the dates as written
    Case("days-in-parentheses", (window("2019-05-10", "2019-05-13"),), vary(
        "trong thời gian 04 ngày (từ 10 - 13/5)", "4 ngày (từ ngày 10 đến 13/5)", "trong 4 ngày, từ 10 - 13/5"),
        ("N ngày (<các ngày>)", "N ngày, <các ngày>"), ctx(2019)),
    Case("one-day-in-parentheses", (day("2019-09-02"),), vary("1 ngày (2-9)", "01 ngày (ngày 2/9)"),
         ("N ngày (<các ngày>)",), ctx(2019)),
    Case("months-in-parentheses", (window("2026-03-01", "2026-10-31"),), vary(
        "08 tháng (từ tháng 3 đến tháng 10)", "8 tháng (tháng 3 - tháng 10/2026)", "trong 8 tháng, từ tháng 3 đến tháng 10"),
        ("N ngày (<các ngày>)", "N tháng, <khoảng>"), ctx(2026)),
    Case("months-listed-in-parentheses", (window("2026-04-01", "2026-04-30"), window("2026-08-01", "2026-08-31")), vary(
        "02 tháng (tháng 4 và tháng 8)", "2 tháng (tháng 4, tháng 8)"), ("N ngày (<các ngày>)",), ctx(2026)),
    Case("months-then-days", (window("2021-04-23", "2021-06-23", note=Contains("Đợt cao điểm")),), vary(
        "Đợt cao điểm diễn ra trong 2 tháng, từ ngày 23/4 đến ngày 23/6.", "Đợt cao điểm: 2 tháng, từ 23/4 đến 23/6"),
        ("N tháng, <khoảng>", PROSE), ctx(2021)),
    # "hôm nay", "ngày mai" beside the day they are: the written day
    Case("today-written", (day("2024-12-04"),), vary("hôm nay (4/12)", "Hôm nay, 4/12", "ngày mai (4/12)"),
         ("hôm nay (<ngày>)",), ctx(2024)),
    Case("today-morning", (day("2021-11-17", note="Sáng"),), vary("Sáng nay (17-11)", "sáng mai (17/11)"),
         ("hôm nay (<ngày>)",), ctx(2021)),
    Case("today-timed", (day("2015-11-12", time=dt.time(20, 0)),), vary(
        "vào 20h hôm nay (12/11)", "Vào 8 giờ tối nay (12/11)", "20h ngày mai, 12/11"), ("hôm nay (<ngày>)",), ctx(2015)),
    # "tới", "vừa qua" after a day with no year: the next one after the plan's date (10/3/2025), the last one before
    Case("upcoming-day", (day("2026-03-01"),), vary("Ngày 1.3 tới", "vào ngày 1/3 sắp tới", "ngày 1-3 tới đây"),
         ("<ngày> tới / vừa qua",), R25),
    Case("upcoming-days", (window("2025-09-01", "2025-09-02"),), vary("vào ngày 1 và 2-9 tới", "từ ngày 1 - 2/9 tới đây"),
         ("<ngày> tới / vừa qua",), R25),
    Case("upcoming-start", (day("2025-07-10", label="Bắt đầu"),), vary("từ ngày 10.7 tới", "kể từ ngày 10/7 tới"),
         ("<ngày> tới / vừa qua",), R25),
    Case("past-day", (day("2024-05-19"),), vary("vào ngày 19-5 vừa qua", "ngày 19/5 vừa rồi"),
         ("<ngày> tới / vừa qua",), R25),
    Case("upcoming-with-a-year", (day("2025-03-01"),), vary("Ngày 1/3/2025 tới"), ("một khoảng thời gian",), R25),
    # a work named between "hoàn thành" and its time: a deadline, the work its note
    Case("complete-a-work-in", (deadline("2029-12-31", note=Contains("dự án")),), vary(
        "đảm bảo hoàn thành dự án đưa vào khai thác, sử dụng trong năm 2029", "hoàn thành dự án năm 2029",
        "Hoàn thành xong dự án vào năm 2029"), ("hoàn thành <việc> trong <khoảng>",), C25),
    Case("complete-a-work-in-months", (deadline("2025-11-30", label=ANY), deadline("2025-12-31", label=ANY)), vary(
        "hoàn thành các nhiệm vụ trong tháng 11, tháng 12 năm 2025", "hoàn thành các nhiệm vụ tháng 11 và tháng 12/2025"),
        ("hoàn thành <việc> trong <khoảng>",), C25),
    Case("complete-a-work-before", (deadline("2025-12-14", note=Contains("hồ sơ")),), vary(
        "hoàn thành hồ sơ dự án trước ngày 15/12/2025", "hoàn thành hồ sơ chậm nhất ngày 14/12/2025"),
        ("hoàn thành <việc> trong <khoảng>",), C25),
    # the deadline said after its date
    Case("deadline-said-after", (deadline("2022-06-29"),), vary(
        "Ngày 29/6 là hạn cuối", "ngày 29/6/2022 là hạn chót", "Hạn cuối là ngày 29/6"),
        ("<ngày> là hạn chót", "chậm nhất <ngày>"), ctx(2022)),
    Case("period-then-complete", (deadline("2024-06-30", label=ANY),), vary(
        "trong tháng 6/2024 phải hoàn thành", "Tháng 6/2024 hoàn thành", "trong tháng 6/2024, phải hoàn thành xong"),
        ("<khoảng> phải hoàn thành",), C24),
    # a deadline, then what must be done by it
    Case("deadline-then-work", (deadline("2026-03-31", note=Contains("tuyến đường")),), vary(
        "đến ngày 31/3/2026 phải hoàn thành xong toàn bộ tuyến đường", "Chậm nhất ngày 31/3/2026 hoàn thành tuyến đường",
        "trước ngày 1/4/2026, các xã hoàn thành việc giải phóng mặt bằng tuyến đường"),
        ("<hạn chót>, hoàn thành <việc>",), C25),
    # lead words of a start: days written once, a time
    Case("start-of-days-written-once", (window("2018-10-15", "2018-10-25"),), vary(
        "bắt đầu từ ngày 15 đến hết ngày 25/10/2018", "kể từ ngày 15 đến 25/10/2018"), ("các ngày viết gọn",), C23),
    # "nhân ngày / nhân dịp <tên> D/M": the day written, the occasion's name its note
    Case("on-the-occasion-of", (day("2025-10-13", note=Text("doanh nhân Việt Nam")),), vary(
        "nhân ngày doanh nhân Việt Nam 13/10", "Nhân dịp Ngày Doanh nhân Việt Nam 13/10/2025",
        "nhân dịp doanh nhân Việt Nam, 13-10"), ("nhân ngày <tên> D/M",), C25),
    # "tại thời điểm": a moment, a day (at its time if written), never a period
    Case("at-the-moment", (day("2026-01-01", time=dt.time(0, 0)),), vary(
        "tại thời điểm 0 giờ ngày 1-1-2026", "tại thời điểm 0h00 ngày 1/1/2026", "Vào thời điểm 0h ngày 01/01/2026"),
        ("tại thời điểm <ngày>",), C25),
    Case("at-the-moment-of-a-day", (day("2025-12-31"),), vary(
        "tại thời điểm ngày 31/12/2025", "Tại thời điểm 31/12/2025"), ("tại thời điểm <ngày>",), C25),
    Case("since-a-time", (day("2022-09-15", time=dt.time(7, 0)),), vary(
        "Kể từ 07 giờ 00 phút ngày 15/9/2022", "kể từ 7h ngày 15/9/2022"), ("giờ + ngày",), C23),
    # "đợt" before a word names a campaign: prose ("đợt 2" is a phase)
    Case("named-campaign", (window("2023-12-15", "2024-02-29", note=Contains("Đợt ra quân")),), vary(
        "Đợt ra quân tấn công, trấn áp tội phạm diễn ra từ ngày 15.12.2023 đến hết ngày 29.2.2024.",
        "Đợt ra quân tấn công trấn áp tội phạm: từ 15/12/2023 đến 29/2/2024"), (PROSE, "lời dẫn + thời gian"), C23),
    Case("phases-in-words", (window("2011-03-10", "2011-04-10"), window("2011-09-10", "2011-10-10")), vary(
        "Đợt một từ ngày 10.3 - 10.4; đợt hai từ 10.9 - 10.10.", "Đợt một từ 10/3 - 10/4; đợt hai từ 10/9 - 10/10"),
        (PROSE, "từ <A> đến <B>", "ngày D-M, D.M (năm suy ra)"), ctx(2011)),
    Case("day-months-in-a-range", (window("2022-03-12", "2022-04-30"),), vary("Từ ngày 12.3-30.4", "từ 12.3 - 30.4"),
         ("từ <A> đến <B>",), ctx(2022)),
    # weekdays each week: several, after "các ngày" even without "hằng tuần", a deadline before them, a first day
    Case("weekend-days", (day("2025-03-15", rrule="FREQ=WEEKLY;UNTIL=20271231;BYDAY=SA,SU"),), vary(
        "Vào các ngày thứ bảy và Chủ nhật", "các ngày thứ 7, chủ nhật hằng tuần", "thứ Bảy và Chủ nhật hàng tuần"),
        ("các ngày thứ N", "thứ N hằng tuần"), R25),
    # a part of the day said again before each weekday: one schedule, the part of the day its note
    Case("weekday-mornings", (day("2025-03-11", note=Text("Sáng"), rrule="FREQ=WEEKLY;UNTIL=20271231;BYDAY=TU,FR"),),
         vary("vào sáng Thứ Ba và sáng Thứ Sáu hàng tuần", "sáng thứ 3, sáng thứ 6 hằng tuần",
              "Sáng thứ Ba và sáng thứ Sáu hằng tuần"), ("thứ N hằng tuần",), R25),
    Case("weekly-timed-deadline", (deadline("2025-03-14", time=dt.time(10, 0), rrule="FREQ=WEEKLY;UNTIL=20271231;BYDAY=FR"),),
         vary("Trước 10h00 ngày thứ Sáu hàng tuần", "chậm nhất 10 giờ thứ Sáu hằng tuần", "đến 10h thứ 6 hằng tuần"),
         ("thứ N hằng tuần",), R25),
    Case("weekly-deadline-day-before", (deadline("2025-03-13", rrule="FREQ=WEEKLY;UNTIL=20271231;BYDAY=TH"),), vary(
        "trước thứ Sáu hằng tuần", "chậm nhất thứ Năm hàng tuần"), ("thứ N hằng tuần",), R25),
    Case("weekly-from-a-day", (day("2025-08-16", rrule="FREQ=WEEKLY;UNTIL=20271231;BYDAY=SA,SU"),), vary(
        "Vào các ngày thứ 7, chủ nhật kể từ ngày 12/8/2025", "thứ Bảy, Chủ nhật hằng tuần, từ ngày 12/8/2025"),
        ("lịch lặp lại từ <ngày>", "các ngày thứ N"), R25),
    # prose beside undated words: undated too (prose alone is an error)
    Case("prose-beside-undated-words", (undated("thường xuyên"),), vary(
        "cập nhật dữ liệu thường xuyên", "Các chủ rừng phải thường xuyên canh phòng"),
        (PROSE, "thường xuyên, theo yêu cầu …"), C25),
    # "định kỳ" with no period after it: periodically, no date
    Case("periodically", (undated("báo cáo"),), vary(
        "định kỳ báo cáo UBND tỉnh và Bộ Nông nghiệp và Môi trường theo quy định", "Định kỳ báo cáo kết quả",
        "cập nhật thường xuyên, báo cáo"), ("thường xuyên, theo yêu cầu …",), C25),
]


def _declined(phrase: str, words: object, c: ResolveContext = C23) -> Negative:
    return Negative(phrase, (words,), c, declined=True)


NEGATIVE: list[Negative] = [
    Negative("Hoàn thành trước ngày 31/2/2024", ("31/2/2024",), C23),
    Negative("Khoảng giữa năm 2024 xyz", ("Khoảng",), C23, keep=("xyz",)),  # plain words beside a date: its note
    Negative("Từ tháng 13/2023", ("13/2023",), C23),
    Negative("Trước sự kiện 10 ngày", ("sự kiện",), C23),
    Negative("Trên số báo gần nhất trước ngày diễn ra sự kiện", ("sự kiện",), C23),
    Negative("Hoàn thành trước ngày 10/8/2023 blah 5 blah", ("blah 5 blah",), C23, keep=("10/8/2023", "Hoàn thành")),
    Negative(unicodedata.normalize("NFD", "Hoàn thành trước ngày 10/8/2023 blah 5 blah"), ("blah 5 blah",), C23,
             keep=("10/8/2023",)),
    Negative("Hoàn thành trước ngày 10/8/2023 (vào dịp thích hợp) blah sau đó", ("blah sau đó",), C23,
             keep=("10/8/2023",)),
    Negative("Tháng 0/2024", ("0/2024",), C23),
    Negative("ngày 32/1/2024", ("32/1/2024",), C23),
    Negative("29/2/2023", ("29/2/2023",), C23),
    Negative("ngày 5/13/2024", ("5/13/2024",), C23),
    Negative("Quý V/2024", ("V/2024",), C23),
    Negative("Quý 5/2024", ("5/2024",), C23),
    Negative("Từ tháng 8/2024 đến tháng 6/2024", ("8/2024", "6/2024"), C23),
    Negative("Từ ngày 5/9/2025 đến ngày 1/9/2025", ("5/9/2025", "1/9/2025"), C23),
    Negative("20h ngày 2/9/2025 xyz tháng sau", ("xyz tháng sau",), C23, keep=("2/9/2025",)),
    Negative("25h ngày 2/9/2025", ("25h",), C23),
    Negative("14 giờ 75, ngày 12/6/2025", ("75",), C23),
    Negative("Hoàn thành trước Hội nghị ABC 10 ngày", ("ABC",), NAMED),
    Negative("Trước Tết Nguyên đán 10 ngày", ("Tết Nguyên đán",), NAMED),
    Negative("Hoàn thành trước sự kiện 10 tuần", ("tuần",), ONE),
    Negative("Tháng 8/2023 và abc năm sau", ("abc năm sau",), C23, keep=("8/2023",)),
    Negative("Từ tháng 6 đến hết tháng 8/2023 xyz trước đó", ("xyz trước đó",), C23, keep=("tháng 6", "8/2023")),
    Negative("- Tổng kết tháng 10/2023 - abc def 12", ("abc def 12",), C23, keep=("10/2023",)),
    Negative("Đợt 1, từ 1/3/2025 đến 15/3/2025; đợt 2, từ xyz", ("xyz",), C23, keep=("1/3/2025",)),
    Negative("Giữa năm 2024", ("Giữa",), C23),
    Negative("Từ tháng 6/2023 đến", ("đến",), C23, keep=("6/2023",)),
    Negative("Trong các tháng diễn ra các sự kiện", ("sự kiện",), C23),
    Negative("Từ tháng 10/2025 đến tháng 8/2025", ("10/2025", "8/2025"), C23),
    Negative("mùng 10 tháng 3", ("mùng",), C23),
    Negative("Tháng 5 - 2022", ("2022",), C25),  # which year is "tháng 5"? never a month plus every day of 2022
    Negative("- 18/12/2022 - 13/01/2023", ("18/12/2022 - 13/01/2023",), C23),  # a range, or two lines?  # no lunar mark: not read as a lunar date
    _declined("trước ngày 15/1 của năm sau", "năm sau"),
    # prose around a date: refused when it could change or hide a date
    Negative("dự kiến hội chợ diễn ra từ ngày 7/8-12/8/2021, thay vì từ ngày 10/8-15/8/2021 như trước.",
             ("thay vì", "như trước"), C23, keep=("hội chợ",)),
    Negative("Hoàn thành trong thời gian không quá 2 tháng kể từ ngày 1/7/2025", ("không",), C25),
    Negative("trừ ngày 2/9/2025", ("trừ",), C25),
    Negative("Hội nghị sẽ lùi sang ngày 5/9/2025", ("lùi",), C25, keep=("Hội nghị",)),
    Negative("- Năm 2022: 94 xã, phường, thị trấn.", ("94 xã",), C23, keep=("2022",)),
    Negative("Từ 1/7, triển khai thu thập thông tin thị trường lao động năm 2021", ("thu thập thông tin",), C23),
    Negative("Phiên thứ hai, từ ngày 1.5 – 5.5.2021", ("thứ hai",), C23),  # a weekday, or "the second"?
    Negative("Hội nghị IV vào tháng 12/2025", ("IV",), C23),  # a Roman numeral a quarter could be
    Negative("Chuẩn bị đón Tết trước ngày 20/1/2025", ("Tết",), C23),
    # an event's name is never prose: it is read as the event, and two dates then stand side by side
    Negative("Treo cờ mừng Quốc khánh trước ngày 1/9/2025", ("trước ngày 1/9/2025",), NAMED, keep=("Quốc khánh",)),
    Negative("Thời gian kết thúc: ngày 05/5/2024", ("kết thúc",), C23),  # an end: a deadline, not a day
    Negative("Hoàn tất hồ sơ trong tháng 5/2025", ("Hoàn tất",), C23),
    Negative("Tổ chức hội thi vào tháng 5 vừa qua", ("vừa qua",), C25),  # last year's May
    Negative("Hội nghị tổng kết tổ chức như cũ vào tháng 12/2025", ("như cũ",), C25),
    Negative("Hạn chót nhận hồ sơ dự thi đến hết ngày 30/6/2025.", ("Hạn chót",), C23),
    Negative("gửi báo cáo về Sở Nội vụ", ("gửi báo cáo về Sở Nội vụ",), C23),  # prose alone says no time
    Negative("từ 8 giờ tháng 9/2025 đến 17 giờ ngày 7/10/2025", ("8 giờ",), C25),  # an hour of which day?
    # a repeat said once after three times: which repeat? (two are read: "Tháng 3 và tháng 9 hằng năm")
    Negative("tháng 3, tháng 6 và tháng 9 hằng năm", ("tháng 3",), R25),
    Negative("ngày 5/3 và ngày 10 hằng tháng", ("ngày 5/3",), R25),
    Negative("Năm học 2024 - 2025", ("Năm học",), C24),
    Negative("năm 2024 sẽ diễn ra vào tháng 5/2025", ("sẽ diễn ra vào tháng 5/2025",), C24),  # not inside that year
    Negative("trước Tết Nguyên đán", ("Tết Nguyên đán",), C24),  # which Tết: the last one or the next?
    Negative("Tết Nguyên đán Giáp Thìn 2025", ("Giáp Thìn 2025",), C24),  # Giáp Thìn is 2024
    Negative("tháng 7 18", ("tháng 7 18",), C24),  # a heading's days say "ngày" or follow a colon
    Negative("Thứ Ba, tuần thứ 3 hằng tháng", ("tuần thứ",), R25),  # which week of the month? (lexicon.DECLINED)
    Negative("thứ 6 tuần cuối cùng hằng tháng", ("tuần cuối",), R25),
    Negative("nhiệm kỳ 2020 - 2025", ("nhiệm kỳ 2020 - 2025",), C24),  # a term of office alone says no time
    Negative("Mồng 6 Tết (05/02/2017)", ("Mồng 6 Tết",), ResolveContext(year=2016)),  # lunar and solar disagree
    Negative("ngày 15 Tết", ("15 Tết",), C24),  # the first month's 15th, or the twelfth's?
    Negative("chuẩn bị năm học 2024-2025", ("năm học",), C24),  # the prose may hold "năm học", not its years
    Negative("thời điểm điều tra 0 giờ ngày 1-4-2019", ("thời điểm",), C24),  # "là" or ":" says what is dated  # a school year's days are set each year: not guessed
    Negative("Trước cuối năm 2025", ("Trước cuối",), C24),  # "cuối năm" alone is not read (how many months?)
    Negative("Trước cuối tháng 6/2025", ("Trước cuối tháng",), C24),
    Negative("từ 12h00 đến 24h00 ngày 5/9/2025", ("24h00",), C25),  # no entry ends at 24:00: write "hết ngày"
    Negative("Hằng năm (2026 - 2030)", ("2026 - 2030",), R25),  # which years? never the plan's years beside it
    Negative("Ngày 1.3 tới", ("tới",), C25),  # upcoming after which day? the plan's date is not known
    Negative("08 tháng (từ tháng 9)", ("08 tháng",), C25),  # a start, not the window of 8 months
    Negative("Thực hiện trong 4 tháng, bắt đầu từ tháng 9/2025", ("4 tháng",), C25),
    Negative("phấn đấu hoàn thành vào dịp ngày 19/12/2025", ("phấn đấu hoàn thành",), C25),
    Negative("hoàn thành báo cáo từ ngày 1/7 đến 30/7/2025", ("hoàn thành",), C25),  # done when? a window is no deadline
    Negative("đợt tiếp theo từ 1/3/2025", ("tiếp theo",), C25),
    Negative("đến ngày 15/12/2025 hoàn thành 70% khối lượng", ("70%",), C25),  # a number is never a note
    Negative("hôm nay (tháng 5)", ("hôm nay",), C25),
    Negative("trong năm ngày 3/9", ("trong năm",), C25),  # "năm": five, or the year?
    Negative("nhân ngày doanh nhân Việt Nam tháng 10/2025", ("nhân ngày",), C25),  # an occasion is a day
    Negative("nhân dịp Tết Nguyên đán 29/1/2025", ("Tết",), C25),  # a time word in the name: never a note
    Negative("vào sáng Thứ Ba và chiều Thứ Sáu hàng tuần", ("sáng Thứ Ba",), R25),  # one schedule, two notes
    Negative("tại thời điểm tháng 6/2025", ("tại thời điểm",), C25),  # a moment is a day, not a month
]
