"""state.py: the pure diff with plain dicts, the file format, the build clock."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

from kh_ical import state as st
from kh_ical.errors import DataError

T0 = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
T1 = dt.datetime(2024, 2, 1, 12, 30, tzinfo=dt.timezone.utc)
T2 = dt.datetime(2024, 3, 1, tzinfo=dt.timezone.utc)


def test_new_events_start_at_sequence_zero():
    new = st.diff(st.State(), {"b": "h2", "a": "h1"}, T0)
    assert new.events == {"a": st.Record("h1", 0, T0), "b": st.Record("h2", 0, T0)}
    assert list(new.events) == ["a", "b"]


def test_unchanged_event_keeps_everything_changed_one_is_bumped():
    old = st.diff(st.State(), {"a": "h1", "b": "h2"}, T0)
    new = st.diff(old, {"a": "h1", "b": "h2-moved"}, T1)
    assert new.events["a"] is old.events["a"]
    assert new.events["b"] == st.Record("h2-moved", 1, T1)
    assert st.changes(old, new) == st.Changes(changed=("b",))
    again = st.diff(new, {"a": "h1", "b": "h2-moved"}, T2)
    assert again.events == new.events and not st.changes(new, again)


def test_sequence_never_goes_down_when_an_event_leaves_and_returns():
    s0 = st.diff(st.State(), {"a": "h1"}, T0)
    s1 = st.diff(s0, {"a": "h1b"}, T1)
    gone = st.diff(s1, {}, T2)
    assert gone.events["a"] == st.Record("h1b", 1, T1, present=False)
    assert st.changes(s1, gone) == st.Changes(removed=("a",))
    back = st.diff(gone, {"a": "h1"}, T2)
    assert back.events["a"] == st.Record("h1", 2, T2)
    assert st.changes(gone, back) == st.Changes(added=("a",))


def test_build_time_only_stamped_on_real_changes():
    old = st.diff(st.State(), {"a": "h"}, T0)
    assert st.diff(old, {"a": "h"}, T2).events["a"].changed == T0


def test_file_round_trip_is_canonical():
    state = st.State(
        {"x@kh-ical": st.Record("h", 3, T1), "a@kh-ical": st.Record("g", 0, T0, present=False)},
        ("so-vh.ics", "co-quan/so-vh.html"),
    )
    data = st.dumps(state)
    back = st.loads(data)
    assert back.events == state.events and back.files == ("co-quan/so-vh.html", "so-vh.ics")
    assert st.dumps(back) == data
    assert data.endswith(b"}\n") and b'"changed": "2024-02-01T12:30:00Z"' in data
    assert st.loads(st.dumps(st.State())).events == {}


@pytest.mark.parametrize("data", [b"{", b"[]", b'{"version": 9, "events": {}}',
                                  b'{"version": 1, "events": {"a": {"hash": "h"}}}',
                                  b'{"version": 1, "events": {"a": {"hash": "h", "sequence": 1}}}',
                                  b'{"version": 1, "events": {"a": {"hash": "h", "sequence": "x", '
                                  b'"changed": "2024-01-01T00:00:00Z"}}}',
                                  b'{"version": 1, "events": {"a": 3}}', b'{"version": 1, "events": []}'])
def test_damaged_state_file_is_an_error(data):
    with pytest.raises(DataError, match="tệp trạng thái bị hỏng"):
        st.loads(data)


def test_build_time_from_source_date_epoch():
    assert st.build_time({"SOURCE_DATE_EPOCH": "1704067200"}) == T0
    now = st.build_time({})
    assert now.tzinfo is dt.timezone.utc and now.microsecond == 0
    with pytest.raises(DataError, match="SOURCE_DATE_EPOCH"):
        st.build_time({"SOURCE_DATE_EPOCH": "yesterday"})


@settings(max_examples=200, deadline=None, derandomize=True)
@given(hs.lists(hs.dictionaries(hs.sampled_from("abcd"), hs.sampled_from(["h1", "h2", "h3"])), max_size=8))
def test_sequence_is_monotonic_over_any_history(builds):
    state = st.State()
    best: dict[str, int] = {}
    for i, hashes in enumerate(builds):
        now = T0 + dt.timedelta(days=i)
        new = st.diff(state, hashes, now)
        for uid, rec in new.events.items():
            assert rec.sequence >= best.get(uid, 0)
            best[uid] = rec.sequence
            old = state.events.get(uid)
            if uid in hashes and old is not None and old.present and old.hash == hashes[uid]:
                assert rec == old  # unchanged: same SEQUENCE and time
            elif uid in hashes:
                assert rec.changed == now and rec.hash == hashes[uid]
        assert {u for u, r in new.events.items() if r.present} == set(hashes)
        assert st.loads(st.dumps(new)).events == new.events
        state = new


def reference_dumps(state: st.State) -> bytes:
    """The state file as json.dumps wrote it before dumps was written out by hand."""
    import json

    events = {
        uid: {"hash": r.hash, "sequence": r.sequence, "changed": r.changed.strftime("%Y-%m-%dT%H:%M:%SZ"),
              **({} if r.present else {"present": False})}
        for uid, r in sorted(state.events.items())
    }
    lines = [f"  {json.dumps(uid)}: {json.dumps(body, sort_keys=True)}" for uid, body in events.items()]
    files = json.dumps(sorted(state.files), ensure_ascii=False)
    body = ",\n".join(lines)
    return f'{{\n "version": 1,\n "files": {files},\n "events": {{\n{body}\n }}\n}}\n'.encode()


@settings(max_examples=200, deadline=None, derandomize=True)
@given(records=hs.dictionaries(
    hs.text(max_size=30),
    hs.tuples(hs.text(max_size=70), hs.integers(0, 10**6), hs.sampled_from([T0, T1, T2]), hs.booleans()),
    max_size=8,
), files=hs.lists(hs.text(max_size=20), max_size=4))
def test_dumps_writes_the_same_text_as_json_dumps(records, files):
    state = st.State({u: st.Record(h, s, c, p) for u, (h, s, c, p) in records.items()}, tuple(files))
    assert st.dumps(state) == reference_dumps(state)
    if records:
        assert st.loads(st.dumps(state)) == st.State(dict(sorted(state.events.items())), tuple(sorted(files)))


@pytest.mark.parametrize("per_part", [1, 2, 3, 4096])
@pytest.mark.parametrize("count", [0, 1, 2, 3, 6])
def test_dump_parts_are_dumps_in_pieces(per_part, count):
    state = st.State({f"u{i}": st.Record(f"h{i}", i, T1, i % 2 == 0) for i in range(count)}, ("a.ics",))
    parts = list(st.dump_parts(state, per_part))
    assert b"".join(parts) == reference_dumps(state)
    assert len(parts) == count // per_part + 1
