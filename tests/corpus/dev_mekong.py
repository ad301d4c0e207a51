"""Held-out real timing cells (Mekong delta, schools and mass organisations), answers worked out by hand.
Collected without reading the resolver; not to be used to tune it.

Notes on collection:
- The stored copies of these pages could only be read from their beginning, so each document
  contributes the timing cells that appear first in it, in order, skipping exact duplicates.
- Schedules (lịch làm việc) have a day heading and entries that begin with a clock time; a cell
  there is the day heading joined (one space) with the entry's leading time, as a table row would be.
- Pages that show no issue date get Doc.date = the earliest date they name (marked "undated").
  Every cell on those pages writes its own year, so this choice does not change any answer.
"""
from tests.corpus.spec import Cell, Doc

# Lịch làm việc của Chủ tịch, các Phó Chủ tịch UBND tỉnh Hậu Giang từ 14/3 đến 18/3/2022 (điều chỉnh lần 9,
# cập nhật 17/03/2022) — https://app.haugiang.gov.vn/LichLamViec/Lich/DonVi?MaDonVi=vpub
D01 = Doc("Lịch làm việc của Chủ tịch, các Phó Chủ tịch UBND tỉnh Hậu Giang từ ngày 14/3 đến ngày 18/3/2022",
          "https://app.haugiang.gov.vn/LichLamViec/Lich/DonVi?MaDonVi=vpub", date="2022-03-14", end="2022-03-18")
# Lịch làm việc UBND huyện Vị Thủy (Hậu Giang), tuần 11–13/01/2025 (undated)
D02 = Doc("Lịch làm việc của Chủ tịch, các Phó Chủ tịch UBND huyện Vị Thủy, tỉnh Hậu Giang, tháng 01/2025",
          "https://app.haugiang.gov.vn/LichLamViec/Lich/DonVi?MaDonVi=hvt", date="2025-01-11")
# Lịch làm việc UBND huyện Châu Thành (Hậu Giang), 25–27/3/2023 (undated)
D03 = Doc("Lịch làm việc của Chủ tịch, các Phó Chủ tịch UBND huyện Châu Thành, tỉnh Hậu Giang, tháng 3/2023",
          "https://app.haugiang.gov.vn/LichLamViec/Lich/DonVi?MaDonVi=hct", date="2023-03-25")
# Lịch làm việc Thường trực Thành ủy Vị Thanh (Hậu Giang), 12–13/5/2025 (undated)
D04 = Doc("Lịch làm việc của Thường trực Thành ủy Vị Thanh, tỉnh Hậu Giang, tháng 5/2025",
          "https://app.haugiang.gov.vn/LichLamViec/Lich/DonVi?MaDonVi=tuvt", date="2025-05-12")
# Trường Đại học An Giang — thông báo đăng ký học phần HK1 năm học 2012-2013, bảng "Thời gian bắt đầu đăng ký" (undated)
D05 = Doc("Trường Đại học An Giang — Thông báo cách thức và thời gian đăng ký học phần, năm học 2012-2013",
          "https://regis.agu.edu.vn/default.aspx?id=46&page=chitietthongtin", date="2012-08-14")
# Trường ĐH Hàng hải VN, Khoa Máy tàu biển — Kế hoạch đăng ký học phần Kỳ 2, năm học 2017-2018 (undated)
D06 = Doc("Trường Đại học Hàng hải Việt Nam — Kế hoạch đăng ký học phần Kỳ 2, năm học 2017-2018",
          "http://mtb.vimaru.edu.vn/dao-tao-ctsv/ke-hoach-dang-ky-hoc-phan-ky-2-nam-hoc-2017-2018", date="2017-11-27")
# Trường ĐH Bà Rịa - Vũng Tàu — Thông báo đăng ký học phần, tổ chức giảng dạy HK2 2016-2017 (undated)
D07 = Doc("Trường Đại học Bà Rịa - Vũng Tàu — Thông báo đăng ký học phần, tổ chức giảng dạy học kỳ 2 năm học 2016-2017",
          "http://sinhvien.bvu.edu.vn/NewsDetail.aspx?NewsID=1091", date="2017-01-09")
