"""`kh-ical import`: a document → data/tasks.json, registry proposals and a review report.

Everything is read and worked out before anything is written, so that a
refused file or an existing file leaves the data folder as it was. Nothing
that exists is overwritten without `force`, and the registries
(agencies.json, events.json) never are: they are created from the proposals
when missing, and otherwise the proposals go to a file of their own
(PROPOSALS_FILE) for a person to copy from. The output depends only on the
document, the options and the registries, so a second run writes the same bytes.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kh_ical import jsontext
from kh_ical.errors import DataError, KhIcalError, Problem
from kh_ical.events import dump_json
from kh_ical.files import write_atomic
from kh_ical.importers.formats import read_document
from kh_ical.importers.proposals import Proposal, agency_registry, event_registry, propose_agencies, propose_events
from kh_ical.importers.reimport import carry_over
from kh_ical.importers.report import ImportReport, Written
from kh_ical.importers.review import unreadable_timings
from kh_ical.importers.table import read_plan_table
from kh_ical.importers.title import PLACEHOLDER_DATE, read_heading
from kh_ical.loader import AGENCIES_FILE, EVENTS_FILE, TASKS_FILE, parse_json
from kh_ical.lock import locked
from kh_ical.model import Event

PROPOSALS_FILE = "import-proposals.json"
_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d|21\d\d)(?!\d)")
_FALLBACK_YEAR = 2000  # only to read timing cells for the report when nothing says the year


@dataclass(frozen=True)
class ImportOptions:
    plan_id: str | None = None
    year: int | None = None
    force: bool = False


def import_file(path: Path, data_dir: Path, options: ImportOptions = ImportOptions()) -> ImportReport:
    """Read `path`, write the plan into `data_dir`, and say what to review.

    Raises:
        KhIcalError: the file cannot be read as a plan's table (one message
            saying what was expected), or a file would be overwritten without
            `force`. Nothing is written then.
        DataError: an existing agencies.json or events.json is not valid JSON.
    """
    path, data_dir = Path(path), Path(data_dir)
    doc = read_document(path)
    table = read_plan_table(doc)
    if not table.tasks:
        raise KhIcalError(f"{path}: bảng phụ lục không có dòng nhiệm vụ nào (chỉ có dòng tiêu đề"
                          f"{' và dòng mục' if table.sections else ''}); cần các dòng nhiệm vụ dưới dòng tiêu đề.")
    heading = read_heading(table.title_lines, options.plan_id, options.year)
    _refuse_overwrite(data_dir, options.force)
    plan, sections, tasks, to_fill, kept = carry_over(_old_tasks(data_dir / TASKS_FILE), heading.plan,
                                                      list(table.sections), list(table.tasks), heading.missing)
    year = heading.year or _year_in(tasks)

    agencies_doc = _existing(data_dir / AGENCIES_FILE)
    events_doc = _existing(data_dir / EVENTS_FILE)
    registry = agency_registry(agencies_doc or {})
    events = event_registry(events_doc or {})
    agencies = propose_agencies(tasks, registry, set())
    new_events = propose_events(tasks, events, year, set())
    proposed = tuple(Event(p.entry["id"], p.name) for p in new_events)
    start = dt.date.fromisoformat(plan["date"]) if "date" not in to_fill and plan["date"] != PLACEHOLDER_DATE else None
    problems = unreadable_timings(tasks, sections, events + proposed, year, start)

    files = _outputs(plan, sections, tasks, agencies, new_events, agencies_doc, events_doc)
    written = _write(data_dir, files)
    return ImportReport(
        source=str(path), kind=doc.kind, data_dir=data_dir.as_posix(), plan=plan, to_fill=to_fill,
        columns=table.columns, sections=tuple(sections), tasks=tuple(tasks), timing_problems=tuple(problems),
        agencies=tuple(agencies), events=tuple(new_events), skipped=table.skipped,
        notes=(*heading.notes, *table.notes, *kept), written=written,
        tables_joined=table.tables_joined, tables_ignored=table.tables_ignored, rows_read=table.rows_read,
        registries_existed=(agencies_doc is not None, events_doc is not None),
    )


def _year_in(tasks: list[dict]) -> int:
    """The first year the timing cells write (to read them when the document gives no date)."""
    years = [int(y) for t in tasks for y in _YEAR.findall(t.get("timing", ""))]
    return min(years) if years else _FALLBACK_YEAR


def _existing(path: Path) -> Any | None:
    if not path.exists():
        return None
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        problem = Problem(path.as_posix(), f"không phải chữ UTF-8 (byte {exc.start})", "lưu lại tệp với mã UTF-8")
        raise DataError([problem]) from None
    return parse_json(text, path.as_posix())


def _outputs(plan: dict, sections: tuple[dict, ...], tasks: list[dict], agencies: list[Proposal],
             events: list[Proposal], agencies_doc: Any, events_doc: Any) -> dict[str, dict | None]:
    """File name → document to write (None: the proposals file is not needed)."""
    files: dict[str, dict | None] = {TASKS_FILE: {"plan": plan, "sections": list(sections), "tasks": tasks}}
    new_agencies = [p.entry for p in agencies if p.kind == "agency"]
    generic = [p.name for p in agencies if p.kind == "generic"]
    new_events = [p.entry for p in events]
    proposals: dict[str, list] = {}
    if agencies_doc is None:
        files[AGENCIES_FILE] = {"agencies": new_agencies, "generic": generic}
    elif new_agencies or generic:
        proposals.update(agencies=new_agencies, generic=generic)
    if events_doc is None:
        files[EVENTS_FILE] = {"events": new_events}
    elif new_events:
        proposals["events"] = new_events
    files[PROPOSALS_FILE] = proposals or None
    return files


def _refuse_overwrite(data_dir: Path, force: bool) -> None:
    existing = [name for name in (TASKS_FILE, PROPOSALS_FILE) if (data_dir / name).exists()]
    if existing and not force:
        names = ", ".join((data_dir / n).as_posix() for n in existing)
        raise KhIcalError(f"{names} đã có: không ghi đè. Thêm --force để ghi đè (agencies.json và events.json "
                          "có sẵn thì không bao giờ bị sửa), hoặc chọn thư mục khác với --data.")


def _old_tasks(path: Path) -> Any:
    """The tasks.json being replaced, if readable (its hand-made values are kept)."""
    try:
        return jsontext.loads(path.read_bytes().decode("utf-8")) if path.exists() else None
    except (ValueError, UnicodeDecodeError, RecursionError):  # replaced as a whole: nothing to keep
        return None


def _write(data_dir: Path, files: dict[str, dict | None]) -> tuple[Written, ...]:
    out = []
    with locked(data_dir, "kh-ical import"):
        for name, doc in files.items():
            target = data_dir / name
            if doc is None:
                if target.exists():  # proposals of an earlier run, answered since
                    target.unlink()
                    out.append(Written(target.as_posix(), "deleted"))
                continue
            data = dump_json(doc).encode("utf-8")
            if not target.exists():
                action = "created"
            elif target.read_bytes() == data:
                action = "unchanged"
            else:
                action = "replaced"
            if action != "unchanged":
                write_atomic(target, data)
            out.append(Written(target.as_posix(), action))
    return tuple(out)
