"""Private links through the CLI: tokens never printed, secrets and private feeds
refused where they would be published, revoked links removed without the state file."""

from __future__ import annotations

import errno
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kh_ical import build as build_module
from kh_ical.cli import cli

ROOT = Path(__file__).resolve().parent.parent
HAS_GIT = shutil.which("git") is not None


class Work:
    """A data folder, a private output folder and a token file under tmp_path;
    every output of every command run is kept, to look for tokens in."""

    def __init__(self, tmp_path: Path, data: Path):
        self.root = tmp_path
        self.data = data
        self.out = tmp_path / "feeds-private"
        self.secrets = tmp_path / "secrets" / "feed-tokens.json"
        self.seen_tokens: set[str] = set()
        self.transcript: list[str] = []

    def run(self, *args: str, out: bool = True):
        argv = list(args)
        if args[0] == "build":
            argv += ["--data", str(self.data), "--secrets", str(self.secrets)]
            argv += ["--out", str(self.out)] if out else []
        result = CliRunner().invoke(cli, argv)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception  # a crash would print a traceback: not allowed either
        self.transcript += [result.stdout, result.stderr]
        self.remember_tokens()
        return result

    def tokens(self) -> dict[str, str]:
        return json.loads(self.secrets.read_text(encoding="utf-8"))["tokens"]

    def remember_tokens(self) -> None:
        if self.secrets.exists():
            self.seen_tokens |= set(self.tokens().values())

    def assert_no_token_printed(self) -> None:
        assert self.seen_tokens
        printed = "\n".join(self.transcript)
        leaked = sorted(t for t in self.seen_tokens if t in printed)
        assert not leaked, printed


@pytest.fixture
def work(tmp_path, tiny_data_dir, monkeypatch) -> Work:
    monkeypatch.chdir(tmp_path)  # the default secrets and output folders are relative
    return Work(tmp_path, tiny_data_dir())


def feed_files(out: Path) -> set[str]:
    return {p.relative_to(out).as_posix() for p in (out / "p").rglob("*.ics")}


def move_the_confirmed_event(data: Path) -> None:
    path = data / "events.json"
    raw = json.loads(path.read_text("utf-8"))
    raw["events"][0]["date"] = "2024-01-05"
    path.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")


# ------------------------------------------------------- 1. never printed


def test_no_command_prints_a_token(work, monkeypatch):
    # Every feed over the size limits: the warnings name each feed by its path.
    monkeypatch.setattr(build_module, "MAX_FEED_EVENTS", 0)
    monkeypatch.setattr(build_module, "MAX_FEED_BYTES", 0)
    first = work.run("build", "--private")
    assert first.exit_code == 0, first.output
    assert "Cảnh báo: p/…/bao-lai-chau.ics:" in first.stderr and "chưa có ngày" in first.stderr
    assert work.run("build", "--private", "--check").exit_code == 0

    move_the_confirmed_event(work.data)  # --check lists changed files and events by path
    stale = work.run("build", "--private", "--check")
    assert stale.exit_code == 1 and "  ~ p/…/" in stale.stdout and "mục lịch đổi: p/…/" in stale.stdout
    assert work.run("build", "--private").exit_code == 0

    rotated = work.run("tokens", "rotate", "--secrets", str(work.secrets), "bao-lai-chau")
    new = work.tokens()["bao-lai-chau"]
    assert new in rotated.stdout  # rotate hands the new link out (and is left out of the check below)
    work.transcript = work.transcript[:-2]
    (work.out / ".kh-ical-state.json").unlink()
    pending = work.run("build", "--private", "--check")  # + new path, - revoked path
    assert pending.exit_code == 1 and "  + p/…/bao-lai-chau.ics" in pending.stdout
    assert "  - p/…/bao-lai-chau.ics" in pending.stdout
    assert work.run("build", "--private").exit_code == 0

    for fmt in ("text", "json"):
        checked = work.run("check", "--data", str(work.data), "--format", fmt)
        assert checked.exit_code in (0, 1), checked.output
    work.assert_no_token_printed()


