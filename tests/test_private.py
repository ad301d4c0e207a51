"""Private feed tokens: the secrets file, rotation, and `kh-ical tokens list|rotate`."""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from kh_ical.cli import cli
from kh_ical.errors import KhIcalError
from kh_ical.private import ensure_tokens, feed_urls, load_tokens, mask, rotate

TOKEN = re.compile(r"[A-Za-z0-9_-]{24}")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_ensure_creates_private_file_and_keeps_tokens(tmp_path):
    path = tmp_path / "secrets" / "feed-tokens.json"
    first = ensure_tokens(path, ["so-vh", "bao"])
    assert sorted(first) == ["bao", "so-vh"] and all(TOKEN.fullmatch(t) for t in first.values())
    assert first["bao"] != first["so-vh"]
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    again = ensure_tokens(path, ["so-vh", "bao", "huyen-a"])
    assert again["bao"] == first["bao"] and again["so-vh"] == first["so-vh"] and "huyen-a" in again
    assert json.loads(path.read_text())["tokens"] == again


def test_ensure_tightens_a_readable_file(tmp_path):
    path = tmp_path / "feed-tokens.json"
    path.write_text(json.dumps({"tokens": {"bao": "A" * 24}}))
    path.chmod(0o644)
    assert ensure_tokens(path, ["bao"]) == {"bao": "A" * 24}
    assert mode(path) == 0o600


def test_rotate_replaces_one_token(tmp_path):
    path = tmp_path / "feed-tokens.json"
    old = ensure_tokens(path, ["so-vh", "bao"])
    new = rotate(path, "bao")
    assert TOKEN.fullmatch(new) and new != old["bao"]
    assert load_tokens(path) == {"bao": new, "so-vh": old["so-vh"]}
    assert mode(path) == 0o600
    with pytest.raises(KhIcalError, match="'nope' chưa có đường dẫn riêng"):
        rotate(path, "nope")


def test_bad_file_is_an_error(tmp_path):
    path = tmp_path / "feed-tokens.json"
    path.write_text('{"tokens": ["x"]}')
    with pytest.raises(KhIcalError, match="cần dạng"):
        load_tokens(path)


def test_feed_urls():
    assert feed_urls({"bao": "T" * 24}, "https://lich.example.vn/kh171/") == {
        "bao": "https://lich.example.vn/kh171/p/" + "T" * 24 + "/bao.ics"
    }
    assert feed_urls({"bao": "T" * 24}) == {"bao": "p/" + "T" * 24 + "/bao.ics"}


def test_cli_tokens_list_and_rotate(tmp_path):
    path = tmp_path / "secrets" / "feed-tokens.json"
    runner = CliRunner()
    empty = runner.invoke(cli, ["tokens", "list", "--secrets", str(path)])
    assert empty.exit_code == 0 and "chưa có đường dẫn riêng" in empty.output
    tokens = ensure_tokens(path, ["so-vh", "bao"])
    listed = runner.invoke(cli, ["tokens", "list", "--secrets", str(path), "--base-url", "https://lich.example.vn/kh171"])
    assert listed.exit_code == 0
    assert listed.output.splitlines() == [
        f"bao\thttps://lich.example.vn/kh171/p/{tokens['bao']}/bao.ics",
        f"so-vh\thttps://lich.example.vn/kh171/p/{tokens['so-vh']}/so-vh.ics",
    ]
    rotated = runner.invoke(cli, ["tokens", "rotate", "--secrets", str(path), "bao"])
    assert rotated.exit_code == 0
    new = load_tokens(path)["bao"]
    assert new != tokens["bao"] and f"bao\tp/{new}/bao.ics" in rotated.output
    unknown = runner.invoke(cli, ["tokens", "rotate", "--secrets", str(path), "nope"])
    assert unknown.exit_code == 1 and unknown.output.startswith("Lỗi: ")


def test_rotation_removes_the_old_path_on_the_next_build(tmp_path):
    from test_site_kit import clean_plan

    from kh_ical.build import BuildOptions, build_resolved

    _, resolved = clean_plan()
    secrets_path, out = tmp_path / "secrets" / "feed-tokens.json", tmp_path / "feeds"
    options = BuildOptions(private=True, secrets_path=secrets_path, base_url="https://lich.example.vn/kh9")
    build_resolved(resolved, out, options)
    old = load_tokens(secrets_path)["bao"]
    assert (out / "p" / old / "bao.ics").is_file() and not (out / "bao.ics").exists()
    new = rotate(secrets_path, "bao")
    build_resolved(resolved, out, options)
    assert (out / "p" / new / "bao.ics").is_file()
    assert not (out / "p" / old).exists()
    assert not list(out.rglob("feed-tokens.json"))
    tokens = load_tokens(secrets_path)
    for page in [out / "index.html", *(out / "co-quan").glob("*.html")]:
        text = page.read_text(encoding="utf-8")
        assert not [t for t in tokens.values() if t in text], page  # the published pages leak no token


T = "Ab_cD-ef0123456789xyzQRS"


@pytest.mark.parametrize("text, expected", [
    (f"p/{T}/bao.ics", "p/…/bao.ics"),
    (f"  ~ p/{T}/bao.ics", "  ~ p/…/bao.ics"),
    (f"p/{T}/tat-ca.ics: SUMMARY (2024-01-01)", "p/…/tat-ca.ics: SUMMARY (2024-01-01)"),
    (f"[Errno 28] No space left: '/srv/feeds-private/p/{T}/.bao.ics.tmp'",
     "[Errno 28] No space left: '/srv/feeds-private/p/…/.bao.ics.tmp'"),
    (f"C:\\out\\p\\{T}\\bao.ics", "C:\\out\\p\\…\\bao.ics"),
    (f"feeds/p/{T}", "feeds/p/…"),
    (f"p/{T}/a.ics, p/{T[::-1]}/b.ics", "p/…/a.ics, p/…/b.ics"),
    ("p/…/bao.ics", "p/…/bao.ics"),  # masking twice changes nothing
    ("plans/kh-205/data/tasks.json", "plans/kh-205/data/tasks.json"),  # not a p/ segment
    (f"sp/{T}/x.ics", f"sp/{T}/x.ics"),
    ("p/short/x.ics", "p/short/x.ics"),  # shorter than any token kh-ical accepts
])
def test_mask_hides_only_the_token(text, expected):
    assert mask(text) == expected


def test_build_warnings_name_private_feeds_masked(tmp_path, monkeypatch):
    from test_site_kit import clean_plan

    from kh_ical import build

    monkeypatch.setattr(build, "MAX_FEED_EVENTS", 0)
    secrets_path = tmp_path / "secrets" / "feed-tokens.json"
    report = build.build_resolved(clean_plan()[1], tmp_path / "out",
                                  build.BuildOptions(private=True, secrets_path=secrets_path))
    assert "p/…/bao.ics: 1 mục lịch, quá ~1.000 (nên dùng --windows end)" in report.warnings
    assert not [t for t in load_tokens(secrets_path).values() if t in "".join(report.warnings)]
