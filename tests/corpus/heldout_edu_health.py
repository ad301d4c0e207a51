"""Held-out real timing cells from education and health documents, answers worked out by hand. Collected without reading the resolver; scored once, not used to tune it."""

from tests.corpus.spec import Cell, Doc

# Quyết định 986/QĐ-UBND ngày 13/8/2024 của UBND tỉnh Tuyên Quang (kế hoạch thời gian năm học 2024-2025), mirrored from thuvienphapluat.vn in github TuanHuu168/CongBot Data/file_data_19.md
D01 = Doc("Quyết định 986/QĐ-UBND ngày 13/8/2024 của UBND tỉnh Tuyên Quang ban hành Kế hoạch thời gian năm học 2024-2025",
          "https://thuvienphapluat.vn/van-ban/Giao-duc/Quyet-dinh-986-QD-UBND-2024-Ke-hoach-thoi-gian-giao-duc-mam-non-Tuyen-Quang-nam-hoc-2024-2025-621424.aspx",
          date="2024-08-13")
# Công văn 1682/SGDĐT-KTKĐ ngày 11/4/2023 của Sở GDĐT TP.HCM (lịch thi tuyển sinh lớp 10 năm học 2023-2024), as summarised at https://nhanlambangtq.com/lich-thi-tuyen-sinh-lop-10-he-thpt-nam-hoc-2023-2024/
D02 = Doc("Công văn 1682/SGDĐT-KTKĐ ngày 11/4/2023 của Sở GDĐT TP.HCM, lịch thi tuyển sinh lớp 10 năm học 2023-2024 (bài tổng hợp nhanlambangtq.com)",
          "https://nhanlambangtq.com/lich-thi-tuyen-sinh-lop-10-he-thpt-nam-hoc-2023-2024/",
          date="2023-04-11")
# Gần 381.000 trẻ được uống bổ sung vitamin A đợt 2/2024 (Hà Nội TV via Báo Mới, 4/12/2024) https://lite.baomoi.com/gan-381-000-tre-duoc-uong-bo-sung-vitamin-a-dot-2-2024-c50889880.epi
D03 = Doc("Chiến dịch bổ sung vitamin A đợt 2/2024 của ngành y tế Hà Nội (Hà Nội TV, 4/12/2024)",
          "https://lite.baomoi.com/gan-381-000-tre-duoc-uong-bo-sung-vitamin-a-dot-2-2024-c50889880.epi",
          date="2024-12-04")
# TP. Hồ Chí Minh bắt đầu cho trẻ uống vitamin A sau thời gian tạm hoãn (HCDC, VTV, 11/12/2022) https://vtv8.vtv.vn/xa-hoi/tp-ho-chi-minh-bat-dau-cho-tre-uong-vitamin-a-sau-thoi-gian-tam-hoan-20221211110646091.htm
D04 = Doc("Trung tâm Kiểm soát bệnh tật TP.HCM — chiến dịch bổ sung vitamin A đại trà tháng 12/2022 (VTV, 11/12/2022)",
          "https://vtv8.vtv.vn/xa-hoi/tp-ho-chi-minh-bat-dau-cho-tre-uong-vitamin-a-sau-thoi-gian-tam-hoan-20221211110646091.htm",
          date="2022-12-11")
# Kế hoạch 35/KH-UBND ngày 10/2/2025 của UBND TP Hà Nội (chiến dịch tiêm chủng vắc xin phòng, chống dịch Sởi năm 2025), Người Hà Nội https://nguoihanoi.vn/ha-noi-trien-khai-tiem-chung-cho-tre-duoi-9-thang-tuoi-89482.html
D05 = Doc("Kế hoạch 35/KH-UBND ngày 10/2/2025 của UBND TP Hà Nội triển khai chiến dịch tiêm chủng vắc xin phòng, chống dịch Sởi năm 2025 (Người Hà Nội)",
          "https://nguoihanoi.vn/ha-noi-trien-khai-tiem-chung-cho-tre-duoi-9-thang-tuoi-89482.html",
          date="2025-02-10")
