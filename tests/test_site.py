"""render_site: pages, escaping of hostile text, subscribe links, private URLs, self-containment."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest
import segno
from test_site_kit import HOSTILE, feeds, make_plan, make_resolved

from kh_ical.errors import KhIcalError
from kh_ical.model import Agency
from kh_ical.site import GOOGLE_ADD_BY_URL, content_html, nobreak, points, qr_svg, render_site, subscribe_links

BASE = "https://lich.example.vn/kh 9/"  # a space, to see the URL encoding at work
TOKENS = {"bao": "Tk_bao-SECRET-123456789", "so-vh": "Tk_sovh-SECRET-98765432"}


class Links(HTMLParser):
    """Every (tag, attribute, value) that can load or link something, and all visible text."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[tuple[str, str, str]] = []
        self.text: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        self.scripts += tag == "script"
        for name, value in attrs:
            if name in ("href", "src", "data-copy", "action", "poster"):
                self.refs.append((tag, name, value or ""))

    def handle_data(self, data):
        self.text.append(data)


def parse(page: bytes) -> Links:
    parser = Links()
    parser.feed(page.decode("utf-8"))
    return parser


@pytest.fixture(scope="module")
def resolved():
    return make_resolved()


@pytest.fixture(scope="module")
def site(resolved):
    return render_site(resolved, feeds(resolved.plan), base_url=BASE)


def test_one_page_per_agency_and_deterministic(resolved, site):
    expected = {"index.html"} | {f"co-quan/{a.id}.html" for a in resolved.plan.agencies}
    assert set(site) == expected
    assert render_site(resolved, feeds(resolved.plan), base_url=BASE) == site
    assert all(page.startswith(b"<!DOCTYPE html>\n<html lang=\"vi\">") for page in site.values())


def test_hostile_text_is_escaped_everywhere(site):
    for path, page in site.items():
        html = page.decode("utf-8")
        assert "<script>alert" not in html, path
        assert parse(page).scripts == 1, path  # only our own inline script
    index = site["index.html"].decode("utf-8")
    assert "Báo Lai Châu &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#39;quote&#39; &#34;dq&#34;" in index
    # and the parsed text is exactly the original: escaped, not mangled
    assert "Báo Lai Châu " + HOSTILE in "".join(parse(site["index.html"]).text)
    assert "Tuyên truyền trên báo " + HOSTILE in "".join(parse(site["co-quan/bao.html"]).text)


def test_subscribe_links_are_encoded(site):
    url = "https://lich.example.vn/kh 9/bao.ics"
    refs = {value for _, _, value in parse(site["index.html"]).refs}
    google = "https://calendar.google.com/calendar/render?cid=https%3A%2F%2Flich.example.vn%2Fkh%209%2Fbao.ics"
    assert google in refs
    outlook = next(v for v in refs if v.startswith("https://outlook.live.com/") and "bao.ics" in v)
    query = parse_qs(urlsplit(outlook).query)
    assert query["url"] == [url]
    assert query["name"] == ["KH 9 · Báo Lai Châu " + HOSTILE]
    assert "webcal://lich.example.vn/kh 9/bao.ics" in refs
    assert url in refs  # the copy button
    work = next(v for v in refs if v.startswith("https://outlook.office.com/") and "bao.ics" in v)
    assert urlsplit(work).path == "/calendar/0/addfromweb"
    assert parse_qs(urlsplit(work).query) == query  # the same address and name as for personal accounts
    assert "&amp;name=" in site["index.html"].decode("utf-8")  # the & of the query is escaped in HTML


def test_subscribe_links_helper():
    links = subscribe_links("http://192.168.1.5:8080/so-vh.ics", "KH 9 · Sở VH&TT")
    assert links.webcal == "webcal://192.168.1.5:8080/so-vh.ics"
    assert links.outlook.endswith("&name=KH%209%20%C2%B7%20S%E1%BB%9F%20VH%26TT")
    assert links.qr.startswith('<svg class="qr"') and "<script" not in links.qr


