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

import bisect
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Sequence

from kh_ical.errors import PhraseError
from kh_ical.phrases.context import same_object_memo
from kh_ical.phrases.tokens import Token
from kh_ical.text import match_key

Captures = dict[str, Any]
Matches = Iterator[tuple[int, tuple[tuple[str, Any], ...]]]

# Nonterminals read inside one another at most (a lead word before a construct is one
# level): far above any real phrase, far below Python's recursion limit.
MAX_NESTING = 120

PUNCTUATION = {"-": "DASH", ",": "COMMA", ";": "SEMI", ":": "COLON", "/": "SLASH", ".": "DOT"}


class Input:
    """The tokens of one part plus what nonterminals need to look things up."""

    def __init__(self, tokens: list[Token], tables: dict[str, Any], env: Any):
        self.tokens = tokens
        self.tables = tables  # nonterminal name → list of rules, or a matcher function
        self.env = env  # the grammar's context (events, years)
        self.memo: dict[tuple[str, int], Sequence[tuple[int, Any]]] = {}
        self.index = rule_index(tables)  # looked up once per part, not once per nonterminal call
        # Readings whose builder refused them (an impossible date, a range that runs
        # backwards), by first token: (token after the last, the error). Another reading
        # may still account for the words; the parser decides (parser.read_stretch).
        self.failures: dict[int, list[tuple[int, PhraseError]]] = {}
        self.depth = 0  # nonterminals being read inside one another

    def nonterminal(self, name: str, i: int) -> Sequence[tuple[int, Any]]:
        key = (name, i)
        if key not in self.memo:
            self.memo[key] = ()  # guards against left recursion
            table = self.tables[name]
            found: list[tuple[int, Any]] = []
            self.depth += 1
            try:
                if self.depth > MAX_NESTING:  # "vào vào vào … tháng 5": no phrase nests so deep
                    raise PhraseError(self.env.text, [(self.tokens[i].start, self.tokens[-1].end)] if i < len(
                        self.tokens) else [], "cụm thời gian lồng nhau quá nhiều tầng")
                if callable(table):
                    for item in table(self, i):
                        found.append(item)
                else:
                    for rule in self.index[name].candidates(self.tokens, i):
                        for j, caps in rule.compiled.match(self, i):
                            try:
                                found.append((j, rule.build(Match(self, i, j, dict(caps)))))
                            except PhraseError as exc:
                                self.failures.setdefault(i, []).append((j, exc))
            except PhraseError as exc:  # a matcher met an impossible date
                self.failures.setdefault(i, []).append((self.token_after(exc), exc))
            finally:
                self.depth -= 1
            # Most positions match nothing: the shared empty tuple, not one more list for
            # the garbage collector to walk (it made 100 kB of junk super-linear).
            self.memo[key] = found or ()
        return self.memo[key]

    def token_after(self, exc: PhraseError) -> int:
        """Index of the first token after the words an error points at."""
        end = max((b for _, b in exc.spans), default=0)
        return bisect.bisect_left(self.tokens, end, key=lambda t: t.start)

    def text(self, i: int, j: int) -> str:
        """Source text of tokens i..j-1, as written."""
        if i >= j:
            return ""
        return self.env.text[self.tokens[i].start : self.tokens[j - 1].end]


# --- which rules can start at a token ------------------------------------------
#
# A rule can only match at token i if that token can begin its pattern (its
# FIRST set, in parser terms) or if the pattern can match nothing. The sets are
# derived from the rules' patterns, so the grammar stays the only description;
# trying just those rules, in rule order, gives the same matches in the same order.


@dataclass(frozen=True)
class First:
    """What can begin a match: WORD keys, token kinds; `anything`: a hand-written
    matcher (it may look at any token); `empty`: it can match no token at all."""

    words: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    anything: bool = False
    empty: bool = False

    def __or__(self, other: "First") -> "First":
        return First(self.words | other.words, self.kinds | other.kinds, self.anything or other.anything,
                     self.empty or other.empty)


ANYTHING = First(anything=True, empty=True)


def can_start(first: First, toks: list[Token], i: int) -> bool:
    """Whether a match described by `first` may begin at token i."""
    if first.anything or first.empty:
        return True
    if i >= len(toks):
        return False
    tok = toks[i]
    return tok.kind in first.kinds or (tok.kind == "WORD" and tok.key in first.words)


def first_of(pattern: "Pattern", nonterminals: dict[str, First]) -> First:
    if isinstance(pattern, Word):
        return First(words=frozenset({pattern.key}))
    if isinstance(pattern, Kind):
        return First(kinds=frozenset({pattern.kind}))
    if isinstance(pattern, Ref):
        return nonterminals.get(pattern.nonterminal, First())
    if isinstance(pattern, Opt):
        return first_of(pattern.item, nonterminals) | First(empty=True)
    if isinstance(pattern, Alt):
        out = First()
        for option in pattern.options:
            out = out | first_of(option, nonterminals)
        return out
    if isinstance(pattern, Seq):
        out = First(empty=True)
        for item in pattern.items:
            f = first_of(item, nonterminals)
            out = First(out.words | f.words, out.kinds | f.kinds, out.anything or f.anything, f.empty)
            if not f.empty:
                break
        return out
    return ANYTHING  # an unknown kind of pattern: always try it


