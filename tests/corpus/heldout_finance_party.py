"""Held-out real timing cells from Vietnamese plans, notices and directives on finance and public
assets, budget and the state treasury, tax, statistics (surveys and censuses), planning and
investment, public investment disbursement (giải ngân), enterprises, industry and trade, science and
technology, and Party building (đại hội đảng bộ các cấp, kiểm tra / giám sát, lấy ý kiến văn kiện),
with expected answers worked out by hand from the words and a calendar (python's datetime for
weekdays and month lengths). Collected without reading the resolver; to be scored once.

How collected: from the stored "pages" corpus of the search tool, which keeps only the opening part of
each page, so the cells are the timing phrases of a document (a plan, a Công văn / Thông báo /
Kết luận, or a government portal or newspaper report quoting one) taken in order from the start of
what is readable; where the opening holds a schedule (Kế hoạch 155/KH-CTĐP-SCT of Quảng Bình, Kế
hoạch 207-KH/TU of Nghệ An, the Châu Phú and Thoại Sơn congress timetables, the census phases) every
timing phrase of it is taken in order. Where a document is prose, the cell is the timing clause with
its own lead words as written, never the task's whole sentence. Not taken: dates of issue, dates of
other documents, years that are only part of a name, dates of past events a report narrates, and a
period that only names what is reported on ("kết quả ... 9 tháng đầu năm 2021").

The "code" corpus was searched for repositories mirroring full plan texts with appendix tables; the
only one found (tnt305/tai_lieu_noi_bo, folder src/etl/dataset/) is listed in notes/used_sources.txt,
so it was not used. None of the addresses below is in notes/used_sources.txt or in the other
held-out set of this round (heldout_social.py).
"""
from tests.corpus.spec import Cell, Doc

# --- statistics: surveys and censuses ---------------------------------------------------------------

# Điều tra doanh nghiệp năm 2022 của Tổng cục Thống kê (Viện Khoa học Thống kê, theo VOV) — https://vienthongke.vn/dieu-tra-doanh-nghiep-2022-can-tinh-than-trach-nhiem-khong-chi-cua-can-bo-thong-ke/
FP01 = Doc(
    "Điều tra doanh nghiệp năm 2022 của Tổng cục Thống kê, Bộ Kế hoạch và Đầu tư (Viện Khoa học Thống kê, theo VOV) (date approximate)",
    "https://vienthongke.vn/dieu-tra-doanh-nghiep-2022-can-tinh-than-trach-nhiem-khong-chi-cua-can-bo-thong-ke/",
    date="2022-04-15",  # unsure: not shown; at the start of the survey
)
# Tổng điều tra kinh tế năm 2021 giai đoạn 2 (cổng fad.danang.gov.vn, Đà Nẵng, đăng 29/06/2021) — https://fad.danang.gov.vn/chi-tiet?id=3213&_c=65
FP02 = Doc(
    "Thông tin Tổng điều tra kinh tế năm 2021 giai đoạn 2 trên cổng fad.danang.gov.vn (đăng ngày 29/06/2021)",
    "https://fad.danang.gov.vn/chi-tiet?id=3213&_c=65",
    date="2021-06-29",
)
# Cục Thống kê Bà Rịa - Vũng Tàu: hoàn thành cuộc điều tra doanh nghiệp năm 2024 trước ngày 30/6 (Báo Bà Rịa - Vũng Tàu, 6/2024) — https://baobariavungtau.com.vn/kinh-te/202406/hoan-thanh-cuoc-dieu-tra-doanh-nghiep-truoc-ngay-306-1013292
FP03 = Doc(
    "Cục Thống kê tỉnh Bà Rịa - Vũng Tàu về tiến độ điều tra doanh nghiệp năm 2024 (Báo Bà Rịa - Vũng Tàu, tháng 6/2024) (date approximate)",
    "https://baobariavungtau.com.vn/kinh-te/202406/hoan-thanh-cuoc-dieu-tra-doanh-nghiep-truoc-ngay-306-1013292",
    date="2024-06-10",  # unsure: not shown; June 2024 (address), before 30/6
)
# Điều tra giữa kỳ nông thôn, nông nghiệp năm 2020 theo Quyết định 1695/QĐ-TCTK (Viện Khoa học Thống kê) — https://vienthongke.vn/dieu-tra-giua-ky-nong-thon-nong-nghiep-bat-dau-tu-0-gio-ngay-01-7-2020-2/
FP04 = Doc(
    "Điều tra giữa kỳ nông thôn, nông nghiệp năm 2020 theo Quyết định 1695/QĐ-TCTK ngày 31/12/2019 (Viện Khoa học Thống kê) (date approximate)",
    "https://vienthongke.vn/dieu-tra-giua-ky-nong-thon-nong-nghiep-bat-dau-tu-0-gio-ngay-01-7-2020-2/",
    date="2020-06-25",  # unsure: not shown; before the survey's start on 01/7/2020
)
# Điều tra doanh nghiệp năm 2023 của Tổng cục Thống kê (Truyền hình Quốc hội) — https://quochoitv.vn/dieu-tra-doanh-nghiep-nam-2023
FP05 = Doc(
    "Điều tra doanh nghiệp năm 2023 của Tổng cục Thống kê, Bộ Kế hoạch và Đầu tư (Truyền hình Quốc hội) (date approximate)",
    "https://quochoitv.vn/dieu-tra-doanh-nghiep-nam-2023",
    date="2023-03-31",  # unsure: not shown; just before the start on 1/4/2023
)
# Tổng điều tra kinh tế năm 2021 giai đoạn II bắt đầu ngày 1/7/2021 (Báo Pháp luật Việt Nam, trang chủ đề) — https://baophapluat.vn/dieu-tra-kinh-te-tag163166.html
FP06 = Doc(
    "Tổng cục Thống kê tiến hành Tổng điều tra kinh tế năm 2021 giai đoạn II (Báo Pháp luật Việt Nam, 1/7/2021)",
    "https://baophapluat.vn/dieu-tra-kinh-te-tag163166.html",
    date="2021-07-01",
)
# Tổng điều tra kinh tế năm 2026 theo Quyết định 2837/QĐ-BTC (VietnamPlus) — https://www.vietnamplus.vn/tong-dieu-tra-kinh-te-nam-2026-tren-pham-vi-toan-quoc-tu-ngay-512026-post1086629.vnp
FP07 = Doc(
    "Tổng điều tra kinh tế năm 2026 trên phạm vi toàn quốc (Quyết định 2837/QĐ-BTC của Bộ Tài chính), VietnamPlus (date approximate)",
    "https://www.vietnamplus.vn/tong-dieu-tra-kinh-te-nam-2026-tren-pham-vi-toan-quoc-tu-ngay-512026-post1086629.vnp",
    date="2026-01-05",  # unsure: not shown; the day the census starts
)
# Cục Thống kê (Bộ Tài chính) ra quân Tổng điều tra kinh tế năm 2026 (Người Lao Động, 7/1/2026) — https://nld.com.vn/ra-quan-tong-dieu-tra-kinh-te-toan-quoc-196260107150528803.htm
FP08 = Doc(
    "Cục Thống kê (Bộ Tài chính) ra quân Tổng điều tra kinh tế năm 2026: thời gian thu thập thông tin doanh nghiệp (Người Lao Động, 7/1/2026)",
    "https://nld.com.vn/ra-quan-tong-dieu-tra-kinh-te-toan-quoc-196260107150528803.htm",
    date="2026-01-07",
)
# Kế hoạch Tổng điều tra kinh tế năm 2026 được điều chỉnh, rút ngắn tiến độ 7 tháng (VietnamPlus, 24/2/2026) — https://www.vietnamplus.vn/ke-hoach-tong-dieu-tra-kinh-te-nam-2026-rut-ngan-tien-do-7-thang-post1095244.vnp
FP09 = Doc(
    "Kế hoạch Tổng điều tra kinh tế năm 2026 được điều chỉnh, rút ngắn tiến độ 7 tháng (VietnamPlus, 24/2/2026)",
    "https://www.vietnamplus.vn/ke-hoach-tong-dieu-tra-kinh-te-nam-2026-rut-ngan-tien-do-7-thang-post1095244.vnp",
    date="2026-02-24",
)

