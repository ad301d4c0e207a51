"""render_feed: the direct VEVENT writer gives the same bytes as icalendar's own path."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs
from test_feed_kit import FIXED_NOW, make_resolved, raw_problems, with_text

from kh_ical import state as st
from kh_ical.feed import FeedOptions, Stamp, plan_feeds, render_feed
from kh_ical.loader import load_plan
from kh_ical.resolve import resolve_plan

REPO = Path(__file__).resolve().parent.parent
D = dt.date

OPTIONS = [
    FeedOptions(),
    FeedOptions(windows="markers", remind=dt.timedelta(days=3)),
    FeedOptions(windows="end", remind=dt.timedelta(days=1, hours=12), base_url="https://lich.example/kh"),
]


def both_ways(resolved, options: FeedOptions) -> list[tuple[str, bytes, bytes]]:
    """(path, direct bytes, icalendar bytes) of every feed, stamped as a first build."""
    contents = plan_feeds(resolved, options, lambda slug: f"{slug}.ics")
    state = st.diff(st.State(), {e.uid: "x" for c in contents for e in c.events}, FIXED_NOW)
    out = []
    for c in contents:
        stamps = {e.uid: Stamp(state.events[e.uid].sequence, state.events[e.uid].changed) for e in c.events}
        out.append((c.spec.path, render_feed(c, stamps), render_feed(c, stamps, simple=True)))
    return out


@pytest.mark.parametrize("options", OPTIONS, ids=["span", "markers-remind", "end-url"])
def test_shipped_plan_same_bytes_both_ways(options):
    feeds = both_ways(resolve_plan(load_plan(REPO / "data")), options)
    assert len(feeds) > 40 and sum(direct.count(b"BEGIN:VEVENT") for _, direct, _ in feeds) > 200
    for path, direct, simple in feeds:
        assert direct == simple, path


@pytest.mark.parametrize("options", OPTIONS, ids=["span", "markers-remind", "end-url"])
def test_hostile_plan_same_bytes_both_ways(options):
    feeds = both_ways(make_resolved(), options)
    assert any(b"<script>" in direct for _, direct, _ in feeds)  # the hostile text is in there
    timed = [path for path, direct, _ in feeds if b"BEGIN:VTIMEZONE" in direct]
    assert timed, "the hand-made plan should give at least one timed event"
    for path, direct, simple in feeds:
        assert direct == simple, path
        assert raw_problems(direct) == []


_ANY_TEXT = hs.text(hs.characters(blacklist_categories=("Cs",)), max_size=200)


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(content=_ANY_TEXT, note=_ANY_TEXT, label=_ANY_TEXT, name=_ANY_TEXT)
def test_any_text_same_bytes_both_ways(content, note, label, name):
    resolved = with_text(content, note, label, name, full_name=True)
    for path, direct, simple in both_ways(resolved, FeedOptions(remind=dt.timedelta(hours=2))):
        assert direct == simple, path
