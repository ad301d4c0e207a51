"""Score the resolver on real cells: right, refused (a clear error) or wrong.

    python -m tests.corpus.score real_north real_central      # a table per file
    python -m tests.corpus.score -v heldout_south              # every cell not right

Only dated items are compared ("U" parts are recorded, not scored); a cell
whose answer is ERR is right when the resolver refuses it.
"""

from __future__ import annotations

import datetime as dt
import importlib
import sys
from dataclasses import dataclass

from dateutil.rrule import rrulestr

from kh_ical.errors import PhraseError
from kh_ical.model import Event, EventStatus, Kind, Occurrence
from kh_ical.resolve import ResolveContext, resolve_phrase
from kh_ical.text import slugify
from tests.corpus.spec import Cell, Item, parse_expect

_LETTER = {Kind.WINDOW: "W", Kind.DEADLINE: "D", Kind.DAY: "O", Kind.UNDATED: "U"}


def context(cell: Cell) -> ResolveContext:
    events = tuple(Event(slugify(name) or f"su-kien-{i}", name, date=dt.date.fromisoformat(day),
                         status=EventStatus.CONFIRMED) for i, (name, day) in enumerate(cell.events.items()))
    return ResolveContext(year=cell.doc.plan_year, events=events, section_events=tuple(e.id for e in events),
                          start=cell.doc.plan_start, until=cell.doc.plan_end)


def instances(occ: Occurrence) -> list[tuple[dt.date, dt.date]]:
    assert occ.start is not None and occ.end is not None and occ.rrule is not None
    length = occ.end - occ.start
    rule = rrulestr(occ.rrule, dtstart=dt.datetime.combine(occ.start, dt.time()))
    return [(d.date(), d.date() + length) for d in rule]


def as_item(occ: Occurrence) -> Item:
    kind = _LETTER[occ.kind]
    if kind == "U":
        return Item("U")
    t = occ.time.strftime("%H:%M") if occ.time else None
    et = occ.end_time.strftime("%H:%M") if occ.end_time else None
    repeat: tuple = ()
    if occ.rrule:
        spans = instances(occ)
        repeat = (tuple(spans), spans[-1])
    return Item(kind, occ.start, occ.end, t, et, repeat)


def same(expected: Item, got: Item) -> bool:
    if not expected.repeat:
        return expected == got
    if not got.repeat:
        return False
    first, last = expected.repeat
    spans, got_last = got.repeat
    return (expected.kind, expected.time, expected.end_time) == (got.kind, got.time, got.end_time) \
        and tuple(spans[: len(first)]) == first and got_last == last


def period_class(start: dt.date, end: dt.date) -> tuple[str, int]:
    """What kind of span this is: a whole number of calendar months ("months", how many: a quarter
    is 3 whatever its days), else a number of days."""
    if start.day == 1 and (end + dt.timedelta(days=1)).day == 1:
        return "months", (end.year - start.year) * 12 + end.month - start.month + 1
    return "days", (end - start).days + 1


def instances_apart(expected: Item, got: list[Item]) -> list[Item] | None:
    """The occurrences that are a repeating item's instances one by one: the resolver publishes a
    schedule of whole calendar periods ("Hằng quý") as one occurrence per period (README, repeating
    schedules); the same dates as an RRULE. Only spans of the item's own period are its instances
    (a quarter's, not the year's beside it in "hàng quý và hàng năm"). None when they are not
    exactly those instances."""
    if not expected.repeat:
        return None
    first, last = expected.repeat
    classes = {period_class(*span) for span in (*first, last)}
    if len(classes) != 1:
        return None
    mine = sorted(g for g in got if not g.repeat and (g.kind, g.time, g.end_time) == (
        expected.kind, expected.time, expected.end_time) and first[0][0] <= g.start and g.end <= last[1]
        and period_class(g.start, g.end) in classes)
    spans = [(g.start, g.end) for g in mine]
    return mine if spans[: len(first)] == list(first) and spans[-1:] == [last] else None


@dataclass
class Verdict:
    cell: Cell
    outcome: str  # right | refused | wrong | right-undated
    detail: str


def judge(cell: Cell) -> Verdict:
    expected = parse_expect(cell.expect)
    try:
        result = resolve_phrase(cell.text, context(cell))
    except PhraseError as exc:
        return Verdict(cell, "right" if expected is None else "refused", str(exc).splitlines()[0])
    got = [as_item(o) for o in result.occurrences] + [Item("U")] * 0
    if expected is None:
        dated = [g for g in got if g.kind != "U"]
        return Verdict(cell, "wrong" if dated else "right", f"expected an error, got {[str(g) for g in got]}")
    want = [e for e in expected if e.kind != "U"]
    have = [g for g in got if g.kind != "U"]
    unused = list(have)
    ok = True
    for e in want:
        hit = next(([g] for g in unused if same(e, g)), None) or instances_apart(e, unused)
        if hit is None:
            ok = False
            break
        for g in hit:
            unused.remove(g)
    ok = ok and not unused
    if ok and result.unresolved:
        ok = False
    outcome = "right" if ok else "wrong"
    return Verdict(cell, outcome, f"expected {cell.expect!r}, got {[str(g) for g in got]}")


def score(cells: list[Cell]) -> dict[str, list[Verdict]]:
    out: dict[str, list[Verdict]] = {"right": [], "refused": [], "wrong": []}
    for cell in cells:
        v = judge(cell)
        out[v.outcome].append(v)
    return out


def dated(cell: Cell) -> bool:
    expected = parse_expect(cell.expect)
    return expected is not None and any(e.kind != "U" for e in expected)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    for name in [a for a in argv if not a.startswith("-")]:
        cells = importlib.import_module(f"tests.corpus.{name}").CELLS
        verdicts = score(cells)
        n_dated = sum(dated(c) for c in cells)
        right_dated = sum(dated(v.cell) for v in verdicts["right"])
        print(f"{name}: {len(cells)} cells from {len({c.doc for c in cells})} documents; "
              f"right {len(verdicts['right'])}, refused {len(verdicts['refused'])}, wrong {len(verdicts['wrong'])}; "
              f"dated {right_dated}/{n_dated} right")
        if verbose:
            for outcome in ("wrong", "refused"):
                for v in verdicts[outcome]:
                    print(f"  {outcome.upper():8} {v.cell.text!r}\n           {v.detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
