"""Held-out real timing cells from Vietnamese plans, schedules and notices on health, education and
training, labour, social welfare, ethnic minorities, poverty reduction and inspection / citizen
reception (thanh tra, tiếp công dân), with expected answers worked out by hand from the words and a
calendar (python's datetime for weekdays and month lengths, lunar_vn to check lunar glosses).
Collected without reading the resolver; to be scored once.

How collected: from the stored "pages" corpus of the search tool, which keeps only the opening part of
each page, so the cells are the timing phrases of a document (a plan, a schedule, a notice, or a
portal or news report quoting one) taken in order from the start of what is readable. Where the
opening holds a real schedule table (Tây Sơn, Hải Dương, Sở Y tế Thái Bình, Phú Yên), every timing
cell of the visible table is taken in order; where a table splits the month and the day into two
columns, the row's two timing cells are joined as "Tháng M: <day cell>". Where a document is prose,
the cell is the timing clause with its own lead words as written. Not taken: dates of issue, dates of
other documents, years that are only part of a name, and a leading duration ("trong 1 ngày") when it
stands apart from the dated clause. None of the addresses is in notes/used_sources.txt. The GitHub
mirror tnt305/tai_lieu_noi_bo was not used, because its dataset folder is listed there.
"""
from tests.corpus.spec import Cell, Doc

# --- inspection, complaints, citizen reception (thanh tra, tiếp công dân) --------------------------

# Lịch tiếp công dân định kỳ của Chủ tịch UBND xã Tây Sơn năm 2025 (sau khi sáp nhập), tỉnh Gia Lai — https://tayson.gialai.gov.vn/danh-muc-phai-tren/lich-tiep-cong-dan
S01 = Doc(
    "Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND xã Tây Sơn (Gia Lai) năm 2025, sau khi sáp nhập (date approximate)",
    "https://tayson.gialai.gov.vn/danh-muc-phai-tren/lich-tiep-cong-dan",
    date="2025-07-01",  # unsure: not shown; the table starts with July 2025, the new commune dates from 1/7/2025
    end="2025-12-31",
)
# Lịch tiếp công dân của Chủ tịch UBND tỉnh Hải Dương năm 2024 (Cổng TTĐT tỉnh) — https://haiduong.gov.vn/2024/Trang/lichtiepcongdan.aspx
S02 = Doc(
    "Thông báo của UBND tỉnh Hải Dương về lịch tiếp công dân của Chủ tịch UBND tỉnh năm 2024 (date approximate)",
    "https://haiduong.gov.vn/2024/Trang/lichtiepcongdan.aspx",
    date="2024-01-02",  # unsure: not shown; before the first reception day 12/01/2024
    end="2024-12-31",
)
# Văn phòng UBND tỉnh Bình Dương thông báo hoãn tiếp công dân định kỳ tháng 12/2024 của Chủ tịch UBND tỉnh — https://binhduong.gov.vn:443/dau-tu-thong-tin-can-biet/2024/12/861-hoan-tiep-cong-dan-dinh-ky-thang-12-2024-cua-chu-tich-ubnd-tin
S03 = Doc(
    "Thông báo của Văn phòng UBND tỉnh Bình Dương hoãn tiếp công dân định kỳ tháng 12/2024 của Chủ tịch UBND tỉnh (date approximate)",
    "https://binhduong.gov.vn:443/dau-tu-thong-tin-can-biet/2024/12/861-hoan-tiep-cong-dan-dinh-ky-thang-12-2024-cua-chu-tich-ubnd-tin",
    date="2024-12-16",  # unsure: not shown; December 2024, before the reception day 17/12/2024
)
# Lịch tiếp công dân năm 2022 của Sở Y tế Thái Bình — https://soyte.thaibinh.gov.vn/lich-tiep-cong-dan?isFeatured=1
S04 = Doc(
    "Lịch tiếp công dân năm 2022 của Giám đốc Sở Y tế tỉnh Thái Bình (Cổng TTĐT Sở Y tế) (date approximate)",
    "https://soyte.thaibinh.gov.vn/lich-tiep-cong-dan?isFeatured=1",
    date="2022-01-04",  # unsure: not shown; the schedule covers the whole of 2022
    end="2022-12-31",
)
# Sở GD&ĐT Nam Định thông báo lịch tiếp công dân năm 2019 (Giáo dục & Thời đại, 3/1/2019) — https://giaoducthoidai.vn/giao-duc/giam-doc-so-gddt-tiep-cong-dan-1-ngaythang-3973814-v.html
S05 = Doc(
    "Thông báo lịch tiếp công dân năm 2019 của Sở Giáo dục và Đào tạo Nam Định (Giáo dục & Thời đại, 03/01/2019)",
    "https://giaoducthoidai.vn/giao-duc/giam-doc-so-gddt-tiep-cong-dan-1-ngaythang-3973814-v.html",
    date="2019-01-03",
    end="2019-12-31",
)
# Kế hoạch của UBND tỉnh Bình Dương triển khai kê khai, công khai tài sản, thu nhập năm 2023 (Thanh tra) — https://thanhtra.com.vn/phong-chong-tham-nhung/tin-tuc/binh-duong-trien-khai-thuc-hien-ke-khai-cong-khai-tai-san-thu-nhap-nam-2023-218436.html
S06 = Doc(
    "Kế hoạch của UBND tỉnh Bình Dương triển khai thực hiện kê khai, công khai tài sản, thu nhập năm 2023 (Báo Thanh tra) (date approximate)",
    "https://thanhtra.com.vn/phong-chong-tham-nhung/tin-tuc/binh-duong-trien-khai-thuc-hien-ke-khai-cong-khai-tai-san-thu-nhap-nam-2023-218436.html",
    date="2023-11-20",  # unsure: not shown; before the first deadline 10/12/2023
)

# --- education and training -------------------------------------------------------------------------

