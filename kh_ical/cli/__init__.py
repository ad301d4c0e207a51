"""The `kh-ical` command: parses options, calls the library, prints reports.

Commands live in small modules by theme; each registers itself on `cli`.
Library errors (`KhIcalError`) become "Error: …" and exit status 1 here,
in one place, for every command.
"""

# Importing the command modules registers their commands on `cli`.
from kh_ical.cli import (
    build_cmds,  # noqa: E402,F401
    data_cmds,  # noqa: E402,F401
    resolve_cmds,  # noqa: E402,F401
    site_cmds,  # noqa: E402,F401
)
from kh_ical.cli.base import cli

__all__ = ["cli"]