# Văn bản 1277/BGDĐT-QLCL ngày 22/3/2024 của Bộ GDĐT (hướng dẫn tổ chức Kỳ thi tốt nghiệp THPT năm 2024), hoatieu.vn
D06 = Doc("Văn bản 1277/BGDĐT-QLCL ngày 22/3/2024 của Bộ Giáo dục và Đào tạo hướng dẫn tổ chức Kỳ thi tốt nghiệp THPT năm 2024 (hoatieu.vn)",
          "https://hoatieu.vn/phap-luat/van-ban-so-1277-bgddt-qlcl-ve-viec-huong-dan-to-chuc-ky-thi-tot-nghiep-thpt-nam-2024-224833",
          date="2024-03-22")
# Bộ GDĐT công bố mốc thời gian xét tuyển đại học 2023 (isb.edu.vn, 03/03/2023)
D07 = Doc("Bộ Giáo dục và Đào tạo công bố mốc thời gian liên quan đến công tác xét tuyển đại học 2023 (isb.edu.vn)",
          "https://isb.edu.vn/bo-giao-duc-va-dao-tao-cong-bo-moc-thoi-gian-lien-quan-den-cong-tac-xet-tuyen-dai-hoc-2023/",
          date="2023-03-03")
# Tuyển sinh đại học 2023: những mốc thời gian thí sinh cần ghi nhớ (Gia đình & Xã hội, 8/5/2023)
D08 = Doc("Hướng dẫn tuyển sinh đại học, cao đẳng năm 2023 của Bộ GDĐT — các mốc thời gian (Gia đình & Xã hội, 8/5/2023)",
          "https://giadinh.suckhoedoisong.vn/tuyen-sinh-dai-hoc-2023-nhung-moc-thoi-gian-nao-thi-sinh-can-ghi-nho-172230508092309554.htm",
          date="2023-05-08")
# Thí sinh bắt đầu thực hành đăng ký nguyện vọng xét tuyển đại học trên hệ thống (Báo Hải Dương, 7/2023) (date approximate)
D09 = Doc("Bộ GDĐT mở Hệ thống hỗ trợ tuyển sinh chung cho thí sinh thực hành đăng ký nguyện vọng 2023 (Báo Hải Dương) (date approximate)",
          "https://baohaiduong.vn/thi-sinh-bat-dau-thuc-hanh-dang-ky-nguyen-vong-xet-tuyen-dai-hoc-tren-he-thong-346938.html",
          date="2023-07-03")
# Bệnh viện thành phố Thủ Đức — Thông báo lịch nghỉ lễ Giỗ Tổ Hùng Vương năm 2022 (8/4/2022)
D10 = Doc("Bệnh viện thành phố Thủ Đức — Thông báo lịch nghỉ lễ Giỗ Tổ Hùng Vương năm 2022",
          "https://benhvienthuduc.vn/2022/04/08/thong-bao-lich-nghi-le-gio-to-hung-vuong-nam-2022/",
          date="2022-04-08")
# Trung tâm Y tế Hữu Lũng — Thông báo lịch nghỉ Lễ giỗ tổ Hùng Vương và nghỉ Lễ 30/4, 1/5 năm 2023 (date approximate)
D11 = Doc("Trung tâm Y tế Hữu Lũng (Lạng Sơn) — Thông báo lịch nghỉ Lễ giỗ tổ Hùng Vương và nghỉ Lễ 30/4, 1/5 năm 2023 (date approximate)",
          "https://benhvienhuulung.vn/thong-bao-lich-nghi-le-gio-to-hung-vuong-va-nghi-le-30-4-1-5/",
          date="2023-04-24")
# Lịch nghỉ Tết Dương lịch 2026 của các bệnh viện ở Hà Nội (AloBacsi) (date approximate)
D12 = Doc("Lịch nghỉ Tết Dương lịch 2026 của các bệnh viện ở Hà Nội (AloBacsi) (date approximate)",
          "https://alobacsi.com/dich-vu-y/lich-nghi-tet-duong-lich-2026-cua-cac-benh-vien-o-ha-noi.html",
          date="2025-12-29")
