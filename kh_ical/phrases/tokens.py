"""Tokenizer for timing phrases: small named regexes, tokens keep their spans.

The phrase is first put in NFC (so NFD input reads the same); spans index
into that NFC string, which is what error messages quote. Each regex below is
one token kind; the grammar never sees raw text, only these tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kh_ical.text import match_key, nfc, without_surrogates

# Order matters: longer, more specific forms first.
TOKEN_PATTERNS: tuple[tuple[str, str], ...] = (
    # 12/4/2023, 12-4-2023, 12.4.2023, 07/01/2024 (same separator twice)
    ("DATE", r"\d{1,2}\s*(?P<sep>[/.\-])\s*\d{1,2}\s*(?P=sep)\s*\d{4}(?!\d)"),
    # 8/2023, IV/2023, "IV/ 2023", "I /2028", "5-2022": a month or quarter with its year
    ("PERIODYEAR", r"(?:\d{1,2}|[ivx]{1,4})(?:\s*/\s*|[-.])\d{4}(?!\d)"),  # "5-2022", "5.2022" only unspaced
    # 3/9: day/month without a year (slash only; "20-22" is a day span)
    ("DAYMONTH", r"\d{1,2}/\d{1,2}(?![\d/])"),
    # 20h, 20h30, 8g45, 16 h00, 14 giờ 30, 14 giờ 30 phút, 20h15’, 07 giờ 00’; minutes are
    # never the day of a following date ("20 giờ 23.7" is 20:00 on 23/7)
    # minutes may stand before "-" and the next time ("20h30-21h30"), not before "-" and a month ("20 giờ 23-7")
    # and 19:00, 8:30 (a colon right between the digits: "Tháng 7: Ngày 3" has a space after its colon)
    ("TIME", r"\d{1,2}:\d{2}(?!\d)"
             r"|\d{1,2}\s*(?:h|g|giờ)(?:\s*\d{1,2}(?!\d)(?![./]\d)(?!\s*-\s*\d{1,2}(?!\s*(?:h|g|giờ|\d)))"
             r"(?:\s*(?:phút|p)\b)?)?[’'′`]?(?![^\W\d_])"),
    ("YEAR", r"\d{4}(?!\d)"),
    ("NUM", r"\d{1,3}(?!\d)"),
    ("WORD", r"[^\W\d_]+"),
    ("DASH", r"-"),
    ("COMMA", r","),
    ("SEMI", r";"),
    ("DOT", r"\."),
    ("COLON", r":"),
    ("SLASH", r"/"),
    ("OPEN", r"\("),
    ("CLOSE", r"\)"),
    ("SPACE", r"\s+"),
    ("OTHER", r"."),
)
# List bullets other than "-" ("* Thứ Bảy …", "• Quý I/2025", "+ Tháng 5") read as "-": one
# character for one, so spans still index the text.
_BULLETS = re.compile(r"(?m)^([ \t]*)[*•+]")
# A numbered item at the start of a line ("1. Mục tiêu …", "2) Tháng 5") is a bullet too: "-" padded to
# the number's length. A day ("15. 10. 2025") is followed by a digit, not a word.
_NUMBERED = re.compile(r"(?m)^([ \t]*)(\d{1,2}[.)])(?=[ \t]+[^\W\d_])")
_MASTER = re.compile("|".join(f"(?P<{k}>{p})" for k, p in TOKEN_PATTERNS), re.IGNORECASE)
# Every dash, and the arrow and "÷" some schedules use for a range ("31/5 → 12/7").
_DASHES = re.compile(r"[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u2192\u27F6\u00F7]")


@dataclass(frozen=True)
class Token:
    kind: str
    text: str  # as written (NFC)
    start: int
    end: int

    # Matching form of a word ("Tỉnh Uỷ" and "tỉnh ủy" share a key), made once:
    # the grammar asks for it again and again. Derived from `text`: not compared.
    key: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", match_key(self.text))


@dataclass(frozen=True)
class Remark:
    """A parenthesised remark: its own tokens, kept apart from the grammar."""

    text: str
    start: int  # span of the whole remark, parentheses included
    end: int
    tokens: tuple[Token, ...]
    after: int  # index, in the main token list, of the first token after it


def numbers(tok: Token) -> tuple[int, ...]:
    """The numbers of a DATE or DAYMONTH token: "12/4/2023" → (12, 4, 2023), "3/9" → (3, 9)."""
    return tuple(int(x) for x in re.findall(r"\d+", tok.text))


def prepare(text: str) -> str:
    """NFC, one kind of dash and one kind of bullet; the result is what spans index into.

    A lone surrogate (text cut in the middle of a UTF-16 pair) becomes U+FFFD, one
    character for one, so that messages quoting the phrase can be written as UTF-8.
    """
    text = _BULLETS.sub(r"\1-", _DASHES.sub("-", nfc(without_surrogates(text))))
    return _NUMBERED.sub(lambda m: m[1] + "-".ljust(len(m[2])), text)


def tokenize(text: str) -> list[Token]:
    """Tokens of a prepared phrase, spaces dropped.

    >>> [t.kind for t in tokenize("Quý IV/ 2023")]
    ['WORD', 'PERIODYEAR']
    """
    out = []
    for m in _MASTER.finditer(text):
        kind = m.lastgroup or "OTHER"  # the outermost group closes last
        if kind != "SPACE":
            out.append(Token(kind, m.group(0), m.start(), m.end()))
    return out


def split_remarks(tokens: list[Token], text: str, keep: frozenset[int] = frozenset()) -> tuple[
        list[Token], list[Remark]]:
    """Take parenthesised remarks out of the token stream, except the groups whose "(" starts at
    an offset in `keep`: those are the dates of the words before them, read in place
    (parser.inline_groups).

    An unclosed parenthesis (real documents have them) runs to the end.
    """
    main: list[Token] = []
    remarks: list[Remark] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.kind != "OPEN":
            if tok.kind != "CLOSE":  # a stray ")" carries nothing
                main.append(tok)
            i += 1
            continue
        depth, j = 1, i + 1
        while j < len(tokens) and depth:
            depth += {"OPEN": 1, "CLOSE": -1}.get(tokens[j].kind, 0)
            j += 1
        if tok.start in keep:
            main += tokens[i:j]
            i = j
            continue
        inner = tokens[i + 1 : j - 1 if depth == 0 else j]
        end = tokens[j - 1].end
        body = text[tok.end : inner[-1].end] if inner else ""
        remarks.append(Remark(" ".join(body.split()), tok.start, end, tuple(inner), len(main)))
        i = j
    return main, remarks
