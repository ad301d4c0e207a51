"""Shared test fixtures and options (add fixtures; never change existing ones)."""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite tests/golden/ from the current output instead of comparing.",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when the run was started with `pytest --update-golden`."""
    return bool(request.config.getoption("--update-golden"))


# --- tiny data folder (data helper) -------------------------------------------------


def tiny_data_docs() -> dict:
    """Minimal valid contents of tasks.json, events.json, agencies.json (fresh copies)."""
    tasks = {
        "plan": {"id": "99-KH/TEST", "short_name": "KH 99", "issuer": "Ban Tuyên giáo Tỉnh ủy",
                 "date": "2023-05-30", "title": "Kế hoạch thử", "timezone": "Asia/Ho_Chi_Minh"},
        "sections": [
            {"id": "I", "title": "Kỷ niệm sự kiện A", "events": ["su-kien-a"]},
            {"id": "II", "title": "Tuyên truyền chung", "events": []},
        ],
        "tasks": [
            {"id": "I.1", "section": "I", "content": "Tuyên truyền", "lead": "Sở VH,TT&DL; UBND các huyện",
             "partners": "Các đơn vị có liên quan", "timing": "Hoàn thành trước sự kiện 10 ngày"},
            {"id": "I.2", "section": "I", "content": "Ra số báo", "lead": "Báo Lai Châu",
             "partners": "Sở Văn hóa, Thể thao và Du lịch", "timing": "Trên số báo gần nhất trước Hội nghị sơ kết"},
            {"id": "II.1", "section": "II", "content": "Biên soạn tài liệu", "lead": "Báo Lai Châu",
             "partners": "", "timing": "Quý IV/2023"},
        ],
    }
    events = {"events": [
        {"id": "su-kien-a", "name": "Kỷ niệm sự kiện A", "aliases": [], "date": "2024-01-01",
         "status": "confirmed", "source": "thử"},
        {"id": "hoi-nghi", "name": "Hội nghị sơ kết giữa nhiệm kỳ", "aliases": ["Hội nghị sơ kết"],
         "date": None, "status": "unknown", "source": ""},
    ]}
    agencies = {
        "agencies": [
            {"id": "so-vh", "name": "Sở Văn hóa, Thể thao và Du lịch", "short": "Sở VH,TT&DL",
             "aliases": ["Sở VH,TT&DL"], "group": False, "members": [], "publication_rrule": None},
            {"id": "bao-lai-chau", "name": "Báo Lai Châu", "short": "", "aliases": [], "group": False,
             "members": [], "publication_rrule": None},
            {"id": "ubnd-huyen", "name": "UBND các huyện", "short": "", "aliases": [], "group": True,
             "members": ["huyen-a", "huyen-b"], "publication_rrule": None},
            {"id": "huyen-a", "name": "UBND huyện A", "short": "", "aliases": [], "group": False,
             "members": [], "publication_rrule": None},
            {"id": "huyen-b", "name": "UBND huyện B", "short": "", "aliases": [], "group": False,
             "members": [], "publication_rrule": None},
        ],
        "generic": ["Các đơn vị có liên quan"],
    }
    return {"tasks.json": tasks, "events.json": events, "agencies.json": agencies}


@pytest.fixture
def tiny_data_dir(tmp_path):
    """Factory writing a small valid data folder; returns its path.

    `tiny_data_dir(edit)` lets `edit(docs)` change the parsed files first
    (docs["tasks.json"]["tasks"][0]["lead"] = …); `raw={"tasks.json": "{"}`
    writes a file's text as given instead.
    """
    import json

    def make(edit=None, *, raw=None, name="data"):
        folder = tmp_path / name
        folder.mkdir(parents=True, exist_ok=True)
        docs = tiny_data_docs()
        if edit is not None:
            edit(docs)
        for file, doc in docs.items():
            text = (raw or {}).get(file, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
            (folder / file).write_text(text, encoding="utf-8")
        return folder

    return make
