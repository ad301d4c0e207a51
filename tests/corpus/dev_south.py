"""Held-out real timing cells (south-central, highlands, south-east), answers worked out by hand.
Collected without reading the resolver; not to be used to tune it.

Collection note: the stored copies of these pages reach only their first ~2,000 characters, so
each document's cells are taken in order from its start up to where the stored text ends (no
skipping except exact duplicates). Schedules (lịch làm việc) give the day in a heading and the
time on the item: for those, a cell is the day heading and the item's time joined by one space.
Where a page does not show the document's own date, Doc.date is the page's date or a stated
guess (marked); every such cell carries its own year.
"""
from tests.corpus.spec import Cell, Doc

# Lịch tiếp công dân năm 2021 tại Trụ sở Tiếp công dân tỉnh Tây Ninh — https://tayninh.gov.vn/vi/news/lich-tiep-dan/l-ch-ti-p-c-ng-d-n-n-m-2021-t-i-tr-s-ti-p-c-ng-d-n-t-nh-39450.html
# unsure: issue date not shown; set to the start of the year it covers
D01 = Doc("Lịch tiếp công dân năm 2021 tại Trụ sở Tiếp công dân tỉnh Tây Ninh (Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh)",
          "https://tayninh.gov.vn/vi/news/lich-tiep-dan/l-ch-ti-p-c-ng-d-n-n-m-2021-t-i-tr-s-ti-p-c-ng-d-n-t-nh-39450.html",
          date="2021-01-01", end="2021-12-31")

# Lịch làm việc Tuần 13 (24/3/2025 - 30/3/2025) của Sở VHTTDL tỉnh Bình Dương — https://sovhttdl.binhduong.gov.vn/lich-lam-viec/llv-tuan-13-tu-ngay-24-3-2025-den-30-3-2025-357121
D02 = Doc("Lịch làm việc Tuần 13 (24/3/2025 - 30/3/2025) của Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Dương",
          "https://sovhttdl.binhduong.gov.vn/lich-lam-viec/llv-tuan-13-tu-ngay-24-3-2025-den-30-3-2025-357121",
          date="2025-03-24", end="2025-03-30")

# Lịch làm việc của lãnh đạo UBND xã Nghĩa Trung (Đồng Nai), tuần thứ 07 từ 09/02/2026 đến 13/02/2026 — https://nghiatrung.dongnai.gov.vn/vi/news/lich-lam-viec/lich-lam-viec-ubnd-xa-nghia-trung-tuan-thu-07-nam-2026-601.html
D03 = Doc("Lịch làm việc của lãnh đạo UBND xã Nghĩa Trung, tỉnh Đồng Nai, tuần thứ 07 năm 2026 (09/02/2026 - 13/02/2026)",
          "https://nghiatrung.dongnai.gov.vn/vi/news/lich-lam-viec/lich-lam-viec-ubnd-xa-nghia-trung-tuan-thu-07-nam-2026-601.html",
          date="2026-02-09", end="2026-02-13")

# Thông báo 65/TB-UBND ngày 19/4/2017 của UBND tỉnh Bình Định về nghỉ lễ và treo Quốc kỳ (30/4, 01/5), as given on the VP UBND tỉnh portal — http://ubndbinhdinh.vn/tin-tuc-su-kien/y-kien-ket-luan-chi-dao-ubnd-tinh/chinh-tri-van-hoa-du-lich/thong-bao-nghi-le-treo-quoc-ky.html
D04 = Doc("Thông báo 65/TB-UBND ngày 19/4/2017 của UBND tỉnh Bình Định về việc nghỉ lễ và treo Quốc kỳ",
          "http://ubndbinhdinh.vn/tin-tuc-su-kien/y-kien-ket-luan-chi-dao-ubnd-tinh/chinh-tri-van-hoa-du-lich/thong-bao-nghi-le-treo-quoc-ky.html",
          date="2017-04-19")

# Thông báo không tổ chức tiếp công dân định kỳ tháng 5/2021 của Chủ tịch UBND tỉnh Lâm Đồng (dated 13-5-2021 on the page) — http://www.dalat-info.vn/vn/tin-tuc/thong-bao-khong-to-chuc-tiep-cong-dan-dinh-ky-thang-5-2021-44107.phtml
D05 = Doc("Thông báo không tổ chức tiếp công dân định kỳ tháng 5/2021 của Chủ tịch UBND tỉnh Lâm Đồng",
          "http://www.dalat-info.vn/vn/tin-tuc/thong-bao-khong-to-chuc-tiep-cong-dan-dinh-ky-thang-5-2021-44107.phtml",
          date="2021-05-13")

