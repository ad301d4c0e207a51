"""Faults are normal: builds killed at any moment (kill -9), two builds at once,
damaged state and cache, hostile data files, a full or read-only disk, symlinked
folders in the output. Every case ends in published feeds whose SEQUENCE never
went down, no temporary file after the next build, nothing written outside the
output, and one clear message (never a traceback).

Builds run as real `kh-ical` processes where a process matters (kill -9, two at
once); the in-process CLI elsewhere.
"""

from __future__ import annotations

import errno
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from benchmarks.generate import generate, later_version
from kh_ical import lock
from kh_ical.cli import cli
from kh_ical.files import JOURNAL_FILE
from kh_ical.published import read_published
from kh_ical.state import STATE_FILE, load

REPO = Path(__file__).resolve().parent.parent
FIRST, SECOND = "1700000000", "1700500000"  # SOURCE_DATE_EPOCH of the two versions
# A build in a child process whose N-th os.replace kills it (SIGKILL: no cleanup
# runs), and which reports how many it made when it lives to the end.
KILLER = """
import atexit, os, signal, sys
target, calls, real = int(sys.argv[1]), [0], os.replace
def replace(a, b):
    calls[0] += 1
    if calls[0] == target:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(a, b)
os.replace = replace
atexit.register(lambda: sys.stderr.write(f"\\nREPLACES {calls[0]}\\n"))
from kh_ical.cli import cli
cli(sys.argv[2:], prog_name="kh-ical")
"""
LOCAL = {".kh-ical.lock", ".kh-ical.lock.holder", ".kh-ical-cache.json"}  # not part of what is published


def run_build(data: Path, out: Path, epoch: str, kill_at: int = 0, wait: bool = True):
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch, "PYTHONHASHSEED": "0"}
    cmd = [sys.executable, "-c", KILLER, str(kill_at), "build", "--data", str(data), "--out", str(out)]
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if not wait:
        return proc
    stdout, stderr = proc.communicate(timeout=120)
    return proc.returncode, stdout, stderr


def published(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.name not in LOCAL}


def sequences(out: Path) -> dict[str, int]:
    return {uid: item.sequence for uid, item in read_published(out).items()}


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.rglob("*") if p.name.startswith(".") and p.name.endswith(".tmp")
                  or p.name == JOURNAL_FILE)


@pytest.fixture(scope="module")
def versions(tmp_path_factory):
    """Two versions of a generated plan (the second moves every event a week) and
    the folder a first build of version 1 wrote."""
    root = tmp_path_factory.mktemp("faults")
    v1, v2 = root / "v1", root / "v2"
    generate(v1, 60, 12)
    later_version(v1, v2)
    built = root / "built-v1"
    code, _, stderr = run_build(v1, built, FIRST)
    assert code == 0, stderr
    reference = root / "reference-v2"
    shutil.copytree(built, reference)
    code, _, stderr = run_build(v2, reference, SECOND)
    assert code == 0, stderr
    replaces = int(stderr.rsplit("REPLACES", 1)[1])
    assert sequences(reference) != sequences(built)  # version 2 really changes events
    return v1, v2, built, reference, replaces


def check_recovered(out: Path, before: dict[str, int], reference: Path, v2: Path) -> None:
    """After an interrupted build: each published file is whole, no SEQUENCE fell;
    the next build finishes the job and gives exactly the uninterrupted result."""
    after_kill = sequences(out)
    assert all(after_kill.get(uid, seq) >= seq for uid, seq in before.items())
    code, _, stderr = run_build(v2, out, SECOND)
    assert code == 0 and "Traceback" not in stderr, stderr
    assert leftovers(out) == []
    final = sequences(out)
    assert all(final[uid] >= seq for uid, seq in after_kill.items() if uid in final)
    assert published(out) == published(reference)
    state = load(out)
    assert {uid: r.sequence for uid, r in state.events.items() if r.present} == final


def test_a_build_killed_at_any_replace_is_finished_by_the_next(versions, tmp_path):
    v1, v2, built, reference, replaces = versions
    before = sequences(built)
    assert replaces >= 5  # journal, feeds, pages, state
    for n in range(1, replaces + 1):
        out = tmp_path / f"kill-{n}"
        shutil.copytree(built, out)
        code, _, _ = run_build(v2, out, SECOND, kill_at=n)
        assert code == -signal.SIGKILL
        check_recovered(out, before, reference, v2)


