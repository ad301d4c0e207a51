"""load_plan: a valid folder loads; each kind of mistake is reported with its place and a fix."""

from __future__ import annotations

import datetime as dt

import pytest

from kh_ical.errors import DataError
from kh_ical.loader import load_plan
from kh_ical.model import AgencyRef, EventStatus


def problems(make, edit=None, **kw) -> list[str]:
    """The problems load_plan reports, with the folder shown as "data"."""
    folder = make(edit, **kw)
    with pytest.raises(DataError) as info:
        load_plan(folder)
    return [str(p).replace(folder.as_posix(), "data") for p in info.value.problems]


def test_valid_folder_loads_into_typed_objects(tiny_data_dir):
    plan = load_plan(tiny_data_dir())
    assert plan.info.id == "99-KH/TEST" and plan.info.date == dt.date(2023, 5, 30)
    assert [t.id for t in plan.tasks] == ["I.1", "I.2", "II.1"]
    assert plan.tasks[0].lead_ref == AgencyRef(("so-vh", "ubnd-huyen"))
    assert plan.tasks[0].partners_ref == AgencyRef((), ("Các đơn vị có liên quan",))
    assert plan.tasks[1].partners_ref == AgencyRef(("so-vh",))  # by full name
    assert plan.tasks[2].partners == "" and plan.tasks[2].partners_ref == AgencyRef(())
    assert plan.section("I").events == ("su-kien-a",)
    assert plan.event("hoi-nghi").date is None and plan.event("hoi-nghi").status is EventStatus.UNKNOWN
    assert plan.agency("ubnd-huyen").members == ("huyen-a", "huyen-b")


def test_invalid_json_names_line_and_column(tiny_data_dir):
    text = '{\n  "plan": {\n    "id": "99-KH/TEST",\n  }\n}\n'
    assert problems(tiny_data_dir, raw={"tasks.json": text}) == [
        "data/tasks.json: dòng 4, cột 3: JSON sai cú pháp: tên trường phải viết trong ngoặc kép \"…\""
        " — tìm dấu phẩy, ngoặc kép hoặc ngoặc bị thiếu hay thừa ở đó hoặc ngay trước đó"
    ]


def test_every_unreadable_file_is_reported(tiny_data_dir):
    folder = tiny_data_dir(raw={"events.json": "[", "agencies.json": "{}x"})
    (folder / "tasks.json").unlink()
    with pytest.raises(DataError) as info:
        load_plan(folder)
    shown = [str(p).replace(folder.as_posix(), "data") for p in info.value.problems]
    assert shown == [
        "data/tasks.json: không có tệp này — tạo tệp (xem docs/data-files.md; kh-ical init tạo một ví dụ) hoặc chỉ đúng thư mục bằng --data THƯ_MỤC",
        "data/events.json: dòng 1, cột 2: JSON sai cú pháp: thiếu giá trị (hoặc thừa dấu phẩy trước dấu đóng ngoặc)"
        " — tìm dấu phẩy, ngoặc kép hoặc ngoặc bị thiếu hay thừa ở đó hoặc ngay trước đó",
        "data/agencies.json: dòng 1, cột 3: JSON sai cú pháp: còn nội dung sau khi dữ liệu đã kết thúc"
        " — tìm dấu phẩy, ngoặc kép hoặc ngoặc bị thiếu hay thừa ở đó hoặc ngay trước đó",
    ]


def test_missing_field(tiny_data_dir):
    def edit(d):
        del d["tasks.json"]["tasks"][0]["timing"]

    assert problems(tiny_data_dir, edit) == [
        'data/tasks.json: tasks[0] (I.1): thiếu trường "timing" — thêm "timing": "chữ"'
    ]


def test_mistyped_field(tiny_data_dir):
    def edit(d):
        d["tasks.json"]["tasks"][1]["lead"] = ["Báo Lai Châu"]
        d["agencies.json"]["agencies"][0]["group"] = "no"

    assert problems(tiny_data_dir, edit) == [
        'data/agencies.json: agencies[0] (so-vh).group: phải là true hoặc false, không phải chữ — viết dạng true hoặc false',
        'data/tasks.json: tasks[1] (I.2).lead: phải là "chữ", không phải danh sách […] — viết dạng "chữ"',
    ]


