"""`kh-ical resolve` (one phrase) and `kh-ical export` (the whole plan)."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

import click

from kh_ical.cli.base import VnCommand, cli, data_option
from kh_ical.errors import KhIcalError, PhraseError
from kh_ical.export import EXPORTERS, SEPARATORS, occurrence_fields
from kh_ical.loader import load_plan
from kh_ical.model import Event, EventStatus, Kind, Occurrence, PhraseResult, PlanInfo
from kh_ical.phrases.grammar import CONSTRUCTS, EXAMPLE_CONTEXT, PERIODS, REPEATS
from kh_ical.phrases.periods import fmt_span
from kh_ical.resolve import ResolveContext, raise_for_errors, resolve_phrase, resolve_plan
from kh_ical.terms import APPROXIMATE, DONE, KIND, TENTATIVE
from kh_ical.text import repeat_text, slugify, time_text, timed_span_text


class EventOption(click.ParamType):
    """--event "Lễ mít tinh kỷ niệm=2024-01-03" → a confirmed Event."""

    name = "TÊN=YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if isinstance(value, Event):
            return value
        label, sep, date = value.rpartition("=")
        try:
            day = dt.date.fromisoformat(date.strip())
        except ValueError:
            day = None
        if not sep or not label.strip() or day is None:
            self.fail(f"“{value}”: cần viết TÊN=YYYY-MM-DD, ví dụ \"Lễ mít tinh kỷ niệm=2024-01-03\"", param, ctx)
        return Event(slugify(label) or "su-kien", label.strip(), date=day, status=EventStatus.CONFIRMED)


def _when(occ: Occurrence) -> str:
    if occ.kind is Kind.UNDATED:
        return ""
    if occ.time is not None and occ.start != occ.end:
        return timed_span_text(occ.start, occ.end, occ.time, occ.end_time)
    return fmt_span(occ.start, occ.end) + (f" {time_text(occ.time, occ.end_time)}" if occ.time else "")


def _repeat(occ: Occurrence) -> str:
    return f"lặp lại {repeat_text(occ.rrule)}" if occ.rrule else ""


def _flags(occ: Occurrence) -> str:
    flags = [w for w, on in ((APPROXIMATE, occ.approximate), (TENTATIVE, occ.tentative), (DONE, occ.done)) if on]
    return "[" + ", ".join(flags) + "]" if flags else ""


def describe(occ: Occurrence) -> str:
    """One human line per occurrence, with how the date was worked out."""
    bits = [f"{KIND[occ.kind]:<15}{_when(occ):<26}", _repeat(occ), occ.label or "", occ.basis,
            f"({occ.note})" if occ.note else "", _flags(occ)]
    return "  ".join(b for b in bits if b).rstrip()


def brief(occ: Occurrence) -> str:
    """The same, short, for the constructs table."""
    bits = [KIND[occ.kind], _when(occ), _repeat(occ), f"“{occ.label}”" if occ.label else "",
            f"({occ.note})" if occ.note else "", _flags(occ)]
    return " ".join(b for b in bits if b)


def plan_info(data_dir: Path) -> PlanInfo | None:
    """The plan in `data_dir`, or None when it cannot be loaded (no data/ outside a plan)."""
    try:
        return load_plan(data_dir).info
    except KhIcalError:
        return None


# Two years a phrase is read in when there is no plan and no --year: a phrase
# that gives the same in both names its own years.
PROBE_YEARS = (2001, 2004)  # the second a leap year: "ngày 29/2" depends on the year


def phrase_context(year: int, events: tuple[Event, ...], start=None, until=None) -> ResolveContext:
    """What a phrase given on the command line is read against: its --event options are
    what "sự kiện" means."""
    return ResolveContext(year=year, events=events, section_events=tuple(e.id for e in events),
                          start=start, until=until)


def _without_year(phrase: str, events: tuple[Event, ...], data_dir: Path) -> PhraseResult:
    """The phrase's result when it does not depend on the year; else a usage error (exit 2)."""
    outcomes = []
    for year in PROBE_YEARS:
        try:
            outcomes.append(resolve_phrase(phrase, phrase_context(year, events)))
        except PhraseError as exc:
            outcomes.append(exc)
    first, second = outcomes
    same = str(first) == str(second) if isinstance(first, PhraseError) else first == second
    if not same:
        raise click.UsageError(
            f"cụm thời gian này phụ thuộc vào năm, mà không đọc được kế hoạch trong {data_dir} để lấy năm: "
            "hãy cho --year YYYY (năm dùng cho các ngày không ghi năm)"
        )
    if isinstance(first, PhraseError):
        raise first
    return first


class PhraseCommand(VnCommand):
    """A command whose argument is a timing cell, which may begin with "-"
    ("- Triển khai từ quý I/2024"). Arguments that begin with "-" but are not
    written like an option (`-x`, `--name`, `--name=value`) are moved after a
    "--", so that click reads them as the phrase; options still work before or
    after it."""

    _OPTION = re.compile(r"--?[A-Za-z][A-Za-z0-9-]*(=.*)?", re.S)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        takes_value = {name for p in self.params if isinstance(p, click.Option) and not p.is_flag
                       for name in p.opts + p.secondary_opts}
        kept: list[str] = []
        phrases: list[str] = []
        i = 0
        while i < len(args):
            arg = args[i]
            if arg == "--":
                phrases += args[i + 1:]
                break
            if arg in takes_value:
                kept += args[i:i + 2]
                i += 2
                continue
            if arg.startswith("-") and len(arg) > 1 and not self._OPTION.fullmatch(arg):
                phrases.append(arg)
            else:
                kept.append(arg)
            i += 1
        return super().parse_args(ctx, kept + (["--", *phrases] if phrases else []))


