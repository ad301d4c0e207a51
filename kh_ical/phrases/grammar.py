"""The grammar: one readable rule per construct of the timing contract.

`PERIODS` read a calendar period ("quý IV/2023", "tháng 8", "ngày 12 tháng 4
năm 2023"); `CONSTRUCTS` read one part of a cell ("Hoàn thành trước sự kiện 10
ngày") into a `Draft`. Patterns use the little language of `patterns.py`;
builders turn captures into values and call the date helpers of `periods.py`.
Every rule lists example phrases; the test suite resolves all of them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Callable, Iterator

from kh_ical import lunar, recur
from kh_ical.errors import PhraseError
from kh_ical.model import Event, EventStatus, Kind
from kh_ical.phrases import periods as P
from kh_ical.phrases import repeat as R
from kh_ical.phrases.context import Draft, EventRef, ResolveContext, drafts_of, same_object_memo
from kh_ical.phrases.lexicon import (
    AROUND_EVENT_DAYS,
    DAY_HALF_WORDS,
    LABEL_NOT_AFTER,
    LABEL_PHRASES,
    PAST_WORDS,
    PHASE_WORDS,
    QUARTER_MONTHS,
    ROMAN,
    SECTION_REF,
    UPCOMING_WORDS,
    WEEKDAY_TEXT,
)
from kh_ical.phrases.matchers import (
    LUNAR_KEYS,
    VA,
    match_count,
    match_day_list,
    match_day_month,
    match_heading_days,
    match_lunar_day,
    match_lunar_month,
    match_month_days,
    match_month_list,
    match_near_ahead,
    match_prose,
    match_repeat,
    match_repeat_ahead,
    match_tet,
    match_undated,
    match_weekday,
    match_weekday_list,
    match_year_list,
    plain_only,
    split_period_year,
    states_aim,
)
from kh_ical.phrases.patterns import First, Input, Match, Rule, compile_pattern, first_of, head_before, starts
from kh_ical.phrases.periods import Period, fmt_span, plus_days
from kh_ical.phrases.tokens import Token, numbers, prepare, tokenize
from kh_ical.recur import WEEKDAYS
from kh_ical.text import match_key, timed_span_text, vn_date

# --- helpers -----------------------------------------------------------------


def fail(m: Match, reason: str, tokens: tuple[Token, ...] = ()) -> PhraseError:
    """An error pointing at `tokens` (default: the whole match)."""
    toks = tokens or tuple(m.inp.tokens[m.i : m.j])
    return PhraseError(m.env.text, [(toks[0].start, toks[-1].end)], reason)


def checked(m: Match, make, *args) -> Period:
    """`make(*args)`; an impossible date (31/2, tháng 13) is the user's error."""
    try:
        return make(*args)
    except ValueError:
        raise fail(m, "ngày tháng không có thật") from None


def year_of(m: Match, name: str = "y") -> tuple[int, bool]:
    """The captured year, else the next explicit year in the phrase, else the plan's."""
    tok = m.get(name)
    if tok is not None:
        return int(tok.text), False
    return m.env.year_after(m.inp.tokens[m.j - 1].end), True


def number(m: Match, left: str, what: str) -> int:
    """A month or quarter number written in arabic or roman numerals."""
    if left.isdigit():
        return int(left)
    if what == "quý" and left in ROMAN:
        return ROMAN[left]
    raise fail(m, f"không đọc được số {what}")


def has_word(m: Match, word: str) -> bool:
    key = match_key(word)
    return any(t.kind == "WORD" and t.key == key for t in m.inp.tokens[m.i : m.j])


def starts_with(m: Match, words: str) -> bool:
    keys = match_key(words).split()
    toks = m.inp.tokens[m.i : m.i + len(keys)]
    return [t.key for t in toks] == keys


def starts_with_at(m: Match, words: str, end: int) -> bool:
    """Whether the match ends with `words` at token `end`."""
    keys = match_key(words).split()
    return [t.key for t in m.inp.tokens[end - len(keys) : end]] == keys


def _alternatives(words: tuple[str, ...]) -> str:
    """Words as a choice of the pattern language: "tới đây | sắp tới | tới"."""
    return " | ".join(words)


def describe(p: Period) -> str:
    return f"{p.text}: {fmt_span(p.start, p.end)}"


def event_day(ev: Event) -> str:
    """"Kỷ niệm 20 năm … (1/1/2024)", with the caveat of an estimated date."""
    caveat = ", ngày dự kiến" if ev.status.value == "estimated" else ""
    assert ev.date is not None
    return f"{ev.name} ({vn_date(ev.date)}{caveat})"


# --- periods -----------------------------------------------------------------


def p_date(m: Match) -> Period:
    d, mo, y = numbers(m["d"])
    return checked(m, P.day, y, mo, d, m.text)


def p_day_words(m: Match) -> Period:
    y, inferred = year_of(m)
    return checked(m, P.day, y, int(m["mo"].text), int(m["d"].text), m.text, inferred)


def p_day_month(m: Match) -> Period:
    d, mo = numbers(m["dm"])
    y, inferred = year_of(m)
    return checked(m, P.day, y, mo, d, m.text, inferred)


def p_month_slash(m: Match) -> Period:
    left, y = split_period_year(m["my"])
    return checked(m, P.month, y, number(m, left, "tháng"), m.text)


def p_month_words(m: Match) -> Period:
    y, inferred = year_of(m)
    return checked(m, P.month, y, int(m["mo"].text), m.text, inferred)


def p_quarter_slash(m: Match) -> Period:
    left, y = split_period_year(m["qy"])
    return checked(m, P.quarter, y, number(m, left, "quý"), m.text)


def p_quarter_words(m: Match) -> Period:
    y, inferred = year_of(m)
    q = number(m, m["q"].text.casefold(), "quý")
    return checked(m, P.quarter, y, q, m.text, inferred)


def p_year(m: Match) -> Period:
    return checked(m, P.year, int(m["y"].text), m.text)


def p_half(second: bool):
    """"6 tháng đầu năm" (Jan–Jun), "9 tháng đầu năm", "3 tháng cuối năm" (Oct–Dec)."""

    def build(m: Match) -> Period:
        n = int(m["n"].text)
        if not 1 <= n <= 11:
            raise fail(m, "số tháng phải từ 1 đến 11", (m["n"],))
        y, inferred = year_of(m)
        if n == 6:
            return checked(m, P.half, y, second, m.text, inferred)
        first, last = (13 - n, 12) if second else (1, n)
        a, b = checked(m, P.month, y, first, ""), checked(m, P.month, y, last, "")
        return P.Period(a.start, b.end, "months", m.text, year_inferred=inferred)

    return build


def p_part_of_month(part: str):
    return lambda m: P.part_of_month(m["p"], part, m.text)


def p_part_of_quarter(part: str):
    return lambda m: P.part_of_quarter(m["q"], part, m.text)


def p_half_of_month(second: bool):
    return lambda m: P.half_of_month(m["p"], second, m.text)


def p_half_year(second: bool):
    """"nửa đầu năm 2024" (Jan–Jun), "nửa cuối năm" (Jul–Dec), like "6 tháng đầu năm"."""

    def build(m: Match) -> Period:
        y, inferred = year_of(m)
        return checked(m, P.half, y, second, m.text, inferred)

    return build


MONTHS = (
    Rule("tháng M/Y", "(tháng | t) {PERIODYEAR:my}", p_month_slash, ("Tháng 12/2023", "T8/2023", "tháng 01/2024")),
    Rule("tháng M năm Y", "(tháng | t) {NUM:mo} [năm {YEAR:y}]", p_month_words, ("Tháng 8 năm 2023",)),
)

QUARTERS = (
    Rule("quý Q/Y", "quý {PERIODYEAR:qy}", p_quarter_slash, ("Quý IV/2023", "quý 4/2023", "Quý II/ 2027")),
    Rule(
        "quý Q năm Y",
        "quý ({WORD:q} | {NUM:q}) [[/] [năm] {YEAR:y}]",
        p_quarter_words,
        ("Quý II năm 2023", "Quý III2027"),
    ),
)

PERIODS = (
    Rule("ngày D/M/Y", "[ngày] {DATE:d}", p_date, ("12/4/2023", "ngày 12-4-2023", "12.4.2023")),
    Rule(
        "ngày D tháng M năm Y",
        "ngày {NUM:d} tháng {NUM:mo} [năm {YEAR:y}]",
        p_day_words,
        ("ngày 12 tháng 4 năm 2023",),
    ),
    Rule("ngày D/M (năm suy ra)", "[ngày] {DAYMONTH:dm} [năm {YEAR:y}]", p_day_month,
         ("Ngày 3/9", "ngày 21/11 năm 2024")),
    # without "ngày" only with its year: "trong 2 tháng 5" is a duration, "19 tháng 12 năm 2025" a day
    Rule("D tháng M năm Y", "{NUM:d} tháng {NUM:mo} năm {YEAR:y}", p_day_words, ("19 tháng 12 năm 2025",)),
    *MONTHS,
    *QUARTERS,
    Rule("năm Y", "năm {YEAR:y}", p_year, ("năm 2024",)),
    Rule("6 tháng đầu năm", "{NUM:n} tháng đầu năm [{YEAR:y}]", p_half(False), ("6 tháng đầu năm 2024",)),
    Rule("6 tháng cuối năm", "{NUM:n} tháng cuối năm [{YEAR:y}]", p_half(True), ("6 tháng cuối năm 2024",)),
    Rule("nửa đầu tháng", "nửa đầu {month:p}", p_half_of_month(False), ("nửa đầu tháng 3/2020",)),
    Rule("nửa cuối tháng", "nửa (cuối | sau) {month:p}", p_half_of_month(True),
         ("nửa cuối tháng 3/2020", "nửa sau tháng 2/2024")),
    Rule("nửa đầu năm", "nửa đầu năm [{YEAR:y}]", p_half_year(False), ("nửa đầu năm 2024",)),
    Rule("nửa cuối năm", "nửa (cuối | sau) năm [{YEAR:y}]", p_half_year(True), ("nửa cuối năm 2024",)),
    Rule("đầu tháng", "(đầu | thượng tuần) {month:p}", p_part_of_month("đầu"),
         ("đầu tháng 3/2025", "thượng tuần tháng 5/2025")),
    Rule("giữa tháng", "(giữa | trung tuần) {month:p}", p_part_of_month("giữa"),
         ("giữa tháng 9/2025", "trung tuần tháng 4/2022")),
    Rule("cuối tháng", "(cuối | hạ tuần) {month:p}", p_part_of_month("cuối"),
         ("cuối tháng 11/2025", "hạ tuần tháng 12/2024")),
    Rule("đầu quý", "đầu {quarter:q}", p_part_of_quarter("đầu"), ("đầu quý II/2025",)),
    Rule("giữa quý", "giữa {quarter:q}", p_part_of_quarter("giữa"), ("giữa quý III/2025",)),
    Rule("cuối quý", "cuối {quarter:q}", p_part_of_quarter("cuối"), ("cuối quý IV/2024",)),
    Rule("ngày D-M, D.M (năm suy ra)", "[ngày] {day_month:dm}", lambda m: m["dm"], ("ngày 5.6", "vào ngày 19-5")),
    Rule("ngày âm lịch", "{lunar_day:p}", lambda m: m["p"],
         ("ngày 15 tháng Giêng", "mùng 10 tháng 3 âm lịch", "Rằm tháng Giêng", "ngày 10/3 âm lịch")),
    Rule("tháng âm lịch", "{lunar_month:p}", lambda m: m["p"], ("tháng Chạp", "tháng 7 âm lịch")),
    Rule("Tết Nguyên đán năm …", "{tet:p}", lambda m: m["p"], ("Tết Nguyên đán Giáp Thìn", "Tết Nguyên đán 2025")),
)