# Quyết định 2388/QĐ-UBND của UBND tỉnh Nghệ An, khung kế hoạch thời gian năm học 2023-2024 (Nghệ An 24h) (date approximate)
D13 = Doc("Quyết định 2388/QĐ-UBND năm 2023 của UBND tỉnh Nghệ An ban hành khung kế hoạch thời gian năm học 2023-2024 (Nghệ An 24h) (date approximate)",
          "https://nghean24h.vn/hanh-trinh-cong-chu-len-non-giao-vien-khong-quan-loi-bun-dua-hoc-sinh-tro-lai-truong-a704268.html",
          date="2023-08-15")
# Thêm 14 tỉnh chốt lịch tựu trường năm học 2023-2024 (Afamily, 15/8/2023)
D14 = Doc("Kế hoạch thời gian năm học 2023-2024 của các tỉnh Đồng Nai, Đắk Nông, Khánh Hòa... (Afamily, 15/8/2023)",
          "https://afamily.vn/them-14-tinh-chot-lich-tuu-truong-nam-hoc-2023-2024-20230815192828192.chn",
          date="2023-08-15")
# Thêm nhiều địa phương chốt lịch tựu trường năm học mới 2022-2023 (VTC News, 8/2022) (date approximate)
D15 = Doc("Kế hoạch thời gian năm học 2022-2023 của Quảng Nam, Long An, Nghệ An và các tỉnh (VTC News) (date approximate)",
          "https://vtc.vn/them-nhieu-dia-phuong-chot-lich-tuu-truong-nam-hoc-moi-2022-2023-ar694460.html",
          date="2022-08-10")
# Hơn 6 triệu trẻ em Việt Nam sẽ được bổ sung vitamin A (Bộ Y tế, Thời Đại, 6/2024) (date approximate)
D16 = Doc("Bộ Y tế — chiến dịch bổ sung vitamin A đợt 1 năm 2024 (Thời Đại) (date approximate)",
          "https://www.thoidai.com.vn/hon-6-trieu-tre-em-viet-nam-se-duoc-bo-sung-vitamin-a-200654.html",
          date="2024-06-01")
# Trung tâm Y tế Long Phú — Tiêm bổ sung vắc xin Uốn ván – Bạch hầu (Td) năm 2023 (date approximate)
D17 = Doc("Trung tâm Y tế Long Phú (Sóc Trăng) — Tiêm bổ sung vắc xin Uốn ván – Bạch hầu (Td) năm 2023 (date approximate)",
          "https://trungtamytelongphu.com/chuyen-muc/tiem-ngua-vac-xin",
          date="2023-02-15")
# Nghỉ Tết Dương lịch 4 ngày, bệnh viện TP.HCM có làm việc không (Znews, 1/1/2026)
D18 = Doc("Lịch khám chữa bệnh của các bệnh viện TP.HCM dịp Tết Dương lịch 2026 (Znews, 1/1/2026)",
          "https://znews.vn/nghi-tet-duong-lich-4-ngay-benh-vien-tphcm-co-lam-viec-khong-post1615752.html",
          date="2026-01-01")

