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

from kh_ical.phrases.lexicon import WEEKDAY_TEXT

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


def time_text(start: dt.time, end: dt.time | None = None) -> str:
    """A time of day, or a range on one day: "08:00", "13:30–16:00"."""
    return f"{start:%H:%M}–{end:%H:%M}" if end is not None and end != start else f"{start:%H:%M}"


def timed_span_text(first: dt.date, last: dt.date, start: dt.time, end: dt.time | None) -> str:
    """A timed window over several days: "từ 07:00 ngày 25/11/2025 đến 07:00 ngày 2/12/2025"; with no
    end time it runs to the end of its last day: "từ 08:00 ngày 16/12/2018 đến hết ngày 15/2/2019"."""
    until = f"{end:%H:%M} ngày {vn_date(last)}" if end is not None else f"hết ngày {vn_date(last)}"
    return f"từ {start:%H:%M} ngày {vn_date(first)} đến {until}"


_EVERY = {"YEARLY": "hằng năm", "MONTHLY": "hằng tháng", "WEEKLY": "hằng tuần", "DAILY": "hằng ngày"}
_UNIT = {"YEARLY": "năm", "MONTHLY": "tháng", "WEEKLY": "tuần", "DAILY": "ngày"}


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} và {words[-1]}"


@lru_cache(maxsize=256)
def repeat_text(rrule: str) -> str:
    """A repeating schedule (`Occurrence.rrule`) in Vietnamese, for people.

    >>> repeat_text("FREQ=YEARLY;UNTIL=20301231")
    'hằng năm, đến 31/12/2030'
    >>> repeat_text("FREQ=MONTHLY;BYMONTHDAY=10,25;UNTIL=20261231")
    'ngày 10 và 25 hằng tháng, đến 31/12/2026'
    >>> repeat_text("FREQ=WEEKLY;BYDAY=MO;UNTIL=20261231")
    'thứ Hai hằng tuần, đến 31/12/2026'
    >>> repeat_text("FREQ=MONTHLY;INTERVAL=3;UNTIL=20301231")
    'hằng quý, đến 31/12/2030'
    >>> repeat_text("FREQ=MONTHLY;INTERVAL=6;COUNT=4")
    '6 tháng một lần, 4 lần'

    Raises:
        kh_ical.recur.RuleError: a rule kh-ical does not publish.
    """
    from kh_ical.recur import parse

    rule = parse(rrule)
    if rule.interval == 1:
        every = _EVERY[rule.freq]
    elif rule.freq == "MONTHLY" and rule.interval == 3:
        every = "hằng quý"
    else:
        every = f"{rule.interval} {_UNIT[rule.freq]} một lần"
    which: list[str] = []
    if rule.byday:
        which.append(_and([_weekday_words(n, d) for n, d in rule.byday]))
    if rule.bymonthday:
        days = [str(d) if d > 0 else ("cuối tháng" if d == -1 else f"thứ {-d} tính từ cuối tháng")
                for d in rule.bymonthday]
        which.append("ngày " + _and(days))
    if rule.bymonth:
        which.append("tháng " + _and([str(m) for m in rule.bymonth]))
    if not which:
        text = every
    elif every.startswith("hằng"):  # "ngày 10 và 25 hằng tháng"
        text = f"{' '.join(which)} {every}"
    else:  # "thứ Hai, 2 tuần một lần"
        text = f"{' '.join(which)}, {every}"
    if rule.until is not None:
        text += f", đến {vn_date(rule.until)}"
    if rule.count is not None:
        text += f", {rule.count} lần"
    return text


def _weekday_words(n: int, day: str) -> str:
    word = WEEKDAY_TEXT[day]
    if n == 0:
        return word
    if n == 1:
        return f"{word} đầu tiên"
    if n == -1:
        return f"{word} cuối cùng"
    return f"{word} thứ {n}" if n > 0 else f"{word} thứ {-n} tính từ cuối tháng"
