"""Held-out real timing cells from plans of Party committees and mass organisations, answers worked out by hand.

What: timing phrases from plans, directives, schedules and campaign notices of Party committees and
their departments (Tỉnh ủy, Huyện ủy, Ban Tuyên giáo, Ban Nội chính, Đảng ủy Khối, Bộ Chính trị /
Ban Bí thư directives on congresses), the Fatherland Front (MTTQ), the Youth Union (Tỉnh đoàn,
Thành Đoàn, Trung ương Đoàn, Hội LHTN, Hội Sinh viên), the Women's Union (Hội LHPN), Trade Unions
(Liên đoàn Lao động, Công đoàn Viên chức), Veterans' (Hội CCB) and Farmers' (Hội Nông dân)
Associations, at central, provincial, district and commune level, outside the Central Coast
provinces (Thanh Hóa – Bình Thuận). Congress schedules (đại hội các cấp), anniversary and campaign
windows (Tháng Thanh niên, Tháng hành động, Ngày hội Đại đoàn kết, chiến dịch tình nguyện),
contest deadlines (Giải Búa liềm vàng, cuộc thi viết), lunar and repeating dates.
How collected: searched the stored public web pages (the `pages` corpus: local Party, union and
provincial news sites, which keep only a page's opening) with Vietnamese queries about these
organisations' plans; each cell is the timing clause copied from the page as written (line breaks
joined). Most pages are reports of a plan by the issuing body's site or the provincial paper; the
Doc title says so. No page already listed in /work/notes/used_sources.txt, and no Central Coast
province's plan. Dates of the documents are the page's date (or the plan's own date where the page
gives it); where the page shows no date the comment says "# unsure". Expected results follow
/work/notes/conventions.md (including the session-5 additions).
Collected without reading the resolver; to be scored once, in a later session.
"""
from tests.corpus.spec import Cell, Doc

# Báo Hải Dương 25/02/2020: Ban Thường vụ Huyện ủy Thanh Hà chọn 2 đảng bộ tổ chức đại hội điểm (lịch đại hội) — http://m.baohaiduong.vn/chinh-tri/huyen-uy-thanh-ha-chon-2-dang-bo-to-chuc-dai-hoi-diem-129125
P01 = Doc("Báo Hải Dương 25/02/2020: kế hoạch đại hội điểm và đại hội đảng bộ các cấp của Ban Thường vụ Huyện ủy Thanh Hà", "http://m.baohaiduong.vn/chinh-tri/huyen-uy-thanh-ha-chon-2-dang-bo-to-chuc-dai-hoi-diem-129125", date="2020-02-25")
P01_1 = Cell(P01, "Đại hội Đảng bộ xã Tân Việt dự kiến tổ chức trước ngày 25.3", "D 2020-03-24")
P01_2 = Cell(P01, "Đại hội Đảng bộ Xí nghiệp khai thác công trình thủy lợi huyện trước ngày 5.4", "D 2020-04-04")
P01_3 = Cell(P01, "chỉnh sửa, hoàn thiện dự thảo báo cáo chính trị trước ngày 15.3", "D 2020-03-14")
P01_4 = Cell(P01, "Đại hội Đảng bộ cấp cơ sở ở Thanh Hà dự kiến diễn ra từ tháng 4 đến hết tháng 5", "W 2020-04-01..2020-05-31")
P01_5 = Cell(P01, "đầu tháng 8 sẽ tổ chức Đại hội Đảng bộ huyện", "W 2020-08-01..2020-08-10")

# Báo Vĩnh Long 31/03/2023: Hội Nông dân tỉnh — đại hội hội nông dân cấp huyện diễn ra trong quý II — https://baovinhlong.com.vn/chinh-tri/202303/dai-hoi-hoi-nong-dan-cap-huyen-dien-ra-trong-quy-ii-3162029/
P02 = Doc("Báo Vĩnh Long 31/03/2023: kế hoạch đại hội Hội Nông dân các cấp tỉnh Vĩnh Long nhiệm kỳ 2023-2028", "https://baovinhlong.com.vn/chinh-tri/202303/dai-hoi-hoi-nong-dan-cap-huyen-dien-ra-trong-quy-ii-3162029/", date="2023-03-31")
P02_1 = Cell(P02, "Đại hội hội nông dân cấp huyện diễn ra trong quý II", "W 2023-04-01..2023-06-30")
P02_2 = Cell(P02, "Đến cuối tháng 3/2023 hoàn thành đại hội hội nông dân cấp xã.", "D 2023-03-31")

# Dân Việt 26/02/2023: tiến độ đại hội Hội Nông dân các cấp theo Chỉ thị số 16 của Ban Bí thư — https://tv.danviet.vn/dai-hoi-dai-bieu-toan-quoc-hoi-nong-dan-viet-nam-lan-thu-viii-cac-dia-phuong-day-nhanh-viec-to-chuc-dai-hoi-20230226133208344.htm
P03 = Doc("Dân Việt 26/02/2023: thời gian đại hội Hội Nông dân các cấp theo Chỉ thị số 16 của Ban Bí thư (nhiệm kỳ 2023-2028)", "https://tv.danviet.vn/dai-hoi-dai-bieu-toan-quoc-hoi-nong-dan-viet-nam-lan-thu-viii-cac-dia-phuong-day-nhanh-viec-to-chuc-dai-hoi-20230226133208344.htm", date="2023-02-26")
P03_1 = Cell(P03, "Đại hội Hội Nông dân cấp cơ sở hoàn thành trong quý I/2023", "D 2023-03-31")
P03_2 = Cell(P03, "Đại hội Nông dân cấp huyện hoàn thành trong quý II/2023", "D 2023-06-30")
P03_3 = Cell(P03, "Đại hội Hội Nông dân cấp tỉnh hoàn thành trong quý III/2023", "D 2023-09-30")
P03_4 = Cell(P03, "Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII tổ chức vào cuối quý IV/2023", "W 2023-12-01..2023-12-31")

# Hội Nông dân An Giang 2018: đạt 78,94% cơ sở Hội tổ chức Đại hội nhiệm kỳ — http://hoinongdanag.org.vn/ho%E1%BA%A1t-%C4%91%E1%BB%99ng-h%E1%BB%99i/nam-2018/7435.aspx
# unsure: the page shows no date; it reports the count "đến cuối tháng 2/2018", so early March 2018
P04 = Doc("Hội Nông dân tỉnh An Giang (2018): chỉ đạo đại hội Hội Nông dân các cấp nhiệm kỳ 2018-2023", "http://hoinongdanag.org.vn/ho%E1%BA%A1t-%C4%91%E1%BB%99ng-h%E1%BB%99i/nam-2018/7435.aspx", date="2018-03-05")
P04_1 = Cell(P04, "tiếp tục tập trung chỉ đạo huyện, thị, thành Hội tổ chức Đại hội dứt điểm vào cuối tháng 4/2018", "W 2018-04-21..2018-04-30")
P04_2 = Cell(P04, "Đại hội Hội Nông dân tỉnh khóa IX, nhiệm kỳ 2018 - 2023 diễn ra vào 24 - 25/05/2018.", "W 2018-05-24..2018-05-25")

# Cổng TTĐT huyện Kiên Hải 02/11/2020: Ban Thường trực UB MTTQ huyện triển khai kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc — https://kienhai.kiengiang.gov.vn/trang/TinTuc/233/1916/Kien-Hai-trien-khai-ke-hoach-To-chuc-Ngay-hoi-dai-doan-ket-toan-dan-toc.html
P05 = Doc("Kiên Hải 02/11/2020: kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2020 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện Kiên Hải", "https://kienhai.kiengiang.gov.vn/trang/TinTuc/233/1916/Kien-Hai-trien-khai-ke-hoach-To-chuc-Ngay-hoi-dai-doan-ket-toan-dan-toc.html", date="2020-11-02")
P05_1 = Cell(P05, "sẽ tổ chức ngày hội 01 ngày, từ ngày 01/11/2020 đến hết ngày 18/11/2020", "W 2020-11-01..2020-11-18")

# Báo Vĩnh Long 17/03/2020: Ban Tuyên giáo Tỉnh ủy phát động cuộc thi viết 90 năm truyền thống ngành tuyên giáo — https://baovinhlong.com.vn/chinh-tri/202003/phat-dong-cuoc-thi-viet-90-nam-truyen-thong-nganh-tuyen-giao-2993492
P06 = Doc("Báo Vĩnh Long 17/03/2020: Ban Tuyên giáo Tỉnh ủy Vĩnh Long phát động cuộc thi viết 90 năm Ngày truyền thống ngành tuyên giáo", "https://baovinhlong.com.vn/chinh-tri/202003/phat-dong-cuoc-thi-viet-90-nam-truyen-thong-nganh-tuyen-giao-2993492", date="2020-03-17")
P06_1 = Cell(P06, "Thời gian nhận bài dự thi chậm nhất là 30/6/2020.", "D 2020-06-30")
P06_2 = Cell(P06, "Lễ tổng kết và trao giải thưởng dự kiến vào cuối tháng 7/2020.", "W 2020-07-21..2020-07-31")