CELLS = [
    # D01
    Cell(D01, "Ngày 26/8/2024 (thứ Hai)", "O 2024-08-26"),
    Cell(D01, "ngày 19/8/2024 (thứ Hai)", "O 2024-08-19"),
    Cell(D01, "Ngày 05/9/2024 (thứ Năm)", "O 2024-09-05"),
    Cell(D01, "Bắt đầu từ ngày 06/9/2024; kết thúc trước ngày 18/01/2025.", "W 2024-09-06..2025-01-17"),  # unsure: open start plus "kết thúc trước" read as one window (alternative: O 06/9 + D 17/1)
    Cell(D01, "Bắt đầu ngay sau khi kết thúc học kỳ I; hoàn thành chương trình và kết thúc năm học trước ngày 31/5/2025.",
         "W 2025-01-18..2025-05-30", events={"kết thúc học kỳ I": "2025-01-17"}),  # unsure: start is "right after semester I", which only has a deadline (before 18/1/2025)
    Cell(D01, "trước ngày 30/6/2025", "D 2025-06-29"),
    # D02
    Cell(D02, "05.6.2023 (9 giờ 30 phút)", "O 2023-06-05T09:30"),
    Cell(D02, "06.6.2023", "O 2023-06-06"),
    Cell(D02, "7 giờ 30", "U"),  # unsure: table row's date (06.6.2023) is in another cell
    Cell(D02, "7 giờ 55", "U"),  # unsure: table row's date (06.6.2023) is in another cell
    Cell(D02, "8 giờ 00", "U"),  # unsure: table row's date (06.6.2023) is in another cell
    Cell(D02, "13 giờ 30", "U"),  # unsure: table row's date (06.6.2023) is in another cell
    # D03
    Cell(D03, "trong 2 ngày 1 - 2/12", "W 2024-12-01..2024-12-02"),
    Cell(D03, "uống vét ngày 3 - 4/12", "W 2024-12-03..2024-12-04"),
    Cell(D03, "hôm nay (4/12)", "O 2024-12-04"),
    Cell(D03, "vào tháng 6/2024", "W 2024-06-01..2024-06-30"),
    # D04
    Cell(D04, "2 tuần cuối tháng 12 này", "W 2022-12-18..2022-12-31"),  # unsure: "last two weeks of December" taken as the last 14 days
    Cell(D04, "từ ngày 19 đến ngày 30/12", "W 2022-12-19..2022-12-30"),
    # D05
    Cell(D05, "Ngày 10-2", "O 2025-02-10"),
    Cell(D05, "Dự kiến thời gian từ tháng 2/2025", "O 2025-02-01"),
    Cell(D05, "Các tháng tiếp theo", "U"),  # unsure: "the following months" after Feb 2025, no end
    Cell(D05, "muộn nhất trong vòng 1 tháng sau khi vaccine được Bộ Y tế cung ứng", "ERR"),
    # D06
    Cell(D06, "Ngày 22/3/2024", "O 2024-03-22"),
    Cell(D06, "vào các ngày 26, 27, 28, 29/6/2024", "W 2024-06-26..2024-06-29"),
    Cell(D06, "vào 8 giờ 00 ngày 17/7/2024", "O 2024-07-17T08:00"),
    # D07
    Cell(D07, "03/03/2023", "O 2023-03-03"),
    Cell(D07, "Từ ngày 05/07 đến ngày 11/07", "W 2023-07-05..2023-07-11"),
    Cell(D07, "Từ ngày 05/07 đến 17 giờ ngày 25/07", "W 2023-07-05..2023-07-25"),
    Cell(D07, "Ngày 20/07", "O 2023-07-20"),
    Cell(D07, "17 giờ ngày 22/07", "O 2023-07-22T17:00"),  # unsure: the row is a completion deadline ("Hoàn thành việc điều chỉnh...")
    Cell(D07, "Từ ngày 26/07 đến 17 giờ ngày 05/08", "W 2023-07-26..2023-08-05"),
    # D08
    Cell(D08, "trước 17 giờ ngày 20/6", "D 2023-06-20T17:00"),
    Cell(D08, "Trước 17 giờ ngày 30/6", "D 2023-06-30T17:00"),
    Cell(D08, "Từ 15/6 đến 20/7", "W 2023-06-15..2023-07-20"),
    Cell(D08, "Từ 10/7 đến 17 giờ ngày 30/ 7", "W 2023-07-10..2023-07-30"),
    # D09
    Cell(D09, "Từ ngày 3.7 đến hết ngày 6.7", "W 2023-07-03..2023-07-06"),
    Cell(D09, "từ ngày 10.7 tới", "O 2023-07-10"),
    Cell(D09, "Từ ngày 10.7 đến 17 giờ ngày 30.7", "W 2023-07-10..2023-07-30"),
    Cell(D09, "muộn nhất vào 17 giờ ngày 8/.7", "D 2023-07-08T17:00"),
    Cell(D09, "Ngày 25.7", "O 2023-07-25"),
    # D10
    Cell(D10, "Nghỉ từ thứ Bảy ngày 09/4 đến hết thứ Hai ngày 11/4/2022 (03 ngày nghỉ liên tục).", "W 2022-04-09..2022-04-11"),
    Cell(D10, "ngày 09/4", "O 2022-04-09"),
    Cell(D10, "ngày 10/4", "O 2022-04-10"),
    Cell(D10, "ngày 11/4", "O 2022-04-11"),
    Cell(D10, "Từ ngày 12/4/2022 (Thứ Ba)", "O 2022-04-12"),
    # D11
    Cell(D11, "05 ngày liên tục, từ thứ Bẩy ngày 29/4/2023 đến hết thứ Tư  ngày 03/5/2023.", "W 2023-04-29..2023-05-03"),
    Cell(D11, "Nghỉ từ ngày 29/4/2023 đến ngày 01/5/2023.", "W 2023-04-29..2023-05-01"),
    Cell(D11, "sáng thứ Ba ngày mùng 02/5/2023 và sáng Thứ Tư ngày 03/5/2023", "O 2023-05-02; O 2023-05-03"),
    Cell(D11, "Thứ Năm ngày 4/5/2023", "O 2023-05-04"),
    # D12
    Cell(D12, "Từ Thứ Năm, ngày 01/01/2026 đến Chủ Nhật, ngày 04/01/2026.", "W 2026-01-01..2026-01-04"),
    Cell(D12, "từ Thứ Hai, ngày 05/01/2026.", "O 2026-01-05"),
    Cell(D12, "01/01/2026", "O 2026-01-01"),
    Cell(D12, "Sáng: 7h30 - 12h", "U"),  # unsure: hours apply to each day 01-04/01/2026 stated in the previous cell
    Cell(D12, "Chiều: 14h - 17h30", "U"),  # unsure: hours apply to each day 01-04/01/2026 stated in the previous cell
    # D13
    Cell(D13, "ngày 28/8", "O 2023-08-28"),
    Cell(D13, "vào ngày 5/9/2023", "O 2023-09-05"),
    Cell(D13, "Kết thúc học kỳ I trước ngày 15/1/2024", "D 2024-01-14"),
    Cell(D13, "hoàn thành kế hoạch giáo dục học kỳ II trước ngày 25/5/2024", "D 2024-05-24"),
    Cell(D13, "kết thúc năm học trước ngày 31/5/2024", "D 2024-05-30"),
    # D14
    Cell(D14, "sớm nhất là ngày 28/8", "O 2023-08-28"),
    Cell(D14, "vào ngày 21/8 trước khai giảng 4 tuần", "O 2023-08-21", events={"khai giảng": "2023-09-05"}),  # unsure: written date kept; "4 weeks before 5/9" would be 8/8
    Cell(D14, "trước ngày 28/6/2024", "D 2024-06-27"),
    Cell(D14, "trước ngày 31/7/2024", "D 2024-07-30"),
    Cell(D14, "ngày 28/8", "O 2023-08-28"),
    Cell(D14, "ngày 21/8", "O 2023-08-21"),
    # D15
    Cell(D15, "ngày 1/9", "O 2022-09-01"),
    Cell(D15, "vào ngày 5/9", "O 2022-09-05"),
    Cell(D15, "vào ngày 29/8", "O 2022-08-29"),
    Cell(D15, "ngày 22/8", "O 2022-08-22"),
    Cell(D15, "từ ngày 29/8", "O 2022-08-29"),
    Cell(D15, "- Lớp 1, 2, 10 ngày 20/8 - Các lớp còn lại ngày 29/8", "O 2022-08-20; O 2022-08-29"),
    # D16
    Cell(D16, "ngày 1/6/2024", "O 2024-06-01"),
    Cell(D16, "1/6 - 2/6", "W 2024-06-01..2024-06-02"),
    # D17
    Cell(D17, "Trong các ngày từ 21/02 đến 24/02/2023", "W 2023-02-21..2023-02-24"),
    # D18
    Cell(D18, "(1-4/1)", "W 2026-01-01..2026-01-04"),
    Cell(D18, "từ ngày 1/1 đến hết ngày 4/1/2026", "W 2026-01-01..2026-01-04"),
    Cell(D18, "từ ngày 5/1/2026", "O 2026-01-05"),
]