# UBND tỉnh Quảng Ngãi ban hành khung kế hoạch thời gian năm học 2024 - 2025 (Báo Quảng Ngãi, 8/2024) — https://baoquangngai.vn/giao-duc/202408/hoc-sinh-tuu-truong-vao-ngay-298-6b739d1
S07 = Doc(
    "Quyết định của UBND tỉnh Quảng Ngãi ban hành khung kế hoạch thời gian năm học 2024 - 2025 đối với giáo dục mầm non, phổ thông và thường xuyên (Báo Quảng Ngãi, tháng 8/2024) (date approximate)",
    "https://baoquangngai.vn/giao-duc/202408/hoc-sinh-tuu-truong-vao-ngay-298-6b739d1",
    date="2024-08-01",  # unsure: not shown; August 2024, before the first school day 22/8/2024
)
# Sở GD-ĐT Phú Yên: lịch chấm thi, xét tuyển vào lớp 10 THPT năm học 2022-2023 (Báo Phú Yên, 16/6/2022) — https://baophuyen.vn/79/277774/ngay-22-6-se-cong-bo-diem-thi-tuyen-sinh-vao-lop-10-thpt.html
S08 = Doc(
    "Lịch chấm thi, công bố điểm và xét tuyển vào lớp 10 THPT năm học 2022-2023 của Sở GD-ĐT Phú Yên (Báo Phú Yên, 16/6/2022)",
    "https://baophuyen.vn/79/277774/ngay-22-6-se-cong-bo-diem-thi-tuyen-sinh-vao-lop-10-thpt.html",
    date="2022-06-16",
)
# Kế hoạch kiểm tra thường kỳ công tác Y tế trường học năm 2019 của BCĐ YTTH huyện Bình Liêu (Phòng GD&ĐT) — http://pgdbinhlieu.edu.vn/tin-hoat-dong/id/217424/kiem-tra-thuong-ky-cong-tac-y-te-truong-hoc-nam-2019.aspx
S09 = Doc(
    "Kế hoạch kiểm tra thường kỳ công tác y tế trường học năm 2019 của Ban chỉ đạo công tác YTTH huyện Bình Liêu, Quảng Ninh (Phòng GD&ĐT) (date approximate)",
    "http://pgdbinhlieu.edu.vn/tin-hoat-dong/id/217424/kiem-tra-thuong-ky-cong-tac-y-te-truong-hoc-nam-2019.aspx",
    date="2019-03-25",  # unsure: not shown; before the checks of April 2019
)
# Sở GD-ĐT Hà Nội: lịch nghỉ Tết Nguyên đán Mậu Tuất 2018 của học sinh (Báo Tin tức, 11/01/2018) — https://baotintuc.vn/infographics/lich-nghi-tet-nguyen-dan-mau-tuat-2018-cua-hoc-sinh-ha-noi-va-tp-ho-chi-minh-20180111113136717.htm
S10 = Doc(
    "Thông báo của Sở GD-ĐT Hà Nội về lịch nghỉ Tết Nguyên đán Mậu Tuất 2018 của học sinh (Báo Tin tức, 11/01/2018)",
    "https://baotintuc.vn/infographics/lich-nghi-tet-nguyen-dan-mau-tuat-2018-cua-hoc-sinh-ha-noi-va-tp-ho-chi-minh-20180111113136717.htm",
    date="2018-01-11",
)
# Sở GD&ĐT Hà Nội: nghỉ Tết Nguyên đán Canh Tý 2020 (VTV, 28/12/2019) — https://vtv.vn/chao-buoi-sang/hoc-sinh-ha-noi-duoc-nghi-tet-nguyen-dan-canh-ty-8-ngay-20191228055705296.htm
S11 = Doc(
    "Thông báo của Sở GD&ĐT Hà Nội về thời gian nghỉ Tết Nguyên đán Canh Tý 2020 (VTV, 28/12/2019)",
    "https://vtv.vn/chao-buoi-sang/hoc-sinh-ha-noi-duoc-nghi-tet-nguyen-dan-canh-ty-8-ngay-20191228055705296.htm",
    date="2019-12-28",
)
# TP HCM: học sinh nghỉ Tết Mậu Tý 12 ngày (Hanoinet qua Báo Mới) — https://m.baomoi.com/hoc-sinh-nghi-tet-dai-ngay-mung-va-lo/c/1322823.epi
S12 = Doc(
    "Lịch nghỉ Tết Mậu Tý 2008 của học sinh TP HCM theo chủ trương \"giảm nghỉ hè, tăng nghỉ tết\" (Hanoinet, Báo Mới) (date approximate)",
    "https://m.baomoi.com/hoc-sinh-nghi-tet-dai-ngay-mung-va-lo/c/1322823.epi",
    date="2008-01-15",  # unsure: not shown; the holiday is Tết Mậu Tý (2008), announced shortly before
)

# --- labour ----------------------------------------------------------------------------------------------

# Trung tâm Lao động ngoài nước (Bộ Nội vụ): kế hoạch tuyển chọn lao động EPS quý IV-2025 (Người Lao Động, 22/10/2025) — https://nld.com.vn/tuyen-lao-dong-sang-han-quoc-lam-viec-theo-chuong-trinh-eps-196251022113427652.htm
S13 = Doc(
    "Thông báo của Trung tâm Lao động ngoài nước (Bộ Nội vụ) về kế hoạch tuyển chọn lao động đi làm việc tại Hàn Quốc theo Chương trình EPS quý IV-2025 (Người Lao Động, 22/10/2025)",
    "https://nld.com.vn/tuyen-lao-dong-sang-han-quoc-lam-viec-theo-chuong-trinh-eps-196251022113427652.htm",
    date="2025-10-22",  # unsure: the notice's own date is not shown; the report's date
)
# Trung tâm Lao động ngoài nước: kế hoạch tuyển chọn lao động EPS tháng 12/2025 (VnEconomy, 19/11/2025) — https://vneconomy.vn/chi-tiet-ke-hoach-tuyen-chon-lao-dong-di-lam-viec-tai-han-quoc.htm
S14 = Doc(
    "Thông báo của Trung tâm Lao động ngoài nước (Bộ Nội vụ) về kế hoạch tuyển chọn lao động người nước ngoài tháng 12/2025 của phía Hàn Quốc (VnEconomy, 19/11/2025)",
    "https://vneconomy.vn/chi-tiet-ke-hoach-tuyen-chon-lao-dong-di-lam-viec-tai-han-quoc.htm",
    date="2025-11-19",  # unsure: the notice's own date is not shown; the report's date
)
# Bộ Nội vụ: Tháng hành động về an toàn, vệ sinh lao động năm 2025 (Dân trí, 9/4/2025) — https://dantri.com.vn/lao-dong-viec-lam/tang-cuong-danh-gia-nhan-dien-rui-ro-an-toan-lao-dong-20250409134551883.htm
S15 = Doc(
    "Kế hoạch Tháng hành động về an toàn, vệ sinh lao động năm 2025, công bố tại họp báo của Bộ Nội vụ ngày 09/4/2025 (Dân trí)",
    "https://dantri.com.vn/lao-dong-viec-lam/tang-cuong-danh-gia-nhan-dien-rui-ro-an-toan-lao-dong-20250409134551883.htm",
    date="2025-04-09",
)

# --- social welfare, children, gender equality ---------------------------------------------------------

