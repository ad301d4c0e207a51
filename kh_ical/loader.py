"""data/tasks.json, events.json, agencies.json → a validated `Plan`.

Shape checks are hand-written rather than a JSON Schema: the files are edited
by people, so every message names its place and says how to fix it, and most of
what matters (references between files, real dates, agency names in cells) is
beyond a schema anyway. Nothing stops at the first mistake: every problem of
every file is collected and raised as one `DataError`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
import zoneinfo
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kh_ical import jsontext, recur
from kh_ical.agencies import AgencyRegistry, name_key, scan_cell, unknown_agency_problem
from kh_ical.errors import DataError, Problem
from kh_ical.model import ALL_FEED, Agency, AgencyRef, Event, EventStatus, Plan, PlanInfo, Section, Task

TASKS_FILE, EVENTS_FILE, AGENCIES_FILE = "tasks.json", "events.json", "agencies.json"
FILES = (TASKS_FILE, EVENTS_FILE, AGENCIES_FILE)
# Feed file stems that are not agencies: the whole-plan feed and the index page.
RESERVED_IDS = frozenset({ALL_FEED, "index"})
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_VN_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_TASK_ID = re.compile(r"(?:(.+)\.)?([1-9]\d*)")  # "<section>.<n>", or "<n>" in a table without sections
_JSON_TYPES = {str: "chữ", bool: "true/false", list: "danh sách […]", dict: "đối tượng {…}", type(None): "null",
               int: "số", float: "số"}
# The JSON parser's words (json.JSONDecodeError.msg) for people: what is wrong at that place.
_JSON_MESSAGES = {
    "Expecting ',' delimiter": "thiếu dấu phẩy",
    "Expecting ':' delimiter": "thiếu dấu hai chấm",
    "Expecting value": "thiếu giá trị (hoặc thừa dấu phẩy trước dấu đóng ngoặc)",
    "Expecting property name enclosed in double quotes": "tên trường phải viết trong ngoặc kép \"…\"",
    "Unterminated string starting at": "chuỗi chưa có dấu ngoặc kép đóng",
    "Invalid control character at": "xuống dòng (hoặc ký tự điều khiển) giữa một chuỗi",
    "Invalid \\escape": "dấu \\ không hợp lệ (viết \\\\ cho một dấu \\)",
    "Extra data": "còn nội dung sau khi dữ liệu đã kết thúc",
}
# What each registry's entries are called in messages.
_WHAT = {"event": "sự kiện", "agency": "cơ quan", "section": "mục", "task": "nhiệm vụ"}


def load_plan(data_dir: Path) -> Plan:
    """Read and check the three data files of `data_dir`.

    Raises:
        DataError: every problem found in any of the files, each with its
            place ("data/tasks.json: tasks[12] (III.5).lead") and a fix.
    """
    docs, problems = read_documents(Path(data_dir))
    if problems:  # unreadable files: their contents cannot be checked
        raise DataError(problems)
    return plan_from_documents(docs, file_names(Path(data_dir)))


def file_names(data_dir: Path) -> dict[str, str]:
    """How each data file is named in messages: "data/tasks.json"."""
    return {name: (data_dir / name).as_posix() for name in FILES}


def read_documents(data_dir: Path) -> tuple[dict[str, Any], list[Problem]]:
    """The parsed JSON of each data file; unreadable ones become problems."""
    docs: dict[str, Any] = {}
    problems: list[Problem] = []
    for name, shown in file_names(data_dir).items():
        try:
            docs[name] = parse_json((data_dir / name).read_bytes().decode("utf-8"), shown)
        except FileNotFoundError:
            problems.append(Problem(shown, "không có tệp này",
                                    "tạo tệp (xem docs/data-files.md; kh-ical init tạo một ví dụ) hoặc "
                                    "chỉ đúng thư mục bằng --data THƯ_MỤC"))
        except UnicodeDecodeError as exc:
            problems.append(Problem(shown, f"không phải chữ UTF-8 (byte {exc.start})", "lưu lại tệp với mã UTF-8"))
        except DataError as exc:
            problems += exc.problems
    return docs, problems


def parse_json(text: str, shown: str) -> Any:
    """JSON text → value; a syntax error names its line and column."""
    try:
        return jsontext.loads(text)
    except json.JSONDecodeError as exc:
        place = f"{shown}: dòng {exc.lineno}, cột {exc.colno}"
        hint = "tìm dấu phẩy, ngoặc kép hoặc ngoặc bị thiếu hay thừa ở đó hoặc ngay trước đó"
        raise DataError([Problem(place, f"JSON sai cú pháp: {_JSON_MESSAGES.get(exc.msg, exc.msg)}", hint)]) from None
    except jsontext.JsonTextError as exc:
        raise DataError([Problem(f"{shown}: dòng {exc.lineno}, cột {exc.colno}", exc.message)]) from None


def plan_from_documents(docs: dict[str, Any], files: dict[str, str]) -> Plan:
    """Check the parsed files against each other and build the Plan."""
    problems: list[Problem] = []
    events = _events(docs[EVENTS_FILE], files[EVENTS_FILE], problems)
    agencies, generic = _agencies(docs[AGENCIES_FILE], files[AGENCIES_FILE], problems)
    # A registry whose file is broken as a whole would make every reference to
    # it a problem too: such references are only checked once the file is fixed.
    event_ids = {e.id for e in events} if _has_list(docs[EVENTS_FILE], "events") else None
    registry = AgencyRegistry(agencies, generic) if _has_list(docs[AGENCIES_FILE], "agencies") else None
    info, sections, tasks = _tasks(docs[TASKS_FILE], files, event_ids, registry, problems)
    if problems:
        raise DataError(problems)
    assert info is not None
    return Plan(info, sections, tasks, events, agencies, source=files[TASKS_FILE])


def _has_list(doc: Any, key: str) -> bool:
    return isinstance(doc, dict) and isinstance(doc.get(key), list)


# --- reading fields -----------------------------------------------------------------


_REQUIRED: Any = object()  # marks a field that must be present


def _type_name(value: Any) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


class Fields:
    """Reads the fields of one JSON object, noting each problem at its place."""

    def __init__(self, obj: Any, place: str, problems: list[Problem], known: Iterable[str] = ()):
        self.place, self.problems = place, problems
        self.ok = isinstance(obj, dict)
        self.obj: dict[str, Any] = obj if self.ok else {}
        if not self.ok:
            self.note(place, f"phải là đối tượng {{…}}, không phải {_type_name(obj)}", "xem docs/data-files.md")
        elif known and not self.obj.keys() <= (known if isinstance(known, frozenset) else set(known)):
            self._unknown_keys(set(known))

    def note(self, place: str, message: str, hint: str = "") -> None:
        self.problems.append(Problem(place, message, hint))

    def at(self, key: str) -> str:
        return f"{self.place}.{key}"

    def _unknown_keys(self, known: set[str]) -> None:
        for key in self.obj:
            if key not in known:
                close = difflib.get_close_matches(key, sorted(known), n=1)
                hint = f'có phải "{close[0]}"?' if close else f"các trường hợp lệ: {', '.join(sorted(known))}"
                self.note(self.at(key), "trường lạ", hint)

    def get(self, key: str, kinds: tuple[type, ...], default: Any, shown: str) -> Any:
        if not self.ok:  # already reported as a whole
            return None if default is _REQUIRED else default
        if key not in self.obj:
            if default is _REQUIRED:
                self.note(self.place, f'thiếu trường "{key}"', f'thêm "{key}": {shown}')
            return None if default is _REQUIRED else default
        value = self.obj[key]
        if not isinstance(value, kinds) or (bool not in kinds and isinstance(value, bool)):
            self.note(self.at(key), f"phải là {shown}, không phải {_type_name(value)}", f'viết dạng {shown}')
            return None
        return value

    def text(self, key: str, default: Any = None, *, empty_ok: bool = False, cell: bool = False) -> str | None:
        """A text field; `cell`: a cell of the document's table (for the message)."""
        value = self.obj.get(key)
        if type(value) is str and (empty_ok or value.strip()):  # the usual case, in short
            return value
        value = self.get(key, (str,), _REQUIRED if default is None else default, '"chữ"')
        if value is not None and not empty_ok and not value.strip():
            if cell:
                self.note(self.at(key), "ô trống", "chép chữ trong ô như văn bản")
            else:
                self.note(self.at(key), "chữ trống", "ghi nội dung, hoặc bỏ mục này")
            return None
        return value

    def texts(self, key: str, default: Any = _REQUIRED) -> tuple[str, ...] | None:
        value = self.get(key, (list,), default, '["chữ", …]')
        if value is None:
            return None
        bad = [i for i, v in enumerate(value) if not isinstance(v, str) or not v.strip()]
        for i in bad:
            self.note(f"{self.at(key)}[{i}]", "phải là chữ, không để trống", "bỏ phần tử này hoặc ghi nội dung")
        return None if bad else tuple(value)

    def date(self, key: str, *, nullable: bool = False) -> dt.date | None:
        value = self.get(key, (str, type(None)) if nullable else (str,), _REQUIRED, '"YYYY-MM-DD"')
        return None if value is None else parse_date(value, self.at(key), self.problems)