# Hội LHPN Việt Nam 11/04/2006: Hội LHPN tỉnh Bắc Ninh triển khai tổ chức Đại hội phụ nữ cấp cơ sở — http://hoilhpn.org.vn/web/guest/tin-chi-tiet/-/chi-tiet/trien-khai-to-chuc-%C4%91ai-hoi-phu-nu-cap-co-so-tren-dien-rong-2963-2.html
P07 = Doc("Hội LHPN Việt Nam 11/04/2006: Hội LHPN tỉnh Bắc Ninh chỉ đạo Đại hội phụ nữ cấp cơ sở nhiệm kỳ 2006-2011", "http://hoilhpn.org.vn/web/guest/tin-chi-tiet/-/chi-tiet/trien-khai-to-chuc-%C4%91ai-hoi-phu-nu-cap-co-so-tren-dien-rong-2963-2.html", date="2006-04-11")
P07_1 = Cell(P07, "Dự kiến Đại hội phụ nữ cấp cơ sở sẽ hoàn thành trước ngày Sinh nhật Bác (19/5).", "D 2006-05-18", events={"Ngày Sinh nhật Bác": "2006-05-19"})

# Cổng TTĐT huyện Thanh Ba 01/12/2020: Hội LHPN huyện triển khai kế hoạch Đại hội phụ nữ các cấp nhiệm kỳ 2021-2026 (hội nghị 26/11/2020) — http://thanhba.phutho.gov.vn/tin-tuc-su-kien/bai-viet/cat/tin-moi-nhat-1488/id/thanh-ba-to-chuc-hoi-nghi-trien-khai-ke-hoach-dai-hoi-phu-nu-cac-cap-nhiem-ky-2021-2026-92880
P08 = Doc("Thanh Ba 01/12/2020: kế hoạch Đại hội phụ nữ các cấp nhiệm kỳ 2021-2026 của Hội LHPN huyện Thanh Ba", "http://thanhba.phutho.gov.vn/tin-tuc-su-kien/bai-viet/cat/tin-moi-nhat-1488/id/thanh-ba-to-chuc-hoi-nghi-trien-khai-ke-hoach-dai-hoi-phu-nu-cac-cap-nhiem-ky-2021-2026-92880", date="2020-11-26")
P08_1 = Cell(P08, "hoàn thành việc tổng kết chi hội trong tháng 12/2020", "D 2020-12-31")
P08_2 = Cell(P08, "chuẩn bị và tổ chức ĐH cấp cơ sở xong trước ngày 10/4/2021", "D 2021-04-09")
P08_3 = Cell(P08, "sẽ diễn ra vào đầu quý III năm 2021", "W 2021-07-01..2021-07-31")

# Truyền hình Hải Dương 06/01/2022: họp báo công tác tổ chức Đại hội Đoàn các cấp tỉnh Hải Dương — http://haiduongtv.com.vn/xem-tin-tuc/hop-bao-cong-tac-to-chuc-dai-hoi-doan-cac-cap-tien-toi-dai-hoi-doan-thanh-nien-tinh-lan-thu-14-127150.html
P09 = Doc("Truyền hình Hải Dương 06/01/2022: lịch đại hội điểm Đoàn các cấp của Tỉnh đoàn Hải Dương (nhiệm kỳ 2022-2027)", "http://haiduongtv.com.vn/xem-tin-tuc/hop-bao-cong-tac-to-chuc-dai-hoi-doan-cac-cap-tien-toi-dai-hoi-doan-thanh-nien-tinh-lan-thu-14-127150.html", date="2022-01-06")
# unsure: "từ nay" read as the document's date
P09_1 = Cell(P09, "Đại hội điểm Đoàn cấp cơ sở sẽ diễn ra từ nay đến 20/1.", "W 2022-01-06..2022-01-20")
P09_2 = Cell(P09, "Đại hội điểm cấp huyện sẽ tổ chức trước ngày 10/4", "D 2022-04-09")

# Báo Hải Dương 06/10/2021: Ban Thường vụ Tỉnh ủy yêu cầu hoàn thành Đại hội Đoàn cấp cơ sở trước ngày 31.5.2022 — https://m.baohaiduong.vn/chinh-tri/hoan-thanh-dai-hoi-doan-cap-co-so-truoc-ngay-3152022-182246
P10 = Doc("Báo Hải Dương 06/10/2021: Ban Thường vụ Tỉnh ủy Hải Dương về lãnh đạo Đại hội Đoàn các cấp (thời gian tiến hành đại hội)", "https://m.baohaiduong.vn/chinh-tri/hoan-thanh-dai-hoi-doan-cap-co-so-truoc-ngay-3152022-182246", date="2021-10-06")
P10_1 = Cell(P10, "thời gian tiến hành Đại hội Đoàn cấp cơ sở bắt đầu từ quý I.2022, hoàn thành trước ngày 31.5.2022", "W 2022-01-01..2022-05-30")
P10_2 = Cell(P10, "Đại hội cấp huyện và tương đương hoàn thành trước ngày 15.8.2022", "D 2022-08-14")
P10_3 = Cell(P10, "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XIV hoàn thành trước ngày 15.10.2022.", "D 2022-10-14")

# Báo Bắc Kạn 2022: hoàn thành đại hội Hội Cựu chiến binh cấp huyện và cơ sở — https://baobackan.vn/hoan-thanh-dai-hoi-hoi-cuu-chien-binh-cap-huyen-va-co-so-post3242.html
# unsure: the page shows no date; it reports all district congresses done (after quý II/2022), so July 2022
P11 = Doc("Báo Bắc Kạn (2022): tiến độ đại hội Hội Cựu chiến binh các cấp tỉnh Bắc Kạn nhiệm kỳ 2022-2027", "https://baobackan.vn/hoan-thanh-dai-hoi-hoi-cuu-chien-binh-cap-huyen-va-co-so-post3242.html", date="2022-07-15")
# unsure: "hoàn thành" said once before two items; read for both (session-5 rule on a deadline word before a list)
P11_1 = Cell(P11, "(hoàn thành đại hội cấp cơ sở trước ngày 31/5, đại hội cấp trên cơ sở trong quý II/2022)", "D 2022-05-30; D 2022-06-30")
P11_2 = Cell(P11, "Đại hội đại biểu Hội CCB tỉnh Bắc Kạn lần thứ VII, nhiệm kỳ 2022-2027, dự kiến diễn ra vào tháng 10/2022", "W 2022-10-01..2022-10-31")

# Báo Vĩnh Long 07/2017: hoàn thành đại hội Cựu chiến binh cấp trên cơ sở — https://baovinhlong.com.vn/chinh-tri/201707/hoan-thanh-dai-hoi-cuu-chien-binh-cap-tren-co-so-2827161
# unsure: only the month (07/2017) is in the address
P12 = Doc("Báo Vĩnh Long 07/2017: Hội Cựu chiến binh tỉnh Vĩnh Long chuẩn bị Đại hội CCB tỉnh nhiệm kỳ 2017-2022", "https://baovinhlong.com.vn/chinh-tri/201707/hoan-thanh-dai-hoi-cuu-chien-binh-cap-tren-co-so-2827161", date="2017-07-15")
# unsure: "trung tuần" read as the middle ten days (days 11-20), like "giữa tháng"
P12_1 = Cell(P12, "Dự kiến Đại hội CCB tỉnh sẽ được tổ chức vào trung tuần tháng 9/2017.", "W 2017-09-11..2017-09-20")

# Báo Đồng Nai (bản sao xsdinh.com) 03/04/2022: trên 62% Hội Cựu chiến binh cơ sở hoàn thành đại hội — http://xsdinh.com/chinhtri/202204/tren-62-hoi-cuu-chien-binh-co-so-hoan-thanh-dai-hoi-nhiem-ky-2022-2027-3109944
P13 = Doc("Báo Đồng Nai 03/04/2022: Hội Cựu chiến binh tỉnh Đồng Nai chỉ đạo đại hội cấp trên cơ sở nhiệm kỳ 2022-2027", "http://xsdinh.com/chinhtri/202204/tren-62-hoi-cuu-chien-binh-co-so-hoan-thanh-dai-hoi-nhiem-ky-2022-2027-3109944", date="2022-04-03")
P13_1 = Cell(P13, "sẽ tiến hành đại hội cấp trên cơ sở điểm trong tháng 5 tới", "W 2022-05-01..2022-05-31")

# Báo Vĩnh Phúc: chuyên mục góp ý dự thảo Báo cáo chính trị Đại hội Đảng bộ tỉnh lần thứ XVII (Công văn 2266 ngày 17/9/2020 của Ban Tuyên giáo Tỉnh ủy) — http://baovinhphuc.com.vn/thoi-su/gop-y-kien-vao-van-kien-dai-hoi-toan-quoc-lan-thu-xiii-cua-dang
P14 = Doc("Công văn số 2266 ngày 17/9/2020 của Ban Tuyên giáo Tỉnh ủy Vĩnh Phúc về lấy ý kiến dự thảo Báo cáo chính trị (lời tòa soạn Báo Vĩnh Phúc)", "http://baovinhphuc.com.vn/thoi-su/gop-y-kien-vao-van-kien-dai-hoi-toan-quoc-lan-thu-xiii-cua-dang", date="2020-09-17")
P14_1 = Cell(P14, "Thời gian lấy ý kiến từ ngày 17/9 đến hết ngày 30/9/2020.", "W 2020-09-17..2020-09-30")

