"""Held-out real timing cells from plans (2023–2026), answers worked out by hand.
Collected without reading the resolver; scored once, not used to tune it."""
from tests.corpus.spec import Cell, Doc

_R = "https://github.com/LaHieu11/baucu-luongminh/blob/49d4227cbb44837d32238a40ec77adf9dd1ebbf3/src/assets/XaLM/"
_E = {"ngày bầu cử": "2026-03-15"}  # Ngày bầu cử ĐBQH khóa XVI và HĐND các cấp: Chủ nhật 15/3/2026

# Kế hoạch 16/KH-MTTQ-BTT ngày 18/11/2025 của Ban Thường trực Ủy ban MTTQ xã Lương Minh (Quảng Ninh) — thực hiện công tác bầu cử
D01 = Doc("Kế hoạch 16/KH-MTTQ-BTT ngày 18/11/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh, tỉnh Quảng Ninh (thực hiện công tác bầu cử ĐBQH khóa XVI và HĐND các cấp nhiệm kỳ 2026-2031)",
          _R + "18-11-KH%20thuc%20hien%20cong%20tac%20bau%20cu%20(L%C6%B0%C6%A1ng%20Minh).htm", date="2025-11-18")
# Kế hoạch ngày 25/11/2025 của Ban Thường trực Ủy ban MTTQ xã Lương Minh — các hội nghị hiệp thương
D02 = Doc("Kế hoạch ngày 25/11/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh, tỉnh Quảng Ninh (tổ chức các hội nghị hiệp thương, giới thiệu người ứng cử đại biểu HĐND xã nhiệm kỳ 2026-2031)",
          _R + "25-11-KH%20thuc%20hien%20HN%20hiep%20thuong%20(L%C6%B0%C6%A1ng%20Minh).htm", date="2025-11-25")
# Kế hoạch tháng 11/2025 của Ban Thường trực Ủy ban MTTQ phường Bắc Cam Ranh — kiểm tra, giám sát bầu cử (mirrored in the same repository)
D03 = Doc("Kế hoạch tháng 11/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam phường Bắc Cam Ranh (kiểm tra, giám sát công tác bầu cử ĐBQH khóa XVI và HĐND các cấp nhiệm kỳ 2026-2031) (date approximate: day left blank)",
          _R + "KE%CC%82%CC%81%20HOA%CC%A3CH%20KIE%CC%82%CC%89M%20TRA%2C%20GIA%CC%81M%20SA%CC%81T%20BA%CC%82%CC%80U%20CU%CC%9B%CC%89%20NHIE%CC%A3%CC%82M%20KY%CC%80%202026%20-%202031.htm",
          date="2025-11-01")
# Kế hoạch ngày 10/12/2025 của Ban Thường trực Ủy ban MTTQ xã Lương Minh — kiểm tra, giám sát công tác bầu cử
D04 = Doc("Kế hoạch ngày 10/12/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh, tỉnh Quảng Ninh (kiểm tra, giám sát công tác bầu cử ĐBQH khóa XVI và HĐND các cấp nhiệm kỳ 2026-2031)",
          _R + "KH%20Ki%E1%BB%83m%20tra%2C%20gi%C3%A1m%20s%C3%A1t%20c%C3%B4ng%20t%C3%A1c%20b%E1%BA%A7u%20c%E1%BB%AD%20%C4%91%E1%BA%A1i%20bi%E1%BB%83u%20Qu%E1%BB%91c%20h%E1%BB%99i%20kh%C3%B3a%20XVI%20v%C3%A0%20%C4%91%E1%BA%A1i%20bi%E1%BB%83u%20H%E1%BB%99i%20%C4%91%E1%BB%93ng%20nh%C3%A2n%20d%C3%A2n%20c%C3%A1c%20c%E1%BA%A5p%20nhi%E1%BB%87m%20k%E1%BB%B3%202026%20-%202031.htm",
          date="2025-12-10")
# Kế hoạch 01/KH-TBTTKT ngày 10/12/2025 của Tiểu ban thông tin, tuyên truyền, khánh tiết bầu cử xã Phố Bảng (Tuyên Quang)
D05 = Doc("Kế hoạch 01/KH-TBTTKT ngày 10/12/2025 của Tiểu ban thông tin, tuyên truyền, khánh tiết bầu cử xã Phố Bảng, tỉnh Tuyên Quang",
          _R + "KH%20Tieu%20ban%20tuy%C3%AAn%20truy%E1%BB%81n%20b%E1%BA%A7u%20c%E1%BB%AD%20%C4%91%E1%BA%A1i%20bi%E1%BB%83u%20QH%20v%C3%A0%20H%C4%90ND%20c%C3%A1c%20c%E1%BA%A5p.htm",
          date="2025-12-10")