# --- Party building: congresses, documents, inspection and supervision -------------------------------

# Công văn 2028-CV/TU ngày 10/2/2020 của Tỉnh ủy Hà Tĩnh về tổ chức đại hội điểm (Cổng TTĐT Công an tỉnh Hà Tĩnh, theo Báo Hà Tĩnh) — https://congan.hatinh.gov.vn/bai-viet/ha-tinh-chon-3-dang-bo-to-chuc-diem-dai-hoi-dang-nhiem-ky-2020-2025_1581403914.caht
FP10 = Doc(
    "Công văn 2028-CV/TU ngày 10/2/2020 của Tỉnh ủy Hà Tĩnh về tổ chức đại hội điểm nhiệm kỳ 2020-2025 (Cổng TTĐT Công an tỉnh Hà Tĩnh)",
    "https://congan.hatinh.gov.vn/bai-viet/ha-tinh-chon-3-dang-bo-to-chuc-diem-dai-hoi-dang-nhiem-ky-2020-2025_1581403914.caht",
    date="2020-02-10",
)
# Hà Tĩnh chốt danh sách 4 đảng bộ tổ chức đại hội điểm cấp xã (Báo Mới, theo Báo Hà Tĩnh) — https://baomoi.com/ha-tinh-chot-danh-sach-4-dang-bo-to-chuc-dai-hoi-diem-cap-xa/c/33957513.epi
FP11 = Doc(
    "Kế hoạch đại hội điểm cấp xã nhiệm kỳ 2020-2025 theo Công văn 2028-CV/TU của Tỉnh ủy Hà Tĩnh: danh sách 4 đảng bộ (Báo Mới, theo Báo Hà Tĩnh) (date approximate)",
    "https://baomoi.com/ha-tinh-chot-danh-sach-4-dang-bo-to-chuc-dai-hoi-diem-cap-xa/c/33957513.epi",
    date="2020-02-25",  # unsure: not shown; after 10/2/2020 and before March 2020
)
# Chỉ thị 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp: mốc đại hội cơ sở (Công an nhân dân, trang chủ đề Chỉ thị 35) — http://cand.com.vn/tag/Chi-thi-35-310071/
FP12 = Doc(
    "Thời gian đại hội đảng bộ cơ sở theo Chỉ thị 35-CT/TW của Bộ Chính trị, và điều chỉnh vì dịch COVID-19 (Công an nhân dân) (date approximate)",
    "http://cand.com.vn/tag/Chi-thi-35-310071/",
    date="2020-04-10",  # unsure: not shown; spring 2020 (COVID-19 postponements)
)
# Kế hoạch 207-KH/TU ngày 12/8/2019 của Ban Thường vụ Tỉnh ủy Nghệ An triển khai Chỉ thị 35-CT/TW (Báo Nghệ An) — https://baonghean.vn/ban-thuong-vu-tinh-uy-yeu-cau-4-nhom-noi-dung-va-3-nhom-van-de-chuan-bi-dai-hoi-dang-cac-cap-251290.html
FP13 = Doc(
    "Kế hoạch 207-KH/TU ngày 12/8/2019 của Ban Thường vụ Tỉnh ủy Nghệ An triển khai Chỉ thị 35-CT/TW về đại hội Đảng bộ các cấp (Báo Nghệ An)",
    "https://baonghean.vn/ban-thuong-vu-tinh-uy-yeu-cau-4-nhom-noi-dung-va-3-nhom-van-de-chuan-bi-dai-hoi-dang-cac-cap-251290.html",
    date="2019-08-12",
)
# Kế hoạch 155-KH/HU của Huyện ủy Thoại Sơn (An Giang) về đại hội Đảng bộ các cấp (Báo An Giang, 18/09/2019) — https://baoangiang.com.vn/thoai-son-trien-khai-cac-van-ban-ve-cong-tac-dai-hoi-a254394.html
FP14 = Doc(
    "Kế hoạch 155-KH/HU của Huyện ủy Thoại Sơn, An Giang, chuẩn bị và tổ chức Đại hội Đảng bộ các cấp (Báo An Giang, 18/09/2019)",
    "https://baoangiang.com.vn/thoai-son-trien-khai-cac-van-ban-ve-cong-tac-dai-hoi-a254394.html",
    date="2019-09-18",
)
# Kế hoạch chuẩn bị Đại hội Đảng bộ các cấp của Ban Thường vụ Huyện ủy Châu Phú (An Giang) (Báo An Giang, 15/08/2019) — https://baoangiang.com.vn/chau-phu-trien-khai-ke-hoach-chuan-bi-dai-hoi-dang-bo-cac-cap-a252280.html
FP15 = Doc(
    "Kế hoạch chuẩn bị Đại hội Đảng bộ các cấp của Ban Thường vụ Huyện ủy Châu Phú, An Giang (Báo An Giang, 15/08/2019)",
    "https://baoangiang.com.vn/chau-phu-trien-khai-ke-hoach-chuan-bi-dai-hoi-dang-bo-cac-cap-a252280.html",
    date="2019-08-15",
)
# Tỉnh ủy Vĩnh Long giám sát tình hình thực hiện nghị quyết 6 tháng đầu năm 2018 (Báo Vĩnh Long, 24/05/2018) — http://baovinhlong.vn/chinh-tri/201805/tu-ngay-295-16-tinh-uy-giam-sat-tinh-hinh-thuc-hien-nghi-quyet-6-thang-dau-nam-2894950/
FP16 = Doc(
    "Chương trình kiểm tra, giám sát năm 2018 của Ban Thường vụ Tỉnh ủy Vĩnh Long: giám sát thực hiện nghị quyết 6 tháng đầu năm (Báo Vĩnh Long, 24/05/2018)",
    "http://baovinhlong.vn/chinh-tri/201805/tu-ngay-295-16-tinh-uy-giam-sat-tinh-hinh-thuc-hien-nghi-quyet-6-thang-dau-nam-2894950/",
    date="2018-05-24",
)
# Giám sát chuyên đề của UBKT Tỉnh ủy Hà Nam và UBKT Đảng ủy Quân sự Quân khu 3 tại Đảng ủy Quân sự tỉnh (Báo Hà Nam) — https://baohanam.com.vn/quoc-phong/to-chuc-giam-sat-chuyen-de-tai-dang-uy-quan-su-tinh-8659.html
FP17 = Doc(
    "Kế hoạch giám sát chuyên đề của UBKT Tỉnh ủy Hà Nam và UBKT Đảng ủy Quân sự Quân khu 3 tại Đảng ủy Quân sự tỉnh (Báo Hà Nam) (date approximate)",
    "https://baohanam.com.vn/quoc-phong/to-chuc-giam-sat-chuyen-de-tai-dang-uy-quan-su-tinh-8659.html",
    date="2018-06-05",  # unsure: not shown; the supervised period ends in May 2018
)
# Đoàn kiểm tra của Ban Bí thư triển khai kế hoạch kiểm tra năm 2018 với Ban Thường vụ Tỉnh ủy Lạng Sơn (VietnamPlus, 7/6/2018) — https://www.vietnamplus.vn/trien-khai-quyet-dinh-kiem-tra-doi-voi-ban-thuong-vu-tinh-uy-lang-son/506794.vnp
FP18 = Doc(
    "Kế hoạch kiểm tra năm 2018 của Đoàn kiểm tra Ban Bí thư đối với Ban Thường vụ Tỉnh ủy Lạng Sơn (VietnamPlus, 7/6/2018)",
    "https://www.vietnamplus.vn/trien-khai-quyet-dinh-kiem-tra-doi-voi-ban-thuong-vu-tinh-uy-lang-son/506794.vnp",
    date="2018-06-07",
)
# Kết luận của Ban Thường vụ Tỉnh ủy Quảng Ngãi về lấy ý kiến góp ý vào văn kiện Đại hội (Báo Quảng Ngãi, 18/03/2020) — http://baoquangngai.vn/channel/2023/202003/thoi-gian-lay-y-kien-gop-y-vao-van-kien-dai-hoi-dai-bieu-dang-bo-tinh-lan-thu-xx-2993800/
FP19 = Doc(
    "Kết luận của Ban Thường vụ Tỉnh ủy Quảng Ngãi về thảo luận, lấy ý kiến góp ý vào văn kiện Đại hội XIII và Đại hội Đảng bộ tỉnh lần thứ XX (Báo Quảng Ngãi, 18/03/2020)",
    "http://baoquangngai.vn/channel/2023/202003/thoi-gian-lay-y-kien-gop-y-vao-van-kien-dai-hoi-dai-bieu-dang-bo-tinh-lan-thu-xx-2993800/",
    date="2020-03-18",
)
# Sở LĐ-TB&XH Phú Thọ lấy ý kiến nhân dân vào dự thảo Báo cáo chính trị Đại hội Đảng bộ tỉnh lần thứ XIX (theo Kế hoạch 05/KH-BTGTU) — https://soldtbxh.phutho.gov.vn/bai-viet/lay-y-kien-nhan-dan-gop-y-vao-du-thao-bao-cao-chinh-tri-dai-hoi-dang-bo-tinh-phu-tho-lan-thu-xix-nhiem-ky-2020-2025.html
FP20 = Doc(
    "Lấy ý kiến nhân dân góp ý dự thảo Báo cáo chính trị Đại hội Đảng bộ tỉnh Phú Thọ lần thứ XIX theo Kế hoạch 05/KH-BTGTU (Sở LĐ-TB&XH Phú Thọ, 16/06/2020)",
    "https://soldtbxh.phutho.gov.vn/bai-viet/lay-y-kien-nhan-dan-gop-y-vao-du-thao-bao-cao-chinh-tri-dai-hoi-dang-bo-tinh-phu-tho-lan-thu-xix-nhiem-ky-2020-2025.html",
    date="2020-06-16",
)
# Công văn ngày 23/9/2020 của Ban Thường vụ Tỉnh ủy Bình Định về công bố, lấy ý kiến nhân dân vào dự thảo Báo cáo chính trị (Cổng TTĐT tỉnh) — https://www.binhdinh.gov.vn/inetcloud/portal/main/page/gov/chitietdanhmuc.ivt?intl=vi&id=5f7bd6ce595468526e250c09
FP21 = Doc(
    "Công văn ngày 23/9/2020 của Ban Thường vụ Tỉnh ủy Bình Định về công bố, lấy ý kiến nhân dân vào dự thảo Báo cáo chính trị Đại hội Đảng bộ tỉnh lần thứ XX (Cổng TTĐT tỉnh)",
    "https://www.binhdinh.gov.vn/inetcloud/portal/main/page/gov/chitietdanhmuc.ivt?intl=vi&id=5f7bd6ce595468526e250c09",
    date="2020-09-23",
)
# Tổ Biên tập Văn kiện Đại hội Đảng bộ tỉnh Thái Nguyên lần thứ XX: công khai dự thảo Báo cáo chính trị (Báo Thái Nguyên, 28/3/2020) — http://m.baothainguyen.vn/tin-tuc/chinh-tri/tu-ngay-14-se-cong-khai-du-thao-bao-cao-chinh-tri-tren-cac-phuong-tien-thong-tin-truyen-thong-270068-97.html
FP22 = Doc(
    "Kết luận cuộc họp Tổ Biên tập Văn kiện Đại hội đại biểu Đảng bộ tỉnh Thái Nguyên lần thứ XX ngày 28/3/2020 (Báo Thái Nguyên)",
    "http://m.baothainguyen.vn/tin-tuc/chinh-tri/tu-ngay-14-se-cong-khai-du-thao-bao-cao-chinh-tri-tren-cac-phuong-tien-thong-tin-truyen-thong-270068-97.html",
    date="2020-03-28",
)
# Lấy ý kiến nhân dân vào dự thảo văn kiện Đại hội XIII của Đảng (Tuổi Trẻ, 20/10/2020) — https://tuoitre.vn/lay-y-kien-nhan-dan-ve-van-kien-dai-hoi-dang-xiii-tu-nay-den-10-11-2020051909395469.htm
FP23 = Doc(
    "Hướng dẫn lấy ý kiến nhân dân vào dự thảo các văn kiện trình Đại hội XIII của Đảng (Tuổi Trẻ, 20/10/2020)",
    "https://tuoitre.vn/lay-y-kien-nhan-dan-ve-van-kien-dai-hoi-dang-xiii-tu-nay-den-10-11-2020051909395469.htm",
    date="2020-10-20",
)
# Kết luận 163-KL/TW ngày 6/6/2025 của Bộ Chính trị, Ban Bí thư: thời gian hoàn thành đại hội đảng bộ cấp cơ sở (Chinhphu.vn, 09/06/2025) — https://xaydungchinhsach.chinhphu.vn/thoi-gian-hoan-thanh-to-chuc-dai-hoi-dang-bo-cap-co-so-nam-2025-119250608095751094.htm
FP24 = Doc(
    "Kết luận 163-KL/TW ngày 6/6/2025 của Bộ Chính trị, Ban Bí thư về một số nội dung khi sắp xếp tổ chức bộ máy và đơn vị hành chính (Chinhphu.vn, 09/06/2025)",
    "https://xaydungchinhsach.chinhphu.vn/thoi-gian-hoan-thanh-to-chuc-dai-hoi-dang-bo-cap-co-so-nam-2025-119250608095751094.htm",
    date="2025-06-06",
)

