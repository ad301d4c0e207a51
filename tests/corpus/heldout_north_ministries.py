"""Held-out real timing cells from plans of northern mountain and Red River Delta provinces and of ministries (Bộ, Tổng cục, Cục and the Government Office), answers worked out by hand.

What: timing phrases from plans, schedules and work programmes: Tổng cục Thống kê survey and census
plans, the Bộ Nông nghiệp water-release schedule for the Red River Delta, Bộ Giáo dục khung kế hoạch and
exam timetables, Bộ Nội vụ, Bộ Quốc phòng, Bộ Công Thương, Bộ Y tế, Bộ VHTTDL and Văn phòng Chính phủ
schedules, and plans of Lào Cai, Hải Dương, Điện Biên, Thái Bình, Ninh Bình, Hà Nội, Lai Châu, Bắc Kạn,
Sơn La, Hà Giang and Yên Bái.

How collected: from the stored "pages" corpus (search tool), which keeps only the opening of each page,
so the plan tables at the end of the documents were out of reach; most cells are the timing clauses of a
plan as quoted on a government portal or in a news report of it, taken in order from the readable part,
as a maintainer would type them into the plan's time column (the clause with its own lead words, words
inside unchanged). Not taken: dates of issue, dates of other documents, headlines repeating a body
sentence, and years that are only part of a name. Expected answers follow /work/notes/conventions.md,
worked out by hand (python datetime for weekdays, lunar_vn for the lunar glosses).

Collected without reading the resolver; to be scored once, in a later session.
"""
from tests.corpus.spec import Cell, Doc

# --- Tổng cục Thống kê / Bộ Kế hoạch và Đầu tư ----------------------------------------------

# Kế hoạch thu thập thông tin, Tổng điều tra kinh tế năm 2021 (Tổng cục Thống kê, trang tongdieutrakinhte2021, đăng 16/9/2020) — https://tongdieutrakinhte2021.gso.gov.vn/ke-hoach-thu-thap-thong-tin.html
N01 = Doc(
    "Kế hoạch thu thập thông tin Tổng điều tra kinh tế năm 2021 của Tổng cục Thống kê (trang Tổng điều tra kinh tế 2021, đăng 16/9/2020)",
    "https://tongdieutrakinhte2021.gso.gov.vn/ke-hoach-thu-thap-thong-tin.html",
    date="2020-09-16",
)
N01_1 = Cell(N01, "thời gian chuẩn bị và thu thập thông tin từ ngày 01/02/2021 đến hết ngày 30/4/2021", "W 2021-02-01..2021-04-30")
N01_2 = Cell(N01, "thời gian thu thập thông tin từ ngày 15/5/2021 đến hết ngày 30/7/2021", "W 2021-05-15..2021-07-30")
N01_3 = Cell(N01, "thời gian chuẩn bị thu thập thông tin từ ngày 01/02/2021 đến hết ngày 28/02/2021", "W 2021-02-01..2021-02-28")
N01_4 = Cell(N01, "thời gian thu thập thông tin từ ngày 01/3/2021 đến hết ngày 30/4/2021", "W 2021-03-01..2021-04-30")
N01_5 = Cell(N01, "thời gian chuẩn bị và thu thập thông tin toàn bộ thực hiện từ ngày 02/5/2021 đến hết ngày 15/6/2021", "W 2021-05-02..2021-06-15")
N01_6 = Cell(N01, "thu thập thông tin mẫu từ ngày 01/7/2021 đến hết ngày 30/7/2021", "W 2021-07-01..2021-07-30")
N01_7 = Cell(N01, "Thời gian lập danh sách đơn vị điều tra thực hiện từ ngày 01/6/2021 đến hết ngày 15/6/2021", "W 2021-06-01..2021-06-15")
N01_8 = Cell(N01, "thu thập thông tin từ ngày 01/7/2021 đến hết ngày 30/7/2021", "W 2021-07-01..2021-07-30")

# Tổng điều tra dân số và nhà ở năm 2019: thời gian thu thập, công bố kết quả (Ban Chỉ đạo TĐT / Tổng cục Thống kê, theo An ninh Thủ đô 19/3/2019) — https://anninhthudo.vn/tu-ngay-1-4-chinh-thuc-tong-dieu-tra-dan-so-va-nha-o-nam-2019-post387039.antd
N02 = Doc(
    "Phương án Tổng điều tra dân số và nhà ở năm 2019: thời điểm, thời gian thu thập thông tin và công bố kết quả (Tổng cục Thống kê, theo An ninh Thủ đô 19/3/2019)",
    "https://anninhthudo.vn/tu-ngay-1-4-chinh-thuc-tong-dieu-tra-dan-so-va-nha-o-nam-2019-post387039.antd",
    date="2019-03-19",  # unsure: the article's date; the plan itself is older
)
N02_1 = Cell(N02, "Thời điểm điều tra là 0 giờ ngày 1-4-2019.", "O 2019-04-01T00:00")
N02_2 = Cell(N02, "Thời gian thu thập thông tin tại địa bàn trong 25 ngày, bắt đầu từ 7 giờ 30 phút ngày 1-4-2019 và kết thúc chậm nhất vào ngày 25-4-2019.",
             "W 2019-04-01T07:30..2019-04-25")  # the start time on a timed window (answered "W 2019-04-01..2019-04-25", unsure, before timed windows existed)
N02_3 = Cell(N02, "vào ngày điều tra đầu tiên (1-4-2019)", "O 2019-04-01")
N02_4 = Cell(N02, "sẽ được công bố vào tháng 7-2019", "W 2019-07-01..2019-07-31")
N02_5 = Cell(N02, "sẽ được công bố vào quý IV-2019", "W 2019-10-01..2019-12-31")
N02_6 = Cell(N02, "sẽ được công bố vào quý II-2020", "W 2020-04-01..2020-06-30")

# --- Bộ Nông nghiệp và Phát triển nông thôn --------------------------------------------------