# Trường Đại học Đồng Tháp — Thông báo 88/TB-ĐHĐT ngày 7/2/2020 (tạm nghỉ học phòng dịch nCoV)
D08 = Doc("Thông báo 88/TB-ĐHĐT ngày 7/2/2020 của Trường Đại học Đồng Tháp",
          "https://vhdl.dthu.edu.vn/?p=2052", date="2020-02-07")
# Trường ĐH Duy Tân (Trường NN-XH-NV) — Thông báo lịch nghỉ Tết Dương lịch, Tết Nguyên đán 2026 (undated)
D09 = Doc("Trường Đại học Duy Tân — Thông báo lịch nghỉ Tết Dương lịch và Tết Nguyên đán Bính Ngọ 2026",
          "https://ktienghan.duytan.edu.vn/thong-bao-chung-2zw/thong-bao-lich-nghi-tet-duong-lich-tet-nguye-28qlm",
          date="2026-01-01")
# Trường Cao đẳng Dược Hà Nội — Thông báo lịch nghỉ Tết Dương lịch và Tết Nguyên đán Giáp Thìn 2024 (undated)
D10 = Doc("Trường Cao đẳng Dược Hà Nội — Thông báo lịch nghỉ Tết Dương lịch và Tết Nguyên đán Giáp Thìn 2024",
          "https://caodangduochn.edu.vn/thong-bao-lich-nghi-tet-duong-lich-va-lich-nghi-tet-nguyen-dan-giap-thin-2024/2023",
          date="2023-12-30")
# Trường ĐH Công nghệ Đông Á — Thông báo kế hoạch nghỉ Tết Âm lịch năm 2021 (undated)
D11 = Doc("Trường Đại học Công nghệ Đông Á — Thông báo kế hoạch nghỉ Tết Âm lịch năm 2021",
          "https://eaut.edu.vn/?p=15213", date="2021-02-05")
# Trường TH Tân Thạnh A (Gia Lai) — Kế hoạch thực hiện nhiệm vụ công tác tháng 9/2020, ngày 07/9/2020
D12 = Doc("Kế hoạch thực hiện nhiệm vụ công tác tháng 9/2020 của Trường TH Tân Thạnh A, ngày 07/9/2020",
          "http://thtanthanha.pgdgiarai.edu.vn/van-ban/van-ban-cua-truong/ke-hoach-thang-9-2020.html",
          date="2020-09-07", end="2020-09-30")
# Trường Đại học Cần Thơ (Khoa Sau đại học) — thông báo nghỉ lễ 30/4 và 1/5 năm 2017 (undated)
D13 = Doc("Trường Đại học Cần Thơ — Thông báo nghỉ Lễ 30/4 và 1/5 năm 2017",
          "https://gs.ctu.edu.vn/tin-tuc.html?start=20", date="2017-04-30")
# Troy University (chương trình tại TP.HCM) — Lịch đào tạo học kỳ Thu 2017 (bảng "Mô tả | Ngày") (undated)
D14 = Doc("Troy University tại TP.HCM — Lịch đào tạo học kỳ Thu 2017",
          "http://troyhcmc.edu.vn/nguon-tai-nguyen/lich-dao-tao/", date="2017-08-10")
# Bệnh viện Đa khoa tỉnh Tiền Giang — thông báo thời gian di dời về cơ sở mới giai đoạn 2 (đăng 15/11/2023)
D15 = Doc("Bệnh viện Đa khoa tỉnh Tiền Giang — Thông báo thời gian di dời về cơ sở mới giai đoạn 2",
          "http://baoapbac.vn/suc-khoe-y-te/202311/di-doi-benh-vien-da-khoa-tinh-tien-giang-giai-doan-2-995753/",
          date="2023-11-15")
# Bệnh viện Đại học Y Hải Phòng — Thông báo lịch nghỉ lễ Giỗ Tổ Hùng Vương năm 2025 (undated)
D16 = Doc("Bệnh viện Đại học Y Hải Phòng — Thông báo lịch nghỉ lễ Giỗ Tổ Hùng Vương năm 2025",
          "http://benhviendaihocyhaiphong.vn/thong-bao/thong-bao-lich-nghi-le-gio-to-hung-vuong-nam-2025-673.html",
          date="2025-04-06")
