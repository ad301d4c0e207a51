"""Held-out real timing cells from plans and directives on agriculture, natural resources and
environment, construction, transport, land, rural development and disaster prevention, many of them
at district (cấp huyện) and commune (cấp xã) level, with hand-worked answers.

How collected: two public stores were searched. (1) The GitHub repository tnt305/tai_lieu_noi_bo,
which mirrors the full text of Vietnamese legal documents of late 2025 (src/etl/dataset/*.md); there
the timing clauses of each plan, công văn or thông báo are taken in document order. (2) The stored
"pages" corpus (government portals and newspapers, opening part of each page only); there the timing
phrases are taken in order from what is readable, mostly district and commune notices (lịch thời vụ,
làm thủy lợi, tiêm phòng, vệ sinh môi trường). From long tables a contiguous run of cells was taken.
Table cells are copied as written; in prose the timing clause is copied with its own lead words.
Not taken: dates of issue, dates of other documents, years that are only part of a name, and
reports of what had already been done. Every answer was worked out by hand from the words and a
calendar (python datetime for weekdays, lunar_vn for Tết) following /work/notes/conventions.md.

Collected without reading the resolver; to be scored once.
"""
from tests.corpus.spec import Cell, Doc

_GH = "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/"

# --- disaster prevention, environment, fisheries (province plans, full text) ----------------------

# Quyết định 2853/QĐ-UBND ngày 21/11/2025 của UBND TP Hồ Chí Minh ban hành Kế hoạch thực hiện Đề án "Nâng cao nhận thức cộng đồng và quản lý rủi ro thiên tai dựa vào cộng đồng, đến năm 2030" — tnt305/tai_lieu_noi_bo 437c3beb60ae2874.md
L01 = Doc(
    "Quyết định 2853/QĐ-UBND ngày 21/11/2025 của UBND TP Hồ Chí Minh ban hành Kế hoạch triển khai Đề án nâng cao nhận thức cộng đồng và quản lý rủi ro thiên tai dựa vào cộng đồng đến năm 2030",
    _GH + "437c3beb60ae2874.md",
    date="2025-11-21",
    end="2030-12-31",
)
# Kế hoạch 0134/KH-UBND ngày 25/11/2025 của UBND tỉnh Đắk Lắk quan trắc, cảnh báo môi trường vùng nuôi trồng thủy sản giai đoạn 2026-2030 — d5ffa6afac124d52.md
L02 = Doc(
    "Kế hoạch 0134/KH-UBND ngày 25/11/2025 của UBND tỉnh Đắk Lắk quan trắc, cảnh báo môi trường tại một số vùng nuôi trồng thủy sản giai đoạn 2026-2030",
    _GH + "d5ffa6afac124d52.md",
    date="2025-11-25",
    end="2030-12-31",
)
# Kế hoạch 235/KH-UBND ngày 18/11/2025 của UBND tỉnh Thanh Hóa quan trắc, cảnh báo môi trường nuôi trồng thủy sản năm 2026 — 85ff77cbda28ffbb.md
L03 = Doc(
    "Kế hoạch 235/KH-UBND ngày 18/11/2025 của UBND tỉnh Thanh Hóa quan trắc, cảnh báo môi trường nuôi trồng thủy sản năm 2026",
    _GH + "85ff77cbda28ffbb.md",
    date="2025-11-18",
    year=2026,
    end="2026-12-31",
)
# Kế hoạch 0129/KH-UBND ngày 21/11/2025 của UBND tỉnh Đắk Lắk hỗ trợ nhu yếu phẩm khẩn cấp cho nhân dân bị ảnh hưởng mưa lũ — 62f25a030c183151.md
L04 = Doc(
    "Kế hoạch 0129/KH-UBND ngày 21/11/2025 của UBND tỉnh Đắk Lắk hỗ trợ nhu yếu phẩm khẩn cấp cho nhân dân bị ảnh hưởng mưa lũ",
    _GH + "62f25a030c183151.md",
    date="2025-11-21",
)
# Kế hoạch 556/KH-UBND ngày 19/11/2025 của UBND tỉnh Đồng Tháp thực hiện Nghị quyết 48/NQ-CP (tài nguyên, môi trường biển và hải đảo đến năm 2030) — bffd9da6f0d38031.md
L05 = Doc(
    "Kế hoạch 556/KH-UBND ngày 19/11/2025 của UBND tỉnh Đồng Tháp thực hiện Chiến lược khai thác, sử dụng bền vững tài nguyên, bảo vệ môi trường biển và hải đảo đến năm 2030",
    _GH + "bffd9da6f0d38031.md",
    date="2025-11-19",
    end="2030-12-31",
)
# Quyết định 213/2025/QĐ-UBND ngày 18/11/2025 của UBND TP Hải Phòng quy định cấp dự báo cháy rừng, thời gian cao điểm cháy rừng — 2d563450d5a57ad1.md
L06 = Doc(
    "Quyết định 213/2025/QĐ-UBND ngày 18/11/2025 của UBND TP Hải Phòng quy định cấp dự báo cháy rừng, thời gian cao điểm xảy ra cháy rừng và vùng trọng điểm cháy rừng",
    _GH + "2d563450d5a57ad1.md",
    date="2025-11-18",
)
# Quyết định 96/2025/QĐ-UBND ngày 19/11/2025 của UBND tỉnh Quảng Ninh quy định về phòng cháy, chữa cháy rừng — adf53d885efc1c23.md
L07 = Doc(
    "Quyết định 96/2025/QĐ-UBND ngày 19/11/2025 của UBND tỉnh Quảng Ninh ban hành Quy định về phòng cháy, chữa cháy rừng",
    _GH + "adf53d885efc1c23.md",
    date="2025-11-19",
)
# Thông báo 97/TB-TLMN-DTPH ngày 24/11/2025 của Công ty TNHH MTV Khai thác Thủy lợi Miền Nam điều chỉnh xả nước qua tràn hồ Dầu Tiếng (qua bài của Thư viện Pháp luật) — 11cc8db61cff01e8.md
L08 = Doc(
    "Thông báo 97/TB-TLMN-DTPH ngày 24/11/2025 của Công ty TNHH MTV Khai thác Thủy lợi Miền Nam về điều chỉnh thời gian, lưu lượng xả nước qua tràn hồ Dầu Tiếng đợt 08 năm 2025",
    _GH + "11cc8db61cff01e8.md",
    date="2025-11-24",
)

