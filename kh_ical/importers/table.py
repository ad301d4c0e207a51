"""Rows of cells → the plan's sections and tasks, the same for every format.

The header row is found by its words (`rules.HEADER_WORDS`), section rows by
their markers (`rules.SECTION_MARKERS`); every other row with a content cell
is a task. Cells are kept as written: only their lines are joined
(`join_lines`). What could not be placed is kept for the report, never dropped
without a word.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kh_ical.errors import KhIcalError
from kh_ical.importers import rules
from kh_ical.importers.grid import SourceDocument, Table, undo_hyphen_wraps

TASK_ROLES = ("content", "lead", "partners", "timing")


def join_lines(text: str) -> str:
    """A multi-line cell as data/tasks.json keeps it: each line stripped, blank
    lines dropped, lines joined by one space. Nothing else changes.

    >>> join_lines("- Từ tháng 6 đến hết tháng 8/2023\\n - Trên số báo gần nhất\\n\\n")
    '- Từ tháng 6 đến hết tháng 8/2023 - Trên số báo gần nhất'
    """
    lines = (line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n").split("\n"))
    return " ".join(line for line in lines if line)


@dataclass(frozen=True)
class Column:
    index: int
    header: str  # as written, lines joined
    role: str | None  # a key of rules.HEADER_WORDS; None: kept in "extra" (or ignored when blank)


@dataclass(frozen=True)
class Skipped:
    """A row that is neither a header, a section nor a task, kept for the report."""

    row: int  # 1-based, counted in the table from its header
    text: str
    why: str


@dataclass(frozen=True)
class PlanTable:
    columns: tuple[Column, ...]
    sections: tuple[dict, ...]  # {"id", "title", "events": []}
    tasks: tuple[dict, ...]  # tasks.json entries, in document order
    title_lines: tuple[str, ...]  # text around the table, for the plan's number and date
    skipped: tuple[Skipped, ...] = ()
    notes: tuple[str, ...] = ()  # other remarks for the report, in Vietnamese
    tables_joined: int = 0  # tables after the first that continue it
    tables_ignored: int = 0
    rows_read: int = 0  # rows under the header, blank and repeated header rows included

    @property
    def extra_columns(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.role is None and c.header)


def read_plan_table(doc: SourceDocument) -> PlanTable:
    """The task table of a document.

    Raises:
        KhIcalError: no table has a header row naming the content column and
            at least one of lead, partners and timing.
    """
    found = _find_header(doc.tables)
    if found is None:
        words = ", ".join(f"“{rules.HEADER_WORDS[r][0]}”" for r in ("number", *TASK_ROLES))
        raise KhIcalError(f"không thấy bảng phụ lục trong tệp ({len(doc.tables)} bảng, không bảng nào có dòng tiêu đề "
                          f"với các cột {words}); cần một bảng có dòng tiêu đề như vậy.")
    t_index, h_index, h_rows, columns = found
    table = doc.tables[t_index]
    rows = list(table.rows[h_index + h_rows:])
    joined = ignored = 0
    for other in doc.tables[t_index + 1:]:
        if other.width == table.width:
            rows += other.rows
            joined += 1
        else:
            ignored += 1
    before = [*(c for t in doc.tables[:t_index] for r in t.rows for c in _distinct(r.cells)),
              *(c for r in table.rows[:h_index] for c in _distinct(r.cells))]
    header_keys = {_row_key(r.cells) for r in table.rows[h_index:h_index + h_rows]}
    builder = _Builder(columns, header_keys)
    builder.read(rows)
    return PlanTable(tuple(columns), tuple(builder.sections_out()), tuple(builder.tasks_out()),
                     (*doc.lines, *before), tuple(builder.skipped), tuple(builder.notes), joined, ignored, len(rows))


# --- the header ---------------------------------------------------------------------


def _find_header(tables: tuple[Table, ...]) -> tuple[int, int, int, list[Column]] | None:
    """(table, row, number of header rows, columns) of the first header row."""
    for t, table in enumerate(tables):
        for r, row in enumerate(table.rows):
            columns = _columns(row.cells)
            if not _is_header(columns):
                continue
            if r + 1 < len(table.rows):  # a second header row: "Chủ trì | Phối hợp" under "Cơ quan thực hiện"
                lower = _columns(table.rows[r + 1].cells, row.cells)
                if lower is not None and _score(lower) >= _score(columns):
                    return t, r, 2, lower
            return t, r, 1, columns
    return None


def _columns(cells: tuple[str, ...], upper: tuple[str, ...] | None = None) -> list[Column] | None:
    """Columns named by a header row; with `upper`, by the two header rows
    `upper` and `cells` (None when `cells` is no header row)."""
    if upper is None:
        return [Column(i, join_lines(c), rules.header_role(join_lines(c))) for i, c in enumerate(cells)]
    out = []
    for i, (top, low) in enumerate(zip(upper, cells, strict=True)):
        top, low = join_lines(top), join_lines(low)
        role = rules.header_role(low) if low else None
        if low and low != top and role is None:
            return None  # a cell that is no header word: a data row
        header = top if not low or low == top else (low if role else f"{top} {low}")
        out.append(Column(i, header, role or rules.header_role(top)))
    return out


def _score(columns: list[Column]) -> int:
    return len({c.role for c in columns if c.role})


def _is_header(columns: list[Column]) -> bool:
    roles = {c.role for c in columns}
    return "content" in roles and bool(roles & {"lead", "partners", "timing"})


def _row_key(cells: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(rules.header_key(join_lines(c)) for c in cells)


def _distinct(cells: tuple[str, ...]) -> list[str]:
    """The texts of a row, a merged cell's text once."""
    out: list[str] = []
    for cell in cells:
        text = join_lines(cell)
        if text and (not out or out[-1] != text):
            out.append(text)
    return out


