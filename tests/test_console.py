"""Output on a console that cannot show Vietnamese (a redirect on Windows is written
in the legacy code page, cp1258): every command finishes, letters the code page
lacks become "?", never a UnicodeEncodeError."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("argv, code", [
    (["build", "--out", "{out}"], 0),
    (["build", "--out", "{out}", "--check"], 1),  # nothing built there yet: all stale
    (["check"], 0),
    (["agencies"], 0),
    (["resolve", "--", "Từ tháng 6 đến hết tháng 8/2023"], 0),
    (["resolve", "--", "Từ thang 6 đến hết tháng 8/2023"], 1),  # an error message in Vietnamese
    (["grammar"], 0),
])
def test_commands_finish_on_a_cp1258_console(tmp_path, argv, code):
    env = {**os.environ, "PYTHONIOENCODING": "cp1258"}
    argv = [a.replace("{out}", str(tmp_path / "out")) for a in argv]
    proc = subprocess.run([sys.executable, "-m", "kh_ical", *argv], cwd=REPO, env=env, capture_output=True)
    err = proc.stderr.decode("cp1258")
    assert proc.returncode == code and "Traceback" not in err and "UnicodeEncodeError" not in err, err[-2000:]
    text = (proc.stdout + proc.stderr).decode("cp1258")
    assert text.strip() and "?" in text  # printed, with the letters cp1258 lacks replaced
