"""Text normalisation for matching Vietnamese names and phrases.

Never strips diacritics: "sau" (after) and "sáu" (six) differ, so do "năm"
(year) and "nam". What *is* unified: Unicode form (NFC/NFD), case, spacing,
dash characters, and the old/new placement of the tone mark ("uỷ"/"ủy",
"hoá"/"hóa"), by moving each word's tone mark to the end of the word in the
matching key.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

# Combining tone marks (grave, acute, tilde, hook above, dot below). Other
# marks (breve, circumflex, horn) change the vowel itself and are kept in place.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_DASHES = re.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]")
_SPACES = re.compile(r"\s+")
_SURROGATES = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """Lone surrogates (text cut inside a UTF-16 pair) → U+FFFD, one for one,
    so the text can be written as UTF-8 and offsets into it stay the same.

    >>> without_surrogates("a\\ud800b")
    'a\\ufffdb'
    """
    return _SURROGATES.sub("\ufffd", text)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def clean(text: str) -> str:
    """NFC, one kind of dash, single spaces, no leading/trailing space.

    This is the display form of a cell: what a person wrote, minus line breaks.
    """
    text = _DASHES.sub("-", nfc(text).replace("\u00a0", " "))
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=16384)  # a plan's vocabulary is small; words recur in every cell
def _tone_last(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    tones = [c for c in decomposed if c in _TONES]
    rest = "".join(c for c in decomposed if c not in _TONES)
    return rest + "".join(tones)


@lru_cache(maxsize=32768)  # called for every token of every cell, and for every name
def match_key(text: str) -> str:
    """Key for comparing names: equal for "Ban Tuyên giáo Tỉnh uỷ" and
    "ban tuyên  giáo tỉnh ủy", different for "sau" and "sáu".

    >>> match_key("Tỉnh Uỷ") == match_key("tỉnh ủy")
    True
    >>> match_key("sau") == match_key("sáu")
    False
    """
    words = clean(text).casefold().split(" ")
    return " ".join(_tone_last(w) for w in words if w)


def vn_date(day: dt.date) -> str:
    """Vietnamese short date, as documents write it: 1/1/2024."""
    return f"{day.day}/{day.month}/{day.year}"


def slugify(text: str) -> str:
    """ASCII slug for ids and file names: đ→d, diacritics dropped, hyphens.

    >>> slugify("Sở VH,TT&DL")
    'so-vh-tt-dl'
    """
    text = nfc(text).replace("đ", "d").replace("Đ", "D")
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")