# Thái Nguyên TV 2020: triển khai cuộc thi báo chí viết về tấm gương "Dân vận khéo" năm 2020 (Ban Dân vận Tỉnh ủy) — https://thainguyentv.vn/trien-khai-cuoc-thi-bao-chi-dan-van-kheo-nam-2020-80715.html
# unsure: the page shows no date; mid-2020 (the provincial contest started in May 2020)
P15 = Doc("Thái Nguyên TV (2020): Ban Dân vận Tỉnh ủy Thái Nguyên triển khai cuộc thi báo chí viết về tấm gương Dân vận khéo năm 2020", "https://thainguyentv.vn/trien-khai-cuoc-thi-bao-chi-dan-van-kheo-nam-2020-80715.html", date="2020-06-15")
P15_1 = Cell(P15, "Đối với cấp tỉnh, cuộc thi được tổ chức triển khai từ tháng 5/2020 và kết thúc vào 30/11/2020.", "W 2020-05-01..2020-11-30")
P15_2 = Cell(P15, "lựa chọn các tác phẩm tiêu biểu nhất theo các thể loại báo chí để gửi dự thi cấp Trung ương trước ngày 31/8/2020", "D 2020-08-30")

# Báo Mới (Báo Trà Vinh) 2024: Ban Dân vận Tỉnh ủy Trà Vinh chuẩn bị Hội thi "Dân vận khéo" tỉnh năm 2024 — https://baomoi.com/ngay-11-10-dien-ra-hoi-thi-dan-van-kheo-tinh-tra-vinh-nam-2024-c50379435.epi
# unsure: the page shows no date; after the district contests of 13/9/2024
P16 = Doc("Báo Trà Vinh (2024): Ban Dân vận Tỉnh ủy Trà Vinh chuẩn bị Hội thi Dân vận khéo tỉnh năm 2024", "https://baomoi.com/ngay-11-10-dien-ra-hoi-thi-dan-van-kheo-tinh-tra-vinh-nam-2024-c50379435.epi", date="2024-09-20")
P16_1 = Cell(P16, "Hội thi cấp tỉnh sẽ được diễn ra trong ngày 15/10/2024", "O 2024-10-15")

# Báo An Giang 17/05/2021: Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy An Giang về Giải Búa liềm vàng tỉnh lần thứ I - 2021 — https://baoangiang.com.vn/ban-thuong-vu-tinh-uy-an-giang-to-chuc-giai-bao-chi-ve-xay-dung-dang-tinh-lan-thu-i-2021-a303440.html
P17 = Doc("Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy An Giang về Giải báo chí về xây dựng Đảng (Giải Búa liềm vàng) tỉnh lần thứ I - 2021 (Báo An Giang 17/05/2021)", "https://baoangiang.com.vn/ban-thuong-vu-tinh-uy-an-giang-to-chuc-giai-bao-chi-ve-xay-dung-dang-tinh-lan-thu-i-2021-a303440.html", date="2021-05-17")
P17_1 = Cell(P17, "Thời gian đăng, phát tác phẩm được tính từ ngày 1-11-2020 đến 15-9-2021", "W 2020-11-01..2021-09-15")
P17_2 = Cell(P17, "thời hạn cuối cùng nhận tác phẩm ngày 17-9-2021 (theo dấu bưu điện)", "D 2021-09-17")
P17_3 = Cell(P17, "Lễ tổng kết và trao Giải Báo chí về xây dựng Đảng (Giải Búa liềm vàng) tỉnh An Giang lần thứ I- 2021 vào tháng 10-2021", "W 2021-10-01..2021-10-31")

# Cổng TTĐT tỉnh Hà Nam: Kế hoạch số 112-KH/TU ngày 29/3/2019 của Tỉnh ủy Hà Nam hưởng ứng Giải Búa liềm vàng lần thứ IV - năm 2019 — http://hanam.gov.vn/Pages/huong-ung-giai-bao-chi-toan-quoc-ve-xay-dung-dang-giai-bua-liem-vang-lan-thu-iv---nam-2019.aspx
P18 = Doc("Kế hoạch số 112-KH/TU ngày 29/3/2019 của Tỉnh ủy Hà Nam hưởng ứng Giải báo chí toàn quốc về xây dựng Đảng lần thứ IV - năm 2019", "http://hanam.gov.vn/Pages/huong-ung-giai-bao-chi-toan-quoc-ve-xay-dung-dang-giai-bua-liem-vang-lan-thu-iv---nam-2019.aspx", date="2019-03-29")
P18_1 = Cell(P18, "Thời gian đăng, phát tác phẩm được tính từ ngày 01/11/2018 đến ngày 20/10/2019.", "W 2018-11-01..2019-10-20")

# Báo Phú Thọ 20/11/2025: Hội LHPN tỉnh (Hòa Bình cũ) phát động Tháng hành động vì bình đẳng giới — https://baophutho.vn/phat-dong-thang-hanh-dong-vi-binh-dang-gioi-va-phong-ngua-ung-pho-voi-bao-luc-tren-co-so-gioi-243029.htm
P19 = Doc("Báo Phú Thọ 20/11/2025: Hội LHPN tỉnh phát động Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2025", "https://baophutho.vn/phat-dong-thang-hanh-dong-vi-binh-dang-gioi-va-phong-ngua-ung-pho-voi-bao-luc-tren-co-so-gioi-243029.htm", date="2025-11-20")
P19_1 = Cell(P19, "được tổ chức từ ngày 15/11 đến ngày 15/12 hàng năm", "R W 2025-11-15..2025-12-15 2026-11-15..2026-12-15")

# Hội LHPN tỉnh Bắc Ninh 11/11/2020: tập huấn hướng dẫn tổ chức Đại hội đại biểu phụ nữ các cấp nhiệm kỳ 2021-2026 (Chỉ thị số 37-CT/TU) — http://hlhpn.bacninh.gov.vn/news/-/details/4743160/gan-200-can-bo-hoi-uoc-tap-huan-huong-dan-to-chuc-ai-hoi-ai-bieu-phu-nu-cac-cap-nhiem-ky-2021-2026
P20 = Doc("Hội LHPN tỉnh Bắc Ninh 11/11/2020: kế hoạch Đại hội phụ nữ các cấp nhiệm kỳ 2021-2026 (theo Chỉ thị số 37-CT/TU của Ban Thường vụ Tỉnh ủy)", "http://hlhpn.bacninh.gov.vn/news/-/details/4743160/gan-200-can-bo-hoi-uoc-tap-huan-huong-dan-to-chuc-ai-hoi-ai-bieu-phu-nu-cac-cap-nhiem-ky-2021-2026", date="2020-11-11")
P20_1 = Cell(P20, "Đại hội phụ nữ các cấp trong tỉnh được chỉ đạo tập trung, hoàn thành trong năm 2021.", "D 2021-12-31")
P20_2 = Cell(P20, "Thời gian tiến hành Đại hội cấp cơ sở từ quý I-2021, hoàn thành trong quý II-2021", "W 2021-01-01..2021-06-30")
P20_3 = Cell(P20, "cấp huyện hoàn thành trong quý III-2021", "D 2021-09-30")
P20_4 = Cell(P20, "cấp tỉnh hoàn thành trong quý IV-2021.", "D 2021-12-31")

# Hội LHPN Việt Nam 31/12/2020: Hội LHPN tỉnh Bắc Giang hướng dẫn tổ chức Đại hội đại biểu phụ nữ các cấp nhiệm kỳ 2021-2026 — http://www.hoilhpn.org.vn/web/guest/tin-chi-tiet/-/chi-tiet/hoi-lhpn-tinh-bac-giang-tap-trung-to-chuc-thanh-cong-%C4%91ai-hoi-%C4%91ai-bieu-phu-nu-cac-cap-nhiem-ky-2021-2026-that-su-%C4%91oi-moi-ve-noi-dung-hinh-thuc-37150-1902.html
P21 = Doc("Hội LHPN Việt Nam 31/12/2020: thời gian tổ chức Đại hội phụ nữ các cấp nhiệm kỳ 2021-2026 của Hội LHPN tỉnh Bắc Giang", "http://www.hoilhpn.org.vn/web/guest/tin-chi-tiet/-/chi-tiet/hoi-lhpn-tinh-bac-giang-tap-trung-to-chuc-thanh-cong-%C4%91ai-hoi-%C4%91ai-bieu-phu-nu-cac-cap-nhiem-ky-2021-2026-that-su-%C4%91oi-moi-ve-noi-dung-hinh-thuc-37150-1902.html", date="2020-12-21")
P21_1 = Cell(P21, "Cấp cơ sở hoàn thành xong trước 20/5/2021", "D 2021-05-19")
P21_2 = Cell(P21, "cấp huyện hoàn thành trong tháng 8/2021", "D 2021-08-31")
P21_3 = Cell(P21, "cấp tỉnh hoàn thành xong trong tháng 10/2021.", "D 2021-10-31")

# Báo Thái Bình (thunghiem) 2021: Đại hội đại biểu Phụ nữ tỉnh Thái Bình lần thứ XVI được tổ chức vào ngày 15/9/2021 — https://thunghiem.baothaibinh.com.vn/tin-tuc/9/135184/dai-hoi-dai-bieu-phu-nu-tinh-thai-binh-lan-thu-xvi-duoc-to-chuc-vao-ngay-15-9-2021
# unsure: the page shows no date; a press briefing shortly before the congress
P22 = Doc("Báo Thái Bình (2021): họp báo về Đại hội đại biểu Phụ nữ tỉnh Thái Bình lần thứ XVI", "https://thunghiem.baothaibinh.com.vn/tin-tuc/9/135184/dai-hoi-dai-bieu-phu-nu-tinh-thai-binh-lan-thu-xvi-duoc-to-chuc-vao-ngay-15-9-2021", date="2021-09-08")
P22_1 = Cell(P22, "Đại hội dự kiến diễn ra vào ngày 15/9/2021", "O 2021-09-15")