def test_a_build_killed_at_random_moments_is_finished_by_the_next(versions, tmp_path):
    v1, v2, built, reference, _ = versions
    before = sequences(built)
    rng = random.Random(13)
    for n in range(4):
        out = tmp_path / f"random-{n}"
        shutil.copytree(built, out)
        proc = run_build(v2, out, SECOND, wait=False)
        try:
            proc.wait(timeout=rng.uniform(0.05, 0.6))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.communicate()
        check_recovered(out, before, reference, v2)


def test_two_builds_at_once_give_one_consistent_result(versions, tmp_path):
    v1, v2, built, reference, _ = versions
    out = tmp_path / "twice"
    shutil.copytree(built, out)
    procs = [run_build(v2, out, SECOND, wait=False) for _ in range(2)]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    assert published(out) == published(reference) and leftovers(out) == []


def test_a_second_writer_waits_then_names_the_holder(tmp_path, monkeypatch):
    monkeypatch.setattr(lock, "WAIT_SECONDS", 0.2)
    with lock.locked(tmp_path, "kh-ical events set"):
        result = CliRunner().invoke(cli, ["build", "--data", str(REPO / "data"), "--out", str(tmp_path)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "đang có một lệnh kh-ical khác" in result.output and "kh-ical events set" in result.output
    assert str(os.getpid()) in result.output
    holder = threading.Event()

    def hold():
        with lock.locked(tmp_path, "giữ"):
            holder.set()
            threading.Event().wait(0.1)

    thread = threading.Thread(target=hold)
    thread.start()
    holder.wait()
    monkeypatch.setattr(lock, "WAIT_SECONDS", 10)
    result = CliRunner().invoke(cli, ["build", "--data", str(REPO / "data"), "--out", str(tmp_path)])
    thread.join()
    assert result.exit_code == 0, result.output  # waited for the holder, then built


def test_events_set_and_tokens_rotate_take_their_folders_lock(tmp_path, monkeypatch):
    monkeypatch.setattr(lock, "WAIT_SECONDS", 0.2)
    data = tmp_path / "data"
    shutil.copytree(REPO / "data", data)
    event_id = json.loads((data / "events.json").read_text(encoding="utf-8"))["events"][1]["id"]
    before = (data / "events.json").read_bytes()
    with lock.locked(data, "kh-ical build"):
        result = CliRunner().invoke(cli, ["events", "set", event_id, "2024-01-02", "--data", str(data)])
    assert result.exit_code == 1 and "đang có một lệnh kh-ical khác" in result.output
    assert (data / "events.json").read_bytes() == before
    secrets = tmp_path / "secrets" / "feed-tokens.json"
    out = tmp_path / "private"
    assert CliRunner().invoke(cli, ["build", "--data", str(data), "--out", str(out), "--private",
                                    "--secrets", str(secrets)]).exit_code == 0
    tokens = secrets.read_bytes()
    with lock.locked(secrets.parent, "kh-ical build --private"):
        result = CliRunner().invoke(cli, ["tokens", "rotate", "tat-ca", "--secrets", str(secrets)])
    assert result.exit_code == 1 and "kh-ical build --private" in result.output
    assert secrets.read_bytes() == tokens


# --- damaged state, cache and journal --------------------------------------------------------


@pytest.fixture
def shipped(tmp_path):
    out = tmp_path / "feeds"
    result = CliRunner().invoke(cli, ["build", "--data", str(REPO / "data"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _sequence_edit(value: str):
    def edit(text: str) -> str:
        return text.replace('"sequence": 0', f'"sequence": {value}', 1)
    return edit


@pytest.mark.parametrize("damage", [
    lambda text: "[]",
    lambda text: "[" * 100_000 + "]" * 100_000,
    lambda text: '{"version": 1, "files": [], "events": {}}',
    lambda text: text[: len(text) // 2],
    _sequence_edit("1e400"),
    _sequence_edit("-4"),
    _sequence_edit("9" * 5000),
    _sequence_edit("true"),
], ids=["list", "deep", "no-events", "cut", "1e400", "negative", "5000-digits", "bool"])
def test_a_damaged_state_is_read_back_from_the_feeds(shipped, damage):
    feeds = published(shipped)
    state = shipped / STATE_FILE
    state.write_text(damage(state.read_text(encoding="utf-8")), encoding="utf-8")
    (shipped / ".kh-ical-cache.json").unlink()  # else the unchanged rebuild stops at the cache
    result = CliRunner().invoke(cli, ["build", "--data", str(REPO / "data"), "--out", str(shipped)])
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output
    assert "SEQUENCE được lấy lại" in result.output or "bỏ qua, dựng lại" in result.output
    assert published(shipped) == feeds  # same SEQUENCE, same stamps, the same state written back


@pytest.mark.parametrize("cache", ["[]", "{", '{"version": 1, "inputs": 5}', "[" * 100_000])
def test_a_damaged_cache_only_means_a_full_build(shipped, cache):
    feeds = published(shipped)
    (shipped / ".kh-ical-cache.json").write_text(cache)
    result = CliRunner().invoke(cli, ["build", "--data", str(REPO / "data"), "--out", str(shipped)])
    assert result.exit_code == 0, result.output
    # a cache of other inputs is only stale; one that is not kh-ical's is said to be damaged
    assert ("bộ nhớ đệm của lần build trước bị hỏng" in result.output) == ("inputs" not in cache)
    assert published(shipped) == feeds


def test_stale_temp_files_are_removed_by_the_next_build(shipped):
    (shipped / "p" / "abc").mkdir(parents=True)
    for path in (shipped / ".tat-ca.ics.4242.tmp", shipped / "co-quan" / ".x.html.99.tmp",
                 shipped / "p" / "abc" / ".y.ics.abcdef.tmp"):
        path.write_bytes(b"half a file")
    (shipped / "notes.tmp").write_bytes(b"not ours")  # not a dot-file: not a temporary file of kh-ical
    (shipped / ".kh-ical-cache.json").unlink()
    result = CliRunner().invoke(cli, ["build", "--data", str(REPO / "data"), "--out", str(shipped)])
    assert result.exit_code == 0, result.output
    assert leftovers(shipped) == [] and (shipped / "notes.tmp").exists()


def test_a_damaged_journal_is_one_message(shipped):
    (shipped / JOURNAL_FILE).write_text('{"version": 1, "steps": [["move", "../../etc/passwd", "x"]]}')
    result = CliRunner().invoke(cli, ["build", "--data", str(REPO / "data"), "--out", str(shipped)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "ra ngoài thư mục kết quả" in result.output


# --- the disk --------------------------------------------------------------------------------


@pytest.mark.parametrize("code, words", [(errno.ENOSPC, "hết chỗ trên đĩa"), (errno.EROFS, "chỉ cho đọc"),
                                         (errno.EACCES, "không có quyền")])
def test_a_disk_error_is_one_message_and_the_feeds_stay(shipped, monkeypatch, code, words):
    before = published(shipped)
    (shipped / ".kh-ical-cache.json").unlink()
    data = shipped.parent / "data"
    shutil.copytree(REPO / "data", data)
    events = data / "events.json"
    events.write_text(events.read_text(encoding="utf-8").replace('"2023-12-12"', '"2023-12-13"'), encoding="utf-8")

    def fail(src, dst):
        raise OSError(code, os.strerror(code), str(dst))

    monkeypatch.setattr(os, "replace", fail)
    result = CliRunner().invoke(cli, ["build", "--data", str(data), "--out", str(shipped)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert words in result.output
    monkeypatch.undo()
    assert published(shipped) == before and leftovers(shipped) == []


def test_a_symlinked_folder_in_the_output_is_never_written_through(shipped, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.html").write_text("keep")
    shutil.rmtree(shipped / "co-quan")
    (shipped / "co-quan").symlink_to(outside, target_is_directory=True)
    (shipped / ".kh-ical-cache.json").unlink()
    result = CliRunner().invoke(cli, ["build", "--data", str(REPO / "data"), "--out", str(shipped)])
    assert result.exit_code == 1 and "symlink" in result.output and str(shipped / "co-quan") in result.output
    assert [p.name for p in outside.iterdir()] == ["keep.html"]


# --- hostile data files, through the command ---------------------------------------------------


def _edit(file: str, old: str, new: str):
    def edit(data: Path) -> None:
        path = data / file
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return edit


def _event_date(date: str):
    def edit(data: Path) -> None:
        doc = json.loads((data / "events.json").read_text(encoding="utf-8"))
        next(e for e in doc["events"] if e.get("date"))["date"] = date
        (data / "events.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return edit


HOSTILE = {
    "duplicate key": (_edit("tasks.json", '"sections": [', '"tasks": [], "sections": ['),
                      'dòng 42, cột 3: khoá "tasks" viết hai lần'),  # the second one
    "5000 digits": (_edit("tasks.json", '"date": "2023-05-30"', '"date": ' + "9" * 5000), "dòng 6, cột 13: số quá dài"),
    "deep nesting": (_edit("tasks.json", '"timezone": "Asia/Ho_Chi_Minh"',
                           '"timezone": "Asia/Ho_Chi_Minh", "x": ' + "[" * 100_000 + "]" * 100_000), "lồng nhau quá sâu"),
    "event in year 1": (_event_date("0001-01-01"), "nằm ngoài"),
    "event in year 9999": (_event_date("9999-12-31"), "nằm ngoài"),
    "lone surrogate": (_edit("tasks.json", '"Từ ', '"\\ud800 Từ '), 'không đọc được "\ufffd"'),
    "secondly rule": (_edit("agencies.json", '"publication_rrule": null', '"publication_rrule": "FREQ=SECONDLY"'),
                      "FREQ phải là YEARLY, MONTHLY, WEEKLY hoặc DAILY"),
    "year 0000": (_edit("tasks.json", '"Từ tháng 6 đến hết tháng 8/2023"', '"năm 0000"'), "không có thật"),
    "month of year 1": (_edit("tasks.json", '"Từ tháng 6 đến hết tháng 8/2023"', '"trước tháng 1/0001"'),
                        "không có thật"),
    "30-31 April": (_edit("tasks.json", '"Từ tháng 6 đến hết tháng 8/2023"', '"từ ngày 30-31/4/2025"'),
                    "không có thật"),
}
# Text that may be read or refused, but never crash.
READ_OR_REFUSED = {
    "1000 nested parentheses": "(" * 1000 + "tháng 6/2023" + ")" * 1000,
    "1000 repeated glosses": "tháng 6/2023 " + "(tức tháng 6) " * 1000,
    "huge number": "ngày " + "9" * 5000,
    "lone surrogates": "\udc00\ud800 tháng 6/2023 \ud800",  # json.dumps writes them as \u escapes
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_data_is_one_message_with_its_place(shipped, name):
    edit, words = HOSTILE[name]
    data = shipped.parent / "data"
    shutil.copytree(REPO / "data", data)
    edit(data)
    before = published(shipped)
    result = CliRunner().invoke(cli, ["build", "--data", str(data), "--out", str(shipped)])
    assert result.exit_code == 1 and "Traceback" not in result.output and result.exception.__class__ is SystemExit
    assert words in result.output, result.output
    assert published(shipped) == before


@pytest.mark.parametrize("name", READ_OR_REFUSED)
def test_hostile_cells_are_read_or_refused_never_a_crash(shipped, name):
    data = shipped.parent / "data"
    shutil.copytree(REPO / "data", data)
    _edit("tasks.json", '"Từ tháng 6 đến hết tháng 8/2023"', json.dumps(READ_OR_REFUSED[name]))(data)
    result = CliRunner().invoke(cli, ["build", "--data", str(data), "--out", str(shipped)])
    assert result.exit_code in (0, 1) and "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "https://", "http://a b/", "lich.vn"])
def test_base_url_must_be_a_web_address(tmp_path, url):
    result = CliRunner().invoke(cli, ["build", "--data", str(REPO / "data"), "--out", str(tmp_path / "o"),
                                      "--base-url", url])
    assert result.exit_code == 1 and "http:// hoặc https://" in result.output
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").glob("*.ics"))