def test_misspelt_field_name(tiny_data_dir):
    def edit(d):
        d["tasks.json"]["tasks"][2]["partner"] = d["tasks.json"]["tasks"][2].pop("partners")

    assert problems(tiny_data_dir, edit) == [
        'data/tasks.json: tasks[2] (II.1).partner: trường lạ — có phải "partners"?',
        'data/tasks.json: tasks[2] (II.1): thiếu trường "partners" — thêm "partners": "chữ"',
    ]


def test_entry_that_is_not_an_object(tiny_data_dir):
    def edit(d):
        d["events.json"]["events"].append("hoi-nghi-2")

    assert problems(tiny_data_dir, edit) == [
        "data/events.json: events[2]: phải là đối tượng {…}, không phải chữ — xem docs/data-files.md"
    ]


@pytest.mark.parametrize(
    ("file", "key", "expected"),
    [
        ("tasks.json", "tasks",
         'data/tasks.json: tasks[1] (I.1).id: mã nhiệm vụ "I.1" bị trùng (đã có ở data/tasks.json: tasks[0] (I.1).id)'),
        ("events.json", "events",
         'data/events.json: events[1] (su-kien-a).id: mã sự kiện "su-kien-a" bị trùng'
         " (đã có ở data/events.json: events[0] (su-kien-a).id)"),
        ("agencies.json", "agencies",
         'data/agencies.json: agencies[1] (so-vh).id: mã cơ quan "so-vh" bị trùng'
         " (đã có ở data/agencies.json: agencies[0] (so-vh).id)"),
        ("tasks.json", "sections",
         'data/tasks.json: sections[1] (I).id: mã mục "I" bị trùng (đã có ở data/tasks.json: sections[0] (I).id)'),
    ],
)
def test_duplicate_ids(tiny_data_dir, file, key, expected):
    def edit(d):
        d[file][key][1]["id"] = d[file][key][0]["id"]

    found = problems(tiny_data_dir, edit)
    assert f"{expected} — mỗi mục một mã riêng, hoặc gộp hai mục làm một" in found


def test_unknown_section_and_event_references(tiny_data_dir):
    def edit(d):
        d["tasks.json"]["tasks"][2]["section"] = "IIl"
        d["tasks.json"]["sections"][0]["events"] = ["su-kien-b"]

    assert problems(tiny_data_dir, edit) == [
        'data/tasks.json: sections[0] (I).events[0]: không có sự kiện "su-kien-b"'
        ' — có phải "su-kien-a"? thêm sự kiện vào data/events.json hoặc sửa mã',
        'data/tasks.json: tasks[2] (II.1).section: không có mục "IIl"'
        ' — có phải "II"? dùng mã của một mục trong "sections"',
    ]


def test_impossible_and_misformatted_dates(tiny_data_dir):
    def edit(d):
        d["events.json"]["events"][0]["date"] = "2024-02-31"
        d["tasks.json"]["plan"]["date"] = "30/5/2023"

    assert problems(tiny_data_dir, edit) == [
        'data/events.json: events[0] (su-kien-a).date: ngày không có thật "2024-02-31"'
        " — ghi một ngày có thật (YYYY-MM-DD)",
        'data/tasks.json: plan.date: ngày "30/5/2023" không viết dạng YYYY-MM-DD — ghi "2023-05-30"',
    ]


def test_bad_status(tiny_data_dir):
    def edit(d):
        d["events.json"]["events"][0]["status"] = "confimed"

    assert problems(tiny_data_dir, edit) == [
        'data/events.json: events[0] (su-kien-a).status: trạng thái lạ "confimed"'
        ' — có phải "confirmed"? dùng một trong: confirmed, estimated, unknown'
    ]


