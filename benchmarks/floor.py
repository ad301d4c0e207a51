"""The floor: kh-ical's feeds written again by bare icalendar, nothing else.

Two steps, so that only the second is timed:

1. `prepare(feeds_dir, input_file)` (untimed) reads the .ics feeds kh-ical
   wrote and records, per feed and per component, every property as a typed
   Python value (dates, UTC and zoned datetimes, ints, durations, text,
   category lists) in a file of pickles, one per feed. A small line parser
   is used, not icalendar, so preparing a 100,000-task output takes seconds.
2. `write(input_file, out_dir)` (timed, as its own process:
   `python -m benchmarks.floor write --input F --out D`) loads one feed at a
   time and, with icalendar alone, builds each VCALENDAR/VEVENT with `.add()` in the
   same order and with the same value types as kh-ical, serialises it with
   `to_ical()` and writes one file per feed. No phrase is resolved, no agency
   matched, no state read or written, no site page rendered, no read-back
   validation, no fsync; the VTIMEZONE of a zone is built once and shared.

Fairness: the floor writes the same feeds with the same properties;
`compare(a, b)` checks that its files are byte-identical to kh-ical's (the
runner reports it), so the difference between the two processes is exactly
what kh-ical does besides serialising and writing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import pickle
import re
import sys
import time
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, Timezone, vDuration, vText

# A property as recorded: (name, parameters to pass, kind, value)
Prop = tuple[str, dict[str, str], str, Any]
_ESCAPE = re.compile(r"\\(.)")
_UNESCAPED_COMMA = re.compile(r"(?<!\\),")
_DATETIME_PROPS = {"DTSTART", "DTEND", "DTSTAMP", "LAST-MODIFIED", "CREATED", "RECURRENCE-ID"}
_DURATION_PROPS = {"REFRESH-INTERVAL", "X-PUBLISHED-TTL", "TRIGGER", "DURATION"}
_URI_PROPS = {"URL", "SOURCE"}
_KEEP_PARAMS = {"VALUE"}  # others (TZID) icalendar derives from the value itself


# ------------------------------------------------------------------ reading kh-ical's feeds


def unescape(text: str) -> str:
    return _ESCAPE.sub(lambda m: "\n" if m[1] in "nN" else m[1], text)


def _duration(text: str) -> dt.timedelta:
    m = re.fullmatch(r"([+-]?)P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?", text)
    if not m:
        raise ValueError(f"not a duration: {text}")
    sign = -1 if m[1] == "-" else 1
    w, d, h, mi, s = (int(x or 0) for x in m.groups()[1:])
    return sign * dt.timedelta(weeks=w, days=d, hours=h, minutes=mi, seconds=s)


def typed(name: str, params: dict[str, str], value: str) -> Prop:
    """One content line's value as the Python value kh-ical gave icalendar."""
    keep = {k: v for k, v in params.items() if k in _KEEP_PARAMS and not (k == "VALUE" and v in ("DATE", "DATE-TIME"))}
    if name in _DATETIME_PROPS:
        if params.get("VALUE") == "DATE":
            return name, keep, "date", dt.date(int(value[:4]), int(value[4:6]), int(value[6:8]))
        stamp = dt.datetime.strptime(value.rstrip("Z"), "%Y%m%dT%H%M%S")
        if value.endswith("Z"):
            return name, keep, "datetime", stamp.replace(tzinfo=dt.timezone.utc)
        if "TZID" in params:
            return name, keep, "zoned", (stamp, params["TZID"])
        return name, keep, "datetime", stamp
    if name == "SEQUENCE":
        return name, keep, "int", int(value)
    if name in _DURATION_PROPS:
        return name, keep, "duration", _duration(value)
    if name == "CATEGORIES":
        return name, keep, "list", [unescape(v) for v in _UNESCAPED_COMMA.split(value)]
    if name in _URI_PROPS:
        return name, keep, "uri", value
    return name, keep, "text", unescape(value)


def content_lines(data: bytes) -> list[tuple[str, dict[str, str], str]]:
    """(NAME, {PARAM: value}, raw value) of each unfolded line (simple feeds only:
    no quoted parameter values, which kh-ical does not write)."""
    out = []
    for line in data.replace(b"\r\n ", b"").decode("utf-8").split("\r\n"):
        if not line:
            continue
        head, _, value = line.partition(":")
        name, *params = head.split(";")
        out.append((name.upper(), dict(p.split("=", 1) for p in params), value))
    return out


def read_feed(data: bytes) -> dict:
    """A feed as {"calendar": [Prop], "vtimezone": tzid | None, "events": [{"props", "alarms"}]}."""
    feed: dict = {"calendar": [], "vtimezone": None, "tz_comment": False, "events": []}
    stack: list[str] = []
    for name, params, value in content_lines(data):
        if name == "BEGIN":
            stack.append(value)
            if value == "VEVENT":
                feed["events"].append({"props": [], "alarms": []})
            elif value == "VALARM":
                feed["events"][-1]["alarms"].append([])
            continue
        if name == "END":
            stack.pop()
            continue
        where = stack[-1]
        if where == "VCALENDAR":
            feed["calendar"].append(typed(name, params, value))
        elif where == "VEVENT":
            feed["events"][-1]["props"].append(typed(name, params, value))
        elif where == "VALARM":
            feed["events"][-1]["alarms"][-1].append(typed(name, params, value))
        elif where == "VTIMEZONE" and name == "TZID":
            feed["vtimezone"] = value
        elif "VTIMEZONE" in stack and name == "COMMENT":
            feed["tz_comment"] = True
    return feed


