"""Held-out real timing cells from agriculture, environment, transport, construction, finance and culture documents, answers worked out by hand. Collected without reading the resolver; scored once, not used to tune it.

Collected from the stored "pages" corpus, which keeps only the opening part of each page, so most
cells are the timing phrases of a document as quoted on a government portal or in a news report of
it, taken in order from the start (dates of issue and past-tense reports of what already happened
were not taken). No finance/tax or construction document with readable timing text turned up; the
agriculture, environment and transport cells come mostly from short công văn and notices.
"""
from tests.corpus.spec import Cell, Doc

# --- culture and tourism --------------------------------------------------------------

# Thông cáo báo chí Tuần Văn hóa - Du lịch tỉnh Hòa Bình năm 2024 — https://hoabinh.gov.vn/tin-chi-tiet/-/bai-viet/thong-cao-bao-chi-tuan-van-hoa-du-lich-tinh-hoa-binh-nam-2024-53530-1748.html
H01 = Doc(
    "Thông cáo báo chí Tuần Văn hóa - Du lịch tỉnh Hòa Bình năm 2024 (Cổng TTĐT tỉnh Hòa Bình) (date approximate)",
    "https://hoabinh.gov.vn/tin-chi-tiet/-/bai-viet/thong-cao-bao-chi-tuan-van-hoa-du-lich-tinh-hoa-binh-nam-2024-53530-1748.html",
    date="2024-11-05",  # unsure: date not shown; set to the press conference of 5/11/2024
)
# Văn bản ngày 16/10/2024 của UBND tỉnh Hòa Bình điều chỉnh thời gian Tuần Văn hóa - Du lịch 2024 (Doanh nghiệp & Tiếp thị) — https://doanhnghieptiepthi.vn/tuan-van-hoa-du-lich-tinh-hoa-binh-nam-2024-dien-ra-vao-thang-11-161241017131221303.htm
H02 = Doc(
    "Thông báo ngày 16/10/2024 của UBND tỉnh Hòa Bình điều chỉnh thời gian tổ chức Tuần Văn hóa - Du lịch tỉnh năm 2024 (Doanh nghiệp & Tiếp thị, 17/10/2024)",
    "https://doanhnghieptiepthi.vn/tuan-van-hoa-du-lich-tinh-hoa-binh-nam-2024-dien-ra-vao-thang-11-161241017131221303.htm",
    date="2024-10-16",
)
# Kế hoạch 185/KH-UBND năm 2024 của UBND tỉnh Hòa Bình tổ chức Tuần Văn hóa - Du lịch 2024 (kenhhot.vn) — https://kenhhot.vn/kham-pha-thien-nhien-tuoi-dep-ban-sac-van-hoa-vung-dat-tay-bac-tai-tuan-van-hoa-du-lich-tinh-hoa-binh-50644.html
H03 = Doc(
    "Kế hoạch 185/KH-UBND năm 2024 của UBND tỉnh Hòa Bình về tổ chức Tuần Văn hóa - Du lịch năm 2024 (kenhhot.vn) (date approximate)",
    "https://kenhhot.vn/kham-pha-thien-nhien-tuoi-dep-ban-sac-van-hoa-vung-dat-tay-bac-tai-tuan-van-hoa-du-lich-tinh-hoa-binh-50644.html",
    date="2024-09-01",  # unsure: issue date not shown; the year is certain
)
# Kế hoạch 175/KH-BTC ngày 28/10/2019 điều chỉnh Kế hoạch tuần Văn hóa, Du lịch Hòa Bình 2019 — http://khudulichhohoabinh.vn/index.php/vi/su-kien-van-hoa-du-lich/1738-ia-u-cha-nh-ka-hoa-ch-ta-cha-c-tua-n-v-n-ha-a-du-la-ch-ha-a-ba-nh-n-m-2019
H04 = Doc(
    "Kế hoạch 175/KH-BTC ngày 28/10/2019 của Ban tổ chức tuần Văn hóa, Du lịch Hòa Bình năm 2019 (điều chỉnh Kế hoạch 84/KH-BTC)",
    "http://khudulichhohoabinh.vn/index.php/vi/su-kien-van-hoa-du-lich/1738-ia-u-cha-nh-ka-hoa-ch-ta-cha-c-tua-n-v-n-ha-a-du-la-ch-ha-a-ba-nh-n-m-2019",
    date="2019-10-28",
)
# Kế hoạch 10737/KH-UBND ngày 04/11/2022 của UBND tỉnh Khánh Hòa, Festival Biển Nha Trang 2023, as reported — https://tinbong247news.net/nhieu-hoat-dong-hap-dan-tai-festival-bien-nha-trang-khanh-hoa-lan-thu-10-149661.html
H05 = Doc(
    "Kế hoạch 10737/KH-UBND ngày 04/11/2022 của UBND tỉnh Khánh Hòa tổ chức Festival Biển Nha Trang - Khánh Hòa lần thứ 10 năm 2023 (as reported)",
    "https://tinbong247news.net/nhieu-hoat-dong-hap-dan-tai-festival-bien-nha-trang-khanh-hoa-lan-thu-10-149661.html",
    date="2022-11-04",
    year=2023,
)
# Festival Biển Nha Trang - Khánh Hoà diễn ra từ ngày 3 - 6/6/2023 (Trung tâm Báo chí TP.HCM, 10/5/2023) — https://ttbc-hcm.gov.vn/print/1004481.html
H06 = Doc(
    "Festival Biển Nha Trang - Khánh Hoà diễn ra từ ngày 3 - 6/6/2023 (Trung tâm Báo chí TP.HCM, 10/5/2023)",
    "https://ttbc-hcm.gov.vn/print/1004481.html",
    date="2023-05-10",
)
# Lai Châu thay đổi thời gian Tuần Du lịch - Văn hóa 2024 (Kế hoạch 3902/KH-UBND) (Báo Mới) — https://baomoi.net.vn/thay-doi-thoi-gian-to-chuc-tuan-du-lich-van-hoa-lai-chau-nam-2024-c50631783.epi
H07 = Doc(
    "Văn bản của UBND tỉnh Lai Châu điều chỉnh thời gian Tuần Du lịch - Văn hóa Lai Châu năm 2024 (Báo Mới) (date approximate)",
    "https://baomoi.net.vn/thay-doi-thoi-gian-to-chuc-tuan-du-lich-van-hoa-lai-chau-nam-2024-c50631783.epi",
    date="2024-10-29",  # unsure: date not shown; after the meeting of 28/10/2024
)
# Long An đảm bảo mỹ quan phục vụ Tuần VH-TT-DL 2024 (Thương hiệu & Công luận) — https://thuonghieucongluan.com.vn/news-tag274800/tuan-van-hoa-the-thao-du-lich
H08 = Doc(
    "Văn bản của Phó Chủ tịch UBND tỉnh Long An về tuyên truyền, tổng vệ sinh phục vụ Tuần Văn hóa - Thể thao - Du lịch lần thứ hai năm 2024 (Thương hiệu & Công luận) (date approximate)",
    "https://thuonghieucongluan.com.vn/news-tag274800/tuan-van-hoa-the-thao-du-lich",
    date="2024-11-15",  # unsure: date not shown; the year is certain
)
# Không tổ chức cuộc thi sắc đẹp tại Tuần lễ VH-DL Long An (Thanh Niên, 12/11/2024) — https://thanhnien.vn/khong-to-chuc-cuoc-thi-sac-dep-tai-tuan-le-van-hoa-du-lich-long-an-185241112110705333.htm
H09 = Doc(
    "Chương trình Tuần Văn hóa - Thể thao và Du lịch tỉnh Long An lần thứ 2 năm 2024, công bố ngày 12/11/2024 (Thanh Niên)",
    "https://thanhnien.vn/khong-to-chuc-cuoc-thi-sac-dep-tai-tuan-le-van-hoa-du-lich-long-an-185241112110705333.htm",
    date="2024-11-12",
)
# Lễ hội Hoa Ban 2024, UBND tỉnh Điện Biên thông tin bắn pháo hoa (Gia đình & Xã hội, 6/3/2024) — https://giadinh.suckhoedoisong.vn/hang-loat-chuong-trinh-hap-dan-se-dien-ra-tai-le-hoi-hoa-ban-2024-172240306105840727.htm
H10 = Doc(
    "Hàng loạt chương trình hấp dẫn sẽ diễn ra tại lễ hội Hoa Ban 2024 (Gia đình & Xã hội, 6/3/2024)",
    "https://giadinh.suckhoedoisong.vn/hang-loat-chuong-trinh-hap-dan-se-dien-ra-tai-le-hoi-hoa-ban-2024-172240306105840727.htm",
    date="2024-03-06",
)
# Lễ hội hoa ban và Cuộc thi Người đẹp hoa ban Điện Biên năm 2022 (danangfantasticity.com) — https://danangfantasticity.com/du-lich-viet-nam/le-hoi-hoa-ban-va-cuoc-thi-nguoi-dep-hoa-ban-dien-bien-nam-2022.html
H11 = Doc(
    "Lễ hội hoa ban và Cuộc thi Người đẹp hoa ban Điện Biên năm 2022 (danangfantasticity.com) (date approximate)",
    "https://danangfantasticity.com/du-lich-viet-nam/le-hoi-hoa-ban-va-cuoc-thi-nguoi-dep-hoa-ban-dien-bien-nam-2022.html",
    date="2022-03-01",  # unsure: date not shown; the year is certain
)
# Phan Thiết: Lễ hội rước đèn Trung thu sẽ diễn ra vào chiều 28/9 (Báo Bình Thuận via vietnam.vn) — https://vietnam.vn/binhthuan/phan-thiet-le-hoi-ruoc-den-trung-thu-se-dien-ra-vao-chieu-28-9
H12 = Doc(
    "Thông báo của Ban tổ chức Lễ hội Trung thu thành phố Phan Thiết thay đổi thời gian Lễ hội rước đèn Trung thu năm 2023 (Báo Bình Thuận) (date approximate)",
    "https://vietnam.vn/binhthuan/phan-thiet-le-hoi-ruoc-den-trung-thu-se-dien-ra-vao-chieu-28-9",
    date="2023-09-27",  # unsure: date not shown; the year is certain
)
# Đắk Lắk tổ chức Lễ hội Cà phê Buôn Ma Thuột lần thứ 8 vào tháng 3/2023 (Doanh nghiệp & Phát triển, 08/09/2022) — https://doanhnghiepvaphattrien.net/dak-lak-to-chuc-le-hoi-ca-phe-buon-ma-thuot-lan-thu-8-vao-thang-3-2023
H13 = Doc(
    "Đề án tổ chức Lễ hội Cà phê Buôn Ma Thuột lần thứ 8 năm 2023 của UBND tỉnh Đắk Lắk (Doanh nghiệp & Phát triển, 08/09/2022)",
    "https://doanhnghiepvaphattrien.net/dak-lak-to-chuc-le-hoi-ca-phe-buon-ma-thuot-lan-thu-8-vao-thang-3-2023",
    date="2022-09-08",
)
# Bình Dương: Tổ chức Lễ hội Mùa trái chín vào giữa tháng 6 (Sở VHTTDL; chuyennong24h, 30/5/2024) — https://chuyennong24h.vn/2024/05/30/binh-duong-to-chuc-le-hoi-mua-trai-chin-vao-giua-thang-6
H14 = Doc(
    "Bình Dương: Tổ chức Lễ hội Mùa trái chín năm 2024 vào giữa tháng 6 (Sở VHTTDL Bình Dương; chuyennong24h, 30/5/2024)",
    "https://chuyennong24h.vn/2024/05/30/binh-duong-to-chuc-le-hoi-mua-trai-chin-vao-giua-thang-6",
    date="2024-05-30",
)