# Thông báo lịch lấy nước phục vụ gieo cấy vụ Đông Xuân 2018-2019 khu vực Trung du và Đồng bằng Bắc bộ (Bộ NN&PTNT, theo EVN 25/12/2018) — https://www.evn.com.vn/d6/news/Thong-bao-lich-lay-nuoc-phuc-vu-gieo-cay-vu-Dong-Xuan-2018-2019-khu-vuc-Trung-du-va-Dong-bang-Bac-bo-0-12-22907.aspx
N03 = Doc(
    "Thông báo lịch lấy nước phục vụ gieo cấy lúa vụ Đông Xuân 2018-2019 khu vực Trung du và Đồng bằng Bắc bộ của Bộ Nông nghiệp và PTNT (theo EVN, 25/12/2018)",
    "https://www.evn.com.vn/d6/news/Thong-bao-lich-lay-nuoc-phuc-vu-gieo-cay-vu-Dong-Xuan-2018-2019-khu-vuc-Trung-du-va-Dong-bang-Bac-bo-0-12-22907.aspx",
    date="2018-12-25",
)
# 0h .. 24h covers whole days, so each round is a plain window.
N03_1 = Cell(N03, "Đợt 1: từ 0h ngày 21/1/2019 đến 24h ngày 24/1/2019 (4 ngày)", "W 2019-01-21..2019-01-24")
N03_2 = Cell(N03, "Đợt 2: từ 0h ngày 31/1/2019 đến 24h ngày 3/2/2019 (4 ngày)", "W 2019-01-31..2019-02-03")
N03_3 = Cell(N03, "Đợt 3: từ 0h ngày 15/2/2019 đến 24h ngày 22/2/2019 (8 ngày)", "W 2019-02-15..2019-02-22")

# Bộ NN&PTNT phê duyệt kế hoạch tiêm vaccine lở mồm long móng năm 2012 (Cổng TTĐT Bộ NN&PTNT, 08/3/2012) — http://www.omard.gov.vn/vi-VN/50/15722/8044/Phe-duyet-ke-hoach-tiem-vaccine-lo-mom-long-mong.aspx
N04 = Doc(
    "Kế hoạch tiêm vaccine lở mồm long móng năm 2012 do Bộ Nông nghiệp và PTNT phê duyệt (Cổng TTĐT Bộ NN&PTNT, 08/3/2012)",
    "http://www.omard.gov.vn/vi-VN/50/15722/8044/Phe-duyet-ke-hoach-tiem-vaccine-lo-mom-long-mong.aspx",
    date="2012-03-08",
)
N04_1 = Cell(N04, "Đợt 1 từ tháng 4 - 5/2012", "W 2012-04-01..2012-05-31")
N04_2 = Cell(N04, "đợt 2 từ tháng 10 - 11/2012", "W 2012-10-01..2012-11-30")

# --- Bộ Giáo dục và Đào tạo ------------------------------------------------------------------

# Khung kế hoạch thời gian năm học 2022-2023 của Bộ GD&ĐT (theo Quốc hội TV / Báo Mới) — https://baomoi.com/bo-giao-duc-va-dao-tao-ban-hanh-khung-ke-hoach-nam-hoc-2022-2023/c/43376924.epi
N05 = Doc(
    "Khung kế hoạch thời gian năm học 2022-2023 đối với giáo dục mầm non, phổ thông và thường xuyên của Bộ Giáo dục và Đào tạo (theo Quốc hội TV)",
    "https://baomoi.com/bo-giao-duc-va-dao-tao-ban-hanh-khung-ke-hoach-nam-hoc-2022-2023/c/43376924.epi",
    date="2022-08-01",  # unsure: not shown; issued shortly before this early-August 2022 report
)
KG22 = {"ngày tổ chức khai giảng": "2022-09-05"}
N05_1 = Cell(N05, "thời gian tựu trường sớm nhất trước 1 tuần so với ngày tổ chức khai giảng", "O 2022-08-29", events=KG22)  # unsure: "sớm nhất" makes it the earliest allowed day (an open start), not a deadline
N05_2 = Cell(N05, "Riêng đối với lớp 1, tựu trường sớm nhất trước 2 tuần so với ngày tổ chức khai giảng.", "O 2022-08-22", events=KG22)  # unsure: same
N05_3 = Cell(N05, "được tổ chức vào ngày 5/9/2022", "O 2022-09-05")
N05_4 = Cell(N05, "Kết thúc học kỳ 1 trước ngày 15/1/2023", "D 2023-01-14")
N05_5 = Cell(N05, "hoàn thành kế hoạch giáo dục học kỳ 2 trước ngày 25/5/2023", "D 2023-05-24")
N05_6 = Cell(N05, "kết thúc năm học trước ngày 31/5/2023", "D 2023-05-30")
N05_7 = Cell(N05, "trước ngày 30/6/2023", "D 2023-06-29")
N05_8 = Cell(N05, "Hoàn thành tuyển sinh các lớp đầu cấp trước ngày 31/7/2023.", "D 2023-07-30")

# Bộ GD&ĐT sửa đổi khung kế hoạch thời gian năm học 2019-2020 sau khi nghỉ chống dịch COVID-19 (Môi trường và Cuộc sống) — https://moitruong.net.vn/bo-gd-dt-ket-thuc-nam-hoc-truoc-ngay-15-7-sau-khi-nghi-chong-dich-covid-19-22200.html
N06 = Doc(
    "Quyết định sửa đổi khung kế hoạch thời gian năm học 2019-2020 của Bộ Giáo dục và Đào tạo, thay thế Quyết định 514/QĐ-BGDĐT (theo Môi trường và Cuộc sống)",
    "https://moitruong.net.vn/bo-gd-dt-ket-thuc-nam-hoc-truoc-ngay-15-7-sau-khi-nghi-chong-dich-covid-19-22200.html",
    date="2020-04-15",  # unsure: not shown; after 22/2/2020, during the spring 2020 school closure
)
N06_1 = Cell(N06, "Kết thúc học kỳ I trước ngày 20/1", "D 2020-01-19")
N06_2 = Cell(N06, "hoàn thành chương trình giáo dục học kỳ II trước ngày 11/7", "D 2020-07-10")
N06_3 = Cell(N06, "kết thúc năm học trước ngày 15/7", "D 2020-07-14")
N06_4 = Cell(N06, "Nhà trường xét công nhận chương trình tiểu học và tốt nghiệp trung học cơ sở trước ngày 31/7.", "D 2020-07-30")
N06_5 = Cell(N06, "Tuyển sinh vào lớp 10 hoàn thành trước ngày 15/8.", "D 2020-08-14")
N06_6 = Cell(N06, "báo cáo tình hình chuẩn bị năm học và tổ chức khai giảng trước ngày 10/9", "D 2020-09-09")  # unsure: for the 2019-2020 year this was September 2019; the Doc.year rule gives 2020
N06_7 = Cell(N06, "Sơ kết học kỳ I được tổ chức trước ngày 30/10.", "D 2020-10-29")  # unsure: as above (another copy of the report reads 30/1)
N06_8 = Cell(N06, "Tổng kết năm học, báo cáo kết quả thực hiện các tiêu chí thi đua và đề nghị xét khen thưởng năm học trước ngày 15/8.", "D 2020-08-14")

