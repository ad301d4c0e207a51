"""kh_ical.files: write_atomic (all or nothing, the right permissions) and Staging."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path
from unittest import mock

import pytest

from kh_ical.files import Staging, write_atomic


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


def test_staging_writes_nothing_visible_until_commit(tmp_path):
    (tmp_path / "same.ics").write_bytes(b"same")
    (tmp_path / "old.ics").write_bytes(b"old")
    same_inode = (tmp_path / "same.ics").stat().st_ino
    staged = Staging(tmp_path)
    staged.add("same.ics", b"same")
    staged.add("old.ics", b"new!")
    staged.add("sub/new.ics", b"brand new")
    staged.add("state", b"{}", durable=True)
    assert (staged.added, staged.changed) == (["sub/new.ics", "state"], ["old.ics"])
    assert staged.digests["old.ics"] == hashlib.sha256(b"new!").hexdigest()
    assert (tmp_path / "old.ics").read_bytes() == b"old" and not (tmp_path / "state").exists()
    (tmp_path / "gone.ics").write_bytes(b"gone")
    moves = []
    real_replace = os.replace
    with mock.patch("os.replace", lambda a, b: (moves.append((Path(b).name, (tmp_path / "gone.ics").exists())),
                                                real_replace(a, b))):
        staged.commit(["gone.ics"], last="state")
    assert moves[-1] == ("state", False)  # the state file moves in last, after removals
    assert (tmp_path / "old.ics").read_bytes() == b"new!" and (tmp_path / "sub/new.ics").read_bytes() == b"brand new"
    assert (tmp_path / "same.ics").stat().st_ino == same_inode  # unchanged files are not rewritten
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["new.ics", "old.ics", "same.ics", "state", "sub"]  # no journal left


def test_staging_discard_and_check_mode_leave_the_folder_alone(tmp_path):
    (tmp_path / "a.ics").write_bytes(b"a")
    staged = Staging(tmp_path)
    staged.add("a.ics", b"changed")
    staged.add("b.ics", b"b")
    with pytest.raises(ValueError, match="staged twice"):
        staged.add("b.ics", b"b")
    staged.discard()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.ics"] and (tmp_path / "a.ics").read_bytes() == b"a"
    check = Staging(tmp_path, write=False)
    check.add("a.ics", b"changed")
    check.add("c.ics", b"c")
    check.commit()
    assert (check.added, check.changed) == (["c.ics"], ["a.ics"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.ics"]


def test_staging_takes_pieces_and_compares_them_with_the_file(tmp_path):
    (tmp_path / "a.ics").write_bytes(b"head|one|end")
    staged = Staging(tmp_path)
    staged.add("a.ics", [b"head|", b"one|", b"end"])  # same bytes in pieces
    staged.add("b.ics", [b"x"])
    assert staged.changed == [] and staged.digests["a.ics"] == hashlib.sha256(b"head|one|end").hexdigest()
    (tmp_path / "c.ics").write_bytes(b"head|two|end")  # same size, other bytes
    staged.add("c.ics", [b"head|", b"one|", b"end"])
    assert staged.changed == ["c.ics"]
    staged.commit()
    assert (tmp_path / "c.ics").read_bytes() == b"head|one|end" and (tmp_path / "b.ics").read_bytes() == b"x"


@pytest.mark.parametrize("old, new", [
    (b"abcdef", [b"ab", b"cd", b"eX"]),  # differs in the last piece
    (b"abcdef", [b"ab", b"cd"]),  # a prefix of the file on disk
    (b"abcd", [b"ab", b"cd", b"ef"]),  # longer than the file on disk
    (b"abcdef", [b"Xb", b"cdef"]),  # differs at once
])
def test_staging_copies_the_identical_beginning_and_writes_the_rest(tmp_path, old, new):
    target = tmp_path / "f.ics"
    target.write_bytes(old)
    staged = Staging(tmp_path)
    assert staged.add("f.ics", iter(new)) == len(b"".join(new))
    assert staged.changed == ["f.ics"] and target.read_bytes() == old
    staged.commit()
    assert target.read_bytes() == b"".join(new)


def test_staging_a_failing_producer_leaves_nothing(tmp_path):
    (tmp_path / "f.ics").write_bytes(b"ab")

    def pieces():
        yield b"aX"
        raise RuntimeError("render failed")

    staged = Staging(tmp_path)
    with pytest.raises(RuntimeError):
        staged.add("f.ics", pieces())
    staged.discard()
    assert [p.name for p in tmp_path.iterdir()] == ["f.ics"] and (tmp_path / "f.ics").read_bytes() == b"ab"