def test_qr_svg_draws_exactly_the_qr_matrix():
    url = "https://lich.example.vn/kh171/so-van-hoa-the-thao-va-du-lich.ics"
    svg = str(qr_svg(url, scale=3, border=2))
    matrix = segno.make(url, error="m", micro=False).matrix
    size = len(matrix) + 4
    assert f'viewBox="0 0 {size} {size}"' in svg and f'width="{size * 3}"' in svg
    drawn = [[0] * len(matrix) for _ in matrix]
    for x, y, w in re.findall(r"M(\d+) (\d+)h(\d+)v1h-\3z", re.search(r' d="([^"]*)"', svg).group(1)):
        for i in range(int(w)):
            drawn[int(y) - 2][int(x) - 2 + i] += 1
    assert drawn == [[int(bool(v)) for v in row] for row in matrix]


def test_pages_are_self_contained(site):
    allowed = ("https://calendar.google.com/calendar/render?cid=", "https://outlook.live.com/calendar/0/addfromweb?",
               "https://outlook.office.com/calendar/0/addfromweb?", GOOGLE_ADD_BY_URL)
    for path, page in site.items():
        html = page.decode("utf-8")
        assert "@import" not in html and "url(" not in html, path
        assert "<link rel=\"stylesheet\"" not in html
        for tag, attr, value in parse(page).refs:
            if attr == "data-copy" or value.startswith(("webcal://", "#", "data:")):
                continue
            if value.startswith(("http://", "https://", "//")):
                assert value.startswith(allowed) or (tag == "a" and value.startswith("https://lich.example.vn/")), (
                    path, tag, attr, value)
            else:
                assert tag == "a", (path, tag, attr, value)  # relative links only to our own pages/files


def test_relative_links_without_base_url(resolved):
    site = render_site(resolved, feeds(resolved.plan), base_url=None)
    index = parse(site["index.html"])
    hrefs = [v for t, a, v in index.refs if a == "href"]
    assert "bao.ics" in hrefs and "co-quan/bao.html" in hrefs and "tat-ca.ics" in hrefs
    assert not [v for v in hrefs if "google" in v or v.startswith("webcal:")]
    agency_hrefs = [v for t, a, v in parse(site["co-quan/bao.html"]).refs if a == "href"]
    assert "../bao.ics" in agency_hrefs and "../index.html" in agency_hrefs


def test_private_urls_only_when_asked(resolved):
    private_feeds = feeds(resolved.plan, private=TOKENS)
    hidden = render_site(resolved, private_feeds, base_url=BASE, private_urls=False)
    for path, page in hidden.items():
        assert b"SECRET" not in page, path
    assert "Liên kết riêng" in hidden["index.html"].decode("utf-8")
    shown = render_site(resolved, private_feeds, base_url=BASE, private_urls=True)
    refs = {v for _, _, v in parse(shown["index.html"]).refs}
    assert f"https://lich.example.vn/kh 9/p/{TOKENS['bao']}/bao.ics" in refs
    assert "https://lich.example.vn/kh 9/huyen-a.ics" in refs  # agencies without a token stay public


def test_index_rows_counts_and_first_milestone(site):
    html = site["index.html"].decode("utf-8")
    row = re.search(r'<tr id="so-vh"[^>]*>(.*?)</tr>', html, re.S).group(1)
    assert re.findall(r'<td class="num" data-label="[^"]+">(\d+)</td>', row) == ["5", "2"]
    # every milestone for the script, the first not done for readers without JS
    assert 'data-due="2023-05-09|I.3 2023-08-31|I.1 2024-01-02|II.3 2024-01-07|II.2 2024-01-08|II.1"' not in row
    due = re.search(r'data-due="([^"]*)"', row).group(1).split()
    assert due == ["2023-05-09|I.3", "2023-08-31|I.1", "2024-01-02|II.3", "2024-01-08|II.1"]
    assert '<span class="due-text">9/5/2023 · I.3</span>' in row
    group = re.search(r'<tr id="ubnd-huyen"[^>]*>(.*?)</tr>', html, re.S).group(1)
    assert "Nhóm gồm: UBND huyện A, UBND huyện B" in group