# Nghị quyết 418/NQ-CP ngày 28/12/2025 về tặng quà nhân dịp Đại hội XIV và Tết Bính Ngọ (Thanh Niên) — https://thanhnien.vn/dang-nha-nuoc-tang-qua-nhan-dip-dai-hoi-xiv-va-tet-nguyen-dan-185251228223050781.htm
S16 = Doc(
    "Nghị quyết 418/NQ-CP ngày 28/12/2025 của Chính phủ về tặng quà của Đảng, Nhà nước nhân dịp Đại hội XIV và Tết Nguyên đán Bính Ngọ 2026 (Thanh Niên)",
    "https://thanhnien.vn/dang-nha-nuoc-tang-qua-nhan-dip-dai-hoi-xiv-va-tet-nguyen-dan-185251228223050781.htm",
    date="2025-12-28",
)
# Kế hoạch của UBND TP Hồ Chí Minh tổ chức Tháng hành động vì trẻ em năm 2022 (Website Văn phòng UBND TP) — https://vpub.hochiminhcity.gov.vn/portal/pages/2022-5-23/Trien-khai-Thang-hanh-dong-vi-tre-em-nam-2022-trenr4bxugvqgbzb.aspx
S17 = Doc(
    "Kế hoạch của UBND TP Hồ Chí Minh tổ chức Tháng hành động vì trẻ em năm 2022 (Website Văn phòng UBND TP) (date approximate)",
    "https://vpub.hochiminhcity.gov.vn/portal/pages/2022-5-23/Trien-khai-Thang-hanh-dong-vi-tre-em-nam-2022-trenr4bxugvqgbzb.aspx",
    date="2022-05-23",  # unsure: the plan's own date is not shown; the page's date
    end="2022-12-31",
)
# Kế hoạch của UBND tỉnh An Giang triển khai Tháng hành động vì trẻ em năm 2021 (Báo An Giang, 06/05/2021) — https://baoangiang.com.vn/an-giang-trien-khai-thuc-hien-thang-hanh-dong-vi-tre-em-nam-2021-a302595.html
S18 = Doc(
    "Kế hoạch của UBND tỉnh An Giang triển khai thực hiện Tháng hành động vì trẻ em năm 2021 (Báo An Giang, 06/05/2021)",
    "https://baoangiang.com.vn/an-giang-trien-khai-thuc-hien-thang-hanh-dong-vi-tre-em-nam-2021-a302595.html",
    date="2021-05-06",  # unsure: the plan's own date is not shown; the report's date
)
# UBND TP Đà Nẵng triển khai "Tháng hành động vì trẻ em" năm 2023 (Báo Công an Đà Nẵng, 08/05/2023) — https://cadn.com.vn/print/da-nang-trien-khai-thang-hanh-dong-vi-tre-em-nam-2023-post277236.html
S19 = Doc(
    "Văn bản của UBND TP Đà Nẵng triển khai \"Tháng hành động vì trẻ em\" năm 2023 (Báo Công an Đà Nẵng, 08/05/2023)",
    "https://cadn.com.vn/print/da-nang-trien-khai-thang-hanh-dong-vi-tre-em-nam-2023-post277236.html",
    date="2023-05-08",  # unsure: the document's own date is not shown; the report's date
)
# Kế hoạch Tháng hành động vì trẻ em tỉnh Hải Dương năm 2024 (Cổng TTĐT tỉnh) — https://haiduong.gov.vn/2024/Trang/ke-hoach-thang-hanh-dong-vi-tre-em-tinh-hai-duong-nam-2024.aspx
S20 = Doc(
    "Kế hoạch của UBND tỉnh Hải Dương về Tháng hành động vì trẻ em năm 2024 (Cổng TTĐT tỉnh) (date approximate)",
    "https://haiduong.gov.vn/2024/Trang/ke-hoach-thang-hanh-dong-vi-tre-em-tinh-hai-duong-nam-2024.aspx",
    date="2024-05-10",  # unsure: not shown; May 2024, before the month of action
)
# Kế hoạch ngày 13/5/2024 của UBND huyện Vĩnh Linh (Quảng Trị) triển khai Tháng hành động Vì trẻ em năm 2024 — https://vinhlinh.quangtri.gov.vn/chi-tiet/-/view-article/1/1647698216855/1715590978615
S21 = Doc(
    "Kế hoạch ngày 13/5/2024 của UBND huyện Vĩnh Linh, tỉnh Quảng Trị triển khai Tháng hành động Vì trẻ em năm 2024",
    "https://vinhlinh.quangtri.gov.vn/chi-tiet/-/view-article/1/1647698216855/1715590978615",
    date="2024-05-13",
)
# Kế hoạch 2604/KH-UBND năm 2022 của UBND tỉnh Gia Lai, Tháng hành động vì bình đẳng giới (Gia Lai TV, 14/11/2022) — http://gialaitv.vn/tin-tuc/tin-dia-phuong/trien-khai-thang-hanh-dong-vi-binh-dang-gioi-va-phong-ngua-ung-pho-voi-bao-luc-tren-co-so-gioi-nam-2022/
S22 = Doc(
    "Kế hoạch 2604/KH-UBND năm 2022 của UBND tỉnh Gia Lai triển khai Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2022 (Gia Lai TV) (date approximate)",
    "http://gialaitv.vn/tin-tuc/tin-dia-phuong/trien-khai-thang-hanh-dong-vi-binh-dang-gioi-va-phong-ngua-ung-pho-voi-bao-luc-tren-co-so-gioi-nam-2022/",
    date="2022-11-10",  # unsure: not shown; shortly before the report of 14/11/2022
)
# UBND tỉnh Bạc Liêu phát động Tháng hành động vì bình đẳng giới năm 2019 (Báo Bạc Liêu, 15/11/2019) — http://www.baobaclieu.vn/tin-tuc/phat-dong-thang-hanh-dong-vi-binh-dang-gioi-va-phong-chong-bao-luc-tren-co-so-gioi-2019-62026.html
S23 = Doc(
    "Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới năm 2019 do UBND tỉnh Bạc Liêu phát động (Báo Bạc Liêu, 15/11/2019)",
    "http://www.baobaclieu.vn/tin-tuc/phat-dong-thang-hanh-dong-vi-binh-dang-gioi-va-phong-chong-bao-luc-tren-co-so-gioi-2019-62026.html",
    date="2019-11-15",
)
# Bộ LĐTBXH và UBND TP Cần Thơ phát động Tháng hành động vì bình đẳng giới cấp quốc gia 2018 (Đại Đoàn Kết, 15/11/2018) — https://daidoanket.vn/can-tho-phat-dong-thang-hanh-dong-binh-dang-gioi-10115319.html
S24 = Doc(
    "Lễ phát động Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới cấp quốc gia năm 2018 của Bộ LĐTBXH và UBND TP Cần Thơ (Đại Đoàn Kết, 15/11/2018)",
    "https://daidoanket.vn/can-tho-phat-dong-thang-hanh-dong-binh-dang-gioi-10115319.html",
    date="2018-11-15",
)
# Huyện Ninh Sơn (Ninh Thuận) phát động Tháng hành động vì bình đẳng giới 2018 (Báo Ninh Thuận) — https://baoninhthuan.com.vn/news/103447p24c32/ninh-son-phat-dong-thang-hanh-dong-vi-binh-dang-gioi-2018.htm
S25 = Doc(
    "Tháng hành động vì bình đẳng giới năm 2018 của huyện Ninh Sơn, tỉnh Ninh Thuận (Báo Ninh Thuận) (date approximate)",
    "https://baoninhthuan.com.vn/news/103447p24c32/ninh-son-phat-dong-thang-hanh-dong-vi-binh-dang-gioi-2018.htm",
    date="2018-11-15",  # unsure: not shown; the launch of the 2018 month
)

# --- poverty reduction -------------------------------------------------------------------------------------

