"""The 38 timing cells of Kế hoạch 171-KH/BTGTU, against dates worked out by hand.

The events are written out here (the test stands alone: it reads neither
data/ nor the shared folder). Each section's context is built from its event
ids, as `resolve_plan` does; the plan's year is 2023 and no agency has a
publication schedule. Cells are as written in the document, flattened to one
line; a few are also given with the document's own line breaks.
"""

from __future__ import annotations

import datetime as dt

import pytest
from phrase_cases import ANY, RemarkSpec, Text, Unres, day, deadline, mismatch, window

from kh_ical.model import Event, EventStatus
from kh_ical.resolve import ResolveContext, resolve_phrase

C, E, U = EventStatus.CONFIRMED, EventStatus.ESTIMATED, EventStatus.UNKNOWN
HOI_NGHI = "hoi-nghi-so-ket-giua-nhiem-ky"
BAC_HO = "70-nam-bac-ho-gui-thu"
CHIA_TACH = "20-nam-chia-tach-tinh"
TINH_115 = "115-nam-thanh-lap-tinh"
DANG_BO = "75-nam-thanh-lap-dang-bo-tinh"
MIT_TINH = "le-mit-tinh-ky-niem"
DBP = "70-nam-chien-thang-dien-bien-phu"

EVENTS = (
    Event(HOI_NGHI, "Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ tỉnh",
          ("Hội nghị sơ kết của tỉnh",), None, U),
    Event(BAC_HO, "70 năm giải phóng thị trấn Lai Châu gắn với 70 năm Bác Hồ gửi thư", (), dt.date(2023, 12, 12), C),
    Event(CHIA_TACH, "Kỷ niệm 20 năm chia tách, thành lập tỉnh", (), dt.date(2024, 1, 1), C),
    Event(TINH_115, "Kỷ niệm 115 năm thành lập tỉnh", (), dt.date(2024, 6, 28), C),
    Event(DANG_BO, "Kỷ niệm 75 năm thành lập Đảng bộ tỉnh", (), dt.date(2024, 10, 10), C),
    Event(MIT_TINH, "Lễ mít tinh kỷ niệm 20 năm chia tách, thành lập tỉnh", ("Lễ mít tinh kỷ niệm",),
          dt.date(2024, 1, 3), E),
    Event(DBP, "Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ", (), dt.date(2024, 5, 7), C),
)
SECTIONS = {"I": (HOI_NGHI,), "II": (BAC_HO,), "III": (CHIA_TACH, TINH_115, DANG_BO), "IV": (DBP,)}
CTX = {s: ResolveContext(year=2023, events=EVENTS, section_events=ids) for s, ids in SECTIONS.items()}
III_EVENTS = ((CHIA_TACH, dt.date(2024, 1, 1)), (TINH_115, dt.date(2024, 6, 28)), (DANG_BO, dt.date(2024, 10, 10)))

N = dict(note=None)  # a cell without a parenthesised remark has no note
SUMMER = (window("2023-06-01", "2023-08-31", **N),)

