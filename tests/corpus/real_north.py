"""Real timing cells from plans of northern provinces, answers worked out by hand.

Collected from the stored "pages" corpus, which keeps only the opening part of each page, so
deep appendix tables of long plans were out of reach. Besides the timing columns that were
reachable (the programme tables of Lễ hội Hoa Lư 2017 and Lễ hội mùa xuân Côn Sơn - Kiếp Bạc
2017, the schedule of a planning plan of Phú Thọ), many cells are the timing phrases of a plan,
notice or programme as quoted in its text or in a news report of it, copied verbatim.
Dates of documents marked "(date approximate)" are not stated on the page; their year is
certain from the text. Lunar glosses were checked with lunar_vn (UTC+7).
"""
from tests.corpus.spec import Cell, Doc

# --- Hà Nội ---------------------------------------------------------------------------

# Quyết định 4400/QĐ-UBND ngày 26/8/2025 của UBND TP Hà Nội, khung kế hoạch thời gian năm học 2025-2026
D01 = Doc(
    "Quyết định 4400/QĐ-UBND ngày 26/8/2025 của UBND TP Hà Nội (khung kế hoạch thời gian năm học 2025-2026)",
    "https://thuonghieuvaphapluat.vn/ha-noi-ban-hanh-khung-ke-hoach-thoi-gian-nam-hoc-2025-2026-d75771.html",
    date="2025-08-26",
)
# Lễ hội Chùa Hương Xuân Giáp Thìn 2024 (huyện Mỹ Đức, Hà Nội), bản tin VOV1
D02 = Doc(
    "Lễ hội Chùa Hương Xuân Giáp Thìn 2024, Ban tổ chức (bản tin VOV1) (date approximate)",
    "https://ubook.com/chapter/113929353",
    date="2024-02-12",
)
# Kế hoạch tổ chức lễ hội Gióng tại đền Sóc năm 2021 của huyện Sóc Sơn, Hà Nội
D03 = Doc(
    "Kế hoạch tổ chức lễ hội Gióng đền Sóc Xuân Tân Sửu 2021 của UBND huyện Sóc Sơn (Kinh tế & Đô thị) (date approximate)",
    "https://kinhtedothi.vn/khong-to-chuc-cac-hoat-dong-vui-choi-giai-tri-trong-le-hoi-den-soc-vi-dich-covid-19.html",
    date="2021-02-01",
)

# --- Hải Phòng ------------------------------------------------------------------------

D04 = Doc(
    "Lễ hội Hoa Phượng Đỏ - Hải Phòng 2019, kế hoạch của UBND TP Hải Phòng (Tổ Quốc, 23/4/2019)",
    "https://toquoc.vn/nhieu-hoat-dong-hap-dan-tai-le-hoi-hoa-phuong-do-hai-phong-2019-20190423101711662.htm",
    date="2019-04-23",
)
D05 = Doc(
    "Lễ hội Hoa Phượng Đỏ - Hải Phòng 2017, họp báo của UBND TP Hải Phòng (Gia đình & Xã hội, 15/4/2017)",
    "https://giadinh.suckhoedoisong.vn/le-hoi-hoa-phuong-do-hai-phong-2017-voi-chu-de-hai-phong-vuon-ra-bien-lon-172170415100925528.htm",
    date="2017-04-15",
)
D06 = Doc(
    "Lễ hội Hoa Phượng Đỏ lần thứ 3 - Hải Phòng 2014 (Đại Đoàn Kết, 10/5/2014)",
    "https://daidoanket.vn/print/10010409.html",
    date="2014-05-10",
)
D07 = Doc(
    "Lễ hội Hoa phượng đỏ lần thứ 5 - Hải Phòng 2016 (CAND) (date approximate)",
    "http://cand.com.vn/Chuyen-dong-van-hoa/Le-hoi-Hoa-phuong-do-lan-thu-5-389677/",
    date="2016-05-01",
)

# --- Hà Giang -------------------------------------------------------------------------

D08 = Doc(
    "Thông báo của Ban tổ chức các ngày lễ lớn huyện Đồng Văn, Lễ hội hoa tam giác mạch lần thứ X năm 2024 (date approximate)",
    "https://suckhoeviet.org.vn/ha-giang-le-hoi-hoa-tam-giac-mach-2024-se-chinh-thuc-dien-ra-tai-quang-truong-thanh-nien-huyen-dong-van-vao-dau-thang-11-15038.html",
    date="2024-10-25",
)
D09 = Doc(
    "Lễ hội hoa tam giác mạch lần 2 ở Hà Giang năm 2016 (Ngôi sao, 20/7/2016)",
    "https://ngoisao.vn/tag/gioi-tre/doi-song-tre/le-hoi-hoa-tam-giac-mach-lan-2-o-ha-giang-nam-2016-205800.htm",
    date="2016-07-20",
)
D10 = Doc(
    "Kế hoạch Lễ hội hoa Tam giác mạch tỉnh Hà Giang năm 2015 (tadiha.com) (date approximate)",
    "https://tadiha.com/le-hoi-hoa-tam-giac-mach-2015-lan-dau-tien-to-chuc-tai-ha-giang-d6990.htm",
    date="2015-09-15",
)
D11 = Doc(
    "Lễ hội hoa tam giác mạch Hà Giang 2015 (Ngôi sao, 13/11/2015)",
    "http://ngoisao.vn/du-lich/du-lich-viet/luu-y-khong-the-thieu-khi-du-le-hoi-hoa-tam-giac-mach-194658.htm",
    date="2015-11-13",
)
D12 = Doc(
    "Lễ hội hoa Tam Giác Mạch Hà Giang lần IV năm 2018 (blogphuot, 16/7/2018)",
    "https://blogphuot.info/blog-phuot/tren-nhung-cung-duong/le-hoi-tam-giac-mach-2018.html",
    date="2018-07-16",
)