class TableIndex:
    """The rules of one table that can start at a token, in rule order."""

    def __init__(self, rules: tuple["Rule", ...], firsts: list[First]):
        pairs = list(zip(rules, firsts, strict=True))
        always = tuple(r for r, f in pairs if f.anything or f.empty)
        words = {w for f in firsts for w in f.words}
        kinds = {k for f in firsts for k in f.kinds} | {"WORD"}

        def pick(kind: str, word: str | None) -> tuple["Rule", ...]:
            return tuple(r for r, f in pairs
                         if f.anything or f.empty or kind in f.kinds or (word is not None and word in f.words))

        self.always = always  # at the end of the tokens only these can match
        self.by_kind = {k: pick(k, None) for k in kinds}
        self.by_word = {w: pick("WORD", w) for w in words}

    def candidates(self, tokens: list[Token], i: int) -> tuple["Rule", ...]:
        if i >= len(tokens):
            return self.always
        tok = tokens[i]
        if tok.kind == "WORD":
            hit = self.by_word.get(tok.key)
            if hit is not None:
                return hit
        return self.by_kind.get(tok.kind, self.always)


def starts(first: First) -> Callable[[Callable], Callable]:
    """Declare what a hand-written matcher can begin with (it never matches
    elsewhere, nor matches nothing); undeclared matchers are tried everywhere."""

    def mark(matcher: Callable) -> Callable:
        matcher.first = first  # type: ignore[attr-defined]
        return matcher

    return mark


def build_index(tables: dict[str, Any]) -> dict[str, TableIndex]:
    """FIRST sets of every table (to a fixpoint: tables refer to each other), then an index per table."""
    nts = {name: (getattr(t, "first", ANYTHING) if callable(t) else First()) for name, t in tables.items()}
    changed = True
    while changed:
        changed = False
        for name, table in tables.items():
            if callable(table):
                continue
            f = First()
            for rule in table:
                f = f | first_of(rule.compiled, nts)
            if f != nts[name]:
                nts[name], changed = f, True
    return {name: TableIndex(tuple(table), [first_of(r.compiled, nts) for r in table])
            for name, table in tables.items() if not callable(table)}


def rule_index(tables: dict[str, Any]) -> dict[str, TableIndex]:
    """The index of a grammar's tables, built once per tables object (bounded memo)."""
    return same_object_memo(tables, build_index)


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
    # No nonterminal inside: matching runs no builder, so it may be done eagerly,
    # all at once (`matches_at`), with the same results in the same order.
    pure = True

    def match(self, inp: Input, i: int) -> Matches:  # pragma: no cover - interface
        raise NotImplementedError

    def matches_at(self, toks: list[Token], i: int) -> list[tuple[int, tuple]]:  # pragma: no cover - interface
        raise NotImplementedError


# Matching is depth first and lazy where a nonterminal is involved (its rules'
# builders may raise, so the order in which they run is part of the behaviour);
# pure parts (words, kinds, choices among them) are matched eagerly, as lists.


@dataclass(frozen=True)
class Word(Pattern):
    key: str

    def match(self, inp: Input, i: int) -> Matches:
        return iter(self.matches_at(inp.tokens, i))

    def matches_at(self, toks: list[Token], i: int) -> list[tuple[int, tuple]]:
        if i < len(toks) and toks[i].kind == "WORD" and toks[i].key == self.key:
            return [(i + 1, ())]
        return []


@dataclass(frozen=True)
class Kind(Pattern):
    kind: str
    name: str | None = None

    def match(self, inp: Input, i: int) -> Matches:
        return iter(self.matches_at(inp.tokens, i))

    def matches_at(self, toks: list[Token], i: int) -> list[tuple[int, tuple]]:
        if i < len(toks) and toks[i].kind == self.kind:
            return [(i + 1, (((self.name, toks[i]),) if self.name else ()))]
        return []


@dataclass(frozen=True)
class Ref(Pattern):
    nonterminal: str
    name: str | None = None
    pure = False

    def match(self, inp: Input, i: int) -> Matches:
        found = inp.nonterminal(self.nonterminal, i)
        if self.name:
            return iter([(j, ((self.name, value),)) for j, value in found])
        return iter([(j, ()) for j, _ in found])