def parse_date(value: str, place: str, problems: list[Problem]) -> dt.date | None:
    """ "2024-01-03" → date; a wrong form or an impossible day is a problem.

    >>> found = []
    >>> parse_date("2024-02-29", "x", found)
    datetime.date(2024, 2, 29)
    >>> parse_date("2024-02-31", "x", found), str(found[0])
    (None, 'x: ngày không có thật "2024-02-31" — ghi một ngày có thật (YYYY-MM-DD)')
    >>> parse_date("12/12/2023", "x", found), found[1].hint
    (None, 'ghi "2023-12-12"')
    """
    if not _ISO_DATE.fullmatch(value):
        vn = _VN_DATE.fullmatch(value.strip())
        example = f"{vn[3]}-{int(vn[2]):02d}-{int(vn[1]):02d}" if vn else "2024-01-03"
        problems.append(Problem(place, f'ngày "{value}" không viết dạng YYYY-MM-DD', f'ghi "{example}"'))
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        problems.append(Problem(place, f'ngày không có thật "{value}"', "ghi một ngày có thật (YYYY-MM-DD)"))
        return None


def _items(container: Fields, key: str) -> list[Any]:
    """The list under `key` (a problem if it is missing or not a list)."""
    value = container.get(key, (list,), _REQUIRED, "[…]")
    return value or []


