"""Held-out real timing cells from Vietnamese public-body documents on culture, tourism, sports,
festivals, Tết and commemorations, propaganda, youth union and mass organisations, security and
defence (military service, police crackdowns, drills), and justice / administrative reform
(citizen-reception schedules, administrative-reform contests). Answers worked out by hand.

How collected: from the stored "pages" corpus (government portals and press reports of plans and
notices), which keeps only the opening part of each page, so most cells are a plan's or notice's
timing phrases as quoted on a portal or in a news report of it, taken in document order from what
is readable. Prose is cut to the timing clause with its own lead words; words inside a clause are
not edited (only line breaks and doubled spaces undone). Not taken: dates of issue, dates of other
documents, and years that are only part of a name. No address in notes/used_sources.txt was used.
Expected answers follow notes/conventions.md, using a calendar and the lunar_vn package only.

Collected without reading the resolver; to be scored once.
"""
from tests.corpus.spec import Cell, Doc

# --- security and defence -------------------------------------------------------------------

# Tin của BCĐ Diễn tập huyện Trà Ôn (Vĩnh Long) về diễn tập chiến đấu phòng thủ cấp xã năm 2022 (Báo Vĩnh Long, 04/08/2022) — https://baovinhlong.vn/phap-luat/202208/tra-on-tap-trung-hoan-thanh-dien-tap-chien-dau-phong-thu-cap-xa-3128514/
H01 = Doc(
    "Kế hoạch diễn tập chiến đấu phòng thủ cấp xã năm 2022 của BCĐ Diễn tập huyện Trà Ôn, tỉnh Vĩnh Long (Báo Vĩnh Long, 04/08/2022)",
    "https://baovinhlong.vn/phap-luat/202208/tra-on-tap-trung-hoan-thanh-dien-tap-chien-dau-phong-thu-cap-xa-3128514/",
    date="2022-08-04",
)
# Khám sơ tuyển nghĩa vụ quân sự năm 2019 tại các xã, phường thành phố Bắc Kạn (Cổng TTĐT TP Bắc Kạn) — https://backancity.gov.vn/cac-xa-phuong-hoan-thanh-kham-so-tuyen-nghia-vu-quan-su-nam-2019/
H02 = Doc(
    "Kế hoạch khám sơ tuyển, khám tuyển nghĩa vụ quân sự năm 2019 của Hội đồng NVQS thành phố Bắc Kạn (Cổng TTĐT TP Bắc Kạn) (date approximate)",
    "https://backancity.gov.vn/cac-xa-phuong-hoan-thanh-kham-so-tuyen-nghia-vu-quan-su-nam-2019/",
    date="2018-10-26",  # unsure: not shown; reported after the sơ tuyển of 15-25/10/2018
)
# Hướng dẫn 4705/HD-BQP ngày 31/10/2024 của Bộ Quốc phòng về tuyển quân năm 2025, as quoted by Thư viện Pháp luật — https://thuvienphapluat.vn/tintuc/vn/ho-tro-phap-luat/tu-van-phap-luat/78929/Thoi-gian-to-chuc-phuc-tra-tieu-chuan-chien-si-moi-nhap-ngu-nam-2025
H03 = Doc(
    "Hướng dẫn 4705/HD-BQP ngày 31/10/2024 của Bộ Quốc phòng về tuyển chọn và gọi công dân nhập ngũ năm 2025 (trích dẫn trên Thư viện Pháp luật)",
    "https://thuvienphapluat.vn/tintuc/vn/ho-tro-phap-luat/tu-van-phap-luat/78929/Thoi-gian-to-chuc-phuc-tra-tieu-chuan-chien-si-moi-nhap-ngu-nam-2025",
    date="2024-10-31",
)
# Công an tỉnh Đồng Tháp ra quân cao điểm tấn công trấn áp tội phạm Tết Bính Ngọ 2026 (Tiền Phong, 12/12/2025) — https://tienphong.vn/cong-an-cac-tinh-dong-loat-ra-quan-cao-diem-chong-toi-pham-dip-tet-post1803965.tpo
H04 = Doc(
    "Kế hoạch đợt cao điểm tấn công, trấn áp tội phạm bảo đảm ANTT Tết Nguyên đán Bính Ngọ 2026 của Công an tỉnh Đồng Tháp (Tiền Phong, 12/12/2025)",
    "https://tienphong.vn/cong-an-cac-tinh-dong-loat-ra-quan-cao-diem-chong-toi-pham-dip-tet-post1803965.tpo",
    date="2025-12-12",
)
# Công an tỉnh Khánh Hòa ra quân cao điểm tấn công trấn áp tội phạm dịp Tết (PLO, 12/12/2025) — https://plo.vn/cong-an-khanh-hoa-ra-quan-cao-diem-tan-cong-tran-ap-toi-pham-dip-tet-post886156.html
H05 = Doc(
    "Kế hoạch cao điểm tấn công, trấn áp tội phạm bảo đảm ANTT Tết Nguyên đán Bính Ngọ 2026 của Công an tỉnh Khánh Hòa (PLO, 12/12/2025)",
    "https://plo.vn/cong-an-khanh-hoa-ra-quan-cao-diem-tan-cong-tran-ap-toi-pham-dip-tet-post886156.html",
    date="2025-12-12",
)
# Công an tỉnh Vĩnh Phúc ra quân cao điểm tấn công, trấn áp tội phạm Tết Nhâm Dần 2022 (Báo Vĩnh Phúc, 15/12/2021) — http://baovinhphuc.com.vn/thoi-su/71448/ra-quan-tan-cong-tran-ap-toi-pham-dam-bao-antt-tet-nguyen-dan-nham-dan-2022.html
H06 = Doc(
    "Kế hoạch cao điểm tấn công, trấn áp tội phạm bảo đảm ANTT Tết Nguyên đán Nhâm Dần 2022 của Công an tỉnh Vĩnh Phúc (Báo Vĩnh Phúc, 15/12/2021)",
    "http://baovinhphuc.com.vn/thoi-su/71448/ra-quan-tan-cong-tran-ap-toi-pham-dam-bao-antt-tet-nguyen-dan-nham-dan-2022.html",
    date="2021-12-15",
)
# Lệnh của Bộ trưởng Bộ Công an ra quân tấn công, trấn áp tội phạm Tết Kỷ Hợi 2019 (PLO) — https://plo.vn/cong-an-ca-nuoc-dong-loat-ra-quan-tran-ap-toi-pham-post508012.html
H07 = Doc(
    "Lệnh của Bộ trưởng Bộ Công an đồng loạt ra quân tấn công, trấn áp tội phạm bảo đảm an ninh, an toàn Tết Nguyên đán Kỷ Hợi 2019 (PLO) (date approximate)",
    "https://plo.vn/cong-an-ca-nuoc-dong-loat-ra-quan-tran-ap-toi-pham-post508012.html",
    date="2018-12-16",  # unsure: not shown; the day the đợt ra quân starts
)
# Mệnh lệnh 1433/ĐK-HT của Bộ trưởng Bộ Công an về đợt cao điểm Tết Tân Sửu 2021 (Thanh Niên) — https://thanhnien.vn/thoi-su/cong-an-toan-quoc-ra-quan-tran-ap-toi-pham-1317567.html
H08 = Doc(
    "Mệnh lệnh 1433/ĐK-HT của Bộ trưởng Bộ Công an về đợt cao điểm tấn công, trấn áp tội phạm Tết Nguyên đán Tân Sửu 2021 (Thanh Niên) (date approximate)",
    "https://thanhnien.vn/thoi-su/cong-an-toan-quoc-ra-quan-tran-ap-toi-pham-1317567.html",
    date="2020-12-15",  # unsure: not shown; the day the đợt starts and the article's ra quân day
)
# Kế hoạch ra quân xử lý vi phạm của Cục CSGT (Bộ Công an) cùng đợt, same article — https://thanhnien.vn/thoi-su/cong-an-toan-quoc-ra-quan-tran-ap-toi-pham-1317567.html
H09 = Doc(
    "Kế hoạch ra quân xử lý vi phạm trật tự an toàn giao thông của Cục CSGT, Bộ Công an, dịp Tết Tân Sửu 2021 (Thanh Niên) (date approximate)",
    "https://thanhnien.vn/thoi-su/cong-an-toan-quoc-ra-quan-tran-ap-toi-pham-1317567.html",
    date="2020-12-15",  # unsure: not shown; "Cùng ngày" as the Bộ's ra quân
)

