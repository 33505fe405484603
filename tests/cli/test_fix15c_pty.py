"""Trial 14 P4 (fix15c), in a real pseudo-terminal: "3/5" typed at the
review's Energy and Stress questions is read as 3, as people write it.
Today is 2026-05-13."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pexpect
import pytest

pytestmark = pytest.mark.slow

ENV = {"CLINGOALS_TODAY": "2026-05-13", "NO_COLOR": "1", "TERM": "dumb"}


def _env(home):
    env = {k: v for k, v in os.environ.items() if k not in ("EDITOR", "VISUAL", "CI", "COLUMNS")}
    return {**env, **ENV, "CLINGOALS_HOME": str(home)}


def _goals(home, *args):
    out = subprocess.run([sys.executable, "-m", "clingoals", *args], env=_env(home), capture_output=True, text=True,
                         stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout) if "--json" in args else out


def test_review_reads_3_out_of_5_at_energy_and_stress(isolated_home):
    _goals(isolated_home, "add", "Walk daily", "--due", "2027-01-31", "--personal")
    child = pexpect.spawn(sys.executable, ["-m", "clingoals", "review", "--all"], env=_env(isolated_home), encoding="utf-8",
                          timeout=30, dimensions=(50, 100))
    child.expect("Goal 1: Walk daily")
    child.expect(r"Keep, adjust")
    child.sendline("keep")
    for _ in range(4):
        child.expect(r"\(Enter to skip\)")
        child.sendline("")
    child.expect(r"Energy, 1-5 \(Enter to skip\)")
    child.sendline("3/5")
    child.expect(r"Stress, 1-5 \(Enter to skip\)")
    child.sendline("2 / 5")
    child.expect("Review done")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    assert "Please type a number" not in child.before
    [entry] = _goals(isolated_home, "journal", "list", "--kind", "reflection", "--json")
    assert (entry["energy"], entry["stress"]) == (3, 2)