# --- Bắc Kạn --------------------------------------------------------------------------

# Thông báo 02/TB-UBND ngày 03/01/2024 của UBND tỉnh Bắc Kạn, lịch tiếp công dân năm 2024
D13 = Doc(
    "Thông báo 02/TB-UBND ngày 03/01/2024 của UBND tỉnh Bắc Kạn (lịch tiếp công dân năm 2024)",
    "https://baobackan.com.vn/chu-tich-ubnd-tinh-bac-kan-tiep-cong-dan-vao-ngay-25-hang-thang-post59654.html",
    date="2024-01-03", end="2024-12-31",
)
# Thông báo số 1/TB-UBND (page: "ngày 3/1/2021", posted 7/1/2022) of UBND tỉnh Bắc Kạn, lịch năm 2022
D14 = Doc(
    "Thông báo số 1/TB-UBND của UBND tỉnh Bắc Kạn, lịch tiếp công dân năm 2022 (Cổng TTĐT Bắc Kạn, 7/1/2022)",
    "https://backan.gov.vn/Pages/nam-2022-chu-tich-ubnd-tinh-se-tiep-cong-dan-vao-n-d7b3.aspx",
    date="2022-01-07", end="2022-12-31",
)
D15 = Doc(
    "Thông báo lịch tiếp công dân của Chủ tịch HĐND huyện Ngân Sơn khóa XIX (Bắc Kạn), đăng 21/01/2021",
    "https://nganson.backan.gov.vn/index.php?com=tintuc_ct&id_news=1330",
    date="2021-01-21",
)

# --- Vĩnh Phúc, Bắc Giang -------------------------------------------------------------

D16 = Doc(
    "Lịch tiếp công dân của Sở Thông tin và Truyền thông tỉnh Vĩnh Phúc (17/9/2018)",
    "https://sotttt.vinhphuc.gov.vn/SMPT_Publishing_UC/TinTuc/pPrintTinTuc.aspx?UrlList=/ct/cms/tintuc/tiepcd/Lists/lichtiepcongdan&ItemID=1",
    date="2018-09-17",
)
D17 = Doc(
    "Thông báo ngày 13/6/2021 của Chủ tịch UBND tỉnh Bắc Giang dừng phiên tiếp công dân định kỳ tháng 6/2021",
    "https://baomoi.com/dung-phien-tiep-cong-dan-dinh-ky-thang-6-2021/c/39173752.epi",
    date="2021-06-13",
)

# --- Bắc Ninh (Hội Lim) ---------------------------------------------------------------

D18 = Doc(
    "Kế hoạch tổ chức hội Lim xuân Quý Mão 2023 của Ban chỉ đạo lễ hội vùng Lim, huyện Tiên Du (Thanh Niên) (date approximate)",
    "https://thanhnien.vn/nghiem-cam-hat-quan-ho-ngua-non-nhan-tien-tai-hoi-lim-1851545255.htm",
    date="2023-01-20",
)
D19 = Doc(
    "Ban tổ chức lễ hội vùng Lim 2023, huyện Tiên Du (Thương hiệu & Công luận, 31/01/2023)",
    "https://hangthat.thuonghieucongluan.com.vn/le-hoi-vung-lim-san-sang-ngay-khai-hoi-a93182.html",
    date="2023-01-31",
)
D20 = Doc(
    "Họp báo Lễ hội vùng Lim Xuân Ất Tỵ 2025 của Ban tổ chức huyện Tiên Du (Kiến thức, 6/2/2025)",
    "https://kienthuc.net.vn/kinh-doanh/nhieu-hoat-dong-dac-sac-tai-hoi-lim-nam-2025-2078556.html",
    date="2025-02-06",
)
D21 = Doc(
    "Lịch trình Hội Lim 2026, xã Tiên Du, Bắc Ninh (VnExpress cẩm nang)",
    "https://vnexpress.net/cam-nang-du-lich-hoi-lim-5044737.html",
    date="2026-02-28",
)

# --- Quảng Ninh -----------------------------------------------------------------------

D22 = Doc(
    "Chương trình các hoạt động kỷ niệm 50 năm thành lập tỉnh Quảng Ninh, họp báo UBND tỉnh ngày 1/10/2013",
    "https://giadinh.suckhoedoisong.vn/quang-ninh-nhieu-su-kien-lon-ky-niem-50-nam-ngay-thanh-lap-tinh-172131002113414410.htm",
    date="2013-10-01",
)
D23 = Doc(
    "Chương trình Hội Xuân Yên Tử năm 2015, Ban tổ chức (mirror of a news report) (date approximate)",
    "https://marimbapop.com/news/745d798968.html",
    date="2015-02-10",
)
D24 = Doc(
    "Lễ khai hội xuân Yên Tử năm 2026 (Thanh Niên, 26/2/2026)",
    "https://thanhnien.vn/khai-hoi-xuan-yen-tu-185260226130539421.htm",
    date="2026-02-26",
)