def read_stdin() -> str:
    """The phrase given on standard input: UTF-8 (with or without the BOM Notepad
    writes), else the console's code page, whatever PYTHONIOENCODING says."""
    raw = sys.stdin.buffer.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode(sys.stdin.encoding or "utf-8", errors="replace")
    if not text.strip():
        raise click.UsageError("đầu vào chuẩn không có cụm thời gian nào")
    return text.strip()


@cli.command("resolve", cls=PhraseCommand)
@click.argument("phrase", metavar="CỤM_THỜI_GIAN")
@click.option("--event", "events", type=EventOption(), multiple=True,
              help='Một sự kiện và ngày của nó, ví dụ --event "Lễ mít tinh kỷ niệm=2024-01-03" (ghi nhiều lần được).')
@click.option("--year", type=int, default=None, metavar="NĂM",
              help="Năm cho những ngày không ghi năm (mặc định: năm của kế hoạch trong --data; không có "
                   "kế hoạch thì chỉ đọc được cụm tự ghi năm).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Kết quả cho người đọc (text) hay cho chương trình (json).")
@click.option("--json", "as_json", is_flag=True, hidden=True)  # older spelling of --format json
@data_option
def resolve_cmd(phrase, events, year, fmt, as_json, data_dir):
    """Đọc một cụm thời gian và in ra các ngày.

    CỤM_THỜI_GIAN là nội dung một ô "thời gian thực hiện"; được phép bắt đầu
    bằng "-" như trong văn bản ("- Triển khai từ quý I/2024"). Ghi "-" để đọc
    cụm từ đầu vào chuẩn (dán nhiều dòng, hoặc dùng với chuyển hướng <).
    Các --event cho biết chữ "sự kiện" trong cụm chỉ ngày nào.
    """
    if phrase == "-":
        phrase = read_stdin()
    events = tuple(events)
    info = plan_info(data_dir) if year is None else None
    if year is None and info is None:
        result = _without_year(phrase, events, data_dir)
    else:
        # Inside a plan, a repeating schedule runs over the plan's period, as in `build`.
        start, until = (info.date, info.end) if info else (None, None)
        result = resolve_phrase(phrase, phrase_context(year or info.year, events, start, until))
    if as_json or fmt == "json":
        click.echo(json.dumps([occurrence_fields(o) for o in result.occurrences], ensure_ascii=False, indent=2))
        return
    for occ in result.occurrences:
        click.echo(describe(occ))


@cli.command("export")
@data_option
@click.option("--format", "fmt", type=click.Choice(sorted(EXPORTERS)), default="json", show_default=True,
              help="json: cho chương trình; csv: bảng chữ cho Excel; xlsx: tệp Excel (cần gói openpyxl).")
@click.option("--sep", type=click.Choice(sorted(SEPARATORS)), default="comma", show_default=True,
              help="Dấu ngăn cột của CSV: comma (,) hoặc semicolon (;) — chọn semicolon nếu Excel "
                   "đặt ngôn ngữ Tiếng Việt mở CSV thành một cột.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None, metavar="TỆP",
              help="Ghi vào tệp này thay vì in ra màn hình (bắt buộc với xlsx).")
def export_cmd(data_dir, fmt, sep, output):
    """Xuất toàn bộ kế hoạch đã tính ngày: JSON, CSV hoặc tệp Excel.

    Mỗi dòng một mục lịch, theo thứ tự của bảng: TT, nội dung, chủ trì, phối
    hợp, thời gian, từ ngày, đến ngày, giờ, loại, ghi chú. Nhiệm vụ chưa có
    ngày cũng có dòng (cột ghi chú nói vì sao). CSV ghi UTF-8 có BOM để Excel
    hiện đúng tiếng Việt.
    """
    if fmt == "xlsx" and output is None:
        raise click.UsageError("tệp Excel cần nơi ghi: thêm --output TỆP.xlsx")
    resolved = resolve_plan(load_plan(data_dir))
    raise_for_errors(resolved)
    data = EXPORTERS[fmt](resolved, sep=SEPARATORS[sep])
    if output is None:
        sys.stdout.buffer.write(data)
    else:
        output.write_bytes(data)
        click.echo(f"Đã ghi {output}")


@cli.command("grammar")
def grammar_cmd():
    """In bảng các cấu trúc thời gian được hỗ trợ (Markdown).

    Mỗi cấu trúc một ví dụ, đọc trong bối cảnh mẫu: các sự kiện ngày 1/1/2024
    và 10/10/2024, "Lễ mít tinh kỷ niệm" dự kiến ngày 3/1/2024, kế hoạch năm 2023.
    """
    click.echo(grammar_table())


def grammar_table() -> str:
    rows = ["| cấu trúc | ví dụ | kết quả |", "|---|---|---|"]
    for rule in (*CONSTRUCTS, *REPEATS, *PERIODS):
        example = rule.examples[0]
        result = resolve_phrase(example, EXAMPLE_CONTEXT)
        shown = "<br>".join(brief(o) for o in result.occurrences)
        rows.append(f"| {rule.name} | `{example}` | {shown.replace('|', '/')} |")
    return "\n".join(rows)
