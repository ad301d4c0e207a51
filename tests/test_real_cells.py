"""Real timing cells of public documents (tests/corpus/), answers worked out by hand.

The resolver may refuse a cell (a clear error is safe) but must never give a date other
than the one worked out by hand. The share of cells it reads right is recorded here as a
floor, so that a change that reads fewer real cells fails; raise the floor when it improves.
`python -m tests.corpus.score -v NAME` shows every cell that is not right.
"""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

from tests.corpus.score import dated, instances_apart, judge, score
from tests.corpus.spec import Cell, Doc, Item, parse_expect

# name: (cells read right, of which dated) as last measured. The sets named heldout_* were
# scored once, after the rules were written, and are floors only from then on: their first
# scores were heldout_edu_health 55 right (48 of 69 dated) with 2 wrong, heldout_sectors 43
# right (43 of 62 dated) with 1 wrong; the wrong ones were then fixed (README, "our
# decisions"), nothing else was tuned on them. Round 4 (heldout_organisations 38 right, 37
# of 61 dated, 1 wrong; heldout_economy 6 right, 6 of 52 dated, 1 wrong) was scored at the
# end of the session and left as it was: both wrong cells are readings, not lost dates (see
# WRONG_AT_FIRST). It then served to write the rule "lời văn quanh mốc thời gian" (issue 10,
# item 4), so it is held out no more. Round 5 was scored once at first: heldout_land_rural 77
# right (71 of 115 dated), 50 refused, 6 wrong; heldout_culture_admin 63 right (60 of 88 dated),
# 29 refused, 1 wrong. Its wrong cells were then fixed or found disputed (WRONG_AT_FIRST) and its
# refusals served to write rules, so it is held out no more either. Round 6 was scored once at
# first, after round 5's rules: heldout_social 85 right (83 of 110 dated), 31 refused, 0 wrong;
# heldout_finance_party 86 right (85 of 97 dated), 8 refused, 4 wrong (the dates right, the kinds
# not: "bắt đầu từ … và hoàn thành trước …" read as a day and a deadline, now one window; "sẽ kết
# thúc vào 10/6" disputed below). Its refusals then served to write rules (issue 10: phases "Giai đoạn N",
# halves of a month, "tại thời điểm", "nhân ngày", counts in words, deadlines said after their date), so it
# is held out no more. Round 7 (heldout_south_mekong, heldout_north_ministries, collected last session and not
# looked at before) was scored once, after this session's rules (timed windows, month headings, lists said once):
# heldout_south_mekong 122 right (122 of 148 dated, 82 %), 22 refused, 5 wrong; heldout_north_ministries 91 right
# (90 of 119 dated, 76 %), 29 refused, 1 wrong. Four of south_mekong's wrong cells were one resolver fault (a start
# "bắt đầu từ ngày 4/9" with no year, or after a label "học kỳ II", not joined with its "kết thúc trước …"):
# fixed (parser.start_and_end); the fifth and north_ministries' one are disputed below. Below the issue's 90 %: round 7 is a development
# set from now on. Round 8 (heldout_central_coast, 138 cells of 56 documents; heldout_party_mass, 113 of 63:
# collected this session by collectors who never ran the resolver, after the rules above and round 7's) was
# scored once: central_coast 97 right (97 of 137 dated, 71 %), 37 refused, 4 wrong; party_mass 67 right (67 of
# 113 dated, 59 %), 46 refused, 0 wrong. Three wrong cells were "Tết" days read by a rule written that
# session without seeing them ("30 Tết" is the 12th lunar month's, not the first's; a solar gloss with
# its year names which Tết); one was "bắt đầu từ … và hoàn thành chậm nhất …" not joined. Round 8 is a
# development set from then on. dev_* were held-out sets of earlier rounds.
FLOORS = {
    "heldout_central_coast": (111, 111),
    "heldout_party_mass": (80, 80),
    "heldout_south_mekong": (139, 139),
    "heldout_north_ministries": (103, 102),
    "heldout_social": (107, 105),
    "heldout_finance_party": (96, 95),
    "heldout_land_rural": (105, 91),
    "heldout_culture_admin": (72, 69),
    "heldout_organisations": (55, 54),
    "heldout_economy": (37, 29),
    "heldout_edu_health": (68, 61),
    "heldout_sectors": (52, 52),
    "real_north": (143, 128),
    "real_central": (116, 114),
    "dev_south": (37, 37),
    "dev_mekong": (78, 78),
    "dev_plans": (33, 30),
    "dev_notices": (72, 61),
}


def cells(name: str):
    return importlib.import_module(f"tests.corpus.{name}").CELLS