# --- construction, transport, land (full text or quoted directive) ---------------------------------

# Kế hoạch 597/KH-UBND ngày 27/11/2025 của UBND tỉnh Đồng Tháp chuyển đổi số trong xây dựng, quản lý, khai thác kết cấu hạ tầng giao thông — 689f49d25e51cbaa.md
L09 = Doc(
    "Kế hoạch 597/KH-UBND ngày 27/11/2025 của UBND tỉnh Đồng Tháp chuyển đổi số trong hoạt động xây dựng, quản lý, khai thác kết cấu hạ tầng giao thông",
    _GH + "689f49d25e51cbaa.md",
    date="2025-11-27",
    end="2030-12-31",
)
# Thông báo 627/TB-VPCP ngày 18/11/2025 kết luận của Thủ tướng tại Phiên họp thứ 21 Ban Chỉ đạo các công trình, dự án quan trọng quốc gia, trọng điểm ngành giao thông — 50f694478a35aefd.md
L10 = Doc(
    "Thông báo 627/TB-VPCP ngày 18/11/2025 kết luận của Thủ tướng Chính phủ tại Phiên họp lần thứ 21 Ban Chỉ đạo Nhà nước các công trình, dự án quan trọng quốc gia, trọng điểm ngành giao thông vận tải",
    _GH + "50f694478a35aefd.md",
    date="2025-11-18",
)
# Công văn 6131/UBND-XDCT năm 2025 của UBND tỉnh Gia Lai đẩy nhanh tiến độ Dự án cao tốc Quy Nhơn - Pleiku (qua bài của Thư viện Pháp luật) — c2e4bcc4c2c66b03.md
L11 = Doc(
    "Công văn 6131/UBND-XDCT năm 2025 của UBND tỉnh Gia Lai về đẩy nhanh tiến độ triển khai Dự án cao tốc Quy Nhơn - Pleiku (date approximate)",
    _GH + "c2e4bcc4c2c66b03.md",
    date="2025-11-25",  # unsure: not shown; late November 2025 (before its 15/12/2025 milestone; stored 18/12/2025)
)
# Công văn 4858/UBND-KTTH ngày 17/11/2025 của UBND tỉnh Bắc Ninh đẩy nhanh giải phóng mặt bằng KCN Quế Võ mở rộng II (qua bài của Thư viện Pháp luật) — 5737b10614d3dd83.md
L12 = Doc(
    "Công văn 4858/UBND-KTTH ngày 17/11/2025 của UBND tỉnh Bắc Ninh về đẩy nhanh giải phóng mặt bằng dự án Khu công nghiệp Quế Võ mở rộng II",
    _GH + "5737b10614d3dd83.md",
    date="2025-11-17",
)
# Thông báo 393/TB-UBND ngày 20/11/2025 của UBND tỉnh Quảng Ngãi kết luận về xây dựng bảng giá đất lần đầu (qua bài của Thư viện Pháp luật) — 8fddedd081334870.md
L13 = Doc(
    "Thông báo 393/TB-UBND ngày 20/11/2025 của UBND tỉnh Quảng Ngãi kết luận của Phó Chủ tịch UBND tỉnh về tiến độ xây dựng bảng giá đất lần đầu",
    _GH + "8fddedd081334870.md",
    date="2025-11-20",
)
# Công văn 4085/UBND-ĐT ngày 25/11/2025 của UBND TP Hồ Chí Minh rà soát, chuẩn hóa dữ liệu số nhà gắn với dữ liệu đất đai — 717159673033f644.md
L14 = Doc(
    "Công văn 4085/UBND-ĐT ngày 25/11/2025 của UBND TP Hồ Chí Minh về rà soát và chuẩn hóa dữ liệu số nhà sau sắp xếp, gắn liền với dữ liệu đất đai",
    _GH + "717159673033f644.md",
    date="2025-11-25",
)
# Kế hoạch 279/KH-UBND ngày 28/10/2025 của UBND tỉnh Lạng Sơn lập Điều chỉnh Quy hoạch tỉnh (qua bài của Thư viện Pháp luật) — d7334f6ffd7e96fd.md
L15 = Doc(
    "Kế hoạch 279/KH-UBND ngày 28/10/2025 của UBND tỉnh Lạng Sơn tổ chức lập Điều chỉnh Quy hoạch tỉnh Lạng Sơn thời kỳ 2021-2030",
    _GH + "d7334f6ffd7e96fd.md",
    date="2025-10-28",
)
# Thông báo 1024/TB-SXD ngày 4/9/2025 của Sở Xây dựng Hà Nội phân luồng giao thông thi công cầu 72-II đường tỉnh 423 (qua bài của Thư viện Pháp luật) — 82ae0c93b3e910bb.md
L16 = Doc(
    "Thông báo 1024/TB-SXD ngày 04/9/2025 của Sở Xây dựng TP Hà Nội về phân luồng tổ chức giao thông phục vụ thi công cầu 72-II trên đường tỉnh 423",
    _GH + "82ae0c93b3e910bb.md",
    date="2025-09-04",
)
# Thông báo 285/TB-VPCP ngày 5/6/2025 kết luận của Phó Thủ tướng Bùi Thanh Sơn về 4 dự án giao thông trọng điểm (theo baochinhphu.vn) — 9d9fa17e3c5892bb.md
L17 = Doc(
    "Thông báo 285/TB-VPCP ngày 05/6/2025 kết luận của Phó Thủ tướng Bùi Thanh Sơn, Trưởng Đoàn kiểm tra số 05, về các dự án cao tốc Tuyên Quang - Hà Giang, Đồng Đăng - Trà Lĩnh, Hữu Nghị - Chi Lăng",
    _GH + "9d9fa17e3c5892bb.md",
    date="2025-06-05",
)
# Công văn 11607/VPCP-CN năm 2025 của Văn phòng Chính phủ đẩy nhanh tiến độ các tuyến cao tốc Cần Thơ - Hậu Giang, Hậu Giang - Cà Mau, Cao Lãnh - Lộ Tẻ, Lộ Tẻ - Rạch Sỏi (qua bài của Thư viện Pháp luật) — 486bb2e8f2407202.md
L18 = Doc(
    "Công văn 11607/VPCP-CN năm 2025 của Văn phòng Chính phủ truyền đạt ý kiến Phó Thủ tướng Trần Hồng Hà về đẩy nhanh tiến độ 05 dự án cao tốc khu vực Đồng bằng sông Cửu Long (date approximate)",
    _GH + "486bb2e8f2407202.md",
    date="2025-11-20",  # unsure: not shown; after the Bộ Xây dựng report of 12/11, before its November milestone ends
)
# Thông báo phân luồng giao thông tạm thời các tuyến đường Nguyễn Tri Phương, Lê Đại Hành, Hồ Xuân Hương (Hải Phòng) từ ngày 27/5/2022 (An ninh Hải Phòng) — http://beta.anhp.vn/thong-bao-phan-luong-giao-thong-tam-thoi-cac-tuyen-duong-nguyen-tri-phuong-le-dai-hanh-ho-xuan-huong-tu-ngay-27-5-d47746.html
L19 = Doc(
    "Thông báo phân luồng giao thông tạm thời các tuyến đường Nguyễn Tri Phương, Lê Đại Hành, Hồ Xuân Hương từ ngày 27/5/2022 (Sở GTVT Hải Phòng, theo An ninh Hải Phòng) (date approximate)",
    "http://beta.anhp.vn/thong-bao-phan-luong-giao-thong-tam-thoi-cac-tuyen-duong-nguyen-tri-phuong-le-dai-hanh-ho-xuan-huong-tu-ngay-27-5-d47746.html",
    date="2022-05-26",  # unsure: not shown, nor the issuer; just before the closure of 27/5/2022
)

