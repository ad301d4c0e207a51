"""Held-out real timing cells from plans of provinces and districts in the Central Highlands, the
South-East and the Mekong Delta (Tây Nguyên, Đông Nam Bộ, Đồng bằng sông Cửu Long), any sector:
school-year plans (kế hoạch thời gian năm học), crop calendars (lịch thời vụ xuống giống), sessions of
provincial People's Councils, statistical surveys, festivals and commemorations, a district weekly
work schedule (lịch công tác), and assignment letters with deadlines. Answers worked out by hand.

How collected: from the stored "pages" corpus (which keeps only the opening part of each page) and one
GitHub mirror of a district portal (Đắk Song, Đắk Nông), reading government portals and news reports
of the plans. Each document's timing cells are taken in order from what is readable, exactly as
written (line breaks undone); in real tables every timing cell is taken, except that a cell repeated
word for word within the same document is taken once; in prose the timing clause is taken with its
own lead words. In the weekly work schedule only the heading and the day column are taken: its time
column holds bare clock times, which carry no date (U). Not taken: dates of issue, dates of other
documents, durations, and years that are only part of a name ("năm học 2020-2021", "lần thứ VII - 2017").

Collected without reading the resolver; to be scored once, in a later session.
"""
from tests.corpus.spec import Cell, Doc

# --- education: school-year plans ---------------------------------------------------------------

# Quyết định 2829/QĐ-UBND ngày 14/8/2020 của UBND tỉnh Long An ban hành Kế hoạch thời gian năm học 2020-2021 (bảng kế hoạch, đăng trên trang Phòng GD&ĐT Thủ Thừa) — http://pgdthuthua.edu.vn/edoc/ban-hanh-ke-hoach-thoi-gian-nam-hoc-2020-2021-doi-voi-giao-duc-mam-non-giao-duc-pho-thong-va-giao-duc-thuong-xuyen-tren-dia-ban-tinh-long-an/
M01 = Doc(
    "Quyết định 2829/QĐ-UBND ngày 14/8/2020 của UBND tỉnh Long An ban hành Kế hoạch thời gian năm học 2020-2021 đối với giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên (Phòng GD&ĐT Thủ Thừa)",
    "http://pgdthuthua.edu.vn/edoc/ban-hanh-ke-hoach-thoi-gian-nam-hoc-2020-2021-doi-voi-giao-duc-mam-non-giao-duc-pho-thong-va-giao-duc-thuong-xuyen-tren-dia-ban-tinh-long-an/",
    date="2020-08-14",
)
# Khung kế hoạch thời gian năm học 2023-2024 trên địa bàn tỉnh Đồng Nai (Văn phòng Sở GD&ĐT Đồng Nai) — http://dongnai.edu.vn/tin-tuc/khung-ke-hoach-thoi-gian-nam-hoc-2023-2024-doi-voi-giao-duc-mam-non-giao-duc-pho-thong-va-giao-duc-thuong-xuyen-tren-dia-ban-tinh-dong-nai-11878.html
M02 = Doc(
    "Khung kế hoạch thời gian năm học 2023-2024 đối với giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên trên địa bàn tỉnh Đồng Nai (Sở GD&ĐT Đồng Nai) (date approximate)",
    "http://dongnai.edu.vn/tin-tuc/khung-ke-hoach-thoi-gian-nam-hoc-2023-2024-doi-voi-giao-duc-mam-non-giao-duc-pho-thong-va-giao-duc-thuong-xuyen-tren-dia-ban-tinh-dong-nai-11878.html",
    date="2023-08-10",  # unsure: not shown; the provincial frame is issued in early August, before 21/8/2023
)
# Quyết định ngày 12/8/2022 của UBND tỉnh Sóc Trăng về Kế hoạch thời gian năm học 2022-2023 (Nhịp sống Miền Tây, 15/08/2022) — https://mientay.giadinhonline.vn/soc-trang-ban-hanh-khung-ke-hoach-nam-hoc-2022-2023-d9560.html
M03 = Doc(
    "Quyết định ngày 12/8/2022 của UBND tỉnh Sóc Trăng về Kế hoạch thời gian năm học 2022-2023 (Nhịp sống Miền Tây, 15/08/2022)",
    "https://mientay.giadinhonline.vn/soc-trang-ban-hanh-khung-ke-hoach-nam-hoc-2022-2023-d9560.html",
    date="2022-08-12",
)
# Kế hoạch thời gian năm học 2017-2018 của UBND tỉnh Đắk Lắk (Giáo dục & Thời đại, 5/8/2017) — http://giaoducthoidai.vn/giao-duc/dak-lak-ngay-bat-dau-hoc-ky-i-som-nhat-la-218-3628238-v.html
M04 = Doc(
    "Kế hoạch thời gian năm học 2017-2018 đối với giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên của UBND tỉnh Đắk Lắk (Giáo dục & Thời đại, 5/8/2017) (date approximate)",
    "http://giaoducthoidai.vn/giao-duc/dak-lak-ngay-bat-dau-hoc-ky-i-som-nhat-la-218-3628238-v.html",
    date="2017-08-04",  # unsure: not shown; "vừa ban hành", reported 5/8/2017
)
# Kế hoạch năm học 2022-2023 của tỉnh Bạc Liêu (Dân trí, 14/8/2022; phần của Bạc Liêu) — https://dantri.com.vn/giao-duc-huong-nghiep/hoc-sinh-bac-lieu-soc-trang-tuu-truong-som-nhat-ngay-298-20220814153312637.htm
M05 = Doc(
    "Kế hoạch thời gian năm học 2022-2023 của tỉnh Bạc Liêu (Dân trí, 14/8/2022) (date approximate)",
    "https://dantri.com.vn/giao-duc-huong-nghiep/hoc-sinh-bac-lieu-soc-trang-tuu-truong-som-nhat-ngay-298-20220814153312637.htm",
    date="2022-08-12",  # unsure: not shown; before the report of 14/8/2022
)

# --- sport, culture, festivals, commemorations ----------------------------------------------------

