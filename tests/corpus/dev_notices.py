"""Held-out real timing phrases from notices, letters and event plans (2022–2026), answers
worked out by hand. Collected without reading the resolver; scored once, not used to tune it."""
from tests.corpus.spec import Cell, Doc

# Thể lệ Cuộc thi tìm hiểu 70 năm Chiến thắng Điện Biên Phủ "Điện Biên Phủ - Khát vọng non sông"
# (kèm Kế hoạch 149-KH/TWĐTN-TNXP ngày 30/11/2023 của Ban Bí thư Trung ương Đoàn)
D01 = Doc(
    "Thể lệ Cuộc thi tìm hiểu 70 năm Chiến thắng Điện Biên Phủ, kèm Kế hoạch 149-KH/TWĐTN-TNXP ngày 30/11/2023 của Ban Bí thư Trung ương Đoàn",
    "https://70namchienthangdbp.doanthanhnien.vn/contest-rules",
    date="2023-11-30",
)
# Chương trình Lễ hội Thành Bản Phủ - Ngày hội VH, TT, DL các dân tộc huyện Điện Biên lần thứ XI năm 2025
D02 = Doc(
    "Chương trình Lễ hội Thành Bản Phủ - Ngày hội Văn hóa, Thể thao và Du lịch các dân tộc huyện Điện Biên lần thứ XI, năm 2025 (UBND huyện Điện Biên) (date approximate)",
    "https://huyendienbien.dienbien.gov.vn/NaU/T/CHUONG-TRINH-LE-HOI-THANH-BAN-PHU---NGAY-HOI-VH-TT-DL-CAC-DAN-TOC-HUYEN-DIEN-BIEN",
    date="2025-03-18",
)
# Thư viện tỉnh Tây Ninh — KH tổ chức 3 cuộc thi về sách năm 2022 (28/03/2022)
D03 = Doc(
    "Thư viện tỉnh Tây Ninh — KH tổ chức Cuộc thi Vẽ tranh theo sách lần 7, Cuộc thi Đại sứ Văn hóa đọc, Cuộc thi Giới thiệu sách trực tuyến năm 2022 (28/03/2022)",
    "https://thuvien.tayninh.gov.vn/News/NewDetail/kh-to-chuc-cuoc-thi-ve-tranh-theo-sach-lan-7-nam-2022-cuoc-thi-dai-su-van-hoa-doc-nam-2022-cuoc-thi-gioi-thieu-sach-truc-tuyen-nam-2022",
    date="2022-03-28",
)
# Thể lệ cuộc thi tiểu phẩm văn học về Bộ đội Cụ Hồ — hoitruongson.vn, đăng 20/04/2024
D04 = Doc(
    "Thể lệ cuộc thi viết tiểu phẩm văn học về Bộ đội Cụ Hồ (Hội Truyền thống Trường Sơn, đăng 20/04/2024)",
    "http://hoitruongson.vn/tin-tuc/2145_124237/the-le-cuoc-thi.htm",
    date="2024-04-20",
)
# Thông báo gia hạn thời gian nhận bài dự thi và bình chọn Cuộc thi "Cuốn sách thay đổi cuộc đời" 2022
D05 = Doc(
    "Thông báo gia hạn thời gian nhận bài dự thi và bình chọn Cuộc thi \"Cuốn sách thay đổi cuộc đời\" năm 2022 (Trung ương Hội LHTN Việt Nam, 19/08/2022)",
    "https://toiyeutoquoctoi.vn/tin-tuc/thong-bao-gia-han-thoi-gian-nhan-bai-du-thi-va-binh-chon-cuoc-thi-cuon-sach-thay-doi-cuoc-doi-581",
    date="2022-08-19",
)
# Công văn 2413/UBND-KGVX năm 2025 của Chủ tịch UBND tỉnh Quảng Ngãi (nghỉ lễ 30/4, 1/5/2025)
D06 = Doc(
    "Công văn 2413/UBND-KGVX năm 2025 của UBND tỉnh Quảng Ngãi về nghỉ lễ 30/4 và 01/5 năm 2025 (Cổng TTĐT Quảng Ngãi) (date approximate)",
    "https://quangngai.gov.vn/tin-tuc/tin-chi-dao-dieu-hanh/nghi-le-ngay-chien-thang-30-4-va-ngay-quoc-te-lao-dong-01-5-nam-2025.html",
    date="2025-04-15",
)
# Kế hoạch tổ chức Hội khỏe Phù Đổng các cấp năm 2024 của UBND tỉnh Hải Dương (Báo Hải Dương, 25/11/2023)
D07 = Doc(
    "Kế hoạch tổ chức Hội khỏe Phù Đổng các cấp năm 2024 của UBND tỉnh Hải Dương (Báo Hải Dương, 25/11/2023)",
    "https://baohaiduong.vn/hoi-khoe-phu-dong-tinh-hai-duong-nam-2024-co-6-mon-thi-dau-364536.html",
    date="2023-11-25",
)
# Kế hoạch Lễ hội Cồng chiêng Đông Nam Á 2025 của tỉnh Lâm Đồng (Pháp luật Plus, 06/11/2025)
D08 = Doc(
    "Kế hoạch tổ chức Lễ hội Cồng chiêng Đông Nam Á năm 2025 của tỉnh Lâm Đồng, họp ngày 05/11/2025 (Pháp luật Plus, 06/11/2025)",
    "https://phapluatplus.baophapluat.vn/nhung-hoat-dong-noi-bat-trong-le-hoi-cong-chieng-dong-nam-a-nam-2025-va-festival-hoa-nam-2026-228011.html",
    date="2025-11-06",
)
# Chương trình Lễ hội xuân Văn Miếu TP Hà Tĩnh 2023 (Báo Hà Tĩnh, 3/2023)
D09 = Doc(
    "Chương trình 3 ngày Lễ hội Văn Miếu TP Hà Tĩnh năm 2023 (Báo Hà Tĩnh) (date approximate)",
    "https://baohatinh.vn/van-hoa-ha-tinh/san-sang-cho-le-hoi-xuan-van-mieu-o-thanh-pho-ha-tinh/245180.htm",
    date="2023-03-03",
)
# Lai Vung sẽ tổ chức Lễ hội Quýt hồng vào tháng 01 năm 2023 (Cổng TTĐT huyện Lai Vung, Đồng Tháp)
D10 = Doc(
    "Kế hoạch Lễ hội Quýt hồng Lai Vung tháng 01/2023 của UBND huyện Lai Vung, Đồng Tháp (date approximate)",
    "https://laivung.dongthap.gov.vn/web/hlv/chi-tiet-bai-viet/-/asset_publisher/1mOzUrGkrdAE/content/id/13137623?plidlayout=3672",
    date="2022-12-15",
)
# Kế hoạch 87/KH-UBND ngày 17/02/2025 của UBND huyện Long Đất (chương trình nghệ thuật Lễ hội Dinh Cô 2025)
D11 = Doc(
    "Kế hoạch 87/KH-UBND ngày 17/02/2025 của UBND huyện Long Đất (chương trình nghệ thuật phục vụ Lễ hội Dinh Cô năm 2025)",
    "https://longhaiecoz.vn/929cF2B70b4hF99",
    date="2025-02-17",
)
# Trường Đại học Tây Nguyên — Thông báo đăng ký học hè, thi lại, thi cải thiện HK2 2022-2023
D12 = Doc(
    "Trường Đại học Tây Nguyên — Thông báo về việc đăng ký học hè, thi lại, thi cải thiện điểm D học kỳ 2 năm học 2022-2023 (date approximate)",
    "https://www.ttn.edu.vn/index.php/khoaspsinhvien/4653-1113062303",
    date="2023-06-05",
)
# online.hcmct.edu.vn — Thông báo nghỉ Tết Nguyên đán Giáp Thìn 2024 và nhiệm vụ sinh viên trước, sau Tết
D13 = Doc(
    "Thông báo nghỉ Tết Nguyên đán Giáp Thìn 2024 và các nhiệm vụ sinh viên trước, sau Tết (online.hcmct.edu.vn) (date approximate)",
    "http://online.hcmct.edu.vn/",
    date="2023-12-15",
)
# Trường Quốc tế, ĐHQG Hà Nội — Lịch trình đào tạo năm học 2022 – 2023
D14 = Doc(
    "Lịch trình đào tạo năm học 2022 – 2023 (daotao.sis.vnu.edu.vn, ban hành tháng 7/2022) (date approximate)",
    "https://daotao.sis.vnu.edu.vn/lich-trinh-dao-tao-nam-hoc-2022-2023/302/",
    date="2022-07-01",
)
# Điều lệ Giải cưỡi ngựa phong trào vượt địa hình 2025 (Công ty CP Đua ngựa Thiên Mã – Mađagui, Lâm Đồng)
D15 = Doc(
    "Giải cưỡi ngựa phong trào vượt địa hình 2025, Công ty CP Đua ngựa Thiên Mã – Mađagui (vabisgroup.com) (date approximate)",
    "https://vabisgroup.com/giai-cuoi-ngua-phong-trao-vuot-dia-hinh-2025",
    date="2025-07-15",
)
# Lễ hội đình Bầu xã Quảng Nghĩa diễn ra từ ngày 25 - 27/02/2024 (Cổng TTĐT TP Móng Cái, 08/02/2024)
D16 = Doc(
    "Lễ hội đình Bầu xã Quảng Nghĩa năm 2024, TP Móng Cái (Cổng TTĐT Móng Cái, 08/02/2024)",
    "https://mongcai.gov.vn/vi-vn/tin/le-hoi-dinh-bau-xa-quang-nghia-dien-ra-tu-ngay-25--27-02-2024-p509470-c633924-n782501",
    date="2024-02-08",
)

