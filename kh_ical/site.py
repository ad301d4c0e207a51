"""The published pages: `index.html` and one `co-quan/<agency-id>.html` per agency.

Pure: `render_site` turns a resolved plan and the written feeds into
{relative path: bytes} (`iter_site`: the same pages one at a time);
`kh_ical.build` writes them. Pages are self-contained (inline CSS, a few lines
of inline JS, QR codes as inline SVG) so that they work from a file, offline,
and behind any static web server. Every text from the data is escaped: by
Jinja's autoescaping in the templates, by `markupsafe.escape` in the rows of
the agency pages and of the timeline, which are many and so written here
(`_row_halves`, `_timeline_row`). The other `Markup` we create is segno's
SVG, which contains no data text.

"Next milestone" needs today's date, which a deterministic build must not
embed: each agency row carries all its milestones (end dates of the tasks not
yet done) and the inline script picks the first one from the reader's today
(or `#today=YYYY-MM-DD` in the address). Without JavaScript the first
milestone of the plan is shown.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from kh_ical.agencies import Role, task_roles
from kh_ical.errors import KhIcalError
from kh_ical.model import (
    ALL_FEED,
    Agency,
    EventStatus,
    FeedInfo,
    Kind,
    Occurrence,
    Plan,
    ResolvedPlan,
    Task,
    TaskOccurrence,
    Unresolved,
    task_sort_key,
)
from kh_ical.recur import instances
from kh_ical.text import repeat_text, time_text, timed_span_text, vn_date

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
PAGE_DIR = "co-quan"


# Google's "From URL" settings page: where to paste the address when its
# `render?cid=` link fails (it does for some accounts).
GOOGLE_ADD_BY_URL = "https://calendar.google.com/calendar/u/0/r/settings/addbyurl"


@dataclass(frozen=True)
class Subscribe:
    """Ways to subscribe to one published feed URL."""

    url: str
    webcal: str
    google: str
    outlook: str  # Outlook.com, personal Microsoft accounts
    outlook_work: str  # Outlook on the web of work or school (Microsoft 365) accounts
    qr: Markup
    google_settings: str = GOOGLE_ADD_BY_URL


@dataclass(frozen=True)
class FeedView:
    name: str
    events: int
    href: str | None  # .ics path relative to the output folder; None when private and hidden
    private: bool
    subscribe: Subscribe | None


@dataclass(frozen=True)
class AgencyLink:
    name: str
    page: str  # relative to the output folder


@dataclass(frozen=True)
class AgencyView:
    id: str
    name: str
    short: str
    page: str  # relative to the output folder
    members: tuple[AgencyLink, ...]  # of a group: its members, who each get its tasks
    groups: tuple[AgencyLink, ...]  # the groups it belongs to: their tasks are in its feed
    lead: int
    partner: int
    due: str  # "YYYY-MM-DD|task …" for the script
    first_due: str  # the plan's first milestone not done, for readers without JS
    feed: FeedView | None


@functools.lru_cache(maxsize=1)
def _environment() -> Environment:
    return environment()  # one per process: compiling the templates costs ~0.1 s


def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("kh_ical"),
        autoescape=select_autoescape(),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["nobreak"] = nobreak
    return env


# A plan number, a date or a span of years ("171-KH/BTGTU", "30/5/2023",
# "2020-2025"): browsers break lines after a hyphen or a slash, which on a
# phone gives "171-" on one line and "KH/BTGTU" on the next. Such a word is
# kept on one line (up to 32 characters: a longer one could not fit a phone).
_IDENTIFIER = re.compile(r"\w+(?:[-/\u2010\u2013]\w+)+")


def nobreak(text: str) -> Markup:
    """`text`, escaped, with every identifier-like word in a `<span class="nw">` (no line break inside)."""
    if "-" not in text and "/" not in text and "\u2010" not in text and "\u2013" not in text:
        return escape(text)
    out, at = [], 0
    for m in _IDENTIFIER.finditer(text):
        if len(m.group()) > 32:
            continue
        out += (escape(text[at:m.start()]), '<span class="nw">', escape(m.group()), "</span>")
        at = m.end()
    out.append(escape(text[at:]))
    return Markup("".join(out))


def updated_text(when: dt.datetime, timezone: str) -> str:
    """"9:05 ngày 3/6/2024", in the plan's time zone."""
    from zoneinfo import ZoneInfo

    local = when.astimezone(ZoneInfo(timezone))
    return f"{local.hour}:{local.minute:02d} ngày {vn_date(local.date())}"