# Hướng dẫn tổ chức kỳ thi tốt nghiệp THPT năm 2022 của Bộ GD&ĐT: các mốc thời gian (Kinh tế & Đầu tư, theo Giáo dục Việt Nam) — https://kinhtedautu.com/cac-moc-thoi-gian-thi-sinh-can-nam-trong-long-ban-tay-khi-thi-tot-nghiep-thpt-a1005547.html
N07 = Doc(
    "Hướng dẫn tổ chức kỳ thi tốt nghiệp trung học phổ thông năm 2022 của Bộ Giáo dục và Đào tạo: các mốc thời gian (theo Giáo dục Việt Nam)",
    "https://kinhtedautu.com/cac-moc-thoi-gian-thi-sinh-can-nam-trong-long-ban-tay-khi-thi-tot-nghiep-thpt-a1005547.html",
    date="2022-04-20",  # unsure: not shown; issued before the trial registration of 26/4/2022
)
N07_1 = Cell(N07, "từ ngày 26/4 đến ngày 3/5", "W 2022-04-26..2022-05-03")
N07_2 = Cell(N07, "đăng ký dự thi trực tuyến từ ngày 4/5 đến 17 giờ ngày 13/5", "W 2022-05-04..2022-05-13")  # unsure: the 17:00 end cannot be carried on a window
N07_3 = Cell(N07, "từ ngày 4/5 đến 17 giờ ngày 13/5", "W 2022-05-04..2022-05-13")  # unsure: as above
N07_4 = Cell(N07, "chậm nhất ngày 10/6", "D 2022-06-10")
N07_5 = Cell(N07, "chậm nhất ngày 24/6", "D 2022-06-24")
N07_6 = Cell(N07, "Công bố kết quả thi ngày 24/7.", "O 2022-07-24")
N07_7 = Cell(N07, "chậm nhất ngày 26/7", "D 2022-07-26")
N07_8 = Cell(N07, "hoàn thành chậm nhất ngày 28/7", "D 2022-07-28")
N07_9 = Cell(N07, "chậm nhất ngày 30/7", "D 2022-07-30")
N07_10 = Cell(N07, "từ ngày 24/7 đến hết ngày 3/8", "W 2022-07-24..2022-08-03")
N07_11 = Cell(N07, "sau phúc khảo chậm nhất ngày 18/8", "D 2022-08-18")

# Hướng dẫn thực hiện quy chế thi THPT quốc gia và xét tuyển đại học năm 2016 của Bộ GD&ĐT (Công an Nhân dân) — http://cand.com.vn/giao-duc/Se-cong-bo-ket-qua-thi-THPT-quoc-gia-truoc-ngay-25-7-386893/
N08 = Doc(
    "Hướng dẫn thực hiện quy chế thi THPT quốc gia và xét tuyển đại học năm 2016 của Bộ Giáo dục và Đào tạo (theo Công an Nhân dân)",
    "http://cand.com.vn/giao-duc/Se-cong-bo-ket-qua-thi-THPT-quoc-gia-truoc-ngay-25-7-386893/",
    date="2016-04-20",  # unsure: not shown; spring 2016
)
N08_1 = Cell(N08, "trước ngày 10-6", "D 2016-06-09")
N08_2 = Cell(N08, "gửi báo cáo tổng hợp số liệu và tình hình coi thi về Bộ trước ngày 5-7", "D 2016-07-04")
N08_3 = Cell(N08, "Chậm nhất ngày 20-7", "D 2016-07-20")
N08_4 = Cell(N08, "Chậm nhất ngày 25-7", "D 2016-07-25")
N08_5 = Cell(N08, "Trước ngày 15-8", "D 2016-08-14")

# Các mốc thời gian xét tuyển sinh đại học năm 2020 theo lịch của Bộ GD&ĐT (Trường Đại học Vinh, trang tuyển sinh) — http://tuyensinh.vinhuni.edu.vn/tin-tuc-tuyen-sinh/dai-hoc-chinh-quy/seo/cac-moc-thoi-gian-xet-tuyen-sinh-dai-hoc-nam-2020-can-dac-biet-luu-y-sau-khi-biet-diem-thi-tot-nghiep-trung-hoc-pho-thong-98741
N09 = Doc(
    "Lịch xét tuyển sinh đại học năm 2020 của Bộ Giáo dục và Đào tạo: các mốc sau khi có điểm thi tốt nghiệp THPT (trang tuyển sinh Trường Đại học Vinh)",
    "http://tuyensinh.vinhuni.edu.vn/tin-tuc-tuyen-sinh/dai-hoc-chinh-quy/seo/cac-moc-thoi-gian-xet-tuyen-sinh-dai-hoc-nam-2020-can-dac-biet-luu-y-sau-khi-biet-diem-thi-tot-nghiep-trung-hoc-pho-thong-98741",
    date="2020-08-27",  # unsure: not shown; after the 2020 exam results, before 7/9/2020
)
N09_1 = Cell(N09, "dự kiến trước ngày 7/9", "D 2020-09-06")
N09_2 = Cell(N09, "dự kiến trước ngày 8/9", "D 2020-09-07")
N09_3 = Cell(N09, "dự kiến từ ngày 9/9 đến 17 giờ ngày 16/9", "W 2020-09-09..2020-09-16")  # unsure: 17:00 end not carried
N09_4 = Cell(N09, "dự kiến từ ngày 9/9 đến 17 giờ ngày 18/9", "W 2020-09-09..2020-09-18")  # unsure: 17:00 end not carried
N09_5 = Cell(N09, "dự kiến trước 17 giờ ngày 20/9", "D 2020-09-20T17:00")
N09_6 = Cell(N09, "dự kiến từ 24/9 đến 17 giờ ngày 26/9", "W 2020-09-24..2020-09-26")  # unsure: 17:00 end not carried
N09_7 = Cell(N09, "dự kiến trước 17 giờ ngày 27/9", "D 2020-09-27T17:00")
N09_8 = Cell(N09, "dự kiến trước 17 giờ ngày 3.10 (tính theo dấu bưu điện)", "D 2020-10-03T17:00")
N09_9 = Cell(N09, "dự kiến trước 17 giờ ngày 7/10", "D 2020-10-07T17:00")
N09_10 = Cell(N09, "trước 15 ngày so với ngày xét tuyển", "ERR")  # unsure: each school sets its own supplementary date, so no one date can be told
N09_11 = Cell(N09, "dự kiến từ ngày 8/10", "O 2020-10-08")
N09_12 = Cell(N09, "từ tháng 8 đến tháng 12", "W 2020-08-01..2020-12-31")

