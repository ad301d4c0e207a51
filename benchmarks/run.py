"""Run the benchmarks of issue 6 and print Markdown tables.

For each size (tasks × agencies) it generates a plan (`benchmarks.generate`),
then times whole processes, each measured on its own with `os.wait4` (wall
time around the child, its own max RSS):

1. `python -m kh_ical build --data D --out O` into an empty folder;
2. the same again with no change (expected: no file written);
3. the same after one event date moves by 7 days (edit of events.json;
   expected: only the feeds holding that event are rewritten);
4. the floor: the feeds of step 1 written again by bare icalendar
   (`python -m benchmarks.floor write`), checked byte-identical.

Every build runs with SOURCE_DATE_EPOCH fixed, so outputs are reproducible.

    python -m benchmarks.run --sizes 40,1000 [--work /tmp/kh-bench] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from benchmarks import floor
from benchmarks.generate import SIZES, generate, move_event

EPOCH = "1764547200"  # 2025-12-01T00:00:00Z: a fixed build clock
REPO = Path(__file__).resolve().parent.parent


@dataclass
class Proc:
    """One child process: wall seconds, CPU seconds (user + sys), max RSS (MiB), exit code, output tail."""

    wall: float
    cpu: float
    rss_mib: float
    code: int
    out: str = ""


def run_child(args: list[str], env: dict[str, str] | None = None) -> Proc:
    """Run `args` from the repo root; wall time and the child's own peak RSS."""
    t0 = time.perf_counter()
    with subprocess.Popen(args, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT) as child:
        out = child.stdout.read() if child.stdout else b""
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t0
    cpu = usage.ru_utime + usage.ru_stime
    return Proc(wall, cpu, usage.ru_maxrss / 1024, child.returncode, out.decode("utf-8", "replace")[-2000:])


def build(data: Path, out: Path) -> Proc:
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    proc = run_child([sys.executable, "-m", "kh_ical", "build", "--data", str(data), "--out", str(out)], env)
    if proc.code != 0:
        raise RuntimeError(f"kh-ical build failed ({proc.code}):\n{proc.out}")
    return proc


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """path → (inode, mtime_ns): kh-ical replaces a rewritten file (new inode)."""
    return {p.relative_to(folder).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()}


def rewritten(before: dict, after: dict) -> list[str]:
    return sorted(p for p in after if before.get(p) != after[p]) + sorted(set(before) - set(after))


def feed_stats(folder: Path) -> tuple[int, int, int, int]:
    """(feeds, VEVENTs, .ics bytes, all bytes) of an output folder."""
    feeds = floor.feed_files(folder)
    vevents = sum(p.read_bytes().count(b"BEGIN:VEVENT") for p in feeds)
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    return len(feeds), vevents, sum(p.stat().st_size for p in feeds), total


def unfolded(path: Path) -> str:
    return path.read_bytes().replace(b"\r\n ", b"").decode("utf-8")


@dataclass
class Result:
    tasks: int
    agencies: int
    events: int = 0
    feeds: int = 0
    vevents: int = 0
    ics_bytes: int = 0
    all_bytes: int = 0
    build: list[Proc] = field(default_factory=list)
    rebuild: Proc | None = None
    rebuild_files: list[str] = field(default_factory=list)
    move: Proc | None = None
    moved_event: str = ""
    move_files: list[str] = field(default_factory=list)
    move_feeds_ok: bool = False  # every rewritten feed holds the moved event
    move_feeds_expected: int = 0  # feeds whose text names the moved event
    floor: list[Proc] = field(default_factory=list)
    floor_identical: bool = False
    generate_s: float = 0.0

    @property
    def build_s(self) -> float:
        return statistics.median(p.wall for p in self.build)

    @property
    def floor_s(self) -> float:
        return statistics.median(p.wall for p in self.floor)

    @property
    def build_cpu(self) -> float:
        return statistics.median(p.cpu for p in self.build)

    @property
    def floor_cpu(self) -> float:
        return statistics.median(p.cpu for p in self.floor)


def measure(tasks: int, agencies: int, work: Path, repeats: int, seed: int) -> Result:
    res = Result(tasks, agencies)
    base = work / f"{tasks}x{agencies}"
    shutil.rmtree(base, ignore_errors=True)
    data, out, floor_out, floor_in = base / "data", base / "out", base / "floor", base / "floor-input.pickle"
    t0 = time.perf_counter()
    gen = generate(data, tasks, agencies, seed)
    res.generate_s, res.events = time.perf_counter() - t0, len(gen.events["events"])
    for _ in range(repeats):  # full builds, each into an empty folder
        shutil.rmtree(out, ignore_errors=True)
        res.build.append(build(data, out))
    res.feeds, res.vevents, res.ics_bytes, res.all_bytes = feed_stats(out)
    floor.prepare(out, floor_in)
    for _ in range(repeats):
        shutil.rmtree(floor_out, ignore_errors=True)
        proc = run_child([sys.executable, "-m", "benchmarks.floor", "write", "--input", str(floor_in),
                          "--out", str(floor_out)])
        if proc.code != 0:
            raise RuntimeError(f"floor failed:\n{proc.out}")
        res.floor.append(proc)
    res.floor_identical = not floor.compare(out, floor_out)
    before = snapshot(out)
    res.rebuild = build(data, out)
    res.rebuild_files = rewritten(before, snapshot(out))
    res.moved_event = move_event(data, 7)
    name = next(e["name"] for e in json.loads((data / "events.json").read_text("utf-8"))["events"]
                if e["id"] == res.moved_event)
    before = snapshot(out)
    res.move = build(data, out)
    res.move_files = rewritten(before, snapshot(out))
    holding = {p.relative_to(out).as_posix() for p in floor.feed_files(out) if name in unfolded(p)}
    res.move_feeds_expected = len(holding)
    res.move_feeds_ok = all(p in holding for p in res.move_files if p.endswith(".ics"))
    return res