# --- finance: public assets, state treasury, tax ----------------------------------------------------

# Kiểm kê thử nghiệm tài sản công năm 2024 của Bộ Tài chính (Báo Thanh tra) — https://thanhtra.com.vn/phap-luat/hoan-thien-the-che/nhung-don-vi-nao-thuoc-dien-kiem-ke-thu-nghiem-tai-san-cong-224976.html
FP25 = Doc(
    "Quyết định của Bộ Tài chính về kiểm kê thử nghiệm tài sản công năm 2024: đơn vị thuộc diện kiểm kê (Báo Thanh tra) (date approximate)",
    "https://thanhtra.com.vn/phap-luat/hoan-thien-the-che/nhung-don-vi-nao-thuoc-dien-kiem-ke-thu-nghiem-tai-san-cong-224976.html",
    date="2024-05-02",  # unsure: not shown; spring 2024
)
# Kiểm kê thử nghiệm tài sản công (Nhân Dân, 2024) — https://nhandan.vn/kiem-ke-thu-nghiem-tai-san-cong-post810840.html
FP26 = Doc(
    "Bộ Tài chính triển khai kiểm kê thử nghiệm tài sản công năm 2024: tiến độ (Nhân Dân) (date approximate)",
    "https://nhandan.vn/kiem-ke-thu-nghiem-tai-san-cong-post810840.html",
    date="2024-06-01",  # unsure: not shown; training done, fieldwork still running (ends 10/6/2024)
)
# Kế hoạch của UBND TPHCM kiểm kê tài sản công tại thời điểm 0 giờ ngày 1-1-2026 (SGGP, 18/11/2025) — https://www.sggp.org.vn/tphcm-chuan-bi-tong-kiem-ke-tai-san-cong-vao-dau-nam-2026-post824066.html
FP27 = Doc(
    "Kế hoạch của UBND TP Hồ Chí Minh triển khai kiểm kê tài sản công trên địa bàn (SGGP, 18/11/2025)",
    "https://www.sggp.org.vn/tphcm-chuan-bi-tong-kiem-ke-tai-san-cong-vao-dau-nam-2026-post824066.html",
    date="2025-11-18",
)
# Công văn 2961/BTC-QLCS của Bộ Tài chính về công khai tiến độ tổng kiểm kê tài sản công (Thời báo Tài chính Việt Nam, 12/3/2026) — https://thoibaotaichinhvietnam.vn/dinh-ky-cong-khai-tien-do-tong-kiem-ke-tai-san-cong-nam-2026-193601.html
FP28 = Doc(
    "Công văn 2961/BTC-QLCS ngày 12/3 của Bộ Tài chính về công khai tiến độ thực hiện tổng kiểm kê tài sản công (Thời báo Tài chính Việt Nam, 12/3/2026)",
    "https://thoibaotaichinhvietnam.vn/dinh-ky-cong-khai-tien-do-tong-kiem-ke-tai-san-cong-nam-2026-193601.html",
    date="2026-03-12",  # the article writes the letter's year as 2025; the article and its contents are of 2026
)
# Thông báo của Kho bạc Nhà nước An Giang về khóa sổ và quyết toán niên độ ngân sách 2019 — https://khobac.angiang.gov.vn/?p=1088
FP29 = Doc(
    "Thông báo của Kho bạc Nhà nước An Giang về khóa sổ và quyết toán niên độ ngân sách 2019, gửi các đơn vị giao dịch (date approximate)",
    "https://khobac.angiang.gov.vn/?p=1088",
    date="2020-01-02",  # unsure: not shown; after Công văn 641/KBAG-KSC of 16/12/2019, file named 04 2020
)
# Tổng cục Thuế: hệ thống nộp thuế điện tử vẫn hoạt động trong dịp Tết Nguyên đán 2015 (Thời báo Tài chính Việt Nam) — https://thoibaotaichinhvietnam.vn/he-thong-nop-thue-dien-tu-van-hoat-dong-trong-dip-tet-nguyen-dan-2015-49940.html
FP30 = Doc(
    "Thông báo của Tổng cục Thuế về hoạt động của hệ thống nộp thuế điện tử trong dịp Tết Nguyên đán Ất Mùi 2015 (Thời báo Tài chính Việt Nam) (date approximate)",
    "https://thoibaotaichinhvietnam.vn/he-thong-nop-thue-dien-tu-van-hoat-dong-trong-dip-tet-nguyen-dan-2015-49940.html",
    date="2015-02-10",  # unsure: not shown; before the make-up working day 14/2/2015
)