# --- Bộ Nội vụ, Bộ Tư pháp, Văn phòng Chính phủ -----------------------------------------------

# Kế hoạch tổ chức thi nâng ngạch công chức năm 2014 của Bộ Nội vụ (Thư viện Pháp luật, bản tin văn bản mới) — https://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/6351/to-chuc-thi-nang-ngach-cong-chuc-nam-2014
N10 = Doc(
    "Quyết định ban hành Kế hoạch tổ chức thi nâng ngạch công chức năm 2014 của Bộ Nội vụ (theo Thư viện Pháp luật)",
    "https://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/6351/to-chuc-thi-nang-ngach-cong-chuc-nam-2014",
    date="2014-05-15",  # unsure: not shown; the year is certain
)
N10_1 = Cell(N10, "là vào quý III/2014", "W 2014-07-01..2014-09-30")
N10_2 = Cell(N10, "là trong quý IV/2014", "W 2014-10-01..2014-12-31")

# Quyết định 1785/QĐ-TTg ban hành Kế hoạch triển khai Nghị quyết 206/2025/QH15 (cơ chế đặc biệt xử lý khó khăn do quy định pháp luật), Bộ Tư pháp chủ trì (VietNamNet) — https://vietnamnet.vn/co-co-che-dac-biet-xu-ly-kho-khan-vuong-mac-do-quy-dinh-cua-phap-luat-2434584.html
N11 = Doc(
    "Kế hoạch triển khai thi hành Nghị quyết 206/2025/QH15 ban hành kèm Quyết định 1785/QĐ-TTg, nhiệm vụ do Bộ Tư pháp chủ trì (theo VietNamNet)",
    "https://vietnamnet.vn/co-co-che-dac-biet-xu-ly-kho-khan-vuong-mac-do-quy-dinh-cua-phap-luat-2434584.html",
    date="2025-08-15",  # unsure: not shown; August 2025
)
N11_1 = Cell(N11, "hoàn thành trong quý 3/2025", "D 2025-09-30")
N11_2 = Cell(N11, "Thời gian triển khai kéo dài từ quý 2/2025 đến hết ngày 28/2/2027.", "W 2025-04-01..2027-02-28")
N11_3 = Cell(N11, "Thời gian ban hành là trước ngày 1/3/2027", "D 2027-02-28")

# Văn phòng Chính phủ truyền đạt ý kiến Thủ tướng về chuẩn bị phiên họp Chính phủ thường kỳ hằng tháng (Tạp chí Năng lượng Việt Nam) — https://nangluongvietnam.vn/chuan-bi-phien-hop-chinh-phu-thuong-ky-hang-thang-17513.html
N12 = Doc(
    "Văn bản của Văn phòng Chính phủ về chuẩn bị phiên họp Chính phủ thường kỳ hằng tháng (theo Tạp chí Năng lượng Việt Nam)",
    "https://nangluongvietnam.vn/chuan-bi-phien-hop-chinh-phu-thuong-ky-hang-thang-17513.html",
    date="2017-02-20",  # unsure: not shown; believed early 2017
)
N12_1 = Cell(N12, "vào khoảng thời gian từ ngày 1 đến ngày mùng 3 hằng tháng (nếu trùng ngày nghỉ sẽ bố trí vào ngày làm việc tiếp theo)",
             "R W 2017-03-01..2017-03-03 2017-04-01..2017-04-03 ... 2018-03-01..2018-03-03")  # unsure: the shift off holidays is not modelled
N12_2 = Cell(N12, "chậm nhất ngày 25 tháng trước tháng tổ chức phiên họp", "R D 2017-02-25 2017-03-25 ... 2018-02-25")  # meetings every month, so the 25th of every month
N12_3 = Cell(N12, "trước ngày 25 hằng tháng", "R D 2017-02-24 2017-03-24 ... 2018-02-24")

# --- Bộ Quốc phòng, Bộ LĐTBXH, Bộ Công Thương, Bộ Y tế ------------------------------------------

# Hướng dẫn 4705/HD-BQP về tuyển chọn, gọi công dân nhập ngũ năm 2025 (bản đăng 08/11/2024) — http://45.76.102.104/2024/11/08/da-co-thoi-gian-di-nghia-vu-quan-su-nam-2025-chinh-thuc
N13 = Doc(
    "Hướng dẫn 4705/HD-BQP của Bộ Quốc phòng về tuyển chọn và gọi công dân nhập ngũ năm 2025 (bản đăng 08/11/2024)",
    "http://45.76.102.104/2024/11/08/da-co-thoi-gian-di-nghia-vu-quan-su-nam-2025-chinh-thuc",
    date="2024-11-01",  # unsure: not shown; before the 8/11/2024 post
)
N13_1 = Cell(N13, "Năm 2025 tiến hành tuyển chọn và gọi công dân nhập ngũ 01 đợt.", "W 2025-01-01..2025-12-31")
N13_2 = Cell(N13, "Thời gian giao nhận quân từ ngày 13 đến hết ngày 15/02 năm 2025 ( tức từ ngày 16 đến hết ngày 18 tháng Giêng năm Ất Tỵ).",
             "W 2025-02-13..2025-02-15")  # the lunar gloss agrees (16-18 Giêng Ất Tỵ = 13-15/2/2025)