# A range's end may be written bare: "tháng 6/2023 - 10/2024", "2021 - 2025".
def p_bare_period_year(m: Match) -> tuple[str, Match]:
    return ("bare", m)


def p_bare_year(m: Match) -> tuple[str, Match]:
    return ("bare", m)


RANGE_ENDS = (
    *PERIODS,
    Rule("M/Y trần (cuối khoảng)", "{PERIODYEAR:my}", p_bare_period_year, ("Từ tháng 6/2023 -10/2024",)),
    Rule("Y trần (cuối khoảng)", "{YEAR:y}", p_bare_year, ("Giai đoạn 2021 - 2025",)),
    Rule("số trần (cuối khoảng)", "[(tháng | quý)] {NUM:n}", p_bare_year, ("từ tháng 4 - 6",)),
    Rule("cuối năm Y (cuối khoảng)", "cuối năm {YEAR:y}", p_year, ("từ nay đến cuối năm 2025",)),
)


def complete_end(m: Match, start: Period, end) -> Period:
    """A bare "10/2024" after "tháng 6/2023 -" is a month; after a quarter, a quarter."""
    if isinstance(end, Period):
        return end
    _, em = end
    if "n" in em.caps:  # "tháng 4 - 6", "quý I - II/2025": the start's own kind of period
        if start.grain not in ("month", "quarter"):
            raise fail(em, "không rõ số này kết thúc khoảng thời gian nào")
        y = em.env.year_after(em.inp.tokens[em.j - 1].end)
        make = P.month if start.grain == "month" else P.quarter
        what = "tháng" if start.grain == "month" else "quý"
        return checked(em, make, y, number(em, em["n"].text.casefold(), what), em.text, True)
    if "y" in em.caps:  # "2021 - 2025": only a year can end at a bare year
        if start.grain != "year":
            raise fail(em, "không rõ năm này kết thúc khoảng thời gian nào")
        return checked(em, P.year, int(em["y"].text), em.text)
    left, y = split_period_year(em["my"])
    if start.grain == "quarter":
        return checked(em, P.quarter, y, number(em, left, "quý"), em.text)
    return checked(em, P.month, y, number(em, left, "tháng"), em.text)


# --- event references, labels, free text ---------------------------------------

_SECTION_REF = compile_pattern(SECTION_REF)
_PUNCT = {"COMMA", "DASH", "DOT", "COLON", "SLASH", "SEMI"}


def token_key(tok: Token) -> str:
    return str(int(tok.text)) if tok.kind in ("NUM", "YEAR") else tok.key


def name_keys(name: str) -> tuple[str, ...]:
    """Matching keys of an event name's words (punctuation ignored)."""
    return tuple(token_key(t) for t in tokenize(prepare(name)) if t.kind not in _PUNCT)


@dataclass
class _NameNode:
    """A node of the trie of event names by word keys: names that end here, longer names below."""

    ids: list[str] = field(default_factory=list)
    below: dict[str, "_NameNode"] = field(default_factory=dict)


def _name_trie(name_index: list) -> _NameNode:
    root = _NameNode()
    for keys, ev_id in name_index:
        node = root
        for key in keys:
            node = node.below.setdefault(key, _NameNode())
        node.ids.append(ev_id)
    return root


_NAME_KINDS = ("WORD", "NUM", "YEAR")


def _longest_name(tokens: list[Token], i: int, root: _NameNode) -> tuple[int, list[str]] | None:
    """The longest event name (or alias) written at token i: (end, ids of the events
    with that name). Words, numbers and years compare by key; punctuation between
    a name's words is skipped, so the work depends on the phrase, not on the registry."""
    found, node, j = None, root, i
    while True:
        if node is not root:
            while j < len(tokens) and tokens[j].kind in _PUNCT:
                j += 1
        if j >= len(tokens) or tokens[j].kind not in _NAME_KINDS:
            return found
        child = node.below.get(token_key(tokens[j]))
        if child is None:
            return found
        node, j = child, j + 1
        if node.ids:
            found = (j, node.ids)


@starts(First(kinds=frozenset(_NAME_KINDS)) | first_of(_SECTION_REF, {}))  # names start with a word or number
def match_event(inp: Input, i: int) -> Iterator[tuple[int, EventRef]]:
    """A named event (longest name or alias wins), else the section's events."""
    env = inp.env
    longest = _longest_name(inp.tokens, i, same_object_memo(env.name_index, _name_trie))
    if longest:
        best, ids = longest[0], sorted(set(longest[1]))
        span = (inp.tokens[i].start, inp.tokens[best - 1].end)
        if len(ids) > 1:
            raise PhraseError(env.text, [span], f"tên sự kiện trùng nhau giữa {', '.join(ids)}")
        yield best, EventRef((ids[0],), inp.text(i, best), True, span)
        # "Quốc khánh và Đại hội Đảng bộ": several named events fan out like "các sự kiện"
        # (a loop, not recursion: a cell may name hundreds)
        toks, chain, j = inp.tokens, [ids[0]], best
        while j < len(toks) and (toks[j].kind == "COMMA" or toks[j].key == VA):
            more = _longest_name(toks, j + 1, same_object_memo(env.name_index, _name_trie))
            if not more or len(set(more[1])) > 1:
                break
            chain.append(more[1][0])
            j = more[0]
            yield j, EventRef(tuple(dict.fromkeys(chain)), inp.text(i, j), True, (span[0], toks[j - 1].end))
        return
    for j, _ in _SECTION_REF.match(inp, i):
        span = (inp.tokens[i].start, inp.tokens[j - 1].end)
        yield j, EventRef(tuple(env.section_events), inp.text(i, j), False, span)


_LABEL_KEYS = sorted((tuple(match_key(p).split()) for p in LABEL_PHRASES), key=len, reverse=True)
_LABEL_NOT_AFTER = {match_key(k): tuple(match_key(w) for w in v) for k, v in LABEL_NOT_AFTER.items()}


_DOT, _KY = match_key("đợt"), match_key("kỳ")


def phase_name(tokens: list[Token], j: int) -> int:
    """Length of "đợt 2", "đợt 2-2019", "đợt 2/2019", "kỳ II", "học kỳ I" at j: a phase name,
    not a month."""
    if 0 < j < len(tokens) and tokens[j - 1].key == _KY and tokens[j].kind == "WORD" and tokens[j].key in ROMAN:
        return 1  # the "II" of "kỳ II", "học kỳ II" (label words)
    if j + 1 >= len(tokens) or tokens[j].key != _DOT:
        return 0
    nxt = tokens[j + 1].kind
    if nxt == "PERIODYEAR":
        return 2
    if nxt == "NUM":
        dashed = j + 3 < len(tokens) and tokens[j + 2].kind == "DASH" and tokens[j + 3].kind == "YEAR"
        return 4 if dashed else 2
    return 0


@starts(First(words=frozenset(k[0] for k in _LABEL_KEYS)))
def match_label(inp: Input, i: int) -> Iterator[tuple[int, str]]:
    """Activity words in a row ("Tổng kết trao giải"), phase names included
    when they follow an activity ("Tổng kết đợt 2-2019"); never the second half of a word ("nhiệm kỳ")."""
    if 0 < i < len(inp.tokens) and inp.tokens[i - 1].key in _LABEL_NOT_AFTER.get(inp.tokens[i].key, ()):
        return
    j = i
    while True:
        keys = [t.key if t.kind == "WORD" else "" for t in inp.tokens[j : j + 4]]
        step = next((len(k) for k in _LABEL_KEYS if tuple(keys[: len(k)]) == k), 0)
        if not step and j > i:
            step = phase_name(inp.tokens, j)
        if not step:
            break
        j += step
    if j > i:
        text = inp.text(i, j)
        yield j, text[:1].upper() + text[1:]


DAY_HALVES = {match_key(w): pm for w, pm in DAY_HALF_WORDS.items()}


@starts(First(words=frozenset(DAY_HALVES)))
def match_day_half(inp: Input, i: int) -> Iterator[tuple[int, Token]]:
    """"sáng", "trưa", "chiều", "tối": the token, for its meaning and its text."""
    toks, j = inp.tokens, i
    while j < len(toks) and toks[j].kind == "WORD" and toks[j].key in DAY_HALVES and j - i < 2:
        j += 1
    if j > i:
        yield j, toks[j - 1]


DAY_ENDS = (
    Rule("ngày D/M/Y", "[ngày] {DATE:d}", p_date),
    Rule("ngày D/M (năm suy ra)", "[ngày] {DAYMONTH:dm} [năm {YEAR:y}]", p_day_month),
    Rule("ngày D-M", "[ngày] {day_month:dm}", lambda m: m["dm"]),
    Rule("D tháng M năm Y", "[ngày] {NUM:d} tháng {NUM:mo} [năm {YEAR:y}]", p_day_words),
    Rule("ngày âm lịch", "{lunar_day:p}", lambda m: m["p"]),
)


# --- constructs ----------------------------------------------------------------


def span_draft(kind: Kind, p: Period, basis: str, **kw) -> Draft:
    start = p.end if kind is Kind.DEADLINE else p.start
    return Draft(kind, span=(start, p.end), basis=basis, approximate=p.approximate, **kw)


def unled(m: Match) -> dict:
    """A period written with no lead word ("năm 2025", not "trong năm 2025"): where it starts, so that
    the parser can tell prose right before it (parser.fold_prose: a window, or a deadline?)."""
    led = starts_with(m, "trong") or starts_with(m, "vào")
    return {} if led else {"bare_at": m.inp.tokens[m.i].start}


def c_period(m: Match) -> Draft:
    p = m["p"]
    note = f"{p.text} (âm lịch)" if p.lunar and "âm" not in p.text.casefold() else (p.text if p.lunar else None)
    plain = {} if starts_with(m, "trong") or starts_with(m, "vào") else {"plain": True}  # no lead word
    if p.grain == "day":
        return span_draft(Kind.DAY, p, describe(p), note=note, extra={**plain, **({"lunar": True} if p.lunar else {})})
    return span_draft(Kind.WINDOW, p, describe(p), note=note, extra={**unled(m), **plain})


def shared_deadline(d: Draft, how: str, verb: str | None = None) -> Draft | None:
    """The day or period `d` as a deadline said the way the one before it was ("trước ngày 30/6 và
    31/12": 31/12 is "trước" too): `how` is "before" (the day before it starts) or "latest" (its last
    day); None when `d` is no plain day or period."""
    if d.kind not in (Kind.DAY, Kind.WINDOW) or d.span is None or d.rrule or d.ref or d.time \
            or not d.extra.get("plain"):
        return None
    day = plus_days(d.span[0], -1) if how == "before" else d.span[1]
    word = "trước" if how == "before" else "chậm nhất"
    return replace(d, kind=Kind.DEADLINE, span=(day, day), basis=f"{word} (nói một lần cho cả danh sách) "
                   f"{fmt_span(*d.span)}: hạn chót {vn_date(day)}", verb=verb, extra={"deadline": how})


def c_complete_in(m: Match) -> Draft:
    p = m["p"]
    return span_draft(Kind.DEADLINE, p, f"hoàn thành trong {p.text}: hạn chót ngày cuối, {vn_date(p.end)}",
                      verb="Hoàn thành")


