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
        "data/tasks.json: line 4, column 3: invalid JSON: Expecting property name enclosed in double quotes"
        " — look for a missing comma, quote or bracket there or just before"
    ]


def test_every_unreadable_file_is_reported(tiny_data_dir):
    folder = tiny_data_dir(raw={"events.json": "[", "agencies.json": "{}x"})
    (folder / "tasks.json").unlink()
    with pytest.raises(DataError) as info:
        load_plan(folder)
    shown = [str(p).replace(folder.as_posix(), "data") for p in info.value.problems]
    assert shown == [
        "data/tasks.json: file not found — create it (see README: data files) or pass --data DIR",
        "data/events.json: line 1, column 2: invalid JSON: Expecting value"
        " — look for a missing comma, quote or bracket there or just before",
        "data/agencies.json: line 1, column 3: invalid JSON: Extra data"
        " — look for a missing comma, quote or bracket there or just before",
    ]


def test_missing_field(tiny_data_dir):
    def edit(d):
        del d["tasks.json"]["tasks"][0]["timing"]

    assert problems(tiny_data_dir, edit) == [
        'data/tasks.json: tasks[0] (I.1): missing field "timing" — add "timing": "text"'
    ]


def test_mistyped_field(tiny_data_dir):
    def edit(d):
        d["tasks.json"]["tasks"][1]["lead"] = ["Báo Lai Châu"]
        d["agencies.json"]["agencies"][0]["group"] = "no"

    assert problems(tiny_data_dir, edit) == [
        'data/agencies.json: agencies[0] (so-vh).group: must be true or false, not text — write it as true or false',
        'data/tasks.json: tasks[1] (I.2).lead: must be "text", not a list — write it as "text"',
    ]


def test_misspelt_field_name(tiny_data_dir):
    def edit(d):
        d["tasks.json"]["tasks"][2]["partner"] = d["tasks.json"]["tasks"][2].pop("partners")

    assert problems(tiny_data_dir, edit) == [
        'data/tasks.json: tasks[2] (II.1).partner: unknown field — did you mean "partners"?',
        'data/tasks.json: tasks[2] (II.1): missing field "partners" — add "partners": "text"',
    ]


def test_entry_that_is_not_an_object(tiny_data_dir):
    def edit(d):
        d["events.json"]["events"].append("hoi-nghi-2")

    assert problems(tiny_data_dir, edit) == [
        "data/events.json: events[2]: must be an object {…}, not text — see README: data files"
    ]


@pytest.mark.parametrize(
    ("file", "key", "expected"),
    [
        ("tasks.json", "tasks",
         'data/tasks.json: tasks[1] (I.1).id: duplicate task id "I.1" (also at data/tasks.json: tasks[0] (I.1).id)'),
        ("events.json", "events",
         'data/events.json: events[1] (su-kien-a).id: duplicate event id "su-kien-a"'
         " (also at data/events.json: events[0] (su-kien-a).id)"),
        ("agencies.json", "agencies",
         'data/agencies.json: agencies[1] (so-vh).id: duplicate agency id "so-vh"'
         " (also at data/agencies.json: agencies[0] (so-vh).id)"),
        ("tasks.json", "sections",
         'data/tasks.json: sections[1] (I).id: duplicate section id "I" (also at data/tasks.json: sections[0] (I).id)'),
    ],
)
def test_duplicate_ids(tiny_data_dir, file, key, expected):
    def edit(d):
        d[file][key][1]["id"] = d[file][key][0]["id"]

    found = problems(tiny_data_dir, edit)
    assert f"{expected} — give each entry its own id, or merge the two" in found


def test_unknown_section_and_event_references(tiny_data_dir):
    def edit(d):
        d["tasks.json"]["tasks"][2]["section"] = "IIl"
        d["tasks.json"]["sections"][0]["events"] = ["su-kien-b"]

    assert problems(tiny_data_dir, edit) == [
        'data/tasks.json: sections[0] (I).events[0]: unknown event "su-kien-b"'
        ' — did you mean "su-kien-a"? add it to data/events.json or fix the id',
        'data/tasks.json: tasks[2] (II.1).section: unknown section "IIl"'
        ' — did you mean "II"? use the id of an entry of "sections"',
    ]