def render_site(
    resolved: ResolvedPlan, feeds: list[FeedInfo], *, base_url: str | None = None, private_urls: bool = False,
    updated: dt.datetime | None = None,
) -> dict[str, bytes]:
    """`index.html` and `co-quan/<id>.html` for every agency, as UTF-8 bytes.

    Parameters:
        base_url: the published address of the output folder; without it the
            pages link the files relatively and offer no subscribe links,
            only a download and how to import it.
        private_urls: show feeds under `p/<token>/`; otherwise they are hidden.
        updated: when the calendars last changed (the latest change the state
            file records), shown as "Cập nhật lần cuối"; never the clock.

    Raises:
        KhIcalError: an agency id is not usable as a file name.
    """
    return dict(iter_site(resolved, feeds, base_url=base_url, private_urls=private_urls, updated=updated))


def iter_site(
    resolved: ResolvedPlan, feeds: list[FeedInfo], *, base_url: str | None = None, private_urls: bool = False,
    updated: dt.datetime | None = None,
) -> Iterator[tuple[str, bytes]]:
    """The pages of `render_site`, one (path, bytes) at a time, in path order.

    A caller that writes each page as it comes never holds the whole site in
    memory. The agency ids are checked before the first page: a bad id
    (KhIcalError) yields nothing.
    """
    plan = resolved.plan
    for agency in plan.agencies:
        if not _SLUG.fullmatch(agency.id) or agency.id == ALL_FEED:
            raise KhIcalError(f"mã cơ quan {agency.id!r} không dùng làm tên trang được")
    by_slug = {f.slug: f for f in feeds}
    index = _Index(resolved)
    groups_of: dict[str, list[AgencyLink]] = {}
    for group in plan.agencies:
        for member in group.members:
            groups_of.setdefault(member, []).append(AgencyLink(group.name, _page(group.id)))
    views = [_agency_view(plan, a, index, by_slug.get(a.id), base_url, private_urls, groups_of.get(a.id, ()))
             for a in plan.agencies]
    index.due.clear()  # in the views now
    env = _environment()
    common = {"plan": plan.info, "plan_date": vn_date(plan.info.date), "base_url": base_url,
              "updated": updated_text(updated, plan.info.timezone) if updated else ""}
    template = env.get_template("agency.html")
    # "co-quan/…" sorts before "index.html"; sorted() is stable, so of two agencies
    # with one id the later one is yielded last and wins in a dict, as it always did
    ordered = sorted(views, key=lambda v: v.page)
    for n, view in enumerate(ordered):
        yield view.page, _agency_page(template, common, view, index.rows[view.id])
        if n + 1 == len(ordered) or ordered[n + 1].id != view.id:
            del index.rows[view.id]  # its rows are freed as soon as no page needs them
    whole = by_slug.get(ALL_FEED)
    chunks = env.get_template("index.html").generate(
        **common, root="", agencies=views,
        whole=_feed_view(whole, base_url, private_urls) if whole else None,
        timeline=build_timeline(resolved, index.rank),
    )
    page = io.BytesIO()  # grows in place: no list of the chunks beside the joined page
    for chunk in chunks:
        page.write(chunk.encode("utf-8"))
    yield "index.html", page.getvalue()