# Trường Đại học Hà Nội — thông báo nghỉ lễ Quốc khánh 2/9/2011 (diễn đàn web.hanu.vn) (undated)
D17 = Doc("Trường Đại học Hà Nội — Thông báo nghỉ lễ Quốc khánh 2/9/2011",
          "http://web.hanu.vn/fr/mod/forum/discuss.php?d=5820&parent=7396", date="2011-09-02")

CELLS = [
    # D01
    Cell(D01, "THỨ HAI 14/3 - 7 giờ 30’", "O 2022-03-14T07:30"),
    Cell(D01, "THỨ HAI 14/3 - 8 giờ", "O 2022-03-14T08:00"),
    Cell(D01, "THỨ HAI 14/3 - 14 giờ", "O 2022-03-14T14:00"),
    Cell(D01, "THỨ BA 15/3 - 7 giờ 30’", "O 2022-03-15T07:30"),
    Cell(D01, "THỨ BA 15/3 - 9 giờ", "O 2022-03-15T09:00"),
    Cell(D01, "THỨ BA 15/3 - 7 giờ", "O 2022-03-15T07:00"),
    # D02
    Cell(D02, "* THỨ BẢY 11/01/2025 (nhằm 12/12 ÂL) - 08 giờ 00", "O 2025-01-11T08:00"),
    Cell(D02, "* CHỦ NHẬT 12/01/2025 (nhằm 13/12 ÂL) 15 giờ 00", "O 2025-01-12T15:00"),
    Cell(D02, "* THỨ HAI 13/01/2025 (nhằm 14/12 ÂL) - 7 giờ 00", "O 2025-01-13T07:00"),
    Cell(D02, "* THỨ HAI 13/01/2025 (nhằm 14/12 ÂL) - 08 giờ 00", "O 2025-01-13T08:00"),
    Cell(D02, "* THỨ HAI 13/01/2025 (nhằm 14/12 ÂL) - 13 giờ 30", "O 2025-01-13T13:30"),
    # D03
    Cell(D03, "THỨ BẢY, NGÀY 25/3/2023 7 giờ 30 phút", "O 2023-03-25T07:30"),
    Cell(D03, "CHỦ NHẬT, NGÀY 26/3/2023 8 giờ", "O 2023-03-26T08:00"),
    Cell(D03, "THỨ HAI, NGÀY 27/3/2023 7 giờ 30 phút", "O 2023-03-27T07:30"),
    Cell(D03, "THỨ HAI, NGÀY 27/3/2023 7 giờ", "O 2023-03-27T07:00"),
    Cell(D03, "THỨ HAI, NGÀY 27/3/2023 8 giờ", "O 2023-03-27T08:00"),
    Cell(D03, "THỨ HAI, NGÀY 27/3/2023 14 giờ", "O 2023-03-27T14:00"),
    # D04
    Cell(D04, "Thứ Hai, ngày 12/5/2025 - 6 giờ 30", "O 2025-05-12T06:30"),
    Cell(D04, "Thứ Hai, ngày 12/5/2025 - 6 giờ 45", "O 2025-05-12T06:45"),
    Cell(D04, "Thứ Hai, ngày 12/5/2025 - 7 giờ", "O 2025-05-12T07:00"),
    Cell(D04, "Thứ Hai, ngày 12/5/2025 - 13 giờ 30", "O 2025-05-12T13:30"),
    Cell(D04, "Thứ Hai, ngày 12/5/2025 - 14 giờ", "O 2025-05-12T14:00"),
    Cell(D04, "Thứ Ba, ngày 13/5/2025 - 7 giờ 30", "O 2025-05-13T07:30"),
    Cell(D04, "Thứ Ba, ngày 13/5/2025 - 13 giờ 30", "O 2025-05-13T13:30"),
    # D05
    Cell(D05, "11g00 ngày 14/8/2012", "O 2012-08-14T11:00"),
    Cell(D05, "14g00 ngày 14/8/2012", "O 2012-08-14T14:00"),
    Cell(D05, "17g00 ngày 14/8/2012", "O 2012-08-14T17:00"),
    Cell(D05, "08g00 ngày 15/8/2012", "O 2012-08-15T08:00"),
    Cell(D05, "11g00 ngày 15/8/2012", "O 2012-08-15T11:00"),
    Cell(D05, "17g00 ngày 15/8/2012", "O 2012-08-15T17:00"),
    Cell(D05, "08g00 ngày 16/8/2012", "O 2012-08-16T08:00"),
    Cell(D05, "11g00 ngày 16/8/2012", "O 2012-08-16T11:00"),
    Cell(D05, "17g00 ngày 16/8/2012", "O 2012-08-16T17:00"),
    # D06
    Cell(D06, "từ ngày 27/11/2017 đến 04/12/2017", "W 2017-11-27..2017-12-04"),
    Cell(D06, "từ 07/12/2017 đến 10/12/2017", "W 2017-12-07..2017-12-10"),
    Cell(D06, "từ ngày 20/12/2017 đến 28/01/2018", "W 2017-12-20..2018-01-28"),
    Cell(D06, "từ 25/12/2017 đến 29/12/2017", "W 2017-12-25..2017-12-29"),
    Cell(D06, "từ ngày 29/01/2018 đến 02/02/2018", "W 2018-01-29..2018-02-02"),
    Cell(D06, "Từ ngày 22/01/2018 đến 09/02/2018", "W 2018-01-22..2018-02-09"),
    # D07
    Cell(D07, "từ 06/02 - 16/7/2017", "W 2017-02-06..2017-07-16"),
    Cell(D07, "từ 09/01 - 22/01/2017", "W 2017-01-09..2017-01-22"),
    Cell(D07, "từ 23/01 đến 29/01/2017", "W 2017-01-23..2017-01-29"),
    Cell(D07, "từ 30/01 đến 05/02/2017", "W 2017-01-30..2017-02-05"),
    Cell(D07, "Từ 06/02 đến 26/02/2017", "W 2017-02-06..2017-02-26"),
    Cell(D07, "Sau ngày 26/02/2017", "O 2017-02-27"),  # unsure: "sau ngày X" read as an open start the next day
    # D08
    Cell(D08, "HỌC VIÊN, SINH VIÊN TẠM NGHỈ ĐẾN HẾT NGÀY 16/2/2020", "D 2020-02-16"),  # unsure: title; "đến hết X" taken as an end (D), the break itself is 10–16/2
    Cell(D08, "từ ngày 10/2 đến hết ngày 16/2/2020", "W 2020-02-10..2020-02-16"),
    Cell(D08, "Ngày 17/2/2020", "O 2020-02-17"),
    # D09
    Cell(D09, "Thứ Năm, ngày 01/01/2026", "O 2026-01-01"),
    Cell(D09, "Thứ Sáu, ngày 02/01/2026", "O 2026-01-02"),
    Cell(D09, "từ Chủ nhật, 08/02/2026 (21 tháng Chạp) đến hết Thứ Hai, 23/02/2026 (07 tháng Giêng năm Bính Ngọ)",
         "W 2026-02-08..2026-02-23"),
    Cell(D09, "Từ Thứ Ba, 24/02/2026 (mùng 8 Tết)", "O 2026-02-24"),
    Cell(D09, "24/02 - 01/03/2026", "W 2026-02-24..2026-03-01"),
    Cell(D09, "Từ 02/03/2026 (14 tháng Giêng)", "O 2026-03-02"),
    # D10
    Cell(D10, "từ Thứ Bảy ngày 30/12/2023 (tức 18/11/2023 âm lịch) đến hết ngày Thứ Hai ngày 01/01/2024 (tức 20/11/2023 âm lịch)",
         "W 2023-12-30..2024-01-01"),
    Cell(D10, "Thứ Ba ngày 02/01/2024 (tức 21/11/2024 âm lịch)", "O 2024-01-02"),  # unsure: lunar gloss has a wrong year (21/11/2023 ÂL is right); the solar date wins
    Cell(D10, "Thời gian nghỉ 15 ngày từ Thứ Bẩy ngày 3/2/2024 (tức 24/12/2023 âm lịch) đến hết Chủ Nhật ngày 18/2/2024 (tức 9/1/2024 âm lịch)",
         "W 2024-02-03..2024-02-18"),
    Cell(D10, "Thứ Hai ngày 19/02/2024 (10 tháng giêng âm lịch)", "O 2024-02-19"),
    # D11
    Cell(D11, "Từ ngày 05/02/2021 đến hết ngày 28/02/2021 ( Từ ngày 24/12 Âm lịch năm canh Tý đến hết 17/01 năm Tân Sửu)",
         "W 2021-02-05..2021-02-28"),
    Cell(D11, "trước ngày 05/12/2021", "D 2021-12-04"),  # unsure: almost surely a typo for 05/02/2021 (leave before the Tết break); answered as written
    Cell(D11, "Thứ hai, ngày 01/03/2021 ( tức ngày 18 âm lịch)", "O 2021-03-01"),
    # D12
    Cell(D12, "Tuần thực học 01: từ ngày 07/9/2020 đến 11/9/2020", "W 2020-09-07..2020-09-11"),
    Cell(D12, "dứt điểm trễ nhất vào ngày 03/9/2020", "D 2020-09-03"),  # unsure: "trễ nhất" read as "chậm nhất" (deadline on the day)
    # D13
    Cell(D13, "vào ngày thứ Ba 02/5/2017", "O 2017-05-02"),
    Cell(D13, "ngày 01/5 và 02/5/2017", "W 2017-05-01..2017-05-02"),
    # D14 (the "Ngày" column; rows "Hạn chót …" are deadlines by their label, the cell itself is only a date)
    Cell(D14, "25/09/2017 –26/01/2018 (16 TUẦN)", "W 2017-09-25..2018-01-26"),
    Cell(D14, "10/08/2017", "O 2017-08-10"),  # unsure: row "Hạn chót đăng ký môn học" (a deadline by label)
    Cell(D14, "25/09/2017 09/10/2017", "O 2017-09-25; O 2017-10-09"),  # unsure: two dates for two cohorts, row "Hạn chót thanh toán học phí"
    Cell(D14, "30/09/2017", "O 2017-09-30"),  # unsure: row "Hạn chót hủy môn STU …" (deadline by label)
    Cell(D14, "Từ 09/10/2017 đến 13/10/2017", "W 2017-10-09..2017-10-13"),
    Cell(D14, "13/10/2017", "O 2017-10-13"),  # unsure: row "Hạn chót hủy môn Troy …" (deadline by label)
    Cell(D14, "Từ 13/11/2017 đến 18/11/2017", "W 2017-11-13..2017-11-18"),
    Cell(D14, "19/12/2017", "O 2017-12-19"),  # unsure: row "Hạn chót hủy môn và nhận điểm DR" (deadline by label)
    Cell(D14, "Từ 08/01/2018 đến 13/01/2018", "W 2018-01-08..2018-01-13"),
    Cell(D14, "26/01/2018", "O 2018-01-26"),
    # D15
    Cell(D15, "Ngày 17, 18 và ngày 19-11-2023 (thứ sáu, thứ bảy và chủ nhật)", "W 2023-11-17..2023-11-19"),
    Cell(D15, "Ngày 20-11-2023 (thứ hai)", "O 2023-11-20"),
    # D16
    Cell(D16, "Từ Chủ nhật ngày 06/04/2025 (ngày 09/3 Âm lịch) đến hết Thứ 2 ngày 07/04/2025 (ngày 10/3 Âm Lịch)",
         "W 2025-04-06..2025-04-07"),
    Cell(D16, "vào Thứ 3 ngày 08/04/2025 (ngày 11/3 Âm lịch)", "O 2025-04-08"),
    # D17
    Cell(D17, "Thứ Sáu, ngày 02/9/2011", "O 2011-09-02"),
    Cell(D17, "từ 02/9/2011 đến hết ngày 04/9/2011", "W 2011-09-02..2011-09-04"),
]
