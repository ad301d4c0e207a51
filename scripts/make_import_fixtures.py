#!/usr/bin/env python3
"""Write the import fixtures (issue 11) as a province would publish them, with LibreOffice.

    python scripts/make_import_fixtures.py [shipped|NAME ...]      (default: every fixture)

Each fixture is a table written here as flat ODF, the source, and converted by LibreOffice
headless (`soffice --convert-to`) into the files the importer reads:

* ``shipped``: the appendix of the shipped plan (data/tasks.json: KH 171-KH/BTGTU) ->
  tests/fixtures/import/shipped/appendix.{fodt,fods,docx,xlsx,pdf,csv}. The CSV is written
  by this script itself, UTF-8 with a BOM and CRLF rows as Excel writes it.
* every other folder of tests/fixtures/import/ holding a ``table.json`` (a real appendix,
  transcribed cell by cell from the document's text; see its SOURCE.md) -> appendix.fodt
  and/or appendix.fods and the formats its "formats" list names.

Needs LibreOffice (Debian: libreoffice-writer-nogui, libreoffice-calc-nogui). With
``faketime`` installed (Debian: faketime) the clock LibreOffice sees is frozen at the
document's date, so the zip entries' times and the PDF's CreationDate/ID do not change from
one run to the next; without it they carry the time of the run. The metadata dates come
from the flat ODF source either way. CI does not run this script: its outputs are committed.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "import"

# ---------------------------------------------------------------------------------------------
# The table model: title lines, then rows of cells; a cell is a list of lines (one paragraph
# each in the document, one line of a multi-line cell in the spreadsheet) and may span columns
# or rows. A row lists only the cells that start in it, as HTML does.


@dataclass
class Cell:
    lines: list[str]
    colspan: int = 1
    rowspan: int = 1
    bold: bool = False
    align: str = "left"  # left | center | justify
    number: bool = False  # a spreadsheet number (the TT column, as typed into Excel)


@dataclass
class Table:
    name: str
    title: str  # the document's title (metadata)
    date: str  # YYYY-MM-DD: metadata dates and the frozen clock
    title_lines: list[Cell]  # paragraphs above the table
    widths_cm: list[float]
    rows: list[list[Cell]]  # rows[0] is the header row
    landscape: bool = False
    font_pt: float = 12
    repeat_header: bool = True
    formats: list[str] = field(default_factory=lambda: ["docx", "xlsx", "pdf"])
    sheet_name: str = "Phụ lục"


def cell(text: str | list[str], **kw) -> Cell:
    return Cell([text] if isinstance(text, str) else list(text), **kw)


def grid(table: Table) -> list[list[tuple[str, Cell | None]]]:
    """The rows as full grids: ("cell", c) where a cell starts, ("covered", None) elsewhere."""
    ncol = len(table.widths_cm)
    covered: set[tuple[int, int]] = set()
    out = []
    for r, row in enumerate(table.rows):
        line: list[tuple[str, Cell | None]] = []
        cells = iter(row)
        c = 0
        while c < ncol:
            if (r, c) in covered:
                line.append(("covered", None))
                c += 1
                continue
            try:
                x = next(cells)
            except StopIteration:
                raise SystemExit(f"{table.name}: row {r} has too few cells") from None
            line.append(("cell", x))
            for dr in range(x.rowspan):
                for dc in range(x.colspan):
                    if dr or dc:
                        covered.add((r + dr, c + dc))
            c += 1
        if next(cells, None) is not None:
            raise SystemExit(f"{table.name}: row {r} has too many cells")
        out.append(line)
    return out


# ---------------------------------------------------------------------------------------------
# Flat ODF writers

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"'
)


def _meta(table: Table) -> str:
    stamp = f"{table.date}T08:00:00"
    return (
        "<office:meta>"
        f"<meta:generator>kh-ical scripts/make_import_fixtures.py</meta:generator>"
        f"<dc:title>{escape(table.title)}</dc:title>"
        f"<meta:creation-date>{stamp}</meta:creation-date><dc:date>{stamp}</dc:date>"
        "<dc:language>vi-VN</dc:language>"
        "</office:meta>"
    )


_FONTS = (
    "<office:font-face-decls>"
    '<style:font-face style:name="Times New Roman" svg:font-family="&apos;Times New Roman&apos;" '
    'style:font-family-generic="roman" style:font-pitch="variable"/>'
    "</office:font-face-decls>"
)


def _text_props(size: float, bold: bool = False) -> str:
    weight = ' fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"' if bold else ""
    return (
        f'<style:text-properties style:font-name="Times New Roman" fo:font-size="{size:g}pt" '
        f'fo:language="vi" fo:country="VN"{weight}/>'
    )


def _para(lines: list[str], style: str) -> str:
    return "".join(f'<text:p text:style-name="{style}">{escape(line)}</text:p>' for line in lines)


def _pstyle(c: Cell) -> str:
    return {"left": "PL", "center": "PC", "justify": "PJ"}[c.align] + ("B" if c.bold else "")


def fodt(table: Table) -> str:
    """The table as a flat ODF text document (the source Writer turns into .docx and .pdf)."""
    width, height = ("29.7cm", "21cm") if table.landscape else ("21cm", "29.7cm")
    margins = 'fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="1.5cm"'
    total = sum(table.widths_cm)
    pstyles = []
    for name, align in (("PL", "start"), ("PC", "center"), ("PJ", "justify")):
        for bold in (False, True):
            pstyles.append(
                f'<style:style style:name="{name}{"B" if bold else ""}" style:family="paragraph" '
                f'style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="{align}" '
                f'fo:margin-top="0cm" fo:margin-bottom="0cm"/>{_text_props(table.font_pt, bold)}</style:style>'
            )
    cols = "".join(
        f'<style:style style:name="Tab.C{i}" style:family="table-column">'
        f'<style:table-column-properties style:column-width="{w:g}cm"/></style:style>'
        for i, w in enumerate(table.widths_cm)
    )
    styles = (
        "<office:styles>"
        '<style:default-style style:family="paragraph">'
        '<style:paragraph-properties fo:orphans="2" fo:widows="2"/>'
        f"{_text_props(table.font_pt)}</style:default-style>"
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
        "</office:styles>"
    )
    auto = (
        "<office:automatic-styles>"
        f'<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{width}" '
        f'fo:page-height="{height}" style:print-orientation="{"landscape" if table.landscape else "portrait"}" '
        f"{margins}/></style:page-layout>"
        f'<style:style style:name="Tab" style:family="table"><style:table-properties style:width="{total:g}cm" '
        'table:align="left" fo:margin-top="0.2cm"/></style:style>'
        f"{cols}"
        '<style:style style:name="Tab.R" style:family="table-row">'
        '<style:table-row-properties fo:keep-together="auto"/></style:style>'
        '<style:style style:name="Tab.A" style:family="table-cell"><style:table-cell-properties '
        'style:vertical-align="middle" fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>'
        f"{''.join(pstyles)}"
        "</office:automatic-styles>"
        '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/>'
        "</office:master-styles>"
    )
    body = []
    for c in table.title_lines:
        body.append(_para(c.lines, _pstyle(c)))
    body.append('<table:table table:name="PhuLuc" table:style-name="Tab">')
    for i in range(len(table.widths_cm)):
        body.append(f'<table:table-column table:style-name="Tab.C{i}"/>')
    for r, line in enumerate(grid(table)):
        if r == 0 and table.repeat_header:
            body.append("<table:table-header-rows>")
        body.append('<table:table-row table:style-name="Tab.R">')
        for kind, c in line:
            if kind == "covered":
                body.append("<table:covered-table-cell/>")
                continue
            span = ""
            if c.colspan > 1:
                span += f' table:number-columns-spanned="{c.colspan}"'
            if c.rowspan > 1:
                span += f' table:number-rows-spanned="{c.rowspan}"'
            body.append(
                f'<table:table-cell table:style-name="Tab.A" office:value-type="string"{span}>'
                f"{_para(c.lines or [''], _pstyle(c))}</table:table-cell>"
            )
        body.append("</table:table-row>")
        if r == 0 and table.repeat_header:
            body.append("</table:table-header-rows>")
    body.append("</table:table>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">\n'
        f"{_meta(table)}\n{_FONTS}\n{styles}\n{auto}\n"
        "<office:body><office:text>\n" + "\n".join(body) + "\n</office:text></office:body></office:document>\n"
    )


def fods(table: Table) -> str:
    """The table as a flat ODF spreadsheet (the source Calc turns into .xlsx): title rows, then
    the table; a multi-line cell is one cell with a line break per line, wrapped."""
    ncol = len(table.widths_cm)
    cols = "".join(
        f'<style:style style:name="co{i}" style:family="table-column">'
        f'<style:table-column-properties style:column-width="{w:g}cm"/></style:style>'
        for i, w in enumerate(table.widths_cm)
    )
    cellstyles = []
    for name, align in (("L", "start"), ("C", "center"), ("J", "justify")):
        for bold in (False, True):
            for border in (False, True):
                nm = f"ce{name}{'B' if bold else ''}{'x' if border else ''}"
                b = ' fo:border="0.5pt solid #000000"' if border else ""
                cellstyles.append(
                    f'<style:style style:name="{nm}" style:family="table-cell">'
                    f'<style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="middle"{b}/>'
                    f'<style:paragraph-properties fo:text-align="{align}"/>'
                    f"{_text_props(table.font_pt, bold)}</style:style>"
                )
    auto = (
        "<office:automatic-styles>"
        '<style:style style:name="ta1" style:family="table">'
        '<style:table-properties table:display="true"/></style:style>'
        f"{cols}"
        '<style:style style:name="ro1" style:family="table-row">'
        '<style:table-row-properties style:use-optimal-row-height="true"/></style:style>'
        f"{''.join(cellstyles)}"
        "</office:automatic-styles>"
    )

    def cstyle(c: Cell, border: bool) -> str:
        align = {"left": "L", "center": "C", "justify": "J"}[c.align]
        return f"ce{align}{'B' if c.bold else ''}{'x' if border else ''}"

    def tcell(c: Cell, border: bool) -> str:
        span = ""
        if c.colspan > 1:
            span += f' table:number-columns-spanned="{c.colspan}"'
        if c.rowspan > 1:
            span += f' table:number-rows-spanned="{c.rowspan}"'
        text = "".join(f"<text:p>{escape(line)}</text:p>" for line in c.lines if line != "" or len(c.lines) > 1)
        if c.number and len(c.lines) == 1 and c.lines[0].isdigit():
            value = f'office:value-type="float" office:value="{c.lines[0]}"'
        elif not "".join(c.lines):
            return f'<table:table-cell table:style-name="{cstyle(c, border)}"{span}/>'
        else:
            value = 'office:value-type="string"'
        return f'<table:table-cell table:style-name="{cstyle(c, border)}" {value}{span}>{text}</table:table-cell>'

    rows = []
    for c in table.title_lines:
        # a title paragraph: one row, merged across the table's width
        rows.append(
            '<table:table-row table:style-name="ro1">'
            + tcell(Cell(c.lines, colspan=ncol, bold=c.bold, align=c.align), False)
            + f'<table:covered-table-cell table:number-columns-repeated="{ncol - 1}"/></table:table-row>'
        )
    for line in grid(table):
        out = []
        for kind, c in line:
            out.append("<table:covered-table-cell/>" if kind == "covered" else tcell(c, True))
        rows.append('<table:table-row table:style-name="ro1">' + "".join(out) + "</table:table-row>")
    body = (
        f'<table:table table:name="{escape(table.sheet_name)}" table:style-name="ta1">'
        + "".join(f'<table:table-column table:style-name="co{i}"/>' for i in range(ncol))
        + "\n"
        + "\n".join(rows)
        + "\n</table:table>"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document {NS} office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n'
        f"{_meta(table)}\n{_FONTS}\n{auto}\n"
        "<office:body><office:spreadsheet>\n" + body + "\n</office:spreadsheet></office:body></office:document>\n"
    )


def csv_bytes(table: Table) -> bytes:
    """The table as Excel saves a sheet as "CSV UTF-8": BOM, CRLF rows, a multi-line cell quoted
    with LF inside, a merged cell's text in its first position only, the title rows first."""
    ncol = len(table.widths_cm)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for c in table.title_lines:
        w.writerow(["\n".join(c.lines)] + [""] * (ncol - 1))
    for line in grid(table):
        w.writerow(["" if kind == "covered" else "\n".join(c.lines) for kind, c in line])
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