# Truyền hình Bình Dương 21/09/2023: Đại hội Công đoàn tỉnh Bình Dương lần thứ 11 — http://m.btv.org.vn/tin-tuc/dau-an-nhiem-ky-cong-doan-binh-duong-82038.html
P23 = Doc("Truyền hình Bình Dương 21/09/2023: lịch Đại hội Công đoàn tỉnh Bình Dương lần thứ 11 (nhiệm kỳ 2023-2028)", "http://m.btv.org.vn/tin-tuc/dau-an-nhiem-ky-cong-doan-binh-duong-82038.html", date="2023-09-21")
P23_1 = Cell(P23, "sẽ chính thức diễn ra từ chiều nay 21/9 đến 23/9", "W 2023-09-21..2023-09-23")

# Cổng TTĐT tỉnh Trà Vinh: Lịch tiếp công dân của Bí thư Tỉnh ủy Trà Vinh năm 2024 (Ban Nội chính Tỉnh ủy) — https://travinh.gov.vn/thoi-su-chinh-tri/lich-tiep-cong-dan-cua-bi-thu-tinh-uy-tra-vinh-nam-2024-704500
# unsure: the page shows no date; the schedule must precede its first session (16/01/2024)
P24 = Doc("Thông báo lịch tiếp công dân năm 2024 của Bí thư Tỉnh ủy Trà Vinh (Ban Nội chính Tỉnh ủy)", "https://travinh.gov.vn/thoi-su-chinh-tri/lich-tiep-cong-dan-cua-bi-thu-tinh-uy-tra-vinh-nam-2024-704500", date="2024-01-02", end="2024-12-31")
# the table lists each month's day; "tuần thứ 3" counts calendar weeks from the week holding the 1st
P24_1 = Cell(P24, "Thứ Ba, tuần thứ 3 hằng tháng", "R O 2024-01-16 2024-02-13 2024-03-12 ... 2024-12-10")
P24_2 = Cell(P24, "16/01/2024", "O 2024-01-16")

# Thiên nhiên.net 05/03/2018: Trung ương Đoàn phát động chương trình Ngày Chủ nhật xanh — https://www.thiennhien.net/2018/03/05/chuc-ngay-chu-nhat-xanh-gop-phan-nang-cao-y-thuc-bao-ve-moi-truong-trong-thanh-nien/
P25 = Doc("Thiên nhiên.net 05/03/2018: Trung ương Đoàn TNCS Hồ Chí Minh phát động tổ chức Ngày Chủ nhật xanh năm 2018", "https://www.thiennhien.net/2018/03/05/chuc-ngay-chu-nhat-xanh-gop-phan-nang-cao-y-thuc-bao-ve-moi-truong-trong-thanh-nien/", date="2018-03-05")
P25_1 = Cell(P25, "Từ tháng 3 đến hết tháng 7-2018", "W 2018-03-01..2018-07-31")

# Thành Đoàn TP. Hồ Chí Minh 2017: 18/5: Đại hội Cháu ngoan Bác Hồ năm 2017 — http://www.thanhdoan.hochiminhcity.gov.vn/ThanhDoan/webtd/News/28357
# unsure: the page shows no date; a notice before the event of 18/5/2017
P26 = Doc("Thành Đoàn - Hội đồng Đội TP. Hồ Chí Minh (2017): tổ chức Đại hội Cháu ngoan Bác Hồ năm 2017", "http://www.thanhdoan.hochiminhcity.gov.vn/ThanhDoan/webtd/News/28357", date="2017-05-10")
P26_1 = Cell(P26, "sẽ diễn ra từ 6g30 đến 17g00, ngày 18/5/2017", "O 2017-05-18T06:30-17:00")

# Cổng TTĐT thành phố Bắc Kạn 2015: Hội Nông dân thành phố họp Ban tổ chức Hội thi "Nhà nông đua tài" năm 2015 — https://backancity.gov.vn/hoi-nong-dan-thanh-pho-hop-ban-to-chuc-ban-giam-khao-to-thu-ky-hoi-thi-nha-nong-dua-tai-nam-2015/
# unsure: the page shows no date; before the contest of September 2015
P27 = Doc("Bắc Kạn (2015): Hội Nông dân thành phố Bắc Kạn chuẩn bị Hội thi Nhà nông đua tài năm 2015", "https://backancity.gov.vn/hoi-nong-dan-thanh-pho-hop-ban-to-chuc-ban-giam-khao-to-thu-ky-hoi-thi-nha-nong-dua-tai-nam-2015/", date="2015-09-05")
# the page's typo "/092015" is read as 9/2015
P27_1 = Cell(P27, "Hội thi dự kiến tổ chức ngày 17->18 /092015", "W 2015-09-17..2015-09-18")

# Dân Việt 06/09/2013: Hội Nông dân thành phố vận động tham gia cuộc thi Sáng tạo kỹ thuật nhà nông toàn quốc lần thứ V — https://danviet.vn/print-7777171885.htm
P28 = Doc("Dân Việt 06/09/2013: Hội Nông dân thành phố vận động hội viên tham gia cuộc thi Sáng tạo kỹ thuật nhà nông toàn quốc lần thứ V năm 2013", "https://danviet.vn/print-7777171885.htm", date="2013-09-06")
P28_1 = Cell(P28, "Hồ sơ dự thi gửi về Hội ND thành phố trước ngày 20.10.2013.", "D 2013-10-19")

# TH389 2022: Trung ương Hội Nông dân Việt Nam họp báo Hội thi Nhà nông đua tài toàn quốc lần thứ V — https://th389.vn/hoi-thi-nha-nong-dua-tai-toan-quoc-lan-thu-v-noi-ton-vinh-nhung-dong-gop-to-lon-cua-nguoi-nong-dan-a153670.html
# unsure: the page shows no date; a press briefing before 10/08/2022
P29 = Doc("Trung ương Hội Nông dân Việt Nam (2022): lịch Hội thi Nhà nông đua tài toàn quốc lần thứ V", "https://th389.vn/hoi-thi-nha-nong-dua-tai-toan-quoc-lan-thu-v-noi-ton-vinh-nhung-dong-gop-to-lon-cua-nguoi-nong-dan-a153670.html", date="2022-08-01")
P29_1 = Cell(P29, "Từ ngày 10/08/2022, hội thi sẽ tổ chức vòng khu vực tại tỉnh Bạc Liêu", "O 2022-08-10")
P29_2 = Cell(P29, "kết thúc tại vòng chung kết vào cuối tháng 9/2022 tại tỉnh An Giang", "W 2022-09-21..2022-09-30")

# Trang TTĐT Huyện ủy Trần Văn Thời (Cà Mau) 2019: triển khai các hoạt động Tháng cao điểm "Vì người nghèo" năm 2019 — http://tranvanthoi.camau.dcs.vn/trien-khai-cac-hoat-dong-thang-cao-diem-vi-nguoi-ngheo-nam-2019.550
# unsure: the page shows no date; before the campaign of 17/10/2019
P30 = Doc("Trần Văn Thời (Cà Mau) 2019: Tháng cao điểm Vì người nghèo năm 2019 (Mặt trận Tổ quốc)", "http://tranvanthoi.camau.dcs.vn/trien-khai-cac-hoat-dong-thang-cao-diem-vi-nguoi-ngheo-nam-2019.550", date="2019-10-10")
P30_1 = Cell(P30, "Các hoạt động Tháng cao điểm “Vì người nghèo” năm 2019 diễn ra từ ngày 17/10/2019 đến 18/11/2019.", "W 2019-10-17..2019-11-18")

# Cổng TTĐT huyện An Phú (An Giang): Hội LHTN Việt Nam huyện triển khai kế hoạch tổ chức Đại hội Hội LHTN các cấp nhiệm kỳ 2024-2029 — https://anphu.angiang.gov.vn/phu-trien-khai-ke-hoach-chuc-dai-hoi-hoi-lhtn-viet-nam-cac-cap-nhiem-ky-2024-2029
# unsure: the page says only "Chiều 24/10"; the schedule (03/2024 ... 7/2024) puts it in 2023
P31 = Doc("An Phú (An Giang) 24/10/2023: kế hoạch tổ chức Đại hội Hội LHTN Việt Nam cấp cơ sở và huyện An Phú nhiệm kỳ 2024-2029", "https://anphu.angiang.gov.vn/phu-trien-khai-ke-hoach-chuc-dai-hoi-hoi-lhtn-viet-nam-cac-cap-nhiem-ky-2024-2029", date="2023-10-24")
P31_1 = Cell(P31, "chọn đơn vị Hội LHTN Việt Nam xã Phước Hưng tổ chức đại hội điểm trong tháng 03/2024", "W 2024-03-01..2024-03-31")
P31_2 = Cell(P31, "các đơn vị còn lại sẽ hoàn thành trong tháng 04/2024", "D 2024-04-30")
P31_3 = Cell(P31, "Đại hội Hội LHTN Việt Nam huyện An Phú lần thứ VII, nhiệm kỳ 2024 – 2029 sẽ được tiến hành trong tháng 7/2024.", "W 2024-07-01..2024-07-31")