# --- Phú Thọ --------------------------------------------------------------------------

D25 = Doc(
    "Kế hoạch tổ chức Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm Mậu Tuất 2018 của UBND tỉnh Phú Thọ (VOV) (date approximate)",
    "https://amp.vov.vn/xa-hoi/chot-phuong-an-to-chuc-gio-to-hung-vuong-le-hoi-den-hung-2018-730070.vov",
    date="2018-03-01",
)
D26 = Doc(
    "Kế hoạch tổ chức Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm 2024 của UBND tỉnh Phú Thọ (SGGP) (date approximate)",
    "https://www.sggp.org.vn/le-hoi-den-hung-phu-tho-nam-2024-se-keo-dai-trong-10-ngay-post728861.html",
    date="2024-03-15",
)
D27 = Doc(
    "Dự thảo Kế hoạch tổ chức Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm Bính Ngọ 2026, Ban Thường vụ Tỉnh ủy Phú Thọ cho ý kiến 4/2/2026 (VTC News)",
    "https://vtcnews.vn/phu-tho-ban-phao-hoa-tam-cao-dip-le-hoi-den-hung-ar1001506.html",
    date="2026-02-04",
)
# Kế hoạch tổ chức lập điều chỉnh Quy hoạch tỉnh Phú Thọ thời kỳ 2021 - 2030 (posted 09/10/2025)
D28 = Doc(
    "Kế hoạch tổ chức lập điều chỉnh Quy hoạch tỉnh Phú Thọ thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 (date approximate)",
    "https://www.medioq.com/VN/Hanoi/100102559452941/QUY-HO%E1%BA%A0CH-QU%E1%BB%90C-GIA",
    date="2025-10-09", end="2025-12-31",
)

# --- Hưng Yên, Thái Bình, Nam Định ----------------------------------------------------

D29 = Doc(
    "Kỳ họp thứ sáu HĐND tỉnh Hưng Yên khóa XVI (Báo Hưng Yên, 27/6/2018)",
    "http://baohungyen.vn/chinh-tri/201806/tu-ngay-117-den-137-tien-hanh-ky-hop-thu-sau-hoi-dong-nhan-dan-tinh-khoa-xvi-801523/",
    date="2018-06-27",
)
D30 = Doc(
    "Thông báo của Thường trực HĐND tỉnh Hưng Yên về Kỳ họp thứ 32 khóa XVII (date approximate)",
    "http://nguoilambaohungyen.vn/news/tin-hung-yen/hdnd-tinh-hung-yen-to-chuc-ky-hop-thu-32-khoa-xvii-nhiem-ky-2021-2026-7064.html",
    date="2025-10-06",
)
D31 = Doc(
    "Kế hoạch thời gian năm học 2024-2025 của UBND tỉnh Thái Bình (Thái Bình TV, 14/8/2024)",
    "https://thaibinhtv.vn/news/52/87897/thai-binh-hoc-sinh-toan-tinh-tuu-truong-vao-ngay-29-8",
    date="2024-08-14",
)
D32 = Doc(
    "Chương trình Lễ hội Đền Trần 2019 của Ban tổ chức, TP Nam Định (Petrotimes) (date approximate)",
    "https://petrotimes.vn/khong-phat-an-den-tran-vao-dem-ngay-14-thang-gieng-527771.html",
    date="2019-02-01",
)
D33 = Doc(
    "Lễ hội Khai ấn đền Trần Nam Định 2023, họp báo Ban tổ chức chiều 5/1/2023 (Tiền Phong)",
    "https://tienphong.vn/5-vong-an-ninh-tai-le-hoi-den-tran-2023-post1501171.tpo",
    date="2023-01-05",
)
D34 = Doc(
    "Thông báo của UBND TP Nam Định về Lễ hội Khai Ấn đền Trần Xuân Ất Tỵ 2025 (Soha, 22/1/2025)",
    "https://soha.vn/nam-dinh-se-phat-an-den-tran-cho-nhan-dan-va-du-khach-tu-5-gio-sang-15-thang-gieng-198250122153624651.htm",
    date="2025-01-22",
)
D35 = Doc(
    "Kế hoạch Lễ hội khai ấn đền Trần năm 2026, họp báo UBND phường Nam Định 9/2/2026 (VietNamNet)",
    "https://vietnamnet.vn/thay-doi-gio-phat-an-cho-nguoi-dan-tai-le-hoi-khai-an-den-tran-nam-2026-2489289.html",
    date="2026-02-09",
)
D36 = Doc(
    "Kế hoạch lễ hội Khai ấn đền Trần Xuân Giáp Thìn 2024 (Việt Báo) (date approximate)",
    "https://vietbao.vn/nguoi-dan-doi-mua-sap-le-dang-huong-truoc-gio-khai-an-den-tran-473637.html",
    date="2024-02-15",
)

