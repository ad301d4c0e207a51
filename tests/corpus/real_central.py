"""Real timing cells from central bodies and central provinces, answers worked out by hand.

Collected from the stored "pages" corpus, which keeps only the opening part of each page: deep
appendix tables were out of reach, so besides the timing columns that were reachable (the exam
timetable, the festival lists) many cells are the timing phrases of a plan as quoted in its text
or in a news report of it ("Thời gian: ...", "diễn ra từ ... đến ..."), copied verbatim.
Dates of documents marked "(date approximate)" are not stated on the page; their year is certain.
"""
from tests.corpus.spec import Cell, Doc

# --- central bodies -----------------------------------------------------------------

# Công văn 1239/BGDĐT-QLCL (3/2025) của Bộ Giáo dục và Đào tạo hướng dẫn Kỳ thi tốt nghiệp THPT 2025, lịch thi
D01 = Doc(
    "Công văn 1239/BGDĐT-QLCL năm 2025 của Bộ Giáo dục và Đào tạo (lịch thi tốt nghiệp THPT 2025)",
    "https://luatvietnam.vn/tin-van-ban-moi/da-co-huong-dan-ky-thi-tot-nghiep-thpt-2025-cua-bo-giao-duc-186-101437-article.html",
    date="2025-03-18",
)
# Bài "Công bố kế hoạch tổ chức Kỳ thi tốt nghiệp THPT năm 2025" (quanlynhanuoc.vn, 24/3/2025)
D02 = Doc(
    "Công bố kế hoạch tổ chức Kỳ thi tốt nghiệp THPT năm 2025 (Tạp chí Quản lý nhà nước, 24/3/2025)",
    "https://www.quanlynhanuoc.vn/2025/03/24/cong-bo-ke-hoach-to-chuc-ky-thi-tot-nghiep-trung-hoc-pho-thong-nam-2025",
    date="2025-03-24",
)
# Khung kế hoạch thời gian năm học 2025-2026 của Bộ GDĐT (ban hành 11/8/2025), as reported
D03 = Doc(
    "Khung kế hoạch thời gian năm học 2025-2026 của Bộ Giáo dục và Đào tạo (docnhanh.vn, 11/8/2025)",
    "https://docnhanh.vn/index.php/xa-hoi/ca-nuoc-to-chuc-khai-giang-vao-ngay-59-tuu-truong-som-nhat-tu-228-tintuc1005928",
    date="2025-08-11",
)
D04 = Doc(
    "Khung kế hoạch thời gian năm học 2025-2026 của Bộ Giáo dục và Đào tạo (24h.com.vn, 18/8/2025)",
    "https://www.24h.com.vn/giao-duc-du-hoc/hang-loat-dia-phuong-cong-bo-lich-tuu-truong-nam-hoc-2025-2026-c216a1690179.html",
    date="2025-08-18",
)
D30 = Doc(
    "Khung kế hoạch thời gian năm học 2025-2026 của Bộ Giáo dục và Đào tạo (VTC News, 12/8/2025)",
    "https://vtcnews.vn/lich-tuu-truong-va-khai-giang-nam-hoc-2025-2026-cua-hoc-sinh-34-tinh-thanh-ar959329.html",
    date="2025-08-12",
)
D31 = Doc(
    "Khung kế hoạch thời gian năm học 2025-2026 của Bộ Giáo dục và Đào tạo (Báo Gia Lai, 11/8/2025)",
    "https://baogialai.com.vn/cac-lop-1-9-va-12-tuu-truong-som-nhat-truoc-2-tuan-so-voi-ngay-khai-giang-post563353.html",
    date="2025-08-11",
)
# Nghị quyết 86/NQ-CP ngày 4/11/2025 của Chính phủ về nhiệm vụ trọng tâm những tháng cuối năm 2025
D24 = Doc(
    "Nghị quyết 86/NQ-CP ngày 4/11/2025 của Chính phủ (Báo Thanh Hóa)",
    "https://baothanhhoa.vn/chinh-phu-trien-khai-nhiem-vu-trong-tam-de-hoan-thanh-cao-nhat-cac-chi-tieu-phat-trien-kinh-te-xa-hoi-2025-267767.htm",
    date="2025-11-04",
)

# --- Thừa Thiên Huế -------------------------------------------------------------------

