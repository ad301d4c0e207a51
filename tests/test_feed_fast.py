"""The fast paths of the feed writer give exactly what the plain formulas give.

Each is checked against the formula it replaces: icalendar's folding, the JSON
hash the state files were written with, `uuid.uuid5`, and (in build) the
line checks of a feed before it is published.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs
from icalendar import vText
from icalendar.parser.string import _foldline
from test_feed_kit import make_resolved, with_text
from test_feed_paths import OPTIONS

from kh_ical.build import checked_parts
from kh_ical.errors import KhIcalError
from kh_ical.feed import (
    TIMED_DURATION,
    UID_DOMAIN,
    UID_NAMESPACE,
    PublishedEvent,
    content_hash,
    escape_text,
    event_uid,
    fold,
    plan_feeds,
)
from kh_ical.loader import load_plan
from kh_ical.resolve import resolve_plan

REPO = Path(__file__).resolve().parent.parent
_ANY_TEXT = hs.text(hs.characters(blacklist_categories=("Cs",)), max_size=200)
# Folding is about octet counts and escapes: mix 1- to 4-octet characters, "\" and "^".
_FOLD_TEXT = hs.lists(hs.sampled_from(["a", " ", "\\", "^", ";", ",", "ệ", "ữ", "€", "😀", "\u0301", "\\n"]),
                      max_size=300).map("".join)


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(line=_FOLD_TEXT)
def test_fold_is_icalendars_folding(line):
    assert fold(line) == _foldline(line).encode("utf-8")


@pytest.mark.parametrize("at", range(60, 80))
@pytest.mark.parametrize("char", ["\\", "^", "ệ", "😀"])
def test_fold_at_every_boundary(at, char):
    line = "x" * at + char * 3 + "y" * 90
    assert fold(line) == _foldline(line).encode("utf-8")


def reference_hash(event: PublishedEvent) -> str:
    """The hash as state files have always recorded it: canonical JSON of the fields."""
    def jsonable(value):
        if isinstance(value, (dt.date, dt.time)):
            return value.isoformat()
        if isinstance(value, dt.timedelta):
            return value.total_seconds()
        return list(value) if isinstance(value, tuple) else value

    data = {f.name: jsonable(getattr(event, f.name)) for f in dataclasses.fields(event) if f.name not in ("prepared", "digest")}
    for key in ("end_time", "rrule"):  # only when set: older events keep their hash
        if data[key] is None:
            del data[key]
    if event.time is not None:
        length = TIMED_DURATION
        if event.end_time is not None:
            length = dt.datetime.combine(event.start, event.end_time) - dt.datetime.combine(event.start, event.time)
        data["duration"] = length.total_seconds()
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def assert_hashes_match(resolved, options) -> int:
    events = [e for c in plan_feeds(resolved, options, lambda s: f"{s}.ics") for e in c.events]
    for event in events:
        expected = reference_hash(event)
        assert content_hash(event) == expected, event.uid  # shared (prepared) path
        assert content_hash(dataclasses.replace(event, prepared=None, digest=None)) == expected, event.uid
    return sum(e.prepared is not None for e in events)


@pytest.mark.parametrize("options", OPTIONS, ids=["span", "markers-remind", "end-url"])
def test_content_hash_is_the_state_files_hash(options):
    assert assert_hashes_match(resolve_plan(load_plan(REPO / "data")), options) > 200
    assert assert_hashes_match(make_resolved(), options) > 0  # hostile text, timed events


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(content=_ANY_TEXT, note=_ANY_TEXT, label=_ANY_TEXT, name=_ANY_TEXT)
def test_content_hash_of_any_text(content, note, label, name):
    assert_hashes_match(with_text(content, note, label, name, full_name=True), OPTIONS[1])


@settings(max_examples=300, deadline=None, derandomize=True)
@given(parts=hs.tuples(_ANY_TEXT, _ANY_TEXT, _ANY_TEXT, hs.integers(0, 99), hs.none() | _ANY_TEXT, _ANY_TEXT))
def test_event_uid_is_uuid5(parts):
    plan, slug, task, part, event, marker = parts
    key = "\x1f".join((plan, slug, task, str(part), event or "", marker))
    assert event_uid(plan, slug, task, part, event, marker) == f"{uuid.uuid5(UID_NAMESPACE, key)}@{UID_DOMAIN}"


# Line lengths are not checked at build time (feed.fold guarantees them; tested above).
GOOD = (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Ng\xc3\xa0y\r\nDESCRIPTION:" + b"a" * 63
        + b"\r\n b\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


@pytest.mark.parametrize("bad, problem", [
    (GOOD.replace(b"SUMMARY:Ng\xc3\xa0y\r\n", b"SUMMARY:Ng\xc3\xa0y\n"), "dòng không kết thúc bằng CRLF"),
    (GOOD[:-2], "dòng không kết thúc bằng CRLF"),
    (GOOD.replace(b"Ng\xc3\xa0y", b"Ng\xc3\r\n \xa0y"), "starts inside a UTF-8 character"),
    (GOOD.replace(b"BEGIN:VEVENT", b"BEGIN:VTODO"), "lịch thiếu mục lịch"),
])
def test_a_broken_feed_is_not_published(bad, problem):
    assert list(checked_parts("x.ics", [GOOD], 1)) == [GOOD]
    with pytest.raises(KhIcalError, match=problem):
        list(checked_parts("x.ics", [bad], 1))


@settings(max_examples=2000, deadline=None, derandomize=True)
@given(text=hs.text(hs.sampled_from(list("ab;,:\\N\r\n ệ")), max_size=40) | _ANY_TEXT)
def test_escape_text_is_vtext(text):
    assert escape_text(text) == vText(text).to_ical().decode("utf-8")


@pytest.mark.parametrize("dirty", ["a\rb", "a\x0bb\x1fc", "x\ny", "\x7f", "tab\there"])
def test_description_never_carries_a_control_character(dirty):
    resolved = with_text(dirty, dirty, dirty, dirty, full_name=True)
    for content in plan_feeds(resolved, OPTIONS[0], lambda s: f"{s}.ics"):
        for event in content.events:
            lines = event.description.split("\n")
            assert all(not any(ord(ch) < 32 or ord(ch) == 127 for ch in line) for line in lines), event.description
            assert lines[0].startswith(("Nhiệm vụ ", "Lịch "))  # a task, or the placeholder of an empty feed