# --- agriculture, irrigation, rural development (Sở, huyện, xã; portals and newspapers) -----------

# Công văn của Sở Nông nghiệp và PTNT Khánh Hòa về xây dựng kế hoạch nông thôn mới năm 2022 (Báo Khánh Hòa, 08/8/2021) — https://baokhanhhoa.vn/phong-su/xay-dung-nong-thon-moi/202108/xay-dung-ke-hoach-nong-thon-moi-nam-2022-8224821/
L20 = Doc(
    "Công văn của Sở Nông nghiệp và PTNT tỉnh Khánh Hòa đề nghị các địa phương rà soát, xây dựng kế hoạch thực hiện Chương trình MTQG xây dựng nông thôn mới năm 2022 (Báo Khánh Hòa, 08/8/2021) (date approximate)",
    "https://baokhanhhoa.vn/phong-su/xay-dung-nong-thon-moi/202108/xay-dung-ke-hoach-nong-thon-moi-nam-2022-8224821/",
    date="2021-08-08",  # unsure: the article's date; the công văn is a few days older
)
# Thông báo 356/TB-UBND ngày 20/10/2021 của UBND xã Hương Thọ (TP Huế) về lịch thời vụ gieo trồng vụ Đông Xuân 2021-2022 — https://huongtho.thuathienhue.gov.vn/?cn=28&gd=4&tc=1548
L21 = Doc(
    "Thông báo 356/TB-UBND ngày 20/10/2021 của UBND xã Hương Thọ, TP Huế, về lịch thời vụ gieo trồng vụ Đông Xuân 2021-2022",
    "https://huongtho.thuathienhue.gov.vn/?cn=28&gd=4&tc=1548",
    date="2021-10-20",
    year=2022,  # the season runs Nov 2021 - May 2022; most of its dates are in 2022
)
# Hướng dẫn lịch thời vụ gieo trồng vụ Hè Thu 2022 của UBND xã A Roàng (huyện A Lưới, Thừa Thiên Huế) — https://aroang.thuathienhue.gov.vn/?gd=4&cn=115&tc=11402
L22 = Doc(
    "Hướng dẫn lịch thời vụ gieo trồng vụ Hè Thu 2022 của UBND xã A Roàng, huyện A Lưới, tỉnh Thừa Thiên Huế (date approximate)",
    "https://aroang.thuathienhue.gov.vn/?gd=4&cn=115&tc=11402",
    date="2022-05-11",  # unsure: the portal's update date; after the district guide of 04/5/2022
)
# Hướng dẫn lịch thời vụ gieo trồng vụ Đông Xuân 2018-2019 của Sở Nông nghiệp và PTNT Thừa Thiên Huế — https://snnptnt.thuathienhue.gov.vn/?cn=198&gd=7&tc=1407
L23 = Doc(
    "Hướng dẫn lịch thời vụ gieo trồng vụ Đông Xuân 2018-2019 của Sở Nông nghiệp và PTNT tỉnh Thừa Thiên Huế (date approximate)",
    "https://snnptnt.thuathienhue.gov.vn/?cn=198&gd=7&tc=1407",
    date="2018-10-16",  # unsure: the portal's update date
    year=2019,  # the heading stage of the 2018-2019 winter-spring crop falls in 2019
)
# UBND huyện Tân Yên (Bắc Giang) chỉ đạo nạo vét kênh mương thủy lợi nội đồng đợt 2 năm 2016 — http://tanyen.bacgiang.gov.vn/tin-tuc/10923/Nao-vet-kenh-muong-thuy-loi-noi-d%C3%B4ng-dot-2-nam-2016.html
L24 = Doc(
    "Yêu cầu của UBND huyện Tân Yên, tỉnh Bắc Giang, về nạo vét kênh mương thủy lợi nội đồng đợt 2 năm 2016 (Cổng TTĐT huyện, 11/10/2016) (date approximate)",
    "http://tanyen.bacgiang.gov.vn/tin-tuc/10923/Nao-vet-kenh-muong-thuy-loi-noi-d%C3%B4ng-dot-2-nam-2016.html",
    date="2016-10-11",  # unsure: the posting date; the campaign itself starts 30/9/2016
)
# Kế hoạch làm thủy lợi đông xuân 2015-2016 của huyện Thanh Hà (Hải Dương), Đài phát thanh huyện — http://vaithieuthanhha.net.vn/uncategorized/huyen-nha-ra-quan-lam-thuy-loi.html
L25 = Doc(
    "Kế hoạch làm thủy lợi đông xuân 2015-2016 của huyện Thanh Hà, tỉnh Hải Dương (Đài phát thanh huyện, 09/11/2015) (date approximate)",
    "http://vaithieuthanhha.net.vn/uncategorized/huyen-nha-ra-quan-lam-thuy-loi.html",
    date="2015-11-09",  # unsure: the article's date
)
# Kế hoạch làm thủy lợi vụ đông xuân 2016 của huyện Thanh Hà (Hải Dương), Đài phát thanh huyện — http://vaithieuthanhha.net.vn/tin-tuc-su-kien/ra-quan-lam-thuy-loi-vu-dong-xuan-2016.html
L26 = Doc(
    "Kế hoạch làm thủy lợi vụ đông xuân 2016-2017 của huyện Thanh Hà, tỉnh Hải Dương (Đài phát thanh huyện, tháng 11/2016) (date approximate)",
    "http://vaithieuthanhha.net.vn/tin-tuc-su-kien/ra-quan-lam-thuy-loi-vu-dong-xuan-2016.html",
    date="2016-11-10",  # unsure: the launch day reported, 10/11/2016
)
# Kế hoạch làm thủy lợi đông xuân 2015-2016 của một huyện tỉnh Hải Dương (xã Hoàng Hanh, huyện Ninh Giang) (Báo Hải Dương, 03/11/2015) — https://baohaiduong.vn/print/294809.html
L27 = Doc(
    "Kế hoạch làm thủy lợi đông xuân 2015-2016 của huyện Ninh Giang, tỉnh Hải Dương (Báo Hải Dương, 03/11/2015)",
    "https://baohaiduong.vn/print/294809.html",
    date="2015-11-03",  # unsure: the article's date; the district is read from the commune it names (Hoàng Hanh)
)
# Văn bản của UBND tỉnh Thanh Hóa đôn đốc hoàn thành ra quân làm thủy lợi mùa khô 2025-2026 (Báo Thanh Hóa) — https://baothanhhoa.vn/thanh-hoa-khan-truong-ra-quan-hoan-thanh-lam-thuy-loi-mua-kho-truoc-ngay-2-2-2026-276558.htm
L28 = Doc(
    "Văn bản của UBND tỉnh Thanh Hóa chỉ đạo khẩn trương hoàn thành ra quân làm thủy lợi mùa khô năm 2025-2026 (Báo Thanh Hóa) (date approximate)",
    "https://baothanhhoa.vn/thanh-hoa-khan-truong-ra-quan-hoan-thanh-lam-thuy-loi-mua-kho-truoc-ngay-2-2-2026-276558.htm",
    date="2026-01-20",  # unsure: not shown; some days before its 2/2/2026 deadline
)
# Kế hoạch tiêm phòng vaccine Lở mồm long móng gia súc và Cúm gia cầm năm 2018 của UBND TP Đà Nẵng (Công an Đà Nẵng, 28/10/2017) — https://cadn.com.vn/tiem-phong-vaccine-cho-gia-suc-gia-cam-post174286.html
L29 = Doc(
    "Kế hoạch tiêm phòng vaccine Lở mồm long móng gia súc và Cúm gia cầm năm 2018 của UBND TP Đà Nẵng (Báo Công an Đà Nẵng, 28/10/2017) (date approximate)",
    "https://cadn.com.vn/tiem-phong-vaccine-cho-gia-suc-gia-cam-post174286.html",
    date="2017-10-28",  # unsure: the article's date
    year=2018,
)
# UBND quận Bắc Từ Liêm (Hà Nội) triển khai tiêm phòng vắc xin cho gia súc, gia cầm năm 2019 (Hànộimới, 22/03/2019) — http://nhipsonghanoi.hanoimoi.com.vn/tin-tuc/co-so/820051/quan-bac-tu-liem-bao-dam-90-gia-suc-gia-cam-duoc-tiem-phong-vac-xin
L30 = Doc(
    "Kế hoạch tiêm phòng vắc xin cho đàn gia súc, gia cầm năm 2019 của UBND quận Bắc Từ Liêm, TP Hà Nội (Hànộimới, 22/03/2019) (date approximate)",
    "http://nhipsonghanoi.hanoimoi.com.vn/tin-tuc/co-so/820051/quan-bac-tu-liem-bao-dam-90-gia-suc-gia-cam-duoc-tiem-phong-vac-xin",
    date="2019-03-22",  # unsure: the article's date
)
# Kế hoạch phòng, chống dịch bệnh gia súc, gia cầm năm 2011 của TP Hà Nội (Dân Việt, 24/03/2011) — https://danviet.vn/print-777736915.htm
L31 = Doc(
    "Kế hoạch phòng, chống dịch bệnh gia súc, gia cầm năm 2011 của UBND TP Hà Nội (Dân Việt, 24/03/2011) (date approximate)",
    "https://danviet.vn/print-777736915.htm",
    date="2011-03-24",  # unsure: the article's date
)
# Công văn 3015/UBND-TN ngày 23/8/2018 của UBND huyện Phú Lộc (Thừa Thiên Huế) về vệ sinh môi trường, thu gom rác thải — https://phuloc.thuathienhue.gov.vn/?cn=949&gd=1&tc=2772
L32 = Doc(
    "Công văn 3015/UBND-TN ngày 23/8/2018 của UBND huyện Phú Lộc, tỉnh Thừa Thiên Huế, triển khai kế hoạch vệ sinh môi trường, thu gom xử lý rác thải",
    "https://phuloc.thuathienhue.gov.vn/?cn=949&gd=1&tc=2772",
    date="2018-08-23",
)