# --- planning and investment, public investment disbursement -------------------------------------

# Công văn 846/UBND-TH ngày 21/5/2019 của UBND tỉnh về báo cáo thực hiện và giải ngân kế hoạch đầu tư công năm 2019 (cổng Văn phòng UBND tỉnh) — http://113.160.144.194/detailNews.aspx?Cate=3&id=19262&lang=vi
FP31 = Doc(
    "Công văn 846/UBND-TH ngày 21/5/2019 của UBND tỉnh về báo cáo tình hình triển khai thực hiện và giải ngân kế hoạch đầu tư công năm 2019 (cổng thông tin của Văn phòng UBND tỉnh; tỉnh không ghi trên trang)",
    "http://113.160.144.194/detailNews.aspx?Cate=3&id=19262&lang=vi",
    date="2019-05-21",
)
# Văn bản của UBND tỉnh Quảng Nam về báo cáo giám sát, đánh giá đầu tư năm 2020 (Báo Quảng Nam) — https://baoquangnam.vn/kinh-te/khan-truong-tham-muu-bao-cao-giam-sat-danh-gia-dau-tu-nam-2020-108594.html
FP32 = Doc(
    "Văn bản của UBND tỉnh Quảng Nam yêu cầu khẩn trương tham mưu báo cáo giám sát, đánh giá đầu tư năm 2020 (Báo Quảng Nam) (date approximate)",
    "https://baoquangnam.vn/kinh-te/khan-truong-tham-muu-bao-cao-giam-sat-danh-gia-dau-tu-nam-2020-108594.html",
    date="2021-02-08",  # unsure: not shown; February 2021 (the 2020 report is due in February)
)
# Sở Kế hoạch và Đầu tư Hải Dương đôn đốc báo cáo nợ đọng xây dựng cơ bản trong xây dựng nông thôn mới (Báo Hải Dương, 05/01/2018) — https://baohaiduong.vn/kinh-te---tieu-dung/khan-truong-bao-cao-tinh-hinh-no-dong-xay-dung-nong-thon-moi-82687
FP33 = Doc(
    "Sở Kế hoạch và Đầu tư Hải Dương đôn đốc UBND cấp huyện báo cáo tình hình nợ đọng xây dựng cơ bản trong xây dựng nông thôn mới (Báo Hải Dương, 05/01/2018)",
    "https://baohaiduong.vn/kinh-te---tieu-dung/khan-truong-bao-cao-tinh-hinh-no-dong-xay-dung-nong-thon-moi-82687",
    date="2018-01-05",
)
# Gia Lai giải ngân vốn đầu tư công năm 2025: mục tiêu đến hết quý IV và đến 31-1-2026 (Báo Gia Lai, 26/8/2025) — https://baogialai.com.vn/gia-lai-giai-ngan-hon-9549-ty-dong-von-dau-tu-cong-post564778.html
FP34 = Doc(
    "Mục tiêu giải ngân kế hoạch vốn đầu tư công năm 2025 của tỉnh Gia Lai (Sở Tài chính; Báo Gia Lai, 26/8/2025)",
    "https://baogialai.com.vn/gia-lai-giai-ngan-hon-9549-ty-dong-von-dau-tu-cong-post564778.html",
    date="2025-08-26",
)
# Hải Dương sắp tổ chức sự kiện công bố quy hoạch tỉnh và xúc tiến đầu tư (Báo Pháp luật Việt Nam, 8/1/2024) — https://m.baophapluat.vn/hai-duong-sap-to-chuc-su-kien-cong-bo-quy-hoach-tinh-va-xuc-tien-dau-tu-post501301.amp
FP35 = Doc(
    "Kế hoạch tổ chức Hội nghị công bố Quy hoạch tỉnh Hải Dương thời kỳ 2021-2030 và xúc tiến đầu tư (Báo Pháp luật Việt Nam, 8/1/2024)",
    "https://m.baophapluat.vn/hai-duong-sap-to-chuc-su-kien-cong-bo-quy-hoach-tinh-va-xuc-tien-dau-tu-post501301.amp",
    date="2024-01-08",
)
# Dự thảo kế hoạch tổ chức hội nghị xúc tiến đầu tư năm 2022 của Sở KH-ĐT Bà Rịa - Vũng Tàu (Báo Bà Rịa - Vũng Tàu, 10/5/2022) — https://baobariavungtau.com.vn/kinh-te/202205/chuan-bi-chu-dao-cho-hoi-nghi-xuc-tien-dau-tu-950458
FP36 = Doc(
    "Dự thảo kế hoạch tổ chức hội nghị xúc tiến đầu tư và chương trình xúc tiến đầu tư năm 2022 của Sở KH-ĐT Bà Rịa - Vũng Tàu, họp ngày 10/5/2022 (Báo Bà Rịa - Vũng Tàu)",
    "https://baobariavungtau.com.vn/kinh-te/202205/chuan-bi-chu-dao-cho-hoi-nghi-xuc-tien-dau-tu-950458",
    date="2022-05-10",
)

