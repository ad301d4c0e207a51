"""The state file: per UID the published content's hash, SEQUENCE, last change.

`diff` is pure (old state, new hashes, build time → new state); `load` and
`dump` are the only I/O-shaped parts, and only `kh_ical.build` writes. An
unchanged event keeps its SEQUENCE and time, so an unchanged rebuild writes
identical bytes; a record is kept when its event disappears, so SEQUENCE never
goes down if it comes back.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator, Mapping

from kh_ical.errors import DataError, Problem
from kh_ical.published import Published

STATE_FILE = ".kh-ical-state.json"
VERSION = 1
RECOVERED = "published:"  # hash of a record read back from a feed: the SHA-256 of its VEVENT's bytes
MAX_SEQUENCE = 2**31 - 1  # clients keep SEQUENCE in a 32-bit integer
_STAMP_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
_ascii = json.encoder.encode_basestring_ascii  # json.dumps of a str
_ABSENT = '"present": false, '
_COMMA = ",\n"  # between two events' lines


@dataclass(frozen=True, slots=True)
class Record:
    hash: str
    sequence: int
    changed: dt.datetime  # UTC, whole seconds
    present: bool = True  # False: no longer published (kept for SEQUENCE)


@dataclass(frozen=True)
class State:
    events: Mapping[str, Record] = field(default_factory=dict)
    files: tuple[str, ...] = ()  # paths (relative to the output folder) the build produced


@dataclass(frozen=True)
class Changes:
    added: tuple[str, ...] = ()  # UIDs published now and not before
    changed: tuple[str, ...] = ()  # UIDs whose content changed
    removed: tuple[str, ...] = ()  # UIDs no longer published

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)


def build_time(environ: Mapping[str, str] | None = None) -> dt.datetime:
    """The one clock of a build: SOURCE_DATE_EPOCH if set, else now (UTC, seconds)."""
    env = os.environ if environ is None else environ
    epoch = env.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
        except (ValueError, OverflowError, OSError) as exc:
            raise DataError([Problem("SOURCE_DATE_EPOCH", f"không phải thời điểm Unix (số giây): {epoch!r}")]) from exc
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def diff(old: State, hashes: Mapping[str, str], now: dt.datetime) -> State:
    """New state for the events `hashes` (UID → content hash) built at `now`.

    New UID → SEQUENCE 0; changed hash, or an event that comes back → SEQUENCE+1;
    both stamped `now`. Same hash → record kept as it was. Missing → kept, absent.
    """
    records = {uid: advance(old.events.get(uid), digest, now) for uid, digest in hashes.items()}
    return State(dict(sorted(merge(old, records).items())), old.files)


def advance(record: Record | None, digest: str, now: dt.datetime) -> Record:
    """One published UID's record: `record` itself when nothing changed."""
    if record is None:
        return Record(digest, 0, _whole_seconds(now))
    if record.hash == digest and record.present:
        return record
    return Record(digest, record.sequence + 1, _whole_seconds(now))


def merge(old: State, records: Mapping[str, Record]) -> dict[str, Record]:
    """`records` (the published UIDs) and, marked absent, the old UIDs not among them
    (in no particular order: `dumps` sorts)."""
    events = dict(records)
    for uid, rec in old.events.items():
        if uid not in records:
            events[uid] = replace(rec, present=False) if rec.present else rec
    return events


@lru_cache(maxsize=8)  # one build time per build: the same for hundreds of thousands of records
def _whole_seconds(now: dt.datetime) -> dt.datetime:
    return now.astimezone(dt.timezone.utc).replace(microsecond=0)


def with_floor(state: State, published: Mapping[str, Published],
               details: Callable[[Published], tuple[dt.datetime, str]]) -> tuple[State, int]:
    """`state` with each published UID's record raised to what its feed shows,
    when the state has none or a lower SEQUENCE; and how many were raised.

    A raised record's hash is `RECOVERED` + the SHA-256 of the published VEVENT
    (`details` gives its DTSTAMP and that hash): the build renders the event
    again with that SEQUENCE and stamp, and only a difference in the bytes
    counts as a change (`recovered`)."""
    events = dict(state.events)
    raised = 0
    for uid, item in published.items():
        record = events.get(uid)
        if record is None or record.sequence < item.sequence:
            changed, digest = details(item)
            events[uid] = Record(RECOVERED + digest, item.sequence, changed)
            raised += 1
    return (State(events, state.files), raised) if raised else (state, 0)


