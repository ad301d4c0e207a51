"""A tiny pattern language over tokens, so that grammar rules read as data.

    "[hoàn thành] trước {event:ev} {NUM:n} ngày"

- a word matches a WORD token with the same matching key (case, Unicode form
  and tone placement do not matter; diacritics do);
- `{NUM:n}` matches a token of that kind (upper case) and captures it as `n`;
- `{period:p}` matches a nonterminal (lower case): another rule table of the
  grammar, or a hand-written matcher, and captures the value it builds;
- `[…]` is optional, `(a | b)` is a choice, `- , ; : / .` match punctuation.

Matching yields every way a pattern can match at a position; the parser keeps
the longest. Nonterminal results are memoised per position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from kh_ical.phrases.tokens import Token
from kh_ical.text import match_key

Captures = dict[str, Any]
Matches = Iterator[tuple[int, tuple[tuple[str, Any], ...]]]

PUNCTUATION = {"-": "DASH", ",": "COMMA", ";": "SEMI", ":": "COLON", "/": "SLASH", ".": "DOT"}


class Input:
    """The tokens of one part plus what nonterminals need to look things up."""

    def __init__(self, tokens: list[Token], tables: dict[str, Any], env: Any):
        self.tokens = tokens
        self.tables = tables  # nonterminal name → list of rules, or a matcher function
        self.env = env  # the grammar's context (events, years)
        self.memo: dict[tuple[str, int], list[tuple[int, Any]]] = {}

    def nonterminal(self, name: str, i: int) -> list[tuple[int, Any]]:
        key = (name, i)
        if key not in self.memo:
            self.memo[key] = []  # guards against left recursion
            table = self.tables[name]
            if callable(table):
                self.memo[key] = list(table(self, i))
            else:
                self.memo[key] = [
                    (j, rule.build(Match(self, i, j, dict(caps))))
                    for rule in table
                    for j, caps in rule.compiled.match(self, i)
                ]
        return self.memo[key]

    def text(self, i: int, j: int) -> str:
        """Source text of tokens i..j-1, as written."""
        if i >= j:
            return ""
        return self.env.text[self.tokens[i].start : self.tokens[j - 1].end]


@dataclass(frozen=True)
class Match:
    """What a rule's builder gets: the captures and where the match lies."""

    inp: "Input"
    i: int
    j: int
    caps: Captures

    def __getitem__(self, name: str) -> Any:
        return self.caps[name]

    def get(self, name: str, default: Any = None) -> Any:
        return self.caps.get(name, default)

    @property
    def env(self) -> Any:
        return self.inp.env

    @property
    def text(self) -> str:
        return " ".join(self.inp.text(self.i, self.j).split())


class Pattern:
    def match(self, inp: Input, i: int) -> Matches:  # pragma: no cover - interface
        raise NotImplementedError


@dataclass(frozen=True)
class Word(Pattern):
    key: str

    def match(self, inp: Input, i: int) -> Matches:
        toks = inp.tokens
        if i < len(toks) and toks[i].kind == "WORD" and toks[i].key == self.key:
            yield i + 1, ()


@dataclass(frozen=True)
class Kind(Pattern):
    kind: str
    name: str | None = None

    def match(self, inp: Input, i: int) -> Matches:
        toks = inp.tokens
        if i < len(toks) and toks[i].kind == self.kind:
            yield i + 1, (((self.name, toks[i]),) if self.name else ())


@dataclass(frozen=True)
class Ref(Pattern):
    nonterminal: str
    name: str | None = None

    def match(self, inp: Input, i: int) -> Matches:
        for j, value in inp.nonterminal(self.nonterminal, i):
            yield j, (((self.name, value),) if self.name else ())


@dataclass(frozen=True)
class Seq(Pattern):
    items: tuple[Pattern, ...]

    def match(self, inp: Input, i: int) -> Matches:
        yield from self._from(inp, 0, i, ())

    def _from(self, inp: Input, k: int, i: int, caps: tuple) -> Matches:
        if k == len(self.items):
            yield i, caps
            return
        for j, more in self.items[k].match(inp, i):
            yield from self._from(inp, k + 1, j, caps + more)


@dataclass(frozen=True)
class Alt(Pattern):
    options: tuple[Pattern, ...]

    def match(self, inp: Input, i: int) -> Matches:
        for option in self.options:
            yield from option.match(inp, i)


@dataclass(frozen=True)
class Opt(Pattern):
    item: Pattern

    def match(self, inp: Input, i: int) -> Matches:
        yield from self.item.match(inp, i)
        yield i, ()


_DSL_TOKEN = re.compile(r"\{[^}]*\}|[\[\]()|]|[-,;:/.]|[^\s\[\]()|{}\-,;:/.]+")


def compile_pattern(source: str) -> Pattern:
    """Compile the pattern language above; raises ValueError on a typo."""
    items = _DSL_TOKEN.findall(source)
    pattern, pos = _parse_seq(items, 0, source)
    if pos != len(items):
        raise ValueError(f"unbalanced pattern {source!r}")
    return pattern


def _parse_seq(items: list[str], pos: int, source: str) -> tuple[Pattern, int]:
    options: list[Pattern] = []
    seq: list[Pattern] = []
    while pos < len(items) and items[pos] not in ("]", ")"):
        item = items[pos]
        if item == "|":
            options.append(Seq(tuple(seq)))
            seq, pos = [], pos + 1
            continue
        if item in ("[", "("):
            inner, pos = _parse_seq(items, pos + 1, source)
            closing = "]" if item == "[" else ")"
            if pos >= len(items) or items[pos] != closing:
                raise ValueError(f"unbalanced pattern {source!r}")
            seq.append(Opt(inner) if item == "[" else inner)
        else:
            seq.append(_atom(item))
        pos += 1
    options.append(Seq(tuple(seq)))
    return (options[0] if len(options) == 1 else Alt(tuple(options))), pos


def _atom(item: str) -> Pattern:
    if item in PUNCTUATION:
        return Kind(PUNCTUATION[item])
    if item.startswith("{"):
        what, _, name = item[1:-1].partition(":")
        return Kind(what, name or None) if what.isupper() else Ref(what, name or None)
    return Word(match_key(item))


@dataclass(frozen=True)
class Rule:
    """One construct: a readable name, a pattern, what it builds, examples.

    Every rule's examples are run by the tests, so no rule goes untested.
    """

    name: str
    pattern: str
    build: Callable[["Match"], Any]
    examples: tuple[str, ...] = ()
    compiled: Pattern = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", compile_pattern(self.pattern))