def test_impossible_and_misformatted_dates(tiny_data_dir):
    def edit(d):
        d["events.json"]["events"][0]["date"] = "2024-02-31"
        d["tasks.json"]["plan"]["date"] = "30/5/2023"

    assert problems(tiny_data_dir, edit) == [
        'data/events.json: events[0] (su-kien-a).date: impossible date "2024-02-31"'
        " — write a day that exists (YYYY-MM-DD)",
        'data/tasks.json: plan.date: date "30/5/2023" is not written YYYY-MM-DD — write "2023-05-30"',
    ]


def test_bad_status(tiny_data_dir):
    def edit(d):
        d["events.json"]["events"][0]["status"] = "confimed"

    assert problems(tiny_data_dir, edit) == [
        'data/events.json: events[0] (su-kien-a).status: unknown status "confimed"'
        ' — did you mean "confirmed"? use one of: confirmed, estimated, unknown'
    ]


def test_status_and_date_must_agree(tiny_data_dir):
    def edit(d):
        d["events.json"]["events"][1]["status"] = "estimated"

    assert problems(tiny_data_dir, edit) == [
        'data/events.json: events[1] (hoi-nghi).date: null but status is "estimated"'
        ' — write the date (YYYY-MM-DD), or set "status" to "unknown"',
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
        'data/tasks.json: tasks[0] (I.1).lead: unknown agency "Sở VH-TT"'
        ' — did you mean "Sở VH,TT&DL"? Add it as an alias in data/agencies.json (or correct the cell)',
        'data/tasks.json: tasks[1] (I.2).partners: unknown agency "Sở Nội vụ"'
        ' — Add it as an alias in data/agencies.json: as a new agency, an alias of one, or under "generic"',
    ]


def test_empty_cells(tiny_data_dir):
    """Only the task's text must be written: a blank timing, lead or partners cell
    is a real table's blank cell (check warns of the first two)."""
    def edit(d):
        d["tasks.json"]["tasks"][0]["content"] = ""
        d["tasks.json"]["tasks"][0]["timing"] = "  "
        d["tasks.json"]["tasks"][1]["lead"] = ""

    assert problems(tiny_data_dir, edit) == [
        "data/tasks.json: tasks[0] (I.1).content: empty cell — write the text as in the document",
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
        'data/agencies.json: agencies[1] (bao-lai-chau).members: members are listed but "group" is false'
        ' — set "group": true, or empty the list',
        'data/agencies.json: agencies[2] (ubnd-huyen).members[1]: unknown agency id "huyn-b"'
        ' — did you mean "huyen-b"? add that agency to the list, or fix the id',
        'data/agencies.json: agencies[2] (ubnd-huyen).members[2]: "ubnd-huyen" is a group;'
        " a group's members must be agencies — list that group's members here instead",
    ]


@pytest.mark.parametrize("bad", ["tat-ca", "index"])
def test_reserved_agency_ids(tiny_data_dir, bad):
    def edit(d):
        d["agencies.json"]["agencies"][3]["id"] = bad
        d["agencies.json"]["agencies"][2]["members"] = [bad, "huyen-b"]

    found = problems(tiny_data_dir, edit)
    assert found[0] == (
        f'data/agencies.json: agencies[3] ({bad}).id: id "{bad}" is reserved (feed file {bad}.* is taken)'
        " — choose another id"
    )


def test_ids_must_be_slugs(tiny_data_dir):
    def edit(d):
        d["agencies.json"]["agencies"][1]["id"] = "Báo-LC"

    assert problems(tiny_data_dir, edit)[0] == (
        'data/agencies.json: agencies[1] (Báo-LC).id: id "Báo-LC" is not a slug'
        ' — use lowercase ASCII letters, digits and hyphens (e.g. "bao-lai-chau")'
    )