def recovered(record: Record, published_digest: str, digest: str) -> Record:
    """A read-back record with its content hash, when the event renders to the bytes
    that are published (`published_digest`); else unchanged, so `advance` bumps it."""
    if record.hash != RECOVERED and record.hash == RECOVERED + published_digest:
        return Record(digest, record.sequence, record.changed)
    return record


def changes(old: State, new: State) -> Changes:
    """Which published UIDs were added, changed or removed from `old` to `new`."""
    was = {u for u, r in old.events.items() if r.present}
    now = {u for u, r in new.events.items() if r.present}
    # A change always bumps SEQUENCE (`advance`); a record read back from a feed
    # and found identical gets its hash without counting as a change.
    changed = {u for u in was & now if old.events[u].sequence != new.events[u].sequence}
    return Changes(tuple(sorted(now - was)), tuple(sorted(changed)), tuple(sorted(was - now)))


def dumps(state: State) -> bytes:
    """Canonical JSON (sorted, one event per line) so that git diffs stay readable."""
    return b"".join(dump_parts(state))


def dump_parts(state: State, lines_per_part: int = 4096) -> Iterator[bytes]:
    """`dumps` in pieces of a few thousand events, made as they are consumed."""
    # One f-string per event rather than json.dumps of a dict: the same text
    # (keys sorted, json's separators) for 400,000 events in a tenth of the time.
    files = json.dumps(sorted(state.files), ensure_ascii=False)
    text = f'{{\n "version": {VERSION},\n "files": {files},\n "events": {{\n'
    stamps: dict[dt.datetime, str] = {}  # a build has few distinct times
    lines: list[str] = []
    for i, (uid, rec) in enumerate(sorted(state.events.items())):
        stamp = stamps.get(rec.changed) or stamps.setdefault(rec.changed, rec.changed.strftime(_STAMP_FORMAT))
        absent = "" if rec.present else _ABSENT
        lines.append(f'{_COMMA if i else ""}  {_ascii(uid)}: {{"changed": "{stamp}", "hash": {_ascii(rec.hash)}, '
                     f'{absent}"sequence": {int(rec.sequence)}}}')
        if len(lines) == lines_per_part:
            yield (text + "".join(lines)).encode("utf-8")
            text, lines = "", []
    yield (text + "".join(lines) + "\n }\n}\n").encode("utf-8")


def loads(data: bytes, place: str = STATE_FILE) -> State:
    """Parse a state file; a damaged one is an error (never silently reset SEQUENCE)."""
    times: dict[str, dt.datetime] = {}  # a state file has few distinct times; strptime is slow

    def record(body: dict) -> Record | dict:
        # Each event's body becomes a Record as soon as it is parsed: a 400,000-event
        # file never exists as a dict of dicts (hundreds of MB).
        if "hash" not in body or "sequence" not in body or isinstance(body["hash"], Record):
            return body
        stamp = body["changed"]
        changed = times.get(stamp)
        if changed is None:
            changed = times[stamp] = dt.datetime.strptime(stamp, _STAMP_FORMAT).replace(tzinfo=dt.timezone.utc)
        sequence = body["sequence"]
        if type(sequence) is not int or not 0 <= sequence <= MAX_SEQUENCE:
            raise ValueError(f"SEQUENCE {str(sequence)[:20]!r} không phải số nguyên từ 0 đến {MAX_SEQUENCE}")
        return Record(str(body["hash"]), sequence, changed, bool(body.get("present", True)))

    try:
        raw = json.loads(data, object_hook=record)
        if raw.get("version") != VERSION:
            raise ValueError(f"phiên bản {raw.get('version')!r} không đọc được")
        events = raw["events"]  # JSON keys are strings
        if not isinstance(events, dict) or not all(isinstance(rec, Record) for rec in events.values()):
            raise ValueError("một bản ghi mục lịch thiếu hash hoặc sequence")
        files = tuple(str(f) for f in raw.get("files", []))
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError, RecursionError) as exc:
        hint = "lấy lại tệp từ git, hoặc xoá nó: SEQUENCE sẽ được đọc lại từ các lịch đã xuất bản"
        raise DataError([Problem(place, f"tệp trạng thái bị hỏng: {exc}", hint)]) from exc
    return State(events, files)


def load(out_dir: Path) -> State:
    """The state recorded in `out_dir`, or an empty state for a first build."""
    path = out_dir / STATE_FILE
    if not path.exists():
        return State()
    return loads(path.read_bytes(), str(path))
