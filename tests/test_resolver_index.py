"""The indexes that make reading phrases and cells linear give the same answers
as trying everything: the rules tried at a token, the event-name trie, the
agency-name lengths, and the declared starts of hand-written matchers."""

from __future__ import annotations

import pytest
from phrase_cases import CASES, EVENTS, NEGATIVE, RULE_EXAMPLE_CTX

from kh_ical.agencies import AgencyRegistry
from kh_ical.agencies import tokenize as agency_tokens
from kh_ical.errors import PhraseError
from kh_ical.model import Agency
from kh_ical.phrases.grammar import RULES, TABLES, _longest_name, _name_trie, name_keys, token_key
from kh_ical.phrases.parser import Env, event_index, explicit_years
from kh_ical.phrases.patterns import Input, can_start, rule_index
from kh_ical.phrases.tokens import prepare, split_remarks, tokenize
from kh_ical.resolve import ResolveContext

CTX = ResolveContext(year=2025, events=EVENTS + RULE_EXAMPLE_CTX.events, section_events=(EVENTS[0].id,))
PHRASES = sorted(
    {p for case in CASES for p in case.phrasings}
    | {n.phrase for n in NEGATIVE}
    | {e for rule in RULES for e in rule.examples}
    | {"Đợt 1, từ 1/3/2025 đến 15/3/2025; đợt 2 từ 1/4/2025", "20h ngày 2/9/2025 và sáng 3/9/2025"}
)


def _input(text: str) -> Input:
    text = prepare(text)
    tokens, _ = split_remarks(tokenize(text), text)
    return Input(tokens, TABLES, Env(text, CTX, explicit_years(tokens), event_index(CTX)))


def _ends(rule, inp: Input, i: int) -> list[int] | str:
    try:
        return [j for j, _ in rule.compiled.match(inp, i)]
    except PhraseError as exc:
        return f"error: {exc}"


@pytest.mark.parametrize("phrase", PHRASES)
def test_rules_left_out_at_a_token_cannot_match_there(phrase):
    index = rule_index(TABLES)
    inp = _input(phrase)  # nonterminal results are memoised: the same whichever rule asks
    for name, table in TABLES.items():
        if callable(table):
            continue
        for i in range(len(inp.tokens) + 1):
            tried = set(map(id, index[name].candidates(inp.tokens, i)))
            for rule in table:
                if id(rule) not in tried:
                    assert _ends(rule, inp, i) == [], (name, rule.name, i)


@pytest.mark.parametrize("phrase", PHRASES)
def test_matchers_start_only_where_they_say(phrase):
    for name, matcher in TABLES.items():
        first = getattr(matcher, "first", None)
        if first is None or not callable(matcher):
            continue
        inp = _input(phrase)
        for i in range(len(inp.tokens) + 1):
            try:
                found = list(matcher(inp, i))
            except PhraseError:
                continue
            if found:
                assert can_start(first, inp.tokens, i), (name, i)
                assert all(j > i for j, _ in found) or first.empty, (name, i)


def _match_keys_linear(tokens, i, keys):
    """Event-name matching as it was before the trie: one name at a time."""
    k, j = 0, i
    while k < len(keys):
        if j >= len(tokens):
            return None
        if tokens[j].kind in ("COMMA", "DASH", "DOT", "COLON", "SLASH", "SEMI") and k > 0:
            j += 1
            continue
        if tokens[j].kind not in ("WORD", "NUM", "YEAR") or token_key(tokens[j]) != keys[k]:
            return None
        j, k = j + 1, k + 1
    return j


@pytest.mark.parametrize("phrase", PHRASES + [ev_name for ev in EVENTS for ev_name in ev.names])
def test_event_trie_finds_the_longest_name_like_a_linear_scan(phrase):
    index = event_index(CTX)
    trie = _name_trie(index)
    inp = _input(phrase)
    for i in range(len(inp.tokens) + 1):
        found = [(j, ev) for keys, ev in index if (j := _match_keys_linear(inp.tokens, i, keys))]
        got = _longest_name(inp.tokens, i, trie)
        if not found:
            assert got is None
            continue
        best = max(j for j, _ in found)
        assert got is not None and got[0] == best
        assert sorted(set(got[1])) == sorted({ev for j, ev in found if j == best})


def test_event_trie_skips_punctuation_inside_names():
    index = [(name_keys("Kỷ niệm 50 năm, Ngày giải phóng"), "a"), (name_keys("Kỷ niệm"), "b")]
    inp = _input("trước Kỷ niệm 50 năm - Ngày giải phóng 5 ngày")
    assert _longest_name(inp.tokens, 1, _name_trie(index)) == (9, ["a"])


AGENCIES = [
    Agency("so-vh", "Sở Văn hóa, Thể thao và Du lịch", "Sở VH,TT&DL"),
    Agency("so", "Sở"),
    Agency("ubnd-huyen", "UBND các huyện, thành phố", group=True, members=("so",)),
    Agency("bao", "Báo Lai Châu", aliases=("Báo Lai Châu điện tử",)),
]
GENERIC = ["Các đơn vị có liên quan", "các cơ quan"]


def _longest_linear(registry: AgencyRegistry, tokens, i):
    longest = max(len(k) for k in registry.names)
    for n in range(min(longest, len(tokens) - i), 0, -1):
        name = registry.names.get(tuple(t.key for t in tokens[i : i + n]))
        if name is not None:
            return n, name
    return None


@pytest.mark.parametrize("cell", [
    "Sở VH,TT&DL; các đơn vị có liên quan",
    "Sở Văn hóa, Thể thao và Du lịch, Báo Lai Châu điện tử và UBND các huyện, thành phố",
    "Sở, Sở VH, các cơ quan (xyz) Báo Lai Châu",
    "",
])
def test_agency_names_by_first_key_like_every_length(cell):
    registry = AgencyRegistry(AGENCIES, GENERIC)
    tokens = agency_tokens(cell)
    for i in range(len(tokens) + 1):
        assert registry.longest_at(tuple(t.key for t in tokens), i) == _longest_linear(registry, tokens, i)