# Kế hoạch 1734/KH-UBND năm 2018 của UBND tỉnh Gia Lai điều tra, rà soát hộ nghèo, cận nghèo (Báo Gia Lai, 8/2018) — https://baogialai.com.vn/channel/12378/201808/dieu-tra-ra-soat-ho-ngheo-va-can-ngheo-5595302/
S26 = Doc(
    "Kế hoạch 1734/KH-UBND năm 2018 của UBND tỉnh Gia Lai về điều tra, rà soát hộ nghèo, hộ cận nghèo và hộ có mức sống trung bình (Báo Gia Lai, tháng 8/2018) (date approximate)",
    "https://baogialai.com.vn/channel/12378/201808/dieu-tra-ra-soat-ho-ngheo-va-can-ngheo-5595302/",
    date="2018-08-20",  # unsure: not shown; August 2018
)

# --- ethnic minorities ------------------------------------------------------------------------------------

# Kế hoạch 238/KH-UBND của UBND tỉnh Bà Rịa - Vũng Tàu tổ chức Đại hội đại biểu các DTTS lần thứ IV năm 2024 (Báo BR-VT, 20/11/2023) — https://baobariavungtau.com.vn/xa-hoi/202311/truoc-ngay-3052024-to-chuc-xong-dai-hoi-cac-dan-toc-thieu-so-cap-huyen-996280/
S27 = Doc(
    "Kế hoạch 238/KH-UBND năm 2023 của UBND tỉnh Bà Rịa - Vũng Tàu tổ chức Đại hội đại biểu các dân tộc thiểu số cấp tỉnh, cấp huyện lần thứ IV năm 2024 (Báo Bà Rịa - Vũng Tàu, 20/11/2023) (date approximate)",
    "https://baobariavungtau.com.vn/xa-hoi/202311/truoc-ngay-3052024-to-chuc-xong-dai-hoi-cac-dan-toc-thieu-so-cap-huyen-996280/",
    date="2023-11-20",  # unsure: the plan's own date is not shown; the report's date
)
# Ban Tổ chức Đại hội Đại biểu các DTTS tỉnh Bà Rịa - Vũng Tàu lần thứ IV họp ngày 27/8/2024 — https://baobariavungtau.com.vn/chinh-tri/202408/cong-tac-chuan-bi-dai-hoi-dai-bieu-cac-dan-toc-thieu-so-tinh-co-ban-hoan-tat-1019570
S28 = Doc(
    "Kết luận cuộc họp Ban Tổ chức Đại hội Đại biểu các dân tộc thiểu số tỉnh Bà Rịa - Vũng Tàu lần thứ IV năm 2024, ngày 27/8/2024 (Báo Bà Rịa - Vũng Tàu)",
    "https://baobariavungtau.com.vn/chinh-tri/202408/cong-tac-chuan-bi-dai-hoi-dai-bieu-cac-dan-toc-thieu-so-tinh-co-ban-hoan-tat-1019570",
    date="2024-08-27",
)
# Quyết định 1062/QĐ-TTg ngày 22/8/2018 phê duyệt Đề án tổ chức Đại hội đại biểu các DTTS (Ban Dân tộc Thái Nguyên) — http://bandantoc.thainguyen.gov.vn/-/thu-tuong-chinh-phu-phe-duyet-e-an-to-chuc-ai-hoi-ai-bieu-cac-dan-toc-thieu-so
S29 = Doc(
    "Quyết định 1062/QĐ-TTg ngày 22/8/2018 của Thủ tướng Chính phủ phê duyệt Đề án tổ chức Đại hội đại biểu các dân tộc thiểu số cấp huyện, cấp tỉnh lần thứ III năm 2019 và toàn quốc lần thứ II năm 2020 (Ban Dân tộc tỉnh Thái Nguyên)",
    "http://bandantoc.thainguyen.gov.vn/-/thu-tuong-chinh-phu-phe-duyet-e-an-to-chuc-ai-hoi-ai-bieu-cac-dan-toc-thieu-so",
    date="2018-08-22",
)
# UBND tỉnh Quảng Trị làm việc với Ban Dân tộc về chuẩn bị Đại hội đại biểu các DTTS lần thứ IV năm 2024 (Quảng Trị TV) — http://quangtritv.vn/bai-viet/ubnd-tinh-lam-viec-voi-ban-dan-toc-tinh-ve-cong-tac-chuan-bi-to-chuc-dai-hoi-dai-bieu-cac-dan-toc-thieu-so-cap-huyen-cap-tinh-lan-thu-iv-31659
S30 = Doc(
    "Kết luận buổi làm việc của UBND tỉnh Quảng Trị với Ban Dân tộc tỉnh về chuẩn bị Đại hội đại biểu các dân tộc thiểu số cấp huyện, cấp tỉnh lần thứ IV năm 2024 (Quảng Trị TV) (date approximate)",
    "http://quangtritv.vn/bai-viet/ubnd-tinh-lam-viec-voi-ban-dan-toc-tinh-ve-cong-tac-chuan-bi-to-chuc-dai-hoi-dai-bieu-cac-dan-toc-thieu-so-cap-huyen-cap-tinh-lan-thu-iv-31659",
    date="2024-05-01",  # unsure: not shown; before June 2024 (it sets work "trước tháng 6/2024")
)
# Ban chỉ đạo Đại hội đại biểu các DTTS huyện Vĩnh Cửu lần thứ IV năm 2024 họp ngày 15/5 (Cổng TTĐT huyện) — https://vinhcuu.dongnai.gov.vn/Pages/newsdetail.aspx?NewsId=10389&CatId=119
S31 = Doc(
    "Kết luận cuộc họp Ban chỉ đạo, Ban tổ chức Đại hội đại biểu các dân tộc thiểu số huyện Vĩnh Cửu (Đồng Nai) lần thứ IV năm 2024, ngày 15/5/2024",
    "https://vinhcuu.dongnai.gov.vn/Pages/newsdetail.aspx?NewsId=10389&CatId=119",
    date="2024-05-15",
)

# --- health ------------------------------------------------------------------------------------------------

