"""What the registries lack: agency names in lead/partners cells, event names in timing cells.

Agencies are found with the registry's own matching (`agencies.scan_cell`):
the words it cannot place become proposals, cut as `rules.AGENCY_HEADS` says,
each with a suggested id and the nearest known spelling ("did you mean").
Events are found by asking the resolver: a name after an event word
(`rules.EVENT_HEADS`) is proposed when registering it lets the resolver read
words of the cell it could not read before. Proposals are entries in the
registries' own shape (dates unknown), so that they can be copied as they are.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any

from kh_ical.agencies import _SEPARATORS, AgencyRegistry, name_key, scan_cell, tokenize
from kh_ical.errors import PhraseError
from kh_ical.events import find_event_mentions
from kh_ical.importers import rules
from kh_ical.loader import RESERVED_IDS
from kh_ical.model import Agency, Event, EventStatus
from kh_ical.resolve import ResolveContext, resolve_phrase
from kh_ical.text import clean, match_key, slugify

ROLE_WORDS = {"lead": "chủ trì", "partners": "phối hợp", "timing": "thời gian"}


@dataclass(frozen=True)
class Proposal:
    kind: str  # "agency", "generic" or "event"
    name: str  # as written in the first cell that has it
    entry: dict  # the registry entry to add (a generic wording: {"name": …})
    found_in: tuple[str, ...]  # "II.3 (phối hợp)"
    did_you_mean: str | None = None  # a known spelling, or another proposal, close to it


# --- reading the registries as they are ------------------------------------------------


def agency_registry(doc: Any) -> AgencyRegistry:
    """The names of an agencies.json document, read leniently (its mistakes are
    the loader's to report; here only its names matter)."""
    agencies = []
    for item in _entries(doc, "agencies"):
        agencies.append(Agency(item["id"], _text(item.get("name")) or item["id"], _text(item.get("short")),
                               _texts(item.get("aliases")), item.get("group") is True, _texts(item.get("members"))))
    generic = _texts(doc.get("generic")) if isinstance(doc, dict) else ()
    return AgencyRegistry(agencies, generic)


def event_registry(doc: Any) -> tuple[Event, ...]:
    return tuple(Event(item["id"], _text(item.get("name")) or item["id"], _texts(item.get("aliases")))
                 for item in _entries(doc, "events"))


def _entries(doc: Any, key: str) -> list[dict]:
    items = doc.get(key) if isinstance(doc, dict) else None
    return [i for i in items or () if isinstance(i, dict) and isinstance(i.get("id"), str) and i["id"]]


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _texts(value: Any) -> tuple[str, ...]:
    return tuple(v for v in value if isinstance(v, str) and v.strip()) if isinstance(value, list) else ()


# --- agencies --------------------------------------------------------------------------


def propose_agencies(tasks: list[dict], registry: AgencyRegistry, taken_ids: set[str]) -> list[Proposal]:
    """Names in lead/partners cells that `registry` does not know, in document order."""
    found: dict[tuple[str, ...], tuple[str, list[str]]] = {}  # key → (name, cells)
    cells = [(t["id"], role, t[role]) for t in tasks for role in ("lead", "partners") if t.get(role, "").strip()]
    trial = registry
    for _ in range(3):  # names proposed may leave words between them: propose those too
        new = [n for _, _, text in cells for n in _unknown_names(text, trial) if name_key(n) not in found]
        if not new:
            break
        for name in new:
            found.setdefault(name_key(name), (name, []))
        trial = AgencyRegistry(registry.agencies, (*registry.generic, *(n for n, _ in found.values())))
    for task_id, role, text in cells:
        for match in scan_cell(text, trial).matches:
            entry = found.get(name_key(match.name.text))
            where = f"{task_id} ({ROLE_WORDS[role]})"
            if entry is not None and where not in entry[1]:
                entry[1].append(where)
    return _agency_proposals(found, registry, taken_ids)


def _unknown_names(text: str, registry: AgencyRegistry) -> list[str]:
    return [name for piece in split_names(text) for name in leftovers(piece, registry)]


def leftovers(text: str, registry: AgencyRegistry) -> list[str]:
    """The runs of `text` between the registry's names (separators kept inside a
    run, unlike `scan_cell`: "Sở VH,TT&DL" stays one name).

    >>> reg = AgencyRegistry([Agency("bao", "Báo Lai Châu")])
    >>> leftovers("Báo Lai Châu, Sở VH,TT&DL", reg)
    ['Sở VH,TT&DL']
    """
    text = clean(text)
    tokens = tokenize(text)
    keys = tuple(t.key for t in tokens)
    out, run, i = [], [], 0
    while i <= len(tokens):
        found = registry.longest_at(keys, i) if i < len(tokens) else None
        if found is None and i < len(tokens):
            run.append(i)
            i += 1
            continue
        words = [k for k in run if keys[k] not in _SEPARATORS]
        if words:
            out.append(text[tokens[words[0]].start:tokens[words[-1]].end])
        run = []
        i += found[0] if found else 1
    return out


_CUT = re.compile(r";|,|(?<=\s)và(?=\s)")
_HEAD_KEYS = tuple(match_key(h) for h in rules.AGENCY_HEADS)


def split_names(text: str) -> list[str]:
    """A cell cut where another agency's name starts (see `rules.AGENCY_HEADS`).

    >>> split_names("Cổng TTĐT, Trang thông tin điện tử Tỉnh ủy; sở VH,TT&DL")
    ['Cổng TTĐT', 'Trang thông tin điện tử Tỉnh ủy', 'sở VH,TT&DL']
    >>> split_names("Sở Văn hóa, Thể thao và Du lịch, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội")
    ['Sở Văn hóa, Thể thao và Du lịch', 'Mặt trận Tổ quốc', 'các tổ chức chính trị - xã hội']
    """
    text = clean(text)
    pieces, start = [], 0
    for m in _CUT.finditer(text):
        after = text[m.end():].lstrip()
        if m.group() == ";" or _starts_agency(after):
            pieces.append(text[start:m.start()])
            start = m.end()
    pieces.append(text[start:])
    return [p.strip(" .,;") for p in pieces if p.strip(" .,;")]


def _starts_agency(text: str) -> bool:
    key = match_key(text)
    if text.startswith("các "):
        return True
    return text[:1].isupper() and any(key == h or key.startswith(h + " ") for h in _HEAD_KEYS)


_GENERIC = sorted({name_key(w) for w in rules.GENERIC_WORDS}, key=len, reverse=True)
_CAC = name_key("các")


def is_generic(name: str) -> bool:
    """Wording that names no particular agency ("Các đơn vị có liên quan").

    >>> is_generic("Các cơ quan, đơn vị trong tỉnh"), is_generic("Các tổ chức chính trị - xã hội tỉnh")
    (True, False)
    """
    words = tuple(k for k in name_key(name) if k not in _SEPARATORS)
    if words[:1] != _CAC:
        return False
    i = 0
    while i < len(words):
        n = next((len(g) for g in _GENERIC if words[i:i + len(g)] == g), 0)
        if not n:
            return False
        i += n
    return True


def _agency_proposals(found: dict[tuple[str, ...], tuple[str, list[str]]], registry: AgencyRegistry,
                      taken: set[str]) -> list[Proposal]:
    taken = set(taken) | RESERVED_IDS | {a.id for a in registry.agencies}
    others = {" ".join(k): n for k, (n, _) in found.items()}
    out = []
    for key, (name, cells) in found.items():
        if is_generic(name):
            out.append(Proposal("generic", name, {"name": name}, tuple(cells)))
            continue
        near = registry.suggest(name) if registry.names else None
        if near is None:  # another proposal spelled almost the same: "Đài PH-TH tỉnh", "Đài PT-TH tỉnh"
            close = difflib.get_close_matches(" ".join(key), [k for k in others if k != " ".join(key)], n=1,
                                              cutoff=0.8)
            near = others[close[0]] if close else None
        source = f"kh-ical import: ô {', '.join(cells)}"
        group = _CAC[0] in key
        entry = {"id": _new_id(name, taken, "co-quan"), "name": name, "short": "", "aliases": [],
                 "group": group, "members": [], "source": source + (" — nhóm: hãy liệt kê thành viên" if group else "")}
        out.append(Proposal("agency", name, entry, tuple(cells), near))
    return out


def _new_id(name: str, taken: set[str], fallback: str) -> str:
    base = slugify(name) or fallback
    new = next(c for c in (base, *(f"{base}-{k}" for k in range(2, 10_000))) if c not in taken)
    taken.add(new)
    return new


# --- events ----------------------------------------------------------------------------


def propose_events(tasks: list[dict], events: tuple[Event, ...], year: int, taken_ids: set[str]) -> list[Proposal]:
    """Event names in timing cells that the resolver can read once they are registered."""
    found: dict[tuple[str, ...], str] = {}
    for task in tasks:
        text = task.get("timing", "")
        if not text.strip():
            continue
        known = events + tuple(_trial_event(n, i) for i, n in enumerate(found.values()))
        base = unread(text, known, year)
        while base:
            best = _best_candidate(text, known, year, base)
            if best is None:
                break
            found[name_key(best)] = best
            known += (_trial_event(best, len(found)),)
            base = unread(text, known, year)
    taken = set(taken_ids) | {e.id for e in events}
    proposed = [_trial_event(n, i) for i, n in enumerate(found.values())]
    names = {match_key(n): n for e in events for n in e.names}
    out = []
    for event, name in zip(proposed, found.values(), strict=True):
        cells = tuple(f"{t['id']} ({ROLE_WORDS['timing']})" for t in tasks
                      if any(m[2] == event.id for m in find_event_mentions(t.get("timing", ""), proposed)))
        near = difflib.get_close_matches(match_key(name), list(names), n=1, cutoff=0.6)
        entry = {"id": _new_id(name, taken, "su-kien"), "name": name, "aliases": [], "date": None,
                 "status": EventStatus.UNKNOWN.value, "source": f"kh-ical import: ô {', '.join(cells)}"}
        out.append(Proposal("event", name, entry, cells, names[near[0]] if near else None))
    return out


def _trial_event(name: str, index: int) -> Event:
    # No date: the resolver then only has to read the words, never to place them.
    return Event(f"de-xuat-{index}", name)


def unread(text: str, events: tuple[Event, ...], year: int) -> int:
    """How many characters of a timing cell the resolver cannot read (0: all of it)."""
    try:
        resolve_phrase(text, ResolveContext(year=year, events=events))
    except PhraseError as exc:
        return sum(b - a for a, b in exc.spans) or len(text)
    return 0


_WORD = re.compile(r"[^\s,;()]+")
_STOP = re.compile(r"[,;()]|\d+[/.-]\d+")
_MAX_WORDS = 15
# A name never ends with a count ("Lễ mít tinh kỷ niệm 01 ngày": "01 ngày" is how long before it)
_COUNT_END = re.compile(r"\d+(?:\s+(?:ngày|tuần|tháng|năm))?$")


def _best_candidate(text: str, events: tuple[Event, ...], year: int, base: int) -> str | None:
    """The name after an event word that leaves the fewest characters unread (the
    longest on a tie), if it leaves fewer than `base`."""
    known = {name_key(n) for e in events for n in e.names}
    best: tuple[int, int, str] | None = None
    for start in _head_positions(text):
        stop = _STOP.search(text, start)
        words = list(_WORD.finditer(text, start, stop.start() if stop else len(text)))[:_MAX_WORDS]
        for n in range(len(words), 0, -1):
            name = text[start:words[n - 1].end()]
            if name_key(name) in known or _COUNT_END.search(name):
                continue
            left = unread(text, events + (_trial_event(name, len(events)),), year)
            if left < base and (best is None or (left, -len(name)) < (best[0], best[1])):
                best = (left, -len(name), name)
    return best[2] if best else None


_HEADS = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(h) for h in rules.EVENT_HEADS) + r")(?!\w)")


def _head_positions(text: str) -> list[int]:
    return [m.start() for m in _HEADS.finditer(text)]
