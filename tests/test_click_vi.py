"""Click's own words are Vietnamese: help pages, usage errors, the version line.

The table in kh_ical/cli/click_vi.py is checked against click's source, so that an
upgrade of click that adds, renames or stops translating a string fails here
instead of showing English to users."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kh_ical.cli import cli
from kh_ical.cli.base import load_all_commands
from kh_ical.cli.click_vi import CLICK_MODULES, CLICK_VI

CLICK_DIR = Path(click.__file__).parent
# Click strings a user of kh-ical never sees: programming mistakes in a CLI's
# declaration, prompts and features kh-ical does not use (editors, shell
# completion, deprecation, colours, file streams, pagers).
NOT_SHOWN = {
    "Could not determine name for option with declarations {decls!r}",
    "No options defined but a name was passed ({name}). Did you mean to declare an argument instead? "
    "Did you mean to pass '--{name}'?",
    "Arguments take exactly one parameter declaration, got {length}: {decls}.",
    "Name '{name}' defined twice",
    "Boolean option {decl!r} cannot use the same flag for true/false.",
    "Value must be an iterable.",
    "Takes {nargs} values but 1 was given.", "Takes {nargs} values but {len} were given.",
    "DeprecationWarning: The command {name!r} is deprecated.{extra_message}",
    "DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}",
    "Invalid start character for option ({option})",
    "Do you want to continue?", "Confirm the action without prompting.", "Press any key to continue...",
    "Unknown color {colour!r}", "Choice({choices})", "{value!r} is not a valid UUID.",
    "{name} {filename!r} is not executable.",
    "{len_type} values are required, but {len_value} was given.",
    "{len_type} values are required, but {len_value} were given.",
    "Unknown standard stream '{name}'", "Windows error: {error}", "{editor}: Editing failed",
    "{editor}: Editing failed: {e}", "Shell completion is not supported for Bash versions older than 4.4.",
    "Couldn't detect Bash version, shell completion is not supported.", "d",
}
# Spellings of older click 8 releases (pyproject allows click>=8.1).
OLDER_CLICK = {"No such option: {name}"}


def click_strings() -> set[str]:
    """Every literal click passes to gettext (`_(...)`, `ngettext(...)`)."""
    found = set()
    for path in CLICK_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext"):
                found |= {a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    return found


def test_every_string_click_shows_is_translated():
    missing = click_strings() - set(CLICK_VI) - NOT_SHOWN
    assert not missing, f"click strings without a Vietnamese text in click_vi.CLICK_VI: {sorted(missing)}"


def test_the_table_has_no_string_click_no_longer_uses():
    unused = set(CLICK_VI) - click_strings() - OLDER_CLICK - {"required"}  # "required": _(extra["required"])
    assert not unused, sorted(unused)


def test_translations_keep_their_placeholders():
    for msgid, text in CLICK_VI.items():
        wanted = set(re.findall(r"\{(\w+)", msgid)) | set(re.findall(r"%\((\w+)\)", msgid))
        kept = set(re.findall(r"\{(\w+)", text)) | set(re.findall(r"%\((\w+)\)", text))
        assert kept <= wanted, msgid
        if "number_type" not in wanted and "name" not in wanted:  # dropped on purpose: English type names
            assert kept == wanted, msgid


def test_every_click_module_is_switched_to_vietnamese():
    import importlib

    for name in CLICK_MODULES:
        module = importlib.import_module(name)
        assert module._("Usage:") == "Cách dùng:" if hasattr(module, "_") else True, name
        if hasattr(module, "ngettext"):
            assert module.ngettext("Missing argument", "x", 1) == "Thiếu đối số", name


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    load_all_commands()
    out = [prefix]
    for name, cmd in sorted(group.commands.items()):
        out += _commands(cmd, (*prefix, name)) if isinstance(cmd, click.Group) else [(*prefix, name)]
    return out


ENGLISH = re.compile(r"\b(the|and|of|to|with|for|is|are|this|Show|Usage|Options|Commands|Error|default|required|"
                     r"TEXT|INTEGER|DIRECTORY|FILE|PATH|OPTIONS|COMMAND|ARGS)\b")


@pytest.mark.parametrize("argv", _commands(cli), ids=lambda a: " ".join(a) or "kh-ical")
def test_help_is_vietnamese(argv):
    result = CliRunner().invoke(cli, [*argv, "--help"], prog_name="kh-ical")
    assert result.exit_code == 0 and result.stdout.startswith("Cách dùng: kh-ical")
    assert "Tuỳ chọn:" in result.stdout and "Xem hướng dẫn này rồi thoát." in result.stdout
    prose = re.sub(r"--[a-z][a-z-]*", "", result.stdout)  # option names stay as they are ("--as-is")
    assert not ENGLISH.findall(prose), (ENGLISH.findall(prose), result.stdout)


@pytest.mark.parametrize("argv, words", [
    (["bulid"], "Không có lệnh 'bulid'."),
    (["build", "--nope"], "Không có tuỳ chọn '--nope'."),
    (["build", "--out"], "Tuỳ chọn '--out' cần một giá trị."),
    (["build", "--windows", "all"], "Giá trị không hợp lệ cho '--windows': 'all' không phải một trong"),
    (["build", "--remind", "3x"], "“3x” không phải một khoảng thời gian"),
    (["events", "set", "le"], "Thiếu đối số 'YYYY-MM-DD'."),
    (["serve", "--port", "99999"], "99999 nằm ngoài khoảng 0<=x<=65535."),
    (["resolve", "Tháng 5", "--year", "năm"], "không phải là số hợp lệ"),
    (["resolve", "a", "b"], "Thừa đối số (b)"),
])
def test_usage_errors_are_vietnamese(argv, words):
    result = CliRunner().invoke(cli, argv, prog_name="kh-ical")
    assert result.exit_code == 2 and result.stdout == ""
    # click prints the usage first, except when an option lacks its value
    assert result.stderr.startswith("Cách dùng: kh-ical") or argv[-1] == "--out"
    assert "Xem hướng dẫn: kh-ical" in result.stderr or argv[-1] == "--out"
    assert "Lỗi: " in result.stderr and words in result.stderr, result.stderr
    assert not re.search(r"\b(Usage|Error|Try|No such|Missing|Invalid|Got)\b", result.stderr), result.stderr


def test_version_is_vietnamese():
    assert CliRunner().invoke(cli, ["--version"], prog_name="kh-ical").stdout.startswith("kh-ical, phiên bản ")
