"""Held-out real timing cells from plans of the North and South Central Coast, answers worked out by hand.

What: timing phrases from plans (kế hoạch), programmes, notices and party/mass-organisation
directives of Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Bình, Quảng Trị, Thừa Thiên Huế, Đà Nẵng,
Quảng Nam, Quảng Ngãi, Bình Định, Phú Yên, Khánh Hòa, Ninh Thuận, Bình Thuận and their
districts/towns: UBND plans, festival and Tết programme tables (Hội An, Điện Bàn, Phú Yên),
congress timetables of Huyện ủy / Tỉnh đoàn / Hội Nông dân / Hội Phụ nữ / MTTQ, citizen-reception
schedules, contest rules, school-year calendar, lunar-glossed festival dates (Lam Kinh, Katê,
Trung thu, Tết).
How collected: searched the stored "pages" corpus with Vietnamese queries by province and
genre; only the opening of each page is stored, so cells come from pages whose opening holds
the timing (short plans, programme tables, official-portal and newspaper summaries quoting the
plan). Every address was checked against /work/notes/used_sources.txt (and pages about the
same plan were skipped). Cells are copied as written (table rows joined with a space); where a
cell is a clause of prose, the timing clause is copied word for word. Lunar glosses and lunar
ranges were converted with lunar_vn; weekdays checked with datetime.
Doc.date is the issue date where the page states it; otherwise the page/article date is used
and marked "# unsure: date" (it only matters for yearless dates, "từ nay" and repeats).
Collected without reading the resolver; to be scored once, in a later session.
"""
from tests.corpus.spec import Cell, Doc

# Kế hoạch 541/KH-UBND ngày 16/01/2024 của UBND thành phố Huế (hoạt động mừng Đảng, mừng Xuân Giáp Thìn 2024) — https://huecity.gov.vn/Thong-tin-dieu-hanh/tid/To-chuc-cac-hoat-dong-mung-Dang-mung-Xuan-Giap-Thin-2024.html/pid/29584/cid/135
C01 = Doc("Kế hoạch 541/KH-UBND ngày 16/01/2024 của UBND thành phố Huế về tổ chức các hoạt động mừng Đảng, mừng Xuân Giáp Thìn 2024", "https://huecity.gov.vn/Thong-tin-dieu-hanh/tid/To-chuc-cac-hoat-dong-mung-Dang-mung-Xuan-Giap-Thin-2024.html/pid/29584/cid/135", date="2024-01-16")
C01_1 = Cell(C01, "từ ngày 25/01/2024 đến hết ngày 24/02/2024 (nhằm ngày 15 tháng Chạp năm Quý Mão đến ngày 15 tháng Giêng năm Giáp Thìn)", "W 2024-01-25..2024-02-24")

# Kế hoạch 8226 của UBND thành phố Huế về tổ chức Hội Xuân và Chợ hoa Tết Nhâm Dần 2022 (tin Tạp chí Sông Hương) — https://www.tapchisonghuong.nvoting.com/chi-tiet/hoi-xuan-nham-dan-2022-dien-ra-tu-ngay-29-01---05-02-2022?trang=53
# unsure: date — issue date not on the page; the year of every cell is written
C02 = Doc("Kế hoạch 8226/KH-UBND của UBND thành phố Huế về tổ chức Hội Xuân và Chợ hoa Tết Nhâm Dần 2022", "https://www.tapchisonghuong.nvoting.com/chi-tiet/hoi-xuan-nham-dan-2022-dien-ra-tu-ngay-29-01---05-02-2022?trang=53", date="2022-01-10")
C02_1 = Cell(C02, "từ ngày 29/01 - 05/02/2022 (nhằm ngày 27/12 năm Tân Sửu đến ngày 5/1 năm Nhâm Dần)", "W 2022-01-29..2022-02-05")

# Kế hoạch thời gian năm học 2020-2021 (giáo dục mầm non, phổ thông, thường xuyên) do Chủ tịch UBND tỉnh Thừa Thiên Huế ban hành ngày 24/8/2020 — https://tapchisonghuong.nvoting.com/public/chi-tiet/thu%CC%80a-thien-hue%CC%81:-ho%CC%A3c-sinh-tu%CC%A3u-truo%CC%80ng--khai-gia%CC%89ng-nga%CC%80y-5-9?trang=10
C03 = Doc("Kế hoạch thời gian năm học 2020-2021 ngày 24/8/2020 của Chủ tịch UBND tỉnh Thừa Thiên Huế", "https://tapchisonghuong.nvoting.com/public/chi-tiet/thu%CC%80a-thien-hue%CC%81:-ho%CC%A3c-sinh-tu%CC%A3u-truo%CC%80ng--khai-gia%CC%89ng-nga%CC%80y-5-9?trang=10", date="2020-08-24")
C03_1 = Cell(C03, "vào ngày 01/9/2020", "O 2020-09-01")
C03_2 = Cell(C03, "trước ngày 16/01/2021", "D 2021-01-15")
C03_3 = Cell(C03, "hoàn thành kế hoạch giáo dục học kỳ II trước ngày 25/5/2021", "D 2021-05-24")
C03_4 = Cell(C03, "Kết thúc năm học 2020 - 2021 trước ngày 31/5/2021", "D 2021-05-30")
C03_5 = Cell(C03, "hoàn thành trước ngày 15/6/2021", "D 2021-06-14")
C03_6 = Cell(C03, "trước ngày 31/7/2021", "D 2021-07-30")

# Văn bản 2004/UBND-VX của UBND tỉnh Quảng Nam về xét Giải thưởng VHNT Đất Quảng lần thứ II (tin Báo Quảng Nam 04/06/2014) — https://baoquangnam.vn/to-chuc-xet-va-trao-giai-thuong-van-hoc-nghe-thuat-dat-quang-lan-thu-ii-3117462.html
# unsure: date — article date; the văn bản's own date is not given
C04 = Doc("Văn bản 2004/UBND-VX của UBND tỉnh Quảng Nam về kế hoạch xét Giải thưởng Văn học - Nghệ thuật Đất Quảng lần thứ II", "https://baoquangnam.vn/to-chuc-xet-va-trao-giai-thuong-van-hoc-nghe-thuat-dat-quang-lan-thu-ii-3117462.html", date="2014-06-04")
C04_1 = Cell(C04, "từ ngày 1.6 đến ngày 30.8.2014", "W 2014-06-01..2014-08-30")
C04_2 = Cell(C04, "từ ngày 1.92014 đến ngày 30.10.2014", "W 2014-09-01..2014-10-30")  # unsure: "1.92014" is the page's typo for 1.9.2014

# Thư mời cuộc thi thiết kế biểu trưng (logo) huyện Đại Lộc, Quảng Nam (đăng trên trang Sở VHTTDL TP.HCM) — http://svhttdl.hochiminhcity.gov.vn/web/guest/tin-tuc-su-kien/thong-bao?p_p_id=EXT_ARTICLEVIEW&p_p_lifecycle=0&p_p_state=normal&p_p_col_id=column-1&p_p_col_count=1&_EXT_ARTICLEVIEW_struts_action=%2Fext%2Farticleview%2Fview&_EXT_ARTICLEVIEW_cur=1&_EXT_ARTICLEVIEW_delta=20&_EXT_ARTICLEVIEW_keywords=&_EXT_ARTICLEVIEW_advancedSearch=false&_EXT_ARTICLEVIEW_andOperator=true&_EXT_ARTICLEVIEW_groupId=16&_EXT_ARTICLEVIEW_searchArticleId=&_EXT_ARTICLEVIEW_version=1.0&_EXT_ARTICLEVIEW_title=&_EXT_ARTICLEVIEW_description=&_EXT_ARTICLEVIEW_content=&_EXT_ARTICLEVIEW_type=&_EXT_ARTICLEVIEW_structureId=&_EXT_ARTICLEVIEW_templateId=&_EXT_ARTICLEVIEW_status=approved&_EXT_ARTICLEVIEW_orderByCol=display-date&_EXT_ARTICLEVIEW_orderByType=desc&_EXT_ARTICLEVIEW_articleId=221571&_EXT_ARTICLEVIEW_i=1&_EXT_ARTICLEVIEW_curValue=0&_EXT_ARTICLEVIEW_redirect=%2Fweb%2Fguest
# unsure: date — not given; all cells carry their year
C05 = Doc("Thư mời tham gia cuộc thi thiết kế biểu trưng (logo) huyện Đại Lộc, tỉnh Quảng Nam (2016-2017)", "http://svhttdl.hochiminhcity.gov.vn/web/guest/tin-tuc-su-kien/thong-bao?p_p_id=EXT_ARTICLEVIEW&p_p_lifecycle=0&p_p_state=normal&p_p_col_id=column-1&p_p_col_count=1&_EXT_ARTICLEVIEW_struts_action=%2Fext%2Farticleview%2Fview&_EXT_ARTICLEVIEW_cur=1&_EXT_ARTICLEVIEW_delta=20&_EXT_ARTICLEVIEW_keywords=&_EXT_ARTICLEVIEW_advancedSearch=false&_EXT_ARTICLEVIEW_andOperator=true&_EXT_ARTICLEVIEW_groupId=16&_EXT_ARTICLEVIEW_searchArticleId=&_EXT_ARTICLEVIEW_version=1.0&_EXT_ARTICLEVIEW_title=&_EXT_ARTICLEVIEW_description=&_EXT_ARTICLEVIEW_content=&_EXT_ARTICLEVIEW_type=&_EXT_ARTICLEVIEW_structureId=&_EXT_ARTICLEVIEW_templateId=&_EXT_ARTICLEVIEW_status=approved&_EXT_ARTICLEVIEW_orderByCol=display-date&_EXT_ARTICLEVIEW_orderByType=desc&_EXT_ARTICLEVIEW_articleId=221571&_EXT_ARTICLEVIEW_i=1&_EXT_ARTICLEVIEW_curValue=0&_EXT_ARTICLEVIEW_redirect=%2Fweb%2Fguest", date="2016-08-25")
C05_1 = Cell(C05, "từ 01/9/2016 đến ngày 30/4/2017", "W 2016-09-01..2017-04-30")
C05_2 = Cell(C05, "từ ngày 01/9/2016 đến 16h00 ngày 28/2/2017", "W 2016-09-01..2017-02-28")  # unsure: the closing hour (16h00) cannot be written in a W without a start time
C05_3 = Cell(C05, "từ ngày 01/3/2017 đến 25/4/2017", "W 2017-03-01..2017-04-25")
C05_4 = Cell(C05, "Dự kiến 30/4/2017", "O 2017-04-30")