def c_complete_in_work(m: Match) -> Draft:
    """"trong tháng 2/2025 sẽ hoàn thành đại hội chi bộ": the period's last day, the work as the note."""
    work = m.get("v")  # prose: no time word in it (matchers.match_prose)
    d = c_complete_in(m)
    return replace(d, note=work) if work else d


def c_before(m: Match) -> Draft:
    p: Period = m["p"]
    if p.grain == "part" and p.approximate:  # "trước cuối năm 2025": by 30/9, or by 31/12?
        raise fail(m, "“trước” một khoảng ước lượng (đầu, giữa, cuối …): không rõ hạn chót là ngày nào; hãy ghi ngày")
    d = checked(m, plus_days, p.start, -1)
    verb = "Hoàn thành" if starts_with(m, "hoàn thành") else None
    return Draft(Kind.DEADLINE, span=(d, d), basis=f"trước {p.text}: hạn chót là ngày liền trước, {vn_date(d)}",
                 approximate=p.approximate, verb=verb, extra={"deadline": "before"})


def c_latest(m: Match) -> Draft:
    p = m["p"]
    verb = "Hoàn thành" if starts_with(m, "hoàn thành") else None  # "… và hoàn thành chậm nhất …" ends a window
    return span_draft(Kind.DEADLINE, p, f"chậm nhất {p.text}: hạn chót {vn_date(p.end)}", verb=verb,
                      extra={"deadline": "latest"})


def c_until_end(m: Match) -> Draft:
    p = m["p"]
    verb = "Hoàn thành" if starts_with(m, "hoàn thành") else None
    return span_draft(Kind.DEADLINE, p, f"đến hết {p.text}: hạn chót {vn_date(p.end)}", verb=verb)


def c_complete_work(m: Match) -> tuple[Draft, ...]:
    """"cam kết hoàn thành các Dự án trong năm 2025", "hoàn thành các nhiệm vụ trong tháng 11, tháng 12
    năm 2025", "hoàn thành hồ sơ trước ngày 15/12/2025": the work named between "hoàn thành" and its
    time is the note; each period is a deadline on its last day, as in "hoàn thành trong <khoảng>"."""
    work = m["w"]
    if plain_only(work):
        raise fail(m, "không rõ việc cần hoàn thành")
    out = []
    for d in drafts_of(m["c"]):
        if d.kind is Kind.WINDOW and d.span is not None:
            d = replace(d, kind=Kind.DEADLINE, span=(d.span[1], d.span[1]),
                        basis=f"hoàn thành trong {fmt_span(*d.span)}: hạn chót ngày cuối, {vn_date(d.span[1])}")
        out.append(replace(d, verb="Hoàn thành", note="; ".join(n for n in (work, d.note) if n)))
    return tuple(out)


def c_completed_by(m: Match) -> tuple[Draft, ...]:
    """"đến ngày 31/3/2026 phải hoàn thành xong toàn bộ tuyến đường": a deadline, then what must be done
    by it; the words are the note."""
    who, work = m.get("w"), m["v"]
    if plain_only(work):
        raise fail(m, "không rõ việc cần hoàn thành")
    note = " ".join(x for x in (who, "hoàn thành", work) if x)
    return tuple(replace(d, verb="Hoàn thành", note="; ".join(n for n in (d.note, note) if n))
                 for d in drafts_of(m["c"]))


def offset_draft(m: Match, kind: Kind, before: int | None, after: int | None, **kw) -> Draft:
    """A span `before` days before to `after` days after each referenced event."""

    def anchor(ev: Event):
        assert ev.date is not None
        start = plus_days(ev.date, -before) if before is not None else plus_days(ev.date, after or 0)
        end = plus_days(ev.date, after) if after is not None else start
        if kind is Kind.DEADLINE:
            word = f"{before} ngày trước" if before is not None else f"{after} ngày sau"
            return start, end, f"{word} {event_day(ev)}"
        return start, end, f"từ {before} ngày trước đến {after} ngày sau {event_day(ev)}"

    extra = {"before": before, "after": after}
    return Draft(kind, ref=m["ev"], anchor=anchor, extra=extra, **kw)


def c_before_event_days(m: Match) -> Draft:
    verb = "Hoàn thành" if starts_with(m, "hoàn thành") else None
    return offset_draft(m, Kind.DEADLINE, int(m["n"].text), None, verb=verb)


def c_before_event(m: Match) -> Draft:
    verb = "Hoàn thành" if starts_with(m, "hoàn thành") else None
    return offset_draft(m, Kind.DEADLINE, 1, None, verb=verb)


def c_after_event_days(m: Match) -> Draft:
    return offset_draft(m, Kind.DEADLINE, None, int(m["n"].text))


def c_event_window(m: Match) -> Draft:
    return offset_draft(m, Kind.WINDOW, int(m["n"].text), int(m["k"].text))


def as_lunar(m: Match, a: Period, b: Period) -> Period:
    """"từ tháng 1 đến tháng 3 âm lịch": "âm lịch" written once, at the end, makes the
    start lunar too (same lunar year as the end)."""
    if not b.lunar or a.lunar:
        return a
    if a.grain != "month" or b.grain != "month" or a.year_inferred is False:
        raise fail(m, "không rõ đầu khoảng là ngày âm lịch hay dương lịch; hãy ghi “âm lịch” cho cả hai")
    ly = lunar.solar_to_lunar(b.start).year
    try:
        start = lunar.lunar_to_solar(1, a.start.month, ly)
    except ValueError:
        raise fail(m, "ngày âm lịch không có thật") from None
    return replace(a, start=start, end=plus_days(lunar.next_month_start(start), -1), lunar=True)


def c_range(m: Match) -> Draft:
    a: Period = m["a"]
    b = complete_end(m, a, m["b"])
    a = as_lunar(m, a, b)
    if a.start > b.end and a.year_inferred:  # "từ tháng 12 đến tháng 2/2024"
        a = checked(m, a.shift_years, -1)
    if a.start > b.end:
        raise fail(m, "khoảng thời gian kết thúc trước khi bắt đầu")
    et = m.get("et")
    end_at = clock(m, et) if et is not None and not day_end(et) else None
    start_at = clock(m, m["st"]) if m.get("st") is not None else None
    if start_at is not None and start_at != dt.time(0, 0):
        # "từ 07 giờ ngày 25/11/2025 đến 07 giờ ngày 02/12/2025": a timed window, from that hour of its first
        # day to the hour it ends on its last day, or to the end of that day when no hour ends it
        if a.grain != "day" or a.start == b.end:
            raise fail(m, "giờ bắt đầu phải đi với một ngày cụ thể", (m["st"],))
        return Draft(Kind.WINDOW, span=(a.start, b.end), time=start_at, end_time=end_at,
                     basis=f"{m.text}: {timed_span_text(a.start, b.end, start_at, end_at)}",
                     approximate=a.approximate or b.approximate)
    # Otherwise a window is whole days: it may start at 0 giờ ("từ 0 giờ ngày 9/11"), and the hour it ends is
    # said in the note ("đến 17 giờ 00, ngày 01/02/2026"), unless it is the day's end ("đến 24 giờ ngày 18/11").
    return Draft(Kind.WINDOW, span=(a.start, b.end), basis=f"từ {a.text} đến hết {b.text}: {fmt_span(a.start, b.end)}",
                 approximate=a.approximate or b.approximate,
                 note=f"kết thúc lúc {end_at:%H:%M} ngày {vn_date(b.end)}" if end_at else None)


def c_range_to_event(m: Match) -> Draft:
    a: Period = m["a"]

    def anchor(ev: Event):
        assert ev.date is not None
        return a.start, ev.date, f"từ {a.text} đến hết {event_day(ev)}"

    return Draft(Kind.WINDOW, ref=m["ev"], anchor=anchor)


def c_done(m: Match) -> Draft:
    return Draft(Kind.UNDATED, done=True, wants_date=True, note=m.text)


_NAM_HOC = match_key("năm học")


def c_labelled(m: Match) -> tuple[Draft, ...]:
    value = m["c"]
    after = m.inp.tokens[m.i + len(m["l"].split())] if m.i + len(m["l"].split()) < m.j else None
    if match_key(m["l"]).endswith(_NAM_HOC) and after is not None and after.kind == "YEAR":
        # "Năm học 2024 - 2025" is no pair of calendar years, and its first and last days are set each
        # year by the Ministry of Education: not guessed
        raise fail(m, "năm học không phải năm dương lịch (ngày đầu, ngày cuối do Bộ Giáo dục và Đào tạo quy định"
                      " từng năm); hãy ghi ngày hoặc tháng")
    drafts = drafts_of(value)
    return tuple(replace(d, label=m["l"]) for d in drafts)


def around_anchor(ev: Event):
    assert ev.date is not None
    n = AROUND_EVENT_DAYS
    return (plus_days(ev.date, -n), plus_days(ev.date, n),
            f"mặc định {n} ngày trước đến {n} ngày sau {event_day(ev)} (văn bản không ghi ngày cụ thể)")


def c_around(m: Match) -> Draft:
    return Draft(Kind.WINDOW, ref=m["ev"], anchor=around_anchor, approximate=True)


def month_anchor(ev: Event):
    assert ev.date is not None
    p = P.month(ev.date.year, ev.date.month, "")
    return p.start, p.end, f"tháng diễn ra {event_day(ev)}"


def c_event_months(m: Match) -> Draft:
    return Draft(Kind.WINDOW, ref=m["ev"], anchor=month_anchor)


def c_event_days(m: Match) -> Draft:
    note = m.inp.text(m.i, m.j)[len(m["ev"].text) :].strip() or None
    ref: EventRef = m["ev"]
    exact = ref.named and note is None  # "Ngày Quốc khánh" is that day; "từng sự kiện" is a default
    caveat = "" if exact else " (mặc định: văn bản không ghi ngày cụ thể)"

    def anchor(ev: Event):
        assert ev.date is not None
        return ev.date, ev.date, f"ngày diễn ra {event_day(ev)}{caveat}"

    return Draft(Kind.DAY, ref=ref, anchor=anchor, approximate=not exact, note=note)


def c_newspaper(m: Match) -> Draft:
    ctx = m.env.ctx
    rule, start = ctx.publication_rrule, ctx.publication_start

    def anchor(ev: Event):
        assert ev.date is not None
        if rule:
            issue = recur.last_before(rule, start or dt.date(ev.date.year - 1, 1, 1), ev.date)
            if issue is not None:
                return issue, issue, f"số báo cuối cùng trước {event_day(ev)} theo lịch ra báo"
        d = plus_days(ev.date, -1)
        return d, d, f"ngày liền trước {event_day(ev)} (chưa có lịch ra báo)"

    return Draft(Kind.DAY, ref=m["ev"], anchor=anchor, approximate=not rule, label="Số báo")


def c_stage(m: Match) -> Draft:
    a, b = checked(m, P.year, int(m["a"].text), m["a"].text), checked(m, P.year, int(m["b"].text), m["b"].text)
    if a.start > b.end:
        raise fail(m, "giai đoạn kết thúc trước khi bắt đầu")
    return Draft(Kind.WINDOW, span=(a.start, b.end), basis=f"{m.text}: {fmt_span(a.start, b.end)}")


def c_open_start(m: Match) -> Draft:
    a: Period = m["a"]
    return Draft(Kind.DAY, span=(a.start, a.start), label="Bắt đầu", approximate=a.approximate,
                 basis=f"bắt đầu từ {a.text}: ngày đầu tiên, {vn_date(a.start)}",
                 extra={"starts": True, "year_inferred": a.year_inferred})  # parser.start_and_end