_Y25_30 = "R W 2025-01-01..2025-12-31 2026-01-01..2026-12-31 ... 2030-01-01..2030-12-31"

# L01 TP HCM, quản lý rủi ro thiên tai dựa vào cộng đồng
L01_1 = Cell(L01, "Đến hết năm 2030, phấn đấu đạt được những mục tiêu sau:", "D 2030-12-31")
L01_2 = Cell(L01, "Thời gian: từ nay đến năm 2030.", "W 2025-11-21..2030-12-31")
L01_3 = Cell(L01, "hàng năm", _Y25_30)  # the city's yearly plan, bounded by the plan's end
L01_4 = Cell(L01, "hàng năm và tổng kết sau khi kết thúc Đề án", _Y25_30 + "; U",
             events={"kết thúc Đề án": "2030-12-31"})  # unsure: "sau khi kết thúc Đề án" has no N days; left undated

# L02 Đắk Lắk, quan trắc môi trường nuôi trồng thủy sản 2026-2030
L02_1 = Cell(L02, "Thời gian thực hiện: Từ năm 2026 - 2030.", "W 2026-01-01..2030-12-31")
L02_2 = Cell(L02, "Thời gian thực hiện: Từ tháng 3 đến tháng 11 hàng năm",
             "R W 2025-03-01..2025-11-30 2026-03-01..2026-11-30 ... 2030-03-01..2030-11-30")  # unsure: first instance by the rule (ends after the doc date) is 2025, though the plan runs 2026-2030