# task id → (cell as written, flattened; expected occurrences; unresolved)
SEED: dict[str, tuple[str, tuple, tuple]] = {
    "I.1": ("Đã hoàn thành (12/4/2023)", (day("2023-04-12", done=True, **N),), ()),
    "I.2": ("Từ tháng 6 đến hết tháng 8/2023", SUMMER, ()),
    "I.3": ("- Từ tháng 6 đến hết tháng 8/2023 - Trên số báo gần nhất trước Hội nghị sơ kết của tỉnh", SUMMER,
            (Unres(HOI_NGHI, label="Số báo"),)),
    "I.4": ("Từ tháng 6 đến hết tháng 8/2023", SUMMER, ()),
    "I.5": ("Hoàn thành trước ngày 10/8/2023", (deadline("2023-08-09", **N),), ()),
    "I.6": ("Từ tháng 6 đến hết tháng 8/2023", SUMMER, ()),
    "I.7": ("Từ tháng 6 đến hết tháng 8/2023 (vào các thời điểm phù hợp",
            (window("2023-06-01", "2023-08-31", note=Text("vào các thời điểm phù hợp")),), ()),
    "I.8": ("Từ tháng 6 đến hết tháng 8/2023", SUMMER, ()),
    "II.1": ("Hoàn thành trong quý IV/2023", (deadline("2023-12-31", **N),), ()),
    "II.2": ("Hoàn thành trước 15/11/2023", (deadline("2023-11-14", **N),), ()),
    "II.3": ("Hoàn thành tháng 11/2023", (deadline("2023-11-30", **N),), ()),
    "II.4": ("Trên số báo gần nhất trước ngày diễn ra sự kiện",
             (day("2023-12-11", label="Số báo", event=BAC_HO, approximate=True, **N),), ()),
    "II.5": ("Hoàn thành trước sự kiện 10 ngày", (deadline("2023-12-02", event=BAC_HO, **N),), ()),
    "II.6": ("Từ tháng 6/2023 đến hết sự kiện", (window("2023-06-01", "2023-12-12", event=BAC_HO, **N),), ()),
    "III.1": ("Quý II/2023", (window("2023-04-01", "2023-06-30", **N),), ()),
    "III.2": ("Quý III/2023", (window("2023-07-01", "2023-09-30", **N),), ()),
    "III.3": ("Trong tháng 11/2023", (window("2023-11-01", "2023-11-30", **N),), ()),
    "III.4": ("Quý IV/2023", (window("2023-10-01", "2023-12-31", **N),), ()),
    "III.5": ("Quý IV/2023", (window("2023-10-01", "2023-12-31", **N),), ()),
    "III.6": ("- Triển khai từ quý I/2024 - Tổng kết trao giải ngày 10/10/2024",
              (day("2024-01-01", label="Triển khai", **N), day("2024-10-10", label="Tổng kết trao giải", **N)), ()),
    "III.7": ("Tháng 12/2023", (window("2023-12-01", "2023-12-31", **N),), ()),
    "III.8": ("Tổng kết tháng 10/2023", (window("2023-10-01", "2023-10-31", label="Tổng kết", **N),), ()),
    "III.9": ("Hoàn thành trước 10/12/2023", (deadline("2023-12-09", **N),), ()),
    "III.10": ("Xuất bản số các tháng có sự kiện diễn ra (từ tháng 12/2023-10/2024)", tuple(
        window(a, b, label="Xuất bản số", event=ev, note=Text("từ tháng 12/2023-10/2024"))
        for a, b, ev in (("2024-01-01", "2024-01-31", CHIA_TACH), ("2024-06-01", "2024-06-30", TINH_115),
                         ("2024-10-01", "2024-10-31", DANG_BO))), ()),
    "III.11": ("Trước kỷ niệm 10 ngày và sau kỷ niệm 5 ngày", (
        window("2023-12-22", "2024-01-06", event=CHIA_TACH, **N),
        window("2024-06-18", "2024-07-03", event=TINH_115, **N),
        window("2024-09-30", "2024-10-15", event=DANG_BO, **N)), ()),
    "III.12": ("Trước, trong, sau các sự kiện kỷ niệm", (
        window("2023-12-25", "2024-01-08", event=CHIA_TACH, approximate=True, **N),
        window("2024-06-21", "2024-07-05", event=TINH_115, approximate=True, **N),
        window("2024-10-03", "2024-10-17", event=DANG_BO, approximate=True, **N)), ()),
    "III.13": ("Từ ngày 29/12/2023 - 7/01/2024 (Trước lễ mít tinh kỷ niệm 5 ngày và sau 2 ngày)", (
        window("2023-12-29", "2024-01-07", event=None, tentative=False,
               note=Text("Trước lễ mít tinh kỷ niệm 5 ngày và sau 2 ngày"), remark=RemarkSpec(MIT_TINH, 5, 2)),), ()),
    "III.14": ("Hoàn thành trước ngày 15/12/2023", (deadline("2023-12-14", **N),), ()),
    "III.15": ("Từ tháng 6/2023 -10/2024 (Tuyên truyền sâu đậm từng sự kiện theo KH)",
               (window("2023-06-01", "2024-10-31", note=Text("Tuyên truyền sâu đậm từng sự kiện theo KH")),), ()),
    "III.16": ("Từ tháng 12/2023 đến hết tháng 01/2024 và từng sự kiện theo Kế hoạch", (
        window("2023-12-01", "2024-01-31", **N),
        *(day(str(date), event=ev, approximate=True, note=Text("theo Kế hoạch")) for ev, date in III_EVENTS)), ()),
    "III.17": ("Hoàn thành trước Lễ mít tinh kỷ niệm 01 ngày",
               (deadline("2024-01-02", event=MIT_TINH, tentative=True, **N),), ()),
    "III.18": ("- Hoàn thành trước mỗi sự kiện 10 ngày - Số báo chuyên đề hoàn thành trước mỗi sự kiện 3 ngày", (
        deadline("2023-12-22", label="Hoàn thành", event=CHIA_TACH, **N),
        deadline("2024-06-18", label="Hoàn thành", event=TINH_115, **N),
        deadline("2024-09-30", label="Hoàn thành", event=DANG_BO, **N),
        deadline("2023-12-29", label="Số báo chuyên đề", event=CHIA_TACH, **N),
        deadline("2024-06-25", label="Số báo chuyên đề", event=TINH_115, **N),
        deadline("2024-10-07", label="Số báo chuyên đề", event=DANG_BO, **N)), ()),
    "III.19": ("Trong các tháng diễn ra các sự kiện", (
        window("2024-01-01", "2024-01-31", event=CHIA_TACH, **N),
        window("2024-06-01", "2024-06-30", event=TINH_115, **N),
        window("2024-10-01", "2024-10-31", event=DANG_BO, **N)), ()),
    "III.20": ("Trong tháng 1/2024 và tháng 10/2024",
               (window("2024-01-01", "2024-01-31", **N), window("2024-10-01", "2024-10-31", **N)), ()),
    "IV.1": ("Hoàn thành trước 15/3/2024", (deadline("2024-03-14", **N),), ()),
    "IV.2": ("Tháng 5/2024", (window("2024-05-01", "2024-05-31", **N),), ()),
    "IV.3": ("Thời gian diễn ra các hoạt động kỷ niệm",
             (window("2024-04-30", "2024-05-14", event=DBP, approximate=True, **N),), ()),
    "IV.4": ("Từ 20/4/2024 - 7/5/2024", (window("2024-04-20", "2024-05-07", **N),), ()),
}