# Kế hoạch 3228 của UBND tỉnh Tây Ninh tổ chức Đại hội TDTT các cấp lần thứ VIII, năm 2017-2018, theo tin của Cổng TTĐT thành phố Tây Ninh (21/02/2017) — https://thanhpho.tayninh.gov.vn/vi/news/tin-tuc/-i-h-i-th-d-c-th-thao-c-p-x--ph-ng-b-t--u-t--u-th-ng-3-n-m-2017-3171.html
M06 = Doc(
    "Kế hoạch số 3228 của UBND tỉnh Tây Ninh về tổ chức Đại hội thể dục thể thao các cấp lần thứ VIII, năm 2017-2018 (tin Cổng TTĐT thành phố Tây Ninh, 21/02/2017)",
    "https://thanhpho.tayninh.gov.vn/vi/news/tin-tuc/-i-h-i-th-d-c-th-thao-c-p-x--ph-ng-b-t--u-t--u-th-ng-3-n-m-2017-3171.html",
    date="2017-02-21",
)
# Lễ hội Vía Bà Chúa Xứ núi Sam năm 2023, TP. Châu Đốc, An Giang (Trang TTĐT thành phố Châu Đốc) — https://chaudoc.angiang.gov.vn/wps/portal/Home/trang-chu/cdp-xem/sa-tintucsukien/sa-vanhoathethaodulich/8d1b6710-de81-4591-aa0b-9fcc81d1fa35
M07 = Doc(
    "Các sự kiện văn hóa, lịch sử và Lễ hội Vía Bà Chúa Xứ núi Sam trên địa bàn TP. Châu Đốc năm 2023 (Trang TTĐT thành phố Châu Đốc, An Giang) (date approximate)",
    "https://chaudoc.angiang.gov.vn/wps/portal/Home/trang-chu/cdp-xem/sa-tintucsukien/sa-vanhoathethaodulich/8d1b6710-de81-4591-aa0b-9fcc81d1fa35",
    date="2023-05-25",  # unsure: not shown; before the festival of 8/6/2023
)
# Chương trình Ngày hội văn hóa, thể thao và du lịch đồng bào Khmer Nam Bộ lần thứ VIII tại Sóc Trăng, năm 2022 (trang Đua ghe Ngo Sóc Trăng, 20/10/2022) — https://duaghengo.soctrang.gov.vn/59_chuong-trinh.html
M08 = Doc(
    "Chương trình Ngày hội văn hóa, thể thao và du lịch đồng bào Khmer Nam Bộ lần thứ VIII tại tỉnh Sóc Trăng, năm 2022 (duaghengo.soctrang.gov.vn, 20/10/2022)",
    "https://duaghengo.soctrang.gov.vn/59_chuong-trinh.html",
    date="2022-10-20",
)
# Kế hoạch Lễ hội Ok Om Bok - Đua ghe ngo Sóc Trăng khu vực ĐBSCL lần thứ VI năm 2024 do UBND tỉnh Sóc Trăng phê duyệt (SGGP, 9/2024) — https://www.sggp.org.vn/khan-truong-chuan-bi-cho-le-hoi-ok-om-bok-post760771.html
M09 = Doc(
    "Kế hoạch tổ chức Lễ hội Ok Om Bok - Đua ghe ngo Sóc Trăng khu vực ĐBSCL lần thứ VI và Tuần văn hóa thể thao và du lịch Sóc Trăng lần I năm 2024, UBND tỉnh Sóc Trăng phê duyệt (SGGP, tháng 9/2024) (date approximate)",
    "https://www.sggp.org.vn/khan-truong-chuan-bi-cho-le-hoi-ok-om-bok-post760771.html",
    date="2024-09-15",  # unsure: not shown; September 2024
)
# Kế hoạch tổ chức Hội xuân núi Bà Đen năm Giáp Thìn 2024, Tây Ninh (SG247) — https://sg247.com.vn/tay-ninh-khai-mac-hoi-xuan-nui-ba-den-nam-giap-thin-2024-vao-mung-4-tet-ngay-13-02-2024-d126594.html
M10 = Doc(
    "Kế hoạch tổ chức Hội xuân núi Bà Đen năm Giáp Thìn 2024, tỉnh Tây Ninh (SG247) (date approximate)",
    "https://sg247.com.vn/tay-ninh-khai-mac-hoi-xuan-nui-ba-den-nam-giap-thin-2024-vao-mung-4-tet-ngay-13-02-2024-d126594.html",
    date="2024-01-30",  # unsure: not shown; before Tết Giáp Thìn (10/02/2024)
)
# Lễ hội Nghinh Ông Thắng Tam TP. Vũng Tàu năm 2024, báo cáo tại cuộc họp của UBND TP. Vũng Tàu ngày 10/9/2024 (Báo Bà Rịa - Vũng Tàu) — https://baobariavungtau.com.vn/van-hoa-nghe-thuat/202409/tu-14-den-2092024-dien-ra-le-hoi-nghinh-ong-thang-tam-vung-tau-1020714
M11 = Doc(
    "Kế hoạch tổ chức lễ hội Nghinh Ông Thắng Tam TP. Vũng Tàu năm 2024, báo cáo tại cuộc họp của UBND TP. Vũng Tàu ngày 10/9/2024 (Báo Bà Rịa - Vũng Tàu)",
    "https://baobariavungtau.com.vn/van-hoa-nghe-thuat/202409/tu-14-den-2092024-dien-ra-le-hoi-nghinh-ong-thang-tam-vung-tau-1020714",
    date="2024-09-10",
)
# Đề án Lễ hội Cà phê Buôn Ma Thuột lần thứ 8 năm 2023 được UBND tỉnh Đắk Lắk phê duyệt (th389.vn, 9/2022) — https://th389.vn/dak-lak-khoi-dong-to-chuc-le-hoi-ca-phe-buon-ma-thuot-lan-thu-08-a154861.html
M12 = Doc(
    "Đề án tổ chức Lễ hội cà phê Buôn Ma Thuột lần thứ 8 năm 2023 do UBND tỉnh Đắk Lắk phê duyệt (th389.vn, tháng 9/2022) (date approximate)",
    "https://th389.vn/dak-lak-khoi-dong-to-chuc-le-hoi-ca-phe-buon-ma-thuot-lan-thu-08-a154861.html",
    date="2022-09-09",  # unsure: the report is of 09/09; the year is the one before the 2023 festival
)
# UBND tỉnh Lâm Đồng thống nhất tổ chức Festival hoa Đà Lạt lần thứ VII - 2017 (tin ngày 14/4/2017) — https://didauchoigi.com/?p=82423
M13 = Doc(
    "Thống nhất của UBND tỉnh Lâm Đồng về tổ chức Festival hoa Đà Lạt lần thứ VII năm 2017 lồng ghép lễ hội trà Bảo Lộc (tin ngày 14/4/2017)",
    "https://didauchoigi.com/?p=82423",
    date="2017-04-14",
)
# Văn bản của Thủ tướng giao UBND tỉnh Gia Lai tổ chức Festival văn hóa Cồng chiêng Tây Nguyên năm 2018 (daklak24h.com.vn theo Đại Đoàn Kết, 18/07/2018) — https://daklak24h.com.vn/van-hoa/35331/festival-cong-chieng-tay-nguyen-nam-2018-huong-den-su-co-ket-cong-dong-cac-dan-toc.html
M14 = Doc(
    "Văn bản của Thủ tướng Chính phủ giao UBND tỉnh Gia Lai chủ trì tổ chức Festival văn hóa Cồng chiêng Tây Nguyên năm 2018 (daklak24h.com.vn, 18/07/2018) (date approximate)",
    "https://daklak24h.com.vn/van-hoa/35331/festival-cong-chieng-tay-nguyen-nam-2018-huong-den-su-co-ket-cong-dong-cac-dan-toc.html",
    date="2018-07-18",  # unsure: the letter's own date is not shown; reported 18/07/2018
)
# Festival văn hóa cồng chiêng Tây Nguyên tại tỉnh Gia Lai năm 2018 (Tạp chí Cộng sản) — https://tapchicongsan.org.vn/web/guest/van_hoa_xa_hoi/-/2018/52934/festival-van-hoa-cong-chieng-tay-nguyen-tai-tinh-gia-lai-nam-2018.aspx
M15 = Doc(
    "Chương trình Festival văn hóa cồng chiêng Tây Nguyên tại tỉnh Gia Lai năm 2018 (Tạp chí Cộng sản điện tử) (date approximate)",
    "https://tapchicongsan.org.vn/web/guest/van_hoa_xa_hoi/-/2018/52934/festival-van-hoa-cong-chieng-tay-nguyen-tai-tinh-gia-lai-nam-2018.aspx",
    date="2018-11-25",  # unsure: not shown; shortly before the opening of 30/11/2018
)
# Kế hoạch của Sở VHTTDL Gia Lai đưa cồng chiêng xuống phố tối thứ 7 hằng tuần (VietNamNet, 01/3/2026) — https://vietnamnet.vn/gia-lai-dua-cong-chieng-xuong-pho-toi-thu-7-hang-tuan-2493542.html
M16 = Doc(
    "Kế hoạch tổ chức chương trình trình diễn cồng chiêng tối thứ 7 hằng tuần tại Gia Lai, Sở Văn hóa, Thể thao và Du lịch chủ trì (VietNamNet, 01/3/2026) (date approximate)",
    "https://vietnamnet.vn/gia-lai-dua-cong-chieng-xuong-pho-toi-thu-7-hang-tuan-2493542.html",
    date="2026-03-01",  # unsure: the plan's own date is not shown; the report is of 01/3/2026
)
# Chuỗi sự kiện kỷ niệm 50 năm Ngày giải phóng tỉnh Bình Phước, công bố tại họp báo ngày 14/3/2025 (Doanh nghiệp Hội nhập) — https://doanhnghiephoinhap.vn/binh-phuoc-cong-bo-chuoi-su-kien-ky-niem-50-nam-ngay-giai-phong-tinh-98231.html
M17 = Doc(
    "Chương trình các hoạt động kỷ niệm 50 năm Ngày giải phóng tỉnh Bình Phước, UBND tỉnh công bố tại họp báo ngày 14/3/2025 (Doanh nghiệp Hội nhập)",
    "https://doanhnghiephoinhap.vn/binh-phuoc-cong-bo-chuoi-su-kien-ky-niem-50-nam-ngay-giai-phong-tinh-98231.html",
    date="2025-03-14",
)
# Công văn 4024/UBND-VX của UBND tỉnh Bình Dương về Hội thảo Hoằng pháp toàn quốc năm 2011 tại Bình Dương (Báo Bình Dương, 12/01/2011) — http://baobinhduong.vn/hoi-thao-hoang-phap-quoc-2011-tai-binh-duong-a17130.html
M18 = Doc(
    "Công văn số 4024/UBND-VX của UBND tỉnh Bình Dương về Hội thảo Hoằng pháp toàn quốc năm 2011 tại Bình Dương (Báo Bình Dương, 12/01/2011) (date approximate)",
    "http://baobinhduong.vn/hoi-thao-hoang-phap-quoc-2011-tai-binh-duong-a17130.html",
    date="2010-12-30",  # unsure: not shown; "vừa có", reported 12/01/2011
)
# Kế hoạch của UBND TP. Thủ Dầu Một (Bình Dương) phục vụ lễ hội Rằm tháng Giêng, lễ rước cộ chùa Bà năm 2019 (Thanh Niên, 2/2019) — https://thanhnien.vn/thoi-su/le-hoi-ram-thang-gieng-le-ruoc-co-chua-ba-o-binh-duong-khong-dot-vang-ma-1052667.html
M19 = Doc(
    "Kế hoạch của UBND TP. Thủ Dầu Một, tỉnh Bình Dương phục vụ lễ hội Rằm tháng Giêng - lễ rước cộ chùa Bà năm 2019 (Thanh Niên, tháng 2/2019) (date approximate)",
    "https://thanhnien.vn/thoi-su/le-hoi-ram-thang-gieng-le-ruoc-co-chua-ba-o-binh-duong-khong-dot-vang-ma-1052667.html",
    date="2019-02-12",  # unsure: not shown; before 16/2/2019
)
# Các hoạt động kỷ niệm 25 năm tái lập tỉnh Trà Vinh năm 2017 (Báo Cà Mau) — https://baocamau.vn/tinh-tra-vinh-nhieu-hoat-dong-ky-niem-25-nam-tai-lap-tinh-a104027.html
M20 = Doc(
    "Kế hoạch tổ chức kỷ niệm 25 năm tái lập tỉnh Trà Vinh năm 2017 được Thủ tướng chấp thuận (Báo Cà Mau) (date approximate)",
    "https://baocamau.vn/tinh-tra-vinh-nhieu-hoat-dong-ky-niem-25-nam-tai-lap-tinh-a104027.html",
    date="2017-03-20",  # unsure: not shown; before 23/4/2017
)

