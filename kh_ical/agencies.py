"""Agency registry: names → ids, group expansion, roles of agencies in a task."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from functools import cached_property, lru_cache

from kh_ical.errors import DataError, Problem
from kh_ical.model import Agency, AgencyRef, Plan, Task
from kh_ical.text import clean, match_key


class Role(str, Enum):
    LEAD = "lead"  # cơ quan chủ trì
    PARTNER = "partner"  # cơ quan phối hợp

    @property
    def label(self) -> str:
        return "Chủ trì" if self is Role.LEAD else "Phối hợp"


_clean_name = lru_cache(maxsize=4096)(clean)  # agency names recur in thousands of descriptions


def agency_names(plan: Plan, ref: AgencyRef, cell: str) -> str:
    """An agency cell for people: the registry's full names ("; " between them) and
    its generic wording, or the cell as written when it names no agency."""
    by_id = plan._agencies_by_id
    names = [by_id[i].name if i in by_id else i for i in ref.agencies] + list(ref.generic)
    return "; ".join(_clean_name(n) for n in names) if names else clean(cell)


def expand(plan: Plan, ids: tuple[str, ...]) -> tuple[str, ...]:
    """The ids themselves and, for each group, its members (cell order, no repeats)."""
    out: dict[str, None] = {}
    for agency_id in ids:
        out[agency_id] = None
        for member in plan.agency(agency_id).members:
            out[member] = None
    return tuple(out)


def task_roles(plan: Plan, task: Task) -> dict[str, Role]:
    """Every agency (groups and their members included) that gets this task.

    An agency that is both lead and partner (directly or through a group) is lead.
    """
    roles = {a: Role.PARTNER for a in expand(plan, task.partners_ref.agencies)}
    roles.update({a: Role.LEAD for a in expand(plan, task.lead_ref.agencies)})
    return roles


# --- splitting cells into registry names --------------------------------------------
#
# Cells are split on the registry's names, never on bare commas: "Sở VH,TT&DL" and
# "UBND các huyện, thành phố" contain commas, while "Cổng TTĐT, Trang thông tin điện
# tử Tỉnh ủy" is two agencies. Cell and names are cut into the same tokens (words and
# the punctuation , ; . ( )) and compared token by token on `match_key`.

_TOKEN = re.compile(r"[,;.()]|[^\s,;.()]+")
_SEPARATORS = frozenset({",", ";", ".", match_key("và")})


@dataclass(frozen=True)
class Token:
    key: str  # match_key of the token
    start: int  # character offsets into the text that was cut
    end: int


def tokenize(text: str) -> tuple[Token, ...]:
    """Words and , ; . ( ) with their spans in `text` (spaces dropped)."""
    return tuple(Token(match_key(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text))


def name_key(name: str) -> tuple[str, ...]:
    """The token keys of a name: equal for every spelling variant of it."""
    return tuple(t.key for t in tokenize(name))


@dataclass(frozen=True)
class Name:
    """One spelling the registry knows: an agency's name or alias, or generic wording."""

    text: str
    agency: str | None  # agency id; None for generic wording


@dataclass(frozen=True)
class Match:
    """A registry name found in a cell."""

    name: Name
    text: str  # the words as written in the cell


@dataclass(frozen=True)
class CellScan:
    """What a cell is made of: registry names in order, and words no name covers."""

    matches: tuple[Match, ...]
    unknown: tuple[str, ...]

    @cached_property  # asked twice per cell by the loader; the scan is shared through a cache
    def ref(self) -> AgencyRef:
        ids = dict.fromkeys(m.name.agency for m in self.matches if m.name.agency)
        generic = tuple(m.text for m in self.matches if m.name.agency is None)
        return AgencyRef(tuple(ids), generic)


class AgencyRegistry:
    """Every name of the agencies and the generic wording, indexed for splitting."""

    def __init__(self, agencies: Iterable[Agency], generic: Iterable[str] = ()):
        self.agencies = tuple(agencies)
        self.generic = tuple(generic)
        self.names: dict[tuple[str, ...], Name] = {}
        for agency in self.agencies:
            for text in agency.names:
                self.names.setdefault(name_key(text), Name(text, agency.id))
        for text in self.generic:
            self.names.setdefault(name_key(text), Name(text, None))
        # first token key → the lengths (longest first) of the names starting with it,
        # so that a cell position tries only those lengths, not every length up to the longest
        lengths: dict[str, set[int]] = {}
        for key in self.names:
            if key:
                lengths.setdefault(key[0], set()).add(len(key))
        self._lengths = {first: tuple(sorted(ns, reverse=True)) for first, ns in lengths.items()}

    def longest_at(self, keys: tuple[str, ...], i: int) -> tuple[int, Name] | None:
        """The longest registry name starting at token i of a cell whose token
        match keys are `keys`: (length in tokens, name)."""
        left = len(keys) - i
        if left <= 0:
            return None
        names = self.names
        for n in self._lengths.get(keys[i], ()):
            if n <= left and (name := names.get(keys[i : i + n])) is not None:
                return n, name
        return None

    def suggest(self, words: str) -> str | None:
        """The registry spelling closest to `words`, for "did you mean"."""
        texts = {" ".join(k): name.text for k, name in self.names.items()}
        close = difflib.get_close_matches(" ".join(name_key(words)), list(texts), n=1, cutoff=0.6)
        return texts[close[0]] if close else None


