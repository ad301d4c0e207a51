"""The grammar machinery: tokenizer spans, the pattern language, rule examples."""

from __future__ import annotations

import unicodedata

import pytest

from kh_ical.errors import PhraseError
from kh_ical.phrases.grammar import EXAMPLE_CONTEXT, RULES, TABLES
from kh_ical.phrases.parser import Env, event_index, explicit_years, inline_groups
from kh_ical.phrases.patterns import Input, compile_pattern
from kh_ical.phrases.tokens import prepare, split_remarks, tokenize
from kh_ical.resolve import ResolveContext, resolve_phrase


def kinds(text: str) -> list[tuple[str, str]]:
    return [(t.kind, t.text) for t in tokenize(prepare(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("12/4/2023", [("DATE", "12/4/2023")]),
        ("12-4-2023", [("DATE", "12-4-2023")]),
        ("12.4.2023", [("DATE", "12.4.2023")]),
        ("12/4-2023", [("DAYMONTH", "12/4"), ("DASH", "-"), ("YEAR", "2023")]),  # mixed separators: no date
        ("Quý IV/ 2023", [("WORD", "Quý"), ("PERIODYEAR", "IV/ 2023")]),
        ("tháng 01/2024", [("WORD", "tháng"), ("PERIODYEAR", "01/2024")]),
        ("Quý III2027", [("WORD", "Quý"), ("WORD", "III"), ("YEAR", "2027")]),
        ("20-22/11/2025", [("NUM", "20"), ("DASH", "-"), ("DATE", "22/11/2025")]),
        ("14 giờ 30, ngày", [("TIME", "14 giờ 30"), ("COMMA", ","), ("WORD", "ngày")]),
        ("20h ngày", [("TIME", "20h"), ("WORD", "ngày")]),
        ("6/2023 –10/2024", [("PERIODYEAR", "6/2023"), ("DASH", "-"), ("PERIODYEAR", "10/2024")]),
    ],
)
def test_tokens(text, expected):
    assert kinds(text) == expected


def test_spans_index_the_nfc_text_even_for_nfd_input():
    nfd = unicodedata.normalize("NFD", "Hoàn thành trước ngày 10/8/2023")
    text = prepare(nfd)
    assert text == "Hoàn thành trước ngày 10/8/2023"
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.text


def test_remarks_are_set_aside_even_unclosed():
    text = prepare("Từ tháng 6 đến hết tháng 8/2023 (vào các thời điểm phù hợp")
    main, remarks = split_remarks(tokenize(text), text)
    assert [r.text for r in remarks] == ["vào các thời điểm phù hợp"]
    assert main[-1].text == "8/2023"


def _input(text: str, ctx: ResolveContext = EXAMPLE_CONTEXT) -> Input:
    text = prepare(text)
    tokens = tokenize(text)
    tokens, _ = split_remarks(tokens, text, inline_groups(tokens, text))
    return Input(tokens, TABLES, Env(text, ctx, explicit_years(tokens), event_index(ctx)))


@pytest.mark.parametrize(
    "pattern, text, ends",
    [
        ("hoàn thành", "Hoàn Thành", [2]),
        ("hoàn thành", "hoan thanh", []),  # diacritics matter
        ("[trong] {period}", "trong tháng 11/2023", [3]),
        ("(trước | sau) {NUM} ngày", "sau 5 ngày", [3]),
        ("tỉnh ủy", "Tỉnh Uỷ", [2]),  # old and new tone placement
        ("{DATE} - {DATE}", "1/1/2024 - 2/1/2024", [3]),
    ],
)
def test_pattern_language(pattern, text, ends):
    inp = _input(text)
    assert sorted({j for j, _ in compile_pattern(pattern).match(inp, 0)}, reverse=True)[:1] == ends


@pytest.mark.parametrize("bad", ["[trong {period}", "(a | b", "a ]"])
def test_pattern_typos_are_refused(bad):
    with pytest.raises(ValueError):
        compile_pattern(bad)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_every_rule_has_an_example_it_reads(rule):
    """Each rule matches (somewhere) in one of its own examples, and every
    example resolves without error in the documented example context."""
    assert rule.examples, f"rule {rule.name!r} has no example"
    matched = False
    for example in rule.examples:
        result = resolve_phrase(example, EXAMPLE_CONTEXT)
        assert result.occurrences or result.unresolved
        inp = _input(example)
        matched |= any(any(True for _ in rule.compiled.match(inp, i)) for i in range(len(inp.tokens)))
    assert matched, f"no example of {rule.name!r} is read by that rule"


def test_rule_names_are_unique():
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


def test_error_quotes_the_phrase_and_marks_unread_words():
    with pytest.raises(PhraseError) as exc:
        resolve_phrase("Khoảng giữa năm 2024 hoặc sau đó", ResolveContext(year=2024))
    assert exc.value.unread == ["Khoảng giữa", "hoặc sau đó"]
    assert str(exc.value) == (
        'không đọc được "Khoảng giữa", "hoặc sau đó" trong "Khoảng giữa năm 2024 hoặc sau đó"\n'
        "  [[Khoảng giữa]] năm 2024 [[hoặc sau đó]]"
    )


def test_resolution_is_cached_but_contexts_are_distinct():
    a = resolve_phrase("Tháng 5", ResolveContext(year=2024))
    b = resolve_phrase("Tháng 5", ResolveContext(year=2025))
    assert a.occurrences[0].start.year == 2024 and b.occurrences[0].start.year == 2025


@pytest.mark.parametrize("phrase", ["", "   ", "(theo kế hoạch riêng)"])
def test_a_cell_that_says_no_time_is_an_error(phrase):
    with pytest.raises(PhraseError, match="không có mốc thời gian"):
        resolve_phrase(phrase, ResolveContext(year=2024))


@pytest.mark.parametrize(
    "phrase, hhmm",
    [("8h tối ngày 2/9/2025", "20:00"), ("2 giờ 30 chiều ngày 2/9/2025", "14:30"), ("8h30 sáng 2/9/2025", "08:30"),
     ("12h trưa ngày 2/9/2025", "12:00")],
)
def test_part_of_day_sets_the_clock(phrase, hhmm):
    [occ] = resolve_phrase(phrase, ResolveContext(year=2025)).occurrences
    assert occ.time.strftime("%H:%M") == hhmm


def test_a_bare_year_ends_only_a_year_range():
    with pytest.raises(PhraseError, match="không rõ năm"):
        resolve_phrase("Quý IV/2023 - 2024", ResolveContext(year=2023))


@pytest.mark.parametrize(
    "phrase, note",
    [("Ngày 7/4/2025, nhằm ngày 10/3 âm lịch", "nhằm ngày 10/3 âm lịch"),
     ("Ngày 7/4/2025 tức 10/3 âm lịch", "tức 10/3 âm lịch"),
     ("Ngày 7/4/2025 (tức 10/3 âm lịch)", "tức 10/3 âm lịch")],
)
def test_a_lunar_gloss_with_or_without_parentheses_is_a_remark(phrase, note):
    [occ] = resolve_phrase(phrase, ResolveContext(year=2025)).occurrences
    assert (occ.start.isoformat(), occ.note) == ("2025-04-07", note)


def test_a_lunar_gloss_alone_is_not_a_date():
    with pytest.raises(PhraseError, match="không có mốc thời gian"):
        resolve_phrase("tức 10/3 âm lịch", ResolveContext(year=2025))


@pytest.mark.parametrize("phrase", ["Định kỳ 2 năm/lần", "định kỳ 3 năm", "được duy trì tổ chức định kỳ 2 năm/lần"])
def test_a_cycle_of_years_with_no_year_is_an_error(phrase):
    """Every other year from the plan's year would be a guess: the cell does not say which years."""
    with pytest.raises(PhraseError) as exc:
        resolve_phrase(phrase, ResolveContext(year=2022))
    assert "bắt đầu từ năm nào" in exc.value.reason