# Thái Nguyên TV 2022: phát động thi đua chào mừng Đại hội Đoàn các cấp và Tết Trồng cây năm 2022 (Tỉnh đoàn) — https://thainguyentv.vn/phat-dong-thi-dua-chao-mung-dai-hoi-doan-cac-cap-va-tet-trong-cay-nam-2022-87914.html
# unsure: the page shows no date; January 2022, before the event
P32 = Doc("Thái Nguyên TV (2022): kế hoạch Lễ phát động thi đua chào mừng Đại hội Đoàn các cấp và Tết trồng cây năm 2022 (Tỉnh đoàn Thái Nguyên)", "https://thainguyentv.vn/phat-dong-thi-dua-chao-mung-dai-hoi-doan-cac-cap-va-tet-trong-cay-nam-2022-87914.html", date="2022-01-20")
P32_1 = Cell(P32, "dự kiến sẽ được tổ chức vào ngày 6/2/2022, tức ngày mùng 6 tháng giêng năm Nhâm Dần", "O 2022-02-06")

# Cổng TTĐT tỉnh Hòa Bình 06/01/2023: Kế hoạch số 01/KH-CĐVC-SVHTTDL ngày 03/01/2023 của Công đoàn Viên chức tỉnh về Giải kéo co, Tung còn — https://hoabinh.gov.vn/web/guest/dia-chi?p_p_id=vn_gov_hoabinh_portlet_cmsview_CmsViewPortlet_INSTANCE_kd6xQXjxChkL&p_p_lifecycle=0&p_p_col_id=column-127&p_p_col_pos=2&p_p_col_count=6&_vn_gov_hoabinh_portlet_cmsview_CmsViewPortlet_INSTANCE_kd6xQXjxChkL_categoryId=319
P33 = Doc("Kế hoạch số 01/KH-CĐVC-SVHTTDL ngày 03/01/2023 của Công đoàn Viên chức tỉnh Hòa Bình về Giải kéo co, Tung còn mừng Đảng, mừng Xuân Quý Mão", "https://hoabinh.gov.vn/web/guest/dia-chi?p_p_id=vn_gov_hoabinh_portlet_cmsview_CmsViewPortlet_INSTANCE_kd6xQXjxChkL&p_p_lifecycle=0&p_p_col_id=column-127&p_p_col_pos=2&p_p_col_count=6&_vn_gov_hoabinh_portlet_cmsview_CmsViewPortlet_INSTANCE_kd6xQXjxChkL_categoryId=319", date="2023-01-03")
P33_1 = Cell(P33, "Thời gian tổ chức vào ngày 10/02/2023.", "O 2023-02-10")
P33_2 = Cell(P33, "Thời gian bốc thăm lịch thi đấu vào ngày 09/02/2023", "O 2023-02-09")
P33_3 = Cell(P33, "gửi danh sách đăng ký về Công đoàn Viên chức tỉnh chậm nhất là ngày 06/02/2023", "D 2023-02-06")

# Báo Vĩnh Long 12/04/2018: Ban Tuyên giáo Tỉnh ủy — từ tháng 5-7/2018 tổ chức hội thi Báo cáo viên giỏi các cấp năm 2018 — http://www.baovinhlong.com.vn/chinh-tri/201804/tu-thang-5-72018-to-chuc-hoi-thi-bao-cao-vien-gioi-cac-cap-nam-2018-2888860/
P34 = Doc("Báo Vĩnh Long 12/04/2018: kế hoạch của Ban Tuyên giáo Tỉnh ủy Vĩnh Long tổ chức hội thi Báo cáo viên giỏi các cấp năm 2018", "http://www.baovinhlong.com.vn/chinh-tri/201804/tu-thang-5-72018-to-chuc-hoi-thi-bao-cao-vien-gioi-cac-cap-nam-2018-2888860/", date="2018-04-12")
P34_1 = Cell(P34, "Từ tháng 5- 7/2018", "W 2018-05-01..2018-07-31")
P34_2 = Cell(P34, "hội thi cấp cơ sở sẽ được tổ chức trong tháng 5/2018", "W 2018-05-01..2018-05-31")
P34_3 = Cell(P34, "cấp trên cơ sở được tổ chức trong tháng 6/2018", "W 2018-06-01..2018-06-30")
P34_4 = Cell(P34, "cấp tỉnh trong tháng 7/2018", "W 2018-07-01..2018-07-31")

# Báo Hà Giang 04/03/2019: Kế hoạch số 21-KH/ĐUK ngày 1/3/2019 của Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh về Cuộc thi viết "Tìm hiểu lịch sử Đảng bộ Khối" — http://baohagiang.vn/toa-soan-ban-doc/201903/cuoc-thi-viet-tim-hieu-lich-su-dang-bo-khoi-co-quan-doanh-nghiep-tinh-741907/
P35 = Doc("Kế hoạch số 21-KH/ĐUK ngày 1/3/2019 của Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Hà Giang về Cuộc thi viết Tìm hiểu lịch sử Đảng bộ Khối", "http://baohagiang.vn/toa-soan-ban-doc/201903/cuoc-thi-viet-tim-hieu-lich-su-dang-bo-khoi-co-quan-doanh-nghiep-tinh-741907/", date="2019-03-01")
P35_1 = Cell(P35, "Lựa chọn những bài xuất sắc gửi về BTC cuộc thi của Đảng ủy Khối (qua Ban Tuyên - vận Đảng ủy), thời gian từ 4.3.2019 đến 15.4.2019.", "W 2019-03-04..2019-04-15")
P35_2 = Cell(P35, "BTC cuộc thi cấp Đảng bộ Khối tổ chức thu bài, chấm bài, tổng kết và trao giải thưởng, thời gian từ 16.4.2019 đến 13.5.2019.", "W 2019-04-16..2019-05-13")

# VOV5 (2015): Ba đợt cao điểm tuyên truyền Đại hội đại biểu toàn quốc lần thứ XII của Đảng (kế hoạch của Ban Tuyên giáo Trung ương) — http://vovworld.vn/vi-VN/tin-tuc/ba-dot-cao-diem-tuyen-truyen-va-dai-hoi-dai-bieu-toan-quoc-lan-thu-xii-cua-dang-306252.vov
# unsure: the page shows no date; early 2015 (the first wave starts in January 2015)
P36 = Doc("VOV5 (2015): kế hoạch của Ban Tuyên giáo Trung ương về ba đợt cao điểm tuyên truyền đại hội đảng bộ các cấp và Đại hội XII của Đảng", "http://vovworld.vn/vi-VN/tin-tuc/ba-dot-cao-diem-tuyen-truyen-va-dai-hoi-dai-bieu-toan-quoc-lan-thu-xii-cua-dang-306252.vov", date="2015-01-20")
P36_1 = Cell(P36, "Đợt 1: Từ tháng 1/2015 đến thời điểm hoàn thành đại hội đại biểu đảng bộ các tỉnh, thành phố và các đảng bộ trực thuộc Trung ương (tháng 10/2015).", "W 2015-01-01..2015-10-31")

# Wikihoc: Hướng dẫn số 165-HD/BTGTW ngày 09/12/2020 của Ban Tuyên giáo Trung ương tuyên truyền kỷ niệm các ngày lễ lớn năm 2021 — https://wikihoc.com/tong-hop/huong-dan-165-hd-btgtw-huong-dan-tuyen-truyen-ky-niem-cac-ngay-le-lon-nam-2021.html
P37 = Doc("Hướng dẫn số 165-HD/BTGTW ngày 09/12/2020 của Ban Tuyên giáo Trung ương tuyên truyền kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng trong năm 2021", "https://wikihoc.com/tong-hop/huong-dan-165-hd-btgtw-huong-dan-tuyen-truyen-ky-niem-cac-ngay-le-lon-nam-2021.html", date="2020-12-09", year=2021)
P37_1 = Cell(P37, "Giỗ Tổ Hùng Vương (mùng 10 tháng 3 âm lịch);", "O 2021-04-21")
# unsure: an anniversary written with its span (founding day – this year's day) is read as this year's day
P37_2 = Cell(P37, "Kỷ niệm 46 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 – 30/4/2021);", "O 2021-04-30")
P37_3 = Cell(P37, "Kỷ niệm 131 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2021);", "O 2021-05-19")

# Báo Hải Dương (bản sao tracuuquyhoach.com) 22/01/2025: 3 đảng bộ cấp huyện đã hoàn thành đại hội chi bộ trực thuộc đảng ủy cơ sở — https://tracuuquyhoach.com/tin-tuc/3-dang-bo-cap-huyen-da-hoan-thanh-dai-hoi-chi-bo-truc-thuoc-dang-uy-co-so-51312838
P38 = Doc("Báo Hải Dương 22/01/2025: tiến độ đại hội chi bộ trực thuộc đảng ủy cơ sở nhiệm kỳ 2025-2027 trong Đảng bộ tỉnh Hải Dương", "https://tracuuquyhoach.com/tin-tuc/3-dang-bo-cap-huyen-da-hoan-thanh-dai-hoi-chi-bo-truc-thuoc-dang-uy-co-so-51312838", date="2025-01-22")
P38_1 = Cell(P38, "Các đảng bộ này phấn đấu trong tháng 2/2025 sẽ hoàn thành đại hội chi bộ.", "D 2025-02-28")
P38_2 = Cell(P38, "Những nơi còn lại sẽ hoàn thành đại hội chi bộ theo đúng thời gian quy định, trong quý I/2025.", "D 2025-03-31")