# Kế hoạch công tác Đội tháng 10 năm 2012, Liên đội TH Nguyễn Công Trứ (Hội đồng Đội huyện Ea Kar, Đắk Lắk) — https://123doc.top/document/8818685-ke-hoach-thang-10.htm
# unsure: issue date not shown; set to the first day of the month it plans
D06 = Doc("Kế hoạch công tác Đội tháng 10 năm 2012 của Liên đội Trường TH Nguyễn Công Trứ, huyện Ea Kar, tỉnh Đắk Lắk",
          "https://123doc.top/document/8818685-ke-hoach-thang-10.htm",
          date="2012-10-01", end="2012-10-31")

# Thông báo về việc treo cờ Tổ quốc và nghỉ lễ (Quốc khánh 2020), UBND tỉnh Khánh Hòa, published 31/08/2020 — https://baokhanhhoa.vn/chinh-tri/202008/thong-bao-ve-viec-treo-co-to-quoc-va-nghi-le-8181392/
D07 = Doc("Thông báo của UBND tỉnh Khánh Hòa về việc treo cờ Tổ quốc và nghỉ lễ Quốc khánh năm 2020",
          "https://baokhanhhoa.vn/chinh-tri/202008/thong-bao-ve-viec-treo-co-to-quoc-va-nghi-le-8181392/",
          date="2020-08-31")

# Thông báo nghỉ lễ và treo cờ nhân dịp Tết Dương lịch năm 2020 của Chủ tịch UBND tỉnh Ninh Thuận — https://baoninhthuan.com.vn/news/110592p31c171/thong-bao-nghi-le-va-treo-conhan-dip-tet-duong-lich-nam-2020.htm
# unsure: date not shown; set to the last days of 2019
D08 = Doc("Thông báo của Chủ tịch UBND tỉnh Ninh Thuận về nghỉ lễ và treo cờ nhân dịp Tết Dương lịch năm 2020",
          "https://baoninhthuan.com.vn/news/110592p31c171/thong-bao-nghi-le-va-treo-conhan-dip-tet-duong-lich-nam-2020.htm",
          date="2019-12-27")

# Thông báo treo cờ Tổ quốc và nghỉ lễ dịp 30-4 và 1-5 năm 2017 của UBND tỉnh Khánh Hòa (page of 28/04/2017) — http://dulichkhanhson.vn/Tin-tuc/thong-bao-treo-co-to-quoc-va-nghi-le-dip-30-4-va-1-5-241.html
D09 = Doc("Thông báo của UBND tỉnh Khánh Hòa về treo cờ Tổ quốc và nghỉ lễ dịp 30-4 và 1-5 năm 2017",
          "http://dulichkhanhson.vn/Tin-tuc/thong-bao-treo-co-to-quoc-va-nghi-le-dip-30-4-va-1-5-241.html",
          date="2017-04-28")

# Thông báo về việc nghỉ lễ và treo cờ Tổ quốc (Quốc khánh 2018), UBND tỉnh Gia Lai — https://baogialai.com.vn/channel/8301/201808/thong-bao-ve-viec-nghi-le-va-treo-co-to-quoc-5597509/
# unsure: day not shown (August 2018 per the address)
D10 = Doc("Thông báo của UBND tỉnh Gia Lai về việc nghỉ lễ và treo cờ Tổ quốc nhân Quốc khánh 2-9-2018",
          "https://baogialai.com.vn/channel/8301/201808/thong-bao-ve-viec-nghi-le-va-treo-co-to-quoc-5597509/",
          date="2018-08-28")

# Thông báo nghỉ lễ và treo Quốc kỳ nhân Ngày Giỗ Tổ Hùng Vương năm 2021, tỉnh Gia Lai — https://portal-gialai.coquan.vn/tin-tuc/thong-tin-chi-dao-dieu-hanh/thong-bao-nghi-le-va-treo-quoc-ky-nhan-ngay-gio-to-hung-vuong-nam-2021.html
# unsure: date not shown; set shortly before the holiday
D11 = Doc("Thông báo nghỉ lễ và treo Quốc kỳ nhân Ngày Giỗ Tổ Hùng Vương năm 2021 (tỉnh Gia Lai)",
          "https://portal-gialai.coquan.vn/tin-tuc/thong-tin-chi-dao-dieu-hanh/thong-bao-nghi-le-va-treo-quoc-ky-nhan-ngay-gio-to-hung-vuong-nam-2021.html",
          date="2021-04-12")