# Ủy ban Quốc gia phòng, chống AIDS phát động Tháng hành động quốc gia phòng, chống HIV/AIDS năm 2019 (BHXH Việt Nam, 16/10/2019) — https://baohiemxahoi.gov.vn/tintuc/Pages/an-sinh-xa-hoi.aspx?CateID=170&ItemID=13647
S32 = Doc(
    "Văn bản của Ủy ban Quốc gia phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm phát động Tháng hành động quốc gia phòng, chống HIV/AIDS năm 2019 (Cổng TTĐT BHXH Việt Nam, 16/10/2019)",
    "https://baohiemxahoi.gov.vn/tintuc/Pages/an-sinh-xa-hoi.aspx?CateID=170&ItemID=13647",
    date="2019-10-16",
)
# Kế hoạch của TP Hà Nội về Tháng hành động quốc gia phòng, chống HIV/AIDS năm 2025 (Gia đình & Xã hội, 5/11/2025) — https://giadinh.suckhoedoisong.vn/ha-noi-day-manh-cac-hoat-dong-trong-thang-hanh-dong-quoc-gia-phong-chong-hiv-aids-172251104222109575.htm
S33 = Doc(
    "Kế hoạch của UBND TP Hà Nội tổ chức Tháng hành động quốc gia phòng, chống HIV/AIDS năm 2025 (Gia đình & Xã hội, 05/11/2025) (date approximate)",
    "https://giadinh.suckhoedoisong.vn/ha-noi-day-manh-cac-hoat-dong-trong-thang-hanh-dong-quoc-gia-phong-chong-hiv-aids-172251104222109575.htm",
    date="2025-11-04",  # unsure: the plan's own date is not shown; just before the report
)
# Kế hoạch của UBND TP Hà Nội tổ chức Tháng hành động quốc gia phòng, chống HIV/AIDS năm 2013 (Hà Nội Mới qua Báo Mới) — https://www.baomoi.com/ha-noi-to-chuc-thang-hanh-dong-quoc-gia-phong-chong-hiv-aids-2013/c/12395821.epi
S34 = Doc(
    "Kế hoạch của UBND TP Hà Nội tổ chức Tháng hành động quốc gia phòng, chống HIV/AIDS năm 2013 (Hà Nội Mới, Báo Mới) (date approximate)",
    "https://www.baomoi.com/ha-noi-to-chuc-thang-hanh-dong-quoc-gia-phong-chong-hiv-aids-2013/c/12395821.epi",
    date="2013-10-25",  # unsure: not shown; 2013, before the month of action
)
# Kế hoạch 107 của UBND xã Đại Lãnh (Vạn Ninh, Khánh Hòa) triển khai "Tháng hành động vì an toàn thực phẩm" năm 2021 — https://dailanh.vanninh.khanhhoa.gov.vn/Default.aspx?ArticleId=870cd878-ec1a-44a8-84a3-9e2f38d0356d
S35 = Doc(
    "Kế hoạch 107 năm 2021 của UBND xã Đại Lãnh, huyện Vạn Ninh, Khánh Hòa triển khai \"Tháng hành động vì an toàn thực phẩm\" năm 2021 (date approximate)",
    "https://dailanh.vanninh.khanhhoa.gov.vn/Default.aspx?ArticleId=870cd878-ec1a-44a8-84a3-9e2f38d0356d",
    date="2021-04-10",  # unsure: not shown; before the month of action
)
# Tỉnh Ninh Thuận triển khai Tháng hành động vì an toàn thực phẩm năm 2020 (Báo Ninh Thuận) — https://baoninhthuan.com.vn/news/112930p155c160/trien-khai-thang-hanh-dong-vi-an-toan-thuc-pham-nam-2020.htm
S36 = Doc(
    "Kế hoạch triển khai Tháng hành động vì an toàn thực phẩm năm 2020 trên địa bàn tỉnh Ninh Thuận (Báo Ninh Thuận) (date approximate)",
    "https://baoninhthuan.com.vn/news/112930p155c160/trien-khai-thang-hanh-dong-vi-an-toan-thuc-pham-nam-2020.htm",
    date="2020-04-10",  # unsure: not shown; before the month of action
)
# Bộ Y tế ban hành kế hoạch "Tháng hành động vì an toàn thực phẩm" năm 2024 (Nhân Dân) — https://nhandan.vn/lap-5-doan-lien-nganh-kiem-tra-an-toan-thuc-pham-post802439.html
S37 = Doc(
    "Kế hoạch của Bộ Y tế triển khai \"Tháng hành động vì an toàn thực phẩm\" năm 2024 (Nhân Dân) (date approximate)",
    "https://nhandan.vn/lap-5-doan-lien-nganh-kiem-tra-an-toan-thuc-pham-post802439.html",
    date="2024-04-05",  # unsure: not shown; shortly before the month of action
)
# Huyện Ninh Sơn (Ninh Thuận) triển khai chiến dịch tiêm vắc xin sởi - rubella 2014-2015 (Báo Ninh Thuận) — https://baoninhthuan.com.vn/news/64560p30c88/ninh-son-trien-khai-chien-dich-tiem-vac-xin-soi-rubella-dot-i-nam-20142015.htm
S38 = Doc(
    "Kế hoạch chiến dịch tiêm vắc xin Sởi - Rubella năm 2014-2015 của huyện Ninh Sơn, tỉnh Ninh Thuận (Báo Ninh Thuận) (date approximate)",
    "https://baoninhthuan.com.vn/news/64560p30c88/ninh-son-trien-khai-chien-dich-tiem-vac-xin-soi-rubella-dot-i-nam-20142015.htm",
    date="2014-10-08",  # unsure: not shown; before the first round of 15/10/2014
)
# Kế hoạch 6009/KH-UBND năm 2024 của UBND tỉnh Bình Dương triển khai chiến dịch tiêm vắc xin Sởi - Rubella — https://binhduong.gov.vn/chinh-quyen-tin-chi-dao-dieu-hanh/2024/10/459-binh-duong-trien-khai-chien-dich-tiem-vac-xin-soi-rubella-cho-tre-tu-01-den-10-tuo
S39 = Doc(
    "Kế hoạch 6009/KH-UBND năm 2024 của UBND tỉnh Bình Dương triển khai Chiến dịch tiêm vắc xin Sởi - Rubella cho trẻ từ 01 đến 10 tuổi (Cổng TTĐT tỉnh) (date approximate)",
    "https://binhduong.gov.vn/chinh-quyen-tin-chi-dao-dieu-hanh/2024/10/459-binh-duong-trien-khai-chien-dich-tiem-vac-xin-soi-rubella-cho-tre-tu-01-den-10-tuo",
    date="2024-10-15",  # unsure: not shown; October 2024, before the campaign
)
# Đắk Lắk mở đầu chiến dịch tiêm chủng vaccine sởi, rubella (VTV, 15/9/2014) — https://vtv.vn/suc-khoe/dak-lak-mo-dau-chien-dich-tiem-chung-vaccine-soi-rubella-20140915140048894.htm
S40 = Doc(
    "Chiến dịch tiêm chủng vaccine sởi, rubella toàn quốc 2014-2015 của Bộ Y tế, mở đầu tại Đắk Lắk ngày 15/9/2014 (VTV)",
    "https://vtv.vn/suc-khoe/dak-lak-mo-dau-chien-dich-tiem-chung-vaccine-soi-rubella-20140915140048894.htm",
    date="2014-09-15",
)
# Kế hoạch 54/KH-UBND ngày 27/3/2020 của UBND tỉnh Lạng Sơn, Chương trình chăm sóc dinh dưỡng 1.000 ngày đầu đời (Dữ liệu pháp luật) — https://dulieuphapluat.vn/van-ban/the-thao-y-te-van-ban/ke-hoach-54kh-ubnd-nam-2020-ve-hanh-dong-thuc-hien-chuong-trinh-cham-soc-dinh-duong-1000-ngay-dau-doi-nham-phong-chong-suy-dinh-duong-ba-me-tre-em-nang-cao-tam-voc-nguoi-viet-nam-den-nam-2025-tam-nhin-den-nam-2030-tinh-lang-son-1153913.html
S41 = Doc(
    "Kế hoạch 54/KH-UBND ngày 27/3/2020 của UBND tỉnh Lạng Sơn hành động thực hiện Chương trình \"Chăm sóc dinh dưỡng 1.000 ngày đầu đời\" đến năm 2025, tầm nhìn đến năm 2030",
    "https://dulieuphapluat.vn/van-ban/the-thao-y-te-van-ban/ke-hoach-54kh-ubnd-nam-2020-ve-hanh-dong-thuc-hien-chuong-trinh-cham-soc-dinh-duong-1000-ngay-dau-doi-nham-phong-chong-suy-dinh-duong-ba-me-tre-em-nang-cao-tam-voc-nguoi-viet-nam-den-nam-2025-tam-nhin-den-nam-2030-tinh-lang-son-1153913.html",
    date="2020-03-27",
    end="2025-12-31",
)