def c_after(m: Match) -> Draft:
    """"Sau ngày 15/4": not before the next day, an open start like "từ ngày 16/4"."""
    a: Period = m["a"]
    d = checked(m, plus_days, a.end, 1)
    return Draft(Kind.DAY, span=(d, d), label="Bắt đầu", approximate=a.approximate,
                 basis=f"sau {a.text}: từ ngày {vn_date(d)}")


_NGAY_KEY = match_key("ngày")
_MONTH_HEAD_KEYS = {match_key(w) for w in ("tháng", "t", "năm")}


def c_heading_days(m: Match) -> tuple[Draft, ...]:
    """"Tháng 7: Ngày 03; 10; 17; 24; 31": a month as a heading, then days of it, one day each
    (a schedule table's row). A weekday written with a day is checked against it."""
    head: Period = m["h"]
    toks = m.inp.tokens[m.i : m.j]
    if not any(t.kind == "COLON" for t in toks):  # no colon: the days must say "ngày" ("Tháng 7 Ngày 18")
        first_day = next((k for k, t in enumerate(toks) if t.kind == "WORD" and t.key == _NGAY_KEY), None)
        if first_day is None or any(t.kind == "WORD" and t.key not in _MONTH_HEAD_KEYS for t in toks[:first_day]):
            raise fail(m, "các ngày sau tên tháng phải có dấu “:” hoặc chữ “ngày”")
    drafts = []
    for code, tok in m["ds"]:
        day = checked(m, P.day, head.start.year, head.start.month, int(tok.text), tok.text).start
        drafts.append(Draft(Kind.DAY, span=(day, day), basis=f"{head.text}: ngày {tok.text} → {vn_date(day)}",
                            checks=weekday_check(code, day) if code else ()))
    if any(b.span[0] <= a.span[0] for a, b in pairwise(drafts)):
        raise fail(m, "các ngày không theo thứ tự")
    return tuple(drafts)


def c_day_list(m: Match) -> tuple[Draft, ...]:
    """Days written once: consecutive ones make one window, others one day each. A day
    before the last one's day number in a range belongs to the month before ("27 đến 2/4")."""
    items, last = m["ds"]
    days: list[dt.date] = []
    prev_range = False
    if last.lunar:  # "từ ngày 12 đến 16/2 âm lịch": days of that lunar month
        if any(t.kind != "NUM" for t, _ in items):
            raise fail(m, "không rõ ngày nào là âm lịch; hãy ghi “âm lịch” cho từng ngày")
        n_last = lunar.solar_to_lunar(last.start).day
        firsts = [int(t.text) for t, _ in items]
        if any(not 1 <= d < n_last for d in firsts):
            raise fail(m, "các ngày âm lịch không theo thứ tự")
        items = ()
        days = [plus_days(last.start, d - n_last) for d in firsts]
        prev_range = any(j == "range" for _, j in m["ds"][0])
    for tok, joiner in items:
        if tok.kind == "DATE":  # "ngày 21/11/2025 và ngày 22/11/2025"
            d, mo, y = numbers(tok)
            day = checked(m, P.day, y, mo, d, tok.text).start
        elif tok.kind == "DAYMONTH":
            d, mo = numbers(tok)
            day = checked(m, P.day, last.start.year, mo, d, tok.text).start
        else:
            d = int(tok.text)
            anchor = last.start if d <= last.start.day else checked(m, lambda: last.start + P._delta(months=-1))
            day = checked(m, P.day, anchor.year, anchor.month, d, tok.text).start
        if prev_range and days:
            days += [plus_days(days[-1], n) for n in range(1, (day - days[-1]).days)]
        days.append(day)
        prev_range = joiner == "range"
    if prev_range:
        days += [plus_days(days[-1], n) for n in range(1, (last.start - days[-1]).days)]
    days.append(last.start)
    if any(b <= a for a, b in pairwise(days)):
        raise fail(m, "các ngày không theo thứ tự")
    if all((b - a).days == 1 for a, b in pairwise(days)):
        return (Draft(Kind.WINDOW, span=(days[0], days[-1]), basis=f"{m.text}: {fmt_span(days[0], days[-1])}"),)
    first = m.inp.tokens[m.i]
    plain = {"plain": True} if first.kind != "WORD" or first.key == match_key("ngày") else {}  # no lead word
    return tuple(Draft(Kind.DAY, span=(d, d), basis=f"{m.text}: {vn_date(d)}", extra=plain) for d in days)


def phase_label(m: Match) -> str:
    """"Đợt 2", "Giai đoạn 1": the phase word as written (first letter capital), then its number."""
    word = m.inp.text(m.i, m.i + (2 if starts_with(m, "giai đoạn") else 1))
    return f"{word[:1].upper()}{word[1:].casefold()} {int(m['n'].text)}"


def c_phase(m: Match) -> tuple[Draft, ...]:
    value = m["c"]
    drafts = drafts_of(value)
    return tuple(replace(d, label=phase_label(m)) for d in drafts)


def parse_time(m: Match) -> dt.time:
    """"14 giờ 30" → 14:30; "8h tối" → 20:00 ("chiều", "tối" after 12)."""
    return clock(m, m["t"], m.get("half"))


def clock(m: Match, tok: Token, half: Token | None = None) -> dt.time:
    t = time_of(tok, half)
    if t is None:
        raise fail(m, "giờ không có thật", (tok,))
    return t


def time_of(tok: Token, half: Token | None = None) -> dt.time | None:
    """A TIME token as a clock time ("8h tối" → 20:00); None when no such time exists."""
    hour, minute = (int(x) for x in (re.findall(r"\d+", tok.text) + ["0"])[:2])
    after = DAY_HALVES[half.key] if half is not None else None
    if after is not None and after <= hour < 12:
        hour += 12
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


def day_end(tok: Token) -> bool:
    """"24 giờ", "24h00": the end of that day (no clock time; a deadline or a window then takes the whole day)."""
    return [int(x) for x in re.findall(r"\d+", tok.text)] in ([24], [24, 0])


def capitalized(word: str) -> str:
    """"CHIỀU", "chiều" → "Chiều": a part of the day as a note."""
    return word[:1].upper() + word[1:].casefold()


def c_part_of_day(m: Match) -> tuple[Draft, ...]:
    """"Sáng ngày 15/3/2025", "vào sáng ngày 05 và 06 tháng 12 năm 2019": each day, the part of the day
    in the note (no clock time is written)."""
    note = capitalized(m["half"].text)
    if isinstance(m["p"], Period):
        return tuple(Draft(Kind.DAY, span=(d, d), note=note, basis=vn_date(d)) for d in _days_of(m, m["p"], "buổi"))
    _days_of(m, m["p"], "buổi")  # days, not times
    return tuple(replace(d, note=note) for d in drafts_of(m["p"]))  # consecutive days stay one window


def c_relative_day(m: Match) -> tuple[Draft, ...] | Draft:
    """"hôm nay (4/12)", "Sáng nay (17-11)", "vào 20h hôm nay (12/11)", "ngày mai, 3-5-2018": the day
    written beside the word is the day (as in "chiều mai 8/11": the written date wins)."""
    p: Period = m["p"]
    if p.grain != "day":
        raise fail(m, "“hôm nay”, “ngày mai” phải đi với một ngày cụ thể")
    if m.get("t") is not None:
        return c_timed(m)
    if m.get("half") is not None:
        return c_part_of_day(m)
    return span_draft(Kind.DAY, p, describe(p))


def c_near(m: Match) -> tuple[Draft, ...]:
    """"Ngày 1.3 tới", "từ ngày 10.7 tới", "vào ngày 19-5 vừa qua": a day written without a year is the
    next one on or after the plan's date ("tới", "sắp tới"), or the last one on or before it ("vừa
    qua", "vừa rồi"). With a year written in the cell, the dates are as written."""
    drafts = drafts_of(m["c"])
    if any(d.span is None or d.rrule is not None or d.ref is not None for d in drafts):
        raise fail(m, "“tới”, “vừa qua” phải đi với một ngày cụ thể")
    if any(offset >= m.inp.tokens[m.i].start for offset, _ in m.env.years):
        return drafts
    since = m.env.ctx.start
    if since is None:
        raise fail(m, "không rõ “tới”, “vừa qua” tính từ ngày nào: cụm này cần ngày ban hành của kế hoạch")
    first, last = min(d.span[0] for d in drafts), max(d.span[1] for d in drafts)  # type: ignore[index]
    if any(starts_with_at(m, w, m.j) for w in PAST_WORDS):  # the last one that starts on or before the plan's date
        k = since.year - first.year + 1
        while _in_year(m, first, k) > since:
            k -= 1
        word = "vừa qua: lần gần nhất trước ngày ban hành kế hoạch"
    else:  # the first one that ends on or after it
        k = since.year - last.year - 1
        while _in_year(m, last, k) < since:
            k += 1
        word = "tới: lần đầu tiên kể từ ngày ban hành kế hoạch"
    return tuple(replace(d, span=(_in_year(m, d.span[0], k), _in_year(m, d.span[1], k)),  # type: ignore[index]
                         basis=f"{d.basis} ({word})") for d in drafts)


def _in_year(m: Match, day: dt.date, years: int) -> dt.date:
    """The same day `years` years later; 29/2 in a year without it is the user's error."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        raise fail(m, "ngày tháng không có thật") from None


def c_undated(m: Match) -> Draft:
    return Draft(Kind.UNDATED, note=m.text)


def c_undated_words(m: Match) -> Draft:
    return Draft(Kind.UNDATED, note=m["u"], extra={"undated_words": True})


def c_pass(m: Match):
    """A lead word that adds nothing to the dates ("dự kiến", "vào", "sẽ"). It never leads to
    an event: "diễn ra các hoạt động kỷ niệm" is rule "thời gian diễn ra <sự kiện>"'s."""
    value = m["c"]
    if any(d.ref is not None for d in drafts_of(value)):
        raise fail(m, "không rõ thời gian của sự kiện này")
    return value


def c_occasion(m: Match) -> Draft:
    """"nhân ngày doanh nhân Việt Nam 13/10": a day named by an occasion, its date written; the name is
    the note (an event of the registry is read as the event, never as a name here)."""
    p: Period = m["p"]
    if p.grain != "day":
        raise fail(m, "“nhân ngày”, “nhân dịp” phải đi với một ngày cụ thể")
    name = m.get("w")
    if name is not None and plain_only(name):
        raise fail(m, "không rõ tên của dịp này")
    return span_draft(Kind.DAY, p, describe(p), note=name.rstrip(" ,-:") if name else None)


def c_moment(m: Match):
    """"tại thời điểm 0 giờ ngày 1-1-2026", "Thời điểm điều tra là 0 giờ ngày 1-4-2019": a moment, so one
    day (its time if written), never a period."""
    value = m["c"]
    what = m.get("w")
    if what is not None and not (match_key(what).split()[-1:] == [match_key("là")] or what.rstrip().endswith(":")):
        raise fail(m, "“thời điểm …” phải có “là” hoặc “:” trước ngày")
    if any(d.kind is not Kind.DAY or d.span is None or d.span[0] != d.span[1] or d.rrule for d in drafts_of(value)):
        raise fail(m, "“thời điểm” phải đi với một ngày cụ thể")
    if what is not None:  # "điều tra": the moment of what, as the note
        words = what.rstrip(" :").rsplit(" ", 1)[0] if not what.rstrip().endswith(":") else what.rstrip(" :")
        return tuple(replace(d, note=f"Thời điểm {words}") for d in drafts_of(value))
    return value


