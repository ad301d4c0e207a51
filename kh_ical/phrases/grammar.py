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
from typing import Iterator

from dateutil.rrule import rrulestr

from kh_ical.errors import PhraseError
from kh_ical.model import Event, EventStatus, Kind
from kh_ical.phrases import periods as P
from kh_ical.phrases.context import Draft, EventRef, ResolveContext, same_object_memo
from kh_ical.phrases.lexicon import AROUND_EVENT_DAYS, DAY_HALF_WORDS, LABEL_PHRASES, ROMAN, SECTION_REF
from kh_ical.phrases.patterns import First, Input, Match, Rule, compile_pattern, first_of, starts
from kh_ical.phrases.periods import Period, fmt_span, plus_days
from kh_ical.phrases.tokens import Token, prepare, tokenize
from kh_ical.text import match_key, vn_date

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


def split_period_year(tok: Token) -> tuple[str, int]:
    """"IV/ 2023" → ("iv", 2023); "8/2023" → ("8", 2023)."""
    left, _, right = tok.text.partition("/")
    return left.strip().casefold(), int(right)


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


def describe(p: Period) -> str:
    return f"{p.text}: {fmt_span(p.start, p.end)}"


def event_day(ev: Event) -> str:
    """"Kỷ niệm 20 năm … (1/1/2024)", with the caveat of an estimated date."""
    caveat = ", ngày dự kiến" if ev.status.value == "estimated" else ""
    assert ev.date is not None
    return f"{ev.name} ({vn_date(ev.date)}{caveat})"


# --- periods -----------------------------------------------------------------


def p_date(m: Match) -> Period:
    d, mo, y = (int(x) for x in re.split(r"\s*[/.\-]\s*", m["d"].text))
    return checked(m, P.day, y, mo, d, m.text)


def p_day_words(m: Match) -> Period:
    y, inferred = year_of(m)
    return checked(m, P.day, y, int(m["mo"].text), int(m["d"].text), m.text, inferred)


def p_day_month(m: Match) -> Period:
    d, mo = (int(x) for x in m["dm"].text.split("/"))
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
    def build(m: Match) -> Period:
        if m["n"].text.lstrip("0") != "6":
            raise fail(m, "chỉ đọc được “6 tháng đầu/cuối năm”", (m["n"],))
        y, inferred = year_of(m)
        return checked(m, P.half, y, second, m.text, inferred)

    return build


def p_part_of_month(part: str):
    return lambda m: P.part_of_month(m["p"], part, m.text)


MONTHS = (
    Rule("tháng M/Y", "(tháng | t) {PERIODYEAR:my}", p_month_slash, ("Tháng 12/2023", "T8/2023", "tháng 01/2024")),
    Rule("tháng M năm Y", "(tháng | t) {NUM:mo} [năm {YEAR:y}]", p_month_words, ("Tháng 8 năm 2023",)),
)

PERIODS = (
    Rule("ngày D/M/Y", "[ngày] {DATE:d}", p_date, ("12/4/2023", "ngày 12-4-2023", "12.4.2023")),
    Rule(
        "ngày D tháng M năm Y",
        "ngày {NUM:d} tháng {NUM:mo} [năm {YEAR:y}]",
        p_day_words,
        ("ngày 12 tháng 4 năm 2023",),
    ),
    Rule("ngày D/M (năm suy ra)", "[ngày] {DAYMONTH:dm}", p_day_month, ("Ngày 3/9",)),
    *MONTHS,
    Rule("quý Q/Y", "quý {PERIODYEAR:qy}", p_quarter_slash, ("Quý IV/2023", "quý 4/2023", "Quý II/ 2027")),
    Rule(
        "quý Q năm Y",
        "quý ({WORD:q} | {NUM:q}) [[/] [năm] {YEAR:y}]",
        p_quarter_words,
        ("Quý II năm 2023", "Quý III2027"),
    ),
    Rule("năm Y", "năm {YEAR:y}", p_year, ("năm 2024",)),
    Rule("6 tháng đầu năm", "{NUM:n} tháng đầu năm [{YEAR:y}]", p_half(False), ("6 tháng đầu năm 2024",)),
    Rule("6 tháng cuối năm", "{NUM:n} tháng cuối năm [{YEAR:y}]", p_half(True), ("6 tháng cuối năm 2024",)),
    Rule("đầu tháng", "đầu {month:p}", p_part_of_month("đầu"), ("đầu tháng 3/2025",)),
    Rule("giữa tháng", "giữa {month:p}", p_part_of_month("giữa"), ("giữa tháng 9/2025",)),
    Rule("cuối tháng", "cuối {month:p}", p_part_of_month("cuối"), ("cuối tháng 11/2025",)),
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
)


