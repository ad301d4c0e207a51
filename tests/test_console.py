"""Output on a console that cannot show Vietnamese: a redirect on Windows is written
in the legacy code page (cp1258), and some consoles are plain ASCII. Every command —
its work, its --help, click's own usage errors and kh-ical's errors — finishes with
its usual exit status; letters the console lacks become "?", never a UnicodeEncodeError."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
ENCODINGS = ["cp1258", "ascii"]

# (argv, exit status, stdin); {tmp} is a fresh folder with a copy of data/ in {tmp}/data.
COMMANDS = [
    (["build", "--data", "{tmp}/data", "--out", "{tmp}/out"], 0, None),  # warnings (stderr) too
    (["build", "--data", "{tmp}/data", "--out", "{tmp}/out", "--check"], 1, None),  # nothing built there yet
    (["check", "--data", "{tmp}/data"], 0, None),
    (["agencies", "--data", "{tmp}/data"], 0, None),
    (["events", "--data", "{tmp}/data"], 0, None),
    (["events", "set", "le-mit-tinh-ky-niem", "2024-01-05", "--data", "{tmp}/data"], 0, None),
    (["events", "set", "khong-co", "2024-01-05", "--data", "{tmp}/data"], 1, None),  # a data error
    (["resolve", "--", "Từ tháng 6 đến hết tháng 8/2023"], 0, None),
    (["resolve", "--", "Từ thang 6 đến hết tháng 8/2023"], 1, None),  # a phrase error
    (["resolve", "-", "--year", "2023"], 0, "- Triển khai từ quý I/2024\n".encode()),
    (["export", "--data", "{tmp}/data", "--format", "csv", "--sep", "semicolon"], 0, None),
    (["export", "--data", "{tmp}/data", "--format", "xlsx", "-o", "{tmp}/kế-hoạch.xlsx"], 0, None),
    (["grammar"], 0, None),
    (["init", "{tmp}/kế-hoạch-mới"], 0, None),
    (["import", "{tmp}/không-có.docx", "--data", "{tmp}/mới"], 1, None),
    (["tokens", "list", "--secrets", "{tmp}/s.json"], 0, None),
    (["tokens", "rotate", "bao-lai-chau", "--secrets", "{tmp}/s.json"], 1, None),
    (["serve", "--dir", "{tmp}/không-có"], 1, None),
    (["serve", "--port", "99999"], 2, None),  # click's own error: usage, hint and message
    (["bulid"], 2, None),
    (["build", "--nope"], 2, None),
]


def run(argv: list[str], encoding: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": encoding, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "kh_ical", *argv], cwd=REPO, env=env, input=stdin,
                          capture_output=True, timeout=120)


def assert_finished(proc: subprocess.CompletedProcess, code: int, encoding: str) -> str:
    err = proc.stderr.decode(encoding, errors="replace")
    assert "Traceback" not in err and "UnicodeEncodeError" not in err, err[-2000:]
    assert proc.returncode == code, (proc.returncode, err[-2000:])
    text = (proc.stdout + proc.stderr).decode(encoding, errors="replace")
    assert text.strip()
    return text


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("argv, code, stdin", COMMANDS, ids=[" ".join(c[0][:2]) for c in COMMANDS])
def test_commands_finish_on_a_console_without_vietnamese(tmp_path, encoding, argv, code, stdin):
    shutil.copytree(REPO / "data", tmp_path / "data")
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    text = assert_finished(run(argv, encoding, stdin), code, encoding)
    if encoding == "cp1258" and argv[0] != "export":  # the CSV goes to stdout as UTF-8 bytes, as a file would
        assert "?" in text  # printed, with the letters cp1258 lacks replaced


HELP_LOOP = """
import sys
from kh_ical.cli import cli
for argv in [a.split() for a in sys.argv[1:]]:
    try:
        cli.main(args=[*argv, "--help"], prog_name="kh-ical")
    except SystemExit as exc:
        assert exc.code in (0, None), (argv, exc.code)
"""


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_every_help_page_prints_on_a_console_without_vietnamese(encoding):
    """All help pages in one process: the console is the same for each."""
    from test_click_vi import _commands

    from kh_ical.cli import cli

    pages = [" ".join(argv) for argv in _commands(cli)]
    env = {**os.environ, "PYTHONIOENCODING": encoding, "PYTHONPATH": str(REPO)}
    proc = subprocess.run([sys.executable, "-c", HELP_LOOP, *pages], cwd=REPO, env=env, capture_output=True,
                          timeout=120)
    text = assert_finished(proc, 0, encoding)
    assert text.count("-h, --help ") == len(pages), text[:500]
