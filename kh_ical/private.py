"""Private feed URLs: one unguessable token per agency, kept out of the output.

A private feed lives at `p/<token>/<agency-id>.ics`. The tokens are kept in a
JSON secrets file (default `secrets/feed-tokens.json`, git-ignored, never in
the published folder), readable by its owner only (mode 0600). Rotating an
agency's token revokes its old link: the next build removes the old path.

A token is as good as the link: only `kh-ical tokens list|rotate` print one.
Everything else that shows a path to a person passes it through `mask`.
"""

from __future__ import annotations

import json
import re
import secrets
from pathlib import Path

from kh_ical.errors import KhIcalError
from kh_ical.files import write_atomic

DEFAULT_SECRETS = Path("secrets/feed-tokens.json")
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
        raise KhIcalError(f"{path}: cannot read the token file ({exc})") from exc
    tokens = data.get("tokens") if isinstance(data, dict) else None
    if not isinstance(tokens, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in tokens.items()
    ):
        raise KhIcalError(f'{path}: expected {{"tokens": {{"agency-id": "token", …}}}}')
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
    tokens = load_tokens(path)
    missing = sorted(set(agency_ids) - set(tokens))
    for agency_id in missing:
        tokens[agency_id] = new_token()
    if missing or (Path(path).exists() and Path(path).stat().st_mode & 0o077):
        save_tokens(path, tokens)
    return dict(sorted(tokens.items()))


def rotate(path: Path, agency_id: str) -> str:
    """Replace one agency's token; returns the new one.

    Raises:
        KhIcalError: the agency has no token yet (nothing to revoke).
    """
    tokens = load_tokens(path)
    if agency_id not in tokens:
        known = ", ".join(tokens) or "none"
        raise KhIcalError(
            f"{path}: no private link for {agency_id!r} (known: {known}); "
            "run `kh-ical build --private` first"
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
    base = base_url.rstrip("/") + "/" if base_url else ""
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
