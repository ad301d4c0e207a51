"""Click's own words ("Usage:", "Error:", "No such option", "Show this message
and exit.") in Vietnamese, whatever the computer's language settings.

Click marks its strings for translation with gettext: each of its modules does
`from gettext import gettext as _` (and `ngettext`). The route click documents
(`gettext.bindtextdomain` + `textdomain` and a compiled .mo catalogue) picks the
language from LANGUAGE / LC_ALL / LANG, which Windows consoles do not set, and
would translate only when the user's locale is Vietnamese; kh-ical speaks
Vietnamese to everyone. So `install()` gives those modules a
`gettext.NullTranslations` subclass's `gettext` / `ngettext`, backed by the table
below. A string click no longer uses, or a module that stops binding gettext,
fails tests/test_click_vi.py; a string missing from the table stays English.
"""

from __future__ import annotations

import gettext as _gettext
import importlib

# Click's message id → Vietnamese. Placeholders ({name!r}, %(prog)s) kept as they are.
CLICK_VI: dict[str, str] = {
    # help pages
    "Usage:": "Cách dùng:",
    "Options": "Tuỳ chọn",
    "Commands": "Lệnh",
    "Positional arguments": "Đối số",
    "Show this message and exit.": "Xem hướng dẫn này rồi thoát.",
    "Show the version and exit.": "Xem phiên bản rồi thoát.",
    "%(prog)s, version %(version)s": "%(prog)s, phiên bản %(version)s",
    "default: {default}": "mặc định: {default}",
    "required": "bắt buộc",
    "env var: {var}": "biến môi trường: {var}",
    "(dynamic)": "(tự tính)",
    "deprecated": "không nên dùng nữa",
    # errors
    "Error: {message}": "Lỗi: {message}",
    "Try '{command} {option}' for help.": "Xem hướng dẫn: {command} {option}",
    "Aborted!": "Đã dừng.",
    "No such option: {name}": "Không có tuỳ chọn {name}.",
    "No such option {name!r}.": "Không có tuỳ chọn {name!r}.",
    "No such command {name!r}.": "Không có lệnh {name!r}.",
    "Did you mean {possibility}?": "Có phải ý bạn là {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Có phải ý bạn là một trong: {possibilities}?)",
    "Missing command.": "Thiếu tên lệnh.",
    "Missing argument": "Thiếu đối số",
    "Missing option": "Thiếu tuỳ chọn",
    "Missing parameter": "Thiếu tham số",
    "Missing {param_type}": "Thiếu {param_type}",
    "Missing parameter: {param_name}": "Thiếu tham số: {param_name}",
    "Invalid value: {message}": "Giá trị không hợp lệ: {message}",
    "Invalid value for {param_hint}: {message}": "Giá trị không hợp lệ cho {param_hint}: {message}",
    "Got unexpected extra argument ({args})": "Thừa đối số ({args})",
    "Got unexpected extra arguments ({args})": "Thừa đối số ({args})",
    "Option {name!r} does not take a value.": "Tuỳ chọn {name!r} không nhận giá trị.",
    "Option {name!r} requires an argument.": "Tuỳ chọn {name!r} cần một giá trị.",
    "Option {name!r} requires {nargs} arguments.": "Tuỳ chọn {name!r} cần {nargs} giá trị.",
    "Argument {name!r} takes {nargs} values.": "Đối số {name!r} nhận {nargs} giá trị.",
    "Could not open file {filename!r}: {message}": "Không mở được tệp {filename!r}: {message}",
    "unknown error": "lỗi không rõ",
    # values of options (click.types)
    "{value!r} is not {choice}.": "{value!r} không phải {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} không phải một trong {choices}.",
    "Choose from:\n\t{choices}": "Chọn một trong:\n\t{choices}",
    "{value!r} is not a valid {number_type}.": "{value!r} không phải là số hợp lệ.",
    "{value} is not in the range {range}.": "{value} nằm ngoài khoảng {range}.",
    "{value!r} is not a valid boolean. Recognized values: {states}":
        "{value!r} không phải đúng/sai. Giá trị nhận được: {states}",
    "{value!r} does not match the format {format}.": "{value!r} không đúng dạng {format}.",
    "{value!r} does not match the formats {formats}.": "{value!r} không đúng các dạng {formats}.",
    # click.Path: its name is the metavar of a path option ("--out THƯ_MỤC")
    "file": "TỆP",
    "directory": "THƯ_MỤC",
    "path": "ĐƯỜNG_DẪN",
    "{name} {filename!r} does not exist.": "Không tìm thấy {filename!r}.",
    "{name} {filename!r} is a file.": "{filename!r} là tệp, cần một thư mục.",
    "{name} {filename!r} is a directory.": "{filename!r} là thư mục, cần một tệp.",
    "{name} {filename!r} is not readable.": "Không đọc được {filename!r}.",
    "{name} {filename!r} is not writable.": "Không ghi được vào {filename!r}.",
    "Repeat for confirmation": "Nhập lại để xác nhận",
    "Error: The two entered values do not match.": "Lỗi: hai lần nhập không giống nhau.",
    "Error: invalid input": "Lỗi: nhập không hợp lệ",
}

# The click modules that bind gettext's functions (the others print nothing to users).
CLICK_MODULES = ("click.core", "click.decorators", "click.exceptions", "click.formatting",
                 "click.parser", "click.types", "click.termui")


class ClickVietnamese(_gettext.NullTranslations):
    """gettext's translation interface over `CLICK_VI` (Vietnamese has no plural forms)."""

    def gettext(self, message: str) -> str:
        return CLICK_VI.get(message, message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        message = msgid1 if n == 1 else msgid2
        return CLICK_VI.get(message, message)


VIETNAMESE = ClickVietnamese()


def install() -> None:
    """Make click speak Vietnamese (idempotent; call before commands are declared,
    as click reads some help texts when a decorator runs)."""
    for name in CLICK_MODULES:
        module = importlib.import_module(name)
        if getattr(module, "_", None) in (_gettext.gettext, VIETNAMESE.gettext):
            module._ = VIETNAMESE.gettext
        if getattr(module, "ngettext", None) in (_gettext.ngettext, VIETNAMESE.ngettext):
            module.ngettext = VIETNAMESE.ngettext