# --- culture, festivals, Tết and tourism ---------------------------------------------------------

# UBND huyện An Lão (Bình Định) tổ chức các hoạt động dịp Tết Nguyên đán Mậu Tuất 2018 (Cổng TTĐT tỉnh Bình Định) — https://binhdinh.gov.vn/tin-tuc/tin-tu-thi-xa-huyen-thanh-pho/an-lao-to-chuc-nhieu-hoat-dong-nhan-dip-tet-nguyen-dan-mau-t.html
H10 = Doc(
    "Kế hoạch tổ chức các hoạt động văn hóa, thể thao mừng Đảng, mừng Xuân Mậu Tuất 2018 của UBND huyện An Lão, tỉnh Bình Định (Cổng TTĐT tỉnh) (date approximate)",
    "https://binhdinh.gov.vn/tin-tuc/tin-tu-thi-xa-huyen-thanh-pho/an-lao-to-chuc-nhieu-hoat-dong-nhan-dip-tet-nguyen-dan-mau-t.html",
    date="2018-02-01",  # unsure: not shown; before the activities of 12/02/2018
)
# Kế hoạch 330/KH-UBND của UBND TP Hà Nội tổ chức bắn pháo hoa Tết Nguyên đán Nhâm Dần 2022 (Đọc nhanh, 03/01/2022) — https://docnhanh.vn/xa-hoi/ha-noi-to-chuc-1-diem-ban-phao-hoa-dem-giao-thua-tet-nguyen-dan-tintuc803853
H11 = Doc(
    "Kế hoạch 330/KH-UBND của UBND thành phố Hà Nội về tổ chức bắn pháo hoa Tết Nguyên đán Nhâm Dần 2022 (Đọc nhanh, 03/01/2022) (date approximate)",
    "https://docnhanh.vn/xa-hoi/ha-noi-to-chuc-1-diem-ban-phao-hoa-dem-giao-thua-tet-nguyen-dan-tintuc803853",
    date="2021-12-30",  # unsure: not shown; shortly before the report of 03/01/2022
)
# Kế hoạch của UBND TP.HCM tổ chức các hoạt động đón chào năm mới 2024 (VTC News) — https://amp.vtcnews.vn/cac-dia-phuong-ban-phao-hoa-dip-tet-duong-lich-2024-ar842141.html
H12 = Doc(
    "Kế hoạch tổ chức các hoạt động đón chào năm mới 2024 của UBND TP Hồ Chí Minh (VTC News) (date approximate)",
    "https://amp.vtcnews.vn/cac-dia-phuong-ban-phao-hoa-dip-tet-duong-lich-2024-ar842141.html",
    date="2023-12-20",  # unsure: not shown; late December 2023
)
# Hoạt động đón Tết Mậu Tuất 2018 của TP Hà Nội (vgpipe.com.vn, theo báo chí) — https://vgpipe.com.vn/ca-nuoc-nao-nuc-cac-hoat-dong-don-tet-co-truyen-mau-tuat/
H13 = Doc(
    "Kế hoạch tổ chức các hoạt động đón Tết Nguyên đán Mậu Tuất 2018 của TP Hà Nội, as reported (vgpipe.com.vn) (date approximate)",
    "https://vgpipe.com.vn/ca-nuoc-nao-nuc-cac-hoat-dong-don-tet-co-truyen-mau-tuat/",
    date="2018-02-10",  # unsure: not shown; a few days before the Giao thừa of 15/02/2018
)
# UBND tỉnh Bắc Giang họp báo Lễ Khai hội xuân và Tuần Văn hóa - Du lịch năm 2023 (Pháp luật Việt Nam, 10/01/2023) — https://beta.baophapluat.vn/bac-giang-to-chuc-le-khai-hoi-xuan-va-tuan-van-hoa-du-lich-nam-2023-voi-chu-de-linh-thieng-tay-yen-tu-post9615.html
H14 = Doc(
    "Kế hoạch tổ chức Lễ Khai hội xuân và Tuần Văn hóa - Du lịch năm 2023 của UBND tỉnh Bắc Giang, thông tin tại họp báo ngày 10/01/2023 (Báo Pháp luật Việt Nam)",
    "https://beta.baophapluat.vn/bac-giang-to-chuc-le-khai-hoi-xuan-va-tuan-van-hoa-du-lich-nam-2023-voi-chu-de-linh-thieng-tay-yen-tu-post9615.html",
    date="2023-01-10",
)
# Tuần văn hóa TP Thanh Hóa - TP Hội An năm 2023 (Báo Thanh Hóa) — https://baothanhhoa.vn/doi-song-xa-hoi/du-khach-thich-thu-voi-con-duong-tu-trai-tim-den-trai-tim-giua-long-tp-thanh-hoa/184513.htm
H15 = Doc(
    "Chương trình Tuần văn hóa TP Thanh Hóa - TP Hội An năm 2023 của UBND TP Thanh Hóa (Báo Thanh Hóa) (date approximate)",
    "https://baothanhhoa.vn/doi-song-xa-hoi/du-khach-thich-thu-voi-con-duong-tu-trai-tim-den-trai-tim-giua-long-tp-thanh-hoa/184513.htm",
    date="2023-04-20",  # unsure: not shown; before the week starting 26-4-2023
)
# Chuỗi sự kiện Lễ kỷ niệm 50 năm giải phóng huyện Tư Nghĩa (Cổng TTĐT huyện Tư Nghĩa, Quảng Ngãi) — https://tunghia.quangngai.gov.vn/huyen-tu-nghia/tin-kinh-te-chinh-tri/chuoi-su-kien-hoat-dong-le-ky-niem-50-nam-giai-phong-tu-nghia.html
H16 = Doc(
    "Chuỗi sự kiện chào mừng kỷ niệm 50 năm ngày giải phóng huyện Tư Nghĩa (24/3/1975 - 24/3/2025), UBND huyện Tư Nghĩa, tỉnh Quảng Ngãi (Cổng TTĐT huyện) (date approximate)",
    "https://tunghia.quangngai.gov.vn/huyen-tu-nghia/tin-kinh-te-chinh-tri/chuoi-su-kien-hoat-dong-le-ky-niem-50-nam-giai-phong-tu-nghia.html",
    date="2025-03-15",  # unsure: not shown; March 2025, before 22/3/2025
)
# Lào Cai họp Tiểu ban Nội dung Festival sông Hồng năm 2024 (Báo Mới / Báo Lào Cai, 13/8/2024) — https://baomoi.net.vn/festival-song-hong-nam-2024-se-co-nhieu-hoat-dong-phong-phu-hap-dan-c49894324.epi
H17 = Doc(
    "Kế hoạch tổ chức Festival sông Hồng năm 2024 của UBND tỉnh Lào Cai, bàn tại cuộc họp Tiểu ban Nội dung ngày 13/8/2024 (baomoi.net.vn)",
    "https://baomoi.net.vn/festival-song-hong-nam-2024-se-co-nhieu-hoat-dong-phong-phu-hap-dan-c49894324.epi",
    date="2024-08-13",
)
# BTC Tuần Văn hóa - Thể thao - Du lịch tỉnh Long An lần thứ 2 năm 2024 (Người Lao Động, 13-11-2024) — https://nld.com.vn/clip-long-an-lan-dau-to-chuc-dua-xuong-3-la-tai-khat-vong-song-vam-196241113100207736.htm
H18 = Doc(
    "Kế hoạch Tuần Văn hóa - Thể thao - Du lịch tỉnh Long An lần thứ 2 năm 2024 \"Khát vọng sông Vàm\", thông tin của Ban Tổ chức ngày 13-11-2024 (Người Lao Động)",
    "https://nld.com.vn/clip-long-an-lan-dau-to-chuc-dua-xuong-3-la-tai-khat-vong-song-vam-196241113100207736.htm",
    date="2024-11-13",
)
# BTC Lễ hội Sông nước TP.HCM năm 2024 (Yeah1, theo thông tin của BTC) — https://yeah1.com/tin-tuc/le-hoi-song-nuoc-tphcm-nam-2024-keo-dai-10-ngay-a69-d117637.html
H19 = Doc(
    "Kế hoạch tổ chức Lễ hội Sông nước TP Hồ Chí Minh lần 2 năm 2024, thông tin của Ban Tổ chức (Yeah1) (date approximate)",
    "https://yeah1.com/tin-tuc/le-hoi-song-nuoc-tphcm-nam-2024-keo-dai-10-ngay-a69-d117637.html",
    date="2024-05-20",  # unsure: not shown; shortly before 31/5/2024
)
# Lễ hội đua thuyền đuôi Én năm 2026, thị xã Mường Lay (Du lịch Điện Biên, 26/12/2025) — http://dulichdienbien.vn/TINTUC/View/Le-hoi-dua-thuyen-duoi-En-2026---Diem-hen-check-in-dau-nam-voi-chuoi-trai-nghiem-van-hoa--?PageIndex=24
H20 = Doc(
    "Kế hoạch tổ chức Lễ hội đua thuyền đuôi Én gắn với các hoạt động văn hóa - thể thao - du lịch năm 2026, thị xã Mường Lay, Điện Biên (Cổng Du lịch Điện Biên, 26/12/2025)",
    "http://dulichdienbien.vn/TINTUC/View/Le-hoi-dua-thuyen-duoi-En-2026---Diem-hen-check-in-dau-nam-voi-chuoi-trai-nghiem-van-hoa--?PageIndex=24",
    date="2025-12-26",
)
# Lễ hội văn hóa sông nước Cần Thơ năm 2025 (PLO, 27-12-2025) — https://plo.vn/csgt-tp-can-tho-dam-bao-giao-thong-trong-dem-khai-mac-le-hoi-song-nuoc-post888790.html
H21 = Doc(
    "Kế hoạch tổ chức Lễ hội văn hóa sông nước Cần Thơ năm 2025 của UBND TP Cần Thơ (PLO, 27-12-2025)",
    "https://plo.vn/csgt-tp-can-tho-dam-bao-giao-thong-trong-dem-khai-mac-le-hoi-song-nuoc-post888790.html",
    date="2025-12-27",
)
# TP Hội An kỷ niệm 50 năm giải phóng (Báo Quảng Nam, 27/3/2025) — https://baoquangnam.vn/dieu-hanh-chao-mung-ky-niem-50-nam-giai-phong-hoi-an-3151570.html
H22 = Doc(
    "Chương trình kỷ niệm 50 năm giải phóng Hội An (28/3/1975 - 28/3/2025) của UBND TP Hội An (Báo Quảng Nam, 27/3/2025)",
    "https://baoquangnam.vn/dieu-hanh-chao-mung-ky-niem-50-nam-giai-phong-hoi-an-3151570.html",
    date="2025-03-27",
)
# Hướng dẫn tổ chức trưng bày Hội báo Xuân Tân Mão 2011 ở Quảng Ninh (Báo Pháp luật Việt Nam) — https://m.baophapluat.vn/quang-ninh-14-dia-phuong-deu-co-hoi-bao-xuan-tan-mao-2011-post150109.amp
H23 = Doc(
    "Hướng dẫn tổ chức trưng bày Hội báo Xuân Tân Mão 2011 tại 14 địa phương tỉnh Quảng Ninh (Báo Pháp luật Việt Nam) (date approximate)",
    "https://m.baophapluat.vn/quang-ninh-14-dia-phuong-deu-co-hoi-bao-xuan-tan-mao-2011-post150109.amp",
    date="2011-01-10",  # unsure: not shown; before Tết Tân Mão (3/2/2011)
)