# Blog Chi ủy chi bộ 06/10/2014: Hướng dẫn đại hội Đảng các cấp tiến tới Đại hội XII (thời gian đại hội theo Chỉ thị số 36-CT/TW ngày 30/5/2014 của Bộ Chính trị) — http://chiuychibo.blogspot.com/2014/10/huong-dan-ai-hoi-ang-cac-cap-tien-toi.html
P39 = Doc("Thời gian đại hội các cấp theo Chỉ thị số 36-CT/TW ngày 30/5/2014 của Bộ Chính trị (bài Hướng dẫn đại hội Đảng các cấp tiến tới Đại hội XII, 06/10/2014)", "http://chiuychibo.blogspot.com/2014/10/huong-dan-ai-hoi-ang-cac-cap-tien-toi.html", date="2014-10-06")
P39_1 = Cell(P39, "Đại hội đảng viên hoặc đại hội đại biểu đảng bộ cơ sở không quá 2 ngày; bắt đầu từ tháng 4-2015, hoàn thành trong tháng 6-2015.", "W 2015-04-01..2015-06-30")
P39_2 = Cell(P39, "Đại hội đại biểu đảng bộ cấp trên cơ sở, huyện, quận và tương đương không quá 3 ngày, hoàn thành trong tháng 8-2015.", "D 2015-08-31")
P39_3 = Cell(P39, "bắt đầu từ tháng 9-2015, hoàn thành trong tháng 10-2015.", "W 2015-09-01..2015-10-31")
P39_4 = Cell(P39, "Thời gian tổ chức đại hội điểm đối với đảng bộ cơ sở tiến hành trong quý I-2015", "W 2015-01-01..2015-03-31")
P39_5 = Cell(P39, "đối với cấp trên cơ sở tiến hành trong quý II-2015", "W 2015-04-01..2015-06-30")
P39_6 = Cell(P39, "đối với đảng bộ trực thuộc Trung ương tiến hành trong quý III-2015.", "W 2015-07-01..2015-09-30")

# Báo Đồng Nai 12/2018: Bí thư Tỉnh ủy đối thoại với thanh niên — https://baodongnai.com.vn/tintuc/201812/bi-thu-tinh-uy-doi-thoai-voi-thanh-nien-2924548
# unsure: only the month (12/2018) is in the address
P40 = Doc("Báo Đồng Nai 12/2018: kế hoạch buổi gặp gỡ, đối thoại của Bí thư Tỉnh ủy Đồng Nai với thanh niên", "https://baodongnai.com.vn/tintuc/201812/bi-thu-tinh-uy-doi-thoai-voi-thanh-nien-2924548", date="2018-12-10")
P40_1 = Cell(P40, "Theo kế hoạch dự kiến, Bí thư Tỉnh ủy Nguyễn Phú Cường sẽ có buổi gặp gỡ, đối thoại với thanh niên Đồng Nai vào sáng 21-12-2018 tại Hội trường Tỉnh ủy.", "O 2018-12-21")

# Thịnh vượng Việt Nam 21/11/2023: Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam ban hành kế hoạch tổ chức 10 diễn đàn trước Đại hội XIII Công đoàn Việt Nam — http://thinhvuongvietnam.com/List/xa-hoi-10513?page=1
P41 = Doc("Thịnh vượng Việt Nam 21/11/2023: kế hoạch của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam tổ chức 10 diễn đàn thảo luận chuyên đề Đại hội XIII Công đoàn Việt Nam", "http://thinhvuongvietnam.com/List/xa-hoi-10513?page=1", date="2023-11-21")
P41_1 = Cell(P41, "Dự kiến các diễn đàn sẽ diễn ra vào ngày 30-11.", "O 2023-11-30")

# Đại biểu Nhân dân 2023: Chương trình Tiếp sức mùa thi năm 2023 (Trung ương Hội Sinh viên Việt Nam) — https://daibieunhandan.vn/nhieu-hoat-dong-moi-trong-chuong-trinh-tiep-suc-mua-thi-nam-2023-post323538.html
# unsure: the page shows no date; June 2023, before the peak days
P42 = Doc("Đại biểu Nhân dân (2023): Chương trình Tiếp sức mùa thi năm 2023 của Trung ương Hội Sinh viên Việt Nam", "https://daibieunhandan.vn/nhieu-hoat-dong-moi-trong-chuong-trinh-tiep-suc-mua-thi-nam-2023-post323538.html", date="2023-06-20")
P42_1 = Cell(P42, "Thời gian triển khai Chương trình từ tháng 4 đến tháng 10, cao điểm từ ngày 27.6 - 30.6.2023.", "W 2023-04-01..2023-10-31; W 2023-06-27..2023-06-30")

# SGGP 03/01/2026: Tuổi trẻ TPHCM ra quân Chiến dịch Xuân tình nguyện năm 2026 (Thành Đoàn TP. Hồ Chí Minh) — https://www.sggp.org.vn/tuoi-tre-tphcm-hao-hung-ra-quan-chien-dich-xuan-tinh-nguyen-nam-2026-post831811.html
P43 = Doc("SGGP 03/01/2026: Chiến dịch Xuân tình nguyện năm 2026 của Thành Đoàn, Hội Sinh viên Việt Nam TP. Hồ Chí Minh", "https://www.sggp.org.vn/tuoi-tre-tphcm-hao-hung-ra-quan-chien-dich-xuan-tinh-nguyen-nam-2026-post831811.html", date="2026-01-03")
P43_1 = Cell(P43, "Chiến dịch diễn ra từ ngày 27-12-2025 đến ngày 16-2-2026", "W 2025-12-27..2026-02-16")

# Tỉnh đoàn Tây Ninh 2020: Chiến dịch Thanh niên tình nguyện hè năm 2020 — http://tinhdoan.tayninh.gov.vn/chien-dich-thanh-nien-tinh-nguyen-he-nam-2020/
# unsure: the page shows no date; before the campaign (June 2020)
P44 = Doc("Tỉnh đoàn Tây Ninh (2020): kế hoạch Chiến dịch Thanh niên tình nguyện hè năm 2020", "http://tinhdoan.tayninh.gov.vn/chien-dich-thanh-nien-tinh-nguyen-he-nam-2020/", date="2020-05-25")
P44_1 = Cell(P44, "Chiến dịch thanh niên tình nguyện hè năm 2020 diễn ra trong 3 tháng 6,7,8/2020", "W 2020-06-01..2020-08-31")
P44_2 = Cell(P44, "chọn tháng 7/2020 là “Tháng cao điểm của Chiến dịch”", "W 2020-07-01..2020-07-31")

# Hội Nông dân An Giang 24/05/2019: Trung ương Hội Nông dân Việt Nam tổ chức Hội nghị quán triệt Nghị quyết Đại hội toàn quốc — http://hoinongdanag.org.vn/wps/portal/tuyen-truyen/hoi-nghi-quan-triet-nghi-quyet-dai-hoi-dai-bieu-toan-quoc--hoi-nong-dan-viet-nam-397
P45 = Doc("Hội Nông dân An Giang 24/05/2019: Trung ương Hội Nông dân Việt Nam tổ chức Hội nghị quán triệt Nghị quyết Đại hội VII khu vực phía Nam", "http://hoinongdanag.org.vn/wps/portal/tuyen-truyen/hoi-nghi-quan-triet-nghi-quyet-dai-hoi-dai-bieu-toan-quoc--hoi-nong-dan-viet-nam-397", date="2019-05-24")
P45_1 = Cell(P45, "Trong thời gian 4 ngày, từ ngày 21-24/5/2019", "W 2019-05-21..2019-05-24")

# THVL (2023): họp báo phát động hưởng ứng Cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng lần thứ 3 (Ban Tuyên giáo Tỉnh ủy Vĩnh Long) — https://thvl.vn/thoi-su-thvl/tin-dia-phuong/hop-bao-phat-dong-huong-ung-cuoc-thi-chinh-luan-ve-bao-ve-nen-tang-tu-tuong-cua-dang/
# unsure: the page shows no date; spring 2023 (contest launch)
P46 = Doc("THVL (2023): Ban Tuyên giáo Tỉnh ủy Vĩnh Long phát động hưởng ứng Cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng lần thứ 3", "https://thvl.vn/thoi-su-thvl/tin-dia-phuong/hop-bao-phat-dong-huong-ung-cuoc-thi-chinh-luan-ve-bao-ve-nen-tang-tu-tuong-cua-dang/", date="2023-03-15")
P46_1 = Cell(P46, "Ban tổ chức sẽ nhận tác phẩm dự thi đến hết tháng 6 năm 2023 tính theo dấu bưu điện.", "D 2023-06-30")

# Cổng TTĐT tỉnh Tây Ninh: Ban Thường vụ Tỉnh ủy chỉ đạo tổ chức tốt đại hội hội nông dân các cấp trong tỉnh — https://tayninh.gov.vn/vi/news/dua-nghi/ban-th-ng-v-t-nh-u-ch--o-t-ch-c-t-t--i-h-i-h-i-n-ng-d-n-c-c-c-p-trong-t-nh-6734.html
# unsure: the page shows no date; the directive precedes the congresses of 2018
P47 = Doc("Tây Ninh: chỉ thị của Ban Thường vụ Tỉnh ủy Tây Ninh về lãnh đạo đại hội hội nông dân các cấp nhiệm kỳ 2018-2023", "https://tayninh.gov.vn/vi/news/dua-nghi/ban-th-ng-v-t-nh-u-ch--o-t-ch-c-t-t--i-h-i-h-i-n-ng-d-n-c-c-c-p-trong-t-nh-6734.html", date="2017-12-15")
P47_1 = Cell(P47, "Thời gian tiến hành đại hội hội nông dân cấp cơ sở, cấp huyện, thành phố hoàn thành trong quý II năm 2018", "D 2018-06-30")
P47_2 = Cell(P47, "Đại hội đại biểu Hội Nông dân tỉnh hoàn thành trong quý III năm 2018.", "D 2018-09-30")