def c_prose(m: Match) -> Draft:
    """Plain words beside a dated part: its note, once the parser has checked they may be
    (parser.fold_prose); never a date."""
    return Draft(Kind.UNDATED, note=m.text.rstrip(" :"), extra={"prose": True, "aim": states_aim(m.inp, m.i, m.j)})


def c_complete_by(m: Match) -> tuple[Draft, ...]:
    """"Thời gian hoàn thành: Quý IV/2025": each period written is a deadline on its last day."""
    value = m["c"]
    drafts = drafts_of(value)
    out = []
    for d in drafts:
        if d.span is None or d.ref is not None or d.rrule is not None or d.kind is Kind.UNDATED:
            raise fail(m, "thời gian hoàn thành phải là một ngày hoặc một khoảng cụ thể")
        out.append(replace(d, kind=Kind.DEADLINE, span=(d.span[1], d.span[1]), verb="Hoàn thành",
                           basis=f"hoàn thành: hạn chót ngày cuối, {vn_date(d.span[1])}"))
    return tuple(out)


def c_bare_year(m: Match) -> Draft:
    p = checked(m, P.year, int(m["y"].text), m.text)
    return span_draft(Kind.WINDOW, p, describe(p), extra={"bare_year": True, **unled(m)})


def c_month_list(m: Match) -> tuple[Draft, ...]:
    """"tháng 4, 5", "các tháng 10, 11 và 12/2025": one window per month written."""
    toks = m["ms"]
    if toks[-1].kind == "PERIODYEAR":
        y, inferred = split_period_year(toks[-1])[1], False
    else:
        y, inferred = year_of(m)
    months = [checked(m, P.month, y, int(split_period_year(t)[0] if t.kind == "PERIODYEAR" else t.text),
                      f"tháng {t.text}", inferred) for t in toks]
    return tuple(span_draft(Kind.WINDOW, p, describe(p)) for p in months)


def c_year_list(m: Match) -> tuple[Draft, ...]:
    years = [checked(m, P.year, int(t.text), t.text) for t in m["ys"]]
    return tuple(span_draft(Kind.WINDOW, p, describe(p), extra=unled(m)) for p in years)


def c_since_now(m: Match) -> Draft:
    start = m.env.ctx.start
    if start is None:
        raise fail(m, "không rõ “nay”, “ngày ban hành” là ngày nào: cụm này cần ngày ban hành của kế hoạch")
    b = complete_end(m, P.day(start.year, start.month, start.day, "nay"), m["b"])
    if b.end < start:
        raise fail(m, "khoảng thời gian kết thúc trước ngày ban hành kế hoạch")
    return Draft(Kind.WINDOW, span=(start, b.end),
                 basis=f"từ ngày ban hành kế hoạch ({vn_date(start)}) đến hết {b.text}: {fmt_span(start, b.end)}")


def weekday_check(code: str, day: dt.date) -> tuple[str, ...]:
    actual = WEEKDAYS[day.weekday()]
    if actual == code:
        return ()
    return (f"ô ghi {WEEKDAY_TEXT[code]} nhưng ngày {vn_date(day)} là {WEEKDAY_TEXT[actual]}",)


def _days_of(m: Match, value, what: str = "giờ") -> list[dt.date]:
    """The days a timed construct (or a part of the day: `what`) applies to: a day, or a list of days."""
    if isinstance(value, Period):
        if value.grain != "day":
            raise fail(m, f"{what} phải đi với một ngày cụ thể")
        return [value.start]
    days: list[dt.date] = []
    for d in drafts_of(value):
        if d.span is None or d.time is not None:
            raise fail(m, f"{what} phải đi với một ngày cụ thể")
        days += [plus_days(d.span[0], n) for n in range((d.span[1] - d.span[0]).days + 1)]
    return days


def c_timed(m: Match) -> tuple[Draft, ...]:
    t = parse_time(m)
    days = _days_of(m, m["p"])
    starts = {"starts": True} if starts_with(m, "bắt đầu") else {}  # parser.start_and_end
    if isinstance(m["p"], Period) and m["p"].lunar:
        starts["lunar"] = True  # a solar day beside it is checked (resolve._with_remarks)
    return tuple(Draft(Kind.DAY, span=(d, d), time=t, basis=f"{t:%H:%M} ngày {vn_date(d)}", extra=starts)
                 for d in days)


def c_timed_range(m: Match) -> tuple[Draft, ...]:
    t, t2 = clock(m, m["t"], m.get("half")), clock(m, m["t2"], m.get("half"))
    if t2 <= t:
        raise fail(m, "giờ kết thúc không sau giờ bắt đầu", (m["t"], m["t2"]))
    days = _days_of(m, m["p"])
    return tuple(Draft(Kind.DAY, span=(d, d), time=t, end_time=t2,
                       basis=f"{t:%H:%M}–{t2:%H:%M} ngày {vn_date(d)}") for d in days)


def c_day_then_time(m: Match) -> tuple[Draft, ...]:
    """"Ngày 14 tháng Giêng, từ 21h - 21h30": the day first, then the time."""
    return c_timed_range(m) if m.get("t2") is not None else c_timed(m)


def c_timed_deadline(m: Match) -> Draft:
    p: Period = m["p"]
    if p.grain != "day":
        raise fail(m, "giờ phải đi với một ngày cụ thể")
    verb = "Hoàn thành" if starts_with(m, "hoàn thành") else None
    if day_end(m["t"]):  # "đến 24 giờ ngày 18/11": the whole day
        return Draft(Kind.DEADLINE, span=(p.start, p.start), verb=verb, basis=f"hạn chót hết ngày {vn_date(p.start)}")
    t = parse_time(m)
    return Draft(Kind.DEADLINE, span=(p.start, p.start), time=t, verb=verb,
                 basis=f"hạn chót {t:%H:%M} ngày {vn_date(p.start)}")


def c_duration(m: Match) -> tuple[Draft, ...]:
    """"3 ngày, từ 5/9 đến 7/9/2025", "08 tháng (từ tháng 3 đến tháng 10)": the dates as written; a
    count that disagrees is for `check`. A number of months needs the whole span ("08 tháng (từ tháng 9)"
    says a start, not the window it implies)."""
    value = m["c"]
    drafts = drafts_of(value)
    spans = [d.span for d in drafts if d.span is not None and d.rrule is None]
    if not spans or len(spans) != len(drafts):
        raise fail(m, "số ngày phải đi với các ngày cụ thể")
    first, last = min(s for s, _ in spans), max(e for _, e in spans)
    if m.get("months") is not None:
        n, unit = m["months"], "tháng"
        if any(d.label == "Bắt đầu" for d in drafts):
            raise fail(m, "số tháng phải đi với một khoảng cụ thể (từ … đến …)")
        count = months_of(spans)
    else:
        n, unit = m["n"], "ngày"
        count = (last - first).days + 1
        if len(spans) > 1 and any(s != e for s, e in spans):
            count = sum((e - s).days + 1 for s, e in spans)
    if count == n:
        return drafts
    note = (f"ô ghi {n} {unit} nhưng các ngày ghi là {fmt_span(first, last)} ({count or 'không tròn'} {unit})",)
    return tuple(replace(d, checks=d.checks + note) for d in drafts)


def months_of(spans: list[tuple[dt.date, dt.date]]) -> int | None:
    """How many months spans cover: whole calendar months one by one ("tháng 4 và tháng 8": 2), or one
    span from a day to the same day (or the day before) months later ("23/4 – 23/6": 2); else None."""
    if all(_whole_period(s, e) for s, e in spans):
        return sum((e.year - s.year) * 12 + e.month - s.month + 1 for s, e in spans)
    if len(spans) == 1:
        s, e = spans[0]
        n = (e.year - s.year) * 12 + e.month - s.month
        if n > 0 and s + P._delta(months=n) in (e, plus_days(e, 1)):
            return n
    return None


def c_phase_later(m: Match) -> Draft:
    """"Đợt 2 (từ … đến …)": the dates are in the remark (resolve._with_remarks)."""
    return Draft(Kind.UNDATED, label=phase_label(m), wants_date=True, note=m.text,
                 extra={"phase": True})


# --- repeating schedules -----------------------------------------------------------------
#
# A repeating rule builds a Recipe: given the first day it may start and the day it
# must stop (the plan's, or a range written in the cell), the drafts.

Recipe = Callable[[dt.date | None, dt.date | None], tuple[Draft, ...]]


def _template(m: Match, name: str = "c") -> Draft:
    value = m[name]
    drafts = drafts_of(value)
    if len(drafts) != 1 or drafts[0].span is None or drafts[0].rrule is not None or drafts[0].ref is not None:
        raise fail(m, "lịch lặp lại phải đi với một ngày hoặc một khoảng cụ thể")
    if any(t.kind == "WORD" and t.key in LUNAR_KEYS for t in m.inp.tokens[m.i : m.j]):
        raise fail(m, "chưa đọc được ngày âm lịch lặp lại (mỗi năm một ngày dương lịch khác); hãy ghi từng năm")
    return drafts[0]


def _whole_period(start: dt.date, end: dt.date) -> bool:
    """A whole calendar month, quarter, half or year (their lengths vary)."""
    return start.day == 1 and plus_days(end, 1).day == 1 and (end - start).days >= 27


def repeat_recipe(m: Match, template: Draft, step: R.Step) -> Recipe:
    """The template repeated by `step`: windows over whole calendar periods one by one,
    anything of fixed length as one RRULE."""
    start, end = template.span  # type: ignore[misc]
    repeated = {"repeated": True}  # one instance of a schedule: never a plain day (parser.shared_deadlines)
    if (end - start).days + 1 > step.days:
        raise fail(m, f"khoảng {fmt_span(start, end)} dài hơn một kỳ lặp ({step.text})")

    def recipe(since: dt.date | None, until: dt.date | None) -> tuple[Draft, ...]:
        try:
            if _whole_period(start, end) and step.unit != "week":
                spans = R.period_instances(start, plus_days(end, 1), step, since, until)
                return tuple(replace(template, span=sp, basis=f"{step.text}: {fmt_span(*sp)}", extra=repeated)
                             for sp in spans)
            first, rule = R.first_of_fixed(start, end, step, since, until)
        except R.NoInstance:
            raise fail(m, "lịch lặp lại không có lần nào trong thời gian của kế hoạch") from None
        # the feeds say the schedule (text.repeat_text)
        return (replace(template, span=first, rrule=rule, extra=repeated),)

    return recipe


def by_rule_recipe(m: Match, kind: Kind, core: str, what: str, **kw) -> Recipe:
    """Days an RRULE picks ("ngày 10 và 25 hằng tháng"), one-day entries."""

    def recipe(since: dt.date | None, until: dt.date | None) -> tuple[Draft, ...]:
        try:
            first, rule = R.first_by_rule(core, since or dt.date(m.env.ctx.year, 1, 1), until)
        except R.NoInstance:
            raise fail(m, "lịch lặp lại không có lần nào trong thời gian của kế hoạch") from None
        return (Draft(kind, span=(first, first), rrule=rule, basis=f"{what}, lần đầu {vn_date(first)}",
                      extra={"repeated": True}, **kw),)

    return recipe


