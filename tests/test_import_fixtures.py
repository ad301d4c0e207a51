"""The import fixtures (issue 11) are there, open, and the shipped CSV is data/tasks.json's table.

Only the files themselves: the importer's own tests compare what it reads with data/tasks.json
and with each fixture's expected.json. The fixtures were made once by
scripts/make_import_fixtures.py with LibreOffice; nothing here needs an office suite.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "import"
SHIPPED = FIXTURES / "shipped"
OTHERS = {
    "hanoi-310": ["appendix.docx"],
    "dongthap-617": ["appendix.xlsx"],
    "hcm-2820": ["appendix.docx", "appendix.pdf"],
}
FIELDS = ("content", "lead", "partners", "timing")


def _tasks() -> list[dict]:
    return json.loads((ROOT / "data" / "tasks.json").read_text(encoding="utf-8"))["tasks"]


def _join(cell: str) -> str:
    """A multi-line cell as data/tasks.json keeps it: each line stripped, joined by one space."""
    return " ".join(line.strip() for line in cell.splitlines() if line.strip())


def test_fixture_files_exist_and_are_small():
    names = ["appendix.docx", "appendix.xlsx", "appendix.pdf", "appendix.csv", "appendix.fodt", "appendix.fods"]
    expected = [SHIPPED / n for n in names + ["README.md"]]
    for name, files in OTHERS.items():
        expected += [FIXTURES / name / n for n in files + ["SOURCE.md", "expected.json", "table.json"]]
    missing = [str(p.relative_to(ROOT)) for p in expected if not p.is_file()]
    assert not missing
    for p in FIXTURES.rglob("*"):
        if p.is_file():
            assert p.stat().st_size < 1_000_000, p


def test_shipped_csv_is_the_shipped_table():
    raw = (SHIPPED / "appendix.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel's CSV UTF-8 starts with a BOM"
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(keepends=True)))
    header = next(i for i, r in enumerate(rows) if r and r[0] == "TT")
    assert [_join(c) for c in rows[header]] == [
        "TT",
        "Nội dung",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian thực hiện",
    ]
    got, section = [], None
    for r in rows[header + 1 :]:
        if r[0] and not r[0].isdigit():
            section = r[0]
            assert not any(r[2:]), "a section row: its title fills the merged cell, the rest is blank"
            continue
        got.append({"id": f"{section}.{r[0]}", **{f: _join(c) for f, c in zip(FIELDS, r[1:5])}})
    want = [{"id": t["id"], **{f: t[f] for f in FIELDS}} for t in _tasks()]
    assert len(got) == 38
    assert got == want


def test_shipped_docx_and_other_docx_open():
    docx = pytest.importorskip("docx")
    for path in [
        SHIPPED / "appendix.docx",
        FIXTURES / "hanoi-310" / "appendix.docx",
        FIXTURES / "hcm-2820" / "appendix.docx",
    ]:
        doc = docx.Document(str(path))
        assert len(doc.tables) == 1
    table = docx.Document(str(SHIPPED / "appendix.docx")).tables[0]
    assert len(table.rows) == 1 + 4 + 38  # header, sections, tasks


def test_xlsx_open():
    openpyxl = pytest.importorskip("openpyxl")
    for path in [SHIPPED / "appendix.xlsx", FIXTURES / "dongthap-617" / "appendix.xlsx"]:
        wb = openpyxl.load_workbook(path)
        assert wb.active.max_row > 10


def test_pdfs_have_text_tables_over_several_pages():
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, pages in [(SHIPPED / "appendix.pdf", 5), (FIXTURES / "hcm-2820" / "appendix.pdf", 6)]:
        with pdfplumber.open(path) as pdf:
            assert len(pdf.pages) == pages
            assert all(page.extract_tables() for page in pdf.pages)


@pytest.mark.parametrize("name", sorted(OTHERS))
def test_expected_json_has_the_tasks_shape(name):
    expected = json.loads((FIXTURES / name / "expected.json").read_text(encoding="utf-8"))
    sections = {s["id"] for s in expected["sections"]}
    ids = [t["id"] for t in expected["tasks"]]
    assert len(ids) == len(set(ids))
    for t in expected["tasks"]:
        assert set(FIELDS) <= set(t)
        if sections:
            assert t["section"] in sections and t["id"].startswith(t["section"] + ".")
        else:
            assert "section" not in t and t["id"].isdigit()
