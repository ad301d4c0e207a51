"""The click group, the error funnel and options shared by several commands."""

from __future__ import annotations

import functools
from pathlib import Path

import click

from kh_ical.errors import KhIcalError


class KhGroup(click.Group):
    """Turns every `KhIcalError` raised by a command into a clean error exit."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KhIcalError as exc:
            raise click.ClickException(str(exc)) from exc


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
