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
    "kết thúc",
    # everyday administrative activities (seen in real plans and notices)
    "nghỉ",
    "nghỉ lễ",
    "nghỉ tết",
    "khai giảng",
    "bế giảng",
    "tựu trường",
    "thi",
    "nộp",
    "nộp hồ sơ",
    "gửi",
    "gửi báo cáo",
    "hội nghị",
    "hội thi",
    "lễ khai mạc",
    "lễ bế mạc",
    "ra quân",
    "tiếp nhận",
    "kiểm tra",
    "tổng hợp",
    "xét tuyển",
    "công bố",
    "đăng ký",
    "tập huấn",
    "khảo sát",
    "đánh giá",
    "họp",
    "tuyên truyền",
    "năm học",
    "học kỳ",
    "kỳ",
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

# Parts of the day, with the first hour that the word moves past noon (None:
# never): "8h tối" is 20:00, "2 giờ chiều" 14:00, "11 giờ đêm" 23:00, "1 giờ đêm" 1:00.
DAY_HALF_WORDS = {"sáng": None, "trưa": None, "chiều": 1, "tối": 1, "đêm": 6}

# Counts written in words ("trong hai ngày 3 và 4-11"), as the digits they stand for; not "năm" (5),
# which is also "year" ("trong năm ngày 3/9": five days, or "this year, on 3/9"?).
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
                "mười": 10}

# Days of the week as written ("thứ Hai", "thứ 2", "Chủ nhật", "CN"): RFC 5545 BYDAY code.
WEEKDAY_NAMES = {"hai": "MO", "ba": "TU", "tư": "WE", "năm": "TH", "sáu": "FR", "bảy": "SA", "bẩy": "SA"}
WEEKDAY_NUMBERS = {2: "MO", 3: "TU", 4: "WE", 5: "TH", 6: "FR", 7: "SA"}
SUNDAY = ("chủ nhật", "cn")
WEEKDAY_TEXT = {"MO": "thứ Hai", "TU": "thứ Ba", "WE": "thứ Tư", "TH": "thứ Năm", "FR": "thứ Sáu",
                "SA": "thứ Bảy", "SU": "Chủ nhật"}

# How often a schedule repeats: (unit, how many units), the unit being a year,
# a month or a week. "định kỳ" may stand before any of them.
REPEAT_WORDS = {
    "hằng năm": ("year", 1), "hàng năm": ("year", 1), "mỗi năm": ("year", 1), "thường niên": ("year", 1),
    "hằng quý": ("month", 3), "hàng quý": ("month", 3), "mỗi quý": ("month", 3),
    "hằng tháng": ("month", 1), "hàng tháng": ("month", 1), "mỗi tháng": ("month", 1),
    "hằng tuần": ("week", 1), "hàng tuần": ("week", 1), "mỗi tuần": ("week", 1),
}
# "tháng đầu / giữa / cuối quý": which month of each quarter (0, 1, 2).
QUARTER_MONTHS = {"đầu": 0, "giữa": 1, "cuối": 2}

# Words after a day written without a year that place it from the plan's date: the next such day
# ("Ngày 1.3 tới"), or the last one ("vào ngày 19-5 vừa qua").
UPCOMING_WORDS = ("tới đây", "sắp tới", "tới")
PAST_WORDS = ("vừa qua", "vừa rồi")

# Lunar months with a name of their own; "âm lịch" / "ÂL" mark any other lunar date.
LUNAR_MONTH_NAMES = {"giêng": 1, "chạp": 12}
LUNAR_MARKS = ("âm lịch", "âl", "al")

# Words that say a part has no date of its own ("thường xuyên, lồng ghép trong …"):
# the words after them, up to the next dated construct, are its note.
UNDATED_LEADS = (
    "thường xuyên", "liên tục", "hằng ngày", "hàng ngày", "theo yêu cầu", "theo lộ trình", "theo kế hoạch",
    "theo chỉ đạo", "theo hướng dẫn", "theo tiến độ", "trong quá trình thực hiện", "khi có yêu cầu", "đột xuất",
    "các năm tiếp theo", "những năm tiếp theo", "các năm sau", "những năm sau", "lồng ghép",
    "định kỳ",  # with no period after it ("định kỳ báo cáo UBND tỉnh"): periodically, when is not said
)
# Verbs that may stand before an undated lead ("Thực hiện thường xuyên").
UNDATED_VERBS = ("thực hiện", "triển khai", "duy trì", "tổ chức", "tiếp tục", "tiếp tục thực hiện", "cập nhật")