# Cells of the last held-out round read otherwise than their collector (who marked both
# "unsure"): "Dự kiến từ nay đến ngày 1/7/2021" is a window from the plan's date (README:
# "từ nay đến <B>"), not a deadline; the second window of "… (sử dụng mặt bằng … từ ngày 14/5
# đến hết ngày 26/5)" stays in the note, as the contract says of dated remarks. Listed so that
# no other wrong cell can hide among them.
WRONG_AT_FIRST = {
    "Dự kiến từ nay đến ngày 1/7/2021",
    "Thời gian từ ngày 19/5 đến hết ngày 23/5 (sử dụng mặt bằng để thi công lắp đặt, tháo dỡ từ ngày 14/5 đến"
    " hết ngày 26/5).",
    # Round 5, answers disputed (left as collected), one line each:
    # "00h00 … 24h00" is the all-day window 9/9/2025–30/12/2026 (README); the answer adds "T00:00", the same start.
    "Bắt đầu từ 00h00’ ngày 09/9/2025 đến 24h00’ ngày 30/12/2026.",
    # A day with no year takes Doc.year (conventions), 2022, as the collector's own note says; the answer reads 2021.
    "15-20/12",
    # "Đến X" used as an end is a deadline on X (conventions); the answer reads a day on X, marked unsure.
    "Đến ngày 04/01/2026",
    # Round 6: the same day, 10/6; "kết thúc" is read as the activity's closing day (as "khai mạc", "bế mạc"),
    # the answer as a deadline. Neither is a wrong date; which kind is meant the words do not say.
    "sẽ kết thúc vào 10/6",
    # Round 7: the source writes 9/1/2022 (a typo for 2023); the answer corrects it, the resolver reads what is
    # written (a window 9/1/2022 – 24/5/2023). The collector's whole days for "bắt đầu từ 10h00' … và kết thúc vào
    # 10h00' …" predate the timed-window rule (README, Times): the same days, from 10:00 to 10:00.
    "học kỳ II bắt đầu từ ngày 9/1/2022 và kết thúc trước ngày 25/5/2023",
    "bắt đầu từ 10h00' ngày 14/4/2023 và kết thúc vào 10h00' ngày 24/4/2023.",
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_no_wrong_date_and_no_fewer_right(name):
    verdicts = score(cells(name))
    wrong = [f"{v.cell.text!r}: {v.detail}" for v in verdicts["wrong"] if v.cell.text not in WRONG_AT_FIRST]
    assert wrong == []
    right = len(verdicts["right"])
    right_dated = sum(dated(v.cell) for v in verdicts["right"])
    floor_right, floor_dated = FLOORS[name]
    assert right >= floor_right and right_dated >= floor_dated, (right, right_dated)


def test_the_corpus_is_real_and_large_enough():
    """At least 200 cells from 40 documents besides the shipped plan, each with its source."""
    all_cells = [c for name in FLOORS for c in cells(name)]
    docs = {c.doc for c in all_cells}
    assert len(all_cells) >= 200 and len(docs) >= 40
    assert all(d.source.strip() and d.title.strip() for d in docs)
    assert not any("171-KH/BTGTU" in d.title for d in docs)
    for c in all_cells:
        parse_expect(c.expect)  # every answer is well formed


def _w(a: str, b: str) -> Item:
    return Item("W", dt.date.fromisoformat(a), dt.date.fromisoformat(b))


def test_a_repeating_item_is_matched_by_instances_of_its_own_period():
    """The quarters of "hàng quý và hàng năm" are the quarterly item's instances, the years beside
    them the yearly item's: a year within the quarters' range is no quarter."""
    yearly, quarterly = parse_expect("R W 2025-10-01..2025-12-31 2026-01-01..2026-03-31 ... 2026-10-01..2026-12-31;"
                                     " R W 2025-01-01..2025-12-31 ... 2026-01-01..2026-12-31")  # sorted by start
    quarters = [_w("2025-10-01", "2025-12-31"), _w("2026-01-01", "2026-03-31"), _w("2026-04-01", "2026-06-30"),
                _w("2026-07-01", "2026-09-30"), _w("2026-10-01", "2026-12-31")]
    years = [_w("2025-01-01", "2025-12-31"), _w("2026-01-01", "2026-12-31")]
    assert instances_apart(quarterly, quarters + years) == quarters
    assert instances_apart(yearly, quarters + years) == years
    assert instances_apart(quarterly, years) is None  # nothing else loosened: years are no quarters
    assert instances_apart(quarterly, quarters[1:] + years) is None  # the first quarter is missing
    doc = Doc("Kế hoạch thử", "https://example.org", date="2025-11-21", end="2026-12-31")
    cell = Cell(doc, "báo cáo tổng hợp hàng quý và hàng năm",
                "R W 2025-10-01..2025-12-31 2026-01-01..2026-03-31 ... 2026-10-01..2026-12-31;"
                " R W 2025-01-01..2025-12-31 2026-01-01..2026-12-31")
    assert judge(cell).outcome == "right", judge(cell).detail
