"""benchmarks/: the generator, a build of a generated plan and one tiny runner pass
(no speed is asserted: the runner's numbers are not looked at, only that it works and
that the bare-icalendar floor writes the same bytes as kh-ical)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from benchmarks.generate import generate, selfcheck
from kh_ical.build import BuildOptions, build

REPO = Path(__file__).resolve().parent.parent


def test_generator_selfcheck():
    selfcheck()


def test_generated_plan_builds(tmp_path):
    generate(tmp_path / "data", 40, 50)
    report = build(tmp_path / "data", tmp_path / "out", BuildOptions())
    assert len(report.feeds) > 1 and sum(f.events for f in report.feeds) >= 40
    assert (tmp_path / "out" / "tat-ca.ics").read_bytes().count(b"BEGIN:VEVENT") >= 40


def test_runner_tiny_pass_floor_identical(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--sizes", "40", "--repeats", "1", "--work", str(tmp_path)],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    row = next(line for line in proc.stdout.splitlines() if line.startswith("| 40 × "))
    assert row.rstrip(" |").endswith("yes"), row  # the floor's feeds are byte-identical to kh-ical's


def test_phrase_worst_tiny_pass():
    """benchmarks/phrase_worst.py runs and prints one row per input (its seconds are not looked at)."""
    from benchmarks.phrase_worst import inputs

    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.phrase_worst", "--size", "300", "--repeats", "1"],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    rows = [line for line in proc.stdout.splitlines() if line.startswith("| ") and not line.startswith("| input")]
    assert len(rows) == len(inputs(300))
    assert all("occurrences |" in row or "PhraseError" in row for row in rows), rows