# Cục Quân lực, Bộ Tổng Tham mưu: lịch giao nhận quân năm 2021 (Quốc hội TV, theo Báo Mới) — https://m.baomoi.com/giao-quan-du-chi-tieu-dam-bao-chat-luong-an-toan-tuyet-doi/c/38058014.epi
N14 = Doc(
    "Lịch giao nhận quân năm 2021 theo Cục Quân lực, Bộ Tổng Tham mưu (Quốc hội TV, tháng 2/2021)",
    "https://m.baomoi.com/giao-quan-du-chi-tieu-dam-bao-chat-luong-an-toan-tuyet-doi/c/38058014.epi",
    date="2021-02-20",  # unsure: not shown; February 2021
)
N14_1 = Cell(N14, "bắt đầu từ ngày 27/2", "O 2021-02-27")
N14_2 = Cell(N14, "Ngày 28/02", "O 2021-02-28")
N14_3 = Cell(N14, "Ngày 03/03", "O 2021-03-03")

# Bộ LĐTBXH thông báo kế hoạch Tháng hành động vì trẻ em năm 2016 (VOV5, 25/5/2016) — https://m.vovworld.vn/en-US/van-hoa/nhieu-hoat-dong-soi-noi-trong-thang-hanh-dong-vi-tre-em-nam-2016-439686.vov
N15 = Doc(
    "Kế hoạch hoạt động Tháng hành động vì trẻ em năm 2016 do Bộ Lao động - Thương binh và Xã hội thông báo ngày 25/5/2016 (VOV5)",
    "https://m.vovworld.vn/en-US/van-hoa/nhieu-hoat-dong-soi-noi-trong-thang-hanh-dong-vi-tre-em-nam-2016-439686.vov",
    date="2016-05-25",
)
N15_1 = Cell(N15, "sẽ diễn ra từ ngày 1/6 đến 30/6/2016", "W 2016-06-01..2016-06-30")

# Công văn của Bộ Công Thương hưởng ứng Chiến dịch Giờ Trái đất năm 2020 (Lao động Thủ đô) — http://laodongthudo.vn/dem-283-ca-nuoc-cung-nhau-tat-den-huong-ung-gio-trai-dat-nam-2020-105548.html
N16 = Doc(
    "Công văn của Bộ Công Thương đề nghị EVN hưởng ứng Chiến dịch Giờ Trái đất năm 2020 (theo Lao động Thủ đô)",
    "http://laodongthudo.vn/dem-283-ca-nuoc-cung-nhau-tat-den-huong-ung-gio-trai-dat-nam-2020-105548.html",
    date="2020-03-20",  # unsure: not shown; shortly before 28/3/2020
)
N16_1 = Cell(N16, "trong tháng 3 năm 2020", "W 2020-03-01..2020-03-31")
N16_2 = Cell(N16, "sẽ diễn ra từ 20h30-21h30 tối thứ 7, ngày 28/3/2020", "O 2020-03-28T20:30-21:30")  # 28/3/2020 is a Saturday
N16_3 = Cell(N16, "diễn ra từ 20h30 đến 21h30 Thứ 7, ngày 28/3/2020", "O 2020-03-28T20:30-21:30")

# Chiến dịch bổ sung vitamin A toàn quốc của Bộ Y tế năm 2023 (Báo Thái Bình, theo Nhân Dân) — https://baothaibinh.com.vn/tin-tuc/13/175951/chien-dich-bo-sung-vitamin-a-toan-quoc
N17 = Doc(
    "Chiến dịch bổ sung vitamin A đợt 1 năm 2023 của Bộ Y tế (Báo Thái Bình, theo Nhân Dân)",
    "https://baothaibinh.com.vn/tin-tuc/13/175951/chien-dich-bo-sung-vitamin-a-toan-quoc",
    date="2023-05-30",  # unsure: not shown; just before 1/6/2023
)
N17_1 = Cell(N17, "Hằng năm", "R W 2023-01-01..2023-12-31 2024-01-01..2024-12-31")
N17_2 = Cell(N17, "mỗi năm có 2 đợt: đợt 1 vào tháng 6; và đợt 2 vào tháng 12",
             "R W 2023-06-01..2023-06-30 2024-06-01..2024-06-30; R W 2023-12-01..2023-12-31 2024-12-01..2024-12-31")
N17_3 = Cell(N17, "vào năm 2000", "W 2000-01-01..2000-12-31")  # a past achievement stated in the text
N17_4 = Cell(N17, "bắt đầu từ ngày Quốc tế thiếu nhi 1/6", "O 2023-06-01", events={"ngày Quốc tế thiếu nhi": "2023-06-01"})

# Viện Dinh dưỡng (Bộ Y tế): uống vitamin A dịp Ngày Vi chất dinh dưỡng 2017 (VTV Sức khỏe, 24/5/2017) — https://suckhoe.vtv.vn/suc-khoe/gan-5-trieu-tre-em-chuan-bi-duoc-uong-vitamin-a-mien-phi-20170524081226437.htm
N18 = Doc(
    "Kế hoạch uống vitamin A dịp Ngày Vi chất dinh dưỡng năm 2017 của Viện Dinh dưỡng, Bộ Y tế (VTV, 24/5/2017)",
    "https://suckhoe.vtv.vn/suc-khoe/gan-5-trieu-tre-em-chuan-bi-duoc-uong-vitamin-a-mien-phi-20170524081226437.htm",
    date="2017-05-24",
)
N18_1 = Cell(N18, "Vào ngày 1 và 2/6 tới đây", "W 2017-06-01..2017-06-02")

# --- Bộ Văn hóa, Thể thao và Du lịch / Tổng cục Du lịch -----------------------------------------

# Bộ VHTTDL đồng ý tổ chức Ngày hội VHTTDL các dân tộc vùng Đông Bắc lần thứ IX năm 2015 tại Bắc Kạn (Tổng cục Du lịch) — http://vietnamtourism.gov.vn/index.php/printer/17671
N19 = Doc(
    "Quyết định 1579/QĐ-BVHTTDL tổ chức Ngày hội văn hóa, thể thao và du lịch các dân tộc vùng Đông Bắc lần thứ IX năm 2015 tại Bắc Kạn (Tổng cục Du lịch)",
    "http://vietnamtourism.gov.vn/index.php/printer/17671",
    date="2015-05-15",  # unsure: not shown; the year is certain
)
N19_1 = Cell(N19, "tổ chức vào tháng 9/2015", "W 2015-09-01..2015-09-30")