def r_alone(m: Match) -> Recipe:
    """"Hằng năm", "hằng quý", "định kỳ 6 tháng", "hằng tuần": each whole period."""
    step: R.Step = m["f"]
    ctx = m.env.ctx
    ref = ctx.start or dt.date(ctx.year, 1, 1)
    if step.unit == "year" and step.every > 1:  # "định kỳ 2 năm/lần": odd years or even ones?
        raise fail(m, "không rõ chu kỳ nhiều năm bắt đầu từ năm nào (hãy ghi năm):")
    if step.unit == "week":
        monday = plus_days(ref, -ref.weekday())
        p = P.Period(monday, plus_days(monday, 6), "week", step.text)
    elif step.unit == "year":
        p = P.year(ref.year, step.text)
    else:  # a period of `every` months, aligned on the year's start (quarters, halves)
        first_month = (ref.month - 1) // step.every * step.every + 1
        s = dt.date(ref.year, first_month, 1)
        p = P.Period(s, s + P._delta(months=step.every, days=-1), "months", step.text)
    return repeat_recipe(m, Draft(Kind.WINDOW, span=(p.start, p.end), basis=step.text), step)


def r_template(m: Match) -> Recipe:
    return repeat_recipe(m, _template(m), m["f"])


def r_template_pair(m: Match) -> Recipe:
    """"Tháng 3 và tháng 9 hằng năm", "trước ngày 30/6 và 31/12 hằng năm": the repeat said once after
    two times holds for both (and a deadline word before the first, for the second too). Not when the
    first has a year of its own ("Quý I/2024 và quý IV hằng năm": once, then each year)."""
    if any(t.kind in ("YEAR", "DATE", "PERIODYEAR") for t in m.inp.tokens[m.i : m.j]):
        raise fail(m, "mốc có năm riêng không lặp lại")
    a, b = _template(m, "c"), _template(m, "c2")
    how = a.extra.get("deadline")
    if how:
        b = shared_deadline(b, how, a.verb) or b
    first, second = repeat_recipe(m, a, m["f"]), repeat_recipe(m, b, m["f"])
    return lambda since, until: first(since, until) + second(since, until)


_TRUOC, _CHAM = match_key("trước"), match_key("chậm")
_QUARTER_MONTHS = {match_key(k): v for k, v in QUARTER_MONTHS.items()}


def _deadline_word(m: Match) -> tuple[Kind, int]:
    """"trước ngày 5" is a deadline on the 4th; "chậm nhất ngày 5" on the 5th; else a day."""
    keys = {t.key for t in m.inp.tokens[m.i : m.j] if t.kind == "WORD"}
    if _TRUOC in keys:
        return Kind.DEADLINE, -1
    if _CHAM in keys or match_key("hạn") in keys:
        return Kind.DEADLINE, 0
    return Kind.DAY, 0


def r_month_days(m: Match) -> Recipe:
    step: R.Step = m["f"]
    if step.unit != "month" or step.every != 1:
        raise fail(m, "ngày trong tháng phải đi với “hằng tháng”")
    kind, shift = _deadline_word(m)
    days = sorted({int(t.text) for t in m["ds"]})
    if any(not 1 <= d <= 31 for d in days):
        raise fail(m, "ngày trong tháng không có thật")
    by = ",".join(str(d + shift if d + shift >= 1 else -1) for d in days)
    words = " và ".join(str(d) for d in days)
    return by_rule_recipe(m, kind, f"FREQ=MONTHLY;BYMONTHDAY={by}", f"ngày {words} hằng tháng")


def r_quarter_month(m: Match) -> Recipe:
    kind, shift = _deadline_word(m)
    d = int(m["d"].text)
    which = _QUARTER_MONTHS.get(m["q"].key)
    if which is None:
        raise fail(m, "chỉ đọc được tháng đầu, giữa hoặc cuối quý", (m["q"],))
    months = ",".join(str(3 * q + which + 1) for q in range(4))
    if not 1 <= d <= 31:
        raise fail(m, "ngày trong tháng không có thật")
    by = d + shift if d + shift >= 1 else -1
    if by == -1:  # "trước ngày 1 của tháng X": the last day of the month before
        months = ",".join(str((3 * q + which - 1) % 12 + 1) for q in range(4))
    return by_rule_recipe(m, kind, f"FREQ=YEARLY;BYMONTH={months};BYMONTHDAY={by}",
                          f"ngày {d} tháng {m['q'].text} mỗi quý")


_PREVIOUS_DAY = dict(zip(WEEKDAYS[1:] + WEEKDAYS[:1], WEEKDAYS, strict=True))  # "trước thứ Sáu": by Thursday


def r_weekday(m: Match) -> Recipe:
    """"thứ Hai hằng tuần", "các ngày thứ 7, chủ nhật", "trước 10 giờ thứ Hai hằng tuần": those days each
    week; before them ("trước", "chậm nhất", "đến"), a deadline: at the time written (the time is the
    limit), else at the end of that day ("chậm nhất") or of the day before ("trước")."""
    step: R.Step | None = m.get("f")
    if step is not None and (step.unit != "week" or step.every != 1):
        raise fail(m, "thứ trong tuần phải đi với “hằng tuần”")
    codes: tuple[str, ...] = m["w"]
    half = m.get("half")
    time = clock(m, m["t"], half) if m.get("t") is not None else None
    kind, shift = (Kind.DEADLINE, 0) if starts_with(m, "đến") else _deadline_word(m)
    if kind is Kind.DEADLINE and time is None and shift:
        codes = tuple(_PREVIOUS_DAY[c] for c in codes)
    note = capitalized(half.text) if half is not None and time is None else None
    days = ", ".join(WEEKDAY_TEXT[c] for c in codes)
    return by_rule_recipe(m, kind, f"FREQ=WEEKLY;BYDAY={','.join(dict.fromkeys(codes))}", f"{days} hằng tuần",
                          time=time, note=note)


def c_repeat(m: Match) -> tuple[Draft, ...]:
    ctx = m.env.ctx
    return m["r"](ctx.start, ctx.until)


def c_repeat_from(m: Match) -> tuple[Draft, ...]:
    """A repeat with its own first day: "Vào các ngày thứ 7, chủ nhật kể từ ngày 12/8/2023" starts there
    (and runs to the plan's end, or for a year)."""
    a: Period = m["a"]
    return m["r"](a.start, m.env.ctx.until)


def c_repeat_bounded(m: Match) -> tuple[Draft, ...]:
    """A repeat inside a range written in the cell: "từ 31/5 đến 12/7/2025 vào thứ 7 hàng tuần",
    "Hằng năm, giai đoạn 2026 - 2030"."""
    value = m["b"]
    drafts = drafts_of(value)
    if len(drafts) != 1 or drafts[0].span is None or drafts[0].kind is not Kind.WINDOW or drafts[0].rrule:
        raise fail(m, "lịch lặp lại chỉ giới hạn được trong một khoảng thời gian")
    start, end = drafts[0].span
    out = m["r"](start, end)
    if any(d.span[1] > end for d in out if d.rrule is None):  # type: ignore[index]
        raise fail(m, "lịch lặp lại vượt ra ngoài khoảng thời gian ghi trong ô")
    return out


# Lead words that add nothing to the dates after them (rule "lời dẫn + thời gian").
_LEAD = ("(dự kiến [(, | vào | trong | là)] | [dự kiến] [sẽ] diễn ra [(vào | trong | từ)] | sẽ | vào khoảng | khoảng"
         " | vào | [vào] dịp | xong | suốt | bắt đầu vào | phải | thời gian [(thực hiện | tổ chức | diễn ra)] :)")
_PHASES = _alternatives(PHASE_WORDS)
_ON_DAY = "[,] [(ngày | vào ngày | các ngày | trong các ngày)]"
_BEFORE = "(trước | đến | chậm nhất [(vào | đến | là)] | hạn chót [là])"

REPEATS = (
    Rule("hằng năm / hằng quý / định kỳ", "[định kỳ] {repeat:f}", r_alone,
         ("Hằng năm", "hằng quý", "Định kỳ 6 tháng", "hằng tuần")),
    Rule("<thời gian> hằng năm", "{repeat_ahead} [hoàn thành] {template:c} [,] {repeat:f}", r_template,
         ("trước ngày 15/3 hằng năm", "Quý I hằng năm", "tháng 12 hàng năm")),
    Rule("<thời gian> và <thời gian> hằng năm",
         "{repeat_ahead} {template:c} (và | ,) {template:c2} [,] {repeat:f}", r_template_pair,
         ("Tháng 3 và tháng 9 hằng năm", "trước ngày 30/6 và 31/12 hằng năm")),
    Rule("hằng năm, <thời gian>", "{repeat:f} [,] [(vào | trong)] {construct:c}", r_template,
         ("Hằng năm, trước ngày 15/12", "hằng năm vào tháng 12")),
    # The parenthesis says when in each year: never the yearly windows plus one deadline.
    Rule("hằng năm (<ngày trong năm>)", "{repeat:f} {OPEN} [(vào | trong)] {construct:c} {CLOSE}", r_template,
         ("Định kỳ hằng năm (trước ngày 30 tháng 11)", "hằng năm (vào ngày 15/3)")),
    Rule("ngày D hằng tháng",
         "[định kỳ] [hoàn thành] [(trước | chậm nhất [vào] | vào | trong)] [các] ngày {month_days:ds} [(của | trong)]"
         " {repeat:f}",
         r_month_days, ("ngày 10 và 25 hằng tháng", "trước ngày 5 hằng tháng", "vào ngày 25 hàng tháng")),
    Rule("ngày D của tháng cuối quý",
         "[hoàn thành] [(trước | chậm nhất [vào] | vào)] ngày {NUM:d} [của] tháng {WORD:q}"
         " (mỗi | hằng | hàng | của mỗi)"
         " quý", r_quarter_month, ("trước ngày 18 của tháng cuối mỗi quý", "ngày 15 tháng đầu mỗi quý")),
    Rule("thứ N hằng tuần",
         f"[{_BEFORE}] [vào] [lúc] [{{TIME:t}}] [{{day_half:half}}] [,] [ngày] {{weekdays:w}} {{repeat:f}}", r_weekday,
         ("thứ Hai hằng tuần", "vào thứ 7 hàng tuần", "8h00 thứ Hai hằng tuần", "trước 10 giờ thứ Hai hàng tuần",
          "thứ 7, chủ nhật hằng tuần")),
    # "các ngày" before weekdays says each of them ("Vào các ngày thứ bảy và Chủ nhật"), "hằng tuần" or not
    Rule("các ngày thứ N", "[vào] [lúc] [{TIME:t}] [{day_half:half}] [,] các ngày {weekdays:w} [{repeat:f}]",
         r_weekday, ("Vào các ngày thứ bảy và Chủ nhật", "các ngày thứ Hai hằng tuần")),
)