def test_agency_page_lists_dates_roles_and_caveats(site):
    bao = "".join(parse(site["co-quan/bao.html"]).text)
    assert "1/6/2023 – 31/8/2023" in bao and "Chủ trì" in bao
    assert "Chưa có ngày" in bao and "chưa có ngày của Hội nghị sơ kết" in bao  # I.5, unresolved
    assert "Phối hợp" in bao  # II.2
    huyen_a = "".join(parse(site["co-quan/huyen-a.html"]).text)
    assert "Ngày gần đúng (7 ngày trước đến 7 ngày sau sự kiện (mặc định))" in huyen_a  # II.1 via its group
    assert "Ghi chú: Trước lễ mít tinh kỷ niệm 5 ngày và sau 2 ngày" in huyen_a
    so_vh = "".join(parse(site["co-quan/so-vh.html"]).text)
    assert "Hạn 2/1/2024" in so_vh and "Ngày sự kiện là dự kiến, có thể thay đổi" in so_vh
    assert "Đã hoàn thành" in so_vh  # I.2
    assert "Không có ngày cụ thể, không có trong lịch" in so_vh  # I.4, undated
    idle = "".join(parse(site["co-quan/so-tc.html"]).text)
    assert "không chủ trì, không phối hợp nhiệm vụ nào" in idle
    assert "@media print" in site["co-quan/bao.html"].decode("utf-8")


def test_timeline_marks_events_and_places_bars(site):
    html = site["index.html"].decode("utf-8")
    tl = html[html.index('id="dong-thoi-gian"'):]
    # axis from 1/4/2023 (I.2 done on 12/4) to 1/2/2024: 306 days; I.1 starts on day 61
    assert 'class="bar window" style="left: 19.935%; width: 30.065%" title="I.1 · 1/6/2023 – 31/8/2023"' in tl
    assert '<span class="ev-num lv0" style="left: 89.869%" title="Kỷ niệm 20 năm chia tách, thành lập tỉnh (1/1/2024)">1</span>' in tl
    assert 'class="ev-num lv1"' in tl  # the rally two days later is moved down, not hidden
    assert "Chưa có ngày: Hội nghị sơ kết giữa nhiệm kỳ" in tl
    assert tl.count('class="tl-row"') == 10


def test_bad_agency_id_is_refused(resolved):
    plan = make_plan(agencies=(*resolved.plan.agencies, Agency("../x", "Bad")))
    with pytest.raises(KhIcalError, match="không dùng làm tên trang được"):
        render_site(make_resolved(plan), [], base_url=None)


def test_google_fallback_copies_the_address_and_opens_from_url(site):
    """Beside each Google button: a link to Google's "From URL" settings page that copies the feed's address."""
    html = site["index.html"].decode("utf-8")
    fallback = re.findall(r'<a class="small fallback" href="([^"]*)"[^>]*data-copy="([^"]*)"', html)
    assert len(fallback) == html.count("render?cid=") > 1
    assert ("https://calendar.google.com/calendar/u/0/r/settings/addbyurl",
            "https://lich.example.vn/kh 9/bao.ics") in fallback


def test_without_base_url_a_download_and_import_steps(resolved):
    site = render_site(resolved, feeds(resolved.plan), base_url=None)
    index, bao = site["index.html"].decode("utf-8"), site["co-quan/bao.html"].decode("utf-8")
    assert '<a class="btn primary" href="bao.ics">Tải tệp .ics</a>' in index
    assert '<a class="btn primary" href="../bao.ics">Tải tệp .ics</a>' in bao
    for html in (index, bao):
        assert "Cài đặt → Nhập và xuất → Nhập" in html and "Thêm lịch → Tải lên từ tệp" in html
        assert "render?cid=" not in html and 'data-copy="' not in html and "base-url" not in html
        assert "Đăng ký, đừng nhập tệp" not in html  # no subscribe steps without subscribe buttons
    assert index.count("Tải lên từ tệp") == 1  # the steps once, not in every row


