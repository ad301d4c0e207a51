"""kh_ical.files.write_atomic: all or nothing, and the right permissions."""

from __future__ import annotations

import os
import stat

import pytest

from kh_ical.files import write_atomic


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_file_gets_umask_mode_and_replacing_keeps_mode(tmp_path):
    target = tmp_path / "a.json"
    old = os.umask(0o022)
    try:
        write_atomic(target, b"one")
    finally:
        os.umask(old)
    assert target.read_bytes() == b"one" and mode(target) == 0o644
    target.chmod(0o640)
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two" and mode(target) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]  # no temporary file left


def test_explicit_mode_for_secrets(tmp_path):
    target = tmp_path / "tokens.json"
    write_atomic(target, b"{}", mode=0o600)
    assert mode(target) == 0o600


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "a.json"
    target.write_bytes(b"old")
    with pytest.raises(TypeError):
        write_atomic(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]
