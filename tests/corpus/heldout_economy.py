"""Held-out real timing cells from UBND and Sở plans on economy, science, digital transformation, labour and administration, answers worked out by hand. Collected without reading the resolver; scored once, not used to tune it.

Collected from the stored "pages" corpus, which keeps only the opening part of each page, so most
cells are the timing phrases of a document as quoted on a government portal or in a news report of
it, taken in order from the start of what is readable. Not taken: dates of issue, dates of other
documents, and years that are only part of a name ("Kế hoạch ... năm 2023", "Chương trình ... đến năm
2025") rather than saying when something happens or is due.
"""
from tests.corpus.spec import Cell, Doc

# --- digital transformation, information and communications ----------------------------

# Quyết định 969/QĐ-UBND ngày 18/3/2022 của Chủ tịch UBND tỉnh Thanh Hóa giao chỉ tiêu chuyển đổi số cấp huyện, cấp xã giai đoạn 2022-2025 (Cổng TTĐT huyện Mường Lát, theo Báo Thanh Hóa) — https://muonglat.thanhhoa.gov.vn/portal/pages/print.aspx?p=6517
E01 = Doc(
    "Quyết định 969/QĐ-UBND ngày 18/3/2022 của Chủ tịch UBND tỉnh Thanh Hóa giao chỉ tiêu thực hiện chuyển đổi số cấp huyện, cấp xã giai đoạn 2022-2025 (Cổng TTĐT huyện Mường Lát)",
    "https://muonglat.thanhhoa.gov.vn/portal/pages/print.aspx?p=6517",
    date="2022-03-18",
    end="2025-12-31",
)
# Công văn 2266/UBND-KGVX ngày 15/7/2022 của UBND tỉnh Kon Tum về cải thiện Chỉ số chuyển đổi số cấp tỉnh (DTI) — https://kontum.gov.vn/pages/detail/41762/Khan-truong-trien-khai-cac-nhiem-vu-nham-cai-thien-Chi-so-chuyen-doi-so-cap-tinh-(DTI).html
E02 = Doc(
    "Công văn 2266/UBND-KGVX ngày 15/7/2022 của UBND tỉnh Kon Tum về khẩn trương triển khai các nhiệm vụ nhằm cải thiện Chỉ số chuyển đổi số cấp tỉnh (DTI)",
    "https://kontum.gov.vn/pages/detail/41762/Khan-truong-trien-khai-cac-nhiem-vu-nham-cai-thien-Chi-so-chuyen-doi-so-cap-tinh-(DTI).html",
    date="2022-07-15",
)
# Công văn 86549/UBND-NCKS ngày 08/12/2023 của UBND tỉnh Quảng Nam, báo cáo thực hiện Chiến lược chuyển đổi số báo chí — http://hcc.quangnam.gov.vn/chi-tiet-tin/group/184/nid/68428/bao-cao-thuc-hien-chien-luoc-chuyen-doi-so-bao-chi-den-nam-2-25-dinh-huong-den-nam-2-3
E03 = Doc(
    "Công văn 86549/UBND-NCKS ngày 08/12/2023 của UBND tỉnh Quảng Nam về báo cáo thực hiện Chiến lược chuyển đổi số báo chí",
    "http://hcc.quangnam.gov.vn/chi-tiet-tin/group/184/nid/68428/bao-cao-thuc-hien-chien-luoc-chuyen-doi-so-bao-chi-den-nam-2-25-dinh-huong-den-nam-2-3",
    date="2023-12-08",
)
# Kế hoạch 203/KH-UBND ngày 27/9/2022 của UBND tỉnh Lạng Sơn tổ chức Ngày Chuyển đổi số quốc gia năm 2022 — https://vanphong.langson.gov.vn/vi/node/73232
E04 = Doc(
    "Kế hoạch 203/KH-UBND ngày 27/9/2022 của UBND tỉnh Lạng Sơn tổ chức Ngày Chuyển đổi số quốc gia năm 2022 trên địa bàn tỉnh",
    "https://vanphong.langson.gov.vn/vi/node/73232",
    date="2022-09-27",
)
# Hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia và Tuần lễ chuyển đổi số năm 2024 của huyện Tư Nghĩa, tỉnh Quảng Ngãi — https://tunghia.quangngai.gov.vn/chuyen-doi-so-phat-trien-kinh-te-so-xa-hoi-so.html
E05 = Doc(
    "Hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia và Tuần lễ chuyển đổi số năm 2024 của UBND huyện Tư Nghĩa, tỉnh Quảng Ngãi (Cổng TTĐT huyện) (date approximate)",
    "https://tunghia.quangngai.gov.vn/chuyen-doi-so-phat-trien-kinh-te-so-xa-hoi-so.html",
    date="2024-09-25",  # unsure: not shown; before the week of 1-10/10/2024
)
# Kế hoạch hoạt động của Ban Chỉ đạo chuyển đổi số huyện Đăk R'lấp năm 2023 (Đắk Nông) — http://dakrlap.daknong.gov.vn/ke-hoach-hoat-dong-cua-ban-chi-dao-chuyen-doi-so-huyen-dak-rlap-nam-2023
E06 = Doc(
    "Kế hoạch hoạt động của Ban Chỉ đạo chuyển đổi số huyện Đăk R'lấp, tỉnh Đắk Nông, năm 2023 (date approximate)",
    "http://dakrlap.daknong.gov.vn/ke-hoach-hoat-dong-cua-ban-chi-dao-chuyen-doi-so-huyen-dak-rlap-nam-2023",
    date="2023-02-01",  # unsure: not shown; after the district plan of 18/01/2023
)
# Kế hoạch ngày 26/4/2024 của UBND xã Tịnh Trà (huyện Sơn Tịnh, Quảng Ngãi) thực hiện Nghị quyết 13-NQ/TU về chuyển đổi số — https://xatinhtra.sontinh.quangngai.gov.vn/page/Article/News/detail/67d14d9f10e9464b9f042acb
E07 = Doc(
    "Kế hoạch ngày 26/4/2024 của UBND xã Tịnh Trà, huyện Sơn Tịnh, tỉnh Quảng Ngãi triển khai thực hiện Nghị quyết 13-NQ/TU về chuyển đổi số",
    "https://xatinhtra.sontinh.quangngai.gov.vn/page/Article/News/detail/67d14d9f10e9464b9f042acb",
    date="2024-04-26",
)
# Công văn 2881/VP-KGVX ngày 07/5/2025 của Văn phòng UBND tỉnh Lạng Sơn chỉ đạo, đôn đốc công tác chuyển đổi số — https://langson.gov.vn/thong-tin-chi-dao-dieu-hanh/chi-dao-don-doc-trien-khai-thuc-hien-cong-tac-chuyen-doi-so-tren-dia-ban-tinh.html
E08 = Doc(
    "Công văn 2881/VP-KGVX ngày 07/5/2025 của Văn phòng UBND tỉnh Lạng Sơn truyền đạt ý kiến chỉ đạo, đôn đốc công tác chuyển đổi số",
    "https://langson.gov.vn/thong-tin-chi-dao-dieu-hanh/chi-dao-don-doc-trien-khai-thuc-hien-cong-tac-chuyen-doi-so-tren-dia-ban-tinh.html",
    date="2025-05-07",
)