# Hội Nông dân tỉnh Bắc Giang 2018: hoàn thành đại hội hội nông dân cấp cơ sở, tiếp tục chỉ đạo đại hội các huyện — https://hoinongdan.bacgiang.gov.vn/18439-hoan-thanh-dai-hoi-hoi-nong-dan-cap-co-so-tiep-tuc-chi-dao-dai-hoi-hoi-nong-dan-cac-huyen-thanh-pho.html
# unsure: the page shows no date; spring 2018 (three district congresses done)
P48 = Doc("Hội Nông dân tỉnh Bắc Giang (2018): kế hoạch chỉ đạo đại hội hội nông dân cấp huyện và Đại hội đại biểu Hội Nông dân tỉnh nhiệm kỳ 2018-2023", "https://hoinongdan.bacgiang.gov.vn/18439-hoan-thanh-dai-hoi-hoi-nong-dan-cap-co-so-tiep-tuc-chi-dao-dai-hoi-hoi-nong-dan-cac-huyen-thanh-pho.html", date="2018-05-15")
P48_1 = Cell(P48, "thời gian tổ chức đại hội hội nông dân cấp huyện, thành phố hoàn thành trong quý 2/2018", "D 2018-06-30")
# unsure: "trung tuần" read as the middle ten days (days 11-20)
P48_2 = Cell(P48, "Thời gian Đại hội đại biểu Hội Nông dân tỉnh dự kiến vào trung tuần tháng 9 năm 2018.", "W 2018-09-11..2018-09-20")

# Thương hiệu xanh 2023: Hội LHPN thành phố Hà Nội triển khai các hoạt động kỷ niệm 113 năm Ngày Quốc tế phụ nữ — https://thuonghieuxanh.vn/van-hoa/phu-nu-thu-do-trien-khai-nhieu-hoat-dong-ky-niem-113-nam-ngay-quoc-te-phu-nu.html
# unsure: the page shows no date; late February 2023, before the "Tuần lễ áo dài" of 1-8/3
P49 = Doc("Thương hiệu xanh (2023): kế hoạch hoạt động kỷ niệm 113 năm Ngày Quốc tế phụ nữ của Hội LHPN thành phố Hà Nội", "https://thuonghieuxanh.vn/van-hoa/phu-nu-thu-do-trien-khai-nhieu-hoat-dong-ky-niem-113-nam-ngay-quoc-te-phu-nu.html", date="2023-02-25")
P49_1 = Cell(P49, "hưởng ứng “Tuần lễ áo dài” (từ 1/3 đến 8/3)", "W 2023-03-01..2023-03-08")
P49_2 = Cell(P49, "Tết trồng cây được tổ chức vào ngày 3/3 tại Phủ Chủ tịch", "O 2023-03-03")
P49_3 = Cell(P49, "Vào đúng ngày 8/3, đơn vị sẽ khai mạc Giải Bóng chuyền hơi", "O 2023-03-08")

# Báo Thái Nguyên 24/06/2020 (trang in): Hội nghị báo cáo viên tháng 6 của Ban Tuyên giáo Tỉnh ủy Thái Nguyên — định hướng tuyên truyền các ngày kỷ niệm — http://baothainguyen.org.vn/trang-in-272154.html
P50 = Doc("Báo Thái Nguyên 24/06/2020: định hướng tuyên truyền của Ban Tuyên giáo Tỉnh ủy Thái Nguyên tại Hội nghị báo cáo viên tháng 6/2020", "http://baothainguyen.org.vn/trang-in-272154.html", date="2020-06-24")
P50_1 = Cell(P50, "30 Ngày thành lập Hội Cựu chiến binh tỉnh (10-7)", "O 2020-07-10")
P50_2 = Cell(P50, "70 năm Ngày truyền thống Thanh niên xung phong (15-7)", "O 2020-07-15")
P50_3 = Cell(P50, "73 năm Ngày Thương binh Liệt sĩ (27-7)", "O 2020-07-27")
P50_4 = Cell(P50, "90 năm Ngày truyền thống ngành Tuyên giáo (1-8)", "O 2020-08-01")

# EVBN (2023): Đoàn TNCS Hồ Chí Minh Bộ Nội vụ tổ chức "Hành trình về nguồn" chào mừng 92 năm Ngày thành lập Đoàn — https://evbn.org/phat-huy-dan-chu-de-xay-dung-nen-kinh-te-thi-truong-dinh-huong-xa-hoi-chu-nghia-1679212239/
# unsure: the page shows no date; March 2023
P51 = Doc("EVBN (2023): Đoàn TNCS Hồ Chí Minh Bộ Nội vụ tổ chức Hành trình về nguồn năm 2023", "https://evbn.org/phat-huy-dan-chu-de-xay-dung-nen-kinh-te-thi-truong-dinh-huong-xa-hoi-chu-nghia-1679212239/", date="2023-03-10")
P51_1 = Cell(P51, "trong hai ngày 17 và 18/3/2023", "W 2023-03-17..2023-03-18")

# Báo Chính phủ (qua Báo Mới) 2011: Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam hướng dẫn tổ chức "Ngày hội Đại đoàn kết toàn dân tộc" ở khu dân cư năm 2011 — http://www.baomoi.com/to-chuc-ngay-hoi-dai-doan-ket-toan-dan-toc-o-khu-dan-cu/c/7105297.epi
# unsure: the page shows no date; autumn 2011, before the November window
P52 = Doc("Hướng dẫn của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2011 (Chinhphu.vn)", "http://www.baomoi.com/to-chuc-ngay-hoi-dai-doan-ket-toan-dan-toc-o-khu-dan-cu/c/7105297.epi", date="2011-10-01")
P52_1 = Cell(P52, "Thời gian có thể diễn ra một ngày trong dịp kỷ niệm 81 năm ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam (từ ngày 1/11 đến 18/11/2011).", "W 2011-11-01..2011-11-18")

# Báo Bình Dương 2024: Tỉnh đoàn tổ chức chương trình "Vì người bạn tòng quân" — https://baobinhduong.vn/tinh-doan-to-chuc-chuong-trinh-vi-nguoi-ban-tong-quan-a316757.html
# unsure: the page shows no date; February 2024, before the camp
P53 = Doc("Báo Bình Dương (2024): Tỉnh đoàn Bình Dương tổ chức chương trình Vì người bạn tòng quân, Hội trại tòng quân năm 2024", "https://baobinhduong.vn/tinh-doan-to-chuc-chuong-trinh-vi-nguoi-ban-tong-quan-a316757.html", date="2024-02-20")
P53_1 = Cell(P53, "Hội trại tòng quân năm 2024 sẽ diễn ra vào ngày 26 và 27-2", "W 2024-02-26..2024-02-27")

# Mặt trận Tổ quốc Việt Nam: Kế hoạch số 242/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai về tổ chức Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI — http://mattran.org.vn/hoat-dong-mat-tran-dia-phuong/dai-hoi-dai-bieu-mttq-viet-nam-tinh-gia-lai-lan-thu-xi-se-dien-ra-trong-thang-82024-51991.html
# unsure: the page shows no date; mid-2024
P54 = Doc("Kế hoạch số 242/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai về tổ chức Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI, nhiệm kỳ 2024-2029", "http://mattran.org.vn/hoat-dong-mat-tran-dia-phuong/dai-hoi-dai-bieu-mttq-viet-nam-tinh-gia-lai-lan-thu-xi-se-dien-ra-trong-thang-82024-51991.html", date="2024-06-15")
P54_1 = Cell(P54, "Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI, nhiệm kỳ 2024-2029 sẽ kéo dài 2,5 ngày và dự kiến diễn ra trong tháng 8-2024", "W 2024-08-01..2024-08-31")

# Đại Đoàn Kết 11/09/2017: Trung ương Hội Nông dân Việt Nam tổ chức Hội nghị nông dân sản xuất, kinh doanh giỏi toàn quốc lần thứ 5 — http://m.daidoanket.vn/tin-tuc/mat-tran/bieu-duong-300-dai-bieu-nong-dan-xuat-sac-379184
P55 = Doc("Đại Đoàn Kết 11/09/2017: Hội nghị nông dân sản xuất, kinh doanh giỏi toàn quốc lần thứ 5 giai đoạn 2012-2017 (Hội Nông dân Việt Nam)", "http://m.daidoanket.vn/tin-tuc/mat-tran/bieu-duong-300-dai-bieu-nong-dan-xuat-sac-379184", date="2017-09-11")
P55_1 = Cell(P55, "Ngày 19/9 tới, tại Hà Nội, Hội nghị nông dân sản xuất, kinh doanh giỏi toàn quốc lần thứ 5 giai đoạn 2012-2017 sẽ được tổ chức.", "O 2017-09-19")

# Hà Nội (qua Báo Mới) 17/11/2008: Hội Nông dân TP Hà Nội phát động đợt thi đua cao điểm đến hết năm 2008 — http://m.baomoi.com/phan-dau-tren-75-ho-san-xuat-kinh-doanh-gioi/c/1322571.epi
P56 = Doc("Hanoinet 17/11/2008: Hội Nông dân TP Hà Nội phát động đợt thi đua cao điểm cuối năm 2008", "http://m.baomoi.com/phan-dau-tren-75-ho-san-xuat-kinh-doanh-gioi/c/1322571.epi", date="2008-11-17")
P56_1 = Cell(P56, "phát động đợt thi đua cao điểm đến hết năm 2008", "D 2008-12-31")