L02_3 = Cell(L02, "Thời gian thực hiện: Từ tháng 3 đến tháng 11 hằng năm",
             "R W 2025-03-01..2025-11-30 2026-03-01..2026-11-30 ... 2030-03-01..2030-11-30")  # unsure: as above
L02_4 = Cell(L02, "báo cáo tổng hợp hàng quý và hàng năm",
             "R W 2025-10-01..2025-12-31 2026-01-01..2026-03-31 ... 2030-10-01..2030-12-31; " + _Y25_30)
L02_5 = Cell(L02, "Chế độ báo cáo gồm báo cáo định kỳ, báo cáo tổng hợp… và báo cáo theo yêu cầu của cơ quan quản lý", "U")
L02_6 = Cell(L02, "Thời gian: 01 ngày/hội nghị.", "U")  # a duration with no date
L02_7 = Cell(L02, "hàng năm", _Y25_30)
L02_8 = Cell(L02, "định kỳ báo cáo UBND tỉnh và Bộ Nông nghiệp và Môi trường theo quy định", "U")

# L03 Thanh Hóa, quan trắc môi trường nuôi trồng thủy sản năm 2026
L03_1 = Cell(L03, "thời gian quan trắc từ tháng 3 đến tháng 10 năm 2026", "W 2026-03-01..2026-10-31")
L03_2 = Cell(L03, "thời gian quan trắc vào tháng 4 và tháng 8 năm 2026", "W 2026-04-01..2026-04-30; W 2026-08-01..2026-08-31")
L03_3 = Cell(L03, "trước ngày 15/12/2026", "D 2026-12-14")
L03_4 = Cell(L03, "08 tháng (từ tháng 3 đến tháng 10)", "W 2026-03-01..2026-10-31")  # Phụ lục II, plan year 2026
L03_5 = Cell(L03, "02 tháng (tháng 4 và tháng 8)", "W 2026-04-01..2026-04-30; W 2026-08-01..2026-08-31")

# L04 Đắk Lắk, nhu yếu phẩm sau mưa lũ
L04_1 = Cell(L04, "cập nhật thường xuyên", "U")
L04_2 = Cell(L04, "trước 19h00’ hằng ngày và đột xuất khi cần thiết", "U")

# L05 Đồng Tháp, tài nguyên và môi trường biển
L05_1 = Cell(L05, "Mục tiêu cụ thể đến năm 2030", "D 2030-12-31")
L05_2 = Cell(L05, "các chiến dịch tuyên truyền cao điểm hàng năm bao gồm: Ngày Môi trường thế giới (05/6), Ngày Đại dương thế giới (08/6), Tuần lễ Biển và Hải đảo Việt Nam (01 - 08/6)",
             "R O 2026-06-05 2027-06-05 ... 2030-06-05; R O 2026-06-08 2027-06-08 ... 2030-06-08; "
             "R W 2026-06-01..2026-06-08 2027-06-01..2027-06-08 ... 2030-06-01..2030-06-08")
L05_3 = Cell(L05, "Phấn đấu đến năm 2030", "D 2030-12-31")
L05_4 = Cell(L05, "định kỳ cập nhật kịch bản biến đổi khí hậu, nước biển dâng", "U")
L05_5 = Cell(L05, "Thường xuyên chủ động tìm kiếm, phối hợp", "U")
L05_6 = Cell(L05, "Định kỳ hàng năm", _Y25_30)
L05_7 = Cell(L05, "đến năm 2030", "D 2030-12-31")
L05_8 = Cell(L05, "định kỳ hàng năm báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường chậm nhất ngày 17 tháng 12",
             "R D 2025-12-17 2026-12-17 ... 2030-12-17")
L05_9 = Cell(L05, "Thời gian báo cáo định kỳ hàng năm tính từ ngày 15 tháng 12 năm trước kỳ báo cáo đến ngày 14 tháng 12 của kỳ báo cáo",
             "R W 2024-12-15..2025-12-14 2025-12-15..2026-12-14 ... 2030-12-15..2031-12-14")  # unsure: a reporting period, not a task window; instances by the rule (first ending after the doc date, last starting before the plan's end)