# Cells with the document's own line breaks (as the PDF text has them).
AS_PRINTED = {
    "I.3": "- Từ tháng 6 đến hết \ntháng 8/2023 \n- Trên số báo gần \nnhất trước Hội nghị \nsơ kết của tỉnh  ",
    "I.7": "Từ tháng 6 đến hết \ntháng 8/2023 (vào các \nthời điểm phù hợp",
    "II.4": "Trên số báo gần \nnhất trước ngày diễn \nra sự kiện ",
    "II.5": "Hoàn thành trước sự \nkiện 10 ngày ",
    "II.6": "Từ tháng 6/2023 \nđến hết sự kiện ",
    "III.6": "- Triển khai từ quý \nI/2024 \n- Tổng kết trao giải \nngày 10/10/2024 ",
    "III.10": "Xuất bản số các \ntháng có sự kiện \ndiễn ra (từ tháng \n12/2023-10/2024) ",
    "III.13": "Từ ngày 29/12/2023 \n- 7/01/2024 \n(Trước lễ mít tinh \nkỷ niệm 5 ngày và \nsau 2 ngày) ",
    "III.15": "Từ tháng 6/2023 -\n10/2024 (Tuyên \ntruyền sâu đậm từng \nsự kiện theo KH) ",
    "III.16": "Từ tháng 12/2023 \nđến hết tháng \n01/2024 và từng sự \nkiện theo Kế hoạch ",
    "III.17": "Hoàn thành trước Lễ \nmít tinh kỷ niệm 01 \nngày ",
    "III.18": "- Hoàn thành trước \nmỗi sự kiện 10 ngày \n- Số báo chuyên đề \nhoàn thành trước \nmỗi sự kiện 3 ngày ",
    "IV.3": "Thời gian diễn ra \ncác hoạt động kỷ \nniệm ",
}

ROWS = [pytest.param(task, cell, id=task) for task, (cell, _, _) in SEED.items()]
ROWS += [pytest.param(task, cell, id=f"{task}-as-printed") for task, cell in AS_PRINTED.items()]


@pytest.mark.parametrize("task, cell", ROWS)
def test_seed_cell(task: str, cell: str):
    _, expected, unresolved = SEED[task]
    result = resolve_phrase(cell, CTX[task.split(".")[0]])
    problem = mismatch(result, expected, unresolved)
    assert problem is None, f"{task} {cell!r}\n{problem}"


def test_the_table_has_every_task_of_the_plan():
    sizes = {"I": 8, "II": 6, "III": 20, "IV": 4}
    assert len(SEED) == 38
    assert set(SEED) == {f"{s}.{k}" for s, n in sizes.items() for k in range(1, n + 1)}
    assert set(AS_PRINTED) <= set(SEED)
    for task in AS_PRINTED:  # the printed form is the same cell, line breaks aside
        assert "".join(AS_PRINTED[task].split()) == "".join(SEED[task][0].split())


def test_the_rally_remark_disagrees_with_any_single_date():
    """III.13: 5 days after the start is 3/1/2024, 2 days before the end is 5/1/2024."""
    [occ] = resolve_phrase(SEED["III.13"][0], CTX["III"]).occurrences
    assert occ.remark is not ANY and occ.remark is not None
    implied_by_start = occ.start + dt.timedelta(days=occ.remark.before)
    implied_by_end = occ.end - dt.timedelta(days=occ.remark.after)
    assert (implied_by_start, implied_by_end) == (dt.date(2024, 1, 3), dt.date(2024, 1, 5))