# Kế hoạch 386/KH-UBND ngày 22/11/2023 của UBND tỉnh Thừa Thiên Huế, Festival Huế 2024
D05 = Doc(
    "Kế hoạch 386/KH-UBND ngày 22/11/2023 của UBND tỉnh Thừa Thiên Huế (Festival Huế 2024)",
    "http://118.69.84.238:801/phap-luat/ho-tro-phap-luat/lich-to-chuc-festival-hue-2024-nhu-the-nao-se-co-cac-chuong-trinh-hoat-dong-nao-duoc-dien-ra-vao-fe-958109-152617.html",
    date="2023-11-22", year=2024, end="2024-12-31",
)
D32 = Doc(
    "Kế hoạch 386/KH-UBND ngày 22/11/2023 của UBND tỉnh Thừa Thiên Huế (Người Hà Nội, 30/11/2023)",
    "https://nguoihanoi.vn/festival-hue-2024-chuoi-cac-hoat-dong-bon-mua-di-san-van-hoa-voi-hoi-nhap-va-phat-trien-79680.html",
    date="2023-11-30", year=2024, end="2024-12-31",
)
# Kế hoạch 407/KH-UBND ngày 30/12/2021 của UBND tỉnh Thừa Thiên Huế, Festival Huế 2022
D06 = Doc(
    "Kế hoạch 407/KH-UBND ngày 30/12/2021 của UBND tỉnh Thừa Thiên Huế (Festival Huế 2022)",
    "https://www.tapchisonghuong.nvoting.com/public/chi-tiet/festival-hue-2022--cac-hoat-dong-le-hoi-trai-dai-trong-nam-------?trang=89",
    date="2021-12-30", year=2022, end="2022-12-31",
)
D07 = Doc(
    "Kế hoạch 407/KH-UBND ngày 30/12/2021 của UBND tỉnh Thừa Thiên Huế (Sài Gòn Tiếp Thị, 4/1/2022)",
    "https://www.sgtiepthi.vn/ban-tin-ngay-4-1-den-hue-nam-2022-thang-nao-cung-co-cac-hoat-dong-le-hoi-lon/",
    date="2022-01-04",
)
# Kế hoạch của UBND tỉnh Thừa Thiên Huế ngày 15/11/2022, Festival Huế 2023
D29 = Doc(
    "Kế hoạch tổ chức Festival Huế 2023 của UBND tỉnh Thừa Thiên Huế ngày 15/11/2022 (Báo Dân tộc)",
    "https://baodantoc.vn/festival-hue-2023-voi-chu-de-di-san-van-hoa-voi-hoi-nhap-va-phat-trien-1668570641802.htm",
    date="2022-11-15", year=2023, end="2023-12-31",
)

# --- Nghệ An --------------------------------------------------------------------------