# L06 Hải Phòng, cháy rừng
L06_1 = Cell(L06, "Các chủ rừng phải thường xuyên kiểm tra lực lượng canh phòng", "U")
L06_2 = Cell(L06, "đảm bảo trực 12/24 giờ (từ 9 giờ đến 21 giờ trong ngày)", "U")  # times with no date
L06_3 = Cell(L06, "Thời gian cao điểm xảy ra cháy rừng trên địa bàn thành phố Hải Phòng được xác định trong khoảng thời gian 07 tháng (bảy tháng), từ tháng 10 của năm trước đến hết tháng 4 của năm sau.",
             "R W 2025-10-01..2026-04-30 2026-10-01..2027-04-30")  # unsure: a yearly season with no "hằng năm"; read as repeating, default one-year bound
L06_4 = Cell(L06, "Quyết định có hiệu lực thi hành kể từ ngày 28 tháng 11 năm 2025", "O 2025-11-28")

# L07 Quảng Ninh, phòng cháy chữa cháy rừng
L07_1 = Cell(L07, "Các chủ rừng phải thường xuyên canh phòng", "U")
L07_2 = Cell(L07, "Hằng năm",
             "R W 2025-01-01..2025-12-31 2026-01-01..2026-12-31")
L07_3 = Cell(L07, "vào trước ngày 20/12 hàng năm và báo cáo đột xuất theo yêu cầu",
             "R D 2025-12-19 2026-12-19; U")
L07_4 = Cell(L07, "Quyết định này có hiệu lực thi hành kể từ ngày 30 tháng 11 năm 2025", "O 2025-11-30")

# L08 hồ Dầu Tiếng
L08_1 = Cell(L08, "từ 07 giờ ngày 25/11/2025 đến 07 giờ ngày 02/12/2025", "W 2025-11-25T07:00-07:00..2025-12-02")  # a timed window: 07:00 on 25/11 to 07:00 on 2/12 (was unsure)

# L09 Đồng Tháp, chuyển đổi số hạ tầng giao thông
L09_1 = Cell(L09, "Phấn đấu đến năm 2030", "D 2030-12-31")
L09_2 = Cell(L09, "Mục tiêu cụ thể đến năm 2030", "D 2030-12-31")
L09_3 = Cell(L09, "cập nhật dữ liệu thường xuyên", "U")
L09_4 = Cell(L09, "Định kỳ hằng năm (trước ngày 30 tháng 11)", "R D 2025-11-29 2026-11-29 ... 2030-11-29")

# L10 Ban Chỉ đạo công trình trọng điểm ngành giao thông
L10_1 = Cell(L10, "trong năm 2025", "W 2025-01-01..2025-12-31")  # unsure: heading "Hoàn thành mục tiêu ... trong năm 2025"; the time words alone read as a window
L10_2 = Cell(L10, "vào ngày 19 tháng 12 năm 2025", "O 2025-12-19")
L10_3 = Cell(L10, "dịp Tết dương lịch 2026 và Tết Bính Ngọ", "O 2026-01-01; O 2026-02-17",
             events={"Tết dương lịch 2026": "2026-01-01", "Tết Bính Ngọ": "2026-02-17"})  # unsure: "dịp Tết" read as the event day itself
L10_4 = Cell(L10, "bảo đảm thông xe kỹ thuật năm 2025", "D 2025-12-31")  # unsure: a completion target in a year, read like "hoàn thành năm X"
L10_5 = Cell(L10, "có kế hoạch hoàn thành năm 2025", "D 2025-12-31")
L10_6 = Cell(L10, "đến hết năm 2025", "D 2025-12-31")
L10_7 = Cell(L10, "dịp 19 tháng 12 năm 2025", "O 2025-12-19")
L10_8 = Cell(L10, "trước ngày 15 tháng 11 năm 2025", "D 2025-11-14")
L10_9 = Cell(L10, "hoàn thành trong năm 2025", "D 2025-12-31")
L10_10 = Cell(L10, "trong tháng 11 năm 2025", "W 2025-11-01..2025-11-30")

# L11 Gia Lai, cao tốc Quy Nhơn - Pleiku
L11_1 = Cell(L11, "đảm bảo hoàn thành dự án đưa vào khai thác, sử dụng trong năm 2029", "D 2029-12-31")
L11_2 = Cell(L11, "vào ngày 19/12/2025", "O 2025-12-19")
L11_3 = Cell(L11, "đến ngày 15/12/2025 hoàn thành 70% khối lượng", "D 2025-12-15")
L11_4 = Cell(L11, "chậm nhất trong tháng 01/2026", "D 2026-01-31")
L11_5 = Cell(L11, "đến ngày 31/3/2026 phải hoàn thành xong toàn bộ tuyến đường", "D 2026-03-31")
L11_6 = Cell(L11, "Trước 10h00 ngày thứ Sáu hàng tuần", "R D 2025-11-28T10:00 2025-12-05T10:00 ... 2026-11-27T10:00")  # unsure: instances depend on the approximate doc date
L11_7 = Cell(L11, "trước 10 giờ thứ Hai hàng tuần", "R D 2025-12-01T10:00 2025-12-08T10:00 ... 2026-11-30T10:00")  # unsure: as above
L11_8 = Cell(L11, "tổ chức triển khai thi công xây dựng ngay sau lễ khởi công", "O 2025-12-19",
             events={"lễ khởi công": "2025-12-19"})  # unsure: "ngay sau" with no N days, read as starting that day
L11_9 = Cell(L11, "đảm bảo khởi công chậm nhất trong tháng 12/2025 và đưa vào sử dụng trong tháng 03/2026", "D 2025-12-31; W 2026-03-01..2026-03-31")  # unsure: "đưa vào sử dụng trong tháng" read by the words as a window

