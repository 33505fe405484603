"""`goals show` and `goals list` in a real pseudo-terminal at 80 columns:
the sparkline beside the pace, no broken word, and the pager (a stand-in
pager here, so the test doesn't depend on less being installed)."""

from __future__ import annotations

import os
import subprocess
import sys

import pexpect
import pytest

pytestmark = pytest.mark.slow


def _env(home, **extra):
    env = {**os.environ, "CLINGOALS_HOME": str(home), "CLINGOALS_TODAY": "2026-05-13", "TERM": "xterm"}
    env.pop("CI", None)
    env.pop("COLUMNS", None)
    env.pop("NO_COLOR", None)
    return {**env, **extra}


def _run(home, *args):
    subprocess.run([sys.executable, "-m", "clingoals", *args], env=_env(home), check=True, capture_output=True)


def test_show_in_a_terminal_draws_progress_through_the_pager(isolated_home, tmp_path):
    _run(isolated_home, "add", "Complete the EMDR basic training (50 hours) to treat adults with PTSD",
         "--due", "2026-12-31", "--start", "2026-03-01", "--target", "50", "--unit", "hours")
    _run(isolated_home, "log", "1", "10", "--date", "2026-04-01")
    _run(isolated_home, "log", "1", "8", "--date", "2026-05-10")
    seen = tmp_path / "paged"
    pager = f"{sys.executable} -c \"import sys; d=sys.stdin.read(); open({str(seen)!r}, 'w').write(d); print(d)\""
    child = pexpect.spawn(sys.executable, ["-m", "clingoals", "show", "1"], env=_env(isolated_home, PAGER=pager),
                          encoding="utf-8", timeout=30, dimensions=(12, 80))  # longer than the screen: paged
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    paged = seen.read_text()  # it went through the pager, colours and all
    assert "\x1b[" in paged and "18 of 50 hours" in paged and "On pace" in paged
    assert any(block in paged for block in "▁▂▃▄▅▆▇█")
    assert "a week to finish by 2026-12-31" in paged


def test_no_pager_and_pipes_print_directly(isolated_home, tmp_path):
    _run(isolated_home, "add", "Pass the NCE", "--due", "2026-09-30")
    seen = tmp_path / "paged"
    pager = f"{sys.executable} -c \"open({str(seen)!r}, 'w').write('used')\""
    child = pexpect.spawn(sys.executable, ["-m", "clingoals", "list", "--no-pager"],
                          env=_env(isolated_home, PAGER=pager), encoding="utf-8", timeout=30, dimensions=(50, 80))
    child.expect("Pass the NCE")
    child.expect(pexpect.EOF)
    assert not seen.exists()
    piped = subprocess.run([sys.executable, "-m", "clingoals", "list"], env=_env(isolated_home, PAGER=pager),
                           capture_output=True, text=True)
    assert "Pass the NCE" in piped.stdout and not seen.exists()