# Ngoại vụ Lào Cai 04/08/2017: Tỉnh đoàn Lào Cai họp báo về Đại hội Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XIII — https://mail.doingoailaocai.vn/vi/bai-viet/7359
P57 = Doc("Lào Cai 04/08/2017: kế hoạch Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Lào Cai lần thứ XIII, nhiệm kỳ 2017-2022 (họp báo của Tỉnh đoàn)", "https://mail.doingoailaocai.vn/vi/bai-viet/7359", date="2017-08-04")
P57_1 = Cell(P57, "Theo kế hoạch, Đại hội sẽ diễn ra trong 2 ngày (08/8 – 09/8/2017) tại Trung tâm Hội nghị tỉnh.", "W 2017-08-08..2017-08-09")

# Báo Tuyên Quang 07/2022: hoàn thành đại hội Đoàn cấp huyện và tương đương — https://baotuyenquang.com.vn/xa-hoi/cuoc-song/hoan-thanh-dai-hoi-doan-cap-huyen-va-tuong-duong-161182.html
# unsure: the page shows no date; it counts congresses "tính đến ngày 26-7", so late July 2022
P58 = Doc("Báo Tuyên Quang (07/2022): Tỉnh đoàn Tuyên Quang hoàn thành đại hội Đoàn cấp huyện, chuẩn bị Đại hội Đoàn tỉnh lần thứ XVI", "https://baotuyenquang.com.vn/xa-hoi/cuoc-song/hoan-thanh-dai-hoi-doan-cap-huyen-va-tuong-duong-161182.html", date="2022-07-27")
P58_1 = Cell(P58, "Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Tuyên Quang lần thứ XVI, nhiệm kỳ 2022 - 2027 dự kiến sẽ được tổ chức vào tháng 9-2022.", "W 2022-09-01..2022-09-30")

# Cổng TTĐT thành phố Móng Cái 2021: Hội LHPN TP Móng Cái tổ chức hội nghị chi hội phụ nữ, nhiệm kỳ 2021 - 2026 — https://mongcai.gov.vn/vi-vn/tin/to-chuc-hoi-nghi-chi-hoi-phu-nu--nhiem-ky-2021---2026/64205-79466-222893
# unsure: the page shows no date; January 2021 (26/106 chi hội done, aiming before Tết Tân Sửu)
P59 = Doc("Móng Cái (01/2021): Hội LHPN thành phố Móng Cái chỉ đạo hội nghị chi hội phụ nữ nhiệm kỳ 2021-2026", "https://mongcai.gov.vn/vi-vn/tin/to-chuc-hoi-nghi-chi-hoi-phu-nu--nhiem-ky-2021---2026/64205-79466-222893", date="2021-01-20")
P59_1 = Cell(P59, "phấn đấu 106/106 chi hội tổ chức hội nghị xong trước Tết Nguyên đán Tân Sửu", "D 2021-02-11", events={"Tết Nguyên đán Tân Sửu": "2021-02-12"})

# Báo Bình Dương 15/05/2015: Huyện đoàn Dầu Tiếng triển khai hoạt động hè năm 2015 — https://m.baobinhduong.vn/huyen-doan-dau-tieng-trien-khai-hoat-dong-he-nam-2015-a118009.html
P60 = Doc("Báo Bình Dương 15/05/2015: kế hoạch hoạt động hè năm 2015 của Huyện đoàn Dầu Tiếng (triển khai sáng 14/5)", "https://m.baobinhduong.vn/huyen-doan-dau-tieng-trien-khai-hoat-dong-he-nam-2015-a118009.html", date="2015-05-14")
P60_1 = Cell(P60, "Các hoạt động hè năm 2015 do Huyện đoàn Dầu Tiếng tổ chức sẽ chính thức diễn ra từ ngày 27-5 và kết thúc vào giữa tháng 9-2015.", "W 2015-05-27..2015-09-20")

# Báo Lào Cai (dangcongsan.org.vn/laocai): Ủy ban MTTQ Việt Nam tỉnh hướng dẫn trình tự, thủ tục giới thiệu người ứng cử đại biểu Quốc hội và HĐND tỉnh — https://dangcongsan.org.vn/laocai/xay-dung-dang/uy-ban-mttq-viet-nam-tinh-huong-dan-trinh-tu-thu-tuc-gioi-thieu-nguoi-ung-cu-dai-bieu-quoc-hoi-va-hdnd-tinh.html
# unsure: the page shows no date; December 2025, before the filing window opens
P61 = Doc("Lào Cai (12/2025): hướng dẫn của Ủy ban MTTQ Việt Nam tỉnh Lào Cai về giới thiệu người ứng cử đại biểu Quốc hội khóa XVI, HĐND tỉnh khóa XVII", "https://dangcongsan.org.vn/laocai/xay-dung-dang/uy-ban-mttq-viet-nam-tinh-huong-dan-trinh-tu-thu-tuc-gioi-thieu-nguoi-ung-cu-dai-bieu-quoc-hoi-va-hdnd-tinh.html", date="2025-12-10")
# unsure: a window whose end has an hour (17 giờ) but whose start has none; the end hour cannot be written on a W span
P61_1 = Cell(P61, "việc tiếp nhận hồ sơ: từ ngày 15/12/2025, chậm nhất đến 17 giờ ngày 01/02/2026, người ứng cử phải hoàn thành và nộp hồ sơ ứng cử", "W 2025-12-15..2026-02-01")

# Báo Vĩnh Long 13/11/2021: Đổi mới hình thức tuyên truyền học và làm theo Bác (Ban Tuyên giáo cấp huyện) — https://baovinhlong.com.vn/chinh-tri/202111/doi-moi-hinh-thuc-tuyen-truyen-hoc-va-lam-theo-bac-3089099/
P62 = Doc("Báo Vĩnh Long 13/11/2021: cách làm của Ban Tuyên giáo các huyện ủy tỉnh Vĩnh Long trong tuyên truyền học và làm theo Bác", "https://baovinhlong.com.vn/chinh-tri/202111/doi-moi-hinh-thuc-tuyen-truyen-hoc-va-lam-theo-bac-3089099/", date="2021-11-13")
# unsure: a standing weekly practice described in a report; no end, so one year of Saturdays
P62_1 = Cell(P62, "phát trên Đài Truyền thanh vào ngày thứ bảy hàng tuần", "R O 2021-11-13 2021-11-20 ... 2022-11-12")

# Báo Đắk Lắk 11/2019: Sôi nổi Ngày hội Đại đoàn kết toàn dân tộc (Mặt trận Tổ quốc) — https://baodaklak.vn/channel/5301/201911/soi-noi-ngay-hoi-dai-doan-ket-toan-dan-toc-5657920
# unsure: only the month (11/2019) is in the address; "trung tuần" read as days 11-20
P63 = Doc("Báo Đắk Lắk (11/2019): Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư do Mặt trận Tổ quốc tổ chức hằng năm", "https://baodaklak.vn/channel/5301/201911/soi-noi-ngay-hoi-dai-doan-ket-toan-dan-toc-5657920", date="2019-11-15")
P63_1 = Cell(P63, "Trung tuần tháng 11 hằng năm, các khu dân cư trên địa bàn tỉnh lại sôi nổi tổ chức Ngày hội Đại đoàn kết toàn dân tộc", "R W 2019-11-11..2019-11-20 2020-11-11..2020-11-20")

CELLS = [
    P01_1,
    P01_2,
    P01_3,
    P01_4,
    P01_5,
    P02_1,
    P02_2,
    P03_1,
    P03_2,
    P03_3,
    P03_4,
    P04_1,
    P04_2,
    P05_1,
    P06_1,
    P06_2,
    P07_1,
    P08_1,
    P08_2,
    P08_3,
    P09_1,
    P09_2,
    P10_1,
    P10_2,
    P10_3,
    P11_1,
    P11_2,
    P12_1,
    P13_1,
    P14_1,
    P15_1,
    P15_2,
    P16_1,
    P17_1,
    P17_2,
    P17_3,
    P18_1,
    P19_1,
    P20_1,
    P20_2,
    P20_3,
    P20_4,
    P21_1,
    P21_2,
    P21_3,
    P22_1,
    P23_1,
    P24_1,
    P24_2,
    P25_1,
    P26_1,
    P27_1,
    P28_1,
    P29_1,
    P29_2,
    P30_1,
    P31_1,
    P31_2,
    P31_3,
    P32_1,
    P33_1,
    P33_2,
    P33_3,
    P34_1,
    P34_2,
    P34_3,
    P34_4,
    P35_1,
    P35_2,
    P36_1,
    P37_1,
    P37_2,
    P37_3,
    P38_1,
    P38_2,
    P39_1,
    P39_2,
    P39_3,
    P39_4,
    P39_5,
    P39_6,
    P40_1,
    P41_1,
    P42_1,
    P43_1,
    P44_1,
    P44_2,
    P45_1,
    P46_1,
    P47_1,
    P47_2,
    P48_1,
    P48_2,
    P49_1,
    P49_2,
    P49_3,
    P50_1,
    P50_2,
    P50_3,
    P50_4,
    P51_1,
    P52_1,
    P53_1,
    P54_1,
    P55_1,
    P56_1,
    P57_1,
    P58_1,
    P59_1,
    P60_1,
    P61_1,
    P62_1,
    P63_1,
]
