"""Which reader reads which file, loaded only when a file of its kind is imported.

The readers' libraries (python-docx, openpyxl, pdfplumber) are the optional
extra `kh-ical[import]`: without them every other command works, and `kh-ical
import` says how to install them.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from kh_ical.errors import KhIcalError
from kh_ical.importers.grid import SourceDocument

INSTALL = "pip install 'kh-ical[import]'"
# extension → (reader module, the library it needs, what the file is called in messages)
READERS = {
    ".docx": ("docx_reader", "python-docx", "tệp Word .docx"),
    ".xlsx": ("xlsx_reader", "openpyxl", "tệp Excel .xlsx"),
    ".csv": ("csv_reader", None, "tệp CSV"),
    ".pdf": ("pdf_reader", "pdfplumber", "tệp PDF có lớp chữ"),
}
_OLD_FORMATS = {".doc": "Word 97-2003 (.doc)", ".xls": "Excel 97-2003 (.xls)", ".odt": "LibreOffice Writer (.odt)",
                ".ods": "LibreOffice Calc (.ods)", ".rtf": "RTF (.rtf)"}
_MODULES = {"docx": "python-docx", "openpyxl": "openpyxl", "pdfplumber": "pdfplumber", "pdfminer": "pdfplumber",
            "lxml": "python-docx"}


def supported() -> str:
    return ", ".join(READERS)


def read_document(path: Path) -> SourceDocument:
    """The tables and lines of `path`, by its extension.

    Raises:
        KhIcalError: a missing file, an extension no reader takes, a missing
            library, or a file its reader cannot read — one message saying what
            was expected.
    """
    path = Path(path)
    if not path.is_file():
        raise KhIcalError(f"{path}: không tìm thấy tệp" + (" (đây là thư mục)" if path.is_dir() else ""))
    ext = path.suffix.lower()
    if ext not in READERS:
        old = _OLD_FORMATS.get(ext)
        hint = (f"tệp {old}: hãy mở và lưu lại thành .docx hoặc .xlsx" if old
                else f"không đọc được tệp đuôi “{path.suffix or '(không có đuôi)'}”")
        raise KhIcalError(f"{path}: {hint}; kh-ical import đọc các tệp {supported()}.")
    module_name, library, what = READERS[ext]
    try:
        reader = importlib.import_module(f"kh_ical.importers.{module_name}")
    except ModuleNotFoundError as exc:
        top = (exc.name or "").split(".")[0]
        if top not in _MODULES:
            raise
        raise KhIcalError(f"cần thư viện {_MODULES[top]} để đọc {what}; hãy cài: {INSTALL}") from None
    try:
        return reader.read(path)
    except (KhIcalError, OSError, MemoryError, RecursionError):
        raise
    except Exception as exc:  # a damaged file makes the libraries fail in many ways: one clear message
        raise KhIcalError(f"{path}: tệp hỏng hoặc không đúng định dạng ({type(exc).__name__}: "
                          f"{str(exc)[:200]}); cần {what}.") from None