# Kế hoạch ngày 10/12/2025 của Ban Thường trực Ủy ban MTTQ xã Lương Minh — tiếp công dân, xử lý đơn thư phục vụ bầu cử
D06 = Doc("Kế hoạch ngày 10/12/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh, tỉnh Quảng Ninh (tiếp công dân, xử lý đơn thư phục vụ bầu cử)",
          _R + "K%E1%BA%BF%20ho%E1%BA%A1ch%20ti%E1%BA%BFp%20c%C3%B4ng%20d%C3%A2n%2C%20x%E1%BB%AD%20l%C3%BD%20%C4%91%C6%A1n%20th%C6%B0%20ph%E1%BB%A5c%20v%E1%BB%A5%20b%E1%BA%A7u%20c%E1%BB%AD%20c%E1%BB%A7a%20Ban%20Th%C6%B0%E1%BB%9Dng%20tr%E1%BB%B1c%20%E1%BB%A6y%20ban%20MTTQ%20x%C3%A3%20L%C6%B0%C6%A1ng%20Minh.htm",
          date="2025-12-10")
# Kế hoạch tháng 01/2026 của Ban Thường trực Ủy ban MTTQ xã Lương Minh — hội nghị hiệp thương lần thứ hai
D07 = Doc("Kế hoạch tháng 01/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh, tỉnh Quảng Ninh (tổ chức hội nghị hiệp thương lần thứ hai) (date approximate: day left blank)",
          _R + "K%E1%BA%BF%20ho%E1%BA%A1ch%20t%E1%BB%95%20ch%E1%BB%A9c%20HN%20hi%E1%BB%87p%20th%C6%B0%C6%A1ng%20l%E1%BA%A7n%20th%E1%BB%A9%20hai.htm",
          date="2026-01-01")
# Kế hoạch ngày 12/01/2026 của Ban Thường trực Ủy ban MTTQ xã Lương Minh — hội nghị lấy ý kiến cử tri nơi cư trú
D08 = Doc("Kế hoạch ngày 12/01/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh, tỉnh Quảng Ninh (tổ chức hội nghị lấy ý kiến nhận xét và tín nhiệm của cử tri nơi cư trú đối với người ứng cử)",
          _R + "K%E1%BA%BF%20ho%E1%BA%A1ch%20t%E1%BB%95%20ch%E1%BB%A9c%20K%E1%BA%BF%20ho%E1%BA%A1ch%20t%E1%BB%95%20ch%E1%BB%A9c%20HN%20l%E1%BA%A5y%20%C3%BD%20ki%E1%BA%BFn%20CT%20n%C6%A1i%20c%C6%B0%20tr%C3%BA%20(Chu%E1%BA%A9n).htm",
          date="2026-01-12")