# Thông cáo báo chí Kế hoạch tổ chức Đại hội Thi đua yêu nước tỉnh Nghệ An giai đoạn 2015-2020 (UBND tỉnh Nghệ An) — http://nghean.gov.vn/thong-cao-bao-chi/thong-cao-bao-chi-ke-hoach-to-chuc-dai-hoi-thi-dua-yeu-nuoc-tinh-nghe-an-giai-doan-2015-2020-360439
# unsure: date — not shown; all cells carry their year
C06 = Doc("Thông cáo báo chí Kế hoạch tổ chức Đại hội Thi đua yêu nước tỉnh Nghệ An giai đoạn 2015-2020", "http://nghean.gov.vn/thong-cao-bao-chi/thong-cao-bao-chi-ke-hoach-to-chuc-dai-hoi-thi-dua-yeu-nuoc-tinh-nghe-an-giai-doan-2015-2020-360439", date="2020-07-20")
C06_1 = Cell(C06, "Từ ngày 28 đến ngày 29/7/2020", "W 2020-07-28..2020-07-29")
C06_2 = Cell(C06, "1/2 ngày (chiều ngày 28/7/2020)", "O 2020-07-28")
C06_3 = Cell(C06, "1/2 ngày (sáng ngày 29/7/2020)", "O 2020-07-29")
C06_4 = Cell(C06, "vào đêm 28/7/2020", "O 2020-07-28")

# Kế hoạch 3192/KH-UBND ngày 21/7/2022 của UBND tỉnh Ninh Thuận triển khai Đồ án quy hoạch phân khu Khu vực Mũi Dinh — https://baoninhthuan.com.vn/news/132031p155c160/ke-hoach-trien-khai-thuc-hien-do-an-quy-hoach-phan-khu-xay-dung-ty-le-12000khu-vuc-mui-dinh-huyen-thuan-nam-tinh-ninh-thuan.htm
C07 = Doc("Kế hoạch 3192/KH-UBND ngày 21/7/2022 của UBND tỉnh Ninh Thuận triển khai thực hiện Đồ án Quy hoạch phân khu xây dựng Khu vực Mũi Dinh", "https://baoninhthuan.com.vn/news/132031p155c160/ke-hoach-trien-khai-thuc-hien-do-an-quy-hoach-phan-khu-xay-dung-ty-le-12000khu-vuc-mui-dinh-huyen-thuan-nam-tinh-ninh-thuan.htm", date="2022-07-21")
C07_1 = Cell(C07, "trong giai đoạn từ nay đến năm 2025 và dài hạn đến năm 2035", "W 2022-07-21..2025-12-31; D 2035-12-31")  # unsure: "từ nay" read as the plan's date; "dài hạn đến năm 2035" read as an end (D)

# Cuộc thi viết "Huế - Kinh đô ẩm thực" của Sở Du lịch Thừa Thiên Huế (2022) — https://tapchisonghuong.nvoting.com/chi-tiet/khoi-dong-to-chuc-cuoc-thi-viet--hue---kinh-do-am-thuc-?trang=6
# unsure: date — article date approximated; all cells carry their year
C08 = Doc("Kế hoạch tổ chức Cuộc thi viết \"Huế - Kinh đô ẩm thực\" của Sở Du lịch Thừa Thiên Huế năm 2022", "https://tapchisonghuong.nvoting.com/chi-tiet/khoi-dong-to-chuc-cuoc-thi-viet--hue---kinh-do-am-thuc-?trang=6", date="2022-05-25")
C08_1 = Cell(C08, "từ ngày 01/06/2022- 30/08/2022", "W 2022-06-01..2022-08-30")
C08_2 = Cell(C08, "vào 19h00 ngày 31/08/2022", "O 2022-08-31T19:00")
C08_3 = Cell(C08, "từ 01/09/2022 – 30/11/2022", "W 2022-09-01..2022-11-30")
C08_4 = Cell(C08, "vào 19h00 ngày 30/11/2022", "O 2022-11-30T19:00")

# Chiến dịch Thanh niên tình nguyện hè 2025 của Tỉnh đoàn Quảng Nam (tin lễ ra quân 20/5/2025) — https://tinhdoanqnam.vn/news/savefile/3-phong-trao/tuoi-tre-quang-nam-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-2025-6175.html
C09 = Doc("Kế hoạch Chiến dịch Thanh niên tình nguyện hè 2025 của Tỉnh đoàn Quảng Nam (tin lễ ra quân ngày 20/5/2025)", "https://tinhdoanqnam.vn/news/savefile/3-phong-trao/tuoi-tre-quang-nam-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-2025-6175.html", date="2025-05-20")
C09_1 = Cell(C09, "diễn ra từ nay đến hết tháng 8/2025", "W 2025-05-20..2025-08-31")  # unsure: "từ nay" read as the page's date (the day of the launch)

# Kế hoạch tuyên truyền sau Đại hội Đảng bộ tỉnh XVIII và Đại hội XIII của Ban Thường vụ Tỉnh ủy Khánh Hòa (Báo Khánh Hòa 06/2021) — https://baokhanhhoa.vn/chinh-tri/202106/day-manh-tuyen-truyen-sau-dai-hoi-xiii-cua-dang-8220041
# unsure: date — month of the article only
C10 = Doc("Kế hoạch tuyên truyền sau Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII và Đại hội XIII của Đảng của Ban Thường vụ Tỉnh ủy Khánh Hòa", "https://baokhanhhoa.vn/chinh-tri/202106/day-manh-tuyen-truyen-sau-dai-hoi-xiii-cua-dang-8220041", date="2021-06-15")
C10_1 = Cell(C10, "đợt 2 từ năm 2022 đến năm 2025", "W 2022-01-01..2025-12-31")

# Lịch tiếp công dân định kỳ của Chủ tịch UBND thành phố Đà Nẵng từ 01/01/2017 — https://danang.gov.vn/web/guest/chinh-quyen/chi-tiet?id=25030&_c=77
# unsure: date — the notice's issue date is not shown; the schedule's start (01/01/2017) is used
C11 = Doc("Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND thành phố Đà Nẵng từ 01/01/2017", "https://danang.gov.vn/web/guest/chinh-quyen/chi-tiet?id=25030&_c=77", date="2017-01-01")
C11_1 = Cell(C11, "Từ 01/01/2017, Chủ tịch UBND thành phố tiếp công dân định kỳ vào ngày thứ Sáu tuần thứ 2 và ngày thứ Sáu tuần thứ 4 hàng tháng", "R O 2017-01-13 2017-02-10 ... 2018-01-12; R O 2017-01-27 2017-02-24 ... 2018-01-26")  # unsure: "thứ Sáu tuần thứ 2 / tuần thứ 4" read as the 2nd / 4th Friday of each month (not the Friday of the 2nd / 4th calendar week); "Từ 01/01/2017" only bounds the start

