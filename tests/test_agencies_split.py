"""Splitting lead/partner cells on the registry's names (not on bare commas)."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from kh_ical.agencies import AgencyRegistry, Role, agency_usage, scan_cell, split_cell
from kh_ical.errors import DataError
from kh_ical.model import Agency, AgencyRef, Plan, PlanInfo, Section, Task

AGENCIES = (
    Agency("so-vh", "Sở Văn hóa, Thể thao và Du lịch", "Sở VH,TT&DL", ("Sở VH,TT&DL",)),
    Agency("so-tt", "Sở Thông tin và Truyền thông", "Sở TT&TT", ("Sở TT&TT",)),
    Agency("btg", "Ban Tuyên giáo Tỉnh ủy"),
    Agency("cong", "Cổng Thông tin điện tử tỉnh", "Cổng TTĐT tỉnh", ("Cổng TTĐT", "Cổng TTĐT tỉnh")),
    Agency("trang", "Trang thông tin điện tử Tỉnh ủy", "Trang TTĐT Tỉnh ủy"),
    Agency("dai", "Đài Phát thanh - Truyền hình tỉnh", "Đài PT-TH tỉnh", ("Đài PT-TH tỉnh", "Đài PH-TH tỉnh")),
    Agency("ubnd", "UBND các huyện, thành phố", group=True, members=("ubnd-a",)),
    Agency("ubnd-a", "UBND huyện A"),
    Agency("hoa", "Hội Văn hóa tỉnh"),
)
GENERIC = ("Các đơn vị có liên quan", "Các sở, ban, ngành, địa phương có liên quan", "Các sở, ban, ngành liên quan")
REG = AgencyRegistry(AGENCIES, GENERIC)


@pytest.mark.parametrize(
    ("cell", "ref"),
    [
        ("Sở VH,TT&DL", AgencyRef(("so-vh",))),  # a comma inside a name
        ("Sở VH,TT&DL; UBND các huyện, thành phố", AgencyRef(("so-vh", "ubnd"))),
        ("Cổng TTĐT, Trang thông tin điện tử Tỉnh ủy", AgencyRef(("cong", "trang"))),  # two agencies
        ("Cổng TTĐT tỉnh, Trang TTĐT Tỉnh ủy", AgencyRef(("cong", "trang"))),  # longest alias wins
        ("Ban Tuyên giáo Tỉnh ủy; các sở, ban, ngành, địa phương có liên quan",
         AgencyRef(("btg",), ("các sở, ban, ngành, địa phương có liên quan",))),
        ("Các sở, ban, ngành liên quan", AgencyRef((), ("Các sở, ban, ngành liên quan",))),
        ("Ban Tuyên giáo Tỉnh ủy; sở TT&TT; sở VH,TT&DL.", AgencyRef(("btg", "so-tt", "so-vh"))),  # case, final dot
        ("Sở Văn hóa, Thể thao và Du lịch và Sở TT&TT", AgencyRef(("so-vh", "so-tt"))),  # "và" inside and between
        ("Đài PH-TH tỉnh; Đài PT–TH tỉnh", AgencyRef(("dai",))),  # typo alias; en dash; no repeats
        ("Ban Tuyên giáo Tỉnh uỷ", AgencyRef(("btg",))),  # old tone placement
        ("  ban   tuyên giáo\ntỉnh ủy  ", AgencyRef(("btg",))),  # case and spacing
        ("BAN TUYÊN GIÁO TỈNH ỦY", AgencyRef(("btg",))),
        ("Hội Văn hoá tỉnh", AgencyRef(("hoa",))),  # hoá/hóa
    ],
)
def test_cells_split_on_registry_names(cell, ref):
    assert split_cell(cell, REG) == ref


def test_nfd_input_matches_nfc_names():
    cell = unicodedata.normalize("NFD", "Ban Tuyên giáo Tỉnh ủy; Sở VH,TT&DL")
    assert cell != unicodedata.normalize("NFC", cell)
    assert split_cell(cell, REG) == AgencyRef(("btg", "so-vh"))


def test_diacritics_are_not_stripped():
    """"Ban Tuyen giao Tinh uy" is not the same words: it is reported, not matched."""
    scan = scan_cell("Ban Tuyen giao Tinh uy", REG)
    assert scan.matches == () and scan.unknown == ("Ban Tuyen giao Tinh uy",)


def test_leftover_words_are_quoted_as_written():
    scan = scan_cell("Sở VH-TT, Ban Tuyên giáo Tỉnh ủy (chủ trì); các đơn vị", REG)
    assert scan.ref == AgencyRef(("btg",))
    assert scan.unknown == ("Sở VH-TT", "(chủ trì)", "các đơn vị")


def test_matches_keep_the_cell_wording():
    scan = scan_cell("sở VH,TT&DL; Cổng TTĐT", REG)
    assert [(m.name.agency, m.text) for m in scan.matches] == [("so-vh", "sở VH,TT&DL"), ("cong", "Cổng TTĐT")]


def test_split_cell_raises_with_did_you_mean():
    with pytest.raises(DataError) as info:
        split_cell("Sở VH-TT; Sở Nội vụ", REG, place="data/tasks.json: tasks[12] (III.5).lead")
    assert [str(p) for p in info.value.problems] == [
        'data/tasks.json: tasks[12] (III.5).lead: không biết cơ quan "Sở VH-TT" — có phải "Sở VH,TT&DL"?'
        " Thêm nó vào data/agencies.json như một tên gọi khác (aliases) của cơ quan đó (hoặc sửa ô)",
        'data/tasks.json: tasks[12] (III.5).lead: không biết cơ quan "Sở Nội vụ"'
        ' — Thêm nó vào data/agencies.json: như một cơ quan mới, một tên gọi khác (aliases) của cơ quan đã có,'
        ' hoặc trong "generic"',
    ]


def _plan() -> Plan:
    tasks = (
        Task("I.1", "I", "a", "Sở VH,TT&DL; UBND các huyện, thành phố", "Các đơn vị có liên quan", "Quý IV/2023",
             AgencyRef(("so-vh", "ubnd")), AgencyRef((), ("Các đơn vị có liên quan",))),
        Task("I.2", "I", "b", "UBND huyện A", "Sở VH,TT&DL", "Quý IV/2023",
             AgencyRef(("ubnd-a",)), AgencyRef(("so-vh",))),
    )
    info = PlanInfo("1-KH/T", "KH 1", "Ban", dt.date(2023, 1, 1), "T")
    return Plan(info, (Section("I", "Mục I"),), tasks, (), AGENCIES)


def test_agency_usage_counts_groups_expanded():
    usage = {u.agency.id: u for u in agency_usage(_plan())}
    assert (usage["so-vh"].lead, usage["so-vh"].partner) == (("I.1",), ("I.2",))
    assert usage["so-vh"].cells == (
        (Role.LEAD, "Sở VH,TT&DL; UBND các huyện, thành phố", ("I.1",)),
        (Role.PARTNER, "Sở VH,TT&DL", ("I.2",)),
    )
    assert (usage["ubnd-a"].lead, usage["ubnd-a"].groups) == (("I.1", "I.2"), ("ubnd",))
    assert usage["ubnd"].lead == ("I.1",) and usage["btg"].lead == ()