# --- enterprises, industry and trade ---------------------------------------------------------------

# Chủ tịch UBND tỉnh Đắk Nông chuẩn bị Hội nghị đối thoại với doanh nghiệp nhân ngày Doanh nhân Việt Nam (Truyền hình Đắk Nông, 2021) — http://truyenhinhdaknong.vn/tin-tuc/dak-nong-chuan-bi-to-chuc-hoi-nghi-doi-thoai-nhan-ngay-doanh-nhan-viet-nam-8875.html
FP37 = Doc(
    "Chỉ đạo của Chủ tịch UBND tỉnh Đắk Nông chuẩn bị Hội nghị đối thoại trực tuyến với doanh nghiệp nhân ngày Doanh nhân Việt Nam 2021 (Truyền hình Đắk Nông) (date approximate)",
    "http://truyenhinhdaknong.vn/tin-tuc/dak-nong-chuan-bi-to-chuc-hoi-nghi-doi-thoai-nhan-ngay-doanh-nhan-viet-nam-8875.html",
    date="2021-09-15",  # unsure: not shown; September 2021, before the 30/9/2021 deadline
)
# Văn bản 1153/UBND-VP ngày 10/4/2020 của UBND tỉnh Hải Dương không tổ chức đối thoại với cộng đồng doanh nghiệp (Văn phòng UBND tỉnh) — http://vpubnd.haiduong.gov.vn/Modules/Article/ArticlePrint.aspx?ArticleID=27825
FP38 = Doc(
    "Văn bản 1153/UBND-VP ngày 10/4/2020 của UBND tỉnh Hải Dương về việc không thực hiện tổ chức đối thoại với cộng đồng doanh nghiệp trong 6 tháng đầu năm 2020 (Văn phòng UBND tỉnh)",
    "http://vpubnd.haiduong.gov.vn/Modules/Article/ArticlePrint.aspx?ArticleID=27825",
    date="2020-04-10",
)
# Kế hoạch 155/KH-CTĐP-SCT của Cục Công Thương địa phương và Sở Công Thương Quảng Bình bình chọn sản phẩm CNNT tiêu biểu khu vực miền Trung - Tây Nguyên năm 2020 — https://sct.quangbinh.gov.vn/3cms/trien-khai-ke-hoach-binh-chon-san-pham-cong-nghiep-nong-thon-tieu-bieu-khu-vuc-mien-trung---tay.htm
FP39 = Doc(
    "Kế hoạch 155/KH-CTĐP-SCT của Cục Công Thương địa phương và Sở Công Thương Quảng Bình tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu khu vực miền Trung - Tây Nguyên năm 2020 (Sở Công Thương Quảng Bình) (date approximate)",
    "https://sct.quangbinh.gov.vn/3cms/trien-khai-ke-hoach-binh-chon-san-pham-cong-nghiep-nong-thon-tieu-bieu-khu-vuc-mien-trung---tay.htm",
    date="2020-03-05",  # unsure: not shown; the schedule starts in March 2020
)
# Sở Công Thương Trà Vinh triển khai Kế hoạch bình chọn sản phẩm CNNT tiêu biểu tỉnh lần thứ V năm 2020 — https://sct.travinh.gov.vn/1438/38523/67564/605368/tin-chuyen-nganh/binh-chon-san-pham-cong-nghiep-nong-thon-tieu-bieu-tinh-tra-vinh-lan-thu-v-nam-2020
FP40 = Doc(
    "Chỉ đạo của Sở Công Thương Trà Vinh triển khai Kế hoạch bình chọn sản phẩm công nghiệp nông thôn tiêu biểu tỉnh lần thứ V năm 2020 (Quyết định 219/UBND-CNXD ngày 20/01/2020) (date approximate)",
    "https://sct.travinh.gov.vn/1438/38523/67564/605368/tin-chuyen-nganh/binh-chon-san-pham-cong-nghiep-nong-thon-tieu-bieu-tinh-tra-vinh-lan-thu-v-nam-2020",
    date="2020-02-20",  # unsure: not shown; after 20/01/2020, before the 25/3/2020 deadline
)
# Sở Công thương TP.HCM hỗ trợ doanh nghiệp tham gia Triển lãm quốc tế về công nghiệp hỗ trợ VSI Expo 2014 (Tuổi Trẻ) — https://tuoitre.vn/vsi-expo-2014.html
FP41 = Doc(
    "Sở Công thương TP.HCM thông tin về Triển lãm quốc tế về công nghiệp hỗ trợ Việt Nam VSI Expo 2014 (Tuổi Trẻ) (date approximate)",
    "https://tuoitre.vn/vsi-expo-2014.html",
    date="2014-08-20",  # unsure: not shown; at a press conference before the exhibition
)