# --- agriculture: crop calendars -------------------------------------------------------------------

# Kế hoạch lịch thời vụ xuống giống lúa nếp vụ Đông Xuân 2018-2019 của UBND huyện Phú Tân, An Giang (Cổng TT Sở NN&PTNT An Giang, 23/11/2018) — http://sonongnghiep.angiang.gov.vn/wps/portal/Home/2018/home/tin-chi-tiet/!ut/p/z0/fYxBC4JAEIV_jUeZWTPLYyCY2SWC0L3EJotOyqzmGP38li7Rpdt73_t4oKECzeZJrRFybAbfa51c0zQrsIzVcVskCk9xFl_yc4n7LIID6P-Cf6D7NOkd6Max2JdANTt23HLbkR3DgW4B_pCZxHpkQiGWpZmXnix_wFeSh49-7wJUiCpS0XqTrGDsdf0G2br7tg!!/
M21 = Doc(
    "Kế hoạch lịch thời vụ xuống giống lúa nếp vụ Đông Xuân 2018-2019 của UBND huyện Phú Tân, tỉnh An Giang (Cổng TT Sở NN&PTNT An Giang, 23/11/2018)",
    "http://sonongnghiep.angiang.gov.vn/wps/portal/Home/2018/home/tin-chi-tiet/!ut/p/z0/fYxBC4JAEIV_jUeZWTPLYyCY2SWC0L3EJotOyqzmGP38li7Rpdt73_t4oKECzeZJrRFybAbfa51c0zQrsIzVcVskCk9xFl_yc4n7LIID6P-Cf6D7NOkd6Max2JdANTt23HLbkR3DgW4B_pCZxHpkQiGWpZmXnix_wFeSh49-7wJUiCpS0XqTrGDsdf0G2br7tg!!/",
    date="2018-11-23",  # unsure: the district plan's own date is not shown; reported 23/11/2018
)
# Lịch thời vụ lúa Thu Đông năm 2017, tỉnh Vĩnh Long (Chi cục Trồng trọt và BVTV Vĩnh Long, 19/6/2017) — http://ccttbvtv.vinhlong.gov.vn/Info.aspx?id=19620172312481
M22 = Doc(
    "Lịch thời vụ lúa Thu Đông năm 2017 tỉnh Vĩnh Long (Chi cục Trồng trọt và Bảo vệ thực vật Vĩnh Long, 19/6/2017)",
    "http://ccttbvtv.vinhlong.gov.vn/Info.aspx?id=19620172312481",
    date="2017-06-19",
)
# Khuyến cáo lịch gieo trồng vụ mùa năm 2016 đối với lúa nước của Sở NN&PTNT Kon Tum (Kon Tum TV) — https://kontumtv.vn/tin-tuc/tin-trong-nuoc/ke-hoach-gieo-trong-vu-mua-nam-2016-doi-voi-lua-nuoc-o-kon-tum
M23 = Doc(
    "Kế hoạch gieo trồng vụ mùa năm 2016 đối với lúa nước, khuyến cáo của Sở NN&PTNT tỉnh Kon Tum (Đài PT-TH Kon Tum) (date approximate)",
    "https://kontumtv.vn/tin-tuc/tin-trong-nuoc/ke-hoach-gieo-trong-vu-mua-nam-2016-doi-voi-lua-nuoc-o-kon-tum",
    date="2016-05-20",  # unsure: not shown; before the first deadline "đến hết ngày 30/5"
)
# Khung lịch thời vụ xuống giống vụ Đông Xuân 2023-2024 của ngành nông nghiệp An Giang (Môi trường và Cuộc sống, 08/09/2023) — https://moitruong.net.vn/print/65498.html
M24 = Doc(
    "Khung lịch thời vụ xuống giống vụ Đông Xuân 2023-2024 của Sở NN&PTNT An Giang (Môi trường và Cuộc sống, 08/09/2023)",
    "https://moitruong.net.vn/print/65498.html",
    date="2023-09-08",
)
# UBND huyện Vĩnh Thuận (Kiên Giang) xây dựng lịch thời vụ xuống giống vụ lúa trên nền đất nuôi tôm năm 2017-2018 (Cổng TTĐT Kiên Giang, 13/09/2017) — https://vinhthuan.kiengiang.gov.vn/trang/TinTuc/128/1035/Vinh-Thuan-xay-dung-lich-thoi-vu-xuong-giong-vu-lua-tren-nen-dat-nuoi-tom-nam-2017-2018.html
M25 = Doc(
    "Lịch thời vụ xuống giống vụ lúa trên nền đất nuôi tôm năm 2017-2018 của UBND huyện Vĩnh Thuận, tỉnh Kiên Giang (Cổng TTĐT Kiên Giang, 13/09/2017)",
    "https://vinhthuan.kiengiang.gov.vn/trang/TinTuc/128/1035/Vinh-Thuan-xay-dung-lich-thoi-vu-xuong-giong-vu-lua-tren-nen-dat-nuoi-tom-nam-2017-2018.html",
    date="2017-09-13",
)