# Ngày hội VHTT&DL các dân tộc vùng Tây Bắc lần thứ XIV tại Sơn La, 2019 (VOV) — https://vov.gov.vn/ngay-hoi-vhtt-va-dl-cac-dan-toc-vung-tay-bac-se-dien-ra-tu-ngay-188-dtnew-87553?keyDevice=true
N20 = Doc(
    "Ngày hội văn hóa, thể thao và du lịch các dân tộc vùng Tây Bắc lần thứ XIV tại Sơn La năm 2019 (Bộ VHTTDL và UBND tỉnh Sơn La, theo VOV)",
    "https://vov.gov.vn/ngay-hoi-vhtt-va-dl-cac-dan-toc-vung-tay-bac-se-dien-ra-tu-ngay-188-dtnew-87553?keyDevice=true",
    date="2019-08-10",  # unsure: not shown (page updated 25/09/2019); before 18/8/2019
)
N20_1 = Cell(N20, "sẽ diễn ra từ ngày 18 đến 20/8/2019", "W 2019-08-18..2019-08-20")
N20_2 = Cell(N20, "diễn ra vào tối 18/8", "O 2019-08-18")
N20_3 = Cell(N20, "sẽ khai mạc vào ngày 18/8", "O 2019-08-18")

# Ngày hội văn hóa dân tộc Mông lần thứ III tại Lai Châu, 2021 (Bộ VHTTDL, theo Dân tộc & Miền núi) — https://dantocmiennui.vn/ngay-hoi-van-hoa-dan-toc-mong-tag55525.html
N21 = Doc(
    "Ngày hội văn hóa dân tộc Mông lần thứ III tại tỉnh Lai Châu năm 2021 (theo thông tin của Bộ VHTTDL, Dân tộc & Miền núi)",
    "https://dantocmiennui.vn/ngay-hoi-van-hoa-dan-toc-mong-tag55525.html",
    date="2021-06-15",  # unsure: not shown; before September 2021
)
N21_1 = Cell(N21, "dự kiến sẽ diễn ra trong 3 ngày tháng 9/2021", "W 2021-09-01..2021-09-30")  # unsure: which 3 days of September is not said

# Lễ hội hoa tam giác mạch lần thứ 3 tại Hà Giang, 2017 (Tổng cục Du lịch) — http://vietnamtourism.vn/index.php/news/items/20130
N22 = Doc(
    "Lễ hội hoa tam giác mạch lần thứ 3 tại cao nguyên đá Đồng Văn, tỉnh Hà Giang, năm 2017 (Tổng cục Du lịch)",
    "http://vietnamtourism.vn/index.php/news/items/20130",
    date="2017-11-10",  # unsure: not shown; before 24/11/2017
)
N22_1 = Cell(N22, "sẽ khai mạc ngày 24/11 tại cao nguyên đá Đồng Văn, tỉnh Hà Giang và kéo dài đến hết 31/12/2017", "W 2017-11-24..2017-12-31")
N22_2 = Cell(N22, "ngay từ đầu tháng 9", "O 2017-09-01")  # unsure: open start at "đầu tháng 9"; planting already done
N22_3 = Cell(N22, "sẽ diễn ra từ ngày 24/11 đến hết ngày 31/12", "W 2017-11-24..2017-12-31")

# --- Northern mountain provinces -----------------------------------------------------------------

# Kế hoạch phát động Tết trồng cây, trồng rừng Xuân Quý Mão 2023 tỉnh Lào Cai (Lào Cai TV) — http://laocaitv.vn/kinh-te-moi-truong/trong-moi-khoang-1-trieu-cay-xanh-trong-dip-tet-nguyen-dan-quy-mao-2023
N23 = Doc(
    "Kế hoạch tổ chức phát động Tết trồng cây, trồng rừng Xuân Quý Mão 2023 tỉnh Lào Cai (Lào Cai TV)",
    "http://laocaitv.vn/kinh-te-moi-truong/trong-moi-khoang-1-trieu-cay-xanh-trong-dip-tet-nguyen-dan-quy-mao-2023",
    date="2023-01-12",  # unsure: not shown; before Tết Quý Mão (22/1/2023)
)
N23_1 = Cell(N23, "được tổ chức hằng năm", "R W 2023-01-01..2023-12-31 2024-01-01..2024-12-31")  # unsure: the text ties it to "mỗi dịp Tết đến xuân về"
N23_2 = Cell(N23, "từ ngày 27/1 - 6/2/2023, tức từ ngày 6 - 16 tháng Giêng năm Quý Mão 2023", "W 2023-01-27..2023-02-06")  # lunar gloss agrees

# Thông báo 1751-TB/TU của Tỉnh ủy Điện Biên điều chỉnh thời gian Festival Tinh hoa Tây Bắc 2025 (VietnamPlus, 14/8/2025) — https://www.vietnamplus.vn/dieu-chinh-thoi-gian-to-chuc-festival-tinh-hoa-tay-bac-sang-ngay-19-219-post1055780.vnp
N24 = Doc(
    "Thông báo 1751-TB/TU ngày 14/8/2025 của Tỉnh ủy Điện Biên về điều chỉnh thời gian tổ chức Festival Tinh hoa Tây Bắc - Điện Biên năm 2025 (VietnamPlus)",
    "https://www.vietnamplus.vn/dieu-chinh-thoi-gian-to-chuc-festival-tinh-hoa-tay-bac-sang-ngay-19-219-post1055780.vnp",
    date="2025-08-14",
)
N24_1 = Cell(N24, "sẽ được tổ chức từ ngày 29-31/8", "W 2025-08-29..2025-08-31")  # unsure: the original plan, replaced by this notice
N24_2 = Cell(N24, "từ 22/7-7/8", "W 2025-07-22..2025-08-07")  # when the storms struck, stated as the reason
N24_3 = Cell(N24, "sẽ diễn ra từ ngày 19 -21/9/2025", "W 2025-09-19..2025-09-21")