# --- sports --------------------------------------------------------------------------------------

# Đại hội TDTT cấp huyện lần thứ VIII năm 2017 ở Hậu Giang (Báo Hậu Giang, 24/05/2017) — http://baohaugiang.com.vn/the-thao-trong-nuoc/5-dia-phuong-to-chuc-dai-hoi-the-duc-the-thao-cap-huyen-54594.html
H24 = Doc(
    "Kế hoạch tổ chức Đại hội Thể dục thể thao cấp huyện lần thứ VIII năm 2017 tỉnh Hậu Giang (Báo Hậu Giang, 24/05/2017)",
    "http://baohaugiang.com.vn/the-thao-trong-nuoc/5-dia-phuong-to-chuc-dai-hoi-the-duc-the-thao-cap-huyen-54594.html",
    date="2017-05-24",
)
# Sở VHTTDL Vĩnh Long: khai mạc Đại hội TDTT tỉnh lần IX (Báo Vĩnh Long, 10/08/2022) — https://baovinhlong.com.vn/the-thao/202208/khai-mac-dai-hoi-tdtt-tinh-lan-ix-vao-ngay-288-3129480
H25 = Doc(
    "Kế hoạch tổ chức lễ khai mạc, bế mạc Đại hội TDTT tỉnh Vĩnh Long lần thứ IX năm 2022 của Sở VHTTDL (Báo Vĩnh Long, 10/08/2022)",
    "https://baovinhlong.com.vn/the-thao/202208/khai-mac-dai-hoi-tdtt-tinh-lan-ix-vao-ngay-288-3129480",
    date="2022-08-10",
)
# Sở VHTTDL Tiền Giang triển khai kế hoạch lễ khai mạc Đại hội TDTT tỉnh lần thứ VII năm 2014 (THTG) — http://www.thtg.vn/tien-giang-trien-khai-ke-hoach-dai-hoi-the-duc-the-thao-lan-thu-vii-nam-2014/
H26 = Doc(
    "Kế hoạch tổ chức lễ khai mạc Đại hội Thể dục Thể thao tỉnh Tiền Giang lần thứ VII năm 2014 của Sở VHTTDL (Truyền hình Tiền Giang) (date approximate)",
    "http://www.thtg.vn/tien-giang-trien-khai-ke-hoach-dai-hoi-the-duc-the-thao-lan-thu-vii-nam-2014/",
    date="2014-04-10",  # unsure: not shown; April 2014, before the opening
)
# Triển khai kế hoạch Đại hội TDTT tỉnh Tiền Giang lần thứ VII-2014 và giải Việt dã báo Ấp Bắc lần 31 (THTG, ngày 5/12/2013) — http://www.thtg.vn/trien-khai-ke-hoach-to-chuc-dai-hoi-the-duc-the-thao-tinh-tien-giang-lan-thu-vii-2014-va-giai-viet-da-bao-ap-bac-lan-thu-31-2014/
H27 = Doc(
    "Kế hoạch tổ chức Đại hội thể dục thể thao tỉnh Tiền Giang lần thứ VII-2014, triển khai ngày 5/12/2013 (Truyền hình Tiền Giang)",
    "http://www.thtg.vn/trien-khai-ke-hoach-to-chuc-dai-hoi-the-duc-the-thao-tinh-tien-giang-lan-thu-vii-2014-va-giai-viet-da-bao-ap-bac-lan-thu-31-2014/",
    date="2013-12-05",  # unsure: the year is not shown; the plan is for 2014, so December 2013
    year=2014,
)
# Tiểu ban Nội dung, tuyên truyền Đại hội TDTT tỉnh Hải Dương lần thứ VIII năm 2018 (Báo Hải Dương, 27/02/2018) — https://baohaiduong.vn/trong-tinh/le-khai-mac-dai-hoi-the-duc-the-thao-tinh-lan-thu-viii-huy-dong-khoang-3000-nguoi-tham-du-85144
H28 = Doc(
    "Kế hoạch chuẩn bị lễ khai mạc Đại hội Thể dục thể thao tỉnh Hải Dương lần thứ VIII năm 2018, Tiểu ban Nội dung, tuyên truyền (Báo Hải Dương, 27/02/2018)",
    "https://baohaiduong.vn/trong-tinh/le-khai-mac-dai-hoi-the-duc-the-thao-tinh-lan-thu-viii-huy-dong-khoang-3000-nguoi-tham-du-85144",
    date="2018-02-27",
)
# Lịch thi đấu Đại hội TDTT tỉnh Bến Tre lần thứ VIII năm 2018 (Báo Đồng Khởi, 02/05/2018) — https://baodongkhoi.vn/the-thao/bong-da/dai-hoi-the-duc-the-thao-tinh-lan-thu-viii-nam-2018-bong-da-nam-thi-dau-tu-ngay-3-den-15-5-2018-02052018-a49088.html
H29 = Doc(
    "Lịch thi đấu giai đoạn 2 Đại hội Thể dục thể thao tỉnh Bến Tre lần thứ VIII năm 2018 (Báo Đồng Khởi, 02/05/2018)",
    "https://baodongkhoi.vn/the-thao/bong-da/dai-hoi-the-duc-the-thao-tinh-lan-thu-viii-nam-2018-bong-da-nam-thi-dau-tu-ngay-3-den-15-5-2018-02052018-a49088.html",
    date="2018-05-02",
)