# --- councils, administration, statistics, assignment letters ------------------------------------

# Thông báo điều chỉnh Chương trình Kỳ họp thứ 11 HĐND tỉnh Tiền Giang (THTG, 12/2019) — http://www.thtg.vn/?p=127718
M26 = Doc(
    "Thông báo của Thường trực HĐND tỉnh Tiền Giang điều chỉnh Chương trình Kỳ họp thứ 11 - HĐND tỉnh (Đài PT-TH Tiền Giang) (date approximate)",
    "http://www.thtg.vn/?p=127718",
    date="2019-12-02",  # unsure: not shown; shortly before the session of 5-6/12/2019
)
# Họp báo thông tin về kỳ họp thứ 13 (bất thường) HĐND tỉnh Bến Tre khóa IX (Cổng TT HĐND tỉnh Bến Tre, 09/10/2019) — http://hdnd.bentre.gov.vn/noi-dung/-/cms-icbt/10180/bai-viet/280011
M27 = Doc(
    "Thông tin về kỳ họp thứ 13 (kỳ họp bất thường) HĐND tỉnh Bến Tre khóa IX, họp báo ngày 08/10/2019 (Cổng TT HĐND tỉnh Bến Tre)",
    "http://hdnd.bentre.gov.vn/noi-dung/-/cms-icbt/10180/bai-viet/280011",
    date="2019-10-08",
)
# Lịch tiếp xúc cử tri trước Kỳ họp thứ 14 HĐND tỉnh Bến Tre khóa IX, theo Văn phòng HĐND tỉnh (Báo Đồng Khởi, 10/11/2019) — http://baodongkhoi.vn/tiep-xuc-cu-tri-truoc-ky-hop-thu-14-hdnd-tinh-khoa-ix-10112019-a66829.html
M28 = Doc(
    "Lịch tiếp xúc cử tri trước Kỳ họp thứ 14 HĐND tỉnh Bến Tre khóa IX, theo Văn phòng HĐND tỉnh (Báo Đồng Khởi, 10/11/2019)",
    "http://baodongkhoi.vn/tiep-xuc-cu-tri-truoc-ky-hop-thu-14-hdnd-tinh-khoa-ix-10112019-a66829.html",
    date="2019-11-10",
)
# Triển khai Tổng điều tra kinh tế và điều tra cơ sở hành chính năm 2021, hội nghị ngày 25/02/2021 (Cổng TTĐT huyện Tân Hồng, Đồng Tháp) — https://tanhong.dongthap.gov.vn/web/hth/chi-tiet-bai-viet/-/asset_publisher/1mOzUrGkrdAE/content/id/5035233?plidlayout=4694
M29 = Doc(
    "Triển khai Tổng điều tra kinh tế năm 2021 và điều tra cơ sở hành chính năm 2021 tại huyện Tân Hồng, tỉnh Đồng Tháp, hội nghị ngày 25/02/2021 (Cổng TTĐT huyện Tân Hồng)",
    "https://tanhong.dongthap.gov.vn/web/hth/chi-tiet-bai-viet/-/asset_publisher/1mOzUrGkrdAE/content/id/5035233?plidlayout=4694",
    date="2021-02-25",
)
# Công văn 3702/UBND-TH của UBND TP Cần Thơ về lập Quy hoạch TP Cần Thơ thời kỳ 2021-2030 (Báo Cần Thơ, 03/11/2018) — https://baocantho.com.vn/xuc-tien-lap-quy-hoach-tp-can-tho-thoi-ky-2021-2030-tam-nhin-den-nam-2050-a103408.html
M30 = Doc(
    "Công văn số 3702/UBND-TH của UBND TP Cần Thơ về việc lập Quy hoạch TP Cần Thơ thời kỳ 2021-2030, tầm nhìn đến năm 2050 (Báo Cần Thơ, 03/11/2018) (date approximate)",
    "https://baocantho.com.vn/xuc-tien-lap-quy-hoach-tp-can-tho-thoi-ky-2021-2030-tam-nhin-den-nam-2050-a103408.html",
    date="2018-11-02",  # unsure: not shown; "vừa có", reported 03/11/2018
)
# Chỉ đạo của UBND TP.HCM đổi tên Đề án chuyển một số huyện thành quận hoặc thành phố (Thanh Niên, 4/2021) — https://thanhnien.vn/thoi-su/tphcm-doi-ten-de-an-chuyen-mot-so-huyen-thanh-quan-1367651.html
M31 = Doc(
    "Chỉ đạo của UBND TP.HCM về Đề án đầu tư - xây dựng các huyện thành quận hoặc thành phố giai đoạn 2021-2030, giao các sở chủ trì các đề án nhánh (Thanh Niên, tháng 4/2021) (date approximate)",
    "https://thanhnien.vn/thoi-su/tphcm-doi-ten-de-an-chuyen-mot-so-huyen-thanh-quan-1367651.html",
    date="2021-04-15",  # unsure: not shown; April 2021
)
# Lịch công tác từ ngày 11/11/2019 đến ngày 17/11/2019 của HĐND-UBND huyện Đắk Song, Đắk Nông (mirror GitHub của Cổng TTĐT huyện) — https://github.com/easywebhub/daksong_website/blob/8a4c99a8c4351fa24089caaedb49080bca004da5/content/lich-cong-tac-tu-ngay-11-11-2019-den-ngay-17-11-2019.md
M32 = Doc(
    "Lịch công tác từ ngày 11/11/2019 đến ngày 17/11/2019 của Thường trực HĐND, UBND huyện Đắk Song, tỉnh Đắk Nông (bản sao trang TTĐT huyện trên GitHub)",
    "https://github.com/easywebhub/daksong_website/blob/8a4c99a8c4351fa24089caaedb49080bca004da5/content/lich-cong-tac-tu-ngay-11-11-2019-den-ngay-17-11-2019.md",
    date="2019-11-11",  # unsure: the page's own date; the schedule was likely issued a few days before
)

