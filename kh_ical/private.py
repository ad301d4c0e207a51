"""Private feed URLs: one unguessable token per agency, kept out of the output.

A private feed lives at `p/<token>/<agency-id>.ics`. The tokens are kept in a
JSON secrets file (default `secrets/feed-tokens.json`, git-ignored, never in
the published folder), readable by its owner only (mode 0600). Rotating an
agency's token revokes its old link: the next build removes the old path.

A token is as good as the link: only `kh-ical tokens list|rotate` print one.
Everything else that shows a path to a person passes it through `mask`, and
`check_places` refuses a secrets file or private feeds where they would be
published (inside the output folder, or in a folder git tracks).
"""

from __future__ import annotations

import json
import re
import secrets
from pathlib import Path
from typing import Iterable

from kh_ical.errors import KhIcalError
from kh_ical.files import write_atomic
from kh_ical.lock import locked
from kh_ical.model import checked_base_url

DEFAULT_SECRETS = Path("secrets/feed-tokens.json")
PUBLIC_OUT = Path("feeds")  # committed with the pages; `kh-ical serve`'s default folder
PRIVATE_OUT = Path("feeds-private")  # --private without --out; git-ignored, never committed
TOKEN_BYTES = 18  # 24 URL-safe characters, 144 random bits


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def load_tokens(path: Path) -> dict[str, str]:
    """The tokens in `path` ({} when the file does not exist yet).

    Raises:
        KhIcalError: the file is not a JSON object of strings.
    """
    path = Path(path)
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise KhIcalError(f"{path}: không đọc được tệp mã bí mật ({exc})") from exc
    tokens = data.get("tokens") if isinstance(data, dict) else None
    if not isinstance(tokens, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in tokens.items()
    ):
        raise KhIcalError(f'{path}: cần dạng {{"tokens": {{"mã-cơ-quan": "mã bí mật", …}}}}')
    return dict(sorted(tokens.items()))


def save_tokens(path: Path, tokens: dict[str, str]) -> None:
    """Write atomically with mode 0600 (the folder 0700 when it is created here)."""
    path = Path(path)
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
    text = json.dumps({"tokens": dict(sorted(tokens.items()))}, ensure_ascii=False, indent=2) + "\n"
    write_atomic(path, text.encode("utf-8"), mode=0o600)


def ensure_tokens(path: Path, agency_ids) -> dict[str, str]:
    """Every token in the file, after adding one for each agency that has none.

    Existing tokens are never changed (subscribers keep their links).
    """
    with _locked_secrets(path, "kh-ical build --private"):
        tokens = load_tokens(path)
        missing = sorted(set(agency_ids) - set(tokens))
        for agency_id in missing:
            tokens[agency_id] = new_token()
        if missing or (Path(path).exists() and Path(path).stat().st_mode & 0o077):
            save_tokens(path, tokens)
    return dict(sorted(tokens.items()))


def _locked_secrets(path: Path, what: str):
    """The lock of the token file's folder (made 0700 here when missing): a
    rotation and a build adding tokens must not both rewrite the file."""
    folder = Path(path).parent
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
    return locked(folder, what)


def rotate(path: Path, agency_id: str) -> str:
    """Replace one agency's token; returns the new one.

    Raises:
        KhIcalError: the agency has no token yet (nothing to revoke).
    """
    with _locked_secrets(path, "kh-ical tokens rotate"):
        tokens = load_tokens(path)
        if agency_id not in tokens:
            known = ", ".join(tokens) or "chưa có"
            raise KhIcalError(
                f"{path}: {agency_id!r} chưa có đường dẫn riêng (đã có: {known}); "
                "hãy chạy `kh-ical build --private` trước"
            )
        old = tokens[agency_id]
        token = new_token()
        while token == old:  # pragma: no cover - 144 random bits
            token = new_token()
        tokens[agency_id] = token
        save_tokens(path, tokens)
    return token


def feed_path(agency_id: str, token: str) -> str:
    """The feed's POSIX path relative to the output folder."""
    return f"p/{token}/{agency_id}.ics"