def test_status_and_date_must_agree(tiny_data_dir):
    def edit(d):
        d["events.json"]["events"][1]["status"] = "estimated"

    assert problems(tiny_data_dir, edit) == [
        'data/events.json: events[1] (hoi-nghi).date: null (chưa có ngày) nhưng "status" là "estimated"'
        ' — ghi ngày (YYYY-MM-DD), hoặc đặt "status": "unknown"',
    ]


def test_a_date_with_status_unknown_is_kept_but_not_known(tiny_data_dir):
    def edit(d):
        d["events.json"]["events"][1]["date"] = "2023-08-01"

    event = load_plan(tiny_data_dir(edit)).event("hoi-nghi")
    assert event.date == dt.date(2023, 8, 1) and not event.known


def test_unknown_agency_with_suggestion(tiny_data_dir):
    def edit(d):
        d["tasks.json"]["tasks"][0]["lead"] = "Sở VH-TT; UBND các huyện"
        d["tasks.json"]["tasks"][1]["partners"] = "Sở Nội vụ, các đơn vị có liên quan"

    assert problems(tiny_data_dir, edit) == [
        'data/tasks.json: tasks[0] (I.1).lead: không biết cơ quan "Sở VH-TT"'
        ' — có phải "Sở VH,TT&DL"? Thêm nó vào data/agencies.json như một tên gọi khác (aliases) của cơ quan đó (hoặc sửa ô)',
        'data/tasks.json: tasks[1] (I.2).partners: không biết cơ quan "Sở Nội vụ"'
        ' — Thêm nó vào data/agencies.json: như một cơ quan mới, một tên gọi khác (aliases) của cơ quan đã có, hoặc trong "generic"',
    ]


def test_empty_cells(tiny_data_dir):
    """Only the task's text must be written: a blank timing, lead or partners cell
    is a real table's blank cell (check warns of the first two)."""
    def edit(d):
        d["tasks.json"]["tasks"][0]["content"] = ""
        d["tasks.json"]["tasks"][0]["timing"] = "  "
        d["tasks.json"]["tasks"][1]["lead"] = ""

    assert problems(tiny_data_dir, edit) == [
        "data/tasks.json: tasks[0] (I.1).content: ô trống — chép chữ trong ô như văn bản",
    ]


def test_blank_timing_lead_and_partners_load(tiny_data_dir):
    def edit(d):
        d["tasks.json"]["tasks"][1].update(timing="", lead="", partners="")

    task = load_plan(tiny_data_dir(edit)).tasks[1]
    assert (task.timing, task.lead, task.partners) == ("", "", "")
    assert task.lead_ref == task.partners_ref == AgencyRef(())


def test_lead_cell_with_only_generic_wording_loads(tiny_data_dir):
    def edit(d):
        d["tasks.json"]["tasks"][1]["lead"] = "Các đơn vị có liên quan"

    task = load_plan(tiny_data_dir(edit)).tasks[1]
    assert task.lead_ref == AgencyRef((), ("Các đơn vị có liên quan",))


def test_group_members_must_exist_and_be_agencies(tiny_data_dir):
    def edit(d):
        group = d["agencies.json"]["agencies"][2]
        group["members"] = ["huyen-a", "huyn-b", "ubnd-huyen"]
        d["agencies.json"]["agencies"][1]["members"] = ["huyen-a"]

    assert problems(tiny_data_dir, edit) == [
        'data/agencies.json: agencies[1] (bao-lai-chau).members: có danh sách "members" nhưng "group" là false'
        ' — đặt "group": true, hoặc để trống danh sách',
        'data/agencies.json: agencies[2] (ubnd-huyen).members[1]: không có cơ quan mã "huyn-b"'
        ' — có phải "huyen-b"? thêm cơ quan đó vào danh sách, hoặc sửa mã',
        'data/agencies.json: agencies[2] (ubnd-huyen).members[2]: "ubnd-huyen" là một nhóm;'
        " thành viên của nhóm phải là cơ quan — ghi các thành viên của nhóm đó vào đây",
    ]