# --- cells -----------------------------------------------------------------------------------------

# M01 Long An, kế hoạch thời gian năm học 2020-2021 (table: one column per level of schooling)
M01_1 = Cell(M01, "03/9/2020", "O 2020-09-03")
M01_2 = Cell(M01, "05/9/2020", "O 2020-09-05")
M01_3 = Cell(M01, "07/9/2020", "O 2020-09-07")
M01_4 = Cell(M01, "08/01/2021", "O 2021-01-08")
M01_5 = Cell(M01, "26/12/2020", "O 2020-12-26")
M01_6 = Cell(M01, "09/01/2021", "O 2021-01-09")
M01_7 = Cell(M01, "10/01/2021", "O 2021-01-10")
M01_8 = Cell(M01, "Nghỉ 10 ngày: từ ngày 07/02/2021 (26/12 âm lịch) đến hết ngày 16/02/2021 (mùng 05/01 âm lịch)", "W 2021-02-07..2021-02-16")
M01_9 = Cell(M01, "20/5/2021", "O 2021-05-20")
M01_10 = Cell(M01, "29/4/2021", "O 2021-04-29")
M01_11 = Cell(M01, "21/5/2021", "O 2021-05-21")
M01_12 = Cell(M01, "24-28/5/2021", "W 2021-05-24..2021-05-28")
M01_13 = Cell(M01, "04-08/5/2021", "W 2021-05-04..2021-05-08")
M01_14 = Cell(M01, "Trước 31/5/2021", "D 2021-05-30")
M01_15 = Cell(M01, "trước ngày trước ngày 15/6/2021", "D 2021-06-14")  # "trước ngày" doubled as written
M01_16 = Cell(M01, "trước ngày 31/7/2021", "D 2021-07-30")

# M02 Đồng Nai, khung kế hoạch thời gian năm học 2023-2024
M02_1 = Cell(M02, "sớm nhất là ngày 28/8/2023", "O 2023-08-28")  # unsure: earliest day allowed for tựu trường, put on that day
M02_2 = Cell(M02, "riêng đối với lớp 1 tựu trường sớm nhất là ngày 21/8/2023", "O 2023-08-21")
M02_3 = Cell(M02, "vào ngày 05/9/2023", "O 2023-09-05")
M02_4 = Cell(M02, "05/9/2023", "O 2023-09-05")
M02_5 = Cell(M02, "06/01/2024", "O 2024-01-06")
M02_6 = Cell(M02, "08/01/2024", "O 2024-01-08")
M02_7 = Cell(M02, "18/5/2024", "O 2024-05-18")
M02_8 = Cell(M02, "31/5/2024", "O 2024-05-31")
M02_9 = Cell(M02, "23/12/2023", "O 2023-12-23")
M02_10 = Cell(M02, "25/12/2023", "O 2023-12-25")
M02_11 = Cell(M02, "04/5/2024", "O 2024-05-04")
M02_12 = Cell(M02, "trước ngày 28/6/2024", "D 2024-06-27")
M02_13 = Cell(M02, "trước ngày 31/7/2024", "D 2024-07-30")

# M03 Sóc Trăng, kế hoạch thời gian năm học 2022-2023
M03_1 = Cell(M03, "5/9/2022", "O 2022-09-05")
M03_2 = Cell(M03, "trước ngày 5/9", "D 2022-09-04")  # unsure: an earlier opening allowed for special cases, read as a deadline
M03_3 = Cell(M03, "từ ngày 05/9/2022, kết thúc vào ngày 07/01/2023", "W 2022-09-05..2023-01-07")
M03_4 = Cell(M03, "bắt đầu từ ngày 12/9/2022, kết thúc vào ngày 07/01/2023", "W 2022-09-12..2023-01-07")
M03_5 = Cell(M03, "từ ngày 09/01/2023, kết thúc vào ngày 20/5/2023", "W 2023-01-09..2023-05-20")
M03_6 = Cell(M03, "từ ngày 09/01/2023, kết thúc vào ngày 13/5/2023", "W 2023-01-09..2023-05-13")