# --- science and technology ---------------------------------------------------------------

# Thông báo của Sở Khoa học và Công nghệ tỉnh Vĩnh Phúc điều chỉnh thời hạn đề xuất nhiệm vụ KHCN cấp tỉnh (đăng 01/05/2021) — https://vinhphuc.gov.vn/ct/cms/thongbao/Lists/ThongBao/View_Detail.aspx?ItemID=2857
E09 = Doc(
    "Thông báo của Sở Khoa học và Công nghệ tỉnh Vĩnh Phúc điều chỉnh thời hạn đề xuất hoặc đề xuất đặt hàng nhiệm vụ KHCN cấp tỉnh (đăng 01/05/2021)",
    "https://vinhphuc.gov.vn/ct/cms/thongbao/Lists/ThongBao/View_Detail.aspx?ItemID=2857",
    date="2021-05-01",
)
# Văn bản của Chủ tịch UBND tỉnh Bình Định về tham gia Giải thưởng Sáng tạo Khoa học Công nghệ Việt Nam năm 2020 — https://binhdinh.gov.vn/tin-tuc/thong-tin-chi-dao-dieu-hanh/tham-gia-giai-thuong-sang-tao-khoa-hoc-cong-nghe-viet-nam-nam-2020.html
E10 = Doc(
    "Văn bản của Chủ tịch UBND tỉnh Bình Định về tham gia Giải thưởng Sáng tạo Khoa học Công nghệ Việt Nam năm 2020 (Cổng TTĐT tỉnh) (date approximate)",
    "https://binhdinh.gov.vn/tin-tuc/thong-tin-chi-dao-dieu-hanh/tham-gia-giai-thuong-sang-tao-khoa-hoc-cong-nghe-viet-nam-nam-2020.html",
    date="2020-09-15",  # unsure: not shown; the year is certain
)
# Ban tổ chức Hội thi Sáng tạo kỹ thuật tỉnh Tiền Giang lần thứ XVI năm 2024 – 2025 triển khai Hội thi ngày 09/4/2024 (THTG) — http://www.thtg.vn/tien-giang-trien-khai-hoi-thi-sang-tao-ky-thuat-lan-thu-16/
E11 = Doc(
    "Ban tổ chức Hội thi Sáng tạo kỹ thuật tỉnh Tiền Giang lần thứ XVI năm 2024 – 2025, triển khai Hội thi ngày 09/4/2024 (Truyền hình Tiền Giang)",
    "http://www.thtg.vn/tien-giang-trien-khai-hoi-thi-sang-tao-ky-thuat-lan-thu-16/",
    date="2024-04-09",
    end="2025-12-31",
)
# Thể lệ Hội thi Sáng tạo kỹ thuật tỉnh An Giang lần thứ XIV (2024-2025), Quyết định 70/QĐ-BTCHT ngày 22/3/2024 (Sở Công Thương An Giang) — https://socongthuong.angiang.gov.vn/wps/portal/Home/trang-chu/chi-tiet/cong-nghiep-ttcn/6cfa76a0-1da5-44bf-9352-c589184a401b
E12 = Doc(
    "Thể lệ Hội thi Sáng tạo kỹ thuật tỉnh An Giang lần thứ XIV (2024-2025), Quyết định 70/QĐ-BTCHT ngày 22/3/2024 (Cổng TTĐT Sở Công Thương An Giang)",
    "https://socongthuong.angiang.gov.vn/wps/portal/Home/trang-chu/chi-tiet/cong-nghiep-ttcn/6cfa76a0-1da5-44bf-9352-c589184a401b",
    date="2024-03-22",
)
# Thể lệ Hội thi sáng tạo kỹ thuật tỉnh Thừa Thiên Huế lần thứ XI năm 2021, công bố tại Hội nghị triển khai — https://thanhuyhue.vn/tin-tuc-trong-tinh/chinh-tri-xa-hoi/hoi-nghi-trien-khai-hoi-thi-sang-tao-ky-thuat-tinh-lan-thu-xi.html
E13 = Doc(
    "Thể lệ Hội thi sáng tạo kỹ thuật tỉnh Thừa Thiên Huế lần thứ XI năm 2021, công bố tại Hội nghị triển khai (date approximate)",
    "https://thanhuyhue.vn/tin-tuc-trong-tinh/chinh-tri-xa-hoi/hoi-nghi-trien-khai-hoi-thi-sang-tao-ky-thuat-tinh-lan-thu-xi.html",
    date="2021-05-15",  # unsure: not shown; the year is certain
)

