"""The hand-written rows of kh_ical.site: the same bytes as the Jinja loops they replaced, escaped, streamed.

The agency-page and timeline rows are made in Python (site._row_halves,
site._timeline_row) for speed. REFERENCE_* below are the template loops they
replaced, verbatim: the pages must contain exactly what those render.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_site_kit import HOSTILE, feeds, make_plan, make_resolved

from kh_ical import site
from kh_ical.agencies import task_roles
from kh_ical.errors import KhIcalError
from kh_ical.model import Agency, Kind, Occurrence, ResolvedPlan, Section, Unresolved, task_sort_key

REFERENCE_ITEMS = """\
    <tbody>
    {% for i in items %}
      <tr class="{{ i.css }}">
        <td><span class="when">{{ i.when }}</span>{% if i.kind %}<div class="small muted">{{ i.kind }}</div>{% endif %}</td>
        <td><b>{{ i.task }}</b>{% if i.label %} · {{ i.label }}{% endif %}{% if i.lead or not i.points %}<div>{{ i.lead | nobreak }}</div>{% endif %}{% if i.points %}<ul class="points">{% for p in i.points %}<li>{{ p | nobreak }}</li>{% endfor %}</ul>{% endif %}</td>
        <td class="role" data-label="Vai trò">{{ i.role }}</td>
        <td>{% if i.caveats %}<ul class="caveats">{% for c in i.caveats %}<li>{{ c }}</li>{% endfor %}</ul>{% endif %}</td>
      </tr>
    {% endfor %}
    </tbody>
"""

REFERENCE_TIMELINE = """\
    {% for s in sections %}
    <div class="tl-sec">{{ s.id }}. {{ s.title }}</div>
      {% for r in s.rows %}
    <div class="tl-row">
      <div class="tl-label" title="{{ r.task }}: {{ r.content }}"><b>{{ r.task }}</b> {{ r.content }}</div>
      <div class="tl-track">
        {% for m in r.marks %}
        {% if m.width %}
        <span class="bar {{ m.css }}" style="left: {{ m.left }}; width: {{ m.width }}" title="{{ m.title }}"></span>
        {% else %}
        <span class="pt {{ m.css }}" style="left: {{ m.left }}" title="{{ m.title }}"></span>
        {% endif %}
        {% endfor %}
        {% if r.note and r.marks %}<span class="tl-flag" title="{{ r.note }}">+ phần chưa có ngày</span>{% elif r.note %}<span class="tl-note" title="{{ r.note }}">{{ r.note }}</span>{% endif %}
      </div>
    </div>
      {% endfor %}
    {% endfor %}