# M04 Đắk Lắk, kế hoạch thời gian năm học 2017-2018
M04_1 = Cell(M04, "sớm nhất là 21/8", "O 2017-08-21")
M04_2 = Cell(M04, "21/8", "O 2017-08-21")
M04_3 = Cell(M04, "14/8", "O 2017-08-14")
M04_4 = Cell(M04, "bắt đầu từ ngày 4/9 và kết thúc trước ngày 6/1/2018", "W 2017-09-04..2018-01-05")
M04_5 = Cell(M04, "bắt đầu từ 28/8 và kết thúc trước ngày 6/1/2018", "W 2017-08-28..2018-01-05")
M04_6 = Cell(M04, "Bắt đầu từ ngày 21/8 và kết thúc trước ngày 30/12/2017", "W 2017-08-21..2017-12-29")
M04_7 = Cell(M04, "Bắt đầu từ 28/8 và kết thúc trước ngày 30/12/2017", "W 2017-08-28..2017-12-29")
M04_8 = Cell(M04, "Bắt đầu từ ngày 8/1/2018, kết thúc trước ngày 25/5/2018", "W 2018-01-08..2018-05-24")
M04_9 = Cell(M04, "bắt đầu từ ngày 2/1/2018 và kết thúc trước ngày 25/5/2018", "W 2018-01-02..2018-05-24")
M04_10 = Cell(M04, "kết thúc trước ngày 15/5/2018", "D 2018-05-14")
M04_11 = Cell(M04, "trước ngày 31/5/2018", "D 2018-05-30")

# M05 Bạc Liêu, kế hoạch năm học 2022-2023
M05_1 = Cell(M05, "ngày 29/8 (trước khai giảng một tuần)", "O 2022-08-29")
M05_2 = Cell(M05, "sớm ngày 22/8 (trước khai giảng 2 tuần)", "O 2022-08-22")
M05_3 = Cell(M05, "vào ngày 5/9", "O 2022-09-05")
M05_4 = Cell(M05, "bắt đầu học kỳ I từ ngày 5/9 và kết thúc trước ngày 8/1/2023", "W 2022-09-05..2023-01-07")
M05_5 = Cell(M05, "học kỳ II bắt đầu từ ngày 9/1/2022 và kết thúc trước ngày 25/5/2023", "W 2023-01-09..2023-05-24")  # unsure: "9/1/2022" is an evident slip for 9/1/2023 (term I ends before 8/1/2023)
M05_6 = Cell(M05, "bắt đầu học kỳ I từ ngày 12/9 và kết thúc trước ngày 1/1/2023", "W 2022-09-12..2022-12-31")
M05_7 = Cell(M05, "học kỳ II bắt đầu từ ngày 9/1/2023 và kết thúc trước ngày 18/5/2023", "W 2023-01-09..2023-05-17")
M05_8 = Cell(M05, "học kỳ II bắt đầu từ ngày 9/1/2023 và kết thúc trước ngày 25/5/2023", "W 2023-01-09..2023-05-24")
M05_9 = Cell(M05, "trước ngày 31/5/2023", "D 2023-05-30")

# M06 Tây Ninh, Đại hội TDTT các cấp lần thứ VIII
M06_1 = Cell(M06, "bắt đầu từ đầu tháng 3 năm 2017", "O 2017-03-01")
M06_2 = Cell(M06, "từ ngày 01-3 đến ngày 31-7-2017", "W 2017-03-01..2017-07-31")
M06_3 = Cell(M06, "từ ngày 01-8 đến cuối năm 2017", "W 2017-08-01..2017-12-31")
M06_4 = Cell(M06, "từ ngày 01-01-2018 đến ngày 31-3-2018", "W 2018-01-01..2018-03-31")

# M07 Châu Đốc, Lễ hội Vía Bà Chúa Xứ núi Sam 2023
M07_1 = Cell(M07, "từ 0 giờ, ngày 8/6 đến 23 giờ 59 phút, ngày 14/6 (nhằm ngày 21 đến hết ngày 27/4 âm lịch)", "W 2023-06-08..2023-06-14")

# M08 Sóc Trăng, Ngày hội Khmer Nam Bộ 2022
M08_1 = Cell(M08, "trong 03 ngày, từ ngày 06/11/2022 đến ngày 08/11/2022", "W 2022-11-06..2022-11-08")
M08_2 = Cell(M08, "vào lúc 20 giờ 10 phút ngày 06/11/2022", "O 2022-11-06T20:10")
M08_3 = Cell(M08, "bắt đầu từ ngày 04/11/2022", "O 2022-11-04")
M08_4 = Cell(M08, "20 giờ10 phút, ngày 06/11/2022.", "O 2022-11-06T20:10")

# M09 Sóc Trăng, Ok Om Bok 2024
M09_1 = Cell(M09, "từ ngày 9 đến 15-11", "W 2024-11-09..2024-11-15")
M09_2 = Cell(M09, "trong 7 ngày, từ ngày 9 đến 15-11", "W 2024-11-09..2024-11-15")
M09_3 = Cell(M09, "ngày 13-11", "O 2024-11-13")
M09_4 = Cell(M09, "diễn ra 2 ngày, 14 và 15-11", "W 2024-11-14..2024-11-15")
M09_5 = Cell(M09, "ngày 14-11", "O 2024-11-14")

# M10 Tây Ninh, Hội xuân núi Bà Đen 2024
M10_1 = Cell(M10, "vào mùng 4 Tết (ngày 13/02/2024)", "O 2024-02-13")
M10_2 = Cell(M10, "từ ngày 10/02/2024 đến 09/3/2024 (nhằm Mùng 01 tháng Giêng đến ngày 29 tháng Giêng năm Giáp Thìn 2024)", "W 2024-02-10..2024-03-09")
M10_3 = Cell(M10, "vào lúc 18 giờ Mùng 04 tháng Giêng Âm lịch (ngày 13/02/2024)", "O 2024-02-13T18:00")
M10_4 = Cell(M10, "vào lúc 18 giờ, ngày 13/02/2024 (Mùng 04 tháng Giêng Âm lịch)", "O 2024-02-13T18:00")
M10_5 = Cell(M10, "Từ ngày 15/02/2024 đến ngày 09/3/2024 (Mùng 06 đến ngày 29 tháng Giêng năm Giáp Thìn 2024)", "W 2024-02-15..2024-03-09")