@pytest.mark.parametrize("bad", ["tat-ca", "index"])
def test_reserved_agency_ids(tiny_data_dir, bad):
    def edit(d):
        d["agencies.json"]["agencies"][3]["id"] = bad
        d["agencies.json"]["agencies"][2]["members"] = [bad, "huyen-b"]

    found = problems(tiny_data_dir, edit)
    assert found[0] == (
        f'data/agencies.json: agencies[3] ({bad}).id: mã "{bad}" đã dành riêng (tệp {bad}.* đã có chỗ dùng)'
        " — chọn mã khác"
    )


def test_ids_must_be_slugs(tiny_data_dir):
    def edit(d):
        d["agencies.json"]["agencies"][1]["id"] = "Báo-LC"

    assert problems(tiny_data_dir, edit)[0] == (
        'data/agencies.json: agencies[1] (Báo-LC).id: mã "Báo-LC" không hợp lệ'
        ' — chỉ dùng chữ thường không dấu, chữ số và gạch nối (ví dụ "bao-lai-chau")'
    )


def test_task_id_must_match_its_section(tiny_data_dir):
    def edit(d):
        d["tasks.json"]["tasks"][1]["id"] = "II.2"
        d["tasks.json"]["tasks"][2]["id"] = "II.x"

    assert problems(tiny_data_dir, edit) == [
        'data/tasks.json: tasks[1] (II.2).id: mã nhiệm vụ "II.2" không khớp với mục "I" của nó'
        ' — đánh số các nhiệm vụ của mục I là "I.1", "I.2", …',
        'data/tasks.json: tasks[2] (II.x).id: mã nhiệm vụ "II.x" không khớp với mục "II" của nó'
        ' — đánh số các nhiệm vụ của mục II là "II.1", "II.2", …',
    ]


def test_one_name_for_two_agencies(tiny_data_dir):
    def edit(d):
        d["agencies.json"]["agencies"][3]["aliases"] = ["báo lai  châu"]

    assert problems(tiny_data_dir, edit) == [
        'data/agencies.json: tên "báo lai  châu" vừa thuộc cơ quan "bao-lai-chau" vừa thuộc cơ quan "huyen-a"'
        " — chỉ giữ tên ở một chỗ, để mỗi ô chỉ đọc được một cách"
    ]


@pytest.mark.parametrize("rule", ["FREQ=SECONDLY", "FREQ=HOURLY;INTERVAL=1", "FREQ=DAILY;BYSETPOS=1"])
def test_publication_rules_below_daily_or_unknown_parts_are_refused(tiny_data_dir, rule):
    def edit(d):
        d["agencies.json"]["agencies"][1]["publication_rrule"] = rule

    assert problems(tiny_data_dir, edit)[0].startswith(
        "data/agencies.json: agencies[1] (bao-lai-chau).publication_rrule: lịch lặp không hợp lệ")


def test_rrule_and_timezone_are_checked(tiny_data_dir):
    def edit(d):
        d["agencies.json"]["agencies"][1]["publication_rrule"] = "FREQ=SOMETIMES"
        d["tasks.json"]["plan"]["timezone"] = "Asia/Hanoi City"

    found = problems(tiny_data_dir, edit)
    assert found[0].startswith("data/agencies.json: agencies[1] (bao-lai-chau).publication_rrule: "
                               "lịch lặp không hợp lệ 'FREQ=SOMETIMES': FREQ phải là YEARLY, MONTHLY, WEEKLY hoặc DAILY")
    assert found[0].endswith('— ghi một quy tắc RFC 5545 như "FREQ=WEEKLY;BYDAY=MO,WE,FR", hoặc null')
    assert found[1] == ('data/tasks.json: plan.timezone: múi giờ lạ "Asia/Hanoi City"'
                        ' — dùng tên IANA, ví dụ "Asia/Ho_Chi_Minh"')


