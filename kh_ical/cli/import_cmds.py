"""`kh-ical import` and `kh-ical init`: starting a plan from its document, or by hand."""

from __future__ import annotations

from pathlib import Path

import click

from kh_ical.cli.base import cli, data_option


@cli.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@data_option
@click.option("--plan-id", default=None, help="The plan's number (171-KH/BTGTU) when the document does not say it.")
@click.option("--year", type=click.IntRange(1900, 2200), default=None,
              help="The plan's year when the document gives no date.")
@click.option("--force", is_flag=True, help="Overwrite tasks.json (and import-proposals.json) if they exist.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Report for people (text) or scripts (json).")
def import_cmd(file: Path, data_dir: Path, plan_id: str | None, year: int | None, force: bool, fmt: str) -> None:
    """Đọc bảng phụ lục (.docx, .xlsx, .csv, PDF) thành tasks.json và báo những gì cần xem lại.

    Read the appendix table of FILE into DIR/tasks.json, propose the agencies and
    events the registries lack, and print a review report.
    """
    from kh_ical.importers.importer import ImportOptions, import_file  # loads the readers only for this command

    report = import_file(file, data_dir, ImportOptions(plan_id, year, force))
    click.echo(report.to_json() if fmt == "json" else report.to_text())


@cli.command("init")
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Write into a folder that is not empty.")
def init_cmd(folder: Path, force: bool) -> None:
    """Tạo thư mục kế hoạch mới với một ví dụ để gõ tay.

    Make FOLDER a plan folder (tasks.json, events.json, agencies.json and a
    README in Vietnamese) with a small valid example to edit.
    """
    from kh_ical.newplan import init_plan

    written = init_plan(folder, force)
    click.echo("Đã tạo: " + ", ".join(written))
    click.echo(f"Sửa các tệp theo kế hoạch của bạn (xem {folder / 'README.md'}), rồi: kh-ical check --data {folder}")
