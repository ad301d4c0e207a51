"""build(): a rebuild with nothing changed stops early; any change builds fully."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from kh_ical import manifest
from kh_ical import resolve as resolve_mod
from kh_ical.build import BuildOptions, build

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def work(tmp_path, monkeypatch):
    """A copy of the shipped data; `work.resolves` counts full builds."""
    shutil.copytree(DATA, tmp_path / "data")
    calls = []
    real = resolve_mod.resolve_plan

    def counting(plan):
        calls.append(plan)
        return real(plan)

    monkeypatch.setattr(resolve_mod, "resolve_plan", counting)  # build imports it when it needs it
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    return Work(tmp_path, calls)


@dataclass
class Work:
    path: Path  # the temporary folder
    resolves: list  # the plans resolve_plan was called with (one per full build)


def files(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def run(work: Path, **kw):
    return build(work.path / "data", work.path / "feeds", BuildOptions(**kw))


def test_no_change_rebuild_skips_everything_and_gives_the_same_report(work):
    first = run(work)
    assert len(work.resolves) == 1 and (work.path / "feeds" / manifest.CACHE_FILE).is_file()
    before = files(work.path / "feeds")
    again = run(work)
    assert len(work.resolves) == 1  # not loaded, not resolved, not rendered
    assert files(work.path / "feeds") == before  # nothing written, not even the cache
    assert again.feeds == first.feeds and again.warnings == first.warnings and again.warnings
    assert not again.events and not again.stale
    check = run(work, check=True)
    assert len(work.resolves) == 1 and not check.stale and check.check


def test_touching_data_builds_fully(work):
    run(work)
    path = work.path / "data" / "events.json"
    path.write_bytes(path.read_bytes() + b"\n")  # same content, other bytes
    run(work)
    assert len(work.resolves) == 2


def test_moved_event_is_found_by_check_and_rebuilt(work):
    run(work)
    path = work.path / "data" / "events.json"
    raw = json.loads(path.read_text("utf-8"))
    event = next(e for e in raw["events"] if e.get("date") and e.get("status") == "confirmed")
    event["date"] = (dt.date.fromisoformat(event["date"]) + dt.timedelta(days=3)).isoformat()
    path.write_text(json.dumps(raw, ensure_ascii=False, indent=2), "utf-8")
    assert run(work, check=True).stale
    report = run(work)
    assert report.events.changed and report.files_changed and len(work.resolves) == 3
    assert not run(work, check=True).stale and len(work.resolves) == 3  # cache written after the build


def test_changed_option_builds_fully(work):
    run(work)
    report = run(work, remind=dt.timedelta(days=3))
    assert len(work.resolves) == 2 and report.files_changed
    assert b"TRIGGER:-P3D" in (work.path / "feeds" / "tat-ca.ics").read_bytes()


@pytest.mark.parametrize("damage", ["edit", "delete", "state"])
def test_hand_edited_or_deleted_output_builds_fully(work, damage):
    run(work)
    clean = files(work.path / "feeds")
    target = work.path / "feeds" / ("tat-ca.ics" if damage != "state" else ".kh-ical-state.json")
    if damage == "delete":
        target.unlink()
    else:
        target.write_bytes(target.read_bytes().replace(b"\r\n", b"\r\n ", 1) if damage == "edit"
                           else target.read_bytes() + b" ")
    check = run(work, check=True)
    assert check.stale and len(work.resolves) == 2
    run(work)
    assert len(work.resolves) == 3
    assert {k: v[0] for k, v in files(work.path / "feeds").items()} == {k: v[0] for k, v in clean.items()}


def test_code_change_builds_fully(work, monkeypatch):
    run(work)
    monkeypatch.setattr(manifest, "source_hash", lambda: "another version of kh-ical")
    run(work)
    assert len(work.resolves) == 2


def test_damaged_cache_builds_fully(work):
    run(work)
    (work.path / "feeds" / manifest.CACHE_FILE).write_text("{not json")
    run(work)
    assert len(work.resolves) == 2
    assert manifest.cached(work.path / "feeds", "x") is None


def test_private_builds_keep_no_cache(work):
    run(work)
    secrets = work.path / "secrets.json"
    run(work, private=True, secrets_path=secrets)
    run(work, private=True, secrets_path=secrets)
    assert len(work.resolves) == 3 and not (work.path / "feeds" / manifest.CACHE_FILE).exists()


def test_a_rebuild_with_nothing_changed_loads_neither_resolver_nor_writers(tmp_path):
    import subprocess
    import sys

    shutil.copytree(DATA, tmp_path / "data")
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from kh_ical.build import build\n"
        "report = build(Path(sys.argv[1]), Path(sys.argv[2]))\n"
        "print(len(report.feeds), ' '.join(sorted(sys.modules)))\n"
    )
    run = [sys.executable, "-c", code, str(tmp_path / "data"), str(tmp_path / "feeds")]
    first = subprocess.run(run, capture_output=True, text=True, check=True).stdout.split()
    second = subprocess.run(run, capture_output=True, text=True, check=True).stdout.split()
    assert first[0] == second[0] and int(first[0]) > 40
    for heavy in ("icalendar", "jinja2", "kh_ical.resolve", "kh_ical.feed", "kh_ical.site"):
        assert heavy in first[1:], heavy  # a full build needs them…
        assert heavy not in second[1:], heavy  # …the early exit does not