# Thông báo của UBND tỉnh Ninh Thuận về treo cờ Tổ quốc nhân 30/4, 1/5/2019 và Lễ hội Nho và Vang — https://baoninhthuan.com.vn/news/106035p31c171/treo-co-to-quoc-nhan-dip-giai-phong-mien-nam-thong-nhat-dat-nuoc30419753042019-ngay-quoc-te-lao-dong-15va-su-kien-le-hoi-nho-va-vang-ninh-thuan.htm
# unsure: date not shown; set shortly before the flag period
D12 = Doc("Thông báo của UBND tỉnh Ninh Thuận về treo cờ Tổ quốc nhân dịp 30/4, 1/5/2019 và Lễ hội Nho và Vang Ninh Thuận",
          "https://baoninhthuan.com.vn/news/106035p31c171/treo-co-to-quoc-nhan-dip-giai-phong-mien-nam-thong-nhat-dat-nuoc30419753042019-ngay-quoc-te-lao-dong-15va-su-kien-le-hoi-nho-va-vang-ninh-thuan.htm",
          date="2019-04-22")

# Thông báo của UBND tỉnh Bình Phước về việc treo cờ, viếng nghĩa trang liệt sĩ và nghỉ lễ Quốc khánh 2-9 năm 2012 — https://baobinhphuoc.com.vn/news/1/4707/thong-bao-ve-viec-treo-co-vieng-nghia-trang-liet-si-va-nghi-le-quoc-khanh-2-9
# unsure: date not shown; set in late August 2012
D13 = Doc("Thông báo của UBND tỉnh Bình Phước về việc treo cờ, viếng nghĩa trang liệt sĩ và nghỉ lễ Quốc khánh 2-9 năm 2012",
          "https://baobinhphuoc.com.vn/news/1/4707/thong-bao-ve-viec-treo-co-vieng-nghia-trang-liet-si-va-nghi-le-quoc-khanh-2-9",
          date="2012-08-27")

# Thông báo của UBND tỉnh Ninh Thuận về việc treo cờ Tổ quốc nhân kỷ niệm 125 năm Ngày sinh Chủ tịch Hồ Chí Minh — http://baoninhthuan.com.vn/media/p31c171/thong-bao.htm
# unsure: date not shown; set in May 2015
D14 = Doc("Thông báo của UBND tỉnh Ninh Thuận về việc treo cờ Tổ quốc nhân kỷ niệm 125 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/2015)",
          "http://baoninhthuan.com.vn/media/p31c171/thong-bao.htm",
          date="2015-05-12")