# --- Hải Dương (Côn Sơn - Kiếp Bạc) ---------------------------------------------------

D37 = Doc(
    "Chương trình lễ hội mùa xuân Côn Sơn - Kiếp Bạc năm 2017, Ban tổ chức (bảng NGÀY/THÁNG, THỜI GIAN) (date approximate)",
    "http://consonkiepbac.org.vn/t563/chuong-trinh-le-hoi-mua-xuan-con-son-kiep-bac-n-m-2017",
    date="2017-02-01",
)
D38 = Doc(
    "Kế hoạch lễ hội mùa Thu Côn Sơn - Kiếp Bạc năm 2022, tỉnh Hải Dương (Kiến thức) (date approximate)",
    "https://kienthuc.net.vn/xa-hoi/hai-duong-le-hoi-mua-thu-con-son-kiep-bac-2022-co-gi-dac-sac-1745169.html",
    date="2022-09-01",
)
D39 = Doc(
    "Lễ hội mùa thu Côn Sơn - Kiếp Bạc 2018, Chí Linh, Hải Dương (VnExpress) (date approximate)",
    "https://vnexpress.net/du-lich/nhieu-nghi-le-co-duoc-tai-hien-trong-le-hoi-con-son-kiep-bac-3807274.html",
    date="2018-09-14",
)
D40 = Doc(
    "Sở VHTTDL Hải Dương: Lễ hội mùa thu Côn Sơn - Kiếp Bạc 2013 (QĐND via Báo Mới) (date approximate)",
    "https://m.baomoi.com/le-hoi-mua-thu-con-son-kiep-bac-2013-dien-ra-trong-10-ngay/c/11878063.epi",
    date="2013-09-05",
)
D41 = Doc(
    "Festival Chí Linh - Hải Dương 2023 (Báo Hải Dương) (date approximate)",
    "https://baohaiduong.vn/print/356308.html",
    date="2023-09-15",
)

# --- Ninh Bình ------------------------------------------------------------------------

D42 = Doc(
    "Chương trình hoạt động Lễ hội Hoa Lư năm 2017, Ban tổ chức (bảng Nội dung / Thời gian / Địa điểm) (date approximate)",
    "http://www.trangandanhthang.vn/thong-bao/chuong-trinh-hoat-dong-le-hoi-hoa-lu-nam-2017.html",
    date="2017-03-25",
)
D43 = Doc(
    "Lễ hội Hoa Lư 2017 theo Ban Tổ chức (TITC, vietnamtourism.vn) (date approximate)",
    "http://vietnamtourism.vn/index.php/news/items/18442",
    date="2017-03-25",
)
D44 = Doc(
    "Lễ hội Hoa Lư năm 2023, văn bản 237/UBND-VP6 ngày 5/4/2023 của UBND tỉnh Ninh Bình (Báo Ninh Bình)",
    "https://baoninhbinh.org.vn/s/l%E1%BB%85%20h%E1%BB%99i%20hoa%20l%C6%B0?page=5",
    date="2023-04-05",
)
D45 = Doc(
    "Kế hoạch bắn pháo hoa kỷ niệm 1050 năm Nhà nước Đại Cồ Việt của UBND tỉnh Ninh Bình (Văn hiến, 17/4/2018)",
    "http://vanhienplus.vn/ban-phao-hoa-trong-15-phut-nhan-ky-niem-1050-nam-nha-nuoc-dai-co-viet/874",
    date="2018-04-17",
)
D46 = Doc(
    "Lễ hội Sắc vàng Tam Cốc - Tràng An 2024, Ninh Bình (VnExpress) (date approximate)",
    "https://vnexpress.net/loat-su-kien-trong-tuan-du-lich-tam-coc-trang-an-4752383.html",
    date="2024-05-28",
)
D47 = Doc(
    "Hội nghị liên tịch HĐND tỉnh Ninh Bình ngày 2/10/2018 về kỳ họp thứ 9 khóa XIV (Báo Ninh Bình)",
    "https://baoninhbinh.org.vn/s/h%C4%91nd%20t%E1%BB%89nh%20kh%C3%B3a%20xiv?page=7",
    date="2018-10-02",
)

# --- Điện Biên ------------------------------------------------------------------------

D48 = Doc(
    "Kế hoạch Lễ kỷ niệm 60 năm Chiến thắng Điện Biên Phủ (taybacsensetravel.com) (date approximate)",
    "https://taybacsensetravel.com/to-chuc-ky-niem-60-nam-chien-thang-dien-bien-phu-n.html",
    date="2014-01-01",
)
D49 = Doc(
    "Lễ hội Hoa ban 2026 tỉnh Điện Biên (Người Lao Động, 6/3/2026)",
    "https://nld.com.vn/nhieu-hoat-dong-hap-dan-tai-le-hoi-hoa-ban-2026-196260306201124203.htm",
    date="2026-03-06",
)
D50 = Doc(
    "Lễ khai mạc Lễ hội Hoa Ban 2022 tại Điện Biên (VOV, 13/3/2022)",
    "https://baoxuan.vov.vn/tu-khoa/hoa-ban-tag191864?page=17",
    date="2022-03-13",
)
D51 = Doc(
    "Lễ hội Hoa anh đào - Điện Biên Phủ năm 2024 (vnanet, đăng lại 12/01/2024)",
    "https://phuong3.tayninh.gov.vn/vi/news/du-lich/le-hoi-hoa-anh-dao-dien-bien-phu-nam-2024-8910.html",
    date="2024-01-12",
)


