"""`kh-ical import` and `kh-ical init`: starting a plan from its document, or by hand."""

from __future__ import annotations

from pathlib import Path

import click

from kh_ical.cli.base import cli, data_option


@cli.command("import")
@click.argument("file", type=click.Path(path_type=Path), metavar="TỆP")
@data_option
@click.option("--plan-id", default=None, metavar="SỐ_HIỆU",
              help="Số hiệu kế hoạch (171-KH/BTGTU) khi văn bản không ghi.")
@click.option("--year", type=click.IntRange(1900, 2200), default=None, metavar="NĂM",
              help="Năm của kế hoạch khi văn bản không ghi ngày.")
@click.option("--force", is_flag=True, help="Ghi đè tasks.json (và import-proposals.json) nếu đã có.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Báo cáo cho người đọc (text) hay cho chương trình (json).")
def import_cmd(file: Path, data_dir: Path, plan_id: str | None, year: int | None, force: bool, fmt: str) -> None:
    """Đọc bảng phụ lục (.docx, .xlsx, .csv, PDF) thành tasks.json và báo những gì cần xem lại.

    Ghi bảng của TỆP vào tasks.json trong thư mục --data, đề xuất các cơ quan
    và sự kiện còn thiếu (import-proposals.json) và in báo cáo cần xem lại.
    """
    from kh_ical.importers.importer import ImportOptions, import_file  # loads the readers only for this command

    report = import_file(file, data_dir, ImportOptions(plan_id, year, force))
    click.echo(report.to_json() if fmt == "json" else report.to_text())


@cli.command("init")
@click.argument("folder", type=click.Path(path_type=Path), metavar="THƯ_MỤC")
@click.option("--force", is_flag=True, help="Ghi vào cả thư mục đã có tệp.")
def init_cmd(folder: Path, force: bool) -> None:
    """Tạo thư mục kế hoạch mới với một ví dụ để gõ tay.

    Ghi vào THƯ_MỤC tasks.json, events.json, agencies.json và một README
    hướng dẫn, với một ví dụ nhỏ hợp lệ để sửa thành kế hoạch của bạn.
    """
    from kh_ical.newplan import init_plan

    written = init_plan(folder, force)
    click.echo("Đã tạo: " + ", ".join(written))
    click.echo(f"Sửa các tệp theo kế hoạch của bạn (xem {folder / 'README.md'}), rồi: kh-ical check --data {folder}")