def test_publication_schedule_is_loaded(tiny_data_dir):
    def edit(d):
        d["agencies.json"]["agencies"][1]["publication_rrule"] = "FREQ=WEEKLY;BYDAY=MO,WE,FR"
        d["agencies.json"]["agencies"][1]["publication_start"] = "2023-01-02"

    agency = load_plan(tiny_data_dir(edit)).agency("bao-lai-chau")
    assert agency.publication_rrule == "FREQ=WEEKLY;BYDAY=MO,WE,FR"
    assert agency.publication_start == dt.date(2023, 1, 2)


def test_every_problem_of_every_file_in_one_run(tiny_data_dir):
    def edit(d):
        d["tasks.json"]["tasks"][0]["lead"] = "Sở VH-TT"
        d["tasks.json"]["tasks"][2]["content"] = ""
        d["events.json"]["events"][0]["date"] = "2024-13-01"
        d["agencies.json"]["agencies"][2]["members"] = ["huyen-z"]

    found = problems(tiny_data_dir, edit)
    assert len(found) == 4
    assert [f.split(":")[0] + ":" + f.split(":")[1] for f in found] == [
        "data/events.json: events[0] (su-kien-a).date",
        "data/agencies.json: agencies[2] (ubnd-huyen).members[0]",
        "data/tasks.json: tasks[0] (I.1).lead",
        "data/tasks.json: tasks[2] (II.1).content",
    ]


def test_error_text_lists_the_count(tiny_data_dir):
    def edit(d):
        d["tasks.json"]["tasks"][0]["content"] = ""
        d["tasks.json"]["tasks"][1]["content"] = ""

    with pytest.raises(DataError) as info:
        load_plan(tiny_data_dir(edit))
    assert str(info.value).splitlines()[0] == "Dữ liệu có 2 lỗi:"


def test_top_level_must_be_an_object(tiny_data_dir):
    assert problems(tiny_data_dir, raw={"events.json": "[]"}) == [
        "data/events.json: (cấp ngoài cùng): phải là đối tượng {…}, không phải danh sách […] — xem docs/data-files.md"
    ]


def test_a_section_with_a_bad_field_still_holds_its_tasks(tiny_data_dir):
    def edit(d):
        d["tasks.json"]["sections"][1]["title"] = ""
        d["events.json"]["events"][0]["name"] = ""

    assert problems(tiny_data_dir, edit) == [
        "data/events.json: events[0] (su-kien-a).name: chữ trống — ghi nội dung, hoặc bỏ mục này",
        "data/tasks.json: sections[1] (II).title: chữ trống — ghi nội dung, hoặc bỏ mục này",
    ]


# --- what a real appendix has (issue 11) ----------------------------------------------


def _without_sections(d):
    tasks = d["tasks.json"]
    tasks["sections"] = []
    for n, task in enumerate(tasks["tasks"], 1):
        del task["section"]
        task["id"] = str(n)
    tasks["tasks"][0]["timing"] = "Từ tháng 6 đến hết tháng 8/2023"  # I.1's cell names a section's event


def test_table_without_sections_loads(tiny_data_dir):
    plan = load_plan(tiny_data_dir(_without_sections))
    assert plan.sections == ()
    assert [(t.id, t.section) for t in plan.tasks] == [("1", None), ("2", None), ("3", None)]


def test_without_sections_tasks_are_numbered_and_have_no_section(tiny_data_dir):
    def edit(d):
        _without_sections(d)
        d["tasks.json"]["tasks"][0]["id"] = "I.1"
        d["tasks.json"]["tasks"][1]["section"] = "I"
        d["tasks.json"]["tasks"][2]["id"] = "03"

    assert problems(tiny_data_dir, edit) == [
        'data/tasks.json: tasks[0] (I.1).id: mã nhiệm vụ "I.1" không phải một số'
        ' — kế hoạch không chia mục thì đánh số nhiệm vụ "1", "2", … như văn bản',
        'data/tasks.json: tasks[1] (2).section: kế hoạch không chia mục'
        ' — bỏ "section" khỏi mọi nhiệm vụ, hoặc liệt kê các mục trong "sections"',
        'data/tasks.json: tasks[2] (03).id: mã nhiệm vụ "03" không phải một số'
        ' — kế hoạch không chia mục thì đánh số nhiệm vụ "1", "2", … như văn bản',
    ]