"""


def _css(occ: Occurrence) -> str:
    flags = (("done", occ.done), ("approx", occ.approximate), ("tentative", occ.tentative))
    return " ".join([occ.kind.value] + [f for f, on in flags if on])


def reference_items(resolved: ResolvedPlan, agency_id: str) -> str:
    plan = resolved.plan
    items = []
    for to in (*resolved.occurrences, *resolved.undated):
        role = task_roles(plan, to.task).get(agency_id)
        if role:
            occ = to.occurrence
            lead, points = site.points(to.task.content)
            items.append(dict(when=site.span_text(occ), kind=site._KIND[occ.kind], task=to.task.id,
                              lead=lead, points=points, role=role.label, label=occ.label or "",
                              caveats=site.caveats(plan, occ), css=_css(occ)))
    for task, un in resolved.unresolved:
        role = task_roles(plan, task).get(agency_id)
        if role:
            lead, points = site.points(task.content)
            items.append(dict(when="Chưa có ngày", kind="", task=task.id, lead=lead, points=points,
                              role=role.label, label=un.label or "", caveats=(site.public_reason(un),), css="unresolved"))
    return site.environment().from_string(REFERENCE_ITEMS).render(items=items)


def reference_timeline(resolved: ResolvedPlan) -> str:
    plan = resolved.plan
    dated = [to for to in resolved.occurrences if to.occurrence.start and to.occurrence.end]
    days = [d for to in dated for d in (to.occurrence.start, to.occurrence.end)]
    days += [e.date for e in plan.events if e.known and e.date]
    lo = min(days).replace(day=1)
    top = max(days)
    hi = dt.date(top.year + top.month // 12, top.month % 12 + 1, 1)
    total = (hi - lo).days

    def pct(day):
        return f"{100 * (day - lo).days / total:.3f}%"

    marks: dict[str, list] = {}
    for to in dated:
        occ = to.occurrence
        title = " · ".join(x for x in (to.task.id, occ.label or "", site.span_text(occ)) if x)
        if occ.kind is Kind.WINDOW and occ.start != occ.end:
            mark = dict(left=pct(occ.start), width=f"{100 * ((occ.end - occ.start).days + 1) / total:.3f}%")
        else:
            mark = dict(left=pct(occ.end), width="")
        marks.setdefault(to.task.id, []).append(dict(mark, css=_css(occ), title=title))
    pending = {t.id: un for t, un in resolved.unresolved}

    def note(tid):
        if tid in pending:
            return "Chưa có ngày: " + site.public_reason(pending[tid])
        return "" if tid in marks else "Không có ngày cụ thể"

    sections = [
        dict(id=s.id, title=s.title, rows=[
            dict(task=t.id, content=site.plain_content(t.content), marks=marks.get(t.id, ()), note=note(t.id))
            for t in sorted((t for t in plan.tasks if t.section == s.id), key=lambda t: task_sort_key(t.id))])
        for s in plan.sections
    ]
    return site.environment().from_string(REFERENCE_TIMELINE).render(sections=sections)


def hostile_resolved() -> ResolvedPlan:
    """The test plan with hostile text in every field a row shows: labels, notes, reasons, titles, contents."""
    base = make_resolved()
    plan = base.plan
    plan = dataclasses.replace(
        plan,
        sections=tuple(dataclasses.replace(s, title=s.title + " " + HOSTILE) for s in plan.sections),
        tasks=tuple(dataclasses.replace(t, content=f"  {t.content}\n\t{HOSTILE}\u00a0 ") for t in plan.tasks),
    )
    by_id = {t.id: t for t in plan.tasks}

    def spoil(to):
        occ = dataclasses.replace(to.occurrence, label=HOSTILE, note="<b>" + HOSTILE, basis="&amp;")
        return dataclasses.replace(to, task=by_id[to.task.id], occurrence=occ)

    unresolved = tuple((by_id[t.id], Unresolved(0, "so-ket", HOSTILE, "<i>" + HOSTILE)) for t, _ in base.unresolved)
    return ResolvedPlan(plan, tuple(map(spoil, base.occurrences)), unresolved, base.errors,
                        tuple(map(spoil, base.undated)))


def between(page: bytes, start: str, end: str) -> str:
    """From `start` to the end of the line of `end`."""
    html = page.decode("utf-8")
    at = html.index(start)
    return html[at:html.index(end, at) + len(end) + 1]


def timeline_of(page: bytes) -> str:
    """The sections and rows of the timeline."""
    return between(page, '    <div class="tl-sec">', "\n  </div>\n  </div>")[: -len("  </div>\n  </div>\n")]


@pytest.mark.parametrize("make", [make_resolved, hostile_resolved], ids=["kit", "hostile"])
def test_rows_are_those_of_the_replaced_template_loops(make):
    resolved = make()
    pages = site.render_site(resolved, feeds(resolved.plan), base_url="https://lich.example.vn/kh/")
    for agency in resolved.plan.agencies:
        page = pages[f"co-quan/{agency.id}.html"]
        if b"<tbody>" in page:
            assert between(page, "    <tbody>\n", "    </tbody>") == reference_items(resolved, agency.id), agency.id
        else:
            assert reference_items(resolved, agency.id) == "    <tbody>\n    </tbody>\n"
    assert timeline_of(pages["index.html"]) == reference_timeline(resolved)


def test_hostile_text_in_rows_is_escaped():
    resolved = hostile_resolved()
    pages = site.render_site(resolved, feeds(resolved.plan), base_url=None)
    for path, page in pages.items():
        html = page.decode("utf-8")
        assert "<script>alert" not in html and html.count("<script>") == 1, path
    assert "&lt;b&gt;&lt;script&gt;alert(&#34;x&#34;)" in pages["co-quan/so-vh.html"].decode("utf-8")


def test_rows_marker_in_the_data_still_gives_the_page():
    """An agency name holding the marker where the rows go: the page is made the slow way, the same rows."""
    plan = make_plan()
    agencies = tuple(dataclasses.replace(a, name=a.name + site._ROWS) if a.id == "so-vh" else a for a in plan.agencies)
    resolved = make_resolved(dataclasses.replace(plan, agencies=agencies))
    page = site.render_site(resolved, feeds(resolved.plan))["co-quan/so-vh.html"]
    assert between(page, "    <tbody>\n", "    </tbody>") == reference_items(resolved, "so-vh")
    assert page.decode("utf-8").count(site._ROWS) == 2  # the title and the heading, as data


def test_iter_site_yields_the_pages_of_render_site_in_path_order():
    resolved = make_resolved()
    pages = site.render_site(resolved, feeds(resolved.plan), base_url="https://x.vn/")
    streamed = list(site.iter_site(resolved, feeds(resolved.plan), base_url="https://x.vn/"))
    assert streamed == list(pages.items())
    assert [p for p, _ in streamed] == sorted(pages)


def test_iter_site_refuses_a_bad_id_before_the_first_page():
    plan = make_plan(agencies=(Agency("../x", "Bad"), *make_plan().agencies))
    pages = site.iter_site(make_resolved(plan), [])
    with pytest.raises(KhIcalError, match="không dùng làm tên trang được"):
        next(pages)


def test_empty_section_and_task_outside_sections():
    plan = make_plan()
    plan = dataclasses.replace(plan, sections=(*plan.sections, Section("III", "Trống")),
                               tasks=(*plan.tasks, dataclasses.replace(plan.tasks[0], id="IX.1", section="IX")))
    resolved = make_resolved(plan)
    index = site.render_site(resolved, feeds(plan))["index.html"]
    assert timeline_of(index) == reference_timeline(resolved)
    assert '<div class="tl-sec">III. Trống</div>\n  </div>' in index.decode("utf-8")


def test_every_whitespace_but_space_is_unprintable():
    """What site._flat's quick test relies on."""
    assert not [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace() and c.isprintable() and c != " "]


@given(st.text(alphabet=st.sampled_from("ab ,.\t\n\r\x0b\x0c\x1c\x85\u00a0\u2003\u2028\u3000ệ<&")))
def test_flat_is_split_and_join(text):
    assert site._flat(text) == " ".join(text.split())


def test_flat_keeps_flat_text_as_is():
    text = "Tuyên truyền, cổ động trực quan"
    assert site._flat(text) is text
    assert re.fullmatch(r"\S+( \S+)*", site._flat("  a \n b\u00a0c  "))