# Tuần Du lịch - Văn hóa và Giải Marathon Lai Châu lần thứ II năm 2025 (Cổng du lịch Lai Châu) — https://dulich.laichau.gov.vn/vi/blog/tags?Tag=Tu%E1%BA%A7n+Du+l%E1%BB%8Bch+-+V%C4%83n+ho%C3%A1+Lai+Ch%C3%A2u+n%C4%83m+2025
N25 = Doc(
    "Tuần Du lịch - Văn hóa và Giải Marathon Lai Châu lần thứ II năm 2025 (Cổng thông tin du lịch tỉnh Lai Châu)",
    "https://dulich.laichau.gov.vn/vi/blog/tags?Tag=Tu%E1%BA%A7n+Du+l%E1%BB%8Bch+-+V%C4%83n+ho%C3%A1+Lai+Ch%C3%A2u+n%C4%83m+2025",
    date="2025-10-20",  # unsure: not shown; before 28/11/2025
)
N25_1 = Cell(N25, "sẽ diễn ra từ ngày 28 – 30/11/2025", "W 2025-11-28..2025-11-30")

# Chuẩn bị Đại hội đại biểu Đảng bộ tỉnh Bắc Kạn lần thứ XII (Bắc Kạn TV, 2020) — http://backantv.vn/tin-tuc-n39057/co-ban-hoan-tat-cong-tac-chuan-bi-dai-hoi-dang-bo-tinh-lan-thu-xii.html
N26 = Doc(
    "Kế hoạch tổ chức Đại hội đại biểu Đảng bộ tỉnh Bắc Kạn lần thứ XII, nhiệm kỳ 2020 - 2025 (Bắc Kạn TV)",
    "http://backantv.vn/tin-tuc-n39057/co-ban-hoan-tat-cong-tac-chuan-bi-dai-hoi-dang-bo-tinh-lan-thu-xii.html",
    date="2020-10-20",  # unsure: not shown; just before the congress
)
N26_1 = Cell(N26, "sẽ diễn ra từ ngày 26 đến 28.10.2020", "W 2020-10-26..2020-10-28")

# Kế hoạch 06/KH-BTC ngày 10/01/2024 tổ chức các hoạt động mừng Đảng, mừng Xuân Giáp Thìn 2024 tỉnh Yên Bái (Báo Mới) — https://baomoi.net.vn/cap-nhat-dia-diem-ban-phao-hoa-don-tet-nguyen-dan-2024-tai-yen-bai-c48135146.epi
N27 = Doc(
    "Kế hoạch 06/KH-BTC ngày 10/01/2024 tổ chức các hoạt động mừng Đảng, mừng Xuân Giáp Thìn 2024 của tỉnh Yên Bái",
    "https://baomoi.net.vn/cap-nhat-dia-diem-ban-phao-hoa-don-tet-nguyen-dan-2024-tai-yen-bai-c48135146.epi",
    date="2024-01-10",
)
N27_1 = Cell(N27, "Thời gian bắn pháo hoa: Vào 00h00 ngày 10.02.2024.", "O 2024-02-10T00:00")

# Yên Bái chuẩn bị Lễ công bố Quy hoạch tỉnh và công nhận thành phố Yên Bái là đô thị loại II (Cổng TTĐT tỉnh, 15/9/2023) — https://yenbai.gov.vn:443/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=32446&l=Tintrongtinh+++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++&lv=5
N28 = Doc(
    "Công tác chuẩn bị Lễ công bố Quy hoạch tỉnh Yên Bái thời kỳ 2021 - 2030 và công nhận thành phố Yên Bái là đô thị loại II (Cổng TTĐT tỉnh Yên Bái, 15/9/2023)",
    "https://yenbai.gov.vn:443/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=32446&l=Tintrongtinh+++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++&lv=5",
    date="2023-09-15",
)
N28_1 = Cell(N28, "sẽ diễn ra vào lúc 20h ngày 24/9", "O 2023-09-24T20:00")
N28_2 = Cell(N28, "Chiều 14/9", "O 2023-09-14")
N28_3 = Cell(N28, "sẽ được tổ chức vào lúc 20h ngày 24/9", "O 2023-09-24T20:00")

# --- Red River Delta provinces and Hà Nội ----------------------------------------------------------

# Kế hoạch tổ chức Lễ phát động Tết trồng cây cấp tỉnh Xuân Mậu Tuất 2018, UBND tỉnh Hải Dương (Văn phòng UBND tỉnh, 30/01/2018) — http://vpubnd.haiduong.gov.vn/Modules/Article/ArticlePrint.aspx?ArticleID=27439
N29 = Doc(
    "Kế hoạch tổ chức Lễ phát động Tết trồng cây cấp tỉnh Xuân Mậu Tuất 2018 của UBND tỉnh Hải Dương, ban hành ngày 30/01/2018",
    "http://vpubnd.haiduong.gov.vn/Modules/Article/ArticlePrint.aspx?ArticleID=27439",
    date="2018-01-30",
)
N29_1 = Cell(N29, "Thời gian: ½ ngày, từ 7h30’- 9h00, thứ Ba, ngày 06/02/2018.", "O 2018-02-06T07:30-09:00")  # 06/02/2018 is a Tuesday

# Kế hoạch 32/KH-SVHTTDL Ngày hội Văn hóa, Thể thao truyền thống tỉnh Thái Bình 14/10/2018 (Báo Thái Bình, 11/10/2018) — https://baothaibinh.com.vn/tin-tuc/0/71423/chuong-trinh-ngay-hoi-v-n-hoa-the-thao-truyen-thong-tinh-thai-binh-14-10-2018
N30 = Doc(
    "Kế hoạch 32/KH-SVHTTDL của Sở VHTTDL Thái Bình về Ngày hội Văn hóa - Thể thao truyền thống tỉnh 14/10/2018 (Báo Thái Bình)",
    "https://baothaibinh.com.vn/tin-tuc/0/71423/chuong-trinh-ngay-hoi-v-n-hoa-the-thao-truyen-thong-tinh-thai-binh-14-10-2018",
    date="2018-09-10",  # unsure: not shown; before the first activity on 15/9/2018
)
N30_1 = Cell(N30, "tổ chức từ ngày 15/9 đến ngày 30/9/2018", "W 2018-09-15..2018-09-30")
N30_2 = Cell(N30, "tổ chức trong hai ngày 13, 14/10/2018", "W 2018-10-13..2018-10-14")
N30_3 = Cell(N30, "vào hồi 19 giờ 30 ngày 12/10/2018", "O 2018-10-12T19:30")
N30_4 = Cell(N30, "từ ngày 18 đến 21/10/2018", "W 2018-10-18..2018-10-21")
N30_5 = Cell(N30, "vào hồi 20 giờ ngày 13/10/2017", "O 2017-10-13T20:00")  # unsure: surely a slip for 2018 (every other activity is in October 2018); taken as written
N30_6 = Cell(N30, "Khai mạc 19 giờ 30 ngày 14/10/2018", "O 2018-10-14T19:30")

