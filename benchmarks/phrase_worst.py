"""Worst cases for the timing-phrase resolver: seconds per adversarial cell.

Each input is about `--size` characters (default 100 kB) of text a person or a
broken export could put in a timing cell. The resolver must answer each within
a second, with dates or a PhraseError; this script prints how long it took and
which of the two it was. Nothing is asserted: RESULTS.md is the record.

    python -m benchmarks.phrase_worst            # ~100 kB each, best of 3
    python -m benchmarks.phrase_worst --size 2000 --repeats 1
"""

from __future__ import annotations

import argparse
import time
from typing import Callable

from kh_ical.errors import PhraseError
from kh_ical.phrases.grammar import EXAMPLE_CONTEXT
from kh_ical.phrases.parser import _parse_shared
from kh_ical.resolve import _resolve_any_section, _resolve_cached, resolve_phrase


def _fill(unit: str, size: int, sep: str = " ") -> str:
    """`unit` repeated (joined by `sep`) to about `size` characters."""
    return sep.join([unit] * max(1, size // (len(unit) + len(sep))))


def inputs(size: int) -> dict[str, str]:
    """Name → adversarial cell of about `size` characters."""
    nest = max(1, min(1000, size // 30))
    return {
        "repeated cells (;)": _fill("Từ tháng 6 đến hết tháng 8/2023", size, "; "),
        "repeated cells (và)": _fill("Hoàn thành trước sự kiện 10 ngày", size, " và "),
        "repeated day list": "các ngày " + _fill("1", size - 20, ", ") + "/9/2025",
        "1,000 nested parentheses": _fill("(" * nest + "Tháng 5/2025" + ")" * nest, size),
        "1,000 unclosed parentheses": "Tháng 5/2025 " + _fill("(ghi chú", size),
        "1,000 parenthesised glosses": "Tháng 5/2025 " + _fill("(tức 10/3 âm lịch)", size),
        "1,000 bare glosses": "Tháng 5/2025 " + _fill(", tức 10/3 âm lịch", size, ""),
        "digits": "9" * size,
        "digits and slashes": _fill("12/4", size, "/"),
        "words": _fill("blah", size),
        "Vietnamese words": _fill("tuyên truyền kỷ niệm", size),
        "prose around dates": _fill("gửi báo cáo về Sở Nội vụ trước ngày 5/9/2025", size, "; "),
        "a date, then prose": "Tháng 5/2025 " + _fill("gửi báo cáo về Sở", size),
        "dashes (bullets)": _fill("- Tháng 5/2025", size),
        "odd characters": _fill("\ud800\u202e😀\x00", size, ""),
    }


def _clear() -> None:
    """Forget earlier results: each run parses from scratch."""
    for cached in (_resolve_any_section, _resolve_cached, _parse_shared):
        cached.cache_clear()


def time_one(text: str, repeats: int, resolve: Callable = resolve_phrase) -> tuple[float, str]:
    best, outcome = float("inf"), ""
    for _ in range(repeats):
        _clear()
        start = time.perf_counter()
        try:
            result = resolve(text, EXAMPLE_CONTEXT)
            outcome = f"{len(result.occurrences)} occurrences"
        except PhraseError as exc:
            outcome = f"PhraseError: {exc.reason}"
        best = min(best, time.perf_counter() - start)
    return best, outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=100_000, help="characters per input (default 100000)")
    parser.add_argument("--repeats", type=int, default=3, help="runs per input; the best is shown (default 3)")
    args = parser.parse_args(argv)
    print(f"| input (~{args.size:,} chars) | chars | seconds (best of {args.repeats}) | outcome |")
    print("|---|---:|---:|---|")
    for name, text in inputs(args.size).items():
        seconds, outcome = time_one(text, args.repeats)
        print(f"| {name} | {len(text):,} | {seconds:.3f} | {outcome[:60]} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
