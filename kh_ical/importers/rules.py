"""The words an appendix table is recognised by, kept as data.

Header cells and markers are compared on `header_key`: case, spacing,
punctuation and the old/new tone placement do not matter; diacritics always do
("Thời gian" is not "Thoi gian").
"""

from __future__ import annotations

import re

from kh_ical.text import match_key

# Column roles and the header words that name them. A header cell names a role
# when it is one of these phrases, or one of them followed by more words
# ("Thời gian thực hiện (dự kiến)"); the longest phrase wins. Columns with other
# headers ("Sản phẩm", "Ghi chú", "Kinh phí") are kept in each task's "extra".
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "number": ("TT", "STT", "Số TT", "Số thứ tự"),
    "content": ("Nội dung", "Nhiệm vụ", "Nội dung công việc", "Nội dung nhiệm vụ", "Nội dung thực hiện",
                "Nội dung hoạt động", "Nội dung, nhiệm vụ", "Nhiệm vụ, giải pháp", "Tên nhiệm vụ",
                "Tên hoạt động", "Hoạt động", "Công việc", "Nội dung tuyên truyền"),
    "lead": ("Cơ quan chủ trì", "Đơn vị chủ trì", "Cơ quan, đơn vị chủ trì", "Cơ quan/đơn vị chủ trì",
             "Chủ trì", "Cơ quan thực hiện", "Đơn vị thực hiện", "Cơ quan, đơn vị thực hiện",
             "Cơ quan chịu trách nhiệm", "Đơn vị chịu trách nhiệm", "Cơ quan chủ trì thực hiện"),
    "partners": ("Cơ quan phối hợp", "Đơn vị phối hợp", "Cơ quan, đơn vị phối hợp", "Cơ quan/đơn vị phối hợp",
                 "Phối hợp", "Cơ quan phối hợp thực hiện"),
    "timing": ("Thời gian thực hiện", "Thời hạn hoàn thành", "Tiến độ", "Thời gian", "Thời hạn",
               "Thời gian hoàn thành", "Tiến độ thực hiện", "Tiến độ hoàn thành", "Thời gian thực hiện/hoàn thành"),
}
ROLE_NAMES = {"number": "số thứ tự", "content": "nội dung", "lead": "cơ quan chủ trì",
              "partners": "cơ quan phối hợp", "timing": "thời gian thực hiện"}

# Section rows: a marker, as written, at the start of the row's first text; the
# rest of that text, or the row's next text, is the title. Roman numerals and
# capital letters mark a section wherever the row says nothing else (no lead,
# partners or timing); an Arabic number only when the row is merged across or
# the rows under it are numbered otherwise ("1.1", "a)", "-").
SECTION_MARKERS: tuple[tuple[str, str], ...] = (
    ("roman", r"[IVXLC]+"),
    ("letter", r"[A-ZĐ]"),
    ("number", r"\d{1,2}"),
)
SECTION_PREFIXES = ("Phần", "PHẦN", "Mục", "MỤC", "Chương", "CHƯƠNG")

# A task's number in the TT column: a plain number ("3", "3."), used in its id.
PLAIN_NUMBER = re.compile(r"(\d{1,4})\.?")
# The row numbering the columns under the header: "(1) (2) (3)", "1 2 3", "A B 1 2".
COLUMN_NUMBER = re.compile(r"\(?(?:\d{1,2}|[A-Z])\)?")

_PUNCT = re.compile(r"[^\w]+")


def header_key(text: str) -> str:
    """Key of a header cell: match_key with punctuation as spaces."""
    return match_key(_PUNCT.sub(" ", text))


_ROLE_KEYS = sorted(((header_key(w), role) for role, words in HEADER_WORDS.items() for w in words),
                    key=lambda kr: -len(kr[0]))


