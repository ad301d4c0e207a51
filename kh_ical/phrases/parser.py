"""Driver: a cell's tokens → parts → drafts, or an error naming unread words.

A cell is split into parts at hard boundaries (";" and list bullets), then
each stretch is read left to right: at each position the longest construct
wins; separators ("và", ",", ".", "-") may stand between parts; any token no
rule accounts for is collected and reported. Nothing is skipped silently.
Parenthesised remarks are set aside first and attached to the part they follow.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kh_ical.errors import PhraseError
from kh_ical.model import Event, Kind
from kh_ical.phrases.context import Draft, ResolveContext, dated, drafts_of, same_object_memo
from kh_ical.phrases.grammar import (
    INLINE_HEADS,
    INLINE_LEAD,
    TABLES,
    name_keys,
    shared_deadline,
    time_of,
    weekday_check,
)
from kh_ical.phrases.lexicon import DATE_CHANGER_REASON, DECLINED, DECLINED_REASON, PART_SEPARATORS
from kh_ical.phrases.matchers import LUNAR_MARK_KEYS, VA, date_changer_at, word_keys
from kh_ical.phrases.patterns import Input
from kh_ical.phrases.tokens import Remark, Token, numbers, prepare, split_remarks, tokenize
from kh_ical.text import match_key, vn_date

_SEPARATOR_KEYS = {match_key(s) for s in PART_SEPARATORS}
_DECLINED = sorted(((tuple(match_key(k).split()), v) for k, v in DECLINED.items()), key=lambda x: -len(x[0]))
_PERIOD_WORDS = {match_key(w) for w in ("tháng", "quý", "ngày", "năm", "t", "đến", "hết")}


@dataclass
class Env:
    """What builders may consult: the prepared text, context, events, years."""

    text: str
    ctx: ResolveContext
    years: list[tuple[int, int]]  # (offset, year) of every explicit year, in order
    name_index: list[tuple[tuple[str, ...], str]] = field(default_factory=list)

    @property
    def section_events(self) -> tuple[str, ...]:
        return self.ctx.section_events

    def year_after(self, offset: int) -> int:
        """The first year written after `offset`, else the plan's year."""
        k = bisect.bisect_left(self.years, (offset, 0))
        return self.years[k][1] if k < len(self.years) else self.ctx.year


@dataclass
class Part:
    start: int  # token offsets in the prepared text
    end: int
    drafts: tuple[Draft, ...]
    remarks: list[Remark] = field(default_factory=list)
    sep: str = ""  # what stood between it and the part before, in the same stretch ("và", ",")


def explicit_years(tokens: list[Token]) -> list[tuple[int, int]]:
    years = []
    for tok in tokens:
        if tok.kind in ("YEAR", "DATE", "PERIODYEAR"):
            years.append((tok.start, int(tok.text.replace(" ", "")[-4:])))
    return years


def event_index(ctx: ResolveContext) -> list[tuple[tuple[str, ...], str]]:
    return same_object_memo(ctx.events, _event_index)


@lru_cache(maxsize=256)  # one per plan's event registry, not one per phrase
def _event_index(events: tuple[Event, ...]) -> list[tuple[tuple[str, ...], str]]:
    return [(keys, ev.id) for ev in events for name in ev.names if (keys := name_keys(name))]


_GLOSS_OPEN = {match_key(w) for w in ("tức", "nhằm")}
_LUNAR = (match_key("âm"), match_key("lịch"))


def split_glosses(tokens: list[Token], text: str) -> tuple[list[Token], list[Remark]]:
    """A gloss written without parentheses ("…, nhằm ngày 10/3 âm lịch", "…, tức ngày 17/2/2021")
    is a remark like "(tức 10/3 âm lịch)": set it aside for `check` to verify. After a comma
    it runs to the end of the part; without one, only a lunar gloss is taken.

    One pass, left to right (a cell may hold thousands of glosses: no recursion)."""
    keys = [t.key if t.kind == "WORD" else "" for t in tokens]
    kept: list[Token] = []
    remarks: list[Remark] = []
    i = 0
    while i < len(tokens):
        if keys[i] in _GLOSS_OPEN:
            end = next((j for j in range(i + 1, min(i + 12, len(tokens) - 1)) if tuple(keys[j : j + 2]) == _LUNAR),
                       None)
            comma = bool(kept) and kept[-1] is tokens[i - 1] and tokens[i - 1].kind == "COMMA"
            if end is None and comma:  # ", tức ngày 17/2/2021 …": a restatement, to the end of the part
                end = next((j for j in range(i + 1, len(tokens)) if tokens[j].kind == "SEMI"), len(tokens)) - 2
            if end is not None:
                if comma:
                    kept.pop()
                inner = tokens[i : end + 2]
                start = i - 1 if comma else i
                remarks.append(Remark(text[inner[0].start : inner[-1].end], tokens[start].start, inner[-1].end,
                                      tuple(inner), len(kept)))
                i = end + 2
                continue
        kept.append(tokens[i])
        i += 1
    return kept, remarks