# L12 Bắc Ninh, giải phóng mặt bằng KCN Quế Võ mở rộng II
L12_1 = Cell(L12, "(hoàn thành trước ngày 30/11/2025)", "D 2025-11-29")
L12_2 = Cell(L12, "(xong trước ngày 10/12/2025)", "D 2025-12-09")
L12_3 = Cell(L12, "xong trước ngày 30/11/2025", "D 2025-11-29")
L12_4 = Cell(L12, "xong trước ngày 10/12/2025", "D 2025-12-09")
L12_5 = Cell(L12, "thường xuyên cập nhật nắm bắt tiến độ, hàng ngày có cáo kết quả thực hiện", "U")
L12_6 = Cell(L12, "(dự kiến họp kiểm điểm vào ngày 19/11/2025)", "O 2025-11-19")

# L13 Quảng Ngãi, bảng giá đất
L13_1 = Cell(L13, "để công bố và áp dụng từ ngày 01/01/2026", "O 2026-01-01")
L13_2 = Cell(L13, "tại kỳ họp thường lệ cuối năm 2025", "ERR")  # unsure: the session's date is not given and "cuối năm" has no convention

# L14 TP HCM, dữ liệu số nhà và đất đai
L14_1 = Cell(L14, "Thời gian thực hiện hoàn thành xong trước ngày 05 tháng 12 năm 2025.", "D 2025-12-04")
L14_2 = Cell(L14, "Thời gian hoàn thành trước ngày 31 tháng 12 năm 2025.", "D 2025-12-30")
L14_3 = Cell(L14, "Thời gian hoàn thành trong tháng 12 năm 2025.", "D 2025-12-31")

# L15 Lạng Sơn, điều chỉnh quy hoạch tỉnh
L15_1 = Cell(L15, "Hoàn thành trước ngày 30/10/2025.", "D 2025-10-29")
L15_2 = Cell(L15, "Hoàn thành trước ngày 15/11/2025.", "D 2025-11-14")
L15_3 = Cell(L15, "Hoàn thành trước ngày 30/11/2025.", "D 2025-11-29")
L15_4 = Cell(L15, "Hoàn thành trước ngày 31/12/2025.", "D 2025-12-30")
L15_5 = Cell(L15, "định kỳ báo cáo tiến độ lập điều chỉnh quy hoạch tỉnh với UBND tỉnh", "U")

# L16 Hà Nội, cầu 72-II
L16_1 = Cell(L16, "Bắt đầu từ 00h00’ ngày 09/9/2025 đến 24h00’ ngày 30/12/2026.", "W 2025-09-09T00:00..2026-12-30")  # unsure: window with a start time; 24h00 taken as the end of 30/12/2026

# L17 Thông báo 285/TB-VPCP, 4 dự án cao tốc
L17_1 = Cell(L17, "cam kết hoàn thành các Dự án trong năm 2025", "D 2025-12-31")
L17_2 = Cell(L17, "trước ngày 10 tháng 6 năm 2025", "D 2025-06-09")
L17_3 = Cell(L17, "mục tiêu hoàn thành thông tuyến trên lớp bê tông nhựa trong năm 2025", "D 2025-12-31")
L17_4 = Cell(L17, "cần hoàn thành công tác nền đường trước mùa mưa lũ", "ERR")  # unsure: the start of the rainy season is not dated in the document
L17_5 = Cell(L17, "đảm bảo mục tiêu hoàn thành giai đoạn 1 vào dịp ngày 19/12/2025", "O 2025-12-19")  # unsure: "hoàn thành vào dịp ngày X" read as the day, not a deadline
L17_6 = Cell(L17, "tập trung thông toàn bộ nền đường trong tháng 6/2025, trước mùa mưa lũ", "W 2025-06-01..2025-06-30")  # unsure: the undated flood season adds nothing
L17_7 = Cell(L17, "phấn đấu hoàn thành vào dịp ngày 19/12/2025", "O 2025-12-19")  # unsure: as L17_5
L17_8 = Cell(L17, "tổ chức họp giao ban 1 tuần/lần", "R W 2025-06-02..2025-06-08 2025-06-09..2025-06-15 ... 2026-06-01..2026-06-07")  # unsure: "1 tuần/lần" read as hằng tuần
L17_9 = Cell(L17, "thường xuyên kiểm tra, đôn đốc", "U")
L17_10 = Cell(L17, "trước ngày 15/6/2025", "D 2025-06-14")

# L18 Công văn 11607/VPCP-CN, cao tốc Đồng bằng sông Cửu Long
L18_1 = Cell(L18, "trong tháng 11 năm 2025", "W 2025-11-01..2025-11-30")  # unsure: a hand-over due in the month, read by the words as a window
L18_2 = Cell(L18, "vào ngày 19 tháng 12 năm 2025", "O 2025-12-19")
L18_3 = Cell(L18, "Thường xuyên theo dõi, đôn đốc", "U")

# L19 Hải Phòng, phân luồng giao thông
L19_1 = Cell(L19, "Kể từ 0 giờ ngày 27/5/2022", "O 2022-05-27T00:00")

# L20 Khánh Hòa, kế hoạch nông thôn mới 2022
L20_1 = Cell(L20, "trước ngày 30-8", "D 2021-08-29")

# L21 xã Hương Thọ, lịch thời vụ Đông Xuân 2021-2022 (first row of the rice table, then the crop table)
L21_1 = Cell(L21, "15-20/12", "W 2021-12-15..2021-12-20")  # unsure: read as December 2021 (sowing before the season's January); the plain Doc.year rule would give 2022
L21_2 = Cell(L21, "25/12-5/1", "W 2021-12-25..2022-01-05")
L21_3 = Cell(L21, "15-20/1", "W 2022-01-15..2022-01-20")
L21_4 = Cell(L21, "10-20/4", "W 2022-04-10..2022-04-20")
L21_5 = Cell(L21, "10-20/5", "W 2022-05-10..2022-05-20")
L21_6 = Cell(L21, "5/11-5/1", "W 2021-11-05..2022-01-05")
L21_7 = Cell(L21, "5/12-15/2", "W 2021-12-05..2022-02-15")
L21_8 = Cell(L21, "Đất cát: trồng từ 20/12-20/1; đất thịt trồng từ 20/1-10/2", "W 2021-12-20..2022-01-20; W 2022-01-20..2022-02-10")
L21_9 = Cell(L21, "20/1-20/2", "W 2022-01-20..2022-02-20")

