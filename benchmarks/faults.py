"""Faults at scale: kill -9 a rebuild of a generated plan at random moments, run
two builds at once, and count what went wrong (issue 13's "done when").

    python -m benchmarks.faults --tasks 10000 --runs 12 --work /tmp/kh-faults

Each run copies a folder built from version 1 of the plan, starts a build of
version 2 (every event a week later) into it, kills it with SIGKILL at a random
moment of its expected length, then builds version 2 again normally, and
compares with an uninterrupted build. Counted: tracebacks, SEQUENCE decreases
(of any UID, at the kill and after the finishing build), temporary files or
journals left, files written outside the output folder, and outputs that differ
from the uninterrupted one. Two builds at once are run the same number of times.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.generate import generate, later_version

REPO = Path(__file__).resolve().parent.parent
FIRST, SECOND = "1700000000", "1700500000"
LOCAL = {".kh-ical.lock", ".kh-ical.lock.holder", ".kh-ical-cache.json"}
_SEQ = re.compile(rb"\nUID:((?:[^\r]|\r\n )*)\r\nSEQUENCE:(\d+)\r\n")


def build(data: Path, out: Path, epoch: str) -> subprocess.Popen:
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch}
    return subprocess.Popen([sys.executable, "-m", "kh_ical", "build", "--data", str(data), "--out", str(out)],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(proc: subprocess.Popen) -> tuple[int, str]:
    out, err = proc.communicate()
    return proc.returncode, out + err


def sequences(out: Path) -> dict[bytes, int]:
    seqs: dict[bytes, int] = {}
    for path in out.rglob("*.ics"):
        if not path.name.startswith("."):
            for m in _SEQ.finditer(path.read_bytes()):
                seqs[m[1]] = max(seqs.get(m[1], 0), int(m[2]))
    return seqs


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name not in LOCAL}


def outside(sandbox: Path, out: Path) -> set[str]:
    """Every file of `sandbox` that is not inside `out`."""
    return {p.relative_to(sandbox).as_posix() for p in sandbox.rglob("*") if out not in p.parents and p != out}


def decreases(before: dict[bytes, int], after: dict[bytes, int]) -> int:
    return sum(1 for uid, seq in before.items() if uid in after and after[uid] < seq)


def tokens_printed(v1: Path, v2: Path, work: Path) -> int:
    """Private builds (a first one, a changed one, --check, a rotation with the
    state file lost, `check`): how many tokens appear in anything printed."""
    out, secrets = work / "private" / "out", work / "private" / "secrets" / "feed-tokens.json"
    common = ["--out", str(out), "--private", "--secrets", str(secrets)]
    printed = []
    for argv in (["build", "--data", str(v1), *common], ["build", "--data", str(v2), *common, "--check"],
                 ["build", "--data", str(v2), *common], ["tokens", "rotate", "tat-ca", "--secrets", str(secrets)]):
        proc = subprocess.run([sys.executable, "-m", "kh_ical", *argv], cwd=REPO, capture_output=True, text=True)
        if argv[0] == "build":  # rotate prints the new link on purpose
            printed.append(proc.stdout + proc.stderr)
    (out / ".kh-ical-state.json").unlink()
    for argv in (["build", "--data", str(v2), *common], ["check", "--data", str(v2)]):
        proc = subprocess.run([sys.executable, "-m", "kh_ical", *argv], cwd=REPO, capture_output=True, text=True)
        printed.append(proc.stdout + proc.stderr)
    tokens = json.loads(secrets.read_text(encoding="utf-8"))["tokens"].values()
    text = "".join(printed)
    return sum(text.count(token) for token in tokens)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tasks", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=12)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--work", type=Path, default=Path("/tmp/kh-faults"))
    args = ap.parse_args(argv)
    work = args.work
    shutil.rmtree(work, ignore_errors=True)
    v1, v2 = work / "v1", work / "v2"
    generate(v1, args.tasks, 500 if args.tasks >= 10_000 else 50, seed=args.seed)
    later_version(v1, v2)

    base = work / "sandbox-v1" / "out"
    base.parent.mkdir()
    code, text = finish(build(v1, base, FIRST))
    assert code == 0, text
    reference = work / "sandbox-ref" / "out"
    shutil.copytree(base.parent, reference.parent)
    started = time.perf_counter()
    code, text = finish(build(v2, reference, SECOND))
    length = time.perf_counter() - started
    assert code == 0, text
    expected, first = files(reference), sequences(base)

    rng = random.Random(args.seed)
    counts = {"runs": 0, "killed": 0, "tracebacks": 0, "sequence decreases": 0, "temporary files left": 0,
              "files outside the output": 0, "outputs not as uninterrupted": 0, "failed builds": 0}
    for run in range(args.runs):
        for mode in ("kill", "twice"):
            sandbox = work / f"sandbox-{mode}-{run}"
            shutil.copytree(base.parent, sandbox)
            out = sandbox / "out"
            before_outside = outside(sandbox, out)
            counts["runs"] += 1
            if mode == "kill":
                proc = build(v2, out, SECOND)
                time.sleep(rng.uniform(0, length))
                if proc.poll() is None:
                    proc.send_signal(signal.SIGKILL)
                    counts["killed"] += 1
                code, text = finish(proc)
                counts["tracebacks"] += "Traceback" in text
                at_kill = sequences(out)
                counts["sequence decreases"] += decreases(first, at_kill)
                results = [finish(build(v2, out, SECOND))]
            else:
                at_kill = first
                results = [finish(p) for p in [build(v2, out, SECOND), build(v2, out, SECOND)]]
            for code, text in results:
                counts["tracebacks"] += "Traceback" in text
                counts["failed builds"] += code != 0
            counts["sequence decreases"] += decreases(at_kill, sequences(out))
            counts["temporary files left"] += sum(1 for p in out.rglob(".*")
                                                  if p.name.endswith(".tmp") or p.name == ".kh-ical-journal.json")
            counts["files outside the output"] += len(outside(sandbox, out) - before_outside)
            counts["outputs not as uninterrupted"] += files(out) != expected
            shutil.rmtree(sandbox)
    counts["tokens printed"] = tokens_printed(v1, v2, work)
    print(f"{args.tasks} tasks, an uninterrupted rebuild takes {length:.1f} s")
    for key, value in counts.items():
        print(f"  {key}: {value}")
    bad = {k: v for k, v in counts.items() if k not in ("runs", "killed") and v}
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
