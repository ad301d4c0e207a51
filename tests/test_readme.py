"""The README and docs/ cannot drift: their commands run, the constructs table is generated,
CI runs the README's test command, every command is documented."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kh_ical.cli import cli
from kh_ical.cli.base import load_all_commands
from kh_ical.cli.resolve_cmds import grammar_table

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
# The maintainer's guide (README.md) and the reference pages it links to.
PAGES = {path.relative_to(ROOT).as_posix(): path.read_text(encoding="utf-8")
         for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]}
DOCS = "\n".join(PAGES.values())
BLOCK = re.compile(r"^```[a-z]*\n(.*?)^```", re.M | re.S)


def test_the_guide_stays_short():
    """The maintainer's loop must not sink under reference material again (issue 14)."""
    assert len(README.splitlines()) < 250
    assert README.index("kh-ical events set") < README.index("## Các lệnh")  # the loop comes early


def readme_commands(text: str = README) -> list[list[str]]:
    """Every `kh-ical …` line of a page's code blocks, as argv (comments and redirections cut)."""
    out = []
    for block in BLOCK.findall(text):
        for line in block.splitlines():
            if line.startswith("kh-ical "):
                argv = shlex.split(line, comments=True)[1:]
                out.append(argv[: argv.index(">")] if ">" in argv else argv)
    return out


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text()
    command = "python -m pytest -q"
    assert re.search(rf"^{re.escape(command)}$", ci, re.M)
    assert f".venv/bin/{command}" in README


def test_constructs_table_is_what_the_grammar_prints():
    assert grammar_table() in PAGES["docs/phrases.md"]


def _all_commands(group: click.Group, prefix: str = "kh-ical") -> list[str]:
    load_all_commands()  # command modules load on demand
    names = []
    for name, cmd in group.commands.items():
        names.append(f"{prefix} {name}")
        if isinstance(cmd, click.Group):
            names += _all_commands(cmd, f"{prefix} {name}")
    return names


@pytest.mark.parametrize("command", _all_commands(cli))
def test_every_command_is_documented_with_help(command):
    assert f"`{command}" in README, f"{command} is not in the README's table of commands"
    assert f"`{command}" in DOCS or f"\n{command}" in DOCS
    argv = command.split()[1:] + ["--help"]
    result = CliRunner().invoke(cli, argv)
    assert result.exit_code == 0 and len(result.stdout.splitlines()) > 3


@pytest.mark.parametrize("page", [name for name, text in PAGES.items() if readme_commands(text)])
def test_every_documented_command_runs(page, tmp_path, monkeypatch):
    """Run a page's commands in order, in a fresh copy of the shipped data and feeds.

    `serve` blocks, so it is only parsed here; tests/test_serve.py runs the real server.
    Commands documented to fail on findings (`--check`, `--strict`) may exit 1.
    """
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT / "feeds", tmp_path / "feeds")
    shutil.copytree(ROOT / "tests" / "fixtures" / "import", tmp_path / "tests" / "fixtures" / "import")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    runner = CliRunner()
    for argv in readme_commands(PAGES[page]):
        if argv[0] == "serve":
            with click.Context(cli) as ctx:
                cli.get_command(ctx, "serve").make_context("serve", argv[1:], parent=ctx)
            continue
        result = runner.invoke(cli, argv)
        allowed = {0, 1} if {"--check", "--strict"} & set(argv) else {0}
        assert result.exception is None or isinstance(result.exception, SystemExit), (argv, result.output)
        assert result.exit_code in allowed, (argv, result.output)


def test_the_documents_show_many_commands():
    assert sum(len(readme_commands(text)) for text in PAGES.values()) >= 30
    assert len(readme_commands()) >= 8  # the maintainer's loop, in the README itself


def test_every_readme_benchmark_command_runs(tmp_path):
    """The `python -m benchmarks.…` lines, with their /tmp paths moved under tmp_path."""
    lines = [line for block in BLOCK.findall(DOCS) for line in block.splitlines()
             if line.startswith("python -m benchmarks.")]
    assert len(lines) == 4
    for line in lines:
        argv = shlex.split(line.replace("/tmp/", f"{tmp_path}/"))
        proc = subprocess.run([sys.executable, *argv[1:]], cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, (line, proc.stderr[-2000:])


def test_nginx_recipe_is_the_tested_file():
    """docs/publishing.md shows deploy/nginx.conf whole (tests/test_nginx.py runs that file in nginx)."""
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    assert f"```nginx\n{conf}```\n" in PAGES["docs/publishing.md"]
