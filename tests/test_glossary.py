"""docs/glossary.md is the one list of terms: kh_ical/terms.py holds each term it
fixes, and no text shown to people (code, templates, README, docs) uses a word it rejects."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8")
ROW = re.compile(r"^\|([^|\n]+)\|([^|\n]+)\|([^|\n]*)\|[^|\n]+\|$", re.M)
ROWS = [(concept.strip(), use.strip(), [w.strip() for w in avoid.split(",") if w.strip()])
        for concept, use, avoid in ROW.findall(GLOSSARY) if concept.strip() not in ("Khái niệm", "---")]


def _user_facing_files() -> list[Path]:
    """Everything that speaks to people; not the resolver, whose vocabulary is the documents'."""
    code = [p for p in (ROOT / "kh_ical").rglob("*.py") if "phrases" not in p.parts]
    pages = list((ROOT / "kh_ical" / "templates").iterdir())
    docs = [ROOT / "README.md", *(p for p in (ROOT / "docs").glob("*.md") if p.name != "glossary.md")]
    return code + pages + docs


def test_the_glossary_table_is_read():
    concepts = [c for c, _, _ in ROWS]
    assert {"event", "calendar entry", "approximate", "tentative / estimated"} <= set(concepts)


@pytest.mark.parametrize("concept, use", [(c, u) for c, u, _ in ROWS])
def test_every_term_has_its_home_in_terms_py(concept, use):
    terms = (ROOT / "kh_ical" / "terms.py").read_text(encoding="utf-8").casefold()
    assert f'"{use.casefold()}' in terms, f"{concept}: «{use}» is not in kh_ical/terms.py"


@pytest.mark.parametrize("concept, word", [(c, w) for c, _, avoid in ROWS for w in avoid])
def test_no_rejected_word_is_shown_to_people(concept, word):
    found = [str(p.relative_to(ROOT)) for p in _user_facing_files() if word in p.read_text(encoding="utf-8")]
    assert not found, f"«{word}» ({concept}): use the glossary's word instead, in {found}"


def test_build_counts_calendar_entries_not_events(tmp_path):
    """The issue's example: `build` said "286 sự kiện" for calendar entries."""
    from click.testing import CliRunner

    from kh_ical.cli import cli

    out = CliRunner().invoke(cli, ["build", "--data", str(ROOT / "data"), "--out", str(tmp_path)]).stdout
    assert re.search(r"\d+ mục lịch", out) and "sự kiện" not in out