# Lễ hội dân gian cộng đồng của Festival Huế 2014 — làm việc của Thường trực BTC với các huyện (Cổng TTĐT Thừa Thiên Huế 06/11/2013) — https://thuathienhue.gov.vn/Thong-tin-Festival-Hue-2014/tid/Cac-Le-hoi-dan-gian-cong-dong/newsid/E6C7F31F-53E0-4FCD-94E4-3620349EFCE3/cid/496B0E1E-A062-40F0-A91F-1E3FE878DFDB
C12 = Doc("Kế hoạch các lễ hội dân gian cộng đồng trong Festival Huế 2014 (Thường trực Ban Tổ chức Festival Huế 2014, tin ngày 06/11/2013)", "https://thuathienhue.gov.vn/Thong-tin-Festival-Hue-2014/tid/Cac-Le-hoi-dan-gian-cong-dong/newsid/E6C7F31F-53E0-4FCD-94E4-3620349EFCE3/cid/496B0E1E-A062-40F0-A91F-1E3FE878DFDB", date="2013-11-06")
C12_1 = Cell(C12, "tổ chức từ ngày 14-16/4/2014", "W 2014-04-14..2014-04-16")
C12_2 = Cell(C12, "tổ chức từ ngày 13-16/4/2014", "W 2014-04-13..2014-04-16")
C12_3 = Cell(C12, "tổ chức từ 30/4 đến 02/5/2014", "W 2014-04-30..2014-05-02")

# Chương trình Hội Tết Trung thu Đinh Dậu, Hội An - 2017 — http://quangnamtourism.com.vn/le_hoi_su_kien/hoi-tet-trung-thu-dinh-dau-hoi-2017/
# unsure: date — not shown; all cells carry their year
C13 = Doc("Chương trình Hội Tết Trung thu Đinh Dậu, Hội An - 2017", "http://quangnamtourism.com.vn/le_hoi_su_kien/hoi-tet-trung-thu-dinh-dau-hoi-2017/", date="2017-09-25")
C13_1 = Cell(C13, "Ngày 01/10/2017 19:00", "O 2017-10-01T19:00")
C13_2 = Cell(C13, "Ngày 03/10/2017 18:30-22:00", "O 2017-10-03T18:30-22:00")
C13_3 = Cell(C13, "Hoạt động thường xuyên từ ngày 01-04/10/2017", "W 2017-10-01..2017-10-04")

# UBND tỉnh Quảng Nam giao Sở VHTTDL xây dựng kế hoạch kỷ niệm 20 năm tái lập tỉnh và Festival Di sản Quảng Nam lần thứ VI năm 2017 (ngày 01/3/2016) — http://dulich.quangnam.gov.vn/cong-tac-chuan-bi-ky-niem-20-nam-ngay-tai-lap-tinh-gan-voi-ky-niem-42-nam-ngay-giai-phong-tinh-quang-nam-va-festival-di-san-quang-nam-lan-thu-vi-nam-2017/
C14 = Doc("Chỉ đạo của UBND tỉnh Quảng Nam ngày 01/3/2016 về kế hoạch kỷ niệm 20 năm tái lập tỉnh và Festival Di sản Quảng Nam lần thứ VI năm 2017", "http://dulich.quangnam.gov.vn/cong-tac-chuan-bi-ky-niem-20-nam-ngay-tai-lap-tinh-gan-voi-ky-niem-42-nam-ngay-giai-phong-tinh-quang-nam-va-festival-di-san-quang-nam-lan-thu-vi-nam-2017/", date="2016-03-01")
C14_1 = Cell(C14, "Từ ngay 23/3/2017 đến ngày 25/3/2017", "W 2017-03-23..2017-03-25")
C14_2 = Cell(C14, "Từ ngày 19/6/2017 đến ngày 23/6/2017", "W 2017-06-19..2017-06-23")

# Kế hoạch 117/KH-UBND ngày 03/10/2016 của UBND thị xã Điện Bàn về hoạt động kỷ niệm 415 năm Dinh trấn Thanh Chiêm — http://dulich.quangnam.gov.vn/ke-hoach-to-chuc-hoat-dong-ky-niem-415-nam-dinh-tran-thanh-chiem-trong-chuong-trinh-festival-di-san-quang-nam-lan-thu-vi-2017/
C15 = Doc("Kế hoạch 117/KH-UBND ngày 03/10/2016 của UBND thị xã Điện Bàn về tổ chức hoạt động kỷ niệm 415 năm Dinh trấn Thanh Chiêm", "http://dulich.quangnam.gov.vn/ke-hoach-to-chuc-hoat-dong-ky-niem-415-nam-dinh-tran-thanh-chiem-trong-chuong-trinh-festival-di-san-quang-nam-lan-thu-vi-2017/", date="2016-10-03")
C15_1 = Cell(C15, "Tối ngày 12/6/2017", "O 2017-06-12")
C15_2 = Cell(C15, "Từ ngày 10- 14/6/2017", "W 2017-06-10..2017-06-14")
C15_3 = Cell(C15, "Ngày 13/6/2017", "O 2017-06-13")
C15_4 = Cell(C15, "Ngày 14/6/2017", "O 2017-06-14")
C15_5 = Cell(C15, "Ngày 10- 14/6/2017", "W 2017-06-10..2017-06-14")

# Kế hoạch các sự kiện chính trị, văn hóa năm 2017 của tỉnh Quảng Nam (tin Báo Thanh tra) — http://thanhtra.com.vn/van-hoa-giai-tri/su-kien/quang-nam-nhieu-su-kien-chinh-tri-van-hoa-trong-nam-2017_t114c1152n113601
# unsure: date — article date approximated (early 2017); Doc year 2017 is certain
C16 = Doc("Kế hoạch tổ chức các sự kiện chính trị, văn hóa năm 2017 của tỉnh Quảng Nam (kỷ niệm 20 năm tái lập tỉnh, Festival Di sản lần thứ VI)", "http://thanhtra.com.vn/van-hoa-giai-tri/su-kien/quang-nam-nhieu-su-kien-chinh-tri-van-hoa-trong-nam-2017_t114c1152n113601", date="2017-01-10")
C16_1 = Cell(C16, "từ ngày 22/3 - 24/3/2017", "W 2017-03-22..2017-03-24")
C16_2 = Cell(C16, "vào 20 giờ, ngày 9/6", "O 2017-06-09T20:00")
C16_3 = Cell(C16, "vào 20 giờ ngày 14/6", "O 2017-06-14T20:00")
C16_4 = Cell(C16, "từ ngày 27/1 đến ngày 8/2/2017", "W 2017-01-27..2017-02-08")

# Chương trình Tết Nguyên đán Mậu Tuất 2018 tại Hội An, Quế Sơn, Duy Xuyên (bảng Thời gian - Nội dung - Địa điểm) — http://quangnamtourism.com.vn/le_hoi_su_kien/tet-nguyen-dan-mau-tuat/
# unsure: date — not shown; every row carries its solar date
C17 = Doc("Chương trình hoạt động Tết Nguyên đán Mậu Tuất 2018 tại thành phố Hội An và các huyện Quế Sơn, Duy Xuyên", "http://quangnamtourism.com.vn/le_hoi_su_kien/tet-nguyen-dan-mau-tuat/", date="2018-01-25")
C17_1 = Cell(C17, "Ngày 08-10/02/2018 Từ 17:00 ngày 23-25 tháng Chạp năm Đinh Dậu", "W 2018-02-08T17:00..2018-02-10")  # unsure: read as the session-5 timed window; it may mean from 17:00 on each of the three days
C17_2 = Cell(C17, "Ngày 15/02/2018 20:00 đêm 30 Tết", "O 2018-02-15T20:00")
C17_3 = Cell(C17, "Ngày 15-16/02/2018 23:00-00:30 Đêm 30 và Mồng 1 Tết", "W 2018-02-15T23:00-00:30..2018-02-16")
C17_4 = Cell(C17, "Ngày 20/02/2018 07:30 Mồng 5 Tết", "O 2018-02-20T07:30")
C17_5 = Cell(C17, "Ngày 23/02/2018 Mồng 8 Tết", "O 2018-02-23")
C17_6 = Cell(C17, "Ngày 27/02/2018 12 Tết", "O 2018-02-27")