# === cells, in document order ==========================================================================

# S01 Tây Sơn: the lead sentence, then the table (month column joined to the day column), then the
# standing reception ("(nếu ... trùng vào ngày Lễ, Tết thì ...)" after the lead clause left out).
C01_1 = Cell(S01, "định kỳ vào thứ 5 hàng tuần", "R O 2025-07-03 2025-07-10 ... 2025-12-25")
C01_2 = Cell(S01, "Tháng 7: Ngày 03; 10; 17; 24; 31 (Thứ 5)",
             "O 2025-07-03; O 2025-07-10; O 2025-07-17; O 2025-07-24; O 2025-07-31")
C01_3 = Cell(S01, "Tháng 8: Ngày 07; 14; 21; 28 (Thứ 5)", "O 2025-08-07; O 2025-08-14; O 2025-08-21; O 2025-08-28")
C01_4 = Cell(S01, "Tháng 9: Ngày 04; 11; 18; 25 (Thứ 5)", "O 2025-09-04; O 2025-09-11; O 2025-09-18; O 2025-09-25")
C01_5 = Cell(S01, "Tháng 10: Ngày 02; 9; 16; 23; 30 (Thứ 5)",
             "O 2025-10-02; O 2025-10-09; O 2025-10-16; O 2025-10-23; O 2025-10-30")
C01_6 = Cell(S01, "Tháng 11: Ngày 06; 13; 20; 27 (Thứ 5)", "O 2025-11-06; O 2025-11-13; O 2025-11-20; O 2025-11-27")
C01_7 = Cell(S01, "Tháng 12: Ngày 04;11;18; 25 (Thứ 5)", "O 2025-12-04; O 2025-12-11; O 2025-12-18; O 2025-12-25")
C01_8 = Cell(S01, "thường xuyên trong giờ hành chính vào tất cả các ngày làm việc trong năm", "U")

# S02 Hải Dương: the "Ngày, tháng, năm" column of the table (the weekday column agrees with each date);
# the stored page ends after the November row.
C02_1 = Cell(S02, "12/01/2024", "O 2024-01-12")
C02_2 = Cell(S02, "06/02/2024", "O 2024-02-06")
C02_3 = Cell(S02, "08/3/2024", "O 2024-03-08")
C02_4 = Cell(S02, "10/4/2024", "O 2024-04-10")
C02_5 = Cell(S02, "10/5/2024", "O 2024-05-10")
C02_6 = Cell(S02, "10/6/2024", "O 2024-06-10")
C02_7 = Cell(S02, "10/7/2024", "O 2024-07-10")
C02_8 = Cell(S02, "09/8/2024", "O 2024-08-09")
C02_9 = Cell(S02, "10/9/2024", "O 2024-09-10")
C02_10 = Cell(S02, "10/10/2024", "O 2024-10-10")
C02_11 = Cell(S02, "08/11/2024", "O 2024-11-08")

# S03 Bình Dương
C03_1 = Cell(S03, "vào ngày 17/12/2024", "O 2024-12-17")

# S04 Sở Y tế Thái Bình: the lead sentence (its parenthesis on days off left out), the table
# (month column joined to the "Thứ, ngày" column), the standing reception.
C04_1 = Cell(S04, "định kỳ vào ngày 15 hàng tháng", "R O 2022-01-15 2022-02-15 ... 2022-12-15")  # unsure: the document moves a 15th that falls on a day off to the next working day (its own table shows 17/1, 16/5, 17/10); the repeat is written on the 15th as the words say
C04_2 = Cell(S04, "Tháng 1: Thứ 2, ngày 17", "O 2022-01-17")
C04_3 = Cell(S04, "Tháng 2: Thứ 3, ngày 15", "O 2022-02-15")
C04_4 = Cell(S04, "Tháng 3: Thứ 3, ngày 15", "O 2022-03-15")
C04_5 = Cell(S04, "Tháng 4: Thứ 6, ngày 15", "O 2022-04-15")
C04_6 = Cell(S04, "Tháng 5: Thứ 2, ngày 16", "O 2022-05-16")
C04_7 = Cell(S04, "Tháng 6: Thứ 4, ngày 15", "O 2022-06-15")
C04_8 = Cell(S04, "Tháng 7: Thứ 6, ngày 15", "O 2022-07-15")
C04_9 = Cell(S04, "Tháng 8: Thứ 2, ngày 15", "O 2022-08-15")
C04_10 = Cell(S04, "Tháng 9: Thứ 5, ngày 15", "O 2022-09-15")
C04_11 = Cell(S04, "Tháng 10: Thứ 2, ngày 17", "O 2022-10-17")
C04_12 = Cell(S04, "Tháng 11: Thứ 3, ngày 15", "O 2022-11-15")
C04_13 = Cell(S04, "Tháng 12: Thứ 5, ngày 15", "O 2022-12-15")
C04_14 = Cell(S04, "thường xuyên vào các ngày làm việc trong tuần", "U")

# S05 Sở GD&ĐT Nam Định
C05_1 = Cell(S05, "định kỳ vào ngày thứ 5 tuần thứ 2 hàng tháng", "R O 2019-01-10 2019-02-14 ... 2019-12-12")  # unsure: read as the second Thursday of each month; "Thursday of the month's second week" would differ in months starting Fri-Sun (e.g. 7/2 instead of 14/2)
C05_2 = Cell(S05, "vào tất cả các ngày làm việc trong tuần ( trừ các ngày nghỉ lễ, nghỉ hàng tuần)", "U")
C05_3 = Cell(S05, "ít nhất 1 ngày trong tháng",
             "R W 2019-01-01..2019-01-31 2019-02-01..2019-02-28 ... 2019-12-01..2019-12-31")  # unsure: a monthly duty on a day not fixed, written as each month of the 2019 schedule