CONSTRUCTS = (
    Rule("một khoảng thời gian", "[(trong | vào)] {period:p}", c_period,
         ("Quý II/2023", "Tháng 12/2023", "Trong tháng 11/2023", "Năm 2024", "vào năm 2025")),
    Rule("hoàn thành trong <khoảng>", "hoàn thành [xong] [(trong | vào)] {period:p}", c_complete_in,
         ("Hoàn thành trong quý IV/2023", "Hoàn thành tháng 11/2023", "Hoàn thành trong năm 2025")),
    Rule("trước <ngày>", "[(hoàn thành [xong] | xong)] trước {period:p}", c_before,
         ("Hoàn thành trước ngày 10/8/2023", "Hoàn thành trước 15/11/2023", "Trước năm 2027", "xong trước 30/6/2025")),
    Rule("hoàn thành <việc> trong <khoảng>",
         "(hoàn thành [xong] {prose:w} ([(trong | vào)] {periods:c} | {deadline:c})"
         " | (kết thúc | hoàn tất) {prose:w} {deadline:c})", c_complete_work,
         ("cam kết hoàn thành các Dự án trong năm 2025", "hoàn thành các nhiệm vụ trong tháng 11, tháng 12 năm 2025",
          "hoàn thành hồ sơ dự án trước ngày 15/12/2025", "Kết thúc xuống giống trước ngày 25/11/2018")),
    Rule("<hạn chót>, hoàn thành <việc>",
         "{deadline:c} [,] [{prose:w}] (phải hoàn thành | hoàn thành) [xong] {prose:v}", c_completed_by,
         ("đến ngày 31/3/2026 phải hoàn thành xong toàn bộ tuyến đường",
          "trước ngày 30/6/2022, các bộ, cơ quan trung ương, địa phương hoàn thành việc tổ chức các Hội đồng")),
    Rule("chậm nhất <ngày>",
         "[hoàn thành] ((chậm nhất | trễ nhất | muộn nhất) [(đến | trong | vào | là)] | (hạn chót | hạn cuối) [là])"
         " {period:p}",
         c_latest,
         ("chậm nhất ngày 20/9/2025", "Hạn chót 15/10/2025")),
    # the deadline said after its date: "Ngày 29/6 là hạn cuối", "trong tháng 6/2024 phải hoàn thành"
    Rule("<ngày> là hạn chót", "[(vào | trong)] {period:p} [,] là (hạn chót | hạn cuối)", c_latest,
         ("Ngày 29/6 là hạn cuối", "ngày 10/4/2020 là hạn chót")),
    Rule("<khoảng> phải hoàn thành",
         "[(vào | trong)] {period:p} [,] [(sẽ | phải)] hoàn thành [xong] [{prose:v}]", c_complete_in_work,
         ("trong tháng 6/2024 phải hoàn thành", "Quý IV/2025 hoàn thành",
          "trong tháng 2/2025 sẽ hoàn thành đại hội chi bộ")),
    Rule("đến hết <khoảng>", "[hoàn thành] (đến hết | đến | tới hết | tới | đến cuối) {period:p}", c_until_end,
         ("đến hết năm 2026", "đến năm 2030", "Hoàn thành đến tháng 6/2025")),
    Rule("thời gian hoàn thành: <các khoảng>", "thời gian hoàn thành [:] [dự kiến] {periods:c}", c_complete_by,
         ("Thời gian hoàn thành: Quý IV/2025", "Thời gian hoàn thành: Quý IV/2025 và Quý I/2026")),
    Rule("trước <sự kiện> N ngày", "[hoàn thành] trước {event:ev} {NUM:n} ngày", c_before_event_days,
         ("Hoàn thành trước sự kiện 10 ngày", "trước Lễ mít tinh kỷ niệm 01 ngày")),
    Rule("trước N ngày <sự kiện>",
         "[hoàn thành] (trước {NUM:n} ngày [(diễn ra | tổ chức | khai mạc)] {event:ev}"
         " | trước khi [(diễn ra | tổ chức | khai mạc)] {event:ev} [(ít nhất | tối thiểu)] {NUM:n} ngày)",
         c_before_event_days, ("Trước 20 ngày diễn ra sự kiện", "trước khi tổ chức Lễ mít tinh kỷ niệm 20 ngày")),
    Rule("N ngày trước <sự kiện>",
         "[hoàn thành] {NUM:n} ngày trước [(khi diễn ra | khi tổ chức | ngày diễn ra)] {event:ev}",
         c_before_event_days, ("1 ngày trước Lễ mít tinh kỷ niệm",)),
    Rule("trước <sự kiện>", "[hoàn thành] trước {event:ev}", c_before_event, ("Hoàn thành trước sự kiện",)),
    Rule("sau <sự kiện> N ngày", "[hoàn thành] sau {event:ev} {NUM:n} ngày", c_after_event_days,
         ("Hoàn thành sau sự kiện 5 ngày",)),
    Rule("từ <A> đến <B>",
         "[(từ | kể từ | bắt đầu từ | [trong] [khoảng] [thời gian] từ | [trong] các ngày từ | thời điểm từ"
         " | kéo dài từ)]"
         " [{day_half}] [{TIME:st} [,]] {period:a}"
         " (đến [hết] | tới [hết] | -) [{day_half}]"
         " [{TIME:et} [,]] {range_end:b}",
         c_range, ("Từ tháng 6 đến hết tháng 8/2023", "Từ 20/4/2024 - 7/5/2024", "Từ tháng 6/2023 -10/2024",
                   "từ ngày 8-6 đến 13-7", "từ tháng 4 - 6", "kể từ ngày 01/11/2023 đến ngày 31/3/2024",
                   "bắt đầu từ 0 giờ ngày 9/11/2025 đến 24 giờ ngày 18/11/2025")),
    Rule("từ <A> đến hết <sự kiện>", "từ {period:a} (đến | tới | -) [hết] {event:ev}", c_range_to_event,
         ("Từ tháng 6/2023 đến hết sự kiện",)),
    Rule("từ nay đến <B>",
         "(từ nay | từ bây giờ | [bắt đầu] (từ | kể từ) ngày (ban hành | ký) [(kế hoạch | văn bản)] [này])"
         " (đến [(hết | cuối)] | tới [(hết | cuối)] | -) {range_end:b}",
         c_since_now, ("từ nay đến cuối năm 2025", "từ ngày ban hành kế hoạch đến hết ngày 30/6/2024")),
    Rule("trước <sự kiện> N ngày và sau M ngày",
         "trước {event:ev} {NUM:n} ngày và sau [{event}] {NUM:k} ngày", c_event_window,
         ("Trước kỷ niệm 10 ngày và sau kỷ niệm 5 ngày", "Trước lễ mít tinh kỷ niệm 5 ngày và sau 2 ngày")),
    Rule("đã hoàn thành", "đã hoàn thành", c_done, ("Đã hoàn thành (12/4/2023)", "Đã hoàn thành")),
    Rule("<hoạt động> + thời gian", "{label:l} {construct:c}", c_labelled,
         ("Tổng kết tháng 10/2023", "Tổng kết trao giải ngày 10/10/2024", "Triển khai từ quý I/2024")),
    Rule("lời dẫn + thời gian", f"{_LEAD} {{construct:c}}",
         c_pass, ("dự kiến vào tháng 10/2025", "sẽ hoàn thành trước 30/6/2026", "vào khoảng tháng 10/2016")),
    Rule("nhân ngày <tên> D/M", "(nhân ngày | nhân dịp [ngày]) [{prose:w}] [(, | -)] {period:p}", c_occasion,
         ("nhân ngày doanh nhân Việt Nam 13/10", "nhân dịp Ngày Thầy thuốc Việt Nam 27/2/2025")),
    Rule("tại thời điểm <ngày>", "((tại | vào) thời điểm [(, | :)] | thời điểm {prose:w}) {construct:c}",
         c_moment,
         ("tại thời điểm 0 giờ ngày 1-1-2026", "tại thời điểm 0h00 ngày 1/1/2026", "tại thời điểm ngày 31/12/2025",
          "Thời điểm điều tra là 0 giờ ngày 1-4-2019")),
    Rule("trước, trong, sau <sự kiện>", "[thời điểm] trước [,] trong [(, | và)] [và] sau {event:ev}", c_around,
         ("Trước, trong, sau các sự kiện kỷ niệm", "thời điểm trước, trong và sau các sự kiện kỷ niệm")),
    Rule("thời gian diễn ra <sự kiện>", "(thời gian | trong thời gian | trong dịp | dịp) diễn ra {event:ev}",
         c_around, ("Thời gian diễn ra các hoạt động kỷ niệm",)),
    Rule("các tháng diễn ra sự kiện", "[trong] các tháng (diễn ra {event:ev} | có {event:ev} diễn ra)",
         c_event_months, ("Trong các tháng diễn ra các sự kiện", "Xuất bản số các tháng có sự kiện diễn ra")),
    Rule("từng sự kiện", "{event:ev} [theo (kế hoạch | kh)]", c_event_days,
         ("từng sự kiện theo Kế hoạch",)),
    Rule("số báo gần nhất trước <sự kiện>", "[trên] số báo gần nhất trước {event:ev}", c_newspaper,
         ("Trên số báo gần nhất trước ngày diễn ra sự kiện",)),
    Rule("giai đoạn Y1 - Y2", "[trong] giai đoạn {YEAR:a} (- | đến) {YEAR:b}", c_stage, ("Giai đoạn 2021 - 2025",)),
    Rule("Y1 - Y2", "[(từ | trong)] [năm] {YEAR:a} (- | đến [năm] | tới [năm]) {YEAR:b}", c_stage,
         ("2026 - 2030", "2026–2035")),
    Rule("Y (năm trần)", "{YEAR:y}", c_bare_year, ("2026",)),
    Rule("các năm Y1, Y2", "[(trong | vào)] [(các | những)] [năm] {year_list:ys}", c_year_list,
         ("năm 2024, 2025", "trong các năm 2025, 2026")),
    Rule("các tháng M1, M2", "[(trong | vào)] [các] tháng {month_list:ms} [(/ | năm) {YEAR:y}]", c_month_list,
         ("vào tháng 4, 5", "các tháng 10, 11 và 12/2025")),
    Rule("từ <A> trở đi",
         "((từ [thời điểm] | bắt đầu [(từ | vào)] | kể từ | sớm nhất [(là | vào)]) {period:a} [trở đi]"
         " | {period:a} trở đi)", c_open_start,
         ("Từ tháng 9/2028 trở đi", "bắt đầu từ quý I/2026", "kể từ ngày 1/7/2025", "Tháng 10/2024 trở đi")),
    Rule("sau <ngày>", "sau {period:a}", c_after, ("Sau ngày 15/4/2025", "sau tháng 5/2025")),
    Rule("các ngày viết gọn",
         "[(từ | kể từ | bắt đầu từ | các | trong các | trong | vào | vào các)] [ngày] {day_list:ds}", c_day_list,
         ("từ ngày 20-22/11/2025", "các ngày 1, 2/9/2025", "Ngày 3/9 và 4/9/2025", "từ ngày 3 đến 9/10/2025",
          "từ ngày 27-3 đến hết ngày 2-4-2026", "từ ngày 12 - 14 tháng 3", "các ngày 14, 15-8",
          "bắt đầu từ ngày 15 đến hết ngày 25/10/2018")),
    Rule("<tháng>: các ngày", "{month:h} [:] {heading_days:ds}", c_heading_days,
         ("Tháng 7: Ngày 03; 10; 17; 24; 31", "Tháng 1: Thứ 2, ngày 17", "tháng 12/2025: ngày 5 và 19",
          "Tháng 7 Ngày 18 (thứ Năm)")),
    Rule("N ngày, <các ngày>", "[trong [(vòng | thời gian)]] {count:n} ngày [liên tục] [(, | :)] {construct:c}",
         c_duration,
         ("trong 2 ngày 21 và 22 tháng 5 năm 2025", "3 ngày, từ 5/9 đến 7/9/2025", "trong hai ngày 3 và 4-11",
          "trong vòng 30 ngày, từ ngày 1/4 đến 30/4/2021")),
    Rule("N tháng, <khoảng>", "[trong [vòng]] {count:months} tháng [(, | :)] {spans:c}", c_duration,
         ("trong 2 tháng, từ ngày 23/4 đến ngày 23/6", "8 tháng, từ tháng 3 đến tháng 10")),
    Rule("N ngày (<các ngày>)",
         "[(trong [thời gian] | thời gian (tổ chức | thực hiện | diễn ra))] ({count:n} ngày | {count:months} tháng)"
         " {OPEN} ({construct:c} | {periods:c}) {CLOSE}",
         c_duration, ("trong thời gian 04 ngày (từ 10 - 13/5)", "08 tháng (từ tháng 3 đến tháng 10)",
                      "02 tháng (tháng 4 và tháng 8)", "1 ngày (2-9)")),
    Rule("đợt N", f"({_PHASES}) {{NUM:n}} [(, | :)] {{construct:c}}", c_phase,
         ("Đợt 1, từ 1/3/2025 đến 15/3/2025", "Giai đoạn 1: từ tháng 1 đến tháng 3/2026")),
    Rule("đợt N (ngày trong ngoặc)", f"({_PHASES}) {{NUM:n}}", c_phase_later,
         ("Đợt 2 (từ 1/9 đến 15/9/2025)", "Giai đoạn 1 (từ ngày 5/1/2026 đến hết ngày 31/3/2026)")),
    Rule("giờ + ngày",
         f"[(vào | từ | kể từ | bắt đầu [(từ | vào)])] [lúc] {{TIME:t}} [{{day_half:half}}] [(mai | nay | hôm nay)]"
         f" {_ON_DAY} {{on_days:p}}", c_timed,
         ("20h ngày 2/9/2025", "vào lúc 14 giờ 30, ngày 12/6/2025", "8 giờ tối ngày 2/9/2025", "8g45 ngày 5/9/2025",
          "lúc 20 giờ đêm 26.7", "Kể từ 07 giờ 00 phút ngày 15/9/2022")),
    Rule("từ giờ đến giờ + ngày",
         f"[từ] [lúc] {{TIME:t}} (đến | tới | -) [lúc] {{TIME:t2}} [{{day_half:half}}] {_ON_DAY} {{on_days:p}}",
         c_timed_range, ("từ 13h30 đến 16h ngày 5/9/2025", "Từ 7h30’ đến 17h00’ các ngày 06, 07/4/2017")),
    Rule("ngày + giờ",
         "[vào] [ngày] {on_days:p} [(, | - | :)] [(vào | từ | bắt đầu [(từ | vào)])] [lúc] {TIME:t}"
         " [(đến | tới | -) [lúc] {TIME:t2}]"
         " [{day_half:half}]", c_day_then_time, ("Ngày 14 tháng Giêng, từ 21h - 21h30", "ngày 5/9/2025, lúc 14h")),
    Rule("hạn chót giờ + ngày",
         f"[(hoàn thành | xong)] {_BEFORE} [lúc] {{TIME:t}} [{{day_half:half}}] {_ON_DAY} {{period:p}}",
         c_timed_deadline, ("đến 16 giờ ngày 5/9/2025", "trước 17h00 ngày 20/10/2025")),
    Rule("giờ không có ngày",
         "[(vào | từ | bắt đầu [(từ | vào)])] [buổi] [{day_half}] [:] [(từ | vào)] [lúc] {TIME:t} [(đến | -) {TIME}]"
         " [{day_half}]",
         c_undated,
         ("07 giờ 35", "vào lúc 8h30", "Buổi sáng: Từ 7h30’ đến 11h30’")),
    Rule("buổi + ngày",
         f"[vào] [buổi] {{day_half:half}} [(mai | nay | hôm nay)] {_ON_DAY} {{on_days:p}}", c_part_of_day,
         ("Sáng ngày 15/3/2025", "chiều 28/8", "vào tối 8-6", "chiều mai 8/11",
          "vào sáng ngày 05 và 06 tháng 12 năm 2019")),
    Rule("hôm nay (<ngày>)",
         "[vào] [buổi] [lúc] [{TIME:t}] [{day_half:half}] (hôm nay | ngày mai | nay | mai)"
         " ({OPEN} {period:p} {CLOSE} | [,] {period:p})", c_relative_day,
         ("hôm nay (4/12)", "Sáng nay (17-11)", "vào 20h hôm nay (12/11)", "ngày mai, 3-5-2018")),
    Rule("<ngày> tới / vừa qua", f"{{near_ahead}} {{near:c}} ({_alternatives(UPCOMING_WORDS + PAST_WORDS)})", c_near,
         ("Ngày 1.3 tới", "từ ngày 10.7 tới", "vào ngày 19-5 vừa qua", "vào ngày 1 và 2-9 tới")),
    Rule("lịch lặp lại", "{repeating:r}", c_repeat,
         ("trước ngày 15/3 hằng năm", "ngày 10 và 25 hằng tháng", "thứ Hai hằng tuần",
          "trước ngày 18 của tháng cuối mỗi quý", "Định kỳ 6 tháng", "Hằng năm")),
    Rule("lịch lặp lại trong <khoảng>",
         "({repeat_ahead} {bounds:b} [,] [vào] {repeating:r} | {repeating:r} [,] [trong] {bounds:b})",
         c_repeat_bounded, ("từ ngày 31/05 - 12/07/2025 vào thứ 7 hàng tuần", "Hằng năm, giai đoạn 2026 - 2030")),
    Rule("lịch lặp lại từ <ngày>", "{repeating:r} [,] (kể từ | bắt đầu từ | từ) {period:a}", c_repeat_from,
         ("Vào các ngày thứ 7, chủ nhật kể từ ngày 12/8/2023", "ngày 10 và 25 hằng tháng, từ tháng 9/2023")),
    Rule("thường xuyên, theo yêu cầu …", "{undated:u}", c_undated_words,
         ("Thường xuyên", "Thực hiện thường xuyên, lồng ghép trong các hoạt động", "Theo yêu cầu của Ban Thường vụ",
          "các năm tiếp theo")),
    Rule("lời văn quanh mốc thời gian", "{prose:w}", c_prose,
         ("gửi báo cáo về Bộ Thông tin và Truyền thông trước ngày 15/12/2023",
          "Phiên thứ nhất, từ ngày 24.4 – 28.4.2021", "thực hiện một số mục tiêu quan trọng trong năm 2023",
          "triển khai cấp thẻ Căn cước từ ngày 1-7-2024 trên toàn quốc")),
)