# Giải bóng đá Futsal khối công chức, viên chức tỉnh Thái Bình năm 2015, Sở VHTTDL (Thái Bình TV, 15/5/2015) — https://thaibinhtv.vn/news/40/23352/boc-tham-chia-bang-giai-bong-da-futsal
N31 = Doc(
    "Lịch thi đấu Giải bóng đá Futsal khối công chức, viên chức tỉnh Thái Bình năm 2015 của Sở VHTTDL (Thái Bình TV, 15/5/2015)",
    "https://thaibinhtv.vn/news/40/23352/boc-tham-chia-bang-giai-bong-da-futsal",
    date="2015-05-15",
)
N31_1 = Cell(N31, "vào sáng ngày 19-5", "O 2015-05-19")
N31_2 = Cell(N31, "vào các ngày từ 23/5 - 21/6", "W 2015-05-23..2015-06-21")
N31_3 = Cell(N31, "vào ngày 13 - 6", "O 2015-06-13")
N31_4 = Cell(N31, "vào ngày 21- 6", "O 2015-06-21")
N31_5 = Cell(N31, "Thời gian thi đấu buổi sáng từ 8 giờ, chiều từ 14 giờ 30 phút", "U")  # times with no date

# Cuộc thi trắc nghiệm tìm hiểu Đề cương văn hóa, tỉnh Thái Bình 2023 (trang cuộc thi) — http://thitracnghiemdecuongvanhoa.thaibinh.gov.vn/index.html
N32 = Doc(
    "Thể lệ cuộc thi trắc nghiệm trực tuyến tìm hiểu Đề cương về văn hóa Việt Nam tỉnh Thái Bình năm 2023 (trang cuộc thi)",
    "http://thitracnghiemdecuongvanhoa.thaibinh.gov.vn/index.html",
    date="2023-03-20",  # unsure: not shown; before the launch on 29/3/2023
)
N32_1 = Cell(N32, "bắt đầu sau khi ấn nút phát động ngày 29/3/2023 và kết thúc vào 10h00' ngày 08/4/2023", "W 2023-03-29..2023-04-08")  # unsure: the 10:00 end not carried
N32_2 = Cell(N32, "bắt đầu từ 10h00' ngày 14/4/2023 và kết thúc vào 10h00' ngày 24/4/2023.", "W 2023-04-14..2023-04-24")  # unsure: the 10:00 bounds not carried
N32_3 = Cell(N32, "vào dịp Kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh", "O 2023-05-19",
             events={"Kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh": "2023-05-19"})  # unsure: "vào dịp" is around the day

# Công văn UBND tỉnh Ninh Bình về kiểm tra dự án cải tạo nâng cấp hồ Thường Xung (Nhân Dân, theo Báo Mới, 2017) — https://m.baomoi.com/ninh-binh-kiem-tra-du-an-cai-tao-nang-cap-ho-thuong-xung/c/22778246.epi
N33 = Doc(
    "Công văn của UBND tỉnh Ninh Bình về kiểm tra, xem xét dự án cải tạo nâng cấp hồ Thường Xung, huyện Nho Quan (Nhân Dân, tháng 7/2017)",
    "https://m.baomoi.com/ninh-binh-kiem-tra-du-an-cai-tao-nang-cap-ho-thuong-xung/c/22778246.epi",
    date="2017-07-14",  # unsure: not shown; after the 12/7 report it answers
)
N33_1 = Cell(N33, "báo cáo UBND tỉnh trước ngày 20-7-2017", "D 2017-07-19")

# UBND thành phố Hà Nội giao chỉ tiêu gọi công dân nhập ngũ năm 2019 (Dân quân tự vệ, 12/2018) — https://www.dqtv.vn/2018/12/ha-noi-giao-chi-tieu-3500-cong-dan-nhap.html
N34 = Doc(
    "Quyết định của UBND thành phố Hà Nội giao chỉ tiêu gọi 3.500 công dân nhập ngũ năm 2019 (theo trang Dân quân tự vệ, tháng 12/2018)",
    "https://www.dqtv.vn/2018/12/ha-noi-giao-chi-tieu-3500-cong-dan-nhap.html",
    date="2018-12-20",  # unsure: not shown; December 2018
)
N34_1 = Cell(N34, "Thời gian tổ chức giao, nhận công dân nhập ngũ vào sáng 20-2-2019.", "O 2019-02-20")


CELLS = [
    N01_1, N01_2, N01_3, N01_4, N01_5, N01_6, N01_7, N01_8,
    N02_1, N02_2, N02_3, N02_4, N02_5, N02_6,
    N03_1, N03_2, N03_3,
    N04_1, N04_2,
    N05_1, N05_2, N05_3, N05_4, N05_5, N05_6, N05_7, N05_8,
    N06_1, N06_2, N06_3, N06_4, N06_5, N06_6, N06_7, N06_8,
    N07_1, N07_2, N07_3, N07_4, N07_5, N07_6, N07_7, N07_8, N07_9, N07_10, N07_11,
    N08_1, N08_2, N08_3, N08_4, N08_5,
    N09_1, N09_2, N09_3, N09_4, N09_5, N09_6, N09_7, N09_8, N09_9, N09_10, N09_11, N09_12,
    N10_1, N10_2,
    N11_1, N11_2, N11_3,
    N12_1, N12_2, N12_3,
    N13_1, N13_2,
    N14_1, N14_2, N14_3,
    N15_1,
    N16_1, N16_2, N16_3,
    N17_1, N17_2, N17_3, N17_4,
    N18_1,
    N19_1,
    N20_1, N20_2, N20_3,
    N21_1,
    N22_1, N22_2, N22_3,
    N23_1, N23_2,
    N24_1, N24_2, N24_3,
    N25_1,
    N26_1,
    N27_1,
    N28_1, N28_2, N28_3,
    N29_1,
    N30_1, N30_2, N30_3, N30_4, N30_5, N30_6,
    N31_1, N31_2, N31_3, N31_4, N31_5,
    N32_1, N32_2, N32_3,
    N33_1,
    N34_1,
]