# --- rows -------------------------------------------------------------------------------


@dataclass
class _Line:
    """A logical row: one table row, or two joined across a page break."""

    number: int
    cells: list[str]  # raw cell texts (line breaks kept)

    def text(self, i: int | None) -> str:
        return join_lines(self.cells[i]) if i is not None else ""


@dataclass
class _Section:
    id: str
    title: str
    tasks: list[dict] = field(default_factory=list)


class _Builder:
    def __init__(self, columns: list[Column], header_keys: set[tuple[str, ...]]):
        self.columns = columns
        self.header_keys = header_keys
        self.col = {role: next((c.index for c in columns if c.role == role), None) for role in rules.HEADER_WORDS}
        self.sections: list[_Section] = []
        self.loose = _Section("", "")  # tasks before any section row (all tasks, when there are none)
        self.skipped: list[Skipped] = []
        self.notes: list[str] = []

    # pass 1: rows → logical rows (headers repeated on each page skipped, a row cut by a page
    # break joined to its start, the rows of one task under a merged TT cell joined)
    def read(self, rows) -> None:
        lines: list[_Line] = []
        pending = False
        above: list[str] = []  # the row before, as read: a cell merged down takes its text
        for n, row in enumerate(rows, start=1):
            pending = pending or row.continues
            cells = [above[c] if row.merged_down(c) and c < len(above) else text for c, text in enumerate(row.cells)]
            above = cells
            if not any(c.strip() for c in cells) or _row_key(row.cells) in self.header_keys:
                continue
            if _is_column_numbers(cells):
                continue
            if pending and lines and self._cut_by_page(lines[-1], cells):
                # every cell goes on from the row above; so do the cells merged down from it
                lines[-1].cells = above = [_join_fragments(a, b, cut=True)
                                           for a, b in zip(lines[-1].cells, cells, strict=True)]
                pending = False
                continue
            pending = False
            number = self.col["number"]
            if lines and number is not None and row.merged_down(number) and cells[number].strip():
                # rows under one merged TT cell are one task: each column's cells top to bottom,
                # a cell merged down counted once; agency cells as a list ("A; B"), each agency
                # once, so that the registry reads two agencies, not one long name
                agencies = {self.col[r] for r in ("lead", "partners")}
                lines[-1].cells = [a if row.merged_down(c) else _join_agencies(a, b) if c in agencies
                                   else _join_fragments(a, b)
                                   for c, (a, b) in enumerate(zip(lines[-1].cells, cells, strict=True))]
                continue
            lines.append(_Line(n, cells))
        self._classify(lines)

    def _cut_by_page(self, before: _Line, cells: list[str]) -> bool:
        number = self.col["number"]
        if number is None:
            return False
        return not cells[number].strip() or not before.cells[number].strip()

    # pass 2: logical rows → sections and tasks
    def _classify(self, lines: list[_Line]) -> None:
        for i, line in enumerate(lines):
            following = lines[i + 1] if i + 1 < len(lines) else None
            section = self._section(line, following)
            if section is not None:
                self._open_section(*section)
            elif line.text(self.col["content"]):
                self._task(line)
            else:
                self.skipped.append(Skipped(line.number, " | ".join(_distinct(tuple(line.cells))),
                                            "không có nội dung"))

    def _section(self, line: _Line, following: _Line | None) -> tuple[str, str] | None:
        parts = _distinct(tuple(line.cells))
        if not parts:
            return None
        found = rules.section_marker(parts[0])
        if found is None:
            return None
        kind, sec_id, rest = found
        titles = ([rest] if rest else []) + parts[1:]
        merged = len(parts) == 1 or (len(parts) == 2 and not rest and self._spans_row(line))
        says_more = any(line.text(self.col[r]) for r in ("lead", "partners", "timing"))
        if kind == "number":
            subs = following is not None and not rules.PLAIN_NUMBER.fullmatch(following.text(self.col["number"]))
            if not (merged or (not says_more and subs)):
                return None
        if says_more and not merged:
            if kind == "number":
                return None
            self.notes.append(f"dòng {line.number}: dòng mục {sec_id} có cả cơ quan hoặc thời gian "
                              f"({' | '.join(titles[1:])}); chỉ lấy tên mục, hãy xem lại")
        return sec_id, titles[0] if titles else ""

    def _spans_row(self, line: _Line) -> bool:
        """The title fills every column after the marker's (a cell merged across the row)."""
        texts = [join_lines(c) for c in line.cells]
        first = next(i for i, t in enumerate(texts) if t)
        return len(set(texts[first + 1:])) == 1

    def _open_section(self, sec_id: str, title: str) -> None:
        taken = {s.id for s in self.sections}
        if sec_id in taken:
            new = next(f"{sec_id}-{k}" for k in range(2, 1000) if f"{sec_id}-{k}" not in taken)
            self.notes.append(f"mục {sec_id} xuất hiện lần nữa (“{title}”): đặt mã {new}")
            sec_id = new
        self.sections.append(_Section(sec_id, title))

    def _task(self, line: _Line) -> None:
        task: dict = {"number": line.text(self.col["number"]), "row": line.number}
        for role in TASK_ROLES:
            task[role] = line.text(self.col[role])
        extra = {c.header: line.text(c.index) for c in self._extra_columns()}  # every column, blank or not
        if extra:
            task["extra"] = extra
        (self.sections[-1] if self.sections else self.loose).tasks.append(task)

    def _extra_columns(self) -> list[Column]:
        seen: dict[str, int] = {}
        out = []
        for c in self.columns:
            if c.role is None and c.header:
                seen[c.header] = seen.get(c.header, 0) + 1
                name = c.header if seen[c.header] == 1 else f"{c.header} ({seen[c.header]})"
                out.append(Column(c.index, name, None))
        return out

    # output
    def sections_out(self) -> list[dict]:
        return [{"id": s.id, "title": s.title, "events": []} for s in self.sections]

    def tasks_out(self) -> list[dict]:
        out = []
        if self.loose.tasks and self.sections:
            self.notes.append(f"{len(self.loose.tasks)} nhiệm vụ đứng trước mục đầu tiên: "
                              "không thuộc mục nào, đánh số riêng")
        for section in ([self.loose] if self.loose.tasks else []) + self.sections:
            out += self._numbered(section)
        return out

    def _numbered(self, section: _Section) -> list[dict]:
        """Task ids: the TT as written when it is a plain number, else the row's
        order in its section; the section's order for all of them when the plain
        numbers would repeat."""
        numbers = []
        for order, task in enumerate(section.tasks, start=1):
            m = rules.PLAIN_NUMBER.fullmatch(task["number"])
            numbers.append(int(m[1]) if m and int(m[1]) > 0 else order)
        if len(set(numbers)) != len(numbers):
            where = f"mục {section.id}" if section.id else "bảng"
            self.notes.append(f"số thứ tự trong {where} bị trùng: đánh số lại theo thứ tự dòng")
            numbers = list(range(1, len(numbers) + 1))
        out = []
        for n, task in zip(numbers, section.tasks, strict=True):
            entry = {"id": f"{section.id}.{n}" if section.id else str(n)}
            if section.id:
                entry["section"] = section.id
            entry.update({role: task[role] for role in TASK_ROLES})
            if "extra" in task:
                entry["extra"] = task["extra"]
            out.append(entry)
        return out


def _is_column_numbers(cells: list[str]) -> bool:
    texts = [join_lines(c) for c in cells]
    return len(texts) >= 3 and all(rules.COLUMN_NUMBER.fullmatch(t) for t in texts if t) and sum(map(bool, texts)) >= 3


def _join_agencies(a: str, b: str) -> str:
    """Two agency cells of one task: "a; b", or one of them when the other is blank or the same."""
    if not b.strip() or join_lines(b) == join_lines(a):
        return a
    if not a.strip():
        return b
    return f"{a.rstrip()};\n{b.lstrip()}"


def _join_fragments(a: str, b: str, cut: bool = False) -> str:
    """Two pieces of a cell, on two rows (`cut`: one row cut by a page break, where
    a word broken after its hyphen is put back together)."""
    if not b.strip():
        return a
    if not a.strip():
        return b
    joined = f"{a}\n{b}"
    return undo_hyphen_wraps(joined) if cut else joined