# What a rule reads inside it ({construct}): every construct but prose, which stands only beside
# the parts of a cell.
INNER = tuple(r for r in CONSTRUCTS if r.build is not c_prose)

# What a repeating schedule repeats, written before "hằng năm" (the rules above, by name; not
# "construct" itself, which would read the schedule again at the same place).
TEMPLATES = tuple(r for r in CONSTRUCTS if r.name in (
    "một khoảng thời gian", "hoàn thành trong <khoảng>", "trước <ngày>", "chậm nhất <ngày>", "từ <A> đến <B>",
    "các ngày viết gọn", "giờ + ngày", "từ giờ đến giờ + ngày", "hạn chót giờ + ngày", "buổi + ngày"))

# The deadlines a named work may be done by ("hoàn thành hồ sơ trước ngày 15/12/2025"; the rules above, by name).
DEADLINES = tuple(r for r in CONSTRUCTS if r.name in (
    "trước <ngày>", "chậm nhất <ngày>", "đến hết <khoảng>", "hạn chót giờ + ngày"))

# What a number of months may stand before: whole spans, not an open start ("trong 4 tháng, bắt đầu từ tháng 9"
# says a start, not the window it implies; the rules above, by name).
SPANS = tuple(r for r in CONSTRUCTS if r.name in ("một khoảng thời gian", "từ <A> đến <B>", "các ngày viết gọn"))

# What "tới", "vừa qua" may follow: days and spans of days (the rules above, by name; not "construct",
# which holds the rule "<ngày> tới / vừa qua" itself).
NEAR = tuple(r for r in CONSTRUCTS if r.name in (
    "một khoảng thời gian", "từ <A> đến <B>", "các ngày viết gọn", "từ <A> trở đi", "giờ + ngày", "buổi + ngày"))

# What bounds a repeating schedule written in the cell: a range (the rules above, by name).
BOUNDS = tuple(r for r in CONSTRUCTS if r.name in ("từ <A> đến <B>", "giai đoạn Y1 - Y2", "Y1 - Y2",
                                                   "các ngày viết gọn"))

# "Quý IV/2025 và Quý I/2026": periods written one after another (for "thời gian hoàn thành").
PERIOD_LISTS = (
    Rule("các khoảng", "{period:p} [(và | ,) {period:q}] [(và | ,) {period:r}]",
         lambda m: tuple(span_draft(Kind.WINDOW, p, describe(p)) for p in (m["p"], m.get("q"), m.get("r")) if p)),
)

ON_DAYS = (
    Rule("một ngày", "{period:p}", lambda m: m["p"]),
    Rule("các ngày", "{day_list:ds}", c_day_list),
)

RULES = CONSTRUCTS + REPEATS + PERIODS + RANGE_ENDS[len(PERIODS):]

# What rules read before a "(" they spell: such a parenthesis gives the dates of the words before it
# ("Định kỳ hằng năm (trước ngày 30 tháng 11)") and is read in place, by those rules
# (parser.inline_groups), not set aside as a remark.
# Lead words may stand before such words ("dự kiến diễn ra trong 2 ngày (26 - 27/6/2025)").
INLINE_LEAD = compile_pattern(_LEAD)
INLINE_HEADS = tuple(head for rule in RULES if (head := head_before(rule.compiled, "OPEN")) is not None)

TABLES = {
    "period": PERIODS,
    "month": MONTHS,
    "quarter": QUARTERS,
    "range_end": RANGE_ENDS,
    "part": CONSTRUCTS,
    "construct": INNER,
    "event": match_event,
    "label": match_label,
    "day_list": match_day_list,
    "day_half": match_day_half,
    "day_end": DAY_ENDS,
    "day_month": match_day_month,
    "count": match_count,
    "lunar_day": match_lunar_day,
    "lunar_month": match_lunar_month,
    "tet": match_tet,
    "weekday": match_weekday,
    "weekdays": match_weekday_list,
    "repeat": match_repeat,
    "repeating": REPEATS,
    "month_days": match_month_days,
    "heading_days": match_heading_days,
    "month_list": match_month_list,
    "year_list": match_year_list,
    "undated": match_undated,
    "on_days": ON_DAYS,
    "bounds": BOUNDS,
    "periods": PERIOD_LISTS,
    "template": TEMPLATES,
    "near": NEAR,
    "near_ahead": match_near_ahead,
    "spans": SPANS,
    "deadline": DEADLINES,
    "repeat_ahead": match_repeat_ahead,
    "prose": match_prose,
}

# The context the rules' examples are written against (the docs and the test
# suite resolve every example with it): two section events and a named rally.
EXAMPLE_CONTEXT = ResolveContext(
    year=2023,
    start=dt.date(2023, 5, 30),
    events=(
        Event("ky-niem-a", "Kỷ niệm 20 năm thành lập", date=dt.date(2024, 1, 1), status=EventStatus.CONFIRMED),
        Event("ky-niem-b", "Kỷ niệm 75 năm thành lập Đảng bộ", date=dt.date(2024, 10, 10),
              status=EventStatus.CONFIRMED),
        Event("le-mit-tinh", "Lễ mít tinh kỷ niệm", date=dt.date(2024, 1, 3), status=EventStatus.ESTIMATED),
    ),
    section_events=("ky-niem-a", "ky-niem-b"),
)