# --- science and technology ------------------------------------------------------------------------

# UBND tỉnh Khánh Hòa họp về kế hoạch tổ chức Techfest vùng Nam Trung Bộ và Tây Nguyên năm 2022 (Cổng Đổi mới sáng tạo Khánh Hòa) — https://innokhanhhoa.vn/doi-thoi-gian-to-chuc-chuong-trinh-techfest-2022/
FP42 = Doc(
    "Kết luận của Phó Chủ tịch Thường trực UBND tỉnh Khánh Hòa về kế hoạch tổ chức Chương trình Techfest vùng Nam Trung Bộ và Tây Nguyên năm 2022, họp chiều 21/7/2022 (innokhanhhoa.vn)",
    "https://innokhanhhoa.vn/doi-thoi-gian-to-chuc-chuong-trinh-techfest-2022/",
    date="2022-07-21",
)
# Sở KH-CN Đồng Nai họp báo về Techfest Đồng Nai năm 2025 (SGGP, 3/10/2025) — https://www.sggp.org.vn/dong-nai-lap-quy-hoach-khu-doi-moi-sang-tao-300ha-post816174.html
FP43 = Doc(
    "Sở KH-CN Đồng Nai thông tin về Ngày hội Khoa học, Công nghệ, Đổi mới sáng tạo và Chuyển đổi số tỉnh Đồng Nai năm 2025 (SGGP, 3/10/2025)",
    "https://www.sggp.org.vn/dong-nai-lap-quy-hoach-khu-doi-moi-sang-tao-300ha-post816174.html",
    date="2025-10-03",
)

# === cells, in the order of each document ==========================================================

# FP01 Điều tra doanh nghiệp 2022
F01_1 = Cell(FP01, "Từ 15/4 đến hết ngày 30/5/2022", "W 2022-04-15..2022-05-30")
F01_2 = Cell(FP01, "dự kiến Quý I/2023", "W 2023-01-01..2023-03-31")
# FP02 Tổng điều tra kinh tế 2021 giai đoạn 2 (Đà Nẵng)
F02_1 = Cell(FP02, "Từ ngày 01/7/2021 đến ngày 31/7/2021", "W 2021-07-01..2021-07-31")
F02_2 = Cell(FP02, "vào tháng 02/2022", "W 2022-02-01..2022-02-28")
# FP03 Điều tra doanh nghiệp 2024, Bà Rịa - Vũng Tàu
F03_1 = Cell(FP03, "trước ngày 30/6", "D 2024-06-29")
F03_2 = Cell(FP03, "dự kiến từ 1/4 đến 31/5", "W 2024-04-01..2024-05-31")
F03_3 = Cell(FP03, "hoàn thành trước 30/6", "D 2024-06-29")
# FP04 Điều tra nông thôn, nông nghiệp giữa kỳ 2020
F04_1 = Cell(FP04, "bắt đầu từ 0 giờ ngày 01/7/2020", "O 2020-07-01T00:00")
# FP05 Điều tra doanh nghiệp 2023
F05_1 = Cell(FP05, "Từ ngày 1/4", "O 2023-04-01")
# FP06 Tổng điều tra kinh tế 2021 giai đoạn II (PLVN)
F06_1 = Cell(FP06, "Hôm nay (1/7)", "O 2021-07-01")
F06_2 = Cell(FP06, "Từ ngày 1 - 30/7/2021", "W 2021-07-01..2021-07-30")
# FP07 Tổng điều tra kinh tế 2026
F07_1 = Cell(FP07, "Từ ngày 5/1", "O 2026-01-05")
F07_2 = Cell(FP07, "bắt đầu từ ngày 5/1/2026", "O 2026-01-05")
F07_3 = Cell(FP07, "Giai đoạn 1 (từ ngày 5/1/2026 đến hết ngày 31/3/2026)", "W 2026-01-05..2026-03-31")
F07_4 = Cell(FP07, "Giai đoạn 2 (từ ngày 1/4/2026 đến hết ngày 31/8/2026)", "W 2026-04-01..2026-08-31")
F07_5 = Cell(FP07, "vào tháng 1/2027", "W 2027-01-01..2027-01-31")
F07_6 = Cell(FP07, "vào quý 3/2027", "W 2027-07-01..2027-09-30")
# FP08 Ra quân Tổng điều tra kinh tế 2026
F08_1 = Cell(FP08, "từ ngày 1-4 đến hết ngày 31-8", "W 2026-04-01..2026-08-31")
F08_2 = Cell(FP08, "từ ngày 1-4 đến hết ngày 30-6", "W 2026-04-01..2026-06-30")
F08_3 = Cell(FP08, "từ ngày 1-4 đến hết ngày 31-5", "W 2026-04-01..2026-05-31")
# FP09 Kế hoạch TĐTKT 2026 điều chỉnh
F09_1 = Cell(FP09, "vào ngày 30/6/2026", "O 2026-06-30")