# Các hoạt động văn hóa, văn nghệ, TDTT đón Tết Giáp Thìn 2024 của các địa phương tỉnh Bình Định (Báo Bình Định) — https://baobinhdinh.vn/viewer.aspx?mabb=272138&macm=18&macmp=18
# unsure: date — article date approximated; all cells carry day and month, year 2024
C18 = Doc("Kế hoạch các hoạt động mừng Đảng, mừng Xuân Giáp Thìn 2024 của TP Quy Nhơn và các huyện, thị xã tỉnh Bình Định (Báo Bình Định)", "https://baobinhdinh.vn/viewer.aspx?mabb=272138&macm=18&macmp=18", date="2024-02-05")
C18_1 = Cell(C18, "từ 17 - 19 giờ ngày 7 - 8.2 (tức 28 - 29 tháng Chạp năm Quý Mão)", "O 2024-02-07T17:00-19:00; O 2024-02-08T17:00-19:00")  # unsure: same hours on each of two days (not one window from 17:00 on the 7th to 19:00 on the 8th)
C18_2 = Cell(C18, "từ 20 giờ 15 phút đến 24 giờ ngày 9.2 (đêm giao thừa)", "O 2024-02-09T20:15-24:00")
C18_3 = Cell(C18, "vào tối 10.2 (mùng 1 Tết)", "O 2024-02-10")
C18_4 = Cell(C18, "từ ngày 11 - 24.2 (mùng 2 Tết đến rằm tháng Giêng)", "W 2024-02-11..2024-02-24")

# Chương trình Hội Tết Nguyên đán Đinh Dậu, Hội An 2017 (dự thảo lần 2) của BTC — UBND thành phố Hội An (21/12/2016) — http://www.hoianworldheritage.org.vn/vi/news/savefile/Le-hoi-su-kien/chuong-trinh-hoi-tet-nguyen-dan-dinh-dau-hoi-an-2017-1451.hwh
C19 = Doc("Chương trình Hội Tết Nguyên đán Đinh Dậu, Hội An 2017 (dự thảo lần 2) của Ban Tổ chức, UBND thành phố Hội An", "http://www.hoianworldheritage.org.vn/vi/news/savefile/Le-hoi-su-kien/chuong-trinh-hoi-tet-nguyen-dan-dinh-dau-hoi-an-2017-1451.hwh", date="2016-12-21")
C19_1 = Cell(C19, "Đêm 30 Tết (27/01/2017)", "O 2017-01-27")
C19_2 = Cell(C19, "Mồng 6 Tết (02/02/2017)", "O 2017-02-02")
C19_3 = Cell(C19, "Mồng 7 Tết (03/2/2017) 07:00", "O 2017-02-03T07:00")
C19_4 = Cell(C19, "Mồng 8 đến mồng 10 Tết (04/2-06/2/2017)", "W 2017-02-04..2017-02-06")
C19_5 = Cell(C19, "Từ 24 đến 30 Tết", "W 2017-01-21..2017-01-27")  # 24-30 tháng Chạp Bính Thân (before Tết Đinh Dậu)
C19_6 = Cell(C19, "Từ 24 Tết đến 20 tháng Giêng", "W 2017-01-21..2017-02-16")  # 24 tháng Chạp Bính Thân .. 20 tháng Giêng Đinh Dậu

# Kế hoạch 42/KH-UBND ngày 03/02/2026 của UBND thành phố Đà Nẵng về bắn pháo hoa đêm Giao thừa Tết Bính Ngọ 2026 — https://danang.gov.vn/web/dng/-/da-nang-to-chuc-06-diem-ban-phao-hoa-dem-giao-thua-tet-binh-ngo-2026
C20 = Doc("Kế hoạch 42/KH-UBND ngày 03/02/2026 của UBND thành phố Đà Nẵng về tổ chức bắn pháo hoa đêm Giao thừa Tết Nguyên đán Bính Ngọ 2026", "https://danang.gov.vn/web/dng/-/da-nang-to-chuc-06-diem-ban-phao-hoa-dem-giao-thua-tet-binh-ngo-2026", date="2026-02-03")
C20_1 = Cell(C20, "trong thời gian 15 phút, bắt đầu từ 0 giờ 00 ngày 17-02-2026", "O 2026-02-17T00:00-00:15")  # unsure: end time worked out from "trong thời gian 15 phút"

# Kế hoạch của UBND thành phố Đà Nẵng về bắn pháo hoa đêm Giao thừa Tết Canh Tý 2020 (Báo Tổ Quốc 21/01/2020) — http://toquoc.vn/da-nang-ban-phao-hoa-dem-giao-thua-tai-3-diem-2020012110224214.htm
# unsure: date — article date
C21 = Doc("Kế hoạch của UBND thành phố Đà Nẵng về tổ chức bắn pháo hoa đêm Giao thừa Tết Canh Tý 2020", "http://toquoc.vn/da-nang-ban-phao-hoa-dem-giao-thua-tai-3-diem-2020012110224214.htm", date="2020-01-21")
C21_1 = Cell(C21, "vào lúc 00 giờ 00 ngày 25/01/2020 (đêm 30 Tết)", "O 2020-01-25T00:00")

# Chỉ thị của Ban Thường vụ Thành ủy Đà Nẵng về tổ chức Tết Nguyên đán Bính Ngọ 2026 (Dân trí 05/01/2026) — https://dantri.com.vn/thoi-su/da-nang-cam-dung-cong-quy-lam-qua-bieu-chuc-tet-lanh-dao-20260105184311882.htm
# unsure: date — article date; the deadline's year (2026) is certain from the context
C22 = Doc("Chỉ thị của Ban Thường vụ Thành ủy Đà Nẵng về việc tổ chức Tết Nguyên đán Bính Ngọ 2026", "https://dantri.com.vn/thoi-su/da-nang-cam-dung-cong-quy-lam-qua-bieu-chuc-tet-lanh-dao-20260105184311882.htm", date="2026-01-05", year=2026)
C22_1 = Cell(C22, "trước ngày 15/1", "D 2026-01-14")

# Hội Tết Trung thu Nhâm Dần năm 2022 tại Hội An (Trung tâm Quản lý Bảo tồn Di sản Văn hóa Hội An) — http://hoianworldheritage.org.vn/vi/news/Le-hoi-su-kien/hoi-tet-trung-thu-nham-dan-nam-2022-2215.hwh
# unsure: date — article date approximated (September 2022)
C23 = Doc("Kế hoạch Hội Tết Trung thu Nhâm Dần năm 2022 tại Hội An", "http://hoianworldheritage.org.vn/vi/news/Le-hoi-su-kien/hoi-tet-trung-thu-nham-dan-nam-2022-2215.hwh", date="2022-09-05")
C23_1 = Cell(C23, "vào lúc 18 giờ ngày 10/9/2022 nhằm ngày 15 âm lịch", "O 2022-09-10T18:00")
C23_2 = Cell(C23, "từ 18g30-21g30 vào ngày 09/9", "O 2022-09-09T18:30-21:30")

# Hội Tết Trung thu Quý Mão - Hội An 2023 (Trung tâm VH-TT&TT-TH Hội An; Gia đình & Xã hội 20/9/2023) — https://giadinh.suckhoedoisong.vn/tai-hien-lai-khong-gian-dem-pho-co-hoi-an-dau-the-ky-xx-tu-ngay-26-30-9-172230920100305592.htm
C24 = Doc("Kế hoạch Hội Tết Trung thu Quý Mão - Hội An 2023", "https://giadinh.suckhoedoisong.vn/tai-hien-lai-khong-gian-dem-pho-co-hoi-an-dau-the-ky-xx-tu-ngay-26-30-9-172230920100305592.htm", date="2023-09-20")
C24_1 = Cell(C24, "từ ngày 26-30/9", "W 2023-09-26..2023-09-30")
C24_2 = Cell(C24, "vào ngày 27/9 (tức 13/8 âm lịch)", "O 2023-09-27")
C24_3 = Cell(C24, "ngày 28/9 (tức 14/8 âm lịch)", "O 2023-09-28")

# Thông báo thay đổi thời gian Lễ hội Đua thuyền truyền thống huyện Quảng Ninh (Quảng Bình) năm 2019, theo Kế hoạch 84/KH-UBND ngày 01/7/2019 — https://quangninh.quangbinh.gov.vn/chi-tiet-tin/-/view-article/1/0/1561784109140
# unsure: date — issued between 09/8/2019 and 16/8/2019; all cells carry their year
C25 = Doc("Thông báo thay đổi thời gian tổ chức Lễ hội Đua thuyền truyền thống năm 2019 (Kế hoạch 84/KH-UBND ngày 01/7/2019 của UBND huyện Quảng Ninh, Quảng Bình)", "https://quangninh.quangbinh.gov.vn/chi-tiet-tin/-/view-article/1/0/1561784109140", date="2019-08-12")
C25_1 = Cell(C25, "vào lúc 6 giờ 30 phút ngày 30/8/2019", "O 2019-08-30T06:30")
C25_2 = Cell(C25, "vào lúc 6 giờ 30 phút ngày 01/9/2019", "O 2019-09-01T06:30")
C25_3 = Cell(C25, "Vào lúc 15 giờ ngày 16/8/2019", "O 2019-08-16T15:00")

