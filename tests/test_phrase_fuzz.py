"""Any text gives dates or a PhraseError: mutations of real cells, and the inputs
that once gave tracebacks (year 0, 31/4, 1/1/1 - 1 day, 1,000 glosses, lone
surrogates, 5,000-digit numbers, events on 1/1/1 and 31/12/9999).

The fuzz is derandomized (CI sees the same examples every run) and small
enough to stay within a few seconds; speed is measured by
benchmarks/phrase_worst.py, never asserted here.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kh_ical.errors import PhraseError
from kh_ical.model import Event, EventStatus
from kh_ical.phrases.grammar import EXAMPLE_CONTEXT
from kh_ical.resolve import FIRST_DAY, LAST_DAY, resolve_phrase
from tests.phrase_cases import CASES, NEGATIVE

REPO = Path(__file__).resolve().parent.parent

# --- contexts: the rules' own, and one whose events sit on the calendar's ends ---------

C = EventStatus.CONFIRMED
EDGE_EVENTS = (
    Event("ky-niem-a", "Kỷ niệm 20 năm thành lập", date=dt.date(1, 1, 1), status=C),
    Event("ky-niem-b", "Kỷ niệm 75 năm thành lập Đảng bộ", date=dt.date(9999, 12, 31), status=C),
    Event("le-mit-tinh", "Lễ mít tinh kỷ niệm", date=dt.date(9999, 12, 31), status=EventStatus.ESTIMATED),
)
EDGE_CONTEXT = replace(EXAMPLE_CONTEXT, events=EDGE_EVENTS)
EDGE_PAPER = replace(EDGE_CONTEXT, publication_rrule="FREQ=WEEKLY;BYDAY=MO,TH")
CONTEXTS = (EXAMPLE_CONTEXT, EDGE_CONTEXT, EDGE_PAPER)

# --- seeds: the shipped plan's cells, the test corpus' phrasings, the real cells -------------


def _seeds() -> list[str]:
    tasks = json.loads((REPO / "data" / "tasks.json").read_text(encoding="utf-8"))["tasks"]
    cells = [t["timing"] for t in tasks if t.get("timing")]
    cells += [p for case in CASES for p in case.phrasings]
    cells += [n.phrase for n in NEGATIVE]
    for path in sorted((REPO / "tests" / "corpus").glob("*.py")):  # real cells of other documents
        if path.stem not in ("__init__", "spec", "score"):
            cells += [c.text for c in importlib.import_module(f"tests.corpus.{path.stem}").CELLS]
    return sorted(set(cells))


SEEDS = _seeds()
VOCAB = sorted({w for cell in SEEDS for w in cell.split()} | {"(", ")", "-", ",", ";", "/", "và", "đến", "hết"})
EXTREME_NUMBERS = ("0", "00", "0000", "0001", "9999", "99999", "31", "32", "13", "10" + "0" * 49, "9" * 5000)
ODD_CHARS = ("\ud800", "\udfff", "\x00", "\x1b", "\x7f", "\u200f", "\u202e", "\u200b", "\ufeff", "\u00a0",
             "\n", "\t", "😀", "👨‍👩‍👧", "\u0301", "İ", "ı", "\uff10", "٣")
GLOSSES = (" (tức 10/3 âm lịch)", ", tức 10/3 âm lịch", " nhằm ngày 15/8 âm lịch", " (tức")


def _words(draw, text: str) -> tuple[list[str], int]:
    words = text.split() or [""]
    return words, draw(st.integers(0, len(words) - 1))


def insert_token(draw, text):
    words, k = _words(draw, text)
    words.insert(k, draw(st.sampled_from(VOCAB)))
    return " ".join(words)


def delete_token(draw, text):
    words, k = _words(draw, text)
    del words[k]
    return " ".join(words)


def duplicate_token(draw, text):
    words, k = _words(draw, text)
    words[k:k] = [words[k]] * draw(st.integers(1, 50))
    return " ".join(words)


def swap_tokens(draw, text):
    words, k = _words(draw, text)
    j = draw(st.integers(0, len(words) - 1))
    words[k], words[j] = words[j], words[k]
    return " ".join(words)


def extreme_number(draw, text):
    runs = list(re.finditer(r"\d+", text))
    if not runs:
        return text + " " + draw(st.sampled_from(EXTREME_NUMBERS))
    run = draw(st.sampled_from(runs))
    return text[: run.start()] + draw(st.sampled_from(EXTREME_NUMBERS)) + text[run.end() :]


def parenthesis(draw, text):
    k = draw(st.integers(0, len(text)))
    return text[:k] + draw(st.sampled_from("()")) + text[k:]


def nest(draw, text):
    a = draw(st.integers(0, len(text)))
    b = draw(st.integers(a, len(text)))
    n = draw(st.sampled_from((1, 2, 10, 1000)))
    return text[:a] + "(" * n + text[a:b] + ")" * draw(st.sampled_from((0, n, n - 1))) + text[b:]


def gloss(draw, text):
    return text + draw(st.sampled_from(GLOSSES)) * draw(st.sampled_from((1, 2, 100, 1000)))


def odd_char(draw, text):
    k = draw(st.integers(0, len(text)))
    return text[:k] + draw(st.sampled_from(ODD_CHARS)) + text[k:]


def nfd(draw, text):
    return unicodedata.normalize(draw(st.sampled_from(("NFD", "NFKD", "NFKC"))), text)


def lengthen(draw, text):
    sep = draw(st.sampled_from((" ", "; ", " và ", "", "\n- ")))
    return sep.join([text] * draw(st.sampled_from((2, 10, 200))))


def case(draw, text):
    return draw(st.sampled_from((str.upper, str.lower, str.swapcase)))(text)


MUTATIONS = (insert_token, delete_token, duplicate_token, swap_tokens, extreme_number, parenthesis, nest,
             gloss, odd_char, nfd, lengthen, case)


MAX_CHARS = 20_000  # mutations compound (a gloss ×1000, then the cell ×200): keep each example small


@st.composite
def mutated_cells(draw) -> str:
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 4))):
        text = draw(st.sampled_from(MUTATIONS))(draw, text)[:MAX_CHARS]
    return text


def assert_dates_or_phrase_error(text: str, ctx) -> None:
    """resolve_phrase returns real, writable, ordered dates or raises PhraseError, and
    the error's message can be written as UTF-8; nothing else may come out."""
    try:
        result = resolve_phrase(text, ctx)
    except PhraseError as exc:
        str(exc).encode("utf-8")
        str(exc.with_place("data/tasks.json: tasks[0] (I.1).timing")).encode("utf-8")
        return
    for occ in result.occurrences:
        if occ.start is None:
            assert occ.end is None
            continue
        assert type(occ.start) is dt.date and type(occ.end) is dt.date, occ
        assert FIRST_DAY <= occ.start <= occ.end <= LAST_DAY, occ
        for field in (occ.note, occ.label, occ.basis):
            (field or "").encode("utf-8")