# --- agriculture ----------------------------------------------------------------------

# Kế hoạch lễ hội trái cây Tiền Giang năm 2024 (thactrang.com, 15/5/2024) — https://thactrang.com/tin-tuc/le-hoi-trai-cay-tien-giang-se-duoc-to-chuc-vao-thang-6-2024-123657.html
A01 = Doc(
    "Kế hoạch tổ chức Lễ hội trái cây Tiền Giang năm 2024 của UBND tỉnh Tiền Giang (as reported 15/5/2024)",
    "https://thactrang.com/tin-tuc/le-hoi-trai-cay-tien-giang-se-duoc-to-chuc-vao-thang-6-2024-123657.html",
    date="2024-05-15",
)
# Kế hoạch 17/KH-CN&TY ngày 18/8/2022 của Chi cục Chăn nuôi và Thú y Hà Nam (Sở NN&PTNT Hà Nam) — https://snnptnt.hanam.gov.vn/Pages/tiem-vac-xin-phong-benh-vu-thu-nam-2022-cho-dan-gia-suc-gia-cam-tren-dia-ban-tinh-ha-nam.aspx
A02 = Doc(
    "Kế hoạch 17/KH-CN&TY ngày 18/8/2022 của Chi cục Chăn nuôi và Thú y tỉnh Hà Nam, tiêm vắc xin vụ Thu 2022 (as reported on the Sở NN&PTNT portal)",
    "https://snnptnt.hanam.gov.vn/Pages/tiem-vac-xin-phong-benh-vu-thu-nam-2022-cho-dan-gia-suc-gia-cam-tren-dia-ban-tinh-ha-nam.aspx",
    date="2022-08-18",
)
# Tiêm phòng cho gia súc, gia cầm đến hết tháng 4 (Chi cục Chăn nuôi và Thú y Hải Dương; Báo Hải Dương, 15/3/2022) — https://baohaiduong.vn/tiem-phong-cho-gia-suc-gia-cam-den-het-thang-4-161103.html
A03 = Doc(
    "Tiêm phòng cho gia súc, gia cầm đến hết tháng 4 (Chi cục Chăn nuôi và Thú y Hải Dương; Báo Hải Dương, 15/3/2022)",
    "https://baohaiduong.vn/tiem-phong-cho-gia-suc-gia-cam-den-het-thang-4-161103.html",
    date="2022-03-15",
)
# Dầu Tiếng: Triển khai kế hoạch tiêm phòng vắc xin cúm gia cầm đợt 2 năm 2020 (Báo Bình Dương, 24/8/2020) — https://baobinhduong.vn/dau-tieng-trien-khai-ke-hoach-tiem-phong-vac-xin-cu-m-gia-ca-m-dot-2-nam-2020-a229614.html
A04 = Doc(
    "Kế hoạch tiêm phòng vắc xin cúm gia cầm đợt 2 năm 2020 của Trạm Chăn nuôi và Thú y huyện Dầu Tiếng (Báo Bình Dương, 24/8/2020)",
    "https://baobinhduong.vn/dau-tieng-trien-khai-ke-hoach-tiem-phong-vac-xin-cu-m-gia-ca-m-dot-2-nam-2020-a229614.html",
    date="2020-08-24",
)
# TP.HCM dự kiến tổ chức Hội chợ triển lãm sản phẩm nông nghiệp tiêu biểu, sản phẩm OCOP lần II 2024 — https://doanhnghiepkinhtexanh.vn/tphcm-du-kien-to-chuc-hoi-cho-trien-lam-san-pham-nong-nghiep-tieu-bieu-san-pham-ocop-lan-ii-2024-tai-huyen-binh-chanh-a26514.html
A05 = Doc(
    "TP.HCM dự kiến tổ chức Hội chợ triển lãm sản phẩm nông nghiệp tiêu biểu, sản phẩm OCOP lần II 2024 tại huyện Bình Chánh (Doanh nghiệp & Kinh tế xanh, 26/9/2024)",
    "https://doanhnghiepkinhtexanh.vn/tphcm-du-kien-to-chuc-hoi-cho-trien-lam-san-pham-nong-nghiep-tieu-bieu-san-pham-ocop-lan-ii-2024-tai-huyen-binh-chanh-a26514.html",
    date="2024-09-26",
)
# Sắp diễn ra Diễn đàn kết nối sản phẩm OCOP vùng ĐBSCL (Kiên Giang, văn bản ngày 17/9/2024; Báo Mới) — https://lite.baomoi.com/sap-dien-ra-dien-dan-ket-noi-san-pham-ocop-vung-dong-bang-song-cuu-long-c50205328.epi
A06 = Doc(
    "Văn bản ngày 17/9/2024 của Sở Công Thương tỉnh Kiên Giang về Diễn đàn kết nối sản phẩm OCOP vùng Đồng bằng sông Cửu Long 2024 (Báo Mới)",
    "https://lite.baomoi.com/sap-dien-ra-dien-dan-ket-noi-san-pham-ocop-vung-dong-bang-song-cuu-long-c50205328.epi",
    date="2024-09-17",
)
# Khuyến cáo nông dân bám sát lịch thời vụ, gieo cấy trước 30/6 (Hà Nội, vụ mùa 2024; VNews, 22/6/2024) — https://vnews.gov.vn/video/khuyen-cao-nong-dan-bam-sat-lich-thoi-vu-gieo-cay-truoc-30-6-125174.htm
A07 = Doc(
    "Khuyến cáo nông dân bám sát lịch thời vụ, gieo cấy trước 30/6 (kế hoạch vụ mùa 2024 của TP Hà Nội; VNews, 22/6/2024)",
    "https://vnews.gov.vn/video/khuyen-cao-nong-dan-bam-sat-lich-thoi-vu-gieo-cay-truoc-30-6-125174.htm",
    date="2024-06-22",
)
# Chi cục Trồng trọt và BVTV Hà Tĩnh cảnh báo sâu bệnh lúa hè thu (Báo Hà Tĩnh, 6/7/2024) — https://baohatinh.vn/lua-nhiem-benh-tag171225.html
A08 = Doc(
    "Cảnh báo sâu, bệnh hại \"tấn công\" lúa hè thu của Chi cục Trồng trọt và Bảo vệ thực vật Hà Tĩnh (Báo Hà Tĩnh, 6/7/2024)",
    "https://baohatinh.vn/lua-nhiem-benh-tag171225.html",
    date="2024-07-06",
)