# FP10 Tỉnh ủy Hà Tĩnh, CV 2028-CV/TU
F10_1 = Cell(FP10, "vào tháng 5/2020", "W 2020-05-01..2020-05-31")
F10_2 = Cell(FP10, "vào giữa tháng 3/2020", "W 2020-03-11..2020-03-20")
# FP11 Hà Tĩnh, đại hội điểm cấp xã
F11_1 = Cell(FP11, "trong nửa đầu tháng 3/2020", "W 2020-03-01..2020-03-15")  # unsure: conventions name đầu/giữa/cuối tháng only; the first half of March is read as 1-15
# FP12 Chỉ thị 35, đại hội cơ sở
F12_1 = Cell(FP12, "bắt đầu từ tháng 4 và hoàn thành trước ngày 30-6", "W 2020-04-01..2020-06-29")  # unsure: a start and a deadline read as one window (the alternative is O 2020-04-01; D 2020-06-29); the year is 2020, the year of the congresses of Chỉ thị 35
# FP13 Nghệ An, Kế hoạch 207-KH/TU
F13_1 = Cell(FP13, "hoàn thành trước 10/3/2020", "D 2020-03-09")
F13_2 = Cell(FP13, "trước 30/4/2020", "D 2020-04-29")
F13_3 = Cell(FP13, "trước 30/6/2020", "D 2020-06-29")
F13_4 = Cell(FP13, "hoàn thành trước 30/5/2020", "D 2020-05-29")
F13_5 = Cell(FP13, "hoàn thành trước 30/3/2020", "D 2020-03-29")
F13_6 = Cell(FP13, "bắt đầu từ 01/5/2020 và hoàn thành trước ngày 30/6/2020", "W 2020-05-01..2020-06-29")  # unsure: a start and a deadline read as one window
F13_7 = Cell(FP13, "bắt đầu từ 01/7/2020 và hoàn thành trước ngày 31/8/2020", "W 2020-07-01..2020-08-30")  # unsure: as above
F13_8 = Cell(FP13, "hoàn thành trước ngày 31/10/2020", "D 2020-10-30")
# FP14 Thoại Sơn, Kế hoạch 155-KH/HU
F14_1 = Cell(FP14, "tháng 1-2020", "W 2020-01-01..2020-01-31")
F14_2 = Cell(FP14, "từ tháng 4 đến tháng 5-2020", "W 2020-04-01..2020-05-31")
F14_3 = Cell(FP14, "tháng 6 đến tháng 8-2020", "W 2020-06-01..2020-08-31")
# FP15 Châu Phú
F15_1 = Cell(FP15, "từ tháng 7 đến tháng 12-2019", "W 2019-07-01..2019-12-31")
F15_2 = Cell(FP15, "từ tháng 1 đến tháng 3-2020", "W 2020-01-01..2020-03-31")
F15_3 = Cell(FP15, "từ tháng 4 đến tháng 6-2020", "W 2020-04-01..2020-06-30")
F15_4 = Cell(FP15, "từ tháng 6 đến tháng 8-2020", "W 2020-06-01..2020-08-31")
F15_5 = Cell(FP15, "trước ngày 31-12-2019", "D 2019-12-30")
F15_6 = Cell(FP15, "trước ngày 31-1-2020", "D 2020-01-30")
# FP16 Tỉnh ủy Vĩnh Long giám sát
F16_1 = Cell(FP16, "Từ ngày 29/5- 1/6", "W 2018-05-29..2018-06-01")
F16_2 = Cell(FP16, "từ 29/5- 1/6/2018", "W 2018-05-29..2018-06-01")
# FP17 Hà Nam, giám sát chuyên đề
F17_1 = Cell(FP17, "vào 20/6", "O 2018-06-20")  # unsure: the year (2018) is taken from the supervised period "đến tháng 5/2018"
# FP18 Lạng Sơn, kiểm tra của Ban Bí thư
F18_1 = Cell(FP18, "trước ngày 30/6/2018", "D 2018-06-29")
# FP19 Quảng Ngãi, góp ý văn kiện
F19_1 = Cell(FP19, "trước ngày 15/6/2020", "D 2020-06-14")
F19_2 = Cell(FP19, "chậm nhất sau 10 ngày kết thúc đại hội", "ERR")  # unsure: each district's congress ends on its own day, none given in the document
# FP20 Phú Thọ, lấy ý kiến nhân dân
F20_1 = Cell(FP20, "Từ ngày 15/6/2020 đến hết ngày 25/6/2020", "W 2020-06-15..2020-06-25")
# FP21 Bình Định, lấy ý kiến nhân dân
F21_1 = Cell(FP21, "Từ ngày 25.9 đến ngày 5.10.2020", "W 2020-09-25..2020-10-05")
F21_2 = Cell(FP21, "Từ ngày 25.9 đến ngày 5.10.2020", "W 2020-09-25..2020-10-05")
# FP22 Thái Nguyên, Tổ Biên tập Văn kiện
F22_1 = Cell(FP22, "Từ ngày 1-4", "O 2020-04-01")
F22_2 = Cell(FP22, "(từ ngày 1 đến 15-4)", "W 2020-04-01..2020-04-15")
F22_3 = Cell(FP22, "(từ 15 đến 30-4)", "W 2020-04-15..2020-04-30")
# FP23 Văn kiện Đại hội XIII, lấy ý kiến nhân dân
F23_1 = Cell(FP23, "từ nay đến 10-11", "W 2020-10-20..2020-11-10")  # unsure: "từ nay" read as the document's date, 20/10/2020
F23_2 = Cell(FP23, "từ ngày 20-10 đến ngày 10-11", "W 2020-10-20..2020-11-10")
# FP24 Kết luận 163-KL/TW
F24_1 = Cell(FP24, "hoàn thành trước ngày 30/6/2025", "D 2025-06-29")

