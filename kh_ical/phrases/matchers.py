"""Hand-written nonterminals: what the pattern language cannot say.

Each reads tokens from a position and yields (end, value) like a rule table
(`patterns.Input.nonterminal`): words written without spaces ("19-5"), lists
joined by "," and "và", lunar dates, weekdays, how often a schedule repeats,
undated words up to the next date, days written once for a range. The
vocabulary they use is in `lexicon.py`; `grammar.py` builds on them.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterator

from kh_ical import lunar
from kh_ical.errors import PhraseError
from kh_ical.phrases import periods as P
from kh_ical.phrases import repeat as R
from kh_ical.phrases.context import dated, drafts_of, same_object_memo
from kh_ical.phrases.lexicon import (
    AIM_WORDS,
    DATE_CHANGERS,
    DAY_HALF_WORDS,
    LUNAR_MARKS,
    LUNAR_MONTH_NAMES,
    NOT_TIME_WORDS,
    NUMBER_NAMES,
    NUMBER_WORDS,
    NUMBERED_WORDS,
    PAST_WORDS,
    PLAIN_WORDS,
    REPEAT_WORDS,
    SECTION_REF,
    SUNDAY,
    TIME_WORDS,
    UNDATED_LEADS,
    UNDATED_VERBS,
    UPCOMING_WORDS,
    WEEKDAY_NAMES,
    WEEKDAY_NUMBERS,
    YEAR_NAMES,
)
from kh_ical.phrases.patterns import First, Input, compile_pattern, spelled, starts
from kh_ical.phrases.periods import Period, plus_days
from kh_ical.phrases.tokens import Token, numbers, tokenize
from kh_ical.text import match_key

VA = match_key("và")


def split_period_year(tok: Token) -> tuple[str, int]:
    """"IV/ 2023" → ("iv", 2023); "8/2023", "8-2023" → ("8", 2023)."""
    left, right = re.split(r"\s*[/.\-]\s*", tok.text, maxsplit=1)
    return left.strip().casefold(), int(right)


def _adjacent(toks: list[Token], i: int, j: int) -> bool:
    """Tokens i..j written with no space between them ("19-5", "5.6")."""
    return all(toks[k].end == toks[k + 1].start for k in range(i, j))


@starts(First(kinds=frozenset({"NUM"})))
def match_day_month(inp: Input, i: int) -> Iterator[tuple[int, Period]]:
    """"19-5", "5.6", "31.05": a day and a month joined without spaces, no year
    (the next year written, else the plan's). "20-22" (22 is no month) is not one."""
    toks = inp.tokens
    if i + 2 >= len(toks) or toks[i].kind != "NUM" or toks[i + 1].kind not in ("DASH", "DOT") \
            or toks[i + 2].kind != "NUM" or not _adjacent(toks, i, i + 2):
        return
    d, mo = int(toks[i].text), int(toks[i + 2].text)
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return
    nxt = toks[i + 3] if i + 3 < len(toks) else None
    if nxt is not None and nxt.kind in ("DASH", "DOT", "SLASH") and nxt.start == toks[i + 2].end:
        after = toks[i + 4] if i + 4 < len(toks) else None
        if nxt.kind == "SLASH" or nxt.kind == toks[i + 1].kind and after is not None and after.kind in ("NUM", "YEAR"):
            return  # "1.2.3", "10.10. 2025": not a day and a month
        # else the dash of a range ("12.3-30.4") or the full stop of a sentence ("… 10.9 - 10.10.")
    text = inp.text(i, i + 3)
    y = inp.env.year_after(toks[i + 2].end)
    try:
        period = P.day(y, mo, d, text, inferred=True)
    except ValueError:
        raise PhraseError(inp.env.text, [(toks[i].start, toks[i + 2].end)], "ngày tháng không có thật") from None
    yield i + 3, period


_LUNAR_MARKS = [tuple(match_key(w).split()) for w in LUNAR_MARKS]
_LUNAR_NAMES = {match_key(k): v for k, v in LUNAR_MONTH_NAMES.items()}
_RAM, _MUNG = match_key("rằm"), {match_key("mùng"), match_key("mồng")}
_TET, _NGUYEN_DAN = match_key("tết"), tuple(match_key("nguyên đán").split())
# Words that make a date lunar: the marks ("âm lịch", "ÂL"), and with the months' names and "rằm",
# every word that says a phrase is in the lunar calendar.
LUNAR_MARK_KEYS = frozenset(k for mark in _LUNAR_MARKS for k in mark)
LUNAR_KEYS = LUNAR_MARK_KEYS | frozenset(_LUNAR_NAMES) | {_RAM}
_THANG, _NGAY, _NAM, _NHUAN = (match_key(w) for w in ("tháng", "ngày", "năm", "nhuận"))


def _lunar_mark(toks: list[Token], j: int) -> int:
    """Length of "âm lịch" / "ÂL" at j, else 0."""
    keys = tuple(t.key if t.kind == "WORD" else "" for t in toks[j : j + 2])
    return next((len(m) for m in _LUNAR_MARKS if keys[: len(m)] == m), 0)


def _lunar_month_at(toks: list[Token], j: int, tet: bool = False) -> tuple[int, int, bool, bool] | None:
    """"tháng Giêng", "tháng 3", "tháng 3 nhuận" at j: (end, month, leap, named). "Tết" ("mùng 4 Tết",
    "mồng 2 Tết Nguyên đán") is the first lunar month, by name, after a day only (`tet`; match_lunar_day
    reads "30 Tết" as the last days of the twelfth): "Tết" alone is no month."""
    if tet and j < len(toks) and toks[j].key == _TET:
        end = j + 1
        if word_keys(toks, end, 2) == list(_NGUYEN_DAN):
            end += 2
        return end, 1, False, True
    if j + 1 >= len(toks) or toks[j].key != _THANG:
        return None
    tok = toks[j + 1]
    if tok.kind == "WORD" and tok.key in _LUNAR_NAMES:
        month, named = _LUNAR_NAMES[tok.key], True
    elif tok.kind == "NUM" and 1 <= int(tok.text) <= 12:
        month, named = int(tok.text), False
    else:
        return None
    end, leap = j + 2, False
    if end < len(toks) and toks[end].key == _NHUAN:
        end, leap = end + 1, True
    return end, month, leap, named


def _lunar_tail(inp: Input, j: int) -> tuple[int, int, bool]:
    """What may follow a lunar month: "năm 2025" (its lunar year) and "âm lịch", in
    either order: (end, lunar year, whether "âm lịch" was written)."""
    toks = inp.tokens
    mark = _lunar_mark(toks, j)
    j += mark
    year = None
    if j + 1 < len(toks) and toks[j].key == _NAM and toks[j + 1].kind == "YEAR":
        year, j = int(toks[j + 1].text), j + 2
    elif j + 2 < len(toks) and toks[j].key == _NAM and (named := _year_by_name(inp, j + 1)):
        year, j = named, j + 3
    if not mark:
        mark = _lunar_mark(toks, j)
        j += mark
    if year is None:
        year = inp.env.year_after(toks[j - 1].end)
    return j, year, bool(mark)


def _year_by_name(inp: Input, j: int) -> int | None:
    """"Ất Mùi" → the lunar year of that name nearest the plan's year (names repeat every 60 years)."""
    name = " ".join(t.text for t in inp.tokens[j : j + 2])
    near = inp.env.ctx.year
    for y in sorted(range(near - 30, near + 30), key=lambda y: abs(y - near)):
        if match_key(lunar.year_name(y)) == match_key(name):
            return y
    return None


def _solar(inp: Input, i: int, j: int, day: int, month: int, year: int, leap: bool) -> dt.date:
    try:
        return lunar.lunar_to_solar(day, month, year, leap)
    except ValueError:
        span = [(inp.tokens[i].start, inp.tokens[j - 1].end)]
        raise PhraseError(inp.env.text, span, "ngày âm lịch không có thật") from None


@starts(First(words=frozenset({_NGAY, _RAM, *_MUNG}), kinds=frozenset({"DAYMONTH", "NUM"})))
def match_lunar_day(inp: Input, i: int) -> Iterator[tuple[int, Period]]:
    """"ngày 15 tháng Giêng", "mùng 10 tháng 3 âm lịch", "Rằm tháng Giêng", "ngày 10/3 âm lịch"
    → the solar day (Vietnam's lunar calendar, UTC+7) in the plan's lunar year. A date is
    lunar only when it says so: "âm lịch", a lunar month's name, or "rằm"."""
    toks, j = inp.tokens, i
    if j < len(toks) and toks[j].key == _NGAY:
        j += 1
    if j < len(toks) and toks[j].key in _MUNG:
        j += 1
    if j < len(toks) and toks[j].key == _RAM:
        day, j, ram = 15, j + 1, True
    elif j < len(toks) and toks[j].kind == "DAYMONTH":  # "10/3 âm lịch"
        d, mo = numbers(toks[j])
        end, y, marked = _lunar_tail(inp, j + 1)
        if marked:
            solar = _solar(inp, i, end, d, mo, y, False)
            yield end, P.Period(solar, solar, "day", inp.text(i, end), lunar=True)
        return
    elif j < len(toks) and toks[j].kind == "NUM":
        day, j, ram = int(toks[j].text), j + 1, False
    else:
        return
    month = _lunar_month_at(toks, j, tet=True)
    if month is None:
        return
    if toks[j].key == _TET:  # "mùng 4 Tết": the first lunar month; "30 Tết", "23 Tết": the days before it
        if 10 < day < 20:
            return
        if day >= 20:
            month = (month[0], 12, False, True)
    end, y, marked = _lunar_tail(inp, month[0])
    if not (marked or month[3] or ram):
        return
    solar = _solar(inp, i, end, day, month[1], y, month[2])
    yield end, P.Period(solar, solar, "day", inp.text(i, end), lunar=True)


@starts(First(words=frozenset({_TET})))
def match_tet(inp: Input, i: int) -> Iterator[tuple[int, Period]]:
    """"Tết Nguyên đán Giáp Thìn", "Tết Nguyên đán 2025", "Tết Ất Tỵ": the first day of that lunar year. Only
    with its year (a number or a name): "Tết" alone may be the last one or the next."""
    toks = inp.tokens
    if i >= len(toks) or toks[i].key != _TET:
        return
    j = i + 1
    if word_keys(toks, j, 2) == list(_NGUYEN_DAN):
        j += 2
    if j < len(toks) and toks[j].key == _NAM:
        j += 1
    if j < len(toks) and toks[j].kind == "YEAR":
        year, end = int(toks[j].text), j + 1
    elif j + 1 < len(toks) and (named := _year_by_name(inp, j)):
        year, end = named, j + 2
        if end < len(toks) and toks[end].kind == "YEAR":  # "Tết Nguyên đán Giáp Thìn 2024": the number too
            if int(toks[end].text) != year:
                raise PhraseError(inp.env.text, [(toks[j].start, toks[end].end)],
                                  "tên năm âm lịch và năm số không khớp")
            end += 1
    else:
        return
    day = _solar(inp, i, end, 1, 1, year, False)
    yield end, P.Period(day, day, "day", inp.text(i, end))  # a whole date: no end of a range made lunar by it


@starts(First(words=frozenset({_THANG})))
def match_lunar_month(inp: Input, i: int) -> Iterator[tuple[int, Period]]:
    """"tháng Giêng", "tháng Chạp", "tháng 7 âm lịch": a whole lunar month, as solar days."""
    month = _lunar_month_at(inp.tokens, i)
    if month is None:
        return
    end, y, marked = _lunar_tail(inp, month[0])
    if not (marked or month[3]):
        return
    start = _solar(inp, i, end, 1, month[1], y, month[2])
    yield end, P.Period(start, plus_days(lunar.next_month_start(start), -1), "month", inp.text(i, end), lunar=True)


_THU = match_key("thứ")
_WEEKDAY_WORDS = {match_key(k): v for k, v in WEEKDAY_NAMES.items()}
_SUNDAY = [tuple(match_key(w).split()) for w in SUNDAY]


@starts(First(words=frozenset({_THU, *(k[0] for k in _SUNDAY)})))
def match_weekday(inp: Input, i: int) -> Iterator[tuple[int, str]]:
    """"thứ Hai", "thứ 2", "Chủ nhật", "CN" → its RFC 5545 code ("MO")."""
    toks = inp.tokens
    keys = tuple(t.key if t.kind == "WORD" else "" for t in toks[i : i + 2])
    for words in _SUNDAY:
        if keys[: len(words)] == words:
            yield i + len(words), "SU"
            return
    if i + 1 < len(toks) and toks[i].key == _THU:
        nxt = toks[i + 1]
        if nxt.kind == "WORD" and nxt.key in _WEEKDAY_WORDS:
            yield i + 2, _WEEKDAY_WORDS[nxt.key]
        elif nxt.kind == "NUM" and int(nxt.text) in WEEKDAY_NUMBERS:
            yield i + 2, WEEKDAY_NUMBERS[int(nxt.text)]


@starts(First(words=frozenset({_THU, *(k[0] for k in _SUNDAY)})))
def match_weekday_list(inp: Input, i: int) -> Iterator[tuple[int, tuple[str, ...]]]:
    """"thứ Hai", "thứ 7, chủ nhật", "thứ bảy và Chủ nhật": weekdays joined by "," or "và", as their
    RFC 5545 codes, in the order written. The part of the day said before the first may be said again
    before the others ("sáng Thứ Ba và sáng Thứ Sáu"); another part of the day ends the list."""
    codes: list[str] = []
    j = i
    half = inp.tokens[i - 1].key if 0 < i <= len(inp.tokens) and inp.tokens[i - 1].key in _HALVES else None
    while True:
        if codes and half is not None and j < len(inp.tokens) and inp.tokens[j].key == half:
            j += 1
        hit = next(iter(inp.nonterminal("weekday", j)), None)
        if hit is None:
            return
        j, code = hit
        codes.append(code)
        yield j, tuple(codes)
        if j < len(inp.tokens) and (inp.tokens[j].kind == "COMMA" or inp.tokens[j].key == VA):
            j += 1
            continue
        return


_COUNTS = {match_key(w): n for w, n in NUMBER_WORDS.items()}


@starts(First(words=frozenset(_COUNTS), kinds=frozenset({"NUM"})))
def match_count(inp: Input, i: int) -> Iterator[tuple[int, int]]:
    """A count of days or months: "2", "02", "hai"."""
    if i < len(inp.tokens):
        tok = inp.tokens[i]
        if tok.kind == "NUM":
            yield i + 1, int(tok.text)
        elif tok.kind == "WORD" and tok.key in _COUNTS:
            yield i + 1, _COUNTS[tok.key]


_HALVES = frozenset(match_key(w) for w in DAY_HALF_WORDS)
_REPEAT = sorted(((tuple(match_key(k).split()), v) for k, v in REPEAT_WORDS.items()), key=lambda x: -len(x[0]))
_DINH_KY = (match_key("định"), match_key("kỳ"))
_LAN, _MOT = match_key("lần"), match_key("một")


@starts(First(words=frozenset({k[0] for k, _ in _REPEAT} | {_DINH_KY[0]}), kinds=frozenset({"NUM"})))
def match_repeat(inp: Input, i: int) -> Iterator[tuple[int, R.Step]]:
    """How often: "hằng năm", "hàng quý", "mỗi tháng", "thường niên", "định kỳ hằng năm",
    "định kỳ 6 tháng", "6 tháng một lần", "6 tháng/lần"."""
    toks = inp.tokens
    keys = word_keys(toks, i, 7)  # indexes below are relative to i
    j = 0
    dinh_ky = tuple(keys[j : j + 2]) == _DINH_KY
    if dinh_ky:
        j += 2
    for words, (unit, every) in _REPEAT:
        if tuple(keys[j : j + len(words)]) == words:
            yield i + j + len(words), R.Step(unit, every, inp.text(i, i + j + len(words)))
            return
    j += i
    # "(định kỳ) 6 tháng (một lần | 1 lần | /lần)"
    if j + 1 < len(toks) and toks[j].kind == "NUM" and toks[j + 1].key in (_THANG, _NAM):
        n, unit = int(toks[j].text), ("month" if toks[j + 1].key == _THANG else "year")
        k = j + 2
        once = k + 1 < len(toks) and toks[k + 1].key == _LAN and (
            toks[k].kind == "SLASH" or toks[k].text == "1" or toks[k].key == _MOT)
        if once:
            k += 2
        if (once or dinh_ky) and n >= 1:
            yield k, R.Step(unit, n, inp.text(i, k))


_REPEAT_SIGNS = {k[0] for k, _ in _REPEAT} | {_DINH_KY[0], _LAN}


def match_repeat_ahead(inp: Input, i: int) -> Iterator[tuple[int, bool]]:
    """Matches nothing, and only where a word of a repeating schedule follows somewhere:
    "<thời gian> hằng năm" is not tried at every number of a long cell."""
    ahead = getattr(inp, "repeat_signs", None)
    if ahead is None:
        ahead = inp.repeat_signs = [k for k, t in enumerate(inp.tokens) if t.kind == "WORD" and t.key in _REPEAT_SIGNS]
    if ahead and ahead[-1] > i:
        yield i, True


_NEAR_SIGNS = frozenset(match_key(w).split()[-1] for w in (*UPCOMING_WORDS, *PAST_WORDS))


def match_near_ahead(inp: Input, i: int) -> Iterator[tuple[int, bool]]:
    """Matches nothing, and only where "tới", "vừa qua" … follows somewhere: "<ngày> tới / vừa qua"
    does not read every day of a long cell twice."""
    ahead = getattr(inp, "near_signs", None)
    if ahead is None:
        ahead = inp.near_signs = [k for k, t in enumerate(inp.tokens) if t.kind == "WORD" and t.key in _NEAR_SIGNS]
    if ahead and ahead[-1] > i:
        yield i, True


_UNDATED = sorted((tuple(match_key(w).split()) for w in UNDATED_LEADS), key=len, reverse=True)
_UNDATED_VERBS = sorted((tuple(match_key(w).split()) for w in UNDATED_VERBS), key=len, reverse=True)
_DATED_KINDS = ("DATE", "PERIODYEAR", "DAYMONTH", "YEAR", "NUM", "TIME")


def word_keys(toks: list[Token], i: int, n: int) -> list[str]:
    """Matching keys of the n tokens from i ("" for a token that is not a word)."""
    return [t.key if t.kind == "WORD" else "" for t in toks[i : i + n]]


def _words_at(keys: list[str], j: int, table: list[tuple[str, ...]]) -> int:
    return next((len(w) for w in table if tuple(keys[j : j + len(w)]) == w), 0)


def _dated_at(inp: Input, j: int) -> bool:
    """Whether a construct that gives a date starts at token j."""
    return any(dated(drafts_of(value)) for _, value in inp.nonterminal("construct", j))


@starts(First(words=frozenset({w[0] for w in _UNDATED + _UNDATED_VERBS})))
def match_undated(inp: Input, i: int) -> Iterator[tuple[int, str]]:
    """"Thực hiện thường xuyên, lồng ghép trong …", "Theo yêu cầu của …": the words up to
    the end of the part, or up to the first construct that gives a date (read as a part
    of its own: a date is never swallowed by a remark). A number that is no date stops
    it too, and is then reported as unread."""
    toks = inp.tokens
    keys = word_keys(toks, i, 8)  # indexes below are relative to i
    verb = _words_at(keys, 0, _UNDATED_VERBS)
    lead = _words_at(keys, verb, _UNDATED)
    if not lead:
        return
    j = i + verb + lead
    while j < len(toks) and toks[j].kind not in ("SEMI", *_DATED_KINDS):
        if toks[j].kind == "WORD" and _dated_at(inp, j):
            break
        j += 1
    while j > i + 1 and (toks[j - 1].kind in ("COMMA", "DOT", "DASH", "COLON") or toks[j - 1].key == VA):
        j -= 1  # a separator before the next part belongs to no one
    yield j, inp.text(i, j)


# --- day lists and ranges written once ------------------------------------------------

_DEN, _TOI, _HET = match_key("đến"), match_key("tới"), match_key("hết")


@starts(First(kinds=frozenset({"NUM", "DAYMONTH", "DATE"})))
def match_day_list(inp: Input, i: int) -> Iterator[tuple[int, tuple]]:
    """Days written once for a list or a range, the month (and year) on the last:
    "20-22/11/2025", "1, 2/9/2025", "3/9 và 4/9", "14, 15-8", "3 đến 9/10/2025",
    "21 và 22 tháng 5 năm 2025", "11 và ngày 12/6/2026", "12 - 14 tháng 3".
    Yields (end, (items, last)): items are (token, joiner) pairs, joiner "range"
    or "list"; last is the Period of the last day."""
    toks = inp.tokens
    items: list[tuple[Token, str]] = []
    j = i
    while j < len(toks) and toks[j].kind in ("NUM", "DAYMONTH", "DATE"):
        if items:  # the last day: a whole day period here
            for end, period in inp.nonterminal("day_end", j):
                if isinstance(period, Period) and period.grain == "day":
                    yield end, (tuple(items), period)
        k = j + 1
        whole = toks[j].kind != "NUM"  # "3/9 - 4/9/2025" is a range of two days: rule "từ <A> đến <B>"
        if k < len(toks) and not whole and (toks[k].kind == "DASH" or toks[k].key in (_DEN, _TOI)):
            joiner, k = "range", k + 1
            if k < len(toks) and toks[k].key == _HET:
                k += 1
        elif k < len(toks) and (toks[k].kind == "COMMA" or toks[k].key == VA):
            joiner, k = "list", k + 1
        else:
            return
        if k < len(toks) and toks[k].key == _NGAY:
            k += 1
        items.append((toks[j], joiner))
        j = k


def joined(toks: list[Token], i: int, kinds: tuple[str, ...],
           last: tuple[str, ...] = ()) -> tuple[int, list[Token]]:
    """Tokens of `kinds` from i joined by "," or "và" ("4, 5 và 6"); one of `last` ends the list."""
    items, j, allowed = [], i, (*kinds, *last)
    while j < len(toks) and toks[j].kind in allowed:
        items.append(toks[j])
        j += 1
        if items[-1].kind in last:
            break
        if j + 1 < len(toks) and (toks[j].kind == "COMMA" or toks[j].key == VA) and toks[j + 1].kind in allowed:
            j += 1
            continue
        break
    return j, items


@starts(First(kinds=frozenset({"YEAR"})))
def match_year_list(inp: Input, i: int) -> Iterator[tuple[int, tuple[Token, ...]]]:
    """"2024, 2025", "2025 và 2026": two or more years."""
    j, years = joined(inp.tokens, i, ("YEAR",))
    if len(years) >= 2:
        yield j, tuple(years)


@starts(First(kinds=frozenset({"NUM"})))
def match_month_list(inp: Input, i: int) -> Iterator[tuple[int, tuple[Token, ...]]]:
    """"4, 5", "10, 11 và 12/2025": two or more month numbers (the last may carry the year)."""
    j, months = joined(inp.tokens, i, ("NUM",), ("PERIODYEAR",))
    numbers = [split_period_year(t)[0] if t.kind == "PERIODYEAR" else t.text for t in months]
    if len(months) >= 2 and all(n.isdigit() and 1 <= int(n) <= 12 for n in numbers):
        yield j, tuple(months)


@starts(First(kinds=frozenset({"NUM"})))
def match_month_days(inp: Input, i: int) -> Iterator[tuple[int, tuple[Token, ...]]]:
    """"10", "10 và 25", "5, 15 và 25": days of the month, no month written."""
    j, days = joined(inp.tokens, i, ("NUM",))
    if days:
        yield j, tuple(days)


@starts(First(words=frozenset({_NGAY, _THU, *(k[0] for k in _SUNDAY)}), kinds=frozenset({"NUM"})))
def match_heading_days(inp: Input, i: int) -> Iterator[tuple[int, tuple[tuple[str | None, Token], ...]]]:
    """Days of the month a heading names, no month written: "Ngày 03; 10; 17; 24; 31" under
    "Tháng 7:", "Thứ 2, ngày 17" under "Tháng 1:". Joined by ";", "," or "và", each day may say
    "ngày" and its weekday before it. Yields (end, ((weekday code or None, day token), ...))."""
    toks = inp.tokens
    days: list[tuple[str | None, Token]] = []
    j = i
    while True:
        code = None
        hit = next(iter(inp.nonterminal("weekday", j)), None)
        if hit is not None:  # "Thứ 2, ngày 17"
            j, code = hit
            if j < len(toks) and toks[j].kind == "COMMA":
                j += 1
        if j < len(toks) and toks[j].key == _NGAY:
            j += 1
        if not (j < len(toks) and toks[j].kind == "NUM"):
            return
        days.append((code, toks[j]))
        j += 1
        yield j, tuple(days)
        if not (j + 1 < len(toks) and (toks[j].kind in ("SEMI", "COMMA") or toks[j].key == VA)):
            return
        j += 1


# --- prose around a date ----------------------------------------------------------------

def _keyed(words) -> list[tuple[str, ...]]:
    """Written words as key sequences, longest first."""
    return sorted({tuple(match_key(w).split()) for w in words}, key=len, reverse=True)


_PLAIN = _keyed(PLAIN_WORDS)
_NUMBERED = frozenset(match_key(w) for w in NUMBERED_WORDS)
_CHANGERS = _keyed(DATE_CHANGERS)
_LEXICON_TIME = [*_keyed((*REPEAT_WORDS, *DAY_HALF_WORDS, *LUNAR_MARKS, *LUNAR_MONTH_NAMES, *UNDATED_LEADS,
                          *TIME_WORDS)), (_RAM,), *((m,) for m in _MUNG)]
# A Roman numeral a month or a quarter could be ("Quý II", "tháng XII"), as written: upper case.
_ROMAN_MONTH = re.compile(r"I{1,3}|IV|VI{0,3}|IX|XI{0,2}")
_PROSE_PUNCTUATION = frozenset({"COMMA", "DOT", "DASH", "COLON", "SLASH", "OTHER"})
# Past this many tokens a run of words is a paragraph, not the note of a date.
MAX_PROSE = 60


def _without_plain(run: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """The pieces of a run of words left when its plain words are cut out."""
    keys, piece, k = list(run), [], 0
    while k < len(keys):
        n = _words_at(keys, k, _PLAIN)
        if n:
            if piece:
                yield tuple(piece)
            piece, k = [], k + n
            continue
        piece.append(keys[k])
        k += 1
    if piece:
        yield tuple(piece)


def time_phrases(tables: dict) -> dict[str, list[tuple[str, ...]]]:
    """The word sequences that speak of time, by first word, longest first: every run of words
    the rules of `tables` (and an event reference) spell, plain words cut out, and the lexicon's
    time vocabulary whole. Derived, so that a rule's new word is a time word at once."""
    patterns = [r.compiled for t in tables.values() if not callable(t) for r in t] + [compile_pattern(SECTION_REF)]
    found = {piece for p in patterns for run in spelled(p) for piece in _without_plain(run)}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(found | set(_LEXICON_TIME), key=len, reverse=True):
        by_first.setdefault(words[0], []).append(words)
    return by_first


_AIMS = _keyed(AIM_WORDS)
_NOT_TIME = _keyed(NOT_TIME_WORDS)
_NUMBER_NAMES = _keyed(NUMBER_NAMES)


def _names_number(toks: list[Token], j: int) -> bool:
    """Whether the token at j is a number a word before it names ("lớp 10", "phụ lục 3"), not a date."""
    if toks[j].kind != "NUM" or j + 1 < len(toks) and toks[j + 1].kind in ("SLASH", "DOT", "DASH"):
        return False
    return _after_number_name(toks, j)


_YEAR_NAMES = _keyed(YEAR_NAMES)


def _term_years(toks: list[Token], j: int) -> bool:
    """Whether the token at j is one of a term's years, or the dash between them ("nhiệm kỳ 2020 - 2025"):
    part of a name, not a time."""
    if toks[j].kind not in ("YEAR", "DASH"):
        return False
    k = j
    while k > 0 and toks[k - 1].kind in ("YEAR", "DASH"):
        k -= 1
    keys = word_keys(toks, max(0, k - 2), min(k, 2))
    return toks[k].kind == "YEAR" and any(tuple(keys[-len(w):]) == w for w in _YEAR_NAMES if len(w) <= len(keys))


def _after_number_name(toks: list[Token], j: int) -> bool:
    """Whether a word that names a numbered thing stands right before token j ("học kỳ II", "lớp 10")."""
    keys = word_keys(toks, max(0, j - 3), min(j, 3))
    return any(tuple(keys[-len(w):]) == w for w in _NUMBER_NAMES if len(w) <= len(keys))


def plain_only(words: str) -> bool:
    """Whether words are only plain words ("vào", "các"): they name nothing."""
    keys = tuple(t.key for t in tokenize(words) if t.kind == "WORD")
    return not any(_without_plain(keys))


def states_aim(inp: Input, i: int, j: int) -> bool:
    """Whether tokens i..j-1 hold a word that states an aim ("bảo đảm", "phấn đấu", "mục tiêu")."""
    keys = word_keys(inp.tokens, i, j - i)
    return any(_words_at(keys, k, _AIMS) for k in range(len(keys)))


def date_changer_at(keys: list[str], j: int) -> int:
    """Length of a word that changes what a date means ("thay vì", "không") at j, else 0."""
    return _words_at(keys, j, _CHANGERS)


def _speaks_of_time(inp: Input, j: int, vocab: dict[str, list[tuple[str, ...]]]) -> bool:
    """Whether the word at j is, or begins, a time word, a date changer, a Roman month or quarter,
    a weekday or an event's name."""
    tok = inp.tokens[j]
    if tok.key in _NUMBERED and j + 1 < len(inp.tokens) and inp.tokens[j + 1].kind == "WORD":
        return False  # "Đợt cao điểm": a name, not "đợt 2" (the words after it are read one by one)
    keys = word_keys(inp.tokens, j, 6)
    if _words_at(keys, 0, _NOT_TIME) or j > 0 and _words_at(word_keys(inp.tokens, j - 1, 6), 0, _NOT_TIME) == 2:
        return False  # "đầu tư": both its words
    return (_words_at(keys, 0, vocab.get(tok.key, [])) > 0 or date_changer_at(keys, 0) > 0
            or _ROMAN_MONTH.fullmatch(tok.text) is not None and not _after_number_name(inp.tokens, j)
            or bool(inp.nonterminal("weekday", j)) or bool(inp.nonterminal("event", j)))


@starts(First(kinds=frozenset({"WORD"})))
def match_prose(inp: Input, i: int) -> Iterator[tuple[int, str]]:
    """"gửi báo cáo về Bộ Thông tin và Truyền thông": words (and the punctuation between them) up
    to the first token that could speak of time (a digit, a time word, a word that changes what a
    date means, a Roman numeral, a weekday, an event's name) or where a dated construct starts
    ("… hội nghị vào ngày 02/02/2026"). Whether the run may stand as the note of a date beside it
    is the parser's to decide (parser.fold_prose)."""
    toks, vocab = inp.tokens, same_object_memo(inp.tables, time_phrases)
    if i >= len(toks) or toks[i].kind != "WORD":
        return
    j = i
    while j < len(toks) and (toks[j].kind in _PROSE_PUNCTUATION or _names_number(toks, j) or _term_years(toks, j)
                             or toks[j].kind == "WORD"
                             and not (_speaks_of_time(inp, j, vocab) or j > i and _dated_at(inp, j))):
        j += 1
        if j - i > MAX_PROSE:
            return
    while j > i and (toks[j - 1].kind not in ("WORD", "COLON") and not _names_number(toks, j - 1)
                     and not _term_years(toks, j - 1) or toks[j - 1].key == VA):
        j -= 1  # a separator before the next part belongs to no one; a colon introduces it
    if j > i:
        yield j, inp.text(i, j)
