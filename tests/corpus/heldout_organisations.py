"""Held-out real timing cells from party, front, mass-organisation, justice and security documents, answers worked out by hand. Collected without reading the resolver; scored once, not used to tune it."""

from __future__ import annotations

from tests.corpus.spec import Cell, Doc

_TET_2024 = {"Tết Nguyên đán Giáp Thìn 2024": "2024-02-10"}

# Công an tỉnh Bà Rịa - Vũng Tàu ra quân đợt cao điểm tấn công, trấn áp tội phạm (Báo Bà Rịa - Vũng Tàu, 4/2021) — http://baobariavungtau.com.vn/phap-luat/202104/ra-quan-thuc-hien-dot-cao-diem-tan-cong-tran-ap-toi-pham-924076/
O01 = Doc(
    "Công an tỉnh Bà Rịa - Vũng Tàu ra quân thực hiện đợt cao điểm tấn công, trấn áp tội phạm (Báo Bà Rịa - Vũng Tàu, 23/4/2021)",
    "http://baobariavungtau.com.vn/phap-luat/202104/ra-quan-thuc-hien-dot-cao-diem-tan-cong-tran-ap-toi-pham-924076/",
    "2021-04-23",
)
# Công an tỉnh Bà Rịa - Vũng Tàu ra quân đợt cao điểm dịp Tết 2022 (Báo Bà Rịa - Vũng Tàu, 12/2021) — https://baobariavungtau.com.vn/phap-luat/202112/cong-an-tinh-ra-quan-dot-cao-diem-tan-cong-tran-ap-toi-pham-940463/
O02 = Doc(
    "Công an tỉnh Bà Rịa - Vũng Tàu ra quân đợt cao điểm tấn công, trấn áp tội phạm Tết Dương lịch và Tết Nguyên đán Nhâm Dần 2022 (Báo Bà Rịa - Vũng Tàu, 14/12/2021)",
    "https://baobariavungtau.com.vn/phap-luat/202112/cong-an-tinh-ra-quan-dot-cao-diem-tan-cong-tran-ap-toi-pham-940463/",
    "2021-12-14",
)
# Công an nhiều địa phương đồng loạt ra quân trấn áp tội phạm dịp Tết Nguyên đán Giáp Thìn 2024 (Tiền Phong, 15/12/2023) — https://tienphong.vn/cong-an-nhieu-dia-phuong-dong-loat-ra-quan-tran-ap-toi-pham-dip-tet-nguyen-dan-post1595932.tpo
O03 = Doc(
    "Công an Nghệ An, BCĐ 138 Bà Rịa - Vũng Tàu, TP Phan Thiết ra quân cao điểm tấn công trấn áp tội phạm dịp Tết Giáp Thìn 2024 (Tiền Phong, 15/12/2023)",
    "https://tienphong.vn/cong-an-nhieu-dia-phuong-dong-loat-ra-quan-tran-ap-toi-pham-dip-tet-nguyen-dan-post1595932.tpo",
    "2023-12-15",
)
# Công an tỉnh Quảng Bình ra quân trấn áp tội phạm dịp Tết Giáp Thìn 2024 (Thanh Niên, 15/12/2023) — https://thanhnien.vn/cong-an-tinh-quang-binh-ra-quan-tran-ap-toi-pham-185231215100454749.htm
O04 = Doc(
    "Công an tỉnh Quảng Bình ra quân tấn công, trấn áp tội phạm dịp Tết Nguyên đán Giáp Thìn 2024 (Thanh Niên, 15/12/2023)",
    "https://thanhnien.vn/cong-an-tinh-quang-binh-ra-quan-tran-ap-toi-pham-185231215100454749.htm",
    "2023-12-15",
)
# Sở Tư pháp Thái Nguyên hưởng ứng Cuộc thi tìm hiểu pháp luật trực tuyến "Pháp luật với mọi người" (Thái Nguyên TV, 10/2020) — https://thainguyentv.vn/cuoc-thi-tim-hieu-phap-luat-truc-tuyen-phap-luat-voi-moi-nguoi-81930.html
O05 = Doc(
    "Sở Tư pháp tỉnh Thái Nguyên — Cuộc thi tìm hiểu pháp luật trực tuyến \"Pháp luật với mọi người\" 2020 (Thái Nguyên TV) (date approximate)",
    "https://thainguyentv.vn/cuoc-thi-tim-hieu-phap-luat-truc-tuyen-phap-luat-voi-moi-nguoi-81930.html",
    "2020-10-26",
)
# Bộ Tư pháp — Công văn hưởng ứng Cuộc thi Tìm hiểu pháp luật trực tuyến "Pháp luật với mọi người" (16/10/2020) — https://pbgdpl.moj.gov.vn/qt/cuocthi/Pages/van-ban-huong-dan.aspx?ItemID=4
O06 = Doc(
    "Bộ Tư pháp — Công văn hưởng ứng Cuộc thi Tìm hiểu pháp luật trực tuyến \"Pháp luật với mọi người\" (16/10/2020)",
    "https://pbgdpl.moj.gov.vn/qt/cuocthi/Pages/van-ban-huong-dan.aspx?ItemID=4",
    "2020-10-16",
)
# Sở Tư pháp Sóc Trăng (Phòng PBGDPL) — Cuộc thi "Tìm hiểu pháp luật năm 2021" — https://pbgdpl.moj.gov.vn:443/qt/tintuc/pages/hoat-dong-pgbdpldp.aspx?ItemID=2518
O07 = Doc(
    "Sở Tư pháp tỉnh Sóc Trăng (Phòng PBGDPL) — Cuộc thi trực tuyến \"Tìm hiểu pháp luật năm 2021\" (date approximate)",
    "https://pbgdpl.moj.gov.vn:443/qt/tintuc/pages/hoat-dong-pgbdpldp.aspx?ItemID=2518",
    "2021-04-20",
)
# Sở Tư pháp Gia Lai — Cuộc thi "Tìm hiểu pháp luật trực tuyến cho học sinh THPT" 2025 (Báo Gia Lai) — https://baogialai.com.vn/gia-lai-to-chuc-thi-tim-hieu-phap-luat-truc-tuyen-cho-hoc-sinh-trung-hoc-pho-thong-post570394.html
O08 = Doc(
    "Sở Tư pháp tỉnh Gia Lai tổ chức Cuộc thi tìm hiểu pháp luật trực tuyến cho học sinh THPT năm 2025 (Báo Gia Lai) (date approximate)",
    "https://baogialai.com.vn/gia-lai-to-chuc-thi-tim-hieu-phap-luat-truc-tuyen-cho-hoc-sinh-trung-hoc-pho-thong-post570394.html",
    "2025-11-07",
)
# Sở Tư pháp Đồng Tháp triển khai Cuộc thi trực tuyến tìm hiểu pháp luật về bầu cử (Báo Đồng Tháp, 1/4/2021) — http://www.baodongthap.com.vn/chinh-tri/cuoc-thi-truc-tuyen-tim-hieu-phap-luat-ve-bau-cu-dai-bieu-quoc-hoi-va-dai-bieu-hoi-dong-nhan-dan--96750.aspx
O09 = Doc(
    "Sở Tư pháp tỉnh Đồng Tháp triển khai Cuộc thi trực tuyến \"Tìm hiểu pháp luật về bầu cử đại biểu Quốc hội và đại biểu HĐND\" (Báo Đồng Tháp, 1/4/2021)",
    "http://www.baodongthap.com.vn/chinh-tri/cuoc-thi-truc-tuyen-tim-hieu-phap-luat-ve-bau-cu-dai-bieu-quoc-hoi-va-dai-bieu-hoi-dong-nhan-dan--96750.aspx",
    "2021-04-01",
)
# Công an tỉnh Thanh Hóa thanh tra chuyên ngành tại 3 địa phương (Tiền Phong, 3/2025) — https://tienphong.vn/cong-an-thanh-hoa-thanh-tra-chuyen-nganh-tai-3-dia-phuong-post1721396.tpo
O10 = Doc(
    "Công an tỉnh Thanh Hóa thanh tra chuyên ngành tại 3 địa phương năm 2025 (Tiền Phong) (date approximate)",
    "https://tienphong.vn/cong-an-thanh-hoa-thanh-tra-chuyen-nganh-tai-3-dia-phuong-post1721396.tpo",
    "2025-03-01",
)
# Bộ CHQS tỉnh Phú Thọ luyện tập chuyển trạng thái sẵn sàng chiến đấu năm 2026 (Báo Phú Thọ, 10/3/2026) — https://baophutho.vn/bo-chqs-tinh-luyen-tap-chuyen-trang-thai-san-sang-chien-dau-249419.htm
O11 = Doc(
    "Bộ CHQS tỉnh Phú Thọ luyện tập chuyển trạng thái sẵn sàng chiến đấu năm 2026 (Báo Phú Thọ, 10/3/2026)",
    "https://baophutho.vn/bo-chqs-tinh-luyen-tap-chuyen-trang-thai-san-sang-chien-dau-249419.htm",
    "2026-03-10",
)
# Bộ CHQS tỉnh Hải Dương — Đồng loạt ra quân huấn luyện từ ngày 1.3 (Báo Hải Dương, 20/02/2020) — http://m.baohaiduong.vn/chinh-tri/dong-loat-ra-quan-huan-luyen-tu-ngay-13-128745
O12 = Doc(
    "Bộ Chỉ huy quân sự tỉnh Hải Dương — Đồng loạt ra quân huấn luyện năm 2020 (Báo Hải Dương, 20/02/2020)",
    "http://m.baohaiduong.vn/chinh-tri/dong-loat-ra-quan-huan-luyen-tu-ngay-13-128745",
    "2020-02-20",
)
# Hội LHPN tỉnh Kon Tum — Hội thi Chủ tịch Hội LHPN cơ sở giỏi cấp tỉnh năm 2023 — http://phunukontum.org.vn/hoi-thi-chu-tich-hoi-lhpn-co-gioi-cap-tinh-nam-2023.html
O13 = Doc(
    "Hội LHPN tỉnh Kon Tum — Hội thi Chủ tịch Hội LHPN cơ sở giỏi cấp tỉnh năm 2023 (date approximate)",
    "http://phunukontum.org.vn/hoi-thi-chu-tich-hoi-lhpn-co-gioi-cap-tinh-nam-2023.html",
    "2023-08-24",
)
# Ban Chỉ đạo các hoạt động thanh thiếu nhi tỉnh Bình Dương (Tỉnh Đoàn tham mưu) — Kế hoạch hoạt động hè cho thiếu nhi năm 2024 (Cổng TTĐT Bình Dương, 21/06/2024) — https://binhduong.gov.vn/chinh-quyen-tin-chi-dao-dieu-hanh/2024/06/939-ke-hoach-to-chuc-cac-hoat-dong-he-cho-thieu-nhi-tinh-binh-duong-nam-202
O14 = Doc(
    "Kế hoạch tổ chức các hoạt động hè cho thiếu nhi tỉnh Bình Dương năm 2024 của Ban Chỉ đạo các hoạt động thanh thiếu nhi tỉnh (Cổng TTĐT Bình Dương, 21/06/2024)",
    "https://binhduong.gov.vn/chinh-quyen-tin-chi-dao-dieu-hanh/2024/06/939-ke-hoach-to-chuc-cac-hoat-dong-he-cho-thieu-nhi-tinh-binh-duong-nam-202",
    "2024-06-21",
)
# Ban Thường vụ T.Ư Đoàn — 8 sự kiện, hoạt động tiêu biểu công tác Đoàn năm 2024 (Tiền Phong, 27/12/2024) — https://tienphong.vn/8-su-kien-hoat-dong-tieu-bieu-cong-tac-doan-va-phong-trao-thanh-thieu-nhi-2024-post1704556.tpo
O15 = Doc(
    "Ban Thường vụ Trung ương Đoàn — 8 sự kiện, hoạt động tiêu biểu công tác Đoàn và phong trào thanh thiếu nhi năm 2024 (Tiền Phong, 27/12/2024)",
    "https://tienphong.vn/8-su-kien-hoat-dong-tieu-bieu-cong-tac-doan-va-phong-trao-thanh-thieu-nhi-2024-post1704556.tpo",
    "2024-12-27",
)
# T.Ư Đoàn — 8 sự kiện nổi bật trong công tác Đoàn năm 2024 (Thanh Niên, 27/12/2024) — https://thanhnien.vn/8-su-kien-noi-bat-trong-cong-tac-doan-nam-2024-185241227154636657.htm
O16 = Doc(
    "Trung ương Đoàn công bố 8 sự kiện nổi bật trong công tác Đoàn năm 2024 (Thanh Niên, 27/12/2024)",
    "https://thanhnien.vn/8-su-kien-noi-bat-trong-cong-tac-doan-nam-2024-185241227154636657.htm",
    "2024-12-27",
)
# Tỉnh ủy Thái Nguyên — tiến độ đại hội Đảng bộ các cấp nhiệm kỳ 2020-2025 (Báo Thái Nguyên, 2/2020) — http://baotn.vn/trang-in-269127.html
O17 = Doc(
    "Tiến độ đại hội Đảng bộ các cấp theo Kế hoạch 146-KH/TU của Ban Thường vụ Tỉnh ủy Thái Nguyên (Báo Thái Nguyên) (date approximate)",
    "http://baotn.vn/trang-in-269127.html",
    "2020-02-12",
)
# Ban Thường trực Ủy ban MTTQ tỉnh Thái Bình phát động tháng cao điểm "Vì người nghèo" năm 2023 — http://mttq.thaibinh.gov.vn/phong-trao-thi-dua-3091.html
O18 = Doc(
    "Ban Thường trực Ủy ban MTTQ tỉnh Thái Bình — Hội nghị phát động tháng cao điểm \"Vì người nghèo\" năm 2023 (date approximate)",
    "http://mttq.thaibinh.gov.vn/phong-trao-thi-dua-3091.html",
    "2023-10-04",
)
# Ban CHQS huyện Cát Hải (Hải Phòng) — Khám sơ tuyển nghĩa vụ quân sự cấp xã năm 2020 (24/01/2020) — http://www.haiphong.gov.vn/Portal/PrintItem.aspx?ContentID=154917
O19 = Doc(
    "Khám sơ tuyển nghĩa vụ quân sự cấp xã năm 2020, Ban Chỉ huy Quân sự huyện Cát Hải (Cổng TTĐT Hải Phòng, 24/01/2020)",
    "http://www.haiphong.gov.vn/Portal/PrintItem.aspx?ContentID=154917",
    "2020-01-24",
)
# Hội đồng nghĩa vụ quân sự huyện Chơn Thành (Bình Phước) — khám sức khỏe nghĩa vụ quân sự năm 2022 (Báo Mới, 17/11/2021) — https://baomoi.net.vn/chon-thanh-558-thanh-nien-du-dieu-kien-kham-suc-khoe-nghia-vu-quan-su-c40911365.epi
O20 = Doc(
    "Hội đồng nghĩa vụ quân sự huyện Chơn Thành, Bình Phước — điều khám sức khỏe nghĩa vụ quân sự năm 2022 (Báo Mới, 17/11/2021)",
    "https://baomoi.net.vn/chon-thanh-558-thanh-nien-du-dieu-kien-kham-suc-khoe-nghia-vu-quan-su-c40911365.epi",
    "2021-11-17",
)
# Bộ Công an — hướng dẫn sơ tuyển đại học khối ngành công an năm 2025 (VietnamPlus, 4/2025) — https://www.vietnamplus.vn/so-tuyen-dai-hoc-khoi-nganh-cong-an-thi-sinh-dang-ky-tai-cong-an-cap-xa-post1024590.vnp
O21 = Doc(
    "Bộ Công an — hướng dẫn sơ tuyển vào các trường khối ngành công an năm 2025, đăng ký tại công an cấp xã (VietnamPlus) (date approximate)",
    "https://www.vietnamplus.vn/so-tuyen-dai-hoc-khoi-nganh-cong-an-thi-sinh-dang-ky-tai-cong-an-cap-xa-post1024590.vnp",
    "2025-04-01",
)
# Bộ CHQS tỉnh Gia Lai — công văn thông báo bắn đạn thật ngày 21-8-2025 (Báo Gia Lai, 19/8/2025) — https://baogialai.com.vn/nguoi-dan-khong-di-lai-trong-pham-vi-gioi-can-khu-vuc-ban-dan-that-vao-ngay-21-8-post564046.html
O22 = Doc(
    "Bộ Chỉ huy Quân sự tỉnh Gia Lai — thông báo khu vực bắn đạn thật tại Trường bắn Trung đoàn 739 (Báo Gia Lai, 19/8/2025)",
    "https://baogialai.com.vn/nguoi-dan-khong-di-lai-trong-pham-vi-gioi-can-khu-vuc-ban-dan-that-vao-ngay-21-8-post564046.html",
    "2025-08-19",
)
# Bộ CHQS tỉnh Gia Lai — Thông báo về việc tổ chức bắn đạn thật (Gia Lai TV, 05/6/2023) — http://gialaitv.vn/tin-tuc/tin-dia-phuong/thong-bao-ve-viec-to-chuc-ban-dan-that-2/
O23 = Doc(
    "Bộ Chỉ huy Quân sự tỉnh Gia Lai — Thông báo về việc tổ chức bắn đạn thật tại Thao trường bắn Chư Jô (Gia Lai TV, 05/6/2023)",
    "http://gialaitv.vn/tin-tuc/tin-dia-phuong/thong-bao-ve-viec-to-chuc-ban-dan-that-2/",
    "2023-06-05",
)
# Ban Chỉ huy Phòng thủ khu vực 6 - An Nhơn Đông — bắn đạn thật cho Đại đội hỗn hợp Đảo Cù Lao Xanh (Báo Gia Lai, 7/8/2025) — https://baogialai.com.vn/to-chuc-ban-dan-that-cho-dai-doi-hon-hop-dao-cu-lao-xanh-post562934.html
O24 = Doc(
    "Ban Chỉ huy Phòng thủ khu vực 6 - An Nhơn Đông (Bộ CHQS tỉnh Gia Lai) — tổ chức bắn đạn thật cho Đại đội hỗn hợp Đảo Cù Lao Xanh (Báo Gia Lai, 7/8/2025)",
    "https://baogialai.com.vn/to-chuc-ban-dan-that-cho-dai-doi-hon-hop-dao-cu-lao-xanh-post562934.html",
    "2025-08-07",
)
# Công an tỉnh Bình Dương, Đồng Nai tạm ngưng thu nhận hồ sơ cấp CCCD (Người Lao Động, 25/6/2024) — https://nld.com.vn/hom-nay-25-6-cong-an-binh-duong-dong-nai-tam-ngung-thu-nhan-ho-so-cap-cccd-196240625084307542.htm
O25 = Doc(
    "Thông báo của Công an tỉnh Bình Dương và Công an tỉnh Đồng Nai tạm dừng thu nhận hồ sơ cấp căn cước công dân (Người Lao Động, 25/6/2024)",
    "https://nld.com.vn/hom-nay-25-6-cong-an-binh-duong-dong-nai-tam-ngung-thu-nhan-ho-so-cap-cccd-196240625084307542.htm",
    "2024-06-25",
)
# Công an tỉnh Bà Rịa - Vũng Tàu làm CCCD gắn chíp lưu động (Báo Bà Rịa - Vũng Tàu, 4/2021) — http://baobariavungtau.com.vn/chinh-tri/202104/dong-vien-can-bo-chien-si-ngay-dem-lam-cccd-gan-chip-luu-dong-923779/
O26 = Doc(
    "Công an tỉnh Bà Rịa - Vũng Tàu — làm căn cước công dân gắn chíp lưu động ngày đêm (Báo Bà Rịa - Vũng Tàu, 18/4/2021) (date approximate)",
    "http://baobariavungtau.com.vn/chinh-tri/202104/dong-vien-can-bo-chien-si-ngay-dem-lam-cccd-gan-chip-luu-dong-923779/",
    "2021-04-18",
)
# Hội LHPN tỉnh Thanh Hóa phát động Tháng hành động vì bình đẳng giới năm 2025 (Báo Thanh Hóa, 6/11/2025) — https://baothanhhoa.vn/thanh-hoa-phat-dong-thang-hanh-dong-vi-binh-dang-gioi-267799.htm
O27 = Doc(
    "Hội LHPN tỉnh Thanh Hóa — Lễ phát động Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2025 (Báo Thanh Hóa, 6/11/2025)",
    "https://baothanhhoa.vn/thanh-hoa-phat-dong-thang-hanh-dong-vi-binh-dang-gioi-267799.htm",
    "2025-11-06",
)
# Công đoàn các KCN tỉnh Hà Nam — Lễ phát động Tháng Công nhân năm 2023 (Báo Hà Nam, trang thẻ) — https://baohanam.com.vn/tags?tag=cong+doan+cac+kcn+tinh+ha+nam
O28 = Doc(
    "Công đoàn các KCN tỉnh Hà Nam — Lễ phát động Tháng Công nhân năm 2023 (Báo Hà Nam) (date approximate)",
    "https://baohanam.com.vn/tags?tag=cong+doan+cac+kcn+tinh+ha+nam",
    "2023-05-07",
)
# Ban Thường trực Ủy ban MTTQ tỉnh Hải Dương — Tổng kết 20 năm tổ chức Ngày hội Đại đoàn kết toàn dân tộc (Mặt trận, 19/06/2023) — http://mattran.org.vn/tags/SOG6o2kgRMawxqFuZzogVOG7lW5nIGvhur90IDIwIG7Eg20gdOG7lSBjaOG7qWMgTmfDoHkgaOG7mWkgxJDhuqFpIMSRb8OgbiBr4bq_dCB0b8OgbiBkw6JuIHThu5lj/hai-duong-tong-ket-20-nam-to-chuc-ngay-hoi-dai-doan-ket-toan-dan-toc.html
O29 = Doc(
    "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hải Dương — Hội nghị tổng kết 20 năm tổ chức Ngày hội Đại đoàn kết toàn dân tộc (Mặt trận, 19/06/2023)",
    "http://mattran.org.vn/tags/SOG6o2kgRMawxqFuZzogVOG7lW5nIGvhur90IDIwIG7Eg20gdOG7lSBjaOG7qWMgTmfDoHkgaOG7mWkgxJDhuqFpIMSRb8OgbiBr4bq_dCB0b8OgbiBkw6JuIHThu5lj/hai-duong-tong-ket-20-nam-to-chuc-ngay-hoi-dai-doan-ket-toan-dan-toc.html",
    "2023-06-19",
)
# Ban Thường trực Ủy ban MTTQ tỉnh Hưng Yên — hội nghị giới thiệu người ứng cử đại biểu HĐND tỉnh khóa XVIII (Cổng TTĐT MTTQ Hưng Yên) — https://mttq.hungyen.dcs.vn
O30 = Doc(
    "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hưng Yên — hội nghị giới thiệu người ứng cử đại biểu HĐND tỉnh khóa XVIII, nhiệm kỳ 2026-2031 (date approximate)",
    "https://mttq.hungyen.dcs.vn",
    "2026-01-06",
)
# Hội Cựu chiến binh tỉnh Hưng Yên — Bí thư Tỉnh ủy gặp mặt cán bộ, hội viên CCB tiêu biểu (Cổng TTĐT Hội CCB Hưng Yên, 4/2025) — https://ccb.hungyen.dcs.vn
O31 = Doc(
    "Hội Cựu chiến binh tỉnh Hưng Yên — gặp mặt đại biểu cán bộ, hội viên CCB tiêu biểu nhân 50 năm Ngày Giải phóng miền Nam (date approximate)",
    "https://ccb.hungyen.dcs.vn",
    "2025-04-23",
)
# Tỉnh ủy Kon Tum — Lãnh đạo tỉnh thăm, chúc mừng Hội Cựu chiến binh tỉnh nhân kỷ niệm 34 năm Ngày thành lập Hội CCB Việt Nam (Cổng TTĐT Tỉnh ủy Kon Tum, 12/2023) — https://tinhuykontum.org.vn/index.php?language=vi&nv=news&op=Hoat-dong-cap-uy/Lanh-dao-tinh-tham-chuc-mung-Hoi-Cuu-chien-binh-nhan-Ky-niem-34-nam-Ngay-thanh-lap-Hoi-Cuu-chien-binh-Viet-Nam-2025
O32 = Doc(
    "Tỉnh ủy Kon Tum — Lãnh đạo tỉnh thăm, chúc mừng Hội Cựu chiến binh tỉnh nhân Kỷ niệm 34 năm Ngày thành lập Hội CCB Việt Nam (date approximate)",
    "https://tinhuykontum.org.vn/index.php?language=vi&nv=news&op=Hoat-dong-cap-uy/Lanh-dao-tinh-tham-chuc-mung-Hoi-Cuu-chien-binh-nhan-Ky-niem-34-nam-Ngay-thanh-lap-Hoi-Cuu-chien-binh-Viet-Nam-2025",
    "2023-12-04",
)