# --- industry and trade ---------------------------------------------------------------------

# Công văn 584/UBND-TH năm 2023 của UBND tỉnh Thái Nguyên về Hội chợ triển lãm Công Thương - OCOP Thái Nguyên 2023 (Doanh nghiệp & Kinh tế xanh) — https://doanhnghiepkinhtexanh.vn/sap-dien-ra-hoi-cho-trien-lam-cong-thuong-ocop-thai-nguyen-2023-a13753.html
E14 = Doc(
    "Công văn 584/UBND-TH năm 2023 của UBND tỉnh Thái Nguyên đồng ý tổ chức Hội chợ triển lãm Công Thương - OCOP Thái Nguyên 2023 (Doanh nghiệp & Kinh tế xanh) (date approximate)",
    "https://doanhnghiepkinhtexanh.vn/sap-dien-ra-hoi-cho-trien-lam-cong-thuong-ocop-thai-nguyen-2023-a13753.html",
    date="2023-02-23",  # unsure: from the article's image timestamp
)
# Kế hoạch Hội chợ Công thương "BR-VT, 30 năm hội nhập và phát triển" của Sở Công thương, họp ngày 19/4/2021 (Báo Bà Rịa - Vũng Tàu) — http://baobariavungtau.com.vn/kinh-te/202104/hoi-cho-cong-thuong-br-vt-30-nam-hoi-nhap-va-phat-trien-chu-trong-gioi-thieu-cac-san-pham-dac-trung-the-manh-cua-tinh-923833/
E15 = Doc(
    "Kế hoạch tổ chức Hội chợ Công thương \"BR-VT, 30 năm hội nhập và phát triển\" của Sở Công thương Bà Rịa - Vũng Tàu, báo cáo tại cuộc họp ngày 19/4/2021 (Báo Bà Rịa - Vũng Tàu)",
    "http://baobariavungtau.com.vn/kinh-te/202104/hoi-cho-cong-thuong-br-vt-30-nam-hoi-nhap-va-phat-trien-chu-trong-gioi-thieu-cac-san-pham-dac-trung-the-manh-cua-tinh-923833/",
    date="2021-04-19",
)
# Trung tâm Khuyến công – Xúc tiến Công thương, Sở Công thương Hà Giang: 3 phiên chợ đưa hàng Việt về các xã miền núi (Báo Hà Giang, 4/2021) — http://baohagiang.vn/kinh-te/202104/hang-viet-ve-voi-mien-nui-kich-cau-tieu-dung-khu-vuc-nong-thon-774635/
E16 = Doc(
    "Kế hoạch 3 phiên chợ đưa hàng Việt về các xã miền núi của Trung tâm Khuyến công – Xúc tiến Công thương, Sở Công thương Hà Giang (Báo Hà Giang, tháng 4/2021) (date approximate)",
    "http://baohagiang.vn/kinh-te/202104/hang-viet-ve-voi-mien-nui-kich-cau-tieu-dung-khu-vuc-nong-thon-774635/",
    date="2021-04-20",  # unsure: not shown; April 2021, before the first session
)
# Thông báo của Trung tâm Khuyến công và Xúc tiến thương mại Bình Thuận về các phiên chợ hàng Việt về miền núi, hải đảo năm 2024 (Báo Bình Thuận) — https://baobinhthuan.com.vn/binh-thuan-ninh-thuan-phoi-hop-to-chuc-nhieu-phien-cho-hang-viet-ve-mien-nui-hai-dao-123276.html
E17 = Doc(
    "Thông báo của Trung tâm Khuyến công và Xúc tiến thương mại Bình Thuận (Sở Công Thương) về các phiên chợ hàng Việt về miền núi, hải đảo năm 2024 (Báo Bình Thuận) (date approximate)",
    "https://baobinhthuan.com.vn/binh-thuan-ninh-thuan-phoi-hop-to-chuc-nhieu-phien-cho-hang-viet-ve-mien-nui-hai-dao-123276.html",
    date="2024-08-15",  # unsure: not shown; shortly before the session of 28-30/8/2024
)
# Hướng dẫn của Sở Công Thương Bình Thuận bình chọn sản phẩm công nghiệp nông thôn tiêu biểu năm 2022 (Báo Bình Thuận, 24/03/2022) — https://baobinhthuan.com.vn/binh-chon-san-pham-cong-nghiep-nong-thon-tieu-bieu-tinh-binh-thuan-96141.html
E18 = Doc(
    "Hướng dẫn của Sở Công Thương Bình Thuận bình chọn sản phẩm công nghiệp nông thôn tiêu biểu tỉnh năm 2022 (Báo Bình Thuận, 24/03/2022)",
    "https://baobinhthuan.com.vn/binh-chon-san-pham-cong-nghiep-nong-thon-tieu-bieu-tinh-binh-thuan-96141.html",
    date="2022-03-24",
)
# Thông báo của Sở Công Thương Hải Phòng về gửi sản phẩm bình chọn sản phẩm công nghiệp nông thôn tiêu biểu khu vực phía Bắc năm 2022 — https://socongthuong.haiphong.gov.vn/tin-tuc-su-kien/Gui-san-pham-dang-ky-tham-gia-binh-chon-san-pham-cong-nghiep-nong-thon-tieu-bieu-khu-vuc-phia-Bac-nam-2022-101807
E19 = Doc(
    "Thông báo của Sở Công Thương Hải Phòng về gửi sản phẩm đăng ký tham gia bình chọn sản phẩm công nghiệp nông thôn tiêu biểu khu vực phía Bắc năm 2022 (date approximate)",
    "https://socongthuong.haiphong.gov.vn/tin-tuc-su-kien/Gui-san-pham-dang-ky-tham-gia-binh-chon-san-pham-cong-nghiep-nong-thon-tieu-bieu-khu-vuc-phia-Bac-nam-2022-101807",
    date="2022-09-08",  # unsure: not shown; after the Cục's letter of 07/9/2022
)
# Kế hoạch bình chọn sản phẩm CNNT tiêu biểu cấp tỉnh năm 2021, Trung tâm Khuyến công và XTTM báo cáo Sở Công Thương Khánh Hòa (Báo Khánh Hòa, 11/2021) — https://baokhanhhoa.vn/kinh-te/202111/59-san-pham-bo-san-pham-cong-nghiep-nong-thon-tham-gia-binh-chon-cap-tinh-8233730
E20 = Doc(
    "Kế hoạch tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh năm 2021, Trung tâm Khuyến công và XTTM báo cáo Sở Công Thương Khánh Hòa (Báo Khánh Hòa, tháng 11/2021) (date approximate)",
    "https://baokhanhhoa.vn/kinh-te/202111/59-san-pham-bo-san-pham-cong-nghiep-nong-thon-tham-gia-binh-chon-cap-tinh-8233730",
    date="2021-11-05",  # unsure: not shown; November 2021
)
# Kế hoạch phối hợp của Cục Công Thương địa phương và Sở Công Thương Kiên Giang, bình chọn sản phẩm CNNT tiêu biểu khu vực phía Nam năm 2024 (Thương hiệu & Công luận) — https://hangthat.thuonghieucongluan.com.vn/le-ton-vinh-san-pham-cong-nong-thon-tieu-bieu-khu-vuc-phia-nam-2024-se-dien-ra-vao-ngay-10-10-a95962.html
E21 = Doc(
    "Kế hoạch phối hợp của Cục Công Thương địa phương và Sở Công Thương Kiên Giang tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu khu vực phía Nam năm 2024 (Thương hiệu & Công luận) (date approximate)",
    "https://hangthat.thuonghieucongluan.com.vn/le-ton-vinh-san-pham-cong-nong-thon-tieu-bieu-khu-vuc-phia-nam-2024-se-dien-ra-vao-ngay-10-10-a95962.html",
    date="2024-09-20",  # unsure: not shown; before 10/10/2024
)

