"""The click group, the error funnel and options shared by several commands."""

from __future__ import annotations

import errno
import functools
import importlib
import os
import sys
from pathlib import Path

import click

from kh_ical.cli import click_vi
from kh_ical.errors import KhIcalError
from kh_ical.private import mask
from kh_ical.text import without_surrogates

click_vi.install()  # before any command is declared: click words some help when a decorator runs

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
    "import": "import_cmds",
    "init": "import_cmds",
}


class VnCommand(click.Command):
    """A command whose usage line is Vietnamese too ("[TUỲ_CHỌN]")."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("options_metavar", "[TUỲ_CHỌN]")
        super().__init__(*args, **kwargs)


class VnGroup(VnCommand, click.Group):
    """A group of commands ("LỆNH [ĐỐI_SỐ]..."); its commands and groups are Vn ones."""

    command_class = VnCommand
    group_class = type  # subgroups: the same class

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("subcommand_metavar", "LỆNH [ĐỐI_SỐ]...")
        super().__init__(*args, **kwargs)


class KhGroup(VnGroup):
    """Loads command modules on demand and turns every `KhIcalError` (and
    `OSError`) raised by a command into a clean error exit, private paths masked."""

    group_class = VnGroup  # `events`, `tokens`: no on-demand loading of their own

    def main(self, *args, **kwargs):
        tolerant_console()
        return super().main(*args, **kwargs)

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
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:  # the one funnel: a message and exit 1, never a traceback
            if os.environ.get("KH_ICAL_DEBUG"):
                raise
            # Messages may name files: a private feed's path holds its token.
            raise click.ClickException(mask(failure_text(exc))) from exc


def tolerant_console() -> None:
    """Print what a console cannot show as "?" instead of failing.

    Output redirected on Windows is written in the legacy code page (cp1258 for
    Vietnamese), which lacks most precomposed letters ("ị", "ữ"): a strict encoder
    raised UnicodeEncodeError after the work was done. The files kh-ical writes
    are always UTF-8; only what is printed degrades.
    """
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
        if hasattr(stream, "reconfigure") and encoding not in ("utf-8", "utf8"):
            try:
                stream.reconfigure(errors="replace")
            except (ValueError, OSError):  # a detached or closed stream: leave it
                pass


def failure_text(exc: BaseException) -> str:
    """What a person is told about a failure of any kind."""
    if isinstance(exc, KhIcalError):
        return str(exc)
    if isinstance(exc, OSError):
        return os_error_text(exc)
    if isinstance(exc, RecursionError):
        return "dữ liệu lồng nhau quá sâu (ngoặc hoặc mảng JSON lồng nhau hàng trăm lớp); hãy sửa lại dữ liệu"
    if isinstance(exc, MemoryError):
        return "không đủ bộ nhớ để làm việc này"
    return (f"lỗi nội bộ của kh-ical ({type(exc).__name__}: {without_surrogates(str(exc))[:300]}); "
            "hãy báo lỗi kèm lệnh đã chạy (đặt KH_ICAL_DEBUG=1 để xem chi tiết)")


_OS_ERRORS = {
    errno.ENOSPC: "hết chỗ trên đĩa",
    errno.EROFS: "ổ đĩa chỉ cho đọc",
    errno.EACCES: "không có quyền",
    errno.EPERM: "không được phép",
    errno.ENOENT: "không tìm thấy",
    errno.ENOTDIR: "không phải thư mục",
    errno.EISDIR: "là thư mục, không phải tệp",
    errno.EDQUOT: "hết hạn mức đĩa",
}


def os_error_text(exc: OSError) -> str:
    """"<path>: <what happened>" for an error of the disk or the system."""
    what = _OS_ERRORS.get(exc.errno or 0, exc.strerror or type(exc).__name__)
    where = " → ".join(os.fsdecode(f) for f in (exc.filename, exc.filename2) if f is not None)
    text = f"{where}: {what}" if where else what
    return without_surrogates(text + " (mỗi tệp đã xuất bản vẫn nguyên vẹn; hãy chạy lại khi đã khắc phục)")


@click.group(cls=KhGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kh-ical")
def cli() -> None:
    """Biến phụ lục kế hoạch thành lịch iCalendar (.ics) cho từng cơ quan,
    kèm trang web để đăng ký lịch.

    Vòng làm việc thường ngày: sửa ngày (kh-ical events set) → kh-ical build →
    kh-ical check → xuất bản thư mục feeds/. Xem README.md.
    """


def data_option(func):
    """`--data DIR`: the folder with tasks.json, events.json, agencies.json."""

    @click.option(
        "--data",
        "data_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=Path("data"),
        show_default=True,
        metavar="THƯ_MỤC",
        help="Thư mục chứa tasks.json, events.json và agencies.json.",
    )
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


def warn(text: str) -> None:
    """A warning or note: on standard error, so that standard output holds only
    the command's result (a report, a JSON document) and can be redirected."""
    if text:
        click.echo(text, err=True)


def load_all_commands() -> None:
    for module in dict.fromkeys(COMMAND_MODULES.values()):
        importlib.import_module(f"kh_ical.cli.{module}")