def feed_urls(tokens: dict[str, str], base_url: str | None = None) -> dict[str, str]:
    """Agency id → private feed URL (or relative path without `base_url`)."""
    base = checked_base_url(base_url).rstrip("/") + "/" if base_url else ""
    return {a: base + feed_path(a, t) for a, t in sorted(tokens.items())}


# `p` as a whole path segment, then a segment shaped like a token (build._TOKEN).
_PRIVATE_PATH = re.compile(r"(?<![^\s/\\'\"(\[=:])p([/\\])[A-Za-z0-9_-]{8,}(?![A-Za-z0-9_-])")


def mask(text: str) -> str:
    """`text` with the token of every private path hidden: `p/<token>/bao.ics` → `p/…/bao.ics`.

    The one place tokens are hidden. Messages, warnings, report lines and error
    text pass through it before they reach a person: a link printed in a build
    log, a CI transcript or a bug report is a link handed out.
    """
    return _PRIVATE_PATH.sub(lambda m: f"p{m.group(1)}…", text)


def check_places(out_dir: Path, secrets_path: Path, *, private: bool) -> None:
    """Refuse a build whose secrets file or private feeds would be published.

    The secrets file must be outside the output folder and outside the folders
    `kh-ical serve` serves by default; the output folder must not hold the
    current folder (`--out .`: data and secrets would be served). Private feeds
    must not go into a folder git tracks: a commit would keep every link in the
    history for good.

    Raises:
        KhIcalError: in Vietnamese, with the folder to use instead.
    """
    out = Path(out_dir).resolve()
    if Path.cwd().resolve().is_relative_to(out):
        raise KhIcalError(
            f"{out_dir}: thư mục xuất chứa cả thư mục hiện tại (dữ liệu, tệp mã bí mật) — "
            f"hãy xuất vào một thư mục con, ví dụ --out {PRIVATE_OUT if private else PUBLIC_OUT}"
        )
    refuse_secrets_in(secrets_path, [out_dir, PUBLIC_OUT, PRIVATE_OUT])
    if private:
        _refuse_tracked(out_dir)


def refuse_secrets_in(secrets_path: Path, folders: Iterable[Path]) -> None:
    """Raise KhIcalError when `secrets_path` lies inside one of `folders` (paths resolved)."""
    secret = Path(secrets_path).resolve()
    for folder in folders:
        if secret.is_relative_to(Path(folder).resolve()):
            raise KhIcalError(
                f"{secrets_path}: tệp mã bí mật nằm trong thư mục {folder}, nơi được công bố hoặc "
                f"`kh-ical serve` phục vụ — ai tải được nó sẽ có mọi đường dẫn riêng; "
                f"hãy để nó ngoài thư mục này (--secrets, mặc định {DEFAULT_SECRETS})"
            )


def _refuse_tracked(out_dir: Path) -> None:
    """Raise KhIcalError when `out_dir` is inside a git work tree and not ignored
    (or holds tracked files). Without git, or outside a work tree, allow."""
    import subprocess  # only private builds ask git

    out = Path(out_dir).resolve()
    anchor = next(p for p in (out, *out.parents) if p.is_dir())  # out may not exist yet

    def git(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(["git", "-C", str(anchor), *args], capture_output=True, text=True, check=False)

    try:
        inside = git("rev-parse", "--is-inside-work-tree")
    except OSError:  # git is not installed: nothing can be committed by mistake
        return
    if inside.returncode != 0 or inside.stdout.strip() != "true":
        return
    # The trailing slash makes a pattern such as `/feeds-private/` match a folder not made yet.
    ignored = git("check-ignore", "-q", "--", f"{out}/").returncode == 0
    tracked = bool(git("ls-files", "--", str(out)).stdout.strip())  # force-added files are not ignored
    if not ignored or tracked:
        raise KhIcalError(
            f"{out_dir}: thư mục này nằm trong kho git mà không bị git bỏ qua — lịch riêng ghi vào đây "
            "có thể bị commit, để lại mọi đường dẫn bí mật trong lịch sử git. Hãy dùng thư mục xuất riêng "
            f"cho lịch riêng ({PRIVATE_OUT}/, mặc định khi không có --out) và ghi nó vào .gitignore"
        )