# --- youth union, children, mass organisations, propaganda ------------------------------------------

# Tháng Thanh niên năm 2024 của Thành đoàn TP.HCM (VOV5, 24/02/2024) — https://m.vovworld.vn/vi-VN/xa-hoi-doi-song/khoi-dong-thang-thanh-nien-voi-chu-de-thanh-nien-xung-kich-tinh-nguyen-vi-cuoc-song-cong-dong-1273721.vov
H30 = Doc(
    "Kế hoạch Tháng Thanh niên năm 2024 và chương trình Trí thức khoa học trẻ tình nguyện lần 15 của Thành đoàn TP Hồ Chí Minh (VOV5, 24/02/2024)",
    "https://m.vovworld.vn/vi-VN/xa-hoi-doi-song/khoi-dong-thang-thanh-nien-voi-chu-de-thanh-nien-xung-kich-tinh-nguyen-vi-cuoc-song-cong-dong-1273721.vov",
    date="2024-02-24",
)
# Kế hoạch của Ban Bí thư T.Ư Đoàn tổ chức chiến dịch Thanh niên tình nguyện Hè 2016 (Tiền Phong) — https://tienphong.vn/thang-cao-diem-chien-dich-thanh-nien-tinh-nguyen-he-2016-post873217.tpo
H31 = Doc(
    "Kế hoạch của Ban Bí thư Trung ương Đoàn về tổ chức chiến dịch Thanh niên tình nguyện Hè 2016 (Tiền Phong) (date approximate)",
    "https://tienphong.vn/thang-cao-diem-chien-dich-thanh-nien-tinh-nguyen-he-2016-post873217.tpo",
    date="2016-05-15",  # unsure: not shown; before the campaign of 1/6-31/8
)
# Thành đoàn TP.HCM ra quân các chương trình, chiến dịch tình nguyện hè 2020 (Hà Nội Mới, 12-7-2020) — https://hanoimoi.vn/ra-quan-cac-chuong-trinh-chien-dich-tinh-nguyen-he-nam-2020-509791.html
H32 = Doc(
    "Kế hoạch các chương trình, chiến dịch tình nguyện hè năm 2020 của Thành đoàn TP Hồ Chí Minh (Hà Nội Mới, 12-7-2020)",
    "https://hanoimoi.vn/ra-quan-cac-chuong-trinh-chien-dich-tinh-nguyen-he-nam-2020-509791.html",
    date="2020-07-12",
)
# Tỉnh đoàn Thái Nguyên: chiến dịch thanh niên tình nguyện hè 2020 (Thái Nguyên TV) — https://thainguyentv.vn/thanh-nien-thai-nguyen-xung-kich-sang-tao-tinh-nguyen-vi-cong-dong-79550.html
H33 = Doc(
    "Kế hoạch chiến dịch thanh niên tình nguyện hè năm 2020 của Tỉnh đoàn Thái Nguyên (Thái Nguyên TV) (date approximate)",
    "https://thainguyentv.vn/thanh-nien-thai-nguyen-xung-kich-sang-tao-tinh-nguyen-vi-cong-dong-79550.html",
    date="2020-06-15",  # unsure: not shown; before the ra quân of 28/6/2020
)
# Xã Đoàn Vĩnh Thạnh (Giồng Riềng, Kiên Giang): chiến dịch TNTN hè 2024 (Tuổi trẻ Giồng Riềng) — http://tuoitregiongrieng.com/15872
H34 = Doc(
    "Chiến dịch thanh niên tình nguyện hè năm 2024, xã Đoàn Vĩnh Thạnh, huyện Giồng Riềng (Trang tin Huyện đoàn Giồng Riềng) (date approximate)",
    "http://tuoitregiongrieng.com/15872",
    date="2024-06-05",  # unsure: not shown; the day of the ra quân it reports
)
# Đại hội Cháu ngoan Bác Hồ tỉnh Hưng Yên lần thứ VI năm 2025 (Báo Mới, theo Báo Hưng Yên) — https://baomoi.net.vn/chon-cu-225-thieu-nhi-du-ai-hoi-chau-ngoan-bac-ho-tinh-hung-yen-lan-thu-vi-nam-2025-c51638937.epi
H35 = Doc(
    "Kế hoạch tổ chức Đại hội Cháu ngoan Bác Hồ các cấp và tỉnh Hưng Yên lần thứ VI năm 2025 (baomoi.net.vn, theo Báo Hưng Yên) (date approximate)",
    "https://baomoi.net.vn/chon-cu-225-thieu-nhi-du-ai-hoi-chau-ngoan-bac-ho-tinh-hung-yen-lan-thu-vi-nam-2025-c51638937.epi",
    date="2025-03-03",  # unsure: not shown; after the district congresses, before 11/3/2025
)
# Họp Ban Tổ chức Đại hội Cháu ngoan Bác Hồ thị xã Bắc Kạn năm học 2013-2014 (Cổng TTĐT TP Bắc Kạn) — https://backancity.gov.vn/hop-ban-to-chuc-cac-tieu-ban-phuc-vu-dai-hoi-chau-ngoan-bac-ho-thi-xa-bac-kan-nam-hoc-2013-2014/
H36 = Doc(
    "Kế hoạch tổ chức Đại hội đại biểu Cháu ngoan Bác Hồ thị xã Bắc Kạn năm học 2013-2014 (Cổng TTĐT TP Bắc Kạn) (date approximate)",
    "https://backancity.gov.vn/hop-ban-to-chuc-cac-tieu-ban-phuc-vu-dai-hoi-chau-ngoan-bac-ho-thi-xa-bac-kan-nam-hoc-2013-2014/",
    date="2014-06-25",  # unsure: not shown; before the trip of 07-10/7/2014
)
# Công văn 468 của Đảng ủy Văn phòng UBND tỉnh Lai Châu hướng dẫn nội dung tuyên truyền tháng 9/2019 (27/8/2019) — https://vpubnd.laichau.gov.vn/detailNews.aspx?id=19730&lang=vi
H37 = Doc(
    "Công văn số 468 ngày 27/8/2019 của Đảng ủy Văn phòng UBND tỉnh Lai Châu hướng dẫn nội dung tuyên truyền tháng 09/2019",
    "https://vpubnd.laichau.gov.vn/detailNews.aspx?id=19730&lang=vi",
    date="2019-08-27",
)