CELLS = [
    # D01: Hà Nội, khung kế hoạch thời gian năm học 2025-2026
    Cell(D01, "vào ngày 05/09/2025", "O 2025-09-05"),
    Cell(D01, "trước ngày 18/01/2026", "D 2026-01-17"),
    Cell(D01, "trước ngày 31/05/2026", "D 2026-05-30"),
    Cell(D01, "trước ngày 30/06/2026", "D 2026-06-29"),
    Cell(D01, "trước ngày 31/07/2026", "D 2026-07-30"),
    # D02: Chùa Hương 2024
    Cell(D02, "vào ngày 15/2, tức ngày mùng 6 Tết Giáp Thìn", "O 2024-02-15"),
    Cell(D02, "từ ngày 11/2 đến hết ngày 11/5", "W 2024-02-11..2024-05-11"),
    # D03: Sóc Sơn
    Cell(D03, "vào sáng mùng 6 tháng Giêng, tức ngày 17/2/2021 năm Tân Sửu", "O 2021-02-17"),
    # D04-D07: Hoa Phượng Đỏ
    Cell(D04, "trong thời gian 04 ngày (từ 10 - 13/5)", "W 2019-05-10..2019-05-13"),
    Cell(D04, "từ tháng 4 đến hết tháng 5/2019", "W 2019-04-01..2019-05-31"),
    Cell(D05, "vào ngày 13/5/2017", "O 2017-05-13"),
    Cell(D05, "trong 3 ngày, từ 12/5 đến 14/5/2017", "W 2017-05-12..2017-05-14"),
    Cell(D05, "vào 20h ngày 13/5", "O 2017-05-13T20:00"),
    Cell(D06, "từ ngày 9 đến 11-5", "W 2014-05-09..2014-05-11"),
    Cell(D07, "từ ngày 6-5 đến ngày 8-5", "W 2016-05-06..2016-05-08"),
    # D08-D12: Hà Giang, lễ hội hoa tam giác mạch
    Cell(D08, "từ ngày 9/11 đến hết ngày 21/11 năm 2024", "W 2024-11-09..2024-11-21"),
    Cell(D08, "từ 20 giờ 00 phút, ngày 9/11/2024", "O 2024-11-09T20:00"),
    Cell(D08, "Từ ngày 08 đến ngày 10/11/2024", "W 2024-11-08..2024-11-10"),
    Cell(D08, "từ tháng 10 đến hết tháng 12 năm 2024", "W 2024-10-01..2024-12-31"),
    Cell(D09, "vào trung tuần tháng 10/2016", "W 2016-10-11..2016-10-20"),  # unsure: "trung tuần" read as "giữa tháng"
    Cell(D09, "trước ngày 15/10/2016", "D 2016-10-14"),
    Cell(D09, "vào khoảng tháng 10/2016", "W 2016-10-01..2016-10-31"),  # unsure: "khoảng" (about) ignored
    Cell(D10, "từ ngày 12 đến 15/11/2015", "W 2015-11-12..2015-11-15"),
    Cell(D10, "Từ ngày 7-10/10", "W 2015-10-07..2015-10-10"),
    Cell(D10, "vào đầu tháng 11/2015", "W 2015-11-01..2015-11-10"),
    Cell(D11, "từ ngày 12-15/11", "W 2015-11-12..2015-11-15"),
    Cell(D11, "vào 20h hôm nay (12/11)", "O 2015-11-12T20:00"),
    Cell(D11, "từ ngày 11/11 đến ngày 15/11/2015", "W 2015-11-11..2015-11-15"),
    Cell(D12, "vào lúc 20h00, thứ 7 ngày 03/11/2018", "O 2018-11-03T20:00"),
    # D13-D17: lịch tiếp công dân
    Cell(D13, "định kỳ vào ngày 25 hằng tháng", "R O 2024-01-25 2024-02-25 ... 2024-12-25"),
    Cell(D13, "trước ngày 20 hằng tháng", "R D 2024-01-19 2024-02-19 ... 2024-12-19"),
    Cell(D14, "định kỳ vào ngày 25 hằng tháng, nếu trùng vào ngày nghỉ lễ, tết hoặc ngày nghỉ hằng tuần thì chuyển sang ngày làm việc tiếp theo",
         "R O 2022-01-25 2022-02-25 ... 2022-12-25"),  # the shift to the next working day is not in the conventions
    Cell(D14, "trước ngày 20 hằng tháng", "R D 2022-01-19 2022-02-19 ... 2022-12-19"),
    Cell(D15, "- Tiếp công dân định kỳ vào ngày 20 hàng tháng (nếu trùng với ngày nghỉ thì ngày tiếp công dân chuyển sang ngày làm việc tiếp theo).",
         "R O 2021-02-20 2021-03-20 ... 2022-02-20"),
    Cell(D15, "Từ 08h00’ đến 11h00’", "U"),
    Cell(D15, "Từ 14h00’ đến 16h30’", "U"),
    Cell(D15, "trước ngày 15 hàng tháng", "R D 2021-02-14 2021-03-14 ... 2022-02-14"),
    Cell(D16, "Từ 7h30 đến 11h30", "U"),
    Cell(D16, "Từ 13h30 đến 16h30", "U"),
    Cell(D16, "Định kỳ vào ngày 15 hàng tháng (nếu ngày này trùng vào ngày nghỉ, ngày lễ thì thực hiện vào ngày làm việc tiếp theo)",
         "R O 2018-10-15 2018-11-15 ... 2019-10-15"),
    Cell(D17, "vào ngày 15/6/2021", "O 2021-06-15"),
    # D18-D21: Hội Lim
    Cell(D18, "trong 2 ngày, từ ngày 2 - 3.2 (tức ngày 12 và 13 tháng giêng năm Quý Mão)", "W 2023-02-02..2023-02-03"),
    Cell(D19, "trong 2 ngày, từ ngày 02 - 03/02 (tức ngày 12 và 13 tháng Giêng năm Quý Mão)", "W 2023-02-02..2023-02-03"),
    Cell(D20, "ngày 9 - 10/2 (tức ngày 12 và 13 tháng Giêng năm Ất Tỵ 2025)", "W 2025-02-09..2025-02-10"),
    Cell(D20, "Trong ngày 9/2", "O 2025-02-09"),
    Cell(D20, "Tối ngày 9/2", "O 2025-02-09"),
    Cell(D20, "Vào 21h cùng ngày", "U"),  # "cùng ngày" (the same day as the sentence before) is not in the conventions
    Cell(D21, "trong hai ngày 28/2 và 1/3 (tức 12 và 13 tháng giêng, năm Bính Ngọ)", "W 2026-02-28..2026-03-01"),
    Cell(D21, "Ngày 28/2 (tức ngày 12 tháng giêng)", "O 2026-02-28"),
    Cell(D21, "- Từ 7h30", "U"),
    Cell(D21, "- Từ 8h30", "U"),
    # D22-D24: Quảng Ninh
    Cell(D22, "từ 20h ngày 19/10/2013", "O 2013-10-19T20:00"),
    Cell(D23, "vào lúc 8 giờ, ngày 28/2/2015 (tức ngày mùng 10 tháng Giêng năm Ất Mùi)", "O 2015-02-28T08:00"),
    Cell(D23, "trong 3 tháng đầu năm (âm lịch)", "W 2015-02-19..2015-05-17"),  # unsure: lunar months 1-3 of Ất Mùi
    Cell(D23, "từ 9 giờ ngày 25/2/2015 (tức ngày mùng 7 tháng Giêng năm Ất Mùi)", "O 2015-02-25T09:00"),
    Cell(D23, "tối mùng 9 tháng Giêng năm Ất Mùi", "O 2015-02-27"),
    Cell(D24, "Sáng 26.2 (tức mùng 10 tháng giêng năm Bính Ngọ)", "O 2026-02-26"),
    Cell(D24, "từ ngày 25.2 - 4.3", "W 2026-02-25..2026-03-04"),
    # D25-D28: Phú Thọ
    Cell(D25, "trong 05 ngày, từ ngày 21 (Thứ 7) đến ngày 25 tháng 4 năm 2018 (tức ngày 06 đến ngày 10 tháng 3 năm Mậu Tuất)",
         "W 2018-04-21..2018-04-25"),
    Cell(D25, "Từ 6h30’ phút, ngày 25 tháng 4 năm 2018 (tức ngày 10 tháng 3 năm Mậu Tuất)", "O 2018-04-25T06:30"),
    Cell(D25, "bắt đầu từ 6h", "U"),
    Cell(D26, "từ ngày 1 - 10 tháng 3 (âm lịch) tức là từ ngày 9 đến 18-4", "W 2024-04-09..2024-04-18"),
    Cell(D27, "từ 17-26/4 (1/3 đến hết 10/3 năm Bính Ngọ)", "W 2026-04-17..2026-04-26"),
    Cell(D28, "Thực hiện trong 4 tháng, bắt đầu từ tháng 9/2025; kết thúc vào 31/12/2025.", "W 2025-09-01..2025-12-31"),  # unsure: "bắt đầu từ X; kết thúc vào Y" read as one window
    Cell(D28, "Hoàn thành trước ngày 30/10/2025.", "D 2025-10-29"),
    Cell(D28, "Hoàn thành trước ngày 25/11/2025.", "D 2025-11-24"),
    Cell(D28, "Hoàn thành trước ngày 10/12/2025.", "D 2025-12-09"),
    Cell(D28, "Hoàn thành trước ngày 15/12/2025.", "D 2025-12-14"),
    Cell(D28, "Hoàn thành trước ngày 20/12/2025.", "D 2025-12-19"),
    Cell(D28, "Hoàn thành trước ngày 31/12/2025.", "D 2025-12-30"),
    # D29-D31: Hưng Yên, Thái Bình
    Cell(D29, "Từ ngày 11.7 đến 13.7", "W 2018-07-11..2018-07-13"),
    Cell(D29, "trong 3 ngày, từ ngày 11.7 đến 13.7.2018", "W 2018-07-11..2018-07-13"),
    Cell(D29, "khai mạc lúc 7 giờ 30 phút ngày 11.7", "O 2018-07-11T07:30"),
    Cell(D30, "vào 14 giờ, thứ Sáu, ngày 10/10/2025", "O 2025-10-10T14:00"),
    Cell(D31, "vào ngày 29/8/2024", "O 2024-08-29"),
    Cell(D31, "vào ngày 22/8/2024", "O 2024-08-22"),
    Cell(D31, "vào ngày 5/9/2024", "O 2024-09-05"),
    Cell(D31, "trước ngày 18/1/2025", "D 2025-01-17"),
    Cell(D31, "trước ngày 26/5/2025", "D 2025-05-25"),
    Cell(D31, "trước ngày 31/5/2025", "D 2025-05-30"),
    # D32-D36: Nam Định, Lễ hội Khai ấn đền Trần
    Cell(D32, "từ ngày 15/2 - 20/2/2019 (tức ngày 11-16 tháng Giêng năm Kỷ Hợi)", "W 2019-02-15..2019-02-20"),
    Cell(D32, "từ 8 giờ sáng ngày 11 tháng Giêng (tức 15/2/2019)", "O 2019-02-15T08:00"),
    Cell(D32, "từ 6 giờ sáng ngày 12 tháng Giêng (16/2/2019)", "O 2019-02-16T06:00"),
    Cell(D32, "từ 22 giờ 15 phút đến 22 giờ 40 phút ngày 14 tháng Giêng (18/2/2019)", "O 2019-02-18T22:15-22:40"),
    Cell(D32, "từ 22 giờ 40 phút đến 23 giờ 10 phút", "U"),
    Cell(D32, "từ 5 giờ sáng ngày 15 tháng Giêng (19/2/2019)", "O 2019-02-19T05:00"),
    Cell(D33, "vào thứ bảy (4/2/2023)", "O 2023-02-04"),
    Cell(D33, "từ 23h15 ngày 14 tháng Giêng", "O 2023-02-04T23:15"),
    Cell(D33, "từ 23h55", "U"),
    Cell(D33, "từ 5h ngày rằm tháng Giêng", "O 2023-02-05T05:00"),
    Cell(D33, "từ 1 đến 6/2/2023 (11 tới 16 tháng Giêng)", "W 2023-02-01..2023-02-06"),
    Cell(D34, "- Ngày 11 tháng Giêng (08/02/2025)", "O 2025-02-08"),
    Cell(D34, "- Ngày 12 tháng Giêng (09/02/2025)", "O 2025-02-09"),
    Cell(D35, "từ ngày 27/2-4/3 (tức ngày 11-16 tháng Giêng)", "W 2026-02-27..2026-03-04"),
    Cell(D35, "Ngày 11 tháng Giêng", "O 2026-02-27"),
    Cell(D35, "Ngày 12 tháng Giêng", "O 2026-02-28"),
    Cell(D35, "Ngày 14 tháng Giêng, từ 21h - 21h30", "O 2026-03-02T21:00-21:30"),
    Cell(D35, "Ngày 15 tháng Giêng, từ 2h sáng", "O 2026-03-03T02:00"),
    Cell(D35, "Ngày 16 tháng Giêng", "O 2026-03-04"),
    Cell(D36, "từ ngày 20/2 đến ngày 25/2 (tức từ ngày 11 đến 16 tháng Giêng)", "W 2024-02-20..2024-02-25"),
    # D37: Côn Sơn - Kiếp Bạc mùa xuân 2017, columns "NGÀY/ THÁNG" and "THỜI GIAN"
    Cell(D37, "Ngày 06/02/2017 (10 tháng Giêng âm lịch)", "O 2017-02-06"),
    Cell(D37, "8h00 - 9h00", "U"),
    Cell(D37, "9h00 - 10h00", "U"),
    Cell(D37, "Ngày 10/02/2017 (14 tháng Giêng âm lịch)", "O 2017-02-10"),
    Cell(D37, "8h30 - 20h00", "U"),
    Cell(D37, "20h00 - 22h00", "U"),
    Cell(D37, "Ngày 11/02/2017 (15 tháng Giêng âm lịch)", "O 2017-02-11"),
    Cell(D37, "7h00 - 8h30", "U"),
    Cell(D37, "Ngày 12/02/2017 (16 tháng Giêng âm lịch)", "O 2017-02-12"),
    Cell(D37, "6h30 - 8h30", "U"),
    # D38-D41: Côn Sơn - Kiếp Bạc mùa thu, Festival Chí Linh
    Cell(D38, "vào ngày 5/9 (tức 10/8 âm lịch)", "O 2022-09-05"),
    Cell(D38, "từ ngày 10 đến ngày 15/9 (tức 15 đến 20/8 âm lịch)", "W 2022-09-10..2022-09-15"),
    Cell(D38, "Ngày 10/9", "O 2022-09-10"),
    Cell(D38, "Ngày 11/9", "O 2022-09-11"),
    Cell(D38, "Ngày 12/9", "O 2022-09-12"),
    Cell(D38, "Ngày 13/9", "O 2022-09-13"),
    Cell(D38, "Ngày 15/9", "O 2022-09-15"),
    Cell(D39, "từ 19/9 đến 29/9 (tức 10-20/8 âm lịch)", "W 2018-09-19..2018-09-29"),
    Cell(D39, "vào ngày 26/9, tức ngày 17/8 Âm lịch", "O 2018-09-26"),
    Cell(D40, "trong 10 ngày, từ ngày 14-9 đến 24-9 (từ 10 đến 20-8 âm lịch)", "W 2013-09-14..2013-09-24"),
    Cell(D41, "từ ngày 24/9 - 4/10/2023", "W 2023-09-24..2023-10-04"),
    # D42: Lễ hội Hoa Lư 2017, column "Thời gian"
    Cell(D42, "Từ ngày 04 đến ngày 07/4/2017 (Tức ngày mùng 08 đến ngày 11 tháng 3 năm Đinh Dậu)", "W 2017-04-04..2017-04-07"),
    Cell(D42, "8h00’ ngày 04/4/2017 (ngày 8 tháng 3 âm lịch)", "O 2017-04-04T08:00"),
    Cell(D42, "15h30’ ngày 04/4/2017 (ngày 8 tháng 3 âm lịch)", "O 2017-04-04T15:30"),
    Cell(D42, "Từ 20h00’ ngày 04, 06/4/2017 (ngày 8, 10 tháng 3 âm lịch)", "O 2017-04-04T20:00; O 2017-04-06T20:00"),
    Cell(D42, "Từ 5h30’ - 08h00’ ngày 05/4/2017 (ngày 9 tháng 3 âm lịch)", "O 2017-04-05T05:30-08:00"),
    Cell(D42, "Từ 8h30’ - 09h30’ ngày 05/4/2017 (ngày 9 tháng 3 âm lịch)", "O 2017-04-05T08:30-09:30"),
    Cell(D42, "Từ 9h30’ - 10h30’ ngày 05/4/2017 (ngày 9 tháng 3 âm lịch)", "O 2017-04-05T09:30-10:30"),
    Cell(D42, "9h00’ ngày 05/4/2017 (ngày 9 tháng 3 âm lịch)", "O 2017-04-05T09:00"),
    Cell(D42, "Từ 14h00’ ngày 05/4/2017. Từ 7h30’ đến 17h00’ các ngày 06, 07/4/2017 (ngày 9,10,11 tháng 3 âm lịch)",
         "O 2017-04-05T14:00; O 2017-04-06T07:30-17:00; O 2017-04-07T07:30-17:00"),  # unsure: a daily time over consecutive days
    Cell(D42, "Ngày 05/4/2017 (ngày 9 tháng 3 âm lịch)", "O 2017-04-05"),
    Cell(D42, "17h00’ ngày 07/4/2017 (ngày 11 tháng 3 âm lịch)", "O 2017-04-07T17:00"),
    Cell(D42, "Từ 20h00’ ngày 05/4/2017 (ngày 9 tháng 3 âm lịch)", "O 2017-04-05T20:00"),
    # D43-D47: Ninh Bình
    Cell(D43, "trong 3 ngày, từ ngày 5-7/4 (ngày 9-11/3 năm Đinh Dậu)", "W 2017-04-05..2017-04-07"),
    Cell(D44, "trong 3 ngày, từ ngày 28/4/2023 đến ngày 30/4/2023 (tức ngày 9 đến 11 tháng 3 năm Quý Mão)", "W 2023-04-28..2023-04-30"),
    Cell(D45, "Tối 24/4", "O 2018-04-24"),
    Cell(D45, "lúc 22h15 tối 24/4, tức mùng 9/3 âm lịch", "O 2018-04-24T22:15"),
    Cell(D45, "vào tháng 4, 5", "W 2018-04-01..2018-04-30; W 2018-05-01..2018-05-31"),  # unsure: a list of months, read like a list of years
    Cell(D45, "dự kiến diễn ra vào đầu tháng 6", "W 2018-06-01..2018-06-10"),
    Cell(D46, "diễn ra từ ngày 1 đến 8/6", "W 2024-06-01..2024-06-08"),
    Cell(D46, "ngày 1/6", "O 2024-06-01"),
    Cell(D47, "dự kiến diễn ra đầu tháng 12/2018", "W 2018-12-01..2018-12-10"),
    # D48-D51: Điện Biên
    Cell(D48, "vào sáng ngày 7/5/2014", "O 2014-05-07"),
    Cell(D48, "1 ngày trước Lễ kỷ niệm", "D 2014-05-06", {"Lễ kỷ niệm": "2014-05-07"}),  # unsure: "N ngày trước <sự kiện>" word order; the item is a day
    Cell(D48, "vào 20h ngày 6/5/2014", "O 2014-05-06T20:00"),
    Cell(D48, "vào tháng 3/2014", "W 2014-03-01..2014-03-31"),
    Cell(D49, "vào tối 8-3", "O 2026-03-08"),
    Cell(D50, "Vào 20h tối nay (13/3)", "O 2022-03-13T20:00"),
    Cell(D51, "từ ngày 12 - 14/1/2024", "W 2024-01-12..2024-01-14"),
]
