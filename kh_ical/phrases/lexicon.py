"""Vocabulary tables only: words → meanings. Every entry is used by a test phrase."""

from __future__ import annotations

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}

# Activity words that may open a part and become its label ("Tổng kết trao
# giải ngày 10/10/2024" → label "Tổng kết trao giải"). Multi-word entries are
# matched word by word; a label is one or more of them in a row.
LABEL_PHRASES = (
    "tổng kết",
    "trao giải",
    "triển khai",
    "phát động",
    "khai mạc",
    "bế mạc",
    "sơ kết",
    "xuất bản số",
    "xuất bản",
    "phát hành",
    "số báo chuyên đề",
    "số báo",
    "chuyên đề",
    "báo cáo",
    "tổ chức",
)

# How an event reference that names no event is written: it means the events
# of the task's section ("sự kiện", "kỷ niệm", "ngày diễn ra sự kiện",
# "các sự kiện kỷ niệm", "mỗi sự kiện", "các hoạt động kỷ niệm").
SECTION_REF = (
    "[(mỗi | các | từng)] [ngày diễn ra] [(mỗi | các | từng)] [hoạt động]"
    " (sự kiện [kỷ niệm] | kỷ niệm | ngày kỷ niệm | lễ kỷ niệm)"
)

# Default half-width, in days, of a window "trước, trong, sau" an event or
# "thời gian diễn ra" its activities. Such windows are marked approximate.
AROUND_EVENT_DAYS = 7

# Parts of the day, and whether an hour before 12 means afternoon/evening.
DAY_HALF_WORDS = {"sáng": False, "trưa": False, "chiều": True, "tối": True}

# Words that end one part of a cell and start the next (besides a bullet "-").
PART_SEPARATORS = ("và", ";", ",", ".")

# Constructs declined for now, with the reason shown to the user.
DECLINED = {
    "hằng năm": "lịch lặp lại",
    "hàng năm": "lịch lặp lại",
    "hằng quý": "lịch lặp lại",
    "hàng quý": "lịch lặp lại",
    "hằng tháng": "lịch lặp lại",
    "hàng tháng": "lịch lặp lại",
    "hằng tuần": "lịch lặp lại",
    "hàng tuần": "lịch lặp lại",
    "hằng ngày": "lịch lặp lại",
    "hàng ngày": "lịch lặp lại",
    "định kỳ": "lịch lặp lại",
    "năm sau": "lịch lặp lại",
    "âm lịch": "ngày âm lịch",
    "rằm": "ngày âm lịch",
    "tháng giêng": "ngày âm lịch",
    "tháng chạp": "ngày âm lịch",
    "mùng": "ngày âm lịch",
    "mồng": "ngày âm lịch",
}
DECLINED_REASON = {
    "lịch lặp lại": "chưa hỗ trợ lịch lặp lại (sẽ có dạng RRULE); hãy ghi ngày cụ thể",
    "ngày âm lịch": "chưa hỗ trợ ngày âm lịch không kèm ngày dương lịch; hãy ghi ngày dương lịch",
}
