"""Errors carry structure; their messages are built from it.

Library code raises these; the CLI turns any `KhIcalError` into
"Lỗi: …" and exit status 1 in one place (`kh_ical.cli`).
"""

from __future__ import annotations

from dataclasses import dataclass

from kh_ical.text import without_surrogates


class KhIcalError(Exception):
    """Base of every error kh-ical reports to a person."""


@dataclass(frozen=True)
class Problem:
    """One mistake in the data, with its place and a way to fix it."""

    place: str  # 'data/tasks.json: tasks[12] (III.5).lead'
    message: str  # 'unknown agency "Sở VH-TT"'
    hint: str = ""  # 'did you mean "Sở VH,TT&DL"? Add it as an alias in data/agencies.json'

    def __str__(self) -> str:
        text = f"{self.place}: {self.message}"
        return f"{text} — {self.hint}" if self.hint else text


class DataError(KhIcalError):
    """The data files have one or more problems; all are reported at once."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__(self._format())

    def _format(self) -> str:
        head = f"Dữ liệu có {len(self.problems)} lỗi:"
        return "\n".join([head, *(f"  {p}" for p in self.problems)])


class PhraseError(KhIcalError):
    """A timing phrase has words the resolver cannot account for (or declines).

    `spans` are (start, end) character offsets into `phrase` of the words that
    were not read; the message quotes the phrase and marks them.
    """

    def __init__(
        self,
        phrase: str,
        spans: list[tuple[int, int]] | tuple[tuple[int, int], ...] = (),
        reason: str = "không đọc được",
        *,
        place: str = "",
    ):
        self.phrase = phrase
        self.spans = tuple(spans)
        self.reason = reason
        self.place = place
        super().__init__(str(self))

    @property
    def unread(self) -> list[str]:
        return [self.phrase[a:b] for a, b in self.spans]

    def with_place(self, place: str) -> "PhraseError":
        return PhraseError(self.phrase, self.spans, self.reason, place=place)

    def __str__(self) -> str:
        flat = " ".join(self.phrase.split())
        head = f"{self.place}: " if self.place else ""
        words = ", ".join(f'"{" ".join(w.split())}"' for w in self.unread)
        marked = _mark(self.phrase, self.spans)
        detail = f" {words}" if words else ""
        text = f'{head}{self.reason}{detail} trong "{flat}"' + (f"\n  {marked}" if self.spans else "")
        return without_surrogates(text)  # quoted text may hold any character: the message must be UTF-8


def _mark(phrase: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The phrase on one line with the unread words in [[double brackets]]."""
    out, pos = [], 0
    for a, b in sorted(spans):
        out += [phrase[pos:a], "[[", phrase[a:b], "]]"]
        pos = b
    out.append(phrase[pos:])
    return " ".join("".join(out).split())