# --- justice, citizen reception and administrative reform -----------------------------------------

# Thông báo lịch tiếp công dân của Chủ tịch UBND huyện Ngân Sơn (Bắc Kạn) năm 2021 (đăng 06/01/2021) — https://nganson.backan.gov.vn/index.php?com=tintuc_ct&id_news=1331
H38 = Doc(
    "Thông báo lịch tiếp công dân của Chủ tịch UBND huyện Ngân Sơn, tỉnh Bắc Kạn năm 2021 (đăng 06/01/2021)",
    "https://nganson.backan.gov.vn/index.php?com=tintuc_ct&id_news=1331",
    date="2021-01-06",
    end="2021-12-31",
)
# Thông báo lịch tiếp công dân của Chủ tịch HĐND huyện Na Rì (Bắc Kạn) nhiệm kỳ 2021-2026 — https://nari.gov.vn/thong-bao-lich-tiep-cong-dan-cua-chu-tich-hdnd-huyen-tai-tru-so-tiep-cong-dan-cua-huyen-nhiem-ky-2021-2026/
H39 = Doc(
    "Thông báo lịch tiếp công dân của Chủ tịch HĐND huyện Na Rì tại Trụ sở tiếp công dân của huyện nhiệm kỳ 2021-2026 (Cổng TTĐT huyện Na Rì) (date approximate)",
    "https://nari.gov.vn/thong-bao-lich-tiep-cong-dan-cua-chu-tich-hdnd-huyen-tai-tru-so-tiep-cong-dan-cua-huyen-nhiem-ky-2021-2026/",
    date="2021-08-05",  # unsure: not shown; posted next to news of early August 2021
)
# Lịch tiếp công dân của đại biểu HĐND tỉnh Ninh Thuận quý III/2019 (Báo Ninh Thuận) — https://baoninhthuan.com.vn/news/107729p31c171/lich-tiep-cong-dan-cua-dai-bieu-hdnd-tinh-khoa-x-nhiem-ky-20162021-quy-iii2019.htm
H40 = Doc(
    "Thông báo của Văn phòng HĐND tỉnh Ninh Thuận về lịch tiếp công dân quý III/2019 của đại biểu HĐND tỉnh khóa X (Báo Ninh Thuận) (date approximate)",
    "https://baoninhthuan.com.vn/news/107729p31c171/lich-tiep-cong-dan-cua-dai-bieu-hdnd-tinh-khoa-x-nhiem-ky-20162021-quy-iii2019.htm",
    date="2019-07-01",  # unsure: not shown; start of quý III/2019
)
# Thông báo 364/TB-UBND của UBND tỉnh Hà Tĩnh thay đổi ngày tiếp công dân định kỳ tháng 10/2016 (Báo Mới) — http://www.baomoi.com/ubnd-tinh-thong-bao-thay-doi-ngay-tiep-cong-dan/c/20553662.epi
H41 = Doc(
    "Thông báo 364/TB-UBND của UBND tỉnh Hà Tĩnh về việc thay đổi ngày tiếp công dân định kỳ tháng 10 năm 2016 (baomoi.com) (date approximate)",
    "http://www.baomoi.com/ubnd-tinh-thong-bao-thay-doi-ngay-tiep-cong-dan/c/20553662.epi",
    date="2016-10-12",  # unsure: not shown; shortly before 15/10/2016
)
# Hội thi trực tuyến cải cách hành chính tỉnh Sóc Trăng năm 2022 (Cổng CCHC Sóc Trăng) — http://cchc.soctrang.gov.vn/60_tin-tuc-hoat-dong/472_khoi-dong-thi-truc-tuyen-cai-cach-hanh-chinh-tinh-soc-trang-nam-2022.html?page=4
H42 = Doc(
    "Kế hoạch và Thể lệ Hội thi cải cách hành chính tỉnh Sóc Trăng năm 2022, khởi động đợt thi trực tuyến (Cổng CCHC tỉnh Sóc Trăng) (date approximate)",
    "http://cchc.soctrang.gov.vn/60_tin-tuc-hoat-dong/472_khoi-dong-thi-truc-tuyen-cai-cach-hanh-chinh-tinh-soc-trang-nam-2022.html?page=4",
    date="2022-09-15",  # unsure: not shown; the day the online round opened
)
# Quyết định 1933/QĐ-BGTVT ban hành Thể lệ Cuộc thi "Tìm hiểu về công tác cải cách hành chính nhà nước năm 2020" (Bộ GTVT) — http://mt.gov.vn/cntt/tin-tuc/891/69332/ban-hanh-the-le-cuoc-thi-“tim-hieu-ve-cong-tac-cai-cach-hanh-chinh-nha-nuoc-nam-2020”-.aspx
H43 = Doc(
    "Quyết định 1933/QĐ-BGTVT ban hành Thể lệ Cuộc thi \"Tìm hiểu về công tác cải cách hành chính nhà nước năm 2020\" của Bộ Giao thông vận tải (date approximate)",
    "http://mt.gov.vn/cntt/tin-tuc/891/69332/ban-hanh-the-le-cuoc-thi-“tim-hieu-ve-cong-tac-cai-cach-hanh-chinh-nha-nuoc-nam-2020”-.aspx",
    date="2020-10-20",  # unsure: not shown; before the contest opening 30/10/2020
)


