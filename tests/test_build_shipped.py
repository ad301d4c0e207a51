"""The shipped plan (data/) through the real loader and resolver, and `kh-ical build`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from ical.calendar_stream import IcsCalendarStream
from icalendar import Calendar
from test_feed_kit import raw_problems  # noqa: E402

from kh_ical import state as st  # noqa: E402
from kh_ical.build import BuildOptions, build  # noqa: E402
from kh_ical.cli import cli  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"


@pytest.fixture(scope="module")
def shipped(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("shipped") / "feeds"
    build(DATA, out, BuildOptions())
    return out


def test_every_shipped_feed_parses_with_icalendar_and_ical(shipped):
    feeds = sorted(shipped.rglob("*.ics"))
    assert len(feeds) >= 10 and (shipped / "tat-ca.ics").is_file()
    for path in feeds:
        data = path.read_bytes()
        assert raw_problems(data) == [], path.name
        cal = Calendar.from_ical(data)
        assert all(not c.errors for c in cal.walk()), path.name
        for ev in cal.walk("VEVENT"):
            assert ev.end > ev.start, path.name  # icalendar validates DTSTART/DTEND on access
        strict = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
        assert len(strict.events) == data.count(b"BEGIN:VEVENT") >= 1, path.name
        uids = [str(e["UID"]) for e in cal.walk("VEVENT")]
        assert len(set(uids)) == len(uids), path.name


def test_shipped_uids_are_distinct_across_feeds(shipped):
    seen: set[str] = set()
    for path in sorted(shipped.rglob("*.ics")):
        uids = {str(e["UID"]) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}
        assert not (uids & seen), path.name
        seen |= uids


def test_every_registry_agency_has_a_feed(shipped):
    agencies = json.loads((DATA / "agencies.json").read_text("utf-8"))["agencies"]
    for agency in agencies:
        assert (shipped / f"{agency['id']}.ics").is_file(), agency["id"]


def test_shipped_rebuild_is_byte_identical(shipped, monkeypatch):
    before = {p: p.read_bytes() for p in shipped.rglob("*") if p.is_file()}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "2000000000")
    report = build(DATA, shipped, BuildOptions())
    assert not report.stale and not report.events
    assert {p: p.read_bytes() for p in shipped.rglob("*") if p.is_file()} == before


def test_repo_feeds_are_built_from_repo_data():
    """feeds/ must be regenerated (`kh-ical build`) in the commit that changes data/."""
    report = build(DATA, REPO / "feeds", BuildOptions(check=True))
    stale = [*report.files_added, *report.files_changed, *report.files_removed]
    assert not stale, f"feeds/ is stale against data/ — run `kh-ical build`: {stale}"


# ---------------------------------------------------------------- the CLI


@pytest.fixture
def workdir(tmp_path) -> Path:
    shutil.copytree(DATA, tmp_path / "data")
    return tmp_path


def run(workdir: Path, *args: str):
    return CliRunner().invoke(cli, ["build", "--data", str(workdir / "data"), "--out",
                                    str(workdir / "feeds"), *args])


def test_cli_build_then_check(workdir):
    first = run(workdir)
    assert first.exit_code == 0, first.output
    assert "lịch" in first.output and "Đã ghi" in first.output
    check = run(workdir, "--check")
    assert check.exit_code == 0, check.output
    assert "đã khớp với dữ liệu" in check.output
    again = run(workdir)
    assert "Lịch đã cập nhật, không có gì thay đổi" in again.stdout and "Đã ghi" not in again.stdout
    assert "Cảnh báo:" in again.stderr and "Cảnh báo:" not in again.stdout  # warnings on stderr


def test_cli_check_fails_when_an_event_date_moves(workdir):
    assert run(workdir).exit_code == 0
    events_path = workdir / "data" / "events.json"
    raw = json.loads(events_path.read_text("utf-8"))
    event = next(e for e in raw["events"] if e.get("date") and e.get("status") == "confirmed")
    event["date"] = event["date"][:-2] + ("02" if event["date"][-2:] != "02" else "03")
    events_path.write_text(json.dumps(raw, ensure_ascii=False, indent=2), "utf-8")
    before = {p: p.read_bytes() for p in (workdir / "feeds").rglob("*") if p.is_file()}
    check = run(workdir, "--check")
    assert check.exit_code == 1, check.output
    assert "chưa được cập nhật" in check.output and "mục lịch đổi:" in check.output
    assert {p: p.read_bytes() for p in (workdir / "feeds").rglob("*") if p.is_file()} == before
    built = run(workdir)
    assert built.exit_code == 0 and "0 thay đổi" not in built.output
    state = st.load(workdir / "feeds")
    assert any(r.sequence == 1 for r in state.events.values())


def test_cli_options(workdir):
    result = run(workdir, "--windows", "markers", "--remind", "3d", "--base-url", "https://lich.example.vn/kh")
    assert result.exit_code == 0, result.output
    data = (workdir / "feeds" / "tat-ca.ics").read_bytes()
    assert b"TRIGGER:-P3D" in data and b"SOURCE;VALUE=URI:https://lich.example.vn/kh/tat-ca.ics" in data
    assert "Bắt đầu".encode() in data


def test_cli_private(workdir):
    secrets = workdir / "secrets" / "feed-tokens.json"
    result = run(workdir, "--private", "--secrets", str(secrets))
    assert result.exit_code == 0, result.output
    tokens = json.loads(secrets.read_text())["tokens"]
    some = sorted(tokens)[0]
    assert (workdir / "feeds" / "p" / tokens[some] / f"{some}.ics").is_file()
    assert not (workdir / "feeds" / f"{some}.ics").exists()


@pytest.mark.parametrize("bad", ["3", "soon", "0d", "-1d"])
def test_cli_rejects_bad_reminders(workdir, bad):
    result = run(workdir, "--remind", bad)
    assert result.exit_code == 2 and "không phải một khoảng thời gian" in result.output
    assert not (workdir / "feeds").exists()


def test_cli_reports_data_errors_and_writes_nothing(workdir):
    assert run(workdir).exit_code == 0
    before = {p: p.read_bytes() for p in (workdir / "feeds").rglob("*") if p.is_file()}
    tasks_path = workdir / "data" / "tasks.json"
    raw = json.loads(tasks_path.read_text("utf-8"))
    raw["tasks"][0]["timing"] = "khi nào rảnh thì làm"
    tasks_path.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    result = run(workdir)
    assert result.exit_code == 1 and result.output.startswith("Lỗi: ")
    assert raw["tasks"][0]["id"] in result.output
    assert {p: p.read_bytes() for p in (workdir / "feeds").rglob("*") if p.is_file()} == before
