"""build.py: regeneration, SEQUENCE, atomic and safe writes, check mode, private paths."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace
from pathlib import Path

import pytest
from icalendar import Calendar
from test_feed_kit import FIXED_NOW, drop_task, make_plan, make_resolved, move, raw_problems

from kh_ical import private
from kh_ical import state as st
from kh_ical.build import BuildOptions, build_resolved
from kh_ical.errors import DataError, KhIcalError
from kh_ical.model import Agency, Kind, Occurrence, TaskOccurrence

LATER = FIXED_NOW + dt.timedelta(days=30, hours=5)
FEEDS = {"bao.ics", "huyen-a.ics", "huyen-b.ics", "so-tc.ics", "so-vh.ics", "tat-ca.ics", "ubnd-huyen.ics"}


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def vevents(data: bytes) -> dict[str, object]:
    return {str(e["UID"]): e for e in Calendar.from_ical(data).walk("VEVENT")}


@pytest.fixture
def built(tmp_path) -> Path:
    out = tmp_path / "feeds"
    build_resolved(make_resolved(), out, BuildOptions(), now=FIXED_NOW)
    return out


def test_first_build_writes_every_feed_and_the_state(built):
    files = snapshot(built)
    assert FEEDS <= set(files) and st.STATE_FILE in files
    for name in FEEDS:
        assert raw_problems(files[name]) == [], name
    state = st.loads(files[st.STATE_FILE])
    assert FEEDS <= set(state.files)
    assert all(r.sequence == 0 and r.changed == FIXED_NOW for r in state.events.values())
    assert not list(built.rglob("*.tmp"))


def test_report_describes_feeds(tmp_path):
    report = build_resolved(make_resolved(), tmp_path, BuildOptions(), now=FIXED_NOW)
    infos = {f.slug: f for f in report.feeds}
    assert set(infos) == {n[:-4] for n in FEEDS}
    so_vh = infos["so-vh"]
    assert so_vh.name == "KH 99 · Sở VH,TT&DL" and so_vh.path == "so-vh.ics"
    assert so_vh.lead_tasks == ("I.1", "I.3", "I.4", "II.2", "II.4") and so_vh.partner_tasks == ("II.1",)
    assert so_vh.size == (tmp_path / "so-vh.ics").stat().st_size
    assert so_vh.events == len(vevents((tmp_path / "so-vh.ics").read_bytes()))
    assert infos["tat-ca"].agency is None
    assert set(report.files_added) >= FEEDS and not report.files_changed
    assert any("II.4" in w for w in report.warnings)  # unresolved occurrence
    assert len(report.events.added) == sum(f.events for f in report.feeds)


def test_unchanged_rebuild_is_byte_identical(built):
    before = snapshot(built)
    mtimes = {p: p.stat().st_mtime_ns for p in built.rglob("*")}
    report = build_resolved(make_resolved(), built, BuildOptions(), now=LATER)
    assert snapshot(built) == before
    assert {p: p.stat().st_mtime_ns for p in built.rglob("*")} == mtimes  # nothing rewritten
    assert not report.stale and not report.events


def test_moving_a_date_bumps_only_affected_events(built):
    before = {n: vevents((built / n).read_bytes()) for n in FEEDS}
    report = build_resolved(move(make_resolved(), "II.1", 2), built, BuildOptions(), now=LATER)
    after = {n: vevents((built / n).read_bytes()) for n in FEEDS}
    moved = set()
    for name in FEEDS:
        assert set(after[name]) == set(before[name]), name  # same UIDs
        for uid, ev in after[name].items():
            old = before[name][uid]
            if "phóng sự" in str(ev["SUMMARY"]):
                moved.add(uid)
                assert ev.decoded("DTSTART") == old.decoded("DTSTART") + dt.timedelta(days=2)
                assert ev["SEQUENCE"] == 1
                assert ev.decoded("DTSTAMP") == ev.decoded("LAST-MODIFIED") == LATER
            else:
                assert ev.to_ical() == old.to_ical(), (name, uid)
    assert len(moved) == 5  # ubnd-huyen, its 2 members, so-vh (partner), tat-ca
    assert set(report.events.changed) == moved and not report.events.added
    assert set(report.files_changed) == {"ubnd-huyen.ics", "huyen-a.ics", "huyen-b.ics", "so-vh.ics",
                                        "tat-ca.ics", st.STATE_FILE} | _pages(report)


def _pages(report) -> set[str]:
    """Site pages (if kh_ical.site is installed) also list dates."""
    return {p for p in report.files_changed if p.endswith(".html")}


def test_sequence_never_decreases_when_a_task_goes_and_comes_back(built):
    uids = {u for u, e in vevents((built / "tat-ca.ics").read_bytes()).items() if "băng rôn" in str(e["SUMMARY"])}
    build_resolved(drop_task(make_resolved(), "II.3"), built, BuildOptions(), now=LATER)
    gone = st.load(built)
    assert uids and all(not gone.events[u].present for u in uids)
    assert "băng rôn" not in (built / "huyen-b.ics").read_text("utf-8")
    back_time = LATER + dt.timedelta(days=1)
    build_resolved(make_resolved(), built, BuildOptions(), now=back_time)
    back = vevents((built / "tat-ca.ics").read_bytes())
    for uid in uids:
        assert back[uid]["SEQUENCE"] == gone.events[uid].sequence + 1 == 1
        assert back[uid].decoded("DTSTAMP") == back_time


def test_an_agency_left_without_tasks_keeps_a_valid_non_empty_feed(built):
    before = vevents((built / "bao.ics").read_bytes())
    resolved = drop_task(drop_task(make_resolved(), "I.1"), "I.2")  # bao's only tasks
    build_resolved(resolved, built, BuildOptions(), now=LATER)
    data = (built / "bao.ics").read_bytes()
    events = vevents(data)
    assert raw_problems(data) == [] and len(events) == 1
    (only,) = events.values()
    assert "không có nhiệm vụ" in str(only["SUMMARY"]) and str(only["UID"]) not in before


def test_removed_agency_feed_is_deleted_other_files_kept(built):
    (built / "README.txt").write_text("mine")
    plan = make_plan(agencies=[a for a in make_plan().agencies if a.id != "so-tc"])
    report = build_resolved(make_resolved(plan), built, BuildOptions(), now=LATER)
    assert "so-tc.ics" in report.files_removed
    assert all("so-tc" in p for p in report.files_removed)  # its feed (and its page, if any)
    assert not (built / "so-tc.ics").exists() and (built / "README.txt").read_text() == "mine"
    assert "so-tc.ics" not in st.load(built).files


def test_check_mode_writes_nothing_and_lists_changes(built):
    before = snapshot(built)
    ok = build_resolved(make_resolved(), built, BuildOptions(check=True), now=LATER)
    assert not ok.stale
    report = build_resolved(move(make_resolved(), "I.1", 1), built, BuildOptions(check=True), now=LATER)
    assert snapshot(built) == before
    assert report.stale and {"so-vh.ics", "bao.ics", "tat-ca.ics"} <= set(report.files_changed)
    assert len(report.events.changed) == 3  # lead, partner, whole plan
    assert any("Tổ chức tuyên truyền" in report.titles[u] for u in report.events.changed)
    empty = build_resolved(make_resolved(), built.parent / "none", BuildOptions(check=True))
    assert empty.stale and not (built.parent / "none").exists()


@pytest.mark.parametrize("bad_id", ["../evil", "a/b", "..", "x y", "Sở", "tat-ca", "/etc/passwd", "a\\b",
                                    ".hidden", "-a", "a--b", ""])
def test_hostile_agency_ids_are_refused_before_writing(built, bad_id):
    before = snapshot(built)
    plan = make_plan(agencies=[*make_plan().agencies, Agency(bad_id, "Cơ quan lạ")])
    with pytest.raises(DataError, match="agencies"):
        build_resolved(make_resolved(plan), built, BuildOptions(), now=LATER)
    assert snapshot(built) == before
    assert not (built.parent / "evil.ics").exists()


def test_hostile_state_file_cannot_delete_outside(built, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep")
    state = st.load(built)
    (built / st.STATE_FILE).write_bytes(st.dumps(replace(state, files=(*state.files, "../victim.txt"))))
    with pytest.raises(KhIcalError, match="ra ngoài thư mục kết quả"):
        build_resolved(make_resolved(), built, BuildOptions(), now=LATER)
    assert victim.read_text() == "keep"


def test_failed_write_leaves_previous_output_untouched(built):
    before = snapshot(built)
    # A directory where the last feed's temporary file must go: that write fails
    # after the other temporary files were written.
    blocker = built / f".ubnd-huyen.ics.{os.getpid()}.tmp"
    blocker.mkdir()
    with pytest.raises(OSError):
        build_resolved(move(make_resolved(), "II.1", 3), built, BuildOptions(), now=LATER)
    blocker.rmdir()
    assert snapshot(built) == before
    assert not [p for p in built.rglob("*") if p.name.endswith(".tmp")]


@pytest.mark.parametrize("damage", ["{ not json", '{"version": 1, "files": [], "events": {}}', ""])
def test_a_damaged_or_emptied_state_file_is_read_back_from_the_feeds(built, damage):
    feeds = {n: (built / n).read_bytes() for n in FEEDS}
    if damage:
        (built / st.STATE_FILE).write_text(damage)
    else:
        (built / st.STATE_FILE).unlink()
    report = build_resolved(make_resolved(), built, BuildOptions(), now=LATER)
    # Every unchanged event renders to the bytes that are published: same SEQUENCE,
    # same stamps, so no feed changes at all and subscribers see nothing happen.
    assert {n: (built / n).read_bytes() for n in FEEDS} == feeds
    assert not report.events.changed and not report.events.added
    assert any("SEQUENCE được lấy lại" in w for w in report.warnings)
    # The next build has its state back: no warning any more.
    again = build_resolved(make_resolved(), built, BuildOptions(), now=LATER)
    assert not any("SEQUENCE" in w for w in again.warnings)


def test_a_changed_event_after_a_lost_state_goes_above_the_published_sequence(built):
    first = vevents((built / "so-vh.ics").read_bytes())
    (built / st.STATE_FILE).unlink()
    build_resolved(move(make_resolved(), "II.1", 2), built, BuildOptions(), now=LATER)
    after = vevents((built / "so-vh.ics").read_bytes())
    bumped = [u for u in after if after[u]["SEQUENCE"] > first[u]["SEQUENCE"]]
    assert bumped and all(after[u]["SEQUENCE"] >= first[u]["SEQUENCE"] for u in after)


def test_damaged_state_file_with_nothing_published_stops_the_build(tmp_path):
    (tmp_path / st.STATE_FILE).write_text("{ not json")
    with pytest.raises(DataError, match="tệp trạng thái bị hỏng"):
        build_resolved(make_resolved(), tmp_path, BuildOptions(), now=LATER)
    assert {p.name for p in tmp_path.iterdir()} == {".kh-ical.lock", st.STATE_FILE}


def test_windows_mode_switch_replaces_events(built):
    report = build_resolved(make_resolved(), built, BuildOptions(windows="end"), now=LATER)
    assert report.events.added and report.events.removed
    data = (built / "so-vh.ics").read_bytes()
    assert "Kết thúc".encode() in data and raw_problems(data) == []


def test_big_feed_warns(tmp_path):
    day = dt.date(2024, 1, 1)
    many = [Occurrence(Kind.DAY, day + dt.timedelta(days=i), day + dt.timedelta(days=i), part=i,
                       note="ghi chú dài " * 100) for i in range(1001)]
    report = build_resolved(make_resolved(occurrences={"I.3": many}), tmp_path, BuildOptions(),
                            now=FIXED_NOW)
    assert any(w.startswith("so-vh.ics: 1005 mục lịch") for w in report.warnings), report.warnings
    assert any(w.startswith("so-vh.ics:") and "1 MB" in w for w in report.warnings)
    assert not any(w.startswith("bao.ics") for w in report.warnings)


def test_private_feeds_live_under_token_paths(tmp_path):
    secrets = tmp_path / "secrets" / "tokens.json"
    out = tmp_path / "feeds"
    opts = BuildOptions(private=True, secrets_path=secrets, base_url="https://lich.example.vn")
    report = build_resolved(make_resolved(), out, opts, now=FIXED_NOW)
    tokens = private.load_tokens(secrets)
    info = {f.slug: f for f in report.feeds}
    assert info["so-vh"].path == f"p/{tokens['so-vh']}/so-vh.ics"
    assert (out / info["so-vh"].path).is_file() and not (out / "so-vh.ics").exists()
    assert info["tat-ca"].path == f"p/{tokens['tat-ca']}/tat-ca.ics" and not (out / "tat-ca.ics").exists()
    cal = Calendar.from_ical((out / info["so-vh"].path).read_bytes())
    assert str(cal["SOURCE"]) == f"https://lich.example.vn/p/{tokens['so-vh']}/so-vh.ics"
    assert not str(secrets).startswith(str(out))
    published = b"".join(p.read_bytes() for p in out.rglob("*") if p.is_file() and "/p/" not in str(p))
    assert not any(t.encode() in published for t in tokens.values())  # state file included
    old_path = info["so-vh"].path
    private.rotate(secrets, "so-vh")
    build_resolved(make_resolved(), out, opts, now=LATER)
    assert not (out / old_path).exists() and not (out / old_path).parent.exists()
    build_resolved(make_resolved(), out, BuildOptions(), now=LATER)
    assert (out / "so-vh.ics").is_file() and not (out / "p").exists()


def test_private_check_creates_no_token(tmp_path):
    secrets = tmp_path / "secrets" / "tokens.json"
    with pytest.raises(KhIcalError, match="thiếu hoặc hỏng mã riêng"):
        build_resolved(make_resolved(), tmp_path / "feeds", BuildOptions(private=True, secrets_path=secrets,
                                                                         check=True), now=FIXED_NOW)
    assert not secrets.exists() and not (tmp_path / "feeds").exists()


def test_hostile_text_is_escaped_in_every_feed(built):
    for path in built.glob("*.ics"):
        assert raw_problems(path.read_bytes()) == [], path.name


def test_two_occurrences_with_one_identity_are_refused(tmp_path):
    resolved = make_resolved()
    dup = next(to for to in resolved.occurrences if to.task.id == "I.1")
    twin = TaskOccurrence(dup.task, replace(dup.occurrence, label="Đợt 2"))
    with pytest.raises(KhIcalError, match="share a UID"):
        build_resolved(replace(resolved, occurrences=(*resolved.occurrences, twin)), tmp_path,
                       BuildOptions(), now=FIXED_NOW)
    assert [p.name for p in tmp_path.iterdir()] == [".kh-ical.lock"]  # the lock file only