# S06 Bình Dương kê khai tài sản, thu nhập
C06_1 = Cell(S06, "trước ngày 10/12/2023", "D 2023-12-09")
C06_2 = Cell(S06, "phải hoàn thành trước ngày 31/12/2023", "D 2023-12-30")
C06_3 = Cell(S06, "7 ngày kể từ ngày nhận được yêu cầu", "U")  # unsure: counted from an undated request, no calendar date
C06_4 = Cell(S06, "Trong thời hạn 20 ngày kể từ ngày nhận được bản kê khai tài sản, thu nhập", "U")  # unsure: counted from an undated filing
C06_5 = Cell(S06, "trước ngày 28/1/2024", "D 2024-01-27")
C06_6 = Cell(S06, "chậm nhất là 5 ngày làm việc, kể từ ngày nộp bản kê khai về Thanh tra tỉnh", "U")  # unsure: counted from an undated filing

# S07 Quảng Ngãi khung kế hoạch thời gian năm học 2024 - 2025
C07_1 = Cell(S07, "vào ngày 29/8/2024", "O 2024-08-29")
C07_2 = Cell(S07, "vào ngày 22/8/2024", "O 2024-08-22")
C07_3 = Cell(S07, "vào ngày 5/9", "O 2024-09-05")
C07_4 = Cell(S07, "vào ngày 6/9/2024", "O 2024-09-06")
C07_5 = Cell(S07, "trước ngày 18/1/2025", "D 2025-01-17")
C07_6 = Cell(S07, "trước ngày 31/5/2025", "D 2025-05-30")
C07_7 = Cell(S07, "trước ngày 31/7/2025", "D 2025-07-30")
C07_8 = Cell(S07, "dự kiến diễn ra từ ngày 5 - 7/6/2025", "W 2025-06-05..2025-06-07")
C07_9 = Cell(S07, "dự kiến diễn ra trong 2 ngày (26 - 27/6/2025)", "W 2025-06-26..2025-06-27")

# S08 Phú Yên tuyển sinh lớp 10
C08_1 = Cell(S08, "từ ngày 16-22/6", "W 2022-06-16..2022-06-22")
C08_2 = Cell(S08, "trong ngày 22/6", "O 2022-06-22")
C08_3 = Cell(S08, "ngày 23/6", "O 2022-06-23")
C08_4 = Cell(S08, "Ngày 24/6", "O 2022-06-24")
C08_5 = Cell(S08, "Trong 2 ngày (23-24/6)", "W 2022-06-23..2022-06-24")
C08_6 = Cell(S08, "Ngày 25/6", "O 2022-06-25")
C08_7 = Cell(S08, "Từ ngày 27-28/6", "W 2022-06-27..2022-06-28")
C08_8 = Cell(S08, "Ngày 29/6 là hạn cuối", "D 2022-06-29")  # unsure: "hạn cuối" (last day) read like "hạn chót": the day itself is still in time
C08_9 = Cell(S08, "Ngày 30/6", "O 2022-06-30")
C08_10 = Cell(S08, "Ngày 15/8", "O 2022-08-15")

# S09 Bình Liêu kiểm tra y tế trường học
C09_1 = Cell(S09, "thời gian từ ngày 01, 02, 08, 09/4", "O 2019-04-01; O 2019-04-02; O 2019-04-08; O 2019-04-09")  # unsure: four listed days, not one run, so one day each (1-2/4 and 8-9/4 could also be read as two windows)

# S10 Hà Nội nghỉ Tết Mậu Tuất (the lunar gloss agrees: 25 tháng Chạp = 10/2/2018, mùng 5 tháng Giêng = 20/2/2018)
C10_1 = Cell(S10, "bắt đầu từ ngày 10 - 20/2 (tức từ 25 tháng Chạp đến mùng 5 tháng Giêng năm Mậu Tuất)",
             "W 2018-02-10..2018-02-20")

# S11 Hà Nội nghỉ Tết Canh Tý (28 Tết = 28 tháng Chạp = 22/1/2020, 29 Tết = 23/1, mùng 5 Tết = 29/1/2020)
C11_1 = Cell(S11, "bắt đầu từ ngày 22/1 đến hết ngày 29/1/2020, tức từ ngày 28 Tết đến hết mùng 5 Tết",
             "W 2020-01-22..2020-01-29")
C11_2 = Cell(S11, "bắt đầu từ ngày 23/1 đến hết ngày 29/1/2020, tức từ ngày 29 Tết đến hết mùng 5 Tết",
             "W 2020-01-23..2020-01-29")

# S12 TP HCM nghỉ Tết Mậu Tý (24 tháng chạp = 31/1/2008, mồng 5 tháng giêng = 11/2/2008)
C12_1 = Cell(S12, "từ 31-1 đến hết ngày 11-2 (tức từ 24 tháng chạp đến hết mồng 5 tháng giêng)",
             "W 2008-01-31..2008-02-11")

# S13 EPS quý IV-2025
C13_1 = Cell(S13, "đến hết ngày 30-10", "D 2025-10-30")
C13_2 = Cell(S13, "đến ngày 24-10", "D 2025-10-24")
C13_3 = Cell(S13, "từ ngày 27 đến 30-10", "W 2025-10-27..2025-10-30")
C13_4 = Cell(S13, "trong hai ngày 3 và 4-11", "W 2025-11-03..2025-11-04")

# S14 EPS tháng 12/2025
C14_1 = Cell(S14, "từ 15-17/12/2025", "W 2025-12-15..2025-12-17")
C14_2 = Cell(S14, "từ 18-22/12", "W 2025-12-18..2025-12-22")

# S15 Tháng hành động ATVSLĐ 2025
C15_1 = Cell(S15, "sẽ diễn ra từ 1/5 đến 31/5", "W 2025-05-01..2025-05-31")
C15_2 = Cell(S15, "vào 25/4", "O 2025-04-25")

# S16 NQ 418/NQ-CP
C16_1 = Cell(S16, "hoàn thành chậm nhất trong ngày 31.12.2025", "D 2025-12-31")

# S17 TP HCM Tháng hành động vì trẻ em 2022 (one "Thời gian thực hiện" sentence)
C17_1 = Cell(S17, "từ tháng 6 đến tháng 12/2022; trọng tâm từ ngày 1 đến ngày 30/6/2022.",
             "W 2022-06-01..2022-12-31; W 2022-06-01..2022-06-30")

# S18 An Giang
C18_1 = Cell(S18, "Thời gian thực hiện từ ngày 1-6 đến 30-6.", "W 2021-06-01..2021-06-30")
C18_2 = Cell(S18, "từ ngày 25-5 đến 1-6", "W 2021-05-25..2021-06-01")

# S19 Đà Nẵng
C19_1 = Cell(S19, "vào cuối tháng 5 hoặc vào ngày 1-6", "W 2023-05-21..2023-05-31; O 2023-06-01")  # unsure: two alternatives for one launch; both written

# S20 Hải Dương, S21 Vĩnh Linh
C20_1 = Cell(S20, "từ ngày 01/6/2024 đến ngày 30/6/2024", "W 2024-06-01..2024-06-30")
C21_1 = Cell(S21, "diễn ra từ ngày 01/6 đến ngày 30/6/2024", "W 2024-06-01..2024-06-30")

# S22 Gia Lai bình đẳng giới 2022
C22_1 = Cell(S22, "Thời gian từ ngày 15/11 đến 15/12/2022.", "W 2022-11-15..2022-12-15")
C22_2 = Cell(S22, "dự kiến diễn ra vào ngày 15/11/2022", "O 2022-11-15")