def complete_end(m: Match, start: Period, end) -> Period:
    """A bare "10/2024" after "tháng 6/2023 -" is a month; after a quarter, a quarter."""
    if isinstance(end, Period):
        return end
    _, em = end
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
        if best < len(inp.tokens) and (inp.tokens[best].kind == "COMMA" or inp.tokens[best].key == _VA):
            for j, more in inp.nonterminal("event", best + 1):
                if more.named:
                    ids2 = tuple(dict.fromkeys((ids[0], *more.ids)))
                    yield j, EventRef(ids2, inp.text(i, j), True, (span[0], more.span[1]))
        return
    for j, _ in _SECTION_REF.match(inp, i):
        span = (inp.tokens[i].start, inp.tokens[j - 1].end)
        yield j, EventRef(tuple(env.section_events), inp.text(i, j), False, span)


_LABEL_KEYS = sorted((tuple(match_key(p).split()) for p in LABEL_PHRASES), key=len, reverse=True)


_DOT = match_key("đợt")


def phase_name(tokens: list[Token], j: int) -> int:
    """Length of "đợt 2", "đợt 2-2019", "đợt 2/2019" at j: a phase name, not a month."""
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
    when they follow an activity ("Tổng kết đợt 2-2019")."""
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


def match_rest(inp: Input, i: int) -> Iterator[tuple[int, str]]:
    """Free words after "theo yêu cầu …", up to the end of the part."""
    j = i
    while j < len(inp.tokens) and inp.tokens[j].kind not in ("SEMI",):
        j += 1
    yield j, inp.text(i, j)


_VA = match_key("và")
DAY_HALVES = {match_key(w): pm for w, pm in DAY_HALF_WORDS.items()}


@starts(First(words=frozenset(DAY_HALVES)))
def match_day_half(inp: Input, i: int) -> Iterator[tuple[int, Token]]:
    """"sáng", "trưa", "chiều", "tối": the token, for its meaning and its text."""
    if i < len(inp.tokens) and inp.tokens[i].kind == "WORD" and inp.tokens[i].key in DAY_HALVES:
        yield i + 1, inp.tokens[i]


_DAY_KINDS = ("NUM", "DAYMONTH", "DATE")


@starts(First(kinds=frozenset(_DAY_KINDS)))
def match_day_list(inp: Input, i: int) -> Iterator[tuple[int, tuple]]:
    """Days of one month in a row: "20-22/11/2025", "1, 2/9/2025", "3/9 và 4/9",
    "3-4/9". The last one carries the month (and maybe the year)."""
    toks, items, j = inp.tokens, [], i
    while j < len(toks) and toks[j].kind in _DAY_KINDS:
        items.append(toks[j])
        j += 1
        if items[-1].kind == "DATE":
            break
        joined = j + 1 < len(toks) and (toks[j].kind in ("COMMA", "DASH") or toks[j].key == _VA)
        if not (joined and toks[j + 1].kind in ("NUM", "DAYMONTH", "DATE")):
            break
        items.append(toks[j])
        j += 1
    if len([t for t in items if t.kind in ("NUM", "DAYMONTH", "DATE")]) >= 2 and items[-1].kind != "NUM":
        yield j, tuple(items)


# --- constructs ----------------------------------------------------------------


def span_draft(kind: Kind, p: Period, basis: str, **kw) -> Draft:
    start = p.end if kind is Kind.DEADLINE else p.start
    return Draft(kind, span=(start, p.end), basis=basis, approximate=p.approximate, **kw)


def c_period(m: Match) -> Draft:
    p = m["p"]
    return span_draft(Kind.DAY if p.grain == "day" else Kind.WINDOW, p, describe(p))


def c_complete_in(m: Match) -> Draft:
    p = m["p"]
    return span_draft(Kind.DEADLINE, p, f"hoàn thành trong {p.text}: hạn chót ngày cuối, {vn_date(p.end)}",
                      verb="Hoàn thành")


def c_before(m: Match) -> Draft:
    p: Period = m["p"]
    d = checked(m, plus_days, p.start, -1)
    verb = "Hoàn thành" if starts_with(m, "hoàn thành") else None
    return Draft(Kind.DEADLINE, span=(d, d), basis=f"trước {p.text}: hạn chót là ngày liền trước, {vn_date(d)}",
                 approximate=p.approximate, verb=verb)


def c_latest(m: Match) -> Draft:
    p = m["p"]
    return span_draft(Kind.DEADLINE, p, f"chậm nhất {p.text}: hạn chót {vn_date(p.end)}")


def c_until_end(m: Match) -> Draft:
    p = m["p"]
    verb = "Hoàn thành" if starts_with(m, "hoàn thành") else None
    return span_draft(Kind.DEADLINE, p, f"đến hết {p.text}: hạn chót {vn_date(p.end)}", verb=verb)


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


def c_range(m: Match) -> Draft:
    a: Period = m["a"]
    b = complete_end(m, a, m["b"])
    if a.start > b.end and a.year_inferred:  # "từ tháng 12 đến tháng 2/2024"
        a = checked(m, a.shift_years, -1)
    if a.start > b.end:
        raise fail(m, "khoảng thời gian kết thúc trước khi bắt đầu")
    return Draft(Kind.WINDOW, span=(a.start, b.end), basis=f"từ {a.text} đến hết {b.text}: {fmt_span(a.start, b.end)}",
                 approximate=a.approximate or b.approximate)


def c_range_to_event(m: Match) -> Draft:
    a: Period = m["a"]

    def anchor(ev: Event):
        assert ev.date is not None
        return a.start, ev.date, f"từ {a.text} đến hết {event_day(ev)}"

    return Draft(Kind.WINDOW, ref=m["ev"], anchor=anchor)


def c_done(m: Match) -> Draft:
    return Draft(Kind.UNDATED, done=True, wants_date=True, note=m.text)


def c_labelled(m: Match) -> tuple[Draft, ...]:
    value = m["c"]
    drafts = value if isinstance(value, tuple) else (value,)
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
            first = start or dt.date(ev.date.year - 1, 1, 1)
            issue = rrulestr(rule, dtstart=dt.datetime.combine(first, dt.time())).before(
                dt.datetime.combine(ev.date, dt.time()), inc=False)
            if issue is not None:
                d = issue.date()
                return d, d, f"số báo cuối cùng trước {event_day(ev)} theo lịch ra báo"
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
                 basis=f"bắt đầu từ {a.text}: ngày đầu tiên, {vn_date(a.start)}")


def c_day_list(m: Match) -> tuple[Draft, ...]:
    """Days of one month: consecutive ones make one window, others one day each."""
    toks = m["ds"]
    last = toks[-1]
    if last.kind == "DATE":
        d_last, mo, y = (int(x) for x in re.split(r"\s*[/.\-]\s*", last.text))
    else:
        d_last, mo = (int(x) for x in last.text.split("/"))
        y = m.env.year_after(last.end)
    last_day = checked(m, P.day, y, mo, d_last, last.text).start
    days: list[dt.date] = []
    for k, tok in enumerate(toks[:-1]):
        if tok.kind in ("NUM", "DAYMONTH"):
            d, _, mo_k = tok.text.partition("/")
            day = checked(m, P.day, y, int(mo_k or mo), int(d), tok.text)
            if k + 1 < len(toks) and toks[k + 1].kind == "DASH":  # "20-22/11": every day between
                days += [plus_days(day.start, n) for n in range((last_day - day.start).days)]
            else:
                days.append(day.start)
    days.append(last_day)
    days = sorted(set(days))
    if all((b - a).days == 1 for a, b in pairwise(days)):
        return (Draft(Kind.WINDOW, span=(days[0], days[-1]), basis=f"{m.text}: {fmt_span(days[0], days[-1])}"),)
    return tuple(Draft(Kind.DAY, span=(d, d), basis=f"{m.text}: {vn_date(d)}") for d in days)


def c_phase(m: Match) -> tuple[Draft, ...]:
    value = m["c"]
    drafts = value if isinstance(value, tuple) else (value,)
    return tuple(replace(d, label=f"Đợt {int(m['n'].text)}") for d in drafts)


def parse_time(m: Match) -> dt.time:
    """"14 giờ 30" → 14:30; "8h tối" → 20:00 ("chiều", "tối" after 12)."""
    hour, minute = (int(x) for x in (re.findall(r"\d+", m["t"].text) + ["0"])[:2])
    half = m.get("half")
    if half is not None and DAY_HALVES[half.key] and hour < 12:
        hour += 12
    if hour > 23 or minute > 59:
        raise fail(m, "giờ không có thật", (m["t"],))
    return dt.time(hour, minute)


def c_timed(m: Match) -> Draft:
    p: Period = m["p"]
    if p.grain != "day":
        raise fail(m, "giờ phải đi với một ngày cụ thể")
    t = parse_time(m)
    return Draft(Kind.DAY, span=(p.start, p.start), time=t, basis=f"{t:%H:%M} ngày {vn_date(p.start)}")


def c_part_of_day(m: Match) -> Draft:
    p: Period = m["p"]
    if p.grain != "day":
        raise fail(m, "buổi phải đi với một ngày cụ thể")
    word = m["half"].text
    return Draft(Kind.DAY, span=(p.start, p.start), note=word[:1].upper() + word[1:].casefold(), basis=describe(p))


def c_undated(m: Match) -> Draft:
    return Draft(Kind.UNDATED, note=m.text)


CONSTRUCTS = (
    Rule("một khoảng thời gian", "[(trong | vào)] {period:p}", c_period,
         ("Quý II/2023", "Tháng 12/2023", "Trong tháng 11/2023", "Năm 2024", "vào năm 2025")),
    Rule("hoàn thành trong <khoảng>", "hoàn thành [(trong | vào)] {period:p}", c_complete_in,
         ("Hoàn thành trong quý IV/2023", "Hoàn thành tháng 11/2023", "Hoàn thành trong năm 2025")),
    Rule("trước <ngày>", "[hoàn thành] trước {period:p}", c_before,
         ("Hoàn thành trước ngày 10/8/2023", "Hoàn thành trước 15/11/2023", "Trước năm 2027")),
    Rule("chậm nhất <ngày>", "[hoàn thành] (chậm nhất [(đến | trong | vào)] | hạn chót [là]) {period:p}", c_latest,
         ("chậm nhất ngày 20/9/2025", "Hạn chót 15/10/2025")),
    Rule("đến hết <khoảng>", "[hoàn thành] đến hết {period:p}", c_until_end, ("đến hết năm 2026",)),
    Rule("trước <sự kiện> N ngày", "[hoàn thành] trước {event:ev} {NUM:n} ngày", c_before_event_days,
         ("Hoàn thành trước sự kiện 10 ngày", "trước Lễ mít tinh kỷ niệm 01 ngày")),
    Rule("trước <sự kiện>", "[hoàn thành] trước {event:ev}", c_before_event, ("Hoàn thành trước sự kiện",)),
    Rule("sau <sự kiện> N ngày", "[hoàn thành] sau {event:ev} {NUM:n} ngày", c_after_event_days,
         ("Hoàn thành sau sự kiện 5 ngày",)),
    Rule("từ <A> đến <B>", "[(từ | trong thời gian từ)] {period:a} (đến [hết] | tới [hết] | -) {range_end:b}",
         c_range, ("Từ tháng 6 đến hết tháng 8/2023", "Từ 20/4/2024 - 7/5/2024", "Từ tháng 6/2023 -10/2024")),
    Rule("từ <A> đến hết <sự kiện>", "từ {period:a} (đến | tới | -) [hết] {event:ev}", c_range_to_event,
         ("Từ tháng 6/2023 đến hết sự kiện",)),
    Rule("trước <sự kiện> N ngày và sau M ngày",
         "trước {event:ev} {NUM:n} ngày và sau [{event}] {NUM:k} ngày", c_event_window,
         ("Trước kỷ niệm 10 ngày và sau kỷ niệm 5 ngày", "Trước lễ mít tinh kỷ niệm 5 ngày và sau 2 ngày")),
    Rule("đã hoàn thành", "đã hoàn thành", c_done, ("Đã hoàn thành (12/4/2023)", "Đã hoàn thành")),
    Rule("<hoạt động> + thời gian", "{label:l} {construct:c}", c_labelled,
         ("Tổng kết tháng 10/2023", "Tổng kết trao giải ngày 10/10/2024", "Triển khai từ quý I/2024")),
    Rule("trước, trong, sau <sự kiện>", "trước [,] trong [(, | và)] [và] sau {event:ev}", c_around,
         ("Trước, trong, sau các sự kiện kỷ niệm",)),
    Rule("thời gian diễn ra <sự kiện>", "(thời gian | trong thời gian | trong dịp | dịp) diễn ra {event:ev}",
         c_around, ("Thời gian diễn ra các hoạt động kỷ niệm",)),
    Rule("các tháng diễn ra sự kiện", "[trong] các tháng (diễn ra {event:ev} | có {event:ev} diễn ra)",
         c_event_months, ("Trong các tháng diễn ra các sự kiện", "Xuất bản số các tháng có sự kiện diễn ra")),
    Rule("từng sự kiện", "{event:ev} [theo (kế hoạch | kh)]", c_event_days,
         ("từng sự kiện theo Kế hoạch",)),
    Rule("số báo gần nhất trước <sự kiện>", "[trên] số báo gần nhất trước {event:ev}", c_newspaper,
         ("Trên số báo gần nhất trước ngày diễn ra sự kiện",)),
    Rule("giai đoạn Y1 - Y2", "[trong] giai đoạn {YEAR:a} (- | đến) {YEAR:b}", c_stage, ("Giai đoạn 2021 - 2025",)),
    Rule("từ <A> trở đi", "(từ | bắt đầu từ | kể từ) {period:a} [trở đi]", c_open_start,
         ("Từ tháng 9/2028 trở đi", "bắt đầu từ quý I/2026")),
    Rule("các ngày liền nhau", "[(từ | các | trong các)] [ngày] {day_list:ds}", c_day_list,
         ("từ ngày 20-22/11/2025", "các ngày 1, 2/9/2025", "Ngày 3/9 và 4/9/2025")),
    Rule("đợt N", "đợt {NUM:n} [(, | :)] {construct:c}", c_phase, ("Đợt 1, từ 1/3/2025 đến 15/3/2025",)),
    Rule("giờ + ngày", "[vào] [lúc] {TIME:t} [{day_half:half}] [,] [ngày] {period:p}", c_timed,
         ("20h ngày 2/9/2025", "vào lúc 14 giờ 30, ngày 12/6/2025", "8 giờ tối ngày 2/9/2025")),
    Rule("buổi + ngày", "{day_half:half} [ngày] {period:p}", c_part_of_day,
         ("Sáng ngày 15/3/2025", "chiều 28/8")),
    Rule("thường xuyên", "[duy trì] thường xuyên", c_undated, ("Thường xuyên", "duy trì thường xuyên")),
    Rule("theo yêu cầu …", "(theo yêu cầu | theo lộ trình | trong quá trình thực hiện | theo chỉ đạo) {rest}",
         c_undated, ("Theo yêu cầu của Ban Thường vụ Tỉnh ủy", "Trong quá trình thực hiện Kế hoạch")),
)

RULES = CONSTRUCTS + PERIODS + RANGE_ENDS[len(PERIODS):]

TABLES = {
    "period": PERIODS,
    "month": MONTHS,
    "range_end": RANGE_ENDS,
    "construct": CONSTRUCTS,
    "event": match_event,
    "label": match_label,
    "rest": match_rest,
    "day_list": match_day_list,
    "day_half": match_day_half,
}

# The context the rules' examples are written against (the docs and the test
# suite resolve every example with it): two section events and a named rally.
EXAMPLE_CONTEXT = ResolveContext(
    year=2023,
    events=(
        Event("ky-niem-a", "Kỷ niệm 20 năm thành lập", date=dt.date(2024, 1, 1), status=EventStatus.CONFIRMED),
        Event("ky-niem-b", "Kỷ niệm 75 năm thành lập Đảng bộ", date=dt.date(2024, 10, 10),
              status=EventStatus.CONFIRMED),
        Event("le-mit-tinh", "Lễ mít tinh kỷ niệm", date=dt.date(2024, 1, 3), status=EventStatus.ESTIMATED),
    ),
    section_events=("ky-niem-a", "ky-niem-b"),
)