def test_error_texts_are_masked(work, monkeypatch):
    assert work.run("build", "--private").exit_code == 0

    def disk_full(path, parts, events):
        raise OSError(errno.ENOSPC, "No space left on device", str(work.out / path))

    with monkeypatch.context() as patch:
        patch.setattr(build_module, "checked_parts", disk_full)
        failed = work.run("build", "--private")
    assert failed.exit_code == 1 and "hết chỗ trên đĩa" in failed.stderr
    assert "feeds-private/p/…/" in failed.stderr and "Traceback" not in failed.output

    # A revoked link's folder holding something else is refused, by its masked path.
    stale = work.out / "p" / "OldToken_0123456789ab"
    stale.mkdir()
    (stale / "notes.txt").write_text("x")
    refused = work.run("build", "--private")
    assert refused.exit_code == 1 and "p/…/notes.txt" in refused.stderr
    work.seen_tokens.add("OldToken_0123456789ab")
    work.assert_no_token_printed()


def test_tokens_list_still_shows_the_links(work):
    assert work.run("build", "--private").exit_code == 0
    listed = CliRunner().invoke(cli, ["tokens", "list", "--secrets", str(work.secrets)])
    assert all(t in listed.stdout for t in work.tokens().values())


def test_a_real_process_prints_no_token(work):
    """The same through `python -m kh_ical`: stdout and stderr of a separate process."""
    env_path = str(ROOT)
    argv = [sys.executable, "-m", "kh_ical", "build", "--private", "--data", str(work.data),
            "--secrets", str(work.secrets)]
    runs = [subprocess.run(argv + extra, capture_output=True, text=True, cwd=work.root,
                           env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"}) for extra in ([], ["--check"])]
    assert [r.returncode for r in runs] == [0, 0], runs[0].stderr
    assert (work.root / "feeds-private" / "p").is_dir()  # the default private output folder
    printed = "".join(r.stdout + r.stderr for r in runs)
    assert not [t for t in work.tokens().values() if t in printed], printed


# --------------------------------------------- 2. refused in the wrong place


def test_private_build_defaults_to_its_own_folder(work):
    result = work.run("build", "--private", out=False)
    assert result.exit_code == 0, result.output
    assert "trong feeds-private" in result.stdout
    assert len(feed_files(work.root / "feeds-private")) == len(work.tokens())
    assert not (work.root / "feeds").exists()


@pytest.mark.parametrize("where", ["out", "feeds", "feeds-private"])
def test_secrets_inside_a_published_folder_are_refused(work, where):
    work.out = work.root / "elsewhere"
    inside = work.out if where == "out" else work.root / where
    work.secrets = inside / "secrets" / "feed-tokens.json"
    result = work.run("build", "--private")
    assert result.exit_code == 1 and "tệp mã bí mật nằm trong thư mục" in result.stderr
    assert not work.secrets.exists() and not work.out.exists()  # refused before anything is written


def test_out_dot_is_refused(work):
    work.out = Path(".")
    for private in (["--private"], []):
        result = work.run("build", *private)
        assert result.exit_code == 1 and "thư mục xuất chứa cả thư mục hiện tại" in result.stderr
    assert not work.secrets.exists() and not (work.root / "p").exists()


def test_serve_refuses_a_folder_holding_the_token_file(work, monkeypatch):
    from kh_ical.cli import site_cmds

    monkeypatch.setattr(site_cmds, "make_server", lambda *a: pytest.fail("the server was started"))
    work.secrets.parent.mkdir()
    work.secrets.write_text('{"tokens": {}}')
    result = CliRunner().invoke(cli, ["serve", "--dir", str(work.root)])
    assert result.exit_code == 1 and "tệp mã bí mật nằm trong thư mục" in result.stderr


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.mark.skipif(not HAS_GIT, reason="git is not installed")
def test_private_feeds_are_refused_in_a_folder_git_tracks(work):
    git(work.root, "init", "-q")
    work.out = work.root / "feeds"
    refused = work.run("build", "--private")
    assert refused.exit_code == 1 and "không bị git bỏ qua" in refused.stderr and "feeds-private/" in refused.stderr
    assert not work.out.exists() and not work.secrets.exists()

    (work.root / ".gitignore").write_text("/feeds-private/\n")
    work.out = work.root / "feeds-private"
    assert work.run("build", "--private").exit_code == 0
    assert work.run("build", "--private", out=False).exit_code == 0

    forced = next((work.out / "p").rglob("*.ics"))
    git(work.root, "add", "-f", str(forced))  # ignored, but a tracked file is in it
    assert work.run("build", "--private").exit_code == 1


@pytest.mark.skipif(not HAS_GIT, reason="git is not installed")
def test_without_git_or_outside_a_work_tree_private_builds_are_allowed(work, monkeypatch):
    git(work.root, "init", "-q")
    work.out = work.root / "feeds"
    with monkeypatch.context() as patch:
        patch.setenv("PATH", str(work.root / "no-bin"))  # git cannot be found
        assert work.run("build", "--private").exit_code == 0
    shutil.rmtree(work.root / ".git")
    assert work.run("build", "--private").exit_code == 0


@pytest.mark.skipif(not HAS_GIT, reason="git is not installed")
def test_the_project_ignores_the_private_output_folder():
    assert subprocess.run(["git", "check-ignore", "-q", "feeds-private/"], cwd=ROOT).returncode == 0


# ------------------------------------------- 3. revoked links without state


def test_rotate_then_lost_state_still_removes_the_old_link(work):
    assert work.run("build", "--private").exit_code == 0
    old = work.tokens()["bao-lai-chau"]
    assert (work.out / "p" / old / "bao-lai-chau.ics").is_file()
    assert work.run("tokens", "rotate", "--secrets", str(work.secrets), "bao-lai-chau").exit_code == 0
    (work.out / ".kh-ical-state.json").unlink()
    rebuilt = work.run("build", "--private")
    assert rebuilt.exit_code == 0, rebuilt.output
    new = work.tokens()["bao-lai-chau"]
    assert not (work.out / "p" / old).exists()
    assert (work.out / "p" / new / "bao-lai-chau.ics").is_file()
    assert {p.split("/")[1] for p in feed_files(work.out)} == set(work.tokens().values())


def test_stale_folders_hold_only_feeds_or_the_build_stops(work):
    assert work.run("build", "--private").exit_code == 0
    emptied = work.out / "p" / "Revoked_aaaaaaaaaaaa"
    (emptied / "old").mkdir(parents=True)  # an empty folder is allowed
    (emptied / "bao-lai-chau.ics").write_text("BEGIN:VCALENDAR\r\n")
    assert work.run("build", "--private").exit_code == 0
    assert not (emptied / "bao-lai-chau.ics").exists()

    foreign = work.out / "p" / "Revoked_bbbbbbbbbbbb"
    foreign.mkdir()
    (foreign / "so-vh.ics").write_text("BEGIN:VCALENDAR\r\n")
    (foreign / "README.txt").write_text("not ours")
    before = {p: p.read_bytes() for p in work.out.rglob("*") if p.is_file()}
    refused = work.run("build", "--private")
    assert refused.exit_code == 1 and "p/…/README.txt" in refused.stderr
    assert {p: p.read_bytes() for p in work.out.rglob("*") if p.is_file()} == before  # nothing deleted

    current = work.out / "p" / work.tokens()["so-vh"]
    shutil.rmtree(foreign)
    (current / "notes.txt").write_text("kept")  # a current link's folder is left alone
    assert work.run("build", "--private").exit_code == 0
    assert (current / "notes.txt").read_text() == "kept"


def test_public_builds_leave_p_alone_without_a_record(work):
    """Only a private build knows the current tokens; a public one removes only what it recorded."""
    work.out = work.root / "feeds"
    stray = work.out / "p" / "SomeToken_cccccccccc" / "x.ics"
    stray.parent.mkdir(parents=True)
    stray.write_text("x")
    assert work.run("build").exit_code == 0
    assert stray.is_file()
