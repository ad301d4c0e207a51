"""`kh-ical check`, `kh-ical serve`, `kh-ical tokens`: what maintainers look at and hand out."""

from __future__ import annotations

from pathlib import Path

import click

from kh_ical.check import check_data
from kh_ical.cli.base import cli, data_option
from kh_ical.preview import Preview
from kh_ical.private import DEFAULT_SECRETS, PUBLIC_OUT, feed_urls, load_tokens, refuse_secrets_in, rotate
from kh_ical.serve import is_loopback, make_server


@cli.command("check")
@data_option
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Report for people (text) or scripts (json).")
def check_cmd(data_dir: Path, strict: bool, fmt: str) -> None:
    """Liệt kê những gì sai hoặc mơ hồ trong kế hoạch.

    Report phrase errors, undated and approximate dates, remarks that disagree
    with their dates, events without a firm date, deadlines before the plan,
    agencies with no task and oversized feeds. Exit 0 with only warnings,
    1 on errors (or on warnings with --strict).
    """
    report = check_data(data_dir)
    click.echo(report.to_json() if fmt == "json" else report.to_text())
    click.get_current_context().exit(report.exit_code(strict))


_secrets = click.option(
    "--secrets", "secrets_path", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_SECRETS,
    show_default=True, help="Token file (keep it out of git and of the output).",
)


@cli.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: the LAN).")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535),
              help="Port (0: any free port).")
@click.option("--dir", "root", type=click.Path(file_okay=False, path_type=Path), default=PUBLIC_OUT,
              show_default=True, help="Output folder to serve.")
@_secrets
@data_option
@click.option("--as-is", is_flag=True, help="Serve the pages exactly as on disk (no buttons for this address).")
def serve_cmd(host: str, port: int, root: Path, secrets_path: Path, data_dir: Path, as_is: bool) -> None:
    """Xem thử trang và lịch qua HTTP (không dùng cho máy chủ thật).

    Serve the output folder for previews on this computer or the LAN
    (refused when the token file is inside it). The pages are rendered from
    --data with this server's address, so that their subscribe buttons work;
    the files on disk are not changed.
    """
    refuse_secrets_in(secrets_path, [root])  # the server would hand every private link to anyone asking
    server = make_server(root, host, port)
    if not as_is:
        server.pages = Preview(data_dir, root, server.log).page
    click.echo(f"Đang phục vụ {root} tại {server.url} — Ctrl+C để dừng. Chỉ để xem thử.", err=False)
    if not is_loopback(host):
        click.echo("Lưu ý: mọi máy trong mạng đều xem được thư mục này.", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@cli.group("tokens")
def tokens_group() -> None:
    """Đường dẫn lịch riêng (khó đoán) cho từng cơ quan.

    Private feed links: `kh-ical build --private` creates them.
    """


@tokens_group.command("list")
@_secrets
@click.option("--base-url", default=None, help="Public address of the output folder.")
def tokens_list(secrets_path: Path, base_url: str | None) -> None:
    """Print each agency's private feed URL (or path)."""
    tokens = load_tokens(secrets_path)
    if not tokens:
        click.echo(f"{secrets_path}: chưa có đường dẫn riêng nào (chạy kh-ical build --private).")
        return
    for agency_id, url in feed_urls(tokens, base_url).items():
        click.echo(f"{agency_id}\t{url}")


@tokens_group.command("rotate")
@_secrets
@click.option("--base-url", default=None, help="Public address of the output folder.")
@click.argument("agency")
def tokens_rotate(secrets_path: Path, base_url: str | None, agency: str) -> None:
    """Revoke AGENCY's private link and make a new one (rebuild to apply)."""
    token = rotate(secrets_path, agency)
    url = feed_urls({agency: token}, base_url)[agency]
    click.echo(f"{agency}\t{url}")
    click.echo("Đã đổi đường dẫn. Chạy lại kh-ical build --private để xoá đường dẫn cũ và gửi đường dẫn mới.", err=True)