# Kế hoạch tổ chức lễ hội năm 2019 của Sở Văn hóa và Thể thao Nghệ An (table "Danh sách lễ hội năm 2019")
D08 = Doc(
    "Kế hoạch tổ chức lễ hội năm 2019 của Sở Văn hóa và Thể thao Nghệ An (Báo Nghệ An) (date approximate)",
    "https://m.baonghean.vn/nghe-an-29-le-hoi-dien-ra-tu-51-va-ket-thuc-vao-1010-am-lich-post199485.html",
    date="2019-01-01",
)
# Thông báo Kế hoạch tổ chức lễ hội tỉnh Nghệ An năm 2013 của Sở VHTTDL Nghệ An (4/1/2013)
D09 = Doc(
    "Thông báo kế hoạch tổ chức lễ hội tỉnh Nghệ An năm 2013 của Sở Văn hoá - Thể thao và Du lịch Nghệ An",
    "http://dulichnghean.gov.vn/index.asp?options=items&code=1774",
    date="2013-01-04",
)
# "10 lễ hội tháng Giêng ở Nghệ An" (Báo Nghệ An, 2017), lists the plan's "Thời gian"
D10 = Doc(
    "10 lễ hội tháng Giêng ở Nghệ An năm 2017 (Báo Nghệ An) (date approximate)",
    "https://baonghean.vn/10-le-hoi-thang-gieng-o-nghe-an-127887.html",
    date="2017-01-01",
)
# Lễ hội Đền Cuông năm 2024 (Văn hóa và Phát triển, 6/3/2024)
D25 = Doc(
    "Triển khai kế hoạch chuẩn bị lễ hội Đền Cuông năm 2024, huyện Diễn Châu, Nghệ An",
    "https://phuongnam.vanhoavaphattrien.vn/tang-cuong-cong-tac-tuyen-truyen-quang-ba-de-thu-hut-dong-dao-du-khach-thap-phuong-ve-voi-le-hoi-den-cuong-nam-2024-a27893.html",
    date="2024-03-06",
)
# Thông báo 176/TB-SVHTT ngày 16/01/2024 của Sở VHTT Nghệ An về kế hoạch tổ chức lễ hội năm 2024
D26 = Doc(
    "Thông báo 176/TB-SVHTT ngày 16/01/2024 của Sở Văn hóa và Thể thao Nghệ An",
    "https://nguoinghe.vn/nghe-an-se-to-chuc-27-le-hoi-trong-nam-2024-a294084.html",
    date="2024-01-16",
)
# Thông báo 4069 ngày 20/12/2022 của Sở VHTT Nghệ An về kế hoạch tổ chức lễ hội năm 2023
D27 = Doc(
    "Thông báo số 4069 ngày 20/12/2022 của Sở Văn hóa Thể thao Nghệ An (lễ hội năm 2023)",
    "http://banquanlyditichnghean.gov.vn/dttc/portal/read/le-hoi/news/thong-bao-ke-hoach-to-chuc-le-hoi-tren-dia-ban-tinh-nghe-an-nam-2023.html",
    date="2022-12-20", year=2023,
)

# --- Đà Nẵng --------------------------------------------------------------------------

# Lễ hội pháo hoa quốc tế Đà Nẵng DIFF 2025
D11 = Doc(
    "Lễ hội pháo hoa quốc tế Đà Nẵng 2025 (Thanh Niên, 27/12/2024)",
    "https://thanhnien.vn/le-hoi-phao-hoa-quoc-te-2025-lan-dau-viet-nam-co-2-doi-tranh-tai-185241227104017807.htm",
    date="2024-12-27", year=2025,
)
D12 = Doc(
    "Lịch bắn pháo hoa Đà Nẵng DIFF 2025 (bảng, trang hỗ trợ pháp luật) (date approximate)",
    "http://118.69.201.250:801/phap-luat/ho-tro-phap-luat/diff-da-nang-la-gi-ban-phao-hoa-da-nang-diff-2025-to-chuc-o-dau-y-nghia-cua-le-hoi-phao-hoa-quoc-te-94548-215064.html",
    date="2025-01-01",
)
D13 = Doc(
    "DIFF 2025 – Lễ hội pháo hoa quốc tế Đà Nẵng đêm chung kết (Novotel Danang) (date approximate)",
    "https://www.novotel-danang-premier.com/vi/ban-tin/le-hoi-phao-hoa-quoc-te-da-nang/",
    date="2025-07-01",
)
# Kế hoạch của UBND TP Đà Nẵng tổ chức Lễ hội pháo hoa quốc tế 2024 (Người Lao Động, 29/3/2024)
D14 = Doc(
    "Kế hoạch tổ chức lễ hội pháo hoa quốc tế Đà Nẵng 2024 của UBND TP Đà Nẵng (Người Lao Động)",
    "https://nld.com.vn/da-nang-tung-loat-san-pham-du-lich-moi-196240329164057011.htm",
    date="2024-03-29",
)

# --- Quảng Trị ------------------------------------------------------------------------

