"""Date arithmetic through resolve_phrase, for any numbers (hypothesis).

Expected values are computed here with `datetime` and `calendar` only, from
the contract's rules: inclusive ends, "trước D" is D − 1, month and quarter
boundaries (February in leap years), year inference over a year end.
"""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kh_ical.model import Event, EventStatus, Kind
from kh_ical.resolve import ResolveContext, resolve_phrase

# Modest and per test (a global profile would change other modules' tests too).
modest = settings(max_examples=200, deadline=None)

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
years = st.integers(min_value=1950, max_value=2150)
plan_years = st.integers(min_value=2000, max_value=2100)
dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2150, 12, 31))
months = st.integers(min_value=1, max_value=12)


def last_day(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def only(text: str, ctx: ResolveContext):
    result = resolve_phrase(text, ctx)
    assert not result.unresolved, text
    assert len(result.occurrences) == 1, (text, result.occurrences)
    occ = result.occurrences[0]
    assert occ.start is not None and occ.end is not None and occ.start <= occ.end, (text, occ)
    return occ


@st.composite
def written_dates(draw, value=dates):
    """A date and one way of writing it: separators, leading zeros, words."""
    d = draw(value)
    dd = draw(st.sampled_from([str(d.day), f"{d.day:02d}"]))
    mm = draw(st.sampled_from([str(d.month), f"{d.month:02d}"]))
    form = draw(st.sampled_from(["/", "-", ".", "words"]))
    text = f"ngày {dd} tháng {mm} năm {d.year}" if form == "words" else form.join((dd, mm, str(d.year)))
    if form != "words" and draw(st.booleans()):
        text = f"ngày {text}"
    return d, text


def event_ctx(date: dt.date, status: EventStatus = EventStatus.CONFIRMED) -> ResolveContext:
    ev = Event("ky-niem", "Lễ kỷ niệm ngày thành lập huyện", ("Lễ kỷ niệm",), date, status)
    return ResolveContext(year=date.year, events=(ev,), section_events=(ev.id,))


@modest
@given(n=st.integers(min_value=1, max_value=399), event=dates, pad=st.booleans(),
       form=st.sampled_from(["Hoàn thành trước sự kiện {n} ngày", "trước kỷ niệm {n} ngày",
                             "Hoàn thành trước Lễ kỷ niệm ngày thành lập huyện {n} ngày"]))
def test_n_days_before_an_event(n, event, pad, form):
    occ = only(form.format(n=f"{n:03d}" if pad else n), event_ctx(event))
    assert occ.kind is Kind.DEADLINE
    assert occ.start == occ.end == event - dt.timedelta(days=n)
    assert occ.event == "ky-niem"


@modest
@given(n=st.integers(min_value=1, max_value=399), m=st.integers(min_value=0, max_value=399), event=dates)
def test_window_around_an_event(n, m, event):
    occ = only(f"Trước kỷ niệm {n} ngày và sau kỷ niệm {m} ngày", event_ctx(event))
    assert occ.kind is Kind.WINDOW
    assert (occ.start, occ.end) == (event - dt.timedelta(days=n), event + dt.timedelta(days=m))


@modest
@given(written=written_dates(), verb=st.sampled_from(["Hoàn thành trước", "Trước", "hoàn thành trước"]),
       plan_year=plan_years)
def test_before_a_day_is_the_day_before(written, verb, plan_year):
    d, text = written
    occ = only(f"{verb} {text}", ResolveContext(year=plan_year))
    assert occ.kind is Kind.DEADLINE
    assert occ.start == occ.end == d - dt.timedelta(days=1)


@modest
@given(written=written_dates(), verb=st.sampled_from(["chậm nhất", "Chậm nhất đến", "Hạn chót"]))
def test_at_the_latest_is_the_day_itself(written, verb):
    d, text = written
    occ = only(f"{verb} {text}", ResolveContext(year=2000))
    assert occ.kind is Kind.DEADLINE
    assert occ.start == occ.end == d


@modest
@given(y=years, m=months, pad=st.booleans(),
       form=st.sampled_from(["tháng {m}/{y}", "Tháng {m} năm {y}", "T{m}/{y}", "Trong tháng {m}/{y}", "tháng {m}/ {y}"]))
def test_a_month_is_first_to_last_day(y, m, pad, form):
    occ = only(form.format(m=f"{m:02d}" if pad else m, y=y), ResolveContext(year=2000))
    assert occ.kind is Kind.WINDOW
    assert (occ.start, occ.end) == (dt.date(y, m, 1), last_day(y, m))


@modest
@given(y=years, m=months)
def test_complete_within_a_month_is_its_last_day(y, m):
    occ = only(f"Hoàn thành trong tháng {m}/{y}", ResolveContext(year=2000))
    assert occ.kind is Kind.DEADLINE
    assert occ.start == occ.end == last_day(y, m)


@modest
@given(y=years, q=st.integers(min_value=1, max_value=4), roman=st.booleans(),
       form=st.sampled_from(["Quý {q}/{y}", "quý {q} năm {y}", "Quý {q}/ {y}", "Trong quý {q}/{y}"]))
def test_a_quarter_is_three_whole_months(y, q, roman, form):
    occ = only(form.format(q=ROMAN[q] if roman else q, y=y), ResolveContext(year=2000))
    assert occ.kind is Kind.WINDOW
    assert (occ.start, occ.end) == (dt.date(y, 3 * q - 2, 1), last_day(y, 3 * q))


@modest
@given(y=years, q=st.integers(min_value=1, max_value=4), roman=st.booleans(), half=st.booleans())
def test_complete_within_a_quarter_or_half_is_its_last_day(y, q, roman, half):
    if half:
        text, end = f"Hoàn thành trong 6 tháng {'đầu' if q <= 2 else 'cuối'} năm {y}", last_day(y, 6 if q <= 2 else 12)
    else:
        text, end = f"Hoàn thành trong quý {ROMAN[q] if roman else q}/{y}", last_day(y, 3 * q)
    occ = only(text, ResolveContext(year=2000))
    assert (occ.kind, occ.start, occ.end) == (Kind.DEADLINE, end, end)


@modest
@given(y=years, a=months, b=months, plan_year=plan_years,
       form=st.sampled_from(["Từ tháng {a} đến hết tháng {b}/{y}", "Từ tháng {a} đến tháng {b}/{y}",
                             "từ tháng {a} - tháng {b}/{y}", "Tháng {a} - tháng {b} năm {y}"]))
def test_month_range_year_inference(y, a, b, plan_year, form):
    """The start takes the end's year, and moves back a year if it would be after the end."""
    occ = only(form.format(a=a, b=b, y=y), ResolveContext(year=plan_year))
    start_year = y if a <= b else y - 1
    assert occ.kind is Kind.WINDOW
    assert (occ.start, occ.end) == (dt.date(start_year, a, 1), last_day(y, b))


@modest
@given(first=dates, second=dates, plan_year=plan_years)
def test_day_range_year_inference(first, second, plan_year):
    y = second.year
    try:
        start = first.replace(year=y)
    except ValueError:  # 29/2 in a year that has none
        return
    if start > second:
        try:
            start = start.replace(year=y - 1)
        except ValueError:
            return
    occ = only(f"Từ ngày {first.day}/{first.month} đến ngày {second.day}/{second.month}/{y}",
               ResolveContext(year=plan_year))
    assert (occ.kind, occ.start, occ.end) == (Kind.WINDOW, start, second)


@modest
@given(a=dates, span=st.integers(min_value=0, max_value=800), sep=st.sampled_from([" - ", " đến ", " đến hết ", " – "]),
       w1=st.booleans(), w2=st.booleans())
def test_explicit_range_ends_are_inclusive(a, span, sep, w1, w2):
    b = a + dt.timedelta(days=span)
    if b.year > 2150:
        return
    text = (f"Từ {'ngày ' if w1 else ''}{a.day}/{a.month}/{a.year}{sep}"
            f"{'ngày ' if w2 else ''}{b.day:02d}/{b.month:02d}/{b.year}")
    occ = only(text, ResolveContext(year=2000))
    assert (occ.kind, occ.start, occ.end) == (Kind.WINDOW, a, b)


@modest
@given(y=years, m=months, first=st.integers(min_value=1, max_value=27), length=st.integers(min_value=1, max_value=3))
def test_day_span_within_a_month(y, m, first, length):
    last = first + length
    assume(last <= last_day(y, m).day)
    occ = only(f"từ ngày {first}-{last}/{m}/{y}", ResolveContext(year=2000))
    assert (occ.kind, occ.start, occ.end) == (Kind.WINDOW, dt.date(y, m, first), dt.date(y, m, last))


@modest
@given(y=years, m=months, part=st.sampled_from(["đầu", "giữa", "cuối"]))
def test_parts_of_a_month(y, m, part):
    occ = only(f"{part} tháng {m}/{y}", ResolveContext(year=2000))
    first, last = {"đầu": (1, 10), "giữa": (11, 20), "cuối": (21, last_day(y, m).day)}[part]
    assert (occ.kind, occ.start, occ.end, occ.approximate) == (
        Kind.WINDOW, dt.date(y, m, first), dt.date(y, m, last), True)


@modest
@given(y=st.integers(min_value=1951, max_value=2150))
def test_before_a_year_and_until_its_end(y):
    before = only(f"Trước năm {y}", ResolveContext(year=2000))
    until = only(f"đến hết năm {y}", ResolveContext(year=2000))
    assert (before.kind, before.end) == (Kind.DEADLINE, dt.date(y - 1, 12, 31))
    assert (until.kind, until.end) == (Kind.DEADLINE, dt.date(y, 12, 31))


@modest
@given(a=years, n=st.integers(min_value=0, max_value=30))
def test_stage_of_years(a, n):
    occ = only(f"Giai đoạn {a} - {a + n}", ResolveContext(year=2000))
    assert (occ.kind, occ.start, occ.end) == (Kind.WINDOW, dt.date(a, 1, 1), dt.date(a + n, 12, 31))


@modest
@given(d=dates, plan_year=plan_years)
def test_day_without_year_takes_the_plan_year(d, plan_year):
    try:
        expected = d.replace(year=plan_year)
    except ValueError:  # 29/2
        return
    occ = only(f"Ngày {d.day}/{d.month}", ResolveContext(year=plan_year))
    assert (occ.kind, occ.start, occ.end) == (Kind.DAY, expected, expected)


@modest
@given(first=st.dates(min_value=dt.date(1950, 2, 1), max_value=dt.date(2150, 12, 1)).map(lambda x: x.replace(day=1)))
def test_before_the_first_of_a_month_is_the_last_of_the_previous(first):
    prev = first - dt.timedelta(days=1)
    occ = only(f"Hoàn thành trước ngày {first.day}/{first.month}/{first.year}", ResolveContext(year=2000))
    assert occ.end == last_day(prev.year, prev.month)


@modest
@given(events=st.lists(dates, min_size=1, max_size=4), n=st.integers(min_value=1, max_value=60))
def test_fan_out_one_deadline_per_event_date(events, n):
    """One deadline per section event; two events on one day give one deadline."""
    evs = tuple(Event(f"su-kien-{k}", f"Sự kiện thứ {k}", (), d, EventStatus.CONFIRMED) for k, d in enumerate(events))
    ctx = ResolveContext(year=2000, events=evs, section_events=tuple(e.id for e in evs))
    result = resolve_phrase(f"Hoàn thành trước mỗi sự kiện {n} ngày", ctx)
    got = sorted(o.end for o in result.occurrences)
    assert got == sorted({d - dt.timedelta(days=n) for d in events})
    assert all(o.kind is Kind.DEADLINE and o.start == o.end for o in result.occurrences)


WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@modest
@given(event=dates, days=st.sets(st.integers(min_value=0, max_value=6), min_size=1))
def test_newspaper_issue_is_the_last_publication_day_strictly_before(event, days):
    rule = "FREQ=WEEKLY;BYDAY=" + ",".join(WEEKDAYS[k] for k in sorted(days))
    ev = Event("su-kien", "Sự kiện", (), event, EventStatus.CONFIRMED)
    ctx = ResolveContext(year=event.year, events=(ev,), section_events=(ev.id,), publication_rrule=rule,
                         publication_start=event - dt.timedelta(days=60))
    expected = event - dt.timedelta(days=1)
    while expected.weekday() not in days:  # step back to a publication day
        expected -= dt.timedelta(days=1)
    occ = only("Trên số báo gần nhất trước ngày diễn ra sự kiện", ctx)
    assert (occ.kind, occ.start, occ.end, occ.approximate) == (Kind.DAY, expected, expected, False)