CELLS = [
    # D01: "- Thời gian hoàn thành/thực hiện: …" lines, in order (two exact repeats of "Quý I/2026;" skipped)
    Cell(D01, "- Thời gian hoàn thành: Dự kiến tháng 11/2025 (sau khi Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ban hành Hướng dẫn).",
         "D 2025-11-30"),  # unsure: "dự kiến" + "hoàn thành" — deadline at month end rather than a window
    Cell(D01, "- Thời gian hoàn thành: ngày Tháng 11/2025 (sau khi Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ban hành Hướng dẫn);",
         "D 2025-11-30"),
    Cell(D01, "- Thời gian hoàn thành: Tháng 11/2025 (sau khi Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ban hành Hướng dẫn).",
         "D 2025-11-30"),
    Cell(D01, "- Thời gian hoàn thành: Quý IV/2025 và Quý I/2026;",
         "D 2025-12-31; D 2026-03-31"),  # unsure: one deadline per quarter vs a single window Q4/2025..Q1/2026
    Cell(D01, "- Thời gian hoàn thành: Quý I/2026;", "D 2026-03-31"),
    Cell(D01, "- Thời gian thực hiện: Từ tháng 12/2025 đến quý I/2026.", "W 2025-12-01..2026-03-31"),
    Cell(D01, "- Thời gian hoàn thành: Quý IV/2025;", "D 2025-12-31"),
    Cell(D01, "- Thời gian hoàn thành: Quý IV/2025.", "D 2025-12-31"),

    # D02: one "- Thời gian: …" per conference
    Cell(D02, "- Thời gian: Dự kiến ngày 05/12/2025 (Chậm nhất ngày 10/12/2025 - 95 ngày trước bầu cử).",
         "O 2025-12-05; D 2025-12-10", _E),
    Cell(D02, "- Thời gian: Dự kiến ngày 30/01/2026 (Chậm nhất ngày 03/02/2026 - 40 ngày trước bầu cử).",
         "O 2026-01-30; D 2026-02-03", _E),
    Cell(D02, "- Thời gian: Dự kiến ngày 12/02/2026 (Chậm nhất ngày 20/02/2026 - 23 ngày trước bầu cử).",
         "O 2026-02-12; D 2026-02-20", _E),

    # D03: "* Thời gian thực hiện: …" per checked item, in order
    Cell(D03, "* Thời gian thực hiện: Từ khi thành lập đến khi kết thúc nhiệm vụ của Ủy ban bầu cử và các tổ chức phụ trách bầu cử của phường.",
         "U"),  # unsure: no dates given for the committee's start/end; treated as "during the process" (could be ERR)
    Cell(D03, "+ Đợt 1: Trong khoảng thời gian từ ngày 01/12/2025 đến ngày 14/12/2025.", "W 2025-12-01..2025-12-14"),
    Cell(D03, "+ Đợt 2: Trong khoảng thời gian từ ngày 02/02/2026 đến ngày 08/02/2026.", "W 2026-02-02..2026-02-08"),
    Cell(D03, "+ Đợt 3: Trong khoảng thời gian từ ngày 09/02/2026 đến ngày 20/02/2026.", "W 2026-02-09..2026-02-20"),
    Cell(D03, "* Thời gian thực hiện: Trong khoảng thời gian từ ngày 17/12/2025 đến 17 giờ 00, ngày 01/02/2026.",
         "W 2025-12-17..2026-02-01"),  # unsure: the window ends at 17:00 on 1/2, which a W item cannot carry
    Cell(D03, "* Thời gian thực hiện: Trong khoảng thời gian từ ngày 04/02/2026 đến ngày 08/02/2026.", "W 2026-02-04..2026-02-08"),
    Cell(D03, "* Thời gian thực hiện: Trong khoảng thời gian từ ngày 03/02/2026 đến ngày 15/03/2026", "W 2026-02-03..2026-03-15"),
    Cell(D03, "* Thời gian thực hiện: Trong khoảng thời gian từ ngày 22/02/2026 đến ngày 15/3/2026.", "W 2026-02-22..2026-03-15"),

    # D04: the three rounds (headings) and the dated parentheses inside their items, in order
    Cell(D04, "Từ ngày 05/12/2025 đến ngày 20/02/2026", "W 2025-12-05..2026-02-20"),
    Cell(D04, "(từ 17/12/2025 đến 25/01/2026)", "W 2025-12-17..2026-01-25"),
    Cell(D04, "Từ ngày 23/02/2026 đến ngày 14/3/2026", "W 2026-02-23..2026-03-14"),
    Cell(D04, "(từ 04/02/2026 đến 08/02/2026)", "W 2026-02-04..2026-02-08"),
    Cell(D04, "Từ ngày 15/3/2026 đến ngày bầu cử", "W 2026-03-15..2026-03-15", _E),
    # unsure: round 3 starts on election day itself (likely a typo in the plan); taken as written

    # D05: propaganda rounds, then the section's time line
    Cell(D05, "Trong tháng 12/2025", "W 2025-12-01..2025-12-31"),
    Cell(D05, "Từ tháng 01 đến ngày bầu cử 15/3/2026", "W 2026-01-01..2026-03-15", _E),
    Cell(D05, "Sau ngày bầu cử 15/3/2026", "O 2026-03-16", _E),  # unsure: open-ended "after the event" with no N; start the day after
    Cell(D05, "Thực hiện theo lộ trình tại phần (II) của Kế hoạch này.", "U"),

    # D06
    Cell(D06, "- Thời gian: Duy trì thường xuyên trong giờ hành chính suốt quá trình diễn ra bầu cử. Đặc biệt, phân công cán bộ trực (cả thứ Bảy, Chủ nhật) trong các thời điểm cao điểm: Niêm yết danh sách cử tri, niêm yết danh sách người ứng cử và những ngày sát ngày bầu cử.",
         "U"),
    Cell(D06, "(trong thời hạn 05 ngày kể từ ngày nhận đơn)", "ERR"),  # unsure: per-complaint limit, no date can be set (ERR vs U)
    Cell(D06, "(dừng xem xét hồ sơ người ứng cử trước ngày bầu cử 10 ngày)", "D 2026-03-05", _E),

    # D07: section IV (time) sentences, then dated tasks of section V
    Cell(D07, "- Theo quy định, Hội nghị hiệp thương lần thứ hai để thỏa thuận, lập danh sách sơ bộ những người ứng cử đại biểu Hội đồng nhân dân xã khóa II, nhiệm kỳ 2026 - 2031 được thực hiện trong ngày 02/02/2026 đến ngày 03/02/2026.",
         "W 2026-02-02..2026-02-03"),
    Cell(D07, "- Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã dự kiến tổ chức hội nghị vào ngày 02/02/2026.", "O 2026-02-02"),
    Cell(D07, "(hoàn thành chậm nhất ngày 01/02/2026)", "D 2026-02-01"),
    Cell(D07, "- Ngay sau hội nghị, gửi Biên bản hội nghị hiệp thương lần thứ hai và Danh sách sơ bộ những người ứng cử đến Thường trực HĐND, UBND, Ủy ban MTTQ tỉnh và Thường trực HĐND, Ủy ban Bầu cử xã chậm nhất ngày 04/02/2026",
         "D 2026-02-04"),

    # D08
    Cell(D08, "trong khoảng từ ngày 04/02/2026 đến ngày 08/02/2026", "W 2026-02-04..2026-02-08"),
    Cell(D08, "Chậm nhất là ngày 08 tháng 02 năm 2026", "D 2026-02-08"),
    Cell(D08, "Từ ngày 04/02/2026", "O 2026-02-04"),
    Cell(D08, "Từ ngày 05/02/2026 - 08/02/2026", "W 2026-02-05..2026-02-08"),
]