# Prose around a date (rule "lời văn quanh mốc thời gian"): words no rule reads may stand as the note of
# the dated part beside them ("gửi báo cáo về Bộ … trước ngày 15/12/2023") only if they hold no time word.
# The time words are every run of words the grammar's rules spell ("trước", "chậm nhất", "kỷ niệm") and
# the vocabulary above, whole; these words the rules also spell say nothing about when, and are cut out:
PLAIN_WORDS = (
    "và", "các", "những", "của", "có", "là", "theo", "trên", "từng", "vào", "sẽ", "dự kiến", "diễn ra",
    "thực hiện", "tổ chức", "khai mạc", "hoạt động", "thời gian", "kế hoạch", "kh", "vòng", "được", "này",
    "ban hành", "ký", "văn bản", "phải", "tại",
)
# Time words that no rule spells alone: prose holding one is refused too. Some make the date an end
# ("kết thúc", "hoàn tất": a deadline, not a window), some move it ("tháng 5 vừa qua" is last year's May).
TIME_WORDS = ("giờ", "phút", "tuần", "tết", "hôm", "kết thúc", "hoàn tất", "chấm dứt", "dứt điểm", "tiếp theo",
              "kế tiếp", "vừa qua", "vừa rồi")
# Words that hold a time word but say nothing of time ("đầu tư" is investment, "tuần tra" a patrol,
# "lớp đầu cấp" a school's first class): prose may hold them.
NOT_TIME_WORDS = ("đầu tư", "đầu mối", "đầu cấp", "cuối cấp", "tuần tra", "năm học", "trong tỉnh", "trong huyện",
                  "trong thành phố", "trong nước", "trong ngành", "trong toàn tỉnh", "hàng hóa", "hàng hoá",
                  "mặt hàng", "ngân hàng", "cửa hàng", "khách hàng", "từ thiện")
# Words that name a numbered thing ("lớp 10", "Điều 5", "khoản 2", "phụ lục 3"): the number right after
# them is part of a name, not a day or a month, and prose may hold it.
NUMBER_NAMES = ("lớp", "học kỳ", "điều", "khoản", "khóa", "phụ lục", "tầng", "phòng", "tổ", "đội", "lần thứ",
                "kỳ họp thứ", "phiên họp thứ")
# Label words that are the second half of another word after these ("nhiệm kỳ 2020 - 2025" is a term of
# office, not a "kỳ" that runs 2020 - 2025; "thời kỳ" an era): no label there.
LABEL_NOT_AFTER = {"kỳ": ("nhiệm", "thời")}
# Words after which years are a name, not a time: "Đại hội … nhiệm kỳ 2020 - 2025" (a term of office).
YEAR_NAMES = ("nhiệm kỳ",)
# Names of a numbered phase of a plan ("Đợt 2", "Giai đoạn 1"): a label before its dates.
PHASE_WORDS = ("đợt", "giai đoạn")
# Words the rules spell only before a number ("đợt 2"): before a word they name what follows ("Đợt cao điểm
# diễn ra từ …", "Đợt ra quân …"), and prose may hold them.
NUMBERED_WORDS = ("đợt",)
# Words that change what a date means (negation, exception, substitution, postponement, a limit): when
# no rule reads them, the cell is an error naming them, never the date without them.
DATE_CHANGERS = (
    "không", "chưa", "trừ", "ngoại trừ", "thay vì", "thay cho", "thay thế", "hoãn", "lùi", "dời", "chuyển sang",
    "tạm dừng", "huỷ", "tối đa", "tối thiểu", "ít nhất", "chậm", "sớm", "muộn", "trễ", "kéo dài", "gia hạn",
    "như trước", "như cũ", "dự phòng", "điều chỉnh", "thay đổi",
)
# Words that state an aim ("bảo đảm thông xe kỹ thuật năm 2025"): prose holding one right before a period
# with no lead word is refused, as an aim reached by the period's end is a deadline and work during it a
# window ("… trong năm 2025", "hoàn thành … trong năm 2025" say which).
AIM_WORDS = ("bảo đảm", "đảm bảo", "phấn đấu", "cam kết", "mục tiêu", "chỉ tiêu", "đạt")
DATE_CHANGER_REASON = "từ đổi nghĩa của ngày tháng (phủ định, ngoại lệ, thay thế, dời lịch, giới hạn), hãy ghi rõ ngày:"

# Words that end one part of a cell and start the next (besides a bullet "-").
PART_SEPARATORS = ("và", ";", ",", ".")

# Constructs declined for now, with the reason shown to the user.
DECLINED = {
    "của năm sau": "lịch lặp lại",
    "tuần thứ": "tuần trong tháng",
    "tuần cuối": "tuần trong tháng",
}
DECLINED_REASON = {
    "lịch lặp lại": "chưa đọc được lịch lặp lại tính từ năm sau; hãy ghi ngày cụ thể",
    # "thứ Ba tuần thứ 3 hằng tháng": one real schedule's own dates were the Tuesday of the month's third
    # calendar week (13/2/2024), a collector read the third Tuesday (20/2), another the days 15–21
    "tuần trong tháng": ("“tuần thứ …”, “tuần cuối” của tháng có nhiều cách hiểu (tuần lịch, ngày 8–14, lần thứ"
                         " mấy của thứ đó); hãy ghi ngày cụ thể"),
}