_ROWS = "\x00kh-ical: the rows\x00"  # where an agency page's rows go; replaced by their UTF-8 bytes


def _agency_page(template, common: dict, view: AgencyView, rows: list[bytes]) -> bytes:
    page = template.render(**common, root="../", agency=view, rows=Markup(_ROWS if rows else ""))
    if page.count(_ROWS) == 1:
        before, _, after = page.partition(_ROWS)
        return b"".join([before.encode("utf-8"), *rows, after.encode("utf-8")])
    # the marker is in the data too: the same page, the slow way
    html = Markup(b"".join(rows).decode("utf-8"))  # every data text in the rows is escaped (_row_halves)
    return template.render(**common, root="../", agency=view, rows=html).encode("utf-8")


_KIND = {Kind.WINDOW: "Thời gian thực hiện", Kind.DEADLINE: "Hạn hoàn thành", Kind.DAY: "Ngày", Kind.UNDATED: ""}
_ROLE_HTML = {role: escape(role.label).encode("utf-8") for role in Role}
_KIND_HTML = {kind: f'<div class="small muted">{escape(text)}</div>' if text else "" for kind, text in _KIND.items()}
_NL = b"\n"


class _Index:
    """What the agency pages need, in one pass over the occurrences.

    rows: per agency, the UTF-8 <tr> rows of its page, as a list of pieces to
    join (rows of its occurrences, then of its tasks without dates). A row is
    the same on the page of each of its agencies but for the role: its two
    halves are made once and shared; they are freed with the last page.
    due: per agency, its milestones (ends of occurrences not done) as ints
    that sort by date then document order; `milestones` turns them back.
    lead, partner: per agency, how many tasks it leads / coordinates.
    rank: {task id: its place in document order (`task_sort_key`)}.
    """

    def __init__(self, resolved: ResolvedPlan) -> None:
        plan = resolved.plan
        self.ids = _document_order(plan)
        self.rank = rank = _ranks(self.ids)
        self.base = base = len(self.ids) + 1
        task_role = {t.id: task_roles(plan, t) for t in plan.tasks}
        self.rows: dict[str, list[bytes]] = {a.id: [] for a in plan.agencies}
        self.due: dict[str, set[int]] = {a.id: set() for a in plan.agencies}
        self.lead = dict.fromkeys(self.rows, 0)
        self.partner = dict.fromkeys(self.rows, 0)
        rows, due = self.rows, self.due
        for to in (*resolved.occurrences, *resolved.undated):
            these = task_role[to.task.id]
            if not these:
                continue
            occ = to.occurrence
            head, tail = _row_halves(_css(occ), escape(span_text(occ)), _KIND_HTML[occ.kind], to.task.id, occ.label,
                                     to.task.content, caveats(plan, occ), to.task.extra and to.task.extra_shown)
            ends = [d.toordinal() * base + rank[to.task.id] for d in _ends(occ)] if not occ.done else ()
            for agency_id, role in these.items():
                rows[agency_id] += (head, _ROLE_HTML[role], tail, _NL)
                due[agency_id].update(ends)
        for task, un in resolved.unresolved:
            these = task_role.get(task.id)
            if not these:
                continue
            head, tail = _row_halves("unresolved", "Chưa có ngày", "", task.id, un.label, task.content,
                                     (public_reason(un),), task.extra and task.extra_shown)
            for agency_id, role in these.items():
                rows[agency_id] += (head, _ROLE_HTML[role], tail, _NL)
        for pieces in rows.values():
            if pieces:
                pieces.pop()  # the last newline: the template has it
        for these in task_role.values():
            for agency_id, role in these.items():
                counts = self.lead if role is Role.LEAD else self.partner
                counts[agency_id] += 1

    def milestones(self, agency_id: str) -> list[tuple[dt.date, str]]:
        """The agency's milestones: (end, task id) of every occurrence not done, by date then document order."""
        base, ids = self.base, self.ids
        return [(dt.date.fromordinal(k // base), ids[k % base]) for k in sorted(self.due[agency_id])]


def _ends(occ: Occurrence) -> list[dt.date]:
    """The last day of every instance of an occurrence (one, unless it repeats)."""
    if occ.start is None or occ.end is None:
        return []
    if occ.rrule is None:
        return [occ.end]
    length = occ.end - occ.start
    return [day + length for day in instances(occ.rrule, occ.start)]


def _document_order(plan: Plan) -> list[str]:
    """The task ids in the order of the document (`task_sort_key`)."""
    return sorted({t.id for t in plan.tasks}, key=task_sort_key)


def _page(agency_id: str) -> str:
    return f"{PAGE_DIR}/{agency_id}.html"


def _ranks(ids: list[str]) -> dict[str, int]:
    return {tid: n for n, tid in enumerate(ids)}


def _agency_view(plan: Plan, agency: Agency, index: _Index, feed: FeedInfo | None, base_url,
                 private_urls, groups) -> AgencyView:
    dues = index.milestones(agency.id)
    due = " ".join(f"{d.isoformat()}|{t}" for d, t in dues)
    first = dues[0] if dues else None
    return AgencyView(
        id=agency.id, name=agency.name, short=agency.short, page=_page(agency.id),
        members=tuple(AgencyLink(plan.agency(m).name, _page(m)) for m in agency.members),
        groups=tuple(groups),
        lead=index.lead[agency.id], partner=index.partner[agency.id],
        due=due, first_due=f"{vn_date(first[0])} · {first[1]}" if first else "",
        feed=_feed_view(feed, base_url, private_urls) if feed else None,
    )


# The rows of the agency pages and of the timeline are many (one per task and
# agency): they are written here rather than in the templates, ~10× faster than
# a Jinja loop. Every text from the data goes through `escape` in the f-strings
# below; the rows are then marked safe for the template.


def _row_halves(css: str, when: str, kind: str, task: str, label: str | None, content: str,
                notes: tuple[str, ...], extra: tuple[tuple[str, str], ...] = ()) -> tuple[bytes, bytes]:
    """A <tr> of an agency page before and after its role, UTF-8; `css`, `when` and `kind` are already HTML.
    `extra`: the table's other columns worth showing (`Task.extra_shown`), under the task."""
    label_html = f" · {escape(label)}" if label else ""
    notes_html = ('<ul class="caveats">' + "".join([f"<li>{escape(c)}</li>" for c in notes]) + "</ul>"
                  if notes else "")
    extra_html = "".join([f'<div class="extra small"><b>{escape(_flat(header))}:</b> {escape(_flat(cell))}</div>'
                          for header, cell in extra]) if extra else ""
    head = (
        f'      <tr class="{css}">\n'
        f'        <td><span class="when">{when}</span>{kind}</td>\n'
        f"        <td><b>{escape(task)}</b>{label_html}{content_html(content)}{extra_html}</td>\n"
        '        <td class="role" data-label="Vai trò">'
    )
    return head.encode("utf-8"), f"</td>\n        <td>{notes_html}</td>\n      </tr>".encode("utf-8")


# Points of a task written as a list ("- Tăng cường …. - Chú trọng …"): a
# dash, bullet or plus sign and a space at the start of the text, of a line,
# or after the end of a sentence. Not a dash between words or numbers
# ("văn học - nghệ thuật", "2020 - 2025").
_POINT = re.compile(r"(?:\A\s*|(?<=[.;:!?…])[^\S\n]+|[^\S\n]*\n\s*)[-–•+*][^\S\n]+")


def points(text: str) -> tuple[str, tuple[str, ...]]:
    """A text and its list: (what comes before the first point, the points), each on one line.
    A text without points, or with a single one and nothing before it, is all `lead`."""
    if not any(c in text for c in "-–•+*"):  # most texts: no list
        return _flat(text), ()
    pieces = _POINT.split(text)
    lead, items = _flat(pieces[0]), tuple(p for p in map(_flat, pieces[1:]) if p)
    if len(items) == 1 and not lead:
        return items[0], ()
    return lead, items


@functools.lru_cache(maxsize=1024)  # a task's content is on the row of each of its occurrences
def content_html(text: str) -> str:
    """A task's content as HTML: its lead text in a <div>, its points as a list; escaped."""
    lead, items = points(text)
    html = f"<div>{nobreak(lead)}</div>" if lead or not items else ""
    if items:
        html += '<ul class="points">' + "".join([f"<li>{nobreak(i)}</li>" for i in items]) + "</ul>"
    return html


def plain_content(text: str) -> str:
    """A task's content on one line, its points joined by "; " (timeline labels)."""
    lead, items = points(text)
    return "; ".join(x for x in (lead, *items) if x)


def public_reason(un: Unresolved) -> str:
    """Why a part has no date, for readers: the reason without the event's id
    (which `resolve` writes for maintainers, who set the date by it)."""
    return un.reason.removesuffix(f" ({un.event})") if un.event else un.reason


def _feed_view(feed: FeedInfo, base_url: str | None, private_urls: bool) -> FeedView:
    private = feed.path.startswith("p/")
    if private and not private_urls:
        return FeedView(feed.name, feed.events, None, True, None)
    sub = subscribe_links(f"{base_url.rstrip('/')}/{feed.path}", feed.name) if base_url else None
    return FeedView(feed.name, feed.events, feed.path, private, sub)


def subscribe_links(url: str, name: str) -> Subscribe:
    """webcal://, Google Calendar and Outlook (personal, work or school) links and a QR code for `url`."""
    scheme, sep, rest = url.partition("://")
    webcal = f"webcal://{rest}" if sep and scheme in ("http", "https") else url
    google = "https://calendar.google.com/calendar/render?cid=" + quote(url, safe="")
    query = "/calendar/0/addfromweb?url=" + quote(url, safe="") + "&name=" + quote(name, safe="")
    return Subscribe(url, webcal, google, "https://outlook.live.com" + query, "https://outlook.office.com" + query,
                     qr_svg(url))


def qr_svg(text: str, scale: int = 3, border: int = 2) -> Markup:
    """An inline SVG QR code of `text` (contains no data text, only geometry).

    Drawn from segno's module matrix rather than its SVG writer, so that the
    bytes of our pages do not change with segno's markup.
    """
    import segno  # only --base-url needs it; importing it costs ~15 ms of every build

    matrix = segno.make(text, error="m", micro=False).matrix
    size = len(matrix) + 2 * border
    runs = []
    for y, row in enumerate(matrix):
        x = 0
        while x < len(row):
            if not row[x]:
                x += 1
                continue
            start = x
            while x < len(row) and row[x]:
                x += 1
            runs.append(f"M{start + border} {y + border}h{x - start}v1h-{x - start}z")
    return Markup(
        f'<svg class="qr" xmlns="http://www.w3.org/2000/svg" width="{size * scale}" height="{size * scale}" '
        f'viewBox="0 0 {size} {size}" shape-rendering="crispEdges" role="img" aria-label="Mã QR">'
        f'<rect width="{size}" height="{size}" fill="#fff"/><path fill="#000" d="{"".join(runs)}"/></svg>'
    )


def _css(occ: Occurrence) -> Markup:
    """The CSS classes of an occurrence's row or timeline mark, escaped."""
    return _css_classes(occ.kind, occ.done, occ.approximate, occ.tentative)


@functools.lru_cache(maxsize=32)  # kind × done × approximate × tentative
def _css_classes(kind: Kind, done: bool, approximate: bool, tentative: bool) -> Markup:
    return escape(" ".join(c for c in (kind.value, "done" if done else "", "approx" if approximate else "",
                                       "tentative" if tentative else "") if c))


def caveats(plan: Plan, occ: Occurrence) -> tuple[str, ...]:
    """What a reader must know about a date, in Vietnamese."""
    out = []
    if occ.done:
        out.append("Đã hoàn thành")
    if occ.rrule:
        out.append(f"Lặp lại: {repeat_text(occ.rrule)}")
    if occ.event:
        event = plan.event(occ.event)
        when = f" ({vn_date(event.date)})" if event.date else ""
        out.append(f"Theo sự kiện: {event.name}{when}")
        if occ.tentative or event.status is EventStatus.ESTIMATED:
            out.append("Ngày sự kiện là dự kiến, có thể thay đổi")
    if occ.approximate:
        out.append("Ngày gần đúng" + (f" ({occ.basis})" if occ.basis else ""))
    if occ.note:
        out.append(f"Ghi chú: {occ.note}")
    if occ.kind is Kind.UNDATED:
        out.append("Không có ngày cụ thể, không có trong lịch")
    return tuple(out)


def span_text(occ: Occurrence) -> str:
    """When, for a person: "Hạn 9/8/2023", "5/9/2025 lúc 13:30–16:00", "1/6/2023 – 31/8/2023";
    of a repeating schedule the first instance, "(lần đầu)" (the caveats say how it repeats)."""
    if occ.start is None or occ.end is None:
        return "Không có ngày"
    time = f" lúc {time_text(occ.time, occ.end_time)}" if occ.time else ""
    first = " (lần đầu)" if occ.rrule else ""
    if occ.kind is Kind.DEADLINE:
        return f"Hạn {vn_date(occ.end)}{time}{first}"
    if occ.start == occ.end:
        return vn_date(occ.start) + time + first
    if occ.time is not None:
        return timed_span_text(occ.start, occ.end, occ.time, occ.end_time) + first
    return f"{vn_date(occ.start)} – {vn_date(occ.end)}{first}"


def _flat(text: str) -> str:
    """`text` on one line: each run of whitespace one space, none at the ends."""
    # most texts are flat already; a quicker test than splitting them (whitespace
    # other than " " is never printable, see tests/test_site_fast.py)
    if text.isprintable() and "  " not in text and not text.startswith(" ") and not text.endswith(" "):
        return text
    return " ".join(text.split())


# ------------------------------------------------------------------ timeline


@dataclass(frozen=True)
class Tick:
    left: str  # percent of the axis, as CSS
    label: str  # "T6"
    year: str  # "2024" on January and on the first month, else ""


@dataclass(frozen=True)
class EventMark:
    number: int
    left: str
    name: str
    date: str
    css: str
    level: int = 0  # 1 when it would cover the previous event's number


@dataclass(frozen=True)
class Timeline:
    ticks: tuple[Tick, ...]
    events: tuple[EventMark, ...]
    unplaced: tuple[str, ...]  # events without a date, by name
    sections: Callable[[], Iterator[Markup]]  # the HTML of each section and its rows, made as the page is written


def build_timeline(resolved: ResolvedPlan, rank: dict[str, int] | None = None) -> Timeline | None:
    """Sections, tasks and events on one axis from the first to the last month.

    rank: {task id: place in document order}, when the caller has it already.
    """
    plan = resolved.plan
    dated = [to for to in resolved.occurrences if to.occurrence.start and to.occurrence.end]
    days = [d for to in dated for d in (to.occurrence.start, to.occurrence.end)]
    days += [e.date for e in plan.events if e.known and e.date]
    if not dated:
        return None
    lo = min(d for d in days if d).replace(day=1)
    hi = _month_after(max(d for d in days if d))
    del days
    total = (hi - lo).days

    def pct(day: dt.date) -> str:
        return f"{100 * (day - lo).days / total:.3f}%"

    ticks, month = [], lo
    while month < hi:
        year = str(month.year) if month.month == 1 or month == lo else ""
        ticks.append(Tick(pct(month), f"T{month.month}", year))
        month = _month_after(month)
    by_task: dict[str, list[TaskOccurrence]] = {}
    for to in dated:
        by_task.setdefault(to.task.id, []).append(to)
    del dated
    pending = {t.id: un for t, un in resolved.unresolved}
    if rank is None:
        rank = _ranks(_document_order(plan))

    def by_rank(task: Task) -> int:
        return rank[task.id]

    in_section: dict[str | None, list[Task]] = {}
    for t in plan.tasks:
        in_section.setdefault(t.section, []).append(t)

    def sections() -> Iterator[Markup]:
        # a table without sections is one run of rows with no heading
        headed = [(f'    <div class="tl-sec">{escape(s.id)}. {escape(s.title)}</div>', s.id) for s in plan.sections]
        for heading, section_id in headed or [("", None)]:
            out = [heading] if heading else []
            for t in sorted(in_section.get(section_id, ()), key=by_rank):
                out.append(_timeline_row(t, by_task.get(t.id, ()), _row_note(t.id, by_task, pending), pct, total))
            yield Markup("\n".join(out) + "\n")  # every data text escaped here and in _timeline_row

    known = sorted((e for e in plan.events if e.known and e.date), key=lambda e: (e.date, e.id))
    events: list[EventMark] = []
    last: dt.date | None = None
    for n, e in enumerate(known, 1):
        assert e.date is not None
        # numbers closer than 1/40 of the axis would cover each other: move every other one down
        close = last is not None and (e.date - last).days * 40 < total and events[-1].level == 0
        css = "estimated" if e.status is EventStatus.ESTIMATED else "confirmed"
        events.append(EventMark(n, pct(e.date), e.name, vn_date(e.date), css, 1 if close else 0))
        last = e.date
    unplaced = tuple(e.name for e in plan.events if not e.known)
    return Timeline(tuple(ticks), tuple(events), unplaced, sections)


def _timeline_row(task: Task, marks, note: str, pct, total: int) -> str:
    tid, content = escape(task.id), escape(plain_content(task.content))
    # the label is one line cut short: the other columns are in its tooltip
    more = escape("".join([f"\n{_flat(h)}: {_flat(c)}" for h, c in task.extra_shown])) if task.extra else ""
    out = [
        '    <div class="tl-row">\n'
        f'      <div class="tl-label" title="{tid}: {content}{more}"><b>{tid}</b> {content}</div>\n'
        '      <div class="tl-track">\n'
    ]
    for to in marks:
        occ = to.occurrence
        assert occ.start is not None and occ.end is not None
        again = f"lặp lại: {repeat_text(occ.rrule)}" if occ.rrule else ""
        title = escape(" · ".join(x for x in (to.task.id, occ.label or "", span_text(occ), again) if x))
        css = _css(occ)
        if occ.kind is Kind.WINDOW and occ.start != occ.end:
            width = f"{100 * ((occ.end - occ.start).days + 1) / total:.3f}%"
            out.append(f'        <span class="bar {css}" style="left: {pct(occ.start)}; width: {width}" '
                        f'title="{title}"></span>\n')
        else:
            out.append(f'        <span class="pt {css}" style="left: {pct(occ.end)}" title="{title}"></span>\n')
    if note:
        note = escape(note)
        out.append(f'<span class="tl-flag" title="{note}">+ phần chưa có ngày</span>' if marks
                    else f'<span class="tl-note" title="{note}">{note}</span>')
    out.append("      </div>\n    </div>")
    return "".join(out)


def _row_note(task_id: str, by_task: dict, pending: dict) -> str:
    if task_id in pending:
        return "Chưa có ngày: " + public_reason(pending[task_id])
    return "" if task_id in by_task else "Không có ngày cụ thể"


def _month_after(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