# --- labour and social affairs ------------------------------------------------------------------

# Kế hoạch của UBND tỉnh Quảng Nam hưởng ứng Tháng hành động về an toàn, vệ sinh lao động năm 2023 (Báo Quảng Nam) — https://baoquangnam.vn/xa-hoi/nhieu-hoat-dong-huong-ung-thang-hanh-dong-ve-an-toan-ve-sinh-lao-dong-139088.html
E22 = Doc(
    "Kế hoạch của UBND tỉnh Quảng Nam tổ chức các hoạt động hưởng ứng Tháng hành động về an toàn, vệ sinh lao động năm 2023 (Báo Quảng Nam) (date approximate)",
    "https://baoquangnam.vn/xa-hoi/nhieu-hoat-dong-huong-ung-thang-hanh-dong-ve-an-toan-ve-sinh-lao-dong-139088.html",
    date="2023-04-15",  # unsure: not shown; before May 2023
)
# Kế hoạch 01/KH-HĐVSATLĐ ngày 19/4/2022 của Hội đồng An toàn, vệ sinh lao động tỉnh Hưng Yên (Cổng TTĐT Sở LĐTBXH Hưng Yên) — https://soldtbxh.hungyen.gov.vn/portal/pages/print.aspx?p=9396
E23 = Doc(
    "Kế hoạch 01/KH-HĐVSATLĐ ngày 19/4/2022 của Hội đồng An toàn, vệ sinh lao động tỉnh Hưng Yên tổ chức Tháng hành động về an toàn vệ sinh lao động năm 2022 (Cổng TTĐT Sở LĐTBXH)",
    "https://soldtbxh.hungyen.gov.vn/portal/pages/print.aspx?p=9396",
    date="2022-04-19",
)
# Kế hoạch thu thập, lưu trữ, tổng hợp thông tin thị trường lao động năm 2021 tỉnh Vĩnh Long (Báo Vĩnh Long, 08/06/2021) — http://baovinhlong.vn/thoi-su/202106/tu-17-trien-khai-thu-thap-thong-tin-thi-truong-lao-dong-nam-2021-3060809/
E24 = Doc(
    "Kế hoạch thu thập, lưu trữ, tổng hợp thông tin thị trường lao động năm 2021 tỉnh Vĩnh Long (Báo Vĩnh Long, 08/06/2021)",
    "http://baovinhlong.vn/thoi-su/202106/tu-17-trien-khai-thu-thap-thong-tin-thi-truong-lao-dong-nam-2021-3060809/",
    date="2021-06-08",
)
# Thông báo của Sở LĐTBXH Thái Nguyên về thời gian làm việc mùa đông năm 2020 (Báo Thái Nguyên) — http://www.baothainguyen.org.vn/trang-in-275630.html
E25 = Doc(
    "Thông báo của Sở Lao động, Thương binh và Xã hội tỉnh Thái Nguyên về thời gian làm việc mùa đông năm 2020 (Báo Thái Nguyên) (date approximate)",
    "http://www.baothainguyen.org.vn/trang-in-275630.html",
    date="2020-10-10",  # unsure: not shown; before 15/10/2020
)