def shipped(repeats: int, work: Path) -> dict[str, float]:
    """The shipped plan's whole build (median of `repeats`) and a bare Python start."""
    out = work / "shipped-out"
    walls = []
    for _ in range(repeats):
        shutil.rmtree(out, ignore_errors=True)
        walls.append(build(REPO / "data", out).wall)
    bare = statistics.median(run_child([sys.executable, "-c", "pass"]).wall for _ in range(repeats))
    imports = statistics.median(
        run_child([sys.executable, "-c", "import kh_ical.cli, kh_ical.build"]).wall for _ in range(repeats))
    rebuild = build(REPO / "data", out).wall
    return {"build": statistics.median(walls), "build_min": min(walls), "python": bare, "imports": imports,
            "rebuild": rebuild, "vevents": feed_stats(out)[1]}


# ------------------------------------------------------------------ report


def _n(x: int) -> str:
    return f"{x:,}"


def table(results: list[Result]) -> str:
    rows = [
        "| tasks × agencies | events | feeds | VEVENTs | .ics MiB | build s (CPU s) | max RSS MiB | µs/VEVENT "
        "| floor s (CPU s) | floor RSS MiB | floor µs/VEVENT | build ÷ floor (CPU) | floor bytes identical |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in results:
        rss = max(p.rss_mib for p in r.build)
        frss = max(p.rss_mib for p in r.floor)
        rows.append(
            f"| {_n(r.tasks)} × {r.agencies} | {_n(r.events)} | {_n(r.feeds)} | {_n(r.vevents)} "
            f"| {r.ics_bytes / 2**20:.1f} | {r.build_s:.2f} ({r.build_cpu:.2f}) | {rss:.0f} "
            f"| {r.build_s / r.vevents * 1e6:.0f} | {r.floor_s:.2f} ({r.floor_cpu:.2f}) | {frss:.0f} "
            f"| {r.floor_s / r.vevents * 1e6:.0f} | {r.build_s / r.floor_s:.1f}× ({r.build_cpu / r.floor_cpu:.1f}×) "
            f"| {'yes' if r.floor_identical else 'NO'} |"
        )
    rows += [
        "",
        "| tasks × agencies | rebuild, no change: s (CPU) | % of build | files written | one event moved: s (CPU) "
        "| % of build | files written (.ics) | feeds naming the event | only those feeds? |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in results:
        assert r.rebuild is not None and r.move is not None
        ics = [p for p in r.move_files if p.endswith(".ics")]
        rows.append(
            f"| {_n(r.tasks)} × {r.agencies} | {r.rebuild.wall:.2f} ({r.rebuild.cpu:.2f}) "
            f"| {r.rebuild.wall / r.build_s:.0%} | {len(r.rebuild_files)} | {r.move.wall:.2f} ({r.move.cpu:.2f}) "
            f"| {r.move.wall / r.build_s:.0%} "
            f"| {len(r.move_files)} ({len(ics)}) | {r.move_feeds_expected} | {'yes' if r.move_feeds_ok else 'NO'} |"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="kh-ical benchmarks (issue 6)")
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES),
                        help="task counts, comma-separated (agencies follow the issue: 40→50, 1000→200, …)")
    parser.add_argument("--agencies", type=int, default=None, help="override the number of agencies")
    parser.add_argument("--work", type=Path, default=Path("/tmp/kh-bench"))
    parser.add_argument("--repeats", type=int, default=None,
                        help="full builds per size (default 3 below 10,000 tasks, else 1)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--shipped", action="store_true", help="also time the shipped plan (data/)")
    parser.add_argument("--json", type=Path, default=None, help="write raw results here")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    results = []
    for size in (int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()):
        agencies = args.agencies or SIZES.get(size, 200)
        repeats = args.repeats or (3 if size < 10_000 else 1)
        print(f"… {size} × {agencies}", file=sys.stderr, flush=True)
        results.append(measure(size, agencies, args.work, repeats, args.seed))
        print(table(results[-1:]), file=sys.stderr, flush=True)
    report = table(results)
    extra = {}
    if args.shipped:
        extra = shipped(5, args.work)
        report += (f"\n\nShipped plan (data/): whole `kh-ical build` {extra['build']:.3f} s median of 5 "
                   f"(min {extra['build_min']:.3f} s), {extra['vevents']} VEVENTs; rebuild with no change "
                   f"{extra['rebuild']:.3f} s; bare `python -c pass` {extra['python']:.3f} s, "
                   f"`import kh_ical.cli, kh_ical.build` {extra['imports']:.3f} s.")
    print(report)
    if args.json:
        raw = [{**asdict(r), "build_s": r.build_s, "floor_s": r.floor_s} for r in results]
        args.json.write_text(json.dumps({"results": raw, "shipped": extra}, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
