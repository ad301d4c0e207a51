"""Where a build's time goes, stage by stage, in one process.

Wraps the stage functions kh-ical's build calls (those that exist: the
names are looked up, missing ones are skipped) with timers, runs
`kh_ical.build.build` once and prints seconds per stage. Nested stages are
counted inside their callers too (e.g. `content_hash` inside `_stage_feeds`),
and `Staging.add` includes making the feed it stages: a feed is rendered
piece by piece while it is written.

    python -m benchmarks.phases --data /tmp/kh-bench/1000x200/data --out /tmp/phases-out
"""

from __future__ import annotations

import argparse
import functools
import gc
import importlib
import os
import shutil
import sys
import time
from collections import defaultdict
from pathlib import Path

# (module, function) of each stage, in build order.
STAGES = (
    ("kh_ical.loader", "load_plan"),
    ("kh_ical.resolve", "resolve_plan"),
    ("kh_ical.build", "_stage_feeds"),
    ("kh_ical.feed", "content_hash"),
    ("kh_ical.build", "_stage_pages"),
    ("kh_ical.state", "merge"),
    ("kh_ical.state", "changes"),
    ("kh_ical.files", "Staging.add"),
    ("kh_ical.files", "Staging.commit"),
)

totals: dict[str, float] = defaultdict(float)
calls: dict[str, int] = defaultdict(int)


def timed(name: str, fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            totals[name] += time.perf_counter() - t0
            calls[name] += 1

    return wrapper


def instrument() -> list[str]:
    """Wrap every stage found; returns the names wrapped."""
    done = []
    for module_name, dotted in STAGES:
        module = importlib.import_module(module_name)
        owner_name, _, attr = dotted.rpartition(".")
        owner = getattr(module, owner_name) if owner_name else module
        fn = getattr(owner, attr, None)
        if fn is None:
            continue
        wrapped = timed(attr, fn)
        setattr(owner, attr, wrapped)
        # modules that imported the function by name see the wrapper too
        for other in ("kh_ical.build", "kh_ical.loader", "kh_ical.resolve"):
            mod = sys.modules.get(other)
            if mod is not None and getattr(mod, attr, None) is fn:
                setattr(mod, attr, wrapped)
        done.append(attr)
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1764547200")
    t0 = time.perf_counter()
    import kh_ical.cli  # noqa: F401
    from kh_ical.build import build  # noqa: F401  (import cost is its own stage)

    imports = time.perf_counter() - t0
    instrument()
    shutil.rmtree(args.out, ignore_errors=True)
    gc.disable()  # as the `build` command does
    t1 = time.perf_counter()
    importlib.import_module("kh_ical.build").build(args.data, args.out)
    whole = time.perf_counter() - t1
    print(f"{'imports':<22} {imports:8.3f} s")
    for _, dotted in STAGES:
        name = dotted.rpartition(".")[2]
        if name in totals:
            print(f"{name:<22} {totals[name]:8.3f} s  ({calls[name]} calls)")
    print(f"{'build() total':<22} {whole:8.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