def feed_files(feeds_dir: Path) -> list[Path]:
    """Every .ics under the folder (agency feeds, tat-ca.ics, p/<token>/…), sorted."""
    return sorted(p for p in Path(feeds_dir).rglob("*.ics") if p.is_file())


def prepare(feeds_dir: Path, input_file: Path) -> dict[str, int]:
    """Record kh-ical's feeds as typed values for `write`, one pickle per feed
    in a row (so that `write` holds one feed at a time); returns counts."""
    feeds_dir = Path(feeds_dir)
    counts = {"feeds": 0, "vevents": 0}
    with open(input_file, "wb") as fh:
        for path in feed_files(feeds_dir):
            feed = read_feed(path.read_bytes())
            feed["path"] = path.relative_to(feeds_dir).as_posix()
            pickle.dump(feed, fh, protocol=pickle.HIGHEST_PROTOCOL)
            counts["feeds"] += 1
            counts["vevents"] += len(feed["events"])
    return counts


def recorded(input_file: Path) -> Iterator[dict]:
    """The feeds `prepare` recorded, one at a time."""
    with open(input_file, "rb") as fh:
        while True:
            try:
                yield pickle.load(fh)
            except EOFError:
                return


# ------------------------------------------------------------------ the floor itself


def _value(kind: str, value: Any, zones: dict[str, ZoneInfo]) -> Any:
    if kind == "zoned":
        stamp, tzid = value
        zone = zones.get(tzid) or zones.setdefault(tzid, ZoneInfo(tzid))
        return stamp.replace(tzinfo=zone)
    if kind == "text":
        return vText(value)
    if kind == "duration":
        return vDuration(value)  # an X- property would otherwise print a timedelta as 12:00:00
    return value


def _add(component, props: list[Prop], zones: dict[str, ZoneInfo]) -> None:
    for name, params, kind, value in props:
        if params:
            component.add(name, _value(kind, value, zones), parameters=params)
        else:
            component.add(name, _value(kind, value, zones))


@lru_cache(maxsize=None)
def _vtimezone(tzid: str, comment: bool) -> Timezone:
    """Built once per zone and shared by every feed (to_ical does not change it)."""
    tz = Timezone.from_tzid(tzid)
    if not comment:
        tz.pop("COMMENT", None)
    return tz


def render(feed: dict, zones: dict[str, ZoneInfo]) -> bytes:
    """One feed's bytes, built with icalendar only."""
    cal = Calendar()
    _add(cal, feed["calendar"], zones)
    if feed["vtimezone"]:
        cal.add_component(_vtimezone(feed["vtimezone"], feed["tz_comment"]))
    for ev in feed["events"]:
        event = Event()
        _add(event, ev["props"], zones)
        for alarm_props in ev["alarms"]:
            alarm = Alarm()
            _add(alarm, alarm_props, zones)
            event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()


def write(input_file: Path, out_dir: Path) -> dict[str, float]:
    """Load each recorded feed, serialise it with icalendar, write it. Returns phase times (s)."""
    zones: dict[str, ZoneInfo] = {}
    load = serialise = write_s = 0.0
    out_dir = Path(out_dir)
    feeds = recorded(input_file)
    while True:
        t0 = time.perf_counter()
        feed = next(feeds, None)
        load += time.perf_counter() - t0
        if feed is None:
            break
        a = time.perf_counter()
        data = render(feed, zones)
        b = time.perf_counter()
        target = out_dir / feed["path"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        write_s += time.perf_counter() - b
        serialise += b - a
    return {"load": load, "serialise": serialise, "write": write_s}


def compare(kh_dir: Path, floor_dir: Path) -> list[str]:
    """Feeds that differ between kh-ical's folder and the floor's (empty: byte-identical)."""
    kh = {p.relative_to(kh_dir).as_posix(): p for p in feed_files(Path(kh_dir))}
    fl = {p.relative_to(floor_dir).as_posix(): p for p in feed_files(Path(floor_dir))}
    differ = sorted(set(kh) ^ set(fl))
    differ += sorted(r for r in set(kh) & set(fl) if kh[r].read_bytes() != fl[r].read_bytes())
    return differ


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The bare-icalendar floor of kh-ical's feeds.")
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prepare", help="record kh-ical's feeds (untimed)")
    p.add_argument("--feeds", type=Path, required=True)
    p.add_argument("--to", type=Path, required=True)
    w = sub.add_parser("write", help="serialise and write them with bare icalendar (the timed floor)")
    w.add_argument("--input", type=Path, required=True)
    w.add_argument("--out", type=Path, required=True)
    c = sub.add_parser("compare", help="list feeds that differ between two folders")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = parser.parse_args(argv)
    if args.cmd == "prepare":
        print(prepare(args.feeds, args.to))
    elif args.cmd == "write":
        phases = write(args.input, args.out)
        print(" ".join(f"{k}={v:.3f}" for k, v in phases.items()))
    else:
        differ = compare(args.a, args.b)
        print("\n".join(differ) or "identical")
        return 1 if differ else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