def header_role(text: str) -> str | None:
    """The column role a header cell names, or None.

    >>> header_role("THỜI GIAN THỰC HIỆN"), header_role("Cơ quan, đơn vị  chủ trì"), header_role("Ghi chú")
    ('timing', 'lead', None)
    >>> header_role("Thoi gian")  # diacritics are never ignored
    """
    key = header_key(text)
    for phrase, role in _ROLE_KEYS:
        if key == phrase or key.startswith(phrase + " "):
            return role
    return None


_MARKER = re.compile(
    rf"(?:(?:{'|'.join(SECTION_PREFIXES)})\s+)?"
    rf"(?P<id>{'|'.join(f'(?P<{kind}>{pattern})' for kind, pattern in SECTION_MARKERS)})"
    r"(?:\s*[.):](?!\d)\s*|\s+[-–]\s+|\s*$)(?P<title>.*)",
    re.S,
)


def section_marker(text: str) -> tuple[str, str, str] | None:
    """(kind, id, rest of the text) when `text` starts with a section marker.

    >>> section_marker("II. KỶ NIỆM 70 NĂM"), section_marker("IV"), section_marker("1.1")
    (('roman', 'II', 'KỶ NIỆM 70 NĂM'), ('roman', 'IV', ''), None)
    >>> section_marker("Phần B - Tổ chức thực hiện"), section_marker("Ban Tuyên giáo")
    (('letter', 'B', 'Tổ chức thực hiện'), None)
    """
    m = _MARKER.fullmatch(text.strip())
    if m is None:
        return None
    kind = next(k for k, _ in SECTION_MARKERS if m[k] is not None)
    return kind, m["id"], m["title"].strip()


# --- proposals for the registries -----------------------------------------------------
#
# A lead/partners cell names several agencies. The registry's own names split it
# (`agencies.scan_cell`); for words no name covers, the proposal is cut at ";"
# and at a "," or "và" followed by the start of another agency's name (a
# capitalised head word below, or "các"): "Cổng TTĐT, Trang thông tin điện tử"
# is two, "Sở Văn hóa, Thể thao và Du lịch" and "UBND các huyện, thành phố" one.
AGENCY_HEADS = (
    "Sở", "Ban", "Báo", "Đài", "Cổng", "Trang", "UBND", "Ủy ban", "HĐND", "Hội đồng", "Hội", "Mặt trận", "MTTQ",
    "Tỉnh Đoàn", "Tỉnh đoàn", "Đoàn", "Trường", "Văn phòng", "Công an", "Bộ", "Liên đoàn", "Viện", "Trung tâm",
    "Cục", "Chi cục", "Phòng", "Huyện ủy", "Thành ủy", "Tỉnh ủy", "Tạp chí", "Bảo hiểm", "Ngân hàng", "Kho bạc",
    "Thanh tra", "Tòa án", "Bộ Chỉ huy", "BCH", "BCĐ", "Ban Chỉ đạo", "Quỹ", "Nhà xuất bản", "Công ty",
    "Tổng công ty", "Bệnh viện", "Các",
)
# Words of wording that names no particular agency: a proposal that starts with
# "các" and has only these words goes under "generic" ("Các cơ quan, đơn vị có liên quan").
GENERIC_WORDS = (
    "các", "cơ quan", "đơn vị", "địa phương", "sở", "ban", "ngành", "bộ", "tổ chức", "cá nhân", "doanh nghiệp",
    "có liên quan", "liên quan", "trong tỉnh", "trên địa bàn", "tỉnh", "huyện", "xã", "cấp", "và", "khác",
)
# An event's name in a timing cell starts with one of these (capitalised) words and
# runs to a comma, a parenthesis or a date; the resolver says where it ends.
EVENT_HEADS = (
    "Lễ", "Hội nghị", "Đại hội", "Ngày", "Hội thảo", "Hội thi", "Hội diễn", "Liên hoan", "Tết", "Kỳ họp",
    "Kỷ niệm", "Tuần lễ", "Tháng hành động", "Cuộc thi", "Giải", "Diễn đàn", "Triển lãm", "Hội chợ",
)