# --- home affairs and administration -------------------------------------------------------------

# Kế hoạch thanh tra năm 2024 của tỉnh Tây Ninh (Quyết định 2693/QĐ-UBND ngày 19/12/2023), phần của Thanh tra Sở Nội vụ — https://sonoivu.tayninh.gov.vn/vi/news/thanh-tra/ke-hoach-thanh-tra-noi-vu-nam-2024-2705.html
E26 = Doc(
    "Kế hoạch thanh tra năm 2024 của tỉnh Tây Ninh (Quyết định 2693/QĐ-UBND ngày 19/12/2023), phần giao Thanh tra Sở Nội vụ (Cổng TTĐT Sở Nội vụ Tây Ninh)",
    "https://sonoivu.tayninh.gov.vn/vi/news/thanh-tra/ke-hoach-thanh-tra-noi-vu-nam-2024-2705.html",
    date="2023-12-19",
    year=2024,
)
# Thông báo của UBND tỉnh Hải Dương quy định thời gian làm việc mùa Đông 2023-2024 (Cổng TTĐT xã Quang Thành, thị xã Kinh Môn) — http://quangthanh.kinhmon.haiduong.gov.vn/Article/ppVM_iZn8CE@/9555.html
E27 = Doc(
    "Thông báo của UBND tỉnh Hải Dương quy định thời gian làm việc mùa Đông từ 01/11/2023 (Cổng TTĐT xã Quang Thành, thị xã Kinh Môn) (date approximate)",
    "http://quangthanh.kinhmon.haiduong.gov.vn/Article/ppVM_iZn8CE@/9555.html",
    date="2023-10-25",  # unsure: not shown; before 01/11/2023
)
# Thông báo của UBND tỉnh Nghệ An về giờ làm việc mùa Hè năm 2023 (Đoàn ĐBQH và HĐND tỉnh Nghệ An) — https://dbndnghean.vn/ubnd-tinh-nghe-an-thong-bao-gio-lam-viec-mua-he-8447.htm
E28 = Doc(
    "Thông báo của UBND tỉnh Nghệ An về giờ làm việc mùa Hè năm 2023 (dbndnghean.vn) (date approximate)",
    "https://dbndnghean.vn/ubnd-tinh-nghe-an-thong-bao-gio-lam-viec-mua-he-8447.htm",
    date="2023-04-10",  # unsure: not shown; before 16/4/2023
)
# Thông báo của UBND tỉnh Nghệ An về giờ làm việc mùa Hè năm 2024 (Đoàn ĐBQH và HĐND tỉnh Nghệ An) — https://dbndnghean.vn/uy-ban-nhan-dan-tinh-nghe-an-thong-bao-gio-lam-viec-mua-he-12033.htm
E29 = Doc(
    "Thông báo của UBND tỉnh Nghệ An về giờ làm việc mùa Hè năm 2024 (dbndnghean.vn) (date approximate)",
    "https://dbndnghean.vn/uy-ban-nhan-dan-tinh-nghe-an-thong-bao-gio-lam-viec-mua-he-12033.htm",
    date="2024-04-10",  # unsure: not shown; before 16/4/2024
)