# Lễ hội Lam Kinh năm 2023 (Cổng TTĐT huyện Thọ Xuân, Thanh Hóa) — https://thoxuan.vn/web/trang-chu/tin-tuc-su-kien-trong-huyen/van-hoa-the-thao/le-hoi-lam-kinh-nam-2023-hua-hen-dem-den-nhieu-sac-mau-van-hoa.html
# unsure: date — article date approximated (September 2023)
C26 = Doc("Kế hoạch tổ chức Lễ hội Lam Kinh năm 2023 (tỉnh Thanh Hóa, huyện Thọ Xuân)", "https://thoxuan.vn/web/trang-chu/tin-tuc-su-kien-trong-huyen/van-hoa-the-thao/le-hoi-lam-kinh-nam-2023-hua-hen-dem-den-nhieu-sac-mau-van-hoa.html", date="2023-09-20")
C26_1 = Cell(C26, "trong 3 ngày, từ mùng 5 đến 7-10-2023 (tức ngày 21, 22, 23 tháng 8 âm lịch)", "W 2023-10-05..2023-10-07")
C26_2 = Cell(C26, "vào sáng 6-10 (tức 22 tháng 8 âm lịch)", "O 2023-10-06")

# Lễ hội Lam Kinh năm 2022 (Báo Bảo vệ pháp luật) — https://baovephapluat.vn/van-hoa-xa-hoi/goc-van-hoa/nhieu-hoat-dong-dac-sac-tai-le-hoi-lam-kinh-nam-2022-128464.html
# unsure: date — article date approximated (mid September 2022)
C27 = Doc("Kế hoạch tổ chức Lễ hội Lam Kinh năm 2022 (UBND tỉnh Thanh Hóa giao Sở VHTTDL)", "https://baovephapluat.vn/van-hoa-xa-hoi/goc-van-hoa/nhieu-hoat-dong-dac-sac-tai-le-hoi-lam-kinh-nam-2022-128464.html", date="2022-09-14")
C27_1 = Cell(C27, "từ ngày 21, 22, 23/8 Âm lịch", "W 2022-09-16..2022-09-18")
C27_2 = Cell(C27, "Vào 8h00, ngày 22/8 ÂL (17/9/2022)", "O 2022-09-17T08:00")

# Giải Đua thuyền truyền thống vô địch quốc gia năm 2024 tại Quảng Bình (họp Sở VHTT Quảng Bình 14/3/2024) — https://thuonghieucongluan.com.vn/giai-dua-thuyen-truyen-thong-vo-dich-quoc-gia-nam-2024-duoc-to-chuc-tai-quang-binh-a214965.html
C28 = Doc("Kế hoạch tổ chức Giải đua thuyền truyền thống vô địch quốc gia năm 2024 tại Quảng Bình (Sở Văn hóa và Thể thao Quảng Bình, 14/3/2024)", "https://thuonghieucongluan.com.vn/giai-dua-thuyen-truyen-thong-vo-dich-quoc-gia-nam-2024-duoc-to-chuc-tai-quang-binh-a214965.html", date="2024-03-14")
C28_1 = Cell(C28, "từ ngày 21 – 27/4", "W 2024-04-21..2024-04-27")

# Kế hoạch của UBND tỉnh Quảng Trị tổ chức Lễ hội Thống nhất non sông và Khai trương mùa du lịch năm 2023 — https://thuonghieucongluan.com.vn/30-4-den-quang-tri-mung-ngay-hoi-lon-khai-truong-mua-du-lich-nam-2023-a192452.html
# unsure: date — article date approximated (April 2023); all cells carry their year
C29 = Doc("Kế hoạch của UBND tỉnh Quảng Trị tổ chức Lễ hội Thống nhất non sông và Khai trương mùa du lịch năm 2023", "https://thuonghieucongluan.com.vn/30-4-den-quang-tri-mung-ngay-hoi-lon-khai-truong-mua-du-lich-nam-2023-a192452.html", date="2023-04-15")
C29_1 = Cell(C29, "vào 19 giờ 00 ngày 27/4/2023 (Thứ năm)", "O 2023-04-27T19:00")
C29_2 = Cell(C29, "vào 07h00 ngày 30/4/2023", "O 2023-04-30T07:00")

# Kế hoạch của UBND tỉnh Quảng Trị tổ chức các hoạt động kỷ niệm các ngày lễ lớn năm 2022 (Giáo dục & Thời đại) — https://giaoducthoidai.vn/quang-tri-to-chuc-nhieu-hoat-dong-ky-niem-cac-ngay-le-lon-trong-nam-2022-post456447.html
# unsure: date — article date approximated (early 2022); Doc year 2022 is certain
C30 = Doc("Kế hoạch của UBND tỉnh Quảng Trị tổ chức các hoạt động kỷ niệm các ngày lễ lớn năm 2022", "https://giaoducthoidai.vn/quang-tri-to-chuc-nhieu-hoat-dong-ky-niem-cac-ngay-le-lon-trong-nam-2022-post456447.html", date="2022-01-20")
C30_1 = Cell(C30, "vào ngày 26/3", "O 2022-03-26")
C30_2 = Cell(C30, "vào ngày 7/4", "O 2022-04-07")

# Kế hoạch 5519/KH-UBND ngày 12/10/2021 của UBND tỉnh Ninh Thuận về tuyên truyền, quảng bá ASEAN giai đoạn 2021-2025 — https://aseanvietnam.vn/post/tuyen-truyen-quang-ba-asean-giai-djoan-2021-2025-tren-djia-ban-tinh-ninh-thuan
C31 = Doc("Kế hoạch 5519/KH-UBND ngày 12/10/2021 của UBND tỉnh Ninh Thuận về tuyên truyền, quảng bá ASEAN giai đoạn 2021-2025", "https://aseanvietnam.vn/post/tuyen-truyen-quang-ba-asean-giai-djoan-2021-2025-tren-djia-ban-tinh-ninh-thuan", date="2021-10-12")
C31_1 = Cell(C31, "từ năm 2021 đến năm 2025", "W 2021-01-01..2025-12-31")

# Kế hoạch 176 ngày 26/8/2019 của Ban Thường vụ Huyện ủy Phú Ninh (Quảng Nam) về đại hội các chi bộ, đảng bộ trực thuộc và Đại hội Đảng bộ huyện lần thứ XXI — http://baoquangnam.vn/xay-dung-dang/dai-hoi-dang-bo-huyen-phu-ninh-hoan-thanh-truoc-thang-72020-69055.html
C32 = Doc("Kế hoạch 176-KH/HU ngày 26/8/2019 của Ban Thường vụ Huyện ủy Phú Ninh về đại hội các chi bộ, đảng bộ trực thuộc và Đại hội đại biểu Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2020-2025", "http://baoquangnam.vn/xay-dung-dang/dai-hoi-dang-bo-huyen-phu-ninh-hoan-thanh-truoc-thang-72020-69055.html", date="2019-08-26")
C32_1 = Cell(C32, "thời gian hoàn thành trong quý IV.2019", "D 2019-12-31")
C32_2 = Cell(C32, "thời gian hoàn thành trong tháng 4.2020", "D 2020-04-30")
C32_3 = Cell(C32, "bắt đầu từ tháng 4.2020 và hoàn thành trong tháng 5.2020", "W 2020-04-01..2020-05-31")
C32_4 = Cell(C32, "hoàn thành trước ngày 10.3.2020", "D 2020-03-09")
C32_5 = Cell(C32, "hoàn thành trước tháng 7.2020", "D 2020-06-30")

# Kế hoạch của Huyện ủy Núi Thành (Quảng Nam) về đại hội chi bộ, đảng bộ cơ sở và Đại hội Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2015-2020 — http://baoquangnam.vn/xay-dung-dang/nhieu-chi-bo-dang-o-nui-thanh-to-chuc-xong-dai-hoi-25737.html
# unsure: date — article date approximated (early 2015); Doc year 2015 is certain (the cycle ends in Aug 2015)
C33 = Doc("Kế hoạch của Huyện ủy Núi Thành về công tác chuẩn bị đại hội chi bộ, đảng bộ cơ sở và Đại hội đại biểu Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2015-2020", "http://baoquangnam.vn/xay-dung-dang/nhieu-chi-bo-dang-o-nui-thanh-to-chuc-xong-dai-hoi-25737.html", date="2015-01-15", year=2015)
C33_1 = Cell(C33, "hoàn thành trước ngày 15.2", "D 2015-02-14")
C33_2 = Cell(C33, "hoàn thành từ tháng 4 - 6", "W 2015-04-01..2015-06-30")
C33_3 = Cell(C33, "hoàn thành trong tháng 8.2015", "D 2015-08-31")

