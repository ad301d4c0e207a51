"""The `kh-ical` command: parses options, calls the library, prints reports.

Commands live in small modules by theme; each registers itself on `cli`.
Library errors (`KhIcalError`) become "Lỗi: …" and exit status 1 here,
in one place, for every command.
"""

# Importing a command module registers its commands on `cli`; `cli` imports
# the module of the command being run (base.COMMAND_MODULES).
from kh_ical.cli.base import cli

__all__ = ["cli"]