CELLS = [
    # E01 Thanh Hóa QĐ 969/QĐ-UBND (the heading "giai đoạn 2022-2025" is the decision's own title, not taken)
    Cell(E01, "Đến năm 2025, hoàn thành chuyển đổi số tại 12 huyện, thị xã, thành phố", "D 2025-12-31"),
    Cell(E01, "- Năm 2022: 94 xã, phường, thị trấn.", "W 2022-01-01..2022-12-31"),  # unsure: listed under "hoàn thành chuyển đổi số theo từng năm", could be read as a deadline 31/12
    Cell(E01, "- Năm 2023: 132 xã, phường, thị trấn.", "W 2023-01-01..2023-12-31"),  # unsure: same as above
    Cell(E01, "- Năm 2024: 133 xã, phường, thị trấn.", "W 2024-01-01..2024-12-31"),  # unsure: same as above
    Cell(E01, "- Năm 2025: 118 xã, phường, thị trấn.", "W 2025-01-01..2025-12-31"),  # unsure: same as above
    # E02 Kon Tum CV 2266/UBND-KGVX
    Cell(E02, "Tiến hành rà soát và khẩn trương triển khai thực hiện các nhiệm vụ chuyển đổi số được giao năm 2022", "W 2022-01-01..2022-12-31"),  # unsure: the year names the tasks rather than a time to act
    Cell(E02, "Định kỳ hằng Quý báo cáo Ban Chỉ đạo về Chuyển đổi số tỉnh để tổng hợp, báo cáo theo quy định.",
         "R W 2022-07-01..2022-09-30 2022-10-01..2022-12-31 ... 2023-07-01..2023-09-30"),
    Cell(E02, "Hàng năm thực hiện công tác tự đánh giá, cung cấp số liệu phục vụ đánh giá Chỉ số Chuyển đổi số cấp tỉnh",
         "R W 2022-01-01..2022-12-31 2023-01-01..2023-12-31"),
    # E03 Quảng Nam CV 86549/UBND-NCKS
    Cell(E03, "gửi báo cáo về Bộ Thông tin và Truyền thông (qua Cục Báo chí) trước ngày 15/12/2023", "D 2023-12-14"),
    # E04 Lạng Sơn KH 203/KH-UBND
    Cell(E04, "được tổ chức trong thời gian từ ngày 01/10/2022 đến ngày 10/10/2022", "W 2022-10-01..2022-10-10"),
    # E05 Tư Nghĩa
    Cell(E05, "Tuần lễ chuyển đổi số năm 2024 (01/10- 10/10/2024)", "W 2024-10-01..2024-10-10"),
    Cell(E05, "(Từ ngày 01/10/2024 - 10/10/2024)", "W 2024-10-01..2024-10-10"),
    # E06 Đăk R'lấp
    Cell(E06, "thực hiện một số mục tiêu quan trọng trong năm 2023", "W 2023-01-01..2023-12-31"),
    # E07 Tịnh Trà
    Cell(E07, "1. Mục tiêu cơ bản đến năm 2025", "D 2025-12-31"),
    # E08 Lạng Sơn CV 2881/VP-KGVX
    Cell(E08, "rà soát lại các nhiệm vụ UBND tỉnh đã giao cho các cơ quan, đơn vị, địa phương tại các Kế hoạch của UBND tỉnh có liên quan đến công tác chuyển đổi số có thời hạn hoàn thành trong năm 2025", "D 2025-12-31"),  # unsure: selects tasks by their deadline rather than setting one
    # E09 Vĩnh Phúc Sở KH&CN
    Cell(E09, "thời hạn nhận hồ sơ (công văn và danh mục) đề xuất hoặc đề xuất đặt hàng nhiệm vụ KH&CN cấp tỉnh, trước ngày 15/7/2021", "D 2021-07-14"),  # unsure: the notice itself replaces this deadline by 15/6/2021
    Cell(E09, "trước ngày 30/6/2022, các bộ, cơ quan trung ương, địa phương hoàn thành việc tổ chức các Hội đồng xác định nhiệm vụ", "D 2022-06-29"),
    Cell(E09, "chậm nhất ngày 15/6/2021", "D 2021-06-15"),
    # E10 Bình Định
    Cell(E10, "báo cáo đề xuất UBND tỉnh trước ngày 30/10/2020", "D 2020-10-29"),
    # E11 Tiền Giang Hội thi STKT XVI
    Cell(E11, "Thời gian triển khai từ từ tháng 3/2024 đến tháng 12/2025.", "W 2024-03-01..2025-12-31"),
    Cell(E11, "Hạn chót nhận hồ sơ dự thi đến hết ngày 30/6/2025.", "D 2025-06-30"),
    Cell(E11, "Tổ chức trình diễn, giới thiệu các giải pháp đạt giải hội thi lần thứ XVI vào tháng 12/2025.", "W 2025-12-01..2025-12-31"),
    # E12 An Giang Hội thi STKT XIV
    Cell(E12, "Thời gian và địa điểm nhận hồ sơ dự thi: Từ ngày công bố Thể lệ đến hết ngày 30/6/2025", "W 2024-03-22..2025-06-30",
         events={"công bố Thể lệ": "2024-03-22"}),  # unsure: publication taken as the day the Thể lệ was issued
    # E13 Thừa Thiên Huế Hội thi STKT XI
    Cell(E13, "Ban Tổ chức sẽ nhận hồ sơ tham gia đến 17 giờ 00, ngày 30/7/2021.", "D 2021-07-30T17:00"),
    # E14 Thái Nguyên CV 584/UBND-TH
    Cell(E14, "Thời gian từ ngày 19/5 đến hết ngày 23/5 (sử dụng mặt bằng để thi công lắp đặt, tháo dỡ từ ngày 14/5 đến hết ngày 26/5).",
         "W 2023-05-19..2023-05-23; W 2023-05-14..2023-05-26"),
    Cell(E14, "Hội chợ triển lãm Công Thương - OCOP Thái Nguyên 2023 sẽ diễn ra vào tháng 5.", "W 2023-05-01..2023-05-31"),
    # E15 Bà Rịa - Vũng Tàu
    Cell(E15, "dự kiến hội chợ diễn ra từ ngày 7/8-12/8/2021, thay vì từ ngày 10/8-15/8/2021 như trước.", "W 2021-08-07..2021-08-12"),  # unsure: the superseded window 10/8-15/8 left out
    # E16 Hà Giang phiên chợ
    Cell(E16, "Phiên thứ nhất, từ ngày 24.4 – 28.4.2021", "W 2021-04-24..2021-04-28"),
    Cell(E16, "Phiên thứ hai, gian từ ngày 1.5 – 5.5.2021", "W 2021-05-01..2021-05-05"),
    Cell(E16, "Phiên thứ ba, thời gian từ ngày 9.5 – 13.5.2021", "W 2021-05-09..2021-05-13"),
    # E17 Bình Thuận phiên chợ 2024
    Cell(E17, "được tổ chức từ ngày 28 - 30/8 tới đây", "W 2024-08-28..2024-08-30"),
    Cell(E17, "sẽ diễn ra từ ngày 4 - 6/9/2024", "W 2024-09-04..2024-09-06"),
    Cell(E17, "(từ ngày 10 - 12/9/2024)", "W 2024-09-10..2024-09-12"),
    Cell(E17, "(từ ngày 27 - 29/9/2024)", "W 2024-09-27..2024-09-29"),
    # E18 Bình Thuận CNNT 2022
    Cell(E18, "gởi hồ sơ về Hội đồng bình chọn cấp tỉnh (thông qua Trung tâm Khuyến công và Xúc tiến thương mại Bình Thuận) đến hết ngày 10/4/2022", "D 2022-04-10"),
    Cell(E18, "được duy trì tổ chức định kỳ 2 năm/lần", "U"),  # unsure: a two-yearly cycle with no dates; no convention for it
    # E19 Hải Phòng Sở Công Thương
    # The notice writes 2020 in a September 2022 notice (its letter is dated 07/9/2022); the collector read 2022
    # ("D 2022-09-14T11:30", unsure). The conventions take a written date as written (the answer comes from the
    # words), and `kh-ical check` warns of a deadline before the document's date: corrected to the year written.
    Cell(E19, "gửi Catalogue sản phẩm về Sở Công Thương trước 11 giờ 30’ ngày 14/9/2020", "D 2020-09-14T11:30"),
    # E20 Khánh Hòa CNNT 2021
    Cell(E20, "Đến cuối tháng 10, công tác bình chọn sản phẩm CNNT tiêu biểu cấp huyện năm 2021 đã hoàn thành.", "D 2021-10-31"),  # unsure: reports a step already done
    Cell(E20, "Dự kiến, cuối tháng 11, Hội đồng bình chọn cấp tỉnh trình UBND tỉnh kết quả", "W 2021-11-21..2021-11-30"),
    # E21 Kiên Giang
    Cell(E21, "Lễ tôn vinh sản phẩm công nông thôn tiêu biểu khu vực phía Nam 2024 sẽ diễn ra vào ngày 10/10", "O 2024-10-10"),
    Cell(E21, "Theo kế hoạch, ngày 10/10 sẽ diễn ra Lễ tôn vinh", "O 2024-10-10"),
    Cell(E21, "dự kiến diễn ra vào ngày 10/10/2024", "O 2024-10-10"),
    # E22 Quảng Nam ATVSLĐ 2023
    Cell(E22, "Tháng hành động về ATVSLĐ năm 2023 được tổ chức từ ngày 1 đến 31/5", "W 2023-05-01..2023-05-31"),
    # E23 Hưng Yên ATVSLĐ 2022
    Cell(E23, "được tổ chức triển khai trên địa bàn toàn tỉnh từ ngày 01/5/2022 đến hết ngày 31/5/2022", "W 2022-05-01..2022-05-31"),
    # E24 Vĩnh Long thông tin thị trường lao động 2021
    Cell(E24, "Từ 1/7, triển khai thu thập thông tin thị trường lao động năm 2021", "O 2021-07-01"),
    Cell(E24, "từ ngày 1/7/2021 sẽ triển khai thực hiện nội dung này, trong thời gian 30 ngày", "W 2021-07-01..2021-07-30"),  # unsure: 30 days counted from 1/7 inclusive
    # E25 Thái Nguyên giờ làm việc mùa đông 2020
    Cell(E25, "Kể từ ngày 15/10/2020 đến ngày 14/4/2021, giờ làm việc mùa đông được thực hiện như sau:", "W 2020-10-15..2021-04-14"),
    Cell(E25, "- Buổi sáng: Từ 7h30' đến 11h30'.", "U"),
    Cell(E25, "- Buổi chiều: Từ 13h00' đến 17h00'.", "U"),
    # E26 Tây Ninh kế hoạch thanh tra 2024
    Cell(E26, "Sở Y tế (thực hiện trong Quý I/2024)", "W 2024-01-01..2024-03-31"),
    Cell(E26, "Văn phòng UBND tỉnh (thực hiện trong Quý II/2024)", "W 2024-04-01..2024-06-30"),
    Cell(E26, "Văn phòng Đoàn ĐBQH và HĐND tỉnh (thực hiện trong Quý III/2024)", "W 2024-07-01..2024-09-30"),
    # E27 Hải Dương giờ làm việc mùa Đông 2023-2024
    Cell(E27, "kể từ ngày 01/11/ 2023 đến ngày 31/3/2024", "W 2023-11-01..2024-03-31"),
    Cell(E27, "- Buổi sáng: Từ 7h30’ đến 12h00’.", "U"),
    Cell(E27, "- Buổi chiều: Từ 13h00’ đến 16h30’", "U"),
    # E28 Nghệ An giờ làm việc mùa Hè 2023
    Cell(E28, "bắt đầu từ ngày 16 tháng 4 năm 2023 đến ngày 15 tháng 10 năm 2023", "W 2023-04-16..2023-10-15"),
    Cell(E28, "- Buổi sáng: từ 7giờ 00’ đến 11 giờ30’.", "U"),
    Cell(E28, "- Buổi chiều: từ 13 giờ 30’ đến 17 giờ 00’.", "U"),
    # E29 Nghệ An giờ làm việc mùa Hè 2024
    Cell(E29, "bắt đầu từ ngày 16 tháng 4 năm 2024 đến ngày 15 tháng 10 năm 2024", "W 2024-04-16..2024-10-15"),
    Cell(E29, "- Buổi sáng: từ 7 giờ 00’ đến 11 giờ 30’.", "U"),
    Cell(E29, "- Buổi chiều: từ 13 giờ 30’ đến 17 giờ 00’.", "U"),
]