FUZZ = settings(max_examples=1500, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FUZZ
@given(mutated_cells(), st.sampled_from(CONTEXTS))
def test_mutated_cells_give_dates_or_a_phrase_error(text, ctx):
    assert_dates_or_phrase_error(text, ctx)


@settings(FUZZ, max_examples=200)
@given(st.sampled_from(SEEDS), st.sampled_from(CONTEXTS[1:]))
def test_real_cells_against_events_on_the_calendars_ends(text, ctx):
    assert_dates_or_phrase_error(text, ctx)


@settings(FUZZ, max_examples=1000)
@given(st.lists(st.sampled_from([*"0123456789/.-(),;: hntqđ", "tháng ", "năm ", "ngày ", "quý ", "sự kiện ",
                                  "trước ", "sau ", "từ ", "đến ", "tức ", "âm lịch ", *ODD_CHARS]),
                max_size=40).map("".join),
       st.sampled_from(CONTEXTS))
def test_arbitrary_text_gives_dates_or_a_phrase_error(text, ctx):
    assert_dates_or_phrase_error(text, ctx)


# --- the inputs of the fault report, one by one ---------------------------------------------

NOT_REAL = "ngày tháng không có thật"


@pytest.mark.parametrize("text, words", [
    ("năm 0000", "năm 0000"),
    ("trước tháng 1/0001", "trước tháng 1/0001"),
    ("Trước năm 0001", "Trước năm 0001"),
    ("từ ngày 30-31/4/2025", "31/4/2025"),
    ("Giai đoạn 0000 - 2025", "Giai đoạn 0000 - 2025"),
    ("6 tháng đầu năm 0000", "6 tháng đầu năm 0000"),
    ("Từ năm 2020 - 0000", "0000"),
    ("Từ tháng 12 đến tháng 2/0001", "Từ tháng 12 đến tháng 2/0001"),
    ("Tháng 13/2025", "Tháng 13/2025"),
], ids=["year-0", "before-1-1-1", "before-year-1", "31-april-span", "stage-year-0", "half-year-0",
        "bare-end-year-0", "inferred-year-0", "month-13"])
def test_impossible_dates_are_named(text, words):
    with pytest.raises(PhraseError) as info:
        resolve_phrase(text, EXAMPLE_CONTEXT)
    assert info.value.reason == NOT_REAL
    assert info.value.unread == [words]


def test_first_month_of_year_1_is_a_real_window():
    occ, = resolve_phrase("tháng 1/0001", EXAMPLE_CONTEXT).occurrences
    assert (occ.start, occ.end) == (dt.date(1, 1, 1), dt.date(1, 1, 31))


@pytest.mark.parametrize("text", ["ngày 31/12/9999", "năm 9999", "Quý IV/9999", "đến hết năm 9999"])
def test_days_the_feeds_cannot_write_are_refused(text):
    with pytest.raises(PhraseError) as info:
        resolve_phrase(text, EXAMPLE_CONTEXT)
    assert "nằm ngoài khoảng lịch ghi được" in info.value.reason and "31/12/9998" in info.value.reason


def test_last_writable_day():
    occ, = resolve_phrase("ngày 31/12/9998", EXAMPLE_CONTEXT).occurrences
    assert occ.start == occ.end == LAST_DAY == dt.date(9998, 12, 31)


@pytest.mark.parametrize("gloss", ["(tức 10/3 âm lịch) ", ", tức 10/3 âm lịch "])
def test_a_thousand_glosses(gloss):
    occ, = resolve_phrase("Tháng 5/2025 " + gloss * 1000, EXAMPLE_CONTEXT).occurrences
    assert (occ.start, occ.end) == (dt.date(2025, 5, 1), dt.date(2025, 5, 31))


def test_a_thousand_nested_parentheses():
    occ, = resolve_phrase("Tháng 5/2025 " + "(" * 1000 + "ghi chú" + ")" * 1000, EXAMPLE_CONTEXT).occurrences
    assert occ.start == dt.date(2025, 5, 1) and occ.note == "(" * 999 + "ghi chú" + ")" * 999
    # A cell wholly in parentheses is read inside them; with no date there, it says nothing about when.
    occ, = resolve_phrase("(" * 1000 + "Tháng 5/2025" + ")" * 1000, EXAMPLE_CONTEXT).occurrences
    assert (occ.start, occ.end) == (dt.date(2025, 5, 1), dt.date(2025, 5, 31))
    with pytest.raises(PhraseError) as info:
        resolve_phrase("(" * 1000 + "ghi chú" + ")" * 1000, EXAMPLE_CONTEXT)
    assert info.value.reason == "không có mốc thời gian nào"


def test_lone_surrogate_is_quoted_as_replacement_character():
    with pytest.raises(PhraseError) as info:
        resolve_phrase("Tháng 5/2025 \ud800", EXAMPLE_CONTEXT)
    assert info.value.unread == ["\ufffd"]
    assert "\ufffd" in str(info.value).encode("utf-8").decode("utf-8")
    occ, = resolve_phrase("Tháng 5/2025 (ghi \udfff chú)", EXAMPLE_CONTEXT).occurrences
    assert occ.note == "ghi \ufffd chú"


def test_error_message_never_holds_a_surrogate():
    error = PhraseError("a \ud800 b", [(2, 3)], reason="sự kiện “\udc80”")
    assert str(error).encode("utf-8") and "\ud800" not in str(error)


def test_five_thousand_digits_are_named_not_converted():
    digits = "9" * 5000
    with pytest.raises(PhraseError) as info:
        resolve_phrase("Tháng 5/2025 " + digits, EXAMPLE_CONTEXT)
    (unread,) = info.value.unread  # the first numbers of it: reading stops after 50 unread places
    assert unread and digits.startswith(unread) and "dừng đọc" in info.value.reason
    with pytest.raises(PhraseError):
        resolve_phrase(f"ngày {digits}/4/2025", EXAMPLE_CONTEXT)


@pytest.mark.parametrize("text, event", [
    ("Hoàn thành sau sự kiện 5 ngày", "ky-niem-b"),  # 31/12/9999 + 5 days
    ("Hoàn thành trước sự kiện 10 ngày", "ky-niem-a"),  # 1/1/1 - 10 days
    ("Hoàn thành trước sự kiện", "ky-niem-a"),
    ("Trước, trong, sau các sự kiện kỷ niệm", "ky-niem-a"),
    ("Trước kỷ niệm 10 ngày và sau kỷ niệm 5 ngày", "ky-niem-a"),
    ("Trên số báo gần nhất trước ngày diễn ra sự kiện", "ky-niem-a"),
    ("từng sự kiện theo Kế hoạch", "ky-niem-b"),  # the day itself: no DTEND can follow it
    ("Trong các tháng diễn ra các sự kiện", "ky-niem-b"),
    ("trước Lễ mít tinh kỷ niệm 01 ngày", None),  # 30/12/9999: past the last writable day
], ids=["after-9999-12-31", "before-0001-01-01", "day-before-0001-01-01", "around", "window", "newspaper",
        "each-event", "event-months", "named-event"])
@pytest.mark.parametrize("ctx", [EDGE_CONTEXT, EDGE_PAPER], ids=["no-paper", "paper"])
def test_events_on_the_calendars_ends_are_named(text, event, ctx):
    with pytest.raises(PhraseError) as info:
        resolve_phrase(text, ctx)
    message = str(info.value)
    assert "nằm ngoài" in message
    if event is not None:
        assert f"{event}" in message
    assert "Traceback" not in message


# --- the feed side: a date the calendars cannot hold stops the build, with its place ----------


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_build_refuses_an_event_on_the_last_day_of_9999(tmp_path):
    import shutil
    import subprocess
    import sys

    data, out = tmp_path / "data", tmp_path / "out"
    shutil.copytree(REPO / "data", data)
    run = [sys.executable, "-m", "kh_ical", "build", "--data", str(data), "--out", str(out)]
    first = subprocess.run(run, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr[-2000:]
    before = _snapshot(out)

    events = json.loads((data / "events.json").read_text(encoding="utf-8"))
    event = next(e for e in events["events"] if e["id"] == "hoi-nghi-so-ket-giua-nhiem-ky")  # task I.3's newspaper
    event.update(date="9999-12-31", status="confirmed")
    (data / "events.json").write_text(json.dumps(events, ensure_ascii=False), encoding="utf-8")
    proc = subprocess.run(run, cwd=REPO, capture_output=True, text=True, timeout=120)

    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr + proc.stdout
    assert "tasks[2] (I.3).timing" in proc.stderr
    assert "hoi-nghi-so-ket-giua-nhiem-ky" in proc.stderr and "nằm ngoài khoảng lịch ghi được" in proc.stderr
    assert _snapshot(out) == before  # the previous feeds are untouched


@pytest.mark.parametrize("text", [
    "vào " * 2000 + "tháng 5/2025",  # a lead word before a construct, nested 2,000 times
    "Đợt 1 " * 1000 + "tháng 5/2025",
    "3 ngày " * 1000 + "tháng 5/2025",
    "thường xuyên " * 2000 + "tháng 5/2025",  # undated words, each reading the next
    "Trước " + ", ".join(["Lễ mít tinh kỷ niệm"] * 3000) + " 5 ngày",  # a chain of named events
], ids=["leads", "phases", "durations", "undated", "event-chain"])
def test_deep_nesting_gives_dates_or_a_phrase_error(text):
    try:
        resolve_phrase(text, EXAMPLE_CONTEXT)
    except PhraseError as exc:
        assert str(exc)