CELLS = [
    # D01 — lines in order from Tháng 01/2021
    Cell(D01, "07 giờ 30 ngày 07/01/2021", "O 2021-01-07T07:30"),
    Cell(D01, "07 giờ 30 ngày 14/01/2021", "O 2021-01-14T07:30"),
    Cell(D01, "07 giờ 30 ngày 21/01/2021", "O 2021-01-21T07:30"),
    Cell(D01, "07 giờ 30 ngày 28/01/2021", "O 2021-01-28T07:30"),
    Cell(D01, "07 giờ 30 ngày 04/02/2021", "O 2021-02-04T07:30"),
    Cell(D01, "Ngày 11/02/2021", "O 2021-02-11"),
    Cell(D01, "07 giờ 30 ngày 18/02/2021", "O 2021-02-18T07:30"),
    Cell(D01, "07 giờ 30 ngày 25/02/2021", "O 2021-02-25T07:30"),
    Cell(D01, "07 giờ 30 ngày 04/3/2021", "O 2021-03-04T07:30"),
    Cell(D01, "07 giờ 30 ngày 18/3/2021", "O 2021-03-18T07:30"),
    # D02 — day heading + item time
    Cell(D02, "Thứ Hai: 24/3 08h30", "O 2025-03-24T08:30"),
    Cell(D02, "Thứ Hai: 24/3 09h00", "O 2025-03-24T09:00"),
    Cell(D02, "Thứ Hai: 24/3 14h00", "O 2025-03-24T14:00"),
    Cell(D02, "Thứ Ba: 25/3 08h30", "O 2025-03-25T08:30"),
    Cell(D02, "Thứ Ba: 25/3 14h00", "O 2025-03-25T14:00"),
    # D03
    Cell(D03, "07 giờ 00’ đến 08 giờ 00’ tất cả các ngày làm việc trong tuần",
         "R O 2026-02-09T07:00-08:00 2026-02-10T07:00-08:00 ... 2026-02-13T07:00-08:00"),  # unsure: "all working days of the week" read as Mon 9/2 – Fri 13/2/2026, each 07:00-08:00
    Cell(D03, "THỨ HAI (09/02/2026) 08 giờ 00’", "O 2026-02-09T08:00"),
    Cell(D03, "THỨ HAI (09/02/2026) 09 giờ 00’", "O 2026-02-09T09:00"),
    # D04
    Cell(D04, "từ ngày 29/4/2017 đến hết ngày 02/5/2017", "W 2017-04-29..2017-05-02"),
    Cell(D04, "thứ Ba tức ngày 02/5/2017", "O 2017-05-02"),
    Cell(D04, "từ chiều ngày 29/4/2017 đến hết ngày 01/5/2017", "W 2017-04-29..2017-05-01"),
    # D05
    Cell(D05, "vào ngày 15 tháng 5 năm 2021", "O 2021-05-15"),
    Cell(D05, "tháng 5/2021", "W 2021-05-01..2021-05-31"),
    # D06
    Cell(D06, "Giáo dục ý nghĩa truyền thống cho học sinh ngày 20/10", "O 2012-10-20"),  # unsure: 20/10 may name the tradition taught rather than the day of the activity
    Cell(D06, "Kĩ niệm ngày 15/10 Ngày thành lập Hội Lien Hiệp Thanh Niên Việt Nam", "O 2012-10-15"),  # unsure: commemoration read as an activity on 15/10
    Cell(D06, "(Thời gian từ ngày 08/10/2012 đến 12/10/2012", "W 2012-10-08..2012-10-12"),
    # D07 — "trong ngày 2-9-2020" occurs twice (exact duplicate skipped)
    Cell(D07, "trong ngày 2-9-2020", "O 2020-09-02"),
    Cell(D07, "vào ngày 2-9-2020 (thứ Tư)", "O 2020-09-02"),
    # D08
    Cell(D08, "vào ngày 1-1-2020 (thứ Tư)", "O 2020-01-01"),
    Cell(D08, "vào ngày 1-1-2020", "O 2020-01-01"),
    Cell(D08, "trong thời gian nghỉ Tết Dương lịch năm 2020", "W 2020-01-01..2020-01-01",
         events={"Tết Dương lịch năm 2020": "2020-01-01"}),  # unsure: read as the holiday itself (1 day), not the ±7-day window of "trong thời gian diễn ra"
    # D09
    Cell(D09, "trong 2 ngày, từ ngày 30-4 đến hết ngày 1-5", "W 2017-04-30..2017-05-01"),
    Cell(D09, "3 ngày liên tục, từ ngày 30-4 đến hết ngày 2-5", "W 2017-04-30..2017-05-02"),
    Cell(D09, "trong thời gian nghỉ lễ", "W 2017-04-30..2017-05-02",
         events={"nghỉ lễ 30-4 và 1-5 (30-4 đến hết 2-5-2017)": "2017-04-30"}),  # unsure: read as the holiday period stated just before
    # D10
    Cell(D10, "1 ngày (từ sáng 2-9 đến hết ngày 2-9-2018)", "W 2018-09-02..2018-09-02"),
    Cell(D10, "từ ngày 1 đến 3-9-2018", "W 2018-09-01..2018-09-03"),
    # D11 — 10/3 âm lịch Tân Sửu = 21/4/2021 (checked)
    Cell(D11, "trong 01 ngày: ngày 21/4/2021 (nhằm ngày 10 tháng 3 Âm lịch)", "O 2021-04-21"),
    Cell(D11, "từ chiều ngày 20/4/2021 đến hết ngày 21/4/2021", "W 2021-04-20..2021-04-21"),
    # D12
    Cell(D12, "từ ngày 26-4 đến hết ngày 1-5-2019", "W 2019-04-26..2019-05-01"),
    # D13 — 2-9-2012 is a Sunday; the page itself gives the compensatory Monday 3-9-2012
    Cell(D13, "trong thời gian nghỉ lễ Quốc khánh 2-9", "W 2012-09-02..2012-09-03",
         events={"Quốc khánh 2-9-2012": "2012-09-02"}),  # unsure: holiday period incl. the compensatory day, not the ±7-day window
    Cell(D13, "1 ngày (2-9)", "O 2012-09-02"),
    Cell(D13, "ngày thứ Hai (3-9-2012)", "O 2012-09-03"),
    Cell(D13, "trong dịp nghỉ lễ Quốc khánh 2-9", "W 2012-09-02..2012-09-03",
         events={"Quốc khánh 2-9-2012": "2012-09-02"}),  # unsure: as above
    Cell(D13, "trong dịp nghỉ lễ Quốc khánh", "W 2012-09-02..2012-09-03",
         events={"Quốc khánh 2-9-2012": "2012-09-02"}),  # unsure: as above
    # D14
    Cell(D14, "vào ngày 19-5-2015", "O 2015-05-19"),
]
