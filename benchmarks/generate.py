"""Synthetic plans for benchmarks: data folders in the shipped format.

`generate(out_dir, tasks, agencies, seed)` writes tasks.json, events.json and
agencies.json that `kh_ical.loader.load_plan` reads. Everything comes from
`random.Random(seed)` (no clock), so one (size, seed) always gives the same
bytes. Timing cells are drawn from the constructs of the timing contract
(docs: timing phrases): periods, deadlines, ranges, multi-part cells, day
spans, phases, timed days, undated parts, remarks, and cells relative to the
section's events (fanning out over several) or to a named event; events are
confirmed, estimated or of unknown date. Lead and partner cells name
agencies, groups and generic wording of a registry of N agencies, written as
names, short forms or aliases.

Every cell is checked with the resolver while generating: a cell that raises
is a generator bug (`GeneratorBug`), never silently dropped.

    python -m benchmarks.generate --tasks 1000 --agencies 200 --out /tmp/plan-1k
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from kh_ical.errors import PhraseError
from kh_ical.model import Event, EventStatus
from kh_ical.resolve import ResolveContext, resolve_phrase
from kh_ical.text import match_key, slugify

# The benchmark sizes of issue 6: (tasks, agencies).
SIZES = {40: 50, 1_000: 200, 10_000: 500, 100_000: 500}
PLAN_YEAR = 2025
TASKS_PER_SECTION = (10, 50)  # uniform range
WEEKLY = "FREQ=WEEKLY;BYDAY=MO,WE,FR"
GROUP_MAX = 8  # members of a group (the shipped plan's groups have 2 to 8)

GENERIC = (
    "Các cơ quan, đơn vị, địa phương có liên quan",
    "Các sở, ban, ngành, địa phương có liên quan",
    "Các sở, ban, ngành liên quan",
    "Các đơn vị có liên quan",
    "Các đơn vị liên quan",
    "Các tổ chức, cá nhân có liên quan",
)

# (topic, abbreviation) of departments: "Sở Y tế" / "Sở YT", "Phòng Y tế huyện …".
TOPICS = (
    ("Tài chính", "TC"), ("Nội vụ", "NV"), ("Tư pháp", "TP"), ("Y tế", "YT"),
    ("Giáo dục và Đào tạo", "GD&ĐT"), ("Xây dựng", "XD"), ("Công Thương", "CT"),
    ("Nông nghiệp và Phát triển nông thôn", "NN&PTNT"), ("Tài nguyên và Môi trường", "TN&MT"),
    ("Giao thông vận tải", "GTVT"), ("Lao động - Thương binh và Xã hội", "LĐ-TB&XH"),
    ("Khoa học và Công nghệ", "KH&CN"), ("Kế hoạch và Đầu tư", "KH&ĐT"),
    ("Văn hóa, Thể thao và Du lịch", "VH,TT&DL"), ("Thông tin và Truyền thông", "TT&TT"),
    ("Dân tộc", "DT"), ("Thanh tra", "TTr"),
)
PROVINCIAL = (
    ("Ban Tuyên giáo Tỉnh ủy", "", ()), ("Văn phòng Tỉnh ủy", "", ()), ("Ban Tổ chức Tỉnh ủy", "", ()),
    ("Ban Dân vận Tỉnh ủy", "", ()), ("Ủy ban Kiểm tra Tỉnh ủy", "", ()),
    ("Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh", ()),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban MTTQ tỉnh", ("Mặt trận Tổ quốc",)),
    ("Tỉnh Đoàn", "", ()), ("Hội Liên hiệp Phụ nữ tỉnh", "", ()), ("Hội Nông dân tỉnh", "", ()),
    ("Hội Cựu chiến binh tỉnh", "", ()), ("Liên đoàn Lao động tỉnh", "", ()),
    ("Trường Chính trị tỉnh", "", ()), ("Hội Văn học - Nghệ thuật tỉnh", "Hội VH-NT tỉnh", ("Hội VH-NT",)),
    ("Cổng Thông tin điện tử tỉnh", "Cổng TTĐT tỉnh", ("Cổng TTĐT",)),
)
NEWSPAPERS = (
    ("Báo Lai Châu", "", ()),
    ("Đài Phát thanh - Truyền hình tỉnh", "Đài PT-TH tỉnh", ("Đài PTTH tỉnh",)),
    ("Tạp chí Văn nghệ tỉnh", "", ()),
)
PLACES = (
    "Tam Đường", "Phong Thổ", "Sìn Hồ", "Mường Tè", "Nậm Nhùn", "Than Uyên", "Tân Uyên", "Mường Lay",
    "Điện Biên Đông", "Tủa Chùa", "Tuần Giáo", "Mường Ảng", "Mường Chà", "Nậm Pồ", "Mường Nhé", "Bát Xát",
    "Bảo Thắng", "Bảo Yên", "Bắc Hà", "Mường Khương", "Si Ma Cai", "Văn Bàn", "Quản Bạ", "Đồng Văn",
    "Mèo Vạc", "Yên Minh", "Hoàng Su Phì", "Xín Mần", "Bắc Mê", "Vị Xuyên",
)
OCCASIONS = (
    ("Kỷ niệm {n} năm Ngày thành lập huyện {p}", "{n} năm thành lập huyện {p}"),
    ("Kỷ niệm {n} năm Ngày giải phóng huyện {p}", "{n} năm giải phóng huyện {p}"),
    ("Lễ mít tinh kỷ niệm {n} năm Ngày truyền thống huyện {p}", "Lễ mít tinh {n} năm truyền thống {p}"),
    ("Hội nghị sơ kết giữa nhiệm kỳ Đảng bộ huyện {p} lần thứ {n}", "Hội nghị sơ kết huyện {p} lần {n}"),
    ("Đại hội đại biểu các dân tộc thiểu số huyện {p} lần thứ {n}", "Đại hội dân tộc thiểu số {p} lần {n}"),
    ("Ngày hội văn hóa các dân tộc huyện {p} lần thứ {n}", "Ngày hội văn hóa {p} lần {n}"),
)
LABELS = ("Triển khai", "Tổng kết", "Phát động", "Sơ kết", "Tổ chức")
ROMAN = ("I", "II", "III", "IV")


class GeneratorBug(Exception):
    """A generated cell the resolver refuses: the generator, not the data, is wrong."""


# ------------------------------------------------------------------ agencies


@dataclass
class Registry:
    """Agency entries (dicts in the shipped format) and how cells may name each."""

    entries: list[dict]
    spellings: dict[str, list[str]]  # id → names a cell may use
    newspapers: list[str]  # ids with a publication_rrule


def _entry(name: str, short: str = "", aliases: tuple[str, ...] = (), members: list[str] | None = None,
           rrule: str | None = None) -> dict:
    entry = {"id": slugify(name), "name": name, "short": short, "aliases": list(aliases),
             "group": members is not None, "members": members or [], "publication_rrule": rrule}
    if rrule:
        entry["publication_start"] = f"{PLAN_YEAR - 1}-12-01"
    return entry


def _plain_agencies() -> list[dict]:
    """Every non-group agency the generator knows, in a fixed order."""
    out = [_entry(n, s, a) for n, s, a in PROVINCIAL]
    out += [_entry(n, s, a, rrule=WEEKLY if i != 1 else None) for i, (n, s, a) in enumerate(NEWSPAPERS)]
    out += [_entry(f"Sở {t}", f"Sở {ab}") for t, ab in TOPICS]
    for place in PLACES:
        out.append(_entry(f"Ủy ban nhân dân huyện {place}", f"UBND huyện {place}"))
        out.append(_entry(f"Huyện ủy {place}"))
        out.append(_entry(f"Ban Tuyên giáo Huyện ủy {place}"))
        out += [_entry(f"Phòng {t} huyện {place}", f"Phòng {ab} huyện {place}") for t, ab in TOPICS]
    return out


def _groups(chosen: list[dict], count: int) -> list[dict]:
    """Groups over the chosen agencies ("UBND các huyện", "Phòng Y tế các huyện", …)."""
    ids = [e["id"] for e in chosen]
    specs = [
        ("Ủy ban nhân dân các huyện, thành phố", "UBND các huyện, thành phố", "uy-ban-nhan-dan-huyen-"),
        ("Các huyện ủy, thành ủy, Đảng ủy trực thuộc tỉnh", "", "huyen-uy-"),
        ("Ban Tuyên giáo các huyện ủy, thành ủy", "", "ban-tuyen-giao-huyen-uy-"),
        ("Các cơ quan báo chí tỉnh", "", None),
    ]
    specs += [(f"Phòng {t} các huyện, thành phố", f"Phòng {ab} các huyện", f"phong-{slugify(t)}-huyen-")
              for t, ab in TOPICS]
    news = [e["id"] for e in chosen if e["publication_rrule"] or e["name"].startswith("Đài")]
    groups = []
    for name, short, prefix in specs:
        members = news if prefix is None else [i for i in ids if i.startswith(prefix)][:GROUP_MAX]
        if len(members) >= 2 and len(groups) < count:
            groups.append(_entry(name, short, members=members))
    return groups


def make_registry(n: int) -> Registry:
    """N agencies: about 1 in 25 a group, the rest provincial then district bodies."""
    plain = _plain_agencies()
    want_groups = max(2, n // 25)
    if n - want_groups > len(plain):
        raise ValueError(f"at most {len(plain) + want_groups} agencies can be generated")
    chosen = plain[: n - want_groups]
    groups = _groups(chosen, want_groups)
    chosen = plain[: n - len(groups)]  # fewer groups possible: fill with agencies
    groups = _groups(chosen, len(groups))
    entries = chosen + groups
    spellings = {e["id"]: [s for s in (e["name"], e["short"], *e["aliases"]) if s] for e in entries}
    newspapers = [e["id"] for e in entries if e["publication_rrule"]]
    return Registry(entries, spellings, newspapers)


# ------------------------------------------------------------------ events


def make_events(rng: random.Random, k: int) -> list[Event]:
    """K ≥ 3 events after the plan's date: ~75 % confirmed, ~15 % estimated, ~10 % unknown (one of each at least)."""
    events: list[Event] = []
    seen: set[str] = set()
    unknown, estimated = max(1, k // 10), max(1, k * 15 // 100)
    statuses = [EventStatus.UNKNOWN] * unknown + [EventStatus.ESTIMATED] * estimated
    statuses += [EventStatus.CONFIRMED] * (k - len(statuses))
    rng.shuffle(statuses)
    while len(events) < k:
        name_t, alias_t = rng.choice(OCCASIONS)
        n, place = rng.randint(10, 120), rng.choice(PLACES)
        name, alias = name_t.format(n=n, p=place), alias_t.format(n=n, p=place)
        if match_key(name) in seen or match_key(alias) in seen:
            continue
        seen.update((match_key(name), match_key(alias)))
        status = statuses[len(events)]
        first, last = dt.date(PLAN_YEAR, 3, 1), dt.date(PLAN_YEAR + 1, 11, 30)
        date = None if status is EventStatus.UNKNOWN else _day(rng, first, last)
        events.append(Event(f"su-kien-{len(events) + 1}", name, (alias,), date, status, "Sinh tự động (benchmark)."))
    return events


def _day(rng: random.Random, lo: dt.date, hi: dt.date) -> dt.date:
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


# ------------------------------------------------------------------ timing cells


@dataclass
class CellEnv:
    """What a cell may refer to: the plan's year, its section's events, every event."""

    rng: random.Random
    section_events: list[Event]
    events: list[Event]
    year: int = PLAN_YEAR
    named_events: list[Event] = field(default_factory=list)  # events the cell names

    def y(self) -> int:
        return self.year + self.rng.randint(0, 1)

    def date(self, y: int | None = None, lo_day: int = 1, hi_day: int = 28) -> tuple[int, int, int]:
        return self.rng.randint(lo_day, hi_day), self.rng.randint(1, 12), y or self.y()

    def dmy(self, y: int | None = None) -> str:
        d, m, yy = self.date(y)
        return self.rng.choice((f"{d}/{m}/{yy}", f"{d:02d}/{m:02d}/{yy}", f"{d}-{m}-{yy}", f"{d}.{m}.{yy}"))

    def span(self) -> tuple[dt.date, dt.date]:
        a = _day(self.rng, dt.date(self.year, 1, 1), dt.date(self.year + 1, 10, 31))
        return a, a + dt.timedelta(days=self.rng.randint(1, 60))

    def quarter(self) -> str:
        q, y = self.rng.randint(1, 4), self.y()
        return self.rng.choice((f"quý {ROMAN[q - 1]}/{y}", f"quý {q}/{y}", f"Quý {ROMAN[q - 1]} năm {y}"))

    def month(self) -> str:
        m, y = self.rng.randint(1, 12), self.y()
        return self.rng.choice((f"tháng {m}/{y}", f"tháng {m:02d}/{y}", f"tháng {m} năm {y}", f"T{m}/{y}"))

    def named(self) -> Event:
        ev = self.rng.choice(self.events)
        self.named_events.append(ev)
        return ev

    def spelled(self, ev: Event) -> str:
        return self.rng.choice(ev.names)


def _vn(d: dt.date) -> str:
    return f"{d.day}/{d.month}/{d.year}"


# Fixed-date constructs: each returns one cell.
def c_period(e: CellEnv) -> str:
    p = e.rng.choice((e.quarter(), e.month(), f"năm {e.y()}", f"6 tháng đầu năm {e.y()}", f"6 tháng cuối năm {e.y()}"))
    return e.rng.choice((p[0].upper() + p[1:], f"Trong {p}"))


def c_complete(e: CellEnv) -> str:
    return e.rng.choice((f"Hoàn thành trong {e.quarter()}", f"Hoàn thành {e.month()}", f"Hoàn thành năm {e.y()}"))


def c_before_day(e: CellEnv) -> str:
    return e.rng.choice(("Hoàn thành trước ngày ", "Hoàn thành trước ", "Trước ngày ")) + e.dmy()


def c_latest(e: CellEnv) -> str:
    return e.rng.choice(("chậm nhất ngày ", "Chậm nhất đến ngày ", "hạn chót ")) + e.dmy()


def c_range(e: CellEnv) -> str:
    a, b = e.span()
    y = e.y()
    m1 = e.rng.randint(1, 6)
    m2 = e.rng.randint(m1 + 1, 12)
    return e.rng.choice((
        f"Từ tháng {m1} đến hết tháng {m2}/{y}",
        f"Từ {_vn(a)} - {_vn(b)}",
        f"Từ ngày {_vn(a)} đến ngày {_vn(b)}",
        f"Từ tháng {m1}/{y} -{m2}/{y + 1}",
        f"Từ {e.quarter()} đến hết quý IV/{y + 1}",
    ))


def c_years(e: CellEnv) -> str:
    y = e.y()
    return e.rng.choice((f"Trước năm {y + 1}", f"đến hết năm {y}", f"Giai đoạn {y} - {y + 2}",
                         f"Từ năm {y} đến năm {y + 1}", f"Năm {y}"))


def c_done(e: CellEnv) -> str:
    return f"Đã hoàn thành ({e.dmy(e.year)})"


def c_labelled(e: CellEnv) -> str:
    label = e.rng.choice(LABELS)
    return e.rng.choice((f"{label} {e.month()}", f"{label} ngày {e.dmy()}", f"Tổng kết trao giải ngày {e.dmy()}"))


def c_multi(e: CellEnv) -> str:
    y = e.y()
    return e.rng.choice((
        f"- Triển khai từ quý I/{y} - Tổng kết trao giải ngày {e.dmy(y + 1)}",
        f"Trong tháng {e.rng.randint(1, 6)}/{y} và tháng {e.rng.randint(7, 12)}/{y}",
        f"- Phát động {e.month()} - Tổng kết {e.quarter()}",
    ))


def c_open(e: CellEnv) -> str:
    return e.rng.choice((f"Từ {e.month()} trở đi", f"bắt đầu từ ngày {e.dmy()}"))


def c_day_span(e: CellEnv) -> str:
    d, m, y = e.date(hi_day=25)
    return e.rng.choice((f"từ ngày {d}-{d + 2}/{m}/{y}", f"các ngày {d}, {d + 1}/{m}/{y}",
                         f"Ngày {d}/{m} và {d + 1}/{m}/{y}"))


def c_phases(e: CellEnv) -> str:
    a, b = e.span()
    c, d = b + dt.timedelta(days=10), b + dt.timedelta(days=40)
    return f"Đợt 1, từ {_vn(a)} đến {_vn(b)}; đợt 2, từ {_vn(c)} đến {_vn(d)}"


def c_timed(e: CellEnv) -> str:
    h = e.rng.randint(7, 20)
    return e.rng.choice((f"{h}h ngày {e.dmy()}", f"vào lúc {h} giờ 30, ngày {e.dmy()}", f"Sáng ngày {e.dmy()}"))


def c_part_month(e: CellEnv) -> str:
    return f"{e.rng.choice(('đầu', 'giữa', 'cuối'))} {e.month()}"


def c_undated(e: CellEnv) -> str:
    return e.rng.choice((f"{e.quarter()[0].upper()}{e.quarter()[1:]} và duy trì thường xuyên", "Thường xuyên",
                         "Theo yêu cầu của Ban Thường vụ Tỉnh ủy"))


def c_note(e: CellEnv) -> str:
    return f"Từ tháng 6 đến hết tháng 8/{e.y()} (vào các thời điểm phù hợp)"


# Cells relative to the section's events (need at least one) or to a named event.
def c_section_before(e: CellEnv) -> str:
    n = e.rng.randint(1, 30)
    return e.rng.choice((f"Hoàn thành trước sự kiện {n} ngày", f"Hoàn thành trước mỗi sự kiện {n:02d} ngày",
                         f"- Hoàn thành trước mỗi sự kiện {n} ngày "
                         "- Số báo chuyên đề hoàn thành trước mỗi sự kiện 3 ngày"))


def c_section_around(e: CellEnv) -> str:
    n, m = e.rng.randint(1, 15), e.rng.randint(1, 10)
    return e.rng.choice((f"Trước kỷ niệm {n} ngày và sau kỷ niệm {m} ngày", "Trước, trong, sau các sự kiện kỷ niệm",
                         "Thời gian diễn ra các hoạt động kỷ niệm", "Trong các tháng diễn ra các sự kiện",
                         f"sau sự kiện {n} ngày"))


def c_section_range(e: CellEnv) -> str:
    return e.rng.choice((f"Từ tháng 1/{e.year} đến hết sự kiện",
                         f"Từ tháng 1/{e.year} đến hết tháng 2/{e.year} và từng sự kiện theo Kế hoạch"))


def c_section_paper(e: CellEnv) -> str:
    return "Trên số báo gần nhất trước ngày diễn ra sự kiện"


def c_named(e: CellEnv) -> str:
    ev = e.named()
    name, n = e.spelled(ev), e.rng.randint(1, 20)
    a, b = e.span()
    return e.rng.choice((
        f"Hoàn thành trước {name} {n:02d} ngày",
        f"Trên số báo gần nhất trước {name}",
        f"Trước, trong, sau {name}",
        f"Từ ngày {_vn(a)} - {_vn(b)} (Trước {name} 5 ngày và sau 2 ngày)",
    ))


FIXED: tuple[tuple[Callable[[CellEnv], str], int], ...] = (
    (c_period, 20), (c_complete, 10), (c_before_day, 10), (c_latest, 3), (c_range, 14), (c_years, 3),
    (c_done, 3), (c_labelled, 5), (c_multi, 5), (c_open, 2), (c_day_span, 3), (c_phases, 2), (c_timed, 3),
    (c_part_month, 2), (c_undated, 2), (c_note, 2),
)
RELATIVE: tuple[tuple[Callable[[CellEnv], str], int], ...] = (
    (c_section_before, 5), (c_section_around, 5), (c_section_range, 2), (c_section_paper, 2),
)
NAMED: tuple[tuple[Callable[[CellEnv], str], int], ...] = ((c_named, 4),)


def timing_cell(e: CellEnv) -> tuple[str, str]:
    """(construct name, cell): event-relative constructs only where the section has events."""
    pool = FIXED + NAMED + (RELATIVE if e.section_events else ())
    makers, weights = zip(*pool, strict=True)
    maker = e.rng.choices(makers, weights)[0]
    return maker.__name__[2:], maker(e)


# ------------------------------------------------------------------ agency cells


def _spell(rng: random.Random, reg: Registry, agency_id: str, first: bool) -> str:
    text = rng.choice(reg.spellings[agency_id])
    return text if first or rng.random() < 0.5 else text[0].lower() + text[1:]


def agency_cell(rng: random.Random, reg: Registry, ids: list[str], generic: bool) -> str:
    words = [_spell(rng, reg, a, i == 0) for i, a in enumerate(ids)]
    if generic:
        g = rng.choice(GENERIC)
        words.append(g if not words else g[0].lower() + g[1:])
    if len(words) <= 1:
        return words[0] if words else ""
    sep = rng.choice(("; ", ", ", "; "))
    return sep.join(words[:-1]) + rng.choice((sep, " và ")) + words[-1] if len(words) > 2 else sep.join(words)


def pick_agencies(rng: random.Random, reg: Registry, groups: list[str], plain: list[str], k: int) -> list[str]:
    """k distinct agencies, a group now and then."""
    out: list[str] = []
    while len(out) < k:
        pool = groups if groups and rng.random() < 0.04 else plain
        a = rng.choice(pool)
        if a not in out:
            out.append(a)
    return out


def lead_and_partners(rng: random.Random, reg: Registry, groups: list[str],
                      plain: list[str]) -> tuple[list[str], str, str]:
    lead = pick_agencies(rng, reg, groups, plain, rng.choices((1, 2, 3), (85, 12, 3))[0])
    n_part = rng.choices((0, 1, 2, 3, 4), (55, 25, 12, 5, 3))[0]
    partners = [a for a in pick_agencies(rng, reg, groups, plain, n_part) if a not in lead]
    with_generic = not partners or rng.random() < 0.5
    partners_cell = agency_cell(rng, reg, partners, with_generic and rng.random() < 0.95)
    return lead, agency_cell(rng, reg, lead, rng.random() < 0.05), partners_cell


# ------------------------------------------------------------------ the plan


CONTENT_VERBS = ("Xây dựng", "Tổ chức", "Tuyên truyền", "Biên soạn", "Phát hành", "Triển khai", "Tham mưu ban hành",
                 "Thực hiện", "Hướng dẫn", "Kiểm tra, giám sát")
CONTENT_OBJECTS = ("tin, bài, phóng sự", "hội thi tìm hiểu", "chương trình văn nghệ", "ấn phẩm, tài liệu",
                   "văn bản chỉ đạo, định hướng", "triển lãm ảnh", "pa-nô, áp phích, khẩu hiệu",
                   "hội nghị báo cáo viên",
                   "chuyên trang, chuyên mục", "phim tài liệu")
CONTENT_TAILS = ("về kết quả thực hiện nghị quyết đại hội đảng bộ các cấp", "trên các phương tiện thông tin đại chúng",
                 "tại cơ sở, vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số",
                 "bằng tiếng phổ thông và tiếng dân tộc",
                 "gắn với phong trào thi đua yêu nước", "theo hướng dẫn của Ban Tuyên giáo Tỉnh ủy")


def content(rng: random.Random) -> str:
    parts = [f"{rng.choice(CONTENT_VERBS)} {rng.choice(CONTENT_OBJECTS)} {rng.choice(CONTENT_TAILS)}"]
    if rng.random() < 0.4:
        parts.append(f"{rng.choice(CONTENT_VERBS).lower()} {rng.choice(CONTENT_OBJECTS)} {rng.choice(CONTENT_TAILS)}")
    return "; ".join(parts) + "."


def roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def default_events(tasks: int) -> int:
    return max(7, tasks // 50)


@dataclass
class Generated:
    tasks: dict
    events: dict
    agencies: dict
    cells: dict[str, int] = field(default_factory=dict)  # construct → count


def make_plan(n_tasks: int, n_agencies: int, seed: int = 1, n_events: int | None = None) -> Generated:
    """The three documents of a synthetic plan; every timing cell is resolved once."""
    rng = random.Random(seed)
    reg = make_registry(n_agencies)
    events = make_events(rng, n_events if n_events is not None else default_events(n_tasks))
    by_id = {e["id"]: e for e in reg.entries}
    groups = [e["id"] for e in reg.entries if e["group"]]
    plain = [e["id"] for e in reg.entries if not e["group"]]
    sections, tasks, counts = [], [], {}
    while len(tasks) < n_tasks:
        sid = roman(len(sections) + 1)
        sec_events = rng.sample(events, rng.choices((0, 1, 2, 3), (25, 45, 15, 15))[0])
        sections.append({"id": sid, "title": f"Mục {sid}: tuyên truyền các sự kiện, ngày kỷ niệm năm {PLAN_YEAR}",
                         "events": [ev.id for ev in sec_events]})
        for i in range(min(rng.randint(*TASKS_PER_SECTION), n_tasks - len(tasks))):
            lead, lead_cell, partners_cell = lead_and_partners(rng, reg, groups, plain)
            env = CellEnv(rng, sec_events, events)
            kind, cell = timing_cell(env)
            task_id = f"{sid}.{i + 1}"
            _check_cell(cell, task_id, env, _newspaper(lead, by_id))
            counts[kind] = counts.get(kind, 0) + 1
            tasks.append({"id": task_id, "section": sid, "content": content(rng), "lead": lead_cell,
                          "partners": partners_cell, "timing": cell})
    plan = {"id": f"{n_tasks}-KH/BENCH", "short_name": f"KH thử {n_tasks}", "issuer": "Ban Tuyên giáo Tỉnh ủy",
            "date": f"{PLAN_YEAR}-01-15", "title": f"Kế hoạch thử nghiệm {n_tasks} nhiệm vụ (sinh tự động)",
            "timezone": "Asia/Ho_Chi_Minh"}
    return Generated(
        {"plan": plan, "sections": sections, "tasks": tasks},
        {"events": [_event_json(ev) for ev in events]},
        {"agencies": reg.entries, "generic": list(GENERIC)},
        counts,
    )


def _newspaper(lead: list[str], by_id: dict[str, dict]) -> tuple[str | None, dt.date | None]:
    """The publication schedule the resolver uses: the first lead agency (groups expanded) that has one."""
    for agency_id in lead:
        for a in (agency_id, *by_id[agency_id]["members"]):
            rule = by_id[a]["publication_rrule"]
            if rule:
                return rule, dt.date.fromisoformat(by_id[a]["publication_start"])
    return None, None


def _check_cell(cell: str, task_id: str, env: CellEnv, paper: tuple[str | None, dt.date | None]) -> None:
    """Resolve the cell against its section's events and any event it names.

    Only the events the cell can refer to are passed (names are distinct, so
    the result is the same as with all events, and hashing the context stays
    cheap); the whole plan is resolved again by `verify`.
    """
    events = tuple(dict.fromkeys((*env.section_events, *env.named_events)))
    ctx = ResolveContext(env.year, events, tuple(ev.id for ev in env.section_events), *paper)
    try:
        resolve_phrase(cell, ctx)
    except PhraseError as exc:
        raise GeneratorBug(f"task {task_id}: generated cell {cell!r} does not resolve: {exc}") from exc


def _event_json(ev: Event) -> dict:
    return {"id": ev.id, "name": ev.name, "aliases": list(ev.aliases),
            "date": ev.date.isoformat() if ev.date else None, "status": ev.status.value, "source": ev.source}


def dump(doc: dict) -> bytes:
    """JSON as the shipped files are written: 2-space indent, UTF-8, final newline."""
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def generate(out_dir: Path, n_tasks: int, n_agencies: int, seed: int = 1, n_events: int | None = None) -> Generated:
    """Write tasks.json, events.json, agencies.json of a synthetic plan into `out_dir`."""
    gen = make_plan(n_tasks, n_agencies, seed, n_events)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, doc in (("tasks.json", gen.tasks), ("events.json", gen.events), ("agencies.json", gen.agencies)):
        (out_dir / name).write_bytes(dump(doc))
    return gen


def verify(data_dir: Path) -> int:
    """Load and resolve the whole plan as `kh-ical build` does; returns the number of occurrences.

    Raises:
        GeneratorBug: a phrase error anywhere (the loader's DataError passes through).
    """
    from kh_ical.loader import load_plan
    from kh_ical.resolve import resolve_plan

    resolved = resolve_plan(load_plan(Path(data_dir)))
    if resolved.errors:
        raise GeneratorBug("; ".join(str(e) for e in resolved.errors[:5]))
    return len(resolved.occurrences)


def move_event(data_dir: Path, days: int = 7) -> str:
    """Move the first dated event that some section refers to by `days`; returns its id.

    This is the benchmark's "one event date moves" edit of events.json.
    """
    data_dir = Path(data_dir)
    tasks = json.loads((data_dir / "tasks.json").read_text("utf-8"))
    used = [ev for s in tasks["sections"] for ev in s["events"]]
    doc = json.loads((data_dir / "events.json").read_text("utf-8"))
    for ev in doc["events"]:
        if ev["date"] and ev["id"] in used:
            ev["date"] = (dt.date.fromisoformat(ev["date"]) + dt.timedelta(days=days)).isoformat()
            (data_dir / "events.json").write_bytes(dump(doc))
            return ev["id"]
    raise ValueError(f"{data_dir}: no dated event used by a section")


def selfcheck(n_tasks: int = 60, n_agencies: int = 50, seed: int = 7) -> None:
    """For tests: a small plan is deterministic, uses every construct, loads and resolves.

    A test (tests/test_benchmarks.py) should call this and then build the plan.
    """
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp, "a"), Path(tmp, "b")
        gen = generate(a, n_tasks, n_agencies, seed)
        generate(b, n_tasks, n_agencies, seed)
        for name in ("tasks.json", "events.json", "agencies.json"):
            assert (a / name).read_bytes() == (b / name).read_bytes(), f"{name} differs between two runs"
        assert len(gen.tasks["tasks"]) == n_tasks and len(gen.agencies["agencies"]) == n_agencies
        assert any(e["group"] for e in gen.agencies["agencies"]), "no group generated"
        statuses = {e["status"] for e in gen.events["events"]}
        assert statuses == {"confirmed", "estimated", "unknown"}, statuses
        assert verify(a) > 0
    big = make_plan(2_000, 200, seed)
    missing = {m.__name__[2:] for m, _ in FIXED + RELATIVE + NAMED} - set(big.cells)
    assert not missing, f"constructs never drawn: {sorted(missing)}"


def later_version(src: Path, dst: Path, days: int = 7) -> None:
    """A copy of the data folder `src` in `dst` with every dated event moved `days`
    later (kept inside its month): a rebuild of it changes most events."""
    shutil.copytree(src, dst)
    doc = json.loads((dst / "events.json").read_text(encoding="utf-8"))
    for event in doc["events"]:
        if event.get("date"):
            y, m, d = map(int, event["date"].split("-"))
            event["date"] = f"{y:04d}-{m:02d}-{min(d + days, 28):02d}"
    (dst / "events.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=int, required=True)
    parser.add_argument("--agencies", type=int, default=None, help="default: the issue's size for --tasks, else 200")
    parser.add_argument("--events", type=int, default=None, help="default: max(7, tasks/50)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--verify", action="store_true", help="load and resolve the written plan")
    args = parser.parse_args(argv)
    agencies = args.agencies or SIZES.get(args.tasks, 200)
    gen = generate(args.out, args.tasks, agencies, args.seed, args.events)
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(gen.cells.items()))
    print(f"{args.out}: {args.tasks} tasks, {agencies} agencies, {len(gen.events['events'])} events; cells: {kinds}")
    if args.verify:
        print(f"resolved: {verify(args.out)} occurrences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
