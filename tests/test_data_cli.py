"""`kh-ical agencies`, `kh-ical events`, `kh-ical events set` through click's CliRunner."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kh_ical.cli import cli


def run(folder, *args):
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output.replace(folder.as_posix(), "data")


def test_agencies_lists_counts_groups_and_cells(tiny_data_dir):
    folder = tiny_data_dir()
    code, out = run(folder, "agencies", "--data", str(folder))
    assert code == 0
    assert out.splitlines() == [
        "5 cơ quan (1 nhóm), 3 nhiệm vụ:",
        "Sở VH,TT&DL [so-vh]: chủ trì 1, phối hợp 1",
        "  ô chủ trì “Sở VH,TT&DL; UBND các huyện”: I.1",
        "  ô phối hợp “Sở Văn hóa, Thể thao và Du lịch”: I.2",
        "Báo Lai Châu [bao-lai-chau]: chủ trì 2, phối hợp 0",
        "  ô chủ trì “Báo Lai Châu”: I.2, II.1",
        "UBND các huyện [ubnd-huyen] (nhóm): chủ trì 1, phối hợp 0",
        "  thành viên: UBND huyện A, UBND huyện B",
        "  ô chủ trì “Sở VH,TT&DL; UBND các huyện”: I.1",
        "UBND huyện A [huyen-a]: chủ trì 1, phối hợp 0",
        "  thuộc nhóm: UBND các huyện",
        "UBND huyện B [huyen-b]: chủ trì 1, phối hợp 0",
        "  thuộc nhóm: UBND các huyện",
    ]


def test_events_lists_dates_status_and_hanging_tasks(tiny_data_dir):
    folder = tiny_data_dir()
    code, out = run(folder, "events", "--data", str(folder))
    assert code == 0
    assert out.splitlines() == [
        "2 sự kiện:",
        "su-kien-a: Kỷ niệm sự kiện A",
        "  ngày: 01/01/2024 (chính thức) · mục I",
        "  I.1: hạn 22/12/2023",
        "hoi-nghi: Hội nghị sơ kết giữa nhiệm kỳ",
        "  ngày: chưa biết · không thuộc mục nào",
        "  I.2 Số báo: chưa có ngày",
        "  → đặt ngày: kh-ical events set hoi-nghi YYYY-MM-DD --data data",
    ]


def test_events_set_changes_the_file_and_says_what_moves(tiny_data_dir):
    folder = tiny_data_dir()
    code, out = run(folder, "events", "set", "hoi-nghi", "2023-08-01", "--status", "estimated", "--data", str(folder))
    assert code == 0
    assert out.splitlines() == [
        "Đã đổi sự kiện hoi-nghi (Hội nghị sơ kết giữa nhiệm kỳ): chưa biết → 01/08/2023 (dự kiến)"
        " trong data/events.json.",
        "1 mục lịch thay đổi, trong 3 lịch:",
        "  I.2 Số báo: chưa có ngày → ngày 31/07/2023 (dự kiến) · lịch: bao-lai-chau, so-vh, tat-ca",
        "Chạy `kh-ical build --data data` để cập nhật các lịch.",
    ]
    event = json.loads((folder / "events.json").read_text(encoding="utf-8"))["events"][1]
    assert (event["date"], event["status"]) == ("2023-08-01", "estimated")


def test_events_set_takes_data_before_the_subcommand(tiny_data_dir):
    folder = tiny_data_dir()
    code, out = run(folder, "events", "--data", str(folder), "set", "su-kien-a", "2024-01-05")
    assert code == 0
    assert out.splitlines()[:3] == [
        "Đã đổi sự kiện su-kien-a (Kỷ niệm sự kiện A): 01/01/2024 (chính thức) → 05/01/2024 (chính thức)"
        " trong data/events.json.",
        "1 mục lịch thay đổi, trong 5 lịch:",
        "  I.1: hạn 22/12/2023 → hạn 26/12/2023 · lịch: huyen-a, huyen-b, so-vh, ubnd-huyen, tat-ca",
    ]
    code, out = run(folder, "events", "--data", str(folder), "set", "su-kien-a", "2024-01-05")
    assert (code, out) == (0, "Sự kiện su-kien-a đã có ngày 05/01/2024 (chính thức): không có gì thay đổi.\n")


def test_events_set_unknown_event_is_an_error_line(tiny_data_dir):
    folder = tiny_data_dir()
    code, out = run(folder, "events", "set", "su-kien", "2024-01-05", "--data", str(folder))
    assert code == 1
    assert out.splitlines() == [
        "Lỗi: Dữ liệu có 1 lỗi:",
        '  data/events.json: không có sự kiện "su-kien" — có phải "su-kien-a"? các sự kiện có: su-kien-a, hoi-nghi',
    ]


def test_events_set_rejects_an_impossible_date(tiny_data_dir):
    folder = tiny_data_dir()
    before = (folder / "events.json").read_bytes()
    code, out = run(folder, "events", "set", "su-kien-a", "2024-02-31", "--data", str(folder))
    assert code == 2
    assert out.splitlines()[-1] == (
        "Lỗi: Giá trị không hợp lệ cho 'YYYY-MM-DD': “2024-02-31” không phải ngày có thật viết dạng YYYY-MM-DD (vd. 2024-01-03)"
    )
    assert (folder / "events.json").read_bytes() == before


def test_bad_data_is_reported_with_places(tiny_data_dir):
    def edit(d):
        d["tasks.json"]["tasks"][0]["lead"] = "Sở VH-TT"
        d["events.json"]["events"][0]["date"] = "2024-02-31"

    folder = tiny_data_dir(edit)
    for command in (["agencies"], ["events"]):
        code, out = run(folder, *command, "--data", str(folder))
        assert code == 1
        assert out.splitlines() == [
            "Lỗi: Dữ liệu có 2 lỗi:",
            '  data/events.json: events[0] (su-kien-a).date: ngày không có thật "2024-02-31"'
            " — ghi một ngày có thật (YYYY-MM-DD)",
            '  data/tasks.json: tasks[0] (I.1).lead: không biết cơ quan "Sở VH-TT" — có phải "Sở VH,TT&DL"?'
            " Thêm nó vào data/agencies.json như một tên gọi khác (aliases) của cơ quan đó (hoặc sửa ô)",
        ]


def test_shipped_data_commands_run(monkeypatch):
    """The default --data is ./data: run from the repository root."""
    from pathlib import Path

    monkeypatch.chdir(Path(__file__).resolve().parent.parent)
    agencies = CliRunner().invoke(cli, ["agencies"])
    events = CliRunner().invoke(cli, ["events"])
    assert agencies.exit_code == 0 and events.exit_code == 0
    assert agencies.output.splitlines()[0] == "50 cơ quan (5 nhóm), 38 nhiệm vụ:"
    assert "Sở VH,TT&DL [so-van-hoa-the-thao-va-du-lich]: chủ trì 6, phối hợp 0" in agencies.output.splitlines()
    lines = events.output.splitlines()
    assert lines[:5] == [
        "7 sự kiện:",
        "hoi-nghi-so-ket-giua-nhiem-ky: Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ tỉnh"
        " lần thứ XIV",
        "  ngày: chưa biết · mục I",
        "  I.3 Số báo: chưa có ngày",
        "  → đặt ngày: kh-ical events set hoi-nghi-so-ket-giua-nhiem-ky YYYY-MM-DD",
    ]
    assert "  III.17: hạn 02/01/2024 (dự kiến)" in lines


def test_readme_example_on_a_copy_of_the_shipped_data(tmp_path):
    import shutil
    from pathlib import Path

    folder = tmp_path / "data"
    shutil.copytree(Path(__file__).resolve().parent.parent / "data", folder)
    code, out = run(folder, "events", "set", "le-mit-tinh-ky-niem", "2024-01-05", "--status", "confirmed",
                    "--data", str(folder))
    assert code == 0
    assert out.splitlines() == [
        "Đã đổi sự kiện le-mit-tinh-ky-niem (Lễ mít tinh kỷ niệm 20 năm chia tách, thành lập tỉnh Lai Châu):"
        " 03/01/2024 (dự kiến) → 05/01/2024 (chính thức) trong data/events.json.",
        "1 mục lịch thay đổi, trong 2 lịch:",
        "  III.17: hạn 02/01/2024 (dự kiến) → hạn 04/01/2024 · lịch: bao-lai-chau, tat-ca",
        "Chạy `kh-ical build --data data` để cập nhật các lịch.",
    ]