# Kế hoạch 111-KH/HU của Ban Thường vụ Huyện ủy Đại Lộc (Quảng Nam) về đại hội đảng bộ các cấp, nhiệm kỳ 2020-2025 — https://baoquangnam.vn/xay-dung-dang/dai-hoi-dang-bo-huyen-dai-loc-se-dien-ra-truoc-1582020-68798.html
# unsure: date — article date approximated (August 2019); all cells carry their year
C34 = Doc("Kế hoạch 111-KH/HU của Ban Thường vụ Huyện ủy Đại Lộc về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ huyện lần thứ XXII, nhiệm kỳ 2020-2025", "https://baoquangnam.vn/xay-dung-dang/dai-hoi-dang-bo-huyen-dai-loc-se-dien-ra-truoc-1582020-68798.html", date="2019-08-20")
C34_1 = Cell(C34, "dự kiến đại hội hoàn thành vào tháng 1.2020", "D 2020-01-31")
C34_2 = Cell(C34, "hoàn thành vào 12.2019", "D 2019-12-31")
C34_3 = Cell(C34, "từ 4.2020 và hoàn thành vào trung tuần 6.2020", "W 2020-04-01..2020-06-20")
C34_4 = Cell(C34, "sẽ diễn ra trước 15.8.2020", "D 2020-08-14")

# Văn bản chuẩn bị Đại hội chi, đảng bộ cơ sở và Đại hội Đảng bộ huyện Thăng Bình lần thứ XX (hội nghị cán bộ chủ chốt 19/9/2014) — http://baoquangnam.vn/xay-dung-dang/hoi-nghi-can-bo-chu-chot-quan-triet-cac-van-ban-chuan-bi-cho-dai-hoi-dang-cac-cap-nhiem-ky-2015-2020-22948.html
C35 = Doc("Kế hoạch của Huyện ủy Thăng Bình (Quảng Nam) về Đại hội chi, đảng bộ cơ sở và Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2015-2020 (triển khai ngày 19/9/2014)", "http://baoquangnam.vn/xay-dung-dang/hoi-nghi-can-bo-chu-chot-quan-triet-cac-van-ban-chuan-bi-cho-dai-hoi-dang-cac-cap-nhiem-ky-2015-2020-22948.html", date="2014-09-19")
C35_1 = Cell(C35, "bắt đầu từ tháng 4.2015 và hoàn thành chậm nhất trong tháng 6.2015", "W 2015-04-01..2015-06-30")
C35_2 = Cell(C35, "tiến hành trong quý I/2015", "W 2015-01-01..2015-03-31")

# Kế hoạch đại hội Hội Nông dân các cấp tỉnh Quảng Nam nhiệm kỳ 2023-2028 (Báo Quảng Nam, tính đến 16/2/2023) — https://baoquangnam.vn/xa-hoi/hoan-thanh-dai-hoi-dai-bieu-hoi-nong-dan-cap-huyen-trong-quy-ii2023-138761.html
C36 = Doc("Kế hoạch đại hội Hội Nông dân các cấp tỉnh Quảng Nam, nhiệm kỳ 2023-2028", "https://baoquangnam.vn/xa-hoi/hoan-thanh-dai-hoi-dai-bieu-hoi-nong-dan-cap-huyen-trong-quy-ii2023-138761.html", date="2023-02-16")
C36_1 = Cell(C36, "sẽ hoàn thành đại hội hội nông dân cấp cơ sở trong tháng 3/2023", "D 2023-03-31")
C36_2 = Cell(C36, "diễn ra trong tháng 4/2023", "W 2023-04-01..2023-04-30")
C36_3 = Cell(C36, "thời gian hoàn thành đại hội đại biểu hội nông dân cấp huyện trong quý II/2023", "D 2023-06-30")
C36_4 = Cell(C36, "Đại hội đại biểu Hội Nông dân tỉnh Quảng Nam lần thứ IX (nhiệm kỳ 2023 - 2028) trong quý III/2023", "W 2023-07-01..2023-09-30")

# Kế hoạch đại hội Đoàn TNCS Hồ Chí Minh các cấp tỉnh Hà Tĩnh nhiệm kỳ 2022-2027 (Báo Hà Tĩnh, bản đăng lại) — https://tinthethaonews.org/ha-tinh-duoc-trung-uong-doan-chon-to-chuc-dai-hoi-diem-cap-tinh-doan-tncs-ho-chi-minh-post228712.html
# unsure: date — article date approximated (figures to 17/3/2022); all cells carry their year
C37 = Doc("Kế hoạch đại hội Đoàn TNCS Hồ Chí Minh các cấp tỉnh Hà Tĩnh, nhiệm kỳ 2022-2027 (Tỉnh đoàn Hà Tĩnh)", "https://tinthethaonews.org/ha-tinh-duoc-trung-uong-doan-chon-to-chuc-dai-hoi-diem-cap-tinh-doan-tncs-ho-chi-minh-post228712.html", date="2022-03-18")
C37_1 = Cell(C37, "dự kiến diễn ra trước ngày 15/8/2022", "D 2022-08-14")
C37_2 = Cell(C37, "sẽ hoàn thành trước ngày 15/5/2022", "D 2022-05-14")
C37_3 = Cell(C37, "hoàn thành trước ngày 30/6/2022", "D 2022-06-29")
C37_4 = Cell(C37, "sẽ diễn ra vào giữa tháng 4/2022", "W 2022-04-11..2022-04-20")

# Kế hoạch đại hội đại biểu phụ nữ cấp huyện và tỉnh Hà Tĩnh nhiệm kỳ 2021-2026 (Báo Hà Tĩnh, tháng 7/2021) — https://baohatinh.vn/916-don-vi-o-ha-tinh-se-hoan-thanh-dai-hoi-phu-nu-cap-huyen-trong-thang-7-post215623.html
# unsure: date — article date approximated (after 8/7/2021); Doc year 2021 is certain
C38 = Doc("Kế hoạch đại hội đại biểu phụ nữ cấp huyện và Đại hội đại biểu phụ nữ tỉnh Hà Tĩnh, nhiệm kỳ 2021-2026 (Hội LHPN tỉnh Hà Tĩnh)", "https://baohatinh.vn/916-don-vi-o-ha-tinh-se-hoan-thanh-dai-hoi-phu-nu-cap-huyen-trong-thang-7-post215623.html", date="2021-07-09")
C38_1 = Cell(C38, "vào sáng ngày 16/7", "O 2021-07-16")
C38_2 = Cell(C38, "cùng tổ chức trong các ngày 21/7", "O 2021-07-21")
C38_3 = Cell(C38, "sẽ tiến hành đại hội trong tháng 8", "W 2021-08-01..2021-08-31")
C38_4 = Cell(C38, "Đại hội đại biểu phụ nữ Hà Tĩnh nhiệm kỳ 2021 - 2026 sẽ được hoàn thành trong đầu quý IV", "D 2021-10-31")  # unsure: "hoàn thành trong" + "đầu quý IV" (= October by the session-5 rule) read as a deadline on 31/10

# Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Hà Tĩnh lần thứ XIX, nhiệm kỳ 2025-2030 (Tiền Phong 14/12/2025) — https://tienphong.vn/tuoi-tre-ha-tinh-thuc-hien-nhieu-hoat-dong-y-nghia-chao-mung-dai-hoi-doan-post1804407.tpo
C39 = Doc("Kế hoạch Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Hà Tĩnh lần thứ XIX, nhiệm kỳ 2025-2030", "https://tienphong.vn/tuoi-tre-ha-tinh-thuc-hien-nhieu-hoat-dong-y-nghia-chao-mung-dai-hoi-doan-post1804407.tpo", date="2025-12-14")
C39_1 = Cell(C39, "diễn ra vào ngày 17 - 18/12/2025", "W 2025-12-17..2025-12-18")

# Kế hoạch đại hội của Đảng bộ huyện Quảng Trạch (Quảng Bình) nhiệm kỳ 2015-2020 (Báo Quảng Bình 08/06/2015) — https://www.baoquangbinh.vn/chinh-tri/201506/dang-bo-quang-trach-hoan-thanh-dai-hoi-dang-bo-chi-bo-co-so-2125655/
C40 = Doc("Kế hoạch đại hội đảng bộ các cấp của Huyện ủy Quảng Trạch, nhiệm kỳ 2015-2020", "https://www.baoquangbinh.vn/chinh-tri/201506/dang-bo-quang-trach-hoan-thanh-dai-hoi-dang-bo-chi-bo-co-so-2125655/", date="2015-06-08")
C40_1 = Cell(C40, "dự kiến diễn ra vào giữa tháng 8-2015", "W 2015-08-11..2015-08-20")