D15 = Doc(
    "Quảng Trị: các hoạt động hưởng ứng Lễ hội Vì Hòa bình 2024 (Báo Tin tức, 1/7/2024)",
    "https://baotintuc.vn/van-hoa/quang-tri-nhieu-hoat-dong-y-nghia-huong-ung-le-hoi-vi-hoa-binh-2024-20240701132334160.htm",
    date="2024-07-01",
)
D16 = Doc(
    "Ban tổ chức Lễ hội Vì hòa bình 2024 điều chỉnh thời gian một số sự kiện (Thanh Niên, 17/7/2024)",
    "https://thanhnien.vn/quang-tri-dieu-chinh-thoi-gian-mot-so-su-kien-cua-le-hoi-vi-hoa-binh-2024-185240717101648408.htm",
    date="2024-07-17",
)
D17 = Doc(
    "Ban tổ chức Lễ hội Vì hòa bình 2024 thông báo hoãn sự kiện (Thanh Niên, 22/7/2024)",
    "https://thanhnien.vn/hoan-nhieu-su-kien-cua-le-hoi-vi-hoa-binh-185240722170942601.htm",
    date="2024-07-22",
)
D18 = Doc(
    "Kế hoạch Lễ hội Vì hoà bình 2024 của UBND tỉnh Quảng Trị (Tiền Phong) (date approximate)",
    "https://tienphong.vn/le-hoi-vi-hoa-binh-o-quang-tri-post1592464.tpo",
    date="2024-05-01",
)
D19 = Doc(
    "Văn phòng UBND tỉnh Quảng Trị thông tin Lễ hội vì hòa bình (Báo Xây dựng, 27/5/2024)",
    "https://bxdgate.baoxaydung.com.vn/quang-tri-sap-dien-ra-le-hoi-vi-hoa-binh-376156.html",
    date="2024-05-27",
)

# --- Thanh Hóa ------------------------------------------------------------------------

D20 = Doc(
    "Lịch công tác của Thường trực UBND tỉnh Thanh Hóa tuần 14/07/2025 - 20/07/2025",
    "https://thanhhoa.gov.vn/portal/Pages/lich-lam-viec.aspx",
    date="2025-07-14",
)

# --- Quảng Bình, Hà Tĩnh --------------------------------------------------------------

D21 = Doc(
    "Hoạt động kỷ niệm 420 năm hình thành tỉnh Quảng Bình (Nhân Dân, 11/4/2024)",
    "https://nhandan.vn/nhieu-hoat-dong-ky-niem-420-nam-hinh-thanh-tinh-quang-binh-post804252.html",
    date="2024-04-11",
)
D22 = Doc(
    "Thông báo 2117/TB-VPUBND ngày 9/5/2024 của Văn phòng UBND tỉnh Quảng Bình (QBTV)",
    "https://qbtv.vn/portal/pages/2024-5-22/thong-bao-ket-luan-cua-chu-tich-ubnd-tinh-tai-buoi-lam-viec-voi-ban-chi-dao-cac-ngay-le-lon-tinh-29459.aspx",
    date="2024-05-09",
)
D23 = Doc(
    "Lễ Kỷ niệm 65 năm ngày Bác Hồ về thăm Hà Tĩnh (Du lịch Hà Tĩnh, 28/5/2022)",
    "http://dulichhatinh.com.vn/index.php?language=vi&nv=news&nvvithemever=t&nv_redirect=aHR0cDovL2R1bGljaGhhdGluaC5jb20udm4vbmV3cy9USU4tVFVDLVNVLUtJRU4vTGUtS3ktbmllbS02NS1uYW0tbmdheS1CYWMtSG8tdmUtdGhhbS1IYS1UaW5oLXNlLWR1b2MtdG8tY2h1Yy12YW8tbmdheS0xMS02LTIwMjItMTEyNC8,",
    date="2022-05-28",
)
D28 = Doc(
    "Đại lễ Giỗ Quốc tổ Hùng Vương tại Hà Tĩnh năm 2025 (Công Luận)",
    "https://congluan.vn/con-so-may-man-hom-nay-10-9-2022-thu-7-ngay-15-8-am-lich-post212643.html",
    date="2025-04-07",
)


