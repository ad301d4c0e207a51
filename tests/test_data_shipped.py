"""The shipped data (data/*.json): KH 171 as written, and registries that read every cell.

The expected cells are copied from the plan's text as literals, so that this
test does not depend on anything outside the repository.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest

from kh_ical.agencies import AgencyRegistry, scan_cell
from kh_ical.loader import RESERVED_IDS, load_plan
from kh_ical.model import EventStatus
from kh_ical.resolve import resolve_plan
from kh_ical.text import slugify

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def plan():
    return load_plan(DATA)


def test_plan_metadata(plan):
    info = plan.info
    assert (info.id, info.short_name, info.date) == ("171-KH/BTGTU", "KH 171", dt.date(2023, 5, 30))
    assert info.issuer == "Ban Tuyên giáo Tỉnh ủy Lai Châu" and info.timezone == "Asia/Ho_Chi_Minh"


def test_tasks_per_section(plan):
    assert Counter(t.section for t in plan.tasks) == {"I": 8, "II": 6, "III": 20, "IV": 4}
    for section in plan.sections:
        ids = [t.id for t in plan.tasks if t.section == section.id]
        assert ids == [f"{section.id}.{n}" for n in range(1, len(ids) + 1)]


def test_section_titles_as_written(plan):
    assert [s.title for s in plan.sections] == [
        "Sơ kết giữa nhiệm kỳ thực hiện nghị quyết đại hội đảng bộ các cấp, Nghị quyết Đại hội Đảng bộ tỉnh"
        " lần thứ XIV, nhiệm kỳ 2020-2025",
        "Kỷ niệm 70 ngày giải phóng thị trấn Lai Châu gắn với 70 năm ngày Bác Hồ gửi thư cho đồng bào và cán bộ"
        " Lai Châu (12/12/1953 - 12/12/2023)",  # "70 ngày": the document's own typo
        "Kỷ niệm 115 năm thành lập tỉnh Lai Châu; 75 năm thành lập Đảng bộ tỉnh; 20 năm chia tách, thành lập"
        " tỉnh Lai Châu",
        "Kỷ niệm 70 năm Ngày Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024)",
    ]


# (task, field, text as in the document with line breaks undone)
CELLS = [
    ("I.1", "timing", "Đã hoàn thành (12/4/2023)"),
    ("I.1", "partners", "Các cơ quan, đơn vị, địa phương có liên quan"),
    ("I.2", "lead", "Báo Lai Châu; Đài PT-TH tỉnh; Cổng TTĐT, Trang thông tin điện tử Tỉnh ủy"),
    ("I.3", "timing", "- Từ tháng 6 đến hết tháng 8/2023 - Trên số báo gần nhất trước Hội nghị sơ kết của tỉnh"),
    ("I.5", "content", "Xây dựng phóng sự chuyên đề “Lai Châu sau nửa nhiệm kỳ thực hiện Nghị quyết Đại hội"
                       " Đảng bộ tỉnh lần thứ XIV”."),
    ("I.5", "partners", "Ban Tuyên giáo Tỉnh ủy; các sở, ban, ngành, địa phương có liên quan"),
    ("I.7", "timing", "Từ tháng 6 đến hết tháng 8/2023 (vào các thời điểm phù hợp"),  # unclosed, as written
    ("I.8", "lead", "Ban tuyên giáo (tuyên huấn) các huyện uỷ, thành uỷ, đảng uỷ trực thuộc, Mặt trận Tổ quốc"
                    " và các tổ chức chính trị - xã hội tỉnh"),
    ("II.3", "partners", "Trường Chính trị tỉnh, các huyện ủy, thành ủy, Đảng ủy trực thuộc tỉnh"),
    ("II.4", "timing", "Trên số báo gần nhất trước ngày diễn ra sự kiện"),
    ("II.6", "lead", "Các cơ quan báo chí tỉnh; Hội VH-NT"),
    ("III.3", "lead", "Ban Tuyên giáo Tỉnh ủy; sở TT&TT; sở VH,TT&DL; Văn phòng UBND tỉnh."),
    ("III.3", "partners", "Các đơn vị liên quan"),
    ("III.5", "partners", "BCĐ xây dựng cuốn Biên niên, các sở, ban, ngành, địa phương có liên quan"),
    ("III.6", "timing", "- Triển khai từ quý I/2024 - Tổng kết trao giải ngày 10/10/2024"),
    ("III.10", "timing", "Xuất bản số các tháng có sự kiện diễn ra (từ tháng 12/2023-10/2024)"),
    ("III.13", "content", "Tổ chức triển lãm ảnh “Lai Châu sau 20 năm chia tách, thành lập tỉnh” (Nơi diễn ra"
                          " lễ mít tinh kỷ niệm)."),
    ("III.13", "timing", "Từ ngày 29/12/2023 - 7/01/2024 (Trước lễ mít tinh kỷ niệm 5 ngày và sau 2 ngày)"),
    ("III.14", "partners", "Hội VH-NT tỉnh; các tổ chức, cá nhân có liên quan"),
    ("III.15", "lead", "Đài PT-TH tỉnh, Báo Lai Châu, Cổng TTĐT tỉnh, Trang TTĐT Tỉnh ủy; các cơ quan, đơn vị,"
                       " địa phương"),
    ("III.15", "timing", "Từ tháng 6/2023 -10/2024 (Tuyên truyền sâu đậm từng sự kiện theo KH)"),
    ("III.18", "lead", "Đài PH-TH tỉnh; Báo Lai Châu"),  # "PH-TH": the document's own typo
    ("III.19", "partners", "Các tổ chức Đảng"),
    ("III.20", "partners", "Sở GD&ĐT; Trường CĐCĐ"),
    ("IV.3", "timing", "Thời gian diễn ra các hoạt động kỷ niệm"),
    ("IV.4", "timing", "Từ 20/4/2024 - 7/5/2024"),
]


@pytest.mark.parametrize(("task_id", "field", "text"), CELLS, ids=[f"{t}.{f}" for t, f, _ in CELLS])
def test_cell_word_for_word(plan, task_id, field, text):
    task = next(t for t in plan.tasks if t.id == task_id)
    assert getattr(task, field) == text


def test_cells_are_single_clean_lines(plan):
    for task in plan.tasks:
        for field in ("content", "lead", "partners", "timing"):
            value = getattr(task, field)
            assert value == value.strip() and "\n" not in value and "  " not in value, (task.id, field)


def test_events_of_the_brief(plan):
    expected = {
        "hoi-nghi-so-ket-giua-nhiem-ky": (None, EventStatus.UNKNOWN),
        "70-nam-bac-ho-gui-thu": (dt.date(2023, 12, 12), EventStatus.CONFIRMED),
        "20-nam-chia-tach-tinh": (dt.date(2024, 1, 1), EventStatus.CONFIRMED),
        "115-nam-thanh-lap-tinh": (dt.date(2024, 6, 28), EventStatus.CONFIRMED),
        "75-nam-thanh-lap-dang-bo-tinh": (dt.date(2024, 10, 10), EventStatus.CONFIRMED),
        "le-mit-tinh-ky-niem": (dt.date(2024, 1, 3), EventStatus.ESTIMATED),
        "70-nam-chien-thang-dien-bien-phu": (dt.date(2024, 5, 7), EventStatus.CONFIRMED),
    }
    assert {e.id: (e.date, e.status) for e in plan.events} == expected
    assert all(e.source for e in plan.events)
    assert [s.events for s in plan.sections] == [
        ("hoi-nghi-so-ket-giua-nhiem-ky",),
        ("70-nam-bac-ho-gui-thu",),
        ("20-nam-chia-tach-tinh", "115-nam-thanh-lap-tinh", "75-nam-thanh-lap-dang-bo-tinh"),
        ("70-nam-chien-thang-dien-bien-phu",),
    ]


def test_event_aliases_match_the_timing_cells(plan):
    from kh_ical.events import find_event_mentions

    i3 = next(t for t in plan.tasks if t.id == "I.3").timing
    iii17 = next(t for t in plan.tasks if t.id == "III.17").timing
    assert [m[2] for m in find_event_mentions(i3, plan.events)] == ["hoi-nghi-so-ket-giua-nhiem-ky"]
    assert [m[2] for m in find_event_mentions(iii17, plan.events)] == ["le-mit-tinh-ky-niem"]


def test_agency_ids_are_slugs_of_their_names(plan):
    for agency in plan.agencies:
        assert agency.id == slugify(agency.name) and agency.id not in RESERVED_IDS


@pytest.mark.parametrize(
    ("alias", "agency_id"),
    [
        ("Đài PT-TH tỉnh", "dai-phat-thanh-truyen-hinh-tinh"),
        ("Đài PH-TH tỉnh", "dai-phat-thanh-truyen-hinh-tinh"),
        ("Hội VH-NT", "hoi-van-hoc-nghe-thuat-tinh"),
        ("Hội VH-NT tỉnh", "hoi-van-hoc-nghe-thuat-tinh"),
        ("sở TT&TT", "so-thong-tin-va-truyen-thong"),
        ("Sở VH,TT&DL", "so-van-hoa-the-thao-va-du-lich"),
        ("Cổng TTĐT", "cong-thong-tin-dien-tu-tinh"),
        ("Trang TTĐT Tỉnh ủy", "trang-thong-tin-dien-tu-tinh-uy"),
        ("Trường CĐCĐ", "truong-cao-dang-cong-dong-lai-chau"),
    ],
)
def test_aliases_as_they_occur(plan, alias, agency_id):
    assert scan_cell(alias, AgencyRegistry(plan.agencies)).ref.agencies == (agency_id,)


def test_groups_and_their_members(plan):
    groups = {a.id: a.members for a in plan.agencies if a.group}
    assert set(groups) == {
        "uy-ban-nhan-dan-cac-huyen-thanh-pho",
        "cac-huyen-uy-thanh-uy-dang-uy-truc-thuoc-tinh",
        "ban-tuyen-giao-tuyen-huan-cac-huyen-uy-thanh-uy-dang-uy-truc-thuoc",
        "cac-co-quan-bao-chi-tinh",
        "cac-to-chuc-chinh-tri-xa-hoi-tinh",
    }
    districts = ["thanh-pho-lai-chau", "huyen-tam-duong", "huyen-phong-tho", "huyen-sin-ho", "huyen-muong-te",
                 "huyen-nam-nhun", "huyen-than-uyen", "huyen-tan-uyen"]
    assert groups["uy-ban-nhan-dan-cac-huyen-thanh-pho"] == tuple(f"uy-ban-nhan-dan-{d}" for d in districts)
    assert groups["cac-co-quan-bao-chi-tinh"] == ("bao-lai-chau", "dai-phat-thanh-truyen-hinh-tinh")
    assert len(groups["cac-to-chuc-chinh-tri-xa-hoi-tinh"]) == 5


def test_lead_cells_name_agencies_and_generic_wording_is_kept(plan):
    by_id = {t.id: t for t in plan.tasks}
    assert by_id["III.3"].lead_ref.agencies == (
        "ban-tuyen-giao-tinh-uy", "so-thong-tin-va-truyen-thong", "so-van-hoa-the-thao-va-du-lich",
        "van-phong-uy-ban-nhan-dan-tinh",
    )
    assert by_id["III.15"].lead_ref.generic == ("các cơ quan, đơn vị, địa phương",)
    assert by_id["I.5"].partners_ref.generic == ("các sở, ban, ngành, địa phương có liên quan",)


def test_every_timing_cell_resolves(plan):
    resolved = resolve_plan(plan)
    assert resolved.errors == ()
    assert [(t.id, u.event) for t, u in resolved.unresolved] == [("I.3", "hoi-nghi-so-ket-giua-nhiem-ky")]


@pytest.mark.parametrize("name", ["tasks.json", "events.json", "agencies.json"])
def test_files_are_in_the_editable_layout(name):
    text = (DATA / name).read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"