CELLS = [
    # H01 Trà Ôn diễn tập
    Cell(H01, "trong năm 2022", "W 2022-01-01..2022-12-31"),
    Cell(H01, "Trong tháng 8", "W 2022-08-01..2022-08-31"),
    Cell(H01, "tháng 9", "W 2022-09-01..2022-09-30"),
    Cell(H01, "riêng tháng 10 dự kiến tổ chức", "W 2022-10-01..2022-10-31"),
    Cell(H01, "Trong năm 2023, 2024", "W 2023-01-01..2023-12-31; W 2024-01-01..2024-12-31"),
    # H02 Bắc Kạn khám NVQS
    Cell(H02, "bắt đầu từ ngày 15 đến hết ngày 25/10/2018", "W 2018-10-15..2018-10-25"),
    Cell(H02, "vào ngày 21 và ngày 22 tháng 11 năm 2018", "W 2018-11-21..2018-11-22"),
    # H03 HD 4705/HD-BQP
    Cell(H03, "năm 2025", "W 2025-01-01..2025-12-31"),  # "năm 2025 tiến hành tuyển chọn và gọi công dân nhập ngũ ... một đợt"
    Cell(H03, "thời gian giao nhận quân từ ngày 13 đến hết ngày 15/02/2025 (từ ngày 16 đến hết ngày 18 tháng Giêng năm Ất Tỵ)", "W 2025-02-13..2025-02-15"),
    # H04 Đồng Tháp
    Cell(H04, "Đợt cao điểm diễn ra từ 15/12/2025 đến 16/3/2026", "W 2025-12-15..2026-03-16"),
    # H05 Khánh Hòa
    Cell(H05, "Từ ngày 15-12-2025 đến ngày 16-3-2026", "W 2025-12-15..2026-03-16"),
    # H06 Vĩnh Phúc
    Cell(H06, "bắt đầu từ 8h00 ngày 15/12/2021 đến ngày 14/2/2022", "W 2021-12-15T08:00..2022-02-14"),  # start time kept since the timed-window rule (was unsure: whole days)
    Cell(H06, "từ nay đến Tết Nguyên đán", "W 2021-12-15..2022-02-01",
         events={"Tết Nguyên đán Nhâm Dần 2022": "2022-02-01"}),  # unsure: "từ nay" read as the document's date (15/12/2021); Tết day from the lunar calendar
    # H07 Bộ Công an 2018-2019
    Cell(H07, "Bắt đầu từ 8 giờ ngày 16-12-2018 đến 15-2-2019", "W 2018-12-16T08:00..2019-02-15"),  # start time kept, as H06
    # H08 Mệnh lệnh 1433/ĐK-HT
    Cell(H08, "bắt đầu từ ngày 15.12.2020 - 28.2.2021", "W 2020-12-15..2021-02-28"),
    # H09 Cục CSGT
    Cell(H09, "Kế hoạch sẽ kéo dài đến ngày 28.2.2021", "D 2021-02-28"),  # unsure: "kéo dài đến" read as an end (deadline); the window would start at the ra quân day 15/12/2020
    # H10 An Lão Tết Mậu Tuất 2018
    Cell(H10, "vào ngày 12/02/2018 (nhằm ngày 27 tháng chạp âm lịch)", "O 2018-02-12"),
    Cell(H10, "các đêm từ mùng 1 đến mùng 4 tết", "W 2018-02-16..2018-02-19"),  # lunar 1-4/1 Mậu Tuất
    Cell(H10, "vào ngày 21/02/2018 (nhằm mùng 6 tháng giêng âm lịch)", "O 2018-02-21"),
    Cell(H10, "vào ngày 16/02/2018 (Nhằm mùng 1 tết Nguyên đán)", "O 2018-02-16"),
    # H11 Hà Nội pháo hoa Tết Nhâm Dần
    Cell(H11, "Thời điểm bắn từ 0h đến 0h15 ngày 1/2/2022 (tức đêm Giao thừa Tết Nguyên đán Nhâm Dần 2022)", "O 2022-02-01T00:00-00:15"),
    # H12 TP.HCM năm mới 2024
    Cell(H12, "từ 0h đến 0h15 ngày 1/1/2024", "O 2024-01-01T00:00-00:15"),
    # H13 Hà Nội Tết Mậu Tuất
    Cell(H13, "vào 22 giờ đêm Giao thừa (15/02/2018)", "O 2018-02-15T22:00"),
    Cell(H13, "ngày 5- 6/3/2018", "W 2018-03-05..2018-03-06"),
    Cell(H13, "ngày 23/02- 27/02/2018", "W 2018-02-23..2018-02-27"),
    # H14 Bắc Giang
    Cell(H14, "sẽ được diễn ra từ ngày 01/2 đến ngày 6/2/2023", "W 2023-02-01..2023-02-06"),
    # H15 Thanh Hóa - Hội An
    Cell(H15, "sẽ diễn ra từ ngày 26-4 đến 3-5-2023", "W 2023-04-26..2023-05-03"),
    # H16 Tư Nghĩa 50 năm
    Cell(H16, "trong tháng 3 năm 2025", "W 2025-03-01..2025-03-31"),
    Cell(H16, "sẽ diễn ra vào lúc 6h30 phút, ngày 22/3/2025", "O 2025-03-22T06:30"),
    Cell(H16, "Bắt đầu từ ngày 22/3 đến 23/3/2025", "W 2025-03-22..2025-03-23"),
    Cell(H16, "sẽ chính thức diễn ra vào lúc 18 giờ ngày 23/3/2025.", "O 2025-03-23T18:00"),
    Cell(H16, "sẽ diễn ra vào lúc 21 giờ 30 phút ngày 23/3/2025", "O 2025-03-23T21:30"),
    # H17 Festival sông Hồng 2024
    Cell(H17, "diễn ra từ ngày 7 - 10/11", "W 2024-11-07..2024-11-10"),
    Cell(H17, "diễn ra vào 20h ngày 9/11/2024", "O 2024-11-09T20:00"),
    # H18 Long An
    Cell(H18, "tối 28-11", "O 2024-11-28"),
    Cell(H18, "tối 4-12", "O 2024-12-04"),
    # H19 Lễ hội Sông nước TP.HCM
    Cell(H19, "sẽ được tổ chức từ ngày 31/5 và kéo dài 10 ngày đến hết ngày 9/6", "W 2024-05-31..2024-06-09"),
    Cell(H19, "sẽ được diễn ra vào tối ngày 31/5", "O 2024-05-31"),
    # H20 Mường Lay đua thuyền 2026
    Cell(H20, "sẽ chính thức diễn ra trong 3 ngày, từ ngày 02/01/2026 đến ngày 04/01/2026", "W 2026-01-02..2026-01-04"),
    Cell(H20, "trong ngày khai mạc 02/01/2026", "O 2026-01-02"),
    Cell(H20, "Ngày 03/01/2026", "O 2026-01-03"),
    Cell(H20, "Đến ngày 04/01/2026", "O 2026-01-04"),  # unsure: "Đến ngày" here opens the day's programme ("on reaching 4/1"), not a deadline
    # H21 Cần Thơ
    Cell(H21, "Tối 27-12", "O 2025-12-27"),
    Cell(H21, "diễn ra từ ngày 27-12-2025 đến hết ngày 1-1-2026", "W 2025-12-27..2026-01-01"),
    # H22 Hội An
    Cell(H22, "Sáng 27/3", "O 2025-03-27"),
    Cell(H22, "vào lúc 19h30 tối nay 27/3", "O 2025-03-27T19:30"),
    # H23 Quảng Ninh Hội báo Xuân Tân Mão
    Cell(H23, "trong thời gian 10 ngày (từ 25/12/2010 đến 05/01/2011 âm lịch)", "W 2011-01-28..2011-02-07"),  # unsure: lunar 25/12 Canh Dần = 28/1/2011 to 5/1 Tân Mão = 7/2/2011, which is 11 days, not the 10 written
    # H24 Hậu Giang ĐH TDTT cấp huyện 2017
    Cell(H24, "sẽ kết thúc vào cuối tháng 6, trễ nhất là đến tháng 8-2017", "W 2017-06-21..2017-06-30; D 2017-08-31"),  # unsure: two readings of one end, both kept
    Cell(H24, "vào ngày 19-5 vừa qua", "O 2017-05-19"),
    Cell(H24, "vào ngày 1 và 2-9 tới", "W 2017-09-01..2017-09-02"),
    # H25 Vĩnh Long ĐH TDTT tỉnh IX
    Cell(H25, "sẽ diễn ra vào lúc 7 giờ 30 phút, ngày 28/8", "O 2022-08-28T07:30"),
    # H26 Tiền Giang lễ khai mạc 2014
    Cell(H26, "được tổ chức vào lúc 18 giờ 30 ngày 25/4/2014", "O 2014-04-25T18:30"),
    # H27 Tiền Giang ĐH TDTT VII-2014
    Cell(H27, "được tổ chức thi đấu từ ngày 1/1/2014 đến ngày 30/4/2014", "W 2014-01-01..2014-04-30"),
    Cell(H27, "được tổ chức ngày 27/4/2014", "O 2014-04-27"),  # the other report (H26) gives 25/4/2014; each document's own date kept
    # H28 Hải Dương ĐH TDTT VIII
    Cell(H28, "Từ ngày 1.3 đến trung tuần tháng 4", "W 2018-03-01..2018-04-20"),
    Cell(H28, "Dự kiến từ ngày 21 - 24.4", "W 2018-04-21..2018-04-24"),
    Cell(H28, "sẽ khai mạc vào lúc 20 giờ ngày 27.4", "O 2018-04-27T20:00"),
    # H29 Bến Tre ĐH TDTT VIII
    Cell(H29, "ngày mai, 3-5-2018", "O 2018-05-03"),
    Cell(H29, "diễn ra từ ngày 3 đến 15-5-2018", "W 2018-05-03..2018-05-15"),
    Cell(H29, "cuối năm 2017 đã diễn ra vòng bảng giai đoạn 1", "W 2017-10-01..2017-12-31"),  # unsure: "cuối năm" has no convention; read as the last quarter
    Cell(H29, "sẽ diễn ra từ ngày 4 đến 6-5-2018 (buổi sáng và chiều)", "W 2018-05-04..2018-05-06"),
    Cell(H29, "sẽ tập trung thi đấu hoàn tất trong tháng 5-2018", "D 2018-05-31"),  # "hoàn tất trong tháng" read as a deadline
    Cell(H29, "sẽ diễn ra tối 19-5-2018", "O 2018-05-19"),
    # H30 Thành đoàn TP.HCM Tháng Thanh niên 2024
    Cell(H30, "Tháng Thanh niên năm 2024 diễn ra từ ngày 24/02 - 31/03", "W 2024-02-24..2024-03-31"),
    Cell(H30, "Chương trình diễn ra từ tháng 2 đến tháng 12", "W 2024-02-01..2024-12-31"),
    # H31 T.Ư Đoàn hè 2016
    Cell(H31, "tháng 7 sẽ là tháng cao điểm của chiến dịch", "W 2016-07-01..2016-07-31"),
    Cell(H31, "sẽ diễn ra từ 1/6 đến 31/8", "W 2016-06-01..2016-08-31"),
    # H32 TP.HCM hè 2020
    Cell(H32, "diễn ra từ ngày 12-7 đến 16-8-2020", "W 2020-07-12..2020-08-16"),
    # H33 Thái Nguyên hè 2020
    Cell(H33, "Dự kiến, Lễ ra quân Chiến dịch sẽ diễn ra vào ngày 28/6/2020.", "O 2020-06-28"),
    # H34 Giồng Riềng hè 2024
    Cell(H34, "được tổ chức từ tháng 6 đến tháng 8 năm 2024", "W 2024-06-01..2024-08-31"),
    Cell(H34, "Sáng ngày 05/6/2024", "O 2024-06-05"),
    # H35 Hưng Yên Cháu ngoan Bác Hồ 2025
    Cell(H35, "được tổ chức từ ngày 18/2", "O 2025-02-18"),
    Cell(H35, "dự kiến tổ chức ngày 11/3", "O 2025-03-11"),
    # H36 Bắc Kạn Cháu ngoan Bác Hồ 2013-2014
    Cell(H36, "từ ngày 07 – 10/7/2014", "W 2014-07-07..2014-07-10"),
    # H37 Lai Châu tuyên truyền tháng 9/2019
    Cell(H37, "thực hiện tốt một số nội dung tuyên truyền trong tháng 9/2019", "W 2019-09-01..2019-09-30"),
    Cell(H37, "khai giảng năm học mới (05/9)", "O 2019-09-05"),
    # H38 Ngân Sơn lịch tiếp công dân 2021
    Cell(H38, "định kỳ vào ngày 15 và 25 hàng tháng, nếu trùng vào ngày nghỉ lễ, tết hoặc ngày nghỉ hàng tuần thì chuyển sang ngày làm việc tiếp theo của tháng đó",
         "R O 2021-01-15 2021-01-25 2021-02-15 2021-02-25 ... 2021-12-25"),  # the shift to the next working day is not in the conventions
    Cell(H38, "Thời gian: Thực hiện trong giờ hành chính.", "U"),
    Cell(H38, "Thời gian công dân đăng ký trước ngày 10 và 20 hàng tháng", "R D 2021-01-09 2021-01-19 2021-02-09 2021-02-19 ... 2021-12-19"),
    # H39 Na Rì HĐND
    Cell(H39, "định kỳ vào ngày 1525 hàng tháng, nếu trùng vào ngày lễ, tết hoặc ngày nghỉ thì chuyển sang ngày làm việc tiếp theo",
         "R O 2021-08-15 2021-08-25 2021-09-15 2021-09-25 ... 2022-08-15"),  # unsure: "1525" is a typo for "15 và 25" (the registration line says "Trước ngày 15 và 25"); the document's date is approximate, so the first instance is too
    Cell(H39, "+ Buổi sáng từ 08 giờ đến 11 giờ.", "U"),
    Cell(H39, "+ Buổi chiều từ 14 giờ đến 16 giờ.", "U"),
    Cell(H39, "Thời gian công dân đăng ký: Trước ngày 15 và 25 hàng tháng", "R D 2021-08-14 2021-08-24 2021-09-14 2021-09-24 ... 2022-08-14"),  # unsure: as above, first instance depends on the approximate date
    # H40 Ninh Thuận quý III/2019
    Cell(H40, "lịch tiếp công dân quý III/2019", "W 2019-07-01..2019-09-30"),
    Cell(H40, "Thời gian tiếp công dân: Từ 8 giờ 00 đến 11 giờ 00", "U"),
    # H41 Hà Tĩnh 364/TB-UBND
    Cell(H41, "quy định vào ngày 15 hàng tháng", "R O 2016-10-15 2016-11-15 ... 2017-10-15"),  # unsure: the notice itself moves the October 2016 session to 17/10
    Cell(H41, "được chuyển sang thứ 2 ngày 17 tháng 10 năm 2016", "O 2016-10-17"),
    # H42 Sóc Trăng Hội thi CCHC 2022
    Cell(H42, "Kể từ 07 giờ 00 phút ngày 15/9/2022", "O 2022-09-15T07:00"),
    Cell(H42, "sẽ kết thúc vào lúc 22 giờ 00 phút ngày 15/10/2022", "O 2022-10-15T22:00"),  # unsure: the closing moment, could be read as a deadline D 2022-10-15T22:00
    Cell(H42, "tính kể từ thời điểm phát động Hội thi đến 22 giờ 00 phút ngày 15/10/2022", "W 2022-09-15..2022-10-15",
         events={"phát động Hội thi": "2022-09-15"}),  # unsure: launch taken as the opening of the online round (15/9/2022); end time not kept on the window
    Cell(H42, "dự kiến tổ chức 01 ngày trong tháng 11/2022", "W 2022-11-01..2022-11-30"),
    Cell(H42, "sẽ diễn ra ngay sau khi kết thúc Vòng thi thứ hai", "ERR"),  # the second round's day in November is not given
    # H43 Bộ GTVT cuộc thi CCHC 2020
    Cell(H43, "Dự kiến cuộc thi sẽ bắt đầu từ 08h00 ngày 30/10/2020 đến hết ngày 30/11/2020.", "W 2020-10-30T08:00..2020-11-30"),  # start time kept, as H06
]