# Kế hoạch tổ chức đại hội MTTQ Việt Nam các cấp tỉnh Bình Định nhiệm kỳ 2014-2019 (Cổng TTĐT Bình Định) — https://binhdinh.gov.vn/tin-tuc/tin-tuc-thoi-su/6-mat-tran-cap-xa-to-chuc-xong-dai-hoi-nhiem-ky-moi.html
# unsure: date — not shown; all cells carry their year
C41 = Doc("Kế hoạch tổ chức đại hội MTTQ Việt Nam các cấp trong tỉnh Bình Định (2013-2014)", "https://binhdinh.gov.vn/tin-tuc/tin-tuc-thoi-su/6-mat-tran-cap-xa-to-chuc-xong-dai-hoi-nhiem-ky-moi.html", date="2014-01-15")
C41_1 = Cell(C41, "tổ chức từ quý IV/2013 và hoàn thành trước tháng 3.2014", "W 2013-10-01..2014-02-28")
C41_2 = Cell(C41, "sẽ hoàn thành trước tháng 5.2014", "D 2014-04-30")
C41_3 = Cell(C41, "hoàn thành trước tháng 7.2014", "D 2014-06-30")

# Chỉ thị 40 ngày 13/7/2023 của Ban Thường vụ Tỉnh ủy Quảng Nam về đại hội MTTQ Việt Nam các cấp nhiệm kỳ 2024-2029 (Báo Quảng Nam 01/2024) — https://baoquangnam.vn/chinh-tri/quang-nam-co-14241-don-vi-cap-xa-hoan-thanh-dai-hoi-mttq-viet-nam-154822.html
C42 = Doc("Chỉ thị 40-CT/TU ngày 13/7/2023 của Ban Thường vụ Tỉnh ủy Quảng Nam về lãnh đạo, chỉ đạo đại hội đại biểu MTTQ Việt Nam các cấp nhiệm kỳ 2024-2029", "https://baoquangnam.vn/chinh-tri/quang-nam-co-14241-don-vi-cap-xa-hoan-thanh-dai-hoi-mttq-viet-nam-154822.html", date="2023-07-13")
C42_1 = Cell(C42, "phấn đấu đại hội cấp xã hoàn thành trước ngày 30/4/2024", "D 2024-04-29")

# Kế hoạch 77/KH-UBND ngày 17/4/2025 của UBND tỉnh Bình Định lấy ý kiến cử tri về Đề án sắp xếp tỉnh và đơn vị hành chính cấp xã — https://snv.binhdinh.gov.vn/vi/news/xay-dung-chinh-quyen-cong-tac-thanh-nien/to-chuc-lay-y-kien-cu-tri-ve-de-an-sap-xep-tinh-gia-lai-voi-tinh-binh-dinh-va-de-an-sap-xep-don-vi-hanh-chinh-cap-xa-tren-dia-ban-tinh-1439.html
C43 = Doc("Kế hoạch 77/KH-UBND ngày 17/4/2025 của UBND tỉnh Bình Định lấy ý kiến cử tri về Đề án sắp xếp tỉnh Gia Lai với tỉnh Bình Định và Đề án sắp xếp đơn vị hành chính cấp xã", "https://snv.binhdinh.gov.vn/vi/news/xay-dung-chinh-quyen-cong-tac-thanh-nien/to-chuc-lay-y-kien-cu-tri-ve-de-an-sap-xep-tinh-gia-lai-voi-tinh-binh-dinh-va-de-an-sap-xep-don-vi-hanh-chinh-cap-xa-tren-dia-ban-tinh-1439.html", date="2025-04-17")
C43_1 = Cell(C43, "Từ 07 giờ 00 phút, ngày 19/4/2025", "O 2025-04-19T07:00")

# Thông báo lịch tiếp công dân định kỳ của Bí thư Tỉnh ủy Quảng Trị (Văn phòng Tỉnh ủy, 23/10/2019; Tầm nhìn) — https://tamnhin.net.vn/quang-tri-bi-thu-tinh-uy-se-tiep-cong-dan-dinh-ky-hang-thang-79097.html
C44 = Doc("Thông báo lịch tiếp công dân định kỳ của Bí thư Tỉnh ủy Quảng Trị (theo Quy định 33-QĐi/TU ngày 09/8/2019)", "https://tamnhin.net.vn/quang-tri-bi-thu-tinh-uy-se-tiep-cong-dan-dinh-ky-hang-thang-79097.html", date="2019-10-23")
C44_1 = Cell(C44, "định kỳ vào ngày 29 hàng tháng", "R O 2019-10-29 2019-11-29 ... 2020-10-29")
C44_2 = Cell(C44, "bắt đầu từ 8h00, ngày 29/10/2019", "O 2019-10-29T08:00")
C44_3 = Cell(C44, "định kỳ vào ngày 25 hàng tháng", "R O 2019-10-25 2019-11-25 ... 2020-10-25")

# Quyết định 34/2018/QĐ-UBND ngày 20/07/2018 của UBND tỉnh Bình Định (lịch tiếp công dân của Chủ tịch UBND tỉnh) — https://binhdinh.gov.vn/lich-tiep-cong-dan
C45 = Doc("Quyết định 34/2018/QĐ-UBND ngày 20/07/2018 của UBND tỉnh Bình Định (lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh)", "https://binhdinh.gov.vn/lich-tiep-cong-dan", date="2018-07-20")
C45_1 = Cell(C45, "định kỳ 01 ngày/tháng vào 15 hàng tháng", "R O 2018-08-15 2018-09-15 ... 2019-08-15")

# Thông báo lịch tiếp dân, đối thoại với dân của Bí thư Huyện ủy Hà Trung (Thanh Hóa) năm 2019 — https://hatrung.thanhhoa.gov.vn/portal/Pages/Lich-tiep-dan-cua-Bi-thu-Huyen-uy.aspx
# unsure: date — not shown (the table starts in June 2019); Doc year 2019 is certain
C46 = Doc("Thông báo của Ban Thường vụ Huyện ủy Hà Trung về lịch tiếp dân, đối thoại với dân của Bí thư Huyện ủy năm 2019", "https://hatrung.thanhhoa.gov.vn/portal/Pages/Lich-tiep-dan-cua-Bi-thu-Huyen-uy.aspx", date="2019-05-31")
C46_1 = Cell(C46, "Tháng 7 Ngày 18 (thứ Năm)", "O 2019-07-18")
C46_2 = Cell(C46, "Tháng 8 Ngày 19 (thứ Hai)", "O 2019-08-19")
C46_3 = Cell(C46, "Mùa đông bắt đầu từ 07 giờ 30 phút, kết thúc lúc 11 giờ 30 phút.", "U")

# Thông báo thay đổi ngày tiếp dân của Bí thư Tỉnh ủy Thanh Hóa tháng 10/2019 (Văn phòng Tỉnh ủy; Truyền hình Thanh Hóa 15/10/2019) — http://truyenhinhthanhhoa.vn/thoi-su-chinh-tri/201910/thong-bao-thay-doi-ngay-tiep-dan-doi-thoai-voi-cong-dan-cua-dong-chi-bi-thu-tinh-uy-8235213/
C47 = Doc("Thông báo của Văn phòng Tỉnh ủy Thanh Hóa thay đổi ngày tiếp dân, đối thoại với công dân của Bí thư Tỉnh ủy (tháng 10/2019)", "http://truyenhinhthanhhoa.vn/thoi-su-chinh-tri/201910/thong-bao-thay-doi-ngay-tiep-dan-doi-thoai-voi-cong-dan-cua-dong-chi-bi-thu-tinh-uy-8235213/", date="2019-10-15")
C47_1 = Cell(C47, "định kỳ tháng 10/2019 vào ngày 18/10/2019", "O 2019-10-18")

# Thông báo 50 ngày 10/8/2022 của Ban Nội chính Tỉnh ủy Quảng Bình mời tiếp dân định kỳ phiên tháng 8 — http://noichinh.quangbinh.gov.vn/3cms/Ban-in-507.htm?art=1657597282474
C48 = Doc("Thông báo 50-TB/BNCTU ngày 10/8/2022 của Ban Nội chính Tỉnh ủy Quảng Bình mời tiếp dân định kỳ phiên tháng 8 của Bí thư Tỉnh ủy", "http://noichinh.quangbinh.gov.vn/3cms/Ban-in-507.htm?art=1657597282474", date="2022-08-10")
C48_1 = Cell(C48, "Vào ngày thứ Hai - 15/8", "O 2022-08-15")

# Kế hoạch tổ chức Tuần lễ Du lịch Quảng Ngãi năm 2025 (UBND tỉnh Quảng Ngãi) — https://goandgotravel.com/vi/post/kham-pha-quang-ngai-noi-bien-xanh-va-van-hoa-hoi-tu-41319.htm
# unsure: date — not shown; all cells carry their year
C49 = Doc("Kế hoạch tổ chức Tuần lễ Du lịch Quảng Ngãi năm 2025 của UBND tỉnh Quảng Ngãi", "https://goandgotravel.com/vi/post/kham-pha-quang-ngai-noi-bien-xanh-va-van-hoa-hoi-tu-41319.htm", date="2025-03-20")
C49_1 = Cell(C49, "diễn ra từ ngày 11 đến 17/4/2025", "W 2025-04-11..2025-04-17")
C49_2 = Cell(C49, "dự kiến tổ chức lúc 19h30, ngày 11/4/2025", "O 2025-04-11T19:30")
C49_3 = Cell(C49, "từ ngày 12/4 – 15/4/2025", "W 2025-04-12..2025-04-15")