CELLS = [
    # O01
    Cell(O01, "Sáng 23/4", "O 2021-04-23"),
    Cell(O01, "Đợt cao điểm diễn ra trong 2 tháng, từ ngày 23/4 đến ngày 23/6.", "W 2021-04-23..2021-06-23"),
    # O02
    Cell(O02, "Sáng 14/12", "O 2021-12-14"),
    Cell(O02, "Đợt cao điểm diễn ra từ ngày 15/12/2021 đến hết ngày 14/2/2022.", "W 2021-12-15..2022-02-14"),
    # O03
    Cell(O03, "trước, trong và sau Tết Nguyên đán Giáp Thìn 2024", "W 2024-02-03..2024-02-17", _TET_2024),
    Cell(O03, "Sáng 15/12", "O 2023-12-15"),
    Cell(O03, "từ ngày 15/12 đến 29/2/2024", "W 2023-12-15..2024-02-29"),
    # O04
    Cell(O04, "Sáng 15.12", "O 2023-12-15"),
    Cell(O04, "Đợt ra quân tấn công, trấn áp tội phạm diễn ra từ ngày 15.12.2023 đến hết ngày 29.2.2024.", "W 2023-12-15..2024-02-29"),
    Cell(O04, "thời điểm trước, trong và sau Tết Nguyên đán Giáp Thìn 2024", "W 2024-02-03..2024-02-17", _TET_2024),
    # O05
    Cell(O05, "Thời gian thi là 30 ngày, bắt đầu từ ngày 20/10 và kết thúc vào ngày 20/11/2020.", "W 2020-10-20..2020-11-20"),
    # O06
    Cell(O06, "Thời gian thi được tổ chức từ tháng 20/10/2020 đến hết ngày 20/11/2020.", "W 2020-10-20..2020-11-20"),  # unsure: "từ tháng 20/10/2020" (typo) read as the day 20/10/2020
    # O07
    Cell(O07, "- Đợt 1: Từ ngày 01/05/2021đến hết ngày 31/5/2021.", "W 2021-05-01..2021-05-31"),
    Cell(O07, "- Đợt 2: Từ ngày 01/6/2021 đến hết ngày 30/6/2021.", "W 2021-06-01..2021-06-30"),
    Cell(O07, "- Đợt 3: Từ ngày 01/7/2021 đến hết ngày 31/7/2021.", "W 2021-07-01..2021-07-31"),
    Cell(O07, "- Đợt 4: Từ ngày 01/8/2021 đến hết ngày 31/8/2021.", "W 2021-08-01..2021-08-31"),
    Cell(O07, "- Đợt 5: Từ ngày 01/9/2021 đến hết ngày 18/10/2021.", "W 2021-09-01..2021-10-18"),
    # O08
    Cell(O08, "sẽ diễn ra trong 10 ngày, bắt đầu từ 0 giờ ngày 9-11-2025 đến 24 giờ ngày 18-11-2025.", "W 2025-11-09..2025-11-18"),
    # O09
    Cell(O09, "Cuộc thi sẽ diễn ra trong vòng 30 ngày, bắt đầu từ 0 giờ ngày 1/4 đến 24 giờ ngày 30/4.", "W 2021-04-01..2021-04-30"),
    # O10
    Cell(O10, "Thời gian dự kiến tiến hành thanh tra từ tháng 3-5/2025.", "W 2025-03-01..2025-05-31"),
    # O11
    Cell(O11, "Trong 2 ngày 9 - 10/3", "W 2026-03-09..2026-03-10"),
    # O12
    Cell(O12, "Đồng loạt ra quân huấn luyện từ ngày 1.3", "O 2020-03-01"),
    Cell(O12, "Ngày 1.3 tới", "O 2020-03-01"),
    # O13
    Cell(O13, "Ngày 24/8", "O 2023-08-24"),
    # O14
    Cell(O14, "Các hoạt động hè được tổ chức từ ngày 28/5 - 31/8/2024.", "W 2024-05-28..2024-08-31"),
    # O15
    Cell(O15, "Ngày 27/12", "O 2024-12-27"),
    Cell(O15, "diễn ra từ 24 – 26/4", "W 2024-04-24..2024-04-26"),
    # O16
    Cell(O16, "Từ tháng 12.2023 - 5.2024", "W 2023-12-01..2024-05-31"),
    Cell(O16, "Sự kiện diễn ra từ tháng 3 - 10.2024", "W 2024-03-01..2024-10-31"),
    # O17
    Cell(O17, "Tính đến thời điểm ngày 11/2/2020", "O 2020-02-11"),  # unsure: a status cut-off date, entered as that day
    Cell(O17, "hoàn thành trong tháng 3/2020", "D 2020-03-31"),
    # O18
    Cell(O18, "Chiều ngày 4/10", "O 2023-10-04"),
    # O19
    Cell(O19, "tuyển quân vào đầu năm 2020", "W 2020-01-01..2020-04-30"),  # unsure: "đầu năm" not in the conventions; first third of the year, by analogy with "đầu tháng"
    Cell(O19, "trong 05 ngày từ ngày 4 đến 8/11/2019", "W 2019-11-04..2019-11-08"),
    Cell(O19, "Dự tính khám tuyển cấp huyện sẽ vào cuối tháng 12/2019.", "W 2019-12-21..2019-12-31"),
    # O20
    Cell(O20, "Sáng nay (17-11)", "O 2021-11-17"),
    Cell(O20, "(từ ngày 22-11 đến 8-12-2021)", "W 2021-11-22..2021-12-08"),
    # O21
    Cell(O21, "Từ năm 2025", "O 2025-01-01"),
    Cell(O21, "Thời gian đăng ký đến ngày 15/4.", "D 2025-04-15"),
    Cell(O21, "Sau ngày 15/4", "O 2025-04-16"),  # unsure: open start after 15/4, entered as its first day 16/4
    # O22
    Cell(O22, "diễn ra vào ngày 21-8", "O 2025-08-21"),
    Cell(O22, "từ 6 giờ 30 đến 17 giờ ngày 21-8", "O 2025-08-21T06:30-17:00"),
    # O23
    Cell(O23, "từ 07 giờ đến 16 giờ các ngày (từ ngày 06 đến ngày 16/6/2023)", "W 2023-06-06..2023-06-16"),  # unsure: daily 07:00-16:00 hours not carried by a W
    # O24
    Cell(O24, "Đợt 1 diễn ra từ 6h00 đến 17h00 ngày 12/8/2025", "O 2025-08-12T06:00-17:00"),
    Cell(O24, "đợt 2 từ 14h00 đến 22h00 ngày 25/8/2025", "O 2025-08-25T14:00-22:00"),
    Cell(O24, "đợt 3 từ 6h00 đến 17h00 ngày 26/8/2025", "O 2025-08-26T06:00-17:00"),
    # O25
    Cell(O25, "triển khai cấp thẻ Căn cước từ ngày 1-7-2024 trên toàn quốc", "O 2024-07-01"),
    Cell(O25, "từ ngày 25 đến hết ngày 30-6", "W 2024-06-25..2024-06-30"),
    Cell(O25, "bắt đầu thu nhận hồ sơ cấp thẻ Căn cước từ ngày 1-7", "O 2024-07-01"),
    Cell(O25, "từ ngày 25 đến 30-6", "W 2024-06-25..2024-06-30"),
    Cell(O25, "Thời gian thu nhận lại từ ngày 1-7", "O 2024-07-01"),
    # O26
    Cell(O26, "Tối 17/4", "O 2021-04-17"),
    Cell(O26, "từ 5 giờ sáng đến 2 giờ sáng hôm sau", "U"),
    Cell(O26, "từ 7 giờ đến 22 giờ hàng ngày kể cả thứ Bảy, Chủ nhật", "U"),
    Cell(O26, "Dự kiến từ nay đến ngày 1/7/2021", "D 2021-07-01"),  # unsure: target date read as a deadline on 1/7/2021 (not a window from the article's date)
    # O27
    Cell(O27, "Sáng 6/11", "O 2025-11-06"),
    Cell(O27, "diễn ra từ ngày 15/11 đến ngày 15/12/2025", "W 2025-11-15..2025-12-15"),
    # O28
    Cell(O28, "Sáng 7/5", "O 2023-05-07"),
    # O29
    Cell(O29, "Chiều 16/6", "O 2023-06-16"),
    Cell(O29, "giai đoạn 2003-2023", "W 2003-01-01..2023-12-31"),
    # O30
    Cell(O30, "Chiều ngày 6/1", "O 2026-01-06"),  # unsure: year taken from the 2026-2031 election context (page undated)
    # O31
    Cell(O31, "Ngày 23/4", "O 2025-04-23"),
    # O32
    Cell(O32, "Chiều ngày 04-12-2023", "O 2023-12-04"),
]
