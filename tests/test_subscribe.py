"""A real subscribing client: vdirsyncer's `http` storage syncing served feeds.

The feeds are served over HTTP on 127.0.0.1 (ephemeral port, stopped at the
end), synced into a `filesystem` vdir, then rebuilt and synced again.
vdirsyncer's http storage replaces UIDs with content hashes, so the vdir is
compared by content (SUMMARY, DTSTART, DTEND), not by UID.
"""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import os
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

import pytest
from icalendar import Calendar
from test_feed_kit import FIXED_NOW, drop_task, make_resolved, move

from kh_ical.build import BuildOptions, build_resolved

pytestmark = pytest.mark.client

SUBSCRIBED = ("so-vh", "bao", "huyen-b", "tat-ca")
VDIRSYNCER = Path(sys.executable).parent / "vdirsyncer"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - keep test output clean
        pass


@pytest.fixture
def served(tmp_path):
    """(output folder, base URL) served until the test ends."""
    out = tmp_path / "feeds"
    out.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield out, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


class Subscriber:
    """One vdirsyncer config with a pair per subscribed feed."""

    def __init__(self, root: Path, base_url: str):
        assert VDIRSYNCER.exists(), "vdirsyncer (a test dependency) is not installed: pip install -e '.[test]'"
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.config = root / "vdirsyncer.conf"
        blocks = [f'[general]\nstatus_path = "{root}/status/"\n']
        for slug in SUBSCRIBED:
            name = "p_" + slug.replace("-", "_")
            blocks.append(
                f'[pair {name}]\na = "{name}_remote"\nb = "{name}_local"\ncollections = null\n\n'
                f'[storage {name}_remote]\ntype = "http"\nurl = "{base_url}/{slug}.ics"\n\n'
                f'[storage {name}_local]\ntype = "filesystem"\npath = "{root}/vdir/{slug}/"\n'
                f'fileext = ".ics"\n'
            )
        self.config.write_text("\n".join(blocks))
        self.run("discover")

    def run(self, *args: str) -> subprocess.CompletedProcess:
        env = {**os.environ, "VDIRSYNCER_CONFIG": str(self.config)}
        proc = subprocess.run([str(VDIRSYNCER), *args], env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        return proc

    def sync(self) -> dict[str, Counter]:
        self.run("sync")
        return {slug: self.items(slug) for slug in SUBSCRIBED}

    def items(self, slug: str) -> Counter:
        """(SUMMARY, DTSTART, DTEND) of every synced VEVENT, with multiplicity."""
        found: Counter = Counter()
        for path in (self.root / "vdir" / slug).glob("*.ics"):
            for ev in Calendar.from_ical(path.read_bytes()).walk("VEVENT"):
                found[_key(ev)] += 1
        return found


def _key(ev) -> tuple[str, str, str]:
    return (str(ev["SUMMARY"]), ev.decoded("DTSTART").isoformat(), ev.decoded("DTEND").isoformat())


def feed_items(out: Path, slug: str) -> Counter:
    return Counter(_key(ev) for ev in Calendar.from_ical((out / f"{slug}.ics").read_bytes()).walk("VEVENT"))


def test_subscriber_follows_moves_and_removals(served, tmp_path):
    out, base_url = served
    build_resolved(make_resolved(), out, BuildOptions(), now=FIXED_NOW)
    client = Subscriber(tmp_path / "client", base_url)
    first = client.sync()
    for slug in SUBSCRIBED:
        assert first[slug] == feed_items(out, slug), slug
        assert max(first[slug].values()) == 1, slug  # nothing duplicated

    # Move one event date: the moved events have the new dates, nothing else changes.
    build_resolved(move(make_resolved(), "II.1", 2), out, BuildOptions(),
                   now=FIXED_NOW + dt.timedelta(days=1))
    second = client.sync()
    for slug in SUBSCRIBED:
        assert second[slug] == feed_items(out, slug), slug
        assert max(second[slug].values()) == 1, slug
        gone, new = first[slug] - second[slug], second[slug] - first[slug]
        assert all("phóng sự" in s for s, _, _ in gone | new), slug
        assert len(gone) == len(new)
        assert {s for s, _, _ in gone} == {s for s, _, _ in new}
        for (s_old, start_old, _), (s_new, start_new, _) in zip(sorted(gone), sorted(new)):
            assert dt.date.fromisoformat(start_new) - dt.date.fromisoformat(start_old) == dt.timedelta(days=2)
    assert any(first[s] != second[s] for s in SUBSCRIBED)  # the move reached someone

    # Remove a task: its events disappear from the subscriber's calendar.
    build_resolved(drop_task(move(make_resolved(), "II.1", 2), "II.3"), out, BuildOptions(),
                   now=FIXED_NOW + dt.timedelta(days=2))
    third = client.sync()
    for slug in SUBSCRIBED:
        assert third[slug] == feed_items(out, slug), slug
        assert not any("băng rôn" in s for s, _, _ in third[slug]), slug
    assert any("băng rôn" in s for s, _, _ in second["huyen-b"])


def test_subscriber_of_an_emptied_agency_loses_the_old_events(served, tmp_path):
    """vdirsyncer refuses a feed emptied to 0 events; the placeholder event avoids that."""
    out, base_url = served
    build_resolved(make_resolved(), out, BuildOptions(), now=FIXED_NOW)
    client = Subscriber(tmp_path / "client", base_url)
    before = client.sync()["bao"]
    assert len(before) == 2
    build_resolved(drop_task(drop_task(make_resolved(), "I.1"), "I.2"), out, BuildOptions(),
                   now=FIXED_NOW + dt.timedelta(days=1))
    after = client.sync()["bao"]
    assert after == feed_items(out, "bao")
    (summary, _, _), = after
    assert "không có nhiệm vụ" in summary