# Kế hoạch tổ chức Tuần Văn hóa - Du lịch Phú Yên 2023 (UBND tỉnh Phú Yên) — http://vietnamtourism.vn/index.php/news/items/26172
# unsure: date — not shown (spring 2023); Doc year 2023 is certain
C50 = Doc("Kế hoạch tổ chức Tuần Văn hóa - Du lịch Phú Yên 2023 của UBND tỉnh Phú Yên", "http://vietnamtourism.vn/index.php/news/items/26172", date="2023-03-01")
C50_1 = Cell(C50, "Thời gian tổ chức 7 ngày (từ ngày 01-07/04)", "W 2023-04-01..2023-04-07")
C50_2 = Cell(C50, "diễn ra lúc 20 giờ ngày 1/4", "O 2023-04-01T20:00")
C50_3 = Cell(C50, "lúc 20 giờ ngày 07/04", "O 2023-04-07T20:00")

# Kế hoạch Tuần Văn hóa - Du lịch Phú Yên 2020 (Công an Đà Nẵng 03/01/2020) — https://cadn.com.vn/tuan-van-hoa-du-lich-phu-yen-2020-se-dien-ra-dau-thang-4-post218566.html
C51 = Doc("Kế hoạch tổ chức Tuần Văn hóa - Du lịch Phú Yên 2020", "https://cadn.com.vn/tuan-van-hoa-du-lich-phu-yen-2020-se-dien-ra-dau-thang-4-post218566.html", date="2020-01-03")
C51_1 = Cell(C51, "từ ngày 1 đến 5-4-2020", "W 2020-04-01..2020-04-05")

# Kế hoạch Tuần Văn hóa - Du lịch Phú Yên 2019 (tin 20/03/2019) — https://tintuctuyhoa.com/van-nghe/9-su-kien-hoat-dong-chinh-trong-tuan-van-hoa-du-lich-2019-727.html
C52 = Doc("Kế hoạch tổ chức Tuần Văn hóa - Du lịch Phú Yên 2019 của UBND tỉnh Phú Yên", "https://tintuctuyhoa.com/van-nghe/9-su-kien-hoat-dong-chinh-trong-tuan-van-hoa-du-lich-2019-727.html", date="2019-03-20")
C52_1 = Cell(C52, "tập trung từ tối 30/3-5/4", "W 2019-03-30..2019-04-05")
C52_2 = Cell(C52, "diễn ra vào tối 30/3", "O 2019-03-30")

# Lịch các hoạt động dâng hương và vui xuân, đón Tết Ất Tỵ 2025 tỉnh Phú Yên (Báo Phú Yên 01/2025) — https://baophuyen.vn/van-nghe/202501/cac-hoat-dong-van-hoa-the-thao-phuc-vu-tet-nguyen-dan-at-ty-2025-0f422a6
# unsure: date — article date approximated (January 2025)
C53 = Doc("Lịch các hoạt động dâng hương, văn hóa, thể thao phục vụ Tết Nguyên đán Ất Tỵ 2025 trên địa bàn tỉnh Phú Yên", "https://baophuyen.vn/van-nghe/202501/cac-hoat-dong-van-hoa-the-thao-phuc-vu-tet-nguyen-dan-at-ty-2025-0f422a6", date="2025-01-15")
C53_1 = Cell(C53, "22/1(23 tháng Chạp)", "O 2025-01-22")
C53_2 = Cell(C53, "23/1 (24 tháng Chạp)", "O 2025-01-23")
C53_3 = Cell(C53, "24/1 (25 tháng Chạp)", "O 2025-01-24")

# Công văn 3405 của UBND tỉnh Ninh Thuận về phối hợp tổ chức Tết Katê năm 2021 (Công an Đà Nẵng 24/09/2021) — https://cadn.com.vn/ninh-thuan-to-chuc-tet-kate-dam-bao-phong-chong-dich-post250346.html
# unsure: date — article date
C54 = Doc("Công văn 3405/UBND-VXNV của UBND tỉnh Ninh Thuận về phối hợp tổ chức Tết Katê của đồng bào Chăm theo đạo Bàlamôn năm 2021", "https://cadn.com.vn/ninh-thuan-to-chuc-tet-kate-dam-bao-phong-chong-dich-post250346.html", date="2021-09-24")
C54_1 = Cell(C54, "từ ngày 5-10-2021 (nhằm ngày 29-8 âm lịch)", "O 2021-10-05")
C54_2 = Cell(C54, "từ ngày 4 đến 6-10-2021", "W 2021-10-04..2021-10-06")

# Kế hoạch 4720/KH-BTC phối hợp tổ chức Ngày hội Văn hóa, Thể thao và Du lịch vùng đồng bào dân tộc Chăm - Ninh Thuận năm 2012 — https://baoninhthuan.com.vn/news/34619p1c29/ke-hoach-phoi-hop-to-chuc-ngay-hoi-van-hoa-the-thao-va-du-lich-vung-dong-bao-dan-toc-chamninh-thuan-nam-2012.htm
# unsure: date — not shown; the cell carries its year
C55 = Doc("Kế hoạch 4720/KH-BTC phối hợp tổ chức Ngày hội Văn hóa, Thể thao và Du lịch vùng đồng bào dân tộc Chăm - Ninh Thuận năm 2012", "https://baoninhthuan.com.vn/news/34619p1c29/ke-hoach-phoi-hop-to-chuc-ngay-hoi-van-hoa-the-thao-va-du-lich-vung-dong-bao-dan-toc-chamninh-thuan-nam-2012.htm", date="2012-09-15")
C55_1 = Cell(C55, "trong thời gian 5 ngày, từ 12 đến 16-10-2012", "W 2012-10-12..2012-10-16")

# Công văn 3907/UBND-KGVX của Chủ tịch UBND tỉnh Bình Thuận về Tết Katê năm 2017 (Văn phòng Tỉnh ủy Bình Thuận, 9/10/2017) — http://binhthuancpv.org.vn/Index.aspx?ID=22129&CatID=148
# unsure: date — article date
C56 = Doc("Công văn 3907/UBND-KGVX của Chủ tịch UBND tỉnh Bình Thuận về tổ chức Tết Katê của đồng bào Chăm theo đạo Bàlamôn năm 2017", "http://binhthuancpv.org.vn/Index.aspx?ID=22129&CatID=148", date="2017-10-09")
C56_1 = Cell(C56, "từ ngày 20/10/2017 (nhằm ngày 01 tháng 9 năm 2017 Âm lịch)", "O 2017-10-20")

CELLS = [
    C01_1,
    C02_1,
    C03_1, C03_2, C03_3, C03_4, C03_5, C03_6,
    C04_1, C04_2,
    C05_1, C05_2, C05_3, C05_4,
    C06_1, C06_2, C06_3, C06_4,
    C07_1,
    C08_1, C08_2, C08_3, C08_4,
    C09_1,
    C10_1,
    C11_1,
    C12_1, C12_2, C12_3,
    C13_1, C13_2, C13_3,
    C14_1, C14_2,
    C15_1, C15_2, C15_3, C15_4, C15_5,
    C16_1, C16_2, C16_3, C16_4,
    C17_1, C17_2, C17_3, C17_4, C17_5, C17_6,
    C18_1, C18_2, C18_3, C18_4,
    C19_1, C19_2, C19_3, C19_4, C19_5, C19_6,
    C20_1,
    C21_1,
    C22_1,
    C23_1, C23_2,
    C24_1, C24_2, C24_3,
    C25_1, C25_2, C25_3,
    C26_1, C26_2,
    C27_1, C27_2,
    C28_1,
    C29_1, C29_2,
    C30_1, C30_2,
    C31_1,
    C32_1, C32_2, C32_3, C32_4, C32_5,
    C33_1, C33_2, C33_3,
    C34_1, C34_2, C34_3, C34_4,
    C35_1, C35_2,
    C36_1, C36_2, C36_3, C36_4,
    C37_1, C37_2, C37_3, C37_4,
    C38_1, C38_2, C38_3, C38_4,
    C39_1,
    C40_1,
    C41_1, C41_2, C41_3,
    C42_1,
    C43_1,
    C44_1, C44_2, C44_3,
    C45_1,
    C46_1, C46_2, C46_3,
    C47_1,
    C48_1,
    C49_1, C49_2, C49_3,
    C50_1, C50_2, C50_3,
    C51_1,
    C52_1, C52_2,
    C53_1, C53_2, C53_3,
    C54_1, C54_2,
    C55_1,
    C56_1,
]