def scan_cell(text: str, registry: AgencyRegistry) -> CellScan:
    """Cut a cell into registry names (longest first) and leftover words.

    Between names only , ; . "và" and spaces may stand; any other run of
    words is returned in `unknown`, as written.

    >>> reg = AgencyRegistry([Agency("so-vh", "Sở Văn hóa", "Sở VH,TT&DL")], ["Các đơn vị có liên quan"])
    >>> scan_cell("Sở VH,TT&DL; các đơn vị có liên quan", reg).ref
    AgencyRef(agencies=('so-vh',), generic=('các đơn vị có liên quan',))
    """
    return _scan_cached(text, registry)


@lru_cache(maxsize=16384)  # plans repeat the same lead/partner cells; registries are immutable
def _scan_cached(text: str, registry: AgencyRegistry) -> CellScan:
    cell = clean(text)
    tokens = list(_TOKEN.finditer(cell))  # the same tokens as `tokenize`, spans taken only where needed
    keys = tuple([match_key(m.group()) for m in tokens])
    matches: list[Match] = []
    unknown: list[str] = []
    run: list[int] = []  # indexes of leftover tokens not yet reported
    longest_at = registry.longest_at
    i = 0
    while i < len(keys):
        found = longest_at(keys, i)
        if found is None and keys[i] not in _SEPARATORS:
            run.append(i)
            i += 1
            continue
        if run:
            unknown.append(cell[tokens[run[0]].start() : tokens[run[-1]].end()])
            run = []
        if found is None:
            i += 1
            continue
        n, name = found
        matches.append(Match(name, cell[tokens[i].start() : tokens[i + n - 1].end()]))
        i += n
    if run:
        unknown.append(cell[tokens[run[0]].start() : tokens[run[-1]].end()])
    return CellScan(tuple(matches), tuple(unknown))


def unknown_agency_problem(place: str, words: str, registry: AgencyRegistry, file: str) -> Problem:
    """The Problem for words of a cell that no registry name covers."""
    guess = registry.suggest(words)
    where = f"Thêm nó vào {file}"
    hint = (
        f'có phải "{guess}"? {where} như một tên gọi khác (aliases) của cơ quan đó (hoặc sửa ô)'
        if guess
        else f'{where}: như một cơ quan mới, một tên gọi khác (aliases) của cơ quan đã có, hoặc trong "generic"'
    )
    return Problem(place, f'không biết cơ quan "{words}"', hint)


def split_cell(text: str, registry: AgencyRegistry, place: str = "cell",
               file: str = "data/agencies.json") -> AgencyRef:
    """A cell as an AgencyRef: agency ids in cell order, generic wording as text.

    Raises:
        DataError: words that are neither an agency name nor generic wording,
            each with a "did you mean" suggestion where one is close.
    """
    scan = scan_cell(text, registry)
    if scan.unknown:
        raise DataError([unknown_agency_problem(place, w, registry, file) for w in scan.unknown])
    return scan.ref


# --- who does what: the report of `kh-ical agencies` ---------------------------------


@dataclass(frozen=True)
class AgencyUsage:
    """One agency's tasks (groups expanded) and the cells that name it."""

    agency: Agency
    lead: tuple[str, ...]  # task ids it leads, itself or through a group
    partner: tuple[str, ...]  # task ids it coordinates (and does not lead)
    cells: tuple[tuple[Role, str, tuple[str, ...]], ...]  # (role, cell text, task ids) naming it directly
    groups: tuple[str, ...]  # ids of the groups it belongs to


def agency_usage(plan: Plan) -> tuple[AgencyUsage, ...]:
    """Every agency of the registry, in registry order."""
    roles = {task.id: task_roles(plan, task) for task in plan.tasks}
    out = []
    for agency in plan.agencies:
        lead = tuple(t for t, r in roles.items() if r.get(agency.id) is Role.LEAD)
        partner = tuple(t for t, r in roles.items() if r.get(agency.id) is Role.PARTNER)
        groups = tuple(g.id for g in plan.agencies if agency.id in g.members)
        out.append(AgencyUsage(agency, lead, partner, _cells_naming(plan, agency.id), groups))
    return tuple(out)


def _cells_naming(plan: Plan, agency_id: str) -> tuple[tuple[Role, str, tuple[str, ...]], ...]:
    cells: dict[tuple[Role, str], list[str]] = {}
    for task in plan.tasks:
        both = ((Role.LEAD, task.lead, task.lead_ref), (Role.PARTNER, task.partners, task.partners_ref))
        for role, text, ref in both:
            if agency_id in ref.agencies:
                cells.setdefault((role, text), []).append(task.id)
    return tuple((role, text, tuple(ids)) for (role, text), ids in cells.items())