# S23 Bạc Liêu
C23_1 = Cell(S23, "(từ ngày 15/11 - 15/12)", "W 2019-11-15..2019-12-15")

# S24 Cần Thơ / quốc gia: a yearly month of action, no end stated, so one year after the first
C24_1 = Cell(S24, "từ ngày 15/11 đến ngày 15/12 hàng năm", "R W 2018-11-15..2018-12-15 2019-11-15..2019-12-15")

# S25 Ninh Sơn
C25_1 = Cell(S25, "diễn ra từ ngày 15-11 đến 15-12-2018", "W 2018-11-15..2018-12-15")

# S26 Gia Lai rà soát hộ nghèo 2018
C26_1 = Cell(S26, "từ ngày 1-9 đến hết ngày 31-12-2018", "W 2018-09-01..2018-12-31")
C26_2 = Cell(S26, "Trước ngày 25-10", "D 2018-10-24")
C26_3 = Cell(S26, "trước ngày 16-11", "D 2018-11-15")

# S27 Bà Rịa - Vũng Tàu KH 238 (the leading "Thời gian tổ chức ... là 1 ngày" is a length, not taken)
C27_1 = Cell(S27, "hoàn thành xong trước ngày 30/5/2024", "D 2024-05-29")
C27_2 = Cell(S27, "hoàn thành xong trước ngày 30/9/2024", "D 2024-09-29")

# S28 Bà Rịa - Vũng Tàu, Ban Tổ chức
C28_1 = Cell(S28, "vào ngày 27/9", "O 2024-09-27")

# S29 QĐ 1062/QĐ-TTg
C29_1 = Cell(S29, "hoàn thành xong trước ngày 30/6/2019", "D 2019-06-29")
C29_2 = Cell(S29, "hoàn thành xong trước ngày 30/11/2019", "D 2019-11-29")
C29_3 = Cell(S29, "vào cuối quý I hoặc đầu quý II năm 2020", "W 2020-03-01..2020-04-30")  # unsure: no rule for "cuối/đầu quý"; read as the last month of Q1 or the first of Q2

# S30 Quảng Trị
C30_1 = Cell(S30, "trong khoảng tuần giữa tháng 6/2024", "W 2024-06-11..2024-06-20")  # unsure: "the middle week" read as "giữa tháng" (days 11-20)
C30_2 = Cell(S30, "hoàn thành trước tháng 6/2024", "D 2024-05-31")
C30_3 = Cell(S30, "vào tháng 11/2024", "W 2024-11-01..2024-11-30")
C30_4 = Cell(S30, "trong tháng 6/2024 phải hoàn thành", "D 2024-06-30")

# S31 Vĩnh Cửu
C31_1 = Cell(S31, "vào ngày 25/6/2024", "O 2024-06-25")

# S32 Tháng hành động quốc gia phòng, chống HIV/AIDS 2019
C32_1 = Cell(S32, "diễn ra từ ngày 10/11 đến ngày 10/12/2019", "W 2019-11-10..2019-12-10")
C32_2 = Cell(S32, "trước ngày 20/12/2019", "D 2019-12-19")

# S33 Hà Nội HIV/AIDS 2025, S34 Hà Nội HIV/AIDS 2013
C33_1 = Cell(S33, "sẽ diễn ra từ ngày 10/11 đến 10/12/2025", "W 2025-11-10..2025-12-10")
C34_1 = Cell(S34, "diễn ra từ ngày 10-11 đến 10-12", "W 2013-11-10..2013-12-10")

# S35 Đại Lãnh, S36 Ninh Thuận, S37 Bộ Y tế: Tháng hành động vì an toàn thực phẩm
C35_1 = Cell(S35, "bắt đầu từ ngày 15/4/2021 đến ngày 15/5/2021", "W 2021-04-15..2021-05-15")
C36_1 = Cell(S36, "bắt đầu từ ngày 15-4 đến 15-5-2020", "W 2020-04-15..2020-05-15")
C37_1 = Cell(S37, "từ giữa tháng 4 đến giữa tháng 5", "W 2024-04-11..2024-05-20")

# S38 Ninh Sơn sởi - rubella
C38_1 = Cell(S38, "từ ngày 15 đến 22-10-2014", "W 2014-10-15..2014-10-22")
C38_2 = Cell(S38, "từ ngày 12 đến 19-11-2014", "W 2014-11-12..2014-11-19")
C38_3 = Cell(S38, "từ ngày 12 đến 19-01-2015", "W 2015-01-12..2015-01-19")

# S39 Bình Dương sởi - rubella
C39_1 = Cell(S39, "từ ngày 23/10 đến ngày 10/11/2024", "W 2024-10-23..2024-11-10")

# S40 Đắk Lắk / toàn quốc: 15/9 takes 2015 from later in the cell, would run backwards, so 2014
C40_1 = Cell(S40, "Từ 15/9 đến tháng 2/2015", "W 2014-09-15..2015-02-28")

# S41 Lạng Sơn dinh dưỡng (targets of section 2a, then 2b; the plan's title years not taken)
C41_1 = Cell(S41, "Đến năm 2025", "D 2025-12-31")
C41_2 = Cell(S41, "Đến năm 2030", "D 2030-12-31")
C41_3 = Cell(S41, "Đến năm 2025", "D 2025-12-31")


CELLS = [
    C01_1, C01_2, C01_3, C01_4, C01_5, C01_6, C01_7, C01_8,
    C02_1, C02_2, C02_3, C02_4, C02_5, C02_6, C02_7, C02_8, C02_9, C02_10, C02_11,
    C03_1,
    C04_1, C04_2, C04_3, C04_4, C04_5, C04_6, C04_7, C04_8, C04_9, C04_10, C04_11, C04_12, C04_13, C04_14,
    C05_1, C05_2, C05_3,
    C06_1, C06_2, C06_3, C06_4, C06_5, C06_6,
    C07_1, C07_2, C07_3, C07_4, C07_5, C07_6, C07_7, C07_8, C07_9,
    C08_1, C08_2, C08_3, C08_4, C08_5, C08_6, C08_7, C08_8, C08_9, C08_10,
    C09_1,
    C10_1,
    C11_1, C11_2,
    C12_1,
    C13_1, C13_2, C13_3, C13_4,
    C14_1, C14_2,
    C15_1, C15_2,
    C16_1,
    C17_1,
    C18_1, C18_2,
    C19_1,
    C20_1,
    C21_1,
    C22_1, C22_2,
    C23_1,
    C24_1,
    C25_1,
    C26_1, C26_2, C26_3,
    C27_1, C27_2,
    C28_1,
    C29_1, C29_2, C29_3,
    C30_1, C30_2, C30_3, C30_4,
    C31_1,
    C32_1, C32_2,
    C33_1,
    C34_1,
    C35_1,
    C36_1,
    C37_1,
    C38_1, C38_2, C38_3,
    C39_1,
    C40_1,
    C41_1, C41_2, C41_3,
]