def test_last_updated_is_the_given_time_in_the_plan_zone(resolved):
    import datetime as dt

    when = dt.datetime(2024, 3, 1, 23, 5, tzinfo=dt.timezone.utc)  # 6:05 on 2/3 in Hà Nội
    site = render_site(resolved, feeds(resolved.plan), updated=when)
    for page in site.values():
        assert "Lịch cập nhật lần cuối: 6:05 ngày 2/3/2024" in page.decode("utf-8")
    assert render_site(resolved, feeds(resolved.plan), updated=when) == site  # the given time, not the clock
    assert "cập nhật lần cuối" not in render_site(resolved, feeds(resolved.plan))["index.html"].decode("utf-8")


def test_groups_explained_on_member_and_group_pages(site):
    group = site["co-quan/ubnd-huyen.html"].decode("utf-8")
    assert '<b>Đây là một nhóm</b>, gồm: <a href="../co-quan/huyen-a.html">UBND huyện A</a>' in group
    assert "chỉ cần đăng ký lịch của cơ quan mình" in group
    member = site["co-quan/huyen-a.html"].decode("utf-8")
    assert '<b>Thuộc nhóm</b> <a href="../co-quan/ubnd-huyen.html">UBND các huyện, thành phố</a>' in member
    assert "đừng đăng ký thêm lịch của nhóm" in member
    assert "Thuộc nhóm" not in site["co-quan/so-vh.html"].decode("utf-8")
    index = site["index.html"].decode("utf-8")
    assert "Thuộc nhóm: UBND các huyện, thành phố" in re.search(r'<tr id="huyen-a".*?</tr>', index, re.S).group()


def test_points_of_a_task_become_a_list():
    assert points("- Tăng cường tin, bài. - Chú trọng bài viết 2020 - 2025.") == (
        "", ("Tăng cường tin, bài.", "Chú trọng bài viết 2020 - 2025."))
    assert points("Gồm:\n+ một;\n+ hai") == ("Gồm:", ("một;", "hai"))
    assert points("Hội Văn học - Nghệ thuật tỉnh") == ("Hội Văn học - Nghệ thuật tỉnh", ())
    assert points("- Một việc") == ("Một việc", ())
    html = content_html("- a <b>. - " + HOSTILE)
    assert html == ('<ul class="points"><li>a &lt;b&gt;.</li><li>&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; '
                    "&amp; &#39;quote&#39; &#34;dq&#34;</li></ul>")


def test_plan_numbers_never_break():
    assert str(nobreak("Kế hoạch số 171-KH/BTGTU, ngày 30/5/2023")) == (
        'Kế hoạch số <span class="nw">171-KH/BTGTU</span>, ngày <span class="nw">30/5/2023</span>')
    assert str(nobreak("<a-b>")) == '&lt;<span class="nw">a-b</span>&gt;'  # escaped around and inside
    assert str(nobreak("x" * 40 + "-1")) == "x" * 40 + "-1"  # too long to keep on a phone's line


def test_no_internal_ids_on_pages(resolved):
    import dataclasses

    from kh_ical.model import Unresolved

    task, _ = resolved.unresolved[0]
    un = Unresolved(0, "so-ket", "Số báo", "chưa có ngày của sự kiện “Hội nghị sơ kết” (so-ket)")
    site = render_site(dataclasses.replace(resolved, unresolved=((task, un),)), feeds(resolved.plan))
    for path, page in site.items():
        assert "(so-ket)" not in "".join(parse(page).text), path
    assert "chưa có ngày của sự kiện “Hội nghị sơ kết”" in site["co-quan/bao.html"].decode("utf-8")


def test_search_box_needs_javascript_and_the_list_is_whole_without_it(site, resolved):
    """The box is `hidden` until the script shows it; every agency's row is in the page."""
    html = site["index.html"].decode("utf-8")
    assert '<div class="search" id="tim" hidden>' in html
    rows = re.findall(r'<tr id="([a-z0-9-]+)" data-name="([^"]*)"', html)
    assert [r[0] for r in rows] == [a.id for a in resolved.plan.agencies]
    assert ("so-vh", "Sở Văn hóa, Thể thao và Du lịch · Sở VH,TT&amp;DL") in rows
