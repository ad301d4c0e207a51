"""Each reader gives rows of cell texts with merged cells resolved, or one clear message."""

from __future__ import annotations

import datetime as dt
import doctest
import importlib
import json
import unicodedata
import zlib

import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from import_kit import FIXTURES, HEADER, TASK_ROWS_MERGES, make_docx, make_xlsx, task_rows

import kh_ical.importers.csv_reader
import kh_ical.importers.grid
import kh_ical.importers.proposals
import kh_ical.importers.rules
import kh_ical.importers.table
import kh_ical.importers.title
import kh_ical.importers.xlsx_reader
from kh_ical.errors import KhIcalError
from kh_ical.importers import formats
from kh_ical.importers.formats import read_document
from kh_ical.importers.table import read_plan_table

READER = FIXTURES / "reader"


def cells(doc, table=0):
    return [list(r.cells) for r in doc.tables[table].rows]


@pytest.mark.parametrize("module", [kh_ical.importers.csv_reader, kh_ical.importers.grid, kh_ical.importers.rules,
                                    kh_ical.importers.table, kh_ical.importers.title, kh_ical.importers.proposals,
                                    kh_ical.importers.xlsx_reader])
def test_docstring_examples(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


# --- .docx ---------------------------------------------------------------------------


def test_docx_merged_cells_are_repeated_and_line_breaks_kept(tmp_path):
    path = make_docx(tmp_path / "a.docx", task_rows(), merges=TASK_ROWS_MERGES,
                     before=["PHỤ LỤC", "(Kèm theo Kế hoạch số 5-KH/X ngày 1/2/2023)"])
    doc = read_document(path)
    assert doc.kind == "Word (.docx)"
    assert doc.lines == ("PHỤ LỤC", "(Kèm theo Kế hoạch số 5-KH/X ngày 1/2/2023)")
    rows = cells(doc)
    assert rows[0] == HEADER
    assert rows[1] == ["I"] + ["Tuyên truyền"] * 4  # merged across: the text in every column
    assert rows[3] == ["2", "- Tin, bài.\n- Phóng sự.", "Báo Lai Châu", "", "Từ tháng 6 đến\nhết tháng 8/2023"]


def test_docx_cell_merged_down_is_in_each_row(tmp_path):
    rows = [HEADER, ["1", "Việc A", "Sở VH,TT&DL", "", "Quý I/2024"], ["2", "Việc B", "", "", "Quý II/2024"]]
    doc = read_document(make_docx(tmp_path / "a.docx", rows, merges=[((1, 2), (2, 2))]))
    assert [r[2] for r in cells(doc)[1:]] == ["Sở VH,TT&DL", "Sở VH,TT&DL"]


def test_docx_row_starting_late_is_padded(tmp_path):
    path = make_docx(tmp_path / "a.docx", [HEADER, ["1", "Việc A", "Báo Lai Châu", "", "Quý I/2024"]])
    import docx

    document = docx.Document(str(path))
    row = document.tables[0].rows[1]._tr
    row.remove(row.tc_lst[0])  # the row starts at the second grid column
    before = OxmlElement("w:gridBefore")
    before.set(qn("w:val"), "1")
    row.get_or_add_trPr().insert(0, before)
    document.save(str(path))
    assert cells(read_document(path))[1] == ["", "Việc A", "Báo Lai Châu", "", "Quý I/2024"]


def test_docx_without_table(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Kế hoạch không có phụ lục")
    document.save(str(tmp_path / "a.docx"))
    with pytest.raises(KhIcalError, match="không thấy bảng nào trong tệp; cần một tệp Word .docx có bảng phụ lục"):
        read_document(tmp_path / "a.docx")


def test_docx_with_a_password():
    with pytest.raises(KhIcalError, match="tệp có đặt mật khẩu nên không đọc được"):
        read_document(READER / "password.docx")


def test_old_word_file_named_docx(tmp_path):
    (tmp_path / "a.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(KhIcalError, match=r"tệp Word kiểu cũ \(97-2003\), không phải một tệp Word .docx"):
        read_document(tmp_path / "a.docx")


@pytest.mark.parametrize("name", ["a.docx", "a.xlsx"])
def test_not_an_office_file(tmp_path, name):
    (tmp_path / name).write_text("TT;Nội dung\n1;Việc\n", encoding="utf-8")
    with pytest.raises(KhIcalError, match="không mở được như tệp"):
        read_document(tmp_path / name)


def test_damaged_docx(tmp_path):
    good = make_docx(tmp_path / "good.docx", task_rows())
    (tmp_path / "a.docx").write_bytes(good.read_bytes()[:3000])  # cut short
    with pytest.raises(KhIcalError, match="cần một tệp Word .docx"):
        read_document(tmp_path / "a.docx")


# --- .xlsx ---------------------------------------------------------------------------


def test_xlsx_merged_ranges_numbers_and_line_breaks(tmp_path):
    rows = [HEADER, ["I", "Tuyên truyền"], [1, "Việc A\nvà B", "Báo Lai Châu", None, "Quý I/2024"],
            [2.0, "Việc C", "Sở VH,TT&DL", "", 2024]]
    doc = read_document(make_xlsx(tmp_path / "a.xlsx", rows, merges=[((1, 1), (1, 4))]))
    assert doc.kind == "Excel (.xlsx)"
    assert cells(doc) == [HEADER, ["I"] + ["Tuyên truyền"] * 4, ["1", "Việc A\nvà B", "Báo Lai Châu", "", "Quý I/2024"],
                          ["2", "Việc C", "Sở VH,TT&DL", "", "2024"]]


def test_xlsx_dates_are_written_as_the_cell_shows_them(tmp_path):
    day = dt.datetime(2023, 4, 12)
    rows = [HEADER, ["1", "A", "B", "", day], ["2", "A", "B", "", day], ["3", "A", "B", "", day]]
    path = make_xlsx(tmp_path / "a.xlsx", rows, formats={(1, 4): "d/m/yyyy", (2, 4): "dd/mm/yyyy",
                                                         (3, 4): "mm-dd-yy"})
    assert [r[4] for r in cells(read_document(path))[1:]] == ["12/4/2023", "12/04/2023", "12/04/2023"]


def test_xlsx_each_sheet_is_a_table_and_blank_rows_at_the_end_are_dropped(tmp_path):
    path = make_xlsx(tmp_path / "a.xlsx", [HEADER, ["1", "A", "B", "", "Quý I/2024"], [None] * 5, [""] * 5],
                     sheets=2)
    doc = read_document(path)
    assert len(doc.tables) == 2 and len(doc.tables[1].rows) == 2


def test_xlsx_with_a_password():
    with pytest.raises(KhIcalError, match="tệp có đặt mật khẩu nên không đọc được"):
        read_document(READER / "password.xlsx")


def test_xlsx_without_any_cell(tmp_path):
    make_xlsx(tmp_path / "a.xlsx", [])
    with pytest.raises(KhIcalError, match="không thấy bảng nào trong tệp; cần một tệp Excel .xlsx"):
        read_document(tmp_path / "a.xlsx")


# --- .csv ----------------------------------------------------------------------------


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_csv_semicolon_with_or_without_bom(tmp_path, bom):
    text = "TT;Nội dung;Cơ quan chủ trì;Cơ quan phối hợp;Thời gian thực hiện\r\n" \
           "1;Tuyên truyền, vận động;Sở VH,TT&DL;;\"Từ tháng 6\r\nđến hết tháng 8/2023\"\r\n"
    (tmp_path / "a.csv").write_bytes(bom + text.encode("utf-8"))
    doc = read_document(tmp_path / "a.csv")
    assert cells(doc) == [HEADER, ["1", "Tuyên truyền, vận động", "Sở VH,TT&DL", "",
                                   "Từ tháng 6\nđến hết tháng 8/2023"]]


def test_csv_comma_with_quoted_cells(tmp_path):
    text = ",".join(HEADER) + "\n" + '1,"Tuyên truyền, vận động","Sở VH,TT&DL",,Quý I/2024\n'
    (tmp_path / "a.csv").write_text(text, encoding="utf-8")
    assert cells(read_document(tmp_path / "a.csv"))[1] == ["1", "Tuyên truyền, vận động", "Sở VH,TT&DL", "",
                                                           "Quý I/2024"]


def cp1258(text: str) -> bytes:
    """Vietnamese in Windows-1258: a letter it lacks is written as its base letter and a tone mark."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", ch)
            tone = [m for m in marks if m in "\u0300\u0301\u0303\u0309\u0323"]
            rest = "".join(m for m in marks if m not in tone)
            out += unicodedata.normalize("NFC", base + rest).encode("cp1258") + "".join(tone).encode("cp1258")
    return out


def test_csv_in_windows_1258(tmp_path):
    (tmp_path / "a.csv").write_bytes(cp1258("TT;Nội dung;Cơ quan chủ trì\n1;Tuyên truyền;Sở Văn hóa\n"))
    with pytest.raises(KhIcalError, match=r"có vẻ là mã Windows-1258 \(cp1258\).*cần CSV mã UTF-8"):
        read_document(tmp_path / "a.csv")


def test_csv_in_another_encoding(tmp_path):
    (tmp_path / "a.csv").write_bytes(b"TT;N\xff\xfe\n")
    with pytest.raises(KhIcalError, match="không phải UTF-8.*cần CSV mã UTF-8"):
        read_document(tmp_path / "a.csv")


def test_csv_in_utf16(tmp_path):
    (tmp_path / "a.csv").write_text("TT\tNội dung\n", encoding="utf-16")
    with pytest.raises(KhIcalError, match="UTF-16"):
        read_document(tmp_path / "a.csv")


def test_empty_csv(tmp_path):
    (tmp_path / "a.csv").write_bytes(b"\xef\xbb\xbf;;\n")
    with pytest.raises(KhIcalError, match="không thấy bảng nào"):
        read_document(tmp_path / "a.csv")


# --- PDF -----------------------------------------------------------------------------


def test_pdf_table_over_pages_is_one_table():
    doc = read_document(READER / "pages.pdf")
    assert doc.kind == "PDF (.pdf)"
    assert len(doc.tables) == 1
    rows = doc.tables[0].rows
    assert sum(r.continues for r in rows) >= 2  # the pages after the first continue it
    assert all(list(r.cells) == ["TT", "Nội dung", "Cơ quan\nchủ trì", "Cơ quan\nphối hợp", "Thời gian\nthực hiện",
                                 "Ghi chú"] for r in rows if r.continues)  # the repeated header
    assert "(Kèm theo Kế hoạch số 12-KH/BTGTU ngày 3 tháng 2 năm 2025 của Ban Tuyên giáo Tỉnh ủy)" in " ".join(doc.lines)


def test_pdf_merged_cells_and_words_cut_by_the_column_width():
    rows = [list(r.cells) for r in read_document(READER / "pages.pdf").tables[0].rows]
    assert ["II. TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM"] * 6 in rows  # one cell across the row
    assert any(r[0] == "I" and r[1:] == ["Công tác tuyên truyền"] * 5 for r in rows)
    assert any(r[2] == "Sở\nVH,TT&DL" for r in rows)  # "VH,TT&D" / "L" on two lines of a narrow column
    leads = [r[2] for r in rows if r[0] in ("1", "2") and r[4].startswith(("Hoàn thành trước Lễ", "Hoàn\nthành\ntrước Lễ",
                                                                            "Tháng"))]
    assert leads == ["UBND\ntỉnh", "UBND\ntỉnh"]  # merged down over II.1 and II.2


@pytest.mark.parametrize("name", ["pages.docx", "pages.pdf"])
def test_reader_fixture_gives_its_source(name):
    """The same table as Word and as LibreOffice's PDF (rows broken across pages): the same cells."""
    expected = json.loads((READER / "pages.expected.json").read_text(encoding="utf-8"))
    table = read_plan_table(read_document(READER / name))
    assert list(table.sections) == expected["sections"]
    assert list(table.tasks) == expected["tasks"]


def test_scanned_pdf(tmp_path):
    from PIL import Image

    Image.new("RGB", (200, 300), "white").save(tmp_path / "scan.pdf")
    with pytest.raises(KhIcalError, match="không có lớp chữ \\(có lẽ là bản quét, chỉ có ảnh\\)"):
        read_document(tmp_path / "scan.pdf")


def test_pdf_with_a_password():
    with pytest.raises(KhIcalError, match="tệp PDF có đặt mật khẩu nên không đọc được"):
        read_document(READER / "password.pdf")


def text_pdf(text: str) -> bytes:
    """A one-page PDF with one line of text and no table."""
    stream = zlib.compress(f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1"))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
               b"/Contents 5 0 R >>", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_pdf_with_text_but_no_table(tmp_path):
    (tmp_path / "a.pdf").write_bytes(text_pdf("Ke hoach"))
    with pytest.raises(KhIcalError, match="không thấy bảng nào trong tệp; cần một tệp PDF có lớp chữ"):
        read_document(tmp_path / "a.pdf")


def test_not_a_pdf(tmp_path):
    (tmp_path / "a.pdf").write_text("không phải PDF", encoding="utf-8")
    with pytest.raises(KhIcalError, match="không mở được như tệp PDF"):
        read_document(tmp_path / "a.pdf")


# --- choosing the reader -------------------------------------------------------------


@pytest.mark.parametrize("name, message", [
    ("a.doc", r"tệp Word 97-2003 \(.doc\): hãy mở và lưu lại thành .docx hoặc .xlsx"),
    ("a.txt", "không đọc được tệp đuôi “.txt”; kh-ical import đọc các tệp .docx, .xlsx, .csv, .pdf"),
    ("a", "tệp đuôi “\\(không có đuôi\\)”"),
])
def test_unknown_extension(tmp_path, name, message):
    (tmp_path / name).write_bytes(b"x")
    with pytest.raises(KhIcalError, match=message):
        read_document(tmp_path / name)


def test_missing_file(tmp_path):
    with pytest.raises(KhIcalError, match="không tìm thấy tệp"):
        read_document(tmp_path / "a.docx")


def test_missing_library_says_how_to_install_it(tmp_path, monkeypatch):
    make_docx(tmp_path / "a.docx", task_rows())
    real = importlib.import_module

    def without_docx(name, *args):
        if name.endswith("docx_reader"):
            raise ModuleNotFoundError("No module named 'docx'", name="docx")
        return real(name, *args)

    monkeypatch.setattr(formats.importlib, "import_module", without_docx)
    with pytest.raises(KhIcalError, match=r"cần thư viện python-docx để đọc tệp Word .docx; hãy cài: "
                                          r"pip install 'kh-ical\[import\]'"):
        read_document(tmp_path / "a.docx")


def test_cells_merged_down_are_marked_in_every_format(tmp_path):
    rows = [HEADER, ["1", "Việc A", "Sở VH,TT&DL", "", "Quý I/2024"], ["2", "Việc B", "", "", "Quý II/2024"]]
    docx_rows = read_document(make_docx(tmp_path / "a.docx", rows, merges=[((1, 2), (2, 2))])).tables[0].rows
    xlsx_rows = read_document(make_xlsx(tmp_path / "a.xlsx", rows, merges=[((1, 2), (2, 2))])).tables[0].rows
    for table in (docx_rows, xlsx_rows):
        assert [r.merged_down(2) for r in table] == [False, False, True]
        assert not any(r.merged_down(c) for r in table for c in (0, 1, 3, 4))
    pdf_rows = read_document(READER / "pages.pdf").tables[0].rows
    marked = [r for r in pdf_rows if r.merged_down(2)]  # II.2's lead: the cell of II.1 merged down
    assert [(r.cells[0], r.cells[2]) for r in marked] == [("2", "UBND\ntỉnh")]