_DECLINED_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _words, _kind in _DECLINED:  # same order as _DECLINED (longest first), grouped by first word
    _DECLINED_BY_FIRST.setdefault(_words[0], []).append((_words, _kind))


def check_declined(text: str, tokens: list[Token]) -> None:
    keys = [t.key if t.kind == "WORD" else "" for t in tokens]
    for i in range(len(tokens)):
        for words, kind in _DECLINED_BY_FIRST.get(keys[i], ()):
            if tuple(keys[i : i + len(words)]) == words:
                span = (tokens[i].start, tokens[i + len(words) - 1].end)
                raise PhraseError(text, [span], DECLINED_REASON[kind])


def is_bullet(tokens: list[Token], k: int, text: str) -> bool:
    """In a list that opens with "-", a "-" before a capitalised word starts a new part."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        tokens[k].kind == "DASH"
        and nxt is not None
        and nxt.kind == "WORD"
        and nxt.text[:1].isupper()
        and nxt.key not in _PERIOD_WORDS
    )


def numbers_listed(tokens: list[Token], k: int) -> bool:
    """Whether the ";" at k lists days by their number alone ("Ngày 03; 10; 17", "ngày 3; ngày 10"): such a
    day is no part of its own (it has no month)."""
    j = k + 2 if k + 2 < len(tokens) and tokens[k + 1].key == _NGAY else k + 1
    after = tokens[j + 1].kind if j + 1 < len(tokens) else "SEMI"
    return 0 < k and tokens[k - 1].kind == "NUM" and j < len(tokens) and tokens[j].kind == "NUM" \
        and after in ("SEMI", "OPEN")


def stretches(tokens: list[Token], text: str) -> list[list[Token]]:
    """Split at ";" and, in a bulleted cell, at bullets."""
    bulleted = bool(tokens) and tokens[0].kind == "DASH"
    out: list[list[Token]] = [[]]
    for k, tok in enumerate(tokens):
        if (tok.kind == "SEMI" and not numbers_listed(tokens, k)) or (
                bulleted and (k == 0 or is_bullet(tokens, k, text))):
            out.append([])
        else:
            if bulleted and tok.kind == "DASH" and 0 < k < len(tokens) - 1 and tokens[k - 1].kind == "DATE" \
                    and tokens[k + 1].kind == "DATE" and not any(t.key == _TU for t in out[-1]):
                raise PhraseError(text, [(tokens[k - 1].start, tokens[k + 1].end)],
                                  "trong ô có gạch đầu dòng, “-” giữa hai ngày có thể là một khoảng hoặc hai dòng;"
                                  " hãy ghi “từ … đến …”")
            out[-1].append(tok)
    return [s for s in out if s]


# Past this many unread words a cell is no timing phrase (a pasted paragraph, a
# broken extraction): the error names these and stops reading, so that any text
# gives its answer quickly.
MAX_UNREAD = 50


def longest(matches) -> tuple[int, tuple[Draft, ...]]:
    """The longest reading at a place: (its end, its drafts); rule order breaks ties."""
    j = max(jj for jj, _ in matches)
    return j, drafts_of(next(v for jj, v in matches if jj == j))


def read_stretch(tokens: list[Token], env: Env, unread: list[tuple[int, int]],
                 why: dict[tuple[int, int], str]) -> list[Part]:
    inp = Input(tokens, TABLES, env)
    parts: list[Part] = []
    seps: list[str] = []  # what stood before each part after the first
    bounds: list[tuple[int, int]] = []  # the tokens of each part
    at_sep: set[int] = set()  # tokens read as separators between parts
    at_unread: set[int] = set()  # tokens no reading accounts for

    def refuse(a: int, b: int) -> None:
        unread.append((tokens[a].start, tokens[b - 1].end))
        at_unread.update(range(a, b))

    sep = ""
    i = 0
    while i < len(tokens) and len(unread) < MAX_UNREAD:
        # a colon ending the cell ("Ngày 05 tháng 12 năm 2019:") heads the rows below it: nothing to read
        if parts and (tokens[i].key in _SEPARATOR_KEYS or tokens[i].kind in ("COMMA", "DOT", "DASH")
                      or tokens[i].kind == "COLON" and i == len(tokens) - 1):
            sep += tokens[i].key if tokens[i].kind == "WORD" else tokens[i].text
            at_sep.add(i)
            i += 1
            continue
        matches = inp.nonterminal("part", i)
        if not matches:
            refused = [e for _, e in inp.failures.get(i, ())]
            if refused:  # the words were understood, and their dates are impossible
                raise refused[0]
            refuse(i, i + 1)
            i += 1
            continue
        j, drafts = longest(matches)
        longer = [e for a in range(i, j) for b, e in inp.failures.get(a, ()) if b > j]
        if longer:  # a longer reading was refused: never fall back on a shorter one
            raise longer[0]
        # two readings side by side, nothing between: not two parts (prose may follow a date directly)
        if parts and not sep and dated(parts[-1].drafts) and not is_prose(drafts):
            if year_of_a_name(parts[-1], drafts, tokens[i]):
                parts[-1] = Part(parts[-1].start, tokens[j - 1].end, drafts)
                bounds[-1] = (bounds[-1][0], j)
            else:
                refuse(i, j)
            i = j
            continue
        if "-" in sep and all(d.extra.get("bare_year") for d in drafts):  # "tháng 5 - 2022": whose year?
            refuse(i, j)
            i = j
            continue
        if parts:
            seps.append(sep)
        parts.append(Part(tokens[i].start, tokens[j - 1].end, drafts))
        bounds.append((i, j))
        sep = ""
        i = j

    def touches_unread(a: int, b: int) -> bool:
        """Whether unread words stand right before or after tokens a..b-1 (separators aside)."""
        while a - 1 in at_sep:
            a -= 1
        while b in at_sep:
            b += 1
        return a - 1 in at_unread or b in at_unread

    lonely = [touches_unread(a, b) for a, b in bounds]
    return without_appositions(*fold_prose(parts, seps, lonely, unread, why))


_NAME_YEAR_LEADS = frozenset(match_key(w) for w in ("sẽ", "diễn", "được", "tổ", "dự"))


def year_of_a_name(prev: Part, drafts: tuple[Draft, ...], first: Token) -> bool:
    """"Hội trại tòng quân năm 2024 sẽ diễn ra vào ngày 26 và 27-2": a year right before a lead verb and
    dates inside that year names the event (the 2024 camp); the dates are the reading."""
    if len(prev.drafts) != 1 or first.key not in _NAME_YEAR_LEADS:
        return False
    year = prev.drafts[0]
    if year.kind is not Kind.WINDOW or year.span is None or year.rrule or year.label or year.ref is not None:
        return False
    start, end = year.span
    if (start.month, start.day, end.month, end.day) != (1, 1, 12, 31) or start.year != end.year:
        return False
    return all(d.span is not None and start <= d.span[0] and d.span[1] <= end and d.ref is None for d in drafts)


def is_prose(drafts: tuple[Draft, ...]) -> bool:
    return len(drafts) == 1 and bool(drafts[0].extra.get("prose"))


# Why prose stays unread, when that is all a cell leaves unread (unread_error).
BETWEEN_DATES = "lời văn giữa hai mốc thời gian (không rõ là một khoảng hay hai việc riêng; hãy tách bằng “;”):"
AIM_BEFORE_PERIOD = ("lời văn nêu mục tiêu ngay trước một khoảng thời gian không có từ dẫn (không rõ là làm trong"
                     " khoảng đó hay phải đạt khi hết khoảng; hãy ghi “trong …” hoặc “hoàn thành trong …”):")


def fold_prose(parts: list[Part], seps: list[str], lonely: list[bool], unread: list[tuple[int, int]],
               why: dict[tuple[int, int], str]) -> tuple[list[Part], list[str]]:
    """Rule "lời văn quanh mốc thời gian": a run of plain words becomes the note of the dated part
    beside it ("gửi báo cáo về Bộ … trước ngày 15/12/2023"), else of undated words beside it ("cập nhật
    dữ liệu thường xuyên": no date either way). It stays unread when it touches other unread words
    (they are one unreadable run) or neither stands beside it, when it stands
    between two dated parts (it may join them into a range, or part them), and when it states an aim
    right before a period with no lead word ("bảo đảm thông xe kỹ thuật năm 2025": work during 2025,
    or done by its end? "… trong năm 2025", "hoàn thành … trong năm 2025" say); `why` records the
    reason."""
    out: list[tuple[str, Part]] = []  # each part with what stood before it
    carry = ""  # the separator before a prose part that is gone
    pending: Part | None = None  # prose that opens the next part
    for k, part in enumerate(parts):
        sep, carry = carry + (seps[k - 1] if k else ""), ""
        if pending is not None:
            part, pending = with_prose(part, pending, before=True), None
        if not is_prose(part.drafts):
            out.append((sep, part))
            continue
        after = k > 0 and dated(parts[k - 1].drafts)
        before = k + 1 < len(parts) and dated(parts[k + 1].drafts)
        undated_after = k > 0 and undated_words(parts[k - 1])
        undated_before = k + 1 < len(parts) and undated_words(parts[k + 1])
        if lonely[k] or not (after or before or undated_after or undated_before):
            unread.append((part.start, part.end))
        elif after and before:
            unread.append((part.start, part.end))
            why[(part.start, part.end)] = BETWEEN_DATES
        elif after or (undated_after and not before):
            out[-1] = (out[-1][0], with_prose(out[-1][1], part, before=False))
        elif before and part.drafts[0].extra.get("aim") and bare_period(parts[k + 1]):
            unread.append((part.start, part.end))
            why[(part.start, part.end)] = AIM_BEFORE_PERIOD
        else:
            pending = part
        carry = sep
    return [p for _, p in out], [s for s, _ in out[1:]]


def undated_words(part: Part) -> bool:
    """Whether a part is undated words ("thường xuyên, lồng ghép …"; rule "thường xuyên, theo yêu cầu …")."""
    return len(part.drafts) == 1 and bool(part.drafts[0].extra.get("undated_words"))


def bare_period(part: Part) -> bool:
    """Whether a part is a period written with no lead word ("năm 2025"; grammar.unled)."""
    return bool(part.drafts) and all(d.extra.get("bare_at") == part.start for d in part.drafts)


def with_prose(part: Part, prose: Part, before: bool) -> Part:
    """The part with the prose beside it as the note of each of its drafts, in the order written."""
    words = prose.drafts[0].note

    def noted(d: Draft) -> Draft:
        notes = (words, d.note) if before else (d.note, words)
        return replace(d, note="; ".join(n for n in notes if n))

    return Part(min(part.start, prose.start), max(part.end, prose.end), tuple(noted(d) for d in part.drafts),
                part.remarks)


_BAT_DAU = match_key("bắt đầu")
_ENDS = (match_key("kết thúc"), match_key("hoàn thành"))  # a label or verb that ends what started


def start_and_end(parts: list[Part]) -> list[Part]:
    """"Bắt đầu từ ngày 06/9/2024; kết thúc trước ngày 18/01/2025": a start, then an end, is
    one window from the first to the last day (not a start day and a deadline); so is "bắt đầu từ
    01/5/2020 và hoàn thành trước ngày 30/6/2020". So is a day, then "và kết thúc …": "vào ngày
    9/11/2015 và kết thúc trước ngày 25/12/2015" starts on 9/11. A start with no year of its own
    after the end ("bắt đầu từ ngày 4/9 và kết thúc trước ngày 6/1/2018") is in the year before; a
    start at an hour makes a timed window ("bắt đầu từ 10h00 ngày 14/4/2023 và kết thúc vào 10h00 ngày
    24/4/2023"). A label before the start ("học kỳ II bắt đầu từ …") is the window's label."""
    out: list[Part] = []
    for part in parts:
        prev = out[-1] if out else None
        if prev is not None and len(prev.drafts) == 1 == len(part.drafts):
            a, b = prev.drafts[0], part.drafts[0]
            labelled = a.extra.get("starts") and match_key(a.label or "") != _BAT_DAU
            start = match_key(a.label or "") == _BAT_DAU or a.extra.get("starts") or (
                a.label is None and a.kind is Kind.DAY and part.sep.strip(",") == VA)
            ends = any(match_key(w or "") in _ENDS for w in (b.label, b.verb))
            if start and ends and a.span and b.span and a.span[0] == a.span[1] and a.rrule is None \
                    and b.rrule is None and (a.time is None or b.span[0] == b.span[1]):
                first, said = a.span[0], a.basis
                if first > b.span[1] and a.extra.get("year_inferred") and (first.month, first.day) != (2, 29):
                    first = first.replace(year=first.year - 1)
                    said = f"bắt đầu từ {vn_date(first)} (năm trước năm của ngày kết thúc)"
                if first <= b.span[1] and (a.time is None or (first, a.time) < (b.span[1], b.time or dt.time.max)):
                    window = replace(a, kind=Kind.WINDOW, span=(first, b.span[1]), label=a.label if labelled else None,
                                     end_time=b.time if a.time else None, basis=f"{said}; {b.basis}",
                                     approximate=a.approximate or b.approximate)
                    out[-1] = Part(prev.start, part.end, (window,), prev.remarks + part.remarks)
                    continue
        out.append(part)
    return out


def shared_deadlines(parts: list[Part], env: Env) -> list[Part]:
    """"trước ngày 30/6 và 31/12", "chậm nhất ngày 15/6, 15/12": a deadline word said once before days or
    periods joined by "và" or "," holds for each of them. A repeat said once after the last of several
    ("tháng 3, tháng 6 và tháng 9 hằng năm" past the two that rule "<thời gian> và <thời gian> hằng năm"
    reads) would repeat only the last: that is an error when the ones before have no year of their own."""
    out: list[Part] = []
    for part in parts:
        prev = out[-1] if out else None
        joined = prev is not None and part.sep and set(part.sep.replace(",", " , ").split()) <= {VA, ","}
        if not joined or prev is None or not prev.drafts:
            out.append(part)
            continue
        how = prev.drafts[-1].extra.get("deadline")
        shared = [shared_deadline(d, how, prev.drafts[-1].verb) for d in part.drafts] if how else []
        if shared and all(shared):
            part = replace(part, drafts=tuple(d for d in shared if d))
        elif any(d.extra.get("repeated") for d in part.drafts) and all(
                d.span is not None and not d.extra.get("repeated") for d in prev.drafts) and not any(
                prev.start <= at < prev.end for at, _ in env.years):
            raise PhraseError(env.text, [(prev.start, part.end)], REPEAT_SAID_ONCE)
        out.append(part)
    return out


REPEAT_SAID_ONCE = ("“hằng năm”, “hằng tháng”… ghi một lần sau nhiều mốc: không rõ mốc nào lặp lại; hãy ghi"
                    " lặp lại sau từng mốc")


def without_appositions(parts: list[Part], seps: list[str]) -> list[Part]:
    """"vào trung tuần tháng 4, từ ngày 9/4 đến ngày 14/4": a period, a comma, then exact
    dates inside it say the same time twice, the second time exactly: keep the exact dates."""
    out = parts[:1]
    for part, sep in zip(parts[1:], seps, strict=True):
        prev = out[-1]
        outer = prev.drafts[0].span if len(prev.drafts) == 1 and prev.drafts[0].rrule is None else None
        spans = [d.span for d in part.drafts]
        vague = outer is not None and prev.drafts[0].approximate
        if sep == "," and outer and not prev.drafts[0].label and all(
                sp is not None and sp != outer and (outer[0] <= sp[0] and sp[1] <= outer[1]
                                                    or vague and sp[0] <= outer[1] and outer[0] <= sp[1])
                for sp in spans):
            out[-1] = Part(prev.start, part.end, part.drafts, prev.remarks + part.remarks, prev.sep)
        else:
            out.append(replace(part, sep=sep))
    return out


def merge_spans(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Neighbouring unread tokens (only spaces between them) form one span."""
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and not text[merged[-1][1] : a].strip():
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def parse_phrase(phrase: str, ctx: ResolveContext) -> tuple[str, list[Part]]:
    """The prepared text and its parts; raises PhraseError naming unread words."""
    # The section's events only become the ids of references that name no event
    # ("sự kiện", "kỷ niệm"): a phrase is read once for every section and those
    # references get this section's events afterwards.
    text, parts = _parse_shared(phrase, without_sections(ctx) if ctx.section_events else ctx)
    section = tuple(ctx.section_events)
    return text, [Part(p.start, p.end, tuple(_in_section(d, section) for d in p.drafts), list(p.remarks))
                  for p in parts]


@lru_cache(maxsize=1024)  # one per context: (section, lead agency) pairs of a plan
def without_sections(ctx: ResolveContext) -> ResolveContext:
    """The context with no section events: what a phrase is read against."""
    return replace(ctx, section_events=())


def _in_section(draft: Draft, section_events: tuple[str, ...]) -> Draft:
    ref = draft.ref
    if ref is None or ref.named or not section_events:
        return draft
    return replace(draft, ref=replace(ref, ids=section_events))


@lru_cache(maxsize=32768)  # plans repeat a cell across sections and tasks; parts are not changed by callers
def _parse_shared(phrase: str, ctx: ResolveContext) -> tuple[str, tuple[Part, ...]]:
    text = prepare(phrase)
    tokens, weekdays = split_weekdays(tokenize(text), text)
    tokens, remarks = split_remarks(tokens, text, inline_groups(tokens, text))
    wrapped = None
    while not tokens and len(remarks) == 1 and remarks[0].tokens:  # the whole cell in parentheses: read inside
        wrapped = wrapped or remarks[0]
        tokens, remarks = split_remarks(list(remarks[0].tokens), text)
    tokens, glosses = split_glosses(tokens, text)
    for remark in remarks:  # "(âm lịch)" changes the dates it follows: never a mere note
        if remark.tokens and all(t.kind == "WORD" and t.key in LUNAR_MARK_KEYS for t in remark.tokens):
            raise PhraseError(text, [(remark.start, remark.end)],
                              "không rõ “âm lịch” áp dụng cho ngày nào; hãy ghi ngày âm lịch đầy đủ")
    remarks = sorted(remarks + glosses, key=lambda r: r.start)
    env = Env(text, ctx, explicit_years(tokens), event_index(ctx))
    check_declined(text, tokens)
    unread: list[tuple[int, int]] = []
    why: dict[tuple[int, int], str] = {}  # unread prose, and why it may not be a note
    parts = [p for s in stretches(tokens, text) if len(unread) < MAX_UNREAD
             for p in read_stretch(s, env, unread, why)]
    if unread and wrapped is not None:  # a cell that is one remark, and not a readable date
        raise PhraseError(text, [(wrapped.start, wrapped.end)], "không có mốc thời gian nào")
    if len(unread) >= MAX_UNREAD:
        raise PhraseError(text, merge_spans(unread, text), f"không đọc được (dừng đọc sau {MAX_UNREAD} chỗ)")
    if unread:
        raise unread_error(text, tokens, merge_spans(unread, text), why)
    if wrapped is not None and all(d.kind is Kind.UNDATED for p in parts for d in p.drafts):
        parts, remarks = [], [wrapped]  # only a remark, with no date in it
    if not parts:  # an empty cell, or only a remark: nothing says when
        raise PhraseError(text, [(r.start, r.end) for r in remarks], "không có mốc thời gian nào")
    parts = shared_deadlines(start_and_end(weekday_findings(weekdays, parts, env)), env)
    parts = sorted(parts + remark_deadlines(remarks, ctx, text), key=lambda p: p.start)
    for remark in remarks:  # to the last part that starts before it
        owners = [p for p in parts if p.start < remark.start] or parts[:1]
        if owners:
            owners[-1].remarks.append(remark)
    return text, tuple(parts)


def unread_error(text: str, tokens: list[Token], spans: list[tuple[int, int]],
                 why: dict[tuple[int, int], str]) -> PhraseError:
    """The error naming the words no rule reads; it names the words that change what a date means
    first, then says why prose may not be a note (between two dates, before a bare period), if that
    prose is all there is, for one reason."""
    changers = date_changers(tokens, spans)
    if changers:
        return PhraseError(text, changers, DATE_CHANGER_REASON)
    reasons = {why.get(span) for span in spans}
    if len(reasons) == 1 and None not in reasons:
        return PhraseError(text, spans, reasons.pop())
    return PhraseError(text, spans)


def date_changers(tokens: list[Token], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where, among the unread words, a word changes what a date means ("thay vì", "không")."""
    keys = word_keys(tokens, 0, len(tokens))
    found = []
    for j, tok in enumerate(tokens):
        n = date_changer_at(keys, j)
        if n and any(a <= tok.start < b for a, b in spans):
            found.append((tok.start, tokens[j + n - 1].end))
    return found


_NGAY, _TU = match_key("ngày"), match_key("từ")
_DAY_TOKENS = ("DATE", "DAYMONTH")


def context_free_input(tokens: list[Token], text: str) -> Input:
    """Tokens to read what depends on no year, event or plan in: weekdays, the words before a
    parenthesis read in place."""
    return Input(tokens, TABLES, Env(text, ResolveContext(year=2000), [], []))


_PART_START = frozenset({"COMMA", "SEMI", "DASH", "COLON", "DOT", "CLOSE"})
_NUMBER_KINDS = frozenset({"NUM", "DAYMONTH", "DATE", "PERIODYEAR", "YEAR", "TIME"})
# A parenthesis read in place is short, and so are the words before it: bounds that keep a cell of
# thousands of parentheses linear.
_MAX_GROUP, _MAX_HEAD = 40, 12


def inline_groups(tokens: list[Token], text: str) -> frozenset[int]:
    """Where a parenthesis gives the dates of the words right before it ("Định kỳ hằng năm (trước
    ngày 30 tháng 11)"): the offsets of those "(", to be read in place by the rules that spell them
    (grammar.INLINE_HEADS). Only a group of one level holding a number qualifies, right after such
    words opening a part (lead words, grammar.INLINE_LEAD, may come first); any other stays a remark,
    as before."""
    keep: set[int] = set()
    inp = None
    for i, tok in enumerate(tokens):
        if tok.kind != "OPEN":
            continue
        j = next((k for k in range(i + 1, min(i + _MAX_GROUP, len(tokens)))
                  if tokens[k].kind in ("OPEN", "CLOSE", "SEMI")), None)
        if j is None or tokens[j].kind != "CLOSE":
            continue
        inner = {t.kind for t in tokens[i + 1 : j]}
        if not inner & _NUMBER_KINDS:
            continue
        inp = inp or context_free_input(tokens, text)
        for k in range(max(0, i - _MAX_HEAD), i):
            # after a separator, or after prose words ("Đại hội diễn ra trong 2 ngày (08/8 – 09/8/2017)")
            if k and tokens[k - 1].kind not in _PART_START and tokens[k - 1].key != VA \
                    and not (tokens[k - 1].kind == "WORD" and not inp.nonterminal("construct", k - 1)):
                continue
            if any(end == i for at in (k, *(j for j, _ in INLINE_LEAD.match(inp, k)))
                   for head in INLINE_HEADS for end, _ in head.match(inp, at)):
                keep.add(tok.start)
                break
    return frozenset(keep)


def split_weekdays(tokens: list[Token], text: str) -> tuple[list[Token], list[tuple[str, Token]]]:
    """A weekday written before a date ("Thứ Bảy 12/7/2025", "thứ 7, ngày 12/7", "ngày Thứ Hai
    ngày 1/1/2024", "THỨ HAI (09/02/2026)") adds nothing to the date: it is taken out, with the
    date's token, so that the weekday can be checked against the date (`check` warns)."""
    inp = context_free_input(tokens, text)
    out: list[Token] = []
    found: list[tuple[str, Token]] = []
    i = 0
    while i < len(tokens):
        hits = inp.nonterminal("weekday", i) if tokens[i].kind == "WORD" else ()
        if hits:
            j, code = hits[0]
            k = j + (1 if j < len(tokens) and tokens[j].kind in ("COMMA", "COLON", "DASH") else 0)
            at = tokens[k : k + 3]
            kinds = [t.kind for t in at]
            if kinds[:1] and kinds[0] in _DAY_TOKENS:  # "Thứ Bảy 12/7/2025"
                found.append((code, at[0]))
                i = k
                continue
            if len(kinds) >= 2 and at[0].key == _NGAY and kinds[1] in _DAY_TOKENS:  # "thứ 7, ngày 12/7"
                if out and out[-1].key == _NGAY:  # "ngày Thứ Hai ngày 1/1/2024": one "ngày"
                    out.pop()
                found.append((code, at[1]))
                i = k
                continue
            if kinds == ["OPEN", kinds[1] if kinds[1:2] and kinds[1] in _DAY_TOKENS else "", "CLOSE"]:
                found.append((code, at[1]))  # "THỨ HAI (09/02/2026)": the date, out of its parentheses
                out.append(at[1])
                i = k + 3
                continue
        out.append(tokens[i])
        i += 1
    return out, found


def weekday_findings(found: list[tuple[str, Token]], parts: list[Part], env: Env) -> list[Part]:
    """The weekdays taken out by `split_weekdays`, checked against their dates."""
    for code, tok in found:
        try:
            if tok.kind == "DATE":
                d, mo, y = numbers(tok)
            else:
                d, mo = numbers(tok)
                y = env.year_after(tok.end)
            day = dt.date(y, mo, d)
        except ValueError:
            continue  # an impossible date is reported where it is read
        checks = weekday_check(code, day)
        for k, part in enumerate(parts):
            if checks and part.start <= tok.start < part.end and part.drafts:
                first = part.drafts[0]
                parts[k] = replace(part, drafts=(replace(first, checks=first.checks + checks), *part.drafts[1:]))
    return parts


_DEADLINE_LEADS = {match_key(w) for w in ("chậm", "hạn", "trước", "hoàn", "trễ", "muộn")}


def remark_deadlines(remarks: list[Remark], ctx: ResolveContext, text: str) -> list[Part]:
    """"Dự kiến ngày 05/12/2025 (Chậm nhất ngày 10/12/2025 - …)": a remark that opens with a
    deadline of its own gives that deadline as one more part (the words stay in the note)."""
    out = []
    for remark in remarks:
        tokens = list(remark.tokens)
        if not tokens or tokens[0].key not in _DEADLINE_LEADS:
            continue
        matches = remark_readings(tokens, ctx, text)
        if not matches:
            continue
        j, drafts = longest(matches)
        if all(d.kind is Kind.DEADLINE and d.span is not None and d.ref is None and d.rrule is None for d in drafts):
            out.append(Part(tokens[0].start, tokens[j - 1].end, drafts))
    return out


_LUC = {match_key("lúc"), match_key("vào")}


def remark_time(remark: Remark) -> dt.time | None:
    """"(9 giờ 30 phút)", "(lúc 8h)": a remark that is only a clock time, as that time."""
    tokens = [t for t in remark.tokens if t.key not in _LUC]
    if len(tokens) == 1 and tokens[0].kind == "TIME":
        return time_of(tokens[0])
    return None


def weekday_of_remark(remark: Remark, text: str) -> str | None:
    """"(thứ Tư)", "(Chủ nhật)": the weekday code a remark is made of, else None."""
    tokens = list(remark.tokens)
    if not tokens:
        return None
    found = [code for j, code in context_free_input(tokens, text).nonterminal("weekday", 0) if j == len(tokens)]
    return found[0] if found else None


def solar_gloss(remark: Remark, ctx: ResolveContext, text: str, bare: bool = False) -> dt.date | None:
    """"(tức 21/2)" beside a lunar date: the solar day it names, else None. With `bare`, a remark that
    is only a solar day ("Mồng 6 Tết (02/02/2017)") is a gloss too."""
    tokens = list(remark.tokens)
    if not tokens or any(t.key in LUNAR_MARK_KEYS for t in tokens):
        return None
    opened = tokens[0].key in _GLOSS_OPEN
    if not (opened or bare):
        return None
    inner = Remark(remark.text, remark.start, remark.end, tuple(tokens[1:] if opened else tokens), remark.after)
    drafts = parse_remark(inner, ctx, text) or ()
    days = [d.span[0] for d in drafts if d.span is not None and d.span[0] == d.span[1] and d.ref is None]
    return days[0] if len(days) == 1 == len(drafts) else None


def remark_readings(tokens: list[Token], ctx: ResolveContext, text: str):
    """The constructs a remark's tokens begin with (none when they cannot be read)."""
    env = Env(text, ctx, explicit_years(tokens), event_index(ctx))
    try:
        return Input(tokens, TABLES, env).nonterminal("construct", 0)
    except PhraseError:
        return ()


def parse_remark(remark: Remark, ctx: ResolveContext, text: str) -> tuple[Draft, ...] | None:
    """A remark read as a whole construct, or None when it is only words."""
    tokens = list(remark.tokens)
    if not tokens:
        return None
    full = [v for j, v in remark_readings(tokens, ctx, text) if j == len(tokens)]
    if not full:
        return None
    return drafts_of(full[0])
