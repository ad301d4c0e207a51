"""The CLI loads a command's module only when that command runs."""

from __future__ import annotations

import subprocess
import sys

from click.testing import CliRunner

from kh_ical.cli import cli
from kh_ical.cli.base import COMMAND_MODULES, load_all_commands


def test_the_command_table_is_complete_and_right():
    load_all_commands()
    assert set(cli.commands) == set(COMMAND_MODULES)
    for name, command in cli.commands.items():
        assert command.callback.__module__ == f"kh_ical.cli.{COMMAND_MODULES[name]}", name


def test_help_lists_every_command():
    out = CliRunner().invoke(cli, ["--help"]).output
    assert all(name in out for name in COMMAND_MODULES)


def test_build_does_not_load_the_other_commands():
    code = (
        "import sys; from kh_ical.cli import cli; import click\n"
        "cli.get_command(click.Context(cli), 'build')\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('kh_ical'))))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert "kh_ical.cli.build_cmds" in loaded
    for unused in ("kh_ical.cli.site_cmds", "kh_ical.serve", "kh_ical.check", "kh_ical.cli.resolve_cmds",
                   "kh_ical.export", "kh_ical.cli.data_cmds"):
        assert unused not in loaded, unused