CELLS = [
    # D01: lịch thi, columns "Ngày" and "Giờ bắt đầu làm bài"
    Cell(D01, "25/6/2025", "O 2025-06-25"),
    Cell(D01, "26/6/2025", "O 2025-06-26"),
    Cell(D01, "27/6/2025", "O 2025-06-27"),
    Cell(D01, "28/6/2025", "O 2025-06-28"),
    Cell(D01, "07 giờ 35", "U"),
    Cell(D01, "14 giờ 30", "U"),
    # D02
    Cell(D02, "từ ngày 25/6/2025 đến 28/6/2025", "W 2025-06-25..2025-06-28"),
    Cell(D02, "từ 21/4/2025 đến 28/4/2025", "W 2025-04-21..2025-04-28"),
    # D03
    Cell(D03, "từ 22/8", "O 2025-08-22"),
    Cell(D03, "vào ngày 5 tháng 9 năm 2025", "O 2025-09-05"),
    Cell(D03, "trước ngày 18/1/2026", "D 2026-01-17"),
    Cell(D03, "trước ngày 31/5/2026", "D 2026-05-30"),
    Cell(D03, "trước ngày 30/6/2026", "D 2026-06-29"),
    Cell(D03, "trước ngày 31/7/2026", "D 2026-07-30"),
    Cell(D03, "trong ngày 11 và ngày 12/6/2026", "W 2026-06-11..2026-06-12"),
    # D04
    Cell(D04, "Bắt đầu từ ngày 5/9/2025 và kết thúc trước 18/1/2026.", "W 2025-09-05..2026-01-17"),  # decided: a start and an end are one window (README)
    Cell(D04, "Bắt đầu từ ngày 19/1/2026, hoàn thành chương trình và kết thúc năm học trước 31/5/2026.",
         "O 2026-01-19; D 2026-05-30"),
    Cell(D04, "sẽ hoàn thành trước 30/6/2026", "D 2026-06-29"),
    Cell(D04, "tức là từ ngày 29/8", "O 2025-08-29"),
    Cell(D04, "tức là từ ngày 22/8", "O 2025-08-22"),
    # D30
    Cell(D30, "vào ngày 5/9", "O 2025-09-05"),
    Cell(D30, "tức 22/8", "O 2025-08-22"),
    Cell(D30, "tức 29/8", "O 2025-08-29"),
    Cell(D30, "vào ngày 22/8", "O 2025-08-22"),
    Cell(D30, "trước ngày 18/1/2026, kỳ II trước 31/5/2026", "D 2026-01-17; D 2026-05-30"),
    Cell(D30, "trước 30/6/2026", "D 2026-06-29"),
    Cell(D30, "trước ngày 31/7/2026", "D 2026-07-30"),
    # D31
    Cell(D31, "vào ngày 5-9-2025", "O 2025-09-05"),
    Cell(D31, "trước ngày 18-1-2026", "D 2026-01-17"),
    Cell(D31, "trước ngày 31-5-2026", "D 2026-05-30"),
    Cell(D31, "trước 30-6-2026", "D 2026-06-29"),
    Cell(D31, "trước 31-7-2026", "D 2026-07-30"),
    Cell(D31, "vào ngày 11 và 12-6-2026", "W 2026-06-11..2026-06-12"),
    # D24
    Cell(D24, "từ nay đến cuối năm 2025", "W 2025-11-04..2025-12-31"),
    Cell(D24, "hoàn thành các nhiệm vụ trong tháng 11, tháng 12 năm 2025", "D 2025-11-30; D 2025-12-31"),
    # D05: Festival Huế 2024
    Cell(D05, "ngày 01/01/2024", "O 2024-01-01"),
    Cell(D05, "ngày 31/12/2024", "O 2024-12-31"),
    Cell(D05, "từ ngày 07 đến 12/6/2024", "W 2024-06-07..2024-06-12"),
    Cell(D05, "(tháng 1-3)", "W 2024-01-01..2024-03-31"),
    # D32
    Cell(D32, "ngày 1/1", "O 2024-01-01"),
    Cell(D32, "ngày 31/12", "O 2024-12-31"),
    Cell(D32, "từ ngày 7 – 12/6", "W 2024-06-07..2024-06-12"),
    Cell(D32, "suốt 3 tháng đầu năm 2024 (tháng 1 – 3)", "W 2024-01-01..2024-03-31"),
    Cell(D32, "từ tháng 4 – 6", "W 2024-04-01..2024-06-30"),
    # D06: Festival Huế 2022
    Cell(D06, "ngày 01/01/2022", "O 2022-01-01"),
    Cell(D06, "ngày 31/12/2022", "O 2022-12-31"),
    Cell(D06, "vào trung tuần tháng 4, từ ngày 09/4/2022 đến ngày 14/4/2022", "W 2022-04-09..2022-04-14"),
    Cell(D06, "vào ngày 25/01/2022 (23 tháng Chạp)", "O 2022-01-25"),
    Cell(D06, "(tháng 1-3)", "W 2022-01-01..2022-03-31"),
    # D07
    Cell(D07, "từ ngày 1-1-2022 đến hết ngày 31-12-2022", "W 2022-01-01..2022-12-31"),
    Cell(D07, "vào ngày 1-1-2022", "O 2022-01-01"),
    Cell(D07, "vào ngày 31-12-2022", "O 2022-12-31"),
    # D29: Festival Huế 2023
    Cell(D29, "ngày 1/1/2023", "O 2023-01-01"),
    Cell(D29, "ngày 31/12/2023", "O 2023-12-31"),
    Cell(D29, "(tháng 1 - 3)", "W 2023-01-01..2023-03-31"),
    Cell(D29, "(tháng 4 - 6)", "W 2023-04-01..2023-06-30"),
    # D08: lễ hội Nghệ An 2019, column "THỜI GIAN" and the text
    Cell(D08, "9-10/2 (tức 5-6/1 ÂL)", "W 2019-02-09..2019-02-10"),
    Cell(D08, "17-19/2 (tức 13-15/1 ÂL)", "W 2019-02-17..2019-02-19"),
    Cell(D08, "vào ngày 9 và 10/2 (tức ngày 5 và 6/1 Âm lịch)", "W 2019-02-09..2019-02-10"),
    Cell(D08, "vào ngày 5 và 6/11 (tức ngày 9 và 10/10 Âm lịch)", "W 2019-11-05..2019-11-06"),
    Cell(D08, "(tháng 1-3 Âm lịch)", "W 2019-02-05..2019-05-04"),
    Cell(D08, "(từ tháng 4-10 Âm lịch)", "W 2019-05-05..2019-11-25"),
    # D09
    Cell(D09, "Từ ngày 14 đến ngày 15 tháng 02 năm 2013 (tức từ ngày 5 - 6 tháng Giêng Âm lịch)",
         "W 2013-02-14..2013-02-15"),
    # D10
    Cell(D10, "Ngày 01- 03 tháng 02 năm 2017 (tức ngày 5-7 tháng Giêng Âm lịch).", "W 2017-02-01..2017-02-03"),
    Cell(D10, "Ngày 9-11 tháng 02 năm 2017 (tức ngày 13-15 tháng Giêng âm lịch).", "W 2017-02-09..2017-02-11"),
    Cell(D10, "Ngày 10-12 tháng 2 năm 2017 (tức ngày 14-16 tháng Giêng âm lịch).", "W 2017-02-10..2017-02-12"),
    Cell(D10, "Ngày 15 -17 tháng 02 năm 2017 (tức ngày 19-21 tháng Giêng âm lịch).", "W 2017-02-15..2017-02-17"),
    # D25: a yearly lunar window
    Cell(D25, "thường niên từ ngày 12 đến 16/2 âm lịch",
         "R W 2024-03-21..2024-03-25 2025-03-11..2025-03-15"),
    # D26, D27: lunar month ranges
    Cell(D26, "(từ tháng 1 đến tháng 3 Âm lịch)", "W 2024-02-10..2024-05-07"),
    Cell(D26, "(từ tháng 4 đến tháng 10 Âm lịch)", "W 2024-05-08..2024-11-30"),
    Cell(D27, "(từ tháng 1 đến tháng 3 âm lịch)", "W 2023-01-22..2023-05-18"),
    Cell(D27, "(từ tháng 4 đến tháng 10 âm lịch)", "W 2023-05-19..2023-12-12"),
    # D11: DIFF 2025
    Cell(D11, "từ ngày 31.5 đến 12.7", "W 2025-05-31..2025-07-12"),
    Cell(D11, "ngày 31.5", "O 2025-05-31"),
    Cell(D11, "ngày 7.6", "O 2025-06-07"),
    Cell(D11, "ngày 14.6", "O 2025-06-14"),
    Cell(D11, "ngày 21.6", "O 2025-06-21"),
    Cell(D11, "ngày 28.6", "O 2025-06-28"),
    Cell(D11, "ngày 12.7", "O 2025-07-12"),
    # D12: column "NGÀY" of the DIFF 2025 table
    Cell(D12, "31/5", "O 2025-05-31"),
    Cell(D12, "7/6", "O 2025-06-07"),
    Cell(D12, "14/6", "O 2025-06-14"),
    Cell(D12, "21/6", "O 2025-06-21"),
    Cell(D12, "28/6", "O 2025-06-28"),
    Cell(D12, "12/7", "O 2025-07-12"),
    Cell(D12, "từ ngày 31/05 – 12/07/2025 vào thứ 7 hàng tuần",
         "R O 2025-05-31 2025-06-07 2025-06-14 2025-06-21 2025-06-28 2025-07-05 2025-07-12"),
    # D13
    Cell(D13, "từ 31/5/2025 đến 12/7/2025", "W 2025-05-31..2025-07-12"),
    Cell(D13, "bắt đầu vào lúc 20h – 20h10, Thứ Bảy 12/7/2025", "O 2025-07-12T20:00-20:10"),
    Cell(D13, "(6 đêm, 31/5 → 12/7)", "W 2025-05-31..2025-07-12"),
    Cell(D13, "Từ 16 h00 đến hết trương trình ngày 12/7", "O 2025-07-12T16:00"),
    # D14: DIFF 2024
    Cell(D14, "từ ngày 8-6 đến 13-7", "W 2024-06-08..2024-07-13"),
    Cell(D14, "vào tối 8-6", "O 2024-06-08"),
    Cell(D14, "(15-6)", "O 2024-06-15"),
    Cell(D14, "(22-6)", "O 2024-06-22"),
    Cell(D14, "(29-6)", "O 2024-06-29"),
    Cell(D14, "vào 13-7", "O 2024-07-13"),
    # D15: Lễ hội Vì Hòa bình 2024
    Cell(D15, "Từ ngày 29/6 đến ngày 26/7", "W 2024-06-29..2024-07-26"),
    Cell(D15, "từ ngày 29 đến 30/6", "W 2024-06-29..2024-06-30"),
    Cell(D15, "vào 20 giờ ngày 6/7", "O 2024-07-06T20:00"),
    Cell(D15, "từ ngày 12 đến 14/7", "W 2024-07-12..2024-07-14"),
    Cell(D15, "vào 20 giờ ngày 13/7", "O 2024-07-13T20:00"),
    Cell(D15, "vào lúc 20 giờ ngày 19/7", "O 2024-07-19T20:00"),
    # D16
    Cell(D16, "lúc 20 giờ đêm 26.7", "O 2024-07-26T20:00"),
    Cell(D16, "vào 20 giờ 23.7", "O 2024-07-23T20:00"),
    Cell(D16, "lúc 20 giờ ngày 20.7", "O 2024-07-20T20:00"),
    Cell(D16, "vào cuối tháng 8", "W 2024-08-21..2024-08-31"),
    Cell(D16, "tối 19.7", "O 2024-07-19"),
    # D17
    Cell(D17, "vào chiều tối 23.7", "O 2024-07-23"),
    Cell(D17, "vào lúc 18 giờ 30 phút cùng ngày", "U"),
    Cell(D17, "vào đêm 26.7", "O 2024-07-26"),
    Cell(D17, "vào tối 19.7", "O 2024-07-19"),
    # D18, D19
    Cell(D18, "từ 4 – 5/7/2024", "W 2024-07-04..2024-07-05"),
    Cell(D18, "vào tháng 7/2024", "W 2024-07-01..2024-07-31"),
    Cell(D19, "từ ngày 29/6-26/7/2024", "W 2024-06-29..2024-07-26"),
    # D20: lịch công tác, columns "Ngày" and "Thời gian"
    Cell(D20, "Từ ngày 14/07/2025 đến ngày 20/07/2025", "W 2025-07-14..2025-07-20"),
    Cell(D20, "Thứ 2 14/7", "O 2025-07-14"),
    Cell(D20, "Thứ 3 15/7", "O 2025-07-15"),
    Cell(D20, "(8h30)", "U"),
    Cell(D20, "(16h30)", "U"),
    # D21, D22, D23, D28
    Cell(D21, "vào tối 2/6", "O 2024-06-02"),
    Cell(D21, "vào cuối tháng 4 này", "W 2024-04-21..2024-04-30"),
    Cell(D21, "vào ngày 28/7", "O 2024-07-28"),
    Cell(D22, "vào ngày 2/6/2024", "O 2024-06-02"),
    Cell(D23, "vào ngày 11/6/2022", "O 2022-06-11"),
    Cell(D28, "Ngày 7/4/2025 (tức ngày 10/3 âm lịch)", "O 2025-04-07"),
]