@dataclass(frozen=True)
class Seq(Pattern):
    items: tuple[Pattern, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "pure", all(p.pure for p in self.items))
        words = all(type(p) is Word for p in self.items)
        object.__setattr__(self, "_keys", tuple(p.key for p in self.items) if words else None)  # type: ignore
        if self.pure:
            object.__setattr__(self, "first", first_of(self, {}))

    def match(self, inp: Input, i: int) -> Matches:
        if self.pure:
            return iter(self.matches_at(inp.tokens, i))
        return self._from(inp, 0, i, ())

    def matches_at(self, toks: list[Token], i: int) -> list[tuple[int, tuple]]:
        keys = self._keys  # type: ignore[attr-defined]
        if keys is None and not can_start(self.first, toks, i):  # type: ignore[attr-defined]
            return []
        if keys is not None:  # words only: one way to match, or none
            if len(toks) - i < len(keys):
                return []
            for k, key in enumerate(keys):
                tok = toks[i + k]
                if tok.kind != "WORD" or tok.key != key:
                    return []
            return [(i + len(keys), ())]
        # Item by item, each state extended in order: the order depth-first matching gives.
        states: list[tuple[int, tuple]] = [(i, ())]
        for item in self.items:
            states = [(j, caps + more) for at, caps in states for j, more in item.matches_at(toks, at)]
            if not states:
                break
        return states

    def _from(self, inp: Input, k: int, i: int, caps: tuple) -> Matches:
        items, toks = self.items, inp.tokens
        while k < len(items):  # single words and kinds inline; branch at the others
            item = items[k]
            kind = type(item)
            if kind is Word:
                if i < len(toks) and toks[i].kind == "WORD" and toks[i].key == item.key:  # type: ignore[attr-defined]
                    i, k = i + 1, k + 1
                    continue
                return
            if kind is Kind:
                if i < len(toks) and toks[i].kind == item.kind:  # type: ignore[attr-defined]
                    if item.name:  # type: ignore[attr-defined]
                        caps = caps + ((item.name, toks[i]),)  # type: ignore[attr-defined]
                    i, k = i + 1, k + 1
                    continue
                return
            found = item.matches_at(toks, i) if item.pure else item.match(inp, i)
            if k + 1 == len(items):
                for j, more in found:
                    yield j, caps + more
            else:
                for j, more in found:
                    yield from self._from(inp, k + 1, j, caps + more)
            return
        yield i, caps


@dataclass(frozen=True)
class Alt(Pattern):
    options: tuple[Pattern, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "pure", all(p.pure for p in self.options))

    def match(self, inp: Input, i: int) -> Matches:
        if self.pure:
            return iter(self.matches_at(inp.tokens, i))
        return self._lazy(inp, i)

    def matches_at(self, toks: list[Token], i: int) -> list[tuple[int, tuple]]:
        return [m for option in self.options for m in option.matches_at(toks, i)]

    def _lazy(self, inp: Input, i: int) -> Matches:
        for option in self.options:
            yield from option.match(inp, i)


@dataclass(frozen=True)
class Opt(Pattern):
    item: Pattern

    def __post_init__(self) -> None:
        object.__setattr__(self, "pure", self.item.pure)

    def match(self, inp: Input, i: int) -> Matches:
        if self.pure:
            return iter(self.matches_at(inp.tokens, i))
        return self._lazy(inp, i)

    def matches_at(self, toks: list[Token], i: int) -> list[tuple[int, tuple]]:
        return [*self.item.matches_at(toks, i), (i, ())]

    def _lazy(self, inp: Input, i: int) -> Matches:
        yield from self.item.match(inp, i)
        yield i, ()


def spelled(pattern: Pattern) -> Iterator[tuple[str, ...]]:
    """The runs of words a pattern spells one after another, as keys: "[hoàn thành] trước {period:p}"
    spells ("hoàn", "thành") and ("trước",)."""
    if isinstance(pattern, Word):
        yield (pattern.key,)
    elif isinstance(pattern, Seq):
        run: list[str] = []
        for item in pattern.items:
            if isinstance(item, Word):
                run.append(item.key)
                continue
            if run:
                yield tuple(run)
            run = []
            yield from spelled(item)
        if run:
            yield tuple(run)
    elif isinstance(pattern, Alt):
        for option in pattern.options:
            yield from spelled(option)
    elif isinstance(pattern, Opt):
        yield from spelled(pattern.item)


def _begins_with(pattern: Pattern, kind: str) -> bool:
    """Whether a pattern may begin with a token of `kind` (one of its options does)."""
    if isinstance(pattern, Kind):
        return pattern.kind == kind
    if isinstance(pattern, Seq):
        return bool(pattern.items) and _begins_with(pattern.items[0], kind)
    if isinstance(pattern, Alt):
        return any(_begins_with(option, kind) for option in pattern.options)
    return False


def head_before(pattern: Pattern, kind: str) -> Pattern | None:
    """What a rule's pattern reads before the first token of `kind` it spells at its top level
    ("{repeat:f} {OPEN} …" → "{repeat:f}"), or None when it spells none there."""
    if not isinstance(pattern, Seq):
        return None
    for k, item in enumerate(pattern.items):
        if k and _begins_with(item, kind):
            return Seq(pattern.items[:k])
    return None


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
