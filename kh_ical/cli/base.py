"""The click group, the error funnel and options shared by several commands."""

from __future__ import annotations

import functools
import importlib
from pathlib import Path

import click

from kh_ical.errors import KhIcalError
from kh_ical.private import mask

# Command → the module that defines it. A command's module is imported only when
# that command runs (or for --help): `kh-ical build` does not load the server,
# the checker or the exporters. tests/test_cli_commands.py keeps this table complete.
COMMAND_MODULES = {
    "build": "build_cmds",
    "agencies": "data_cmds",
    "events": "data_cmds",
    "resolve": "resolve_cmds",
    "export": "resolve_cmds",
    "grammar": "resolve_cmds",
    "check": "site_cmds",
    "serve": "site_cmds",
    "tokens": "site_cmds",
}


class KhGroup(click.Group):
    """Loads command modules on demand and turns every `KhIcalError` (and
    `OSError`) raised by a command into a clean error exit, private paths masked."""

    def get_command(self, ctx: click.Context, name: str):
        if name not in self.commands and name in COMMAND_MODULES:
            importlib.import_module(f"kh_ical.cli.{COMMAND_MODULES[name]}")
        return super().get_command(ctx, name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        load_all_commands()
        return super().list_commands(ctx)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KhIcalError as exc:
            raise click.ClickException(mask(str(exc))) from exc
        except OSError as exc:  # a disk error names the file: a traceback would print the token
            raise click.ClickException(mask(f"lỗi tệp hoặc hệ thống: {exc}")) from exc


@click.group(cls=KhGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kh-ical")
def cli() -> None:
    """Biến phụ lục kế hoạch thành lịch iCalendar cho từng cơ quan.

    Turn a Vietnamese plan appendix into one iCalendar feed per agency.
    """


def data_option(func):
    """`--data DIR`: the folder with tasks.json, events.json, agencies.json."""

    @click.option(
        "--data",
        "data_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=Path("data"),
        show_default=True,
        help="Folder holding tasks.json, events.json and agencies.json.",
    )
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


def load_all_commands() -> None:
    for module in dict.fromkeys(COMMAND_MODULES.values()):
        importlib.import_module(f"kh_ical.cli.{module}")