def test_task_id_must_match_its_section(tiny_data_dir):
    def edit(d):
        d["tasks.json"]["tasks"][1]["id"] = "II.2"
        d["tasks.json"]["tasks"][2]["id"] = "II.x"

    assert problems(tiny_data_dir, edit) == [
        'data/tasks.json: tasks[1] (II.2).id: task id "II.2" does not match its section "I"'
        ' — number the tasks of section I as "I.1", "I.2", …',
        'data/tasks.json: tasks[2] (II.x).id: task id "II.x" does not match its section "II"'
        ' — number the tasks of section II as "II.1", "II.2", …',
    ]


def test_one_name_for_two_agencies(tiny_data_dir):
    def edit(d):
        d["agencies.json"]["agencies"][3]["aliases"] = ["báo lai  châu"]

    assert problems(tiny_data_dir, edit) == [
        'data/agencies.json: the name "báo lai  châu" belongs to both agency "bao-lai-chau" and agency "huyen-a"'
        " — keep it in one place only, so that cells can be read one way"
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
    assert found[0].endswith('— write an RFC 5545 rule such as "FREQ=WEEKLY;BYDAY=MO,WE,FR", or null')
    assert found[1] == ('data/tasks.json: plan.timezone: unknown time zone "Asia/Hanoi City"'
                        ' — use an IANA name such as "Asia/Ho_Chi_Minh"')


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
    assert str(info.value).splitlines()[0] == "2 problems in the data:"


def test_top_level_must_be_an_object(tiny_data_dir):
    assert problems(tiny_data_dir, raw={"events.json": "[]"}) == [
        "data/events.json: (top level): must be an object {…}, not a list — see README: data files"
    ]


def test_a_section_with_a_bad_field_still_holds_its_tasks(tiny_data_dir):
    def edit(d):
        d["tasks.json"]["sections"][1]["title"] = ""
        d["events.json"]["events"][0]["name"] = ""

    assert problems(tiny_data_dir, edit) == [
        "data/events.json: events[0] (su-kien-a).name: empty text — write it, or remove the entry",
        "data/tasks.json: sections[1] (II).title: empty text — write it, or remove the entry",
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
        'data/tasks.json: tasks[0] (I.1).id: task id "I.1" is not a number'
        ' — in a plan without sections, number the tasks "1", "2", … as in the document',
        'data/tasks.json: tasks[1] (2).section: the plan has no sections'
        ' — remove "section" from every task, or list the sections in "sections"',
        'data/tasks.json: tasks[2] (03).id: task id "03" is not a number'
        ' — in a plan without sections, number the tasks "1", "2", … as in the document',
    ]


def test_with_sections_every_task_names_one(tiny_data_dir):
    def edit(d):
        del d["tasks.json"]["tasks"][2]["section"]

    assert problems(tiny_data_dir, edit) == [
        'data/tasks.json: tasks[2] (II.1): missing field "section" — add "section": "text"',
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
        'data/tasks.json: tasks[0] (I.1).extra["Sản phẩm"]: must be text, not a number'
        ' — write the cell as "text" ("" when blank)',
        'data/tasks.json: tasks[0] (I.1).extra[" "]: empty column header'
        " — write the column's header as in the document",
        'data/tasks.json: tasks[0] (I.1).extra["Ghi chú"]: must be text, not null'
        ' — write the cell as "text" ("" when blank)',
        'data/tasks.json: tasks[1] (I.2).extra: must be {"header": "cell", …}, not a list'
        ' — write it as {"header": "cell", …}',
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
        "data/tasks.json: tasks[0] (I.1).timing_as_read: empty text: it replaces the timing cell for the resolver"
        ' — write how the cell is to be read ("Trước ngày 15/8/2023"), or remove the field',
        "data/tasks.json: tasks[1] (I.2).timing_as_read: not text but null: it replaces the timing cell for the"
        ' resolver — write how the cell is to be read ("Trước ngày 15/8/2023"), or remove the field',
    ]


def test_group_without_members_loads(tiny_data_dir):
    """An empty group is a `check` warning (the importer proposes groups before
    anyone knows their members), not a loader problem."""
    def edit(d):
        d["agencies.json"]["agencies"][2]["members"] = []

    assert load_plan(tiny_data_dir(edit)).agency("ubnd-huyen").members == ()