def test_with_sections_every_task_names_one(tiny_data_dir):
    def edit(d):
        del d["tasks.json"]["tasks"][2]["section"]

    assert problems(tiny_data_dir, edit) == [
        'data/tasks.json: tasks[2] (II.1): thiếu trường "section" — thêm "section": "chữ"',
    ]


def test_extra_columns_load_in_the_table_order(tiny_data_dir):
    def edit(d):
        d["tasks.json"]["tasks"][0]["extra"] = {"Sản phẩm": "Phóng sự", "Ghi chú": "", "Kinh phí": "Ngân sách tỉnh"}

    plan = load_plan(tiny_data_dir(edit))
    assert plan.tasks[0].extra == (("Sản phẩm", "Phóng sự"), ("Ghi chú", ""), ("Kinh phí", "Ngân sách tỉnh"))
    assert plan.tasks[1].extra == ()


def test_extra_columns_are_text_under_a_header(tiny_data_dir):
    def edit(d):
        d["tasks.json"]["tasks"][0]["extra"] = {"Sản phẩm": 3, " ": "x", "Ghi chú": None}
        d["tasks.json"]["tasks"][1]["extra"] = ["Sản phẩm", "Phóng sự"]

    assert problems(tiny_data_dir, edit) == [
        'data/tasks.json: tasks[0] (I.1).extra["Sản phẩm"]: phải là chữ, không phải số'
        ' — ghi ô dạng "chữ" ("" nếu ô trống)',
        'data/tasks.json: tasks[0] (I.1).extra[" "]: tiêu đề cột trống'
        " — ghi tiêu đề cột như văn bản",
        'data/tasks.json: tasks[0] (I.1).extra["Ghi chú"]: phải là chữ, không phải null'
        ' — ghi ô dạng "chữ" ("" nếu ô trống)',
        'data/tasks.json: tasks[1] (I.2).extra: phải là {"header": "cell", …}, không phải danh sách […]'
        ' — viết dạng {"header": "cell", …}',
    ]


def test_timing_as_read_loads_beside_the_timing(tiny_data_dir):
    def edit(d):
        d["tasks.json"]["tasks"][2]["timing_as_read"] = "Quý IV/2023"
        d["tasks.json"]["tasks"][2]["timing"] = "Quý IV/2203"

    task = load_plan(tiny_data_dir(edit)).tasks[2]
    assert (task.timing, task.timing_as_read, task.timing_read, task.timing_field) == (
        "Quý IV/2203", "Quý IV/2023", "Quý IV/2023", "timing_as_read")
    plain = load_plan(tiny_data_dir()).tasks[2]
    assert (plain.timing_as_read, plain.timing_read, plain.timing_field) == (None, "Quý IV/2023", "timing")


def test_timing_as_read_must_be_text(tiny_data_dir):
    def edit(d):
        d["tasks.json"]["tasks"][0]["timing_as_read"] = " "
        d["tasks.json"]["tasks"][1]["timing_as_read"] = None

    assert problems(tiny_data_dir, edit) == [
        "data/tasks.json: tasks[0] (I.1).timing_as_read: chữ trống: trường này thay ô thời gian khi tính ngày"
        ' — ghi cách đọc ô ("Trước ngày 15/8/2023"), hoặc bỏ trường này',
        "data/tasks.json: tasks[1] (I.2).timing_as_read: không phải chữ mà là null: trường này thay ô thời gian khi tính ngày"
        ' — ghi cách đọc ô ("Trước ngày 15/8/2023"), hoặc bỏ trường này',
    ]


def test_group_without_members_loads(tiny_data_dir):
    """An empty group is a `check` warning (the importer proposes groups before
    anyone knows their members), not a loader problem."""
    def edit(d):
        d["agencies.json"]["agencies"][2]["members"] = []

    assert load_plan(tiny_data_dir(edit)).agency("ubnd-huyen").members == ()