# --- environment, natural resources, agriculture: công văn of UBND tỉnh Quảng Trị ------

# Công văn 6202/UBND-KT ngày 23/11/2023 của UBND tỉnh Quảng Trị (Đối thoại doanh nghiệp) — https://www.quangtri.gov.vn/%C4%90%E1%BB%90i-tho%E1%BA%A0i-doanh-nghi%E1%BB%86p?p_p_id=publicquestionportlet_WAR_3cmsnewportlet_INSTANCE_dzqopL9zQml8&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_publicquestionportlet_WAR_3cmsnewportlet_INSTANCE_dzqopL9zQml8_action=viewQuestionDetail&questionid=1701398290308
E01 = Doc(
    "Công văn 6202/UBND-KT ngày 23/11/2023 của UBND tỉnh Quảng Trị (giao Sở Tài nguyên và Môi trường)",
    "https://www.quangtri.gov.vn/%C4%90%E1%BB%90i-tho%E1%BA%A0i-doanh-nghi%E1%BB%86p?p_p_id=publicquestionportlet_WAR_3cmsnewportlet_INSTANCE_dzqopL9zQml8&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_publicquestionportlet_WAR_3cmsnewportlet_INSTANCE_dzqopL9zQml8_action=viewQuestionDetail&questionid=1701398290308",
    date="2023-11-23",
)
# Công văn 6012/UBND-KT ngày 14/11/2023 của UBND tỉnh Quảng Trị (chuyển đổi mục đích sử dụng rừng, mỏ sét đồi Hồ Lây) — questionid=1700444034357
E02 = Doc(
    "Công văn 6012/UBND-KT ngày 14/11/2023 của UBND tỉnh Quảng Trị (chuyển đổi mục đích sử dụng rừng thực hiện dự án mỏ sét đồi Hồ Lây)",
    "https://www.quangtri.gov.vn/%C4%90%E1%BB%90i-tho%E1%BA%A0i-doanh-nghi%E1%BB%86p?p_p_id=publicquestionportlet_WAR_3cmsnewportlet_INSTANCE_dzqopL9zQml8&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_publicquestionportlet_WAR_3cmsnewportlet_INSTANCE_dzqopL9zQml8_action=viewQuestionDetail&questionid=1700444034357",
    date="2023-11-14",
)
# Công văn 1962/UBND-KT ngày 25/4/2024 của UBND tỉnh Quảng Trị (nạo vét, bồi lấp kết hợp thu hồi sản phẩm) — questionid=1714097196267
E03 = Doc(
    "Công văn 1962/UBND-KT ngày 25/4/2024 của UBND tỉnh Quảng Trị (nạo vét, bồi lấp kết hợp thu hồi sản phẩm làm vật liệu san lấp)",
    "https://www.quangtri.gov.vn/%C4%90%E1%BB%90i-tho%E1%BA%A0i-doanh-nghi%E1%BB%86p?p_p_id=publicquestionportlet_WAR_3cmsnewportlet_INSTANCE_dzqopL9zQml8&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_publicquestionportlet_WAR_3cmsnewportlet_INSTANCE_dzqopL9zQml8_action=viewQuestionDetail&questionid=1714097196267",
    date="2024-04-25",
)
# Công văn 369/UBND-KT năm 2023 của UBND tỉnh Quảng Trị (bổ sung quy hoạch mỏ đất san lấp, Công ty Đức Chính) — questionid=1675758244055
E04 = Doc(
    "Công văn 369/UBND-KT năm 2023 của UBND tỉnh Quảng Trị (Công ty CP Đầu tư và Xây dựng Đức Chính xin bổ sung quy hoạch mỏ đất làm vật liệu san lấp) (date approximate)",
    "https://www.quangtri.gov.vn/vi/%C4%90%E1%BB%90i-tho%E1%BA%A0i-doanh-nghi%E1%BB%86p?p_p_id=publicquestionportlet_WAR_3cmsnewportlet_INSTANCE_dzqopL9zQml8&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_publicquestionportlet_WAR_3cmsnewportlet_INSTANCE_dzqopL9zQml8_action=viewQuestionDetail&questionid=1675758244055",
    date="2023-02-07",  # unsure: issue date not shown; set to the posting date (7/2/2023)
)