def _check_id(value: str | None, place: str, seen: dict[str, str], problems: list[Problem], what: str) -> bool:
    """Slug form, not reserved, not seen before; False: leave the entry out
    (no id, or a duplicate: the first entry with the id stands)."""
    if value is None:
        return False
    if not _SLUG.fullmatch(value):
        problems.append(Problem(place, f'mã "{value}" không hợp lệ',
                                "chỉ dùng chữ thường không dấu, chữ số và gạch nối (ví dụ \"bao-lai-chau\")"))
    elif value in RESERVED_IDS:
        problems.append(Problem(place, f'mã "{value}" đã dành riêng (tệp {value}.* đã có chỗ dùng)',
                                "chọn mã khác"))
    return _check_unique(value, place, seen, problems, what)


def _check_unique(value: str, place: str, seen: dict[str, str], problems: list[Problem], what: str) -> bool:
    if value in seen:
        problems.append(Problem(place, f'mã {_WHAT[what]} "{value}" bị trùng (đã có ở {seen[value]})',
                                "mỗi mục một mã riêng, hoặc gộp hai mục làm một"))
        return False
    seen[value] = place
    return True


def did_you_mean(value: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(value, sorted(choices), n=1, cutoff=0.5)
    return f'có phải "{close[0]}"? ' if close else ""


# --- events.json --------------------------------------------------------------------

_EVENT_KEYS = frozenset(("id", "name", "aliases", "date", "status", "source"))


def _events(doc: Any, shown: str, problems: list[Problem]) -> tuple[Event, ...]:
    top = Fields(doc, f"{shown}: (cấp ngoài cùng)", problems, ("events",))
    seen: dict[str, str] = {}
    events: list[Event] = []
    for i, item in enumerate(_items(top, "events")):
        label = item.get("id") if isinstance(item, dict) and isinstance(item.get("id"), str) else ""
        f = Fields(item, f"{shown}: events[{i}]" + (f" ({label})" if label else ""), problems, _EVENT_KEYS)
        if not f.ok:
            continue
        event = _event(f, seen)
        if event is not None:
            events.append(event)
    _check_names(((e.id, n) for e in events for n in e.names), shown, "event", problems)
    return tuple(events)


def _event(f: Fields, seen: dict[str, str]) -> Event | None:
    """The entry as an Event, best effort: the Plan is only built when no
    problem was noted, but other entries' references to it must still resolve."""
    ev_id = f.text("id")
    keep = _check_id(ev_id, f.at("id"), seen, f.problems, "event")
    name, aliases, date = f.text("name"), f.texts("aliases", ()), f.date("date", nullable=True)
    status, source = _status(f), f.text("source", "", empty_ok=True)
    # A date with status "unknown" is allowed: a candidate date kept on record,
    # not published (Event.known is False), until the status is changed.
    if status in (EventStatus.CONFIRMED, EventStatus.ESTIMATED) and "date" in f.obj and f.obj["date"] is None:
        f.note(f.at("date"), f'null (chưa có ngày) nhưng "status" là "{status.value}"',
               'ghi ngày (YYYY-MM-DD), hoặc đặt "status": "unknown"')
    if not keep:
        return None
    return Event(ev_id, name or ev_id, aliases or (), date, status or EventStatus.UNKNOWN,  # type: ignore[arg-type]
                 source or "")


def _status(f: Fields) -> EventStatus | None:
    value = f.text("status")
    if value is None:
        return None
    try:
        return EventStatus(value)
    except ValueError:
        choices = [s.value for s in EventStatus]
        f.note(f.at("status"), f'trạng thái lạ "{value}"',
               f"{did_you_mean(value, choices)}dùng một trong: {', '.join(choices)}")
        return None


def _check_names(pairs: Iterable[tuple[str | None, str]], shown: str, what: str, problems: list[Problem]) -> None:
    """One spelling (up to case, spacing, tone placement) must mean one thing."""
    owner: dict[tuple[str, ...], tuple[str | None, str]] = {}
    for item_id, name in pairs:
        key = name_key(name)
        first = owner.setdefault(key, (item_id, name))
        if first[0] != item_id:
            a = f'{_WHAT[what]} "{first[0]}"' if first[0] else '"generic"'
            b = f'{_WHAT[what]} "{item_id}"' if item_id else '"generic"'
            problems.append(Problem(f"{shown}", f'tên "{name}" vừa thuộc {a} vừa thuộc {b}',
                                    "chỉ giữ tên ở một chỗ, để mỗi ô chỉ đọc được một cách"))


# --- agencies.json ------------------------------------------------------------------

_AGENCY_KEYS = frozenset(("id", "name", "short", "aliases", "group", "members", "publication_rrule",
                          "publication_start", "source"))


def _agencies(doc: Any, shown: str, problems: list[Problem]) -> tuple[tuple[Agency, ...], tuple[str, ...]]:
    top = Fields(doc, f"{shown}: (cấp ngoài cùng)", problems, ("agencies", "generic"))
    generic = top.texts("generic", ()) or ()
    seen: dict[str, str] = {}
    agencies: list[Agency] = []
    places: dict[str, str] = {}
    for i, item in enumerate(_items(top, "agencies")):
        label = item.get("id") if isinstance(item, dict) and isinstance(item.get("id"), str) else ""
        f = Fields(item, f"{shown}: agencies[{i}]" + (f" ({label})" if label else ""), problems, _AGENCY_KEYS)
        agency = _agency(f, seen) if f.ok else None
        if agency is not None:
            agencies.append(agency)
            places[agency.id] = f.place
    _check_members(agencies, places, problems)
    pairs = [*((a.id, n) for a in agencies for n in a.names), *((None, g) for g in generic)]
    _check_names(pairs, shown, "agency", problems)
    return tuple(agencies), tuple(generic)


def _agency(f: Fields, seen: dict[str, str]) -> Agency | None:
    """The entry as an Agency, best effort (see `_event`): its names still
    serve to read the cells, so that one bad field does not make every cell
    that names the agency a problem too."""
    ag_id = f.text("id")
    keep = _check_id(ag_id, f.at("id"), seen, f.problems, "agency")
    name, short, aliases = f.text("name"), f.text("short", "", empty_ok=True), f.texts("aliases", ())
    group = f.get("group", (bool,), False, "true hoặc false")
    members = f.texts("members", ())
    f.text("source", "", empty_ok=True)
    rrule = _rrule(f)
    start = f.date("publication_start", nullable=True) if "publication_start" in f.obj else None
    if members and group is False:
        f.note(f.at("members"), 'có danh sách "members" nhưng "group" là false',
               'đặt "group": true, hoặc để trống danh sách')
    if not keep:
        return None
    return Agency(ag_id, name or ag_id, short or "", aliases or (), bool(group), members or (),  # type: ignore
                  rrule or None, start)


def _rrule(f: Fields) -> str | None | bool:
    """The RRULE text, None when absent, False when it does not parse."""
    value = f.get("publication_rrule", (str, type(None)), None, '"FREQ=…" hoặc null')
    if not value:
        return None
    try:
        recur.parse(value, endless=True)  # the rules kh-ical reads: daily or slower, nothing it cannot expand
    except recur.RuleError as exc:
        f.note(f.at("publication_rrule"), str(exc),
               'ghi một quy tắc RFC 5545 như "FREQ=WEEKLY;BYDAY=MO,WE,FR", hoặc null')
        return False
    return value


def _check_members(agencies: list[Agency], places: dict[str, str], problems: list[Problem]) -> None:
    by_id = {a.id: a for a in agencies}
    for agency in agencies:
        for i, member in enumerate(agency.members):
            place = f"{places[agency.id]}.members[{i}]"
            target = by_id.get(member)
            if target is None:
                problems.append(Problem(place, f'không có cơ quan mã "{member}"',
                                        f"{did_you_mean(member, by_id)}thêm cơ quan đó vào danh sách, hoặc sửa mã"))
            elif member == agency.id or target.group:
                problems.append(Problem(place, f'"{member}" là một nhóm; thành viên của nhóm phải là cơ quan',
                                        "ghi các thành viên của nhóm đó vào đây"))


# --- tasks.json ---------------------------------------------------------------------

_PLAN_KEYS = frozenset(("id", "short_name", "issuer", "date", "title", "timezone", "end"))
_SECTION_KEYS = frozenset(("id", "title", "events"))
_TASK_KEYS = frozenset(("id", "section", "content", "lead", "partners", "timing", "extra", "timing_as_read"))


def _tasks(doc: Any, files: dict[str, str], event_ids: set[str] | None, registry: AgencyRegistry | None,
           problems: list[Problem]) -> tuple[PlanInfo | None, tuple[Section, ...], tuple[Task, ...]]:
    shown = files[TASKS_FILE]
    top = Fields(doc, f"{shown}: (cấp ngoài cùng)", problems, ("plan", "sections", "tasks"))
    info = None
    if top.ok and "plan" not in top.obj:
        top.note(top.place, 'thiếu trường "plan"', 'thêm "plan": {"id": …, "date": …}')
    elif top.ok:
        info = _plan_info(Fields(top.obj["plan"], f"{shown}: plan", problems, _PLAN_KEYS))
    sections = _sections(_items(top, "sections"), shown, event_ids, files[EVENTS_FILE], problems)
    # A table without sections: tasks have no "section" (`_task`); a broken list is not that.
    known = {s.id for s in sections} if not _has_list(doc, "sections") or doc["sections"] else None
    seen: dict[str, str] = {}
    tasks = []
    for i, item in enumerate(_items(top, "tasks")):
        label = item.get("id") if isinstance(item, dict) and isinstance(item.get("id"), str) else ""
        f = Fields(item, f"{shown}: tasks[{i}]" + (f" ({label})" if label else ""), problems, _TASK_KEYS)
        task = _task(f, seen, known, registry, files[AGENCIES_FILE]) if f.ok else None
        if task is not None:
            tasks.append(task)
    return info, sections, tuple(tasks)


def _plan_info(f: Fields) -> PlanInfo | None:
    if not f.ok:
        return None
    values = [f.text(k) for k in ("id", "short_name", "issuer")]
    date, title = f.date("date"), f.text("title")
    tz = f.text("timezone", "Asia/Ho_Chi_Minh")
    if tz is not None and not _valid_zone(tz):
        f.note(f.at("timezone"), f'múi giờ lạ "{tz}"', 'dùng tên IANA, ví dụ "Asia/Ho_Chi_Minh"')
        tz = None
    end = f.date("end", nullable=True) if "end" in f.obj else None
    if end is not None and date is not None and end < date:
        f.note(f.at("end"), f'kế hoạch kết thúc ({end}) trước ngày ban hành ({date})',
               "ghi ngày cuối cùng của kế hoạch, hoặc bỏ trường này")
        end = None
    if None in (*values, date, title, tz):
        return None
    return PlanInfo(*values, date, title, tz, end)  # type: ignore[arg-type]


def _valid_zone(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _sections(items: list[Any], shown: str, event_ids: set[str] | None, events_file: str,
              problems: list[Problem]) -> tuple[Section, ...]:
    seen: dict[str, str] = {}
    sections = []
    for i, item in enumerate(items):
        label = item.get("id") if isinstance(item, dict) and isinstance(item.get("id"), str) else ""
        f = Fields(item, f"{shown}: sections[{i}]" + (f" ({label})" if label else ""), problems, _SECTION_KEYS)
        if not f.ok:
            continue
        sec_id, title, refs = f.text("id"), f.text("title"), f.texts("events", ())
        ok = sec_id is not None and _check_unique(sec_id, f.at("id"), seen, problems, "section")
        for j, ref in enumerate(refs or ()):
            if event_ids is not None and ref not in event_ids:
                problems.append(Problem(f"{f.at('events')}[{j}]", f'không có sự kiện "{ref}"',
                                        f"{did_you_mean(ref, event_ids)}thêm sự kiện vào {events_file} hoặc sửa mã"))
        if ok:  # best effort, so that tasks of a section with a bad field still find it
            sections.append(Section(sec_id, title or "", refs or ()))  # type: ignore[arg-type]
    return tuple(sections)


def _task(f: Fields, seen: dict[str, str], sections: set[str] | None, registry: AgencyRegistry | None,
          agencies_file: str) -> Task | None:
    """The entry as a Task. `sections`: the section ids, None in a table without
    sections (then tasks have no "section" and are numbered "1", "2", …)."""
    task_id = f.text("id")
    ok = task_id is not None and _check_unique(task_id, f.at("id"), seen, f.problems, "task")
    section, ok = _task_section(f, sections, ok)
    if ok and not _id_fits(task_id, section):  # type: ignore[arg-type]
        f.note(f.at("id"), *_id_rule(task_id, section))  # type: ignore[arg-type]
        ok = False
    # A blank timing cell is an undated task (`check` warns), not a mistake.
    content, timing = f.text("content", cell=True), f.text("timing", empty_ok=True)
    as_read = _timing_as_read(f) if "timing_as_read" in f.obj else None
    extra = _extra(f) if "extra" in f.obj else ()
    lead = _cell(f, "lead", registry, agencies_file)
    partners = _cell(f, "partners", registry, agencies_file)
    if not ok or None in (content, timing, lead, partners, extra) or as_read is False:
        return None
    return Task(task_id, section, content, lead[0], partners[0], timing, lead[1], partners[1],  # type: ignore
                extra, as_read)  # type: ignore[arg-type]


def _task_section(f: Fields, sections: set[str] | None, ok: bool) -> tuple[str | None, bool]:
    """The task's section id (None in a table without sections) and whether the entry still stands."""
    if sections is None:
        if "section" in f.obj:
            f.note(f.at("section"), "kế hoạch không chia mục",
                   'bỏ "section" khỏi mọi nhiệm vụ, hoặc liệt kê các mục trong "sections"')
            return None, False
        return None, ok
    section = f.text("section")
    if section is not None and section not in sections:
        f.note(f.at("section"), f'không có mục "{section}"',
               f"{did_you_mean(section, sections)}dùng mã của một mục trong \"sections\"")
        return section, False
    return section, ok and section is not None


def _id_fits(task_id: str, section: str | None) -> bool:
    """The one rule for task ids: "<section>.<n>" ("III.13"), or "<n>" without sections."""
    m = _TASK_ID.fullmatch(task_id)
    return m is not None and m[1] == section


def _id_rule(task_id: str, section: str | None) -> tuple[str, str]:
    """The message and hint for an id that breaks `_id_fits`."""
    if section is None:
        return (f'mã nhiệm vụ "{task_id}" không phải một số',
                'kế hoạch không chia mục thì đánh số nhiệm vụ "1", "2", … như văn bản')
    return (f'mã nhiệm vụ "{task_id}" không khớp với mục "{section}" của nó',
            f'đánh số các nhiệm vụ của mục {section} là "{section}.1", "{section}.2", …')


def _timing_as_read(f: Fields) -> str | bool:
    """A maintainer's reading of the timing cell (present); False when it is not usable text."""
    value = f.obj["timing_as_read"]
    if isinstance(value, str) and value.strip():
        return value
    shown = "chữ trống" if isinstance(value, str) else f"không phải chữ mà là {_type_name(value)}"
    f.note(f.at("timing_as_read"), f"{shown}: trường này thay ô thời gian khi tính ngày",
           'ghi cách đọc ô ("Trước ngày 15/8/2023"), hoặc bỏ trường này')
    return False


def _extra(f: Fields) -> tuple[tuple[str, str], ...] | None:
    """The table's other columns, {"header": "cell", …} in the table's order (JSON keys are text)."""
    value = f.get("extra", (dict,), (), '{"header": "cell", …}')
    if value is None:
        return None
    ok = True
    for header, cell in value.items():
        place = f"{f.at('extra')}[{json.dumps(header, ensure_ascii=False)}]"
        if not header.strip():
            f.note(place, "tiêu đề cột trống", "ghi tiêu đề cột như văn bản")
            ok = False
        if not isinstance(cell, str):
            f.note(place, f"phải là chữ, không phải {_type_name(cell)}", 'ghi ô dạng "chữ" ("" nếu ô trống)')
            ok = False
    return tuple(value.items()) if ok else None


def _cell(f: Fields, key: str, registry: AgencyRegistry | None, agencies_file: str) -> tuple[str, AgencyRef] | None:
    """A lead/partners cell and its split; unknown words are problems.

    Either may be blank, or name no particular agency ("Các Bộ, ngành, địa
    phương"): such a task goes to no agency's feed for that role (`check`
    warns of a lead like that).
    """
    text = f.text(key, _REQUIRED, empty_ok=True)
    if text is None or registry is None:
        return None
    scan = scan_cell(text, registry)
    for words in scan.unknown:
        f.problems.append(unknown_agency_problem(f.at(key), words, registry, agencies_file))
    if scan.unknown:
        return None
    return text, scan.ref