# M11 Vũng Tàu, lễ hội Nghinh Ông Thắng Tam 2024
M11_1 = Cell(M11, "Từ 14 đến 20/9/2024", "W 2024-09-14..2024-09-20")
M11_2 = Cell(M11, "từ ngày 14 đến ngày 20/9", "W 2024-09-14..2024-09-20")
M11_3 = Cell(M11, "3 ngày chính thức từ 18 đến 20/9 (16/8  đến 18/8 âm lịch)", "W 2024-09-18..2024-09-20")
M11_4 = Cell(M11, "vào ngày lễ chính (16/8 âm lịch)", "O 2024-09-18")
M11_5 = Cell(M11, "vào ngày 14 và 15/9", "W 2024-09-14..2024-09-15")
M11_6 = Cell(M11, "từ 15 - 20/9", "W 2024-09-15..2024-09-20")
M11_7 = Cell(M11, "Từ 18 đến 20/9", "W 2024-09-18..2024-09-20")

# M12 Đắk Lắk, Lễ hội cà phê Buôn Ma Thuột lần thứ 8
M12_1 = Cell(M12, "vào tháng 03/2023", "W 2023-03-01..2023-03-31")
M12_2 = Cell(M12, "từ ngày 10 – 14/3/2023", "W 2023-03-10..2023-03-14")

# M13 Lâm Đồng, Festival hoa Đà Lạt 2017
M13_1 = Cell(M13, "trong 5 ngày, từ ngày 23 – 27/12/2017", "W 2017-12-23..2017-12-27")
M13_2 = Cell(M13, "vào tối 23/12", "O 2017-12-23")
M13_3 = Cell(M13, "(tối 27/12)", "O 2017-12-27")
M13_4 = Cell(M13, "vào tối 24/12", "O 2017-12-24")

# M14 Gia Lai, Festival Cồng chiêng Tây Nguyên 2018 (Thủ tướng giao tỉnh)
M14_1 = Cell(M14, "vào trung tuần tháng 11/2018", "W 2018-11-11..2018-11-20")  # unsure: "trung tuần" read as giữa tháng (days 11-20)

# M15 Gia Lai, chương trình Festival Cồng chiêng 2018
M15_1 = Cell(M15, "vào 20h00, ngày 30-11-2018", "O 2018-11-30T20:00")

# M16 Gia Lai, cồng chiêng tối thứ 7 hằng tuần
M16_1 = Cell(
    M16,
    "từ 19h đến 21h vào tối thứ 7 hằng tuần và các ngày lễ, sự kiện liên quan",
    "R O 2026-03-07T19:00-21:00 2026-03-14T19:00-21:00 ... 2027-03-06T19:00-21:00; U",
)  # unsure: no end shown (funded from the 2026 budget), so the repeat runs one year; holidays/events part undated

# M17 Bình Phước, 50 năm Ngày giải phóng tỉnh
M17_1 = Cell(M17, "vào lúc 8h00 ngày 23/3/2025", "O 2025-03-23T08:00")
M17_2 = Cell(M17, "vào tối ngày 21/3", "O 2025-03-21")
M17_3 = Cell(M17, "vào 19h30 ngày 18/3/2025", "O 2025-03-18T19:30")
M17_4 = Cell(M17, "từ ngày 12-14/3", "W 2025-03-12..2025-03-14")
M17_5 = Cell(M17, "vào sáng 16/3", "O 2025-03-16")

# M18 Bình Dương, Hội thảo Hoằng pháp toàn quốc 2011
M18_1 = Cell(M18, "trong 5 ngày, từ ngày 9 đến 13 -3-2011", "W 2011-03-09..2011-03-13")
M18_2 = Cell(M18, "vào ngày 11-3-2011", "O 2011-03-11")

# M19 Thủ Dầu Một, Rằm tháng Giêng 2019
M19_1 = Cell(M19, "cao điểm từ ngày 16 đến 19.2 (tức ngày 12 đến 15 tháng Giêng)", "W 2019-02-16..2019-02-19")
M19_2 = Cell(M19, "trong 4 ngày (từ 16 - 19.2)", "W 2019-02-16..2019-02-19")

# M20 Trà Vinh, 25 năm tái lập tỉnh
M20_1 = Cell(M20, "diễn ra từ ngày 23/4 và kết thúc vào ngày 30/4/2017", "W 2017-04-23..2017-04-30")

# M21 Phú Tân (An Giang), lúa nếp Đông Xuân 2018-2019
M21_1 = Cell(M21, "Kết thúc xuống giống trước ngày 25/11/2018", "D 2018-11-24")
M21_2 = Cell(M21, "Kết thúc xuống giống trước ngày 30/11/2018", "D 2018-11-29")
M21_3 = Cell(M21, "Kết thúc xuống giống trước ngày 20/12/2018", "D 2018-12-19")
M21_4 = Cell(M21, "Kết thúc xuống giống trước ngày 05/01/2019", "D 2019-01-04")
M21_5 = Cell(M21, "Kết thúc xuống giống trước ngày 15/01/2019", "D 2019-01-14")
M21_6 = Cell(M21, "Kết thúc xuống giống trước ngày 20/01/2019", "D 2019-01-19")
M21_7 = Cell(M21, "Kết thúc xuống giống trước ngày 30/01/2019", "D 2019-01-29")

# M22 Vĩnh Long, lịch thời vụ lúa Thu Đông 2017 (2017 has a leap sixth lunar month)
M22_1 = Cell(M22, "từ ngày 05/6 - 20/6/2017 (nhằm ngày 11 tháng 5 đến ngày 26 tháng 5 âm lịch)", "W 2017-06-05..2017-06-20")
M22_2 = Cell(M22, "từ ngày 03/7 - 01/8/2017 (nhằm ngày mùng 10 tháng 6 trước đến ngày mùng 10 tháng 6 sau âm lịch)", "W 2017-07-03..2017-08-01")
M22_3 = Cell(M22, "từ ngày 11/8 - 10/9/2017 (từ ngày 20 tháng 6 sau đến ngày 20 tháng 7 âm lịch)", "W 2017-08-11..2017-09-10")

# M23 Kon Tum, vụ mùa 2016
M23_1 = Cell(M23, "từ ngày 5/6 – 20/6", "W 2016-06-05..2016-06-20")
M23_2 = Cell(M23, "từ 25/6 – 10/7", "W 2016-06-25..2016-07-10")
M23_3 = Cell(M23, "từ ngày 10/6 – 30/6", "W 2016-06-10..2016-06-30")
M23_4 = Cell(M23, "đến hết ngày 30/5", "D 2016-05-30")
M23_5 = Cell(M23, "từ 15/6 – 30/6", "W 2016-06-15..2016-06-30")
M23_6 = Cell(M23, "muộn nhất đến ngày 25/6", "D 2016-06-25")
M23_7 = Cell(M23, "trước ngày 10/7", "D 2016-07-09")