CELLS = [
    # D01
    Cell(D01, "từ tháng 12/2023 đến tháng 5/2024", "W 2023-12-01..2024-05-31"),
    Cell(D01, "ngày 18/12/2023", "O 2023-12-18"),
    Cell(D01, "Thời gian bắt đầu thi ngày 18/12/2023; kết thúc nhận bài dự thi ngày 15/4/2024", "W 2023-12-18..2024-04-15"),  # unsure: start + end of the same activity read as one window
    Cell(D01, "đầu tháng 5/2024", "W 2024-05-01..2024-05-10"),
    Cell(D01, "Thời gian kết thúc: ngày 05/5/2024", "D 2024-05-05"),  # unsure: end of the online test read as a deadline
    # D02
    Cell(D02, "Ngày 22/3/2025 (23/02 Âm lịch)", "O 2025-03-22"),
    Cell(D02, "19 giờ 30 phút", "U"),
    Cell(D02, "Ngày 23/3/2025 (24/02 Âm lịch)", "O 2025-03-23"),
    Cell(D02, "Từ 07 giờ 00 phút - 07 giờ 30 phút", "U"),
    Cell(D02, "07 giờ 30 phút – 09 giờ 00 phút", "U"),
    Cell(D02, "09 giờ 00 phút - 11 giờ 30 phút", "U"),
    Cell(D02, "Buổi chiều: 14 giờ 00 phút - 17 giờ 30 phút", "U"),
    Cell(D02, "Buổi tối: 19 giờ 30 phút - 21 giờ 30 phút", "U"),
    # D03
    Cell(D03, "Bắt đầu từ ngày ra thông báo đến hết ngày 31/5/2022 (căn cứ theo dấu Bưu điện)", "D 2022-05-31"),  # unsure: start is the (unstated) notice date; kept only the end
    Cell(D03, "Dự kiến vào tháng 6/2022", "W 2022-06-01..2022-06-30"),
    Cell(D03, "Cuộc thi chính thức bắt đầu từ ngày ban hành kế hoạch đến hết ngày 30/6/2022", "W 2022-03-28..2022-06-30"),  # the start is the plan's date (Doc.date); first answered "D 2022-06-30" (unsure), before "từ ngày ban hành" was a rule
    Cell(D03, "từ tháng 4/2022 đến hết ngày 30/6/2022", "W 2022-04-01..2022-06-30"),
    Cell(D03, "Dự kiến vào tháng 7/2022 (sẽ có thông báo cụ thể sau)", "W 2022-07-01..2022-07-31"),
    Cell(D03, "từ ngày 01/4 đến ngày 15/5/2022", "W 2022-04-01..2022-05-15"),
    Cell(D03, "từ ngày 16/6 đến ngày 30/6/2022", "W 2022-06-16..2022-06-30"),
    Cell(D03, "từ ngày 15/5/2022 đến ngày 31/7/2022", "W 2022-05-15..2022-07-31"),
    # D04
    Cell(D04, "Từ ngày 01/01/2024 đến ngày 31/7/2024", "W 2024-01-01..2024-07-31"),
    Cell(D04, "tháng 11 năm 2024", "W 2024-11-01..2024-11-30"),
    # D05
    Cell(D05, "đến hết ngày 30/9/2022", "D 2022-09-30"),
    Cell(D05, "đến hết ngày 31/10/2022", "D 2022-10-31"),
    # D06
    Cell(D06, "Nghỉ lễ ngày Chiến thắng 30/4 và ngày Quốc tế lao động 01/5 năm 2025", "O 2025-04-30; O 2025-05-01"),  # unsure: headline naming the two holidays
    Cell(D06, "ngày Chiến thắng 30/4 (30/4/1975 - 30/4/2025) và ngày Quốc tế lao động 01/5 năm 2025", "O 2025-04-30; O 2025-05-01"),  # unsure: anniversary span in parentheses is a label, not a window
    Cell(D06, "từ thứ Tư ngày 30/4/2025 đến hết Chủ nhật ngày 04/5/2025", "W 2025-04-30..2025-05-04"),
    Cell(D06, "thứ Bảy ngày 26/4/2025", "O 2025-04-26"),
    # D07
    Cell(D07, "vào ngày 23/2/2024", "O 2024-02-23"),
    Cell(D07, "hoàn thành xong trước ngày 31/1/2024", "D 2024-01-30"),
    Cell(D07, "dự kiến xong trước ngày 10/3/2024", "D 2024-03-09"),
    # D08
    Cell(D08, "Ngày 05/11", "O 2025-11-05"),
    Cell(D08, "dự kiến diễn ra ngày 21/11/2025 và ngày 22/11/2025", "W 2025-11-21..2025-11-22"),
    Cell(D08, "dự kiến diễn ra vào lúc 19h30, ngày 20/12/2025", "O 2025-12-20T19:30"),
    Cell(D08, "diễn ra vào ngày 19/12/2025", "O 2025-12-19"),
    Cell(D08, "dự kiến diễn ra vào ngày 18/12/2025 đến ngày 20/12/2025", "W 2025-12-18..2025-12-20"),
    # D09
    Cell(D09, "Ngày 4/3/2023", "O 2023-03-04"),
    Cell(D09, "8h00", "U"),
    Cell(D09, "19h30’", "U"),
    Cell(D09, "Ngày 5/3/2023", "O 2023-03-05"),
    Cell(D09, "8h - 8h30", "U"),
    Cell(D09, "8h30 - 9 giờ", "U"),
    Cell(D09, "9h - 17h30", "U"),
    Cell(D09, "Ngày 6/3/2023", "O 2023-03-06"),
    # D10
    Cell(D10, "vào tháng 01 năm 2023", "W 2023-01-01..2023-01-31"),
    Cell(D10, "Lễ hội diễn ra trong 04 ngày, từ ngày 05/01/2023 đến ngày 08/01/2023 (nhằm 14 đến 17 tháng Chạp âl năm Nhâm Dần)", "W 2023-01-05..2023-01-08"),
    Cell(D10, "vào lúc 09 giờ 00, ngày 05/01/2023 (14 tháng Chạp âl)", "O 2023-01-05T09:00"),
    Cell(D10, "vào lúc 14 giờ 00, ngày 08/01/2023 (17 tháng Chạp âl)", "O 2023-01-08T14:00"),
    # D11
    Cell(D11, "Ngày 17/02/2025", "O 2025-02-17"),
    Cell(D11, "Từ 19 giờ 00 phút đến 21 giờ 00 phút, ngày 08/3/2025 (nhằm ngày mùng 09/02 âm lịch)", "O 2025-03-08T19:00-21:00"),
    # D12
    Cell(D12, "vào ngày 23/6/2023", "O 2023-06-23"),
    Cell(D12, "từ 26/6/2023 đến 04/8/2023", "W 2023-06-26..2023-08-04"),
    Cell(D12, "Từ 12/6/2023 đến 23/6/2023", "W 2023-06-12..2023-06-23"),
    Cell(D12, "Từ 26/6/2023 đến 28/7/2023", "W 2023-06-26..2023-07-28"),
    Cell(D12, "Từ ngày 31/7/2023 đến 04/8/2023", "W 2023-07-31..2023-08-04"),
    Cell(D12, "Vào các ngày thứ 7, chủ nhật kể từ ngày 12/8/2023", "R O 2023-08-12 2023-08-13 2023-08-19 2023-08-20 ... 2024-08-11"),  # unsure: open-ended weekend repeat, bounded by the one-year default
    Cell(D12, "Từ 12/8/2023 đến ngày 20/8/2023", "W 2023-08-12..2023-08-20"),
    Cell(D12, "Vào các ngày thứ 7, chủ nhật kể từ ngày 12/8/2023 hoặc theo đề nghị cụ thể của Khoa Y Dược", "R O 2023-08-12 2023-08-13 2023-08-19 2023-08-20 ... 2024-08-11; U"),  # unsure: as above, plus an undated alternative
    # D13
    Cell(D13, "Nghỉ từ ngày 29/01/2024 ÷ 18/02/2024 (Nhằm ngày thứ hai, 19 tháng chạp năm Quý Mão ÷ Ngày Chủ Nhật, 09 tháng giêng năm Giáp Thìn – Âm lịch)", "W 2024-01-29..2024-02-18"),
    Cell(D13, "Từ ngày 19/02/2024 (Nhằm ngày thứ hai, 10 tháng giêng năm Giáp Thìn – Âm lịch)", "O 2024-02-19"),
    Cell(D13, "Từ ngày 20/02/2024 (Nhằm ngày thứ ba, 11 tháng giêng năm Giáp Thìn – Âm lịch)", "O 2024-02-20"),
    Cell(D13, "Từ ngày 18/12/2023 ÷ 24/12/2023 (Tuần 21)", "W 2023-12-18..2023-12-24"),
    Cell(D13, "Từ ngày 25/12/2023 ÷ 14/01/2024 (Tuần 22 ÷ 24)", "W 2023-12-25..2024-01-14"),
    Cell(D13, "Từ ngày 15/01/2024 ÷ 17/01/2024 (Tuần 25)", "W 2024-01-15..2024-01-17"),
    Cell(D13, "Từ ngày 18/12/2023 (Tuần 21)", "O 2023-12-18"),
    Cell(D13, "Từ ngày 27/12/2023 ÷ 29/12/2023 (Tuần 22)", "W 2023-12-27..2023-12-29"),
    # D14
    Cell(D14, "từ tháng 7/2022", "O 2022-07-01"),  # unsure: "ban hành từ tháng 7/2022" (issued as of July) read by the open-start rule
    Cell(D14, "05/9/2022", "O 2022-09-05"),
    Cell(D14, "05-16/9/2022", "W 2022-09-05..2022-09-16"),
    Cell(D14, "19/9- 25/9/2022", "W 2022-09-19..2022-09-25"),
    Cell(D14, "26/9-30/9/2022", "W 2022-09-26..2022-09-30"),
    Cell(D14, "03/10/2022", "O 2022-10-03"),
    Cell(D14, "10/10/2022", "O 2022-10-10"),
    Cell(D14, "– 18/12/2022 – 13/01/2023", "O 2022-12-18; O 2023-01-13"),  # unsure: two cohorts' end dates in one cell, not a range
    # D15
    Cell(D15, "Thứ Bảy, ngày 16/8/2025 (một ngày, khung giờ cụ thể sẽ thông báo sau)", "O 2025-08-16"),
    # D16
    Cell(D16, "từ ngày 25 - 27/02/2024", "W 2024-02-25..2024-02-27"),
    Cell(D16, "hàng năm vào ngày 16 - 18 tháng giâng âm lịch", "R W 2024-02-25..2024-02-27 2025-02-13..2025-02-15"),  # unsure: yearly lunar window, one-year default bound
    Cell(D16, "thường niên từ ngày 16 - 18 tháng giâng âm lịch", "R W 2024-02-25..2024-02-27 2025-02-13..2025-02-15"),  # unsure: as above
    Cell(D16, "từ ngày 25 - 27 tháng 02 (tức ngày 16 - 18 tháng giêng năm Giáp Thìn 2024)", "W 2024-02-25..2024-02-27"),
]