# L22 xã A Roàng, lịch thời vụ Hè Thu 2022
L22_1 = Cell(L22, "Vụ Hè thu năm 2022 thời gian thu hoạch lúa tập trung từ 25/8 đến 05/9.", "W 2022-08-25..2022-09-05")
L22_2 = Cell(L22, "15/4 đến 20/4", "W 2022-04-15..2022-04-20")
L22_3 = Cell(L22, "15/5 đến 25/5", "W 2022-05-15..2022-05-25")
L22_4 = Cell(L22, "05/5 đến 15/5", "W 2022-05-05..2022-05-15")
L22_5 = Cell(L22, "25/7 đến 05/8", "W 2022-07-25..2022-08-05")
L22_6 = Cell(L22, "25/8 đến 05/9", "W 2022-08-25..2022-09-05")

# L23 Sở NN&PTNT Thừa Thiên Huế, lịch thời vụ Đông Xuân 2018-2019
L23_1 = Cell(L23, "từ 10/4 đến 25/4", "W 2019-04-10..2019-04-25")

# L24 huyện Tân Yên, nạo vét kênh mương
L24_1 = Cell(L24, "Thời gian bắt đầu từ ngày 30/9/2016 và kết thúc ngày 25/11/2016.", "W 2016-09-30..2016-11-25")
L24_2 = Cell(L24, "từ ngày 15/11/2016 đến ngày 25/11/2016", "W 2016-11-15..2016-11-25")
L24_3 = Cell(L24, "trong suốt thời gian thực hiện", "U")  # unsure: like "trong quá trình thực hiện"; the campaign window is 30/9-25/11/2016

# L25 huyện Thanh Hà, thủy lợi đông xuân 2015-2016
L25_1 = Cell(L25, "vào ngày 9/11/2015 và kết thúc trước ngày 25/12/2015", "W 2015-11-09..2015-12-24")  # unsure: start day plus "kết thúc trước" read as one window ending the day before
L25_2 = Cell(L25, "từ ngày 9/11/2015 và kết thúc trước ngày 25/12/2015", "W 2015-11-09..2015-12-24")  # unsure: as above

# L26 huyện Thanh Hà, thủy lợi đông xuân 2016
L26_1 = Cell(L26, "xong trước ngày 31/12/2016", "D 2016-12-30")

# L27 huyện Ninh Giang, thủy lợi đông xuân 2015-2016
L27_1 = Cell(L27, "tập trung vào ngày 10-11", "O 2015-11-10")
L27_2 = Cell(L27, "trước ngày 15-12", "D 2015-12-14")
L27_3 = Cell(L27, "trước ngày 31-12", "D 2015-12-30")

# L28 Thanh Hóa, thủy lợi mùa khô 2025-2026
L28_1 = Cell(L28, "hoàn thành trước ngày 2/2/2026", "D 2026-02-01")
L28_2 = Cell(L28, "trước ngày 7/2/2026", "D 2026-02-06")
L28_3 = Cell(L28, "trước ngày 12/02/2026", "D 2026-02-11")

# L29 Đà Nẵng, tiêm phòng 2018
L29_1 = Cell(L29, "đợt 1 bắt đầu từ ngày 7 đến 21-3-2018", "W 2018-03-07..2018-03-21")
L29_2 = Cell(L29, "tiêm bổ sung sau đợt 1 từ 22-3 đến tháng 8-2018", "W 2018-03-22..2018-08-31")
L29_3 = Cell(L29, "đợt 2 bắt đầu từ ngày 6 đến 20-9-2018", "W 2018-09-06..2018-09-20")
L29_4 = Cell(L29, "tiêm bổ sung sau đợt 2 từ 21-9 đến hết tháng 12-2018", "W 2018-09-21..2018-12-31")
L29_5 = Cell(L29, "đợt 1 bắt đầu từ ngày 4 đến 22-1-2018", "W 2018-01-04..2018-01-22")
L29_6 = Cell(L29, "tiêm bổ sung sau đợt 1 từ 23-1-2018 đến hết tháng 6-2018", "W 2018-01-23..2018-06-30")
L29_7 = Cell(L29, "Đợt 2 bắt đầu từ ngày 4 đến 20-7-2018.", "W 2018-07-04..2018-07-20")
L29_8 = Cell(L29, "Tiêm bổ sung sau đợt 2 từ ngày 21-7 đến hết tháng 12-2018.", "W 2018-07-21..2018-12-31")

# L30 quận Bắc Từ Liêm, tiêm phòng 2019
L30_1 = Cell(L30, "đợt 1 trên địa bàn quận từ ngày 20-3 đến 6-4", "W 2019-03-20..2019-04-06")
L30_2 = Cell(L30, "đợt 2, từ ngày 9-9 đến 30-9", "W 2019-09-09..2019-09-30")

# L31 Hà Nội, tiêm phòng 2011
L31_1 = Cell(L31, "Đợt một từ ngày 10.3 - 10.4; đợt hai từ 10.9 - 10.10.", "W 2011-03-10..2011-04-10; W 2011-09-10..2011-10-10")

# L32 huyện Phú Lộc, vệ sinh môi trường
L32_1 = Cell(L32, "vào các ngày cố định hằng tuần, gồm: Vào cuối giờ chiều thứ Sáu", "R O 2018-08-24 2018-08-31 ... 2019-08-23")  # "chiều" with no clock time: the day only
L32_2 = Cell(L32, "Vào các ngày thứ bảy và Chủ nhật", "R O 2018-08-25 2018-08-26 2018-09-01 2018-09-02 ... 2019-08-25")  # unsure: weekly by the preceding "hằng tuần"; default one-year bound

CELLS = [v for v in list(globals().values()) if isinstance(v, Cell)]