# ---------------------------------------------------------------------------------------------
# LibreOffice

FILTERS = {
    "docx": ("fodt", "docx:MS Word 2007 XML"),
    "pdf": ("fodt", "pdf:writer_pdf_Export"),
    "xlsx": ("fods", "xlsx:Calc MS Excel 2007 XML"),
}


def soffice_version() -> str:
    out = subprocess.run(["soffice", "--version"], capture_output=True, text=True, check=True).stdout
    return out.strip()


def convert(src: Path, target: str, outdir: Path, date: str) -> Path:
    """soffice --headless --convert-to TARGET SRC, in a throwaway profile, the clock frozen at DATE
    08:00 UTC where faketime is installed."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [
            "soffice",
            f"-env:UserInstallation=file://{tmp}/profile",
            "--headless",
            "--norestore",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            str(src),
        ]
        if shutil.which("faketime"):
            cmd = ["faketime", "-f", f"{date} 08:00:00"] + cmd
        else:
            print("warning: faketime not found: the outputs carry today's time", file=sys.stderr)
        env = {"PATH": "/usr/bin:/bin", "HOME": tmp, "TZ": "UTC", "LANG": "C.UTF-8", "SAL_USE_VCLPLUGIN": "svp"}
        subprocess.run(cmd, check=True, env=env, capture_output=True, timeout=300)
    out = outdir / (src.stem + "." + target.split(":")[0])
    if not out.exists():
        raise SystemExit(f"LibreOffice wrote no {out.name}")
    return out


def build(table: Table, folder: Path, write_csv: bool = False) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    sources = {}
    if any(FILTERS[f][0] == "fodt" for f in table.formats):
        sources["fodt"] = folder / "appendix.fodt"
        sources["fodt"].write_text(fodt(table), encoding="utf-8")
    if any(FILTERS[f][0] == "fods" for f in table.formats):
        sources["fods"] = folder / "appendix.fods"
        sources["fods"].write_text(fods(table), encoding="utf-8")
    written += sources.values()
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in table.formats:
            kind, target = FILTERS[fmt]
            out = convert(sources[kind], target, Path(tmp), table.date)
            dest = folder / f"appendix.{fmt}"
            shutil.copyfile(out, dest)
            written.append(dest)
    if write_csv:
        dest = folder / "appendix.csv"
        dest.write_bytes(csv_bytes(table))
        written.append(dest)
    return written


# ---------------------------------------------------------------------------------------------
# The shipped plan: data/tasks.json, cell for cell, as the appendix of KH 171-KH/BTGTU lays it out.

# Cells that hold several lines (paragraphs) in the original appendix; each list joined by one
# space is exactly the cell of data/tasks.json (checked below).
SHIPPED_LINES: dict[tuple[str, str], list[str]] = {
    ("I.3", "content"): [
        "- Tăng cường tin, bài tuyên truyền trên Báo Lai Châu thường kỳ, Báo Lai Châu cuối tuần, "
        "Báo dành cho đồng bào vùng cao; Báo Lai Châu điện tử.",
        "- Chú trọng xây dựng các bài viết chuyên sâu, phân tích kết quả 2,5 năm thực hiện Nghị quyết "
        "Đại hội Đảng bộ tỉnh lần thứ XIV, bài phỏng vấn lãnh đạo tỉnh.",
    ],
    ("I.3", "timing"): [
        "- Từ tháng 6 đến hết tháng 8/2023",
        "- Trên số báo gần nhất trước Hội nghị sơ kết của tỉnh",
    ],
    ("III.6", "timing"): [
        "- Triển khai từ quý I/2024",
        "- Tổng kết trao giải ngày 10/10/2024",
    ],
    ("III.13", "timing"): [
        "Từ ngày 29/12/2023 - 7/01/2024",
        "(Trước lễ mít tinh kỷ niệm 5 ngày và sau 2 ngày)",
    ],
    ("III.18", "timing"): [
        "- Hoàn thành trước mỗi sự kiện 10 ngày",
        "- Số báo chuyên đề hoàn thành trước mỗi sự kiện 3 ngày",
    ],
}

SHIPPED_HEADER = ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", ["Thời gian", "thực hiện"]]


def shipped_table() -> Table:
    data = json.loads((ROOT / "data" / "tasks.json").read_text(encoding="utf-8"))
    plan = data["plan"]
    tasks_by_section: dict[str, list[dict]] = {}
    for t in data["tasks"]:
        tasks_by_section.setdefault(t["section"], []).append(t)
    for (tid, fld), lines in SHIPPED_LINES.items():
        task = next(t for t in data["tasks"] if t["id"] == tid)
        if " ".join(lines) != task[fld]:
            raise SystemExit(f"SHIPPED_LINES[{tid}, {fld}] does not join to data/tasks.json's cell")
    rows: list[list[Cell]] = [[cell(h, bold=True, align="center") for h in SHIPPED_HEADER]]
    for sec in data["sections"]:
        rows.append([cell(sec["id"], bold=True, align="center"), cell(sec["title"], bold=True, colspan=4)])
        for t in tasks_by_section.get(sec["id"], []):
            n = t["id"].split(".", 1)[1]
            row = [cell(n, align="center", number=True)]
            for fld in ("content", "lead", "partners", "timing"):
                lines = SHIPPED_LINES.get((t["id"], fld), [t[fld]])
                row.append(cell(lines, align="justify" if fld == "content" else "center"))
            rows.append(row)
    return Table(
        name="shipped",
        title=f"Phụ lục kèm theo {plan['title']}",
        date=plan["date"],
        title_lines=[
            cell("PHỤ LỤC", bold=True, align="center"),
            cell("(kèm theo Kế hoạch số 171-KH/BTGTU, ngày 30/5/2023 của Ban Tuyên giáo Tỉnh ủy)", align="center"),
        ],
        widths_cm=[1.0, 6.6, 3.4, 3.5, 3.0],
        rows=rows,
        font_pt=12,
        repeat_header=True,
    )


# ---------------------------------------------------------------------------------------------
# The other fixtures: tests/fixtures/import/NAME/table.json


def table_from_json(folder: Path) -> Table:
    spec = json.loads((folder / "table.json").read_text(encoding="utf-8"))

    def mk(c) -> Cell:
        if isinstance(c, str):
            return Cell([c])
        if isinstance(c, list):
            return Cell(list(c))
        c = dict(c)
        text = c.pop("text")
        return Cell([text] if isinstance(text, str) else list(text), **c)

    return Table(
        name=folder.name,
        title=spec["title"],
        date=spec["date"],
        title_lines=[mk(c) for c in spec["title_lines"]],
        widths_cm=spec["widths_cm"],
        rows=[[mk(c) for c in row] for row in spec["rows"]],
        landscape=spec.get("landscape", False),
        font_pt=spec.get("font_pt", 12),
        repeat_header=spec.get("repeat_header", True),
        formats=spec["formats"],
    )


def main(argv: list[str]) -> int:
    if not shutil.which("soffice"):
        print("soffice not found: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui", file=sys.stderr)
        return 2
    names = argv or ["shipped"] + sorted(p.parent.name for p in FIXTURES.glob("*/table.json"))
    print(soffice_version())
    for name in names:
        if name == "shipped":
            written = build(shipped_table(), FIXTURES / "shipped", write_csv=True)
        else:
            written = build(table_from_json(FIXTURES / name), FIXTURES / name)
        for p in written:
            print(f"{p.relative_to(ROOT)}  {p.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