# M24 An Giang, Đông Xuân 2023-2024
M24_1 = Cell(M24, "bắt đầu từ ngày 1/11 đến ngày 31/12", "W 2023-11-01..2023-12-31")
M24_2 = Cell(M24, "bắt đầu từ ngày 1/11 đến 31/12/2023 (từ ngày 18/9 đến 19/11/2023 âm lịch)", "W 2023-11-01..2023-12-31")
M24_3 = Cell(M24, "từ ngày 1/11 - 15/11", "W 2023-11-01..2023-11-15")
M24_4 = Cell(M24, "từ 16/11 - 15/12", "W 2023-11-16..2023-12-15")
M24_5 = Cell(M24, "từ ngày 16/12 - 31/12/2023", "W 2023-12-16..2023-12-31")

# M25 Vĩnh Thuận (Kiên Giang), lúa trên nền đất nuôi tôm 2017-2018
M25_1 = Cell(M25, "từ đầu tháng 9 đến 20 tháng 9 năm 2017", "W 2017-09-01..2017-09-20")
M25_2 = Cell(M25, "từ 15 tháng 9 đến 15 tháng 10 năm 2017", "W 2017-09-15..2017-10-15")

# M26 Tiền Giang, chương trình Kỳ họp thứ 11 HĐND tỉnh
M26_1 = Cell(M26, "Ngày 05 tháng 12 năm 2019:", "O 2019-12-05")
M26_2 = Cell(M26, "Buổi sáng, 7 giờ 45 phút:", "U")  # a clock time under the day heading, with no date of its own
M26_3 = Cell(M26, "Ngày 06 tháng 12 năm 2019:", "O 2019-12-06")
M26_4 = Cell(M26, "vào sáng ngày 05 và 06 tháng 12 năm 2019", "W 2019-12-05..2019-12-06")

# M27 Bến Tre, kỳ họp thứ 13 HĐND tỉnh
M27_1 = Cell(M27, "lúc 13 giờ 30 phút ngày 14 tháng 10 năm 2019", "O 2019-10-14T13:30")

# M28 Bến Tre, tiếp xúc cử tri trước Kỳ họp thứ 14
M28_1 = Cell(M28, "từ ngày 12 đến 15-11-2019", "W 2019-11-12..2019-11-15")
M28_2 = Cell(M28, "Ngày 26-11-2019", "O 2019-11-26")
M28_3 = Cell(M28, "Ngày 5 và 6-12-2019", "W 2019-12-05..2019-12-06")

# M29 Tân Hồng (Đồng Tháp), Tổng điều tra kinh tế 2021
M29_1 = Cell(M29, "Từ 01/03", "O 2021-03-01")
M29_2 = Cell(M29, "từ ngày 01/3 đến ngày 30/05", "W 2021-03-01..2021-05-30")
M29_3 = Cell(M29, "từ ngày 01/07 đến ngày 30/07", "W 2021-07-01..2021-07-30")
M29_4 = Cell(M29, "vào tháng 12/2021", "W 2021-12-01..2021-12-31")
M29_5 = Cell(M29, "vào quý II năm 2022", "W 2022-04-01..2022-06-30")
M29_6 = Cell(M29, "từ ngày 01 tháng 3 đến ngày 30 tháng 5 năm 2021", "W 2021-03-01..2021-05-30")
M29_7 = Cell(M29, "vào trước ngày 30/12/2021", "D 2021-12-29")

# M30 Cần Thơ, lập Quy hoạch thành phố
M30_1 = Cell(M30, "trước ngày 15-11-2018", "D 2018-11-14")

# M31 TP.HCM, đề án nhánh
M31_1 = Cell(M31, "hoàn thành trong quý 3/2021", "D 2021-09-30")

# M32 Đắk Song, lịch công tác tuần (heading and day column)
M32_1 = Cell(M32, "LỊCH CÔNG TÁC TỪ NGÀY 11/11/2019 ĐẾN NGÀY 17/11/2019", "W 2019-11-11..2019-11-17")
M32_2 = Cell(M32, "Thứ 2 (11/11/2019)", "O 2019-11-11")
M32_3 = Cell(M32, "Thứ 3 (12/11/2019)", "O 2019-11-12")
M32_4 = Cell(M32, "Thứ 4 (13/11/2019)", "O 2019-11-13")
M32_5 = Cell(M32, "Thứ 5 (14/11/2019)", "O 2019-11-14")
M32_6 = Cell(M32, "Thứ 6 (15/11/2019)", "O 2019-11-15")
M32_7 = Cell(M32, "Thứ 7 (16/11/2019)", "O 2019-11-16")
M32_8 = Cell(M32, "Chủ nhật (17/11/2019)", "O 2019-11-17")

CELLS = [
    M01_1, M01_2, M01_3, M01_4, M01_5, M01_6, M01_7, M01_8, M01_9, M01_10, M01_11, M01_12, M01_13, M01_14, M01_15, M01_16,
    M02_1, M02_2, M02_3, M02_4, M02_5, M02_6, M02_7, M02_8, M02_9, M02_10, M02_11, M02_12, M02_13,
    M03_1, M03_2, M03_3, M03_4, M03_5, M03_6,
    M04_1, M04_2, M04_3, M04_4, M04_5, M04_6, M04_7, M04_8, M04_9, M04_10, M04_11,
    M05_1, M05_2, M05_3, M05_4, M05_5, M05_6, M05_7, M05_8, M05_9,
    M06_1, M06_2, M06_3, M06_4,
    M07_1,
    M08_1, M08_2, M08_3, M08_4,
    M09_1, M09_2, M09_3, M09_4, M09_5,
    M10_1, M10_2, M10_3, M10_4, M10_5,
    M11_1, M11_2, M11_3, M11_4, M11_5, M11_6, M11_7,
    M12_1, M12_2,
    M13_1, M13_2, M13_3, M13_4,
    M14_1,
    M15_1,
    M16_1,
    M17_1, M17_2, M17_3, M17_4, M17_5,
    M18_1, M18_2,
    M19_1, M19_2,
    M20_1,
    M21_1, M21_2, M21_3, M21_4, M21_5, M21_6, M21_7,
    M22_1, M22_2, M22_3,
    M23_1, M23_2, M23_3, M23_4, M23_5, M23_6, M23_7,
    M24_1, M24_2, M24_3, M24_4, M24_5,
    M25_1, M25_2,
    M26_1, M26_2, M26_3, M26_4,
    M27_1,
    M28_1, M28_2, M28_3,
    M29_1, M29_2, M29_3, M29_4, M29_5, M29_6, M29_7,
    M30_1,
    M31_1,
    M32_1, M32_2, M32_3, M32_4, M32_5, M32_6, M32_7, M32_8,
]