# --- transport ------------------------------------------------------------------------

# Phương án tổ chức giao thông tạm thời phục vụ Đêm hội Trung thu Xứ Trà 2023 (Thái Nguyên TV) — https://thainguyentv.vn/phuong-an-to-chuc-giao-thong-tam-thoi-phuc-vu-chuong-trinh-nghe-thuat-duong-pho-dem-hoi-trung-thu-xu-tra-2023-100439.html
T01 = Doc(
    "Phương án tổ chức giao thông tạm thời phục vụ chương trình nghệ thuật đường phố Đêm hội Trung thu Xứ Trà 2023, TP Thái Nguyên (Thái Nguyên TV) (date approximate)",
    "https://thainguyentv.vn/phuong-an-to-chuc-giao-thong-tam-thoi-phuc-vu-chuong-trinh-nghe-thuat-duong-pho-dem-hoi-trung-thu-xu-tra-2023-100439.html",
    date="2023-09-26",  # unsure: date not shown; the year is certain
)

CELLS = [
    # H01 Hòa Bình, thông cáo báo chí
    Cell(H01, "Từ 19h30’ đến 21h30’, ngày 15/11/2024.", "O 2024-11-15T19:30-21:30"),
    Cell(H01, "Từ 15h00’, ngày 16/11/2024 đến ngày 18/11/2024.", "W 2024-11-16T15:00..2024-11-18"),  # unsure: window with a start time
    Cell(H01, "Từ 19h30’ đến 22h10’, ngày 16/11/2024.", "O 2024-11-16T19:30-22:10"),
    Cell(H01, "Từ 8h00’ đến 16h00’, ngày 17/11/2024.", "O 2024-11-17T08:00-16:00"),
    # H02 Hòa Bình, văn bản điều chỉnh 16/10/2024
    Cell(H02, "từ ngày 15/11 - 23/11 (thay vì diễn ra từ ngày 24/10 - 27/10 như dự kiến trước đây)", "W 2024-11-15..2024-11-23"),  # unsure: superseded dates in parentheses left out
    Cell(H02, "Từ 19h30’ đến 21h30’ ngày 15/11/2024", "O 2024-11-15T19:30-21:30"),
    Cell(H02, "Từ 15h00’ ngày 16/11/2024 đến ngày 18/11/2024", "W 2024-11-16T15:00..2024-11-18"),  # unsure: window with a start time
    Cell(H02, "Từ 19h30’ đến 22h10 ngày 16/11/2024", "O 2024-11-16T19:30-22:10"),
    Cell(H02, "Từ 13h30’ đến 17h00’ ngày 19/11/2024", "O 2024-11-19T13:30-17:00"),
    Cell(H02, "Đến 20h00’ đến 21h30’ ngày 23/11/2024", "O 2024-11-23T20:00-21:30"),  # unsure: "Đến" read as a typo for "Từ"
    # H03 Hòa Bình, Kế hoạch 185/KH-UBND
    Cell(H03, "từ ngày 24/10 - 4/11", "W 2024-10-24..2024-11-04"),
    Cell(H03, "từ ngày 25 - 27/10", "W 2024-10-25..2024-10-27"),
    Cell(H03, "vào tối ngày 25/10", "O 2024-10-25"),
    Cell(H03, "vào tối ngày 26/10", "O 2024-10-26"),
    # H04 Hòa Bình 2019, Kế hoạch 175/KH-BTC
    Cell(H04, "từ ngày 06 - 10/12/2019", "W 2019-12-06..2019-12-10"),
    Cell(H04, "20 giờ, ngày 06/12/2019", "O 2019-12-06T20:00"),
    Cell(H04, "Khai mạc ngày 07/12/2019 và diễn ra trong thời gian tổ chức Tuần Văn hóa, Du lịch tỉnh Hòa Bình năm 2019", "O 2019-12-07; W 2019-12-07..2019-12-10",
         {"Tuần Văn hóa, Du lịch tỉnh Hòa Bình năm 2019": "2019-12-06"}),  # unsure: "trong thời gian tổ chức Tuần" taken as the rest of the week (6-10/12), not ±7 days
    Cell(H04, "Từ ngày 07/12 đến hết ngày 09/12/2019", "W 2019-12-07..2019-12-09"),
    Cell(H04, "thời gian từ 07 - 09/12/2019", "W 2019-12-07..2019-12-09"),
    Cell(H04, "từ ngày 08/12 đến hết ngày 09/12/2019", "W 2019-12-08..2019-12-09"),
    # H05 Khánh Hòa, Festival Biển 2023 (Kế hoạch 10737/KH-UBND)
    Cell(H05, "vào tháng 4/2023", "W 2023-04-01..2023-04-30"),
    Cell(H05, "vào tháng 5/2023", "W 2023-05-01..2023-05-31"),
    Cell(H05, "được tổ chức ngày 3/6", "O 2023-06-03"),
    Cell(H05, "ngày 4/6", "O 2023-06-04"),
    Cell(H05, "ngày 5/6", "O 2023-06-05"),
    Cell(H05, "ngày 6/6", "O 2023-06-06"),
    # H06 Festival Biển, TTBC TP.HCM
    Cell(H06, "diễn ra từ ngày 3 - 6/6/2023", "W 2023-06-03..2023-06-06"),
    Cell(H06, "lễ khai mạc ngày 3/6", "O 2023-06-03"),
    # H07 Lai Châu
    Cell(H07, "Từ ngày 20-22/12/2024", "W 2024-12-20..2024-12-22"),
    # H08 Long An (văn bản PCT UBND tỉnh)
    Cell(H08, "diễn ra từ ngày 28/11/2024 - 4/12/2024", "W 2024-11-28..2024-12-04"),
    # H09 Long An (Thanh Niên)
    Cell(H09, "khai mạc tối 28.11", "O 2024-11-28"),
    # H10 Điện Biên, Lễ hội Hoa Ban 2024
    Cell(H10, "vào tháng 3/2024", "W 2024-03-01..2024-03-31"),
    Cell(H10, "vào năm 2025", "W 2025-01-01..2025-12-31"),  # unsure: a target year ("điểm đến hấp dẫn ... vào năm 2025"), read as a period per the conventions
    Cell(H10, "vào lúc 21 giờ 45 phút ngày 16/3/2024", "O 2024-03-16T21:45"),
    # H11 Điện Biên, Lễ hội hoa ban 2022
    Cell(H11, "từ tháng 3 đến tháng 5-2022", "W 2022-03-01..2022-05-31"),
    Cell(H11, "từ ngày 11-3 đến 14-3", "W 2022-03-11..2022-03-14"),
    # H12 Phan Thiết, Trung thu 2023
    Cell(H12, "vào lúc 17 giờ 30 phút, ngày 28/9/2023", "O 2023-09-28T17:30"),
    Cell(H12, "vào lúc 17 giờ 30 phút, ngày 27/9", "O 2023-09-27T17:30"),  # unsure: the earlier, postponed date, as the phrase states it
    # H13 Đắk Lắk, Lễ hội Cà phê 2023
    Cell(H13, "vào tháng 3/2023", "W 2023-03-01..2023-03-31"),
    Cell(H13, "từ ngày 10/3 – 14/3/2023", "W 2023-03-10..2023-03-14"),
    Cell(H13, "chuyển sang tổ chức vào năm 2023", "W 2023-01-01..2023-12-31"),
    # H14 Bình Dương, Mùa trái chín 2024
    Cell(H14, "vào giữa tháng 6", "W 2024-06-11..2024-06-20"),
    Cell(H14, "từ ngày 15/6 đến ngày 22/6", "W 2024-06-15..2024-06-22"),
    # A01 Tiền Giang, lễ hội trái cây 2024
    Cell(A01, "trong 3 ngày từ ngày 10 đến 12-6", "W 2024-06-10..2024-06-12"),
    # A02 Hà Nam, tiêm vắc xin vụ Thu 2022
    Cell(A02, "từ ngày 20/9 đến 20/10/2022", "W 2022-09-20..2022-10-20"),
    Cell(A02, "vào ngày 10/11 đến 20/11/2022 và ngày 01/12 đến 10/12/2022", "W 2022-11-10..2022-11-20; W 2022-12-01..2022-12-10"),
    # A03 Hải Dương, tiêm phòng vụ xuân 2022
    Cell(A03, "đến hết tháng 4", "D 2022-04-30"),
    Cell(A03, "Từ ngày 12.3-30.4", "W 2022-03-12..2022-04-30"),
    # A04 Dầu Tiếng, tiêm phòng cúm gia cầm đợt 2 năm 2020
    Cell(A04, "từ ngày 1 đến 30-9-2020", "W 2020-09-01..2020-09-30"),
    Cell(A04, "Ngoài thời gian tiêm phòng đợt chính, nhân viên thúy các xã, thị trấn trong huyện sẽ thường xuyên kiểm tra", "U"),
    # A05 TP.HCM, hội chợ OCOP 2024
    Cell(A05, "trong 05 ngày từ ngày 09/10/2024 đến ngày 13/10/2024", "W 2024-10-09..2024-10-13"),
    # A06 Kiên Giang, diễn đàn OCOP ĐBSCL 2024
    Cell(A06, "Dự kiến, từ ngày 26/9 đến 30/9", "W 2024-09-26..2024-09-30"),
    # A07 Hà Nội, vụ mùa 2024
    Cell(A07, "gieo cấy trước 30/6", "D 2024-06-29"),
    Cell(A07, "thời điểm từ tháng 5 đến tháng 7", "W 2024-05-01..2024-07-31"),
    # A08 Hà Tĩnh, rầy lứa 2
    Cell(A08, "từ thời điểm 15/7/2024 trở đi", "O 2024-07-15"),
    # E01-E04 Quảng Trị
    Cell(E01, "hoàn thành trước ngày 10/12/2023", "D 2023-12-09"),
    Cell(E02, "hoàn thành trước ngày 21/11/2022", "D 2022-11-20"),  # unsure: year as written, though the công văn is of 14/11/2023 (likely meant 21/11/2023 → D 2023-11-20)
    Cell(E03, "hoàn thành trước ngày 20/5/2024", "D 2024-05-19"),
    Cell(E04, "Thời hạn thực hiện và báo cáo kết quả về UBND tỉnh không quá 2 tháng kể từ ngày ban hành văn bản này.", "D 2023-04-07",
         {"ngày ban hành văn bản": "2023-02-07"}),  # unsure: issue date not shown (posting date used); deadline = issue date + 2 months
    # T01 Thái Nguyên, phương án giao thông Trung thu 2023
    Cell(T01, "+ Ngày 28/9/2023: Từ 12h00 đến 24h00", "O 2023-09-28T12:00-24:00"),  # unsure: end written as 24:00 (midnight)
    Cell(T01, "+ Ngày 29/9/2023: Từ 15h00 đến 24h00.", "O 2023-09-29T15:00-24:00"),
    Cell(T01, "+ Ngày 28/9/2023: Từ 18h00 đến 24h00.", "O 2023-09-28T18:00-24:00"),
    Cell(T01, "+ Ngày 29/9/2023: Từ 18h00 đến 24h00.", "O 2023-09-29T18:00-24:00"),
]
