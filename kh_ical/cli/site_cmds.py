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
@click.option("--strict", is_flag=True, help="Có cảnh báo cũng thoát với mã 1 (dùng trong CI).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Báo cáo cho người đọc (text) hay cho chương trình (json).")
def check_cmd(data_dir: Path, strict: bool, fmt: str) -> None:
    """Liệt kê những gì sai hoặc mơ hồ trong kế hoạch.

    Báo: ô thời gian không đọc được, việc không có ngày hoặc ngày gần đúng,
    ghi chú không khớp ngày, sự kiện chưa có ngày chính thức, hạn chót trước
    ngày ban hành, cơ quan không có nhiệm vụ, lịch quá lớn. Mỗi mục kèm cách
    sửa. Thoát với mã 0 nếu chỉ có cảnh báo, 1 nếu có lỗi (hoặc có cảnh báo
    khi dùng --strict).
    """
    report = check_data(data_dir)
    click.echo(report.to_json() if fmt == "json" else report.to_text())
    click.get_current_context().exit(report.exit_code(strict))


_secrets = click.option(
    "--secrets", "secrets_path", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_SECRETS,
    show_default=True, help="Tệp mã bí mật (để ngoài git và ngoài thư mục xuất bản).",
)


@cli.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, metavar="ĐỊA_CHỈ",
              help="Địa chỉ nghe (0.0.0.0: cho cả mạng nội bộ xem).")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535), metavar="CỔNG",
              help="Cổng (0: một cổng trống bất kỳ).")
@click.option("--dir", "root", type=click.Path(file_okay=False, path_type=Path), default=PUBLIC_OUT,
              show_default=True, help="Thư mục kết quả để xem thử.")
@_secrets
@data_option
@click.option("--as-is", is_flag=True, help="Phục vụ các trang đúng như trên đĩa (nút đăng ký không theo địa chỉ này).")
def serve_cmd(host: str, port: int, root: Path, secrets_path: Path, data_dir: Path, as_is: bool) -> None:
    """Xem thử trang và lịch qua HTTP (không dùng cho máy chủ thật).

    Mở thư mục kết quả trên máy này (hoặc mạng nội bộ) để xem trước khi xuất
    bản. Không chạy nếu tệp mã bí mật nằm trong thư mục đó. Các trang được
    dựng lại từ --data với địa chỉ của máy chủ này, để mọi nút đăng ký đều
    bấm được; các tệp trên đĩa không đổi.
    """
    refuse_secrets_in(secrets_path, [root])  # the server would hand every private link to anyone asking
    server = make_server(root, host, port)
    if not as_is:
        server.pages = Preview(data_dir, root, server.log).page
    click.echo(f"Đang mở {root} tại {server.url} — Ctrl+C để dừng. Chỉ để xem thử.")
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

    kh-ical build --private tạo các đường dẫn này; xem chúng bằng
    kh-ical tokens list, đổi một đường dẫn bằng kh-ical tokens rotate.
    """


@tokens_group.command("list")
@_secrets
@click.option("--base-url", default=None, metavar="URL", help="Địa chỉ công khai của thư mục kết quả.")
def tokens_list(secrets_path: Path, base_url: str | None) -> None:
    """In đường dẫn lịch riêng của từng cơ quan (để gửi riêng cho cơ quan đó)."""
    tokens = load_tokens(secrets_path)
    if not tokens:
        click.echo(f"{secrets_path}: chưa có đường dẫn riêng nào (chạy kh-ical build --private).")
        return
    for agency_id, url in feed_urls(tokens, base_url).items():
        click.echo(f"{agency_id}\t{url}")


@tokens_group.command("rotate")
@_secrets
@click.option("--base-url", default=None, metavar="URL", help="Địa chỉ công khai của thư mục kết quả.")
@click.argument("agency", metavar="MÃ_CƠ_QUAN")
def tokens_rotate(secrets_path: Path, base_url: str | None, agency: str) -> None:
    """Huỷ đường dẫn riêng của một cơ quan và tạo đường dẫn mới.

    Đường dẫn cũ hết hiệu lực sau lần kh-ical build --private kế tiếp.
    """
    token = rotate(secrets_path, agency)
    url = feed_urls({agency: token}, base_url)[agency]
    click.echo(f"{agency}\t{url}")
    click.echo("Đã đổi đường dẫn. Chạy lại kh-ical build --private để xoá đường dẫn cũ và gửi đường dẫn mới.", err=True)