# FP25 Kiểm kê thử nghiệm (Thanh tra)
F25_1 = Cell(FP25, "ngày 1/5/2024", "O 2024-05-01")
F25_2 = Cell(FP25, "từ ngày 20/5 đến 10/6/2024", "W 2024-05-20..2024-06-10")
# FP26 Kiểm kê thử nghiệm (Nhân Dân)
F26_1 = Cell(FP26, "sẽ kết thúc vào 10/6", "D 2024-06-10")  # unsure: the end of an activity read as its deadline
F26_2 = Cell(FP26, "hoàn thiện kết quả vào 30/6", "O 2024-06-30")  # unsure: "vào" gives the day; a reader could also make it a deadline (D 2024-06-30)
# FP27 TPHCM kiểm kê tài sản công
F27_1 = Cell(FP27, "tại thời điểm 0 giờ ngày 1-1-2026", "O 2026-01-01T00:00")
F27_2 = Cell(FP27, "trước ngày 31-5-2026", "D 2026-05-30")
# FP28 Bộ Tài chính, công khai tiến độ tổng kiểm kê (12/3/2026 is a Thursday)
F28_1 = Cell(FP28, "tại thời điểm 0h00 ngày 1/1/2026", "O 2026-01-01T00:00")
F28_2 = Cell(
    FP28,
    "vào sáng Thứ Ba và sáng Thứ Sáu hàng tuần",
    "R O 2026-03-13 2026-03-17 2026-03-20 2026-03-24 ... 2027-03-12",
)
F28_3 = Cell(
    FP28,
    "vào 17 giờ ngày Thứ Hai và Thứ Năm hàng tuần",
    "R O 2026-03-12T17:00 2026-03-16T17:00 2026-03-19T17:00 2026-03-23T17:00 ... 2027-03-11T17:00",
)
# FP29 Kho bạc Nhà nước An Giang, khóa sổ niên độ 2019
F29_1 = Cell(FP29, "được thực hiện đến hết ngày 31/01/2020", "D 2020-01-31")
F29_2 = Cell(FP29, "đến hết ngày 31/01/2020", "D 2020-01-31")  # unsure: the advance balances "as at the end of 31/01/2020"; read as a deadline on that day
# FP30 Tổng cục Thuế, nộp thuế điện tử dịp Tết 2015
F30_1 = Cell(FP30, "ngày 14/2/2015 (Ngày làm bù)", "O 2015-02-14")
F30_2 = Cell(FP30, "Từ ngày 15-23/02/2015", "W 2015-02-15..2015-02-23")
F30_3 = Cell(FP30, "Từ ngày 24/2/2015", "O 2015-02-24")

# FP31 Công văn 846/UBND-TH
F31_1 = Cell(FP31, "trước ngày 23/5/2019", "D 2019-05-22")
F31_2 = Cell(FP31, "trước ngày 24/5/2019", "D 2019-05-23")
# FP32 Quảng Nam, giám sát đánh giá đầu tư
F32_1 = Cell(FP32, "trước ngày 28.2", "D 2021-02-27")
F32_2 = Cell(FP32, "trước ngày 22.2", "D 2021-02-21")
# FP33 Hải Dương, nợ đọng XDCB nông thôn mới
F33_1 = Cell(FP33, "chậm nhất ngày 25.12.2017", "D 2017-12-25")
# FP34 Gia Lai giải ngân
F34_1 = Cell(FP34, "đến hết quý IV-2025", "D 2025-12-31")
F34_2 = Cell(FP34, "đến hết ngày 31-1-2026", "D 2026-01-31")
# FP35 Hải Dương công bố quy hoạch tỉnh
F35_1 = Cell(FP35, "dự kiến diễn ra vào ngày 10/01", "O 2024-01-10")
# FP36 Bà Rịa - Vũng Tàu xúc tiến đầu tư 2022
F36_1 = Cell(FP36, "trong tháng 6/2022", "W 2022-06-01..2022-06-30")
F36_2 = Cell(FP36, "Năm 2022", "W 2022-01-01..2022-12-31")

# FP37 Đắk Nông, đối thoại doanh nghiệp
F37_1 = Cell(FP37, "nhân ngày doanh nhân Việt Nam 13/10", "O 2021-10-13")  # unsure: "nhân" (on the occasion of) read as the day itself
F37_2 = Cell(FP37, "trước ngày 30 tháng 9 năm 2021", "D 2021-09-29")
# FP38 Hải Dương, không đối thoại doanh nghiệp 6 tháng đầu năm
F38_1 = Cell(FP38, "trong 6 tháng đầu năm", "W 2020-01-01..2020-06-30")
F38_2 = Cell(FP38, "trong 6 tháng đầu năm 2020", "W 2020-01-01..2020-06-30")
# FP39 Quảng Bình, Kế hoạch 155/KH-CTĐP-SCT
F39_1 = Cell(FP39, "trong tháng 3/2020", "W 2020-03-01..2020-03-31")
F39_2 = Cell(FP39, "Từ 01/4-30/4/2020", "W 2020-04-01..2020-04-30")
F39_3 = Cell(FP39, "Từ 05/5-30/5/2020", "W 2020-05-05..2020-05-30")
F39_4 = Cell(FP39, "Từ 01/6-12/6/2020", "W 2020-06-01..2020-06-12")
F39_5 = Cell(FP39, "Ngày 02/7/2020", "O 2020-07-02")
# FP40 Trà Vinh, bình chọn sản phẩm CNNT
F40_1 = Cell(FP40, "trước ngày 25/3/2020", "D 2020-03-24")
F40_2 = Cell(FP40, "hạn chót là ngày 10/4/2020", "D 2020-04-10")
# FP41 VSI Expo 2014
F41_1 = Cell(FP41, "từ ngày 17 đến 19-9-2014", "W 2014-09-17..2014-09-19")

# FP42 Khánh Hòa, Techfest 2022
F42_1 = Cell(FP42, "từ ngày 29 và 30-7 chuyển sang ngày 19 và 20-8", "W 2022-08-19..2022-08-20")  # unsure: only the new days (19 and 20/8) go on the calendar; 29-30/7 are given up
F42_2 = Cell(FP42, "sang ngày 19 và 20-8", "W 2022-08-19..2022-08-20")
F42_3 = Cell(FP42, "trước ngày 30-7", "D 2022-07-29")
F42_4 = Cell(FP42, "trước ngày 5-8", "D 2022-08-04")
# FP43 Techfest Đồng Nai 2025
F43_1 = Cell(FP43, "diễn ra từ ngày 8 đến 10-10", "W 2025-10-08..2025-10-10")

CELLS = [
    F01_1, F01_2,
    F02_1, F02_2,
    F03_1, F03_2, F03_3,
    F04_1,
    F05_1,
    F06_1, F06_2,
    F07_1, F07_2, F07_3, F07_4, F07_5, F07_6,
    F08_1, F08_2, F08_3,
    F09_1,
    F10_1, F10_2,
    F11_1,
    F12_1,
    F13_1, F13_2, F13_3, F13_4, F13_5, F13_6, F13_7, F13_8,
    F14_1, F14_2, F14_3,
    F15_1, F15_2, F15_3, F15_4, F15_5, F15_6,
    F16_1, F16_2,
    F17_1,
    F18_1,
    F19_1, F19_2,
    F20_1,
    F21_1, F21_2,
    F22_1, F22_2, F22_3,
    F23_1, F23_2,
    F24_1,
    F25_1, F25_2,
    F26_1, F26_2,
    F27_1, F27_2,
    F28_1, F28_2, F28_3,
    F29_1, F29_2,
    F30_1, F30_2, F30_3,
    F31_1, F31_2,
    F32_1, F32_2,
    F33_1,
    F34_1, F34_2,
    F35_1,
    F36_1, F36_2,
    F37_1, F37_2,
    F38_1, F38_2,
    F39_1, F39_2, F39_3, F39_4, F39_5,
    F40_1, F40_2,
    F41_1,
    F42_1, F42_2, F42_3, F42_4,
    F43_1,
]
